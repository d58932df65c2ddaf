"""kg.nodes: a paper or entity, or the edges around a node, read on its own equal what reading the whole graph
gives for them."""
from __future__ import annotations

import pytest

import kg.api
from kg.graphdata import load_graph
from kg.namespaces import ID
from kg.nodes import neighbour_keys, read_edges, read_entity, read_paper, unlabelled_subjects
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
    # a title, an alias or a miss needs the titles or the names alone
    fresh = kg.api.open(sample_store)
    assert fresh.paper(paper.title.upper()) == paper and fresh.entity("aime24") == aime
    with pytest.raises(kg.api.NotFound, match="not a node key"):
        fresh.node("no such node")
    assert fresh._data is None


def _outcome(call, *args, **options):
    try:
        return call(*args, **options)
    except kg.api.NotFound as exc:
        return str(exc)


def test_titles_aliases_and_misses_resolve_alone_as_in_the_whole_graph(sample_store):
    whole = kg.api.open(sample_store)
    data = whole.data
    titles = [p.title for p in data.papers.values()][::8]
    names = sorted({a for e in data.entities.values() for a in (e.label, *e.aliases)})[::12]
    asks = [*titles, *(t.upper().replace(" ", "-") for t in titles[::3]), *(t.split(":")[0][:12] for t in titles[::3]),
            *names, *(n.upper() + "!" for n in names[::4]), "flash attn", "no such thing", "attention", "!!!"]
    g, differ = kg.api.open(sample_store), []
    for ask in asks:
        for method in ("paper", "entity", "node"):
            if _outcome(getattr(g, method), ask) != _outcome(getattr(whole, method), ask):
                differ.append((method, ask))
    misses = [a for a in asks if isinstance(_outcome(whole.node, a), str)]
    assert differ == [] and g._data is None and len(asks) > 200 and len(misses) > 20, (differ, len(misses))


def test_the_edges_of_every_node_read_alone_are_the_full_projections(sample_store):
    st = open_store(sample_store)
    g = project(load_graph(st), "full")
    differ, lazy = [], 0
    for key in g.nodes:
        edges = read_edges(st, key)
        if edges is None:  # (the nodes the store names but does not type, left to the whole graph)
            assert g.nodes[key]["type"] == "Entity" and neighbour_keys(st, key) is None, key
            continue
        lazy += 1
        whole = {(v, g.nodes[v]["label"], g.nodes[v]["type"], r, "out") for _, v, r in g.out_edges(key, keys=True)}
        whole |= {(u, g.nodes[u]["label"], g.nodes[u]["type"], r, "in") for u, _, r in g.in_edges(key, keys=True)}
        if edges != whole or neighbour_keys(st, key) != {e[0] for e in whole}:
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


def _claim_filter_cases(data) -> list[dict]:
    """Filters naming the sample's own claim entities, subjects, baselines, papers and kinds, and mixes."""
    names = set()
    for c in data.claims.values():
        names.update(r.label for r in (*c.datasets, *c.hardware, *c.baseline_entities))
        names.update(x for x in (c.subject, *c.baselines) if x)
    names = sorted(names)
    cases = [{"kind": k} for k in ("speedup", "Score", "no such kind")]
    cases += [{"paper": p} for p in sorted({c.paper.id for c in data.claims.values()})[::3]]
    cases += [{f: n} for n in names[::7] for f in ("subject", "baseline", "dataset", "hardware", "entity")]
    cases += [{"kind": "score", "dataset": n, "min_value": 50} for n in names[::15]]
    cases += [{"measure": "accuracy"}, {"measure": "LATENCY", "max_value": 3}, {"unit": "x"},
              {"unit": "%", "min_value": 90}, {"min_value": 1.5, "max_value": 2}, {"max_value": 0}]
    return cases


def test_claims_by_any_filter_read_alone_equal_the_snapshots(sample_store):
    whole = kg.api.open(sample_store)
    cases = _claim_filter_cases(whole.data)
    g, differ, snapshot, found = kg.api.open(sample_store), [], [], 0
    for case in cases:
        got, want = g.claims(**case), whole.claims(**case)
        differ += [case] if got != want else []
        found += bool(want)
        if g._data is not None:
            snapshot.append(case)
            g.reload()
    # only a kind no claim kind of the vocabulary names is left to the snapshot (a store may have its own)
    assert differ == [] and snapshot == [{"kind": "no such kind"}]
    assert len(cases) > 250 and found > 0.3 * len(cases)


def test_a_subject_named_only_by_its_entity_is_found_when_read_alone(sample_store):
    # `kg build` writes every subject's label; a store written otherwise may give only the entity
    from pyoxigraph import NamedNode, Store

    from kg.namespaces import PKG

    st = Store()
    st.extend(open_store(sample_store))
    label = NamedNode(PKG + "subjectLabel")
    written = min((q for q in st.quads_for_pattern(None, label, None, None) if q.object.value == "Multiverse-32B"),
                  key=str)
    claim = written.subject
    st.remove(written)
    subject = next(st.quads_for_pattern(claim, NamedNode(PKG + "subject"), None, None)).object
    name = kg.api.KnowledgeGraph.from_store(st).entity(subject.value).label
    lazy, whole = kg.api.KnowledgeGraph.from_store(st), kg.api.KnowledgeGraph.from_store(st)
    _ = whole.data
    # its label as the claim's subject (not the entity's key, which the entity filter also matches)
    by_label = name.upper() + " "
    got = lazy.claims(subject=by_label)
    assert lazy._data is None and got == whole.claims(subject=by_label)
    assert claim.value.endswith(got[0].key) and got[0].subject == name
    assert unlabelled_subjects(st) == {claim.value} and unlabelled_subjects(open_store(sample_store)) == set()


def test_paths_found_reading_nodes_alone_are_the_snapshots(sample_store):
    import networkx as nx

    whole = kg.api.open(sample_store)
    parts = sorted(nx.weakly_connected_components(whole.to_networkx()), key=len)
    big = sorted(parts[-1])  # the sample's main part, and two nodes of small ones (no path: NotFound)
    ends = [*big[::150], "AIME", "FlashAttention", min(parts[0]), min(parts[1])]
    pairs = [(a, b) for a in ends[::2] for b in ends[1::3]]
    g, differ, alone, found = kg.api.open(sample_store), [], 0, 0
    for a, b in pairs:
        for through_claims in (True, False):
            got = _outcome(g.path, a, b, through_claims=through_claims)
            if got != _outcome(whole.path, a, b, through_claims=through_claims):
                differ.append((a, b, through_claims))
            alone += g._data is None
            found += isinstance(got, list) and len(got) > 1
            g.reload()
    assert differ == [] and alone > 1.5 * len(pairs) and found > len(pairs), (differ, alone, found, len(pairs))
