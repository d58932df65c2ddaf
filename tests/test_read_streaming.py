"""Streamed reading: records spilled to a temporary file equal the in-memory merge, and streamed files
give the rejections, line numbers and layouts that whole files gave."""
from __future__ import annotations

import gzip
import json
import threading

from extractors.readers import corpus_files, read_corpus, read_file
from extractors.readers.dedup import merge_papers

ROWS = [
    {"title": "Tiled Flash Linear Attention: More Efficient Linear RNN and xLSTM Kernels",
     "abstract": "Linear RNNs with gating recently demonstrated competitive performance.", "arxiv_id": "2503.14376"},
    {"title": "ViR: Vision Retention Networks", "abstract": "Vision Transformers (ViTs) have attracted a lot."},
]


def in_memory(paths):
    """The records as they were read before spilling: every file's papers in one list, then merged."""
    raw = [p for path, source in corpus_files(paths) for p in read_file(path, source)[1]]
    return merge_papers(raw)[0]


def test_spilled_records_equal_the_in_memory_merge(sample_dir):
    records = read_corpus([sample_dir]).records
    expected = in_memory([sample_dir])
    assert len(records) == len(expected) == 389
    assert list(records) == expected
    assert list(records) == expected  # iterated again, from the same file
    assert records[5] == expected[5] and records[-1] == expected[-1] and records[10:13] == expected[10:13]
    subset = records.subset([7, 2, 300])
    assert len(subset) == 3 and list(subset) == [expected[7], expected[2], expected[300]]


def test_two_threads_iterate_at_once(sample_dir):
    records = read_corpus([sample_dir]).records
    seen: list[list] = [[], []]
    threads = [threading.Thread(target=lambda k=k: seen[k].extend(r.id for r in records)) for k in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert seen[0] == seen[1] == [r.id for r in in_memory([sample_dir])]


def test_gzip_stream_rejections(tmp_path):
    lines = [json.dumps(r).encode() for r in ROWS]
    bad = json.dumps({"title": "Caf\u00e9", "abstract": "x"}).encode().replace(b"\\u00e9", b"\xe9")
    data = b"\xef\xbb\xbf" + b"\n".join([lines[0], b'{"title": "Broken', b"", bad, b"[1, 2]", lines[1]]) + b"\r\n"
    gz = tmp_path / "papers.jsonl.gz"
    gz.write_bytes(gzip.compress(data))
    result = read_corpus([gz])
    assert [(x.source, x.line, x.reason) for x in result.rejections] == [
        ("papers.jsonl.gz", 2, "not valid JSON (Unterminated string starting at at column 11)"),
        ("papers.jsonl.gz", 4, "non-UTF-8 bytes in the line"),
        ("papers.jsonl.gz", 5, "not a JSON object")]
    assert [(r.title, r.sources) for r in result.records] == [
        (ROWS[0]["title"], ("papers.jsonl.gz:1",)), (ROWS[1]["title"], ("papers.jsonl.gz:6",))]
    assert result.layouts == {"papers.jsonl.gz": "jsonl"} and result.read == 2


def test_a_truncated_gzip_gives_none_of_its_papers(tmp_path, sample_dir):
    # the file's first papers were spilled and grouped (one is a duplicate of a sample paper, and gives it
    # an arXiv id) before the end of the stream was found missing: they are all taken back
    rows = [dict(ROWS[0], abstract=f"Abstract {i}. " * 20, title=f"Paper {i}") for i in range(3000)] + ROWS
    gz = tmp_path / "cut.jsonl.gz"
    gz.write_bytes(gzip.compress("\n".join(json.dumps(r) for r in ROWS + rows).encode())[:-20])
    result = read_corpus([sample_dir, gz])
    [rejection] = result.rejections
    assert (rejection.source, rejection.line) == ("cut.jsonl.gz", 0)
    assert rejection.reason.startswith("cannot read file (Compressed file ended before the end-of-stream")
    assert list(result.records) == in_memory([sample_dir])
    assert (result.read, result.duplicates, result.files[-1]) == (538, 149, "cut.jsonl.gz")


def test_csv_stream_flags_a_non_utf8_row_spanning_lines(tmp_path):
    p = tmp_path / "papers.csv"
    p.write_bytes(b'title,abstract\n"ViR: Vision Retention Networks","Vision Transformers\nand more."\n'
                  b'"Caf\xe9","An abstract\nover two lines."\n"Tiled Flash","Linear RNNs."\n')
    result = read_corpus([p])
    assert [str(x) for x in result.rejections] == ["papers.csv:4: non-UTF-8 bytes in the row"]
    assert [(r.title, r.sources) for r in result.records] == [
        ("ViR: Vision Retention Networks", ("papers.csv:2",)), ("Tiled Flash", ("papers.csv:6",))]
