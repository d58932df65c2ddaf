"""From one paper's record and extraction to RDF: pure functions, no store.

``paper_nquads(record, extraction, built_at)`` is the one entry point the build calls per paper: the
N-Quads lines of what is said about the paper's own nodes, in the default graph (its metadata, and when an
extraction is given its paper->entity relations, code repositories and n-ary claims), and of what the
paper says about shared entity nodes, in ``graph/extracted/<id>`` (entity types, names and family links as
this paper sees them, where the paper names each entity (one ``pkg:occurrences`` literal per entity:
kg.occurrences), with the extraction activity that names the paper and its agent; the agent is described
once, in ``graph/provenance``, by ``describe_agents``). A triple whose subject is the paper, one of its
claims or its activity needs no graph to say where it came from (its subject does, and a claim names its
activity); one about an entity node does, since every paper naming the node says things about it.
The default graph also halves the store's writes: a named-graph quad is written to six indexes, a
default-graph triple to three (the 80k build loaded 36 CPU-s faster). ``paper_quads`` gives the same
as pyoxigraph Quads. Entity *labels* are not written here: a node's single skos:prefLabel depends on
every paper that names it, so ``kg.resolve`` computes the labels (in the default graph) from all papers after
loading (per paper we only record the candidates, ``pkg:canonicalName`` and ``pkg:spelling``).

The lines are written as text, not built as pyoxigraph terms and serialised: making ~170 Quad objects
per paper was most of the build's cost outside extraction (kg/workers.py loads the text as it is).
Every IRI written is made by ``kg.namespaces``' minting rules or checked by ``NamedNode``; literals are
escaped as N-Quads requires (backslash, quote, line feed, carriage return).

Output is deterministic: same input, same lines in the same order.

>>> from extractors.records import PaperRecord
>>> rec = PaperRecord(id="arxiv:2503.14376", title="Tiled Flash Linear Attention", abstract="We ...")
>>> qs = paper_quads(rec, None, "2025-01-01T00:00:00Z")
>>> len(qs), str(qs[3])
(6, '<https://w3id.org/paper-kg/id/paper/arxiv:2503.14376> <http://purl.org/dc/terms/title> "Tiled Flash Linear Attention"')
"""
from __future__ import annotations

import os
import re
import warnings
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache
from operator import itemgetter
from datetime import datetime, timezone
from decimal import Decimal
from urllib.parse import quote, unquote

from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, parse

from extractors.model import CLAIM_KINDS, ENTITY_TYPES, Claim, Entity, Extraction, Mention
from extractors.records import PaperRecord
from kg.occurrences import FIELDS as OCCURRENCE_FIELDS
from kg.resolve import FACT_OF_TERM, EntityNames
from kg.namespaces import (CLAIM_KIND, DCTERMS, ENTITY_CLASS, GRAPH, ID, PAPER_RELATION, PKG, PROV, PROVENANCE_GRAPH,
                           RDF, RDFS, SCHEMA, SKOS, XSD, agent_iri, entity_iri, paper_iri, slug)

A = NamedNode(RDF + "type")
_XSD_DECIMAL = NamedNode(XSD + "decimal")
_FIELDS = OCCURRENCE_FIELDS  # ("title", "abstract"): the order of a paper's fields, by rank
_FIELD_RANK = {f: rank for rank, f in enumerate(_FIELDS)}


@lru_cache(maxsize=None)
def P(local: str) -> NamedNode:
    """A term of the project's vocabulary: ``P("claimKind")`` is ``pkg:claimKind``."""
    return NamedNode(PKG + local)


# Minting a node from a name (NFKC, two regexes, percent-encoding) was the build's hottest code outside
# extraction: the same few thousand names recur across papers, so both are cached (pure functions).
_slug = slug


@lru_cache(maxsize=1 << 17)
def slug(name: str) -> str:
    """kg.namespaces.slug, with a short cut for the common name that is already a slug in all but case
    ("GSM8K": ASCII letters and digits, which NFKC, the regexes and the percent-encoding all keep).

    >>> slug("GSM8K"), slug("Qwen2.5-7B")
    ('gsm8k', 'qwen2.57b')
    """
    if name.isascii() and name.isalnum():
        return name.lower()
    return _slug(name)


entity_iri = lru_cache(maxsize=1 << 17)(entity_iri)


# the rows of kg.graph_index for the lines written: (paper, node) of every pkg:mentions triple,
# (paper, claim, subject, benchmark, measure, kind) of every claim that has all four, and (paper, node, type)
# of every typed paper->entity relation (pkg:usesMethod ... PAPER_RELATION), as the values parsing the lines
# gives (kg.graph_index.rows_of_nquads; the IRIs minted here hold no backslash escape)
LinkRows = tuple[list[tuple[str, str]], list[tuple[str, str, str, str, str, str]], list[tuple[str, str, str]]]


class BuildError(ValueError):
    """Input the builder cannot turn into a valid graph (says which paper and what is wrong)."""


# ---------------------------------------------------------------- N-Quads terms (text)

@lru_cache(maxsize=None)
def _p(local: str) -> str:
    return f"<{PKG}{local}>"


_A = f"<{RDF}type>"
_INTEGER, _DECIMAL = f"<{XSD}integer>", f"<{XSD}decimal>"
_DATE, _DATETIME = f"<{XSD}date>", f"<{XSD}dateTime>"
_PROV_ACTIVITY, _PROV_AGENT = f"<{PROV}Activity>", f"<{PROV}SoftwareAgent>"
_USED, _ASSOCIATED, _ENDED = f"<{PROV}used>", f"<{PROV}wasAssociatedWith>", f"<{PROV}endedAtTime>"
_GENERATED_BY, _LABEL, _BROADER = f"<{PROV}wasGeneratedBy>", f"<{RDFS}label>", f"<{SKOS}broader>"
_CLASS = {t: f"<{iri}>" for t, iri in ENTITY_CLASS.items()}
_RELATION = {t: f"<{iri}>" for t, iri in PAPER_RELATION.items()}
_KIND = {k: f"<{iri}>" for k, iri in CLAIM_KIND.items()}
_MENTIONS, _PROPOSES = _p("mentions"), _p("proposes")
_RELATION_TYPE = {pred: t for t, pred in _RELATION.items()}
# a term without its brackets (a C function, not a lambda, as a sort key): IRIs sort so, "<a>" after "<a.b>"
_INNER = itemgetter(slice(1, -1))
# paper->entity predicates in the order of their IRIs, the order of their lines
_RELATION_ORDER = sorted({_MENTIONS, _PROPOSES, *_RELATION.values()}, key=_INNER)


def lit(value: str) -> str:
    """A plain string literal in N-Quads syntax.

    >>> print(lit('say "hi"'))
    "say \\"hi\\""
    >>> print(lit('a\\\\b "c"\\nd\\r'))
    "a\\\\b \\"c\\"\\nd\\r"
    """
    if '"' in value or "\\" in value or "\n" in value or "\r" in value:  # four memchr scans: most need nothing
        # chained replaces (backslash first) are C loops; str.translate with a dict calls back per character,
        # ~30 us for an abstract with quotes
        value = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{value}"'


def _integer(value: int) -> str:
    return f'"{int(value)}"^^{_INTEGER}'


def _in_order(items, key=None):
    """``sorted(items, key=key)``, without its cost (a new list, a method look-up: ~2,400 instructions) for
    the empty or one-item sets most of a paper's sets of spellings, rules, spans and relations are."""
    return sorted(items, key=key) if len(items) > 1 else items


@lru_cache(maxsize=1 << 17)
def _node(canonical: str) -> str:
    """The entity node minted from a name, as an N-Quads term (kg.namespaces.entity_iri)."""
    return f"<{ID}entity/{slug(canonical)}>"  # entity_iri(canonical), without making the NamedNode


@lru_cache(maxsize=16)  # one extractor version per build: its IRI was two quote() calls per paper
def _agent(extractor: str, version: str) -> str:
    """The software agent's node as an N-Quads term (kg.namespaces.agent_iri)."""
    return f"<{agent_iri(extractor, version).value}>"


@lru_cache(maxsize=256)  # asked ~5 times per paper
def _quoted(paper_id: str) -> str:
    """The paper id as it appears in its IRIs (kg.namespaces.paper_iri and friends)."""
    return quote(paper_id, safe=":._-")


# ---------------------------------------------------------------- literals

_DECIMAL_DIGITS = 18


@lru_cache(maxsize=1 << 12)  # confidences and values repeat
def decimal_lexical(value: float) -> str:
    """The xsd:decimal lexical form the store keeps (oxigraph normalises "3.0" to "3"), so the quads
    built here equal the quads read back; the shortest decimal that round-trips the float, rounded to the
    18 fractional digits of oxigraph's decimals: a longer one ("0.0033333333333333335", a claim of the
    80k corpus) is kept as an opaque literal, which no comparison or ORDER BY of a query can read.

    >>> decimal_lexical(2.5), decimal_lexical(8192.0), decimal_lexical(1e-05), decimal_lexical(3), decimal_lexical(-0.0)
    ('2.5', '8192', '0.00001', '3', '0')
    >>> decimal_lexical(1 / 300)
    '0.003333333333333334'
    """
    v = float(value)
    if v != v or v in (float("inf"), float("-inf")):
        raise BuildError(f"not a finite number: {value!r}")
    d = Decimal(repr(v))
    if d.as_tuple().exponent < -_DECIMAL_DIGITS:
        d = d.quantize(Decimal(1).scaleb(-_DECIMAL_DIGITS))  # (half to even)
    s = format(d, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    if s in ("-0", ""):
        s = "0"
    return s


def decimal(value: float) -> Literal:
    """``decimal_lexical`` as a pyoxigraph xsd:decimal literal.

    >>> decimal(2.50).value
    '2.5'
    """
    return Literal(decimal_lexical(value), datatype=_XSD_DECIMAL)


def _decimal(value: float) -> str:
    return f'"{decimal_lexical(value)}"^^{_DECIMAL}'


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

def metadata_nquads(record: PaperRecord) -> list[str]:
    """The paper's bibliographic facts, in the default graph, as N-Quads lines."""
    if not record.id:
        raise BuildError("paper record without id")
    if not (record.title or "").strip():
        raise BuildError(f"paper {record.id}: empty title")
    p, end = f"<{ID}paper/{_quoted(record.id)}>", " .\n"  # the default graph (see the module's docstring)
    out = [f"{p} {_A} {_p('Paper')}{end}",
           f"{p} {_A} <{SCHEMA}ScholarlyArticle>{end}",
           f"{p} <{DCTERMS}identifier> {lit(record.id)}{end}",
           f"{p} <{DCTERMS}title> {lit(record.title)}{end}",
           f"{p} <{DCTERMS}abstract> {lit(record.abstract or '')}{end}"]
    if record.date:
        if not _DATE_RE.match(record.date):
            raise BuildError(f"paper {record.id}: date {record.date!r} is not yyyy-mm-dd")
        out.append(f'{p} <{DCTERMS}date> "{record.date}"^^{_DATE}{end}')
    if record.arxiv_id:
        out.append(f"{p} {_p('arxivId')} {lit(record.arxiv_id)}{end}")
    count = record.author_count if record.author_count is not None else (len(record.authors) or None)
    if count is not None:
        out.append(f"{p} {_p('authorCount')} {_integer(count)}{end}")
    for name in _in_order(set(record.authors)):
        out.append(f"{p} <{SCHEMA}author> {lit(name)}{end}")
    if record.organisation:
        out.append(f"{p} {_p('organisation')} {lit(record.organisation)}{end}")
    if record.upvotes is not None:
        out.append(f"{p} {_p('upvotes')} {_integer(record.upvotes)}{end}")
    for src in _in_order(set(record.sources)):
        out.append(f"{p} {_p('sourceFile')} {lit(src)}{end}")
    out.append(f"{p} {_p('contentHash')} {lit(record.content_hash())}{end}")
    return out


def metadata_quads(record: PaperRecord) -> list[Quad]:
    """``metadata_nquads`` as pyoxigraph Quads."""
    return _quads(metadata_nquads(record))


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
        for s in spellings_of(e):
            if s:
                lookup.setdefault(slug(s), e.canonical)
    return lookup


def spellings_of(e: Entity) -> list[str]:
    """How the paper writes an entity: its name, aliases and the texts of its mentions, but not a mention
    that writes only the first words of a longer name (the "data" of "data, pipeline, and tensor
    parallelism" is no name of data parallelism).

    >>> from extractors.model import Mention
    >>> e = Entity(name="data parallelism", canonical="data parallelism", type="concept",
    ...            mentions=[Mention("abstract", 10, 14, "data"), Mention("abstract", 40, 56, "data-parallelism")])
    >>> spellings_of(e)
    ['data parallelism', 'data-parallelism']
    """
    texts = [e.name, *e.aliases, *(m.text for m in e.mentions)]
    return [t for t in texts if not first_words_of(t, e.name)]


def first_words_of(text: str, name: str) -> bool:
    """Whether ``text`` writes only the first words of the longer ``name``: a coordinated modifier.

    >>> first_words_of("data", "data parallelism"), first_words_of("TP", "tensor parallelism")
    (True, False)
    """
    return len(text) < len(name) and name.lower().startswith(text.lower() + " ")


def _check_entity(paper_id: str, e: Entity) -> None:
    if e.type not in ENTITY_TYPES:
        raise BuildError(f"paper {paper_id}: entity {e.canonical!r} has unknown type {e.type!r} "
                         f"(expected one of {', '.join(ENTITY_TYPES)})")
    if not (e.canonical or "").strip():
        raise BuildError(f"paper {paper_id}: entity {e.name!r} has an empty canonical name")


def _entity_lines(paper_id: str, extraction: Extraction, names: dict[str, EntityNames] | None,
                  facts: bool = False, links: LinkRows | None = None) -> list[str]:
    """Entity types, family links, label candidates, paper->entity relations and mentions; the names the
    paper gives its nodes (``pkg:canonicalName``, ``pkg:spelling``) are counted into ``names`` and, with
    ``facts``, the types and paper counts of kg.resolve.FACTS these lines give them (``_count_facts``);
    the ``pkg:mentions`` quads are added to ``links``' mention rows."""
    qid = _quoted(paper_id)
    p, g = f"<{ID}paper/{qid}>", f"<{GRAPH}extracted/{qid}>"
    canonical_p, spelling_p = _p("canonicalName"), _p("spelling")
    out: list[str] = []
    # paper->entity predicate -> nodes, in the order their lines are written
    relations: dict[str, set[str]] = {pred: set() for pred in _RELATION_ORDER}
    canonicals: set[tuple[str, str]] = set()
    spellings: set[tuple[str, str]] = set()
    types: set[tuple[str, str]] = set()
    # pkg:foundBy, pkg:confidence and pkg:occurrences belong to the node as this paper's extraction found it:
    # stated once on the node in this paper's graph. When two of the paper's entities mint one node (same
    # slug: "FlashAttention" found as a method by one rule and as a model by another), the node was found
    # by each of their rules: it gets every pkg:foundBy, the highest confidence and all their spans
    # node -> [highest confidence, rules (foundBy), spans as (rank of field, start, end)]
    found: dict[str, list] = {}
    broader: set[tuple[str, str]] = set()
    end = f" {g} .\n"  # how every line of the graph ends
    # A node two of the paper's entities mint ("FlashAttention" found as a method and as a model) would get
    # some lines twice: each line is written the first time its pair is seen (in these sets, which the
    # names need anyway), so that the paper's lines need no deduplication (hashing every line: ~4% of
    # their cost); the lines and their order are those of writing all and keeping the first of each.
    for e in extraction.entities:
        _check_entity(paper_id, e)
        canonical, kind = e.canonical, e.type
        node = _node(canonical)
        cls = _CLASS[kind]
        if (node, kind) not in types:
            types.add((node, kind))
            out.append(f"{node} {_A} {cls}{end}")
        if (node, canonical) not in canonicals:
            canonicals.add((node, canonical))
            out.append(f"{node} {canonical_p} {lit(canonical)}{end}")
        mentions = e.mentions
        other = set(spellings_of(e))
        other.discard(canonical)
        other.discard("")
        for s in _in_order(other):
            if (node, s) not in spellings:
                spellings.add((node, s))
                out.append(f"{node} {spelling_p} {lit(s)}{end}")
        if e.family and slug(e.family) != slug(canonical):
            fam = _node(e.family)
            # the family is a node of its own, of the member's type, so a query for it reaches the member
            if (node, fam) not in broader:
                broader.add((node, fam))
                out.append(f"{node} {_BROADER} {fam}{end}")
            if (fam, kind) not in types:
                types.add((fam, kind))
                out.append(f"{fam} {_A} {cls}{end}")
            if (fam, e.family) not in canonicals:
                canonicals.add((fam, e.family))
                out.append(f"{fam} {canonical_p} {lit(e.family)}{end}")
        relations[_MENTIONS].add(node)
        if e.proposed:
            relations[_PROPOSES].add(node)
        # "uses" contradicts "proposes" for methods and models; a proposed benchmark is still evaluated on
        if not (e.proposed and kind in ("method", "model")):
            relations[_RELATION[kind]].add(node)
        confidence = round(e.confidence, 3)
        seen = found.get(node)
        if seen is None:
            seen = found[node] = [confidence, set(), set()]
        elif confidence > seen[0]:
            seen[0] = confidence
        if e.source:
            seen[1].add(e.source)
        at = seen[2]
        for m in mentions:
            rank = _FIELD_RANK.get(m.field)
            if rank is None or m.start < 0 or m.end < m.start:
                raise BuildError(f"paper {paper_id}: mention {m.text!r} has bad field or offsets "
                                 f"{m.field}:{m.start}..{m.end}")
            at.add((rank, m.start, m.end))
    for pred, nodes in relations.items():  # by predicate, then node, as sorting the IRIs orders them
        nodes = _in_order(nodes, _INNER)
        out += [f"{p} {pred} {node} .\n" for node in nodes]  # the paper's own facts: the default graph
        if links is not None:  # (in the order of their lines, as parsing them gives them)
            if pred is _MENTIONS:
                links[0].extend([(p[1:-1], node[1:-1]) for node in nodes])
            elif pred in _RELATION_TYPE:
                links[2].extend([(p[1:-1], node[1:-1], _RELATION_TYPE[pred]) for node in nodes])
    if names is not None:  # what kg.resolve.collect_names would read back for this paper
        for node, name in canonicals:
            n = names.get(node[1:-1])
            if n is None:
                n = names[node[1:-1]] = EntityNames()
            n.canonical[name] = n.canonical.get(name, 0) + 1
        for node, s in spellings:
            names[node[1:-1]].spellings.add(s)
        # what kg.resolve.collect_facts would count in these lines, counted here rather than read back from
        # them (parsing every line again was a third of the cost of writing them)
        if facts:
            for node, t in types:  # (this paper gives the node the type once)
                mine = names[node[1:-1]].types
                mine[t] = mine.get(t, 0) + 1
            for prop, node in {(FACT_OF_TERM[pred], node) for pred, nodes in relations.items()
                               if pred in FACT_OF_TERM for node in nodes}:
                _count_fact(names, node, prop)
            for node, fam in broader:
                names[node[1:-1]].families.add(fam[1:-1])
    confidence_p, found_by_p, occurrences_p = _p("confidence"), _p("foundBy"), _p("occurrences")
    for node in sorted(found, key=_INNER):
        confidence, sources, at = found[node]
        out.append(f"{node} {confidence_p} {_decimal(confidence)}{end}")
        for source in _in_order(sources):
            out.append(f"{node} {found_by_p} {lit(source)}{end}")
        if at:
            # kg.occurrences.encode of spans checked above, kept as (rank of field, start, end) so that they
            # sort as it sorts them without its key function and checks per span
            spelled = " ".join([f"{_FIELDS[rank]}:{a}-{b}" for rank, a, b in _in_order(at)])
            out.append(f'{node} {occurrences_p} "{spelled}"{end}')  # (nothing to escape)
    return out




def _count_fact(names: dict[str, EntityNames], node: str, prop: str) -> None:
    """One more paper (or claim) gives ``node`` (an N-Quads IRI term) the FACTS count ``prop``; the node is
    named in the same paper, so it is in ``names``."""
    counts = names[node[1:-1]].counts
    counts[prop] = counts.get(prop, 0) + 1


def _count_claim(names: dict[str, EntityNames], nodes: list[str], link: str) -> None:
    """One claim links to each of ``nodes`` by ``pkg:<link>``: one more for the FACTS count of that link, if any."""
    prop = FACT_OF_TERM.get(_p(link))
    if prop is None:
        return
    for node in nodes:  # (each once: a node two labels of the claim resolve to is one claim)
        _count_fact(names, node, prop)


def _labelled_links(c: str, labels: Iterable[str], link: str, label_prop: str, lookup: dict[str, str],
                    key_prop: str | None = None) -> tuple[list[str], list[str]]:
    """The lines linking claim ``c`` to its labels (each once) and to the nodes they resolve to (each once,
    in order: ``nodes``)."""
    out, nodes, keys = [], [], set()
    for label in dict.fromkeys(x for x in labels if x and x.strip()):  # keep order, drop repeats
        out.append(f"{c} {_p(label_prop)} {lit(label)} .\n")
        if key_prop and label.lower() not in keys:  # "vLLM" and "VLLM": one key (a repeated quad is one quad)
            keys.add(label.lower())
            out.append(f"{c} {_p(key_prop)} {lit(label.lower())} .\n")
        canonical = lookup.get(slug(label))
        if canonical:
            node = _node(canonical)
            if node not in nodes:  # "TFLA" and "Tiled Flash Linear Attention": one link
                out.append(f"{c} {_p(link)} {node} .\n")
                nodes.append(node)
    return out, nodes


def _claim_lines(paper_id: str, extraction: Extraction, names: dict[str, EntityNames] | None = None,
                 links: LinkRows | None = None) -> list[str]:
    """One n-ary pkg:Claim node per claim, numbered in order of position; plus pkg:comparesAgainst
    for every baseline that resolves to an entity of the paper. With ``names``, the claims each node is
    linked from by a predicate of kg.resolve.FACTS (pkg:onDataset) are counted into it; with ``links``,
    the claims with a subject, benchmarks and a measure are added to its claim rows."""
    if not extraction.claims:  # most papers: no need for the look-up (a slug per spelling)
        return []
    qid = _quoted(paper_id)
    p, act = f"<{ID}paper/{qid}>", f"<{ID}activity/{qid}>"
    lookup = _entity_lookup(extraction)
    claims = sorted(extraction.claims, key=lambda c: (_FIELD_RANK.get(c.field, 9), c.field, c.start, c.end,
                                                     c.kind, c.value))
    out: list[str] = []
    against: set[str] = set()
    for n, cl in enumerate(claims, start=1):
        _check_claim(paper_id, cl)
        c = f"<{ID}claim/{qid}/{n}>"
        out += [f"{c} {_A} {_p('Claim')} .\n",
                f"{c} {_p('claimKind')} {_KIND[cl.kind]} .\n",
                f"{c} {_p('value')} {_decimal(cl.value)} .\n",
                f"{c} {_p('surfaceText')} {lit(cl.surface)} .\n",
                f"{c} {_p('paper')} {p} .\n",
                f"{c} {_p('sentence')} {lit(cl.sentence)} .\n",
                f"{c} {_p('field')} {lit(cl.field)} .\n",
                f"{c} {_p('start')} {_integer(cl.start)} .\n",
                f"{c} {_p('end')} {_integer(cl.end)} .\n",
                f"{c} {_p('sentenceStart')} {_integer(cl.sentence_start)} .\n",
                f"{c} {_p('sentenceEnd')} {_integer(cl.sentence_end)} .\n",
                f"{c} {_p('confidence')} {_decimal(round(cl.confidence, 3))} .\n",
                f"{c} {_GENERATED_BY} {act} .\n"]
        if cl.value_min is not None:
            out.append(f"{c} {_p('valueMin')} {_decimal(cl.value_min)} .\n")
        for prop, val in (("unit", cl.unit), ("qualifier", cl.qualifier), ("measure", cl.measure),
                          ("foundBy", cl.source)):
            if val:
                out.append(f"{c} {_p(prop)} {lit(val)} .\n")
        q, nodes = _labelled_links(c, [cl.subject] if cl.subject else [], "subject", "subjectLabel", lookup)
        out += q
        subjects = nodes
        if names is not None:
            _count_claim(names, nodes, "subject")
        # pkg:baselineKey: a baseline as written, in lower case, so that compared-against finds the written
        # baselines of a name by an index look-up, not by lower-casing every one of them (0.1 s at 80k papers)
        q, nodes = _labelled_links(c, cl.baseline, "baseline", "baselineLabel", lookup, "baselineKey")
        out += q
        against.update(nodes)
        if names is not None:
            _count_claim(names, nodes, "baseline")
        q, nodes = _labelled_links(c, cl.datasets, "onDataset", "datasetLabel", lookup)
        out += q
        if links is not None and subjects and cl.measure:  # (a claim's kind is always written)
            # one row per benchmark, in the order of the lines (a benchmark two labels resolve to: one line)
            row = (p[1:-1], c[1:-1], subjects[0][1:-1])
            links[1].extend([(*row, d[1:-1], cl.measure, _KIND[cl.kind][1:-1]) for d in nodes])
        if names is not None:
            _count_claim(names, nodes, "onDataset")
        q, nodes = _labelled_links(c, cl.hardware, "onHardware", "hardwareLabel", lookup)
        out += q
        if names is not None:
            _count_claim(names, nodes, "onHardware")
    out += [f"{p} {_p('comparesAgainst')} {node} .\n" for node in sorted(against, key=lambda n: n[1:-1])]
    return out


def _check_claim(paper_id: str, c: Claim) -> None:
    where = f"paper {paper_id}: claim {c.surface!r}"
    if c.kind not in CLAIM_KINDS:
        raise BuildError(f"{where} has unknown kind {c.kind!r} (expected one of {', '.join(CLAIM_KINDS)})")
    if c.start < 0 or c.end < c.start or c.sentence_start < 0 or c.sentence_end < c.sentence_start:
        raise BuildError(f"{where} has bad offsets")
    if not c.sentence:
        raise BuildError(f"{where} has no sentence")


def _provenance_lines(paper_id: str, extraction: Extraction, built_at: str) -> list[str]:
    """The prov:Activity that produced the paper's extracted graph: the paper it used, its software agent
    and its time. The agent itself (type, name, version) is described once for all papers, in
    ``graph/provenance`` (``agent_nquads``, written by ``describe_agents``), not in every paper's graph."""
    if not _DATETIME_RE.match(built_at):
        raise BuildError(f"built_at {built_at!r} is not an xsd:dateTime such as 2025-01-01T00:00:00Z")
    qid = _quoted(paper_id)
    g, act = f"<{GRAPH}extracted/{qid}>", f"<{ID}activity/{qid}>"
    agent = _agent(extraction.extractor, extraction.version)
    return [f"{act} {_A} {_PROV_ACTIVITY} {g} .\n",
            f"{act} {_USED} <{ID}paper/{qid}> {g} .\n",
            f"{act} {_ASSOCIATED} {agent} {g} .\n",
            f'{act} {_ENDED} "{built_at}"^^{_DATETIME} {g} .\n']


def agent_nquads(extractor: str, version: str) -> list[str]:
    """The description of one extractor version as a prov:SoftwareAgent, in ``graph/provenance``.

    >>> print("".join(agent_nquads("paper-kg-extractors", "0.3.1")), end="")
    <https://w3id.org/paper-kg/id/agent/paper-kg-extractors/0.3.1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/prov#SoftwareAgent> <https://w3id.org/paper-kg/graph/provenance> .
    <https://w3id.org/paper-kg/id/agent/paper-kg-extractors/0.3.1> <http://www.w3.org/2000/01/rdf-schema#label> "paper-kg-extractors" <https://w3id.org/paper-kg/graph/provenance> .
    <https://w3id.org/paper-kg/id/agent/paper-kg-extractors/0.3.1> <https://w3id.org/paper-kg/ontology#version> "0.3.1" <https://w3id.org/paper-kg/graph/provenance> .
    """
    agent, g = f"<{agent_iri(extractor, version).value}>", f"<{PROVENANCE_GRAPH.value}>"
    return [f"{agent} {_A} {_PROV_AGENT} {g} .\n",
            f"{agent} {_LABEL} {lit(extractor)} {g} .\n",
            f"{agent} {_p('version')} {lit(version)} {g} .\n"]


def describe_agents(store) -> int:
    """Describe in ``graph/provenance`` every software agent the store's activities name and that graph
    does not describe yet; return how many quads were added. The agent IRI is minted from the extractor's
    name and version (kg.namespaces.agent_iri), so both are read back from it. Run after every build:
    papers are added, replaced or (``Store.clear``) rebuilt, the graph keeps the agents of papers kept.

    >>> from pyoxigraph import Store
    >>> describe_agents(Store())
    0
    """
    prefix = f"{ID}agent/"
    rows = store.query(f"SELECT DISTINCT ?a WHERE {{ GRAPH ?g {{ ?act <{PROV}wasAssociatedWith> ?a }} }}")
    label_p, added = NamedNode(RDFS + "label"), []
    for agent in sorted(row["a"].value for row in rows):
        parts = agent[len(prefix):].split("/")
        if not agent.startswith(prefix) or len(parts) != 2:
            continue  # not minted by us: nothing to say about it
        if next(iter(store.quads_for_pattern(NamedNode(agent), label_p, None, PROVENANCE_GRAPH)), None) is None:
            added += agent_nquads(unquote(parts[0]), unquote(parts[1]))
    if added:
        store.extend(_quads(added))
    return len(added)


def _extraction_lines(record: PaperRecord, extraction: Extraction, built_at: str,
                      names: dict[str, EntityNames] | None, facts: bool = False,
                      links: LinkRows | None = None) -> list[str]:
    """Everything extracted from one paper: about the paper and its claims in the default graph, about entity
    nodes (and the activity) in ``graph/extracted/<id>``."""
    if extraction.paper_id != record.id:
        raise BuildError(f"extraction of {extraction.paper_id!r} given with record {record.id!r}")
    p = f"<{ID}paper/{_quoted(record.id)}>"
    out = _provenance_lines(record.id, extraction, built_at)
    out += _entity_lines(record.id, extraction, names, facts, links)
    out += _claim_lines(record.id, extraction, names if facts else None, links)
    repos = {web_iri(u) for u in extraction.code_urls}
    out += [f"{p} <{SCHEMA}codeRepository> <{r.value}> .\n" for r in sorted(repos - {None}, key=str)]
    return out


def paper_nquads(record: PaperRecord, extraction: Extraction | None, built_at: str, *, strict: bool = False,
                 names: dict[str, EntityNames] | None = None, facts: bool = False,
                 links: LinkRows | None = None) -> list[str]:
    """All quads of one paper as N-Quads lines: metadata, plus the extracted graph when ``extraction``
    is given. When ``names`` is given, the names the paper gives entity nodes are counted into it (entity
    IRI -> canonical names with the number of papers giving each, and spellings): summed over papers
    this is what ``kg.resolve.collect_names`` reads from a store holding them, without the query. With
    ``facts`` too, the entity types and FACTS counts are also counted into ``names``: what
    ``kg.resolve.collect_facts`` would count in the lines (kg.workers, for a new store's labels). When
    ``links`` is given, the paper's rows of the graph index are added to it: what
    ``kg.graph_index.rows_of_nquads`` parses from these lines, so the build's parent need not parse them.

    ``built_at`` (xsd:dateTime, e.g. from ``build_time()``) becomes the extraction activity's
    prov:endedAtTime; it is unused when there is no extraction. A claim, mention or entity the graph
    cannot hold (unknown kind or type, offsets outside the text) raises ``BuildError`` when ``strict``;
    otherwise it is left out with a ``BuildWarning`` naming the paper, so one extractor slip does not
    stop a corpus build. A bad record (no title) or ``built_at`` always raises.

    >>> from extractors.records import PaperRecord
    >>> print(paper_nquads(PaperRecord(id="x:1", title='A "B"', abstract=""), None, "2025-01-01T00:00:00Z")[3], end="")
    <https://w3id.org/paper-kg/id/paper/x:1> <http://purl.org/dc/terms/title> "A \\"B\\"" .
    """
    out = metadata_nquads(record)
    if extraction is not None:
        if not strict:
            extraction = usable(record, extraction)
        out += _extraction_lines(record, extraction, built_at, names, facts, links)
    return out  # each line once: no two metadata lines are alike, nor are the extraction's (_entity_lines)


def paper_quads(record: PaperRecord, extraction: Extraction | None, built_at: str, *,
                strict: bool = False) -> list[Quad]:
    """``paper_nquads`` as pyoxigraph Quads, in the same order."""
    return _quads(paper_nquads(record, extraction, built_at, strict=strict))


def _quads(lines: list[str]) -> list[Quad]:
    return list(parse("".join(lines), format=RdfFormat.N_QUADS))


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
        decimal_lexical(c.value)
        if c.value_min is not None:
            decimal_lexical(c.value_min)
    except BuildError as exc:
        return str(exc)
    return None


def mention_problem(record: PaperRecord, m: Mention) -> str | None:
    text = _field_text(record, m.field)
    if text is None:
        return f"field {m.field!r} is neither title nor abstract"
    if not 0 <= m.start <= m.end <= len(text):
        return f"offsets {m.start}..{m.end} outside the {m.field} ({len(text)} characters)"
    if text[m.start:m.end] != m.text:
        # the graph keeps only the offsets (pkg:occurrences): the text there must be what was seen
        return f"the {m.field} has {text[m.start:m.end]!r} at {m.start}..{m.end}"
    return None


def usable(record: PaperRecord, extraction: Extraction) -> Extraction:
    """The extraction without the claims, mentions and entities the graph cannot hold, each reported as a
    ``BuildWarning``."""
    def drop(what: str, why: str) -> None:
        warnings.warn(BuildWarning(f"paper {record.id}: {what} left out of the graph: {why}"), stacklevel=3)

    texts = {"title": record.title, "abstract": record.abstract}
    entities = []
    for e in extraction.entities:
        if e.type not in ENTITY_TYPES or not (e.canonical or "").strip():
            drop(f"entity {e.name!r}", f"type {e.type!r}, canonical {e.canonical!r}")
            continue
        mentions = e.mentions
        # the check mention_problem makes, without its messages, a dict per call or a slice per mention:
        # nearly every mention passes (12 mentions a paper)
        for m in mentions:
            text = texts.get(m.field)
            if text is None or not (0 <= m.start <= m.end <= len(text) and m.end - m.start == len(m.text)
                                    and text.startswith(m.text, m.start)):
                break
        else:
            entities.append(e)
            continue
        kept = []
        for m in mentions:
            why = mention_problem(record, m)
            if why:
                drop(f"mention {m.text!r} of {e.canonical!r}", why)
            else:
                kept.append(m)
        entities.append(e if len(kept) == len(mentions) else replace(e, mentions=kept))
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
          ?p a <{PKG}Paper> ; <{DCTERMS}identifier> ?id ; <{PKG}contentHash> ?hash .
          OPTIONAL {{ ?act <{PROV}used> ?p ; <{PROV}wasAssociatedWith> ?agent .
                     ?agent <{RDFS}label> ?name ; <{PKG}version> ?version }}
        }}""", use_default_graph_as_union=True)  # (the union: a store of an earlier layout's papers too)
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


__all__ = ["agent_nquads", "describe_agents", "BuildError", "BuildWarning", "usable", "build_time", "paper_nquads",
           "paper_quads", "metadata_nquads", "metadata_quads", "decimal", "decimal_lexical", "lit", "web_iri", "stored_hashes",
           "current_extractor"]
