"""The search index (kg.search_index): the rows of queries/search.rq, kept right by every kind of build.

The oracle is search.rq itself, run by pyoxigraph on the same store: the index must give exactly its rows
(and None, so that the query runs, when it cannot answer). Stores are built by the real pipeline from real
abstracts of the sample corpus.
"""
from __future__ import annotations

import dataclasses
import shutil
import sqlite3
from contextlib import closing

import pytest
from pyoxigraph import Literal, NamedNode, Quad, Store

from kg import queries, search_index
from kg.building import build
from kg.namespaces import DCTERMS, ID
from kg.store import compact, open_store

SEARCH = queries.load("search")


def by_query(store, text):
    """search.rq's rows, run by pyoxigraph."""
    return queries.execute(open_store(store), SEARCH.text, SEARCH.bind({"text": text}))


def by_index(store, text):
    return queries.indexed(SEARCH, SEARCH.bind({"text": text}), store)


# ---------------------------------------------------------------- the same rows as search.rq

# (text, rows, of which in_title): words across title and abstract, in titles only, of 1-2 characters,
# unicode (a capital Greek alpha in the text finds "PanGu-α:"), no match, and hostile to FTS5 and SPARQL
TEXTS = [
    ("Parallel REASONING", 34, 6),
    ("speculative decoding", 8, 6),
    ("taming", 2, 2),  # a word of titles only: no abstract of the sample corpus has it
    ("taming decoding", 1, 0),  # one word in the title, the other in the abstract
    ("nusax sentiment", 1, 1),
    ("kv cache", 12, 1),  # a word of 2 characters: found by the other, then checked
    ("a reasoning", 48, 16),
    ("PANGU-Α", 1, 1),
    ("naïve", 0, 0),
    ("the of and model large language models with", 140, 0),
    ('"a" OR title:*', 0, 0),
    ("'; DROP", 0, 0),
    ('AIME" } ; DROP ALL ; #', 0, 0),
    ('NEAR(att* ^abc -x it\'s "quoted"', 0, 0),
]


@pytest.mark.parametrize("text, rows, in_title", TEXTS)
def test_the_index_gives_the_rows_of_the_query(sample_store, text, rows, in_title):
    expected = by_query(sample_store, text)
    got = by_index(sample_store, text)
    assert got is not None  # the index answered: every text has a word of 3 characters or more
    assert (got.columns, got.rows) == (expected.columns, expected.rows)
    assert (len(got.rows), sum(r[3] for r in got.rows)) == (rows, in_title)


def test_words_of_fewer_than_three_characters_are_tested_on_every_paper_of_the_index(sample_store):
    got = by_index(sample_store, "of kv")
    assert got is not None and got.rows == by_query(sample_store, "of kv").rows and len(got.rows) == 14


def test_fts5_syntax_in_a_word_is_quoted():
    assert search_index.match_expression(['"a"', "or", "kv"]) == '"""a"""'
    assert search_index.match_expression(["title:*"]) == '"e:*" AND "itl" AND "le:" AND "tit" AND "tle"'


# ---------------------------------------------------------------- missing or stale: the query answers

@pytest.fixture
def sample_copy(sample_store, tmp_path):
    copy = tmp_path / "store"
    shutil.copytree(sample_store, copy)
    return copy


def test_a_missing_index_leaves_the_answer_to_the_query(sample_copy):
    (sample_copy / search_index.INDEX_FILE).unlink()
    assert by_index(sample_copy, "speculative decoding") is None
    assert queries.run("search", {"text": "speculative decoding"}, store=sample_copy).rows == by_query(
        sample_copy, "speculative decoding").rows


def test_a_store_written_by_other_means_makes_the_index_stale(sample_copy):
    assert search_index.is_fresh(sample_copy)
    store = Store(str(sample_copy))
    paper = NamedNode(ID + "paper/x:zebra")
    store.extend([Quad(paper, NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                       NamedNode("https://w3id.org/paper-kg/ontology#Paper")),
                  Quad(paper, NamedNode(DCTERMS + "identifier"), Literal("x:zebra")),
                  Quad(paper, NamedNode(DCTERMS + "title"), Literal("Zebra speculative decoding"))])
    del store
    assert not search_index.is_fresh(sample_copy) and by_index(sample_copy, "speculative decoding") is None
    rows = queries.run("search", {"text": "speculative decoding"}, store=sample_copy).rows
    assert ["x:zebra", "Zebra speculative decoding", None, True] in rows and len(rows) == 9


# ---------------------------------------------------------------- builds keep it right

@pytest.fixture(scope="module")
def four(sample_records):
    """Four real papers: ThreadWeaver, ATTS, Multiverse and Parallel-R1 (parallel reasoning)."""
    chosen = [r for r in sample_records if r.id in
              {"t:c65838fd39e8d183", "t:b601ad920fcc4d45", "t:b05acefdc9e07c32", "t:856af435c53a6bb7"}]
    assert len(chosen) == 4
    return sorted(chosen, key=lambda r: r.id)


@pytest.fixture(scope="module")
def four_store(four, tmp_path_factory):
    path = tmp_path_factory.mktemp("search") / "four"
    build([_jsonl(tmp_path_factory.mktemp("in"), four[:3])], path)
    return path


def _jsonl(folder, records):
    import json

    path = folder / "papers.jsonl"
    path.write_text("".join(json.dumps({"title": r.title, "abstract": r.abstract, "date": r.date}) + "\n"
                            for r in records), encoding="utf-8")
    return path


def _same(store, *texts):
    assert search_index.is_fresh(store)
    for text in texts:
        got, expected = by_index(store, text), by_query(store, text)
        assert got is not None and got.rows == expected.rows, text


@pytest.fixture
def store_copy(four_store, tmp_path):
    copy = tmp_path / "store"
    shutil.copytree(four_store, copy)
    return copy


def test_an_incremental_build_adds_and_replaces_papers(store_copy, four, tmp_path):
    changed = dataclasses.replace(four[0], abstract="Zygomorphic kernels for parallel reasoning.")
    assert by_index(store_copy, "parallel reasoning") is not None
    report = build([_jsonl(tmp_path, [changed, four[3]])], store_copy)
    assert (report.added, report.replaced) == (1, 1)
    _same(store_copy, "parallel reasoning", "zygomorphic", "reasoning")
    assert [r[0] for r in by_index(store_copy, "zygomorphic kernels").rows] == [changed.id]
    old_words = " ".join(four[0].abstract.split()[-3:])  # the end of the replaced abstract: gone
    assert by_index(store_copy, old_words).rows == by_query(store_copy, old_words).rows == []


def test_a_build_replacing_every_paper_rebuilds_the_index(store_copy, four, tmp_path):
    every = [dataclasses.replace(r, abstract=r.abstract + " Xylophone.") for r in four[:3]]
    report = build([_jsonl(tmp_path, every)], store_copy)
    assert report.replaced == 3
    _same(store_copy, "xylophone", "parallel reasoning")
    assert len(by_index(store_copy, "xylophone").rows) == 3


def test_compaction_keeps_the_index(store_copy):
    compact(store_copy)
    _same(store_copy, "parallel reasoning")


def test_a_build_without_an_index_writes_it_and_rebuild_writes_it_too(store_copy, four, tmp_path):
    (store_copy / search_index.INDEX_FILE).unlink()
    build([_jsonl(tmp_path, four[:1])], store_copy)  # nothing new: the index is rebuilt from the store
    _same(store_copy, "parallel reasoning", "speculative")
    (store_copy / search_index.INDEX_FILE).unlink()
    assert search_index.rebuild(store_copy) == 3
    _same(store_copy, "parallel reasoning")


def test_a_failed_build_leaves_the_index_as_it_was(store_copy, four, tmp_path):
    before = (store_copy / search_index.INDEX_FILE).read_bytes()

    def fail(stage, done, total):
        raise RuntimeError("interrupted")

    with pytest.raises(RuntimeError, match="interrupted"):
        build([_jsonl(tmp_path, [four[3]])], store_copy, progress=fail)
    assert (store_copy / search_index.INDEX_FILE).read_bytes() == before
    _same(store_copy, "parallel reasoning")
    assert not list(store_copy.parent.glob(".store.staging-*"))


def test_an_index_written_in_the_staging_copy_goes_when_the_build_fails(store_copy, four):
    from kg.store import staged_store

    before = (store_copy / search_index.INDEX_FILE).read_bytes()
    with pytest.raises(RuntimeError, match="after the index"):
        with staged_store(store_copy) as st, search_index.StagedIndex(store_copy) as index:
            index.update(st, [four[3]], new=False)
            index.wait()
            staged = index.file
            with closing(sqlite3.connect(staged)) as con:
                assert con.execute("SELECT id FROM paper ORDER BY id").fetchall() == [(r.id,) for r in four]
            raise RuntimeError("after the index was written")
    assert not staged.exists()
    assert (store_copy / search_index.INDEX_FILE).read_bytes() == before
    _same(store_copy, "parallel reasoning")


def test_the_api_answers_search_from_the_index_with_the_same_typed_frame(sample_store):
    import kg

    assert search_index.is_fresh(sample_store)
    from_index = kg.open(sample_store).query("search", text="speculative decoding")
    from_query = kg.KnowledgeGraph.from_store(open_store(sample_store)).query("search", text="speculative decoding")
    assert from_index.to_dict("list") == from_query.to_dict("list")
    assert list(from_index.dtypes.astype(str)) == list(from_query.dtypes.astype(str)) == ["str", "str", "object", "bool"]
    assert len(from_index) == 8 and str(from_index.date[5]) == "2025-10-15" and from_index.date[0] is None


def test_the_index_thread_yields_the_cpu_to_the_build():
    """The index thread lowers its own priority, not the build's (Linux: per thread)."""
    import os
    import threading

    from kg.search_index import _yield_cpu

    seen = {}

    def run():
        _yield_cpu(7)
        seen["thread"] = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    before = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    worker = threading.Thread(target=run)
    worker.start()
    worker.join()
    assert seen["thread"] == min(19, before + 7)
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == before
