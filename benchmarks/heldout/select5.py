"""How heldout5.jsonl's 40 abstracts were chosen (run from the repository root, with ../shared beside it).

30 lines of external-80k whose index is 2113 modulo 2477, outside lines 20000-22999 (the lines read when
checking rules) and not titled like a paper of the dev gold or the first four samples; then 10 sample-corpus
papers in none of them, every 19th from the 7th. Writes their titles and abstracts, unannotated, to stdout.
``choose`` is how later samples are chosen too (select6.py).
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


def choose(residue: int, modulus: int, earlier: list[str], start: int, step: int,
           skip: tuple[tuple[int, int], ...] = ((20000, 23000),)) -> list[dict]:
    """30 external-80k lines whose index is ``residue`` modulo ``modulus`` (outside the line ranges ``skip``,
    by default 20000-22999), then
    10 sample-corpus papers from the ``start``-th, every ``step``-th; none titled like a paper of the dev
    gold or of the samples ``earlier`` (their suffixes: "" for heldout.jsonl, "2" ...)."""
    seen = set()
    for gold in ["../shared/gold/dev.jsonl"] + [f"benchmarks/heldout/heldout{s}.jsonl" for s in earlier]:
        seen |= {norm(json.loads(line)["title"]) for line in open(gold, encoding="utf-8")}
    out = []
    with gzip.open("../shared/corpus/external-80k.jsonl.gz", "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i % modulus == residue and not any(a <= i < b for a, b in skip):
                d = json.loads(line)
                if norm(d["title"]) not in seen and len(out) < 30:
                    out.append({"title": d["title"], "abstract": d["abstract"]})
    papers = [r for r in read_corpus(["data/hf-daily-papers/"]).records if norm(r.title) not in seen]
    return out + [{"title": r.title, "abstract": r.abstract} for r in papers[start::step][:10]]


if __name__ == "__main__":
    for d in choose(2113, 2477, ["", "2", "3", "4"], start=6, step=19):
        print(json.dumps(d, ensure_ascii=False))
