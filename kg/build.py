"""`kg build`: corpus files -> records -> extraction -> quads -> the on-disk store, atomically and incrementally.

>>> report = build(["data/hf-daily-papers"], store="kg-store")     # doctest: +SKIP
>>> report.papers, report.triples                                  # doctest: +SKIP
(389, 41234)
"""
from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pyoxigraph import BlankNode, Quad, RdfFormat, Store, parse

from extractors.readers import Rejection, read_corpus

from . import builder
from .namespaces import DCTERMS, ONTOLOGY_GRAPH, PKG, extracted_graph, paper_graph
from .resolve import refresh_entities
from .resources import ontology_dir
from .store import DEFAULT_STORE, staged_store
from .workers import nquads_batches

Progress = Callable[[str, int, int], None]  # (stage, done, total)


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
    triples: int = 0  # quads in the store after the build
    seconds: dict[str, float] = field(default_factory=dict)  # time per stage (extraction summed over workers)
    wall_seconds: float = 0.0


def build(paths: Iterable[str | Path], store: str | Path = DEFAULT_STORE, *, workers: int = 1,
          built_at: str | None = None, progress: Progress | None = None, batch_size: int = 256) -> BuildReport:
    """Read ``paths``, extract, and load the papers into the store at ``store``.

    Papers already in the store with the same content hash are kept as they are; changed ones are
    replaced; new ones added. Raises ``NothingRead`` when no paper could be read at all.
    """
    report = BuildReport(store=str(store))
    started = clock = time.perf_counter()
    result = read_corpus(paths)
    report.files, report.read, report.duplicates = len(result.files), result.read, result.duplicates
    report.papers, report.rejections = len(result.records), result.rejections
    report.seconds["read"] = time.perf_counter() - clock
    if not result.records:
        raise NothingRead(report)
    built_at = built_at or builder.build_time()
    with staged_store(store) as st:
        clock = time.perf_counter()
        known = stored_hashes(st)
        todo = [r for r in result.records if known.get(r.id) != r.content_hash()]
        report.unchanged = len(result.records) - len(todo)
        report.replaced = sum(1 for r in todo if r.id in known)
        report.added = len(todo) - report.replaced
        for r in todo:
            if r.id in known:
                st.remove_graph(paper_graph(r.id))
                st.remove_graph(extracted_graph(r.id))
        report.seconds["prepare"] = time.perf_counter() - clock
        stage = {"extract": 0.0, "triples": 0.0, "load": 0.0}
        done = 0
        clock = time.perf_counter()
        for batch in nquads_batches(todo, built_at, workers=workers, batch_size=batch_size):
            stage["extract"] += batch.extract_seconds
            stage["triples"] += batch.triples_seconds
            loading = time.perf_counter()
            st.bulk_load(batch.nquads, format=RdfFormat.N_QUADS)
            stage["load"] += time.perf_counter() - loading
            done += batch.records
            if progress:
                progress("build", done, len(todo))
        if workers > 1:  # stage times are summed over workers; wall time says what the build took
            stage["parallel wall"] = time.perf_counter() - clock
        clock = time.perf_counter()
        load_ontology(st)
        refresh_entities(st)
        report.triples = len(st)
        stage["finish"] = time.perf_counter() - clock
        report.seconds.update(stage)
    report.wall_seconds = time.perf_counter() - started
    return report


class NothingRead(Exception):
    def __init__(self, report: BuildReport):
        self.report = report
        super().__init__("no paper could be read from the input")


def stored_hashes(store: Store) -> dict[str, str]:
    """Paper id -> content hash of every paper in the store, to tell new, changed and unchanged papers apart.
    A paper extracted by another extractor version than the installed one reads as changed ("stale:<hash>",
    see kg.builder.stored_hashes), so bumping EXTRACTOR_VERSION re-extracts everything on the next build."""
    return builder.stored_hashes(store)


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
