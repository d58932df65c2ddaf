"""Standard metrics a paper only uses are no entities (guide), also when no gazetteer knows them: a list of
names before "metrics", "scores" or "measures" is a list of metrics. Sentences from external-80k (line numbers
given) and the sample corpus."""
from __future__ import annotations

from extractors.extract import extract
from extractors.metric_lists import metric_lists
from extractors.records import PaperRecord


def run(abstract: str, title: str = "T"):
    return extract(PaperRecord("t:1", title, abstract))


def names(abstract: str, title: str = "T") -> list[tuple[str, str, bool]]:
    return [(e.name, e.type, e.proposed) for e in run(abstract, title).entities]


def items(text: str) -> list[list[str]]:
    return [[text[a:b] for a, b in found] for found in metric_lists(text)]


TAVDIFF = ("Therefore, we attempt to simultaneously analyze visual, auditory, and textual modalities in this paper, "
           "and propose TAVDiff, a Text-Audio-Visual-conditioned Diffusion Model for video saliency prediction. "
           "Experimental results show that TAVDiff outperforms existing methods, improving 1.03\\%, 2.35\\%, 2.71\\% "
           "and 0.33\\% on SIM, CC, NSS and AUC-J metrics, respectively.")  # 8419


def test_metrics_in_a_list_are_neither_datasets_nor_a_claims_benchmarks():
    ex = run(TAVDIFF)
    assert not [e.name for e in ex.entities if e.type == "dataset"]
    assert [(c.value, c.datasets) for c in ex.claims] == [(1.03, []), (2.35, []), (2.71, []), (0.33, [])]


def test_a_metric_list_after_on_is_no_claims_benchmark():
    # 22549: the claims rule that reads a name after "on" saw benchmarks here
    ex = run("Compared to the state-of-the-art hashing methods, SHC improves retrieval performance by 11.71%, "
             "10.81%, and 6.42% on MAP@100, MAP@1000, and MAP@ALL metrics, respectively, on the CIFAR-10 dataset.")
    assert [(c.value, c.datasets) for c in ex.claims] == [(11.71, ["CIFAR-10"]), (10.81, ["CIFAR-10"]),
                                                          (6.42, ["CIFAR-10"])]


def test_benchmarks_tasks_and_introduced_metrics_in_such_a_list_are_kept():
    # sample corpus (Multiverse): "AIME24 & 25 scores" are scores on two benchmarks
    assert [e.name for e in run("Our Multiverse-32B stands as the only open-sourced non-AR model achieving "
                                "performance on par with leading AR-LLMs of the same scale, evidenced by AIME24 & 25 "
                                "scores of 54% and 46%, respectively.").entities if e.type == "dataset"] == [
        "AIME24", "AIME25"]
    # 4230: metrics the paper introduces are methods (guide)
    assert ("GLCM Score", "method", True) in names(
        "Additionally, we introduce GLCM Score and Compression Ratio metrics to evaluate fine details, combined "
        "with holistic measures such as FID, Aesthetics and CLIPScore.")
    assert items("existing T2V and I2V metrics do not capture it") == [["T2V", "I2V"]]
    assert ("T2V", "task", False) in names("Existing T2V and I2V metrics do not capture frame-level correspondence.")


def test_what_is_no_list_of_metrics():
    # 26773: the list of models ends at the full stop
    assert items("three deepfake detection models: XceptionNet, EfficientNet, and LipForensics. Evaluation "
                 "metrics, including AUC, pAUC, and EER, show it") == []
    # a sentence-opening adverb, and two names without "and" before a verb
    assert items("Specifically, MoD measures the gap.") == []
    assert items("Grounded in the Four Shell Model from Model Medicine, MTI measures what agents do") == []
    assert items("evaluated with BLEU, chrF, and TER metrics") == [["BLEU", "chrF", "TER"]]
