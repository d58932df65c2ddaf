"""Distinct techniques that used to be aliases of a broader term are entities of their own, linked by family.

Sentences from data/hf-daily-papers and the dev gold's titles: a paper naming both "data filtering" and
"data curation", or three collectives, names several things, not one.
"""
from __future__ import annotations

from extractors.extract import extract
from extractors.gazetteer import load_gazetteer
from extractors.records import PaperRecord


def concepts(title: str, abstract: str) -> list[tuple[str, str, str | None]]:
    ex = extract(PaperRecord("t:split", title, abstract))
    return sorted((e.name, e.canonical, e.family) for e in ex.entities if e.type in ("concept", "method"))


def test_filtering_and_curation_are_two_concepts():
    got = concepts("Scaling Laws for Data Filtering -- Data Curation cannot be Compute Agnostic", "")
    assert ("data filtering", "data filtering", "data curation") in got
    assert any(c == "data curation" for _, c, _ in got)


def test_each_collective_is_its_own_concept():
    got = concepts("T", "On the systems side, we deliver a comprehensive cluster and networking characterization: "
                        "microbenchmarks for all core collectives (all-reduce, reduce-scatter, all-gather, broadcast) "
                        "across message sizes and GPU counts on Pollara.")
    assert [(n, f) for n, _, f in got if f == "collective communication"] == [
        ("all-gather", "collective communication"), ("all-reduce", "collective communication"),
        ("reduce-scatter", "collective communication")]


def test_named_systems_are_not_aliases_of_another_name():
    g = load_gazetteer()
    assert (g.lookup("DiLoCo").type, g.lookup("DiLoCo").canonical) == ("method", "DiLoCo")
    assert g.lookup("OpenMPI").canonical == "Open MPI" and g.lookup("OpenMPI").family == "MPI"
    assert g.lookup("allreduce").canonical == "all-reduce"


def test_programming_languages_are_methods():
    # AGOCS and WARP abstracts (data/hf-daily-papers)
    scala = extract(PaperRecord("t:l1", "T", "The system has been implemented in Scala language with focus on parallel "
                                             "execution and an easy-to-extend design concept."))
    assert [(e.name, e.type) for e in scala.entities] == [("Scala", "method")]
    warp = extract(PaperRecord("t:l2", "T", "Combined with optimized C++ kernels and specialized inference runtimes, "
                                            "WARP reduces end-to-end latency by 41x compared to XTR's reference "
                                            "implementation."))
    assert ("C++", "method") in [(e.name, e.type) for e in warp.entities]
    g = load_gazetteer()
    assert (g.lookup("C++17").canonical, g.lookup("Java 17").family) == ("C++", "Java")


def test_neighbouring_concepts_are_not_one_node():
    # external-80k: "token merging" papers had been filed under token pruning, "self-verification" under
    # self-reflection, an HCI paper's "co-design" under hardware-aware design
    got = concepts("T", "We compare token merging, token pruning and token compression, add self-verification and "
                        "KV cache eviction, and follow a co-design process.")
    assert [(n, c, f) for n, c, f in got] == [
        ("KV cache eviction", "KV cache eviction", "KV cache compression"), ("co-design", "co-design", None),
        ("self-verification", "self-verification", None), ("token compression", "token compression", None),
        ("token merging", "token merging", None), ("token pruning", "token pruning", None)]
    assert load_gazetteer().lookup("FNO").canonical == "Fourier Neural Operator"


def test_a_plus_names_another_thing():
    # "HumanEval+" and "HumanEval" share the scorer's key; the gazetteer and the resolver keep them apart
    g = load_gazetteer()
    assert [g.lookup(n).canonical for n in ("HumanEval+", "HumanEval", "HumanEvalPlus", "Command R+", "Command R")] == [
        "HumanEval+", "HumanEval", "HumanEval+", "Command R+", "Command R"]
    ex = extract(PaperRecord("t:plus", "T", "We evaluate on HumanEval and HumanEval+ and compare FlashDecoding with "
                                            "FlashDecoding++."))
    assert sorted(e.canonical for e in ex.entities) == ["FlashDecoding", "FlashDecoding++", "HumanEval", "HumanEval+"]
