"""How heldout14.jsonl's 40 abstracts were chosen (run from the repository root, with ../shared beside it):
30 lines of external-80k whose index is 617 modulo 2441 and 10 sample-corpus papers, every 13th from the
7th, none in the dev gold or the first thirteen samples (select5.choose). Writes them, unannotated, to stdout.
"""
import json

from select5 import choose

for d in choose(617, 2441, ["", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13"], start=6, step=13):
    print(json.dumps(d, ensure_ascii=False))
