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
    for m in BARE_RE.finditer(text) if _MAYBE_BARE.search(text) else ():
        if not any(a <= m.start() < b for a, b in taken):
            found.append((m.start(), _clean(m.group(0))))
    out: list[str] = []
    for _, u in sorted(found):
        if len(u) > 6 and u not in out:
            out.append(u)
    return out
