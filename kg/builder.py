"""From one paper's record and extraction to RDF quads: pure functions, no store.

``paper_quads(record, extraction, built_at)`` is the one entry point the build calls per paper. It
returns the paper's metadata in ``graph/paper/<id>`` and, when an extraction is given, everything
extracted from it in ``graph/extracted/<id>`` (entity types and family links as this paper sees them,
paper->entity relations, mentions, n-ary claims, provenance). Entity *labels* are not written here:
a node's single skos:prefLabel depends on every paper that names it, so ``kg.resolve`` computes the
``graph/entities`` graph from all papers after loading (per paper we only record the candidates,
``pkg:canonicalName`` and ``pkg:spelling``).

Output is deterministic: same input, same quads in the same order.

>>> from extractors.records import PaperRecord
>>> rec = PaperRecord(id="arxiv:2503.14376", title="Tiled Flash Linear Attention", abstract="We ...")
>>> qs = paper_quads(rec, None, "2025-01-01T00:00:00Z")
>>> len(qs), str(qs[3])
(6, '<https://w3id.org/paper-kg/id/paper/arxiv:2503.14376> <http://purl.org/dc/terms/title> "Tiled Flash Linear Attention" <https://w3id.org/paper-kg/graph/paper/arxiv:2503.14376>')
"""
from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache
from datetime import datetime, timezone
from decimal import Decimal
from urllib.parse import quote

from pyoxigraph import Literal, NamedNode, Quad

from extractors.model import CLAIM_KINDS, ENTITY_TYPES, Claim, Entity, Extraction, Mention
from extractors.records import PaperRecord
from kg.namespaces import (CLAIM_KIND, DCTERMS, ENTITY_CLASS, PAPER_RELATION, PKG, PROV, RDF, RDFS, SCHEMA,
                           XSD, activity_iri, agent_iri, claim_iri, entity_iri, extracted_graph, mention_iri,
                           paper_graph, paper_iri, slug)

A = NamedNode(RDF + "type")
_XSD_INTEGER = NamedNode(XSD + "integer")
_XSD_DECIMAL = NamedNode(XSD + "decimal")
_XSD_DATE = NamedNode(XSD + "date")
_XSD_DATETIME = NamedNode(XSD + "dateTime")
_FIELD_RANK = {"title": 0, "abstract": 1}


@lru_cache(maxsize=None)  # a few dozen terms, built ~150 times per paper
def P(local: str) -> NamedNode:
    """A term of the project's vocabulary: ``P("claimKind")`` is ``pkg:claimKind``."""
    return NamedNode(PKG + local)


# Minting a node from a name (NFKC, two regexes, percent-encoding) was the build's hottest code outside
# extraction: the same few thousand names recur across papers, so both are cached (pure functions).
slug = lru_cache(maxsize=1 << 17)(slug)
entity_iri = lru_cache(maxsize=1 << 17)(entity_iri)


class BuildError(ValueError):
    """Input the builder cannot turn into a valid graph (says which paper and what is wrong)."""


# ---------------------------------------------------------------- literals

def text(value: str) -> Literal:
    return Literal(value)


def integer(value: int) -> Literal:
    return Literal(str(int(value)), datatype=_XSD_INTEGER)


@lru_cache(maxsize=1 << 12)  # confidences and values repeat; a Literal is immutable
def decimal(value: float) -> Literal:
    """An xsd:decimal in the lexical form the store keeps (oxigraph normalises "3.0" to "3"), so the
    quads built here equal the quads read back; the shortest decimal that round-trips the float.

    >>> decimal(2.5).value, decimal(8192.0).value, decimal(1e-05).value, decimal(3).value, decimal(-0.0).value
    ('2.5', '8192', '0.00001', '3', '0')
    """
    v = float(value)
    if v != v or v in (float("inf"), float("-inf")):
        raise BuildError(f"not a finite number: {value!r}")
    s = format(Decimal(repr(v)), "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    if s in ("-0", ""):
        s = "0"
    return Literal(s, datatype=_XSD_DECIMAL)


def build_time(now: datetime | None = None) -> str:
    """The xsd:dateTime recorded as a fresh build's time: ``SOURCE_DATE_EPOCH`` when set (reproducible
    builds), else the current UTC time to the second.

    >>> os.environ["SOURCE_DATE_EPOCH"] = "0"; build_time()
    '1970-01-01T00:00:00Z'
    >>> del os.environ["SOURCE_DATE_EPOCH"]
    """
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        try:
            now = datetime.fromtimestamp(int(epoch), tz=timezone.utc)
        except ValueError as exc:
            raise BuildError(f"SOURCE_DATE_EPOCH must be an integer number of seconds, got {epoch!r}") from exc
    now = now or datetime.now(timezone.utc)
    return now.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


_DATETIME_RE = re.compile(r"^-?\d{4,}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?$")
_DATE_RE = re.compile(r"^\d{4}-\d\d-\d\d$")


def web_iri(url: str) -> NamedNode | None:
    """A code URL as an IRI (characters IRIs forbid are percent-encoded); None when it cannot be one.

    >>> web_iri("https://github.com/locuslab/scaling_laws_data_filtering").value
    'https://github.com/locuslab/scaling_laws_data_filtering'
    >>> web_iri("www.github.com/x/y").value
    'https://www.github.com/x/y'
    """
    u = url.strip()
    if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", u):
        u = "https://" + u
    u = quote(u, safe=":/?#[]@!$&'()*+,;=%-._~")
    try:
        return NamedNode(u)
    except ValueError:
        return None


# ---------------------------------------------------------------- metadata

def metadata_quads(record: PaperRecord) -> list[Quad]:
    """The paper's bibliographic facts, in ``graph/paper/<id>``."""
    if not record.id:
        raise BuildError("paper record without id")
    if not (record.title or "").strip():
        raise BuildError(f"paper {record.id}: empty title")
    p, g = paper_iri(record.id), paper_graph(record.id)
    out = [Quad(p, A, P("Paper"), g),
           Quad(p, A, NamedNode(SCHEMA + "ScholarlyArticle"), g),
           Quad(p, NamedNode(DCTERMS + "identifier"), text(record.id), g),
           Quad(p, NamedNode(DCTERMS + "title"), text(record.title), g),
           Quad(p, NamedNode(DCTERMS + "abstract"), text(record.abstract or ""), g)]
    if record.date:
        if not _DATE_RE.match(record.date):
            raise BuildError(f"paper {record.id}: date {record.date!r} is not yyyy-mm-dd")
        out.append(Quad(p, NamedNode(DCTERMS + "date"), Literal(record.date, datatype=_XSD_DATE), g))
    if record.arxiv_id:
        out.append(Quad(p, P("arxivId"), text(record.arxiv_id), g))
    count = record.author_count if record.author_count is not None else (len(record.authors) or None)
    if count is not None:
        out.append(Quad(p, P("authorCount"), integer(count), g))
    for name in sorted(set(record.authors)):
        out.append(Quad(p, NamedNode(SCHEMA + "author"), text(name), g))
    if record.organisation:
        out.append(Quad(p, P("organisation"), text(record.organisation), g))
    if record.upvotes is not None:
        out.append(Quad(p, P("upvotes"), integer(record.upvotes), g))
    for src in sorted(set(record.sources)):
        out.append(Quad(p, P("sourceFile"), text(src), g))
    out.append(Quad(p, P("contentHash"), text(record.content_hash()), g))
    return out


# ---------------------------------------------------------------- extraction

def _entity_lookup(extraction: Extraction) -> dict[str, str]:
    """slug of every spelling of the paper's entities -> canonical name, so a claim's subject, baseline,
    dataset or hardware written as "TFLA" reaches the node of "Tiled Flash Linear Attention".

    Canonical names win over other spellings; among equals the first entity in the extraction wins.
    """
    lookup: dict[str, str] = {}
    for e in extraction.entities:
        lookup.setdefault(slug(e.canonical), e.canonical)
    for e in extraction.entities:
        for s in [e.name, *e.aliases, *(m.text for m in e.mentions)]:
            if s:
                lookup.setdefault(slug(s), e.canonical)
    return lookup


def resolve_label(label: str, lookup: dict[str, str]) -> NamedNode | None:
    """The entity node a claim's label refers to among the paper's entities, or None."""
    canonical = lookup.get(slug(label)) if label and label.strip() else None
    return entity_iri(canonical) if canonical else None


def _check_entity(paper_id: str, e: Entity) -> None:
    if e.type not in ENTITY_TYPES:
        raise BuildError(f"paper {paper_id}: entity {e.canonical!r} has unknown type {e.type!r} "
                         f"(expected one of {', '.join(ENTITY_TYPES)})")
    if not (e.canonical or "").strip():
        raise BuildError(f"paper {paper_id}: entity {e.name!r} has an empty canonical name")


def entity_quads(paper_id: str, extraction: Extraction, activity: NamedNode) -> list[Quad]:
    """Entity types, family links, label candidates, paper->entity relations and mentions."""
    p, g = paper_iri(paper_id), extracted_graph(paper_id)
    out: list[Quad] = []
    relations: set[tuple[str, str]] = set()
    for e in extraction.entities:
        _check_entity(paper_id, e)
        node = entity_iri(e.canonical)
        cls = ENTITY_CLASS[e.type]
        out.append(Quad(node, A, NamedNode(cls), g))
        out.append(Quad(node, P("canonicalName"), text(e.canonical), g))
        for s in sorted({e.name, *e.aliases, *(m.text for m in e.mentions)} - {e.canonical, ""}):
            out.append(Quad(node, P("spelling"), text(s), g))
        if e.family and slug(e.family) != slug(e.canonical):
            fam = entity_iri(e.family)
            # the family is a node of its own, of the member's type, so a query for it reaches the member
            out += [Quad(node, NamedNode("http://www.w3.org/2004/02/skos/core#broader"), fam, g),
                    Quad(fam, A, NamedNode(cls), g),
                    Quad(fam, P("canonicalName"), text(e.family), g)]
        relations.add((PKG + "mentions", node.value))
        if e.proposed:
            relations.add((PKG + "proposes", node.value))
        # "uses" contradicts "proposes" for methods and models; a proposed benchmark is still evaluated on
        if not (e.proposed and e.type in ("method", "model")):
            relations.add((PAPER_RELATION[e.type], node.value))
    for pred, node in sorted(relations):
        out.append(Quad(p, NamedNode(pred), NamedNode(node), g))

    # pkg:foundBy and pkg:confidence belong to the entity as this paper's extraction found it, not to each
    # mention: stated once on the node in this paper's graph, unless two of the paper's entities with
    # different values share the node (same slug), when each of their mentions says its own
    found: dict[str, set[tuple[str, float]]] = {}
    for e in extraction.entities:
        found.setdefault(entity_iri(e.canonical).value, set()).add((e.source or "", round(e.confidence, 3)))
    for node, values in sorted(found.items()):
        if len(values) == 1:
            [(source, conf)] = values
            out.append(Quad(NamedNode(node), P("confidence"), decimal(conf), g))
            if source:
                out.append(Quad(NamedNode(node), P("foundBy"), text(source), g))

    mentions = sorted(((m, e) for e in extraction.entities for m in e.mentions),
                      key=lambda me: (_FIELD_RANK.get(me[0].field, 9), me[0].field, me[0].start, me[0].end,
                                      me[1].canonical, me[1].type))
    seen: set[tuple] = set()
    n = 0
    for m, e in mentions:
        key = (m.field, m.start, m.end, slug(e.canonical))
        if key in seen:  # same span typed twice (method and model): one mention of one node
            continue
        seen.add(key)
        if m.start < 0 or m.end < m.start:
            raise BuildError(f"paper {paper_id}: mention {m.text!r} has bad offsets {m.start}..{m.end}")
        n += 1
        mi, node = mention_iri(paper_id, n), entity_iri(e.canonical)
        # no rdf:type (pkg:entity's domain says it is a pkg:Mention) and no prov:wasGeneratedBy (the one
        # activity of the paper's extracted graph generated everything in it): ~12 quads fewer per paper
        out += [Quad(mi, P("paper"), p, g),
                Quad(mi, P("entity"), node, g),
                Quad(mi, P("surfaceForm"), text(m.text), g),
                Quad(mi, P("field"), text(m.field), g),
                Quad(mi, P("start"), integer(m.start), g),
                Quad(mi, P("end"), integer(m.end), g)]
        if len(found[node.value]) > 1:
            out.append(Quad(mi, P("confidence"), decimal(round(e.confidence, 3)), g))
            if e.source:
                out.append(Quad(mi, P("foundBy"), text(e.source), g))
    return out


def _labelled_links(c: NamedNode, labels: Iterable[str], link: str, label_prop: str,
                    lookup: dict[str, str], g: NamedNode) -> tuple[list[Quad], list[NamedNode]]:
    out, nodes = [], []
    for label in dict.fromkeys(x for x in labels if x and x.strip()):  # keep order, drop repeats
        out.append(Quad(c, P(label_prop), text(label), g))
        node = resolve_label(label, lookup)
        if node is not None:
            out.append(Quad(c, P(link), node, g))
            nodes.append(node)
    return out, nodes


def claim_quads(paper_id: str, extraction: Extraction, activity: NamedNode) -> list[Quad]:
    """One n-ary pkg:Claim node per claim, numbered in order of position; plus pkg:comparesAgainst
    for every baseline that resolves to an entity of the paper."""
    p, g = paper_iri(paper_id), extracted_graph(paper_id)
    lookup = _entity_lookup(extraction)
    claims = sorted(extraction.claims, key=lambda c: (_FIELD_RANK.get(c.field, 9), c.field, c.start, c.end,
                                                     c.kind, c.value))
    out: list[Quad] = []
    against: set[str] = set()
    for n, cl in enumerate(claims, start=1):
        _check_claim(paper_id, cl)
        c = claim_iri(paper_id, n)
        out += [Quad(c, A, P("Claim"), g),
                Quad(c, P("claimKind"), NamedNode(CLAIM_KIND[cl.kind]), g),
                Quad(c, P("value"), decimal(cl.value), g),
                Quad(c, P("surfaceText"), text(cl.surface), g),
                Quad(c, P("paper"), p, g),
                Quad(c, P("sentence"), text(cl.sentence), g),
                Quad(c, P("field"), text(cl.field), g),
                Quad(c, P("start"), integer(cl.start), g),
                Quad(c, P("end"), integer(cl.end), g),
                Quad(c, P("sentenceStart"), integer(cl.sentence_start), g),
                Quad(c, P("sentenceEnd"), integer(cl.sentence_end), g),
                Quad(c, P("confidence"), decimal(round(cl.confidence, 3)), g),
                Quad(c, NamedNode(PROV + "wasGeneratedBy"), activity, g)]
        if cl.value_min is not None:
            out.append(Quad(c, P("valueMin"), decimal(cl.value_min), g))
        for prop, val in (("unit", cl.unit), ("qualifier", cl.qualifier), ("measure", cl.measure),
                          ("foundBy", cl.source)):
            if val:
                out.append(Quad(c, P(prop), text(val), g))
        q, _ = _labelled_links(c, [cl.subject] if cl.subject else [], "subject", "subjectLabel", lookup, g)
        out += q
        q, nodes = _labelled_links(c, cl.baseline, "baseline", "baselineLabel", lookup, g)
        out += q
        against.update(n.value for n in nodes)
        q, _ = _labelled_links(c, cl.datasets, "onDataset", "datasetLabel", lookup, g)
        out += q
        q, _ = _labelled_links(c, cl.hardware, "onHardware", "hardwareLabel", lookup, g)
        out += q
    out += [Quad(p, P("comparesAgainst"), NamedNode(n), g) for n in sorted(against)]
    return out


def _check_claim(paper_id: str, c: Claim) -> None:
    where = f"paper {paper_id}: claim {c.surface!r}"
    if c.kind not in CLAIM_KINDS:
        raise BuildError(f"{where} has unknown kind {c.kind!r} (expected one of {', '.join(CLAIM_KINDS)})")
    if c.start < 0 or c.end < c.start or c.sentence_start < 0 or c.sentence_end < c.sentence_start:
        raise BuildError(f"{where} has bad offsets")
    if not c.sentence:
        raise BuildError(f"{where} has no sentence")


def provenance_quads(paper_id: str, extraction: Extraction, built_at: str) -> list[Quad]:
    """The prov:Activity that produced the paper's extracted graph, its software agent and time."""
    if not _DATETIME_RE.match(built_at):
        raise BuildError(f"built_at {built_at!r} is not an xsd:dateTime such as 2025-01-01T00:00:00Z")
    g, act = extracted_graph(paper_id), activity_iri(paper_id)
    agent = agent_iri(extraction.extractor, extraction.version)
    return [Quad(act, A, NamedNode(PROV + "Activity"), g),
            Quad(act, NamedNode(PROV + "used"), paper_iri(paper_id), g),
            Quad(act, NamedNode(PROV + "wasAssociatedWith"), agent, g),
            Quad(act, NamedNode(PROV + "endedAtTime"), Literal(built_at, datatype=_XSD_DATETIME), g),
            Quad(agent, A, NamedNode(PROV + "SoftwareAgent"), g),
            Quad(agent, NamedNode(RDFS + "label"), text(extraction.extractor), g),
            Quad(agent, P("version"), text(extraction.version), g)]


def extraction_quads(record: PaperRecord, extraction: Extraction, built_at: str) -> list[Quad]:
    """Everything extracted from one paper, in ``graph/extracted/<id>``."""
    if extraction.paper_id != record.id:
        raise BuildError(f"extraction of {extraction.paper_id!r} given with record {record.id!r}")
    p, g = paper_iri(record.id), extracted_graph(record.id)
    act = activity_iri(record.id)
    out = provenance_quads(record.id, extraction, built_at)
    out += entity_quads(record.id, extraction, act)
    out += claim_quads(record.id, extraction, act)
    repos = {web_iri(u) for u in extraction.code_urls}
    out += [Quad(p, NamedNode(SCHEMA + "codeRepository"), r, g) for r in sorted(repos - {None}, key=str)]
    return out


def paper_quads(record: PaperRecord, extraction: Extraction | None, built_at: str, *,
                strict: bool = False) -> list[Quad]:
    """All quads of one paper: metadata, plus the extracted graph when ``extraction`` is given.

    ``built_at`` (xsd:dateTime, e.g. from ``build_time()``) becomes the extraction activity's
    prov:endedAtTime; it is unused when there is no extraction. A claim, mention or entity the graph
    cannot hold (unknown kind or type, offsets outside the text) raises ``BuildError`` when ``strict``;
    otherwise it is left out with a ``BuildWarning`` naming the paper, so one extractor slip does not
    stop a corpus build. A bad record (no title) or ``built_at`` always raises.
    """
    out = metadata_quads(record)
    if extraction is not None:
        if not strict:
            extraction = usable(record, extraction)
        out += extraction_quads(record, extraction, built_at)
    return _dedupe(out)


class BuildWarning(UserWarning):
    """Part of an extraction left out of the graph (see ``usable``)."""


def _field_text(record: PaperRecord, field: str) -> str | None:
    return {"title": record.title, "abstract": record.abstract}.get(field)


def claim_problem(record: PaperRecord, c: Claim) -> str | None:
    """Why the claim cannot go into the graph, or None."""
    text = _field_text(record, c.field)
    if text is None:
        return f"field {c.field!r} is neither title nor abstract"
    if c.kind not in CLAIM_KINDS:
        return f"unknown kind {c.kind!r}"
    if not (0 <= c.start <= c.end <= len(text) and 0 <= c.sentence_start <= c.sentence_end <= len(text)):
        return (f"offsets {c.start}..{c.end} (sentence {c.sentence_start}..{c.sentence_end}) outside the "
                f"{c.field} ({len(text)} characters)")
    if not c.sentence:
        return "no sentence"
    try:
        decimal(c.value)
        if c.value_min is not None:
            decimal(c.value_min)
    except BuildError as exc:
        return str(exc)
    return None


def mention_problem(record: PaperRecord, m: Mention) -> str | None:
    text = _field_text(record, m.field)
    if text is None:
        return f"field {m.field!r} is neither title nor abstract"
    if not 0 <= m.start <= m.end <= len(text):
        return f"offsets {m.start}..{m.end} outside the {m.field} ({len(text)} characters)"
    return None


def usable(record: PaperRecord, extraction: Extraction) -> Extraction:
    """The extraction without the claims, mentions and entities the graph cannot hold, each reported as a
    ``BuildWarning``."""
    import warnings

    def drop(what: str, why: str) -> None:
        warnings.warn(BuildWarning(f"paper {record.id}: {what} left out of the graph: {why}"), stacklevel=3)

    entities = []
    for e in extraction.entities:
        if e.type not in ENTITY_TYPES or not (e.canonical or "").strip():
            drop(f"entity {e.name!r}", f"type {e.type!r}, canonical {e.canonical!r}")
            continue
        kept = []
        for m in e.mentions:
            why = mention_problem(record, m)
            if why:
                drop(f"mention {m.text!r} of {e.canonical!r}", why)
            else:
                kept.append(m)
        entities.append(e if len(kept) == len(e.mentions) else replace(e, mentions=kept))
    claims = []
    for c in extraction.claims:
        why = claim_problem(record, c)
        if why:
            drop(f"claim {c.surface!r}", why)
        else:
            claims.append(c)
    if len(entities) == len(extraction.entities) and len(claims) == len(extraction.claims) and \
            all(a is b for a, b in zip(entities, extraction.entities)):
        return extraction
    return replace(extraction, entities=entities, claims=claims)


def _dedupe(quads: list[Quad]) -> list[Quad]:
    return list(dict.fromkeys(quads))


# ---------------------------------------------------------------- store-facing helpers the build calls

def current_extractor() -> tuple[str, str] | None:
    """(name, version) of the installed extractor, or None when there is none (metadata-only builds)."""
    import importlib.util

    if importlib.util.find_spec("extractors.extract") is None:
        return None
    from extractors.version import EXTRACTOR_NAME, EXTRACTOR_VERSION

    return EXTRACTOR_NAME, EXTRACTOR_VERSION


def stored_hashes(store, extractor: tuple[str, str] | None | bool = True,
                  ids: Iterable[str] | None = None) -> dict[str, str]:
    """{paper id: content hash} of the papers in ``store`` (or of those of ``ids`` that are in it) that
    need no new extraction.

    A paper extracted by another extractor version than ``extractor`` (default: the installed one) gets
    the hash ``"stale:<hash>"``, so the build replaces it although its text did not change. With ``ids``
    the papers are looked up one by one by their IRIs, so the cost follows the input, not the store
    (adding 1,000 papers to a store of 80,000 must not read all 80,000).
    """
    if extractor is True:
        extractor = current_extractor()
    if ids is not None:
        return _hashes_of(store, ids, extractor)
    rows = store.query(f"""
        SELECT ?id ?hash ?name ?version WHERE {{
          GRAPH ?g {{ ?p a <{PKG}Paper> ; <{DCTERMS}identifier> ?id ; <{PKG}contentHash> ?hash }}
          OPTIONAL {{ GRAPH ?x {{ ?act <{PROV}used> ?p ; <{PROV}wasAssociatedWith> ?agent .
                                 ?agent <{RDFS}label> ?name ; <{PKG}version> ?version }} }}
        }}""")
    out: dict[str, str] = {}
    for r in rows:
        pid, h = r["id"].value, r["hash"].value
        used = (r["name"].value, r["version"].value) if r["name"] is not None else None
        out[pid] = h if used == extractor else "stale:" + h
    return out


def _hashes_of(store, ids: Iterable[str], extractor: tuple[str, str] | None) -> dict[str, str]:
    """``stored_hashes`` for the given paper ids, by index look-ups on the IRIs they mint."""
    def objects(s, p) -> list:
        return [q.object for q in store.quads_for_pattern(s, p, None, None)]

    hash_p, used_p, by_p = P("contentHash"), NamedNode(PROV + "used"), NamedNode(PROV + "wasAssociatedWith")
    label_p, version_p = NamedNode(RDFS + "label"), P("version")
    agents: dict = {}
    out: dict[str, str] = {}
    for pid in dict.fromkeys(ids):
        p = paper_iri(pid)
        hashes = objects(p, hash_p)
        if not hashes or P("Paper") not in objects(p, A):
            continue
        used = None
        for act in (q.subject for q in store.quads_for_pattern(None, used_p, p, None)):
            for agent in objects(act, by_p):
                if agent not in agents:
                    names, versions = objects(agent, label_p), objects(agent, version_p)
                    agents[agent] = (names[0].value, versions[0].value) if names and versions else None
                used = agents[agent]
        h = hashes[0].value
        out[pid] = h if used == extractor else "stale:" + h
    return out


__all__ = ["BuildError", "BuildWarning", "usable", "build_time", "paper_quads", "metadata_quads", "extraction_quads",
           "entity_quads", "claim_quads", "provenance_quads", "resolve_label", "decimal", "web_iri", "stored_hashes",
           "current_extractor"]
