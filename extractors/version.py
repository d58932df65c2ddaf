"""The extractor's version: one constant, stamped on every ``Extraction`` for provenance.

Bump it whenever rules, components or gazetteer loading change what is extracted,
so a build can tell stale extraction records from fresh ones; also when kg.builder changes how an
extraction is laid out in the graph (a build replaces every paper whose extraction activity names
another version, so an old store is rebuilt, not mixed). What each version changed: `extractors/CHANGELOG.md`.

>>> EXTRACTOR_NAME
'paper-kg-extractors'
"""
EXTRACTOR_NAME = "paper-kg-extractors"
EXTRACTOR_VERSION = "0.4.155"
