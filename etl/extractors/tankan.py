"""Bank of Japan Tankan business-conditions diffusion indexes.

"large manufacturers' confidence rose to +13 in June", "the index for big
manufacturers fell to minus 5", "Large Manufacturers Outlook (Sept): +12
(forecast: +9)", "worsening to 12 and 28, respectively".

Only in articles about the Tankan. A value is a whole number between -100 and
100 in value position (signed, or after "at", "to", "of", "from", ":"); its
category is the nearest size + sector phrase before it; other Tankan series
(employment, capex, prices) are skipped.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from etl import lexicon as lx
from etl.context import ParsedDoc
from etl.dates import shift_month
from etl.facts import Tankan

_F = regex.VERBOSE | regex.IGNORECASE | regex.V0

TANKAN_DOC = regex.compile(r"tankan|diffusion\s+index|(?:Bank\s+of\s+Japan|BOJ|BoJ).{0,80}survey|business\s+(?:sentiment|conditions)\s+index", _F)
SIZE = {k: regex.compile(lx.alternation(v), _F) for k, v in lx.TANKAN_SIZE.items()}
NONMAN = regex.compile(lx.alternation(lx.TANKAN_NON_MANUFACTURING), _F)
MAN = regex.compile(lx.alternation(lx.TANKAN_MANUFACTURING), _F)
ALL_ENT = regex.compile(r"(?<![\w])all\s+(?:enterprises|firms|companies|industries)(?![\w])", _F)
OTHER_SERIES = regex.compile(
    r"(?<![\w])(?:employment|jobs|capex|capital\s+(?:expenditure|spending|investment)|financial\s+conditions|lending"
    r"|production\s+capacity|prices?|inflation|profits?|sales|wages?|inventor(?:y|ies)|exchange\s+rate|currency|yen|dollar|euro)(?![\w])",
    _F,
)
INDEX_WORD = regex.compile(
    r"(?<![\w])(?:index|indexes|indices|DI|reading|sentiment|confidence|outlook|business\s+conditions|headline|score|survey)(?![\w])", _F
)
VALUE_POS = regex.compile(r"(?:\bat|\bto|\bof|\bfrom|\bwas|\bfor|\bhit|:|\()\s*(?:a\s+reading\s+of\s+)?$", _F)
OUTLOOK = regex.compile(
    r"(?<![\w])(?:outlook|ahead|next\s+three\s+months|coming\s+three\s+months|three\s+months\s+ahead|looking\s+ahead|next\s+quarter|forward)(?![\w])",
    _F,
)
CONSENSUS = regex.compile(
    r"(?<![\w])(?:forecasts?|forecasting|expected|expectations?|estimates?|estimated|projected|poll|median|consensus|economists|analysts|predicted|seen)(?![\w])",
    _F,
)
PREVIOUS = regex.compile(r"(?<![\w])from\s+(?:a\s+)?$", _F)


def _category(s: str) -> str | None:
    if ALL_ENT.search(s):
        return "all_enterprises"
    non = NONMAN.search(s)
    man = None if non else MAN.search(s)
    hit = non or man
    if hit is None:
        return None
    before = s[max(0, hit.start() - 40):hit.start()]
    size = "large"
    best = -1
    for k, pat in SIZE.items():
        for mm in pat.finditer(before):
            if mm.start() > best:
                best, size = mm.start(), k
    return f"{size}_{'non_manufacturers' if non else 'manufacturers'}"


def current_survey(pub_year: int, pub_month: int) -> str:
    """The latest quarterly survey out by the article's month."""
    m = pub_month if pub_month % 3 == 0 else pub_month - pub_month % 3
    y = pub_year
    if m == 0:
        m, y = 12, y - 1
    return f"{y:04d}-{m:02d}"


def extract(doc: ParsedDoc) -> Iterator[Tankan]:
    if not TANKAN_DOC.search(doc.text):
        return
    text = doc.text
    survey_now = current_survey(doc.published.year, doc.published.month) if doc.published else None
    last_cat: str | None = None
    for i, sent in enumerate(doc.sentences):
        s = doc.stext(i)
        ms = [
            m for m in doc.mentions[i]
            if m.unit == "count" and not m.range_role and m.value == int(m.value) and abs(m.value) <= 100
            and VALUE_POS.search(text[max(sent.start, m.start - 25):m.start]) or (m.unit == "count" and m.signed and m.start > sent.start)
        ]
        ms = [m for m in ms if m.value == int(m.value) and abs(m.value) <= 100 and not m.range_role]
        if not ms:
            continue
        cats_here = []
        for mm in regex.finditer(r"[^,;]+", s):
            c = _category(mm.group(0))
            if c:
                cats_here.append((sent.start + mm.start(), c))
        respectively = "respectively" in s.lower()
        for k, m in enumerate(ms):
            before = text[sent.start:m.start]
            prior = [c for p, c in cats_here if p < m.start]
            if respectively and len(cats_here) >= len(ms):
                cat = cats_here[k][1]
            elif respectively:
                # "both manufacturers and non-manufacturers ... 12 and 28, respectively"
                both = [c for c in (("large_manufacturers" if MAN.search(s) else None), ("large_non_manufacturers" if NONMAN.search(s) else None)) if c]
                cat = both[k] if k < len(both) else None
            else:
                cat = prior[-1] if prior else (last_cat if INDEX_WORD.search(s) else None)
            if cat is None:
                continue
            # the nearest series named before the number must be the DI, not another series
            topic_other = list(OTHER_SERIES.finditer(before))
            topic_di = [x for x in INDEX_WORD.finditer(before)] + [x for x in MAN.finditer(before)] + [x for x in NONMAN.finditer(before)]
            if topic_other and (not topic_di or topic_other[-1].start() > max(x.start() for x in topic_di)):
                continue
            near = text[max(sent.start, m.start - 30):m.start]
            prev_mention_end = max([x.end for x in ms if x.end <= m.start] or [sent.start])
            window = text[prev_mention_end:m.start]
            estimate = "consensus" if CONSENSUS.search(window) else "actual"
            line = text[sent.start:sent.end]
            horizon = "outlook" if OUTLOOK.search(text[sent.start:m.start]) or (OUTLOOK.search(line) and respectively) else "current"
            survey = survey_now
            after_whens = [w for w in doc.whens[i] if w.start >= m.end and w.start - m.end < 25 and w.gran in ("month", "quarter", "day")]
            paren_whens = [w for w in doc.whens[i] if w.end <= m.start and m.start - w.end < 6]
            w = after_whens[0] if after_whens else (paren_whens[-1] if paren_whens else None)
            if w is not None and w.relative and survey_now:
                survey = shift_month(survey_now, -3)
            elif w is not None and w.value and horizon == "current":
                month = w.value[:7] if w.gran != "quarter" else f"{w.value[:4]}-{int(w.value[5]) * 3:02d}"
                survey = month if int(month[5:7]) % 3 == 0 else survey
            elif PREVIOUS.search(near) and survey_now and estimate == "actual":
                survey = shift_month(survey_now, -3)
            last_cat = cat
            yield Tankan(
                char_start=m.start, char_end=m.end, sent_start=sent.start, sent_end=sent.end,
                rule=f"tankan.{estimate}", category=cat, value=int(m.value), survey=survey, horizon=horizon,
                estimate=estimate,
            )
