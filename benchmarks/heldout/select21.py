"""How heldout21.jsonl's 40 abstracts were chosen (run from the repository root, with ../shared beside it):
30 lines of external-80k whose index is 1487 modulo 2437, outside lines 20000-22999 and 40000-42999 (both read
when checking rules), and 10 sample-corpus papers, every 11th from the 8th, none in the dev gold or the first
twenty samples (select5.choose). Writes them, unannotated, to stdout.
"""
import json

from select5 import choose

earlier = ["", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20"]
for d in choose(1487, 2437, earlier, start=7, step=11, skip=((20000, 23000), (40000, 43000))):
    print(json.dumps(d, ensure_ascii=False))
