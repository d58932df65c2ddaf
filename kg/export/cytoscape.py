"""Cytoscape.js JSON (also what Cytoscape desktop imports as "Cytoscape.js JSON"): ``elements`` with
``nodes`` and ``edges``, every id a string, attributes under ``data``.

>>> import networkx as nx
>>> g = nx.DiGraph(); g.add_node("a", label="A"); g.add_edge("a", "a", relation="r")
>>> cytoscape_json(g)["elements"]["edges"][0]["data"]
{'id': 'a|a', 'source': 'a', 'target': 'a', 'relation': 'r'}
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import networkx as nx

from kg.export.common import edges

_RESERVED = ("id", "source", "target", "name", "key")


def cytoscape_json(graph: nx.Graph) -> dict:
    """The document as a dict. Besides ``id``, nodes carry ``name`` (the label: the column Cytoscape
    desktop shows) and multigraph edges their ``key``; attributes named like those reserved keys are
    renamed with a leading underscore, never dropped. (No networkx-style ``value`` key: claims have
    a numeric ``value`` attribute, which Cytoscape users map to sizes.)"""
    return _document(graph, list(_nodes(graph)), list(_edges(graph)))


def write_cytoscape(graph: nx.Graph, path: str | Path) -> None:
    """Write ``cytoscape_json(graph)`` to ``path`` as JSON indented by one space, one element at a time, so
    that the whole document is never held (the full graph of an 80k store has over a million elements)."""
    has_nodes, has_edges = graph.number_of_nodes() > 0, graph.number_of_edges() > 0
    frame = json.dumps(_document(graph, [_SLOT] * has_nodes, [_SLOT] * has_edges), ensure_ascii=False, indent=1)
    pieces = iter(frame.split(json.dumps(_SLOT)))
    with Path(path).open("w", encoding="utf-8") as out:
        out.write(next(pieces))
        for present, elements in ((has_nodes, _nodes(graph)), (has_edges, _edges(graph))):
            if not present:
                continue
            for n, element in enumerate(elements):
                # (an element of a list three levels down: its lines indented by three more spaces; a
                # newline inside a JSON string is written escaped, so every line break is the layout's)
                text = json.dumps(element, ensure_ascii=False, indent=1).replace("\n", "\n   ")
                out.write(",\n   " + text if n else text)
            out.write(next(pieces))
        out.write("\n")


_SLOT = "\u0000paper-kg:elements"  # where the streamed elements go in the document's frame


def _document(graph: nx.Graph, nodes: list, edges_: list) -> dict:
    return {"format_version": "1.0", "generated_by": "paper-kg", "target_cytoscapejs_version": "~3.0",
            "data": {"name": str(graph.graph.get("projection", "paper-kg"))},
            "directed": graph.is_directed(), "multigraph": graph.is_multigraph(),
            "elements": {"nodes": nodes, "edges": edges_}}


def _nodes(graph: nx.Graph) -> Iterator[dict]:
    for k, d in sorted(graph.nodes(data=True), key=lambda nd: nd[0]):
        yield {"data": {"id": str(k), "name": str(d.get("label", k)), **_data(d)}}


def _edges(graph: nx.Graph) -> Iterator[dict]:
    for eid, u, v, d in edges(graph):
        extra = {"key": eid.rsplit("|", 1)[1]} if graph.is_multigraph() else {}
        yield {"data": {"id": eid, "source": str(u), "target": str(v), **extra, **_data(d)}}


def _data(d: dict) -> dict:
    return {("_" + k if k in _RESERVED else k): v for k, v in d.items() if v is not None}
