"""The text index that answers `search` (queries/search.rq) without a scan of every abstract.

``search.rq`` is the definition of the question and the fallback; this module gives the same rows from a
SQLite file kept in the store's directory (``INDEX_FILE``; RocksDB ignores it), in milliseconds instead
of seconds (reading the 160,000 title and abstract strings of an 80k store alone is 0.9 s). The file holds
a table of the papers (id, title, abstract, date: the values of the store) and an FTS5 table of their
lower-cased text with the trigram tokenizer, whose trigrams find the candidates of every word of 3 or
more characters; every candidate is then checked with search.rq's own test (the words as substrings of
the lower-cased title and abstract), so the FTS5 index only has to miss nothing: it stores no positions
(``detail=none``: 30% cheaper to build and half the size), and a word is looked for as all its trigrams.

A build keeps the index with the store (``StagedIndex``): the staging copy of the store gets a copy of it
(kg.store.staged_store), which the build updates on a thread of its own, so a failed build leaves both
as they were; after the swap, ``stamp`` records the store's file signature in the index. ``search`` answers
only when the signature still matches the store's files (and some word has 3 or more characters):
otherwise it returns None and the caller runs search.rq, so a missing, stale or unreadable index costs
time, never rows.

>>> search("/nonexistent", ["attention"]) is None
True
"""
from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from pyoxigraph import Store

from .namespaces import DCTERMS, PKG
from .results import Rows
from .store import _signature as store_signature  # the test of kg.store.recorded_quads, reused
from .store import staging_path

INDEX_FILE = "kg-search.sqlite"
VERSION = "1"  # of the file's layout: an index of another version is stale
COLUMNS = ["paper", "title", "date", "in_title"]  # search.rq's, in its order
BUILT = "built"  # the stamp of an index written by a build whose store has not been swapped in yet
_SCHEMA = (
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE paper(id TEXT NOT NULL UNIQUE, title TEXT NOT NULL, abstract TEXT NOT NULL, date TEXT)",
    "CREATE VIRTUAL TABLE body USING fts5(text, content='', tokenize='trigram', detail='none')",
)


@dataclass(frozen=True)
class Doc:
    """What search reads of a paper: the values of its dcterms:identifier, title, abstract and date."""

    id: str
    title: str
    abstract: str
    date: str | None = None


# ---------------------------------------------------------------- the test of search.rq

def matches(words: Sequence[str], title: str, abstract: str) -> tuple[bool, bool]:
    """(found, in_title) for lower-case ``words`` as search.rq decides them: found when every word is in
    the lower-cased abstract, or one word is in the title and every word in title + " " + abstract;
    in_title when every word is in the title.

    >>> matches(["linear", "attention"], "Tiled Flash Linear Attention", "We ...")
    (True, True)
    >>> matches(["gated", "kernels"], "Gated Linear Attention", "fast kernels")
    (True, False)
    >>> matches(["kernels"], "Gated Linear Attention", "")
    (False, False)
    """
    title_lc, abstract_lc = title.lower(), abstract.lower()
    in_title = all(w in title_lc for w in words)
    if all(w in abstract_lc for w in words):
        return True, in_title
    text_lc = (title + " " + abstract).lower()
    return any(w in title_lc for w in words) and all(w in text_lc for w in words), in_title


def match_expression(words: Iterable[str]) -> str:
    """The FTS5 MATCH string asking for every trigram of every word, each quoted as an FTS5 string
    (quotes doubled), so no character of a word is FTS5 syntax.

    >>> match_expression(["kv", "attn"])
    '"att" AND "ttn"'
    >>> match_expression(['a"b'])
    '"a""b"'
    """
    trigrams = sorted({w[i:i + 3] for w in words for i in range(len(w) - 2)})
    return " AND ".join('"' + t.replace('"', '""') + '"' for t in trigrams)


# ---------------------------------------------------------------- answering

def search(store: str | Path, words: Sequence[str]) -> Rows | None:
    """search.rq's rows for ``words`` (lower case, without whitespace; "" ignored) from the index of the
    store at ``store``, or None when the index cannot answer: missing, stale, unreadable, or no word of 3
    or more characters (a trigram index cannot look those up: search.rq scans).
    """
    words = [w for w in words if w]
    if not any(len(w) >= 3 for w in words):
        return None
    path = Path(store)
    try:
        with closing(_connect(path / INDEX_FILE, read_only=True)) as con:
            # the index is read after its stamp was compared with the store's files: a build that swaps the
            # store in between leaves this connection on the old file, whose stamp no longer matches
            if _stamp(con) != _current(path):
                return None
            found = con.execute("SELECT p.id, p.title, p.abstract, p.date FROM body JOIN paper p "
                                "ON p.rowid = body.rowid WHERE body MATCH ?", (match_expression(words),))
            rows = []
            for paper, title, abstract, date in found:
                hit, in_title = matches(words, title, abstract)
                if hit:
                    rows.append([paper, title, date, in_title])
    except (sqlite3.Error, OSError):  # no index (read-only open of a missing file fails), or a broken one
        return None
    rows.sort(key=lambda r: (not r[3], r[0]))  # ORDER BY DESC(?in_title) ?paper (code point order)
    return Rows(list(COLUMNS), rows)


def is_fresh(store: str | Path) -> bool:
    """Whether the store at ``store`` has an index that matches its files."""
    path = Path(store)
    try:
        with closing(_connect(path / INDEX_FILE, read_only=True)) as con:
            return _stamp(con) == _current(path)
    except (sqlite3.Error, OSError):
        return False


def _current(path: Path) -> str:
    return json.dumps(store_signature(path))


def _stamp(con: sqlite3.Connection) -> str | None:
    meta = dict(con.execute("SELECT key, value FROM meta"))
    return meta.get("store") if meta.get("version") == VERSION else None


def _connect(file: Path, *, read_only: bool = False) -> sqlite3.Connection:
    if read_only:
        return sqlite3.connect(f"{file.absolute().as_uri()}?mode=ro", uri=True)
    return sqlite3.connect(file)


# ---------------------------------------------------------------- keeping it with the store

def stamp(store: str | Path, previous: str = BUILT) -> bool:
    """Record the signature of the store's files in its index, if the index's stamp is ``previous``: a
    build's (``BUILT``: written for this store), or the signature the store had before it was compacted
    (same papers, new files). Returns whether it did."""
    path = Path(store)
    try:
        with closing(_connect(path / INDEX_FILE)) as con, con:
            if _stamp(con) != previous:
                return False
            con.execute("UPDATE meta SET value = ? WHERE key = 'store'", (_current(path),))
            return True
    except (sqlite3.Error, OSError):
        return False


def stamp_of(store: str | Path) -> str | None:
    """The index's stamp (None when there is no readable index): what ``stamp`` takes as ``previous``."""
    try:
        with closing(_connect(Path(store) / INDEX_FILE, read_only=True)) as con:
            return _stamp(con)
    except (sqlite3.Error, OSError):
        return None


def stored_docs(store: Store) -> list[Doc]:
    """Every paper of ``store`` as search.rq reads it (one scan of each of the four properties)."""
    rows = store.query(f"""SELECT ?id ?title ?abstract ?date WHERE {{
        ?p a <{PKG}Paper> ; <{DCTERMS}identifier> ?id ; <{DCTERMS}title> ?title .
        OPTIONAL {{ ?p <{DCTERMS}abstract> ?abstract }} OPTIONAL {{ ?p <{DCTERMS}date> ?date }} }}""",
                       use_default_graph_as_union=True)
    return [Doc(r["id"].value, r["title"].value, r["abstract"].value if r["abstract"] else "",
                r["date"].value if r["date"] else None) for r in rows]


class StagedIndex:
    """The index of a build's staging copy of the store (``kg.store.staged_store``), updated on a thread
    of its own while the build goes on, and waited for before the store is swapped in.

    >>> with staged_store(path) as st, StagedIndex(path) as index:     # doctest: +SKIP
    ...     index.update(st, records, new=False)
    ...     seconds = index.wait()
    >>> stamp(path)                                                    # doctest: +SKIP
    """

    def __init__(self, store: str | Path):
        self.file = staging_path(store) / INDEX_FILE
        self.fresh = is_fresh(store)  # the store's index matched it before this build: update it in place
        self.busy = self.waited = 0.0
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._error: BaseException | None = None

    def update(self, store: Store, docs: Iterable, *, new: bool) -> None:
        """Start writing the papers ``docs`` (PaperRecords or Docs; a paper already indexed is replaced)
        into the staged index: into a new index when the store was new or cleared (``new``), into the
        copy of the store's index when that one was up to date, else into a new index of every paper of
        ``store`` (read now, once the build has loaded its papers)."""
        docs = [Doc(d.id, d.title, d.abstract or "", d.date) for d in docs]
        if not new and not (self.fresh and self.file.exists()):
            docs, new = stored_docs(store), True
        self._thread = threading.Thread(target=self._run, args=(docs, new), name="kg-search-index", daemon=True)
        self._thread.start()

    def wait(self) -> dict[str, float]:
        """Wait for the thread; raises what it raised. Returns its seconds at work and the build's wait."""
        clock = time.perf_counter()
        if self._thread is not None:
            self._thread.join()
        self.waited = time.perf_counter() - clock
        if self._error is not None:
            raise self._error
        return {"search index": self.busy, "search index wait": self.waited}

    def __enter__(self) -> StagedIndex:
        return self

    def __exit__(self, kind, exc, tb) -> None:
        if kind is not None:  # the build failed: stop writing (the staging copy is thrown away)
            self._stop.set()
            if self._thread is not None:
                self._thread.join()
        else:
            self.wait()

    def _run(self, docs: list[Doc], new: bool) -> None:
        clock = time.perf_counter()
        try:
            if new:
                self.file.unlink(missing_ok=True)
            with closing(_connect(self.file)) as con:
                # the staging copy is thrown away if the build fails: no journal needed
                con.execute("PRAGMA journal_mode = OFF")
                con.execute("PRAGMA synchronous = OFF")
                with con:
                    if new:
                        for statement in _SCHEMA:
                            con.execute(statement)
                        con.execute("INSERT INTO meta VALUES ('version', ?), ('store', ?)", (VERSION, ""))
                    # not BUILT until every paper is in: a stamp never lands on a half-written index
                    con.execute("UPDATE meta SET value = '' WHERE key = 'store'")
                    write(con, self._until_stopped(docs), replace=not new)
                    con.execute("UPDATE meta SET value = ? WHERE key = 'store'", (BUILT,))
        except BaseException as exc:  # handed to the build's thread by wait()
            self._error = exc
        self.busy = time.perf_counter() - clock

    def _until_stopped(self, docs: list[Doc]) -> Iterator[Doc]:
        for doc in docs:
            if self._stop.is_set():
                raise InterruptedError("the build failed")
            yield doc


def write(con: sqlite3.Connection, docs: Iterable[Doc], *, replace: bool) -> int:
    """Insert ``docs`` into the index open on ``con`` (in its transaction); with ``replace``, a paper
    already there is first removed (a contentless FTS5 table forgets a row given the text it indexed).
    Returns how many were written."""
    [[rowid]] = con.execute("SELECT COALESCE(MAX(rowid), 0) FROM paper")
    n = 0
    for doc in docs:
        if replace:
            old = con.execute("SELECT rowid, title, abstract FROM paper WHERE id = ?", (doc.id,)).fetchone()
            if old:
                con.execute("INSERT INTO body(body, rowid, text) VALUES ('delete', ?, ?)", (old[0], _text(*old[1:])))
                con.execute("DELETE FROM paper WHERE rowid = ?", (old[0],))
        rowid += 1
        con.execute("INSERT INTO paper(rowid, id, title, abstract, date) VALUES (?, ?, ?, ?, ?)",
                    (rowid, doc.id, doc.title, doc.abstract, doc.date))
        con.execute("INSERT INTO body(rowid, text) VALUES (?, ?)", (rowid, _text(doc.title, doc.abstract)))
        n += 1
    return n


def _text(title: str, abstract: str) -> str:
    # each field lower-cased on its own, as matches() reads it: a word found there has all its trigrams here
    # (FTS5 folds case once more, one code point at a time, which keeps them)
    return title.lower() + "\n" + abstract.lower()
