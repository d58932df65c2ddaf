"""What components leave on a Doc: candidate entity spans and acronym pairs.

Every component appends ``Candidate`` objects to ``doc._.kg_candidates``; the
resolver (``extractors.resolve``) merges them into entities. Keeping candidates
as plain dataclasses (token offsets + a few fields) means components stay
independent and each can be unit-tested on its own output.

>>> Candidate(0, 2, "method", "rule:title_prefix", 0.9, proposed=True).length
2
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc


@dataclass
class Candidate:
    """A token span that may name an entity."""

    start: int  # token offsets in the Doc
    end: int
    type: str | None  # one of ENTITY_TYPES, or None when only a later signal can type it
    source: str  # "gazetteer:<file>", "rule:<name>"
    confidence: float
    proposed: bool = False
    canonical: str | None = None  # set by gazetteer (entry canonical) or acronym (long form)
    family: str | None = None
    name: str | None = None  # the name when the span alone does not spell it ("word-level" in "word- and ... mining")

    @property
    def length(self) -> int:
        return self.end - self.start


@dataclass
class AcronymPair:
    """A defined acronym: ``short`` and ``long`` are (start, end) token spans in the Doc."""

    short: tuple[int, int]
    long: tuple[int, int]
    short_text: str
    long_text: str


@dataclass
class TokView:
    """Plain-Python copies of the token attributes the rules read in their hot loops.

    Indexing a Doc creates a Token object each time; the rules touch every token many
    times, so they read these lists instead (built once per Doc by ``kg_sentences``).
    """

    text: list[str]
    lower: list[str]
    start: list[bool]  # sentence starts
    sent_start_of: list[int]  # first token of each token's sentence
    sent_end_of: list[int]  # one past the last token of each token's sentence


def build_view(texts: list[str], starts: list[bool]) -> TokView:
    n = len(texts)
    sso: list[int] = []
    seo: list[int] = []
    # one extend per sentence, not one step per token: token 0 opens the first sentence even when not flagged
    bounds = [0] + [i for i, f in enumerate(starts) if f and i] + [n]
    for a, b in zip(bounds, bounds[1:]):
        sso += [a] * (b - a)
        seo += [b] * (b - a)
    return TokView(texts, list(map(str.lower, texts)), starts, sso, seo)


def view(doc: Doc) -> TokView:
    """The Doc's TokView (built from the Doc if the sentence component has not stored one)."""
    v = doc.user_data.get("kg_view")
    if v is None or len(v.text) != len(doc):
        texts = [t.text for t in doc]
        starts = [bool(t.is_sent_start) for t in doc] if doc.has_annotation("SENT_START") else [i == 0 for i in range(len(doc))]
        v = doc.user_data["kg_view"] = build_view(texts, starts)
    return v


def ensure_extensions() -> None:
    """Register the Doc extensions once (idempotent)."""
    if not Doc.has_extension("kg_candidates"):
        Doc.set_extension("kg_candidates", default=None)
    if not Doc.has_extension("kg_acronyms"):
        Doc.set_extension("kg_acronyms", default=None)
    if not Doc.has_extension("kg_propose_windows"):
        # token ranges right after "we propose/introduce ..." or "called/termed ...": what starts there is new
        Doc.set_extension("kg_propose_windows", default=None)
    if not Doc.has_extension("kg_title_end"):
        # token index where the abstract starts (the title is tokens [0, kg_title_end))
        Doc.set_extension("kg_title_end", default=0)


# Where spaCy keeps a Doc extension's value: ``doc._.NAME`` reads and writes ``doc.user_data[_key(NAME)]``
# (spacy.tokens.underscore.Underscore._get_key, for attribute extensions of a whole Doc). The rules read these
# ~30 times per Doc; each ``doc._`` builds an Underscore object (about 4% of extraction CPU), so they go straight
# to user_data. ``doc._.NAME`` still reads and writes the same values.
def _key(name: str) -> tuple:
    return ("._.", name, None, None)


_CANDIDATES, _ACRONYMS, _WINDOWS, _TITLE_END = (_key(n) for n in (
    "kg_candidates", "kg_acronyms", "kg_propose_windows", "kg_title_end"))


def _list(doc: Doc, key: tuple) -> list:
    out = doc.user_data.get(key)
    if out is None:
        out = doc.user_data[key] = []
    return out


def candidates(doc: Doc) -> list[Candidate]:
    """The Doc's candidate list (``doc._.kg_candidates``), created empty on first use."""
    return _list(doc, _CANDIDATES)


def acronyms(doc: Doc) -> list[AcronymPair]:
    """The Doc's acronym pairs (``doc._.kg_acronyms``), created empty on first use."""
    return _list(doc, _ACRONYMS)


def found_candidates(doc: Doc) -> list[Candidate]:
    """``doc._.kg_candidates or []`` (nothing is stored on the Doc)."""
    return doc.user_data.get(_CANDIDATES) or []


def found_acronyms(doc: Doc) -> list[AcronymPair]:
    """``doc._.kg_acronyms or []`` (nothing is stored on the Doc)."""
    return doc.user_data.get(_ACRONYMS) or []


def title_end_of(doc: Doc) -> int:
    """``doc._.kg_title_end or 0``: the first abstract token.

    >>> from extractors.pipeline import get_nlp
    >>> doc = get_nlp().make_doc("A title and an abstract")
    >>> doc._.kg_title_end = 3
    >>> title_end_of(doc), title_end_of(get_nlp().make_doc("x"))
    (3, 0)
    """
    return doc.user_data.get(_TITLE_END) or 0


def set_title_end(doc: Doc, end: int) -> None:
    doc.user_data[_TITLE_END] = end


def propose_windows(doc: Doc) -> list[tuple[int, int]]:
    """``doc._.kg_propose_windows or []``."""
    return doc.user_data.get(_WINDOWS) or []


def set_propose_windows(doc: Doc, windows: list[tuple[int, int]]) -> None:
    doc.user_data[_WINDOWS] = windows


ensure_extensions()
