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


def candidates(doc: Doc) -> list[Candidate]:
    if doc._.kg_candidates is None:
        doc._.kg_candidates = []
    return doc._.kg_candidates


def acronyms(doc: Doc) -> list[AcronymPair]:
    if doc._.kg_acronyms is None:
        doc._.kg_acronyms = []
    return doc._.kg_acronyms


ensure_extensions()
