"""Turning paper records into N-Quads, in this process or spread over worker processes.

Workers receive plain PaperRecords and send back N-Quads bytes (never spaCy Docs), so what crosses
process boundaries is small and cheap to pickle; the store has one writer, the parent, which
bulk-loads what comes back while the workers extract the next batches. Workers are forked from a fork
server that built the spaCy pipeline once (``start_workers``, kg.worker_preload).

>>> from extractors.records import PaperRecord
>>> rec = PaperRecord(id="x:1", title="Tiled Flash Linear Attention", abstract="")
>>> [b.records for b in nquads_batches([rec] * 3, "2025-01-01T00:00:00Z", batch_size=2)]   # doctest: +SKIP
[2, 1]
"""
from __future__ import annotations

import multiprocessing as mp
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from extractors.records import PaperRecord

from . import builder
from .resolve import EntityNames


@dataclass
class Batch:
    records: int
    nquads: bytes
    extract_seconds: float
    triples_seconds: float
    entities: dict[str, EntityNames] = field(default_factory=dict)  # names the batch gives entity nodes (kg.resolve)
    quads: int = 0
    # the batch's rows of kg.graph_index (mentions, claims, uses), written with the lines (builder.LinkRows): the
    # parent parsing them out of ``nquads`` was 11 CPU-s of an 80k build, on its busiest thread
    links: builder.LinkRows = field(default_factory=lambda: ([], [], []))


def records_to_nquads(records: list[PaperRecord], built_at: str, facts: bool = False) -> Batch:
    """Extract a batch of papers and serialise all their quads as N-Quads; with ``facts``, also count
    the entity types and FACTS of a new store's labels into the batch's entity names (what
    kg.resolve.collect_facts counts in the lines). The batch's graph index rows are written with them."""
    clock = time.perf_counter()
    extractions = list(_extract(records))
    extracted = time.perf_counter()
    named, data, quads, links = _triples(records, extractions, built_at, facts)
    return Batch(len(records), data, extracted - clock, time.perf_counter() - extracted, named, quads, links)


def _triples(records: list[PaperRecord], extractions, built_at: str, facts: bool
             ) -> tuple[dict[str, EntityNames], bytes, int, builder.LinkRows]:
    """The entity names (with ``facts``, types and FACTS counts too) and N-Quads bytes of extracted papers,
    how many quads those are, and their rows of the graph index."""
    named: dict[str, EntityNames] = {}
    links: builder.LinkRows = ([], [], [])
    # encoded paper by paper: one paper with a character beyond Latin-1 ("≈") made the whole batch's text
    # two bytes a character, which UTF-8 encodes character by character (a sixth of this stage's CPU); a
    # paper of ASCII (most) is encoded by a copy
    data, quads = [], 0
    for r, x in zip(records, extractions):
        lines = builder.paper_nquads(r, x, built_at, names=named, facts=facts, links=links)
        data.append("".join(lines).encode("utf-8"))
        quads += len(lines)
    return named, b"".join(data), quads, links


def _extract(records: list[PaperRecord]):
    try:
        from extractors.extract import extract_many
    except ImportError as e:
        if not _no_extractors(e):
            raise  # a broken install (a name one of its modules lacks) fails the build, it loses no entities
        return [None] * len(records)  # a build without the extractors package still loads the papers' metadata
    return extract_many(records)


def _no_extractors(error: ImportError) -> bool:
    """Whether ``error`` says the extractors package is not installed at all (and nothing else)."""
    return isinstance(error, ModuleNotFoundError) and error.name == "extractors"


def _warm_up() -> None:
    try:
        from extractors.pipeline import get_nlp
    except ImportError as e:
        if not _no_extractors(e):
            raise
        return
    get_nlp()


# batches a worker extracts before a fresh one takes its place: what a worker caches grows with what it reads
# (spaCy's lexemes, the extractors' LRU caches of up to 262,144 entries: 9 MiB more per 1,000 abstracts), so
# a worker of an 80k build grew to 400 MiB; a fresh worker forks from the fork server, which holds the
# pipeline, in milliseconds
WORKER_BATCHES = 24

PRELOAD = "kg.worker_preload"  # imported by the fork server: it builds the pipeline the workers fork with


def _context():
    """Where worker processes come from: a fork server that imported the extractors and built the
    pipeline once (kg.worker_preload), so no worker builds its own; "spawn" where there is no fork
    server. Never "fork": the build's process holds an open RocksDB store and threads, which a forked
    child must not inherit (the fork server is a process of its own, started clean, holding neither)."""
    if "forkserver" not in mp.get_all_start_methods():
        return mp.get_context("spawn")
    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload([PRELOAD])  # (no effect once the server runs: it keeps what it loaded)
    return ctx


def start_workers(workers: int) -> bool:
    """Start the fork server now, when ``workers > 1``, so it builds the pipeline while this process
    reads the corpus; ``nquads_batches`` then forks its workers from it at once. Returns whether this
    call started it (then ``stop_workers`` stops it)."""
    if workers <= 1 or _context().get_start_method() != "forkserver":
        return False
    from multiprocessing import forkserver

    server = forkserver._forkserver
    running = getattr(server, "_forkserver_pid", None) is not None
    forkserver.ensure_running()
    return not running


def stop_workers() -> None:
    """Stop the fork server and wait for it: it holds a pipeline's memory, and only a process that was
    waited for counts in this process's resource usage (the CPU seconds of its workers too)."""
    from multiprocessing import forkserver

    stop = getattr(forkserver._forkserver, "_stop", None)  # (private, but in every Python 3 since 3.8)
    if stop is not None:
        stop()


def _work(args: tuple[list[PaperRecord], str, bool]) -> Batch:
    return records_to_nquads(*args)


def chunks(records: Iterable[PaperRecord], size: int, *, small: int = 0, small_size: int = 1,
           end: int = 0) -> Iterator[list[PaperRecord]]:
    """Lists of ``size`` records, after ``small`` lists of ``small_size``, read lazily from ``records``;
    with ``end`` (``records`` must then have a length), its last ``end`` records in lists of ``small_size``
    too.

    >>> [len(c) for c in chunks(range(10), 4, small=2, small_size=1)]
    [1, 1, 4, 4]
    >>> [len(c) for c in chunks(range(10), 4, small=1, small_size=1, end=3)]
    [1, 4, 2, 1, 1, 1]
    """
    left = len(records) if end else None  # type: ignore[arg-type]
    it = iter(records)
    for _ in range(small):
        head = list(islice(it, small_size))
        if head:
            if left is not None:
                left -= len(head)
            yield head
    while True:
        n = size if left is None else min(size, left - end) if left > end else small_size
        chunk = list(islice(it, n))
        if not chunk:
            return
        if left is not None:
            left -= len(chunk)
        yield chunk


def nquads_batches(records: Iterable[PaperRecord], built_at: str, *, workers: int = 1,
                   batch_size: int = 256, facts: bool = False) -> Iterator[Batch]:
    """Batches of N-Quads for ``records``, in input order.

    With ``workers > 1`` batches are extracted by that many processes. At most ``2 * workers + 1``
    batches are in flight (sent and not yet consumed), so memory stays bounded however large the corpus
    and however slowly the caller loads: ``Pool.imap`` would queue every batch's result. The first batch
    of each worker is small, so the caller starts loading while the workers are still warming up.
    """
    if workers <= 1:
        yield from (_work((c, built_at, facts)) for c in chunks(records, batch_size))
        return
    # small first batches, so loading starts early; small last batches, so the workers end together (a
    # worker with nothing left idles while another extracts a whole batch)
    todo = chunks(records, batch_size, small=workers, small_size=max(1, batch_size // 4),
                  end=workers * batch_size if hasattr(records, "__len__") else 0)
    head = list(islice(todo, 2))
    if len(head) < 2:  # one batch: not worth starting processes
        yield from (_work((c, built_at, facts)) for c in head)
        return
    ctx = _context()
    # (a spawned worker builds its own pipeline, seconds: one lives as long as the pool where there is no fork
    # server)
    renew = WORKER_BATCHES if ctx.get_start_method() == "forkserver" else None
    with ctx.Pool(workers, initializer=_warm_up, maxtasksperchild=renew) as pool:
        pending: deque = deque()
        for chunk in head + list(islice(todo, 2 * workers - 1)):
            pending.append(pool.apply_async(_work, ((chunk, built_at, facts),)))
        while pending:
            batch = pending.popleft().get()
            nxt = next(todo, None)
            if nxt is not None:
                pending.append(pool.apply_async(_work, ((nxt, built_at, facts),)))
            yield batch
