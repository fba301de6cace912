"""Tariff rates: who levies them on whom, on what, and in what state.

"the 25% tariffs on automobiles, steel, and aluminum" (one row per sector),
"China imposed 10 pct retaliatory duties on U.S. farm goods", "50 pct tariffs
on 200 mln dlrs of Canadian goods", "cut the car levy from 25 percent to
12.5 percent", "A 10% baseline tariff remains in effect".

A percent mention is a tariff rate when a tariff word (tariff, duty, levy,
surcharge, "taxed at") is near it in its clause with no other percent between,
or when it continues a rate chain ("to 15% from 25%", "up from 2.5%",
"instead of the previous 27.5%") or a list ("20%, for China 34%").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import regex

from etl import lexicon as lx
from etl.context import ParsedDoc, Place
from etl.extractors._common import (
    REPORTING_VERB,
    SELF_POSSESSIVE_WORDS,
    attach,
    clause_of,
    clauses,
    find_cues,
    last_match,
    mask_parentheticals,
    share_coordinated,
    supposed,
)
from etl.facts import Tariff
from etl.numbers import Mention

_F = regex.VERBOSE | regex.IGNORECASE | regex.V0
#: a rate that goes on: "Britain will stay at 25%", "British mills will keep paying 25%"
_STAYS_AT = r"(?:(?:stays?|stayed|remains?|remained)\s+at|(?:keeps?|kept|keeping|continues?|continued|continuing)\s+(?:to\s+pay|paying))"
_START_NAMED = r"from|starting|beginning|as\s+of|effective|(?:take|takes|taking|took)\s+effect|(?:in|into)\s+force"
_START_CUE_END = regex.compile(rf"(?:after|on|{_START_NAMED})(?:\s+(?:on|from))?\s+$", _F)  # "from April 1", "effective July 1"
#: a start named as such (not a bare "on"): "from March 10", "effective Monday", "starting on Friday"
_START_NAMED_END = regex.compile(rf"(?<![\w])(?:{_START_NAMED})(?:\s+(?:on|from))?\s+$", _F)
_REMOVAL_CUE = regex.compile(r"lift|remov|scrap|elimin|abolish|rescind|previous|instead|ended|dropped", _F)

#: a tariff word, not the "duty" of "heavy-duty trucks"
_NOT_COMPOUND = r"(?<!(?:" + "|".join(lx.DUTY_COMPOUND_PREFIXES) + r")-)"
_TARIFF_WORDS = _NOT_COMPOUND + lx.alternation(lx.TARIFF_WORDS)
TARIFF = regex.compile(_TARIFF_WORDS, _F)
STRONG_TARIFF = regex.compile(_NOT_COMPOUND + lx.alternation([w for w in lx.TARIFF_WORDS if w not in lx.WEAK_TARIFF_WORDS]), _F)
#: (not a word of goods: "personal computers")
DOMESTIC = regex.compile(lx.alternation(lx.DOMESTIC_TAX) + r"(?!\s+" + lx.alternation([w for ws in lx.SECTORS.values() for w in ws]) + ")", _F)
TAX_WORD = regex.compile(r"(?<![\w])(?<!(?:import|export|customs)\s+)(?:tax|taxes|surtax|excise)(?![\w])", _F)
FREIGHT = regex.compile(lx.alternation(lx.FREIGHT), _F)
NOT_A_RATE_AFTER = regex.compile(
    r"\s*(?:higher|lower|more|less|above|below|up|down|rise|increase|cut|reduction|decline|drop|gain|of(?!\s+(?:the\s+|its\s+)?(?:\w+\s+)?value\b))(?![\w])",
    _F,
)
#: a levy noun right after a rate, past up to two words that are no preposition ("39% U.S. tariff", "25% import duties")
LEVY_AFTER = regex.compile(r"(?:\s+(?!(?:in|on|of|to|from|for|the|a|an|and|or)\s)[\w.'’-]+){0,2}?\s+" + _TARIFF_WORDS, _F)
BY_BEFORE = regex.compile(
    r"(?<![\w])by\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|up\s+to\s+|as\s+much\s+as\s+|a\s+further\s+|another\s+"
    r"|an\s+average\s+(?:of\s+)?)?$",  # "cut tariffs ... by an average of 20 pct"
    _F,
)
CHANGE_VERB = regex.compile(
    r"(?<![\w])(?:grew|rose|fell|jumped|climbed|dropped|declined|surged|gained|slipped|increased|decreased|plunged|soared"
    r"|(?:edged|ticked|inched|crept)\s+(?:up|down|higher|lower)|picked\s+up|expanded|contracted|shrank|slid|tumbled|sank|dipped"
    r"|eased|rebounded|recovered|advanced|slumped|plummeted|skidded)\s+(?:about\s+|some\s+|nearly\s+|an\s+estimated\s+)?$",
    _F,
)
OLD_BEFORE = regex.compile(  # ("compares with the 31% announced in April")
    r"(?:(?:up|down)\s+from|instead\s+of|compared\s+(?:with|to)|compares?\s+with|versus)\s+(?:the\s+)?(?:previous\s+|prior\s+)?(?:about\s+|around\s+)?$", _F)
#: the rate a new levy replaces: "replace the normal EC import tariff of 4.9 pct", "replacing the 10% duty"
REPLACES_BEFORE = regex.compile(
    r"(?<![\w])(?P<v>replac(?:e|es|ed|ing)|supersed(?:e|es|ed|ing))\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
    r"(?:(?:[\w-]+\s+){0,4}?(?:tariffs?|duty|duties|levy|levies|rates?)\s+(?:of\s+)?)?(?:about\s+|around\s+)?$", _F)
#: "the tariffs - up from five pct - ...": a rate the new one replaced
REPLACED_BEFORE = regex.compile(r"(?<![\w])(?:up|down|raised|cut|reduced|lowered)\s+from\s+(?:the\s+)?(?:about\s+|around\s+)?$", _F)
NAME_VERB = regex.compile(r"\s+(?:said|says|predicts?|predicted|told|added|noted|argued|expects?|believes?|wrote|estimated?|forecast)\b")
WEAK_TARIFF = regex.compile(r"(?<![\w])(?:ceiling|cap)(?![\w])", _F)
_WEEKDAYS = lx.alternation(lx.WEEKDAY_NAMES, boundary=False)
CHAIN_OLD = regex.compile(
    # (past a one-word time: "fell to 15% on Tuesday from 27.5%")
    # (or past a start: "to 35% from Aug. 1, up from 25%")
    rf"[\s,\-–—]*(?:(?:on|in|from|starting|effective)\s+(?:{_WEEKDAYS}|{lx.alternation(lx.MONTH_NAMES + lx.MONTH_SHORT, boundary=False)})\.?(?:\s+\d{{1,2}})?,?\s+)?"
    r"(?:(?:tariffs?|duty|duties|levy|levies|rate|rates)[\s,]+)?(?:(?:up|down|cut|reduced|lowered|raised)\s+)?(?:from|instead\s+of|versus|compared\s+with|against|rather\s+than)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:previous\s+|prior\s+|earlier\s+|current\s+|existing\s+|original\s+|old\s+)?(?:[\w-]+\s+){0,2}",
    _F,
)
INCLUDING_BEFORE = regex.compile(r"(?<![\w])(?:including|such\s+as|among\s+them)\s+$", _F)
COMPARED_GAP = regex.compile(r"(?<![\w])(?:compared\s+(?:with|to)|versus|against)(?![\w])", _F)
OWN_GOODS_AFTER = regex.compile(r"\s+(?:for|on)\s+(?:\w+\s+){0,2}?" + lx.alternation([w for ws in lx.SECTORS.values() for w in ws]), _F)
CHAIN_NEW = regex.compile(r"\s*(?:to|and\s+then\s+to|,\s*then\s+to)\s+(?:a\s+|just\s+)?", _F)
_RANGE_VERB = r"(?:range[sd]?|ranging|var(?:y|ies|ied|ying))"  # "range from 5% to 40%": the ends of a range, no change
FROM_BEFORE = regex.compile(  # "from 25%", "from the current 25%", "from an average of 5.2 pct" (not "ranging from 5%")
    r"(?<![\w])(?<!" + _RANGE_VERB + r"\s+)from\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:current\s+|existing\s+|average\s+(?:of\s+)?)?$", _F)
OTHER_TOPIC = regex.compile(
    r"(?<![\w])(?:(?:policy|interest|discount|lending|deposit|mortgage|growth|unemployment|jobless|inflation|exchange|savings)\s+rates?"
    r"|inflation|GDP|GNP|economy|growth|yields?|prices?|shares?|stocks?|index|profits?|earnings|sales|unemployment|consumption"
    r"|investment|deficit|surplus|possibility|probability|chance|odds|stake|market\s+share|polls?|votes?|approval"
    r"|dependence|proportion|ratio|devaluation|devalued|revaluation|depreciat\w+|appreciat\w+|margin|returns?|output|production"
    r"|subsid\w+|value|content|quota\s+fill"
    r"|central\s+bank|Bank\s+of|Federal\s+Reserve)(?![\w])",  # "The Bank of Japan kept its rate at 0.5% as tariffs weigh"
    _F,
)
ADDED_RATE_BEFORE = regex.compile(r"(?<![\w])(?:plus|and|with)\s+(?:an?\s+|another\s+)?(?:additional|extra|further|added)\s+$", _F)
LIST_CONT = regex.compile(
    # (past a short aside on the rate before: "30%, unchanged from April, and Indonesia's at 32%")
    r"^[\s,]*(?P<aside>[\w.'’ -]{1,30},\s*(?=(?:and|or)\s))?"
    r"(?:and|or|while|with|followed\s+by)?\s*(?:for|on|against)?\s*(?:the\s+)?[\w.'’ -]{0,35}?\s*$", _F)
DEFINITE_GOODS = regex.compile(r"(?<![\w])(?:on|to|for)\s+(?:the|these|those|such)\s+(?:imports|shipments|goods|products|exports)(?![\w])", _F)
LEVY = regex.compile(r"(?<![\w])lev(?:y|ies)(?![\w])", _F)
#: words of goods crossing a border
CROSS_BORDER = regex.compile(r"(?<![\w])(?:imports?|imported|exports?|exported|customs|tariffs?|duty|duties|shipments)(?![\w])", _F)
IMPORT_WORD = regex.compile(r"(?<![\w])(?:imports?|imported|importers?)(?![\w])", _F)
#: "15% on coal and liquefied natural gas and 10% on crude oil": the goods of one rate, then the next rate
# ("15% on chicken, wheat and corn and 10% on ...", "a 25% tariff on trucks and a 50% levy on ...")
LIST_GOODS = regex.compile(
    r"^\s+(?:(?:tariffs?|duty|duties|levy|levies)\s+)?(?:on|for)\s+[\w.'’ ,-]{1,60}?(?:,\s*|\s+and\s+|,\s+and\s+)(?:(?:a|an)\s+)?$", _F)
SECTOR_WORDS = regex.compile(
    lx.alternation([w for ws in lx.SECTORS.values() for w in ws]), _F
)
SOME = regex.compile(r"(?<![\w])(?:some|certain|selected|specific|a\s+range\s+of|a\s+list\s+of|a\s+variety\s+of)\s+(?:[\w'’-]+\s+){0,2}$", _F)
#: what a levy is for, not what it taxes: "over Russian oil", "as a penalty for buying ...", "in retaliation for"
_REASON_WORDS = (r"over|because(?:\s+of)?|in\s+(?:retaliation|response|reprisal)(?:\s+(?:for|to))?"
                 # "100 pct duties on Japanese goods in the chip dispute": the quarrel is not the goods
                 r"|in\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:dispute|row|conflict|feud|spat|quarrel|trade\s+war)"
                 r"|as\s+an?\s+(?:penalty|punishment|response|reprisal)(?:\s+for)?|for\s+(?:buying|importing|purchasing|selling)")
PHRASE_END = regex.compile(
    _TARIFF_WORDS + r"|\bplus\b|[;]|(?<![A-Z])\.(?!\w)|,\s+(?:which|that|as\s+well|but|while|set|due|after|before|until|effective|with)\b"
    r"|\s(?:took|takes|take|taking)\s+effect\b|\s(?:set|due|which|that|after|until|while|but|(?<!ranging\s)from|remains?|has|have|had|will|would|was|were|is|are|to\s+\w+|by)\s"
    r"|\s(?:" + _REASON_WORDS + r")(?![\w])"  # the reason is not the goods ("over Russian oil", "as a penalty for buying")
    r"|,?\s(?:though|although|except|excluding|apart\s+from|other\s+than)\s"  # "on many goods, though orange juice is exempt"
    # "on steel, raising costs for automakers": a participle clause (not "including", nor an item "clothing and shoes")
    r"|,\s+(?!(?:including|ranging)\s)(?-i:[a-z])\w+ing\s+(?!(?:and|or)\s|,)"
    r"|(?<!\bup)\s(?:to|at)\s+(?=[$€£¥]?\d)",  # "on Chinese cars to 100% and on chips to 50%": the rate closes the goods
    _F,
)
WORLD = regex.compile(
    lx.alternation(lx.WORLD_TARGET_PHRASES) + r"|(?<![\w])all\s+(?:[\w-]+\s+){0,2}(?:imports|imported)(?![\w])", _F
)
IMPORTED = regex.compile(r"(?<![\w])(?:on|for)\s+(?:all\s+)?(?:[\w-]+\s+){0,2}(?:imported|imports)(?![\w])", _F)
OWN_TARGET = regex.compile(r"\s+(?:(?:tariffs?|duties|duty|levy|levies|rates?)\s+)?(?:on|for|against)\s+(?:imports\s+from\s+|goods\s+from\s+)?(?:the\s+)?", _F)
_ASIDE_END = regex.compile(r"[^ ]")  # where a blanked aside ends in the masked sentence
_LIST_GOES_ON = regex.compile(r"(?:[\w-]+\s+){0,3}(?:and|or)\s", _F)
#: a sentence that turns to another story: "Separately, ...", "In another development, ..."
NEW_TOPIC = regex.compile(r"\W*(?:separately|elsewhere|in\s+(?:a\s+)?(?:separate|another|other)\s+(?:development|move|announcement|case|decision)s?)\s*,", _F)
RECIPROCAL_SINCE = 2025  #: the year the US set its "reciprocal" tariffs by country
SECTION_232_SINCE = 2018  #: the year the US began its sector tariffs on national-security grounds (steel, aluminum)
TAXED_GOODS = regex.compile(SECTOR_WORDS.pattern + r"[^;.]{0,40}?(?<![\w])taxed\s+at\s+(?:about\s+|around\s+)?\d", _F)  # "potash, now taxed at 10%"
#: a modal of what a levy does to the economy, after it: "could shave 0.5 point off growth", "will hurt exports"
EFFECT_MODAL = regex.compile(
    r"(?<![\w])(?:could|would|might|may|will|(?:is|are)\s+(?:likely|expected|set)\s+to)\s+(?:\w+\s+)?"
    r"(?:shave|hurt|weigh|hit|reduce|slow|knock|dent|cost|drag|trim|damage|erode|squeeze|shrink|curb|crimp|dampen|wipe|lop|push\s+up|raise\s+prices"
    r"|lower|depress|undermine|disrupt|harm|threaten|jeopardi[sz]e|stoke|fuel|lift\s+prices|lift\s+inflation)(?![\w])", _F)
#: a change that may come to the levy of the rate: "the 100 pct tariffs ... could be modified if ...": the levy stands
CHANGE_MODAL = regex.compile(
    r"(?<![\w])(?:could|would|might|may|will|should)\s+(?:soon\s+|still\s+|later\s+)?be\s+(?:\w+ly\s+)?"
    r"(?:modified|eased|reduced|cut|lowered|lifted|removed|scrapped|dropped|withdrawn|rescinded|revised|changed|reviewed"
    r"|relaxed|phased\s+out|suspended|waived|rolled\s+back)(?![\w])", _F)
STAYS_AT = regex.compile(r"(?:will\s+)?" + _STAYS_AT + r"\s", _F)  # a rate that goes on: "will stay at 25%"
_PAYING_AFTER = regex.compile(r"\s+(?:paying|to\s+pay)(?![\w])", _F)
# where a relative aside opens, after its noun (or one that says what the goods pay now: "European cars, now taxed at 27.5%")
RELATIVE_ASIDE = regex.compile(r",\s+(?:which|that|now|currently)\s", _F)
RELATIVE_BEFORE = regex.compile(r"(?<![\w])(?:that|which)\s+$", _F)
_QUALIFIED_NOUN = regex.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){1,3}", _F)
THE_TARIFF_BEFORE = regex.compile(r"(?<![\w])(?:the|this|that|these|those)\s+$", _F)  # "The tariff ...": the one just told
THE_SECTOR = regex.compile(r"\s+(?:on|for)\s+(?:the|that|this)\s+(?:sector|industry)(?![\w])", _F)
CAP_AT = regex.compile(r"(?<![\w])(?:cap|caps|capped|capping)\s+(?:[\w.'’-]+\s+){0,6}?at\s+$", _F)
EXEMPT_FROM = regex.compile(r"(?<![\w])(?:exempt(?:ed)?|excluded|spared|excused|shielded)\s+from(?![\w])", _F)
CEILING_AFTER = regex.compile(r"\s*(?:tariff\s+|duty\s+)?(?:ceiling|cap)(?![\w])", _F)  # "a 15% ceiling on most goods": the most
AS_HIGH_AS = regex.compile(r"(?<![\w])as\s+high\s+as\s+$", _F)
BY_ACTOR = regex.compile(  # (not a ranking: "41%, followed by Laos and Myanmar at 40%")
    r"(?<![\w])(?<!(?:followed|trailed|topped|surpassed|exceeded|overtaken|beaten|matched|led)\s+)by\s+(?:the\s+)?(?:President\s+)?", _F)
FROM_PLACE = regex.compile(r"\s+(?:from|of)\s+(?:the\s+)?", _F)
DEAL_WITH_US = regex.compile(
    r"(?<![\w])(?:deal|agreement|accord|pact|framework|talks)\s+with\s+(?:the\s+)?"
    r"(?:Washington|United\s+States|U\.S\.|US|America|Trump(?:\s+administration)?)(?![\w])", _F)
#: a country naming a deal or talks ("Vietnam deal", "the Japan trade pact"): it modifies the noun, it is no subject
DEAL_NOUN_AFTER = regex.compile(r"\s+(?:trade\s+)?(?:deal|pact|accord|agreement|talks|truce)(?![\w])", _F)
DEAL_BETWEEN = regex.compile(r"(?<![\w])(?:deal|agreement|accord|pact|talks|framework|with)(?![\w])", _F)
THE_COUNTRY = regex.compile(r"(?<![\w])(?:from|of|in)\s+(?:the|that|this)\s+(?:country|nation)(?![\w])", _F)
SUBJECT_TARGET = regex.compile(
    r"(?<![\w])(?:faces?|faced|facing|hit|hitting|(?:slapped|saddled|struck)\s+with|subject(?:ed)?\s+to|pays?|paying|exposed\s+to|(?:be|been|is|are)\s+charged|gets?|got|getting|receives?"
    r"|(?<=(?:will|would|could|may|to|now|also)\s+)see"  # "Japan and Korea will see a 15% rate"
    r"|(?:was|were|is|are|be|been)\s+(?:each\s+|both\s+)?(?:handed|given|assigned|capped\s+at)"
    r"|secured|secures|securing|won|wins|obtained|obtains|clinched|clinches|landed|lands"
    r"|avoid|avoids|avoided|avoiding|escaped|escapes|dodged|dodges|averted|averts"
    r"|" + _STAYS_AT + r")(?![\w])", _F)  # "Japan secured a 15% rate", "avoided the 25% tariff", "stays at 25%"
#: the verbs whose subject levies the tariff: imposing it, and changing one's own ("Beijing responded by lifting its
#: tariffs to 84%", "the U.S. cut duties on ...")
IMPOSE = regex.compile(lx.alternation(lx.IMPOSE_VERBS + lx.OWN_DUTY_VERBS), _F)
ACTOR = regex.compile(lx.alternation(lx.IMPOSER_ACTORS), _F)
TRADE_CONTEXT = regex.compile(lx.alternation(lx.TRADE_CONTEXT_WORDS), _F)
RETALIATION_DOC = regex.compile(
    r"(?<![\w])(?:retaliat\w*|sanctions?|reprisals?|counter[\s-]?tariffs?|counter-?measures?|tit[\s-]for[\s-]tat"
    r"|(?:hit|hits|hitting|struck|strike|strikes|striking)\s+back"  # "China hits back with a 34% tariff"
    # "responded to earlier U.S. levies with duties of 15%"
    r"|respond(?:s|ed|ing)?\s+(?:to\s+(?:[^.;]|(?<=[A-Z])\.){0,60}?\s+)?with\s+(?:[\w%.-]+\s+){0,4}?(?:tariffs?|duties|levies))(?![\w])", _F)
#: a retaliation only spoken of: warned against, feared or ruled out ("warned that any retaliation would be met",
#: "if Ottawa retaliates", "urged Seoul not to retaliate", "refrain from counter-measures"); no retaliation took place
HYPOTHETICAL_BEFORE = regex.compile(
    r"(?<![\w])(?:any|if|should|unless|not|no|never|against|from|whether|avoid|avoids|avoided|avoiding)"
    r"\s+(?:[\w'’.-]+\s+){0,2}?$", _F | regex.REVERSE)


def _retaliations(text: str, lo: int = 0, hi: int | None = None) -> Iterator[regex.Match[str]]:
    """The words of a retaliation or sanctions that took place or were taken up, in text[lo:hi] (not one warned against)."""
    for r in RETALIATION_DOC.finditer(text, lo, len(text) if hi is None else hi):
        if not HYPOTHETICAL_BEFORE.search(text, max(lo, r.start() - 40), r.start()):
            yield r


# status cues that are patterns, not phrases (the phrases are lexicon.TARIFF_STATUS_CUES)
_STATUS_PATTERNS = {
    "sought": (r"(?<![\w])bring\s+\w+(?:\s+\w+)?\s+(?:closer\s+)?to(?![\w])",  # "bring car tariffs closer to"
               # not "negotiator", a person, nor a time ("was cut to 10% during negotiations")
               r"(?<![\w])(?<!(?:during|amid|after|in|through)\s+(?:the\s+)?)negotiat(?:e|es|ed|ing|ions?)(?![\w])",
               # "has asked Tokyo to scrap", "pressed Seoul to lower", "called on Beijing to cut"
               r"(?<![\w])(?:ask|asks|asked|asking|press|presses|pressed|pressing|call\s+on|calls\s+on|called\s+on|calling\s+on)"
               r"\s+(?:[\w.'’-]+\s+){1,3}?to(?=\s)"),
    # "from July" (not a comparison: "unchanged from April", "up from March's 25%")
    "scheduled": (rf"(?<![\w])(?<!(?:unchanged|changed|up|down|different|higher|lower|cut|raised|lowered|reduced)\s+)from\s+{lx.alternation(lx.MONTH_NAMES)}",
                  # a plan to change duties ("plans to raise tariffs", "his plan to sign an order on Monday
                  # slapping ... tariffs"), not any plan ("plans to assemble computers in the U.S. to offset a tariff")
                  rf"(?<![\w])plans?\s+to\s+(?:[\w.-]+\s+){{0,6}}?{lx.alternation(lx.IMPOSE_VERBS + lx.OWN_DUTY_VERBS)}",
                  # "a 25% tariff that was due on Aug. 1": set to start on a day
                  rf"(?<![\w])due\s+(?:on|from|in|by)\s+(?:{lx.alternation(lx.MONTH_NAMES + lx.MONTH_SHORT + lx.WEEKDAY_NAMES, boundary=False)})(?![\w])",
                  # "due to take effect", "due to rise"; not a cause ("due to the yen's rise", "due to tariffs")
                  rf"(?<![\w])due\s+to\s+{lx.alternation(lx.SCHEDULE_VERBS_AFTER_DUE + lx.IMPOSE_VERBS + lx.OWN_DUTY_VERBS)}"),
    # "Ottawa dropped the tariff", "the levy was ended"; not a flow of trade that fell ("steel exports to Canada dropped")
    "removed": (r"(?<![\w])(?<!(?:imports|exports|shipments|sales|prices|trade|volumes?|output|purchases|deliveries)\s+"
                r"(?:[\w.-]+\s+){0,3})(?:dropped|ended)(?![\w])",),
    "expected": (r"(?<![\w])(?-i:may)(?![\w])",),  # the modal, in lower case: "since May" is a month
    # "hit with a 50% levy since Aug. 27": in force since a day
    "in_effect": (rf"(?<![\w])since\s+{lx.alternation(lx.MONTH_NAMES + lx.MONTH_SHORT)}\.?\s+\d",
                  # "the existing 2.5% duty", "current tariffs": of a levy or rate (not "under existing laws", "the current
                  # account")
                  r"(?<![\w])(?:existing|current)(?=\s+(?:[\w.-]+\s+){0,2}?(?:tariffs?|duty|duties|levy|levies|rates?|surcharges?"
                  r"|taxes|tax|\d|level))",
                  # "The U.S. tariff on Chinese steel is now 50%" (not "is now considering a 50% tariff")
                  r"(?<![\w])(?:is|are)\s+now\s+(?:at\s+)?(?:about\s+|around\s+|some\s+)?(?=\d)"),
}
STATUS = {
    k: regex.compile("|".join((lx.alternation(words), *_STATUS_PATTERNS.get(k, ()))), _F)
    for k, words in lx.TARIFF_STATUS_CUES.items()
}
#: the day something ends, right before it ("a 90-day pause that ends on July 9"): no start of a levy
_END_BEFORE = regex.compile(r"(?<![\w])(?:ends?|ended|ending|expires?|expired|expiring|lapses?|lapsing|runs\s+out)\s+(?:on\s+)?$", _F)
#: "..., all starting next week", "..., all effective Oct. 1": what follows is said of every rate listed before
ALL_OF_THEM = regex.compile(r",\s*(?:all|each|both)(?=\s+(?:starting|taking\s+effect|effective|due|beginning|to\s+take\s+effect|from)\b)", _F)
#: the duty all imports of the goods pay, not a trade-remedy case's ("the EC's normal import tariff of 4.9 pct")
NORMAL_DUTY = regex.compile(  # (also "the normal EC import tariff")
    r"(?<![\w])(?:normal|ordinary|standard|regular|general|most[\s-]favou?red[\s-]nation|MFN)\s+(?:(?-i:[A-Z]{2,3})\s+)?(?:import\s+|customs\s+)?"
    r"(?:tariffs?|duty|duties|rates?)(?![\w])", _F)
#: a change said to last only a while: "temporarily lowered", "cut to 10% for 90 days", "during a 90-day pause"
TEMPORARY = regex.compile(
    r"(?<![\w])(?:temporar(?:y|ily)|for\s+(?:\d+|ninety|sixty|thirty)\s+days|during\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:pause|truce|reprieve))(?![\w])", _F)
DURING_PAUSE = regex.compile(
    r"(?<![\w])(?:during|throughout|for\s+the\s+(?:duration|length)\s+of)\s+(?:a|the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:pause|truce|reprieve|suspension)(?![\w])", _F)
PRIORITY = tuple(lx.TARIFF_STATUS_CUES)  # removed, suspended, sought, scheduled, expected, in_effect, announced
COUNTRY_RATE = regex.compile(r"['’]s\s+(?:new\s+|own\s+|tariff\s+)?(?P<w>rates?)(?![\w])", _F)  # "Vietnam's rate"
#: "the rate on EU goods", "a 10% rate": a rate of duty, when the sentence before speaks of tariffs
RATE_WORD = regex.compile(
    # ("the 25% reciprocal rate", "a 15% all-in rate")
    r"(?P<w>(?<![\w])rates?)\s+(?:on|for)\s|(?:%|(?<![\w])(?:pct|percent|per\s+cent))\s+"
    r"(?:(?:reciprocal|baseline|additional|combined|total|blanket|universal|flat|all-in|country-specific)\s+)?(?P<w>rates?|ceiling|cap)(?![\w])"
    r"|" + COUNTRY_RATE.pattern  # "Canada's rate rises to 35%"
    + r"|(?P<w>(?<![\w])rates?),\s+(?=\d)",  # "faces the lowest additional rate, 17.4%"
    _F,
)
_NOUN_NEXT = regex.compile(r"\s{1,3}", _F)  # only white space between a country and the tariff noun
REASON = regex.compile(r"(?<![\w])(?:" + _REASON_WORDS + r")(?![\w])", _F)
THOSE_ON = regex.compile(r"(?<![\w])(?P<w>those|that)\s+(?:on|for)\s+(?:imported\s+|imports\s+of\s+)?(?=[a-z])", _F)
_FOR_PLACE = regex.compile(r"\s+(?:for|on)\s+(?:the\s+)?", _F)  # what stands between a rate and the country it is for
_SET_FOR_PLACE = regex.compile(  # "the 15% agreed for the EU", "the 20% set for Vietnam", "the 31% Trump had announced for Swiss goods"
    r"\s+(?:(?-i:[\p{Lu}])[\w.'’-]*\s+){0,3}?(?:(?:had|has|was|were)\s+(?:first\s+|earlier\s+|initially\s+)?)?"
    r"(?:agreed|set|announced|imposed|offered|granted|secured|negotiated|levied|applied|threatened)\s+(?:for|on|with)\s+(?:the\s+)?", _F)
#: "a 30% rate for Algeria": a rate for the country named right after it
PCT_RATE = regex.compile(r"(?:%|(?<![\w])(?:pct|percent|per\s+cent))\s+(?P<w>rates?)(?![\w])", _F)  # "a similar 50% rate"
RATE_FOR = regex.compile(PCT_RATE.pattern + _FOR_PLACE.pattern, _F)
_WITH_AFTER = regex.compile(r"\s+with(?![\w])", _F)
PASSIVE_AUX = regex.compile(r"(?<![\w])(?:was|were|is|are|been|be|being)\s+(?:\w+ly\s+)?$", _F)
_CLAUSE_MARK = regex.compile(r"[,;:]")
#: a deadline is no effective date: "has until Aug. 12 to reach a deal"
DEADLINE_BEFORE = regex.compile(r"(?<![\w])(?:until|till|before|deadline\s+of)\s+(?:the\s+)?$", _F)
#: the rate in force now: "could rise sharply from the current 30%"
CURRENT_BEFORE = regex.compile(
    r"(?<![\w])(?:the|its|their)\s+(?:current|existing|present|prevailing)\s+(?:[\w-]+\s+)?$"
    r"|,\s+(?:now|currently)\s+(?:at\s+)?$", _F)  # "the tariff on leather shoes, now 60 pct, will not change"
BANK_WORD = regex.compile(r"(?<![\w])(?:bank|Fed|Reserve|monetary)(?![\w])", _F)  # "the Bank of Japan kept its rate"
#: "India is set to see its rate double": the rate of the country named before it (no interest rate: a country must
#: come first, in the clause)
ITS_RATE = regex.compile(r"(?<![\w])(?:its|their)\s+(?:new\s+|tariff\s+)?(?P<w>rates?)(?![\w])", _F)
POSSESSIVE_RATE = regex.compile(
    r"['’]s\s+(?:(?:new\s+|own\s+|tariff\s+)?rates?(?![\w])|at\s+\d"
    # "Vietnam's 46% rate was put on hold": the rate said after the figure is the one the country pays
    r"|(?:new\s+)?\d[\d.]*\s?(?:%|pct|percent|per\s+cent)\s+(?:(?:new|reciprocal|tariff|country-specific|baseline)\s+)?rates?(?![\w])"
    # "Canada's tariff will rise to 35%": a country's tariff that moves, with no goods of its own, is the one it pays
    r"|(?:new\s+)?(?:tariff|duty|levy)\s+(?=(?:will|would|is|was|rises?|rose|climbs?|climbed|jumps?|jumped|goes|went|doubles?|doubled"
    r"|increases?|increased)\s)(?![^;.]{0,60}?(?<![\w])on\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"(?:[\w.-]+\s+){0,2}?(?:goods|imports|products|exports)))", _F)
#: "China rate raised to 125%": a country right before a bare rate word names the one that pays it
_BARE_RATE_AFTER = regex.compile(r"\s+(?:tariff\s+)?rates?(?![\w])", _F)
#: a country that pays a rate: "India will be charged 25%", "South Africa gets 30%", "Brazil faces 10%"
_PCT_NEXT = r"\d[\d.]*\s?(?:%|pct|percent|per\s+cent)"  #: a percentage right ahead (in a look-ahead)
PAYS_RATE = regex.compile(
    # ("Britain will stay at 25%": a country whose rate stays)
    r"(?<![\w])(?P<w>(?:will\s+)?(?:be\s+)?(?:charged|pays?|paying|gets?|got|getting|faces?|facing|receives?|secure|secured|secures|securing|win|won|obtain|obtained"
    # ("Thailand and Cambodia were each handed 36%", "was hit with 50%")
    r"|(?:(?:was|were|is|are|be|been)\s+(?:each\s+|both\s+)?)?(?:handed|given|assigned|(?:hit|slapped|saddled)\s+with|capped\s+at)"
    r"|" + _STAYS_AT + r"))\s+(?:an?\s+|the\s+)?"
    # ("will face no more than 15%", "pay up to 25%")
    r"(?:(?:no\s+more\s+than|no\s+less\s+than|up\s+to|at\s+most|at\s+least|about|around|roughly|nearly|just|only)\s+)?"
    # ("face the highest rate of 41%")
    r"(?:(?:(?:highest|lowest|top|steepest|new|same|full|maximum|minimum|standard|additional|combined|higher|lower)\s+)?rate\s+of\s+)?"
    r"(?=" + _PCT_NEXT + ")",
    _F,
)
#: a verb of levying right before a rate on goods, with no tariff noun: "already charges 50% on steel"
LEVIES_RATE = regex.compile(
    r"(?<![\w])(?P<w>charges?|charging|levies|levying|imposes|imposing|applies|applying)\s+(?:an?\s+)?"
    r"(?=" + _PCT_NEXT + r"\s+(?:on|against)\s)", _F)
#: "would face", "will also be taxed at": a rate to come (an in-effect cue under a modal)
MODAL_FACE = regex.compile(
    # (not "will now be taxed at 15%", "will still be subject to the 50% duty": in force; nor "continue to face")
    r"(?<![\w])(?:(?:would|could|might|may|will|(?<!(?:continue|continues|continued|continuing)\s+)to)\s+(?:\w+\s+)?fac(?:e|es|ing)"
    r"|(?:would|could|might|may|will)\s+(?!(?:now|still)\s)(?:\w+\s+)?be\s+(?!(?:now|still)\s)(?:\w+\s+)?(?:taxed|subject(?:ed)?\s+to))(?![\w])", _F)
_MODAL_CUES = ("fac", "taxed", "subject")  #: the in-effect cues a modal makes a rate to come
#: the other in-effect cues: with one of them the rate is in effect whatever the modal
IN_EFFECT_NOT_FACE = regex.compile(lx.alternation([w for w in lx.TARIFF_STATUS_CUES["in_effect"]
                                                   if not any(x in w for x in _MODAL_CUES)]), _F)
#: the verbs that change a levy's rate
_RATE_CHANGE_WORDS = r"cut|cuts|reduc\w+|lower\w*|rais\w+|increas\w+|hik\w+|slash\w*|lift|lifts|lifted|lifting"
NEW_RATE = regex.compile(
    r"(?<![\w])(?:" + _RATE_CHANGE_WORDS + r"|bring\w*|brought)"
    r"\s+(?:[\w,%.-]+\s+){0,8}?to\s+(?:about\s+|around\s+|just\s+|between\s+)?$", _F)  # "lift duties on textiles ... to between 10%"
RATE_CHANGE_VERB = regex.compile(r"(?<![\w])(?:" + _RATE_CHANGE_WORDS + r")(?![\w])", _F)
#: an aside right after a rate's phrase that says it is in force: "(50% tariff on Indian goods), in force since Wednesday,"
#: the levy as the subject of its own change: "tariffs on steel doubled to 50%", "the duty was raised to 25%"
LEVY_MOVED_TO = regex.compile(
    r"(?<![\w])(?:doubled|tripled|rose|jumped|climbed|increased|went\s+up|fell|dropped|(?:was|were)\s+(?:raised|lifted|increased|cut|lowered|reduced))"
    r"\s+to\s+(?:about\s+|around\s+)?$", _F)
#: the rate's levy said to be in force now, right after it ("up from the 10% baseline rate now being collected")
NOW_IN_FORCE_AFTER = regex.compile(
    r"[^,;.\d]{0,40}?(?<![\w])(?:now|currently|still)\s+(?:being\s+)?(?:collected|charged|levied|applied|in\s+(?:force|effect|place))(?![\w])", _F)
IN_FORCE_ASIDE = regex.compile(r"[^,;]{0,60}?,\s+(?:already\s+|now\s+)?in\s+(?:force|effect|place)(?![\w])(?!\s+of\s)", _F)
#: "the 15% tariff on tomatoes will double to ": the levy of the rate before moves to the next rate (its subject)
LEVY_MOVE_TO = regex.compile(
    rf"(?<![\w]){lx.alternation(lx.LEVY_MOVE_VERBS)}\s+(?:[\w-]+\s+){{0,2}}?to\s+(?:about\s+|around\s+|just\s+)?$", _F)
#: a levy's move still to come ("will double to", "is set to rise to"): the rate it moves from is the one in force
MOVE_TO_COME = regex.compile(
    r"(?<![\w])(?:will|would|shall|is\s+to|are\s+to|set\s+to|due\s+to|going\s+to|scheduled\s+to|expected\s+to|could|may|might)(?![\w])", _F)
#: what a country asks of a levy told before it: "(a 24% tariff ...), and urged Washington to reconsider" (an undoing
#: asked for, not the levy itself as an aim)
UNDO_ASKED_AFTER = regex.compile(
    r"\s+(?:[\w.]+\s+){0,3}?to\s+(?:reconsider|rethink|review|drop|withdraw|scrap|remove|lift|cancel|rescind|reverse|revoke|abandon)(?![\w])"
    r"|\s+(?:a\s+|the\s+)?(?:rethink|reconsideration|review|withdrawal|reversal)(?![\w])", _F)
OBJECT_VERB = regex.compile(  # (not a comparison: "lower than the 25% rate")
    r"(?<![\w])(?:cut|lower|reduce|remove|scrap|eliminate|lift|slash|halve)\s+(?!than\s)(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w-]+\s+){0,2}$", _F)
HAS_STARTED = regex.compile(
    r"(?<![\w])(?:took|has\s+taken|have\s+taken)\s+effect|(?:went|came|entered)\s+into\s+(?:effect|force)|kicked\s+in(?![\w])", _F)
IMMEDIATE_AFTER = regex.compile(r"\s*,?\s+(?:with\s+immediate\s+effect|effective\s+immediately|immediately)(?![\w])", _F)
IMMEDIATE = regex.compile(r"(?<![\w])(?:immediately|immediate\s+effect)(?![\w])", _F)
NOT_YET_BEFORE = regex.compile(r"(?<![\w])(?:planned|proposed|threatened|upcoming|new|additional|further|higher)\s+$", _F)
TO_BEFORE = regex.compile(r"(?<![\w])(?:to|closer\s+to|down\s+to|as\s+low\s+as|at)\s+(?:about\s+|around\s+)?$", _F)
MEASURE = {k: regex.compile(lx.alternation(v), _F) for k, v in lx.MEASURES.items()}


def _strong(s: str) -> list[regex.Match[str]]:
    return [c for c in STRONG_TARIFF.finditer(s) if _is_cue(s, c)]


def _lead_names_tariffs(doc: ParsedDoc) -> bool:
    """Whether the headline or the lead names a tariff."""
    return any(_strong(doc.stext(j)) for j in range(min(2, len(doc.sentences))))


def _is_cue(s: str, c: regex.Match[str]) -> bool:
    """A tariff word that names a customs duty: not a person ("Levy"), not a domestic tax."""
    word = c.group(0)
    if word[:1].isupper() and not s.isupper() and (
        # (a word opening the sentence, a quote, or the text after a dateline's dash: "TOKYO, Sept 16 - Tariffs on ...")
        (c.start() > 0 and s[max(0, c.start() - 2):c.start()].strip() not in ("", '"', "“", "-", "–", "—", "--", ":"))
        or NAME_VERB.match(s, c.end())
    ):
        return False  # "Levy predicts ...", "Stamp Duty": a name, not a tariff
    if DOMESTIC.search(s, max(0, c.start() - 40), min(len(s), c.end() + 40)):
        return False
    return True  # weak words ("taxed") count only where the sentence gate found a strong one nearby


def _sectors(s: str, lo: int) -> list[tuple[str, str]]:
    """(sector, words as written) found in a noun phrase starting at s[lo:]."""
    end = PHRASE_END.search(s, lo)
    phrase_end = end.start() if end else len(s)
    found: list[tuple[str, str, int]] = []
    for m in SECTOR_WORDS.finditer(s, lo, phrase_end):
        kind = lx.kind_of(lx.SECTORS, m.group(0))
        if kind:
            found.append((kind, m.group(0), m.start()))
    specific = [f for f in found if f[0] != "all"]
    if any(k == "agriculture" and "oil" in w.lower() for k, w, _ in specific):
        # "vegetable oils, crude or refined", "crude palm oil": crude describes the farm oil, it is no petroleum
        specific = [f for f in specific if not (f[0] == "energy" and f[1].lower() == "crude")]
    # "leather shoes", "farm machinery": a sector's word right before another's qualifies it; the goods are the last's
    specific = [f for f in specific if not any(g[2] > f[2] and g[0] != f[0] and not s[f[2] + len(f[1]):g[2]].strip() for g in specific)]
    if specific:
        out: list[tuple[str, str]] = []
        for kind, w, _ in specific:
            if kind not in [k for k, _ in out]:
                out.append((kind, w))
        return out
    if found:
        kind, w, p = found[0]
        if SOME.search(s[max(lo, p - 40):p]):
            return [("other", w)]
        return [("all", w)]
    return []


#: a tariff noun right before a participle: "a 25% tariff imposed in May", "duties that were levied" (matched right to left)
PASSIVE_AFTER_NOUN = regex.compile(
    r"(?<![\w])(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|surcharges?|rates?)\s+(?:(?:that|which)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+)?$",
    _F | regex.REVERSE,
)
#: a rate named as a part of the rate before it: "a 27.5% levy, combining a 25% tariff with an existing 2.5% duty"
COMPONENT_LINK = regex.compile(
    r"(?<![\w])(?:combining|combines|combined|includes|including|included|comprising|comprises|made\s+up\s+of|consisting\s+of|composed\s+of|on\s+top\s+of|plus|with)(?![\w])",
    _F,
)
PRODUCERS = regex.compile(r"(?<![\w])(?P<w>[a-z][\w-]+)\s+(?:producers|makers|growers|manufacturers|industry|exporters|mills|miners)(?![\w])", _F)
#: goods a rate is applied to ("are to be applied to Japanese exports"), or covers ("also covers Korean cars")
_APPLIED_TO = r"appl(?:y|ies|ied|ying)\s+to|cover(?:s|ed|ing)?"
_COUNTRIES_NOUN = regex.compile(r"(?<![\w])(?:countries|nations|economies|partners)(?![\w])", _F)
_NOUN_GAP = regex.compile(r"\s+(?:(?!(?:to|as|for|and|or|of|in)\s)[\w.-]+\s+){0,2}", _F)  #: "25% [import] tariff"
_STARTS = regex.compile(r"effect|force|start|begin|began|kick", _F)  #: a status cue of starting ("took effect")
AT_RATE_BEFORE = regex.compile(r"(?<![\w])at\s+(?:an?\s+)?$", _F)
#: (not past a clause of its own: "a lower 10% rate, while the levy on Chinese goods ...")
ON = regex.compile(r"(?:(?!,\s+(?:while|but|whereas|although|against|compared|versus|vs\.?)\s)(?:[^;.]|(?<=[A-Z])\.)){0,30}?(?<![\w])(?:on|for|against|of|"
                   + _APPLIED_TO + r")\s", _F)  # "U.S." is no sentence end


#: goods no word list names, right after "on": one to three lower-case words ending in a plural ("refrigerators",
#: "bathroom sinks"), up to the end of the phrase
_ON_WORD = regex.compile(r"(?<![\w])on\s$", _F)
_PLAIN_NOUNS = (r"(?:(?:the|its|their|imported|some|certain)\s+)?"
                r"(?P<g>(?-i:[a-z][a-z-]+)(?:\s+(?-i:[a-z][a-z-]+)){0,2}?(?-i:s))")
_PLAIN_GOODS = regex.compile(  # after the rate: "a 12% tariff on bathroom sinks from ..."
    _PLAIN_NOUNS + r"(?=\s*(?:[,.;:)]|$)|\s+(?:from|and|or|to|at|imported|made|which|that|will|would|is|are|was|were|of)(?![\w]))", _F)
_PLAIN_GOODS_BEFORE = regex.compile(  # before it: "..., and on refrigerators to 25 pct"
    r"(?<![\w])on\s+" + _PLAIN_NOUNS + r"\s+(?:to|at)\s+(?:about\s+|around\s+|just\s+)?$", _F)
_NOT_GOODS = regex.compile(lx.alternation(lx.NOT_GOODS_PLURALS) + r"$", _F)


def _plain_goods(doc: ParsedDoc, i: int, found: regex.Match[str] | None) -> list[tuple[str, str]]:
    """Goods no word list names, found by _PLAIN_GOODS(_BEFORE) in the sentence: other goods, in the words used (not
    a plural that names no goods, nor a country's name)."""
    if found is None or _NOT_GOODS.search(found.group("g")):
        return []
    s0 = doc.sentences[i].start
    if any(s0 + found.start("g") <= p.start < s0 + found.end("g") for p in doc.places[i]):
        return []
    return [("other", found.group("g"))]


def _word_end(s: str, pos: int) -> int:
    m = regex.compile(r"[\w-]*").match(s, pos)
    return m.end() if m else pos


#: the day a statement was made is not the day a tariff starts
SAID_BEFORE = regex.compile(lx.alternation(lx.REPORTING_VERBS) + r"(?:\s+(?:\w+\s+){0,4}?)?\s*(?:on\s+)?$", _F)  # ("announced by President Donald Trump on Wednesday")
DATELINE_BEFORE = regex.compile(r"\s*[\p{Lu}][\p{L} .'’-]{1,30},\s*", _F)  # "WASHINGTON, " before the date
DATELINE_AFTER = regex.compile(r"\s*(?:\([^()\n]{0,40}\)\s*)?[-–—]{1,2}\s", _F)  # "WASHINGTON, July 23 (Reuters) - "
#: "The plan, sent to Congress on Wednesday, ...", "the list published on Friday": the day of a text handed on
DELIVERED_BEFORE = regex.compile(lx.alternation(lx.DELIVERY_VERBS) + r"\s+(?:to\s+(?:the\s+)?[\p{Lu}][\w.'’-]*(?:\s+[\p{Lu}][\w.'’-]*){0,3}\s+)?on\s+$", _F)
SAID_AFTER = regex.compile(r"\s+" + lx.alternation(lx.REPORTING_VERBS), _F)  # "on Thursday said"
#: a date that dates an event, not a measure: "the final ruling of March 9", "its March 9 decision"
EVENT_BEFORE = regex.compile(lx.alternation(lx.DATED_EVENT_NOUNS) + r"\s+(?:of|on|dated)\s+$", _F)
EVENT_AFTER = regex.compile(r"(?:['’]s)?\s+(?:\w+\s+)?" + lx.alternation(lx.DATED_EVENT_NOUNS), _F)
#: what stands before a word used as a noun ("a levy", "27.5% levy", "the new levies"), not as a verb
NOUN_BEFORE = regex.compile(
    r"(?:(?<![\w])(?:a|an|the|its|their|this|these|those|such|new|existing|extra|additional|import|export"
    r"|planned|proposed|threatened|possible|potential|looming|further|sharp|steep|fresh)"  # "a planned increase in tariffs"
    r"|%|(?<![\w])(?:pct|percent|per\s+cent))\s+$",
    _F,
)
_PREP = r"(?<![\w])(?:on|against|from|to|for|into|of|with|by|in|at|as|like|including)\s+(?:the\s+|its\s+|their\s+)?(?:\w+\s+)?$"
_ADDRESSEE = r"(?<![\w])(?:tells?|told|telling|warns?|warned|informs?|informed|urges?|urged|asks?|asked)\s+$"  # "Trump tells Japan ..."
PREP_BEFORE = regex.compile(_PREP + "|" + _ADDRESSEE, _F)
#: a pronoun as the subject of an imposing verb ("where it has imposed", "they would levy"): it refers to the
#: sentence's own subject
PRONOUN_SUBJECT = regex.compile(
    r"(?<![\w])(?:it|they)\s+(?:(?:has|have|had|will|would|could|may|might|should|is|was|are|were|also|already|now"
    r"|recently|just|then|not|been|plans?\s+to|planned\s+to|decided\s+to|agreed\s+to)\s+){0,3}$", _F)
NEGATED_BEFORE = regex.compile(r"(?:(?<![\w])(?:not|no|never|without)|n['’]t)\s+(?:(?:be|been|yet)\s+)?$", _F)
#: what a pause leaves alone: "not affected by the pause", "exempt from the suspension"
UNPAUSED_BEFORE = regex.compile(
    r"(?<![\w])(?:not\s+(?:be\s+)?(?:affected|covered|touched)\s+by|exempt(?:ed)?\s+from|excluded\s+from|spared\s+(?:from|by))\s+(?:the\s+)?$", _F)
#: a clause that says what an act left in place: ", leaving the current 25% rate in force"
RESULT_CLAUSE = regex.compile(r"\s*(?:leaving|keeping)\s", _F)
#: a clause that opens with a participle (", while raising the duty on China to 125%"): the sentence's subject acts
PARTICIPLE_CLAUSE = regex.compile(r"\W*(?:(?:while|and|but|then|also)\s+)*(?-i:[a-z])\w+ing\s", _F)
#: a clause that starts with its verb ("but kept", "and also raised", ", leaving a 10% duty in place"): its subject is the sentence's
ELIDED_SUBJECT = regex.compile(r"\s*(?:(?:also|then|later|instead|still|has|have|had)\s+)?", _F)
POSSESSIVE_NOUN = regex.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}")  # "China's retaliatory levy", "Canada's own steel surtax"
POSSESSIVE_AFTER = regex.compile(r"['’]")  # "Japan's inability": not the subject
#: a country's firms or growers after it: those who sell abroad, not who levies ("Japan's exporters cheer ...")
_FIRMS_AFTER = regex.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:exporters|automakers|carmakers|companies|firms|farmers|growers|producers|makers"
    r"|manufacturers|shares|stocks|industry|industries|businesses|investors|shippers|suppliers)(?![\w])", _F)
#: how far into a sentence its subject may start ("The", "But the", "However, the", "President Donald Trump")
SUBJECT_LEAD = 24
DATELINE = regex.compile(r"[\p{Lu}][\p{Lu}\p{L} .'’-]{1,30},[^\n–—]{0,40}?\s[-–—]{1,2}\s", _F)  # "WASHINGTON, April 9 (Reuters) - "
ADDRESSEE_BEFORE = regex.compile(_ADDRESSEE, _F)
PREP_ONLY_BEFORE = regex.compile(_PREP, _F)  # a preposition, not an addressee: "urged Japan to cut tariffs" has Japan cut them


#: "the island's import tariffs": the levies of the country the article is about
SELF_POSSESSIVE = regex.compile(SELF_POSSESSIVE_WORDS + r"\s+(?:[\w-]+\s+){0,2}$", _F)
#: a verb that changes the duties right after it: "reduce import tariffs", "CUT DUTIES", "lowered the duties"
OWN_DUTY_VERB = regex.compile(
    lx.alternation(lx.OWN_DUTY_VERBS) + r"\s+(?:(?:its|their|the|import|customs|own|some|all|further|these|those)\s+){0,3}$",
    _F,
)


#: a country after one of these is a partner, not where goods come from ("to ease trade friction with the United States")
_PARTNER_PREP = regex.compile(r"(?<![\w])(?:with|against|between|to|toward|towards|by)\s+(?:the\s+)?$", _F)


def _own_levier(doc: ParsedDoc) -> tuple[str, str] | None:
    """The first country the article shows changing its own duties ("Taiwan would further reduce import
    tariffs", "the island's import tariffs"), and whose goods they are on (a country named right after
    the duties: "cutting its duties on imported orange juice from Brazil"; else from everywhere, WLD):
    whose levies the article reports when a rate's sentence names no imposer ("Duties on chocolate were
    cut to 20 pct")."""
    text = doc.text
    for i, sent in enumerate(doc.sentences):
        for c in TARIFF.finditer(text, sent.start, sent.end):
            if not _strong(c.group(0)):
                continue
            found: str | None = None
            if SELF_POSSESSIVE.search(text, max(sent.start, c.start() - 60), c.start()):
                found = doc.focus_country()
            else:
                found = _duty_subject(doc, i, c.start())
            if found:
                goods_of = [p.code for p in doc.places[i] if c.end() <= p.start <= c.end() + 80 and p.code != found
                            and not _PARTNER_PREP.search(text, max(c.end(), p.start - 16), p.start)]
                return found, goods_of[0] if goods_of else "WLD"
    return None


def _goods_on(text: str, m: Mention, cue_pos: int, cb: int) -> regex.Match[str] | None:
    """The "on"/"for"/"of" that opens the goods right after the rate or its tariff word."""
    # (a cue that is the next rate, "40% for Laos and Myanmar, 36% for ...", is no word whose goods follow it)
    start = m.end if text[cue_pos:cue_pos + 1].isdigit() else max(m.end, _word_end(text, cue_pos))
    return ON.match(text, start, min(cb, start + 40))


def _goods_country(doc: ParsedDoc, i: int, text: str, m: Mention, cue_pos: int, cb: int) -> str | None:
    """The country named for the goods right after the rate or its tariff word ("a 39% tariff on Swiss goods")."""
    on = _goods_on(text, m, cue_pos, cb)
    if not on:
        return None
    goods = [p for p in doc.places[i] if on.end() <= p.start <= on.end() + 25]
    return goods[0].code if goods else None


def _most_named(codes: list[str]) -> str:
    """The code named most often; a tie goes to the first named (no set order)."""
    return max(dict.fromkeys(codes), key=codes.count)


def _deal_partner(doc: ParsedDoc, i: int, text: str, m: Mention, cue_pos: int, imposer: str, cb: int) -> str | None:
    """When the goods a rate is on are the imposer's own ("a 15% ceiling on most EU goods" with the EU read as
    imposer), the levy is the other party's: the country coordinated with the imposer as the subject ("The
    United States and the European Union agreed ...")."""
    if _goods_country(doc, i, text, m, cue_pos, cb) != imposer:
        return None
    before = [p for p in doc.places[i] if p.end <= min(m.start, cue_pos)]
    for a, b in zip(before, before[1:]):
        if _AND_THE.fullmatch(text, a.end, b.start) and imposer in (a.code, b.code) and a.code != b.code:
            return b.code if a.code == imposer else a.code
    return None


def _duty_subject(doc: ParsedDoc, i: int, pos: int) -> str | None:
    """The country (or actor) that is the subject of a verb changing the duties at pos ("Taiwan would reduce import tariffs")."""
    text, sent = doc.text, doc.sentences[i]
    verb = OWN_DUTY_VERB.search(text, max(sent.start, pos - 60), pos)
    if not verb:
        return None
    v = verb.start()
    subj: list[tuple[int, str | None]] = [
        (p.end, p.code) for p in doc.places[i] if p.end <= v and v - p.end <= 60
        and not PREP_ONLY_BEFORE.search(text, max(sent.start, p.start - 20), p.start) and not SUBJECT_TARGET.search(text, p.end, v)
        and not DEAL_NOUN_AFTER.match(text, p.end)  # "Vietnam deal lowers tariff": the deal changes it
    ]
    # "Japan said it would complain if Reagan imposed the tariffs": the nearest actor is the subject
    subj += [(a.end(), lx.lookup(lx.IMPOSER_ACTORS, a.group(0))) for a in ACTOR.finditer(text, max(sent.start, v - 60), v)]
    named = [(end, code) for end, code in subj if code]
    return max(named)[1] if named else None


#: between a country and the rate or tariff word it levies: nothing, or its imposing verb ("the U.S. imposed a 25% duty");
#: not another verb ("Tokyo scrambles as 25% levy letter lands", "Malaysia was told its rate")
_ADJ_GAP = regex.compile(r"\s*(?:" + IMPOSE.pattern + r"\s+(?:(?:a|an|the)\s+)?)?", _F)


def _imposer(doc: ParsedDoc, i: int, text: str, ca: int, cb: int, m: Mention, cue_pos: int) -> str | None:
    """Who levies the tariff, if the sentence says so."""
    lo = min(m.start, cue_pos)
    beside = _levier_after(doc, i, text, m)
    if beside is not None and COMPARED_GAP.search(text, ca, m.start):
        return beside.code  # "(Canada's tariffs average 9 pct,) against about 4 pct in the U.S.": the U.S.'s own
    places = doc.places[i]
    if PAYS_RATE.match(text, cue_pos):
        places = []  # "India will be charged 25%": the country before the verb pays
    # (a country right before the tariff noun levies it whatever precedes it: "responding to U.S. duties of 25%")
    adj = [p for p in places if p.end <= lo and ((lo - p.end <= 14 and _ADJ_GAP.fullmatch(text, p.end, lo))
                                                 or POSSESSIVE_NOUN.fullmatch(text, p.end, lo)) and "," not in text[p.end:lo] and (
               not PREP_BEFORE.search(text, max(ca, p.start - 20), p.start)
               or (_NOUN_NEXT.fullmatch(text, p.end, cue_pos) and not ADDRESSEE_BEFORE.search(text, max(ca, p.start - 20), p.start)))
           and not SUBJECT_TARGET.search(text, p.end, lo)  # "Switzerland faces a 39% tariff": the country taxed
           and not DEAL_BETWEEN.search(text, p.end, lo)  # "a Japan deal with a 15% tariff": the partner of a deal
           and not POSSESSIVE_RATE.match(text, p.end)  # "Canada's rate rises to 35%": the rate Canada pays
           and not _FIRMS_AFTER.match(text, p.end)]  # "Japan's exporters cheer 15% tariff deal": its firms pay it
    # "a 25% U.S. tariff" (not "rates of 40% for Laos and Myanmar, 36% ...": a next rate as the cue is no levy noun)
    adj += [p for p in places if m.end <= p.start and p.end <= cue_pos and cue_pos - p.end <= 3 and TARIFF.match(text, cue_pos)]
    if adj:
        if adj[-1].code != "USA" and not POSSESSIVE_AFTER.match(text, adj[-1].end):  # not "China's levy": China's own
            # "Trump ... raises China levy to 125%": with someone else the subject of an imposing verb before it,
            # the country before the noun is the one taxed
            subject = _imposing_subject(text, places, ca, adj[-1].start, doc.sentences[i].start)
            if subject and subject != adj[-1].code:
                return subject
        return adj[-1].code
    if SELF_POSSESSIVE.search(text, max(ca, lo - 60), lo):
        return doc.focus_country()  # "the island's import tariffs"
    # "imposed by Washington", "levied by President Reagan"
    by = BY_ACTOR.search(text, m.end, cb)
    if by and TARIFF.search(text, _word_end(text, cue_pos) if cue_pos > m.end else m.end, by.start()):
        by = None  # "a 34% tariff ..., matching the levy announced by Trump": another levy's author
    if by:
        after = [p for p in places if by.end() <= p.start <= by.end() + 2]
        if after:
            return after[0].code
        actor = ACTOR.match(text, by.end(), cb)
        if actor:
            return lx.lookup(lx.IMPOSER_ACTORS, actor.group(0))
    subject = _clause_subject(doc, i, text, ca, cb, lo)
    if subject is None and ITS_BEFORE.search(text, max(ca, lo - 30), lo) and not _ITS_SOME_RATE.search(text, max(ca, lo - 30), max(m.end, cue_pos + 6)):
        # "Canada will drop many tariffs, but will keep its 25% counter-tariffs on U.S. steel": "its" of a clause
        # without a subject is the sentence's subject (not "its rate": the rate a country pays, "bringing its total
        # tariff rate to 24%"); in a clause of its own that opens with its subject, that subject ("..., after
        # Washington lifted its duty on Canadian goods to 35%")
        opener = _CLAUSE_OPENER.match(text, ca, lo) if ca > doc.sentences[i].start else None
        if opener:
            subject = _sentence_subject(text, places, opener.end(), lo)
        if subject is None:
            subject = _sentence_subject(text, places, doc.sentences[i].start, lo)
    return subject


#: the word that opens a clause of its own before its subject ("after Washington lifted ...", "while Ottawa kept ...")
_CLAUSE_OPENER = regex.compile(r"\W*(?:after|before|when|as|because|since|until|while|whereas|although|though|but|and|yet|with"
                               r"|(?:under|in|by|through)\s+which)\s+", _F)


_ITS_SOME_RATE = regex.compile(r"(?<![\w])(?:its|their)\s+(?:[\w-]+\s+){0,3}?rates?(?![\w])", _F)
ITS_BEFORE = regex.compile(r"(?<![\w])(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:\w+-)?$", _F)  # "its 25%", "its remaining counter-tariffs of"


def _clause_subject(doc: ParsedDoc, i: int, text: str, ca: int, cb: int, lo: int) -> str | None:
    """The country or actor that acts in the clause text[ca:cb]: the subject of an imposing verb, else an
    actor that levies named before ``lo``."""
    subject = _imposing_subject(text, doc.places[i], ca, cb, doc.sentences[i].start, rate_at=lo)
    if subject:
        return subject
    # "The European Commission listed American goods that would face tariffs": an actor that levies is the
    # subject of the sentence (not "told the European Commission")
    actors = [a for a in ACTOR.finditer(text, ca, lo) if not PREP_BEFORE.search(text, max(ca, a.start() - 20), a.start())]
    if actors:
        return lx.lookup(lx.IMPOSER_ACTORS, actors[0].group(0))
    return None


_TO_VERB = regex.compile(r"\s+(?:not\s+)?to\s+(?:(?:further|also|quickly|immediately)\s+)?", _F)  # "asked Tokyo to (further) cut"
#: a causative before a verb of levying ("wants the tariff cut", "had its duties lowered"): the subject has it done
CAUSATIVE_BEFORE = regex.compile(
    r"(?<![\w])(?:have|has|had|having|get|gets|got|getting|see|sees|saw|want|wants|wanted|wanting)"
    r"\s+(?:the|those|these|such)\s+(?:[\w'’.-]+\s+){0,4}?$", _F)


def _imposing_subject(text: str, places: list[Place], ca: int, hi: int, s0: int, rate_at: int | None = None) -> str | None:
    """The subject of an imposing verb in text[ca:hi]: "China imposed ...", "a levy that Mexico charges";
    for a pronoun ("where it has imposed"), the subject of the sentence starting at s0. With ``rate_at`` (where the rate's
    phrase starts), a verb of a participle clause of its own right before it comes first: "Canada struck back ..., with
    Washington imposing 25% duties"."""
    # (the word that opens a clause of its own is no preposition: "as U.S. raises duty to 35%")
    opener = _CLAUSE_OPENER.match(text, ca, hi) if ca > s0 else None
    pa = opener.end() if opener else ca
    verbs = list(IMPOSE.finditer(text, ca, hi))
    # (not a country inside an aside: "The cuts, part of a package to ease friction with the United States, will also lower")
    blank = mask_parentheticals(text[s0:hi])
    places = [p for p in places if not (s0 <= p.start < hi and blank[p.start - s0] == " ")]
    wm = last_match(_WITH_CLAUSE, text, ca, rate_at) if rate_at is not None else None
    w = wm.end() if wm else None
    if w is not None and any(w <= v.start() and v.end() <= (rate_at or hi) for v in verbs):
        ca = pa = w
        verbs = [v for v in verbs if v.start() >= w]
    if rate_at is not None:
        # the verb nearest before the rate first: "proposed to eliminate tariffs on U.S. goods, under a deal in which
        # Washington caps its tariff at 15%"
        verbs = sorted((v for v in verbs if v.end() <= rate_at), key=lambda v: -v.start()) + [v for v in verbs if v.end() > rate_at]
    for verb in verbs:
        if NOUN_BEFORE.search(text, max(ca, verb.start() - 25), verb.start()):
            continue  # "a 27.5% levy", "the new levies": the noun, not the verb
        if PASSIVE_AFTER_NOUN.match(text, max(ca, verb.start() - 40), verb.start()) and verb.group(0).lower().endswith("ed"):
            continue  # "a 25% tariff imposed in May": a passive with no agent; the country before taxes nobody
        if PASSIVE_AUX.search(text, max(ca, verb.start() - 25), verb.start()) and not verb.group(0).lower().endswith("ing"):
            continue  # "Taiwan's rate was set at 20%": a passive, whose subject is the rate
        if CAUSATIVE_BEFORE.search(text, max(ca, verb.start() - 50), verb.start()):
            continue  # "Japan sought to have the car tariff cut to 10%": another cuts it, for the subject
        if _PAYING_AFTER.match(text, verb.end()):
            continue  # "British mills will keep paying 25%": who pays, not who levies
        if verb.group(0).lower().endswith("ed") and _WITH_AFTER.match(text, verb.end()):
            continue  # a headline's passive without its verb: "Brazil slapped with 50% tariff", the country taxed
        rel = RELATIVE_BEFORE.search(text, max(ca, verb.start() - 12), verb.start())
        if rel:
            # "gained from an EU rule that subjects Thai cassava to ...": the subject of "that" is the
            # noun phrase right before it, whatever preposition opens it
            # (a country that qualifies a noun: "an EC tariff loophole that", not "a deal with Japan that")
            near = [p for p in places if ca <= p.start and p.end <= rel.start() and rel.start() - p.end <= 30
                    and _QUALIFIED_NOUN.fullmatch(text, p.end, rel.start())]
            if near:
                return near[-1].code
        # ("a pact under which Washington caps its tariff": "which" opens a clause of its own, no prepositional phrase)
        which = last_match(_PREP_WHICH, text, ca, verb.start())
        pv = max(pa, which.end()) if which else pa
        subj = [p for p in places if ca <= p.start and p.end <= verb.start() and verb.start() - p.end <= 60
                and (not PREP_BEFORE.search(text, max(pv, p.start - 25), p.start)
                     # "has asked Tokyo to scrap its tariff": the one asked does what it is asked to
                     or (_TO_VERB.fullmatch(text, p.end, verb.start()) and not PREP_ONLY_BEFORE.search(text, max(pv, p.start - 25), p.start)))
                # "India's rate will double", "India is set to see its rate double": the rate is the subject; India pays it
                and not (POSSESSIVE_RATE.match(text, p.end) or _its_rate_after(text, p.end, verb.start()))
                and not SUBJECT_TARGET.search(text, p.end, verb.start())  # "Switzerland faces ... rates announced"
                and not DEAL_NOUN_AFTER.match(text, p.end)]  # "Vietnam deal lowers tariff to 20%": the deal acts, not Vietnam
        actors = [a for a in ACTOR.finditer(text, max(ca, verb.start() - 60), verb.start())]
        cands = [(p.end, p.code) for p in subj] + [(a.end(), lx.lookup(lx.IMPOSER_ACTORS, a.group(0))) for a in actors]
        cands = [c for c in cands if c[1]]
        if cands:
            return str(max(cands)[1])
        if PRONOUN_SUBJECT.search(text, max(ca, verb.start() - 60), verb.start()) or (
                ca > s0 and ELIDED_SUBJECT.fullmatch(text, ca, verb.start())):
            # "The EC ..., and the Commission has adopted a tough approach ..., where it has imposed 20 pct
            # duties": the pronoun is the sentence's subject, a country or actor at its start; so is the
            # subject a clause leaves out ("Canada dropped ... but kept 25% counter-duties on ...")
            subject = _sentence_subject(text, places, s0, verb.start())
            if subject:
                return subject
    return None


#: the next change of a list of them, after an old rate: "(to 10 pct from 20 pct) and on biscuits to (15 pct)"
_NEXT_CHANGE_GAP = regex.compile(r"\s*,?\s+and\s+(?:on|for)\s+[^,;.]{1,40}?\s+to\s+(?:about\s+|around\s+)?", _F)
_PREP_WHICH = regex.compile(r"(?<![\w])(?:in|under|by|through|with)\s+which\s+", _F)
#: a clause of its own with a participle and its subject: ", with Washington imposing ..."
_WITH_CLAUSE = regex.compile(r",\s+with\s+(?=[\p{Lu}])", _F)


HEADLINE_DEAL = regex.compile(
    # (a finite verb: not "faces pressure to strike a trade deal")
    r"(?<![\w])(?:agrees|agreed|signs|signed|strikes|struck|reach(?:es|ed)|seals|sealed|offers|offered)\s+(?:\w+\s+){0,2}?"
    r"(?:trade\s+)?(?:deal|pact|accord|agreement|package|compensation)(?![\w])", _F)


#: a start told in the present tense, as headlines tell what has just happened
_MODAL_BEFORE = regex.compile(r"(?<![\w])(?:will|would|to|set\s+to|due\s+to|could|may)\s+$", _F)
_STARTS_NOW = regex.compile(
    r"(?<![\w])(?:takes|take)\s+effect|(?:kicks|kick)\s+in|(?:comes|come|goes|go)\s+into\s+(?:effect|force)"
    r"|(?:enters|enter)\s+into\s+force(?![\w])", _F)


def _headline_start_now(doc: ParsedDoc) -> bool:
    """The article's headline (its first line, a paragraph of its own, no full stop) says a levy takes effect, with no
    time of it: the start is news, not a plan ("Swiss scramble after 39% US tariff takes effect"; not "Tariff
    takes effect Aug 1" nor "will take effect")."""
    if not doc.sentences:
        return False
    s0 = doc.sentences[0]
    head = doc.stext(0).rstrip()
    if head.endswith(".") or (len(doc.sentences) > 1 and doc.sentences[1].paragraph == s0.paragraph):
        return False
    start = _STARTS_NOW.search(head)
    return start is not None and not doc.whens[0] and not _MODAL_BEFORE.search(head, max(0, start.start() - 12), start.start())


def _headline_actor(doc: ParsedDoc) -> str | None:
    """The country or bloc a headline has striking a trade deal ("EC AGREES TRADE DEAL WITH ARGENTINA"): the one
    whose levies the deal's rates are, when a sentence names no imposer."""
    if not doc.sentences:
        return None
    s0 = doc.sentences[0]
    if not HEADLINE_DEAL.search(doc.text, s0.start, s0.end):
        return None
    return _sentence_subject(doc.text, doc.places[0], s0.start, s0.end)


def _sentence_subject(text: str, places: list[Place], s0: int, hi: int) -> str | None:
    """The country or actor that opens the sentence starting at s0 (past a dateline: "WASHINGTON, April 9
    (Reuters) - President Donald Trump ..."), as its subject, if one does before hi."""
    dl = DATELINE.match(text, s0, hi)
    lo = dl.end() if dl else s0
    lead: list[tuple[int, str | None]] = [(p.start, p.code) for p in places if lo <= p.start <= lo + SUBJECT_LEAD and p.end <= hi
                                          and not POSSESSIVE_AFTER.match(text, p.end)]
    lead += [(a.start(), lx.lookup(lx.IMPOSER_ACTORS, a.group(0))) for a in ACTOR.finditer(text, lo, min(hi, lo + SUBJECT_LEAD + 20))
             if a.start() <= lo + SUBJECT_LEAD]
    named = sorted((pos, code) for pos, code in lead if code)
    return str(named[0][1]) if named else None


def _co_goods(doc: ParsedDoc, i: int, text: str, m: Mention, cue_pos: int, cb: int, target: str | None, imposer: str) -> list[Place]:
    """Countries coordinated with the target's name in the goods the rate is on ("25% duties on Canadian and
    Mexican goods"): each is taxed at the rate too."""
    on = _goods_on(text, m, cue_pos, cb)
    if target is None or not on:
        return []
    run = [p for p in doc.places[i] if on.end() <= p.start < cb]
    if not run or run[0].code != target or run[0].start > on.end() + 25:
        return []
    out: list[Place] = []
    for a, b in zip(run, run[1:]):
        if not _AND_THE.fullmatch(text, a.end, b.start) or b.code in (imposer, target) or b.code in [o.code for o in out]:
            break
        out.append(b)
    return out


def _co_subjects(doc: ParsedDoc, i: int, text: str, ca: int, m: Mention, target: str | None, imposer: str) -> list[Place]:
    """Countries coordinated with the target as the subject of "faces", "were hit with" ("Mexico and Canada
    were hit with 25% tariffs"): each is taxed at the rate too."""
    verb = SUBJECT_TARGET.search(text, ca, m.start)
    if target is None or not verb:
        return []
    run = _subject_run(doc, i, text, ca, verb.start())
    if not run or run[0].code != target:
        return []
    out: list[Place] = []
    for p in run[1:]:
        if p.code in (imposer, target) or p.code in [o.code for o in out]:
            break
        out.append(p)
    return out


def _set_for_cues(doc: ParsedDoc, i: int, rates: list[Mention]) -> list[tuple[int, int]]:
    """The words that set a rate named with "the" for a country ("the 15% agreed for the European Union", "the 31%
    Trump had announced for Swiss goods"): a cue of that rate, ending where the country's name starts."""
    text, sent = doc.text, doc.sentences[i]
    starts = {p.start for p in doc.places[i]}
    return [(f.start() + 1, f.end()) for r in rates if THE_TARIFF_BEFORE.search(text, max(sent.start, r.start - 6), r.start)
            and (f := _SET_FOR_PLACE.match(text, r.end, sent.end)) and f.end() in starts]


def _co_between(doc: ParsedDoc, i: int, text: str, prev: Mention, m: Mention, target: str | None, imposer: str) -> list[Place]:
    """Countries coordinated with the target between a list's rates ("41%, followed by Laos and Myanmar at 40%"):
    each is taxed at the rate too."""
    between = [p for p in doc.places[i] if prev.end <= p.start and p.end <= m.start]
    if not between or between[-1].code != target:
        return []
    out: list[Place] = []
    run = between[-1]
    for p in reversed(between[:-1]):
        if not _AND_GAP.fullmatch(text, p.end, run.start) or p.code in (imposer, target) or p.code in [o.code for o in out]:
            break
        out.insert(0, p)
        run = p
    return out


_ANSWER_VERB = regex.compile(r"\s+(?:has\s+|had\s+)?(?:retaliated|retaliates|responded|responds|hit\s+back|hits\s+back|struck\s+back|countered)(?![\w])", _F)


def _answered(doc: ParsedDoc, i: int, text: str, m: Mention, imposer: str | None) -> bool:
    """Another country answers the rate's levy later in its sentence ("The U.S. imposed a 35 pct tariff on the
    shingles, and Canada retaliated with duties on ..."): the levy is what was retaliated against, not a retaliation."""
    return any(p.start > m.end and p.code != imposer and _ANSWER_VERB.match(text, p.end) for p in doc.places[i])


def _subject_run(doc: ParsedDoc, i: int, text: str, ca: int, verb: int) -> list[Place]:
    """The countries coordinated right before a verb ("Mexico and Canada were hit", "American goods that
    would face"): the last place before it and those joined to it by "and" or commas."""
    s0 = doc.sentences[i].start
    masked = mask_parentheticals(doc.stext(i))
    # (not a country in an aside: "Drugmakers in the EU and Japan, which struck deals with Washington, will face")
    before = [p for p in doc.places[i] if ca <= p.start and p.end <= verb and masked[p.start - s0] != " "]
    if not before:
        return []
    run = [before[-1]]
    for p in reversed(before[:-1]):
        if not _AND_GAP.fullmatch(text, p.end, run[0].start):
            break
        run.insert(0, p)
    return run


#: a time or reason clause opening between a word and the rate after it: "Ottawa vowed retaliation after Washington raised ..."
_SUBORDINATE = regex.compile(r"(?<![\w])(?:after|when|because|since|once)\s", _F)


def _reason_for(pat: regex.Pattern[str], text: str, ca: int, cb: int, m: Mention, others: list[Mention]) -> bool:
    """A reason named in the rate's clause with no other rate between them (nor a clause of its own that the
    rate's opens after it: "vowed retaliation after Washington raised its tariff to 50%" answers the rate)."""
    return any(not any(min(m.start, x.start()) <= o.start < max(m.end, x.end()) for o in others if o is not m)
               and not (x.end() <= m.start and _SUBORDINATE.search(text, x.end(), m.start))
               and not HYPOTHETICAL_BEFORE.search(text, max(ca, x.start() - 40), x.start())  # "warned that any retaliation"
               for x in pat.finditer(text, ca, cb))


def _measure(text: str, ca: int, cb: int, m: Mention, cue_pos: int, others: list[Mention],
             places: list[Place] | None = None) -> str | None:
    """The measure word nearest the rate or its tariff word, within a few words, no other rate between;
    after the rate, not past a country that owns another levy ("at 30% and China's retaliatory levy")."""
    best: tuple[int, str] | None = None
    for kind, pat in MEASURE.items():
        for x in pat.finditer(text, ca, cb):
            lo, hi = min(x.start(), m.start), max(x.end(), m.end)
            if any(lo <= o.start < hi for o in others if o is not m):
                continue
            if x.start() >= m.end and x.start() > cue_pos and any(m.end <= p.start < x.start() for p in places or ()):
                continue
            if x.end() <= min(m.start, cue_pos) and _SUBORDINATE.search(text, x.end(), min(m.start, cue_pos)):
                continue  # "vowed retaliation after Washington raised its tariff": the answer to the levy, not its kind
            d = min(abs(x.start() - m.end), abs(m.start - x.end()), abs(x.start() - cue_pos), abs(cue_pos - x.end()))
            if d <= 30 and (best is None or d < best[0]):
                best = (d, kind)
    return best[1] if best else None


def _target(doc: ParsedDoc, i: int, masked: str, text: str, s0: int, ca: int, cb: int, m: Mention, phrase_lo: int,
            next_rate: int, imposer: str, prev: Mention | None, own_goods: str | None = None) -> str | None:
    """The taxed country: subject of "faces", a place in the phrase after the rate, a list item, the world."""
    places = doc.places[i]
    beside = _levier_after(doc, i, text, m)
    if beside is not None and beside.code == imposer and COMPARED_GAP.search(text, ca, m.start):
        return "WLD"  # "(9 pct,) against about 4 pct in the U.S.": what the U.S. charges on goods from everywhere
    # "Canada's rate rises to 35%", "Taiwan's rate was set at 20% and Vietnam's at 20%": the country whose rate it is
    payer = [p for p in places if ca <= p.start and p.end <= m.start and p.code != imposer
             and (POSSESSIVE_RATE.match(text, p.end) or _its_rate_after(text, p.end, m.start))  # "India is set to see its rate double"
             and not any(p.end <= o.start < m.start for o in doc.mentions[i] if o.unit == "percent")]
    if payer:
        return payer[-1].code
    own = OWN_TARGET.match(text, m.end, cb)
    if own:
        right = [p for p in places if p.start == own.end() and p.code != imposer]
        if right:
            # "19% on goods from the Philippines and 32% on Indonesia"; "were hit with 25% tariffs, with a
            # 10% rate on Canadian energy": the rate's own goods name their country before a subject does
            return right[0].code
    # the verb of this rate: not one before an earlier rate of the sentence ("... will face a 39% duty, and duties on India ...")
    lo_verb = max([ca] + [o.end for o in doc.mentions[i] if o.unit == "percent" and o.end <= m.start])
    subj_verb = SUBJECT_TARGET.search(text, lo_verb, m.start)
    subj = [p for p in _subject_run(doc, i, text, ca, subj_verb.start()) if p.code != imposer] if subj_verb else []
    if subj_verb and not subj:
        # "Japan, a key US ally, is subject to ...": past the imposer in an aside, the first country before the verb
        subj = [p for p in places if ca <= p.start and p.end <= subj_verb.start() and p.code != imposer][:1]
    if subj:
        return subj[0].code  # "Switzerland faces a 39% tariff", "American goods that would face tariffs of up to 30%"
    if prev is not None:
        # (not a country in the reason for a levy: "extra 25% U.S. duty over Russian oil, lifting the total to 50%")
        between = [p.code for p in places if prev.end <= p.start < m.start and p.code != imposer
                   and not REASON.search(text, prev.end, p.start)]
        if between:
            return between[-1]  # "For Vietnam the duty is 46%, for India 26%"
    hi = min(cb - s0, next_rate, phrase_lo + 120)
    comma = masked.find(",", max(phrase_lo, m.end - s0), hi)
    if comma != -1:
        hi = comma  # "the tariff is 20%, for China 34%": China belongs to the next item
    after = [p for p in places if s0 + phrase_lo <= p.start < s0 + hi and p.code != imposer
             and not REASON.search(text, s0 + phrase_lo, p.start)]
    world = WORLD.search(masked, phrase_lo, hi)
    if world and after and FROM_PLACE.fullmatch(masked, world.end(), after[0].start - s0):
        world = None  # "all imports from the United States": those of one country
    if world and (not after or world.start() + s0 < after[0].start):
        return "WLD"
    if after:
        return after[0].code
    if THE_COUNTRY.search(masked, phrase_lo, hi):
        named = [p for p in places if p.end <= m.start and p.code != imposer]
        if named:
            return named[-1].code  # "a deal with Japan that sets a 15% tariff on imports from the country"
    if DEFINITE_GOODS.search(masked, phrase_lo, min(len(masked), phrase_lo + 80)) and not places:
        # "a duty of 6.21 pct was set ... on the imports": the imports the article is about, from its country
        return doc.focus_country(frozenset({imposer}))
    if IMPORTED.search(masked, phrase_lo, min(len(masked), phrase_lo + 80)):
        return "WLD"  # "on imported steel": from wherever it comes
    # not a country that speaks of the rate ("The United States, Taiwan's main partner, has said the island's tariffs ...")
    # (nor where something sells: "good sales of computers in Europe and expectations the U.S. will remove its duty")
    # (nor the country of a rate set beside it: "9 pct, against about 4 pct in the U.S.")
    anywhere = [p.code for p in places if p.code != imposer and ca <= p.start < cb and not SPEAKS_AFTER.match(text, p.end, cb)
                and masked[p.start - s0] != " "  # (nor one inside an aside: "The cuts, part of a deal with the U.S., ...")
                and not MARKET_IN_BEFORE.search(text, max(ca, p.start - 50), p.start)
                and not any(o is not m and o.unit == "percent" and _IN_PLACE.fullmatch(text, o.end, p.start)
                            and COMPARED_GAP.search(text, ca, o.start) for o in doc.mentions[i])]
    if anywhere:
        return anywhere[0]
    # a world phrase that is another levy's goods ("..., when higher duties on scores of economies came into
    # effect") says nothing of this rate's
    if any(not _other_levys_goods(masked, w.start(), phrase_lo) for w in WORLD.finditer(masked, ca - s0, cb - s0)):
        return "WLD"
    # the country the article is about, when its opening names one; else, for goods no country is named
    # for ("a 25% tariff on all heavy trucks made abroad" in a story on several countries), from everywhere
    return own_goods or doc.lead_country(frozenset({imposer})) or "WLD"


OTHER_LEVY_ON = regex.compile(_TARIFF_WORDS + r"\s+(?:\w+\s+){0,2}?on\s+(?:the\s+)?$", _F)
def _other_levys_goods(masked: str, pos: int, phrase_lo: int) -> bool:
    """The words at pos are the goods of a levy noun other than the rate's own (at phrase_lo)."""
    on = OTHER_LEVY_ON.search(masked, max(0, pos - 40), pos)
    return on is not None and abs(on.start() - phrase_lo) > 12


#: a country that speaks: "has said", ", its main trading partner, complained", "has been demanding"
SPEAKS_AFTER = regex.compile(
    r"(?:\s*,[^,;]{1,60},)?\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|repeatedly\s+)?(?:been\s+)?"
    r"(?:said|says|told|argued|argues|complained|complains|criticised|criticized|criticises|criticizes|demanded|demanding|demands"
    r"|urged|urges|urging|asked|asks|wants|wanted|insisted|insists|called|calls)(?![\w])",
    _F,
)
BULLET = regex.compile(r"\s*[-*•·]\s+(?P<head>[^(,;:\n]{3,80})", _F)
LIST_WORD = regex.compile(r"(?<![\w])(?:list|following|include|includes|including|covered|cover|covers)(?![\w])|:\s*$", _F)
#: a place where something sells or is made: "sales of computers in Europe", "demand in China"
MARKET_IN_BEFORE = regex.compile(
    r"(?<![\w])(?:sales|demand|markets?|business|operations|production|plants?|factories|prices)\s+"
    r"(?:of\s+(?:[\w-]+\s+){1,3})?in\s+(?:the\s+)?$", _F)
#: a sentence that opens with a kind of goods traded: "Lumber imports from Canada fell ...", "U.S. steel exports rose ..."
TRADE_SUBJECT = regex.compile(r"\W*(?:[\p{Lu}][\w.]*\s+)?(?P<w>[\w-]+(?:\s+[\w-]+)?)\s+(?P<n>imports|exports|shipments)(?![\w])", _F)
GENERIC_GOODS = regex.compile(
    r"(?<![\w])(?:the|these|those|such|certain|some)\s+(?:[\w-]+\s+){0,2}(?:shipments|goods|products|exports|imports|items|penalties)(?![\w])", _F
)
LEVIED_ON = regex.compile(
    r"(?<![\w])(?:levied|imposed|applied|apply|target(?:s|ed)?|cover(?:s|ed)?|hit|penalties|sanctions|tariffs?|duty|duties|levy|levies)\s+(?:[\w.,%-]+\s+){0,4}?on\s+", _F
)


def _bullet_sectors(doc: ParsedDoc, i: int) -> list[tuple[str, str]]:
    """Sectors named by the heads of a bulleted list that follows sentence i."""
    out: list[tuple[str, str]] = []
    par = doc.sentences[i].paragraph
    for j in range(i + 1, len(doc.sentences)):
        sj = doc.sentences[j]
        if sj.paragraph == par:
            continue
        b = BULLET.match(doc.text, sj.start, sj.end)
        if not b:
            break
        if doc.sentences[j - 1].paragraph == sj.paragraph:
            continue
        for x in SECTOR_WORDS.finditer(b.group("head")):
            kind = lx.kind_of(lx.SECTORS, x.group(0))
            if kind and kind != "all" and kind not in [k for k, _ in out]:
                out.append((kind, b.group("head").strip()))
                break
    return out


def _doc_sectors(doc: ParsedDoc) -> list[tuple[str, str]]:
    """Specific sectors the article says its tariffs or penalties fall on ("levied on electronic items")."""
    found: list[tuple[str, str]] = []
    for i in range(len(doc.sentences)):
        s = doc.stext(i)
        for lev in LEVIED_ON.finditer(s):
            for kind, words in _sectors(s, lev.end()):
                if kind not in ("all", "other") and kind not in [k for k, _ in found]:
                    found.append((kind, words))
    return found


_PART_AND = regex.compile(r"(?<![\w])(?:and|plus)(?![\w])", _F)
#: the rate that takes another's place, after the levy it replaces: "(the 25% duty on cars) will be replaced by a 15% rate"
_REPLACED_BY = regex.compile(r"(?<![\w])(?:replaced|superseded)\s+by\s+(?:a|an|the)?\s*(?:[\w-]+\s+){0,2}?$", _F)
#: the next step of a change of one levy, right before its rate: "(to 20 pct in 1988) and to eight pct", ", then to 10%"
_NEXT_STEP = regex.compile(r"(?:,?\s+and(?:\s+then)?|,?\s+then|,)\s+(?:further\s+)?to\s+(?:a\s+|just\s+)?$", _F)
_AND_GAP = regex.compile(r"\s*(?:,|,?\s*and|,?\s*or)\s+(?:the\s+)?", _F)  # "Japan and the European Union"
IN_RETALIATION = regex.compile(r"(?<![\w])(?:in|as)\s+(?:a\s+)?(?:retaliation|reprisal)\s+(?:for|against|to)(?![\w])", _F)
#: the reason for a rate, named anywhere in its clause
RETALIATION_WORD = regex.compile(r"(?<![\w])retaliation(?![\w])", _F)  # (the adjective is a levy's own: _measure reads it)
SUBSIDIZED = regex.compile(r"(?<![\w])(?:subsidi[sz]ed|unfairly\s+subsidi[sz]ed)(?![\w])", _F)
#: "after finding they were dumped on the European market": sold below cost, the ground of an anti-dumping duty
DUMPED = regex.compile(r"(?<![\w])(?:were|was|being|been|are|is|had|have|has)\s+(?:\w+\s+)?dumped(?![\w])"
                       r"|(?<![\w])dumped\s+(?:on|in|into)\s|(?<![\w])dumping\s+(?:of|by)\s", _F)
PAST_START = regex.compile(rf"(?<![\w])(?:from|since|starting|effective)\s+(?:{lx.alternation(lx.MONTH_NAMES + lx.MONTH_SHORT, boundary=False)})\.?\s+(?:\d{{1,2}},?\s+)?(?P<y>(?:19|20)\d\d)", _F)
#: US trade laws: a rate under one of them is levied by the United States
US_LAW = regex.compile(r"(?<![\w])(?:Section|Sec\.)\s+(?:232|301|201|122)(?![\w])|(?<![\w])IEEPA(?![\w])", _F)
NEW_CLAUSE_CUE = regex.compile(r"\s*,?\s*(?:and|while|but|whereas)\s+(?:the\s+|its\s+|their\s+)?", _F)  # a tariff noun opening the next item
#: the goods phrase starts right after a rate (or after a wire's closing dash and a verb of applying: "five pct - are
#: to be applied to")
GOODS_NEXT = regex.compile(r"(?:\s+-(?=\s))?\s+(?:on|for|(?:[\w]+\s+){0,3}?" + _APPLIED_TO + r")\s", _F)
_AND_THE = regex.compile(r"\s*(?:,|,?\s*and|,?\s*or)\s+(?:the\s+)?", _F)  # "The United States and the European Union"
RANGE_GAP = regex.compile(r"\s*(?:to|-|–)\s*", _F)  # "10% to 15%", "10-15%"
_BETWEEN_END = regex.compile(r"(?<![\w])between\s+$", _F)
_AND_ONLY = regex.compile(r"\s+and\s+", _F)
#: "range from 4.8% for one producer to 47% for the others": ends of a range, each with whom it is for
_RANGE_FROM_END = regex.compile(r"(?<![\w])" + _RANGE_VERB + r"\s+from\s+$", _F)
_FOR_TO_GAP = regex.compile(r"\s+for\s+(?:[\w'’.-]+\s+){1,6}?to\s+", _F)


_IN_PLACE = regex.compile(r"\s+(?:in|by)\s+(?:the\s+)?", _F)


def _levier_after(doc: ParsedDoc, i: int, text: str, m: Mention) -> Place | None:
    """The country a rate is said of right after it: "(compared with) 2.5% in the U.S."."""
    gap = _IN_PLACE.match(text, m.end, doc.sentences[i].end)
    return next((p for p in doc.places[i] if gap and p.start == gap.end()), None)


_START_ASIDE = regex.compile(r",\s+(?:due|set|scheduled|slated|expected|planned)\s+to\s+[^,;]{0,80},", _F)


def _aside_before(text: str, masked: str, s0: int, pos: int, lo: int) -> bool:
    """pos is inside an aside that closes before lo: "The duty, due to take effect on April 9, comes on top of a 25%
    tariff" (the aside is of the subject, not of the rate after it)."""
    if masked[pos - s0] != " ":
        return any(a.start() < pos < a.end() <= lo for a in _START_ASIDE.finditer(text, s0, lo))
    end = _ASIDE_END.search(masked, pos - s0)
    return end is not None and end.start() + s0 <= lo


def _range(text: str, a: Mention, b: Mention) -> bool:
    """Two rates that are the ends of one range: "10% to 15%", "10-15%", "between 10% and 50%", "from 5% for some
    firms to 40% for others"."""
    return bool(RANGE_GAP.fullmatch(text, a.end, b.start)) or (
        bool(_AND_ONLY.fullmatch(text, a.end, b.start)) and bool(_BETWEEN_END.search(text, max(0, a.start - 10), a.start))) or (
        bool(_FOR_TO_GAP.fullmatch(text, a.end, b.start)) and bool(_RANGE_FROM_END.search(text, max(0, a.start - 16), a.start)))


#: the opening of a clause that sets itself against the one before ("..., but will keep its duties")
_CONTRAST_TURN = regex.compile(r"[\s,;]*(?:but|while|whereas|although|though|however|yet)(?![\w])", _F)


def _owner(linked: list[tuple[Mention, str, int]], pos: int, clause: tuple[int, int] | None = None) -> int:
    """Index of the rate a date at ``pos`` belongs to: the last rate before it, else the first.
    An old rate is skipped: "lowered to 15% from 27.5%, effective Sept. 16" dates the 15%; but a rate
    in the date's own clause (``clause``) comes first: "sets a 15% rate, instead of the 25% threatened
    from Aug. 1" dates the 25%."""
    before = [j for j, x in enumerate(linked) if x[0].end <= pos]
    new = [j for j in before if linked[j][1] != "chain"]
    own = [j for j in before if clause is not None and clause[0] <= linked[j][0].start < clause[1]]
    if own and not any(j in own for j in new) and new:
        return own[-1]  # only an old rate in the date's clause, its new one in another: the date is the old one's
    return new[-1] if new else (before[-1] if before else 0)


def _date_sharers(linked: list[tuple[Mention, str, int]], k: int, text: str) -> set[int]:
    """Rate k and the rates joined to it by "and" that follow it: "at 25% and 24% ... after July 9",
    "15% on coal and 10% on crude oil, which took effect on February 10"; and the other end of a range it tops
    ("which take effect on July 1, range from 5% to 40%")."""
    out = {k}
    j = k
    while j > 0 and _range(text, linked[j - 1][0], linked[j][0]):
        j -= 1
        out.add(j)
    j = k
    while j + 1 < len(linked) and (_AND_GAP.fullmatch(gap := text[linked[j][0].end:linked[j + 1][0].start]) or _range(text, linked[j][0], linked[j + 1][0])
                                   or LIST_GOODS.match(gap) and len(gap) < 75):
        j += 1
        out.add(j)
    return out


#: a dumping case named by its charge ("never had the intention of practising dumping", "accused of dumping", "a dumping
#: complaint"); not dumping as the subject of a pact ("an agreement to stop below cost dumping of microchips")
DUMPING = regex.compile(
    r"(?<![\w])(?:practi[cs]\w*|accused\s+of|charged\s+with|found\s+to\s+be|guilty\s+of|(?:was|were|is|are|been)|engag\w+\s+in)\s+dumping(?![\w])"
    r"|(?<![\w-])dumping\s+(?:margins?|charges?|complaints?|petitions?|cases?|investigations?|probes?|findings?|rulings?|orders?)(?![\w])", _F)


def _doc_kinds(doc: ParsedDoc) -> tuple[bool, str | None, bool]:
    """What the article is about: retaliation or sanctions; one trade-remedy case ("final dumping duties on canned
    tuna from Ecuador": its rates without a measure of their own are that case's, "An interim duty of
    6.21 pct was set"); the US reciprocal tariffs."""
    retaliation = next(_retaliations(doc.text), None) is not None
    # (a case named by its charge: "Brazilian exporters ... never have the intention of practising dumping")
    remedies = [k for k in ("anti_dumping", "countervailing") if MEASURE[k].search(doc.text) or (k == "anti_dumping" and DUMPING.search(doc.text))]
    remedy = remedies[0] if len(remedies) == 1 and not retaliation else None
    # (the US reciprocal tariffs of 2025 are told with the retaliation they met; in 1987 "reciprocal" in an article about
    # retaliation was reciprocity asked for)
    reciprocal = (not retaliation or bool(doc.published and doc.published.year >= RECIPROCAL_SINCE)) and bool(
        MEASURE["reciprocal"].search(doc.text))
    return retaliation, remedy, reciprocal


def _us_retaliates(doc: ParsedDoc, memo: list[bool]) -> bool:
    """Whether the article has the United States as the one retaliating or imposing sanctions: the country or actor
    nearest before a word of retaliation in its sentence, not after a preposition ("U.S. sanctions against Japan",
    "Reagan ... in retaliation for Japan's failure"; not "China retaliated against the U.S.")."""
    if memo:
        return memo[0]
    found = False
    for i, sent in enumerate(doc.sentences):
        for r in _retaliations(doc.text, sent.start, sent.end):
            lo = max(sent.start, r.start() - 120)
            # (the first one: the subject, not an object after it: "Ottawa answers Washington with counter-tariffs")
            subj: list[tuple[int, str | None]] = [(p.start, p.code) for p in doc.places[i] if lo <= p.start and p.end <= r.start()
                    and not PREP_BEFORE.search(doc.text, max(sent.start, p.start - 25), p.start)]
            subj += [(a.start(), lx.lookup(lx.IMPOSER_ACTORS, a.group(0))) for a in ACTOR.finditer(doc.text, lo, r.start())
                     if not PREP_BEFORE.search(doc.text, max(sent.start, a.start() - 25), a.start())]
            named = [c for c in subj if c[1]]
            # ("China's retaliatory levy": the owner named right before the word)
            owner = [p.code for p in doc.places[i] if p.end <= r.start() and POSSESSIVE_NOUN.fullmatch(doc.text, p.end, r.start())]
            if (owner[-1] if owner else (min(named)[1] if named else None)) == "USA":
                found = True
                break
        if found:
            break
    memo.append(found)
    return found


def _its_rate_after(text: str, lo: int, hi: int) -> regex.Match[str] | None:
    """ "its rate" within 40 characters after a country, in its clause: that country's rate."""
    r = ITS_RATE.search(text, lo, min(hi, lo + 40))
    return r if r is not None and not _CLAUSE_MARK.search(text, lo, r.start()) else None


def _its_rates(doc: ParsedDoc, i: int) -> list[tuple[int, int]]:
    """ "its rate" after a country in the same clause ("India is set to see its rate double"): a rate of duty."""
    sent = doc.sentences[i]
    out = []
    for p in doc.places[i]:
        r = _its_rate_after(doc.text, p.end, sent.end)
        if r is not None and BANK_WORD.search(doc.text, max(sent.start, p.start - 30), r.start()):
            continue  # "the Bank of Japan kept its rate", "Japan's central bank kept its rate": an interest rate
        if r is not None and (r.start("w"), r.end("w")) not in out:
            out.append((r.start("w"), r.end("w")))
    return sorted(out)


def extract(doc: ParsedDoc) -> Iterator[Tariff]:
    text = doc.text
    kinds: tuple[bool, str | None, bool] | None = None  # what the article is about, read at its first linked rate
    retaliation_doc, remedy_doc, reciprocal_doc = False, None, False
    doc_sectors: list[tuple[str, str]] | None = None
    explicit_imposers: list[str] = []
    pending: list[dict[str, str | None]] = []
    sentence_sectors: list[tuple[str, str | None]] = []  # the goods of the rows of the last sentence that gave rows
    us_retaliator: list[bool] = []  # read once, when first needed
    last_pair: tuple[int, str, str] | None = None  # the last row's sentence, imposer and target
    last_rate: Mention | None = None  # ... and its rate
    head_actor: str | None = None  # the headline's subject when it strikes a trade deal or levies (read when first needed)
    trade_doc: bool | None = None
    domestic_levy: bool | None = None  # the article's levy is one on its own output (read when first needed)
    own_levier: list[tuple[str, str] | None] = []  # read once, when first needed
    last_row_sentence = -2  # the last sentence that gave a row
    told_rates: set[float] = set()  # the rates of the rows so far
    lead_tariffs: bool | None = None  # the headline or lead names a tariff (read when first needed)
    for i, sent in enumerate(doc.sentences):
        rates = [m for m in doc.mentions[i] if m.unit == "percent" and not m.range_role and 0 < m.value <= 1000]
        if not rates:
            continue  # a sentence gives rows only for its own percentages: read no further
        s = doc.stext(i)
        rate_for_lead = False
        # "Canada's rate rises to 35%", "the rate on EU goods", "a 10% rate": the rate of a duty, in a sentence that
        # names a tariff or right after one that does; "India will be charged 25%", "South Africa gets 30%": a
        # country paying a rate, right after a tariff sentence
        if TARIFF.search(s):
            rate_words = [(sent.start + r.start("w"), sent.start + r.end("w")) for r in RATE_WORD.finditer(s)]
            rate_words += _its_rates(doc, i)
            # "Duties on cars will drop to 42.5 pct ..., while those on wine will fall to 50 pct": the pronoun stands
            # for the tariff word
            rate_words += [(sent.start + r.start("w"), sent.start + r.end("w")) for r in THOSE_ON.finditer(s)]
            # "far above the 15% agreed for the European Union": the rate named for a country, far from the tariff word
            rate_words += _set_for_cues(doc, i, rates)
            # "..., while Switzerland faces 39% and India 25%": a country paying a rate the tariff word is far from
            # (not "faces a 25% auto tariff": the tariff word there is the rate's own cue)
            rate_words += [(sent.start + r.start("w"), sent.start + r.end("w")) for r in PAYS_RATE.finditer(s)
                           if any(p.end <= sent.start + r.start() for p in doc.places[i]) and not TARIFF.search(s, r.end(), r.end() + 25)]
        else:
            after_tariffs = i > 0 and (i - 1 == last_row_sentence or (
                doc.sentences[i - 1].paragraph == sent.paragraph and bool(_strong(doc.stext(i - 1)))))
            if not after_tariffs:
                # "Trump also sent letters setting a 30% rate for Algeria ...": a rate for a country, in an article
                # whose headline or lead speaks of tariffs
                rate_for = list(RATE_FOR.finditer(s))
                # "Brazil was hit with a similar 50% rate last week, while Switzerland faces 39%": a country's rate or a
                # country paying one, later in such an article
                paying = [r for r in (*PCT_RATE.finditer(s), *PAYS_RATE.finditer(s))
                          if any(p.end <= sent.start + r.start() for p in doc.places[i])]
                # "Watches, machinery and chocolate all face the full 39% rate": a rate the article already gave as a levy's
                paying += [r for r in PCT_RATE.finditer(s) if r not in paying and any(
                    x.start < sent.start + r.start() <= x.end + 1 and x.value in told_rates for x in rates)]
                # "Vietnam's rate stands at 20%": a country's own rate, with its figure in the clause
                paying += [r for r in COUNTRY_RATE.finditer(s) if any(p.end == sent.start + r.start() for p in doc.places[i])
                           and any(x.start > sent.start + r.end() and not _CLAUSE_MARK.search(text, sent.start + r.end(), x.start)
                                   for x in rates)]
                if (rate_for or paying) and lead_tariffs is None:
                    lead_tariffs = _lead_names_tariffs(doc)
                places_at = {p.start for p in doc.places[i]} if rate_for and lead_tariffs else set()
                rate_words = [(sent.start + r.start("w"), sent.start + r.end("w")) for r in rate_for
                              if sent.start + r.end() in places_at]
                if lead_tariffs:
                    rate_words += [(sent.start + r.start("w"), sent.start + r.end("w")) for r in paying]
                if not rate_words:
                    continue
                rate_for_lead = True
            else:
                rate_words = []
            rate_words += [(sent.start + r.start("w"), sent.start + r.end("w")) for r in RATE_WORD.finditer(s)] + _its_rates(doc, i)
            rate_words += [(sent.start + r.start("w"), sent.start + r.end("w")) for r in PAYS_RATE.finditer(s)
                           if any(p.end <= sent.start + r.start() for p in doc.places[i])]
            rate_words += _set_for_cues(doc, i, rates)  # "compares with the 31% Trump had announced for Swiss goods"
            # "The U.S. already charges 50% on steel and aluminum imports": a verb of levying for the noun
            rate_words += [(sent.start + r.start("w"), sent.start + r.end("w")) for r in LEVIES_RATE.finditer(s)]
            # "The rate compares with 15% for the European Union and 10% for Britain": a rate for a country, right
            # after a tariff sentence
            starts = {p.start for p in doc.places[i]}
            rate_words += [(r.start, r.end) for r in rates if (f := _FOR_PLACE.match(text, r.end, sent.end)) and f.end() in starts]
            if not rate_words:
                continue
        if trade_doc is None:
            trade_doc = bool(TRADE_CONTEXT.search(text))
        if not trade_doc and not doc.places[i]:
            # a tariff taxes goods crossing a border: in an article that never speaks of trade, imports, exports
            # or goods, a sentence naming no country uses the word in another sense (an electricity tariff,
            # a surcharge on car sales)
            continue
        if domestic_levy is None:
            domestic_levy = any(DOMESTIC.search(text, max(0, v.start() - 40), v.end() + 40) for v in LEVY.finditer(text))
        if domestic_levy and not any(CROSS_BORDER.search(s, max(0, c.start() - 60), c.end() + 60)
                                     for c in LEVY.finditer(s)):
            # an article about a levy on a country's own output ("the 80 pct levy on old oil"): "if the levy was cut
            # to 70 pct" later is that levy, not a customs duty (nor one whose sentence says further on that the
            # cut would "boost exports": a word of trade near the levy is what makes it one on goods crossing)
            s_cues = [c for c in TARIFF.finditer(s) if not LEVY.fullmatch(c.group(0))]
            if not s_cues:
                continue
        strong_here = bool(_strong(s))
        strong_near = strong_here or rate_for_lead or i - 1 == last_row_sentence or (
            i > 0 and doc.sentences[i - 1].paragraph == sent.paragraph and bool(_strong(doc.stext(i - 1))))
        if not strong_near and TAXED_GOODS.search(s):
            # "Energy and potash, now taxed at 10%, ...": goods taxed at a rate, in an article whose lead is about tariffs
            if lead_tariffs is None:
                lead_tariffs = _lead_names_tariffs(doc)
            strong_near = lead_tariffs
        if not strong_near or FREIGHT.search(s):
            continue
        masked = mask_parentheticals(s)
        goods_src = mask_parentheticals(s, keep_examples=True)  # the goods a rate is on: examples of them are them
        pcts = [
            m for m in rates
            if not NOT_A_RATE_AFTER.match(text, m.end, sent.end)  # "80 pct higher", "60 pct of revenue": not a rate
            # (not an agent: "stunned by 39% U.S. tariffs", "hit by a 25% duty")
            and not (BY_BEFORE.search(text, max(sent.start, m.start - 25), m.start) and not LEVY_AFTER.match(text, m.end, sent.end))
            and not CHANGE_VERB.search(text, max(sent.start, m.start - 25), m.start)  # "imports grew 26 pct": a change
            and not supposed(text, m, sent.start, sent.end, requirement=False)  # "a 3 pct tariff might have been easier"
        ]
        if not pcts:
            continue
        cl = clauses(text, sent.start, sent.end)
        linked: list[tuple[Mention, str, int]] = []  # mention, how, cue position
        cues = [(sent.start + c.start(), sent.start + c.end()) for c in TARIFF.finditer(s) if _is_cue(s, c)] + rate_words
        # "lifting the sales surtax on goods and services by four points to 30 pct": the rate of a domestic tax just before it
        domestic_ends = sorted(sent.start + t.end() for t in TAX_WORD.finditer(s) if DOMESTIC.search(s, max(0, t.start() - 40), t.end() + 40))
        for m in pcts:
            ca, cb = clause_of(cl, m.start)
            if linked:
                prev = linked[-1][0]
                gap_text = text[prev.end:m.start]
                # (not "25 pct, compared with 6.4 pct for Australian lamb": a rate on goods of its own, set beside it)
                # (nor "10%, compared with 2.5% in the U.S.": another country's own levy)
                other_goods = COMPARED_GAP.search(gap_text) and (OWN_GOODS_AFTER.match(text, m.end, sent.end)
                                                                 or _levier_after(doc, i, text, m) is not None)
                if len(gap_text) < 60 and not other_goods and (CHAIN_OLD.fullmatch(gap_text) or (
                        OLD_BEFORE.search(text, max(prev.end, m.start - 40), m.start) and not TARIFF.search(gap_text))):
                    # "to 15% from 25%": the old rate; also past a date ("to 25% from Aug. 1, up from the 24%")
                    linked.append((m, "chain", linked[-1][2]))
                    continue
                if CHAIN_NEW.fullmatch(gap_text) and FROM_BEFORE.search(text, max(sent.start, prev.start - 40), prev.start):
                    linked.append((m, "chain_to", linked[-1][2]))  # "from 25 percent to 12.5 percent"
                    continue
                change = NEW_RATE.search(text, max(sent.start, prev.start - 40), m.start)
                if change and change.start() < prev.start and len(gap_text) < 60:
                    linked.append((m, "chain_to", linked[-1][2]))  # "lowers the 25% tariff rate on Japanese cars to 15%"
                    continue
                if len(gap_text) < 80 and clause_of(cl, prev.start) == (ca, cb) and LEVY_MOVE_TO.search(gap_text) \
                        and not OTHER_TOPIC.search(gap_text):
                    linked.append((m, "chain_to", linked[-1][2]))  # "the 15% tariff on tomatoes will double to 30%"
                    continue
            dom = [b for b in domestic_ends if b <= m.start and m.start - b < 60 and not any(b <= o.start < m.start for o in pcts if o is not m)]
            if dom and not any(dom[-1] <= a < m.start for a, _b in cues):
                continue
            best = None
            for a, b in cues:
                if b <= m.start:
                    gap = (b, m.start)
                elif a >= m.end:
                    gap = (m.end, a)
                    if NEW_CLAUSE_CUE.fullmatch(text, m.end, a) and any(a < o.start <= b + 60 for o in pcts):
                        continue  # "rise to 25% and tariffs on parts to 15%": the noun of the next rate
                else:
                    continue
                # (a rate in an aside between the cue and this rate is the aside's, not in the way: "the duty on Mexican
                # steel, which stood at 25% until Tuesday, will now be 50%")
                if gap[1] - gap[0] > (110 if b <= m.start else 35) or any(
                        gap[0] <= o.start < gap[1] and not (b <= m.start and masked[o.start - sent.start] == " ")
                        for o in pcts if o is not m):
                    continue
                if OTHER_TOPIC.search(text, gap[0], gap[1]):
                    continue  # "the policy rate to 0.75% ... tariffs": the number belongs to another topic
                # (not a rate right before its levy noun: "exports slowed as a 25% import tariff")
                glued = TARIFF.match(text, a) is not None and _NOUN_GAP.fullmatch(text, m.end, a) is not None
                topic = OTHER_TOPIC.search(text, max(ca, m.start - 45), m.start) if a >= m.end and not glued else None
                if topic and "," not in text[topic.end():m.start]:
                    continue  # "the economy shrank 1.8 percent ... as tariffs" (not "citing subsidies, seek a 43 pct tariff")
                if not (ca <= a < cb or ca <= b <= cb):
                    if not (b <= m.start and gap[1] - gap[0] < 60):
                        continue
                d = gap[1] - gap[0]
                if best is None or d < best[0]:
                    best = (d, a)
            if best is not None:
                linked.append((m, "cue", best[1]))
                continue
            if linked:
                gap_text = text[linked[-1][0].end:m.start]
                # "... rates from 25% to 40% starting Aug. 1, including 25% on Japan": an item of the rates before
                cont = LIST_CONT.match(gap_text)
                if cont and len(gap_text) < 40 + len(cont.group("aside") or "") or LIST_GOODS.match(gap_text) and len(gap_text) < 75 \
                        or INCLUDING_BEFORE.search(text, max(sent.start, m.start - 15), m.start) \
                        or (len(gap_text) < 60 and ADDED_RATE_BEFORE.search(text, max(sent.start, m.start - 30), m.start)):
                    # ("a 10% reciprocal rate plus an additional 40%": a rate added to the one before, on the same goods)
                    linked.append((m, "list", linked[-1][2]))
                    continue
            w = WEAK_TARIFF.search(text, m.end, min(sent.end, m.end + 12))
            if w:
                linked.append((m, "weak", w.start()))
        if not linked:
            continue
        if kinds is None:
            kinds = _doc_kinds(doc)
            retaliation_doc, remedy_doc, reciprocal_doc = kinds
        targets = [x[0] for x in linked]
        # (not a cue denied: "would not delay the 25% tariffs", "no pause in the tariffs")
        found_cues = [c for c in find_cues(STATUS, text, sent.start, sent.end)
                      if not NEGATED_BEFORE.search(text, max(sent.start, c[0] - 20), c[0])]
        # "are not affected by the pause", "exempt from the suspension": levies that go on
        found_cues = [(a, b, "in_effect") if lab == "suspended" and UNPAUSED_BEFORE.search(text, max(sent.start, a - 30), a) else (a, b, lab)
                      for a, b, lab in found_cues]
        # a cue inside a longer one is that one's ("will remain" in "will remain in place")
        found_cues = [c for c in found_cues if not any(d[0] <= c[0] and c[1] <= d[1] and d[1] - d[0] > c[1] - c[0] for d in found_cues)]
        # (not the undoing of a levy told before: "said the 24% tariff was regrettable and urged Washington to reconsider")
        found_cues = [c for c in found_cues if not (c[2] == "sought" and UNDO_ASKED_AFTER.match(text, c[1], sent.end)
                                                    and all(t.end <= c[0] for t in targets))]
        # (nor the verb of a clause before one with its own subject: "moved to eliminate duties on beef under a pact in which
        # Washington caps its tariff at 15%")
        found_cues = [c for c in found_cues if not (
            all(t.start >= c[1] for t in targets)
            and all((b := last_match(_PREP_WHICH, text, c[1], t.start)) is not None
                    and not any(c[1] <= o.start < b.start() for o in targets) for t in targets))]
        # (nor a start told in an aside of a subject that is no rate: "The duty, due to take effect on April 9, comes on
        # top of a 25% tariff on cars")
        found_cues = [c for c in found_cues if not all(_aside_before(text, masked, sent.start, c[0], min(t.start, cp))
                                                       for t, _h, cp in linked)]
        status_cues = attach(found_cues, targets, text, sent.start, sent.end)
        for k in range(len(linked)):
            for w in doc.whens[i]:
                if ((
                    w.gran == "day" and w.value and doc.published and (
                        w.value > doc.published.isoformat()
                        # "will double the levy ... starting Wednesday": a weekday a change to come starts on is the next one
                        # (not a day something was said or done: "under a deal announced on Wednesday")
                        or w.kind == "weekday" and w.value < doc.published.isoformat()
                        and MOVE_TO_COME.search(text, clause_of(cl, w.start)[0], w.start) is not None
                        and not SAID_BEFORE.search(text, max(sent.start, w.start - 40), w.start)
                        and not SAID_AFTER.match(text, w.end, sent.end) and not EVENT_BEFORE.search(text, max(sent.start, w.start - 30), w.start))
                    # "from next April", "starting in October": a month to come
                    or (w.gran == "month" and w.value and doc.published and w.value > doc.published.isoformat()[:7] and w.kind != "m_end"))
                    and _START_CUE_END.search(text[max(sent.start, w.start - 12):w.start])
                    and not _END_BEFORE.search(text, max(sent.start, w.start - 16), w.start)  # "a pause that ends on July 9"
                    and not _aside_before(text, masked, sent.start, w.start, min(linked[k][0].start, linked[k][2]))
                ):
                    wc, rc = clause_of(cl, w.start), clause_of(cl, linked[k][0].start)
                    if wc != rc and _CONTRAST_TURN.match(text, min(wc[1], rc[1]), max(wc[0], rc[0]) + 12):
                        continue  # "will remove many of its tariffs from Sept. 1 but will keep its 25% duties": the other clause's start
                    # (the start of a rate it is listed with, too: "a 25% tariff on trucks and a 50% levy on cabinets,
                    # from Oct. 1", as the start's day is theirs)
                    if _owner(linked, w.start, wc) in _date_sharers(linked, k, text):
                        status_cues.setdefault(k, []).append("scheduled")
        share_coordinated(status_cues, targets, text, sent.start, sent.end)
        for k in range(2, len(linked)):
            # "cut duties on chocolate to 10 pct from 20 pct and on biscuits to 15 pct from 24 pct from next April": the two
            # changes of one verb share their state
            if linked[k - 1][1] == "chain" and linked[k][1] != "chain" and _NEXT_CHANGE_GAP.fullmatch(text, targets[k - 1].end, targets[k].start):
                this_cues, first_cues = status_cues.get(k), status_cues.get(k - 2)
                if this_cues and not first_cues:
                    status_cues[k - 2] = [x for x in this_cues if x != "removed"]
                elif first_cues and not this_cues:
                    status_cues[k] = [x for x in first_cues if x != "removed"]
        for every in ALL_OF_THEM.finditer(text, sent.start, sent.end):
            # "a 25% tariff on trucks, a 50% tariff on cabinets and a 30% tariff on furniture, all starting next week"
            said = [c[2] for c in found_cues if every.start() <= c[0] < every.end() + 25]
            for k, t in enumerate(targets):
                if t.end <= every.start():
                    status_cues[k] = sorted(set(status_cues.get(k, []) + said))
        for k in range(len(targets) - 1):  # the two ends of a range share their status
            if _range(text, targets[k], targets[k + 1]):
                both = sorted(set(status_cues.get(k, []) + status_cues.get(k + 1, [])))
                if both:
                    status_cues[k], status_cues[k + 1] = list(both), list(both)
        # "An additional 25% duty took effect on Wednesday, doubling the total levy to 50%", "The duty will take effect
        # on Aug. 1, raising the total to 50%": a participle clause tells what the clause before it did, so its rate
        # starts when that clause's does (even when it is a new rate: "raising ... to 50%")
        started_with_clause_before: set[int] = set()
        for k in range(len(targets)):
            here = clause_of(cl, targets[k].start)
            # (an "imposed" of an aside after the rate says no state: "..., one of the highest rates Washington has imposed")
            if any(lab != "announced" for lab in status_cues.get(k, [])) or cl.index(here) == 0 or not PARTICIPLE_CLAUSE.match(text, here[0]):
                continue
            there = cl[cl.index(here) - 1]
            # (a start, not a state: not "leaving a 10% duty in place, while raising the levy on China to 125%")
            started = [lab for a, b, lab in found_cues if there[0] <= a < there[1] and lab in ("in_effect", "scheduled")
                       and _STARTS.search(text, a, b)]
            if started:
                status_cues[k] = started
                started_with_clause_before.add(k)
        prev_sectors: list[tuple[str, str]] = []  # the sectors of the sentence's rate before this one
        swapped: dict[str, str] = {}  # imposers read as the other party of a deal in this sentence
        prev_new_rate = False
        statuses: dict[int, str] = {}  # the status given to each rate of the sentence
        prev_component = False  # the rate before was read as a part of the one before it
        consumed = 0  # end of the goods phrase an earlier rate of the sentence took ("50% on steel and aluminium, and 20% ...")
        for k, (m, how, cue_pos) in enumerate(linked):
            ca, cb = clause_of(cl, m.start)
            # ---- sectors: the phrase after the tariff word, else words right before it
            phrase_lo = min(cue_pos, m.start) - sent.start
            later = [o for o in pcts if o.start > m.start]
            shared_end = -1  # where the figure whose goods phrase this rate shares ends
            if later and (_range(text, m, later[0]) or CHAIN_OLD.fullmatch(text, m.end, later[0].start)) \
                    and GOODS_NEXT.match(text, later[0].end, sent.end):
                # "tariffs of 10% to 15% on some U.S. farm products", "lifted duties to 100 pct from roughly five pct on
                # Japanese colour TV sets", "duties of 60 pct - up from some eight pct - will be applied to
                # ...": the goods after the range's top, or after the old rate, are both's
                shared_end = later[0].end - sent.start
                later = later[1:]
            next_rate = min([o.start for o in later] + [sent.end]) - sent.start
            in_aside = masked[m.start - sent.start] == " "
            if in_aside:
                # a rate in an aside takes its goods inside it: "The lower rate, which includes the existing 2.5% duty,
                # also applies to auto parts" (the parts are the lower rate's)
                # (not an aside that a list's comma closed too early: ", which will impose 100 pct tariffs on small
                # computers, colour television sets and power tools")
                aside_end = _ASIDE_END.search(masked, m.start - sent.start)
                if aside_end and not _LIST_GOES_ON.match(s, aside_end.start()):
                    next_rate = min(next_rate, aside_end.start())
            # (a rate in an aside parts nothing outside it: "Japanese beef, which faced a 26.4% tariff, would now be
            # taxed at 41.4%")
            prev_rate = max([o.end for o in pcts if o.end <= m.start and (in_aside or masked[o.start - sent.start] != " ")]
                            + [sent.start]) - sent.start
            sectors = []
            # a rate inside an aside (", such as the 25% levy on automobiles and ...,") reads its goods in the aside
            src = s if in_aside else goods_src
            # the phrase after the rate, or after its tariff word unless another rate stands between
            # ("tariffs of 15% on coal and 10% on crude oil": coal is the 15%'s)
            chained = how == "chain" and k > 0 and bool(pending)  # an old rate: its goods are the new rate's (below)
            # "frozen salmon at 8 pct duty and lower levies on barley": goods priced at the rate are its goods
            goods_at = bool(AT_RATE_BEFORE.search(text, max(sent.start, m.start - 10), m.start)
                            and SECTOR_WORDS.search(src, max(0, m.start - sent.start - 50), m.start - sent.start))
            # (not the tariff word's phrase an earlier rate took: "a 100% tariff on branded drugs, 25% on heavy trucks")
            for anchor in sorted(a for a in {m.end - sent.start, _word_end(s, cue_pos - sent.start), shared_end}
                                 if a >= prev_rate and a >= consumed and not chained and not goods_at):
                on = ON.match(s if anchor == shared_end else src, anchor, min(len(s), anchor + 30, next_rate))
                if on and on.end() <= next_rate:
                    sectors = _sectors(src[:next_rate], on.end())
                    if sectors:
                        pe = PHRASE_END.search(src, on.end(), next_rate)
                        consumed = max(consumed, pe.start() if pe else next_rate)
                        break
            if not sectors:
                prev_cues = [c for (o, _h, c) in linked[:k] if o.end <= c <= m.start and (in_aside or masked[c - sent.start] != " ")]
                near_lo = max(0, ca - sent.start, prev_rate, consumed, *(_word_end(s, c - sent.start) for c in prev_cues))
                near_hi = max(m.start - sent.start, min(cue_pos - sent.start, next_rate))
                reason = REASON.search(src, near_lo, near_hi + 1)  # "duty over Russian oil": the reason, not the goods
                found = [(lx.kind_of(lx.SECTORS, x.group(0)), x)
                         for x in SECTOR_WORDS.finditer(src, near_lo, reason.start() if reason else near_hi + 1)]
                # (not goods spared the rate: "Swiss pharmaceuticals, which were exempt from the 39% levy")
                spec = [(str(kind), x) for kind, x in found if kind and kind != "all"
                        and not EXEMPT_FROM.search(s, x.end(), max(x.end(), m.start - sent.start))]
                # the last sector named before the rate, and those coordinated with it ("steel and aluminum, which ...")
                run = spec[-1:]
                for kind, x in reversed(spec[:-1]):
                    if not _AND_GAP.fullmatch(src, x.end(), run[0][1].start()):
                        break
                    run.insert(0, (kind, x))
                sectors = []
                for kind, x in run:
                    if kind not in [k for k, _ in sectors]:
                        sectors.append((kind, x.group(0)))
            if not sectors and not chained and not goods_at:
                # goods no word list names ("and on refrigerators to 25 pct"): other goods, in the words used
                for anchor in sorted(a for a in {m.end - sent.start, _word_end(s, cue_pos - sent.start)} if a >= prev_rate and a >= consumed):
                    on = ON.match(src, anchor, min(len(s), anchor + 30, next_rate))
                    sectors = _plain_goods(doc, i, _PLAIN_GOODS.match(src, on.end(), next_rate) if on and _ON_WORD.search(on.group(0)) else None)
                    if sectors:
                        break
                if not sectors:  # ("... to 20 pct from 30 pct, and on refrigerators to 25 pct": the goods before the rate)
                    sectors = _plain_goods(doc, i, _PLAIN_GOODS_BEFORE.search(src, max(prev_rate, 0), m.start - sent.start))
            rel = list(RELATIVE_ASIDE.finditer(s, prev_rate, m.start - sent.start)) if not sectors else []
            if rel and not EXEMPT_FROM.search(s, rel[-1].end(), m.start - sent.start):
                # "(a 15% tariff also covers) European cars, which currently face a 27.5% duty": the rate of a relative
                # clause is on the goods the clause follows, whatever an earlier rate took
                j = rel[-1].start()
                before_aside = [x for x in SECTOR_WORDS.finditer(s, max(0, j - 40), j) if x.end() == j]
                kind_b = lx.kind_of(lx.SECTORS, before_aside[-1].group(0)) if before_aside else None
                if kind_b and kind_b != "all":
                    sectors = [(kind_b, before_aside[-1].group(0))]
            if not sectors and THE_SECTOR.match(text, m.end, sent.end):
                # "Pharmaceuticals ... are exempt, but Trump has threatened tariffs of as much as 250% on the sector":
                # the sector named last before it, in the sentence or the one before
                for j in (i, i - 1) if i > 0 else (i,):
                    hi = m.start if j == i else doc.sentences[j].end
                    named: list[tuple[str, str]] = []
                    for x in SECTOR_WORDS.finditer(text, doc.sentences[j].start, hi):
                        kind_x = lx.kind_of(lx.SECTORS, x.group(0))
                        if kind_x and kind_x not in ("all", "other"):
                            named.append((kind_x, x.group(0)))
                    if named:
                        sectors = [named[-1]]
                        break
            # "The 40% duty remains in place": the levy at a rate just told, named by its rate
            the_told_rate = m.value in told_rates and m.end <= cue_pos and THE_TARIFF_BEFORE.search(
                text, max(sent.start, m.start - 12), m.start) is not None and _NOUN_GAP.fullmatch(text, m.end, cue_pos) is not None
            carried_pair = None
            if not sectors and k == 0 and pending and last_row_sentence == i - 1 and how == "cue" \
                    and (THE_TARIFF_BEFORE.search(text, max(sent.start, cue_pos - 12), cue_pos) or the_told_rate) \
                    and last_pair is not None and not any(p.code not in last_pair[1:] for p in doc.places[i]) \
                    and not WORLD.search(masked):
                # "The U.S. imposed tariffs on large motorcycles, starting at 49.9 pct. The tariff for fiscal 1987/88 is
                # set at 14.5 pct": the tariff of the sentence before, on its goods
                sectors = [(str(pending[-1]["sector"]), pending[-1]["sector_text"])]  # type: ignore[list-item]
                carried_pair = last_pair if the_told_rate and not doc.places[i] else None
            if not sectors and k == 0 and how == "cue" and last_row_sentence == i - 1 and STAYS_AT.match(text, cue_pos):
                # "... steel and aluminum duties doubled to 50%. Britain was spared and will stay at 25%": a country whose
                # rate stays keeps the goods of the levy just told
                for sector_row in sentence_sectors:
                    if sector_row[0] not in [kind for kind, _w in sectors]:  # one row per sector
                        sectors.append(sector_row)  # type: ignore[arg-type]  # (None: no words, as above)
            if chained and prev_sectors:
                # "lowered to 20 pct from 31.9 pct, and that on biscuits ...": the old rate is on the new one's goods
                sectors = list(prev_sectors)
            elif how in ("chain", "chain_to") and k > 0:
                prev_row = pending[-1] if pending else None
                if prev_row and not sectors:
                    sectors = [(str(prev_row["sector"]), prev_row["sector_text"])]  # type: ignore[list-item]  # (None: no words)
            if sectors and sectors[0][0] == "all" and len(sectors) == 1:
                prod = PRODUCERS.search(masked, max(0, ca - sent.start), phrase_lo)
                # (not "Japanese makers": makers of a country, not of a product)
                # (nor makers who speak of the rate: "Swiss machine makers said ... a 39% duty on imports from Switzerland")
                if prod and not any(p.start == sent.start + prod.start("w") for p in doc.places[i]) \
                        and not REPORTING_VERB.search(masked, prod.end(), max(prod.end(), m.start - sent.start)):
                    kind = lx.kind_of(lx.SECTORS, prod.group("w"))
                    sectors = [(kind if kind and kind != "all" else "other", prod.group("w"))]
            if sectors and len(sectors) == 1 and sectors[0][0] == "all" and sectors[0][1] and (
                    opening := TRADE_SUBJECT.match(s)) and opening.group("n").lower() == sectors[0][1].lower():
                # "Lumber imports from Canada slid ... owing to a 15 pct duty on imports from Canada": the
                # imports the sentence opens with
                kind = lx.kind_of(lx.SECTORS, opening.group("w"))
                if kind and kind not in ("all", "other"):
                    sectors = [(kind, opening.group("w"))]
            if (not sectors or sectors[0][0] in ("all", "other")) and LIST_WORD.search(s):
                sectors = _bullet_sectors(doc, i) or sectors  # "a list of Japanese exports covered by ...:" then "- Power tools"
            if sectors and len(sectors) == 1 and sectors[0][0] in ("all", "other") and GENERIC_GOODS.search(
                masked, max(0, phrase_lo - 30), min(len(masked), phrase_lo + 60)
            ):
                if doc_sectors is None:
                    doc_sectors = _doc_sectors(doc)
                if len(doc_sectors) == 1:
                    sectors = doc_sectors  # "the shipments" are the ones the article names elsewhere
            if not sectors and remedy_doc and not WORLD.search(masked):
                # "An interim duty of 6.21 pct was set on May 3" in an anti-dumping case: on the one product the
                # case is about, when the article names one
                if doc_sectors is None:
                    doc_sectors = _doc_sectors(doc)
                if len(doc_sectors) == 1:
                    sectors = doc_sectors
            inherited = False
            if not sectors and k > 0 and prev_sectors and _range(text, linked[k - 1][0], m):
                sectors = list(prev_sectors)  # "duties on textiles, steel and toys to between 10% and 50%": the range's goods
            if not sectors and k > 0 and prev_sectors and (how == "chain" or (
                    cue_pos == linked[k - 1][2] and OLD_BEFORE.search(text, max(sent.start, m.start - 40), m.start))):
                # "a 15% tariff on Japanese vehicles, down from the 27.5% now in place": the old rate is on the same goods
                sectors = list(prev_sectors)
            if not sectors and k > 0 and prev_sectors and _REPLACED_BY.search(text, max(sent.start, min(m.start, cue_pos) - 40), min(m.start, cue_pos)):
                # "the 25% duty on Japanese vehicles will be replaced by a single 15% rate": the new rate of those goods
                sectors = list(prev_sectors)
            if not sectors and k > 0 and prev_sectors and m.start - linked[k - 1][0].end < 60 \
                    and _NEXT_STEP.search(text, linked[k - 1][0].end, m.start) and not TARIFF.search(text, linked[k - 1][0].end, m.start):
                # "is due to fall to 20 pct in December 1988 and to eight pct in 1990": a later step of the same levy
                sectors = list(prev_sectors)
            if not sectors and k > 0 and prev_sectors and (COMPONENT_LINK.search(text, linked[k - 1][0].end, m.start) or (
                    prev_component and m.start - linked[k - 1][0].end < 50 and _PART_AND.search(text, linked[k - 1][0].end, m.start))):
                # "cars had faced a 27.5% levy, combining a 25% tariff ... with an existing 2.5% duty": the parts
                # of a rate are on the same goods (also a part after "and": "combines a 25% tariff and a 2.5% duty")
                sectors, inherited = list(prev_sectors), True
            prev_component = inherited
            if not sectors:
                sectors = [("all", None)]  # type: ignore[list-item]
            # ---- imposer and target
            imposer = _imposer(doc, i, text, ca, cb, m, cue_pos)
            if imposer is not None:
                # "The United States and the EU agreed to a deal that sets a 15% ceiling on most EU goods, averting a
                # threatened 30% rate": the levy is the other party's, for the sentence's later rates too
                partner = _deal_partner(doc, i, text, m, cue_pos, imposer, cb)
                if partner:
                    swapped[imposer] = partner
                imposer = partner or swapped.get(imposer, imposer)
                if imposer != "USA" and _goods_country(doc, i, text, m, cue_pos, cb) == imposer:
                    # "Swiss officials are pushing to lower the 39% tariff on Swiss goods": no one taxes their own
                    # exports; the levy is another's (the country the article's other levies are by, else the US)
                    others = [c for c in explicit_imposers if c != imposer]
                    imposer = _most_named(others) if others else "USA"
            us_deal_target: str | None = None
            deal_us = DEAL_WITH_US.search(text, sent.start, sent.end) if imposer not in (None, "USA") else None
            if deal_us and not any(p.code == "USA" and not deal_us.start() <= p.start < deal_us.end() for p in doc.places[i]) \
                    and any(p.code == imposer and 0 <= cue_pos - p.end <= 2 for p in doc.places[i]):
                # "Swiss tariff cut to 15% in deal with Washington": the U.S. tariff on Swiss goods (not "India's tariff on
                # U.S. almonds", whose goods say whose levy it is)
                us_deal_target, imposer = imposer, "USA"
            # a country's own duties (the article shows it changing them, or "the island's import tariffs"):
            # with no country named for the goods, on imports from everywhere
            own_goods: str | None = "WLD"
            own_levy = bool(SELF_POSSESSIVE.search(text, max(ca, min(m.start, cue_pos) - 60), min(m.start, cue_pos)))
            unnamed = not any(ca <= p.start < cb for p in doc.places[i])  # a clause that names no country
            same_pair: tuple[int, str, str] | None = None
            if imposer is None and (ca, cb) in cl and cl.index((ca, cb)) > 0 and (PARTICIPLE_CLAUSE.match(text, ca) or unnamed):
                # "Trump said he would pause the higher tariffs, lowering them to 10%, while raising the duty on China
                # to 125%": a clause that opens with a participle has the subject of the clause before it; so has one
                # that names no country ("Canada will let in 18,500 tonnes of cheese ..., while imports above that
                # volume will still face a duty of 245.5%")
                pa, pb = cl[cl.index((ca, cb)) - 1]
                # (the last rate's levier, and with no country named, its target: "while those on wine will fall to 50 pct")
                same_pair = last_pair if last_pair and last_pair[0] == i else None
                imposer = same_pair[1] if same_pair else _clause_subject(doc, i, text, pa, pb, pb)
            if imposer == "USA" and explicit_imposers and "USA" not in explicit_imposers \
                    and not any(p.code == "USA" for p in doc.places[i]) \
                    and all(lx.lookup(lx.IMPOSER_ACTORS, a.group(0)) != "USA" or " ".join(a.group(0).split()) in lx.GENERIC_ACTORS
                            for a in ACTOR.finditer(text, sent.start, sent.end)):
                # "The plan, sent to Congress on Wednesday, would put duties of 10% ..." after Mexico's own tariffs:
                # a body many countries have is the article's levier's, not the United States'
                imposer = _most_named(explicit_imposers)
            if imposer is not None:
                explicit_imposers.append(imposer)
            elif US_LAW.search(text, sent.start, sent.end):
                imposer = "USA"  # "could face duties of up to 15% once a Section 232 investigation ends": a US measure
            elif explicit_imposers:
                imposer = _most_named(explicit_imposers)
                pays = SUBJECT_TARGET.search(text, ca, m.start)
                if pays and any(p.code == imposer for p in _subject_run(doc, i, text, ca, pays.start())):
                    # "Canadian energy and potash ... face a 10% rate" after Canada's own levies: no one taxes its own
                    # goods; the levier is the article's other one, else the United States
                    others = [c for c in explicit_imposers if c != imposer]
                    imposer = _most_named(others) if others else ("USA" if imposer != "USA" else imposer)
            else:
                if not own_levier:
                    own_levier.append(_own_levier(doc))
                own = own_levier[0]
                if head_actor is None:
                    head_actor = _headline_actor(doc) or ""
                # (the other party of the headline's deal or levy, else the United States, whose levies most such
                # news is about)
                if own and any(p.code == own[0] and (POSSESSIVE_RATE.match(text, p.end) or _BARE_RATE_AFTER.match(text, p.end))
                               for p in doc.places[i]):
                    own = None  # "China rate raised to 125%" in a story that also has China's own levies: the rate China pays
                imposer = own[0] if own else (head_actor if head_actor and head_actor not in {p.code for p in doc.places[i]} else "USA")
                # its goods: those the article's first such sentence names, else from everywhere (not when
                # a trade-remedy case or a retaliation is against one country)
                own_levy = own is not None and remedy_doc is None and not retaliation_doc
                own_goods = own[1] if own else None
                if imposer != "USA" and _goods_country(doc, i, text, m, cue_pos, cb) == imposer:
                    # "... deal setting 15% tariff on most European goods" in a story that also has the EU's own duties:
                    # no one taxes its own goods
                    imposer, own_levy, own_goods = "USA", False, None
            if not own_levy and imposer in explicit_imposers[-1:] and remedy_doc is None and not retaliation_doc \
                    and all(p.code == imposer for p in doc.places[i]):
                # a levier named in the sentence that is the one the article shows changing its own duties ("The
                # tariff on plywood will stay at 15 pct" after "Japan will cut import tariffs on 150 products"), in a
                # sentence that names no other country: its goods
                if not own_levier:
                    own_levier.append(_own_levier(doc))
                if own_levier[0] is not None and own_levier[0][0] == imposer:
                    own_goods, own_levy = own_levier[0][1], True
            deal_named = [p for p in doc.places[i] if ca <= p.start < m.start and DEAL_NOUN_AFTER.match(text, p.end)]
            if imposer not in (None, "USA") and deal_named and deal_named[0].code == imposer \
                    and all(p.code == imposer for p in doc.places[i]):
                # "Vietnam deal sets 20% tariff" (in an article where Vietnam also cuts its own duties): the country
                # naming the deal is the one whose goods the deal's rate is on, levied by the other party
                us_deal_target, imposer = imposer, "USA"
            target = _target(doc, i, masked, text, sent.start, ca, cb, m, phrase_lo, next_rate, imposer,
                             linked[k - 1][0] if k > 0 and how in ("list", "chain", "chain_to") else None, own_goods if own_levy else None)
            if carried_pair is not None:
                imposer, target = carried_pair[1], carried_pair[2]  # and its levier and the country it taxes
            elif us_deal_target:
                target = us_deal_target
            elif same_pair and unnamed and not _COUNTRIES_NOUN.search(text, ca, cb):
                target = same_pair[2]  # (not "while countries not listed will pay a 10% baseline": others)
            if how == "chain" and k > 0 and last_pair and last_pair[0] == i and last_pair[1] == imposer \
                    and last_rate is linked[k - 1][0]:
                # "cut its tariff on imported wine to 5 pct from 9 pct under a pact with the EC": the old rate is the same
                # levy on the same goods as the new one (a country named further on is no goods of its own)
                target = last_pair[2]
            if last_pair and last_pair[0] == i and RESULT_CLAUSE.match(text, ca) and not any(ca <= p.start < cb for p in doc.places[i]):
                # "Mexico won a reprieve from a threatened 30% tariff, leaving the current 25% rate in force": what is
                # left is the same levy on the same goods
                imposer, target = last_pair[1], last_pair[2]
            also = _co_subjects(doc, i, text, ca, m, target, imposer) or _co_goods(doc, i, text, m, cue_pos, cb, target, imposer) or (
                _co_between(doc, i, text, linked[k - 1][0], m, target, imposer) if k > 0 and how == "list" else [])
            # ---- measure
            measure = _measure(text, ca, cb, m, cue_pos, pcts, doc.places[i])
            if measure is None and pending and pending[-1]["measure"] and (how in ("chain", "chain_to") or (
                    how == "list" and k > 0 and _AND_GAP.fullmatch(text, linked[k - 1][0].end, m.start))):
                # "lifting its counter-tariffs to 84% from 34%": the old rate is one too; "blanket tariffs of 15% or 20%"
                measure = pending[-1]["measure"]
            if measure is None and (IN_RETALIATION.search(text, ca, cb) or _reason_for(RETALIATION_WORD, text, ca, cb, m, pcts)):
                # "to impose 100 pct tariffs on ... Japanese goods in retaliation for unfair practices", "the 100 pct
                # tariffs he imposed ... was a special case of trade retaliation"
                measure = "retaliatory"
            elif measure is None and _reason_for(SUBSIDIZED, text, ca, cb, m, pcts):
                measure = "countervailing"  # "the 15 pct duty ... on grounds the shipments were being subsidized"
            elif measure is None and _reason_for(DUMPED, text, ca, cb, m, pcts):
                measure = "anti_dumping"  # "a 15 pct duty on Japanese printers after finding they were dumped"
            if measure in ("baseline", "reciprocal") and sectors[0][0] != "all" and k > 0 and not MEASURE[measure].search(
                    text, max(linked[k - 1][0].end, _word_end(text, linked[k - 1][2])), min(cb, m.end + 30)):
                measure = None  # "a 10% baseline tariff on most EU imports and 50% on European steel": the steel rate is no baseline
            if inherited and measure in ("baseline", "reciprocal"):
                sectors = [("all", None)]  # type: ignore[list-item]  # an economy-wide part ("with a 10% baseline tariff")
            prev_sectors = sectors
            if measure == "baseline" and not any(p.code != imposer for p in doc.places[i]):
                target = "WLD"  # "a 10% baseline tariff remains in place": on every country
            if target is None and (sectors[0][1] is not None or IMPORT_WORD.search(s)):
                target = "WLD"  # an article that names no other country: goods or imports from everywhere
            if target is None:
                continue
            # ---- status
            labels = status_cues.get(k, [])
            before = text[max(sent.start, m.start - 40):m.start]
            comma = text.find(",", m.end, cb)
            if "in_effect" in labels and MODAL_FACE.search(text, ca, m.start) and not IN_EFFECT_NOT_FACE.search(
                    text, ca, min(cb, sent.start + next_rate, comma if comma != -1 else cb)):
                # (not another rate's cue past a comma: "will be taxed at 15%, a rate that includes the existing 2.5% duty")
                labels = [x for x in labels if x != "in_effect"]  # "goods that would face tariffs of up to 30% if talks fail": a threat
            if "scheduled" in labels and "in_effect" in labels and (IMMEDIATE.search(text, ca, cb) or HAS_STARTED.search(text, ca, cb)):
                # "takes effect immediately": in force from now; "took effect starting Monday": started
                labels = [x for x in labels if x != "scheduled"]
            if "scheduled" in labels and i == 0 and _headline_start_now(doc):
                # a headline tells what happened in the present: "Swiss scramble after 39% US tariff takes effect"
                labels = [x for x in labels if x != "scheduled"] + ["in_effect"]
            if "scheduled" in labels and doc.published:
                past = PAST_START.search(text, ca, cb)
                if past and int(past.group("y")) < doc.published.year:
                    labels = [x for x in labels if x != "scheduled"]  # "imposed tariffs ... from April 1983": long started
            new_rate = bool(NEW_RATE.search(text, max(sent.start, m.start - 70), m.start))
            in_range = k > 0 and _range(text, linked[k - 1][0], m)  # the top of "between 10% and 50%" is said as its bottom is
            new_rate = new_rate or (in_range and prev_new_rate)
            prev_new_rate = new_rate
            if (new_rate or how == "chain_to") and k > 0 and not labels:
                # "Japan wants the U.S. to cut its 25% tariff on cars to 15%": the rate a change would reach is
                # what is sought, expected or scheduled for the rate it changes
                labels = [x for x in status_cues.get(k - 1, []) if x in ("sought", "expected", "scheduled")]
            if "sought" in labels and not new_rate and ("removed" in labels or (not TO_BEFORE.search(before) and OBJECT_VERB.search(before))):
                # "wants to cut the 25% levy", "sought the removal of ... taxed at 27.5%": the levy exists
                labels = [x for x in labels if x not in ("sought", "removed")] + ["in_effect"]
            elif ("expected" in labels or "scheduled" in labels) and not new_rate and "removed" not in labels \
                    and not TO_BEFORE.search(before) and OBJECT_VERB.search(before) and not NOT_YET_BEFORE.search(before):
                # "analysts expect Washington to lower the 50% levy (to 20%)": the levy to be changed is in force
                # (not "lower planned 24% duties")
                labels = [x for x in labels if x not in ("expected", "scheduled")] + ["in_effect"]
            if new_rate and k not in started_with_clause_before:
                # "existing tariffs cut to 15%": 15% is new (but "raised the levy to 125% with immediate effect": the
                # new rate's own start, right after it)
                now = IMMEDIATE_AFTER.match(text, m.end, cb) is not None
                labels = [x for x in labels if x not in ("in_effect", "removed")] + (["in_effect"] if now else [])
            compared_rate = OLD_BEFORE.search(text, max(sent.start, m.start - 40), m.start) is not None  # an old rate set against another
            if how == "chain" or compared_rate:
                # "up from five pct", "instead of the previous 27.5%"; "up from the 24% rate ... later suspended"
                # (a rate set against the sentence's own takes none of its start: "The rate, due to take effect on
                # Aug. 7, compares with the 31% announced in April")
                labels = (["removed"] if "suspended" not in labels else []) + [x for x in labels if x != "scheduled" or how == "chain"]
            elif how == "chain_to":
                labels = [x for x in labels if x != "removed"]
            elif linked[k + 1:] and linked[k + 1][1] == "chain_to" or FROM_BEFORE.search(text, max(sent.start, m.start - 40), m.start) and how == "cue":
                # "cut the levy from 27.5 percent (to 15 percent)"; not "relief from a 24% tariff that is suspended"
                # (a start named after the new rate is the new rate's: "from 20% to 10% starting July 1")
                # (but a start told between them is the old rate's: "A 25% tariff that was due on Aug. 1 will be cut to 15%")
                labels = (["removed"] if "suspended" not in labels else []) + [x for x in labels if x != "scheduled" or not (
                    linked[k + 1:] and linked[k + 1][1] == "chain_to") or any(
                    lab == "scheduled" and m.end <= a < linked[k + 1][0].start for a, _b, lab in found_cues)]
            # "The agreement lowers the 25% tariff ... to 15%": the old rate is replaced (not by a change still to come: "is set
            # to cut its 30% surtax to 10% from Nov. 1")
            # (also with the goods between the verb and "from": "cut tariffs on some 200 farm products from an average of
            # 5.2 pct to 3.9 pct")
            replaced = bool(linked[k + 1:]) and linked[k + 1][1] == "chain_to" and (NEW_RATE.search(
                text, max(sent.start, m.start - 40), linked[k + 1][0].start) is not None or (
                FROM_BEFORE.search(text, max(ca, m.start - 40), m.start) is not None
                and RATE_CHANGE_VERB.search(text, max(ca, m.start - 120), m.start) is not None)) and not any(
                x in labels for x in ("sought", "expected", "scheduled", "suspended", "in_effect"))
            move = LEVY_MOVE_TO.search(text, m.end, linked[k + 1][0].start) if (
                linked[k + 1:] and linked[k + 1][1] == "chain_to") else None
            if move and MOVE_TO_COME.search(text, m.end, move.start()):
                # "the 15% tariff on tomatoes will double to 30%": in force until then (not one still to start: "A 25%
                # tariff that was due on Aug. 1 will also be cut to 15%")
                labels = [x for x in labels if x != "removed"] + (["in_effect"] if "scheduled" not in labels else [])
            elif move:
                replaced = True  # "the 10% tariff on steel rose to 20% in March": the old rate is gone
            if linked[k + 1:] and linked[k + 1][1] == "chain_to" and TEMPORARY.search(
                    text, m.end, min(cb, linked[k + 1][0].end + 40)):
                # "a 24% levy, which has been temporarily lowered to 10% during a 90-day pause": paused, not gone
                labels = [x for x in labels if x != "removed"] + ["suspended"]
                replaced = False
            elif how == "chain_to" and k > 0 and TEMPORARY.search(text, linked[k - 1][0].end, min(cb, m.end + 40)):
                # ... and the lower rate is the one paid meanwhile
                labels = [x for x in labels if x not in ("suspended", "removed")] + ["in_effect"]
            # (a time said before the rate, not "a 24% levy, lowered to 10% during a 90-day pause": the levy paused)
            pause_spans = [(d.start(), d.end()) for d in DURING_PAUSE.finditer(text, ca, m.start)] if ("suspended" in labels or not labels) and not (
                linked[k + 1:] and linked[k + 1][1] == "chain_to") else []
            if pause_spans and all(any(x <= a < y for x, y in pause_spans) for a, _b, lab in found_cues if lab == "suspended" and ca <= a < cb):
                # "During the pause, most countries will face a 10% tariff": the rate paid meanwhile, not the one paused
                # (and with no cue at all: "For the duration of the truce, goods pay a 10% duty")
                labels = [x for x in labels if x != "suspended"] + ["in_effect"]
            if "removed" in labels and how != "chain" and not replaced and not _REMOVAL_CUE.search(text[ca:cb]) \
                    and not REPLACED_BEFORE.search(before):
                labels = [x for x in labels if x != "removed"]
            if CURRENT_BEFORE.search(text, max(sent.start, m.start - 25), m.start) and "removed" not in labels:
                # "could rise sharply from the current 30%": the rate in force now, whatever may come
                labels = [x for x in labels if x not in ("expected", "scheduled", "sought")] + ["in_effect"]
            if NOW_IN_FORCE_AFTER.match(text, m.end, sent.end):
                # "a 25% tariff from August 1, up from the 10% rate now being collected": the old rate is in force until then
                labels = [x for x in labels if x not in ("expected", "scheduled", "removed")] + ["in_effect"]
            elif IN_FORCE_ASIDE.match(text, m.end, sent.end):
                # "the 50% tariff on Indian goods, in force since Wednesday, could shave growth": the aside tells its state,
                # the modal after it what it may do
                labels = [x for x in labels if x not in ("expected", "scheduled")] + ["in_effect"]
            if ("expected" in labels or "removed" in labels) and THE_TARIFF_BEFORE.search(text, max(sent.start, m.start - 12), m.start) \
                    and not any(o.start > m.end for o in pcts if ca <= o.start < cb) and CHANGE_MODAL.search(text, m.end, cb):
                # "Officials said the 100 pct tariffs on ... could be modified if ...", "the 25% tariff could be lifted next
                # month": a change that may come to a levy in force
                labels = [x for x in labels if x not in ("expected", "removed")] + ["in_effect"]
            if "expected" in labels and THE_TARIFF_BEFORE.search(text, max(sent.start, m.start - 12), m.start) \
                    and EFFECT_MODAL.search(text, m.end, cb):
                # "the 50% U.S. tariff on Indian goods could shave 0.5 point off growth": the modal is of the levy's effect
                labels = [x for x in labels if x != "expected"]
            if "expected" in labels and "removed" in labels and how != "chain" and not compared_rate and not new_rate:
                # "the 25% duty is expected to be removed next year", "is likely to remove the 25% duty": still in force
                labels = [x for x in labels if x not in ("expected", "removed")] + ["in_effect"]
            status = next((p for p in PRIORITY if p in labels), "announced")
            if how == "chain" and statuses.get(k - 1) in ("sought", "expected"):
                status = "in_effect"  # "recommended the duty be raised to 20 pct from eight pct": only the change is sought
            statuses[k] = status
            replacing = REPLACES_BEFORE.search(text, max(ca, m.start - 70), m.start)
            if replacing:
                # "The duties, which take effect on June 15, replace the normal EC import tariff of 4.9 pct": the rate
                # replaced is in force until then (gone, once "replaced")
                status = "removed" if replacing.group("v").lower().endswith("ed") else "in_effect"
            # "duties as high as 50%": the most any goods pay (a bound of a rate, not of a price level)
            # "as high as 25%", "cap tariffs on their pharmaceuticals at 15%": the most it can be
            qualifier = "at_most" if (AS_HIGH_AS.search(text, max(sent.start, m.start - 20), m.start)
                                      or CAP_AT.search(text, max(sent.start, m.start - 60), m.start)
                                      or CEILING_AFTER.match(text, m.end, sent.end)) else m.qualifier
            # ---- effective date
            eff = None
            if status in ("scheduled", "in_effect", "announced") and not replacing and not compared_rate:  # (an old rate's start is not told)
                # a day in the rate's clause that belongs to this rate (the last rate before it, else
                # the first after it: "50% on steel, effective July 1, and 20% on ethanol") and is not
                # the day something was said ("Canada said on Thursday it would impose ...")
                sharers = _date_sharers(linked, k, text)
                ws = [w for w in doc.whens[i] if w.gran == "day" and w.value and ca <= w.start < cb
                      and not _aside_before(text, masked, sent.start, w.start, min(m.start, cue_pos))
                      and _owner(linked, w.start, clause_of(cl, w.start)) in sharers
                      and not SAID_BEFORE.search(text, max(sent.start, w.start - 40), w.start)
                      and not DELIVERED_BEFORE.search(text, max(sent.start, w.start - 40), w.start)
                      and not DEADLINE_BEFORE.search(text, max(sent.start, w.start - 15), w.start)  # "has until Aug. 12 to reach a deal"
                      and not _END_BEFORE.search(text, max(sent.start, w.start - 16), w.start)  # "a pause that ends on July 9"
                      and not SAID_AFTER.match(text, w.end, sent.end)
                      and not EVENT_BEFORE.search(text, max(sent.start, w.start - 30), w.start)
                      and not EVENT_AFTER.match(text, w.end, sent.end)
                      # "China announced tariffs of 10% on U.S. farm products on Tuesday": the day it was said, unless
                      # a start is named ("from March 10")
                      and not (status != "scheduled" and REPORTING_VERB.search(text, ca, min(m.start, w.start)) and doc.published
                               and (w.value or "") <= doc.published.isoformat()
                               and not _START_NAMED_END.search(text, max(sent.start, w.start - 25), w.start))
                      and not (DATELINE_BEFORE.fullmatch(text, sent.start, w.start) and DATELINE_AFTER.match(text, w.end, sent.end))]
                if ws:
                    day = min(ws, key=lambda w: abs(w.start - m.start))
                    eff = dt.date.fromisoformat(day.value or "")
                    if status == "scheduled" and day.kind == "weekday" and doc.published and eff < doc.published:
                        # "plans to sign an order on Friday slapping ...": the Friday to come (the article's own weekday is its day)
                        eff += dt.timedelta(days=7)
            if status == "announced" and eff is not None and doc.published and eff <= doc.published \
                    and LEVY_MOVED_TO.search(text, max(ca, m.start - 30), m.start):
                status = "in_effect"  # "tariffs on steel doubled to 50% on Wednesday": the levy itself changed, on a day now past
            new_topic = bool(NEW_TOPIC.match(s))  # "Separately, Canada said ...": not the article's case
            # (since 2018 the US taxes one country's goods by sector on other grounds too: such a levy in an article about
            # another country's retaliation is not itself retaliation unless the article has the US retaliating)
            modern = bool(doc.published and doc.published.year >= SECTION_232_SINCE)
            for sector, sector_text in sectors:
                if measure is not None:
                    meas = measure
                elif imposer == "USA" and sector in lx.US_SECTORAL and modern:
                    # the US has taxed steel, aluminum, cars, ... by sector on national-security grounds since 2018: in an
                    # article that also tells of another country's retaliation, such a US levy is still sectoral
                    meas = "sectoral"
                elif retaliation_doc and not new_topic and not _answered(doc, i, text, m, imposer) and (
                        # (another country's levy on a country that levies nothing in the article is no answer to it: "Ottawa
                        # has also imposed a 25% levy on some Chinese steel" in a story on its counter-tariffs on the U.S.)
                        (imposer != "USA" and (target in ("USA", "WLD", None) or target in explicit_imposers))
                        or (sector != "all" and target != "WLD" and not modern) or (
                        target != "WLD" and _us_retaliates(doc, us_retaliator))):
                    # an article about retaliation or sanctions (a U.S. levy on all of a country's goods only when the
                    # article has the United States retaliating: "the U.S. sanctions against Japan", not a modern
                    # article on China's retaliation against the U.S. reciprocal rates)
                    meas = "retaliatory"
                elif remedy_doc and not new_topic and not NORMAL_DUTY.search(text, ca, cb):
                    # (not "The printers currently face the EC's normal import tariff of 4.9 pct": the duty all imports pay)
                    meas = remedy_doc
                elif reciprocal_doc and not new_topic and imposer == "USA" and sector == "all" and target not in ("WLD", None) and status != "expected":
                    # an article about the US reciprocal tariffs: a country's economy-wide US rate is one (not someone's
                    # guess at "any new duties")
                    meas = "reciprocal"
                elif imposer == "USA" and (sector in lx.US_SECTORAL or (sector != "all" and target == "WLD")):
                    # the US levies sector tariffs on national-security grounds (Section 232): on the named
                    # sectors, or on any goods from everywhere ("a 30% tariff on upholstered furniture")
                    meas = "sectoral"
                else:
                    meas = "unspecified"
                # one row per sector: the quote runs from the rate to the sector's words, which may
                # stand in a list after the sentence (the "sentence" then runs to the list item)
                start, end, sent_end = m.start, m.end, sent.end
                if sector_text and len(sectors) > 1:
                    # the sentence's own words first: after the rate, else before it ("duties on steel and aluminium remain
                    # at 50%"), and only then a list after the sentence (not the next sentence's words after a headline)
                    pos = text.find(sector_text, m.end, sent.end)
                    back = text.rfind(sector_text, sent.start, m.start) if pos == -1 else -1
                    if pos == -1 and back == -1:
                        pos = text.find(sector_text, sent.end, min(len(text), sent.end + 1500))
                    if pos != -1:
                        end = pos + len(sector_text)
                        sent_end = max(sent.end, end)
                    elif back != -1:
                        start = back
                row: dict[str, str | None] = {"sector": sector, "sector_text": sector_text, "measure": measure}
                pending.append(row)
                told_rates.add(m.value)
                if last_row_sentence != i:
                    sentence_sectors = []
                sentence_sectors.append((sector, sector_text))
                last_pair, last_rate = (i, imposer, target), m
                # "Mexico and Canada were hit with 25% tariffs": one row per country, the others quoted from their name
                last_row_sentence = i
                # (a country named before the rate is quoted from its name, one in the goods after it up to its name)
                for row_start, row_end, row_target in [(start, end, target),
                                                       *((min(p.start, start), max(end, p.end), p.code) for p in also)]:
                    yield Tariff(
                        char_start=row_start, char_end=row_end, sent_start=sent.start, sent_end=max(sent_end, row_end),
                        rule=f"tariffs.{how}", imposer=imposer, target=row_target, sector=sector,
                        sector_text=sector_text, measure=meas, rate_pct=float(m.value), qualifier=qualifier,
                        status=status, effective_date=eff,
                    )
