"""SHACL validation (kg.validate, `kg validate`): the sample corpus graph conforms; broken graphs are caught,
by both engines (SPARQL in the store, kg.shacl; pyshacl) alike."""
from __future__ import annotations

import random

import pytest
from pyoxigraph import BlankNode, Literal, NamedNode, Quad, Store
from typer.testing import CliRunner

from _graph_helpers import hmar_extraction
from kg.builder import first_words_of, paper_quads
from kg.building import refresh_shared
from kg.cli import app
from kg.namespaces import DCTERMS, PKG, RDF, SKOS, claim_iri, entity_iri, extracted_graph, paper_iri
from kg.namespaces import XSD
from kg.occurrences import decode
from kg.shacl import UnsupportedShape, compile_shapes
from kg.store import open_store
from kg.validate import span_problems, validate_store

T = "2026-01-01T00:00:00Z"


def hmar_store(path=None) -> Store:
    r, x = hmar_extraction()
    st = Store(str(path)) if path else Store()
    st.extend(paper_quads(r, x, T))
    refresh_shared(st)
    return st


def found(report) -> list[tuple[str, str | None, str]]:
    return [(v.focus, v.path, v.message) for v in report.violations]


def results(report) -> set[tuple]:
    """What both engines report alike: all but the messages pyshacl writes itself (where a shape has none)."""
    return {(v.focus, v.path, v.severity, v.shape, v.value) for v in report.violations}


def test_sample_corpus_graph_conforms(sample_store):
    report = validate_store(open_store(sample_store))
    assert found(report) == []
    assert report.conforms and report.triples > 10_000
    for engine, batch in (("pyshacl", None), ("pyshacl", 2000)):
        other = validate_store(open_store(sample_store), batch=batch, engine=engine)
        assert (other.conforms, other.violations, other.triples) == (True, [], report.triples)


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
    # every span of every entity reads, in its paper's text, as one of the names that paper's extraction gave
    # the node (every mention's text is one: kg.builder leaves out a mention whose text is not at its offsets)
    occurrences = list(st.query(head + """SELECT ?g ?e ?o ?title ?abstract (GROUP_CONCAT(?n; separator="\\n") AS ?names)
        WHERE { GRAPH ?g { ?e pkg:occurrences ?o . ?act prov:used ?p ; prov:endedAtTime ?time .
                           { ?e pkg:canonicalName ?n } UNION { ?e pkg:spelling ?n } }
                ?p dcterms:title ?title ; dcterms:abstract ?abstract } GROUP BY ?g ?e ?o ?title ?abstract""",
                                use_default_graph_as_union=True))
    spans = [(r, s) for r in occurrences for s in decode(r["o"].value)]
    assert len(spans) > 3000 and len({r["g"].value for r in occurrences}) > 350
    text = {"title": "title", "abstract": "abstract"}
    reads = [(r["e"].value, s, r[text[s.field]].value[s.start:s.end], r["names"].value.split("\n")) for r, s in spans]
    # or as the first words of one: the modifier of a coordination ("sequential" of "sequential and parallel
    # generation"), which is no name of the node
    modifiers = [(e, s) for e, s, read, names in reads
                 if read not in names and any(first_words_of(read, n) for n in names)]
    assert [(e, s) for e, s, read, names in reads if read not in names and (e, s) not in modifiers] == []
    assert 10 < len(modifiers) < 100
    assert span_problems(st) == []


@pytest.mark.parametrize("engine", ["sparql", "pyshacl"])
def test_hand_built_real_abstract_conforms(engine):
    report = validate_store(hmar_store(), engine=engine)
    assert (report.conforms, found(report)) == (True, [])


@pytest.mark.parametrize("engine", ["sparql", "pyshacl"])
def test_claim_without_value_and_paper_without_title_are_caught(engine):
    r, _ = hmar_extraction()
    st = hmar_store()
    claim, paper = claim_iri(r.id, 1), paper_iri(r.id)
    st.remove(next(iter(st.quads_for_pattern(claim, NamedNode(PKG + "value"), None))))
    st.remove(next(iter(st.quads_for_pattern(paper, NamedNode(DCTERMS + "title"), None))))
    report = validate_store(st, engine=engine)
    assert not report.conforms
    assert found(report) == [
        (claim.value, PKG + "value", "a claim has exactly one xsd:decimal value"),
        (paper.value, DCTERMS + "title", "a paper has exactly one non-empty title"),
    ]


def test_wrong_datatypes_offsets_kinds_and_untyped_entities_are_caught():
    r, _ = hmar_extraction()
    st = hmar_store()
    g = extracted_graph(r.id)
    claim, hmar = claim_iri(r.id, 2), entity_iri("Hierarchical Masked Auto-Regressive modeling")
    value = next(iter(st.quads_for_pattern(claim, NamedNode(PKG + "value"), None)))
    st.remove(value)
    st.add(Quad(claim, NamedNode(PKG + "value"), Literal("1.75x"), g))  # a string, not a decimal
    st.add(Quad(claim, NamedNode(PKG + "claimKind"), NamedNode(PKG + "Overhead"), g))  # a second kind
    occurrences = next(iter(st.quads_for_pattern(hmar, NamedNode(PKG + "occurrences"), None)))
    assert occurrences.object.value.startswith("title:0-4 abstract:692-736 ")
    st.remove(occurrences)
    st.add(Quad(hmar, NamedNode(PKG + "occurrences"), Literal("title:0-4 abstract:-1-736"), g))
    ghost = entity_iri("Visual Auto-Regressive modeling")
    for q in list(st.quads_for_pattern(ghost, NamedNode(RDF + "type"), None)):
        st.remove(q)
    st.add(Quad(BlankNode("anonymous"), NamedNode(RDF + "type"), NamedNode(PKG + "Method"), g))  # no IRI, no label
    report = validate_store(st)
    got = found(report)
    assert ("anonymous", SKOS + "prefLabel", "an entity has exactly one prefLabel") in got
    assert any(f[0] == "anonymous" and f[1] is None for f in got)  # (sh:nodeKind sh:IRI)
    assert (claim.value, PKG + "value", "a claim has exactly one xsd:decimal value") in got
    assert (claim.value, PKG + "claimKind", "a claim has exactly one kind") in got
    bad_span = "bad occurrences 'title:0-4 abstract:-1-736': 'abstract:-1-736' is not field:start-end " \
        "(field title or abstract)"
    assert [f for f in got if f[0] == hmar.value] == [
        (hmar.value, PKG + "occurrences", bad_span),
        (hmar.value, PKG + "occurrences",
         "occurrences are spans field:start-end (field title or abstract) separated by one space")]
    assert (ghost.value, None, "a named entity node has one of the entity types") in got
    # the paper's links to the now untyped node are wrong too (usesMethod expects a pkg:Method)
    assert (paper_iri(r.id).value, PKG + "usesMethod", "Value does not have class pkg:Method") in got
    # the queries on two threads report what they do on one
    threaded = validate_store(st, workers=2)
    assert (threaded.violations, threaded.triples) == (report.violations, report.triples)
    # pyshacl, validating a few subjects at a time, in this process or two others, reports each node as the
    # queries in the store do
    for size, workers in ((1, 1), (7, 1), (7, 2)):
        small = validate_store(st, batch=size, workers=workers, engine="pyshacl")
        assert (results(small), small.triples, small.conforms) == (results(report), report.triples, False)
        assert {(v.focus, v.message) for v in small.violations if "pkg:Method" in v.message} == \
            {(v.focus, v.message) for v in report.violations if "pkg:Method" in v.message}


# what a broken graph may hold where the graph has a value: none of them a string where two values are compared
# (pyshacl's sh:lessThanOrEquals raises TypeError on "abc" <= 3; the queries report the pair)
_ODD_VALUES = [Literal("-1", datatype=NamedNode(XSD + "integer")), Literal("1.5", datatype=NamedNode(XSD + "integer")),
               Literal("x", language="en"), NamedNode("http://example.org/x"), BlankNode("b1"),
               Literal("2.5", datatype=NamedNode(XSD + "decimal")), Literal("7", datatype=NamedNode(XSD + "integer")),
               Literal("2025-13-40", datatype=NamedNode(XSD + "date"))]
_ODD_STRINGS = [Literal("abc"), Literal(""), Literal("title"), Literal("title:0-1")]
_COMPARED = {NamedNode(PKG + p) for p in ("value", "valueMin", "start", "end", "sentenceStart", "sentenceEnd")}


def broken(st: Store, seed: int, n: int = 40) -> Store:
    """A copy of ``st`` with ``n`` random faults: triples removed, values replaced by values of other kinds,
    second values, nodes untyped, typed blank nodes, names and spans added to nodes that are no entities; and
    triples copied to another graph, which is no fault (the union holds one triple)."""
    rng = random.Random(seed)
    out = Store()
    out.extend(st)
    quads = sorted(out, key=str)
    types = sorted({q.object for q in quads if q.predicate.value == RDF + "type"}, key=str)
    graphs = sorted({q.graph_name for q in quads}, key=str)
    for _ in range(n):
        q = rng.choice(quads)
        fault = rng.randrange(7)
        if fault == 0:
            out.remove(q)
        elif fault == 1:
            out.remove(q)
            odd = _ODD_VALUES + ([] if q.predicate in _COMPARED else _ODD_STRINGS)
            out.add(Quad(q.subject, q.predicate, rng.choice(odd), q.graph_name))
        elif fault == 2:
            second = Literal(f"{rng.randrange(100)}", datatype=NamedNode(XSD + "decimal")) \
                if q.predicate in _COMPARED else Literal(f"second {rng.randrange(100)}")
            out.add(Quad(q.subject, q.predicate, second, q.graph_name))
        elif fault == 3:
            for t in list(out.quads_for_pattern(q.subject, NamedNode(RDF + "type"), None)):
                out.remove(t)
        elif fault == 4:
            out.add(Quad(BlankNode(f"anon{rng.randrange(3)}"), NamedNode(RDF + "type"), rng.choice(types), q.graph_name))
        elif fault == 5:
            out.add(Quad(q.subject, q.predicate, q.object, rng.choice(graphs)))
        else:
            p = rng.choice([PKG + "valueMin", PKG + "start", PKG + "canonicalName", PKG + "occurrences"])
            o = Literal("99999", datatype=NamedNode(XSD + "decimal")) if NamedNode(p) in _COMPARED else \
                Literal(rng.choice(["a name", "title:0-1", "title:0-1 abstract"]))
            out.add(Quad(q.subject, NamedNode(p), o, q.graph_name))
    return out


@pytest.mark.parametrize("seed", range(6))
def test_both_engines_find_the_same_faults_in_a_randomly_broken_real_graph(seed):
    st = broken(hmar_store(), seed)
    ours, theirs = validate_store(st), validate_store(st, engine="pyshacl")
    assert len(ours.violations) >= 10 and not ours.conforms
    assert (results(ours), ours.triples, ours.conforms) == (results(theirs), theirs.triples, theirs.conforms)
    # where a shape says what is wrong, both say it
    assert {(v.focus, v.path, v.value, v.message) for v in ours.violations if v.message[0].islower()} == \
        {(v.focus, v.path, v.value, v.message) for v in theirs.violations if v.message[0].islower()}


def test_values_are_read_as_the_store_reads_them():
    r, _ = hmar_extraction()
    st = hmar_store()
    claim, g = claim_iri(r.id, 1), extracted_graph(r.id)
    value, start = NamedNode(PKG + "value"), NamedNode(PKG + "start")
    st.remove(next(iter(st.quads_for_pattern(claim, value, None))))
    # a valid xsd:decimal, beyond the 18 fractional digits of oxigraph's: no query can compare it
    st.add(Quad(claim, value, Literal("0.0033333333333333335", datatype=NamedNode(XSD + "decimal")), g))
    st.add(Quad(claim, start, Literal("abc"), g))  # a string beside the integer: neither <= pkg:end
    got = {(v.path, v.value, v.message) for v in validate_store(st).violations}
    assert (PKG + "value", "0.0033333333333333335", "a claim has exactly one xsd:decimal value") in got
    assert (PKG + "start", "abc", "Value is not <= the values of pkg:end") in got
    assert (PKG + "start", None, "More than 1 values") in got


def test_a_shape_beyond_the_supported_subset_is_refused(tmp_path):
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text("""@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix pkg: <https://w3id.org/paper-kg/ontology#> .
        pkg:S a sh:NodeShape ; sh:targetClass pkg:Paper ;
            sh:property [ sh:path pkg:value ; sh:uniqueLang true ] .""")
    with pytest.raises(UnsupportedShape, match="sh:uniqueLang is not supported"):
        compile_shapes(shapes)
    # the project's own shapes are all supported
    assert len(compile_shapes()) > 100


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
    for engine in ("sparql", "pyshacl"):
        res = runner.invoke(app, ["validate", "--store", str(tmp_path / "bad"), "--engine", engine])
        assert res.exit_code == 1
        assert f"Violation: {paper_iri(r.id).value} {DCTERMS}title: a paper has exactly one non-empty title" in \
            res.output.replace("\n", "")
        assert "1 violation(s)" in res.output
    res = runner.invoke(app, ["validate", "--store", str(tmp_path / "bad"), "--engine", "owl"])
    assert res.exit_code == 1 and "unknown engine 'owl'" in res.output


def test_spans_outside_the_text_or_not_reading_as_a_name_are_caught():
    r, _ = hmar_extraction()
    st = hmar_store()
    g, var = extracted_graph(r.id), entity_iri("Visual Auto-Regressive modeling")
    [q] = st.quads_for_pattern(var, NamedNode(PKG + "occurrences"), None)
    assert q.object.value.startswith("abstract:0-31 abstract:33-36 ")
    st.remove(q)
    # one character too many ("VAR)"), one span past the end of the 1,830-character abstract
    st.add(Quad(var, NamedNode(PKG + "occurrences"), Literal("abstract:0-31 abstract:33-37 abstract:1829-1834"), g))
    assert [(v.focus, v.message) for v in span_problems(st)] == [
        (var.value, "span abstract:33-37 reads 'VAR)', not a name this paper gives the node"),
        (var.value, "span abstract:1829-1834 ends outside the abstract (1830 characters)")]
    report = validate_store(st)
    assert not report.conforms and [v.message for v in report.violations if v.focus == var.value] == [
        "span abstract:1829-1834 ends outside the abstract (1830 characters)",
        "span abstract:33-37 reads 'VAR)', not a name this paper gives the node"]


def test_mentions_come_back_as_rows_from_the_sample_store(sample_store):
    from kg.occurrences import mentions

    st = open_store(sample_store)
    hmar = "t:112d0e6fe37fffbb"  # HMAR, as the real extractor found it (kg.occurrences.mentions' docstring)
    assert [(r.field, r.start, r.end, r.text) for r in mentions(st, hmar, "HMAR")][:3] == [
        ("title", 0, 4, "HMAR"), ("abstract", 692, 736, "Hierarchical Masked Auto-Regressive modeling"),
        ("abstract", 738, 742, "HMAR")]
    rows = mentions(st, hmar)
    assert len(rows) == 28 and all(r.paper == hmar for r in rows)
    order = [(r.field != "title", r.start, r.end, r.entity) for r in rows]
    assert order == sorted(order) and order[0][0] is False and order[-1][0] is True  # title first, by position
