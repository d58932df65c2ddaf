"""Entity resolution across papers: one prefLabel per node, every spelling an altLabel, acronym links.

Each paper's extracted graph says how *that paper* names an entity (``pkg:canonicalName``, ``pkg:spelling``);
papers may disagree ("FlashAttention" and "Flash Attention" both mint ``entity/flashattention``). After
every build, full or incremental, ``refresh_entities(store)`` recomputes the entity labels from all
papers in the store, in the default graph (``LABEL_PREDICATES``; until layout 0.3.2 in ``graph/entities``):

- ``skos:prefLabel`` and ``rdfs:label``: ONE value per node, the canonical name most papers give, ties
  broken by the shortest, then by code-point order (so "FlashAttention" beats "Flash Attention" and
  "GSM8K" beats "gsm8k"); deterministic and independent of load order;
- ``skos:altLabel``: every other canonical name and spelling seen, exact strings;
- ``skos:exactMatch``: a node minted from a bare acronym in one paper ("TFLA") to the node whose paper
  defined it ("Tiled Flash Linear Attention (TFLA)") when exactly one node in the graph has that acronym
  as a spelling. Per-paper graphs are never rewritten, so an incremental build and a fresh build of the
  same papers give the same graph;
- facts the query library would otherwise aggregate over every paper of the store (see ``FACTS``):
  ``pkg:entityType`` ("dataset"), one per type any paper gives the node (the ``rdf:type`` triples are
  repeated in the graph of every paper naming it), and ``pkg:mainType``, the one most papers give it
  (``main_type``: "retrieval-augmented generation" is a concept in 250 papers, a method in one);
  ``pkg:papersEvaluatingOn`` (papers that evaluate on the node), ``pkg:claimsOnDataset`` (claims tied to it
  as dataset) and, on model nodes, ``pkg:papersUsingModel`` (papers that use or propose it); a count is
  written only when it is not 0; and ``skos:broader``, the node's family links, which each paper states
  in its own graph ("Qwen2.5-7B" broader "Qwen2.5"), once each, so that a query reaching a family's members
  reads the default graph only (claims-on-benchmark: 117 -> 62 ms at 80k papers; see kg/queries.py).
  They change only with the papers that name the node, so the incremental refresh keeps them right.

>>> choose_label({"Flash Attention": 1, "FlashAttention": 1})
'FlashAttention'
>>> choose_label({"flash attention": 3, "FlashAttention": 1})
'flash attention'
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad, RdfFormat, Store, parse, serialize

from extractors.model import ENTITY_TYPES
from kg.namespaces import BROADER as _BROADER
from kg.namespaces import PKG, RDF, RDFS, SKOS, XSD, entity_iri, extracted_graph, paper_iri, slug

_PREF = NamedNode(SKOS + "prefLabel")
_ALT = NamedNode(SKOS + "altLabel")
_LABEL = NamedNode(RDFS + "label")
_EXACT = NamedNode(SKOS + "exactMatch")
_KEY = NamedNode(PKG + "key")
_CANONICAL = NamedNode(PKG + "canonicalName")
_SPELLING = NamedNode(PKG + "spelling")
_ENTITY_TYPE = NamedNode(PKG + "entityType")
_MAIN_TYPE = NamedNode(PKG + "mainType")
_RDF_TYPE = NamedNode(RDF + "type")
# the entity types in the order a tie between them is broken: the most specific kinds of thing first,
# the generic "concept" last
TYPE_ORDER = ("model", "dataset", "hardware", "task", "method", "concept")
_INTEGER = NamedNode(XSD + "integer")
# the class of each entity type (pkg:Dataset for "dataset")
_TYPE_OF_CLASS = {PKG + t.capitalize(): t for t in ENTITY_TYPES}
# count property -> the pattern (in the default graph: ?x is a paper or a claim) whose distinct ?x are
# counted for node ?e; every node of these patterns is named (pkg:canonicalName) in the extracted graph of
# the same paper, so the refresh touches it when the paper is added or removed
FACT_PREDICATES = {"papersEvaluatingOn": ("evaluatesOn",), "claimsOnDataset": ("onDataset",),
                   "papersUsingModel": ("usesModel", "proposes")}
FACTS = {prop: f"?x <{PKG}{preds[0]}> ?e" if len(preds) == 1 else
         " UNION ".join(f"{{ ?x <{PKG}{p}> ?e }}" for p in preds) for prop, preds in FACT_PREDICATES.items()}
_MODEL_ONLY = {"papersUsingModel"}  # written on model nodes only (other proposed nodes are no models)
_ACRONYM_KEY = NamedNode(PKG + "acronymKey")
# the entity labels and what else refresh_entities derives from all papers: in the default graph, where no
# paper's or claim's own triple has these predicates
DEFAULT = DefaultGraph()
LABEL_PREDICATES = (_PREF, _LABEL, _ALT, _KEY, _ENTITY_TYPE, _MAIN_TYPE, _ACRONYM_KEY, _EXACT, _BROADER,
                    *(NamedNode(PKG + p) for p in FACTS))
_LABEL_VALUES = "VALUES ?p { " + " ".join(f"<{p.value}>" for p in LABEL_PREDICATES) + " }"


@dataclass
class EntityNames:
    """Every name the papers give one entity node: canonical names with how many papers give each, and other spellings."""

    canonical: dict[str, int] = field(default_factory=dict)
    spellings: set[str] = field(default_factory=set)
    types: dict[str, int] = field(default_factory=dict)  # entity type ("dataset") -> papers giving it that type
    counts: dict[str, int] = field(default_factory=dict)  # FACTS property -> count (> 0)
    families: set[str] = field(default_factory=set)  # IRIs of the nodes a paper says it is skos:broader to


def main_type(types: dict[str, int]) -> str:
    """The entity type most papers give a node (``types``: type -> papers), ties broken by ``TYPE_ORDER``.

    >>> main_type({"concept": 250, "method": 1}), main_type({"method": 3, "model": 3})
    ('concept', 'model')
    """
    return min(types, key=lambda t: (-types[t], TYPE_ORDER.index(t) if t in TYPE_ORDER else len(TYPE_ORDER), t))


def choose_label(canonical: dict[str, int]) -> str:
    """The prefLabel among the canonical names papers give: most papers, then shortest, then code-point order."""
    if not canonical:
        raise ValueError("an entity needs at least one canonical name to get a label")
    return min(canonical, key=lambda s: (-canonical[s], len(s), s))


@lru_cache(maxsize=1 << 16)  # called on every spelling of the store by the incremental refresh
def _is_acronym(s: str) -> bool:
    if " " in s:  # (first: most labels have a space, and this is the cheapest test)
        return False
    letters = [c for c in s if c.isalpha()]
    return 2 <= len(letters) and sum(c.isupper() for c in letters) >= max(2, len(letters) - 1)


def label_quads(names: dict[str, EntityNames]) -> list[Quad]:
    """The label quads (``LABEL_PREDICATES``) for the given names (entity IRI -> names), sorted."""
    return list(parse("".join(label_nquads(names)), format=RdfFormat.N_QUADS))


def label_nquads(names: dict[str, EntityNames]) -> list[str]:
    """``label_quads`` as N-Quads lines (all of ``label_nquad_parts``' parts in one list)."""
    return [line for part in label_nquad_parts(names) for line in part]


def label_nquad_parts(names: dict[str, EntityNames], size: int = 100_000) -> Iterator[list[str]]:
    """``label_quads`` as N-Quads lines, in lists of about ``size`` lines: a new store's build loads each
    part as it comes (in one list, the 0.96M lines of an 80k build were 158 MiB of the build process's
    peak, memray). A new store's labels go to the bulk loader as text (creating a
    pyoxigraph term per value, then serialising, took twice as long).

    Each spelling's acronym slug is found once, for its node's keys and for ``acronym_links``' holders:
    this is on a new store's build's critical path (2.8 CPU-s at 80k papers before).

    >>> parts = label_nquad_parts({"x:a": EntityNames({"TFLA": 2})})
    >>> [[line.split()[1] for line in part] for part in parts]  # doctest: +ELLIPSIS
    [['<...#prefLabel>', '<...#label>', '<...ontology#key>']]
    """
    from kg.builder import lit, slug as cached_slug  # (kg.builder imports this module)

    out: list[str] = []
    pref: dict[str, str] = {}
    holders: dict[str, set[str]] = defaultdict(set)  # acronym slug -> the nodes written with it
    none: set[str] = set()
    for iri in sorted(names):
        n = names[iri]
        spellings, canonical = n.spellings, n.canonical
        acronyms = {cached_slug(s) for s in spellings if _is_acronym(s)} if spellings else none
        for k in acronyms:
            holders[k].add(iri)
        if not canonical:  # named only by spellings (a graph built by hand): fall back on them
            if not spellings:
                continue
            canonical, spellings, acronyms = {s: 1 for s in spellings}, none, none
        label = next(iter(canonical)) if len(canonical) == 1 else choose_label(canonical)
        pref[iri] = label
        alts = (canonical.keys() | spellings) - {label, ""} if spellings or len(canonical) > 1 else none
        _write_node(out, iri, label, alts, n.types, main_type(n.types) if n.types else None, n.counts,
                    acronyms, n.families, lit)
        if len(out) >= size:
            yield out
            out = []
    out += [f"<{q.subject.value}> <{_EXACT.value}> <{q.object.value}> .\n"
            for q in acronym_links(pref, holders, cached_slug)]
    if out:
        yield out


# the predicate of each kind of label line, as N-Quads text
_PREF_P, _LABEL_P, _ALT_P, _KEY_P, _TYPE_P_, _MAIN_P, _ACRONYM_P, _BROADER_P = (
    f"<{t.value}>" for t in (_PREF, _LABEL, _ALT, _KEY, _ENTITY_TYPE, _MAIN_TYPE, _ACRONYM_KEY, _BROADER))
_INTEGER_T = f"<{_INTEGER.value}>"
# what follows a node's IRI on its lines (a line is the IRI and one of these: one concatenation)
_PREF_AT, _LABEL_AT, _ALT_AT, _KEY_AT, _ACRONYM_AT, _BROADER_AT = (
    f" {p} " for p in (_PREF_P, _LABEL_P, _ALT_P, _KEY_P, _ACRONYM_P, _BROADER_P))
_END = " .\n"  # (the default graph)
_TYPE_LINE = {t: f' {_TYPE_P_} "{t}"{_END}' for t in ENTITY_TYPES}  # (the types need no escape)
_MAIN_LINE = {t: f' {_MAIN_P} "{t}"{_END}' for t in ENTITY_TYPES}
_COUNT_AT = {prop: f' <{PKG}{prop}> "' for prop in FACTS}


def _write_node(out: list[str], iri: str, label: str, alts, types: Iterable[str], main: str | None,
                counts: dict[str, int], acronyms: set[str], families: set[str], lit) -> None:
    """Append to ``out`` the label lines of one node (all but acronym links), from its label,
    the other names (``alts``: without the label and ""), its entity types and the main one (``main_type``),
    FACTS counts, acronym keys and family links (``lit``: kg.builder.lit, which imports this module)."""
    node, end = f"<{iri}>", _END
    label_lit = lit(label)
    out.append(node + _PREF_AT + label_lit + end)
    out.append(node + _LABEL_AT + label_lit + end)
    if alts:
        alts = sorted(alts)
        out += [node + _ALT_AT + lit(alt) + end for alt in alts]
        # every label in lower case, so a query finds a node by any spelling through the index, not a scan
        out += [node + _KEY_AT + lit(k) + end for k in sorted({x.lower() for x in [label, *alts]})]
    else:
        out.append(node + _KEY_AT + lit(label.lower()) + end)
    if types:
        out += [node + (_TYPE_LINE.get(t) or f" {_TYPE_P_} {lit(t)}{end}") for t in sorted(types)]
    if main:
        out.append(node + (_MAIN_LINE.get(main) or f" {_MAIN_P} {lit(main)}{end}"))
    if counts:
        out += [f'{node}{_COUNT_AT[prop]}{c}"^^{_INTEGER_T}{end}'
                for prop, c in sorted(counts.items()) if c > 0 and (prop not in _MODEL_ONLY or "model" in types)]
    # the slug of every acronym the node is written as: the node that acronym mints finds its possible
    # long forms through the index (an incremental refresh must not read every spelling of the store)
    if acronyms:
        out += [node + _ACRONYM_AT + lit(k) + end for k in sorted(acronyms)]
    if families:
        out += [f"{node}{_BROADER_AT}<{f}>{end}" for f in sorted(families)]


def acronym_links(pref: dict[str, str], holders: dict[str, set[str]], slug) -> list[Quad]:
    """skos:exactMatch from a node minted from a bare acronym to the one node that has it as a spelling,
    from the nodes' labels (``pref``, in the order of their IRIs) and the nodes that have each acronym slug
    as a spelling (``holders``); ``slug`` is kg.builder's cached one (kg.builder imports this module).

    Acronyms are ambiguous across the field ("CS" is code-switching or compressed sensing), so a link is
    made only when exactly one other node carries the acronym.
    """
    out = []
    for iri, label in pref.items():
        if not _is_acronym(label):
            continue
        others = holders.get(slug(label), set()) - {iri}
        if len(others) == 1:
            [other] = others
            # an extractor slip ("all three major GPU vendors (AMD, ...)") must not become a link
            if abbreviates(label, pref.get(other, "")):
                out.append(Quad(NamedNode(iri), _EXACT, NamedNode(other), DEFAULT))
    return out


_STOPWORDS = {"of", "the", "and", "for", "a", "an", "in", "on", "with", "to", "via", "by"}


def abbreviates(acronym: str, long_form: str) -> bool:
    """Whether the acronym is built from the long form's words: its characters are word initials (or follow
    on inside the word just used), in order, and at most one content word of the long form is left out.

    >>> abbreviates("TFLA", "Tiled Flash Linear Attention"), abbreviates("LoRA", "Low-Rank Adaptation")
    (True, True)
    >>> abbreviates("HMAR", "Hierarchical Masked Auto-Regressive modeling")
    True
    >>> abbreviates("AMD", "all three major GPU vendors")
    False
    """
    chars = [c for c in acronym.lower() if c.isalnum()]
    words = [w for w in re.split(r"[^0-9a-z]+", long_form.lower()) if w]
    if not chars or not words:
        return False
    skipped, wi, inside = 0, -1, ""
    for c in chars:
        if wi + 1 < len(words) and words[wi + 1][0] == c:
            wi += 1
            inside = words[wi][1:]
        elif c in inside:
            inside = inside[inside.index(c) + 1:]
        else:
            nxt = next((j for j in range(wi + 1, len(words)) if words[j][0] == c), None)
            if nxt is None:
                return False
            skipped += sum(1 for w in words[wi + 1:nxt] if w not in _STOPWORDS)
            wi, inside = nxt, words[nxt][1:]
    skipped += sum(1 for w in words[wi + 1:] if w not in _STOPWORDS)
    return skipped <= 1


_NAMES_QUERY = f"""
SELECT ?e ?name (COUNT(DISTINCT ?g) AS ?papers) WHERE {{
  GRAPH ?g {{ ?e <{PKG}canonicalName> ?name }}
}} GROUP BY ?e ?name"""
_SPELLINGS_QUERY = f"""
SELECT DISTINCT ?e ?s WHERE {{ GRAPH ?g {{ ?e <{PKG}spelling> ?s }} }}"""


def collect_names(store: Store) -> dict[str, EntityNames]:
    """Every entity's canonical names (with paper counts) and spellings, from all papers' graphs of the store."""
    names: dict[str, EntityNames] = defaultdict(EntityNames)
    for row in store.query(_NAMES_QUERY):
        names[row["e"].value].canonical[row["name"].value] = int(row["papers"].value)
    for row in store.query(_SPELLINGS_QUERY):
        names[row["e"].value].spellings.add(row["s"].value)
    _add_facts(store, names, "")
    return dict(names)


def _add_facts(store: Store, names: dict[str, EntityNames], values: str) -> None:
    """Types, FACTS counts and family links of the nodes of ``names`` (``values``: a VALUES clause restricting
    ?e, or "")."""
    # with ?e bound the classes are filtered here: a second VALUES (?c) makes pyoxigraph join the two
    # lists first and look up every pair (5 s instead of 0.1 s for 2,000 nodes on a 10k store)
    classes = "" if values else f"VALUES ?c {{ {' '.join(f'<{c}>' for c in _TYPE_OF_CLASS)} }}"
    # COUNT(*): each paper's graph types a node once per type
    for row in store.query(f"SELECT ?e ?c (COUNT(*) AS ?n) WHERE {{ {values} {classes} GRAPH ?g {{ ?e a ?c }} }} "
                           f"GROUP BY ?e ?c"):
        if row["e"].value in names and row["c"].value in _TYPE_OF_CLASS:
            names[row["e"].value].types[_TYPE_OF_CLASS[row["c"].value]] = int(row["n"].value)
    for prop, pattern in FACTS.items():
        for row in store.query(f"SELECT ?e (COUNT(DISTINCT ?x) AS ?n) WHERE {{ {values} {pattern} }} GROUP BY ?e"):
            if row["e"].value in names:
                names[row["e"].value].counts[prop] = int(row["n"].value)
    for row in store.query(f"SELECT DISTINCT ?e ?f WHERE {{ {values} GRAPH ?g {{ ?e <{_BROADER.value}> ?f }} }}"):
        if row["e"].value in names and isinstance(row["f"], NamedNode):
            names[row["e"].value].families.add(row["f"].value)


# N-Quads predicate term -> the FACTS count it adds to (kg.builder counts with it while writing lines)
FACT_OF_TERM = {f"<{PKG}{p}>": prop for prop, preds in FACT_PREDICATES.items() for p in preds}
_TYPE_P = f"<{_RDF_TYPE.value}>"
_TYPE_OF_CLASS_TERM = {f"<{c}>": t for c, t in _TYPE_OF_CLASS.items()}


def collect_facts(lines: Iterable[str]) -> dict[str, EntityNames]:
    """The types, FACTS counts and family links that ``_add_facts`` would read from a store holding these N-Quads lines
    (one quad each, as kg.builder writes them), per node: what workers count while writing papers, so a
    new store's labels need no grouped query over all its papers (2 s of 4 s of the entity refresh at 10k).
    Counts of separate papers add up: the ?x of every FACTS pattern is a paper or one of its claims.

    >>> f = collect_facts([f"<http://p/1> <{PKG}evaluatesOn> <http://e/d> <http://g/1> .\\n",
    ...                    f"<http://e/d> {_TYPE_P} <{PKG}Dataset> <http://g/1> .\\n"])
    >>> f["http://e/d"].types, f["http://e/d"].counts
    ({'dataset': 1}, {'papersEvaluatingOn': 1})
    """
    types: dict[str, dict[str, int]] = defaultdict(dict)
    xs: dict[tuple[str, str], set[str]] = defaultdict(set)
    families: dict[str, set[str]] = defaultdict(set)
    for line in lines:
        s, p, rest = line.split(" ", 2)
        if p == _TYPE_P:
            t = _TYPE_OF_CLASS_TERM.get(rest[:rest.find(" ")])
            if t is not None and s[0] == "<":  # (one line per paper and type)
                mine = types[s[1:-1]]
                mine[t] = mine.get(t, 0) + 1
        elif p in FACT_OF_TERM and rest[0] == "<":
            xs[(rest[1:rest.find(">")], FACT_OF_TERM[p])].add(s)
        elif p == _BROADER_P and rest[0] == "<" and s[0] == "<":
            families[s[1:-1]].add(rest[1:rest.find(">")])
    out: dict[str, EntityNames] = {}
    for e, ts in types.items():
        out[e] = EntityNames(types=ts)
    for (e, prop), x in xs.items():
        out.setdefault(e, EntityNames()).counts[prop] = len(x)
    for e, fs in families.items():
        out.setdefault(e, EntityNames()).families = fs
    return out


def merge_names(into: dict[str, EntityNames], part: dict[str, EntityNames]) -> None:
    """Add the names (and paper counts), types and FACTS counts of ``part`` to ``into``: batches of papers
    summed. (A node given facts but no name gets no label, as from ``_add_facts``.)"""
    for iri, n in part.items():
        mine = into.get(iri)
        if mine is None:
            into[iri] = n
            continue
        for name, count in n.canonical.items():
            mine.canonical[name] = mine.canonical.get(name, 0) + count
        mine.spellings |= n.spellings
        for t, c in n.types.items():
            mine.types[t] = mine.types.get(t, 0) + c
        for prop, c in n.counts.items():
            mine.counts[prop] = mine.counts.get(prop, 0) + c
        mine.families |= n.families


# what a paper says that the labels of an entity node depend on: its names, types and families (the node is
# the subject, in the paper's extracted graph) and the FACTS patterns (the node is the object of the paper or
# of one of its claims, in the default graph); see paper_names
_NAMING_PREDICATES = (_CANONICAL.value, _SPELLING.value, _RDF_TYPE.value, _BROADER.value)
_FACT_PREDICATE_IRIS = tuple(PKG + p for preds in FACT_PREDICATES.values() for p in preds)
_NAMING_FILTER = ", ".join(f"<{p}>" for p in _NAMING_PREDICATES)
_CLAIM_PAPER = NamedNode(PKG + "paper")


def paper_names(store: Store, ids: list[str], size: int = 2000) -> dict[str, Counter]:
    """Per entity node, what the papers ``ids`` say that its labels depend on, as a multiset of
    (predicate, value) with how many of those papers say each: every input of ``names_of`` that comes from
    these papers (canonical names and spellings, ``rdf:type``, the ?x of the FACTS patterns).

    A replaced paper whose new version says the same about a node as its old one (most of them: a new
    title, a changed date) leaves that node's labels as they were: ``unchanged_nodes`` of this read
    before the papers were removed and after their new versions were loaded needs no relabelling.

    >>> paper_names(Store(), ["arxiv:2503.14376"])
    {}
    """
    out: dict[str, Counter] = defaultdict(Counter)
    entity = entity_iri("x").value[:-1]  # (papers and claims are typed too: no entity nodes)

    def said(e, p: str, v) -> None:
        if isinstance(e, NamedNode) and e.value.startswith(entity):
            out[e.value][(p, v)] += 1

    graphs = [extracted_graph(i).value for i in ids]
    for part in _parts(graphs, size):
        # (one scan of each graph, filtered: faster than a UNION of the patterns, or one query each)
        for s, p, o in store.query(f"SELECT ?s ?p ?o WHERE {{ VALUES ?g {{ {part} }} GRAPH ?g {{ ?s ?p ?o }} "
                                   f"FILTER(?p IN ({_NAMING_FILTER})) }}"):
            said(s, p.value, o)
    # the FACTS patterns, in the default graph: the papers' own triples and their claims' (LATERAL: each
    # paper's are read by its IRI, not found in a scan of every paper's)
    facts = f"FILTER(?p IN ({', '.join(f'<{p}>' for p in _FACT_PREDICATE_IRIS)}))"
    for part in _parts([paper_iri(i).value for i in ids], size):
        for query in (f"SELECT ?x ?p ?e WHERE {{ VALUES ?x {{ {part} }} LATERAL {{ ?x ?p ?e {facts} }} }}",
                      f"SELECT ?x ?p ?e WHERE {{ VALUES ?paper {{ {part} }} LATERAL {{ ?x <{_CLAIM_PAPER.value}> ?paper }} "
                      f"LATERAL {{ ?x ?p ?e {facts} }} }}"):
            for x, p, e in store.query(query):
                said(e, p.value, x)
    return dict(out)


def unchanged_nodes(before: dict[str, Counter], after: dict[str, Counter]) -> set[str]:
    """The nodes of ``before`` that ``after`` (``paper_names`` of the same papers, and of any other
    paper added since) says exactly the same about: every input of their labels is as it was, so their
    labels, acronym keys and FACTS are too and the incremental refresh can leave them out.

    >>> unchanged_nodes({"a": Counter({("n", "A"): 1}), "b": Counter({("n", "B"): 1})},
    ...                 {"a": Counter({("n", "A"): 1}), "b": Counter({("n", "B"): 2})})
    {'a'}
    """
    return {e for e, said in before.items() if after.get(e) == said}


def gains(before: dict[str, Counter], after: dict[str, Counter]) -> dict[str, Counter]:
    """What papers now say of each node beyond what they said ``before`` (``paper_names`` of the same
    papers, read before the old versions were removed; ``after``: of them and any new papers), for the
    nodes they took nothing from: ``refresh_entities``' ``gained``. A node that lost something, or whose
    FACTS pattern gained an ?x it already counted, is left out (its counts cannot be added up).

    >>> gains({"a": Counter({("n", "A"): 1}), "b": Counter({("n", "B"): 1})},
    ...       {"a": Counter({("n", "A"): 2}), "b": Counter({("n", "C"): 1}), "c": Counter({("n", "C"): 1})})
    {'a': Counter({('n', 'A'): 1}), 'c': Counter({('n', 'C'): 1})}
    """
    out = {}
    for e, now in after.items():
        was = before.get(e)
        if not was:
            out[e] = now
            continue
        if any(now.get(k, 0) < n for k, n in was.items()):
            continue
        net = Counter({k: n - was.get(k, 0) for k, n in now.items() if n > was.get(k, 0)})
        counted = {(_FACT_OF_IRI[p], x) for (p, x) in was if p in _FACT_OF_IRI}
        if not any(p in _FACT_OF_IRI and (_FACT_OF_IRI[p], x) in counted for (p, x) in net):
            out[e] = net
    return out


def refresh_entities(store: Store, touched: Iterable[str] | None = None, counts: dict | None = None,
                     gained: dict[str, Counter] | None = None) -> int:
    """Recompute the entity labels from the papers in ``store``; returns how many entity nodes it labels
    (all of them, or with ``touched`` those of ``touched`` that still have a name).

    ``touched`` (entity IRIs) makes the refresh incremental: only the labels of those nodes are recomputed,
    by SPARQL VALUES queries on them, so adding 1,000 papers to a large store does not re-read every paper. Pass
    every node that a removed or added extracted graph names (``pkg:canonicalName``, ``pkg:spelling``): the
    labels of every other node are unchanged because their names are. Acronym links span nodes: those that
    can change are recomputed through the ``pkg:acronymKey`` index (``relink_acronyms``). The result is the
    graph a full refresh gives.

    (A new store's build needs no refresh: its labels come from what the workers counted, ``label_nquads``.)
    ``counts``, when given, gets ``counts["quads"]``: how many label quads the store gained (negative when
    it lost some), so a build keeps the store's size without counting it.

    ``gained`` (``gains``: what the papers just added or replaced said of a node beyond what they said
    before, for the nodes they took nothing from) lets a node that only gained papers, none of which
    names it other than by its label, be relabelled from its labels as they were and what it gained
    (``_grown_labels``), without reading every paper that names it: a popular node ("fine-tuning", named
    in 38,000 quads of an 80k store) is most of that cost.

    >>> refresh_entities(store, touched={"https://w3id.org/paper-kg/id/entity/tfla"})   # doctest: +SKIP
    1
    """
    if touched is None:
        quads = label_quads(collect_names(store))
        removed = remove_labels(store)
        _insert(store, quads)
        if counts is not None:
            counts["quads"] = counts.get("quads", 0) + len(quads) - removed
        return sum(1 for q in quads if q.predicate == _PREF)
    touched = sorted(set(touched))
    # (one index range per node gives Quads as they are: 20% less than a VALUES query and a Quad per row)
    stale, before = [], {}
    linked_from = set()  # touched nodes with an acronym link (relinked below)
    for iri in touched:
        mine = before[iri] = []
        for q in store.quads_for_pattern(NamedNode(iri), None, None, DEFAULT):
            if q.predicate == _EXACT:
                linked_from.add(iri)
            else:
                mine.append(q)
        stale += mine
    grown = _grown_labels(store, before, gained) if gained else {}
    names = names_of(store, [iri for iri in touched if iri not in grown])
    labels = [q for q in label_quads(names) if q.predicate != _EXACT]
    labels += parse("".join(line for lines in grown.values() for line in lines), format=RdfFormat.N_QUADS)
    # most labels of a touched node stay as they were (a popular node gains a paper, not a new label):
    # only the difference is written
    old, new = set(stale), set(labels)
    for q in old - new:
        store.remove(q)
    _insert(store, [q for q in labels if q not in old])
    if counts is not None:
        counts["quads"] = counts.get("quads", 0) + len(new - old) - len(old - new)
    # Acronym links: the link from the node an acronym mints (ID/entity/<slug>) can only change when that
    # node is touched (its label), or a touched node gains or loses the acronym as a spelling (the holders),
    # or the holder's label changes (it is touched and held the acronym). So only the slugs of touched nodes
    # and of their acronym keys before and after are relinked, from the index of pkg:acronymKey.
    # A touched node minted from a slug gets a link only with an acronym label, and loses one only if it had
    # one: the other slugs of touched nodes (most) need no relinking.
    prefix = entity_iri("x").value[:-1]
    acronym_labelled = {q.subject.value for q in labels if q.predicate == _PREF and _is_acronym(q.object.value)}

    def relinked(iri: str) -> bool:
        minted = iri.startswith(prefix) and "/" not in iri[len(prefix):]  # its IRI is the slug of a name
        return not minted or iri in linked_from or iri in acronym_labelled

    affected = {iri.rsplit("/", 1)[1] for iri in touched if relinked(iri)} | {
        q.object.value for q in [*stale, *labels] if q.predicate == _ACRONYM_KEY}
    linked = relink_acronyms(store, sorted(affected))
    if counts is not None:
        counts["quads"] += linked
    return sum(1 for q in labels if q.predicate == _PREF)


_FACT_OF_IRI = {PKG + p: prop for prop, preds in FACT_PREDICATES.items() for p in preds}
_COUNT_OF_IRI = {PKG + prop: prop for prop in FACTS}
_CANONICAL_IRI, _SPELLING_IRI, _ALT_IRI, _ENTITY_TYPE_IRI, _MAIN_TYPE_IRI, _ACRONYM_KEY_IRI, _BROADER_IRI = (
    t.value for t in (_CANONICAL, _SPELLING, _ALT, _ENTITY_TYPE, _MAIN_TYPE, _ACRONYM_KEY, _BROADER))


def _grown_labels(store: Store, before: dict[str, list[Quad]], gained: dict[str, Counter]) -> dict[str, list[str]]:
    """The label lines (``_write_node``) of the nodes of ``gained`` whose labels follow from
    their labels before (``before``: node -> its label quads but acronym links) and what new
    papers said of them (``gained``, kg.resolve.paper_names), with no paper removed that named them;
    other nodes are left out.

    A node qualifies when every canonical name the new papers give it is its prefLabel, and that label is
    a canonical name in some older paper (not a label that fell back on spellings): the label's count only
    grows, the others stay, so it stays the label. Its other names gain the new spellings, its types the
    new types (its main type stays when they give it no other, else it is counted again:
    ``_type_counts``), its FACTS counts the new papers' ?x (those of separate papers add up, as for
    ``collect_facts``), its acronym keys the new acronyms, its family links the new families. A node
    becoming a model does not qualify: its pkg:papersUsingModel count was not written before.
    """
    from kg.builder import lit  # (kg.builder imports this module)

    out = {}
    for iri, said in gained.items():
        quads = before.get(iri)
        if not quads:
            continue
        label = next((q.object.value for q in quads if q.predicate == _PREF), None)
        if label is None:
            continue
        new_names, spellings, new_types, new_families, xs, as_label = set(), set(), set(), set(), defaultdict(set), 0
        for (p, v), n in said.items():
            if p == _CANONICAL_IRI:
                if v.value != label:
                    break
                as_label = n
            elif p == _SPELLING_IRI:
                new_names.add(v.value)
                spellings.add(v.value)
            elif p in _FACT_OF_IRI:
                xs[_FACT_OF_IRI[p]].add(v)
            elif p == _BROADER_IRI:
                new_families.add(v.value)
            elif v.value in _TYPE_OF_CLASS:
                new_types.add(_TYPE_OF_CLASS[v.value])
        else:
            alts, types, counts, acronyms, families, main = set(), set(), {}, set(), set(), None
            for q in quads:
                p, o = q.predicate.value, q.object.value
                if p == _ALT_IRI:
                    alts.add(o)
                elif p == _ENTITY_TYPE_IRI:
                    types.add(o)
                elif p == _MAIN_TYPE_IRI:
                    main = o
                elif p == _ACRONYM_KEY_IRI:
                    acronyms.add(o)
                elif p == _BROADER_IRI:
                    families.add(o)
                elif p in _COUNT_OF_IRI:
                    counts[_COUNT_OF_IRI[p]] = int(o)
            if "model" in new_types and "model" not in types:
                continue
            # the label is a canonical name in more graphs than the new papers': in an older one
            seen = 0
            for q in store.quads_for_pattern(NamedNode(iri), _CANONICAL, Literal(label), None):
                if isinstance(q.graph_name, NamedNode):
                    seen += 1
                    if seen > as_label:
                        break
            if seen <= as_label:
                continue
            grown = {prop: counts.get(prop, 0) + len(xs[prop]) for prop in FACTS}
            if main is None or not new_types <= {main}:
                main = main_type(_type_counts(store, iri))
            out[iri] = lines = []
            _write_node(lines, iri, label, alts | (new_names - {label, ""}), types | new_types, main, grown,
                        acronyms | {slug(s) for s in spellings if _is_acronym(s)}, families | new_families, lit)
    return out


def _type_counts(store: Store, iri: str) -> dict[str, int]:
    """Entity type -> how many papers' graphs type the node so (one index range: a type quad per paper)."""
    counts: dict[str, int] = {}
    for q in store.quads_for_pattern(NamedNode(iri), _RDF_TYPE, None, None):
        t = _TYPE_OF_CLASS.get(q.object.value)
        if t is not None and isinstance(q.graph_name, NamedNode):
            counts[t] = counts.get(t, 0) + 1
    return counts


def stored_labels(store: Store) -> Iterator[Quad]:
    """Every quad ``refresh_entities`` wrote (labels, keys, types, FACTS counts, acronym keys and links)."""
    for p in LABEL_PREDICATES:
        yield from store.quads_for_pattern(None, p, None, DEFAULT)


def remove_labels(store: Store) -> int:
    """Remove every quad ``refresh_entities`` wrote; returns how many (index ranges, one per predicate)."""
    [row] = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {_LABEL_VALUES} ?s ?p ?o }}")
    store.update(f"DELETE {{ ?s ?p ?o }} WHERE {{ {_LABEL_VALUES} ?s ?p ?o }}")
    return int(row["n"].value)


def graph_size(store: Store, graph: NamedNode) -> int:
    """Quads in one named graph (an index range count, not a scan of the store)."""
    [row] = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph.value}> {{ ?s ?p ?o }} }}")
    return int(row["n"].value)


def _insert(store: Store, quads: list[Quad]) -> None:
    """Add quads none of which is in the store yet, by the bulk loader: ``extend`` checks every quad against
    the store in a transaction, which costs twice as much on a large freshly loaded store."""
    if quads:
        store.bulk_load(serialize(quads, format=RdfFormat.N_QUADS), format=RdfFormat.N_QUADS)


def _literals(values: list[str]) -> str:
    return " ".join(str(Literal(v)) for v in values)


def relink_acronyms(store: Store, slugs: list[str]) -> int:
    """Recompute the skos:exactMatch links from the nodes minted from these acronym slugs (see
    ``acronym_links``), reading only those nodes, the holders of the slugs and their labels; returns how
    many links were added less how many were removed."""
    if not slugs:
        return 0
    prefix = entity_iri("x").value[:-1]
    sources = [prefix + a for a in slugs]
    removed = 0
    for part in _parts(sources):
        for r in list(store.query(f"SELECT ?e ?o WHERE {{ VALUES ?e {{ {part} }} ?e <{_EXACT.value}> ?o }}")):
            store.remove(Quad(r["e"], _EXACT, r["o"], DEFAULT))
            removed += 1
    pref = _pref_labels(store, sources)
    # (a node's labels all mint its IRI, so its slug is the acronym's: what acronym_links looks up); only
    # the slugs whose node has such a label can link: their holders, not those of every slug, are read
    linking = [(a, x) for a, x in zip(slugs, sources)
               if (label := pref.get(x)) is not None and _is_acronym(label) and slug(label) == a]
    holders: dict[str, set[str]] = defaultdict(set)
    for i in range(0, len(linking), 2000):
        for r in store.query(f"SELECT ?h ?k WHERE {{ VALUES ?k {{ {_literals([a for a, _ in linking[i:i + 2000]])} }} "
                             f"?h <{_ACRONYM_KEY.value}> ?k }}"):
            holders[r["k"].value].add(r["h"].value)
    others = {a: (holders.get(a, set()) - {x}) for a, x in linking}
    pref.update(_pref_labels(store, sorted({o for hs in others.values() if len(hs) == 1 for o in hs} - set(pref))))
    links = []
    for a, x in linking:
        if len(others[a]) == 1:
            [other] = others[a]
            if abbreviates(pref[x], pref.get(other, "")):
                links.append(Quad(NamedNode(x), _EXACT, NamedNode(other), DEFAULT))
    store.extend(links)
    return len(links) - removed


def _pref_labels(store: Store, iris: list[str]) -> dict[str, str]:
    """The prefLabel of each of these nodes that has one."""
    return {row["e"].value: row["l"].value for part in _parts(iris) for row in store.query(
        f"SELECT ?e ?l WHERE {{ VALUES ?e {{ {part} }} ?e <{_PREF.value}> ?l }}")}


def _parts(iris: list[str], size: int = 2000):
    """The IRIs as SPARQL VALUES lists of ``size``: one query per part, not one index look-up per node
    (pyoxigraph's quads_for_pattern costs ~1 ms per call on a large store, a VALUES join far less)."""
    for i in range(0, len(iris), size):
        yield " ".join(f"<{iri}>" for iri in iris[i:i + size])


def names_of(store: Store, iris: list[str]) -> dict[str, EntityNames]:
    """``collect_names`` for the given nodes only (those without any name map to empty EntityNames)."""
    names = {iri: EntityNames() for iri in iris}
    for part in _parts(iris):
        # COUNT(*) is COUNT(DISTINCT ?g) (a dataset holds each quad once), without the distinct-set
        for row in store.query(f"SELECT ?e ?name (COUNT(*) AS ?papers) WHERE {{ VALUES ?e {{ {part} }} "
                               f"GRAPH ?g {{ ?e <{PKG}canonicalName> ?name }} }} GROUP BY ?e ?name"):
            names[row["e"].value].canonical[row["name"].value] = int(row["papers"].value)
        for row in store.query(f"SELECT DISTINCT ?e ?s WHERE {{ VALUES ?e {{ {part} }} "
                               f"GRAPH ?g {{ ?e <{PKG}spelling> ?s }} }}"):
            names[row["e"].value].spellings.add(row["s"].value)
        _add_facts(store, names, f"VALUES ?e {{ {part} }}")
    return names
