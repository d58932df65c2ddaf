"""How heldout10.jsonl's 40 abstracts were chosen (run from the repository root, with ../shared beside it):
30 lines of external-80k whose index is 1229 modulo 2617 and 10 sample-corpus papers, every 15th from the
9th, none in the dev gold or the first nine samples (select5.choose). Writes them, unannotated, to stdout.
"""
import json

from select5 import choose

for d in choose(1229, 2617, ["", "2", "3", "4", "5", "6", "7", "8", "9"], start=8, step=15):
    print(json.dumps(d, ensure_ascii=False))
