"""One paper or entity, some claims, or the edges around one node, read from the store on their own: equal
to what kg.graphdata.load_graph (and kg.views' full projection) gives for them.

Reading the whole graph takes about a minute and 2.2 GiB for 80,000 papers; a lookup by id or key
(``KnowledgeGraph.paper``, ``.entity``, ``.neighbors``, before anything loaded the whole graph) reads the
index ranges of one node and its neighbours instead: milliseconds. ``.claims`` reads the claims its filters
can match (``linking``, ``labelled``, ``read_claims``); a look-up by title or alias reads every title
(``paper_titles``) or every entity's names (``named_entities``) once: seconds. The nodes are built by the
functions load_graph uses (``kg.graphdata.entity_of``, ``paper_of``, ``claim_of``), from what each node's own
triples say.

>>> from pyoxigraph import Store
>>> read_paper(Store(), "https://w3id.org/paper-kg/id/paper/arxiv:2503.14376") is None
True
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

from pyoxigraph import Literal, NamedNode, Store

from kg.graphdata import (ENTITY_LABELS, RELATIONS, Claim, Entity, EntityRef, Paper, PaperRef, _entity_props,
                          _one_iri, _own_graph, claim_of, claim_order, entity_of, family_of, key_of, node_props,
                          paper_of, paper_ref)
from kg.namespaces import BROADER as _BROADER
from kg.namespaces import DCTERMS, ENTITY_CLASS, ID, PKG, RDF, SKOS

_TYPE = NamedNode(RDF + "type")
_KEY, _PREF, _MENTIONS = NamedNode(PKG + "key"), NamedNode(SKOS + "prefLabel"), NamedNode(PKG + "mentions")
_PAPER, _CLAIM = NamedNode(PKG + "Paper"), NamedNode(PKG + "Claim")
_OF_PAPER = NamedNode(PKG + "paper")
_CLAIM_ENTITIES = (PKG + "subject", PKG + "baseline", PKG + "onDataset", PKG + "onHardware")


def read_paper(store: Store, iri: str) -> Paper | None:
    """The paper ``iri`` with its claims and the entities it links to, or None when the store has no such
    paper."""
    graph = _own_graph(store)
    node = NamedNode(iri)
    if not _typed(store, node, _PAPER, graph):
        return None
    props = node_props(store, node, graph)
    claims = {}
    for q in store.quads_for_pattern(None, NamedNode(PKG + "paper"), node, graph):
        read = _read_claim(store, q.subject, graph)
        if read and read[1] == key_of(iri):  # (a claim naming two papers is the first one's)
            claims[read[0].key] = read[0]
    refs = {o.value: _entity_ref(store, o) for r in RELATIONS for o in props.get(PKG + r, ())}
    return paper_of(iri, props, refs, claims.values())


def read_entity(store: Store, iri: str) -> Entity | None:
    """The entity ``iri`` with its family, members and papers, or None when no entity class types it (a
    node the graph only names is left to load_graph, which names it after its IRI)."""
    node = NamedNode(iri)
    props = entity_props(store, node)
    if not props:
        return None
    entity = entity_of(iri, props)
    family = family_of(props)
    if family:
        entity.family = _entity_ref(store, NamedNode(family))
    members = []
    for m in dict.fromkeys(q.subject for q in store.quads_for_pattern(None, _BROADER, node, None)):
        member = entity_props(store, m) if isinstance(m, NamedNode) else {}
        if member and family_of(member) == iri:
            members.append(entity_of(m.value, member).ref)
    entity.members = tuple(sorted(members, key=lambda r: (r.label, r.key)))
    graph = _own_graph(store)
    for r in RELATIONS:
        papers = {_paper_ref(store, q.subject, graph)
                  for q in store.quads_for_pattern(None, NamedNode(PKG + r), node, graph)
                  if _typed(store, q.subject, _PAPER, graph)}
        if papers:
            entity.papers[r] = tuple(sorted(papers))
    return entity


Edge = tuple[str, str, str, str, str]  # the other node's key, label and type; the relation; "out" or "in"


def read_edges(store: Store, key: str) -> set[Edge] | None:
    """The edges around the node ``key`` in the full projection (kg.views.full), each seen from the node;
    None when the node is no paper, typed entity or claim of the store, or is a claim of a paper the store
    does not type (those are left to the whole graph)."""
    kind, iri = key.split("/", 1)[0], ID + key
    graph = _own_graph(store)
    if kind == "paper":
        paper = read_paper(store, iri)
        if paper is None:
            return None
        return ({(r.key, r.label, r.type or "Entity", rel, "out") for rel, refs in paper.relations.items() for r in refs}
                | {(c.key, c.label, "Claim", "claimOf", "in") for c in paper.claims})
    if kind == "claim":
        read = _read_claim(store, NamedNode(iri), graph)
        if read is None:
            return None
        claim, paper_key = read
        return ({(paper_key, claim.paper.title, "Paper", "claimOf", "out")}
                | {(r.key, r.label, r.type or "Entity", rel, "out") for rel, r in claim.entity_links()})
    entity = read_entity(store, iri) if kind == "entity" else None
    if entity is None:
        return None
    node = NamedNode(iri)
    edges = {(m.key, m.label, m.type or "Entity", "broader", "in") for m in entity.members}
    if entity.family:
        f = entity.family
        edges.add((f.key, f.label, f.type or "Entity", "broader", "out"))
    for r in RELATIONS:
        for q in store.quads_for_pattern(None, NamedNode(PKG + r), node, graph):
            if _typed(store, q.subject, _PAPER, graph):
                edges.add((key_of(q.subject.value), _paper_ref(store, q.subject, graph).title, "Paper", r, "in"))
    claims = {q.subject for p in _CLAIM_ENTITIES for q in store.quads_for_pattern(None, NamedNode(p), node, graph)}
    refs, papers = {}, {}  # (the claims of a benchmark share it and their entities' refs)
    for c in claims:
        if not _typed(store, c, _CLAIM, graph):
            continue
        read = _read_claim(store, c, graph, refs, papers)
        if read is None:
            return None  # a claim of a paper the store does not type
        claim, _ = read
        edges |= {(claim.key, claim.label, "Claim", rel, "in") for rel, r in claim.entity_links() if r.key == entity.key}
    return edges


def neighbour_keys(store: Store, key: str) -> set[str] | None:
    """The keys of the nodes one edge away from ``key`` in the full projection, as read_edges gives them
    (None where it gives None), without reading their labels and values: for a benchmark of a thousand
    claims, a few index look-ups per claim instead of its whole description. What a path search needs of the
    nodes it passes."""
    kind, iri = key.split("/", 1)[0], ID + key
    graph, node = _own_graph(store), NamedNode(iri)
    if kind == "paper":
        if not _typed(store, node, _PAPER, graph):
            return None
        out = {key_of(q.object.value) for r in RELATIONS
               for q in store.quads_for_pattern(node, NamedNode(PKG + r), None, graph)}
        for q in store.quads_for_pattern(None, _OF_PAPER, node, graph):
            if _typed(store, q.subject, _CLAIM, graph) and _claim_paper(store, q.subject, graph) == iri:
                out.add(key_of(q.subject.value))  # (a claim naming two papers is the first one's)
        return out
    if kind == "claim":
        if not _typed(store, node, _CLAIM, graph):
            return None
        paper = _claim_paper(store, node, graph)
        if paper is None or not _typed(store, NamedNode(paper), _PAPER, graph):
            return None
        return {key_of(paper), *_linked_keys(store, node, graph)}
    props = entity_props(store, node) if kind == "entity" else {}
    if not props:
        return None
    family = family_of(props)
    out = {key_of(family)} if family else set()
    for m in dict.fromkeys(q.subject for q in store.quads_for_pattern(None, _BROADER, node, None)):
        if isinstance(m, NamedNode) and family_of(entity_props(store, m)) == iri:
            out.add(key_of(m.value))
    for r in RELATIONS:
        out |= {key_of(q.subject.value) for q in store.quads_for_pattern(None, NamedNode(PKG + r), node, graph)
                if _typed(store, q.subject, _PAPER, graph)}
    for c in {q.subject for p in _CLAIM_ENTITIES for q in store.quads_for_pattern(None, NamedNode(p), node, graph)}:
        if not _typed(store, c, _CLAIM, graph):
            continue
        paper = _claim_paper(store, c, graph)
        if paper is None or not _typed(store, NamedNode(paper), _PAPER, graph):
            return None  # a claim of a paper the store does not type (read_edges leaves it to the whole graph)
        if key in _linked_keys(store, c, graph):
            out.add(key_of(c.value))
    return out


def _claim_paper(store: Store, claim: NamedNode, graph) -> str | None:
    """The IRI of a claim's paper as claim_of reads it: the smallest of its pkg:paper nodes."""
    papers = [q.object.value for q in store.quads_for_pattern(claim, _OF_PAPER, None, graph)
              if isinstance(q.object, NamedNode)]
    return min(papers) if papers else None


def _linked_keys(store: Store, claim: NamedNode, graph) -> set[str]:
    """The keys of the entities a claim links to in the full projection (Claim.entity_links): its first subject
    (by key), all its baselines, datasets and hardware."""
    subject = NamedNode(_CLAIM_ENTITIES[0])
    subjects = [key_of(q.object.value) for q in store.quads_for_pattern(claim, subject, None, graph)]
    out = {min(subjects)} if subjects else set()
    for p in _CLAIM_ENTITIES[1:]:
        out |= {key_of(q.object.value) for q in store.quads_for_pattern(claim, NamedNode(p), None, graph)}
    return out


def read_claims(store: Store, iris: Iterable[str]) -> list[Claim] | None:
    """The claims among the nodes ``iris``, as load_graph gives them and in its order (by paper, then
    position); None when one of them is a claim of a paper the store does not type (load_graph names
    such a paper after its IRI: left to it). Nodes that are no claim are left out.

    >>> read_claims(Store(), ["https://w3id.org/paper-kg/id/claim/arxiv:2503.14376/1"])
    []
    """
    graph = _own_graph(store)
    refs: dict = {}  # the entity and paper refs read so far: claims share their benchmarks and papers
    papers: dict = {}
    claims = []
    for iri in iris:
        node = NamedNode(iri)
        if not _typed(store, node, _CLAIM, graph):
            continue
        read = _read_claim(store, node, graph, refs, papers)
        if read is None:
            return None
        claims.append(read[0])
    return sorted(claims, key=claim_order)


def linking(store: Store, predicate: str, nodes: Iterable[str]) -> set[str]:
    """The IRIs of the nodes that link to any of ``nodes`` (IRIs) by ``predicate``, in the graph that
    keeps papers and claims.

    >>> linking(Store(), "https://w3id.org/paper-kg/ontology#onDataset", ["https://w3id.org/paper-kg/id/entity/aime"])
    set()
    """
    graph, p = _own_graph(store), NamedNode(predicate)
    return {q.subject.value for n in nodes for q in store.quads_for_pattern(None, p, NamedNode(n), graph)
            if isinstance(q.subject, NamedNode)}


def labelled(store: Store, predicate: str, test: Callable[[str], bool]) -> set[str]:
    """The IRIs of the nodes with a ``predicate`` value that passes ``test`` (one read of every value of
    ``predicate``: 52,000 claim subjects at 80k papers, 0.4 s)."""
    graph, p = _own_graph(store), NamedNode(predicate)
    by_value: dict[str, list[str]] = {}  # each value tested once: claims repeat their subjects' names
    for q in store.quads_for_pattern(None, p, None, graph):
        if isinstance(q.subject, NamedNode):
            by_value.setdefault(q.object.value, []).append(q.subject.value)
    return {node for value, nodes in by_value.items() if test(value) for node in nodes}


def unlabelled_subjects(store: Store) -> set[str]:
    """The IRIs of the claims with a ``pkg:subject`` but no ``pkg:subjectLabel`` (``kg build`` writes both;
    a store written otherwise may not), whose subject is named by its entity's label."""
    query = f"SELECT DISTINCT ?c WHERE {{ ?c <{PKG}subject> ?e MINUS {{ ?c <{PKG}subjectLabel> ?l }} }}"
    rows = store.query(query, use_default_graph_as_union=_own_graph(store) is None)
    return {r[0].value for r in rows if isinstance(r[0], NamedNode)}


def _read_claim(store: Store, node: NamedNode, graph, refs: dict | None = None,
                papers: dict | None = None) -> tuple[Claim, str] | None:
    """A claim and its paper's key; None when the store does not type the claim, or its paper. ``refs``
    and ``papers`` (IRI -> EntityRef, PaperRef) keep the refs read, for the next claim read."""
    if not _typed(store, node, _CLAIM, graph):
        return None
    props = node_props(store, node, graph)
    paper = _one_iri(props, PKG + "paper")
    if paper is None or not _typed(store, NamedNode(paper), _PAPER, graph):
        return None
    refs = {} if refs is None else refs
    papers = {} if papers is None else papers
    for o in (o for p in _CLAIM_ENTITIES for o in props.get(p, ())):
        if o.value not in refs:
            refs[o.value] = _entity_ref(store, o)
    if paper not in papers:
        papers[paper] = _paper_ref(store, NamedNode(paper), graph)
    return claim_of(node.value, props, refs, papers), key_of(paper)


def entity_props(store: Store, node) -> dict[str, list]:
    """What load_graph reads of an entity node (kg.graphdata._entity_props): its entity classes and family
    links over all graphs, its labels from the graph that keeps them; ``{}`` when no entity class types it."""
    types = [NamedNode(c) for c in ENTITY_CLASS.values() if _typed(store, node, NamedNode(c), None)]
    if not types:
        return {}
    props: dict[str, list] = {RDF + "type": types}
    broader = list(dict.fromkeys(q.object for q in store.quads_for_pattern(node, _BROADER, None, None)))
    if broader:
        props[SKOS + "broader"] = broader
    graph = _own_graph(store)
    for p in ENTITY_LABELS:
        labels = [q.object for q in store.quads_for_pattern(node, NamedNode(p), None, graph)]
        if labels:
            props[p] = labels
    return props


def _entity_ref(store: Store, term) -> EntityRef:
    props = entity_props(store, term) if isinstance(term, NamedNode) else {}
    return entity_of(term.value, props).ref


def _paper_ref(store: Store, node: NamedNode, graph) -> PaperRef:
    props = {p: [q.object for q in store.quads_for_pattern(node, NamedNode(p), None, graph)]
             for p in (DCTERMS + "identifier", DCTERMS + "title")}
    return paper_ref(node.value, props)


def paper_titles(store: Store) -> dict[str, str]:
    """{IRI: title} of every paper, by its title as load_graph reads it (the smallest, if a store gives
    several): what a look-up by title needs, without the rest of the graph (2 s at 80k papers).

    >>> paper_titles(Store())
    {}
    """
    graph = _own_graph(store)
    titles: dict[str, str] = {}
    for q in store.quads_for_pattern(None, NamedNode(DCTERMS + "title"), None, graph):
        node, title = q.subject, q.object.value
        if isinstance(node, NamedNode) and (node.value not in titles or title < titles[node.value]):
            titles[node.value] = title
    papers = {q.subject.value for q in store.quads_for_pattern(None, _TYPE, _PAPER, graph)}
    return {iri: title for iri, title in titles.items() if iri in papers}


def named_entities(store: Store) -> list[Entity]:
    """Every entity some class types, with its label and aliases but not its family, members or papers: what a
    look-up by name or alias needs (kg.api), read without the rest of the graph (at 80k papers 12 s and
    0.5 GiB, against a minute and 2.2 GiB). A node the graph names but types nowhere is load_graph's alone
    (named after its IRI); a store ``kg build`` writes has none."""
    return [entity_of(iri, props) for iri, props in _entity_props(store).items()]


def keyed_entities(store: Store, name: str) -> list[tuple[int, str]] | None:
    """The entities that have ``name`` as a label or alias, case-insensitively, found through the index of
    lower-case labels (``pkg:key``, kg.resolve) rather than by reading every entity's labels (12 s at 80k
    papers): (0, IRI) when it is the preferred label, (1, IRI) when an alias, sorted. None when the store
    has no ``pkg:key`` (a store built before it existed).

    >>> keyed_entities(Store(), "AIME24") is None
    True
    """
    graph = _own_graph(store)
    if not _has(store, None, _KEY, None, graph):
        return None
    wanted = name.casefold()
    found = []
    for q in store.quads_for_pattern(None, _KEY, Literal(name.lower()), graph):
        node = q.subject
        if isinstance(node, NamedNode):
            labels = [p.object.value for p in store.quads_for_pattern(node, _PREF, None, graph)]
            found.append((0 if any(label.casefold() == wanted for label in labels) else 1, node.value))
    return sorted(set(found))


def papers_naming(store: Store, iri: str) -> int:
    """How many papers name the entity ``iri`` (``pkg:mentions``: one index range)."""
    return sum(1 for _ in store.quads_for_pattern(None, _MENTIONS, NamedNode(iri), None))


def is_named(store: Store, iri: str) -> bool:
    """Whether a triple of any graph points to the node ``iri``."""
    return _has(store, None, None, NamedNode(iri), None)


def is_described(store: Store, iri: str) -> bool:
    """Whether a triple of any graph is about the node ``iri``."""
    return _has(store, NamedNode(iri), None, None, None)


def _typed(store: Store, node, cls: NamedNode, graph) -> bool:
    return isinstance(node, NamedNode) and _has(store, node, _TYPE, cls, graph)


def _has(store: Store, s, p, o, graph) -> bool:
    return next(iter(store.quads_for_pattern(s, p, o, graph)), None) is not None
