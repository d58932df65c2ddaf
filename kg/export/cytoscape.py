"""Cytoscape.js JSON (also what Cytoscape desktop imports as "Cytoscape.js JSON"): ``elements`` with
``nodes`` and ``edges``, every id a string, attributes under ``data``.

>>> import networkx as nx
>>> g = nx.DiGraph(); g.add_node("a", label="A"); g.add_edge("a", "a", relation="r")
>>> cytoscape_json(g)["elements"]["edges"][0]["data"]
{'id': 'a|a', 'source': 'a', 'target': 'a', 'relation': 'r'}
"""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from kg.export.common import edges

_RESERVED = ("id", "source", "target", "name", "key")


def cytoscape_json(graph: nx.Graph) -> dict:
    """The document as a dict. Besides ``id``, nodes carry ``name`` (the label: the column Cytoscape
    desktop shows) and multigraph edges their ``key``; attributes named like those reserved keys are
    renamed with a leading underscore, never dropped. (No networkx-style ``value`` key: claims have
    a numeric ``value`` attribute, which Cytoscape users map to sizes.)"""
    nodes = [{"data": {"id": str(k), "name": str(d.get("label", k)), **_data(d)}}
             for k, d in sorted(graph.nodes(data=True), key=lambda nd: nd[0])]
    es = []
    for eid, u, v, d in edges(graph):
        extra = {"key": eid.rsplit("|", 1)[1]} if graph.is_multigraph() else {}
        es.append({"data": {"id": eid, "source": str(u), "target": str(v), **extra, **_data(d)}})
    return {"format_version": "1.0", "generated_by": "paper-kg", "target_cytoscapejs_version": "~3.0",
            "data": {"name": str(graph.graph.get("projection", "paper-kg"))},
            "directed": graph.is_directed(), "multigraph": graph.is_multigraph(),
            "elements": {"nodes": nodes, "edges": es}}


def write_cytoscape(graph: nx.Graph, path: str | Path) -> None:
    Path(path).write_text(json.dumps(cytoscape_json(graph), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def _data(d: dict) -> dict:
    return {("_" + k if k in _RESERVED else k): v for k, v in d.items() if v is not None}
