"""What a result number measures, as a claim reports it.

``kinds.classify`` reads a measure to decide the kind, and reads it generously: a quality word anywhere
near tells an improvement from a speedup. What the claim then reports must be the thing the number
measures, which is read more strictly here, nearest first:

1. the phrase a change verb names right before "by N": "cutting reasoning chains by up to 4 times",
   "boosts pass@1 accuracy by 2.6%", "prediction accuracy is improved by 68%";
2. a known measure in the words right after the number (or its list), before a clause ends and not in
   what stays the same ("8.5x speedup without performance degradation" measures no performance);
3. the known measure nearest the number in its clause before it, leaving out what is not lost ("with
   minimal perplexity loss, offering a 5.67x speedup" does not measure perplexity);
4. the measure of the number before it in the same list ("12.3% for 1.5B and 7.5% for 7B models");
5. a known measure further on in the number's clause.

>>> s = "Latent-SFT matches SFT performance while cutting reasoning chains by up to 4 times."
>>> reported_measure(s, s.index("4 times"), s.index("4 times") + 7, "reduction", "performance")
'reasoning chains'
>>> from extractors.claims.kinds import classify  # (the kind and measure it reads first)
>>> s = "dParallel achieves an 8.5x speedup without performance degradation."
>>> i = s.index("8.5x")
>>> reported_measure(s, i, i + 4, *classify("x", "unit", s, i, i + 4))
'speed'
"""
from __future__ import annotations

import re

from extractors.claims.fastre import one_of
from extractors.claims.kinds import (NEGATED, find_last_measure, find_measure, generic_measure, is_quality_measure,
                                     measure_ending, stretch)

_VERB = one_of([r"reduc", r"cut", r"lower", r"decreas", r"shrink", r"shrank", r"trim", r"slash", r"compress", r"halv",
                r"improv", r"increas", r"boost", r"rais", r"enhanc", r"lift", r"accelerat", r"speed\w*\s+up",
                r"sped\s+up"])
_QUALIFIER = r"(?:(?:up\s+to|over|about|nearly|almost|around|approximately|roughly|more\s+than|at\s+least|" \
             r"an?\s+(?:average|factor|total)\s+of|on\s+average)\s+)*"
# "cutting reasoning chains by up to", "boosts pass@1 accuracy by an average of": the verb, then what changes
_ACTIVE_BY = re.compile(r"\b(?:" + _VERB + r")\w*\s+(?:the\s+|its\s+|their\s+|our\s+)?"
                        r"(?P<x>(?:[\w@\-]+\s+){0,3}?[\w@\-]+)\s+by\s+" + _QUALIFIER + r"[~$]?\s*$", re.I)
# "prediction accuracy is improved by"
_PASSIVE_BY = re.compile(r"(?:^|[\s(])(?P<x>(?:[\w@\-]+\s+){0,2}?[\w@\-]+)\s+(?:is|are|was|were|gets?|got)\s+"
                         r"(?:\w+ly\s+)?(?:" + _VERB + r")\w*\s+by\s+" + _QUALIFIER + r"[~$]?\s*$", re.I)
# words that make a phrase something other than a measure ("improves the model by", "reduce it by")
_NOT_MEASURE = re.compile(r"\b(?:it|them|this|that|these|those|model|models|method|methods|baseline|baselines|"
                          r"approach|performance|results?|state|art|sota|we|us|and|or|of)$|^(?:it|them|this|that)\b",
                          re.I)
_SPEED_VERB = re.compile(r"accelerat|speed|sped", re.I)
_TIMEISH = re.compile(r"latenc|time|speed|throughput|runtime", re.I)
# what stays the same is not what the number measures ("8.5x speedup without performance degradation")
_SAME = re.compile(r"\b" + one_of([r"without", r"despite", r"at\s+no", r"maintain\w*", r"preserv\w*", r"retain\w*",
                                    r"keep\w*", r"matching"]) + r"\b", re.I)
# a clause before the number that is not its own ("... matching SFT performance while cutting ...")
_BEFORE_START = re.compile(r";|\b" + one_of([r"while", r"whereas", r"but", r"without", r"despite"]) + r"\b", re.I)
_ONLY_BRACKET = re.compile(r"\W*$")
# what may follow a number that shares the measure of the list it continues ("7.5% for 7B models", "67.0% and")
_LIST_TAIL = re.compile(r"\W*(?:$|(?:on|for|in|at|of|from|with|respectively|across|over|vs|versus|compared|when|after|"
                        r"and|or|times|x|points?|pp)\b)", re.I)

_OF_END = re.compile(r"\b(?:of|=|:)\s+(?:(?:up\s+to|about|over|nearly|around|approximately)\s+)?[~$]?\s*$", re.I)


def reported_measure(sentence: str, start: int, end: int, kind: str, measure: str | None, *,
                     prev_end: int = 0, next_start: int | None = None, tail: tuple[int, int] | None = None,
                     list_measure: str | None = None) -> str | None:
    """The measure a claim on the number at ``sentence[start:end]`` reports; ``kind`` and ``measure`` are what
    ``kinds.classify`` found with the same ``prev_end``, ``next_start`` and ``tail``; ``list_measure`` the
    measure of the previous number when this one continues its list."""
    after, cut, near_after, before = stretch(sentence, start, end, prev_end, next_start, tail)
    own = _changed_phrase(before)
    if own:
        return own
    if measure is not None and measure != "speed" and measure != generic_measure(after, cut, near_after, before):
        return measure  # a phrase of its own decided it ("3x more memory-efficient", "4x larger": model size)
    near = _SAME.split(NEGATED.sub(" ", near_after), 1)[0]
    clause = _BEFORE_START.split(before)[-1]
    # "with minimal perplexity loss, offering a 5.67x speedup": what is not lost is not measured; but the
    # number of "negligible latency overhead (7.1%)" measures it
    clause = NEGATED.sub(lambda m: m.group(0) if _ONLY_BRACKET.match(clause[m.end():]) else " ", clause)
    rest = _SAME.split(NEGATED.sub(" ", after[: cut.start() if cut else 80][:80]), 1)[0]
    if list_measure and not _LIST_TAIL.match(near):
        list_measure = None  # "0.23% parameters and 0.4% computation": it names its own
    of = _OF_END.search(clause)
    named_of = measure_ending(clause[:of.start()][-60:]) if of else None
    # "an acceptance length of 3.2 tokens": the measure named before "of", the noun after it the unit
    found = named_of or find_measure(near) or find_last_measure(clause[-60:]) or list_measure or find_measure(rest)
    if kind == "speedup" and (found is None or found.startswith("compression") or is_quality_measure(found)):
        # "delivers high compression ratios within seconds, being 2.1x faster", "achieving an acceptance length
        # of 5.92 and a 4.20x speedup": its speed
        return "speed"
    return found


def _changed_phrase(before: str) -> str | None:
    """What a change verb right before "by N" names ("cutting reasoning chains by"), lower case, or None."""
    for rx in (_ACTIVE_BY, _PASSIVE_BY):
        m = rx.search(before)
        if not m:
            continue
        x = m["x"].strip()
        if _NOT_MEASURE.search(x) or " " not in x and x[:1].isupper():
            continue  # "improves it by", "boosts Qwen by": no measure, or a name
        x = x.lower()
        if rx is _ACTIVE_BY and _SPEED_VERB.search(m.group(0)) and not _TIMEISH.search(x):
            x += " speed"  # "accelerates training by 2x": training speed
        return x
    return None
