"""The graph the API/view/export tests share: tests/fixtures/api_three_papers.trig, three REAL abstracts of
the sample corpus (Parallel-R1, DeepPrune, Multiverse) annotated by hand following ontology/README.md."""
from __future__ import annotations

from pathlib import Path

from pyoxigraph import RdfFormat, Store

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "api_three_papers.trig"
PARALLEL_R1 = "t:856af435c53a6bb7"
DEEPPRUNE = "t:7ec03697fef063d0"
MULTIVERSE = "t:b05acefdc9e07c32"


def fixture_store(path: str | Path | None = None) -> Store:
    """The fixture loaded into a new store (in memory, or on disk at ``path``)."""
    store = Store(str(path)) if path else Store()
    store.load(path=str(FIXTURE), format=RdfFormat.TRIG)
    store.flush()
    return store


def fixture_graph():
    from kg.api import KnowledgeGraph

    return KnowledgeGraph.from_store(fixture_store())
