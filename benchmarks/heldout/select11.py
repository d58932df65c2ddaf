"""How heldout11.jsonl's 40 abstracts were chosen (run from the repository root, with ../shared beside it):
30 lines of external-80k whose index is 1831 modulo 2591 and 10 sample-corpus papers, every 13th from the
4th, none in the dev gold or the first ten samples (select5.choose). Writes them, unannotated, to stdout.
"""
import json

from select5 import choose

for d in choose(1831, 2591, ["", "2", "3", "4", "5", "6", "7", "8", "9", "10"], start=3, step=13):
    print(json.dumps(d, ensure_ascii=False))
