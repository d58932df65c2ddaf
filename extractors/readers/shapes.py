"""Line shapes shared by the Hugging Face Daily Papers layouts."""
from __future__ import annotations

import re

from .fields import MONTHS

# "Mar 18, 2025", "Mar 18, 2025 3" (3 upvotes), "Feb 9 2" (Feb 9 of the page's year, 2 upvotes), "Apr 13"
DATE_LINE = re.compile(
    r"^\s*(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? (?P<day>\d{1,2})"
    r"(?:, (?P<year>\d{4}))?(?: (?P<votes>\d+))?\s*$")
AUTHORS_LINE = re.compile(r"^\s*•\s*(?P<n>\d+)\s+authors?\s*$")
DOT_LINE = re.compile(r"^\s*·\s*$")


def looks_like_abstract(line: str) -> bool:
    """Abstracts are paragraphs; titles are a line. Used to keep title/abstract pairing in step."""
    s = line.strip()
    return len(s) >= 300 or (len(s) >= 120 and s.count(". ") >= 1 and s.endswith("."))


def parse_date_line(line: str) -> tuple[int, int, int | None, int | None] | None:
    """(month, day, year or None, upvotes or None) of a date line, else None.

    >>> parse_date_line("Mar 18, 2025 3"), parse_date_line("Feb 9 2"), parse_date_line("Hello")
    ((3, 18, 2025, 3), (2, 9, None, 2), None)
    """
    m = DATE_LINE.match(line)
    if not m:
        return None
    year = int(m["year"]) if m["year"] else None
    votes = int(m["votes"]) if m["votes"] else None
    return MONTHS[m["mon"].lower()[:3]], int(m["day"]), year, votes


def pairing_problem(items: list[tuple[int, str]], i: int) -> str | None:
    """Why line ``i`` cannot start a title + abstract pair, or None when it can."""
    title = items[i][1]
    if looks_like_abstract(title):
        return "abstract with no title before it"
    if i + 1 >= len(items) or not looks_like_abstract(items[i + 1][1]):
        return f"title {title[:60]!r} has no abstract (truncated record)"
    return None
