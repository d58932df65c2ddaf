"""Entity extraction for one paper: run the pipeline, resolve candidates into entities, attach claims.

Public entry points (the CLI and the builder call these):

- ``extract(record) -> Extraction``: pure and deterministic;
- ``extract_many(records, batch_size=64) -> Iterator[Extraction]``: the same via ``nlp.pipe``;
- ``python -m extractors.extract FILE.jsonl [-o OUT]``: one ``Extraction.to_json()`` per line.

The text processed is ``title + "\\n\\n" + abstract`` in one Doc, with LaTeX formatting and accents read as
plain letters (``latex.plain``: "$\\textbf{I}$nter-token" reads "Inter-token"); every mention's and claim's
offsets are mapped back into the original title or abstract string.

>>> from extractors.records import PaperRecord
>>> ex = extract(PaperRecord("t:1", "FooNet: A Fast Model", "We propose FooNet (Fast Object Network). It beats GPT-4o on GSM8K."))
>>> [(e.name, e.canonical, e.type, e.proposed) for e in ex.entities]
[('FooNet', 'Fast Object Network', 'method', True), ('GPT-4o', 'GPT-4o', 'model', False), ('GSM8K', 'GSM8K', 'dataset', False)]
"""
from __future__ import annotations

import argparse
import contextlib
import json
import sys
from bisect import bisect_left
from dataclasses import dataclass, replace
from typing import Iterable, Iterator

from spacy.tokens import Doc

from extractors.components.candidates import set_title_end, view
from extractors.components.sentences import token_offsets

from extractors.latex import Plain, plain, untie
from extractors.model import Claim, Entity, Extraction
from extractors.pipeline import get_nlp
from extractors.records import PaperRecord
from extractors.resolve import SEP, entities_of, field_of
from extractors.urls import find_urls
from extractors.version import EXTRACTOR_NAME, EXTRACTOR_VERSION

try:  # the claims extractor (brief B) plugs in here when present
    from extractors.claims import find_claims as _find_claims
except ImportError:  # pragma: no cover - only while the claims package is absent
    _find_claims = None


def _sentence_spans(doc: Doc, title_len: int) -> dict[str, list[tuple[int, int]]]:
    """Character spans of the sentences of each field (a sentence never crosses the title/abstract seam)."""
    out: dict[str, list[tuple[int, int]]] = {"title": [], "abstract": []}
    v = view(doc)
    texts, idx, n = v.text, token_offsets(doc), len(doc)
    seam = bisect_left(idx, title_len)  # first abstract token: a sentence's title part is the tokens before it
    a = 0
    while a < n:
        b = v.sent_end_of[a]
        for fld, lo, hi in (("title", a, min(b, seam)), ("abstract", max(a, seam), b)):
            # the field's first and last non-space tokens of this sentence
            while lo < hi and texts[lo].isspace():
                lo += 1
            while hi > lo and texts[hi - 1].isspace():
                hi -= 1
            if lo >= hi:  # no token of this field in the sentence
                continue
            _, start = field_of(idx[lo], title_len)
            # map the last token's start, not its end: the title's end offset equals the seam
            _, last = field_of(idx[hi - 1], title_len)
            end = last + len(texts[hi - 1])
            if end > start:
                out[fld].append((start, end))
        a = b
    return out


def _claims(record: PaperRecord, doc: Doc, entities: list[Entity], title_len: int) -> list[Claim]:
    if _find_claims is None:
        return []
    spans = _sentence_spans(doc, title_len)
    proposed = [e.canonical for e in entities if e.proposed]
    out: list[Claim] = []
    for fld, text in (("title", record.title), ("abstract", record.abstract)):
        if text:
            out.extend(_find_claims(text, spans[fld], entities, proposed, fld))
    return out


def _text_of(record: PaperRecord) -> str:
    return (record.title or "") + SEP + (record.abstract or "")


@dataclass(frozen=True)
class _Reading:
    """A record as the pipeline reads it (its LaTeX markup read), and the way back to the record's offsets."""

    record: PaperRecord
    title: Plain | None = None
    abstract: Plain | None = None


def _reading(record: PaperRecord) -> _Reading:
    title, abstract = plain(record.title or ""), plain(record.abstract or "")
    if title is None and abstract is None:
        return _Reading(record)
    return _Reading(replace(record, title=title.text if title else record.title,
                            abstract=abstract.text if abstract else record.abstract), title, abstract)


def _build(source: PaperRecord, doc: Doc, reading: _Reading) -> Extraction:
    record = reading.record
    title_len = len(record.title or "")
    ents = entities_of(doc, title_len)
    if "~" in (record.title or "") or "~" in (record.abstract or ""):
        _quote_source(record, ents)
    claims = _claims(record, doc, ents, title_len)
    if record is not source:
        _map_back(source, reading, ents, claims)
    title_urls = find_urls(source.title or "")
    urls = title_urls + [u for u in find_urls(source.abstract or "") if u not in title_urls]
    return Extraction(paper_id=source.id, title=source.title, entities=ents, claims=claims, code_urls=urls,
                      extractor=EXTRACTOR_NAME, version=EXTRACTOR_VERSION)


def _map_back(source: PaperRecord, reading: _Reading, ents: list[Entity], claims: list[Claim]) -> None:
    """Offsets into the read text become offsets into the source; mentions and sentences quote the source
    ("$\\textbf{ICon}$" is mentioned as "ICon", "I}$nter-token $\\textbf{Con}$trast" as written)."""
    def field(name: str) -> tuple[Plain | None, str]:
        return (reading.title, source.title) if name == "title" else (reading.abstract, source.abstract)

    for e in ents:
        for m in e.mentions:
            p, text = field(m.field)
            if p is not None:
                m.start, m.end = p.span(m.start, m.end)
                m.text = text[m.start:m.end]
    for c in claims:
        p, text = field(c.field)
        if p is not None:
            c.start, c.end = p.span(c.start, c.end)
            c.sentence_start, c.sentence_end = p.span(c.sentence_start, c.sentence_end)
            c.sentence = text[c.sentence_start:c.sentence_end]


def _title_end(doc: Doc, title_len: int) -> int:
    """Index of the first token at or after character ``title_len`` (``len(doc)`` if none)."""
    return bisect_left(token_offsets(doc), title_len)


def _quote_source(record: PaperRecord, ents: list[Entity]) -> None:
    """Mentions quote the source ("Llama~3.1"), where the Doc read its LaTeX ties as spaces (``latex.untie``)."""
    for e in ents:
        for m in e.mentions:
            m.text = (record.title if m.field == "title" else record.abstract)[m.start:m.end]


def _make_doc(nlp, record: PaperRecord) -> Doc:
    text = untie(_text_of(record))
    doc = nlp.make_doc(text)
    doc.user_data["kg_text"] = text  # what doc.text would rebuild from the tokens (see sentences.doc_text)
    set_title_end(doc, _title_end(doc, len(record.title or "")))
    return doc


def extract(record: PaperRecord) -> Extraction:
    """Everything extracted from one paper (deterministic: same record, same output)."""
    if not isinstance(record, PaperRecord):
        raise TypeError(f"extract() needs a PaperRecord, got {type(record).__name__}")
    nlp = get_nlp()
    reading = _reading(record)
    doc = _make_doc(nlp, reading.record)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return _build(record, doc, reading)


# A process's spaCy vocabulary keeps every string its texts ever added: a build's worker grew from 140 MiB
# to 500 MiB over 40,000 abstracts. Once the vocabulary holds WARM_STRINGS strings (the pipeline's own
# ~21,000 and the common words of the first ~1,500 abstracts), each ZONE_RECORDS records run in a spaCy
# memory zone, which frees what they added when they are done. Not from the first text: zones over a cold
# vocabulary rebuilt the same common lexemes and tokenizer cache entries batch after batch (35% more CPU);
# warm, the CPU is the same and the output byte-identical (20,000 abstracts: 160,628 strings and +205 MiB
# without zones, 41,594 strings and +141 MiB with them).
WARM_STRINGS = 40_000
ZONE_RECORDS = 256


def extract_many(records: Iterable[PaperRecord], batch_size: int = 64) -> Iterator[Extraction]:
    """``extract`` over many records, streaming (uses ``nlp.pipe`` on pre-made Docs)."""
    nlp = get_nlp()
    pending: list[PaperRecord] = []

    def flush():
        zone = nlp.memory_zone() if len(nlp.vocab.strings) >= WARM_STRINGS else contextlib.nullcontext()
        with zone:  # (an Extraction holds no spaCy object: nothing of the zone outlives it)
            # each Doc is made right before the pipeline reads it and dropped once built: a list of the
            # batch's Docs kept all of them (and everything the components hang on them) alive
            readings = [_reading(r) for r in pending]
            docs = (_make_doc(nlp, reading.record) for reading in readings)
            for r, reading, doc in zip(pending, readings, nlp.pipe(docs, batch_size=batch_size)):
                yield _build(r, doc, reading)

    for r in records:
        pending.append(r)
        if len(pending) >= ZONE_RECORDS:
            yield from flush()
            pending = []
    if pending:
        yield from flush()


def _read_jsonl(path: str) -> Iterator[PaperRecord]:
    from extractors.records import paper_id
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as err:
                raise SystemExit(f"{path}:{n}: not JSON: {err}") from err
            if "title" not in obj:
                raise SystemExit(f"{path}:{n}: no 'title' key")
            yield PaperRecord(id=obj.get("id") or paper_id(obj["title"], obj.get("arxiv_id")), title=obj["title"],
                              abstract=obj.get("abstract") or "")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m extractors.extract",
                                 description="Extract entities and claims from a JSONL of {title, abstract} objects.")
    ap.add_argument("path", help="JSONL file, one {\"title\", \"abstract\"} object per line")
    ap.add_argument("-o", "--output", help="output JSONL (default: stdout)")
    a = ap.parse_args(argv)
    out = open(a.output, "w", encoding="utf-8") if a.output else sys.stdout
    try:
        for ex in extract_many(_read_jsonl(a.path)):
            out.write(json.dumps(ex.to_json(), ensure_ascii=False) + "\n")
    finally:
        if a.output:
            out.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
