"""The head nouns of lower-case technique and task phrases ("decoding" in "speculative decoding"), and their types.

``phrases`` builds its phrases on these heads; ``names`` flags their tokens once per token text (B_HEAD_WORD) so that
``phrases`` finds them with one numpy pass. Both read them from here.

>>> head_type_of("translation"), head_type_of("models"), HEAD_WORDS.get("decoding")
('task', None, 'concept')
"""
from __future__ import annotations

import functools
import re

from extractors.components.lexicon import CONCEPT_HEADS, TASK_HEADS

# Heads that name a technique only with a modifier that is itself technical; too noisy without a tagger.
EXCLUDED_HEADS = frozenset("models model networks kernels tokens architecture architectures computation "
                           "mechanism connections connection optimization optimisation languages".split())
WORD_RE = re.compile(r"^[a-z][a-z\-]*[a-z]$")


@functools.lru_cache(maxsize=65536)
def head_type_of(low: str) -> str | None:
    """"task" or "concept" for a lower-case head noun, else None."""
    # cached by text: tested on every token of every abstract, and the words recur
    if not WORD_RE.match(low):
        return None
    if low in EXCLUDED_HEADS:
        return None
    if low in TASK_HEADS:
        return "task"
    if low in CONCEPT_HEADS:
        return "concept"
    return None


# Every word ``head_type_of`` types, with its type: a few hundred words, so the per-token test of ``find_phrases``
# is a lookup in a dict that stays in the CPU cache instead of one in a cache of every token text seen so far
# (2-3% of extraction CPU). The lists are frozensets: this is ``head_type_of`` exactly.
HEAD_WORDS: dict[str, str] = {w: t for w in sorted(TASK_HEADS | CONCEPT_HEADS)
                              if (t := head_type_of.__wrapped__(w)) is not None}
