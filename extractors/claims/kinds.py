"""Classify a result number: its kind (speedup, reduction, ...) and what it measures.

The guide's table decides: time, latency, throughput or "faster" is a speedup
(also when written as a reduction: "cuts latency by 40%"); memory, cost,
tokens, energy, parameters going down is a reduction; a quality gain is an
improvement; an absolute result is a score; an achieved size is scale; anything
getting worse is overhead. Cues are read nearest-first: the words right after
the number ("5x speedup"), then the words since the previous number, then the
rest of the sentence ("speedups of up to 3.88x on A, 2.43x on B").

>>> classify("x", "plain", "LLEP achieves up to 5x speedup", 22, 24)[0]
'speedup'
>>> classify("%", "unit", "it cuts memory by 40% on average", 17, 20)
('reduction', 'memory')
"""
from __future__ import annotations

import re

from extractors.claims.fastre import one_of
from extractors.claims.numbers import MINUS_SIGNS

# measures, longest first so "inference latency" wins over "latency"
_MEASURES = [
    "end-to-end inference latency", "end-to-end latency", "time-to-first-token", "inference latency",
    "decoding latency", "prefill latency", "training throughput", "inference throughput", "generation throughput",
    "decoding throughput", "training time", "inference time", "training speed", "inference speed",
    "decoding speed", "generation speed", "convergence speed", "wall-clock time", "end-to-end speedup",
    "compression ratio", "compression rate",
    "peak memory usage", "peak memory footprint", "peak memory", "memory footprint", "memory usage",
    "memory consumption", "memory", "kv cache size", "kv cache", "communication volume", "communication",
    "energy consumption", "energy", "power consumption", "power", "inference cost", "training cost", "cost",
    "training compute", "compute", "flops", "parameters", "model size", "storage", "bandwidth",
    "decoding steps", "steps", "token usage", "token consumption", "tokens", "data", "execution time", "model calls",
    "calls", "mean error", "median error", "error", "llm calls", "search calls", "api calls", "training data",
    "throughput", "latency", "runtime", "speed", "ttft", "tpot", "model flops utilization", "mfu",
    # rates of what should not happen: lower is better ("reduces attack success rates by 30-60%")
    "attack success rate", "jailbreak success rate", "collision rate", "flip rate", "failure rate",
    "hallucination rate", "bias",
    "exact match", "success rate", "win rate", "pass rate", "resolve rate", "solve rate", "error rate", "accuracy",
    "f1 score", "f1", "bleu", "spbleu", "chrf++", "chrf", "comet", "bertscore", "rouge", "perplexity", "auroc", "auc", "fid", "psnr", "ssim", "recall",
    "precision", "correlation", "performance", "score", "loss", "response time", "running time", "run time",
    "processing time", "generation time", "decoding time", "response latency", "mse", "mae", "rmse", "wer", "cer", "bitrate", "bit rate",
    # times of a task's other stages: "reduces annotation time by 40%" is a speedup (the guide)
    "computation time", "compute time", "annotation time", "labeling time", "encoding time", "convergence time",
    "completion time", "waiting time", "search time", "rendering time", "optimization time", "evaluation time",
    "construction time", "design time", "wall time", "solve time", "solving time", "simulation time",
    "sampling time", "retrieval time", "reconstruction time", "prefilling time", "compilation time",
    "planning time", "query time", "development time",
    # detection, segmentation, retrieval and captioning metrics, and a test's sensitivity and specificity
    "top-1 accuracy", "top-5 accuracy", "f1-score", "mean iou", "miou", "iou", "dice", "dsc", "ndcg", "mrr", "cider",
    "meteor", "sensitivity", "specificity", "lpips", "fvd", "eer", "ade", "fde",
    # speculative decoding's draft quality: how many drafted tokens the target model accepts per step
    "mean acceptance length", "average acceptance length", "acceptance length", "mean accepted length",
    "average accepted length", "accepted length", "acceptance rate",
]
# (average precision in capitals only: "attention maps" measure nothing)
_MEASURE_RE = re.compile(r"(?<![\w-])(" + one_of([re.escape(m) for m in _MEASURES] + [r"pass@\d+"])
                         + r"|(?-i:m?AP|MAP)(?:@[\d.:]*\d)?)s?(?![\w-])", re.I)
_TIME_MEASURE = re.compile(r"latenc|time|speed|throughput|runtime|ttft|tpot|tokens/s|mfu|utilization|wall-clock", re.I)
_RESOURCE_MEASURE = re.compile(
    r"memory|kv cache|cost|communication|token|energy|power|param|flops|compute|storage|bandwidth|step|calls"
    r"|size|data|footprint|carbon|hours|budget|iteration|bit\s?rate|compression", re.I)
_QUALITY_MEASURE = re.compile(r"accura|score|f1|bleu|chrf|comet|rouge|auroc|auc|fid|psnr|ssim|recall|precision|correlation"
                              r"|\b(?:m?ap|m?iou|dice|dsc|ndcg|mrr|cider|meteor)\b|sensitivity|specificity"
                              r"|success|win rate|pass|resolve|solve rate|exact match|perplexity"
                              r"|accept(?:ance|ed)\s", re.I)

_SPEED = re.compile(r"\b" + one_of([r"faster", r"speed-?ups?", r"speeds?\s+up", r"accelerat\w*", r"quicker"]) + r"\b", re.I)
_REDUCE = re.compile(r"\b" + one_of([
    r"requir\w*\s+only", r"us(?:es|ing)\s+only", r"reduc\w*", r"less", r"fewer", r"lower", r"smaller", r"shorter",
    r"sav(?:e|es|ing|ings)",
    r"cut(?!ting-edge)\w*", r"decreas\w*", r"compress\w*", r"shrink\w*", r"cheaper", r"halv\w*", r"drops?"]) + r"\b", re.I)
_WORSE = re.compile(r"\b" + one_of([
    r"more\s+expensive", r"costlier", r"slower", r"slow-?down", r"overhead", r"degrad\w*", r"loss", r"worse", r"declin\w*",
    r"longer", r"additional", r"extra", r"penalty", r"adding", r"adds?", r"costlier", r"hurts?", r"hurting",
    r"harms?", r"harming", r"worsen\w*", r"underperform\w*",
    # "82 points below the human baseline", "7.1 pp behind Sonnet 4.5" (not "below 0.2%", a bound)
    r"below(?!\s*[~$<]?\s*(?:\d|$))", r"behind(?!\s*[~$<]?\s*(?:\d|$))", r"trails?", r"trailing"]) + r"\b", re.I)
_BETTER = re.compile(r"(?:\b" + one_of([
    r"improv\w*", r"gains?", r"boost\w*", r"increas\w*", r"ris(?:e|es|ing)", r"rose", r"higher", r"greater", r"better",
    r"outperform\w*", r"surpass\w*", r"exceed\w*", r"rais\w*", r"enhanc\w*", r"lifts?", r"advantage", r"beats?", r"ahead"])
    + r"\b|(?<![A-Za-z+])\+\s*$)", re.I)  # (a plus glued to a name is the name's: "chrF++ 49.71", "C++ 3.2")
_SCORE = re.compile(r"\b" + one_of([
    r"retain\w*", r"preserv\w*", r"maintain\w*", r"achiev\w*", r"reach\w*", r"attain\w*", r"obtain\w*", r"scor(?:ed|ing)",
    r"records?", r"solv\w*(?!\s+rates?\b)", r"accept\w*(?!\s+(?:[\w-]+\s+)?(?:lengths?|rates?)\b)", r"resolv\w*(?!\s+rates?\b)",
    r"gave", r"gives?"])
    + r"\b", re.I)
_LARGER = re.compile(r"^\W{0,3}(?:larger|bigger|more\s+(?:compute|data|parameters|training|tokens))\b", re.I)
# ("the training accuracy increased to 84.87% later it slightly decreased": "later" starts a clause of its own)
_CUT = re.compile(r"[,;(]|\b" + one_of([r"while", r"whereas", r"but", r"and", r"with", r"without", r"later",
                                         r"then"]) + r"\b", re.I)
_THAN = r"\s+than(?:\s+or\s+equal\s+to)?"
_QUAL_TAIL = re.compile(r"\b" + one_of([
    r"less" + _THAN, r"more" + _THAN, r"fewer" + _THAN, r"greater" + _THAN, r"higher" + _THAN, r"lower" + _THAN, r"up\s+to",
    r"at\s+(?:least|most)", r"over", r"nearly", r"almost", r"about", r"around", r"approximately",
    r"exceed(?:s|ing|ed)?", r"surpass(?:es|ing|ed)?"])  # "acceptability exceeding 94%": a bound, not a gain
    + r"\s*[+~]?\s*(?:\\?\$)?\s*$", re.I)
_CHANGE_TO = re.compile(r"(?:(?:->|→|\\rightarrow)\s*$|\bfrom\b(?:[^.;]|\.\d){0,80}\bto|\b" + one_of([
    r"improv", r"increas", r"ris", r"rose", r"rais", r"grow", r"climb", r"jump", r"drop", r"decreas", r"fall", r"fell", r"reduc",
    r"lift", r"boost"]) + r"\w*(?:\s+(?:this|it|them|that))?\s+to)\s*[~$]?\s*$", re.I)
_FRACTION_OF = re.compile(r"\b" + one_of([r"only", r"less\s+than", r"fewer\s+than", r"under", r"just", r"merely",
                                             r"only\s+(?:us|requir|need|consum|utiliz)\w*"]) + r"\s*$", re.I)
_CUES = [(_WORSE, "overhead"), (_SPEED, "speedup"), (_REDUCE, "reduction"), (_BETTER, "improvement"),
         (_SCORE, "score")]


def find_measure(*contexts: str) -> str | None:
    """First measure phrase found in the contexts, tried in order; lower case.

    >>> find_measure("speedup in token latency", "on AIME24")
    'latency'
    """
    for ctx in contexts:
        m = _MEASURE_RE.search(ctx)
        if m:
            return m.group(1).lower()
    return None


def is_quality_measure(measure: str) -> bool:
    """Whether ``measure`` is a quality a result is good by, not a time ("acceptance length", "BLEU").

    >>> is_quality_measure("mean acceptance length"), is_quality_measure("decoding latency")
    (True, False)
    """
    return bool(_QUALITY_MEASURE.search(measure)) and not _TIME_MEASURE.search(measure)


def find_last_measure(ctx: str) -> str | None:
    """The known measure nearest the end of ``ctx`` (the words before a number), lower case; a generic
    head right after a named one gives the name ("a BLEU score of" is BLEU, "Pass@1 score" pass@1).

    >>> find_last_measure("accuracy improvements, and a BLEU score of")
    'bleu'
    """
    found = list(_MEASURE_RE.finditer(ctx))
    if not found:
        return None
    last = found[-1]
    if len(found) > 1 and last.group(1).lower() in _GENERIC and not ctx[found[-2].end():last.start()].strip():
        last = found[-2]
    return last.group(1).lower()


def measure_ending(ctx: str) -> str | None:
    """The known measure ``ctx`` ends with, lower case, if it names one ("an average Dice score" is dice; "the best
    performance" names none).

    >>> measure_ending("achieves an average acceptance length"), measure_ending("achieves the best performance")
    ('average acceptance length', None)
    """
    found = list(_MEASURE_RE.finditer(ctx))
    if not found or ctx[found[-1].end():].strip():
        return None
    name = find_last_measure(ctx)
    return None if name in _GENERIC else name


_GENERIC = {"score", "performance", "rate"}

# "cutting error-induced overhead by 30%": an overhead going down is a gain, so the verb is the cue
_REDUCED_BAD = re.compile(r"\b(" + one_of([r"reduc", r"cut", r"lower", r"decreas", r"minimi[sz]", r"eliminat", r"mitigat",
                                              r"alleviat", r"shrink", r"trim"]) + r"\w*)"
                          r"((?:\s+(?:the|its|their|this))?(?:\s+[\w\-]+){0,4}?\s+"
                          r"(?:overheads?|penalty|penalties|degradations?))\b", re.I)
# "consuming 1000x more tokens": a resource the subject itself spends grows
_SPENDS_MORE = re.compile(r"\b(?:consum|requir|us(?:e|es|ed|ing)\b|need|generat|produc|spend|incur|tak(?:e|es|ing)\b|"
                          r"emit)\w*\s*(?:\w+\s+){0,2}$", re.I)
_OTHER_SPENDS = re.compile(r"\b(?:despite|whereas|while|unlike|compared\s+(?:to|with)|than|vs\.?|versus)\s+(?:the\s+)?"
                           r"(?!(?:us|consum|requir|need|generat|spend|tak|produc|incur|emit)\w*\b)"
                           r"(?:[\w\-.]+\s+){1,3}(?:\w+\s+){0,2}$", re.I)
_SAME_TARGET = re.compile(r"\bto\s+(?:reach|match|achieve|attain)\s+(?:the\s+)?(?:same|similar|comparable)\b", re.I)
# "1234x more cost-effective", "3x more memory-efficient": the resource named goes down
_MORE_EFFICIENT = re.compile(r"^\W{0,3}(?:more\s+|higher\s+)?(?P<r>cost|memory|energy|power|parameter|data|sample|token|"
                             r"compute|storage|communication)[- ]?(?:effective|efficient|efficiency)\b", re.I)
_MORE_NOUN = re.compile(r"^\W{0,3}(?:more|additional|extra)\s+(?:[\w\-]+\s+)?(?P<r>tokens|memory|compute|flops|energy|"
                        r"cost|time|calls|parameters|steps|gpu\s+hours|data)\b", re.I)
_LOWER_BETTER = re.compile(r"perplexity|error|\bfid\b|loss|\bppl\b|\b(?:wer|cer|mae|mse|rmse)\b|deviation|distortion|"
                           r"hallucinat|violation|collision|failure|drift|artifact|mistake|misclassif|"
                           r"degradation|attack\s+success|jailbreak|flip\s+rate|\bbias\b|hausdorff|chamfer|\bfpr|"
                           r"false\s+(?:positive|negative|alarm)|miss\s+rate|"
                           r"\b(?:nll|mape|ece|lpips|eer|fvd|ade|fde)\b", re.I)
NEGATED = re.compile(r"\b" + one_of([r"without", r"no", r"minimal", r"negligible", r"little", r"marginal"])
                     + r"\s+(?:\w+\s+)?(?:loss|degradation|drops?|"
                     r"overhead|slowdown|penalty)\w*", re.I)
_INCREASE_WORD = re.compile(r"^(?:increas|rais|higher|more)", re.I)
_INCREASE_VERB = re.compile(r"^(?:increas|rais)", re.I)


def _cue(ctx: str, last: bool) -> str | None:
    """The direction word in ``ctx`` nearest the number (first one when ``ctx`` follows it, last when it precedes).

    "improvement" is returned as "increase" when the word only says "more" ("increases tokens by 30x"), as
    "increase-verb" when that word is the verb ("increases completion time by 19%").
    """
    ctx = NEGATED.sub(" ", ctx)  # "without loss in performance" is not a loss
    ctx = _REDUCED_BAD.sub(lambda m: m.group(1) + " " * len(m.group(2)), ctx)
    best: tuple[int, str, str] | None = None
    for rx, kind in _CUES:
        for m in rx.finditer(ctx):
            pos = m.start()
            if best is None or (pos > best[0] if last else pos < best[0]):
                best = (pos, kind, m.group(0))
            if not last:
                break
    if best is None:
        return None
    if best[1] == "improvement" and _INCREASE_WORD.match(best[2]):
        return "increase-verb" if _INCREASE_VERB.match(best[2]) else "increase"
    return best[1]


# more of these is better ("2x higher compression ratio" is a reduction of what is stored)
_SPEEDISH = re.compile(r"throughput|speed|efficien|compression", re.I)


def _resolve(cue: str | None, unit: str | None, measure: str | None, change_to: bool) -> str | None:
    """Turn a direction cue into a kind, given what is measured."""
    timeish = bool(measure and _TIME_MEASURE.search(measure))
    quality = bool(measure and _QUALITY_MEASURE.search(measure)) and not timeish
    resource = bool(measure and _RESOURCE_MEASURE.search(measure)) and not timeish and not quality
    if cue == "speedup":
        return "speedup"
    if cue == "reduction":
        if timeish:
            return "speedup"
        if measure and _LOWER_BETTER.search(measure):
            return "improvement"  # lower is better
        if quality or (change_to and unit == "%" and not resource):
            return "overhead"
        return "reduction"
    if cue == "overhead":
        return "overhead"
    if cue in ("increase", "increase-verb"):
        # more memory is worse, and more time when the verb says so ("increases completion time by 19%"; a "higher"
        # may be another number's: "3.3x higher query rates or 4.7x tighter latency SLOs")
        if (resource or timeish and cue == "increase-verb") and not (measure and _SPEEDISH.search(measure)):
            return "overhead"
        cue = "improvement"
    if cue == "improvement":
        if change_to and unit in ("%", None):
            return "score"
        if timeish and unit != "pp":
            return "speedup"  # "enhancing runtime performance by 15%": a time measure makes it a speedup
        if unit == "x" and not quality:
            return "reduction" if resource else "speedup"
        return "improvement"
    if cue == "score":
        return "score" if unit != "x" else None
    return None


_INSTEAD_AFTER = re.compile(r"^\s*\w{0,6}\s*(?:instead\s+of|rather\s+than)\b")
_FEWER_AFTER = re.compile(r"^\W{0,3}(?:fewer|less)\b", re.I)
_LONGER_CONTEXT_AFTER = re.compile(r"^\W{0,3}(?:longer|larger|bigger)\s+(?:input\s+)?(?:sequences?|context)", re.I)
# what follows a number that the method adds or costs: "30 ms of added latency", "a 1.3 pp accuracy cost"
_ADDED_AFTER = re.compile(r"^[\s-]*(?:[A-Za-z]{1,8}\s+)?(?:of\s+)?(?:(?:added|additional|extra)\s+"
                          r"(?:latency|overhead|time|delay|memory|cost|compute)"
                          r"|(?:accuracy|performance|quality)\s+(?:cost|penalty|loss)\b)", re.I)
_WITHIN_BEFORE = re.compile(r"\bwithin\s+(?:only\s+|just\s+|about\s+|roughly\s+)?[~$]?\s*$", re.I)
_RATE_UNIT = re.compile(r"(?:/s|^FPS|^fps|^(?:peta|tera|exa)flops)$")  # ("1.033 TFLOPS" in all: a count)
# (verbs in lower case: "competitive with Support Vector Machines (F1: 0.731 ...)" names no scale)
_SCALE_WORD = re.compile(r"\b(?:[Ss]cal\w*\s+(?:up\s+)?to|sustain\w*|fit\w*|handl\w*|support\w*)\b")
_LOSS_OF_BEFORE = re.compile(r"\b(?:loss|error|perplexity)\s+(?:of|=|:)\s*$", re.I)
_OF_AFTER = re.compile(r"^\s*of\b")
_VS_AFTER = re.compile(r"^\s*(?:vs\.?|versus)\s")
_OUT_OF_AFTER = re.compile(r"^\s*out\s+of\b")
_METRIC_OF_BEFORE = re.compile(r"\b(?:accuracy|score|rate|precision|recall|f1(?:-score)?|auc|auroc|map|dice|iou|bleu)\s+(?:of|=|:)\s*$", re.I)
_BY_END = re.compile(r"\bby\s*$")
# a list's next item and its "by", with no verb of its own ("and closing the BLEU score gap by")
_AND_BY = re.compile(r"^(?!\W*(?:and\s+)?\w+(?:ing|ed)\b)\W*(?:and\s+)?(?:the\s+)?[^,;.]{0,80}\bby\b", re.I)
_OBJECT_BY = re.compile(r"\b(?:reduc|cut|lower|decreas|shrink|shrank|trim|slash|halv)\w*\s+(?:the\s+|its\s+|their\s+)?"
                        r"[\w-]+(?:\s+[\w-]+)?\s+by\s*[~$]?\s*$", re.I)
_PLUS_END = re.compile(r"(?<![A-Za-z+])\+\s*$")


def stretch(sentence: str, start: int, end: int, prev_end: int = 0, next_start: int | None = None,
             tail: tuple[int, int] | None = None) -> tuple[str, re.Match | None, str, str]:
    """The number's stretch of the sentence: the text after it (after its list, with ``tail``), where that
    text's clause is cut, the first words of it before the cut, and the text since the previous number."""
    if next_start is None:
        next_start = len(sentence)
    a, b = tail if tail else (end, next_start)
    after = sentence[a:b]
    cut = _CUT.search(after)
    near_after = " ".join(after[: cut.start() if cut else len(after)].split()[:6])
    before = sentence[prev_end:start]
    if prev_end:
        # words right after the previous number are that number's ("5x speedup and 4x reduction")
        first = _CUT.search(before)
        if first:
            before = before[first.end():]
    return after, cut, near_after, before


def generic_measure(after: str, cut: re.Match | None, near_after: str, before: str) -> str | None:
    """The measure ``classify`` reads in a number's ``stretch`` before any phrase of its own decides one
    (``claims.measures`` tells the two apart)."""
    return find_measure(near_after, before[-60:], after[: cut.start() if cut else 80][:80])


def classify(unit: str | None, form: str, sentence: str, start: int, end: int,
             prev_end: int = 0, next_start: int | None = None, reduction_word: bool = False,
             prev_kind: str | None = None, tail: tuple[int, int] | None = None) -> tuple[str, str | None]:
    """Kind and measure of the number at ``sentence[start:end]``.

    ``prev_end``/``next_start`` bound the stretch that belongs to this number
    (the previous and next result numbers of the sentence); ``tail`` is the
    text after a list of numbers this one belongs to ("4.5x/2.7x higher
    throughput"); ``prev_kind`` the kind of the previous number, inherited
    when this one has no cue of its own ("by 68%, 16% and 7%").
    """
    after, cut, near_after, before = stretch(sentence, start, end, prev_end, next_start, tail)
    head = sentence[:start]
    # "improves from 69% to 96%": the number is the value reached
    change_to = bool(_CHANGE_TO.search(sentence[max(prev_end, start - 100):start]))
    measure = generic_measure(after, cut, near_after, before)

    m_eff = _MORE_EFFICIENT.match(after)
    if m_eff and unit in ("x", "%"):
        return "reduction", m_eff["r"].lower()
    if _ADDED_AFTER.match(after):
        return "overhead", measure  # "with less than 30 ms of added latency", "a 1.3 pp accuracy cost"
    if unit in ("pp", "%", "dB") and _WITHIN_BEFORE.search(before) and not (measure and (
            _TIME_MEASURE.search(measure) or _RESOURCE_MEASURE.search(measure))):
        return "overhead", measure  # "accuracy within 3 points" of the reference: a bounded loss (the guide)
    m_more = _MORE_NOUN.match(after)
    if m_more and _SPENDS_MORE.search(sentence[max(prev_end, start - 40):start]) and not _SAME_TARGET.search(sentence):
        r = m_more["r"].lower()
        if _OTHER_SPENDS.search(sentence[max(0, start - 60):start]):
            return "reduction", measure or r  # "despite Qwen using 44 times more tokens": the other one spends more
        return "overhead", measure or r
    if form in ("magnitude", "suffix", "power"):
        if _FEWER_AFTER.match(after):
            return "reduction", measure
        return "scale", measure
    if reduction_word:
        return ("speedup" if measure and _TIME_MEASURE.search(measure) else "reduction"), measure
    if unit == "x" and _LONGER_CONTEXT_AFTER.match(after):
        return "scale", measure or "sequence length"
    if unit == "x" and _LARGER.search(after):
        return "reduction", measure or "model size"
    if form in ("plain", "metric") and _SCALE_WORD.search(before):
        return "scale", measure

    def judge() -> str | None:
        """The sentence's measure decides a bare direction word ("suffers a drop of 20%" in execution accuracy).

        Only asked for when there is no nearer measure and the cue is a reduction (it reads 150 characters).
        """
        if _OBJECT_BY.search(_QUAL_TAIL.sub("", sentence[max(prev_end, start - 60):start])):
            return None  # "reduces MACs by 43.87%": the verb names what went down, a quality named before is not it
        j = find_measure(sentence[max(0, start - 150):start])
        if j and (not (_QUALITY_MEASURE.search(j) or _LOWER_BETTER.search(j)) or _TIME_MEASURE.search(j)):
            return None  # only a quality measure is read from afar: "drop" then means worse
        return j

    kind = None
    if _LOSS_OF_BEFORE.search(before) and unit != "x":
        return "score", measure
    if _FRACTION_OF.search(sentence[:start]) and _OF_AFTER.match(after) and measure and (
            _RESOURCE_MEASURE.search(measure) or _TIME_MEASURE.search(measure)):
        return ("speedup" if _TIME_MEASURE.search(measure) else "reduction"), measure  # "only 69.6% of the LLM calls"
    if _INSTEAD_AFTER.match(after):
        return "reduction", measure
    if _VS_AFTER.match(after) and unit != "x":
        return "score", measure
    if _OUT_OF_AFTER.match(after) or _METRIC_OF_BEFORE.search(before) and unit != "x":
        return "score", measure
    words = near_after.split()
    head4 = " ".join(words[:4])
    cue = _cue(head4, last=False)
    # "a 1.72x reduction in end-to-end batch latency": the noun after "in" may come later than four words
    reduced = " ".join(words[:7]) if words[1:2] in (["in"], ["of"]) else head4
    if cue == "reduction" and not _QUALITY_MEASURE.search(head4) and not _TIME_MEASURE.search(reduced) and not (
            measure and _LOWER_BETTER.search(measure)) and not _LOWER_BETTER.search(head4):
        # "70% fewer labeled examples": what follows the number is what went down
        return "reduction", find_measure(head4) or measure
    if cue == "reduction" and _LOWER_BETTER.search(head4) and not _TIME_MEASURE.search(head4):
        return "improvement", find_measure(head4) or measure  # "a 6-7% reduction in miss rate": less of a bad thing
    if cue and cue != "score":
        kind = _resolve(cue, unit, measure or (judge() if cue == "reduction" else None), change_to)
    if kind is None:
        words_before = _QUAL_TAIL.sub("", before if prev_end else head)
        if _PLUS_END.search(head) and not _PLUS_END.search(words_before):
            words_before += " +"  # "up to +5.4%": the qualifier goes, the sign of a gain stays
        cue = _cue(words_before, last=True)
        if cue is None and unit in ("%", "pp") and measure and sentence.startswith(MINUS_SIGNS, start):
            # "+1.3% accuracy with -8.6% token usage": with no word to say so, the sign of a change does (not of
            # a value: "rho = -0.61", "a Delta COMET score of -0.0108")
            cue = "reduction"
        near = words_before[-40:]
        if cue == "reduction" and not measure and _LOWER_BETTER.search(near) and not (
                _RESOURCE_MEASURE.search(near) or _TIME_MEASURE.search(near) or "overhead" in near):
            kind = "improvement"  # "while reducing contact deviation by 75%": less of a bad thing is a gain
        else:
            kind = _resolve(cue, unit, measure or (judge() if cue == "reduction" else None), change_to)
    if kind is None and prev_kind:
        kind = prev_kind
        if prev_kind in ("speedup", "reduction") and measure and (
                _RESOURCE_MEASURE.search(measure) or _TIME_MEASURE.search(measure)):
            kind = _resolve("reduction", unit, measure, change_to) or prev_kind  # "latency by 30%, and memory by 20%"
    if kind is None:
        timeish = bool(measure and _TIME_MEASURE.search(measure))
        if unit == "x":
            if measure and _QUALITY_MEASURE.search(measure) and not timeish:
                kind = "improvement"
            elif measure and _RESOURCE_MEASURE.search(measure) and not timeish:
                kind = "reduction"
            else:
                kind = "speedup"
        elif unit == "pp":
            kind = "improvement"
        elif _BY_END.search(_QUAL_TAIL.sub("", before)):
            # "reduces A by up to 8x, and B by up to 36%": the verb of the previous number's clause goes on
            carried = _cue(_QUAL_TAIL.sub("", sentence[max(0, prev_end - 120):prev_end]), last=True) \
                if prev_end and _AND_BY.match(before) else None
            kind = _resolve(carried, unit, measure, change_to) if carried in ("reduction", "speedup") else None
            kind = kind or "improvement"
        else:
            kind = "score"
    if unit == "pp" and kind not in ("improvement", "overhead"):
        kind = "improvement"
    if kind == "speedup" and unit == "%" and measure and _QUALITY_MEASURE.search(measure) and not _SPEED.search(
            near_after + before):
        kind = "score"
    if kind == "score" and unit and _RATE_UNIT.search(unit):
        # an achieved rate is a scale ("502 petaFLOP/s", "166 FPS", "6 tokens/s"), its measure the throughput
        # unless the sentence names another ("a decoding speed of 25 tokens/s")
        return "scale", measure if measure and measure.lower() not in unit.lower() else "throughput"
    return kind, measure or ("speed" if kind == "speedup" else None)
