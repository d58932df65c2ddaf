"""The gazetteer data files: format, consistency, and what well-known spellings resolve to.

These tests read the real files of ``extractors/gazetteers/`` (the curated ones and the two generated
from the shared reference data); the loader they also exercise is ``extractors.gazetteer``.
"""
from __future__ import annotations

import importlib.util
import re
import sys
from collections import defaultdict
from pathlib import Path

import pytest
from spacy.lang.en.stop_words import STOP_WORDS

from extractors.gazetteer import load_from, norm_key
from extractors.model import ENTITY_TYPES

GAZ_DIR = Path(__file__).resolve().parents[1] / "extractors" / "gazetteers"
# our data files; "_"-prefixed files are other components' seeds and are not checked here
DATA_FILES = sorted(p for p in GAZ_DIR.glob("*.tsv") if not p.name.startswith("_") and p.name != "stoplist.tsv")
CURATED = {"benchmarks", "models", "methods", "concepts", "tasks", "hardware"}
GENERATED = {"datasets_pwc", "tasks_pwc"}
REFERENCE = GAZ_DIR.parents[1].parent / "shared" / "reference-data"


def rows() -> list[tuple[str, int, list[str]]]:
    """(file stem, line number, columns) of every data line of our files."""
    out = []
    for path in DATA_FILES:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip() and not line.startswith("#"):
                out.append((path.stem, n, line.split("\t")))
    return out


def names_of(cols: list[str]) -> list[str]:
    return [cols[1], *(a for a in (cols[2].split("|") if len(cols) > 2 else []) if a)]


def stop_keys() -> set[str]:
    lines = (GAZ_DIR / "stoplist.tsv").read_text(encoding="utf-8").splitlines()
    return {norm_key(x.split("\t")[0]) for x in lines if x.strip() and not x.startswith("#")}


def test_expected_files_exist():
    assert {p.stem for p in DATA_FILES} >= CURATED | GENERATED
    assert (GAZ_DIR / "stoplist.tsv").exists() and (GAZ_DIR / "README.md").exists()


def test_line_format():
    bad = []
    for stem, n, cols in rows():
        where = f"{stem}:{n}"
        if not 2 <= len(cols) <= 4:
            bad.append(f"{where}: {len(cols)} columns")
            continue
        if cols[0] not in ENTITY_TYPES:
            bad.append(f"{where}: unknown type {cols[0]!r}")
        if any(c != c.strip() for c in cols) or not cols[1]:
            bad.append(f"{where}: stray whitespace or empty canonical")
        if len(cols) > 2 and any(not a or a != a.strip() for a in cols[2].split("|")) and cols[2]:
            bad.append(f"{where}: empty or padded alias in {cols[2]!r}")
        if len(cols) == 4 and not cols[3]:
            bad.append(f"{where}: empty family column")
    assert bad == []


def test_files_are_utf8_and_end_with_newline():
    for path in [*DATA_FILES, GAZ_DIR / "stoplist.tsv"]:
        text = path.read_bytes().decode("utf-8")
        assert text.endswith("\n"), path.name
        assert "\r" not in text, path.name


def spelling_key(name: str) -> str:
    """The loader's key, but keeping "+" ("HumanEval+" is not "HumanEval")."""
    return re.sub(r"[^\w+]+|_", "", name.lower())


def test_no_spelling_points_at_two_canonicals_of_one_type():
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for _stem, _n, cols in rows():
        for name in names_of(cols):
            owners[(cols[0], spelling_key(name))].add(cols[1])
    clashes = {k: sorted(v) for k, v in owners.items() if len(v) > 1}
    assert clashes == {}


def test_no_canonical_listed_twice():
    seen: dict[tuple[str, str], str] = {}
    dupes = []
    fills = []
    for stem, n, cols in rows():
        key = (cols[0], cols[1])
        if stem.endswith("_fill"):  # weak spellings of a canonical another file lists (concepts_fill.tsv)
            fills.append((key, f"{stem}:{n}"))
            continue
        if key in seen:
            dupes.append(f"{stem}:{n} repeats {seen[key]}")
        seen[key] = f"{stem}:{n}"
    assert dupes == []
    assert fills and [place for key, place in fills if key not in seen] == []


def test_families_exist_with_same_type_and_are_not_self():
    canon = {(cols[0], cols[1]) for _s, _n, cols in rows()}
    missing = [f"{s}:{n} {cols[1]} -> {cols[3]}" for s, n, cols in rows()
               if len(cols) == 4 and ((cols[0], cols[3]) not in canon or cols[3] == cols[1])]
    assert missing == []


def test_no_gazetteer_name_is_stoplisted():
    stop = stop_keys()
    hits = [f"{s}:{n} {name}" for s, n, cols in rows() for name in names_of(cols) if norm_key(name) in stop]
    assert hits == []


def test_no_name_is_an_english_function_word():
    # names like "IS", "ONE", "ALL" would be matched in every abstract; spaCy's stop words catch them
    hits = [f"{s}:{n} {name}" for s, n, cols in rows() for name in names_of(cols) if name.lower() in STOP_WORDS]
    assert hits == []


def test_stoplist_holds_the_guides_generic_classes_and_metrics():
    stop = stop_keys()
    for term in ("LLM", "VLMs", "MLLM", "dLLM", "foundation models", "BLEU", "PSNR", "F1", "accuracy"):
        assert norm_key(term) in stop, term


def test_concepts_are_lower_case_phrases():
    # the guide: a concept is a lower-case common-noun phrase; capitals only inside acronyms or proper adjectives
    allowed_caps = re.compile(r"^(?:[A-Z0-9][A-Z0-9:-]*[A-Z0-9]|Fourier|Gaussian|[A-Z]{2,}s?|Bayesian|Bayes|Nash|Byzantine|Q|Markov|Monte|Carlo|AI|LLM|RAG|KV|GPU|CUDA)$")
    bad = [cols[1] for _s, _n, cols in rows() if cols[0] == "concept"
           for w in re.split(r"[\s-]+", cols[1]) if w[:1].isupper() and not allowed_caps.match(w)]
    assert bad == []


@pytest.mark.parametrize(
    ("spelling", "type_", "canonical", "family"),
    [
        ("AIME24", "dataset", "AIME 2024", "AIME"),
        ("AIME 2025", "dataset", "AIME 2025", "AIME"),
        ("MATH500", "dataset", "MATH-500", "MATH"),
        ("Vision Transformers", "method", "ViT", None),
        ("GPQA-Diamond", "dataset", "GPQA Diamond", "GPQA"),
        ("WMT'14 En-De", "dataset", "WMT14 En-De", "WMT14"),
        ("ILSVRC-2012", "dataset", "ImageNet", None),
        ("SWE-Bench Verified", "dataset", "SWE-bench Verified", "SWE-bench"),
        ("ogbn-arxiv", "dataset", "ogbn-arxiv", "OGB"),
        ("SemEval 2013", "dataset", "SemEval-2013", "SemEval"),
        ("Qwen-2.5", "model", "Qwen2.5", "Qwen"),
        ("LLaMA-2", "model", "Llama 2", "LLaMA"),
        ("DeepSeek R1", "model", "DeepSeek-R1", "DeepSeek"),
        ("GPT4o", "model", "GPT-4o", "GPT"),
        ("Claude-3.5-Sonnet", "model", "Claude 3.5 Sonnet", "Claude 3.5"),
        ("Flash Attention 2", "method", "FlashAttention-2", "FlashAttention"),
        ("DeepSpeed Ulysses", "method", "DeepSpeed-Ulysses", None),
        ("Group Relative Policy Optimization", "method", "GRPO", None),
        ("MoE", "concept", "mixture-of-experts", None),
        ("RL", "concept", "reinforcement learning", None),
        ("CoT", "concept", "chain-of-thought", None),
        ("RAG", "concept", "retrieval-augmented generation", None),
        ("NMT", "task", "neural machine translation", "machine translation"),
        ("H100s", "hardware", "NVIDIA H100", "GPU"),
        ("Ascend-910B", "hardware", "Ascend 910B", "Huawei Ascend"),
    ],
)
def test_known_spellings_resolve(spelling, type_, canonical, family):
    gaz = load_from(GAZ_DIR)
    entry = gaz.lookup(spelling, type_)
    assert entry is not None, spelling
    assert (entry.canonical, entry.family) == (canonical, family)
    assert entry.source in CURATED | GENERATED


def _builder():
    spec = importlib.util.spec_from_file_location("build_from_reference", GAZ_DIR / "build_from_reference.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses resolve annotations through the module registry
    spec.loader.exec_module(mod)
    return mod


def test_builder_cleans_reference_names():
    b = _builder()
    assert b.clean_dataset("Street View House Numbers (SVHN)") == ("SVHN", ("Street View House Numbers",), None)
    assert b.clean_dataset("CoQA (Conversational Question Answering Challenge)") == (
        "CoQA", ("Conversational Question Answering Challenge",), None)
    assert b.clean_dataset("Atari 2600 Montezuma's Revenge") == (
        "Atari 2600 Montezuma's Revenge", ("Atari Montezuma's Revenge",), "Atari 2600")
    for caption in ("librispeech WER testclean", "Datasets", "Supervised:", "news-test-2014 En-De BLEU", "Wikipedia"):
        assert b.clean_dataset(caption) is None, caption
    assert b.clean_task("Automatic speech recognition (ASR)") == ("automatic speech recognition", ("ASR",))
    assert b.clean_task("Multi-Label Classification") == ("multi-label classification", ())
    assert b.clean_task("AMR parsing") == ("AMR parsing", ())
    assert b.clean_task("Current SOTA") is None


@pytest.mark.skipif(not (REFERENCE / "pwc-sota-tables").is_dir(), reason="shared reference data not beside the repo")
def test_generated_files_are_up_to_date():
    assert _builder().main(["--reference", str(REFERENCE), "--out", str(GAZ_DIR), "--check"]) == 0
