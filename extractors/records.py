"""Paper records: what the corpus readers produce and everything downstream consumes."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass


@dataclass
class PaperRecord:
    """One paper as read from the corpus, after deduplication across files.

    ``id`` is deterministic: ``arxiv:<id>`` when the arXiv id is known, else
    ``t:<first 16 hex of sha1(normalised title)>``.
    """

    id: str
    title: str
    abstract: str
    date: str | None = None  # ISO yyyy-mm-dd
    authors: tuple[str, ...] = ()
    author_count: int | None = None
    organisation: str | None = None
    upvotes: int | None = None
    arxiv_id: str | None = None
    sources: tuple[str, ...] = ()  # "file:line" of every place the paper was read from

    def content_hash(self) -> str:
        """Hash of what extraction reads, so a build can tell a changed paper from an unchanged one."""
        return hashlib.sha1(f"{self.title}\n{self.abstract}".encode("utf-8")).hexdigest()


def normalise_title(title: str) -> str:
    """Lower-case alphanumerics separated by single spaces: the dedup key for titles.

    >>> normalise_title("  Tiled Flash-Linear   Attention: More Efficient! ")
    'tiled flash linear attention more efficient'
    """
    t = unicodedata.normalize("NFKC", title).lower()
    return re.sub(r"[^0-9a-z]+", " ", t).strip()


def paper_id(title: str, arxiv_id: str | None = None) -> str:
    """Deterministic paper identifier.

    >>> paper_id("Anything", "2503.14376")
    'arxiv:2503.14376'
    >>> paper_id("Tiled Flash Linear Attention")
    't:65da3d8b1cdbae6e'
    """
    if arxiv_id:
        return f"arxiv:{arxiv_id}"
    return "t:" + hashlib.sha1(normalise_title(title).encode("utf-8")).hexdigest()[:16]
