"""Corpus readers: files in any supported layout -> deduplicated PaperRecords, with every rejection explained.

>>> result = read_corpus(["data/hf-daily-papers"])      # doctest: +SKIP
>>> len(result.records), result.duplicates, len(result.rejections)   # doctest: +SKIP
(389, 139, 0)
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..records import PaperRecord
from .csv_table import parse_csv
from .decode import read_lines
from .dedup import merge_papers
from .detect import detect_layout
from .hf_dense import parse_dense
from .hf_listing import parse_listing
from .jsonl import parse_jsonl
from .types import FileText, RawPaper, Rejection

PARSERS = {"jsonl": parse_jsonl, "csv": parse_csv, "hf-dense": parse_dense, "hf-listing": parse_listing}

__all__ = ["ReadResult", "Rejection", "RawPaper", "read_corpus", "read_file", "corpus_files", "detect_layout"]


@dataclass
class ReadResult:
    records: list[PaperRecord] = field(default_factory=list)
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


def read_file(path: Path, source: str) -> tuple[str | None, list[RawPaper], list[Rejection]]:
    """(layout, papers, rejections) of one file; an unreadable file is one rejection, never an exception."""
    try:
        text = read_lines(path, source)
    except (OSError, EOFError) as exc:  # EOFError: truncated gzip
        return None, [], [Rejection(source, 0, f"cannot read file ({exc})")]
    if not any(line.strip() for line in text.lines):
        return None, [], [Rejection(source, 0, "empty file")]
    layout = detect_layout(text)
    if layout is None:
        return None, [], [Rejection(source, 1, "no known layout (expected JSON Lines, CSV with title and "
                                               "abstract columns, or a Hugging Face Daily Papers listing)")]
    papers, rejected = PARSERS[layout](text)
    return layout, papers, rejected


def read_corpus(paths: Iterable[str | Path]) -> ReadResult:
    result = ReadResult()
    raw: list[RawPaper] = []
    for path, source in corpus_files(paths):
        if not path.exists():
            result.rejections.append(Rejection(source, 0, "no such file"))
            continue
        layout, papers, rejected = read_file(path, source)
        result.files.append(source)
        if layout:
            result.layouts[source] = layout
        raw.extend(papers)
        result.rejections.extend(rejected)
    result.read = len(raw)
    result.records, result.duplicates = merge_papers(raw)
    return result
