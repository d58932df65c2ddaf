"""paper-kg extractors: reading corpora and pulling entities and claims out of abstracts. Knows nothing about RDF."""

from extractors.version import EXTRACTOR_NAME, EXTRACTOR_VERSION  # noqa: E402  (one constant, stamped on every Extraction)

__all__ = ["EXTRACTOR_NAME", "EXTRACTOR_VERSION"]
