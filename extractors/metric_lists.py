"""Lists of metrics a paper reports on: "on SIM, CC, NSS and AUC-J metrics", "FID, IS, and CLIP scores".

The guide keeps standard metrics a paper only uses out of every entity list (they are a claim's unit or
measure). Most are stoplisted, but the field coins them faster than a list can follow (AUC-J, ObjMC,
DreamSim, MAP@1000), and a capitalised name alone reads as a method, model or dataset; the head noun after
a list of two or more names says what all of them are.

A list may still name benchmarks or tasks ("AIME24 & 25 scores of 54% and 46%", "existing T2V and I2V metrics"):
the caller, who knows the names, keeps a list with a known benchmark or task in it.

>>> text = "improving 1.03%, 2.35% and 0.33% on SIM, CC and AUC-J metrics, respectively"
>>> [[text[s:e] for s, e in items] for items in metric_lists(text)]
[['SIM', 'CC', 'AUC-J']]
>>> metric_lists("Specifically, MoD measures the gap.")
[]
"""
from __future__ import annotations

import re

# a name: capitalised or a digit first (or inner capitals: "chrF", "mIoU"), up to three such words ("Inception
# Score", "CLIP-T", "MAP@100")
_WORD = r"(?:[A-Z0-9]|[a-z]+[A-Z])(?:[\w@\-/+^]|\.(?=\w))*"  # a full stop inside only: "v2.0", not "LipForensics."
_ITEM = rf"{_WORD}(?: {_WORD}){{0,2}}"
_SEP = r"(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+)"
# "metrics"/"scores"/"measures" after a plural subject would be a verb in the singular: a list before the
# plural noun is a list of metrics ("the FID, FVD, IS scores"); "evaluation metrics" too
METRIC_LIST = re.compile(rf"(?<![\w@.\-/+^])(?P<list>{_ITEM}(?:{_SEP}{_ITEM})+)\s+(?:evaluation\s+)?"
                         r"(?:metrics|scores|measures)\b")
_ITEM_RE = re.compile(_ITEM)
# a word opening a sentence before a comma is an adverb ("Specifically, MoD measures ..."), no metric
_OPENER = re.compile(r"[A-Z][a-z]+,")
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|\n\s*)$")
_CUE = re.compile(r"metrics|scores|measures")
# metrics the paper introduces are methods (guide): "we introduce GLCM Score and Compression Ratio metrics"
_INTRODUCED = re.compile(r"\b(?:introduc|propos|present|design|develop|defin|devis|coin)\w*\s+(?:(?:two|three|four|"
                         r"new|novel|a|an|the|our)\s+)*$", re.I)


def metric_lists(text: str) -> list[list[tuple[int, int]]]:
    """Each list of two or more names written before "metrics", "scores" or "measures" (see the module's doc),
    as the character spans of its names."""
    if not _CUE.search(text):
        return []
    out = []
    for m in METRIC_LIST.finditer(text):
        a = m.start("list")
        if _INTRODUCED.search(text, max(0, a - 60), a):
            continue
        items = [(a + i.start(), a + i.end()) for i in _ITEM_RE.finditer(m.group("list"))]
        if _OPENER.match(text, a) and _SENTENCE_START.search(text[max(0, a - 3):a]):
            items = items[1:]
        # two names need "and"/"or" between them: "Grounded in Model Medicine, MTI measures what ..." is a verb
        if len(items) >= 3 or len(items) == 2 and re.search(r"\s(?:and|or|&)\s", text[items[0][1]:items[1][0]]):
            out.append(items)
    return out
