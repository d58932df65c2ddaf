"""How heldout8.jsonl's 40 abstracts were chosen (run from the repository root, with ../shared beside it):
30 lines of external-80k whose index is 1709 modulo 2381 and 10 sample-corpus papers, every 23rd from the
6th, none in the dev gold or the first seven samples (select5.choose). Writes them, unannotated, to stdout.
"""
import json

from select5 import choose

for d in choose(1709, 2381, ["", "2", "3", "4", "5", "6", "7"], start=5, step=23):
    print(json.dumps(d, ensure_ascii=False))
