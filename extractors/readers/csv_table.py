"""CSV with ``title`` and ``abstract`` columns (any case), optional arxiv_id, date, authors, upvotes, organisation."""
from __future__ import annotations

import csv
from collections.abc import Iterator

from .fields import paper_from_fields
from .types import FileText, RawPaper, Rejection


def iter_csv(text: FileText) -> Iterator[RawPaper | Rejection]:
    """Each paper or rejection of ``text`` in file order, reading its lines lazily."""
    # keep the physical line numbers: csv.reader counts lines consumed, quoted newlines included; it reads
    # no line beyond the row it returns, so a streamed file's bad_lines already holds those of the row
    reader = csv.reader(line + "\n" for line in text.lines)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        yield Rejection(text.source, 0, "empty CSV file")
        return
    col = {name: i for i, name in enumerate(header)}
    start = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            yield Rejection(text.source, start, f"malformed CSV row ({exc})")
            start = reader.line_num + 1
            continue
        n, start = start, reader.line_num + 1
        if not any(cell.strip() for cell in row):
            continue
        if any(k in text.bad_lines for k in range(n, start)):
            yield Rejection(text.source, n, "non-UTF-8 bytes in the row")
            continue

        def get(name: str) -> str:
            i = col.get(name)
            return row[i] if i is not None and i < len(row) else ""

        paper = paper_from_fields(get, text.source, n)
        yield Rejection(text.source, n, paper) if isinstance(paper, str) else paper
