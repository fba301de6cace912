"""Holdings of US Treasuries by country: "Japan held $1.189 trillion in U.S.
Treasuries", "Japan's holdings of U.S. Treasuries ... at over $1 trillion".

A dollar amount of at least a billion, in a sentence about Treasuries (or the
next sentence of the same paragraph) that says someone holds them; the holder
is the nearest country before the amount that is not the issuer itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

import regex

from etl import lexicon as lx
from etl.context import ParsedDoc
from etl.dates import shift_month
from etl.extractors._common import mask_parentheticals
from etl.facts import TreasuryHolding
from etl.numbers import Mention

_F = regex.VERBOSE | regex.IGNORECASE | regex.V0
_ANAPHOR = regex.compile(r"\b(?:This|That|It)\b")  # "It holds ..." continues the previous sentence

TREASURY = regex.compile(
    r"(?<![\w])(?:Treasur(?:y|ies)(?!\s+(?:Secretary|Department|secretary|department|official|officials|chief))|T-bills?|T-bonds?"
    r"|U\.?S\.?\s+(?:government\s+)?(?:debt|bonds|securities)|American\s+(?:government\s+)?debt)",
    _F,
)
SUBJECT_PLACE = regex.compile(r"\W*(?:the\s+)?", _F)  # where a sentence's subject starts
HOLDS = regex.compile(
    r"(?<![\w])(?:holds?|held|holding|holdings|holder|owns?|owned|owning|owner|position|stockpile|pile|stash|stakes?)(?![\w])", _F
)  # ("China trimmed its stake to $750 billion")
#: a place in the ranking of holders, with its sum, right after the country: "Britain remained in second place with
#: $899 billion", "China was third at $700 billion", "Britain, No. 2 with ..." (not "Taiwan's exports ranked fifth")
RANKED = regex.compile(
    r",?\s+(?:(?:remained|remains|stayed|stays|was|is|ranked|ranks|came|comes|sat|sits|stood|stands|held|holds)\s+)?"
    # ("Britain moved into second place with about $779 billion", "slipped to third at ...")
    r"(?:(?:moved|moves|rose|rises|climbed|climbs|slipped|slips|fell|falls|dropped|drops|jumped|jumps|advanced|advances)\s+(?:in)?to\s+)?"
    r"(?:in\s+)?(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top|No\.\s?\d{1,2}|number\s+(?:one|two|three))"
    r"(?:[\s-]+(?:place|spot|position|largest|biggest))?\s*,?\s+(?:with|at)\s", _F)
#: other things a country holds: a sentence naming one is not about its Treasuries unless it says so
OTHER_ASSET = regex.compile(r"(?<![\w])(?:reserves?|gold|stocks?|shares|equities|deposits|assets|loans|oil)(?![\w])", _F)
LEAD_SENTENCES = 3  #: the headline and lead: an article whose lead names Treasuries is about them
CHANGE_BEFORE = regex.compile(
    r"(?:rise|increase|decline|drop|fall|gain|reduction|cut|cutting|trim|trims|trimmed|trimming|shed|sheds|shedding|added|adding"
    r"|offloaded|offloading|dumped|dumping|change|jump|sold|selling|sell|bought|buying|buy|purchases?|by|of\s+about"
    r"|(?<![\w])(?:up|down))\s+(?:of\s+)?(?:about\s+|around\s+|approximately\s+|some\s+|nearly\s+)?$",
    _F,
)
MOVED_BEFORE = regex.compile(lx.alternation(lx.RISE_WORDS + lx.FALL_WORDS) + r"\s+(?:by\s+)?(?:about\s+|some\s+)?$", _F)
TO_SUM_AFTER = regex.compile(r"\s+to\s+(?:a\s+(?:record\s+)?)?(?:about\s+|some\s+)?(?:US)?\$?\s?\d", _F)
ALL_HOLDERS = regex.compile(r"(?<![\w])(?:overall|total|all|combined|aggregate)\s+(?:foreign\s+|overseas\s+)?(?:holdings|holders|investors)|(?<![\w])foreign\s+(?:holdings|holders|investors)", _F)
RELEASED_BEFORE = regex.compile(r"(?<![\w])(?:released|published|issued|showed|shows|said|reported|announced)\s+(?:late\s+|early\s+)?(?:on\s+)?$", _F)
SINCE_BEFORE = regex.compile(r"(?<![\w])(?:since|than)\s+(?:early\s+|late\s+|mid-?\s*)?$", _F)
FROM_BEFORE = regex.compile(
    r"(?<![\w])(?:(?:up|down|rising|falling|rose|fell|increased|decreased|compared)\s+(?:from|with)"
    r"|(?:trillion|billion|bln|mln|million|bn|tn)(?:\s+in\s+\w+)?\s+from)\s+(?:about\s+|around\s+)?$", _F)  # "to $1.13 trillion (in July) from $1.126 trillion"


def _is_change(text: str, lo: int, hi: int, m: Mention) -> bool:
    """A sum that is a change of holdings, not holdings: "a drop of $8 billion", "rose $12.6 billion to $1.147 trillion"."""
    return bool(CHANGE_BEFORE.search(text[max(lo, m.start - 40):m.start])) or bool(
        MOVED_BEFORE.search(text, max(lo, m.start - 20), m.start) and TO_SUM_AFTER.match(text, m.end, hi))


OVERTOOK_BEFORE = regex.compile(
    r"(?<![\w])(?:overtook|overtaken|overtakes|overtaking|surpassed|surpasses|surpassing|displaced|displacing|ahead\s+of|behind)\s+(?:the\s+)?$", _F)
_FROM_OPENS = regex.compile(r"(?:from|than|since)\s", _F)  # a time read with its preposition: "little changed from September"
FROM_TIME_BEFORE = regex.compile(r"(?<![\w])(?:from|than|over|versus|against|compared\s+with)\s+(?:the\s+|a\s+|an\s+)?$", _F)
#: "China, whose holdings slipped to $765.4 billion": the country the relative clause is about holds the sum
WHOSE_AFTER = regex.compile(r"\s*,?\s+whose\s+(?:[\w-]+\s+){0,2}?(?:holdings?|stash|stake|portfolio|pile)(?![\w])[^,;]*$"
                             r"|\s+with\s+(?:about\s+|some\s+|around\s+)?$", _F)  # "ahead of China with $760.8 billion"
#: a lead's verb of what holdings did this month: "Japan added to its holdings", "China cut its holdings"
LEAD_CHANGE = regex.compile(
    lx.alternation(lx.RISE_WORDS + lx.FALL_WORDS + ("added", "adds", "cut", "cuts", "trimmed", "trims", "sold", "sells", "bought", "buys")), _F)
EARLIER = regex.compile(r"(?<![\w])(?:earlier|before)(?![\w])", _F)
#: all marketable US Treasury debt is below this; a larger holding is a scale slip
MAX_PLAUSIBLE_USD = 4e13


RESPECTIVELY = regex.compile(r"(?<![\w])respectively(?![\w])", _F)
_LIST_GAP = regex.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?", _F)  # between the countries of a list


def _respective(doc: ParsedDoc, i: int) -> dict[int, str]:
    """Sums before "respectively" paired in order with the list of countries before them ("Belgium and Luxembourg,
    which hold $481 billion and $426 billion respectively"): sum start -> holder."""
    text, sent = doc.text, doc.sentences[i]
    r = RESPECTIVELY.search(text, sent.start, sent.end)
    if r is None:
        return {}
    sums = [m for m in doc.mentions[i] if m.unit == "USD" and abs(m.value) >= 1e9 and not m.range_role and m.end <= r.start()]
    places = [p for p in doc.places[i] if sums and p.end <= sums[0].start and p.code != "USA"]
    if len(sums) < 2 or len(places) < len(sums):
        return {}
    listed = places[-len(sums):]
    if not all(_LIST_GAP.fullmatch(text, a.end, b.start) for a, b in zip(listed, listed[1:])):
        return {}
    return {m.start: p.code for m, p in zip(sums, listed)}


#: a line of a list of holders: "Japan: $1.135 trillion", "- China  $756.3 billion" (the name, a colon, tab or wide gap, the sum)
LIST_LINE = regex.compile(r"[-*•\s]{0,3}(?P<name>[^\W\d][^:\t\n\d$]{1,40}?)(?:\s*:|\t|[ ]{2,})\s*(?:about\s+|some\s+)?(?:US)?\$?\s?\d", _F)
_HOLDERS = regex.compile(r"(?<![\w])(?:holders|owners|creditors)(?![\w])", _F)
LIST_LINES_BACK = 12  #: how many lines of a list are read back to its header


def _listed_holder(doc: ParsedDoc, i: int, names_treasuries: Callable[[int], bool]) -> bool:
    """Sentence i is a line of a list of holders: a country, then its sum, under a header about holders or Treasuries
    ("The largest holders at the end of May were:"), in an article whose lead names Treasuries."""
    line = LIST_LINE.match(doc.stext(i))
    if line is None or len(doc.stext(i)) > 90:
        return False
    start = doc.sentences[i].start + line.start("name")
    if not any(p.start == start for p in doc.places[i]):
        return False
    j = i - 1
    while j >= 0 and i - j <= LIST_LINES_BACK and LIST_LINE.match(doc.stext(j)):
        j -= 1
    if j < 0 or i - j > LIST_LINES_BACK:
        return False
    header = doc.stext(j)
    return bool(HOLDS.search(header) or _HOLDERS.search(header) or names_treasuries(j)) and any(names_treasuries(k) for k in range(min(LEAD_SENTENCES, j + 1)))


def extract(doc: ParsedDoc) -> Iterator[TreasuryHolding]:
    text = doc.text
    rows: list[TreasuryHolding] = []
    last_holder: str | None = None
    last_row_sentence = -2  # the last sentence that gave a row
    article_period: str | None = None  # the month the article's holdings figures are for (the newest given)
    named: dict[int, bool] = {}  # sentence -> names Treasuries; read only where a sentence holds a large dollar sum

    def names_treasuries(j: int) -> bool:
        if j not in named:
            named[j] = bool(TREASURY.search(doc.stext(j)))
        return named[j]

    def data_month(i: int, lo: int, before: int) -> str | None:
        """The month foreign holdings are said for in sentence i: after lo, or before ``before`` with no sum between
        (not a time compared with, nor the day the data came out)."""
        sent = doc.sentences[i]
        months = [w.value[:7] for w in doc.whens[i] if w.gran in ("month", "day") and w.value
                  and (w.start >= lo or (w.gran == "month" and not any(w.end <= o.start < before for o in doc.mentions[i] if o.unit == "USD")))
                  and not SINCE_BEFORE.search(text, max(sent.start, w.start - 20), w.start)
                  and not RELEASED_BEFORE.search(text, max(sent.start, w.start - 25), w.start)]
        return months[0] if months else None

    for i, sent in enumerate(doc.sentences):
        if not any(m.unit == "USD" and abs(m.value) >= 1e9 and not m.range_role for m in doc.mentions[i]):
            if i < LEAD_SENTENCES and (ALL_HOLDERS.search(doc.stext(i)) or HOLDS.search(doc.stext(i)) and LEAD_CHANGE.search(
                    doc.stext(i))) and names_treasuries(i):
                # "Foreign holdings of U.S. Treasuries rose in April, data showed", "Japan added to its holdings of U.S.
                # debt in May": the month of the article's figures (not a month told in passing: "which peaked in March 2021")
                month = data_month(i, sent.end, sent.end)
                if month and (article_period is None or month > article_period):
                    article_period = month
            if last_holder is not None and "holder" in doc.stext(i).lower():
                # "Japan remained the top foreign holder. Its holdings had peaked at $1.33 trillion": the holder
                # a sentence without sums names as its subject is the one "its" means next
                subject = SUBJECT_PLACE.match(doc.stext(i))
                places = doc.places[i]
                if subject and places and places[0].start == sent.start + subject.end() and places[0].code != "USA":
                    last_holder = places[0].code
            continue
        s = doc.stext(i)
        # the sentence names Treasuries, or an earlier sentence of its paragraph did, or the
        # article's lead did and the sentence speaks of holdings of nothing else
        near = names_treasuries(i) or any(names_treasuries(j) for j in doc.sentence_window(i, back=len(doc.sentences))[:-1])
        # (an asset named in an aside is not what is held: "Holdings by Belgium, often seen as a custodian for Chinese
        # assets, edged down")
        if not near and HOLDS.search(s) and not OTHER_ASSET.search(mask_parentheticals(s)):
            near = any(names_treasuries(j) for j in range(min(LEAD_SENTENCES, i)))
        if not near and _ANAPHOR.search(s[:12]) and last_row_sentence == i - 1:
            near = True  # "That compared with $1.180 trillion in August.", a paragraph of its own after a holding
        listed = _listed_holder(doc, i, names_treasuries)
        if not (near or listed) or not HOLDS.search(s) and not _ANAPHOR.search(s[:12]) and not listed and not any(
                RANKED.match(text, p.end, sent.end) for p in doc.places[i]):
            continue
        last_period: str | None = None
        masked = mask_parentheticals(s)
        respective = _respective(doc, i)
        for m in doc.mentions[i]:
            if m.unit != "USD" or abs(m.value) < 1e9 or m.range_role:
                continue
            if _is_change(text, sent.start, sent.end, m):
                continue  # "rose $12.6 billion to $1.147 trillion": the change, not the holding
            # not a country in an aside: "Belgium, which is believed to house some of China's accounts, held ..."
            places = [p for p in doc.places[i] if p.end <= m.start and p.code != "USA" and masked[p.start - sent.start] != " "]
            if not places and ALL_HOLDERS.search(text, sent.start, m.start):
                # "overall foreign holdings rose to $9.05 trillion in March": no one country's, but the month of the
                # article's figures
                # (or before it, with no other sum between: "rose in August to a record $9.16 trillion")
                month = data_month(i, m.end, m.start)
                if month and (article_period is None or month > article_period):
                    article_period = month
                continue
            # "The UK overtook China as the second-largest holder": the country overtaken holds less
            places = [p for p in places if not OVERTOOK_BEFORE.search(text, max(sent.start, p.start - 25), p.start)
                      or WHOSE_AFTER.match(text, p.end, m.start)] or places  # (but "overtaking China, whose holdings slipped")
            holder = respective.get(m.start) or (places[-1].code if places else last_holder)
            if (rows and rows[-1].sent_start == sent.start and FROM_BEFORE.search(text, max(sent.start, m.start - 25), m.start)
                    and not any(rows[-1].char_end <= p.start < m.start for p in doc.places[i])):
                holder = rows[-1].holder  # "ahead of China with $760.8 billion, down from $768.6 billion": China's before
            if holder is None:
                continue
            amount = abs(m.value)
            while amount > MAX_PLAUSIBLE_USD:
                amount /= 1000.0
            period = None
            # "the highest since August 2022": a time compared with, not the holding's month
            # not the day data were released ("according to Treasury data released on Wednesday")
            # nor the time a change is counted from, with no sum of its own ("were $756.4 billion, little changed from
            # the previous month")
            # (nor a weekday or "today": the holdings are a month's, such a day is when the data came out, "according to
            # Treasury data on Tuesday")
            whens = [w for w in doc.whens[i] if w.gran in ("month", "day") and w.kind not in ("weekday", "rel_day")
                     and not SINCE_BEFORE.search(text, max(sent.start, w.start - 20), w.start)
                     and not RELEASED_BEFORE.search(text, max(sent.start, w.start - 25), w.start)
                     and not ((FROM_TIME_BEFORE.search(text, max(sent.start, w.start - 12), w.start) or _FROM_OPENS.match(text, w.start))
                              and not any(x.unit == "USD" and x.start < w.start and w.start - x.end < 40 and x is not m
                                          # (not a change counted from the month: "fell by $13.3 billion from September")
                                          and not MOVED_BEFORE.search(text, max(sent.start, x.start - 20), x.start)
                                          for x in doc.mentions[i]))]
            # a month after another sum belongs to that sum ("to $765 billion from $784 billion in February"); a change
            # is no such sum ("in May, cutting them by $8.2 billion to $756.3 billion")
            # (nor "dropping $23.6 billion to $1.08 trillion")
            sums = [o.start for o in doc.mentions[i] if o is not m and o.unit == "USD" and abs(o.value) >= 1e9
                    and not _is_change(text, sent.start, sent.end, o)]
            # (of holdings: not a change, "fell by $18.9 billion in March to $765.4 billion")
            sum_ends = [o.end for o in doc.mentions[i] if o is not m and o.unit == "USD" and abs(o.value) >= 1e9
                        and not MOVED_BEFORE.search(text, max(sent.start, o.start - 20), o.start)]
            ws = [w for w in whens if w.start >= m.end - 1 and not any(m.end <= o < w.start for o in sums)]
            # (not a month told of the sum before it: "from $1.138 trillion in February, while Britain's rose to $779.3 billion")
            ws_before = [w for w in whens if w.end <= m.start and not any(w.end <= o < m.start for o in sums)
                         and not any(0 <= w.start - e <= 4 for e in sum_ends)]
            ws_any = ws + ws_before  # the months that can be this sum's
            pick = ws[0] if ws else (ws_before[-1] if ws_before else None)
            # ("up from $375 billion a year earlier"; "A year earlier, China held $797.7 billion")
            year_ago = next((w for w in doc.whens[i] if w.kind == "q_yago" and (m.end <= w.start <= m.end + 20 or (
                w.end <= m.start and not text[sent.start:w.start].strip(" \n\"'“")))), None)
            from_base = FROM_BEFORE.search(text, max(sent.start, m.start - 25), m.start)
            if year_ago is not None and (last_period or article_period):
                period = shift_month(str(last_period or article_period), -12)  # "up from $375 billion a year earlier"
            elif from_base and not ws and last_period:
                # "held $784 billion in May, up from $760 billion", "fell to $730 billion in July from $756 billion": the
                # month before the first sum's
                period = shift_month(last_period, -1)
            elif pick is not None:
                # "from $756.4 billion a month earlier": the month before this sentence's month, not the article's
                if (pick.relative or (pick.kind == "m_rel" and EARLIER.search(text, pick.start, pick.end))) and last_period:
                    period = shift_month(last_period, -1)
                elif pick.value:
                    period = pick.value[:7]

            elif not ws_any and not any(w.gran == "year" and not SINCE_BEFORE.search(text, max(sent.start, w.start - 20), w.start)
                                        and (article_period is None or w.value != article_period[:4])
                                        for w in doc.whens[i]):
                # "Britain's holdings climbed to $858 billion": the month already given (not "at its peak in 2013";
                # "which overtook China earlier this year" is the year of that month)
                period = article_period
            last_period = period or last_period
            if period and (article_period is None or period > article_period):
                article_period = period  # the newest month: "to $1.13 trillion in July from $1.15 trillion in June"
            last_holder = holder
            last_row_sentence = i
            rows.append(TreasuryHolding(
                char_start=m.start, char_end=m.end, sent_start=sent.start, sent_end=sent.end,
                rule="treasuries.holding", holder=holder, amount_usd=amount, qualifier=m.qualifier, period=period,
            ))
    # a headline's "Japan's U.S. Treasury holdings climb to $1.15 trillion" is the holding the article gives a month
    for r in rows:
        if r.period is None:
            same = {o.period for o in rows if o.period and o.holder == r.holder and o.amount_usd == r.amount_usd}
            yield replace(r, period=same.pop()) if len(same) == 1 else r
        else:
            yield r
