"""FX extractor: sentences written for these tests."""

import datetime as dt

import pytest
from helpers import extract, project

KEYS = ("base", "quote_ccy", "rate", "kind")

CASES = [
    pytest.param("The dollar touched a high in Zurich of 1.4335 Swiss francs. It later fell to a low here of 1.4210 francs.",
                 [("USD", "CHF", 1.4335, "high"), ("USD", "CHF", 1.421, "low")], id="a-high-in-a-market-of"),
    pytest.param("The yuan firmed to 7.1530 per dollar. The central bank set the midpoint at 7.1102.",
                 [("USD", "CNY", 7.153, "level"), ("USD", "CNY", 7.1102, "level")], id="the-midpoint-is-the-story-currencys"),
    pytest.param("The dollar ended at 1.3810 Swiss francs, and the central bank seemed ready to defend 1.35 francs.",
                 [("USD", "CHF", 1.381, "level")], id="a-level-defended-is-a-threshold"),
    pytest.param("The dollar traded between 1.52 and 1.54 Swiss francs, and 1.50 francs was then seen as the low end for the dollar.",
                 [("USD", "CHF", 1.52, "low"), ("USD", "CHF", 1.54, "high")], id="a-level-seen-as-the-low-end-is-a-threshold"),
    pytest.param("The dollar closed at 151.40 yen in Tokyo.", [("USD", "JPY", 151.40, "level")], id="wire-closed-yen"),
    pytest.param("The won eased to 1,402.5 per dollar, while the rupee slipped to 86.10 per dollar.",
                 [("USD", "KRW", 1402.5, "level"), ("USD", "INR", 86.1, "level")], id="each-per-dollar-is-its-own-subjects"),
    pytest.param("The baht eased to 36.20 per dollar, and the rand slipped to 18.10 per dollar. Rand Mines ended at 16.60 rand.",
                 [("USD", "THB", 36.2, "level"), ("USD", "ZAR", 18.1, "level")], id="baht-and-rand-are-subjects"),
    pytest.param("Sterling began at 1.4410/20 dlrs and the Dutch guilder at 2.0310/20 per dollar.",
                 [("GBP", "USD", 1.441, "level"), ("USD", "NLG", 2.031, "level")], id="elided-verb-second-subject-per-dollar"),
    pytest.param("Traders said the dollar was likely to test 125 yen next week.", [("USD", "JPY", 125.0, "forecast")],
                 id="was-likely-to-test-is-a-forecast"),
    pytest.param("The dollar finished at 1.6620 marks in Zurich, little changed from 1.6640 at the fixing.",
                 [("USD", "DEM", 1.662, "level"), ("USD", "DEM", 1.664, "level")], id="little-changed-from-a-rate"),
    pytest.param("The yen could climb to 120 per dollar by March from 131.40 now, one bank said.",
                 [("USD", "JPY", 120.0, "forecast"), ("USD", "JPY", 131.4, "level")], id="a-forecast-from-the-rate-now"),
    pytest.param("The Australian dollar rose to 1.1820 NZ dlrs.", [("AUD", "NZD", 1.182, "level")], id="nz-dlrs"),
    pytest.param("The Canadian dollar traded at 1.1210 Swiss francs from 1.1190, 1.2880 NZ dlrs from 1.2910.",
                 [("CAD", "CHF", 1.121, "level"), ("CAD", "CHF", 1.119, "level"), ("CAD", "NZD", 1.288, "level"),
                  ("CAD", "NZD", 1.291, "level")], id="a-figure-after-from-has-the-unit-before-it"),
    pytest.param("The euro rose to 1.1350 dollars in late trade.", [("EUR", "USD", 1.135, "level")], id="euro-dollars"),
    pytest.param("Sterling was quoted at 1.2840 dlrs against 1.2795.", [("GBP", "USD", 1.284, "level"), ("GBP", "USD", 1.2795, "level")],
                 id="sterling-dlrs-elided-unit"),
    pytest.param("USD/JPY slipped to 148.20 after the data.", [("USD", "JPY", 148.2, "level")], id="pair-code"),
    pytest.param("The dollar opened at 139.35/45 yen.", [("USD", "JPY", 139.35, "level")], id="bid-ask"),
    pytest.param("The dollar ended at 1,318/21 lire.", [("USD", "ITL", 1318.0, "level")], id="bid-ask-in-whole-lire"),
    pytest.param("The U.S. dollar fetched 139.35-37 yen in Tokyo at 5 p.m.", [("USD", "JPY", 139.35, "level")],
                 id="bid-ask-with-a-hyphen"),
    pytest.param("The yen weakened to 152.40 against the dollar on Friday, its weakest since May.",
                 [("USD", "JPY", 152.4, "high")], id="quote-currency-against-the-dollar"),
    pytest.param("Exporters assume an average rate of 140 yen to the dollar this year.", [("USD", "JPY", 140.0, "assumed")],
                 id="yen-to-the-dollar-assumed"),
    pytest.param("The dollar fell as low as 1.7520 marks before recovering.", [("USD", "DEM", 1.752, "low")], id="as-low-as-marks"),
    pytest.param("The greenback hit a high of 162.05 yen on Wednesday.", [("USD", "JPY", 162.05, "high")], id="high-of"),
    pytest.param("Dealers expect the dollar to reach 1.65 Swiss francs by year-end.", [("USD", "CHF", 1.65, "forecast")],
                 id="forecast-swiss-francs"),
    pytest.param("The euro/yen cross traded at 162.10 on Friday.", [("EUR", "JPY", 162.10, "level")], id="cross-words"),
    pytest.param("The yuan weakened to 7.31 per dollar.", [("USD", "CNY", 7.31, "level")], id="yuan-per-dollar"),
    # no rows
    pytest.param("The dollar edged up to 7.1880 yuan in Shanghai.", [("USD", "CNY", 7.188, "level")], id="edged-up-to-not-a-cap"),
    pytest.param("The yen firmed beyond 148 per dollar on Tuesday and changed hands at 147.85 in New York.",
                 [("USD", "JPY", 147.85, "level")], id="two-named-currencies-bare-number"),
    pytest.param("Sterling finished flat against the dollar at 1.2705 and climbed to 1.1820 euros.",
                 [("GBP", "USD", 1.2705, "level"), ("GBP", "EUR", 1.182, "level")], id="against-names-quote-not-base"),
    pytest.param("The dollar's previous record low was 1.7150 marks.", [("USD", "DEM", 1.715, "low")], id="low-was"),
    # a low of the quote currency is a high of the pair as quoted (more of it per base)
    pytest.param("The mark's previous record low was 1.9150 to the dollar.", [("USD", "DEM", 1.915, "high")],
                 id="quote-currency-low-is-pair-high"),
    pytest.param("The yen fell to 158.40 per dollar, its weakest since July.", [("USD", "JPY", 158.4, "high")],
                 id="quote-currency-weakest-after"),
    pytest.param("USD/JPY hit 139.88, its lowest in seven months.", [("USD", "JPY", 139.88, "low")], id="pair-code-lowest-after"),
    pytest.param("Technical analysts put support at 146.20 and resistance at 149.00 for the dollar against the yen.", [],
                 id="chart-levels-are-not-rates"),
    pytest.param("The dollar has fallen since peaks of 2.40 marks and 190 yen.",
                 [("USD", "DEM", 2.4, "high"), ("USD", "JPY", 190.0, "high")], id="peaks-of"),
    pytest.param("Dealers said the dollar may slip back to around 151 yen.", [("USD", "JPY", 151.0, "forecast")], id="may-is-a-forecast"),
    pytest.param("In May the dollar traded at 144.20 yen.", [("USD", "JPY", 144.2, "level")], id="the-month-may-is-not"),
    pytest.param("The dollar slipped 0.4% against the yen.", [], id="percent-move-not-rate"),
    pytest.param("Alstom won a 500 mln franc order to build two 120 MW turbines.", [], id="won-is-a-verb"),
    pytest.param("Officials may act if the dollar rises above 160 yen.", [], id="threshold-not-level"),
    pytest.param("The dollar eased to 131.40/50 yen in Zurich from 131.95/05 at the Tokyo close, and held at 1.7205/15 against the mark.",
                 [("USD", "JPY", 131.4, "level"), ("USD", "JPY", 131.95, "level"), ("USD", "DEM", 1.7205, "level")],
                 id="bid-ask-after-from-takes-the-near-unit"),
    pytest.param("YEN 131.40/50", [], id="table-line-without-base"),
    pytest.param("The dollar rose against the yen and the Swiss franc in Frankfurt, ending at 131.20 and 1.4105 respectively.",
                 [("USD", "JPY", 131.2, "level"), ("USD", "CHF", 1.4105, "level")], id="respectively-after-against"),
    pytest.param("Buying had lifted it above 131 yen and 1.45 Swiss francs after lows of 129.80 and 1.4320 respectively.",
                 [("USD", "JPY", 129.8, "low"), ("USD", "CHF", 1.432, "low")], id="respectively-units-of-earlier-figures"),
    pytest.param("Sales and profits rose to 120.5 and 14.2 respectively.", [], id="respectively-without-currencies"),
    pytest.param("Against the euro, the yen slid to a record low of 179.40.", [("EUR", "JPY", 179.4, "high")],
                 id="subject-currency-per-against-currency"),
    pytest.param("The 2024 dividend rose to 4.20 marks from 3.90 in 2023.", [], id="price-takes-no-near-unit-without-a-currency-subject"),
    pytest.param("Earnings per share rose to 80 marks from 78.8 against the dollar's weakness.", [],
                 id="money-amounts-are-not-swapped-into-rates"),
    pytest.param("The dollar slid below 1.71 marks and 131 yen this week.", [], id="coordinated-thresholds"),
    pytest.param("The central bank fixed the yuan at 7.2040 per dollar, weaker than the 7.1990 expected by dealers.",
                 [("USD", "CNY", 7.204, "level"), ("USD", "CNY", 7.199, "forecast")], id="a-forecast-after-a-second-figure-is-its"),
    pytest.param("Zurich banks quoted 1.1410 Swiss francs per Canadian dlr at midday.", [("CAD", "CHF", 1.141, "level")],
                 id="a-wire-dlr-named-by-its-country"),
    pytest.param("It sold warrants to buy Canadian dlrs for Swiss francs at a rate of 1.1410 francs per Canadian dlr.", [],
                 id="the-rate-of-a-warrant-is-no-market-rate"),
    pytest.param("Steel mills say they can only withstand a dollar of around 128 yen before cutting output.", [],
                 id="a-rate-firms-can-withstand-is-no-level"),
    pytest.param("Exporters told the survey they could tolerate levels near 1.35 Swiss francs per euro.", [],
                 id="levels-firms-tolerate-are-no-level"),
    pytest.param("The average break-even rate for carmakers was 112 yen to the dollar.", [],
                 id="a-break-even-rate-is-no-level"),
    pytest.param("The dollar stands at 151.20 yen and could stand at 155 by spring.",
                 [("USD", "JPY", 151.2, "level"), ("USD", "JPY", 155.0, "forecast")], id="stand-at-is-still-a-level"),
    pytest.param("The market sees a range of 140 to 150 yen.", [], id="range-not-level"),
    pytest.param("The yen should settle at around 146 to 148 to the U.S. dollar.", [], id="range-bounds-with-a-unit-after"),
    pytest.param("Weak data could push the dollar below its recent 1.50-55 franc range.", [], id="bid-ask-style-range-not-level"),
    pytest.param("Toyota shares closed at 2,450 yen on Friday.", [], id="stock-price-in-yen"),
    pytest.param("Japan spent 9.8 trillion yen defending the currency.", [], id="amount-not-rate"),
    pytest.param("Results were converted from Chilean pesos at 936.40 pesos per dollar.", [("USD", "CLP", 936.4, "level")],
                 id="bare-shared-noun-takes-the-named-country"),
    pytest.param("Figures were converted from Chilean pesos at 936.40 pesos per dollar versus 880.15 a year before.",
                 [("USD", "CLP", 936.4, "level"), ("USD", "CLP", 880.15, "level")], id="near-figure-shares-the-named-country-noun"),
    pytest.param("Colombia's central bank held its rate. The peso ended at 4,010.50 per dollar.",
                 [("USD", "COP", 4010.5, "level")], id="bare-shared-noun-takes-the-article-country"),
    pytest.param("September yen futures firmed to 0.007120 dlrs in early dealings.", [], id="currency-futures-price"),
    pytest.param("March sterling was quoted at 1.5320/30 dlrs against 1.5290 in Chicago.", [], id="futures-contract-month"),
    pytest.param("In May sterling rose to 1.6520 dlrs.", [("GBP", "USD", 1.652, "level")], id="month-before-currency-is-a-date"),
    pytest.param("The dollar bought 19.35 pesos.", [("USD", "MXN", 19.35, "level")], id="bare-peso-default"),
    pytest.param("DOLLAR OPENS AT RECORD TOKYO LOW 139.20 YEN - DEALERS", [("USD", "JPY", 139.2, "low")],
                 id="a-headlines-record-low-without-of"),
    pytest.param("Sterling touched a new high 1.6520 dlrs in late trade.", [("GBP", "USD", 1.652, "high")],
                 id="a-new-high-without-of"),
    pytest.param("DOLLAR EASES IN PARIS\n\nThe dollar was fixed at 5.9140 francs, against 5.9355 at the open.",
                 [("USD", "FRF", 5.914, "level"), ("USD", "FRF", 5.9355, "level")], id="bare-francs-in-a-paris-story"),
    pytest.param("The dollar closed at 1.4380/90 francs in Zurich.", [("USD", "CHF", 1.438, "level")],
                 id="bare-francs-in-a-zurich-story"),
    pytest.param("Pressed on whether a rate of 160 yen to the dollar would be too weak, she declined to comment.", [],
                 id="indirect-question-is-no-level"),
    pytest.param("The dollar would have fallen to 139 yen without the intervention.", [], id="counterfactual-is-no-level"),
    pytest.param("The ECU now buys about 165.2 yen.", [], id="basket-named-no-dollar-assumed"),
    pytest.param("YEN MAY RISE TO 135 TO THE DOLLAR, EXPORTERS SAY", [("USD", "JPY", 135.0, "forecast")],
                 id="modal-may-in-a-capitals-headline"),
    pytest.param("DOLLAR FELL TO 141 YEN IN MAY AGAINST FORECASTS", [("USD", "JPY", 141.0, "level")],
                 id="the-month-in-a-capitals-headline"),
    pytest.param("\"The yen might rise as far as 135 (to the dollar),\" he said.", [("USD", "JPY", 135.0, "forecast")],
                 id="as-far-as"),
    pytest.param("The dollar rose to 147.20 yen and the SDR to 1.3310 dollars.", [("USD", "JPY", 147.2, "level")],
                 id="basket-beside-a-named-dollar"),
]


@pytest.mark.parametrize("sentence,expected", [
    ("EUR/USD Outlook: Buyers eye 1.1800 after a rebound from 1.1650",
     [("EUR", "USD", 1.18, "forecast"), ("EUR", "USD", 1.165, "level")]),
    ("Sellers target 1.2500 in GBP/USD as the pair stalls", [("GBP", "USD", 1.25, "forecast")]),  # (a guard)
], ids=["a-rate-eyed-is-a-forecast-not-the-one-after-it", "a-rate-targeted"])
def test_a_rate_traders_eye(sentence, expected):
    assert project(extract("fx_rates", sentence, published=dt.date(2025, 6, 10)), ("base", "quote_ccy", "rate", "kind")) == expected


@pytest.mark.parametrize("sentence,expected", CASES)
def test_fx_sentences(sentence, expected):
    assert sorted(project(extract("fx_rates", sentence), KEYS)) == sorted(expected)


def test_period_from_published_and_relative_days():
    rows = extract("fx_rates", "The dollar opened at 145.05 yen, compared with 146.00 at yesterday's close.",
                   published=dt.date(1987, 4, 7))
    assert project(rows, ("rate", "period")) == [(145.05, "1987-04-07"), (146.0, "1987-04-06")]


@pytest.mark.parametrize("sentence,period", [
    ("Traders said sterling could climb to 1.3550 dollars by the end of the month.", "2025-05"),
    ("Traders said sterling could climb to 1.3550 dollars if jobs data due on Tuesday are weak.", None),
    ("Traders said sterling could climb to 1.3550 dollars on Tuesday.", "2025-05-20"),  # (a guard)
], ids=["by-the-end-of-the-month", "a-condition-with-a-day-of-its-own", "a-forecast-for-a-day"])
def test_the_period_of_a_forecast(sentence, period):
    rows = extract("fx_rates", sentence, published=dt.date(2025, 5, 16))
    assert project(rows, ("rate", "kind", "period")) == [(1.355, "forecast", period)]


def test_no_published_date_leaves_relative_period_unresolved():
    rows = extract("fx_rates", "The dollar fell to 139.88 yen last month.", published=None)
    assert project(rows, ("rate", "period")) == [(139.88, None)]


def test_a_time_the_rate_is_compared_with_is_not_its_period():
    rows = extract("fx_rates", "The dollar rose to 149.30 yen, its highest since mid-March, and later stood at 149.10.",
                   published=dt.date(2025, 5, 16))
    assert project(rows, ("rate", "period")) == [(149.3, "2025-05-16"), (149.1, "2025-05-16")]


@pytest.mark.parametrize("sentence,expected", [
    ("The euro rose to 86.40 pence after the data.", [("EUR", "GBP", 0.864)]),
    ("The Australian dollar bought 64.15 U.S. cents.", [("AUD", "USD", 0.6415)]),
    ("The Canadian dollar closed at 72.30 cents on Friday.", [("CAD", "USD", 0.723)]),
    ("Coffee, a big earner of foreign exchange, fell to 94 cents a pound.", []),
], ids=["euro-in-pence", "aussie-in-us-cents", "loonie-in-cents", "a-price-in-cents-a-pound-is-no-sterling-rate"])
def test_rates_quoted_in_hundredths_of_a_currency(sentence, expected):
    assert project(extract("fx_rates", sentence), ("base", "quote_ccy", "rate")) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("The Korean won weakened to 1,452.30 per dollar, while the Chinese yuan traded at 7.3120.",
     [("USD", "KRW", 1452.3), ("USD", "CNY", 7.312)]),
    ("The Canadian dollar fell to 1.4530 per U.S. dollar and the peso weakened to 20.85.",
     [("USD", "CAD", 1.453), ("USD", "MXN", 20.85)]),
    # (francs with no country are Swiss; "centimes" is a unit the grammar does not know: no rate for the mark)
    ("The pound opened at 2.3815/45 francs, while the mark eased to 82.40/50 centimes.", [("GBP", "CHF", 2.3815)]),
], ids=["a-second-currency-after-a-rate", "the-peso-after-the-canadian-dollar", "a-word-after-the-figure-may-be-its-unit"])
def test_a_bare_figure_is_of_the_currency_named_since_the_last_figure(sentence, expected):
    assert project(extract("fx_rates", sentence), ("base", "quote_ccy", "rate")) == expected


def test_figures_of_an_average_rate_have_no_day():
    rows = extract("fx_rates", "The average dollar/yen rates used by customs were 141.20 for exports and 141.05 for imports, "
                   "against 158.40 for exports and 158.10 for imports a year earlier.", published=dt.date(2025, 6, 9))
    assert project(rows, ("rate", "period")) == [(141.2, None), (141.05, None), (158.4, None), (158.1, None)]


def test_since_a_date_when_the_rate_was_there_is_its_period():
    rows = extract("fx_rates", "The central bank set the won at 1,180.5 per dollar, its weakest since May 2, when it was 1,181.0.",
                   published=dt.date(2025, 5, 16))
    assert (1181.0, "2025-05-02") in project(rows, ("rate", "period"))


def test_a_price_far_from_any_rate_takes_no_currency_from_earlier_text():
    text = ("The dollar ended at 1.8210 marks. Volkswagen reported higher sales. Its plants ran at full capacity. "
            "Exports to Asia grew. The board met on Monday. Staff numbers were steady. Investment plans were kept. "
            "Earnings per share fell to 4.64 marks from 5.48.")
    assert project(extract("fx_rates", text), ("base", "quote_ccy", "rate")) == [("USD", "DEM", 1.821)]


def test_a_comparison_between_two_rates_parts_their_days():
    text = "The dollar traded at 147.35 yen in Tokyo late Tuesday, up from 146.90 yen in New York on Monday."
    rows = extract("fx_rates", text, published=dt.date(2025, 7, 15))
    assert project(rows, ("rate", "period")) == [(147.35, "2025-07-15"), (146.9, "2025-07-14")]


def test_the_dollar_of_a_story_about_another_dollar_quoted_in_us_dollars():
    text = ("The New Zealand dollar firmed on the local market, dealers said. "
            "The dollar ended at 0.5920/25 U.S. dlrs after opening at 0.5880/85.")
    rows = extract("fx_rates", text, published=dt.date(2025, 7, 23))
    assert project(rows, ("base", "quote_ccy", "rate")) == [("NZD", "USD", 0.592), ("NZD", "USD", 0.588)]


def test_a_currency_named_by_its_country_against_its_us_counterpart():
    rows = extract("fx_rates", "The Canadian currency edged up to 1.3620/25 to its U.S. counterpart.", published=dt.date(2025, 7, 23))
    assert project(rows, ("base", "quote_ccy", "rate")) == [("USD", "CAD", 1.362)]


def test_another_markets_earlier_close_is_the_business_day_before():
    text = ("DOLLAR EDGES LOWER IN LONDON\n\nThe dollar opened at 151.20/30 yen against 151.80/90 in New York. "
            "It opened at 1.7420/30 Swiss francs against 1.7460/70 in Europe.")
    rows = extract("fx_rates", text, published=dt.date(2025, 7, 21))  # a Monday
    assert project(rows, ("rate", "period")) == [(151.2, "2025-07-21"), (151.8, "2025-07-18"), (1.742, "2025-07-21"),
                                                 (1.746, "2025-07-18")]


def test_an_earlier_market_of_the_same_day_keeps_the_day():
    text = ("DOLLAR ENDS MIXED IN NEW YORK\n\nThe dollar finished at 151.40/50 yen after falling to 150.90 in Europe.")
    rows = extract("fx_rates", text, published=dt.date(2025, 7, 21))
    assert project(rows, ("rate", "period")) == [(151.4, "2025-07-21"), (150.9, "2025-07-21")]


def test_a_year_told_of_an_earlier_rate_goes_on_for_the_later_ones():
    text = ("Officials stepped in last year when the yen slid to about 161.20 per dollar and again at levels around "
            "158.10 and 160.40.")
    rows = extract("fx_rates", text, published=dt.date(2025, 7, 23))
    assert project(rows, ("rate", "period")) == [(161.2, "2024"), (158.1, "2024"), (160.4, "2024")]
    text = "The dollar hit 161.20 yen last year but now trades at 147.30."
    assert project(extract("fx_rates", text, published=dt.date(2025, 7, 23)), ("rate", "period")) == [
        (161.2, "2024"), (147.3, "2025-07-23")]


def test_earlier_in_the_session_and_the_previous_day_refer_to_the_day_the_sentence_names():
    text = ("On June 12, the dollar closed at 146.80/90 yen after dipping as low as 145.95 yen earlier in the day. "
            "It had closed at 146.40/50 yen the previous day.")
    rows = extract("fx_rates", text, published=dt.date(2025, 7, 23))
    assert project(rows, ("rate", "period")) == [(146.8, "2025-06-12"), (145.95, "2025-06-12"), (146.4, "2025-06-11")]


def test_a_later_figure_compared_with_takes_the_time_of_the_earlier_one():
    text = ("Sterling climbed to 1.6420/25 dlrs from 1.6390/95 on Monday, but slipped to about 2.951 marks from 2.953.")
    rows = extract("fx_rates", text, published=dt.date(1987, 4, 7))
    assert project(rows, ("quote_ccy", "rate", "period")) == [
        ("USD", 1.642, "1987-04-07"), ("USD", 1.639, "1987-04-06"), ("DEM", 2.951, "1987-04-07"), ("DEM", 2.953, "1987-04-06")]


@pytest.mark.parametrize("sentence", [
    "The dollar began at 1.5128/38 Swiss francs, down from the previous 1.5185/95 close.",
    "The yen opened at 145.40 per dollar, against its previous close of 145.60.",
], ids=["previous-close-after", "previous-close-of"])
def test_a_previous_close_is_the_business_day_before(sentence):
    rows = extract("fx_rates", sentence, published=dt.date(1987, 4, 6))  # a Monday
    assert [r["period"] for r in rows] == ["1987-04-06", "1987-04-03"]


@pytest.mark.parametrize("sentence,kinds", [
    ("The dollar's average is put at 1.75 marks for this year and 1.68 for 1988.", ["forecast", "forecast"]),
    ("The forecast was based on an average rate of 160 yen to the dollar in fiscal 1987.", ["assumed"]),
    ("The dollar's average rate was 1.95 marks in 1986 and 1.85 marks in 1988, the institute's table shows.", ["level", "forecast"]),
], ids=["put-at", "forecast-based-on-a-rate", "a-year-to-come"])
def test_rates_of_plans_and_years_to_come(sentence, kinds):
    rows = extract("fx_rates", sentence, published=dt.date(1987, 4, 6))
    assert [r["kind"] for r in rows] == kinds


def test_an_extreme_after_a_time_word():
    rows = extract("fx_rates", "The dollar was last at 157.32 yen, having touched 157.48 earlier, its highest since late May.",
                   published=dt.date(2025, 7, 1))
    assert project(rows, ("rate", "kind")) == [(157.32, "level"), (157.48, "high")]


def test_each_rate_takes_the_pair_named_before_it():
    rows = extract("fx_rates", "USD/JPY rose as high as 150.25 before settling at 149.80, while EUR/JPY was at 156.10.",
                   published=dt.date(2025, 3, 3))
    assert project(rows, ("base", "quote_ccy", "rate")) == [("USD", "JPY", 150.25), ("USD", "JPY", 149.8), ("EUR", "JPY", 156.1)]


def test_a_security_price_after_a_rate_sentence_is_no_rate():
    rows = extract("fx_rates", "The Swiss franc/yen exchange rate was set at 95.84. Its stock ended the day at 612 yen.",
                   published=dt.date(1987, 4, 2))
    assert project(rows, ("base", "quote_ccy", "rate")) == [("CHF", "JPY", 95.84)]


def test_quoting_units_and_redemption_prices_are_no_rates():
    rows = extract("fx_rates", "A firmer yen lifted it to 1.2630 marks per 100 from 1.2575 the day before.",
                   published=dt.date(1987, 4, 7))
    assert 100.0 not in [r["rate"] for r in rows]  # the quoting unit (the cross itself, marks per yen, is not read)
    rows = extract("fx_rates", "The company will buy back 12 billion yen of the notes at 102.50, the remainder at par in May.",
                   published=dt.date(1987, 4, 7))
    assert rows == []


def test_the_rate_firms_expect_in_a_survey_is_assumed():
    rows = extract("fx_rates", "Firms expect the dollar to average 147.06 yen in the fiscal year that began in April, the survey showed.",
                   published=dt.date(2025, 4, 1))
    assert project(rows, ("rate", "kind", "period")) == [(147.06, "assumed", None)]


def test_a_time_at_the_end_of_a_clause_is_the_figure_befores():
    rows = extract("fx_rates", "The dollar began at 1.4120/30 Swiss francs against the 1.4105/15 close here yesterday, and at "
                   "5.9010/40 French francs.", published=dt.date(1987, 4, 7))
    assert project(rows, ("rate", "period")) == [(1.412, "1987-04-07"), (1.4105, "1987-04-06"), (5.901, "1987-04-07")]


@pytest.mark.parametrize("text,expected", [
    ("The euro rose past the 1.20 mark against the dollar on Monday, touching 1.2046 in European trade, its strongest since June.",
     [("EUR", "USD", 1.2046, "high")]),
    ("Dealers said the yen could slide toward 158 per dollar.", [("USD", "JPY", 158.0, "forecast")]),
], ids=["a-threshold-mark-is-no-currency-and-the-extreme-after-two-words", "toward-a-level"])
def test_thresholds_extremes_and_a_level_to_come(text, expected):
    assert project(extract("fx_rates", text, published=dt.date(2025, 8, 1)), KEYS) == expected


def test_a_bare_high_of_after_a_rate_in_yen():
    text = "The dollar slipped 0.2% to 146.10 yen on Friday, after touching a two-week high of 147.32 on Tuesday."
    assert project(extract("fx_rates", text, published=dt.date(2025, 8, 1)), KEYS) == [
        ("USD", "JPY", 146.1, "level"), ("USD", "JPY", 147.32, "high")]


def test_a_modal_reach_is_a_forecast_not_a_low():
    rows = extract("fx_rates", "He said the dollar could fall as low as 138 yen soon.", published=dt.date(2025, 8, 1))
    assert project(rows, ("rate", "kind", "period")) == [(138.0, "forecast", None)]
    rows = extract("fx_rates", "The dollar fell as low as 138.20 yen on Monday.", published=dt.date(2025, 8, 1))
    assert project(rows, ("rate", "kind")) == [(138.2, "low")]


def test_a_figure_joined_to_a_level_shares_its_verb_past_a_modal_before():
    text = ("Dealers said traders would probe the pact, agreed when the dollar was trading at about "
            "1.47 Swiss francs and 139.80 yen.")
    rows = extract("fx_rates", text, published=dt.date(2025, 3, 3))
    assert project(rows, ("quote_ccy", "rate", "kind")) == [("CHF", 1.47, "level"), ("JPY", 139.8, "level")]


@pytest.mark.parametrize("text,expected", [
    ("Against the Swiss franc, the dollar slipped 0.5% to 0.9010 francs, while the euro rose to $1.0950.",
     [("USD", "CHF", 0.901, "level"), ("EUR", "USD", 1.095, "level")]),
    ("Carmakers, which budgeted for a rate of 140 yen per dollar, face a squeeze.", [("USD", "JPY", 140.0, "assumed")]),
], ids=["against-opening-the-sentence", "budgeted-for"])
def test_an_opening_against_names_the_quote_and_a_budget_is_assumed(text, expected):
    rows = extract("fx_rates", text, published=dt.date(2025, 4, 2))
    assert project(rows, ("base", "quote_ccy", "rate", "kind")) == expected


def test_a_pair_that_could_retest_a_level_is_a_forecast():
    rows = extract("fx_rates", "Euro-yen could retest 175 in the coming weeks, a strategist said.", published=dt.date(2025, 9, 8))
    assert project(rows, ("base", "quote_ccy", "rate", "kind")) == [("EUR", "JPY", 175.0, "forecast")]


def test_the_previous_close_after_a_figure_and_a_bank_seen_in_the_market():
    text = ("The dollar closed at 141.30 yen, down from 142.05 at the previous close. "
            "The central bank was seen buying dollars at around 141.10 yen, dealers said.")
    rows = extract("fx_rates", text, published=dt.date(1987, 3, 20))
    assert project(rows, ("rate", "kind", "period")) == [
        (141.3, "level", "1987-03-20"), (142.05, "level", "1987-03-19"), (141.1, "level", "1987-03-20")]


@pytest.mark.parametrize("text,expected", [
    ("Copper prices should rise to 80 cts a pound next year. Analysts see the miner earning 2.10 dlrs a share in 1987 "
     "versus 1.60 dlrs in 1986.", []),
    ("List prices will be raised to 1.15 dlrs per pound for grade A and 1.25 dlrs per for grade B, the company said.", []),
    ("Results were translated from sterling at an average rate of exchange of 1.52 dlrs per pound in 1986 and "
     "1.41 dlrs in 1985.", [("GBP", "USD", 1.52), ("GBP", "USD", 1.41)]),
], ids=["cents-a-pound-is-a-weight", "a-list-of-prices-per-pound", "sterling-per-pound"])
def test_a_pound_of_weight_is_no_currency(text, expected):
    rows = extract("fx_rates", text, published=dt.date(1987, 3, 24))
    assert project(rows, ("base", "quote_ccy", "rate")) == expected


@pytest.mark.parametrize("text,expected", [
    ("After its fall today to a record 139.20 yen, dealers said they expect the dollar to find a floor.", [(139.2, "low")]),
    ("He expects the dollar to hold against the mark and French franc but to slip against the yen, possibly to 135 yen.",
     [(135.0, "forecast")]),
    ("The dollar is expected to average 1.95 marks in 1987 compared with 2.17 marks in 1986.", [(1.95, "forecast"), (2.17, "level")]),
], ids=["a-record-after-a-fall", "the-second-of-two-quotes", "a-past-years-average-compared"])
def test_records_compared_years_and_lists_after_against(text, expected):
    rows = extract("fx_rates", text, published=dt.date(1987, 3, 24))
    assert project(rows, ("rate", "kind")) == expected
    assert all(r["base"] == "USD" for r in rows)


def test_a_pair_named_with_a_hyphen_beats_the_last_sentences_pair():
    text = ("The yen weakened past 148 per dollar on Monday.\n\n"
            "The dollar rose as high as 148.60 yen before settling at 147.80 yen, compared with 147.30 yen late Friday.\n\n"
            "The euro bought 172.90 yen, near its record high.\n\n"
            "\"Dollar-yen could retest 150 in the coming weeks,\" a strategist said.")
    rows = extract("fx_rates", text, published=dt.date(2025, 9, 8))
    assert project(rows, ("base", "quote_ccy", "rate"))[-1] == ("USD", "JPY", 150.0)


@pytest.mark.parametrize("text,expected", [
    ("USDJPY traded at 151.20 in Tokyo.", [("USD", "JPY", 151.2)]),
    ("EURUSD slipped to 1.0810 after the data.", [("EUR", "USD", 1.081)]),
    ("The NASDAQ index rose to 150.10.", []),
], ids=["usdjpy", "eurusd", "not-a-pair"])
def test_a_pair_code_without_a_slash(text, expected):
    assert project(extract("fx_rates", text, published=dt.date(2025, 4, 2)), ("base", "quote_ccy", "rate")) == expected


def test_a_day_after_from_dates_the_base_of_a_change_not_the_level():
    rows = extract("fx_rates", "The dollar ended at 139.40/50 yen, up 0.35 yen from Friday.", published=dt.date(1987, 4, 13))
    assert project(rows, ("rate", "period")) == [(139.4, "1987-04-13")]
    rows = extract("fx_rates", "The dollar fell to 139.40 yen from 140.10 on Friday.", published=dt.date(1987, 4, 13))
    assert project(rows, ("rate", "period")) == [(139.4, "1987-04-13"), (140.1, "1987-04-10")]


@pytest.mark.parametrize("text,expected", [
    ("The dollar opened at 139.20/30 yen, up from 138.75/85.", [(139.2, "1988-06-14"), (138.75, "1988-06-13")]),
    ("Sterling finished at 1.7105/15 dlrs against 1.7060/70.", [(1.7105, "1988-06-14"), (1.706, "1988-06-13")]),
    ("The dollar closed at 139.40 yen, up from 139.05 at the opening.", [(139.4, "1988-06-14"), (139.05, "1988-06-14")]),
    ("The dollar was quoted at 1.7250/60 marks and 139.30/40 yen from its New York closes of 1.7210/20 and 139.00/10.",
     [(1.725, "1988-06-14"), (139.3, "1988-06-14"), (1.721, "1988-06-13"), (139.0, "1988-06-13")]),
    ("The pound closed at 2.9510 marks, up from the previous finish at 2.9390, and 1.7120 dlrs.",
     [(2.951, "1988-06-14"), (2.939, "1988-06-13"), (1.712, "1988-06-14")]),
], ids=["opening-against-a-base", "finish-against", "base-at-the-opening-is-the-same-day", "closes-of-two-figures",
        "a-figure-after-a-comma-keeps-its-own-day"])
def test_the_base_of_an_opening_or_close_is_the_last_close(text, expected):
    rows = extract("fx_rates", text, published=dt.date(1988, 6, 14))
    assert project(rows, ("rate", "period")) == expected


def test_a_quote_straddling_a_whole_number_and_a_market_named_after_two_figures():
    text = ("Dollar firms against yen\n\nAt 5 p.m., the dollar fetched 139.88-90 yen compared with 138.95-139.05 yen in New York. "
            "The euro was quoted at $1.2421-2425 and 173.52-56 yen against $1.2450-2460 and 172.91-95 yen in New York.")
    rows = extract("fx_rates", text, published=dt.date(2025, 3, 12))
    assert project(rows, ("base", "quote_ccy", "rate", "period")) == [
        ("USD", "JPY", 139.88, "2025-03-12"), ("USD", "JPY", 138.95, "2025-03-11"),
        ("EUR", "USD", 1.2421, "2025-03-12"), ("EUR", "JPY", 173.52, "2025-03-12"),
        ("EUR", "USD", 1.245, "2025-03-11"), ("EUR", "JPY", 172.91, "2025-03-11")]


@pytest.mark.parametrize("text,expected", [
    ("Dollar eases\n\nThe dollar slipped to 148.20 yen on Wednesday from 148.90 late in New York, after the central bank "
     "said a March rate hike was possible.", [(148.2, "2026-02-11"), (148.9, "2026-02-10")]),
    ("Dollar eases\n\nThe dollar closed at 148.40 yen in Tokyo today against New York's 148.10/20.",
     [(148.4, "2026-02-11"), (148.1, "2026-02-10")]),
], ids=["a-day-across-from-is-not-the-bases-and-a-month-that-modifies-a-noun-is-no-period", "against-new-yorks"])
def test_the_base_in_another_market_closed_before(text, expected):
    rows = extract("fx_rates", text, published=dt.date(2026, 2, 11))
    assert project(rows, ("rate", "period")) == expected


@pytest.mark.parametrize("text,expected", [
    ("Dollar eases\n\nThe dollar opened at 139.05 yen against 139.15/25 in New York and 139.50 at the close here yesterday.",
     [(139.05, "1988-06-15"), (139.15, "1988-06-14"), (139.5, "1988-06-14")]),
    ("Dollar eases\n\nThe dollar was at 139.10 yen at midday against Monday closes of 139.35/45 in New York and 139.30 here.",
     [(139.1, "1988-06-15"), (139.35, "1988-06-13"), (139.3, "1988-06-13")]),
], ids=["a-bare-figure-after-and-in-a-list-of-bases", "the-list-shares-its-day"])
def test_the_next_item_of_a_list_of_bases(text, expected):
    rows = extract("fx_rates", text, published=dt.date(1988, 6, 15))
    assert project(rows, ("rate", "period")) == expected


@pytest.mark.parametrize("text,expected", [
    ("EUR/USD Price Forecast: Pair holds near 1.1650 ahead of ECB", [("EUR", "USD", 1.165, "level")]),
    ("The Australian dollar fell to 95.10 yen. The dollar index slipped 0.2% to 107.90.", [("AUD", "JPY", 95.1, "level")]),
    ("Nissan said it expects an average exchange rate of 142 yen per dollar for the fiscal year through March.",
     [("USD", "JPY", 142.0, "assumed")]),
], ids=["a-forecast-label-is-no-forecast", "the-dollar-index-is-no-rate", "an-average-rate-for-the-fiscal-year-is-assumed"])
def test_labels_indexes_and_rates_planned_with(text, expected):
    rows = extract("fx_rates", text, published=dt.date(2025, 8, 4))
    assert project(rows, KEYS) == expected


def test_the_previous_day_with_no_day_told_is_the_day_before_the_article():
    rows = extract("fx_rates", "The dollar was trading at 146.90 yen, versus 147.30 yen the previous day.", published=dt.date(2025, 8, 5))
    assert project(rows, ("rate", "period")) == [(146.9, "2025-08-05"), (147.3, "2025-08-04")]


@pytest.mark.parametrize("text,expected", [
    ("The dollar opened at 139.90 yen and ranged between 139.05 and 140.00 yen during the day.",
     [("USD", "JPY", 139.9, "level"), ("USD", "JPY", 139.05, "low"), ("USD", "JPY", 140.0, "high")]),
    ("The dollar traded in a narrow range of 1.7050-1.7150 marks.", [("USD", "DEM", 1.705, "low"), ("USD", "DEM", 1.715, "high")]),
    ("Analysts expect the dollar to trade between 135 and 145 yen next month.", []),
], ids=["ranged-between", "in-a-range-of", "a-forecast-range-is-not-seen"])
def test_a_range_a_rate_moved_in_is_its_low_and_high(text, expected):
    rows = extract("fx_rates", text, published=dt.date(1988, 6, 15))
    assert project(rows, KEYS) == expected


@pytest.mark.parametrize("text,expected", [
    ("One dollar bought 150.10 yen on Tuesday.", [("USD", "JPY", 150.1)]),
    ("One U.S. dollar fetched 7.2150 Chinese yuan.", [("USD", "CNY", 7.215)]),
    ("The yen traded at 150.10 to one dollar.", [("USD", "JPY", 150.1)]),
], ids=["one-dollar-bought", "one-us-dollar-fetched", "to-one-dollar-is-no-range-down-to-one"])
def test_one_unit_buying_another_is_a_rate(text, expected):
    rows = extract("fx_rates", text, published=dt.date(2025, 4, 2))
    assert project(rows, ("base", "quote_ccy", "rate")) == expected


@pytest.mark.parametrize("text,expected", [
    ("The dollar averaged 139 yen, against 171 yen a year earlier.", [(139.0, None), (171.0, None)]),
    ("The dollar averaged 139 yen in the half to March, against 171 yen a year earlier.", [(139.0, "1988-03"), (171.0, "1987-03")]),
    ("The dollar stood at 126 yen, against 139 yen a year earlier.", [(126.0, "1988-06-15"), (139.0, "1987-06-15")]),
    ("The dollar rose to 126.50 yen in May from 125.10 in April and from 140.20 yen a year earlier.",
     [(126.5, "1988-05"), (125.1, "1988-04"), (140.2, "1987-05")]),
], ids=["an-average-has-no-day", "an-average-over-a-half", "a-year-earlier-is-a-year-back", "the-main-figures-year-back"])
def test_averages_and_figures_a_year_earlier(text, expected):
    rows = extract("fx_rates", text, published=dt.date(1988, 6, 15))
    assert project(rows, ("rate", "period")) == expected


@pytest.mark.parametrize("text,expected", [
    ("Fears that the slide could go too far helped the dollar recover to 1.7950 marks.", [(1.795, "level")]),
    ("Dealers said the dollar could recover to 1.7950 marks.", [(1.795, "forecast")]),
], ids=["a-modal-before-a-past-verb-is-anothers", "a-modal-of-the-rate"])
def test_a_forecast_word_behind_a_past_verb_governs_something_else(text, expected):
    rows = extract("fx_rates", text, published=dt.date(1987, 4, 7))
    assert project(rows, ("rate", "kind")) == expected


def test_a_countrys_currency_is_its_currency():
    text = "The yen weakened to 153.27 per dollar on Thursday. Japan's currency traded at 152.95 as of 11:05 a.m. in Tokyo."
    rows = extract("fx_rates", text, published=dt.date(2025, 10, 9))
    assert project(rows, ("base", "quote_ccy", "rate")) == [("USD", "JPY", 153.27), ("USD", "JPY", 152.95)]


@pytest.mark.parametrize("text,expected", [
    ("Each warrant, priced at 52.25 dlrs, gives the holder the right to buy dollars at 1.7950 marks to the dollar or at "
     "146.20 yen to the dollar until June 30, 1989.", []),
    ("The options carry an exercise price of 2.95 marks to the pound. Sterling closed at 2.9310 marks.", [("GBP", "DEM", 2.931)]),
    ("The dollar closed at 146.20 yen, and the bonds are convertible into shares at 820 yen each.", [("USD", "JPY", 146.2)]),
    ("The conversion price was set at 990 yen, while the exchange rate was fixed at 147.10 yen per dollar.",
     [("USD", "JPY", 147.1)]),
], ids=["a-warrants-right-to-buy", "an-exercise-price", "convertible-bonds-after-a-rate", "the-exchange-rate-after-the-terms"])
def test_the_rate_in_a_contracts_terms_is_no_market_rate(text, expected):
    rows = extract("fx_rates", text, published=dt.date(1987, 4, 2))
    assert project(rows, ("base", "quote_ccy", "rate")) == expected


@pytest.mark.parametrize("text,expected", [
    ("The September British pound settled at 1.5845 on Friday.", []),
    ("The British pound settled at 1.5845 dlrs on Friday.", [("GBP", "USD", 1.5845)]),
], ids=["a-contract-month-before-a-nationality-and-currency", "no-contract-month"])
def test_a_futures_contract_named_with_its_currencys_nationality(text, expected):
    rows = extract("fx_rates", text, published=dt.date(1987, 4, 8))
    assert project(rows, ("base", "quote_ccy", "rate")) == expected


@pytest.mark.parametrize("text,expected", [
    ("The euro slipped to $1.1710 on Thursday from a two-year peak of $1.1890 hit on Wednesday.",
     [(1.171, "level", "2025-09-18"), (1.189, "high", "2025-09-17")]),
    ("The dollar rose to 147.50 yen on Thursday morning, its highest in a month.", [(147.5, "high", "2025-09-18")]),
], ids=["the-peak-set-against-the-figure-is-the-other-figures", "its-highest-after-a-time"])
def test_an_extreme_named_after_from_is_the_next_figures(text, expected):
    rows = extract("fx_rates", text, published=dt.date(2025, 9, 18))
    assert project(rows, ("rate", "kind", "period")) == expected


def test_a_currency_named_with_its_nationality_after_the_figure():
    rows = extract("fx_rates", "The dollar bought 7.2150 Chinese yuan in offshore trade.", published=dt.date(2025, 9, 18))
    assert project(rows, ("base", "quote_ccy", "rate")) == [("USD", "CNY", 7.215)]


@pytest.mark.parametrize("text,expected", [
    ("However, if the dollar falls to about 139 or 137 yen, the stock index may rally, brokers said.", []),
    ("Investors are expected to sell the dollar if it rises to around 144.50 yen, dealers said.", []),
    ("Asked if the nations had agreed to hold the dollar at about 152 yen, the minister declined to comment.",
     [("USD", "JPY", 152.0)]),
    ("He said the central bank could not peg the Taiwan dollar at 33 to one U.S. dollar.", []),
], ids=["an-if-clause", "if-it-rises-to", "asked-if-is-no-supposition", "a-denied-possibility"])
def test_a_rate_supposed_in_an_if_clause_is_no_rate(text, expected):
    rows = extract("fx_rates", text, published=dt.date(1987, 4, 2))
    assert project(rows, ("base", "quote_ccy", "rate")) == expected


def test_a_currency_named_after_a_pair_is_the_next_figures():
    rows = extract("fx_rates", "EUR/USD slid 0.4% to 1.1480, while the Australian dollar fell to $0.6510.",
                   published=dt.date(2025, 7, 30))
    assert project(rows, ("base", "quote_ccy", "rate")) == [("EUR", "USD", 1.148), ("AUD", "USD", 0.651)]


@pytest.mark.parametrize("text,kind", [
    ("Large firms plan to raise capital spending by 9.8% this fiscal year, the survey showed. They expect the dollar to "
     "average 147.30 yen for the fiscal year.", "assumed"),
    ("Traders sold the dollar. They expect the dollar to rise to 151 yen.", "forecast"),
], ids=["firms-named-before-they-expect", "traders-who-expect-forecast"])
def test_firms_named_before_a_pronoun_that_expects_a_rate_plan_with_it(text, kind):
    rows = extract("fx_rates", text, published=dt.date(2025, 10, 1))
    assert project(rows, ("kind",)) == [(kind,)]


@pytest.mark.parametrize("sentence,expected", [
    ("Against the euro the Swiss franc slid to 0.9420.", [("EUR", "CHF", 0.942)]),
    ("Against the pound the Japanese currency weakened to 211.40, a record.", [("GBP", "JPY", 211.4)]),
], ids=["no-comma", "the-japanese-currency"])
def test_a_sentence_opening_against_a_currency_without_a_comma(sentence, expected):
    rows = extract("fx_rates", sentence, published=dt.date(2025, 11, 18))
    assert project(rows, ("base", "quote_ccy", "rate")) == expected


def test_a_currency_against_another_after_its_subject_names_no_rate_in_a_count():
    # (a guard: "the strength of the won against the dollar" before a count of firms)
    rows = extract("fx_rates", "Failures blamed on the strength of the won against the dollar numbered 74 last month.",
                   published=dt.date(2025, 11, 18))
    assert rows == []


@pytest.mark.parametrize("sentence,kind", [
    ("The won slid to 1,420 per dollar as investors weighed the central bank's outlook.", "level"),
    ("The won slid to 1,420 per dollar after traders said they expect more losses.", "level"),
    ("The won could slide to 1,450 per dollar by year-end.", "forecast"),  # (a guard)
], ids=["outlook-in-an-as-clause", "expect-in-an-after-clause", "a-modal-of-the-rate"])
def test_a_word_of_forecasting_in_another_clause_does_not_make_the_rate_a_forecast(sentence, kind):
    rows = extract("fx_rates", sentence, published=dt.date(2025, 10, 1))
    assert project(rows, ("base", "quote_ccy", "kind")) == [("USD", "KRW", kind)]


def test_it_against_another_currency_is_the_storys_currency():
    text = ("Sterling closed easier in London. The pound ended at 1.6410/20 dlrs. "
            "Against the mark it finished at 2.9620/50 after 2.9710/40 yesterday.")
    rows = extract("fx_rates", text, published=dt.date(1987, 5, 12))
    assert project(rows, ("base", "quote_ccy", "rate"))[-2:] == [("GBP", "DEM", 2.962), ("GBP", "DEM", 2.971)]


@pytest.mark.parametrize("text,expected", [
    ("In mid-1985 the dollar peaked against the mark at 3.45 marks.", [(3.45, "high")]),
    ("Last spring the pound bottomed out versus the dollar at 1.05 dlrs.", [(1.05, "low")]),
    ("The dollar traded against the yen at 152.40 yen.", [(152.4, "level")]),  # (a guard)
], ids=["peaked-against", "bottomed-out-versus", "traded-against"])
def test_a_peak_or_trough_said_with_the_other_currency_between(text, expected):
    rows = extract("fx_rates", text, published=dt.date(1987, 3, 5))
    assert project(rows, ("rate", "kind")) == expected


@pytest.mark.parametrize("text,expected", [
    ("Large exporters assume a dollar rate of 144.50 yen for the business year, against the roughly 151 yen at which "
     "the pair changes hands now.", [(144.5, "assumed"), (151.0, "level")]),
    ("Big firms assume a dollar rate of 145 yen, compared with the current 152 yen.", [(145.0, "assumed"), (152.0, "level")]),
    ("Big firms assume a dollar rate of 145 yen, compared with 140 yen in the previous survey.",
     [(145.0, "assumed"), (140.0, "assumed")]),  # (a guard)
], ids=["at-which-it-trades-now", "the-current-rate", "an-earlier-plan"])
def test_the_markets_rate_set_against_a_planned_one_is_a_level(text, expected):
    rows = extract("fx_rates", text, published=dt.date(2025, 12, 15))
    assert project(rows, ("rate", "kind")) == expected


@pytest.mark.parametrize("text,expected", [
    ("The dollar touched 158.80 yen earlier this week, the weakest level for the yen since 1990.", [(158.8, "high")]),
    ("The dollar slid to 141.20 yen, the strongest for the yen in a year.", [(141.2, "low")]),
    ("The dollar rose to 158.80 yen earlier this month, its highest since 1990.", [(158.8, "high")]),
], ids=["weakest-for-the-quote-currency", "strongest-for-the-quote-currency", "earlier-this-month-its-highest"])
def test_an_extreme_said_of_the_quote_currency_is_the_pairs_opposite(text, expected):
    rows = extract("fx_rates", text, published=dt.date(2024, 7, 12))
    assert project(rows, ("rate", "kind")) == expected


@pytest.mark.parametrize("text,expected", [
    ("Sterling weakened on Tuesday, with the dollar climbing as far as 0.7810 pounds.", [(0.781, "high")]),
    ("The dollar slid as far as 139.20 yen before recovering.", [(139.2, "low")]),
    ("The dollar could slide as far as 139.20 yen.", [(139.2, "forecast")]),  # (a guard)
], ids=["climbing-as-far-as", "slid-as-far-as", "could-slide-as-far-as"])
def test_a_move_as_far_as_a_rate_touches_a_high_or_low(text, expected):
    rows = extract("fx_rates", text, published=dt.date(2025, 11, 4))
    assert project(rows, ("rate", "kind")) == expected


@pytest.mark.parametrize("text,expected", [
    ("The yen weakened to as weak as 158.30 per dollar on Tuesday.", [(158.3, "high")]),
    ("The yen firmed to as strong as 139.90 per dollar on Tuesday.", [(139.9, "low")]),
    ("Sterling fell to as weak as $1.2210 on Tuesday.", [(1.221, "low")]),
], ids=["the-quote-currency-as-weak-as", "the-quote-currency-as-strong-as", "the-base-currency-as-weak-as"])
def test_a_currency_as_strong_or_weak_as_a_rate_touches_its_extreme(text, expected):
    rows = extract("fx_rates", text, published=dt.date(2025, 11, 4))
    assert project(rows, ("rate", "kind")) == expected


@pytest.mark.parametrize("text,expected", [
    ("The dollar stood at 151.10 yen, after touching 153.20 yen earlier in the week.", [(151.1, "2025-11-07"), (153.2, None)]),
    ("The dollar stood at 151.10 yen, after touching 153.20 yen last week.", [(151.1, "2025-11-07"), (153.2, None)]),
    ("The dollar stood at 151.10 yen, after touching 153.20 yen on Tuesday last week.",
     [(151.1, "2025-11-07"), (153.2, "2025-10-28")]),
], ids=["earlier-in-the-week", "last-week", "a-weekday-last-week"])
def test_a_rate_of_some_day_of_a_week_has_no_day(text, expected):
    rows = extract("fx_rates", text, published=dt.date(2025, 11, 7))
    assert project(rows, ("rate", "period")) == expected


@pytest.mark.parametrize("text,expected", [
    ("The dollar crept toward 162 yen in Tokyo on Tuesday.", []),
    ("Strategists see the dollar sliding toward 139 yen by March.", [(139.0, "forecast")]),  # (a guard)
], ids=["a-level-approached", "a-forecast-toward"])
def test_a_rate_moved_toward_is_no_level_seen(text, expected):
    rows = extract("fx_rates", text, published=dt.date(2025, 11, 4))
    assert project(rows, ("rate", "kind")) == expected


def test_a_close_of_last_week_has_no_day():
    rows = extract("fx_rates", "The dollar ended last week at 149.85 yen.", published=dt.date(2025, 11, 10))
    assert project(rows, ("rate", "period")) == [(149.85, None)]


def test_the_actual_rate_beside_a_planned_one_is_the_markets_level():
    text = ("Big exporters assume the dollar will average 142.50 yen this business year, a central bank survey showed. "
            "That compares with an assumed 143.10 yen in the previous survey and the actual rate of about 151.30 yen on Monday.")
    rows = extract("fx_rates", text, published=dt.date(2025, 12, 15))
    assert project(rows, ("rate", "kind")) == [(142.5, "assumed"), (143.1, "assumed"), (151.3, "level")]


def test_a_figure_at_yesterdays_close_is_of_yesterday_not_the_next_figure():
    text = "Sterling ended at 1.5210/20 dlrs after 1.5150/60 at yesterday's close, and rose to 2.7740 marks."
    rows = extract("fx_rates", text, published=dt.date(1987, 9, 15))
    assert project(rows, ("rate", "period")) == [(1.521, "1987-09-15"), (1.515, "1987-09-14"), (2.774, "1987-09-15")]


@pytest.mark.parametrize("sentence", [
    "Central banks could not stop the dollar from falling to 1.1650 Swiss francs on Monday.",
    "The dollar could not be prevented from falling to 1.1650 Swiss francs on Monday.",
], ids=["could-not-stop-it", "could-not-be-prevented"])
def test_a_rate_an_authority_could_not_prevent_is_a_rate_seen(sentence):
    rows = extract("fx_rates", sentence, published=dt.date(1987, 3, 31))
    assert project(rows, ("rate", "kind", "period")) == [(1.165, "level", "1987-03-30")]


def test_a_day_between_an_extreme_and_its_figure():
    rows = extract("fx_rates", "The dollar hit a record low Friday of 1.6120 marks.", published=dt.date(1987, 3, 31))
    assert project(rows, ("rate", "kind", "period")) == [(1.612, "low", "1987-03-27")]
