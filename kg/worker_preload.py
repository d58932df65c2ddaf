"""Imported by the worker pool's fork server (kg.workers): builds the extraction pipeline there, once.

Workers are forked from that server, so each starts with the modules imported and the spaCy pipeline
built (1.9 CPU-s per worker when each built its own). The server holds no store and no thread of the
build, which is what makes forking from it safe (forking the build's own process is not).
"""
from kg.workers import _warm_up

try:
    _warm_up()
except Exception:  # noqa: BLE001 - the server must start all the same: each worker then builds the
    pass  # pipeline itself (kg.workers._warm_up, the pool's initializer) and reports what is wrong
