"""CSV node and edge tables (Gephi's spreadsheet import, pandas, spreadsheets): ``nodes.csv`` with
``id, label, type`` then every other attribute (sorted), ``edges.csv`` with ``id, source, target``
then every edge attribute; empty cell = no value. UTF-8, "\\n" line ends, sorted rows.

>>> import networkx as nx, tempfile, pathlib
>>> g = nx.Graph(); g.add_node("a", label="A", type="Method"); g.add_edge("a", "a", weight=2)
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> [p.name for p in write_csv(g, d)], (d / "edges.csv").read_text()
(['nodes.csv', 'edges.csv'], 'id,source,target,weight\\na|a,a,a,2\\n')
"""
from __future__ import annotations

import csv
from pathlib import Path

import networkx as nx

from kg.export.common import attribute_kinds, edges, format_value

_NODE_FIRST = ("label", "type")


def write_csv(graph: nx.Graph, directory: str | Path) -> list[Path]:
    """Write ``directory``/nodes.csv and edges.csv (the directory is created); returns both paths."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    node_items = sorted(graph.nodes(data=True), key=lambda nd: nd[0])
    kinds = attribute_kinds(d for _, d in node_items)
    cols = [c for c in _NODE_FIRST if c in kinds] + [c for c in kinds if c not in _NODE_FIRST]
    nodes_path = directory / "nodes.csv"
    _write(nodes_path, ["id", *cols], ([str(k), *(_cell(d.get(c), kinds[c]) for c in cols)] for k, d in node_items))
    edge_items = edges(graph)
    ekinds = attribute_kinds(d for *_, d in edge_items)
    edges_path = directory / "edges.csv"
    _write(edges_path, ["id", "source", "target", *ekinds],
           ([eid, str(u), str(v), *(_cell(d.get(c), ekinds[c]) for c in ekinds)] for eid, u, v, d in edge_items))
    return [nodes_path, edges_path]


def _cell(v, kind: str) -> str:
    return "" if v is None else format_value(v, kind)


def _write(path: Path, header: list[str], rows) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
