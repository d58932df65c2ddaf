"""How heldout23.jsonl's 40 abstracts were chosen (run from the repository root, with ../shared beside it):
30 lines of external-80k whose index is 1879 modulo 2347, outside lines 20000-22999 and 40000-42999 (both read
when checking rules), and 10 sample-corpus papers, every 10th from the 5th, none in the dev gold or the first
twenty-two samples (select5.choose). Writes them, unannotated, to stdout.
"""
import json

from select5 import choose

earlier = ["", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20",
           "21", "22"]
for d in choose(1879, 2347, earlier, start=4, step=10, skip=((20000, 23000), (40000, 43000))):
    print(json.dumps(d, ensure_ascii=False))
