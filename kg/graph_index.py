"""The side index that answers `methods-co-occurring` and `conflicting-claims` without reading every mention
or every claim of the store.

Both queries (queries/*.rq, ``@index: graph``) stay the definition of their rows and the fallback; this
module gives the same rows from a SQLite file in the store's directory (``INDEX_FILE``, 46 MiB at 80k
papers), which holds what the two questions count, as integers: which paper names which node (the
``pkg:mentions`` quads, 550,000 at 80k papers, by node and by paper) and each claim's subject,
benchmarks, measure and kind (8,400 claims at 80k have all four). The counting and the pairing are done
here: the 52,000 mentions of the 5,651 papers naming "reinforcement learning" cost 90 ms to read from
pyoxigraph alone, ~10 ms to count here (and with a type, what those papers use of it: their typed
relations, ``pkg:evaluatesOn`` and the like, are held by paper too); the claims that share subject,
benchmark, measure and kind with a claim of another paper are found by one scan of an SQLite index (91
claims at 80k papers, instead of reading the subject and benchmark of every claim). The store is then
asked only about the few nodes and claims that can be in the answer (types, labels, values, papers,
units, sentences), with the .rq's own patterns, so the rows are the .rq's rows.

Like kg.search_index, a build keeps the index with the store: the staging copy of the store gets a copy
of it (kg.store.staged_store), the build writes the rows of the papers it loads into it
(``StagedGraphIndex.add``: the workers write them with the papers' N-Quads, the rows ``rows_of_nquads``
parses from those; parsing them in the build's process cost 10 CPU-s at 80k papers, reading them back
from the store 13), and after the swap ``stamp`` records the store's file
signature in it. ``answer`` answers only while that signature matches the store's files: otherwise it
returns None and the caller runs the .rq.

>>> answer("conflicting-claims", None, "/nonexistent") is None
True
"""
from __future__ import annotations

import functools
import json
import os
import sqlite3
import time
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import closing
from pathlib import Path

from pyoxigraph import NamedNode, QuerySolutions, RdfFormat, Store, parse

from .namespaces import PAPER_RELATION, PKG, PREFIXES, paper_iri
from . import side_files
from .queries import union_needed
from .resources import queries_dir
from .results import Rows, term_value
from .store import staging_path

INDEX_FILE = "kg-graph.sqlite"
VERSION = "3"  # of the file's layout: an index of another version is stale (1: papers by their graph; 2: no uses)
BUILT = "built"  # the stamp of an index written by a build whose store has not been swapped in yet
QUERIES = ("methods-co-occurring", "conflicting-claims")
_SCHEMA = (
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    # every IRI the tables name (papers, nodes, claims, kinds) and every measure
    # (a string: only compared with measures), as a small integer
    "CREATE TABLE term(id INTEGER PRIMARY KEY, iri TEXT NOT NULL UNIQUE)",
    # a paper names a node: the triple ?paper pkg:mentions ?node; by node, to
    # find the papers naming a node...
    "CREATE TABLE mention(node INTEGER NOT NULL, paper INTEGER NOT NULL, PRIMARY KEY(node, paper)) WITHOUT ROWID",
    # ... and by paper, its nodes as one array of int32 (NODE_ARRAY): the nodes of 5,651 papers are counted
    # in ~10 ms against 40 ms for SQLite's GROUP BY of their 52,000 rows; uses: the nodes of its typed
    # relations (?paper pkg:usesMethod ?node ...), each as node * 8 + the type's code (TYPE_CODE)
    "CREATE TABLE paper(id INTEGER PRIMARY KEY, nodes BLOB NOT NULL, uses BLOB NOT NULL)",
    # a claim of a paper with its subject, one of its benchmarks, its measure and its kind (a claim has one
    # subject, measure and kind, any benchmarks): two claims can conflict only when these four are equal
    # (8,400 rows at 80k papers; 91 of them share the four with a claim of another paper)
    "CREATE TABLE claim(paper INTEGER NOT NULL, claim INTEGER NOT NULL, subject INTEGER NOT NULL,"
    " dataset INTEGER NOT NULL, measure INTEGER NOT NULL, kind INTEGER NOT NULL,"
    " PRIMARY KEY(paper, claim, dataset, measure, kind)) WITHOUT ROWID",
    "CREATE INDEX claim_pair ON claim(subject, dataset, measure, kind, paper)",
)
NODE_ARRAY = "i"  # array typecode of paper.nodes: int32, this machine's byte order (the file is local)
TYPE_CODE = {t: k for k, t in enumerate(PAPER_RELATION, start=1)}  # paper.uses: node * 8 + code (1..6)
_MAX_VARIABLES = 30_000  # bound values per statement (SQLite's limit is 32,766)


# ---------------------------------------------------------------- the rows, from N-Quads or the store

_MENTIONS, _SUBJECT, _DATASET, _MEASURE, _KIND, _PAPER = (f"<{PKG}{p}>".encode() for p in (
    "mentions", "subject", "onDataset", "measure", "claimKind", "paper"))
_USES = {f"<{iri}>".encode(): t for t, iri in PAPER_RELATION.items()}  # typed paper->entity relations


def _term(t: bytes) -> bool:
    """Whether ``t`` is an IRI or a plain string as N-Quads writes them."""
    return (t[:1], t[-1:]) in ((b"<", b">"), (b'"', b'"'))


def triples_of(data: bytes, predicate: bytes) -> Iterator[tuple[str, str]]:
    r"""(subject, object) of the lines of ``data`` (N-Quads, one quad a line, as kg.builder writes them, in
    the default graph or a named one) whose predicate is ``predicate`` (an N-Quads IRI term) and whose
    object is an IRI or a plain string: IRIs and the string's value.

    The predicate is found by a byte search, and its line checked: the first two terms of a line are its
    subject and predicate (IRIs hold no space), so a predicate written inside a literal (an abstract
    quoting N-Quads) is not taken for one.

    >>> line = b'<x:a> <x:p> <x:b> .\n<x:a> <x:q> "<x:a> <x:p> <x:c> ." <x:g> .\n'
    >>> list(triples_of(line + b'<x:c> <x:p> "say \\"hi\\"" <x:g> .\n', b"<x:p>"))
    [('x:a', 'x:b'), ('x:c', 'say "hi"')]
    """
    return ((s, o) for _, s, o in _lines_of(data, predicate))


def _lines_of(data: bytes, predicate: bytes) -> Iterator[tuple[int, str, str]]:
    """``triples_of``'s (subject, object), each after the offset of its line in ``data``."""
    needle = b" " + predicate + b" "
    i = data.find(needle)
    while i >= 0:
        start = data.rfind(b"\n", 0, i) + 1
        end = data.find(b"\n", i)
        end = len(data) if end < 0 else end
        subject = data[start:i]
        body = data[i + len(needle):end]
        if subject[:1] == b"<" and subject[-1:] == b">" and b" " not in subject and body[-2:] == b" .":
            obj = body[:-2]
            g = obj.rfind(b" <")  # a graph term after the object?
            if obj[-1:] == b">" and g > 0 and _term(obj[:g]):
                obj = obj[:g]
            if _term(obj):
                if b"\\" in subject or b"\\" in obj:  # escapes: let the parser read them
                    [q] = parse(data[start:end + 1], format=RdfFormat.N_QUADS)
                    yield start, q.subject.value, q.object.value
                else:
                    yield start, subject[1:-1].decode(), obj[1:-1].decode()
        i = data.find(needle, end)


Mention = tuple[str, str]  # (paper, node)
ClaimRow = tuple[str, str, str, str, str, str]  # (paper, claim, subject, benchmark, measure, kind)
Use = tuple[str, str, str]  # (paper, node, type): ?paper pkg:usesMethod ?node is (paper, node, "method")
IndexRows = tuple[list[Mention], list[ClaimRow], list[Use]]  # (kg.builder.LinkRows)


def rows_of_nquads(data: bytes) -> IndexRows:
    """The rows of the index for the quads ``data``: the mentions, the claims that have a subject, a
    benchmark, a measure and a kind (the others are never in conflicting-claims' rows), and the typed
    relations of papers to nodes (in the order of their lines)."""
    mentions = list(triples_of(data, _MENTIONS))
    of = {p: dict(triples_of(data, p)) for p in (_PAPER, _SUBJECT, _MEASURE, _KIND)}
    claims = [(of[_PAPER][c], c, of[_SUBJECT][c], d, of[_MEASURE][c], of[_KIND][c])
              for c, d in triples_of(data, _DATASET) if all(c in o for o in of.values())]
    uses = sorted((at, p, o, t) for pred, t in _USES.items() for at, p, o in _lines_of(data, pred))
    return mentions, claims, [(p, o, t) for _, p, o, t in uses]


def rows_of_store(store: Store) -> IndexRows:
    """The rows of the index for every paper of ``store`` (for a store whose index is missing or stale:
    ~10-15 CPU-s at 80k papers, decoding 550,000 pairs of IRIs). Papers' and claims' facts are in the
    default graph (kg.builder)."""
    mentions = [(r[0].value, r[1].value) for r in store.query(f"SELECT ?p ?o WHERE {{ ?p <{PKG}mentions> ?o }}")]
    claims = [tuple(t.value for t in r) for r in store.query(
        f"SELECT ?p ?c ?s ?d ?m ?k WHERE {{ ?c <{PKG}subject> ?s . ?c <{PKG}onDataset> ?d . "
        f"?c <{PKG}measure> ?m . ?c <{PKG}claimKind> ?k . ?c <{PKG}paper> ?p }}")]
    uses = [(r[0].value, r[1].value, t) for pred, t in _USES.items()
            for r in store.query(f"SELECT ?p ?o WHERE {{ ?p {pred.decode()} ?o }}")]
    return mentions, claims, uses


# ---------------------------------------------------------------- writing

class Writer:
    """Rows written into an index file open on ``con`` (in one transaction the caller commits).

    Every statement inserts thousands of rows, their values bound (``_insert``): a statement releases
    Python's lock, and taking it back next to a busy thread costs up to 5 ms (see kg.search_index.write).
    """

    def __init__(self, con: sqlite3.Connection, *, new: bool):
        self.con = con
        if new:
            for statement in _SCHEMA:
                con.execute(statement)
            con.execute("INSERT INTO meta VALUES ('version', ?), ('store', '')", (VERSION,))
        else:  # not BUILT until every row is in: a stamp never lands on a half-written index
            con.execute("UPDATE meta SET value = '' WHERE key = 'store'")
        self.ids: dict[str, int] = dict(con.execute("SELECT iri, id FROM term"))
        self._fresh: list[tuple[int, str]] = []
        self._mentions: list[tuple[int, int]] = []  # (node, paper), inserted in order by finish

    def _id(self, iri: str) -> int:
        n = self.ids.get(iri)
        if n is None:
            n = self.ids[iri] = len(self.ids) + 1  # ids are 1..n: every id is kept (removed papers' too)
            self._fresh.append((n, iri))
        return n

    def remove(self, paper_ids: Iterable[str]) -> None:
        """Forget the rows of the papers ``paper_ids`` (replaced by this build)."""
        papers = json.dumps([self.ids[p] for p in (paper_iri(i).value for i in paper_ids) if p in self.ids])
        pairs = [[node, paper] for paper, nodes in self.con.execute(
            "SELECT id, nodes FROM paper WHERE id IN (SELECT value FROM json_each(?))", (papers,))
            for node in array(NODE_ARRAY, nodes)]
        self.con.execute("DELETE FROM mention WHERE (node, paper) IN (SELECT value ->> 0, value ->> 1 "
                         "FROM json_each(?))", (json.dumps(pairs),))
        for table, key in (("paper", "id"), ("claim", "paper")):
            self.con.execute(f"DELETE FROM {table} WHERE {key} IN (SELECT value FROM json_each(?))", (papers,))

    def add(self, mentions: list[Mention], claims: list[ClaimRow], uses: list[Use]) -> None:
        """Add rows (each paper's rows in one call: a paper's nodes are written once)."""
        nodes: dict[int, set[int]] = {}
        for p, o in mentions:
            nodes.setdefault(self._id(p), set()).add(self._id(o))
        used: dict[int, set[int]] = {}
        for p, o, t in uses:
            used.setdefault(self._id(p), set()).add(self._id(o) * 8 + TYPE_CODE[t])
        self._mentions += [(n, p) for p, ns in nodes.items() for n in ns]
        claim_rows = {tuple(self._id(t) for t in row) for row in claims}  # (a quad repeated is one quad)
        _insert(self.con, "term", self._fresh)
        self._fresh = []
        _insert(self.con, "paper", [(p, _blob(ns), _blob(used.get(p, ()))) for p, ns in nodes.items()])
        _insert(self.con, "claim", sorted(claim_rows))

    def finish(self, stamp: str) -> None:
        """Write what waited for every row (the mentions, in the order of their key) and the stamp."""
        self._mentions.sort()
        _insert(self.con, "mention", self._mentions)
        self._mentions = []
        self.con.execute("UPDATE meta SET value = ? WHERE key = 'store'", (stamp,))


def _blob(ints: Iterable[int]) -> bytes:
    """A paper's nodes (or uses) as paper.nodes holds them: sorted int32s (NODE_ARRAY)."""
    return array(NODE_ARRAY, sorted(ints)).tobytes()


def _insert(con: sqlite3.Connection, table: str, rows: list[tuple]) -> None:
    """Insert ``rows`` into ``table``, as many per statement as SQLite binds (a row already in: ignored)."""
    if not rows:
        return
    width = len(rows[0])
    step = _MAX_VARIABLES // width
    row = "(" + ",".join("?" * width) + ")"
    for start in range(0, len(rows), step):
        part = rows[start:start + step]
        con.execute(f"INSERT OR IGNORE INTO {table} VALUES " + ",".join([row] * len(part)),
                    [v for r in part for v in r])


def _open_for_writing(file: Path) -> sqlite3.Connection:
    con = sqlite3.connect(file, isolation_level=None)
    con.execute("PRAGMA journal_mode = OFF")  # a staging copy or a side file: thrown away if the build fails
    con.execute("PRAGMA synchronous = OFF")
    con.execute("BEGIN")
    return con


def rebuild(store: str | Path) -> int:
    """Write the index of the store at ``store`` afresh from the store opened read-only (a store built
    before the index existed); returns how many mention rows it holds. Written aside and moved in whole,
    stamped with the signature the store had before it was read, so a store written meanwhile leaves it
    stale, not wrong.

    >>> rebuild("kg-store")      # doctest: +SKIP
    549715
    """
    path = Path(store)
    signature = side_files.signature(path)
    mentions, claims, uses = rows_of_store(Store.read_only(str(path)))
    part = path / f"{INDEX_FILE}.part-{os.getpid()}"  # a side file (kg-*): not in the store's signature
    part.unlink(missing_ok=True)
    try:
        with closing(_open_for_writing(part)) as con:
            writer = Writer(con, new=True)
            writer.add(mentions, claims, uses)
            writer.finish(signature)
            con.execute("COMMIT")
        os.replace(part, path / INDEX_FILE)
    finally:
        part.unlink(missing_ok=True)
    return len(mentions)


class StagedGraphIndex:
    """The index of a build's staging copy of the store (``kg.store.staged_store``), written in the build's
    thread as it loads papers.

    >>> with staged_store(path) as st, StagedGraphIndex(path) as index:   # doctest: +SKIP
    ...     index.start(new=False, replaced=["arxiv:2503.14376"])
    ...     index.add(*batch.links)                                       # each batch the build loads
    ...     index.finish(st)                                              # once all are loaded
    >>> stamp(path)                                                       # doctest: +SKIP
    """

    def __init__(self, store: str | Path):
        self.file = staging_path(store) / INDEX_FILE
        self.fresh = is_fresh(store)  # the store's index matched it before this build: update it in place
        self.seconds = self.cpu = 0.0  # wall and CPU seconds in the build's thread
        self._con: sqlite3.Connection | None = None
        self._writer: Writer | None = None
        self._from_store = False

    def start(self, *, new: bool, replaced: Iterable[str] = ()) -> None:
        """Begin: a new index when the store is new or cleared (``new``); else the copy of the store's index,
        without the rows of the ``replaced`` papers, when it was up to date; else (missing or stale) the
        rows are read from the store in ``finish``, once the build has loaded its papers."""
        clock, cpu = time.perf_counter(), time.thread_time()
        self._from_store = not new and not (self.fresh and self.file.exists())
        if not self._from_store:
            if new:
                self.file.unlink(missing_ok=True)
            self._con = _open_for_writing(self.file)
            self._writer = Writer(self._con, new=new)
            self._writer.remove(replaced)
        self._count(clock, cpu)

    def add(self, mentions: list[Mention], claims: list[ClaimRow], uses: list[Use]) -> None:
        """The rows of whole papers: those ``rows_of_nquads`` parses from their quads, as the workers write
        them with the quads (kg.workers.Batch.links)."""
        if self._writer is not None:
            clock, cpu = time.perf_counter(), time.thread_time()
            self._writer.add(mentions, claims, uses)
            self._count(clock, cpu)

    def finish(self, store: Store) -> dict[str, float]:
        """Complete the index (reading every paper of ``store`` when it was missing or stale); returns
        its seconds, wall and CPU."""
        clock, cpu = time.perf_counter(), time.thread_time()
        if self._from_store:
            self.file.unlink(missing_ok=True)
            self._con = _open_for_writing(self.file)
            self._writer = Writer(self._con, new=True)
            self._writer.add(*rows_of_store(store))
        if self._writer is not None and self._con is not None:
            self._writer.finish(BUILT)
            self._con.execute("COMMIT")
            self._con.close()
            self._con = self._writer = None
        self._count(clock, cpu)
        return {"graph index": self.seconds, "graph index CPU": self.cpu}

    def _count(self, clock: float, cpu: float) -> None:
        self.seconds += time.perf_counter() - clock
        self.cpu += time.thread_time() - cpu  # (all of it runs in the build's thread)

    def __enter__(self) -> StagedGraphIndex:
        return self

    def __exit__(self, kind, exc, tb) -> None:
        if self._con is not None:  # a failed build: the staging copy, this file with it, is thrown away
            self._con.close()
            self._con = self._writer = None


# ---------------------------------------------------------------- keeping it with the store

def is_fresh(store: str | Path) -> bool:
    """Whether the store at ``store`` has an index that matches its files."""
    return side_files.is_fresh(Path(store) / INDEX_FILE, VERSION)


def stamp_of(store: str | Path) -> str | None:
    """The index's stamp (None when there is no readable index): what ``stamp`` takes as ``previous``."""
    return side_files.stamp_of(Path(store) / INDEX_FILE, VERSION)


def stamp(store: str | Path, previous: str = BUILT) -> bool:
    """Record the signature of the store's files in its index, if the index's stamp is ``previous``: a
    build's (``BUILT``), or the signature the store had before it was compacted. Returns whether it did."""
    return side_files.stamp(Path(store) / INDEX_FILE, VERSION, previous)


# ---------------------------------------------------------------- answering

_opened: dict[str, tuple[str, Store]] = {}  # store path -> (its signature, the store opened read-only)


def _store(path: Path, signature: str) -> Store:
    """The store at ``path`` opened read-only, kept open while its files do not change: opening an 80k
    store costs ~20 ms (350 ms cold), a fifth of the time these answers may take."""
    key = str(path.absolute())
    kept = _opened.get(key)
    if kept is None or kept[0] != signature:
        _opened[key] = kept = (signature, Store.read_only(str(path)))
    return kept[1]


def answer(name: str, binding, store: str | Path, opened: Store | None = None) -> Rows | None:
    """The rows of library query ``name`` (one of ``QUERIES``) bound by ``binding`` (kg.queries.Binding)
    from the index of the store at ``store`` (and the store itself: ``opened`` when the caller has it
    open), or None when the index cannot answer: missing, stale or unreadable."""
    path = Path(store)
    try:
        with closing(side_files.connect(path / INDEX_FILE, read_only=True)) as con:
            # read after its stamp was compared with the store's files: a build that swaps the store in
            # between leaves this connection on the old file, whose stamp no longer matches
            signature = side_files.signature(path)
            if side_files.stamp_in(con, VERSION) != signature:
                return None
            st = opened if opened is not None else _store(path, signature)
            # both queries read the default graph only, unless the store is of an earlier layout
            union = union_needed(st, binding)
            if name == "methods-co-occurring":
                return methods_co_occurring(con, st, binding, union)
            if name == "conflicting-claims":
                return conflicting_claims(con, st, union)
            raise ValueError(f"the graph index answers {', '.join(QUERIES)}, not {name!r}")
    except (sqlite3.Error, OSError):  # no index (read-only open of a missing file fails), or a broken one
        return None


def _rows(result: QuerySolutions) -> list[list]:
    names = [v.value for v in result.variables]
    return [[term_value(s[n]) for n in names] for s in result]


def _values(rows: Iterable[tuple[str, ...]]) -> str:
    """A VALUES block's rows of IRIs (from the index, so from the store: each checked by NamedNode)."""
    return " ".join("(" + " ".join(str(NamedNode(i)) for i in row) + ")" for row in rows)


# methods-co-occurring.rq's family of the method: the node of the name and the nodes of that key, then
# every node below them (the same patterns; parameters substituted, never pasted)
_MEMBERS = """SELECT DISTINCT ?m $method $method_iri $method_key WHERE {
  { SELECT DISTINCT ?family $method $method_iri $method_key WHERE {
      { $method_iri skos:prefLabel ?_pref . BIND($method_iri AS ?family) }
      UNION { ?family pkg:key $method_key }
      UNION { { FILTER NOT EXISTS { ?_keyed pkg:key ?_k } }
              LATERAL { ?family skos:prefLabel|skos:altLabel ?_label . FILTER(LCASE(STR(?_label)) = $method_key) } } } }
  LATERAL { ?m skos:broader* ?family } }"""
# the type and label of co-occurring nodes, as methods-co-occurring.rq looks them up ($type substituted)
_TYPED = """SELECT ?o ?entity_type ?other $type WHERE {
  VALUES (?o) { %s }
  LATERAL { SELECT ?o (MAX(?_type) AS ?entity_type) $type WHERE {
      ?o pkg:entityType ?_type . FILTER(IF($type = "", ?_type = "method" || ?_type = "concept", ?_type = $type)) }
    GROUP BY ?o $type }
  LATERAL { ?o skos:prefLabel ?other } }"""


def co_occurring(con: sqlite3.Connection, members: list[str], type_: str = "") -> list[tuple[int, int]]:
    """(node id, papers) for every node named by the papers that name one of ``members`` (IRIs), but
    those, most papers first: the papers' arrays of nodes joined and counted in one pass (numpy's
    bincount is 2-3 ms faster on 52,000 nodes, and 60 ms slower to import). With ``type_``, the nodes the
    papers relate to by that type's relation (what they use, evaluate on ...) instead."""
    ids = [i for (i,) in con.execute("SELECT id FROM term WHERE iri IN (SELECT value FROM json_each(?))",
                                     (json.dumps(members),))]
    column = "uses" if type_ else "nodes"  # (a column name of this module's, not a value)
    nodes = b"".join([b for (b,) in con.execute(
        f"SELECT {column} FROM paper WHERE id IN "
        "(SELECT paper FROM mention WHERE node IN (SELECT value FROM json_each(?)))", (json.dumps(ids),))])
    if type_:
        code = TYPE_CODE[type_]
        counts = Counter(v >> 3 for v in array(NODE_ARRAY, nodes) if v & 7 == code)
    else:
        counts = Counter(array(NODE_ARRAY, nodes))
    for i in ids:  # not the method's own nodes
        counts.pop(i, None)
    return counts.most_common()


def methods_co_occurring(con: sqlite3.Connection, store: Store, binding, union: bool = True) -> Rows:
    """methods-co-occurring.rq's rows: the family's nodes from the store, the papers naming them and the
    nodes those papers name counted by SQLite, then the type and label of the nodes in order of count,
    until the ``limit``-th row's count is passed (so the ties that the label order breaks are all in).
    ``union``: read the union of all graphs (kg.queries.union_needed), not the default graph alone."""
    subs = {v: t for v, t in binding.substitutions.items() if v.value in ("method", "method_iri", "method_key")}
    members = [s["m"].value for s in store.query(_MEMBERS, use_default_graph_as_union=union, prefixes=PREFIXES,
                                                 substitutions=subs)]
    typed = {v: t for v, t in binding.substitutions.items() if v.value == "type"}
    limit = binding.limit
    counted = co_occurring(con, members, next((t.value for t in typed.values()), ""))
    found: list[list] = []  # [other, entity_type, papers]
    done, size = 0, max(2 * (limit or 20), 64)
    while done < len(counted):
        if limit is not None and len(found) >= limit:
            found.sort(key=lambda r: -r[2])
            if counted[done][1] < found[limit - 1][2]:
                break  # every node left names fewer papers than the limit-th row
        part = counted[done:done + size]
        done, size = done + len(part), size * 2
        counts = dict(part)
        iris = dict(con.execute("SELECT iri, id FROM term WHERE id IN (SELECT value FROM json_each(?))",
                                (json.dumps(list(counts)),)))
        result = store.query(_TYPED % _values((i,) for i in iris), use_default_graph_as_union=union,
                             prefixes=PREFIXES, substitutions=typed)
        found += [[other, kind, counts[iris[o]]] for o, kind, other, _ in _rows(result)]
    # ORDER BY DESC(?papers) ?other ?entity_type (code point order: Python's)
    found.sort(key=lambda r: (-r[2], r[0], r[1]))
    return Rows(["other", "entity_type", "papers"], found[:limit] if limit is not None else found)


# conflicting-claims.rq with the claims of each side given by the index instead of its grouping; from its
# first FILTER on, the .rq's own text (``_conflicts_query``)
_CONFLICTS_HEAD = """SELECT DISTINCT ?subject ?benchmark ?claim_kind ?measure ?unit ?paper_a ?value_a ?paper_b ?value_b
       ?sentence_a ?sentence_b
WHERE {
  { SELECT ?s ?d ?a ?measure ?k ?value_a ?pa ?sentence_a WHERE {
      VALUES (?s ?d ?a) { CLAIMS }
      LATERAL { ?a pkg:measure ?measure ; pkg:claimKind ?k ; pkg:value ?value_a ; pkg:paper ?pa ; pkg:sentence ?sentence_a . } } }
  { SELECT ?s ?d ?b ?measure ?k ?value_b ?pb ?sentence_b WHERE {
      VALUES (?s ?d ?b) { CLAIMS }
      LATERAL { ?b pkg:measure ?measure ; pkg:claimKind ?k ; pkg:value ?value_b ; pkg:paper ?pb ; pkg:sentence ?sentence_b . } } }
"""
_CONFLICTS_TAIL = "  FILTER(?value_a != ?value_b)"


@functools.cache
def _conflicts_tail() -> str:
    """conflicting-claims.rq from its first FILTER to its end (the pairing, papers, units, labels, order)."""
    text = (queries_dir() / "conflicting-claims.rq").read_text(encoding="utf-8")
    return text[text.index(_CONFLICTS_TAIL):]


def _conflicts_query(claims: str) -> str:
    """The SPARQL of conflicting-claims.rq on the claims given as a VALUES block's rows."""
    return _CONFLICTS_HEAD.replace("CLAIMS", claims) + _conflicts_tail()


_COLUMNS = ["subject", "benchmark", "claim_kind", "measure", "unit", "paper_a", "value_a", "paper_b", "value_b",
            "sentence_a", "sentence_b"]


def conflicting_claims(con: sqlite3.Connection, store: Store, union: bool = True) -> Rows:
    """conflicting-claims.rq's rows: the claims that share subject, benchmark, measure and kind with a claim
    of another paper, from SQLite (one scan of an index), then the .rq's patterns on those claims only
    (values, papers, units, labels) in the store."""
    claims = con.execute(
        "SELECT s.iri, d.iri, c.iri FROM (SELECT subject, dataset, measure, kind FROM claim "
        "GROUP BY subject, dataset, measure, kind HAVING COUNT(DISTINCT paper) > 1) shared "
        "JOIN claim x USING (subject, dataset, measure, kind) "
        "JOIN term s ON s.id = x.subject JOIN term d ON d.id = x.dataset JOIN term c ON c.id = x.claim").fetchall()
    if not claims:
        return Rows(list(_COLUMNS), [])
    result = store.query(_conflicts_query(_values(claims)), use_default_graph_as_union=union, prefixes=PREFIXES)
    return Rows(list(_COLUMNS), _rows(result))


__all__ = ["INDEX_FILE", "QUERIES", "StagedGraphIndex", "answer", "is_fresh", "triples_of", "rebuild",
           "rows_of_nquads", "rows_of_store", "stamp", "stamp_of"]
