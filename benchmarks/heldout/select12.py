"""How heldout12.jsonl's 40 abstracts were chosen (run from the repository root, with ../shared beside it):
30 lines of external-80k whose index is 1163 modulo 2609 and 10 sample-corpus papers, every 11th from the
6th, none in the dev gold or the first eleven samples (select5.choose). Writes them, unannotated, to stdout.
"""
import json

from select5 import choose

for d in choose(1163, 2609, ["", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"], start=5, step=11):
    print(json.dumps(d, ensure_ascii=False))
