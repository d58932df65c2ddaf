"""Where a paper names an entity: the ``pkg:occurrences`` literal, and the way back to one row per mention.

Each entity node of a paper's extracted graph carries ONE ``pkg:occurrences`` string listing every span
of the paper's text that names it, instead of one node per mention (six quads each, which were 42% of a
store). Grammar (also ``PATTERN``, the shapes' sh:pattern)::

    occurrences = span *( " " span )
    span        = field ":" start "-" end        ; start <= end, character offsets into the field
    field       = "title" / "abstract"
    start, end  = "0" / %x31-39 *DIGIT           ; decimal, no leading zeros

Spans are written title first, then by start and end offset, each once. The surface form of a span is
the field's text at those offsets (``dcterms:title`` / ``dcterms:abstract`` of the paper), which is the
text the extractor saw (kg.builder leaves out a mention whose text is not); the paper and the
extraction activity are those of the graph the literal is in.

>>> encode([("abstract", 6, 10), ("title", 0, 4), ("abstract", 6, 10)])
'title:0-4 abstract:6-10'
>>> decode("title:0-4 abstract:6-10")
[Span(field='title', start=0, end=4), Span(field='abstract', start=6, end=10)]
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from pyoxigraph import DefaultGraph, NamedNode, Store

from kg.namespaces import DCTERMS, PKG, entity_iri, extracted_graph, paper_iri, slug

FIELDS = ("title", "abstract")  # in the order spans are written
_NUMBER = "(0|[1-9][0-9]*)"
_SPAN = f"({'|'.join(FIELDS)}):{_NUMBER}-{_NUMBER}"
PATTERN = f"^{_SPAN}( {_SPAN})*$"
_SPAN_RE = re.compile(f"^{_SPAN}$")
OCCURRENCES = NamedNode(PKG + "occurrences")


@dataclass(frozen=True)
class Span:
    """One place a paper names an entity: ``field`` ("title" or "abstract") and character offsets."""

    field: str
    start: int
    end: int


@dataclass(frozen=True)
class MentionRow:
    """One mention, decoded: the paper, the entity node (IRI), where, and the text there."""

    paper: str
    entity: str
    field: str
    start: int
    end: int
    text: str


def _key(span: tuple[str, int, int]) -> tuple[int, int, int]:
    field, start, end = span
    if field not in FIELDS:
        raise ValueError(f"span field {field!r} is neither title nor abstract")
    if not 0 <= start <= end:
        raise ValueError(f"span offsets {start}..{end} are not 0 <= start <= end")
    return FIELDS.index(field), start, end


def encode(spans: Iterable[tuple[str, int, int]]) -> str:
    """The ``pkg:occurrences`` literal of (field, start, end) spans: sorted, each once.

    Raises ValueError on an unknown field, bad offsets, or no span at all.

    >>> encode([("title", 0, 4)])
    'title:0-4'
    >>> encode([("body", 0, 4)])
    Traceback (most recent call last):
    ...
    ValueError: span field 'body' is neither title nor abstract
    """
    keyed = sorted({_key((f, int(a), int(b))) for f, a, b in spans})
    if not keyed:
        raise ValueError("no span to encode")
    return " ".join(f"{FIELDS[f]}:{a}-{b}" for f, a, b in keyed)


def decode(text: str) -> list[Span]:
    """The spans of a ``pkg:occurrences`` literal, in the order written.

    >>> decode("abstract:12-9")
    Traceback (most recent call last):
    ...
    ValueError: bad occurrences 'abstract:12-9': span 'abstract:12-9' ends before it starts
    """
    out = []
    for part in text.split(" "):
        m = _SPAN_RE.match(part)
        if not m:
            raise ValueError(f"bad occurrences {text!r}: {part!r} is not field:start-end "
                             f"(field title or abstract)")
        span = Span(m.group(1), int(m.group(2)), int(m.group(3)))
        if span.end < span.start:
            raise ValueError(f"bad occurrences {text!r}: span {part!r} ends before it starts")
        out.append(span)
    return out


def mentions(store: Store, paper_id: str, entity: str | None = None) -> list[MentionRow]:
    """One row per mention of the paper ``paper_id`` (of ``entity`` only when given: a node IRI, or a name
    the paper gives the node, canonical or not, compared by slug), with the surface text read from the
    paper's title or abstract; rows in order of position (title first), then by entity IRI.

    On the sample corpus (``kg build data/hf-daily-papers --store kg-store``), the HMAR paper:

    >>> from kg.store import open_store                                           # doctest: +SKIP
    >>> [(r.field, r.start, r.end, r.text) for r in                              # doctest: +SKIP
    ...  mentions(open_store("kg-store"), "t:112d0e6fe37fffbb", "HMAR")][:3]
    [('title', 0, 4, 'HMAR'), ('abstract', 692, 736, 'Hierarchical Masked Auto-Regressive modeling'), ('abstract', 738, 742, 'HMAR')]

    (tests/test_builder.py::test_occurrences_carry_provenance_and_real_offsets checks it on that abstract.)
    """
    graph, node = extracted_graph(paper_id), None
    if entity is not None:
        node = NamedNode(entity) if entity.startswith(("http://", "https://")) else _named(store, graph, entity)
    paper = paper_iri(paper_id)
    texts = {}
    for field, prop in (("title", "title"), ("abstract", "abstract")):
        found = [q.object.value for q in store.quads_for_pattern(paper, NamedNode(DCTERMS + prop), None,
                                                                 DefaultGraph())]
        texts[field] = found[0] if found else ""
    rows = []
    for q in store.quads_for_pattern(node, OCCURRENCES, None, graph):
        for s in decode(q.object.value):
            rows.append(MentionRow(paper_id, q.subject.value, s.field, s.start, s.end,
                                   texts[s.field][s.start:s.end]))
    return sorted(rows, key=lambda r: (FIELDS.index(r.field), r.start, r.end, r.entity))


def _named(store: Store, graph: NamedNode, name: str) -> NamedNode:
    """The node of ``graph`` that the paper calls ``name`` (the node minted from it, else one with it as
    a canonical name or spelling, by slug)."""
    node = entity_iri(name)
    if next(iter(store.quads_for_pattern(node, OCCURRENCES, None, graph)), None) is not None:
        return node
    key = slug(name)
    for prop in ("canonicalName", "spelling"):
        for q in store.quads_for_pattern(None, NamedNode(PKG + prop), None, graph):
            if slug(q.object.value) == key:
                return q.subject
    return node


__all__ = ["FIELDS", "PATTERN", "OCCURRENCES", "Span", "MentionRow", "encode", "decode", "mentions"]
