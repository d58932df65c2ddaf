"""Telling a corpus file's layout from its content (never from its name)."""
from __future__ import annotations

import csv
import re

from .types import FileText

AUTHORS_LINE = re.compile(r"^\s*•\s*\d+\s+authors?\s*$")
DOT_LINE = re.compile(r"^\s*·\s*$")


def detect_layout(text: FileText) -> str | None:
    """One of ``"jsonl"``, ``"csv"``, ``"hf-listing"``, ``"hf-dense"``, or None when no layout fits.

    >>> detect_layout(FileText("x", ['{"title": "A", "abstract": "B"}']))
    'jsonl'
    >>> detect_layout(FileText("x", ["title,abstract", "A,B"]))
    'csv'
    """
    nonblank = [line for line in text.lines if line.strip()]
    if not nonblank:
        return None
    first = nonblank[0].lstrip()
    if first.startswith("{"):
        return "jsonl"
    if _is_csv_header(nonblank[0]):
        return "csv"
    head = nonblank[:12]
    if any(AUTHORS_LINE.match(line) or DOT_LINE.match(line) for line in nonblank):
        return "hf-listing"
    if any(line.startswith("Subscribe") and len(line) > len("Subscribe") for line in head):
        return "hf-dense"
    if any(line.strip() == "Subscribe" for line in head) and any("Daily Papers" in line for line in head):
        return "hf-listing"
    return None


def _is_csv_header(line: str) -> bool:
    try:
        cols = next(csv.reader([line]))
    except (csv.Error, StopIteration):
        return False
    names = {c.strip().lower() for c in cols}
    return "title" in names and "abstract" in names
