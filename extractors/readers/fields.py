"""Small parsers for metadata fields shared by the readers."""
from __future__ import annotations

import re
from datetime import date

MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def clean_text(value) -> str:
    """Whitespace collapsed to single spaces; '' for None."""
    if value is None:
        return ""
    return " ".join(str(value).split())


def to_int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def iso_date(value) -> str | None:
    """The yyyy-mm-dd prefix of an ISO date or timestamp, if it is a real date.

    >>> iso_date("2025-03-18T00:00:00Z"), iso_date("March"), iso_date(None)
    ('2025-03-18', None, None)
    """
    m = ISO.match(str(value or "").strip())
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None
