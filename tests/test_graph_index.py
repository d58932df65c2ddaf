"""The graph index (kg.graph_index): the rows of methods-co-occurring.rq and conflicting-claims.rq, kept right
by every kind of build.

The oracle is each .rq itself, run by pyoxigraph on the same store: the index must give exactly its rows
(and None, so that the query runs, when it cannot answer). Stores are built by the real pipeline from real
abstracts of the sample corpus; the sample corpus has no conflicting claims, so two of its papers also
come as a second paper reporting another number (a new title: another paper).
"""
from __future__ import annotations

import dataclasses
import json
import shutil

import pytest
from pyoxigraph import Literal, NamedNode, Quad, Store

from kg import graph_index, queries, search_index
from kg.building import build
from kg.namespaces import DCTERMS, ID
from kg.store import compact, open_store

CO = queries.load("methods-co-occurring")
CONFLICTS = queries.load("conflicting-claims")


def by_query(store, query, params):
    """The .rq's rows, run by pyoxigraph."""
    return queries.execute(open_store(store), query.text, query.bind(params))


def by_index(store, query, params):
    return queries.indexed(query, query.bind(params), store)


def same(store, query, params):
    """The index answers, with the .rq's rows; returns them."""
    got, expected = by_index(store, query, params), by_query(store, query, params)
    assert got is not None, params
    assert (got.columns, got.rows) == (expected.columns, expected.rows), params
    return got.rows


# ---------------------------------------------------------------- methods-co-occurring on the sample corpus

# (method, type, limit, rows): frequent and rare families, limits that cut through ties, a name no node has,
# other types than methods and concepts (a limit of 1 on GPU's 5 papers: the query's cut-off at 5 applies)
METHODS = [
    ("reinforcement learning", "", 20, 20),
    ("reinforcement learning", "", 3, 3),
    ("RL", "", 7, 7),
    ("speculative decoding", "", 20, 20),
    ("chain-of-thought", "", 5, 5),
    ("LoRA", "", 20, 9),
    ("GRPO", "", 100, 8),
    ("transformer", "", 1, 1),
    ("no such method at all", "", 20, 0),
    ("reinforcement learning", "hardware", 1, 1),
    ("reinforcement learning", "dataset", 20, 17),
    ("parallel decoding", "dataset", 20, 4),
    ("GRPO", "model", 20, 0),
]


@pytest.mark.parametrize("method, type_, limit, rows", METHODS)
def test_co_occurring_methods_are_the_rows_of_the_query(sample_store, method, type_, limit, rows):
    assert len(same(sample_store, CO, {"method": method, "type": type_, "limit": limit})) == rows


def test_co_occurring_counts_come_from_the_papers_of_the_family(sample_store):
    rows = same(sample_store, CO, {"method": "GRPO", "limit": 100})
    assert rows[0][2] >= rows[-1][2] >= 1 and {r[1] for r in rows} <= {"method", "concept"}


# ---------------------------------------------------------------- a store with conflicting claims

PAREVO, PARALLEL_R1 = "t:d0e05706bb7232ef", "t:856af435c53a6bb7"


def _jsonl(folder, records, name="papers.jsonl"):
    path = folder / name
    path.write_text("".join(json.dumps({"title": r.title, "abstract": r.abstract, "date": r.date}) + "\n"
                            for r in records), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def papers(sample_records):
    """ParEVO and Parallel-R1 (several speedup and accuracy claims on named benchmarks), ThreadWeaver, and
    a second paper of each of the first two that reports other numbers."""
    chosen = {r.id: r for r in sample_records if r.id in {PAREVO, PARALLEL_R1, "t:c65838fd39e8d183"}}
    parevo, r1 = chosen[PAREVO], chosen[PARALLEL_R1]
    again = [dataclasses.replace(parevo, id="", title=parevo.title + ": a replication",
                                 abstract=parevo.abstract.replace("106x", "97x").replace("13.6x", "12.9x")),
             dataclasses.replace(r1, id="", title=r1.title + ": a replication",
                                 abstract=r1.abstract.replace("8.4%", "7.7%"))]
    return [*sorted(chosen.values(), key=lambda r: r.id), *again]


@pytest.fixture(scope="module")
def conflict_store(papers, tmp_path_factory):
    path = tmp_path_factory.mktemp("graph") / "store"
    build([_jsonl(tmp_path_factory.mktemp("in"), papers)], path)
    return path


@pytest.fixture
def store_copy(conflict_store, tmp_path):
    copy = tmp_path / "store"
    shutil.copytree(conflict_store, copy)
    return copy


def test_conflicting_claims_are_the_rows_of_the_query(conflict_store):
    rows = same(conflict_store, CONFLICTS, {})
    # ParEVO: the speedups one paper reports (106x, 1103x, 13.6x) against those of the other (97x, 1103x,
    # 12.9x) that it does not report itself (1103x is in both: no conflict, nor with any other value);
    # Parallel-R1: 8.4% against 7.7% on AIME, AMC23 and MATH
    assert len(rows) == 7
    assert sorted(tuple(sorted((r[6], r[8]))) for r in rows if r[0] == "ParEVO") == [
        (12.9, 13.6), (12.9, 106.0), (13.6, 97.0), (97.0, 106.0)]
    assert [(r[0], r[1], r[2], r[3], r[4]) for r in rows][-3:] == [("Parallel-R1", b, "improvement", "accuracy", "%")
                                                                   for b in ("AIME", "AMC 2023", "MATH")]
    assert {(r[6], r[8]) for r in rows if r[0] == "Parallel-R1"} == {(8.4, 7.7)}


def test_conflicting_claims_that_tie_but_for_their_sentences_come_in_the_order_of_the_query(papers, tmp_path):
    """A paper that reports the same number twice, in two sentences, gives two rows that differ only in
    their sentence: the index and the .rq order them alike (the ORDER BY reaches every column)."""
    twice = dataclasses.replace(papers[-2], abstract=papers[-2].abstract.replace(
        "Source code", "On the ParEval benchmark, the agent again achieves an average 97x speedup. Source code"))
    path = tmp_path / "store"
    build([_jsonl(tmp_path, [p for p in papers if p.id == PAREVO] + [twice])], path)
    rows = same(path, CONFLICTS, {})
    tied = [r for r in rows if (r[6], r[8]) in {(106.0, 97.0), (97.0, 106.0)}]
    assert len(tied) == 2 and tied[0][:9] == tied[1][:9] and tied[0][9:] != tied[1][9:]


def test_co_occurring_methods_on_the_small_store(conflict_store):
    for method in ("reinforcement learning", "RL", "large language models", "ParEVO"):
        for limit in (1, 20):
            same(conflict_store, CO, {"method": method, "limit": limit})


# ---------------------------------------------------------------- builds keep it right

def test_an_incremental_build_replaces_and_adds_papers(store_copy, papers, sample_records, tmp_path):
    parevo, replication = next(r for r in papers if r.id == PAREVO), papers[3]  # (the ParEVO replication)
    # replaced: it now reports ParEVO's own numbers but one, and names two more methods
    changed = dataclasses.replace(replication, abstract=parevo.abstract.replace("1103x", "1200x")
                                  + " We use reinforcement learning and speculative decoding.")
    attts = next(r for r in sample_records if r.id == "t:b601ad920fcc4d45")
    report = build([_jsonl(tmp_path, [changed, attts])], store_copy)
    assert (report.added, report.replaced) == (1, 1)
    assert graph_index.is_fresh(store_copy)
    rows = same(store_copy, CONFLICTS, {})
    parevo = [(r[6], r[8]) for r in rows if r[0] == "ParEVO"]
    # 97x and 12.9x are gone; of 106x, 1200x, 13.6x against 106x, 1103x, 13.6x only 1200x and 1103x are
    # not reported by both
    assert sorted(tuple(sorted(pair)) for pair in parevo) == [(1103.0, 1200.0)]
    for method in ("reinforcement learning", "speculative decoding", "RL"):
        same(store_copy, CO, {"method": method, "limit": 20})


def test_a_build_replacing_every_paper_rebuilds_the_index(store_copy, papers, tmp_path):
    every = [dataclasses.replace(r, abstract=r.abstract + " We use speculative decoding.") for r in papers]
    assert build([_jsonl(tmp_path, every)], store_copy).replaced == len(papers)
    assert len(same(store_copy, CONFLICTS, {})) == 7
    same(store_copy, CO, {"method": "speculative decoding"})


def test_a_pruning_build_removes_the_rows_of_the_papers_it_removes(store_copy, papers, tmp_path):
    """Without the two replications no two papers report on the same benchmark: no conflicting claims."""
    report = build([_jsonl(tmp_path, papers[:3])], store_copy, prune=True)
    assert (report.unchanged, report.pruned) == (3, 2) and graph_index.is_fresh(store_copy)
    assert same(store_copy, CONFLICTS, {}) == []
    assert len(same(store_copy, CO, {"method": "reinforcement learning"})) > 0


def test_compaction_keeps_the_index(store_copy):
    compact(store_copy)
    assert graph_index.is_fresh(store_copy)
    same(store_copy, CONFLICTS, {})


def test_a_build_without_an_index_writes_it_and_rebuild_writes_it_too(store_copy, papers, tmp_path):
    (store_copy / graph_index.INDEX_FILE).unlink()
    assert by_index(store_copy, CONFLICTS, {}) is None
    build([_jsonl(tmp_path, papers[:1])], store_copy)  # nothing new: the index is read from the store
    assert len(same(store_copy, CONFLICTS, {})) == 7
    (store_copy / graph_index.INDEX_FILE).unlink()
    assert graph_index.rebuild(store_copy) > 0
    assert len(same(store_copy, CONFLICTS, {})) == 7
    same(store_copy, CO, {"method": "RL", "limit": 5})


def test_a_store_written_by_other_means_makes_the_index_stale(store_copy):
    store = Store(str(store_copy))
    paper = NamedNode(ID + "paper/x:zebra")
    store.add(Quad(paper, NamedNode(DCTERMS + "identifier"), Literal("x:zebra")))
    del store
    assert not graph_index.is_fresh(store_copy)
    assert by_index(store_copy, CONFLICTS, {}) is None and by_index(store_copy, CO, {"method": "RL"}) is None
    # the library runs the .rq instead: same rows
    assert queries.run("conflicting-claims", {}, store=store_copy).rows == by_query(store_copy, CONFLICTS, {}).rows


def test_a_failed_build_leaves_the_index_as_it_was(store_copy, papers, tmp_path):
    before = (store_copy / graph_index.INDEX_FILE).read_bytes()

    def fail(stage, done, total):
        raise RuntimeError("interrupted")

    changed = dataclasses.replace(papers[3], abstract=papers[3].abstract.replace("97x", "1x"))
    with pytest.raises(RuntimeError, match="interrupted"):
        build([_jsonl(tmp_path, [changed])], store_copy, progress=fail)
    assert (store_copy / graph_index.INDEX_FILE).read_bytes() == before
    assert len(same(store_copy, CONFLICTS, {})) == 7


def test_the_api_answers_from_the_index_with_the_same_frame(conflict_store):
    import kg

    from_index = kg.open(conflict_store).query("conflicting-claims")
    from_query = kg.KnowledgeGraph.from_store(open_store(conflict_store)).query("conflicting-claims")
    assert from_index.to_dict("list") == from_query.to_dict("list") and len(from_index) == 7
    assert list(from_index.dtypes.astype(str)) == list(from_query.dtypes.astype(str))


def test_the_rows_parsed_from_the_loaded_quads_are_the_stores(conflict_store, sample_store):
    """A build writes the rows from the N-Quads it loads; rebuild reads them from the store: the same."""
    import sqlite3
    from array import array
    from contextlib import closing

    for store in (conflict_store, sample_store):
        with closing(sqlite3.connect(store / graph_index.INDEX_FILE)) as con:
            iri = dict(con.execute("SELECT id, iri FROM term"))
            mentions = {(iri[p], iri[n]) for p, nodes in con.execute("SELECT id, nodes FROM paper")
                        for n in array(graph_index.NODE_ARRAY, nodes)}
            by_node = {(iri[p], iri[n]) for n, p in con.execute("SELECT node, paper FROM mention")}
            claims = {tuple(iri[t] for t in row) for row in con.execute(
                "SELECT paper, claim, subject, dataset, measure, kind FROM claim")}
        from_store = graph_index.rows_of_store(open_store(store))
        assert mentions == by_node == set(from_store[0]) and len(mentions) > 50
        assert claims == set(from_store[1])
    assert len(claims) == 58  # the sample corpus: its claims with a subject, benchmark, measure and kind


def test_the_rows_the_workers_write_are_those_parsed_from_their_quads(sample_records, papers):
    """Workers write a batch's rows with its N-Quads (kg.workers.Batch.links), so that the build's process
    need not parse them: the same rows, in the same order (the index numbers terms in order of arrival)."""
    from extractors.extract import extract_many
    from kg import workers

    batch = workers.records_to_nquads(sample_records, "2026-01-01T00:00:00Z", facts=True)
    assert batch.links == graph_index.rows_of_nquads(batch.nquads)
    # mentions, claims, and the typed relations (every mention but the methods and models papers propose)
    assert tuple(len(rows) for rows in batch.links) == (2583, 58, 2318)
    assert {t for _, _, t in batch.links[2]} == {"method", "model", "dataset", "task", "hardware", "concept"}
    # measures that N-Quads escapes, and a benchmark two of a claim's labels resolve to (one quad, one row)
    [x] = extract_many(papers[:1])
    claims = [dataclasses.replace(c, measure=f'{c.measure} "top-1"\\ \n', datasets=[*c.datasets, *(d.upper() for d in c.datasets)])
              for c in x.claims]
    links: tuple[list, list, list] = ([], [], [])
    from kg.builder import paper_nquads
    lines = paper_nquads(papers[0], dataclasses.replace(x, claims=claims), "2026-01-01T00:00:00Z", links=links)
    assert links == graph_index.rows_of_nquads("".join(lines).encode()) and len(links[1]) == 4
    assert links[1][0][4].endswith(' "top-1"\\ \n')


def test_kg_index_rebuilds_a_missing_index_and_leaves_a_fresh_one(sample_store, tmp_path):
    from typer.testing import CliRunner

    from kg.cli import app

    store = tmp_path / "store"
    shutil.copytree(sample_store, store)
    (store / graph_index.INDEX_FILE).unlink()
    assert by_index(store, CO, {"method": "RL", "limit": 5}) is None
    res = CliRunner().invoke(app, ["index", "--store", str(store)])
    assert res.exit_code == 0, res.output
    lines = res.output.splitlines()
    assert lines[0] == "kg-search.sqlite: up to date"
    assert lines[1].startswith("kg-graph.sqlite: missing, rebuilt from the store in ") and lines[1].endswith(
        " s (2,583 mentions)") and len(lines) == 2
    assert graph_index.is_fresh(store) and len(same(store, CO, {"method": "RL", "limit": 5})) == 5
    res = CliRunner().invoke(app, ["index", "--store", str(store)])
    assert res.output.splitlines() == ["kg-search.sqlite: up to date", "kg-graph.sqlite: up to date"]
    # a store written by other means: both are stale (the search index has one paper more)
    written = Store(str(store))
    paper = NamedNode(ID + "paper/x:zebra")
    written.add(Quad(paper, NamedNode(DCTERMS + "identifier"), Literal("x:zebra")))
    del written
    res = CliRunner().invoke(app, ["index", "--store", str(store)])
    assert [line.split(" in ")[0] + line[line.index(" s ("):] for line in res.output.splitlines()] == [
        "kg-search.sqlite: stale, rebuilt from the store s (389 papers)",
        "kg-graph.sqlite: stale, rebuilt from the store s (2,583 mentions)"]
    assert graph_index.is_fresh(store) and search_index.is_fresh(store)
    res = CliRunner().invoke(app, ["index", "--store", str(tmp_path / "nothing")])
    assert res.exit_code == 1 and "no knowledge graph store at" in res.output
