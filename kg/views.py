"""networkx projections of the graph: plain str/int/float attributes only, never RDF terms or None.

Projections (``PROJECTIONS``):

- ``full``: MultiDiGraph of papers, entities and claims. Edges: paper -> entity per relation
  (proposes, usesMethod, usesModel, evaluatesOn, addressesTask, runsOn, mentionsConcept,
  comparesAgainst), entity -> family (``broader``), claim -> paper (``claimOf``), claim -> entity
  (``subject``, ``baseline``, ``onDataset``, ``onHardware``). The edge key is the relation.
  The redundant super-property ``pkg:mentions`` and the mention/provenance nodes are left out.
- ``bipartite``: Graph of papers (``bipartite=0``) and entities (``bipartite=1``), one edge per linked
  pair with the sorted relations (``relations``, ";"-joined) and their number (``weight``).
- ``cooccurrence``: Graph of entities; an edge joins two entities of the same paper,
  ``weight`` = number of papers they share.
- ``compared-against``: DiGraph from claims: claim subject -> baseline, ``weight`` = number of claims,
  ``kinds``/``papers`` of those claims. A subject or baseline that did not resolve to an entity is a
  node of type ``Unresolved`` keyed ``entity/<slug of its label>``.

Every node has ``type`` and ``label``; multi-valued attributes are "; "-joined strings; absent
values are left out rather than set to None. Nodes and edges are added in sorted order, so the
same store always gives the same graph (and the same files when exported).

>>> from kg.graphdata import GraphData
>>> project(GraphData({}, {}, {}), "cooccurrence").number_of_nodes()
0
"""
from __future__ import annotations

from collections import Counter, defaultdict
from itertools import combinations

import networkx as nx

from kg.graphdata import Claim, Entity, GraphData, Paper
from kg.namespaces import slug

PROJECTIONS = ("full", "bipartite", "cooccurrence", "compared-against")
SEP = "; "


def project(data: GraphData, projection: str = "full") -> nx.Graph:
    """The networkx graph of one projection (see the module docstring)."""
    try:
        fn = _BUILDERS[projection]
    except KeyError:
        raise ValueError(f"unknown projection {projection!r}; valid: {', '.join(PROJECTIONS)}") from None
    g = fn(data)
    g.graph["projection"] = projection
    return g


def _clean(attrs: dict) -> dict:
    """Drop absent values and join sequences: what every node/edge attribute dict goes through."""
    out = {}
    for k, v in attrs.items():
        if v is None:
            continue
        if isinstance(v, (tuple, list)):
            if not v:
                continue
            v = SEP.join(str(x) for x in v)
        elif isinstance(v, bool):
            v = int(v)
        elif not isinstance(v, (str, int, float)):
            v = str(v)  # dates -> ISO strings
        out[k] = v
    return out


def paper_attrs(p: Paper) -> dict:
    return _clean({"type": "Paper", "label": p.title, "paper_id": p.id, "title": p.title,
                   "date": p.date.isoformat() if p.date else None, "arxiv_id": p.arxiv_id,
                   "authors": p.authors, "author_count": p.author_count, "organisation": p.organisation,
                   "upvotes": p.upvotes, "code_repositories": p.code_repositories,
                   "claims": len(p.claims), "abstract": p.abstract or None})


def entity_attrs(e: Entity) -> dict:
    return _clean({"type": e.type or "Entity", "label": e.label, "types": e.types, "aliases": e.aliases,
                   "family": e.family.label if e.family else None, "papers": len(e.all_papers)})


def claim_attrs(c: Claim) -> dict:
    return _clean({"type": "Claim", "label": c.label, "kind": c.kind,
                   "value": float(c.value) if c.value is not None else None,
                   "value_min": c.value_min, "surface_text": c.surface_text, "unit": c.unit,
                   "qualifier": c.qualifier, "measure": c.measure, "subject": c.subject,
                   "baselines": c.baselines, "paper_id": c.paper.id, "sentence": c.sentence,
                   "field": c.field, "start": c.start, "end": c.end})


def full(data: GraphData) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for p in data.papers.values():
        g.add_node(p.key, **paper_attrs(p))
    for e in data.entities.values():
        g.add_node(e.key, **entity_attrs(e))
    for c in data.claims.values():
        g.add_node(c.key, **claim_attrs(c))
    for p in data.papers.values():
        for rel, refs in p.relations.items():
            for r in refs:
                g.add_edge(p.key, r.key, key=rel, relation=rel)
    for e in data.entities.values():
        if e.family:
            g.add_edge(e.key, e.family.key, key="broader", relation="broader")
    paper_keys = {p.id: p.key for p in data.papers.values()}
    for c in data.claims.values():
        if c.paper.id in paper_keys:
            g.add_edge(c.key, paper_keys[c.paper.id], key="claimOf", relation="claimOf")
        for rel, r in c.entity_links():
            g.add_edge(c.key, r.key, key=rel, relation=rel)
    return g


def bipartite(data: GraphData) -> nx.Graph:
    g = nx.Graph()
    for p in data.papers.values():
        g.add_node(p.key, bipartite=0, **paper_attrs(p))
    linked: dict[tuple[str, str], set[str]] = defaultdict(set)
    for p in data.papers.values():
        for rel, refs in p.relations.items():
            for r in refs:
                linked[(p.key, r.key)].add(rel)
    for key in sorted({e for _, e in linked}):
        g.add_node(key, bipartite=1, **entity_attrs(data.entities[key]))
    for (pk, ek), rels in sorted(linked.items()):
        g.add_edge(pk, ek, relations=SEP.join(sorted(rels)), weight=len(rels))
    return g


def cooccurrence(data: GraphData) -> nx.Graph:
    g = nx.Graph()
    shared: Counter[tuple[str, str]] = Counter()
    used: set[str] = set()
    for p in data.papers.values():
        keys = sorted({r.key for r in p.entities})
        used.update(keys)
        shared.update(combinations(keys, 2))
    for key in sorted(used):
        g.add_node(key, **entity_attrs(data.entities[key]))
    for (a, b), n in sorted(shared.items()):
        g.add_edge(a, b, weight=n)
    return g


def compared_against(data: GraphData) -> nx.DiGraph:
    g = nx.DiGraph()
    pairs: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    nodes: dict[str, dict] = {}

    def node(ref, label: str | None) -> str | None:
        if ref is not None:
            nodes[ref.key] = entity_attrs(data.entities[ref.key])
            return ref.key
        if not label:
            return None
        key = "entity/" + slug(label)
        if key in data.entities:  # the label names an entity even though the claim did not link it
            nodes[key] = entity_attrs(data.entities[key])
        else:
            nodes.setdefault(key, {"type": "Unresolved", "label": label})
        return key

    for c in data.claims.values():
        subject = node(c.subject_entity, c.subject)
        if subject is None:
            continue
        targets = {node(r, None) for r in c.baseline_entities}
        # a label whose entity is already linked is the same baseline, not a second one
        covered = {slug(n) for r in c.baseline_entities for n in (r.label, *data.entities[r.key].aliases)}
        targets |= {node(None, label) for label in c.baselines if slug(label) not in covered}
        for t in sorted(t for t in targets if t and t != subject):
            pairs[(subject, t)].append(c)
    for key in sorted({k for pair in pairs for k in pair}):  # only nodes with an edge
        g.add_node(key, **nodes[key])
    for (a, b), cs in sorted(pairs.items()):
        g.add_edge(a, b, weight=len(cs), kinds=SEP.join(sorted({c.kind for c in cs})),
                   papers=SEP.join(sorted({c.paper.id for c in cs})), claims=SEP.join(c.key for c in cs))
    return g


_BUILDERS = {"full": full, "bipartite": bipartite, "cooccurrence": cooccurrence,
             "compared-against": compared_against}
