"""JSON Lines: one object a line with at least ``title`` and ``abstract`` (the schema of external-80k)."""
from __future__ import annotations

import json
from collections.abc import Iterator

from .fields import paper_from_fields
from .types import FileText, RawPaper, Rejection


def iter_jsonl(text: FileText) -> Iterator[RawPaper | Rejection]:
    """Each paper or rejection of ``text`` in file order, reading its lines lazily (a streamed file is
    never held whole)."""
    for n, line in enumerate(text.lines, 1):
        if not line.strip():
            continue
        if n in text.bad_lines:
            yield Rejection(text.source, n, "non-UTF-8 bytes in the line")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Rejection(text.source, n, f"not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(obj, dict):
            yield Rejection(text.source, n, "not a JSON object")
            continue
        paper = paper_from_fields(obj.get, text.source, n)
        yield Rejection(text.source, n, paper) if isinstance(paper, str) else paper

