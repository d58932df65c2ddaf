"""CSV with ``title`` and ``abstract`` columns (any case), optional arxiv_id, date, authors, upvotes, organisation."""
from __future__ import annotations

import csv

from .fields import paper_from_fields
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

        paper = paper_from_fields(get, text.source, n)
        if isinstance(paper, str):
            rejected.append(Rejection(text.source, n, paper))
        else:
            papers.append(paper)
    return papers, rejected
