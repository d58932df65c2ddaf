"""Code and project URLs in an abstract, as written, repaired for extraction debris.

Spaces inside a URL are removed ("https: //github.com/x" -> "https://github.com/x"),
a trailing full stop or closing bracket is dropped, LaTeX "\\url{...}"-style
duplicates ("https://a{https://a}") are split, and repeats are listed once.

>>> find_urls("Code: https: //github.com/x/y. Site: www.github.com/z and https://a.io/b{https://a.io/b}.")
['https://github.com/x/y', 'www.github.com/z', 'https://a.io/b']
"""
from __future__ import annotations

import re

URL_RE = re.compile(r"(?:https?\s?:\s?//\s?|www\.)[^\s<>\"'{}\[\]\\|^`]+", re.IGNORECASE)
TRAILING = ".,;:!?)"


def _clean(url: str) -> str:
    url = re.sub(r"\s+", "", url)
    while url and url[-1] in TRAILING:
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break
        url = url[:-1]
    return url


def find_urls(text: str) -> list[str]:
    """Every URL in ``text``, cleaned, in order of first appearance."""
    out: list[str] = []
    for m in URL_RE.finditer(text):
        u = _clean(m.group(0))
        if len(u) > 10 and u not in out:
            out.append(u)
    return out
