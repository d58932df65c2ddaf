"""paper-kg: build and query a knowledge graph of ML papers, their entities and quantitative claims."""
__version__ = "0.1.0"

# The Python API (README "Python API"); the build pipeline itself is the module kg.building.
from kg.api import KnowledgeGraph, build, open  # noqa: E402,A004

__all__ = ["KnowledgeGraph", "build", "open", "__version__"]
