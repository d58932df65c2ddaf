"""Merging the same paper read from several files into one PaperRecord."""
from __future__ import annotations

from ..records import PaperRecord, normalise_title, paper_id
from .types import RawPaper


def merge_papers(raw: list[RawPaper]) -> tuple[list[PaperRecord], int]:
    """One record per paper (same arXiv id, else same normalised title), and the number of duplicates merged.

    Metadata merges field by field: the first value read wins, except upvotes (the highest count is the
    latest) and the abstract (the longest copy, since listings sometimes cut it). Records keep input order.
    """
    groups: list[list[RawPaper]] = []
    by_arxiv: dict[str, int] = {}
    by_title: dict[str, int] = {}
    for p in raw:
        key = normalise_title(p.title)
        g = by_arxiv.get(p.arxiv_id) if p.arxiv_id else None
        if g is None:
            g = by_title.get(key)
            # two different arXiv ids under one title are two papers
            if g is not None and p.arxiv_id and any(q.arxiv_id not in (None, p.arxiv_id) for q in groups[g]):
                g = None
        if g is None:
            g = len(groups)
            groups.append([])
        groups[g].append(p)
        by_title.setdefault(key, g)
        if p.arxiv_id:
            by_arxiv.setdefault(p.arxiv_id, g)
    records = [_merge(group) for group in groups]
    return records, len(raw) - len(groups)


def _first(values):
    return next((v for v in values if v not in (None, "", ())), None)


def _merge(group: list[RawPaper]) -> PaperRecord:
    arxiv = _first(p.arxiv_id for p in group)
    title = group[0].title
    votes = [p.upvotes for p in group if p.upvotes is not None]
    sources = tuple(dict.fromkeys(f"{p.source}:{p.line}" for p in group))
    return PaperRecord(
        id=paper_id(title, arxiv),
        title=title,
        abstract=max((p.abstract for p in group), key=len),
        date=_first(p.date for p in group),
        authors=_first(p.authors for p in group) or (),
        author_count=_first(p.author_count for p in group),
        organisation=_first(p.organisation for p in group),
        upvotes=max(votes) if votes else None,
        arxiv_id=arxiv,
        sources=sources,
    )
