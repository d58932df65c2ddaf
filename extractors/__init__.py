"""paper-kg extractors: reading corpora and pulling entities and claims out of abstracts. Knows nothing about RDF."""
