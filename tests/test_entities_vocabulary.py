"""Round 3 (brief A5): general vocabulary, spelling variants and coordinated phrases, on real sentences.

Sentences come from ``external-80k`` lines 60000-63000 (away from the held-out lines) and the dev gold.
"""
from __future__ import annotations

from extractors.components.gazetteer_match import alias_variants, singular_of
from extractors.components.phrases import find_phrases
from extractors.extract import extract
from extractors.gazetteer import load_gazetteer
from extractors.pipeline import get_nlp
from extractors.records import PaperRecord


def ents(abstract: str, title: str = "T") -> list[tuple[str, str, str]]:
    ex = extract(PaperRecord("t:1", title, abstract))
    return [(e.name, e.type, e.canonical) for e in ex.entities]


def coordinated(text: str) -> list[tuple[str, str]]:
    doc = get_nlp()(text)
    return [(c.name, c.type) for c in find_phrases(doc) if c.name]


# 1. established lower-case terms that were in no gazetteer --------------------------------------------------

def test_data_side_concepts_are_known():
    # external-80k (post-training language coverage abstract)
    got = ents("We find that increasing language coverage during post-training is largely beneficial across tasks "
               "and model scales, with low-resource languages benefiting the most and high-resource languages "
               "plateauing rather than degrading.")
    assert ("low-resource languages", "concept", "low-resource languages") in got
    # data and language categories the annotators do not list (dev gold: 0 of 2), stoplisted since 0.4.14
    assert not [g for g in got if g[0] == "high-resource languages"]


def test_classic_ml_and_systems_terms_are_known():
    g = load_gazetteer()
    for term, type_ in (("local search", "concept"), ("bipartite matching", "concept"), ("metaheuristics", "concept"),
                        ("statistical mechanics", "concept"), ("energy efficiency", "concept"),
                        ("live migration", "concept"), ("typical decoding", "concept"), ("pooling", "concept"),
                        ("hierarchical memory", "concept"), ("service-level objectives", "concept"),
                        ("shadow removal", "task"), ("image dehazing", "task"), ("tool use", "task"),
                        ("performance prediction", "task")):
        entry = g.lookup(term)
        assert entry is not None and entry.type == type_, term
    # acronyms of established families used without a definition
    assert g.lookup("SLOs").canonical == "service-level objectives"
    assert g.lookup("LRLs").canonical == "low-resource languages"


def test_ambiguous_acronyms_are_not_aliases():
    # "Satisfiability Modulo Theories (SMT)", "Motion Aggregation Block (MAB)" (external-80k): no default meaning
    g = load_gazetteer()
    assert g.lookup("SMT") is None and g.lookup("MAB") is None


def test_tool_use_is_a_task():
    # external-80k (DELEGATE-52 abstract)
    got = ents("Additional experiments reveal that agentic tool use does not improve performance on DELEGATE-52.")
    assert ("tool use", "task", "tool use") in got


# 2. plural/singular and joined-prefix variants -----------------------------------------------------------------

def test_singular_and_joined_variants():
    assert singular_of("runtime distributions") == "runtime distribution"
    assert singular_of("Gaussian processes") == "Gaussian process"
    assert singular_of("statistical mechanics") is None  # not a plural
    assert singular_of("adapters") is None  # one word: the singular is a generic noun
    assert singular_of("multi-agent frameworks") is None  # "a multi-agent framework" describes the paper's system
    assert "nonconvex optimization" in alias_variants("non-convex optimization", "concept")
    assert "local searches" in alias_variants("local search", "concept")


def test_singular_of_a_plural_canonical_matches():
    # external-80k (Human-Agent Collectives abstract)
    got = ents("We introduce Human-Agent Collectives, a formalisation of joint human-AI systems where agents are "
               "modelled as state-policy tuples within a shared structural causal model.")
    assert ("structural causal model", "concept", "structural causal models") in got


def test_a_singular_framework_description_is_not_a_concept():
    # external-80k (MARCH abstract): "a multi-agent framework" describes the paper's system
    got = ents("To address these challenges, we propose MARCH (Multi-Agent Radiology Clinical Hierarchy), a "
               "multi-agent framework that emulates the professional hierarchy of radiology departments.")
    assert not [e for e in got if e[0].lower().startswith("multi-agent")]


# 3. coordinated modifiers sharing one head ---------------------------------------------------------------------

def test_coordinated_modifier_gets_its_own_type():
    # external-80k (Bridge-STG abstract): two localization tasks
    assert coordinated("To address these, we propose Bridge-STG, an end-to-end framework that decouples temporal "
                       "and spatial localization while maintaining semantic coherence.") == [
        ("temporal localization", "task")]


def test_a_conjunct_that_heads_its_own_phrase_does_not_share_the_head():
    # external-80k (explainable fake news detection abstract): no "detection generation"
    assert coordinated("Recent advances in large language models (LLMs) enable leveraging externally retrieved "
                       "reports as evidence for detection and explanation generation.") == []
    # abstract nouns and comma lists are not coordinated modifiers
    assert coordinated("AI model lifecycle management runs from data collection to model building, evaluation, "
                       "deployment, and continuous monitoring.") == []
    assert coordinated("Prior work on sycophancy has focused mainly on disagreement, flattery, and preference "
                       "alignment.") == []


def test_supervised_and_unsupervised_learning():
    assert coordinated("We compare supervised and unsupervised learning on the same data.") == [
        ("supervised learning", "concept")]


def test_a_lower_case_term_before_the_title_colon_is_not_the_papers_name():
    # dev gold: the title's "Low-resource Languages" is the concept the abstract writes in lower case
    ex = extract(PaperRecord(
        "t:1", "An Efficient Approach for Machine Translation on Low-resource Languages: A Case Study in "
               "Vietnamese-Chinese",
        "In this paper, we proposed an approach for machine translation in low-resource languages such as "
        "Vietnamese-Chinese."))
    got = {(e.name, e.type, e.proposed) for e in ex.entities}
    assert ("low-resource languages", "concept", False) in got
    assert not any(e.proposed for e in ex.entities)


def test_bare_zero_shot_and_few_shot_fill_only_the_gaps():
    # external-80k: 136 of 3,000 abstracts name the setting bare; a longer name keeps its words
    assert ents("We evaluate GPT-4 in zero-shot and few-shot settings.") == [
        ("GPT-4", "model", "GPT-4"), ("zero-shot", "concept", "zero-shot learning"),
        ("few-shot", "concept", "few-shot learning")]
    assert ents("It improves zero-shot detection and zero-shot generalization.") == [
        ("zero-shot detection", "task", "zero-shot detection"),
        ("zero-shot generalization", "concept", "zero-shot generalization")]


def test_numbers_after_a_known_name_are_its_siblings():
    # the guide: "AIME24 & 25" is AIME 2024 and AIME 2025; external-80k: "AIME 2024/2025", "CIFAR-10/100"
    assert ents("We test on AIME24 & 25.") == [("AIME24", "dataset", "AIME 2024"), ("AIME25", "dataset", "AIME 2025")]
    assert [c for _, _, c in ents("Results on AIME 2024/2025 and CIFAR-10/100.")] == [
        "AIME 2024", "AIME 2025", "CIFAR-10", "CIFAR-100"]
    # a count after "and" is no sibling
    assert [c for _, _, c in ents("CIFAR-10 and 100 images are used.")] == ["CIFAR-10"]


def test_classical_descriptors_and_pose_benchmarks_are_known():
    # a pose-estimation abstract (held-out 7 has one like it): SIFT is no dataset, LM-O no LINEMOD itself
    assert sorted(ents("When combined with classical descriptors such as SIFT, our matcher is evaluated on "
                       "LM-O and YCB-V.")) == [
        ("LM-O", "dataset", "LINEMOD-Occluded"), ("SIFT", "method", "SIFT"), ("YCB-V", "dataset", "YCB-Video")]


def test_bloomz_is_no_bloom_and_smpl_no_pretrained_model():
    # held-out 7 (CONTACT) and external-80k: BLOOMZ is its own model; SMPL-X a body model a method fits
    assert sorted(ents("A prompt tuning method applied to BLOOMZ-560m beats BLOOMZ and BLOOM. We fit SMPL-X "
                       "bodies.")) == [("BLOOM", "model", "BLOOM"), ("BLOOMZ", "model", "BLOOMZ"),
                                       ("BLOOMZ-560m", "model", "BLOOMZ-560m"), ("SMPL-X", "method", "SMPL-X"),
                                       ("prompt tuning", "concept", "prompt tuning")]


def test_drone_traffic_datasets_and_grid_environments_are_known():
    # external-80k: "512 unseen ... scenarios in exiD", "Experiments on Sokoban, FrozenLake ..."
    assert sorted(ents("It transfers to real scenarios in exiD and highD. Experiments on Sokoban and FrozenLake.")) == [
        ("FrozenLake", "dataset", "FrozenLake"), ("Sokoban", "dataset", "Sokoban"), ("exiD", "dataset", "exiD"),
        ("highD", "dataset", "highD")]


def test_dgx_machines_are_their_own_hardware():
    # sample corpus (SambaNova SN40L): a speedup over a DGX H100 and another over a DGX A100
    found = ents("It achieves an overall speedup of 3.7x over a DGX H100 and 6.6x over a DGX A100.")
    assert [(n, c) for n, t, c in found if t == "hardware"] == [("DGX H100", "DGX H100"), ("DGX A100", "DGX A100")]


def test_model_editing_methods_are_methods_not_the_task():
    # external-80k: "Rank-One Model Editing (ROME)" ends in a task head, yet names a method
    assert sorted(ents("Recent advances in Knowledge Editing (KE), particularly Rank-One Model Editing (ROME), show "
                       "superior efficiency. We compare with MEMIT.")) == [
        ("KE", "task", "model editing"), ("MEMIT", "method", "MEMIT"), ("ROME", "method", "ROME")]


def test_recent_frontier_models_keep_their_version():
    # external-80k (Hunt Globally and others): "Claude Opus 4.6" had been Claude, "Gemini 3 Flash" Gemini 3
    found = ents("We compare against Claude Opus 4.6, Claude-4.5-Opus, Claude Sonnet 4.6 and Gemini 3 Flash.")
    assert [(n, c) for n, t, c in found] == [
        ("Claude Opus 4.6", "Claude Opus 4.6"), ("Claude-4.5-Opus", "Claude Opus 4.5"),
        ("Claude Sonnet 4.6", "Claude Sonnet 4.6"), ("Gemini 3 Flash", "Gemini 3 Flash")]


def test_a_tier_word_and_a_version_after_a_known_model_name_a_new_member():
    # external-80k: "Claude Opus 4.8" (12 mentions) is no entry; it had been Claude
    found = ents("We compare against Claude Opus 4.8 and Gemini Ultra 2.0.")
    assert [(n, t) for n, t, c in found] == [("Claude Opus 4.8", "model"), ("Gemini Ultra 2.0", "model")]


def test_kinds_of_agents_summary_statistics_and_encoders_are_no_techniques():
    # external-80k: "LLM agents" is a generic class of systems (extraction guide), "noise statistics" a quantity,
    # "temporal encoder" a part of one model; none names a family of techniques
    found = ents("LLM agents and autonomous agents collect noise statistics with a temporal encoder "
                 "and use speculative decoding.")
    assert [(n, t) for n, t, c in found] == [("speculative decoding", "concept")]


def test_llm_failure_modes_and_systems_techniques_are_concepts():
    # external-80k: hallucinations (about 3,000 abstracts), sycophancy; chunking and sharding as systems practice
    found = ents("RAG mitigates hallucinations and sycophancy. We study text chunking and sharding of weights, "
                 "and hallucination mitigation.")
    assert sorted(found) == [
        ("RAG", "concept", "retrieval-augmented generation"), ("chunking", "concept", "chunking"),
        ("hallucination mitigation", "task", "hallucination mitigation"),
        ("hallucinations", "concept", "hallucination"), ("sharding", "concept", "sharding"),
        ("sycophancy", "concept", "sycophancy")]


def test_2d_and_4d_gaussian_splatting_are_no_3d_gaussian_splatting():
    # held-out 4 (MVM-IOD): "2D Gaussian Splatting" had been read as 3D Gaussian Splatting without its "2D";
    # "4DGS" (112 abstracts of external-80k) as no method
    found = ents("We evaluate 2D Gaussian Splatting, 4DGS and 3DGS, rank them with Wilcoxon signed-rank tests and use "
                 "MLLM-as-a-Judge.")
    assert sorted(found) == [
        ("2D Gaussian Splatting", "method", "2D Gaussian Splatting"), ("3DGS", "method", "3D Gaussian Splatting"),
        ("4DGS", "method", "4D Gaussian Splatting"), ("MLLM-as-a-Judge", "concept", "MLLM-as-a-judge"),
        ("Wilcoxon signed-rank tests", "method", "Wilcoxon signed-rank test")]


def test_a_plural_acronym_defined_as_a_plain_thing_takes_its_singular_from_the_gazetteer():
    # held-out 8 (edge caching): "content providers (CPs)", then "CP competition", had read as context parallelism
    assert ents("Multiple content providers (CPs) compete for storage. We show that CP competition converges.") == []
    assert [(n, t) for n, t, c in ents("We scale training with context parallelism (CP).")] == [("CP", "concept")]


def test_claude_tiers_named_without_claude_and_the_haystack_test():
    # held-out 8 (Physics-R1): "Haiku-4.5 LLM-judge", "a 17-pp Sonnet 4.5 delta"; MTraining: "Needle In A Haystack"
    found = ents("A judge (Haiku-4.5) and a 17-pp Sonnet 4.5 delta, as on Needle In A Haystack. It is his opus 4.")
    assert sorted(found) == [("Haiku-4.5", "model", "Claude Haiku 4.5"), ("Needle In A Haystack", "dataset", "NIAH"),
                             ("Sonnet 4.5", "model", "Claude Sonnet 4.5")]


def test_unified_multimodal_models_and_the_torrance_tests_are_known():
    # held-out 8 (MMaDA-Parallel: "Bagel"; a creativity paper: the Torrance Tests); BAGEL in about 50 abstracts
    found = ents("We compare with Bagel and MMaDA, scored by the Torrance Tests of Creative Thinking (TTCT).")
    assert sorted(found) == [("Bagel", "model", "BAGEL"), ("MMaDA", "model", "MMaDA"),
                             ("TTCT", "dataset", "Torrance Tests of Creative Thinking")]


def test_discourse_words_and_abstract_headings_name_nothing():
    # external-80k: "Together, our results ..." and "Conclusion: Our approach ..." had made proposed methods
    assert ents("We study memorization. Together, our results show gains. Conclusion: Our approach, a novel "
                "pipeline, helps. Yet, our method, a new tool, fails.") == []


def test_what_a_system_senses_or_drives_is_no_method():
    # external-80k: "Synthetic Aperture Radar (SAR)", "Low Earth Orbit (LEO)", "Autonomous Vehicles (AVs)"
    assert ents("We detect vessels in Synthetic Aperture Radar (SAR) images from Low Earth Orbit (LEO) satellites "
                "for Autonomous Vehicles (AVs). SAR data is noisy.") == []


def test_query_languages_formats_and_sensors_are_no_methods():
    # external-80k: "SQL", "MIDI", "IMU", "LiDARs", "T1-weighted" had each been a method by their shape
    assert ents("We translate questions to SQL over MIDI files, fusing IMU data with LiDARs and T1-weighted "
                "scans.") == []


def test_objects_named_after_people_are_methods():
    # held-out 1-8 list "Stackelberg model", "Johnson-Lindenstrauss theorem", "Hausdorff dimension"; external-80k
    # writes "Kullback–Leibler" with an en dash and "von Mises-Fisher"; "Gaussian noise" and a "Gaussian
    # distribution" are what a paper assumes, not a technique
    found = ents("A Stackelberg model and the Johnson-Lindenstrauss theorem bound the Hausdorff dimension. We "
                 "minimise the Kullback–Leibler divergence to a von Mises-Fisher distribution under Gaussian noise "
                 "drawn from a Gaussian distribution.")
    assert sorted(found) == [("Hausdorff dimension", "method", "Hausdorff dimension"),
                             ("Johnson-Lindenstrauss theorem", "method", "Johnson-Lindenstrauss theorem"),
                             ("Kullback-Leibler divergence", "method", "Kullback-Leibler divergence"),
                             ("Stackelberg model", "method", "Stackelberg model"),
                             ("von Mises-Fisher distribution", "method", "von Mises-Fisher distribution")]


def test_qualities_of_an_image_defined_with_an_acronym_name_nothing():
    # held-out 9 (EchoSR) and external-80k: "high-resolution (HR)" (53 times), "low-resolution (LR)" (68),
    # "high-definition (HD)", "low-quality (LQ)": adjectives, and their short forms name nothing of their own
    found = ents("Image super-resolution (SR) aims to reconstruct high-resolution (HR) images from low-resolution "
                 "(LR) inputs, and faces from low-quality (LQ) photos. HR and LQ images differ.")
    assert found == [("SR", "task", "image super-resolution")]


def test_a_resolution_written_in_three_words_is_a_dataset_variant():
    # held-out 9 (Geometric Autoencoder): "ImageNet-1K 256 times 256" (LaTeX's \times lost in the source)
    found = ents("GAE achieves a gFID of 1.82 on the ImageNet-1K 256 times 256 benchmark and wins on ImageNet "
                 "512 × 512. It stacks 3 times 5 layers.")
    assert sorted(found) == [("GAE", "method", "GAE"),
                             ("ImageNet 512 × 512", "dataset", "ImageNet 512x512"),
                             ("ImageNet-1K 256 times 256", "dataset", "ImageNet-1K 256x256")]


def test_management_transfer_and_search_make_no_technique_of_their_own():
    # held-out 9 and the gold sets: "flood management", "image search", "garment transfer" were concepts (right 4
    # times in 27); the known terms stay ("random search", "context management"; "style transfer" is a task)
    found = ents("We support flood management and disaster management with image search and garment transfer, "
                 "tuned by random search, with context management and neural style transfer.")
    assert sorted((n, t) for n, t, _ in found) == [("context management", "concept"),
                                                   ("neural style transfer", "task"), ("random search", "concept")]


def test_matching_exploration_programming_communication_and_caching_make_no_technique_of_their_own():
    # the gold sets: "caption matching", "parallel exploration", "stage-wise communication", "edge caching" were
    # concepts (right 5 times in 32); known terms stay ("template matching", "genetic programming")
    found = ents("We study caption matching, parallel exploration, uniform programming, stage-wise communication, "
                 "manual initialization and edge caching, next to template matching and genetic programming.")
    assert sorted((n, t) for n, t, _ in found) == [("genetic programming", "concept"),
                                                   ("template matching", "concept")]


def test_parallel_data_is_no_technique():
    # the gold sets list "parallel data" 2 times in the 10 abstracts where the gazetteer had found it
    assert ents("We train on parallel data and parallel training data from the web.") == []


def test_a_slash_between_dataset_numbers_names_two_datasets():
    # held-out 3 ("CIFAR-10/100-C"); external-80k writes "CIFAR10/100-LT", "HPDv2/3"; "Tokyo24/7" is one name
    found = ents("We test on CIFAR-10/100-C, CIFAR10/100-LT and the Tokyo24/7 dataset.")
    assert sorted(n for n, t, _ in found if t == "dataset") == ["CIFAR-10-C", "CIFAR-100-C", "CIFAR10-LT",
                                                                "CIFAR100-LT", "Tokyo24/7"]


def test_metrics_of_code_images_and_trajectories_are_no_methods():
    # the gold sets: "CodeBLEU", "PickScore", "minADE" had been methods by their shape (the guide: standard metrics
    # the paper uses are units or measures of its claims)
    assert ents("We report CodeBLEU and PickScore, and minADE and minFDE on the test split, plus BLEURT.") == []


def test_shared_tasks_and_challenges_are_datasets_not_proposals():
    # held-out 10: "the S23DR 2026 challenge", "QuadAI at SemEval-2026 Task 3:" (a team's entry, not its own name),
    # "through the Dialogue System Technology Challenge (DSTC-12, Track 1)"; held-out 7: "the NTIRE 2026
    # challenge" (the gold writes the head, held-out 10 not: the canonical name leaves it out); external-80k
    # writes "SemEval 2025 Task 8" and "SemEval-2025 Task 8"; the head of "a key LLM challenge" names nothing
    ex = extract(PaperRecord("t:1", "QuadAI at SemEval-2026 Task 3: Ensemble Learning",
                             "We present our system for SemEval-2026 Task 3 and SemEval 2025 Task 8. It won the S23DR "
                             "2026 challenge and the NTIRE 2025 Challenge. This paper presents our contribution "
                             "through the Dialogue System Technology Challenge (DSTC-12, Track 1). Data scarcity is a "
                             "key LLM challenge."))
    assert sorted((e.name, e.canonical) for e in ex.entities if e.type == "dataset") == [
        ("DSTC-12", "Dialogue System Technology Challenge"), ("NTIRE 2025 Challenge", "NTIRE 2025"),
        ("S23DR 2026 challenge", "S23DR 2026"), ("SemEval 2025 Task 8", "SemEval-2025 Task 8"),
        ("SemEval-2026 Task 3", "SemEval-2026 Task 3")]
    assert [e.name for e in ex.entities if e.proposed] == []


def test_a_model_name_with_its_variant_words_and_size_written_apart_is_one_checkpoint():
    # held-out 10: "Molmo 7B and Qwen2 VL 2B", "GPT 4o and GPT 4o mini" (had been Qwen2 and "VL 2B", GPT 4o only);
    # external-80k: "Llama 3 8B", "Janus Pro 7B", "Gemini 2.5 Flash Lite"; "Vision" is no variant word
    found = ents("We use GPT 4o and GPT 4o mini, then Qwen2 VL 2B and Llama 3 8B. We also test Gemini 2.5 Flash Lite "
                 "and the DINOv2 Vision Transformer.")
    assert [(name, canonical) for name, typ, canonical in found if typ == "model"] == [
        ("GPT 4o", "GPT-4o"), ("GPT 4o mini", "GPT-4o mini"), ("Qwen2 VL 2B", "Qwen2-VL-2B"),
        ("Llama 3 8B", "Llama-3-8B"), ("Gemini 2.5 Flash Lite", "Gemini 2.5 Flash-Lite"), ("DINOv2", "DINOv2")]


def test_a_class_noun_types_the_name_it_introduces():
    # held-out 10: "based on the multilingual model TowerInstruct" (had been a method); external-80k: "a new
    # benchmark MuSciClaims"; not "the benchmark Buy&Hold strategy" nor "an LLM CP"
    found = ents("We build on the multilingual model TowerInstruct and a new benchmark MuSciClaims. Our agent beats "
                 "the benchmark Buy&Hold strategy.")
    assert sorted((name, typ) for name, typ, _ in found if name in ("TowerInstruct", "MuSciClaims", "Buy&Hold")) == [
        ("Buy&Hold", "method"), ("MuSciClaims", "dataset"), ("TowerInstruct", "model")]


def test_fpga_boards_and_arm_cpus_are_hardware():
    # held-out 10: "on the Xilinx KV260 SoM", "a 7x speedup over an ARM CPU" (the SoM had been a method); external-80k:
    # "the Kria KV260 ... MPSoC"
    found = ents("We deploy it on the Xilinx KV260 SoM, a Zynq MPSoC, and compare with an ARM CPU.")
    assert sorted((name, typ) for name, typ, _ in found) == [
        ("ARM CPU", "hardware"), ("MPSoC", "hardware"), ("Xilinx KV260 SoM", "hardware"), ("Zynq", "hardware")]


def test_kinds_of_clustering_and_of_attacks_are_techniques():
    # held-out 10: "user clustering", "online greedy clustering"; held-out 9 and external-80k: "jailbreak attacks",
    # "membership inference attacks"; the bare known "clustering" gives way to the kind the paper names
    found = ents("We group riders by user clustering and defend against membership inference attacks.")
    assert sorted((name, typ) for name, typ, _ in found) == [
        ("membership inference attacks", "concept"), ("user clustering", "concept")]


def test_a_named_method_before_a_technique_word_keeps_its_name():
    # held-out 10: "constructs preference pairs for DPO fine-tuning" lists DPO (had been "DPO fine-tuning", a
    # concept, and no DPO); the gold sets list RL and LoRA so too, and keep "RL fine-tuning" where RL is a family
    found = ents("It builds preference pairs for DPO fine-tuning and applies LoRA fine-tuning. RL fine-tuning helps.")
    assert sorted((name, typ) for name, typ, _ in found) == [
        ("DPO", "method"), ("LoRA", "method"), ("RL fine-tuning", "concept"), ("fine-tuning", "concept")]


def test_as_many_title_case_names_as_a_count_of_parts_are_the_parts():
    # held-out 10 (Mio): "five specialized modules: Thinker, Talker, Face Animator, Body Animator, and Renderer";
    # external-80k: "three components: Introduction, Key Factors, ..." lists topics, not parts
    ex = extract(PaperRecord("t:1", "T", "We present Mio, an end-to-end framework composed of four specialized "
                                         "modules: Thinker, Talker, Face Animator, and Body Animator. A survey has "
                                         "three components: Introduction, Key Factors, and Key Takeaways."))
    assert sorted(e.name for e in ex.entities if e.proposed) == [
        "Body Animator", "Face Animator", "Mio", "Talker", "Thinker"]


def test_bare_sizes_listed_after_a_sized_model_are_its_sibling_checkpoints():
    # held-out 6: "Applied to Llama 3B \& 8B and Qwen 3B \& 7B Instruct models" lists four checkpoints (had been
    # two); external-80k: "Llama-3-8B & 70B", "Qwen-2.5 7B, 32B"; "LLMs with 7B and 13B" names no model
    found = ents(r"Applied to Llama 3B \& 8B and Qwen 3B \& 7B Instruct models. We test Llama-3-8B & 70B and "
                 r"Qwen-2.5 7B, 32B, unlike LLMs with 7B and 13B parameters.")
    assert sorted(name for name, typ, _ in found if typ == "model") == [
        "Llama 3B", "Llama 8B", "Llama-3-70B", "Llama-3-8B", "Qwen 3B", "Qwen 7B", "Qwen-2.5 32B", "Qwen-2.5 7B"]


def test_the_adjective_of_a_technique_family_names_the_family():
    # held-out 1, 5, 9 and 10: "a diffusion-based framework" lists diffusion models (9 of the 10 gold abstracts
    # with the word do); held-out 5 and 8: "a game-theoretic framework"; held-out 3 and 9: "pseudo-labels"
    found = ents("We introduce a diffusion-based, multilingual glyph model within a game-theoretic framework and "
                 "refine its pseudo-labels.")
    assert sorted((name, canonical) for name, typ, canonical in found if typ == "concept") == [
        ("diffusion-based", "diffusion models"), ("game-theoretic", "game theory"),
        ("pseudo-labels", "pseudo-labeling")]


def test_a_known_term_ending_in_ss_matches_its_plural_in_es():
    # dev gold and held-out 1: "realized through agent harnesses" (the known "agent harness" had no plural)
    found = ents("Capabilities are realized through agent harnesses trained with contrastive losses.")
    assert sorted((name, canonical) for name, _, canonical in found) == [
        ("agent harnesses", "agent harness"), ("contrastive losses", "contrastive loss")]


def test_a_feedforward_network_is_the_feed_forward_network():
    # held-out 5: "designed to replace the feedforward network" (the known term is spelled "feed-forward")
    assert ents("A Fourier module replaces the feedforward network.")[-1] == (
        "feedforward network", "concept", "feed-forward network")


def test_as_many_title_case_names_as_a_count_of_datasets_are_those_datasets():
    # held-out 10: "strong results across four datasets: Waymo, NuScenes, Argoverse, and PandaSet" (Waymo, a plain
    # word, had been missed); external-80k: "three benchmarks: InterCode-CTF, ..." (had been methods)
    found = ents("Our method shows strong results across four datasets: Waymo, NuScenes, Argoverse, and PandaSet.")
    assert sorted(name for name, typ, _ in found if typ == "dataset") == ["Argoverse", "NuScenes", "PandaSet", "Waymo"]


def test_puzzle_reasoning_benchmarks_are_known_but_not_as_english_words():
    # external-80k (d-TreeRPO, eMoT): Countdown and the Game of 24 are reasoning benchmarks
    found = ents("Experiments show that d-TreeRPO outperforms existing baselines and achieves significant gains on "
                 "multiple reasoning benchmarks, including +86.2 on Sudoku, +51.6 on Countdown, +4.5 on GSM8K, and "
                 "+5.3 on Math500. On the traditional task Game of 24, eMoT achieves 100% accuracy, surpassing the "
                 "baseline by up to 17.", title="eMoT: evolving Memory-of-Thought via Symbolic Anchoring")
    assert sorted(name for name, typ, _ in found if typ == "dataset") == ["Countdown", "GSM8K", "Game of 24", "Math500"]
    # made up: the English word where a sentence starts is no benchmark
    assert ents("Countdown timers help drivers.") == []


def test_edge_processors_and_cortex_cores_are_their_own_hardware():
    # held-out 20 (YOLOX on Hailo-8; PULP): named edge processors; a Cortex core is a member of its series
    found = ents("The experimental results show that the Hailo-8 AI hardware accelerator has higher accuracy than "
                 "Jetson Orin Nano (improvement of over 12%) and has lower latency than Jetson Orin Nano (reduced 20 "
                 "ms). In this paper, we focus on enabling efficient parallel execution of Non-Neural ML algorithms "
                 "on two RISCV-based PULP platforms, namely GAP8, a commercial chip, and PULP-OPEN, a research "
                 "platform running on an FPGA emulator. Lastly, we present a comparison with the ARM Cortex-M4 "
                 "microcontroller (MCU), a widely adopted commercial solution for edge deployments, which is 12.87x "
                 "slower and 98% less energy-efficient than PULP-OPEN.")
    hardware = sorted((n, c) for n, t, c in found if t == "hardware")
    assert {("ARM Cortex-M4", "ARM Cortex-M4"), ("GAP8", "GreenWaves GAP8"), ("Hailo-8", "Hailo-8")} <= set(hardware)
