"""Turning a file's bytes into lines, tolerating gzip, a BOM and stray non-UTF-8 bytes."""
from __future__ import annotations

import gzip
from pathlib import Path

from .types import FileText

GZIP_MAGIC = b"\x1f\x8b"


def read_lines(path: Path, source: str) -> FileText:
    """Decode ``path`` (gzip or plain) into lines; a line with invalid UTF-8 is kept with U+FFFD and flagged.

    Decoding per line means one bad byte costs one record, not the whole file.
    """
    data = path.read_bytes()
    if data[:2] == GZIP_MAGIC:
        data = gzip.decompress(data)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    lines, bad = [], set()
    for n, raw in enumerate(data.split(b"\n"), 1):
        raw = raw.rstrip(b"\r")
        try:
            lines.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            lines.append(raw.decode("utf-8", errors="replace"))
            bad.add(n)
    if lines and lines[-1] == "":
        lines.pop()  # the newline that ends the file opens no line
    return FileText(source, lines, bad)
