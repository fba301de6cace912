"""The shared number grammar (mentions layer): forms it reads and forms it skips."""

import pytest
from helpers import extract

from etl.numbers import parse

READS = [
    # text, quote, value, unit, qualifier
    ("a 25% levy", "25%", 25.0, "percent", "exact"),
    ("rose 25 pct", "25 pct", 25.0, "percent", "exact"),
    ("by 25 per cent", "25 per cent", 25.0, "percent", "exact"),
    ("a 25-percent duty", "25-percent", 25.0, "percent", "exact"),
    ("twenty-five per cent", "twenty-five per cent", 25.0, "percent", "exact"),
    ("three pct growth", "three pct", 3.0, "percent", "exact"),
    ("1,234.5 tonnes", "1,234.5 tonnes", 1234.5, "other", "exact"),
    ("about $1.1 trillion", "$1.1 trillion", 1.1e12, "USD", "approx"),
    ("1.1 trillion US dollars", "1.1 trillion US dollars", 1.1e12, "USD", "exact"),
    ("$760 bn", "$760 bn", 7.6e11, "USD", "exact"),
    ("300 mln dlrs", "300 mln dlrs", 3e8, "USD", "exact"),
    ("earned 5 cts a share", "5 cts", 0.05, "USD", "exact"),  # hundredths of a currency, in the currency
    ("at 66.20 U.S. cents", "66.20 U.S. cents", 0.662, "USD", "exact"),
    ("to 87.95 pence", "87.95 pence", 0.8795, "GBP", "exact"),
    ("5,000 billion yen", "5,000 billion yen", 5e12, "JPY", "exact"),
    ("¥157.79", "¥157.79", 157.79, "JPY", "exact"),
    ("€2.5 billion", "€2.5 billion", 2.5e9, "EUR", "exact"),
    ("£40m", "£40m", 4e7, "GBP", "exact"),
    ("1.8195 marks", "1.8195 marks", 1.8195, "DEM", "exact"),
    ("1.5130 Swiss francs", "1.5130 Swiss francs", 1.513, "CHF", "exact"),
    ("7.1 yuan", "7.1 yuan", 7.1, "CNY", "exact"),
    ("120 billion renminbi", "120 billion renminbi", 1.2e11, "CNY", "exact"),
    ("1,300 won", "1,300 won", 1300.0, "KRW", "exact"),
    ("83 rupees", "83 rupees", 83.0, "INR", "exact"),
    ("2.5 billion sterling", "2.5 billion sterling", 2.5e9, "GBP", "exact"),
    ("index at +13", "+13", 13.0, "count", "exact"),
    ("fell to minus 5", "minus 5", -5.0, "count", "exact"),
    ("rose from minus one", "minus one", -1.0, "count", "exact"),  # a signed one is a number, not a determiner
    ("a reading of -2", "-2", -2.0, "count", "exact"),
    ("CPI \u22120.3%", "\u22120.3%", -0.3, "percent", "exact"),
    ("opened at 151.35/45 yen", "151.35/45 yen", 151.35, "JPY", "exact"),
    ("fetched 145.30-32 yen", "145.30-32 yen", 145.3, "JPY", "exact"),  # a hyphen before a tail as long as the decimals
    ("at 1,318/21 lire", "1,318/21 lire", 1318.0, "ITL", "exact"),  # a quote in whole units with a thousands comma
    ("fell 25 basis points", "25 basis points", 25.0, "basis_point", "exact"),
    ("cut 50 bps", "50 bps", 50.0, "basis_point", "exact"),
    ("0.8 percentage points", "0.8 percentage points", 0.8, "percentage_point", "exact"),
    ("more than 400 firms", "400 firms", 400.0, "other", "at_least"),
    ("up to 40 pct", "40 pct", 40.0, "percent", "at_most"),
    ("duties will not exceed 15%", "15%", 15.0, "percent", "at_most"),
    ("rise to eight pct from 7-3/4 pct", "7-3/4 pct", 7.75, "percent", "exact"),
    ("a 2.3 percenr drop", "2.3 percenr", 2.3, "percent", "exact"),
    ("\uff12\uff15\uff05", "\uff12\uff15\uff05", 25.0, "percent", "exact"),
    ("the index ticked up to 51.2", "51.2", 51.2, "count", "exact"),  # a move, not a cap
    ("the krona edged up to 10.45 per euro", "10.45", 10.45, "count", "exact"),
    ("fees could rise up to 5 pct", "5 pct", 5.0, "percent", "at_most"),
    ("costs could climb by as much as 18 pct", "18 pct", 18.0, "percent", "at_most"),  # the most it could be
    ("as many as 300 firms", "300 firms", 300.0, "other", "at_most"),
    ("fares from as little as 9 dlrs", "9 dlrs", 9.0, "USD", "at_least"),  # the least it could be
    ("a cap of no more than 12 pct", "12 pct", 12.0, "percent", "at_most"),  # not the "more than" it ends with
    ("just over 70 tonnes", "70 tonnes", 70.0, "other", "approx"),
    ("the mark at 98.95-99.05 yen", "98.95-99.05 yen", 98.95, "JPY", "exact"),  # a quote straddling 99, not a range
]


@pytest.mark.parametrize("text,quote,value,unit,qualifier", READS, ids=[r[0] for r in READS])
def test_reads(text, quote, value, unit, qualifier):
    got = [m for m in parse(text) if text[m.start:m.end] == quote]
    assert got, [text[m.start:m.end] for m in parse(text)]
    m = got[0]
    assert (m.unit, m.qualifier) == (unit, qualifier)
    assert m.value == pytest.approx(value)


RANGES = [
    ("10-15% tariffs", [(10.0, "low"), (15.0, "high")]),
    ("between 140 and 150 yen", [(140.0, "low"), (150.0, "high")]),
    ("28 to 29 billion dlrs", [(28e9, "low"), (29e9, "high")]),
    ("ranging from 1.5 to two pct", [(1.5, "low"), (2.0, "high")]),
    ("rates of 3.75-4.00%", [(3.75, "low"), (4.0, "high")]),  # two figures far apart: a range, not a quote
    ("a range of 1.8050-1.8150 marks", [(1.805, "low"), (1.815, "high")]),
    # two percentages, each with its unit, are two figures (as "10% to 15%" is), and the hyphen is no minus
    ("a forecast of 1.8%-2.3%", [(1.8, None), (2.3, None)]),
    ("a 2.5%–3% range", [(2.5, None), (3.0, None)]),
    ("rose 5% -3% fell", [(5.0, None), (-3.0, None)]),  # a spaced sign stays a sign
    ("traded at 150.10 to one dollar", [(150.1, None), (1.0, None)]),  # a range rises: a rate per unit is none
]


@pytest.mark.parametrize("text,expected", RANGES, ids=[r[0] for r in RANGES])
def test_ranges_mark_both_ends(text, expected):
    got = [(m.value, m.range_role) for m in parse(text)]
    assert got == expected


def test_change_is_not_a_range():
    got = [(m.value, m.range_role) for m in parse("cut the levy from 27.5 percent to 15 percent")]
    assert got == [(27.5, None), (15.0, None)]


SKIPS = [
    "in 1987 and 2025", "on May 16", "July 30-31", "at 10:53 JST", "the 17th meeting", "Group of 20",
    "the G7 summit", "Section 232 probe", "COVID-19 cases", "FY2025/26", "1987/88", "the S&P 500 index",
    "1e400", "NaN%", "Q3 2025", "one official said", "2025Q1",
]


@pytest.mark.parametrize("text", SKIPS)
def test_not_quantities(text):
    assert [text[m.start:m.end] for m in parse(text)] == []


DIRECTIONS = [
    ("exports rose 5%", "up"),
    ("GDP fell to 0.2%", "down"),
    ("shrank at an annual rate of 0.2%", "down"),
    ("a 0.7% drop in output", "down"),
    ("1.0% growth", "up"),
    ("up from +12 in March", None),
    ("stood at 145 yen", None),
    ("levies of up to 35%", None),  # the "up" of a cap is no rise
    ("prices could climb by up to 4%", "up"),
    ("the rate edged up to 4.1%", "up"),
    ("a recovery from the 1.7 pct shrinkage", "down"),
    ("after a 3% downturn", "down"),
]


@pytest.mark.parametrize("text,direction", DIRECTIONS, ids=[d[0] for d in DIRECTIONS])
def test_direction(text, direction):
    assert parse(text)[0].direction == direction


def test_elided_scale_and_currency():
    ms = parse("reserves rose to 51.73 billion dlrs from 51.46 billion")
    assert [(m.value, m.unit) for m in ms] == [(51.73e9, "USD"), (51.46e9, "USD")]


@pytest.mark.parametrize("text,value", [("$1.09 trillion", 1.09e12), ("16.74 billion dlrs", 16.74e9),
                                        ("87.95 pence", 0.8795), ("between 1.3 and 2.3 bln yen", 1.3e9)])
def test_scaled_values_are_the_numbers_written(text, value):
    assert parse(text)[0].value == value  # exactly: not 1090000000000.0001


def test_negative_zero_is_zero():
    m = parse("a reading of -0")[0]
    assert m.value == 0.0 and str(m.value) == "0.0"


def test_spans_index_the_text():
    text = "Le dollar \u00e0 145 yen, \u2212 puis +13 et 25 pct."
    got = [(text[m.start:m.end], m.value, m.unit) for m in parse(text)]
    assert got == [("145 yen", 145.0, "JPY"), ("+13", 13.0, "count"), ("25 pct", 25.0, "percent")]


def test_digits_python_cannot_read_are_skipped_not_fatal() -> None:
    # U+116D0 (a Takri-script digit) is \d to the regex but float() cannot read it
    assert parse("\U000116d0") == []
    assert [m.value for m in parse("costs \U000116d0 and 25%")] == [25.0]


@pytest.mark.parametrize("text,values", [
    ("Total yield -\n11.2 pct in the year", [11.2]),  # a dash ending the line is no minus
    ("the trade gap --\n40,000 tonnes", [40000.0]),
    ("the index fell to -\n3 points", [3.0]),
    ("the index fell to -3 points", [-3.0]),
], ids=["dash-line-end", "double-dash-line-end", "dash-newline-points", "minus-glued"])
def test_a_sign_stands_on_the_numbers_line(text, values):
    assert [m.value for m in parse(text)] == values


@pytest.mark.parametrize("text,values", [
    ("seventy-five firms and twenty cars", [75.0, 20.0]),
    ("a third of the ninety-nine stalls", [1 / 3, 99.0]),
    ("two-thirds of exports, three quarters of imports", [2 / 3, 0.75]),
    ("eighteen or eight", [18.0, 8.0]),
    ("one half of 40 pct", [0.5, 40.0]),
    ("Twenty-Five Percent", [25.0]),
], ids=["tens-ones", "fraction-and-tens", "hyphen-fractions", "longest-word-first", "one-half", "title-case"])
def test_numbers_in_words(text, values):
    assert [m.value for m in parse(text)] == pytest.approx(values)


@pytest.mark.parametrize("text,unit", [
    ("the euro broke through the 1.20 mark against the dollar", "count"),
    ("the index closed above the 5,000 mark for the first time", "count"),
    ("the pound could not breach the 2.10 mark ceiling", "DEM"),
    ("warrants for the 5,000 mark bonds", "DEM"),
    ("it cost 300 marks", "DEM"),
], ids=["threshold-against", "threshold-for", "marks-as-a-modifier", "mark-bonds", "plural"])
def test_the_n_mark_is_a_threshold_unless_it_modifies_a_noun(text, unit):
    (m,) = parse(text)
    assert m.unit == unit


@pytest.mark.parametrize("text,units", [
    ("RATES\nLIBYA     0.29450/60\nSTG       1.6210/20\n", ["count", "count"]),
    ("the pound rose to 1.6210\ndlrs from 1.6150.", ["USD", "count"]),
], ids=["the-next-rows-label-is-no-unit", "a-unit-after-a-wrapped-line-is"])
def test_a_table_rows_label_is_not_the_figure_before_it(text, units):
    assert [m.unit for m in parse(text)] == units


@pytest.mark.parametrize("text,units", [
    ("MANILA STOCKS FIRM\n\nThe Philippine Stock Exchange rose. Turnover was 850 mln pesos, against 20 pesos a share.",
     ["PHP", "PHP"]),
    ("Swiss National Bank profit rose. It paid 15 francs a share, up from 12 Swiss francs.", ["CHF", "CHF"]),
    ("The French government sold its stake in Elf for 4.2 billion francs.", ["FRF"]),
    ("The peso ended at 19.50 pesos per dollar.", ["MXN"]),
], ids=["the-articles-pesos", "francs-qualified-later", "the-countrys-francs", "a-bare-peso-defaults"])
def test_the_mentions_layer_gives_a_shared_currency_noun_the_articles_currency(text, units):
    rows = extract("mentions", text)
    assert [r["unit"] for r in rows if r["unit"] not in ("count", "percent")] == units
