"""The project tokenizer and sentence splitter, on sentences from the sample corpus and the dev gold."""
from __future__ import annotations

import pytest

from extractors.pipeline import get_nlp


def toks(text: str) -> list[str]:
    return [t.text for t in get_nlp().make_doc(text)]


@pytest.mark.parametrize("token", ["Qwen3-8B", "GPT-4o", "2.5x", "FP8", "A100", "AIME24", "LLaMA-2-70B",
                                   "Qwen2.5-7B-Instruct", "o3-mini", "GSM8K", "TED-6K", "MATH-500", "1.9x"])
def test_ml_tokens_stay_whole(token):
    assert token in toks(f"We evaluate {token} here.")


def test_real_sentence_tokens():
    # ParallelSpec abstract (sample corpus)
    s = "it achieves 2.84X overall speedup on the Llama-2-13B model using third-party evaluation criteria."
    assert toks(s) == ["it", "achieves", "2.84X", "overall", "speedup", "on", "the", "Llama-2-13B", "model",
                       "using", "third-party", "evaluation", "criteria", "."]


def test_modifier_suffix_splits_off_the_name():
    assert toks("a Transformer-based model")[1:4] == ["Transformer", "-", "based"]
    assert toks("GPU-accelerated environments")[:3] == ["GPU", "-", "accelerated"]


def test_a_hyphen_for_a_lost_dash_splits_before_a_clause_word():
    # held-out 20 (OMEGA) and external-80k: an em-dash typed as "-" glues a name to the clause after it
    assert toks("Recent large-scale language models (LLMs) with long Chain-of-Thought reasoning-such as "
                "DeepSeek-R1-have achieved impressive results")[12:19] == [
        "reasoning", "-", "such", "as", "DeepSeek-R1", "-", "have"]
    assert toks("Evaluations across multiple RS tasks-including scene classification and VQA, etc.")[4:7] == [
        "tasks", "-", "including"]
    assert "state-of-the-art" in toks("a state-of-the-art model")


def test_a_count_prefix_splits_off_the_processor():
    # external-80k: "multi-GPU" (36 uses) and "single-GPU" (21) run on GPUs; names keep their hyphens
    assert toks("multi-GPU training")[:3] == ["multi", "-", "GPU"]
    assert toks("a Single-GPU setup")[1:4] == ["Single", "-", "GPU"]
    assert toks("multi-LLM agents")[0] == "multi-LLM"


def test_a_device_count_splits_off_the_processor():
    # external-80k: "8xA800 GPUs", "32xA100": the processor is named; "736x416" and "0x1F" stay whole
    assert toks("on 8xA800 GPUs and 4xMI300X")[:4] == ["on", "8", "x", "A800"]
    assert toks("4xMI300X")[-1] == "MI300X"
    assert toks("736x416 and 0x1F") == ["736x416", "and", "0x1F"]


def test_a_slash_between_numbers_splits_names_not_fractions():
    # "AIME 2024/2025" and "CIFAR-10/100" are two names each; "1/2" is a number, "CIFAR10/100-LT" shares its suffix
    assert toks("AIME 2024/2025 and CIFAR-10/100.") == ["AIME", "2024", "/", "2025", "and", "CIFAR-10", "/", "100", "."]
    assert toks("1/2 of CIFAR10/100-LT") == ["1/2", "of", "CIFAR10/100-LT"]


def test_debris_tokens():
    # multiplication signs and unicode dashes split; LaTeX "22times" stays one token for the claim parser
    assert toks("3.5\u00d7faster") == ["3.5", "\u00d7", "faster"]
    assert toks("Qwen\u2013Llama") == ["Qwen", "\u2013", "Llama"]
    assert "22times" in toks("ParScale can use up to 22times less memory increase")


def sents(text: str) -> list[str]:
    return [s.text for s in get_nlp()(text).sents]


def test_sentences_do_not_break_at_abbreviations_or_decimals():
    # Reasoning Models Can Be Effective Without Thinking (sample corpus)
    text = ("NoThinking outperforms Thinking across seven challenging reasoning datasets, especially in low-budget "
            "settings, e.g., 51.3 vs. 28.9 on ACM 23 with 700 tokens. Notably, the performance of NoThinking "
            "becomes more competitive with pass@k as k increases.")
    assert len(sents(text)) == 2
    assert sents(text)[1].startswith("Notably")


def test_sentences_et_al_and_ratio():
    # Expanding continual few-shot learning benchmarks ... (sample corpus), and a ratio ending a clause
    text = ("One exception is the Continual few-shot Learning (CFSL) framework of Antoniou et al. arXiv:2004.11967. "
            "In this study, we extend CFSL in two ways. It is 1.9x faster. Fig. 2 shows it.")
    out = sents(text)
    assert out[0].endswith("arXiv:2004.11967.")
    assert out[1] == "In this study, we extend CFSL in two ways."
    assert out[2] == "It is 1.9x faster."
    assert out[3] == "Fig. 2 shows it."


def test_title_and_abstract_are_separate_sentences():
    doc = get_nlp()("TETRIS: Optimal Draft Token Selection for Batch Speculative Decoding\n\nWe propose TETRIS, a novel method.")
    assert [s.text.strip() for s in doc.sents] == [
        "TETRIS: Optimal Draft Token Selection for Batch Speculative Decoding", "We propose TETRIS, a novel method."]


def test_latex_formatting_commands_are_split_off_names():
    # external-80k line 40003 (S2D-Align abstract): the names inside \textsc{...} are tokens of their own
    text = ("For evaluation, we conduct experiments on the public \\textsc{MIMIC-CXR} and \\textsc{IU X-Ray} "
            "benchmarks, where \\textsc{S2D-Align} achieves")
    assert toks(text)[9:22] == ["\\textsc{", "MIMIC-CXR", "}", "and", "\\textsc{", "IU", "X-Ray", "}", "benchmarks",
                                ",", "where", "\\textsc{", "S2D-Align"]
    # other backslash words (placeholders, \times) are unchanged
    assert toks("\\proj{} is 2\\times faster") == ["\\proj", "{", "}", "is", "2\\times", "faster"]


def test_a_url_in_latex_url_or_href_is_one_token_and_names_nothing():
    # held-out 9 (EchoSR, Phoenix): "\\url{https://github.com/funnyWang-Echoes/EchoSR}" had been cut at its slashes,
    # and the account name made a method; 556 abstracts of external-80k wrap a URL so
    from extractors.extract import extract
    from extractors.records import PaperRecord

    text = ("Code: \\url{https://github.com/funnyWang-Echoes/EchoSR} and "
            "\\href{https://github.com/GeWu-Lab/Motion}{https://github.com/GeWu-Lab/Motion}.")
    assert toks(text)[2:5] == ["\\url{", "https://github.com/funnyWang-Echoes/EchoSR", "}"]
    ex = extract(PaperRecord("t:1", "T", text))
    assert ex.entities == [] and ex.code_urls == ["https://github.com/funnyWang-Echoes/EchoSR",
                                                  "https://github.com/GeWu-Lab/Motion"]


def test_tail_suffix_search_matches_the_full_search():
    # the tokenizer searches suffixes only near the end of a chunk; on every whitespace-separated chunk of the
    # sample corpus (and a few built to stress the ellipsis) it must find exactly what a full search finds
    from pathlib import Path

    import spacy

    from extractors.tokenizer import make_tokenizer

    tok = make_tokenizer(spacy.blank("en"))
    suffix_rx = getattr(tok.suffix_search, "regex", None)
    assert suffix_rx is not None, "the tokenizer no longer uses tail_suffix_search"
    folder = Path(__file__).resolve().parent.parent / "data" / "hf-daily-papers"
    chunks = {c for p in sorted(folder.iterdir()) for c in p.read_text(encoding="utf-8").split()}
    chunks |= {"models......", "a...", "Qwen2.5-VL-72B-Instruct,", "2.5x.", "(GPT-4o)", "70%)", "US$5", "x's"}
    assert len(chunks) > 10000
    for chunk in sorted(chunks):
        for s in {chunk, chunk[:-1], chunk[:-2]}:
            full, tail = suffix_rx.search(s), tok.suffix_search(s)
            assert (full and full.span()) == (tail and tail.span()), s


def test_acronym_definition_typed_without_a_space():
    # PipeDream abstract (sample corpus): "Network(DNN)" is the long form's last word and the acronym
    s = "PipeDream is a Deep Neural Network(DNN) training system for GPUs"
    assert toks(s)[2:9] == ["a", "Deep", "Neural", "Network", "(", "DNN", ")"]
    # brackets around lower case or digits are notation, not an acronym definition
    assert toks("f(x) and cache(s) on Qwen2.5-VL(7B)") == ["f(x", ")", "and", "cache(s", ")", "on", "Qwen2.5-VL(7B", ")"]


def test_a_score_typed_against_its_benchmark_splits_off():
    # NEMOTRON-CROSSTHINK (dev gold): "AMC23:+27.5%" is a benchmark, a colon and a score
    assert toks("(MATH-500: +30.1%, AMC23:+27.5%) and AIME24:45.2%") == [
        "(", "MATH-500", ":", "+30.1%", ",", "AMC23", ":", "+27.5%", ")", "and", "AIME24", ":", "45.2%"]
    # a ratio, an arXiv identifier and a time of day keep their colon
    assert toks("a 1:2 ratio, arXiv:2401.12345 at 10:30") == [
        "a", "1:2", "ratio", ",", "arXiv:2401.12345", "at", "10:30"]


def test_a_source_suffix_splits_off_a_name_not_a_word():
    # external-80k: "PathoGen-synthesized" and "ImageNet-derived" had been names of their own (a proposal, a
    # dataset); "human-annotated" is one modifier, and a capitalised word is no name ("Human-annotated data")
    toks = [t.text for t in get_nlp().make_doc(
        "PathoGen-synthesized images, ImageNet-derived and LLM-annotated data, human-annotated and Human-annotated")]
    assert toks == ["PathoGen", "-", "synthesized", "images", ",", "ImageNet", "-", "derived", "and", "LLM", "-",
                    "annotated", "data", ",", "human-annotated", "and", "Human-annotated"]


def test_a_name_before_such_a_suffix_is_no_dataset_of_the_sentence():
    from extractors.extract import extract
    from extractors.records import PaperRecord

    # external-80k (radiograph embeddings): "trained on X-derived embeddings" trains on embeddings, not on X
    ex = extract(PaperRecord("t:1", "T", "Furthermore, fairness analyses on adapters trained on "
                                         "MedImageInsight-derived embeddings indicated minimal disparities, "
                                         "with gender differences in performance within 2% and standard "
                                         "deviations across age groups not exceeding 3%."))
    assert [e.name for e in ex.entities if e.type == "dataset"] == []
