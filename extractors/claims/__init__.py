"""Claim extraction: the quantitative results an abstract reports, one claim per number.

Entry point for the entity pipeline (``extractors/extract.py``)::

    find_claims(text, sentences, entities, proposed, field) -> list[Claim]

Modules: ``numbers`` reads every number form, ``filters`` keeps results and
drops setup numbers, ``kinds`` classifies kind and measure, ``attach`` finds
baselines and pairs datasets; this module ties them together with unit,
qualifier and subject.

>>> s = "ParaStep achieves end-to-end speedups of up to 3.88times on SVD and 2.43times on CogVideoX-2b."
>>> [(c.kind, c.value, c.unit, c.qualifier, c.subject) for c in find_claims(s, [(0, len(s))], [], ["ParaStep"], "abstract")]
[('speedup', 3.88, 'x', 'up to', 'ParaStep'), ('speedup', 2.43, 'x', 'up to', 'ParaStep')]
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from extractors.claims.attach import _RESPECTIVELY, baselines_for, benchmark_near, find_baselines, pair_items, trim_to_entity
from extractors.claims.fastre import one_of
from extractors.claims.filters import (AGREEMENT_STATISTIC, _EXAMPLE, _METRIC_AFTER, _METRIC_BEFORE, _NAME_SPACE_BEFORE,
                                       _VS_AFTER, _YEAR, LANGUAGE_PAIR, is_background, is_result)
from extractors.claims.kinds import classify, find_measure, is_quality_measure
from extractors.claims.measures import reported_measure
from extractors.claims.numbers import NumberMention, delatex, find_numbers
from extractors.claims.sentences import split_sentences
from extractors.metric_lists import metric_lists
from extractors.model import Claim, Entity

__all__ = ["find_claims", "find_numbers", "split_sentences"]

_Q_UPTO = re.compile(r"(?:\b" + one_of([
    r"up\s+to", r"as\s+(?:much|high|fast|many)\s+as", r"at\s+most", r"less\s+than(?:\s+or\s+equal\s+to)?", r"under", r"below",
    r"within", r"no\s+more\s+than", r"a\s+maximum\s+of", r"merely"]) + r"|≤|<)\s*(?:an?\s+|the\s+)?[+$]?\s*$", re.I)
_Q_OVER = re.compile(r"(?:\b" + one_of([
    r"over", r"more\s+than", r"at\s+least", r"greater\s+than", r"exceed(?:ing|s)?", r"above", r"beyond", r"in\s+excess\s+of",
    r"upwards\s+of"]) + r"|≥|>)\s*(?:an?\s+|the\s+)?[+$]?\s*$", re.I)
_Q_ABOUT = re.compile(r"(?:\b" + one_of([
    r"about", r"approximately", r"approx\.?", r"around", r"roughly", r"nearly", r"almost", r"close\s+to", r"some"])
    + r"|~|≈|\\sim|\bsim)\s*(?:an?\s+)?[+$]?\s*$", re.I)
_Q_AVG = re.compile(r"\b(?:on\s+)?(?:an?\s+)?(?:average|averag\w+|avg\.?|mean)\b", re.I)
_Q_AVG_AFTER = re.compile(r"^[^,;.]{0,40}?\b(?:on\s+average|average\b|in\s+average)", re.I)
_OWN_REF = re.compile(r"\b" + one_of([
    r"we", r"our", r"ours", r"this\s+(?:paper|work|method|approach|model|framework|system|technique|algorithm|pipeline|"
    r"design|strategy)", r"the\s+proposed", r"proposed"]) + r"\b|(?:^|[,;:]\s*|\b"
    + one_of([r"and", r"but", r"that", r"while", r"where"]) + r"\s+)it\s+(?!is\s+\w+\s+(?:to|that)\b)", re.I)
_PREP_BEFORE = re.compile(r"\b(?:on|in|with|from|using|to|of|for|by|than|over|under|via|against|vs\.?|within|into)"
                          r"\s+(?:the\s+|a\s+|an\s+)?(?:[\w\-.]+,?\s+){0,2}(?:(?:and|or)\s+)?$", re.I)
# "grounding raises TreeSim from 0.720 to 0.789": the name a change verb takes as its object is what changes
_CHANGED_BEFORE = re.compile(r"\b(?:rais|improv|boost|increas|lift|reduc|lower|decreas|cut)\w*\s+(?:the\s+)?$", re.I)
_GENERIC_SUBJECT = re.compile(
    r"(?:^|[,;:]\s*|\b" + one_of([r"that", r"where", r"and", r"while", r"whereas", r"when", r"if", r"as", r"but"])
    + r"\s+)(?:even\s+|only\s+)?(?:the\s+)?(?P<g>(?:" + one_of([
        r"all", r"most", r"many", r"current", r"existing", r"frontier", r"state-of-the-art", r"open-source", r"open-weight",
        r"closed-source", r"proprietary", r"leading", r"evaluated", r"tested", r"popular", r"commercial", r"large", r"small",
        r"smaller", r"larger", r"reasoning", r"multimodal"])
    + r"\s+)+(?:[\w\-]+\s+)?(?:models|LLMs|MLLMs|LRMs|VLMs|systems|agents))\b"
    r"(?!\s+(?:such\s+as|like|including)\s+[^.]*?\b(?:our|we)\b)", re.I)
_GENERIC_NOUNS = ("models", "llms", "lrms", "vlms", "systems", "agents")  # "mllms" holds "llms"
_ILLUSTRATES = re.compile(r"^(?:[^.;]*?\b(?:such\s+as|like|including|e\.g\.?|for\s+example|for\s+instance)\b|"
                          r"\s*\((?:e\.g\.,?\s*)?)[^.;]*$", re.I)
_ON_BEFORE = re.compile(r"\b(?:on|in|across|over|of|using|with|from|to|for|and)\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}$", re.I)
_ACTS = re.compile(r"^\s+(?:also\s+|further\s+|consistently\s+|significantly\s+)?(?:achiev|outperform|improv|reach|"
                   r"surpass|reduc|deliver|attain|obtain|yield|beat|accelerat|speed|boost|cut|run)\w*", re.I)
_FOR_MODEL = re.compile(r"^[\d.,]+\s*(?:\\?%|points?)?\s*(?:for\s+(?:the\s+)?|\(\s*)$", re.I)
# "with GPT-4o achieving 79.54% accuracy", "Claude reaches a score of 80": the name an achieving verb follows
# ("an F1-macro score of 43.81%": "score" is a noun there)
_ACHIEVES_NUMBER = re.compile(r"^\s*(?:(?:achiev|attain|reach|obtain)\w*\s+(?:(?:an?|the|only|just|up|to|of|average|"
                              r"accuracy|score|rate)\s+){0,3}|scor(?:es|ed|ing)\s+(?:(?:only|just|up|to)\s+){0,2})$",
                              re.I)
# (nor a name something is built on: "COTCAgent powered by Baichuan-M2 achieves 90.47%"; "with X achieving" is X's)
_AFTER_COORDINATION = re.compile(r"(?:,|\band|&|\b(?:by|using|via|on|from|of|upon|in))\s*$", re.I)
_OWN_FINDINGS = re.compile(r"our\s+(?:[\w\-]+\s+){0,2}?(?:experiments?|results?|analys[ie]s|evaluations?|study|"
                           r"studies|findings?|investigations?|observations?)\b", re.I)
_OWN_NOUN = re.compile(r"\b(?:our|the\s+proposed)\s+(?:[\w\-]+\s+){0,2}?(models?|agents?|LLMs?|VLMs?|policy|"
                       r"checkpoints?|benchmarks?|datasets?|corpus|method|approach|framework|system|algorithm|"
                       r"technique|pipeline|recipe)\b", re.I)
_VERB_AFTER = re.compile(r"\s+(?:\w+ing|yield\w*|obtain\w*|attain\w*|scor\w*|gain\w*|lead\w*|achiev\w*|deliver\w*|reach\w*|outperform\w*|improv\w*|reduc\w*|is|are|was|"
                         r"were|can|yields?|obtains?|attains?|surpass\w*|shows?)\b")
_PER_SECOND = re.compile(r"(?:\s+per\s+|/)sec(?:ond)?$", re.I)  # "tokens per second" is written "tokens/s" (the guide)
_UNIT_WORDS = {"f1": "F1", "pearson": "Pearson correlation", "spearman": "Spearman correlation"}
_NUMBER_WORDS = ("fold", "twice", "times", "magnitude", "halv", "doubl", "thousand", "million", "billion", "trillion",
                 "seconds", "minutes", "hours", "days", "factor of")


def _has_digit(s: str) -> bool:
    """Any ASCII digit in ``s`` (what ``re.search("[0-9]", s)`` finds): ten substring scans beat one regex scan."""
    for d in "0123456789":
        if d in s:
            return True
    return False


def _has_number_word(low: str) -> bool:
    """Any of ``_NUMBER_WORDS`` in the lower-cased sentence ``low``."""
    for w in _NUMBER_WORDS:
        if w in low:
            return True
    return False


_LIST_SEP = re.compile(r"^\s*(?:[a-z]{0,3}[A-Z@\d][\w@\-]{0,7}\s*)?(?:,\s*(?:and\s+)?|and\s+|/\s*|or\s+|to\s+)\s*[+~]?\s*$")


_PLUS_UNIT = re.compile(r"\d\+\s?\\?%$")


def _qualifier(before: str, after: str, n: NumberMention) -> str | None:
    """First-written qualifier among up to / over / about / average."""
    hits = []
    for name, rx in (("up to", _Q_UPTO), ("over", _Q_OVER), ("about", _Q_ABOUT)):
        m = rx.search(before)
        if m:
            hits.append((m.start(), name))
    if n.approx:
        hits.append((len(before), "about"))
    if _PLUS_UNIT.search(n.surface):
        hits.append((len(before), "over"))  # "by 10+%"
    m = None
    for m in _Q_AVG.finditer(before):
        pass
    if m is not None:
        hits.append((m.start(), "average"))
    elif _Q_AVG_AFTER.match(after):
        hits.append((len(before) + 1, "average"))
    if not hits:
        return None
    return min(hits)[1]


_METRIC_HEAD = re.compile(r"(" + AGREEMENT_STATISTIC + r"|BLEU|chrF\+\+|chrF|COMET|F1|AUROC|AUC|mAP|FID|PSNR|ROUGE[-\w]*|R\^\{?2\}?|"
                          r"perplexity|PPL|MRR|NDCG|CIDEr|Elo|Dice|DSC|mean\s+IoU|m?IoU|NDS|MAE|RMSE|SSIM)", re.I)
_LETTER = re.compile(r"[A-Za-z\\]")
_LANGUAGE_PAIR = re.compile(LANGUAGE_PAIR)
_LATEX_DOLLAR_END = re.compile(r"\\\w+\s*\$\s*$")


def _metric_unit(before: str, after: str) -> str | None:
    """Unit of a bare numeral from the metric written next to it ("21.28 BLEU", "R^2 score of 0.98", "$4")."""
    m = _METRIC_AFTER.match(after)
    if m:
        w = _LANGUAGE_PAIR.sub("", m.group(0).strip())
        key = w.split()[-1].lower() if w.split() else w
        if w.lower() in ("accuracy", "success rate", "win rate", "exact match"):
            return None
        return _UNIT_WORDS.get(key, _PER_SECOND.sub("/s", w))
    m = _METRIC_BEFORE.search(before)
    if m:
        w = m.group(0).strip()
        if (w.startswith("$") or w.endswith("$")) and not _LETTER.search(w) and not _LATEX_DOLLAR_END.search(before) and "$" not in after[:25]:
            return "$"
        head = _METRIC_HEAD.match(w)
        if head:
            return _UNIT_WORDS.get(head.group(1).lower(), head.group(1).replace("{", "").replace("}", ""))
    return None


_COUNT_STOP = frozenset("is was has as across its thus this plus less us various previous its whereas".split())
_COUNT_UNIT = re.compile(r"^\s*(?:of\s+)?(?:(?:more|fewer|less|additional|extra)\s+)?(?P<w1>[a-z][a-z\-]*)"
                         r"(?:\s+(?P<w2>[a-z][a-z\-]*))?")
_RATE = re.compile(r"^(?:/s\b|\s+per\s+(?:second|sec)\b)")
_SINGULAR_COUNT = frozenset("parameter token step instance sample query node gpu".split())


_OF_MAGNITUDES = re.compile(r"^\s*of\s+(?:thousands|millions|billions|trillions)\b")


def _count_unit(after: str) -> str | None:
    """Unit of a count written in words or with a suffix: the plural noun after it.

    >>> _count_unit(" parallel instances"), _count_unit(" of millions of steps per second"), _count_unit(" more tokens")
    ('instances', 'steps/s', 'tokens')
    """
    after = _OF_MAGNITUDES.sub("", after)
    m = _COUNT_UNIT.match(after)
    if not m:
        return None
    for g in ("w1", "w2"):
        w = m[g]
        if w is None or w in _COUNT_STOP:
            continue
        if w in _SINGULAR_COUNT:
            w += "s"  # "trillion parameter models"
        if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
            return w + ("/s" if _RATE.match(after[m.end(g):]) else "")
    return None


# a metric named right before a bare score: "(mAP@.5) of 0.93", "MAE = 5.6", "Pearson correlation below 0.26"
# (the look-ahead "(?=[A-Za-z]*@)" only says early what the "@" after the letters says: no word without one is tried)
_ACRO_BEFORE = re.compile(r"(?:(?P<m>\b(?=[A-Za-z]*@)[A-Za-z]*[A-Z][A-Za-z]*(?:@[\w.]+)|\bm?AP\d{2}\b|\b[A-Z]-index|"
                          r"\b(?:Pearson|Spearman)(?:'s)?\s+[Cc]orrelation|\bBERT\s?Score)\)?\s*(?:score\s*)?(?:of|=|:|at)?"
                          r"|(?P<a>\b[A-Z][A-Z]{1,5}\b)\)?\s*(?:score\s*)?(?:of|=)"
                          r"|(?P<k>\b(?:ACC|AUC|MAE|MSE|RMSE|NDS|DSC|WER|CER|EM|mIoU|IoU|SSIM|PSNR)\b)\)?)\s*(?:(?:below|under|above|over|around|about|up\s+to|nearly|only|just|"
                          r"approximately)\s+)?[~$]?\s*$")
_NOT_METRIC = re.compile(r"^(?:GPU|CPU|TPU|NPU|LLM|VLM|AI|API|RL|SFT|GB|MB|TB|KB|USD|NLP|CV|QA|ID|IT|US|UK|EU|OR|AND|TO|"
                         r"OF|IN|ON|AT|BY|AS|IS|IF)$")


_CORRELATION = re.compile(r"(Pearson|Spearman)")


def _metric_named(before: str) -> str | None:
    """The metric word right before a plain number, as written (a "correlation" says whose)."""
    m = _ACRO_BEFORE.search(before)
    w = m and (m["m"] or m["a"] or m["k"])
    if not w or _NOT_METRIC.match(w):
        return None
    c = _CORRELATION.match(w)
    return f"{c.group(1)} correlation" if c else w


def _surface(raw: str, clean: str, n: NumberMention) -> str:
    """The number as written; where LaTeX was blanked, its readable form ("63 \\times", "~ 98\\%")."""
    r = raw[n.start:n.end].strip()
    if r == clean[n.start:n.end].strip():
        return r
    return " ".join(clean[n.start:n.end].replace("$", " ").split())


class _FieldMentions:
    """Every mention in one field as (start, end, text, entity), sorted once per text instead of once per sentence.

    The order is the one a stable sort by (start, -end) gives the mentions in entity order, so a sentence's share,
    read off this list in order, comes out exactly as sorting that share would give it.
    """

    def __init__(self, entities: list[Entity], field: str):
        self.items = [(m.start, m.end, m.text, e) for e in entities for m in e.mentions if m.field == field]
        self.items.sort(key=lambda t: (t[0], -t[1]))
        self.starts = [t[0] for t in self.items]
        # a mention ending before it starts could sit after the sentence's last start: then read the whole tail
        self.ordered = all(a <= b for a, b, _, _ in self.items)


def _entity_mentions(fm: _FieldMentions, s0: int, s1: int):
    """(start, end, text, entity) of mentions inside the sentence [s0, s1), in sentence offsets."""
    i = bisect_left(fm.starts, s0)
    j = bisect_right(fm.starts, s1) if fm.ordered else len(fm.items)
    return [(a - s0, b - s0, t, e) for a, b, t, e in fm.items[i:j] if b <= s1]


_MODEL_NOUN = re.compile(r"(?:models?|agents?|LLMs?|VLMs?|policy|checkpoints?)$", re.I)
_DATA_NOUN = re.compile(r"(?:benchmarks?|datasets?|corpus)$", re.I)


def _own_pick(before: str, proposed: list[str], prop_types: dict[str, str], named: list[str]) -> str | None:
    """Which proposed thing "our ..." means: "our 7B agent/model" is the proposed model, "our method" the
    method, "our benchmark" the benchmark; else the last proposed dataset ``named`` in the sentence before
    the number ("we release CapArena-Auto, ..., achieving 94.3% correlation"; not when "our models" are
    meant), else the first proposed thing."""
    if not proposed:
        return None
    m = _OWN_NOUN.search(before)
    want = None
    if m:
        want = "model" if _MODEL_NOUN.match(m.group(1)) else \
            "dataset" if _DATA_NOUN.match(m.group(1)) else "method"
        for p in proposed:
            if prop_types.get(p) == want:
                return p
    if named and want in (None, "dataset"):
        return named[-1]
    return proposed[0]


def _achiever(proposed: list[str], prop_types: dict[str, str]) -> str | None:
    """The first of the paper's proposed things that can achieve a result: a method or model. A benchmark
    the paper introduces is what results are measured on ("Our experiments reveal ... a 46% drop"), so a
    paper proposing only a benchmark gives no subject to a sentence that names none."""
    return next((p for p in proposed if prop_types.get(p, "method") in ("method", "model")), None)


_OPEN_BRACKET = re.compile(r"\s*\([^()]*")
_OPEN_BRACKET_PLAIN = re.compile(r"\s*\(\s*")


_VERSUS = re.compile(r"\b(?:vs\b|versus\b|compared\b|against\b)", re.I)


def _in_bracket_of_name(sentence: str, num_start: int, mentions) -> bool:
    """Whether an unsigned number opens a bracket right after a method or model ("GTA-1-7B (50.1% ..."):
    that model's own result, not a gain ("Qwen3 (+5.2%)") nor the first of a pair ("larger Qwen2.5-VL-72B
    (50.5% vs. 47.3%)": ours, then theirs)."""
    close = sentence.find(")", num_start)
    return sentence[num_start:num_start + 1] not in "+-\u2212" and not _VERSUS.search(
        sentence, num_start, close if close >= 0 else len(sentence)) and any(
        e.type in ("method", "model") and b <= num_start and _OPEN_BRACKET_PLAIN.fullmatch(sentence[b:num_start])
        for a, b, t, e in mentions)


def _subject(sentence: str, num_start: int, mentions, baseline_spans, proposed: list[str],
             prop_types: dict[str, str] | None = None, antecedent: str | None = None) -> str | None:
    """Canonical name of what achieves the number; ``antecedent``: the paper's own method or model named
    last in the sentence before, which an "It achieves ..." refers to."""
    prop = set(proposed)
    # "followed closely by gpt-5 (75.3% F1 and 76.2% accuracy)": the model whose bracket holds the number;
    # a baseline's too when the bracket opens with it ("surpassing V2P-7B (50.6% with ...)", not "(by 3%)")
    plain = _in_bracket_of_name(sentence, num_start, mentions)
    for a, b, t, e in mentions:
        if e.type in ("method", "model") and b <= num_start and _OPEN_BRACKET.fullmatch(sentence[b:num_start]) \
                and (plain or not any(x <= a < y for x, y in baseline_spans)):
            return e.canonical
    # "42.66 for Gemini-2.5-Pro": the model the number is given for
    for a, b, t, e in mentions:
        if e.type in ("method", "model") and a > num_start and _FOR_MODEL.match(sentence[num_start:a]) and not any(
                x <= a < y for x, y in baseline_spans):
            return e.canonical
    # "with GPT-4o achieving 79.54% accuracy": the name right before the verb, whoever the sentence's "we" is
    # (not the last of several: "GPT-o3 and InternVL-3 achieve only 34.08% and 26.31%"; see _AFTER_COORDINATION)
    for a, b, t, e in mentions:
        if e.type in ("method", "model") and b <= num_start and _ACHIEVES_NUMBER.match(sentence[b:num_start]) \
                and not any(x <= a < y for x, y in baseline_spans) \
                and not _AFTER_COORDINATION.search(sentence[max(0, a - 8):a]):
            return e.canonical
    # "frontier models such as A and B ...": a finding about a class of models; the named ones only illustrate it
    generic = None
    # the class noun must be there (casefold maps every character re.I equates with these letters to them)
    low = sentence[:num_start].casefold()
    if any(w in low for w in _GENERIC_NOUNS):
        for g in _GENERIC_SUBJECT.finditer(sentence[:num_start]):
            generic = g

    def last_own():  # the last "we/our/it ..." before the number, read only when needed
        own = None
        for own in _OWN_REF.finditer(sentence[:num_start]):
            pass
        return own

    if generic and ((own := last_own()) is None or own.start() < generic.start()):
        mentions = [t for t in mentions if not (generic.start() <= t[0] and _ILLUSTRATES.search(
            sentence[generic.end():t[0]]))]
        if not any(generic.end() <= t[0] < num_start and not _ILLUSTRATES.search(sentence[generic.end():t[0]])
                   and t[3].type in ("method", "model") for t in mentions) and not any(
                t[0] < generic.start() and t[3].type in ("method", "model") for t in mentions):
            return generic.group("g").strip()
    # a name after a preposition is a setting ("on LLaMA-3-70B", "starting from Qwen3"), not the one achieving
    cands = [(a, e) for a, b, t, e in mentions
             if e.type in ("method", "model") and not any(x <= a < y for x, y in baseline_spans)
             and not (_PREP_BEFORE.search(sentence[max(0, a - 40):a]) and not _VERB_AFTER.match(sentence[b:]))
             and not _CHANGED_BEFORE.search(sentence[max(0, a - 30):a])]
    for a, e in cands:
        if (e.canonical in prop or e.proposed or e.name in prop) and a < num_start:
            return e.canonical
    # the paper's own datasets named before the number, but not as a setting ("on our X-Bench"), as cands
    named = [e.canonical for a, b, t, e in mentions if b <= num_start and e.type == "dataset"
             and (e.proposed or e.canonical in prop)
             and not (_PREP_BEFORE.search(sentence[max(0, a - 40):a]) and not _VERB_AFTER.match(sentence[b:]))]
    # "our experiments/results show that X ...": the paper's findings, whose subject is named in them
    if proposed and (own := last_own()) is not None and not _OWN_FINDINGS.match(sentence, own.start(), num_start):
        if antecedent and own.group(0).strip(" ,;:").lower().rsplit(None, 1)[-1] == "it":
            return antecedent
        return _own_pick(sentence[:num_start], proposed, prop_types or {}, named)
    before = [e for a, e in cands if a < num_start]
    if before:
        return before[0].canonical
    for a, e in cands:
        if e.canonical in prop or e.proposed:
            return e.canonical
    found = named[-1] if named else _achiever(proposed, prop_types or {})
    if found is None and (own := _OWN_UNNAMED.search(sentence[:num_start])):
        return "proposed " + own.group(1).lower()  # "Our approach achieves ...", when the paper names none (the guide)
    return found


# the paper's own unnamed contribution, as the guide's examples write it ("proposed approach")
_OWN_UNNAMED = re.compile(r"\b(?:our|the\s+proposed)\s+(approach|method|framework|model|system|technique|"
                          r"algorithm|pipeline|strategy)\b", re.I)


def _last_own_name(fm: _FieldMentions, span: tuple[int, int], proposed: list[str]) -> str | None:
    """The canonical of the paper's own method or model mentioned last in ``span`` of the text."""
    own = [(a, e) for a, b, t, e in _entity_mentions(fm, max(0, span[0]), span[1])
           if e.type in ("method", "model") and (e.proposed or e.canonical in proposed)]
    return max(own, key=lambda x: x[0])[1].canonical if own else None


def _respective(names: list[str], respectively: bool, pos: int, run_len: int) -> list[str]:
    """"A and B by 3.98 and 11.27 points, respectively": the baseline at the number's place in its list."""
    if respectively and run_len > 1 and len(names) == run_len:
        return [names[pos]]
    return names


_FROM_END = re.compile(r"\bfrom\s*$")


def _read_numbers(sent: str) -> list[NumberMention]:
    """Every number of a sentence, with metric units attached and units shared along lists ("3.98 and 11.27 pp")."""
    nums = find_numbers(sent)
    for k, n in enumerate(nums):
        plain = n.form == "plain"
        written_after = plain and _METRIC_AFTER.match(sent[n.end:]) is not None
        mu = _metric_unit(sent[:n.start], sent[n.end:]) if plain else None
        if mu is None and plain and sent[n.end:n.end + 1] == "$" == sent[n.start - 1:n.start]:
            mu = _metric_unit("", " " + sent[n.end + 1:])  # "a $2.5$ dB gain": the unit after TeX math's closing $
        if mu is None and plain and not written_after:
            mu = _metric_named(sent[max(0, n.start - 60):n.start])
        if mu:
            # a metric written right after its number is its measure, also inside a list
            # ("85.2 BLEU and 61.3 chrF" is not two chrF scores)
            hint = find_measure(mu) if written_after else None
            quality = hint if hint and is_quality_measure(hint) else None
            # "+15.9 F1 on FanOutQA": a signed gain in a score's own scale is points, as "15.9 F1 points" would be
            # (not a gain on a scale of one, "+0.102 F1")
            signed = quality is not None and sent[:n.start].rstrip().endswith("+") and n.value >= 1
            nums[k] = replace(n, unit="pp" if signed else mu, form="unit" if signed else "metric",
                              measure_hint=mu if signed else quality)
        elif n.form in ("magnitude", "suffix", "power") and n.unit is None:
            nums[k] = replace(n, unit=_count_unit(sent[n.end:n.end + 60]))
    for i in range(len(nums) - 2, -1, -1):
        a, b = nums[i], nums[i + 1]
        if (a.form == "plain" and a.unit is None and b.unit and _LIST_SEP.match(sent[a.end:b.start])
                and not _YEAR.match(a.surface)  # a year is never a list item of results
                and not _NAME_SPACE_BEFORE.search(sent[:a.start])  # "Llama 3.1 and ...": a version
                and ("." in a.surface) == ("." in b.surface.split()[0])
                and not _FROM_END.search(sent[:a.start])):
            nums[i] = replace(a, unit=b.unit, form="unit" if b.form == "unit" else "metric",
                              measure_hint=b.measure_hint)
    for i in range(1, len(nums)):
        a, b = nums[i - 1], nums[i]
        if (a.form == "metric" and b.form == "plain" and b.unit is None and _metric_named_before(sent, a)
                and _NEXT_SETTING.match(sent[a.end:b.start]) and ("." in a.surface) == ("." in b.surface)):
            nums[i] = replace(b, unit=a.unit, form="metric", measure_hint=a.measure_hint)
    return nums


# "chrF++ 49.71 for Kazakh and 46.94 for Bashkir", "an F1 of 0.85 on SciERC and 0.80 on SciREX": the metric named
# before the first number is the next one's, read on another setting
_NEXT_SETTING = re.compile(r"^\s+(?:on|for|in)\s+[^,;()]{1,40}?(?:,\s*(?:and\s+)?|\s+and\s+)$")


def _metric_named_before(sent: str, n: NumberMention) -> bool:
    """Whether the metric unit of ``n`` was read from the words before it, not after it ("BLEU of 30.1")."""
    return not _METRIC_AFTER.match(sent[n.end:])


_COMPARE = re.compile(r"\b" + one_of([r"outperform\w*", r"surpass\w*", r"beat\w*", r"exceed\w*", r"than", r"over",
                                          r"compared", r"versus", r"vs\.?"]) + r"\s", re.I)
_CUE_WORD = re.compile(r"\b(?:by|improv\w*|gain\w*|faster|speed-?up|reduc\w*|increas\w*|decreas\w*|relative|higher|"
                       r"lower|better|up\s+to)\b", re.I)
_BASELINE_OWN = re.compile(r"^\s*,?\s*(?:which|that|who)\s+(?:only\s+)?(?:scor|achiev|reach|obtain|got|gets|had|has|"
                           r"attain|record)\w*\b[^,;()]{0,40}$", re.I)


_BRACKET_LABEL = re.compile(r"\(\s*(?!(?:a|an|the|i\.e|e\.g|about|around|up)\b)[A-Za-z\\]", re.I)
_BRACKET_SETTING = re.compile(r"\b(?:vs\.?|versus|for|on|in|with)\b")
_BRACKET_OPEN_BEFORE = re.compile(r"\(\s*(?:(?:both|all)\s+)?(?:at\s+|with\s+)?[~$]?\s*$")
_CLOSE_AFTER = re.compile(r"^\s*\)")
_PERCENT_CLOSE_AFTER = re.compile(r"^\s*\\?%?\s*\)")
_OPEN_BRACKET_GAP = re.compile(r"\s*\(\s*[~$]?\s*")


def _results_only(nums: list[NumberMention], sent: str, spans: list[tuple[int, int]], index: int
                  ) -> list[NumberMention]:
    """The numbers that ``is_result`` keeps (a metric unit attached by ``_read_numbers`` is judged as written)."""
    return [n for n in nums if is_result(replace(n, form="plain") if n.form == "metric" else n, sent, spans, True,
                                         index)]


def _results(nums: list[NumberMention], sent: str, groups: list, others: list[tuple[int, int]] = ()
             ) -> list[NumberMention]:
    """Of the numbers ``_results_only`` kept, those that are not a baseline's own value.

    ``others`` are spans of named things the paper did not propose: in a comparison ("outperforming ... models like
    Grok-4 (15.9%)") a bare value in brackets right after one of them is that thing's own score.
    (Each test here only drops numbers, one at a time, so running ``is_result`` first gives the same list.)
    """
    cue = _COMPARE.search(sent)
    kept = nums
    if cue:
        kept = [n for n in kept if not (
            _PERCENT_CLOSE_AFTER.match(sent[n.end:]) and any(
                cue.end() <= b and _OPEN_BRACKET_GAP.fullmatch(sent[b:n.start]) for a, b in others))]
    # "outperforming models like Grok-2 (67.2%)": a bare value in brackets right after a baseline is the baseline's
    kept = [n for n in kept if not (_BRACKET_OPEN_BEFORE.search(sent[:n.start])
                                    and _CLOSE_AFTER.match(sent[n.end:])
                                    and any(g.start < n.start <= g.end + 12 for g in groups))]
    # "outperforming the SMP zero-shot baseline (F1 0.49, kappa 0.06)": values in a bracket opened after a baseline
    # (not the first of a pair: "comparable to heavyweight baselines (GEval-C: 0.613 vs. 0.620)" gives ours first)
    def in_baseline_bracket(n: NumberMention) -> bool:
        o = sent.rfind("(", 0, n.start)
        inside = sent[o:n.start]
        return o >= 0 and ")" not in inside and not _VS_AFTER.match(sent[n.end:]) \
            and _BRACKET_LABEL.match(inside) is not None and any(
            g.end <= o <= g.end + 12 for g in groups) and not _CUE_WORD.search(inside) and not _BRACKET_SETTING.search(inside)
    kept = [n for n in kept if not in_baseline_bracket(n)]
    # "outperforming a standalone YOLOv8 model, which scored an mAP@.5 of 0.91": the baseline's own score
    return [n for n in kept if not any(g.end <= n.start and _BASELINE_OWN.match(sent[g.end:n.start]) for g in groups)]


_COMMA_AND = re.compile(r",|\band\b")
_CLAUSE_BREAK = re.compile(r"\b(?:while|whereas|but)\b|;")
# "up to 56.7x speedup ... and a 4.14x throughput improvement": a number with its own article starts a
# phrase of its own, which does not share the list's qualifier
_OWN_ARTICLE = re.compile(r"\b(?:a|an|the)\s+$", re.I)


def _sentence_claims(text: str, s0: int, s1: int, index: int, entities: list[Entity], proposed: list[str],
                     field: str, fm: _FieldMentions, before: tuple[int, int] | None = None) -> list[Claim]:
    """The claims of one sentence ``text[s0:s1]``; ``before``: the span of the sentence before it."""
    raw = text[s0:s1]
    sent = delatex(raw)  # same length: offsets hold, "$\\textbf{10}\\times$" reads as "10 \\times"
    mentions = _entity_mentions(fm, s0, s1)
    # most sentences with a number have no result: judge the numbers before the costlier baseline reading
    kept = _results_only(_read_numbers(sent), sent, [(a, b) for a, b, _, _ in mentions], index)
    if not kept:
        return []
    prop_types = {e.canonical: e.type for e in entities if e.proposed}
    groups = find_baselines(sent)
    others = [(a, b) for a, b, t, e in mentions if e.type in ("method", "model") and not e.proposed
              and t not in proposed and e.canonical not in proposed]
    kept = _results(kept, sent, groups, others)
    if not kept:
        return []
    bl_spans = [(g.start, g.end) for g in groups]
    antecedent = _last_own_name(fm, before, proposed) if before else None
    # a proposed "dataset" named as the one achieving the number is the paper's system, not data it is measured on
    ds = [(a, b, t) for a, b, t, e in mentions if e.type == "dataset" and not (
        e.proposed and not _ON_BEFORE.search(sent[max(0, a - 40):a]) and _ACTS.match(sent[b:]))]
    ent_texts = [t for a, b, t, e in mentions if e.type in ("method", "model")]
    hw = list(dict.fromkeys(t for a, b, t, e in mentions if e.type == "hardware"))
    blocked = [(a, b) for a, b, t, e in mentions]
    for items in metric_lists(sent):  # "on MAP@100 and MAP@ALL metrics", unless one is a benchmark ("AIME24 & 25")
        if not any(x < b and a < y for a, b in items for x, y, _ in ds):
            blocked.extend(items)
    near = [benchmark_near(sent, n.start, n.end, kept[i - 1].end if i else 0,
                           kept[i + 1].start if i + 1 < len(kept) else len(sent), blocked)
            for i, n in enumerate(kept)]
    paired = pair_items([(n.start, n.end) for n in kept], ds, sent, near)
    respectively = _RESPECTIVELY.search(sent) is not None
    out: list[Claim] = []
    prev_q = prev_kind = prev_measure = None
    run_start = 0
    for i, n in enumerate(kept):
        if i and not _LIST_SEP.match(sent[kept[i - 1].end:n.start]):
            run_start = i
        prev_end = kept[i - 1].end if i else 0
        next_start = kept[i + 1].start if i + 1 < len(kept) else len(sent)
        j = i  # the run of numbers written as one list ("4.5x/2.7x higher throughput")
        while j + 1 < len(kept) and _LIST_SEP.match(sent[kept[j].end:kept[j + 1].start]):
            j += 1
        tail = (kept[j].end, kept[j + 1].start if j + 1 < len(kept) else len(sent))
        kind, measure = classify(n.unit, n.form, sent, n.start, n.end, prev_end, next_start, n.reduction_word,
                                 prev_kind, tail)
        if kind == "improvement" and _in_bracket_of_name(sent, n.start, mentions):
            kind = "score"  # "surpassing GTA-1-7B (50.1% with 1.56M samples)": that model's own result
        # "reduces performance by 1.17 BLEU and 2.21 chrF++": a list of scores shares its kind as one of a unit does
        prev_kind = kind if (i + 1 < len(kept) and (kept[i + 1].unit == n.unit or (
            n.measure_hint and kept[i + 1].measure_hint and n.form == kept[i + 1].form == "metric"))) else None
        between = sent[prev_end:n.start]
        in_list = i > 0 and len(between) <= 40 and _COMMA_AND.search(between) and not _CLAUSE_BREAK.search(between) \
            and not _OWN_ARTICLE.search(between)
        q = _qualifier(between[-40:], sent[n.end:next_start], n)
        if q is None and prev_q not in (None, "average") and in_list:
            q = prev_q  # "up to 3.88x on A, 2.43x on B": the list shares its qualifier
        prev_q = q
        measure = n.measure_hint or reported_measure(
            sent, n.start, n.end, kind, measure, prev_end=prev_end, next_start=next_start, tail=tail,
            list_measure=prev_measure if in_list and n.unit in (None, kept[i - 1].unit) else None)
        prev_measure = measure
        baseline = baselines_for(tail[0], tail[1], n.start, groups, sent)
        out.append(Claim(
            kind=kind, value=n.value, surface=_surface(raw, sent, n), sentence=raw, field=field,
            start=s0 + n.start, end=s0 + n.end, sentence_start=s0, sentence_end=s1,
            value_min=n.value_min, unit=n.unit, qualifier=q, measure=measure,
            subject=_subject(sent, n.start, mentions, bl_spans, proposed, prop_types, antecedent),
            baseline=_respective([trim_to_entity(x, ent_texts) for x in baseline], respectively, i - run_start,
                                 j - run_start + 1),
            datasets=paired[i], hardware=list(hw), source=f"rule:claims:{n.form}",
            confidence=0.9 if n.form == "unit" else 0.7))
    return out


def find_claims(text: str, sentences: list[tuple[int, int]], entities: list[Entity], proposed: list[str],
                field: str) -> list[Claim]:
    """Every result number of ``text`` as a ``Claim`` (offsets into ``text``).

    ``sentences`` are character spans of ``text``'s sentences, ``entities`` the
    paper's entities (mentions with field and offsets), ``proposed`` the
    canonical names of what the paper introduces, ``field`` "title" or "abstract".
    Pure and deterministic. Spans outside ``text`` are clipped to it.
    """
    if not isinstance(text, str):
        raise TypeError(f"find_claims() needs the field text as str, got {type(text).__name__}")
    fm = None  # the field's mentions, sorted when a sentence first needs them
    claims: list[Claim] = []
    own_names = list(proposed) + [e.name for e in entities if e.proposed]
    for index, (s0, s1) in enumerate(sentences):
        # a span the splitter got wrong (crossing the title/abstract seam) is clipped to the text, not fatal
        s0, s1 = max(0, s0), min(len(text), s1)
        if s1 <= s0:
            continue
        sent = text[s0:s1]
        if not _has_digit(sent) and not _has_number_word(sent.lower()):
            continue
        # "For instance, ..." continues the sentence before it: judge that one only when needed
        prev_bg = index > 0 and bool(_EXAMPLE.match(sent)) and is_background(
            text[sentences[index - 1][0]:sentences[index - 1][1]], index - 1, own_names)
        if is_background(sent, index, own_names, prev_bg):
            continue
        if fm is None:
            fm = _FieldMentions(entities, field)
        claims.extend(_sentence_claims(text, s0, s1, index, entities, proposed, field, fm,
                                       sentences[index - 1] if index else None))
    return claims
