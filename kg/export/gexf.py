"""Our own GEXF 1.3 writer (networkx's writes invalid 1.3: a wrong namespace, ``z="None"``, errors on
None and lists).

What it writes: declared, typed node and edge attributes (ids equal to their titles, which is how
graphology-gexf, the parser of Gephi Lite, names them); node labels; ``viz:color`` by node type,
``viz:size`` by degree and a deterministic ``viz:position``; edge ``label``/``kind`` = the relation,
``weight`` when the edge has one; node ids = our stable node keys, edge ids = "source->target#key".
Output is byte-identical for the same graph. Validates against ``gexf.rng`` of GEXF 1.3
(``tests/gexf-1.3/``).

>>> import networkx as nx, io
>>> g = nx.DiGraph(); g.add_node("entity/x", type="Method", label="X"); g.add_edge("entity/x", "entity/x", relation="r")
>>> b'<node id="entity/x" label="X">' in gexf_bytes(g)
True
"""
from __future__ import annotations

import hashlib
import io
from pathlib import Path
from typing import BinaryIO

import networkx as nx
from lxml import etree

from kg.export.common import (COLOURS, DEFAULT_COLOUR, attribute_kinds, edges, format_value, node_size,
                               write_streamed, xml_text)

GEXF_NS = "http://gexf.net/1.3"
VIZ_NS = "http://gexf.net/1.3/viz"
# attributes that GEXF carries natively: not repeated as attvalues
_NODE_NATIVE = {"label"}
_EDGE_NATIVE = {"weight"}
_GEXF_TYPE = {"integer": "long", "double": "double", "boolean": "boolean", "string": "string"}


SPRING_MAX_NODES = 500  # above this the force-directed layout takes tens of seconds on a small machine


def positions(graph: nx.Graph, layout: str = "auto") -> dict[str, tuple[float, float]]:
    """Deterministic 2-D positions, so the file opens as a picture (Gephi users then run ForceAtlas2):
    "spring" (force-directed, fixed seed), "hash" (each node placed by a hash of its key: stable when
    nodes are added, instant), "auto" (spring up to SPRING_MAX_NODES nodes, else hash), "none".

    >>> positions(nx.path_graph(["a", "b"]), "hash")["a"]
    (54.44, 958.18)
    """
    if layout == "auto":
        layout = "spring" if graph.number_of_nodes() <= SPRING_MAX_NODES else "hash"
    if layout == "none" or graph.number_of_nodes() == 0:
        return {}
    if layout == "hash":
        return {n: _hash_xy(str(n)) for n in graph}
    if layout != "spring":
        raise ValueError(f"unknown layout {layout!r}; valid: auto, spring, hash, none")
    simple = nx.Graph()
    simple.add_nodes_from(sorted(graph))
    simple.add_edges_from(sorted((u, v) for u, v in graph.edges() if u != v))
    pos = nx.spring_layout(simple, seed=42, iterations=50, scale=1000.0)
    return {n: (round(float(x), 2), round(float(y), 2)) for n, (x, y) in pos.items()}


def _hash_xy(key: str) -> tuple[float, float]:
    h = hashlib.sha1(key.encode("utf-8")).digest()
    return (round(int.from_bytes(h[:4], "big") / 2**32 * 2000 - 1000, 2),
            round(int.from_bytes(h[4:8], "big") / 2**32 * 2000 - 1000, 2))


def write_to(graph: nx.Graph, out: BinaryIO, *, layout: str = "auto", description: str | None = None) -> None:
    """Write the GEXF 1.3 document of ``graph`` to the binary file ``out`` (nodes need ``label``/``type``;
    other attributes are declared with the type their values share: long, double, boolean or string),
    one node or edge at a time (``common.write_streamed``)."""
    # no xsi:schemaLocation: the 1.3 RelaxNG schema does not allow it (and the 1.3 XSD is wrong about viz)
    root = etree.Element(f"{{{GEXF_NS}}}gexf", nsmap={None: GEXF_NS, "viz": VIZ_NS}, version="1.3")
    meta = etree.SubElement(root, "meta")
    etree.SubElement(meta, "creator").text = "paper-kg"
    proj = graph.graph.get("projection")
    etree.SubElement(meta, "description").text = xml_text(
        description or f"paper-kg knowledge graph, projection {proj or 'custom'}")
    g = etree.SubElement(root, "graph", defaultedgetype="directed" if graph.is_directed() else "undirected",
                         mode="static")

    node_items = sorted(graph.nodes(data=True), key=lambda nd: nd[0])
    edge_items = edges(graph)
    node_kinds = {k: t for k, t in attribute_kinds(d for _, d in node_items).items() if k not in _NODE_NATIVE}
    edge_kinds = {k: t for k, t in attribute_kinds(d for *_, d in edge_items).items() if k not in _EDGE_NATIVE}
    for cls, kinds in (("node", node_kinds), ("edge", edge_kinds)):
        attrs = etree.SubElement(g, "attributes", {"class": cls})
        for name, kind in kinds.items():
            etree.SubElement(attrs, "attribute", id=name, title=name, type=_GEXF_TYPE[kind])
    nodes = etree.SubElement(g, "nodes", count=str(len(node_items)))
    es = etree.SubElement(g, "edges", count=str(len(edge_items)))
    pos = positions(graph, layout)

    def node_elements():
        for key, d in node_items:
            el = etree.SubElement(nodes, "node", id=xml_text(str(key)), label=_token(d.get("label", key)))
            _attvalues(el, d, node_kinds)
            r, gr, b = COLOURS.get(d.get("type", ""), DEFAULT_COLOUR)
            etree.SubElement(el, f"{{{VIZ_NS}}}color", r=str(r), g=str(gr), b=str(b))
            if key in pos:
                etree.SubElement(el, f"{{{VIZ_NS}}}position", x=repr(pos[key][0]), y=repr(pos[key][1]))
            etree.SubElement(el, f"{{{VIZ_NS}}}size", value=repr(node_size(graph.degree(key))))
            yield el

    def edge_elements():
        for eid, u, v, d in edge_items:
            el = etree.SubElement(es, "edge", id=xml_text(eid), source=xml_text(str(u)), target=xml_text(str(v)))
            if "relation" in d:
                el.set("label", _token(d["relation"]))
                el.set("kind", _token(d["relation"]))
            if isinstance(d.get("weight"), (int, float)) and not isinstance(d.get("weight"), bool):
                el.set("weight", repr(float(d["weight"])))
            _attvalues(el, d, edge_kinds)
            yield el

    write_streamed(out, root, [(nodes, 3, len(node_items), node_elements()), (es, 3, len(edge_items), edge_elements())])


def gexf_bytes(graph: nx.Graph, **options) -> bytes:
    """The GEXF 1.3 document of ``graph`` (see ``write_to`` for ``options``)."""
    buffer = io.BytesIO()
    write_to(graph, buffer, **options)
    return buffer.getvalue()


def write_gexf(graph: nx.Graph, path: str | Path, **options) -> None:
    """Write ``graph`` as GEXF 1.3 to ``path`` (see ``write_to`` for ``options``)."""
    with Path(path).open("wb") as out:
        write_to(graph, out, **options)


def _attvalues(el, d: dict, kinds: dict[str, str]) -> None:
    present = [(k, d[k]) for k in kinds if d.get(k) is not None]
    if present:
        av = etree.SubElement(el, "attvalues")
        for k, v in present:
            etree.SubElement(av, "attvalue", {"for": k, "value": format_value(v, kinds[k])})


def _token(s) -> str:
    """An ``xsd:token`` (labels): whitespace collapsed, no control characters."""
    return " ".join(xml_text(str(s)).split())
