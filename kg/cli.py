"""The `kg` command. Every command that reads or writes a store takes --store (default ./kg-store)."""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from .store import DEFAULT_STORE, StoreNotFound, open_store

app = typer.Typer(help="paper-kg: a knowledge graph of ML papers, their methods, models, datasets and "
                       "quantitative claims.", no_args_is_help=True, add_completion=False)
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

StoreOpt = typer.Option(DEFAULT_STORE, "--store", help="Directory of the on-disk store.")
TimeoutOpt = typer.Option(60.0, "--timeout", help="Stop the query after this many seconds (0: no limit).")


def _fail(message: str, code: int = 1) -> None:
    err.print(f"[red]error:[/red] {message}", highlight=False)
    raise typer.Exit(code)


def _open(store: str):
    try:
        return open_store(store)
    except StoreNotFound as exc:
        _fail(str(exc))


class _Bar:
    """A rich progress bar that only appears once work has taken over a second."""

    def __init__(self):
        self.started = time.monotonic()
        self.progress: Progress | None = None
        self.task = None

    def __call__(self, stage: str, done: int, total: int) -> None:
        if self.progress is None:
            if time.monotonic() - self.started < 1.0 or done >= total:
                return
            self.progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                     TimeElapsedColumn(), console=err, transient=True)
            self.progress.start()
            self.task = self.progress.add_task(stage, total=total)
        self.progress.update(self.task, completed=done, total=total, description=stage)

    def close(self) -> None:
        if self.progress is not None:
            self.progress.stop()


@app.command()
def build(paths: list[Path] = typer.Argument(None, help="Corpus files or folders (default: the bundled sample "
                                                        "corpus). JSON Lines (gzip too), CSV, Daily Papers pages."),
          store: str = StoreOpt,
          workers: int = typer.Option(1, "--workers", "-j", min=1, help="Extraction processes."),
          prune: bool = typer.Option(False, "--prune", help="Remove the store's papers that are not in the "
                                     "input: the store ends as a fresh build of the input would be."),
          quiet: bool = typer.Option(False, "--quiet", "-q", help="Print only errors.")) -> None:
    """Build or update the knowledge graph store from corpus files (atomic; unchanged papers are kept)."""
    from .building import NothingRead, StoreLayoutError, build as run_build
    from .resources import sample_corpus_dir
    from .stats import claim_counts, entity_counts

    sources = [str(p) for p in paths] if paths else [str(sample_corpus_dir())]
    bar = _Bar()
    try:
        report = run_build(sources, store, workers=workers, progress=None if quiet else bar, prune=prune)
    except NothingRead as exc:
        bar.close()
        _print_rejections(exc.report.rejections)
        _fail(f"nothing could be read from {', '.join(sources)}")
    except StoreLayoutError as exc:
        bar.close()
        _fail(str(exc))
    finally:
        bar.close()
    _print_rejections(report.rejections)
    if quiet:
        return
    out.print(f"[bold]Built[/bold] {report.store}: {report.papers} papers from {report.files} files "
              f"({report.read} read, {report.duplicates} duplicates merged, {len(report.rejections)} rejected)")
    pruned = f", {report.pruned} removed" if prune else ""
    out.print(f"  {report.added} added, {report.replaced} replaced, {report.unchanged} unchanged{pruned}; "
              f"{report.triples:,} triples in {report.wall_seconds:.1f} s "
              f"({', '.join(f'{k} {v:.1f}s' for k, v in report.seconds.items())})")
    st = _open(store)
    _print_counts(entity_counts(st), claim_counts(st))


def _print_rejections(rejections) -> None:
    for r in rejections[:50]:
        err.print(f"[yellow]rejected[/yellow] {r}", highlight=False, soft_wrap=True)
    if len(rejections) > 50:
        err.print(f"[yellow]... and {len(rejections) - 50} more rejected records[/yellow]")


@app.command()
def compact(store: str = StoreOpt) -> None:
    """Rewrite the store into fewer, larger files: faster queries after many small incremental builds."""
    from .store import StoreNotFound, compact as compact_store

    try:
        before, after = compact_store(store)
    except StoreNotFound as exc:
        _fail(str(exc))
    out.print(f"Compacted {store}: {before / 2**20:,.0f} MiB -> {after / 2**20:,.0f} MiB on disk")


@app.command()
def index(store: str = StoreOpt) -> None:
    """Check the store's side indexes (kg-search.sqlite for `search`, kg-graph.sqlite for
    `methods-co-occurring` and `conflicting-claims`) and rebuild those missing or out of date."""
    from . import graph_index, search_index

    _open(store)  # (a clear error when there is no store)
    for module, what in ((search_index, "papers"), (graph_index, "mentions")):
        file = Path(store) / module.INDEX_FILE
        if module.is_fresh(store):
            out.print(f"{file.name}: up to date", highlight=False)
            continue
        state = "stale" if file.exists() else "missing"
        clock = time.perf_counter()
        n = module.rebuild(store)
        out.print(f"{file.name}: {state}, rebuilt from the store in {time.perf_counter() - clock:.1f} s "
                  f"({n:,} {what})", highlight=False)


@app.command()
def stats(store: str = StoreOpt) -> None:
    """Counts of papers, entities by type, claims by kind, and triples in the store."""
    from .stats import store_stats

    st = _open(store)
    s = store_stats(st)
    out.print(f"[bold]{store}[/bold]: {s.triples:,} triples, {s.papers} papers, {s.claims} claims")
    _print_counts(s.entities, s.claim_kinds)


def _print_counts(entities: dict[str, int], kinds: dict[str, int]) -> None:
    """Entities per type and claims per kind (kg.stats), a line each."""
    for label, counts in (("entities", entities), ("claims", kinds)):
        if counts:
            out.print(f"  {label}: " + ", ".join(f"{k} {v:,}" for k, v in counts.items()))


@app.command()
def sparql(query: Optional[str] = typer.Argument(None, help="A SPARQL query (or use --file)."),
           file: Optional[Path] = typer.Option(None, "--file", "-f", help="Read the query from this file."),
           format: str = typer.Option("table", "--format", help="table, csv, tsv, json or jsonl."),
           timeout: float = TimeoutOpt,
           store: str = StoreOpt) -> None:
    """Run a raw SPARQL query over the union of all graphs."""
    from .queries import QueryError, run_sparql
    from .results import print_results

    if (query is None) == (file is None):
        _fail("give a query or --file, not both")
    _check_format(format)
    text = file.read_text(encoding="utf-8") if file else query
    try:
        result = run_sparql(text, store=store, timeout=timeout)
    except QueryError as exc:
        _fail(str(exc))
    print_results(result, format, out)


def _check_format(fmt: str) -> None:
    from .results import FORMATS

    if fmt not in FORMATS:
        _fail(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


@app.command()
def query(name: str = typer.Argument(..., help="Name of a library query (`kg queries` lists them)."),
          param: list[str] = typer.Option([], "--param", "-p", help="A parameter as KEY=VALUE; repeat for more."),
          format: str = typer.Option("table", "--format", help="table, csv, tsv, json or jsonl."),
          timeout: float = TimeoutOpt,
          store: str = StoreOpt) -> None:
    """Run a named query of the library (queries/*.rq) with its parameters."""
    from .queries import QueryError, run
    from .results import print_results

    _check_format(format)
    params: dict[str, str] = {}
    for item in param:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            _fail(f"--param takes KEY=VALUE, got {item!r}")
        params[key.strip()] = value
    try:
        result = run(name, params, store=store, timeout=timeout)
    except QueryError as exc:
        _fail(str(exc))
    print_results(result, format, out)


@app.command("queries")
def list_queries(name: Optional[str] = typer.Argument(None, help="Show this query in full.")) -> None:
    """List the query library with one-line descriptions, or show one query's documentation and text."""
    from rich.markup import escape

    from .queries import QueryError, library, load

    if name:
        try:
            q = load(name)
        except QueryError as exc:
            _fail(str(exc))
        out.print(f"[bold]{q.name}[/bold]: {escape(q.title)}\n{escape(q.description)}", highlight=False)
        for p in q.parameters:
            out.print(escape(f"  --param {p.name}=...  {p.usage()}  {p.description}"), highlight=False)
        if q.example:
            out.print(escape(f"example: {q.example}"), highlight=False)
        out.print(escape(f"file: {q.path}"), highlight=False)
        return
    for q in library().values():
        params = " ".join(f"{p.name}=" if p.required else f"[{p.name}=]" for p in q.parameters)
        out.print(f"[bold]{q.name}[/bold] {escape(params)}\n    {q.title}: "
                  f"{escape(q.description.split('. ')[0].rstrip('.'))}.", highlight=False)


@app.command()
def extract(paths: list[Path] = typer.Argument(..., help="Corpus files or folders in any supported layout."),
            output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write JSON Lines here "
                                                                               "(default: stdout).")) -> None:
    """Extract entities and claims; one JSON object per paper in the extraction guide's schema."""
    from extractors.extract import extract_many
    from extractors.readers import read_corpus

    result = read_corpus([str(p) for p in paths])
    _print_rejections(result.rejections)
    if not result.records:
        _fail("nothing could be read")
    sink = output.open("w", encoding="utf-8") if output else sys.stdout
    try:
        for x in extract_many(result.records):
            sink.write(json.dumps(x.to_json(), ensure_ascii=False) + "\n")
    finally:
        if output:
            sink.close()
    if output:
        err.print(f"{len(result.records)} papers extracted to {output}")


@app.command()
def validate(store: str = StoreOpt,
             limit: int = typer.Option(50, "--limit", help="Print at most this many violations."),
             workers: int = typer.Option(1, "--workers", "-j", min=1,
                                         help="Threads running the checks side by side (with --engine pyshacl, "
                                              "processes checking batches of the graph)."),
             engine: str = typer.Option("sparql", "--engine",
                                        help="sparql (each constraint a query in the store; the shapes' subset "
                                             "of SHACL) or pyshacl (any SHACL; about 50 times slower).")) -> None:
    """Check the graph against ontology/shapes.ttl (SHACL); exit 1 on any violation."""
    from .shacl import UnsupportedShape
    from .validate import ENGINES, validate_store

    if engine not in ENGINES:
        _fail(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    try:
        report = validate_store(_open(store), workers=workers, engine=engine)
    except UnsupportedShape as exc:
        _fail(str(exc), 2)
    for v in report.violations[:limit]:
        err.print(str(v), highlight=False, soft_wrap=True)
    if len(report.violations) > limit:
        err.print(f"... and {len(report.violations) - limit} more")
    (out if report.conforms else err).print(report.summary(), highlight=False)
    if not report.conforms:
        raise typer.Exit(1)


@app.command()
def dump(format: str = typer.Option("nquads", "--format", help="nquads (sorted, byte-identical for the same "
                                                                "input), trig, turtle (union of graphs) or jsonld."),
         output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here (default: stdout)."),
         store: str = StoreOpt) -> None:
    """Write the whole graph to a file or stdout."""
    from .dump import FORMATS, dump as run_dump

    if format not in FORMATS:
        _fail(f"unknown format {format!r}; choose one of {', '.join(FORMATS)}")
    st = _open(store)
    if output is None:
        run_dump(st, format, sys.stdout.buffer)
        sys.stdout.buffer.flush()
        return
    with output.open("wb") as fh:
        size = run_dump(st, format, fh)
    err.print(f"{size:,} bytes of {format} written to {output}", highlight=False)


@app.command()
def export(format: str = typer.Option("gexf", "--format", "-f", help="gexf (Gephi 1.3), graphml (yEd, Cytoscape), "
                                                                    "cytoscape (Cytoscape.js JSON) or csv."),
           output: Path = typer.Option(..., "--output", "-o", help="File to write (for csv: a directory that "
                                                                     "receives nodes.csv and edges.csv)."),
           projection: str = typer.Option("full", "--projection", "-p", help="full, bipartite, cooccurrence or "
                                                                               "compared-against."),
           store: str = StoreOpt) -> None:
    """Export the graph (or one projection of it) for Gephi, yEd, Cytoscape or a spreadsheet."""
    from .api import KnowledgeGraph
    from .export import FORMATS, export as run_export
    from .views import PROJECTIONS

    if format not in FORMATS:
        _fail(f"unknown format {format!r}; choose one of {', '.join(FORMATS)}")
    if projection not in PROJECTIONS:
        _fail(f"unknown projection {projection!r}; choose one of {', '.join(PROJECTIONS)}")
    graph = KnowledgeGraph(_open(store)).to_networkx(projection)
    written = run_export(graph, format, output)
    err.print(f"{projection}: {graph.number_of_nodes():,} nodes, {graph.number_of_edges():,} edges -> "
              f"{', '.join(str(p) for p in written)}", highlight=False)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
