"""Forms issue 3 lists: country names and metonyms, currency pairs both ways, periods, number words."""

import datetime as dt

import pytest
from helpers import extract, project

from etl.context import find_places
from etl.dates import find
from etl.numbers import parse

PLACES = [
    ("The U.S. said so.", "USA"), ("America said so.", "USA"), ("Washington said so.", "USA"),
    ("Japanese officials said so.", "JPN"), ("Tokyo said so.", "JPN"), ("Beijing said so.", "CHN"),
    ("The EU said so.", "EUU"), ("The EC said so.", "EUU"), ("The European Community said so.", "EUU"),
    ("West German officials said so.", "DEU"), ("Britain said so.", "GBR"), ("Seoul said so.", "KOR"),
    ("JAPAN SAYS SO", "JPN"), ("Ottawa said so.", "CAN"), ("Brazil's minister said so.", "BRA"),
    ("Brunei said so.", "BRN"), ("Sri Lankan officials said so.", "LKA"), ("Yugoslav officials said so.", "YUG"),
    ("Moroccan officials said so.", "MAR"), ("The East German mark fell.", "DDR"),
]


@pytest.mark.parametrize("text,code", PLACES, ids=[p[0] for p in PLACES])
def test_places(text, code):
    assert [p.code for p in find_places(text, 0, len(text))] == [code]


@pytest.mark.parametrize("text", ["Potash producers from New Mexico said so.", "The Paris Club said so.", "Us too."])
def test_not_places(text):
    assert [p.code for p in find_places(text, 0, len(text))] == []


@pytest.mark.parametrize("text,code", [("The Bank of Japan said so.", "JPN"), ("The RBA held rates.", "AUS"),
                                       ("The Federal Reserve said so.", "USA")])
def test_central_banks_stand_for_their_country(text, code):
    assert [(p.code, p.surface) for p in find_places(text, 0, len(text))][0][0] == code


PAIRS = [
    ("The dollar stood at 145 yen.", ("USD", "JPY", 145.0)),
    ("The rate was 145 yen to the dollar.", ("USD", "JPY", 145.0)),
    ("USD/JPY traded at 145.", ("USD", "JPY", 145.0)),
    ("The euro rose to $1.1350.", ("EUR", "USD", 1.135)),
    ("Sterling was at 1.2840 dlrs.", ("GBP", "USD", 1.284)),
    ("The euro/yen cross was at 162.10.", ("EUR", "JPY", 162.1)),
    ("EUR/USD climbed to 1.0950.", ("EUR", "USD", 1.095)),
    ("The yen was trading at 150 for a dollar.", ("USD", "JPY", 150.0)),
    ("The dollar fixed at 1.3071 Canadian dollars.", ("USD", "CAD", 1.3071)),
    ("The won weakened to 1,390 per dollar.", ("USD", "KRW", 1390.0)),
]


@pytest.mark.parametrize("text,pair", PAIRS, ids=[p[0] for p in PAIRS])
def test_currency_pairs(text, pair):
    assert project(extract("fx_rates", text), ("base", "quote_ccy", "rate")) == [pair]


PUB = dt.date(2025, 5, 16)  # a Friday
PERIODS = [
    ("in January-March", "2025Q1"), ("the April-June quarter", "2025Q2"), ("the third quarter of 2024", "2024Q3"),
    ("fiscal 2025", "2025"), ("FY2025/26", "2025"), ("1987/88", "1987"), ("May 16", "2025-05-16"),
    ("the current quarter", "2025Q2"), ("next quarter", "2025Q3"), ("last quarter", "2025Q1"),
    ("the last quarter of 2024", "2024Q4"), ("the full year", "2025"), ("full-year", "2025"), ("last month", "2025-04"), ("in June", "2025-06"), ("July 9", "2025-07-09"), ("yesterday", "2025-05-15"),
    ("on Tuesday", "2025-05-13"), ("the first quarter", "2025Q1"), ("September 2025", "2025-09"),
    ("the three months to December", "2024Q4"), ("Q3 2025", "2025Q3"), ("December last year", "2024-12"),
    ("the fiscal year ending March 31", "2025"), ("the fiscal year ended last March 31", "2024"),
    ("the financial year ending June this year", "2024"), ("the fiscal year through March 2026", "2025"),
    ("the financial year until June next year", "2025"),
    ("by the end of the month", "2025-05"), ("at month-end", "2025-05"),
    ("the 2023 third quarter", "2023Q3"), ("the 1986 final quarter", "1986Q4"), ("fourth quarter 2024", "2024Q4"),
    ("growth for the year", "2025"),
    ("the year ending June 30", "2024"), ("the year ended December 31", "2024"), ("the fiscal year ended March 31", "2024"),
    ("the quarter to March", "2025Q1"), ("the quarter ended June 30, 2024", "2024Q2"), ("the December quarter", "2024Q4"),
    ("the 2023 September quarter", "2023Q3"), ("the three months to September", "2024Q3"),
    ("from next Wednesday", "2025-05-21"), ("by the coming Friday", "2025-05-23"), ("last Friday", "2025-05-09"),
]


@pytest.mark.parametrize("text,value", [
    ("in the 2024 fourth quarter versus 2.8 pct in the third quarter", ["2024Q4", "2024Q3"]),
    ("in the 2024 fourth quarter and will slow in the first quarter", ["2024Q4", "2025Q1"]),
    ("in the third quarter compared with the 2023 third quarter", ["2024Q3", "2023Q3"]),
    # two quarters either side: the earlier, unless the dated quarter has not ended when the article appears
    ("in the 2024 second quarter and 3.1 pct in the fourth quarter", ["2024Q2", "2023Q4"]),
    ("will grow in the 2025 second quarter and pick up to 3.1 pct in the fourth quarter", ["2025Q2", "2025Q4"]),
], ids=["earlier-quarter", "later-quarter", "same-ordinal-keeps-the-articles-year", "tie-past-goes-back",
        "tie-ahead-goes-on"])
def test_a_quarter_without_its_year_is_the_one_nearest_a_quarter_with_it(text, value):
    assert [w.value for w in find(text, 0, len(text), PUB)] == value


@pytest.mark.parametrize("text", ["the year-earlier quarter", "a year earlier", "the year-ago period"])
def test_a_year_before_is_relative(text):
    (w,) = find(text, 0, len(text), PUB)
    assert (w.kind, w.relative, w.value) == ("q_yago", True, None)


@pytest.mark.parametrize("text", ["the same quarter a year earlier", "the year to March", "for the year before"])
def test_no_year_before_or_year_reported(text):
    assert all(w.kind not in ("q_yago", "y_full") for w in find(text, 0, len(text), PUB))


@pytest.mark.parametrize("text,value", PERIODS, ids=[p[0] for p in PERIODS])
def test_periods(text, value):
    assert [w.value for w in find(text, 0, len(text), PUB)] == [value]


def test_no_published_date_no_guess():
    assert [w.value for w in find("last month and on Tuesday", 0, 25, None)] == [None, None]


WORDS = [
    ("a third of exports", 1 / 3, "count"),
    ("half a percent", 0.5, "percent"), ("a quarter of a percentage point", 0.25, "percentage_point"),
    ("5k jobs", 5000.0, "other"),
    ("$2 tn", 2e12, "USD"), ("US$3 bn", 3e9, "USD"), ("4 trillion yen", 4e12, "JPY"), ("£5 million", 5e6, "GBP"),
    ("50 bln yuan", 5e10, "CNY"), ("twenty-five per cent", 25.0, "percent"), ("minus 5", -5.0, "count"),
]


@pytest.mark.parametrize("text,value,unit", WORDS)
def test_number_words_and_scales(text, value, unit):
    ms = parse(text)
    assert ms and ms[0].value == pytest.approx(value) and ms[0].unit == unit


@pytest.mark.parametrize("text,value", [
    ("the fiscal year beginning next month", "2025"), ("the financial year starting in July", "2025"),
    ("the fiscal year starting April 1, 2026", "2026"),
])
def test_a_fiscal_year_that_begins_is_the_year_it_starts_in(text, value):
    (w,) = find(text, 0, len(text), PUB)
    assert (w.value, w.fiscal) == (value, True)


@pytest.mark.parametrize("text,published,value", [
    ("the data for February", dt.date(2025, 9, 18), "2025-02"),  # seven months back: this year's, not next year's
    ("in January", dt.date(2025, 9, 18), "2025-01"),
    ("in December", dt.date(2025, 9, 18), "2025-12"),
    ("in December", dt.date(2025, 1, 10), "2024-12"),
    ("in March", dt.date(2025, 1, 10), "2025-03"),
    ("by the end of March", dt.date(2025, 11, 14), "2026-03"),  # a deadline is one to come
    ("by March", dt.date(2025, 11, 14), "2026-03"),
], ids=["seven-months-back", "eight-months-back", "three-ahead", "last-years-december", "two-ahead", "by-the-end-of",
        "by-a-month"])
def test_a_month_without_its_year(text, published, value):
    assert [w.value for w in find(text, 0, len(text), published)] == [value]


@pytest.mark.parametrize("text,values", [
    ("a four-year peak of $1.1918", []),
    ("at 1,2015 in the old style", []),
    ("the highest since 2021", ["2021"]),
], ids=["decimals-that-look-like-a-year", "after-a-decimal-comma", "a-year"])
def test_a_year_is_not_the_decimals_of_a_number(text, values):
    assert [w.value for w in find(text, 0, len(text), PUB)] == values


@pytest.mark.parametrize("text,value", [
    ("by the end of the year", "2025-12"), ("by the end of next year", "2026-12"), ("by the end of 2027", "2027-12"),
    ("by end-2027", "2027-12"), ("at year-end", "2025-12"), ("by year-end 2027", "2027-12"),
], ids=["this-year", "next-year", "a-named-year", "end-hyphen-year", "year-end", "year-end-of-a-named-year"])
def test_the_end_of_a_year_is_its_last_month(text, value):
    assert [(w.gran, w.value) for w in find(text, 0, len(text), dt.date(2025, 11, 18))] == [("month", value)]


@pytest.mark.parametrize("text,values", [
    ("spent 5 trillion yen in 2024, acting first in late April and again on July 11", ["2024", "2024-04", "2024-07-11"]),
    ("the lowest since 2009 in April", ["2009", "2025-04"]),  # (a guard: a year compared with)
], ids=["set-in-a-year", "since-a-year"])
def test_a_month_or_day_without_its_year_after_the_year_a_sentence_is_set_in(text, values):
    assert [w.value for w in find(text, 0, len(text), dt.date(2025, 11, 20))] == values


@pytest.mark.parametrize("text,published,values", [
    ("from next April", dt.date(1987, 6, 12), ["1988-04"]),
    ("from next October", dt.date(1987, 6, 12), ["1987-10"]),
    ("since last March", dt.date(2025, 9, 2), ["2025-03"]),
    ("since last October", dt.date(2025, 9, 2), ["2024-10"]),
    ("this coming January", dt.date(2025, 9, 2), ["2026-01"]),
    ("on last May 16", dt.date(2025, 9, 2), ["2025-05-16"]),  # (a guard: a day, read as one)
], ids=["next-month-name-next-year", "next-month-name-this-year", "last-month-name-this-year", "last-month-name-last-year",
        "this-coming", "a-day-after-last"])
def test_next_or_last_before_a_months_name(text, published, values):
    assert [w.value for w in find(text, 0, len(text), published)] == values


@pytest.mark.parametrize("text,value", [
    ("in the current year ending March 31", "1986"),
    ("in the year ending March 31", "1986"),  # (a guard)
], ids=["the-current-year-ending", "the-year-ending"])
def test_the_current_year_ending_in_a_month_is_a_fiscal_year(text, value):
    (w,) = find(text, 0, len(text), dt.date(1987, 3, 11))
    assert (w.value, w.fiscal) == (value, True)
