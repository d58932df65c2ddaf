"""Acronym definitions: "Long Form (LF)" and "LF (Long Form)", linked as one entity.

The long form is found with the Schwartz & Hearst (2003) rule: the shortest run
of preceding words in which the acronym's letters occur in order, the first one
starting a word. A coined name written before its spelled-out form, "FlatQuant
(Fast and Learnable Affine Transformation)", "VOGUE (Visual Uncertainty Guided
Exploration)", need not spell it in order (``spelled_out``). A name may also be spelled by the
capitals of a phrase in its sentence, with no brackets ("ARGENT, Adaptive hieRarchical imaGe-tExt
represeNTation", "Mixed-precision Auto-Regressive LINear kernels, called MARLIN":
``capital_spelled``), or by the first words of an appositive ("MAGE, a Multi-task Architecture for Gaze
Estimation": ``appositive_spelled``), or by the capitalised words right before it when a conversion lost the
brackets ("the Legal Passage Retrieval Dataset LePaRD": ``adjacent_spelled``). Pairs go to
``doc._.kg_acronyms``; the resolver merges both spellings (name = acronym,
canonical = long form).

>>> from extractors.pipeline import get_nlp
>>> doc = get_nlp()("Flash Linear Attention (FLA) shows that Mixture-of-Experts (MoE) scales.")
>>> [(p.short_text, p.long_text) for p in doc._.kg_acronyms]
[('FLA', 'Flash Linear Attention'), ('MoE', 'Mixture-of-Experts')]
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from extractors.components.candidates import AcronymPair, acronyms, title_end_of, view
from extractors.components.lexicon import is_short_form
from extractors.components.names import B_OPEN, B_SHORT, flagged
from extractors.components.sentences import doc_text, span_text, token_offsets
from extractors.gazetteer import load_gazetteer

NOT_ALNUM = re.compile(r"[^A-Za-z0-9]")
# a letter's power stands for the letter repeated: "Double Deficit LPM (D^2LPM)", "(A^2Bench)"
_LETTER_POWER = re.compile(r"([A-Za-z])\^([2-4])")


def spelled(short: str) -> str:
    """The letters a short form spells, its letter powers written out.

    >>> spelled("D^2LPM"), spelled("CA^2ST"), spelled("FLA")
    ('DDLPM', 'CAAST', 'FLA')
    """
    return _LETTER_POWER.sub(lambda m: m[1] * int(m[2]), short) if "^" in short else short
CLOSERS = frozenset({")", ";", ","})


def best_long_form(short: str, long: str) -> int | None:
    """Char offset in ``long`` where the long form of ``short`` starts (Schwartz & Hearst), or None.

    >>> text = "highly efficient Tiled Flash Linear Attention"
    >>> text[best_long_form("TFLA", text):]
    'Tiled Flash Linear Attention'
    """
    s = short[:-1] if len(short) > 2 and short.endswith("s") and short[-2].isupper() else short
    si, li = len(s) - 1, len(long) - 1
    while si >= 0:
        c = s[si].lower()
        # digits in acronyms ("UM4", "C2") are often not spelled out in the long form
        if not c.isalnum() or (c.isdigit() and c not in long[: li + 1]):
            si -= 1
            continue
        while li >= 0 and (long[li].lower() != c or (si == 0 and li > 0 and long[li - 1].isalnum())):
            li -= 1
        if li < 0:
            return None
        li -= 1
        si -= 1
    return long.rfind(" ", 0, li + 1) + 1


SMALL_WORDS = frozenset("of for and the to a an in on with via by from as at or".split())


def initials_long_form(short: str, words: list[str]) -> int | None:
    """Index into ``words`` where a long form starts whose word initials spell ``short``, or None.

    Words are split at hyphens ("Fine-Tuning" gives F, T); small words may be skipped.
    This beats Schwartz & Hearst when a letter repeats ("Set Supervised Fine-Tuning (SSFT)").

    >>> ws = "our proposed method , Set Supervised Fine-Tuning".split()
    >>> ws[initials_long_form("SSFT", ws):]
    ['Set', 'Supervised', 'Fine-Tuning']
    >>> ws = "the Abstraction and Reasoning Corpus".split()
    >>> ws[initials_long_form("ARC", ws):]
    ['Abstraction', 'and', 'Reasoning', 'Corpus']
    >>> ws = "Turn-aware Adaptive Uncertainty Rescaled Advantage".split()
    >>> ws[initials_long_form("TAURA", ws):]
    ['Turn-aware', 'Adaptive', 'Uncertainty', 'Rescaled', 'Advantage']
    """
    letters = [c.lower() for c in short.rstrip("s") if c.isalpha()] if short.endswith("s") and short[-2:-1].isupper() \
        else [c.lower() for c in short if c.isalpha()]
    if len(letters) < 2:
        return None
    li = len(letters) - 1
    for wi in range(len(words) - 1, -1, -1):
        parts = [p for p in words[wi].split("-") if p]
        if not parts or not parts[0][:1].isalnum():
            return None
        for pi in range(len(parts) - 1, -1, -1):
            part = parts[pi]
            # (a long form does not start with a small word: "Abstraction and Reasoning Corpus (ARC)")
            if li >= 0 and part[:1].lower() == letters[li] and not (
                    li == 0 and len(parts) == 1 and part.lower() in SMALL_WORDS):
                li -= 1
            elif part.lower() in SMALL_WORDS or (pi > 0 and li >= 0):
                continue  # "Turn-aware": a later part of a hyphenated word may be silent
            else:
                return None
        if li < 0:
            return wi
    return None


def spelled_out(name: str, words: list[str]) -> bool:
    """Whether ``words`` (a bracket's content) spell out the coined ``name`` written before it, loosely.

    Every word but the small ones is capitalised, there are at least two, the first starts with the name's
    first letter, and each one's initial is a letter of the name (a letter used once): names are often
    made of syllables of their long form, not its initials in order. A long form that spells only a
    hyphenated part of the name ("LCS-based (Longest Common Subsequence)") defines that part, not the name.

    >>> spelled_out("FlatQuant", "Fast and Learnable Affine Transformation".split())
    True
    >>> spelled_out("VOGUE", "Visual Uncertainty Guided Exploration".split())
    True
    >>> spelled_out("LCS-based", "Longest Common Subsequence".split()), spelled_out("GPT-4", ["OpenAI", "2023"])
    (False, False)
    """
    content = [w for w in words if w.lower() not in SMALL_WORDS]
    if len(content) < 2 or len(content) > 8 or not all(w[:1].isupper() for w in content):
        return False
    letters = [c.lower() for c in name if c.isalpha()]
    if not letters or content[0][0].lower() != letters[0]:
        return False
    left = list(letters)
    for w in content:
        if w[0].lower() not in left:
            return False
        left.remove(w[0].lower())
    parts = [p for p in name.split("-") if p]
    return len(parts) < 2 or not any(
        initials_long_form(p, words) is not None or best_long_form(p, " ".join(words)) is not None for p in parts)


def _wraps_word(doc: Doc, i: int, end: int) -> bool:
    """A LaTeX wrapper round a whole word ("\\textbf{SpatioTemporal"), not round its first letters
    ("\\textbf{S}elf-Aligning": the word goes on after the brace)."""
    t = doc[i].text
    return t[:1] == "\\" and t[-1:] == "{" and i + 1 < end and "}" not in doc[i + 1].text


def _word_window(doc: Doc, end: int, max_words: int, sent_start: int) -> int:
    """First token index of the ``max_words`` words (tokens that are not punctuation) before ``end``."""
    i, words = end, 0
    while i > sent_start and words < max_words:
        i -= 1
        if doc[i].is_punct and doc[i].text not in ("-", "/") or _wraps_word(doc, i, end):
            return i + 1  # a LaTeX wrapper opens the name: "\textbf{SpatioTemporal Adaptive Reward (STAR)"
        words += 1
    return i


def _long_span(doc: Doc, short: str, begin: int, end: int) -> tuple[int, int] | None:
    """Token span of the long form of ``short`` within tokens [begin, end), or None."""
    if end <= begin:
        return None
    texts = view(doc).text
    words = texts[begin:end]
    wi = initials_long_form(short, words)
    if wi is not None:
        return (begin + wi, end) if end - (begin + wi) >= 1 else None
    idx = token_offsets(doc)
    start_char = idx[begin]
    text = doc_text(doc)[start_char:idx[end - 1] + len(texts[end - 1])]
    off = best_long_form(short, text)
    if off is None:
        return None
    target = start_char + off
    for i in range(begin, end):
        if idx[i] >= target:
            lf = (i, end)
            n_words = end - i
            letters = len(NOT_ALNUM.sub("", short))
            if n_words > min(letters + 5, letters * 2) or n_words < 1:
                return None
            if n_words == 1 and texts[i].lower() == short.lower():
                return None
            return lf
    return None


def _enumerated_long_span(doc: Doc, short: str, end: int, sent_start: int) -> tuple[int, int] | None:
    """Token span of a long form that lists capitalised words with commas, ending at ``end``, or None: "Extract,
    Match, and Score (EMS)", "Mask, Inpaint and Denoise (MID)", "Findability, Accessibility, Interoperability,
    and Reusability (FAIR)" (punctuation ends the word window the other rules search).

    >>> from extractors.pipeline import get_nlp
    >>> d = get_nlp().make_doc("a pipeline called Extract, Match, and Score (EMS)")
    >>> d[slice(*_enumerated_long_span(d, "EMS", 9, 0))].text
    'Extract, Match, and Score'
    """
    texts = view(doc).text
    x = end
    while x > sent_start and end - x < 24:
        w = texts[x - 1]
        if not (w[:1].isupper() or w in (",", "&") or w.lower() in SMALL_WORDS):
            break
        x -= 1
    at = [i for i in range(x, end) if texts[i] not in (",", "&")]
    wi = initials_long_form(short, [texts[i] for i in at])
    if wi is None or not texts[at[wi]][:1].isupper() or "," not in texts[at[wi]:end]:
        return None
    return at[wi], end


NUMBERED = re.compile(r"-(\d+)$")


def _numbered_unspelled(short: str, long: str) -> bool:
    """A short form numbered after a hyphen ("MATH-500") whose long form neither has the number nor spells
    its letters word by word: a versioned name the words before it happen to contain, not its definition
    ("Generative Pre-trained Transformer 3 (GPT-3)" and "Big Five Inventory (BFI-44)" define theirs).

    >>> [_numbered_unspelled(s, lf) for s, lf in [("MATH-500", "mathematical reasoning"),
    ...                                          ("GPT-3", "Transformer 3"), ("BFI-44", "Big Five Inventory")]]
    [True, False, False]
    """
    m = NUMBERED.search(short)
    return bool(m) and m.group(1) not in long and initials_long_form(short, long.split()) != 0


def _inner_capital(word: str) -> bool:
    """A capital after the first letter of a word (or of a hyphenated word's part) that also has small
    letters: "hieRarchical", "LINear", "imaGe-tExt"; not "Multi-Agent".

    >>> [_inner_capital(w) for w in ("hieRarchical", "LINear", "imaGe-tExt", "Multi-Agent", "GPU", "GPUs")]
    [True, True, True, False, False, True]
    """
    return any(any(c.isupper() for c in part[1:]) and any(c.islower() for c in part) for part in word.split("-"))


def capital_spelled(doc: Doc, texts: list[str], start: int, end: int, name_at: int) -> tuple[int, int] | None:
    """The token span within [start, end) of a phrase whose capitals, in order, are the letters of the
    all-capital name at token ``name_at``, at least one of them inside a word (so that ordinary Title Case
    phrases are left to the bracketed definitions), or None. Parts of hyphenated words and small words
    may carry no capital; the phrase does not continue a capitalised word.

    >>> from extractors.pipeline import get_nlp
    >>> d = get_nlp().make_doc("Mixed-precision Auto-Regressive LINear kernels, called MARLIN")
    >>> t = [x.text for x in d]
    >>> t[slice(*capital_spelled(d, t, 0, len(t), len(t) - 1))]
    ['Mixed-precision', 'Auto-Regressive', 'LINear']
    """
    name = texts[name_at]
    for j in range(start, end):
        if j == name_at or texts[j][:1] != name[0]:
            continue
        if j > start and j - 1 != name_at and texts[j - 1][:1].isupper():
            continue  # the end of a longer name: "Expressive Music Variational AutoEncoder" is not VAE's
        caps, inner = "", False
        for k in range(j, min(end, j + 16)):
            w = texts[k]
            up = "".join(c for c in w if c.isupper())
            if k == name_at or not (up or w == "-" or texts[k - 1] == "-" or w.lower() in SMALL_WORDS):
                break
            caps += up
            inner = inner or _inner_capital(w)
            if not name.startswith(caps):
                break
            if caps == name:
                if inner and k > j:
                    return j, k + 1
                break
    return None


def _names_listed(texts: list[str], k: int, n: int) -> bool:
    """Whether the comma at ``k`` goes on with a list of names to the closing bracket: "baseline models (ST-GNN,
    GCN-LSTM, XGBoost)" names three systems and defines nothing ("(SFT, Ouyang et al.)" may define SFT)."""
    if texts[k] != ",":
        return False
    j = k
    while j < n and j - k <= 12 and texts[j] in (",", "and", "or"):
        j += 1
        if j < n and texts[j] in ("and", "or"):
            j += 1  # ", and XGBoost"
        if j >= n or not is_short_form(texts[j]) or not texts[j][:1].isupper():
            return False
        j += 1
    return j < n and texts[j] == ")"


def find_acronyms(doc: Doc) -> list[AcronymPair]:
    out: list[AcronymPair] = []
    n = len(doc)
    v = view(doc)
    for i in flagged(doc, B_OPEN):  # the "(" tokens
        if not 1 <= i < n - 2:
            continue
        sent_start = v.sent_start_of[i]
        # Long Form (LF)
        if is_short_form(v.text[i + 1]) and v.text[i + 2] in CLOSERS and not _names_listed(v.text, i + 2, n):
            short = v.text[i + 1]
            letters = len(NOT_ALNUM.sub("", spelled(short)))
            # "Implicit Neural Networks \textbf{(BandRC)}": the wrapper is no word of the long form
            end = i - 1 if v.text[i - 1][:1] == "\\" and v.text[i - 1][-1:] == "{" else i
            begin = _word_window(doc, end, min(letters + 5, letters * 2), sent_start)
            lf = _long_span(doc, spelled(short), begin, end) or _enumerated_long_span(doc, spelled(short), end,
                                                                                        sent_start)
            if lf and _numbered_unspelled(short, span_text(doc, lf[0], lf[1])):
                lf = None  # "mathematical reasoning (MATH-500, AIME24)": a named benchmark, not a definition
            if lf:
                out.append(AcronymPair((i + 1, i + 2), lf, short, span_text(doc, lf[0], lf[1])))
                continue
        # LF (Long Form)
        if is_short_form(v.text[i - 1]):
            j = i + 1
            while j < n and j - i <= 12 and v.text[j] not in (")", "(", ";", ".") and not v.start[j]:
                j += 1
            if j < n and v.text[j] == ")" and j - i >= 3:
                short = v.text[i - 1]
                lf = _long_span(doc, short, i + 1, j)
                if not lf and spelled_out(short, span_text(doc, i + 1, j).split()):
                    lf = (i + 1, j)
                if lf and lf[0] == i + 1:
                    out.append(AcronymPair((i - 1, i), lf, short, span_text(doc, lf[0], lf[1])))
    defined = {p.short_text for p in out}
    out.extend(title_spelled(doc, defined))
    out.extend(appositive_spelled(doc, defined))
    out.extend(adjacent_spelled(doc, defined))
    for i in flagged(doc, B_SHORT):  # an all-capital name is shaped like a short form
        text = v.text[i]
        if 3 <= len(text) <= 12 and text.isalpha() and text.isupper() and text not in defined:
            lf = capital_spelled(doc, v.text, v.sent_start_of[i], v.sent_end_of[i], i)
            if lf:
                defined.add(text)
                out.append(AcronymPair((i, i + 1), lf, text, span_text(doc, lf[0], lf[1])))
    return out


ARTICLES = frozenset({"a", "an", "the"})


def appositive_spelled(doc: Doc, defined: set[str]) -> list[AcronymPair]:
    """A short form followed by an appositive whose first words spell it, initial by initial: "MAGE, a
    Multi-task Architecture for Gaze Estimation with ...", "STAR, a Stage-attributed Triage and Repair
    framework" define the name as a bracket would (about one abstract in a thousand writes one so). The
    spelled run is the shortest that spells the whole name, of capitalised words and small words inside.

    >>> from extractors.pipeline import get_nlp
    >>> doc = get_nlp().make_doc("We present EMA, an Efficient Motion-Aware video MLLM.")
    >>> [(p.short_text, p.long_text) for p in appositive_spelled(doc, set())]
    [('EMA', 'Efficient Motion-Aware')]
    """
    v = view(doc)
    n = len(doc)
    out = []
    for i in flagged(doc, B_SHORT):  # the tokens shaped like a short form
        short = v.text[i]
        if i >= n - 3 or v.text[i + 1] != "," or short in defined or not short[:1].isupper():
            continue
        j = i + 2 + (v.lower[i + 2] in ARTICLES)
        if j >= n or v.text[j][:1].lower() != short[:1].lower() or not v.text[j][:1].isupper():
            continue
        for e in range(j + 1, min(n, j + 16) + 1):
            w = v.text[e - 1]
            if not (w[:1].isupper() or w == "-" or v.text[e - 2] == "-" or w.lower() in SMALL_WORDS):
                break  # the run of the name's words ends
            if w == "-" or w.lower() in SMALL_WORDS:
                continue
            if initials_long_form(short, span_text(doc, j, e).split()) == 0:
                defined.add(short)
                out.append(AcronymPair((i, i + 1), (j, e), short, span_text(doc, j, e)))
                break
    return out


def _name_run_start(v, i: int, sent_start: int) -> int:
    """Where the run of capitalised words (small words, hyphens inside) that ends before token ``i`` starts."""
    k = i
    while k > sent_start and k > i - 16:
        w = v.text[k - 1]
        if not (w[:1].isupper() or w == "-" or v.text[k - 2] == "-" or w.lower() in SMALL_WORDS):
            break
        k -= 1
    return k


def adjacent_spelled(doc: Doc, defined: set[str]) -> list[AcronymPair]:
    """A short form written right after the capitalised words it spells, initial by initial, with no bracket
    between: "We present the Legal Passage Retrieval Dataset LePaRD", "proposing Self-Improving Robust
    Preference Optimization SRPO, a ..." (brackets a conversion lost, about one abstract in two thousand).
    The spelled words are the whole run of capitalised words before the name, so that the end of a longer
    name is not taken for a long form; a run with "and" or "or" is a list ("SQL RAG and Graph RAG").

    >>> from extractors.pipeline import get_nlp
    >>> doc = get_nlp().make_doc("We present the Legal Passage Retrieval Dataset LePaRD. It holds cases.")
    >>> [(p.short_text, p.long_text) for p in adjacent_spelled(doc, set())]
    [('LePaRD', 'Legal Passage Retrieval Dataset')]
    """
    v = view(doc)
    out = []
    for i in flagged(doc, B_SHORT):  # the tokens shaped like a short form
        short = v.text[i]
        if i < 2 or not "A" <= short[:1] <= "Z" or short in defined or not short[-1:].isalnum():
            continue
        if i + 1 < len(doc) and v.text[i + 1] == "(":
            continue  # the bracket after it says what it is
        start = _name_run_start(v, i, v.sent_start_of[i])
        words = v.text[start:i]
        while words and words[0].lower() in SMALL_WORDS:
            words, start = words[1:], start + 1
        if len(words) < 2 or words[-1].lower() in SMALL_WORDS or any(w.lower() in ("and", "or") for w in words) \
                or any(w.isupper() for w in words):
            continue  # "a NL to Lean4 to NL' loop": names in a row, not a name's words
        capitals = "".join(c for c in short if c.isupper())  # "LePaRD": syllables of its words
        if initials_long_form(short, words) == 0 or len(capitals) >= 3 and initials_long_form(capitals, words) == 0:
            defined.add(short)
            out.append(AcronymPair((i, i + 1), (start, i), short, span_text(doc, start, i)))
    return out


def _capitals(words: list[str]) -> str:
    """The initials of the capitalised words and hyphen parts: "Fast Chain-of-Thought" -> "FCT"."""
    return "".join(p[0] for w in words for p in w.split("-") if p[:1].isupper() or p[:1].isdigit())


def title_spelled(doc: Doc, defined: set[str]) -> list[AcronymPair]:
    """A short form in the abstract whose capitals are exactly those of the title's name before its colon:
    "Fast Chain-of-Thought: A Glance of Future ..." and "we propose FastCoT" name one thing, as a bracket
    after the name would say. The short form is one no bracket defines and the gazetteer does not know.

    >>> from extractors.pipeline import get_nlp
    >>> from extractors.components.candidates import set_title_end
    >>> doc = get_nlp().make_doc("Deep Video Discovery: Agentic Search . We present DVD, an agent.")
    >>> set_title_end(doc, 5)
    >>> [(p.short_text, p.long_text) for p in title_spelled(doc, set())]
    [('DVD', 'Deep Video Discovery')]
    """
    v = view(doc)
    end = title_end_of(doc)
    colon = next((k for k in range(min(end, 9)) if v.text[k] in (":", "--", "\u2014", "\u2013")), None)
    if colon is None or colon < 2:
        return []
    long_text = span_text(doc, 0, colon)
    caps = _capitals(long_text.split())
    if len(caps) < 2:
        return []
    gazetteer = load_gazetteer()
    out = []
    for i in flagged(doc, B_SHORT):  # the tokens shaped like a short form
        short = v.text[i]
        if i < end or short in defined or short[0].upper() != long_text[0].upper():
            continue
        if "".join(c for c in short if c.isupper() or c.isdigit()) != caps.upper() or short in long_text:
            continue
        if NOT_ALNUM.sub("", short).lower() == NOT_ALNUM.sub("", long_text).lower():
            continue  # "Think-How-to-Think" is the title's name written with hyphens, not its short form
        if gazetteer.lookup(short) is not None or gazetteer.is_stopword(short):
            continue
        defined.add(short)
        out.append(AcronymPair((i, i + 1), (0, colon), short, long_text))
    return out


@Language.component("kg_acronyms")
def kg_acronyms(doc: Doc) -> Doc:
    """Pipeline component: acronym definitions into ``doc._.kg_acronyms``."""
    acronyms(doc).extend(find_acronyms(doc))
    return doc
