"""`kg validate`: check the graph against ontology/shapes.ttl.

The data graph is the union of all the store's graphs plus the ontology (so ``sh:targetClass pkg:Entity``
reaches pkg:Method, pkg:Dataset ... through rdfs:subClassOf). Two engines check it (``validate_store``):
SPARQL queries inside the store (kg.shacl, the default: 7.8 s for 10k papers, 5.4 on two threads), or
pyshacl, a batch of subjects at a time (any SHACL, 5.7 min for 10k papers). No inference is run: the shapes describe the
graph as built. What SHACL cannot say is checked in Python (``span_problems``): every span of a
``pkg:occurrences`` literal lies in its paper's text and reads there as a name the paper gives the node.

>>> report = validate_store(open_store("kg-store"))     # doctest: +SKIP
>>> report.conforms, len(report.violations)             # doctest: +SKIP
(True, 0)
"""
from __future__ import annotations

import multiprocessing as mp
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import rdflib
from pyoxigraph import Literal, NamedNode, RdfFormat, Store, Triple, serialize

from kg.builder import first_words_of
from kg.namespaces import DCTERMS, PKG, PROV, RDF, SH
from kg.occurrences import decode
from kg.resources import ontology_dir
from kg.shacl import Check, compile_shapes, run_checks, store_subclasses


@dataclass(frozen=True)
class Violation:
    """One SHACL result: the node at fault, the property path, what is wrong."""

    focus: str
    path: str | None
    message: str
    severity: str  # "Violation", "Warning" or "Info"
    shape: str | None = None
    value: str | None = None

    def __str__(self) -> str:
        where = f"{self.focus}" + (f" {self.path}" if self.path else "")
        got = f" (value {self.value})" if self.value is not None else ""
        return f"{self.severity}: {where}: {self.message}{got}"


@dataclass
class ValidationReport:
    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    triples: int = 0  # the statements checked: for a store, its quads (as kg build and kg stats count them)

    def summary(self) -> str:
        if self.conforms:
            return f"valid: {self.triples:,} triples conform to the shapes"
        return f"{len(self.violations)} violation(s) in {self.triples:,} triples"


def _shapes() -> rdflib.Graph:
    return rdflib.Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")


def _ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(ontology_dir() / "paper-kg.ttl", format="turtle")


BATCH = 20_000  # subjects validated at once


ENGINES = ("sparql", "pyshacl")


def validate_store(store: Store, batch: int | None = None, *, workers: int = 1,
                   engine: str = "sparql") -> ValidationReport:
    """Validate the union of every graph in the store against the shapes, and its spans (``span_problems``).

    ``engine="sparql"`` runs each constraint as a query in the store (kg.shacl), on ``workers`` threads
    (the store answers on several at once; the spans are checked on one of them). ``engine="pyshacl"`` checks
    the store ``batch`` subjects (default ``BATCH``) at a time, so that it is never all in memory as an
    rdflib graph (the 10k store: 1.6 GiB that way). Every constraint of the shapes reads a focus node's own
    triples and the classes of the nodes they point to, so a batch holds its subjects' triples, from every
    graph, and the rdf:type triples of their objects; a node that is only pointed to in a batch is reported
    only by its own batch, where all its triples are; ``workers`` processes check batches side by side (each
    holds one batch's graph). Both report the same results (tests/test_validate.py) but
    for the messages pyshacl writes itself, where a shape has no sh:message."""
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}: choose one of {', '.join(ENGINES)}")
    if engine == "pyshacl":
        return _with_spans(_validate_in_batches(store, batch or BATCH, workers), span_problems(store))
    checks = compile_shapes(subclasses=store_subclasses(store))
    if workers <= 1:
        found = _found(run_checks(store, checks))
        spans = span_problems(store)
    else:
        with ThreadPoolExecutor(workers) as pool:
            later = pool.submit(span_problems, store)  # (first: the longest task, one thread's share of the work)
            found = _found(run_checks(store, checks, pool=pool))
            spans = later.result()
    report = ValidationReport(conforms=not any(v.severity == "Violation" for v in found),
                              violations=sorted(found, key=_order), triples=len(store))
    return _with_spans(report, spans)


def _found(results: Iterable[tuple[Check, str, str | None]]) -> set[Violation]:
    return {Violation(focus=focus, path=check.path, message=check.message, severity=check.severity,
                      shape=check.shape, value=value) for check, focus, value in results}


def _with_spans(report: ValidationReport, spans: list[Violation]) -> ValidationReport:
    if spans:
        report.violations = sorted(set(report.violations) | set(spans), key=_order)
        report.conforms = False
    return report


def _validate_in_batches(store: Store, batch: int, workers: int) -> ValidationReport:
    subjects = sorted((r["s"] for r in store.query("SELECT DISTINCT ?s WHERE { ?s ?p ?o }",
                                                   use_default_graph_as_union=True)), key=str)
    parts = (_part(store, subjects[start:start + batch]) for start in range(0, len(subjects), batch))
    report = ValidationReport(conforms=True, triples=len(store))
    found: set[Violation] = set()
    for violations in _checked(parts, workers):
        found.update(violations)
    report.violations = sorted(found, key=_order)
    report.conforms = not any(v.severity == "Violation" for v in found)
    return report


def _part(store: Store, mine: list) -> tuple[frozenset[str], bytes]:
    """What a batch checks: its subjects' names (as Violation.focus gives them: rdflib's string of the
    node), and its graph as N-Triples (its subjects' triples and their objects' types)."""
    own = {Triple(q.subject, q.predicate, q.object) for s in mine for q in store.quads_for_pattern(s, None, None, None)}
    pointed = {t.object for t in own if not isinstance(t.object, Literal)}.difference(mine)
    types = {Triple(q.subject, q.predicate, q.object) for o in pointed
             for q in store.quads_for_pattern(o, _RDF_TYPE, None, None)}
    return frozenset(s.value for s in mine), serialize(sorted(own | types, key=str), format=RdfFormat.N_TRIPLES)


def _check(part: tuple[frozenset[str], bytes]) -> list[Violation]:
    keys, data = part
    report = validate_graph(rdflib.Graph().parse(data=data, format="nt", bnode_context=_SameLabels()))
    return [v for v in report.violations if v.focus in keys]


class _SameLabels(dict):
    """An rdflib blank-node context that keeps the labels of the N-Triples (rdflib mints new ones
    otherwise), so that a result about a blank node names it as the store does, and its batch keeps it."""

    def get(self, key, default=None):
        return key


def _checked(parts: Iterable[tuple], workers: int) -> Iterator[list[Violation]]:
    """``_check`` of every part, in this process or in ``workers`` processes (at most one part waiting per
    worker, so that the parts are never all in memory)."""
    if workers <= 1:
        yield from map(_check, parts)
        return
    # spawned: a fork of this process would inherit its open store; the build's fork server loads spaCy
    with mp.get_context("spawn").Pool(workers) as pool:
        pending: deque = deque()
        for part in parts:
            pending.append(pool.apply_async(_check, (part,)))
            if len(pending) > workers:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()


_RDF_TYPE = NamedNode(RDF + "type")


def _order(v: Violation) -> tuple:
    return v.focus, v.path or "", v.message, v.value or ""


def span_problems(store: Store) -> list[Violation]:
    """Spans of ``pkg:occurrences`` literals that do not point into the real text: outside the paper's
    title or abstract, or reading there as none of the names (``pkg:canonicalName``, ``pkg:spelling``) the
    same paper graph gives the node; every mention's text is one of them, so a span the extractor did not
    see is caught. The paper of a graph is the one its extraction activity used.

    Read a graph at a time (its spans and names, then its paper's text), so that memory holds one paper's:
    one query joining every span to its paper's text took 118 s for 10k papers, this 2.3 s.

    >>> span_problems(Store())
    []
    """
    out: list[Violation] = []
    for graph in store.named_graphs():
        occurrences = [(q.subject.value, q.object.value)
                       for q in store.quads_for_pattern(None, _OCCURRENCES, None, graph)]
        if not occurrences:
            continue
        names: dict[str, set[str]] = {}
        for name in _NAMES:
            for q in store.quads_for_pattern(None, name, None, graph):
                names.setdefault(q.subject.value, set()).add(q.object.value)
        texts = [_texts(store, q.object) for q in store.quads_for_pattern(None, _USED, None, graph)]
        # (a literal that is no list of spans is reported even in a graph without its paper)
        out.extend(_bad_spans(occurrences, names, texts or [{}]))
    return out


_OCCURRENCES = NamedNode(PKG + "occurrences")
_NAMES = {NamedNode(PKG + "canonicalName"), NamedNode(PKG + "spelling")}
_USED = NamedNode(PROV + "used")


def _texts(store: Store, paper) -> dict[str, str]:
    """The title and abstract of a paper, from any graph (a paper without them is the shapes' to report,
    once, not per span)."""
    texts = {}
    for part, predicate in (("title", DCTERMS + "title"), ("abstract", DCTERMS + "abstract")):
        q = next(iter(store.quads_for_pattern(paper, NamedNode(predicate), None, None)), None)
        if q is not None:
            texts[part] = q.object.value
    return texts


def _bad_spans(occurrences: list[tuple[str, str]], names: dict[str, set[str]],
               papers: list[dict[str, str]]) -> Iterator[Violation]:
    for entity, literal in occurrences:
        def problem(message: str) -> Violation:
            return Violation(focus=entity, path=PKG + "occurrences", message=message, severity="Violation",
                             value=literal)
        try:
            spans = decode(literal)
        except ValueError as exc:
            yield problem(str(exc))
            continue
        known = names.get(entity, set())
        for texts in papers:
            for s in spans:
                text = texts.get(s.field)
                if text is None:
                    continue
                if s.end > len(text):
                    yield problem(f"span {s.field}:{s.start}-{s.end} ends outside the {s.field} ({len(text)} characters)")
                    continue
                read = text[s.start:s.end]
                # (the modifier of a coordination, "data" of "data, pipeline, and tensor parallelism", writes the
                # first words of the name: kg.builder keeps it as a span, not as a name)
                if read not in known and not any(first_words_of(read, n) for n in known):
                    yield problem(f"span {s.field}:{s.start}-{s.end} reads {read!r}, "
                                  "not a name this paper gives the node")


def validate_graph(data: rdflib.Graph) -> ValidationReport:
    from pyshacl import validate

    size = len(data)
    data += _ontology()  # the ontology may already be in the store: adding it again changes nothing
    conforms, results, _ = validate(data, shacl_graph=_shapes(), inference="none", abort_on_first=False,
                                    allow_warnings=True)
    return ValidationReport(conforms=bool(conforms), violations=_violations(results), triples=size)


def _violations(results: rdflib.Graph) -> list[Violation]:
    rows = results.query(f"""
        PREFIX sh: <{SH}>
        SELECT ?focus ?path ?message ?severity ?shape ?value WHERE {{
          ?r a sh:ValidationResult ; sh:focusNode ?focus ; sh:resultSeverity ?severity .
          OPTIONAL {{ ?r sh:resultPath ?path }}
          OPTIONAL {{ ?r sh:resultMessage ?message }}
          OPTIONAL {{ ?r sh:sourceShape ?shape }}
          OPTIONAL {{ ?r sh:value ?value }}
        }}""")
    out = set()
    for focus, path, message, severity, shape, value in rows:
        out.add(Violation(
            focus=str(focus),
            path=str(path) if isinstance(path, rdflib.URIRef) else (None if path is None else "(complex path)"),
            message=str(message) if message is not None else "constraint violated",
            severity=str(severity).rsplit("#", 1)[-1],
            shape=str(shape) if isinstance(shape, rdflib.URIRef) else None,
            value=None if value is None else str(value)))
    return sorted(out, key=_order)
