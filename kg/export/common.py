"""What every exporter shares: attribute typing, stable edge ids, XML-safe text, node colours and sizes."""
from __future__ import annotations

import math
import re
from collections.abc import Iterable
from typing import BinaryIO

import networkx as nx
from lxml import etree

# colour per node type (Paper, the six entity types, Claim, Unresolved), RGB
COLOURS = {"Paper": (96, 125, 139), "Method": (33, 150, 243), "Model": (156, 39, 176),
           "Dataset": (76, 175, 80), "Task": (255, 152, 0), "Hardware": (121, 85, 72),
           "Concept": (0, 188, 212), "Claim": (244, 67, 54), "Unresolved": (189, 189, 189)}
DEFAULT_COLOUR = (158, 158, 158)
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(s: str) -> str:
    """``s`` without the characters XML 1.0 cannot hold (control characters); lxml escapes the rest."""
    return _XML_BAD.sub("", s)


def value_kind(values) -> str:
    """"boolean", "integer", "double" or "string": the one type all ``values`` of an attribute fit.

    >>> value_kind([1, 2]), value_kind([1, 2.5]), value_kind(["a", 1]), value_kind([True])
    ('integer', 'double', 'string', 'boolean')
    """
    kinds = {type(v) for v in values}
    if kinds == {bool}:
        return "boolean"
    if kinds <= {int} and kinds:
        return "integer"
    if kinds <= {int, float} and kinds:
        return "double"
    return "string"


def attribute_kinds(items) -> dict[str, str]:
    """name -> value_kind for the attribute dicts ``items``, names sorted."""
    seen: dict[str, list] = {}
    for attrs in items:
        for k, v in attrs.items():
            if v is not None:
                seen.setdefault(k, []).append(v)
    return {k: value_kind(v) for k, v in sorted(seen.items())}


def format_value(v, kind: str) -> str:
    if kind == "boolean":
        return "true" if v else "false"
    if kind == "double":
        return repr(float(v))
    if kind == "integer":
        return str(int(v))
    return xml_text(str(v))


def edges(graph: nx.Graph):
    """(edge id, source, target, attrs) in sorted order; ids are stable: "source|target", plus "|key"
    in multigraphs (node keys never contain "|").

    >>> g = nx.MultiDiGraph(); _ = g.add_edge("paper/p", "entity/e", key="usesMethod")
    >>> [e[0] for e in edges(g)]
    ['paper/p|entity/e|usesMethod']
    """
    if graph.is_multigraph():
        out = [(f"{u}|{v}|{k}", u, v, d) for u, v, k, d in graph.edges(keys=True, data=True)]
    else:
        out = [(f"{u}|{v}", u, v, d) for u, v, d in graph.edges(data=True)]
    return sorted(out, key=lambda e: e[0])


def node_size(degree: int) -> float:
    """Node size for the viz module: grows with the square root of the degree, so hubs stand out
    without dwarfing everything else."""
    return round(4.0 + 3.0 * math.sqrt(degree), 3)


_SLOT = "paper-kg:elements"


def write_streamed(out: BinaryIO, root: etree._Element,
                   parts: list[tuple[etree._Element, int, int, Iterable[etree._Element]]]) -> None:
    """Write the XML document ``root``, pretty-printed, to ``out``, with the elements of each part serialised
    one at a time into its holder, so that the whole document is never held (the full graph of an 80k
    store as one lxml tree: 6.2 GiB). A part is (holder, depth of its elements, how many, the elements):
    the elements are made one by one as children of the holder (SubElement, for their namespaces), and
    each is removed once written. The bytes are those of the whole tree pretty-printed."""
    for holder, _, count, _ in parts:
        if count:  # where its elements go (an empty holder stays <nodes count="0"/>)
            holder.append(etree.Comment(_SLOT))
    frame = etree.tostring(root.getroottree(), xml_declaration=True, encoding="UTF-8", pretty_print=True)
    pieces = iter(frame.split(f"<!--{_SLOT}-->".encode()))
    # serialised alone, an element declares again the namespaces the root declares
    declared = [(f' xmlns:{p}="{uri}"' if p else f' xmlns="{uri}"').encode() for p, uri in root.nsmap.items()]
    out.write(next(pieces))
    for holder, depth, count, elements in parts:
        if not count:
            continue
        between = b"\n" + b"  " * depth
        for n, el in enumerate(elements):
            etree.indent(el, space="  ", level=depth)  # (where pretty-printing the whole tree puts it)
            el.tail = None
            text = etree.tostring(el, encoding="UTF-8")
            for declaration in declared:
                text = text.replace(declaration, b"", 1)
            out.write(between + text if n else text)
            holder.remove(el)
        out.write(next(pieces))
