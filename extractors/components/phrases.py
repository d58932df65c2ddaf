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

import functools
import re

from spacy.language import Language
from spacy.tokens import Doc, Token

from extractors.components.candidates import Candidate, candidates, propose_windows, title_end_of, view
from extractors.components.heads import HEAD_WORDS, WORD_RE, head_type_of as _head_type_of
from extractors.components.names import B_CAPITAL, B_EPONYM, B_HEAD_WORD, PART_WORDS, flagged
from extractors.components.sentences import span_text, token_spaces
from extractors.gazetteer import load_gazetteer
from extractors.components.lexicon import (COMMON_VERBS, CONCEPT_HEADS, EPONYM_HEADS, EPONYMS, GENERAL_ADJECTIVES,
                                           GENERIC_PHRASES, HEAD_TYPES, LANGUAGE_NAMES, GERUND_MODIFIERS,
                                           INNER_GERUNDS, MANNER_MODIFIERS, PARTICIPLE_MODIFIERS, STOP_MODIFIERS,
                                           TASK_HEADS, looks_plural)
from extractors.tokenizer import LOST_DASH

DETERMINERS = frozenset("a an the this that these those our their its".split())
ACRO_RE = re.compile(r"^[A-Z][A-Za-z]*[A-Z]s?$")  # "KV", "LLM", "RL", "MoE"


def is_modifier(tok: Token) -> bool:
    """A word that can stand before a head in a technique phrase.

    >>> from extractors.pipeline import get_nlp
    >>> [is_modifier(t) for t in get_nlp().make_doc("speculative the efficient KV 2024 pipeline")]
    [True, False, False, True, False, True]
    """
    return is_modifier_text(tok.text)


@functools.lru_cache(maxsize=65536)
def is_modifier_text(t: str) -> bool:
    """``is_modifier`` on a token's text (a Title-Case title word is passed lower-cased); cached by text."""
    low = t.lower()
    if low in STOP_MODIFIERS or low in GENERAL_ADJECTIVES or low in COMMON_VERBS:
        return False
    if "-" in low and not _compound_can_modify(low):
        return False
    if WORD_RE.match(t) and len(t) > 2:
        return _word_can_modify(low)
    return bool(ACRO_RE.match(t)) and len(t) <= 5


def _compound_can_modify(low: str) -> bool:
    """A hyphenated modifier: not an evaluative compound ("large-scale") nor a count ("four-stage", "two-step")."""
    return not (low in STOP_MODIFIERS or low in GENERAL_ADJECTIVES or low.split("-", 1)[0] in NUMBER_WORDS)


NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten".split())


def _word_can_modify(low: str) -> bool:
    """Morphology stands in for a tagger: adverbs, verb forms and plurals rarely start a technique name."""
    last = low.rsplit("-", 1)[-1]
    if last.endswith("ly"):
        return False
    if last.endswith("ed") and low not in PARTICIPLE_MODIFIERS:
        return False
    if last.endswith("ing") and last not in GERUND_MODIFIERS:
        return False
    if looks_plural(last):
        return False
    if last in COMMON_VERBS:
        return False
    return True


# A word right before a phrase that makes its first word a verb: "we reformulate precipitation regression",
# "can execute traffic planning" (no tagger: the subject or modal gives the verb away).
# hyphenated modifiers that say how a problem is tackled: "graph-based reasoning", "rubric-augmented verification"
MANNER_SUFFIXES = ("-based", "-augmented", "-guided", "-driven", "-modal", "-system")
VERB_CONTEXT = frozenset("we they can cannot could may might will would should must often also then".split())
CAP_WORD_RE = re.compile(r"^[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*$")


def _title_case_words(doc: Doc, v) -> set[int]:
    """Indices of Title-Case words in a Title-Case title ("Multi-Type Anomaly Detection"): read as lower case."""
    end = title_end_of(doc)
    words = [k for k in range(end) if len(v.text[k]) > 3 and v.text[k][:1].isalpha()]
    if not words or sum(v.text[k][:1].isupper() for k in words) < 0.7 * len(words):
        return set()
    return {k for k in range(end) if CAP_WORD_RE.match(v.text[k])}


def find_phrases(doc: Doc) -> list[Candidate]:
    """Concept and task candidates: each head noun with the one or two modifier words before it."""
    out = []
    v = view(doc)
    lowered = _title_case_words(doc, v)
    windows = propose_windows(doc)
    texts = v.text
    # the head nouns first (the tokens flagged as HEAD_WORDS, one numpy pass), then the rules at those tokens only
    at = flagged(doc, B_HEAD_WORD)
    if lowered:  # the title's Title-Case words are read in lower case
        texts = list(texts)
        for k in lowered:
            texts[k] = v.lower[k]
        at = sorted([k for k in at if k not in lowered] + [k for k in lowered if texts[k] in HEAD_WORDS])
    heads = [(k, HEAD_WORDS[texts[k]]) for k in at]
    for k, typ in heads:
        s = k
        mods = 0
        while s > 0 and mods < 2 and not v.start[s]:
            # "sentence-level mining": a modifier split off at a hyphen takes its left part along
            glued = s >= 3 and v.text[s - 2] == "-" and not doc[s - 2].whitespace_ and not doc[s - 3].whitespace_
            if glued and v.lower[s - 1] not in LOST_DASH:  # "tasks-including scene classification": a lost dash
                compound = texts[s - 3] + "-" + texts[s - 1]
                if WORD_RE.match(texts[s - 1]) and WORD_RE.match(texts[s - 3]) and v.lower[s - 3] not in DETERMINERS \
                        and _compound_can_modify(compound.lower()):
                    s -= 3
                    mods += 1
                    continue
                s = -1  # never start a phrase inside a hyphenated compound
                break
            if not is_modifier_text(texts[s - 1]) and not (
                    v.lower[s - 1] in INNER_GERUNDS and s >= 2 and not v.start[s - 1] and mods == 0
                    and is_modifier_text(texts[s - 2])):
                break
            s -= 1
            mods += 1
            if ACRO_RE.match(texts[s]):
                break  # an acronym modifier only at the left edge
        if s > 0 and s < k and v.lower[s - 1] in VERB_CONTEXT and not v.text[s].isupper():
            s += 1  # the first word is the verb of "we ..."/"can ...": the phrase starts after it
            mods -= 1
            if v.text[s] == "-":
                s = k
        if s < 0:
            continue
        if s == k:
            proper = _proper_modifier(doc, v, s, k, typ)
            if proper is not None:
                out.append(proper)  # "Hadamard transformation", "Kronecker decomposition"
            continue
        if s > 0 and v.text[s - 1] == "-" and not token_spaces(doc)[s - 1]:
            continue
        text = span_text(doc, s, k + 1)  # doc[s:k + 1].text without a Span
        if text.lower() in GENERIC_PHRASES:
            continue
        if texts[k] == "inference" and any("-" in texts[x] for x in range(s, k)):
            continue  # "linear-time inference", "uncertainty-aware inference": how, not which problem
        first = v.lower[s]
        if s + 2 < k and v.text[s + 1] == "-" and not doc[s].whitespace_:
            first = v.lower[s] + "-" + v.lower[s + 2]  # "graph-based", "cross-modal"
        if typ == "task" and (first in MANNER_MODIFIERS or first.endswith(MANNER_SUFFIXES)):
            typ = "concept"  # "parallel reasoning", "graph-based reasoning": a way of doing it, a technique
        proper = _proper_modifier(doc, v, s, k, typ)
        if proper is not None:
            out.append(proper)
            continue
        title_cased = any(x in lowered for x in range(s, k + 1))
        if title_cased:
            if typ != "task" or any(texts[x] in CONCEPT_HEADS or texts[x] in TASK_HEADS for x in range(s, k)):
                continue  # Title-Case technique words in a title are usually part of a name ("Distillation Reasoning")
            name = "".join((texts[x] if x in lowered else v.text[x]) + doc[x].whitespace_ for x in range(s, k + 1)).strip()
            out.append(Candidate(s, k + 1, typ, "rule:phrase", 0.5, canonical=name, name=name))
            continue
        end = _coined_extension(doc, v, s, k, windows)
        if end > k + 1:
            out.append(Candidate(s, end, "concept", "rule:phrase", 0.5))  # proposed later: a coined method
            continue
        out.append(Candidate(s, k + 1, typ, "rule:phrase", 0.5))
        if mods == 1:
            out.extend(_coordinated(doc, v, s, k, typ))
    return out


# companies and labs whose name stands before their products ("Cohere multilingual embedding")
VENDOR_WORDS = frozenset("Cohere OpenAI Google Meta Microsoft Amazon Apple Nvidia NVIDIA Anthropic Mistral Alibaba "
                         "Baidu Tencent Huawei Intel Qualcomm Samsung IBM Salesforce Hugging Face DeepMind".split())


def _proper_modifier(doc: Doc, v, s: int, k: int, typ: str) -> Candidate | None:
    """A capitalised proper word before a technique phrase makes it a named method (guide: a capital letter
    in its usual name): "Hadamard transformation", "Gumbel top-k sampling", "Monte Carlo simulations".
    A language name before a task keeps it a task: "Chinese text rendering".

    >>> from extractors.pipeline import get_nlp
    >>> doc = get_nlp()("We apply a Hadamard transformation and Gumbel top-k sampling to Chinese text rendering.")
    >>> [(doc[c.start:c.end].text, c.type) for c in find_phrases(doc)]
    [('Hadamard transformation', 'method'), ('Gumbel top-k sampling', 'method'), ('Chinese text rendering', 'task')]
    """
    p = s - 1
    if p < title_end_of(doc) or v.start[p] or not CAP_WORD_RE.match(v.text[p]) or "-" in v.text[p]:
        return None
    if v.lower[p] in CAP_STOP or v.lower[p] in STOP_MODIFIERS:
        return None
    if v.lower[p] in LANGUAGE_NAMES:
        return Candidate(p, k + 1, "task", "rule:phrase", 0.5) if typ == "task" and s < k else None
    if typ != "concept" and v.lower[k] not in NAME_HEADS:
        return None
    if load_gazetteer().lookup(v.text[p]) is not None or v.text[p] in VENDOR_WORDS:
        return None  # "Cohere multilingual embedding", "NVIDIA kernels": a known name modifies, it is not the name
    if p > 0 and (v.text[p - 1][:1].isupper() and not v.start[p - 1] or v.text[p - 1] == "-"):
        return None  # part of a longer capitalised name: the name rules own it
    return Candidate(p, k + 1, "method", "rule:phrase", 0.55)


# words that close a coined technique name after its head: "directional compression principle", "gap penalty term"
COINED_TAILS = frozenset("principle principles law laws hypothesis rule rules penalty bonus loss objective regularizer "
                         "criterion trick rate ratio score metric".split())


def _coined_extension(doc: Doc, v, s: int, k: int, windows) -> int:
    """End of a phrase the paper coins right after "we propose/introduce": its closing tail word is part of it.

    >>> from extractors.pipeline import get_nlp
    >>> doc = get_nlp()("Guided by this, we propose the directional compression principle for KV caches.")
    >>> [doc[c.start:c.end].text for c in find_phrases(doc)]
    ['directional compression principle']
    """
    if k + 1 >= len(doc) or v.lower[k + 1] not in COINED_TAILS or v.start[k + 1]:
        return k + 1
    if not any(a <= s < b for a, b in windows):
        return k + 1
    return k + 2


def _coordinated(doc: Doc, v, s: int, k: int, typ: str) -> list[Candidate]:
    """"pipeline and tensor parallelism": the first modifier shares the head ("pipeline parallelism").

    The mention is the modifier alone (the text has no contiguous span for the phrase); its name is spelled out.
    """
    if s < 2 or v.lower[s - 1] not in ("and", "or"):
        return []
    m = s - 2
    if v.text[m] == ",":
        return []  # "writing, analysis, and multilingual communication": comma lists are mostly plain nouns
    start = _conjunct_start(doc, v, m)
    if start is None or (start > 0 and v.text[start - 1] == "-" and not doc[start - 1].whitespace_):
        return []
    name = doc[start:m + 1].text + " " + v.text[k]
    # each conjunct is typed on its own: "graph-based and temporal reasoning" are a technique and a task
    first = doc[start:m + 1].text.lower()
    own = _head_type_of(v.lower[k]) or typ
    if own == "task" and (first in MANNER_MODIFIERS or first.endswith(MANNER_SUFFIXES)):
        own = "concept"
    return [Candidate(start, m + 1, own, "rule:phrase", 0.5, canonical=name, name=name)]


# abstract nouns stand alone in a coordination, they do not share the head: "hallucination and visual grounding"
ABSTRACT_NOUN_RE = re.compile(r"(?:tion|sion|ment|ness|ity|ance|ence|ism|sis|ship)$")


def _conjunct_start(doc: Doc, v, m: int) -> int | None:
    """Start of the one-word (or hyphenated) modifier ending at token ``m``, ``None`` when it is not one.

    >>> from extractors.pipeline import get_nlp
    >>> doc = get_nlp()("We study object detection and depth estimation, hallucination and visual grounding, "
    ...                 "and word-level and sentence-level mining.")
    >>> sorted(c.name for c in find_phrases(doc) if c.name)
    ['word-level mining']
    """
    # "word-level and sentence-level mining": a hyphenated modifier split at its suffix
    if m >= 2 and v.text[m - 1] == "-" and not doc[m - 1].whitespace_ and not doc[m - 2].whitespace_ \
            and WORD_RE.match(v.text[m - 2]):
        return m - 2
    if is_modifier(doc[m]) and WORD_RE.match(v.text[m]) and _head_type_of(v.lower[m]) is None \
            and not ABSTRACT_NOUN_RE.search(v.lower[m]) \
            and not (m > 0 and WORD_RE.match(v.text[m - 1]) and is_modifier(doc[m - 1])):
        return m  # a lone modifier, not the head of its own phrase ("object detection and depth estimation")
    return None


# last words of Title-Case technique names: "Breadth First Search", "Latent Token Encoder", "Serial Scaling Hypothesis"
NAME_HEADS = (frozenset(w for w, t in HEAD_TYPES.items() if t == "method") | CONCEPT_HEADS
              | frozenset("hypothesis law principle theorem equation equations count rate paths filter transform "
                          "library estimator sampler encoder decoder loop cycle block adapter generator extractor "
                          "refinement aggregation guidance convolution autoencoder autoencoders splatting scoring "
                          "recovery".split())
              - frozenset("models model tokens languages computation computing agents reward rewards".split()))
# capitalised words that open sentences or titles of sections, never a technique name
CAP_STOP = frozenset("we our this these the in on for to with by from as at and or but a an it its".split())


def find_capitalised_names(doc: Doc) -> list[Candidate]:
    """Title-Case technique names in the abstract: two to five capitalised words ending in a technique head.

    Sentence-initial capitals say nothing, so a run must start inside a sentence. Tasks ("... Answering")
    are written lower case as the guide wants.

    >>> from extractors.pipeline import get_nlp
    >>> doc = get_nlp()("We run Breadth First Search on the graph.")
    >>> [(doc[c.start:c.end].text, c.type) for c in find_capitalised_names(doc)]
    [('Breadth First Search', 'method')]
    """
    v = view(doc)
    n = len(doc)
    out = []
    k = title_end_of(doc)
    # a run starts only at a token opening with an ASCII capital (what CAP_WORD_RE needs): visit just those,
    # in order, from k on; the tokens in between would only have moved k on by one
    for c in flagged(doc, B_CAPITAL):
        if c < k:
            continue  # inside the run just read
        k = c
        if not CAP_WORD_RE.match(v.text[k]) or v.start[k] or v.lower[k] in CAP_STOP:
            continue
        if k > 0 and (v.text[k - 1][:1].isupper() or (v.text[k - 1] == "-" and not doc[k - 2].whitespace_)):
            continue  # inside a longer capitalised run that starts at the sentence start
        e = k + 1
        words = 1
        while e < n and words < 5:
            if CAP_WORD_RE.match(v.text[e]) and not v.start[e]:
                e += 1
                words += 1
            elif v.text[e] == "-" and e + 1 < n and not doc[e - 1].whitespace_ and not doc[e].whitespace_ \
                    and CAP_WORD_RE.match(v.text[e + 1]):
                e += 2
            else:
                break
        if e < n and ((v.text[e][:1].isupper() or v.text[e][:1].isdigit()) and not v.start[e]
                      or v.text[e] == "-" and not doc[e - 1].whitespace_):
            k = e + 1  # runs into a longer name ("... Search V2", "... Search GPT"): the name rules own it
            continue
        head = v.lower[e - 1]
        if words >= 2 and head in (NAME_HEADS | TASK_HEADS):
            known = load_gazetteer().lookup(span_text(doc, k, e))
            if known is not None and known.type in ("concept", "task"):
                # "without Classifier-Free Guidance": a known family written in Title Case is that family
                out.append(Candidate(k, e, known.type, "rule:cap_name", 0.6, canonical=known.canonical))
            elif head in TASK_HEADS and head not in NAME_HEADS:
                name = " ".join(doc[k:e].text.lower().split())
                out.append(Candidate(k, e, "task", "rule:cap_name", 0.6, canonical=name, name=name))
            else:
                out.append(Candidate(k, e, "method", "rule:cap_name", 0.6, proposed=_listed_part(v, k)))
        k = e
    return out


def _listed_part(v, k: int) -> bool:
    """Whether the name at ``k`` opens an item of a list of a system's parts: "OmniTransfer incorporates three
    key designs: Task-aware Positional Bias that ...; Reference-decoupled Causal Learning ..." (its own parts)."""
    j = k - 1 if k > 0 and v.lower[k - 1] in ("a", "an", "the") else k
    if j == 0 or v.text[j - 1] not in (":", ";") and not (j > 1 and v.lower[j - 1] == "and" and v.text[j - 2] == ";"):
        return False
    s0 = v.sent_start_of[k]
    colon = next((x for x in range(s0, j) if v.text[x] == ":"), None)
    return colon is not None and any(w in PART_WORDS for w in v.lower[s0:colon])


# what a paper assumes rather than uses as a technique: "Gaussian noise" has no head here, these have one
GENERIC_EPONYM_TERMS = frozenset({("gaussian", "distribution"), ("gaussian", "distributions")})
DASH_TOKENS = frozenset("- \u2013 \u2014".split())


def find_eponym_terms(doc: Doc) -> list[Candidate]:
    """Objects named after people: an eponym (``lexicon.EPONYMS``) and a head of ``lexicon.EPONYM_HEADS``, right
    after it or after one modifier word. Named methods by the guide (a capital letter in the usual name). Trusted
    like a gazetteer term, so that the whole name wins over a known shorter one inside it ("Runge-Kutta time
    integrator").

    >>> from extractors.pipeline import get_nlp
    >>> doc = get_nlp()("A Stackelberg game with the Johnson-Lindenstrauss lemma, Kullback–Leibler divergence "
    ...                 "and Gaussian noise.")
    >>> [(doc[c.start:c.end].text, c.type) for c in find_eponym_terms(doc)]  # doctest: +NORMALIZE_WHITESPACE
    [('Stackelberg game', 'method'), ('Johnson-Lindenstrauss lemma', 'method'),
     ('Kullback–Leibler divergence', 'method')]
    """
    v = view(doc)
    n = len(doc)
    title_end = title_end_of(doc)
    spaces = token_spaces(doc)
    out = []
    for k in flagged(doc, B_EPONYM):
        if k > 0 and (v.text[k - 1] in DASH_TOKENS and not spaces[k - 1]
                      or v.text[k - 1][:1].isupper() and not v.start[k - 1]):
            continue  # inside a longer name ("Kullback–Leibler" was read at "Kullback", "Modern Hopfield Network")
        j = k + 1
        if j + 1 < n and v.text[j] in DASH_TOKENS and not spaces[k] and not spaces[j] \
                and v.text[k] + "-" + v.text[j + 1] in EPONYMS:
            j += 2  # "Kullback–Leibler": a pair split at an en dash
        elif v.text[k] not in EPONYMS:
            continue  # the first half of a pair alone ("Johnson")
        if j < n and v.text[j] in ("'s", "’s"):
            j += 1  # "Newton's method"
        for x in range(j, min(j + 2, n)):
            low = v.lower[x]
            if low in EPONYM_HEADS and (v.text[x] == low or x < title_end):
                start = k - 1 if k > 0 and v.text[k - 1] == "von" else k  # "von Mises-Fisher distribution"
                if (v.lower[k], low) not in GENERIC_EPONYM_TERMS:
                    out.append(Candidate(start, x + 1, "method", "rule:eponym", 0.7))
                break
            if v.text[x] != low or not is_modifier_text(v.text[x]):
                break
    return out


@Language.component("kg_phrases")
def kg_phrases(doc: Doc) -> Doc:
    """Pipeline component: lower-case concept and task phrases, and Title-Case technique names."""
    candidates(doc).extend(find_phrases(doc))
    candidates(doc).extend(find_capitalised_names(doc))
    candidates(doc).extend(find_eponym_terms(doc))
    return doc
