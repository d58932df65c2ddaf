"""What a reader returns: parsed papers (not yet merged) and rejected records, each tied to file and line."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass
class RawPaper:
    """One paper as one file gives it; ``line`` is where its record starts (1-based)."""

    title: str
    abstract: str
    source: str  # the file's name as the user passed it, relative to the corpus root
    line: int
    date: str | None = None
    authors: tuple[str, ...] = ()
    author_count: int | None = None
    organisation: str | None = None
    upvotes: int | None = None
    arxiv_id: str | None = None


@dataclass(frozen=True)
class Rejection:
    """A record (or a whole file) that could not be read, and why."""

    source: str
    line: int  # 0 when the whole file is concerned
    reason: str

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.reason}"


@dataclass
class FileText:
    """A corpus file decoded line by line; lines that were not valid UTF-8 are remembered, not fatal.

    ``lines`` is a list when the file was read whole (decode.read_lines), or an iterator read once when
    it is streamed (decode.stream_lines, which fills ``bad_lines`` as it goes).
    """

    source: str
    lines: Iterable[str]
    bad_lines: set[int] = field(default_factory=set)  # 1-based numbers of lines with non-UTF-8 bytes
