"""Exchange-rate levels: "the dollar closed at 151.40 yen", "USD/JPY 145",
"145 yen to the dollar", "sterling at 1.2840 dlrs", "the euro/yen cross at 162.10".

A rate is a mention in a sentence about a currency: its quote currency is the
mention's own unit, a pair code, an "against the X" phrase or a nearby rate of
the same size; its base is the currency the sentence is about. The pair must
be plausible for the number (see ``lexicon.UNITS_PER_USD``).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator

import regex

from etl import lexicon as lx
from etl.context import ParsedDoc
from etl.dates import When
from etl.extractors._common import CLAUSE_TURN, COMPARED_WORD, WHEN_AFTER, mask_parentheticals, supposed
from etl.facts import FxRate
from etl.numbers import Mention

_F = regex.VERBOSE | regex.IGNORECASE | regex.V0
_AND = regex.compile(r"\s*(?:,|and|or|,\s*and)\s*", _F)  # between coordinated numbers
#: a verb of where a rate was (not "was likely to test 140 yen": a rate to come)
_MARKET_VERB = regex.compile(
    r"(?<![\w])(?:opened|closed|ended|stood|was(?!\s+(?:likely|expected|seen|set|poised|bound|due)\s+to\s)|traded|fixed|fell|rose"
    r"|slipped|hit|touched)(?![\w])", _F)
_COMMA = regex.compile(r"\s*,")
_DIGIT = regex.compile(r"\d")
_NUMBER_END = regex.compile(r"\d[\s-]?$")

PAIR_CODE = regex.compile(
    r"(?<![\w])(?P<a>[A-Z]{3})(?:\s?/\s?)?(?P<b>[A-Z]{3})(?![\w])", regex.V0  # "USD/JPY", "USDJPY"
)
PAIR_WORDS = regex.compile(
    rf"(?P<a>{lx.alternation(lx.CURRENCY_SUBJECTS)})(?:\s?/\s?|-)(?P<b>{lx.alternation(lx.CURRENCY_SUBJECTS)})", _F  # "dollar/yen", "dollar-yen"
)
SUBJECT = regex.compile(lx.alternation(lx.CURRENCY_SUBJECTS), _F)
AGAINST = regex.compile(rf"(?:against|versus|vs\.?)\s+(?:the\s+|a\s+|one\s+)?(?P<c>{lx.alternation(lx.CURRENCY_SUBJECTS)})", _F)
#: "150 yen to the dollar", "7.31 per dollar", "145 for a dollar": the currency after is the base
PER_AFTER = regex.compile(
    rf"\s*(?:to|per|for|a)\s+(?:the\s+|a\s+|one\s+|each\s+|its\s+)?(?P<c>{lx.alternation(lx.CURRENCY_SUBJECTS)})", _F
)
#: "149.15 against the yen": the currency after is the quote
AGAINST_AFTER = regex.compile(
    rf"\s*(?:against|versus|vs\.?)\s+(?:the\s+)?(?P<c>{lx.alternation(lx.CURRENCY_SUBJECTS)})", _F
)
PRONOUN = regex.compile(r"(?:\W*(?:But|And|Yet|Then)\s+)?\W*(?:it|its)\b|(?<![\w])(?:it|its)(?![\w])", _F)
LEVEL_AFTER = regex.compile(
    r"\s*(?:\w+\s+)?(?:is|was|as|would\s+be)?\s*(?:not\s+)?"
    # ("1.50 francs was by then seen as the low end of its range", "regarded as the bottom")
    r"(?:(?:then|now|still|widely|generally|considered|seen|regarded|viewed|as)\s+){0,3}"
    r"(?:the\s+|a\s+|an\s+)?(?:\w+\s+)?(?:limit|floor|ceiling|barrier|threshold|support|resistance|line|level|(?:low|lower|high|upper)\s+end|bottom)(?![\w])",
    _F,
)
AGAINST_LIST_BEFORE = regex.compile(r"(?<![\w])(?:against|versus)\s+(?:the\s+)?[\w.-]+(?:\s+[\w.-]+)?\s*(?:,|and|or)\s+(?:the\s+)?$", _F)
LEAD_AGAINST = regex.compile(rf"\s*(?:against|versus)\s+(?:the\s+)?(?P<c>{lx.alternation(lx.CURRENCY_SUBJECTS)})(?:\s*,|\s+(?=the\s))", _F)  # ("Against the euro the yen ...")
AGAINST_BEFORE = regex.compile(r"(?<![\w])(?:against|versus|vs\.?|to|per|for|into|buying|selling|sold|bought)\s+(?:the\s+|a\s+)?$", _F)
WEIGHT_PRICE = regex.compile(r"\s*(?:a|an|per|each)\s+(?:pound|lb|ounce|oz|tonne|ton|barrel|bushel|kilo|kg|share|unit)(?![\w])", _F)
#: a price per weight before a unit word: "70 cts a pound", "1.30 dlrs per pound" (then "pound" is no currency)
WEIGHT_BEFORE = regex.compile(r"(?:\d|cts|cents|dlrs?|dollars?)\s+(?:a|an|per|each)\s+$", _F)
FX_CONTEXT = regex.compile(r"(?<![\w])(?:exchange|sterling|currency|currencies|forex)(?![\w])", _F)
SECURITY = regex.compile(
    r"(?<![\w])(?:shares?|stocks?|bonds?|warrants?|debentures?|notes|securities|issue|redeem\w*|redemption|at\s+par)(?![\w])", _F)
#: the terms of a security ("warrants give the right to buy dollars at 149.50 yen", "an exercise price of 1.80 marks"):
#: a contract's rate, not the market's
CONTRACT_TERMS = regex.compile(
    r"(?<![\w])(?:(?:the|an?)\s+right\s+to\s+(?:buy|purchase|sell|subscribe|convert|exchange)|(?:exercise|strike|conversion)\s+(?:price|rate)"
    r"|exercisable|convertible\s+into|exchangeable\s+into|warrants?)(?![\w])", _F)  # "warrants ... to buy dollars at a rate of"
#: the firms of the sentence before as a pronoun subject expecting a rate, and such firms
THEY_EXPECT = regex.compile(r"\W*(?:They|These\s+firms|The\s+companies|The\s+firms)\s+(?:\w+\s+)?(?:expect|assume|see|project)(?![\w])", _F)
FIRMS_BEFORE = regex.compile(lx.alternation(lx.FIRM_WORDS), _F)
EXCHANGE_RATE = regex.compile(r"(?<![\w])(?:exchange|currency)\s+rates?(?![\w])", _F)
#: "1.2555 marks per 100": the number of units a cross is quoted per, not a rate
PER_UNITS_BEFORE = regex.compile(r"(?<![\w])per\s+$", _F)
# ("The central bank set the midpoint at 7.1067": the fixing of the story's currency)
GENERIC_CURRENCY = regex.compile(
    r"(?<![\w])the\s+(?:currency|unit|exchange\s+rate|pair|mid-?point|central\s+parity|(?:daily\s+)?fixing|official\s+rate)(?![\w])", _F)
CLOSE_AFTER = regex.compile(r"\s*(?:yen|marks?|dlrs?|dollars?|francs?)?\s+(?:close|closing|finish|opening|fixing|fix)(?![\w])", _F)
THRESHOLD = regex.compile(
    # ("determined to defend 130 yen": a line held, not a rate seen)
    r"(?:below|above|beyond|past|under|over|through|breach(?:ed|ing)?|beneath|range|between|within|the|defend(?:s|ed|ing)?)\s+(?:the\s+)?$", _F
)
TOWARD_BEFORE = regex.compile(r"(?<![\w])towards?\s+(?:the\s+)?$", _F)
#: a forecast named right after its figure: "the 7.1180 forecast", "the 150 yen expected by analysts"
FORECAST_AFTER = regex.compile(r"\s*(?:yen|marks?|dlrs?|dollars?|francs?|yuan|euros?)?\s+(?:forecast|expected|estimated|predicted|projected)(?![\w])", _F)
#: a rate firms can bear, before it: a level of pain, not one the market stood at
TOLERANCE = regex.compile(
    # ("could stand at 155" is a forecast: "stand" wants levels or rates)
    r"(?:can|could|cannot|can't|not|only)\s+(?:only\s+)?stand\s+(?:(?:a|an|the|their|its)\s+)?(?:[\w-]+\s+){0,2}?(?:levels?|rates?)"
    r"\s+(?:of|around|about|near|at)?\s*(?:about\s+|around\s+|roughly\s+|some\s+)?$"
    r"|(?:tolerat(?:e|ed|es|ing)|withstand(?:s|ing)?|surviv(?:e|ed|es|ing)"
    r"|endur(?:e|ed|es|ing)|absorb(?:s|ed|ing)?|cope\s+with|live\s+with)"
    r"\s+(?:(?:a|an|the|their|its)\s+)?(?:[\w-]+\s+){0,2}?(?:(?:exchange\s+)?(?:levels?|rates?)\s+)?"
    r"(?:of|around|about|near|at|as\s+(?:high|low|strong|weak)\s+as)?\s*(?:about\s+|around\s+|roughly\s+|some\s+)?$"
    # "the break-even rate for carmakers was 112 yen"
    r"|break[\s-]?even\s+(?:exchange\s+)?(?:rates?|levels?|points?)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:of|is|was|at|around|stood\s+at)\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$",
    _F,
)
#: (a headline drops the "of": "DOLLAR OPENS AT RECORD TOKYO LOW 139.20 YEN")
_RECORD_WORD = r"\b(?:record|new|fresh|all-time|post-war|historic)\s+(?:[\w-]+\s+){0,2}?"
#: "peaked against the yen at", "bottomed out versus the mark at": the pair named between the verb and its level
_AGAINST_GAP = r"(?:(?:against|versus|vs\.?)\s+(?:the\s+)?[\w.$]+\s+)?"
#: a day between an extreme and its figure: "a 40-year low Monday of 144.70 yen"
_DAY_WORD = lx.alternation(lx.WEEKDAY_NAMES + ("yesterday", "today"))
_MARKET_IN = r"in\s+(?-i:[A-Z])[\w.]+(?:\s+(?-i:[A-Z])[\w.]+)?\s+|here\s+"  # "a high in Tokyo of 147.50 yen"
LOW = regex.compile(
    r"(?:\blows?\s+(?:(?:on\s+)?(?:" + _DAY_WORD + r")\s+|" + _MARKET_IN + r")?(?:of|at|was|were|is)|as\s+low\s+as|(?:fall\w*|fell|dropp?\w*|slid\w*|slipp?\w*|sank|sinking|declin\w*)\s+as\s+far\s+as|bottom(?:ed)?\s+(?:out\s+)?" + _AGAINST_GAP + r"at|troughs?\s+(?:of|at|was)"
    rf"|{_RECORD_WORD}lows?)\s+(?:about\s+|around\s+)?$|lowest", _F
)
HIGH = regex.compile(
    r"(?:\bhighs?\s+(?:(?:on\s+)?(?:" + _DAY_WORD + r")\s+|" + _MARKET_IN + r")?(?:of|at|was|were|is)|as\s+high\s+as|(?:climb\w*|ris\w*|rose|jump\w*|gain\w*|advanc\w*|surg\w*)\s+as\s+far\s+as|peak(?:s|ed)?\s+" + _AGAINST_GAP + r"(?:of|at|was)"
    rf"|{_RECORD_WORD}highs?)\s+(?:about\s+|around\s+)?$|highest", _F
)
#: "155.04, its highest since February", "178.30 yen, a record high": the kind said after the figure
EXTREME_AFTER = regex.compile(
    r"(?:\s+(?:per|to|a|against)\s+(?:the\s+|one\s+)?[\w.$]+)?(?:\s+(?:on|in|at|late|early)\s+\w+(?:\s+(?!its|their|from|after|against|versus|than|compared)\w+)?)?"
    r"(?:\s+(?:earlier|later|today|yesterday|overnight)(?:\s+in\s+the\s+\w+|\s+this\s+(?:week|month|year))?)?,?\s+(?:its|their|a|the)\s+(?:[\w-]+\s+){0,3}?(?:(?P<high>highest|high|peak|strongest)|(?P<low>lowest|low|trough|weakest))(?![\w])",
    _F,
)
MODAL_REACH = regex.compile(
    r"(?<![\w])(?:could|might|(?-i:may)|will|would|should|(?:expected|likely)\s+to|seen)\s+(?:\w+\s+){0,2}as\s+(?:low|high|far)\s+as\s+(?:about\s+|around\s+)?$",
    _F,
)
COMPARED_BASE_BEFORE = regex.compile(r"(?<![\w])(?:compared\s+(?:with|to)|against|versus|from|after)\s+(?:an?\s+|the\s+)?(?:average\s+of\s+)?$", _F)
RECORD_BEFORE = regex.compile(r"(?<![\w])(?:a\s+|another\s+)?(?:new\s+)?(?:post-war\s+|all-time\s+)?record\s+(?:of\s+)?$", _F)
STRENGTH_BEFORE = regex.compile(r"(?:(?P<high>strongest)|(?P<low>weakest))\s+(?:level\s+)?(?:of|at|in)?\s*(?:about\s+|around\s+)?$", _F)
#: "slid to as weak as 149.15 per dollar", "firmed to as strong as 141.20": the extreme of the currency the sentence is about
AS_STRONG_BEFORE = regex.compile(r"(?<![\w])as\s+(?:(?P<high>strong)|(?P<low>weak))\s+as\s+(?:about\s+|around\s+)?$", _F)
_OTHER_DOLLARS = frozenset(c for w, c in lx.CURRENCY_SUBJECTS.items() if w.lower().endswith("dollar") and c != "USD")
US_UNIT = regex.compile(r"U\.?S\.?", _F)  # "U.S. dlrs": a unit that says which dollar it is
US_DOLLARS = regex.compile(r"(?<![\w])U\.?S\.?\s+(?:dollars?|dlrs?)(?![\w])", _F)
#: a dollar other than the US one, named with its country ("the Australian dollar")
LOCAL_DOLLAR = regex.compile(lx.alternation([w for w in lx.CURRENCY_SUBJECTS if w.lower().endswith("dollar") and " " in w]), _F)
RANGE_NEXT = regex.compile(r"\s*(?:to|-|–)\s*\d", _F)  # "152 to 153": the figure is a range's bottom
RANGE_PREV = regex.compile(r"(?<![\w.,/])\d[\d.,]*\s*(?:to|-|–)\s*$", _F | regex.REVERSE)  # ... or its top
RANGE_AFTER = regex.compile(r"\s*(?:[\w-]+\s+)?(?:range|band|corridor)(?![\w])", _F)
#: "support at 153.20, resistance at 155.50": chart levels a trader watches, not a rate seen
CHART_LEVEL_BEFORE = regex.compile(
    r"(?<![\w])(?:support|resistance|pivot|barrier|hurdle)(?:\s+levels?|\s+zone)?\s*(?:is\s+|lies\s+|sits\s+|seen\s+)?(?:at|of|near|around|:)?\s*(?:the\s+)?$",
    _F,
)
FORECAST = regex.compile(
    # (not a label: "USD/JPY Price Forecast: Pair holds near 147.50")
    r"(?<![\w])(?:forecasts?(?!\s*:)|forecasting|expect(?:s|ed|ing)?|predict(?:s|ed|ing)?|projected|sees?"
    # "seen" of what is to come, not of a bank seen in the market ("was seen buying dollars at around 151.10")
    r"|seen(?!\s+(?:buying|selling|intervening|offering|bidding|dumping|in\s+the\s+market))|will|should|might"
    # (not a failure told: "could not prevent the dollar from plumbing 144.70 yen")
    r"|could(?!\s+not\s+(?:be\s+)?(?:prevent|stop|halt|keep|hold|check|stem|avert)\w*)"
    r"|target(?:s|ing)?|eyes?|eyeing|within\s+reach|possibly|by\s+(?:the\s+)?end|year-end|outlook|likely|(?-i:may)|were\s+to|put\s+at"
    # the modal in a headline in capitals: "YEN MAY RISE TO 140" (not the month: "IN MAY AGAINST")
    r"|(?-i:MAY(?=\s+(?:RISE|FALL|DROP|CLIMB|REACH|HIT|TEST|BREAK|GO|BE|SEE|TOUCH|SLIP|DECLINE|GAIN|EASE|STAY|REMAIN|WEAKEN|STRENGTHEN|FIRM)\b)))(?![\w])",
    _F,
)
ASSUMED = regex.compile(
    r"(?<![\w])(?:assum(?:e|ed|es|ing|ption|ptions)|budget(?:ed)?\s+rate|budget(?:ed|s)?\s+for|plan(?:s|ned)?\s+with|rate\s+assumption"
    r"|(?:forecasts?|projections?|estimates?|plans?|budgets?)\s+(?:\w+\s+){0,2}based\s+on"  # "The forecast was based on ... 155 yen"
    + r"|" + lx.alternation(lx.FIRM_WORDS) + r"\s+(?:\w+\s+){0,2}(?:expect|expected|assume|assumed|see|saw|project|projected)"  # a survey's assumed rate
    # a rate planned with for a business year: "expects an average exchange rate of 145 yen ... for the fiscal year"
    + r"|(?:average\s+)?exchange\s+rate\s+of\s+[^.;]{0,80}?(?:for|in)\s+the\s+(?:fiscal|financial|business)\s+year)",
    _F,
)
INDEX_NAME = regex.compile(r"(?<![\w])(?:(?:dollar|currency|trade[\s-]weighted|effective)\s+index|DXY|USDX)(?![\w])", _F)
HEADING = regex.compile(r":\s*$")
#: a number with nothing unit-like after it: "traded at 150.25 in late trade", "... at 150.25."
BARE_END = regex.compile(
    r"\s*(?:[,.;)]|$)|\s+(?:in|on|at|by|after|before|from|against|and|or|late|early|yesterday|today|tonight|this|last"
    r"|when|as|while|compared|versus|vs)(?![\w])",
    _F,
)
RATE_VERB = regex.compile(
    r"(?<![\w])(?:" + lx.alternation(lx.FX_RATE_WORDS, boundary=False)
    + r"|as\s+far\s+as|as\s+(?:high|low)\s+as|(?:high|low|peak|trough)\s+(?:of|at))(?![\w])",
    _F,
)


def _since_last_figure(doc: ParsedDoc, i: int, m: Mention) -> int:
    """Where the text since the figure before m in its sentence starts (the sentence's start if none)."""
    return max([o.end for o in doc.mentions[i] if o.end <= m.start], default=doc.sentences[i].start)


def _plausible(base: str, quote: str, rate: float) -> bool:
    b = lx.UNITS_PER_USD.get(base)
    q = lx.UNITS_PER_USD.get(quote)
    if not b or not q or base == quote or rate <= 0:
        return False
    lo, hi = q[0] / b[1], q[1] / b[0]
    return lo * 0.9 <= rate <= hi * 1.1


_AGAINST_GAP_STOP = regex.compile(r"[,;]|\d|(?<![\w])(?:and|but|while)(?![\w])", _F)  # the "against" phrase ends here


#: baskets a currency is also quoted against: with one named and no dollar, a bare figure is no dollar rate
#: ("BELGIAN FRANC EMS DIVERGENCE RATE ... (43.0395 FRANCS)" is francs per ECU)
UNIT_OF_ACCOUNT = regex.compile(r"(?<![\w])(?:ECUs?|European\s+Currency\s+Units?|EMS|SDRs?|special\s+drawing\s+rights?)(?![\w])", _F)
DOLLAR_WORD = regex.compile(r"(?<![\w])(?:dollars?|dlrs?|greenback|USD)(?![\w])|\$", _F)
#: a currency futures contract ("September sterling was quoted at 1.5840/50 dlrs", "yen futures"): a price for
#: delivery in that month, not the day's rate
_CONTRACT_MONTH_BEFORE = regex.compile(
    rf"(?<![\w])(?<!(?:in|since|from|until|through|by|of|to|early|late|mid|end|last|this|next)\s+)"
    # (and a nationality between: "The September British pound settled at 1.5845")
    rf"(?:{lx.alternation(lx.MONTH_NAMES + lx.MONTH_SHORT, boundary=False)})\.?\s+(?:(?-i:[\p{{Lu}}][\w-]+)\s+)?$", _F)
_FUTURES_AFTER = regex.compile(r"\s+(?:currency\s+)?futures(?![\w])", _F)


def _futures_contract(text: str, spans: list[tuple[int, int]], lo: int) -> bool:
    """A currency futures contract named at one of the currency subjects' spans: "September sterling was quoted at
    1.5840/50 dlrs" (a price for delivery that month, not the day's rate), "yen futures"; not "In May sterling rose"."""
    return any(_CONTRACT_MONTH_BEFORE.search(text, max(lo, a - 32), a) or _FUTURES_AFTER.match(text, b) for a, b in spans)


RESPECTIVELY = regex.compile(r"(?<![\w])respectively(?![\w])", _F)


def _respectively(doc: ParsedDoc, i: int, subjects: list[tuple[int, str | None]]) -> dict[int, str]:
    """Bare figures before "respectively" paired in order with the currencies the sentence
    names before them: the units of earlier figures ("above 139 yen and 1.75 marks after
    dipping to 138.60 and 1.7440 respectively"), else the currencies after "against"."""
    sent = doc.sentences[i]
    r = RESPECTIVELY.search(doc.text, sent.start, sent.end)
    if not r:
        return {}
    bare = [m for m in doc.mentions[i] if m.end <= r.start() and _may_be_rate(m) and not m.is_money]
    if len(bare) < 2:
        return {}
    first = bare[0].start
    units: list[str] = []
    for m in doc.mentions[i]:
        unit = doc.shared_currency(m.unit_text) or m.unit
        if m.is_money and m.end <= first and unit not in units:
            units.append(unit)
    if len(units) != len(bare):
        units = []
        for a in AGAINST.finditer(doc.text, sent.start, first):
            for x in SUBJECT.finditer(doc.text, a.start("c"), first):
                c = _ccy(x.group(0), doc)
                if c and c not in units:
                    units.append(c)
            break
    if len(units) != len(bare):
        return {}
    return {m.start: u for m, u in zip(bare, units)}


def _market_order(a: str, b: str) -> tuple[str, str]:
    """(base, quote) of a pair as the market quotes it: EUR/USD, USD/JPY."""
    return (a, b) if lx.CURRENCY_BASE_RANK.get(a, 9) < lx.CURRENCY_BASE_RANK.get(b, 9) else (b, a)


def _ccy(surface: str, doc: ParsedDoc | None = None) -> str | None:
    """The currency a name means; ``doc`` gives the article's meaning of a bare "peso"."""
    if doc is not None:
        code = doc.shared_currency(surface)
        if code:
            return code
    return lx.lookup(lx.CURRENCY_SUBJECTS, surface) or lx.lookup(lx.CURRENCY_WORDS, surface)


def _seen_range(doc: ParsedDoc, i: int) -> set[int]:
    """The two ends of a range a rate moved in ("ranged between 151.05 and 152.00 yen", "traded in a 1.8050-1.8150
    mark range"): a low and a high seen, not a forecast's bounds."""
    text, sent = doc.text, doc.sentences[i]
    out: set[int] = set()
    ms = doc.mentions[i]
    for lo_m, hi_m in zip(ms, ms[1:]):
        if lo_m.range_role != "low" or hi_m.range_role != "high" or lo_m.scale != 1.0 or lo_m.unit in ("percent", "other"):
            continue
        before = text[max(sent.start, lo_m.start - 60):lo_m.start]
        if RANGE_SEEN_BEFORE.search(before) and not FORECAST.search(text, max(sent.start, lo_m.start - 80), lo_m.start):
            out.update((id(lo_m), id(hi_m)))
    return out


#: a verb of a range a rate moved in, right before its bounds
RANGE_SEEN_BEFORE = regex.compile(
    r"(?<![\w])(?:ranged|ranging|moved|moving|traded|trading|fluctuated|fluctuating|swung|swinging|oscillated|stayed|kept)"
    r"\s+(?:(?:in|within)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?range\s+(?:of|between|from)|between|from)\s+(?:about\s+|around\s+)?$", _F)


def _may_be_rate(m: Mention) -> bool:
    """A number a rate can be: one figure, not scaled, not a percentage or a quantity of
    goods, not a bound; rates are written in figures ("two more days" near "the pound" is not one)."""
    return not (
        m.range_role or m.scale != 1.0 or m.unit in ("percent", "percentage_point", "basis_point", "other")
        or m.qualifier in ("at_least", "at_most") or m.is_word
    )


def extract(doc: ParsedDoc) -> Iterator[FxRate]:
    text = doc.text
    # the sentences after the last one holding a possible rate only carry context forward: skip them
    last = max((i for i, ms in enumerate(doc.mentions) if any(_may_be_rate(x) or x.range_role for x in ms)), default=-1)
    story = _story_market(doc) if last >= 0 else None
    last_base: str | None = None
    last_day: str | None = None
    last_subject: str | None = None
    prior_rates: list[tuple[Mention, str, str]] = []
    last_rate_sentence = -10  # a currency carried over from earlier text needs a rate in the last sentences
    subject_counts: Counter[str] = Counter()
    heading = ""
    last_para = -1
    for i, sent in enumerate(doc.sentences[: last + 1]):
        s = doc.stext(i)
        if sent.paragraph != last_para:
            prev_par = doc.sentences[i - 1] if i else None
            if prev_par is not None and HEADING.search(doc.stext(i - 1)):
                heading = doc.stext(i - 1)
            elif prev_par is not None and len(doc.stext(i - 1)) > 80:
                heading = ""
            last_para = sent.paragraph
        masked = mask_parentheticals(s)
        # the pairs the sentence names, where they stand: a rate takes the last one named before it
        # ("USD/JPY rose to 150.25 ..., while EUR/JPY was at 156.10")
        pairs: list[tuple[int, tuple[str, str]]] = [
            (sent.start + p.start(), (p.group("a"), p.group("b"))) for p in PAIR_CODE.finditer(s)
            if p.group("a") in lx.CURRENCY_CODES and p.group("b") in lx.CURRENCY_CODES]
        found_subjects = list(SUBJECT.finditer(masked))
        if not pairs and (found_subjects or masked != s):  # a pair in words starts with a subject word
            for pw in PAIR_WORDS.finditer(s):
                a, b = _ccy(pw.group("a"), doc), _ccy(pw.group("b"), doc)
                if a and b and a != b:
                    pairs.append((sent.start + pw.start(), (a, b)))
        pair_codes = pairs[0][1] if pairs else None
        # (not "One dollar bought 150.10 yen": one unit of a currency is the currency itself)
        units = [(x.start, x.end) for x in doc.mentions[i] if not (x.is_money and x.value == 1.0 and x.is_word)]
        subject_matches = [m for m in found_subjects
                           if not any(a <= m.start() + sent.start < b for a, b in units)  # "149.98 yen": a unit, not a subject
                           and not _NUMBER_END.search(masked, max(0, m.start() - 3), m.start())  # "past the 150 mark": a threshold
                           and not WEIGHT_BEFORE.search(masked, max(0, m.start() - 20), m.start())]  # "70 cts a pound": a weight
        subjects = [(m.start() + sent.start, _ccy(m.group(0), doc)) for m in subject_matches]
        subject_spans = [(m.start() + sent.start, m.end() + sent.start) for m in subject_matches]
        for pos, c in subjects:
            if c:
                subject_counts[c] += 1
            if c and not AGAINST_BEFORE.search(text, max(sent.start, pos - 12), pos):
                last_subject = c  # "against the dollar" names the quote, not what the story is about
        if (not subjects and not pair_codes and not any(m.is_money for m in doc.mentions[i]) and not GENERIC_CURRENCY.search(s)
                and not (prior_rates and PRONOUN.match(s))):
            continue
        if subject_spans and _futures_contract(text, subject_spans, sent.start):
            continue
        nearby = [m for j in doc.sentence_window(i, back=2) for m in doc.mentions[j] if m.is_money and m.scale == 1.0]
        respective = _respectively(doc, i, subjects)
        cands: list[tuple[Mention, str, str]] = []
        threshold_end = -1
        # "lifted to 1.18 dlrs per pound for crude grade and 1.29 dlrs per for refined": with one figure a commodity
        # price, the sentence's other sums in its currency are prices too
        fx_words = bool(FX_CONTEXT.search(s))  # "at average rate of exchange ... 1.43 dlrs per pound": the pound is sterling
        price_units = {x.unit for x in doc.mentions[i] if x.is_money and WEIGHT_PRICE.match(text, x.end, sent.end)} if not fx_words else set()
        # "The dollar ranged between 151.05 and 152.00 yen", "moved in a range of ...": the day's low and high seen
        seen_range = _seen_range(doc, i)
        for m in doc.mentions[i]:
            if m.qualifier in ("at_least", "at_most") and m.is_money and not m.range_role:
                threshold_end = m.end  # "above 139 yen and 1.75 marks": the next figure is a threshold too
            if not (_may_be_rate(m) or id(m) in seen_range):
                continue
            if "/" in text[m.num_start:m.num_end] and not m.bid_ask:
                continue  # "96-7/32": a bond price in fractions, not a rate
            if (WEIGHT_PRICE.match(text, m.end, sent.end) and (not fx_words or m.in_hundredths)) or (m.is_money and m.unit in price_units):
                continue  # "1.30 dlr a pound", "$400 an ounce": a commodity price; so is "94 cents a pound" (no sterling rate)
            if PER_UNITS_BEFORE.search(text, max(sent.start, m.start - 6), m.start) and m.value in (100.0, 1000.0, 10000.0):
                continue  # "1.2555 marks per 100 (yen)": the quoting unit
            terms = CONTRACT_TERMS.search(text, sent.start, m.start)
            if terms and not EXCHANGE_RATE.search(text, terms.end(), m.start):
                # a warrant's or an option's rate: the terms of a contract (not "The conversion price is 980 yen
                # a share, and the exchange rate was set at 139.40 yen per dollar")
                continue
            if (not any(p < m.start for p, _c in subjects) and not pair_codes and SECURITY.search(text, sent.start, m.start)
                    and not PER_AFTER.match(text, m.end, sent.end) and not AGAINST_AFTER.match(text, m.end, sent.end)):
                continue  # "The shares last traded at 579 yen": a price of a security, in a sentence naming no currency
            idx = INDEX_NAME.search(text, max(sent.start, m.start - 100), m.start)
            if idx and not m.is_money and not any(idx.end() <= o.start < m.start for o in doc.mentions[i] if o.is_money):
                continue  # "The dollar index ... slipped 0.2% to 107.90": an index, not a rate
            before = text[max(sent.start, m.start - 40):m.start]
            coordinated = threshold_end >= 0 and _AND.fullmatch(text[threshold_end:m.start])
            threshold = THRESHOLD.search(before)
            if threshold and threshold.group(0).lower().startswith("the") and (
                    CLOSE_AFTER.match(text, m.end, sent.end) or FORECAST_AFTER.match(text, m.end, sent.end)):
                # "against the 1.4105/15 close here yesterday", "firmer than the 7.1180 forecast by traders": a rate of
                # that close or forecast, not a threshold
                threshold = None
            if threshold is None and TOWARD_BEFORE.search(before) and not FORECAST.search(text, max(sent.start, m.start - 80), m.start):
                # "edged toward 160 yen": a level approached, not one seen (a forecast "toward 140 by June" stays one)
                threshold = TOWARD_BEFORE.search(before)
            if (threshold or LEVEL_AFTER.match(text, m.end, sent.end) or coordinated) and id(m) not in seen_range:
                threshold_end = m.end
                continue  # "above 139 yen and 1.75 marks", "1.75 marks is not the floor": thresholds
            if TOLERANCE.search(text, max(sent.start, m.start - 60), m.start):
                continue  # "can only withstand a dollar of around 128 yen", "a break-even rate of 112 yen": a level of pain
            quote = (doc.shared_currency(m.unit_text) or m.unit) if m.is_money else None  # "20.35 pesos"
            base = None
            against_sentence = False  # the quote is a currency named after "against" elsewhere in the sentence
            lead_against = False  # ... at the opening of the sentence ("Against the euro, the franc ...")
            if m.start in respective:
                quote = respective[m.start]  # "against the yen and the mark, at 131.20 and 1.7105 respectively"
                others = [c for _p, c in subjects if c and c not in respective.values()]
                base = others[0] if others else (last_subject if last_subject not in respective.values() else None) or "USD"
            against = AGAINST_AFTER.match(text, m.end, sent.end)
            if against and quote is None:
                # "the yen weakened to 151.20 against the dollar": quoted either way round; the band decides below
                quote, against_sentence = _ccy(against.group("c"), doc), True
            after = None if against else PER_AFTER.match(text, m.end, sent.end)
            if after:
                per = _ccy(after.group("c"), doc)
                if per and quote is None:
                    # "145 for a dollar": the yen is the sentence's subject; of several, the last one named before the
                    # figure ("The won weakened to 1,388 per dollar, while the rupee hit 87.95 per dollar")
                    subj = [c for p, c in subjects if c and c != per and p < m.start] or [c for p, c in subjects if c and c != per]
                    quote = subj[-1] if subj else None
                base = per
            if pairs:
                pair_before = next(((pos, pc) for pos, pc in reversed(pairs) if pos < m.start), None)
                pair_codes = pair_before[1] if pair_before else pairs[0][1]
                if pair_before and any(pair_before[0] < p < m.start and c and c not in pair_before[1] for p, c in subjects):
                    # "EUR/USD slid to 1.1520, while the Australian dollar fell to $0.6480": another currency named
                    # after the pair is the figure's
                    pair_codes = None
            if pair_codes and (quote is None or quote == pair_codes[1]) and base is None:
                base, quote = pair_codes
            ag = [a for a in AGAINST.finditer(s) if _ccy(a.group("c"), doc)]
            lead = LEAD_AGAINST.match(text, sent.start, m.start) if quote is None else None
            if lead and not CLAUSE_TURN.search(text, lead.end(), m.start):
                # "Against the Swiss franc, the dollar weakened to 0.8720", "Against the euro the yen fell to 180.15": the
                # opening names the quote of the sentence
                c = _ccy(lead.group("c"), doc)
                if c and any(c2 != c for _, c2 in subjects):
                    quote, against_sentence, lead_against = c, True, True
            if quote is None:
                # "against the dollar at 1.2705": the currency named just before the number
                close = [a for a in ag if 0 <= m.start - (sent.start + a.end()) <= 40 and not _AGAINST_GAP_STOP.search(
                    text, sent.start + a.end(), m.start)]
                c = _ccy(close[-1].group("c"), doc) if close else None
                if c and any(c2 != c for _, c2 in subjects):
                    quote = c
            if quote is None:
                # "slipped to 153.20/30 yen ... from 153.80/90": the unit of a near figure of the same size
                same = [n for n in nearby if n is not m and n.value > 0 and 0.8 <= m.value / n.value <= 1.25]
                if same:
                    if not subjects and not pair_codes and not PRONOUN.search(s) and not GENERIC_CURRENCY.search(s) and i - last_rate_sentence > 1:
                        # "the dividend rose to 4.50 marks from 3.50": a price, in a sentence about no currency that
                        # does not go on from a rate sentence ("It closed at 1.8205/15 after 1.8260/70")
                        continue
                    # (a figure after "from" is the one before it's: "1.1210 Swiss francs from 1.1190, 1.2880 NZ dlrs")
                    back = [n for n in same if n.end <= m.start] if _FROM_END.search(text, max(sent.start, m.start - 30), m.start) else []
                    near = min(back or same, key=lambda n: abs(n.start - m.start))
                    quote = doc.shared_currency(near.unit_text) or near.unit  # "20.35 pesos ... vs 18.55": the article's pesos
            if quote is None:
                for a in ag:
                    c = _ccy(a.group("c"), doc)
                    if c and any(c2 != c for _, c2 in subjects):
                        quote, against_sentence = c, True
                        break
            if quote is None:
                # the sentence's own rates first, then the last sentence's
                same_pair = [(b, q) for (n, b, q) in cands if n.value > 0 and 0.8 <= m.value / n.value <= 1.25] or [
                    (b, q) for (n, b, q) in prior_rates if n.value > 0 and 0.8 <= m.value / n.value <= 1.25]
                if same_pair:
                    base, quote = same_pair[-1]  # "at 145 ..., compared with 158 in mid-January"
            if quote is None and last_subject and PRONOUN.search(text, sent.start, m.start):
                # "Against the mark it finished at 2.9910/40" in a story on sterling: "it" is the story's currency, the
                # one named after "against" the quote
                against_other = [c for a in ag if (c := _ccy(a.group("c"), doc)) and c != last_subject]
                if against_other:
                    quote, against_sentence = against_other[0], True
            if quote is None:
                # one currency in view: quoted the market's way against the dollar ("the yen slid to 160.17")
                named = {c for _, c in subjects if c}
                if not named and GENERIC_CURRENCY.search(s):
                    # "the currency": the story's own currency, the dollar being what it is quoted against
                    top = [c for c, _ in subject_counts.most_common() if c != "USD"]
                    named = {top[0]} if top else set()
                if len(named) == 1:
                    c = named.pop()
                    if c != "USD":
                        base, quote = _market_order(c, "USD")
                elif len(named) >= 2 and not m.unit_text and BARE_END.match(text, m.end, sent.end) and len(own := {c for p, c in subjects if c and c != "USD" and _since_last_figure(doc, i, m) <= p < m.start}) == 1:
                    # "The won weakened to 1,452.30 per dollar, while the Chinese yuan traded at 7.3120": the one
                    # currency named since the last figure, against the dollar
                    b, q = _market_order(own.pop(), "USD")
                    if _plausible(b, q, m.value):
                        base, quote = b, q
                elif len(named) == 2 and BARE_END.match(text, m.end, sent.end):
                    # "the yen weakened past 150 per dollar ... and traded at 150.25": the pair the
                    # sentence names, quoted the market's way, if the number fits it
                    b, q = _market_order(*sorted(named))
                    if _plausible(b, q, m.value):
                        base, quote = b, q
            if quote is None:
                continue
            if base is None:
                prior = [(p, c) for p, c in subjects if c and c != quote and p < m.start]
                # "The pound ended unchanged against the dollar ... and edged up to 2.957 marks":
                # the currency after "against" is a quote, not what the sentence is about
                prior = [(p, c) for p, c in prior if not AGAINST_BEFORE.search(text, max(sent.start, p - 12), p)
                         and not AGAINST_LIST_BEFORE.search(text, max(sent.start, p - 40), p)] or prior  # "against the mark and Swiss franc"
                if prior:
                    base = prior[-1][1]
                elif not subjects and last_subject and last_subject != quote and (
                    PRONOUN.search(text, sent.start, m.start) or (quote != "USD" and i - last_rate_sentence <= 6)
                ):
                    base = last_subject  # "It closed at 1.8205/15", "possibly to 1.60 marks"
                elif m.is_money and not subjects:
                    continue  # a price, not a rate: "$4,995 an ounce"
                elif last_subject and last_subject != quote and PRONOUN.search(text, sent.start, m.start):
                    base = last_subject  # "Against the mark it finished at 2.9910/40": "it" is the currency the story is about
                else:
                    later = [c for p, c in subjects if c and c != quote]
                    base = later[0] if later else (last_base if last_base != quote else None) or ("USD" if quote != "USD" else None)
            if lead_against and base is not None and not m.is_money and lx.CURRENCY_BASE_RANK.get(base, 9) != lx.CURRENCY_BASE_RANK.get(
                    quote, 9) and _plausible(*_market_order(base, quote), m.value):
                # "Against the euro, the franc slid to 0.9420": which is named first says nothing of the quoting; the
                # market's order does (EUR/CHF)
                base, quote = _market_order(base, quote)
            elif (against_sentence and base is not None and not m.is_money and not _plausible(base, quote, m.value)
                    and _plausible(quote, base, m.value)):
                base, quote = quote, base  # "against the euro, the yen fell to 180.12": yen per euro
            if quote == "USD" and base in (None, "USD") and (US_UNIT.search(m.unit_text) if m.is_money else US_DOLLARS.search(s)):
                # "The dollar ended at 0.6815/20 U.S. dlrs" in a story about the Australian dollar: the local dollar
                local = [x for x in LOCAL_DOLLAR.finditer(text, 0, m.start) if _ccy(x.group(0)) not in (None, "USD")]
                base = _ccy(local[-1].group(0)) if local else None
            if base is None or not _plausible(base, quote, m.value):
                continue
            if "USD" in (base, quote) and UNIT_OF_ACCOUNT.search(s) and not DOLLAR_WORD.search(s):
                continue  # the dollar was only assumed, and the sentence names a basket it could be against
            # a quote with a bid/ask tail in a sentence about rates ("from 153.80/90 at yesterday's
            # close") is one; in a table line with no verb its base is the table's, not known here
            if not (RATE_VERB.search(before) or before.rstrip().endswith(":") or m.is_money or pair_codes
                    or (m.bid_ask and RATE_VERB.search(s)) or m.start in respective
                    # "against 139.05/15 in New York and 139.30 at the close here on Monday": the next item of a list
                    or (cands and _LIST_NEXT.fullmatch(text, cands[-1][0].end, m.start))):
                continue
            # the figure is a rate; is it one seen? (checked last: these reads are dearer than the ones above)
            if id(m) not in seen_range and (RANGE_AFTER.match(text, m.end, sent.end) or RANGE_NEXT.match(text, m.end, sent.end)
                                            or RANGE_PREV.match(text, max(sent.start, m.start - 16), m.start)):
                # "its recent 1.80-85 mark range", "stabilize at around 152 to 153": the bounds of a range, not a rate seen
                continue
            if CHART_LEVEL_BEFORE.search(text, max(sent.start, m.start - 40), m.start):
                continue  # "resistance at 155.50": a chart level, not a rate seen
            if supposed(text, m, sent.start, sent.end, question=True, condition=True):
                # "asked whether a rate of 148 reflected the fundamentals", "if the dollar falls to about 140 yen, shares
                # may rally": not a level seen or forecast
                continue
            cands.append((m, base, quote))
        if not cands:
            continue
        prior_rates = cands[-4:]
        last_rate_sentence = i
        periods = _periods(doc, i, [c[0] for c in cands], last_day)
        prev_kind: str | None = None
        prev_end = prev_start = -1
        prev_period: str | None = None
        k_first = cands[0][0] if cands else None
        nxt = {id(a[0]): b[0] for a, b in zip(cands, cands[1:])}  # each figure's next one
        for (m, base, quote), when in zip(cands, periods):
            before = text[max(sent.start, m.start - 45):m.start]
            coord = prev_end >= 0 and _AND.fullmatch(text[prev_end:m.start])
            kind = "level"
            if id(m) in seen_range:
                kind = str(m.range_role)
            elif coord and prev_kind in ("low", "high", "level"):
                kind = prev_kind  # "was trading at about 1.79 marks and 139.80 yen": one verb for both
            elif MODAL_REACH.search(text, max(sent.start, m.start - 50), m.start):
                kind = "forecast"  # "could fall as low as 135 yen soon": a level to come, not one touched
            elif (ext := _extreme_of(text, m, sent.end, quote)) is not None:
                kind = ext  # "161.95 yen, the weakest level for the yen since 1986": the pair at a high
            elif (strength := AS_STRONG_BEFORE.search(before)) is not None:
                kind = _as_quoted("high" if strength.group("high") else "low", base, quote, subjects, m.start, text)
            elif LOW.search(before) or _extreme(text, m, sent.end) == "low":
                kind = _as_quoted("low", base, quote, subjects, m.start, text)
            elif HIGH.search(before) or _extreme(text, m, sent.end) == "high":
                kind = _as_quoted("high", base, quote, subjects, m.start, text)
            elif m.direction and RECORD_BEFORE.search(text, max(sent.start, m.start - 30), m.start):
                # "its drop today to a record 139.20 yen": a record in the direction of the move
                kind = _as_quoted("low" if m.direction == "down" else "high", base, quote, subjects, m.start, text)
            elif ASSUMED.search(s) or (heading and ASSUMED.search(heading)) or (
                    i > 0 and THEY_EXPECT.match(s) and FIRMS_BEFORE.search(doc.stext(i - 1))):
                # (and "Big firms plan to ... They expect the dollar to average 145.71 yen": the firms)
                # but "assume 146 yen, against the roughly 155 yen at which it trades now": the market's level beside the plan
                if not _market_now(text, m, sent.start, sent.end):
                    kind = "assumed"
            elif _forecast_cue(text, m, max(sent.start, m.start - 120), min(sent.end, m.end + 60), doc.mentions[i]) \
                    and not _MARKET_VERB.search(before) and not (prev_kind == "forecast" and _FROM_END.search(before)
                                                           and _NOW_AFTER.match(text, m.end, sent.end)):
                # (not the rate a forecast move starts from: "could climb to 120 by March from 131.40 now")
                kind = "forecast"
            period = when
            if (k_first is not None and m is not k_first and period and period == _pub(doc) and len(period) == 10
                    and _other_market_rate(text, m, k_first, sent.start, sent.end, story, nxt.get(id(m))) and not _own_time(doc, i, m)):
                # "It ended at 138.65 yen in Tokyo after New York's 139.10/20", "started at 1.4720/30 against
                # 1.4765/75 in Europe": the close of another market the figure is set against, the last business day
                period = _business_day_before(period)
            elif (period and period == _pub(doc) and len(period) == 10 and PREVIOUS_CLOSE.search(text, max(sent.start, m.start - 40), m.start)
                    and not _own_time(doc, i, m)):
                period = _business_day_before(period)  # "down from the previous 1.5185/5195 close", "its previous close of 145.60"
            elif (period and period == _pub(doc) and len(period) == 10 and PREVIOUS_CLOSE_AFTER.match(text, m.end, sent.end)
                    and not _own_time(doc, i, m)):
                period = _business_day_before(period)  # "down from 152.10 at the previous close"
            elif (period and period == _pub(doc) and len(period) == 10 and prev_start >= 0
                    and _OPEN_CLOSE_BEFORE.search(text, max(sent.start, prev_start - 40), prev_start)
                    and _FROM_END.search(text, max(sent.start, m.start - 30), m.start)
                    and not _SAME_DAY_AFTER.match(text, m.end, sent.end) and not _own_time(doc, i, m)):
                # "The dollar started at 138.40/50 yen, down from 139.10/20", "ended at 1.5915/25 dlrs against
                # 1.5880/90": an opening or a close is set against the last close, the business day before
                period = _business_day_before(period)
            if (prev_period and period == _pub(doc) and period != prev_period and not _own_time(doc, i, m) and prev_end >= 0
                    # "... closes of 1.7940/50 and 139.10/20", "Monday closes of 139.05/15 in New York and 138.90 here"
                    and (_joined(_AND, text, prev_end, m.start) or _joined(_LIST_NEXT, text, prev_end, m.start))):
                period = prev_period  # "from its New York closes of 1.7940/50 and 139.10/20": one time for both
            if (kind == "forecast" and period and doc.published and period[:4] < str(doc.published.year)
                    and COMPARED_BASE_BEFORE.search(text, max(sent.start, m.start - 25), m.start)):
                kind = "level"  # "should average 1.95 guilders in 1987 against 2.30 guilders in 1986": a year past
            if kind == "level" and period and len(period) == 4 and doc.published and int(period) > doc.published.year:
                kind = "forecast"  # "1.70 in 1988", told in 1987: a rate of a year to come
            if (kind == "forecast" and period and len(period) == 10 and doc.published and period < doc.published.isoformat()
                    and any(w.kind == "weekday" and w.value == period for w in doc.whens[i])):
                # "could climb to 1.3550 dollars on Tuesday": a weekday a rate is forecast for is the next one
                period = (dt.date.fromisoformat(period) + dt.timedelta(days=7)).isoformat()
            if kind == "assumed" or (kind == "forecast" and (period == _pub(doc) or (period and len(period) == 4))):
                period = None  # a plan or a forecast has no date of its own unless the text gives a month or day
            prev_kind, prev_end, prev_start, prev_period = kind, m.end, m.start, period
            last_base = base
            if period and len(period) == 10:
                last_day = period
            yield FxRate(
                char_start=m.start, char_end=m.end, sent_start=sent.start, sent_end=sent.end,
                rule=f"fx.{kind}", base=base, quote_ccy=quote, rate=abs(m.value), kind=kind, period=period,
            )


#: another market's rate a figure is set against: "New York's 145.85/90", "its European close of 6.0660",
#: "1.8260/70 in New York", "1.5180/90 in Europe"; markets in the order they close in a day
_MARKET = r"(?P<mk>" + lx.alternation(list(lx.FX_MARKETS)) + r")"
_MARKET_BEFORE = regex.compile(
    _MARKET + r"(?:['’]s)?\s+(?:(?:close[sd]?|closing|final|finish(?:es)?|late|last|level|rate)\s+)?(?:of\s+|at\s+)?$", _F)
_MARKET_AFTER = regex.compile(r"\s+(?:(?:late|early|earlier|overnight)\s+)?(?:in|at)\s+(?:the\s+)?" + _MARKET + r"(?![\w'’])", _F)
_STORY_MARKET = regex.compile(r"(?<![\w])(?:IN|AT)\s+" + _MARKET + r"(?![\w])", regex.V0 | regex.IGNORECASE)
PREVIOUS_CLOSE = regex.compile(
    r"(?<![\w])(?:previous|prior)\s+(?:day['’]s\s+|session['’]s\s+)?(?:(?:close|closing|finish|final)\s+(?:level\s+)?(?:of\s+|at\s+)?)?$", _F)
_FROM_DATE = regex.compile(r"(?<![\w])(?:from|against|than|versus)\s+(?:last\s+)?$", _F)
#: a condition after a rate, with a time of its own: "could test 138 yen if trade data due on Thursday disappoint"
_CONDITION = regex.compile(r"(?<![\w])(?:if|unless|should|provided|once)(?![\w])", _F)
PREVIOUS_CLOSE_AFTER = regex.compile(
    r"(?:\s*yen|\s*marks?)?\s+(?:at|in)\s+(?:the\s+|its\s+)?(?:previous|prior|last)\s+(?:day['’]s\s+)?(?:close|closing|finish)(?![\w])", _F)
#: a figure an opening or a close is given at: "opened at", "finished at", "closed the day at"
_OPEN_CLOSE_BEFORE = regex.compile(
    r"(?<![\w])(?:opened|opening|opens|started|closed|closing|ended|finished|finishing)\s+(?:[\w-]+\s+){0,3}?(?:at|of)\s+(?:about\s+)?$", _F)
#: a base that is a time of the same day: "from 145.20 at the opening", "against 1.8150 earlier"
_SAME_DAY_AFTER = regex.compile(
    r"(?:\s*(?:yen|marks?|dlrs?|francs?))?\s+(?:at\s+the\s+(?:open|opening|start|outset)|earlier|at\s+midday|at\s+noon|in\s+the\s+morning)(?![\w])", _F)
_OPENING = regex.compile(r"(?<![\w])(?:opened|opening|opens|started|starting|began)(?![\w])", _F)


def _market_rank(surface: str) -> int:
    return int(lx.lookup(lx.FX_MARKETS, surface) or 0)


def _story_market(doc: ParsedDoc) -> int | None:
    """The rank of the market a currency story reports from, when its headline says ("DOLLAR ... IN LONDON")."""
    x = _STORY_MARKET.search(doc.stext(0)) if doc.sentences else None
    return _market_rank(x.group("mk")) if x else None


def _joined(pat: regex.Pattern[str], text: str, a: int, b: int) -> bool:
    """text[a:b] joins two figures as one item to the next ("A and B"), with no comma parting them."""
    return bool(pat.fullmatch(text, a, b)) and "," not in text[a:b]


_LIST_NEXT = regex.compile(r"[\w\s'’.-]{0,30}?(?:,\s*|\s+)and\s+", _F)


def _other_market_rate(text: str, m: Mention, first: Mention, lo: int, hi: int, story: int | None,
                       nxt: Mention | None = None) -> bool:
    """A later figure of the sentence, set against the first, and the close of a market that closed before
    the story's figures: one later in the day than the story's own (New York for a Tokyo or London story),
    or the same market before its opening; with no headline market, only New York. A market named after the
    figure joined to it by "and" is both's ("against $1.1650-1660 and 175.91-95 yen in New York")."""
    if not COMPARED_WORD.search(text, first.end, m.start):
        return False
    x = _MARKET_BEFORE.search(text, max(lo, m.start - 40), m.start) or _MARKET_AFTER.match(text, m.end, hi) or (
        nxt is not None and _joined(_AND, text, m.end, nxt.start) and _MARKET_AFTER.match(text, nxt.end, hi))
    if not x:
        return False
    rank = _market_rank(x.group("mk"))
    if story is None:
        return rank == 2
    return rank > story or (rank == story and bool(_OPENING.search(text, lo, first.start + 1)))


def _own_time(doc: ParsedDoc, i: int, m: Mention) -> bool:
    """A time expression right beside the figure ("1.6163/73 last night", "yesterday's close of")."""
    # (not one a comparison parts from it: "on Tuesday from 155.90 late in New York")
    text = doc.text
    near = [w for w in doc.whens[i] if -30 <= w.start - m.end <= 25 or 0 <= m.start - w.end <= 30]
    return any(not (COMPARED_WORD.search(text, w.end, m.start) if w.end <= m.start else COMPARED_WORD.search(text, m.end, w.start))
               for w in near)


def _business_day_before(day: str) -> str:
    d = dt.date.fromisoformat(day) - dt.timedelta(days=1)
    while d.weekday() >= 5:
        d -= dt.timedelta(days=1)
    return d.isoformat()


#: a plan's rate set against the market's: "against the roughly 155 yen at which the yen trades now", "versus 150 yen today"
_SET_AGAINST_BEFORE = regex.compile(
    r"(?<![\w])(?:against|versus|vs\.?|compared\s+(?:with|to)|than)\s+(?:the\s+|an?\s+)?(?:(?:roughly|about|around|some|current|present|prevailing)\s+){0,2}$", _F)
_PRESENT_AFTER = regex.compile(
    r"(?:\s+[\w$]+){0,2}?\s+(?:today|now|currently|at\s+present)(?![\w])"
    r"|\s+(?:at\s+which|where)\s+(?:[\w-]+\s+){1,5}?(?:now|currently|today)(?![\w])", _F)
_CURRENT_BEFORE = regex.compile(r"(?<![\w])(?:current|present|prevailing)\s+$", _F)
_ACTUAL_RATE_BEFORE = regex.compile(
    r"(?<![\w])(?:actual|market|spot)\s+(?:exchange\s+)?rate\s+(?:of|was|is|at|stood\s+at)\s+(?:about\s+|around\s+|roughly\s+)?$", _F)


def _market_now(text: str, m: Mention, lo: int, hi: int) -> bool:
    """The figure is the market's rate now, set against a planned one."""
    if _ACTUAL_RATE_BEFORE.search(text, max(lo, m.start - 45), m.start):
        return True  # "the actual rate of around 147.80 yen", "the spot rate was 150.20"
    b = _SET_AGAINST_BEFORE.search(text, max(lo, m.start - 50), m.start)
    return b is not None and (_CURRENT_BEFORE.search(text, b.start(), m.start) is not None
                              or _PRESENT_AFTER.match(text, m.end, hi) is not None)


#: what parts a later rate from the time told of an earlier one: a comparison, the present, a new sentence start
_NOW_AFTER = regex.compile(r"\s+(?:today|now|currently|at\s+present)(?![\w])", _F)
_FROM_END = regex.compile(r"(?<![\w])(?:from|against|versus|vs\.?|compared\s+with)\s+(?:the\s+|an?\s+)?(?:about\s+|around\s+)?$", _F)
_PARTS_TIME = regex.compile(r"(?<![\w])(?:from|against|versus|vs\.?|compared|than|now|currently|today|since|but|while)(?![\w])|[;:]", _F)
_PAIR_OR_AGAINST = regex.compile(r"(?:/|(?:against|versus|vs\.?|to|per)\s+(?:the\s+|a\s+)?)$", _F)  # "USD/JPY", "against the yen"


def _extreme(text: str, m: Mention, hi: int) -> str | None:
    """"high" or "low" when the words right before or after the figure say so ("its highest since")."""
    x = EXTREME_AFTER.match(text, m.end, hi) or STRENGTH_BEFORE.search(text, max(0, m.start - 30), m.start)
    if not x:
        return None
    return "high" if x.group("high") else "low"


#: the currency an extreme after the figure is said of: "the weakest level for the yen", "a record low for sterling"
_EXTREME_FOR = regex.compile(r"(?:\s+levels?)?\s+(?:for|of)\s+(?:the\s+)?(?P<c>" + lx.alternation(lx.CURRENCY_SUBJECTS) + ")", _F)


def _extreme_of(text: str, m: Mention, hi: int, quote: str) -> str | None:
    """The pair's high or low when the extreme after the figure names the quote currency as its own:
    the dollar at 161.95 yen, "the weakest level for the yen", is the pair's high."""
    x = EXTREME_AFTER.match(text, m.end, hi)
    if x is None or (c := _EXTREME_FOR.match(text, x.end(), hi)) is None:
        return None
    if lx.CURRENCY_SUBJECTS.get(c.group("c")) != quote and lx.CURRENCY_SUBJECTS.get(c.group("c").lower()) != quote:
        return None
    return "low" if x.group("high") else "high"


def _as_quoted(kind: str, base: str, quote: str, subjects: list[tuple[int, str | None]], pos: int, text: str) -> str:
    """A low or high of the currency the sentence is about, as a low or high of the pair as quoted:
    the yen at "a 38-year low of 161.95 per dollar" is USD/JPY at a high."""
    before = [c for p, c in subjects if c and p < pos and not _PAIR_OR_AGAINST.search(text, max(0, p - 14), p)]
    if quote == "USD" and base in _OTHER_DOLLARS:
        return kind  # "the dollar" of an Australian dollar story is the Australian one: the base
    if before and before[-1] == quote and quote != base:
        return "high" if kind == "low" else "low"
    return kind


SINCE_START = regex.compile(r"(?:since|than)\s", _F)
SINCE_BEFORE = regex.compile(r"(?<![\w])(?:since|than)\s+(?:last\s+|early\s+|late\s+|mid-?\s*|the\s+(?:start|end|middle)\s+of\s+)?$", _F)


def _since(text: str, w: When, lo: int) -> bool:
    """A time that a rate is compared with ("the highest since July"), unless "when" re-anchors it."""
    since = SINCE_START.match(text, w.start) or SINCE_BEFORE.search(text, max(lo, w.start - 25), w.start)
    return bool(since) and not WHEN_AFTER.match(text, w.end)


def _pub(doc: ParsedDoc) -> str | None:
    return doc.published.isoformat() if doc.published else None


_MONTH_MODIFIES = regex.compile(
    r"\s+(?:(?:rate|policy|interest)\s+)?(?:hike|hikes|cut|cuts|increase|meeting|meetings|decision|survey|tankan|deadline"
    r"|session|statement|report|data|figures?|agreement|accord|summit|election|intervention|move)(?![\w])", _F)


AVERAGE_BEFORE = regex.compile(r"(?<![\w])(?:averag(?:e|ed|es|ing)|mean)(?:\s+(?:rate\s+)?of)?\s+(?:about\s+|around\s+|some\s+)?$", _F)
#: "The average dollar/yen rates were 139.84 for exports and 139.80 for imports": every figure is an average
AVERAGE_SUBJECT = regex.compile(r"(?<![\w])average\s+(?:[\w/.-]+\s+){0,3}?rates?\s+(?:[\w-]+\s+){0,3}?(?:was|were|is|are|of|stood\s+at)\s+", _F)


#: a past verb of what a rate did: a forecast cue before it governs something else ("His comment that a further decline
#: could be counter-productive helped the currency recover to 1.8265 marks")
_PAST_MOVE = regex.compile(
    r"(?<![\w])(?:helped|pushed|sent|drove|left|kept|held|lifted|" + lx.alternation(lx.PAST_CHANGE_WORDS, boundary=False)
    + r")(?![\w])", _F)


_CLAUSE_WORDS = r"after|because|amid|while|but|since|when|though|although|whereas"
#: (not "as": "sees sterling climbing as high as 1.35, maybe even to 1.36")
_CLAUSE_AFTER_RATE = regex.compile(r"(?<![\w])(?:" + _CLAUSE_WORDS + r")(?![\w])|;", _F)
_OTHER_CLAUSE = regex.compile(r"(?<![\w])(?:as|" + _CLAUSE_WORDS + r")(?![\w])|;", _F)


def _forecast_cue(text: str, m: Mention, lo: int, hi: int, others: list[Mention]) -> bool:
    """A word of forecasting near the rate: after it with no figure after the word for it to govern instead ("stands
    at 151.20 yen and could reach 155") nor a rate between ("set at 7.1025, firmer than the 7.1180 forecast"), or
    before it with no past verb of the rate between."""
    for x in FORECAST.finditer(text, lo, hi):
        if x.start() >= m.end:
            if _OTHER_CLAUSE.search(text, m.end, x.start()):
                continue  # "Yen slides to 149.15 as investors weigh BOJ outlook": the word is another clause's
            if not _DIGIT.search(text, x.end(), hi) and not any(
                    m.end <= o.start and o.end <= x.start() and _may_be_rate(o) for o in others):
                return True
        elif not _PAST_MOVE.search(text, x.end(), m.start) and not (
                # (not past a rate the word governs into another clause: "Bears eye 142.00 after failing at 144.00")
                _CLAUSE_AFTER_RATE.search(text, x.end(), m.start)
                and any(x.end() <= o.start and o.end <= m.start and _may_be_rate(o) for o in others)):
            return True
    return False


def _year_back(period: str) -> str:
    """The same day, month or year a year earlier (29 February becomes the 28th)."""
    y = int(period[:4]) - 1
    if len(period) == 10 and period[5:] == "02-29":
        return f"{y:04d}-02-28"
    return f"{y:04d}{period[4:]}"


#: a week told right after a figure: "hit 149.15 yen last week", "as weak as 149.15 earlier in the week"
_WEEK_AFTER = regex.compile(
    r"(?:\s+(?:per|to|a|against)\s+(?:the\s+|one\s+)?[\w.$]+)?(?:\s+\w+){0,2}?\s+"
    r"(?:(?:last|this|the\s+previous|the\s+past)\s+week|earlier\s+(?:in\s+the|this)\s+week|(?:a|one)\s+week\s+(?:ago|earlier))(?![\w])", _F)

_AT_CLOSE_GAP = regex.compile(r"\s*(?:yen|marks?|dlrs?|dollars?|francs?)?\s+(?:at|in|from)\s+(?:the\s+)?", _F)
_WEEK_BEFORE = regex.compile(  # "closed last week at 151.20 yen"
    r"(?<![\w])(?:last|this|the\s+previous|the\s+past)\s+week\s+(?:at|to|of|around|near)\s+(?:about\s+|around\s+)?$", _F)


def _periods(doc: ParsedDoc, i: int, ms: list[Mention], last_day: str | None) -> list[str | None]:
    """A period for each rate: the time expression that belongs to it.

    Each expression goes to its nearest rate (the closest pairs first; "yesterday's
    close of X" looks forward); an expression that opens the sentence ("On January 28,
    ...") covers every rate without one; rates joined by "and" share one.
    """
    text = doc.text
    # "its strongest since early July" is a comparison, not the rate's date; "since May 2, when it was 843.90" is one
    # nor a month that modifies a noun ("a December rate hike was on the table")
    whens = [w for w in doc.whens[i] if w.gran in ("day", "month", "year") and not _since(text, w, doc.sentences[i].start)
             and not (w.gran == "month" and _MONTH_MODIFIES.match(text, w.end))]
    sent = doc.sentences[i]

    compared = [c.start() for c in COMPARED_WORD.finditer(text, sent.start, sent.end)] if len(whens) > 1 or len(ms) > 1 else []

    def dist(w: When, m: Mention) -> float:
        if m.end <= w.start <= m.end + 25 and CLOSE_AFTER.match(text, m.end, w.start):
            return 0.0  # "the 1.4105/15 close here yesterday": the close's day, before a figure after it
        d = (w.start - m.end) if w.start >= m.end else (m.start - w.end) + 0.5
        # "147.35 yen late Tuesday, up from 146.90 yen on Monday": a comparison between them parts the two
        a, b = (w.end, m.start) if w.end <= m.start else (m.end, w.start)
        return d + 100 if any(a <= c < b for c in compared) else d

    pairs = []
    for w in whens:
        later = [k for k, m in enumerate(ms) if w.end <= m.start <= w.end + 40]
        # (not "1.6480/90 at yesterday's close, and firmed to 2.9950": the close of the figure right before)
        at_before = any(_AT_CLOSE_GAP.fullmatch(text, m.end, w.start) for m in ms if m.end <= w.start)
        if text[w.end:w.end + 2] in ("'s", "’s") and later and not at_before:
            pairs.append((0.0, later[0], w))  # "yesterday's close of 146.00"
        else:
            # (not to a figure before "from Friday": "145.20 yen, up 0.25 yen from Friday" is today's level, the
            # change counted from Friday)
            pairs.extend((dist(w, m), k, w) for k, m in enumerate(ms)
                         if not (w.start >= m.end and (_FROM_DATE.search(text, max(m.end, w.start - 12), w.start)
                                                       or _CONDITION.search(text, m.end, w.start))))
    own: dict[int, When] = {}
    used: set[int] = set()
    for _, k, w in sorted(pairs, key=lambda x: (x[0], x[1], x[2].start)):
        if k not in own and id(w) not in used:
            own[k] = w
            used.add(id(w))
    opening = [w for w in whens if w.end <= ms[0].start and _COMMA.match(text[w.end:w.end + 2])
               and not _DIGIT.search(text[sent.start:w.start])]
    for k in range(len(ms) - 1, -1, -1):
        if k not in own and k + 1 in own and _AND.fullmatch(text[ms[k].end:ms[k + 1].start]):
            own[k] = own[k + 1]  # "1.98 marks and 158 yen in late October"
    for k in range(1, len(ms)):
        # "acted last year when the yen fell to about 161.20 and stepped in near 158.40":
        # a month or year told of an earlier rate goes on for the later ones, unless something parts them
        j = k - 1
        if k not in own and j in own and own[j].gran in ("month", "year") and own[j].start < ms[k].start \
                and not _PARTS_TIME.search(text, ms[j].end, ms[k].start):
            own[k] = own[j]
    for k in range(1, len(ms)):
        # "down from 139.10/20 on Monday, and slipped to 1.7925/30 marks from 1.7940/50": a figure compared
        # with, told without a time, is of the time of the sentence's earlier figure compared with
        if k not in own and _FROM_END.search(text, max(sent.start, ms[k].start - 25), ms[k].start) \
                and not any(0 <= w.start - ms[k].end <= 20 for w in doc.whens[i]):  # not "from 184.55 a year earlier"
            earlier = [j for j in range(k) if j in own and _FROM_END.search(text, max(sent.start, ms[j].start - 25), ms[j].start)]
            if earlier:
                own[k] = own[earlier[-1]]
    out: list[str | None] = []
    # "On March 3, the dollar ended at 149.20 after falling to 148.10 earlier in the day": a day the
    # sentence names is what "that day", "earlier in the session" and "the previous day" refer to
    days = [w.value for w in whens if w.gran == "day" and w.value and not w.relative and w.kind not in ("rel_day", "weekday")]
    anchor = days[0] if len(set(days)) == 1 else (last_day or _pub(doc))  # (no day told yet: the article's)
    averages = bool(AVERAGE_SUBJECT.search(text, sent.start, ms[0].start))
    for k in range(len(ms)):
        mine = own.get(k) or (opening[-1] if opening else None)
        yago = next((w for w in doc.whens[i] if w.kind in ("q_yago", "y_prev") and 0 <= w.start - ms[k].end <= 6), None)
        if mine is None and yago is not None:
            # "averaged 157 yen in the six months to April, against 192 a year earlier": the earlier figure's time
            # a year back (unknown if the figure before it has none)
            # (the figure compared is the last one that is no base itself: "to 141.20 in May from 142.75 in
            # April and was up 12.4 pct from 125.60 a year earlier" is May's)
            mains = [out[j] for j in range(k) if not _FROM_END.search(text, max(sent.start, ms[j].start - 25), ms[j].start)]
            prev = mains[-1] if mains else (out[-1] if out else None)
            out.append(_year_back(prev) if prev else None)
        elif mine is None and (averages or AVERAGE_BEFORE.search(text, max(sent.start, ms[k].start - 30), ms[k].start)):
            out.append(None)  # "The dollar averaged 157 yen": over some period, not on the article's day
        elif mine is None and (_WEEK_AFTER.match(text, ms[k].end, sent.end) or _WEEK_BEFORE.search(text, max(sent.start, ms[k].start - 30), ms[k].start)):
            out.append(None)  # "hit 149.15 yen earlier this week": some day of a week, not the article's
        elif mine is None:
            out.append(_pub(doc))
        elif mine.kind == "rel_prev_day":
            out.append((dt.date.fromisoformat(anchor) - dt.timedelta(days=1)).isoformat() if anchor else None)
        elif mine.kind == "rel_same_day":
            out.append(anchor or _pub(doc))
        else:
            out.append(mine.value)
    return out
