"""How often a claim's measure agrees with the gold annotation, which the shared scorer does not score.

    kg extract ../shared/gold/dev.jsonl -o /tmp/dev.jsonl
    python benchmarks/claim_measures.py ../shared/gold/dev.jsonl /tmp/dev.jsonl [--show]

Claims are paired as ``score_extraction.py`` pairs them (same value, compatible unit). For each pair it
counts an exact match (same lower-case text) and an overlap (a shared word, "prediction accuracy" against
"accuracy"); the gold measures are free text of a few words, so overlap is the figure to watch.
``--show`` prints the pairs that share no word.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

SCORER = Path(__file__).resolve().parents[2] / "shared" / "tools"
_FILLER = {"the", "of", "a", "an", "on", "in", "for"}


def words(measure: str | None) -> set[str]:
    """The content words of a measure, lower case, hyphens as spaces.

    >>> sorted(words("Time-to-first-token of the model"))
    ['first', 'model', 'time', 'to', 'token']
    """
    return set((measure or "").lower().replace("-", " ").split()) - _FILLER


def agreement(scorer, gold: dict, pred: dict) -> tuple[int, int, int, list[tuple[str, str, dict]]]:
    """Paired claims, how many have the same measure, how many share a word, and (gold, predicted, claim)
    for those that share none; ``gold``/``pred`` as ``scorer.load`` reads them."""
    pairs = exact = overlap = 0
    misses = []
    for key, g in gold.items():
        p = pred.get(key)
        if p is None:
            continue
        for gc, pc in scorer.match_claims(g.get("claims", []), p.get("claims", []))[3]:
            gm, pm = (gc.get("measure") or "").lower(), (pc.get("measure") or "").lower()
            pairs += 1
            exact += gm == pm
            shared = gm == pm or bool(words(gm) & words(pm))
            overlap += shared
            if not shared:
                misses.append((gm, pm, pc))
    return pairs, exact, overlap, misses


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", type=Path)
    ap.add_argument("pred", type=Path)
    ap.add_argument("--show", action="store_true", help="print the pairs whose measures share no word")
    ap.add_argument("--scorer", type=Path, default=SCORER, help="folder of score_extraction.py")
    args = ap.parse_args()
    sys.path.insert(0, str(args.scorer))
    import score_extraction as scorer  # the shared scorer's own pairing, so the pairs are the ones it scores

    pairs, exact, overlap, misses = agreement(scorer, scorer.load(args.gold), scorer.load(args.pred))
    if not pairs:
        sys.exit("no claim pairs: are these the gold file and an extraction of it?")
    if args.show:
        for gm, pm, pc in misses:
            print(f"gold {gm!r:32} predicted {pm!r:24} {pc.get('surface', '')!r:10} {(pc.get('text') or '')[:120]}")
    print(f"{pairs} paired claims: measure exact {exact / pairs:.3f}, sharing a word {overlap / pairs:.3f}")


if __name__ == "__main__":
    main()
