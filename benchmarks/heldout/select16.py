"""How heldout16.jsonl's 40 abstracts were chosen (run from the repository root, with ../shared beside it):
30 lines of external-80k whose index is 941 modulo 2311, outside lines 20000-22999 and 40000-42999 (both read
when checking rules), and 10 sample-corpus papers, every 13th from the 5th, none in the dev gold or the first
fifteen samples (select5.choose). Writes them, unannotated, to stdout.
"""
import json

from select5 import choose

earlier = ["", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
for d in choose(941, 2311, earlier, start=4, step=13, skip=((20000, 23000), (40000, 43000))):
    print(json.dumps(d, ensure_ascii=False))
