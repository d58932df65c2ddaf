"""Regenerate ``concepts_corpus.tsv``: lower-case technical terms that recur across the 80k external abstracts.

Knowledge of the field, measured rather than curated: a two- or three-word lower-case noun
phrase that many independent abstracts write the same way ("shared memory", "affine transformations",
"cross-attention layers") is a term of the field. The phrase rule (``components/phrases.py``)
finds modifier + head phrases at run time, but only over heads that are safe without a
tagger and with at most two modifiers; this list covers recurring phrases over the heads it
leaves out ("memory", "feedback", "selection", "priors" ...) and spells them as the field does.

Selection (all general, no gold data read):

- candidates are runs of 2-3 lower-case words inside one clause (no punctuation between), the
  last word a technique head (``TERM_HEADS``), every other word a possible modifier (the phrase
  rule's own test: not a function word, evaluative adjective, common verb, adverb or number);
- document frequency: written in at least ``MIN_DF`` abstracts, and its own reading, not mostly
  a part of one longer recurring phrase (C-value style: a nested phrase must occur on its own in
  at least half of its abstracts);
- heads whose phrases are mostly generic classes ("video models", "image tokens", "search agents") are
  left out, and "layers" needs a noun modifier (not an adjective by its suffix: "decoder layers" yes,
  "temporal layers" no);
- names a curated gazetteer file already has (any type), stoplisted spellings and generic model
  classes (``resolve.GENERIC_CLASS_RE``) are left out.

Usage (from the repository root)::

    python -m extractors.gazetteers.build_corpus_terms            # default ../shared/corpus/external-80k.jsonl.gz
    python -m extractors.gazetteers.build_corpus_terms --check    # exit 1 if the file is out of date

>>> list(phrases_of("We train reward models with off-policy training, and shared memory."))
['reward models', 'off-policy training', 'shared memory']
>>> candidate_ok("off-policy training"), candidate_ok("peak memory")
(False, False)
>>> candidate_ok("shared memory"), candidate_ok("temporal layers"), candidate_ok("the memory")
(True, False, False)
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

from extractors.components.lexicon import (COMMON_VERBS, CONCEPT_HEADS, GENERAL_ADJECTIVES, LANGUAGE_NAMES,
                                           STOP_MODIFIERS, TASK_HEADS)
from extractors.components.phrases import is_modifier_text

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "external-80k.jsonl.gz"
OUTPUT = HERE / "concepts_corpus.tsv"
MIN_DF = 25  # abstracts of 80k: rare enough to reach field terms, common enough to be a shared term

# heads the phrase rule leaves out or limits, plus the technique heads it has (spelled as the field spells them)
EXTRA_HEADS = frozenset("memory feedback selection attribution transformations transformation harness "
                        "harnesses layers priors prior".split())
# heads whose phrases are mostly generic classes, descriptions or problems ("video models", "image tokens",
# "text representations", "fusion mechanism", "online training", "memory management", "system architecture"):
# the guide does not list those as techniques, and the few terms among them are curated
GENERIC_HEADS = frozenset("models model networks network agents tokens representation representations mechanism "
                          "mechanisms computation computing kernels connections connection training management "
                          "architecture architectures interface".split())
TERM_HEADS = (CONCEPT_HEADS | EXTRA_HEADS) - TASK_HEADS - GENERIC_HEADS
# heads that, with an adjective, make a generic class rather than a term ("temporal layers")
CLASS_HEADS = frozenset("layers".split())
# words that grade, count or place rather than name a kind ("little attention", "billion tokens", "later layers")
NOT_MODIFIERS = frozenset("little top newer older earlier later late middle larger smaller mainstream candidate "
                          "throughout approach impact billion million trillion thousand hundred peak average total "
                          "aggressive".split())
ADJECTIVE_SUFFIXES = ("al", "ive", "ic", "ous", "ed", "ent", "ant", "able", "ible", "ary", "ful", "less", "ar", "ian")
WORD_RE = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*|\S")
GENERIC_CLASS_RE = re.compile(r"\b(?:language|vision[- ]language|foundation|multimodal|reasoning) models?$")


_MODIFIER: dict[str, bool] = {}


def _modifier(word: str) -> bool:
    ok = _MODIFIER.get(word)
    if ok is None:
        ok = _MODIFIER[word] = is_modifier_text(word) and word not in LANGUAGE_NAMES and word not in NOT_MODIFIERS
    return ok


def phrases_of(text: str):
    """Every 2-3 word run of lower-case words in ``text`` whose words before the last can modify
    (punctuation, capitals, function words and verbs break a run), in order."""
    run: list[str] = []
    for tok in WORD_RE.findall(text):
        if tok.islower() and tok[:1].isalpha():
            run.append(tok)
            for n in (3, 2):
                if len(run) >= n:
                    yield " ".join(run[-n:])
            if not _modifier(tok):
                run = []  # a word that cannot modify ends the run after its own use as a head
        else:
            run = []


def candidate_ok(phrase: str) -> bool:
    """Whether a lower-case run has the shape of a technical term (see the module doc)."""
    words = phrase.split(" ")
    head, mods = words[-1], words[:-1]
    if head not in TERM_HEADS:
        return False
    for w in mods:
        if not _modifier(w) or w in CLASS_HEADS:
            return False
    if head in CLASS_HEADS and mods[-1].endswith(ADJECTIVE_SUFFIXES):
        return False
    first = mods[0].split("-", 1)[0]
    return not (first in STOP_MODIFIERS or first in GENERAL_ADJECTIVES or first in COMMON_VERBS)


def mine(lines, min_df: int = MIN_DF) -> list[str]:
    """Terms written in at least ``min_df`` of the abstracts, each mostly on its own (not only inside a longer one)."""
    df: Counter[str] = Counter()
    for text in lines:
        df.update(set(phrases_of(text)))
    frequent = {p: c for p, c in df.items() if c >= min_df}
    # C-value style nesting: the part of a phrase's frequency explained by longer frequent phrases containing it
    inside: Counter[str] = Counter()
    for p, c in frequent.items():
        words = p.split(" ")
        if len(words) == 3 and candidate_ok(p):
            for sub in (" ".join(words[:2]), " ".join(words[1:])):
                inside[sub] += c
    return sorted(p for p, c in frequent.items() if candidate_ok(p) and c - inside[p] >= c / 2)


def read_corpus(path: Path):
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            obj = json.loads(line)
            yield (obj.get("title") or "") + ". " + (obj.get("abstract") or "")


def render(terms: list[str]) -> str:
    from extractors.gazetteer import load_from

    known = load_from(HERE)  # the curated and reference files, without this one (see _without_self)
    lines = ["# Generated by extractors/gazetteers/build_corpus_terms.py from external-80k.jsonl.gz: do not edit.",
             f"# Lower-case terms written in at least {MIN_DF} of the 80k abstracts (see the script's doc).",
             "# Format: type<TAB>canonical"]
    for t in terms:
        if GENERIC_CLASS_RE.search(t) or known.is_stopword(t) or known.lookup(t) is not None:
            continue
        lines.append(f"concept\t{t}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--check", action="store_true", help="exit 1 when the file differs from a fresh build")
    a = ap.parse_args(argv)
    if not a.corpus.exists():
        print(f"corpus not found: {a.corpus}", file=sys.stderr)
        return 2
    saved = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else None
    if saved is not None:
        OUTPUT.unlink()  # the known-names filter must not see this file's own previous version
    try:
        text = render(mine(read_corpus(a.corpus)))
    finally:
        if saved is not None and a.check:
            OUTPUT.write_text(saved, encoding="utf-8")
    if a.check:
        same = saved == text
        print("up to date" if same else f"{OUTPUT.name} is out of date: rerun without --check")
        return 0 if same else 1
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT.name}: {text.count(chr(10)) - 3} terms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
