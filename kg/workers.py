"""Turning paper records into N-Quads, in this process or spread over worker processes.

Workers receive plain PaperRecords and send back N-Quads bytes (never spaCy Docs), so what crosses
process boundaries is small and cheap to pickle; the store has one writer, the parent, which
bulk-loads what comes back. Each worker builds the spaCy pipeline once, when it starts.
"""
from __future__ import annotations

import multiprocessing as mp
import time
from collections.abc import Iterator
from dataclasses import dataclass

from pyoxigraph import RdfFormat, serialize

from extractors.records import PaperRecord

from . import builder


@dataclass
class Batch:
    records: int
    nquads: bytes
    extract_seconds: float
    triples_seconds: float


def records_to_nquads(records: list[PaperRecord], built_at: str) -> Batch:
    """Extract a batch of papers and serialise all their quads as N-Quads."""
    clock = time.perf_counter()
    extractions = list(_extract(records))
    extracted = time.perf_counter()
    quads = [q for r, x in zip(records, extractions) for q in builder.paper_quads(r, x, built_at)]
    data = serialize(quads, format=RdfFormat.N_QUADS)
    return Batch(len(records), data, extracted - clock, time.perf_counter() - extracted)


def _extract(records: list[PaperRecord]):
    try:
        from extractors.extract import extract_many
    except ImportError:  # a build without extractors still loads the papers' metadata
        return [None] * len(records)
    return extract_many(records)


def _warm_up() -> None:
    try:
        from extractors.pipeline import get_nlp
    except ImportError:
        return
    get_nlp()


def _work(args: tuple[list[PaperRecord], str]) -> Batch:
    return records_to_nquads(*args)


def nquads_batches(records: list[PaperRecord], built_at: str, *, workers: int = 1,
                   batch_size: int = 256) -> Iterator[Batch]:
    """Batches of N-Quads for ``records``, in input order.

    With ``workers > 1`` batches are extracted by that many processes, at most ``2 * workers``
    batches in flight, so memory stays bounded however large the corpus.
    """
    batches = [(records[i:i + batch_size], built_at) for i in range(0, len(records), batch_size)]
    if workers <= 1 or len(batches) <= 1:
        yield from map(_work, batches)
        return
    # "spawn": the parent holds an open RocksDB store and threads, which a forked child must not inherit
    ctx = mp.get_context("spawn")
    with ctx.Pool(workers, initializer=_warm_up) as pool:
        yield from pool.imap(_work, batches, chunksize=1)
