"""Corpus readers on the real sample files, other layouts, and every kind of bad input."""
from __future__ import annotations

import gzip
import json
import shutil

import pytest

from extractors.readers import read_corpus
from extractors.readers.detect import detect_layout
from extractors.readers.decode import read_lines
from extractors.records import normalise_title, paper_id


def by_title(records, prefix):
    [r] = [r for r in records if r.title.startswith(prefix)]
    return r


def test_sample_corpus_has_389_distinct_papers(sample_dir):
    result = read_corpus([sample_dir])
    assert len(result.records) == 389
    assert result.rejections == []
    assert sum(1 for r in result.records if len({s.rsplit(":", 1)[0] for s in r.sources}) > 1) == 105
    assert result.read - result.duplicates == 389


def test_layouts_are_detected_from_content(sample_dir):
    layouts = read_corpus([sample_dir]).layouts
    assert [layouts[k] for k in sorted(layouts)] == ["hf-dense", "hf-listing", "hf-listing", "hf-dense", "hf-dense"]


def test_listing_fields(sample_records):
    r = by_title(sample_records, "Tiled Flash Linear Attention")
    assert r.title == "Tiled Flash Linear Attention: More Efficient Linear RNN and xLSTM Kernels"
    assert r.abstract.startswith("Linear RNNs with gating recently demonstrated competitive performance")
    assert r.abstract.endswith("efficient long-context sequence modeling primitives.")
    assert (r.date, r.author_count, r.upvotes, r.organisation) == ("2025-03-18", 4, None, None)
    assert r.sources == ("hf-daily-papers/001_56a51adbb3ae61c1.txt:13",)

    r = by_title(sample_records, "ViR: Vision Retention Networks")
    assert (r.date, r.author_count, r.upvotes) == ("2023-10-30", 3, 1)


def test_listing_organisation_and_merge_across_layouts(sample_records):
    r = by_title(sample_records, "Parallel-R1: Towards Parallel Thinking")
    assert r.organisation == "tencent Tencent"
    assert (r.date, r.upvotes) == ("2025-09-09", 3)
    assert r.sources == ("hf-daily-papers/000_bc9854fcf01771d3.txt:29",
                         "hf-daily-papers/001_56a51adbb3ae61c1.txt:97",
                         "hf-daily-papers/002_44d9f61f15a58847.txt:129")


def test_date_without_year_takes_the_page_year(sample_records):
    # "Feb 9 2" on a page dated "Apr 13" whose latest dated paper is from Nov 2025: Feb 9, 2026, 2 upvotes
    feb9 = [r for r in sample_records if r.date == "2026-02-09"]
    assert len(feb9) == 1 and feb9[0].upvotes == 2
    assert all(r.date is None or r.date <= "2026-04-15" for r in sample_records)


def test_dense_first_title_is_unglued_from_subscribe(sample_records):
    r = by_title(sample_records, "XLand-MiniGrid")
    assert r.title == "XLand-MiniGrid: Scalable Meta-Reinforcement Learning Environments in JAX"
    assert r.abstract.startswith("We present XLand-MiniGrid, a suite of tools")
    assert (r.date, r.author_count, r.upvotes) == (None, None, None)


def test_paper_ids_are_deterministic(sample_dir):
    a = [r.id for r in read_corpus([sample_dir]).records]
    b = [r.id for r in read_corpus([sample_dir]).records]
    assert a == b and len(set(a)) == 389
    r = read_corpus([sample_dir]).records[0]
    assert r.id == paper_id(r.title) == "t:" + __import__("hashlib").sha1(
        normalise_title(r.title).encode()).hexdigest()[:16]


JSONL_ROWS = [
    {"title": "Tiled Flash Linear Attention: More Efficient Linear RNN and xLSTM Kernels",
     "abstract": "Linear RNNs with gating recently demonstrated competitive performance.", "arxiv_id": "2503.14376",
     "date": "2025-03-18", "authors": ["Maximilian Beck", "Korbinian Pöppel"], "upvotes": 7},
    {"title": "ViR: Vision Retention Networks", "abstract": "Vision Transformers (ViTs) have attracted a lot."},
]


def write_jsonl(path, rows, extra_lines=()):
    lines = [json.dumps(r, ensure_ascii=False) for r in rows] + list(extra_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_jsonl_gzip_and_merge_with_listing(tmp_path, sample_dir):
    gz = tmp_path / "papers.jsonl.gz"
    with gzip.open(gz, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(json.dumps(r) for r in JSONL_ROWS) + "\n")
    result = read_corpus([sample_dir, gz])
    assert len(result.records) == 389 and result.layouts["papers.jsonl.gz"] == "jsonl"
    r = by_title(result.records, "Tiled Flash Linear Attention")
    # the arXiv id from the JSONL names the merged paper; the listing's longer abstract wins
    assert r.id == "arxiv:2503.14376" and r.arxiv_id == "2503.14376"
    assert r.authors == ("Maximilian Beck", "Korbinian Pöppel") and r.author_count == 4 and r.upvotes == 7
    assert r.abstract.endswith("sequence modeling primitives.")
    assert r.sources == ("hf-daily-papers/001_56a51adbb3ae61c1.txt:13", "papers.jsonl.gz:1")


def test_csv(tmp_path):
    p = tmp_path / "papers.csv"
    p.write_text('Title,Abstract,arxiv_id\n"ViR: Vision Retention Networks","Vision Transformers, i.e.\nViTs.",'
                 '2311.00001\nNo abstract here,,\n', encoding="utf-8")
    result = read_corpus([p])
    assert result.layouts["papers.csv"] == "csv"
    [r] = result.records
    assert (r.title, r.abstract, r.id) == ("ViR: Vision Retention Networks", "Vision Transformers, i.e. ViTs.",
                                          "arxiv:2311.00001")
    assert [str(x) for x in result.rejections] == ["papers.csv:4: no abstract"]


def test_bad_jsonl_lines_are_reported_and_skipped(tmp_path):
    p = tmp_path / "bad.jsonl"
    write_jsonl(p, JSONL_ROWS, ['{"title": "Broken', '{"abstract": "An abstract without a title."}', "[1, 2]"])
    result = read_corpus([p])
    assert len(result.records) == 2
    msgs = [str(x) for x in result.rejections]
    assert msgs[0].startswith("bad.jsonl:3: not valid JSON")
    assert msgs[1:] == ["bad.jsonl:4: no title", "bad.jsonl:5: not a JSON object"]


def test_non_utf8_bytes_cost_one_record(tmp_path):
    p = tmp_path / "latin1.jsonl"
    good = json.dumps(JSONL_ROWS[1]).encode()
    bad = json.dumps({"title": "Caf\u00e9", "abstract": "x"}).encode().replace(b"\\u00e9", b"\xe9")
    p.write_bytes(good + b"\n" + bad + b"\n")
    result = read_corpus([p])
    assert [r.title for r in result.records] == ["ViR: Vision Retention Networks"]
    assert [str(x) for x in result.rejections] == ["latin1.jsonl:2: non-UTF-8 bytes in the line"]


def test_empty_and_unknown_files(tmp_path, sample_dir):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "notes.txt").write_text("Just some notes.\nNothing like a paper listing.\n")
    corpus = tmp_path / "corpus"
    shutil.copytree(sample_dir, corpus)
    result = read_corpus([tmp_path / "empty.txt", tmp_path / "notes.txt", corpus])
    assert len(result.records) == 389
    assert [str(x) for x in result.rejections] == [
        "empty.txt: empty file",
        "notes.txt:1: no known layout (expected JSON Lines, CSV with title and abstract columns, "
        "or a Hugging Face Daily Papers listing)"]


def test_truncated_listing_block(tmp_path, sample_dir):
    src = (sample_dir / "001_56a51adbb3ae61c1.txt").read_text(encoding="utf-8")
    cut = src[: src.index("Linear RNNs with gating")]  # ends right after the first block's title
    p = tmp_path / "cut.txt"
    p.write_text(cut + "\n", encoding="utf-8")
    q = tmp_path / "cut-middle.txt"
    lines = src.split("\n")
    del lines[22]  # the abstract of "ViR: Vision Retention Networks" (line 23)
    q.write_text("\n".join(lines), encoding="utf-8")
    result = read_corpus([p, q])
    msgs = [str(x) for x in result.rejections]
    assert msgs == ["cut.txt:13: title 'Tiled Flash Linear Attention: More Efficient Linear RNN and ' "
                    "has no abstract (truncated record)",
                    "cut-middle.txt:21: title 'ViR: Vision Retention Networks' has no abstract (truncated record)"]
    assert len(result.records) == 49  # the 50 papers of the page less the cut one


def test_detect_layout_ignores_the_file_name(tmp_path, sample_dir):
    p = tmp_path / "listing.jsonl"
    shutil.copy(sample_dir / "002_44d9f61f15a58847.txt", p)
    assert detect_layout(read_lines(p, p.name)) == "hf-listing"


def test_missing_path_is_reported(tmp_path):
    result = read_corpus([tmp_path / "nope.jsonl"])
    assert [str(x) for x in result.rejections] == ["nope.jsonl: no such file"]
