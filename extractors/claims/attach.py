"""Attach a claim to what it is about: subject, baselines, datasets and hardware of its sentence.

Everything here works on one sentence and the paper's entity mentions that
fall inside it. Baselines are read as written after comparison cues ("over
VAR", "compared to Accelerate", "than FlashAttention-2", "outperforms
state-of-the-art baselines by").

>>> [b.names for b in find_baselines("TFLA is 2x faster than FlashAttention-2 on H100 GPUs.")]
[['FlashAttention-2']]
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.claims.fastre import one_of
from extractors.claims.numbers import WORD_DURATION

_CUE = re.compile(r"\b(?:(?<!the\s)(?<!as\s)above|" + one_of([
    r"over", r"compared\s+(?:to|with|against)", r"in\s+comparison\s+(?:to|with)", r"relative\s+to", r"than", r"versus",
    r"vs\.?", r"against", r"w\.r\.t\.?", r"outperform(?:s|ing|ed)?", r"surpass(?:es|ing|ed)?", r"beat(?:s|ing)?",
    r"exceed(?:s|ing|ed)?", r"instead\s+of", r"rivals?", r"rivaling", r"matching", r"matches", r"competitive\s+with",
    r"comparable\s+(?:to|with)", r"on\s+par\s+with", r"that\s+of", r"those\s+of",
    r"improv(?:es|ed|ing)"]) + r")\s+", re.I)  # "10.0 points above the CoT baseline", not "the above problems"
# where a baseline phrase stops
_STOP = re.compile(
    r"\s+such\s+as\b|\s+(?:up\s+to|by|on|in|across|with|while|at|for|when|under|using|respectively|through|"
    r"whereas|which|that|to|as|"
    r"and\s+(?:achiev|reduc|improv|requir|match|maintain|even|also|deliver|offer|yield|provid|further|then|outperform|"
    r"surpass|beat|exceed|rival)\w*|"
    r"(?:achiev|reduc|improv|requir|maintain|deliver|offer|yield|provid|demonstrat|show|reach|setting)\w*|"
    r"even|alone|especially|particularly|notably|significantly|substantially|consistently)\b"
    r"|\s+trained\s+(?:on|with)\b|[,;:()\[\]]|\s+-\s+|['’]s\b(?!\s+(?-i:[A-Z]))|\.(?:\s|$)|$", re.I)
# (a digit that starts a name is no number: "the 1F1B schedule", "3DGS")
_NUMBER_START = re.compile(r"^(?:the\s+)?[~+\-]?\$?\d(?!(?-i:\d*(?![KMGTP]B\b|[KMGT]Hz\b)[A-Z]\w*[A-Za-z0-9]))|"
                           r"^(?:an?\s+(?:average|factor|order)|half|halv|doubl|twice|"
                           r"(?:five|ten|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\s+(?:percent|"
                           r"per\s+cent|percentage|points?)\b|"
                           + WORD_DURATION + r"|"
                           r"\w+\s+times|\w+-?fold\b|or\s+equal|time\b|the\s+(?:past|last|course|years?)\b)", re.I)
# "compared to 3.64 and 0.64 of LASER", "compared to 31.9% with the best-performing baseline": its values, then it
_VALUES_OF = re.compile(r"^(?:[\d.,%x×\s]|and\b)+\s*(?:of|for|by|from|with)\s+")
# "outperforms the 10times larger Qwen2.5-VL-72B"
_SIZED = re.compile(r"^(?:the\s+|a\s+)?\S*\d\S*\s*(?:times|x|×)?\s*(?:larger|bigger|smaller)\s+", re.I)
_PERF_OF = re.compile(r"^(?:the\s+)?(?:performance|accuracy|quality|results?)\s+of\s+", re.I)
_DET = re.compile(r"^(?:the(?!\s+(?:most|best|strongest|same)\b(?!-))|a|an|those\s+of|that\s+of|all|both|its|their)\s+",
                  re.I)
_BAD = re.compile(r"^(?:it|them|this|that|these|those|one|time|the\s+past|years?|existing|prior|previous|or|and)$",
                  re.I)


@dataclass(frozen=True)
class Baseline:
    """A comparison target phrase: ``start`` is the cue position within the sentence."""

    start: int
    end: int
    names: list[str]
    by_value: bool = False  # "... and PoT by +8.42%": it belongs to the value after it, never to one before


_BRACKET_VALUE = re.compile(r"\(\s*[~$]?[\d.,]+\s*\\?%?\s*\)")
_AND_END = re.compile(r"\s+(?:and|or)$")  # "than voxel-based tokens and up to 10.4x faster than frames"
_OF_VALUE_END = re.compile(r"\s+of\s*[\d.]+\s*%?$")
_LIKE_HEAD = re.compile(r"^.*?\s(?:like|including)\s+")
_PARTICIPLE_END = re.compile(r"\s+(?:based|trained|built|used|tuned)$")
_WITHOUT = re.compile(r"(\S+)\s+without\b")
_ITEM_SPLIT = re.compile(r",\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*/\s*(?=[A-Z])")
_OVER = re.compile(r"over", re.I)
_INTERSECTION_BEFORE = re.compile(r"\bIntersection\s+$")
_COMPARATIVE_BEFORE = re.compile(r"\b(?:more|less|fewer|greater|higher|lower|larger|smaller)\s+$", re.I)
_SUCH_AS = re.compile(r"\s+such\s+as")
# a list item starts with a capital, or with lower-case letters before one ("sentBERT"); the list may end in its
# class ("LASER, or sentBERT methods")
_ITEM = r"(?:[A-Z]|[a-z]+[A-Z])[\w.\-]*(?:\s+[A-Z0-9][\w.\-]*){0,3}"
_MORE_ITEMS = re.compile(r"\s*(?:and\s+|or\s+)?(" + _ITEM + r"(?:\s*(?:,\s*|\s+)(?:and\s+|or\s+)?" + _ITEM + r")*)"
                         r"(?:\s+(?:methods|models|baselines|systems))?(?=\s*(?:,|\s+by\b|\s+on\b|\s+in\b|\s*$|\.))")
# a number, not a name that starts with a digit ("1F1B schedule", "3DGS"); "and nearly 2x when scaling": a value
_NOT_NAME_START = re.compile(r"^(?:(?:nearly|almost|about|around|approximately|roughly|over|~)\s*\d|"
                             r"\d[\d.,\-–]*(?:[\s%×]|x\b|$)|by\b|up\b|only\b|just\b)")
_COMPARE_CUE = re.compile(r"compar|vs|versus", re.I)
_GENERIC_TAIL = re.compile(r"\s(?:baselines?|models?)$")
_CAP_THEN_SPACE = re.compile(r"[A-Z0-9].*\s")
_BASELINE_TAIL = re.compile(r"\s+baselines?$")
_LOWER_START = re.compile(r"^[a-z]")
_LETTER = re.compile(r"[A-Za-z]")
# "surpassing in some cases": a cue with no object
_PREPOSITION_START = re.compile(r"^(?:in|on|at|by|for|with|across|under|during|from|to|upon)\b", re.I)
# "2.8x that of the Python subprocess": "that of" compares only right after a ratio or a share
_RATIO_BEFORE = re.compile(r"\d\s*(?:x|×|times|%)\s*$", re.I)
_THAT_OF = re.compile(r"th(?:at|ose)\s+of\s")
_IMPROVE = re.compile(r"improv", re.I)
_USING_START = re.compile(r"^(?:using|employing|applying)\s+(?=\S)", re.I)
# "ARGENT improves the SOTA hyperbolic VLM by 0.7": what "improves" takes as its object is a baseline only when
# it is a system ("improves accuracy by 5%" names the measure)
_SYSTEM_END = re.compile(r"(?:\b(?:models?|baselines?|methods?|approach(?:es)?|systems?|counterparts?|predecessors?|"
                         r"variants?|versions?)|\b(?:M?LLM|VLM|LVLM|MLLM)s?)$")
# "the solutions provided by NVIDIA FasterTransformer": the provider is the baseline
_PROVIDED_BY = re.compile(r"^\s+(?:provided|offered|implemented|released|developed)\s+by\s+", re.I)


def find_baselines(sentence: str) -> list[Baseline]:
    """Baseline phrases of a sentence, in order, each split into its items ("Transformers and Galaxy").

    >>> [b.names for b in find_baselines("it beats A, B and C by 3%, and is 2x faster compared with the D baseline.")]
    [['A', 'B', 'C'], ['D']]
    >>> [b.names for b in find_baselines("ARGENT improves the SOTA hyperbolic VLM by 0.7 points, the speed is 2.8x "
    ...                                  "that of the Python subprocess and it improves accuracy by 3%.")]
    [['SOTA hyperbolic VLM'], ['Python subprocess']]
    >>> [b.names for b in find_baselines("16x faster than the solutions provided by NVIDIA FasterTransformer.")]
    [['NVIDIA FasterTransformer']]
    >>> [b.names for b in find_baselines("paths are found 20% faster with Quilts than with node-link or matrix.")]
    [['node-link', 'matrix']]
    """
    out: list[Baseline] = []
    # blank bracketed values ("Grok-2 (67.2%), and Llama 3.1 405B (65.6%)") so name lists read through them
    sentence = _BRACKET_VALUE.sub(lambda m: " " * len(m.group(0)), sentence)
    for m in _CUE.finditer(sentence):
        rest = sentence[m.end():]
        cue = m.group(0).lower()
        if _OVER.match(m.group(0)) and _INTERSECTION_BEFORE.search(sentence[:m.start()]):
            continue  # "Intersection over Union" is a metric
        skip = (_VALUES_OF.match(rest) if _COMPARE_CUE.match(m.group(0)) else None) or \
            _SIZED.match(rest) or _PERF_OF.match(rest)
        if skip:
            rest = rest[skip.end():]
        if cue.startswith("than") and rest[:5].lower() == "with ":
            rest = rest[5:]  # "faster with Quilts than with node-link"
        if using := _USING_START.match(rest):
            rest = rest[using.end():]  # "higher than using the BERTScore, LASER, or sentBERT methods"
        if _NUMBER_START.match(rest) or _PREPOSITION_START.match(rest):
            continue  # "over 80%", "more than 5": a qualifier, not a comparison; "surpassing in some cases"
        if _THAT_OF.match(cue) and not _RATIO_BEFORE.search(sentence[:m.start()]):
            continue  # "that of" refers back, it compares only after "2.8x"
        if cue.startswith("than") and _COMPARATIVE_BEFORE.search(sentence[:m.start()]) and \
                _NUMBER_START.match(rest):
            continue
        stop = _STOP.search(rest)
        if stop and _SUCH_AS.match(stop.group(0)):
            rest = rest[stop.end():]  # "frontier models such as A and B": the named ones
            stop = _STOP.search(rest)
        if stop and (provider := _PROVIDED_BY.match(rest[stop.start():])):
            rest = rest[stop.start() + provider.end():]
            stop = _STOP.search(rest)
        phrase = rest[: stop.start() if stop else len(rest)].strip()
        if _IMPROVE.match(cue) and not (stop and stop.group(0).strip().lower() == "by" and _SYSTEM_END.search(phrase)):
            continue
        phrase = _OF_VALUE_END.sub("", _AND_END.sub("", phrase))  # "the baseline accuracy of 9.39%"
        phrase = _LIKE_HEAD.sub("", phrase)  # "models like Grok-2": the named one
        phrase = _PARTICIPLE_END.sub("", phrase)
        w = _WITHOUT.search(phrase)
        if w and not w.group(1).endswith("ed"):
            phrase = phrase[:w.start(1) + len(w.group(1))]  # "baselines without increasing ...": a side remark
        # a list of baselines may continue after a comma: "A, B, and C by"
        phrase_end = stop.start() if stop else len(rest)
        while stop and rest[stop.start():stop.start() + 1] == ",":
            nxt = rest[stop.end():]
            mm = _MORE_ITEMS.match(nxt)
            if not mm:
                break
            phrase += ", " + mm.group(1).rstrip(".")  # the sentence's full stop
            consumed = stop.end() + mm.end()
            phrase_end = consumed
            stop = _STOP.search(rest, consumed)
            if stop and stop.start() < consumed:
                break
        names = []
        for part in _ITEM_SPLIT.split(phrase):
            part = _DET.sub("", part.strip()).strip()
            part = _DET.sub("", part).strip()
            if _GENERIC_TAIL.search(part) and _CAP_THEN_SPACE.search(part) and not _LOWER_START.match(part):
                part = _BASELINE_TAIL.sub("", part)
            words = part.split()
            if not part or len(words) > 8 or _BAD.match(part) or not _LETTER.search(part):
                continue
            if _NOT_NAME_START.match(part):
                continue
            names.append(part)
        if names:
            out.append(Baseline(m.start(), len(sentence) - len(rest) + phrase_end, names))
            if stop and stop.group(0).strip().lower() == "by":
                out.extend(_more_by(sentence, len(sentence) - len(rest) + stop.end()))
    return out


# "... by +5.76% and PoT by +8.42%": after a comparison's "by" value, another name with its own "by" value
_BY_MORE = re.compile(r"\s*[~+\-]?\d[\d.,]*\s*(?:%|x|×|points?|pp|percentage\s+points)?\s*"
                      r"(?:,\s*(?:and\s+)?|\s+and\s+)"
                      r"(?:the\s+)?([A-Z][\w.+\-]*(?:\s+[\w.+\-]+){0,3}?)\s+by\s+(?=[~+\-]?\d)")


def _more_by(sentence: str, pos: int) -> list[Baseline]:
    """The baselines that follow a comparison's first "by" value, each with its own: "F-1 outperforms CoT by
    +5.76% and PoT by +8.42%" compares 8.42% with PoT.

    >>> [(b.names, b.start) for b in _more_by("X outperforms CoT by +5.76% and PoT by +8.42%.", 21)]
    [(['PoT'], 32)]
    """
    out = []
    while m := _BY_MORE.match(sentence, pos):
        out.append(Baseline(m.start(1), m.end(1), [m.group(1)], by_value=True))
        pos = m.end()
    return out


# "while" with a participle goes on with the same comparison: "matches MoE while reducing the parameters by 20%"
_NEW_CLAUSE = re.compile(r"\b(?:while(?!\s+(?:also\s+|still\s+|simultaneously\s+)?[a-z]+ing\b)|whereas|"
                         r"but(?!\s+also))\b|;")


def baselines_for(run_end: int, next_start: int, claim_start: int, groups: list[Baseline],
                  sentence: str) -> list[str]:
    """The baseline group that belongs to a number (sentence offsets).

    A group written after the number's list (``run_end``) and before the next
    result number belongs to it ("5.67x speedup over FlashAttention-2");
    otherwise the nearest group before it, unless a new clause ("while ...")
    starts in between.
    """
    brk = _NEW_CLAUSE
    after = [g for g in groups if run_end <= g.start < next_start and not g.by_value]
    if after:
        return list(after[0].names)
    around = [g for g in groups if g.start <= claim_start < g.end]
    if around:
        return list(around[0].names)
    before = [g for g in groups if g.end <= claim_start]
    if before and not brk.search(sentence[before[-1].end:claim_start]):
        return list(before[-1].names)
    later = [g for g in groups if g.start >= run_end]
    if later and not brk.search(sentence[run_end:later[0].start]):
        return list(later[0].names)
    return []


def trim_to_entity(phrase: str, names: list[str]) -> str:
    """A baseline phrase that is a description around one named method or model becomes that name.

    >>> trim_to_entity("state-of-the-art LLM serving system vLLM", ["vLLM"])
    'vLLM'
    >>> trim_to_entity("majority-only TTRL baseline", ["TTRL"])
    'TTRL'
    """
    for n in sorted(set(names), key=len, reverse=True):
        if phrase == n:
            return phrase
        if _ends_with_name(phrase, n):
            return n
    return phrase


def _ends_with_name(phrase: str, name: str) -> bool:
    r"""``re.search(r"(?:^|\s)" + re.escape(name) + r"(?:\s+baselines?)?$", phrase)`` without compiling a regex per name.

    Compiling one pattern per entity name cost more than the rest of the claim extractor and churned the
    ``re`` cache; ``str.isspace`` is the test ``\s`` uses, and ``$`` also matches before a final newline.

    >>> _ends_with_name("strong vLLM baselines", "vLLM"), _ends_with_name("XvLLM", "vLLM")
    (True, False)
    """
    def name_ends_at(k: int) -> bool:
        i = k - len(name)
        return i >= 0 and phrase.startswith(name, i) and (i == 0 or phrase[i - 1].isspace())

    ends = [len(phrase)] + ([len(phrase) - 1] if phrase.endswith("\n") else [])
    for d in ends:
        if name_ends_at(d):
            return True
        for tail in ("baselines", "baseline"):
            j = d - len(tail)
            if j < 0 or not phrase.startswith(tail, j):
                continue
            k = j - 1
            while k >= 0 and phrase[k].isspace():  # "\s+" before the tail: the name may end at any of its positions
                if name_ends_at(k):
                    return True
                k -= 1
    return False


_RIGHT = re.compile(r"^[\s)%]*(?:[\w\-]+\s+){0,4}?(?:on|in|for|at|of|over|across)\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}$",
                    re.I)
_AND_NEXT = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*|/\s*)(?:the\s+)?$")
_LEFT = re.compile(r"^[\s:=(]*(?:by\s+|of\s+)?[+~]?\s*$")
_BREAK = re.compile(r"\b(?:while(?!\s+\w+ing\b)|whereas|but(?:\s+also)?)\b|;")  # "while delivering" goes on


_RESPECTIVELY = re.compile(r"\brespectively\b")
_LIST_GAP = re.compile(r"^[\s%]*(?:,\s*(?:and\s+)?|and\s+)[+~]?\s*$")


def pair_items(nums: list[tuple[int, int]], items: list[tuple[int, int, str]], sentence: str,
               tight: list[list[str]] | None = None) -> list[list[str]]:
    """Which of the sentence's datasets each number is tied to.

    ``nums`` are (start, end) of the claim numbers, ``items`` (start, end, text)
    of the dataset mentions, all in sentence offsets. A number takes the
    dataset right after it ("3.88x on SVD") or right before it ("MATH-500:
    +30.1%", "ImgEdit (+4.3%)"; ``tight`` gives such pairs found by other means); lists of equal length pair in order ("0.91
    and 0.95 on STS17 and STS22"); a dataset that opens the sentence ("On
    LVBench, ...") belongs to every number of its clause.

    >>> s = "It reaches 85.4% on IMO-AnswerBench and 86.4% on LiveCodeBench."
    >>> pair_items([(11, 16), (40, 45)], [(20, 35, "IMO-AnswerBench"), (49, 62, "LiveCodeBench")], s)
    [['IMO-AnswerBench'], ['LiveCodeBench']]
    """
    if not items or not nums:
        return [list(t) for t in tight] if tight is not None else [[] for _ in nums]
    names = list(dict.fromkeys(t for _, _, t in items))
    firsts = {t: min(a for a, _, u in items if u == t) for t in names}
    ordered = sorted(names, key=lambda t: firsts[t])
    if len(names) == len(nums) > 1 and (_RESPECTIVELY.search(sentence) or all(
            firsts[t] >= nums[-1][1] for t in names)):
        return [[t] for t in ordered]
    if len(names) > 1 and _RESPECTIVELY.search(sentence):
        # "achieves A, B, and C on X, Y, and Z respectively": pair the run of numbers as long as the dataset list
        runs, cur = [], [0]
        for i in range(1, len(nums)):
            if _LIST_GAP.match(sentence[nums[i - 1][1]:nums[i][0]]):
                cur.append(i)
            else:
                runs.append(cur)
                cur = [i]
        runs.append(cur)
        run = next((r for r in runs if len(r) == len(names)), None)
        if run is not None:
            tight = [list(t) for t in tight] if tight is not None else [[] for _ in nums]
            for i, t in zip(run, ordered):
                tight[i] = [t]
    out: list[list[str]] = []
    stretch_ends = [n[0] for n in nums[1:]] + [len(sentence)]  # each number's stretch ends where the next starts
    for i, (s, e) in enumerate(nums):
        nxt = stretch_ends[i]
        prv = nums[i - 1][1] if i > 0 else 0
        right = [(a, b, t) for (a, b, t) in items if e <= a < nxt and _RIGHT.match(sentence[e:a])]
        left = [t for (a, b, t) in items if prv <= b <= s and _LEFT.match(sentence[b:s])]
        if right:
            # "on FLORES and MAFAND-MT": a list of datasets written together belongs to the number as a whole
            chain, end = [right[0][2]], right[0][1]
            for a, b, t in sorted(items):
                if a >= end and a < nxt and _AND_NEXT.match(sentence[end:a]):
                    if t not in chain:
                        chain.append(t)
                    end = b
            out.append(chain)
        else:
            out.append([left[-1]] if left else [])
    if tight is not None:
        out = [o or list(tight[i]) for i, o in enumerate(out)]
    if not any(out):
        # no tight pairs: every dataset of the sentence, except across a clause break
        return [[t for t in names if not _BREAK.search(sentence[min(firsts[t], s):max(firsts[t], s)])]
                for s, e in nums]
    paired = {t for o in out for t in o}
    loose = [t for t in names if firsts[t] < nums[0][0] and t not in paired]
    res = []
    for i, o in enumerate(out):
        if o:
            res.append(o)
            continue
        s, e = nums[i]
        prev = [(b, t) for (a, b, t) in items if b <= s]
        # "one million frames per second for the environment execution on Atari environments and three million
        # frames per second on MuJoCo environments": a dataset no number took, further on in this number's stretch
        ahead = [(a, t) for (a, b, t) in items if e <= a < stretch_ends[i] and t not in paired]
        if loose:
            res.append([t for t in loose if not _BREAK.search(sentence[firsts[t]:s])])
        elif prev and not _BREAK.search(sentence[max(prev)[0]:s]):
            res.append([max(prev)[1]])
        elif ahead and not _BREAK.search(sentence[e:min(ahead)[0]]):
            res.append([min(ahead)[1]])
        else:
            res.append([])
    return res


_NAME = r"[A-Z][A-Za-z0-9]*(?:[-@.][A-Za-z0-9]+)*(?:\s+(?:\d+(?:\.\d+)?|[A-Z][A-Za-z0-9\-]*))?"
_ON_NAME = re.compile(r"^[\s)%]*(?:[\w\-]+\s+){0,3}?(?:on|in)\s+(?:the\s+)?(?:zero-shot\s+|few-shot\s+)?(?P<n>" + _NAME + r")"
                      r"(?P<tail>\s+(?:benchmark|dataset|test\s+set|suite|leaderboard)s?\b)?")
_MORE_NAMES = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:the\s+)?(?P<n>" + _NAME + r")")
_NAME_BEFORE = re.compile(r"(?P<n>" + _NAME + r")\s*(?::\s*|\(\s*)[+~]?\s*$")
_OPENING = re.compile(r"^(?:[A-Z]\w+,\s*)?(?:[Oo]n|[Ii]n|[Ff]or)\s+(?:the\s+)?(?P<n>" + _NAME + r")(?P<tail>\s+(?:benchmark|dataset)s?\b)?\s*,")
_NOT_DATA = re.compile(r"^\s*(?:models?|GPUs?|TPUs?|nodes?|clusters?|settings?|tasks?|hardware|devices?|cards?)\b")


_GENERIC = re.compile(r"^(?:Task|Subtask|Track|Setting|Split|Phase|Stage|Part|Section|Table|Figure|METEOR|HTER|CIDEr|"
                      r"BERTScore|chrF\S*|COMET|SPICE|AP\S*|AR\S*|NMI|ARI|Dice|DSC|HD95|EPE|MAE|MSE|RMSE|WER|CER|NDCG\S*|[PR]@\d+|Recall@\d+|HR@\d+|AP\d*|mAP\S*|[gcm]?IoU|KID|"
                      r"LPIPS|NDS|EM|ACC|Acc|MRR|[A-Z]*LLMs?|[A-Z]*LMs?|VLAs?|MLLMs?|LRMs?|F1|BLEU|ROUGE\S*|AUC|AUROC|FID|PSNR|SSIM|MFU|"
                      r"TTFT|TPOT|GPUs?|CPUs?|TPUs?|NPUs?|FLOPs?|RL|SFT|AI|API|APIs|SOTA|OOD|QA|MT|NLP|CV)$")


def _name_like(name: str, tail: str | None) -> bool:
    """A benchmark-looking name: two capitals or a digit ("LVBench", "AMC23", "LVIS"), or named as a benchmark."""
    if any(_GENERIC.match(w) for w in name.split()):
        return False
    caps = sum(c.isupper() for c in name)
    return bool(tail) or caps >= 2 or (any(c.isdigit() for c in name) and caps >= 1)


def benchmark_near(sentence: str, start: int, end: int, prev_end: int, next_start: int,
                   blocked: list[tuple[int, int]]) -> list[str]:
    """A benchmark written right next to a number when the entity list has none there.

    Covers "29% on zero-shot LVIS", "AMC23:+27.5%", "ImgEdit (+4.3%)" and an
    opening "On LVBench, ...". Spans of other entity types are ``blocked``.

    >>> s = "It improves F1 by 29% on zero-shot LVIS."
    >>> benchmark_near(s, 18, 21, 0, len(s), [])
    ['LVIS']
    """
    def ok(a: int, b: int, name: str, tail: str | None) -> bool:
        return _name_like(name, tail) and not any(x < b and a < y for x, y in blocked) and not _NOT_DATA.match(
            sentence[b:])

    m = _ON_NAME.match(sentence[end:next_start])
    if m and ok(end + m.start("n"), end + m.end("n"), m["n"], m["tail"]):
        names, pos = [m["n"]], end + m.end("n")
        while True:  # "on MBPP and LiveCodeBench"
            mm = _MORE_NAMES.match(sentence, pos, next_start)
            if not mm or not ok(mm.start("n"), mm.end("n"), mm["n"], None):
                break
            names.append(mm["n"])
            pos = mm.end("n")
        return names
    m = _NAME_BEFORE.search(sentence[prev_end:start])
    if m and ok(prev_end + m.start("n"), prev_end + m.end("n"), m["n"], None):
        return [m["n"]]
    m = _OPENING.match(sentence)
    if m and m.end() <= start and ok(m.start("n"), m.end("n"), m["n"], m["tail"]) and not _BREAK.search(
            sentence[m.end():start]):
        return [m["n"]]
    return []
