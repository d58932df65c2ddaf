"""Merging the same paper read from several files into one PaperRecord."""
from __future__ import annotations

from array import array
from collections.abc import Sequence

from ..records import PaperRecord, normalise_title, paper_id
from .types import RawPaper


def merge_papers(raw: list[RawPaper]) -> tuple[list[PaperRecord], int]:
    """One record per paper (same arXiv id, else same normalised title), and the number of duplicates merged.

    Metadata merges field by field: the first value read wins, except upvotes (the highest count is the
    latest) and the abstract (the longest copy, since listings sometimes cut it). Records keep input order.
    """
    groups = Groups()
    for p in raw:
        groups.add(p)
    records = [merge_group([raw[i] for i in groups.members(g)]) for g in range(len(groups))]
    return records, len(raw) - len(groups)


class Groups:
    """Which papers, numbered in the order they were added, are one paper: only the dedup keys and the
    papers' numbers are kept, never the papers, so a corpus can be grouped while it is read.

    >>> g = Groups()
    >>> for t in ["Gated Attention", "Other", "gated  attention!"]:
    ...     g.add(RawPaper(title=t, abstract="x", source="f", line=1))
    >>> len(g), g.members(0), g.members(1), g.added
    (2, [0, 2], [1], 3)
    """

    def __init__(self) -> None:
        self.added = 0  # papers added
        self._by_arxiv: dict[str, int] = {}
        self._by_title: dict[str, int] = {}
        # per group: its arXiv id (a group never holds two: see add), its first paper, and in _more the
        # numbers of its other papers (few groups have any)
        self._arxiv: list[str | None] = []
        self._first = array("q")
        self._more: dict[int, list[int]] = {}
        self._ids_given: list[tuple[int, int]] = []  # (paper, group) where a paper gave its group an id

    def __len__(self) -> int:
        return len(self._first)

    def add(self, p: RawPaper) -> None:
        key = normalise_title(p.title)
        g = self._by_arxiv.get(p.arxiv_id) if p.arxiv_id else None
        if g is None:
            g = self._by_title.get(key)
            # two different arXiv ids under one title are two papers
            if g is not None and p.arxiv_id and self._arxiv[g] not in (None, p.arxiv_id):
                g = None
        if g is None:
            g = len(self._first)
            self._first.append(self.added)
            self._arxiv.append(p.arxiv_id)
        else:
            self._more.setdefault(g, []).append(self.added)
            if self._arxiv[g] is None and p.arxiv_id:
                self._arxiv[g] = p.arxiv_id
                self._ids_given.append((self.added, g))
        self.added += 1
        self._by_title.setdefault(key, g)
        if p.arxiv_id:
            self._by_arxiv.setdefault(p.arxiv_id, g)

    def members(self, g: int) -> list[int]:
        """The numbers of group ``g``'s papers, in the order they were added."""
        return [self._first[g], *self._more.get(g, ())]

    def mark(self) -> tuple[int, int, int, int]:
        """Where the groups are now, for ``rollback``."""
        return self.added, len(self._first), len(self._by_title), len(self._by_arxiv)

    def rollback(self, mark: tuple[int, int, int, int]) -> None:
        """Forget every paper added since ``mark`` (a file that failed half-way through is not read at all)."""
        added, groups, titles, ids = mark
        # keys are only ever added, so those added since the mark are the dicts' last ones (insertion order)
        for keys, n in ((self._by_title, titles), (self._by_arxiv, ids)):
            while len(keys) > n:
                keys.popitem()
        del self._first[groups:], self._arxiv[groups:]
        for g in [g for g in self._more if g >= groups or self._more[g][-1] >= added]:
            kept = [i for i in self._more.pop(g) if i < added] if g < groups else []
            if kept:
                self._more[g] = kept
        while self._ids_given and self._ids_given[-1][0] >= added:  # ids those papers gave older groups
            self._arxiv[self._ids_given.pop()[1]] = None
        self.added = added


def _first(values):
    return next((v for v in values if v not in (None, "", ())), None)


def _given(value):
    """``value``, or None when it is empty (what ``_first`` gives of one value)."""
    return None if value in (None, "", ()) else value


def merge_group(group: Sequence[RawPaper]) -> PaperRecord:
    """The record of one paper read ``len(group)`` times (see ``merge_papers``)."""
    if len(group) == 1:
        # most papers are read once: their record without the merging's generators (records are rebuilt
        # each time a build iterates them, and merging was two thirds of that)
        [p] = group
        arxiv = _given(p.arxiv_id)
        return PaperRecord(id=paper_id(p.title, arxiv), title=p.title, abstract=p.abstract, date=_given(p.date),
                           authors=p.authors or (), author_count=_given(p.author_count),
                           organisation=_given(p.organisation), upvotes=p.upvotes, arxiv_id=arxiv,
                           sources=(f"{p.source}:{p.line}",))
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
