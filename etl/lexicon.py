"""Word lists: the one place where vocabulary lives.

Every regex that needs a list of words (countries, currencies, sectors,
verbs of change, qualifiers, status cues) builds its alternation from the
data here with :func:`alternation`, so adding a word is a one-line change
and no word list is scattered through patterns.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

import pycountry
import regex

# --------------------------------------------------------------------------
# Countries and blocs -> ISO 3166-1 alpha-3 (EUU for the EU / EC).
# pycountry gives the base list of names; the hand list below adds short
# forms, demonyms and capitals used as metonyms ("Washington", "Tokyo").
# --------------------------------------------------------------------------
_COUNTRY_EXTRA: dict[str, tuple[str, ...]] = {
    "USA": (
        "U.S.", "US", "U.S.A.", "USA", "United States", "United States of America",
        "America", "American", "Americans", "Washington", "the States", "Amerika",
    ),
    "JPN": ("Japan", "Japanese", "Tokyo", "Nippon"),
    "CHN": ("China", "Chinese", "Beijing", "PRC", "People's Republic of China", "Peking"),
    "EUU": (
        "EU", "E.U.", "European Union", "EC", "E.C.", "European Community",
        "European Communities", "Brussels", "EEC", "European Economic Community", "European", "Europe",
    ),
    "DEU": ("Germany", "German", "West Germany", "West German", "Bonn", "Berlin", "Federal Republic"),
    "GBR": ("Britain", "British", "UK", "U.K.", "United Kingdom", "London", "England", "English"),
    "FRA": ("France", "French", "Paris"),
    "ITA": ("Italy", "Italian", "Rome"),
    "CAN": ("Canada", "Canadian", "Ottawa"),
    "MEX": ("Mexico", "Mexican", "Mexico City"),
    "KOR": ("South Korea", "Korea", "South Korean", "Korean", "Seoul", "Republic of Korea"),
    "PRK": ("North Korea", "North Korean", "Pyongyang"),
    "TWN": ("Taiwan", "Taiwanese", "Taipei"),
    "IND": ("India", "Indian", "New Delhi", "Delhi"),
    "BRA": ("Brazil", "Brazilian", "Brasilia"),
    "AUS": ("Australia", "Australian", "Canberra"),
    "NZL": ("New Zealand", "Wellington"),
    "RUS": ("Russia", "Russian", "Moscow", "Soviet Union", "Soviet", "USSR"),
    "CHE": ("Switzerland", "Swiss", "Bern"),
    "NLD": ("Netherlands", "Dutch", "Holland", "The Hague"),
    "BEL": ("Belgium", "Belgian"),
    "ESP": ("Spain", "Spanish", "Madrid"),
    "SWE": ("Sweden", "Swedish", "Stockholm"),
    "NOR": ("Norway", "Norwegian", "Oslo"),
    "DNK": ("Denmark", "Danish", "Copenhagen"),
    "VNM": ("Vietnam", "Viet Nam", "Vietnamese", "Hanoi"),
    "THA": ("Thailand", "Thai", "Bangkok"),
    "IDN": ("Indonesia", "Indonesian", "Jakarta"),
    "MYS": ("Malaysia", "Malaysian", "Kuala Lumpur"),
    "SGP": ("Singapore", "Singaporean"),
    "PHL": ("Philippines", "Philippine", "Filipino", "Manila"),
    "SAU": ("Saudi Arabia", "Saudi", "Riyadh"),
    "TUR": ("Turkey", "Turkish", "Ankara", "Turkiye"),
    "ZAF": ("South Africa", "South African", "Pretoria"),
    "ARG": ("Argentina", "Argentine", "Argentinian", "Buenos Aires"),
    "HKG": ("Hong Kong",),
    "ISR": ("Israel", "Israeli"),
    "IRN": ("Iran", "Iranian", "Tehran"),
    "UKR": ("Ukraine", "Ukrainian", "Kyiv", "Kiev"),
    "AUT": ("Austria", "Austrian", "Vienna"),
    "IRL": ("Ireland", "Irish", "Dublin"),
    "FIN": ("Finland", "Finnish", "Helsinki"),
    "POL": ("Poland", "Polish", "Warsaw"),
    "PRT": ("Portugal", "Portuguese", "Lisbon"),
    "GRC": ("Greece", "Greek", "Athens"),
    "CHL": ("Chile", "Chilean", "Santiago"),
    "COL": ("Colombia", "Colombian", "Bogota"),
    "PER": ("Peru", "Peruvian", "Lima"),
    "EGY": ("Egypt", "Egyptian", "Cairo"),
    "NGA": ("Nigeria", "Nigerian", "Abuja"),
    "PAK": ("Pakistan", "Pakistani", "Islamabad"),
    "BGD": ("Bangladesh", "Bangladeshi", "Dhaka"),
    "KWT": ("Kuwait", "Kuwaiti"),
    "ARE": ("United Arab Emirates", "UAE", "Emirati", "Abu Dhabi", "Dubai"),
    "QAT": ("Qatar", "Qatari", "Doha"),
    "VEN": ("Venezuela", "Venezuelan", "Caracas"),
    "ECU": ("Ecuador", "Ecuadorian", "Quito"),
    "CUB": ("Cuba", "Cuban", "Havana"),
    "CIV": ("Ivory Coast", "Cote d'Ivoire", "Côte d'Ivoire", "Ivorian", "Abidjan"),
    "BRN": ("Brunei", "Bruneian"),
    "MAC": ("Macau", "Macao"),
    "CZE": ("Czech Republic", "Czechia", "Prague"),
    "MMR": ("Myanmar", "Burma", "Burmese"),
    "CPV": ("Cape Verde", "Cabo Verde"),
    "KEN": ("Kenya", "Kenyan", "Nairobi"),
    "LKA": ("Sri Lanka", "Sri Lankan", "Colombo"),
    "KHM": ("Cambodia", "Cambodian", "Phnom Penh"),
    "LAO": ("Laos", "Laotian", "Vientiane"),
    "HUN": ("Hungary", "Hungarian", "Budapest"),
    "IRQ": ("Iraq", "Iraqi", "Baghdad"),
    "SYR": ("Syria", "Syrian", "Damascus"),
    "LBN": ("Lebanon", "Lebanese", "Beirut"),
    "JOR": ("Jordanian", "Amman"),  # "Jordan" alone is too often a name (NOT_COUNTRIES)
    "DZA": ("Algeria", "Algerian", "Algiers"),
    "MAR": ("Morocco", "Moroccan", "Rabat"),
    "TUN": ("Tunisia", "Tunisian", "Tunis"),
    "LBY": ("Libya", "Libyan", "Tripoli"),
    "MDA": ("Moldova", "Moldovan"),
    "BOL": ("Bolivia", "Bolivian"),
    "URY": ("Uruguay", "Uruguayan", "Montevideo"),
    "PRY": ("Paraguay", "Paraguayan"),
    "ROU": ("Romania", "Romanian", "Bucharest"),
    "BGR": ("Bulgaria", "Bulgarian"),
    # countries of the 1980s wire, by their ISO 3166-3 codes
    "YUG": ("Yugoslavia", "Yugoslav", "Belgrade"),
    "CSK": ("Czechoslovakia", "Czechoslovak"),
    "DDR": ("East Germany", "East German", "East Berlin"),
}

# Words that read like a country name but are too ambiguous in news text.
_COUNTRY_STOP = frozenset({"Georgia", "Jordan", "Chad", "Niger", "Guinea", "Turkey", "Dominica", "Lima"})

# "all countries" forms that name the world as the target of a tariff.
WORLD_TARGET_PHRASES: tuple[str, ...] = (
    "all countries", "all nations", "all trading partners", "every trading partner",
    "every country", "most nations", "most countries", "dozens of countries",
    "dozens of economies", "the world", "globally", "all imports", "all imported",
    "most U.S. imports", "most imports", "countries and territories", "all trade partners",
    "trading partners", "other countries", "many countries", "world-wide", "worldwide",
    "foreign products", "foreign goods", "foreign imports", "foreign-made goods", "foreign-made products",
)


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Every surface form -> alpha-3. Hand forms win over pycountry's names."""
    names: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name"):
            n = getattr(c, attr, None)
            if n and n not in _COUNTRY_STOP and "," not in n:
                names[n] = c.alpha_3
    for code, forms in _COUNTRY_EXTRA.items():
        for f in forms:
            names[f] = code
    names.update(INSTITUTION_COUNTRY)
    return names


#: central banks named instead of their country: "the Bank of Japan sees growth of 0.6%"
INSTITUTION_COUNTRY: dict[str, str] = {
    "Bank of Japan": "JPN", "BOJ": "JPN", "BoJ": "JPN", "Bank of England": "GBR", "BoE": "GBR",
    "Bank of Canada": "CAN", "Bank of Korea": "KOR", "BOK": "KOR", "Federal Reserve": "USA",
    "Reserve Bank of Australia": "AUS", "RBA": "AUS", "Reserve Bank of India": "IND", "RBI": "IND",
    "Reserve Bank of New Zealand": "NZL", "RBNZ": "NZL", "People's Bank of China": "CHN", "PBOC": "CHN",
    "Bundesbank": "DEU", "Banque de France": "FRA", "Bank of France": "FRA", "Bank of Italy": "ITA",
    "Swiss National Bank": "CHE", "SNB": "CHE", "Bank of Mexico": "MEX", "Banxico": "MEX",
}


# --------------------------------------------------------------------------
# Currencies.
# --------------------------------------------------------------------------
#: symbol written before the number -> ISO 4217
CURRENCY_SYMBOLS: dict[str, str] = {
    "US$": "USD", "U.S.$": "USD", "$": "USD", "C$": "CAD", "A$": "AUD", "NZ$": "NZD",
    "HK$": "HKD", "S$": "SGD", "¥": "JPY", "￥": "JPY", "€": "EUR", "£": "GBP",
    "₩": "KRW", "₹": "INR", "Rs": "INR", "Rs.": "INR", "R$": "BRL", "CHF": "CHF",
}

#: currency word written after the number -> ISO 4217 (longest forms first at use)
#: hundredths of a currency: "66.20 U.S. cents" is 0.662 dollars, "87.95 pence" 0.8795 pounds
MINOR_UNITS: frozenset[str] = frozenset({"cents", "cts", "pence"})
CURRENCY_WORDS: dict[str, str] = {
    "US dollars": "USD", "U.S. dollars": "USD", "US dollar": "USD", "U.S. dollar": "USD",
    "U.S. dlrs": "USD", "US dlrs": "USD", "dollars": "USD", "dollar": "USD",
    "dlrs": "USD", "dlr": "USD", "USD": "USD", "cts": "USD", "cents": "USD",
    "U.S. cents": "USD", "US cents": "USD", "U.S. cts": "USD", "pence": "GBP",
    "yen": "JPY", "JPY": "JPY",
    "yuan": "CNY", "renminbi": "CNY", "RMB": "CNY", "CNY": "CNY",
    "euros": "EUR", "euro": "EUR", "EUR": "EUR",
    "marks": "DEM", "mark": "DEM", "Deutsche marks": "DEM", "deutschemarks": "DEM",
    "D-marks": "DEM", "DM": "DEM", "DEM": "DEM",
    "Swiss francs": "CHF", "Swiss franc": "CHF", "CHF": "CHF",
    "French francs": "FRF", "French franc": "FRF", "FRF": "FRF",
    "Belgian francs": "BEF", "BEF": "BEF",
    # (the article says which francs: a bare "francs" is its country's, or the one it qualifies; else Swiss)
    "francs": "CHF", "franc": "CHF",
    "sterling": "GBP", "stg": "GBP", "pounds sterling": "GBP", "pounds": "GBP", "pound": "GBP", "GBP": "GBP",
    "lire": "ITL", "lira": "ITL", "guilders": "NLG", "guilder": "NLG",
    "won": "KRW", "KRW": "KRW", "rupees": "INR", "rupee": "INR", "INR": "INR",
    "Canadian dollars": "CAD", "Canadian dlrs": "CAD", "Canadian dollar": "CAD", "CAD": "CAD",
    "Australian dollars": "AUD", "Australian dlrs": "AUD", "Australian dollar": "AUD", "AUD": "AUD",
    "Hong Kong dollars": "HKD", "HK dollars": "HKD", "HKD": "HKD",
    "Singapore dollars": "SGD", "New Zealand dollars": "NZD", "NZ dollars": "NZD",
    "Taiwan dollars": "TWD", "T$": "TWD", "baht": "THB", "ringgit": "MYR", "rupiah": "IDR",
    "pesos": "MXN", "peso": "MXN", "Mexican pesos": "MXN", "Mexican peso": "MXN",
    "Philippine pesos": "PHP", "Philippine peso": "PHP", "Chilean pesos": "CLP", "Chilean peso": "CLP",
    "Argentine pesos": "ARS", "Argentine peso": "ARS", "Colombian pesos": "COP", "Colombian peso": "COP",
    "Belgian franc": "BEF", "Danish crowns": "DKK", "Danish kroner": "DKK", "Norwegian crowns": "NOK",
    "Norwegian kroner": "NOK", "Swedish crowns": "SEK", "Swedish kronor": "SEK",
    "Pakistani rupees": "PKR", "Indian rupees": "INR", "Turkish lira": "TRY", "Italian lire": "ITL",
    "Chinese yuan": "CNY", "Japanese yen": "JPY", "South Korean won": "KRW", "Korean won": "KRW", "Indian rupee": "INR",
    "Brazilian reais": "BRL", "South African rand": "ZAR", "Russian roubles": "RUB",
    "Russian rubles": "RUB", "Thai baht": "THB", "Indonesian rupiah": "IDR", "Malaysian ringgit": "MYR",
    "rand": "ZAR", "roubles": "RUB", "rubles": "RUB",
    "crowns": "SEK", "kronor": "SEK", "krona": "SEK", "kroner": "NOK", "riyals": "SAR",
}

#: currency nouns that several countries use -> the noun's family. A bare "pesos" in an article
#: that has named the "Philippine peso", or that is about the Philippines, is that one (the plain
#: word's code above is only the default); the qualified forms above say which country has which
SHARED_CURRENCY_NOUNS: dict[str, str] = {
    "peso": "peso", "pesos": "peso", "franc": "franc", "francs": "franc", "crown": "crown", "crowns": "crown",
    "krona": "crown", "kronor": "crown", "kroner": "crown", "rupee": "rupee", "rupees": "rupee",
    "lira": "lira", "lire": "lira",
}

#: how a currency is named as the subject of an exchange-rate sentence
CURRENCY_SUBJECTS: dict[str, str] = {
    "dollar": "USD", "dollars": "USD", "dlr": "USD", "greenback": "USD", "U.S. currency": "USD", "US dollar": "USD",
    "U.S. dollar": "USD", "USD": "USD", "buck": "USD",
    "yen": "JPY", "JPY": "JPY", "Japanese yen": "JPY",
    "euro": "EUR", "EUR": "EUR", "single currency": "EUR",
    "mark": "DEM", "Deutsche mark": "DEM", "D-mark": "DEM", "German mark": "DEM",
    "sterling": "GBP", "pound": "GBP", "GBP": "GBP", "cable": "GBP",
    "Swiss franc": "CHF", "franc": "CHF", "French franc": "FRF",
    "yuan": "CNY", "renminbi": "CNY", "CNY": "CNY", "won": "KRW", "rupee": "INR",
    "Canadian dollar": "CAD", "loonie": "CAD", "Australian dollar": "AUD", "Aussie": "AUD",
    # "the Canadian currency ... firmed to 1.3420/25 against its U.S. counterpart"
    "Canadian currency": "CAD", "Australian currency": "AUD", "Japanese currency": "JPY", "Japanese unit": "JPY",
    "British currency": "GBP", "West German currency": "DEM", "German currency": "DEM", "Swiss currency": "CHF",
    "Chinese currency": "CNY", "U.S. counterpart": "USD", "US counterpart": "USD", "New Zealand dollar": "NZD",
    # "Japan's currency traded at 152.95"
    **{f"{country}{apos}s currency": code for country, code in (
        ("Japan", "JPY"), ("China", "CNY"), ("Britain", "GBP"), ("Canada", "CAD"), ("Australia", "AUD"),
        ("Switzerland", "CHF"), ("Germany", "DEM"), ("Korea", "KRW"), ("India", "INR"), ("Mexico", "MXN"))
       for apos in ("'", "’")},
    "Hong Kong dollar": "HKD", "Singapore dollar": "SGD", "Taiwan dollar": "TWD", "NZ dollar": "NZD",
    "lira": "ITL", "guilder": "NLG", "peso": "MXN", "Mexican peso": "MXN", "Philippine peso": "PHP",
    "Chilean peso": "CLP", "Argentine peso": "ARS", "Colombian peso": "COP",
    "baht": "THB", "Thai baht": "THB", "ringgit": "MYR", "Malaysian ringgit": "MYR", "rupiah": "IDR", "Indonesian rupiah": "IDR",
    # (not a bare "rand": share prices in rand, and names such as "East Rand" or "Ingersoll-Rand")
    "the rand": "ZAR", "commercial rand": "ZAR", "financial rand": "ZAR", "South African rand": "ZAR", "Brazilian real": "BRL", "rouble": "RUB", "ruble": "RUB",
    "Swedish crown": "SEK", "Swedish krona": "SEK", "Norwegian crown": "NOK", "Danish crown": "DKK", "Turkish lira": "TRY",
    "Indian rupee": "INR", "Korean won": "KRW", "South Korean won": "KRW",
}
#: the wire's "dlr" for every dollar named by its country: "1.2850 marks per Australian dlr"
CURRENCY_SUBJECTS.update({k[: -len("dollar")] + "dlr": v for k, v in list(CURRENCY_SUBJECTS.items()) if k.endswith(" dollar")})
CURRENCY_WORDS.update({k[: -len("dollars")] + "dlrs": v for k, v in list(CURRENCY_WORDS.items()) if k.endswith(" dollars")})

#: ISO codes recognised in "USD/JPY", "EUR/USD" pair notation
CURRENCY_CODES: frozenset[str] = frozenset(
    {"USD", "JPY", "EUR", "GBP", "CHF", "CNY", "CNH", "CAD", "AUD", "NZD", "DEM", "FRF", "KRW",
     "INR", "HKD", "SGD", "SEK", "NOK", "MXN", "BRL", "ZAR", "RUB", "TRY", "ITL", "NLG", "TWD"}
)

#: conventional base when only a pair name is known: lower rank is base
CURRENCY_BASE_RANK: dict[str, int] = {
    "EUR": 0, "GBP": 1, "AUD": 2, "NZD": 3, "USD": 4, "CAD": 5, "CHF": 6, "DEM": 7,
    "JPY": 9,
}

# --------------------------------------------------------------------------
# Scales, number words, units.
# --------------------------------------------------------------------------
SCALES: dict[str, float] = {
    "trillion": 1e12, "trln": 1e12, "trn": 1e12, "tn": 1e12, "tril": 1e12,
    "billion": 1e9, "bln": 1e9, "bn": 1e9, "b": 1e9,
    "million": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6, "mil": 1e6,
    "thousand": 1e3, "k": 1e3,
}

NUMBER_WORDS: dict[str, float] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}
TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")

FRACTION_WORDS: dict[str, float] = {
    "a half": 0.5, "one half": 0.5, "half": 0.5, "a third": 1 / 3, "one third": 1 / 3,
    "two thirds": 2 / 3, "two-thirds": 2 / 3, "a quarter": 0.25, "one quarter": 0.25,
    "three quarters": 0.75, "three-quarters": 0.75,
}

PERCENT_UNITS = ("%", "pct", "percent", "per cent", "per-cent", "pc")
POINT_UNITS = ("percentage points", "percentage point", "pct points", "pct point", "percent points")
BASIS_POINT_UNITS = ("basis points", "basis point", "bps", "bp", "bpts")
#: units that are quantities but neither money nor percent
OTHER_UNITS = (
    "points", "point", "tonnes", "tonne", "tons", "ton", "barrels", "barrel", "bpd", "bushels",
    "ounces", "ounce", "oz", "days", "day", "weeks", "week", "months", "month", "years", "year",
    "hours", "hour", "minutes", "minute", "seconds", "km", "miles", "kilometres", "kilometers",
    "acres", "hectares", "kg", "kilos", "pounds weight", "lbs", "shares", "seats", "vehicles",
    "units", "cars", "people", "jobs", "workers", "employees", "firms", "companies", "members",
    "times", "fold",
)

# --------------------------------------------------------------------------
# Qualifiers and verbs of change.
# --------------------------------------------------------------------------
QUALIFIERS: dict[str, tuple[str, ...]] = {
    "approx": (
        "about", "around", "approximately", "roughly", "some", "close to", "closer to",
        "nearly", "almost", "near", "an estimated", "estimated", "circa", "~", "approx.",
        "in the region of", "on the order of", "just under", "just over", "more or less",
    ),
    "at_least": (
        "over", "more than", "at least", "in excess of", "upwards of", "no less than",
        "exceeding", "above", "higher than", "a minimum of", "minimum of", "as little as", "+",
        "tops", "topped", "topping", "exceeds", "exceeded", "surpassed", "surpasses", "surpassing",  # "holdings topped $1 trillion"
    ),
    "at_most": (
        "up to", "at most", "less than", "under", "no more than", "below", "a maximum of",
        "maximum of", "not more than", "fewer than", "capped at", "a ceiling of", "a cap of", "not exceed",
        "not to exceed",  # "tariffs will not exceed 15%"
        "as much as", "as many as",  # "as much as 50%": 50% is the most
    ),
}

#: those a survey or a poll counts ("15 private think tanks", "9,100 firms"): a number before them is a count
COUNTED_BODIES: tuple[str, ...] = (
    "economists", "analysts", "forecasters", "firms", "companies", "enterprises", "respondents", "businesses",
    "institutions", "people", "think tanks", "institutes", "research institutes", "banks", "brokerages",
)

#: who makes a forecast, and the words of a consensus forecast (Tankan, GDP estimates)
FORECASTERS: tuple[str, ...] = ("economists", "analysts", "forecasters", "strategists", "think tanks", "think-tanks", "research institutes")
CONSENSUS_MARKERS: tuple[str, ...] = ("poll", "polled", "median", "consensus", "market forecast", "market forecasts")
#: verbs of expecting: "economists see ...", "big manufacturers expect ..."
EXPECTING_VERBS: tuple[str, ...] = (
    "expect", "expects", "expected", "see", "sees", "forecast", "forecasts", "predict", "predicts",
    "anticipate", "anticipates", "anticipated", "estimate", "estimates", "project", "projects", "projected", "predicted",
    "put", "puts",  # "think tanks put the index at plus 10"
)

#: verbs of movement that make a following "up to" a move, not a cap: "edged up to 7.24"
#: (but "tariffs of up to 30%", "impose up to 25%" are caps)
UP_TO_MOTION_VERBS = (
    "edged", "edges", "edging", "ticked", "ticks", "ticking", "inched", "inches", "inching",
    "crept", "creeps", "creeping", "moved", "moves", "moving", "went", "goes", "going", "gone",
    "shot", "shoots", "jumped", "jumps", "climbed", "climbs", "rose", "rises", "risen",
    "revised", "revises", "pushed", "pushes", "nudged", "nudges", "drifted", "drifts",
    "bid", "marked", "bounced", "bounces", "spiked", "spikes", "crawled", "firmed",
)

#: verbs that report a statement: the day next to them is when it was said
REPORTING_VERBS = (
    "said", "says", "announced", "announces", "told", "stated", "reported", "added", "noted",
    "confirmed", "declared", "wrote", "posted", "unveiled", "disclosed", "revealed", "warned",
    "threatened", "indicated", "signalled", "signaled", "signed", "signs", "agreed", "agrees",
)

#: plurals after "on" that are no goods (a duty "on refrigerators" is on other goods): time, trade flows, parties,
#: talk, and kinds of the goods already named ("on some models")
NOT_GOODS_PLURALS = (
    "days", "weeks", "months", "years", "hours", "grounds", "terms", "hopes", "concerns", "fears", "talks", "plans",
    "negotiations", "allies", "others", "imports", "exports", "goods", "products", "items", "shipments", "purchases",
    "lines", "categories", "sales", "prices", "tariffs", "duties", "levies", "rates", "countries", "nations",
    "partners", "members", "companies", "firms", "makers", "producers", "consumers", "businesses", "basis", "news",
    "sides", "issues", "matters", "things", "measures", "sanctions", "quotas", "cases", "charges", "claims", "reports",
    "results", "conditions", "rules", "models", "types", "kinds", "sorts", "varieties", "versions", "brands",
    "grades", "sizes",
)

#: verbs of handing a text on: the day they name is that of the text, not of a measure in it ("The plan, sent to
#: Congress on Wednesday, would put duties of 10% ...")
DELIVERY_VERBS = ("sent", "submitted", "presented", "tabled", "filed", "published", "released", "delivered", "forwarded")

#: nouns that make "economy" part of a name: "the economy ministry said", "Economy Minister X"
#: events a date can belong to instead of a measure ("the ruling of March 9", "the March 9 decision")
DATED_EVENT_NOUNS = (
    "ruling", "rulings", "decision", "determination", "finding", "findings", "meeting", "meetings", "statement",
    "announcement", "report", "hearing", "vote", "summit", "talks", "letter", "speech", "interview", "release",
    "agreement", "deal", "accord", "pact",
)

ECONOMY_INSTITUTION_WORDS = (
    "ministry", "minister", "ministers", "department", "secretary", "agency", "office", "official",
    "officials", "watchers", "watcher", "class", "section", "desk", "editor", "correspondent",
)

RISE_WORDS = (
    "rose", "rise", "rises", "rising", "risen", "climbed", "climb", "climbs", "climbing",
    "gained", "gain", "gains", "increased", "increase", "increases", "increasing", "grew",
    "grow", "grows", "growing", "grown", "growth", "jumped", "jump", "jumps", "surged", "surge",
    "soared", "soar", "up", "higher", "improved", "improve", "improves", "expanded", "expand",
    "expands", "expansion", "advanced", "advance", "rebounded", "rebound", "recovered",
    "firmed", "strengthened", "raised", "raise", "hiked", "hike", "added", "boosted",
    "accelerated", "picked up", "edged up", "ticked up", "ramped up", "lifted",
    "gaining", "jumping", "surging", "soaring", "expanding", "advancing", "rebounding", "accelerating",
    "improving", "strengthening", "firming", "recovering",
)
FALL_WORDS = (
    "fell", "fall", "falls", "falling", "fallen", "dropped", "drop", "drops", "dropping",
    "declined", "decline", "declines", "declining", "shrank", "shrink", "shrinks", "shrunk",
    "shrinking", "contracted", "contract", "contracts", "contraction", "contracting",
    "slipped", "slip", "slips", "lost", "lose", "loses", "decreased", "decrease", "decreases",
    "down", "lower", "slid", "slide", "slides", "plunged", "plunge", "plummeted", "tumbled",
    "tumble", "eased", "ease", "eases", "easing", "worsened", "worsen", "worsening", "dipped",
    "dip", "dips", "slumped", "slump", "sank", "sink", "weakened", "cut", "cuts", "reduced",
    "reduce", "lowered", "slowed", "slow", "slows", "deteriorated", "edged down", "ticked down",
    "retreated", "retreat", "negative",
    "plunging", "plummeting", "plummet", "tumbling", "sinking", "slumping", "slipping", "decreasing", "sliding",
    "dipping", "retreating", "weakening",
)
#: the past forms among them: what a figure did ("rose", "grew", "contracted")
PAST_CHANGE_WORDS = tuple(w for w in RISE_WORDS + FALL_WORDS
                          if w.endswith("ed") or w in ("rose", "fell", "grew", "shrank", "slid", "sank", "lost"))

#: countries whose quarterly GDP figures are published at a seasonally adjusted annual rate: a quarterly
#: change said without a basis is annualized there ("U.S. GNP rose 4.3 pct in the first quarter")
ANNUALIZED_QUARTERLY = frozenset({"USA"})
#: countries whose statistics offices give a quarter's growth year on year as the headline (China's NBS, India's
#: MoSPI, and most of emerging Asia): a quarter's change said with no basis is year on year there
YOY_QUARTERLY = frozenset({"CHN", "IND", "IDN", "PHL", "VNM", "MYS", "THA", "TWN", "HKG", "SGP"})

#: words after which a growth figure is a fall of the level itself, so the figure is negative
#: ("shrank 0.5%", "is seen contracting 0.3%"); unlike "slowed" or "eased", which lower a rate of growth
CONTRACTION_WORDS = (
    "fell", "fall", "falls", "falling", "dropped", "drop", "dropping", "declined", "decline", "declining",
    "shrank", "shrink", "shrunk", "shrinking", "contracted", "contract", "contraction", "contracting",
    "slipped", "slipping", "lost", "decreased", "decrease", "decreasing", "down", "slumped", "slumping",
    "plunged", "plunging", "plummeted", "plummeting", "tumbled", "tumbling", "sank", "sinking",
    "negative", "minus",
    # a headline's present tense: "Japan's economy shrinks 0.7%"
    "drops", "declines", "shrinks", "contracts", "slips", "decreases", "slumps", "plunges", "plummets", "tumbles",
    "sinks", "dips", "dipped",
)

# Tankan categories: (size words, sector words) -> category.
TANKAN_SIZE: dict[str, tuple[str, ...]] = {
    "large": ("large", "big", "major", "larger", "leading", "large-sized", "big-sized"),
    "mid": ("mid-sized", "midsized", "medium-sized", "medium", "mid-size", "midsize", "mid"),
    "small": ("small", "smaller", "small-sized", "small and medium-sized", "smaller-sized", "small and midsize",
              "small and mid-sized", "small and medium", "small- and medium-sized", "small and mid-size"),
}
TANKAN_MANUFACTURING = ("manufacturers", "manufacturer", "manufacturing", "makers", "factories", "industrial firms")
TANKAN_NON_MANUFACTURING = (
    "non-manufacturers", "non-manufacturer", "non-manufacturing", "nonmanufacturers",
    "nonmanufacturing", "service-sector firms", "service sector", "services firms", "service firms",
    "retailers",
)

# --------------------------------------------------------------------------
# Tariffs: sectors, measures.
# --------------------------------------------------------------------------
SECTORS: dict[str, tuple[str, ...]] = {
    "auto_parts": ("auto parts", "car parts", "automotive parts", "vehicle parts", "auto components", "parts"),
    "autos": (
        "autos", "auto", "automobiles", "automobile", "automotive", "cars", "car", "vehicles",
        "vehicle", "passenger cars", "light trucks", "trucks", "truck", "lorries", "motorcycles", "motorbikes", "carmakers", "automakers",
        "EVs", "EV", "electric vehicles", "electric cars",
        "auto imports", "auto exports", "car imports", "car exports",
    ),
    "steel": ("steel", "steel products", "iron and steel"),
    "aluminum": ("aluminum", "aluminium"),
    "semiconductors": ("semiconductors", "semiconductor", "chips", "microchips", "chip", "computer chips", "chipmakers", "chipmaker"),
    "electronics": (
        "electronics", "electronic products", "electronic items", "electronic goods",
        "television sets", "televisions", "color television sets", "colour television sets", "TV sets",
        "computers", "personal computers", "smartphones", "data processing machines", "laptops",
        "consumer electronics", "electronic", "mobile phones", "cellphones", "cell phones", "phones", "iPhones",
        "printers", "cameras", "video cameras", "audio equipment", "video games", "game consoles",
        "computer parts", "computer components", "electronic parts", "electronic components",
        "photocopiers", "copiers", "typewriters", "office equipment", "fax machines", "videocassette recorders", "VCRs",
    ),
    "pharmaceuticals": ("pharmaceuticals", "pharmaceutical", "drugs", "drug", "medicines", "medicine", "pharma",
                        "drugmakers", "drug makers", "drugmaker"),  # ("Drugmakers in the EU will face no more than 15%")
    "agriculture": (
        "agriculture", "agricultural products", "agricultural goods", "agricultural", "farm products",
        "farm goods", "farm", "rice", "beef", "pork", "wheat", "corn", "soybeans", "pasta",
        "citrus", "dairy", "wine", "spirits", "whisky", "whiskey", "bourbon", "beverages", "vegetable oils", "vegetable oil", "palm oil", "soybean oil", "olive oil",
        # (an oil that is food, not fuel: "a 25% levy on canola oil")
        "canola oil", "rapeseed oil", "sunflower oil", "corn oil", "peanut oil", "cottonseed oil", "coconut oil", "fish oil",
        "cooking oil", "edible oil", "edible oils", "juice", "orange juice", "coffee", "cocoa", "sugar", "food", "foodstuffs", "poultry", "fruit", "grain",
        "canola", "seafood", "meat", "chicken", "barley", "sorghum", "lobster", "fish", "cheese", "grains", "cotton",
        "fish fillets", "fillets", "shrimp", "prawns", "salmon", "tuna", "hake", "sardines", "crab", "squid",
        "chocolate", "confectionery", "candy", "biscuits", "cereals", "vegetables", "potatoes", "tomatoes", "bananas",
        "apples", "oranges", "grapes", "cherries", "avocados", "nuts", "almonds", "walnuts", "pistachios", "peanuts",
        "beans", "lentils", "lamb", "mutton", "salmon", "shrimp", "honey", "flour", "eggs", "milk", "milk powder",
        "butter", "livestock", "cattle", "hogs", "oilseeds", "rapeseed", "sunflower oil", "tea", "tobacco", "beer",
        "brandy", "cognac", "rum", "vodka", "tequila", "flowers", "cut flowers", "tuna", "raspberries", "mushrooms",
        "tapioca", "cassava", "manioc", "maize", "oats", "rye", "soya", "soyabeans", "soymeal", "soybean meal",
        "feedgrains", "feed grains", "animal feed", "molasses", "copra", "hops", "raisins", "veal", "hazelnuts",
    ),
    "energy": ("energy", "oil", "crude", "natural gas", "LNG", "coal", "petroleum", "gasoline", "ethanol", "biofuels",
               "biofuel", "diesel", "fuel", "fuels", "liquefied natural gas", "uranium", "electricity", "naphtha", "kerosene",
               "fuel oil", "heating oil", "jet fuel", "propane", "butane", "liquefied petroleum gas", "LPG"),
    "lumber": ("lumber", "softwood lumber", "timber", "wood", "softwood", "plywood", "wood products", "logs", "cedar shakes",
               "shakes and shingles", "shingles"),
    "textiles": ("textiles", "textile", "apparel", "clothing", "garments", "footwear", "shoes", "sneakers", "yarn",
                 "fabrics", "shirts", "sweaters", "jeans"),
    "machinery": (
        "machinery", "machine tools", "power tools", "tools", "motorised tools", "motorized tools",
        "industrial machinery", "equipment", "farm machinery", "agricultural machinery", "farm equipment",
        "tractors", "cranes", "wind turbines", "turbines", "bearings", "ball bearings", "forklifts", "forklift trucks",
    ),
    #: named goods outside the vocabulary's sectors: one row each, as sector "other"
    "other": (
        "copper", "nickel", "aluminium ore", "critical minerals", "minerals", "gold", "silver", "furniture",
        "kitchen cabinets", "cabinets", "vanities", "upholstered furniture", "aircraft", "airplanes", "ships",
        "solar panels", "solar cells", "batteries", "tyres", "tires", "toys", "cement", "chemicals", "fertilizer",
        "fertilizers", "fertiliser", "paper", "glass", "bicycles", "appliances", "washing machines",
        "medical devices", "plastics", "rubber", "leather", "jewelry", "jewellery", "diamonds", "watches",
        "cigarettes", "cosmetics", "perfume", "perfumes", "handbags", "luggage", "boats", "yachts", "drones",
        "lithium", "rare earths", "rare earth", "graphite", "zinc", "cobalt", "titanium", "magnesium", "polysilicon",
    ),
    "all": (
        "goods", "products", "exports", "imports", "other goods", "other products", "other exports",
        "shipments", "merchandise", "items", "imported goods", "everything",
    ),
}

MEASURES: dict[str, tuple[str, ...]] = {
    "reciprocal": ("reciprocal", "country-specific", "retaliatory-style reciprocal", "liberation day"),
    "baseline": ("baseline", "benchmark", "basic", "general", "universal", "minimum", "across-the-board", "across the board", "blanket"),
    "retaliatory": ("retaliatory", "retaliation", "in response", "punitive", "sanctions", "counter-tariffs", "counter-tariff",
                    "counter tariffs", "counter tariff", "counter-duties", "counter-duty", "counter duties",
                    "responded by", "responds by", "responding by", "retaliated by", "retaliates by", "hit back by", "hits back by",
                    "countermeasures", "countermeasure", "counter-measures", "reprisal"),
    "anti_dumping": ("anti-dumping", "antidumping", "dumping duties", "dumping duty"),
    "countervailing": ("countervailing", "anti-subsidy"),
    "safeguard": ("safeguard", "section 201"),
    "sectoral": ("section 232", "sectoral", "sector-specific", "national security"),
    # the ordinary duty, said as such: not the trade remedy or retaliation an article is about
    "unspecified": ("customs tariff", "customs tariffs", "customs duty", "customs duties", "normal rate", "normal rates",
                    "normal tariff", "normal tariffs", "normal duty", "normal duties", "regular tariff", "regular duty",
                    "most-favoured-nation", "most-favored-nation", "most favoured nation", "most favored nation", "MFN"),
}

#: sectors the US taxes on national-security grounds (Section 232): "sectoral" by default
US_SECTORAL = frozenset({"autos", "auto_parts", "steel", "aluminum", "semiconductors", "pharmaceuticals", "lumber"})

#: taxes that are not tariffs: a tax word near one of these is about domestic taxation
DOMESTIC_TAX = (
    "income", "corporate", "corporation", "capital gains", "sales tax", "value-added", "value added", "VAT",
    "stamp duty", "property", "excise", "payroll", "withholding", "inheritance", "estate", "personal",
    "financial institutions", "services", "profits tax", "windfall", "petroleum revenue", "royalty", "royalties",
    "interest income", "dividends", "wealth", "fuel tax", "gasoline tax", "share transactions", "securities",
    "transactions", "deposits", "loans", "lending", "banks",
    "old oil", "new oil", "oil production", "resource rent", "production levy",  # levies on a country's own output
    "co-responsibility", "coresponsibility",
)
#: freight and insurance use "tariff" and "surcharge" for prices, not customs duties
FREIGHT = (
    "barge", "barges", "freight", "shipping conference", "insurance", "vessel", "vessels", "charter", "tonnage",
    "railroad", "rail rates", "bunker", "port dues", "trucking", "airfares", "fares", "telephone", "electricity",
    "postal", "utility", "utilities", "cargo", "cargoes", "break-bulk",
)
#: "tax rate", "taxed": tariffs only beside a stronger tariff word in the sentence or the one before
WEAK_TARIFF_WORDS = ("tax rate", "taxed", "tax", "taxes")

#: verbs whose subject levies a tariff: "China imposed ...", "the Commission proposed ..."
IMPOSE_VERBS = (
    "charge", "charges", "charged", "charging", "apply", "applies", "applied", "impose", "imposes", "imposed",
    "imposing", "slap", "slaps", "slapped", "slapping", "levies", "levied", "levy", "levying", "raise", "raises",
    "raised", "raising", "announce", "announces", "announced", "announcing", "reimpose", "reimposes", "reimposed",
    "set", "sets", "put", "puts", "putting", "ramp up", "ramps up", "ramped up", "hike", "hikes", "hiked", "threaten",
    "threatens", "threatened", "agreed to impose",
    "propose", "proposes", "proposed", "proposing", "unveil", "unveils", "unveiled", "introduce", "introduces",
    "introduced", "adopt", "adopts", "adopted", "approve", "approves", "approved", "retaliated with",
    "hit back with", "hits back with", "hitting back with", "hit back", "hits back", "hitting back", "struck back", "strikes back", "responded with", "responds with", "respond with", "responding with",
    "retaliate with", "retaliates with", "retaliating with", "counter with", "countered with", "counters with",
    "plans", "planned", "readies", "readied",
    "double", "doubles", "doubled", "doubling", "triple", "triples", "tripled", "tripling",
    "subjects", "subjecting",  # "The EC subjects Thai tapioca to a six pct levy"
    "grant", "grants", "granted", "granting",  # "The EU granted Brazil a quota of beef at a 20% tariff"
    "let in", "lets in", "letting in", "allow in", "allows in", "allowed in",  # "Canada will let in 18,500 tonnes of cheese at ..."
)


#: verbs with which a country changes its own duties ("Taiwan would further reduce import tariffs", "JAPAN DENIES
#: PLANS TO CUT DUTIES"): the article's levies are that country's when no sentence names their imposer
OWN_DUTY_VERBS = (
    "cut", "cuts", "cutting", "lower", "lowers", "lowered", "lowering", "reduce", "reduces", "reduced", "reducing",
    "slash", "slashes", "slashed", "slashing", "raise", "raises", "raised", "raising", "increase", "increases",
    "increased", "increasing", "scrap", "scraps", "scrapped", "scrapping", "abolish", "abolishes", "abolished",
    "abolishing", "eliminate", "eliminates", "eliminated", "eliminating", "remove", "removes", "removed", "removing",
    "impose", "imposes", "imposed", "imposing", "levy", "levies", "levied", "lift", "lifts", "lifting",
    "drop", "drops", "dropped", "dropping", "keep", "keeps", "kept", "keeping", "maintain", "maintains", "maintained",
    "maintaining", "retain", "retains", "retained", "retaining", "leave", "leaves", "left", "leaving",
    "cap", "caps", "capping",  # "Washington caps its tariff at 15%" (not "capped": "exports capped at 15%" pay it)
)
#: verbs that open a second predicate after a comma, with the same subject: "Trump pauses higher tariffs for 90
#: days, raises China levy to 125%" (each says what is done to its own levy)
LEVY_CHANGE_VERBS = (
    "raises", "raised", "hikes", "hiked", "cuts", "lowers", "lowered", "imposes", "imposed", "slaps", "slapped",
    "doubles", "doubled", "triples", "tripled", "lifts", "lifted", "removes", "removed", "scraps", "scrapped",
    # a participle: "pauses the higher tariffs, lowering them to a universal 10%"
    "raising", "hiking", "cutting", "lowering", "reducing", "slashing", "doubling", "lifting", "removing", "scrapping",
)
#: verbs by which a levy itself moves to a new rate, with the levy as their subject ("the 15% duty on tomatoes
#: will double to 30%", "the tariff was cut to 10%")
LEVY_MOVE_VERBS = (
    "rise", "rises", "rose", "risen", "rising", "climb", "climbs", "climbed", "jump", "jumps", "jumped",
    "increase", "increases", "increased", "go up", "goes up", "went up", "gone up", "double", "doubles", "doubled",
    "triple", "triples", "tripled", "fall", "falls", "fell", "fallen", "drop", "drops", "dropped", "decline",
    "declines", "declined", "ease", "eases", "eased", "come down", "comes down", "came down", "revert", "reverts",
    "reverted", "cut", "raised", "lowered", "reduced", "hiked", "slashed", "brought down", "halved", "return",
    "returns", "returned",
)
#: firms as the ones who plan with a rate ("exporters assumed 140 yen"; "Big firms ... They expect the dollar at 145 yen")
FIRM_WORDS = ("firms", "companies", "exporters", "manufacturers", "businesses", "enterprises")
#: verbs that, after "as"/"while" and a name, open a clause of its own with no comma (a headline's "... as Trump
#: pauses other levies"); with LEVY_CHANGE_VERBS
CLAUSE_VERBS = (
    "pauses", "paused", "suspends", "suspended", "delays", "delayed", "threatens", "threatened", "says", "said",
    "announces", "announced", "retaliates", "retaliated", "hits back", "strikes", "struck", "agrees", "agreed",
)
#: words that stand for the country an article is about: "the island's import tariffs"
SELF_NOUNS = ("island", "country", "nation", "kingdom", "republic", "government", "territory", "colony")

#: words joined to "duty" by a hyphen that make it a workload, not a levy: "heavy-duty trucks", "off-duty"
DUTY_COMPOUND_PREFIXES = ("heavy", "light", "medium", "off", "on", "active", "jury")
TARIFF_WORDS = (
    "tariffs", "tariff", "surtax", "surtaxes", "import duty", "import duties", "duties", "duty", "levies", "levy", "surcharge", "surcharges",
    "import taxes", "import tax", "tax rate", "customs duties", "customs duty", "taxed", "export duty", "export duties",
)


# --------------------------------------------------------------------------
# Tariff status: the words that say where a tariff stands. Checked in this
# order (the first status whose cue governs the rate wins); a few cues that
# need a pattern rather than a phrase are in extractors/tariffs.py.
# --------------------------------------------------------------------------
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")
MONTH_SHORT = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec")
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: words of cross-border trade: an article with none of them uses "tariff" in another sense (utility rates)
TRADE_CONTEXT_WORDS = (
    "import", "imports", "imported", "importer", "importers", "importing", "export", "exports", "exported",
    "exporter", "exporters", "exporting", "trade", "trading partner", "trading partners", "customs", "goods",
    "dumping", "GATT", "WTO", "protectionism", "protectionist", "shipments", "made in", "foreign products",
)

#: verbs that make "due to" a schedule ("due to take effect", "due to rise to 25%"); otherwise it gives a cause
#: ("due to the yen's rise", "due to tariffs")
SCHEDULE_VERBS_AFTER_DUE = (
    "be", "take", "start", "begin", "come", "go", "kick", "enter", "rise", "increase", "climb", "jump", "double",
    "triple", "fall", "drop", "decline", "ease", "expire", "end", "lapse", "apply", "hit", "reach", "resume", "return",
    "step", "phase", "become", "run", "remain", "stay", "impose", "raise", "lift", "cut", "lower", "reduce", "announce",
    "decide", "vote", "sign", "publish", "release", "finish", "complete", "close", "open", "revert", "expand",
)
TARIFF_STATUS_CUES: dict[str, tuple[str, ...]] = {
    "removed": (
        "lifted", "lift", "removed", "removal", "remove", "removes", "removing", "scrapped", "scrap", "scraps", "scrapping",
        "eliminated", "eliminate", "eliminates", "eliminating", "elimination", "abolished", "abolish", "abolishes", "abolishing",
        "rescinded", "rescind", "rescinds",  # (and "dropped", "ended": patterns in the tariffs extractor, not after a flow of trade)
    ),
    "suspended": (
        "suspend", "suspended", "suspends", "suspension", "pause", "paused", "pauses", "pausing", "on hold", "delayed",
        "delay", "delays", "delaying", "postponed", "postpone", "postpones", "postponing", "reprieve",
        "deferred", "extended the deadline", "extends the deadline", "extending the deadline", "extend the deadline",
    ),
    "sought": (
        "seek", "seeks", "seeking", "sought", "want", "wants", "wanted", "proposal", "proposals", "proposed", "proposes", "proposing",
        "propose", "demand", "demands", "demanded", "push for", "pushes for", "pushing for", "asking for",
        "call for", "calls for", "aim to", "aims to", "hope to", "hopes to", "hoped to", "hoping to", "demanding", "urge", "urges", "urged",
        "urging", "press for", "presses for", "pressed for", "pressing for", "asks for", "asked for",
        # (a proposal, not goods "recommended for curbs")
        *(f"{v} {o}" for v in ("recommend", "recommends", "recommended", "recommending")
          for o in ("that", "a", "an", "the", "raising", "imposing", "higher", "lower", "cutting")),
        "recommendation", "recommendations",
    ),
    "scheduled": (
        "set to", "scheduled", "planned", "will take effect", "take effect", "takes effect", "kick in",
        "kicks in", "come into effect", "comes into effect", "go into effect", "goes into effect", "come into force",
        "comes into force", "enter into force", "enters into force", "effective from", "effective on",
        "effective as of", "starting", "from next week", "as of next week", "effective next week",
    ),
    "expected": (
        "likely", "expected", "expect", "expects", "predict", "predicts", "predicted", "predicting", "forecast",
        "forecasts", "could", "might", "possible", "possibly", "seems", "probably", "will remain",
    ),
    "in_effect": (
        "in effect", "remain effective", "remains effective", "in force", "taken effect", "took effect",
        "will remain in place", "will remain in force", "will remain in effect", "will stay in place",
        "went into effect", "kicked in", "came into effect", "came into force", "entered into force", "went into force", "now face", "still face", "still faces", "face", "faces", "facing", "have faced", "has faced",
        "keep", "keeps", "kept", "keeping", "maintain", "maintains", "maintained", "maintaining", "retain",
        "retains", "retained", "retaining",
        "subject to", "subjected to", "remain subject to", "remains subject to", "will remain subject to", "currently pay", "currently pays", "currently paying", "currently at",
        "are paying", "pays", "continue to pay", "continues to pay", "continue paying", "continues paying",
        "now be taxed", "taxed at", "applies", "applied", "applying", "in the meantime", "in place",
        "unchanged", "remain at", "remains at", "remained at", "stay at", "stays at", "stayed at", "still at", "already",
        "remains", "remained", "stays",  # "Britain's rate remains 10%"
        "stands at", "stand at", "now charged", "are charged", "is charged", "now pay", "now pays", "now paying",
        "kept", "keeps", "keeping", "maintained", "maintains", "maintaining", "retained", "retains", "retaining",
        "takes effect immediately", "take effect immediately", "effective immediately", "with immediate effect", "immediately",
        "started", "began", "begun to pay", "begun paying",  # "a 10% tariff that started on May 3", "have begun to pay"
        "have paid", "has paid", "had paid", "have been paying", "has been paying",  # "cars have paid a 25% duty since April"
    ),
    "announced": ("announced", "imposed", "impose", "imposes", "slapped", "unveiled", "signed", "ordered", "reimpose"),
}


# --------------------------------------------------------------------------
# GDP: what else grows or shrinks by a percentage in economic news. A percent
# nearer to one of these than to a GDP word is not GDP growth. A few need a
# pattern (devaluation, M1) and are in extractors/gdp.py.
# --------------------------------------------------------------------------
GDP_COMPONENT_WORDS: tuple[str, ...] = (
    "consumption", "spending", "export", "exports", "import", "imports", "investment", "capex",
    "capital expenditure", "inventory", "inventories", "demand", "housing", "residential", "net trade", "inflation",
    "cost of living", "costs of living", "living costs", "cost-of-living",
    "price", "prices", "wage", "wages", "earnings", "profit", "profits", "sales", "productivity", "output", "production",
    "currency", "per capita", "money supply", "sector", "sectors", "fisheries", "mining", "manufacturing",
    "construction", "agriculture", "transport", "surplus", "deficit", "reserves",
    *(f"{kind} {r}" for kind in ("interest", "policy", "discount", "unemployment", "tax", "exchange", "lending",
                                 "mortgage", "savings") for r in ("rate", "rates")),
    "yield", "yields", "unemployment", "jobless", "share", "shares", "stock", "stocks", "index", "budget", "revenue",
    "debt", "tariff", "tariffs", "duty", "levy", "tax", "taxes", "taxation", "external trade", "foreign trade", "world trade", "retail trade",
    "wholesale trade", "trade volume", "trade volumes", "approval", "popularity", "approval rating", "ratings",
    "turnover", "group turnover", "revenues", "orders", "shipments",
    "costs", "lending", "loans", "bank credit", "credit", "balance sheet", "assets", "deposits", "deflator", "non-farm", "nonfarm", "farm product", "gross farm product",  # "Real non-farm output grew 0.7 pct"
)


#: words that may stand between a number and "growth" when the growth is still the economy's:
#: "2 pct real GDP growth", "2.5 pct first quarter growth", "three pct 1987 growth", "two pct French growth"
GROWTH_MODIFIERS: frozenset[str] = frozenset({
    "real", "nominal", "annual", "annualised", "annualized", "economic", "gdp", "gnp", "output", "year-on-year",
    "quarterly", "underlying", "overall", "average", "trend", "a", "per", "year", "of", "and", "or", "negative",
    "positive", "zero", "fiscal", "quarter", "qtr", "first", "second", "third", "fourth", "this", "next", "last",
    "half", "annual-rate", "the", "in", "to",
})


def alternation(words: Iterable[str], *, boundary: bool = True) -> str:
    """A regex alternation of literal words, longest first, with word boundaries.

    Spaces match any run of whitespace (wire text wraps lines anywhere). The
    words are factored into a trie ("t(?:en|hree|wo)" rather than
    "three|two|ten"): it matches what the flat longest-first alternation
    matches, in the same order of preference, but a position that starts no
    word is rejected after one character instead of after trying every word.
    """
    uniq = sorted(set(words), key=lambda w: (-len(w), w))
    trie: dict[str, Any] = {}
    for w in uniq:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    alts = _trie(trie, "", boundary)
    if all(a.startswith(r"\b") for a in alts):  # one word boundary checked once, not per branch
        return r"\b(?:" + "|".join(a[2:] for a in alts) + ")"
    return "(?:" + "|".join(alts) + ")"


def _edge(ch: str) -> str:
    return r"\s+" if ch == " " else regex.escape(ch)


def _trie(node: dict[str, Any], prefix: str, boundary: bool) -> list[str]:
    """The pattern for the words below ``node`` (``prefix`` is the text that led to it)."""
    groups: dict[str, list[str]] = {}
    for k in sorted(k for k in node if k):
        groups.setdefault(k.casefold(), []).append(k)
    alts = []
    for ks in groups.values():
        if len(ks) > 1 and _case_clash([[(k + s).casefold() for s in _suffixes(node[k])] for k in ks]):
            # branches that differ only in case ("US", "us dollar"): under IGNORECASE both
            # may match, and only the flat longest-first list keeps the order of preference
            words = sorted((prefix + k + s for k in ks for s in _suffixes(node[k])), key=lambda w: (-len(w), w))
            alts += [_flat(prefix, w, boundary) for w in words]
            continue
        for k in ks:
            alts.append(_branch(node, k, prefix, boundary))
    if "" in node:
        alts.append(r"\b" if boundary and prefix[-1:].isalnum() else "")
    return alts


def _case_clash(branches: list[list[str]]) -> bool:
    """Whether a word of one branch, case folded, starts another branch's word."""
    return any(
        a.startswith(b) or b.startswith(a)
        for i, xs in enumerate(branches) for ys in branches[i + 1:] for a in xs for b in ys
    )


def _branch(node: dict[str, Any], k: str, prefix: str, boundary: bool) -> str:
    left = r"\b" if boundary and not prefix and k.isalnum() else ""
    path, child = k, node[k]
    while len(child) == 1 and "" not in child:  # a chain with no branch: "per\s+cent"
        (ch, child), = child.items()
        path += ch
    rest = _trie(child, prefix + path, boundary)
    return left + "".join(map(_edge, path)) + (f"(?:{'|'.join(rest)})" if len(rest) > 1 else rest[0])


def _suffixes(node: dict[str, Any], acc: str = "") -> list[str]:
    out = [acc] if "" in node else []
    for k in node:
        if k:
            out += _suffixes(node[k], acc + k)
    return out


def _flat(prefix: str, word: str, boundary: bool) -> str:
    """One word as a pattern, the part after ``prefix`` only (the trie has matched the prefix)."""
    p = "".join(_edge(ch) for ch in word[len(prefix):])
    left = r"\b" if boundary and not prefix and word[:1].isalnum() else ""
    right = r"\b" if boundary and word[-1:].isalnum() else ""
    return f"{left}{p}{right}"


def lookup(table: dict[str, str], surface: str) -> str | None:
    """Case- and whitespace-insensitive lookup of a surface form in a word table."""
    key = " ".join(surface.split())
    if key in table:
        return table[key]
    return _folded(table).get(key.casefold())


_FOLDED: dict[int, tuple[dict[str, str], dict[str, str]]] = {}


def _folded(table: dict[str, str]) -> dict[str, str]:
    """The table keyed by case-folded surface forms (first form wins), made once per table."""
    got = _FOLDED.get(id(table))
    if got is None or got[0] is not table:
        out: dict[str, str] = {}
        for k, v in table.items():
            out.setdefault(k.casefold(), v)
        got = _FOLDED[id(table)] = (table, out)  # holding the table keeps its id from being reused
    return got[1]


def kind_of(table: dict[str, tuple[str, ...]], surface: str) -> str | None:
    """Which key of a {kind: words} table a surface form belongs to."""
    s = " ".join(surface.split()).casefold()
    for kind, words in table.items():
        if s in {w.casefold() for w in words}:
            return kind
    return None

#: currency markets, in the order they close in a day (as text: a lookup table): a rate set against a
#: market that closes later than the story's own is the previous business day's ("after New York's 145.85")
FX_MARKETS: dict[str, str] = {
    "Tokyo": "0", "Hong Kong": "0", "Singapore": "0", "Sydney": "0", "Wellington": "0", "Asia": "0",
    "Europe": "1", "European": "1", "London": "1", "Frankfurt": "1", "Zurich": "1", "Paris": "1",
    "New York": "2", "U.S.": "2",
}

#: plausible units of each currency per one US dollar, 1970s to today; a rate
#: outside the implied band for its pair is not an exchange rate
UNITS_PER_USD: dict[str, tuple[float, float]] = {
    "USD": (1.0, 1.0), "JPY": (70.0, 380.0), "DEM": (1.1, 4.0), "EUR": (0.6, 1.25),
    "GBP": (0.4, 1.0), "CHF": (0.7, 4.4), "FRF": (3.5, 11.0), "CNY": (1.4, 9.0),
    "CAD": (0.9, 1.7), "AUD": (0.6, 2.1), "NZD": (0.9, 2.6), "KRW": (300.0, 1700.0),
    "INR": (7.0, 100.0), "ITL": (500.0, 2500.0), "NLG": (1.4, 4.0), "HKD": (4.0, 8.0),
    "SGD": (1.2, 2.6), "SEK": (3.5, 12.0), "NOK": (4.5, 12.0), "MXN": (0.01, 25.0),
    "BRL": (0.5, 7.0), "ZAR": (0.6, 20.0), "RUB": (0.5, 150.0), "TWD": (25.0, 45.0),
    "BEF": (25.0, 70.0), "PHP": (10.0, 60.0), "CLP": (150.0, 1100.0), "ARS": (0.9, 2000.0),
    "COP": (100.0, 5000.0), "DKK": (4.5, 12.0), "PKR": (10.0, 300.0), "TRY": (1.0, 45.0),
    "THB": (20.0, 56.0), "MYR": (2.0, 4.9), "IDR": (400.0, 17500.0), "SAR": (3.0, 3.8),
}

#: groups of countries: their growth is no one country's
COUNTRY_GROUPS = (
    "OECD", "industrial countries", "industrialised countries", "industrialized countries", "developing countries",
    "industrial nations", "western industrialised", "western industrialized", "the world", "world economy",
    "world economic", "global economy", "global growth", "24-nation", "bloc", "the Community", "emerging markets",
    "industrialised world", "industrialized world", "euro zone", "eurozone", "euro area", "Asia", "Latin America", "Africa",
    "South America", "Central America", "North America", "Caribbean", "western hemisphere", "developing nations",
    "developing economies", "emerging economies", "Middle East", "Group of Seven", "Group of Five", "G7", "G-7",
    "G5", "G-5", "summit seven", "countries sharing the euro", "countries that share the euro", "nations sharing the euro",
    "countries using the euro", "member states", "member countries", "single currency area",
    # growth abroad, told from one country's view: "a report sees foreign growth slowing to 2 pct"
    "foreign growth", "foreign economic growth", "foreign economies", "overseas economies", "growth abroad",
    "rest of the world", "trading partners",
)

#: words right before a figure that make it an exchange rate ("closed at 145.20", "could retest 150")
FX_RATE_WORDS = (
    "opened", "closed", "close", "ended", "finished", "finishing", "traded", "trading", "trade", "stood", "stand",
    "was", "were", "at", "to", "quoted", "fixed", "fell", "rose", "slipped", "slid", "dipped", "jumped", "climbed",
    "hit", "hits", "touched", "touching", "reached", "reach", "firmed", "eased", "weakened", "strengthened",
    "recovered", "recovers", "holds", "near", "around", "level", "levels", "rate", "toward", "towards",
    "test", "tests", "tested", "testing", "retest", "retests", "retested", "breach", "breached", "breaching",
    "bought", "buys", "fetched", "fetches", "fetching",
    "from", "after", "against", "unchanged", "changed",  # "little changed from 1.7935", "after 1.4895"
)

#: who levies a tariff when the text names a person or an office, not a country
IMPOSER_ACTORS: dict[str, str] = {
    "Trump": "USA", "Reagan": "USA", "Biden": "USA", "Obama": "USA", "Bush": "USA",
    "White House": "USA", "Congress": "USA", "Commerce Department": "USA", "USTR": "USA",
    "U.S. Administration": "USA", "the Administration": "USA", "Xi": "CHN", "Xi Jinping": "CHN",
    "State Council": "CHN", "Ottawa": "CAN", "Brussels": "EUU", "European Commission": "EUU",
}

#: the actors above whose name many countries use for their own bodies ("the plan was sent to Congress" in a story
#: on Mexico's own tariffs): the United States' only where the article's leviers are no other country
GENERIC_ACTORS = frozenset({"Congress", "Commerce Department", "the Administration"})

#: multiword names that contain a country name but are not that country
NOT_COUNTRIES = frozenset({
    "New Mexico", "New England", "New Jersey", "New South Wales", "New Guinea", "Guinea-Bissau",
    "Indiana", "Georgia", "Jordan", "Chad", "Washington Post", "New York", "Paris Club",
    "Bank of China",
})
