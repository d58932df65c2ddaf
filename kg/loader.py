"""Bulk-loading N-Quads into the store in large chunks, on a background thread.

RocksDB ingests every ``bulk_load`` call as new sorted files that it compacts as they pile up: many
small calls cost more than a few large ones, and the more so the larger the store (loading the 8.1M quads
of an 80k-paper store: 146-152 CPU-s in chunks of 48 MiB, 113-114 in chunks of 128 MiB, for 440 MiB more
memory; at 10k papers the two differ by 2 CPU-s), so batches are joined into chunks of ``chunk_bytes``. pyoxigraph releases the GIL while it loads, so the thread loads one chunk while the
build goes on collecting the workers' next batches; the queue holds at most one waiting chunk, which
bounds memory at about three chunks.

>>> from pyoxigraph import Store
>>> store = Store()
>>> with ChunkLoader(store, chunk_bytes=1 << 20) as loader:
...     loader.add(b'<http://e/s> <http://e/p> "1" <http://e/g> .\\n')
>>> len(store), loader.chunks
(1, 1)
"""
from __future__ import annotations

import queue
import threading
import time

from pyoxigraph import RdfFormat, Store

DEFAULT_CHUNK_BYTES = 128 << 20  # ~6,000 papers of N-Quads; see the module docstring
MIN_CHUNK_BYTES = 4 << 20  # the smallest chunk ``chunk_for`` asks for


def chunk_for(left: float, largest: int = DEFAULT_CHUNK_BYTES) -> int:
    """The chunk size for a build that expects ``left`` more bytes of N-Quads: half of them, between
    MIN_CHUNK_BYTES and ``largest``. Chunks shrink as the build ends, so that what the thread still has
    to load once the last batch is in (while the workers' cores idle) is a small chunk, not up to two
    large ones.

    >>> chunk_for(1e9) >> 20, chunk_for(20 << 20) >> 20, chunk_for(0) >> 20
    (128, 10, 4)
    """
    return int(max(MIN_CHUNK_BYTES, min(largest, left / 2)))


class ChunkLoader:
    def __init__(self, store: Store, chunk_bytes: int = DEFAULT_CHUNK_BYTES):
        self.store, self.chunk_bytes = store, chunk_bytes
        self.parts: list[bytes] = []
        self.size = 0
        self.chunks = 0
        self.load_seconds = 0.0  # in bulk_load, on the thread
        self.wait_seconds = 0.0  # the caller blocked because the thread was still busy
        self._queue: queue.Queue = queue.Queue(maxsize=1)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="kg-loader", daemon=True)
        self._thread.start()

    def add(self, nquads: bytes) -> None:
        """Queue N-Quads (whole lines) for loading; raises what an earlier load raised."""
        self._check()
        self.parts.append(nquads)
        self.size += len(nquads)
        if self.size >= self.chunk_bytes:
            self._send()

    def flush(self) -> None:
        """Send what was added so far to the thread now, even less than a chunk; raises what an earlier
        load raised."""
        self._check()
        if self.parts:
            self._send()

    def close(self) -> None:
        """Load what is left and wait for the thread; raises what a load raised."""
        if self.parts:
            self._send()
        self._queue.put(None)
        self._thread.join()
        self._check()

    def __enter__(self) -> ChunkLoader:
        return self

    def __exit__(self, kind, exc, tb) -> None:
        if kind is None:
            self.close()
        else:  # the build failed: stop the thread without loading more, keep the caller's exception
            self.parts = []
            self._queue.put(None)
            self._thread.join()

    def _send(self) -> None:
        chunk = b"".join(self.parts)
        self.parts, self.size = [], 0
        clock = time.perf_counter()
        self._queue.put(chunk)
        self.wait_seconds += time.perf_counter() - clock

    def _check(self) -> None:
        if self._error is not None:
            raise self._error

    def _run(self) -> None:
        while (chunk := self._queue.get()) is not None:
            if self._error is not None:
                continue  # drain, so the producer never blocks on a dead thread
            clock = time.perf_counter()
            try:
                # lenient: the bytes come from pyoxigraph's own serialiser, their IRIs are already valid
                self.store.bulk_load(chunk, format=RdfFormat.N_QUADS, lenient=True)
                self.chunks += 1
            except BaseException as exc:  # handed to the caller's thread
                self._error = exc
            self.load_seconds += time.perf_counter() - clock
