"""GraphML, Cytoscape.js JSON and CSV exports round-trip (networkx, pandas), and `kg export` writes them."""
from __future__ import annotations

import json

import networkx as nx
import pandas as pd
import pytest
from _api_helpers import DEEPPRUNE, MULTIVERSE, fixture_graph, fixture_store
from typer.testing import CliRunner

from kg.cli import app
from kg.export import FORMATS, export
from kg.views import PROJECTIONS


@pytest.fixture(scope="module")
def g():
    return fixture_graph()


def typed(d: dict, ignore=()) -> dict:
    return {k: (type(v).__name__, v) for k, v in d.items() if k not in ignore}


def same_graph(a: nx.Graph, b: nx.Graph, ignore=()) -> None:
    """Same nodes and edges with the same attribute values of the same Python types."""
    assert sorted(a) == sorted(b)
    for n, d in a.nodes(data=True):
        assert typed(b.nodes[n], ignore) == typed(d), n
    pair = (lambda u, v: (u, v)) if a.is_directed() else (lambda u, v: tuple(sorted((u, v))))
    assert sorted(pair(u, v) for u, v in a.edges()) == sorted(pair(u, v) for u, v in b.edges())
    if not a.is_multigraph():  # edge attributes too (multigraph keys differ by reader: checked elsewhere)
        for u, v, d in a.edges(data=True):
            assert typed(b.edges[u, v], ignore) == typed(d), (u, v)


@pytest.mark.parametrize("projection", PROJECTIONS)
def test_graphml_round_trips_with_types(g, projection, tmp_path):
    graph = g.to_networkx(projection)
    export(graph, "graphml", tmp_path / "g.graphml")
    back = nx.read_graphml(tmp_path / "g.graphml", force_multigraph=graph.is_multigraph())
    assert back.is_directed() == graph.is_directed()
    same_graph(graph, back, ignore=("id",))  # values compare equal with their types: ints stay int


def test_graphml_keys_are_typed_and_separate_for_nodes_and_edges(g, tmp_path):
    export(g.to_networkx("compared-against"), "graphml", tmp_path / "c.graphml")
    text = (tmp_path / "c.graphml").read_text()
    assert '<key id="n_papers" for="node" attr.name="papers" attr.type="long"/>' in text
    assert '<key id="e_papers" for="edge" attr.name="papers" attr.type="string"/>' in text
    assert '<key id="e_weight" for="edge" attr.name="weight" attr.type="long"/>' in text
    assert "None" not in text


def test_streamed_exports_are_the_whole_document_and_write_empty_graphs(g, tmp_path):
    """GraphML's nodes and edges are serialised one at a time (kg.export.common.write_streamed): the same
    bytes as the whole tree pretty-printed. An empty graph is written in GraphML and Cytoscape.js JSON."""
    from lxml import etree

    from kg.export.graphml import graphml_bytes

    full = graphml_bytes(g.to_networkx("full"))
    whole = etree.fromstring(full, etree.XMLParser(remove_blank_text=True))
    assert etree.tostring(whole, xml_declaration=True, encoding="UTF-8", pretty_print=True) == full
    assert len(whole.findall(".//{http://graphml.graphdrawing.org/xmlns}edge")) == 59
    export(nx.Graph(), "graphml", tmp_path / "empty.graphml")
    assert nx.read_graphml(tmp_path / "empty.graphml").number_of_nodes() == 0
    export(nx.Graph(), "cytoscape", tmp_path / "empty.json")
    assert json.loads((tmp_path / "empty.json").read_text())["elements"] == {"nodes": [], "edges": []}


@pytest.mark.parametrize("projection", PROJECTIONS)
def test_cytoscape_json_round_trips(g, projection, tmp_path):
    graph = g.to_networkx(projection)
    export(graph, "cytoscape", tmp_path / "g.json")
    doc = json.loads((tmp_path / "g.json").read_text())
    assert all(isinstance(el["data"]["id"], str) for part in ("nodes", "edges") for el in doc["elements"][part])
    back = read_cytoscape(doc)
    same_graph(graph, back)
    # written one element at a time: the bytes of the whole document indented by one space
    from kg.export.cytoscape import cytoscape_json
    assert (tmp_path / "g.json").read_text() == json.dumps(cytoscape_json(graph), ensure_ascii=False, indent=1) + "\n"


def read_cytoscape(doc: dict) -> nx.Graph:
    """Cytoscape.js JSON -> networkx. (networkx.cytoscape_graph wants a ``value`` key per node that
    Cytoscape does not need; claims use ``value`` for their number.)"""
    graph = {(False, False): nx.Graph, (True, False): nx.DiGraph, (True, True): nx.MultiDiGraph,
             (False, True): nx.MultiGraph}[doc["directed"], doc["multigraph"]]()
    for n in doc["elements"]["nodes"]:
        graph.add_node(n["data"]["id"], **{k: v for k, v in n["data"].items() if k not in ("id", "name")})
    for e in doc["elements"]["edges"]:
        d = {k: v for k, v in e["data"].items() if k not in ("id", "source", "target", "key")}
        graph.add_edge(e["data"]["source"], e["data"]["target"], *([e["data"]["key"]] if doc["multigraph"] else []), **d)
    return graph


def test_cytoscape_nodes_carry_name_for_cytoscape_desktop(g, tmp_path):
    export(g.to_networkx("full"), "cytoscape", tmp_path / "g.json")
    doc = json.loads((tmp_path / "g.json").read_text())
    node = next(n["data"] for n in doc["elements"]["nodes"] if n["data"]["id"] == "entity/aime2024")
    assert node["name"] == "AIME 2024" and node["type"] == "Dataset"
    edge = next(e["data"] for e in doc["elements"]["edges"] if e["data"]["id"] == f"claim/{MULTIVERSE}/4|paper/{MULTIVERSE}|claimOf")
    assert edge == {"id": f"claim/{MULTIVERSE}/4|paper/{MULTIVERSE}|claimOf", "source": f"claim/{MULTIVERSE}/4",
                    "target": f"paper/{MULTIVERSE}", "key": "claimOf", "relation": "claimOf"}


def test_csv_tables_round_trip_through_pandas(g, tmp_path):
    graph = g.to_networkx("cooccurrence")
    nodes_csv, edges_csv = export(graph, "csv", tmp_path / "tables")
    nodes, edges = pd.read_csv(nodes_csv), pd.read_csv(edges_csv)
    assert list(nodes.columns[:3]) == ["id", "label", "type"] and len(nodes) == 23
    assert list(edges.columns) == ["id", "source", "target", "weight"] and len(edges) == 99
    assert str(edges["weight"].dtype) == "int64" and edges["weight"].sum() == 100
    row = nodes.set_index("id").loc["entity/chainofthought"]
    assert (row["label"], row["aliases"], row["papers"]) == ("chain-of-thought", "Chain-of-Thought; Chain-of-thought; CoT", 1)


def test_full_graph_csv_keeps_claim_sentences_intact(g, tmp_path):
    _, edges_csv = export(g.to_networkx("full"), "csv", tmp_path)
    nodes = pd.read_csv(tmp_path / "nodes.csv", keep_default_na=False).set_index("id")
    assert nodes.loc[f"claim/{DEEPPRUNE}/2", "sentence"] == g.claims(paper=DEEPPRUNE)[1].sentence
    assert len(pd.read_csv(edges_csv)) == 59


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("export") / "store"
    store = fixture_store(path)
    del store  # release the write lock so the CLI can open it
    return path


@pytest.mark.parametrize("fmt, name", [("gexf", "g.gexf"), ("graphml", "g.graphml"), ("cytoscape", "g.json"),
                                       ("csv", "tables")])
def test_cli_export(store_dir, tmp_path, fmt, name):
    out = tmp_path / name
    result = CliRunner().invoke(app, ["export", "--format", fmt, "--projection", "bipartite", "-o", str(out),
                                      "--store", str(store_dir)])
    assert result.exit_code == 0, result.output
    assert "bipartite: 26 nodes, 26 edges" in result.output
    assert (out / "nodes.csv").exists() if fmt == "csv" else out.stat().st_size > 1000


def test_cli_export_defaults_to_the_full_graph_and_rejects_bad_names(store_dir, tmp_path):
    runner = CliRunner()
    result = runner.invoke(app, ["export", "-o", str(tmp_path / "g.gexf"), "--store", str(store_dir)])
    assert result.exit_code == 0 and "full: 35 nodes, 59 edges" in result.output
    bad = runner.invoke(app, ["export", "--format", "dot", "-o", str(tmp_path / "x"), "--store", str(store_dir)])
    assert bad.exit_code == 1 and "choose one of gexf, graphml, cytoscape, csv" in bad.output
    bad = runner.invoke(app, ["export", "--projection", "citations", "-o", str(tmp_path / "x"), "--store",
                              str(store_dir)])
    assert bad.exit_code == 1 and "choose one of full, bipartite" in bad.output
    assert FORMATS == ("gexf", "graphml", "cytoscape", "csv")
