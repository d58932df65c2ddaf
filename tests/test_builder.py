"""kg.builder and kg.resolve on real abstracts: metadata, n-ary claims, paper->entity relations, mentions,
provenance, entity resolution across papers (one node, one prefLabel, families)."""
from __future__ import annotations

import random
from dataclasses import replace

import pytest
from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad, Store

from _graph_helpers import (DEEPPRUNE, MULTIVERSE, TFLA, aime_extractions, claim, entity, external, hmar_extraction,
                            sample)
from extractors.model import Extraction, Mention
from kg.builder import BuildError, BuildWarning, metadata_quads, paper_quads
from kg.building import refresh_shared
from kg.namespaces import (PKG, PREFIXES, PROV, PROVENANCE_GRAPH, RDF, RDFS, SKOS, XSD, agent_iri,
                           claim_iri, entity_iri, extracted_graph, paper_iri)
from kg.resolve import stored_labels

T = "2026-01-01T00:00:00Z"
HEAD = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())


def load(pairs) -> Store:
    st = Store()
    for r, x in pairs:
        st.extend(paper_quads(r, x, T))
    refresh_shared(st)
    return st


def rows(st: Store, q: str) -> list[tuple]:
    return sorted(tuple(None if v is None else v.value for v in row)
                  for row in st.query(HEAD + q, use_default_graph_as_union=True))


def test_metadata_of_a_real_paper():
    r = sample(MULTIVERSE)
    quads = metadata_quads(r)
    g = {q.graph_name for q in quads}
    assert g == {DefaultGraph()}  # the paper's own facts
    got = {(q.predicate.value.replace(PKG, "pkg:"), str(q.object)) for q in quads}
    assert got == {
        ("http://www.w3.org/1999/02/22-rdf-syntax-ns#type", f"<{PKG}Paper>"),
        ("http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "<https://schema.org/ScholarlyArticle>"),
        ("http://purl.org/dc/terms/identifier", '"t:b05acefdc9e07c32"'),
        ("http://purl.org/dc/terms/title", f'"{MULTIVERSE}"'),
        ("http://purl.org/dc/terms/abstract", str(Literal(r.abstract))),
        ("http://purl.org/dc/terms/date", f'"2025-06-11"^^<{XSD}date>'),
        ("pkg:authorCount", f'"5"^^<{XSD}integer>'),
        ("pkg:upvotes", f'"2"^^<{XSD}integer>'),
        ("pkg:sourceFile", '"hf-daily-papers/000_bc9854fcf01771d3.txt:93"'),
        ("pkg:sourceFile", '"hf-daily-papers/001_56a51adbb3ae61c1.txt:129"'),
        ("pkg:sourceFile", '"hf-daily-papers/003_55f348f1b6eaf16f.txt:221"'),
        ("pkg:sourceFile", '"hf-daily-papers/004_487859c311722b7a.txt:17"'),
        ("pkg:contentHash", f'"{r.content_hash()}"'),
    }
    assert paper_quads(r, None, T) == quads  # no extraction: metadata only


def test_claims_are_nary_nodes_numbered_by_position():
    r, x = hmar_extraction()
    st = load([(r, x)])
    got = rows(st, """SELECT ?c ?kind ?v ?surface ?unit ?measure ?subj ?subjLabel WHERE {
        ?c a pkg:Claim ; pkg:claimKind ?kind ; pkg:value ?v ; pkg:surfaceText ?surface ; pkg:measure ?measure .
        OPTIONAL { ?c pkg:unit ?unit } OPTIONAL { ?c pkg:subject ?subj } OPTIONAL { ?c pkg:subjectLabel ?subjLabel } }""")
    hmar = entity_iri("Hierarchical Masked Auto-Regressive modeling").value
    assert got == [
        (claim_iri(r.id, 1).value, PKG + "Speedup", "2.5", "2.5x", "x", "training time", hmar, "HMAR"),
        (claim_iri(r.id, 2).value, PKG + "Speedup", "1.75", "1.75x", "x", "inference time", hmar, "HMAR"),
        (claim_iri(r.id, 3).value, PKG + "Reduction", "3", "3x", "x", "inference memory", hmar, "HMAR"),
    ]
    # every claim traces back to its sentence, whose offsets index the real abstract
    for c, sentence, s0, s1, start, end, surface in rows(st, """SELECT ?c ?s ?s0 ?s1 ?a ?b ?t WHERE {
            ?c pkg:sentence ?s ; pkg:sentenceStart ?s0 ; pkg:sentenceEnd ?s1 ; pkg:start ?a ; pkg:end ?b ;
               pkg:surfaceText ?t ; pkg:field "abstract" ; pkg:paper ?p ; prov:wasGeneratedBy ?act .
            ?act prov:used ?p }"""):
        assert r.abstract[int(s0):int(s1)] == sentence
        assert r.abstract[int(start):int(end)] == surface
    # a baseline resolving to an entity becomes a link (label kept); one that does not stays a label
    assert rows(st, f"SELECT ?b ?l WHERE {{ <{claim_iri(r.id, 2).value}> pkg:baselineLabel ?l "
                    f"OPTIONAL {{ <{claim_iri(r.id, 2).value}> pkg:baseline ?b }} }}") == [
        (entity_iri("Visual Auto-Regressive modeling").value, "VAR"),
        (entity_iri("Visual Auto-Regressive modeling").value, "state-of-the-art methods")]
    assert rows(st, "SELECT (COUNT(*) AS ?n) WHERE { ?c pkg:baseline ?b }") == [("3",)]
    # and each written baseline has its lower-case key, for compared-against's index look-up
    assert rows(st, f"SELECT ?k WHERE {{ <{claim_iri(r.id, 2).value}> pkg:baselineKey ?k }} ORDER BY ?k") == [
        ("state-of-the-art methods",), ("var",)]


def test_claim_values_stay_numbers_the_store_can_compare():
    # 1/300 as the shortest float string has 19 fractional digits, one more than oxigraph's decimals hold: so
    # written, the value was an opaque literal that no FILTER or ORDER BY could read (two claims of the 80k corpus)
    r, x = hmar_extraction()
    x = replace(x, claims=[replace(x.claims[0], value=1 / 300), *x.claims[1:]])
    st = load([(r, x)])
    assert rows(st, "SELECT ?v WHERE { ?c pkg:value ?v FILTER(?v < 0.01) }") == [("0.003333333333333334",)]


def test_paper_entity_relations_distinguish_proposing_using_comparing():
    r, x = hmar_extraction()
    st = load([(r, x)])
    p = paper_iri(r.id).value
    got = rows(st, f"SELECT ?rel ?e WHERE {{ <{p}> ?rel ?e . FILTER(STRSTARTS(STR(?rel), STR(pkg:))) "
                   f"FILTER(?rel != pkg:upvotes && ?rel != pkg:authorCount && ?rel != pkg:contentHash "
                   f"&& ?rel != pkg:sourceFile) }}")
    hmar, var = entity_iri("Hierarchical Masked Auto-Regressive modeling").value, \
        entity_iri("Visual Auto-Regressive modeling").value
    imagenet, task = entity_iri("ImageNet 256x256").value, entity_iri("image generation").value
    assert got == sorted([
        (PKG + "proposes", hmar), (PKG + "mentions", hmar),              # proposed: not "usesMethod"
        (PKG + "usesMethod", var), (PKG + "mentions", var), (PKG + "comparesAgainst", var),
        (PKG + "evaluatesOn", imagenet), (PKG + "mentions", imagenet),
        (PKG + "addressesTask", task), (PKG + "mentions", task)])
    # what is said of the paper and its claims sits in the default graph; of entity nodes (and the
    # extraction activity), in the paper's extracted graph
    where = {(q.subject.value.split("/id/")[1].split("/")[0], q.graph_name) for q in paper_quads(r, x, T)}
    assert where == {("paper", DefaultGraph()), ("claim", DefaultGraph()), ("entity", extracted_graph(r.id)),
                     ("activity", extracted_graph(r.id))}


def test_occurrences_carry_provenance_and_real_offsets():
    from kg.occurrences import mentions

    r, x = hmar_extraction()
    st = load([(r, x)])
    got = rows(st, """SELECT ?label ?occ ?by ?conf ?pid ?agent ?version ?time WHERE {
        GRAPH ?g { ?e pkg:occurrences ?occ ; pkg:foundBy ?by ; pkg:confidence ?conf .
                   ?act prov:used ?p ; prov:wasAssociatedWith ?ag ; prov:endedAtTime ?time . }
        ?p dcterms:identifier ?pid . ?e skos:prefLabel ?label . ?ag rdfs:label ?agent ; pkg:version ?version }""")
    provenance = (r.id, "paper-kg-extractors", "test", T)
    assert got == [
        ("Hierarchical Masked Auto-Regressive modeling", "title:0-4 abstract:692-736 abstract:738-742 "
         "abstract:909-913 abstract:1170-1174 abstract:1327-1331 abstract:1495-1499 abstract:1655-1659",
         "rule:acronym", "0.9", *provenance),
        ("ImageNet 256x256", "abstract:1286-1302", "gazetteer:datasets", "0.9", *provenance),
        ("Visual Auto-Regressive modeling", "abstract:0-31 abstract:33-36 abstract:152-155 abstract:1377-1380 "
         "abstract:1552-1555 abstract:1695-1698", "rule:acronym", "0.9", *provenance),
        ("image generation", "abstract:751-767", "gazetteer:tasks", "0.9", *provenance)]
    # decoded: exactly the extraction's mentions, with the text it saw
    assert [(m.entity, m.field, m.start, m.end, m.text) for m in mentions(st, r.id)] == sorted(
        ((entity_iri(e.canonical).value, m.field, m.start, m.end, m.text) for e in x.entities for m in e.mentions),
        key=lambda m: (m[1] != "title", m[2], m[3], m[0]))
    assert [(m.field, m.start, m.end, m.text) for m in mentions(st, r.id, "VAR")][:2] == [
        ("abstract", 0, 31, "Visual Auto-Regressive modeling"), ("abstract", 33, 36, "VAR")]
    # the agent is described once, in graph/provenance, not in the paper's graph
    assert {(q.predicate.value, q.object.value, q.graph_name) for q in st.quads_for_pattern(
        agent_iri("paper-kg-extractors", "test"), None, None)} == {
        (RDF + "type", PROV + "SoftwareAgent", PROVENANCE_GRAPH), (RDFS + "label", "paper-kg-extractors", PROVENANCE_GRAPH),
        (PKG + "version", "test", PROVENANCE_GRAPH)}


def test_two_entities_minting_one_node_share_one_occurrences_literal():
    # real TFLA abstract: "Flash Attention" found by a gazetteer as a method and, as if by another rule, as a
    # model with a lower confidence: one node, found by both, the higher confidence, the spans of both
    r = sample(TFLA)
    method = entity(r, "Flash Attention", "method", source="gazetteer:methods")
    model = replace(entity(r, "FlashAttention", "model", also=("Flash Attention",), source="rule:model"),
                    confidence=0.6)
    quads = paper_quads(r, Extraction(r.id, r.title, [method, model], version="test"), T)
    node = entity_iri("Flash Attention")
    got = sorted((q.predicate.value.replace(PKG, "pkg:"), q.object.value) for q in quads
                 if q.subject == node and q.predicate.value in (PKG + "foundBy", PKG + "confidence", PKG + "occurrences"))
    spans = sorted({(m.start, m.end) for m in method.mentions + model.mentions})
    assert len(method.mentions) >= 1 and {(m.start, m.end) for m in model.mentions} == set(spans)
    assert got == [("pkg:confidence", "0.9"), ("pkg:foundBy", "gazetteer:methods"), ("pkg:foundBy", "rule:model"),
                   ("pkg:occurrences", " ".join(f"abstract:{a}-{b}" for a, b in spans))]


def test_same_input_same_quads_whatever_the_order():
    r, x = hmar_extraction()
    a = paper_quads(r, x, T)
    shuffled = replace(x, entities=random.Random(1).sample(x.entities, len(x.entities)),
                       claims=random.Random(2).sample(x.claims, len(x.claims)))
    b = paper_quads(r, shuffled, T)
    assert sorted(map(str, a)) == sorted(map(str, b))
    assert paper_quads(r, x, T) == a


def test_aime_spellings_in_three_papers_are_one_node_under_aime():
    pairs = aime_extractions()
    assert sorted(e.name for _, x in pairs for e in x.entities if e.canonical == "AIME 2024") == \
        ["AIME 2024", "AIME-2024", "AIME24"]
    st = load(pairs)
    aime2024, aime = entity_iri("AIME 2024").value, entity_iri("AIME").value
    assert rows(st, "SELECT DISTINCT ?e WHERE { ?p pkg:evaluatesOn ?e }") == [(aime2024,)]
    assert rows(st, f"SELECT ?l WHERE {{ <{aime2024}> skos:prefLabel ?l }}") == [("AIME 2024",)]
    assert rows(st, f"SELECT ?l WHERE {{ <{aime2024}> skos:altLabel ?l }}") == [("AIME-2024",), ("AIME24",)]
    # the union of the three papers' graphs repeats the family link: DISTINCT, as the query library does
    assert rows(st, f"SELECT DISTINCT ?f WHERE {{ <{aime2024}> skos:broader ?f }}") == [(aime,)]
    assert rows(st, f"SELECT DISTINCT ?l ?t WHERE {{ <{aime}> skos:prefLabel ?l ; a ?t }}") == [
        ("AIME", PKG + "Dataset")]
    # a query for the family reaches all three papers and the claims tied to it
    assert rows(st, f"SELECT DISTINCT ?t WHERE {{ ?p pkg:evaluatesOn/skos:broader* <{aime}> ; dcterms:title ?t }}") == [
        (pairs[2][0].title,), (DEEPPRUNE,), (MULTIVERSE,)]
    assert rows(st, f"SELECT DISTINCT ?v ?min WHERE {{ ?c pkg:onDataset/skos:broader* <{aime}> ; pkg:value ?v "
                    f"OPTIONAL {{ ?c pkg:valueMin ?min }} }}") == [("54", None), ("65", "60"), ("80", None)]


def test_one_preflabel_when_papers_spell_the_canonical_differently():
    # real papers: TFLA and "Why Low-Precision ..." write "Flash Attention", SageAttention2++ "FlashAttention"
    def flash(r, name):
        return Extraction(r.id, r.title, [entity(r, name, "method")], version="test")
    tfla, sage = sample(TFLA), external("SageAttention2++: A More Efficient Implementation of SageAttention2")
    lowp = external("Why Low-Precision Transformer Training Fails: An Analysis on Flash Attention")
    node = entity_iri("FlashAttention").value
    st = load([(tfla, flash(tfla, "Flash Attention")), (sage, flash(sage, "FlashAttention"))])
    assert rows(st, f"SELECT ?l WHERE {{ <{node}> skos:prefLabel ?l }}") == [("FlashAttention",)]  # tie: shortest
    assert rows(st, f"SELECT ?l WHERE {{ <{node}> skos:altLabel ?l }}") == [("Flash Attention",)]
    # two papers against one: the majority wins, whatever the load order
    st = load([(lowp, flash(lowp, "Flash Attention")), (sage, flash(sage, "FlashAttention")),
               (tfla, flash(tfla, "Flash Attention"))])
    assert rows(st, f"SELECT ?l WHERE {{ <{node}> rdfs:label ?l }}") == [("Flash Attention",)]
    assert rows(st, f"SELECT ?l WHERE {{ <{node}> skos:prefLabel ?l }}") == [("Flash Attention",)]
    assert rows(st, f"SELECT ?l WHERE {{ <{node}> skos:altLabel ?l }}") == [("FlashAttention",)]
    assert {q.graph_name for q in st.quads_for_pattern(NamedNode(node), NamedNode(SKOS + "prefLabel"), None)} == \
        {DefaultGraph()}
    assert rows(st, f"SELECT DISTINCT ?p WHERE {{ ?p pkg:usesMethod <{node}> }}") == sorted(
        [(paper_iri(r.id).value,) for r in (tfla, sage, lowp)])


def test_bare_acronym_in_another_paper_links_to_the_defined_long_form():
    r, x = hmar_extraction()
    mv = sample(MULTIVERSE)
    # a paper that only says "VAR" would mint entity/var; Multiverse has no VAR, so reuse its real "AR-LLMs" span
    bare = Extraction(mv.id, mv.title, [replace(entity(mv, "AR-LLMs", "method"), name="VAR", canonical="VAR")],
                      version="test")
    st = load([(r, x), (mv, bare)])
    assert rows(st, "SELECT ?a ?b WHERE { ?a skos:exactMatch ?b }") == [
        (entity_iri("VAR").value, entity_iri("Visual Auto-Regressive modeling").value)]


def test_bad_input_gives_clear_errors():
    r, x = hmar_extraction()
    with pytest.raises(BuildError, match=r"paper t:112d0e6fe37fffbb: claim '2.5x' has unknown kind 'faster'"):
        paper_quads(r, replace(x, claims=[replace(x.claims[1], kind="faster")]), T, strict=True)
    with pytest.raises(BuildError, match="entity 'HMAR' .* unknown type 'algorithm'"):
        paper_quads(r, replace(x, entities=[replace(x.entities[0], type="algorithm", canonical="HMAR")]), T,
                    strict=True)
    with pytest.raises(BuildError, match="not an xsd:dateTime"):
        paper_quads(r, x, "yesterday")
    with pytest.raises(BuildError, match="empty title"):
        paper_quads(replace(r, title=" "), None, T)
    with pytest.raises(BuildError, match="extraction of 'x' given with record 't:112d0e6fe37fffbb'"):
        paper_quads(r, replace(x, paper_id="x"), T)


def test_unusable_claims_and_mentions_are_left_out_with_a_warning():
    r, x = hmar_extraction()
    # the kind of slip seen from the claim extractor on a title claim: a negative sentence end
    bad_claim = replace(x.claims[1], field="title", start=48, end=51, sentence_start=0, sentence_end=-2)
    hmar = replace(x.entities[0], mentions=[*x.entities[0].mentions, Mention("abstract", 5000, 5004, "HMAR")])
    with pytest.warns(BuildWarning) as caught:
        quads = paper_quads(r, replace(x, entities=[hmar, *x.entities[1:]], claims=[bad_claim, x.claims[0]]), T)
    assert sorted(str(w.message) for w in caught) == [
        "paper t:112d0e6fe37fffbb: claim '2.5x' left out of the graph: offsets 48..51 (sentence 0..-2) "
        "outside the title (68 characters)",
        "paper t:112d0e6fe37fffbb: mention 'HMAR' of 'Hierarchical Masked Auto-Regressive modeling' left out "
        "of the graph: offsets 5000..5004 outside the abstract (1830 characters)"]
    kinds = {(q.subject, q.object) for q in quads if q.predicate == NamedNode(PKG + "claimKind")}
    assert kinds == {(claim_iri(r.id, 1), NamedNode(PKG + "Reduction"))}
    [hmar_spans] = [q.object.value for q in quads if q.predicate == NamedNode(PKG + "occurrences")
                    and q.subject == entity_iri(hmar.canonical)]
    assert len(hmar_spans.split()) == 8 and "5000" not in hmar_spans


def test_code_urls_become_repository_iris():
    dp = sample(DEEPPRUNE)
    x = Extraction(dp.id, dp.title, [], [claim(dp, "0.87", "score", 0.87, unit="AUROC")],
                   code_urls=["https://deepprune.github.io/"], version="test")
    quads = paper_quads(dp, x, T)
    assert Quad(paper_iri(dp.id), NamedNode("https://schema.org/codeRepository"),
                NamedNode("https://deepprune.github.io/")) in quads


def test_aime_spellings_through_the_real_extractor_are_one_node():
    from extractors.extract import extract

    from _graph_helpers import ATTS_EXTERNAL

    records = [sample(MULTIVERSE), sample(DEEPPRUNE), external(ATTS_EXTERNAL)]  # AIME24, AIME 2024, AIME-2024
    st = load([(r, extract(r)) for r in records])
    aime2024, aime = entity_iri("AIME 2024").value, entity_iri("AIME").value
    assert rows(st, f"SELECT DISTINCT ?t WHERE {{ ?p pkg:evaluatesOn <{aime2024}> ; dcterms:title ?t }}") == \
        sorted((r.title,) for r in records)
    assert rows(st, f"SELECT ?l WHERE {{ <{aime2024}> skos:prefLabel ?l }}") == [("AIME 2024",)]
    assert {"AIME24", "AIME-2024"} <= {a for (a,) in rows(st, f"SELECT ?a WHERE {{ <{aime2024}> skos:altLabel ?a }}")}
    assert rows(st, f"SELECT DISTINCT ?f WHERE {{ <{aime2024}> skos:broader ?f }}") == [(aime,)]
    assert rows(st, "SELECT DISTINCT ?e WHERE { ?e skos:prefLabel ?l FILTER(REGEX(?l, '^AIME.?(20)?24$')) }") == \
        [(aime2024,)]


def test_acronym_links_need_one_matching_long_form():
    from kg.resolve import EntityNames, label_quads

    def names(**long_forms):
        out = {entity_iri(a).value: EntityNames({a: 1}) for a in ("VAR", "AMD")}
        for long, acronym in long_forms.values():
            out[entity_iri(long).value] = EntityNames({long: 1}, {acronym})
        return out

    def links(n):
        return sorted((q.subject.value, q.object.value) for q in label_quads(n) if q.predicate.value == SKOS + "exactMatch")

    var, amd = ("Visual Auto-Regressive modeling", "VAR"), ("all three major GPU vendors", "AMD")  # AMD: an extractor slip
    assert links(names(a=var, b=amd)) == [(entity_iri("VAR").value, entity_iri(var[0]).value)]
    # two nodes carry "VAR": ambiguous, no link
    assert links(names(a=var, b=amd, c=("Vector AutoRegression", "VAR"))) == []


def test_text_with_quotes_backslashes_and_line_breaks_survives_the_nquads_text():
    # the builder writes N-Quads text itself (kg.builder.lit): what needs escaping must come back unchanged
    r, x = hmar_extraction()
    title = 'HMAR: "Efficient" C:\\masked\\ auto-regression\nover\r\nscales \\n \\"'
    r2 = replace(r, title=title, abstract=r.abstract + ' \\u00e9 "quoted"\t\\')
    got = {q.predicate.value: q.object.value for q in metadata_quads(r2)}
    assert (got["http://purl.org/dc/terms/title"], got["http://purl.org/dc/terms/abstract"]) == (title, r2.abstract)
    st = Store()
    st.extend(paper_quads(r2, x, T))
    assert [q.object.value for q in st.quads_for_pattern(None, NamedNode("http://purl.org/dc/terms/title"), None)] \
        == [title]


def test_names_counted_while_writing_equal_what_the_store_gives_back():
    # a new store's labels are computed from these counts, not from a query (kg.building)
    from kg.builder import paper_nquads
    from kg.resolve import collect_facts, collect_names, label_quads, merge_names
    total: dict = {}
    st = Store()
    for r, x in [hmar_extraction(), *aime_extractions()]:
        part: dict = {}
        lines = paper_nquads(r, x, T, names=part)
        merge_names(total, part)
        merge_names(total, collect_facts(lines))  # as a worker does for a new store (kg.workers)
        st.extend(paper_quads(r, x, T))
    stored = collect_names(st)  # also holds the FACTS, which refresh_entities reads from the store
    assert {k: (n.canonical, n.spellings) for k, n in total.items()} == \
        {k: (n.canonical, n.spellings) for k, n in stored.items()} and len(total) > 5
    assert any(sum(n.canonical.values()) > 1 for n in total.values())  # a node several papers name
    from kg.resolve import refresh_entities
    refresh_entities(st)
    assert any(n.counts for n in total.values())  # the FACTS were counted too
    assert sorted(map(str, label_quads(total))) == sorted(map(str, stored_labels(st)))


def test_a_mention_whose_text_is_not_at_its_offsets_is_left_out():
    # the graph keeps only offsets (pkg:occurrences): a span must read as what the extractor saw
    r, x = hmar_extraction()
    hmar = replace(x.entities[0], mentions=[*x.entities[0].mentions, Mention("abstract", 0, 4, "HMAR")])
    with pytest.warns(BuildWarning) as caught:
        quads = paper_quads(r, replace(x, entities=[hmar, *x.entities[1:]]), T)
    assert [str(w.message) for w in caught] == [
        "paper t:112d0e6fe37fffbb: mention 'HMAR' of 'Hierarchical Masked Auto-Regressive modeling' left out "
        "of the graph: the abstract has 'Visu' at 0..4"]
    assert not any("abstract:0-4" in q.object.value for q in quads if q.predicate == NamedNode(PKG + "occurrences"))


def test_facts_counted_while_writing_equal_those_counted_from_the_lines(sample_records):
    # workers count a new store's types and FACTS as they write (paper_nquads(facts=True)) instead of
    # parsing their lines again (collect_facts): both must give the same counts, on real abstracts
    from extractors.extract import extract_many
    from kg.builder import paper_nquads
    from kg.resolve import collect_facts, merge_names
    records = sample_records[:80]
    written: dict = {}
    parsed: dict = {}
    for r, x in zip(records, extract_many(records)):
        lines = paper_nquads(r, x, T, names=parsed)
        assert paper_nquads(r, x, T, names=written, facts=True) == lines
        merge_names(parsed, collect_facts(lines))
    view = lambda names: {k: (n.canonical, n.spellings, n.types, n.counts) for k, n in names.items()}  # noqa: E731
    assert view(written) == view(parsed)
    assert sum(1 for n in written.values() if n.counts) > 20 and sum(1 for n in written.values() if n.types) > 20


def test_label_lines_of_a_new_store():
    # what a new store's build writes as labels (kg.resolve.label_nquads), line by line: the
    # label most papers give (ties: the shortest, then code-point order), the other names, lower-case keys,
    # types and the one most papers give (a method in 3 papers and a model in 1 is a method, though a tie
    # would make it a model), FACTS counts (none of 0; pkg:papersUsingModel on models only), acronym keys
    # and the acronym's link; a node named only by spellings is labelled by them, a node with no name gets
    # no line
    from kg.resolve import EntityNames, label_nquads
    e = "https://w3id.org/paper-kg/id/entity/"
    names = {
        e + "tfla": EntityNames({"TFLA": 1}, set(), {"method": 1}, {}),
        e + "tiledflashlinearattention": EntityNames(
            {"Tiled Flash Linear Attention": 2, "tiled flash linear attention": 2}, {"TFLA", 'T\\F "L" A', ""},
            {"method": 3, "model": 1}, {"papersUsingModel": 3, "claimsOnDataset": 0}),
        e + "gsm8k": EntityNames({}, {"gsm8k", "GSM8K"}, {"dataset": 2},
                                 {"papersEvaluatingOn": 2, "papersUsingModel": 1}),
        e + "nameless": EntityNames(),
    }
    short = "".join(label_nquads(names))
    for long, brief in ((e, ""), ("https://w3id.org/paper-kg/", ""), ("http://www.w3.org/", "w3:")):
        short = short.replace(long, brief)
    assert short.splitlines() == [
        '<gsm8k> <w3:2004/02/skos/core#prefLabel> "GSM8K" .',
        '<gsm8k> <w3:2000/01/rdf-schema#label> "GSM8K" .',
        '<gsm8k> <w3:2004/02/skos/core#altLabel> "gsm8k" .',
        '<gsm8k> <ontology#key> "gsm8k" .',
        '<gsm8k> <ontology#entityType> "dataset" .',
        '<gsm8k> <ontology#mainType> "dataset" .',
        '<gsm8k> <ontology#papersEvaluatingOn> "2"^^<w3:2001/XMLSchema#integer> .',
        '<tfla> <w3:2004/02/skos/core#prefLabel> "TFLA" .',
        '<tfla> <w3:2000/01/rdf-schema#label> "TFLA" .',
        '<tfla> <ontology#key> "tfla" .',
        '<tfla> <ontology#entityType> "method" .',
        '<tfla> <ontology#mainType> "method" .',
        '<tiledflashlinearattention> <w3:2004/02/skos/core#prefLabel> "Tiled Flash Linear Attention" .',
        '<tiledflashlinearattention> <w3:2000/01/rdf-schema#label> "Tiled Flash Linear Attention" .',
        '<tiledflashlinearattention> <w3:2004/02/skos/core#altLabel> "TFLA" .',
        '<tiledflashlinearattention> <w3:2004/02/skos/core#altLabel> "T\\\\F \\"L\\" A" .',
        '<tiledflashlinearattention> <w3:2004/02/skos/core#altLabel> "tiled flash linear attention" .',
        '<tiledflashlinearattention> <ontology#key> "t\\\\f \\"l\\" a" .',
        '<tiledflashlinearattention> <ontology#key> "tfla" .',
        '<tiledflashlinearattention> <ontology#key> "tiled flash linear attention" .',
        '<tiledflashlinearattention> <ontology#entityType> "method" .',
        '<tiledflashlinearattention> <ontology#entityType> "model" .',
        '<tiledflashlinearattention> <ontology#mainType> "method" .',
        '<tiledflashlinearattention> <ontology#papersUsingModel> "3"^^<w3:2001/XMLSchema#integer> .',
        '<tiledflashlinearattention> <ontology#acronymKey> "tfla" .',
        '<tfla> <w3:2004/02/skos/core#exactMatch> <tiledflashlinearattention> .',
    ]


def test_lines_written_once_when_entities_share_nodes_and_labels_share_a_node():
    # paper_nquads writes each line once by construction (no deduplication of its lines): HMAR's abstract with
    # VAR found again as a model, ImageNet 256x256 found twice (same family), and a claim whose two baseline
    # labels name the same node
    from kg.builder import paper_nquads
    r, x = hmar_extraction()
    hmar, var, imagenet, task = x.entities
    c = replace(x.claims[0], baseline=["VAR", "Visual Auto-Regressive modeling"])
    x = replace(x, entities=[hmar, var, imagenet, task, replace(var, type="model"), replace(imagenet, confidence=0.5)],
                claims=[c, *x.claims[1:]])
    lines = paper_nquads(r, x, T)
    assert len(lines) == len(set(lines)) == 118  # (as many as the code that deduplicated them kept)
    node, fam = f"<{entity_iri('Visual Auto-Regressive modeling').value}>", f"<{entity_iri('ImageNet').value}>"
    claim1 = f"<{claim_iri(r.id, 1).value}>"
    assert [ln.split(" ")[2] for ln in lines if ln.startswith(f"{node} <{RDF}type>")] == [f"<{PKG}Method>", f"<{PKG}Model>"]
    assert sum(ln.startswith(f"<{entity_iri('ImageNet 256x256').value}> <{SKOS}broader> {fam} ") for ln in lines) == 1
    assert sum(ln.startswith(f"{fam} <{PKG}canonicalName> ") for ln in lines) == 1
    assert sum(ln.startswith(f"{claim1} <{PKG}baseline> {node} ") for ln in lines) == 1
    assert sum(f"<{PKG}comparesAgainst> {node} " in ln for ln in lines) == 1
