"""The speed shortcuts of the extractors answer exactly what the code they stand in for answers.

Each shortcut skips work for common inputs (plain words, head words, Doc extension reads); these tests run
the full computation next to the shortcut over every token text of the real sample corpus, so a change to a
rule's regexes or word lists that breaks a shortcut's reasoning fails here instead of shifting output.
"""
from __future__ import annotations

import pytest

from extractors.components import names, phrases
from extractors.components.candidates import (candidates, found_acronyms, found_candidates, propose_windows,
                                               set_propose_windows, set_title_end, title_end_of)
from extractors.extract import _text_of
from extractors.gazetteer import load_gazetteer
from extractors.pipeline import get_nlp


@pytest.fixture(scope="module")
def token_texts(sample_records) -> list[str]:
    nlp = get_nlp()
    texts = {t.text for r in sample_records for t in nlp.make_doc(_text_of(r))}
    return sorted(texts)


def _full_feature(gaz, text: str) -> tuple:
    """``names._token_feature`` without its plain-word shortcut (and without the caches)."""
    number = names.SPLIT_SIZE if names.SPLIT_SIZE_RE.match(text) else \
        names.DOTTED_NUMBER if "." in text and names.NUMBERISH.match(text) else 0
    return (names._model_shape.__wrapped__(gaz, text), number, names._hardware_shape.__wrapped__(text),
            names._name_shape.__wrapped__(text), names.type_of_head(text))


def test_token_feature_shortcut_matches_full_rules(token_texts):
    gaz = load_gazetteer()
    plain = [t for t in token_texts if t.isalpha() and (t.islower() or (t[0].isupper() and t[1:].islower()))]
    assert len(token_texts) > 9_000 and len(plain) > 4_000, (len(token_texts), len(plain))  # exercised on real words
    # edge cases of the shortcut's test: single letters, non-ASCII letters, title-case digraphs, hardware prefixes
    extra = ["a", "A", "Ab", "o", "O", "x", "v", "Straße", "café", "\u01c5x", "\u01c4x", "Dgx", "Rtx", "Mi", "Ti"]
    differ = [t for t in token_texts + extra if names._token_feature(gaz, t) != _full_feature(gaz, t)]
    assert differ == []


def test_head_words_table_is_head_type_of(token_texts):
    words = set(token_texts) | {t.lower() for t in token_texts}
    assert {w for w in words if phrases._head_type_of(w)} == {w for w in words if w in phrases.HEAD_WORDS}
    assert all(phrases.HEAD_WORDS[w] == phrases._head_type_of(w) for w in phrases.HEAD_WORDS)


def test_extension_helpers_share_spacys_storage():
    doc = get_nlp().make_doc("FooNet: a model. We propose FooNet.")
    assert (title_end_of(doc), propose_windows(doc), found_candidates(doc), found_acronyms(doc)) == (0, [], [], [])
    set_title_end(doc, 3)
    set_propose_windows(doc, [(7, 9)])
    cands = candidates(doc)
    assert (doc._.kg_title_end, doc._.kg_propose_windows, doc._.kg_candidates is cands) == (3, [(7, 9)], True)
    doc._.kg_title_end = 4
    assert title_end_of(doc) == 4
