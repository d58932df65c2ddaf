"""Corpus readers: files in any supported layout -> deduplicated PaperRecords, with every rejection explained.

JSON Lines and CSV files are streamed line by line and every paper is spilled to a temporary file as it is
parsed (spill.py): memory holds the dedup keys and the papers' positions, not the corpus. The records
are merged again from that file each time ``ReadResult.records`` is iterated.

>>> result = read_corpus(["data/hf-daily-papers"])      # doctest: +SKIP
>>> len(result.records), result.duplicates, len(result.rejections)   # doctest: +SKIP
(389, 139, 0)
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

from ..records import PaperRecord
from .csv_table import iter_csv
from .decode import stream_lines
from .dedup import Groups
from .detect import detect_layout
from .hf_dense import parse_dense
from .hf_listing import parse_listing
from .jsonl import iter_jsonl
from .spill import RawSpill, SpilledRecords
from .types import FileText, RawPaper, Rejection

STREAMED = {"jsonl": iter_jsonl, "csv": iter_csv}  # layouts read as the lines come
WHOLE = {"hf-dense": parse_dense, "hf-listing": parse_listing}  # small page files, read whole
NO_LAYOUT = ("no known layout (expected JSON Lines, CSV with title and abstract columns, or a Hugging Face "
             "Daily Papers listing)")

__all__ = ["ReadResult", "Rejection", "RawPaper", "read_corpus", "read_file", "corpus_files", "detect_layout"]


@dataclass
class ReadResult:
    # sized and re-iterable (a SpilledRecords when read by read_corpus): the records are not held in memory
    records: Sequence[PaperRecord] = field(default_factory=list)
    read: int = 0  # papers parsed before deduplication
    duplicates: int = 0  # papers merged into another record
    rejections: list[Rejection] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    layouts: dict[str, str] = field(default_factory=dict)  # source -> layout


def corpus_files(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str]]:
    """Every file under the given paths, sorted, with the name it is reported under (relative to the
    argument's parent, so the same corpus gives the same provenance wherever it lies)."""
    for p in map(Path, paths):
        if p.is_dir():
            for f in sorted(x for x in p.rglob("*") if x.is_file() and not x.name.startswith(".")):
                yield f, f.relative_to(p.parent).as_posix()
        else:
            yield p, p.name


def scan_file(path: Path, source: str) -> tuple[str | None, Iterator[RawPaper | Rejection]]:
    """(layout, the file's papers and rejections in file order). The layout is told from the lines up to
    the first non-blank one, which decides JSON Lines and CSV (detect_layout); those files are then read
    as the items are taken, the others whole. Reading errors (OSError, EOFError) surface from either."""
    text = stream_lines(path, source)
    lines = iter(text.lines)
    head = []
    for line in lines:
        head.append(line)
        if line.strip():
            break
    else:
        return None, iter([Rejection(source, 0, "empty file")])
    layout = detect_layout(FileText(source, head, text.bad_lines))
    if layout in STREAMED:
        text.lines = chain(head, lines)
        return layout, STREAMED[layout](text)
    text.lines = head + list(lines)
    layout = detect_layout(text)  # the listing layouts look at more lines than the first
    if layout is None:
        return None, iter([Rejection(source, 1, NO_LAYOUT)])
    papers, rejected = WHOLE[layout](text)
    return layout, chain(papers, rejected)


def read_file(path: Path, source: str) -> tuple[str | None, list[RawPaper], list[Rejection]]:
    """(layout, papers, rejections) of one file, in lists; an unreadable file is one rejection, never an
    exception."""
    try:
        layout, items = scan_file(path, source)
        papers, rejected = split_items(items)
    except (OSError, EOFError) as exc:  # EOFError: truncated gzip
        return None, [], [Rejection(source, 0, f"cannot read file ({exc})")]
    return layout, papers, rejected


def split_items(items: Iterable[RawPaper | Rejection]) -> tuple[list[RawPaper], list[Rejection]]:
    """(papers, rejections) of a stream of both, each in its order."""
    papers, rejected = [], []
    for item in items:
        (rejected if isinstance(item, Rejection) else papers).append(item)
    return papers, rejected


def read_corpus(paths: Iterable[str | Path]) -> ReadResult:
    """Every paper of the files under ``paths``, deduplicated; ``records`` are read back from a temporary
    file (spill.SpilledRecords) each time they are iterated."""
    result = ReadResult()
    spill, groups = RawSpill(), Groups()
    for path, source in corpus_files(paths):
        if not path.exists():
            result.rejections.append(Rejection(source, 0, "no such file"))
            continue
        result.files.append(source)
        layout, rejected = _spill_file(path, source, spill, groups)
        if layout:
            result.layouts[source] = layout
        result.rejections.extend(rejected)
    result.read = groups.added
    result.duplicates = groups.added - len(groups)
    result.records = SpilledRecords(spill, groups)
    return result


def _spill_file(path: Path, source: str, spill: RawSpill, groups: Groups) -> tuple[str | None, list[Rejection]]:
    """Spill and group one file's papers; (its layout, its rejections). A file that fails to read half-way
    (a truncated gzip) gives none of its papers, as when files were read whole before being parsed."""
    mark, rejected = groups.mark(), []
    try:
        layout, items = scan_file(path, source)
        for item in items:
            if isinstance(item, Rejection):
                rejected.append(item)
            else:
                spill.append(item)
                groups.add(item)
    except (OSError, EOFError) as exc:  # EOFError: truncated gzip
        groups.rollback(mark)
        spill.rollback(groups.added)
        return None, [Rejection(source, 0, f"cannot read file ({exc})")]
    return layout, rejected
