"""One number grammar for all extractors: text -> :class:`Mention`.

Match first, convert second. A numeric *core* (digits, a fraction, or number
words) is found by one scan; the words around it (currency symbol, sign,
qualifier before; bid/ask tail, range, scale and unit after) are read with
small anchored patterns; then the value is converted once, here.

Years, dates, times of day, ordinals and numbers inside names ("G7",
"Group of 20", "Section 232") are not mentions of quantities and are skipped.
Every pattern is linear: no nested quantifiers over unbounded input.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import regex

from etl import lexicon as lx

_F = regex.VERBOSE | regex.IGNORECASE | regex.V0
_WORD_SPLIT = regex.compile(r"[-\s]+")  # "twenty-five" -> twenty, five
_DIGIT_END = regex.compile(r"\d\s?$", regex.REVERSE)
_BETWEEN_END = regex.compile(r"(?<![\w])between\s+\S*$", _F | regex.REVERSE)
_RANGING_FROM_END = regex.compile(r"(?<![\w])(?:ranging|range\s+of)\s+from\s+\S*$", _F | regex.REVERSE)  # "ranging from 2 to 3"
_FROM_END = regex.compile(r"(?<![\w])from\s+\S*$", _F | regex.REVERSE)
_COORD_GAP = regex.compile(r"[\w\s.-]{0,40}?,?\s*(?:or|and)\s*", _F)  # "... rose 3% and 5%"

_UNIT_WORDS = [w for w in lx.NUMBER_WORDS if w not in lx.TENS]
_ONES = [w for w in lx.NUMBER_WORDS if 1 <= lx.NUMBER_WORDS[w] <= 9]

#: the numeric core of a mention, in two patterns: figures, and numbers in words. One
#: pattern with both branches costs more than the two scans together (every position
#: would try both); a start holds at most one of them (a digit or a letter). Each names
#: the other's groups too, never matched, so a match reads the same either way.
DIGIT_CORE = regex.compile(
    r"""
    (?<![\w.,/:\\])                     # not glued to a word, a decimal, a date or time
    (?:
        (?P<mixed>\d{1,3})[-\s](?P<mn>\d{1,2})/(?P<md>2|3|4|8|16|32)(?![\d/])     # 7-3/4
      | (?P<fn>\d{1,2})/(?P<fd>2|3|4|8|16|32)(?![\d/])                             # 1/2
      | (?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]\d) | \d+(?:\.\d+)?)          # 1,125.9 | 0.25
    )
    (?:(?!)(?P<frac>)(?P<word>))?
    """,
    _F,
)
WORD_CORE = regex.compile(
    rf"""
    \b(?<![.,/:\\])                      # where a word starts, not after a decimal, date or time
    (?:
        (?P<frac>{lx.alternation(lx.FRACTION_WORDS)})                                # a third
      | (?<!-)(?P<word>{lx.alternation(lx.TENS, boundary=False)}(?:[-\s]{lx.alternation(_ONES, boundary=False)}(?![\w-]))?
              | {lx.alternation(_UNIT_WORDS, boundary=False)}(?![\w-]))              # twenty-five
    )
    (?:(?!)(?P<mixed>)(?P<mn>)(?P<md>)(?P<fn>)(?P<fd>)(?P<num>))?
    """,
    _F,
)
CORES = (DIGIT_CORE, WORD_CORE)


def _core_at(text: str, pos: int, hi: int) -> regex.Match[str] | None:
    """The numeric core starting exactly at pos, if any."""
    return DIGIT_CORE.match(text, pos, hi) or WORD_CORE.match(text, pos, hi)


_CUR_PREFIX = regex.compile(
    r"""(?:(?P<sym>US\$|U\.S\.\s?\$|NZ\$|HK\$|[CASRT]\$|\$|¥|￥|€|£|₩|₹)
         | (?<![\w])(?P<code>USD|EUR|JPY|GBP|CHF|CNY|Rs\.?|INR|KRW|CAD|AUD)\s)\s?$""",
    regex.VERBOSE | regex.V0 | regex.REVERSE,
)
_SIGN = regex.compile(r"(?:(?<![\w.,])(?P<sym>[-+−])|(?<![\w])(?P<word>minus|plus)\s+)$", _F | regex.REVERSE)
_QUALIFIER = {
    # anchored at the end and matched right to left (REVERSE): a failing position is rejected at once
    kind: regex.compile(lx.alternation(words) + r"\s*$", _F | regex.REVERSE)
    for kind, words in lx.QUALIFIERS.items()
}
_ANY_QUALIFIER = regex.compile("|".join(f"(?:{p.pattern})" for p in _QUALIFIER.values()), _F | regex.REVERSE)
_UP_TO_MOTION = regex.compile(lx.alternation(lx.UP_TO_MOTION_VERBS) + r"\s+up\s+to\s*$", _F | regex.REVERSE)
_UP_TO_END = regex.compile(r"(?<![\w])up\s+to\s*$", _F | regex.REVERSE)
_QUALIFIER_REACH = max(len(w) for ws in lx.QUALIFIERS.values() for w in ws) + 8  # the phrase and white space
_QUAL_AFTER = regex.compile(r"\s*(?:\+|or\s+(?P<more>more|higher|above)|or\s+(?P<less>less|lower|below))(?![\w])", _F)
_BIDASK_FULL = regex.compile(r"-(?P<full>\d{1,4}\.\d+)(?![\d/])(?![.,]\d)")
_BIDASK = regex.compile(r"(?P<sep>[/-])(?P<tail>\d{2,4})(?![\d/])(?![.,]\d)")
_SCALE = regex.compile(
    r"""(?:\s?-?\s?(?P<word>trillion|trln|tril|trn|tn|billion|bln|bn|million|mln|mn|thousand)(?![\w])
         | (?P<short>[mbk])(?![\w]))""",
    _F,
)
_PERCENT = regex.compile(r"\s?-?\s?(?P<u>%|％|pct|per\s?cent|per-cent|percen[a-z]?|pc(?=\s|$))(?![\w])", _F)
_POINTS = regex.compile(
    r"\s?-?\s?(?P<pp>percentage[\s-]points?|pct\s+points?|percent\s+points?)(?![\w])"
    r"|\s?-?\s?(?P<bp>basis[\s-]points?|bps|bp|bpts)(?![\w])",
    _F,
)
_CUR_WORD = regex.compile(r"\s?-?\s?(?P<w>" + lx.alternation(lx.CURRENCY_WORDS) + ")", _F)
_TABLE_ROW = regex.compile(r"[ \t]{2,}[-+]?\d", _F)  # a label, then a wide gap and a figure: a table row
_OTHER_UNIT = regex.compile(r"(?:\s|-)(?P<w>" + lx.alternation(lx.OTHER_UNITS) + ")", _F)


def _firsts(*words: str) -> frozenset[str]:
    """The characters (either case) a match of one of ``words`` can start with."""
    return frozenset(w[0].lower() for w in words) | frozenset(w[0].upper() for w in words)


# The unit patterns are tried in turn after every number, and most numbers have no unit
# or only one: each is tried only where its first character could be (a non-ASCII
# character is always tried: case folding there is the regex module's to decide).
_SCALE_FIRST = _firsts(*lx.SCALES)
_POINTS_FIRST = _firsts("percentage", "basis")
_PERCENT_FIRST = _firsts("%", "per")
_CUR_WORD_FIRST = _firsts(*lx.CURRENCY_WORDS)
_OTHER_UNIT_FIRST = _firsts(*lx.OTHER_UNITS)
_CUR_PREFIX_LAST = frozenset("$¥￥€£₩₹.s") | frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _may(ch: str, first: frozenset[str]) -> bool:
    return ch in first or not ch.isascii()


def _after_gap(seg: str, i: int) -> str:
    r"""The character after ``\s?-?\s?`` at seg[i] (the gap before a unit), or ""."""
    if seg[i:i + 1].isspace():
        i += 1
    if seg[i:i + 1] == "-":
        i += 1
    if seg[i:i + 1].isspace():
        i += 1
    return seg[i:i + 1]


def _may_currency_before(left: str) -> bool:
    r"""Whether ``_CUR_PREFIX`` can match at the end of ``left`` (a symbol or code, then at most two \s)."""
    tail = left[-3:]
    for ch in reversed(tail):
        if not ch.isspace():
            return ch in _CUR_PREFIX_LAST or not ch.isascii()
    return False


def _may_sign_before(left: str) -> bool:
    """Whether ``_SIGN`` can match at the end of ``left`` ("-", "+", "minus ", "plus ")."""
    last = left[-1:]
    if last in ("-", "+", "−") or not last.isascii():
        return True
    if not last.isspace():
        return False
    word_end = left.rstrip()[-1:]
    return word_end in ("s", "S") or not word_end.isascii()


_FRACTION_OF_A = regex.compile(r"\s+(?:of\s+)?an?(?=\s)", _F)  # "half a", "a quarter of a" before a unit
_RANGE_SEP = regex.compile(r"(?P<sep>\s?[-–]\s?|\s+to\s+|\s+and\s+)", _F)
_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
)
# end-anchored look-backs used only as yes/no: matched right to left (REVERSE), so a
# position that cannot end the string is rejected at once
_DATE_BEFORE = regex.compile(_MONTHS + r"\.?\s*(?:\d{1,2}\s*[-–]\s*)?$", _F | regex.REVERSE)
_DATE_AFTER = regex.compile(r"\s*(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTHS + r"(?![\w])", _F)
_ORDINAL = regex.compile(r"(?:st|nd|rd|th)(?![\w])", _F)
_ORDINAL_FIRST = frozenset("snrtSNRT")
_NAME_BEFORE = regex.compile(
    r"(?<![\w])(?:Group\s+of|Section|Article|Chapter|Title|Phase|No\.|Number|Rule|Form|Flight"
    r"|Route|Highway|Interstate|Windows|Boeing|Airbus|Model|Top|S&P|Nikkei|FTSE|DAX|CAC|Stoxx"
    r"|Russell|Fortune|Global|Forbes|Level|Tier|Stage|Round|Part|Item|Page|Vol\.?|Paragraph|Room|G|Q|H)[\s-]*$",
    _F | regex.REVERSE,
)
_HYPHEN_NAME = regex.compile(r"[A-Za-z][-]$", regex.REVERSE)
_TIME_AFTER = regex.compile(r"[:.]\d\d(?:\s*(?:a\.m\.|p\.m\.|am|pm|GMT|JST|EST|EDT|BST|CET|UTC|ET))?(?![\w])", _F)
_TIME_AMPM = regex.compile(r"\s*(?:a\.m\.|p\.m\.|am|pm|GMT|JST|EST|EDT|BST|CET|UTC)(?![\w])", _F)
_THE_END = regex.compile(r"(?<![\w])the\s+$", _F | regex.REVERSE)
_MARK_ENDS = regex.compile(
    r"\s*(?:[,.;:)]|$)|\s+(?:for|against|on|in|at|and|but|as|after|before|with|by|this|last|earlier|today|yesterday|again)(?![\w])", _F)
_HYPHEN_JOIN = regex.compile(r"-(?P<w>[A-Za-z]+)")

_RISE = regex.compile(lx.alternation(lx.RISE_WORDS), _F)
_FALL = regex.compile(lx.alternation(lx.FALL_WORDS), _F)
_DIR_NOUN = regex.compile(
    r"^(?:[\s-]*(?:on-quarter|on-year|annualized|annualised|annual|quarterly|year-on-year|real|nominal|net|[a-z]+-on-[a-z]+))*"
    r"[\s-]+(?P<w>rise|rises|increase|increases|gain|gains|growth|jump|advance|improvement|expansion|hike"
    r"|drop|drops|fall|falls|decline|declines|decrease|decreases|contraction|shrinkage|downturn|loss|slump|dip|cut|reduction|slide)(?![\w])",
    _F,
)
_CLAUSE_STOP = regex.compile(r"[,;:()\[\]\"“”]|(?<![\w])(?:and|but|while|whereas|which|compared|versus|vs\.?)(?![\w])", _F | regex.REVERSE)
_FROM = regex.compile(r"(?<![\w])(?:from|against|versus|compared|than)(?![\w])", _F)
_WORDS_BACK = regex.compile(r"[\w'’.-]+", _F)


@dataclass(frozen=True, slots=True)
class Mention:
    """One number stated in the text, scales applied, with its span."""

    start: int  #: start of the whole expression (currency, sign) in the document text
    end: int  #: end of the whole expression (unit)
    num_start: int  #: start of the numeric core
    num_end: int  #: end of the numeric core (bid/ask tail included)
    value: float
    unit: str  #: percent, percentage_point, basis_point, ISO 4217, count, other
    unit_text: str
    qualifier: str  #: exact, approx, at_least, at_most
    direction: str | None  #: up, down or None
    scale: float = 1.0
    scale_text: str = ""
    range_role: str | None = None  #: "low" / "high" for either end of a range
    bid_ask: bool = False
    signed: bool = False  #: the text wrote a sign (+, -, minus, plus)
    direction_noun: bool = False  #: direction read from a noun after the number ("a 0.7% drop")
    is_word: bool = False  #: written in words ("three", "a third")

    @property
    def is_money(self) -> bool:
        return len(self.unit) == 3 and self.unit.isupper()

    @property
    def in_hundredths(self) -> bool:
        """Written in hundredths of its currency ("66.20 U.S. cents", "87.95 pence"); the value is in the currency."""
        return self.is_money and self.unit_text.rsplit(None, 1)[-1].lower() in lx.MINOR_UNITS


def _core_value(m: regex.Match[str]) -> tuple[float, bool]:
    """Value of a core match and whether it was written in words."""
    if m.group("mixed"):
        return int(m.group("mixed")) + int(m.group("mn")) / int(m.group("md")), False
    if m.group("fn"):
        return int(m.group("fn")) / int(m.group("fd")), False
    if m.group("num"):
        return float(m.group("num").replace(",", "")), False
    if m.group("frac"):
        return lx.FRACTION_WORDS[" ".join(m.group("frac").lower().split())], True
    words = _WORD_SPLIT.split(m.group("word").lower())
    return float(sum(lx.NUMBER_WORDS[w] for w in words)), True


def _scaled(value: float, scale: float) -> float:
    """value times scale, as written: "$1.09 trillion" is 1.09e12, not 1090000000000.0001."""
    return value if scale == 1.0 else float(f"{value * scale:.15g}")


def _decimals(core: str) -> int:
    return len(core.split(".", 1)[1]) if "." in core else 0


def _direction(text: str, lo: int, start: int, end: int, hi: int) -> tuple[str | None, bool]:
    """The verb (or noun) of change that governs the number at text[start:end]: (direction, from a noun)."""
    before = text[max(lo, start - 80):start]
    # cut at the last clause boundary
    stop = _CLAUSE_STOP.search(before)  # matched right to left: the last one
    if stop:
        before = before[stop.end():]
    after = text[end:min(hi, end + 40)]
    m = _DIR_NOUN.match(after)
    if m:
        return ("up" if _RISE.fullmatch(m.group("w")) else "down"), True
    words = _WORDS_BACK.findall(before)[-6:]
    for i in range(len(words) - 1, -1, -1):
        kind = _word_kind(words[i])
        if kind == "digit":
            break
        if kind == "from":
            return None, False
        if kind:
            return kind, False
    return None, False


_KINDS: dict[str, str] = {}


def _word_kind(w: str) -> str:
    """What one word before a number says about its direction: "digit" (stop
    looking), "from" (a comparison: no direction), "up", "down" or ""."""
    got = _KINDS.get(w)
    if got is None:
        if any(ch.isdigit() for ch in w):
            got = "digit"
        elif _FROM.fullmatch(w):
            got = "from"
        elif _RISE.fullmatch(w):
            got = "up"
        elif _FALL.fullmatch(w):
            got = "down"
        else:
            got = ""
        if len(_KINDS) < 200_000:  # words repeat: a small memo, bounded for a long build
            _KINDS[w] = got
    return got


def _qualifier(before: str) -> str:
    # the cue ends where the number starts: only the last words can hold it (the
    # word-boundary look-behind still sees the characters before pos)
    pos = max(0, len(before) - _QUALIFIER_REACH)
    if not _ANY_QUALIFIER.match(before, pos):  # most numbers have none: one search instead of three
        return "exact"
    # the longest cue wins: "no more than" (at most) over the "more than" it ends with
    best: tuple[int, str] | None = None
    for kind in ("at_least", "at_most", "approx"):
        got = _QUALIFIER[kind].match(before, pos)
        if got and (best is None or got.start() < best[0]):
            best = (got.start(), kind)
    if best is None:
        return "exact"
    if best[1] == "at_most" and _UP_TO_MOTION.match(before, max(0, len(before) - 30)):
        return "exact"  # "edged up to 7.24": a move, not a cap
    return best[1]


def _read_tail(text: str, pos: int, hi: int, has_currency: bool, core_text: str, fraction: bool = False) -> tuple[int, dict[str, object]]:
    """Read bid/ask, scale and unit after a core ending at pos."""
    out: dict[str, object] = {"scale": 1.0, "scale_text": "", "unit": None, "unit_text": "", "bid_ask": False, "tail_len": 0}
    seg = text[pos:hi]
    i = 0
    if fraction:  # "half a percent", "a quarter of a percentage point"
        a = _FRACTION_OF_A.match(seg)
        if a and (_POINTS.match(seg, a.end()) or _PERCENT.match(seg, a.end())):
            i = a.end()
    m = _BIDASK.match(seg, i) if seg[i:i + 1] in ("/", "-") else None
    # "151.35/45"; with a hyphen only a tail as long as the decimals ("145.30-32 yen", Kyodo's style), not "2.5-3"
    # and "1,312/14 lire": a quote in whole units (lire, won) with a thousands comma
    whole = (m is not None and m.group("sep") == "/" and "," in core_text and "." not in core_text and len(m.group("tail")) == 2
             and bool(_CUR_WORD.match(seg, m.end())))  # only before a currency: "40,000/45,000 tonnes" is a range
    if m and (whole or _decimals(core_text) >= 2 and (
        len(m.group("tail")) <= _decimals(core_text) if m.group("sep") == "/" else len(m.group("tail")) == _decimals(core_text)
    )):
        out["bid_ask"] = True
        out["tail_len"] = m.end() - i
        i = m.end()
    elif _decimals(core_text) >= 2:
        # "150.95-151.05 yen": a quote whose two sides straddle a whole number, written in full (a spread of at
        # most 0.2%, with as many decimals: not a range such as "4.25-4.50%" or "1.8050-1.8150 marks")
        f = _BIDASK_FULL.match(seg, i) if seg[i:i + 1] == "-" else None
        if f and _decimals(f.group("full")) == _decimals(core_text):
            lo_v, hi_v = float(core_text.replace(",", "")), float(f.group("full"))
            if lo_v < hi_v <= lo_v * 1.002:
                out["bid_ask"] = True
                out["tail_len"] = f.end() - i
                i = f.end()
    c = _after_gap(seg, i)
    m = _SCALE.match(seg, i) if _may(c, _SCALE_FIRST) or _may(seg[i:i + 1], _SCALE_FIRST) else None
    if m and (m.group("word") or (m.group("short") and (has_currency or m.group("short").lower() == "k"))):
        w = (m.group("word") or m.group("short")).lower()
        out["scale"] = lx.SCALES[w]
        out["scale_text"] = w
        i = m.end()
        c = _after_gap(seg, i)
    m = _POINTS.match(seg, i) if _may(c, _POINTS_FIRST) else None
    if m:
        out["unit"] = "percentage_point" if m.group("pp") else "basis_point"
        out["unit_text"] = (m.group("pp") or m.group("bp")).strip()
        return pos + m.end(), out
    m = _PERCENT.match(seg, i) if _may(c, _PERCENT_FIRST) else None
    if m:
        out["unit"] = "percent"
        out["unit_text"] = m.group("u")
        j = m.end()
        return pos + j, out
    m = _CUR_WORD.match(seg, i) if _may(c, _CUR_WORD_FIRST) else None
    if m and "\n" in seg[i:m.start("w")] and _TABLE_ROW.match(seg, m.end()):
        m = None  # "OMAN  0.38495/05" then "STG  1.6180/90": the next row's label, not this figure's unit
    if m:
        w = m.group("w")
        code = lx.lookup(lx.CURRENCY_WORDS, w) or "other"
        # "marks" / "won" / "pound" are also common words: accept them only right
        # after the number or its scale, which is all this anchored match allows.
        out["unit"] = code
        out["unit_text"] = " ".join(w.split())
        return pos + m.end(), out
    sep = seg[i:i + 1]
    m = _OTHER_UNIT.match(seg, i) if (sep == "-" or sep.isspace() or not sep.isascii()) and _may(seg[i + 1:i + 2], _OTHER_UNIT_FIRST) else None
    if m:
        out["unit"] = "other"
        out["unit_text"] = m.group("w")
        return pos + m.end(), out
    return pos + i, out


def parse(text: str, lo: int = 0, hi: int | None = None) -> list[Mention]:
    """All mentions in text[lo:hi], in order. Offsets index ``text``."""
    hi = len(text) if hi is None else hi
    found: list[Mention] = []
    pos = lo
    nxt = [p.search(text, pos, hi) for p in CORES]  # the next core of each kind
    while True:
        for k, c in enumerate(nxt):
            if c is not None and c.start() < pos:  # overtaken by the last mention: look again
                nxt[k] = CORES[k].search(text, pos, hi)
        m = min((c for c in nxt if c is not None), key=lambda c: c.start(), default=None)
        if m is None:
            break
        pos = m.end()
        got = _mention_at(text, m, lo, hi)
        if got is None:
            continue
        for g in got:
            if g.in_hundredths:
                g = replace(g, value=round(g.value / 100, 12))  # "5 cts" is 0.05 dollars (rounded: not 0.8795000000000001)
            found.append(g)
            pos = max(pos, g.end)
    return _post(text, found, lo, hi)


def _mention_at(text: str, m: regex.Match[str], lo: int, hi: int) -> list[Mention] | None:
    s, e = m.span()
    core_text = m.group(0)
    try:
        value, is_word = _core_value(m)
    except ValueError:  # a digit of a script Python's float() cannot read: not a quantity we can give
        return None
    before = text[max(lo, s - 60):s]

    # --- not quantities: dates, times, ordinals, names, years ---------------
    # (each pattern is tried only where its first character could be: most numbers need none of them)
    num = m.group("num")
    nxt = text[e:e + 1]
    if num and nxt in _ORDINAL_FIRST and _ORDINAL.match(text, e):
        return None
    if num and nxt in ":." and "." not in core_text and value < 25 and _TIME_AFTER.match(text, e):
        if nxt == ":" or _TIME_AMPM.match(text, e + 3):
            return None
    if num and nxt == ":" and text[e + 1:e + 2].isdigit():
        return None
    if num and value <= 24 and "." not in core_text and _TIME_AMPM.match(text, e):
        return None
    if num and "." not in core_text and "," not in core_text and 1 <= value <= 31:
        if _DATE_BEFORE.match(before) or _DATE_AFTER.match(text, e):
            return None
    if num and _NAME_BEFORE.match(before) and not _CUR_PREFIX.match(before):
        return None
    if before[-1:] == "-" and _HYPHEN_NAME.match(before):
        return None

    # --- left context --------------------------------------------------------
    cur = None
    cur_text = ""
    start = s
    sign = 1.0
    signed = False
    left = before
    ms = _SIGN.match(left) if _may_sign_before(left) else None
    if ms:
        if ms.group("sym") or ms.group("word"):
            token = ms.group("sym") or ms.group("word").lower()
            sign = -1.0 if token in ("-", "−", "minus") else 1.0
            signed = True
            start = s - (len(left) - ms.start())
            left = left[: ms.start()]
    mc = _CUR_PREFIX.match(left) if _may_currency_before(left) else None
    if mc:
        tok = (mc.group("sym") or mc.group("code")).replace(" ", "")
        cur = lx.CURRENCY_SYMBOLS.get(tok) or lx.lookup(lx.CURRENCY_WORDS, tok) or (
            "INR" if tok.startswith("Rs") else None
        )
        cur_text = tok
        start = s - (len(before) - mc.start())
        left = left[: mc.start()]
        if not signed:
            ms2 = _SIGN.match(left) if _may_sign_before(left) else None
            if ms2 and (ms2.group("sym") or ms2.group("word")):
                token = ms2.group("sym") or ms2.group("word").lower()
                sign = -1.0 if token in ("-", "−", "minus") else 1.0
                signed = True
                start = s - (len(before) - ms2.start())
                left = left[: ms2.start()]
    # a bare "-" between two numbers is a range, not a sign
    if signed and ms and ms.group("sym") and _DIGIT_END.match(left):
        return None
    qualifier = _qualifier(left)

    # --- right context -------------------------------------------------------
    end, tail = _read_tail(text, e, hi, cur is not None, core_text, fraction=bool(m.group("frac")))
    num_end = e + (int(tail["tail_len"]) if tail["bid_ask"] else 0)  # type: ignore[call-overload]
    if tail["unit_text"] == "mark" and not tail["scale_text"] and _THE_END.search(before) and _MARK_ENDS.match(text, end, hi):
        # "past the 150 mark against the dollar", "above the 2400 mark for the first time": a round threshold; not
        # "the 1.80 mark level", "the 1,000 mark bonds" (Deutsche marks as a modifier)
        end, tail["unit"], tail["unit_text"] = num_end, None, ""
    unit = tail["unit"]
    unit_text = str(tail["unit_text"])
    scale = float(tail["scale"])  # type: ignore[arg-type]
    scale_text = str(tail["scale_text"])
    if cur is not None and unit in (None, "other"):
        unit, unit_text = cur, " ".join(x for x in (cur_text, scale_text) if x)
    elif cur is not None and unit not in ("percent", "percentage_point", "basis_point"):
        unit_text = " ".join(x for x in (cur_text, scale_text, unit_text) if x)
    elif scale_text:
        unit_text = " ".join(x for x in (scale_text, unit_text) if x)
    if unit is None:
        unit = "count"
    if end < hi and (text[end].isalnum() or text[end] == "_") and not tail["unit_text"]:
        return None  # glued to a word: "1e400", "2025Q1", "3D"

    # years and bare small integers written in words are not quantities
    if (
        m.group("num") and unit == "count" and not signed and scale == 1.0
        and "." not in core_text and "," not in core_text and 1800 <= value <= 2100
        and len(core_text) == 4
    ):
        return None
    if is_word and unit == "count" and scale == 1.0 and not signed and not _RANGE_SEP.match(text, end, hi) and (
        (value == 1 and not m.group("frac")) or (m.group("frac") or "").lower() == "half"
    ):
        return None  # "one official", "half the market": determiners, not quantities
    if m.group("num") and text[e:e + 1] == "/" and not tail["bid_ask"] and unit == "count":
        return None  # "1987/88", "7/9"

    mq = _QUAL_AFTER.match(text, end, hi)
    if mq and unit != "count" or (mq and text[end:end + 1] == "+"):
        if mq.group("more") or text[end:end + 1] == "+":
            qualifier = "at_least"
        elif mq.group("less"):
            qualifier = "at_most"

    v = _scaled(sign * value, scale)
    if not math.isfinite(v):
        return None
    if v == 0:
        v = 0.0  # no negative zero
    first = Mention(
        start=start, end=end, num_start=s, num_end=num_end, value=v, unit=str(unit),
        unit_text=unit_text, qualifier=qualifier, direction=None, scale=scale,
        scale_text=str(tail["scale_text"]), bid_ask=bool(tail["bid_ask"]), signed=signed,
        is_word=is_word,
    )
    # --- "1.8%-2.3%": two percentages, each with its own unit, as "1.8% to 2.3%" is; the hyphen is no minus -----
    if unit == "percent" and end + 1 < hi and text[end] in "-–" and (m2 := _core_at(text, end + 1, hi)) and m2.group("num"):
        second = _mention_at(text, m2, end + 1, hi)  # (read from after the hyphen: no sign)
        if second and len(second) == 1 and second[0].unit == "percent":
            return [first, second[0]]
    # --- ranges: "10-15%", "between 140 and 150 yen", "1.5 to two pct" -------
    rng = _RANGE_SEP.match(text, end, hi) if unit == "count" and scale == 1.0 else None
    if rng:
        m2 = _core_at(text, rng.end(), hi)
        sep = rng.group("sep").strip().lower()
        between = bool(_BETWEEN_END.match(before))
        from_change = bool(_FROM_END.match(before)) and not _RANGING_FROM_END.match(before)
        ok_sep = (sep in ("-", "–") and rng.group("sep") in ("-", "–")) or (sep == "to" and not from_change) or (
            sep == "and" and between
        )
        if m2 and ok_sep:
            second = _mention_at(text, m2, lo, hi)
            # (a range rises: "150.10 to one dollar" is a rate per unit, not a range down to one)
            rises = second is not None and bool(second) and abs(second[0].value) / second[0].scale > value
            if rises and (second and len(second) == 1 and second[0].unit != "count" or (
                    second and sep != "and" and second[0].unit == "count" and sep in ("-", "–"))):
                b = second[0]
                a = replace(
                    first, end=end, value=_scaled(sign * value, b.scale), unit=b.unit,
                    unit_text=b.unit_text, scale=b.scale, scale_text=b.scale_text, range_role="low",
                    qualifier=qualifier if qualifier != "exact" else b.qualifier,
                )
                return [a, replace(b, range_role="high")]
    return [first]


def _post(text: str, ms: list[Mention], lo: int, hi: int) -> list[Mention]:
    """Directions, and units/scales inherited across an elided list."""
    out: list[Mention] = []
    for mm in ms:
        cap = _UP_TO_END.match(text, max(lo, mm.start - 12), mm.start) if mm.qualifier == "at_most" else None
        # "of up to 30%": the "up" of a cap is no verb of change; read the words before it
        d, noun = _direction(text, lo, cap.start() if cap else mm.start, mm.end, hi)
        if noun:
            mm = replace(mm, direction_noun=True)
        if d is None and out:
            prev = out[-1]
            gap = text[prev.end:mm.start]
            if prev.direction and _COORD_GAP.fullmatch(gap):
                d = prev.direction
        # "$1,079.3" after "$1,125.9 trillion": the scale is elided
        if mm.is_money and mm.scale == 1.0 and out and not mm.is_word:
            for prev in reversed(out):
                if prev.unit == mm.unit and prev.scale > 1.0:
                    ratio = abs(mm.value) / max(abs(prev.value) / prev.scale, 1e-12)
                    if 0.2 <= ratio <= 5:
                        mm = replace(mm, value=_scaled(mm.value, prev.scale), scale=prev.scale)
                    break
        # "up 0.6 pct (April/June revised 0.5 rise)": the percent is elided
        if mm.unit == "count" and mm.direction_noun and "." in text[mm.num_start:mm.num_end] and any(p.unit == "percent" for p in out):
            mm = replace(mm, unit="percent", unit_text="")
        # "51.46 billion" after "51.73 billion dlrs": the currency is elided
        if mm.unit == "count" and mm.scale > 1.0 and out:
            for prev in reversed(out):
                if prev.is_money:
                    mm = replace(mm, unit=prev.unit)
                    break
        out.append(replace(mm, direction=d) if d != mm.direction else mm)
    return out
