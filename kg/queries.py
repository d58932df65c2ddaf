"""The SPARQL query library: named, documented questions in ``queries/*.rq``, run with bound parameters.

Each ``.rq`` file starts with a header comment that this module parses::

    # @title Speedups on a benchmark
    # @description Papers reporting a speedup claim tied to a benchmark ...
    #   (indented comment lines continue the previous field)
    # @param benchmark: entity  the benchmark or benchmark family, any spelling
    # @param kind: kind = ""  only claims of this kind; empty for all
    # @param limit: limit = 10  rows returned
    # @limit-per: unit
    # @example kg query speedups-on-benchmark --param benchmark=AIME

A parameter without ``= default`` is required. Parameters are bound with pyoxigraph's
``substitutions`` (never formatted into the text), so a value carrying SPARQL syntax is only an odd
name. The query writes them as ``$name`` and must project them (pyoxigraph substitutes only projected
variables); the runner drops those columns from the result. Types:

- ``string``: a literal.
- ``entity``: a name; binds ``$x`` (the name as given), ``$x_iri`` (the node minted from its slug by
  ``kg.namespaces.entity_iri``) and, when the query uses it, ``$x_key`` (the name in lower case, to look
  up ``pkg:key``, the lower-cased labels of every node), so a query can match any label ignoring case by an
  index look-up, or the slug.
- ``kind``: a claim kind (``extractors.model.CLAIM_KINDS``) or "" for any.
- ``type``: an entity type (``extractors.model.ENTITY_TYPES``) or "" for any.
- ``integer``: an xsd:integer literal.
- ``words``: up to 8 words; binds ``$x`` (the text, lower case) and ``$x_1`` .. ``$x_8`` (each word in lower
  case, "" for unused slots).
- ``limit``: a positive integer applied by the runner to the rows (SPARQL's LIMIT takes no variable); with
  ``@limit-per: column`` it applies to each run of equal values of that column. A query that uses ``$x``
  also gets it bound (an xsd:integer), so that a "top N" question can leave out, before looking up their
  details, the rows that cannot be among the first N (the runner still cuts the rows to N).

A header may also say ``# @index: search`` or ``# @index: graph``: a side index kept with the store
(``kg.search_index``, ``kg.graph_index``) gives the query's rows when the store is given as a path and the
index is up to date; the query text stays the definition of the rows, and runs whenever the index cannot
answer.

Queries run with the union of all graphs as the default graph (so a triple repeated in several
papers' graphs comes back once per graph: use DISTINCT or aggregates). A query that reads only papers,
claims and entity labels, types and family links (all in the default graph, kg/namespaces.py; not
``rdf:type`` of entities, names as papers give them, spans) may say ``# @graph: default``: it then
runs on the default graph alone, where every look-up reads one index range instead of two (the default
graph's and the named graphs'): top-claims 70 -> 48 ms, papers-proposing 63 -> 51 at 80k papers. When a
time limit is set, queries run in a separate process on the store opened read-only, so that a query
running too long can be stopped.
Writing queries for pyoxigraph: it often joins two patterns by building a hash table of ALL the matches of
one of them (the whole store for ``?p pkg:mentions ?m``), even when the other binds ``?m`` to a few nodes.
Write the order out with ``LATERAL { ... }`` (SPARQL 1.2 / SEP-0006, a nested loop: the block is evaluated
once per row so far, with its variables bound), starting from the parameter's node; look names up with
``pkg:key`` rather than scanning labels; aggregate each list in its own (LATERAL) subquery rather than
multiplying the lists together; keep each OPTIONAL to one triple pattern (a larger one is hash-joined).
A FILTER applies to its whole group, after every pattern of it (LATERAL ones too): put a FILTER that
should run first in a group of its own. ORDER BY on a stored string longer than 15 bytes (an identifier,
a label) reads it from the store at every comparison of the sort; ``ORDER BY (CONCAT(?x, "\\u0001"))``
sorts a computed copy in memory, in the same order (no stored string holds U+0000). A look-up per row
(LATERAL) costs about ten times a row of a scan: a question about every paper scans (see search.rq),
one about 5,000 claims looks each up rather than scan the 65,000 values of the store (top-claims.rq).
Two patterns with their objects bound (a kind's claims and a unit's claims; a subject's claims and a
benchmark's claims) are two index ranges: as two subqueries in one group (inside a LATERAL block, so
that the objects are bound) they are joined by a hash table, 3-5x cheaper than checking each row of
one by a look-up (top-claims.rq, conflicting-claims.rq). A UNION joined to a bound node is evaluated
unbound (then hash-joined): put it inside a LATERAL block.
SPARQL cannot reuse a subquery's rows: a "top N" cut-off computed from the same rows as the answer
reads them twice. Compute it from a subset instead (a subquery with a constant LIMIT): a value that N
rows of the subset reach, N rows of all reach too, so the cut-off stays exact and the rows are read
once (top-claims.rq, methods-co-occurring.rq).

>>> q = load("speedups-on-benchmark")
>>> q.title, [p.name for p in q.parameters]
('Speedups on a benchmark', ['benchmark'])
"""
from __future__ import annotations

import os
import pickle
import re
import subprocess
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from pyoxigraph import Literal, NamedNode, QuerySolutions, Store, Variable

from extractors.model import CLAIM_KINDS, ENTITY_TYPES

from .namespaces import ID, PREFIXES, XSD, entity_iri
from .results import Rows, python_value, term_value, to_rows
from .resources import queries_dir
from .store import families_in_named_graphs_only, labels_in_named_graph

DEFAULT_TIMEOUT = 60.0  # seconds; a library query on the sample corpus takes well under one
MAX_WORDS = 8
PARAM_TYPES = ("string", "entity", "kind", "type", "integer", "words", "limit")


class QueryError(Exception):
    """Any problem running a query that the user can fix: the message says how."""


class UnknownQuery(QueryError):
    pass


class ParameterError(QueryError):
    pass


class QueryTimeout(QueryError):
    pass


class QuerySyntaxError(QueryError):
    pass


# ---------------------------------------------------------------- the library

@dataclass(frozen=True)
class Parameter:
    """One declared parameter of a library query."""

    name: str
    type: str
    default: str | None = None  # None: required
    description: str = ""

    @property
    def required(self) -> bool:
        return self.default is None

    def usage(self) -> str:
        """``benchmark (entity, required)`` or ``kind (kind, default "")``."""
        need = "required" if self.required else f'default "{self.default}"'
        return f"{self.name} ({self.type}, {need})"


@dataclass(frozen=True)
class LibraryQuery:
    """A query of the library with its parsed header."""

    name: str
    title: str
    description: str
    parameters: tuple[Parameter, ...]
    example: str
    text: str
    path: Path | None = None
    limit_per: str | None = None
    index: str | None = None  # @index: a side index that gives this query's rows faster (kg.search_index)
    graph: str | None = None  # @graph: default: the query reads the default graph only (see the module's doc)
    lists: frozenset[str] = frozenset()  # its "; "-joined GROUP_CONCAT columns (``LIST``)

    def parameter(self, name: str) -> Parameter | None:
        return next((p for p in self.parameters if p.name == name), None)

    def bind(self, values: Mapping[str, object] | None = None) -> Binding:
        """Check ``values`` against the declared parameters and turn them into substitutions.

        >>> b = load("claims-on-benchmark").bind({"benchmark": "AIME"})
        >>> sorted(b.hidden), b.substitutions[Variable("benchmark_iri")].value
        (['benchmark', 'benchmark_iri', 'benchmark_key', 'kind'], 'https://w3id.org/paper-kg/id/entity/aime')
        >>> b.substitutions[Variable("benchmark_key")].value
        'aime'
        """
        values = dict(values or {})
        unknown = sorted(set(values) - {p.name for p in self.parameters})
        if unknown:
            raise ParameterError(f"query '{self.name}' has no parameter {', '.join(map(repr, unknown))}; "
                                 f"{self._valid_parameters()}")
        subs: dict[Variable, NamedNode | Literal] = {}
        limit: int | None = None
        for p in self.parameters:
            raw = values.get(p.name, p.default)
            if raw is None:
                raise ParameterError(f"query '{self.name}' needs --param {p.name}=VALUE; {self._valid_parameters()}")
            raw = str(raw)
            if p.type == "limit":
                limit = _positive_int(self.name, p.name, raw)
                if re.search(rf"[?$]{p.name}\b", self.text):
                    # a query may use it to leave out early the rows that cannot come first (see top of module)
                    subs[Variable(p.name)] = Literal(str(limit), datatype=NamedNode(XSD + "integer"))
                continue
            subs.update(_bind_one(self.name, p, raw))
            if p.type == "entity" and re.search(rf"[?$]{p.name}_key\b", self.text):
                # only when used: pyoxigraph refuses to substitute a variable the query does not project
                subs[Variable(p.name + "_key")] = Literal(raw.lower())
        return Binding(subs, frozenset(v.value for v in subs), limit, self.limit_per, self.graph == "default",
                       self.lists)

    def _valid_parameters(self) -> str:
        if not self.parameters:
            return "it takes no parameters"
        return "its parameters: " + ", ".join(p.usage() for p in self.parameters)


@dataclass(frozen=True)
class Binding:
    substitutions: dict
    hidden: frozenset[str]  # projected only because substitution requires it
    limit: int | None = None
    limit_per: str | None = None
    default_graph: bool = False  # the query reads the default graph only (@graph: default): no union needed
    lists: frozenset[str] = frozenset()  # columns that are "; "-joined GROUP_CONCATs, given sorted (``LIST``)


# A "; "-joined list a query computes. SPARQL leaves GROUP_CONCAT's order to the engine ("AIME 2025; AIME
# 2024"): such columns are given with their items sorted, so one answer reads the same in every store.
LIST = re.compile(r'GROUP_CONCAT\(\s*(?:DISTINCT\s+)?\?\w+\s*;\s*separator\s*=\s*"; "\s*\)\s*AS\s+\?(\w+)', re.I)
_FIELD = re.compile(r"^#\s*@([a-z-]+):?\s*(.*)$")
_PARAM = re.compile(r'^(?P<name>[A-Za-z][A-Za-z0-9_]*)\s*:\s*(?P<type>[a-z]+)'
                    r'(?:\s*=\s*(?P<default>"[^"]*"|\S+))?(?:\s+(?P<desc>.*))?$')


def parse(text: str, name: str, path: Path | None = None) -> LibraryQuery:
    """A query file's text -> ``LibraryQuery``; raises ``QueryError`` naming the file on a bad header.

    >>> q = parse('# @title T\\n# @description D\\n#   more\\n# @param n: integer = 3  how many\\nSELECT ?n {}', "x")
    >>> q.description, q.parameters[0]
    ('D more', Parameter(name='n', type='integer', default='3', description='how many'))
    """
    where = str(path or name)
    fields: dict[str, list[str]] = {}
    params: list[list[str]] = []
    current: list[str] | None = None
    for line in text.splitlines():
        if not line.startswith("#"):
            break  # the header is the leading comment block
        m = _FIELD.match(line)
        if m:
            key, value = m.group(1), m.group(2).strip()
            current = [value]
            if key == "param":
                params.append(current)
            elif key in ("title", "description", "example", "limit-per", "index", "graph"):
                fields[key] = current
            else:
                raise QueryError(f"{where}: unknown header field @{key}")
        elif current is not None and line[1:].strip():
            current.append(line[1:].strip())  # continuation of the previous field
    for key in ("title", "description"):
        if key not in fields:
            raise QueryError(f"{where}: the header has no @{key}")
    parameters = tuple(_parse_param(where, " ".join(p)) for p in params)
    return LibraryQuery(name=name, title=" ".join(fields["title"]), description=" ".join(fields["description"]),
                        parameters=parameters, example=" ".join(fields.get("example", [])), text=text, path=path,
                        limit_per=" ".join(fields["limit-per"]) if "limit-per" in fields else None,
                        index=fields["index"][0].split()[0] if fields.get("index", [""])[0] else None,
                        graph=_graph_scope(where, fields), lists=frozenset(LIST.findall(text)))


def _graph_scope(where: str, fields: dict[str, list[str]]) -> str | None:
    if "graph" not in fields:
        return None
    scope = (fields["graph"][0].split() or [""])[0]
    if scope != "default":
        raise QueryError(f"{where}: @graph must be 'default', not {scope!r}")
    return scope


def _parse_param(where: str, spec: str) -> Parameter:
    m = _PARAM.match(spec)
    if not m:
        raise QueryError(f"{where}: cannot read @param {spec!r} (expected 'name: type [= default]  description')")
    if m.group("type") not in PARAM_TYPES:
        raise QueryError(f"{where}: parameter {m.group('name')} has unknown type {m.group('type')!r} "
                         f"(one of {', '.join(PARAM_TYPES)})")
    default = m.group("default")
    if default is not None and default.startswith('"'):
        default = default[1:-1]
    return Parameter(m.group("name"), m.group("type"), default, (m.group("desc") or "").strip())


def library(directory: str | Path | None = None) -> dict[str, LibraryQuery]:
    """Every query of the library by name (the file name without ``.rq``), sorted by name."""
    folder = Path(directory) if directory else queries_dir()
    return {p.stem: parse(p.read_text(encoding="utf-8"), p.stem, p) for p in sorted(folder.glob("*.rq"))}


def load(name: str, directory: str | Path | None = None) -> LibraryQuery:
    """One library query by name; ``UnknownQuery`` lists the valid names."""
    queries = library(directory)
    if name not in queries:
        raise UnknownQuery(f"no query named '{name}' in the library; valid names: {', '.join(queries)}")
    return queries[name]


# ---------------------------------------------------------------- binding values

def _bind_one(query: str, p: Parameter, raw: str) -> dict[Variable, NamedNode | Literal]:
    v = Variable(p.name)
    if p.type == "string":
        return {v: Literal(raw)}
    if p.type == "entity":
        if not raw.strip():
            if p.required:
                raise ParameterError(f"query '{query}': parameter {p.name} must not be empty")
            # an optional name left empty: an IRI no entity has (slugs are never empty)
            return {v: Literal(""), Variable(p.name + "_iri"): NamedNode(ID + "entity/")}
        return {v: Literal(raw), Variable(p.name + "_iri"): entity_iri(raw)}
    if p.type in ("kind", "type"):
        choices = CLAIM_KINDS if p.type == "kind" else ENTITY_TYPES
        value = raw.strip().lower()
        if value and value not in choices:
            raise ParameterError(f"query '{query}': parameter {p.name} is {raw!r}; valid values: "
                                 f"{', '.join(choices)}" + ("" if p.required else ' (or "" for any)'))
        return {v: Literal(value)}
    if p.type == "integer":
        try:
            number = int(raw)
        except ValueError:
            raise ParameterError(f"query '{query}': parameter {p.name} must be an integer, got {raw!r}") from None
        return {v: Literal(str(number), datatype=NamedNode(XSD + "integer"))}
    if p.type == "words":
        words = raw.lower().split()
        if not words:
            raise ParameterError(f"query '{query}': parameter {p.name} needs at least one word")
        if len(words) > MAX_WORDS:
            raise ParameterError(f"query '{query}': parameter {p.name} takes at most {MAX_WORDS} words, "
                                 f"got {len(words)}")
        words += [""] * (MAX_WORDS - len(words))
        out = {v: Literal(raw.lower())}
        out.update({Variable(f"{p.name}_{i}"): Literal(w) for i, w in enumerate(words, start=1)})
        return out
    raise QueryError(f"query '{query}': parameter {p.name} has unknown type {p.type!r}")  # pragma: no cover


def _positive_int(query: str, name: str, raw: str) -> int:
    try:
        n = int(raw)
    except ValueError:
        n = 0
    if n < 1:
        raise ParameterError(f"query '{query}': parameter {name} must be a positive integer, got {raw!r}")
    return n


# ---------------------------------------------------------------- running

def union_needed(store: Store, binding: Binding) -> bool:
    """Whether the query must run on the union of all graphs: unless it reads the default graph only
    (``@graph: default``), or the store is of an earlier layout: before 0.3.2 it kept papers, claims and
    labels in named graphs (its labels graph is there: one key look-up), before 0.4.10 its family links
    (``kg.store.families_in_named_graphs_only``)."""
    return not binding.default_graph or labels_in_named_graph(store) or families_in_named_graphs_only(store)


def execute(store: Store, text: str, binding: Binding | None = None, typed: bool = False) -> Rows:
    """Run a query on an open store in this process (no time limit) with the union of all graphs as
    default graph (or the default graph alone: ``union_needed``); the project's prefixes
    (``kg.namespaces.PREFIXES``) need not be declared. Values are ``term_value``'s, or with ``typed``
    ``python_value``'s (dates as dates: the Python API's)."""
    binding = binding or Binding({}, frozenset())
    value = python_value if typed else term_value
    try:
        answer = store.query(text, use_default_graph_as_union=union_needed(store, binding), prefixes=PREFIXES,
                             substitutions=binding.substitutions or None)
    except SyntaxError as exc:
        raise QuerySyntaxError(f"the query is not valid SPARQL: {exc}") from None
    except (RuntimeError, ValueError) as exc:  # e.g. a substituted parameter the query does not project
        raise QueryError(f"the query failed: {exc}") from None
    if not isinstance(answer, QuerySolutions):
        return to_rows(answer, value)  # ASK, CONSTRUCT, DESCRIBE
    names = [v.value for v in answer.variables]
    keep = [i for i, n in enumerate(names) if n not in binding.hidden]
    columns = [names[i] for i in keep]
    rows = ([value(s[i]) for i in keep] for s in answer)
    lists = [i for i, n in enumerate(columns) if n in binding.lists]
    if lists:
        rows = (_sorted_lists(row, lists) for row in rows)
    return Rows(columns, list(_limited(rows, columns, binding.limit, binding.limit_per)))


def _sorted_lists(row: list, lists: list[int]) -> list:
    for i in lists:
        if isinstance(row[i], str) and "; " in row[i]:
            row[i] = "; ".join(sorted(row[i].split("; "), key=lambda item: (item.casefold(), item)))
    return row


def _limited(rows: Iterable[list], columns: list[str], limit: int | None, per: str | None) -> Iterator[list]:
    """At most ``limit`` rows, or at most ``limit`` per value of column ``per`` (rows come grouped by it)."""
    if limit is None:
        yield from rows
        return
    if per is None:
        for n, row in enumerate(rows):
            if n >= limit:
                return
            yield row
        return
    if per not in columns:
        raise QueryError(f"@limit-per names column {per!r}, which the query does not return ({', '.join(columns)})")
    i = columns.index(per)
    seen: dict[object, int] = {}
    for row in rows:
        seen[row[i]] = seen.get(row[i], 0) + 1
        if seen[row[i]] <= limit:
            yield row


# ---------------------------------------------------------------- running with a time limit

def run(name: str, params: Mapping[str, object] | None = None, *, store: str | Path | Store,
        timeout: float | None = DEFAULT_TIMEOUT, directory: str | Path | None = None) -> Rows:
    """Run library query ``name`` with ``params`` on ``store`` (a store directory, or an open ``Store``).

    With a directory and a ``timeout`` (seconds) the query runs in a child process on the store opened
    read-only and is stopped after ``timeout`` with ``QueryTimeout``; an open ``Store`` (e.g. in memory)
    is queried in this process without a time limit (``run_bound``).
    """
    query = load(name, directory)
    binding = query.bind(params)
    if query.index and not isinstance(store, Store):  # an index is a file next to the store: a path is needed
        rows = indexed(query, binding, store)
        if rows is not None:
            return rows
    return run_bound(query.text, binding, store=store, timeout=timeout, label=f"query '{name}'")


def indexed(query: LibraryQuery, binding: Binding, store: str | Path, opened: Store | None = None) -> Rows | None:
    """The rows of ``query`` from the side index its ``@index`` names, or None when that index cannot
    answer (missing, out of date): the caller runs the query. The index is read in this process, without
    a time limit: its cost is bounded (a few hundred ms for words found in every paper of 80,000).
    ``opened``: the store at ``store``, when the caller has it open (the graph index reads it too)."""
    if query.index == "graph":
        from .graph_index import answer

        return answer(query.name, binding, store, opened)
    if query.index != "search":
        raise QueryError(f"query '{query.name}': unknown @index {query.index!r} (known: search, graph)")
    from .search_index import search

    words = next(p.name for p in query.parameters if p.type == "words")
    return search(store, [binding.substitutions[Variable(f"{words}_{i}")].value for i in range(1, MAX_WORDS + 1)])


def run_sparql(text: str, *, store: str | Path | Store, timeout: float | None = DEFAULT_TIMEOUT) -> Rows:
    """Run raw SPARQL (SELECT, ASK, CONSTRUCT or DESCRIBE) like ``run`` does a library query."""
    return run_bound(text, Binding({}, frozenset()), store=store, timeout=timeout, label="the SPARQL query")


def run_bound(text: str, binding: Binding, *, store: str | Path | Store, timeout: float | None = DEFAULT_TIMEOUT,
              typed: bool = False, label: str = "the query") -> Rows:
    """Run ``text`` with ``binding`` like ``execute``, on a store directory in a child process stopped after
    ``timeout`` seconds (``QueryTimeout``; no limit when it is None or 0), or on an open ``Store`` in this
    process. ``label`` names the query in errors."""
    if isinstance(store, Store):
        return execute(store, text, binding, typed)
    path = Path(store)
    if not (path / "CURRENT").exists():
        # same message as kg.store.StoreNotFound, checked here so the child is not started for nothing
        raise QueryError(f"no knowledge graph store at {path} (build one with `kg build --store {path}`)")
    if not timeout or timeout <= 0:
        return execute(Store.read_only(str(path)), text, binding, typed)
    return _run_in_child(str(path), text, binding, typed, float(timeout), label)


def _run_in_child(path: str, text: str, binding: Binding, typed: bool, timeout: float, label: str) -> Rows:
    # A fresh interpreter (``python -m kg.queries``), not fork or multiprocessing: forking could copy
    # RocksDB handles and threads mid-state, and multiprocessing's spawn re-imports the caller's main
    # module, which fails for scripts read from stdin. The child opens the store read-only.
    env = dict(os.environ)
    root = str(Path(__file__).resolve().parent.parent)  # so the child imports this very kg package
    env["PYTHONPATH"] = os.pathsep.join([root, *filter(None, [env.get("PYTHONPATH")])])
    proc = subprocess.Popen([sys.executable, "-m", "kg.queries"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env)
    try:
        out, err = proc.communicate(pickle.dumps((path, text, binding, typed)), timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        raise QueryTimeout(f"{label} was stopped after {timeout:g} s (the time limit); allow more with "
                           f"--timeout SECONDS (timeout= in Python; 0 for none) or narrow it with more specific "
                           f"parameters") from None
    if proc.returncode != 0 or not out:
        detail = err.decode("utf-8", "replace").strip().splitlines()[-1:] or [f"exit code {proc.returncode}"]
        raise QueryError(f"{label} failed in its query process: {detail[0]}")
    message = pickle.loads(out)
    if message[0] == "ok":
        return message[1]
    raise _ERRORS.get(message[1], QueryError)(message[2])


_ERRORS = {c.__name__: c for c in (QueryError, UnknownQuery, ParameterError, QueryTimeout, QuerySyntaxError)}


def _child_main() -> None:
    """The query process: (store path, text, binding, typed) pickled on stdin -> ("ok", Rows) or an error on
    stdout."""
    if sys.stdin.isatty():
        sys.exit("python -m kg.queries is the query process of `kg query`; run `kg query NAME` instead")
    path, text, binding, typed = pickle.load(sys.stdin.buffer)
    try:
        message = ("ok", execute(Store.read_only(path), text, binding, typed))
    except QueryError as exc:
        message = ("error", type(exc).__name__, str(exc))
    except Exception as exc:  # noqa: BLE001 - reported to the parent with its type, not lost
        message = ("error", "QueryError", f"{type(exc).__name__}: {exc}")
    sys.stdout.buffer.write(pickle.dumps(message))
    sys.stdout.buffer.flush()


__all__ = ["DEFAULT_TIMEOUT", "Binding", "LibraryQuery", "Parameter", "ParameterError", "QueryError",
           "QuerySyntaxError", "QueryTimeout", "Rows", "UnknownQuery", "execute", "library", "load", "parse",
           "run", "run_bound", "run_sparql", "union_needed"]


if __name__ == "__main__":
    _child_main()
