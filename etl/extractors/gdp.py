"""GDP change: "Japan's economy shrank at an annual rate of 0.2% in the first
quarter", "GDP contracted an annualised 1.8 percent", "GNP grew 0.6 pct in the
July/September quarter", "growth should ease to 1.2 pct this year".

A percent mention whose nearest topic word (parenthetical asides masked) is
GDP/GNP/the economy/growth, not a component (consumption, exports, capex...)
and not a share ("10% of GDP"). The sign comes from the verb of change.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import regex

from etl import dates
from etl import lexicon as lx
from etl.context import ParsedDoc
from etl.dates import shift_quarter
from etl.extractors._common import (
    CLAUSE_TURN,
    COMPARED_WORD,
    FORECASTERS_EXPECTED_WORDS,
    REPORTING_VERB,
    SELF_POSSESSIVE_WORDS,
    WHEN_AFTER,
    attach,
    find_cues,
    last_match,
    mask_parentheticals,
    supposed,
)
from etl.facts import Gdp
from etl.numbers import Mention

_F = regex.VERBOSE | regex.IGNORECASE | regex.V0
_PCT_END = regex.compile(r"%\s*$|\b(?:pct|percent|per\s+cent)\s*$")
_COMPARED = regex.compile(
    r"[\s,]*(?:from|against|compared\s+with|versus|after|(?:faster|slower|higher|lower|stronger|weaker|more|less|up|down)\s+than)"
    r"\s+(?:an?\s+|the\s+)?", _F)  # "2% from 1.5%", "7.4%, faster than 6.4%"
#: what a quarter is written with ("the April-June period", "the third quarter", "Q2", "the three months to June"):
#: only such a sentence is read for the period an article is about
QUARTER_HINT = regex.compile(r"quarter|qtr|Q[1-4]|months|(?:Jan|Apr|Jul|Oct)[a-z]*\.?\s*(?:-|–|/|to|through)", _F)
_SAME_BEFORE = regex.compile(r"(?<![\w])(?:in|during)\s+the\s+same\s+$", _F)  # not "on the same 1985 quarter": a base
_PRICES_AFTER = regex.compile(r"\s+(?:constant\s+|market\s+)?prices(?![\w])", _F)
_PERIOD_AFTER = regex.compile(r"\s+(?:quarter|period|three\s+months)(?![\w])", _F)
_QUARTER = regex.compile(r"\b(?:quarter|qtr|three[\s-]months?)", _F)  # "in the three months to October": a quarter's span
_COORD_GAP = regex.compile(r"[\w\s.-]{0,40}?,?\s*(?:or|and)\s*", _F)
#: the same change said again on another basis, after a gap of its own: "..., or an annualized 0.7%"
_RESTATED_END = regex.compile(r",\s+or\s+(?:an?\s+)?(?:annuali[sz]ed|annual[\s-]+rate\s+of|seasonally\s+adjusted)?\s*$", _F)
_MOVE_WORD = regex.compile(lx.alternation(lx.RISE_WORDS + lx.FALL_WORDS), _F)
#: "7.4% year-on-year in the January-March quarter, faster than 6.4%": the gap ends in a comparison
_COMPARED_END = regex.compile(
    r"(?<![\w])(?:from|against|compared\s+with|versus|after|following|than)\s+(?:an?\s+|the\s+)?"
    r"(?:revised\s+|initial\s+|(?:upwardly|downwardly)\s+revised\s+)?$", _F)
#: between two listed figures, the first one's time: "3.9 pct in the second quarter and 1.1 pct"
_LIST_GAP = regex.compile(
    r"[\s,]*(?:in|for|during)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+,?\s+(?:and|or|versus|against|compared\s+with)\s+(?:an?\s+)?", _F)
#: between two countries' figures listed alike: "0.5% and Spain 0.6%", "0.5%, while Spain's economy grew 0.6%"
_ITEM_GAP = regex.compile(r"[\s,]*(?:and|while|with|whereas)\s+[^\d;:()]*?", _F)
_PARENS = regex.compile(r"\([^()]*\)")
_CLAUSE_PUNCT = regex.compile(r"[,;:]")
#: "wages up 4% with GDP growth of 2%", "prices down 1% at a growth rate of 3%": growth after a preposition of condition
#: is what the figure depends on, not the figure's topic
_CONDITION_GAP = regex.compile(r"\s*(?:at|with|given|assuming|on|under)\s", _F)
SHARE_OF = regex.compile(r"\s+of\s+(?!(?:the\s+)?(?:previous|preceding|prior|last|year|quarter)\b)", _F)  # "40 pct of the voters"
_DIR_NOUNS = r"(?:rise|rises|increase|increases|gain|gains|jump|drop|drops|fall|falls|decline|declines|decrease|slump|dip|growth|expansion|contraction)"
#: "a 19.7 pct drop in capital goods orders": not a change of GDP, unless GDP or the economy follows
#: a time between a change and what changed: "six pct growth this year in private home building"
_TIME_BETWEEN = r"(?:\s+(?:this|next|last|the\s+current|the\s+coming)\s+(?:fiscal\s+|calendar\s+)?(?:year|quarter|half|month))?"
#: "2.1% in Japan", "1.1% growth next year in Britain"
_IN_FOR = regex.compile(r"(?:\s+(?:\w+\s+)?" + _DIR_NOUNS + _TIME_BETWEEN + r")?\s+(?:in|for)\s+(?:the\s+)?", _F)
CHANGE_IN_OTHER = regex.compile(
    r"\s+(?:\w+\s+)?" + _DIR_NOUNS + _TIME_BETWEEN + r"\s+(?:in|of)\s+(?!(?:[\w.'’-]+\s+){0,3}?"
    r"(?:GDP|GNP|gross\s+(?:domestic|national)|economy|economic\s+(?:growth|output|activity)|national\s+output|output)\b)"
    r"(?!" + r"(?:the\s+|a\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:quarter|quarters|year|years|half|month|months|period|\d|poll|survey)"
    r"|the\s+(?:first|second|third|fourth|final|last)(?![\w-])"  # "after a 1.1 pct rise in the third": a quarter
    + r"|" + lx.alternation(lx.MONTH_NAMES) + ")",  # ("a 0.4% contraction in a poll of economists": a forecaster's)
    _F,
)  # "the 1.7 pct gain in the second quarter" is a time, not another topic
#: "the strength of its economy, which grew": the economy of a relative clause is what changed (not "approval of the
#: economy also dropped": the head noun's verb)
CHANGE_VERB_AFTER = regex.compile(r",?\s+(?:that|which)\s+(?:\w+\s+)?" + lx.alternation(lx.RISE_WORDS + lx.FALL_WORDS), _F)
#: words that open a clause or phrase of its own after a figure ("... in 1986 as exports rose", "helped by exports")
_CLAUSE_OPENERS = r"as|while|after|because|since|with|helped|thanks|led|driven|amid|despite|but"
#: what sets a component after a growth figure in a clause or phrase of its own ("as exports rose", ", helped by exports")
COMPONENT_CLAUSE_GAP = regex.compile(rf"[,;]|(?<![\w])(?:{_CLAUSE_OPENERS}|and)(?![\w])", _F)
PREP_END = regex.compile(
    r"(?<![\w])(?:(?:of|on|about|over|for|with|into|in|from|by)\s+(?:the\s+|its\s+|their\s+|any\s+|an?\s+|every\s+|each\s+|\w+['’]s\s+)?"
    # "handling of the New Zealand economy", "the mainstay of the local economy"
    r"(?:(?-i:[a-z][\w-]*)\s+)?"
    # "to" with a bare word after it is an infinitive ("has to admit the economy grew"): "to the local economy"
    r"|to\s+(?:(?:the|its|their|\w+['’]s)\s+(?:(?-i:[a-z][\w-]*)\s+)?)?)(?-i:[\p{Lu}][\w.'’-]*\s+){0,3}$", _F)
_WORD = regex.compile(r"[\w'’.-]+")
#: "(revised to 0.3%) from an initial 0.1%", "from a preliminary estimate of": the first reading of a figure
_FIRST_READING = (r"from\s+(?:an?\s+|the\s+)?(?:initial|initially|earlier|previous|previously|preliminary|first|advance|originally"
                  r"|original|flash)\s+(?:\w+\s+){0,2}?(?:of\s+)?(?:an?\s+)?")
_FROM_EARLIER = regex.compile(
    r"(?<![\w])(?:revised\s+(?:\w+\s+)?from|(?:up|down)\s+from|(?:slow\w*|accelerat\w*|decelerat\w*|eas(?:e|ed|ing)|quicken\w*|picking\s+up|picked\s+up)\s+from|"
    + _FIRST_READING + r")\s*$",
    _F,
)

_NOT_ECONOMY = r"(?!\s+" + lx.alternation(lx.ECONOMY_INSTITUTION_WORDS) + ")"  # "the economy ministry said"
GDP_WORD = regex.compile(
    r"(?<![\w])(?:GDP|GNP|gross\s+(?:domestic|national)\s+product|(?:the\s+|its\s+|\w+['’]s\s+)?economy" + _NOT_ECONOMY
    + r"|economic\s+(?:growth|output)|growth\s+rate|growth)(?![\w])",
    _F,
)
#: GDP as a denominator: "as a proportion of GDP", "the ratio of the surplus to GNP"
SHARE_OF_GDP = regex.compile(
    r"(?:proportion|share|percentage|per\s+cent|percent|pct|ratio|%)\s+(?:of\s+(?:the\s+)?(?:\w+\s+){0,3}?to\s+(?:the\s+)?(?:\w+['’]s\s+)?|of\s+(?:the\s+)?(?:\w+['’]s\s+)?)"
    r"(?:GDP|GNP|gross\s+(?:domestic|national)\s+product|economy|output)",
    _F,
)
#: phrases that name no topic of their own: "adjusted for inflation", "allowing for inflation", "in real terms"
NEUTRAL = regex.compile(
    r"(?:inflation|price|seasonally)[\s-]+adjusted|(?:adjusted|allowing|allowance|correcting|corrected|accounting|controlling)\s+for\s+"
    r"(?:inflation|prices|seasonal\s+\w+)|in\s+(?:real|nominal|inflation-adjusted)\s+terms"
    r"|(?:an?\s+)?annuali[sz]ed\s+rate|annual\s+(?:rate|pace)|after\s+seasonal\s+adjustment"
    r"|(?:calculated\s+|measured\s+|valued\s+)?at\s+(?:constant\s+|current\s+|market\s+|average\s+)?(?:(?:19|20)\d\d(?:/\d\d)?\s+)?prices"
    r"|(?:after\s+)?(?:removing|excluding|stripping\s+out)\s+(?:the\s+(?:impact|effects?)\s+of\s+)?(?:inflation|prices)|after\s+inflation",
    _F,
)
GROUP = regex.compile(
    lx.alternation(lx.COUNTRY_GROUPS)
    # "the forecast for the seven": the Group of Seven named by its number alone (not "the seven months")
    # (not "the five institutes", "the seven-year period": only where a noun phrase ends, or before a word of a group)
    + r"|(?<![\w])the\s+(?:five|seven)(?=\s*[,.;:)]|\s+(?:is|are|was|were|will|would|should|could|has|have|had|also|as\s+a\s+(?:whole|group)"
    r"|combined|together|countries|nations|economies|industrial\w*|summit|governments)(?![\w]))", _F)
_NOT_A_BODY = regex.compile(r"growth|econom", _F)
GROW_VERB = regex.compile(r"(?<![\w])(?:grow|grows|grew|grown|growing|expand(?:s|ed|ing)?|contract(?:s|ed|ing)?|shrink(?:s|ing)?|shrank|shrunk)(?![\w])", _F)
FALL_DIRECT = regex.compile(
    r"(?<![\w])(?:" + lx.alternation(lx.CONTRACTION_WORDS)
    + r"|(?:drop|decline|fall|contraction|decrease|slump|negative\s+growth)\s+of)\s+(?:by\s+|at\s+an?\s+(?:\w+\s+){0,2}(?:rate|pace)\s+of\s+|at\s+(?=an?\s)|an?\s+(?:[\w-]+\s+){0,3}?|about\s+|some\s+|nearly\s+|around\s+"
    + r"|at\s+(?=annuali[sz]ed\s)|annuali[sz]ed\s+)*$",  # (a headline's "falls at annualized 1.8%")
    _F,
)
#: "The OECD said that output should recover": a body that speaks is the source, not the economy that grows
GROUP_SPEAKS = regex.compile(r"['’]?s?\s+(?:also\s+|now\s+)?(?:said|says|forecast|forecasts|predicted|predicts|expects|expected|sees|saw|projected|projects|estimated|estimates|reported)(?![\w])", _F)
#: "the world's fourth-largest economy", "the world's No. 3 economy": one country, named by its rank
RANKED_ECONOMY = regex.compile(r"['’]s\s+(?:No\.\s*\d+|\w+est|(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))[\s-]+(?:largest|biggest))", _F)
GROWTH_OF_COMPONENT = regex.compile(r"\s*(?:\w+\s+){0,3}growth\s+(?:in|of)\s+(?:\w+\s+){0,2}", _F)
GDP_WORD_STEMS = ("gdp", "gnp", "gross", "econom", "growth")  # what every GDP_WORD match holds, lower case
ECONOMY_WORDS = ("econom", "gdp", "gnp", "gross")  # the words ECONOMY_OF requires, lower case
ECONOMY_OF = regex.compile(r"(?:['’]s?\s+(?:\w+\s+){0,2}(?:economy|GDP|GNP|gross)|\s+(?:economy|economic|GDP|GNP))", _F)
STRONG_GDP = regex.compile(
    r"(?<![\w])(?:GDP|GNP|gross\s+(?:domestic|national)\s+product|economy" + _NOT_ECONOMY + r"|economic\s+(?:growth|output))(?![\w])", _F
)
COMPONENT = regex.compile(
    "|".join((lx.alternation(lx.GDP_COMPONENT_WORDS),
              r"(?<![\w])(?:devalu\w+|revalu\w+|M-?[0-3])(?![\w])")),  # devaluation, revalued, M1, M-3
    _F,
)
#: a component that is what changes: "unit wage costs in manufacturing industry were rising"
#: a clause of its own that opens a reported statement: ", and that ...", "; while ..."
THAT_CLAUSE = regex.compile(r"(?:,\s+(?:and\s+|but\s+)?that|;\s+(?:and\s+|but\s+)?(?:that\s+)?)(?=\s)", _F)
COMPONENT_MOVES = regex.compile(
    r"\s+(?:[\w-]+\s+){0,4}?(?:(?:were|was|is|are|has|have|had)\s+(?:been\s+)?)?"
    + lx.alternation([w for w in lx.RISE_WORDS + lx.FALL_WORDS if w.endswith(("ed", "ing")) or w in ("rose", "fell", "grew")]), _F)
#: "growth in this measure", "growth of that aggregate": the growth of something named before, not the economy
GROWTH_OF_NAMED = regex.compile(
    r"\s+(?:in|of)\s+(?:this|that|these|those|the\s+same)\s+"
    r"(?!(?:economy|economies|country|nation|period|quarter|year|month|half|time|decade)(?![\w]))[a-z]", _F)
COMPONENT_AFTER_GROWTH = regex.compile(r"\s+(?:in|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?" + "(?:" + COMPONENT.pattern + ")", _F)
#: "drops of 0.4 pct and 0.3 pct in household and public spending": the changes of components
IN_COMPONENT_AFTER = regex.compile(
    r"(?:\s*(?:,|and|or)\s*[-+]?\d[\d.,]*\s*(?:%|pct|percent|per\s+cent))*\s+(?:in|of)\s+(?:the\s+)?"
    # (not past a word that opens a clause of its own: "grew 3 pct in 1986 as exports rose")
    rf"(?:(?!(?:quarter|year|month|period|half|GDP|GNP|gross|economy|economic|{_CLAUSE_OPENERS})(?![\w]))[\w-]+\s+){{0,4}}?(?:"
    + COMPONENT.pattern + ")",
    _F,
)
CONTRIBUTION_BEFORE = regex.compile(r"(?<![\w])(?:add|adds|added|adding|subtract\w*|shave\w*|knock\w*|contribut\w*|take|takes|took|cut|cuts|trim\w*)\s+(?:about\s+|around\s+|some\s+|an?\s+)?$", _F)
CONTRIBUTION_NOUN_BEFORE = regex.compile(
    r"(?<![\w])(?:contribution|component)s?\s+(?:[\w-]+\s+){0,5}?(?:to|at|of|was|is|were)\s+(?:about\s+|around\s+|an?\s+)?$", _F)
#: an effect on the level: "having cut it by 0.9 pct", "could lift Chile's gross national product by four pct"
EFFECT_BY_BEFORE = regex.compile(
    r"(?<![\w])(?:rais|boost|lift|reduc|cut|shav|knock|trim|add|lower)\w*\s+(?:it|(?:the\s+)?(?:\w+['’]s\s+)?(?:real\s+)?"
    r"(?:GNP|GDP|gross\s+(?:domestic|national)\s+product|growth|output))\s+by\s+(?:more\s+than\s+|about\s+|around\s+|some\s+|nearly\s+|up\s+to\s+)?$", _F)
#: ("will add 0.7 pct to U.S. GNP", "will contribute 1.4 pct less to GNP")
CONTRIBUTION_AFTER = regex.compile(
    r"\s+(?:point\s+)?(?:(?:less|more)\s+)?(?:to|from|off)\s+(?:the\s+)?(?:\w+['’]s\s+|U\.S\.\s+|[A-Z]\w+\s+(?=GDP|GNP))?(?:real\s+)?"
    r"(?:GDP|GNP|gross|growth|economic)", _F)
SHARE_AFTER = regex.compile(r"\s*(?:of|of\s+the\s+\w+['’]?s?|of\s+its|of\s+their)\s+(?:\w+\s+)?(?:GDP|GNP|gross|economy|output|workforce)", _F)
#: what an economy needs, not what it did or is expected to do: "must grow by", "has to get back to growth of"
NEED = regex.compile(r"(?<![\w])(?:would\s+(?:have|need)\s+to|needs?\s+to|must|required\s+to|ha(?:s|ve)\s+to)\s+"
                  # (not past a verb of what happened: "has to admit the economy grew only 0.5 pct")
                  r"(?:(?!(?:" + lx.alternation(lx.PAST_CHANGE_WORDS, boundary=False) + r"|\w+ed)\s)\w+\s+){0,5}$", _F)
OPENING = regex.compile(r"\W*(?:on|in|at)?\s*(?:an?\s+|the\s+)?", _F)  # what may stand before a sentence-opening cue
#: "The country's GDP", "the nation's economy": the country named last before the sentence
SELF_POSSESSIVE = regex.compile(SELF_POSSESSIVE_WORDS + r"(?![\w])", _F)
#: a country named as a partner, not as the one spoken of ("exports to the United States")
_PARTNER_BEFORE = regex.compile(r"(?<![\w])(?:to|from|with|against|than|versus|into|over)\s+(?:the\s+)?$", _F)
#: the first reading of a figure just given as revised: "(to a 0.3% decline) from an initial 0.1% fall"
REVISED_FROM_BEFORE = regex.compile(r"(?<![\w])" + _FIRST_READING + "$", _F)
#: forecasters and what they had expected, opening a sentence: "Economists polled by Reuters had forecast ..."
FORECASTERS_HAD = regex.compile(r"\W*" + FORECASTERS_EXPECTED_WORDS, _F)
#: "The rise in GDP fell short of the 3.4 pct forecast": the change just told, set against its forecast (of its period)
CHANGE_ANAPHOR = regex.compile(
    r"\W*The\s+(?:[\w-]+\s+){0,2}?(?:rise|increase|gain|growth|expansion|decline|drop|fall|contraction)\s+(?:in|of)\s+", _F)
ANAPHOR_START = regex.compile(
    # "The figure", "The first-quarter figure", "The revised reading"
    r"^\W*(?:(?:That|This|It|Its)(?![\w])|The\s+(?:[\w-]+\s+){0,2}?(?:figure|result|reading|data|decline|contraction|drop|rise|revision|estimate)"
    # "Economists had expected a 0.5 pct quarterly rise": the forecast of the figure just given
    r"|" + FORECASTERS_EXPECTED_WORDS + ")",
    _F,
)
#: a year's own figure: "down from 1985's four pct"
YEAR_POSSESSIVE_BEFORE = regex.compile(r"(?<![\w])(?P<y>(?:19|20)\d\d)['’]s\s+(?:[\w-]+\s+)?$", _F)
#: a rate held over several years ("2.2 pct a year between now and the end of 1991", "on average for the five-year
#: period", "two pct for the next few years"): no one year's change, so no period
_FUTURE_SPAN = regex.compile(r"(?<![\w])(?:next|coming|following|between\s+now)(?![\w])", _F)  # "for the next few years"
MULTI_YEAR_AFTER = regex.compile(
    r"(?:(?!(?:19|20)\d\d)[^,;.()]){0,60}?(?<![\w])(?:between\s+now\s+and|(?:over|for|during|in)\s+the\s+(?:next|coming|following)\s+(?:few\s+|several\s+|[\w-]+\s+)?years"
    r"|(?:over|for|during|in)\s+the\s+(?:\w+[\s-])?(?:two|three|four|five|six|seven|ten|\d+)[\s-]year\s+(?:period|span|plan)"
    r"|(?P<y1>(?:19|20)\d\d)\s*(?:to|through|-|–)\s*(?P<y2>(?:19|20)?\d\d)(?![\w])"
    # "an average five pct in fiscal years 1985/86 and 1986/87": two years or more named as years
    r"|(?:in|for|during|over)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?years\s+(?:19|20)\d\d(?:/\d\d)?\s*(?:,|and|to|through|-|–)\s*"
    r"(?P<y3>(?:19|20)\d\d)(?![\w])"
    # "2.2 pct growth average seen to 1991", "two pct a year until 1990"
    r"|(?:average|a\s+year|annually|per\s+year|per\s+annum)(?![\w])[^,;.()]{0,30}?(?<![\w])(?:to|until|through|till)\s+"
    r"(?:the\s+end\s+of\s+)?(?P<y3>(?:19|20)\d\d)(?![\w]))", _F)
#: a fall named after the GDP word: "its 1.8 pct GDP decline in 1985"
FALL_NOUN_AFTER = regex.compile(
    r"\s+(?:real\s+)?(?:GDP|GNP|economic|output)\s+(?:decline|contraction|drop|fall|decrease|slump|shrinkage)s?(?![\w])", _F)
#: the year after the one named before: "0.7% in fiscal 2025 and 0.8% in the following year"
FOLLOWING_YEAR_AFTER = regex.compile(
    r"\s+(?:in\s+|for\s+)?(?:the\s+)?(?:(?:following|subsequent)\s+(?:fiscal\s+)?year|year\s+after)(?![\w])", _F)
#: right after a GDP sentence, bare output or growth as the subject is GDP's: "On a quarterly basis, output shrank
#: 0.4%" (not "Industrial output fell")
OUTPUT_SUBJECT = regex.compile(
    r"^\W*(?:[^,;]{1,60},\s+)?(?P<w>Output|Growth)\s+(?:(?:in|for|during)\s+(?:the\s+)?[\w-]+(?:\s+(?:quarter|period|months))?\s+)?(?:was|were|"
    + lx.alternation(lx.RISE_WORDS + lx.FALL_WORDS, boundary=False) + r")\b", _F)

BASIS = {
    "annualized_qoq": regex.compile(r"(?<![\w])(?:annuali[sz]ed|annual\s+(?:rate|pace|basis|terms)|at\s+an\s+annual|SAAR)(?![\w])", _F),
    "yoy": regex.compile(r"(?<![\w])(?:(?:compared\s+(?:with|to)|from|over|on|against|versus)\s+(?:the\s+)?year[\s-](?:earlier|ago)\s+(?:quarter|period|three\s+months|level)"
                     r"|year[\s-]on[\s-]year|year[\s-]over[\s-]year|(?:from|than)\s+a\s+year\s+(?:earlier|ago|before)|y/y|yoy|on\s+the\s+year|compared\s+with\s+a\s+year"
                     r"|in\s+the\s+same\s+\d{4}\s+(?:quarter|period|months?)"
                     r"|between\s+the\s+(?:first|second|third|fourth|final|last)\s+quarters\s+of"  # "... of 1987 and 1986"
                     # "in the year to June", "in the 12 months ended September": a year-on-year span
                     # (not "the year ended June 30": a fiscal year)
                     r"|in\s+the\s+(?:year\s+(?:to|through)|(?:12|twelve)\s+months\s+(?:to|ended|ending|through))\s+(?:the\s+end\s+of\s+)?"
                     + lx.alternation(lx.MONTH_NAMES + lx.MONTH_SHORT, boundary=False) +
                     r"|compared\s+(?:with|to)\s+the\s+same\s+(?:quarter|period|months?)\s+(?:in|of)\s+\d{4}"  # "compared with the same period in 1985"  # "against 10.5 pct in the same 1986 period"
                     r"|(?:from|over|on|against|versus|compared\s+(?:with|to)|than(?:\s+in)?)\s+the\s+same\s+(?:\d{4}\s+|year-ago\s+|year-earlier\s+)?(?:quarter|period|months?)"
                     r"(?:\s+(?:a\s+year\s+(?:earlier|ago|before)|of\s+\d{4}|last\s+year))?)(?![\w])", _F),
    "qoq": regex.compile(r"(?<![\w])(?:quarter[\s-]on[\s-]quarter|on[\s-]quarter|on\s+the\s+(?:previous\s+|prior\s+|preceding\s+)?quarter(?!\s+(?:of|to|ended|ending))|q/q|qoq|from\s+the\s+(?:previous|preceding|prior|first|second|third|fourth)\s+(?:quarter|three\s+months)|quarterly\s+(?:basis|rate|rise|gain|increase|growth|expansion|decline|fall|drop|contraction)"
                     r"|from\s+the\s+\w+[-–/]\w+\s+(?:period|quarter)|compared\s+with\s+the\s+(?:final|last|previous)\s+three\s+months)(?![\w])", _F),
}
#: the market's economists, not the government's ("government economists expect" is an official forecast)
_NOT_OFFICIAL = r"(?<!(?:government|official|ministry|treasury|state|bank)\s+)"
CONSENSUS = regex.compile(
    r"(?<![\w])(?:median|consensus|poll(?:ed)?|surveyed\s+by|market\s+(?:expectations|forecasts?)|projected\s+by\s+analysts"
    # (not "government economists expect": an official forecast)
    r"|" + _NOT_OFFICIAL + r"(?:economists?|analysts?)['’]?\s+(?:\w+\s+){0,3}(?:had\s+)?"
    r"(?:estimates?|forecasts?|expect\w*|projected|predict\w*|see)"
    r"|(?:estimates?|forecasts?|expectations?)\s+(?:by|of|from|among)\s+(?:[\w-]+\s+){0,2}(?:economists|analysts)"
    r"|(?:expected|forecast|predicted|projected|estimated)\s+by\s+(?:[\w-]+\s+){0,2}(?:economists|analysts)"  # "the 2.5% contraction expected by economists"
    r"|what\s+(?:economists|analysts)\s+(?:had\s+)?(?:projected|expected|forecast))(?![\w])",
    _F,
)
#: "a forecast of one pct issued by the Treasury": an official forecaster's figure, not the market's
_ISSUED = r"(?:issued|made|published|given|released|set|prepared|presented|drawn\s+up)"  #: verbs of putting out a forecast
_OFFICIAL = (r"(?:Treasury|government|administration|White\s+House|ministry|central\s+bank|Bank|IMF|OECD|Commission"
             r"|Bundesbank|Fed|Federal\s+Reserve|cabinet|planning\s+(?:agency|office|bureau)|budget|Congressional\s+Budget\s+Office|CBO)")
_FORECAST_VERB = r"(?:forecast|projected|predicted|estimated|expected|targeted|seen)"
OFFICIAL_AFTER = regex.compile(
    r"\s+(?:" + _ISSUED + r"\s+)?(?:by|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?" + _OFFICIAL + r"(?![\w])", _F)
#: "slower than the 3 pct forecast by the administration", "less than the 3 pct the government forecast"
OFFICIAL_FORECAST_AFTER = regex.compile(
    r"\s+(?:" + _ISSUED + "|" + _FORECAST_VERB + r")\s+(?:by|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?" + _OFFICIAL + r"(?![\w])"
    # (not "rose 2 pct as the Bank expected": a figure seen, set against the forecast)
    + r"|\s+(?:that\s+)?(?:the\s+)?(?:(?!(?:as|while|and|but|when|after|before|because|since|if|though|although|than)\s)[\w'’-]+\s+){0,2}?"
    + _OFFICIAL + r"\s+(?:had\s+|has\s+)?(?:forecast|projected|predicted"
    r"|expects|expected|sees|saw|targets|targeted)(?![\w])", _F)
#: "rose 2 pct in the first quarter as economists had expected": a figure seen, that matched a forecast
AS_EXPECTED_AFTER = regex.compile(
    r"(?:\s+[\w'’-]+){0,5}?,?\s+as\s+(?:[\w'’-]+\s+){0,3}?(?:had\s+|has\s+|have\s+)?(?:expected|forecast|predicted|projected|estimated)(?![\w])", _F)
PAST_CHANGE_BEFORE = regex.compile(
    r"(?<![\w])" + lx.alternation(lx.PAST_CHANGE_WORDS, boundary=False) + r"\s+(?:[\w-]+\s+){0,2}$", _F)
#: verbs and prepositions that set a figure against what was expected, and the nouns of expectation
_COMPARED_WITH = (
    r"(?<![\w])(?:beat(?:ing|s)?|miss(?:ing|ed|es)?|exceed(?:ing|ed|s)?|top(?:ping|ped|s)?|outpac\w+|surpass\w*|below|above"
    r"|in\s+line\s+with|match(?:ing|ed|es)?|versus|vs\.?|against|compared\s+(?:with|to))"
)  # "than" is THAN_CUE's
_EXPECTATION = r"(?:expectations?|estimates?|forecasts?|predictions?|consensus)"
#: "beating forecasts of 0.6%", "below expectations for 1.1%": the figure is what the market expected
CONSENSUS_BEFORE = regex.compile(
    r"(?:" + _COMPARED_WITH + r"|(?<![\w])than)"
    + r"\s+(?:the\s+|a\s+|an\s+)?(?:(?!(?:preliminary|advance|initial|first|second|third|previous|prior|earlier|flash|official|revised|government|central|bank|IMF|OECD|ministry)\b)\w+['’]?\s+){0,2}"
    + _EXPECTATION  # not "the preliminary estimate of 1.0%": an earlier official figure
    + r"\s+(?:of|for)\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}$"
    # "compared with a forecast 0.3% decline", "versus an expected 0.5% rise": the expectation as the figure's adjective
    + r"|" + _COMPARED_WITH + r"\s+(?:the\s+|a\s+|an\s+)?(?:(?:median|consensus|market|economists['’]?|analysts['’]?)\s+)?"
    + r"(?:forecast|expected|predicted|projected|anticipated)\s+$",
    _F,
)
#: the same phrase seen from the other figure: "grew 0.3%, against a median forecast of 0.1%"
#: "a planned 4.1 pct", "is planned to rise by 4.3 pct": a plan for that figure only
PLANNED_BEFORE = regex.compile(r"(?<![\w])(?:planned|targeted)\s+(?:to\s+\w+\s+(?:by\s+|to\s+)?)?(?:about\s+|around\s+)?$", _F)
#: the verb of the figure says it is expected: "annual growth is expected to be near 1.5 pct", "is seen
#: to have grown 0.5%": a forecast, even of a quarter now past whose data are not out
EXPECTED_TO_BE = regex.compile(
    r"(?<![\w])(?:expected|forecast|projected|seen|predicted|likely|set)\s+to\s+(?:have\s+)?"
    r"(?:be|been|reach|reached|grow|grown|rise|risen|expand|expanded|come\s+in|slow|slowed|fall|fallen|contract|contracted|shrink|shrunk)"
    r"\s+(?:by\s+|at\s+|to\s+)?(?:an?\s+)?(?:about\s+|around\s+|some\s+|roughly\s+|just\s+|only\s+)?$"
    # "growth is expected at roughly two pct" (not "estimated at": a first reading of a figure seen)
    r"|(?<![\w])(?:expected|forecast|projected|seen|predicted)\s+at\s+(?:about\s+|around\s+|some\s+|roughly\s+|just\s+)?$"
    # a headline in capitals: "MALAYSIA GDP TO EXPAND FIVE PCT IN SECOND QUARTER"
    r"|(?-i:TO\s+(?:GROW|RISE|EXPAND|SLOW|FALL|SHRINK|CONTRACT|REACH)\s+(?:BY\s+)?(?:ABOUT\s+|AROUND\s+)?)$",
    _F,
)
#: someone's forecast of the figure: "her forecast of 1.6 pct GNP growth in the first quarter", "his
#: preliminary estimate for first quarter growth is about three pct"
#: an apposition after a period, up to its closing comma: ", the first quarter of the 2025/26 fiscal year,"
APPOSITION_AFTER = regex.compile(r",\s+the\s+[^,;]{0,60}?(?=,)", _F)
#: verbs that set a figure against another: "beats forecasts", "outpacing the 6.7% growth economists had predicted"
_BEAT = r"(?:outpac\w*|beat(?:s|ing)?|top(?:s|ped|ping)|exceed\w*|surpass\w*|miss(?:es|ed|ing)?|trail\w*|lag(?:s|ged|ging)?|match\w*)\b"
BEAT_WORD = regex.compile(r"(?<![\w])" + _BEAT, _F)
_SET_BESIDE = regex.compile(r"(?<![\w])(?:above|below|short\s+of|ahead\s+of|in\s+line\s+with|under|over|beyond)(?![\w])", _F)
#: an expectation named right after a figure: "0.4 percent median estimate", "0.4% forecast", "0.4% economists had expected"
_EXPECTATION_AFTER = regex.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:estimates?|forecasts?|expectations?|projections?|consensus)(?![\w])"
    r"|\s+(?:that\s+)?(?:economists|analysts|markets?)\s+(?:[\w-]+\s+){0,2}?(?:had\s+)?(?:expected|forecast|predicted|projected)(?![\w])", _F)
OWN_FORECAST_BEFORE = regex.compile(
    # (not a figure set against forecasts: "India's growth beats forecasts at 7.8%")
    r"(?<![\w])(?:(?:his|her|its|my|our|their|\w+['’]s)\s+(?:(?!" + _BEAT + r")[\w-]+\s+){0,2}(?:forecasts?|estimates?|projections?|predictions?)"
    r"|(?:central\s+bank|government|IMF|OECD|ministry|treasury)\s+(?:forecasts?|projections?|predictions?)"
    # "above a projection of 2.9 pct for 1986": a projection is one whoever made it ("the preliminary estimate
    # of 1.0%" is an official early figure, so estimates need an owner)
    r"|(?:a|an|the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:projections?|predictions?|targets?|goals?))"  # "an initial 1986 target of 2.5 pct"
    # ("her second-quarter forecast of real U.S. GNP growth at 2.7 pct")
    # (words, not another figure or a turn: not "a projection of 2.9 pct for 1986 and 2.6 pct in 1985")
    r"\s+(?:of|for|is|was|at|that)\s+(?:(?!(?:pct|percent|and|against|versus|compared|from|after|but|while)\b)[A-Za-z][\w.-]*\s+){0,7}?"
    r"(?:is\s+|was\s+|at\s+)?(?:about\s+|around\s+|some\s+|roughly\s+)?$",
    _F,
)
#: "..., economists said": the market's economists (not the government's) tell the forecast
ECONOMISTS_SAID = regex.compile(
    r"(?<![\w])" + _NOT_OFFICIAL + r"(?:most\s+|many\s+|private\s+)?(?:economists|analysts)"
    r"\s+(?:\w+\s+){0,2}?(?:said|say|says)(?![\w])", _F)
#: "the cabinet's forecast, which had been cut to 1.3% in December from an initial 1.8%":
#: the figures a forecast was revised to and from are forecasts, whatever time they are for
REVISED_FORECAST_BEFORE = regex.compile(
    r"(?<![\w])(?:forecasts?|projections?|targets?|estimates?)\s*,?\s+(?:which|that)\s+(?:was|were|has\s+been|had\s+been|have\s+been)\s+"
    r"(?:revised|cut|lowered|raised|trimmed|reduced|increased)(?![\w])(?:[^.;]|\.(?=\d)){0,80}?$", _F)  # (a decimal point is no stop)
#: growth something is done to reach or keep, an aim: "To keep annual growth near 2 pct, output
#: would have had to climb ..."
_AIM_VERBS = r"achieve|reach|maintain|sustain|keep|meet|attain|hit"  #: verbs of an aim: "to achieve", "to maintain"
AIM_BEFORE = regex.compile(
    rf"(?<![\w])to\s+(?:{_AIM_VERBS})\s+(?:[\w-]+\s+){{0,3}}?(?:growth|expansion)\s+(?:of|at)\s+(?:about\s+|around\s+|some\s+|roughly\s+)?$"
    # "For Chile to achieve 3.5 pct growth", "aims to reach 5% growth" (not a result: "stimulating output last year to
    # achieve eight pct growth")
    rf"|(?<![\w])(?:for\s+(?:[\w'’.-]+\s+){{1,3}}|in\s+order\s+|so\s+as\s+|(?:aims?|aimed|aiming|hopes?|hoped|wants?|seeks?|needs?"
    rf"|plans?|planned)\s+)to\s+(?:{_AIM_VERBS})\s+(?:an?\s+)?(?:about\s+|around\s+|some\s+|roughly\s+)?$", _F)
#: a clause of its own whose subject is the forecasters: "0.9 pct this year, and market economists had thought the
#: agency's forecast would be lower": what they expected is not the figure before it
NEW_FORECASTER_CLAUSE = regex.compile(
    r"(?:,?\s+(?:and|but|while|whereas)|;)\s+(?:(?:the|market|most|many|some|private|other)\s+)*"
    r"(?:economists|analysts|forecasters|markets)(?![\w])",
    _F,
)
#: the figure names a forecast or a goal: "the government's original 2.8 pct target", "its revised three pct forecast"
#: an official early figure, not a forecast: "revising up its earlier estimate of 3.3%", "the advance estimate of 1.0%",
#: "the first reading of a 0.5% rise", "from a flash 0.2%"
PUBLISHED_ESTIMATE_BEFORE = regex.compile(
    r"(?<![\w])(?:(?:earlier|previous|prior|initial|advance|preliminary|first|second|third|flash)\s+(?:GDP\s+|growth\s+)?"
    r"(?:estimates?|readings?|figures?|prints?)\s+(?:of\s+|at\s+|was\s+|had\s+been\s+)?"
    r"|(?:advance|preliminary|flash)\s+)"  # "revised from a preliminary 1.8% fall" (not "an initial 1.8%": of a forecast, too)
    r"(?:an?\s+)?(?:about\s+|around\s+)?$", _F)
#: a comparison's base with a period of its own that has ended ("is expected to be 1.8%, down from 2.8% in
#: 2024") is a published figure, whatever the sentence expects
FROM_BASE_BEFORE = regex.compile(r"(?<![\w])(?:from|after)\s+(?:an?\s+)?$", _F)
OWN_PERIOD_AFTER = regex.compile(r"\s+(?:(?:growth|expansion|contraction|rise|increase|fall|decline)\s+)?(?:in|for|during)\s", _F)
#: a forecast's own figure, even of a year now past: "had forecast that GDP would rise 2.5 pct in 1986",
#: "below the 3.0 pct the government had forecast"
FORECAST_THAT_BEFORE = regex.compile(
    r"(?<![\w])(?:forecast|predicted|projected|expected|estimated)\s+(?:in\s+\w+\s+)?that\s+(?:[\w'’-]+\s+){1,6}?(?:would|will)\s+"
    r"(?:rise|grow|expand|increase|reach|be|slow|fall|shrink|contract|decline)\s+(?:by\s+|at\s+|to\s+)?(?:about\s+|around\s+)?$", _F)
#: "The institutes had forecast growth of 2.5 pct": the forecaster's own figure
FORECAST_GROWTH_OF_BEFORE = regex.compile(
    r"(?<![\w])(?:had\s+|has\s+|have\s+)(?:forecast|predicted|projected|expected|estimated)\s+(?:(?:GDP|GNP|economic|real)\s+)?"
    r"growth\s+(?:of|at)\s+(?:about\s+|around\s+|some\s+)?$", _F)
FORECAST_BY_AFTER = regex.compile(
    r"\s+(?:that\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,2}(?:had\s+|has\s+|have\s+)?(?:forecast|predicted|projected|targeted|planned)(?![\w])", _F)
FORECAST_NOUN_AFTER = regex.compile(r"\s+(?:(?:growth|GDP|GNP|economic)\s+)?(?:target|forecast|projection|goal)s?(?![\w])", _F)
COMPARED_CUE = regex.compile(
    _COMPARED_WITH + r"\s+(?:the\s+|a\s+|an\s+)?(?:\w+['’]?\s+){0,2}?(?:median|consensus|market|economists['’]?|analysts['’]?|poll)?\s*" + _EXPECTATION,
    _F,
)
FORECAST = regex.compile(
    r"(?<![\w])(?:forecasts?|forecasting|target|will|would|may|might|could|expected|expects?|expecting|projects?|projected|projecting|projections?|looks?\s+for|looking\s+for"
    rf"|to\s+(?:{_AIM_VERBS})"  # "for Japan to achieve three pct growth": an aim
    r"|promised|promises|pledged|pledges|aim|aims|aimed|aiming|intended\s+to|intends\s+to|designed\s+to"  # "promised ... an annual growth rate of 2.5 pct", "aiming for growth of 2.5 pct"
    r"|see|seen|sees|predicts?|predicted|predicting|outlook|should|likely|estimate\s+of\s+growth|scenarios?"
    r"|foresees?|foresaw|foreseen|envisages?|envisaged|anticipates?|anticipated)(?![\w])",  # "The budget foresaw GDP growth of three pct"
    _F,
)
#: a forecasters' word that opens the next figure's phrase: "... and a median forecast for a 0.6% fall"
CUE_OF_NEXT = regex.compile(
    r"(?<![\w])(?:median|consensus|poll|economists['’]?|analysts['’]?|market)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:forecasts?|estimates?|expectations?|predictions?)?\s*(?:of|for|at)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?$", _F)
#: a figure set against another of the same time (not a base: "down from 2.8% in 2024, according to the median")
SET_AGAINST = regex.compile(_COMPARED_WITH + r"|(?<![\w])than(?![\w])", _F)
LEVEL_BEFORE = regex.compile(r"(?<![\w])(?:to|from)\s+(?:an?\s+)?(?:annuali[sz]ed\s+|estimated\s+|revised\s+)?$", _F)
SLOW_BEFORE = regex.compile(r"(?<![\w])(?:slow(?:s|ed|ing)?|eas(?:e|es|ed|ing)|decelerat\w+|moderat\w+)\s+(?:\w+\s+){0,3}$", _F)
THAN_CUE = regex.compile(r"(?<![\w])(?:than|with)\s+(?:the\s+)?(?:economists['’]?\s+|analysts['’]?\s+)?(?:median\s+)?(?:market\s+)?(?:forecasts?|expectations?|expected|estimates?|consensus)", _F)
COMPARISON = regex.compile(
    # ("about two pct, the same as last year": the figure's own year is another)
    r"(?<![\w])(?:than(?:\s+in)?|from|over|compared\s+with|compared\s+to|versus|against|since|on\s+(?=the\s+same)|same\s+as(?:\s+in)?)"
    r"\s*(?:the\s+)?(?:same\s+)?"
    r"(?:(?<=same\s+)(?:quarter|period|months?|time)\s+(?:of|in|a)\s+)?$", _F)  # "compared with the same quarter of 2023"


#: a verb that sets the figure after it before the one just told: "(the figure) followed 5.2% growth in the second quarter"
FOLLOWED = regex.compile(r"(?<![\w])(?:followed|follows|following|came\s+after|comes\s+after)(?![\w])", _F)


def _last(pattern: regex.Pattern[str], text: str, lo: int, hi: int) -> int | None:
    """Where the last match of pattern in text[lo:hi] starts."""
    x = last_match(pattern, text, lo, hi)
    return x.start() if x else None


def _named_before(doc: ParsedDoc, i: int, pos: int, back: int = 3) -> str | None:
    """The country named last before ``pos`` (in sentence i or up to ``back`` sentences before it), not as a partner."""
    for j in range(i, max(-1, i - back - 1), -1):
        got = [p for p in doc.places[j] if p.end <= pos and p.code != "EUU"
               and not _PARTNER_BEFORE.search(doc.text, max(doc.sentences[j].start, p.start - 12), p.start)]
        if got:
            return got[-1].code
    return None


def extract(doc: ParsedDoc) -> Iterator[Gdp]:
    text = doc.text
    last_country: str | None = None
    economy_country: str | None = None
    last_period: str | None = None
    last_forecast_period: str | None = None  # the period of the last figure expected
    last_actual_year: str | None = None  # the year of the last yearly figure seen (not a comparison's base)
    last_basis: str | None = None
    newest_quarter: str | None = None
    lead: tuple[str | None, str | None] = (None, None)  # period and basis of the first figure of the last GDP sentence
    facts: list[Gdp] = []
    explicit_basis: set[int] = set()
    prev_gdp_sentence = -10
    for i, sent in enumerate(doc.sentences):
        s = doc.stext(i)
        low = s.lower()
        if any(w in low for w in ECONOMY_WORDS):  # ECONOMY_OF needs one of them: skip reading places otherwise
            for p in doc.places[i]:
                if ECONOMY_OF.match(text, p.end, min(sent.end, p.end + 30)):
                    economy_country = p.code  # "Japan's economy", "the U.S. economy"
        # (or a sentence before it that speaks of growth with no figure: "GDP fell 0.6%. The fall ends a run of growth.
        # Output in April-June rose 0.5%.")
        bare_subject = OUTPUT_SUBJECT.search(s) if prev_gdp_sentence == i - 1 or (
            prev_gdp_sentence == i - 2 and not any(n.unit == "percent" for n in doc.mentions[i - 1]) and GDP_WORD.search(doc.stext(i - 1))) else None
        # (the forecasters' view of the figure may come a sentence later: "GDP fell 0.1%. The government expects ...
        # Economists polled by Reuters had forecast a 0.1% quarterly contraction.")
        anaphoric = bool(bare_subject) or prev_gdp_sentence == i - 1 and bool(ANAPHOR_START.search(s) or (
            # "The euro zone will grow 0.8%, with Germany flat at 0.0% and France at 0.6%": more countries' growth,
            # right after a GDP sentence, with a verb of growth and no GDP word
            GROW_VERB.search(s) and doc.places[i])) or prev_gdp_sentence == i - 2 and bool(FORECASTERS_HAD.match(s))
        gdp_stem = any(w in low for w in GDP_WORD_STEMS)
        if last_period is None and gdp_stem and QUARTER_HINT.search(s) and GDP_WORD.search(s):
            # "Japan's economy grew faster in the April-June period than first reported.": the period the
            # article is about, for the figures that follow without one of their own
            last_period = next((w.value for w in doc.whens[i] if w.gran == "quarter" and w.value and not w.relative and w.kind != "q_rel"
                                and not COMPARISON.search(text[max(sent.start, w.start - 40):w.start])), None)
        pcts = [m for m in doc.mentions[i] if m.unit == "percent" and not m.range_role and abs(m.value) < 50]
        if any(w in low for w in FLAT_WORD_STEMS):  # FLAT needs one of them: skip the scan otherwise
            pcts = sorted(pcts + _flat_changes(doc, i), key=lambda m: m.start)
        ranged = [m for m in doc.mentions[i] if m.unit == "percent" and m.range_role == "low"] if gdp_stem else []
        if ranged and FORECAST.search(s) and GDP_WORD.search(s):
            # "growth in 1987 is expected to be between 1.5 and two pct": no figure of its own (a range), but the period
            # forecast, for "The forecast compares with ..." after it
            figures = sorted(ranged[:1] + pcts, key=lambda x: x.start)  # (each time goes to its nearest figure)
            last_forecast_period = _periods(doc, i, figures, None)[figures.index(ranged[0])][0] or last_forecast_period
        if not pcts or not (anaphoric or gdp_stem):
            continue  # a figure is chosen only next to a GDP word (GDP_WORD) or right after a GDP sentence
        aside = mask_parentheticals(s)
        masked = NEUTRAL.sub(lambda x: " " * len(x.group(0)), aside)
        masked = SHARE_OF_GDP.sub(lambda x: "#" * len(x.group(0)), masked)  # a denominator is not the topic
        # a figure inside an aside reads the aside ("The Commission, which cut its growth forecast for
        # France to 1.5 per cent, ..."): the sentence unmasked
        whole = SHARE_OF_GDP.sub(lambda x: "#" * len(x.group(0)), NEUTRAL.sub(lambda x: " " * len(x.group(0)), s))
        chosen = []
        # "better than forecasts", "against a median forecast of 0.1%": the cue is the other figure's
        no_than = COMPARED_CUE.sub(lambda x: " " * len(x.group(0)), THAN_CUE.sub(lambda x: " " * len(x.group(0)), s))
        for m in pcts:
            rel = m.start - sent.start
            # (not a bracket: "(the 15 pct growth target)" is said in passing)
            src = whole if aside[rel] == " " and not any(b.start() <= rel < b.end() for b in _PARENS.finditer(s)) else masked
            before = src[max(0, rel - 240):rel]  # a bounded look-back keeps the scan linear
            if SHARE_AFTER.match(text, m.end, sent.end) or NEED.search(before) or SHARE_OF.match(text, m.end, sent.end):
                continue  # "40 pct of the voters", "10 pct of all cheese": a share, not a change
            if CONTRIBUTION_NOUN_BEFORE.search(text, max(sent.start, m.start - 60), m.start):
                continue  # "a smaller domestic contribution of 5.5 pct": a contribution to growth, not growth
            if _change_in_other(doc, i, m) or IN_COMPONENT_AFTER.match(text, m.end, sent.end) \
                    or EFFECT_BY_BEFORE.search(text, max(sent.start, m.start - 80), m.start) or (
                    CONTRIBUTION_BEFORE.search(before) and CONTRIBUTION_AFTER.match(text, m.end, sent.end)):
                # "net exports should add 0.6 pct to GNP": a contribution to growth, not growth
                continue  # "a 19.7 pct drop in capital goods orders": the change of something else
            # "handling of the economy": an economy that is the object of a preposition is not what changed
            gdp_b = [g for g in GDP_WORD.finditer(before)
                     if not (g.group(0).lower().endswith("economy") and PREP_END.search(before, max(0, g.start() - 40), g.start())
                             and not CHANGE_VERB_AFTER.match(before, g.end()))]  # but "strength of its economy that grew"
            # (not a word of the GDP phrase itself: "output" in "economic output")
            comp_b = [c for c in COMPONENT.finditer(before) if not any(g.start() <= c.start() < g.end() for g in gdp_b)
                      and not (bare_subject and c.start() + max(0, rel - 240) == bare_subject.start("w"))]
            # "demand growth", "consumption growth": the growth of a component
            gdp_b = [g for g in gdp_b if not (g.group(0).lower() == "growth" and (
                # "Domestic demand increased ..., compared with growth of 0.6 pct"; not a component before what is
                # said ("bankers, miners and other parts of the economy warned that the country's growth ... might fall short of three pct")
                # (nor one before a clause of its own: "..., helped by lower oil prices, and that the government expects growth")
                COMPONENT.search(before, max([0] + [r.end() for r in REPORTING_VERB.finditer(before, 0, g.start())]
                                             + [r.end() for r in THAT_CLAUSE.finditer(before, 0, g.start())]), g.start())
                or _PCT_END.search(before[max(0, g.start() - 12):g.start()])
                or GROWTH_OF_NAMED.match(before, g.end())  # "growth in this measure": of what was named before
            ))]
            last_g = gdp_b[-1].start() if gdp_b else -1
            last_c = comp_b[-1].start() if comp_b else -1
            after = src[m.end - sent.start:m.end - sent.start + 45]
            g_after = GDP_WORD.search(after)
            if g_after and (
                (g_after.group(0).lower() == "growth" and (
                    _other_noun_before_growth(doc, i, after[:g_after.start()], m.end)  # "10 pct card growth"
                    or (COMPONENT_AFTER_GROWTH.match(after, g_after.end())  # "... of growth in productivity"
                        and not STRONG_GDP.search(text, m.end + g_after.end(), min(sent.end, m.end + g_after.end() + 40)))))
                or CLAUSE_TURN.search(after, 0, g_after.start())  # "... to five pct but we needed growth"
                or _CONDITION_GAP.match(after, 0, g_after.start())
            ):
                g_after = None
            c_after = COMPONENT.search(after)
            c_near = COMPONENT.search(after[:30])
            gc = GROWTH_OF_COMPONENT.match(after)
            lb = max(0, rel - 240)
            groups = [x for x in GROUP.finditer(src, lb, rel + 40)
                      if not RANKED_ECONOMY.match(src, x.end())
                      and not (GROUP_SPEAKS.match(src, x.end()) and not _NOT_A_BODY.search(x.group(0)))]  # "global growth forecast" is no body that speaks
            # (not a place inside the group's name: "America" in "Latin America")
            places_before = [p for p in doc.places[i] if p.end <= m.start
                             and not any(x.start() + sent.start <= p.start < x.end() + sent.start for x in groups)]
            if groups and (not places_before or groups[-1].start() + sent.start > places_before[-1].start):
                ok = False  # the OECD's, the industrial countries' growth: no one country's
            elif gc and COMPONENT.match(after, gc.end()):
                ok = False  # "22 pct compound annual growth in earnings"
            elif c_near and not (g_after and g_after.start() < c_near.start()) and not (
                    gdp_b and COMPONENT_CLAUSE_GAP.search(after, 0, c_near.start())):
                # (not "the economy grew 3 pct in 1986 as exports rose": a component in a clause of its own)
                ok = False  # "a 0.3 pct gain in May producer prices": the component follows the number
            elif last_g > last_c:
                # "unit wage costs were rising 0.9 pct ..., below last year's growth rate of 7.8 pct": a bare
                # "growth" after a component, in a sentence naming no GDP, is the component's
                generic = gdp_b[-1].group(0).lower() in ("growth", "growth rate")
                moving = generic and any(COMPONENT_MOVES.match(before, c.end()) for c in comp_b)
                # (in a story about a company, "growth" with no word of the economy near it is the company's: "sales of
                # its high-end machines will drop to 1.5 pct growth in 1987")
                ok = (bool(STRONG_GDP.search(src)) or anaphoric or (bool(doc_has_gdp(doc)) and not company_story(doc))) and not (
                    moving and not STRONG_GDP.search(src) and not anaphoric)
            elif last_g == -1 and last_c == -1:
                ok = (bool(g_after) and (not c_after or c_after.start() > g_after.start()) and not (
                    g_after is not None and g_after.group(0).lower() == "growth" and company_story(doc) and not STRONG_GDP.search(src))) or anaphoric
            else:
                # "... 0.5 pct GDP growth" after a component word; not ", the economy ..." after a comma
                ok = bool(g_after) and g_after.start() < 12 and STRONG_GDP.search(after) is not None and (
                    not c_after or c_after.start() > g_after.start()) and not _CLAUSE_PUNCT.search(after, 0, g_after.start())
            if ok:
                chosen.append(m)
        if not chosen:
            continue
        prev_gdp_sentence = i
        # basis and estimate cues go to the nearest chosen number in the clause
        found_basis = find_cues(BASIS, text, sent.start, sent.end)
        basis_cues = _attach_basis(found_basis, chosen, text, sent.start, sent.end)
        # "On a quarter-on-quarter basis, GDP was flat ..., against a 0.2% fall reported earlier": a cue
        # that opens the sentence covers every figure in it that has none of its own
        opening = [lab for a, _b, lab in found_basis if OPENING.fullmatch(text, sent.start, a)]
        if opening:
            for k in range(len(chosen)):
                if not basis_cues.get(k):
                    basis_cues[k] = [opening[0]]
        # "The figure beat forecasts of 0.1%": an anaphor names the last sentence's headline figure
        # a figure with no period of its own: the newest quarter so far, not an older one just compared with
        # ("It followed a 2.3% expansion in April-June. On a quarterly basis, GDP fell 0.4%": July-September)
        fallback = newest_quarter if (last_period and newest_quarter and "Q" in last_period and last_period < newest_quarter) else last_period
        anchor = lead[0] if anaphoric and lead[0] else fallback
        if anaphoric and anchor and newest_quarter and "Q" in anchor and anchor < newest_quarter and not ANAPHOR_START.search(s):
            # "Germany shrank 0.1% in Q2. Q1 was revised to 0.3%. Italy's GDP also contracted 0.1%": more countries
            # of the story's quarter, not of the one a revision was told of
            anchor = newest_quarter
        periods = _periods(doc, i, chosen, anchor)
        sentence_lead: tuple[str | None, str | None] | None = None
        said_labels: dict[int, list[str]] = {}
        months_told = False  # a figure of the sentence was a month's
        for k, m in enumerate(chosen):
            if supposed(text, m, sent.start, sent.end):
                continue  # "would have grown by 3.5 pct", "would have to grow 2.6 pct": not a growth seen
            # not the frame of a rank: "Germany's economy, Europe's largest, shrank 0.1%"
            places = [p for p in doc.places[i] if p.end <= m.start and not RANKED_ECONOMY.match(text, p.end)]
            in_after = [p for p in doc.places[i] if _IN_FOR.fullmatch(text[_compared_end(doc.mentions[i], m, text):p.start])]
            country: str | None
            if in_after:
                country = in_after[0].code  # "2.8 pct in Japan"
            elif not places and (own := SELF_POSSESSIVE.search(text, sent.start, m.start)):
                # "... for New Zealand, which is struggling. The country's GDP ... rising by 0.25 pct": the one named last
                country = _named_before(doc, i, own.start()) or last_country or economy_country or doc.focus_country()
            elif not places and NATIONAL_BODY.search(text, sent.start, m.start):
                # "The government expects growth of 0.2% this year" after other countries' figures: the article's country
                country = doc.lead_country() or last_country or economy_country or doc.focus_country()
            else:
                country = places[-1].code if places else (last_country or economy_country or doc.focus_country())
            if country is None:
                continue
            period, fiscal = periods[k]
            # (nor, after a month's figure, a period not its own: "In June alone, GDP grew 0.4% after contracting 0.1% in May")
            if ((period is None or months_told) and _monthly(doc, i, m)) or _month_led(doc, i, m):
                months_told = True
                continue  # "GDP edged up 0.3 pct in August": a month's change, which the table (quarters, years) has no basis for
            if _year_to_date(doc, i, m):
                continue  # "grew 5.2% in the first nine months": nor has it for the year so far
            if k > 0 and facts and facts[-1].char_start == chosen[k - 1].start and REVISED_FROM_BEFORE.search(
                    text, max(sent.start, m.start - 40), m.start):
                period = facts[-1].period  # "revised to a 0.3% decline from an initial 0.1% fall": the same quarter's
            if k > 0 and facts and facts[-1].char_start == chosen[k - 1].start and facts[-1].period and len(facts[-1].period) == 4 \
                    and FOLLOWING_YEAR_AFTER.match(text, m.end, sent.end):
                period = str(int(facts[-1].period) + 1)  # "0.7% in fiscal 2025 and 0.8% in the following year"
            if (yp := YEAR_POSSESSIVE_BEFORE.search(text, max(sent.start, m.start - 25), m.start)) is not None:
                period = yp.group("y")  # "down from 1985's four pct"
            span = MULTI_YEAR_AFTER.match(text, m.end, sent.end)
            if span and span.group("y3"):
                period = span.group("y3")  # whether it is past is read from the span's last year
            elif span and span.group("y1"):
                if _year_gap(span.group("y1"), span.group("y2")) > 1:
                    # (not a fiscal year: "in 1987-88"); whether it is past is read from the span's last year
                    period = str(int(span.group("y1")) + _year_gap(span.group("y1"), span.group("y2")))
                else:
                    span = None
            labels = basis_cues.get(k, [])
            gap = text[chosen[k - 1].end:m.start] if k else ""
            if not labels and k > 0 and (_COMPARED.fullmatch(gap) or _LIST_GAP.fullmatch(gap) or (len(gap) < 120 and _COMPARED_END.search(gap))
                                         or (len(gap) < 80 and CONSENSUS_BEFORE.search(gap))  # "..., beating the median estimate for a 0.4% rise"
                                         or (len(gap) < 120 and BEAT_WORD.search(gap))  # "..., outpacing the 6.7% growth economists had predicted"
                                         # "..., well above the 0.4 percent median estimate": a forecast set beside the figure
                                         or (len(gap) < 60 and _SET_BESIDE.search(gap) is not None
                                             and _EXPECTATION_AFTER.match(text, m.end, sent.end) is not None)
                                         # "an annualized 0.2%, compared with a preliminary estimate of a 0.7% contraction"
                                         or (len(gap) < 80 and SET_AGAINST.search(gap) and PUBLISHED_ESTIMATE_BEFORE.search(text, max(sent.start, m.start - 40), m.start))
                                         # "... and economists' median forecast for a 0.6% fall": the forecast of the same series
                                         or (len(gap) < 80 and CUE_OF_NEXT.search(gap) is not None)
                                         # "with France expanding 0.5% and Spain 0.6%": the next country's figure, said alike
                                         or (len(gap) <= 40 and _ITEM_GAP.fullmatch(gap) is not None and any(
                                             chosen[k - 1].end <= p.start < m.start for p in doc.places[i]))):
                # "sped up to 4.1 pct, from 2.6 pct", "at an annual rate of 3.2 pct against 2.8 pct in the
                # third quarter and 0.9 pct in the 2023 final quarter": a figure listed with another has its basis
                labels = said_labels.get(k - 1, [])
            if not labels and _FROM_EARLIER.search(text, max(sent.start, m.start - 40), m.start):
                # "at a 2.4% annualized rate ..., revised down from 2.5%": the earlier figure of the same series
                said = {basis_cues[j][0] for j in basis_cues if j != k and basis_cues[j]}
                labels = list(said) if len(said) == 1 else labels
            if not labels and period and "Q" in period:
                labels = _basis_from_base(doc, i, chosen, k, period)
            said_labels[k] = labels
            basis = labels[0] if labels else None
            if basis is None and anaphoric and (lead[1] or last_basis) and not (
                    period and "Q" in period and (lead[1] or last_basis) == "annual"):
                basis = lead[1] or last_basis  # (not a year's basis for a quarter's figure)
            if basis:
                explicit_basis.add(len(facts))
            elif (period and "Q" in period) or (not period and _QUARTER.search(s)):
                # a quarter's change with no basis said: the United States reports it at an annual rate (BEA), China, India
                # and most of emerging Asia year on year, others q/q
                basis = "annualized_qoq" if country in lx.ANNUALIZED_QUARTERLY else "yoy" if country in lx.YOY_QUARTERLY else "qoq"
            else:
                basis = "annual"  # a year, or no period at all: growth is quoted for a year
            if basis != "annual" and period and len(period) == 4:
                basis = "annual"
            w_end = m.end - sent.start + 50
            turn = NEW_FORECASTER_CLAUSE.search(s, m.end - sent.start, w_end)
            if turn:
                w_end = turn.start()  # "... 0.9 pct this year, and market economists had thought ...": their own clause
            # the forecasters' cue of a figure set against this one is that figure's: "fell 1.8%, less than the 2.5%
            # drop economists had expected", "... the 2.5% drop economists had expected, after revised 2.3% growth"
            # (a cue before both figures is both's: "cut its forecast to 0.6% from 1.1%"; but what economists expect
            # is not the figure after it: "expect 0.5% growth this quarter, after 0.3% in the second")
            c_start, c_end = max(0, m.start - sent.start - 90), w_end
            if against := SET_AGAINST.search(text, m.end, chosen[k + 1].start if k + 1 < len(chosen) else sent.end):
                # (cut at the word of comparison: "compared with an expected 0.3% decline" is the other figure's, and
                # "a fall of 0.2%, versus a flat reading forecast in a Reuters poll" is that reading's)
                c_end = max(c_start, min(c_end, against.start() - sent.start))
            if k + 1 < len(chosen) and (own_cue := CUE_OF_NEXT.search(text, m.end, chosen[k + 1].start)):
                # "a preliminary estimate of a 0.7% contraction and a median forecast for a 0.6% fall": the median is the
                # next figure's
                c_end = max(c_start, min(c_end, own_cue.start() - sent.start))
            own = no_than
            if k > 0 and (cw := _last(COMPARED_WORD, text, chosen[k - 1].end, m.start)) is not None:
                a, b = chosen[k - 1].end - sent.start, cw - sent.start
                own = no_than[:a] + " " * (b - a) + no_than[b:]
                c_start = max(c_start, b)
            if (seq := _last(FOLLOWED, text, sent.start + c_start, m.start)) is not None:
                # "The figure matched expectations in a Reuters poll and followed 5.2% growth": the poll is the figure's
                c_start = max(c_start, seq - sent.start)
            window = own[max(0, m.start - sent.start - 90):c_end]
            label = _DATA_LABEL_BEFORE.search(text, max(sent.start, m.start - 16), m.start)
            if label is not None:
                # a data line's label: "(prelim: +0.3%; consensus: +0.4%)"
                estimate = "consensus" if label.group("consensus") else "actual"
            elif _DATA_LABELS_AFTER.match(text, m.end, sent.end):
                estimate = "actual"  # "grew 0.5% (prelim: +0.3%; consensus: +0.4%)": the labels are of the figures in brackets
            elif PUBLISHED_ESTIMATE_BEFORE.search(text, max(sent.start, m.start - 40), m.start) or (
                    _past(period, fiscal, doc) and FROM_BASE_BEFORE.search(text, max(sent.start, m.start - 12), m.start)
                    and OWN_PERIOD_AFTER.match(text, m.end, sent.end)):
                estimate = "actual"  # "its earlier estimate of 3.3%"; "1.8% this year, down from 2.8% in 2024"
            elif AS_EXPECTED_AFTER.match(text, m.end, sent.end) and PAST_CHANGE_BEFORE.search(text, max(sent.start, m.start - 40), m.start):
                estimate = "actual"  # "rose 2 pct as the administration expected"
            elif OFFICIAL_FORECAST_AFTER.match(text, m.end, sent.end):
                estimate = "forecast"  # "slower than the 3 pct forecast by the administration": not the economists' who predict
            elif CONSENSUS.search(no_than, c_start, max(c_start, c_end)) or (CONSENSUS_BEFORE.search(
                    text, max(sent.start, m.start - 80), m.start) and not OFFICIAL_AFTER.match(text, m.end, sent.end)):
                estimate = "consensus"
            elif FORECAST_NOUN_AFTER.match(text, m.end, sent.end) or FORECAST_BY_AFTER.match(text, m.end, sent.end) \
                    or FORECAST_THAT_BEFORE.search(text, max(sent.start, m.start - 100), m.start) \
                    or FORECAST_GROWTH_OF_BEFORE.search(text, max(sent.start, m.start - 60), m.start) or PLANNED_BEFORE.search(text, max(sent.start, m.start - 40), m.start) or OWN_FORECAST_BEFORE.search(
                    text, max(sent.start, m.start - 80), m.start) or EXPECTED_TO_BE.search(text, max(sent.start, m.start - 50), m.start) \
                    or AIM_BEFORE.search(text, max(sent.start, m.start - 60), m.start) \
                    or REVISED_FORECAST_BEFORE.search(text, max(sent.start, m.start - 160), m.start):
                estimate = "forecast"  # a plan stays a plan, and "his forecast of 1.8 pct" a forecast, even for a time now past
            elif FORECAST.search(window) and (not _past(period, fiscal, doc) or (span is not None and _FUTURE_SPAN.search(span.group(0)))) \
                    or _future(period, doc) \
                    or _unfinished_year(period, fiscal, doc) or _unfinished_quarter(period, doc):
                # a period that starts after the article is out has no figure yet, nor has a year or a quarter still
                # under way ("a model estimates third-quarter growth at 3.9%" in September)
                estimate = "forecast"
                said = ECONOMISTS_SAID.search(text, sent.start, sent.end)
                # (in the figure's own clause: not "The government has predicted 1.5% ..., though several economists
                # have called that figure too rosy")
                if said and not OFFICIAL_FORECAST_AFTER.match(text, m.end, sent.end) and not CLAUSE_TURN.search(
                        text, *((said.end(), m.start) if said.end() <= m.start else (m.end, said.start()))):
                    estimate = "consensus"  # "Economists said Japan's GNP would grow about 2.5 pct": their view
            else:
                estimate = "actual"
            # "shrank 0.2%" is negative; "slowed to 0.7%" and "from 0.9%" are rates of growth
            level = LEVEL_BEFORE.search(text, max(sent.start, m.start - 30), m.start) and not m.direction_noun
            fall_here = FALL_DIRECT.search(text, max(sent.start, m.start - 60), m.start) or FALL_NOUN_AFTER.match(text, m.end, sent.end)
            after_fall = k > 0 and facts and facts[-1].change_pct < 0 and facts[-1].char_start == chosen[k - 1].start
            direct = m.direction_noun or fall_here or (
                after_fall and _COORD_GAP.fullmatch(text[chosen[k - 1].end:m.start])
            )  # "a fall of 1.6 percent at an annual pace, or 0.4 percent on the quarter"
            # "fell 0.2% from the previous quarter, according to the Cabinet Office, or an annualized 0.7%": the same fall
            restated = after_fall and m.direction is None and m.start - chosen[k - 1].end < 160 \
                and _RESTATED_END.search(text, chosen[k - 1].end, m.start) is not None \
                and not _MOVE_WORD.search(text, chosen[k - 1].end, m.start)
            # "contracted at an annualized real rate of 0.7 percent": the verb is further back than a mention's direction reads
            value = -abs(m.value) if (m.direction == "down" or fall_here) and direct and not level and not SLOW_BEFORE.search(text, max(sent.start, m.start - 40), m.start) else abs(m.value)
            if restated:
                value = -abs(m.value)
            if m.signed:
                value = m.value
            if m.unit_text == FLAT_UNIT:
                value = 0.0  # "the economy was flat"
            if estimate == "consensus" and anaphoric and lead[0] and k > 0 and not _own_time(doc, i, chosen, k):
                # "That was up from 3.8% in the April-June quarter and well ahead of the 3.3% economists had forecast":
                # the forecast is of the figure "That" stands for, not of the one compared with before it
                period = lead[0]
            if estimate == "forecast" and not any(w.gran in ("quarter", "year") for w in doc.whens[i]):
                if CHANGE_ANAPHOR.match(s):
                    # "The rise in GDP fell short of the 3.4 pct increase forecast": the forecast of the year last seen
                    period = last_actual_year or period
                elif last_forecast_period and period != last_forecast_period:
                    # "GNP will grow 1.5 pct this year, down from 2.4 pct in 1986. The institutes had forecast growth of
                    # 2.5 pct": a forecast with no period of its own is of the period last forecast, not the last one named
                    period = last_forecast_period
            if span:
                period, basis = None, "annual"  # a rate held over several years, each year's
            facts.append(Gdp(
                char_start=m.start, char_end=m.end, sent_start=sent.start, sent_end=sent.end,
                rule="gdp.flat" if m.unit_text == FLAT_UNIT else f"gdp.{estimate}", country=country, period=period,
                change_pct=value,
                basis=basis, estimate=estimate,
            ))
            # (a comparison's base, "against three pct a year earlier", is no period for the next sentence's figures)
            base_of_comparison = k > 0 and COMPARED_WORD.search(text, chosen[k - 1].end, m.start) is not None
            last_country, last_period = country, (period if not base_of_comparison else None) or last_period
            if estimate in ("forecast", "consensus") and period:
                last_forecast_period = period
            elif estimate == "actual" and period and len(period) == 4 and not base_of_comparison:
                last_actual_year = period
            if period and "Q" in period and (newest_quarter is None or period > newest_quarter):
                newest_quarter = period
            last_basis = basis
            if sentence_lead is None:
                sentence_lead = (period, basis)
        if sentence_lead is not None:
            lead = sentence_lead
    yield from _reconcile(facts, explicit_basis, text)


def _own_time(doc: ParsedDoc, i: int, chosen: list[Mention], k: int) -> bool:
    """A time told near figure k that is not the one told right after the figure before it ("from 3.8% in the
    April-June quarter and ... 3.3%": that quarter is 3.8%'s)."""
    m, prev = chosen[k], chosen[k - 1]
    return any(w.gran in ("quarter", "year") and m.start - 40 <= w.start <= m.end + 30 and not 0 <= w.start - prev.end <= 25
               for w in doc.whens[i])


#: a change of zero said in words: "GDP was flat", "the economy stagnated", "showed no change"
FLAT = regex.compile(
    r"(?<![\w])(?:(?:was|were|is|remained|stayed|held|came\s+in)\s+(?:virtually\s+|essentially\s+|broadly\s+|roughly\s+)?"
    r"(?P<a>flat|unchanged)|(?P<b>stagnated)|(?:showed|posted|recorded|with)\s+(?P<c>no\s+change|zero\s+growth)"
    r"|(?:was|were|is|came\s+in\s+at)\s+(?P<d>zero)(?!\s*[.,]\d))(?![\w])",
    _F,
)
FLAT_WORD_STEMS = ("flat", "unchanged", "no change", "stagnat", "zero")  # what every FLAT match holds, lower case
FLAT_UNIT = "(flat)"  #: marks the stand-in figure of a change of zero said in words


#: what may stand between a figure and the month it is said of: "0.3 pct, seasonally adjusted, in August", "a 0.1 pct gain in July"
_MONTH_GAP = regex.compile(r"\s*(?:,\s*(?:[\w-]+\s+){0,2}[\w-]+,\s*|\s+)(?:(?:gain|rise|increase|advance|growth|expansion|drop|decline|fall|dip|contraction)\s+)?"
                        r"(?:(?:in|during|for)\s+(?:the\s+month\s+of\s+)?)?", _F)
_MONTH_LIST_GAP = regex.compile(r"\s*(?:,\s*|\s+)(?:and|or)\s+|\s*,\s*", _F)
_MONTH_PREP = regex.compile(r"(?:in|during|for)\s", _F)


_MONTHS_GDP = regex.compile(r"\s+(?:real\s+)?(?:GDP|GNP|gross\s+(?:domestic|national)\s+product|output)(?![\w])", _F)
#: the label of a figure in a data line, right before it: "consensus: +0.4%", "prelim: +0.3%", "prior 0.1%"
_CONSENSUS_LABELS = r"consensus|median|expected|exp|f'?cast|forecast|poll|est"
_PUBLISHED_LABELS = r"prelim(?:inary)?|prior|prev(?:ious)?|initial|revised"
_DATA_LABEL_BEFORE = regex.compile(
    r"(?<![\w])(?:(?P<consensus>" + _CONSENSUS_LABELS + r")|" + _PUBLISHED_LABELS + r")\.?\s*:\s*$", _F)
#: a figure followed by a bracket of labelled figures: "0.5% (prelim: +0.3%; consensus: +0.4%)"
_DATA_LABELS_AFTER = regex.compile(r"[^(),;]{0,40}?\((?:" + _CONSENSUS_LABELS + r"|" + _PUBLISHED_LABELS + r")\.?\s*:", _F)
_LEADING_PREP = regex.compile(r"[\W]*(?:(?:in|during|for)\s+(?:the\s+month\s+of\s+)?)?", _F)


def _month_led(doc: ParsedDoc, i: int, m: Mention) -> bool:
    """The sentence opens with a month and tells no other time ("In June alone, the economy expanded 0.4%"):
    the figure is that month's."""
    sent = doc.sentences[i]
    whens = [w for w in doc.whens[i] if not w.relative and w.kind != "q_yago"]  # (not "from a year earlier": a base)
    # (other months may follow, after the figure: "In June alone, GDP grew 0.4% after shrinking 0.1% in May")
    if not whens or any(w.gran != "month" for w in whens) or whens[0].start > m.start or any(w.start < m.start for w in whens[1:]):
        return False
    # (or a month that names the figure's GDP: "CANADA DECEMBER GDP GAINS 1.2 PCT", "Canada's June output rose 0.2%")
    return _LEADING_PREP.fullmatch(doc.text, sent.start, whens[0].start) is not None \
        or _MONTHS_GDP.match(doc.text, whens[0].end, m.start) is not None


#: a stretch of a year longer than a quarter and shorter than the year, counted from its start ("the first nine
#: months", "the first half of 1987", "January-September", "so far this year"): no period or basis of the table's
_N_MONTHS = r"(?:two|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])"
_YEAR_TO_DATE = regex.compile(
    r"(?<![\w])(?:(?:the\s+)?(?:first|opening)\s+(?:half|" + _N_MONTHS + r"\s+months|(?:two|three|2|3)\s+quarters)"
    r"(?:\s+of\s+(?:the\s+year|this\s+year|the\s+\w+\s+year|\d{4}))?"
    r"|January\s*[-–/]\s*(?:May|June|July|August|September|October|November)"
    r"|year[\s-]to[\s-]date|so\s+far\s+(?:this|in\s+the)\s+year)(?![\w])", _F)
_YTD_GAP = regex.compile(r"[^,;()\d]{0,30}", _F)
_YTD_OPENING = regex.compile(r"\W*(?:in|during|for|over)\s+", _F)


def _year_to_date(doc: ParsedDoc, i: int, m: Mention) -> bool:
    """The figure is said of the year so far ("Growth in the first nine months was 5.2%", "grew 5.3% in the first
    half"): the span stands right before or after it, with no other figure or time between."""
    sent = doc.sentences[i]
    text = doc.text
    for y in _YEAR_TO_DATE.finditer(text, max(sent.start, m.start - 80), min(sent.end, m.end + 40)):
        lo, hi = (y.end(), m.start) if y.end() <= m.start else (m.end, y.start())
        if lo <= hi and _YTD_GAP.fullmatch(text, lo, hi) and not any(lo <= w.start < hi for w in doc.whens[i]):
            return True
    # "In the first half, the economy grew 5.3%": the span opens the sentence, and the figure names no time of its own
    y = _YEAR_TO_DATE.search(text, sent.start, m.start)
    return y is not None and _YTD_OPENING.fullmatch(text, sent.start, y.start()) is not None \
        and not any(y.end() <= w.start < sent.end for w in doc.whens[i])


def _monthly(doc: ParsedDoc, i: int, m: Mention) -> bool:
    """The figure is said of a single month ("rose 0.2 pct in August", "fell 0.1 pct in May after ...")."""
    sent = doc.sentences[i]
    end = m.end
    for n in doc.mentions[i]:
        if n.start >= end and _MONTH_LIST_GAP.fullmatch(doc.text, end, n.start):
            end = n.end  # "falling 0.1 pct and 0.3 pct in May and April": the months of the figures listed
    w = next((w for w in doc.whens[i] if w.start >= end), None)
    if w is None or w.gran != "month" or w.start - end > 40:
        return False
    gap = _MONTH_GAP.fullmatch(doc.text, end, w.start)
    return gap is not None and (_MONTH_PREP.match(doc.text, w.start) is not None or _MONTH_PREP.search(gap.group(0)) is not None) \
        and not _QUARTER.search(doc.text, w.end, min(sent.end, w.end + 12))


def _compared_end(ms: list[Mention], m: Mention, text: str) -> int:
    """Where the figures compared with ``m`` end: "to 0.8% from 1.1% for Austria" puts the
    country after the older figure, and it is the country of both."""
    end = m.end
    later = [n for n in ms if n.start >= m.end]
    for n in later:
        if not _COMPARED.fullmatch(text[end:n.start]):
            break
        end = n.end
    return end


def _flat_changes(doc: ParsedDoc, i: int) -> list[Mention]:
    """A stand-in figure of 0% for the change of zero the sentence says in words; its span
    is the word ("flat"), so the quote is what the text says. It goes through the same
    checks as a percentage (a GDP word before it, not a component's change)."""
    sent = doc.sentences[i]
    out: list[Mention] = []
    for x in FLAT.finditer(doc.text, sent.start, sent.end):
        g = next(k for k in ("a", "b", "c", "d") if x.group(k))
        a, b = x.span(g)
        if out and not any(out[-1].end <= p.start < a for p in doc.places[i]):
            break  # "was flat ..., with no change from the previous quarter": one change, said twice
        # (but "Germany's was flat and Italy's stagnated": one for each country)
        out.append(Mention(start=a, end=b, num_start=a, num_end=b, value=0.0, unit="percent", unit_text=FLAT_UNIT,
                           qualifier="exact", direction=None))
    return out


_ALSO = regex.compile(r"(?<![\w])also(?![\w])", _F)
BACKWARD_CUE = regex.compile(r"(?<![\w])(?:from|over|compared|versus|against)(?![\w])", _F)


def _attach_basis(cues: list[tuple[int, int, str]], chosen: list[Mention], text: str, lo: int, hi: int) -> dict[int, list[str]]:
    """Basis cues to figures. A comparison cue ("from the third quarter", "from a year earlier")
    says what the change before it is measured against: it goes to the last figure before it,
    not to a nearer one after it ("grew 0.9 pct ... from the quarter before and was up 2.4 pct")."""
    out = attach([c for c in cues if not BACKWARD_CUE.match(text, c[0])], chosen, text, lo, hi)
    for a, _b, label in cues:
        if BACKWARD_CUE.match(text, a):
            before = [k for k, m in enumerate(chosen) if m.end <= a]
            if before or chosen:
                out.setdefault(before[-1] if before else 0, []).append(label)
    return out


def _basis_from_base(doc: ParsedDoc, i: int, chosen: list[Mention], k: int, period: str) -> list[str]:
    """The quarter a figure is set against says its basis: "a 0.4 pct drop in the second quarter
    against the 1986 second quarter" is year on year; against the quarter before, q/q."""
    text, sent, m = doc.text, doc.sentences[i], chosen[k]
    nxt = chosen[k + 1].start if k + 1 < len(chosen) else sent.end
    prv = sent.start if k == 0 else m.start  # (before a later figure, a base is the earlier figure's)
    for w in doc.whens[i]:
        # the base after the figure, or opening its clause before it ("Compared with the fourth quarter of 1985, GDP
        # was 2.8 pct higher")
        if (w.gran == "quarter" and w.value and not w.relative and (m.end <= w.start < nxt or prv <= w.start < m.start)
                and COMPARISON.search(text[max(sent.start, w.start - 40):w.start])):
            if w.value == shift_quarter(period, -4):
                return ["yoy"]
            if w.value == shift_quarter(period, -1):
                return ["qoq"]
    return []


def _other_noun_before_growth(doc: ParsedDoc, i: int, between: str, pos: int) -> bool:
    """One or two words between a number and "growth" that name something other than the
    economy ("10 pct card growth"); a time, a country or a modifier of GDP does not."""
    words = list(_WORD.finditer(between))
    if not 1 <= len(words) <= 2:
        return False
    places = [(p.start, p.end) for p in doc.places[i]]
    for w in words:
        a = pos + w.start()
        if w.group(0).lower() in lx.GROWTH_MODIFIERS or any(ch.isdigit() for ch in w.group(0)):
            continue
        if any(x <= a < y for x, y in places):
            continue
        return True
    return False


#: a company named in a headline: a wire's ticker ("<IBM>") or a company's legal form
COMPANY_HEADLINE = regex.compile(r"<[A-Z][A-Z0-9.]{0,8}>|(?<![\w])(?:Corp|Inc|Co|Ltd|plc|AG|SA|NV)(?![\w])", regex.V0)


def company_story(doc: ParsedDoc) -> bool:
    """The headline names a company and no measure of the economy: the article is about the company."""
    if not doc.sentences:
        return False
    head = doc.stext(0)
    return bool(COMPANY_HEADLINE.search(head)) and not STRONG_GDP.search(head)


def doc_has_gdp(doc: ParsedDoc) -> bool:
    return bool(STRONG_GDP.search(doc.text[:4000]))


def _year_gap(y1: str, y2: str) -> int:
    """Years from y1 to y2, a two-digit y2 in y1's century ("1987-91": 4)."""
    end = int(y2) if len(y2) == 4 else int(y1[:2] + y2)
    return end - int(y1)


def _past(period: str | None, fiscal: bool, doc: ParsedDoc) -> bool:
    """The period ended before the article was written (a fiscal year ends a year later: by the spring, as the
    March years of Japan, India, Britain and Canada do, so "2.6 pct growth in 1986/87" told in May 1987 is past)."""
    if not period or not doc.published:
        return False
    y = doc.published.year
    if len(period) == 4:
        return int(period) + (1 if fiscal else 0) < y or (fiscal and int(period) + 1 == y and doc.published.month >= 5)
    q = int(period[5])
    return (int(period[:4]), q) < (y, (doc.published.month - 1) // 3 + 1)


def _unfinished_year(period: str | None, fiscal: bool, doc: ParsedDoc) -> bool:
    """A year (calendar or fiscal) still under way when the article appears, before its last month: a figure for it
    is someone's view of the year ("growth of about three pct if continued through 1987"), not a result."""
    if not period or len(period) != 4 or not doc.published or _past(period, fiscal, doc):
        return False
    y = int(period)
    # (a fiscal year runs to March of the next: the usual April-March year of Japan, India, Britain and Canada)
    return y == doc.published.year and (fiscal or doc.published.month < 12) or (
        fiscal and y + 1 == doc.published.year and doc.published.month <= 3)


#: the article's own country's institutions, named without the country ("The government expects growth of 0.2%")
NATIONAL_BODY = regex.compile(
    r"(?<![\w])the\s+(?:government|cabinet|(?:finance|economy|economics)\s+ministry|central\s+bank"
    r"|statistics\s+(?:office|bureau|agency)|cabinet\s+office)(?![\w])", _F)


def _unfinished_quarter(period: str | None, doc: ParsedDoc) -> bool:
    """The quarter the article appears in: still under way, so no figure for it is a result yet."""
    if not period or len(period) != 6 or not doc.published:
        return False
    return (int(period[:4]), int(period[5])) == (doc.published.year, (doc.published.month - 1) // 3 + 1)


def _future(period: str | None, doc: ParsedDoc) -> bool:
    """The period starts after the article's quarter or year: no published figure can exist."""
    if not period or not doc.published:
        return False
    y = doc.published.year
    if len(period) == 4:
        return int(period) > y
    return (int(period[:4]), int(period[5])) > (y, (doc.published.month - 1) // 3 + 1)


MADE_BEFORE = regex.compile(
    r"(?<![\w])" + _ISSUED + r"\s+(?:by\s+(?:the\s+)?(?:[\w'’.-]+\s+){1,4}?)?"
    r"(?:in\s+|on\s+|at\s+)?(?:the\s+)?$", _F)


def _change_in_other(doc: ParsedDoc, i: int, m: Mention) -> bool:
    """A change of something else named after the figure ("a 19.7 pct drop in capital goods orders"), not
    of a country named there ("five pct growth in Britain"; but "growth in Britain's exports")."""
    text, sent = doc.text, doc.sentences[i]
    other = CHANGE_IN_OTHER.match(text, m.end, sent.end)
    if not other:
        return False
    at = other.end() + (4 if text[other.end():other.end() + 4].lower() == "the " else 0)
    place = next((p for p in doc.places[i] if p.start == at), None)
    return place is None or bool(_PLACE_QUALIFIED.match(text, place.end, sent.end))


#: a place that qualifies a noun after it: "Britain's exports", "West German exports"
_PLACE_QUALIFIED = regex.compile(r"['’]s(?![\w])|\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}?(?:" + COMPONENT.pattern + ")", _F)


_RESPECTIVELY = regex.compile(r"(?<![\w])respectively(?![\w])", _F)


def _periods(doc: ParsedDoc, i: int, ms: list[Mention], last_period: str | None) -> list[tuple[str | None, bool]]:
    """(period, fiscal) for each figure: the nearest time expression, each used once.

    Comparison bases ("from the previous quarter", "than fiscal 2023", "over 1985")
    are not periods; an expression inside parentheses belongs to the figures there.
    """
    text = doc.text
    sent = doc.sentences[i]
    usable = []
    # "in the April-June quarter, the first quarter of the 2025/26 fiscal year, ...": an apposition restates the period
    restated = [(a.start(), a.end()) for w in doc.whens[i] if w.gran == "quarter"
                for a in [APPOSITION_AFTER.match(text, w.end, sent.end)] if a]
    for w in doc.whens[i]:
        if w.gran not in ("quarter", "year") or any(lo <= w.start and w.end <= hi for lo, hi in restated):
            continue
        if COMPARISON.search(text[max(sent.start, w.start - 40):w.start]) and not WHEN_AFTER.match(text, w.end, sent.end):
            continue  # (but "the weakest since 1975, when GNP shrank 1.1 pct": the year of the when-clause's figure)
        if MADE_BEFORE.search(text, max(sent.start, w.start - 50), w.start):
            continue  # "the one pct forecast made by the Treasury last October": when a forecast was made, not its period
        if w.gran == "year" and _PRICES_AFTER.match(text, w.end, sent.end):
            continue  # "at 1980 prices", "at average 1979/80 prices": the base of the prices, not a period
        usable.append(w)
    parens = [(p.start() + sent.start, p.end() + sent.start) for p in _PARENS.finditer(text[sent.start:sent.end])]

    def box(a: int) -> int:
        return next((k for k, (x, y) in enumerate(parens) if x <= a < y), -1)

    compared = sorted([c.start() for c in COMPARED_WORD.finditer(text, sent.start, sent.end)]
                      + [c.start() for c in BEAT_WORD.finditer(text, sent.start, sent.end)]) if len(ms) > 1 else []
    pairs = []
    for w in usable:
        for k, m in enumerate(ms):
            if box(w.start) != box(m.start):
                continue
            d = (w.start - m.end) if w.start >= m.end else (m.start - w.end) + 5
            a, b = (w.end, m.start) if w.end <= m.start else (m.end, w.start)
            if any(a <= c < b for c in compared):
                d += 100  # "6.1 pct in April-June, against 4.2 pct in the same 2024 period": a comparison parts them
            if w.kind == "q_rel" and d > 20 and not (w.end <= m.start and d <= 60 and len(usable) == 1):
                # "this quarter", "next quarter" name the time of writing: only for the figure beside them, or for
                # the one after them in a sentence that names no other time ("expect a return to growth in the
                # current quarter, with a median forecast of 0.7%")
                continue
            pairs.append((d, k, w))
    own: dict[int, dates.When] = {}
    used: set[int] = set()
    for _, k, w in sorted(pairs, key=lambda x: (x[0], x[1])):
        if k not in own and id(w) not in used:
            own[k] = w
            used.add(id(w))
    resp = _RESPECTIVELY.search(text, ms[-1].end, sent.end) if len(ms) > 1 else None
    after = [w for w in usable if resp and w.start >= resp.end()]
    if resp and len(after) == len(ms):
        own = dict(enumerate(after))  # "3.4 pct and 1.2 pct respectively for the first and second quarters": in order
    out: list[tuple[str | None, bool]] = []
    # (also "the year as a whole": "growth for the year as a whole was seen at 1.5 pct, below the government's two pct")
    sentence_period = next((w for w in usable if (not w.relative or w.kind == "y_full") and w.value and w.kind != "q_rel"), None)
    for k in range(len(ms)):
        shared = sentence_period
        if shared is not None and k not in own and ms[k].end <= shared.start and COMPARED_WORD.search(text, ms[k].end, shared.start):
            shared = None  # "expect growth of two pct after eight pct last year": the year of what it is compared with
        mine = own.get(k) or shared  # another figure's period in the same sentence beats the last one
        if mine is not None and mine.gran == "year" and mine.value and _SAME_BEFORE.search(text, max(sent.start, mine.start - 20), mine.start) \
                and _PERIOD_AFTER.match(text, mine.end, sent.end):
            # "against 10.5 pct in the same 1986 period": the quarter being reported, a year before
            quarter = next((w.value for w in usable if w.gran == "quarter" and w.value), None) or last_period
            if quarter and "Q" in quarter:
                out.append((f"{mine.value}{quarter[4:]}", False))
                continue
        if mine is None:
            out.append((last_period, False))
        elif mine.relative:
            base = next((x.value for x in usable if not x.relative and x.value), None) or last_period
            if mine.kind == "y_full":
                # "growth for the full year": the year of the quarters reported (this sentence's, else the article's),
                # not a year another figure is compared with ("for the year ... after a 1.5 pct contraction in 1985")
                quarters = next((x.value for x in usable if not x.relative and x.value and x.gran == "quarter"), None)
                year = quarters or last_period or base
                if mine.fiscal and year and "Q" in year:
                    # "the full fiscal year" after a quarter: the April-March year it falls in (January-March ends the one before)
                    out.append((str(int(year[:4]) - (1 if year.endswith("Q1") else 0)), True))
                    continue
                out.append((year[:4] if year else mine.value, False))
            elif mine.kind in ("q_yago", "y_prev"):
                # "a 3.8 pct gain in the year-earlier period", "a 0.9 pct drop a year earlier", "7.4 pct the year before"
                if base:
                    out.append((shift_quarter(base, -4) if "Q" in base else str(int(base[:4]) - 1), False))
                else:
                    out.append((mine.value, False))
            else:
                out.append((shift_quarter(base, -1) if base and "Q" in base else None, False))
        else:
            out.append((mine.value, mine.fiscal))
    return out


def _reconcile(facts: list[Gdp], explicit: set[int], text: str) -> Iterator[Gdp]:
    """Basis from the rest of the article where a mention did not say it.

    The same figure for the same country and period said twice shares its
    basis (not one said to be "also" that figure: "Measured against the same
    quarter a year before, GDP also increased 0.9 pct" is another measure with the same value); and
    an annualized rate is about four times the quarter's change, so a defaulted
    figure 3-5x an explicit quarter-on-quarter one is annualized.
    """
    out = list(facts)
    for k, f in enumerate(out):
        if f.period is None:
            # "Japan's economy shrinks 0.7%" (a headline) and "shrank an annualized 0.7% in the January-March quarter":
            # the same figure told with its period is that one
            same = {(g.period, g.basis) for g in facts if g.period and g.country == f.country and g.change_pct == f.change_pct
                    and g.estimate == f.estimate}
            if len(same) == 1:
                period, basis = next(iter(same))
                out[k] = f = replace(f, period=period, basis=basis)
                explicit.add(k)
                continue
        if k in explicit:
            continue
        twin = [out[j] for j in explicit if out[j].country == f.country and out[j].period == f.period and out[j].change_pct == f.change_pct
                and not _ALSO.search(text, max(out[j].sent_start, out[j].char_start - 40), out[j].char_start)]
        if twin:
            out[k] = replace(f, basis=twin[0].basis)
            continue
        if f.basis == "qoq":
            q = [out[j] for j in explicit if out[j].basis == "qoq" and out[j].country == f.country and out[j].period == f.period]
            if any(g.change_pct and 3 <= f.change_pct / g.change_pct <= 5 for g in q):
                out[k] = replace(f, basis="annualized_qoq")
    yield from out
