"""Shared fixtures: the real sample corpus, and a store built from it once per test session."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "hf-daily-papers"
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "gold" / "dev.jsonl"


@pytest.fixture(scope="session")
def sample_dir() -> Path:
    return SAMPLE


@pytest.fixture(scope="session")
def sample_records():
    from extractors.readers import read_corpus

    return read_corpus([SAMPLE]).records


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory) -> Path:
    """The whole sample corpus built into an on-disk store (read-only for tests: copy it to modify it)."""
    import os

    from kg.building import build

    os.environ.setdefault("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01: deterministic provenance times
    path = tmp_path_factory.mktemp("stores") / "sample"
    build([SAMPLE], path)
    return path
