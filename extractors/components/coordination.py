"""Known names that share a head across a coordination: "data, pipeline, and tensor parallelism".

When the gazetteer finds a lower-case concept or task ("tensor parallelism") right after a coordination of
one-word modifiers, each modifier that makes a known name with the same head ("pipeline parallelism",
"data parallelism") names one more entity. Only names the gazetteer knows are taken, so the plain noun
lists abstracts are full of ("classification, segmentation, and object detection") add nothing, and the
walk to the left stops at the first modifier that makes no known name. The mention is the modifier alone
(no contiguous span spells the name); the name is spelled out.

>>> from extractors.pipeline import get_nlp
>>> doc = get_nlp()("It supports data, pipeline, and tensor parallelism, and semantic and panoptic segmentation, "
...                 "with domain curriculum and reinforcement learning, unlike data/expert parallelism.")
>>> sorted((c.start, doc[c.start:c.end].text, c.name)
...        for c in doc._.kg_candidates if c.source.endswith("+coordination"))
[(2, 'data', 'data parallelism'), (4, 'pipeline', 'pipeline parallelism'), (11, 'semantic', 'semantic segmentation'),
 (24, 'data', 'data parallelism')]
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from extractors.components.candidates import Candidate, TokView
from extractors.components.phrases import is_modifier_text
from extractors.components.sentences import span_text, token_spaces
from extractors.gazetteer import Gazetteer, GazetteerEntry

TYPES = ("concept", "task")  # the lower-case families; named methods and datasets are not written so
CONJUNCTIONS = frozenset(("and", "or", "/"))  # "data/tensor/pipeline parallelism"
_WORD = re.compile(r"^[A-Za-z][a-z0-9]*$")


def coordinated(doc: Doc, v: TokView, start: int, end: int, entry: GazetteerEntry,
                gazetteer: Gazetteer) -> list[Candidate]:
    """The known names the modifiers coordinated before the match ``start:end`` (of ``entry``) make with its
    head: the match minus its first word."""
    if entry.type not in TYPES or start < 2 or v.lower[start - 1] not in CONJUNCTIONS:
        return []
    head_start = _word_end(doc, v, start, end)
    if head_start is None:
        return []
    head = span_text(doc, head_start, end)
    floor = v.sent_start_of[start]
    out = []
    k = start - 2 if v.text[start - 2] != "," else start - 3  # the last modifier before "and", Oxford comma or not
    while k >= floor:
        s = _word_start(doc, v, k, floor)
        if s is None or (s > floor and is_modifier_text(v.text[s - 1])):
            break  # none, or the last word of a longer conjunct: "domain curriculum and reinforcement learning"
        name = f"{span_text(doc, s, k + 1)} {head}"
        known = gazetteer.lookup(name)
        if known is not None and known.type in TYPES:
            out.append(Candidate(s, k + 1, known.type, f"gazetteer:{known.source}+coordination", 0.9,
                                 canonical=known.canonical, family=known.family, name=name))
        elif v.text[k + 1] != "/":
            break  # (a slash list is tight: "data/tensor/zero/expert parallelism" goes on past "zero")
        if s - 2 < floor or v.text[s - 1] not in (",", "/"):
            break
        k = s - 2
    return out


def _word_start(doc: Doc, v: TokView, k: int, floor: int) -> int | None:
    """Start of the one word or hyphenated compound ("few-shot") ending at token ``k``; None when the token
    is no word."""
    if not _WORD.match(v.text[k]):
        return None
    spaces = token_spaces(doc)
    if k - 2 >= floor and v.text[k - 1] == "-" and not spaces[k - 2] and not spaces[k - 1] \
            and _WORD.match(v.text[k - 2]):
        return k - 2
    return k


def _word_end(doc: Doc, v: TokView, start: int, end: int) -> int | None:
    """End of the first word (or hyphenated compound) of the match, when a head follows it; else None."""
    spaces = token_spaces(doc)
    first = start + 3 if start + 3 < end and v.text[start + 1] == "-" and not spaces[start] \
        and not spaces[start + 1] else start + 1
    return first if first < end and _WORD.match(v.text[start]) else None


# "AIME24 & 25", "AIME 2024/2025", "CIFAR-10/100": the numbers after a known name are its siblings
SIBLING_SEPARATORS = frozenset(("/", "&", "and", ",", "or"))
_STRONG_SEP = frozenset(("/", "&"))
_NUMBER = re.compile(r"^'?(\d{1,4}(?:\.\d)?)$")
_TRAILING_NUMBER = re.compile(r"\d+(?:\.\d+)?$")
# after a number joined by "and" or ",", what may follow a sibling ("CIFAR-10 and 100 images" names no CIFAR-100)
_AFTER_SIBLING = frozenset(", . ; : ) ( and or & / respectively benchmark benchmarks dataset datasets test sets "
                           "splits subsets".split())
SIBLING_TYPES = ("dataset", "model")


def version_siblings(doc: Doc, v: TokView, end: int, entry: GazetteerEntry, surface: str,
                     gazetteer: Gazetteer) -> list[Candidate]:
    """The known names that the bare numbers after a match make when they replace its last number: "AIME24 & 25"
    names AIME 2025 too, "CIFAR-10/100" CIFAR-100 (the guide: "AIME24 & 25 is the same two"). The mention is the
    number; the name is spelled out. Only names the gazetteer knows are taken, of the match's type.

    >>> from extractors.pipeline import get_nlp
    >>> doc = get_nlp()("We test on AIME24 & 25, CIFAR-10/100 and 500 images.")
    >>> found = doc._.kg_candidates
    >>> sorted({(doc[c.start:c.end].text, c.name, c.canonical) for c in found if c.source.endswith("+sibling")})
    [('100', 'CIFAR-100', 'CIFAR-100'), ('25', 'AIME25', 'AIME 2025')]
    """
    last = _TRAILING_NUMBER.search(surface)
    if entry.type not in SIBLING_TYPES or last is None:
        return []
    out, n, k = [], len(v.text), end
    while k + 1 < n and v.lower[k] in SIBLING_SEPARATORS:
        number = _NUMBER.match(v.text[k + 1])
        if number is None:
            break
        after = v.lower[k + 2] if k + 2 < n else "."
        if v.lower[k] not in _STRONG_SEP and after not in _AFTER_SIBLING:
            break
        name = surface[:last.start()] + number.group(1)
        known = gazetteer.lookup(name)
        if known is None or known.type != entry.type or known.canonical == entry.canonical:
            break
        out.append(Candidate(k + 1, k + 2, known.type, f"gazetteer:{known.source}+sibling", 0.9,
                             canonical=known.canonical, family=known.family, name=name))
        k += 2
    return out
