"""The build's background bulk loader: batches joined into chunks, every quad loaded once, errors surface."""
from __future__ import annotations

import pytest
from pyoxigraph import RdfFormat, Store, serialize

from _graph_helpers import TFLA, hmar_extraction, sample
from kg.builder import paper_quads
from kg.loader import ChunkLoader
from kg.workers import chunks


def test_batches_are_joined_into_chunks_and_all_loaded():
    record, extraction = hmar_extraction()
    hmar = serialize(paper_quads(record, extraction, "2026-01-01T00:00:00Z"), format=RdfFormat.N_QUADS)
    tfla = serialize(paper_quads(sample(TFLA), None, "2026-01-01T00:00:00Z"), format=RdfFormat.N_QUADS)
    store = Store()
    with ChunkLoader(store, chunk_bytes=len(hmar) + 1) as loader:
        loader.add(hmar)  # below the chunk size: kept
        loader.add(tfla)  # now above: one chunk of both
        loader.add(tfla)  # the rest, loaded by close()
    assert loader.chunks == 2
    assert sorted(map(str, store)) == sorted({str(q) for q in paper_quads(record, extraction, "2026-01-01T00:00:00Z")}
                                              | {str(q) for q in paper_quads(sample(TFLA), None, "2026-01-01T00:00:00Z")})


def test_a_bad_chunk_raises_in_the_callers_thread():
    store = Store()
    with pytest.raises(SyntaxError):
        with ChunkLoader(store, chunk_bytes=10) as loader:
            loader.add(b"<http://e/s> <http://e/p> .\n")  # no object
            loader.add(b"<http://e/s> <http://e/p> <http://e/o> .\n")  # raises here or at close
    assert len(store) == 0  # nothing of the bad chunk was loaded


def test_chunks_of_records_read_lazily():
    assert [len(c) for c in chunks(iter(range(7)), 3, small=2, small_size=1)] == [1, 1, 3, 2]
    assert list(chunks([], 3, small=2)) == []
