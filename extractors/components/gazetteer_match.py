"""Gazetteer matching: every alias of every gazetteer entry, found with PhraseMatchers.

Case handling: short or all-capital aliases ("MoE", "SFT", "MATH", "GPT") must
match exactly, so ordinary words ("math", "moe") do not become entities; longer
aliases match case-insensitively ("flash attention", "Transformer"/"transformer").
Each alias also gets its hyphen/space variant ("mixture-of-experts" /
"mixture of experts") and a plural ("GPUs", "diffusion models").

>>> from extractors.pipeline import get_nlp
>>> doc = get_nlp()("We compare with Flash Attention on H100 GPUs.")
>>> sorted((doc[c.start:c.end].text, c.canonical) for c in doc._.kg_candidates if c.source.startswith("gazetteer"))
[('Flash Attention', 'FlashAttention'), ('GPUs', 'GPU'), ('H100', 'NVIDIA H100')]
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from extractors.components.candidates import Candidate, candidates, view
from extractors.components.coordination import SIBLING_SEPARATORS, coordinated, version_siblings
from extractors.components.lexicon import DOTTED_VERSION, MODEL_TIERS
from extractors.components.sentences import span_text, token_spaces
from extractors.gazetteer import Gazetteer, GazetteerEntry, load_gazetteer


def needs_exact_case(alias: str) -> bool:
    """Which aliases must match with their exact capitals.

    Short and all-capital aliases ("MoE", "GSM8K", "MATH") and single capitalised words
    ("Frontier", "MultiPLE", "Bridge") would otherwise match ordinary English words;
    multi-word names and all-lower-case terms match case-insensitively, and so do
    single tokens with digits or hyphens ("FlashAttention-2", "Qwen2.5"), which cannot
    collide with a word.

    >>> [needs_exact_case(a) for a in ("MoE", "GSM8K", "Frontier", "speculative decoding", "Flash Attention", "FlashAttention-2")]
    [True, True, True, False, False, False]
    """
    letters = [c for c in alias if c.isalpha()]
    if len(alias) <= 5 or (letters and all(c.isupper() for c in letters)):
        return True
    single = " " not in alias
    return single and any(c.isupper() for c in alias) and not re.search(r"[\d-]", alias)


ACRONYM = re.compile(r"[A-Za-z]*[A-Z][A-Za-z]*[A-Z]")  # "CoT", "SAE", "KV": two capitals or more, a capital last


def is_camel_case(alias: str) -> bool:
    """One word of six letters or more with a capital inside: "DataComp", "AGIEval", "HellaSwag" (not "GSM8K").

    >>> [is_camel_case(a) for a in ("DataComp", "AGIEval", "Transformer", "GSM8K", "LoRA", "MMLU-Pro")]
    [True, True, False, False, False, False]
    """
    return len(alias) >= 6 and alias.isascii() and alias.isalpha() and alias[0].isupper() \
        and any(c.islower() for c in alias) and any(c.isupper() for c in alias[1:])


_VERSION_TIER = re.compile(r"(.+ \d+(?:\.\d+)?) ([A-Z][a-z]+)")


def alias_variants(alias: str, type_: str) -> set[str]:
    """Spellings to match for one alias: itself, hyphen/space swaps, a plural.

    >>> sorted(alias_variants("mixture-of-experts", "concept"))
    ['mixture of experts', 'mixture-of-experts']
    >>> sorted(alias_variants("diffusion model", "concept"))
    ['diffusion model', 'diffusion models', 'diffusion-model', 'diffusion-models']
    >>> sorted(alias_variants("CoT", "concept")), sorted(alias_variants("GPT-4", "model"))
    (['CoT', 'CoTs'], ['GPT-4'])
    >>> sorted(alias_variants("Gemini 2.5 Flash", "model"))
    ['Gemini 2.5 Flash', 'Gemini 2.5-Flash']
    """
    out = {alias}
    if "-" in alias and re.search(r"[a-z]-[a-z]", alias):
        out.add(re.sub(r"(?<=[a-z])-(?=[a-z])", " ", alias))
    if " " in alias and re.fullmatch(r"[a-z ]+", alias):
        out.add(alias.replace(" ", "-"))
    # "pre-training"/"pretraining", "non-convex"/"nonconvex": prefixes written joined as often as hyphenated
    for v in list(out):
        out.add(JOINABLE_PREFIX.sub(r"\1", v))
    # no plural for verb-like aliases ("fine-tune" -> "fine-tunes" is a verb)
    # ("agent harness" -> "agent harnesses", "Gaussian process" -> "Gaussian processes": "-ss" takes "-es")
    if type_ in ("concept", "task", "hardware", "method") and alias[-1:].isalpha() \
            and (not alias.endswith("s") or alias.endswith("ss")) and not alias.endswith(("tune", "train")):
        for v in list(out):
            if type_ == "hardware" or v[-1:].islower():
                out.add(v[:-1] + "ies" if v.endswith("y") and type_ != "hardware"
                        else v + "es" if v.endswith(("ch", "sh", "x", "ss")) else v + "s")
    # a one-word CamelCase name written with its first capital only or all in capitals ("Datacomp", "Hellaswag",
    # "AGIEVAL"); both still need their exact case, so "datacomp" in running text is left alone
    if is_camel_case(alias) and type_ in ("dataset", "model", "method", "hardware"):
        out |= {alias[0] + alias[1:].lower(), alias.upper()}
    # a model's tier word joined to its version ("Gemini 2.5-Flash", "Claude 3.5-Sonnet")
    tiered = _VERSION_TIER.fullmatch(alias) if type_ == "model" else None
    if tiered and tiered[2] in TIER_WORDS:
        out.add(f"{tiered[1]}-{tiered[2]}")
    # a language pair written in capitals or not ("WMT 2014 EN-DE", "WMT 2014 En-De")
    pair = LANGUAGE_PAIR.search(alias)
    if pair:
        out.add(alias[:pair.start()] + pair.group(0).title())
    # an acronym's plural, written with a lower-case "s" ("CoTs", "SAEs"); a model's is another checkpoint
    if type_ in ("concept", "method") and ACRONYM.fullmatch(alias):
        out.add(alias + "s")
    # and the singular of a plural lower-case term ("runtime distributions" -> "runtime distribution")
    if type_ in ("concept", "task"):
        for v in list(out):
            one = singular_of(v)
            if one:
                out.add(one)
    return out


LANGUAGE_PAIR = re.compile(r"\b[A-Z]{2}-[A-Z]{2}$")
JOINABLE_PREFIX = re.compile(r"\b(pre|post|re|co|multi|non|semi|meta)-(?=[a-z]{3})")
NOT_PLURAL = re.compile(r"(ss|us|is|ics|ous|ews|ays)$")
# "a multi-agent framework", "an LLM judge", "a GUI agent": in the singular these describe the paper's own system
GENERIC_PLURAL_HEADS = frozenset("frameworks systems agents judges methods approaches techniques tasks problems "
                                 "layers modules mechanisms pipelines tools".split())


def singular_of(term: str) -> str | None:
    """The singular of a lower-case plural term, ``None`` when it is not one or the guess is unsafe.

    >>> [singular_of(t) for t in ("random walks", "Gaussian processes", "statistical mechanics", "bounds of errors", "adapters", "multi-agent frameworks")]
    ['random walk', 'Gaussian process', None, None, None, None]
    """
    last = term.rsplit(" ", 1)[-1]
    # one-word plurals ("adapters") stay as they are: their singular is mostly a generic noun
    if " " not in term or len(last) < 5 or not re.fullmatch(r"[a-z][a-z\-]*s", last) or NOT_PLURAL.search(last) \
            or last in GENERIC_PLURAL_HEADS \
            or re.search(r"\b(?:of|with|from|to|for|in|on)\b", term):
        return None
    if re.search(r"(?:sses|xes|ches|shes)$", last):
        return term[:-2]
    if last.endswith("ies"):
        return term[:-3] + "y"
    return term[:-1]


# "Terminal-Bench 2.0", "LiveCodeBench v6", "ImageNet 256x256", "ImageNet-1K 512px": versions and resolutions
VERSION_AFTER = re.compile(rf"{DOTTED_VERSION.pattern}|^v\d+$|^\d+x\d+$|^\d+px$")
RESOLUTION_TIMES = frozenset(["times", "\u00d7", "x"])
# "Claude Opus 4.8", "Gemini Ultra 2.0": a model family's tier word before the version
TIER_WORDS = frozenset("Opus Sonnet Haiku Pro Flash Ultra Nano Mini Lite Max Plus Turbo".split())
# "BraTS 2024", "IWSLT 2022": a dataset's edition (a model's name is not followed by a year)
YEAR_AFTER = re.compile(r"^(?:19[89]|20[0-4])\d$")


def _version_end(doc: Doc, texts: list[str], end: int, type_: str) -> int | None:
    """Where a version written after a dataset or model match ending at ``end`` ends, or None: "2.0", a
    dataset's year, or a model's tier word and version ("Opus 4.8"), and a model's release word after its
    version ("Stable Diffusion 3.5 Medium", "SD 3.5 Large" where the match is "SD 3.5")."""
    n, spaces = len(texts), token_spaces(doc)
    if type_ not in ("dataset", "model") or end >= n or not spaces[end - 1]:
        return None
    after = None
    if VERSION_AFTER.match(texts[end]) or type_ == "dataset" and YEAR_AFTER.match(texts[end]):
        after = end + 1
    elif type_ == "dataset" and end + 2 < n and texts[end].isdigit() and texts[end + 1] in RESOLUTION_TIMES \
            and texts[end + 2].isdigit():
        return end + 3  # "ImageNet-1K 256 times 256" (LaTeX's \times lost), "ImageNet 512 × 512"
    elif type_ == "model" and end + 1 < n and texts[end] in TIER_WORDS and spaces[end] \
            and VERSION_AFTER.match(texts[end + 1]):
        after = end + 2
    elif type_ == "model" and any(c.isdigit() for c in texts[end - 1]):
        after = end  # the match ends in its version: only a release word may follow
    if type_ == "model" and after is not None and after < n and texts[after] in MODEL_TIERS and spaces[after - 1]:
        after += 1
    return after if after != end else None


class GazetteerMatcher:
    """Holds the two PhraseMatchers and the entry of each match key."""

    def __init__(self, nlp: Language, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.entries: dict[int, GazetteerEntry] = {}
        exact_pats: dict[str, list[str]] = {}
        lower_pats: dict[str, list[str]] = {}
        seen: set[str] = set()
        for idx, entry in enumerate(gazetteer.entries):
            key = f"kg_gaz_{idx}"
            for alias in entry.names:
                if gazetteer.is_stopword(alias):
                    continue
                for v in alias_variants(alias, entry.type):
                    # first (highest-priority) entry owning a spelling wins it
                    low = v.lower()
                    if needs_exact_case(v):
                        if v in seen:
                            continue
                        seen.add(v)
                        exact_pats.setdefault(key, []).append(v)
                    else:
                        if low in seen:
                            continue
                        seen.add(low)
                        lower_pats.setdefault(key, []).append(v)
            self.entries[nlp.vocab.strings.add(key)] = entry
        tok = nlp.tokenizer
        for pats, matcher in ((exact_pats, self.exact), (lower_pats, self.lower)):
            for key, texts in pats.items():
                matcher.add(key, list(tok.pipe(texts)))

    def __call__(self, doc: Doc) -> Doc:
        out = candidates(doc)
        v = view(doc)
        texts = v.text
        n = len(doc)
        first = len(out)
        whole: set[tuple[int, int]] = set()  # spans a gazetteer name matches whole
        for matcher in (self.exact, self.lower):
            for match_id, start, end in matcher(doc):
                e = self.entries[match_id]
                conf = 0.8 if e.source.startswith(("_", "datasets_pwc")) or "pwc" in e.source else 0.95
                if e.source.endswith(("_corpus", "_fill")):
                    conf = 0.6  # measured, or curated as such: a weak signal that only fills gaps the others leave
                version_end = _version_end(doc, texts, end, e.type)
                if version_end is not None:
                    # "Terminal-Bench 2.0", "BraTS 2024", "Claude Opus 4.8": a version of a known family
                    canonical = None
                    if version_end == end + 3 and e.type == "dataset":  # a resolution in three words: "256x256"
                        canonical = f"{span_text(doc, start, end)} {texts[end]}x{texts[end + 2]}"
                    else:  # a release the gazetteer knows in another spelling: "Gemini-2.5 Pro"
                        known = self.gazetteer.lookup(span_text(doc, start, version_end), e.type)
                        canonical = known.canonical if known else None
                    out.append(Candidate(start, version_end, e.type, f"gazetteer:{e.source}+version", conf,
                                         canonical=canonical, family=e.canonical))
                    continue
                out.append(Candidate(start, end, e.type, f"gazetteer:{e.source}", conf,
                                     canonical=e.canonical, family=e.family))
                whole.add((start, end))
                out.extend(coordinated(doc, v, start, end, e, self.gazetteer))  # "data, pipeline, and tensor ..."
                if end < n and v.lower[end] in SIBLING_SEPARATORS:
                    out.extend(version_siblings(doc, v, end, e, span_text(doc, start, end), self.gazetteer))
        # a shorter name and its version that another name matches whole ("Claude 3.5" + "Sonnet" where the
        # gazetteer knows "Claude 3.5 Sonnet") is that name
        out[first:] = [c for c in out[first:] if not (c.source.endswith("+version") and (c.start, c.end) in whole)]
        return doc


@Language.factory("kg_gazetteer", default_config={"directory": None})
def make_gazetteer_matcher(nlp: Language, name: str, directory: str | None):
    """Pipeline component: gazetteer candidates (``directory`` defaults to the package's data files)."""
    return GazetteerMatcher(nlp, load_gazetteer(directory))
