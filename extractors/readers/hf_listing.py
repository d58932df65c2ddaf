"""The Daily Papers listing layout: blank-line separated title, abstract, then organisation / authors / date lines."""
from __future__ import annotations

from dataclasses import dataclass

from .fields import clean_text
from .shapes import AUTHORS_LINE, DOT_LINE, looks_like_abstract, pairing_problem, parse_date_line
from .types import FileText, RawPaper, Rejection


@dataclass
class _Block:
    paper: RawPaper
    lines: set[int]
    month_day: tuple[int, int] | None = None  # a date without a year, resolved against the page's year


def parse_listing(text: FileText) -> tuple[list[RawPaper], list[Rejection]]:
    items = [(n, line) for n, line in enumerate(text.lines, 1) if line.strip()]
    page_date, i = _skip_header(items)
    blocks, rejected = [], []
    while i < len(items):
        n, title = items[i]
        if _is_meta(items, i, first=False):
            rejected.append(Rejection(text.source, n, f"metadata line {title.strip()!r} with no paper before it"))
            i += 1
            continue
        if problem := pairing_problem(items, i):
            rejected.append(Rejection(text.source, n, problem))
            i += 1
            while i < len(items) and _is_meta(items, i, first=False):  # the cut block's own metadata
                i += 1
            continue
        m, abstract = items[i + 1]
        block = _Block(RawPaper(clean_text(title), clean_text(abstract), text.source, n), {n, m})
        i += 2
        first = True
        while i < len(items) and _is_meta(items, i, first):
            _read_meta(block, items[i][1])
            block.lines.add(items[i][0])
            i += 1
            first = False
        bad = block.lines & text.bad_lines
        if bad:
            rejected.append(Rejection(text.source, min(bad), "non-UTF-8 bytes in the block"))
        else:
            blocks.append(block)
    _resolve_years(blocks, page_date)
    return [b.paper for b in blocks], rejected


def _skip_header(items: list[tuple[int, str]]) -> tuple[tuple[int, int] | None, int]:
    """The page's own date ("Apr 13") and the index of the first title after the header."""
    for i, (_, line) in enumerate(items[:15]):
        d = parse_date_line(line)
        if d and d[2] is None:
            return (d[0], d[1]), i + 1
    for i, (_, line) in enumerate(items[:15]):
        if line.strip() in ("Daily Papers", "byAK and the research community"):
            continue
        if i + 1 < len(items) and looks_like_abstract(items[i + 1][1]) and not looks_like_abstract(line):
            return None, i
    return None, 0


def _is_meta(items: list[tuple[int, str]], i: int, first: bool) -> bool:
    line = items[i][1]
    if AUTHORS_LINE.match(line) or DOT_LINE.match(line) or parse_date_line(line):
        return True
    if not first:
        return False
    # an organisation line ("tencent Tencent") comes first, is short and is followed by the authors or "·" line
    nxt = items[i + 1][1] if i + 1 < len(items) else ""
    return len(line) < 100 and bool(AUTHORS_LINE.match(nxt) or DOT_LINE.match(nxt))


def _read_meta(block: _Block, line: str) -> None:
    p = block.paper
    if m := AUTHORS_LINE.match(line):
        p.author_count = int(m["n"])
    elif DOT_LINE.match(line):
        pass
    elif d := parse_date_line(line):
        month, day, year, votes = d
        if year:
            p.date = f"{year:04d}-{month:02d}-{day:02d}"
        else:
            block.month_day = (month, day)
        p.upvotes = votes
    else:
        p.organisation = clean_text(line)


def _resolve_years(blocks: list[_Block], page_date: tuple[int, int] | None) -> None:
    """A date without a year takes the page's year, itself inferred as the first year whose page date
    is not before the latest dated paper on the page (the header's "Apr 13" carries no year)."""
    dated = [b.paper.date for b in blocks if b.paper.date]
    if not dated:
        return
    latest = max(dated)
    year, latest_md = int(latest[:4]), (int(latest[5:7]), int(latest[8:10]))
    if page_date and page_date < latest_md:
        year += 1
    for b in blocks:
        if b.month_day:
            # a month after the page's own month was last year's
            y = year - 1 if page_date and b.month_day > page_date else year
            b.paper.date = f"{y:04d}-{b.month_day[0]:02d}-{b.month_day[1]:02d}"
