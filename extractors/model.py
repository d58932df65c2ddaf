"""Extraction records: what the extractors find in one paper.

Plain dataclasses with no RDF in them, so extraction can run in any process and
its results can be pickled back to the builder. ``Extraction.to_json()`` gives
the schema of ``extraction-guide.md`` (what ``kg extract`` writes and the
scorer reads).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

ENTITY_TYPES = ("method", "model", "dataset", "task", "hardware", "concept")
# the guide's list name for each entity type
LIST_OF_TYPE = {"method": "methods", "model": "models", "dataset": "datasets",
                "task": "tasks", "hardware": "hardware", "concept": "concepts"}
CLAIM_KINDS = ("speedup", "reduction", "improvement", "score", "scale", "overhead")


@dataclass
class Mention:
    """Where a name occurs: ``field`` is "title" or "abstract"; offsets index that string."""

    field: str
    start: int
    end: int
    text: str


@dataclass
class Entity:
    """One distinct thing a paper names (all its mentions merged)."""

    name: str  # surface form: the shortest full mention (the acronym when one is defined)
    canonical: str  # the form every spelling merges to (long form of a defined acronym, standard spelling)
    type: str  # one of ENTITY_TYPES
    mentions: list[Mention] = field(default_factory=list)
    source: str = ""  # the rule or gazetteer that found it, e.g. "gazetteer:datasets", "rule:acronym"
    confidence: float = 1.0
    family: str | None = None  # canonical name of the family for a version/size variant ("AIME" for "AIME 2024")
    aliases: list[str] = field(default_factory=list)  # every other spelling seen (long form, acronym, variants)
    proposed: bool = False  # the paper introduces it

    def to_json(self) -> dict:
        first = self.mentions[0] if self.mentions else None
        return {
            "name": self.name,
            "canonical": self.canonical,
            "type": self.type,
            "family": self.family,
            "aliases": self.aliases,
            "source": self.source,
            "confidence": round(self.confidence, 3),
            "field": first.field if first else None,
            "start": first.start if first else None,
            "end": first.end if first else None,
            "mentions": [asdict(m) for m in self.mentions],
        }


@dataclass
class Claim:
    """One quantitative result: one number is one claim."""

    kind: str  # one of CLAIM_KINDS
    value: float
    surface: str  # the number as written ("2.5x", "33%-53%", "tens of millions")
    sentence: str  # the sentence, verbatim
    field: str  # "title" or "abstract"
    start: int  # offsets of the number in that field
    end: int
    sentence_start: int  # offsets of the sentence in that field
    sentence_end: int
    value_min: float | None = None
    unit: str | None = None  # "x", "%", "pp", or the metric word; None when the text gives none
    qualifier: str | None = None  # "up to", "over", "about", "average"
    measure: str | None = None  # "inference latency", "throughput", "memory", "accuracy" ...
    subject: str | None = None  # canonical name of the method/model achieving it
    baseline: list[str] = field(default_factory=list)  # as written
    datasets: list[str] = field(default_factory=list)  # as written, entities of this paper
    hardware: list[str] = field(default_factory=list)
    source: str = ""  # the rule that found it
    confidence: float = 1.0

    def to_json(self) -> dict:
        d = asdict(self)
        d["text"] = d.pop("sentence")  # the guide calls the sentence "text"
        return d


@dataclass
class Extraction:
    """Everything extracted from one paper, with the extractor's name and version for provenance."""

    paper_id: str
    title: str
    entities: list[Entity] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    code_urls: list[str] = field(default_factory=list)
    extractor: str = "paper-kg-extractors"
    version: str = "0"

    @property
    def proposes(self) -> list[Entity]:
        return [e for e in self.entities if e.proposed]

    def of_type(self, type_: str) -> list[Entity]:
        return [e for e in self.entities if e.type == type_]

    def to_json(self) -> dict:
        """The guide's schema plus extra keys (``id``, ``extractor``, ``version``)."""
        out: dict = {"id": self.paper_id, "title": self.title,
                     "proposes": [{"name": e.name, "canonical": e.canonical} for e in self.proposes]}
        for t in ENTITY_TYPES:
            out[LIST_OF_TYPE[t]] = [e.to_json() for e in self.of_type(t)]
        out["code_urls"] = list(self.code_urls)
        out["claims"] = [c.to_json() for c in self.claims]
        out["extractor"] = self.extractor
        out["version"] = self.version
        return out
