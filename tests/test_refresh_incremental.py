"""The incremental entity refresh (only nodes named by added or replaced papers are relabelled) gives the
graph a fresh build gives, on the real sample corpus, including acronym links and labels that change."""
from __future__ import annotations

import json
from dataclasses import replace

from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad, Store

from kg.building import build
from kg.dump import sorted_nquads
from kg.namespaces import GRAPH, PKG, SKOS, entity_iri, extracted_graph
from kg.resolve import _grown_labels, paper_names, refresh_entities, stored_labels, unchanged_nodes
from kg.store import open_store


def write(path, records) -> None:
    path.write_text("".join(json.dumps({"title": r.title, "abstract": r.abstract, "date": r.date}) + "\n"
                            for r in records), encoding="utf-8")


def entity_graph(store) -> list[str]:
    return sorted(str(q) for q in stored_labels(open_store(store)))


def test_incremental_refresh_equals_fresh_build(tmp_path, monkeypatch, sample_records):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    records = sorted(sample_records, key=lambda r: r.id)
    first, rest = records[:100], records[100:200]
    # five papers of the first build change: their old names must leave the labels
    changed = [replace(r, abstract=r.abstract[: len(r.abstract) // 2]) for r in first[:5]]
    final = changed + first[5:] + rest
    # same file name and line numbers, so the unchanged papers' pkg:sourceFile agrees with the fresh build
    (tmp_path / "a").mkdir(), (tmp_path / "b").mkdir()
    write(tmp_path / "a" / "corpus.jsonl", first)
    write(tmp_path / "b" / "corpus.jsonl", final)
    build([tmp_path / "a" / "corpus.jsonl"], tmp_path / "inc")
    before = set(entity_graph(tmp_path / "inc"))
    report = build([tmp_path / "b" / "corpus.jsonl"], tmp_path / "inc")
    assert (report.added, report.replaced, report.unchanged) == (len(rest), 5, 95)
    build([tmp_path / "b" / "corpus.jsonl"], tmp_path / "fresh")
    inc, fresh = entity_graph(tmp_path / "inc"), entity_graph(tmp_path / "fresh")
    assert len(fresh) > 1500  # every label and altLabel of 200 papers (acronym links: see the next test)
    assert inc == fresh
    assert sorted_nquads(open_store(tmp_path / "inc")) == sorted_nquads(open_store(tmp_path / "fresh"))
    # some names of the halved abstracts are gone: the removed graphs' nodes were relabelled too
    assert before - set(inc)
    # the family links the added papers state joined the labels ("H100" broader "GPU")
    assert [q for q in set(inc) - before if SKOS + "broader" in q]


def test_acronym_links_follow_incremental_changes(tmp_path):
    """A link from the bare-acronym node VAR to its long form depends on other nodes (a second holder of
    "VAR" makes it ambiguous; the long form's label decides whether VAR abbreviates it): the incremental
    refresh, told only about the nodes a paper names, must still add and drop it like a full refresh."""
    var = "Visual Auto-Regressive modeling"
    papers = {"p1": [("VAR", "canonicalName", "VAR")],
              "p2": [(var, "canonicalName", var), (var, "spelling", "VAR")],
              "p3": [("Vector AutoRegression", "canonicalName", "Vector AutoRegression"),
                     ("Vector AutoRegression", "spelling", "VAR")],
              "p4": [(var, "canonicalName", "Visual modelling")],
              "p5": [(var, "canonicalName", "Visual modelling")]}

    def quads(pid):
        g = NamedNode(GRAPH + "extracted/" + pid)
        return [Quad(entity_iri(node), NamedNode(PKG + p), Literal(v), g) for node, p, v in papers[pid]]

    inc, full = Store(str(tmp_path / "inc")), Store(str(tmp_path / "full"))

    def step(add=(), remove=()) -> list[tuple[str, str]]:
        touched = set()
        for st in (inc, full):
            for pid in remove:
                touched |= {q.subject.value for q in quads(pid)}
                st.remove_graph(NamedNode(GRAPH + "extracted/" + pid))
            for pid in add:
                touched |= {q.subject.value for q in quads(pid)}
                st.extend(quads(pid))
        size, counts = len(inc), {}
        refresh_entities(inc, touched, counts=counts)
        assert len(inc) - size == counts["quads"]  # what a build adds to the store's recorded size
        refresh_entities(full)
        got = sorted(str(q) for q in stored_labels(inc))
        assert got == sorted(str(q) for q in stored_labels(full))
        return sorted((q.subject.value, q.object.value)
                      for q in inc.quads_for_pattern(None, NamedNode(SKOS + "exactMatch"), None, DefaultGraph()))

    link = [(entity_iri("VAR").value, entity_iri(var).value)]
    assert step(add=["p1"]) == []
    assert step(add=["p2"]) == link  # the acronym node is not touched, the link still appears
    assert step(add=["p3"]) == []  # a second holder of "VAR": ambiguous
    assert step(remove=["p3"]) == link
    assert step(add=["p4", "p5"]) == []  # two papers call the long form "Visual modelling": VAR abbreviates it no more
    assert step(remove=["p5"]) == []  # a 1-1 tie goes to the shorter label, still "Visual modelling"
    assert step(remove=["p4"]) == link


def test_facts_are_counted_per_node():
    """The labels hold each node's types and the counts the query library ranks by."""
    rdf_type = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    st = Store()

    def paper(pid, quads):
        g = NamedNode(GRAPH + "extracted/" + pid)
        p = NamedNode("https://w3id.org/paper-kg/id/paper/" + pid)
        for s, pred, o in quads:
            # (the paper's own triples in the default graph, what it says of entities in its graph)
            st.add(Quad(p if s == "paper" else entity_iri(s), NamedNode(PKG + pred) if ":" not in pred else
                        NamedNode(pred), o, DefaultGraph() if s == "paper" else g))
        return p

    for pid, rel in [("p1", "usesModel"), ("p2", "proposes")]:
        paper(pid, [("Qwen3", "canonicalName", Literal("Qwen3")), ("Qwen3", rdf_type.value, NamedNode(PKG + "Model")),
                    ("paper", rel, entity_iri("Qwen3")), ("GSM8K", "canonicalName", Literal("GSM8K")),
                    ("GSM8K", rdf_type.value, NamedNode(PKG + "Dataset")), ("paper", "evaluatesOn", entity_iri("GSM8K"))])
    claim = NamedNode("https://w3id.org/paper-kg/id/claim/p1/1")
    st.add(Quad(claim, NamedNode(PKG + "onDataset"), entity_iri("GSM8K")))
    st.add(Quad(claim, NamedNode(PKG + "paper"), NamedNode("https://w3id.org/paper-kg/id/paper/p1")))
    refresh_entities(st)
    facts = sorted((q.subject.value.rsplit("/", 1)[1], q.predicate.value.split("#")[1], q.object.value)
                   for q in stored_labels(st)
                   if q.predicate.value.split("#")[-1] in ("entityType", "papersEvaluatingOn", "claimsOnDataset",
                                                           "papersUsingModel"))
    assert facts == [("gsm8k", "claimsOnDataset", "1"), ("gsm8k", "entityType", "dataset"),
                     ("gsm8k", "papersEvaluatingOn", "2"), ("qwen3", "entityType", "model"),
                     ("qwen3", "papersUsingModel", "2")]


def test_replaced_papers_that_name_nodes_as_before_leave_them_out(tmp_path, monkeypatch, sample_records):
    """A replacement that says the same about a node (a new title, most of the abstract's entities) leaves
    its labels as they were, so the build relabels only the nodes whose inputs changed; the store is still
    the one a fresh build gives."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    # (the sample corpus gives no arXiv ids: these are made up, so that a new title is the same paper)
    records = [replace(r, arxiv_id=f"2601.{n:05d}")
               for n, r in enumerate(sorted(sample_records, key=lambda r: r.id)[:8])]
    retitled = [replace(r, title="A study of " + r.title) for r in records[:3]]
    halved = [replace(r, abstract=r.abstract[: len(r.abstract) // 2]) for r in records[3:5]]
    final = retitled + halved + records[5:]
    (tmp_path / "a").mkdir(), (tmp_path / "b").mkdir()
    for path, rs in ((tmp_path / "a" / "corpus.jsonl", records), (tmp_path / "b" / "corpus.jsonl", final)):
        path.write_text("".join(json.dumps({"title": r.title, "abstract": r.abstract, "date": r.date,
                                            "arxiv_id": r.arxiv_id}) + "\n" for r in rs), encoding="utf-8")
    ids = [f"arxiv:{r.arxiv_id}" for r in records[:5]]
    build([tmp_path / "a" / "corpus.jsonl"], tmp_path / "inc")
    before = paper_names(Store(str(tmp_path / "inc")), ids)
    report = build([tmp_path / "b" / "corpus.jsonl"], tmp_path / "inc")
    assert (report.added, report.replaced, report.unchanged) == (0, 5, 3)
    after = paper_names(Store(str(tmp_path / "inc")), ids)
    same = unchanged_nodes(before, after)
    # the five papers name 40 nodes; the new titles and the lost half abstracts change what is said of 17
    assert (len(before), len(same)) == (40, 23)
    assert all(before[e] == after[e] for e in same) and all(before[e] != after.get(e) for e in set(before) - same)
    build([tmp_path / "b" / "corpus.jsonl"], tmp_path / "fresh")
    assert sorted_nquads(open_store(tmp_path / "inc")) == sorted_nquads(open_store(tmp_path / "fresh"))


def test_nodes_that_only_gain_papers_naming_them_by_their_label_are_relabelled_from_their_labels():
    """A node the new papers name by its prefLabel only keeps that label: its labels are grown from what
    the labels held and what the papers said (kg.resolve._grown_labels), without reading every paper
    naming it. Any other gain (another canonical name, a label that fell back on spellings, a node
    becoming a model) is read from all papers. Either way the labels are the full refresh's."""
    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    papers = {"p1": [("Qwen3", "canonicalName", "Qwen3"), ("Qwen3", rdf_type, "Model"),
                     ("paper", "usesModel", "Qwen3"),
                     ("GSM8K", "canonicalName", "GSM8K"), ("GSM8K", rdf_type, "Dataset"),
                     ("paper", "evaluatesOn", "GSM8K"), ("Llama", "spelling", "Llama")],
              "p2": [("Qwen3", "canonicalName", "Qwen3"), ("Qwen3", "spelling", "QW3"), ("Qwen3", rdf_type, "Method"),
                     ("paper", "proposes", "Qwen3"), ("GSM8K", "canonicalName", "gsm8k"),
                     ("Llama", "canonicalName", "Llama")],
              "p3": [("GSM8K", "canonicalName", "GSM8K"), ("GSM8K", rdf_type, "Model"),
                     ("paper", "usesModel", "GSM8K")],
              "p4": [("Qwen3", "canonicalName", "Qwen3"), ("Qwen3", rdf_type, "Method"),
                     ("paper", "usesMethod", "Qwen3")]}

    def quads(pid):
        g, paper = extracted_graph(pid), NamedNode("https://w3id.org/paper-kg/id/paper/" + pid)
        return [Quad(paper if s == "paper" else entity_iri(s), NamedNode(p if ":" in p else PKG + p),
                     NamedNode(PKG + o) if p == rdf_type else entity_iri(o) if s == "paper" else Literal(o),
                     DefaultGraph() if s == "paper" else g)
                for s, p, o in papers[pid]]

    inc, full = Store(), Store()
    grown = []
    for pid in papers:
        for st in (inc, full):
            st.extend(quads(pid))
        touched = {q.subject.value for q in quads(pid) if q.subject.value.startswith(entity_iri("x").value[:-1])}
        gained = paper_names(inc, [pid])
        before = {e: list(inc.quads_for_pattern(NamedNode(e), None, None, DefaultGraph())) for e in touched}
        grown.append(sorted(e.rsplit("/", 1)[1] for e in _grown_labels(inc, before, gained)))
        counts, size = {}, len(inc)
        refresh_entities(inc, touched, counts=counts, gained=gained)
        refresh_entities(full)
        got = sorted(str(q) for q in stored_labels(inc))
        assert got == sorted(str(q) for q in stored_labels(full))
        assert len(inc) - size == counts["quads"]
    # p1: all new; p2: Qwen3 by its label (GSM8K by another name, Llama's label was a spelling);
    # p3: GSM8K by its label, but it becomes a model; p4: Qwen3 by its label, a method in two papers of
    # three now, its main type (a model after p2: a tie)
    assert grown == [[], ["qwen3"], [], ["qwen3"]]
    assert sorted((q.predicate.value.split("#")[-1], q.object.value) for q in
                  inc.quads_for_pattern(entity_iri("Qwen3"), None, None, DefaultGraph())) == [
        ("acronymKey", "qw3"), ("altLabel", "QW3"), ("entityType", "method"), ("entityType", "model"),
        ("key", "qw3"), ("key", "qwen3"), ("label", "Qwen3"), ("mainType", "method"), ("papersUsingModel", "2"),
        ("prefLabel", "Qwen3")]
