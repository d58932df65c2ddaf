"""paper-kg: build and query a knowledge graph of ML papers, their entities and quantitative claims."""
__version__ = "0.1.0"

# The Python API (README "Python API"). kg.api imports the module kg.build before this line binds the
# name ``build`` to the function, so ``kg.build`` is the function; use ``from kg.build import ...``
# (never ``import kg.build as m``) to reach the module.
from kg.api import KnowledgeGraph, build, open  # noqa: E402,A004

__all__ = ["KnowledgeGraph", "build", "open", "__version__"]
