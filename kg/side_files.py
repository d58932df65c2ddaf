"""What the store's side indexes (kg.search_index, kg.graph_index: SQLite files beside the store) share:
opening them, and the stamp that ties an index to the store files it was written for.

An index's ``meta`` table holds its layout ``version`` and, under ``store``, the signature of the store's
files (kg.store's, as JSON) when the index was last known to match them: a store changed by other means has
another signature, so its index is stale and the queries fall back to their .rq.

>>> stamp_of(Path("/nonexistent/kg-x.sqlite"), "1") is None
True
"""
from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

from .store import _signature as store_signature  # the test of kg.store.recorded_quads, reused


def signature(store: Path) -> str:
    """The signature of the store's files at ``store``, as the stamp holds it."""
    return json.dumps(store_signature(store))


def connect(file: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A connection to the index ``file``; read-only ones fail on a missing file instead of creating it."""
    if not read_only:
        return sqlite3.connect(file, check_same_thread=False)  # a build fills an index on a thread
    con = sqlite3.connect(f"{file.absolute().as_uri()}?mode=ro", uri=True)
    con.execute("PRAGMA mmap_size = 4294967296")  # pages read in place, not copied: 40% faster on 60k rows
    return con


def stamp_in(con: sqlite3.Connection, version: str) -> str | None:
    """The stamp of the index open on ``con``; None when it has another layout ``version``."""
    meta = dict(con.execute("SELECT key, value FROM meta"))
    return meta.get("store") if meta.get("version") == version else None


def stamp_of(file: Path, version: str) -> str | None:
    """The stamp of the index ``file`` (None when there is no readable index of this ``version``)."""
    try:
        with closing(connect(file, read_only=True)) as con:
            return stamp_in(con, version)
    except (sqlite3.Error, OSError):
        return None


def is_fresh(file: Path, version: str) -> bool:
    """Whether the index ``file``, beside its store, matches the store's files."""
    stamp = stamp_of(file, version)
    return stamp is not None and stamp == signature(file.parent)


def stamp(file: Path, version: str, previous: str) -> bool:
    """Record the signature of the store's files (``file``'s folder) in the index ``file``, if its stamp is
    ``previous``: a build's mark (written for this store), or the signature the store had before it was
    compacted (same papers, new files). Returns whether it did."""
    if not file.is_file():  # (connecting to write would create an empty one)
        return False
    try:
        with closing(connect(file)) as con, con:
            if stamp_in(con, version) != previous:
                return False
            con.execute("UPDATE meta SET value = ? WHERE key = 'store'", (signature(file.parent),))
            return True
    except (sqlite3.Error, OSError):
        return False
