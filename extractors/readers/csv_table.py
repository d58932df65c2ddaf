"""CSV with ``title`` and ``abstract`` columns (any case), optional arxiv_id, date, authors, upvotes, organisation."""
from __future__ import annotations

import csv

from .fields import clean_text, iso_date, to_int
from .types import FileText, RawPaper, Rejection


def parse_csv(text: FileText) -> tuple[list[RawPaper], list[Rejection]]:
    papers, rejected = [], []
    # keep the physical line numbers: csv.reader counts lines consumed, quoted newlines included
    reader = csv.reader(line + "\n" for line in text.lines)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        return [], [Rejection(text.source, 0, "empty CSV file")]
    col = {name: i for i, name in enumerate(header)}
    start = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            rejected.append(Rejection(text.source, start, f"malformed CSV row ({exc})"))
            start = reader.line_num + 1
            continue
        n, start = start, reader.line_num + 1
        if not any(cell.strip() for cell in row):
            continue
        if set(range(n, start)) & text.bad_lines:
            rejected.append(Rejection(text.source, n, "non-UTF-8 bytes in the row"))
            continue

        def get(name: str) -> str:
            i = col.get(name)
            return row[i] if i is not None and i < len(row) else ""

        title, abstract = clean_text(get("title")), clean_text(get("abstract"))
        if not title:
            rejected.append(Rejection(text.source, n, "no title"))
            continue
        if not abstract:
            rejected.append(Rejection(text.source, n, "no abstract"))
            continue
        authors = tuple(a.strip() for a in get("authors").replace(";", ",").split(",") if a.strip())
        papers.append(RawPaper(
            title=title, abstract=abstract, source=text.source, line=n, date=iso_date(get("date")),
            authors=authors, author_count=to_int(get("author_count")) or (len(authors) or None),
            organisation=clean_text(get("organisation") or get("organization")) or None,
            upvotes=to_int(get("upvotes")), arxiv_id=clean_text(get("arxiv_id")) or None,
        ))
    return papers, rejected
