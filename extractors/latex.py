"""LaTeX ties in abstracts read as the spaces they typeset, keeping every offset.

Abstracts copied from LaTeX sources keep "~", the non-breaking space: "Llama~3.1", "Claude~3.5~Sonnet",
"PSNR by 1.2~dB". Read as written, the names are no names and the unit is no unit. A tie sits between two
words, or after a number before its unit; between two numbers "~" is a range ("3~5x", "2.01x~3.81x"), and
after a space or bracket it means "about" ("~2x", "(~30%)"), so those stay.

>>> untie("Llama~3.1 and Claude~3.5~Sonnet gain 9.8~pp (Fig.~3), 3~5x, 2.01x~3.81x, ~2x, /~user")
'Llama 3.1 and Claude 3.5 Sonnet gain 9.8 pp (Fig. 3), 3~5x, 2.01x~3.81x, ~2x, /~user'
"""
from __future__ import annotations

import re

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
