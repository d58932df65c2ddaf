"""The corpus-derived term list (extractors/gazetteers/build_corpus_terms.py, concepts_corpus.tsv).

Rebuilding the list reads 80k abstracts (~40 s), too slow for a test: these check the selection rules on real
sentences, the generated file's shape, and that its terms are a weak signal that fills gaps only.
"""
from __future__ import annotations

from extractors.extract import extract
from extractors.gazetteer import load_gazetteer, load_from
from extractors.gazetteers.build_corpus_terms import HERE, OUTPUT, candidate_ok, mine, phrases_of
from extractors.pipeline import get_nlp
from extractors.records import PaperRecord

# data/hf-daily-papers/003_55f348f1b6eaf16f.txt (the GEMM paper)
GEMM = ("Analysis of shared memory utilization and SM occupancy reveals that tile sizes of 16x16 achieve the best "
        "balance between parallelism and resource usage.")


def test_runs_stop_at_function_words_verbs_and_capitals():
    runs = list(phrases_of(GEMM))
    assert runs[:3] == ["shared memory", "shared memory utilization", "memory utilization"]
    assert "Analysis of" not in runs and "of shared" not in runs and "SM occupancy" not in runs
    assert [p for p in runs if candidate_ok(p)] == ["shared memory"]


def test_mine_keeps_recurring_terms_that_stand_on_their_own():
    lines = ["we use shared memory here."] * 3 + ["the sliding window attention helps."] * 3 + ["a late fusion."]
    # "window attention" only ever occurs inside "sliding window attention"; "late fusion" is too rare
    assert mine(lines, min_df=3) == ["shared memory", "sliding window attention"]


def test_generated_file_adds_lower_case_concepts_the_curated_files_lack():
    rows = [ln.split("\t") for ln in OUTPUT.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    assert len(rows) > 200 and all(len(r) == 2 and r[0] == "concept" and r[1] == r[1].lower() for r in rows)
    curated = load_from(HERE)
    assert all(curated.lookup(name).source == "concepts_corpus" for _, name in rows)


def test_corpus_terms_are_weak_candidates():
    doc = get_nlp()(GEMM)
    hits = [(doc[c.start:c.end].text, c.confidence) for c in doc._.kg_candidates if c.source.endswith("_corpus")]
    assert hits == [("shared memory", 0.6)]
    ex = extract(PaperRecord("t:gemm", "T", GEMM))
    assert [e.name for e in ex.entities if e.type == "concept"] == ["shared memory"]
    assert load_gazetteer().lookup("shared memory").type == "concept"
