"""A small rule-based sentence splitter, for callers without the spaCy pipeline (tests, quick scripts).

It splits after ``.``, ``!`` or ``?`` followed by space and an upper-case
letter, digit or bracket, but not after abbreviations (e.g., i.e., vs., et al.,
Fig.) or inside decimals.

>>> t = "We cut latency by 40%, e.g. on GPT-4. It is 2.5x faster vs. FA2. Done"
>>> [t[a:b] for a, b in split_sentences(t)]
['We cut latency by 40%, e.g. on GPT-4.', 'It is 2.5x faster vs. FA2.', 'Done']
"""
from __future__ import annotations

import re

_END = re.compile(r"[.!?](?=\s+[\"'(\[]?[A-Z0-9])")
_ABBREV = re.compile(r"(?:\b(?:e\.g|i\.e|vs|etc|et al|Fig|Figs|Eq|Sec|Tab|cf|approx|resp|Dr|Mr|Ms|No|al|w\.r\.t)"
                     r"|\b[A-Z])\.$")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text`` (leading/trailing spaces excluded)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        if _ABBREV.search(text[max(0, m.start() - 8):m.end()]):
            continue
        spans.append((start, m.end()))
        start = m.end()
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text) and text[start:].strip():
        spans.append((start, len(text.rstrip())))
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out
