"""SHACL validation (kg.validate, `kg validate`): the sample corpus graph conforms; broken graphs are caught."""
from __future__ import annotations

from pyoxigraph import Literal, NamedNode, Quad, Store
from typer.testing import CliRunner

from _graph_helpers import hmar_extraction
from kg.builder import paper_quads
from kg.building import refresh_shared
from kg.cli import app
from kg.namespaces import DCTERMS, PKG, RDF, claim_iri, entity_iri, extracted_graph, mention_iri, paper_iri
from kg.store import open_store
from kg.validate import validate_store

T = "2026-01-01T00:00:00Z"


def hmar_store(path=None) -> Store:
    r, x = hmar_extraction()
    st = Store(str(path)) if path else Store()
    st.extend(paper_quads(r, x, T))
    refresh_shared(st)
    return st


def found(report) -> list[tuple[str, str | None, str]]:
    return [(v.focus, v.path, v.message) for v in report.violations]


def test_sample_corpus_graph_conforms(sample_store):
    report = validate_store(open_store(sample_store))
    assert found(report) == []
    assert report.conforms and report.triples > 10_000


def test_every_claim_and_mention_of_the_sample_traces_back_to_its_text(sample_store):
    st = open_store(sample_store)
    head = ("PREFIX pkg: <https://w3id.org/paper-kg/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/> "
            "PREFIX prov: <http://www.w3.org/ns/prov#> ")

    def field_text(row):
        return row["title"].value if row["f"].value == "title" else row["abstract"].value

    claims = list(st.query(head + """SELECT * WHERE {
        ?c a pkg:Claim ; pkg:sentence ?s ; pkg:sentenceStart ?s0 ; pkg:sentenceEnd ?s1 ; pkg:field ?f ;
           pkg:start ?a ; pkg:end ?b ; pkg:surfaceText ?surface ; pkg:paper ?p ; prov:wasGeneratedBy ?act .
        ?act prov:used ?p ; prov:endedAtTime ?time .
        ?p dcterms:title ?title ; dcterms:abstract ?abstract }""", use_default_graph_as_union=True))
    assert len(claims) == len(list(st.query(head + "SELECT DISTINCT ?c WHERE { ?c a pkg:Claim }",
                                            use_default_graph_as_union=True))) > 300
    for r in claims:
        text = field_text(r)
        assert text[int(r["s0"].value):int(r["s1"].value)] == r["s"].value, r["c"]
        assert text[int(r["a"].value):int(r["b"].value)] == r["surface"].value, r["c"]
    mentions = list(st.query(head + """SELECT * WHERE { ?m pkg:entity ?e ; pkg:surfaceForm ?form ; pkg:field ?f ;
        pkg:start ?a ; pkg:end ?b ; pkg:paper ?p . ?p dcterms:title ?title ; dcterms:abstract ?abstract }""",
                             use_default_graph_as_union=True))
    assert len(mentions) > 3000
    assert [r["m"].value for r in mentions if field_text(r)[int(r["a"].value):int(r["b"].value)] != r["form"].value] \
        == []


def test_hand_built_real_abstract_conforms():
    report = validate_store(hmar_store())
    assert (report.conforms, found(report)) == (True, [])


def test_claim_without_value_and_paper_without_title_are_caught():
    r, _ = hmar_extraction()
    st = hmar_store()
    claim, paper = claim_iri(r.id, 1), paper_iri(r.id)
    st.remove(next(iter(st.quads_for_pattern(claim, NamedNode(PKG + "value"), None))))
    st.remove(next(iter(st.quads_for_pattern(paper, NamedNode(DCTERMS + "title"), None))))
    report = validate_store(st)
    assert not report.conforms
    assert found(report) == [
        (claim.value, PKG + "value", "a claim has exactly one xsd:decimal value"),
        (paper.value, DCTERMS + "title", "a paper has exactly one non-empty title"),
    ]


def test_wrong_datatypes_offsets_kinds_and_untyped_entities_are_caught():
    r, _ = hmar_extraction()
    st = hmar_store()
    g = extracted_graph(r.id)
    claim, mention = claim_iri(r.id, 2), mention_iri(r.id, 1)
    value = next(iter(st.quads_for_pattern(claim, NamedNode(PKG + "value"), None)))
    st.remove(value)
    st.add(Quad(claim, NamedNode(PKG + "value"), Literal("1.75x"), g))  # a string, not a decimal
    st.add(Quad(claim, NamedNode(PKG + "claimKind"), NamedNode(PKG + "Overhead"), g))  # a second kind
    start = next(iter(st.quads_for_pattern(mention, NamedNode(PKG + "start"), None)))
    st.remove(start)
    st.add(Quad(mention, NamedNode(PKG + "start"), Literal("-1", datatype=NamedNode(
        "http://www.w3.org/2001/XMLSchema#integer")), g))
    ghost = entity_iri("Visual Auto-Regressive modeling")
    for q in list(st.quads_for_pattern(ghost, NamedNode(RDF + "type"), None)):
        st.remove(q)
    report = validate_store(st)
    got = found(report)
    assert (claim.value, PKG + "value", "a claim has exactly one xsd:decimal value") in got
    assert (claim.value, PKG + "claimKind", "a claim has exactly one kind") in got
    assert [f for f in got if f[0] == mention.value] == [
        (mention.value, PKG + "start", 'Value is not >= Literal("0", datatype=xsd:integer)')]
    assert (ghost.value, None, "a named entity node has one of the entity types") in got
    # the paper's links to the now untyped node are wrong too (usesMethod expects a pkg:Method)
    assert (paper_iri(r.id).value, PKG + "usesMethod", "Value does not have class pkg:Method") in got


def test_cli_validate_exit_codes(tmp_path):
    r, _ = hmar_extraction()
    good = hmar_store(tmp_path / "good")
    good.flush()
    del good
    runner = CliRunner()
    res = runner.invoke(app, ["validate", "--store", str(tmp_path / "good")])
    assert res.exit_code == 0, res.output
    assert "valid:" in res.output
    bad = hmar_store(tmp_path / "bad")
    bad.remove(next(iter(bad.quads_for_pattern(paper_iri(r.id), NamedNode(DCTERMS + "title"), None))))
    bad.flush()
    del bad
    res = runner.invoke(app, ["validate", "--store", str(tmp_path / "bad")])
    assert res.exit_code == 1
    assert f"Violation: {paper_iri(r.id).value} {DCTERMS}title: a paper has exactly one non-empty title" in \
        res.output.replace("\n", "")
    assert "1 violation(s)" in res.output
