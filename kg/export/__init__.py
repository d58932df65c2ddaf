"""Writing a networkx projection to files other tools open: GEXF 1.3 (Gephi, Gephi Lite), GraphML (yEd,
Cytoscape), Cytoscape.js JSON, and CSV node/edge tables.

>>> import networkx as nx, tempfile, pathlib
>>> g = nx.DiGraph(); g.add_node("a", type="Method", label="A"); g.add_edge("a", "a", relation="self")
>>> out = pathlib.Path(tempfile.mkdtemp()) / "g.json"
>>> export(g, "cytoscape", out) == [out]
True
"""
from __future__ import annotations

from pathlib import Path

import networkx as nx

FORMATS = ("gexf", "graphml", "cytoscape", "csv")


def export(graph: nx.Graph, fmt: str, path: str | Path) -> list[Path]:
    """Write ``graph`` as ``fmt`` to ``path`` (for csv: a directory receiving nodes.csv and edges.csv);
    returns the files written."""
    path = Path(path)
    if fmt == "gexf":
        from .gexf import write_gexf
        write_gexf(graph, path)
        return [path]
    if fmt == "graphml":
        from .graphml import write_graphml
        write_graphml(graph, path)
        return [path]
    if fmt == "cytoscape":
        from .cytoscape import write_cytoscape
        write_cytoscape(graph, path)
        return [path]
    if fmt == "csv":
        from .csvtables import write_csv
        return write_csv(graph, path)
    raise ValueError(f"unknown export format {fmt!r}; valid: {', '.join(FORMATS)}")
