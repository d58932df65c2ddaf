"""Rule-based sentence boundaries for abstracts (sets ``Token.is_sent_start``).

A boundary follows ".", "!" or "?" when the next token can open a sentence,
except after abbreviations ("e.g.", "i.e.", "vs.", "et al.", "Fig.", "Eq.").
Decimals and ratios ("1.9x", "3.5") are single tokens, so they never split.
Blank lines (the title/abstract separator) always start a sentence.

>>> import spacy
>>> from extractors.pipeline import get_nlp
>>> doc = get_nlp()("It is 1.9x faster, e.g. on GPUs, vs. CPUs (Dao et al. 2024). Code is here.")
>>> [s.text for s in doc.sents]
['It is 1.9x faster, e.g. on GPUs, vs. CPUs (Dao et al. 2024).', 'Code is here.']
"""
from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from extractors.components.candidates import build_view, ensure_extensions

ensure_extensions()

ABBREVIATIONS = frozenset(
    "al fig figs eq eqs sec secs no nos vs approx cf resp ref refs tab e.g i.e etc viz dr mr ms prof inc ltd jr st".split()
)
ENDERS = frozenset({".", "!", "?"})
OPENERS = frozenset({'"', "'", "(", "[", "\u201c", "\u2018"})


def _can_open(text: str) -> bool:
    c = text[0]
    return c.isupper() or c.isdigit() or text in OPENERS


def sentence_starts(texts: list[str], title_end: int = 0) -> list[bool]:
    """Sentence-start flags for a token text list (pure: the rules above, no spaCy objects).

    >>> sentence_starts(["It", "is", "1.9x", ".", "Fig", ".", "2", "shows", "it", "."])
    [True, False, False, False, True, False, False, False, False, False]
    """
    n = len(texts)
    starts = [False] * n
    if n == 0:
        return starts
    starts[0] = True
    for i in range(1, n):
        t, prev = texts[i], texts[i - 1]
        space = not t.strip()
        if not prev.strip():  # whitespace token
            start = ("\n" in prev and not space) or (i >= 2 and texts[i - 2] in ENDERS and not space and _can_open(t))
        elif prev in ENDERS or (prev.endswith(".") and len(prev) > 1 and prev.lower().rstrip(".") not in ABBREVIATIONS
                                and not prev.replace(".", "").replace(",", "").isdigit()):
            before = texts[i - 2].lower() if i >= 2 else ""
            abbrev = prev == "." and before in ABBREVIATIONS
            # a single letter before "." is an initial ("J. Smith"), not a sentence end
            initial = prev == "." and len(before) == 1 and before.isalpha()
            start = not space and not abbrev and not initial and _can_open(t)
        else:
            start = False
        starts[i] = start
    if 0 < title_end < n:
        # the abstract never continues the title's sentence
        starts[title_end] = True
    return starts


def set_sentence_starts(doc: Doc) -> Doc:
    """Write the flags into the Doc in one array operation (per-token assignment is slow)."""
    if len(doc) == 0:
        return doc
    texts = [t.text for t in doc]
    flags = sentence_starts(texts, doc._.kg_title_end or 0)
    doc.user_data["kg_view"] = build_view(texts, flags)
    # spaCy's attribute arrays are uint64: -1 ("not a start") is stored wrapped
    arr = numpy.array([1 if f else -1 for f in flags], dtype="int64").astype("uint64").reshape(-1, 1)
    doc.from_array([SENT_START], arr)
    return doc


@Language.component("kg_sentences")
def kg_sentences(doc: Doc) -> Doc:
    """Pipeline component: rule-based sentence starts (fast, no model)."""
    return set_sentence_starts(doc)
