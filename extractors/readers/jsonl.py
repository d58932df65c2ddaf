"""JSON Lines: one object a line with at least ``title`` and ``abstract`` (the schema of external-80k)."""
from __future__ import annotations

import json

from .fields import paper_from_fields
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
        paper = paper_from_fields(obj.get, text.source, n)
        if isinstance(paper, str):
            rejected.append(Rejection(text.source, n, paper))
        else:
            papers.append(paper)
    return papers, rejected
