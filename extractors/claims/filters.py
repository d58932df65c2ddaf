"""Tell result numbers from setup numbers.

A result is what the paper measured ("2.5x faster", "54% on AIME24"). Setup
numbers are sizes of what was used (849 papers, a 7B model, 512 GPUs),
hyperparameters, years, counts, version numbers, and a baseline's own value
("from 57.50% to 71.25%": 57.50 is the baseline's, "GPT-5's 93.2%").

>>> from extractors.claims.numbers import find_numbers
>>> s = "On 512 V100 GPUs, our model improves accuracy from 57.5% to 71.2% over GPT-4."
>>> [n.surface for n in find_numbers(s) if is_result(n, s, [], True, 1)]
['71.2%']
"""
from __future__ import annotations

import re

from extractors.claims.numbers import NumberMention

_YEAR = re.compile(r"^(?:19|20)\d\d$")
# a number that is the baseline's own value
_BASELINE_VALUE = re.compile(
    r"(?:\bfrom(?:\s+(?:only|just|about|around|approximately|roughly))?|\bvs\.?|\bversus|\bcompared\s+(?:to|with)"
    r"|\binstead\s+of|\b(?:previous|prior)\s+(?:best|state[- ]of[- ]the[- ]art|SOTA)(?:\s+\w+)?(?:\s+of)?|'s|’s|\bof\s+only|\bbaselines?(?:'s)?(?:\s+\w+){0,2}\s+of|\\pm|±|\+/-|plus/minus|plus\s+or\s+minus)\s*[~$]?\s*$", re.I)
_ARROW_AFTER = re.compile(r"^\s*(?:%|x|×)?\s*(?:→|->|\\rightarrow|to\s+(?=[~$\d.]))", re.I)
_METRIC_AFTER = re.compile(
    r"^\s*(?:\\?%|GB|MB|TB|KB|GiB|MiB|megabytes|gigabytes|kilobytes|terabytes|bytes|ms|milliseconds|seconds|secs?|s\b|minutes|mins?|hours|hrs?|days|"
    r"petaflops|PFLOPS|TFLOPS|teraflops|GFLOPS|FLOPS|tokens/s|tokens\s+per\s+second|steps/s|FPS|fps|samples/\w+|"
    r"W\b|watts|kWh|J\b|USD|dollars|cm|mm|BLEU|F1|AUROC|AUC|mAP|FID|PSNR|dB|ROUGE[-\w]*|EM\b|R\^2|"
    r"(?:macro\s+|micro\s+)?(?:Pearson|Spearman)|perplexity|PPL|accuracy|exact\s+match|win\s+rate|success\s+rate)"
    r"(?![A-Za-z])", re.I)
_METRIC_BEFORE = re.compile(
    r"(?:\b(?:BLEU|F1|AUROC|AUC|mAP|FID|PSNR|ROUGE[-\w]*|R\^2|perplexity|PPL|accuracy|score|scores|rate|EM|"
    r"correlation|MRR|NDCG|CIDEr|Elo|pass@\d+|R\^\{?2\}?|Dice|DSC|m?IoU)(?:[\s-]+(?:score|value|coefficient))?\s*(?:of|=|:|at)?\s*\$?|\$)\s*$", re.I)
# setup: counts and sizes of what was used
_SETUP_AFTER = re.compile(
    r"^[\s-]*(?:[A-Za-z\-]+\s+){0,2}?(?:GPUs?|TPUs?|NPUs?|nodes?|cores?|layers?|heads?|papers?|samples?|examples?|"
    r"images?|videos?|questions?|problems?|tasks?|languages?|datasets?|benchmarks?|participants?|annotators?|"
    r"users?|epochs?|shots?|dimensions?|dimensional|categories|classes|hours?\s+of|models?|LLMs?|LRMs?|"
    r"episodes?|instances?|pairs?|documents?|sentences?|domains?|subjects?|experts?|agents?|environments?|"
    r"repositories|projects?|apps?|steps?|runs?|seeds?|trajectories|rollouts?|prompts?|queries|turns?|"
    r"articles?|patients?|workers?|clients?|devices?|cities|countries|species|entities|labels?|attributes?)\b",
    re.I)
_SETUP_BEFORE = re.compile(
    r"(?:\b(?:top|Theorem|Lemma|Proposition|Corollary|Definition|Algorithm|Section|Sec\.|Table|Figure|Fig\.|Eq\.|Equation|Chapter|Appendix|Step|Stage|Phase|Level|Version|"
    r"v|settings?|(?:trained|train|training)\s+(?:in|for)(?:\s+(?:under|about|only|just|less\s+than))?|batch\s+size\s+of|learning\s+rate\s+of|rank|k\s*=|n\s*=|N\s*=|K\s*=|T\s*=|temperature\s+of|"
    r"length\s+of|window\s+of|budget\s+of|size\s+of|(?:trained|pretrained|pre-trained)\s+on|with|using|"
    r"contain(?:s|ing)?|compris(?:es|ing)|consist(?:s|ing)\s+of|collect\w*|curat\w*|includ\w*|spanning|"
    r"across|over\s+the\s+(?:past|last)|among|of\s+the|in)\s*[-:]?|[=<>≤≥])\s*$", re.I)
_RESULT_VERB = re.compile(
    r"\b(?:achiev\w*|reach\w*|attain\w*|obtain\w*|score[sd]?|yield\w*|deliver\w*|improv\w*|outperform\w*|"
    r"surpass\w*|reduc\w*|cut\w*|increas\w*|ris(?:e|es|ing)|rose|drop\w*|decreas\w*|lift\w*|boost\w*|"
    r"accept\w*|recover\w*|solv\w*|resolv\w*|preserv\w*|sustain\w*|attain\w*|gave|gives?|records?|"
    r"correlat\w*|matches|leads?|lead\w*|results?\s+in|demonstrat\w*|show\w*|perform\w*)\b", re.I)
_SCALE_BEFORE = re.compile(r"\b(?:(?:can|could|able\s+to)\s+(?:be\s+used\s+to\s+)?(?:train|fine-tune|fit|serve|run)"
                           r"(?:\s+\w+)?|scal\w*\s+(?:up\s+)?to|reach\w*|sustain\w*|fit\w*\s+(?:\w+\s+){0,3}?with|"
                           r"to\s+(?:roughly|about|over|nearly|approximately)|handl\w*|support\w*|process\w*|"
                           r"increas\w*\s.*\bto)\s*$",
                           re.I)
_MORE_AFTER = re.compile(r"^\s*(?:more|fewer|less|additional|extra)\b", re.I)
_RATE_AFTER = re.compile(r"^\s*(?:of\s+)?(?:[\w\-]+\s+){0,2}?(?:[\w\-]+(?:/s\b|\s+per\s+(?:second|sec|s)\b))", re.I)
_GROWTH = re.compile(r"\b(?:scal\w*|increas\w*|extend\w*|expand\w*|grow\w*|grew|runs?|running|simulat\w*|enabl\w*|"
                     r"support\w*|handl\w*|reach\w*|achiev\w*|sustain\w*|process\w*)\b", re.I)
_BACKGROUND = re.compile(
    r"\b(?:prior|previous|existing|recent|current|conventional|traditional|earlier)\s+(?:work|works|studies|"
    r"research|methods|approaches|systems|models|literature)\b|\b(?:it\s+is\s+(?:well\s+)?known|has\s+been|"
    r"have\s+been|typically|usually|commonly|often|according\s+to|is\s+said|are\s+said|in\s+recent\s+(?:times|years)|"
    r"recently|(?:several|many|numerous|some|most)\s+(?:works|studies|papers|efforts))\b", re.I)
# a clause about the compared-against thing, up to the number, with no word of the paper's own in it
_REFERENCE_CLAUSE = re.compile(
    r"\b(?:whereas|while)\s+(?:the\s+|a\s+|an\s+)?(?:(?!\w+ing\b)[\w\-]+\s+){0,3}?(?:reference|baselines?|original|standard|"
    r"conventional|traditional|existing|prior|previous|naive|vanilla|full|dense|exact|classical|sequential)\b"
    r"(?:(?!\b(?:we|our|ours|us|it|its)\b)[^;,.]|\.\d)*$", re.I)
_TIME_UNIT_AFTER = re.compile(r"^\s*(?:hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?|seconds?|GPU[- ]hours?)\b", re.I)
_DURATION_SETUP = re.compile(
    r"(?:\b(?:total\w*|contain\w*|compris\w*|consist\w*|includ\w*|collect\w*|curat\w*|expand\w*|consolidat\w*|"
    r"record\w*|monitor\w*|span\w*|within\s+the\s+(?:next|first|last)|after)\b[^.;]{0,40}|"
    r"\b(?:train\w*|fine-?tun\w*|pre-?train\w*)\b[^.;,]{0,60}\b(?:in|within|for|takes?|took)\s+)"
    r"(?:just\s+|only\s+|under\s+|about\s+|approximately\s+|roughly\s+|over\s+|more\s+than\s+|~\s*|>\s*)?[\d.,]*$|\(\s*$",
    re.I)
_METRIC_WORD = re.compile(r"\b(?:ACC|AUC|MAE|MSE|RMSE|NDS|DSC|WER|CER|EM|mIoU|IoU|SSIM|PSNR|SAM|F1|BLEU|FID)\s$")
_EXAMPLE = re.compile(r"^\W*(?:for\s+(?:instance|example)|e\.g\.)", re.I)
_OWN = re.compile(
    r"\b(?:we|our|ours|us|this\s+(?:paper|work|study|method|approach|model|framework|system)|the\s+proposed|"
    r"proposed|experiment\w*|results?|evaluations?|empirical\w*|benchmark\w*|outperform\w*|achiev\w*|"
    r"compared|surpass\w*|speed-?ups?|it|its)\b", re.I)


def is_background(sentence: str, index: int, own_names: list[str], previous: bool = False) -> bool:
    """A sentence about other people's work or the state of the field, not this paper's results.

    ``previous`` is the verdict on the sentence before: "For instance, ..." continues it.

    >>> is_background("For instance, the LAION public dataset retained only 10% of the total crawled data.", 2, [], True)
    True
    >>> is_background("For example, HypeNet-9B on NIAH-S2@256K decreases from 67.2% to 9.4%.", 2, [], False)
    False
    """
    if _OWN.search(sentence) or any(n and n in sentence for n in own_names):
        return False
    if _EXAMPLE.match(sentence):
        return previous
    return index == 0 or bool(_BACKGROUND.search(sentence))


def is_result(n: NumberMention, sentence: str, spans: list[tuple[int, int]], own: bool, index: int,
              start: int | None = None) -> bool:
    """Is the number ``n`` (found in ``sentence``; ``start`` its offset there) a result?

    ``spans`` are entity mention spans in sentence offsets (a number inside a
    name is never a result); ``own`` says the sentence is about this paper's
    work; ``index`` is the sentence's position in the abstract.
    """
    s = n.start if start is None else start
    e = s + (n.end - n.start)
    if any(a <= s < b or a < e <= b for a, b in spans) and n.form != "unit":
        return False
    if any(a <= s and e <= b for a, b in spans):
        return False
    before = sentence[max(0, s - 40):s]
    after = sentence[e:e + 40]
    if _BASELINE_VALUE.search(before) and not re.search(r"\bup\s+to\s*$", before, re.I) and not (
            n.value_min is not None and re.search(r"\b(?:ranging|range|varying|vary)\s+from\s*$", before, re.I)):
        return False
    if re.match(r"^\s*(?:%|\\%)?\s*(?:CI\b|confidence\s+interval)", after) or re.search(
            r"\b(?:CI|P|p)\s*(?:[,:=<>]|\s)\s*$", before) or (
            re.search(r"\(\s*$", before) and (re.match(r"^\s*[-–]\s*[\d.]+", after) or (n.value_min is not None and n.form == "plain"))):
        return False  # confidence intervals and p-values are statistics about a result, not results
    if re.match(r"^\s*(?:\\?%\s*)?(?:(?!of\b)[\w\-]+\s+)?baselines?\b", after) or re.search(
            r"\bbaselines?\s*(?:\([^()]*\)\s*)?[~$]?$", before):
        return False  # "over a 36% baseline", "the GPT-4o baseline 10.28 cm": the baseline's own value
    if _REFERENCE_CLAUSE.search(sentence[:s]):
        return False  # "..., whereas the reference computation would take 9.5 days": not this paper's result
    if _ARROW_AFTER.match(after):
        return False  # "57.5% → 71.2%" / "57.5% to 71.2%": the first is the starting value
    if re.match(r"^\s*(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w\-.]*|baselines?)\b", after) and re.search(
            r"\b(?:compared\s+(?:to|with)|vs\.?|versus)\s+(?:[\d.,%x\s]|and)*$", before, re.I):
        return False
    if re.search(r"\b(?:compared\s+(?:to|with)|vs\.?|versus)\s+[\d.]+%?(?:\s+for\s+[\w\-.]+)?\s*(?:,|and)\s*$", before, re.I):
        return False  # second value of a baseline list "compared to 3.64 and 0.64 of LASER"
    if n.value == 0 and n.form != "unit":
        return False
    if re.match(r"^\s*(?:cross[- ]validation|CV)\b", after, re.I) or re.match(r"^\s*-?\s*fold\s+cross", sentence[e - 4:e + 12], re.I):
        return False  # "five-fold cross-validation" is the protocol
    if re.match(r"^\s*-?\s*bits?\b", after):
        return False  # "1.58-bit quantization": a bit width is a setting
    if n.unit == "%" and re.search(r"\btrained\s+on\s+(?:only\s+|approximately\s+|about\s+|roughly\s+)?$", before):
        return False  # "trained on approximately 25% of its data": the setup
    if n.form == "unit":
        if n.unit == "%" and re.match(r"^\s*(?:of\s+(?:the\s+)?(?:training|pre-?training)\s+data|sparsity\s+"
                                      r"(?:level|setting)|mask\w*|dropout|noise)\b", after, re.I):
            return False
        if re.search(r"\btop[-\s]?$", before, re.I):
            return False
        return True
    if n.form == "word":
        if "magnitude" in n.surface.lower() and re.match(r"^\s*(?:of|in)\b", after):
            return False  # "across five orders of magnitude of size": a range studied, not a gain
        if re.match(r"^\s*[:;]", after) or re.search(r"\b(?:are|is|was|were)\s*$", before):
            return False  # "The challenges are two-fold:"
        if n.surface.lower().startswith("doubl"):
            return bool(re.search(r"\b(?:throughput|speed|performance|accuracy|efficiency)\b", sentence, re.I)) and own
        return True
    if n.form in ("magnitude", "suffix", "power"):
        if re.match(r"^[\s-]*(?:parameters?|params)\b", after, re.I) and not _SCALE_BEFORE.search(before):
            return False
        if _SCALE_BEFORE.search(before) or _MORE_AFTER.match(after) or _RATE_AFTER.match(after):
            return own  # "1.5 million more tokens", "tens of millions of steps per second": a measured amount
        if re.search(r"\bfrom\s+[~$]?[\d.,]+\s*[KMBTkmbt]?\s+to\s*$", before) and _GROWTH.search(sentence[:s]):
            return own  # "scales from 110k to 6M tokens": the size reached
        if n.form == "power" and not _SETUP_BEFORE.search(before) and re.match(
                r"^\s*(?:[a-z\-]+\s+)?[a-z]+s\b", after) and _GROWTH.search(sentence[:s]):
            return own  # "runs 2^13 parallel instances"
        return False
    if n.form == "fraction":
        return own and bool(_RESULT_VERB.search(sentence[:s]))
    # plain numerals
    text = n.surface.lstrip("~")
    if _YEAR.match(text.split(".")[0]) and (re.match(r"^\d{4}\.\d\d$", text) or "." not in text):
        return False
    if re.match(r"^\s*(?:%|\\%)", after):
        return True
    if re.search(r"(?:->|→|\\rightarrow)\s*$", before):
        return own  # "GenEval (0.73 -> 0.90)": the value reached
    if re.search(r"\b(?:train\w*|fine-?tun\w*|pre-?train\w*)\s+(?:in|for|on)\s+(?:under\s+|about\s+|only\s+|just\s+|"
                 r"less\s+than\s+)?$", before, re.I):
        return False  # "trained in under 15 hours": the cost of the setup
    if _TIME_UNIT_AFTER.match(after) and (re.match(r"^\s*\w+\s+(?:of|across)\b", after) or _DURATION_SETUP.search(
            sentence[max(0, s - 80):s])):
        return False  # "7,600 hours of audio", "totaling 22.7 hours", "training ... in just 8 hours": sizes and costs
    if re.search(r"\b(?:SD|s\.d\.|std|standard\s+deviation)\)?\s*(?:of|=|:)?\s*$", before, re.I):
        return False  # a spread, not a result
    metric_after = _METRIC_AFTER.match(after)
    if metric_after and re.match(r"\s*(?:cm|mm)$", metric_after.group(0)) and not re.search(
            r"\b(?:error|distance|deviation|MAE|RMSE|accuracy|precision)\b", sentence[max(0, s - 60):s], re.I):
        metric_after = None  # a length is a result only as an error or distance ("MAE of 8.17 cm")
    metric_before = _METRIC_BEFORE.search(before)
    if _SETUP_AFTER.match(after) and not metric_after:
        return bool(re.search(r"\bscal\w*\s+(?:up\s+)?to\s*$", before, re.I)) and own
    if re.search(r"\bfrom\b[^.;]{0,60}\bto\s*$", before) and _RESULT_VERB.search(sentence[:s]):
        return own or index > 0
    if _SETUP_BEFORE.search(before) and not metric_before and not metric_after:
        return False
    if "." not in text and not (metric_after or metric_before):
        return False
    if "." in text:
        # "Llama 3.1", "AlpacaEval 2.0": a version after a capitalised name
        if re.search(r"[A-Z][\w\-]*\s$", before) and not metric_before and not _METRIC_WORD.search(before):
            return False
        return bool(metric_after or metric_before or _RESULT_VERB.search(sentence[:s])) and own
    return bool(metric_after or metric_before) and own
