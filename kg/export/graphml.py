"""GraphML for yEd and Cytoscape: one typed ``<key>`` per attribute (int -> long, float -> double,
bool -> boolean, else string), ids ``n_<name>``/``e_<name>`` so node and edge attributes of the same
name never clash, no empty or None values, stable edge ids, sorted output.

>>> import networkx as nx
>>> g = nx.Graph(); g.add_node("a", label="A", papers=2); g.add_edge("a", "a", weight=1.5)
>>> b'attr.name="papers" attr.type="long"' in graphml_bytes(g)
True
"""
from __future__ import annotations

import io
from pathlib import Path
from typing import BinaryIO

import networkx as nx
from lxml import etree

from kg.export.common import attribute_kinds, edges, format_value, write_streamed, xml_text

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
_TYPE = {"integer": "long", "double": "double", "boolean": "boolean", "string": "string"}


def write_to(graph: nx.Graph, out: BinaryIO) -> None:
    """Write the GraphML document of ``graph`` to the binary file ``out``, one node or edge at a time
    (``common.write_streamed``)."""
    root = etree.Element(f"{{{GRAPHML_NS}}}graphml", nsmap={None: GRAPHML_NS})
    node_items = sorted(graph.nodes(data=True), key=lambda nd: nd[0])
    edge_items = edges(graph)
    node_kinds = attribute_kinds(d for _, d in node_items)
    edge_kinds = attribute_kinds(d for *_, d in edge_items)
    for cls, prefix, kinds in (("node", "n_", node_kinds), ("edge", "e_", edge_kinds)):
        for name, kind in kinds.items():
            etree.SubElement(root, "key", {"id": prefix + name, "for": cls, "attr.name": name,
                                           "attr.type": _TYPE[kind]})
    g = etree.SubElement(root, "graph", id=str(graph.graph.get("projection", "G")),
                         edgedefault="directed" if graph.is_directed() else "undirected")

    def elements():
        for key, d in node_items:
            el = etree.SubElement(g, "node", id=xml_text(str(key)))
            _data(el, "n_", d, node_kinds)
            yield el
        for eid, u, v, d in edge_items:
            el = etree.SubElement(g, "edge", id=xml_text(eid), source=xml_text(str(u)), target=xml_text(str(v)))
            _data(el, "e_", d, edge_kinds)
            yield el

    write_streamed(out, root, [(g, 2, len(node_items) + len(edge_items), elements())])


def graphml_bytes(graph: nx.Graph) -> bytes:
    buffer = io.BytesIO()
    write_to(graph, buffer)
    return buffer.getvalue()


def write_graphml(graph: nx.Graph, path: str | Path) -> None:
    with Path(path).open("wb") as out:
        write_to(graph, out)


def _data(el, prefix: str, d: dict, kinds: dict[str, str]) -> None:
    for k, kind in kinds.items():
        if d.get(k) is not None:
            etree.SubElement(el, "data", key=prefix + k).text = format_value(d[k], kind)
