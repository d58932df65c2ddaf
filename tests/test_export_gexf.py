"""GEXF 1.3 export: validates against the official RelaxNG schema (tests/gexf-1.3, CC BY 4.0), parses with
graphology-gexf (the parser of Gephi Lite, installed from npm into tests/js) and networkx, and is stable."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from _api_helpers import DEEPPRUNE, fixture_graph
from lxml import etree

from kg.export.gexf import gexf_bytes, write_gexf
from kg.views import PROJECTIONS

HERE = Path(__file__).resolve().parent
JS = HERE / "js"


@pytest.fixture(scope="module")
def g():
    return fixture_graph()


@pytest.fixture(scope="session")
def gexf_schema() -> etree.RelaxNG:
    return etree.RelaxNG(etree.parse(str(HERE / "gexf-1.3" / "gexf.rng")))


@pytest.fixture(scope="session")
def graphology_parse():
    """A function parsing a GEXF file with graphology-gexf in Node; installs the pinned packages of
    tests/js/package-lock.json on first use. Skips only when node/npm are not installed."""
    npm, node = shutil.which("npm"), shutil.which("node")
    if not npm or not node:
        pytest.skip("node/npm not installed: cannot check the GEXF with graphology-gexf")
    if not (JS / "node_modules" / "graphology-gexf").is_dir():
        subprocess.run([npm, "ci", "--no-audit", "--no-fund", "--prefix", str(JS)], check=True,
                       capture_output=True, timeout=600)

    def parse(path: Path) -> dict:
        done = subprocess.run([node, str(JS / "parse_gexf.js"), str(path)], capture_output=True, text=True,
                              timeout=120)
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)

    return parse


def assert_valid(schema: etree.RelaxNG, path: Path) -> None:
    ok = schema.validate(etree.parse(str(path)))
    assert ok, str(schema.error_log)


@pytest.mark.parametrize("projection", PROJECTIONS)
def test_every_projection_validates_against_gexf_13(g, gexf_schema, projection, tmp_path):
    out = tmp_path / f"{projection}.gexf"
    write_gexf(g.to_networkx(projection), out)
    assert_valid(gexf_schema, out)


def test_schema_rejects_what_networkx_writes(g, gexf_schema, tmp_path):
    # the reason we write GEXF ourselves (and proof the validator is not vacuous)
    out = tmp_path / "nx.gexf"
    nx.write_gexf(g.to_networkx("compared-against"), out, version="1.3")
    assert not gexf_schema.validate(etree.parse(str(out)))


def test_declared_attributes_labels_viz_and_stable_ids(g):
    doc = etree.fromstring(gexf_bytes(g.to_networkx("full")))
    ns = {"g": "http://gexf.net/1.3", "viz": "http://gexf.net/1.3/viz"}
    declared = {a.get("title"): a.get("type") for a in doc.findall(".//g:attributes[@class='node']/g:attribute", ns)}
    assert declared["value"] == "double" and declared["papers"] == "long" and declared["type"] == "string"
    node = doc.find(".//g:node[@id='entity/aime2024']", ns)
    assert node.get("label") == "AIME 2024"
    assert {a.get("for"): a.get("value") for a in node.findall(".//g:attvalue", ns)} == {
        "aliases": "AIME24", "family": "AIME", "papers": "2", "type": "Dataset", "types": "Dataset"}
    colour = node.find("viz:color", ns)
    assert (colour.get("r"), colour.get("g"), colour.get("b")) == ("76", "175", "80")  # datasets are green
    # size grows with degree: AIME 2024 has 5 edges (2 papers, 2 claims, its family)
    assert node.find("viz:size", ns).get("value") == repr(round(4.0 + 3.0 * 5 ** 0.5, 3))
    edge = doc.find(f".//g:edge[@id='paper/{DEEPPRUNE}|entity/gpqa|evaluatesOn']", ns)
    assert (edge.get("source"), edge.get("target"), edge.get("label")) == (f"paper/{DEEPPRUNE}", "entity/gpqa",
                                                                           "evaluatesOn")
    assert b"None" not in gexf_bytes(g.to_networkx("full"))


def test_same_graph_same_bytes(g):
    assert gexf_bytes(g.to_networkx("full")) == gexf_bytes(fixture_graph().to_networkx("full"))


def test_the_streamed_document_is_the_whole_tree_pretty_printed(g, gexf_schema, tmp_path):
    """Nodes and edges are serialised one at a time into the document's frame: the bytes are what
    pretty-printing the whole tree gives, and a graph without edges or nodes is written (and valid) too."""
    full = gexf_bytes(g.to_networkx("full"))
    whole = etree.fromstring(full, etree.XMLParser(remove_blank_text=True))
    assert etree.tostring(whole, xml_declaration=True, encoding="UTF-8", pretty_print=True) == full
    assert len(whole.findall(".//{http://gexf.net/1.3}node")) == 35
    lonely, empty = nx.DiGraph(), nx.DiGraph()
    lonely.add_node("entity/x", type="Method", label="X")
    for graph in (lonely, empty):
        out = tmp_path / "small.gexf"
        write_gexf(graph, out)
        assert_valid(gexf_schema, out)
    assert b'<edges count="0"/>' in out.read_bytes() and b'<nodes count="0"/>' in out.read_bytes()


@pytest.mark.parametrize("projection", PROJECTIONS)
def test_graphology_gexf_reads_every_projection(g, graphology_parse, projection, tmp_path):
    graph = g.to_networkx(projection)
    out = tmp_path / f"{projection}.gexf"
    write_gexf(graph, out)
    parsed = graphology_parse(out)
    assert (parsed["order"], parsed["size"]) == (graph.number_of_nodes(), graph.number_of_edges())
    assert parsed["type"] == ("directed" if graph.is_directed() else "undirected")
    nodes = {n["key"]: n["attributes"] for n in parsed["nodes"]}
    for key, attrs in graph.nodes(data=True):
        got = {k: v for k, v in nodes[key].items() if k not in ("color", "size", "x", "y")}
        assert got == attrs  # same values, same types (numbers stay numbers)
    assert {(e["source"], e["target"]) for e in parsed["edges"]} == {(u, v) for u, v in graph.edges()}


def test_graphology_reads_colours_sizes_and_relations(g, graphology_parse, tmp_path):
    out = tmp_path / "full.gexf"
    write_gexf(g.to_networkx("full"), out)
    parsed = graphology_parse(out)
    assert parsed["multi"] is True  # DeepPrune uses consensus sampling and compares against it: parallel edges
    aime = next(n["attributes"] for n in parsed["nodes"] if n["key"] == "entity/aime2024")
    assert aime["color"] == "rgb(76,175,80)" and aime["size"] == round(4.0 + 3.0 * 5 ** 0.5, 3)
    edge = next(e for e in parsed["edges"] if e["key"] == f"paper/{DEEPPRUNE}|entity/gpqa|evaluatesOn")
    assert edge["attributes"]["relation"] == "evaluatesOn"


def test_networkx_reads_it_back(g, tmp_path):
    graph = g.to_networkx("full")
    out = tmp_path / "full.gexf"
    write_gexf(graph, out)
    back = nx.read_gexf(out)
    assert (back.number_of_nodes(), back.number_of_edges()) == (35, 59)
    assert back.nodes["entity/aime2024"]["label"] == "AIME 2024" and back.nodes["entity/aime2024"]["papers"] == 2
    assert sorted(k for *_, k in back.edges(keys=True)) == sorted(f"{u}|{v}|{k}" for u, v, k in graph.edges(keys=True))


def test_same_bytes_whatever_the_hash_seed(tmp_path):
    # set iteration order changes with PYTHONHASHSEED; aliases differing only in case ("Chain-of-Thought",
    # "Chain-of-thought") must still come out in one order
    script = ("import sys; sys.path.insert(0, sys.argv[1]); from _api_helpers import fixture_graph; "
              "from kg.export.gexf import write_gexf; write_gexf(fixture_graph().to_networkx('full'), sys.argv[2])")
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / f"seed{seed}.gexf"
        subprocess.run([sys.executable, "-c", script, str(HERE), str(out)], check=True,
                       env={**os.environ, "PYTHONHASHSEED": seed})
        outs.append(out.read_bytes())
    assert outs[0] == outs[1] and b"Chain-of-Thought; Chain-of-thought; CoT" in outs[0]
