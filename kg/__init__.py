"""paper-kg: build and query a knowledge graph of ML papers, their entities and quantitative claims."""
__version__ = "0.1.0"
