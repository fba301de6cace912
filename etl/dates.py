"""Time expressions in a sentence, resolved against the article's date.

"May 16", "last month", "the first quarter", "January-March", "fiscal 2025",
"FY2025/26", "1987/88", "on Tuesday", "yesterday", "the previous quarter" ...
each becomes a :class:`When` with a granularity and an ISO-style value.
With no ``published`` date, anything that needs it stays unresolved (None),
never guessed from the build date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import regex

from etl import lexicon as lx

_F = regex.VERBOSE | regex.IGNORECASE | regex.V0

MONTHS: dict[str, int] = {}
for _i, _names in enumerate(
    (("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
     ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sept", "sep"),
     ("october", "oct"), ("november", "nov"), ("december", "dec")),
    start=1,
):
    for _n in _names:
        MONTHS[_n] = _i
WEEKDAYS = {d.lower(): i for i, d in enumerate(lx.WEEKDAY_NAMES)}
ORDINAL_Q = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4, "last": 4}

_MON = "(?:" + "|".join(lx.MONTH_NAMES + lx.MONTH_SHORT) + ")"
_MON_NOMAY = _MON.replace("|May|", "|")

_FISCAL_WORD = regex.compile(r"fiscal|financial", regex.IGNORECASE)
PATTERNS: list[tuple[str, regex.Pattern[str]]] = [
    # quarters -------------------------------------------------------------
    ("q_span", regex.compile(
        rf"(?<![\w])(?:from\s+)?(?P<m1>{_MON})\.?\s*(?:-|–|/|to|through)\s*(?P<m2>{_MON})\.?(?:\s+(?:quarter|period))?(?:,?\s+(?:of\s+)?(?P<year>(?:19|20)\d\d))?(?![\w])", _F)),
    ("q_ord", regex.compile(
        r"(?<![\w])(?:(?P<year0>(?:19|20)\d\d)(?:['’]s)?\s+)?(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+(?:quarters?|qtr\b\.?)(?:,?\s+(?:of\s+)?(?P<year>(?:19|20)\d\d)|\s+(?:of\s+)?(?P<rel>this|last|next)\s+year|\s+of\s+(?P<rel>the)\s+year)?(?![\w])", _F)),
    # "in the second quarter, slowing from 5.4% in the first": an ordinal with its "quarter" left out (kept only
    # in a sentence that names a quarter)
    ("q_elided", regex.compile(
        r"(?<=(?<![\w])(?:in|from|for|than|over)\s+)the\s+(?P<ord>first|second|third|fourth)(?=\s*[,.;)]|\s*$"
        r"|\s+(?:and|but|while|after|from|than|when|as|or)(?![\w]))", _F)),
    ("q_code", regex.compile(r"(?<![\w])(?:Q(?P<q>[1-4])\s*(?P<year>(?:19|20)\d\d)?|(?P<year2>(?:19|20)\d\d)\s*Q(?P<q2>[1-4]))(?![\w])", _F)),
    ("q_months", regex.compile(
        rf"(?<![\w])(?:the\s+)?(?P<which>first|final|last)?\s*three\s+months\s+(?:(?:to|through|ended|ending|until)\s+(?:end[\s-]+)?(?P<mon>{_MON})(?:\s+(?P<year>(?:19|20)\d\d))?|of\s+(?:(?P<year2>(?:19|20)\d\d)|the\s+year|this\s+year))(?![\w])"
        # "the quarter to September", "the quarter ended June 30, 1986"; "the June quarter", "the 1986 December quarter"
        rf"|(?<![\w])(?:the\s+)?quarter\s+(?:to|through|ended|ending)\s+(?P<mon>{_MON})\.?(?:\s+\d{{1,2}})?(?:,?\s+(?P<year>(?:19|20)\d\d))?(?![\w])"
        # "the year to June", "the 12 months to September": the four quarters to that one, told of it (year on year)
        rf"|(?<![\w])(?<!(?:fiscal|financial)\s+)(?:the\s+)?(?:year|12\s+months|twelve\s+months)\s+(?:to|through)\s+(?:end[\s-]+)?(?P<mon>{_MON})\.?(?:,?\s+(?P<year>(?:19|20)\d\d))?(?![\w])"
        r"|(?<![\w])(?:(?P<year>(?:19|20)\d\d)\s+)?(?P<mon>March|June|September|December|Mar|Jun|Sept|Sep|Dec)\.?\s+quarter(?:,?\s+(?:of\s+)?(?P<year>(?:19|20)\d\d))?(?![\w])", _F)),
    # "the current quarter", "next quarter", "last quarter" (not "the last quarter of 2024", not "the last quarter")
    ("q_rel", regex.compile(
        r"(?<![\w])(?:(?:the\s+)?(?P<rel>this|current|next|coming)|(?<!the\s)(?P<last>last))\s+quarter(?!\s+of)(?![\w])", _F)),
    # "the year-earlier quarter", "a year ago": the same time a year before (what is a quarter's is the reader's)
    ("q_yago", regex.compile(
        r"(?<![\w])(?:the\s+)?year[\s-](?:earlier|ago)\s+(?:quarter|period|three\s+months)(?![\w])"
        # "the same quarter last year", "the same period of the previous year": a year before the sentence's own
        r"|(?<![\w])the\s+same\s+(?:quarter|period|three\s+months)\s+(?:of\s+|in\s+)?(?:last\s+year|the\s+(?:previous|prior|preceding)\s+year)(?![\w])"
        r"|(?<!(?:same|quarter|period|months|level|rate)\s+)(?<![\w])a\s+year\s+(?:earlier|ago|before)(?![\w])", _F)),
    ("q_prev", regex.compile(
        r"(?<![\w])(?:the\s+)?(?:previous|preceding|prior|last)\s+(?:quarter|three\s+months|survey)|three\s+months\s+(?:earlier|ago|before|prior)|(?:a|the)\s+quarter\s+(?:earlier|before)(?![\w])", _F)),
    # fiscal years and years ----------------------------------------------------------
    ("fy", regex.compile(
        r"(?<![\w])(?:fiscal\s+(?:year\s+)?|FY\s?)(?P<y>(?:19|20)\d\d)(?:/(?P<y2>\d\d(?:\d\d)?))?(?![\w])", _F)),
    ("fy_slash", regex.compile(r"(?<![\w/])(?P<y>(?:19|20)\d\d)/(?P<y2>\d\d)(?![\w/])", _F)),
    ("fy_ending", regex.compile(
        # (without "fiscal", only "the year ending June 30": "the year to March" is a year-on-year span)
        rf"(?<![\w])(?:(?:the\s+)?(?:current\s+)?(?:fiscal|financial)\s+year\s+(?:that\s+)?(?:ending|(?P<ended>ended)|ends|to|through|until|till)|the\s+(?:current\s+)?year\s+(?:ending|(?P<ended>ended)))"
        rf"\s+(?:in\s+)?(?:(?P<last>last\s+)|(?P<nxt>next\s+))?(?P<mon>{_MON})"
        rf"(?:\s+\d{{1,2}})?(?:,?\s+(?P<year>(?:19|20)\d\d)|\s+(?P<rel>this|next)\s+year)?", _F)),
    # "the fiscal year beginning next month", "the financial year starting in April": the year that starts then
    ("fy_begin", regex.compile(
        rf"(?<![\w])(?:the\s+)?(?:new\s+)?(?:fiscal|financial)\s+year\s+(?:that\s+)?(?:beginning|starting|begins|starts|began|started|which\s+begins)\s+"
        rf"(?:(?P<next>next\s+month)|(?:in\s+)?(?P<mon>{_MON})(?:\s+\d{{1,2}})?(?:,?\s+(?P<year>(?:19|20)\d\d))?)", _F)),
    ("fy_rel", regex.compile(r"(?<![\w])(?P<rel>this|current|next|last|previous)\s+fiscal\s+year(?![\w])", _F)),
    # dates ----------------------------------------------------------------------
    ("md", regex.compile(
        rf"(?<![\w])(?P<mon>{_MON})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{{1,2}})?(?:,?\s+(?P<year>(?:19|20)\d\d))?(?![\d])", _F)),
    ("dm", regex.compile(
        rf"(?<![\w])(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MON})\.?,?(?:\s+(?P<year>(?:19|20)\d\d))?(?![\w])", _F)),
    ("rel_day", regex.compile(
        r"(?<![\w])(?:(?P<yest>yesterday|last\s+night|overnight)|(?P<today>today|tonight|this\s+morning|this\s+afternoon)"
        r"|(?P<prev>the\s+previous\s+day|the\s+day\s+before|a\s+day\s+earlier)|(?P<same>that\s+day|the\s+same\s+day|earlier\s+in\s+the\s+session))(?![\w])", _F)),
    ("weekday", regex.compile(
        r"(?<![\w])(?:(?P<last>last)\s+|(?P<next>next|coming|this\s+coming)\s+)?(?P<wd>" + "|".join(lx.WEEKDAY_NAMES) + ")"
        r"(?:(?P<lw>\s+(?:of\s+)?last\s+week)(?![\w]))?(?![\w])", _F)),  # ("on Monday last week")
    # months ------------------------------------------------------------------------
    ("m_relyear", regex.compile(
        rf"(?<![\w])(?:(?:early|mid|late|end)[\s-]+)?(?P<mon>{_MON})\.?\s+(?:of\s+)?(?P<rel>last|this|next)\s+year(?![\w])", _F)),
    # "from next April", "last March", "this coming June": the nearest such month after (before) the article's
    # (not "last May 16", a day; not "next May's election", whose month the reader needs the event for)
    ("m_next", regex.compile(
        rf"(?<![\w])(?P<rel>next|last|this\s+coming|coming)\s+(?P<mon>{_MON})\.?(?!\.?\s*\d)(?![\w'’])", _F)),
    ("my", regex.compile(rf"(?<![\w])(?:(?:early|mid|late|end)[\s-]+)?(?P<mon>{_MON})\.?,?\s+(?P<year>(?:19|20)\d\d)(?![\w])", _F)),
    ("m_rel", regex.compile(
        r"(?<![\w])(?:(?P<last>last\s+month|a\s+month\s+(?:ago|earlier))|(?P<this>this\s+month)|(?P<next>next\s+month)|(?P<prev>the\s+(?:previous\s+month|month\s+before|prior\s+month)|a\s+month\s+before))(?![\w])", _F)),
    # "by the end of the year", "the end of next year", "the end of 2026", "year-end", "end-2026": the year's last month
    ("m_end", regex.compile(
        r"(?<![\w])(?:(?:by\s+)?(?:the\s+)?end\s+of\s+(?:(?:the|this|(?P<next>next))\s+year|(?P<y>(?:19|20)\d\d))"
        r"|year[\s-]end(?:\s+(?P<y2>(?:19|20)\d\d))?|end[\s-](?P<y3>(?:19|20)\d\d)"
        # "by the end of the month", "month-end": the month the article is in (or the next one)
        r"|(?P<month>(?:the\s+)?end\s+of\s+(?:the|this|(?P<nextm>next))\s+month|month[\s-]end))(?![\w])", _F)),
    ("m_prep", regex.compile(
        rf"(?<![\w])(?:(?P<prep>in|since|from|for|of|by|at|until|during|through|to|early|late|end|mid)[\s-]+(?:(?:early|mid|late)[\s-]+)?(?P<mon>{_MON})|(?P<mon2>{_MON_NOMAY})|\((?P<mon3>{_MON})\))\.?(?![\w])", _F)),
    # years -------------------------------------------------------------------------
    # "the full year": the year the article is reporting on (relative: the reader resolves it; value is the article's year)
    # "the growth rate for the year": the year reported on, as "the full year"
    ("y_full", regex.compile(
        r"(?<![\w])(?:the\s+)?(?:full|whole|entire)[\s-]+(?:(?:fiscal|financial)[\s-]+)?year(?![\w])"
        r"|(?<![\w])the\s+(?:(?:fiscal|financial)\s+)?year\s+as\s+a\s+whole(?![\w])"  # "growth for the year as a whole"
        r"|(?<=(?<![\w])for\s)the\s+(?:fiscal|financial)\s+year(?![\w-]|\s+(?:before|earlier|ago|to|ended|ending|ends|through|until|as|in|of"
        r"|beginning|starting|begins|starts|began|started|which|that)(?![\w]))"
        r"|(?<=(?<![\w])for\s)the\s+year(?![\w-]|\s+(?:before|earlier|ago|to|ended|ending|ends|through|until|as|in|of)(?![\w]))", _F)),
    ("y_rel", regex.compile(r"(?<![\w])(?P<rel>this|last|next|the\s+current)\s+year(?![\w])", _F)),
    # "after 1.1 pct the year before", "in the preceding year": a year before the one the sentence is about
    # (relative: the reader resolves it; value is the year before the article's)
    ("y_prev", regex.compile(
        r"(?<![\w])(?:the\s+(?:previous|preceding|prior)\s+year|the\s+year\s+(?:before|earlier)(?!\s+last))(?![\w-])", _F)),
    ("y", regex.compile(r"(?<![\w$])(?<!\d[.,])(?P<y>(?:19|20)\d\d)(?:'s)?(?![\w/%]|\.\d)", _F)),
]

@dataclass(frozen=True, slots=True)
class When:
    start: int
    end: int
    gran: str  #: day, month, quarter, year
    value: str | None  #: "2025-05-16", "2025-04", "2025Q1", "2025"; None when unresolved
    kind: str  #: the pattern that read it
    fiscal: bool = False
    relative: bool = False  #: "previous quarter", "the day before": relative to a referent



_BY_END = regex.compile(r"(?<![\w])by\s+(?:the\s+)?(?:end|middle|start|beginning)[\s-]+$", _F)


def _nearest_year(month: int, day: int, pub: dt.date) -> int:
    """The year that puts a day named without one nearest to the article's date (a day is as often one to come,
    an effective date or a deadline, as one past)."""
    best = pub.year
    best_gap = None
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            d = dt.date(y, month, min(day, 28))
        except ValueError:
            continue
        gap = abs((d - pub).days)
        if best_gap is None or gap < best_gap:
            best, best_gap = y, gap
    return best


def _month_year(month: int, pub: dt.date) -> int:
    """The year of a month named without one: within the twelve months from eight months before the article's
    month to three after it. News names recent months past (data, events) more often than months to come: in a
    September article "February" is this year's, "December" this year's, "January" this year's; in a January
    article "December" is last year's, "March" this year's."""
    ahead = (month - pub.month) % 12
    if ahead <= 3:
        return pub.year + (1 if month < pub.month else 0)
    return pub.year - (1 if month > pub.month else 0)


def _quarter_before(pub: dt.date, q: int) -> int:
    """The year of the latest quarter q that has started by pub."""
    y = pub.year
    start = dt.date(y, 3 * (q - 1) + 1, 1)
    return y if start <= pub else y - 1


def shift_quarter(value: str, n: int) -> str:
    y, q = int(value[:4]), int(value[5])
    idx = y * 4 + (q - 1) + n
    return f"{idx // 4}Q{idx % 4 + 1}"


def shift_month(value: str, n: int) -> str:
    y, m = int(value[:4]), int(value[5:7])
    idx = y * 12 + (m - 1) + n
    return f"{idx // 12:04d}-{idx % 12 + 1:02d}"


def find(text: str, lo: int, hi: int, pub: dt.date | None) -> list[When]:
    """All time expressions in text[lo:hi], longest first where they overlap."""
    found: list[When] = []
    taken: list[tuple[int, int]] = []
    anchors: list[str] = []  # quarters written with their year
    explicit: set[int] = set()  # ... and where they start
    yearless: set[int] = set()  # where months and days named without a year start
    for kind, pat in PATTERNS:
        for m in pat.finditer(text, lo, hi):
            s, e = m.span()
            if e - s == 0 or any(a < e and s < b for a, b in taken):
                continue
            w = _resolve(kind, m, pub)
            if w is None:
                continue
            found.append(When(s, e, *w))
            taken.append((s, e))
            if kind == "m_prep" or (kind in ("md", "dm") and not m.groupdict().get("year")):
                yearless.add(s)
            if w[0] == "quarter" and w[1] and any(m.groupdict().get(n) for n in ("year", "year0", "year2")):
                anchors.append(w[1])
                explicit.add(s)
    if not any(w.gran == "quarter" and w.kind != "q_elided" for w in found):
        found = [w for w in found if w.kind != "q_elided"]  # "the first" names a quarter only beside one
    found.sort(key=lambda w: w.start)
    # "spent ... in 2024, first stepping in when the dollar hit 160.245 yen in late April": a month or day named without
    # its year after a year the sentence is set in ("in 2024", not "since 2008") is of that year
    set_in = [w for w in found if w.kind == "y" and w.value and _IN_YEAR_BEFORE.search(text, max(lo, w.start - 10), w.start)]
    if set_in and pub is not None:
        found = [_in_year(w, set_in) if w.start in yearless else w for w in found]
    if anchors:
        ahead = pub is not None and anchors[0] >= f"{pub.year}Q{(pub.month - 1) // 3 + 1}"
        found = [w if w.start in explicit else _near_anchor(w, anchors[0], ahead) for w in found]
    return found


_IN_YEAR_BEFORE = regex.compile(r"(?<![\w])(?:in|during|for|through|throughout)\s+(?:early\s+|late\s+|mid-?)?$", _F)


def _in_year(w: When, set_in: list[When]) -> When:
    """A month or day without its year, after a year the sentence is set in: that year's."""
    year = [y for y in set_in if y.end <= w.start]
    if not year or not w.value or w.value[:4] == year[-1].value:
        return w
    value = str(year[-1].value) + w.value[4:]
    if w.gran == "day":
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return w  # (February 29 of a year without one)
    return When(w.start, w.end, w.gran, value, w.kind, w.fiscal, w.relative)


_ORDINAL_QUARTER_KINDS = ("q_ord", "q_span", "q_code", "q_elided")


def _near_anchor(w: When, anchor: str, ahead: bool = False) -> When:
    """A quarter named without its year, in a sentence that names another with one ("in the
    1986 fourth quarter ... versus 4.6 pct in the third quarter"), is the one nearest it. Two
    quarters away either side, it is the earlier one, unless the dated quarter has not ended
    when the article appears (``ahead``): a sentence about quarters to come ("will grow 1.5 pct
    in the first quarter of 1987 ... and 4.5 pct in the third quarter") goes on forward."""
    if w.kind not in _ORDINAL_QUARTER_KINDS or not w.value or w.value[5] == anchor[5]:
        return w  # "the second quarter against the 1986 second quarter": another year, as the article's date says
    q = int(w.value[5])
    ay = int(anchor[:4])
    options = [f"{y}Q{q}" for y in (ay - 1, ay, ay + 1)]
    dist = {o: abs((int(o[:4]) * 4 + q) - (ay * 4 + int(anchor[5]))) for o in options}
    best = min(options, key=lambda o: (dist[o], o if not ahead else -int(o[:4])))  # a tie: the earlier, or ahead the later
    return w if best == w.value else When(w.start, w.end, w.gran, best, w.kind, w.fiscal, w.relative)


def _y(m: regex.Match[str], *names: str) -> int | None:
    for n in names:
        g = m.groupdict().get(n)
        if g:
            return int(g)
    return None


def _resolve(kind: str, m: regex.Match[str], pub: dt.date | None) -> tuple[str, str | None, str, bool, bool] | None:
    g = m.groupdict()
    if kind == "q_span":
        m1, m2 = MONTHS[g["m1"].lower().rstrip(".")], MONTHS[g["m2"].lower().rstrip(".")]
        if (m2 - m1) % 12 != 2 or m1 not in (1, 4, 7, 10):
            return None
        q = (m1 - 1) // 3 + 1
        y = _y(m, "year") or (_quarter_before(pub, q) if pub else None)
        return ("quarter", f"{y}Q{q}" if y else None, kind, False, False)
    if kind == "q_ord":
        if g["ord"].lower() == "last" and not (g.get("year") or g.get("year0") or g.get("rel")):
            return None  # "last quarter" is the quarter before the article's (q_rel), not the fourth
        q = ORDINAL_Q[g["ord"].lower()]
        y = _y(m, "year0", "year")
        if y is None and g.get("rel") and pub:
            y = pub.year + {"this": 0, "the": 0, "last": -1, "next": 1}[g["rel"].lower()]
        if y is None and pub:
            y = _quarter_before(pub, q)
        return ("quarter", f"{y}Q{q}" if y else None, kind, False, False)
    if kind == "q_elided":
        q = ORDINAL_Q[g["ord"].lower()]
        return ("quarter", f"{_quarter_before(pub, q)}Q{q}" if pub else None, kind, False, False)
    if kind == "q_code":
        q = int(g["q"] or g["q2"])
        y = _y(m, "year", "year2") or (_quarter_before(pub, q) if pub else None)
        return ("quarter", f"{y}Q{q}" if y else None, kind, False, False)
    if kind == "q_months":
        if g.get("mon"):
            mon = MONTHS[g["mon"].lower().rstrip(".")]
            y = _y(m, "year") or (_quarter_before(pub, (mon - 1) // 3 + 1) if pub else None)  # the latest such quarter begun
            if y is None or mon % 3:  # (three months to October, August to October, are no calendar quarter)
                return ("quarter", None, kind, False, False)
            return ("quarter", f"{y}Q{(mon - 1) // 3 + 1}", kind, False, False)
        y = _y(m, "year2") or (pub.year if pub else None)
        q = 4 if (g.get("which") or "").lower() in ("final", "last") else 1
        return ("quarter", f"{y}Q{q}" if y else None, kind, False, False)
    if kind in ("q_prev", "q_yago"):
        return ("quarter", None, kind, False, True)
    if kind == "q_rel":  # "the current quarter", "next quarter": the article's own quarter, or the one after
        if not pub:
            return ("quarter", None, kind, False, False)
        here = f"{pub.year}Q{(pub.month - 1) // 3 + 1}"
        n = -1 if g.get("last") else (1 if g["rel"].lower() in ("next", "coming") else 0)
        return ("quarter", shift_quarter(here, n), kind, False, False)
    if kind == "fy":
        return ("year", g["y"], kind, True, False)
    if kind == "fy_slash":
        y1, y2 = int(g["y"]), int(g["y2"])
        if (y1 + 1) % 100 != y2:
            return None
        return ("year", str(y1), kind, True, False)
    if kind == "fy_ending":
        mon = MONTHS[g["mon"].lower().rstrip(".")]
        y = _y(m, "year")
        if y is None and pub and g.get("rel"):
            y = pub.year + (1 if g["rel"].lower() == "next" else 0)  # "the financial year ending June this year"
        elif y is None and pub and g.get("nxt"):
            # "ending next March": in September, the coming one; a month that is near ("next September" in August) is
            # next year's (the near one would be "this September")
            y = pub.year + 1 if mon <= pub.month + 1 else pub.year
        elif y is None and pub and g.get("last"):
            y = pub.year if (pub.month, pub.day) > (mon, 31) else pub.year - 1  # "the fiscal year ended last March 31"
        elif y is None and pub and g.get("ended"):
            y = pub.year if (pub.month, pub.day) > (mon, 31) else pub.year - 1  # "the year ended June 30": the last one past
        elif y is None and pub:
            y = pub.year if (pub.month, pub.day) <= (mon, 31) else pub.year + 1
        if y is None:
            return ("year", None, kind, True, False)
        start = y - 1 if mon < 12 else y
        return ("year", str(start), kind, True, False)
    if kind == "fy_begin":
        if g.get("next"):
            if not pub:
                return ("year", None, kind, True, False)
            nxt = dt.date(pub.year + (pub.month == 12), pub.month % 12 + 1, 1)
            return ("year", str(nxt.year), kind, True, False)
        mon = MONTHS[g["mon"].lower().rstrip(".")]
        y = _y(m, "year") or (pub.year if pub and (pub.month, pub.day) <= (mon, 31) else (pub.year + 1 if pub else None))
        return ("year", str(y) if y else None, kind, True, False)
    if kind == "fy_rel":
        if not pub:
            return ("year", None, kind, True, False)
        cur = pub.year if pub.month >= 4 else pub.year - 1  # Japan's April-March year
        off = {"this": 0, "current": 0, "next": 1, "last": -1, "previous": -1}[g["rel"].lower()]
        return ("year", str(cur + off), kind, True, False)
    if kind in ("md", "dm"):
        mon = MONTHS[g["mon"].lower().rstrip(".")]
        day = int(g["day"])
        y = _y(m, "year") or (_nearest_year(mon, day, pub) if pub else None)
        if y is None:
            return ("day", None, kind, False, False)
        try:
            return ("day", dt.date(y, mon, day).isoformat(), kind, False, False)
        except ValueError:
            return None
    if kind == "rel_day":
        if g.get("prev"):
            return ("day", None, "rel_prev_day", False, True)
        if g.get("same"):
            return ("day", None, "rel_same_day", False, True)
        if not pub:
            return ("day", None, kind, False, False)
        d = pub - dt.timedelta(days=1) if g.get("yest") else pub
        return ("day", d.isoformat(), kind, False, False)
    if kind == "weekday":
        if not pub:
            return ("day", None, kind, False, False)
        wd = WEEKDAYS[g["wd"].lower()]
        if g.get("next"):  # "next Wednesday", "this coming Friday": the first one after the article's day
            return ("day", (pub + dt.timedelta(days=(wd - pub.weekday() - 1) % 7 + 1)).isoformat(), kind, False, False)
        if g.get("lw"):  # "Monday last week": that day of the week before the article's
            return ("day", (pub - dt.timedelta(days=pub.weekday() + 7 - wd)).isoformat(), kind, False, False)
        back = (pub.weekday() - wd) % 7
        if g.get("last") and back == 0:
            back = 7
        return ("day", (pub - dt.timedelta(days=back)).isoformat(), kind, False, False)
    if kind == "m_relyear":
        if not pub:
            return ("month", None, kind, False, False)
        mon = MONTHS[g["mon"].lower().rstrip(".")]
        y = pub.year + {"last": -1, "this": 0, "next": 1}[g["rel"].lower()]
        return ("month", f"{y:04d}-{mon:02d}", kind, False, False)
    if kind == "m_next":
        if not pub:
            return ("month", None, kind, False, False)
        mon = MONTHS[g["mon"].lower().rstrip(".")]
        if g["rel"].lower() == "last":
            y = pub.year if mon < pub.month else pub.year - 1
        else:
            y = pub.year if mon > pub.month else pub.year + 1
        return ("month", f"{y:04d}-{mon:02d}", kind, False, False)
    if kind == "my":
        mon = MONTHS[g["mon"].lower().rstrip(".")]
        return ("month", f"{int(g['year']):04d}-{mon:02d}", kind, False, False)
    if kind == "m_rel":
        if g.get("prev"):
            return ("month", None, kind, False, True)
        if not pub:
            return ("month", None, kind, False, False)
        base = f"{pub.year:04d}-{pub.month:02d}"
        n = -1 if g.get("last") else (1 if g.get("next") else 0)
        return ("month", shift_month(base, n), kind, False, False)
    if kind == "m_end":
        if g.get("month"):
            return ("month", shift_month(pub.isoformat()[:7], 1 if g.get("nextm") else 0) if pub else None, kind, False, False)
        year = g.get("y") or g.get("y2") or g.get("y3")
        if year:
            return ("month", f"{year}-12", kind, False, False)
        return ("month", f"{pub.year + (1 if g.get('next') else 0)}-12" if pub else None, kind, False, False)
    if kind == "m_prep":
        name = (g.get("mon") or g.get("mon2") or g.get("mon3") or "").lower().rstrip(".")
        mon = MONTHS[name]
        if not pub:
            return ("month", None, kind, False, False)
        y = _month_year(mon, pub)
        if (g.get("prep") or "").lower() == "by" or _BY_END.search(m.string, max(0, m.start() - 24), m.start()):
            y = pub.year if mon >= pub.month else pub.year + 1  # "by March", "by the end of March": a deadline to come
        return ("month", f"{y:04d}-{mon:02d}", kind, False, False)
    if kind == "y_rel":
        if not pub:
            return ("year", None, kind, False, False)
        rel = " ".join(g["rel"].lower().split())
        off = {"this": 0, "the current": 0, "last": -1, "the previous": -1, "next": 1}[rel]
        return ("year", str(pub.year + off), kind, False, False)
    if kind == "y_prev":
        return ("year", str(pub.year - 1) if pub else None, kind, False, True)
    if kind == "y_full":  # ("the full fiscal year": a fiscal year, the one of the quarters reported)
        return ("year", str(pub.year) if pub else None, kind, bool(_FISCAL_WORD.search(m.group(0))), True)
    if kind == "y":
        return ("year", g["y"], kind, False, False)
    return None
