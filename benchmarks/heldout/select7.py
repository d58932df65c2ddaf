"""How heldout7.jsonl's 40 abstracts were chosen (run from the repository root, with ../shared beside it):
30 lines of external-80k whose index is 1409 modulo 2297 and 10 sample-corpus papers, every 29th from the
4th, none in the dev gold or the first six samples (select5.choose). Writes them, unannotated, to stdout.
"""
import json

from select5 import choose

for d in choose(1409, 2297, ["", "2", "3", "4", "5", "6"], start=3, step=29):
    print(json.dumps(d, ensure_ascii=False))
