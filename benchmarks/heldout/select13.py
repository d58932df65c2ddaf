"""How heldout13.jsonl's 40 abstracts were chosen (run from the repository root, with ../shared beside it):
30 lines of external-80k whose index is 2371 modulo 2503 and 10 sample-corpus papers, every 15th from the
3rd, none in the dev gold or the first twelve samples (select5.choose). Writes them, unannotated, to stdout.
"""
import json

from select5 import choose

for d in choose(2371, 2503, ["", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"], start=2, step=15):
    print(json.dumps(d, ensure_ascii=False))
