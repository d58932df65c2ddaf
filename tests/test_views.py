"""networkx projections of three real abstracts (tests/fixtures/api_three_papers.trig): exact counts and edges."""
from __future__ import annotations

from collections import Counter

import networkx as nx
import pytest
from _api_helpers import DEEPPRUNE, MULTIVERSE, PARALLEL_R1, fixture_graph

from kg.graphdata import GraphData
from kg.views import PROJECTIONS, project


@pytest.fixture(scope="module")
def g():
    return fixture_graph()


@pytest.mark.parametrize("projection, kind, nodes, edges", [
    ("full", nx.MultiDiGraph, 35, 59),  # 3 papers + 24 entities + 8 claims
    ("bipartite", nx.Graph, 26, 26),  # 3 papers + the 23 entities a paper links to (AMC only as a family)
    ("cooccurrence", nx.Graph, 23, 99),  # pairs within papers: 36 + 36 + 28, one pair shared
    ("compared-against", nx.DiGraph, 7, 4),
])
def test_projection_sizes(g, projection, kind, nodes, edges):
    graph = g.to_networkx(projection)
    assert type(graph) is kind
    assert (graph.number_of_nodes(), graph.number_of_edges()) == (nodes, edges)
    assert graph.graph["projection"] == projection


def test_full_graph_relations_and_node_types(g):
    graph = g.to_networkx("full")
    assert Counter(r for *_, r in graph.edges(keys=True)) == Counter({
        "usesMethod": 5, "evaluatesOn": 8, "mentionsConcept": 5, "proposes": 7, "usesModel": 1,
        "comparesAgainst": 2, "broader": 4, "claimOf": 8, "subject": 8, "baseline": 2, "onDataset": 9})
    assert Counter(t for _, t in graph.nodes(data="type")) == Counter({
        "Paper": 3, "Method": 9, "Dataset": 8, "Concept": 4, "Model": 3, "Claim": 8})
    claim = graph.nodes[f"claim/{MULTIVERSE}/4"]
    assert claim == {"type": "Claim", "label": "speedup 2x", "kind": "speedup", "value": 2.0, "surface_text": "2x",
                     "unit": "x", "qualifier": "up to", "subject": "Multiverse-32B", "paper_id": MULTIVERSE,
                     "sentence": "Such scaling further leads to practical efficiency gain, achieving up to 2x "
                                 "speedup across varying batch sizes.",
                     "field": "abstract", "start": 1680, "end": 1682}
    assert g.paper(MULTIVERSE).abstract[1680:1682] == "2x"
    assert graph.nodes["entity/aime2024"] == {"type": "Dataset", "label": "AIME 2024", "types": "Dataset",
                                              "aliases": "AIME24", "family": "AIME", "papers": 2}
    assert graph.has_edge(f"paper/{DEEPPRUNE}", "entity/consensussampling", "comparesAgainst")


def test_bipartite_marks_sides_and_relations(g):
    graph = g.to_networkx("bipartite")
    assert nx.is_bipartite(graph)
    assert Counter(b for _, b in graph.nodes(data="bipartite")) == Counter({0: 3, 1: 23})
    assert graph.edges[f"paper/{DEEPPRUNE}", "entity/consensussampling"] == {
        "relations": "comparesAgainst; usesMethod", "weight": 2}


def test_cooccurrence_weights_count_shared_papers(g):
    graph = g.to_networkx("cooccurrence")
    assert graph.edges["entity/aime2025", "entity/largelanguagemodels"]["weight"] == 2  # Parallel-R1 + DeepPrune
    assert graph.edges["entity/aime2024", "entity/gpqa"]["weight"] == 1
    assert not graph.has_edge("entity/gpqa", "entity/mapreduce")
    assert sorted(w for *_, w in graph.edges(data="weight")) == [1] * 98 + [2]


def test_compared_against_from_claims(g):
    graph = g.to_networkx("compared-against")
    assert sorted(graph.edges(data="claims")) == [
        ("entity/deepprune", "entity/consensussampling", f"claim/{DEEPPRUNE}/2"),
        ("entity/multiverse32b", "entity/autoregressivelargelanguagemodels", f"claim/{MULTIVERSE}/3"),
        ("entity/parallelr1", "entity/baseline", f"claim/{PARALLEL_R1}/2"),
        ("entity/parallelr1", "entity/sequentialthinkingmodel", f"claim/{PARALLEL_R1}/1")]
    # baselines the extractor could not resolve stay visible, typed as such
    assert graph.nodes["entity/sequentialthinkingmodel"] == {"type": "Unresolved", "label": "sequential thinking model"}
    assert graph.edges["entity/deepprune", "entity/consensussampling"]["kinds"] == "reduction"


def test_projections_are_deterministic(g):
    for projection in PROJECTIONS:
        a, b = g.to_networkx(projection), fixture_graph().to_networkx(projection)
        assert list(a.nodes(data=True)) == list(b.nodes(data=True))
        assert list(a.edges(data=True)) == list(b.edges(data=True))


def test_unknown_projection_lists_the_valid_ones():
    with pytest.raises(ValueError, match="valid: full, bipartite, cooccurrence, compared-against"):
        project(GraphData({}, {}, {}), "citation")
