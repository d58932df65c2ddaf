"""kg.nodes: a paper or entity, or the edges around a node, read on its own equal what reading the whole graph
gives for them."""
from __future__ import annotations

import kg.api
from kg.graphdata import load_graph
from kg.namespaces import ID
from kg.nodes import read_edges, read_entity, read_paper
from kg.store import open_store
from kg.views import project


def test_every_paper_and_entity_of_the_sample_read_alone_equals_the_whole_graphs(sample_store):
    st = open_store(sample_store)
    data = load_graph(st)
    assert [k for k, p in data.papers.items() if read_paper(st, ID + k) != p] == []
    # entities named by the graph but typed by no paper are load_graph's alone (named after their IRI)
    typed = {k: e for k, e in data.entities.items() if e.types}
    assert len(typed) > 1000 and sum(bool(e.members) for e in typed.values()) > 10
    assert [k for k, e in typed.items() if read_entity(st, ID + k) != e] == []
    assert [k for k, e in data.entities.items() if not e.types and read_entity(st, ID + k) is not None] == []
    assert read_paper(st, ID + "paper/arxiv:0000.00000") is None


def test_lookups_by_id_and_name_do_not_read_the_whole_graph(sample_store):
    g = kg.api.open(sample_store)
    hmar = "t:112d0e6fe37fffbb"  # HMAR (the sample's papers have no arXiv ids)
    paper, aime, flash = g.paper(hmar), g.entity("AIME 2024"), g.entity("entity/flashattention")
    assert g._data is None  # (what a lookup on an 80k store spares: a minute and 2.2 GiB)
    assert (paper, aime, flash) == (g.data.papers[paper.key], g.data.entities[aime.key],
                                    g.data.entities[flash.key])
    assert paper.title.startswith("HMAR") and paper.claims and paper.relations["proposes"]
    assert aime.family.label == "AIME" and aime.papers["evaluatesOn"]
    # a title or an alias still resolves, through the whole graph
    fresh = kg.api.open(sample_store)
    assert fresh.paper(paper.title.upper()) == paper and fresh._data is not None


def test_the_edges_of_every_node_read_alone_are_the_full_projections(sample_store):
    st = open_store(sample_store)
    g = project(load_graph(st), "full")
    differ, lazy = [], 0
    for key in g.nodes:
        edges = read_edges(st, key)
        if edges is None:  # (the nodes the store names but does not type, left to the whole graph)
            assert g.nodes[key]["type"] == "Entity", key
            continue
        lazy += 1
        whole = {(v, g.nodes[v]["label"], g.nodes[v]["type"], r, "out") for _, v, r in g.out_edges(key, keys=True)}
        whole |= {(u, g.nodes[u]["label"], g.nodes[u]["type"], r, "in") for u, _, r in g.in_edges(key, keys=True)}
        if edges != whole:
            differ.append(key)
    assert differ == [] and lazy > 2000


def test_neighbors_by_name_do_not_read_the_whole_graph(sample_store):
    g = kg.api.open(sample_store)
    found = g.neighbors("FlashAttention"), g.neighbors("t:112d0e6fe37fffbb", direction="in")
    assert g._data is None
    whole = kg.api.open(sample_store)
    _ = whole.data  # the snapshot, read first
    assert found == (whole.neighbors("FlashAttention"), whole.neighbors("t:112d0e6fe37fffbb", direction="in"))
    assert found[0] and {n.relation for n in found[1]} == {"claimOf"}
