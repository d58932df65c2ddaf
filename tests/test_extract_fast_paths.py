"""The speed shortcuts of the extractors answer exactly what the code they stand in for answers.

Each shortcut skips work for common inputs (plain words, head words, Doc extension reads); these tests run
the full computation next to the shortcut over every token text of the real sample corpus, so a change to a
rule's regexes or word lists that breaks a shortcut's reasoning fails here instead of shifting output.
"""
from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from extractors.components import heads, names
from extractors.components.candidates import (candidates, found_acronyms, found_candidates, propose_windows,
                                               set_propose_windows, set_title_end, title_end_of)
from extractors.extract import _text_of
from extractors.components.sentences import sentence_starts
from extractors.gazetteer import load_gazetteer
from extractors.pipeline import get_nlp
from extractors.tokenizer import edge_chars, required_chars

GOLD = Path(__file__).resolve().parent.parent.parent / "shared" / "gold" / "dev.jsonl"


@pytest.fixture(scope="module")
def token_texts(sample_records) -> list[str]:
    nlp = get_nlp()
    texts = {t.text for r in sample_records for t in nlp.make_doc(_text_of(r))}
    return sorted(texts)


def _full_feature(gaz, text: str) -> tuple:
    """``names._token_feature`` without its plain-word shortcut (and without the caches)."""
    number = names.SPLIT_SIZE if names.SPLIT_SIZE_RE.match(text) else \
        names.DOTTED_NUMBER if "." in text and names.NUMBERISH.match(text) else 0
    model, hardware = names._model_shape.__wrapped__(gaz, text), names._hardware_shape.__wrapped__(text)
    name, head = names._name_shape.__wrapped__(text), names.type_of_head(text)
    return (model, number, hardware, name, head, names.token_flags(text, model, number, hardware, name, head))


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
    assert {w for w in words if heads.head_type_of(w)} == {w for w in words if w in heads.HEAD_WORDS}
    assert all(heads.HEAD_WORDS[w] == heads.head_type_of(w) for w in heads.HEAD_WORDS)


def test_extension_helpers_share_spacys_storage():
    doc = get_nlp().make_doc("FooNet: a model. We propose FooNet.")
    assert (title_end_of(doc), propose_windows(doc), found_candidates(doc), found_acronyms(doc)) == (0, [], [], [])
    set_title_end(doc, 3)
    set_propose_windows(doc, [(7, 9)])
    cands = candidates(doc)
    assert (doc._.kg_title_end, doc._.kg_propose_windows, doc._.kg_candidates is cands) == (3, [(7, 9)], True)
    doc._.kg_title_end = 4
    assert title_end_of(doc) == 4


def _start_tokens(texts: list[str], feats: list[tuple]) -> dict[int, list[int]]:
    """Per flag bit, the token loop each rule ran before it read ``names.flagged`` (from the full features)."""
    lows = [t.lower() for t in texts]
    f = [_full_feature(load_gazetteer(), t) for t in texts]
    return {
        names.B_PROPOSAL: [k for k, w in enumerate(lows) if w in names.PROPOSAL_TRIGGERS],
        names.B_MARK: [k for k, t in enumerate(texts) if t in (",", "is", ":")],
        names.B_COMPARE: [k for k, w in enumerate(lows) if w in names.COMPARE_TRIGGERS],
        names.B_CUE_NEXT: [k for k, t in enumerate(texts) if t in names.MODEL_CUE_NEXT],
        names.B_MODEL: [k for k, x in enumerate(f) if x[names.F_MODEL] is not None and x[names.F_MODEL][0]],
        names.B_NUMBER: [k for k, x in enumerate(f) if x[names.F_NUMBER]],
        names.B_HARDWARE: [k for k, (t, x) in enumerate(zip(texts, f)) if t in names.HARDWARE_VENDORS or x[names.F_HARDWARE]],
        names.B_NAME: [k for k, x in enumerate(f) if x[names.F_NAME]],
        names.B_HEAD: [k for k, x in enumerate(f) if x[names.F_HEAD]],
        names.B_HEAD_WORD: [k for k, t in enumerate(texts) if heads.HEAD_WORDS.get(t) is not None],
        names.B_CAPITAL: [k for k, t in enumerate(texts) if "A" <= t[:1] <= "Z"],
        names.B_ENDER: [k for k, t in enumerate(texts) if t[-1] in ".!?" or t.isspace()],
        names.B_PLACEHOLDER: [k for k, t in enumerate(texts) if t.startswith("\\") and len(t) > 2 and t[1:].isalpha()
                              and t[1:] not in names.LATEX_COMMANDS],
        names.B_OPEN: [k for k, t in enumerate(texts) if t == "("],
        names.B_CLOSE: [k for k, t in enumerate(texts) if t == ")"],
        names.B_LIST: [k for k, t in enumerate(texts) if t in names.LIST_OPENERS],
    }


def test_flagged_tokens_are_the_rules_token_loops(sample_records):
    nlp = get_nlp()
    seen = {}
    texts_of = [_text_of(r) for r in sample_records[:80]]
    if GOLD.exists():  # (the gold abstracts hold the LaTeX placeholders the sample corpus has none of)
        texts_of += [(o["title"] or "") + "\n\n" + (o.get("abstract") or "")
                     for o in map(json.loads, GOLD.read_text(encoding="utf-8").splitlines())]
    for text in texts_of:
        doc = nlp(text)
        texts = [t.text for t in doc]
        for bit, want in _start_tokens(texts, names.token_features(doc)).items():
            got = names.flagged(doc, bit)
            assert got == want, (text[:60], bit)
            seen[bit] = seen.get(bit, 0) + len(got)
    if not GOLD.exists():
        seen.setdefault(names.B_PLACEHOLDER, 1)
    assert all(seen.get(1 << i, 0) > 0 for i in range(14)), seen  # every bit met on real text
    # a Doc the pipeline has not run on reads its flags all the same
    doc = nlp.make_doc("We propose Foo, compared to Qwen3-8B on 8 A100 GPUs.")
    assert names.flagged(doc, names.B_MODEL | names.B_HARDWARE) == [6, 9]


def test_tokenizer_gates_answer_what_the_regexes_answer(sample_records):
    """The prefix/suffix/infix gates skip the regexes on ASCII texts no match can start (or end) with: on every
    whitespace chunk of the sample corpus, and every piece the tokenizer cuts from one, they answer the same."""
    tok = get_nlp().tokenizer
    prefix, suffix, infix = tok.prefix_search, tok.suffix_search, tok.infix_finditer
    chunks = {c for r in sample_records for c in _text_of(r).split(" ")} | {"", "\n", "a\n", "x's\n", "\u00e9s", "UK's"}
    pieces = {c[i:] for c in chunks for i in range(len(c))} | {c[:j] for c in chunks for j in range(len(c) + 1)}
    assert len(pieces) > 50_000

    def span(m):
        return None if m is None else m.span()

    assert [p for p in pieces if span(prefix(p)) != span(prefix.regex.search(p))] == []
    assert [p for p in pieces if span(suffix(p)) != span(suffix.regex.search(p))] == []
    assert [p for p in pieces if [m.span() for m in infix(p)] != [m.span() for m in infix.regex.finditer(p)]] == []
    url = tok.url_match
    urls = pieces | {"github.com/x/y", "https://a.io/b", "www.x.org.", "10.0.0.1", "a@b.com", "x://y"}
    assert [p for p in urls if span(url(p)) != span(url.regex.match(p))] == []
    assert required_chars(url.regex) == {"."}
    # and the gates are in place: each regex has a short list of ASCII edge characters (not "no claim")
    edges = [edge_chars(prefix.regex), edge_chars(suffix.regex, last=True), edge_chars(infix.regex)]
    assert all(e is not None and 0 < len(e) < 40 and "e" not in e for e in edges), edges


def test_sentence_starts_after_flagged_tokens_is_the_full_scan(sample_records):
    nlp = get_nlp()
    starts = 0
    for r in sample_records[:80]:
        doc = nlp(_text_of(r))
        texts = [t.text for t in doc]
        # what kg_sentences stored (found from the flags) is what the full scan of every token finds
        assert [t.is_sent_start for t in doc] == sentence_starts(texts, title_end_of(doc)), r.id
        starts += sum(t.is_sent_start for t in doc)
    assert starts > 500  # about 8 sentences an abstract


def test_bare_domain_scan_from_the_first_hit_finds_every_match(sample_records):
    from extractors import urls

    texts = [t for r in sample_records for t in (r.title, r.abstract) if t]
    texts += ["see x.github.io, a.b-c.org/p?q and Amazon.com", "e.g.github.com/x", "v1.2.ai/x", "foo.bar.com"]
    scanned = 0
    for t in texts:
        start = urls.bare_scan_start(t)
        full = [m.span() for m in urls.BARE_RE.finditer(t)]
        assert ([] if start is None else [m.span() for m in urls.BARE_RE.finditer(t, start)]) == full, t[:80]
        scanned += bool(full)
    assert scanned >= 6  # texts with a bare domain (code on github.com, project pages), the made-up ones included


def test_memory_zones_free_the_strings_and_change_no_output(sample_records, monkeypatch):
    """Past WARM_STRINGS, each ZONE_RECORDS records run in a spaCy memory zone: the vocabulary no longer
    grows with the corpus, and every extraction is the one made without zones."""
    from extractors import extract as ex

    records = list(sample_records)[:300]
    nlp = get_nlp()
    monkeypatch.setattr(ex, "WARM_STRINGS", 10**9)  # no zone: the vocabulary keeps what the texts add
    plain = [x.to_json() for x in ex.extract_many(records)]
    monkeypatch.setattr(ex, "WARM_STRINGS", 0)  # a zone from the first record
    before = len(nlp.vocab.strings)
    # words no text had: a zone must drop them
    fresh = [replace(r, abstract=f"{r.abstract} Zonetestword{i}") for i, r in enumerate(records)]
    zoned = [x.to_json() for x in ex.extract_many(records)]
    list(ex.extract_many(fresh))
    assert zoned == plain
    assert len(nlp.vocab.strings) == before
    assert "Zonetestword7" not in nlp.vocab.strings
