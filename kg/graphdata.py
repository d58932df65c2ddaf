"""Read a store's papers, entities and claims into plain dataclasses (what the API, views and exports use).

Three SPARQL queries (one per node class) over the union of all graphs read every fact of the
vocabulary in ``ontology/README.md``; everything else is computed in Python, so lookups, traversal and
projections never see an RDF term. Mentions and provenance activities are not read: they are
provenance, reachable through ``KnowledgeGraph.sparql``.

Node keys are the IRI without the ``ID`` prefix (``paper/arxiv:2503.14376``, ``entity/flashattention``,
``claim/arxiv:2503.14376/2``): short, stable across builds, and reversible (``namespaces.ID + key``).

>>> from pyoxigraph import Store
>>> load_graph(Store()).papers
{}
"""
from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from pyoxigraph import DefaultGraph, Literal, NamedNode, Store

from kg.namespaces import CLAIM_KIND, DCTERMS, ENTITY_CLASS, ID, PKG, RDF, RDFS, SCHEMA, SKOS
from kg.resolve import TYPE_ORDER
from kg.store import labels_in_named_graph

# Paper -> entity relations by local name, in the order the API lists them.
RELATIONS = ("proposes", "usesMethod", "usesModel", "evaluatesOn", "addressesTask", "runsOn",
             "mentionsConcept", "comparesAgainst")
# Entity type names (class local names) in the order of kg.resolve.TYPE_ORDER: a node with several types
# lists its main type (the one most papers give it, pkg:mainType) first, then the others in this order;
# a store written before pkg:mainType lists them all in this order.
ENTITY_TYPES = tuple(t.capitalize() for t in TYPE_ORDER)
_MAIN_TYPE = PKG + "mainType"
# what the graph that keeps the labels says of an entity node, beside the papers' graphs (kg.resolve)
ENTITY_LABELS = (SKOS + "prefLabel", SKOS + "altLabel", RDFS + "label", _MAIN_TYPE)
_TYPE_OF_CLASS = {iri: iri[len(PKG):] for iri in ENTITY_CLASS.values()}
_KIND_OF_IRI = {iri: kind for kind, iri in CLAIM_KIND.items()}
_XSD_INT = {"integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
            "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte", "negativeInteger",
            "nonPositiveInteger"}


def key_of(iri: str) -> str:
    """The node key of an IRI of the graph.

    >>> key_of("https://w3id.org/paper-kg/id/entity/flashattention")
    'entity/flashattention'
    """
    return iri[len(ID):] if iri.startswith(ID) else iri


@dataclass(frozen=True, order=True)
class PaperRef:
    """A link to a paper: its id and title."""

    id: str
    title: str


@dataclass(frozen=True, order=True)
class EntityRef:
    """A link to an entity: its key (``entity/<slug>``), label and main type."""

    key: str
    label: str
    type: str


@dataclass
class Claim:
    """One quantitative claim of a paper, with the entities it links to.

    ``subject``/``baselines`` are the labels as written; ``subject_entity``/``baseline_entities`` the
    entity nodes they resolved to (when they did).
    """

    key: str
    paper: PaperRef
    kind: str  # speedup, reduction, improvement, score, scale, overhead
    value: float
    surface_text: str
    sentence: str
    value_min: float | None = None
    unit: str | None = None
    qualifier: str | None = None
    measure: str | None = None
    subject: str | None = None
    subject_entity: EntityRef | None = None
    baselines: tuple[str, ...] = ()
    baseline_entities: tuple[EntityRef, ...] = ()
    datasets: tuple[EntityRef, ...] = ()
    hardware: tuple[EntityRef, ...] = ()
    field: str | None = None
    start: int | None = None
    end: int | None = None
    sentence_start: int | None = None
    sentence_end: int | None = None
    found_by: str | None = None

    @property
    def label(self) -> str:
        """How a claim node is labelled in projections and neighbour lists ("speedup 2.5x")."""
        return f"{self.kind} {self.surface_text}".strip()

    def entity_links(self) -> list[tuple[str, EntityRef]]:
        """(relation, entity) of the claim's edges to entities in the full projection: its subject, its
        baselines, datasets and hardware."""
        links = [("subject", self.subject_entity)] if self.subject_entity else []
        links += [("baseline", r) for r in self.baseline_entities]
        links += [("onDataset", r) for r in self.datasets] + [("onHardware", r) for r in self.hardware]
        return links


@dataclass
class Paper:
    """A paper with its metadata, the entities it links to (by relation) and its claims."""

    id: str
    key: str
    title: str
    abstract: str = ""
    date: _dt.date | None = None
    arxiv_id: str | None = None
    authors: tuple[str, ...] = ()
    author_count: int | None = None
    organisation: str | None = None
    upvotes: int | None = None
    sources: tuple[str, ...] = ()
    code_repositories: tuple[str, ...] = ()
    relations: dict[str, tuple[EntityRef, ...]] = field(default_factory=dict)  # "usesMethod" -> entities
    claims: tuple[Claim, ...] = ()

    @property
    def entities(self) -> tuple[EntityRef, ...]:
        """Every entity the paper links to, once, sorted by label."""
        return tuple(sorted({e for refs in self.relations.values() for e in refs}, key=lambda e: (e.label, e.key)))

    @property
    def ref(self) -> PaperRef:
        return PaperRef(self.id, self.title)


@dataclass
class Entity:
    """An entity node: one per canonical name, with all its spellings, family and papers."""

    key: str
    label: str
    type: str  # main type (see ENTITY_TYPES); "" when the node has no type in the store
    types: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    family: EntityRef | None = None  # skos:broader
    members: tuple[EntityRef, ...] = ()  # entities whose family this is
    papers: dict[str, tuple[PaperRef, ...]] = field(default_factory=dict)  # relation -> papers

    @property
    def ref(self) -> EntityRef:
        return EntityRef(self.key, self.label, self.type)

    @property
    def all_papers(self) -> tuple[PaperRef, ...]:
        """Every paper linked to the entity by any relation, once, sorted by id."""
        return tuple(sorted({p for refs in self.papers.values() for p in refs}))


@dataclass
class GraphData:
    """Everything the API needs, keyed by node key; built by ``load_graph``."""

    papers: dict[str, Paper]
    entities: dict[str, Entity]
    claims: dict[str, Claim]


def _py(term):
    """An RDF term as a plain Python value (IRIs as strings)."""
    if isinstance(term, Literal):
        dt = term.datatype.value
        local = dt.rsplit("#", 1)[-1] if dt.startswith("http://www.w3.org/2001/XMLSchema#") else ""
        try:
            if local in ("decimal", "double", "float"):
                return float(term.value)
            if local in _XSD_INT:
                return int(term.value)
            if local == "date":
                return _dt.date.fromisoformat(term.value[:10])
        except ValueError:
            return term.value
        return term.value
    return term.value


def _own_graph(store: Store) -> DefaultGraph | None:
    """Where the store keeps papers, claims and labels: the default graph since layout 0.3.2; in a store
    of an earlier layout, named graphs (None: every graph)."""
    return None if labels_in_named_graph(store) else DefaultGraph()


def _described(store: Store, cls: str) -> dict[str, dict[str, list]]:
    """{IRI: {predicate: [terms]}} of the nodes of class ``cls`` (papers, claims): what the store says of
    each, read by one index range per node (half the time of a SPARQL query for ``?s ?p ?o``). Since layout
    0.3.2 these triples are all in the default graph; a store of an earlier layout keeps them in named
    graphs, which are read too (a triple in two graphs given once)."""
    graph = _own_graph(store)
    return {node.value: node_props(store, node, graph)
            for node in dict.fromkeys(q.subject for q in store.quads_for_pattern(None, NamedNode(RDF + "type"),
                                                                                   NamedNode(PKG + cls), graph))
            if isinstance(node, NamedNode)}


def node_props(store: Store, node: NamedNode, graph: DefaultGraph | None) -> dict[str, list]:
    """{predicate: [terms]} of a node in ``graph`` (None: every graph, a triple in two of them given once)."""
    props: dict[str, list] = {}
    pairs = ((q.predicate, q.object) for q in store.quads_for_pattern(node, None, None, graph))
    for p, o in (dict.fromkeys(pairs) if graph is None else pairs):
        props.setdefault(p.value, []).append(o)
    return props


def _entity_props(store: Store) -> dict[str, dict[str, list]]:
    """{entity IRI: {predicate: [terms]}} of the typed entity nodes: their classes and family links (from
    the papers' graphs, in a built store), their labels from the default graph (kg.resolve; from
    graph/entities in a store of an earlier layout). (Reading ``?s ?p ?o`` of every typed node over
    the union would also read what each paper says of the node, names and confidences: 20x the rows.)"""
    raw: dict[str, dict[str, list]] = {}
    classes = " ".join(f"<{c}>" for c in ENTITY_CLASS.values())
    for sol in store.query(f"SELECT DISTINCT ?s ?c WHERE {{ VALUES ?c {{ {classes} }} ?s a ?c }}",
                           use_default_graph_as_union=True):
        if isinstance(sol["s"], NamedNode):
            raw.setdefault(sol["s"].value, {}).setdefault(RDF + "type", []).append(sol["c"])
    for sol in store.query(f"SELECT DISTINCT ?s ?o WHERE {{ ?s <{SKOS}broader> ?o }}", use_default_graph_as_union=True):
        if sol["s"].value in raw:
            raw[sol["s"].value].setdefault(SKOS + "broader", []).append(sol["o"])
    graph = _own_graph(store)
    for p in ENTITY_LABELS:
        for q in store.quads_for_pattern(None, NamedNode(p), None, graph):
            if q.subject.value in raw:
                raw[q.subject.value].setdefault(p, []).append(q.object)
    return raw


def load_graph(store: Store) -> GraphData:
    """Read papers, entities and claims of ``store`` (the union of its graphs)."""
    ent_raw = _entity_props(store)
    pap_raw, clm_raw = _described(store, "Paper"), _described(store, "Claim")

    # entities referenced but never described still become nodes (label from their IRI)
    referenced = {o.value for props in pap_raw.values() for p, os in props.items()
                  if p.startswith(PKG) and p[len(PKG):] in RELATIONS for o in os}
    referenced |= {o.value for props in clm_raw.values()
                   for p in (PKG + "subject", PKG + "baseline", PKG + "onDataset", PKG + "onHardware")
                   for o in props.get(p, ())}
    referenced |= {o.value for props in ent_raw.values() for o in props.get(SKOS + "broader", ())}
    for iri in referenced:
        ent_raw.setdefault(iri, {})

    refs: dict[str, EntityRef] = {}
    entities: dict[str, Entity] = {}
    for iri, props in ent_raw.items():
        e = entities[key_of(iri)] = entity_of(iri, props)
        refs[iri] = e.ref
    for iri, props in ent_raw.items():
        family = family_of(props)
        if family:
            entities[key_of(iri)].family = refs[family]
    members: dict[str, list[EntityRef]] = {}
    for e in entities.values():
        if e.family:
            members.setdefault(e.family.key, []).append(e.ref)
    for k, ms in members.items():
        entities[k].members = tuple(sorted(ms, key=lambda r: (r.label, r.key)))

    claims: dict[str, Claim] = {}
    claims_of_paper: dict[str, list[Claim]] = {}
    paper_refs = {iri: paper_ref(iri, props) for iri, props in pap_raw.items()}
    for iri, props in clm_raw.items():
        c = claim_of(iri, props, refs, paper_refs)
        claims[c.key] = c
        if (paper := _one_iri(props, PKG + "paper")):
            claims_of_paper.setdefault(paper, []).append(c)

    papers: dict[str, Paper] = {}
    for iri, props in pap_raw.items():
        p = papers[key_of(iri)] = paper_of(iri, props, refs, claims_of_paper.get(iri, ()))
        for r, es in p.relations.items():
            for e in es:
                entities[e.key].papers.setdefault(r, []).append(p.ref)  # type: ignore[union-attr]
    for e in entities.values():
        e.papers = {r: tuple(sorted(set(ps))) for r, ps in sorted(e.papers.items(), key=lambda kv: RELATIONS.index(kv[0]))}

    return GraphData(papers=dict(sorted(papers.items())), entities=dict(sorted(entities.items())),
                     claims=dict(sorted(claims.items(), key=lambda kv: claim_order(kv[1]))))


# What one node is, from what the store says of it ({predicate: [terms]}): load_graph builds every node so,
# kg.nodes one node at a time.

def entity_of(iri: str, props: dict[str, list]) -> Entity:
    """An entity from its types and labels (its family, members and papers are linked by the caller); a node
    the store does not describe (props ``{}``) is named after its IRI."""
    key = key_of(iri)
    types = tuple(t for t in ENTITY_TYPES if any(c.value == PKG + t for c in props.get(RDF + "type", ())))
    main = (_one(props, _MAIN_TYPE) or "").capitalize()
    if main in types:
        types = (main, *(t for t in types if t != main))
    labels = sorted(_str_values(props, SKOS + "prefLabel")) or sorted(_str_values(props, RDFS + "label"))
    # one label even when papers disagree: the first in sort order, deterministic
    label = labels[0] if labels else key.rsplit("/", 1)[-1]
    aliases = sorted(set(_str_values(props, SKOS + "altLabel")) | set(labels[1:]) - {label},
                     key=lambda a: (a.casefold(), a))  # total order: output must not depend on set order
    return Entity(key=key, label=label, type=types[0] if types else "", types=types, aliases=tuple(aliases))


def family_of(props: dict[str, list]) -> str | None:
    """The IRI of an entity's family: the first of its skos:broader nodes in sort order."""
    broader = sorted(o.value for o in props.get(SKOS + "broader", ()))
    return broader[0] if broader else None


def paper_ref(iri: str, props: dict[str, list]) -> PaperRef:
    """A paper's id (its dcterms:identifier, or the end of its IRI) and title."""
    return PaperRef(_one(props, DCTERMS + "identifier") or key_of(iri).split("/", 1)[-1],
                    _one(props, DCTERMS + "title") or "")


def claim_of(iri: str, props: dict[str, list], refs: dict[str, EntityRef], papers: dict[str, PaperRef]) -> Claim:
    """A claim, its entities from ``refs`` (IRI -> ref) and its paper from ``papers`` (IRI -> ref; a paper
    not there is named after its IRI)."""
    paper_iri = _one_iri(props, PKG + "paper")
    paper = papers.get(paper_iri) or PaperRef(key_of(paper_iri or "").split("/", 1)[-1], "")
    kind_iri = _one_iri(props, PKG + "claimKind")
    subj = sorted(refs[o.value] for o in props.get(PKG + "subject", ()) if o.value in refs)
    return Claim(
        key=key_of(iri), paper=paper,
        kind=_KIND_OF_IRI.get(kind_iri, (kind_iri or "").rsplit("#", 1)[-1].lower()),
        value=_num(props, PKG + "value"), surface_text=_one(props, PKG + "surfaceText") or "",
        sentence=_one(props, PKG + "sentence") or "", value_min=_num(props, PKG + "valueMin"),
        unit=_one(props, PKG + "unit"), qualifier=_one(props, PKG + "qualifier"),
        measure=_one(props, PKG + "measure"),
        subject=_one(props, PKG + "subjectLabel") or (subj[0].label if subj else None),
        subject_entity=subj[0] if subj else None,
        baselines=tuple(sorted(_str_values(props, PKG + "baselineLabel"))),
        baseline_entities=_refs(props, PKG + "baseline", refs),
        datasets=_refs(props, PKG + "onDataset", refs), hardware=_refs(props, PKG + "onHardware", refs),
        field=_one(props, PKG + "field"), start=_int(props, PKG + "start"), end=_int(props, PKG + "end"),
        sentence_start=_int(props, PKG + "sentenceStart"), sentence_end=_int(props, PKG + "sentenceEnd"),
        found_by=_one(props, PKG + "foundBy"))


def paper_of(iri: str, props: dict[str, list], refs: dict[str, EntityRef], claims: Iterable[Claim]) -> Paper:
    """A paper, its entities from ``refs`` (IRI -> ref), with its ``claims``."""
    ref = paper_ref(iri, props)
    rels = {r: _refs(props, PKG + r, refs) for r in RELATIONS}
    date = _one(props, DCTERMS + "date")
    return Paper(
        id=ref.id, key=key_of(iri), title=ref.title, abstract=_one(props, DCTERMS + "abstract") or "",
        date=date if isinstance(date, _dt.date) else None, arxiv_id=_one(props, PKG + "arxivId"),
        authors=tuple(sorted(_str_values(props, SCHEMA + "author"))),
        author_count=_int(props, PKG + "authorCount"), organisation=_one(props, PKG + "organisation"),
        upvotes=_int(props, PKG + "upvotes"), sources=tuple(sorted(_str_values(props, PKG + "sourceFile"))),
        code_repositories=tuple(sorted(o.value for o in props.get(SCHEMA + "codeRepository", ()))),
        relations={r: v for r, v in rels.items() if v},
        claims=tuple(sorted(claims, key=claim_order)))


def claim_order(c: Claim):
    """The order of claims: by paper, then by their number in the paper."""
    head, _, n = c.key.rpartition("/")
    return (head, int(n)) if n.isdigit() else (c.key, 0)


def _str_values(props, pred) -> list[str]:
    return [o.value for o in props.get(pred, ())]


def _one(props, pred):
    """The smallest value of a property (deterministic when a store holds several), or None."""
    vals = sorted((_py(o) for o in props.get(pred, ())), key=lambda v: (str(type(v)), v))
    return vals[0] if vals else None


def _one_iri(props, pred) -> str | None:
    vals = sorted(o.value for o in props.get(pred, ()) if isinstance(o, NamedNode))
    return vals[0] if vals else None


def _num(props, pred) -> float | None:
    v = _one(props, pred)
    return float(v) if isinstance(v, (int, float)) else None


def _int(props, pred) -> int | None:
    v = _one(props, pred)
    return int(v) if isinstance(v, (int, float)) else None


def _refs(props, pred, refs: dict[str, EntityRef]) -> tuple[EntityRef, ...]:
    return tuple(sorted({refs[o.value] for o in props.get(pred, ()) if o.value in refs},
                        key=lambda r: (r.label, r.key)))


__all__ = ["Claim", "Entity", "EntityRef", "GraphData", "Paper", "PaperRef", "RELATIONS", "ENTITY_TYPES",
           "key_of", "load_graph"]
