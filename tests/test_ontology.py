"""The vocabulary (ontology/paper-kg.ttl) and shapes (ontology/shapes.ttl): complete, documented, consistent with
what the builder writes."""
from __future__ import annotations

import re

import pytest
import rdflib
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from _graph_helpers import aime_extractions, hmar_extraction
from kg.builder import paper_quads
from kg.namespaces import CLAIM_KIND, ENTITY_CLASS, PAPER_RELATION, PKG
from kg.resources import ontology_dir

PK = rdflib.Namespace(PKG)
SCHEMA = rdflib.Namespace("https://schema.org/")
SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")


@pytest.fixture(scope="module")
def onto() -> rdflib.Graph:
    return rdflib.Graph().parse(ontology_dir() / "paper-kg.ttl", format="turtle")


@pytest.fixture(scope="module")
def shapes() -> rdflib.Graph:
    return rdflib.Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")


def defined(onto) -> set[str]:
    return {str(s) for s in onto.subjects(RDF.type, None) if str(s).startswith(PKG)}


def test_every_term_of_the_readme_is_defined_with_label_and_comment(onto):
    readme = (ontology_dir() / "README.md").read_text(encoding="utf-8")
    used = {PKG + t for t in re.findall(r"\bpkg:([A-Za-z]+)", readme)}
    assert len(used) > 50
    assert sorted(used - defined(onto)) == []
    for term in defined(onto):
        node = rdflib.URIRef(term)
        assert onto.value(node, RDFS.label) is not None, term
        assert onto.value(node, RDFS.comment) is not None, term


def test_every_term_the_builder_writes_is_defined(onto):
    quads = [q for r, x in [hmar_extraction(), *aime_extractions()] for q in paper_quads(r, x, "2026-01-01T00:00:00Z")]
    used = {q.predicate.value for q in quads} | {q.object.value for q in quads if q.predicate.value == str(RDF.type)}
    assert sorted(t for t in used if t.startswith(PKG) and t not in defined(onto)) == []
    assert {t for t in used if t.startswith(PKG)} >= {PKG + "Claim", PKG + "occurrences", PKG + "valueMin",
                                                       PKG + "comparesAgainst", PKG + "proposes"}


def test_class_hierarchy_reuses_standard_vocabularies(onto):
    assert (PK.Paper, RDFS.subClassOf, SCHEMA.ScholarlyArticle) in onto
    assert (PK.Entity, RDFS.subClassOf, SKOS.Concept) in onto
    for cls in ENTITY_CLASS.values():
        assert (rdflib.URIRef(cls), RDFS.subClassOf, PK.Entity) in onto
        assert (rdflib.URIRef(cls), RDF.type, OWL.Class) in onto
    for kind in CLAIM_KIND.values():
        assert (rdflib.URIRef(kind), RDF.type, PK.ClaimKind) in onto
    assert (PK.arxivId, RDFS.subPropertyOf, rdflib.URIRef("http://purl.org/dc/terms/identifier")) in onto


def test_paper_relations_are_subproperties_of_mentions_with_typed_ranges(onto):
    for type_, rel in PAPER_RELATION.items():
        assert (rdflib.URIRef(rel), RDFS.subPropertyOf, PK.mentions) in onto
        assert (rdflib.URIRef(rel), RDFS.range, rdflib.URIRef(ENTITY_CLASS[type_])) in onto
    for rel in (PK.proposes, PK.comparesAgainst):
        assert (rel, RDFS.subPropertyOf, PK.mentions) in onto
        assert (rel, RDFS.domain, PK.Paper) in onto
    assert onto.value(PK.value, RDFS.range) == rdflib.XSD.decimal
    assert onto.value(PK.start, RDFS.range) == rdflib.XSD.integer


def test_shapes_only_use_defined_terms_and_cover_the_required_constraints(onto, shapes):
    paths = {str(o) for o in shapes.objects(None, SH.path) if str(o).startswith(PKG)}
    targets = {str(o) for o in shapes.objects(None, SH.targetClass) if str(o).startswith(PKG)}
    subjects_of = {str(o) for o in shapes.objects(None, SH.targetSubjectsOf) if str(o).startswith(PKG)}
    assert sorted((paths | targets | subjects_of) - defined(onto)) == []
    assert targets == {PKG + "Paper", PKG + "Entity", PKG + "Claim"}
    # pkg:canonicalName and pkg:occurrences are only said of entity nodes
    assert subjects_of == {PKG + "occurrences", PKG + "canonicalName"}

    def prop(target, path):
        [shape] = shapes.subjects(SH.targetClass, target)
        [p] = [p for p in shapes.objects(shape, SH.property) if shapes.value(p, SH.path) == path
               and shapes.value(p, SH.minCount) is not None]
        return {k: shapes.value(p, k) for k in (SH.minCount, SH.maxCount, SH.datatype)}

    one = {SH.minCount: rdflib.Literal(1), SH.maxCount: rdflib.Literal(1)}
    assert prop(PK.Claim, PK.value) == {**one, SH.datatype: rdflib.XSD.decimal}
    assert prop(PK.Claim, PK.claimKind) == {**one, SH.datatype: None}
    assert prop(PK.Claim, PK.paper) == {**one, SH.datatype: None}
    assert prop(PK.Claim, PK.sentence) == {**one, SH.datatype: rdflib.XSD.string}
    assert prop(PK.Paper, rdflib.URIRef("http://purl.org/dc/terms/title")) == {**one, SH.datatype: rdflib.XSD.string}
    assert prop(PK.Entity, SKOS.prefLabel) == {**one, SH.datatype: rdflib.XSD.string}


def test_the_occurrences_grammar_is_one_pattern_in_code_shapes_and_ontology(onto, shapes):
    from kg.occurrences import PATTERN, decode, encode

    [pattern] = [str(p) for p in shapes.objects(None, SH.pattern) if "abstract" in str(p)]
    assert pattern == PATTERN
    comment = str(onto.value(PK.occurrences, RDFS.comment))
    example = re.search(r'e\.g\. "([^"]+)"', comment).group(1)
    assert example == "title:0-4 abstract:692-736 abstract:738-742"
    assert re.match(PATTERN, example) and encode((s.field, s.start, s.end) for s in decode(example)) == example
    for bad in ("", "title:0-4  abstract:5-9", "body:0-4", "title:00-4", "title:0-4 ", "abstract:1-"):
        assert not re.match(PATTERN, bad), bad
