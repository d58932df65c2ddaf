"""`kg dump`: the whole graph as N-Quads, TriG, Turtle or JSON-LD, in a deterministic order.

N-Quads output is sorted line by line (code-point order), so the same input gives a byte-identical file:
that is the reproducibility check of a build. TriG and JSON-LD keep the graphs (the default graph of
papers, claims and entity labels; each paper's graph of what it says of its entities; the ontology; the
extractor agents); Turtle cannot hold named graphs, so it writes the union of all graphs (a claim still
names its paper through pkg:paper, an extraction activity through prov:used).

>>> from pyoxigraph import Store                                  # doctest: +SKIP
>>> dump(Store("kg-store"), "nquads", open("graph.nq", "wb"))     # doctest: +SKIP
"""
from __future__ import annotations

from typing import BinaryIO

from pyoxigraph import Quad, RdfFormat, Store, Triple, serialize

from kg.namespaces import PREFIXES

FORMATS = {"nquads": RdfFormat.N_QUADS, "trig": RdfFormat.TRIG, "turtle": RdfFormat.TURTLE,
           "jsonld": RdfFormat.JSON_LD}
EXTENSIONS = {"nquads": ".nq", "trig": ".trig", "turtle": ".ttl", "jsonld": ".jsonld"}


class DumpError(ValueError):
    pass


def sorted_nquads(store: Store) -> bytes:
    """Every quad of the store as N-Quads, one per line, lines sorted: byte-identical for equal graphs."""
    text = store.dump(format=RdfFormat.N_QUADS).decode("utf-8")
    lines = sorted(set(line for line in text.split("\n") if line))
    return ("\n".join(lines) + "\n").encode("utf-8") if lines else b""


def _key(q: Quad | Triple) -> tuple[str, ...]:
    g = str(q.graph_name) if isinstance(q, Quad) else ""
    return g, str(q.subject), str(q.predicate), str(q.object)


def sorted_quads(store: Store) -> list[Quad]:
    return sorted(store.quads_for_pattern(None, None, None, None), key=_key)


def union_triples(store: Store) -> list[Triple]:
    """The union of all graphs, each triple once, sorted."""
    triples = {Triple(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, None)}
    return sorted(triples, key=_key)


def dump(store: Store, fmt: str, output: BinaryIO) -> int:
    """Write the graph in format ``fmt`` (nquads, trig, turtle, jsonld) to ``output``; returns bytes written."""
    if fmt not in FORMATS:
        raise DumpError(f"unknown dump format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "nquads":
        data = sorted_nquads(store)
    elif fmt == "turtle":
        data = serialize(union_triples(store), format=FORMATS[fmt], prefixes=PREFIXES)
    elif fmt == "trig":
        data = serialize(sorted_quads(store), format=FORMATS[fmt], prefixes=PREFIXES)
    else:  # JSON-LD: full IRIs (pyoxigraph writes no @context), one object per graph and subject
        data = serialize(sorted_quads(store), format=FORMATS[fmt])
    output.write(data)
    return len(data)
