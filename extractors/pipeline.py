"""The spaCy pipeline, assembled in one place and built once per process.

blank("en") + the project's tokenizer + rule components; no statistical model.
Order matters: sentences first (others scan within sentences), gazetteer and
acronyms before the name rules, phrases last.

>>> nlp = get_nlp()
>>> nlp.pipe_names
['kg_sentences', 'kg_gazetteer', 'kg_acronyms', 'kg_names', 'kg_phrases']
>>> get_nlp() is nlp
True
"""
from __future__ import annotations

import functools
import gc

import spacy
from spacy import attrs
from spacy.language import Language

import extractors.components  # noqa: F401  (registers the components)
from extractors.tokenizer import make_tokenizer

PIPE_NAMES = ("kg_sentences", "kg_gazetteer", "kg_acronyms", "kg_names", "kg_phrases")
# The lexeme attributes our code reads (PhraseMatcher on LOWER, Token.like_num, Token.is_punct), and NORM and
# IS_SPACE that spaCy itself may read. spaCy computes all 23 of English's for every new word it sees (5k-13k
# per 1,000 abstracts); with these 5 a new lexeme costs 6.3 us instead of 13-15 us: 1-3% of extraction
# CPU, same output. (The others stay unset: read one, and add it here.)
LEXEME_ATTRS = (attrs.LOWER, attrs.NORM, attrs.LIKE_NUM, attrs.IS_PUNCT, attrs.IS_SPACE)


def build_nlp(gazetteer_dir: str | None = None) -> Language:
    """A fresh pipeline (tests may point it at another gazetteer directory)."""
    nlp = spacy.blank("en")
    nlp.vocab.lex_attr_getters = {k: f for k, f in nlp.vocab.lex_attr_getters.items() if k in LEXEME_ATTRS}
    nlp.tokenizer = make_tokenizer(nlp)
    nlp.add_pipe("kg_sentences")
    nlp.add_pipe("kg_gazetteer", config={"directory": gazetteer_dir})
    nlp.add_pipe("kg_acronyms")
    nlp.add_pipe("kg_names")
    nlp.add_pipe("kg_phrases")
    # the gazetteer component tokenized ~100k alias patterns with this tokenizer, which leaves its cache
    # twice as slow on running text; a fresh tokenizer (same rules, same vocab) tokenizes identically
    nlp.tokenizer = make_tokenizer(nlp)
    return nlp


@functools.lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The process-wide pipeline over the package's gazetteers."""
    nlp = build_nlp()
    # The pipeline and its gazetteers are ~120k container objects that live as long as the process; every full
    # (oldest-generation) garbage collection walked all of them again. Freezing moves what exists now out of the
    # collector's sight (reference counting still frees it): the full collections halve in cost. Same output.
    gc.freeze()
    return nlp
