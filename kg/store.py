"""The on-disk pyoxigraph store: opening it, and replacing it atomically.

A build never writes into the store readers use. It works on a staging copy
(a RocksDB checkpoint, made of hard links, so copying is cheap) and swaps the
directories only once the copy is complete, so a build that fails or is
interrupted leaves the previous store as it was.
"""
from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from pyoxigraph import DefaultGraph, Store

from .namespaces import BROADER, EARLIER_LABELS_GRAPH

DEFAULT_STORE = "kg-store"
COUNT_FILE = "kg-quads.json"  # the quad count a build recorded (see recorded_quads); RocksDB ignores it
SIDE_PREFIX = "kg-"  # files of ours in the store's directory (COUNT_FILE, kg.search_index's): not RocksDB's


class StoreNotFound(FileNotFoundError):
    def __init__(self, path: Path):
        super().__init__(f"no knowledge graph store at {path} (build one with `kg build --store {path}`)")


def open_store(path: str | Path, *, read_only: bool = True) -> Store:
    """Open an existing store; read-only by default so several readers can share it."""
    path = Path(path)
    if not (path / "CURRENT").exists():
        raise StoreNotFound(path)
    return Store.read_only(str(path)) if read_only else Store(str(path))


def labels_in_named_graph(store: Store) -> bool:
    """Whether the store keeps its entity labels in ``graph/entities``, as layouts before 0.3.2 did, which
    also kept papers and claims in named graphs (one key look-up): its readers must read every graph."""
    return store.contains_named_graph(EARLIER_LABELS_GRAPH)


def families_in_named_graphs_only(store: Store) -> bool:
    """Whether the store's family links (``skos:broader``) are only in the papers' graphs, as layouts before
    0.4.10 kept them: since then the entity labels in the default graph repeat each one (kg.resolve), so
    that a query reaching a family's members can read the default graph alone. Two index look-ups.
    """
    if next(iter(store.quads_for_pattern(None, BROADER, None, DefaultGraph())), None) is not None:
        return False
    return next(iter(store.quads_for_pattern(None, BROADER, None, None)), None) is not None


def store_bytes(path: str | Path) -> int:
    """Bytes on disk of the store at ``path`` (0 when there is none): a size known without reading it."""
    path = Path(path)
    if not (path / "CURRENT").exists():
        return 0
    return sum(f.stat().st_size for f in path.iterdir() if f.is_file() and not f.name.startswith(SIDE_PREFIX))


def staging_path(path: str | Path) -> Path:
    """Where ``staged_store`` (in this process) builds the next version of the store at ``path``."""
    path = Path(path).absolute()
    return path.with_name(f".{path.name}.staging-{os.getpid()}")


@contextmanager
def staged_store(path: str | Path, *, optimize: Callable[[], bool] | bool = True) -> Iterator[Store]:
    """Yield a writable copy of the store at ``path`` (empty if there is none); on success it replaces
    ``path``, on any exception it is discarded and ``path`` is untouched.

    ``optimize`` (or what it returns, asked after the body ran) says whether to compact the copy before
    the swap: compaction rewrites the whole store, worth it after a large load, not after adding a few
    papers to a large store.

    >>> with staged_store("/tmp/example-store") as store:      # doctest: +SKIP
    ...     store.add(quad)
    """
    path = Path(path).absolute()
    path.parent.mkdir(parents=True, exist_ok=True)
    staging = staging_path(path)
    old = path.with_name(f".{path.name}.old-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    if (path / "CURRENT").exists():
        Store.read_only(str(path)).backup(str(staging))
        # a backup of a store opened read-only holds its files but not the write-ahead log, where writes by
        # other means that were never flushed still are (a build flushes): with the log, the copy opens as
        # the store does, replaying them
        for log in path.glob("*.log"):
            if not (staging / log.name).exists():
                shutil.copy2(log, staging / log.name)
        for side in path.glob(SIDE_PREFIX + "*"):  # e.g. the search index, which the build updates there
            shutil.copy2(side, staging / side.name)
    store = Store(str(staging))
    try:
        yield store
        store.flush()
        if optimize() if callable(optimize) else optimize:
            store.optimize()
    except BaseException:
        del store
        shutil.rmtree(staging, ignore_errors=True)
        raise
    del store  # release RocksDB's lock before the directory moves
    if path.exists():
        path.rename(old)
    staging.rename(path)
    shutil.rmtree(old, ignore_errors=True)


def compact(path: str | Path) -> tuple[int, int]:
    """Rewrite the store at ``path`` into fewer, larger files (atomically, like a build); returns its bytes on
    disk before and after. A build compacts only when it loads a good share of the store, so many small
    incremental builds leave reads slower (up to 2x on an 80k store) until this runs.

    >>> compact("kg-store")       # doctest: +SKIP
    (3158745123, 3012558891)
    """
    path = Path(path)
    if not (path / "CURRENT").exists():
        raise StoreNotFound(path)
    from . import graph_index, search_index

    before, quads = store_bytes(path), recorded_quads(path)
    # the side indexes up to date before (their stamps), restamped after: same papers, new files
    indexes = [(index, index.stamp_of(path)) for index in (search_index, graph_index) if index.is_fresh(path)]
    with staged_store(path, optimize=True):
        pass
    if quads is not None:  # same quads, new files: keep the count the next build would otherwise recount
        record_quads(path, quads)
    for index, previous in indexes:  # and the side indexes, which the next build would otherwise rebuild
        index.stamp(path, previous=previous)
    return before, store_bytes(path)


def _signature(path: Path) -> list[list]:
    """The store's RocksDB files with their sizes, but its info logs and lock: opening the store to write
    (even without writing) starts a new MANIFEST, so a signature that still matches means nobody wrote."""
    return sorted([f.name, f.stat().st_size] for f in path.iterdir()
                  if f.is_file() and not f.name.startswith(SIDE_PREFIX) and f.name != "LOCK"
                  and not f.name.startswith("LOG"))


def record_quads(path: str | Path, quads: int) -> None:
    """Remember how many quads the (closed) store at ``path`` holds, so the next build need not count
    them: ``len(store)`` reads every quad (3.4 s on a store of 15M)."""
    path = Path(path)
    (path / COUNT_FILE).write_text(json.dumps({"quads": quads, "files": _signature(path)}), encoding="utf-8")


def recorded_quads(path: str | Path) -> int | None:
    """The quad count ``record_quads`` wrote for the store at ``path``, or None when there is none or the
    store changed since (its files differ), so a store written by other means is counted afresh.

    >>> recorded_quads("/nonexistent")
    """
    try:
        data = json.loads((Path(path) / COUNT_FILE).read_text(encoding="utf-8"))
        return int(data["quads"]) if data["files"] == _signature(Path(path)) else None
    except (OSError, ValueError, KeyError, TypeError):
        return None
