"""LaTeX formatting and accents in abstracts are read as the plain letters they typeset (``extractors.latex.plain``),
while every mention and claim still quotes the source at its own offsets.

The sentences are verbatim from held-out 21 and external-80k (as the JSON files hold them, one backslash each).
"""
from __future__ import annotations

from extractors.extract import extract
from extractors.latex import plain
from extractors.records import PaperRecord
from kg.builder import usable

ICON = (r"We present $\textbf{I}$nter-token $\textbf{Con}$trast ($\textbf{ICon}$), a contrastive learning method "
        r"applied to the token-level representations of Vision Transformers (ViTs). ICon enforces a separation in the "
        r"feature space between agent-specific and environment-specific tokens.")


def _record(abstract: str, title: str = "T") -> PaperRecord:
    return PaperRecord(id="t:latex", title=title, abstract=abstract)


def test_plain_reads_formatting_and_accents_and_knows_where_each_letter_came_from():
    p = plain(ICON)
    assert p.text.startswith("We present Inter-token Contrast (ICon), a contrastive")
    start = p.text.index("ICon")
    assert ICON[slice(*p.span(start, start + 4))] == "ICon"
    assert ICON[slice(*p.span(11, 31))] == r"I}$nter-token $\textbf{Con}$trast"  # "Inter-token Contrast"
    assert plain(r"the Karhunen-Lo\`eve Expansion and the Fr\'{e}chet distance").text == \
        "the Karhunen-Loève Expansion and the Fréchet distance"
    # numbers in LaTeX stay for the claims' reader; an escaped apostrophe is no accent; plain text is left alone
    assert plain(r"a $40\times$ speedup over the query\'s $\textbf{10}$ tokens") is None
    assert plain("no markup here") is None


def test_a_name_spelled_in_bold_initials_is_found_and_quotes_the_source():
    ex = extract(_record(ICON))
    icon = next(e for e in ex.entities if e.name == "ICon")
    assert (icon.canonical, icon.type, icon.proposed) == ("Inter-token Contrast", "method", True)
    for e in ex.entities:
        for m in e.mentions:
            assert ICON[m.start:m.end] == m.text
    assert "ICon" in [m.text for m in icon.mentions]
    assert usable(_record(ICON), ex) is ex  # nothing the graph would have to leave out


def test_long_forms_carry_no_latex_debris():
    pdqd = (r"To further enhance object-level query quality, we introduce a \textbf{P}erceptual \textbf{D}istilled "
            r"\textbf{Q}uery \textbf{D}ecoder (\textbf{PDQD}), which distills object category awareness from a "
            r"pre-trained detector to serve as object query initiation.")
    assert ("PDQD", "Perceptual Distilled Query Decoder") in [(e.name, e.canonical) for e in extract(_record(pdqd)).entities]
    kle = (r"Traditional approaches, such as the Karhunen-Lo\`eve Expansion (KLE), require previous knowledge of the "
           r"covariance function, often unavailable in practical applications.")
    assert ("KLE", "Karhunen-Loève Expansion") in [(e.name, e.canonical) for e in extract(_record(kle)).entities]


def test_a_letter_marked_for_an_acronym_inside_a_lower_case_word_makes_no_name():
    # external-80k (E^3-Pruner): "task-\underline{E}ffective" had read as the name "task-Effective"
    text = (r"To overcome these limitations, we propose \name, a task-\underline{E}ffective, "
            r"training-\underline{E}conomical and inference-\underline{E}fficient layer pruning framework.")
    assert plain(text).text.endswith("a task-effective, training-economical and inference-efficient layer pruning "
                                     "framework.")
    names = [e.name for e in extract(_record(text)).entities]
    assert not [n for n in names if "Effective" in n or "Economical" in n or "Efficient" in n]


def test_claims_after_markup_quote_their_source_sentence():
    # external-80k: "\texttt{DeepSeek-V3}" before the claims moves every offset of the text read
    abstract = (r"We introduce a concept-level metric to evaluate task clarity and show that adding structured semantic "
                r"context to the standard input used by modern LLMs, leads to a 1.85$\times$ improvement in clarity "
                r"score (44.5\%~$\rightarrow$~82.3\%). Using the general-purpose model \texttt{DeepSeek-V3}, our "
                r"approach leads to a 2.1$\times$ improvement in proof success (21.8\%~$\rightarrow$~45.8\%) and "
                r"outperforms the previous state-of-the-art \texttt{Graph2Tac} (33.2\%).")
    record = _record(abstract, "Clarifying Before Reasoning: A Coq Prover with Structural Context")
    ex = extract(record)
    # the starting values before an arrow are no claims (the values reached are)
    assert [(c.value, c.unit) for c in ex.claims] == [(1.85, "x"), (82.3, "%"), (2.1, "x"), (45.8, "%")]
    for c in ex.claims:
        assert c.sentence == abstract[c.sentence_start:c.sentence_end]
        assert abstract[c.start:c.end] == c.surface
    # a known model in the opening phrase is no appositive of "our approach"
    assert ("DeepSeek-V3", "model", False) in [(e.name, e.type, e.proposed) for e in ex.entities]
    assert usable(record, ex) is ex
