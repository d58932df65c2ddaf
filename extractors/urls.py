"""Code and project URLs in an abstract, as written, repaired for extraction debris.

Spaces inside a URL are removed ("https: //github.com/x" -> "https://github.com/x"),
a trailing full stop or closing bracket is dropped, LaTeX "\\url{...}"-style
duplicates ("https://a{https://a}") are split, and repeats are listed once.

>>> find_urls("Code: https: //github.com/x/y. Site: www.github.com/z and https://a.io/b{https://a.io/b}.")
['https://github.com/x/y', 'www.github.com/z', 'https://a.io/b']
>>> find_urls("Data at tpbench.org and github.com/pypolar/polar. Unlike Perplexity.ai or Amazon.com, ...")
['tpbench.org', 'github.com/pypolar/polar']
"""
from __future__ import annotations

import re

from extractors.claims.fastre import one_of

# (the two branches regrouped by first letter, so the search skips to h/w instead of trying both everywhere)
URL_RE = re.compile(one_of([r"https?\s?:\s?//\s?", r"www\."]) + r"[^\s<>\"'{}\[\]\\|^`]+", re.IGNORECASE)
# a bare domain ("github.com/x/y", "tpbench.org", "x.github.io"): lower-case host, so company names
# written as domains ("Amazon.com", "Perplexity.ai") stay names
BARE_RE = re.compile(r"(?<![\w@./:-])(?:[a-z0-9][a-z0-9-]*\.)+(?:org|com|io|ai|net|dev|app|edu)"
                     r"(?:/[^\s<>\"'{}\[\]\\|^`]*)?(?![\w-])")
_MAYBE_BARE = re.compile(r"\.(?:org|com|io|ai|net|dev|app|edu)\b")  # a cheap test before the costly scan
HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789.-")  # what BARE_RE's host part is written with


def bare_scan_start(text: str) -> int | None:
    """Where ``BARE_RE.finditer`` may start scanning ``text`` and find every match (None: there is none).

    Every match holds a ``_MAYBE_BARE`` hit (the dot before its top-level domain, followed by "/" or a
    non-word character) and is host characters from its start to that dot; so no match starts before the
    run of host characters that ends at the first hit. (The lookbehind still sees the text before it.)

    >>> t = "Models like GPT. Code: github.com/x/y and tpbench.org."
    >>> start = bare_scan_start(t); t[start:start + 10], bare_scan_start("No domain here.")
    ('github.com', None)
    """
    hit = _MAYBE_BARE.search(text)
    if hit is None:
        return None
    start = hit.start()
    while start and text[start - 1] in HOST_CHARS:
        start -= 1
    return start
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
    # every URL_RE match holds "//" or "www." (any case): most abstracts have neither, and the
    # case-insensitive scan is the costly part, so it runs only where it can match, and once
    hits = list(URL_RE.finditer(text)) if "//" in text or "www." in text.lower() else []
    found = [(m.start(), _clean(m.group(0))) for m in hits]
    taken = [(m.start(), m.end()) for m in hits]
    start = bare_scan_start(text)
    for m in BARE_RE.finditer(text, start) if start is not None else ():
        if not any(a <= m.start() < b for a, b in taken):
            found.append((m.start(), _clean(m.group(0))))
    out: list[str] = []
    for _, u in sorted(found):
        if len(u) > 6 and u not in out:
            out.append(u)
    return out
