"""Small parsers for metadata fields shared by the readers."""
from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from .types import RawPaper

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


def split_authors(value) -> tuple[str, ...]:
    """Authors from a list, or from one string separated by commas or semicolons."""
    if not value:
        return ()
    if isinstance(value, str):
        value = value.replace(";", ",").split(",")
    return tuple(a for a in (clean_text(v) for v in value) if a)


def paper_from_fields(get: Callable[[str], object], source: str, line: int) -> RawPaper | str:
    """A paper from a record's named fields (a JSON object, a CSV row), or why it cannot be one."""
    title, abstract = clean_text(get("title")), clean_text(get("abstract"))
    if not title:
        return "no title"
    if not abstract:
        return "no abstract"
    authors = split_authors(get("authors"))
    return RawPaper(
        title=title, abstract=abstract, source=source, line=line, date=iso_date(get("date")), authors=authors,
        author_count=to_int(get("author_count")) or (len(authors) or None),
        organisation=clean_text(get("organisation") or get("organization")) or None,
        upvotes=to_int(get("upvotes")), arxiv_id=clean_text(get("arxiv_id")) or None)
