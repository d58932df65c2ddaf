"""Where the query library, the ontology and the bundled sample corpus live, installed or in a source tree."""
from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _find(name: str) -> Path:
    # a wheel installs the folders as kg/share/<name>; a source checkout (or editable install) has them at the top
    for candidate in (_PACKAGE / "share" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"cannot find the '{name}' folder next to {_PACKAGE}")


def queries_dir() -> Path:
    return _find("queries")


def ontology_dir() -> Path:
    return _find("ontology")


def sample_corpus_dir() -> Path:
    try:
        return _find("data") / "hf-daily-papers"
    except FileNotFoundError:
        raise FileNotFoundError("the bundled sample corpus is not installed; pass corpus paths to `kg build`") from None
