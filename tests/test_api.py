"""The Python API on three real abstracts (tests/fixtures/api_three_papers.trig): exact answers."""
from __future__ import annotations

import datetime as dt

import networkx as nx
import pandas as pd
import pytest
from _api_helpers import DEEPPRUNE, MULTIVERSE, PARALLEL_R1, fixture_graph, fixture_store

import kg
from kg.api import KnowledgeGraph, Neighbor, NotFound, Step
from kg.queries import QueryTimeout
from kg.views import PROJECTIONS


@pytest.fixture(scope="module")
def g() -> KnowledgeGraph:
    return fixture_graph()


def test_package_reexports_the_api():
    assert kg.open is kg.api.open and kg.build is kg.api.build and kg.KnowledgeGraph is KnowledgeGraph


def test_open_reads_an_on_disk_store(tmp_path):
    store = fixture_store(tmp_path / "store")
    del store  # release the write lock; kg.open opens read-only
    g = kg.open(tmp_path / "store")
    assert [p.id for p in g.papers()] == [DEEPPRUNE, PARALLEL_R1, MULTIVERSE]


def test_open_missing_store_says_how_to_build_one(tmp_path):
    with pytest.raises(FileNotFoundError, match="kg build --store"):
        kg.open(tmp_path / "nothing")


def test_papers_and_paper_lookup_by_id_title_and_key(g):
    assert [p.title.split(":")[0] for p in g.papers()] == ["DeepPrune", "Parallel-R1", "Multiverse"]
    p = g.paper(DEEPPRUNE)
    assert p is g.paper("deepprune parallel scaling without inter trace redundancy")
    assert p is g.paper("paper/" + DEEPPRUNE) is g.paper("https://w3id.org/paper-kg/id/paper/" + DEEPPRUNE)
    assert p.sources == ("data/hf-daily-papers/000_bc9854fcf01771d3.txt:61",)
    assert p.abstract.startswith("Parallel scaling has emerged as a powerful paradigm")
    assert [e.label for e in p.relations["proposes"]] == ["DeepPrune"]
    assert [e.label for e in p.relations["evaluatesOn"]] == ["AIME 2024", "AIME 2025", "GPQA"]
    assert [e.label for e in p.relations["comparesAgainst"]] == ["consensus sampling"]
    assert [c.surface_text for c in p.claims] == ["0.87", "80%"]
    assert g.paper(PARALLEL_R1).code_repositories == ("https://github.com/zhengkid/Parallel-R1",)


def test_unknown_paper_lists_titles_containing_the_text(g):
    with pytest.raises(NotFound, match="DeepPrune: Parallel Scaling"):
        g.paper("DeepPrune")


def test_entity_resolves_aliases_case_and_spelling(g):
    assert g.entity("AIME24").label == "AIME 2024"
    assert g.entity("aime-2025").key == "entity/aime2025"
    assert g.entity("CoT").label == "chain-of-thought"
    assert g.entity("AR-LLMs").label == "autoregressive large language models"
    assert g.entity("https://w3id.org/paper-kg/id/entity/gpqa").label == "GPQA"
    aime = g.entity("AIME")
    assert [m.label for m in aime.members] == ["AIME 2024", "AIME 2025"]
    assert g.entity("AIME 2024").family == aime.ref
    assert sorted(g.entity("AIME 2025").all_papers) == sorted([g.paper(DEEPPRUNE).ref, g.paper(PARALLEL_R1).ref])
    assert g.entity("consensus sampling").papers == {"usesMethod": (g.paper(DEEPPRUNE).ref,),
                                                     "comparesAgainst": (g.paper(DEEPPRUNE).ref,)}


def test_unknown_entity_suggests_close_labels(g):
    with pytest.raises(NotFound, match=r"did you mean one of \['Multiverse', 'Multiverse 1K', 'Multiverse-32B'"):
        g.entity("multiverse 2")  # slug "multiverse2" is no node; close spellings are offered
    with pytest.raises(NotFound, match=r"did you mean one of \['DeepPrune'\]"):
        g.entity("Deep Prune x")
    with pytest.raises(NotFound):
        g.entity('AIME" } ; DROP ALL ; #')


def test_entities_by_type(g):
    assert [e.label for e in g.entities(type="dataset")] == [
        "AIME", "AIME 2024", "AIME 2025", "AMC", "AMC 2023", "GPQA", "MATH", "Multiverse 1K"]
    assert [e.label for e in g.entities(type="model")] == [
        "autoregressive large language models", "Multiverse", "Multiverse-32B"]
    assert len(g.entities()) == 24
    with pytest.raises(ValueError, match="valid: concept, dataset"):
        g.entities(type="benchmark")


def test_claims_filters(g):
    keys = lambda cs: [c.key.split("/", 1)[1] for c in cs]  # noqa: E731
    # a family name reaches its members: AIME -> AIME 2024, AIME 2025
    assert keys(g.claims(dataset="AIME")) == [f"{DEEPPRUNE}/2", f"{PARALLEL_R1}/1", f"{PARALLEL_R1}/2",
                                              f"{MULTIVERSE}/1", f"{MULTIVERSE}/2"]
    assert keys(g.claims(dataset="AIME24")) == [f"{DEEPPRUNE}/2", f"{MULTIVERSE}/1"]
    (speedup,) = g.claims(kind="speedup")
    assert (speedup.value, speedup.surface_text, speedup.qualifier, speedup.unit) == (2.0, "2x", "up to", "x")
    assert speedup.subject_entity.label == "Multiverse-32B" and speedup.paper.id == MULTIVERSE
    assert speedup.sentence == "Such scaling further leads to practical efficiency gain, achieving up to 2x " \
                               "speedup across varying batch sizes."
    # an unresolved baseline matches by its label; a resolved one by any alias
    assert keys(g.claims(baseline="sequential thinking model")) == [f"{PARALLEL_R1}/1"]
    assert keys(g.claims(baseline="AR-LLMs")) == [f"{MULTIVERSE}/3"]
    assert keys(g.claims(subject="DeepPrune", min_value=1)) == [f"{DEEPPRUNE}/2"]
    assert keys(g.claims(paper=MULTIVERSE, kind="score", max_value=50)) == [f"{MULTIVERSE}/2"]
    assert [c.value for c in g.claims(entity="GPQA")] == [80.0]
    with pytest.raises(TypeError, match="unknown claim filter.*valid: paper, kind"):
        g.claims(benchmark="AIME")


def test_neighbors_with_relation_and_direction(g):
    assert g.neighbors("AIME24", direction="out") == [
        Neighbor("entity/aime", "AIME", "Dataset", "broader", "out")]
    assert [(n.key, n.relation) for n in g.neighbors("AIME 2024", direction="in")] == [
        (f"paper/{DEEPPRUNE}", "evaluatesOn"), (f"paper/{MULTIVERSE}", "evaluatesOn"),
        (f"claim/{DEEPPRUNE}/2", "onDataset"), (f"claim/{MULTIVERSE}/1", "onDataset")]
    assert [n.label for n in g.neighbors(g.paper(DEEPPRUNE), relation="evaluatesOn")] == [
        "AIME 2024", "AIME 2025", "GPQA"]
    with pytest.raises(ValueError, match="direction must be one of out, in, both"):
        g.neighbors("GPQA", direction="up")
    with pytest.raises(ValueError, match="unknown relation 'uses'"):
        g.neighbors("GPQA", relation="uses")


def test_path_goes_through_papers(g):
    p1, dp = f"paper/{PARALLEL_R1}", f"paper/{DEEPPRUNE}"
    assert g.path("Parallel-R1", "GPQA") == [
        Step("entity/parallelr1", "Parallel-R1", "proposes", p1, g.paper(PARALLEL_R1).title, False),
        Step(p1, g.paper(PARALLEL_R1).title, "evaluatesOn", "entity/aime2025", "AIME 2025", True),
        Step("entity/aime2025", "AIME 2025", "evaluatesOn", dp, g.paper(DEEPPRUNE).title, False),
        Step(dp, g.paper(DEEPPRUNE).title, "evaluatesOn", "entity/gpqa", "GPQA", True)]
    assert g.path("GPQA", "GPQA") == []
    # walking up to a family and down again: AMC 2023 <- Parallel-R1 paper -> AIME <- AIME 2024
    assert [(s.target, s.relation, s.forward) for s in g.path("AMC 2023", "AIME 2024")] == [
        (p1, "evaluatesOn", False), ("entity/aime", "evaluatesOn", True), ("entity/aime2024", "broader", False)]
    assert [s.target for s in g.path("AMC 2023", "AIME 2024", through_claims=False)][-1] == "entity/aime2024"


def test_subgraph_hops(g):
    one = g.subgraph("GPQA", hops=1)
    assert sorted(one) == [f"claim/{DEEPPRUNE}/2", "entity/gpqa", f"paper/{DEEPPRUNE}"]
    assert isinstance(one, nx.MultiDiGraph) and one.nodes["entity/gpqa"]["label"] == "GPQA"
    two = g.subgraph(["GPQA", "MapReduce"], hops=2)
    # GPQA: its paper, the 8 other entities and 2 claims of that paper; MapReduce: its paper, 7 entities,
    # 4 claims; AIME 2024 is in both
    assert two.number_of_nodes() == 24 and two.has_edge(f"paper/{MULTIVERSE}", "entity/mapreduce", "mentionsConcept")


def test_sparql_returns_typed_columns(g):
    df = g.sparql("""SELECT ?claim ?value ?start ?qualifier ?day WHERE {
        ?claim pkg:value ?value ; pkg:start ?start . OPTIONAL { ?claim pkg:qualifier ?qualifier }
        BIND("2025-06-11"^^xsd:date AS ?day) } ORDER BY DESC(?value)""")
    assert list(df.columns) == ["claim", "value", "start", "qualifier", "day"]
    assert str(df["value"].dtype) == "float64" and str(df["start"].dtype) == "int64"
    assert df["value"].tolist() == [80.0, 54.0, 46.0, 42.9, 8.4, 2.0, 1.87, 0.87]
    assert df["day"][0] == dt.date(2025, 6, 11)
    assert df["qualifier"].tolist() == ["over", None, None, None, None, "up to", "average", None]
    assert g.sparql("ASK { ?c pkg:claimKind pkg:Speedup }")["result"].tolist() == [True]


def test_sparql_bindings_are_substituted_not_pasted(g):
    q = "SELECT ?label ?title WHERE { ?p dcterms:title ?title ; pkg:proposes/skos:prefLabel ?label }"
    assert g.sparql(q, label="DeepPrune")["title"].tolist() == [g.paper(DEEPPRUNE).title]
    assert g.sparql(q, label='DeepPrune" } ; DROP ALL ; #').empty


def test_query_library_returns_typed_frame(g):
    df = g.query("claims-on-benchmark", benchmark="AIME")
    assert len(df) == 5 and str(df["value"].dtype) == "float64"
    assert sorted(df["value"].tolist()) == [8.4, 42.9, 46.0, 54.0, 80.0]
    assert "benchmark" not in df.columns  # parameters projected for binding are dropped


def test_a_time_limit_runs_the_query_in_its_own_process_with_the_same_answer(g, tmp_path):
    store = fixture_store(tmp_path / "store")
    del store  # release the write lock
    disk = kg.open(tmp_path / "store")
    typed = """SELECT ?claim ?value ?start ?qualifier ?day WHERE {
        ?claim pkg:value ?value ; pkg:start ?start . OPTIONAL { ?claim pkg:qualifier ?qualifier }
        BIND("2025-06-11"^^xsd:date AS ?day) } ORDER BY DESC(?value)"""
    pd.testing.assert_frame_equal(disk.sparql(typed, timeout=60), g.sparql(typed))
    named = "SELECT ?label ?title WHERE { ?p dcterms:title ?title ; pkg:proposes/skos:prefLabel ?label }"
    assert disk.sparql(named, timeout=60, label="DeepPrune")["title"].tolist() == [g.paper(DEEPPRUNE).title]
    assert disk.sparql("ASK { ?c pkg:claimKind pkg:Speedup }", timeout=60)["result"].tolist() == [True]
    pd.testing.assert_frame_equal(disk.query("claims-on-benchmark", benchmark="AIME", timeout=60),
                                  g.query("claims-on-benchmark", benchmark="AIME"))
    with pytest.raises(QueryTimeout, match=r"query 'top-claims' was stopped after 0.001 s"):
        disk.query("top-claims", timeout=0.001)
    with pytest.raises(ValueError, match="a time limit needs the store on disk"):
        g.sparql("ASK { ?s ?p ?o }", timeout=60)  # an in-memory store: no other process can open it


@pytest.mark.parametrize("projection", PROJECTIONS)
def test_projection_attributes_are_plain_values(g, projection):
    graph = g.to_networkx(projection)
    items = [d for _, d in graph.nodes(data=True)] + [d for *_, d in graph.edges(data=True)]
    assert items and all(type(v) in (str, int, float) for d in items for v in d.values())
    assert all(isinstance(n, str) and "type" in d and "label" in d for n, d in graph.nodes(data=True))


def test_api_on_the_sample_corpus_built_by_the_pipeline(sample_store):
    g = kg.open(sample_store)
    assert len(g.papers()) == 389
    multiverse = g.paper("Multiverse: Your Language Models Secretly Decide How to Parallelize and Merge Generation")
    assert multiverse.id == MULTIVERSE and multiverse.date == dt.date(2025, 6, 11)
    assert "Multiverse" in [e.label for e in multiverse.relations["proposes"]]
    assert g._titles is None  # (found through the search index, not by reading every title)
    # three spellings in three papers, one node under the AIME family
    assert g.entity("AIME24").key == g.entity("AIME 2024").key == "entity/aime2024"
    assert g.entity("AIME24").family.key == "entity/aime"
    on_aime = g.claims(dataset="AIME")
    assert on_aime and all(any(d.key.startswith("entity/aime") for d in c.datasets) for c in on_aime)
    dates = g.sparql("SELECT ?d WHERE { ?p a pkg:Paper ; dcterms:date ?d } ORDER BY ?d LIMIT 1")["d"]
    assert isinstance(dates[0], dt.date)


def test_an_entity_is_of_the_type_most_papers_give_it(sample_store):
    # the sample corpus's extraction makes retrieval-augmented generation a concept in five papers and a
    # method in one, C4 a dataset in two and a method in one: each is shown as the type most papers give
    # (pkg:mainType), the others follow, whether read node by node or with the whole graph
    g = kg.open(sample_store)
    for name, types in (("retrieval-augmented generation", ("Concept", "Method")), ("C4", ("Dataset", "Method"))):
        one = g.entity(name)
        assert (one.type, one.types) == (types[0], types)
        [listed] = [e for e in g.entities() if e.key == one.key]
        assert (listed.type, listed.types) == (types[0], types)
    rows = g.sparql("SELECT ?t WHERE { ?e skos:prefLabel 'retrieval-augmented generation' ; pkg:mainType ?t }")
    assert list(rows["t"]) == ["concept"]


def test_an_ambiguous_alias_is_the_entity_most_papers_name(tmp_path):
    # four real abstracts of the external corpus: "RAG" is region adjacency graph in one and
    # retrieval-augmented generation in the others, one of which names its own "Ψ-RAG" (keyed psirag: its
    # Greek letter spelled out, where dropping it made it the node "RAG" slugs to); a look-up by alias reads
    # the store's index of labels, not every entity's names, and gives the node most papers name, whichever
    # key sorts first
    import json

    from _graph_helpers import external
    from kg.building import build

    titles = ["Rotation Invariance in Floor Plan Digitization using Zernike Moments",
              "A Human-AI Comparative Analysis of Prompt Sensitivity in LLM-Based Relevance Judgment",
              "A New HOPE: Domain-agnostic Automatic Evaluation of Text Chunking",
              "Hierarchical Abstract Tree for Cross-Document Retrieval-Augmented Generation"]
    corpus = tmp_path / "three.jsonl"
    corpus.write_text("".join(json.dumps({"title": t, "abstract": external(t).abstract}) + "\n" for t in titles),
                      encoding="utf-8")
    build([corpus], tmp_path / "store")
    g = kg.open(tmp_path / "store")
    assert g.entity("RAG").label == g.entity("rag").label == "retrieval-augmented generation"
    assert g._names is None  # (no index of every name was built)
    assert g.entity("region adjacency graph").aliases == ("RAG",)
    assert g.entity("Ψ-RAG").key == g.entity("psirag").key == "entity/psirag"
    g._name_index()  # the index of every name (the way a snapshot or a store without pkg:key is read) agrees
    assert g.entity("RAG").label == "retrieval-augmented generation"


def test_a_paper_by_title_without_the_search_index_reads_every_title(sample_store, tmp_path):
    import shutil

    from kg.search_index import INDEX_FILE
    shutil.copytree(sample_store, tmp_path / "store")
    (tmp_path / "store" / INDEX_FILE).unlink()
    g = kg.open(tmp_path / "store")
    title = "multiverse: your language models secretly decide how to parallelize and merge generation!"
    assert g.paper(title).id == MULTIVERSE and g._titles is not None
    with pytest.raises(NotFound, match="titles containing it"):
        g.paper("Your Language Models Secretly Decide")
