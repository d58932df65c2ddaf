"""LaTeX in abstracts read as what it typesets: ties as spaces (``untie``), formatting and accents as plain
letters (``plain``).

Abstracts copied from LaTeX sources keep "~", the non-breaking space: "Llama~3.1", "Claude~3.5~Sonnet",
"PSNR by 1.2~dB". Read as written, the names are no names and the unit is no unit. A tie sits between two
words, or after a number before its unit; between two numbers "~" is a range ("3~5x", "2.01x~3.81x"), and
after a space or bracket it means "about" ("~2x", "(~30%)"), so those stay.

>>> untie("Llama~3.1 and Claude~3.5~Sonnet gain 9.8~pp (Fig.~3), 3~5x, 2.01x~3.81x, ~2x, /~user")
'Llama 3.1 and Claude 3.5 Sonnet gain 9.8 pp (Fig. 3), 3~5x, 2.01x~3.81x, ~2x, /~user'
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

TIE = re.compile(r"(?<=[A-Za-z.)\]}])~(?=[A-Za-z0-9(\\$])|(?<=\d)~(?=[A-Za-z])")


def untie(text: str) -> str:
    """``text`` with its LaTeX ties as spaces: same length, so every offset into it holds."""
    return TIE.sub(_tie, text) if "~" in text else text


def _tie(m: re.Match) -> str:
    text, i = m.string, m.start()
    if text[i + 1].isdigit():
        # before a number, a tie follows a word ("Llama~3.1"); after a number with its unit, "~" is a range
        j = i
        while j and not text[j - 1].isspace():
            j -= 1
        if text[j].isdigit():
            return "~"
    return " "


# Formatting commands whose argument is plain text: "\\textbf{I}nter-token", "$\\textbf{ICon}$", "\\emph{FooNet}".
# Only an argument with a letter and no markup of its own is read ("\\textbf{96.9\\%}" and "$\\mathbf{10}\\times$"
# stay for the claims' own reading, ``claims.numbers.delatex``); a nested one is read on the next pass.
_FORMAT = (r"(?P<open>\$?)\\(?:textbf|textit|textsc|texttt|textsf|textrm|textmd|textup|text|emph|underline|mathbf|"
           r"mathrm|mathit|mathsf|mathtt|boldsymbol|bm)\s*\{(?P<arg>[^{}\\\\$]*[A-Za-z][^{}\\\\$]*)\}(?P<close>\$?)")
# Accents: "Schr\\"odinger", "Fr\\'{e}chet", "{\\'e}"; not the escaped apostrophe of "query\\'s content"
_ACCENT = (r"""\{\\(?P<m1>["'`^~])(?P<l1>[A-Za-z])\}|\\(?P<m2>["'`^~])\{(?P<l2>[A-Za-z])\}"""
           r"""|\\(?P<m3>["'`^~])(?P<l3>[A-Za-z])""")
_MARKUP = re.compile(f"{_FORMAT}|{_ACCENT}")
_LOWER_PART = re.compile(r"(?:^|[^A-Za-z}])[a-z]+-$")  # "task-", "Chain-of-"; not "Center-"
_COMBINING = {'"': "\u0308", "'": "\u0301", "`": "\u0300", "^": "\u0302", "~": "\u0303"}


@dataclass(frozen=True)
class Plain:
    """A text with its LaTeX formatting and accents read, and the source span each of its characters came from."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The source span of ``text[start:end]``: from its first character's origin to its last one's end."""
        if end <= start:
            at = self.starts[start] if start < len(self.starts) else (self.ends[-1] if self.ends else 0)
            return at, at
        return self.starts[start], self.ends[end - 1]


def plain(text: str) -> Plain | None:
    r"""``text`` with its LaTeX formatting commands and accents read as plain letters, or None when it has none.

    >>> p = plain(r"We present $\textbf{I}$nter-token $\textbf{Con}$trast ($\textbf{ICon}$) for Schr\"odinger bridges.")
    >>> p.text
    'We present Inter-token Contrast (ICon) for Schrödinger bridges.'
    >>> s, e = p.span(p.text.index("ICon"), p.text.index("ICon") + 4)
    >>> r"We present $\textbf{I}$nter-token $\textbf{Con}$trast ($\textbf{ICon}$) for"[s:e]
    'ICon'
    >>> plain(r"\emph{\textbf{M}idas \textbf{T}ouch} (MTD) at $\textbf{10}\times$ the query\'s speed").text
    "Midas Touch (MTD) at $\\textbf{10}\\times$ the query\\'s speed"
    >>> plain(r"a task-\underline{E}ffective, training-\underline{E}conomical Center-\textbf{S}urround").text
    'a task-effective, training-economical Center-Surround'
    """
    if "\\" not in text:
        return None
    starts: list[int] = list(range(len(text)))
    ends: list[int] = list(range(1, len(text) + 1))
    changed = False
    for _ in range(3):  # one nesting level a pass: "\emph{\textbf{M}idas}"
        out, new_starts, new_ends, pos = [], [], [], 0
        for m in _MARKUP.finditer(text):
            kept = _read(m)
            if kept is None:
                continue
            out.append(text[pos:m.start()])
            new_starts += starts[pos:m.start()]
            new_ends += ends[pos:m.start()]
            for rel, chars in kept:  # (offset in the match or -1 for the whole match, characters)
                out.append(chars)
                for k in range(len(chars)):
                    new_starts.append(starts[m.start() + rel + k] if rel >= 0 else starts[m.start()])
                    new_ends.append(ends[m.start() + rel + k] if rel >= 0 else ends[m.end() - 1])
            pos = m.end()
        if pos == 0:
            break
        changed = True
        out.append(text[pos:])
        starts = new_starts + starts[pos:]
        ends = new_ends + ends[pos:]
        text = "".join(out)
    return Plain(text, tuple(starts), tuple(ends)) if changed else None


def _read(m: re.Match) -> list[tuple[int, str]] | None:
    """What a markup match reads as: (offset of the characters in the match, or -1, characters), or None to keep
    it as written."""
    if m.group("arg") is not None:
        base, text = m.start(), m.string
        letters = m.group("arg")
        if len(letters) == 1 and letters.isupper() and _LOWER_PART.search(text[max(0, base - 30):base]) \
                and text[m.end():m.end() + 1].islower():
            # "task-\underline{E}ffective": a letter marked for an acronym, inside a lower-case word
            letters = letters.lower()
        arg = (m.start("arg") - base, letters)
        both = m.group("open") and m.group("close")  # "$\textbf{ICon}$" is only the formatting: both dollars go
        parts = [arg]
        if m.group("open") and not both:
            parts.insert(0, (0, "$"))
        if m.group("close") and not both:
            parts.append((m.end("close") - 1 - base, "$"))
        return parts
    for i in "123":
        mark, letter = m.group("m" + i), m.group("l" + i)
        if mark is None:
            continue
        rest = m.string[m.end():m.end() + 1]
        if mark == "'" and letter == "s" and not rest.isalpha():
            return None  # an escaped apostrophe
        return [(-1, unicodedata.normalize("NFC", letter + _COMBINING[mark]))]
    return None
