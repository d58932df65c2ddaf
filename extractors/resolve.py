"""Resolution: the candidates the components left on a Doc become one Entity per thing named.

Steps: defined acronyms first (short and long form are one entity, wherever written), then
the other candidates, strong signals longest-first and weak ones into the gaps; spellings
meet under ``merge_key``; each entity takes the best-trusted type (gazetteer > acronym >
rules), the gazetteer canonical or the defined long form, and a family link.

>>> from extractors.extract import extract
>>> from extractors.records import PaperRecord
>>> ex = extract(PaperRecord("t:1", "T", "We use speculative decoding (SD) and Flash Attention on A100 GPUs."))
>>> [(e.name, e.canonical, e.type) for e in ex.entities]
[('Flash Attention', 'FlashAttention', 'method'), ('A100 GPUs', 'NVIDIA A100', 'hardware'), ('SD', 'speculative decoding', 'concept')]
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.tokens import Doc

from extractors.boundaries import extend_boundaries
from extractors.canonical import clean_surface, family_of, merge_key
from extractors.components.acronyms import best_long_form, initials_long_form
from extractors.components.candidates import (AcronymPair, Candidate, found_acronyms, found_candidates, propose_windows,
                                               title_end_of, view)
from extractors.components.lexicon import (CHALLENGE_HEADS, CONCEPT_HEADS, NAMING_WORDS, TASK_HEADS, is_language_pair,
                                           type_of_head)
from extractors.components.names import known_checkpoint, name_suffix_type
from extractors.components.sentences import doc_text, span_text, token_offsets
from extractors.gazetteer import Gazetteer, load_gazetteer
from extractors.metric_lists import metric_lists
from extractors.model import ENTITY_TYPES, Entity, Mention

SEP = "\n\n"  # between title and abstract in the Doc


def field_of(char: int, title_len: int) -> tuple[str, int]:
    """Which field a Doc character offset falls in, and the offset within that field."""
    if char < title_len:
        return "title", char
    return "abstract", char - title_len - len(SEP)


# last words of Title-Case long forms that name generic things, not systems
GENERIC_TITLE_HEADS = frozenset("objective system equation multiplication execution research fusion network "
                                "function process problem analysis theory vulnerability agreement".split())
# rules that type a name from what its sentence says about it ("we propose X, a framework", "X, a benchmark")
CONTEXT_SOURCES = frozenset("rule:title_prefix rule:we_propose rule:named rule:our rule:appositive "
                            "rule:head_appositive".split())
# last words of long forms that name things outside ML (diseases, organisations, instruments): never entities here
NON_ML_HEADS = frozenset("disorder disorders disease diseases syndrome cancer infection retinopathy calcification "
                         "initiative service services agency organization organisation association society university "
                         "institute council administration act regulation directive program programme project "
                         "satellite telescope spectrometer radiometer imager survey census ministry department "
                         "committee consortium alliance union hospital clinic patients room rooms "
                         # what a system senses or drives, not how: "Synthetic Aperture Radar (SAR)", "Low Earth Orbit"
                         "radar radars orbit vehicle vehicles sensor sensors".split())
# how much each signal is trusted when candidates disagree on a type
SOURCE_RANK = {"gazetteer": 3, "rule:acronym": 2}
# ("long-term" names nothing: the verb starts a word of its own, or a "co-" one: "we co-design")
PROPOSE_CUE = re.compile(r"\b(?:we|this (?:paper|work)|here)\b[^.;]{0,40}(?<![\w-])(?:co-)?"
                         r"(?:propose|introduce|present|develop|design|name|call|term|dub|release)"
                         r"|\bour (?:proposed|new|novel)\b|"
                         # not "named entity", "so-called"
                         r"(?<!-)\b(?:called|named(?!\s+entit)|dubbed|termed|namely)\b",
                         re.I)

# right before a name: "The proposed Load Limiting Control (LLC) scheme", "The proposed model (Parallel Perception
# Network (PPN))"; not "The proposed model achieves 20% higher accuracy than ... Dynamic Time Warping (DTW)"
_THE_PROPOSED = re.compile(r"\bthe\s+proposed(?:\s+[\w-]+)?\s*\(?\s*$", re.I)


@dataclass
class _Group:
    """One entity under construction: its spans and what the signals said about it."""

    key: str
    spans: list[tuple[int, int]] = field(default_factory=list)
    types: list[tuple[float, str]] = field(default_factory=list)  # (weight, type)
    canonical: str | None = None
    canonical_rank: int = 0
    name: str | None = None  # forced name (the acronym)
    family: str | None = None
    proposed: bool = False
    sources: list[tuple[float, str]] = field(default_factory=list)
    suffix_dataset: bool = False
    context_types: list[tuple[float, str]] = field(default_factory=list)  # types said by the sentence ("X, a framework")
    not_meant: set[str] = field(default_factory=set)  # gazetteer canonicals the paper's own acronym definition rules out
    known_family: bool = False  # a curated gazetteer entry says it is a concept or task: nothing a paper proposes
    defaulted: bool = False  # its acronym definition typed it "method" for want of any signal

    def vote(self, c: Candidate) -> None:
        if _ruled_out(c, self.not_meant):
            return
        rank = SOURCE_RANK.get(c.source.split(":")[0], 0) if c.source.startswith("gazetteer") else SOURCE_RANK.get(c.source, 1)
        if c.type:
            self.types.append((c.confidence + rank, c.type))
            if c.source in CONTEXT_SOURCES:
                self.context_types.append((c.confidence, c.type))
        self.sources.append((c.confidence, c.source))
        if c.type in ("concept", "task") and c.source.startswith("gazetteer") and not c.source.endswith("_corpus"):
            self.known_family = True
        if c.canonical and rank >= self.canonical_rank and c.source != "rule:placeholder":
            self.canonical, self.canonical_rank = c.canonical, rank
        if c.name and not self.name:
            self.name = c.name
        if c.family and not self.family:
            self.family = c.family
        self.proposed = self.proposed or c.proposed

    def best_type(self) -> str | None:
        if not self.types:
            return None
        score: dict[str, float] = {}
        for w, t in self.types:
            score[t] = max(score.get(t, 0.0), w)
        best = max(sorted(score), key=lambda t: score[t])
        context = max(self.context_types)[1] if self.context_types else None
        if context in ("method", "model", "dataset") and best != context and (
                self.proposed and score[best] >= 3 or self.defaulted and best == "method"):
            # the paper's own "C4" system is not the C4 corpus: what the paper says it introduces wins; and
            # "VEELA: A ... Benchmark for ..." over the method its acronym definition makes it by default
            return context
        if self.suffix_dataset and best in ("model", "method") and score[best] < 3 and context is None:
            best = "dataset"  # "LVBench", "GIE-Bench": the name says benchmark; only a gazetteer or context overrides
        # a technique the paper coins and names is a method, even when written like a concept
        if self.proposed and best == "concept":
            return "method"
        return best


def _ruled_out(c: Candidate, not_meant: set[str]) -> bool:
    """A gazetteer match whose entry the paper's acronym definition rules out (``_redefines``,
    ``_family_behind_name``): it neither types nor names the entity."""
    return c.canonical in not_meant and c.source.startswith("gazetteer")


# "Diffusion Multimodal Large Language Model (DMLLM)": a generic model class, never an entity (guide)
GENERIC_CLASS_RE = re.compile(r"\b(?:language|vision[- ]language|foundation|multimodal|reasoning) models?$", re.I)


_PLURAL_ACRONYM_RE = re.compile(r"^[A-Z][A-Z0-9]+s$")


def _short_keys(short: str) -> set[str]:
    """The merge keys of a defined short form, with its singular when it is a plural acronym ("CPs": "CP" too).

    >>> sorted(_short_keys("CPs")), sorted(_short_keys("KV"))
    (['cp', 'cps'], ['kv'])
    """
    keys = {merge_key(short)}
    if _PLURAL_ACRONYM_RE.match(short):
        keys.add(merge_key(short[:-1]))
    return keys


def _span_text(doc: Doc, span: tuple[int, int]) -> str:
    return clean_surface(span_text(doc, span[0], span[1]))  # no Span/Token objects (A4, speed)


def _redefines(c: Candidate, pair: AcronymPair, gaz: Gazetteer) -> bool:
    """Whether the paper spells out its short form as something other than the gazetteer entry ``c`` found
    for it: "high-resource languages (HRLs)" is not the gazetteer's HRL (hierarchical reinforcement learning),
    "Context-Free Grammars (CFGs)" not classifier-free guidance.

    The paper's long form must spell the short form word by word, the entry's may spell it letter by letter
    ("Neural algorithmic reasoning (NAR)" is not the gazetteer's NAR, non-autoregressive generation); the two
    differ in their first and their last word (a shared "free" makes no match). An entry that gives no
    expansion ("CLIP", "Grad-CAM") stands, and so does the gazetteer against a loose long form the paper's
    bracket was matched to.
    """
    entry = gaz.lookup(c.canonical, c.type) if c.source.startswith("gazetteer") else None
    if entry is None or initials_long_form(pair.short_text, pair.long_text.split()) != 0:
        return False
    short = pair.short_text
    expansions = [n for n in entry.names
                  if n != short and (initials_long_form(short, n.split()) == 0 or _spelled_loosely(short, n))]
    ends = _ends(pair.long_text)
    return bool(expansions) and not any(a == b for n in expansions for a, b in zip(ends, _ends(n)))


def _spelled_loosely(short: str, name: str) -> bool:
    """Whether a gazetteer name of two words or more spells ``short`` letter by letter without containing it:
    "non-autoregressive generation" spells NAR, "GPT-1" and "OpenAI GPT" are names, not expansions, of GPT."""
    words = _words(name)
    return len(words) > 1 and short.lower() not in words and best_long_form(short, name) == 0


def _ends(text: str) -> tuple[str, str]:
    """The first and the last word of a long form, lower-case, without a plural s."""
    words = _words(text)
    return _stem(words[0]), _stem(words[-1])


def _words(text: str) -> list[str]:
    """A term's words, lower-case, split at spaces and hyphens."""
    return [w for w in re.split(r"[\s\-]+", text.lower()) if w]


def _stem(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _known_term_after(doc: Doc, pair: AcronymPair, gaz: Gazetteer):
    """(gazetteer entry, name, token span) when the word after a defined acronym makes, with its short or
    long form, a term the gazetteer knows: "Key-Value (KV) cache" is the KV cache, "Minimum Bayes Risk (MBR)
    decoding" minimum Bayes risk decoding. None otherwise."""
    end = max(pair.short[1], pair.long[1]) + 1  # past the closing bracket
    if end >= len(doc) or not view(doc).text[end][:1].isalpha():
        return None
    word = view(doc).text[end]
    for form in (pair.short_text, pair.long_text):
        term = f"{form} {word}"
        entry = gaz.lookup(term)
        # the entry's own words, not only its letters: "LV is" is no LVIS, "OR in" no Orin
        if entry is not None and not gaz.is_stopword(term) and any(_words(term) == _words(n) for n in entry.names):
            return entry, term, (min(pair.short[0], pair.long[0]), end + 1)
    return None


def _family_behind_name(by_span: dict, pair: AcronymPair) -> set[str]:
    """The concepts and tasks the gazetteer knows by a long form whose short form it knows as a model or
    dataset: "contrastive language-image pretraining (CLIP)" is the CLIP model, not the training technique.
    A plural names the class ("latent diffusion models (LDMs)"): the family stands."""
    short = [c for c in by_span.get(pair.short, []) if c.source.startswith("gazetteer")]
    if not any(c.type in ("model", "dataset") for c in short) or pair.short_text.endswith("s") \
            or pair.long_text.endswith("s"):
        return set()
    return {c.canonical for c in by_span.get(pair.long, []) if c.source.startswith("gazetteer")
            and c.type in ("concept", "task")}


def _in_title(doc: Doc, pair: AcronymPair) -> bool:
    """Whether the title spells the pair's long form or its short form (a word of its own)."""
    return pair.long_text.lower() in span_text(doc, 0, title_end_of(doc)).lower() or _short_in_title(doc, pair)


def _short_in_title(doc: Doc, pair: AcronymPair) -> bool:
    """Whether the title writes the pair's short form as a word of its own."""
    return pair.short_text.lower() in re.findall(r"[\w-]+", span_text(doc, 0, title_end_of(doc)).lower())


def _what_it_is_for(doc: Doc, pair: AcronymPair) -> bool:
    """Whether a defined name only says what the new system is for: after "for" (and lower-case modifiers), and
    itself modifying the lower-case noun after its bracket, which no type head is: "a method for one-handed
    Deformable Linear Object (DLO) knot tying", "algorithms ... for Belief-Desire-Intention (BDI) robots",
    "according to the Hoehn and Yahr (H&Y) scale" (a "Dual-Stream Attention (DSA) module" after "for" is still a
    part).
    """
    low = view(doc).lower
    k = min(pair.long[0], pair.short[0]) - 1
    if k >= 1 and low[k] == "the":
        k -= 1  # "to stage PD severity according to the Hoehn and Yahr (H&Y) scale"
    first = k
    # up to two lower-case modifiers between ("for one-handed ..."), none a function word or "novel"
    while k >= 0 and first - k < 2 and low[k] != "for" and doc[k].text[:1].islower() \
            and low[k].replace("-", "").isalpha() and low[k] not in _NOT_MODIFIERS:
        k -= 1
    end = max(pair.long[1], pair.short[1]) + 1  # past the closing bracket
    purpose = k >= 0 and (low[k] == "for" or low[k] == "to" and k >= 1 and low[k - 1] == "according")
    return purpose and end < len(doc) and doc[end].text[:1].islower() \
        and doc[end].text.isalpha() and type_of_head(doc[end].text) is None and low[end] not in _NOT_NOUNS


_NOT_MODIFIERS = frozenset("a an the that which to and or novel new our its their".split())
# words after a bracket that go on with the sentence, not a noun the name modifies
_NOT_NOUNS = frozenset("and or that which to with in on is are was were as by via from".split())


def _acronym_type(doc: Doc, pair: AcronymPair, by_span: dict, gaz: Gazetteer, not_meant: set[str]
                  ) -> tuple[str | None, str | None, bool, bool]:
    """(type, canonical from gazetteer, proposed, whether the type is only a default) of a defined acronym;
    ``not_meant``: the canonicals of gazetteer matches of the short form that the paper's long form rules out
    (``_redefines``)."""
    typ, canon, proposed = None, None, False
    signals = {span: [c for c in by_span.get(span, []) if not _ruled_out(c, not_meant)]
               for span in (pair.long, pair.short)}
    for span in (pair.long, pair.short):
        for c in signals[span]:
            proposed = proposed or c.proposed
            if c.source.startswith("gazetteer") and not canon:
                typ, canon = c.type, c.canonical
    # "prolonged RL (ProRL) training ... We introduce ProRL, a novel training methodology": the short form
    # introduced, with an appositive, where it is written again ("we propose a TSG model" is no such sentence)
    proposed = proposed or any(_introduced(by_span.get(span, [])) for span in _other_mentions(doc, pair.short))
    if canon is None:
        # the long form decides: a short form alone is too ambiguous ("ABC", "SD")
        entry = gaz.lookup(pair.long_text)
        if entry is not None:
            typ, canon = entry.type, entry.canonical
    long_words = pair.long_text.replace("-", " ").split()
    sent_start = view(doc).sent_start_of[pair.long[0]]  # Token.sent rebuilds the sentences per call (A4, speed)
    known = canon is not None
    # a sentence-initial capital says nothing about the name ("Multilingual neural machine translation (MNMT)")
    words = long_words[1:] if pair.long[0] == sent_start else long_words
    # all-capital words inside ("Compound AI systems", "KV cache") do not make a proper name
    lower = all(w[:1].islower() or not w[:1].isalpha() or (len(w) > 1 and w.isupper()) for w in words)
    first = min(pair.long[0], pair.short[0])
    before = span_text(doc, sent_start, first)
    if not known and _opens_title(doc, pair):
        proposed = True  # "Rapeseed population point cloud completion network (RP-PCN) with dynamic graph ..."
    if not lower and not known and (PROPOSE_CUE.search(before) or _THE_PROPOSED.search(before)
                                    or _proposed_before(by_span, sent_start, first)) \
            and not _what_it_is_for(doc, pair):
        # "we introduce ... Knowledge Encouragement Preference Optimization (KEPO)", "DoReMi activates experts via
        # Domain-Guided Spatial Routing (DSR)": a Title-Case name in a sentence about the new system is a part of it
        proposed = True
    if typ is None:
        for span in (pair.long, pair.short):
            for c in signals[span]:
                if c.type and c.source not in ("rule:name_shape", "rule:cap_name", "rule:phrase"):
                    typ = c.type  # shape and phrase rules know less than the acronym's own long form
        # only dataset/model heads type a long form ("... Benchmark", "... Model"); method heads are too loose
        last_head = type_of_head(long_words[-1])
        head_type = last_head if last_head in ("dataset", "model") else None
        end = max(pair.short[1], pair.long[1]) + 1  # past the closing bracket: "the Autism Gaze Target (AGT) dataset"
        if head_type is None and end < len(doc) and type_of_head(doc[end].text) == "dataset":
            head_type = "dataset"
        last = long_words[-1].lower()
        if last in NON_ML_HEADS and not proposed:
            return None, None, False, False  # "Autism Spectrum Disorder (ASD)", "Atmosphere Monitoring Service (CAMS)"
        if "," in pair.long_text and "-" not in pair.long_text and not proposed \
                and pair.long_text.lower() not in span_text(doc, 0, title_end_of(doc)).lower():
            # "Chemical, Biological, Radiological, and Nuclear (CBRN)", "Hue, Saturation, and Value (HSV)": a list
            # of plain words is a field's phrase, not a name, unless the paper's title or a proposal says so
            return None, None, False, False
        generic_head = last in CONCEPT_HEADS or last in TASK_HEADS or last.rstrip("s") in GENERIC_TITLE_HEADS or last in GENERIC_TITLE_HEADS
        cited = _cited_after(doc, pair)
        if typ is None and lower and _named_dataset(doc, pair, end):
            return "dataset", None, proposed, False
        if typ is None:
            if lower and not proposed and not _technique_word(last, gaz):
                # "coronary artery calcification (CAC)", "chest X-rays (CXRs)": not ML terms
                return None, None, False, False
            if lower or (generic_head and not proposed and head_type is None and not cited):
                # lower-case families, and Title-Case generic terms the paper does not introduce
                # ("Remote Code Execution (RCE)", "Service Level Objectives (SLOs)"), are concepts or tasks
                typ = "task" if last in TASK_HEADS else "concept"
            elif head_type == "model" and not proposed:
                typ = "concept"  # "Uniform Discrete Diffusion Model (UDM)": a class of models, not a checkpoint
            elif head_type in ("dataset", "model"):
                typ = head_type
            else:
                # nothing typed it: a method by default, which what the paper's sentences say of the name
                # overrules (_Group.best_type)
                return "method", None, proposed, True
    if proposed and typ == "concept":
        typ = "method"
    return typ, canon, proposed, False


_DATASET_WORDS = frozenset({"dataset", "benchmark", "corpus"})


def _named_dataset(doc: Doc, pair: AcronymPair, end: int) -> bool:
    """Whether a lower-case long form's short form names the dataset after its bracket, which the title names
    too: "DDL: A Dataset for ..." with "a novel large-scale deepfake detection and localization (DDL) dataset"
    (the long form spells the task it is for). Without the title's word, "an egocentric visual question
    answering (VQA) dataset" may as well define the task and leave the dataset unnamed."""
    return end < len(doc) and view(doc).lower[end] in _DATASET_WORDS and _short_in_title(doc, pair)


def _opens_title(doc: Doc, pair: AcronymPair) -> bool:
    """Whether an acronym's long form opens the title or its part after a colon ("Memory as a Service (MaaS):
    ...", "Smelly, dense, and spreaded: The Object Detection for Olfactory References (ODOR) dataset"): the
    paper's own name; not one inside ("... Using Computed Tomography (CT) Images")."""
    v = view(doc)
    if pair.short[1] > title_end_of(doc):
        return False
    s = pair.long[0] - (1 if pair.long[0] > 0 and v.lower[pair.long[0] - 1] in ("the", "a", "an") else 0)
    return s == 0 or v.text[s - 1] == ":"


TECHNIQUE_SUFFIXES = ("ing", "tion", "sion", "ment", "ism", "ity", "ics", "ance", "ence", "ization", "isation")
TECHNIQUE_NOUNS = frozenset("network networks model models algorithm algorithms method methods system systems "
                            "experts expert cache caches policy policies process processes function functions "
                            "framework frameworks unit units field fields graph graphs loss law laws rule rules "
                            "estimation estimator transformer transformers encoder decoder machine machines "
                            "tree trees space spaces descent gradient feedback reward rewards thought thoughts "
                            "prompt prompts layer layers kernel kernels attention memory agent agents size rate ratio "
                            "tradeoff trade-off bound bounds".split())


def _introduced(signals: list[Candidate]) -> bool:
    """Whether a name is the object of "we propose" and has an appositive ("We introduce X, a novel ...")."""
    sources = {c.source for c in signals if c.proposed}
    return "rule:appositive" in sources and bool(sources & {"rule:we_propose", "rule:our"})


def _technique_word(last: str, gaz: Gazetteer) -> bool:
    """Whether a lower-case long form's last word can end a technique or task name (ML vocabulary, -ing/-tion
    nouns, a known technique's acronym: "prolonged RL")."""
    if last in CONCEPT_HEADS or last in TASK_HEADS or last in TECHNIQUE_NOUNS or last.endswith(TECHNIQUE_SUFFIXES):
        return True
    if type_of_head(last) is not None:
        return True
    entry = gaz.lookup(last) if len(last) > 1 else None
    return entry is not None and entry.type in ("method", "concept")


def _proposed_before(by_span: dict, start: int, end: int) -> bool:
    """Whether a name the paper proposes (its title prefix, "we propose X") is written in tokens [start, end)."""
    return any(start <= sp[0] < end and any(c.proposed and c.source != "rule:phrase" for c in cs)
               for sp, cs in by_span.items())


def _other_mentions(doc: Doc, span: tuple[int, int]) -> list[tuple[int, int]]:
    """Every other place the same token sequence occurs (case-insensitive), e.g. a long form in the title."""
    low = view(doc).lower
    target = low[span[0]:span[1]]
    n = len(target)
    out = []
    # jump between occurrences of the first token (list.index runs in C) instead of testing every position
    first, last, i = target[0], len(low) - n + 1, -1
    while True:
        try:
            i = low.index(first, i + 1, last)
        except ValueError:
            return out
        if i != span[0] and low[i:i + n] == target:
            out.append((i, i + n))


CITATION_RE = re.compile(r"^\(\s*[A-Z][\w\-]+(?: et al\.?| & [A-Z][\w\-]+| and [A-Z][\w\-]+)?,? \(?(?:19|20)\d\d")


def _cited_after(doc: Doc, pair: AcronymPair) -> bool:
    """"Flash Linear Attention (FLA) (Yang & Zhang, 2024)": a cited name is a specific system, not a family."""
    end = max(pair.short[1], pair.long[1]) + 1  # past the closing bracket
    if end >= len(doc):
        return False
    # a short span's text, not doc.text: building the whole text per acronym dominated resolve's time
    return bool(CITATION_RE.match(span_text(doc, end, min(len(doc), end + 16))[:60]))


def _weak(confidence: float) -> bool:
    """A signal's confidence too low to claim a span before the strong ones fill theirs."""
    return confidence < 0.7


def resolve(doc: Doc, gaz: Gazetteer | None = None) -> list[tuple[_Group, str]]:
    """Merge the Doc's candidates into groups, one per entity, with their type."""
    gaz = gaz or load_gazetteer()
    cands: list[Candidate] = found_candidates(doc)
    windows = propose_windows(doc)
    known = [(c.start, c.end) for c in cands if c.source.startswith("gazetteer")]
    for c in cands:
        # a lower-case phrase right after "we propose"/"termed" is the paper's coined technique,
        # unless it is a known term ("we introduce a reinforcement learning framework")
        if c.source == "rule:phrase" and any(a <= c.start < b and c.end <= b + 1 for a, b in windows) \
                and not any(s < c.end and c.start < e for s, e in known):
            c.proposed = True
    cands = extend_boundaries(doc, _drop_title_only_words(doc, _not_the_known_family(doc, _not_metrics(doc, cands))))
    by_span: dict[tuple[int, int], list[Candidate]] = {}
    for c in cands:
        by_span.setdefault((c.start, c.end), []).append(c)
    groups: dict[str, _Group] = {}
    alias: dict[str, _Group] = {}
    taken = [False] * len(doc)

    def group_for(key: str) -> _Group:
        g = alias.get(key)
        if g is None:
            g = groups[key] = alias[key] = _Group(key)
        return g

    def take(span: tuple[int, int]) -> bool:
        if any(taken[span[0]:span[1]]):
            return False
        for i in range(span[0], span[1]):
            taken[i] = True
        return True

    # 1. defined acronyms: both spellings are one entity
    later: list[tuple[tuple[int, int], _Group]] = []
    generic: set[str] = set()  # short forms defined as generic classes in this abstract ("DMLLM")
    for pair in found_acronyms(doc):
        if GENERIC_CLASS_RE.search(pair.long_text):
            generic |= _short_keys(pair.short_text)
            continue
        if gaz.is_stopword(pair.long_text):
            generic |= _short_keys(pair.short_text)  # "low-quality (LQ)": nor is "LQ" a name of its own
            continue
        # what the gazetteer knows by the short form, unless the paper spells it out as something else
        not_meant = {c.canonical for c in by_span.get(pair.short, []) if _redefines(c, pair, gaz)}
        not_meant |= _family_behind_name(by_span, pair)
        typ, canon, proposed, by_default = _acronym_type(doc, pair, by_span, gaz, not_meant)
        if gaz.is_stopword(pair.short_text) and not (proposed and _in_title(doc, pair)):
            continue  # a stoplisted short form names nothing, unless the title coins it: "Inclusion-of-Thoughts (IoT)"
        term = None if canon else _known_term_after(doc, pair, gaz)
        if term is not None:
            # "Key-Value (KV) cache": the pair spells a word of a known term, which the whole span names
            entry, name, span = term
            g = group_for(merge_key(entry.canonical))
            g.name = g.name or name
            g.canonical, g.canonical_rank = entry.canonical, 3
            g.types.append((3.5, entry.type))
            g.sources.append((0.9, "rule:acronym"))
            if take(span):
                g.spans.append(span)
            generic |= _short_keys(pair.short_text)  # "KV" alone names nothing of its own here
            continue
        if typ is None:
            # nor is its short form a name of its own: "content providers (CPs)" ... "CP competition" is no CP
            # (context parallelism) of the gazetteer
            generic |= _short_keys(pair.short_text)
            continue
        long_text = _span_text(doc, pair.long)
        if typ in ("concept", "task") and not canon:
            # concepts are written in lower case; inner acronyms ("KV", "GPU") keep theirs
            long_text = " ".join("-".join(p if sum(c.isupper() for c in p) >= 2 else p.lower() for p in w.split("-"))
                                 for w in long_text.split(" "))  # "Cross-Domain" too, "KV-cache" keeps "KV"
        key_short, key_long = merge_key(pair.short_text), merge_key(canon or long_text)
        g = alias.get(key_short) or alias.get(key_long) or group_for(key_long)
        alias[key_short] = alias[key_long] = g
        alias[merge_key(long_text)] = g
        g.name = pair.short_text
        if canon:
            g.canonical, g.canonical_rank = canon, 3
        elif g.canonical_rank < 2:
            g.canonical, g.canonical_rank = long_text, 2
        g.not_meant |= not_meant
        g.types.append((3.5 if canon else 2.5, typ))
        g.defaulted = g.defaulted or by_default
        g.proposed = g.proposed or proposed
        g.sources.append((0.9, "rule:acronym"))
        for span in (pair.short, pair.long):
            if take(span):
                g.spans.append(span)
                for c in by_span.get(span, []):
                    g.vote(c)
        later.extend((span, g) for span in _other_mentions(doc, pair.long))
    # other places a long form is written (e.g. in the title): longest first, so "Tiled Flash Linear
    # Attention" wins over the "Flash Linear Attention" inside it
    for span, g in sorted(later, key=lambda x: (-(x[0][1] - x[0][0]), x[0][0])):
        if take(span):
            g.spans.append(span)
            for c in by_span.get(span, []):
                g.vote(c)

    # 2. other candidates: strong signals longest-first, then weak ones into the gaps
    def strength(s: tuple[int, int]) -> tuple:
        # all of a span's signals are weak exactly when the strongest is (``_weak``), so one max serves both
        top = max([c.confidence for c in by_span[s]])
        return (_weak(top), s[0] - s[1], -top, s[0])

    spans = sorted(by_span, key=strength)
    for span in spans:
        # (the tests are pure: the cheap one first, most spans lie inside a longer name already taken)
        if any(taken[span[0]:span[1]]):
            continue  # inside a longer name, or already voted on with an acronym's spans
        cs = by_span[span]
        surface = _span_text(doc, span)
        # a name the span alone does not spell ("data" in "data, pipeline, and tensor parallelism") is tested
        # and grouped by the name spelled out, not by its bare modifier
        said = next((c.name for c in cs if c.name), surface)
        if not surface or gaz.is_stopword(said) or merge_key(said) in generic:
            continue
        gcands = [c for c in cs if c.source.startswith("gazetteer")]
        if not gcands and is_language_pair(said):
            continue  # "a parallel Catalan-English corpus": the corpus's languages, not its name
        canon = gcands[0].canonical if gcands else next((c.canonical for c in cs if c.canonical), None)
        keys = [merge_key(said)] + ([merge_key(canon)] if canon else [])
        g = next((alias[k] for k in keys if k in alias), None)
        if g is None:
            g = group_for(keys[-1] if gcands else keys[0])
        for k in keys:
            alias.setdefault(k, g)
        take(span)
        g.spans.append(span)
        # ("Llama-68M" is built like "HOIGen-1M", a dataset of a million examples)
        g.suffix_dataset = g.suffix_dataset or (name_suffix_type(surface) == "dataset"
                                                and not known_checkpoint(surface))
        for c in cs:
            g.vote(c)

    _title_colon_proposal(doc, groups.values(), gaz)
    for g in groups.values():
        if g.proposed and (any(src == "rule:challenge" for _, src in g.sources)
                           or (g.canonical or "").rpartition(" ")[2].lower() in CHALLENGE_HEADS):
            # "presents our contribution ... through the Dialogue System Technology Challenge (DSTC-12)": a paper
            # takes part in a shared task or reports on one; it is the organisers' event, not the paper's proposal
            g.proposed = False
        if g.known_family and g.proposed and not _proposed_by_name(doc, g, windows):
            # "combining reinforcement learning (RL) with ...", "LLM-as-a-Judge: ..." in a title: a paper
            # uses a known family of techniques or problems; it introduces one only by naming it right
            # after its proposal verb ("we propose sequence parallelism, a ...")
            g.proposed = False
    out = []
    roots = {k for k, g in groups.items() if g.proposed} | {merge_key(g.name) for g in groups.values() if g.proposed and g.name}
    # the paper's own datasets, whose named parts are datasets too ("GRACE-Inference", a track of the GRACE
    # benchmark; not "BMMR-Verifier", a head noun's); a method's parts are methods by default anyway
    own_datasets = {k for g in groups.values() if g.proposed and g.best_type() == "dataset"
                    for k in {g.key, merge_key(g.name or g.key)}}
    starts = {sp[0]: g for g in groups.values() for sp in g.spans}
    proposed_ends = {sp[1] for g in groups.values() if g.proposed for sp in g.spans}
    ends = {sp[1]: g for g in groups.values() for sp in g.spans}
    for g in groups.values():
        typ = g.best_type()
        if typ is None:
            typ = _type_from_neighbours(doc, g, starts, ends)
        if typ in (None, "method", "model", "dataset") and not g.proposed:
            # "Orchard-SWE" after "Orchard" was proposed, "CLAI-Tune, a fine-tuned model" after CLAI: a named
            # part or variant of the new system
            surface = merge_key(_span_text(doc, g.spans[0]).split("-")[0]) if g.spans else ""
            if surface in roots and "-" in _span_text(doc, g.spans[0]):
                g.proposed = True
        if typ is None and own_datasets and g.spans and _part_of(_span_text(doc, g.spans[0]), own_datasets):
            typ = "dataset"
        if typ is None:
            typ = _default_type(doc, g)
        if typ is None:
            continue
        if typ == "method" and not g.proposed and _named_part(doc, g, proposed_ends, gaz):
            g.proposed = True
        out.append((g, typ))
    return out


def _part_of(text: str, roots: set[str]) -> bool:
    """Whether ``text`` names a part of one of ``roots`` (merge keys): "GRACE-Inference", one word after a hyphen
    that is no type head.

    >>> _part_of("GRACE-Inference", {"grace"}), _part_of("BMMR-Verifier", {"bmmr"}), _part_of("X-Guided Y", {"x"})
    (True, False, False)
    """
    root, _, part = text.partition("-")
    return bool(part) and " " not in text and "-" not in part and merge_key(root) in roots \
        and type_of_head(part) is None


# what may follow a name a paper proposes: "we propose SWARM parallelism, a ...", "... (SP) to ..."
PROPOSED_NAME_ENDS = frozenset(", . ; : to that which for with in as and".split())


def _not_metrics(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """Without the candidates inside a list of metrics ("on SIM, CC, NSS and AUC-J metrics"), unless a name
    in it is a known benchmark or task ("AIME24 & 25 scores", "T2V and I2V metrics") or built like a benchmark's
    ("VBench-2.0"); the same name elsewhere in the abstract is still found."""
    lists = metric_lists(doc_text(doc))
    if not lists:
        return cands
    idx = token_offsets(doc)
    drop: set[int] = set()
    for items in lists:
        spans = [(bisect_left(idx, a), bisect_left(idx, b)) for a, b in items]  # token ranges of the names
        inside = [i for i, c in enumerate(cands) if any(a <= c.start and c.end <= b for a, b in spans)]
        if not any(cands[i].type in ("dataset", "task") and cands[i].source.startswith("gazetteer")
                   or name_suffix_type(_span_text(doc, (cands[i].start, cands[i].end))) for i in inside):
            drop.update(inside)
    return [c for i, c in enumerate(cands) if i not in drop]


def _not_the_known_family(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """Without the gazetteer's task or concept matches of a name the paper gives its own thing: "we propose a
    hybrid instantiation called SGG" is not scene graph generation, anywhere in the abstract (a paper that
    only explains a known term, "a technique called knowledge distillation", proposes nothing there)."""
    v = view(doc)
    long_starts = {pair.long[0] for pair in found_acronyms(doc)}  # "dubbed Quantization of ... (QLIP)": a long form
    named = {merge_key(_span_text(doc, (c.start, c.end))) for c in cands
             if c.source == "rule:named" and c.start > 0 and v.lower[c.start - 1] in NAMING_WORDS
             and c.start not in long_starts
             and PROPOSE_CUE.search(span_text(doc, v.sent_start_of[c.start], c.start - 1))}
    if not named:
        return cands
    return [c for c in cands if not (c.source.startswith("gazetteer") and c.type in ("task", "concept")
                                     and merge_key(_span_text(doc, (c.start, c.end))) in named)]


def _proposed_by_name(doc: Doc, g: _Group, windows: list[tuple[int, int]]) -> bool:
    """Whether a mention of ``g`` is the object of a proposal verb, as a name and not as the modifier of
    what is proposed: "we propose sequence parallelism, a ...", not "introduces a Contrastive Learning (CL)
    framework" nor "we introduce a structural causal model (SCM) to ..." (one of the family)."""
    v = view(doc)
    firsts = {a for a, _ in windows}
    for s, e in g.spans:
        if s not in firsts:
            continue
        if e < len(doc) and v.text[e] == "(":
            # "Sequence Parallelism (SP) to ...", "SpecExec (Speculative Execution), a ...": defined on the way
            e = next((x + 1 for x in range(e + 2, min(e + 9, len(doc))) if v.text[x] == ")"), e)
        if e >= len(doc) or v.lower[e] in PROPOSED_NAME_ENDS:
            return True
    return False


# rules that find a capitalised name by its shape alone: no gazetteer knows it, no sentence cue typed it
SHAPE_SOURCES = frozenset(["rule:cap_name", "rule:name_shape"])
# words between the paper's own system and a name that make the name something else than a part of it
# (prepositions: "a framework for building X"; use verbs: "leverages the Mean Value Theorem")
NOT_PART_WORDS = frozenset("than over against versus vs vs. outperforms outperform surpasses beats compared "
                           "like unlike and or on in across for to of with from by via into at as "
                           "uses use leverages leverage utilizes utilises adopts follows extends builds".split())


def _named_part(doc: Doc, g: _Group, proposed_ends: set[int], gaz: Gazetteer) -> bool:
    """A coined Title-Case name right after the paper's own system and its verb names a part of it (guide:
    named parts of a proposed system are methods, and the paper's): "ABC first performs Answer-Backtracked
    Clue Recovery", "Then ABC applies Clue-Anchored Step Scoring", and after the sentence-opening "It" that
    stands for it ("It then applies ...").
    """
    if not proposed_ends or not g.sources or any(src not in SHAPE_SOURCES for _, src in g.sources):
        return False
    v = view(doc)
    for s, e in g.spans:
        if e - s < 2 or not v.text[s][:1].isupper() or _is_metric_or_stop(gaz, _span_text(doc, (s, e))):
            continue  # a lone word ("Sparrow") is too loose; "ABC improves the Word Error Rate" is a metric
        for gap in range(1, 4):  # "ABC performs X", "ABC first performs X", "ABC then applies the X"
            p = s - gap
            subject = p in proposed_ends or (p - 1 == v.sent_start_of[s] and v.text[p - 1] == "It")
            if subject and p >= v.sent_start_of[s] and all(
                    v.text[x][:1].islower() and v.lower[x] not in NOT_PART_WORDS for x in range(p, s)):
                return True
    return False


TITLE_WORD_RE = re.compile(r"^[A-Z][a-z]+$")
# names the field writes like common nouns, in titles and at sentence starts too (concepts and tasks are kept anyway)
COMMON_NOUN_NAMES = frozenset(["Transformer", "Transformers"])


def _drop_title_only_words(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A gazetteer hit on one capitalised word written only in the title or at sentence starts is a word, not a name.

    "Detection of Bark Beetle Attacks" + "Bark beetle infestations represent ...", "3D Ray Tracing": Title Case
    and sentence starts capitalise any word, so "Bark" (the TTS model) or "Ray" (the framework) there says nothing;
    the abstract writing it capitalised mid-sentence ("built on Ray") is what makes it a name.
    """
    title_end = title_end_of(doc)
    v = view(doc)
    body = None
    out = []
    for c in cands:
        if c.end - c.start == 1 and (c.end <= title_end or v.start[c.start]) and c.source.startswith("gazetteer") \
                and c.type in ("method", "model", "dataset", "hardware") and TITLE_WORD_RE.match(v.text[c.start]) \
                and v.text[c.start] not in COMMON_NOUN_NAMES:
            if body is None:  # sentence-initial capitals do not count ("Bark beetle infestations represent ...")
                body = {v.text[i] for i in range(title_end, len(v.text)) if not v.start[i]}
            if v.text[c.start] not in body:
                continue
        out.append(c)
    return out


def _title_colon_proposal(doc: Doc, groups, gaz: Gazetteer) -> None:
    """"Boosting ... Efficiency with C4: A Communication-Driven Approach" + "this paper introduces ... the C4":
    the name before the title's colon that the abstract introduces is the paper's own, whatever a gazetteer says.
    """
    title_end = title_end_of(doc)
    v = view(doc)
    colon = next((k for k in range(title_end) if v.text[k] == ":"), None)
    if colon is None:
        return
    for g in groups:
        if g.proposed or not any(e == colon for _, e in g.spans):
            continue
        if any(e == colon and s > 0 and v.lower[s - 1] == "at" for s, e in g.spans):
            continue  # "QuadAI at SemEval-2026 Task 3:": a team's entry to a shared task names the task, not its own
        if g.best_type() == "hardware":
            continue  # "... Language Models on Apple Silicon: An Empirical Evaluation": where it ran, not what it is
        for s, e in g.spans:
            if s < title_end:
                continue
            if not any(ch.isupper() for ch in doc[s:e].text):
                break  # "machine translation in low-resource languages": a common-noun phrase, not the paper's name
            sent = doc[v.sent_start_of[s]:s].text
            if PROPOSE_CUE.search(sent):
                g.proposed = True
                head = "dataset" if re.search(r"\b(?:benchmark|dataset|corpus)\b", sent, re.I) else "method"
                g.context_types.append((0.9, head))
                break


LIST_SEPARATORS = (",", "and", "or", "(", "/")


def _type_from_neighbours(doc: Doc, g: _Group, starts: dict, ends: dict) -> str | None:
    """An untyped name in a list or bracket next to a typed model/dataset takes its type.

    "(e.g., SeedDream4.0, Qwen-Image)", "the Step1X-Edit (ReasonEdit-S)": coordinated names are the same kind.
    A comma alone between two names, the second going on with a word, ends a phrase rather than a list: "On the
    traditional task Game of 24, eMoT achieves 100% accuracy" (but "like VLM2Vec, E5-V, GME are" is a list).
    """
    low = view(doc).lower
    for s, e in g.spans:
        for k in (e, e + 1):  # the neighbour after: "X , Y" / "X , and Y"
            if k < len(low) and all(low[x] in LIST_SEPARATORS for x in range(e, k + 1)) and k + 1 in starts:
                t = starts[k + 1].best_type()
                if t in ("model", "dataset"):
                    return t
        clause = s > 0 and low[s - 1] == "," and e < len(low) and low[e].isalpha() and low[e] not in LIST_SEPARATORS
        for k in (s - 1, s - 2):  # the neighbour before: "Y , X" / "Y ( X"
            if k >= 0 and all(low[x] in LIST_SEPARATORS for x in range(k, s)) and k in ends \
                    and not (clause and k == s - 1 and not _listed(low, ends[k], k)):
                t = ends[k].best_type()
                if t in ("model", "dataset"):
                    return t
    return None


def _listed(low: list[str], g: _Group, end: int) -> bool:
    """Whether ``g``'s mention ending at ``end`` follows a comma of a list: "like VLM2Vec, E5-V, GME are" (after
    "and" it ended one: "such as InstructGPT and ChatGPT, OpenFActScore enables")."""
    return any(e == end and s > 0 and low[s - 1] == "," for s, e in g.spans)


DEFAULT_NAME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9]*(?:[-+][A-Za-z0-9]+)*$")
VERSIONED_WORD_RE = re.compile(r"^(?:[A-Z][a-z]+|[A-Z]+|[a-z]+)-\d+$")
# an undefined all-capital token ("TETRIS", "CCASAT") is kept as a method only when the abstract repeats it:
# a single occurrence is as likely a metric, a unit or a field acronym
ALLCAPS_MIN_MENTIONS = 2


def _default_type(doc: Doc, g: _Group) -> str | None:
    """Type of a name no signal typed: coined CamelCase / alphanumeric names are methods; bare acronyms are dropped."""
    texts = [span_text(doc, s, e) for s, e in g.spans]  # doc[s:e].text without Span objects
    suffix_type = name_suffix_type(min(texts, key=len))
    if suffix_type:
        return suffix_type
    if g.proposed or any(src == "rule:comparison" for _, src in g.sources):
        return "method"
    t = min(texts, key=len)
    if not DEFAULT_NAME_RE.match(t) or VERSIONED_WORD_RE.match(t):
        return None  # "mAP@0.5", "top-10", "Stage-1", "COVID-19": metrics, ranks, versions of common words
    if re.search(r"[a-z][A-Z]|[A-Z][a-z]+-[A-Z]{2,}", t) or (re.search(r"\d", t) and re.search(r"[a-z]", t) and re.search(r"[A-Z]", t)):
        return "method"
    if re.fullmatch(r"[A-Z][A-Z0-9-]{2,}", t) and len(texts) >= ALLCAPS_MIN_MENTIONS:
        return "method"
    return None


def _to_entity(doc: Doc, g: _Group, typ: str, title_len: int, gaz: Gazetteer) -> Entity:
    mentions = []
    idx = token_offsets(doc)
    for s, e in sorted(g.spans):
        text = span_text(doc, s, e)  # == doc[s:e].text, without Span/Token objects (A4, speed)
        fld, start = field_of(idx[s], title_len)
        mentions.append(Mention(fld, start, start + len(text), text))
    surfaces = [clean_surface(m.text) for m in mentions if not m.text.startswith("\\")]
    # titles are written in Title Case: the abstract's spelling names the thing better
    body = [clean_surface(m.text) for m in mentions if m.field == "abstract" and not m.text.startswith("\\")]
    if g.name:
        name = g.name
    elif surfaces:
        pool = body or surfaces
        name = min(pool, key=lambda s: (len(s), pool.index(s)))
    else:
        name = g.canonical or ""
    written = max(surfaces, key=lambda s: (surfaces.count(s), -surfaces.index(s))) if surfaces else name
    canonical = g.canonical or written
    if g.proposed and g.canonical and not g.name and g.canonical not in surfaces:
        known = gaz.lookup(g.canonical)
        if known is not None and known.type != typ:
            # "we propose MetaWorld, a novel framework": the paper's own thing of another kind than the known
            # one spelled alike (the Meta-World benchmark), under its own spelling, not merged with it
            canonical = written
    if not body and typ in ("concept", "task") and not g.name and canonical.lower() == name.lower():
        name = canonical  # only in a Title-Case title: "Anomaly Detection" is the task "anomaly detection"
    entry = gaz.lookup(canonical, typ)
    family = (entry.family if entry else None) or g.family or family_of(canonical, typ)
    if family and merge_key(family) == merge_key(canonical):
        family = None
    aliases = sorted({s for s in surfaces if s not in (name, canonical)})
    best_source = max(g.sources)[1] if g.sources else "rule"
    conf = max((c for c, _ in g.sources), default=0.5)
    return Entity(name=name, canonical=canonical, type=typ, mentions=mentions, source=best_source,
                  confidence=conf, family=family, aliases=aliases, proposed=g.proposed)


def entities_of(doc: Doc, title_len: int) -> list[Entity]:
    gaz = load_gazetteer()
    ents = [_to_entity(doc, g, typ, title_len, gaz) for g, typ in resolve(doc, gaz)]
    # metrics the paper only uses are not entities; a metric it introduces is a method (guide)
    # (a stoplisted acronym the paper coins for a name of its own is kept: "Inclusion-of-Thoughts (IoT)")
    ents = [e for e in ents if e.name and not gaz.is_stopword(e.canonical)
            and (not gaz.is_stopword(e.name) or (e.proposed and merge_key(e.canonical) != merge_key(e.name)))
            and not _function_word_start(e) and not _bare_head(e, gaz)
            and (e.proposed or not (_is_metric_or_stop(gaz, e.name) or _is_metric_or_stop(gaz, e.canonical)))]
    for e in ents:
        if e.type == "task":
            # "we propose a novel RVOS architecture called ProxyFormer": the paper addresses the task, it
            # introduces the architecture
            e.proposed = False
    _release_of_model(ents)
    _propagate_proposed(ents)
    ents = _split_slash_lists(ents) + _model_twins(ents)
    ents.sort(key=lambda e: (ENTITY_TYPES.index(e.type), e.mentions[0].field != "title", e.mentions[0].start, e.name))
    return ents


FUNCTION_STARTS = frozenset("across on in for with by from to of at as via over under among between within without "
                            "using unlike despite while when although after before during since than the a an our "
                            "this these those its their each every all both some such".split())


def _bare_head(e: Entity, gaz: Gazetteer) -> bool:
    """A type head alone, as a name: "proposes a Vision-language Model (VLM) framework" had made "Model" a proposed
    model; "Transformer", a head too, is a name the gazetteer knows."""
    return " " not in e.name and type_of_head(e.name) is not None and gaz.lookup(e.name) is None


def _function_word_start(e: Entity) -> bool:
    """"Across 17", "On ImageNet": a sentence-initial function word glued to a name is a fragment."""
    first, _, rest = e.name.partition(" ")
    return bool(rest) and first.lower() in FUNCTION_STARTS and not e.source.startswith("gazetteer")


SIZE_LIST = re.compile(r"^(?P<base>.+-)(?P<first>\d+(?:\.\d+)?[BMbm])(?P<rest>(?:/\d+(?:\.\d+)?[BMbm])+)$")


# "CIFAR-10/100-C", "CIFAR10/100-LT": two datasets sharing a name's start and end
DATASET_LIST = re.compile(r"^(?P<base>.*[A-Za-z-])(?P<first>\d+)(?P<rest>(?:/\d+)+)(?P<suffix>-[A-Za-z]\w*)?$")


def _slash_members(e: Entity) -> tuple[list[str], str | None] | None:
    """The names a slash list in one name stands for, and their family; None when it is no such list.

    >>> _slash_members(Entity(name="Qwen2.5-VL-3B/7B", canonical="Qwen2.5-VL-3B/7B", type="model"))
    (['Qwen2.5-VL-3B', 'Qwen2.5-VL-7B'], 'Qwen2.5-VL')
    """
    if e.type == "model" and (m := SIZE_LIST.match(e.name)):
        family = m["base"].rstrip("-")
    elif e.type == "dataset" and "24/7" not in e.name and (m := DATASET_LIST.match(e.name)):  # (Tokyo 24/7)
        family = e.family
    else:
        return None
    suffix = m.groupdict().get("suffix") or ""
    return [m["base"] + x + suffix for x in [m["first"], *m["rest"].strip("/").split("/")]], family


def _split_slash_lists(ents: list[Entity]) -> list[Entity]:
    """"Qwen2.5-VL-3B/7B" names two checkpoints, "CIFAR-10/100-C" two datasets: one entity each, sharing the
    mention."""
    out = []
    for e in ents:
        members = _slash_members(e)
        if members is None:
            out.append(e)
            continue
        names, family = members
        out.extend(Entity(name=n, canonical=n, type=e.type, mentions=list(e.mentions), source=e.source,
                          confidence=e.confidence, family=family, aliases=[e.name], proposed=e.proposed)
                   for n in names)
    return out


def _model_twins(ents: list[Entity]) -> list[Entity]:
    """A proposed method that has sized checkpoints ("Dimple" and "Dimple-7B") is also a model family."""
    models = [e for e in ents if e.type == "model"]
    have = {(e.canonical.lower(), e.type) for e in ents}
    twins = []
    for e in ents:
        if e.type != "method" or not e.proposed or (e.canonical.lower(), "model") in have:
            continue
        root = e.name.lower()
        if any(m.name.lower().startswith((root + "-", root + " ")) and re.search(r"\d+(?:\.\d+)?[BM]\b", m.name) for m in models):
            twins.append(Entity(name=e.name, canonical=e.canonical, type="model", mentions=list(e.mentions),
                                source=e.source, confidence=e.confidence, family=e.family, aliases=list(e.aliases),
                                proposed=True))
    return twins


METRIC_TAIL = re.compile(r"(?:[- ]?(?:\d+(?:\.\d+)?|score|scores|metric|index)(?: \d+(?:\.\d+)?)?)$", re.I)
# "Visual Language Models", "Unified Multimodal Models": classes of models (guide), however capitalised
GENERIC_CLASSES = re.compile(r"\b(?:language|foundation|multimodal) models$", re.I)
# (a rate or ratio after a space: "Word Error Rate", not the CT-RATE dataset)
METRIC_WORDS = re.compile(r"\b(?:coefficient|score|accuracy|error|precision|recall|distance|similarity index)$|"
                          r"\s(?:rates?|ratio)$", re.I)
# a standard metric after a hyphen: a variant of it ("citation-F1", "BERTScore-F1", "AD-Acc")
METRIC_VARIANT = re.compile(r"^[\w.]+-(?:F1|BLEU|ROUGE|AUC|AUROC|mAP|Acc|accuracy)$", re.I)


@functools.lru_cache(maxsize=65536)
def _is_metric_or_stop(gaz: Gazetteer, name: str) -> bool:
    """Stoplisted terms and their numbered/scored forms ("BLEU-4", "F1-score 82.49"), metric names, and
    generic model classes.

    Cached by (gazetteer, name): asked of every entity's name and canonical, and names recur across papers.
    """
    if gaz.is_stopword(name):
        return True
    base = METRIC_TAIL.sub("", name).strip(" -")
    if base and base != name and gaz.is_stopword(base):
        return True
    entry = gaz.lookup(name)
    return entry is None and (bool(METRIC_WORDS.search(name)) or bool(METRIC_VARIANT.match(name))
                              or name[:1].isupper() and bool(GENERIC_CLASSES.search(name)))


RELEASE_RE = re.compile(r"^(?P<model>.+)-(?:base|instruct|chat|it)$", re.I)


def _release_of_model(ents: list[Entity]) -> None:
    """"ZAYA1-base" where the paper names the model ZAYA1: a release of that model is a model too, whatever
    the shape rules typed it."""
    models = {merge_key(n) for e in ents if e.type == "model" for n in (e.name, e.canonical)}
    for e in ents:
        m = RELEASE_RE.match(e.name) if e.type == "method" else None
        if m and merge_key(m["model"]) in models:
            e.type = "model"
            e.family = e.family or m["model"]


def _propagate_proposed(ents: list[Entity]) -> None:
    """Variants of a proposed name are proposed too ("Dimple" -> "Dimple-7B", "Orchard" -> "Orchard-SWE")."""
    roots = {e.name.lower() for e in ents if e.proposed} | {e.canonical.lower() for e in ents if e.proposed}
    roots = {r for r in roots if len(r) >= 3}
    for e in ents:
        if e.proposed or e.type in ("concept", "task", "hardware"):
            continue
        low = e.name.lower()
        if any(low.startswith(r) and len(low) > len(r) and low[len(r)] in "-_ " for r in roots) or \
                (e.family and e.family.lower() in roots):
            e.proposed = True
