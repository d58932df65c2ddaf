"""Lower-case technique and task phrases: modifiers + a head noun ("speculative decoding", "machine translation").

Concepts are families of techniques written in lower case; tasks are problems.
Both are found by a head noun from ``lexicon`` preceded by one to three
modifier words (not function words or evaluative adjectives). A bare head
("decoding") is never a phrase; the gazetteer covers single-word concepts
("quantization"). Gazetteer matches outrank these (lower confidence here).

>>> from extractors.pipeline import get_nlp
>>> doc = get_nlp()("We combine speculative decoding with pipeline parallelism for machine translation.")
>>> [(doc[c.start:c.end].text, c.type) for c in doc._.kg_candidates if c.source == "rule:phrase"]
[('speculative decoding', 'concept'), ('pipeline parallelism', 'concept'), ('machine translation', 'task')]
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Token

from extractors.components.candidates import Candidate, candidates, view
from extractors.components.lexicon import (COMMON_VERBS, CONCEPT_HEADS, GENERAL_ADJECTIVES, GENERIC_PHRASES,
                                           GERUND_MODIFIERS, MANNER_MODIFIERS, PARTICIPLE_MODIFIERS, STOP_MODIFIERS,
                                           TASK_HEADS)

# Heads that name a technique only with a modifier that is itself technical; too noisy without a tagger.
EXCLUDED_HEADS = frozenset("models model networks kernels tokens architecture architectures computation inference "
                           "mechanism connections connection optimization optimisation languages search".split())
DETERMINERS = frozenset("a an the this that these those our their its".split())
WORD_RE = re.compile(r"^[a-z][a-z\-]*[a-z]$")
ACRO_RE = re.compile(r"^[A-Z][A-Za-z]*[A-Z]s?$")  # "KV", "LLM", "RL", "MoE"


def _head_type_of(low: str) -> str | None:
    if not WORD_RE.match(low):
        return None
    if low in EXCLUDED_HEADS:
        return None
    if low in TASK_HEADS:
        return "task"
    if low in CONCEPT_HEADS:
        return "concept"
    return None


def is_modifier(tok: Token) -> bool:
    """A word that can stand before a head in a technique phrase.

    >>> from extractors.pipeline import get_nlp
    >>> [is_modifier(t) for t in get_nlp().make_doc("speculative the efficient KV 2024 pipeline")]
    [True, False, False, True, False, True]
    """
    t = tok.text
    low = tok.lower_
    if low in STOP_MODIFIERS or low in GENERAL_ADJECTIVES or low in COMMON_VERBS:
        return False
    if WORD_RE.match(t) and len(t) > 2:
        return _word_can_modify(low)
    return bool(ACRO_RE.match(t)) and len(t) <= 5


def _word_can_modify(low: str) -> bool:
    """Morphology stands in for a tagger: adverbs, verb forms and plurals rarely start a technique name."""
    last = low.rsplit("-", 1)[-1]
    if last.endswith("ly"):
        return False
    if last.endswith("ed") and low not in PARTICIPLE_MODIFIERS:
        return False
    if last.endswith("ing") and last not in GERUND_MODIFIERS:
        return False
    if last.endswith("s") and not last.endswith(("ss", "us", "is", "ics", "sis")):
        # "delivers", "models": third-person verbs and plurals
        return False
    if last in COMMON_VERBS:
        return False
    return True


def find_phrases(doc: Doc) -> list[Candidate]:
    """Concept and task candidates: each head noun with the one or two modifier words before it."""
    out = []
    n = len(doc)
    v = view(doc)
    for k in range(n):
        typ = _head_type_of(v.text[k])
        if typ is None:
            continue
        s = k
        mods = 0
        while s > 0 and mods < 2 and not v.start[s]:
            # "sentence-level mining": a modifier split off at a hyphen takes its left part along
            glued = s >= 3 and v.text[s - 2] == "-" and not doc[s - 2].whitespace_ and not doc[s - 3].whitespace_
            if glued:
                if WORD_RE.match(doc[s - 1].text) and WORD_RE.match(doc[s - 3].text) and doc[s - 3].lower_ not in DETERMINERS:
                    s -= 3
                    mods += 1
                    continue
                s = -1  # never start a phrase inside a hyphenated compound
                break
            if not is_modifier(doc[s - 1]):
                break
            s -= 1
            mods += 1
            if ACRO_RE.match(doc[s].text):
                break  # an acronym modifier only at the left edge
        if s == k or s < 0:
            continue
        if s > 0 and doc[s - 1].text == "-" and not doc[s - 1].whitespace_:
            continue
        text = doc[s:k + 1].text
        if text.lower() in GENERIC_PHRASES:
            continue
        if typ == "task" and doc[s].lower_ in MANNER_MODIFIERS:
            typ = "concept"  # "parallel reasoning", "generative modeling": a way of doing it, a technique
        out.append(Candidate(s, k + 1, typ, "rule:phrase", 0.5))
        if mods == 1:
            out.extend(_coordinated(doc, v, s, k, typ))
    return out


def _coordinated(doc: Doc, v, s: int, k: int, typ: str) -> list[Candidate]:
    """"pipeline and tensor parallelism": the first modifier shares the head ("pipeline parallelism").

    The mention is the modifier alone (the text has no contiguous span for the phrase); its name is spelled out.
    """
    if s < 2 or v.lower[s - 1] not in ("and", "or"):
        return []
    m = s - 2
    if v.text[m] == ",":
        return []
    # "word-level and sentence-level mining": a hyphenated modifier split at its suffix
    if m >= 2 and v.text[m - 1] == "-" and not doc[m - 1].whitespace_ and not doc[m - 2].whitespace_ and WORD_RE.match(v.text[m - 2]):
        start = m - 2
    elif is_modifier(doc[m]) and WORD_RE.match(v.text[m]):
        start = m
    else:
        return []
    if start > 0 and v.text[start - 1] == "-" and not doc[start - 1].whitespace_:
        return []
    name = doc[start:m + 1].text + " " + v.text[k]
    return [Candidate(start, m + 1, typ, "rule:phrase", 0.5, canonical=name, name=name)]


@Language.component("kg_phrases")
def kg_phrases(doc: Doc) -> Doc:
    """Pipeline component: lower-case concept and task phrases."""
    candidates(doc).extend(find_phrases(doc))
    return doc
