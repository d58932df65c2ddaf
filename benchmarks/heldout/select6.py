"""How heldout6.jsonl's 40 abstracts were chosen (run from the repository root, with ../shared beside it):
30 lines of external-80k whose index is 1877 modulo 2389 and 10 sample-corpus papers, every 23rd from the
9th, none in the dev gold or the first five samples (select5.choose). Writes them, unannotated, to stdout.
"""
import json

from select5 import choose

for d in choose(1877, 2389, ["", "2", "3", "4", "5"], start=8, step=23):
    print(json.dumps(d, ensure_ascii=False))
