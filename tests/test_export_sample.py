"""The whole sample corpus through the real pipeline (conftest's `sample_store`): every projection is
consistent with the graph, and its GEXF validates against GEXF 1.3 and parses with graphology-gexf."""
from __future__ import annotations

import pytest
from lxml import etree
from test_export_gexf import assert_valid, gexf_schema, graphology_parse  # noqa: F401 - shared fixtures

import kg
from kg.export.gexf import write_gexf
from kg.views import PROJECTIONS


@pytest.fixture(scope="module")
def g(sample_store):
    return kg.open(sample_store)


def test_projection_sizes_agree_with_the_graph(g):
    data = g.data
    assert len(data.papers) == 389
    full = g.to_networkx("full")
    assert full.number_of_nodes() == len(data.papers) + len(data.entities) + len(data.claims)
    linked = {r.key for p in data.papers.values() for r in p.entities}
    bip = g.to_networkx("bipartite")
    assert bip.number_of_nodes() == len(data.papers) + len(linked)
    assert bip.number_of_edges() == sum(len(p.entities) for p in data.papers.values())
    co = g.to_networkx("cooccurrence")
    assert set(co) == linked
    # every edge weight is the number of papers whose entities include both ends
    u, v, w = max(co.edges(data="weight"), key=lambda e: (e[2], e[0], e[1]))
    assert w == sum(1 for p in data.papers.values() if {u, v} <= {r.key for r in p.entities})
    ca = g.to_networkx("compared-against")
    assert ca.number_of_edges() > 0 and all(ca.nodes[n]["type"] in (
        "Method", "Model", "Dataset", "Task", "Hardware", "Concept", "Unresolved") for n in ca)


@pytest.mark.parametrize("projection", PROJECTIONS)
def test_sample_gexf_validates_and_parses_with_graphology(g, gexf_schema, graphology_parse, projection, tmp_path):
    graph = g.to_networkx(projection)
    out = tmp_path / f"{projection}.gexf"
    write_gexf(graph, out)
    assert_valid(gexf_schema, out)
    parsed = graphology_parse(out)
    assert (parsed["order"], parsed["size"]) == (graph.number_of_nodes(), graph.number_of_edges())
    assert etree.parse(str(out)).getroot().get("version") == "1.3"
