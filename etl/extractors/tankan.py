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
from etl.dates import When, shift_month
from etl.extractors._common import FORECASTERS_EXPECTED_WORDS
from etl.facts import Tankan
from etl.numbers import Mention

_F = regex.VERBOSE | regex.IGNORECASE | regex.V0
#: a comparison date, not the survey: "since March", "from the previous survey in June"
_SINCE_END = regex.compile(
    # ("the same as in June", "compared with June", "two points below March", "matching the previous survey": a comparison, too)
    r"(?<![\w])(?:since|than|from|as|compared\s+with|versus|vs\.?|against|below|above|matching|matched|equal(?:ling|ing)?(?:\s+to)?"
    r"|in\s+line\s+with|level\s+with)\s+(?:the\s+)?(?:(?:previous|prior|last|preceding)\s+(?:survey|quarter|reading|tankan)\s+)?(?:in\s+)?$", _F)
_SINCE_START = regex.compile(r"(?:since|than|from)\s", _F)  # a time expression read with its preposition: "from September"
_AND = regex.compile(r"\s*(?:,|and|,\s*and)\s*", _F)

TANKAN_DOC = regex.compile(
    r"tankan|diffusion\s+index|(?:Bank\s+of\s+Japan|BOJ|BoJ).{0,80}survey|business\s+(?:sentiment|conditions)\s+index"
    # "The headline index for large manufacturers rose to 14 ..., the BOJ said"
    r"|(?:index|sentiment)\s+(?:for|of|among)\s+(?:the\s+)?(?:large|big|major|small)\s+(?:non-?)?manufactur\w+(?=.{0,300}(?:Bank\s+of\s+Japan|BOJ|BoJ))",
    _F | regex.DOTALL,
)
TANKAN_DOC_WORDS = ("tankan", "diffusion", "survey", "index")  # every TANKAN_DOC match holds one, lower case
SIZE = {k: regex.compile(lx.alternation(v), _F) for k, v in lx.TANKAN_SIZE.items()}
NONMAN = regex.compile(lx.alternation(lx.TANKAN_NON_MANUFACTURING), _F)
MAN = regex.compile(r"(?<!-)" + lx.alternation(lx.TANKAN_MANUFACTURING), _F)  # not "non-manufacturers"
ALL_ENT = regex.compile(r"(?<![\w])all[\s-]+(?:enterprises?|firms|companies|industries)(?![\w])", _F)  # "the all-enterprise index"
OTHER_SERIES = regex.compile(
    r"(?<![\w])(?:employment|jobs|capex|capital\s+(?:expenditure|spending|investment)|financial\s+conditions|lending"
    r"|production\s+capacity|prices?|inflation|profits?|sales|wages?|inventor(?:y|ies)|exchange\s+rate|currency|yen|dollar|euro)(?![\w])",
    _F,
)
INDEX_WORD = regex.compile(
    r"(?<![\w])(?:index|indexes|indices|DI|reading|sentiment|confidence|outlook|business\s+conditions|headline|score|survey)(?![\w])", _F
)
VALUE_POS = regex.compile(
    r"(?:\bat|\bto|\bof|\bfrom|\bwas|\bfor|\bhit|\bvs\.?|\bversus|\bagainst|:|\(|\b(?:est|prev|previous|prior|f'cast|forecast|consensus|expected|estimate|median)\.?:?)\s*(?:a\s+reading\s+of\s+)?$", _F
)  # "(est 13; prev 13)" in data-wire lines
#: "a poll of 16 economists": a count of forecasters or firms, not an index
#: "12 economists", "15 private think tanks": a count of those asked, not an index value
COUNT_AFTER = regex.compile(r"\s+(?:[a-z-]+\s+){0,2}?" + lx.alternation(lx.COUNTED_BODIES) + r"(?![\w])", _F)
OUTLOOK = regex.compile(
    r"(?<![\w])(?:outlook|ahead(?!\s+of\b)|next\s+three\s+months|coming\s+three\s+months|three\s+months\s+ahead|looking\s+ahead|next\s+quarter|forward"
    r"|(?:next|following|coming)\s+survey"
    r"|expect(?:s|ed|ing)?\s+(?:business\s+)?(?:conditions|sentiment)\s+to"
    r"|in\s+(?:three|3)\s+months(?:['’]\s+time)?|three\s+months\s+(?:from\s+now|later|hence))(?![\w])",
    _F,
)
CONSENSUS = regex.compile(
    # ("seen" only in a preview: after the release "conditions are seen worsening to +12" is the firms' outlook)
    r"(?<![\w])(?:forecasts?|forecasting|expected|expectations?|estimates?|estimated|est|f'cast|projected|poll|median|consensus|economists|analysts|predicted)(?![\w])",
    _F,
)
#: the reading of the latest survey, said beside a forecast of the next: "from plus 13 now"
NOW_AFTER = regex.compile(r"\s+(?:now|currently|at\s+present)(?![\w])", _F)
#: firms as the subject of a verb of expecting: the survey's outlook ("big manufacturers expect the index to fall to +12")
FIRMS_EXPECT = regex.compile(
    r"(?<![\w])(?:manufacturers|non-manufacturers|nonmanufacturers|firms|companies|businesses|enterprises|makers|retailers|respondents)"
    # not passive: "non-manufacturers are expected to ...", "... is forecast to" is someone else's view of them
    r"\s+(?:(?!(?:is|are|was|were|be|been|being)\s)[\w-]+\s+){0,2}?" + lx.alternation(lx.EXPECTING_VERBS),
    _F,
)
#: "+14 vs +13 expected": the cue written after its figure (not "+14 (expected +13": that cue is the next figure's)
CONSENSUS_AFTER = regex.compile(
    r"[ \t]*(?:expected|forecast|f'cast|est\.?|consensus|estimate)(?=[ \t]*(?:[),;.]|$|\n|and\b|but\b))"
    # "short of the plus 32 economists had predicted": who expected it, right after the figure
    r"|[ \t]+(?:that\s+)?" + FORECASTERS_EXPECTED_WORDS, _F)
#: who makes a consensus forecast, named near the figure
FORECASTER = regex.compile(lx.alternation(lx.FORECASTERS + lx.CONSENSUS_MARKERS), _F)
#: forecasters as the subject of a verb of expecting: "analysts polled by the agency see the index at +12"
FORECASTER_SEES = regex.compile(lx.alternation(lx.FORECASTERS) + r"\s+(?:[\w-]+\s+){0,4}?" + lx.alternation(lx.EXPECTING_VERBS), _F)
#: forecasters as the sentence's subject, however long the phrase before its verb: "Economists polled ahead of the
#: BOJ's December survey, due on Dec. 15, expect the index to hold at +14"
FORECASTER_LEAD = regex.compile(
    r"\W*(?:[\w-]+\s+){0,2}?" + lx.alternation(lx.FORECASTERS) + r"(?:[\s,]+[\w'’.-]+){0,16}?[\s,]+" + lx.alternation(lx.EXPECTING_VERBS), _F)
#: the survey named as a month: "In the September survey, ...", "the December tankan"
SURVEY_NOUN_AFTER = regex.compile(r"\s+(?:tankan|survey)(?![\w])", _F)
#: an article written before the release, whose figures are forecasts: "a Reuters poll of 17 economists", "due on Oct. 1"
PREVIEW_DOC = regex.compile(
    r"(?<![\w])(?:(?:poll|survey)\s+of\s+(?:\d+\s+|[\w-]+\s+)?(?:economists|analysts|forecasters)|(?:economists|analysts)\s+polled"
    r"|(?:median|average|mean)\s+(?:market\s+)?(?:forecast|estimate)|(?:forecasts|estimates)\s+(?:compiled|collected|gathered)"
    r"|(?:due|scheduled)\s+(?:on|out|for\s+release)|ahead\s+of\s+(?:the|its)\s+release"
    # "Business mood seen steady before tankan", "ahead of the BOJ's December tankan"
    r"|(?:before|ahead\s+of)\s+(?:the\s+|next\s+week['’]s\s+|(?:the\s+)?BOJ['’]s\s+)?(?:\w+\s+)?tankan)(?![\w])", _F)
PREVIEW_LEAD = 3  #: sentences (headline, lead) read for PREVIEW_DOC
#: in a preview, someone else's expectation told in the passive: "is expected to show the index at +12", "are seen
#: expecting conditions to worsen"
PASSIVE_EXPECT = regex.compile(
    # ("is seen edging down to plus 33", "is seen steady at plus 34", "is seen little changed at plus 34")
    r"(?<![\w])(?:is|are|was|were)\s+(?:\w+\s+)?(?:expected|forecast|seen|projected|predicted|estimated)\s+"
    r"(?:(?:steady|stable|flat|unchanged|little\s+changed|higher|lower)\s+(?=at\s))?(?:to|at|as|[a-z]+ing)(?![\w])", _F)
#: the survey as the source of the sentence: "..., the survey showed", "according to the tankan"
SURVEY_SAYS = regex.compile(
    r"(?<![\w])(?:survey|tankan)\s+(?:showed|shows|found|finds|indicated|indicates|said|says)(?![\w])"
    r"|(?<![\w])according\s+to\s+the\s+(?:BOJ['’]s\s+|central\s+bank['’]s\s+)?(?:survey|tankan)(?![\w])(?!\s+of\s)", _F)
_EXPECT_WORD = regex.compile(r"(?<![\w])(?:expected|seen|forecast|projected|predicted)(?![\w])", _F)
#: the figures before it are a poll's: "..., according to the median forecast of 17 economists"
ACCORDING_TO_POLL = regex.compile(
    r"(?<![\w])according\s+to\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:poll|forecasts?|estimates?|consensus|survey\s+of\s+economists)(?![\w])", _F)
_CATS_AND = regex.compile(r"[\w\s-]{1,40}?\s(?:and|&)\s+", _F)  # "large manufacturers and non-manufacturers"
PRIOR_LINE = regex.compile(r"\W*(?:prior|previous|prev)\b", _F)  # "- Prior was +13": the figure before, of the last category
ANAPHOR = regex.compile(r"\W*(?:It|That|This|The\s+(?:figure|reading|result|index))\b", _F)
_TURN = regex.compile(r",\s+(?:while|but|whereas|and)\s", _F)  #: where a clause of its own starts
CLAUSE_CUT = regex.compile(r"[,;.]|(?<![\w])(?:and|but|while|which|that)(?![\w])", _F)
SUBJECT_OF_COPULA = regex.compile(r"\s+(?:is|was|marks?|marked|matches|matched)\s+(?:the|a|its)\s", _F)
FOR_AFTER = regex.compile(r"\s+(?:for|among|at)\s+(?:the\s+)?(?:[\w-]+\s+)?", _F)
#: the survey before the latest, named before the value: "In the previous survey, ..."
PREVIOUS_SURVEY_BEFORE = regex.compile(r"(?<![\w])(?:in|at|by)\s+the\s+(?:previous|prior|last|preceding)\s+(?:tankan|survey|poll)(?![\w])", _F)
PREVIOUS_SURVEY_AFTER = regex.compile(r"\s+(?:in|at|of)\s+the\s+(?:previous|prior|last|preceding)\s+(?:tankan|survey)(?![\w])", _F)
PREVIOUS = regex.compile(
    r"(?<![\w])(?:from\s+(?:a\s+)?|(?:prev|previous|prior)\.?(?:\s+(?:was|is|of))?:?\s*"  # "- Prior was +13"
    r"|(?:previous|prior|last)\s+(?:reading|survey|figure|result|score)\s+(?:of\s+|at\s+|was\s+)?)$",  # "the previous reading of 35"
    _F,
)


def categories(s: str) -> list[tuple[int, str]]:
    """Every category named in s, in order: (position, category)."""
    hits = [(m.start(), m.end(), "non_manufacturers") for m in NONMAN.finditer(s)]
    hits += [(m.start(), m.end(), "manufacturers") for m in MAN.finditer(s)]
    hits += [(m.start(), m.end(), "all") for m in ALL_ENT.finditer(s)]
    hits.sort()
    out: list[tuple[int, str]] = []
    prev_end = 0
    last_size = "large"  # no size word: the size named before in the sentence ("small manufacturers ... and non-manufacturers")
    for a, b, kind in hits:
        if kind == "all":
            out.append((a, "all_enterprises"))
        else:
            size = last_size
            best = (-1, 0)
            before = s[max(prev_end, a - 50):a]
            for k, pat in SIZE.items():
                for mm in pat.finditer(before):
                    # the size word that ends last, the longest there ("small and midsize" over "midsize")
                    if (mm.end(), mm.end() - mm.start()) > best:
                        best, size = (mm.end(), mm.end() - mm.start()), k
            out.append((a, f"{size}_{kind}"))
            last_size = size
        prev_end = b
    return out


def _assign_whens(doc: ParsedDoc, i: int, ms: list[Mention]) -> dict[int, When]:
    """Each time expression belongs to the value nearest before it ("+13 in June"),
    or right after it ("(June): +13")."""
    own: dict[int, When] = {}
    text = doc.text
    for w in doc.whens[i]:
        if w.gran not in ("month", "quarter", "day"):
            continue
        if _SINCE_END.search(text[max(0, w.start - 40):w.start]) or _SINCE_START.match(text, w.start, w.end):
            continue  # "the highest since December": a comparison, not the survey
        before = [k for k, m in enumerate(ms) if m.end <= w.start and w.start - m.end <= 30
                  and not any(m.end <= x.start < w.start for x in ms)]
        after = [k for k, m in enumerate(ms) if m.start >= w.end and m.start - w.end <= 6]
        k = before[-1] if before else (after[0] if after else None)
        if k is not None and k not in own:
            own[k] = w
    del text
    return own


def current_survey(pub_year: int, pub_month: int) -> str:
    """The latest quarterly survey out by the article's month (until 1990 the Bank of Japan surveyed in February,
    May, August and November; such a survey is its quarter's: May 1987's is "1987-06")."""
    if pub_year < 1990:
        k = pub_month - (pub_month - 2) % 3  # the latest of February, May, August, November by then
        return f"{pub_year - 1:04d}-12" if k < 2 else f"{pub_year:04d}-{k + 1:02d}"
    m = pub_month if pub_month % 3 == 0 else pub_month - pub_month % 3
    y = pub_year
    if m == 0:
        m, y = 12, y - 1
    return f"{y:04d}-{m:02d}"


def extract(doc: ParsedDoc) -> Iterator[Tankan]:
    low = doc.text.lower()
    if not any(w in low for w in TANKAN_DOC_WORDS) or not TANKAN_DOC.search(doc.text):
        return
    text = doc.text
    survey_now = current_survey(doc.published.year, doc.published.month) if doc.published else None
    last_cat: str | None = None
    # (not a report of the survey that sets its result against the poll: "..., the tankan survey showed on Wednesday.
    # The index rose to +14, matching the median estimate")
    lead = range(min(PREVIEW_LEAD, len(doc.sentences)))
    preview = any(PREVIEW_DOC.search(text, doc.sentences[j].start, doc.sentences[j].end) for j in lead) and not any(
        SURVEY_SAYS.search(text, doc.sentences[j].start, doc.sentences[j].end) for j in lead)
    for i, sent in enumerate(doc.sentences):
        s = doc.stext(i)
        ms = [
            m for m in doc.mentions[i]
            if m.unit == "count" and not m.range_role and m.value == int(m.value) and abs(m.value) <= 100
            and VALUE_POS.search(text[max(sent.start, m.start - 25):m.start]) or (m.unit == "count" and m.signed and m.start > sent.start)
        ]
        ms = [m for m in ms if m.value == int(m.value) and abs(m.value) <= 100 and not m.range_role
              and not SUBJECT_OF_COPULA.match(text, m.end, sent.end)  # "+34 is the lowest since ...": a comment on a value
              and not (COUNT_AFTER.match(text, m.end, sent.end) and not m.signed)]  # "+32 economists had expected": no count
        # "12 and 28": a value coordinated with an accepted one is in value position too
        for m in doc.mentions[i]:
            if m in ms or m.unit != "count" or m.range_role or m.value != int(m.value) or abs(m.value) > 100:
                continue
            if any(_AND.fullmatch(text[x.end:m.start]) for x in ms):
                ms.append(m)
        ms.sort(key=lambda m: m.start)
        if not ms:
            continue
        cats_here = [(sent.start + p, c) for p, c in categories(s)]
        # "Both large manufacturers and non-manufacturers ..., with readings of plus 11 and plus 29": two series and
        # two values, each coordinated, pair in order as with "respectively"
        respectively = "respectively" in s.lower() or (
            len(cats_here) == len(ms) == 2 and bool(_AND.fullmatch(text[ms[0].end:ms[1].start]))
            and bool(_CATS_AND.fullmatch(text, cats_here[0][0], cats_here[1][0])))
        own_when = _assign_whens(doc, i, ms)
        survey_named = [(w.start, w.value[:7]) for w in doc.whens[i]
                        if w.gran == "month" and w.value and not w.relative and int(w.value[5:7]) % 3 == 0
                        and SURVEY_NOUN_AFTER.match(text, w.end, sent.end)]
        for k, m in enumerate(ms):
            before = text[sent.start:m.start]
            prior = [c for p, c in cats_here if p < m.start]
            cat: str | None
            if respectively and len(cats_here) == len(ms):
                cat = cats_here[k][1]
            else:
                carry = INDEX_WORD.search(s) or ANAPHOR.match(s) or CONSENSUS.search(s) or PRIOR_LINE.match(s) or OUTLOOK.search(s)
                # "the index for small and midsize companies was minus 1 for manufacturers": named right after it
                after = [c for p, c in cats_here if m.end <= p <= m.end + 12 and FOR_AFTER.fullmatch(text, m.end, p)]
                cat = prior[-1] if prior else (after[0] if after else (last_cat if carry else None))
            if cat is None:
                continue
            # the nearest series named before the number must be the DI, not another series
            topic_other = list(OTHER_SERIES.finditer(before))
            topic_di = [
                x for x in INDEX_WORD.finditer(before)
                if not OTHER_SERIES.search(before, max(0, x.start() - 25), x.start())  # "employment index"
            ] + [x for x in MAN.finditer(before)] + [x for x in NONMAN.finditer(before)]
            if topic_other and (not topic_di or topic_other[-1].start() > max(x.start() for x in topic_di)):
                continue
            near = text[max(sent.start, m.start - 30):m.start]
            prev_mention_end = max([x.end for x in ms if x.end <= m.start] or [sent.start])
            window = text[max(prev_mention_end, m.start - 45):m.start]
            cut = list(CLAUSE_CUT.finditer(window))
            if cut:
                window = window[cut[-1].end():]  # "matching forecasts, and below the +12 before": the cue is spent
            # "The index is expected to slip to plus 12 in December, the survey showed": what the survey says is
            # expected is the firms' outlook (in a report on the survey, not in a preview of it)
            # (in the figure's own clause: not "Big manufacturers expect ... three months ahead, while the index for
            # small manufacturers stood at plus 1")
            turn = [t.end() for t in _TURN.finditer(text, sent.start, m.start)]
            own_lo = turn[-1] if turn else sent.start
            firms_expect = FIRMS_EXPECT.search(text, own_lo, m.start) or (
                not preview and SURVEY_SAYS.search(text, sent.start, sent.end) and _EXPECT_WORD.search(window)) or (
                # "... stood at plus 1 and is projected at minus 2 three months from now": in a report on the survey,
                # a value projected for three months ahead after the value now, with no forecaster named, is the firms' outlook
                not preview and prev_mention_end > sent.start and _EXPECT_WORD.search(window)
                and not FORECASTER.search(text, sent.start, sent.end)
                and OUTLOOK.search(text, m.end, min(sent.end, m.end + 40)))
            # "Big manufacturers expect ..., with the index seen at +12": the firms' own outlook, not a
            # forecaster's; only a forecaster named in the window makes it a consensus then
            if firms_expect and not FORECASTER.search(window) or PREVIOUS_SURVEY_AFTER.match(text, m.end, sent.end):
                estimate = "actual"  # (and "against plus 35 in the previous survey": what that survey found)
            elif CONSENSUS.search(window) or CONSENSUS_AFTER.match(text, m.end, sent.end) or (
                    (FORECASTER_SEES.search(text, sent.start, m.start) or FORECASTER_LEAD.match(text, sent.start, m.start)
                     or ACCORDING_TO_POLL.search(text, m.end, sent.end)
                     or (preview and PASSIVE_EXPECT.search(text, sent.start, m.start)))
                    and not PREVIOUS.search(near)):
                estimate = "consensus"  # "analysts polled by the agency see the index at +12"
            else:
                estimate = "actual"
            line = text[sent.start:sent.end]
            next_start = min([x.start for x in ms if x.start > m.start] + [sent.end])
            after_text = text[m.end:min(next_start, m.end + 40)]
            if (t := _TURN.search(after_text)) is not None:
                after_text = after_text[:t.start()]  # "up from +33, while the outlook was +28": the next clause's word
            horizon = "outlook" if (
                OUTLOOK.search(text[own_lo:m.start]) or OUTLOOK.search(after_text) or (OUTLOOK.search(line) and respectively)
                or (firms_expect and not FORECASTER.search(window))
            ) else "current"
            # "In the September survey, small manufacturers stood at +1": the survey named before the value
            named = [x for x in survey_named if x[0] < m.start]
            survey: str | None = named[-1][1] if named else survey_now
            if not named and survey_now and PREVIOUS_SURVEY_BEFORE.search(text, sent.start, m.start):
                survey = shift_month(survey_now, -3)  # "In the previous survey, big manufacturers had projected plus 12"
            w = own_when.get(k)
            if w is not None and w.relative and survey_now:
                survey = shift_month(survey_now, -12 if w.kind in ("q_yago", "y_prev") else -3)  # "a year earlier", "the previous survey"
            elif w is not None and w.value and horizon == "current":
                month = w.value[:7] if w.gran != "quarter" else f"{w.value[:4]}-{int(w.value[5]) * 3:02d}"
                if w.gran == "month" and int(month[5:7]) % 3:
                    # the Bank of Japan surveyed in February, May, August and November until 1990 (later March, June,
                    # September, December): a survey named by its month is that quarter's
                    month = shift_month(month, 3 - int(month[5:7]) % 3)
                survey = month if int(month[5:7]) % 3 == 0 else survey
                if survey_now and survey and survey > survey_now:
                    # "seen at plus 12 in December" before the December survey: the outlook of the latest one
                    survey, horizon = survey_now, "outlook"
            elif PREVIOUS.search(near) and survey and estimate == "actual":
                survey = shift_month(survey, -3)
            if NOW_AFTER.match(text, m.end, sent.end) and survey_now:
                survey, horizon = survey_now, "current"  # "(expect the index to fall to plus 7) from plus 13 now"
            if estimate == "consensus" and horizon == "outlook" and not preview and PASSIVE_EXPECT.search(text, sent.start, m.start) \
                    and not FORECASTER.search(text, sent.start, sent.end) and not CONSENSUS_AFTER.match(text, m.end, sent.end):
                # "... was minus 2, and is expected to deteriorate to minus 5 in September" in a report on the survey,
                # with no forecaster named: what is expected three months on is the firms' own outlook
                estimate = "actual"
            last_cat = cat
            yield Tankan(
                char_start=m.start, char_end=m.end, sent_start=sent.start, sent_end=sent.end,
                rule=f"tankan.{estimate}", category=cat, value=int(m.value), survey=survey, horizon=horizon,
                estimate=estimate,
            )
