"""JSON Lines: one object a line with at least ``title`` and ``abstract`` (the schema of external-80k)."""
from __future__ import annotations

import json

from .fields import clean_text, iso_date, to_int
from .types import FileText, RawPaper, Rejection


def parse_jsonl(text: FileText) -> tuple[list[RawPaper], list[Rejection]]:
    papers, rejected = [], []
    for n, line in enumerate(text.lines, 1):
        if not line.strip():
            continue
        if n in text.bad_lines:
            rejected.append(Rejection(text.source, n, "non-UTF-8 bytes in the line"))
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            rejected.append(Rejection(text.source, n, f"not valid JSON ({exc.msg} at column {exc.colno})"))
            continue
        if not isinstance(obj, dict):
            rejected.append(Rejection(text.source, n, "not a JSON object"))
            continue
        title = clean_text(obj.get("title"))
        abstract = clean_text(obj.get("abstract"))
        if not title:
            rejected.append(Rejection(text.source, n, "no title"))
            continue
        if not abstract:
            rejected.append(Rejection(text.source, n, "no abstract"))
            continue
        authors = obj.get("authors") or ()
        if isinstance(authors, str):
            authors = [a.strip() for a in authors.replace(";", ",").split(",") if a.strip()]
        authors = tuple(str(a) for a in authors)
        papers.append(RawPaper(
            title=title, abstract=abstract, source=text.source, line=n,
            date=iso_date(obj.get("date")), authors=authors,
            author_count=to_int(obj.get("author_count")) or (len(authors) or None),
            organisation=clean_text(obj.get("organisation") or obj.get("organization")) or None,
            upvotes=to_int(obj.get("upvotes")), arxiv_id=clean_text(obj.get("arxiv_id")) or None,
        ))
    return papers, rejected
