"""Treasury holdings extractor: sentences written for these tests."""

import datetime as dt

import pytest
from helpers import extract, project

KEYS = ("holder", "amount_usd", "qualifier", "period")
PUB = dt.date(2025, 6, 18)

CASES = [
    pytest.param("China held $756.3 billion of U.S. Treasuries in April.", [("CHN", 756.3e9, "exact", "2025-04")], id="held-billion"),
    pytest.param("Britain's holdings of Treasuries rose to 807.7 bln dlrs.", [("GBR", 807.7e9, "exact", None)], id="wire-bln-dlrs"),
    pytest.param("Japan owns roughly $1.13 trillion in U.S. government debt.", [("JPN", 1.13e12, "approx", None)], id="owns-approx"),
    pytest.param("Canadian investors hold more than $400 billion of Treasury securities.",
                 [("CAN", 400e9, "at_least", None)], id="demonym-at-least"),
    pytest.param("Belgium held US$ 380 bn in Treasuries in March, up from $372 bn in February.",
                 [("BEL", 380e9, "exact", "2025-03"), ("BEL", 372e9, "exact", "2025-02")], id="two-months"),
    pytest.param("Taiwan's Treasury holdings stood at $290 billion last month.", [("TWN", 290e9, "exact", "2025-05")],
                 id="last-month"),
    pytest.param("Saudi Arabia held 135 billion dollars in Treasuries at the end of May.", [("SAU", 135e9, "exact", "2025-05")],
                 id="dollars-word"),
    pytest.param("Norway held $1,046.2 trillion of Treasuries in March.", [("NOR", 1.0462e12, "exact", "2025-03")],
                 id="scale-slip-corrected"),
    pytest.param("Switzerland owned some $300 billion in Treasuries, the data showed.", [("CHE", 300e9, "approx", None)],
                 id="owned-some"),
    pytest.param("India's holdings of U.S. Treasuries were $230 billion in April.", [("IND", 230e9, "exact", "2025-04")],
                 id="holdings-of"),
    pytest.param("Canada's holdings of U.S. Treasuries fell in April, dropping $9.2 billion to $301.5 billion.",
                 [("CAN", 301.5e9, "exact", "2025-04")], id="a-change-before-the-sum-parts-no-month-from-it"),
    pytest.param("Norway stayed the top holder of Treasuries in April, ahead of Brazil with $210.4 billion, which was up "
                 "from $205.9 billion in March.", [("BRA", 210.4e9, "exact", "2025-04"), ("BRA", 205.9e9, "exact", "2025-03")],
                 id="ahead-of-a-country-with-a-sum-and-its-base"),
    # no rows
    pytest.param("Japan's foreign reserves rose to $1.2 trillion.", [], id="reserves-not-treasuries"),
    pytest.param("Treasury Secretary Bessent said the U.S. would sell $50 billion in bonds.", [], id="issuer-not-holder"),
    pytest.param("China sold $20 billion of Treasuries in March.", [], id="flow-not-holding"),
    pytest.param("Overall foreign holdings of Treasuries rose to a record $9.1 trillion.", [], id="all-holders-not-one-country"),
    pytest.param("Canada's holdings of U.S. Treasuries rose $8.2 billion to $402.5 billion in April.",
                 [("CAN", 402.5e9, "exact", "2025-04")], id="a-change-before-to-is-not-a-holding"),
    pytest.param("Ireland, which is believed to hold accounts of German funds, held $310 billion of Treasuries in April.",
                 [("IRL", 310e9, "exact", "2025-04")], id="a-country-in-an-aside-is-not-the-holder"),
    pytest.param("Luxembourg, widely seen as a custodian for accounts of French investors, held about $420 billion in Treasuries in April.",
                 [("LUX", 420e9, "approx", "2025-04")], id="country-in-an-appositive-seen-as-is-not-the-holder"),
]


@pytest.mark.parametrize("sentence,expected", CASES)
def test_treasury_sentences(sentence, expected):
    rows = extract("treasury_holdings", sentence, published=PUB)
    got = [(h, round(a / 1e9, 1), q, p) for h, a, q, p in project(rows, KEYS)]
    assert got == [(h, round(a / 1e9, 1), q, p) for h, a, q, p in expected]


def test_a_later_sentence_keeps_the_month_already_given():
    text = ("Foreign holdings of U.S. Treasuries rose in April, data showed. Japan's holdings of Treasuries rose to $1.13 trillion "
            "in April. Britain's Treasury holdings climbed to $779 billion.")
    assert project(extract("treasury_holdings", text, published=PUB), ("holder", "period")) == [("JPN", "2025-04"), ("GBR", "2025-04")]


def test_treasuries_named_earlier_in_the_paragraph():
    text = ("Data on U.S. Treasuries came out on Tuesday. Japan held $1.06 trillion at the end of April.\n\n"
            "Elsewhere, Brazil held $200 billion in reserves.")
    assert project(extract("treasury_holdings", text, published=PUB), ("holder", "period")) == [("JPN", "2025-04")]


def test_an_article_about_treasuries_reads_later_paragraphs_of_holdings():
    text = ("Foreign holdings of U.S. Treasuries rose in May.\n\n"
            "Canada held $410 billion in May, up from $395 billion in April.\n\n"
            "Ireland's stash grew to $330 billion, while Norway's holdings slipped to $190 billion.\n\n"
            "Brazil's foreign reserves held at $350 billion.")
    got = project(extract("treasury_holdings", text, published=PUB), ("holder", "period"))
    assert got == [("CAN", "2025-05"), ("CAN", "2025-04"), ("IRL", "2025-05"), ("NOR", "2025-05")]


def test_a_month_after_the_older_sum_is_that_sums_not_the_new_ones():
    text = ("Japan's holdings of U.S. Treasuries fell to $1.05 trillion in April. "
            "Canada trimmed its Treasury holdings to $410.2 billion from $425.9 billion in March.")
    rows = extract("treasury_holdings", text, published=PUB)
    assert project(rows, ("holder", "period")) == [("JPN", "2025-04"), ("CAN", "2025-04"), ("CAN", "2025-03")]


def test_its_after_a_sentence_naming_the_holder_without_sums():
    text = ("China's holdings of U.S. Treasuries fell to $760 billion in April. Japan remained the top foreign holder "
            "of U.S. government debt. Its holdings had peaked at about $1.3 trillion in November 2021.")
    rows = extract("treasury_holdings", text, published=PUB)
    assert project(rows, ("holder", "period")) == [("CHN", "2025-04"), ("JPN", "2021-11")]


def test_a_month_before_is_the_month_before_the_sum_just_given():
    text = "Japan owned $1.06 trillion of Treasuries at the end of December, down from $1.09 trillion a month before."
    assert project(extract("treasury_holdings", text, published=dt.date(2025, 3, 3)), ("holder", "period")) == [
        ("JPN", "2024-12"), ("JPN", "2024-11")]


def test_the_day_data_were_released_is_not_the_holdings_month():
    text = ("Japan remained the largest foreign holder of U.S. Treasuries in April, with $1.135 trillion, according to "
            "Treasury data released on Wednesday.")
    assert project(extract("treasury_holdings", text, published=dt.date(2025, 6, 18)), ("holder", "period")) == [("JPN", "2025-04")]


def test_the_month_of_the_total_holdings_is_the_articles_and_to_x_from_y():
    text = ("Foreign holdings of U.S. Treasuries rose to a record $9.05 trillion in March from $8.82 trillion in February, "
            "data showed on Friday. Japan, the biggest holder, increased its stake to $1.13 trillion from $1.126 trillion.")
    rows = extract("treasury_holdings", text, published=dt.date(2025, 5, 16))
    assert project(rows, ("holder", "period")) == [("JPN", "2025-03"), ("JPN", "2025-02")]


def test_a_month_earlier_follows_the_articles_month_not_the_release():
    text = ("Japan's holdings of U.S. Treasuries rose to $1.12 trillion in May from $1.10 trillion in April. "
            "Canada's holdings fell to $402.5 billion, the lowest since 2019, from $410.2 billion a month earlier. "
            "Norway, another large holder, raised its stash to $211.4 billion from $205.9 billion.")
    rows = extract("treasury_holdings", text, published=dt.date(2025, 7, 17))
    assert project(rows, ("holder", "amount_usd", "period")) == [
        ("JPN", 1.12e12, "2025-05"), ("JPN", 1.10e12, "2025-04"), ("CAN", 402.5e9, "2025-05"), ("CAN", 410.2e9, "2025-04"),
        ("NOR", 211.4e9, "2025-05"), ("NOR", 205.9e9, "2025-04")]


def test_an_overtaken_country_is_not_the_holder_and_a_past_peak_year_is_no_month():
    text = ("Japan's holdings of U.S. Treasuries rose to $1.12 trillion in May. "
            "Canada overtook Norway as the fifth-largest holder in May, with $402.5 billion. "
            "Japan held about $1.3 trillion of U.S. government debt at its peak in 2021.")
    rows = extract("treasury_holdings", text, published=dt.date(2025, 7, 17))
    assert project(rows, ("holder", "period")) == [("JPN", "2025-05"), ("CAN", "2025-05"), ("JPN", None)]


def test_a_holding_beside_this_years_event_has_the_articles_month():
    text = ("Japan's holdings of U.S. Treasuries rose to $1.18 trillion in August from $1.16 trillion in July. "
            "Britain, which overtook China earlier this year, held $899.3 billion, up from $865 billion.")
    rows = extract("treasury_holdings", text, published=dt.date(2025, 10, 17))
    assert project(rows, ("holder", "period")) == [("JPN", "2025-08"), ("JPN", "2025-07"), ("GBR", "2025-08"), ("GBR", "2025-07")]


def test_a_holding_a_year_earlier_is_twelve_months_back():
    text = ("Japan's holdings of U.S. Treasuries rose to $1.1 trillion in May. "
            "Holdings by India climbed to $240 billion, up from $210 billion a year earlier.")
    rows = extract("treasury_holdings", text, published=dt.date(2025, 7, 18))
    assert project(rows, ("holder", "period")) == [("JPN", "2025-05"), ("IND", "2025-05"), ("IND", "2024-05")]


def test_a_comparison_in_a_paragraph_of_its_own_continues_the_holding():
    text = ("Japan's holdings of U.S. government debt rose in September to $1.19 trillion.\n\n"
            "That compared with $1.18 trillion in August.")
    rows = extract("treasury_holdings", text, published=dt.date(2025, 11, 19))
    assert project(rows, ("holder", "amount_usd", "period")) == [("JPN", 1.19e12, "2025-09"), ("JPN", 1.18e12, "2025-08")]


def test_the_base_after_a_month_is_the_month_before():
    text = "China's holdings of U.S. Treasuries fell to $730.7 billion in July from $756.4 billion."
    rows = extract("treasury_holdings", text, published=dt.date(2025, 9, 18))
    assert project(rows, ("holder", "amount_usd", "period")) == [("CHN", 730.7e9, "2025-07"), ("CHN", 756.4e9, "2025-06")]


def test_a_change_told_with_up_or_down_is_no_holding():
    text = ("Japan remained the top foreign holder of U.S. Treasuries at $1.06 trillion at the end of December, down "
            "$26 billion from November.")
    rows = extract("treasury_holdings", text, published=dt.date(2025, 2, 19))
    assert project(rows, ("holder", "amount_usd", "period")) == [("JPN", 1.06e12, "2024-12")]


@pytest.mark.parametrize("second", [
    "Taiwan ranked fifth with $290.5 billion, up from $284.2 billion a month earlier.",
    "Taiwan stayed in fifth place at $290.5 billion, up from $284.2 billion a month earlier.",
], ids=["ranked-fifth-with", "in-fifth-place-at"])
def test_a_place_in_the_ranking_of_holders_is_a_holding(second):
    text = "Japan's holdings of U.S. Treasuries fell to $1.12 trillion in May. " + second
    rows = extract("treasury_holdings", text, published=dt.date(2025, 7, 18))
    assert project(rows, ("holder", "amount_usd", "period")) == [
        ("JPN", 1.12e12, "2025-05"), ("TWN", 290.5e9, "2025-05"), ("TWN", 284.2e9, "2025-04")]


def test_a_ranking_without_a_sum_beside_it_is_no_holding():
    text = "Japan's holdings of U.S. Treasuries fell to $1.12 trillion in May. Taiwan's exports ranked fifth, at $29 billion in sales."
    rows = extract("treasury_holdings", text, published=dt.date(2025, 7, 18))
    assert project(rows, ("holder",)) == [("JPN",)]


def test_the_month_before_the_sum_of_all_foreign_holdings_is_the_articles():
    text = ("Foreign holdings of U.S. Treasuries rose in May to a record $9.05 trillion. Japan increased its holdings to "
            "$1.135 trillion from $1.128 trillion in April. Britain, in second place, held $809 billion.")
    rows = extract("treasury_holdings", text, published=dt.date(2025, 7, 18))
    assert project(rows, ("holder", "amount_usd", "period")) == [
        ("JPN", 1.135e12, "2025-05"), ("JPN", 1.128e12, "2025-04"), ("GBR", 809e9, "2025-05")]


def test_a_headline_sum_a_change_counted_from_a_month_and_an_opening_year_earlier():
    text = ("Taiwan's U.S. Treasury holdings climb to $301 billion\n\n"
            "Taiwan held $301 billion of U.S. Treasuries in June, up $4 billion from May, Treasury data showed. "
            "Holdings by Brazil were $209.4 billion, little changed from the previous month. "
            "A year earlier, Brazil held $228.8 billion.")
    rows = extract("treasury_holdings", text, published=dt.date(2025, 8, 18))
    assert project(rows, ("holder", "amount_usd", "period")) == [
        ("TWN", 301e9, "2025-06"), ("TWN", 301e9, "2025-06"), ("BRA", 209.4e9, "2025-06"), ("BRA", 228.8e9, "2024-06")]


def test_a_country_overtaken_whose_holdings_are_told_holds_them_and_a_month_after_a_sum_is_that_sums():
    text = ("Japan's holdings of U.S. Treasuries fell to $1.105 trillion in June from $1.121 trillion in May, while "
            "Canada's rose to $412.6 billion, overtaking Taiwan, whose holdings slipped to $398.2 billion.")
    rows = extract("treasury_holdings", text, published=dt.date(2025, 8, 18))
    assert project(rows, ("holder", "amount_usd", "period")) == [
        ("JPN", 1.105e12, "2025-06"), ("JPN", 1.121e12, "2025-05"), ("CAN", 4.126e11, "2025-06"), ("TWN", 3.982e11, "2025-06")]


def test_a_holder_that_moved_into_a_place_with_a_sum_holds_it():
    rows = extract("treasury_holdings", "China's holdings of U.S. Treasuries fell to $759.2 billion in March. Britain moved "
                   "into second place with about $771.5 billion, overtaking China.", published=dt.date(2025, 5, 16))
    assert project(rows, ("holder", "amount_usd")) == [("CHN", 759.2e9), ("GBR", 771.5e9)]


def test_the_month_a_lead_without_sums_gives_foreign_holdings_is_the_articles():
    text = ("Foreign holdings of U.S. Treasuries fell in March, data released on June 18 showed. "
            "Ireland's holdings slipped to $310.2 billion, while Norway held $190 billion.")
    rows = extract("treasury_holdings", text, published=PUB)
    assert project(rows, ("holder", "period")) == [("IRL", "2025-03"), ("NOR", "2025-03")]


def test_the_month_a_lead_gives_one_holder_without_a_sum_is_the_articles():
    # the lead names one holder and the month, the sums come later, the first with only a base month after it
    text = ("Norway added to its holdings of U.S. government debt in April, Treasury data showed on Monday. "
            "Norwegian holdings rose to $210 billion from $204 billion in March. Ireland held $330 billion.")
    rows = extract("treasury_holdings", text, published=PUB)
    assert project(rows, ("holder", "amount_usd", "period")) == [
        ("NOR", 210e9, "2025-04"), ("NOR", 204e9, "2025-03"), ("IRL", 330e9, "2025-04")]


def test_a_month_a_holding_peaked_in_is_not_the_articles():
    # (a guard: the lead's month is the figures' only with a verb of this month's change, not a peak long ago)
    text = ("Norway's holdings of U.S. Treasuries, which peaked in March 2021, were little changed. "
            "Norwegian holdings stood at $210 billion.")
    rows = extract("treasury_holdings", text, published=PUB)
    assert project(rows, ("holder", "period")) == [("NOR", None)]


def test_a_change_between_the_month_and_the_sum_does_not_hide_the_month():
    text = ("Norway cut its holdings of U.S. Treasuries in April, trimming them by $6.1 billion to $203.9 billion, "
            "Treasury data showed. Ireland held $330 billion.")
    rows = extract("treasury_holdings", text, published=PUB)
    assert project(rows, ("holder", "amount_usd", "period")) == [("NOR", 203.9e9, "2025-04"), ("IRL", 330e9, "2025-04")]


def test_a_country_in_a_where_aside_does_not_hold_the_sum():
    text = ("Foreign holdings of U.S. Treasuries rose in April. Luxembourg, where several Japanese funds are based, "
            "held $425 billion.")
    rows = extract("treasury_holdings", text, published=PUB)
    assert project(rows, ("holder", "amount_usd")) == [("LUX", 425e9)]


def test_sums_before_respectively_go_in_order_to_the_countries_listed():
    text = ("Foreign holdings of U.S. Treasuries rose in May, data showed. Part of Beijing's stake is kept by custodians in "
            "Ireland and Switzerland, which hold about $338 billion and $296 billion respectively.")
    rows = extract("treasury_holdings", text, published=PUB)
    assert project(rows, ("holder", "amount_usd")) == [("IRL", 338e9), ("CHE", 296e9)]


def test_a_list_of_holders_under_its_header():
    text = ("Foreign holdings of U.S. Treasuries fell in March, data showed on Tuesday.\n\n"
            "The top holders at the end of March were:\n\nJapan: $1.06 trillion\nIreland: $330.2 billion\n\n"
            "Analysts expect little change in April.")
    rows = extract("treasury_holdings", text, published=PUB)
    assert project(rows, ("holder", "amount_usd", "period")) == [("JPN", 1.06e12, "2025-03"), ("IRL", 330.2e9, "2025-03")]


def test_a_list_of_sums_by_country_in_an_article_on_something_else_holds_no_treasuries():
    # (a guard: the lead names no Treasuries)
    text = ("Exports of cars rose in March, data showed on Tuesday.\n\n"
            "The largest buyers were:\n\nJapan: $1.06 trillion\nIreland: $330.2 billion")
    assert extract("treasury_holdings", text, published=PUB) == []


@pytest.mark.parametrize("verb", ["trimming", "shedding", "adding"])
def test_a_change_told_with_a_participle_is_no_holding(verb):
    text = f"Ireland's holdings of Treasuries fell to $330.2 billion in March. Belgium held $390.5 billion, {verb} $2.1 billion."
    rows = extract("treasury_holdings", text, published=PUB)
    assert project(rows, ("holder", "amount_usd")) == [("IRL", 330.2e9), ("BEL", 390.5e9)]


def test_a_month_changed_from_is_no_holdings_month():
    text = "Foreign holdings of U.S. Treasuries rose in May. Ireland held $330.2 billion, little changed from April."
    rows = extract("treasury_holdings", text, published=PUB)
    assert project(rows, ("holder", "period")) == [("IRL", "2025-05")]


@pytest.mark.parametrize("text", [
    "India's holdings of U.S. Treasuries rose for a second month in April to $232.1 billion, according to Treasury data on Wednesday.",
    "India's holdings of U.S. Treasuries rose in April to $232.1 billion, the Treasury said today.",  # (a guard)
], ids=["data-on-a-weekday", "said-today"])
def test_the_day_the_data_came_out_is_not_the_holdings_month(text):
    rows = extract("treasury_holdings", text, published=PUB)
    assert project(rows, ("holder", "period")) == [("IND", "2025-04")]


def test_an_asset_named_in_an_aside_is_not_what_the_holder_holds():
    text = ("Japan's holdings of U.S. Treasuries rose to $1.18 trillion in August.\n\nChina cut its holdings again.\n\n"
            "Holdings by Luxembourg, often seen as a custodian for foreign funds' assets, slipped to $425.1 billion.")
    rows = extract("treasury_holdings", text, published=dt.date(2025, 10, 17))
    assert project(rows, ("holder", "amount_usd", "period"))[-1] == ("LUX", 425.1e9, "2025-08")


def test_a_countrys_stake_is_its_holding():
    text = ("Saudi Arabia's holdings of U.S. Treasuries rose to $133.8 billion in May. "
            "India pared its stake for a second month, to $227.4 billion, a one-year low.")
    rows = extract("treasury_holdings", text, published=dt.date(2025, 7, 17))
    assert project(rows, ("holder", "amount_usd", "period")) == [("SAU", 133.8e9, "2025-05"), ("IND", 227.4e9, "2025-05")]


@pytest.mark.parametrize("verb", ["topped", "exceeded", "surpassed"])
def test_holdings_that_topped_a_sum_are_at_least_it(verb):
    rows = extract("treasury_holdings", f"Brazil's holdings of U.S. Treasuries {verb} $230 billion in June.", published=dt.date(2025, 8, 18))
    assert project(rows, ("holder", "amount_usd", "qualifier")) == [("BRA", 230e9, "at_least")]


def test_a_month_a_change_is_counted_from_is_no_later_sums():
    text = ("Holdings of U.S. Treasuries by Saudi Arabia rose in April to $133 billion, U.S. data showed. Saudi holdings "
            "grew by $6.2 billion from March, while Norway's rose by $2.1 billion to $156 billion.")
    assert project(extract("treasury_holdings", text, published=PUB), ("holder", "period")) == [("SAU", "2025-04"), ("NOR", "2025-04")]
