"""`kg build` end to end on the real sample corpus: store on disk, SPARQL round trip, atomicity, CLI."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import zipfile

import pytest
from typer.testing import CliRunner

from kg.building import NothingRead, build
from kg.cli import app
from kg.resolve import stored_labels
from kg.results import run_sparql
from kg.store import open_store

TITLES = "SELECT ?id ?t WHERE { ?p a pkg:Paper ; dcterms:identifier ?id ; dcterms:title ?t } ORDER BY ?id"


def test_build_and_sparql_round_trip(sample_store):
    st = open_store(sample_store)
    rows = run_sparql(st, TITLES).rows
    assert len(rows) == 389
    [row] = run_sparql(st, """SELECT ?date ?n ?votes WHERE { ?p dcterms:title ?t ; dcterms:date ?date ;
        pkg:authorCount ?n . OPTIONAL { ?p pkg:upvotes ?votes }
        FILTER(STRSTARTS(?t, "ViR: Vision Retention")) }""").rows
    assert row == ["2023-10-30", 3, 1]


def test_rebuild_is_deterministic_and_incremental(sample_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    a, b = tmp_path / "a", tmp_path / "b"
    first = build([sample_dir], a)
    build([sample_dir], b)
    assert (first.added, first.unchanged) == (389, 0)
    again = build([sample_dir], a)
    assert (again.added, again.replaced, again.unchanged) == (0, 0, 389)
    dump = lambda p: sorted(str(q) for q in open_store(p))
    assert dump(a) == dump(b)


def test_failed_build_leaves_previous_store(sample_dir, tmp_path):
    store = tmp_path / "store"
    shutil.copytree(sample_dir, tmp_path / "corpus")
    build([tmp_path / "corpus" / "001_56a51adbb3ae61c1.txt"], store)
    before = sorted(str(q) for q in open_store(store))

    def interrupt(stage, done, total):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build([tmp_path / "corpus"], store, progress=interrupt)
    assert sorted(str(q) for q in open_store(store)) == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no staging debris


def test_nothing_read_raises(tmp_path):
    (tmp_path / "empty.jsonl").write_text("")
    with pytest.raises(NothingRead) as exc:
        build([tmp_path / "empty.jsonl"], tmp_path / "store")
    assert [str(r) for r in exc.value.report.rejections] == ["empty.jsonl: empty file"]
    assert not (tmp_path / "store").exists()


def test_cli_build_stats_sparql(sample_dir, tmp_path):
    runner = CliRunner()
    store = str(tmp_path / "s")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"title": "x"\n', encoding="utf-8")
    res = runner.invoke(app, ["build", str(sample_dir / "002_44d9f61f15a58847.txt"), str(bad), "--store", store])
    assert res.exit_code == 0, res.output
    assert "36 papers from 2 files (36 read, 0 duplicates merged, 1 rejected)" in res.output
    assert "bad.jsonl:1: not valid JSON" in res.output
    # the summary ends with what the store holds: entities per type, claims per kind
    assert [line.split(":")[0].strip() for line in res.output.splitlines()[-2:]] == ["entities", "claims"]
    assert "Speedup" in res.output.splitlines()[-1]
    res = runner.invoke(app, ["sparql", "--store", store, "--format", "json",
                              "SELECT (COUNT(?p) AS ?n) WHERE { ?p a pkg:Paper }"])
    assert res.exit_code == 0 and json.loads(res.output) == [{"n": 36}]
    res = runner.invoke(app, ["stats", "--store", store])
    assert res.exit_code == 0 and "36 papers" in res.output


def test_stats_count_each_entity_once_by_the_type_most_papers_give_it(sample_store):
    from kg.stats import store_stats
    store = open_store(sample_store)
    classes = "VALUES ?c { pkg:Method pkg:Model pkg:Dataset pkg:Task pkg:Hardware pkg:Concept }"
    typed = run_sparql(store, f"SELECT DISTINCT ?e WHERE {{ {classes} ?e a ?c }}").rows
    entities = store_stats(store).entities
    assert sum(entities.values()) == len(typed) and set(entities) == {"Method", "Model", "Dataset", "Task",
                                                                         "Hardware", "Concept"}
    # (retrieval-augmented generation, a concept in five papers and a method in one, is only a concept)
    [[concepts]] = run_sparql(store, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a pkg:Concept }").rows
    assert entities["Concept"] < concepts


def test_cli_build_fails_only_when_nothing_read(tmp_path):
    (tmp_path / "notes.txt").write_text("nothing here\n")
    res = CliRunner().invoke(app, ["build", str(tmp_path / "notes.txt"), "--store", str(tmp_path / "s")])
    assert res.exit_code == 1
    assert "notes.txt:1: no known layout" in res.output and "nothing could be read" in res.output


def test_cli_errors_on_missing_store(tmp_path):
    res = CliRunner().invoke(app, ["stats", "--store", str(tmp_path / "none")])
    assert res.exit_code == 1 and "no knowledge graph store at" in res.output


def test_every_command_has_help():
    runner = CliRunner()
    res = runner.invoke(app, ["--help"])
    assert res.exit_code == 0
    commands = [c.name or c.callback.__name__ for c in app.registered_commands]
    assert {"build", "stats", "sparql", "extract"} <= set(commands)
    for name in commands:
        res = runner.invoke(app, [name, "--help"])
        assert res.exit_code == 0 and len(res.output) > 100, name


def test_wheel_ships_queries_ontology_and_sample(tmp_path):
    root = __import__("pathlib").Path(__file__).resolve().parent.parent
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(tmp_path), str(root)], check=True, capture_output=True)
    [wheel] = tmp_path.glob("paper_kg-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "kg/share/queries/speedups-on-benchmark.rq" in names
    assert "kg/share/ontology/paper-kg.ttl" in names and "kg/share/ontology/shapes.ttl" in names
    assert sum(n.startswith("kg/share/data/hf-daily-papers/") for n in names) == 5
    assert any(n.startswith("extractors/gazetteers/") and n.endswith(".tsv") for n in names)
    # the unpacked wheel, away from the source tree, finds its own copies
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    probe = ("import kg.resources as r, kg.queries as q; "
             "print(r.queries_dir(), r.ontology_dir(), r.sample_corpus_dir(), len(q.library()))")
    out = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, env={"PYTHONPATH": str(site), "PATH": ""},
                         check=True, capture_output=True, text=True).stdout.split()
    assert out == [str(site / "kg/share/queries"), str(site / "kg/share/ontology"),
                   str(site / "kg/share/data/hf-daily-papers"), "16"]


def test_parallel_build_gives_the_same_graph(sample_dir, sample_store, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    monkeypatch.setattr("kg.workers.WORKER_BATCHES", 3)  # each worker replaced by a fresh one several times
    report = build([sample_dir], tmp_path / "par", workers=2, batch_size=16)
    assert report.added == 389
    assert sorted(str(q) for q in open_store(tmp_path / "par")) == sorted(str(q) for q in open_store(sample_store))


def test_new_store_labels_from_counted_facts_equal_a_full_refresh(sample_store):
    # a new store's labels come from names and facts the workers counted, not from queries
    from pyoxigraph import Store

    from kg.resolve import refresh_entities
    st = Store()
    st.extend(open_store(sample_store))
    labels = lambda: sorted(str(q) for q in stored_labels(st))
    built = labels()
    refresh_entities(st)  # every label, type and count read back from the papers in the store
    assert built == labels()
    assert sum("papersEvaluatingOn" in q for q in built) > 20 and sum("entityType" in q for q in built) > 1000


class _Unimportable:
    """A meta path finder that fails the import of the named modules as ``error`` does."""

    def __init__(self, names: tuple[str, ...], error):
        self.names, self.error = names, error

    def find_spec(self, name, path=None, target=None):
        if name in self.names:
            raise self.error(name)
        return None


def _without(monkeypatch, names, error):
    for mod in [m for m in sys.modules if m == "extractors" or m.startswith("extractors.")]:
        monkeypatch.delitem(sys.modules, mod)
    monkeypatch.setattr(sys, "meta_path", [_Unimportable(names, error), *sys.meta_path])


def test_a_broken_extractors_install_fails_the_build_instead_of_loading_papers_without_entities(monkeypatch):
    # a module of the package that cannot be imported (a name one module lacks, a half-updated install):
    # every paper would silently lose its entities and claims
    from kg import workers

    _without(monkeypatch, ("extractors.resolve",), lambda n: ImportError(f"cannot import name 'x' ({n})", name=n))
    with pytest.raises(ImportError, match="cannot import name"):
        workers.records_to_nquads([], "2026-01-01T00:00:00Z")


def test_without_the_extractors_package_the_papers_metadata_still_loads(monkeypatch):
    from extractors.records import PaperRecord
    from kg import workers

    record = PaperRecord("t:1", "A Title", "An abstract.")
    _without(monkeypatch, ("extractors",), lambda n: ModuleNotFoundError(f"No module named {n!r}", name=n))
    batch = workers.records_to_nquads([record], "2026-01-01T00:00:00Z")
    assert batch.quads > 0 and not batch.links[0]  # the paper's metadata, no mention
