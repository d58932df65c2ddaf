"""The query library (queries/*.rq), its runner (kg.queries) and `kg query` / `kg queries` / `kg sparql`.

Every library query runs on a small store built by the real pipeline (``kg.building.build``: reader ->
extractors -> builder -> entity labels) from a few real abstracts of the sample corpus, chosen so that each
query has something to find and something to leave out. Rows are compared exactly on the columns the
question is about (paper, value, unit, benchmark ...); the long free-text columns are checked where they
matter (the sentence of a speedup).
"""
from __future__ import annotations

import json
import time

import pytest
from typer.testing import CliRunner

from kg import queries
from kg.building import build
from kg.cli import app
from kg.queries import ParameterError, QueryError, QuerySyntaxError, QueryTimeout, UnknownQuery
from kg.store import open_store

ISSUE_QUERIES = {"speedups-on-benchmark", "claims-on-benchmark", "papers-evaluated-on", "papers-using-model",
                 "papers-proposing", "papers-on-hardware", "compared-against", "top-claims", "method-profile",
                 "benchmarks-most-used", "models-most-used", "methods-co-occurring", "conflicting-claims",
                 "claims-timeline", "search", "entity-aliases"}
INJECTION = 'AIME" } ; DROP ALL ; #'

# paper ids of the sample corpus (no arXiv ids there: t:<sha1 of the normalised title>)
THREADWEAVER = "t:c65838fd39e8d183"
ATTS = "t:b601ad920fcc4d45"
MULTIVERSE = "t:b05acefdc9e07c32"
SCALE = "t:bb17f40b1c27e040"
PARALLEL_R1 = "t:856af435c53a6bb7"
KINETICS = "t:dbcaff24449f48f7"
TFLA = "t:1e8487d29013c435"
JACOBI = "t:b24ef0b5963dec44"
XLAND = "t:4a363a2de9078ce0"
SEESAW = "t:28b473cae4de562e"
FASTSWITCH = "t:8a33c1a18303be60"
SMALL = {THREADWEAVER, ATTS, MULTIVERSE, SCALE, PARALLEL_R1, KINETICS, TFLA, JACOBI, XLAND, SEESAW, FASTSWITCH}

ATTS_SENTENCE = ("Across experiments on the MATH, AMC23, AIME24, and AIME25 datasets and across multiple "
                 "draft-target model families, we show that ATTS delivers up to 56.7x speedup in test-time scaling "
                 "and a 4.14x throughput improvement, while maintaining accurate control of the rejection rate, "
                 "reducing latency and memory overhead, and incurring no accuracy loss.")
THREADWEAVER_SENTENCE = ("Across six challenging mathematical reasoning benchmarks, ThreadWeaver trained atop Qwen3-8B "
                         "achieves accuracy comparable to cutting-edge sequential reasoning models (71.9% on average "
                         "and 79.9% on AIME24) while delivering up to 1.53x average speedup in token latency, "
                         "establishing a new Pareto frontier between accuracy and efficiency.")


def _write_jsonl(path, records) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps({"title": r.title, "abstract": r.abstract, "date": r.date,
                                 "authors": list(r.authors), "organisation": r.organisation,
                                 "upvotes": r.upvotes}) + "\n")


@pytest.fixture(scope="module")
def small_store(sample_records, tmp_path_factory):
    """Eleven real abstracts of the sample corpus through the whole pipeline into an on-disk store."""
    import os

    os.environ.setdefault("SOURCE_DATE_EPOCH", "1767225600")
    chosen = [r for r in sample_records if r.id in SMALL]
    assert {r.id for r in chosen} == SMALL
    folder = tmp_path_factory.mktemp("queries")
    _write_jsonl(folder / "small.jsonl", chosen)
    build([folder / "small.jsonl"], folder / "store")
    return folder / "store"


def run(store, query, /, **params):
    return queries.run(query, params, store=store)


def cols(result, *names):
    """The rows restricted to ``names``; a "; "-joined cell (GROUP_CONCAT, given sorted) becomes a tuple."""
    idx = [result.columns.index(n) for n in names]
    out = []
    for row in result.rows:
        out.append(tuple(tuple(row[i].split("; ")) if isinstance(row[i], str) and "; " in row[i]
                         else row[i] for i in idx))
    return out


# ---------------------------------------------------------------- the library itself

def test_library_has_every_issue_query_documented():
    lib = queries.library()
    assert set(lib) == ISSUE_QUERIES
    for name, q in lib.items():
        assert q.title and q.description, name
        assert q.example.startswith(f"kg query {name}"), name
        assert "substitutions" not in q.text  # parameters are bound, never formatted in
    assert [p.usage() for p in lib["claims-on-benchmark"].parameters] == [
        "benchmark (entity, required)", 'kind (kind, default "")']
    assert lib["top-claims"].limit_per == "claim_unit"


def _example_params(example: str) -> dict[str, str]:
    import shlex

    words = shlex.split(example)
    return dict(w.split("=", 1) for prev, w in zip(words, words[1:]) if prev in ("--param", "-p"))


@pytest.mark.parametrize("name", sorted(ISSUE_QUERIES))
def test_every_example_runs(small_store, name):
    q = queries.load(name)
    result = run(small_store, name, **_example_params(q.example))
    # parameters are projected for pyoxigraph's substitution but never shown
    assert not set(result.columns) & {p.name for p in q.parameters}
    assert not [c for c in result.columns if c.endswith("_iri")]


def test_header_errors_name_the_file():
    with pytest.raises(QueryError, match="x.rq: the header has no @description"):
        queries.parse("# @title T\nSELECT * {}", "x.rq")
    with pytest.raises(QueryError, match="unknown type 'float'"):
        queries.parse("# @title T\n# @description D\n# @param n: float  a number\nSELECT ?n {}", "y")


# ---------------------------------------------------------------- errors and safety

def test_unknown_query_lists_the_valid_names(small_store):
    with pytest.raises(UnknownQuery) as exc:
        run(small_store, "speedups")
    assert "no query named 'speedups'" in str(exc.value)
    assert "speedups-on-benchmark" in str(exc.value) and "top-claims" in str(exc.value)


def test_missing_unknown_and_bad_parameters_are_explained(small_store):
    with pytest.raises(ParameterError, match=r"needs --param benchmark=VALUE; its parameters: benchmark \(entity"):
        run(small_store, "speedups-on-benchmark")
    with pytest.raises(ParameterError, match=r"has no parameter 'bench'; its parameters: benchmark"):
        run(small_store, "speedups-on-benchmark", bench="AIME")
    with pytest.raises(ParameterError, match="valid values: speedup, reduction, improvement"):
        run(small_store, "claims-on-benchmark", benchmark="AIME", kind="faster")
    with pytest.raises(ParameterError, match="limit must be a positive integer"):
        run(small_store, "top-claims", limit="ten")
    with pytest.raises(ParameterError, match="at most 8 words"):
        run(small_store, "search", text="a b c d e f g h i")
    with pytest.raises(ParameterError, match="takes no parameters"):
        run(small_store, "conflicting-claims", limit="3")


def test_sparql_in_a_parameter_is_just_a_name_that_matches_nothing(small_store):
    before = len(open_store(small_store))
    assert run(small_store, "speedups-on-benchmark", benchmark=INJECTION).rows == []
    assert run(small_store, "entity-aliases", name=INJECTION).rows == []
    assert run(small_store, "search", text=INJECTION).rows == []
    assert run(small_store, "claims-on-benchmark", benchmark="AIME", kind="").rows  # the store still answers
    assert len(open_store(small_store)) == before


def test_a_query_running_too_long_is_stopped(small_store):
    endless = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    clock = time.monotonic()
    with pytest.raises(QueryTimeout, match=r"stopped after 1 s \(the time limit\); allow more with --timeout"):
        queries.run_sparql(endless, store=small_store, timeout=1)
    assert time.monotonic() - clock < 15  # stopped, not run to the end (hours)


def test_raw_sparql_errors_and_ask(small_store, tmp_path):
    with pytest.raises(QuerySyntaxError, match="not valid SPARQL"):
        queries.run_sparql("SELECT ?x WHERE { ?x", store=small_store)
    ask = queries.run_sparql("ASK { ?p a pkg:Paper }", store=small_store)
    assert (ask.columns, ask.rows) == (["result"], [[True]])
    with pytest.raises(QueryError, match="no knowledge graph store at"):
        queries.run_sparql("ASK {}", store=tmp_path / "missing")


# ---------------------------------------------------------------- each library query

def test_speedups_on_benchmark_reaches_every_variant_of_the_family(small_store):
    result = run(small_store, "speedups-on-benchmark", benchmark="AIME")
    assert cols(result, "paper", "value", "unit", "datasets", "sentence") == [
        (ATTS, 56.7, "x", ("AIME 2024", "AIME 2025"), ATTS_SENTENCE),
        (ATTS, 4.14, "x", ("AIME 2024", "AIME 2025"), ATTS_SENTENCE),
        (THREADWEAVER, 1.53, "x", "AIME 2024", THREADWEAVER_SENTENCE)]
    # any spelling of a member reaches it: label case-insensitively, or the slug
    for name in ("aime24", "AIME 2024"):
        assert [r[0] for r in cols(run(small_store, "speedups-on-benchmark", benchmark=name), "paper")] == [
            ATTS, ATTS, THREADWEAVER]
    assert [r[0] for r in cols(run(small_store, "speedups-on-benchmark", benchmark="aime-2025"), "paper")] == [ATTS] * 2
    # Multiverse's 2x and Jacobi decoding's 2x speedups are not on AIME; nothing is on GSM8K here
    assert run(small_store, "speedups-on-benchmark", benchmark="GSM8K").rows == []


def test_claims_on_benchmark_filters_by_kind(small_store):
    improvements = run(small_store, "claims-on-benchmark", benchmark="AIME", kind="improvement")
    assert cols(improvements, "paper", "claim_kind", "value", "unit") == [
        (PARALLEL_R1, "improvement", 8.4, "%"), (PARALLEL_R1, "improvement", 42.9, "%"),
        (KINETICS, "improvement", 60.0, "pp"), (KINETICS, "improvement", 5.0, "pp")]
    every = run(small_store, "claims-on-benchmark", benchmark="AIME")
    assert {r[0] for r in cols(every, "claim_kind")} >= {"improvement", "score", "speedup"}
    assert {r[0] for r in cols(every, "paper")} == {ATTS, MULTIVERSE, SCALE, PARALLEL_R1, KINETICS, THREADWEAVER}


def test_papers_evaluated_on_a_family(small_store):
    result = run(small_store, "papers-evaluated-on", dataset="aime")
    assert cols(result, "paper", "datasets") == [
        (PARALLEL_R1, ("AIME", "AIME 2025")), (MULTIVERSE, ("AIME 2024", "AIME 2025")),
        (ATTS, ("AIME", "AIME 2024", "AIME 2025")),
        (SCALE, "AIME 2025"), (THREADWEAVER, "AIME 2024"), (KINETICS, "AIME")]
    # Multiverse's "AIME24 & 25" names AIME 2025 too
    assert [r[0] for r in cols(run(small_store, "papers-evaluated-on", dataset="AIME25"), "paper")] == [
        PARALLEL_R1, MULTIVERSE, ATTS, SCALE]


def test_papers_using_model_reaches_sizes_of_a_family(small_store):
    for name in ("Qwen3", "qwen3-8b"):
        result = run(small_store, "papers-using-model", model=name)
        assert cols(result, "paper", "models", "relations") == [(THREADWEAVER, "Qwen3-8B", "uses")]
    proposed = run(small_store, "papers-using-model", model="Multiverse")
    assert cols(proposed, "paper", "models", "relations") == [
        (MULTIVERSE, ("Multiverse", "Multiverse-32B"), "proposes")]


def test_papers_proposing_by_type(small_store):
    models = run(small_store, "papers-proposing", type="model")
    assert cols(models, "paper", "name") == [(MULTIVERSE, "Multiverse"), (MULTIVERSE, "Multiverse-32B")]
    everything = run(small_store, "papers-proposing")
    assert (SEESAW, "Seesaw") in cols(everything, "paper", "name")
    assert (TFLA, "Tiled Flash Linear Attention") in cols(everything, "paper", "name")


def test_papers_proposing_newest_first_up_to_the_limit(small_store):
    """Newest papers first, undated last (then by id); the limit applies to rows. With 4 or 12 rows the 31
    days up to the newest paper's date hold too few proposing papers: every proposal is read."""
    first = run(small_store, "papers-proposing", limit="4")
    assert cols(first, "paper", "date", "name") == [
        (THREADWEAVER, "2025-11-24", "ThreadWeaver"), (ATTS, "2025-09-18", "Asynchronous Test-Time Scaling"),
        (PARALLEL_R1, "2025-09-09", "Parallel-R1"), (MULTIVERSE, "2025-06-11", "Multiverse")]
    more = run(small_store, "papers-proposing", limit="12")
    assert [r[0] for r in cols(more, "paper")] == [THREADWEAVER, ATTS, PARALLEL_R1] + [MULTIVERSE] * 5 + [
        TFLA, SEESAW, XLAND, FASTSWITCH]
    assert cols(more, "date")[-3:] == [(None,)] * 3
    # limit 1: the newest paper's own day holds a proposing paper, so only that day's papers are read
    assert cols(run(small_store, "papers-proposing", limit="1"), "paper", "name") == [(THREADWEAVER, "ThreadWeaver")]


def test_papers_on_hardware(small_store):
    result = run(small_store, "papers-on-hardware", hardware="gpu")
    assert [r[0] for r in cols(result, "paper")] == [TFLA, XLAND, FASTSWITCH]  # FastSwitch: "GPU idleness"


def test_compared_against_a_resolved_baseline_and_a_written_one(small_store):
    result = run(small_store, "compared-against", baseline="VLLM")
    assert cols(result, "paper", "value", "unit", "subject") == [
        (SEESAW, 1.78, "x", "Seesaw"), (SEESAW, 1.36, "x", "Seesaw"), (FASTSWITCH, 11.2, "x", "FastSwitch")]
    written = run(small_store, "compared-against", baseline="standard autoregressive decoding")
    assert {r[0] for r in cols(written, "paper")} == {JACOBI}


def test_top_claims_keeps_units_apart_and_limits_each(small_store):
    result = run(small_store, "top-claims", kind="speedup", limit="2")
    assert cols(result, "claim_unit", "value", "paper") == [
        ("%", 38.0, JACOBI), ("x", 56.7, ATTS), ("x", 11.2, FASTSWITCH)]
    only_x = run(small_store, "top-claims", kind="speedup", unit="x", limit="4")
    assert cols(only_x, "value") == [(56.7,), (11.2,), (4.14,), (2.0,)]


def test_method_profile(small_store):
    result = run(small_store, "method-profile", method="ThreadWeaver")
    rows = cols(result, "relation", "paper", "other", "claim_kind", "value", "unit")
    assert rows[:2] == [("proposed_by", THREADWEAVER, None, None, None, None),
                        ("evaluated_on", THREADWEAVER, "AIME 2024", None, None, None)]
    assert ("result", THREADWEAVER, "cutting-edge sequential reasoning models", "speedup", 1.53, "x") in rows
    assert {r[0] for r in rows} == {"proposed_by", "evaluated_on", "result"}
    beaten = cols(run(small_store, "method-profile", method="vLLM"), "relation", "paper", "other", "value")
    assert [r for r in beaten if r[0] == "beaten_by"] == [
        ("beaten_by", SEESAW, "Seesaw", 1.78), ("beaten_by", SEESAW, "Seesaw", 1.36),
        ("beaten_by", FASTSWITCH, "FastSwitch", 11.2)]


def test_benchmarks_most_used(small_store):
    result = run(small_store, "benchmarks-most-used", limit="3")
    assert cols(result, "benchmark", "papers", "family") == [
        ("AIME 2025", 4, "AIME"), ("AIME 2024", 3, "AIME"), ("AIME", 3, None)]


def test_models_most_used(small_store):
    result = run(small_store, "models-most-used")
    assert ("Qwen3-8B", 1, "Qwen3") in cols(result, "model", "papers", "family")
    assert ("Multiverse-32B", 1, "Multiverse") in cols(result, "model", "papers", "family")


def test_methods_co_occurring(small_store):
    result = run(small_store, "methods-co-occurring", method="Parallel-R1")
    others = cols(result, "other", "entity_type", "papers")
    assert ("reinforcement learning", "concept", 1) in others
    assert ("supervised fine-tuning", "concept", 1) in others
    assert "Parallel-R1" not in [o[0] for o in others]  # not with itself


def test_benchmarks_co_occurring_with_a_method(sample_store):
    """Which benchmarks the parallel-decoding papers use (the question README opens with), on the sample corpus."""
    result = run(sample_store, "methods-co-occurring", method="parallel decoding", type="dataset")
    assert cols(result, "other", "entity_type", "papers") == [
        ("MBPP", "dataset", 2), ("GSM8K", "dataset", 1), ("ImageNet", "dataset", 1), ("ParallelBench", "dataset", 1)]
    result = run(sample_store, "methods-co-occurring", method="reinforcement learning", type="hardware", limit=2)
    assert cols(result, "other", "papers") == [("GPU", 5), ("CPU", 1)]


def test_conflicting_claims(sample_records, tmp_path, monkeypatch):
    """Two versions of the real Parallel-R1 abstract (as a revised paper would be) that differ in one number."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    [paper] = [r for r in sample_records if r.id == PARALLEL_R1]
    from dataclasses import replace

    assert "yielding a 42.9% improvement" in paper.abstract
    revised = replace(paper, title=paper.title + " (revised)",
                      abstract=paper.abstract.replace("yielding a 42.9% improvement", "yielding a 40.1% improvement"))
    _write_jsonl(tmp_path / "two.jsonl", [paper, revised])
    build([tmp_path / "two.jsonl"], tmp_path / "store")
    result = run(tmp_path / "store", "conflicting-claims")
    rows = cols(result, "subject", "benchmark", "claim_kind", "value_a", "value_b")
    assert sorted(rows) == [("Parallel-R1", "AIME 2025", "improvement", 40.1, 42.9)] or sorted(rows) == [
        ("Parallel-R1", "AIME 2025", "improvement", 42.9, 40.1)]


def test_claims_timeline_is_ordered_by_date_undated_last(small_store):
    result = run(small_store, "claims-timeline", benchmark="AIME")
    dates = [r[0] for r in cols(result, "date")]
    dated = [d for d in dates if d]
    assert dated == sorted(dated) and dates[:len(dated)] == dated  # undated rows come after the dated ones
    assert {r[1] for r in cols(result, "date", "paper")} == {ATTS, MULTIVERSE, SCALE, PARALLEL_R1, KINETICS,
                                                            THREADWEAVER}
    assert [r for r in cols(result, "date", "paper") if r[1] == ATTS] == [("2025-09-18", ATTS)] * 2
    by_method = run(small_store, "claims-timeline", method="Seesaw")
    assert cols(by_method, "paper", "value", "roles") == [(SEESAW, 1.78, "subject"), (SEESAW, 1.36, "subject")]
    against = run(small_store, "claims-timeline", method="vLLM")
    assert cols(against, "paper", "value", "roles") == [
        (SEESAW, 1.78, "baseline"), (SEESAW, 1.36, "baseline"), (FASTSWITCH, 11.2, "baseline")]
    both = run(small_store, "claims-timeline", benchmark="aime 2025", method="ATTS")  # an alias of the method
    assert cols(both, "paper", "value") == [(ATTS, 56.7), (ATTS, 4.14)]
    assert run(small_store, "claims-timeline", benchmark="AIME", method="Seesaw").rows == []


def test_search_needs_every_word(small_store):
    result = run(small_store, "search", text="Parallel REASONING")
    assert cols(result, "paper", "in_title") == [
        (THREADWEAVER, True), (PARALLEL_R1, False), (MULTIVERSE, False), (ATTS, False)]
    assert run(small_store, "search", text="parallel reasoning kernels").rows == []


def test_entity_aliases(small_store):
    result = run(small_store, "entity-aliases", name="aime24")
    assert cols(result, "entity", "preferred", "type", "types", "family", "spellings") == [
        ("https://w3id.org/paper-kg/id/entity/aime2024", "AIME 2024", "dataset", "dataset", "AIME",
         ("AIME 2024", "AIME24"))]
    family = run(small_store, "entity-aliases", name="AIME")
    assert cols(family, "preferred", "variants") == [("AIME", ("AIME 2024", "AIME 2025"))]


def test_entity_aliases_type_is_the_one_most_papers_give(sample_store):
    # retrieval-augmented generation: a concept in five papers of the sample corpus, a method in one
    result = run(sample_store, "entity-aliases", name="RAG")
    assert cols(result, "preferred", "type", "types", "papers") == [
        ("retrieval-augmented generation", "concept", ("concept", "method"), 6)]


# ---------------------------------------------------------------- the done criterion, on the whole sample corpus

def test_speedups_on_aime_in_the_sample_corpus(sample_store):
    result = run(sample_store, "speedups-on-benchmark", benchmark="AIME")
    assert cols(result, "paper", "value", "unit", "sentence") == [
        (ATTS, 56.7, "x", ATTS_SENTENCE), (ATTS, 4.14, "x", ATTS_SENTENCE),
        (THREADWEAVER, 1.53, "x", THREADWEAVER_SENTENCE)]


# ---------------------------------------------------------------- the command line

def test_cli_query_formats_and_errors(small_store, tmp_path):
    runner = CliRunner()
    res = runner.invoke(app, ["query", "speedups-on-benchmark", "--param", "benchmark=AIME", "--format", "json",
                              "--store", str(small_store)])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.stdout)
    assert [(r["paper"], r["value"], r["unit"]) for r in rows] == [(ATTS, 56.7, "x"), (ATTS, 4.14, "x"),
                                                                   (THREADWEAVER, 1.53, "x")]
    res = runner.invoke(app, ["query", "papers-using-model", "-p", "model=Qwen3", "--format", "csv",
                              "--store", str(small_store)])
    assert res.stdout.splitlines()[0] == "paper,title,date,models,relations"
    assert res.stdout.splitlines()[1].startswith(f"{THREADWEAVER},ThreadWeaver: Adaptive Threading")
    res = runner.invoke(app, ["query", "nope", "--store", str(small_store)])
    assert res.exit_code == 1 and "valid names: benchmarks-most-used" in res.output
    res = runner.invoke(app, ["query", "search", "-p", "text", "--store", str(small_store)])
    assert res.exit_code == 1 and "--param takes KEY=VALUE" in res.output
    res = runner.invoke(app, ["query", "search", "-p", "text=x", "--format", "xml", "--store", str(small_store)])
    assert res.exit_code == 1 and "unknown format 'xml'" in res.output


def test_cli_table_shows_whole_values_and_rows_too_wide_for_it_one_record_each(small_store):
    runner = CliRunner()  # (a console of 80 columns, as a pipe gets)
    res = runner.invoke(app, ["query", "speedups-on-benchmark", "-p", "benchmark=AIME", "--store", str(small_store)])
    lines = res.stdout.splitlines()
    assert res.exit_code == 0 and lines[0].startswith("-- row 1 ") and lines[-1] == "3 rows"
    assert "value      56.7" in lines and "title      ThreadWeaver: Adaptive Threading for Efficient Parallel " \
                                                "Reasoning in Language Models" in lines
    assert sum(line.startswith("sentence   ") for line in lines) == 3
    res = runner.invoke(app, ["query", "benchmarks-most-used", "--param", "limit=3", "--store", str(small_store)])
    lines = res.stdout.splitlines()
    assert "┃ benchmark" in lines[1] and "AIME 2025" in lines[3] and lines[-1] == "3 rows"


def test_cli_queries_lists_the_library():
    res = CliRunner().invoke(app, ["queries"])
    assert res.exit_code == 0
    assert sum(line.split()[0] in ISSUE_QUERIES for line in res.stdout.splitlines() if line[:1].strip()) == 16
    assert "claims-on-benchmark benchmark= [kind=]" in res.stdout
    one = CliRunner().invoke(app, ["queries", "top-claims"])
    assert "--param limit=...  limit (limit, default \"10\")" in one.stdout


def test_cli_sparql_from_a_file_with_a_timeout(small_store, tmp_path):
    (tmp_path / "q.rq").write_text("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a pkg:Paper }")
    res = CliRunner().invoke(app, ["sparql", "--file", str(tmp_path / "q.rq"), "--format", "tsv",
                                   "--timeout", "30", "--store", str(small_store)])
    assert res.exit_code == 0, res.output
    assert res.stdout == "n\n11\n"


def test_default_graph_queries_run_without_the_union_but_on_an_earlier_layout(sample_store, tmp_path):
    """@graph: default runs a query on the default graph alone (one index range per look-up); a store of the
    layout before 0.3.2 keeps papers, claims and labels in named graphs, and gets the union: same rows."""
    import shutil

    from pyoxigraph import DefaultGraph, NamedNode, Quad, Store

    from kg.namespaces import GRAPH

    top = queries.load("top-claims")
    assert top.graph == "default" and queries.parse("# @title T\n# @description D\nSELECT * {}", "x").graph is None
    binding = top.bind({"kind": "speedup"})
    st = open_store(sample_store)
    assert not queries.union_needed(st, binding)
    expected = queries.run("top-claims", {"kind": "speedup"}, store=sample_store)
    assert len(expected.rows) >= 3
    old = tmp_path / "old"
    shutil.copytree(sample_store, old)
    # the claims and labels moved into named graphs, as layout 0.3.1 kept them
    moved = Store(str(old))
    for q in list(moved.quads_for_pattern(None, None, None, DefaultGraph())):
        if q.subject.value.startswith(("https://w3id.org/paper-kg/id/claim/", "https://w3id.org/paper-kg/id/entity/")):
            moved.remove(q)
            moved.add(Quad(q.subject, q.predicate, q.object, NamedNode(GRAPH + "entities")))
    moved.flush()
    del moved
    assert queries.union_needed(open_store(old), binding)
    assert queries.run("top-claims", {"kind": "speedup"}, store=old).rows == expected.rows


# parameters that reach a family's members (AIME: AIME24, AIME 2025; Qwen2.5: its sizes) as well as the examples
_FAMILY_PARAMS = [("claims-on-benchmark", {"benchmark": "AIME"}), ("papers-using-model", {"model": "Qwen2.5"}),
                  ("papers-evaluated-on", {"dataset": "AIME"}), ("entity-aliases", {"name": "AIME"}),
                  ("claims-timeline", {"benchmark": "AIME"}), ("method-profile", {"method": "Qwen2.5"})]


def _on_the_default_graph_and_the_union(store, name: str, params: dict, monkeypatch):
    """The rows of a library query on the default graph alone and on the union of all graphs."""
    q = queries.load(name)
    binding = q.bind(params)
    out = []
    for union in (False, True):
        monkeypatch.setattr(queries, "union_needed", lambda st, b: union)  # noqa: B023 (used at once)
        out.append(_as_sets(queries.execute(store, q.text, binding).rows))
    monkeypatch.undo()
    return out


def _as_sets(rows: list[list]) -> list[list]:
    """The rows with each "; "-joined list as a sorted list: a GROUP_CONCAT lists in the order its rows
    come, which differs between the default graph and the union."""
    return [[sorted(v.split("; ")) if isinstance(v, str) and "; " in v else v for v in row] for row in rows]


def test_default_graph_queries_give_the_rows_of_the_union(sample_store, monkeypatch):
    # @graph: default must not lose a row: every library query that says it, with its example's parameters
    # and with parameters reaching a family (whose links the default graph repeats since layout 0.4.10)
    st = open_store(sample_store)
    cases = [(n, _example_params(q.example)) for n, q in queries.library().items() if q.graph == "default"]
    assert len(cases) == len(queries.library())  # every library query reads the default graph alone
    nonempty = 0
    for name, params in cases + _FAMILY_PARAMS:
        default, union = _on_the_default_graph_and_the_union(st, name, params, monkeypatch)
        assert default == union, (name, params)
        nonempty += bool(default)
    assert nonempty >= len(cases)


def test_a_store_without_family_links_in_the_default_graph_reads_the_union(sample_store, tmp_path, monkeypatch):
    """A store of a layout before 0.4.10 has its family links in the papers' graphs only: its queries read
    the union of all graphs, and give the rows a store of this layout gives."""
    import shutil

    from pyoxigraph import DefaultGraph, NamedNode, Store

    broader = NamedNode("http://www.w3.org/2004/02/skos/core#broader")
    params = {"hardware": "GPU"}  # a family: H100, A100, MI300X ...
    expected = queries.run("papers-on-hardware", params, store=sample_store)
    assert not queries.union_needed(open_store(sample_store), queries.load("papers-on-hardware").bind(params))
    old = tmp_path / "old"
    shutil.copytree(sample_store, old)
    st = Store(str(old))
    for q in list(st.quads_for_pattern(None, broader, None, DefaultGraph())):
        st.remove(q)
    st.flush()
    del st
    st = open_store(old)
    assert queries.union_needed(st, queries.load("papers-on-hardware").bind(params))
    assert _as_sets(queries.run("papers-on-hardware", params, store=old).rows) == _as_sets(expected.rows)
    default, union = _on_the_default_graph_and_the_union(st, "papers-on-hardware", params, monkeypatch)
    assert len(default) < len(union) == len(expected.rows)  # the default graph alone reaches no member


def test_graph_header_takes_default_only():
    with pytest.raises(QueryError, match=r"x\.rq: @graph must be 'default', not 'union'"):
        queries.parse("# @title T\n# @description D\n# @graph: union\nSELECT * {}", "x.rq")
