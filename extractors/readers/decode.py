"""Turning a file's bytes into lines, tolerating gzip, a BOM and stray non-UTF-8 bytes."""
from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path

from .types import FileText

GZIP_MAGIC = b"\x1f\x8b"
BOM = b"\xef\xbb\xbf"


def stream_lines(path: Path, source: str) -> FileText:
    """``path`` (gzip or plain) as lines decoded one at a time while the caller reads them: the file is
    never held whole. A line with invalid UTF-8 is kept with U+FFFD and its number added to ``bad_lines``
    just before it is handed out, so a reader finds it there when it reads the line.

    Decoding per line means one bad byte costs one record, not the whole file. Opening and reading errors
    (OSError; EOFError for a truncated gzip) surface while the lines are read.
    """
    text = FileText(source, [], set())
    text.lines = _decoded(path, text.bad_lines)
    return text


def read_lines(path: Path, source: str) -> FileText:
    """``path`` decoded whole (``stream_lines``' lines in a list), for layouts that need every line at once.

    >>> read_lines(Path("data/hf-daily-papers/001_56a51adbb3ae61c1.txt"), "x").lines[0]   # doctest: +SKIP
    'Daily Papers'
    """
    text = stream_lines(path, source)
    text.lines = list(text.lines)
    return text


def _decoded(path: Path, bad: set[int]) -> Iterator[str]:
    with open(path, "rb") as fh:
        packed = fh.read(2) == GZIP_MAGIC
        fh.seek(0)
        with gzip.GzipFile(fileobj=fh) if packed else fh as raw_lines:
            for n, raw in enumerate(raw_lines, 1):  # split at b"\n" only, as bytes.split did
                if n == 1 and raw.startswith(BOM):
                    raw = raw[3:]
                raw = raw.rstrip(b"\n").rstrip(b"\r")
                try:
                    line = raw.decode("utf-8")
                except UnicodeDecodeError:
                    line = raw.decode("utf-8", errors="replace")
                    bad.add(n)
                yield line
