"""A tokenizer for ML abstracts that keeps model, hardware and number tokens whole.

spaCy's English tokenizer splits "Qwen3-8B" at the hyphen after a letter and
"LLaMA-2-70B" into three pieces; for name matching we want those whole. We keep
every hyphen between alphanumerics inside the token, except before a few
productive suffix words ("Transformer-based", "GPU-accelerated") whose left side
is a name worth matching on its own, and before clause words that show a lost
dash ("DeepSeek-R1-have achieved"). Gazetteer patterns are tokenized with this
same tokenizer, so "mixture-of-experts" (one token) and "mixture of experts"
(three) are both generated as alias variants by the gazetteer loader.

>>> import spacy
>>> nlp = spacy.blank("en"); nlp.tokenizer = make_tokenizer(nlp)
>>> [t.text for t in nlp("Qwen3-8B and LLaMA-2-70B reach 2.5x on AIME24 (Transformer-based).")]
['Qwen3-8B', 'and', 'LLaMA-2-70B', 'reach', '2.5x', 'on', 'AIME24', '(', 'Transformer', '-', 'based', ')', '.']
"""
from __future__ import annotations

import re
from re import _constants as _C, _parser  # the stdlib's own regex parser: read-only, to derive the gates below
from typing import Callable, Iterable

from spacy.lang.char_classes import ALPHA, ALPHA_LOWER, ALPHA_UPPER, CONCAT_QUOTES, LIST_ELLIPSES, LIST_ICONS
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

# Words that, after a hyphen, make a modifier out of a name: split them off so the name is matchable.
HYPHEN_SUFFIX_WORDS = (
    "based|like|style|driven|aware|specific|level|wise|free|friendly|powered|enhanced|guided|generated|"
    "augmented|accelerated|optimized|optimised|centric|oriented|native|compatible|scale|sized|only|"
    "enabled|intensive|bound|heavy|efficient|inspired|centred|centered|dependent|agnostic|supervised|"
    "tuned|trained|distilled|conditioned|assisted|intensive|grade|class|series|family|generation|"
    "equivalent|level|type|parallel|aligned|variant|variants|like|sized|scale"
)
# Words that after a hyphen say where a thing came from: split off after a name only ("PathoGen-synthesized",
# "ImageNet-derived", "LLM-annotated"); after a word they make one modifier ("human-annotated", "expert-derived")
SOURCE_SUFFIX_WORDS = "synthesized|synthesised|derived|produced|annotated|labeled|labelled|created|curated"
# Clause words that hardly ever end a compound ("must-have" aside): after a hyphen they show a dash lost from the
# source text ("reasoning-such as DeepSeek-R1-have achieved"); split off like the suffix words, so the name before
# them is matchable
LOST_DASH_WORDS = "such|including|namely|which|whereas|have|has|were|are"
LOST_DASH = frozenset(LOST_DASH_WORDS.split("|"))
# the words after which a name is a modifier ("on MedImageInsight-derived embeddings": not data it is trained on)
MODIFIER_SUFFIXES = frozenset(HYPHEN_SUFFIX_WORDS.split("|") + SOURCE_SUFFIX_WORDS.split("|"))
# a name's end: two capitals or digits ("LLM", "32B"), or an inner capital or digit within the last ten characters
# ("ImageNet", "PathoGen"), not a capitalised word ("Human-annotated"); re's look-behinds have fixed widths
_NAME_END = "|".join([rf"(?<=[{ALPHA_UPPER}0-9]{{2}})"] + [
    rf"(?<=[{ALPHA}0-9][{ALPHA_UPPER}0-9][{ALPHA_LOWER}0-9]{{{k}}})" for k in range(10)])

UNICODE_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
# LaTeX commands that only format their argument; abstracts keep them verbatim around names
LATEX_WRAPPER = (r"\\(?:textsc|textbf|textit|texttt|textsf|textrm|textmd|textup|text|emph|underline|mathrm|mathbf|"
                 r"mathit|mathsf|mathtt|mathcal|mathbb|boldsymbol|bm|url|href)\{")


def _infixes() -> list[str]:
    return [
        *LIST_ELLIPSES,
        *LIST_ICONS,
        # "3.5×faster", "2×A100": multiplication signs always split
        r"[\u00d7\u2715\u2716]",
        # "8xA800", "32xA100": a device count typed against the processor's name
        r"(?<=[0-9])x(?=(?:[AHBVL][0-9]{2,3}|GH200|MI[0-9]{3}X?)\b)",
        # unicode dashes between words ("Qwen–Llama") split; next to a digit ("LLaMA–2–70B") they are
        # hyphens typed by a word processor and stay inside the name, like ASCII hyphens (below)
        rf"(?<=[{ALPHA}])[{UNICODE_DASHES}~](?=[{ALPHA}])",
        # hyphen before a modifier suffix word: "Transformer-based" -> Transformer - based; or a lost dash
        rf"(?<=[{ALPHA}0-9])-(?=(?:{HYPHEN_SUFFIX_WORDS}|{LOST_DASH_WORDS})\b)",
        # (the look-ahead first: the ten look-behinds are tried only before such a word)
        rf"(?=-(?:{SOURCE_SUFFIX_WORDS})\b)(?:{_NAME_END})-",
        # hyphen after a count prefix before a processor: "multi-GPU", "Single-CPU" name it
        r"(?:(?<=\b[sS]ingle)|(?<=\b[mM]ulti)|(?<=\b[dD]ual))-(?=(?:[CGTN]PU|FPGA)s?\b)",
        # "--" and "---" used as dashes
        r"-{2,}",
        rf"(?<=[{ALPHA_LOWER}])\.(?=[{ALPHA_UPPER}])",
        rf"(?<=[{ALPHA}]),(?=[{ALPHA}])",
        rf"(?<=[{ALPHA}0-9])[:<>=/](?=[{ALPHA}])",
        # "AMC23:+27.5%", "AIME24:45.2%": a score typed against its benchmark's name (not "1:2", "arXiv:2401.1")
        rf"(?<=[{ALPHA}0-9]):(?=[+\u2212-][0-9]|[0-9]+(?:\.[0-9]+)?%)",
        rf"(?<=[{ALPHA}])[{CONCAT_QUOTES}](?=[{ALPHA}])",
        # "AIME 2024/2025", "CIFAR-10/100": numbers of two or more digits either side ("1/2" stays a fraction;
        # "CIFAR10/100-LT" stays one name, its suffix shared)
        r"(?<=[0-9]{2})/(?=[0-9]{2,4}(?![\w\-]))",
        # "a+b", "10^8"
        r"(?<=[0-9])[+*^](?=[0-9-])",
        # "chain-of-thought(CoT)", "Large Language Models(LLMs)": an acronym definition typed without a space;
        # "f(x)", "cache(s)", "Qwen2.5-VL(7B)" stay whole (lower-case or digit inside)
        # (the closing bracket is already split off as a suffix when the infixes run)
        rf"(?<=[{ALPHA}][{ALPHA}])\((?=[{ALPHA_UPPER}][{ALPHA}0-9-]*(?:\)|$))",
    ]


TOKENIZER_CACHE = 200_000  # chunks; a few tens of MB at most
ELLIPSIS = r"\.\.+"  # the one suffix pattern of unbounded length


def _width(pattern: str) -> int:
    """Longest match of a regex piece (huge for unbounded ones)."""
    return _parser.parse(pattern).getwidth()[1]


def tail_suffix_search(pieces: list[str], regex: re.Pattern) -> Callable[[str], re.Match | None]:
    r"""``regex.search`` for an end-anchored suffix regex, trying only the last few start positions.

    ``re.search`` tries a ``...$`` alternation at every position of the string; the suffix pieces are at
    most ``window`` characters long, so a match cannot start earlier, and searching from there gives the
    same leftmost match. The one unbounded piece, the ellipsis, matches at the window's edge whenever it
    could also start further left, so a match exactly there is re-checked on the whole string. Falls back
    to the plain search if another piece is unbounded. Same results as ``regex.search``, about twice as fast
    on long tokens ("Qwen2.5-VL-72B-Instruct,").

    >>> rx = re.compile(r"\.\.+$|,$|'s$")
    >>> search = tail_suffix_search([ELLIPSIS, ",", "'s"], rx)
    >>> [search(t).group(0) for t in ("Qwen2.5-VL-72B-Instruct,", "models......", "GPT's")]
    [',', '......', "'s"]
    """
    widths = [_width(p) for p in pieces if p.strip() and p != ELLIPSIS]
    if not widths or max(widths) > 16:
        return regex.search
    window = max(max(widths), 2) + 1
    search = regex.search
    # every match ends at the text's end, so an ASCII last character no match can end with means no match
    # ("$" also matches before a final newline: such texts take the search)
    ends = edge_chars(regex, last=True)
    ends = _ASCII if ends is None else ends | {"\n"}

    def suffix_search(text: str) -> re.Match | None:
        if text.isascii() and text[-1:] not in ends:
            return None
        pos = len(text) - window
        if pos <= 0:
            return search(text)
        m = search(text, pos)  # lookbehinds still see the characters before pos
        if m is not None and m.start() == pos:
            return search(text)  # may begin further left ("models......")
        return m

    suffix_search.regex = regex  # for tests and serialisation helpers: the full regex it stands for
    return suffix_search


_ASCII = frozenset(map(chr, range(128)))
_CATEGORY_TESTS = {
    _C.CATEGORY_DIGIT: str.isdigit, _C.CATEGORY_NOT_DIGIT: lambda c: not c.isdigit(),
    _C.CATEGORY_SPACE: str.isspace, _C.CATEGORY_NOT_SPACE: lambda c: not c.isspace(),  # as sre's Unicode classes
    _C.CATEGORY_WORD: lambda c: c.isalnum() or c == "_", _C.CATEGORY_NOT_WORD: lambda c: not (c.isalnum() or c == "_"),
}


def _class_ascii(items) -> frozenset[str] | None:
    """The ASCII characters a parsed ``[...]`` class matches (None: a member the reader does not know)."""
    out, negate = set(), False
    for op, av in items:
        if op is _C.NEGATE:
            negate = True
        elif op is _C.LITERAL:
            out.add(chr(av))
        elif op is _C.RANGE:
            out.update(map(chr, range(av[0], min(av[1], 127) + 1)))
        elif op is _C.CATEGORY and av in _CATEGORY_TESTS:
            out.update(c for c in _ASCII if _CATEGORY_TESTS[av](c))
        else:
            return None
    out &= _ASCII
    return frozenset(_ASCII - out if negate else out)


def _edge(seq, last: bool) -> tuple[frozenset[str] | None, bool]:
    """(ASCII characters the first, or ``last``, character of a match of ``seq`` can be, whether it can be empty)."""
    chars: set[str] = set()
    for op, av in (reversed(list(seq)) if last else seq):
        if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
            continue  # anchors and lookarounds consume nothing
        if op is _C.LITERAL:
            edge, empty = frozenset({chr(av)}) & _ASCII, False
        elif op is _C.IN:
            edge, empty = _class_ascii(av), False
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
            edge, empty = _edge(av[2], last)
            empty = empty or av[0] == 0
        elif op is _C.SUBPATTERN and not av[1] and not av[2]:  # a group without inline flags
            edge, empty = _edge(av[3], last)
        elif op is _C.ATOMIC_GROUP:
            edge, empty = _edge(av, last)
        elif op is _C.BRANCH:
            edge, empty = frozenset(), False
            for alt in av[1]:
                e, n = _edge(alt, last)
                if e is None:
                    return None, False
                edge, empty = edge | e, empty or n
        else:
            return None, False  # any other construct: no claim
        if edge is None:
            return None, False
        chars |= edge
        if not empty:
            return frozenset(chars), False
    return frozenset(chars), True


def edge_chars(regex: re.Pattern, last: bool = False) -> frozenset[str] | None:
    r"""The ASCII characters every match of ``regex`` starts with (``last``: ends with), read from its parse tree.

    ``None`` when the regex can match the empty string, has flags that change what a character matches, or
    uses a construct this reader does not follow: then no shortcut may rest on it.

    >>> sorted(edge_chars(re.compile(r"(?<=[a-z])[-/](?=[a-z])|\.\.+")))
    ['-', '.', '/']
    >>> sorted(edge_chars(re.compile(r"'s$|(?<=[0-9])\+$|\)$"), last=True)), edge_chars(re.compile(r"a?$"), last=True)
    ([')', '+', 's'], None)
    """
    if regex.flags & ~re.UNICODE:
        return None
    chars, empty = _edge(_parser.parse(regex.pattern, regex.flags), last)
    return None if empty else chars


def prefix_gate(regex: re.Pattern) -> Callable[[str], re.Match | None]:
    """``regex.search`` for a ``^``-anchored prefix regex, answering None at once for an ASCII text whose first
    character no match can start with (most words: "model", "the")."""
    chars, search = edge_chars(regex), regex.search
    if chars is None:
        return search

    def prefix_search(text: str) -> re.Match | None:
        if text.isascii() and text[:1] not in chars:
            return None
        return search(text)

    prefix_search.regex = regex
    return prefix_search


def infix_gate(regex: re.Pattern) -> Callable[[str], Iterable[re.Match]]:
    """``regex.finditer``, run only at the characters a match can start with when the text is ASCII.

    The scan tried every alternative, lookbehinds and all, at every position of every new word; a match can only
    start at one of ``edge_chars`` (a hyphen, a dot, ...), so in an ASCII text the regex is matched at those
    positions alone, left to right from the end of the last match: the matches ``finditer`` finds.
    """
    chars, finditer, match = edge_chars(regex), regex.finditer, regex.match
    if chars is None:
        return finditer
    if not chars:
        return lambda text: () if text.isascii() else finditer(text)
    gate = re.compile("[" + "".join(map(re.escape, sorted(chars))) + "]").search

    def infix_finditer(text: str) -> Iterable[re.Match]:
        if not text.isascii():
            return finditer(text)
        out, pos = [], 0
        while (g := gate(text, pos)) is not None:
            m = match(text, g.start())  # lookbehinds see the text before the position, as in the scan
            if m is None:
                pos = g.start() + 1
            else:
                out.append(m)
                pos = m.end()  # (never empty: edge_chars is None for a regex that can match "")
        return out

    infix_finditer.regex = regex
    return infix_finditer


def required_chars(regex: re.Pattern) -> frozenset[str]:
    r"""Characters every match of ``regex`` holds (read from its parse tree; empty when it cannot tell).

    >>> sorted(required_chars(re.compile(r"^(?:\w+://)?(?:[a-z]+\.)+[a-z]{2,}(?:/\S*)?$")))
    ['.']
    >>> sorted(required_chars(re.compile(r"a\.b|c\.d"))), sorted(required_chars(re.compile(r"a(?:x)?|\.", re.I)))
    (['.'], [])
    """
    if regex.flags & ~re.UNICODE:
        return frozenset()
    return frozenset(_required(_parser.parse(regex.pattern, regex.flags)))


def _required(seq) -> set[str]:
    out: set[str] = set()
    for op, av in seq:
        if op is _C.LITERAL:
            out.add(chr(av))
        elif op is _C.IN and len(av) == 1 and av[0][0] is _C.LITERAL:
            out.add(chr(av[0][1]))
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT) and av[0] >= 1:
            out |= _required(av[2])
        elif op is _C.SUBPATTERN and not av[1] and not av[2]:
            out |= _required(av[3])
        elif op is _C.ATOMIC_GROUP:
            out |= _required(av)
        elif op is _C.BRANCH:
            out |= set.intersection(*(_required(alt) for alt in av[1]))
    return out  # anything else (lookarounds, optional parts, classes) requires nothing


def match_gate(match: Callable[[str], re.Match | None] | None) -> Callable[[str], re.Match | None] | None:
    """A pattern's ``match``, answering None at once for a text missing a character every match holds
    (spaCy's URL pattern needs a "." and is tried on every new word)."""
    regex = getattr(match, "__self__", None)
    if not isinstance(regex, re.Pattern):
        return match
    need = "".join(sorted(required_chars(regex)))
    if not need:
        return match

    def gated_match(text: str) -> re.Match | None:
        for c in need:
            if c not in text:
                return None
        return match(text)

    gated_match.regex = regex
    return gated_match


# "https: //github.com/x/Y": a space after the scheme leaves "//github.com/x/Y", whose path spaCy's URL pattern
# would split into words ("x", "Y" then read as names)
_SCHEME_LOST = r"^//(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/\S*)?$"


def _url_match(match: Callable[[str], re.Match | None] | None) -> Callable[[str], re.Match | None] | None:
    """spaCy's URL ``match``, also matching a URL whose scheme a space cut off (``_SCHEME_LOST``)."""
    regex = getattr(match, "__self__", None)
    if not isinstance(regex, re.Pattern):
        return match
    pattern = regex.pattern.removeprefix("(?u)")
    return re.compile(f"(?u)(?:{pattern})|{_SCHEME_LOST}", regex.flags).match


def make_tokenizer(nlp) -> Tokenizer:
    """Build the project's tokenizer for a blank English ``nlp`` (same prefixes/suffixes, own infixes)."""
    defaults = nlp.Defaults
    # "\\textsc{S2D-Align}", "\\emph{FooNet}": a LaTeX formatting command is split off so the name inside is a token
    prefixes = [LATEX_WRAPPER, *defaults.prefixes]
    # spaCy splits unit letters off numbers ("6K" -> "6" "K", "GSM8K" -> "GSM8" "K", "70B" -> "70" "B");
    # in ML text those letters belong to the name or size, so drop that suffix rule
    suffixes = [p for p in defaults.suffixes if "km|km²" not in p]
    # "... Qwen3.5-397B." and "... on H100.": a full stop after a capital or digit ends the sentence, not the name
    suffixes.append(r"(?<=[A-Z0-9])\.")
    # "GPT-4o." keeps its name; "x" after a number is a ratio and stays attached ("2.5x"), which spaCy already does.
    infix_re = compile_infix_regex(_infixes())
    return Tokenizer(
        nlp.vocab,
        rules=dict(defaults.tokenizer_exceptions),
        # (the gates answer exactly what the regexes answer, without running them on most words)
        prefix_search=prefix_gate(compile_prefix_regex(prefixes)),
        suffix_search=tail_suffix_search(suffixes, compile_suffix_regex(suffixes)),
        infix_finditer=infix_gate(infix_re),
        token_match=defaults.token_match,
        url_match=match_gate(_url_match(defaults.url_match)),
        # spaCy caches the tokens of 10,000 distinct whitespace-separated chunks, then stops caching; a
        # build sees millions of chunks, and the ones past the first few hundred abstracts recur too
        max_cache_size=TOKENIZER_CACHE,
    )
