"""Names the gazetteers have never seen: shapes of coined names and the cues around them.

Signals (each a function over the Doc, each tested on real corpus sentences):
- ``title_prefix``: the title's "NAME: ..." prefix (the paper's own system), typed by the title's head noun;
- ``proposals``: "we propose/introduce/present NAME", "NAME, a novel ...", "dubbed/called NAME", "our NAME";
- ``model_shapes``: family + version + size ("LLaMA-2-70B", "Qwen2.5-7B-Instruct", "Dream 7B", "o3-mini");
- ``head_nouns``: "NAME benchmark/dataset/model/framework" (also over lists "X, Y and Z benchmarks");
- ``dataset_cues``: "on X, Y and Z" after evaluation words;
- ``model_cues``: "RationalRewards (8B)", "we train X based on Qwen3.5-4B", "the X family";
- ``comparison_names``: baselines after "compared to / outperforms / than" ("compared to Accelerate");
- ``hardware_shapes``: "NVIDIA ...", "RTX 4090", "Ascend 910B", "MI300X";
- ``name_shapes``: any other coined-looking token ("ParaThinker", "UM4", "TETRIS"), typed later.
The lists these rules read come from ``lexicon`` (general English / ML writing) and the gazetteer.

>>> from extractors.pipeline import get_nlp
>>> doc = get_nlp()("We propose ParaThinker, an end-to-end framework. It beats Qwen3-8B on the FooBench benchmark.")
>>> found = {(doc[c.start:c.end].text, c.type, c.proposed) for c in doc._.kg_candidates if c.source.startswith("rule")}
>>> sorted(f for f in found if f[1])  # doctest: +NORMALIZE_WHITESPACE
[('FooBench', 'dataset', False), ('ParaThinker', 'method', False), ('ParaThinker', 'method', True),
 ('Qwen3-8B', 'model', False)]
"""
from __future__ import annotations

import functools
import operator
import re

import numpy
from spacy.language import Language
from spacy.tokens import Doc, Token

from extractors.canonical import DASHES
from extractors.components.candidates import Candidate, acronyms, candidates, set_propose_windows, title_end_of, view
from extractors.components.sentences import ENDER_CHARS, span_text, token_spaces
from extractors.components.heads import HEAD_WORDS
from extractors.components.lexicon import (CHALLENGE_HEADS, COMMON_VERBS, CONCEPT_HEADS, DOTTED_VERSION,
                                           EPONYM_STARTS, GENERAL_ADJECTIVES, GERUND_MODIFIERS, JOINED_VARIANTS,
                                           LANGUAGE_NAMES, MODEL_TIERS, NAMING_WORDS, NOT_NAME_WORDS, PROPOSE_VERBS,
                                           STOP_MODIFIERS, WE_NAMING_VERBS, is_short_form, looks_plural,
                                           type_of_head)
from extractors.gazetteer import load_gazetteer, norm_key
from extractors.tokenizer import MODIFIER_SUFFIXES

NAME_TOKEN_RE = re.compile(r"^[A-Za-z0-9][\w.+'@&/-]*$")
SIZE_RE = re.compile(r"^\d+(?:\.\d+)?[BMKT]$")  # "7B", "1.5B", "350M"
VERSION_RE = re.compile(r"^v?\d+(?:\.\d+)*$")  # "2.0", "3.5", "v6"
# family + version + size ("LLaMA-2-70B", "Qwen2.5-7B-Instruct", "Pythia-6.9B", "gpt-oss-120b", "Qwen3-30B-A3B")
MODEL_SIZE_RE = re.compile(r"^(?P<family>[A-Za-z][\w.]*(?:-[A-Za-z0-9.]+)*?)-(?P<size>\d+(?:\.\d+)?[BbMm])(?:-[\w.]+)*$")
# version-only shapes of well-known naming schemes ("DeepSeek-R1", "o3-mini", "GPT-4.1", "Search-R1")
MODEL_VERSION_RE = re.compile(r"^(?:o\d(?:-mini|-pro)?|[A-Z][\w]*-(?:R1|V\d(?:\.\d)?|\d(?:\.\d)?[A-Za-z]?))(?:-[\w.]+)*$")
HARDWARE_RE = re.compile(r"^(?:[AHVBLT]\d{2,3}S?|RTX\s?\d{4}(?:Ti)?|MI\d{3}X?|GH200|GB200|DGX-?\w+|TPUv\d\w*|\d{3}[A-Z])$")
LATEX_COMMANDS = frozenset("times sim approx cdot textbf textit emph mathbf mathrm mathcal cite ref le ge leq geq pm "
                           "infty alpha beta gamma delta epsilon lambda mu sigma tau theta rho frac sqrt log".split())
UNIT_WORDS = frozenset("kJ MJ GJ mJ kWh Wh KB MB GB TB PB Gbps Mbps Tbps GB/s TB/s Hz kHz MHz GHz ms us ns FLOPs FLOP "
                       "TFLOPs TFLOPS PFLOPs PFLOPS GFLOPs GFLOPS EFLOPs EFLOPS petaFLOP petaFLOPs petaFLOPS "
                       "teraFLOP teraFLOPs teraFLOPS exaFLOP exaFLOPs exaFLOPS kW MW mW dB".split())
# Heads that type a title's name only in the singular ("FooNet: A Fast Model"), not "... for LLMs".
TITLE_HEADS = frozenset("benchmark dataset corpus suite leaderboard testbed arena environment gym model framework "
                        "method algorithm system library kernel architecture approach technique optimizer engine "
                        "toolkit protocol mechanism scheduler strategy paradigm pipeline recipe scheme network "
                        "compiler runtime platform tool solver agent".split())
PLACEHOLDER_RE = re.compile(r"\\(?!(?:times|sim|approx|cdot|textbf|emph|mathbf|mathrm|cite|ref)\b)[A-Za-z]{2,}")
TITLE_FUNCTION_WORDS = frozenset("a an the this that these those on of for to with by from in is are do does can "
                                  "why how what when where which who should could".split())
# last words of a title prefix that make it the name of a technique, not a topic ("Arithmetic Sampling: ...")
TITLE_NAME_HEADS = frozenset("sampling decoding attention library hypothesis law algorithm optimizer transformer "
                             "search distillation quantization routing caching".split())
TITLE_SKIP = frozenset("position survey review tutorial perspective overview report benchmarking rethinking "
                       "revisiting revisited towards toward beyond understanding poster demo demonstration keynote "
                       "commentary erratum corrigendum response reply rebuttal comment".split())
# words that make a title's prefix a pairing of two things, not one name: "CLIP Meets Diffusion: ..." ("vs." fails
# the prefix's name shape already)
TITLE_PAIRING = frozenset("meets meet".split())
# a verb or auxiliary standing alone in a title's prefix makes it a sentence, not a name: "LLMs Are Not Scorers:",
# "Not All Features Deserve Attention:", "Language Matters:" ("Make-An-Agent:", joined by hyphens, stays a name);
# "using" makes it a description: "Anomaly Detection Using Computer Vision:", "Forecasting Smog Events Using ConvLSTM:"
TITLE_SENTENCE_WORDS = frozenset("is are was were be can could do does did need needs matter matters deserve "
                                 "deserves help helps make makes improve improves know knows not using".split())


def is_name_token(tok: Token) -> bool:
    """A coined-looking token: inner capitals, letters mixed with digits, or an all-capital word.

    >>> from extractors.pipeline import get_nlp
    >>> [is_name_token(t) for t in get_nlp().make_doc("ParaThinker UM4 TETRIS dParallel The 2024 x GPT-4o")]
    [True, True, True, True, False, False, False, True]
    """
    return _name_shape(tok.text)


NUMBERISH = re.compile(r"^\d[\d.,]*$")
# words that are no part of a coined lower-case name
FUNCTION_WORDS = frozenset("a an the this that these those our their its we they it of for to with by from as at in on "
                           "into via through over under between among across within without and or but nor not no than "
                           "then also only just even very".split())
LOWER_WORD_RE = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
LOCALE_RE = re.compile(r"^(?:en|pt|es|fr|de|it|nl|zh|ja|ko|ru|ar|hi|ga|sv|da|fi|pl|tr|el|he|id|vi|th)-[A-Z]{2}$")
LOWER_PREFIX_RE = re.compile(r"^(?:pre|post|non|anti|multi|self|cross|inter|intra|semi|sub|super|over|under|re)-[A-Z]")


@functools.lru_cache(maxsize=262144)
def _name_shape(t: str) -> bool:
    # cached by text: the same tokens recur across abstracts, and this runs on every token
    if len(t) < 2 or not NAME_TOKEN_RE.match(t) or NUMBERISH.match(t) or t.lower() in NOT_NAME_WORDS or t[0].isdigit():
        return False
    if t in UNIT_WORDS or LOWER_PREFIX_RE.match(t) or LOCALE_RE.match(t):
        return False  # units; "pre-SFT", "non-LLM": a prefix makes a modifier, not a name; "pt-PT": a locale
    letters = [c for c in t if c.isalpha()]
    if not letters:
        return False
    inner_caps = any(c.isupper() for c in t[1:])
    digit_mix = any(c.isdigit() for c in t) and t[0].isalpha()
    return inner_caps or (digit_mix and (t[0].isupper() or "-" in t)) or (len(letters) >= 2 and all(c.isupper() for c in letters))


def is_coined(t: str) -> bool:
    """Stricter than a name shape: Title-Case words joined by hyphens ("Reasoning-Driven") do not count.

    >>> [is_coined(t) for t in ("Reasoning-Driven", "Multi-Agent", "VITA-E", "LLaVA-Critic", "Search-R1")]
    [False, False, True, True, True]
    """
    if not _name_shape(t):
        return False
    if any(c.isdigit() for c in t) or DATASET_NAME_RE.search(t):
        return True
    parts = [p for p in re.split(r"[-/+&]", t) if p]
    return any(any(c.isupper() for c in p[1:]) or (len(p) >= 2 and p.isupper()) for p in parts)


def is_cap_word(tok: Token) -> bool:
    """A Title-case word that can continue a multi-word name ("Serial", "Hypothesis")."""
    return _cap_shape(tok.text)


@functools.lru_cache(maxsize=262144)
def _cap_shape(t: str) -> bool:
    return (len(t) >= 2 and t[0].isupper() and t.replace("-", "").isalpha() and t.lower() not in NOT_NAME_WORDS
            and not t.endswith("ly"))


def _name_part(t: str) -> bool:
    """A token a multi-word name is made of, walking back over it: name-shaped, Title-case, or a hyphen."""
    return _name_shape(t) or _cap_shape(t) or t == "-"


def _split_modifier(doc: Doc, texts: list[str], i: int) -> bool:
    """A capitalised word, "-" and a modifier suffix the tokenizer split off, then a name word: "Multi-level Pseudo"."""
    n = len(texts)
    return 0 <= i and i + 3 < n and texts[i][:1].isupper() and texts[i + 1] == "-" and not token_spaces(doc)[i] \
        and not token_spaces(doc)[i + 1] and texts[i + 2] in MODIFIER_SUFFIXES \
        and (_name_shape(texts[i + 3]) or _cap_shape(texts[i + 3]))


# Title-case words that start no name but go on with one: "Visual-guided Emotion Interpretable Learning",
# "Coarse-to-Fine Distillation Objective" (a heading word of structured abstracts, so no name of its own)
NAME_CONTINUATIONS = frozenset("Learning Training Neural Scaling Understanding Objective Objectives".split())


# words that make one compound noun with a "Model" after them, a kind of model the name keeps: "... Reward Model"
COMPOUND_MODEL_WORDS = frozenset("Reward World Language Foundation Value Process Diffusion Embedding".split())


def grab_name(doc: Doc, i: int, limit: int = 6) -> tuple[int, int] | None:
    """The name span starting at token ``i``: name tokens, Title-case words, versions and sizes after them."""
    n = len(doc)
    if i >= n:
        return None
    v = view(doc)
    texts = v.text
    if not (_name_shape(texts[i]) or _cap_shape(texts[i]) or _split_modifier(doc, texts, i)):
        return None
    starts = v.start
    j = i + 1
    while j < n and j - i < limit and not starts[j]:
        t = texts[j]
        if _name_shape(t) or _cap_shape(t) or ((VERSION_RE.match(t) or SIZE_RE.match(t)) and j > i) \
                or t in NAME_CONTINUATIONS:
            j += 1
        elif t == "-" and j + 1 < n and (_name_shape(texts[j + 1]) or _cap_shape(texts[j + 1])) \
                and not token_spaces(doc)[j]:
            j += 1
        elif t == "-" and j + 2 - i < limit and _split_modifier(doc, texts, j - 1):
            j += 2  # "Multi-level Pseudo-label Filtering": the tokenizer split "-level" off, the name goes on
            limit += 2  # and its words count as one: "Visual-guided Emotion Interpretable Learning"
        else:
            break
    # a trailing head noun written in Title case ("FooBench Benchmark") is not part of the name unless it is the whole
    while j - i > 1 and type_of_head(texts[j - 1]) and texts[j - 1][0].isupper() \
            and texts[j - 1].lower() in ("benchmark", "dataset", "model", "framework") \
            and not (texts[j - 1] == "Model" and texts[j - 2] in COMPOUND_MODEL_WORDS):
        j -= 1
    return (i, j)


def _head_after(doc: Doc, end: int, window: int = 6) -> str | None:
    """Type from an appositive / following head noun: "X, a novel framework" or "X benchmark"."""
    n = len(doc)
    v = view(doc)
    texts = v.text
    if end < n and type_of_head(texts[end]):
        return type_of_head(texts[end])
    if end < n and texts[end] == "(":
        # "SNEAK (Secret-aware Natural language Evaluation for Adversarial Knowledge), a benchmark for ...": the
        # appositive after the long form
        close = next((x for x in range(end + 1, min(n, end + 16)) if texts[x] == ")"), None)
        if close is not None and close + 2 < n and texts[close + 1] == "," and v.lower[close + 2] in ("a", "an"):
            return _head_after(doc, close + 1, window)
    if end + 2 < n and texts[end] == ")" and texts[end + 1] == "," and v.lower[end + 2] in ("a", "an"):
        # "we propose Single-Cell ... Transformer (scMMGPT), a unified PLM": the bracketed short form's appositive
        return _head_after(doc, end + 1, window)
    j = end
    if j + 1 < n and texts[j] == "," and texts[j + 1][:1].islower() and texts[j + 1].endswith("ing") \
            and texts[j + 1] not in COMPOSITION_VERBS:
        return None  # "(1) Cross-Benchmark Ranking Consistency, measuring whether ... model rankings": no appositive
    if j < n and texts[j] in (",", "(", ":", "is", "-", "\u2014"):
        j += 1
        stop = min(n, j + window)
        while j < stop and not v.start[j]:
            w = texts[j]
            if w == "-" and texts[end] == ",":
                # in an appositive a hyphenated word is one word: "X, a large-scale and realistic CTTA benchmark"
                # (not in a bracket, where a long form's heads are no appositive's: "KRIS-Bench (... Systems
                # Benchmark)")
                stop = min(n, stop + 2)
            if w == "(":
                # skip a parenthetical acronym: "a sparse Mixture-of-Experts (MoE) model"
                close = next((x for x in range(j + 1, min(n, j + 12)) if texts[x] == ")"), None)
                if close is not None:
                    stop = min(n, stop + close - j + 1)
                    j = close + 1
                    continue
            if v.lower[j] in GROUP_WORDS and j + 1 < n and v.lower[j + 1] == "of":
                # "a suite of eight reward models" is models, "a family of small, bidirectional masked language
                # models" too; "a suite of training data to ..." stays what the group word says
                for x in range(j + 2, min(n, j + 10)):
                    if v.lower[x] in GROUP_STOPS or v.start[x]:
                        break
                    if texts[x][:1].islower() and type_of_head(texts[x]) and v.lower[x] not in NOT_HEADS \
                            and _phrase_end(texts, x):
                        return type_of_head(texts[x])
                return type_of_head(w)
            glued = j + 1 < n and texts[j + 1] == "-" and not token_spaces(doc)[j]
            # an acronym before a lower-case noun modifies it: "an LLM inference engine" is an engine
            modifier = w.isupper() and j + 1 < stop and texts[j + 1][:1].islower() and texts[j + 1] not in (
                "that", "which", "for", "to", "with", "and", "or", "is", "trained", "built", "based")
            if type_of_head(w) and not glued and not modifier and v.lower[j] not in NOT_HEADS:
                # a head right before another modifies it: "a dataset distillation method" is a method
                later = None
                for x in range(j + 1, min(stop, j + 3)):
                    if not texts[x][:1].islower() or v.lower[x] in CLAUSE_WORDS:
                        break  # "a self-play framework where models learn": another clause
                    later = type_of_head(texts[x]) or later
                return later or type_of_head(w)  # ("an LLM-based approach": "LLM" modifies, it is not the head)
            if w in (",", ".", ";", "(", ")", "that", "which", "for", "to", "with", "on", "from", "by"):
                break  # a head further on is another phrase's: "Phi-3-MusiX, an MLLM fine-tuned on our dataset"
            j += 1
    return None


def _phrase_end(texts: list[str], x: int) -> bool:
    """Whether the lower-case word at ``x`` ends its noun phrase ("reward models ranging", "models (MLMs)", "models
    fine-tuned"; not "Earth system simulations")."""
    if x + 1 >= len(texts) or not texts[x + 1][:1].islower():
        return True
    nxt = texts[x + 1].lower()
    if x + 3 < len(texts) and texts[x + 2] == "-":
        nxt = texts[x + 3].lower()  # "models fine-tuned with ..."
    return nxt in CLAUSE_WORDS or nxt.endswith(("ing", "ed"))


# participles that say what a thing is made of, so the head after them types it ("ARMBench-VL, comprising three
# benchmarks")
COMPOSITION_VERBS = frozenset("comprising containing including consisting covering spanning featuring".split())
GROUP_WORDS = frozenset("suite collection family series".split())
GROUP_STOPS = frozenset(". ; that which to with for from trained".split())
NOT_HEADS = frozenset("attention search layer layers language".split())  # head words that modify the next one
CLAUSE_WORDS = frozenset("where that which who whose when while for to with and or in of on by from as is are "
                         "was were can".split())


MODEL_CLASS_HEADS = frozenset("llm llms vlm vlms mllm mllms lm lms".split())  # ends of "Video-LLM", "AV-LLM"


def _head_before(doc: Doc, start: int, lo: int) -> str | None:
    """Type from a head noun just before the name ("a new benchmark, X", "a model called X")."""
    texts = view(doc).text
    for j in range(start - 1, max(lo, start - 4), -1):
        ht = type_of_head(texts[j])
        if ht and texts[j].lower() not in ("attention", "search", "language"):
            return ht
        if "-" in texts[j] and texts[j].rpartition("-")[2].lower() in MODEL_CLASS_HEADS:
            return "model"  # "a fine-grained AV-LLM, namely Dolphin"
    return None


DATASET_NAME_RE = re.compile(r"(?:Bench|-Bench|Benchmark|Leaderboard|Suite|Arena|Eval|-Eval|Gym|QA|-QA|Corpus|"
                             r"Dataset|[a-z]Data|-NLI|-\d+(?:\.\d+)?[KkM]| \d+(?:\.\d+)?[Kk])"
                             r"(?:[- ]?v?\d+(?:\.\d+)?)?$")


# a known benchmark's name with words glued before it names a variant of it: "BeyondAIME", "PathMNIST", "AfriMMLU"
GLUED_BENCHMARK_RE = re.compile(r"^(?:[A-Z][a-z]+)+(?P<b>[A-Z][A-Z0-9]{3,})$")
NOT_GLUED_BENCHMARKS = frozenset(("MIND", "WISE", "RACE"))  # English words as often as benchmarks ("ReMIND")


@functools.lru_cache(maxsize=65536)
def name_suffix_type(name: str) -> str | None:
    """Names built like benchmarks are datasets: "SurveyBench", "GIE-Bench", "ChartQA", "HOIGen-1M".

    Cached by text: the resolver asks it of every candidate, and the end-anchored search tries each position.

    >>> [name_suffix_type(n) for n in ("CMC-Bench", "DocVQA", "CamVid-30K", "Multiverse 1K", "ParaThinker")]
    ['dataset', 'dataset', 'dataset', 'dataset', None]
    >>> [name_suffix_type(n) for n in ("BeyondAIME", "PathMNIST", "MarsRL", "ReMIND")]
    ['dataset', 'dataset', None, None]
    """
    if DATASET_NAME_RE.search(name) and name not in ("VQA", "QA"):
        return "dataset"
    glued = GLUED_BENCHMARK_RE.match(name)
    if glued and glued["b"] not in NOT_GLUED_BENCHMARKS:
        known = load_gazetteer().lookup(glued["b"])
        return "dataset" if known is not None and known.type == "dataset" else None
    return None


def _title_span(doc: Doc) -> tuple[int, int]:
    return 0, (title_end_of(doc))


TITLE_HEAD_STOPS = frozenset("for via with in on from by using through under against beyond".split())


# what a title's prefix may end in after the name it reports on
REPORT_WORDS = frozenset({("Technical", "Report"), ("Tech", "Report"), ("System", "Card"), ("Model", "Card")})
DIGIT_NAME_RE = re.compile(r"^\d+[A-Z][A-Za-z0-9-]*[A-Za-z]$")  # "2BP: 2-Stage Backpropagation", "3DGS"


def title_prefix(doc: Doc) -> list[Candidate]:
    """The "NAME: subtitle" prefix of the title is what the paper introduces."""
    t0, t1 = _title_span(doc)
    texts = view(doc).text
    colon = next((k for k in range(t0, t1) if texts[k] == ":"), None)
    if colon is None or colon == t0 or colon - t0 > 5:
        return []
    if colon - t0 > 1 and texts[t0] in ("The", "THE"):
        t0 += 1  # "The Fused Kernel Library: A C++ API ...": the article is not part of the name
    end = colon
    if end - t0 > 2 and (texts[end - 2], texts[end - 1]) in REPORT_WORDS:
        end -= 2  # "AMALIA Technical Report: ...": the report is on the name before it
    words = texts[t0:end]
    if words[0].lower() in TITLE_SKIP or words[0].lower() in TITLE_FUNCTION_WORDS \
            or any(w.lower() in TITLE_PAIRING or w.lower() in TITLE_SENTENCE_WORDS for w in words):
        return []
    # any capitalised word may be part of a title's name ("Deep Optimizer States")
    ok = all(_name_shape(w) or (w[:1].isupper() and w.replace("-", "").isalpha()) or w in ("-", "+", "&")
             or VERSION_RE.match(w) or SIZE_RE.match(w) or DIGIT_NAME_RE.match(w) for w in words) \
        or len(words) == 1 and words[0].isalnum() and words[0].islower()  # "torchmil: A PyTorch-based library"
    if not ok:
        return []
    name = span_text(doc, t0, end)
    known_head = len(words) == 2 and load_gazetteer().lookup(words[-1]) is not None  # "Paint Transformer"
    # "Arithmetic Sampling: ...", "Fused Kernel Library: ...": a technique head closing the prefix makes it a name
    technique_head = len(words) >= 2 and words[-1].lower() in TITLE_NAME_HEADS
    if len(words) >= 2 and not any(is_coined(w) for w in words) and not known_head and not technique_head:
        # a plain Title-Case phrase is a name only if the abstract uses it again as one, capitalised (or a
        # \placeholder for it): "Digital Gatekeepers: ..." whose abstract speaks of "digital gatekeepers" is a topic
        rest = span_text(doc, t1, len(doc))
        if not _reused_as_name(name, rest) and not PLACEHOLDER_RE.search(rest):
            return []
    if len(words) >= 2 and _gerund_on_known(words):
        return []  # "Breaking BERT: Gradient Attack on ...": what the paper does to a known model, not a new name
    type_ = None
    lows = view(doc).lower
    for k in range(colon + 1, min(t1, colon + 12)):
        if lows[k] in TITLE_HEAD_STOPS:
            break  # a head further on is a prepositional object's: "X: Universal Negative Guidance for Diffusion Model"
        if lows[k] in TITLE_HEADS:
            nxt = texts[k + 1] if k + 1 < t1 else ""
            if nxt[:1].isupper() and nxt.replace("-", "").isalpha() and nxt.lower() not in TITLE_FUNCTION_WORDS:
                # "Large Language Model Serving", "Reinforcement Learning Environment Execution Engine": a head
                # noun before another capitalised word modifies it; the head is further on
                continue
            type_ = _group_member_type(texts, lows, k, colon, t1) or type_of_head(texts[k])
            break
    if type_ is None and len(words) > 1 and any(_is_model_family(load_gazetteer(), w) for w in words):
        type_ = "model"  # "Vuyko Mistral": a new member of a known model family
    if not name.endswith("Eval"):  # "-Eval" names benchmarks (HumanEval) and evaluation methods (RevisEval)
        type_ = type_ or name_suffix_type(name)
    # without a head noun in the title the type is left to the abstract's cues (a proposed name defaults to method)
    return [Candidate(t0, end, type_, "rule:title_prefix", 0.9, proposed=True)]


def _reused_as_name(name: str, text: str) -> bool:
    """Whether ``text`` uses the Title-Case ``name`` of a title's prefix again as a name. A reuse with capitals
    after its first letter is one ("structure-preserving Lift & Learn"), and so is a lower-case one ("a learning-based
    radar tracker"), but for a plural, which names a topic unless a naming verb names it: "Digital Gatekeepers" of an
    abstract on search engines "as digital gatekeepers". A code repository named like it names it too.

    >>> [_reused_as_name("Digital Gatekeepers", t) for t in ("as digital gatekeepers,", "the Digital Gatekeepers")]
    [False, True]
    >>> [_reused_as_name("Radar Tracker", "a radar tracker"), _reused_as_name("Skip Graphs", "we call skip graphs")]
    [True, True]
    >>> _reused_as_name("Co-Evolving Agents", "we propose a co-evolving agents framework in which")
    True
    >>> _reused_as_name("Rational Retrieval Acts", "code: https://github.com/arthur-75/Rational-Retrieval-Acts")
    True
    """
    low, low_name = text.lower(), name.lower()
    if any(norm_key(repo) == norm_key(name) for repo in REPO_NAME_RE.findall(low)):
        return True  # the paper's code is kept under the name: ".../arthur-75/Rational-Retrieval-Acts"
    found = [m.start() for m in re.finditer(re.escape(low_name), low)]
    if any(text[x + 1:x + len(name)] != low[x + 1:x + len(name)] for x in found):
        return True
    if not found:
        return False
    if not looks_plural(name.rsplit(None, 1)[-1]):
        return True
    # a plural names something when a naming verb names it or a head noun follows ("a co-evolving agents framework")
    return re.search(_NAMED_BEFORE + re.escape(low_name), low) is not None or \
        any(type_of_head(next(iter(low[x + len(name):].split(None, 1)), "")) for x in found)


# the repository's name in a code link: "github.com/owner/NAME", "gitlab.com/owner/NAME"
REPO_NAME_RE = re.compile(r"\b(?:github|gitlab|bitbucket)\.(?:com|org|io)/[\w.-]+/([\w.-]+)")

# a naming word (lexicon's) and at most one word (an article) before a name that follows it
_NAMED_BEFORE = r"\b(?:%s)\s+(?:\S+\s+)?" % "|".join(sorted(NAMING_WORDS | WE_NAMING_VERBS))


def _gerund_on_known(words: list[str]) -> bool:
    """A title prefix that is an -ing verb and a model the gazetteer knows: "Breaking BERT", "Demystifying ChatGPT".

    >>> [_gerund_on_known(w.split()) for w in ("Breaking BERT", "Scaling Laws", "Sailing Agent")]
    [True, False, False]
    """
    first = words[0]
    if len(first) <= 5 or not first.endswith("ing") or not first[1:].islower():
        return False
    known = load_gazetteer().lookup(" ".join(words[1:]))
    # a known technique with a new word before it is a variant ("Flipping Knowledge Distillation"), a model is not
    return known is not None and known.type == "model"


def _group_member_type(texts: list[str], lows: list[str], k: int, start: int, end: int) -> str | None:
    """The type of the members a group word at ``k`` (between ``start`` and ``end``) names: "a Model Suite", "A
    Suite of Models" are models, where a suite alone is a benchmark's."""
    if lows[k] not in GROUP_WORDS:
        return None
    if k - 1 > start and type_of_head(texts[k - 1]):
        return type_of_head(texts[k - 1])
    if k + 2 < end and lows[k + 1] == "of":
        return next((type_of_head(texts[x]) for x in range(k + 2, min(end, k + 5)) if type_of_head(texts[x])), None)
    return None


def title_report(doc: Doc) -> list[Candidate]:
    """"Qwen2.5-VL Technical Report", "Hermes 3 Technical Report": the name a technical report's title
    opens with is the paper's own (a model, mostly; the other signals type it). A longer opening keeps
    only its coined words: "Fully Open Source Moxin-7B Technical Report" is about Moxin-7B.

    >>> from extractors.pipeline import get_nlp
    >>> d = get_nlp().make_doc("Fully Open Source Moxin-7B Technical Report")
    >>> d._.kg_title_end = len(d)
    >>> [d[c.start:c.end].text for c in title_report(d)]
    ['Moxin-7B']
    >>> d = get_nlp().make_doc("Skywork Open Reasoner 1 Technical Report")
    >>> d._.kg_title_end = len(d)
    >>> [d[c.start:c.end].text for c in title_report(d)]
    ['Skywork Open Reasoner 1']
    """
    t0, t1 = _title_span(doc)
    texts = view(doc).text
    if t1 - t0 < 3 or texts[t1 - 1].lower() != "report" or texts[t1 - 2].lower() not in ("technical", "tech"):
        return []
    end = t1 - 2
    words = texts[t0:end]
    if ":" in words or not all(_name_shape(w) or w[:1].isupper() or VERSION_RE.match(w) or SIZE_RE.match(w)
                               or w == "-" for w in words):
        return []
    start = t0
    if len(words) > 3:  # only the coined words at the end, if there are any ("Skywork Open Reasoner 1" is whole)
        start = end
        while start > t0 and (_name_shape(texts[start - 1]) or VERSION_RE.match(texts[start - 1])
                              or SIZE_RE.match(texts[start - 1])):
            start -= 1
        if not any(_name_shape(texts[x]) and not VERSION_RE.match(texts[x]) for x in range(start, end)):
            start = t0
    if texts[start].lower() in TITLE_SKIP:
        return []
    return [Candidate(start, end, None, "rule:title_report", 0.9, proposed=True)]


def placeholders(doc: Doc, title_name: tuple[int, int] | None) -> list[Candidate]:
    """LaTeX macros like ``\\proj`` stand for the title's name."""
    if not title_name:
        return []
    name = span_text(doc, title_name[0], title_name[1])
    return [Candidate(k, k + 1, None, "rule:placeholder", 0.9, proposed=True, canonical=name)
            for k in flagged(doc, B_PLACEHOLDER)]  # the tokens _is_placeholder holds for


# words whose object is a name used, not introduced ("on LVBench, our agent ...")
PREPOSITIONS = frozenset("on in across over than with from to by at against".split())
FOLLOWERS_OK = frozenset("that which to for as with in on of by from and or via where who whose is are was "
                         "can could will would which, consisting comprising built based".split())


def _known_family(text: str) -> bool:
    """A gazetteer name (or stoplisted term), or a size of a known model family: the paper uses it, it does
    not introduce it ("we adopt PPO", "we benchmark Qwen3-8B")."""
    g = load_gazetteer()
    return g.is_stopword(text) or g.lookup(text) is not None or known_checkpoint(text)


def _own_known_name(doc: Doc, k: int, span: tuple[int, int]) -> bool:
    """Whether a name the gazetteer knows is this paper's own: right after the proposal verb, with an appositive,
    and in the title ("The Belebele Benchmark: ..." / "We present Belebele, a multiple-choice ... dataset"): the
    paper that introduced a name now well known."""
    v = view(doc)
    s, e = span
    if s != k + 1 or e + 1 >= len(doc) or v.text[e] != "," or v.lower[e + 1] not in ("a", "an", "the"):
        return False
    name = span_text(doc, s, e)
    title_end = title_end_of(doc)
    return any(span_text(doc, t, t + (e - s)) == name for t in range(0, title_end - (e - s) + 1))


def known_checkpoint(text: str) -> bool:
    """A size of a known model family, as its makers release it: "Qwen3-8B", "Llama-3.1-8B-Instruct",
    "Pythia-160M"; not "QWEN2.5-7B-NP" (a suffix of the paper's own) nor "HOIGen-1M" (no model family).

    >>> [known_checkpoint(t) for t in ("Qwen3-8B", "Pythia-160M", "QWEN2.5-7B-NP", "HOIGen-1M")]
    [True, True, False, False]
    """
    m = MODEL_SIZE_RE.match(text)
    if not m or not _is_model_family(load_gazetteer(), m["family"]):
        return False
    return all(part.lower() in RELEASE_SUFFIXES for part in text[m.end("size"):].split("-") if part)


# suffixes of a family's own releases, which a paper that fine-tunes or benchmarks them writes
RELEASE_SUFFIXES = frozenset("instruct base chat it hf".split())


def _used_as_modifier(doc: Doc, end: int) -> bool:
    """The name is followed by a lower-case noun that is not a type head: it modifies that noun."""
    if end >= len(doc):
        return False
    texts = view(doc).text
    w = texts[end]
    if w == "-" and not token_spaces(doc)[end]:
        return True
    if w == "(" and end + 1 < len(doc) and _BRACKET_MODIFIER.match(texts[end + 1]):
        return True  # "Artificial Neural Network (ANN)-based image-processing techniques"
    return w[:1].islower() and w.isalpha() and w not in FOLLOWERS_OK and type_of_head(w) is None


# the tokenizer keeps "ANN)-based" whole; not "R2Q)-a novel framework", a dash before an appositive
_BRACKET_MODIFIER = re.compile(r"^[^\s()]+\)-(?:[a-z]+(?:ed|ing)|based|aware|free|wise|level|like|specific|centric)$")
# a proposal verb's -ing form after "by": "we tackle this by proposing X" proposes X like "we propose X"
BY_PROPOSING_VERBS = frozenset("proposing introducing presenting developing designing constructing curating "
                               "creating building devising".split())
# "At its core is X" / "At the heart lies X": the paper's central part, proposed like "we propose X"
CORE_WORDS = frozenset(("core", "heart"))
# "which we refer to as X", "we refer to it as X", "which we denote as X": naming when "as" follows (not "refer to X")
WE_REFER_VERBS = frozenset(("refer", "denote"))
PROPOSAL_TRIGGERS = PROPOSE_VERBS | NAMING_WORDS | WE_NAMING_VERBS | WE_REFER_VERBS | BY_PROPOSING_VERBS | CORE_WORDS \
    | {"our"}


def _at_the_core(v, k: int) -> bool:
    """Whether the word at ``k`` opens its sentence as "At its core is", "At the core lies" (the verb at k + 1)."""
    return k >= 2 and k + 2 < len(v.lower) and v.lower[k - 2] == "at" and v.lower[k - 1] in ("its", "the") \
        and v.sent_start_of[k] == k - 2 and v.lower[k + 1] in ("is", "are", "lies", "lie")


def _by_proposing(v, k: int) -> bool:
    """Whether the -ing proposal verb at ``k`` follows "by" in a sentence whose subject is "we" or the paper."""
    if k == 0 or v.lower[k - 1] != "by":
        return False
    before = v.lower[v.sent_start_of[k]:k]
    return "we" in before or "paper" in before or "work" in before


PROPOSAL_STOPS = frozenset("to that which how whether where for of on in with by using utilizing utilising leveraging "
                           "employing via through combining integrating incorporating exploiting".split())
WINDOW_STOPS = frozenset("that which to for where whose by with using on in of from via .".split() + [";", ":", "(", "."])


def _propose_window(doc: Doc, k: int, sent_end: int) -> tuple[int, int]:
    """Tokens after a proposal verb up to the first clause/preposition boundary (at most 10)."""
    v = view(doc)
    j = k + 1
    while j < min(sent_end, k + 11) and v.lower[j] not in WINDOW_STOPS and v.text[j] != ",":
        if type_of_head(v.text[j]) and j > k + 1 and v.lower[j] not in ("attention", "search", "loss"):
            break  # "a hierarchical optimization framework": the head closes the new thing's name
        j += 1
    return (k + 1, j)


def _lower_case_name(doc: Doc, s: int, sent_end: int, single: bool = False) -> int | None:
    """End of a lower-case name starting at token ``s`` and closed by a comma, bracket, full stop or clause
    word, ``None`` when the words there cannot be one: a function word inside ("alignment for answerability"),
    a leading participle ("including supervised fine-tuning"), more than six words, or one plain word
    unless ``single`` (a naming word before it: "a strategy called bypass")."""
    v = view(doc)
    e = s
    while e < min(sent_end, s + 7) and v.text[e] not in _NAME_CLOSERS and v.lower[e] not in _CLAUSE_OPENERS:
        w = v.text[e]
        if w == "-" and e > s and not token_spaces(doc)[e - 1]:
            e += 1
            continue
        leading = e == s and (w in NOT_NAME_WORDS or w.endswith(("ing", "ly")) and "-" not in w)
        if not LOWER_WORD_RE.match(w) or w in FUNCTION_WORDS or leading:
            return None
        e += 1
    if e == s or e >= sent_end or (v.text[e] not in _NAME_CLOSERS and v.lower[e] not in _CLAUSE_OPENERS):
        return None
    if e - s == 1 and "-" not in v.text[s] and not single:
        return None
    if v.text[e] == "(":  # only an acronym's bracket closes it: "called asymmetric framework (ANN-SNN) distillation"
        close = next((x for x in range(e + 1, min(sent_end, e + 8)) if v.text[x] == ")"), None)
        if close is None or close + 1 >= sent_end or v.text[close + 1] not in _NAME_CLOSERS \
                and v.lower[close + 1] not in _CLAUSE_OPENERS and v.lower[close + 1] not in ("and", "or"):
            return None
    if _known_family(span_text(doc, s, e)):
        return None
    return e


_NAME_CLOSERS = frozenset(", ( . ; : )".split())
_CLAUSE_OPENERS = frozenset("that which to for with where whereby".split())


def _lower_case_coinage(doc: Doc, k: int, sent_end: int) -> Candidate | None:
    """A lower-case name the paper coins after its proposal verb, typed by an appositive on either side: "we
    propose gradient rectification, a simple technique", "we introduce a simple method, whiteboard-of-thought
    prompting, that" (the guide: a technique the paper coins and names, even in lower case). One plain word
    is not enough ("we propose recursion, a strategy"), nor a name the gazetteer knows.

    >>> from extractors.pipeline import get_nlp
    >>> doc = get_nlp()("We present hyper-connections, a simple yet effective method.")
    >>> c = _lower_case_coinage(doc, 1, len(doc))
    >>> doc[c.start:c.end].text, c.type, c.proposed
    ('hyper-connections', 'method', True)
    >>> doc = get_nlp()("We propose a simple procedure, uncertainty distillation, to teach models.")
    >>> c = _lower_case_coinage(doc, 1, len(doc))
    >>> doc[c.start:c.end].text, c.type
    ('uncertainty distillation', 'method')
    """
    v = view(doc)
    e = _lower_case_name(doc, k + 1, sent_end)
    if e is not None and v.text[e] == "," and e + 1 < sent_end and v.lower[e + 1] in ("a", "an"):
        typ = _head_after(doc, e, window=8)  # "an optimal transport-based synthesis method"
        return None if typ is None else Candidate(k + 1, e, typ, "rule:we_propose", 0.8, proposed=True)
    bare = _bare_technique(doc, k + 1, sent_end)
    if bare is not None:
        # "we introduce arrow-pointing extrapolation as a synthetic computer vision task": typed by its "as"
        typ = _as_type(v, bare, sent_end) if v.lower[bare] == "as" else None
        return Candidate(k + 1, bare, typ or "method", "rule:we_propose", 0.75, proposed=True)
    # "we introduce a new scaling paradigm: native thought parallelism", "... the core of our approach: X, a ..."
    colon = next((j for j in range(k + 2, min(sent_end, k + 9)) if v.text[j] in (":", ",")), None)
    if colon is not None and v.text[colon] == ":" and type_of_head(v.text[colon - 1]) \
            and "task" not in v.lower[k + 1:colon]:  # "a new task paradigm: proactive information gathering"
        e = _lower_case_name(doc, colon + 1, sent_end)
        if e is not None and v.text[e] in (",", ".", ";", "("):
            return Candidate(colon + 1, e, type_of_head(v.text[colon - 1]), "rule:we_propose", 0.8, proposed=True)
    if k + 1 >= sent_end or v.lower[k + 1] not in ("a", "an"):
        return None
    h = next((j for j in range(k + 2, min(sent_end, k + 9)) if v.text[j] == "," or v.lower[j] in FUNCTION_WORDS), None)
    if h is None or v.text[h] != "," or not type_of_head(v.text[h - 1]) or h + 1 >= sent_end:
        return None
    # "a unified framework, namely many-for-many", "a new fusion paradigm, termed heterogeneous query interaction"
    s = h + 2 if v.lower[h + 1] == "namely" or v.lower[h + 1] in NAMING_WORDS else h + 1
    e = _lower_case_name(doc, s, sent_end, single=s > h + 1)
    if e is None or v.text[e] not in (",", "("):
        return None
    return Candidate(s, e, type_of_head(v.text[h - 1]), "rule:we_propose", 0.8, proposed=True)


# last words that make a bare lower-case phrase a technique: a process noun or a technique head
_TECHNIQUE_ENDINGS = ("ing", "tion", "sion")
_TECHNIQUE_LAST_WORDS = frozenset("loss guidance search attention decoding".split())
_BARE_CLOSERS = frozenset("based in by as".split())
# "-tion" and "-ing" words that name a thing, a relation or a preposition, not a process
_NOT_PROCESS_WORDS = frozenset("""information motion position condition function question solution emotion section
    notion action relation population resolution direction portion intention mention definition proportion
    distribution contribution expression representation configuration situation application location foundation
    description perception version dimension decision precision extension institution generation translation
    including using following regarding concerning comprising involving containing spanning covering""".split())


def _bare_technique(doc: Doc, s: int, sent_end: int) -> int | None:
    """End of a coined technique named right after the proposal verb with no article and no appositive:
    "we introduce adaptive time rescaling based on the reward", "we propose entropy-guided pruning to ...".
    Two to four lower-case words ending in a singular process noun, the words before it no evaluative
    adjectives; a task ("open-vocabulary segmentation") or a known family ("test-time scaling") is none.

    >>> from extractors.pipeline import get_nlp
    >>> d = get_nlp().make_doc("we introduce adaptive time rescaling based on the reward")
    >>> d[2:_bare_technique(d, 2, len(d))].text
    'adaptive time rescaling'
    >>> [_bare_technique(d, 2, len(d)) for d in map(get_nlp().make_doc, ["we propose simple yet effective methods.",
    ...     "we introduce open-vocabulary segmentation, which", "we introduce test-time scaling to models"])]
    [None, None, None]
    """
    v = view(doc)
    words, e = 0, s
    while e < min(sent_end, s + 9) and words <= 4:
        w = v.text[e]
        if w == "-" and e > s and not token_spaces(doc)[e - 1] and e + 1 < sent_end and not token_spaces(doc)[e]:
            e += 1
            continue
        if not LOWER_WORD_RE.match(w) or w in FUNCTION_WORDS or w in _CLAUSE_OPENERS or w in _BARE_CLOSERS:
            break
        if e > s and v.text[e - 1] != "-":
            words += 1
        elif e == s:
            words = 1
        e += 1
    if not 2 <= words <= 4 or e >= sent_end or v.text[e] == "-":
        return None
    if v.text[e] not in _NAME_CLOSERS and v.lower[e] not in _CLAUSE_OPENERS and v.lower[e] not in _BARE_CLOSERS:
        return None
    last = v.lower[e - 1]
    technique = HEAD_WORDS.get(last) == "concept" or last in _TECHNIQUE_LAST_WORDS or last.endswith(_TECHNIQUE_ENDINGS)
    if not technique or HEAD_WORDS.get(last) == "task" or last in _NOT_PROCESS_WORDS:
        return None
    if any(looks_plural(v.lower[x]) or _verb_ing(v.lower[x]) for x in range(s, e)):
        # "solutions including", "evidence suggesting that": a plural noun or a verb's participle is no part
        return None
    first = v.lower[s]
    if first.endswith(("ing", "ly")) and "-" not in first or first in NOT_NAME_WORDS:
        return None  # "learning complementary ...", "jointly conditioned ...": a verb or an adverb opens it
    if any(v.lower[x] in STOP_MODIFIERS or v.lower[x] in GENERAL_ADJECTIVES for x in range(s, e - 1)):
        return None  # "simple yet effective prompting": a description, not a name
    if v.text[e] == "(":  # only an acronym's bracket closes it
        close = next((x for x in range(e + 1, min(sent_end, e + 8)) if v.text[x] == ")"), None)
        if close is None or close - e > 2:
            return None
    if _known_family(span_text(doc, s, e)):
        return None
    return e


def _as_type(v, as_: int, sent_end: int) -> str | None:
    """The type the head noun after "as" gives, up to a clause word: "... as a synthetic computer vision task"."""
    for x in range(as_ + 1, min(sent_end, as_ + 8)):
        if v.lower[x] in _CLAUSE_OPENERS:
            return None
        typ = "task" if v.lower[x] in ("task", "problem") else type_of_head(v.text[x])
        if typ:
            return typ
    return None


def _verb_ing(word: str) -> bool:
    """An -ing form of a common verb ("suggesting", "making"), or one inside a phrase ("arrow pointing")."""
    if not word.endswith("ing") or "-" in word or word in GERUND_MODIFIERS:
        return False
    stem = word[:-3]
    return stem in COMMON_VERBS or stem + "e" in COMMON_VERBS or stem == "point"  # "pointing": not a common verb


def _lower_case_named(doc: Doc, k: int, sent_end: int) -> Candidate | None:
    """A lower-case name after a naming word that follows a type head: "a decoding strategy termed confident
    decoding", "a novel tuning strategy called detail preserver", "a technique called bypass".

    >>> from extractors.pipeline import get_nlp
    >>> doc = get_nlp()("We use a decoding strategy termed confident decoding, which helps.")
    >>> c = _lower_case_named(doc, 5, len(doc))
    >>> doc[c.start:c.end].text, c.type, c.proposed
    ('confident decoding', 'method', True)
    """
    v = view(doc)
    typ = type_of_head(v.text[k - 1]) if k > 0 else None
    if typ is None:
        return None
    e = _lower_case_name(doc, k + 1, sent_end, single=True)
    return None if e is None else Candidate(k + 1, e, typ, "rule:named", 0.8, proposed=True)


def _named_after(v, end: int, stop: int) -> int | None:
    """Where the words after a name give the thing its own name: "..., namely X", "... called X" (X's position)."""
    e = end + 1 if end < stop and v.text[end] == "," else end
    if e + 1 < stop and (v.lower[e] == "namely" or v.lower[e] in NAMING_WORDS):
        return e + 1
    return None


def _past_named_object(v, j: int, sent_end: int) -> int:
    """After "we call/term/name", the start of the name when the object comes first: "We call the resulting
    model as MPIrigen", "which we term the MCP Preference Manipulation Attack" (at most an article and three
    lower-case words, then "as" or a capitalised word); ``j`` itself otherwise."""
    if v.lower[j] not in ("the", "this", "our", "it", "such"):
        return j
    x = j + 1
    while x < min(sent_end, j + 5) and v.text[x].isalpha() and v.text[x].islower() and v.lower[x] != "as":
        x += 1
    if x < sent_end and (v.lower[x] == "as" or v.text[x][:1].isupper()):
        return x
    return j


def _refer_as(v, k: int) -> int | None:
    """After "we refer" or "we denote" at ``k``, the position of the "as" that names something ("to as", "to it as",
    "as"), or None: "we refer to prior work" names nothing.

    >>> from extractors.pipeline import get_nlp
    >>> v = view(get_nlp().make_doc("which we refer to it as Large Chunk TTT and we refer to prior work"))
    >>> _refer_as(v, 2), _refer_as(v, 11)
    (5, None)
    """
    j = k + 1 + (v.lower[k + 1:k + 2] == ["to"])
    if v.lower[j:j + 1] in (["it"], ["this"], ["them"], ["these"]):
        j += 1
    return j if v.lower[j:j + 1] == ["as"] else None


def _is_we_clause(doc: Doc, k: int, sent_start: int) -> bool:
    """Whether the proposal verb at ``k`` is the paper's: "we" (or "this paper", "here") just before it, or a
    sentence that "we" opens going on with "and <verb>" ("We argue that ..., and propose X")."""
    lo = max(sent_start, k - 4)
    low = view(doc).lower
    words = {low[j] for j in range(lo, k)}
    if words & {"we", "paper", "work", "study", "here", "authors"}:
        return True
    if low[k] in INTRODUCING_VERBS:
        # the paper's own system introducing its parts (not "Pillar-0 establishes a new frontier")
        if k - 2 >= sent_start and low[k - 1] in OWN_WORK_NOUNS and low[k - 2] in ("our", "the", "this", "proposed"):
            return True  # "Specifically, the method introduces (i) a Probabilistic Dual-Stream Routing mechanism"
        if _title_name_before(doc, k, sent_start) or low[k - 1] in _ORDER_ADVERBS and k - 1 > sent_start \
                and _title_name_before(doc, k - 1, sent_start):
            return True  # "CollectionLoRA introduces ...", "LER-YOLO first introduces ...", named in the title
    if not (k - 1 > sent_start and low[k - 1] == "and"):
        return False
    if "we" in low[sent_start:min(sent_start + 6, k)]:
        return True
    # "In order to ..., we revisit the induction heads mechanism and proposed a KV shifting attention": a "we"
    # after an opening clause, its one clause running on to the "and"
    if low[k] not in INTRODUCING_VERBS and low[k] not in ("proposed", "introduced", "presented"):
        return False  # (not "we extracted ... and created test sets through manual filtering")
    we = next((j for j in range(k - 2, max(sent_start, k - 13) - 1, -1) if low[j] == "we"), None)
    return we is not None and not any(w in _CLAUSE_BREAKS for w in low[we + 1:k - 1])


# words that end the clause a "we" opens; adverbs between a system's name and its verb ("LER-YOLO first introduces")
_CLAUSE_BREAKS = frozenset([",", ";", ":", "that", "which", "who", "where", "while", "whereas", "but"])
_ORDER_ADVERBS = frozenset("first then also further additionally next finally moreover".split())
INTRODUCING_VERBS = frozenset("introduce introduces propose proposes present presents devise devises".split())
# what a paper calls its own contribution when it is the subject of a proposal verb ("our framework introduces")
OWN_WORK_NOUNS = frozenset("method framework approach model system pipeline architecture algorithm technique "
                           "design network".split())


def _title_name_before(doc: Doc, k: int, sent_start: int) -> bool:
    """Whether the words right before token ``k`` of the abstract are the name the title's "NAME: ..." prefix
    gives ("CollectionLoRA introduces ...")."""
    texts = view(doc).text
    title_end = title_end_of(doc)
    colon = next((x for x in range(0, min(title_end, 6)) if texts[x] == ":"), None)
    return colon is not None and 0 < colon <= k - sent_start and k - colon >= title_end and \
        texts[k - colon:k] == texts[:colon] and _name_shape(texts[0])


# Title-case last words of a named part of a system, which a coordination before them shares
COORDINATED_HEADS = frozenset("Module Block Network Unit Mechanism Layer Head Branch".split())


def _shared_component_head(doc: Doc, span: tuple[int, int], stop: int) -> tuple[int, int]:
    """The span grown over "and" when the name after it ends in a component head the two share: "we devise
    a Feature Erasing and Purification Module" names one module, not "Feature Erasing" and a second name.
    Coined names ("MAGE and Fusion Module") are two.

    >>> from extractors.pipeline import get_nlp
    >>> d = get_nlp().make_doc("we devise a Feature Erasing and Purification Module within it")
    >>> _shared_component_head(d, (3, 5), len(d))
    (3, 8)
    """
    texts = view(doc).text
    e = span[1]
    if e + 1 >= stop or texts[e] != "and" or texts[e - 1] in COORDINATED_HEADS \
            or any(_name_shape(texts[x]) for x in range(span[0], e)):
        return span
    nxt = grab_name(doc, e + 1)
    if nxt and nxt[1] <= stop and texts[nxt[1] - 1] in COORDINATED_HEADS \
            and not any(_name_shape(texts[x]) for x in range(nxt[0], nxt[1])):
        return span[0], nxt[1]
    return span


# lower-case words inside a Title-case name ("Maximum a Posterior", "Mixture of Experts")
_NAME_INNER_WORDS = frozenset("a an of the for and".split())


def proposals(doc: Doc) -> list[Candidate]:
    """Names the paper introduces: after a proposal verb, after naming words, in novel appositives, after "our"."""
    out: list[Candidate] = []
    n = len(doc)
    windows: list[tuple[int, int]] = []
    v = view(doc)
    # the few trigger words first (one C-level pass), then the rules at those positions only
    for k in flagged(doc, B_PROPOSAL):  # the words in PROPOSAL_TRIGGERS
        low = v.lower[k]
        if low in WE_NAMING_VERBS and k > 0 and v.lower[k - 1] == "we":
            low = "called"  # "a phenomenon we term X" works like "called X"
        elif low in WE_REFER_VERBS:
            if k == 0 or v.lower[k - 1] != "we" or _refer_as(v, k) is None:
                continue
            low = "called"
        by_proposing = low in BY_PROPOSING_VERBS
        if by_proposing:
            if not _by_proposing(v, k):
                continue
            low = "propose"  # "we tackle this barrier by proposing a Dual-Axis Generative Reward Model"
        at_core = low in CORE_WORDS
        if at_core:
            if not _at_the_core(v, k):
                continue
            k, low = k + 1, "propose"  # from the verb on, as after "we propose"
        if low not in PROPOSE_VERBS and low not in NAMING_WORDS and low != "our":
            continue
        sent_start, sent_end = v.sent_start_of[k], v.sent_end_of[k]
        # whether the verb is the paper's own (asked once, used twice)
        we_propose = by_proposing or at_core or low in PROPOSE_VERBS and _is_we_clause(doc, k, sent_start)
        if we_propose or low in NAMING_WORDS:
            windows.append(_propose_window(doc, k, sent_end))
        if we_propose:
            coined = _lower_case_coinage(doc, k, sent_end)
            if coined is not None:
                out.append(coined)
                if coined.start == k + 1:
                    continue  # the name right after the verb is what the paper proposes
            j = k + 1
            stop = min(sent_end, k + 16)
            lone_end = -1  # where the last lone capitalised word passed over ends
            while j < stop:
                if v.lower[j] in PROPOSAL_STOPS:
                    break  # "a novel approach utilizing a Vision-Language Model (VLM)": what it uses, not its name
                span = grab_name(doc, j) if v.text[j][:1].isupper() or _name_shape(v.text[j]) else None
                if span and span[0] == lone_end + 1 and v.lower[lone_end] in _NAME_INNER_WORDS:
                    break  # "a novel Maximum a Posterior (MAP) framework": the tail of a longer name, not one
                if span and span[1] - span[0] == 1 and not _name_shape(v.text[span[0]]) \
                        and (span[1] >= n or v.text[span[1]] not in (",", "(", ":", "—")):
                    # "we propose Diverse Prompts ...", "Variational ...": a lone capitalised word needs an appositive
                    j = lone_end = span[1]
                    continue
                if span and _known_family(span_text(doc, span[0], span[1])):
                    if _own_known_name(doc, k, span):  # typed by the gazetteer ("MedGemma, a collection of models")
                        out.append(Candidate(span[0], span[1], None, "rule:we_propose", 0.85, proposed=True))
                        break
                    # "we establish a CPT and SFT workflow": known technique families are used, not proposed
                    j = span[1]
                    continue
                # (only after a description: "we propose ARTE, dubbed Aligning TeacheR ..." names ARTE first)
                described = span is not None and any(v.lower[x] in ("a", "an") for x in range(k + 1, span[0]))
                named = _named_after(v, span[1], stop) if described else None
                renamed = grab_name(doc, named) if named is not None else None
                if renamed:
                    # "we propose a fine-grained AV-LLM, namely Dolphin": the name is the one after "namely"
                    typ = _head_after(doc, renamed[1]) or _head_before(doc, named, k) or \
                        name_suffix_type(span_text(doc, renamed[0], renamed[1]))
                    out.append(Candidate(renamed[0], renamed[1], typ, "rule:we_propose", 0.85, proposed=True))
                    break
                if span and _used_as_modifier(doc, span[1]):
                    # "a customized FlashAttention implementation", "a Transformer-based model": not the new name
                    j = span[1]
                    continue
                if span:
                    span = _shared_component_head(doc, span, stop)
                    # ("a Dual-Axis Generative Reward Model": a name kept with its "Model" is one)
                    typ = _head_after(doc, span[1]) or _head_before(doc, span[0], k) \
                        or name_suffix_type(span_text(doc, span[0], span[1])) \
                        or ("model" if v.text[span[1] - 1] == "Model" else None)
                    out.append(Candidate(span[0], span[1], typ, "rule:we_propose", 0.85, proposed=True))
                    # "we propose X and Y" / "X, Y"
                    e = span[1]
                    while e + 1 < stop and v.text[e] in (",", "and") and grab_name(doc, e + 1):
                        s2 = grab_name(doc, e + 1)
                        out.append(Candidate(s2[0], s2[1], _head_after(doc, s2[1]) or typ, "rule:we_propose", 0.75, proposed=True))
                        e = s2[1]
                    break
                j += 1
        elif low in PASSIVE_PROPOSED:
            out.extend(_passive_proposals(doc, k, sent_start))
        elif low in NAMING_WORDS and k + 1 < n and (v.start[k] or v.text[k].islower()):
            # (a capital inside a sentence makes the word part of a name: "primitive Named Types")
            j = k + 1
            if v.lower[k] in WE_NAMING_VERBS:
                j = _past_named_object(v, j, sent_end)  # "We call the resulting model as MPIrigen"
            elif v.lower[k] in WE_REFER_VERBS:
                j = _refer_as(v, k)
            if v.lower[j] == "as" and j + 1 < n:
                j += 1
            while j < n - 1 and v.text[j] in ('"', "\u201c", "'", "`", "``", "\u2018"):
                j += 1
            span = grab_name(doc, j) if j < n else None
            if span:
                # "which we refer to as Mask, Inpaint and Denoise (MID)": the long form a bracket defines goes on
                span = next((p.long for p in acronyms(doc) if p.long[0] == span[0] and p.long[1] > span[1]), span)
                typ = _head_after(doc, span[1]) or _head_before(doc, span[0], max(sent_start, k - 8) - 1)
                out.append(Candidate(span[0], span[1], typ, "rule:named", 0.85, proposed=True))
            elif j == k + 1:
                coined = _lower_case_named(doc, k, sent_end)
                if coined is not None:
                    out.append(coined)
        elif low == "our" and k + 1 < n and (_name_shape(v.text[k + 1]) or v.text[k + 1][:1].isupper()):
            span = grab_name(doc, k + 1) if _name_shape(v.text[k + 1]) else _our_title_case(doc, k)
            # "our NMT systems", "our Llama-3 baseline": a known name the paper works with, not its own
            if span and not _known_family(span_text(doc, span[0], span[1])):
                out.append(Candidate(span[0], span[1], _head_after(doc, span[1]), "rule:our", 0.8, proposed=True))
    set_propose_windows(doc, windows)
    # the two rules below start at commas, and at commas, "is" and colons: one pass over the tokens finds both
    marks = flagged(doc, B_MARK)  # the tokens "," "is" ":"
    for k in [k for k in marks if v.text[k] == ","]:
        if k < 2 or k >= n - 1 or not _name_shape(v.text[k + 1]):
            continue
        ht = type_of_head(v.text[k - 1])
        if ht is None or v.lower[k - 1] in ("attention", "search", "language", "layer", "layers"):
            continue
        span = grab_name(doc, k + 1)
        if span and span[1] < n and v.text[span[1]] in (",", ".", ";", ")"):
            ours = any(v.lower[x] in ("our", "new", "novel", "resulting") for x in range(max(v.sent_start_of[k], k - 6), k))
            out.append(Candidate(span[0], span[1], ht, "rule:head_appositive", 0.8, proposed=ours))
    # appositives: "NAME, a novel framework ..." / "NAME is a new benchmark"
    for k in marks:
        if k == 0 or k >= n - 3:
            continue
        if v.lower[k + 1] not in ("a", "an", "the", "our"):
            continue
        window = v.lower[k + 1:min(n, k + 7)]
        # ("a first-class design principle" is no first of its kind: the tokenizer splits that "first" off)
        novel = any(w in ("novel", "new", "our") or w == "first" and window[x + 1:x + 2] != ["-"]
                    for x, w in enumerate(window))
        if not novel:
            named = _name_shape(v.text[k - 1]) or _cap_shape(v.text[k - 1]) or _bracketed_short(v, k)
            if named and v.text[k] == "," and v.lower[k + 1] in ("a", "an"):
                out.extend(_typed_appositive(doc, k))
            continue
        if _bracketed_short(v, k):
            # "symbolic pattern planning (SPP), a novel planning approach": the short form is the name; not
            # "Using Proximal Policy Optimisation (PPO), our approach ...", where a clause ends at the comma
            if v.lower[k + 1] not in ("a", "an") and v.lower[k + 1:k + 3] != ["the", "first"]:
                continue
            out.append(Candidate(k - 2, k - 1, _head_after(doc, k), "rule:appositive", 0.8, proposed=True))
            continue
        # name ends at k: walk back over a name span
        s = k - 1
        while s > 0 and _name_part(v.text[s - 1]) and not v.start[s] and k - s < 5:
            s -= 1
        if not (_name_shape(v.text[k - 1]) or _cap_shape(v.text[k - 1])):
            continue
        span = grab_name(doc, s)
        if span and v.text[k] == ":" and span[1] - span[0] == 1 and v.start[span[0]] and not _name_shape(v.text[k - 1]):
            continue  # "Goals: Our goals are ...": a structured abstract's heading
        if span and span[1] == k and not (span[0] > 0 and v.lower[span[0] - 1] in PREPOSITIONS) \
                and not (v.lower[k + 1] == "our" and _opening_phrase(v, span[0])):
            # "on LVBench, our 7B agent ...": a preposition's object is where it is evaluated, not what is new
            out.append(Candidate(span[0], span[1], _head_after(doc, k), "rule:appositive", 0.8, proposed=True))
    return out


# words that open no name of the paper's own after "our" ("Our Main Contributions:", "our Project Page"), and
# heads of what a paper works with or where, not what it made ("our Jupyter Notebook", "our Hugging Face repository")
_OUR_NOT_NAMES = frozenset("proposed main key new novel experimental project code official source github hugging "
                           "jupyter results findings contributions contribution centre center university institute "
                           "lab laboratory group team webpage website page face notebook".split())


def _our_title_case(doc: Doc, k: int) -> tuple[int, int] | None:
    """The name of two or more Title-Case words after "our" at ``k``, or None: "Our Psychodynamic Model
    simulates ...", "our Attention Temperature Scaling technique", "our Scheduled Latent Mixing and ..." (one word
    after "our" is as often a plain noun written in Title Case: "our Method")."""
    v = view(doc)
    n = len(doc)
    j = k + 1
    while j < n and j - k <= 6 and not v.start[j] and (
            v.text[j][:1].isupper() and v.text[j].replace("-", "").isalpha()
            or v.text[j] == "-" and not token_spaces(doc)[j - 1] and j + 1 < n and v.text[j + 1][:1].isupper()):
        j += 1
    words = [w for w in v.lower[k + 1:j] if w != "-"]
    # (a heading ends in ":"; before "-" the run is a modifier: "our Ordinal Regression-based DR Detection")
    if len(words) < 2 or (j < n and v.text[j] in (":", "-")) or any(w in _OUR_NOT_NAMES for w in words):
        return None
    span = grab_name(doc, k + 1)
    # "Psychodynamic Model": the head is part of a name whose other word is no name of its own
    return span if span and span[1] - span[0] >= 2 else (k + 1, j)


def _opening_phrase(v, start: int) -> bool:
    """Whether the name at ``start`` ends a sentence's opening phrase, so that the comma after it ends that phrase
    and "our ..." begins the clause: "Using the general-purpose model DeepSeek-V3, our approach leads to ..."."""
    first = v.sent_start_of[start]
    return first < start and (v.lower[first].endswith("ing") or v.lower[first] in PREPOSITIONS
                              or v.lower[first] in ("with", "given", "based")) and "," not in v.text[first:start]


PASSIVE_PROPOSED = frozenset("proposed introduced designed developed presented devised constructed".split())
_MODIFIER_END = re.compile(r"-[a-z]+(?:ed|ing)$|-(?:based|aware|free|centric|like)$")
_PASSIVE_ADVERBS = frozenset("then further also first newly specifically additionally subsequently".split())


def _passive_proposals(doc: Doc, k: int, sent_start: int) -> list[Candidate]:
    """The names a passive proposal verb at ``k`` is said of: "A dynamic graph convolutional feature extractor
    (DGCFE) was introduced", "the Concept-Anchored Mapping method is proposed", "the Context Fusion Block (CFB) and
    Up-sampling Network (Up-Net) are designed" (papers that write no "we"). Not "has been proposed" (earlier
    work), nor a name the gazetteer knows.

    >>> from extractors.pipeline import get_nlp
    >>> doc = get_nlp()("Then the Concept-Anchored Mapping method is proposed to link actions to concepts.")
    >>> [(doc[c.start:c.end].text, c.type, c.proposed) for c in _passive_proposals(doc, 6, 0)]
    [('Concept-Anchored Mapping', 'method', True)]
    """
    v = view(doc)
    j = k - 1
    while j > sent_start and v.lower[j] in _PASSIVE_ADVERBS:
        j -= 1
    if j - 2 < sent_start or v.lower[j] not in ("is", "are", "was", "were"):
        return []
    j -= 1
    typ = type_of_head(v.text[j]) if v.text[j][:1].islower() else None
    if typ:
        j -= 1  # "the X method is proposed", "(LCFB) module is designed"
    out: list[Candidate] = []
    while j > sent_start:
        span = _name_ending(doc, j, sent_start)
        if span is None or _known_family(span_text(doc, span[0], span[1])):
            break
        out.append(Candidate(span[0], span[1], typ, "rule:passive_proposal", 0.75, proposed=True))
        # back over a long form before a bracketed short form, then over "and" / "," to the name before
        j = span[0] - 1
        if v.text[j] == "(":
            j -= 1
            while j > sent_start and _name_part(v.text[j]):
                j -= 1
        if v.lower[j] not in ("and", ","):
            break
        j -= 1
    if out and k + 1 < len(doc) and v.lower[k + 1] == "to" and v.lower[k] in ("designed", "developed", "constructed") \
            and not any(w in ("a", "an", "novel", "new") for w in v.lower[max(sent_start, j - 3):j + 1]):
        # "Computer Use Agents (CUAs) are designed to operate interfaces": what a known thing is for; "a Cross-modal
        # Knowledge Alignment (CKA) module is designed to align ...", "the X method is proposed to link": a new one
        return []
    return out


def _name_ending(doc: Doc, j: int, sent_start: int) -> tuple[int, int] | None:
    """The name whose last token is ``j``: a bracketed short form, or Title-case and name-shaped words."""
    v = view(doc)
    if v.text[j] == ")":
        return (j - 1, j) if j - 2 >= sent_start and v.text[j - 2] == "(" and _name_shape(v.text[j - 1]) else None
    if not (_name_shape(v.text[j]) or _cap_shape(v.text[j])) or _MODIFIER_END.search(v.text[j]):
        return None  # ("an LLM-empowered agent is developed": a modifier of an unnamed agent)
    s = j
    while s > sent_start and _name_part(v.text[s - 1]) and j - s < 5:
        s -= 1
    span = grab_name(doc, s)
    return span if span is not None and span[1] == j + 1 else None


def _typed_appositive(doc: Doc, k: int) -> list[Candidate]:
    """"This study evaluated Sherpa Rx, an artificial intelligence tool ...": a name that the words after its comma
    call a tool, model or dataset has that type, and is not thereby the paper's own."""
    v = view(doc)
    typ = _head_after(doc, k)
    if typ not in ("method", "model", "dataset"):
        return []
    if any(w in ("collection", "family", "series", "suite") for w in v.lower[k + 1:min(len(doc), k + 7)]):
        return []  # "MedGemma, a collection of ... models": the first head is not what it is
    if _bracketed_short(v, k):
        # "We present Heart-to-Heart Talk (H2HTalk), a benchmark assessing ...": the short form is the name.
        # Not "model": "Supported Abstract Argumentation ... (sAA-CBR), a binary classification model" names
        # an architecture, and a defined family is no checkpoint either ("a modified autoregressive model")
        return [Candidate(k - 2, k - 1, typ, "rule:head_appositive", 0.6)] if typ != "model" else []
    s = k - 1
    while s > 0 and (_name_shape(v.text[s - 1]) or _cap_shape(v.text[s - 1])) and not v.start[s] and k - s < 4:
        s -= 1
    span = grab_name(doc, s)
    if not span or span[1] != k or (span[0] > 0 and v.lower[span[0] - 1] in APPOSITIVE_NOT_AFTER):
        return []
    if span[0] > 0 and v.text[span[0] - 1][:1].isupper() and v.text[span[0] - 1].isalpha() and not v.start[span[0]]:
        return []  # "the Neural Data Router, a recent transformer variant": the end of a longer name, not "Router"
    if not _name_shape(v.text[span[0]]) and (v.start[span[0]] or span[0] > 0 and not v.text[span[0] - 1][:1].isalnum()):
        # "Recently, a new framework", "components: (1) Profiling, a module", "X, Y, a Z": any capitalised word
        return []
    return [Candidate(span[0], span[1], typ, "rule:head_appositive", 0.6)]


def _bracketed_short(v, k: int) -> bool:
    """Whether the comma at ``k`` follows a short form in brackets: "Heart-to-Heart Talk (H2HTalk), ..."."""
    return k >= 3 and v.text[k - 1] == ")" and v.text[k - 3] == "(" and _name_shape(v.text[k - 2])


# "in Europe, a ...", "a LoD of Gaussians, a ...", "through the FSM, a Simulation Agent": a setting, or a list
APPOSITIVE_NOT_AFTER = PREPOSITIONS | {"of", "the"}


SIZE_BRACKET_NEXT = frozenset((")", ",", ";", "active", "total", "parameters", "params"))
MODEL_CUE_NEXT = frozenset(["(", "based", "built", "initialized", "initialised", "fine-tuned", "finetuned", "trained",
                            "family"])


COMPARE_WORDS = frozenset("than over versus vs vs. outperforms outperform outperforming outperformed surpasses surpass "
                           "surpassing beats beating".split())


COMPARE_TRIGGERS = COMPARE_WORDS | {"to", "with"}
PRONOUNS = frozenset("I You We They It He She Those These This That Them Us Others".split())


def comparison_names(doc: Doc) -> list[Candidate]:
    """Systems named as baselines: "compared to Accelerate", "over Transformers and Galaxy" (untyped, weak)."""
    out = []
    v = view(doc)
    n = len(doc)
    for k in flagged(doc, B_COMPARE):  # the words in COMPARE_TRIGGERS
        if k >= n - 1:
            continue
        low = v.lower[k]
        if low == "to" and k > 0 and v.lower[k - 1] in ("compared", "relative"):
            pass
        elif low == "with" and k > 0 and v.lower[k - 1] == "compared":
            pass
        elif low not in COMPARE_WORDS:
            continue
        j = k + 1
        while j < n:
            if v.lower[j] in ("the", "both", "existing", "baseline", "baselines"):
                j += 1
                continue
            t = v.text[j]
            # after "over" only coined names count ("Intersection over Union", "over NYC")
            plain_ok = low not in ("over", "versus", "vs", "vs.")
            if not ((_name_shape(t) or (plain_ok and _cap_shape(t))) and not v.start[j]) or t.lower() in LANGUAGE_NAMES \
                    or t in PRONOUNS:
                break  # (a Title-Case title: "More Powerful Than You Think")
            span = grab_name(doc, j, limit=3)
            if not span:
                break
            out.append(Candidate(span[0], span[1], None, "rule:comparison", 0.45))
            j = span[1]
            if j + 1 < n and v.text[j] in (",", "and", "or"):
                j += 1
                if v.lower[j] in ("and", "or"):
                    j += 1
                continue
            break
    return out


# words that open a list of examples ("systems such as IMPALA, Apex, Seed RL, ...")
EXAMPLE_OPENERS = frozenset(("such", "including", "e.g.", "e.g"))
_LIST_NOUN = re.compile(r"^(?:[a-z]{3,}s|benchmark|dataset|model|method|suite)$")
EXAMPLE_SKIP = frozenset((",", "and", "or", "as", ":", "the", "/"))
# what opens a list after a plural type head: "three algorithms: SAC, BRO, and PQL", "existing methods (like ACE
# or GEPA)", "three datasets -- RVL-CDIP, Tobacco3482, and DocLayNet --"
_HEAD_OPENERS = frozenset((":", "like", "--", "—", "–"))
PEER_TYPES = ("method", "model", "dataset")
_PLURAL_TYPE_HEAD = re.compile(r"^(?:methods|algorithms|approaches|techniques|baselines|models|benchmarks|datasets)$")
_METHOD_LIST_HEADS = frozenset(("methods", "algorithms", "approaches", "techniques"))
_EVALUATED_ON = frozenset(("on", "across"))  # a list of three names or more whose known ones are all benchmarks
_PEER_OPENERS = EXAMPLE_OPENERS | _HEAD_OPENERS | _EVALUATED_ON | {"("}  # where list_peers looks (B_PEERS)
MODIFIER_COMPOUND_RE = re.compile(r"-[a-z]+$")
# a list item followed by these goes on in lower case ("by" ends a list as often: "ReLU, Tanh, and Mish by ...")
NAME_GOES_ON = frozenset("of for from to with".split())
VERSIONED_LOWER_RE = re.compile(r"^[a-z]+-?\d")  # "level-5", "top-1": not a name
COMPARISON_WORDS = COMPARE_WORDS | {"comparison", "compared", "compare", "against"}


def _compared(lows: list[str], head: int) -> bool:
    """Whether the words before the head noun compare with it ("in comparison to various benchmarks", where
    the benchmarks are baselines), not evaluate on it ("surpassing baselines on challenging benchmarks")."""
    for x in range(head - 1, max(-1, head - 6), -1):
        if lows[x] in ("on", "in", "across", "of"):
            return False
        if lows[x] in COMPARISON_WORDS:
            return True
    return False


def _opens_peers(lows: list[str], texts: list[str], k: int) -> bool:
    """Whether the token at ``k`` (flagged B_PEERS) opens a list of examples ``list_peers`` reads."""
    w = lows[k]
    return w in EXAMPLE_OPENERS or w == "(" and k > 0 and bool(_LIST_NOUN.match(texts[k - 1])) \
        or w in _HEAD_OPENERS and k > 0 and bool(_PLURAL_TYPE_HEAD.match(lows[k - 1 - (texts[k - 1] == "(")])) \
        or w in _EVALUATED_ON and k + 1 < len(texts) and texts[k + 1][:1].isupper()


def list_peers(doc: Doc) -> list[Candidate]:
    """Unknown names in a list of examples take the one type of its known members: "Past works such as
    IMPALA, Apex, Seed RL, Sample Factory, and others" (IMPALA and Apex are known methods, so Seed RL and
    Sample Factory are methods too); with no known member, a dataset head noun types them ("long-tailed
    datasets such as CIFAR10-LT, ImageNet-LT"). The list is the run of names after "such as", "including"
    or "e.g.", or in brackets after a plural noun ("three visual worlds (CLEVR, ...)": two names or more); it
    ends at the first word that is no name.

    >>> from extractors.pipeline import get_nlp
    >>> doc = get_nlp()("Past works such as IMPALA, Apex, Seed RL, Sample Factory, and others aim to do it.")
    >>> [(doc[c.start:c.end].text, c.type) for c in doc._.kg_candidates if c.source == "rule:list_peer"]
    [('Seed RL', 'method'), ('Sample Factory', 'method')]
    >>> doc = get_nlp()("It wins on long-tailed datasets (e.g., CIFAR10-LT and iNaturalist2018).")
    >>> [(doc[c.start:c.end].text, c.type) for c in doc._.kg_candidates if c.source == "rule:list_peer"]
    [('CIFAR10-LT', 'dataset'), ('iNaturalist2018', 'dataset')]
    """
    v = view(doc)
    lows, texts, n = v.lower, v.text, len(doc)
    # also a bracket after a plural noun or a type head: "three visual worlds (CLEVR, Kubric-Foo, and ...)"; a colon,
    # "like" or a dash after a plural type head (_HEAD_OPENERS)
    openers = [k for k in flagged(doc, B_PEERS) if _opens_peers(lows, texts, k)]
    if not openers:
        return []
    known: dict[int, Candidate] = {}
    for c in candidates(doc):
        if c.source.startswith("gazetteer") and c.type and (c.start not in known or c.end > known[c.start].end):
            known[c.start] = c
    out = []
    for k in openers:
        if lows[k] == "such" and (k + 1 >= n or lows[k + 1] != "as"):
            continue
        j, types, unknown, separated, members, last = k + 1, set(), [], True, 0, False
        while j < n and not v.start[j]:
            if lows[j] in EXAMPLE_SKIP:
                if last and lows[j] == ",":
                    break  # "On HLE and FRAMES, Orchestrator achieves": the list ended with its "and" item
                last = last or lows[j] in ("and", "or")
                j, separated = j + 1, True
                continue
            c = known.get(j)
            if c is not None:
                types.add(c.type)
                j, separated, members = c.end, False, members + 1
                continue
            span = grab_name(doc, j, limit=3)
            if span is None or not separated or not (texts[j][:1].isupper() or _name_shape(texts[j])) \
                    or texts[j] in PRONOUNS or VERSIONED_LOWER_RE.match(texts[j]):
                break  # "TensorFlow Lambda layers", "MATH level-5": more of the name before
            if lows[j] in LANGUAGE_NAMES:
                j, separated = span[1], False  # "synthetic datasets (English, Hindi, Punjabi)": their languages
                continue
            if span[1] < n and not v.start[span[1]] and lows[span[1]] in NAME_GOES_ON:
                break  # "Learning to Rank": the name goes on in lower case, its end is not known
            if members == 0 and span[1] < n and texts[span[1]].isalpha() and texts[span[1]].islower() \
                    and lows[span[1]] not in EXAMPLE_SKIP:
                break  # "methods like Tucker decomposition": a phrase, not a list of names
            separated, members = False, members + 1
            if not MODIFIER_COMPOUND_RE.search(texts[span[1] - 1]):  # "Qwen, Gemma and Llama-spanning over ..."
                unknown.append(span)
            j = span[1]
        if texts[k] == "(" and (members < 2 or j >= n or texts[j] != ")"):
            continue  # "benchmark datasets (BDs)" defines an acronym; a list in brackets has two names or more
        if texts[k] in _HEAD_OPENERS and texts[k] != "like" and (members < 2 or j >= n):
            continue  # "three algorithms: SAC": one name after a colon is no list
        typ = next(iter(types)) if len(types) == 1 else None
        head = k - 2 if k >= 2 and texts[k - 1] in ("(", ",") else k - 1
        if not types and head >= 0 and type_of_head(texts[head]) == "dataset" and not _compared(lows, head):
            # ("systems", "models", "agents" such as ... name too many kinds of thing; "in comparison to
            # various benchmarks, including MyStyle" means baselines)
            typ = "dataset"
        elif not types and head >= 0 and lows[head] in _METHOD_LIST_HEADS:
            typ = "method"  # "existing methods (like ACE or GEPA)", "algorithms such as ..."
        if lows[k] in _EVALUATED_ON and (typ != "dataset" or members < 3 or not types):
            continue  # "Evaluations on AppWorld, Terminal-Bench, Formula, and FiNER": only a list of benchmarks
        if unknown and typ in PEER_TYPES:
            out.extend(Candidate(s, e, typ, "rule:list_peer", 0.75) for s, e in unknown)
    return out


def model_cues(doc: Doc) -> list[Candidate]:
    """Names the text itself calls models: "RationalRewards (8B)", "we train X based on Qwen3.5-4B", "the X family"."""
    out = []
    n = len(doc)
    v = view(doc)
    texts, lows = v.text, v.lower
    feats = token_features(doc)
    # a name-shaped token followed by a cue word: found in one pass, the rules run there only
    for k in [j - 1 for j in flagged(doc, B_CUE_NEXT) if 0 < j < n - 1 and feats[j - 1][F_NAME]]:
        # "RationalRewards (8B)", "ZAYA1 (760M active, 8.3B total)"
        if texts[k + 1] == "(" and SIZE_RE.match(texts[k + 2]) and k + 3 < n and lows[k + 3] in SIZE_BRACKET_NEXT:
            out.append(Candidate(k, k + 1, "model", "rule:model_cue", 0.8))
        # "X based on / initialized from / fine-tuned from <model>"
        elif lows[k + 1] in ("based", "built", "initialized", "initialised", "fine-tuned", "finetuned", "trained") \
                and lows[k + 2] in ("on", "from") and k + 3 < n and (MODEL_SIZE_RE.match(texts[k + 3])
                                                                   or _is_model_family(load_gazetteer(), texts[k + 3])):
            out.append(Candidate(k, k + 1, "model", "rule:model_cue", 0.75))
        # "the Efficient-DLM family"
        elif lows[k + 1] == "family" and lows[k - 1] in ("the", "our") if k > 0 else False:
            out.append(Candidate(k, k + 1, "model", "rule:model_cue", 0.75))
    return out


_DATA_HEADS = frozenset("dataset datasets corpus corpora benchmark benchmarks".split())


def model_shapes(doc: Doc) -> list[Candidate]:
    """Model checkpoints by the shape of their names, with their family."""
    gaz = load_gazetteer()
    out = []
    n = len(doc)
    v = view(doc)
    texts = v.text
    feats = token_features(doc)
    # tokens that are model-shaped themselves, and name tokens followed by a size or version number
    ks = flagged(doc, B_MODEL)
    ks += [k - 1 for k in flagged(doc, B_NUMBER) if k and feats[k - 1][F_MODEL] is not None
           and not feats[k - 1][F_MODEL][0]]
    ks.sort()
    for k in ks:
        kind, fam, t = feats[k][F_MODEL]
        if kind == "size":
            out.append(Candidate(k, k + 1, "model", "rule:model_size", 0.85, family=fam))
            continue
        if kind == "version":
            e = k + 2 if k + 1 < n and texts[k + 1] in MODEL_TIERS else k + 1
            out.append(Candidate(k, e, "model", "rule:model_version", 0.75, family=fam))
            continue
        # "Qwen3 8B", "Dream 7B", "Llama 2-70B": name then a size token
        after = feats[k + 1][F_NUMBER] if k + 1 < n else 0
        if after == SPLIT_SIZE and _sized_name(doc, k, gaz) and not (k + 2 < n and texts[k + 2] == "-"):
            out.append(Candidate(k, k + 2, "model", "rule:model_size", 0.8, family=texts[k]))
        elif after == DOTTED_NUMBER and DOTTED_VERSION.match(texts[k + 1]) and _is_model_family(gaz, t):
            # "Gemini 3.0 Pro", "GPT 4.5": a known family, a version and an optional tier word
            e = k + 2
            if e < n and texts[e] in MODEL_TIERS:
                e += 1
            out.append(Candidate(k, e, "model", "rule:model_version", 0.8, family=t))
        elif kind == "slash":
            # "Qwen2.5-VL-3B/7B": two checkpoints written as one token
            out.append(Candidate(k, k + 1, "model", "rule:model_size", 0.8, family=fam))
        # "Llama 2", "Gemini 2.5 Pro" etc. come from the gazetteer; family prefix for unknown variants
        elif kind == "family" and not (k + 1 < n and v.lower[k + 1] in _DATA_HEADS):
            # (not "the NLLB-Seed corpus": a family's name starts the name of a dataset as often as a model's)
            out.append(Candidate(k, k + 1, "model", "rule:model_family", 0.8, family=fam))
    return out


@functools.lru_cache(maxsize=65536)
def _model_shape(gaz, text: str) -> tuple[str, str | None, str] | None:
    """What a token's own text says for ``model_shapes``, cached by text (tokens recur across abstracts).

    ``None`` for tokens that cannot start a model name; else ``(kind, family, text with ASCII dashes)``
    where kind is "size" ("Qwen3-8B"), "version" ("DeepSeek-R1"), "slash" ("Qwen2.5-VL-3B/7B"),
    "family" (a hyphenated variant of a known model) or "" (only the following tokens can make it one).

    >>> g = load_gazetteer()
    >>> _model_shape(g, "LLaMA\u20132\u201370B"), _model_shape(g, "the"), _model_shape(g, "2024")
    (('size', 'LLaMA-2', 'LLaMA-2-70B'), ('', None, 'the'), None)
    """
    t = DASHES.sub("-", text)  # "LLaMA–2–70B" written with en dashes
    if not t[:1].isalpha():
        return None
    m = MODEL_SIZE_RE.match(t)
    if m and not SIZE_RE.match(t):
        return ("size", m.group("family"), t)
    if MODEL_VERSION_RE.match(t) and not HARDWARE_RE.match(t):
        entry = _family_prefix(gaz, t)
        if entry is not None or t.startswith("o"):
            return ("version", entry, t)
    if "/" in t and MODEL_SIZE_RE.match(t.split("/")[0]):
        return ("slash", MODEL_SIZE_RE.match(t.split("/")[0]).group("family"), t)
    if "-" in t and _name_shape(t) and not _word_after_family(t):
        fam = _family_prefix(gaz, t)
        if fam:
            return ("family", fam, t)
    if len(t) > 3 and t[-1] in _SIZE_LETTERS and t[-2].isdigit():
        entry = gaz.lookup(t[:-1], "model")  # "YOLOv5s", "YOLOv8n": a known model's size by its letter
        if entry is not None:
            return ("family", entry.canonical, t)
    return ("", None, t)


_SIZE_LETTERS = frozenset("nsmlx")  # nano, small, medium, large, extra large


# lower-case words that make a variant of a model family ("ModernBERT-large", "DistilBERT-base")
_VARIANT_WORDS = frozenset("large small medium micro giant turbo instruct chat preview vision coder".split())


def _word_after_family(t: str) -> bool:
    """Whether a hyphenated token is a family's unversioned name and a plain lower-case word, no variant of it:
    "the GPT-moment of 3D vision", "GPT-style"; not "ModernBERT-large", "YOLO-pose", "Qwen3-reranker"."""
    head, _, word = t.rpartition("-")
    return "-" not in head and not any(c.isdigit() for c in head) and len(word) >= 5 and word.isalpha() \
        and word.islower() and word not in _VARIANT_WORDS


SPLIT_SIZE, DOTTED_NUMBER = 1, 2  # values of F_NUMBER: "7B" / "1.5-3B", and "3.0" / "4.5"
F_MODEL, F_NUMBER, F_HARDWARE, F_NAME, F_HEAD, F_FLAGS = range(6)  # fields of a token's features
# Bits of F_FLAGS: the token texts where each rule starts looking. A rule finds its start tokens with one numpy
# pass over the Doc's flags (``flagged``) instead of a Python loop over every token: same positions, same order.
(B_PROPOSAL, B_MARK, B_COMPARE, B_CUE_NEXT, B_MODEL, B_NUMBER, B_HARDWARE, B_NAME, B_HEAD, B_HEAD_WORD,
 B_CAPITAL, B_ENDER, B_PLACEHOLDER, B_OPEN, B_CLOSE, B_LIST, B_EPONYM, B_CHALLENGE,
 B_SHORT, B_PEERS) = (1 << i for i in range(20))
_FEATURES: dict[str, tuple] = {}
_FEATURES_GAZ: list = [None]  # the gazetteer the memo was computed with (model shapes depend on it)
_FEATURES_MAX = 400_000  # distinct token texts kept; the memo is emptied past it (bounded memory on big builds)


def token_flags(text: str, model: tuple | None, number: int, hardware: bool, name: bool, head: str | None) -> int:
    """The F_FLAGS bits of a token text, from its other features (each bit is the test its rule ran per token).

    >>> flags = token_flags("Qwen3-8B", ("size", "Qwen3", "Qwen3-8B"), 0, False, True, None)
    >>> flags == B_MODEL | B_NAME | B_CAPITAL | B_SHORT
    True
    """
    low = text.lower()
    return ((B_PROPOSAL if low in PROPOSAL_TRIGGERS else 0) | (B_MARK if text in (",", "is", ":") else 0)
            | (B_COMPARE if low in COMPARE_TRIGGERS else 0) | (B_CUE_NEXT if text in MODEL_CUE_NEXT else 0)
            | (B_MODEL if model is not None and model[0] else 0) | (B_NUMBER if number else 0)
            | (B_HARDWARE if hardware or text in HARDWARE_VENDORS else 0) | (B_NAME if name else 0)
            | (B_HEAD if head else 0) | (B_HEAD_WORD if text in HEAD_WORDS else 0)
            | (B_CAPITAL if "A" <= text[:1] <= "Z" else 0)
            | (B_ENDER if text[-1:] in ENDER_CHARS or text.isspace() else 0)  # a sentence may start after it
            | (B_PLACEHOLDER if _is_placeholder(text) else 0) | (B_OPEN if text == "(" else 0)
            | (B_CLOSE if text == ")" else 0) | (B_LIST if text in LIST_OPENERS else 0)
            | (B_EPONYM if text in EPONYM_STARTS else 0)
            | (B_CHALLENGE if low in CHALLENGE_HEADS or low.startswith("semeval") else 0)
            | (B_SHORT if is_short_form(text) else 0) | (B_PEERS if low in _PEER_OPENERS else 0))


def _is_placeholder(t: str) -> bool:
    """A LaTeX macro that is not a formatting or math command ("\\proj", not "\\times")."""
    return t.startswith("\\") and len(t) > 2 and t[1:].isalpha() and t[1:] not in LATEX_COMMANDS


def _token_feature(gaz, text: str) -> tuple:
    if text.isalpha() and (text.islower() or (text[0].isupper() and text[1:].islower())):
        # most new tokens are plain words ("uploaded", "Especially"): every shape below needs a digit, a hyphen, a
        # dot or a capital letter after the first, so only the head type can say something (same tuple, ~5 us less)
        model, number, hardware, name, head = ("", None, text), 0, False, False, type_of_head(text)
    else:
        number = SPLIT_SIZE if SPLIT_SIZE_RE.match(text) else \
            DOTTED_NUMBER if "." in text and NUMBERISH.match(text) else 0
        model, hardware, name, head = _model_shape(gaz, text), _hardware_shape(text), _name_shape(text), type_of_head(text)
    return (model, number, hardware, name, head, token_flags(text, model, number, hardware, name, head))


def token_features(doc: Doc) -> list[tuple]:
    """Per token, what its text alone says for the rules: ``(model shape, number kind, hardware shape,
    name shape, head type)``, indexed by ``F_*``. Memoised by text across Docs (the same tokens recur in
    every abstract, and the rules test every token), and kept on the Doc.

    >>> from extractors.pipeline import get_nlp
    >>> f = token_features(get_nlp()("Qwen3-8B on 8 A100 GPUs."))
    >>> [x[F_MODEL][0] if x[F_MODEL] else None for x in f], [x[F_HARDWARE] for x in f], [x[F_HEAD] for x in f][:2]
    (['size', '', None, '', '', None], [False, False, False, True, False, False], [None, None])
    """
    feats = doc.user_data.get("kg_feats")
    if feats is not None and len(feats) == len(doc):
        return feats
    feats, flags = text_features(view(doc).text)
    doc.user_data["kg_feats"], doc.user_data["kg_flags"] = feats, flags
    return feats


def text_features(texts: list[str]) -> tuple[list[tuple], numpy.ndarray]:
    """``token_features`` of a token text list, and their F_FLAGS as an array (what ``flagged`` reads).

    ``kg_sentences`` computes them with the token texts, before the view they help build exists.
    """
    gaz = load_gazetteer()
    if _FEATURES_GAZ[0] is not gaz or len(_FEATURES) > _FEATURES_MAX:
        _FEATURES.clear()
        _FEATURES_GAZ[0] = gaz
    memo = _FEATURES
    feats = list(map(memo.get, texts))  # one C-level pass; the few texts not memoised yet are filled in after
    if None in feats:
        for k in [k for k, f in enumerate(feats) if f is None]:  # a few per Doc: no Python step per token
            t = texts[k]
            f = memo.get(t)  # the same new text may occur twice in one Doc
            if f is None:
                f = memo[t] = _token_feature(gaz, t)
            feats[k] = f
    return feats, numpy.fromiter(map(_FLAGS_OF, feats), dtype=numpy.int64, count=len(feats))


_FLAGS_OF = operator.itemgetter(F_FLAGS)


def flagged(doc: Doc, bit: int) -> list[int]:
    """The positions of the Doc's tokens whose F_FLAGS have ``bit``, in order.

    >>> from extractors.pipeline import get_nlp
    >>> flagged(get_nlp()("We propose Foo, compared to Qwen3-8B."), B_PROPOSAL | B_COMPARE)
    [1, 5]
    """
    flags = doc.user_data.get("kg_flags")
    if flags is None or len(flags) != len(doc):
        token_features(doc)
        flags = doc.user_data["kg_flags"]
    return numpy.bitwise_and(flags, bit).nonzero()[0].tolist()  # (flatnonzero's Python wrappers cost twice this)


SPLIT_SIZE_RE = re.compile(r"^(?:\d+(?:\.\d+)?-)?\d+(?:\.\d+)?[BM]$")


@functools.lru_cache(maxsize=1)
def _model_families(gaz) -> frozenset[str]:
    """Canonicals and aliases of gazetteer models, and every family named by one."""
    out = set()
    for e in gaz.entries:
        if e.type == "model":
            out.update(n.lower() for n in e.names)
            if e.family:
                out.add(e.family.lower())
    return frozenset(out)


@functools.lru_cache(maxsize=4)
def _family_heads(gaz) -> frozenset[str]:
    """First segments of hyphenated model names ("MiniMax" of "MiniMax-M1"), matched with their exact case.

    A plain capitalised word is not one: "Open" of "Open-Sora" also starts "Open-Ended", "Video" of
    "Video-LLaVA" starts "Video-Language" (the gazetteer's own names still match whole).
    """
    out = set()
    for e in gaz.entries:
        head = e.canonical.split("-")[0]
        if e.type == "model" and "-" in e.canonical and len(head) >= 4 and not gaz.is_stopword(head) \
                and gaz.lookup(head) is None and not (head.isalpha() and head[1:].islower()):
            out.add(head)
    return frozenset(out)


def _is_model_family(gaz, text: str) -> bool:
    return text.lower() in _model_families(gaz) or text in _family_heads(gaz)


def _sized_name(doc: Doc, k: int, gaz) -> bool:
    """Token ``k`` can carry a size: a coined name or a known model family, not a verb or sentence start."""
    v = view(doc)
    t = v.text[k]
    if t in JOINED_VARIANTS:
        return False  # "Quen2 VL 2B" (a typo of Qwen2): a variant word alone is no model's name
    if _is_model_family(gaz, t) or _name_shape(t):
        return True
    return _cap_shape(t) and not v.start[k] and not v.lower[k].endswith(("ing", "ed"))


def _family_prefix(gaz, text: str) -> str | None:
    """Canonical of the longest gazetteer model that is a hyphen-prefix of ``text`` ("Qwen2.5-VL-72B" -> "Qwen2.5-VL")."""
    parts = text.split("-")
    for cut in range(len(parts) - 1, 0, -1):
        prefix = "-".join(parts[:cut])
        e = gaz.lookup(prefix, "model")
        if e is not None:
            return e.canonical
        if _is_model_family(gaz, prefix):
            return prefix
    return None


# class nouns that introduce a name right after them: "the multilingual model TowerInstruct", "a new benchmark X"
HEAD_BEFORE_WORDS = frozenset("model llm benchmark dataset corpus".split())
_DETERMINERS = frozenset("the a an".split())


def _named_by_head(v, k: int) -> bool:
    """Whether the token after the class noun at ``k`` is a name it introduces: a name shape (not a two-letter
    acronym: "an LLM CP") after "the"/"a"/"an" and at most two modifiers, all in one sentence."""
    if k + 1 >= len(v.text) or v.start[k + 1] or v.start[k]:
        return False
    t = v.text[k + 1]
    if not _name_shape(t) or (t.isupper() and len(t) < 3):
        return False
    if k + 2 < len(v.text) and v.text[k + 2][:1].islower() and type_of_head(v.text[k + 2]):
        return False  # "the benchmark Buy&Hold strategy": the name modifies a head of its own
    for j in range(k - 1, max(-1, k - 4), -1):
        if v.lower[j] in _DETERMINERS:
            return True
        if not v.text[j][:1].isalnum() or v.start[j]:
            return False
    return False


def head_nouns(doc: Doc) -> list[Candidate]:
    """A name followed by a head noun gets its type: "FooBench benchmark", "X and Y datasets"."""
    out = []
    title_end = title_end_of(doc)
    v = view(doc)
    texts, lows, starts = v.text, v.lower, v.start
    feats = token_features(doc)
    for k in [k for k in flagged(doc, B_HEAD) if k]:
        ht = feats[k][F_HEAD]
        if ht and lows[k] in HEAD_BEFORE_WORDS and _named_by_head(v, k):
            out.append(Candidate(k + 1, k + 2, ht, "rule:head_before", 0.7))
        if not ht or texts[k][0].isupper() and (lows[k] not in ("benchmark", "dataset") or k < title_end):
            # in a Title-Case title every word is capitalised: "A Simple Benchmark" names nothing
            continue
        if lows[k] in ("attention", "search", "language", "layer", "layers", "transformer", "policy",
                       "agent", "agents", "family", "series", "set", "split", "collection", "challenge",
                       "metric", "objective", "loss", "network", "networks"):
            continue
        e = k
        while e > 0:
            s = e - 1
            if not (_name_shape(texts[s]) or (_cap_shape(texts[s]) and not starts[s]) or VERSION_RE.match(texts[s])):
                break
            while s > 0 and _name_part(texts[s - 1]) and not starts[s] and e - s < 4:
                s -= 1
            while texts[s] == "-":
                s += 1  # "multi-GPU systems": the hyphen joined a lower-case word, which is no part of the name
            if VERSION_RE.match(texts[s]):
                break
            if e - s == 1 and lows[s] in LANGUAGE_NAMES:
                break  # "a Somali corpus": a language
            if e - s == 1 and not _name_shape(texts[s]) and ht != "dataset":
                break  # "Medium models", "Vanilla Think method": a plain word needs a stronger cue
            gaz = load_gazetteer()
            last = gaz.lookup(texts[e - 1])
            if gaz.is_stopword(texts[e - 1]) or (last is not None and last.type in ("task", "concept")):
                break  # "Luganda-English NMT model": a task word, not a name
            if gaz.is_stopword(span_text(doc, s, k + 1)):
                break  # "Vision-Language-Action models": a generic class with its head (guide)
            out.append(Candidate(s, e, ht, "rule:head_noun", 0.7, proposed=_coined_component(doc, s, e, k, gaz)))
            # lists: "X, Y, and Z benchmarks"
            if s >= 2 and texts[s - 1] in (",", "and", "&", "or"):
                e = s - 1
                if texts[e - 1] == "," and texts[e] in ("and", "or"):
                    e -= 1
                continue
            break
    return out


COMPONENT_WORDS = frozenset("module block mechanism unit component".split())


def _coined_component(doc: Doc, s: int, e: int, k: int, gaz) -> bool:
    """Whether the Title-Case name at [s, e) before the head noun at ``k`` is a part the paper coins for its
    system: two words or more, after "a"/"an", before "module"/"block"/... ("This prior is then used by a
    Reliability-Guided Sparse MoE Fusion module"), unknown to the gazetteer. A known part is written with "the"."""
    v = view(doc)
    return v.lower[k] in COMPONENT_WORDS and e - s >= 2 and s > 0 and v.lower[s - 1] in ("a", "an") \
        and all(v.text[x][:1].isupper() or v.text[x] == "-" for x in range(s, e)) \
        and gaz.lookup(span_text(doc, s, e)) is None


RESULT_UNITS = frozenset("% pp points".split())
EVAL_WORDS = frozenset("evaluate evaluated evaluating evaluation experiments experiment results benchmarks benchmark "
                       "outperforms outperform achieves achieve accuracy scores score tested test performance "
                       "improvements improvement gains sota state-of-the-art".split())


# what follows the subject of a result sentence, not a name in a list of datasets
_RESULT_VERB = re.compile(r"(?:achiev|outperform|surpass|reach|attain|obtain|deliver|yield|improv|show|reduc|"
                          r"accelerat|scor|beat|exceed|match)\w*|is|are|was|were|can|also")


def dataset_cues(doc: Doc) -> list[Candidate]:
    """"on X, Y and Z" in an evaluation sentence: the names are datasets (weak signal)."""
    out = []
    v = view(doc)
    n = len(doc)
    s0 = 0
    while s0 < n:
        s1 = v.sent_end_of[s0]
        evaluation = not EVAL_WORDS.isdisjoint(v.lower[s0:s1])
        if not evaluation and RESULT_UNITS.isdisjoint(v.lower[s0:s1]):  # (no unit, no "+15.7 pp on X" below)
            s0 = s1
            continue
        for k in range(s0, s1 - 1):
            if v.lower[k] not in ("on", "across"):
                continue
            if not evaluation and not (k > s0 and v.lower[k - 1] in RESULT_UNITS):
                continue  # outside an evaluation sentence only a result's unit right before cues: "+15.7 pp on X"
            j = k + 1
            if v.lower[j] in ("the", "both"):
                j += 1
            listed = len(out)
            after_head = False  # the last name was followed by its head noun and a comma
            while j < s1:
                span = grab_name(doc, j, limit=4)
                # (token texts and span_text: the same tests as on doc[span[0]:span[1]] without a Span and its Tokens)
                if not span or not any(_name_shape(t) for t in v.text[span[0]:span[1]]) \
                        or span_text(doc, span[0], span[1]).lower() in LANGUAGE_NAMES:
                    break
                known = load_gazetteer().lookup(span_text(doc, span[0], span[1]))
                if known is not None and known.type != "dataset":
                    if known.type == "hardware":
                        del out[listed:]  # "on HPE Slingshot and InfiniBand": the list names hardware
                    break  # "on VQA", "on GPUs": the gazetteer knows it as something else
                if after_head and _RESULT_VERB.fullmatch(v.lower[span[1]] if span[1] < s1 else ""):
                    break  # "On the ParEval benchmark, ParEVO achieves ...": the sentence's subject
                if span[1] + 1 < s1 and v.text[span[1]] == "-" and v.lower[span[1] + 1] in MODIFIER_SUFFIXES:
                    break  # "trained on MedImageInsight-derived embeddings": the name modifies what they are
                out.append(Candidate(span[0], span[1], "dataset", "rule:dataset_cue", 0.55))
                j = span[1]
                after_head = j < s1 and type_of_head(v.text[j]) == "dataset"
                if after_head:
                    j += 1  # "on the CoSER benchmark, as well as Cross-MR and LifeChoice"
                after_head = after_head and j < s1 and v.text[j] == ","
                if j < s1 and v.text[j] in (",", "and", "&", "or"):
                    j += 1
                    if j + 1 < s1 and v.lower[j] == "as" and v.lower[j + 1] == "well" and j + 2 < s1 and v.lower[j + 2] == "as":
                        j += 3
                    if j < s1 and v.lower[j] in ("and", "or"):
                        j += 1
                    continue
                break
            if len(out) > listed and j < s1 and v.lower[j] in NOT_DATA_NOUNS:
                del out[listed:]  # "on x86-64 and ARM platforms", "on HPE Slingshot interconnects": what runs it
        s0 = s1
    return out


def hardware_shapes(doc: Doc) -> list[Candidate]:
    """Accelerators by shape and vendor: "NVIDIA RTX 4070", "A800", "MI300X", "Ascend 910B"."""
    out = []
    n = len(doc)
    texts = view(doc).text
    feats = token_features(doc)
    resume = 0  # tokens inside a vendor name already taken are not looked at again
    for k in flagged(doc, B_HARDWARE):  # vendors and hardware shapes
        if k < resume:
            continue
        t = texts[k]
        if t in HARDWARE_VENDORS and k + 1 < n:
            j = k + 1
            while j < n and j - k <= 3 and (_name_shape(texts[j]) or _cap_shape(texts[j]) or doc[j].like_num or HARDWARE_RE.match(texts[j])) \
                    and texts[j].lower() not in HARDWARE_CLASS_WORDS:
                j += 1
            # "NVIDIA Jetson Nano", "AMD V80 FPGA"; not the vendor's software or models ("NVIDIA NeMo Guardrails",
            # "Google Gemini 2.5 Flash")
            if j > k + 1 and any(doc[x].like_num or _hardware_word(texts[x]) for x in range(k + 1, j)) \
                    and not _is_model_family(load_gazetteer(), texts[k + 1]):
                out.append(Candidate(k, j, "hardware", "rule:hardware_vendor", 0.8))
                resume = j
                continue
        elif feats[k][F_HARDWARE]:
            out.append(Candidate(k, k + 1, "hardware", "rule:hardware_shape", 0.7))
    return out


HARDWARE_VENDORS = frozenset(("NVIDIA", "Nvidia", "AMD", "Ascend", "Huawei", "Intel", "Apple", "Google"))
# what follows a vendor's product name without being part of it ("NVIDIA A100 GPUs", "Intel Xeon processors")
HARDWARE_CLASS_WORDS = frozenset("gpu gpus npu npus tpu tpus cpu cpus processor processors chip chips accelerator "
                                 "accelerators card cards device devices platform platforms server servers node nodes "
                                 "cluster clusters".split())
# the vendors' hardware lines, named without a number ("NVIDIA Jetson Orin", "AMD Instinct")
PRODUCT_LINES = frozenset("Jetson GeForce RTX GTX Tesla Quadro DGX HGX Blackwell Hopper Ampere Volta Turing Grace Orin "
                          "Xavier Instinct Radeon EPYC Ryzen Xeon Versal Alveo Gaudi Atlas Snapdragon Kunlun Ada Lovelace Maxwell "
                          "Kepler Pascal Rubin SuperPOD SuperPod".split())
# nouns a list after "on" can modify that make it the hardware or software something runs on, not data
NOT_DATA_NOUNS = HARDWARE_CLASS_WORDS | frozenset("interconnect interconnects hardware machine machines architectures "
                                                  "backend backends systems programming languages supercomputers".split())


def _hardware_word(t: str) -> bool:
    """A word that makes a vendor's name hardware: a chip ("A800-80GB", "DGX-A100") or a product line ("Jetson")."""
    return any(HARDWARE_RE.match(p) or p in PRODUCT_LINES for p in t.split("-"))


@functools.lru_cache(maxsize=65536)
def _hardware_shape(t: str) -> bool:
    # cached by text: tested on every token, true for very few
    return bool(HARDWARE_RE.match(t)) and not t[0].isdigit()


def name_shapes(doc: Doc) -> list[Candidate]:
    """Every other coined-looking token, untyped: the resolver types it from other mentions or drops it."""
    out = []
    texts = view(doc).text
    for k in flagged(doc, B_NAME):
        if not texts[k].startswith("\\"):
            span = grab_name(doc, k, limit=3)
            if span and span[0] == k:
                out.append(Candidate(span[0], span[1], None, "rule:name_shape", 0.4))
    return out


ENUMERATORS = frozenset("1 2 3 4 5 i ii iii iv v".split())
# what a sentence that lists a system's parts calls them ("three core components: (1) ...")
PART_WORDS = frozenset("component components module modules stage stages phase phases step steps part parts "
                       "innovation innovations head heads mechanism mechanisms strategy strategies technique "
                       "techniques design designs contribution contributions capability capabilities".split())
PART_NEXT = frozenset([",", ":", "(", ";", "which", "that", "to", "for", "module", "component", "mechanism",
                       "strategy", "scheme"])


def enumerated_parts(doc: Doc) -> list[Candidate]:
    """Title-Case names in an enumeration of a system's parts are its named parts: "LLMCompiler ... with three
    components: (i) an LLM Planner, ...; (ii) a Task Fetching Unit, ...; and (iii) an Executor" (methods, the
    paper's own). Two words at least: "(1) Profiling:" or "(3) Evaluation," may be plain nouns.

    >>> from extractors.pipeline import get_nlp
    >>> doc = get_nlp().make_doc("It has two components: (1) Adaptive Expert Clustering, which groups experts, "
    ...                          "and (2) a Task Fetching Unit (TFU), dispatching tasks.")
    >>> [(doc[c.start:c.end].text, c.type, c.proposed) for c in enumerated_parts(doc)]
    [('Adaptive Expert Clustering', 'method', True), ('Task Fetching Unit', 'method', True)]
    """
    out = []
    v = view(doc)
    texts, n = v.text, len(doc)
    for k in flagged(doc, B_OPEN | B_CLOSE):  # "(1) ..." and "1) ..."
        if texts[k] == "(":
            if k >= n - 3 or v.lower[k + 1] not in ENUMERATORS or texts[k + 2] != ")":
                continue
            i = k + 3
        elif k >= 1 and k < n - 2 and v.lower[k - 1] in ENUMERATORS and (k < 2 or texts[k - 2] != "("):
            i, k = k + 1, k - 1
        else:
            continue
        s0 = v.sent_start_of[k]
        if not any(w in PART_WORDS for w in v.lower[s0:k]) and not any(
                v.lower[x] in PROPOSE_VERBS and _is_we_clause(doc, x, s0) for x in range(s0, k)):
            continue  # neither "three components: (1) ..." nor "the method introduces (i) ..."
        if v.lower[i] in ("a", "an", "the") and i + 1 < n:
            i += 1
        j, stop = i, min(n, i + 5)
        while j < stop and ((_cap_shape(texts[j]) or _name_shape(texts[j])) and not v.start[j]
                            or j > i and (texts[j] == "-" or texts[j] in NAME_CONTINUATIONS)):
            j += 1
        if j - i >= 2 and j < n and (texts[j] in PART_NEXT or v.lower[j] in PART_NEXT) and \
                not _known_family(span_text(doc, i, j)):  # "(1) Group Relative Policy Optimization (GRPO) to ..."
            out.append(Candidate(i, j, "method", "rule:enumerated_part", 0.7, proposed=True))
    return out


# what opens a list of a system's parts after their count ("three key components: ...", "three techniques, i.e. ...")
LIST_OPENERS = frozenset((":", "i.e.", "i.e.,", "namely"))
COUNT_WORDS = frozenset("two three four five six 2 3 4 5 6".split())
COUNT_VALUES = {w: i for i, ws in enumerate(("", "", "two 2", "three 3", "four 4", "five 5", "six 6"))
                for w in ws.split()}
# the parts a list of techniques is counted in (not "stages", "steps" or "aspects": those list what is done)
TECHNIQUE_PARTS = frozenset("component components module modules technique techniques innovation innovations "
                            "mechanism mechanisms strategy strategies".split())


def listed_lower_parts(doc: Doc) -> list[Candidate]:
    """Lower-case names listed after a count of a system's parts are its own: "MTraining integrates three key
    components: a dynamic sparse training pattern, balanced sparse ring attention, and hierarchical sparse ring
    attention", "we propose three techniques, i.e. non-blocking pipeline parallelism, ..." (methods). An item
    opened by an article is a description ("a dynamic sparse training pattern"), a known family no new name.

    >>> from extractors.pipeline import get_nlp
    >>> doc = get_nlp()("It has two components: a reward model, and staleness gap penalty.")
    >>> [(doc[c.start:c.end].text, c.type, c.proposed) for c in listed_lower_parts(doc)]
    [('staleness gap penalty', 'method', True)]
    """
    out = []
    v = view(doc)
    for k, count, named in _counted_lists(doc, TECHNIQUE_PARTS):
        sent_end = v.sent_end_of[k]
        if len(named) == count:
            # "five specialized modules: Thinker, Talker, Face Animator, Body Animator, and Renderer": as many
            # Title-Case names as the count says are the parts' names (a known one is used, not proposed)
            gaz = load_gazetteer()
            out.extend(Candidate(a, b, "method", "rule:listed_part", 0.7,
                                 proposed=gaz.lookup(span_text(doc, a, b)) is None) for a, b in named)
            continue
        i = k + 1
        while i < sent_end:
            while i < sent_end and v.lower[i] in (",", ";", "and", "or"):
                i += 1
            if i >= sent_end:
                break
            if v.lower[i] in ("a", "an", "the"):  # a description: on to the next item
                i = next((j for j in range(i, sent_end) if v.text[j] in (",", ";")), sent_end)
                continue
            e = _lower_case_name(doc, i, sent_end)
            if e is None or v.text[e] not in (",", ";", "."):
                break
            if v.lower[e - 1] in CONCEPT_HEADS or type_of_head(v.lower[e - 1]) == "method":  # a technique's head
                out.append(Candidate(i, e, "method", "rule:listed_part", 0.7, proposed=True))
            i = e
    return out


DATASET_PLURALS = frozenset(("datasets", "benchmarks", "corpora"))


def counted_datasets(doc: Doc) -> list[Candidate]:
    """As many Title-Case names as a count of datasets says are those datasets: "across four datasets: Waymo,
    NuScenes, Argoverse, and PandaSet" (a plain word like "Waymo" has no name shape of its own).

    >>> from extractors.pipeline import get_nlp
    >>> doc = get_nlp().make_doc("It does well on three benchmarks: Waymo, NuScenes, and PandaSet.")
    >>> [doc[c.start:c.end].text for c in counted_datasets(doc)]
    ['Waymo', 'NuScenes', 'PandaSet']
    """
    return [Candidate(a, b, "dataset", "rule:counted_list", 0.7)
            for _, count, named in _counted_lists(doc, DATASET_PLURALS, agents_only=False) if len(named) == count
            for a, b in named]


def _counted_lists(doc: Doc, heads: frozenset, agents_only: bool = True):
    """(opener, count, the Title-Case names after it) for each list opener that follows a count and one of ``heads``
    ("three key components:", "four datasets:")."""
    v = view(doc)
    for k in flagged(doc, B_LIST):
        before = [w for w in v.lower[max(v.sent_start_of[k], k - 5):k] if w != ","]
        if before and before[-1] in heads:
            count = next((COUNT_VALUES[w] for w in before[:-1] if w in COUNT_WORDS), None)
            if count is not None:
                yield k, count, _named_list(doc, k + 1, v.sent_end_of[k], agents_only)


_AGENT_SUFFIXES = ("er", "or", "ist")  # "Thinker", "Renderer", "Moderator", "Strategist"


def _named_list(doc: Doc, i: int, sent_end: int, agents_only: bool = True) -> list[tuple[int, int]]:
    """The spans of a comma list of Title-Case names from token ``i`` ("Thinker, Talker, Face Animator, and
    Renderer"), up to the sentence's end; empty when an item is anything else, or (``agents_only``) one plain word
    that names no agent ("Introduction, Key Factors, ...", "Control, Dynamics, ..." list topics, not parts)."""
    v = view(doc)
    spans = []
    while i < sent_end:
        while i < sent_end and v.lower[i] in (",", ";", "and", "or"):
            i += 1
        if i >= sent_end or v.text[i] in (".", ")"):
            break
        e = i
        while e < sent_end and e - i < 4 and (_cap_shape(v.text[e]) or _name_shape(v.text[e])):
            e += 1
        if e == i or e < sent_end and v.text[e] not in (",", ";", ".", "and", "or"):
            return []
        if agents_only and e == i + 1 and not _name_shape(v.text[i]) and not v.lower[i].endswith(_AGENT_SUFFIXES):
            return []
        spans.append((i, e))
        i = e
    return spans


# a year in or beside the name of a shared task or challenge ("2026", "TrackRAD2025")
_YEAR_IN = re.compile(r"(?:^|\D)(?:19|20)\d\d$")
_SEMEVAL = re.compile(r"SemEval(?:-(?:19|20)\d\d)?$")


def challenge_names(doc: Doc) -> list[Candidate]:
    """Shared tasks and challenges, named by a coined word and a year or a Title-Case head, are datasets.

    "SemEval-2026 Task 3", "the S23DR 2026 challenge", "TrackRAD2025 challenge", "WMT2025 shared task", "the NTIRE
    2025 Challenge" (canonically without the head: "NTIRE 2025"); not "a key LLM challenge".
    """
    out = []
    v = view(doc)
    texts, lows, n = v.text, v.lower, len(doc)
    gaz = load_gazetteer()
    for k in flagged(doc, B_CHALLENGE):  # heads of shared tasks, and "SemEval..."
        w = lows[k]
        if w.startswith("semeval"):
            if not _SEMEVAL.match(texts[k]):
                continue
            j = k + 1
            if j < n and _YEAR_IN.match(texts[j]) and len(texts[j]) == 4:
                j += 1  # "SemEval 2025 Task 8"
            if j + 1 < n and lows[j] == "task" and texts[j + 1].isdigit():
                j += 2
            # one canonical spelling for "SemEval 2025 Task 8" and "SemEval-2025 Task 8"
            out.append(Candidate(k, j, "dataset", "rule:challenge", 0.8,
                                 canonical=re.sub(r"^SemEval\s+", "SemEval-", span_text(doc, k, j))))
            continue
        head_end = k + 2 if w == "shared" else k + 1
        if w == "shared" and not (k + 1 < n and lows[k + 1] == "task"):
            continue
        i, lo = k, v.sent_start_of[k]
        while i > lo and k - i < 3 and (is_coined(texts[i - 1]) or _YEAR_IN.match(texts[i - 1])):
            i -= 1
        if not any(is_coined(t) for t in texts[i:k]):
            continue
        if any(gaz.lookup(t) is not None for t in texts[i:k]):
            continue  # "the Ego4D EgoSchema Challenge", "the BraTS 2025 challenge": the known names say enough
        if not texts[k][0].isupper() and not any(_YEAR_IN.search(t) for t in texts[i:k]):
            continue  # a lower-case head needs a year ("the S23DR 2026 challenge"; not "a key LLM challenge")
        # "the NTIRE 2026 challenge": the head is part of the name as written, not of its canonical form ("NTIRE
        # 2026"), which the paper that writes "the S23DR 2026 challenge" may also use alone
        out.append(Candidate(i, head_end, "dataset", "rule:challenge", 0.8, canonical=span_text(doc, i, k)))
    return out


@Language.component("kg_names")
def kg_names(doc: Doc) -> Doc:
    """Pipeline component: rule candidates for names unknown to the gazetteers."""
    out = candidates(doc)
    tp = title_prefix(doc)
    out.extend(tp)
    out.extend(title_report(doc))
    out.extend(placeholders(doc, (tp[0].start, tp[0].end) if tp else None))
    out.extend(proposals(doc))
    out.extend(model_shapes(doc))
    out.extend(model_cues(doc))
    out.extend(comparison_names(doc))
    out.extend(list_peers(doc))
    out.extend(enumerated_parts(doc))
    out.extend(listed_lower_parts(doc))
    out.extend(head_nouns(doc))
    out.extend(dataset_cues(doc))
    out.extend(counted_datasets(doc))
    out.extend(challenge_names(doc))
    out.extend(hardware_shapes(doc))
    out.extend(name_shapes(doc))
    _unglue_adjacent(doc, out)
    return doc


def _unglue_adjacent(doc: Doc, out: list[Candidate]) -> None:
    """A name span running over a short form and the words it spells with no bracket between ("the Legal Passage
    Retrieval Dataset LePaRD", acronyms.adjacent_spelled) names the short form: the resolver gives it the long
    form as its canonical, as for a bracketed definition."""
    for pair in acronyms(doc):
        if pair.long[1] != pair.short[0]:
            continue
        for c in out:
            if c.start <= pair.long[0] and c.end == pair.short[1]:
                c.start = pair.short[0]
