"""What is in a store: papers, entities per type, claims per kind, triples."""
from __future__ import annotations

from dataclasses import dataclass, field

from pyoxigraph import Store

from .namespaces import PREFIXES


@dataclass
class StoreStats:
    triples: int
    papers: int
    claims: int
    entities: dict[str, int] = field(default_factory=dict)  # class local name -> nodes of that main type
    claim_kinds: dict[str, int] = field(default_factory=dict)


def _count_by(store: Store, query: str) -> dict[str, int]:
    rows = store.query(query, use_default_graph_as_union=True, prefixes=PREFIXES)
    return {r["k"].value.rsplit("#", 1)[-1]: int(r["n"].value) for r in rows}


def entity_counts(store: Store) -> dict[str, int]:
    """Entity nodes per class local name ("Dataset"), each node counted once, under its main type
    (kg.resolve.main_type); a store written before pkg:mainType counts a node under every type any paper
    gives it."""
    return {k.capitalize(): n for k, n in _count_by(store, """SELECT ?k (COUNT(?e) AS ?n) WHERE {
        ?e pkg:mainType ?k } GROUP BY ?k ORDER BY ?k""").items()} or _count_by(store, """
        SELECT ?k (COUNT(DISTINCT ?e) AS ?n) WHERE {
        VALUES ?k { pkg:Method pkg:Model pkg:Dataset pkg:Task pkg:Hardware pkg:Concept } ?e a ?k }
        GROUP BY ?k ORDER BY ?k""")


def claim_counts(store: Store) -> dict[str, int]:
    """Claims per kind's local name ("Speedup")."""
    return _count_by(store, "SELECT ?k (COUNT(?c) AS ?n) WHERE { ?c a pkg:Claim ; pkg:claimKind ?k } "
                            "GROUP BY ?k ORDER BY ?k")


def store_stats(store: Store) -> StoreStats:
    entities, kinds = entity_counts(store), claim_counts(store)
    papers = next(iter(store.query("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a pkg:Paper }",
                                   use_default_graph_as_union=True, prefixes=PREFIXES)))["n"].value
    return StoreStats(triples=len(store), papers=int(papers), claims=sum(kinds.values()),
                      entities=entities, claim_kinds=kinds)
