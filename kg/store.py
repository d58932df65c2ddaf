"""The on-disk pyoxigraph store: opening it, and replacing it atomically.

A build never writes into the store readers use. It works on a staging copy
(a RocksDB checkpoint, made of hard links, so copying is cheap) and swaps the
directories only once the copy is complete, so a build that fails or is
interrupted leaves the previous store as it was.
"""
from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from pyoxigraph import Store

DEFAULT_STORE = "kg-store"


class StoreNotFound(FileNotFoundError):
    def __init__(self, path: Path):
        super().__init__(f"no knowledge graph store at {path} (build one with `kg build --store {path}`)")


def open_store(path: str | Path, *, read_only: bool = True) -> Store:
    """Open an existing store; read-only by default so several readers can share it."""
    path = Path(path)
    if not (path / "CURRENT").exists():
        raise StoreNotFound(path)
    return Store.read_only(str(path)) if read_only else Store(str(path))


def store_bytes(path: str | Path) -> int:
    """Bytes on disk of the store at ``path`` (0 when there is none): a size known without reading it."""
    path = Path(path)
    return sum(f.stat().st_size for f in path.iterdir() if f.is_file()) if (path / "CURRENT").exists() else 0


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
    staging = path.with_name(f".{path.name}.staging-{os.getpid()}")
    old = path.with_name(f".{path.name}.old-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    if (path / "CURRENT").exists():
        Store.read_only(str(path)).backup(str(staging))
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
