"""Incremental builds (new papers added, changed ones replaced, the rest untouched) and deterministic dumps."""
from __future__ import annotations

import io
import json

import pytest
from pyoxigraph import DefaultGraph, NamedNode, Quad, RdfFormat, Store, parse
from typer.testing import CliRunner

from _graph_helpers import DEEPPRUNE, HMAR, MULTIVERSE, TFLA, sample
from kg.building import build
from kg.builder import stored_hashes
from kg.cli import app
from kg.dump import dump, sorted_nquads
from kg.namespaces import (GRAPH, ID, PKG, PROV, PROVENANCE_GRAPH, RDF, SKOS, activity_iri, agent_iri,
                           extracted_graph, paper_iri)
from kg.resolve import stored_labels
from kg.store import open_store, recorded_quads

E1, E2, E3 = "1767225600", "1767312000", "1767398400"  # 2026-01-01, -02, -03


def write_corpus(path, records) -> None:
    path.write_text("".join(json.dumps({"title": r.title, "abstract": r.abstract, "date": r.date}) + "\n"
                            for r in records), encoding="utf-8")


def ended(store, record) -> str:
    [q] = open_store(store).quads_for_pattern(activity_iri(record.id), NamedNode(PROV + "endedAtTime"), None)
    return q.object.value


def labels(store) -> set[str]:
    return {q.object.value for q in open_store(store).quads_for_pattern(None, NamedNode(SKOS + "prefLabel"), None,
                                                                          DefaultGraph())}


def graph_lines(store, record) -> list[str]:
    """What the store holds of one paper but where its input came from: its extracted graph, and the triples
    of the paper and its claims (the default graph)."""
    st = open_store(store)
    p = paper_iri(record.id)
    subjects = [p, *(q.subject for q in st.quads_for_pattern(None, NamedNode(PKG + "paper"), p, DefaultGraph()))]
    own = [q for s in subjects for q in st.quads_for_pattern(s, None, None, DefaultGraph())
           if q.predicate != NamedNode(PKG + "sourceFile")]
    return sorted(str(q) for q in [*st.quads_for_pattern(None, None, None, extracted_graph(record.id)), *own])


def agents(store) -> list[tuple[str, str]]:
    """The software agents the store describes, with the graph each description is in."""
    return sorted((q.subject.value, q.graph_name.value) for q in open_store(store).quads_for_pattern(
        None, NamedNode(RDF + "type"), NamedNode(PROV + "SoftwareAgent")))


def test_new_papers_are_added_and_changed_ones_replaced(tmp_path, monkeypatch):
    hmar, tfla, dp = sample(HMAR), sample(TFLA), sample(DEEPPRUNE)
    corpus, store = tmp_path / "corpus.jsonl", tmp_path / "store"

    monkeypatch.setenv("SOURCE_DATE_EPOCH", E1)
    write_corpus(corpus, [hmar, tfla])
    first = build([corpus], store)
    assert (first.added, first.replaced, first.unchanged) == (2, 0, 0)

    monkeypatch.setenv("SOURCE_DATE_EPOCH", E2)
    write_corpus(corpus, [hmar, tfla, dp])
    second = build([corpus], store)
    assert (second.added, second.replaced, second.unchanged) == (1, 0, 2)
    # the activity time of unchanged papers is kept: that is what makes rebuilds reproducible
    assert [ended(store, r) for r in (hmar, tfla, dp)] == ["2026-01-01T00:00:00Z"] * 2 + ["2026-01-02T00:00:00Z"]
    before = labels(store)

    # DeepPrune's abstract changes: its GPQA benchmark sentence goes, so does everything extracted from it
    cut = dp.abstract.index("Comprehensive evaluations")
    changed = type(dp)(**{**dp.__dict__, "abstract": dp.abstract[:cut] + dp.abstract[dp.abstract.index(
        "Our work establishes"):]})
    assert changed.id == dp.id and changed.content_hash() != dp.content_hash()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", E3)
    write_corpus(corpus, [hmar, tfla, changed])
    hmar_graph = graph_lines(store, hmar)
    third = build([corpus], store)
    assert (third.added, third.replaced, third.unchanged) == (0, 1, 2)
    assert [ended(store, r) for r in (hmar, tfla, changed)] == [
        "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z", "2026-01-03T00:00:00Z"]
    assert graph_lines(store, hmar) == hmar_graph
    # the replaced paper's graphs are exactly those a fresh build of its new text gives
    fresh = tmp_path / "fresh"
    write_corpus(tmp_path / "one.jsonl", [changed])
    build([tmp_path / "one.jsonl"], fresh)
    assert graph_lines(store, changed) == graph_lines(fresh, changed)
    st = open_store(store)
    assert [q.object.value for q in st.quads_for_pattern(paper_iri(dp.id), NamedNode(
        "http://purl.org/dc/terms/abstract"), None)] == [changed.abstract]
    # the entity labels graph follows: GPQA was only named in the dropped sentence
    assert "GPQA" in before and "GPQA" not in labels(store)
    # the count each build reports is kept by arithmetic from the previous build's recorded count
    assert third.triples == len(st) == recorded_quads(store)
    assert first.triples < second.triples and third.triples < second.triples
    # the extractor is described once, in graph/provenance, and stays there through replacements
    from extractors.version import EXTRACTOR_NAME, EXTRACTOR_VERSION
    assert agents(store) == [(agent_iri(EXTRACTOR_NAME, EXTRACTOR_VERSION).value, PROVENANCE_GRAPH.value)]


def _as_layout_031(store, record) -> int:
    """Rewrite a store of one paper as layout 0.3.1 wrote it: its metadata in graph/paper/<id>, its
    relations and claims in its extracted graph, the labels in graph/entities, its activity naming
    extractor version 0.3.1; returns the store's quads."""
    st = Store(str(store))
    p, g = paper_iri(record.id), extracted_graph(record.id)
    metadata = {"arxivId", "authorCount", "organisation", "upvotes", "sourceFile", "contentHash"}  # (pkg: terms)
    claims = [q.subject for q in st.quads_for_pattern(None, NamedNode(PKG + "paper"), p, DefaultGraph())]
    moved = []
    for s_ in [p, *claims]:
        for q in list(st.quads_for_pattern(s_, None, None, DefaultGraph())):
            term = q.predicate.value
            is_metadata = s_ == p and (term.split("#")[-1] in metadata if term.startswith(PKG) else
                                       term != "https://schema.org/codeRepository")
            moved.append((q, NamedNode(GRAPH + "paper/" + record.id) if is_metadata else g))
    for q, graph in moved:
        st.remove(q)
        st.add(Quad(q.subject, q.predicate, q.object, graph))
    for q in list(stored_labels(st)):
        st.remove(q)
        st.add(Quad(q.subject, q.predicate, q.object, NamedNode(GRAPH + "entities")))
    act, by = activity_iri(record.id), NamedNode(PROV + "wasAssociatedWith")
    [agent] = [q for q in st.quads_for_pattern(act, by, None, g)]
    st.remove(agent)
    st.add(Quad(act, by, agent_iri("paper-kg-extractors", "0.3.1"), g))
    return len(st)


def test_a_store_of_the_earlier_layout_is_rebuilt_not_mixed(tmp_path, monkeypatch):
    """A store of layout 0.3.1 (papers' metadata in graph/paper/<id>): a build of all its papers starts it
    afresh (they name an earlier extractor version); a build keeping some of them would mix two layouts,
    so it stops with a message saying what to do, and leaves the store as it was."""
    hmar, tfla = sample(HMAR), sample(TFLA)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", E1)
    write_corpus(tmp_path / "one.jsonl", [hmar])
    write_corpus(tmp_path / "two.jsonl", [hmar, tfla])
    build([tmp_path / "two.jsonl"], tmp_path / "fresh")
    store = tmp_path / "store"
    build([tmp_path / "one.jsonl"], store)
    size = _as_layout_031(store, hmar)
    assert stored_hashes(open_store(store)) == {hmar.id: "stale:" + hmar.content_hash()}
    write_corpus(tmp_path / "new.jsonl", [tfla])
    res = CliRunner().invoke(app, ["build", str(tmp_path / "new.jsonl"), "--store", str(store)])
    assert res.exit_code == 1, res.output
    assert "written by an earlier version of paper-kg" in res.output and "--store NEW" in res.output
    assert len(open_store(store)) == size
    report = build([tmp_path / "two.jsonl"], store)
    assert (report.added, report.replaced) == (1, 1)
    assert sorted_nquads(open_store(store)) == sorted_nquads(open_store(tmp_path / "fresh"))


def test_the_graph_data_of_a_store_of_the_earlier_layout_is_read_from_its_named_graphs(tmp_path):
    """kg.graphdata reads papers and claims from the default graph, and from every graph in a store of
    layout 0.3.1: the API's papers, entities and claims are the same in both layouts."""
    from kg.graphdata import load_graph

    hmar = sample(HMAR)
    write_corpus(tmp_path / "one.jsonl", [hmar])
    build([tmp_path / "one.jsonl"], tmp_path / "store")
    before = load_graph(open_store(tmp_path / "store"))
    assert len(before.papers) == 1 and before.claims and before.papers[next(iter(before.papers))].relations
    _as_layout_031(tmp_path / "store", hmar)
    st = open_store(tmp_path / "store")
    assert load_graph(st) == before
    # and so is each paper or entity read on its own (kg.nodes)
    from kg.nodes import read_entity, read_paper

    assert [read_paper(st, ID + k) for k in before.papers] == list(before.papers.values())
    typed = [e for e in before.entities.values() if e.types]
    assert len(typed) > 10 and [read_entity(st, ID + e.key) for e in typed] == typed
    # and so are the claims, names, titles, neighbours and paths the API reads from the store alone
    import kg.api
    from kg.nodes import neighbour_keys, read_edges

    keys = [*before.papers, *(e.key for e in typed), *before.claims]
    assert all(neighbour_keys(st, k) == {e[0] for e in read_edges(st, k)} for k in keys)
    claim = next(iter(before.claims.values()))
    linked = sorted({r.label for c in before.claims.values() for _, r in c.entity_links()})
    cases = [{"paper": hmar.id}, {"kind": claim.kind}, {"measure": claim.measure or "x"}, {"min_value": 1},
             *({"entity": name} for name in linked), {"entity": typed[0].label}]

    def ask(g):
        return [(g.claims(**c), g.paper(hmar.title.lower()), g.path(keys[0], keys[-1])) for c in cases]

    alone, whole = kg.api.KnowledgeGraph.from_store(st), kg.api.KnowledgeGraph.from_store(st)
    asks = ask(alone)
    assert alone._data is None and whole.data and asks == ask(whole)
    assert len(linked) >= 2 and sum(bool(a[0]) for a in asks) >= len(linked) + 2


def test_writes_by_other_means_never_flushed_are_kept_by_the_next_build(tmp_path):
    """They are still in RocksDB's write-ahead log only, which a backup of the store opened read-only
    leaves out (kg.store.staged_store copies it too)."""
    corpus, store = tmp_path / "c.jsonl", tmp_path / "store"
    write_corpus(corpus, [sample(HMAR)])
    build([corpus], store)
    note = Quad(paper_iri(sample(HMAR).id), NamedNode("http://example.org/note"), NamedNode("http://example.org/x"))
    st = Store(str(store))
    st.add(note)
    del st  # (closed without a flush)
    write_corpus(corpus, [sample(HMAR), sample(TFLA)])
    assert build([corpus], store).added == 1
    assert note in open_store(store)


def test_quad_count_is_recounted_when_the_store_was_changed_by_other_means(tmp_path):
    corpus, store = tmp_path / "corpus.jsonl", tmp_path / "store"
    write_corpus(corpus, [sample(TFLA)])
    n = build([corpus], store).triples
    assert recorded_quads(store) == n == len(open_store(store))
    other = Store(str(store))  # another writer: the recorded count no longer holds
    other.add(Quad(NamedNode("http://e/s"), NamedNode("http://e/p"), NamedNode("http://e/o"), NamedNode("http://e/g")))
    del other
    assert recorded_quads(store) is None
    write_corpus(corpus, [sample(TFLA), sample(HMAR)])
    report = build([corpus], store)
    assert report.added == 1 and report.triples == len(open_store(store)) == recorded_quads(store)


def test_same_input_twice_gives_byte_identical_dump(tmp_path, monkeypatch):
    corpus = tmp_path / "c.jsonl"
    write_corpus(corpus, [sample(t) for t in (HMAR, DEEPPRUNE, MULTIVERSE)])
    monkeypatch.setenv("SOURCE_DATE_EPOCH", E1)
    build([corpus], tmp_path / "a")
    build([corpus], tmp_path / "b")
    once = sorted_nquads(open_store(tmp_path / "a"))
    assert once == sorted_nquads(open_store(tmp_path / "b"))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", E2)  # a later build changes nothing, not even times
    again = build([corpus], tmp_path / "a")
    assert (again.added, again.replaced, again.unchanged) == (0, 0, 3)
    assert sorted_nquads(open_store(tmp_path / "a")) == once
    # through the CLI too
    runner = CliRunner()
    for name in ("x.nq", "y.nq"):
        res = runner.invoke(app, ["dump", "--store", str(tmp_path / "a"), "-o", str(tmp_path / name)])
        assert res.exit_code == 0, res.output
    assert (tmp_path / "x.nq").read_bytes() == (tmp_path / "y.nq").read_bytes() == once


def test_replacing_every_paper_of_the_store_gives_a_fresh_build(tmp_path, monkeypatch):
    # the case of a new extractor version: the store is cleared and built as a new one, not paper by paper
    tfla = sample(TFLA)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", E1)
    write_corpus(tmp_path / "old.jsonl", [tfla])
    build([tmp_path / "old.jsonl"], tmp_path / "inc")
    changed = type(tfla)(**{**tfla.__dict__, "abstract": tfla.abstract + " Code is released."})
    monkeypatch.setenv("SOURCE_DATE_EPOCH", E2)
    write_corpus(tmp_path / "new.jsonl", [changed, sample(HMAR)])
    report = build([tmp_path / "new.jsonl"], tmp_path / "inc")
    assert (report.added, report.replaced, report.unchanged) == (1, 1, 0)
    build([tmp_path / "new.jsonl"], tmp_path / "fresh")
    assert sorted_nquads(open_store(tmp_path / "inc")) == sorted_nquads(open_store(tmp_path / "fresh"))
    assert report.triples == recorded_quads(tmp_path / "inc") == len(open_store(tmp_path / "inc"))
    assert len(agents(tmp_path / "inc")) == 1  # the cleared store's graph/provenance is written again


def test_a_pruning_build_leaves_the_store_a_fresh_build_of_its_input(tmp_path, monkeypatch):
    """--prune removes the papers the input no longer has, with their labels, index rows and counts; a
    build without it keeps them (adding papers from a file of new ones is a build too)."""
    import shutil

    from kg import graph_index, search_index

    hmar, tfla, dp, mv = sample(HMAR), sample(TFLA), sample(DEEPPRUNE), sample(MULTIVERSE)
    corpus = tmp_path / "corpus.jsonl"  # (one file: an unchanged paper keeps the source file it was read from)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", E1)
    write_corpus(corpus, [hmar, tfla, dp])
    build([corpus], tmp_path / "inc")
    shutil.copytree(tmp_path / "inc", tmp_path / "kept")
    changed = type(tfla)(**{**tfla.__dict__, "abstract": tfla.abstract + " Code is released."})
    write_corpus(corpus, [hmar, changed, mv])
    kept = build([corpus], tmp_path / "kept")
    assert (kept.pruned, stored_hashes(open_store(tmp_path / "kept")).keys() >= {dp.id}) == (0, True)
    res = CliRunner().invoke(app, ["build", str(corpus), "--store", str(tmp_path / "inc"), "--prune"])
    assert res.exit_code == 0, res.output
    assert "1 added, 1 replaced, 1 unchanged, 1 removed" in res.output
    build([corpus], tmp_path / "fresh")
    inc, fresh = open_store(tmp_path / "inc"), open_store(tmp_path / "fresh")
    assert sorted_nquads(inc) == sorted_nquads(fresh)
    assert recorded_quads(tmp_path / "inc") == len(inc)
    del inc, fresh
    assert graph_index.is_fresh(tmp_path / "inc") and search_index.is_fresh(tmp_path / "inc")
    for store in ("inc", "fresh"):  # the search index answers as the fresh build's does: DeepPrune is gone
        assert [r[0] for r in search_index.search(tmp_path / store, ["redundancy"]).rows] == [], store
        assert [r[0] for r in search_index.search(tmp_path / store, ["multiverse"]).rows] == [mv.id], store
    assert [r[0] for r in search_index.search(tmp_path / "kept", ["redundancy"]).rows] == [dp.id]
    # a build whose input has none of the store's papers starts it afresh
    write_corpus(corpus, [dp])
    report = build([corpus], tmp_path / "inc", prune=True)
    assert (report.added, report.replaced, report.unchanged, report.pruned) == (1, 0, 0, 3)
    build([corpus], tmp_path / "dp")
    assert sorted_nquads(open_store(tmp_path / "inc")) == sorted_nquads(open_store(tmp_path / "dp"))


def test_other_extractor_version_makes_papers_stale(tmp_path, monkeypatch):
    corpus = tmp_path / "c.jsonl"
    write_corpus(corpus, [sample(HMAR)])
    monkeypatch.setenv("SOURCE_DATE_EPOCH", E1)
    build([corpus], tmp_path / "s")
    st = open_store(tmp_path / "s")
    h = sample(HMAR).content_hash()
    assert stored_hashes(st) == {sample(HMAR).id: h}
    assert stored_hashes(st, ("paper-kg-extractors", "0.0.0-old")) == {sample(HMAR).id: "stale:" + h}


@pytest.mark.parametrize("fmt, rdf_format", [("trig", RdfFormat.TRIG), ("jsonld", RdfFormat.JSON_LD),
                                             ("turtle", RdfFormat.TURTLE)])
def test_dump_formats_read_back(tmp_path, monkeypatch, fmt, rdf_format):
    corpus = tmp_path / "c.jsonl"
    write_corpus(corpus, [sample(HMAR), sample(DEEPPRUNE)])
    monkeypatch.setenv("SOURCE_DATE_EPOCH", E1)
    build([corpus], tmp_path / "s")
    st = open_store(tmp_path / "s")
    buf = io.BytesIO()
    dump(st, fmt, buf)
    back = list(parse(buf.getvalue(), format=rdf_format))
    if fmt == "turtle":  # the union of the graphs
        assert {str(t) for t in back} == {f"{q.subject} {q.predicate} {q.object}" for q in st}
    else:  # every quad with its graph
        assert sorted(str(q) for q in back) == sorted(str(q) for q in st)
    # sorted in runs of 4 KiB spilled to files and merged: the same bytes as sorted in memory
    import kg.dump

    monkeypatch.setattr(kg.dump, "RUN_BYTES", 4096)
    small = io.BytesIO()
    dump(st, fmt, small)
    assert small.getvalue() == buf.getvalue()


def test_sorted_nquads_are_the_same_when_sorted_in_runs(sample_store, monkeypatch):
    import kg.dump

    st = open_store(sample_store)
    whole = sorted_nquads(st)
    lines = whole.split(b"\n")[:-1]
    assert lines == sorted(set(lines)) and len(lines) == len(st)
    monkeypatch.setattr(kg.dump, "RUN_BYTES", 64 << 10)
    assert sorted_nquads(st) == whole


def test_compact_keeps_every_quad_and_the_recorded_count(sample_store, tmp_path):
    """`kg compact` rewrites the files, not the graph: same quads, and the next build need not recount them."""
    import shutil

    path = tmp_path / "store"
    shutil.copytree(sample_store, path)
    count = recorded_quads(path)
    before = sorted(map(str, Store.read_only(str(path))))
    result = CliRunner().invoke(app, ["compact", "--store", str(path)])
    assert result.exit_code == 0 and "Compacted" in result.output
    assert sorted(map(str, Store.read_only(str(path)))) == before
    assert count == len(before) and recorded_quads(path) == count
    missing = CliRunner().invoke(app, ["compact", "--store", str(tmp_path / "none")])
    assert missing.exit_code == 1 and "no knowledge graph store" in missing.output
