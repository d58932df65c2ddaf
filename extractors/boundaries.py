"""Where a technique name starts and ends: longer readings that the shorter signals would cut.

A boundary error costs twice (a wrong short name and a missed long one), and the
strong signals (gazetteer hits, name shapes) are the ones that cut: a gazetteer
hit on a generic word ("fine-tuning") swallows the phrase it heads ("RL
fine-tuning"), and a name typed by its head noun leaves the head out ("Logit-Normal"
of "Logit-Normal sampler"). This module adds the longer readings as strong
candidates, so the resolver, which takes strong spans longest-first, keeps them:

- modifier inclusion: a lower-case phrase ending in a one-word gazetteer concept
  keeps its modifier ("long-context fine-tuning", "RL fine-tuning"), also the two the
  phrase rule cannot read: a hyphenated participle ("certainty-forcing distillation")
  and an acronym with a manner suffix ("RL-based fine-tuning");
- head extension: a name or concept directly followed by a component head noun
  ("sampler", "solver", "regularizer", "loop", "SFT" ...) is the name of that
  component ("Logit-Normal sampler", "credit-assignment SFT", "Generate-Critique-Refine loop");
- descriptive capitals: a hyphenated Title-Case compound before a lower-case
  technique phrase is its modifier ("Query-Key vector normalization");
- model variants: a model's name followed by variant words and a size written
  apart names that checkpoint ("Qwen2 VL 2B", "GPT 4o mini", "Llama 3 8B"), and
  bare sizes listed after a sized model name its siblings ("Llama 3B & 8B").

Pure functions over the candidate list; the Doc is only read.

>>> from extractors.pipeline import get_nlp
>>> doc = get_nlp()("We apply RL fine-tuning with a Logit-Normal sampler.")
>>> sorted(doc[c.start:c.end].text for c in extend_boundaries(doc, doc._.kg_candidates) if c.source == SOURCE)
['Logit-Normal sampler', 'RL fine-tuning']
"""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from extractors.components.candidates import Candidate, view
from extractors.components.lexicon import GENERAL_ADJECTIVES, JOINED_VARIANTS, STOP_MODIFIERS, TIER_VARIANTS
from extractors.components.names import SIZE_RE
from extractors.components.sentences import span_text, token_spaces
from extractors.gazetteer import load_gazetteer

SOURCE = "rule:boundary"
CONFIDENCE = 0.75  # strong (>= 0.7): taken before the shorter strong spans inside it

# head nouns naming a component of a technique: "X sampler" is a sampler, not X used somewhere
# (singular only: "local search solvers" are solvers of a kind, "the Logit-Normal sampler" is one component)
COMPONENT_HEADS = frozenset("sampler solver scheduler regularizer regulariser verifier generator loop cycle "
                            "SFT".split())
# a known named system keeps its name: "the PPO ... loop" and "Transformer layers" are uses of PPO and Transformer
NAMED_TYPES = ("method", "model", "dataset", "hardware")
ACRONYM_RE = re.compile(r"^[A-Z][A-Z0-9]*s?$")
# "certainty-forcing", "privacy-preserving": a lower-case hyphenated compound ending in a participle
HYPHEN_ING_RE = re.compile(r"^[a-z]+(?:-[a-z]+)*-[a-z]+ing$")
# second parts of "RL-based", "LLM-guided": an acronym with these says how the technique works
MANNER_PARTS = frozenset("based guided driven augmented assisted aware free".split())
# "Logit-Normal", "Query-Key", "Generate-Critique-Refine": capitalised words joined by hyphens, no digits
CAP_COMPOUND_RE = re.compile(r"^[A-Z][a-z]+(?:-[A-Z][a-z]+)+$")


def _evaluative(word: str) -> bool:
    """"brief", "higher-throughput", "faster": words that grade a technique rather than name its kind.

    >>> [_evaluative(w) for w in ("higher-throughput", "long-context", "RL", "brief")]
    [True, False, False, True]
    """
    low = word.lower()
    first = low.split("-", 1)[0]
    return low in GENERAL_ADJECTIVES or low in STOP_MODIFIERS or (
        first != low and first.endswith(("er", "est")) and (first in STOP_MODIFIERS or first in GENERAL_ADJECTIVES))


def _modifier_inclusion(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """Phrases ending in a one-word gazetteer concept: "long-context fine-tuning" over "fine-tuning"."""
    heads = {c.start for c in cands if c.source.startswith("gazetteer") and c.type == "concept" and c.length == 1}
    # a concept word that begins a longer known term is no head here: "UQ-based hallucination detection"
    heads -= {c.start for c in cands if c.source.startswith("gazetteer") and c.length > 1}
    if not heads:
        return []
    v = view(doc)
    # a named method or model as the modifier keeps its own name: "DPO fine-tuning" is DPO used, not a kind of
    # fine-tuning (the gold sets list DPO, RL and LoRA so)
    named = {c.start for c in cands if c.source.startswith("gazetteer") and c.type in ("method", "model")}
    out = [replace(c, source=SOURCE, confidence=CONFIDENCE, type="concept") for c in cands
           if c.source == "rule:phrase" and c.type == "concept" and c.end - 1 in heads and c.start < c.end - 1
           and c.name is None and not _evaluative(v.text[c.start]) and c.start not in named]
    spaces = token_spaces(doc)
    for k in sorted(heads):
        if k < 1 or v.start[k]:
            continue
        prev = v.text[k - 1]
        if HYPHEN_ING_RE.match(prev) and not _evaluative(prev):
            # "certainty-forcing distillation": a hyphenated participle the phrase rule reads as a verb
            out.append(Candidate(k - 1, k + 1, "concept", SOURCE, CONFIDENCE))
        elif k >= 3 and prev.lower() in MANNER_PARTS and v.text[k - 2] == "-" and not spaces[k - 3] \
                and not spaces[k - 2] and ACRONYM_RE.match(v.text[k - 3]) and not v.start[k - 2]:
            out.append(Candidate(k - 3, k + 1, "concept", SOURCE, CONFIDENCE))  # "RL-based fine-tuning"
    return out


def _head_extension(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A name or concept right before a component head noun names that component."""
    v = view(doc)
    n = len(v.text)
    out = []
    seen = set()
    for c in cands:
        e = c.end
        if e >= n or v.text[e] not in COMPONENT_HEADS and v.lower[e] not in COMPONENT_HEADS or v.start[e]:
            continue
        if v.text[e] == "SFT" and c.type != "concept":
            continue  # "credit-assignment SFT": a named SFT variant has a technique word before it
        if c.type in ("model", "dataset", "hardware", "task") \
                or (c.source.startswith("gazetteer") and c.type in NAMED_TYPES):
            continue
        text = doc[c.start:e].text
        if ACRONYM_RE.match(text) or (c.start, e + 1) in seen:
            continue  # "RL loop", "GPU scheduler": an acronym before a head says what it works on
        seen.add((c.start, e + 1))
        typ = "method" if any(ch.isupper() for ch in text) else "concept"
        out.append(Candidate(c.start, e + 1, typ, SOURCE, CONFIDENCE, proposed=c.proposed))
    return out


def _capitalised_modifier(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """"Query-Key vector normalization": a Title-Case hyphen compound that modifies a lower-case phrase."""
    v = view(doc)
    phrases = {c.start: c for c in cands if c.source == "rule:phrase" and c.type == "concept" and c.name is None}
    out = []
    for c in cands:
        if c.length != 1 or c.source.startswith("gazetteer") or not CAP_COMPOUND_RE.match(v.text[c.start]):
            continue
        p = phrases.get(c.end)
        if p is not None and not v.start[p.start]:
            out.append(Candidate(c.start, p.end, "method", SOURCE, CONFIDENCE, proposed=c.proposed or p.proposed))
    return out


def _model_variants(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """"Qwen2 VL 2B", "GPT 4o mini", "Llama 3 8B": a model's name and the variant words and size after it."""
    v = view(doc)
    n = len(v.text)
    out, seen = [], set()
    for c in cands:
        if c.type != "model":
            continue
        e = c.end
        while e < n and not v.start[e] and (v.text[e] in JOINED_VARIANTS or v.text[e] in TIER_VARIANTS
                                            or SIZE_RE.match(v.text[e])):
            e += 1
        if e == c.end or (c.start, e) in seen:
            continue
        seen.add((c.start, e))
        entry = load_gazetteer().lookup(span_text(doc, c.start, e))
        canonical = entry.canonical if entry is not None and entry.type == "model" else None
        if canonical is None:
            base = c.canonical or span_text(doc, c.start, c.end)
            if v.text[c.end] not in TIER_VARIANTS:
                base = base.replace(" ", "-")  # "Llama 3 8B" is Llama-3-8B
            canonical = base + "".join((" " if w in TIER_VARIANTS else "-") + w for w in v.text[c.end:e])
        out.append(Candidate(c.start, e, "model", SOURCE, CONFIDENCE, canonical=canonical,
                             family=c.family or c.canonical, proposed=c.proposed))
    return out


SIZE_LIST_SEPARATORS = frozenset((",", "and", "&", "\\", "or", "/"))
_SIZE_END = re.compile(r"(?<![\d.])\d+(?:\.\d+)?[BbMm]$")


def _size_siblings(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """"Llama 3B & 8B", "Llama-3-8B and 70B", "Qwen-2.5 7B, 32B": the bare sizes listed after a sized model are
    its sibling checkpoints, named like it ("Llama 8B", "Llama-3-70B")."""
    v = view(doc)
    n = len(v.text)
    out, seen = [], set()
    for c in cands:
        if c.type != "model" or c.end >= n or v.text[c.end] not in SIZE_LIST_SEPARATORS:
            continue
        name = span_text(doc, c.start, c.end)
        size = _SIZE_END.search(name)
        if size is None or (c.start, c.end) in seen:
            continue
        seen.add((c.start, c.end))
        canonical = c.canonical or name
        j = c.end
        while j < n and not v.start[j]:
            while j < n and v.text[j] in SIZE_LIST_SEPARATORS and not v.start[j]:
                j += 1
            if j >= n or v.start[j] or not SIZE_RE.match(v.text[j]):
                break
            sibling = v.text[j]
            out.append(Candidate(j, j + 1, "model", SOURCE, CONFIDENCE, family=c.family,
                                 name=name[:size.start()] + sibling,
                                 canonical=(canonical[:len(canonical) - len(size.group(0))] + sibling
                                            if canonical.endswith(size.group(0)) else name[:size.start()] + sibling)))
            j += 1
    return out


def extend_boundaries(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """The candidates plus the longer readings above (the originals stay: the resolver picks)."""
    variants = _model_variants(doc, cands)
    return (cands + _modifier_inclusion(doc, cands) + _head_extension(doc, cands) + _capitalised_modifier(doc, cands)
            + variants + _size_siblings(doc, cands + variants))
