"""The Python API: open or build a store, then look things up, traverse, query and project.

>>> import kg                                                       # doctest: +SKIP
>>> g = kg.open("kg-store")                                         # doctest: +SKIP
>>> g.entity("AIME24").label, [m.label for m in g.entity("AIME").members]   # doctest: +SKIP
('AIME 2024', ['AIME 2024', 'AIME 2025'])
>>> g.sparql("SELECT (COUNT(*) AS ?n) WHERE { ?p a pkg:Paper }").n[0]      # doctest: +SKIP
389

Lookups return the plain dataclasses of ``kg.graphdata`` (``Paper``, ``Entity``, ``Claim`` and the
``PaperRef``/``EntityRef`` links inside them). Nodes are named by key (``paper/<paper id>``,
``entity/<slug>``, ``claim/<paper id>/<n>``); every method taking a node also accepts a paper id or
title, an entity name or alias, an IRI, or one of the dataclasses.
"""
from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from pyoxigraph import BlankNode, Literal, NamedNode, QueryBoolean, QueryTriples, Store

from kg import search_index
from kg.building import build as _run_build
from kg.graphdata import Claim, Entity, EntityRef, GraphData, Paper, PaperRef, RELATIONS, key_of, load_graph
from kg.namespaces import CLAIM_KIND, ID, PKG, PREFIXES, XSD, paper_iri, slug
from kg.nodes import (is_described, is_named, keyed_entities, labelled, linking, named_entities, neighbour_keys,
                      paper_titles, papers_naming, read_claims, read_edges, read_entity, read_paper,
                      unlabelled_subjects)
from kg.results import python_value
from kg.store import DEFAULT_STORE, open_store
from extractors.records import normalise_title

if TYPE_CHECKING:
    import networkx
    import pandas

# pandas and networkx are imported where used: `import kg` (and so every `kg` command) stays quick

DIRECTIONS = ("out", "in", "both")
# the nodes ``path`` reads alone before it reads the whole snapshot instead (a minute at 80k papers)
PATH_BUDGET = 2000


class _ClaimLink(NamedTuple):
    """What a claim filter naming an entity tests, and how the store finds the claims it can match."""

    names: Callable[[Claim], tuple]  # the claim's entities, and the labels written where none resolved
    predicates: tuple[str, ...]  # the claim -> entity links (pkg:...)


_CLAIM_LINKS = {
    "subject": _ClaimLink(lambda c: ([c.subject_entity] if c.subject_entity else [], [c.subject or ""]), ("subject",)),
    "baseline": _ClaimLink(lambda c: (c.baseline_entities, c.baselines), ("baseline",)),
    "dataset": _ClaimLink(lambda c: (c.datasets, []), ("onDataset",)),
    "hardware": _ClaimLink(lambda c: (c.hardware, []), ("onHardware",)),
    "entity": _ClaimLink(lambda c: ((*([c.subject_entity] if c.subject_entity else []), *c.baseline_entities,
                                     *c.datasets, *c.hardware), []),
                         ("subject", "baseline", "onDataset", "onHardware")),
}
CLAIM_FILTERS = ("paper", "kind", "subject", "baseline", "dataset", "hardware", "entity", "measure", "unit",
                 "min_value", "max_value")


def _suggest(q: str, labels) -> str:
    """"; did you mean one of [...]?" with labels containing ``q`` or spelled close to it, or ""."""
    import difflib

    labels = sorted(set(labels), key=lambda lab: (lab.casefold(), lab))
    folded = {lab.casefold(): lab for lab in labels}
    close = [lab for lab in labels if q.casefold() in lab.casefold()]
    close += [folded[m] for m in difflib.get_close_matches(q.casefold(), list(folded), n=5, cutoff=0.75)
              if folded[m] not in close]
    return f"; did you mean one of {close[:5]}?" if close else ""


class NotFound(LookupError):
    """A paper, entity or node that is not in the graph (the message lists close matches)."""


@dataclass(frozen=True)
class Neighbor:
    """One edge around a node: ``direction`` "out" when the edge goes from the node to ``key``."""

    key: str
    label: str
    type: str
    relation: str
    direction: str


@dataclass(frozen=True)
class Step:
    """One edge of a path, in walking order; ``forward`` is False when walked against its direction."""

    source: str
    source_label: str
    relation: str
    target: str
    target_label: str
    forward: bool


def open(path: str | Path = DEFAULT_STORE) -> KnowledgeGraph:  # noqa: A001 - the API name the issue asks for
    """Open the on-disk store at ``path`` (read-only)."""
    return KnowledgeGraph(open_store(path), Path(path))


def build(paths: Iterable[str | Path], store: str | Path = DEFAULT_STORE, **options) -> KnowledgeGraph:
    """Build (or update) the store at ``store`` from corpus files, then open it. ``options`` go to
    ``kg.building.build`` (``workers``, ``progress`` ...); the build report is ``KnowledgeGraph.report``."""
    report = _run_build([str(p) for p in paths], store, **options)
    g = open(store)
    g.report = report
    return g


class KnowledgeGraph:
    """A read-only view of a store. Everything but ``sparql``/``query`` works on a snapshot read once
    (lazily) from the store; call ``reload()`` after the store changed. Until something needs the whole
    snapshot (a minute for 80,000 papers), ``paper``, ``entity``, ``node``, ``neighbors``, ``path`` and
    ``claims`` with filters read only what they need from the store (kg.nodes: milliseconds by id, key,
    label or alias through the store's indexes, and by title through the search index)."""

    def __init__(self, store: Store, path: Path | None = None):
        self.store = store
        self.store_path = path  # None for a store opened elsewhere (e.g. in memory)
        self.report = None
        self._data: GraphData | None = None
        self._full = None  # the "full" projection, built on first use
        self._names: tuple[dict[str, list[tuple[int, str]]], list[str]] | None = None
        self._titles: dict[str, str] | None = None  # paper key -> title, read alone (kg.nodes.paper_titles)

    @classmethod
    def from_store(cls, store: Store) -> KnowledgeGraph:
        """Wrap an open pyoxigraph store (e.g. an in-memory one)."""
        return cls(store)

    def __repr__(self) -> str:
        return f"<KnowledgeGraph {self.store_path or 'in memory'}>"

    def reload(self) -> None:
        self._data = self._full = self._names = self._titles = None

    @property
    def data(self) -> GraphData:
        if self._data is None:
            self._data = load_graph(self.store)
        return self._data

    # ---- SPARQL and the query library -------------------------------------------------------------
    def sparql(self, text: str, *, timeout: float | None = None, **bindings) -> pandas.DataFrame:
        """Run a SELECT (or ASK/CONSTRUCT) over the union of all graphs; the standard prefixes
        (pkg, rdf, rdfs, xsd, dcterms, schema, skos, prov, owl) are predeclared.

        Columns are typed: xsd:decimal/double/float -> float, integers -> int (nullable ``Int64``
        when a row is unbound), xsd:date -> ``datetime.date``, xsd:dateTime -> ``datetime``,
        booleans -> bool, IRIs and strings -> str. ``bindings`` are bound with pyoxigraph's
        ``substitutions`` (never pasted into the text; pyoxigraph requires a bound variable to be in the
        SELECT projection). ASK gives one column ``result``;
        CONSTRUCT/DESCRIBE give subject/predicate/object.

        With ``timeout`` (seconds) the query runs in a child process on the store opened read-only and
        raises ``kg.queries.QueryTimeout`` when it takes longer, as ``kg sparql`` does: a query in this
        process cannot be interrupted. ``timeout`` is therefore no variable name to bind.

        >>> g.sparql("SELECT (COUNT(*) AS ?n) WHERE { ?p a pkg:Paper }", timeout=10)   # doctest: +SKIP
        """
        from pyoxigraph import Variable

        subs = {Variable(k): _to_term(v) for k, v in bindings.items()}
        if timeout:
            from kg import queries

            return frame_of(queries.run_bound(text, queries.Binding(subs, frozenset()), store=self._on_disk(),
                                              timeout=timeout, typed=True, label="the SPARQL query"))
        prologue = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())
        result = self.store.query(prologue + text, use_default_graph_as_union=True, substitutions=subs or None)
        return frame_of(result)

    def query(self, name: str, *, timeout: float | None = None, **params) -> pandas.DataFrame:
        """Run the library query ``name`` (``kg queries`` lists them) with ``params``; a DataFrame typed
        like ``sparql``'s. Unknown queries or parameters raise ``kg.queries``'s
        ``UnknownQuery``/``ParameterError`` with the valid choices. ``timeout``: as for ``sparql``, and
        ``kg query``'s ``--timeout``.

        >>> g.query("papers-evaluated-on", benchmark="AIME")             # doctest: +SKIP
        """
        from kg import queries

        q = queries.load(name)
        binding = q.bind(params)
        rows = queries.indexed(q, binding, self.store_path) if q.index and self.store_path else None
        if rows is not None:  # the side index answered (search): its dates are text, typed like python_value's
            return _typed(rows.columns, [[_dt.date.fromisoformat(v) if c == "date" and v else v
                                          for c, v in zip(rows.columns, row)] for row in rows.rows])
        rows = queries.run_bound(q.text, binding, store=self._on_disk() if timeout else self.store, timeout=timeout,
                                 typed=True, label=f"query '{name}'")
        return _typed(rows.columns, rows.rows)

    def _on_disk(self) -> Path:
        """The store's directory, which a query with a time limit opens in its own process."""
        if self.store_path is None:
            raise ValueError("a time limit needs the store on disk (kg.open(PATH)); this one was opened elsewhere")
        return self.store_path

    # ---- lookups ----------------------------------------------------------------------------------
    def papers(self) -> list[Paper]:
        """Every paper, sorted by id."""
        return sorted(self.data.papers.values(), key=lambda p: p.id)

    def paper(self, id_or_title: str | PaperRef | Paper) -> Paper:
        """A paper by id (``arxiv:2503.14376``, ``t:…``), bare arXiv id, key, IRI or title (any case
        and punctuation)."""
        if isinstance(id_or_title, (Paper, PaperRef)):
            id_or_title = id_or_title.id
        q = str(id_or_title).strip()
        keys = (q, key_of(q), "paper/" + q, "paper/arxiv:" + q)
        if self._data is None:  # read from the store on its own, not the whole graph (kg.nodes)
            for key in keys:
                if (iri := _iri(key)) and (found := read_paper(self.store, iri)):
                    return found
            if self._titles is None and (found := self._paper_by_indexed_title(q)):
                return found
            # by title: the titles alone, read once (kg.nodes.paper_titles: 2 s at 80k papers, not a minute)
            if self._titles is None:
                self._titles = {key_of(iri): title for iri, title in paper_titles(self.store).items()}
            titles = self._titles
        else:
            papers = self.data.papers
            for key in keys:
                if key in papers:
                    return papers[key]
            titles = {k: p.title for k, p in papers.items()}
        norm = normalise_title(q)
        hits = [k for k, title in titles.items() if norm and normalise_title(title) == norm]
        if hits:
            return min((self._paper(k) for k in hits), key=lambda p: (p.id, p.key))
        close = sorted(title for title in titles.values() if norm and norm in normalise_title(title))[:5]
        raise NotFound(f"no paper {q!r}" + (f"; titles containing it: {close}" if close else ""))

    def _paper_by_indexed_title(self, title: str) -> Paper | None:
        """The paper with this title (any case and punctuation) found through the store's search index
        (kg.search_index: milliseconds, where reading every title takes 2 s at 80k papers); None when
        the index has none or cannot answer (no store path, a missing or stale index)."""
        norm = normalise_title(title)
        rows = search_index.search(self.store_path, norm.split()) if norm and self.store_path else None
        hits = [paper_iri(r[0]) for r in rows.rows if normalise_title(r[1]) == norm] if rows else []
        return min((self._paper(key_of(iri.value)) for iri in hits), key=lambda p: (p.id, p.key), default=None)

    def _paper(self, key: str) -> Paper:
        """The paper ``key`` (one the store has), read alone until the snapshot is read."""
        return (read_paper(self.store, ID + key) if self._data is None else None) or self.data.papers[key]

    def entities(self, type: str | None = None) -> list[Entity]:  # noqa: A002 - the issue's parameter name
        """Every entity (or those having ``type``: method, model, dataset, task, hardware, concept),
        sorted by label."""
        es = self.data.entities.values()
        if type is not None:
            t = type.strip().lower()
            valid = {x.lower() for x in ("Method", "Model", "Dataset", "Task", "Hardware", "Concept")}
            if t not in valid:
                raise ValueError(f"unknown entity type {type!r}; valid: {', '.join(sorted(valid))}")
            es = [e for e in es if t in {x.lower() for x in e.types}]
        return sorted(es, key=lambda e: (e.label.casefold(), e.key))

    def entity(self, name: str | EntityRef | Entity) -> Entity:
        """An entity by name: its key or IRI; else its label or any alias (case-insensitive; the entity most
        papers name when several share it); else the key its slug makes ("flash-attention")."""
        if isinstance(name, (Entity, EntityRef)):
            name = name.key
        q = str(name).strip()
        # a label before a slug: a slug keeps only letters and digits, so two names can share it ("R&D", "RD")
        found = self._entity_by_key(q, key_of(q)) or self._entity_by_label(q) or \
            self._entity_by_key("entity/" + slug(q))
        if found is not None:
            return found
        names, labels = self._name_index()
        hits = names.get(slug(q))
        if hits:
            return self._entity(self._most_named(hits))
        raise NotFound(f"no entity {q!r}" + _suggest(q, labels))

    def _entity_by_key(self, *keys: str) -> Entity | None:
        """The entity the first of these node keys that the graph has names, read alone until the snapshot
        is read (kg.nodes)."""
        if self._data is None:
            for key in keys:
                if not (iri := _iri(key)):
                    continue
                if (found := read_entity(self.store, iri)):
                    return found
                if is_named(self.store, iri):
                    _ = self.data  # a node the graph names but does not type: load_graph names it after its IRI
                    break
        if self._data is not None:
            return next((self.data.entities[k] for k in keys if k in self.data.entities), None)
        return None

    def _entity_by_label(self, name: str) -> Entity | None:
        """The entity with ``name`` as label or alias, case-insensitively, that most papers name: through
        the store's index of lower-case labels (kg.nodes.keyed_entities) until the snapshot or the index of
        every name is read."""
        if self._data is None and self._names is None:
            keyed = keyed_entities(self.store, name)
            if keyed is not None:
                return self._entity(self._most_named(keyed)) if keyed else None
        hits = self._name_index()[0].get(name.casefold())
        return self._entity(self._most_named(hits)) if hits else None

    def claims(self, **filters) -> list[Claim]:
        """Claims matching every filter, in paper then position order.

        Filters: ``paper`` (id or title), ``kind`` ("speedup" ...), ``subject``/``baseline``/``dataset``/
        ``hardware``/``entity`` (an entity name: the entity and its family members match, e.g.
        ``dataset="AIME"`` matches AIME 2024 claims; a subject/baseline name that did not resolve to
        an entity matches its label), ``measure``/``unit`` (case-insensitive substring),
        ``min_value``/``max_value``. Until something needs the whole snapshot, the claims the filters can
        match are read from the store alone (kg.nodes.read_claims); all of them, with no filter, from the
        snapshot.
        """
        unknown = sorted(set(filters) - set(CLAIM_FILTERS))
        if unknown:
            raise TypeError(f"unknown claim filter(s) {unknown}; valid: {', '.join(CLAIM_FILTERS)}")
        given = {f: v for f, v in filters.items() if v is not None}
        paper = self.paper(given["paper"]) if "paper" in given else None
        families = {f: self._family_keys(v) for f, v in given.items() if f in _CLAIM_LINKS}
        out = self._claims_read_alone(given, paper, families) if self._data is None else None
        if out is None:
            out = list(self.data.claims.values())
        if paper is not None:
            out = [c for c in out if c.paper.id == paper.id]
        if "kind" in given:
            out = [c for c in out if c.kind == str(given["kind"]).lower()]
        for f, keys in families.items():
            get, want = _CLAIM_LINKS[f].names, slug(str(given[f]))
            out = [c for c in out if any(r.key in keys for r in get(c)[0]) or any(slug(x) == want for x in get(c)[1])]
        for f, get in (("measure", lambda c: c.measure), ("unit", lambda c: c.unit)):
            if (v := given.get(f)) is not None:
                out = [c for c in out if get(c) and str(v).casefold() in get(c).casefold()]
        if (v := given.get("min_value")) is not None:
            out = [c for c in out if c.value is not None and c.value >= float(v)]
        if (v := given.get("max_value")) is not None:
            out = [c for c in out if c.value is not None and c.value <= float(v)]
        return out

    def _claims_read_alone(self, given: dict, paper: Paper | None,
                           families: dict[str, set[str]]) -> list[Claim] | None:
        """The claims that can match the filters, read from the store on their own (a superset of the answer,
        which ``claims`` then filters as it filters the snapshot's); None when no filter is given (every
        claim: the snapshot), or, rarely, when the store has a claim only the snapshot can name."""
        sets = []
        if paper is not None:
            sets.append(linking(self.store, PKG + "paper", [ID + paper.key]))
        if "kind" in given and (kind := CLAIM_KIND.get(str(given["kind"]).lower())):
            sets.append(linking(self.store, PKG + "claimKind", [kind]))
        for f, keys in families.items():
            nodes = [ID + k for k in keys]
            found = set().union(*(linking(self.store, PKG + p, nodes) for p in _CLAIM_LINKS[f].predicates))
            # a name matches the subjects and baselines written so (pkg:subjectLabel, pkg:baselineLabel), or a
            # subject entity's label where the claim says none (a store not written by `kg build`)
            want = slug(str(given[f]))
            if f == "subject":
                found |= labelled(self.store, PKG + "subjectLabel", lambda x: slug(x) == want)
                found |= unlabelled_subjects(self.store)
            elif f == "baseline":
                found |= labelled(self.store, PKG + "baselineLabel", lambda x: slug(x) == want)
            sets.append(found)
        for f in ("measure", "unit"):
            if f in given:
                want = str(given[f]).casefold()
                sets.append(labelled(self.store, PKG + f, lambda x: want in x.casefold()))
        low, high = float(given.get("min_value", "-inf")), float(given.get("max_value", "inf"))
        if "min_value" in given or "max_value" in given:
            sets.append(labelled(self.store, PKG + "value", lambda x: low <= _number(x) <= high))
        if not sets or self._data is not None:  # (a look-up above read the snapshot: it is as quick to use it)
            return None
        return read_claims(self.store, sorted(set.intersection(*sets)))

    # ---- traversal --------------------------------------------------------------------------------
    def node(self, node) -> str:
        """The key of a node given as key, IRI, dataclass, paper id, entity name or alias, or paper title
        (tried in that order)."""
        if isinstance(node, (Paper, PaperRef)):
            return self.paper(node).key
        if isinstance(node, (Entity, EntityRef)):
            return node.key
        if isinstance(node, Claim):
            return node.key
        q = str(node).strip()
        ids = [k for k in ("paper/" + q, "paper/arxiv:" + q) if _iri(k)]
        if self._data is None:  # resolved in the store alone when it can be (kg.nodes)
            keys = [k for k in (q, key_of(q)) if k.split("/", 1)[0] in ("paper", "entity", "claim") and _iri(k)]
            for k in keys + ids:
                if read_edges(self.store, k) is not None:
                    return k
            if not any(_in_store(self.store, k) for k in keys + ids):  # no node of the graph has these keys
                return self._named(q)
        g = self._graph()
        for k in (q, key_of(q), *ids):
            if k in g:
                return k
        return self._named(q)

    def _named(self, q: str) -> str:
        """The key of the entity named ``q``, else of the paper with that id or title."""
        for lookup in (self.entity, self.paper):
            try:
                return lookup(q).key
            except NotFound:
                pass
        raise NotFound(f"no node {q!r}: not a node key, IRI, entity name or alias, paper id or title")

    def neighbors(self, node, relation: str | None = None, direction: str = "both") -> list[Neighbor]:
        """Nodes one edge away in the full graph, optionally only over ``relation`` (e.g. "evaluatesOn",
        "broader", "subject") and in ``direction`` ("out", "in" or "both"); sorted by relation, label."""
        if direction not in DIRECTIONS:
            raise ValueError(f"direction must be one of {', '.join(DIRECTIONS)}, not {direction!r}")
        key = self.node(node)
        if relation is not None and relation not in _relations():
            raise ValueError(f"unknown relation {relation!r}; valid: {', '.join(_relations())}")
        edges = read_edges(self.store, key) if self._data is None else None  # (kg.nodes: not the whole graph)
        if edges is None:
            g = self._graph()
            edges = {(v, g.nodes[v]["label"], g.nodes[v]["type"], r, "out") for _, v, r in g.out_edges(key, keys=True)}
            edges |= {(u, g.nodes[u]["label"], g.nodes[u]["type"], r, "in") for u, _, r in g.in_edges(key, keys=True)}
        out = [Neighbor(*edge) for edge in edges if direction in ("both", edge[4])
               and (relation is None or edge[3] == relation)]
        return sorted(out, key=lambda n: (n.relation, n.direction, n.label.casefold(), n.key))

    def path(self, a, b, *, through_claims: bool = True) -> list[Step]:
        """The shortest chain of relations between two nodes, edges walked in either direction
        (e.g. a method to a benchmark through the papers that use both). Empty when a == b;
        ``NotFound`` when they are not connected. Ties go to chains through papers, then entities, then claims.
        ``through_claims=False`` walks through no claim (one may still end the path). Until something needs the
        whole snapshot, the search reads the neighbours of the nodes it visits from the store
        (kg.nodes.neighbour_keys), up to PATH_BUDGET of them."""
        src, dst = self.node(a), self.node(b)
        if self._data is None:
            try:
                nodes = _shortest_path(self._neighbours_alone(through_claims, src, dst), src, dst)
                if nodes is None:
                    raise NotFound(f"no path between {src} and {dst}")
                return self._steps(nodes)
            except _TooFar:
                pass  # (a node only the snapshot describes, or too many nodes to read one by one)
        g = self._graph()
        u = _undirected(g, through_claims, src, dst)
        nodes = _shortest_path(lambda x: u[x], src, dst)
        if nodes is None:
            raise NotFound(f"no path between {src} and {dst}")
        steps = []
        for x, y in zip(nodes, nodes[1:]):
            forward = g.has_edge(x, y)
            rel = min(g[x][y]) if forward else min(g[y][x])
            steps.append(Step(x, g.nodes[x]["label"], rel, y, g.nodes[y]["label"], forward))
        return steps

    def _neighbours_alone(self, through_claims: bool, *ends: str) -> Callable[[str], set[str]]:
        """The neighbours of a node for ``_shortest_path``, read alone (kg.nodes.neighbour_keys); claims only
        where ``through_claims`` or among the path's ``ends``. Raises _TooFar past PATH_BUDGET nodes, or at a
        node the store alone cannot give."""
        read = 0

        def neighbours(key: str) -> set[str]:
            nonlocal read
            read += 1
            if read > PATH_BUDGET or (found := neighbour_keys(self.store, key)) is None:
                raise _TooFar
            return {k for k in found if through_claims or not k.startswith("claim/") or k in ends}
        return neighbours

    def _steps(self, nodes: list[str]) -> list[Step]:
        """The steps of a path found by reading nodes alone, as the snapshot's projection gives them: from the
        edges of each node but the last (and the second's, which name the first: its label)."""
        edges = {x: read_edges(self.store, x) for x in dict.fromkeys([*nodes[:-1], *nodes[1:2]])}
        if None in edges.values():
            raise _TooFar
        labels = {other: label for around in edges.values() for other, label, *_ in around}
        steps = []
        for x, y in zip(nodes, nodes[1:]):
            between = [e for e in edges[x] if e[0] == y]
            forward = any(e[4] == "out" for e in between)
            rel = min(e[3] for e in between if e[4] == ("out" if forward else "in"))
            steps.append(Step(x, labels[x], rel, y, labels[y], forward))
        return steps

    def subgraph(self, seeds, hops: int = 2) -> networkx.MultiDiGraph:
        """The part of the full graph within ``hops`` edges (either direction) of any seed (a node or a
        list of nodes), as a new MultiDiGraph with the same attributes."""
        if isinstance(seeds, (str, Paper, PaperRef, Entity, EntityRef, Claim)):
            seeds = [seeds]
        g = self._graph()
        keys = {self.node(s) for s in seeds}
        reach = set(keys)
        frontier = set(keys)
        for _ in range(max(hops, 0)):
            frontier = {n for k in frontier for n in (*g.successors(k), *g.predecessors(k))} - reach
            reach |= frontier
        return g.subgraph(sorted(reach)).copy()

    def to_networkx(self, projection: str = "full") -> networkx.Graph:
        """A networkx graph: "full" (MultiDiGraph of papers, entities, claims), "bipartite"
        (paper-entity), "cooccurrence" (entities weighted by shared papers) or "compared-against"
        (claim subject -> baseline). See ``kg.views``. A new graph each call (safe to modify)."""
        from kg.views import project

        if projection == "full":
            return self._graph().copy()
        return project(self.data, projection)

    # ---- internals --------------------------------------------------------------------------------
    def _graph(self) -> networkx.MultiDiGraph:
        if self._full is None:
            from kg.views import project

            self._full = project(self.data, "full")
        return self._full

    def _name_index(self) -> tuple[dict[str, list[tuple[int, str]]], list[str]]:
        """casefolded label/alias and slug -> (rank, entity key), sorted: rank 0 for the entities whose label
        it is, 1 for those whose alias it is, 2 and 3 for those whose label or alias has it as slug (a slug
        can be another name's; ``_most_named``); and every entity's
        label. Until the snapshot is read, from the typed entities' labels alone (kg.nodes.named_entities:
        12 s instead of a minute at 80k papers)."""
        if self._names is None:
            ents = self.data.entities.values() if self._data is not None else named_entities(self.store)
            idx: dict[str, list[tuple[int, str]]] = {}
            for e in ents:
                idx.setdefault(e.label.casefold(), []).append((0, e.key))
                idx.setdefault(slug(e.label), []).append((2, e.key))
                for a in e.aliases:
                    idx.setdefault(a.casefold(), []).append((1, e.key))
                    idx.setdefault(slug(a), []).append((3, e.key))
            self._names = ({k: sorted(set(v)) for k, v in idx.items()}, [e.label for e in ents])
        return self._names

    def _most_named(self, found: list[tuple[int, str]]) -> str:
        """Of the entities a name was found as (rank, key or IRI), sorted, the one of the best rank that
        most papers name (ties: the first key): "RAG" is retrieval-augmented generation, an alias of
        region adjacency graph too."""
        best = [key_of(k) for rank, k in found if rank == found[0][0]]
        if len(best) == 1:
            return best[0]
        return min(best, key=lambda k: (-papers_naming(self.store, ID + k), k))

    def _entity(self, key: str) -> Entity:
        """The entity ``key`` (one the name index gave), read alone until the snapshot is read."""
        return (read_entity(self.store, ID + key) if self._data is None else None) or self.data.entities[key]

    def _family_keys(self, name) -> set[str]:
        """The entity named ``name`` and every member of its family, transitively (empty if unknown)."""
        try:
            root = self.entity(name)
        except NotFound:
            return set()
        keys, todo = set(), [root]
        while todo:
            e = todo.pop()
            if e.key not in keys:
                keys.add(e.key)
                todo.extend(self._entity(m.key) for m in e.members if m.key not in keys)
        return keys


def _iri(key: str) -> str | None:
    """The IRI of a node key, or None when the key makes no IRI (a title with spaces, say)."""
    try:
        return NamedNode(ID + key).value
    except ValueError:
        return None


def _number(text: str) -> float:
    """A literal's lexical form as a number (NaN, which no bound passes, when it is none)."""
    try:
        return float(text)
    except ValueError:
        return float("nan")


def _in_store(store: Store, key: str) -> bool:
    """Whether any triple has the node ``key`` as subject or object (one the full projection may hold)."""
    iri = _iri(key)
    return iri is not None and (is_named(store, iri) or is_described(store, iri))


def _relations() -> tuple[str, ...]:
    return (*RELATIONS, "broader", "claimOf", "subject", "baseline", "onDataset", "onHardware")


def _undirected(g, through_claims: bool, *ends: str) -> dict[str, set[str]]:
    """Adjacency of the full graph with directions (and claims other than the path's ``ends``, unless
    ``through_claims``) dropped."""
    keep = {n for n in g if through_claims or g.nodes[n]["type"] != "Claim" or n in ends}
    adj: dict[str, set[str]] = {n: set() for n in keep}
    for a, b in g.edges():
        if a in keep and b in keep:
            adj[a].add(b)
            adj[b].add(a)
    return adj


def _shortest_path(neighbours: Callable[[str], Iterable[str]], src: str, dst: str) -> list[str] | None:
    """BFS with neighbours in a fixed order (papers, then entities, then claims, each by key), so ties
    go to chains through papers and are broken the same way on every run."""
    if src == dst:
        return [src]
    parent = {src: None}
    frontier = [src]
    while frontier:
        nxt = []
        for x in frontier:
            for y in sorted(neighbours(x), key=_path_rank):
                if y not in parent:
                    parent[y] = x
                    if y == dst:
                        path = [y]
                        while parent[path[-1]] is not None:
                            path.append(parent[path[-1]])
                        return path[::-1]
                    nxt.append(y)
        frontier = nxt
    return None


class _TooFar(Exception):
    """A path search that reads nodes alone gives up (kg.api.KnowledgeGraph.path): the snapshot answers."""


def _path_rank(key: str) -> tuple[int, str]:
    return ({"paper": 0, "entity": 1}.get(key.split("/", 1)[0], 2), key)


# ---- typed DataFrames ---------------------------------------------------------------------------------
def frame_of(result) -> pandas.DataFrame:
    """A pyoxigraph query result (or a list of dicts / an object with ``columns`` and ``rows``) as a
    DataFrame with typed columns."""
    import pandas as pd

    if isinstance(result, QueryBoolean):
        return pd.DataFrame({"result": [bool(result)]})
    if isinstance(result, QueryTriples):
        rows = [[python_value(t.subject), python_value(t.predicate), python_value(t.object)] for t in result]
        return _typed(["subject", "predicate", "object"], rows)
    if hasattr(result, "variables"):
        cols = [v.value for v in result.variables]
        rows = [[python_value(sol[i]) for i in range(len(cols))] for sol in result]
        return _typed(cols, rows)
    if isinstance(result, pd.DataFrame):
        return result
    if hasattr(result, "columns") and hasattr(result, "rows"):
        return _typed(list(result.columns), [list(r) for r in result.rows])
    rows = list(result)
    cols = list(rows[0]) if rows else []
    return _typed(cols, [[r.get(c) for c in cols] for r in rows])


def _typed(cols: list[str], rows: list[list]) -> pandas.DataFrame:
    import pandas as pd

    data = {}
    for i, c in enumerate(cols):
        vals = [r[i] for r in rows]
        present = [v for v in vals if v is not None]
        kinds = {type(v) for v in present}
        if kinds == {int}:
            data[c] = pd.array(vals, dtype="Int64") if len(present) < len(vals) else pd.array(vals, dtype="int64")
        elif kinds and kinds <= {int, float}:
            data[c] = pd.array([float("nan") if v is None else float(v) for v in vals], dtype="float64")
        elif kinds == {bool}:
            data[c] = pd.array(vals, dtype="boolean") if len(present) < len(vals) else pd.array(vals, dtype="bool")
        elif kinds and kinds <= {_dt.date, _dt.datetime}:
            data[c] = pd.Series(vals, dtype="object")  # dates as datetime.date objects, None when unbound
        elif kinds == {str}:
            data[c] = pd.Series(vals, dtype="str" if len(present) == len(vals) else "object")
        else:
            data[c] = pd.Series(vals, dtype="object")
    return pd.DataFrame(data, columns=cols)


def _to_term(v):
    """A Python value as the RDF term to bind in ``sparql(**bindings)``."""
    if isinstance(v, (NamedNode, Literal, BlankNode)):
        return v
    if isinstance(v, bool):
        return Literal("true" if v else "false", datatype=NamedNode(XSD + "boolean"))
    if isinstance(v, int):
        return Literal(str(v), datatype=NamedNode(XSD + "integer"))
    if isinstance(v, float):
        return Literal(repr(v), datatype=NamedNode(XSD + "double"))
    if isinstance(v, _dt.date):
        return Literal(v.isoformat(), datatype=NamedNode(XSD + "date"))
    s = str(v)
    return NamedNode(s) if s.startswith(("http://", "https://")) else Literal(s)


__all__ = ["KnowledgeGraph", "Neighbor", "NotFound", "Step", "build", "frame_of", "open", "python_value",
           "Claim", "Entity", "EntityRef", "Paper", "PaperRef"]
