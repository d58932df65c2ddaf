"""How heldout5.jsonl's 40 abstracts were chosen (run from the repository root, with ../shared beside it).

30 lines of external-80k whose index is 2113 modulo 2477, outside lines 20000-22999 (the lines read when
checking rules) and not titled like a paper of the dev gold or the first four samples; then 10 sample-corpus
papers in none of them, every 19th from the 7th. Writes their titles and abstracts, unannotated, to stdout.
"""
import gzip
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from extractors.readers import read_corpus  # noqa: E402


def norm(title: str) -> str:
    return re.sub(r"[\W_]+", "", title.lower())


seen = set()
for gold in ["../shared/gold/dev.jsonl"] + [f"benchmarks/heldout/heldout{s}.jsonl" for s in ("", "2", "3", "4")]:
    seen |= {norm(json.loads(line)["title"]) for line in open(gold, encoding="utf-8")}
out = []
with gzip.open("../shared/corpus/external-80k.jsonl.gz", "rt", encoding="utf-8") as f:
    for i, line in enumerate(f):
        if i % 2477 == 2113 and not 20000 <= i < 23000:
            d = json.loads(line)
            if norm(d["title"]) not in seen and len(out) < 30:
                out.append({"title": d["title"], "abstract": d["abstract"]})
papers = [r for r in read_corpus(["data/hf-daily-papers/"]).records if norm(r.title) not in seen]
out += [{"title": r.title, "abstract": r.abstract} for r in papers[6::19][:10]]
for d in out:
    print(json.dumps(d, ensure_ascii=False))
