"""The extractor's version: one constant, stamped on every ``Extraction`` for provenance.

Bump it whenever rules, components or gazetteer loading change what is extracted,
so a build can tell stale extraction records from fresh ones.

>>> EXTRACTOR_NAME
'paper-kg-extractors'
"""
EXTRACTOR_NAME = "paper-kg-extractors"
EXTRACTOR_VERSION = "0.3.0"
