"""How heldout9.jsonl's 40 abstracts were chosen (run from the repository root, with ../shared beside it):
30 lines of external-80k whose index is 887 modulo 2531 and 10 sample-corpus papers, every 25th from the
4th, none in the dev gold or the first eight samples (select5.choose). Writes them, unannotated, to stdout.
"""
import json

from select5 import choose

for d in choose(887, 2531, ["", "2", "3", "4", "5", "6", "7", "8"], start=3, step=25):
    print(json.dumps(d, ensure_ascii=False))
