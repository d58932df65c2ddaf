"""The dense Daily Papers layout: header lines, the first title glued to "Subscribe", then title / abstract lines."""
from __future__ import annotations

from .fields import clean_text
from .shapes import pairing_problem
from .types import FileText, RawPaper, Rejection


def parse_dense(text: FileText) -> tuple[list[RawPaper], list[Rejection]]:
    start = next((i for i, line in enumerate(text.lines[:20])
                  if line.startswith("Subscribe") and len(line) > len("Subscribe")), None)
    if start is None:
        return [], [Rejection(text.source, 0, "dense layout without the 'Subscribe<title>' line")]
    items = [(n, line) for n, line in enumerate(text.lines, 1) if n > start + 1 and line.strip()]
    items.insert(0, (start + 1, text.lines[start][len("Subscribe"):]))
    papers, rejected = [], []
    i = 0
    while i < len(items):
        n, title = items[i]
        if problem := pairing_problem(items, i):
            rejected.append(Rejection(text.source, n, problem))
            i += 1
            continue
        m, abstract = items[i + 1]
        bad = {n, m} & text.bad_lines
        if bad:
            rejected.append(Rejection(text.source, min(bad), "non-UTF-8 bytes in the record"))
        else:
            papers.append(RawPaper(clean_text(title), clean_text(abstract), text.source, n))
        i += 2
    return papers, rejected
