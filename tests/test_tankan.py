"""Tankan extractor: sentences written for these tests, inside a Tankan article."""

import datetime as dt

import pytest
from helpers import extract, project

KEYS = ("category", "value", "horizon", "estimate")
LEAD = "The Bank of Japan's tankan survey was released on Monday. "
PUB = dt.date(2024, 10, 1)

CASES = [
    pytest.param("The index for big manufacturers stood at minus 9. It is expected to recover to minus 4 by December, the survey said.",
                 [("large_manufacturers", -9, "current", "actual"), ("large_manufacturers", -4, "outlook", "actual")],
                 id="what-the-survey-said-is-expected-is-the-outlook"),
    pytest.param("The index for big manufacturers fell to minus 5.", [("large_manufacturers", -5, "current", "actual")], id="minus-word"),
    pytest.param("Sentiment among large non-manufacturers held at +33.", [("large_non_manufacturers", 33, "current", "actual")],
                 id="held-at"),
    pytest.param("The small manufacturers' index improved to -2 from -6.",
                 [("small_manufacturers", -2, "current", "actual"), ("small_manufacturers", -6, "current", "actual")], id="to-from"),
    pytest.param("Mid-sized manufacturers reported a reading of +4.", [("mid_manufacturers", 4, "current", "actual")], id="mid-sized"),
    pytest.param("Big manufacturers expect the index to fall to +9 three months ahead.",
                 [("large_manufacturers", 9, "outlook", "actual")], id="outlook-ahead"),
    pytest.param("Economists had forecast the big manufacturers' index at +11.",
                 [("large_manufacturers", 11, "current", "consensus")], id="consensus-forecast"),
    pytest.param("Large Non-Manufacturers (Sept): +27 (forecast: +29)",
                 [("large_non_manufacturers", 27, "current", "actual"), ("large_non_manufacturers", 29, "current", "consensus")],
                 id="release-table"),
    pytest.param("Small non-manufacturers stood at plus 8, down 2 points.",
                 [("small_non_manufacturers", 8, "current", "actual")], id="plus-word-and-change-in-points"),
    pytest.param("The all enterprises index was at +6.", [("all_enterprises", 6, "current", "actual")], id="all-enterprises"),
    pytest.param("Manufacturers and non-manufacturers saw readings of 10 and 25, respectively.",
                 [("large_manufacturers", 10, "current", "actual"), ("large_non_manufacturers", 25, "current", "actual")],
                 id="respectively"),
    pytest.param("Large manufacturers see conditions improving to plus 16 in three months.",
                 [("large_manufacturers", 16, "outlook", "actual")], id="outlook-in-three-months"),
    pytest.param("Among small firms, manufacturers posted minus 3 and non-manufacturers plus 9.",
                 [("small_manufacturers", -3, "current", "actual"), ("small_non_manufacturers", 9, "current", "actual")],
                 id="size-carried-to-the-next-sector"),
    pytest.param("Japan Tankan Large Manufacturing Index: 15 (est 14; prev 13)",
                 [("large_manufacturers", 15, "current", "actual"), ("large_manufacturers", 14, "current", "consensus"),
                  ("large_manufacturers", 13, "current", "actual")], id="wire-est-prev"),
    pytest.param("Big non-manufacturers expect the index to slip to plus 21.",
                 [("large_non_manufacturers", 21, "outlook", "actual")], id="firms-expect-without-a-horizon-phrase"),
    pytest.param("Small manufacturers expect worse times ahead, with their index seen at minus 7.",
                 [("small_manufacturers", -7, "outlook", "actual")], id="firms-expect-index-seen"),
    pytest.param("Analysts polled by the agency see the big manufacturers' index at plus 12.",
                 [("large_manufacturers", 12, "current", "consensus")], id="analysts-see-is-consensus"),
    pytest.param("Analysts expect the big manufacturers' index to rise to plus 12 from plus 10.",
                 [("large_manufacturers", 12, "current", "consensus"), ("large_manufacturers", 10, "current", "actual")],
                 id="forecast-from-the-last-actual"),
    pytest.param("Large manufacturers project the index will fall to plus 7 in the next survey, while major nonmanufacturers see it at plus 20.",
                 [("large_manufacturers", 7, "outlook", "actual"), ("large_non_manufacturers", 20, "outlook", "actual")],
                 id="project-next-survey-and-nonmanufacturers-see"),
    pytest.param("The all-enterprise index came in at plus 7.", [("all_enterprises", 7, "current", "actual")], id="all-enterprise-hyphen"),
    pytest.param("Economists polled ahead of the release, due on Monday, expect the large manufacturers' index to hold at +14.",
                 [("large_manufacturers", 14, "current", "consensus")], id="forecasters-subject-far-from-their-verb-and-ahead-of-not-outlook"),
    pytest.param("The index for big non-manufacturers is forecast to slip to +30 from +32.",
                 [("large_non_manufacturers", 30, "current", "consensus"), ("large_non_manufacturers", 32, "current", "actual")],
                 id="passive-forecast-is-no-firms-outlook"),
    pytest.param("Small manufacturers are expected to see conditions worsening to minus 4 in three months' time.",
                 # (in a report on the survey, with no forecaster named: the firms' own outlook)
                 [("small_manufacturers", -4, "outlook", "actual")], id="passive-expected-with-an-outlook-horizon"),
    pytest.param("Big non-manufacturers held at plus 30, short of the plus 32 economists had predicted.",
                 [("large_non_manufacturers", 30, "current", "actual"), ("large_non_manufacturers", 32, "current", "consensus")],
                 id="a-signed-figure-before-economists-is-no-count-of-them"),
    # no rows: other series and counts
    pytest.param("A poll of 18 private economists sees the big manufacturers' index rising.", [], id="count-of-economists"),
    pytest.param("Big manufacturers plan to raise capex by 8.1 percent.", [], id="capex-percent"),
    pytest.param("The employment index for all firms was at -35.", [], id="employment-series"),
    pytest.param("The BOJ surveyed 9,100 firms, of which 99 percent responded.", [], id="counts"),
    pytest.param("The DI for major manufacturers is estimated at plus 12, the average forecast of 14 private think tanks.",
                 [("large_manufacturers", 12, "current", "consensus")], id="count-of-forecasters-two-words-before"),
    pytest.param("Large manufacturers index +15 vs +12 expected", [("large_manufacturers", 15, "current", "actual"),
                 ("large_manufacturers", 12, "current", "consensus")], id="expected-written-after-its-figure"),
    pytest.param("Large manufacturers index +15 (expected +12)", [("large_manufacturers", 15, "current", "actual"),
                 ("large_manufacturers", 12, "current", "consensus")], id="expected-before-the-next-figure-is-not-this-ones"),
]


@pytest.mark.parametrize("sentence,expected", CASES)
def test_tankan_sentences(sentence, expected):
    rows = extract("tankan", LEAD + sentence, published=PUB)
    assert sorted(project(rows, KEYS)) == sorted(expected)


def test_survey_months():
    rows = extract("tankan", LEAD + "Large manufacturers' index rose to +14 in September from +13 in June.", published=PUB)
    assert project(rows, ("value", "survey")) == [(14, "2024-09"), (13, "2024-06")]


def test_previous_survey_relative():
    rows = extract("tankan", LEAD + "The big manufacturers' index was +14, up from +13 three months earlier.", published=PUB)
    assert project(rows, ("value", "survey")) == [(14, "2024-09"), (13, "2024-06")]


def test_what_firms_projected_in_the_previous_survey_is_that_surveys_outlook():
    text = LEAD + "The big manufacturers' index was +14. In the previous survey, big manufacturers had predicted it would slip to +11."
    rows = extract("tankan", text, published=PUB)
    assert project(rows, ("value", "survey", "horizon", "estimate")) == [(14, "2024-09", "current", "actual"),
                                                                        (11, "2024-06", "outlook", "actual")]


def test_not_a_tankan_article():
    assert extract("tankan", "Large manufacturers' profits rose to +13 in June.", published=PUB) == []


def test_an_article_that_names_the_index_and_the_boj_but_not_the_word_tankan():
    text = "The headline index for large manufacturers rose to 14 from 13 in June, the BOJ said."
    assert project(extract("tankan", text, published=PUB), ("category", "value")) == [
        ("large_manufacturers", 14), ("large_manufacturers", 13)]
    assert extract("tankan", text.replace("the BOJ said", "the institute said"), published=PUB) == []


def test_prev_in_a_wire_line_is_the_previous_survey():
    rows = extract("tankan", LEAD + "Japan Tankan Large Manufacturing Index: 15 (est 14; prev 13)", published=PUB)
    assert project(rows, ("value", "survey", "estimate")) == [(15, "2024-09", "actual"), (14, "2024-09", "consensus"),
                                                               (13, "2024-06", "actual")]


def test_the_previous_reading_is_the_previous_survey():
    rows = extract("tankan", LEAD + "The index for large non-manufacturers came in at 30, against a forecast of 29 and the previous reading of 31.",
                   published=PUB)
    assert project(rows, ("value", "survey", "estimate")) == [(30, "2024-09", "actual"), (29, "2024-09", "consensus"),
                                                             (31, "2024-06", "actual")]


def test_the_survey_a_value_is_compared_with_is_not_its_survey():
    text = ("The BOJ tankan survey showed Wednesday that the diffusion index for big manufacturers rose 1 point from the "
            "previous survey in June to plus 14.")
    rows = extract("tankan", text, published=dt.date(2025, 10, 1))
    assert project(rows, ("category", "value", "survey")) == [("large_manufacturers", 14, "2025-09")]


@pytest.mark.parametrize("tail", [
    ", matching the previous survey", ", equal to the previous survey", ", in line with the last survey",
    ", the same as in the previous survey",  # (a guard)
], ids=["matching", "equal-to", "in-line-with", "the-same-as"])
def test_a_value_matching_the_previous_survey_is_of_the_latest(tail):
    text = f"The Bank of Japan's tankan showed the index for big non-manufacturers held at plus 27{tail}."
    rows = extract("tankan", text, published=dt.date(2025, 10, 1))
    assert project(rows, ("category", "value", "survey")) == [("large_non_manufacturers", 27, "2025-09")]


@pytest.mark.parametrize("text,expected", [
    ("The tankan index for large manufacturers rose to plus 14. The index measuring sentiment among small and midsize "
     "companies was minus 2 for manufacturers.", [("large_manufacturers", 14), ("small_manufacturers", -2)]),
    ("The tankan index for large manufacturers rose to plus 14. For small and mid-sized manufacturers, the index was "
     "minus 2.", [("large_manufacturers", 14), ("small_manufacturers", -2)]),
], ids=["category-after-the-value", "small-and-mid-sized"])
def test_small_and_midsize_firms_and_a_category_named_after_the_value(text, expected):
    rows = extract("tankan", text, published=dt.date(2025, 10, 1))
    assert project(rows, ("category", "value")) == expected


def test_a_survey_named_by_its_month_and_a_base_month_read_with_from():
    text = ("Economists expect the tankan index for big manufacturers to hold at +14 in the December survey, unchanged from "
            "September. In the September survey, small manufacturers' sentiment stood at +1, up from -1.")
    rows = extract("tankan", text, published=dt.date(2024, 12, 9))
    assert project(rows, ("category", "value", "survey", "estimate")) == [
        ("large_manufacturers", 14, "2024-12", "consensus"), ("small_manufacturers", 1, "2024-09", "actual"),
        ("small_manufacturers", -1, "2024-06", "actual")]


def test_a_prior_line_is_the_previous_survey_of_the_last_category():
    text = "Japan Tankan large manufacturing index +14 vs +13 expected\n\n- Prior was +13\n"
    rows = extract("tankan", text, published=dt.date(2025, 10, 1))
    assert project(rows, ("category", "value", "survey", "estimate")) == [
        ("large_manufacturers", 14, "2025-09", "actual"), ("large_manufacturers", 13, "2025-09", "consensus"),
        ("large_manufacturers", 13, "2025-06", "actual")]


def test_a_1980s_survey_month_is_its_quarters_survey():
    # until 1990 the Bank of Japan surveyed in February, May, August and November
    text = ("The Bank of Japan's quarterly survey showed the index for major manufacturers rose to minus 14 in May from "
            "minus 19 in February. For major non-manufacturers, the index rose to plus two from minus one in February.")
    rows = extract("tankan", text, published=dt.date(1987, 6, 2))
    assert project(rows, ("category", "value", "survey")) == [
        ("large_manufacturers", -14, "1987-06"), ("large_manufacturers", -19, "1987-03"),
        ("large_non_manufacturers", 2, "1987-06"), ("large_non_manufacturers", -1, "1987-03")]


def test_a_preview_in_the_passive_is_the_consensus_and_two_series_pair_with_two_values():
    text = ("Japan's big manufacturers seen gloomier in tankan - poll\n\n"
            "The Bank of Japan's tankan survey, due on July 1, is expected to show the index for big manufacturers at "
            "plus 9, down from plus 12 in March, according to the median forecast of 15 economists. Both big "
            "manufacturers and non-manufacturers are seen expecting conditions to worsen, with readings of plus 8 and plus 30.")
    rows = extract("tankan", text, published=dt.date(2025, 6, 23))
    assert project(rows, ("category", "value", "survey", "horizon", "estimate")) == [
        ("large_manufacturers", 9, "2025-06", "current", "consensus"), ("large_manufacturers", 12, "2025-03", "current", "actual"),
        ("large_manufacturers", 8, "2025-06", "outlook", "consensus"),
        ("large_non_manufacturers", 30, "2025-06", "outlook", "consensus")]


def test_after_the_release_a_passive_outlook_is_the_firms():
    text = ("Japan's big manufacturers' mood improves in BOJ tankan\n\n"
            "The index for big manufacturers rose to plus 13 in June, the Bank of Japan's tankan survey showed. "
            "Conditions are seen worsening to plus 12 three months ahead.")
    rows = extract("tankan", text, published=dt.date(2025, 7, 1))
    assert project(rows, ("value", "horizon", "estimate")) == [(13, "current", "actual"), (12, "outlook", "actual")]


def test_what_the_survey_shows_is_expected_is_the_outlook_in_a_report_that_cites_the_poll():
    text = ("Big manufacturers' mood improves. Sentiment among Japan's large manufacturers improved in the three months to "
            "September, the Bank of Japan's tankan survey showed on Wednesday. The headline index for big manufacturers "
            "rose to plus 15 from plus 12 in June, beating the median estimate in a Reuters poll. The index is expected "
            "to slip to plus 11 in December, the survey showed.")
    rows = extract("tankan", text, published=dt.date(2025, 10, 1))
    assert project(rows, ("value", "survey", "horizon", "estimate")) == [
        (15, "2025-09", "current", "actual"), (12, "2025-06", "current", "actual"), (11, "2025-09", "outlook", "actual")]


def test_in_a_preview_the_same_as_a_month_is_a_comparison_and_a_later_month_is_the_outlook():
    text = ("Tankan preview: mood seen steady. Business sentiment at Japan's big manufacturers is expected to hold steady, "
            "a Reuters poll of 15 economists showed, ahead of the tankan due on Oct. 1. The headline index for big "
            "manufacturers is forecast at plus 11, the same as in June. The index for large manufacturers is seen at "
            "plus 10 in December.")
    rows = extract("tankan", text, published=dt.date(2025, 9, 24))
    assert project(rows, ("value", "survey", "horizon", "estimate")) == [
        (11, "2025-09", "current", "consensus"), (10, "2025-09", "outlook", "consensus")]


def test_an_outlook_in_one_clause_is_not_the_next_clauses():
    text = ("The Bank of Japan's tankan showed the big manufacturers' index at plus 13. Big manufacturers expect conditions "
            "to worsen to plus 11 three months ahead, while the index for small manufacturers stood at plus 2.")
    rows = extract("tankan", text, published=dt.date(2025, 7, 1))
    assert project(rows, ("category", "value", "horizon")) == [
        ("large_manufacturers", 13, "current"), ("large_manufacturers", 11, "outlook"), ("small_manufacturers", 2, "current")]


def test_before_1990_the_latest_survey_is_that_of_february_may_august_or_november():
    text = ("Japanese manufacturers' sentiment worsened, the Bank of Japan's tankan survey showed. The diffusion index for "
            "principal manufacturers fell to minus 23 in May from minus 17 in February. For non-manufacturers, the index "
            "rose to plus 3 from minus 2.")
    rows = extract("tankan", text, published=dt.date(1987, 5, 28))
    assert project(rows, ("category", "value", "survey", "horizon")) == [
        ("large_manufacturers", -23, "1987-06", "current"), ("large_manufacturers", -17, "1987-03", "current"),
        ("large_non_manufacturers", 3, "1987-06", "current"), ("large_non_manufacturers", -2, "1987-03", "current")]


def test_a_reading_said_to_be_now_is_the_latest_surveys():
    text = ("Small manufacturers' index rose to minus 2 in September, the Bank of Japan's tankan showed. Small "
            "non-manufacturers expect their index to slip to plus 6 in December from plus 12 now.")
    rows = extract("tankan", text, published=dt.date(2024, 10, 1))
    assert project(rows, ("value", "survey", "horizon"))[1:] == [(6, "2024-09", "outlook"), (12, "2024-09", "current")]


def test_a_preview_of_research_houses_forecasts_is_the_consensus():
    # a preview named by its headline ("before the tankan") and by forecasts compiled from research houses
    text = ("Big makers' mood seen softer before BOJ tankan\n\n"
            "Sentiment at Japan's big manufacturers likely weakened, according to private-sector forecasts compiled on "
            "Monday. The average forecast of 12 think tanks puts the index for large manufacturers at plus 8, two points "
            "below March. The index for large non-manufacturers is seen at plus 30, against plus 32 in the previous survey.")
    rows = extract("tankan", text, published=dt.date(2025, 6, 23))
    assert project(rows, ("category", "value", "survey", "estimate")) == [
        ("large_manufacturers", 8, "2025-06", "consensus"), ("large_non_manufacturers", 30, "2025-06", "consensus"),
        ("large_non_manufacturers", 32, "2025-03", "actual")]


def test_an_unsigned_zero_expected_in_a_release_table_is_the_consensus():
    text = "Tankan for the June quarter:\n- Small manufacturers index: +2 (expected 0; prior +1)\n"
    rows = extract("tankan", text, published=dt.date(2025, 7, 1))
    assert project(rows, ("value", "survey", "estimate")) == [(2, "2025-06", "actual"), (0, "2025-06", "consensus"), (1, "2025-03", "actual")]


def test_in_a_preview_a_reading_seen_moving_is_the_consensus():
    text = ("Big makers' mood seen dipping before tankan\n\nThe tankan, due on Oct 1, is forecast to show the index for "
            "large manufacturers at plus 10, according to a poll of 15 economists.\n\n"
            "Large non-manufacturers' sentiment is seen slipping to plus 30 from plus 31.")
    rows = extract("tankan", text, published=dt.date(2026, 9, 25))
    assert ("large_non_manufacturers", 30, "consensus") in project(rows, ("category", "value", "estimate"))


def test_an_outlook_in_the_next_clause_is_not_the_earlier_figures():
    text = ("Tankan shows big firms' mood steady\n\nThe Bank of Japan's tankan survey showed the index for large "
            "non-manufacturers at +30, up from +29, while the outlook was +26.")
    rows = extract("tankan", text, published=dt.date(2026, 7, 1))
    assert project(rows, ("value", "horizon")) == [(30, "current"), (29, "current"), (26, "outlook")]


@pytest.mark.parametrize("sentence,expected", [
    ("The small manufacturers' index stood at plus 3 and is projected at minus 1 three months from now.",
     [(3, "current", "actual"), (-1, "outlook", "actual")]),
    ("The small manufacturers' index stood at plus 3 and economists had projected minus 1 three months from now.",
     [(3, "current", "actual"), (-1, "outlook", "consensus")]),  # (a guard: a forecaster is named)
], ids=["projected-for-three-months-ahead", "economists-projected"])
def test_a_value_projected_three_months_ahead_in_a_report_is_the_firms_outlook(sentence, expected):
    rows = extract("tankan", LEAD + sentence, published=PUB)
    assert project(rows, ("value", "horizon", "estimate"))[-2:] == expected


def test_an_unsigned_value_after_vs_in_a_data_line_is_a_value():
    text = ("The Bank of Japan's tankan index for large manufacturers came in at 9 in the third quarter.\n\n"
            "Large non-manufacturers index: 27 vs 29 expected, prior 30.")
    rows = extract("tankan", text, published=dt.date(2025, 10, 1))
    assert [(r["category"], r["value"], r["estimate"]) for r in rows][1:] == [
        ("large_non_manufacturers", 27, "actual"), ("large_non_manufacturers", 29, "consensus"), ("large_non_manufacturers", 30, "actual")]


def test_in_a_preview_a_value_seen_steady_is_the_consensus():
    text = ("Tankan seen showing firmer mood - poll\n\n"
            "The Bank of Japan's tankan survey, due on Dec. 15, is expected to show the index for big manufacturers at "
            "plus 11, according to the median forecast of 14 economists. The index for big non-manufacturers is seen "
            "steady at plus 31.")
    rows = extract("tankan", text, published=dt.date(2025, 12, 8))
    assert project(rows, ("category", "value", "estimate")) == [
        ("large_manufacturers", 11, "consensus"), ("large_non_manufacturers", 31, "consensus")]


def test_in_a_report_a_later_month_expected_with_no_forecaster_is_the_firms_outlook():
    text = ("Small firms gloomier in tankan\n\n"
            "Sentiment among small manufacturers worsened in the three months to June, the Bank of Japan's tankan survey "
            "showed on Tuesday. Small manufacturers' index was minus 4, and is expected to slide to minus 7 in September.")
    rows = extract("tankan", text, published=dt.date(2025, 7, 1))
    assert project(rows, ("value", "survey", "horizon", "estimate")) == [
        (-4, "2025-06", "current", "actual"), (-7, "2025-06", "outlook", "actual")]
