"""`kg build`: corpus files -> records -> extraction -> quads -> the on-disk store, atomically and incrementally.

>>> report = build(["data/hf-daily-papers"], store="kg-store")     # doctest: +SKIP
>>> report.papers, report.triples                                  # doctest: +SKIP
(389, 41234)
"""
from __future__ import annotations

import os
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pyoxigraph import BlankNode, NamedNode, Quad, RdfFormat, Store, parse

from extractors.readers import Rejection, read_corpus
from extractors.readers.spill import SpilledRecords
from extractors.records import PaperRecord

from . import builder, graph_index, search_index
from .loader import DEFAULT_CHUNK_BYTES, ChunkLoader, chunk_for
from .namespaces import DCTERMS, GRAPH, ONTOLOGY_GRAPH, PKG, extracted_graph, paper_iri
from .resolve import (gains, graph_size, label_nquad_parts, merge_names, paper_names, refresh_entities,
                      unchanged_nodes)
from .resources import ontology_dir
from .store import (DEFAULT_STORE, labels_in_named_graph, record_quads, recorded_quads, staged_store,
                    store_bytes)
from .workers import nquads_batches, start_workers, stop_workers

Progress = Callable[[str, int, int], None]  # (stage, done, total)
COMPACT_SHARE = 0.25  # compact the store after a build that loaded at least this share of its size


@dataclass
class BuildReport:
    store: str
    files: int = 0
    read: int = 0  # papers parsed, before deduplication
    duplicates: int = 0
    papers: int = 0  # distinct papers in the input
    rejections: list[Rejection] = field(default_factory=list)
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    pruned: int = 0  # papers of the store not in the input, removed (``prune``)
    triples: int = 0  # quads in the store after the build
    seconds: dict[str, float] = field(default_factory=dict)  # time per stage (extraction summed over workers)
    wall_seconds: float = 0.0


def build(paths: Iterable[str | Path], store: str | Path = DEFAULT_STORE, *, workers: int = 1,
          built_at: str | None = None, progress: Progress | None = None, batch_size: int = 256,
          prune: bool = False) -> BuildReport:
    """Read ``paths``, extract, and load the papers into the store at ``store``.

    Papers already in the store with the same content hash are kept as they are; changed ones are
    replaced; new ones added. With ``prune``, the store's papers that are not in the input are removed,
    so the store ends as a fresh build of the input would be. Raises ``NothingRead`` when no paper could
    be read at all.
    """
    started = start_workers(workers)  # the workers' fork server builds the pipeline while the corpus is read
    try:
        return _build(paths, store, workers, built_at, progress, batch_size, prune)
    except BaseException as exc:
        # the frames of the traceback hold the staged copy of the store open (and RocksDB's lock on it) for
        # as long as the exception lives: a build run again in this process, while it is being handled,
        # would find the staging directory locked
        traceback.clear_frames(exc.__traceback__)
        raise
    finally:
        if started:
            stop_workers()


def _build(paths: Iterable[str | Path], store: str | Path, workers: int, built_at: str | None,
           progress: Progress | None, batch_size: int, prune: bool) -> BuildReport:
    report = BuildReport(store=str(store))
    started = clock = time.perf_counter()
    result = read_corpus(paths)
    report.files, report.read, report.duplicates = len(result.files), result.read, result.duplicates
    report.papers, report.rejections = len(result.records), result.rejections
    report.seconds["read"] = time.perf_counter() - clock
    if not result.records:
        raise NothingRead(report)
    built_at = built_at or builder.build_time()
    # compaction rewrites the whole store: worth it when this build wrote a good part of it (in bytes of
    # N-Quads loaded against bytes of store on disk, about 1.8 to 1: both known without reading the store)
    before, loaded = store_bytes(store), 0
    # the store's quad count is kept up to date by arithmetic (what was removed and written), from the count
    # the previous build recorded: counting a large store reads all of it (3.4 s for 15M quads)
    base = recorded_quads(store) if before else 0
    removed = written = 0
    with (staged_store(store, optimize=False) as st,  # (compacted below, when this build wrote enough)
          search_index.StagedIndex(store) as index, graph_index.StagedGraphIndex(store) as links):
        clock = time.perf_counter()
        work = plan_work(st, result.records, prune=prune)
        todo = work.todo  # read from the reader's spill file each time it is iterated, never held
        report.unchanged = len(result.records) - len(todo)
        report.replaced = len(work.replaced)
        report.added = len(todo) - report.replaced
        report.pruned = len(work.gone)
        touched: set[str] = set()  # entity nodes whose names change: their labels are recomputed
        # a new store's entity names, types and FACTS counts, summed from the batches (kg.resolve.collect_names,
        # collect_facts)
        names: dict = {}
        said_before: dict = {}  # what the replaced papers said about entity nodes (kg.resolve.paper_names)
        if before and (report.replaced or work.gone) and report.replaced + report.pruned == stored_papers(st):
            # every paper of the store is replaced (a new extractor version) or pruned: what is left of it is derived
            # from its papers, so the build is a new store's, without removing 165 quads per paper one by one
            # (10,000 of 10,000: prepare 1 s instead of 49 s); before = 0 also has the new store compacted
            # (also how a store of an earlier layout is rebuilt: its papers name an earlier extractor version)
            st.clear()
            before = base = 0
        else:
            if before and earlier_layout(st):
                raise StoreLayoutError(
                    f"the store at {store} was written by an earlier version of paper-kg (papers in "
                    f"graph/paper/<id>, labels in graph/entities), and this build does not replace all of "
                    f"its papers: build it again from all of its input, or into a new store "
                    f"(kg build ... --store NEW)")
            if report.replaced or work.gone:
                touched, removed = remove_papers(st, work.leaving, names=said_before)
        report.seconds["prepare"] = time.perf_counter() - clock
        # the index of mentions and claims (kg.graph_index): the rows of the papers loaded, which the workers
        # write with their quads
        links.start(new=not before, replaced=work.leaving)
        # the text index of `search` is written on a thread of its own (23 CPU-s at 80k papers). When it
        # needs nothing but these records it starts at once if a core is left beside the workers, so that it
        # overlaps the extraction; when the workers take every core it would only slow them down, so it
        # starts after the last batch, to run on the core their end leaves idle, beside the last loads,
        # the labels and the compaction (one core each)
        index_started = not index.reads_store(new=not before)
        index_early = index_started and workers < (os.cpu_count() or 1)
        if index_early:
            index.update(st, todo, new=not before, gone=work.gone)
        stage = {"extract": 0.0, "triples": 0.0, "labels CPU": 0.0}  # labels: a new store's, in this thread
        done = 0
        clock = time.perf_counter()
        counts = {"quads": 0}  # how many label quads the store gained (kg.resolve)
        with ChunkLoader(st) as loader:  # loads on its own thread while the workers extract
            for batch in nquads_batches(todo, built_at, workers=workers, batch_size=batch_size, facts=not before):
                stage["extract"] += batch.extract_seconds
                stage["triples"] += batch.triples_seconds
                loader.add(batch.nquads)
                links.add(*batch.links)
                if before:  # a new store gets all its labels computed at once (below)
                    touched.update(batch.entities)
                else:
                    cpu = time.thread_time()
                    merge_names(names, batch.entities)
                    stage["labels CPU"] += time.thread_time() - cpu
                loaded += len(batch.nquads)
                written += batch.quads
                done += batch.records
                # smaller chunks as the end nears (the bytes to come estimated from those so far)
                loader.chunk_bytes = chunk_for((len(todo) - done) * loaded / done)
                if progress:
                    progress("build", done, len(todo))
            if workers > 1:  # stage times are summed over workers; wall time says what the build took
                stage["parallel wall"] = time.perf_counter() - clock
            clock = time.perf_counter()
            # before the flush, which waits while the thread still has a chunk queued
            if index_started and not index_early:
                index.update(st, todo, new=not before, gone=work.gone)
            loader.flush()  # the last papers load while the labels are computed
            # the workers are done: what is left loads in large chunks again (fewer, larger sorted files)
            loader.chunk_bytes = DEFAULT_CHUNK_BYTES
            if not before:
                # a new store gets all its labels computed at once, from the names and facts the workers
                # counted while writing the papers (no query: those grouped queries were 29 s of an 80k
                # build), while the thread still loads the last papers; they are loaded last, with them
                cpu = time.thread_time()  # (CPU time: a wait for the loader's queue does not count)
                for part in label_nquad_parts(names):  # loaded as they come, never all held
                    counts["quads"] += len(part)
                    loader.add("".join(part).encode("utf-8"))
                stage["labels CPU"] += time.thread_time() - cpu
                names = {}
                # a new store's graph index reads nothing from it: completed while the thread loads
                report.seconds.update(links.finish(st))
            stage["entities"] = time.perf_counter() - clock
            clock = time.perf_counter()
        stage["load"], stage["load wait"] = loader.load_seconds, loader.wait_seconds
        stage["load tail"] = time.perf_counter() - clock  # waiting for the thread to load what was left
        if not index_started:  # its papers are read from the store, now that they are all loaded
            index.update(st, todo, new=False)
        if before:  # (a new store's was completed above)
            report.seconds.update(links.finish(st))
        clock = time.perf_counter()
        # in a store that had papers only the nodes the changed papers name are relabelled (kg.resolve)
        ontology_before = graph_size(st, ONTOLOGY_GRAPH) if base is not None else 0
        if before:
            # what the new papers say of each node: nodes they only add to are relabelled from their labels
            said = paper_names(st, work.ids)
            if said_before:  # nodes the new papers say the same about as the replaced ones keep their labels
                touched -= unchanged_nodes(said_before, said)
            refresh_shared(st, touched, counts=counts, gained=gains(said_before, said))
        else:  # its labels were loaded with the papers
            load_ontology(st)
            counts["quads"] += builder.describe_agents(st)
        stage["entities"] += time.perf_counter() - clock
        clock = time.perf_counter()
        if base is None:  # no count recorded, or the store was changed by other means since
            report.triples = len(st)
        else:
            report.triples = (base - removed + written + counts["quads"] + graph_size(st, ONTOLOGY_GRAPH)
                              - ontology_before)
        stage["count"] = time.perf_counter() - clock
        report.seconds.update(stage)
        clock = time.perf_counter()
        # compacted here rather than by staged_store, so that the search index thread can still be writing
        st.flush()
        if loaded >= COMPACT_SHARE * before:
            st.optimize()
        report.seconds["optimize"] = time.perf_counter() - clock
        report.seconds.update(index.wait())
        clock = time.perf_counter()
        del st, loader  # the store closes in staged_store, so its files are final when the count is recorded
    report.seconds["commit"] = time.perf_counter() - clock  # flush, swap (kg.store.staged_store)
    record_quads(store, report.triples)
    search_index.stamp(store)
    graph_index.stamp(store)
    report.wall_seconds = time.perf_counter() - started
    return report


@dataclass
class Work:
    """What a build must extract: the records whose text is new or changed, and their ids; and the papers
    it must remove."""

    todo: Sequence[PaperRecord]  # sized and re-iterable (a subset of the reader's SpilledRecords)
    ids: list[str]  # of todo, in its order
    replaced: list[str]  # the ids of todo the store already holds (in another version)
    gone: list[str] = field(default_factory=list)  # ids of the store's papers not in the input, when pruning

    @property
    def leaving(self) -> list[str]:
        """The ids of the papers whose stored version leaves the store: replaced or pruned."""
        return self.replaced + self.gone


def plan_work(store: Store, records: SpilledRecords, *, prune: bool = False) -> Work:
    """The records of ``records`` the store does not hold with the same content hash, in one pass over
    them that keeps only their ids and hashes (the records are read again when they are extracted); with
    ``prune``, also the store's papers that ``records`` does not have.

    >>> plan_work(Store(), read_corpus(["data/hf-daily-papers"]).records).ids[:1]     # doctest: +SKIP
    ['t:4a363a2de9078ce0']
    """
    ids, hashes = [], []
    for r in records:
        ids.append(r.id)
        hashes.append(r.content_hash())
    known = builder.stored_hashes(store, ids=ids)
    chosen = [i for i, (id_, h) in enumerate(zip(ids, hashes)) if known.get(id_) != h]
    todo_ids = [ids[i] for i in chosen]
    gone = sorted(set(stored_ids(store)).difference(ids)) if prune else []
    return Work(records.subset(chosen), todo_ids, [i for i in todo_ids if i in known], gone)


def stored_ids(store: Store) -> list[str]:
    """The ids (dcterms:identifier) of the store's papers, those of an earlier layout too."""
    return [r[0].value for r in store.query(
        f"SELECT ?id WHERE {{ ?p a <{PKG}Paper> ; <{DCTERMS}identifier> ?id }}", use_default_graph_as_union=True)]


def stored_papers(store: Store) -> int:
    """How many papers the store holds (an index range read, no quad leaves the store); those of a store of an
    earlier layout too (``earlier_layout``)."""
    [row] = store.query(f"SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE {{ ?p a <{PKG}Paper> }}",
                        use_default_graph_as_union=True)
    return int(row["n"].value)


class StoreLayoutError(ValueError):
    """A store written by an earlier paper-kg, whose layout this one cannot update in place."""


def earlier_layout(store: Store) -> bool:
    """Whether the store keeps papers' metadata in per-paper graphs (``graph/paper/<id>``) or the entity
    labels in ``graph/entities``, as before layout 0.3.2. A build that keeps some of its papers would mix
    two layouts, so it stops (``StoreLayoutError``); its papers name an earlier extractor version, so a
    build of all of them replaces every paper and starts the store afresh. Its queries still answer: they
    read the union of all graphs."""
    if labels_in_named_graph(store):
        return True
    paper = next(iter(store.quads_for_pattern(None, builder.A, builder.P("Paper"), None)), None)
    return paper is not None and isinstance(paper.graph_name, NamedNode) and \
        paper.graph_name.value.startswith(GRAPH + "paper/")


def remove_papers(store: Store, ids: list[str], batch: int = 1000,
                  names: dict | None = None) -> tuple[set[str], int]:
    """Remove the papers ``ids``: their own triples and their claims' (default graph) and their extracted
    graphs; return the entity nodes their extracted graphs name (subjects of ``pkg:canonicalName`` or
    ``pkg:spelling``: their labels must be recomputed) and how many quads were removed. ``names``, when
    given, gets what the papers said about each node (kg.resolve.paper_names), so the refresh can leave out
    the nodes the new versions say the same about.

    Both are read by queries per ``batch`` papers, inside the store: reading every quad of every paper
    into Python to find the names and count them was two thirds of the cost of replacing a paper.

    >>> remove_papers(Store(), ["arxiv:2503.14376"])
    (set(), 0)
    """
    touched: set[str] = set()
    removed = 0
    naming = {f"{PKG}canonicalName", f"{PKG}spelling"}
    for start in range(0, len(ids), batch):
        chunk = ids[start:start + batch]
        said = paper_names(store, chunk)
        touched.update(e for e, items in said.items() if any(p in naming for p, _ in items))
        if names is not None:
            for e, items in said.items():
                names.setdefault(e, Counter()).update(items)
        # (IRIs the build mints, or read from the store: nothing a user typed)
        papers = " ".join(f"<{paper_iri(i).value}>" for i in chunk)
        claims = store.query(f"SELECT ?c WHERE {{ VALUES ?p {{ {papers} }} LATERAL {{ ?c <{PKG}paper> ?p }} }}")
        subjects = " ".join([papers, *(f"<{r[0].value}>" for r in claims)])
        graphs = " ".join(f"<{extracted_graph(i).value}>" for i in chunk)
        [row] = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {{ VALUES ?s {{ {subjects} }} ?s ?p ?o }} UNION "
                            f"{{ VALUES ?g {{ {graphs} }} GRAPH ?g {{ ?s ?p ?o }} }} }}")
        removed += int(row["n"].value)
        # (an update's WHERE reads the default graph alone: the papers' and claims' own triples)
        store.update(f"DELETE {{ ?s ?p ?o }} WHERE {{ VALUES ?s {{ {subjects} }} ?s ?p ?o }}")
        for i in chunk:
            store.remove_graph(extracted_graph(i))
    return touched, removed


class NothingRead(Exception):
    def __init__(self, report: BuildReport):
        self.report = report
        super().__init__("no paper could be read from the input")


def refresh_shared(store: Store, touched: Iterable[str] | None = None, counts: dict | None = None,
                   gained: dict | None = None) -> None:
    """Recompute what spans papers after papers were added or replaced: the ontology graph, the entity
    labels graph (all of it, or only the entity IRIs in ``touched``; ``counts``, ``gained``: see
    kg.resolve.refresh_entities) and the description of any new extractor agent in graph/provenance
    (``counts["quads"]`` includes what that graph gained)."""
    load_ontology(store)
    refresh_entities(store, touched, counts, gained)
    added = builder.describe_agents(store)
    if counts is not None:
        counts["quads"] = counts.get("quads", 0) + added


def load_ontology(store: Store) -> None:
    """(Re)load the vocabulary and shapes into their own graph, so the store documents itself."""
    store.remove_graph(ONTOLOGY_GRAPH)
    for ttl in sorted(ontology_dir().glob("*.ttl")):
        names: dict[str, BlankNode] = {}
        store.extend(Quad(*(_stable(t, names, ttl.stem) for t in (tr.subject, tr.predicate, tr.object)),
                          ONTOLOGY_GRAPH)
                     for tr in parse(path=str(ttl), format=RdfFormat.TURTLE))


def _stable(term, names: dict, prefix: str):
    """Blank nodes renamed from the parser's random ids to ids in order of appearance, so rebuilding
    gives byte-identical dumps."""
    if isinstance(term, BlankNode):
        return names.setdefault(term.value, BlankNode(f"{prefix}{len(names) + 1}"))
    return term
