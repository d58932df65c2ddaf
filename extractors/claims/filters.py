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

from extractors.claims.fastre import one_of
from extractors.claims.numbers import MINUS_SIGNS, NumberMention

_YEAR = re.compile(r"^(?:19|20)\d\d$")
# a number that is the baseline's own value
# (the branches after a word boundary are grouped by one_of; among branches that can start at the same character,
# "previous"/"prior" still come before "plus", so the matches are those of the plain alternation)
_BASELINE_VALUE = re.compile(
    r"(?:\b" + one_of([r"from(?:\s+(?:only|just|about|around|approximately|roughly))?", r"vs\.?", r"versus",
                        r"compared\s+(?:to|with)", r"instead\s+of",
                        r"previous\s+(?:best|state[- ]of[- ]the[- ]art|SOTA)(?:\s+\w+)?(?:\s+of)?",
                        r"prior\s+(?:best|state[- ]of[- ]the[- ]art|SOTA)(?:\s+\w+)?(?:\s+of)?",
                        r"baselines?(?:'s)?(?:\s+\w+){0,2}\s+of"])
    + r"|'s|’s|\\pm|±|\+/-|plus/minus|plus\s+or\s+minus)\s*[~$]?\s*$", re.I)
# (LaTeX ties and dollars around the arrow: "44.5\%~$\rightarrow$~82.3\%"; a unit before it: "23.38s -> 1.09s")
_ARROW_AFTER = re.compile(r"^[\s~$]*(?:(?:%|x|×)?[\s~$]*(?:→|->|\\rightarrow|to\s+(?=[~$\d.]))|[a-zμ]{1,3}[\s~$]*"
                          r"(?:→|->|\\rightarrow))", re.I)
# a translation score may name its language pair first: "30.83 English-Nko chrF++", "27.1 En-De BLEU"
LANGUAGE_PAIR = r"[A-Z][a-z]{1,11}[-–→][A-Z][a-z]{1,11}\s+(?=BLEU|chrF|COMET|spBLEU)"
_METRIC_AFTER = re.compile(
    r"^\s*(?:" + LANGUAGE_PAIR + r")?(?:\\?%|GB|MB|TB|KB|GiB|MiB|megabytes|gigabytes|kilobytes|terabytes|bytes|ms|milliseconds|seconds|secs?|s\b|minutes|mins?|hours|hrs?|days|"
    r"(?:peta|tera|giga|exa|[PTGE])?FLOPs?(?:/s(?:ec(?:ond)?)?\b|\s+per\s+second)|"  # a rate: "502 petaFLOP/s"
    r"petaflops|PFLOPS|TFLOPS|teraflops|GFLOPS|FLOPS|tokens/s|tokens\s+per\s+second|steps/s|FPS|fps|samples/\w+|"
    r"W\b|watts|kWh|J\b|USD|dollars|cm|mm|BLEU|spBLEU|chrF\+\+|chrF|COMET|BERTScore|F1|AUROC|AUC|mAP|FID|PSNR|dB[Am]?|ROUGE[-\w]*|EM\b|R\^2|"
    r"(?:mean\s+)?IoU|mIoU|SSIM|LPIPS|NDS|CIDEr|METEOR|NDCG|MRR|DSC|gFID|rFID|FVD|WER|CER|EER|"
    r"(?:macro\s+|micro\s+)?(?:Pearson|Spearman)|perplexity|PPL|accuracy|exact\s+match|win\s+rate|success\s+rate)"
    r"(?![A-Za-z])", re.I)
# effect sizes and agreement: "Cohen's d = 3.13", "Krippendorff's $α$ = 0.70", "Fleiss' kappa of 0.8"
AGREEMENT_BRANCHES = [r"Cohen['’]?s\s+(?:d|kappa|κ|\$\\?(?:kappa|κ)\$)",
                      r"Krippendorff['’]?s\s+(?:alpha|α|\$\\?(?:alpha|α)\$)",
                      r"Fleiss['’]?\s+(?:kappa|κ|\$\\?(?:kappa|κ)\$)"]
AGREEMENT_STATISTIC = "(?:" + "|".join(AGREEMENT_BRANCHES) + ")"
_METRIC_BEFORE = re.compile(
    r"(?:\b" + one_of([r"BLEU", r"chrF\+\+", r"chrF", r"COMET", r"F1", r"AUROC", r"AUC", r"mAP", r"FID", r"PSNR", r"ROUGE[-\w]*", r"R\^2", r"perplexity",
                        r"PPL", r"accuracy", r"score", r"scores", r"rate", r"EM", r"correlation", r"MRR", r"NDCG", r"CIDEr",
                        r"Elo", r"pass@\d+", r"R\^\{?2\}?", r"Dice", r"DSC", r"mIoU", r"mean\s+IoU", r"IoU", r"WER", r"CER",
                        r"MAE", r"RMSE", r"MSE", r"SSIM", r"LPIPS", r"EER",
                        # speculative decoding's draft quality ("draft acceptance lengths of up to 32 tokens")
                        r"accept(?:ance|ed)\s+lengths?(?:\s+of)?(?:\s+(?:up\s+to|about|over|nearly|around))?",
                        *AGREEMENT_BRANCHES])  # ("m?IoU" tried "mIoU" first)
    + r"(?:[\s-]+(?:macro|micro|weighted|score|value|coefficient)){0,2}\s*(?:of|=|:|at)?\s*\$?|\$)\s*$", re.I)
# setup: counts and sizes of what was used
_SETUP_AFTER = re.compile(
    r"^[\s-]*(?:[A-Za-z\-]+\s+){0,2}?(?:GPUs?|TPUs?|NPUs?|nodes?|cores?|layers?|heads?|papers?|samples?|examples?|"
    r"images?|videos?|questions?|problems?|tasks?|languages?|datasets?|benchmarks?|participants?|annotators?|"
    r"users?|epochs?|shots?|dimensions?|dimensional|categories|classes|hours?\s+of|models?|LLMs?|LRMs?|"
    r"episodes?|instances?|pairs?|documents?|sentences?|domains?|subjects?|experts?|agents?|environments?|"
    r"repositories|projects?|apps?|steps?|runs?|seeds?|trajectories|rollouts?|prompts?|queries|turns?|"
    r"articles?|patients?|workers?|clients?|devices?|cities|countries|species|entities|labels?|attributes?)\b",
    re.I)
_TRAINED_FOR = r"\s+(?:in|for)(?:\s+(?:under|about|only|just|less\s+than))?"
_SETUP_BEFORE = re.compile(
    r"(?:\b" + one_of([
        r"top", r"Theorem", r"Lemma", r"Proposition", r"Corollary", r"Definition", r"Algorithm", r"Section", r"Sec\.",
        r"Table", r"Figure", r"Fig\.", r"Eq\.", r"Equation", r"Chapter", r"Appendix", r"Step", r"Stage", r"Phase", r"Level",
        r"Version", r"v", r"settings?", r"trained" + _TRAINED_FOR, r"train" + _TRAINED_FOR, r"training" + _TRAINED_FOR,
        r"batch\s+size\s+of", r"learning\s+rate\s+of", r"rank", r"k\s*=", r"n\s*=", r"N\s*=", r"K\s*=", r"T\s*=",
        r"temperature\s+of", r"length\s+of", r"window\s+of", r"budget\s+of", r"size\s+of", r"trained\s+on",
        r"pretrained\s+on", r"pre-trained\s+on", r"with", r"using", r"contain(?:s|ing)?", r"compris(?:es|ing)",
        r"consist(?:s|ing)\s+of", r"collect\w*", r"curat\w*", r"includ\w*", r"spanning", r"across",
        r"over\s+the\s+(?:past|last)", r"among", r"of\s+the", r"in"])
    + r"\s*[-:]?|[=<>≤≥])\s*$", re.I)
_RESULT_VERB = re.compile(r"\b" + one_of([
    r"achiev\w*", r"reach\w*", r"attain\w*", r"obtain\w*", r"score[sd]?", r"yield\w*", r"deliver\w*", r"improv\w*",
    r"outperform\w*", r"surpass\w*", r"reduc\w*", r"cut\w*", r"increas\w*", r"ris(?:e|es|ing)", r"rose", r"drop\w*",
    r"decreas\w*", r"lift\w*", r"boost\w*", r"accept\w*", r"recover\w*", r"solv\w*", r"resolv\w*", r"preserv\w*",
    r"sustain\w*", r"attain\w*", r"gave", r"gives?", r"records?", r"correlat\w*", r"matches", r"leads?", r"lead\w*",
    r"results?\s+in", r"demonstrat\w*", r"show\w*", r"perform\w*"]) + r"\b", re.I)
_SCALE_BEFORE = re.compile(r"\b(?:(?:can|could|able\s+to)\s+(?:be\s+used\s+to\s+)?(?:train|fine-tune|fit|serve|run)"
                           r"(?:\s+\w+)?|scal\w*\s+(?:up\s+)?to|reach\w*|sustain\w*|fit\w*\s+(?:\w+\s+){0,3}?with|"
                           r"to\s+(?:roughly|about|over|nearly|approximately)|handl\w*|support\w*|process\w*|"
                           r"increas\w*\s.*\bto)\s*$",
                           re.I)
_MORE_AFTER = re.compile(r"^\s*(?:more|fewer|less|additional|extra)\b", re.I)
_RATE_AFTER = re.compile(r"^\s*(?:of\s+)?(?:[\w\-]+\s+){0,2}?(?:[\w\-]+(?:/s\b|\s+per\s+(?:second|sec|s)\b))", re.I)
_GROWTH = re.compile(r"\b" + one_of([r"scal\w*", r"increas\w*", r"extend\w*", r"expand\w*", r"grow\w*", r"grew", r"runs?",
                                       r"running", r"simulat\w*", r"enabl\w*", r"support\w*", r"handl\w*", r"reach\w*",
                                       r"achiev\w*", r"sustain\w*", r"process\w*"]) + r"\b", re.I)
_BACKGROUND = re.compile(
    r"\b" + one_of([r"prior", r"previous", r"existing", r"recent", r"current", r"conventional", r"traditional", r"earlier"])
    + r"\s+(?:work|works|studies|research|methods|approaches|systems|models|literature)\b|\b" + one_of([
        r"it\s+is\s+(?:well\s+)?known", r"has\s+been", r"have\s+been", r"typically", r"usually", r"commonly", r"often",
        r"according\s+to", r"is\s+said", r"are\s+said", r"in\s+recent\s+(?:times|years)", r"recently",
        r"several\s+(?:works|studies|papers|efforts)", r"many\s+(?:works|studies|papers|efforts)",
        r"numerous\s+(?:works|studies|papers|efforts)", r"some\s+(?:works|studies|papers|efforts)",
        r"most\s+(?:works|studies|papers|efforts)"]) + r"\b", re.I)
_CONSEQUENCE = re.compile(r",\s+(?:indicating|suggesting|showing|demonstrating|highlighting|revealing|confirming)\b")
# a clause about the compared-against thing, up to the number, with no word of the paper's own in it
_REFERENCE_CLAUSE = re.compile(
    r"\b(?:whereas|while)\s+(?:the\s+|a\s+|an\s+)?(?:(?!\w+ing\b)[\w\-]+\s+){0,3}?(?:reference|baselines?|original|standard|"
    r"conventional|traditional|existing|prior|previous|naive|vanilla|full|dense|exact|classical|sequential)\b"
    r"(?:(?!\b(?:we|our|ours|us|it|its)\b)[^;,.]|\.\d)*$", re.I)
# "traces ... over 213 days", "collected during 3 years": a period observed, not a result
_PERIOD_AFTER = re.compile(r"^\s*(?:days?|weeks?|months?|years?)\b", re.I)
_PERIOD_BEFORE = re.compile(r"\b(?:over|across|during|spanning|for)\s+(?:(?:a|the)\s+(?:period|span)\s+of\s+|"
                            r"(?:more\s+than|nearly|almost|about|approximately|roughly)\s+)?$", re.I)
_TIME_UNIT_AFTER = re.compile(r"^\s*(?:hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?|seconds?|GPU[- ]hours?)\b", re.I)
_DURATION_SETUP = re.compile(
    r"(?:\b(?:total\w*|contain\w*|compris\w*|consist\w*|includ\w*|collect\w*|curat\w*|expand\w*|consolidat\w*|"
    r"record\w*|monitor\w*|span\w*|within\s+the\s+(?:next|first|last)|after)\b[^.;]{0,40}|"
    r"\b(?:train\w*|fine-?tun\w*|pre-?train\w*)\b[^.;,]{0,60}\b(?:in|within|for|takes?|took)\s+)"
    r"(?:just\s+|only\s+|under\s+|about\s+|approximately\s+|roughly\s+|over\s+|more\s+than\s+|~\s*|>\s*)?[\d.,]*$|\(\s*$",
    re.I)
_METRIC_WORD = re.compile(r"\b(?:ACC|AUC|MAE|MSE|RMSE|NDS|DSC|WER|CER|EM|mIoU|IoU|SSIM|PSNR|SAM|F1|BLEU|FID)\s$")
_EXAMPLE = re.compile(r"^\W*(?:for\s+(?:instance|example)|e\.g\.)", re.I)
_OWN = re.compile(r"\b" + one_of([
    r"we", r"our", r"ours", r"us", r"this\s+(?:paper|work|study|method|approach|model|framework|system)", r"the\s+proposed",
    r"proposed", r"experiment\w*", r"results?", r"evaluations?", r"empirical\w*", r"benchmark\w*", r"outperform\w*",
    r"achiev\w*", r"compared", r"surpass\w*", r"speed-?ups?", r"it", r"its"]) + r"\b", re.I)


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
    # a cue in a closing clause that reads the result is no background: "a recovery rate of 10.8% was obtained,
    # ..., indicating that the system often reached the correct neighborhood"
    return index == 0 or bool(_BACKGROUND.search(_CONSEQUENCE.split(sentence, 1)[0]))


_CMP_VALUE_LIST = re.compile(r"\b(?:compared\s+(?:to|with)|vs\.?|versus)\s+[\d.]+%?(?:\s+for\s+[\w\-.]+)?\s*(?:,|and)\s*$", re.I)
# "compared to 0.52 m / 29 % for the Nerfacto baseline and 0.36 m / 21% for ...": every value of a baseline list
_CMP_ITEM = r"[\d.,]+\s*(?:%|\\%|[A-Za-z]{1,3}\b)?\s*"
_CMP_SEP = r"(?:/|,|and|for\s+(?:the\s+)?[\w\-.]+(?:\s+[\w\-.]+){0,3}?\s*(?:,|and))\s*"
_CMP_TAIL = re.compile(r"\b(?:compared\s+(?:to|with)|vs\.?|versus)\s+(?:" + _CMP_ITEM + _CMP_SEP + r")+$", re.I)
# ... unless the value starts a comparison of its own: "(0.82s vs. 1.51s, 65.98 vs. 61.11)"
_VS_AFTER = re.compile(r"^\s*(?:%|\\%|[A-Za-z]{1,3}\b)?\s*(?:vs\.?|versus)\s", re.I)
_GAIN_NOUN_AFTER = re.compile(r"^\s*(?:[a-z\-]+\s+){0,2}?(?:improvements?|gains?|boosts?)\b")
_BITS_AFTER = re.compile(r"^\s*-?\s*bits?\b")
_PERCENT_AFTER = re.compile(r"^\s*(?:%|\\%)")
_ARROW_BEFORE = re.compile(r"(?:->|→|\\rightarrow)\s*$")
_TRAIN_FOR_BEFORE = re.compile(r"\b(?:train\w*|fine-?tun\w*|pre-?train\w*)\s+(?:in|for|on)\s+(?:under\s+|about\s+|only\s+|just\s+|"
                               r"less\s+than\s+)?$", re.I)
_DATA_SIZE_AFTER = re.compile(r"^\s*(?:[KMGT]i?B|bytes|kilobytes|megabytes|gigabytes|terabytes)\b")
_BETWEEN_BEFORE = re.compile(r"\bbetween\s*[~$]?\s*$|\bbetween\s+[\d.,]+\s*[A-Za-z]{0,9}\s+and\s*[~$]?\s*$", re.I)
_SPREAD_BEFORE = re.compile(r"\b(?:SD|s\.d\.|std|standard\s+deviation)\)?\s*(?:of|=|:)?\s*$", re.I)
_CI_AFTER = re.compile(r"^\s*(?:%|\\%)?\s*(?:CI\b|confidence\s+interval)")
_P_VALUE_BEFORE = re.compile(r"\b(?:CI|P|p)\s*(?:[,:=<>]|\s)\s*$")
# "estimated difference = 0.758 [0.494, 1.021]", "95% CI [89.1, 93.0]": the bounds of an interval in square brackets
_INTERVAL_LOW = (re.compile(r"\[\s*$"), re.compile(r"^\s*%?\s*[,;\u2013-]\s*[\d.]+\s*%?\s*\]"))
_INTERVAL_HIGH = (re.compile(r"\[\s*[\d.]+\s*%?\s*[,;\u2013-]\s*$"), re.compile(r"^\s*%?\s*\]"))
# ("a 36% baseline", not "10x over baselines": a comparison word says the number is the gain over them)
_BASELINE_AFTER = re.compile(r"^\s*(?:\\?%\s*)?(?:(?!(?:of|over|than|against|vs)\b)[\w\-]+\s+)?baselines?\b")
_BASELINE_BEFORE = re.compile(r"\bbaselines?\s*(?:\([^()]*\)\s*)?[~$]?$")
_OF_NAME_AFTER = re.compile(r"^\s*(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w\-.]*|baselines?)\b")
_CMP_VALUES_BEFORE = re.compile(r"\b(?:compared\s+(?:to|with)|vs\.?|versus)\s+(?:[\d.,%x\s]|and)*$", re.I)
_CV_AFTER = re.compile(r"^\s*(?:cross[- ]validation|CV)\b", re.I)
_FOLD_CV = re.compile(r"^\s*-?\s*fold\s+cross", re.I)
_TRAINED_ON_BEFORE = re.compile(r"\btrained\s+on\s+(?:only\s+|approximately\s+|about\s+|roughly\s+)?$")
_TOP_BEFORE = re.compile(r"\btop[-\s]?$", re.I)
# "outperforms models ten times its size", "twice the size of the largest dataset": a size compared, the other
# model's or the data's ("comparable to models with 10 times the parameters" stays: a parameter saving)
_TIMES_END = re.compile(r"(?:times|twice|[x\u00d7])$", re.I)
_SIZE_AFTER = re.compile(r"^\s*(?:its|their|the|our)\s+(?:own\s+)?size\b", re.I)
# "on 8x H100 GPUs", "2× A100", "4 x NVIDIA RTX 4090": a count of devices written as a product ("0.6x GPU
# requirement" stays a result: one device word alone is what is measured)
_DEVICES_AFTER = re.compile(r"^\s*(?:NVIDIA\s+|AMD\s+)?(?:[AHBVL]\d{2,3}S?\b|GH200|RTX\b|MI\d{3}|Ascend|"
                            r"(?:[GTN]PUs|nodes)\b)")
_LENGTH_UNIT = re.compile(r"\s*(?:cm|mm)$")
_FROM_TO_BEFORE = re.compile(r"\bfrom\b[^.;]{0,60}\bto\s*$")
_UP_TO_BEFORE = re.compile(r"\bup\s+to\s*$", re.I)
_BRACKET_BEFORE = re.compile(r"\(\s*$")
_SETUP_PERCENT_AFTER = re.compile(r"^\s*(?:of\s+(?:the\s+)?(?:training|pre-?training)\s+data|sparsity\s+"
                                  r"(?:level|setting)|mask\w*|dropout|noise)\b", re.I)
# "when applying 90%, 80%, and 70% thresholds", "a balanced 50/50 split": settings chosen (the rest of a list first)
_SETTING_AFTER = re.compile(r"(?:\s*,?\s*(?:and\s+|or\s+)?[\d.]+\s*\\?%)*"
                            r"\s*(?:(?!(?:in|on|of|for|at|to|with)\s)[a-z]+\s+)?(?:thresholds?|splits?)\b")
_OF_IN_AFTER = re.compile(r"^\s*(?:of|in)\b")
_COLON_AFTER = re.compile(r"^\s*[:;]")
_COPULA_BEFORE = re.compile(r"\b(?:are|is|was|were)\s*$")
_PARAMS_AFTER = re.compile(r"^[\s-]*(?:parameters?|params)\b", re.I)
_FROM_SIZE_TO_BEFORE = re.compile(r"\bfrom\s+[~$]?[\d.,]+\s*[KMBTkmbt]?\s+to\s*$")
_PLURAL_AFTER = re.compile(r"^\s*(?:[a-z\-]+\s+)?[a-z]+s\b")
_YEAR_DECIMAL = re.compile(r"^\d{4}\.\d\d$")
_OF_ACROSS_AFTER = re.compile(r"^\s*\w+\s+(?:of|across)\b")
_ERROR_WORD = re.compile(r"\b(?:error|distance|deviation|MAE|RMSE|accuracy|precision)\b", re.I)
_NAME_SPACE_BEFORE = re.compile(r"[A-Z][\w\-]*\s$")
_RANGING_FROM_BEFORE = re.compile(r"\b(?:ranging|range|varying|vary)\s+from\s*$", re.I)
_DASH_VALUE_AFTER = re.compile(r"^\s*[-–]\s*[\d.]+")
_SCALE_TO_BEFORE = re.compile(r"\bscal\w*\s+(?:up\s+)?to\s*$", re.I)
_SPEED_WORD = re.compile(r"\b(?:throughput|speed|performance|accuracy|efficiency)\b", re.I)
_AT_SETTING_BEFORE = re.compile(r"\d\s*%?\s*(?:[\w@-]+\s+){0,3}at\s+(?:approximately\s+|about\s+|around\s+|~\s*)?$")
_SHORT_TIME_AFTER = re.compile(r"^\s*(?:ms|s|sec|seconds?|milliseconds?|min|minutes?)\b")
# "nearly doubles the success rate": what is doubled is a quality (not "doubling the batch size")
_DOUBLED_QUALITY = re.compile(r"^\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:success|accuracy|win|pass|solve|"
                              r"hit|F1|scores?\b|recall|precision|reward)", re.I)


def _in_interval(before: str, after: str) -> bool:
    """Whether a number is a bound of an interval in square brackets ("0.758 [0.494, 1.021]")."""
    return any(b.search(before) and a.match(after) for b, a in (_INTERVAL_LOW, _INTERVAL_HIGH))


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
    # a value's sign is read with what precedes it: a setting is seldom negative ("k = 5" is one, "r = -0.86" a
    # finding), and the rules below were written for text that ends in it
    before = sentence[max(0, s - 40):s + 1 if n.surface.startswith(MINUS_SIGNS) else s]
    after = sentence[e:e + 40]
    # "improvements ranging from 32.2% to 10x": both results (a bare "ranging from 0.98 to 1.00" is one range)
    ranging = (n.value_min is not None or n.unit is not None) and bool(_RANGING_FROM_BEFORE.search(before))
    if _BASELINE_VALUE.search(before) and not _UP_TO_BEFORE.search(before) and not ranging:
        return False
    if _CI_AFTER.match(after) or _P_VALUE_BEFORE.search(before) or _in_interval(before, after) or (
            _BRACKET_BEFORE.search(before) and (_DASH_VALUE_AFTER.match(after) or (n.value_min is not None and n.form == "plain"))):
        return False  # confidence intervals and p-values are statistics about a result, not results
    if _BASELINE_AFTER.match(after) or _BASELINE_BEFORE.search(before):
        return False  # "over a 36% baseline", "the GPT-4o baseline 10.28 cm": the baseline's own value
    if _REFERENCE_CLAUSE.search(sentence[:s]):
        return False  # "..., whereas the reference computation would take 9.5 days": not this paper's result
    if _ARROW_AFTER.match(after) and not ranging:
        return False  # "57.5% → 71.2%" / "57.5% to 71.2%": the first is the starting value
    if _OF_NAME_AFTER.match(after) and _CMP_VALUES_BEFORE.search(before):
        return False
    if _CMP_VALUE_LIST.search(before) or _CMP_TAIL.search(sentence[max(0, s - 120):s]) and not _VS_AFTER.match(after):
        return False  # second value of a baseline list "compared to 3.64 and 0.64 of LASER"
    if n.value == 0 and n.form != "unit":
        return False
    if n.unit == "x" and _SIZE_AFTER.match(after) and _TIMES_END.search(n.surface):
        return False  # ("halves the size of the KV cache" is a reduction)
    if _CV_AFTER.match(after) or _FOLD_CV.match(sentence[e - 4:e + 12]):
        return False  # "five-fold cross-validation" is the protocol
    if _BITS_AFTER.match(after):
        return False  # "1.58-bit quantization": a bit width is a setting
    if n.unit == "%" and _TRAINED_ON_BEFORE.search(before):
        return False  # "trained on approximately 25% of its data": the setup
    if n.form == "unit":
        if n.unit == "%" and (_SETUP_PERCENT_AFTER.match(after) or _SETTING_AFTER.match(sentence, e)):
            return False
        if _TOP_BEFORE.search(before) or n.unit == "x" and _DEVICES_AFTER.match(after):
            return False
        return True
    if n.form == "word":
        if "magnitude" in n.surface.lower() and _OF_IN_AFTER.match(after):
            return False  # "across five orders of magnitude of size": a range studied, not a gain
        if _COLON_AFTER.match(after) or _COPULA_BEFORE.search(before):
            return False  # "The challenges are two-fold:"
        if n.surface.lower().startswith("doubl"):
            return (bool(_SPEED_WORD.search(sentence)) or bool(_DOUBLED_QUALITY.match(after))) and own
        return True
    if n.form in ("magnitude", "suffix", "power"):
        if _PARAMS_AFTER.match(after) and not _SCALE_BEFORE.search(before):
            return False
        if _SCALE_BEFORE.search(before) or _MORE_AFTER.match(after) or _RATE_AFTER.match(after):
            return own  # "1.5 million more tokens", "tens of millions of steps per second": a measured amount
        if _FROM_SIZE_TO_BEFORE.search(before) and _GROWTH.search(sentence[:s]):
            return own  # "scales from 110k to 6M tokens": the size reached
        if n.form == "power" and not _SETUP_BEFORE.search(before) and _PLURAL_AFTER.match(after) and _GROWTH.search(sentence[:s]):
            return own  # "runs 2^13 parallel instances"
        return False
    if n.form == "fraction":
        return own and bool(_RESULT_VERB.search(sentence[:s])) and not _SETTING_AFTER.match(sentence, e)
    # plain numerals
    text = n.surface.lstrip("~")
    if _YEAR.match(text.split(".")[0]) and (_YEAR_DECIMAL.match(text) or "." not in text):
        return False
    if _PERCENT_AFTER.match(after):
        return True
    if _ARROW_BEFORE.search(before):
        return own  # "GenEval (0.73 -> 0.90)": the value reached
    if _TRAIN_FOR_BEFORE.search(before):
        return False  # "trained in under 15 hours": the cost of the setup
    if _AT_SETTING_BEFORE.search(before) and _SHORT_TIME_AFTER.match(after):
        return False  # "3.1% mAP at 10s", "57.3% at approximately 5,000ms": where a result was read, not a result
    if _TIME_UNIT_AFTER.match(after) and (_OF_ACROSS_AFTER.match(after) or _DURATION_SETUP.search(
            sentence[max(0, s - 80):s])):
        return False  # "7,600 hours of audio", "totaling 22.7 hours", "training ... in just 8 hours": sizes and costs
    if _PERIOD_AFTER.match(after) and _PERIOD_BEFORE.search(before):
        return False
    if _SPREAD_BEFORE.search(before):
        return False  # a spread, not a result
    if _DATA_SIZE_AFTER.match(after) and _BETWEEN_BEFORE.search(before):
        return False  # "for message sizes between 128 KB and 2 MB": the sizes a result was measured at
    metric_after = _METRIC_AFTER.match(after)
    if metric_after and _LENGTH_UNIT.match(metric_after.group(0)) and not _ERROR_WORD.search(sentence[max(0, s - 60):s]):
        metric_after = None  # a length is a result only as an error or distance ("MAE of 8.17 cm")
    metric_before = _METRIC_BEFORE.search(before)
    if _SETUP_AFTER.match(after) and not metric_after:
        return bool(_SCALE_TO_BEFORE.search(before)) and own
    if _FROM_TO_BEFORE.search(before) and _RESULT_VERB.search(sentence[:s]):
        return own or index > 0
    if _SETUP_BEFORE.search(before) and not metric_before and not metric_after:
        return False
    if _GAIN_NOUN_AFTER.match(after) and not _SETUP_BEFORE.search(before):
        return own  # "an absolute +7.89 average improvement", "a 12 point gain"
    if "." not in text and not (metric_after or metric_before):
        return False
    if "." in text:
        # "Llama 3.1", "AlpacaEval 2.0": a version after a capitalised name
        if _NAME_SPACE_BEFORE.search(before) and not metric_before and not _METRIC_WORD.search(before):
            return False
        return bool(metric_after or metric_before or _RESULT_VERB.search(sentence[:s])) and own
    return bool(metric_after or metric_before) and own
