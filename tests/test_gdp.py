"""GDP extractor: sentences written for these tests."""

import datetime as dt

import pytest
from helpers import extract, project

KEYS = ("country", "change_pct", "period", "basis", "estimate")
PUB = dt.date(2025, 8, 15)

CASES = [
    pytest.param("Norway's GDP rose 0.4% in the second quarter. Its central bank sees growth holding around 1.5% for the next few years.",
                 [("NOR", 0.4, "2025Q2", "qoq", "actual"), ("NOR", 1.5, None, "annual", "forecast")],
                 id="growth-seen-for-the-next-few-years-is-a-yearly-forecast"),
    pytest.param("Denmark's gross domestic product, measured by spending, rose 0.4% in the first quarter.",
                 [("DNK", 0.4, "2025Q1", "qoq", "actual")], id="how-gdp-is-measured-is-an-aside"),
    pytest.param("Thailand's GDP grew 2.8% in the year to June, the planning agency said.",
                 [("THA", 2.8, "2025Q2", "yoy", "actual")], id="the-year-to-a-month-is-year-on-year"),
    pytest.param("The government forecasts Thailand's economy to grow 2.3% in the fiscal year ending next September.",
                 [("THA", 2.3, "2025", "annual", "forecast")], id="a-fiscal-year-ending-next-month-of-a-name"),
    pytest.param("Austria's GDP grew 0.3% in the second quarter. Its central bank sees growth for the year as a whole at 0.9%, short of "
                 "the official forecast of 1.2%.",
                 [("AUT", 0.3, "2025Q2", "qoq", "actual"), ("AUT", 0.9, "2025", "annual", "forecast"),
                  ("AUT", 1.2, "2025", "annual", "forecast")], id="a-forecast-beside-one-for-the-year-as-a-whole-is-of-that-year"),
    pytest.param("Peru's economy shrank 0.6% in the second quarter. Analysts expect a rebound in the current quarter, with "
                 "a median forecast of 0.8% growth.",
                 [("PER", -0.6, "2025Q2", "qoq", "actual"), ("PER", 0.8, "2025Q3", "qoq", "consensus")],
                 id="the-current-quarter-before-the-only-figure-is-its-period"),
    pytest.param("Bankers think Qatar's economy, measured by GDP and allowing for inflation, shrank 12% in 2024.",
                 [("QAT", -12.0, "2024", "annual", "actual")], id="allowing-for-inflation-names-no-component"),
    pytest.param("The minister said Chile's GDP rose 2.6% last year, helped by copper prices, and that the central bank expects "
                 "growth of 2.2% this year.",
                 [("CHL", 2.6, "2024", "annual", "actual"), ("CHL", 2.2, "2025", "annual", "forecast")],
                 id="a-component-before-a-that-clause-is-not-its-growths"),
    pytest.param("Spain's central bank sees economic output expanding by 2.1% in 2025.",
                 [("ESP", 2.1, "2025", "annual", "forecast")], id="economic-output-is-gdp"),
    pytest.param("Industrial output in Spain fell 0.9% in the second quarter.", [], id="industrial-output-is-not"),
    pytest.param("Germany's GDP contracted an annualised 1.8 percent in the second quarter.",
                 [("DEU", -1.8, "2025Q2", "annualized_qoq", "actual")], id="annualised-contracted"),
    pytest.param("The French economy grew 0.3% in April-June from the previous quarter.",
                 [("FRA", 0.3, "2025Q2", "qoq", "actual")], id="qoq-from-previous-quarter"),
    pytest.param("Canada's gross domestic product fell 1.6 pct at an annual rate in the first quarter.",
                 [("CAN", -1.6, "2025Q1", "annualized_qoq", "actual")], id="wire-pct-annual-rate"),
    pytest.param("South Korea's economy expanded 2.1 percent from a year earlier in the second quarter.",
                 [("KOR", 2.1, "2025Q2", "yoy", "actual")], id="yoy"),
    pytest.param("The central bank forecast economic growth of 1.2 percent for fiscal 2025.",
                 [("JPN", 1.2, "2025", "annual", "forecast")], id="fiscal-year-forecast"),
    pytest.param("Economists polled by the newspaper expected U.S. GDP to rise 1.5% in the quarter.",
                 [("USA", 1.5, None, "annualized_qoq", "consensus")], id="consensus"),
    pytest.param("Britain's GNP shrank 0.4 pct in 1986/87.", [("GBR", -0.4, "1986", "annual", "actual")], id="gnp-fiscal-slash"),
    pytest.param("Italy's economy will slow to 0.7% in 2026 from 0.9% in 2024.",
                 [("ITA", 0.7, "2026", "annual", "forecast"), ("ITA", 0.9, "2024", "annual", "actual")], id="forecast-and-past"),
    pytest.param("China's GDP rose 5.2 percent year-on-year in the April-June quarter.",
                 [("CHN", 5.2, "2025Q2", "yoy", "actual")], id="april-june"),
    pytest.param("Australia's economy recorded a 0.2 percent decline in the first three months of the year.",
                 [("AUS", -0.2, "2025Q1", "qoq", "actual")], id="decline-noun"),
    pytest.param("Spain's GDP rose 0.6% in the second quarter, topping expectations of 0.5%.",
                 [("ESP", 0.6, "2025Q2", "qoq", "actual"), ("ESP", 0.5, "2025Q2", "qoq", "consensus")], id="topping-expectations-of"),
    pytest.param("Mexico's GDP grew 0.4% in the second quarter, better than the preliminary estimate of 0.2%.",
                 [("MEX", 0.4, "2025Q2", "qoq", "actual"), ("MEX", 0.2, "2025Q2", "qoq", "actual")], id="earlier-official-estimate-not-consensus"),
    pytest.param("Poland's economy grew at a 3.1% annualized pace in the first quarter, revised up from 2.9%.",
                 [("POL", 3.1, "2025Q1", "annualized_qoq", "actual"), ("POL", 2.9, "2025Q1", "annualized_qoq", "actual")],
                 id="revised-from-shares-basis"),
    pytest.param("Chile expects three pct 2026 growth.", [("CHL", 3.0, "2026", "annual", "forecast")], id="year-between-number-and-growth"),
    pytest.param("Norway's economy posted 0.6 pct fourth quarter growth.",
                 [("NOR", 0.6, "2024Q4", "qoq", "actual")], id="quarter-between-number-and-growth"),
    pytest.param("Ghana's strong economy, which grew 5.1 pct last year, draws investors.",
                 [("GHA", 5.1, "2024", "annual", "actual")], id="economy-that-grew"),
    pytest.param("The Bank of Korea now expects economic growth of 0.8% this year, down from 1.5%.",
                 [("KOR", 0.8, "2025", "annual", "forecast"), ("KOR", 1.5, "2025", "annual", "forecast")], id="central-bank-names-country"),
    pytest.param("Sweden's GDP grew 0.5% quarter on quarter, against a median forecast of 0.3% growth.",
                 [("SWE", 0.5, None, "qoq", "actual"), ("SWE", 0.3, None, "qoq", "consensus")], id="against-median-forecast"),
    pytest.param("The ministry is predicting economic growth of about 1.4% for this year.",
                 [("JPN", 1.4, "2025", "annual", "forecast")], id="predicting"),
    pytest.param("Hungary's GDP grew 2.1 percent in 2024 instead of the planned 3.0 percent.",
                 [("HUN", 2.1, "2024", "annual", "actual"), ("HUN", 3.0, "2024", "annual", "forecast")], id="a-planned-figure-only"),
    pytest.param("The fund cut its 2026 GDP forecasts to 0.8% from 1.1% for Austria and to 1.9% from 2.4% for Spain.",
                 [("AUT", 0.8, "2026", "annual", "forecast"), ("AUT", 1.1, "2026", "annual", "forecast"),
                  ("ESP", 1.9, "2026", "annual", "forecast"), ("ESP", 2.4, "2026", "annual", "forecast")],
                 id="country-after-the-compared-figure"),
    pytest.param("Analysts see Finland's GDP shrinking 0.3% in the third quarter.",
                 [("FIN", -0.3, "2025Q3", "qoq", "consensus")], id="analysts-see-gerund-contraction"),
    pytest.param("Argentina's economy grew 1.2% last year after plummeting 1.7% in 2023.",
                 [("ARG", 1.2, "2024", "annual", "actual"), ("ARG", -1.7, "2023", "annual", "actual")], id="after-plummeting"),
    pytest.param("Without the floods, Pakistan's economy would have grown 3.9% last year instead of the 2.5% reported.",
                 [("PAK", 2.5, "2024", "annual", "actual")], id="counterfactual-dropped"),
    pytest.param("Japan's GDP would have to expand 0.9% in the final quarter to meet the official forecast.", [],
                 id="requirement-dropped"),
    pytest.param("On a quarterly basis, the world's third-largest economy, Germany, expanded 0.2%.",
                 [("DEU", 0.2, None, "qoq", "actual")], id="the-worlds-ranked-economy-is-one-country"),
    pytest.param("For fiscal 2026, the Cabinet Office projects growth of 1.1% for Japan's economy.",
                 [("JPN", 1.1, "2026", "annual", "forecast")], id="projects"),
    pytest.param("Brazil's nominal GDP rose 1.6% on the quarter.", [("BRA", 1.6, None, "qoq", "actual")], id="on-the-quarter"),
    pytest.param("Chilean officials expect economic growth of only 2% after 5% last year.",
                 [("CHL", 2.0, None, "annual", "forecast"), ("CHL", 5.0, "2024", "annual", "actual")],
                 id="the-compared-figures-year-is-not-shared"),
    pytest.param("The government still looks for 2.1 pct growth in Danish GDP in 2026.",
                 [("DNK", 2.1, "2026", "annual", "forecast")], id="looks-for"),
    pytest.param("Italy's economy contracted at an annualized real rate of 0.7 percent in January-March.",
                 [("ITA", -0.7, "2025Q1", "annualized_qoq", "actual")], id="contracted-far-before-the-figure"),
    pytest.param("U.S. gross national product rose 4.3 pct in the first quarter.",
                 [("USA", 4.3, "2025Q1", "annualized_qoq", "actual")], id="us-quarter-is-at-an-annual-rate"),
    pytest.param("Spain's economy cooled in 2025. The OECD said that output should recover next year, with GDP expanding by two pct.",
                 [("ESP", 2.0, "2026", "annual", "forecast")], id="a-country-group-that-speaks-is-the-source"),
    pytest.param("For Chile to achieve 3.5 pct growth in 2024/25, GDP would have to pick up sharply.",
                 [("CHL", 3.5, "2024", "annual", "forecast")], id="an-aim-to-achieve"),
    pytest.param("The government succeeded in stimulating output last year to achieve 2.1 pct GDP growth.",
                 [("JPN", 2.1, "2024", "annual", "actual")], id="a-result-achieved-is-no-aim"),
    # no rows
    pytest.param("Peru will lift duties on Chinese tyres to 40 percent from 15 percent, the economy ministry said on Monday.", [],
                 id="tariff-rates-beside-economy-ministry"),
    pytest.param("Some 35 pct of the voters surveyed said the economy was weak.", [], id="share-of-voters"),
    pytest.param("Analysts expect 12 pct subscriber growth next year.", [], id="growth-of-another-noun"),
    pytest.param("The report showed a 4.1 pct jump in machine tool orders, a worry for the economy.", [], id="jump-in-orders"),
    pytest.param("Wages rose 6 pct, well ahead of growth in productivity.", [], id="growth-in-component"),
    pytest.param("Inflation was cut from 30 pct to eight pct but the economy needs growth.", [], id="growth-after-but"),
    pytest.param("Defence spending will rise to 2% of GDP by 2027.", [], id="share-of-gdp"),
    pytest.param("Exports rose 3.4% in the quarter, adding to GDP growth.", [], id="component"),
    pytest.param("Chile's foreign trade grew 6 pct in the first quarter, against two pct growth in the quarter before.", [],
                 id="growth-of-trade-in-a-trade-sentence"),
    pytest.param("Japan's economy grew, while the policy rate stayed at 0.5%.", [], id="interest-rate"),
    pytest.param("Consumer prices rose 3.1% from a year earlier.", [], id="inflation"),
    pytest.param("Household and government consumption showed drops of 0.5 pct and 0.3 pct respectively in the quarter.", [],
                 id="component-before-the-drops"),
    pytest.param("Japan's GDP rose 0.4 pct, with falls of 0.7 pct and 0.1 pct in private and public fixed investment.",
                 [("JPN", 0.4, None, "annual", "actual")], id="drops-of-components-after-the-figures"),
    pytest.param("Real non-farm gross product grew 1.4 pct, after zero growth in the previous quarter.", [], id="non-farm-product"),
    pytest.param("The GDP deflator, measured at market prices, rose 2.2 pct in the quarter.", [], id="deflator-is-a-price"),
    pytest.param("Bankers in Manila expect at least six pct growth this year in residential construction.", [],
                 id="growth-this-year-in-a-sector"),
    pytest.param("Forecasters see 1.1% growth in Britain next year.", [("GBR", 1.1, "2026", "annual", "forecast")],
                 id="growth-in-a-named-country"),
    pytest.param("Forecasters see 1.1% growth next year in the Netherlands.", [("NLD", 1.1, "2026", "annual", "forecast")],
                 id="growth-next-year-in-a-named-country"),
    pytest.param("Forecasters see 1.1% growth in Britain's exports next year.", [], id="growth-in-a-countrys-exports"),
    pytest.param("Forecasters see 1.1% growth in Dutch exports next year.", [], id="growth-in-a-nations-exports"),
    pytest.param("The country needs to restore economic growth to three pct a year.", [], id="needs-to-restore-growth"),
    pytest.param("The economy has to get back to growth of three pct a year.", [], id="has-to-get-back-to-growth"),
    pytest.param("The government has to admit the economy grew 0.5 pct in 2024.", [("JPN", 0.5, "2024", "annual", "actual")],
                 id="to-before-a-verb-is-no-preposition"),
    pytest.param("Most economists predict GDP growth slower than the 1.5% forecast by the government for 2026.",
                 [("JPN", 1.5, "2026", "annual", "forecast")], id="official-forecast-set-against-economists"),
    pytest.param("Analysts expect the economy to grow less than the 1.2% the government forecast for 2026.",
                 [("JPN", 1.2, "2026", "annual", "forecast")], id="figure-the-government-forecast"),
    pytest.param("GDP rose 0.5% in the second quarter as economists had expected.",
                 [("JPN", 0.5, "2025Q2", "qoq", "actual")], id="a-figure-seen-as-expected"),
    pytest.param("Britain's GDP grew 0.2% in the three months to July.", [("GBR", 0.2, None, "qoq", "actual")],
                 id="three-months-to-a-month-that-ends-no-quarter"),
    pytest.param("Britain's GDP grew 0.2% in the three months to end-June.", [("GBR", 0.2, "2025Q2", "qoq", "actual")],
                 id="three-months-to-end-june"),
]


@pytest.mark.parametrize("sentence,expected", CASES)
def test_gdp_sentences(sentence, expected):
    rows = extract("gdp", "Japan data. " + sentence, published=PUB)
    assert sorted(project(rows, KEYS), key=str) == sorted(expected, key=str)


def test_annualized_inferred_from_quarterly_twin():
    text = ("Spain's economy shrank 2.0 percent in the third quarter. "
            "GDP fell 0.5 percent from the previous quarter.")
    rows = extract("gdp", text, published=PUB)
    assert project(rows, ("change_pct", "basis")) == [(-2.0, "annualized_qoq"), (-0.5, "qoq")]


def test_flat_economy_is_zero():
    rows = extract("gdp", "Japan's economy was flat in the first quarter, with no change from the previous quarter.", published=PUB)
    assert project(rows, ("country", "change_pct", "quote")) == [("JPN", 0.0, "flat")]


@pytest.mark.parametrize("sentence,expected", [
    ("Italy's economy stagnated in the third quarter.", [("ITA", 0.0, "2025Q3", "qoq")]),
    ("On a quarterly basis, Austria's GDP was unchanged, against a 0.3% fall reported earlier.",
     [("AUT", 0.0, None, "qoq"), ("AUT", -0.3, None, "qoq")]),
    ("Exports were flat in May.", []),
    ("Consumer prices were unchanged in June, while the economy grew 0.4%.", [("JPN", 0.4, None, "annual")]),
], ids=["stagnated", "opening-basis-covers-both", "flat-exports-not-gdp", "unchanged-prices-not-gdp"])
def test_changes_of_zero_said_in_words(sentence, expected):
    rows = extract("gdp", "Japan data. " + sentence, published=PUB)
    assert project(rows, ("country", "change_pct", "period", "basis")) == expected


def test_a_figure_right_after_a_gdp_sentence_needs_no_gdp_word():
    # the second sentence names no GDP word: it is read because the one before it was about GDP
    text = "Chile's economy grew 0.8% in the second quarter. It had expanded 0.4% in the first quarter."
    rows = extract("gdp", text, published=PUB)
    assert project(rows, ("country", "change_pct", "period")) == [("CHL", 0.8, "2025Q2"), ("CHL", 0.4, "2025Q1")]


def test_a_figure_with_no_gdp_word_and_no_gdp_sentence_before_is_not_read():
    text = "Chile's copper output rose sharply. It had expanded 0.4% in the first quarter."
    assert extract("gdp", text, published=PUB) == []


def test_economists_expectation_right_after_a_gdp_figure_is_its_consensus():
    text = ("Norway's gross domestic product rose 0.9 pct from the previous quarter in the April-June period. "
            "Economists had expected a 0.6 pct quarterly rise.")
    rows = extract("gdp", text, published=PUB)
    assert project(rows, ("country", "change_pct", "basis", "estimate")) == [
        ("NOR", 0.9, "qoq", "actual"), ("NOR", 0.6, "qoq", "consensus")]


def test_the_figure_is_the_headline_figure_of_the_sentence_before():
    text = ("Sweden's economy grew at an annualized rate of 1.2% in the third quarter, slowing from 2.4% in the second quarter. "
            "The figure topped the median forecast of 0.8%.")
    rows = extract("gdp", text, published=dt.date(2025, 11, 14))  # (after the third quarter: its figure is out)
    assert project(rows, ("change_pct", "period", "basis", "estimate")) == [
        (1.2, "2025Q3", "annualized_qoq", "actual"), (2.4, "2025Q2", "annualized_qoq", "actual"),
        (0.8, "2025Q3", "annualized_qoq", "consensus")]


def test_a_comparison_cue_belongs_to_the_figure_before_it():
    text = "Denmark's GDP rose 0.7 pct in the second quarter from the first quarter and was up 1.9 pct from the same 2024 quarter."
    rows = extract("gdp", text, published=PUB)
    assert project(rows, ("change_pct", "period", "basis")) == [(0.7, "2025Q2", "qoq"), (1.9, "2025Q2", "yoy")]


def test_a_poll_before_a_figure_that_followed_is_not_its_cue():
    text = ("Sweden's GDP shrank an annualised 1.2% in the second quarter. That compared with a median forecast for a 0.8% "
            "contraction in a Reuters poll and followed a revised 1.6% expansion in the first quarter.")
    rows = extract("gdp", text, published=PUB)
    assert project(rows, ("change_pct", "estimate")) == [(-1.2, "actual"), (-0.8, "consensus"), (1.6, "actual")]


def test_economists_who_said_what_growth_will_be_give_the_consensus():
    text = "Economists said India's economy would grow about 6.1% in fiscal 2026, after 6.4% growth in 2024/25."
    rows = extract("gdp", text, published=PUB)
    assert project(rows, ("change_pct", "period", "estimate")) == [(6.1, "2026", "consensus"), (6.4, "2024", "actual")]


def test_an_official_forecast_others_doubt_stays_official():
    text = ("The government has predicted GDP growth of 1.5% in 2026 in its annual report, though several economists have "
            "called that figure too rosy.")
    rows = extract("gdp", "Japan data. " + text, published=PUB)
    assert project(rows, ("change_pct", "estimate")) == [(1.5, "forecast")]


def test_the_figures_a_forecast_was_revised_to_and_from_are_forecasts():
    text = ("Japan's GDP expanded 1.1% in 2024. That missed the cabinet's own forecast, which had been revised down to "
            "1.3% in December from an initial 1.8%.")
    rows = extract("gdp", text, published=PUB)
    assert project(rows, ("change_pct", "estimate")) == [(1.1, "actual"), (1.3, "forecast"), (1.8, "forecast")]


def test_a_figure_without_a_period_takes_the_newest_quarter_not_the_one_compared_with():
    text = ("Chile's economy grew 1.2% in the July-September quarter. It followed a 0.9% rise in April-June. "
            "On a quarter-on-quarter basis, GDP rose 0.3%.")
    rows = extract("gdp", text, published=PUB)
    assert project(rows, ("change_pct", "period")) == [(1.2, "2025Q3"), (0.9, "2025Q2"), (0.3, "2025Q3")]


def test_a_period_named_in_a_lead_without_figures_is_the_period_of_the_figures_after_it():
    text = ("Peru's economy grew faster in the April-June period than first reported, revised data showed.\n\n"
            "Gross domestic product expanded 1.1% from the previous quarter, up from an initial 0.8%.")
    rows = extract("gdp", text, published=PUB)
    assert project(rows, ("country", "change_pct", "period", "basis")) == [("PER", 1.1, "2025Q2", "qoq"), ("PER", 0.8, "2025Q2", "qoq")]


def test_the_current_quarter_is_the_articles_own_quarter_only_for_the_figure_beside_it():
    text = ("Korea's GDP shrank 0.2% in the April-June quarter. "
            "The figure was weaker than a median estimate that it would grow 0.1% and raises the risk of a recession this quarter. "
            "Economists expect growth of 0.4% in the current quarter.")
    rows = extract("gdp", text, published=PUB)
    assert project(rows, ("change_pct", "period", "estimate")) == [(-0.2, "2025Q2", "actual"), (0.1, "2025Q2", "consensus"),
                                                                    (0.4, "2025Q3", "consensus")]


def test_a_modified_figure_anaphor_continues_the_gdp_sentence_before():
    text = ("Poland's GDP grew 0.8% from the previous quarter in April-June. "
            "The first-quarter figure was revised to a 0.6% contraction.")
    rows = extract("gdp", text, published=PUB)
    assert project(rows, ("country", "change_pct")) == [("POL", 0.8), ("POL", -0.6)]


def test_the_same_period_of_an_earlier_year_is_that_years_quarter():
    text = ("Taiwan's GDP grew 6.1 pct year-on-year in the April-June period, "
            "against a 4.2 pct growth in the same 2024 period.")
    rows = extract("gdp", text, published=PUB)
    assert project(rows, ("change_pct", "period", "basis")) == [(6.1, "2025Q2", "yoy"), (4.2, "2024Q2", "yoy")]


def test_the_same_quarter_of_an_earlier_year_as_a_base_is_no_period():
    text = "In the final quarter, Spain's GDP grew 0.7 pct from the quarter before and was 3.3 pct higher than in the same 2024 quarter."
    rows = extract("gdp", text, published=dt.date(2025, 2, 20))
    assert project(rows, ("change_pct", "period", "basis")) == [(0.7, "2024Q4", "qoq"), (3.3, "2024Q4", "yoy")]


def test_a_base_quarter_a_year_before_makes_the_change_year_on_year():
    text = ("Spain's gross domestic product, measured at 2015 prices, rose 2.1 pct in the fourth quarter "
            "compared with the 2023 fourth quarter, and 0.6 pct from the 2024 third quarter.")
    rows = extract("gdp", text, published=dt.date(2025, 2, 20))
    assert project(rows, ("change_pct", "period", "basis")) == [(2.1, "2024Q4", "yoy"), (0.6, "2024Q4", "qoq")]


def test_the_year_earlier_quarter_and_a_year_earlier():
    text = ("Compared with the year-ago quarter, Peru's GDP rose 2.2 pct. "
            "Peru's GDP grew 1.1 pct in the third quarter, after a 0.4 pct fall a year earlier.")
    rows = extract("gdp", text, published=PUB)
    assert project(rows, ("change_pct", "period", "basis"))[0][2] == "yoy"
    assert project(rows, ("change_pct", "period"))[1:] == [(1.1, "2025Q3"), (-0.4, "2024Q3")]


def test_figures_listed_with_an_annual_rate_share_it_and_the_year_is_the_one_reported():
    text = ("Chile's GDP expanded at a seasonally adjusted annual rate of 3.2 pct in the 2024 fourth quarter, against "
            "2.8 pct in the third quarter and 0.9 pct in the 2023 final quarter. "
            "The central bank said growth for the year came to about two pct after a 0.5 pct contraction in 2023.")
    rows = extract("gdp", text, published=dt.date(2025, 3, 10))
    assert project(rows, ("change_pct", "period", "basis")) == [
        (3.2, "2024Q4", "annualized_qoq"), (2.8, "2024Q3", "annualized_qoq"), (0.9, "2023Q4", "annualized_qoq"),
        (2.0, "2024", "annual"), (-0.5, "2023", "annual")]


def test_growth_said_to_be_zero_is_a_flat_change():
    rows = extract("gdp", "Spain's GDP growth in the fourth quarter 2024 was zero compared with the preceding quarter.", published=PUB)
    assert project(rows, ("change_pct", "period", "basis")) == [(0.0, "2024Q4", "qoq")]


@pytest.mark.parametrize("text,expected", [
    ("U.S. GDP rose 2 pct. Moreno said the numbers fit her own forecast of 1.6 pct GNP growth in the first quarter.",
     [(2.0, "actual"), (1.6, "forecast")]),
    ("U.S. GDP rose 2 pct. Ortiz said his preliminary estimate for first quarter growth is about three pct.", [(2.0, "actual"), (3.0, "forecast")]),
    ("The opposition leader pledged to revive Ireland's economy with annual growth of 3.2 pct, against central "
     "bank projections of 1.4 pct.", [(3.2, "forecast"), (1.4, "forecast")]),
], ids=["his-forecast-of-a-past-quarter", "his-estimate", "promise-and-central-bank-predictions"])
def test_someones_forecast_stays_a_forecast(text, expected):
    rows = extract("gdp", text, published=dt.date(1987, 4, 6))
    assert project(rows, ("change_pct", "estimate")) == expected


@pytest.mark.parametrize("text,gdp_figure", [
    ("Britain's GDP grew 0.5 pct. Unit labour costs in industry were rising 1.1 pct, well below last year's growth rate of 6.5 pct.", 0.5),
    ("Thailand's GDP grew 4 pct. Credit from Thai lenders expanded nine pct, up from 4.7 pct growth in the prior quarter.", 4.0),
], ids=["wage-costs", "lending"])
def test_growth_of_a_component_that_changes_is_not_gdp(text, gdp_figure):
    rows = extract("gdp", text, published=PUB)
    assert project(rows, ("change_pct",)) == [(gdp_figure,)]


def test_a_figure_said_to_be_also_that_value_is_another_measure_not_a_twin():
    text = ("Peru's GDP increased 0.9 pct in the October-December quarter, following 0.3 pct growth in July-September. "
            "Measured against the same quarter a year before, GDP also increased 0.9 pct.")
    rows = extract("gdp", text, published=dt.date(2025, 3, 5))
    assert project(rows, ("change_pct", "basis")) == [(0.9, "qoq"), (0.3, "qoq"), (0.9, "yoy")]


def test_a_ranked_appositive_is_not_the_country_and_a_faster_than_figure_shares_the_basis():
    rows = extract("gdp", "Germany's economy, Europe's largest, shrank 0.1% in the second quarter.", published=PUB)
    assert project(rows, ("country", "change_pct")) == [("DEU", -0.1)]
    rows = extract("gdp", "India's economy grew 7.4% year-on-year in the January-March quarter, faster than 6.4% in the "
                          "previous quarter.", published=PUB)
    assert project(rows, ("change_pct", "period", "basis")) == [(7.4, "2025Q1", "yoy"), (6.4, "2024Q4", "yoy")]


def test_the_expected_figure_a_result_beats_has_its_basis():
    rows = extract("gdp", "Japan's economy grew an annualised 1.0% in April-June, beating the median estimate for a 0.4% rise.",
                   published=PUB)
    assert project(rows, ("change_pct", "basis", "estimate")) == [(1.0, "annualized_qoq", "actual"), (0.4, "annualized_qoq", "consensus")]


def test_more_countries_growth_right_after_a_gdp_sentence_and_no_country_for_global_growth():
    text = ("The IMF cut its 2025 global growth forecast to 2.8% from 3.3%. Japan's economy is seen expanding 0.6% in 2025. "
            "The euro zone will grow 0.8%, the fund said, with Germany flat at 0.0% and France at 0.6%.")
    rows = extract("gdp", text, published=dt.date(2025, 4, 22))
    assert project(rows, ("country", "change_pct", "period", "estimate")) == [
        ("JPN", 0.6, "2025", "forecast"), ("DEU", 0.0, "2025", "forecast"), ("FRA", 0.6, "2025", "forecast")]


def test_a_figure_expected_for_a_past_quarter_is_a_forecast():
    rows = extract("gdp", "West German GDP dipped in the first quarter. Still, year-on-year growth is expected at roughly two pct.",
                   published=dt.date(1987, 5, 5))
    assert project(rows, ("country", "period", "change_pct", "estimate")) == [("DEU", "1987Q1", 2.0, "forecast")]


def test_an_aim_and_the_fiscal_year_beginning_next_month():
    rows = extract("gdp", "In January Bonn set itself the aim of real growth in West Germany's Gross National Product of 2.5 pct this year.",
                   published=PUB)
    assert project(rows, ("country", "change_pct", "estimate")) == [("DEU", 2.5, "forecast")]
    rows = extract("gdp", "In the fiscal year that starts next month, Japan's economic growth will recover only to 2.2 pct.",
                   published=dt.date(1987, 3, 10))
    assert project(rows, ("period", "change_pct", "estimate")) == [("1987", 2.2, "forecast")]


def test_a_headline_to_grow_is_a_forecast_and_a_contribution_is_not_growth():
    rows = extract("gdp", "MALAYSIA GDP TO EXPAND FIVE PCT IN SECOND QUARTER", published=dt.date(1987, 4, 10))
    assert project(rows, ("country", "change_pct", "estimate")) == [("MYS", 5.0, "forecast")]
    rows = extract("gdp", "U.S. GDP will grow 2.3 pct this year. Net exports should add 0.6 pct to GNP.", published=PUB)
    assert project(rows, ("change_pct",)) == [(2.3,)]


def test_quarters_to_come_are_forecasts_and_a_later_tie_goes_forward():
    text = ("Jones predicts Brazil's GDP will grow at a slow 0.4 pct pace in the third quarter of 2025, speed up in the "
            "fourth quarter and post a solid 1.3 pct rise in the first quarter.")
    rows = extract("gdp", text, published=dt.date(2025, 7, 10))
    assert project(rows, ("change_pct", "period", "estimate")) == [(0.4, "2025Q3", "forecast"), (1.3, "2026Q1", "forecast")]


def test_a_projection_is_a_forecast_whoever_made_it():
    text = "Egypt's GDP grew 3.8 pct in 2024, short of a projection of 4.2 pct, and the bank sees five pct real GDP growth in 2025."
    rows = extract("gdp", text, published=dt.date(2025, 2, 10))
    assert project(rows, ("change_pct", "estimate")) == [(3.8, "actual"), (4.2, "forecast"), (5.0, "forecast")]


def test_what_analysts_expected_in_a_clause_of_their_own_is_not_the_figure_before():
    text = ("The institute said Austrian GDP growth was expected to be 0.9 pct this year and analysts had expected the "
            "institute's forecast to be lower.")
    rows = extract("gdp", text, published=PUB)
    assert project(rows, ("change_pct", "estimate")) == [(0.9, "forecast")]
    text = "Austrian GDP is seen growing 0.9 pct this year, economists polled by the agency said."
    assert project(extract("gdp", text, published=PUB), ("change_pct", "estimate")) == [(0.9, "consensus")]


@pytest.mark.parametrize("text,expected", [
    ("Sweden's economy contracted at a 0.7% rate in the first quarter.", [(-0.7, "actual")]),
    ("Sweden's economy shrank at an annualized 0.7% pace in the first quarter.", [(-0.7, "actual")]),
    ("Sweden's GDP fell 0.3% in the first quarter, less than the 0.6% drop expected by economists polled by the agency.",
     [(-0.3, "actual"), (-0.6, "consensus")]),
], ids=["contracted-at-a-rate", "shrank-at-an-annualized-pace", "expected-by-economists"])
def test_a_contraction_at_a_rate_is_negative_and_what_economists_expected_is_consensus(text, expected):
    assert project(extract("gdp", text, published=PUB), ("change_pct", "estimate")) == expected


@pytest.mark.parametrize("text,expected", [
    ("The minister said Greek GDP growth would be 1.2 pct this year, compared with the government's original 1.8 pct target.",
     [(1.2, "forecast"), (1.8, "forecast")]),
    ("Finland's GDP grew 0.5 pct last year, below the government's revised 1.2 pct forecast.", [(0.5, "actual"), (1.2, "forecast")]),
], ids=["target-after-the-figure", "forecast-after-the-figure"])
def test_a_figure_that_names_a_target_or_forecast_is_one(text, expected):
    assert project(extract("gdp", text, published=PUB), ("change_pct", "estimate")) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Kenya's economy grew 4.6 pct last year after expanding 5.2 pct the year before.", [(4.6, "2024"), (5.2, "2023")]),
    ("Peru's economy grew 3.1 pct in 2021, after falling 2.4 pct the previous year.", [(3.1, "2021"), (-2.4, "2020")]),
    ("Ghana's GDP expanded 2.9 pct in 2022, compared with 5.1 pct in the preceding year.", [(2.9, "2022"), (5.1, "2021")]),
    ("Norway's GDP rose 0.9 pct in the 2024 second quarter, after 0.2 pct the year before.",
     [(0.9, "2024Q2"), (0.2, "2023Q2")]),
    # "the same as last year": the figure is the sentence's own year's too
    ("Peru's 2025 GDP growth should be about 3.0 pct, the same as last year, the central bank said.", [(3.0, "2025")]),
    # nothing to be before: the year before the article's
    ("Ghana's economy grew 3.3 pct in the previous year, the statistics office said.", [(3.3, "2024")]),
], ids=["the-year-before", "the-previous-year", "the-preceding-year", "a-quarter-the-year-before", "the-same-as-last-year",
        "no-referent"])
def test_the_year_before_is_the_year_before_the_sentences_own(sentence, expected):
    rows = extract("gdp", sentence, published=dt.date(2025, 4, 10))
    assert project(rows, ("change_pct", "period")) == expected


@pytest.mark.parametrize("text,expected", [
    ("Mexico's economy grew at a 1.2% rate in the second quarter, the statistics agency said, revising up its "
     "earlier estimate of 0.9%.", [(1.2, "2025Q2", "actual"), (0.9, "2025Q2", "actual")]),
    ("Canada's GDP is expected to grow 1.1% this year, down from 1.6% in 2024, a Reuters poll showed.",
     [(1.1, "2025", "consensus"), (1.6, "2024", "actual")]),
], ids=["an-earlier-estimate", "a-past-base-in-a-consensus"])
def test_published_figures_beside_expectations_are_actual(text, expected):
    rows = extract("gdp", text, published=dt.date(2025, 9, 25))
    assert project(rows, ("change_pct", "period", "estimate")) == expected


def test_a_quarters_figure_after_a_years_does_not_take_its_annual_basis():
    text = ("Spain's GDP is expected to grow 2.4% this year, after 3.2% in 2024. "
            "Portugal's economy shrank 0.1% in the second quarter from the first, while Greece's economy expanded 0.4%.")
    rows = extract("gdp", text, published=dt.date(2025, 9, 25))
    assert project(rows, ("country", "period", "basis"))[2:] == [("PRT", "2025Q2", "qoq"), ("GRC", "2025Q2", "qoq")]


@pytest.mark.parametrize("text,expected", [
    ("The ministry had forecast in June that Peru's GDP would grow 3.5 pct in 2024.", [(3.5, "2024", "forecast")]),
    ("Peru's GDP grew 2.9 pct in 2024, short of the 3.5 pct the ministry had predicted.",
     [(2.9, "2024", "actual"), (3.5, "2024", "forecast")]),
    ("Peru's GDP grew 3.5 pct in 2024, as the ministry had predicted.", [(3.5, "2024", "actual")]),
], ids=["forecast-that-it-would", "the-figure-someone-predicted", "as-predicted-is-actual"])
def test_a_past_years_figure_someone_forecast_is_a_forecast(text, expected):
    rows = extract("gdp", text, published=dt.date(2025, 3, 1))
    assert project(rows, ("change_pct", "period", "estimate")) == expected


def test_quarters_named_by_their_last_month():
    rows = extract("gdp", "New Zealand's GDP grew 0.8 pct in the quarter to September and 0.5 pct in the June quarter.",
                   published=dt.date(2025, 12, 18))
    assert project(rows, ("change_pct", "period")) == [(0.8, "2025Q3"), (0.5, "2025Q2")]


@pytest.mark.parametrize("text,expected", [
    ("The bank said Latin America's output recovered, with GDP rising about three pct after 2.5 pct in 2023.", []),
    ("Chile's GDP grew 2.6 pct in 2024, among the fastest in Latin America.", [("CHL", 2.6)]),
], ids=["a-region-holding-a-country-name", "a-country-in-a-region"])
def test_a_regions_growth_is_no_countrys(text, expected):
    rows = extract("gdp", text, published=dt.date(2025, 3, 1))
    assert project(rows, ("country", "change_pct")) == expected


def test_a_revision_from_the_initially_reported_figure_shares_its_basis():
    text = "Chile's GDP for April-June was revised to an annualized 2.3% expansion from the initially reported 2.1%."
    rows = extract("gdp", text, published=dt.date(2025, 11, 17))
    assert project(rows, ("change_pct", "basis")) == [(2.3, "annualized_qoq"), (2.1, "annualized_qoq")]


def test_a_fall_with_words_between_verb_and_figure_is_negative_and_a_forecast_keeps_the_forecast_period():
    rows = extract("gdp", "Austria's real GNP fell by a seasonally adjusted 0.4 pct in the first quarter.", published=dt.date(1987, 5, 8))
    assert project(rows, ("change_pct", "period")) == [(-0.4, "1987Q1")]
    text = ("Austria's GNP will grow by around 1.2 pct in real terms this year, down from 1.9 pct in 1986, the institute said. "
            "The institute had forecast growth of 2.1 pct in its autumn report.")
    rows = extract("gdp", text, published=dt.date(1987, 5, 8))
    assert project(rows, ("change_pct", "period", "estimate")) == [
        (1.2, "1987", "forecast"), (1.9, "1986", "actual"), (2.1, "1987", "forecast")]


@pytest.mark.parametrize("text,expected", [
    ("Approval of the government's handling of the Chilean economy also dropped in the poll, to 31 pct from 38 pct.", []),
    ("Seoul aims to bring its foreign debt down to roughly 25 pct of the country's GNP by 1991.", []),
    ("Bankers, miners and other parts of the Peruvian economy warned that the country's growth this year "
     "might fall short of three pct.", [("PER", 3.0)]),
    ("Analysts praised the strength of the Korean economy, which grew 12 pct last year.", [("KOR", 12.0)]),
], ids=["approval-of-the-economys-handling", "debt-to-gnp", "growth-said-after-sectors", "an-economy-that-grew"])
def test_the_economy_as_an_object_and_growth_after_a_component(text, expected):
    rows = extract("gdp", text, published=dt.date(1987, 3, 20))
    assert project(rows, ("country", "change_pct")) == expected


def test_a_verb_ending_in_a_comparison_word_is_no_comparison():
    text = "Economists said Kuwait's oil earnings could recover this year and its gross domestic product could grow by about two pct."
    rows = extract("gdp", text, published=dt.date(1987, 3, 9))
    assert project(rows, ("country", "period", "change_pct")) == [("KWT", "1987", 2.0)]


@pytest.mark.parametrize("text,expected", [
    ("Though Garcia kept her second-quarter forecast of real U.S. GNP growth at 2.7 pct, she lowered "
     "the one for the third quarter.", [("USA", 2.7, "forecast")]),
    ("A report said Peru's gross domestic product could grow five pct in 1987, up from a projection of 3.1 pct for 1986 "
     "and 2.2 pct in 1985.", [("PER", 5.0, "forecast"), ("PER", 3.1, "forecast"), ("PER", 2.2, "actual")]),
    ("The IMF sees growth in developing nations of about four pct, with Central and South America expanding 2.8 pct.", []),
], ids=["a-long-forecast-phrase", "a-figure-past-a-projection", "regions-holding-america"])
def test_forecast_phrases_and_regions(text, expected):
    rows = extract("gdp", text, published=dt.date(1987, 4, 6))
    assert project(rows, ("country", "change_pct", "estimate")) == expected


def test_a_headline_fall_at_an_annualized_rate_is_negative():
    rows = extract("gdp", "Korea's real GDP falls at annualized 0.9% in April-June", published=dt.date(2025, 8, 15))
    assert project(rows, ("change_pct", "basis")) == [(-0.9, "annualized_qoq")]


@pytest.mark.parametrize("text,expected", [
    ("Indonesia's economy grew 5.1% year-on-year in the second quarter, up from 4.9% in the first.",
     [(5.1, "2025Q2", "yoy"), (4.9, "2025Q1", "yoy")]),
    ("India's GDP grew 7.4% in the January-March quarter.", [(7.4, "2025Q1", "yoy")]),
    ("Canada's GDP grew 0.5% in the first quarter and 0.1% in the fourth.", [(0.5, "2025Q1", "qoq"), (0.1, "2024Q4", "qoq")]),
    ("Canada was the first to report, with GDP up 1.5% in 2024.", [(1.5, "2024", "annual")]),
], ids=["the-first-after-a-quarter", "india-yoy-by-default", "the-fourth", "the-first-without-a-quarter"])
def test_a_quarter_left_unsaid_and_the_yoy_headline_countries(text, expected):
    rows = extract("gdp", text, published=dt.date(2025, 8, 29))
    assert project(rows, ("change_pct", "period", "basis")) == expected


@pytest.mark.parametrize("text,expected", [
    ("The IMF sees Japan's GDP growing 2.8 pct in 1987. For the seven, it projects roughly 2.5 pct growth in "
     "1987.", [("JPN", 2.8)]),
    ("Japan's GDP grew 2.5 pct in the seven months to July.", [("JPN", 2.5)]),
], ids=["the-seven-by-number", "the-seven-months-are-a-time"])
def test_the_seven_by_number_is_a_group(text, expected):
    rows = extract("gdp", text, published=dt.date(1987, 4, 6))
    assert project(rows, ("country", "change_pct")) == expected


@pytest.mark.parametrize("text,expected", [
    ("Chile's economy grew 3 pct in 1986 as exports and orders rose.", [("CHL", 3.0, "1986")]),
    ("Chile's economy grew 3 pct in 1986, helped by copper exports.", [("CHL", 3.0, "1986")]),
    ("Chile's economy saw a 0.3 pct gain in May producer prices.", []),
    ("Chilean net exports should lift GNP by 0.4 pct this year, having cut it by 0.9 pct in 1986.", []),
    ("A free trade pact could raise Chile's gross national product by more than four pct.", []),
    ("Chile's economy achieved growth of 4.2 pct last year, against negative growth of two pct in 1984.",
     [("CHL", 4.2, "1986"), ("CHL", -2.0, "1984")]),
    ("Pointing to an 11 pct growth in 1986 group sales, the Chilean mining firm's chief talked about earnings.", []),
], ids=["a-component-in-a-clause-of-its-own", "helped-by", "a-component-after-the-figure", "an-effect-on-gnp",
        "raise-gnp-by", "negative-growth-of", "turnover"])
def test_components_beside_growth_and_effects_on_the_level(text, expected):
    rows = extract("gdp", text, published=dt.date(1987, 3, 9))
    assert project(rows, ("country", "change_pct", "period")) == expected


def test_a_comparisons_base_gives_no_period_to_the_next_sentence():
    text = ("Chile's GDP rose 2.5 pct in 1986. Income-based GDP was up 2.6 pct year-on-year, compared with three pct a "
            "year before. Output-based GDP increased 2.8 pct year-on-year, slower than 3.8 pct in 1985.")
    rows = extract("gdp", text, published=dt.date(1987, 3, 9))
    assert project(rows, ("change_pct", "period"))[-2:] == [(2.8, "1986"), (3.8, "1985")]


@pytest.mark.parametrize("sentence,expected", [
    ("The minister said Italy's GDP grew 2.7 pct last year, against an initial 1987 target of 3.0 pct.",
     [("ITA", 2.7, "1987", "annual", "actual"), ("ITA", 3.0, "1987", "annual", "forecast")]),
    ("To sustain growth of about three pct, Spain's economy would have needed exports to rise in the first quarter.",
     [("ESP", 3.0, "1988Q1", "qoq", "forecast")]),
], ids=["a-target-of-is-a-forecast", "growth-to-sustain-is-an-aim"])
def test_targets_and_aims_are_forecasts_even_for_a_past_period(sentence, expected):
    rows = extract("gdp", sentence, published=dt.date(1988, 5, 10))
    assert project(rows, KEYS) == expected


def test_flat_economies_of_two_countries_and_a_contraction_in_a_poll():
    text = ("Austria's economy expanded 0.4% quarter-on-quarter in the second quarter, while Belgium's was flat and "
            "Portugal's stagnated. The reading compared with a median forecast of a 0.2% contraction in a poll of economists.")
    rows = extract("gdp", text, published=dt.date(2025, 8, 1))
    assert project(rows, ("country", "change_pct", "estimate")) == [
        ("AUT", 0.4, "actual"), ("BEL", 0.0, "actual"), ("PRT", 0.0, "actual"), ("PRT", -0.2, "consensus")]


@pytest.mark.parametrize("text,expected", [
    ("Spain's GDP rose a provisional 0.7 pct in the second quarter of 1988, after a 0.5 pct rise in the first, the institute said.",
     [("ESP", 0.7, "1988Q2", "qoq", "actual"), ("ESP", 0.5, "1988Q1", "qoq", "actual")]),
    ("Spain's GDP rose 0.7 pct in the second quarter of 1988. Compared with the second quarter of 1987, GDP was 3.1 pct higher.",
     [("ESP", 0.7, "1988Q2", "qoq", "actual"), ("ESP", 3.1, "1988Q2", "yoy", "actual")]),
    ("Spain's GDP was 3.1 pct higher in real terms in 1987 than in 1986.", [("ESP", 3.1, "1987", "annual", "actual")]),
], ids=["a-rise-in-the-first-is-a-quarter", "a-base-quarter-opening-the-sentence", "than-in-a-year-is-a-base"])
def test_quarters_and_bases_in_1980s_wire_style(text, expected):
    rows = extract("gdp", text, published=dt.date(1988, 9, 20))
    assert project(rows, KEYS) == expected


def test_economists_named_with_a_hyphenated_word_are_the_consensus():
    text = ("Japan's real GDP grew an annualized 0.5% in the July-September period, weaker than the 1.1% growth forecast "
            "by private-sector economists.")
    rows = extract("gdp", text, published=dt.date(2024, 11, 18))
    assert project(rows, ("change_pct", "estimate")) == [(0.5, "actual"), (1.1, "consensus")]


@pytest.mark.parametrize("text,expected", [
    ("Finland's GDP fell an annualized 1.6% in the third quarter, a smaller drop than the 2.2% contraction economists "
     "had predicted, after revised growth of 1.9% in the second quarter.",
     [(-1.6, "actual"), (-2.2, "consensus"), (1.9, "actual")]),
    ("Analysts expect Finland's economy to grow 0.4% this quarter, after 0.2% in the second quarter.",
     [(0.4, "consensus"), (0.2, "actual")]),
    ("The central bank cut its forecast for Finland's 2025 GDP growth to 0.5% from 0.9%.",
     [(0.5, "forecast"), (0.9, "forecast")]),
], ids=["consensus-cue-after-a-figure-set-against-it", "what-analysts-expect-is-not-the-base-after",
        "a-cue-before-both-figures-is-both"])
def test_a_forecasters_cue_belongs_to_its_own_figure(text, expected):
    rows = extract("gdp", text, published=dt.date(2025, 11, 14))
    assert project(rows, ("change_pct", "estimate")) == expected


@pytest.mark.parametrize("text,expected", [
    ("Sweden's GDP fell an annualized 1.2% in the third quarter. On a quarterly basis, output contracted 0.3%.",
     [(-1.2, "2025Q3", "annualized_qoq"), (-0.3, "2025Q3", "qoq")]),
    ("Sweden's GDP fell an annualized 1.2% in the third quarter. Industrial output contracted 0.3%.",
     [(-1.2, "2025Q3", "annualized_qoq")]),
    ("The Riksbank expects Sweden's economy to grow 1.1% in 2025 and 2.4% in the following year.",
     [(1.1, "2025", "annual"), (2.4, "2026", "annual")]),
    ("Sweden's GDP fell an annualized 1.2% in the third quarter. Compared with the third quarter of 2024, output was unchanged.",
     [(-1.2, "2025Q3", "annualized_qoq"), (0.0, "2025Q3", "yoy")]),
], ids=["bare-output-right-after-a-gdp-sentence", "industrial-output-is-not", "the-following-year", "output-unchanged-after-a-base"])
def test_bare_output_after_a_gdp_sentence_and_the_following_year(text, expected):
    rows = extract("gdp", text, published=dt.date(2025, 11, 14))
    assert project(rows, ("change_pct", "period", "basis")) == expected


@pytest.mark.parametrize("text,expected", [
    ("Mexico's GDP grew 1.9 pct in 1986, down from 1985's 2.7 pct.", [(1.9, "1986"), (2.7, "1985")]),
    ("Officials said the peso's fall helped Mexico recover from its 3.8 pct GDP decline in 1986.", [(-3.8, "1986")]),
    ("Although exports will add 0.4 pct to Mexican GDP this year, investment will contribute 0.9 pct less to GDP "
     "than it did last year.", []),
], ids=["a-years-own-figure", "a-decline-named-after-the-gdp-word", "contributions-are-not-growth"])
def test_a_years_possessive_a_decline_after_gdp_and_contributions(text, expected):
    rows = extract("gdp", text, published=dt.date(1987, 5, 4))
    assert project(rows, ("change_pct", "period")) == expected


def test_a_headline_figure_takes_the_period_of_the_same_figure_in_the_body():
    text = ("Korea's economy shrinks 0.3% as chip exports slump\n\n"
            "South Korea's real gross domestic product shrank an annualized 0.3% in the April-June quarter, the central bank said.")
    rows = extract("gdp", text, published=dt.date(2025, 7, 24))
    assert project(rows, KEYS) == [("KOR", -0.3, "2025Q2", "annualized_qoq", "actual")] * 2


def test_a_figure_inside_a_which_aside_reads_the_aside():
    text = ("Italy's gross domestic product growth is slowing, officials say. The Commission, which cut its growth forecast "
            "for Italy to two per cent from three per cent, said Rome had room to act.")
    rows = extract("gdp", text, published=dt.date(1987, 3, 20))
    assert project(rows, ("country", "change_pct", "estimate")) == [("ITA", 2.0, "forecast"), ("ITA", 3.0, "forecast")]


def test_what_a_budget_foresaw_is_a_forecast():
    rows = extract("gdp", "The budget unveiled on Monday foresaw Irish GDP growth in 1987 of 2.5 pct.", published=dt.date(1987, 3, 20))
    assert project(rows, ("country", "change_pct", "estimate")) == [("IRL", 2.5, "forecast")]


def test_an_earlier_estimate_and_the_median_set_against_a_figure_share_its_basis():
    text = ("Finland's gross domestic product contracted an annualized 0.4% in January-March, compared with a preliminary "
            "estimate of a 1.1% contraction and a median forecast for a 0.9% fall.")
    rows = extract("gdp", text, published=dt.date(2025, 6, 9))
    assert project(rows, ("change_pct", "basis", "estimate")) == [
        (-0.4, "annualized_qoq", "actual"), (-1.1, "annualized_qoq", "actual"), (-0.9, "annualized_qoq", "consensus")]


@pytest.mark.parametrize("text,expected", [
    ("Finland's GNP rose 2.5 pct in 1986. Last year's performance was the worst since 1975, when GNP fell 1.2 pct.",
     [(2.5, "1986", "actual"), (-1.2, "1975", "actual")]),
    ("Chile's new budget is intended to make gross domestic product grow by at least four pct in 1987.",
     [(4.0, "1987", "forecast")]),
    ("Finland's GDP growth slowed. Officials called for support for growth, saying the top rate of income tax should "
     "be brought down to 45 pct.", []),
], ids=["the-year-of-a-when-clause", "what-a-budget-is-intended-to-make", "a-tax-rate-is-not-growth"])
def test_a_when_clause_a_budget_aim_and_a_tax_rate(text, expected):
    rows = extract("gdp", text, published=dt.date(1987, 3, 12))
    assert project(rows, ("change_pct", "period", "estimate")) == expected


@pytest.mark.parametrize("text,expected", [
    ("Credit for Canada's farm sector, the backbone of the local economy, climbed 12.4 pct after falling "
     "four pct in 1985.", []),
    ("Growth of Spain's domestic economy slowed to 2.1 pct in 1986.", [("ESP", 2.1)]),
    ("Spain's central bank said broad money grew 13 pct in 1986. Its target band for growth in that "
     "aggregate this year is 7 to 10 pct, against 11.8 pct last year. Real gross domestic product expanded three pct "
     "in 1986, the governor said.", [("ESP", 3.0)]),
    ("Japan's economy grew 2.5 pct in 1986. Growth in that year compared with 4.1 pct in 1985.", [("JPN", 2.5), ("JPN", 4.1)]),
], ids=["an-economy-in-an-appositive-is-not-the-subject", "growth-of-the-domestic-economy",
        "growth-in-this-aggregate-is-what-was-named-before", "growth-in-that-year-is-still-growth"])
def test_an_economy_named_in_passing_and_growth_of_something_named_before(text, expected):
    rows = extract("gdp", text, published=dt.date(1987, 3, 20))
    assert project(rows, ("country", "change_pct")) == expected


@pytest.mark.parametrize("text,expected", [
    ("Malaysia's GDP is expected to grow by two pct in 1987, compared with a forecast of one pct issued by the Treasury "
     "in October.", [(2.0, "forecast"), (1.0, "forecast")]),
    ("Norway's GDP is expected to grow by two pct in 1987, against a forecast of 2.5 pct from the central bank.",
     [(2.0, "forecast"), (2.5, "forecast")]),
    ("Malaysia's GDP grew 1.2 pct in the fourth quarter, beating forecasts of 0.8 pct by economists.",
     [(1.2, "actual"), (0.8, "consensus")]),
], ids=["issued-by-the-treasury", "from-the-central-bank", "by-economists-is-the-consensus"])
def test_an_official_forecast_set_against_a_figure_is_a_forecast_not_the_consensus(text, expected):
    rows = extract("gdp", text, published=dt.date(1987, 3, 26))
    assert project(rows, ("change_pct", "estimate")) == expected


@pytest.mark.parametrize("text,period", [
    ("The bank said West Germany's economy should expand at an average real rate of 2.2 pct a year from now until the "
     "end of 1991.", None),
    ("Growth will pick up later, producing a 2.5 pct increase in Austria's GDP on average for the five-year period.", None),
    ("Italy's GDP is forecast to grow two pct for the next few years.", None),
    ("Sweden's GDP will grow 2.1 pct annually in 1987-1990.", None),
    ("Italy's GDP grew 2.7 pct in 1986, the fastest rate in the past five years.", "1986"),
    ("Japan's GDP is expected to grow 3.5 pct in fiscal 1987-88.", "1987"),
], ids=["between-now-and-the-end-of", "the-five-year-period", "the-next-few-years", "a-span-of-years",
        "a-year-then-a-comparison-with-past-years", "a-fiscal-year"])
def test_a_rate_held_over_several_years_has_no_period(text, period):
    rows = extract("gdp", text, published=dt.date(1987, 3, 26))
    assert project(rows, ("period",)) == [(period,)]


@pytest.mark.parametrize("text,expected", [
    ("SPANISH 2.4 PCT GROWTH AVERAGE SEEN TO 1992", [(None, "forecast")]),
    ("Ireland's GNP growth averaged 2.4 pct a year in 1980-86, the institute said.", [(None, "actual")]),
    ("The ministry said Japan's GNP would grow two pct a year over the eight years to 1994. Under another scenario "
     "Japan's GNP growth would be 3.5 pct a year.", [(None, "forecast"), (None, "forecast")]),
    ("Brazil's GDP was 1.6 pct above the level reached in 1980 before the recession of 1981-1983.", [("1980", "actual")]),
    ("Pakistan's GDP grew at an average six pct in fiscal years 1984/85 and 1985/86.", [(None, "actual")]),
    ("Pakistan's GDP grew six pct in fiscal 1985/86.", [("1985", "actual")]),
], ids=["average-seen-to-a-year", "a-past-span-is-actual", "a-scenario-is-a-forecast", "a-year-before-another-span",
        "two-fiscal-years", "one-fiscal-year"])
def test_a_rate_over_several_years_is_forecast_or_actual_by_the_spans_last_year(text, expected):
    rows = extract("gdp", text, published=dt.date(1987, 3, 26))
    assert project(rows, ("period", "estimate")) == expected


@pytest.mark.parametrize("text,expected", [
    ("Norway's GDP grew 1.9 pct in 1986 after a 0.7 pct shrinkage in 1985.", [(1.9, "actual"), (-0.7, "actual")]),
    ("Korea's trade surplus grew, while government economists see GNP growing eight pct this year.", [(8.0, "forecast")]),
    ("Korea's GNP grew 12 pct in 1986. Economists see GNP growing eight pct this year.", [(12.0, "actual"), (8.0, "consensus")]),
], ids=["a-shrinkage-is-a-fall", "government-economists-forecast", "economists-are-the-consensus"])
def test_a_shrinkage_and_government_economists(text, expected):
    rows = extract("gdp", text, published=dt.date(1987, 3, 8))
    assert project(rows, ("change_pct", "estimate")) == expected


def test_a_base_quarter_of_an_earlier_year_is_no_period_and_the_euro_countries_are_a_group():
    text = ("The euro zone economy did not grow in the final quarter of 2024, as Austria's economy shrank 0.3%. "
            "Compared with the same quarter of 2023, GDP in the 20 countries sharing the euro was up 1.1%. "
            "Portugal's economy grew 0.6% in the quarter.")
    rows = extract("gdp", text, published=dt.date(2025, 2, 14))
    assert project(rows, ("country", "period", "change_pct", "basis")) == [
        ("AUT", "2024Q4", -0.3, "qoq"), ("PRT", "2024Q4", 0.6, "qoq")]


def test_a_revised_figure_that_follows_one_at_an_annual_rate_shares_its_basis():
    text = ("Sweden's gross domestic product grew at an annualised pace of 1.4% in the second quarter, beating the median "
            "forecast for a 0.8% gain and following a downwardly revised 0.2% rise in January-March.")
    rows = extract("gdp", text, published=dt.date(2025, 8, 15))
    assert project(rows, ("period", "change_pct", "basis", "estimate")) == [
        ("2025Q2", 1.4, "annualized_qoq", "actual"), ("2025Q2", 0.8, "annualized_qoq", "consensus"),
        ("2025Q1", 0.2, "annualized_qoq", "actual")]


@pytest.mark.parametrize("text,expected", [
    ("On a quarterly basis, Chile's economy contracted a seasonally adjusted 0.5%, compared with a forecast 0.2% decline.",
     [(-0.5, "qoq", "actual"), (-0.2, "qoq", "consensus")]),
    ("Chile's economy contracted 0.5% on the quarter, compared with an expected 0.2% decline.",
     [(-0.5, "qoq", "actual"), (-0.2, "qoq", "consensus")]),
    ("Chile's economy shrank by an annualised 1.6% in the first quarter. That translated into a quarter-on-quarter fall "
     "of 0.4%, versus a flat reading forecast in a Reuters poll.", [(-1.6, "annualized_qoq", "actual"), (-0.4, "qoq", "actual")]),
    ("Norway's economy shrank by an annualised 1.1% in the January-March quarter, data showed on Friday, a sharper "
     "decline than the 0.4% contraction expected by economists.",
     [(-1.1, "annualized_qoq", "actual"), (-0.4, "annualized_qoq", "consensus")]),
], ids=["a-forecast-figure", "an-expected-figure", "the-poll-of-a-reading-set-against-it", "a-sharper-decline-than"])
def test_what_a_figure_is_set_against_is_the_consensus_not_the_figure(text, expected):
    rows = extract("gdp", text, published=dt.date(2025, 5, 16))
    assert project(rows, ("change_pct", "basis", "estimate")) == expected


@pytest.mark.parametrize("text,expected", [
    ("The central bank said Kenya's gross domestic product should grow between 1.5 and two pct in 1987, after one pct in "
     "1986. That compares with a 2.5 pct GDP growth forecast the Treasury issued last October.",
     [("1986", 1.0, "actual"), ("1987", 2.5, "forecast")]),
], ids=["when-a-forecast-was-made-is-not-its-period"])
def test_the_time_a_forecast_was_made_and_a_range_forecast(text, expected):
    rows = extract("gdp", text, published=dt.date(1987, 3, 26))
    assert project(rows, ("period", "change_pct", "estimate")) == expected


def test_a_contribution_named_before_a_figure_is_not_growth():
    text = ("Portugal's real GDP grew four pct in 1986. For 1987 the plan is equal real GDP growth but a smaller "
            "domestic contribution of 5.5 pct, with the drag from the external sector cut to 1.5 pct.")
    rows = extract("gdp", text, published=dt.date(1987, 4, 3))
    assert project(rows, ("change_pct", "period")) == [(4.0, "1986")]


@pytest.mark.parametrize("text,expected", [
    ("Chile's economy will recover next year, the IMF said. It sees slower growth for Peru, hit by floods in the north. "
     "The country's economy shrank 0.8 pct last year and will grow 1.2 pct this year.",
     [("PER", -0.8), ("PER", 1.2)]),
    ("Japan sold more cars to the United States in March. The country's economy grew 0.4 pct in the first quarter.",
     [("JPN", 0.4)]),
], ids=["the-country-named-last", "not-a-partner"])
def test_the_countrys_economy_is_the_country_named_last(text, expected):
    rows = extract("gdp", text, published=dt.date(1987, 6, 18))
    assert project(rows, ("country", "change_pct")) == expected


def test_a_quarter_followed_by_this_year_is_this_years():
    rows = extract("gdp", "Malaysia's economy will expand four pct in the first quarter and 4.5 pct in the third quarter this "
                   "year, the minister said.", published=dt.date(1987, 3, 25))
    assert project(rows, ("period", "change_pct", "estimate")) == [("1987Q1", 4.0, "forecast"), ("1987Q3", 4.5, "forecast")]


def test_growth_set_against_a_balance_sheets_is_not_gdp():
    rows = extract("gdp", "Austria's economy grew 1.5 pct. The bank's balance sheet total rose six pct to 150 billion "
                   "schillings against 7.4 pct growth in 1985.", published=dt.date(1987, 3, 18))
    assert project(rows, ("change_pct",)) == [(1.5,)]


@pytest.mark.parametrize("text,published,expected", [
    ("Analysts put Norway's economic growth in 1987 at about 1.8 pct, provided oil prices hold.", dt.date(1987, 4, 5),
     [("1987", 1.8, "forecast")]),
    ("Canada's economy has room for some 2.5 pct GNP growth over the whole of 1987, the board believes.", dt.date(1987, 3, 3),
     [("1987", 2.5, "forecast")]),
    ("Norway's economy grew 2.1 pct in 1987, the statistics bureau estimated.", dt.date(1987, 12, 21), [("1987", 2.1, "actual")]),
    ("Taiwan's GNP grew 11.3 pct between the first quarters of 1987 and 1986, the statistics office said.", dt.date(1987, 6, 18),
     [("1987Q1", 11.3, "actual")]),
], ids=["a-year-under-way", "over-the-whole-year", "in-the-years-last-month", "between-the-first-quarters-of-two-years"])
def test_a_year_still_under_way_has_no_result_yet(text, published, expected):
    rows = extract("gdp", text, published=published)
    assert project(rows, ("period", "change_pct", "estimate")) == expected


def test_figures_then_respectively_take_the_times_in_order():
    rows = extract("gdp", "Malaysia's GDP grew 4.1 pct in the fourth quarter. That compared with a 2.2 pct fall and 0.8 pct "
                   "growth, respectively, in the first and second quarters of 1985.", published=dt.date(1987, 3, 25))
    assert project(rows, ("period", "change_pct"))[1:] == [("1985Q1", -2.2), ("1985Q2", 0.8)]


def test_the_forecast_a_change_just_seen_is_set_against_is_of_that_year():
    text = ("Canada's GDP grew 3.1 pct in 1986. \"The economy can manage about 2 pct growth in 1987,\" an economist said. "
            "The rise in GDP fell short of the 3.4 pct increase forecast by the finance minister last month.")
    rows = extract("gdp", text, published=dt.date(1987, 3, 3))
    assert project(rows, ("period", "change_pct", "estimate")) == [
        ("1986", 3.1, "actual"), ("1987", 2.0, "forecast"), ("1986", 3.4, "forecast")]


def test_the_first_reading_of_a_revised_figure_is_of_the_same_quarter():
    rows = extract("gdp", "France's GDP rose 0.4% in the third quarter from the second, the institute said, revising the second "
                   "quarter to a 0.2% gain from an initial 0.3% rise.", published=dt.date(2024, 10, 30))
    assert project(rows, ("period", "change_pct")) == [("2024Q3", 0.4), ("2024Q2", 0.2), ("2024Q2", 0.3)]


def test_what_forecasters_had_expected_a_sentence_later_is_the_consensus():
    text = ("Austria's GDP shrank 0.2% in the third quarter from the second. The government expects a return to growth next "
            "year. Economists surveyed by Bloomberg had predicted a 0.1% quarterly decline.")
    rows = extract("gdp", text, published=dt.date(2024, 10, 30))
    assert project(rows, ("period", "change_pct", "estimate")) == [("2024Q3", -0.2, "actual"), ("2024Q3", -0.1, "consensus")]


def test_an_economy_after_any_or_a_is_the_object_of_its_preposition():
    text = ("Tokyo set a 24% duty on U.S. beef, one of the highest rates levied on any major economy and well above the 12% "
            "it charges Australia.")
    assert extract("gdp", text, published=dt.date(2025, 8, 1)) == []


@pytest.mark.parametrize("text", [
    "The Canadian finance ministry said foreign economic growth should slow to 2.2 pct next year.",
    "Ottawa expects growth in Canada's trading partners of about 2.5 pct this year.",
], ids=["foreign-growth", "trading-partners"])
def test_growth_abroad_told_from_one_country_is_no_countrys(text):
    assert extract("gdp", text, published=dt.date(1987, 6, 2)) == []


def test_a_poll_the_figure_just_told_matched_is_not_the_cue_of_the_figure_it_followed():
    text = ("Vietnam's economy grew 7.1% in the third quarter from a year earlier. The reading beat forecasts in a Reuters "
            "poll and followed 6.9% growth in the second quarter.")
    rows = extract("gdp", text, published=dt.date(2025, 10, 6))
    assert project(rows, ("change_pct", "period", "estimate")) == [(7.1, "2025Q3", "actual"), (6.9, "2025Q2", "actual")]


def test_a_headline_figure_that_beats_forecasts_is_actual():
    text = "Thailand's growth beats forecasts at 3.1% in April-June quarter\n\nThe economy grew 3.1% from a year earlier."
    rows = extract("gdp", text, published=dt.date(2025, 8, 18))
    assert project(rows, ("country", "change_pct", "estimate")) == [("THA", 3.1, "actual"), ("THA", 3.1, "actual")]


def test_an_apposition_restating_the_quarter_gives_no_period_and_a_beaten_forecast_is_the_quarters():
    text = ("Bangladesh's economy grew 5.2% year-on-year in the July-September quarter, the first quarter of the 2025/26 "
            "fiscal year, outpacing the 4.9% growth economists had predicted, data showed.")
    rows = extract("gdp", text, published=dt.date(2025, 11, 28))
    assert project(rows, ("change_pct", "period", "basis", "estimate")) == [
        (5.2, "2025Q3", "yoy", "actual"), (4.9, "2025Q3", "yoy", "consensus")]


@pytest.mark.parametrize("text,expected", [
    ("India's economy grew 7.1% year-on-year in the April-June quarter. The central bank projects growth of 6.4% for the "
     "full fiscal year.", [(7.1, "2025Q2", "actual"), (6.4, "2025", "forecast")]),
    ("India's economy grew 7.1% year-on-year in the January-March quarter. Growth for the full fiscal year was 6.4%.",
     [(7.1, "2025Q1", "actual"), (6.4, "2024", "actual")]),
], ids=["after-a-later-quarter", "after-january-march"])
def test_the_full_fiscal_year_is_the_april_march_year_of_the_quarter_reported(text, expected):
    rows = extract("gdp", text, published=dt.date(2025, 8, 29))
    assert project(rows, ("change_pct", "period", "estimate")) == expected


def test_a_story_that_came_through_in_lower_case_names_its_countries():
    text = ("FINANCE MINISTER SEES FASTER GROWTH\n\n"
            "finance minister ana lopes told parliament last night that portugal's gross domestic product grew 3.2 pct "
            "last year, and that the government expects growth of about four pct "
            "this year. she said the budget deficit would be cut to six pct of gdp by 1989 from nearly nine pct, and that "
            "inflation should slow to eight pct.\n")
    rows = extract("gdp", text, published=dt.date(1987, 4, 2))
    assert project(rows, ("country", "period", "change_pct", "estimate")) == [
        ("PRT", "1986", 3.2, "actual"), ("PRT", "1987", 4.0, "forecast")]


def test_only_a_story_with_hardly_a_capital_is_read_as_lowercased():
    from etl.context import lowercased

    story = "HEADLINE IN CAPITALS\n\n" + "the minister said growth in the region would pick up next year. " * 5
    assert lowercased(story)
    assert not lowercased(story.replace("the minister", "The Minister"))  # ten capitals in 320 letters
    assert not lowercased("HEADLINE\n\nshort text.")


@pytest.mark.parametrize("text,published,estimate", [
    ("A Fed model puts U.S. third-quarter GDP growth at a 3.1% annual rate.", dt.date(2025, 9, 20), "forecast"),
    ("A Fed model puts U.S. third-quarter GDP growth at a 3.1% annual rate.", dt.date(2025, 10, 20), "actual"),  # (a guard)
], ids=["quarter-under-way", "quarter-ended"])
def test_a_figure_for_the_quarter_under_way_is_no_result_yet(text, published, estimate):
    rows = extract("gdp", text, published=published)
    assert project(rows, ("period", "estimate")) == [("2025Q3", estimate)]


def test_the_government_that_forecasts_is_the_articles_countrys_not_the_last_named():
    text = ("Austria's economy grew 0.3% in the third quarter. Hungary's shrank 0.1% on the quarter. "
            "The government expects growth of 0.8% this year.")
    rows = extract("gdp", text, published=dt.date(2025, 10, 30))
    assert project(rows, ("country", "change_pct", "estimate"))[-1] == ("AUT", 0.8, "forecast")


def test_countries_listed_after_a_figure_share_its_basis():
    text = ("Austria's economy grew 0.4% on the year in the third quarter. "
            "The euro zone as a whole grew 0.1% on the quarter, with Belgium expanding 0.3% and Portugal 0.2%.")
    rows = extract("gdp", text, published=dt.date(2025, 10, 30))
    assert project(rows, ("country", "change_pct", "basis"))[-2:] == [("BEL", 0.3, "qoq"), ("PRT", 0.2, "qoq")]


def test_a_forecast_set_beside_an_annualized_figure_has_its_basis():
    text = ("Peru's gross domestic product grew at an annualized rate of 2.0 percent in the second quarter, well above the "
            "1.1 percent median estimate of economists.")
    rows = extract("gdp", text, published=dt.date(2025, 8, 15))
    assert project(rows, ("change_pct", "basis", "estimate")) == [
        (2.0, "annualized_qoq", "actual"), (1.1, "annualized_qoq", "consensus")]


def test_a_forecast_after_a_figure_compared_with_is_of_the_figure_the_anaphor_stands_for():
    text = ("Peru's economy grew at a 4.1% annual rate in the third quarter. That was up from 2.9% in the April-June "
            "quarter and well ahead of the 2.5% economists had forecast.")
    rows = extract("gdp", text, published=dt.date(2025, 11, 20))
    assert project(rows, ("change_pct", "period", "estimate")) == [
        (4.1, "2025Q3", "actual"), (2.9, "2025Q2", "actual"), (2.5, "2025Q3", "consensus")]


def test_higher_than_a_year_earlier_is_year_on_year():
    text = "Ireland's gross domestic product rose 1.1 pct in the fourth quarter, and was 3.4 pct higher than a year earlier."
    rows = extract("gdp", text, published=dt.date(1987, 3, 20))
    assert project(rows, ("change_pct", "basis")) == [(1.1, "qoq"), (3.4, "yoy")]


@pytest.mark.parametrize("text,expected", [
    ("Denmark's planners expect consumer prices to fall 1.2 pct at a GDP growth rate of 1.8 pct in 1987.", [1.8]),
    ("Finland's institute sees wages climbing 4 pct with GNP growth of 2.5 pct next year.", [2.5]),
    ("Finland's institute sees 2.5 pct GNP growth next year.", [2.5]),  # (a guard)
], ids=["at-a-growth-rate", "with-growth-of", "growth-right-after"])
def test_a_figure_said_at_or_with_a_growth_rate_is_not_that_growth(text, expected):
    rows = extract("gdp", text, published=dt.date(1987, 3, 20))
    assert [r["change_pct"] for r in rows] == expected


@pytest.mark.parametrize("text,expected", [
    ("Canada's gross domestic product grew 0.4 pct, seasonally adjusted, in June after a 0.2 pct decline in May.", []),
    ("Canada's GDP slipped 0.1% in March and 0.2% in February, the agency said.", []),
    ("Canada's GDP fell 0.3 pct and 0.1 pct in April and March.", []),
    ("Canada's GDP grew 0.9 pct in the three months to June.", [(0.9, "1987Q2")]),  # (a guard)
    ("Canada's economy grew 3.1 pct in 1986, the agency said in March.", [(3.1, "1986")]),  # (a guard)
], ids=["month-after-aside", "two-months", "listed-months", "three-months-to", "year-said-in-a-month"])
def test_a_months_change_is_not_a_quarter_or_years(text, expected):
    rows = extract("gdp", text, published=dt.date(1987, 7, 30))
    assert project(rows, ("change_pct", "period")) == expected


@pytest.mark.parametrize("text,expected", [
    ("Sweden's GDP shrank at an annualized pace of 1.9% in the third quarter, worse than the preliminary reading of a "
     "1.2% fall and the 1.5% drop analysts had predicted.", ["actual", "actual", "consensus"]),
    ("Sweden's GDP grew 0.8% in the third quarter, revised from a flash 0.6% that economists had expected to stand.",
     ["actual", "actual"]),
], ids=["preliminary-reading-of", "revised-from-a-flash"])
def test_a_first_reading_is_a_published_figure_not_an_expectation(text, expected):
    rows = extract("gdp", text, published=dt.date(2025, 12, 8))
    assert [r["estimate"] for r in rows] == expected


@pytest.mark.parametrize("text,expected", [
    ("Norway's GDP fell 0.3% in the third quarter. The fall ended a run of four quarters of growth. "
     "Output in April-June grew a revised 0.5%.", [(-0.3, "2025Q3"), (0.5, "2025Q2")]),
    ("Norway's GDP fell 0.3% in the third quarter. Output in the second quarter rose 0.4%.", [(-0.3, "2025Q3"), (0.4, "2025Q2")]),
    ("Norway's GDP fell 0.3% in the third quarter. Oil prices slid 4% in the period. Output in April-June grew 0.5%.",
     [(-0.3, "2025Q3")]),  # (a guard: the sentence between speaks of something else)
], ids=["a-sentence-of-growth-between", "time-between-subject-and-verb", "another-topic-between"])
def test_bare_output_with_its_time_first_continues_the_gdp_story(text, expected):
    rows = extract("gdp", text, published=dt.date(2025, 11, 14))
    assert project(rows, ("change_pct", "period")) == expected


@pytest.mark.parametrize("text,expected", [
    ("Finland's gross domestic product fell 0.4% from the previous quarter, according to preliminary data from the "
     "statistics office, or an annualized 1.6%.", [-0.4, -1.6]),
    ("Finland's gross domestic product rose 0.4% from the previous quarter, according to preliminary data from the "
     "statistics office, or an annualized 1.6%.", [0.4, 1.6]),  # (a guard)
], ids=["a-fall-restated-after-an-aside", "a-rise-restated"])
def test_a_fall_said_again_on_another_basis_after_a_long_gap_is_negative(text, expected):
    rows = extract("gdp", text, published=dt.date(2025, 5, 16))
    assert [r["change_pct"] for r in rows] == expected


@pytest.mark.parametrize("text,expected", [
    ("Sweden's economy grew 0.5% in the second quarter. In May alone, output rose 0.2%.", [0.5]),
    ("Sweden's economy grew 0.5% in the second quarter. In May, GDP was up 1.1% from a year earlier.", [0.5]),
    ("Sweden's economy grew 0.5% in the second quarter. In 2024, GDP rose 0.9%.", [0.5, 0.9]),  # (a guard: a year)
], ids=["a-month-alone", "a-month-against-a-year-earlier", "a-year-leads"])
def test_a_sentence_led_by_a_month_tells_that_months_change(text, expected):
    rows = extract("gdp", text, published=dt.date(2025, 8, 14))
    assert [r["change_pct"] for r in rows] == expected


@pytest.mark.parametrize("sentence", [
    "Compared with the same quarter last year, GDP was 1.6% higher.",
    "GDP was 1.6% higher than in the same quarter of 2024.",
    "GDP was 1.6% higher than in the same period of the previous year.",
], ids=["compared-with-the-same-quarter-last-year", "than-in-the-same-quarter-of-a-year", "the-same-period-of-the-previous-year"])
def test_the_same_quarter_a_year_before_is_a_yoy_change_of_the_quarter_told(sentence):
    rows = extract("gdp", "Sweden's economy grew 0.5% in the second quarter. " + sentence, published=dt.date(2025, 8, 14))
    assert project(rows, ("period", "change_pct", "basis"))[-1] == ("2025Q2", 1.6, "yoy")


@pytest.mark.parametrize("text,expected", [
    ("ACME CORP <ACM> SEES REBOUND\n\nThe rebound reflects new products rather than economic growth or U.S. capital spending, "
     "an analyst said. Although expanding 18.5 pct during Acme's weak 1986, growth will fall to 2.5 pct in 1987, he said. "
     "New models will lead to 12.5 pct growth in 1988.", []),
    ("ACME CORP <ACM> SEES REBOUND\n\nAcme expects the U.S. economy to grow 2.5 pct in 1987, an analyst said.", [2.5]),  # (a guard)
], ids=["a-companys-growth", "the-economy-in-a-company-story"])
def test_bare_growth_in_a_story_about_a_company_is_the_companys(text, expected):
    rows = extract("gdp", text, published=dt.date(1987, 3, 23))
    assert [r["change_pct"] for r in rows] == expected


@pytest.mark.parametrize("text,expected", [
    ("SWEDEN JUNE GDP RISES 0.3 PCT", []),
    ("Sweden's June output rose 0.4%, the statistics office said.", []),  # (a guard: bare output was not read)
    ("Sweden's second-quarter GDP rose 0.4%, the statistics office said.", [0.4]),  # (a guard: a quarter)
], ids=["a-headlines-month-gdp", "a-months-output", "a-quarters-gdp"])
def test_a_month_that_names_the_gdp_is_a_months_change(text, expected):
    rows = extract("gdp", text, published=dt.date(1987, 8, 29) if text.isupper() else dt.date(2025, 8, 29))
    assert [r["change_pct"] for r in rows] == expected


def test_labels_of_a_data_line_decide_each_figures_estimate():
    text = "Sweden's GDP rose 0.6% in the second quarter (prelim: +0.4%; consensus: +0.5%)."
    rows = extract("gdp", text, published=dt.date(2025, 9, 8))
    assert project(rows, ("change_pct", "estimate")) == [(0.6, "actual"), (0.4, "actual"), (0.5, "consensus")]


def test_more_countries_after_a_revision_of_an_earlier_quarter_are_of_the_storys_quarter():
    text = ("Austria's economy shrank 0.2% in the second quarter, the statistics office said. The figure for the first "
            "quarter was revised up to growth of 0.4%. Italy's GDP also fell 0.2%, while Portugal grew 0.6%.")
    rows = extract("gdp", text, published=dt.date(2025, 7, 30))
    assert project(rows, ("country", "period"))[2:] == [("ITA", "2025Q2"), ("PRT", "2025Q2")]


@pytest.mark.parametrize("text", [
    "Vietnam's GDP grew 7.9% in the first nine months of the year.",
    "Growth in the first half of the year was 6.1%, Vietnam's statistics office said.",
    "In the first half, Vietnam's economy expanded 6.1%.",
    "Vietnam's economy grew 7.1% in January-September from a year earlier.",
], ids=["first-nine-months", "first-half-before (a guard)", "first-half-opening", "january-september (a guard)"])
def test_growth_of_the_year_so_far_has_no_period_of_the_table(text):
    assert extract("gdp", text, published=PUB) == []


def test_the_first_three_months_are_a_quarter_not_the_year_so_far():  # (a guard)
    rows = extract("gdp", "Vietnam's GDP grew 6.9% in the first three months of the year.", published=PUB)
    assert project(rows, ("country", "change_pct", "period")) == [("VNM", 6.9, "2025Q1")]


def test_a_month_that_opens_the_sentence_and_a_month_after_are_their_figures():
    text = ("Sweden's GDP grew 0.5% in the second quarter. In June alone, output rose 0.3% after falling 0.2% in May.")
    assert project(extract("gdp", text, published=PUB), ("change_pct", "period")) == [(0.5, "2025Q2")]
