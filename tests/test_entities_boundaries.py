"""Technique name boundaries (extractors/boundaries.py) on real abstract sentences (from the dev gold's abstracts).

Each test runs the whole extractor on one sentence and checks the technique names it returns, so a boundary
that the resolver would still cut shows up here.
"""
from __future__ import annotations

import pytest

from extractors.boundaries import SOURCE, extend_boundaries
from extractors.extract import extract
from extractors.pipeline import get_nlp
from extractors.records import PaperRecord

FITV2 = ("We further upgrade the FiT to FiTv2 with several innovative designs, includingthe Query-Key vector "
         "normalization, the AdaLN-LoRA module, a rectified flow scheduler, and a Logit-Normal sampler.")


def techniques(sentence: str) -> list[str]:
    ex = extract(PaperRecord("t:boundary", "T", sentence))
    return sorted(e.name for e in ex.entities if e.type in ("method", "concept"))


def boundary_spans(sentence: str) -> list[str]:
    doc = get_nlp()(sentence)
    return sorted(doc[c.start:c.end].text for c in extend_boundaries(doc, doc._.kg_candidates) if c.source == SOURCE)


def test_modifier_kept_before_a_generic_gazetteer_concept():
    assert techniques("SeerAttention not only applies to post-training, but also excels in long-context "
                      "fine-tuning.") == ["SeerAttention", "long-context fine-tuning", "post-training"]


def test_evaluative_modifier_is_not_kept():
    # "brief" grades the stage, it does not name a kind of fine-tuning
    assert "brief fine-tuning" not in techniques(
        "Stage two is a brief fine-tuning phase where only the local memory modules are adapted to a smaller, "
        "high-resolution chunksize, maximizing accuracy with minimal overhead.")
    assert boundary_spans("This enables faster and higher-throughput post-training and inference, with ~1.9x "
                          "faster for gpt-oss-120b.") == []


def test_component_heads_and_capitalised_modifiers():
    names = techniques(FITV2)
    assert {"Query-Key vector normalization", "Logit-Normal sampler"} <= set(names)
    assert "Logit-Normal" not in names and "vector normalization" not in names


def test_named_variant_of_sft():
    assert "credit-assignment SFT" in techniques(
        "We distill 107K trajectories from MiniMax-M2.5 and Qwen3.5-397B, introduce credit-assignment SFT to learn "
        "from productive segments of unresolved trajectories, and apply Balanced Adaptive Rollout for RL.")


@pytest.mark.parametrize("sentence, expected", [
    ("at test time, a Generate-Critique-Refine loop turns critiques into targeted prompt revisions.",
     ["Generate-Critique-Refine loop"]),
    # a plural head names a class of solvers, not one component
    ("We apply this approach to study the parallel performance of two SAT local search solvers, namely Sparrow "
     "and CCASAT.", []),
])
def test_head_extension(sentence, expected):
    assert boundary_spans(sentence) == expected


@pytest.mark.parametrize("sentence, name", [
    # a hyphenated participle before a one-word concept (the phrase rule reads "-forcing" as a verb)
    ("Building on this insight, we introduce the core of our approach: certainty-forcing distillation, a novel "
     "training strategy that distills the model to follow its original sampling trajectories.",
     "certainty-forcing distillation"),
    # an acronym with a manner suffix ("RL-based") is split by the tokenizer, the phrase rule skips it
    ("Most strikingly, its test-time critique-and-refine loop matches or exceeds RL-based fine-tuning on several "
     "benchmarks.", "RL-based fine-tuning"),
    # "annealed" is a participle that names a kind of schedule (lexicon.PARTICIPLE_MODIFIERS)
    ("This signal shapes the learning objective via an uncertainty-proportional bonus, which, combined with a "
     "token-entropy bonus and an annealed sampling schedule, effectively balances exploration and exploitation.",
     "annealed sampling schedule"),
])
def test_modifier_inclusion_keeps_the_whole_name(sentence, name):
    names = techniques(sentence)
    assert name in names
    assert name.split(" ", 1)[1] not in names  # the cut reading is gone


def test_a_concept_word_that_begins_a_known_term_takes_no_modifier():
    # external-80k (UQLM): "hallucination" is a concept, but here it begins the task "hallucination detection"
    assert boundary_spans("It offers a solution for UQ-based hallucination detection and RL-based fine-tuning.") == [
        "RL-based fine-tuning"]


def test_a_result_after_a_model_name_is_no_version_of_it():
    # external-80k 75165, and the shape of the gazetteer rule's "PDS: Qwen 0.907, Mistral 0.729"
    models = lambda text: [e.name for e in extract(PaperRecord("t:1", "T", text)).entities  # noqa: E731
                           if e.type in ("model", "method")]
    assert models("while the feature extractor is the dominant factor (ResNet50 0.566 versus pathology foundation "
                  "models up to 0.7)") == ["ResNet50"]
    assert models("the highest mean score (PDS: Qwen 0.907, Mistral 0.729 on Kashmir subset)") == ["Qwen", "Mistral"]
    assert models("We compare GPT 4.5 with Qwen 2.5 and Mistral v0.3.") == ["GPT 4.5", "Qwen 2.5", "Mistral v0.3"]


def test_a_release_word_after_a_known_version_is_part_of_the_name():
    # external-80k (lines 20000-22999): tiers after the version, as the field names its releases
    models = [e.name for e in extract(PaperRecord("t:1", "T", (
        "Our evaluation studies present findings on three variants of Stable Diffusion models: Stable Diffusion 3 "
        "Medium, Stable Diffusion 3.5 Large, and Stable Diffusion 3.5 Large Turbo."))).entities if e.type == "model"]
    assert models == ["Stable Diffusion", "Stable Diffusion 3 Medium", "Stable Diffusion 3.5 Large",
                      "Stable Diffusion 3.5 Large Turbo"]
    # a release the gazetteer knows keeps its canonical spelling; a resolution stays a dataset's (256x256)
    ents = extract(PaperRecord("t:1", "T", "We compare Gemini-2.5 Pro with Claude Opus 4.7 Preview on ImageNet 256 "
                                           "times 256.")).entities
    assert [(e.name, e.canonical) for e in ents] == [
        ("Gemini-2.5 Pro", "Gemini 2.5 Pro"), ("Claude Opus 4.7 Preview", "Claude Opus 4.7 Preview"),
        ("ImageNet 256 times 256", "ImageNet 256x256")]


def test_a_proposed_name_opening_with_a_split_modifier_keeps_it():
    # held-out 11 (SPWOOD) and external-80k: the tokenizer splits "-level", "-aware", "-based" off the word before,
    # which had left the name to start after them ("Pseudo-label Filtering", "Entropy Reweighting")
    proposed = lambda text: [e.name for e in extract(PaperRecord("t:1", "T", text)).entities  # noqa: E731
                             if e.proposed]
    assert proposed("We construct a novel Multi-level Pseudo-label Filtering strategy that leverages the "
                    "distribution of model predictions.") == ["Multi-level Pseudo-label Filtering"]
    assert proposed("To this end, we propose Consistency-aware Entropy Reweighting to stabilize adaptation.") == [
        "Consistency-aware Entropy Reweighting"]
