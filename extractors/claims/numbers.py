"""Find every number an abstract writes, in every form real abstracts use.

This module only *reads* numbers: it knows nothing about whether a number is a
result or a setup figure (that is ``filters.py``). Each number becomes a
``NumberMention`` with its value, range lower end, unit and the qualifier
written right before it.

>>> [(m.surface, m.value, m.value_min, m.unit) for m in find_numbers("speedups of 1.2-2.6x and 22times, by 38%")]
[('1.2-2.6x', 2.6, 1.2, 'x'), ('22times', 22.0, None, 'x'), ('38%', 38.0, None, '%')]
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace

from extractors.latex import untie

WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100, "a thousand": 1000,
}
MAGNITUDES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
SUFFIX_MAGNITUDES = {"k": 1e3, "m": 1e6, "b": 1e9, "t": 1e12}
MINUS_SIGNS = ("-", "−")  # hyphen-minus and the Unicode minus: a number after one may be negative (_signed)


@dataclass(frozen=True)
class NumberMention:
    """One number as written.

    ``form`` tells how it was written, which the filters use to judge it:
    ``unit`` (has x, %, pp), ``plain`` (a bare numeral), ``suffix`` (7B, 32k),
    ``magnitude`` (2 million, tens of millions), ``fraction`` (370/378),
    ``power`` (2^13), ``word`` (two-fold, halving, an order of magnitude).
    """

    start: int
    end: int
    surface: str
    value: float
    value_min: float | None = None
    unit: str | None = None  # "x", "%", "pp" or None; metric units are attached later
    form: str = "plain"
    approx: bool = False  # LaTeX "sim"/"~" written right before it
    measure_hint: str | None = None  # a metric named inside the unit ("7 BLEU points" -> "BLEU")
    reduction_word: bool = False  # "halving": the word itself says the quantity went down


# the same three forms as "\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+", tried in the same order, written to
# start with one character class: the regex engine then skips to digits and dots instead of trying every position
_NUM = r"[\d.](?:(?<=\d)(?:\d{0,2}(?:,\d{3})+(?:\.\d+)?|\d*(?:\.\d+)?)|(?<=\.)\d+)"
# after a number that must be followed by a unit, separator or magnitude word (none starts with a digit, dot or
# comma), a shorter reading of the same digits ("202" of "2024") can never match: this look-ahead rejects those
# readings at once instead of trying every unit on each of them; the matches are the same
_NUM_END = r"(?![\d.,])"
# units that make a number a ratio, percent or points; order matters (longest first)
_UNIT = (r"(?:\s?\\?%|\+\s?\\?%|\s?per\s?cent\b|\s*(?:\$\s*)?\\?times\b(?:\s*\$)?(?!\s*\$?\s*\d)"
         r"|\s?[xX](?![\w\d])(?!-[A-Za-z])(?!\s*\d)|\s?×(?!\s*\d)"
         r"|-?\s?fold\b|[\s-]?(?:absolute\s+)?percentage[\s-]points?\b|-?\s?pp\b|\s?p\.p\.|\s?pts?\b\.?"
         r"|-?\s?(?:absolute\s+)?points?\b)")  # "a 17-pp delta", "a 5-point gain" too
_METRIC_POINTS = re.compile(r"\s?([A-Z][A-Za-z0-9@\-]{1,12})\s+(?:points?\b|scores?(?=\s+(?:over|higher|better|more|improvement|gain)\b))")

# ("4.7 $\sim$ 71.3$\times$", and "4.7 sim 71.3times" where a conversion lost the backslash: a range)
_RANGE = re.compile(
    rf"(?P<a>{_NUM}){_NUM_END}(?P<ua>{_UNIT})?\s*(?:-|–|—|to|\$?\s*(?:~|\\?sim)\s*\$?)\s*(?:(?P<q>more than|over|up to|nearly|almost)\s+)?"
    rf"(?P<b>{_NUM}){_NUM_END}(?P<ub>{_UNIT})")
_BETWEEN = re.compile(rf"\bbetween\s+(?P<a>{_NUM}){_NUM_END}(?P<ua>{_UNIT})?\s+and\s+(?P<b>{_NUM})(?P<ub>{_UNIT})?")
_WITH_UNIT = re.compile(rf"(?P<a>{_NUM}){_NUM_END}(?P<u>{_UNIT})")
_POWER = re.compile(r"(?P<a>\d+)\s*\^\s*\{?\s*(?P<b>\d+)\s*\}?")
# "a $10^3\times$ speedup", "10^2-10^4 x faster": a power of ten as a ratio, and a range of them
_POWER_RANGE_TAIL = re.compile(r"\s*[-\u2013]\s*(?P<a>\d+)\s*\^\s*\{?\s*(?P<b>\d+)\s*\}?")
_TIMES_SIGN = re.compile(r"\s*(?:\\times|\u00d7|[xX](?![A-Za-z]))")
_FRACTION = re.compile(r"(?P<a>\d+)\s*/\s*(?P<b>\d+)(?![\d./])")
_MAGNITUDE = re.compile(rf"(?P<a>{_NUM}){_NUM_END}\s*(?:-\s*)?(?P<m>thousand|million|billion|trillion)\b", re.I)
_SUFFIXED = re.compile(rf"(?P<a>{_NUM}){_NUM_END}(?P<m>[KMBTkmbt])(?![A-Za-z\d])")
_PLAIN = re.compile(_NUM)
_VAGUE = re.compile(r"\b(?:(?P<lo>tens|hundreds)\s+(?:and\s+(?:even\s+)?)?)?(?P<hi>tens|hundreds|thousands)\s+of\s+"
                    r"(?P<m>thousands|millions|billions|trillions)\b", re.I)
_WORDS = re.compile(
    r"\b(?P<w>one|two|three|four|five|six|seven|eight|nine|ten|twenty|a hundred|hundred|a thousand)"
    r"(?:-|\s|(?=fold))(?P<u>fold|times)\b", re.I)  # ("fivefold", "tenfold": written as one word)
# "a threefold increase", "reduced by fourfold while ...", "tenfold lower cost": a ratio; "a twofold contribution",
# "a threefold framework for", "a fivefold range": an adjective of a noun that is no change counts parts
_FOLD_CHANGE = frozenset("increase increases increased decrease reduction reductions improvement improvements "
                         "gain gains speedup speed-up speedups acceleration boost rise drop growth expansion lower "
                         "higher faster slower fewer more less smaller larger greater better cut difference "
                         "differences "
                         # a measure right after it: "a novel LSTM with ten-fold throughput"
                         "throughput speed latency memory accuracy efficiency compression cost costs runtime".split())
_FOLD_FREE = frozenset("on in at for with while and or compared over than relative across when from to under per as "
                       "the its their using via after before on-device".split())
_NEXT_WORDS = re.compile(r"\s*([a-z][\w-]*)?\s*([a-z][\w-]*)?")


def _counts_parts(text: str, end: int) -> bool:
    """Whether the word-fold number ending at ``end`` is an adjective counting parts ("a twofold contribution")."""
    first, second = _NEXT_WORDS.match(text, end).groups()
    return first is not None and first not in _FOLD_CHANGE and first not in _FOLD_FREE and second not in _FOLD_CHANGE


_WORD_MAG = re.compile(r"\b(?P<w>one|two|three|four|five|six|seven|eight|nine|ten|a|several)\s+"
                       r"(?P<m>thousand|million|billion|trillion)\b", re.I)
_WORDY = ("fold", "times", "magnitude", "thousand", "million", "billion", "trillion")
_BARE_MAG = re.compile(r"(?<![\d\w])(?P<m>trillion|billion)[-\s](?=parameters?\b)", re.I)
# ("(?!\d)": a shorter reading of the first decimals is followed by a digit, never by the dash; rejected at once)
_PLAIN_RANGE = re.compile(r"(?P<a>\d\d*\.\d+)(?!\d)\s*[-–]\s*(?P<b>\d+\.\d+)(?![\d.%xX×])")
# "4-6 tokens per second", "10-15 FPS", "by 1-2 dB", "at 40-60ms": a range of whole numbers is a result when a rate,
# decibels or milliseconds follow it
_RATE_RANGE = re.compile(r"(?P<a>\d+)\s*[-–]\s*(?P<b>\d+)(?=\s+(?:(?:tokens?|frames?|steps?|samples?|images?|queries|"
                         r"requests)\s*(?:/s\b|per\s+sec(?:ond)?\b)|FPS\b|fps\b)|\s*(?:dB|ms)\b)")
# "x40.0 faster", "a speed-up of x15.11": the ratio sign written first
# (the look-behind sits after the sign, checking the character before it, so the search can skip to x signs)
_X_FIRST = re.compile(r"[xX×](?<![\w.].)(?P<a>\d+(?:\.\d+)?)(?![\w.]|\.\d)")
# "72,64%": a decimal comma (two decimals at most, so "1,000" stays a thousand)
# (the look-behind sits after the first digit, so the search can skip to digits)
_DEC_COMMA = re.compile(r"(?P<a>\d(?<![\d,.]\d)\d?),(?P<b>\d{1,2})(?=\s?\\?%)")
# "by over fifty points", "twenty percent"
_WORD_POINTS = re.compile(r"\b(?P<w>five|ten|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\s+"
                          r"(?P<u>percentage\s+points?|points?|percent|per\s+cent)\b", re.I)
# "it only takes five minutes to train": a duration written in words, read as the numeral would be (attach reads
# the same words as no baseline's name)
WORD_DURATION = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty)"
                 r"(?=\s+(?:seconds|minutes|hours|days)\b)")
_WORD_TIME = re.compile(r"\b(?P<w>" + WORD_DURATION + ")", re.I)
_TIME_WORDS = ("seconds", "minutes", "hours", "days")
# only as the time something took ("in three minutes", "takes five minutes", "under two minutes"), not a span of a
# setup ("across two days", "every four minutes", "videos averaging over two hours")
_TOOK_BEFORE = re.compile(r"\b(?:in|within|under|than|takes?|took|requires?|required|needs?|needed)\s+"
                          r"(?:only\s+|just\s+|about\s+|approximately\s+|around\s+|roughly\s+|under\s+|"
                          r"less\s+than\s+)?$", re.I)
_TWICE = re.compile(r"\btwice\b", re.I)
# "by a factor of 4", "by up to a factor of three": a ratio written out (the number is the claim's span); not "a
# scaling factor of 0.5", a setting
_FACTOR_QUALIFIER = r"(?:(?:up\s+to|about|over|nearly|almost|approximately|roughly|more\s+than)\s+)?"
_FACTOR = re.compile(r"\bby\s+" + _FACTOR_QUALIFIER + r"(?P<f>(?:an?\s+)?(?:average\s+)?factor\s+of\s+"
                     + _FACTOR_QUALIFIER + rf"[~$]?\s*(?:(?P<a>{_NUM})(?![\d,]|\.\d)"
                     r"(?![\s-]*(?:%|percent|times\b|x\b|×))"
                     r"|(?P<w>two|three|four|five|six|seven|eight|nine|ten|twenty|a hundred|hundred|a thousand)"
                     r"\b))", re.I)
_FACTOR_SETTING = re.compile(r"(?:sampl\w*|scal(?:ed|ing)|differs?|differed|differing|vary|varies|extend\w*)\s+$", re.I)
_ORDER = re.compile(r"\b(?P<w>an|one|two|three|four|five)\s+orders?\s+of\s+magnitude\b", re.I)
_HALVING = re.compile(r"\bhalv(?:ing|es|ed|e)\b", re.I)
_DOUBLING = re.compile(r"\bdoubl(?:ing|es|ed)\b", re.I)


_LATEX_WRAP = re.compile(r"\\(?:textbf|mathbf|textit|mathit|mathrm|text|emph|bm|boldsymbol|underline)\{([^{}]*)\}")
_ARROW_DEBRIS = re.compile(r"(?<=\d)(\s*\\?rightarrow\s*)(?=[\d.])")
# (not one joined to a range or a name: "$3$--$19$%", "top-$1$", "Pass@$1$" keep their dollars)
_MATH_NUMBER = re.compile(r"(?<![\\\-–$@^_])\$([+\-~]?\s*[\d.,]+\s*(?:\\?%)?)\$(?![\-–$])")
_LATEX_SIM = re.compile(r"\{\s*\\(?:sim|approx)\s*\}|\\(?:sim|approx)(?![A-Za-z])")


def delatex(text: str) -> str:
    r"""Blank LaTeX wrappers around numbers, keeping every offset: ``$\textbf{10}\times$`` reads as ``10 \times``.

    >>> delatex(r"$\mathbf{100}\times$ and ${\sim}30\%$")
    '$        100 \\times$ and $     ~30\\%$'
    >>> delatex(r"with $64$ samples, $+2.5$ points, \$200")
    'with  64  samples,  +2.5  points, \\$200'
    """
    text = untie(text)  # "1.2~dB": a tie, not "about"
    if "rightarrow" in text:  # "0.73rightarrow0.90": an arrow whose backslash was lost
        text = _ARROW_DEBRIS.sub(lambda m: " -> " + " " * (len(m.group(1)) - 4), text)
    if "$" in text:  # "$64$ sampling times", "$+2.5$ points": math mode round a bare number
        text = _MATH_NUMBER.sub(lambda m: " " + m.group(1) + " ", text)
    if "\\" not in text:
        return text
    text = _LATEX_WRAP.sub(lambda m: " " * (m.start(1) - m.start()) + m.group(1) + " ", text)
    return _LATEX_SIM.sub(lambda m: " " * (len(m.group(0)) - 1) + "~", text)


def _f(s: str) -> float:
    return float(s.replace(",", ""))


def _unit_of(u: str | None) -> tuple[str | None, str | None]:
    """Map a written unit to the guide's unit; second item is a metric named inside it.

    >>> _unit_of(" percentage points"), _unit_of("times"), _unit_of("%")
    (('pp', None), ('x', None), ('%', None))
    """
    if not u:
        return None, None
    t = u.strip().lower().replace("$", "").replace("\\", "").strip()
    if t.replace(" ", "").lstrip("+") in ("%", "percent"):
        return "%", None
    if t in ("x", "×", "times", "fold", "-fold") or t.endswith("fold"):
        return "x", None
    return "pp", None


_SIM_END = re.compile(r"(?:sim|approx|~)$")
_TIMES_BEFORE = re.compile(r"\d\s*\$?\s*(?:[xX×]|\\times)\s*\$?\s*$")
_TIMES_AFTER = re.compile(r"\s*\$?\s*(?:[xX×]|\\times)\s*\$?\s*\d")
_APPROX_END = re.compile(r"(?:\\?sim|\\?approx|~)\s*$")
# "392.54s", "0.44dB": a unit written against the number ("8GB", "24h" are mostly sizes of a setup: not read)
_GLUED_UNIT = re.compile(r"(?:ms|s|sec|dB[Am]?)\b")
_TO = re.compile(r"\sto\s")
_RANGE_CONTEXT = re.compile(
    r"(?:\branging\s+from|\brange\s+of|\bbetween|\bby|\bof|\bachiev\w*|\bprovid\w*|\boffer\w*)\s*(?:up\s+to\s*)?$")
_FROM_BEFORE = re.compile(r"\bfrom\b(?:[^;.]|\.\d)*$")
_POINTS_UNIT = re.compile(r"-?\s?(?:absolute\s+)?points?\b")
_GAIN_BEFORE = re.compile(r"(?:\bby|\bof|\bgains?|\+|\bimprov\w*|\bup to|\bover|\bthan|\baverage|\band|,)\s*$")
_POINTS_GAIN = re.compile(r"-?\s?(?:absolute\s+)?points?\s+(?:(?:average|absolute|relative)\s+)?"
                          r"(?:higher|better|more|improvements?|gains?|increases?|lower|drops?|gaps?|boosts?|over|above"
                          r"|on|in|of)\b")
_COUNTED_BEFORE = re.compile(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|a|several|hundreds|tens|"
                             r"thousands|of)\s*)$", re.I)
# a lone letter (not "a", "A" or "I", which are words) after a times sign: a matrix or kernel shape
_SHAPE_AFTER = re.compile(r"\s*\$?\s*[B-HJ-Zb-z](?![\w-]|\.\w)")  # (not "3x w.r.t.")
_TWICE_AFTER = re.compile(r"\s+(?:as|faster|higher|more|less|fewer|the|smaller|larger|lower)\b")


def _has_times(s: str) -> bool:
    """Cheap pre-check: ``_TIMES_BEFORE``/``_TIMES_AFTER`` need a times sign in the window."""
    return "x" in s or "X" in s or "×" in s or "\\times" in s


def _boundary_ok(text: str, start: int, end: int) -> bool:
    """A number glued to letters or digits on its left is part of a name (GPT-4, AIME24, Qwen3-8B, A100)."""
    if start > 0:
        c = text[start - 1]
        if c == "/" and start > 1 and text[start - 2] in "%xX×":
            return True  # "4.5x/2.7x": two numbers, not a fraction
        if c.isalnum() or c in "_@.^/\\":
            # "sim70%" and "approx70%" are LaTeX debris for "about", not names
            if not _SIM_END.search(text[max(0, start - 6):start]):
                return False
        if c == "-" and start > 1 and text[start - 2].isalnum():
            return False
        w = text[max(0, start - 14):start]
        if _has_times(w) and _TIMES_BEFORE.search(w):
            return False  # second side of "3 × 3"
        if c == ":" and start > 1 and text[start - 2].isdigit():
            return False  # "mAP@0.5:0.95": a metric's name
        if c == "," and start > 1 and text[start - 2].isdigit():
            return False  # "72,64%": a decimal comma we do not read
    return True


def _right_ok(text: str, end: int) -> bool:
    """A number glued to letters on its right (3D, 4o, 2nd) is not a quantity."""
    w = text[end:end + 14]
    if _has_times(w) and _TIMES_AFTER.match(w):
        return False  # "256x256", "$512\times512$": a resolution
    return end >= len(text) or not text[end].isalnum() or text[end] in "xX×%" or bool(
        _GLUED_UNIT.match(text, end))  # "0.44dB", "392.54s"


def find_numbers(text: str) -> list[NumberMention]:
    """Every number in ``text``, left to right, without overlaps.

    >>> [(m.surface, m.value, m.unit, m.form) for m in find_numbers("2^{13} envs, sim70% and 13.75 percentage points")]
    [('2^{13}', 8192.0, None, 'power'), ('sim70%', 70.0, '%', 'unit'), ('13.75 percentage points', 13.75, 'pp', 'unit')]
    """
    found: list[NumberMention] = []
    taken = bytearray(len(text) + 1)

    def add(m: NumberMention) -> None:
        if any(taken[m.start:m.end]):
            return
        found.append(m)
        for i in range(m.start, m.end):
            taken[i] = 1

    def approx_at(start: int) -> tuple[int, bool]:
        pre = text[max(0, start - 6):start]
        if "~" not in pre and "sim" not in pre and "approx" not in pre:
            return start, False  # the only signs _APPROX_END reads
        mm = _APPROX_END.search(pre)
        if mm and (len(pre) - mm.start()) <= 6:
            return start - (len(pre) - mm.start()), True
        return start, False

    low = text.lower()
    wordy = any(w in low for w in _WORDY)  # the word forms are rare: skip their regexes when no cue word is present
    for m in (_POWER.finditer(text) if "^" in text else ()):
        if _boundary_ok(text, m.start(), m.end()):
            value = float(int(m["a"]) ** min(int(m["b"]), 300))
            upper = _POWER_RANGE_TAIL.match(text, m.end())
            times = _TIMES_SIGN.match(text, upper.end() if upper else m.end())
            if times:
                least = value if upper else None
                if upper:
                    value = float(int(upper["a"]) ** min(int(upper["b"]), 300))
                add(NumberMention(m.start(), times.end(), text[m.start():times.end()], value, least, "x", "unit"))
            else:
                add(NumberMention(m.start(), m.end(), m.group(0), value, form="power"))
    for m in (_DEC_COMMA.finditer(text) if "," in text and "%" in text else ()):
        um = _WITH_UNIT.match(text, m.start("b"))
        if um:
            add(NumberMention(m.start(), um.end(), text[m.start():um.end()], float(f"{m['a']}.{m['b']}"), None, "%",
                              "unit"))
    for m in (_BETWEEN.finditer(text) if "between" in low else ()):
        ua, _ = _unit_of(m["ua"])
        ub, hint = _unit_of(m["ub"])
        lo, hi = _f(m["a"]), _f(m["b"])
        if lo < hi and (ua is None or ua == ub) and _boundary_ok(text, m.start("a"), m.end()) and _right_ok(text, m.end()):
            add(NumberMention(m.start("a"), m.end(), text[m.start("a"):m.end()], hi, lo, ub, "unit" if ub else "plain"))
    for m in _RANGE.finditer(text):
        if taken[m.start()] or not _boundary_ok(text, m.start(), m.end()):
            continue
        ua, _ = _unit_of(m["ua"])
        ub, hint = _unit_of(m["ub"])
        pre = text[max(0, m.start() - 100):m.start()]
        if _TO.search(m.group(0)) and not _RANGE_CONTEXT.search(pre) and (ub != "x" or _FROM_BEFORE.search(pre)):
            continue  # "from 57.50% to 71.25%", "from TTRL's 4.6% to 16.4%": a change, not a range
        if ua and ua != ub:
            continue
        lo, hi = _f(m["a"]), _f(m["b"])
        if lo >= hi:
            continue
        s, ap = approx_at(m.start())
        add(NumberMention(s, m.end(), text[s:m.end()].strip(), hi, lo, ub, "unit", ap, hint))
    for m in _WITH_UNIT.finditer(text):
        if taken[m.start()] or not _boundary_ok(text, m.start(), m.end()):
            continue
        unit, hint = _unit_of(m["u"])
        end = m.end()
        if unit == "x" and _SHAPE_AFTER.match(text, end):
            taken[m.start():end] = b"\x01" * (end - m.start())  # "$2\times m$": a shape, not a ratio
            continue
        if unit == "pp" and _POINTS_UNIT.match(m["u"]) and (
                m["u"].startswith("-") or not _GAIN_BEFORE.search(text[max(0, m.start() - 25):m.start()])):
            # "3 points" alone may be a count ("3 points in the plane"); keep it only after a gain word. "5-point"
            # modifies a noun, which must say it is a gain ("a 5-point gain", not "20-point skeletons")
            if not _POINTS_GAIN.match(text[m.end("a"):m.end("a") + 40]):
                continue
        s, ap = approx_at(m.start())
        add(NumberMention(s, end, text[s:end].strip(), _f(m["a"]), None, unit, "unit", ap, hint))
    for m in (_VAGUE.finditer(text) if wordy else ()):
        hi = {"tens": 10, "hundreds": 100, "thousands": 1000}[m["hi"].lower()]
        mag = {"thousands": 1e3, "millions": 1e6, "billions": 1e9, "trillions": 1e12}[m["m"].lower()]
        lo = {"tens": 10, "hundreds": 100}[m["lo"].lower()] * mag if m["lo"] else None
        add(NumberMention(m.start(), m.end(), m.group(0), hi * mag, lo, None, "magnitude", True))
    for m in (_MAGNITUDE.finditer(text) if wordy else ()):
        if _boundary_ok(text, m.start(), m.end()):
            add(NumberMention(m.start(), m.end(), m.group(0), _f(m["a"]) * MAGNITUDES[m["m"].lower()],
                              form="magnitude"))
    for m in (_WORD_MAG.finditer(text) if wordy else ()):
        w = m["w"].lower()
        if w != "several":
            add(NumberMention(m.start(), m.end(), m.group(0), float(WORD_NUMBERS.get(w, 1)) * MAGNITUDES[m["m"].lower()],
                              form="magnitude"))
    for m in (_BARE_MAG.finditer(text) if wordy else ()):
        if not _COUNTED_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
            add(NumberMention(m.start(), m.end() - 1, m.group(0)[:-1], MAGNITUDES[m["m"].lower()], form="magnitude"))
    ranges = (_PLAIN_RANGE.finditer(text), _RATE_RANGE.finditer(text)) if "-" in text or "–" in text else ()
    for m in itertools.chain.from_iterable(ranges):  # "0.16-0.64", "4-6 tokens per second"
        lo, hi = float(m["a"]), float(m["b"])
        if lo < hi and _boundary_ok(text, m.start(), m.end()) and _right_ok(text, m.end()):
            add(NumberMention(m.start(), m.end(), m.group(0), hi, lo, None, "plain"))
    for m in _SUFFIXED.finditer(text):
        if not taken[m.start()] and _boundary_ok(text, m.start(), m.end()):
            add(NumberMention(m.start(), m.end(), m.group(0), _f(m["a"]) * SUFFIX_MAGNITUDES[m["m"].lower()],
                              form="suffix"))
    for m in (_ORDER.finditer(text) if wordy else ()):
        n = {"an": 1, "one": 1}.get(m["w"].lower(), WORD_NUMBERS.get(m["w"].lower(), 1))
        add(NumberMention(m.start(), m.end(), m.group(0), float(10 ** n), None, "x", "word"))
    for m in (_WORDS.finditer(text) if wordy else ()):
        if m["u"].lower() == "fold" and _counts_parts(text, m.end()):
            continue
        add(NumberMention(m.start(), m.end(), m.group(0), float(WORD_NUMBERS[m["w"].lower()]), None, "x", "word"))
    for m in (_FACTOR.finditer(text) if "factor" in low else ()):
        end = m.end("f")
        if _FACTOR_SETTING.search(text, max(0, m.start() - 25), m.start()):
            continue  # "upsampled by a factor of two", "differs by a factor of two": a setting or a finding, no gain
        if _right_ok(text, end) and (m["w"] or _boundary_ok(text, m.start("a"), end)):
            value = _f(m["a"]) if m["a"] else float(WORD_NUMBERS[m["w"].lower()])
            add(NumberMention(m.start("f"), end, m["f"], value, None, "x", "unit" if m["a"] else "word"))
    for m in _X_FIRST.finditer(text):
        add(NumberMention(m.start(), m.end(), m.group(0), _f(m["a"]), None, "x", "unit"))
    for m in (_WORD_POINTS.finditer(text) if ("point" in low or "cent" in low) else ()):
        u = m["u"].lower()
        add(NumberMention(m.start(), m.end(), m.group(0), float(WORD_NUMBERS[m["w"].lower()]), None,
                          "%" if "cent" in u else "pp", "unit"))
    for m in (_WORD_TIME.finditer(text) if any(w in low for w in _TIME_WORDS) else ()):
        if _TOOK_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            add(NumberMention(m.start(), m.end(), m.group(0), float(WORD_NUMBERS[m["w"].lower()])))
    for m in (_TWICE.finditer(text) if "twice" in low else ()):
        if _TWICE_AFTER.match(text[m.end():m.end() + 9]):
            add(NumberMention(m.start(), m.end(), m.group(0), 2.0, None, "x", "word"))
    for m in (_HALVING.finditer(text) if "halv" in low else ()):
        add(NumberMention(m.start(), m.end(), m.group(0), 2.0, None, "x", "word", reduction_word=True))
    for m in (_DOUBLING.finditer(text) if "doubl" in low else ()):
        add(NumberMention(m.start(), m.end(), m.group(0), 2.0, None, "x", "word"))
    for m in (_FRACTION.finditer(text) if "/" in text else ()):
        a, b = int(m["a"]), int(m["b"])
        if _boundary_ok(text, m.start(), m.end()) and 0 < b and a <= b and b < 100000 and not (
                1900 <= a <= 2100 or 1900 <= b <= 2100):
            add(NumberMention(m.start(), m.end(), m.group(0), a / b, None, None, "fraction"))
    for m in _PLAIN.finditer(text):
        if not taken[m.start()] and _boundary_ok(text, m.start(), m.end()) and _right_ok(text, m.end()):
            mp = _METRIC_POINTS.match(text, m.end())
            if mp:  # "7 BLEU points": points of a named metric
                add(NumberMention(m.start(), mp.end(), text[m.start():mp.end()], _f(m.group(0)), None, "pp",
                                  "unit", False, mp.group(1)))
                continue
            s, ap = approx_at(m.start())
            add(NumberMention(s, m.end(), text[s:m.end()], _f(m.group(0)), None, None, "plain", ap))
    found.sort(key=lambda n: n.start)
    return [_signed(text, m) if m.start and text[m.start - 1] in MINUS_SIGNS else m for m in found]


def _signed(text: str, m: NumberMention) -> NumberMention:
    """A minus sign written right before a number is its sign ("a drop (-26%)", "BD-rate of -6.1%", "-1.7 pp"):
    the guide's value is the number as written. Not a hyphen after a word ("GPT-4"), a sign after "+/" ("+/-1.5",
    a spread), nor a dash between two numbers ("95.1% -96.3%", "layers 3 -5")."""
    s = m.start - 1
    if m.form not in ("unit", "plain") or m.value_min is not None or (s and text[s - 1] not in " \t\n([:;,="):
        return m
    if s > 1 and text[s - 1] == " " and text[s - 2] in "0123456789%xX×":
        return m
    return replace(m, start=s, surface=text[s:m.end], value=-m.value)
