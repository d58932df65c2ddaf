"""Records kept on disk instead of in memory: a corpus of any size is read with only its dedup keys and
the positions of its papers held, and its PaperRecords are rebuilt each time they are iterated.

Each RawPaper is pickled to an anonymous temporary file as it is parsed (``RawSpill``; the file has no
name, so nothing is left behind whatever happens); ``SpilledRecords`` merges the papers of each group
(``dedup.Groups``) back into the same PaperRecords, in the same order, as ``dedup.merge_papers`` gives
from a list. Reads use ``os.pread`` (no shared file position), so two threads can iterate at once.

>>> spill, groups = RawSpill(), Groups()
>>> for t in ["Gated Attention", "Other", "Gated attention"]:
...     paper = RawPaper(title=t, abstract="An abstract of " + t, source="f.jsonl", line=len(spill) + 1)
...     spill.append(paper)
...     groups.add(paper)
>>> records = SpilledRecords(spill, groups)
>>> len(records), [r.sources for r in records]
(2, [('f.jsonl:1', 'f.jsonl:3'), ('f.jsonl:2',)])
>>> records[1].title, [r.title for r in records.subset([1])]
('Other', ['Other'])
"""
from __future__ import annotations

import os
import pickle
from operator import attrgetter
import tempfile
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import fields

from ..records import PaperRecord
from .dedup import Groups, merge_group
from .types import RawPaper

# a paper is pickled as the tuple of its fields: half the time of the dataclass to dump and load (first10k:
# 0.06 CPU-s against 0.12) and 150 bytes smaller a paper (no class name and field names in each)
_FIELDS = attrgetter(*(f.name for f in fields(RawPaper)))
BLOCK = 1 << 20  # bytes read at a time when iterating (papers are read back mostly in the order written)


class RawSpill:
    """RawPapers appended to an anonymous temporary file, read back by number from any thread."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile()
        self._ends = array("q", [0])  # paper i is the bytes _ends[i]:_ends[i + 1]
        self._flushed = True

    def __len__(self) -> int:
        return len(self._ends) - 1

    def append(self, paper: RawPaper) -> None:
        data = pickle.dumps(_FIELDS(paper), pickle.HIGHEST_PROTOCOL)
        self._file.write(data)
        self._ends.append(self._ends[-1] + len(data))
        self._flushed = False

    def rollback(self, n: int) -> None:
        """Forget the papers appended after the first ``n``."""
        self._file.flush()
        del self._ends[n + 1:]
        self._file.truncate(self._ends[-1])
        self._file.seek(self._ends[-1])

    def get(self, i: int) -> RawPaper:
        self._flush()
        start, end = self._ends[i], self._ends[i + 1]
        return _load(os.pread(self._file.fileno(), end - start, start))

    def reader(self) -> _BlockReader:
        """Reads of papers for one iteration: whole blocks, each kept until a paper lies outside it."""
        self._flush()
        return _BlockReader(self._file.fileno(), self._ends)

    def _flush(self) -> None:
        # pread reads the file, not this object's write buffer: what was appended is flushed before a read
        if not self._flushed:
            self._file.flush()
            self._flushed = True


class _BlockReader:
    """One iteration's reads: a block of the file is read at once and sliced while the papers lie in it."""

    def __init__(self, fd: int, ends: array):
        self._fd, self._ends = fd, ends
        self._block, self._at = b"", 0  # the bytes last read and their offset in the file

    def get(self, i: int) -> RawPaper:
        start, end = self._ends[i], self._ends[i + 1]
        if not (self._at <= start and end <= self._at + len(self._block)):
            self._block, self._at = os.pread(self._fd, max(BLOCK, end - start), start), start
        return _load(self._block[start - self._at:end - self._at])


def _load(data: bytes) -> RawPaper:
    return RawPaper(*pickle.loads(data))


class SpilledRecords(Sequence[PaperRecord]):
    """The PaperRecords of spilled, grouped papers (all of them, or those at ``groups``' numbers
    ``indices``, e.g. the ones a build must extract): sized, indexable, iterable any number of times and
    from several threads at once; each record is merged from the file when it is read, never kept."""

    def __init__(self, spill: RawSpill, groups: Groups, indices: Sequence[int] | None = None):
        self._spill, self._groups = spill, groups
        self._indices = range(len(groups)) if indices is None else indices

    def __len__(self) -> int:
        return len(self._indices)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        return merge_group([self._spill.get(k) for k in self._groups.members(self._indices[i])])

    def __iter__(self) -> Iterator[PaperRecord]:
        reader = self._spill.reader()  # this iteration's own: no state shared with another thread
        for g in self._indices:
            yield merge_group([reader.get(k) for k in self._groups.members(g)])

    def subset(self, positions: Iterable[int]) -> SpilledRecords:
        """The records at ``positions`` of this sequence (in that order), holding only their numbers."""
        return SpilledRecords(self._spill, self._groups, array("q", (self._indices[p] for p in positions)))
