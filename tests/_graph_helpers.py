"""Extraction records built by hand from REAL abstracts, for the graph tests (brief C).

Offsets are never typed in: every mention and claim is located in the paper's real title/abstract,
and a helper fails loudly when the text is not there, so a fixture cannot drift from the corpus.
"""
from __future__ import annotations

import gzip
import json
import re
from functools import lru_cache
from pathlib import Path

from extractors.model import Claim, Entity, Extraction, Mention
from extractors.readers import read_corpus
from extractors.records import PaperRecord, paper_id

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "hf-daily-papers"
EXTERNAL = ROOT.parent / "shared" / "corpus" / "external-80k.jsonl.gz"

MULTIVERSE = "Multiverse: Your Language Models Secretly Decide How to Parallelize and Merge Generation"
DEEPPRUNE = "DeepPrune: Parallel Scaling without Inter-trace Redundancy"
HMAR = "HMAR: Efficient Hierarchical Masked Auto-Regressive Image Generation"
TFLA = "Tiled Flash Linear Attention: More Efficient Linear RNN and xLSTM Kernels"
ATTS_EXTERNAL = "Accelerated Test-Time Scaling with Model-Free Speculative Sampling"


@lru_cache(maxsize=1)
def sample_records() -> dict[str, PaperRecord]:
    return {r.title: r for r in read_corpus([SAMPLE]).records}


def sample(title: str) -> PaperRecord:
    return sample_records()[title]


@lru_cache(maxsize=4)
def external(title: str) -> PaperRecord:
    """A paper of the external corpus, as a record (read straight from the gzip, first match)."""
    with gzip.open(EXTERNAL, "rt", encoding="utf-8") as fh:
        for line in fh:
            if title in line:
                obj = json.loads(line)
                if obj["title"] == title:
                    return PaperRecord(id=paper_id(obj["title"]), title=obj["title"], abstract=obj["abstract"],
                                       sources=(f"external-80k.jsonl.gz:{title[:20]}",))
    raise LookupError(title)


def _text(record: PaperRecord, field: str) -> str:
    return record.title if field == "title" else record.abstract


def mentions_of(record: PaperRecord, *spellings: str) -> list[Mention]:
    """Every whole-word occurrence of each spelling in title and abstract."""
    out = []
    for field in ("title", "abstract"):
        for s in spellings:
            for m in re.finditer(r"(?<!\w)" + re.escape(s) + r"(?!\w)", _text(record, field)):
                out.append(Mention(field, m.start(), m.end(), m.group()))
    if not out:
        raise AssertionError(f"none of {spellings} in {record.title!r}")
    return out


def entity(record: PaperRecord, name: str, type_: str, canonical: str | None = None, *, also: tuple[str, ...] = (),
           family: str | None = None, proposed: bool = False, source: str = "test:hand") -> Entity:
    spellings = (name, *also)
    return Entity(name=name, canonical=canonical or name, type=type_, mentions=mentions_of(record, *spellings),
                  source=source, confidence=0.9, family=family,
                  aliases=sorted({*also, *([canonical] if canonical and canonical != name else [])} - {name}),
                  proposed=proposed)


def claim(record: PaperRecord, surface: str, kind: str, value: float, *, after: str = "", **kw) -> Claim:
    """The claim whose number is the first ``surface`` after the text ``after`` in the abstract."""
    text = record.abstract
    base = text.index(after) if after else 0
    start = text.index(surface, base)
    s0 = max(text.rfind(". ", 0, start) + 2, 0) if text.rfind(". ", 0, start) >= 0 else 0
    e = text.find(". ", start)
    s1 = e + 1 if e >= 0 else len(text)
    return Claim(kind=kind, value=value, surface=surface, sentence=text[s0:s1], field="abstract", start=start,
                 end=start + len(surface), sentence_start=s0, sentence_end=s1, source="test:hand", **kw)


def hmar_extraction() -> tuple[PaperRecord, Extraction]:
    """HMAR's abstract as the extraction guide annotates it (proposed method, baseline VAR, two speedups, memory)."""
    r = sample(HMAR)
    hmar = entity(r, "HMAR", "method", "Hierarchical Masked Auto-Regressive modeling",
                  also=("Hierarchical Masked Auto-Regressive modeling",), proposed=True, source="rule:acronym")
    var = entity(r, "VAR", "method", "Visual Auto-Regressive modeling", also=("Visual Auto-Regressive modeling",),
                 source="rule:acronym")
    imagenet = entity(r, "ImageNet 256x256", "dataset", family="ImageNet", source="gazetteer:datasets")
    task = entity(r, "image generation", "task", source="gazetteer:tasks")
    claims = [
        # deliberately out of order: the builder numbers claims by position
        claim(r, "3x", "reduction", 3.0, after="1.75x", unit="x", qualifier="over", measure="inference memory",
              subject="HMAR", baseline=["VAR"]),
        claim(r, "2.5x", "speedup", 2.5, unit="x", qualifier="over", measure="training time", subject="HMAR",
              baseline=["VAR"]),
        claim(r, "1.75x", "speedup", 1.75, unit="x", measure="inference time", subject="HMAR",
              baseline=["VAR", "state-of-the-art methods"]),
    ]
    return r, Extraction(paper_id=r.id, title=r.title, entities=[hmar, var, imagenet, task], claims=claims,
                         extractor="paper-kg-extractors", version="test")


def aime_extractions() -> list[tuple[PaperRecord, Extraction]]:
    """Three real papers writing AIME 2024 three ways ("AIME24", "AIME 2024", "AIME-2024"), canonicalised as the
    guide asks (canonical "AIME 2024", family "AIME"), each with one claim on it."""
    out = []
    mv = sample(MULTIVERSE)
    mv_aime = entity(mv, "AIME24", "dataset", "AIME 2024", family="AIME", source="gazetteer:datasets")
    mv_model = entity(mv, "Multiverse-32B", "model", family="Multiverse", proposed=True)
    out.append((mv, Extraction(mv.id, mv.title, [mv_aime, mv_model], [
        claim(mv, "54%", "score", 54.0, unit="%", measure="accuracy", subject="Multiverse-32B",
              datasets=["AIME24"])], version="test")))
    dp = sample(DEEPPRUNE)
    dp_aime = entity(dp, "AIME 2024", "dataset", family="AIME", source="gazetteer:datasets")
    dp_method = entity(dp, "DeepPrune", "method", proposed=True)
    out.append((dp, Extraction(dp.id, dp.title, [dp_aime, dp_method], [
        claim(dp, "80%", "reduction", 80.0, after="token reduction", unit="%", qualifier="over", measure="tokens",
              subject="DeepPrune", baseline=["conventional consensus sampling"], datasets=["AIME 2024"])],
        version="test")))
    ex = external(ATTS_EXTERNAL)
    ex_aime = entity(ex, "AIME-2024", "dataset", "AIME 2024", family="AIME", source="gazetteer:datasets")
    stand = entity(ex, "STAND", "method", "STochastic Adaptive N-gram Drafting",
                   also=("STochastic Adaptive N-gram Drafting",), proposed=True, source="rule:acronym")
    out.append((ex, Extraction(ex.id, ex.title, [ex_aime, stand], [
        claim(ex, "60-65%", "speedup", 65.0, value_min=60.0, unit="%", measure="inference latency",
              subject="STAND", baseline=["standard autoregressive decoding"],
              datasets=["AIME-2024", "GPQA-Diamond", "LiveCodeBench"])], version="test")))
    return out
