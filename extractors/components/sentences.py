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
from spacy.attrs import IDX, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from extractors.components.candidates import build_view, ensure_extensions, title_end_of, view

ensure_extensions()

ABBREVIATIONS = frozenset(
    "al fig figs eq eqs sec secs no nos vs approx cf resp ref refs tab e.g i.e etc viz dr mr ms prof inc ltd jr st".split()
)
ENDERS = frozenset({".", "!", "?"})
# last characters of the tokens after which a boundary is possible at all (the rest never end a sentence)
ENDER_CHARS = frozenset(".!?")
OPENERS = frozenset({'"', "'", "(", "[", "\u201c", "\u2018"})


def _can_open(text: str) -> bool:
    c = text[0]
    return c.isupper() or c.isdigit() or text in OPENERS


def sentence_starts(texts: list[str], title_end: int = 0, after: list[int] | None = None) -> list[bool]:
    """Sentence-start flags for a token text list (pure: the rules above, no spaCy objects).

    Only tokens after whitespace or after a token ending in . ! ? can start a sentence: ``after`` lists those
    positions when the caller knows them already (in order), else they are found here.

    >>> sentence_starts(["It", "is", "1.9x", ".", "Fig", ".", "2", "shows", "it", "."])
    [True, False, False, False, True, False, False, False, False, False]
    """
    n = len(texts)
    starts = [False] * n
    if n == 0:
        return starts
    starts[0] = True
    if after is None:
        after = [i for i, prev in enumerate(texts[:-1], 1) if prev[-1] in ENDER_CHARS or prev.isspace()]
    for i in after:
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


def token_offsets(doc: Doc) -> list[int]:
    """Each token's character offset (``Token.idx``) as a plain list, cached on the Doc.

    Reading offsets through ``doc[i].idx`` creates a Token per call; rules that map tokens to
    characters read this list instead.

    >>> from extractors.pipeline import get_nlp
    >>> token_offsets(get_nlp().make_doc("GPT-4o beats o3."))
    [0, 7, 13, 15]
    """
    v = doc.user_data.get("kg_idx")
    if v is None or len(v) != len(doc):
        v = _offsets_and_spaces(doc)[0]
    return v


def _offsets_and_spaces(doc: Doc) -> tuple[list[int], list[int]]:
    """Fill both caches of ``token_offsets`` and ``token_spaces`` from one ``to_array`` call (every Doc needs both)."""
    if len(doc):
        idx, ws = doc.to_array([IDX, SPACY]).T.tolist()
    else:
        idx, ws = [], []
    doc.user_data["kg_idx"], doc.user_data["kg_ws"] = idx, ws
    return idx, ws


def token_spaces(doc: Doc) -> list[int]:
    """Each token's trailing-whitespace flag (1 where ``Token.whitespace_`` is a space), cached on the Doc.

    >>> from extractors.pipeline import get_nlp
    >>> token_spaces(get_nlp().make_doc("Transformer-based models."))
    [0, 0, 1, 0, 0]
    """
    v = doc.user_data.get("kg_ws")
    if v is None or len(v) != len(doc):
        v = _offsets_and_spaces(doc)[1]
    return v


def doc_text(doc: Doc) -> str:
    """``doc.text``, cached on the Doc: spaCy rebuilds it from every token on each access.

    ``extract`` stores the string it tokenized; other Docs compute it once.
    """
    t = doc.user_data.get("kg_text")
    if t is None:
        t = doc.user_data["kg_text"] = doc.text
    return t


def span_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` from character offsets, without building a Span and its Tokens.

    >>> from extractors.pipeline import get_nlp
    >>> d = get_nlp().make_doc("We use Flash Attention (FA) here.")
    >>> span_text(d, 2, 4), span_text(d, 4, 7), span_text(d, 3, 3)
    ('Flash Attention', '(FA)', '')
    """
    if end <= start:
        return ""
    # fast path, asked dozens of times per Doc: the three cached lists straight from user_data when all are current
    ud = doc.user_data
    idx, text, v = ud.get("kg_idx"), ud.get("kg_text"), ud.get("kg_view")
    if idx is None or text is None or v is None or len(idx) != len(doc) or len(v.text) != len(idx):
        idx, text, v = token_offsets(doc), doc_text(doc), view(doc)
    return text[idx[start]:idx[end - 1] + len(v.text[end - 1])]


def token_texts(doc: Doc) -> list[str]:
    """``[t.text for t in doc]`` without creating a Token per token.

    Slices the stored text at the token offsets when ``extract`` stored it, else reads the string store.

    >>> from extractors.pipeline import get_nlp
    >>> token_texts(get_nlp().make_doc("Qwen3-8B runs  on H100."))
    ['Qwen3-8B', 'runs', ' ', 'on', 'H100', '.']
    """
    text = doc.user_data.get("kg_text")
    if text is None or not len(doc):
        strings = doc.vocab.strings
        return [strings[h] for h in doc.to_array(ORTH).tolist()] if len(doc) else []
    idx, spaces = token_offsets(doc), token_spaces(doc)
    # a token ends where the next begins, less its one trailing space
    ends = [b - s for b, s in zip(idx[1:], spaces)]
    ends.append(len(text) - spaces[-1])
    return [text[a:b] for a, b in zip(idx, ends)]


_SENT_START_VALUES = numpy.array([numpy.iinfo(numpy.uint64).max, 1], dtype=numpy.uint64)  # by flag: False, True


def set_sentence_starts(doc: Doc) -> Doc:
    """Write the flags into the Doc in one array operation (per-token assignment is slow)."""
    n = len(doc)
    if n == 0:
        return doc
    texts = token_texts(doc)
    # the rules' per-text features (names.token_features) are read here already: their flags give the tokens
    # a sentence can start after, in one numpy pass (names imports this module: imported when first needed)
    from extractors.components.names import B_ENDER, text_features
    feats, bits = text_features(texts)
    doc.user_data["kg_feats"], doc.user_data["kg_flags"] = feats, bits
    after = numpy.bitwise_and(bits[:-1], B_ENDER).nonzero()[0]
    flags = sentence_starts(texts, title_end_of(doc), (after + 1).tolist())
    doc.user_data["kg_view"] = build_view(texts, flags)
    # one fancy-index pick per token: 1 for a start, else -1 ("not a start"), stored wrapped in spaCy's uint64
    arr = _SENT_START_VALUES[numpy.fromiter(flags, dtype=numpy.intp, count=n)].reshape(n, 1)
    doc.from_array([SENT_START], arr)
    return doc


@Language.component("kg_sentences")
def kg_sentences(doc: Doc) -> Doc:
    """Pipeline component: rule-based sentence starts (fast, no model)."""
    return set_sentence_starts(doc)
