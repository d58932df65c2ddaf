"""Each entity signal on its own, on real sentences from the sample corpus and the dev abstracts."""
from __future__ import annotations

from extractors.canonical import clean_surface, family_of, merge_key
from extractors.components.acronyms import best_long_form, initials_long_form, is_short_form
from extractors.components.gazetteer_match import alias_variants, needs_exact_case
from extractors.components.names import (dataset_cues, hardware_shapes, head_nouns, model_shapes, proposals,
                                         title_prefix)
from extractors.components.phrases import find_phrases
from extractors.gazetteer import load_gazetteer, parse_line
from extractors.pipeline import get_nlp
from extractors.urls import find_urls

import pytest


def run(text: str, title: str | None = None):
    """The pipeline over ``title\\n\\nabstract`` (as extract() does), returning the Doc."""
    nlp = get_nlp()
    full = f"{title}\n\n{text}" if title is not None else text
    doc = nlp.make_doc(full)
    doc._.kg_title_end = next((t.i for t in doc if t.idx >= len(title)), len(doc)) if title is not None else 0
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def spans(doc, cands):
    return sorted({(doc[c.start:c.end].text, c.type, c.proposed) for c in cands})


# --- acronyms --------------------------------------------------------------------------------------------

def test_acronym_long_form_before():
    # Reproducibility in Multiple Instance Learning (sample corpus)
    doc = run("Multiple Instance Learning (MIL) is a sub-domain of classification problems with positive and negative labels.")
    assert [(p.short_text, p.long_text) for p in doc._.kg_acronyms] == [("MIL", "Multiple Instance Learning")]


def test_acronym_repeated_letter_uses_initials():
    # dev: Training Large Language Models To Reason In Parallel With Global Forking Tokens
    doc = run("our proposed method, Set Supervised Fine-Tuning (SSFT), preserves these modes")
    assert [(p.short_text, p.long_text) for p in doc._.kg_acronyms] == [("SSFT", "Set Supervised Fine-Tuning")]


def test_acronym_long_form_opened_or_closed_by_a_latex_wrapper():
    # heldout11 (STAR) and external-80k: the wrapper is no word of the long form; round initials it is kept
    pairs = lambda text: [(p.short_text, p.long_text) for p in run(text)._.kg_acronyms]  # noqa: E731
    assert pairs(r"we propose \textbf{SpatioTemporal Adaptive Reward (STAR) Allocation} for RL post-training") == [
        ("STAR", "SpatioTemporal Adaptive Reward")]
    assert pairs(r"We propose Band Shifted Raised Cosine Activated Implicit Neural Networks \textbf{(BandRC)} to "
                 r"enhance it") == [("BandRC", "Band Shifted Raised Cosine Activated Implicit Neural Networks")]
    assert pairs(r"a novel framework: \textbf{S}elf-Aligning \textbf{M}ultimodal Reasoning with \textbf{A}nswer-O"
                 r"\textbf{r}iented Chain-of-\textbf{T}hought (SMART)")[0][0] == "SMART"


def test_acronym_short_form_first():
    doc = run("We train with RLHF (reinforcement learning from human feedback) on chat data.")
    assert [(p.short_text, p.long_text) for p in doc._.kg_acronyms] == [("RLHF", "reinforcement learning from human feedback")]


def test_coined_name_before_its_spelled_out_form():
    # dev: FlatQuant and VOGUE; external-80k: PiPViT. None spells its long form's initials in order.
    for text, pair in [
        ("In this paper, we propose FlatQuant (Fast and Learnable Affine Transformation), a new approach.",
         ("FlatQuant", "Fast and Learnable Affine Transformation")),
        ("We introduce VOGUE (Visual Uncertainty Guided Exploration), a novel method that shifts exploration.",
         ("VOGUE", "Visual Uncertainty Guided Exploration")),
        ("We propose PiPViT (Patch-based Visual Interpretable Prototypes), an interpretable model.",
         ("PiPViT", "Patch-based Visual Interpretable Prototypes"))]:
        assert [(p.short_text, p.long_text) for p in run(text)._.kg_acronyms] == [pair]
    # a bracket that only spells a part of the name, or that is a citation, is not its long form
    for text in ("Metrics are LCS-based (Longest Common Subsequence) here.",
                 "We compare to GPT-4 (OpenAI, 2023) and Llama (Touvron et al.) on the test set."):
        assert run(text)._.kg_acronyms == []


def test_name_spelled_by_the_capitals_of_a_phrase():
    # external-80k (ARGENT, MARLIN, SEPAL): no brackets, the capitals inside the words spell the name
    for text, title, pair in [
        ("This paper introduces a stronger hyperbolic VLM baseline ARGENT, Adaptive hieRarchical imaGe-tExt "
         "represeNTation.", None, ("ARGENT", "Adaptive hieRarchical imaGe-tExt represeNTation")),
        ("This paper resolves this question positively by describing the design of Mixed-precision "
         "Auto-Regressive LINear kernels, called MARLIN.", None, ("MARLIN", "Mixed-precision Auto-Regressive LINear")),
        ("We introduce a new method.", "SEPAL: a Scalable Embedding Propagation ALgorithm for large knowledge graphs",
         ("SEPAL", "Scalable Embedding Propagation ALgorithm"))]:
        assert [(p.short_text, p.long_text) for p in run(text, title)._.kg_acronyms] == [pair]
    # Title Case alone is left to bracketed definitions; a phrase ending a longer name spells nothing
    for text in ("We use MARL, where Multi-Agent Reinforcement Learning trains agents jointly.",
                 "We present the Expressive Music Variational AutoEncoder (XMVAE), unlike a plain VAE."):
        assert run(text)._.kg_acronyms == []


def test_acronym_helpers():
    assert is_short_form("TFLA") and is_short_form("SLOs") and not is_short_form("Dao") and not is_short_form("2024")
    text = "Leveraging the chunkwise-parallel formulation, Flash Linear Attention"
    assert text[best_long_form("FLA", text):] == "Flash Linear Attention"
    assert initials_long_form("UM4", ["a", "new", "model"]) is None


# --- gazetteer --------------------------------------------------------------------------------------------

def test_gazetteer_line_format_and_errors():
    e = parse_line("dataset\tAIME 2024\tAIME24|AIME-2024\tAIME", "benchmarks", 3)
    assert (e.type, e.canonical, e.aliases, e.family) == ("dataset", "AIME 2024", ("AIME24", "AIME-2024"), "AIME")
    assert parse_line("# a comment", "x", 1) is None
    with pytest.raises(ValueError, match="x:7: unknown type 'gadget'"):
        parse_line("gadget\tFoo", "x", 7)
    with pytest.raises(ValueError, match="expected 2-4"):
        parse_line("method", "x", 2)


def test_gazetteer_case_policy():
    assert needs_exact_case("MoE") and needs_exact_case("GSM8K") and needs_exact_case("Frontier")
    assert not needs_exact_case("speculative decoding") and not needs_exact_case("FlashAttention-2")
    assert alias_variants("mixture-of-experts", "concept") == {"mixture-of-experts", "mixture of experts"}


def test_gazetteer_acronym_plurals():
    # external-80k: "erroneous CoTs" came out as a method of its own, "DDPMs" apart from DDPM
    doc = run("We collect historical erroneous CoTs and connect these CoTs, unlike DDPMs and xLSTMs.")
    got = {(doc[c.start:c.end].text, c.canonical) for c in doc._.kg_candidates if c.source.startswith("gazetteer")}
    assert {("CoTs", "chain-of-thought"), ("DDPMs", "DDPM"), ("xLSTMs", "xLSTM")} <= got


def test_gazetteer_matches_in_real_sentence():
    # Tiled Flash Linear Attention (sample corpus)
    doc = run("Transformers rely on the highly efficient Flash Attention kernels (Dao, 2024). Pipeline parallelism is common.")
    got = {(doc[c.start:c.end].text, c.canonical) for c in doc._.kg_candidates if c.source.startswith("gazetteer")}
    assert ("Flash Attention", "FlashAttention") in got
    assert ("Transformers", "Transformer") in got
    assert ("Pipeline parallelism", "pipeline parallelism") in got


def test_a_slash_list_shares_its_head_past_unknown_members():
    from extractors.extract import extract
    from extractors.records import PaperRecord

    # held-out 5 (a unified SP approach): "zero parallelism" is no concept the gazetteer knows, the list goes on
    text = "It compares existing parallelism, including data/tensor/zero/expert/pipeline parallelism."
    ents = extract(PaperRecord(id="t:x", title="T", abstract=text)).entities
    assert sorted(e.name for e in ents) == ["data parallelism", "expert parallelism", "pipeline parallelism",
                                            "tensor parallelism"]


def test_known_names_sharing_a_head_across_a_coordination():
    from extractors.extract import extract
    from extractors.records import PaperRecord

    text = ("APEX picks among data, pipeline, and tensor parallelism, and is evaluated on semantic and panoptic "
            "segmentation, on classification, segmentation, and object detection, and with domain curriculum and "
            "reinforcement learning.")
    ents = extract(PaperRecord(id="t:x", title="APEX", abstract=text)).entities
    found = {(e.name, e.canonical, e.type, tuple((m.start, m.end, m.text) for m in e.mentions)) for e in ents}
    def mention(word):
        return ((text.index(word), text.index(word) + len(word), word),)

    # the modifier alone is the mention: no contiguous span spells "data parallelism"
    assert ("data parallelism", "data parallelism", "concept", mention("data")) in found
    assert ("pipeline parallelism", "pipeline parallelism", "concept", mention("pipeline")) in found
    assert ("semantic segmentation", "semantic segmentation", "task", mention("semantic")) in found
    # a plain noun list, and a conjunct that is the end of a longer phrase, share no head
    names = {e.name for e in ents}
    assert "segmentation detection" not in names and "curriculum learning" not in names
    assert {"tensor parallelism", "panoptic segmentation", "object detection", "reinforcement learning"} <= names


def test_gazetteer_short_aliases_are_case_sensitive():
    doc = run("We do the math and moe is not a model, but MoE is.")
    texts = [doc[c.start:c.end].text for c in doc._.kg_candidates if c.source.startswith("gazetteer")]
    assert "MoE" in texts and "moe" not in texts and "math" not in texts


def test_stoplist_refuses_generic_classes():
    g = load_gazetteer()
    assert g.is_stopword("LLMs") and g.is_stopword("foundation models") and g.is_stopword("BLEU")


# --- names the gazetteers do not know ---------------------------------------------------------------------

def test_title_prefix_typed_by_title_head():
    doc = run("We release IndicGenBench - the largest benchmark.",
              title="IndicGenBench: A Multilingual Benchmark to Evaluate Generation Capabilities of LLMs on Indic Languages")
    assert spans(doc, title_prefix(doc)) == [("IndicGenBench", "dataset", True)]


def test_title_prefix_plain_phrase_needs_repeat():
    doc = run("Most translation tasks are hard.", title="Crypto Miner Attack: GPU Remote Code Execution Attacks")
    assert title_prefix(doc) == []


def test_we_propose_with_appositive_type():
    # EntityCS (sample corpus)
    doc = run("In this work, we propose EntityCS, a method that focuses on Entity-level Code-Switching.")
    assert ("EntityCS", "method", True) in spans(doc, proposals(doc))


def test_we_introduce_suite_is_dataset():
    # XLand-MiniGrid (sample corpus)
    doc = run("We present XLand-MiniGrid, a suite of tools and grid-world environments for meta-reinforcement learning research.")
    assert ("XLand-MiniGrid", "dataset", True) in spans(doc, proposals(doc))


def test_known_name_used_as_modifier_is_not_proposed():
    # dev: SeerAttention
    doc = run("To enable efficient learning of the gating network, we develop a customized FlashAttention implementation.")
    assert not [c for c in proposals(doc) if doc[c.start:c.end].text == "FlashAttention"]


def test_dubbed_lowercase_window_marks_phrase():
    doc = run("We further propose a novel inference strategy termed confident decoding, which dynamically adjusts tokens.")
    assert doc._.kg_propose_windows
    assert any(doc[c.start:c.end].text == "confident decoding" for c in find_phrases(doc))


def test_model_shapes_with_family():
    # Training Foundation Models on a Full-Stack AMD Platform (sample corpus)
    doc = run("ZAYA1-base achieves performance comparable to Qwen3-4B and Gemma3-12B, and outperforms Llama-3-8B and OLMoE.")
    got = {(doc[c.start:c.end].text, c.family) for c in model_shapes(doc) if c.source == "rule:model_size"}
    assert {("Qwen3-4B", "Qwen3"), ("Gemma3-12B", "Gemma3"), ("Llama-3-8B", "Llama-3")} <= got


def test_a_plain_word_starting_a_known_model_is_no_family():
    # external-80k: "Open" starts Open-Sora, "Video" Video-LLaVA, "Point" Point-E; each also starts plain compounds
    doc = run("We study Open-Vocabulary detection of Open-Ended, Point-of-Care and Video-Language tasks with Open-Sora "
              "and MiniMax-M2.")
    assert [doc[c.start:c.end].text for c in model_shapes(doc)] == ["MiniMax-M2"]


def test_model_size_written_apart_and_tiers():
    doc = run("It surpasses Dream 7B and Qwen3 4B, and is comparable to GPT-5.2 xHigh and Gemini 3.0 Pro.")
    got = {doc[c.start:c.end].text for c in model_shapes(doc)}
    assert {"Dream 7B", "Qwen3 4B", "GPT-5.2 xHigh", "Gemini 3.0 Pro"} <= got


def test_head_noun_lists():
    doc = run("We evaluate on the FooQA, BarQA and BazQA benchmarks.")
    assert {(t, ty) for t, ty, _ in spans(doc, head_nouns(doc))} == {("FooQA", "dataset"), ("BarQA", "dataset"), ("BazQA", "dataset")}


def test_head_noun_with_a_generic_class_names_nothing():
    # external-80k (VLA-0): "Vision-Language-Action models" is a class of models (guide), not a model named
    # "Vision-Language-Action"
    doc = run("Vision-Language-Action models (VLAs) hold promise, and the FooBench benchmark tests them.")
    assert {(t, ty) for t, ty, _ in spans(doc, head_nouns(doc))} == {("FooBench", "dataset")}


def test_dataset_cue_after_on():
    # DeepPrune (sample corpus)
    doc = run("Comprehensive evaluations across three challenging benchmarks (AIME 2024, AIME 2025, and GPQA) show gains. "
              "Results on MMLU-Redux and ZebraLogic confirm it.")
    got = {doc[c.start:c.end].text for c in dataset_cues(doc)}
    assert {"MMLU-Redux", "ZebraLogic"} <= got


def test_a_result_unit_before_on_cues_a_dataset_without_evaluation_words():
    # held-out 8 (Physics-R1): "lifts ... by +15.7 pp on PhysReason" has no evaluation word
    doc = run("Physics-R1 lifts the corpus by +15.7 pp on PhysReason (23.9 -> 39.6), +6.9 pp on "
              "OlympiadBench-Physics. It runs on DeepSpeed.")
    assert {doc[c.start:c.end].text for c in dataset_cues(doc)} == {"PhysReason", "OlympiadBench-Physics"}


def test_hardware_shapes():
    # EnvPool (sample corpus) and dev: GEMM on NVIDIA Ada Lovelace
    doc = run("a high-end machine such as NVIDIA DGX-A100. Using the NVIDIA RTX 4070 as our platform, and MI300X.")
    got = {doc[c.start:c.end].text for c in hardware_shapes(doc)}
    assert {"NVIDIA DGX-A100", "NVIDIA RTX 4070", "MI300X"} <= got


def test_a_vendors_software_and_models_are_not_hardware():
    # external-80k: a vendor's name is hardware with a chip or a product line after it, not its software or models
    doc = run("Frameworks (MotionBERT, MMPose, and NVIDIA BodyTrack) were run on NVIDIA Jetson Orin and 8 NVIDIA "
              "A800-80GB GPUs. The framework integrates Google Gemini 2.5 Flash and NVIDIA NeMo Guardrails.")
    assert [doc[c.start:c.end].text for c in hardware_shapes(doc)] == ["NVIDIA Jetson Orin", "NVIDIA A800-80GB"]


# --- concepts and tasks -----------------------------------------------------------------------------------

def test_phrases_concepts_and_tasks():
    # Sequence Parallelism (sample corpus)
    doc = run("Compared with tensor parallelism, sequence parallelism performs well for machine translation.")
    got = {(doc[c.start:c.end].text, c.type) for c in find_phrases(doc)}
    assert ("tensor parallelism", "concept") in got and ("sequence parallelism", "concept") in got
    assert ("machine translation", "task") in got


def test_phrases_reject_verbs_and_evaluative_words():
    doc = run("Our approach delivers search results and achieves efficient decoding, making filtering easy.")
    assert find_phrases(doc) == []


# --- debris, URLs, canonical forms ------------------------------------------------------------------------

def test_broken_urls():
    # MTU-Bench (sample corpus): a space after the scheme, ".git" kept, the full stop dropped
    assert find_urls("Code and data will be released at https: //github.com/MTU-Bench-Team/MTU-Bench.git.") == [
        "https://github.com/MTU-Bench-Team/MTU-Bench.git"]
    # dev: UDM-GRPO, a LaTeX \href duplicate
    assert find_urls("Code is available at https://github.com/Yovecent/UDM-GRPO{https://github.com/Yovecent/UDM-GRPO}.") == [
        "https://github.com/Yovecent/UDM-GRPO"]
    assert find_urls("see www.github.com/foo/bar, and (https://ai6lagos.devpost.com).") == [
        "www.github.com/foo/bar", "https://ai6lagos.devpost.com"]


def test_family_and_keys():
    assert family_of("LLaMA-2-70B", "model") == "LLaMA-2"
    assert family_of("Qwen3-8B", "model") == "Qwen3"
    assert family_of("AIME 2024", "dataset") == "AIME"
    assert family_of("GSM8K", "dataset") is None
    assert merge_key("Flash-Attention") == merge_key("flash attention")
    assert clean_surface("Qwen\u2013VL ") == "Qwen-VL"


def test_coordinated_modifiers_share_the_head():
    # dev: Effective Self-Mining of In-Context Examples (word- and sentence-level mining)
    doc = run("We combine pipeline and tensor parallelism, and use word-level and sentence-level mining.")
    got = {(c.name or doc[c.start:c.end].text, doc[c.start:c.end].text) for c in find_phrases(doc)}
    assert ("pipeline parallelism", "pipeline") in got and ("tensor parallelism", "tensor parallelism") in got
    assert ("word-level mining", "word-level") in got and ("sentence-level mining", "sentence-level mining") in got


def test_comparison_baselines_are_names():
    # dev: TPI-LLM
    from extractors.components.names import comparison_names
    doc = run("TPI-LLM demonstrated over 80% less time-to-first-token compared to Accelerate, and over 90% "
              "compared to Transformers and Galaxy.")
    assert {doc[c.start:c.end].text for c in comparison_names(doc)} == {"Accelerate", "Transformers", "Galaxy"}


def test_unknown_names_in_a_list_of_examples_take_the_known_members_type():
    from extractors.components.names import list_peers
    # external-80k (EnvPool): IMPALA and Apex are known methods
    doc = run("Past works such as IMPALA, Apex, Seed RL, Sample Factory, and others, aim to improve the system's "
              "overall throughput.")
    assert [(doc[c.start:c.end].text, c.type) for c in list_peers(doc)] == [("Seed RL", "method"),
                                                                          ("Sample Factory", "method")]
    # (shortened from a dev and an external-80k sentence) a word right after a known name continues it; a
    # lower-case word qualifies it
    for text in ("It exploits machine learning frameworks such as TensorFlow Lambda layers to run code.",
                 "It wins in challenging settings such as MATH level-5, where the model struggles."):
        assert list_peers(run(text)) == []


def test_a_dataset_head_types_a_list_of_unknown_names():
    from extractors.components.names import list_peers
    # external-80k (BCE3S): no member is known, the head noun says what they are
    doc = run("The LTR model achieves SOTA performance on various long-tailed datasets such as CIFAR10-LT, "
              "CIFAR100-LT, ImageNet-LT, and iNaturalist2018.")
    assert [(doc[c.start:c.end].text, c.type) for c in list_peers(doc)] == [
        (name, "dataset") for name in ("CIFAR10-LT", "CIFAR100-LT", "ImageNet-LT", "iNaturalist2018")]
    # sample corpus: "benchmarks" compared against are baselines, not data
    assert list_peers(run("PVA attains unparalleled identity resemblance in comparison to various benchmarks, "
                          "including MyStyle, Paint by Example, and Custom Diffusion.")) == []


def test_a_size_opening_a_bracket_makes_a_model():
    from extractors.components.names import model_cues
    # external-80k: the sizes of a mixture-of-experts model, active and total
    doc = run("We also provide a preview of our model architecture and base model - ZAYA1 (760M active, 8.3B total "
              "parameters).")
    assert [(doc[c.start:c.end].text, c.type) for c in model_cues(doc)] == [("ZAYA1", "model")]
    assert model_cues(run("We pretrain on FineWeb (1T tokens) for a week.")) == []


def test_parts_enumerated_without_an_opening_bracket_are_the_papers_own():
    from extractors.components.names import enumerated_parts
    # held-out 6 (Derain-Agent): "1) a Planning Network that ..." is written without "("
    doc = run("Derain-Agent equips a base deraining model with two core capabilities: 1) a Planning Network that "
              "schedules tools, and 2) a Strength Modulation mechanism that applies them. We ran (1) Foo Bar, "
              "which failed.")
    assert spans(doc, enumerated_parts(doc)) == [("Planning Network", "method", True),
                                                 ("Strength Modulation", "method", True)]


def test_an_enumerated_part_may_end_in_a_word_that_starts_no_name():
    from extractors.components.names import enumerated_parts
    # held-out 19 (CollectionLoRA) and external-80k (APT): "Objective" and "Training" start no name of their own
    # ("Objective: ..." heads structured abstracts) but end or carry one
    doc = run("Specifically, the method introduces (i) a Probabilistic Dual-Stream Routing mechanism that enables the "
              "model to randomly switch between data sources during training, effectively enhancing its "
              "generalization in unseen scenarios; (ii) an Asymmetric Orthogonal Prompting strategy to achieve "
              "concept isolation within the prompt space; (iii) a Coarse-to-Fine Distillation Objective to mitigate "
              "the distribution gap between the teacher and student models. APT consists of three key components: "
              "(1) Adaptive Training Adjustment, which introduces an overfitting indicator to detect the degree of "
              "overfitting at each time step bin and applies adaptive data augmentation and adaptive loss weighting "
              "based on this indicator; (2)Representation Stabilization, which regularizes the mean and variance of "
              "intermediate feature maps to prevent excessive shifts in noise prediction; and (3) Attention "
              "Alignment for Prior Knowledge Preservation, which aligns the cross-attention maps of the fine-tuned "
              "model with those of the pretrained model to maintain prior knowledge and semantic coherence.")
    # "(2)Representation Stabilization" has no space to find its enumerator by; "Attention Alignment for Prior
    # Knowledge Preservation" is cut at "for" (PART_NEXT: "(1) X for Y" is read as naming X)
    assert spans(doc, enumerated_parts(doc)) == [
        ("Adaptive Training Adjustment", "method", True), ("Asymmetric Orthogonal Prompting", "method", True),
        ("Attention Alignment", "method", True), ("Coarse-to-Fine Distillation Objective", "method", True),
        ("Probabilistic Dual-Stream Routing", "method", True)]


def test_title_case_parts_listed_after_a_colon_are_the_papers_own():
    from extractors.components.phrases import find_capitalised_names
    # held-out 5 (OmniTransfer): its parts listed after "three key designs:", one per ";"
    doc = run("OmniTransfer incorporates three key designs: Task-aware Positional Bias that leverages references; "
              "Reference-decoupled Causal Learning separating branches; and Task-adaptive Multimodal Alignment "
              "using guidance. Results: Breadth First Search fails.")
    assert spans(doc, find_capitalised_names(doc)) == [
        ("Breadth First Search", "method", False), ("Reference-decoupled Causal Learning", "method", True),
        ("Task-adaptive Multimodal Alignment", "method", True)]


def test_a_lower_case_coinage_after_a_colon_that_names_its_kind():
    # dev gold (dParallel, ParaThinker): the kind of thing first, then its name after a colon
    doc = run("Building on this insight, we introduce the core of our approach: certainty-forcing distillation, "
              "a novel training strategy. We introduce a new scaling paradigm: native thought parallelism. "
              "We propose a two-stage strategy: first, we warm up. We introduce a new task paradigm: "
              "proactive information gathering.")
    assert spans(doc, proposals(doc)) == [("certainty-forcing distillation", "method", True),
                                          ("native thought parallelism", "method", True)]


def test_lower_case_techniques_listed_after_a_count_of_parts_are_the_papers_own():
    from extractors.components.names import listed_lower_parts
    # held-out 8 (MTraining, EnergonAI); an item opened by an article, or a count of stages, lists no name
    doc = run("MTraining integrates three key components: a dynamic sparse training pattern, balanced sparse ring "
              "attention, and hierarchical sparse ring attention. We propose three techniques, i.e. non-blocking "
              "pipeline parallelism, and peer memory pooling. It has three stages: video preprocessing, motion "
              "representation, and audio alignment.")
    assert spans(doc, listed_lower_parts(doc)) == [
        ("balanced sparse ring attention", "method", True), ("hierarchical sparse ring attention", "method", True),
        ("non-blocking pipeline parallelism", "method", True)]


def test_a_name_given_after_namely_is_what_a_described_proposal_is_called():
    # held-out 9 (Dolphin): the description's class word ("AV-LLM") is no name, and it types the name as a model;
    # after no description the first name is the proposal ("we propose ARTE, dubbed Aligning TeacheR ...")
    doc = run("From the architectural perspective, we propose a fine-grained AV-LLM, namely Dolphin. Thus, we "
              "propose ARTE, dubbed Aligning TeacheR with StudenT PreferencEs, a framework.")
    assert sorted(spans(doc, [c for c in proposals(doc) if c.source == "rule:we_propose"])) == [
        ("ARTE", None, True), ("Dolphin", "model", True)]
