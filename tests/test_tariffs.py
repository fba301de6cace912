"""Tariff extractor: sentences written for these tests, in styles the seeds do not use."""

import datetime as dt

import pytest
from helpers import extract, project

KEYS = ("imposer", "target", "sector", "rate_pct", "status")

#: a lead that speaks of trade: in an article that never does, a sentence naming no country is not read as a tariff
CONTEXT = "Importers braced for the new duties. "

CASES = [
    pytest.param(
        "Importers braced for the new duties. A 30% U.S. tariff on Thai goods that was due on Sept. 1 will also be cut to 18%.",
        [("USA", "THA", "all", 30.0, "scheduled"), ("USA", "THA", "all", 18.0, "scheduled")],
        id="a-start-in-a-relative-clause-is-its-nouns-rate"),
    pytest.param(
        "Importers braced for the new duties. The 20% U.S. duty on Korean trucks will be replaced by a single 12% rate.",
        [("USA", "KOR", "autos", 20.0, "announced"), ("USA", "KOR", "autos", 12.0, "announced")],
        id="the-rate-that-replaces-a-levy-is-on-its-goods"),
    pytest.param(
        "Importers braced for the new duties. The Mexican tariff on U.S. pork is now 20%.",
        [("MEX", "USA", "agriculture", 20.0, "in_effect")], id="a-rate-that-is-now-is-in-force"),
    pytest.param(
        "Importers braced for the new duties. Mexico is now proposing a 20% tariff on U.S. pork.",
        [("MEX", "USA", "agriculture", 20.0, "sought")], id="is-now-before-a-verb-is-no-state (a guard)"),
    pytest.param(
        "Importers braced for the new duties. Goods from Iraq face the highest rate of 35%, followed by Libya at 30%.",
        [("USA", "IRQ", "all", 35.0, "in_effect"), ("USA", "LBY", "all", 30.0, "in_effect")],
        id="a-country-faces-the-highest-rate-of"),
    pytest.param(
        "Importers braced for the new duties. Australia's rate remains 10%.",
        [("USA", "AUS", "all", 10.0, "in_effect")], id="a-rate-that-remains-is-in-force"),
    pytest.param(
        "Importers braced for the new duties. Mexico's duty on U.S. apples is due to fall to 12 pct next year and to five pct in 2028.",
        [("MEX", "USA", "agriculture", 12.0, "scheduled"), ("MEX", "USA", "agriculture", 5.0, "scheduled")],
        id="a-later-step-of-a-levy-is-on-its-goods"),
    pytest.param(
        "Importers braced for the new duties. Chile's rate was set at 20%, a little below March's figure, and Peru's at 24%.",
        [("USA", "CHL", "all", 20.0, "announced"), ("USA", "PER", "all", 24.0, "announced")],
        id="a-short-aside-does-not-end-a-list-of-rates"),
    pytest.param(
        "Importers braced for the new duties. Goods from Chile and Peru will be hit with 30%, and Argentina and Uruguay with 35%.",
        [("USA", "CHL", "all", 30.0, "announced"), ("USA", "PER", "all", 30.0, "announced"),
         ("USA", "ARG", "all", 35.0, "announced"), ("USA", "URY", "all", 35.0, "announced")],
        id="two-countries-with-a-rate-after-a-comma-and"),
    pytest.param(
        "Peru will raise duties to 20% on 300 product lines, including steel, paper and footwear, from countries with no trade pact.",
        [("PER", "WLD", "steel", 20.0, "announced"), ("PER", "WLD", "other", 20.0, "announced"),
         ("PER", "WLD", "textiles", 20.0, "announced")],
        id="the-goods-of-a-rate-include-every-example-listed"),
    pytest.param(
        "Washington also announced a 20% tariff on imported trucks and a 40% levy on wooden furniture, also from June 1.",
        [("USA", "WLD", "autos", 20.0, "scheduled"), ("USA", "WLD", "other", 40.0, "scheduled")],
        id="rates-listed-before-a-start-share-it"),
    pytest.param(
        "Norway will lower its duty on imported cheese to 12 pct from 18 pct under a pact with Switzerland.",
        [("NOR", "WLD", "agriculture", 12.0, "announced"), ("NOR", "WLD", "agriculture", 18.0, "removed")],
        id="an-old-rate-taxes-the-goods-of-the-new-one"),
    pytest.param(
        "Seoul will cut its duties on oranges to 30 pct from 50 pct and on grapes to 24 pct from 45 pct from next March.",
        [("KOR", "WLD", "agriculture", 30.0, "scheduled"), ("KOR", "WLD", "agriculture", 50.0, "removed"),
         ("KOR", "WLD", "agriculture", 24.0, "scheduled"), ("KOR", "WLD", "agriculture", 45.0, "removed")],
        id="two-changes-of-one-verb-share-their-start"),
    pytest.param(
        "Brazil and India protested on Monday, with Washington imposing 50% duties on Brazilian coffee.",
        [("USA", "BRA", "agriculture", 50.0, "announced")], id="a-with-clause-has-its-own-levier"),
    pytest.param(
        "Exporters said Beijing's 15% duty on Australian barley is expected to be removed next year.",
        [("CHN", "AUS", "agriculture", 15.0, "in_effect")], id="a-levy-expected-to-be-removed-is-in-force"),
    pytest.param(
        "Beijing is likely to remove its 15% duty on Australian barley.",
        [("CHN", "AUS", "agriculture", 15.0, "in_effect")], id="a-levy-likely-to-be-removed-is-in-force"),
    pytest.param(
        "Seoul said a 30% tariff the U.S. announced on Korean goods was unfair, and urged Washington to reconsider.",
        [("USA", "KOR", "all", 30.0, "announced")], id="an-undoing-asked-for-is-not-the-levys-status"),
    pytest.param(
        "Brazil's duty, due to take effect on June 9, comes on top of a 12% Brazilian levy on Chinese steel.",
        [("BRA", "CHN", "steel", 12.0, "announced")], id="a-start-in-an-aside-of-the-subject-is-not-the-rates"),
    pytest.param(
        "Korea charges an 8% tariff on imported cars, compared with 2.5% in the United States.",
        [("KOR", "WLD", "autos", 8.0, "announced"), ("USA", "WLD", "autos", 2.5, "announced")],
        id="a-rate-set-beside-in-another-country-is-that-countrys-own"),
    pytest.param(
        "Canada recommended that its duty on Chinese bicycles be raised to 30 pct from 13 pct.",
        [("CAN", "CHN", "other", 30.0, "sought"), ("CAN", "CHN", "other", 13.0, "in_effect")],
        id="a-recommended-rise-is-sought-and-the-old-rate-stays"),
    pytest.param(
        "Economists expect Ottawa to lower its duty on Chinese bicycles to 10 pct from 13 pct.",
        [("CAN", "CHN", "other", 10.0, "expected"), ("CAN", "CHN", "other", 13.0, "in_effect")],
        id="an-expected-cut-leaves-the-old-rate-in-force"),
    pytest.param(
        "Brussels said its duties on Korean ball bearings, which take effect on May 4, range from 6 pct for one maker to 31 pct.",
        [("EUU", "KOR", "machinery", 6.0, "scheduled"), ("EUU", "KOR", "machinery", 31.0, "scheduled")],
        id="a-range-from-one-firms-rate-to-anothers"),
    pytest.param(
        "Brussels said its duties on Korean ball bearings, which take effect on May 4, range from 6 pct to 31 pct.",
        [("EUU", "KOR", "machinery", 6.0, "scheduled"), ("EUU", "KOR", "machinery", 31.0, "scheduled")],
        id="ranging-from-is-no-old-rate"),
    pytest.param(
        "Chile and Peru, which signed framework deals in May, will see a 10% U.S. tariff on their copper.",
        [("USA", "CHL", "other", 10.0, "announced"), ("USA", "PER", "other", 10.0, "announced")],
        id="countries-that-will-see-a-rate-pay-it"),
    pytest.param(
        "Ankara will put a 12% tariff on American rice from next week.",
        [("TUR", "USA", "agriculture", 12.0, "scheduled")], id="from-next-week-is-scheduled"),
    pytest.param(
        "Goods from Peru now face a 10% U.S. levy, while products from Chile are charged 15%.",
        [("USA", "PER", "all", 10.0, "in_effect"), ("USA", "CHL", "all", 15.0, "in_effect")],
        id="is-charged-is-in-effect"),
    pytest.param(
        "Seoul said it would lift its duty on Japanese beef to 30% from March 3, up from the current 20%.",
        [("KOR", "JPN", "agriculture", 30.0, "scheduled"), ("KOR", "JPN", "agriculture", 20.0, "removed")],
        id="the-old-rate-past-the-new-rates-start"),
    pytest.param(
        "Ottawa raised its duties on Korean steel to 40% and on Korean aluminum to 20%.",
        [("CAN", "KOR", "steel", 40.0, "announced"), ("CAN", "KOR", "aluminum", 20.0, "announced")],
        id="a-rate-closes-the-goods-phrase-before-the-next-goods"),
    pytest.param(
        "Mexican growers have begun to pay a 12 pct U.S. duty on their tomatoes.",
        [("USA", "MEX", "agriculture", 12.0, "in_effect")], id="begun-to-pay-is-in-effect"),
    pytest.param(
        "Since Monday Thai exporters started paying the 19% tariff on rice.",
        [("USA", "THA", "agriculture", 19.0, "in_effect")], id="started-paying-is-in-effect"),
    pytest.param(
        "Oslo has levied 20% duties on Chilean salmon since May, and could widen them to trout.",
        [("NOR", "CHL", "agriculture", 20.0, "announced")], id="a-change-to-come-of-the-levies-is-no-cue-of-their-state"),
    pytest.param(
        "Washington will raise its duty on Korean steel to 50%. Korean mills will keep paying 25% until then.",
        [("USA", "KOR", "steel", 50.0, "announced"), ("USA", "KOR", "steel", 25.0, "in_effect")], id="keep-paying-is-paying-not-levying"),
    pytest.param(
        "Ottawa left its 25% duty on U.S. steel unchanged.",
        [("CAN", "USA", "steel", 25.0, "in_effect")], id="left-unchanged-is-in-effect"),
    pytest.param(
        "Seoul will cut import duties on 50 items. A separate 18 pct import tax on Saudi naphtha is unchanged.",
        [("KOR", "SAU", "energy", 18.0, "in_effect")], id="naphtha-is-energy-and-unchanged-in-effect"),
    pytest.param(
        "Ottawa said its 25% duty on U.S. steel shows firm action can be taken under existing rules.",
        [("CAN", "USA", "steel", 25.0, "announced")], id="existing-rules-are-no-existing-levy"),
    pytest.param(
        "Seoul put a 12 pct duty on Chinese steel to narrow its current account gap.",
        [("KOR", "CHN", "steel", 12.0, "announced")], id="the-current-account-is-no-current-levy"),
    pytest.param(
        "Seoul kept the current 12 pct duty on Chinese steel.",
        [("KOR", "CHN", "steel", 12.0, "in_effect")], id="the-current-duty-is-in-effect"),
    pytest.param(
        "Ottawa put 40 pct import duties on Taiwanese personal computers.",
        [("CAN", "TWN", "electronics", 40.0, "announced")], id="personal-computers-are-no-personal-tax"),
    pytest.param(
        "Under the deal a 15% U.S. tariff also covers Korean cars, which currently face a 25% duty.",
        [("USA", "KOR", "autos", 15.0, "announced"), ("USA", "KOR", "autos", 25.0, "in_effect")], id="a-relative-aside-rate-is-on-the-goods-it-follows"),
    pytest.param(
        "Washington will charge a 25% tariff on imported heavy-duty trucks from Korea.",
        [("USA", "KOR", "autos", 25.0, "announced")], id="heavy-duty-is-no-duty"),
    pytest.param(
        "Chilean copper will remain subject to a 10% U.S. levy while talks go on.",
        [("USA", "CHL", "other", 10.0, "in_effect")], id="will-remain-subject-to-is-in-effect"),
    pytest.param(
        "Peru's exports face a 12% U.S. duty on top of a 10% tariff on Peruvian imports that started on May 3.",
        [("USA", "PER", "all", 12.0, "in_effect"), ("USA", "PER", "all", 10.0, "in_effect")], id="a-levy-that-started-is-in-effect"),
    pytest.param(
        "Norway already charges 20% duties on Chilean salmon, and Fisheries Minister Ola Berg said Oslo could raise them.",
        [("NOR", "CHL", "agriculture", 20.0, "in_effect")], id="and-a-titled-name-with-a-verb-starts-a-clause"),
    pytest.param(
        "Washington said it would put 50 pct tariffs on 200 mln dlrs of Canadian goods.",
        [("USA", "CAN", "all", 50.0, "announced")], id="wire-pct-canadian-goods"),
    pytest.param(
        "China imposed 10 pct retaliatory duties on U.S. farm goods last week.",
        [("CHN", "USA", "agriculture", 10.0, "announced")], id="china-retaliatory-farm"),
    pytest.param(
        "The 30 percent levy that Mexico charges on Korean steel took effect on Monday.",
        [("MEX", "KOR", "steel", 30.0, "in_effect")], id="mexico-levy-in-effect"),
    pytest.param(
        "The European Union slapped a 25% duty on American motorcycles and bourbon.",
        [("EUU", "USA", "autos", 25.0, "announced"), ("EUU", "USA", "agriculture", 25.0, "announced")],
        id="eu-duty-two-sectors"),
    pytest.param(
        "Brazilian pharmaceuticals face a 15% tariff under the new order.",
        [("USA", "BRA", "pharmaceuticals", 15.0, "in_effect")], id="subject-faces"),
    pytest.param(
        "India wants Washington to lower the duty on its textiles to 12 per cent.",
        [("USA", "IND", "textiles", 12.0, "sought")], id="sought-lower-to"),
    pytest.param(
        "The 20% tariff on Vietnamese electronics has been suspended for 90 days.",
        [("USA", "VNM", "electronics", 20.0, "suspended")], id="suspended"),
    pytest.param(
        "A 35 percent surcharge on Swiss machinery is set to start on August 1.",
        [("USA", "CHE", "machinery", 35.0, "scheduled")], id="scheduled-date"),
    pytest.param(
        "Ottawa lifted its 10 pct duty on U.S. lumber, ending the dispute.",
        [("CAN", "USA", "lumber", 10.0, "removed")], id="removed-lifted"),
    pytest.param(
        "Tariffs on Chinese semiconductors were raised to 50% from 25%.",
        [("USA", "CHN", "semiconductors", 50.0, "announced"), ("USA", "CHN", "semiconductors", 25.0, "removed")],
        id="chain-to-from"),
    pytest.param(
        "Analysts said the levy on German cars will likely settle near 15%.",
        [("USA", "DEU", "autos", 15.0, "expected")], id="expected-likely"),
    pytest.param(
        "The administration imposed a 25 pct tariff on Japanese cars, steel and aluminium.",
        [("USA", "JPN", "autos", 25.0, "announced"), ("USA", "JPN", "steel", 25.0, "announced"),
         ("USA", "JPN", "aluminum", 25.0, "announced")], id="one-row-per-sector"),
    pytest.param(
        "Trump announced a 10 percent baseline tariff on every trading partner.",
        [("USA", "WLD", "all", 10.0, "announced")], id="world-target"),
    # sentences that must give no row
    pytest.param(
        "Mexico's new 30 percent levy on imported steel took effect on Monday.",
        [("MEX", "WLD", "steel", 30.0, "in_effect")], id="possessive-imposer-imported-world"),
    pytest.param(
        "Korean truck imports have faced a 22% levy since May.",
        [("USA", "KOR", "autos", 22.0, "in_effect")], id="noun-levy-is-no-imposing-verb-and-may-the-month"),
    pytest.param(
        "Brazil reached an accord with Vietnam that sets a 12% duty on imports from the country.",
        [("BRA", "VNM", "all", 12.0, "announced")], id="imports-from-the-country"),
    pytest.param(
        "Ottawa will levy duties of 20% on goods from Germany and 18% on Italy.",
        [("CAN", "DEU", "all", 20.0, "announced"), ("CAN", "ITA", "all", 18.0, "announced")],
        id="each-rate-its-own-country"),
    pytest.param(
        CONTEXT + "The pact leaves out copper cathodes, timber and lumber, which remain subject to a 35% tariff.",
        [("USA", "WLD", "lumber", 35.0, "in_effect")], id="coordinated-sectors-before-rate-one-kind"),
    pytest.param(
        CONTEXT + "Autos and auto parts stay subject to a 25% tariff.",
        [("USA", "WLD", "autos", 25.0, "in_effect"), ("USA", "WLD", "auto_parts", 25.0, "in_effect")],
        id="coordinated-sectors-before-rate"),
    pytest.param(
        "India said it would levy a 20% duty on all imports from Australia from June 9, echoing the levy announced by Trump.",
        [("IND", "AUS", "all", 20.0, "scheduled")], id="another-levys-author-and-imports-from-one-country"),
    pytest.param("Mexico hits back with 15% tariffs on U.S. pork", [("MEX", "USA", "agriculture", 15.0, "announced")],
                 id="hits-back-with"),
    pytest.param("Salmon farmers in Maine, citing unfair subsidies, want a 30 pct duty on Norway's fish.",
                 [("USA", "NOR", "agriculture", 30.0, "sought")], id="other-topic-word-in-an-aside"),
    pytest.param("Ottawa put 40 pct tariffs on U.S. goods in retaliation for a breach of the softwood lumber accord.",
                 [("CAN", "USA", "all", 40.0, "announced")], id="the-reason-is-not-the-goods"),
    pytest.param("Surcharges on break-bulk cargoes to Gulf ports will be cut to 2.5 pct.", [], id="freight-surcharge"),
    pytest.param("Norway's 78 pct levy on oil production will stay, the finance ministry said.", [], id="levy-on-own-output"),
    pytest.param("Exports to the U.S. fell 12 pct in March.", [], id="no-tariff-word"),
    pytest.param("The tariff dispute wiped 3% off the Nikkei index on Tuesday.", [], id="stock-move-not-rate"),
    pytest.param("Tariff talks began in 1987 and lasted 18 months.", [], id="years-durations"),
    pytest.param("The central bank cut its policy rate to 0.5% despite the tariff threat.", [], id="interest-rate"),
    pytest.param("A 4% duty on Korean tyres might have been easier to accept, the importer said.", [], id="counterfactual-rate"),
    pytest.param("Importers will have to pay a 30% tariff on Vietnamese furniture.",
                 [("USA", "VNM", "other", 30.0, "announced")], id="a-tariff-to-pay-is-real"),
    pytest.param("Korean trucks had faced a 30% levy, combining a 25% tariff imposed in May with an existing 5% duty.",
                 [("USA", "KOR", "autos", 30.0, "announced"), ("USA", "KOR", "autos", 25.0, "announced"),
                  ("USA", "KOR", "autos", 5.0, "in_effect")], id="parts-of-a-rate-share-its-goods"),
    pytest.param(CONTEXT + "Trucks face a 25% tariff, with a 10% baseline tariff on everything else.",
                 [("USA", "WLD", "autos", 25.0, "in_effect"), ("USA", "WLD", "all", 10.0, "in_effect")],
                 id="economy-wide-rate-after-with-keeps-its-own-goods"),
    pytest.param("Seoul seeks relief from a 25% reciprocal tariff that is currently suspended.",
                 [("USA", "KOR", "all", 25.0, "suspended")], id="relief-from-a-suspended-rate"),
    pytest.param("Peru and Chile were hit with 15% tariffs, with a 10% rate on Chilean copper.",
                 [("USA", "PER", "all", 15.0, "announced"), ("USA", "CHL", "all", 15.0, "announced"),
                  ("USA", "CHL", "other", 10.0, "announced")], id="coordinated-subjects-and-a-rate-naming-its-own-country"),
    pytest.param("Trump tells Vietnam tariffs will rise to 46%", [("USA", "VNM", "all", 46.0, "announced")],
                 id="country-told-is-no-imposer"),
    pytest.param("The levy is separate from sector duties, such as the 25% tariff on Thai cars and the 50% duty on steel, he said.",
                 [("USA", "THA", "autos", 25.0, "announced"), ("USA", "THA", "steel", 50.0, "announced")],
                 id="goods-of-rates-inside-an-aside"),
    pytest.param("Seoul had sought the removal of the tariffs on its cars, currently taxed at 25%.",
                 [("USA", "KOR", "autos", 25.0, "in_effect")], id="sought-removal-of-an-existing-rate"),
    pytest.param("Tariffs on Indian drugs will be capped at 15%, India's chief negotiator said.",
                 [("USA", "IND", "pharmaceuticals", 15.0, "announced")], id="negotiator-is-no-status"),
    pytest.param("Trump said he would impose a 50% tariff on copper imports from Aug. 1.",
                 [("USA", "WLD", "other", 50.0, "scheduled")], id="named-good-outside-the-sectors-is-other"),
    pytest.param("Washington imposed tariffs on steel at 25% and on aluminum at 10%.",
                 [("USA", "WLD", "steel", 25.0, "announced"), ("USA", "WLD", "aluminum", 10.0, "announced")],
                 id="goods-priced-at-each-rate"),
    pytest.param("The EU granted Brazil a quota of 3,000 tonnes of beef at a 20% tariff.",
                 [("EUU", "BRA", "agriculture", 20.0, "announced")], id="granter-of-a-quota-levies-its-rate"),
    pytest.param("An additional 25% U.S. duty on Indian goods took effect on Wednesday, doubling the total levy on many Indian "
                 "exports to 50%.", [("USA", "IND", "all", 25.0, "in_effect"), ("USA", "IND", "all", 50.0, "in_effect")],
                 id="a-participle-clause-starts-with-the-clause-before"),
    pytest.param("The new U.S. duty will take effect on Aug. 1, raising the total levy on Brazilian goods to 50%.",
                 [("USA", "BRA", "all", 50.0, "scheduled")], id="a-participle-clause-after-a-clause-with-no-rate"),
    pytest.param("Washington imposed a 25% duty on steel, raising costs for automakers.",
                 [("USA", "WLD", "steel", 25.0, "announced")], id="a-participle-clause-ends-the-goods"),
    pytest.param("Canada put a 10% levy on cars, clothing and furniture.",
                 [("CAN", "WLD", "autos", 10.0, "announced"), ("CAN", "WLD", "textiles", 10.0, "announced"),
                  ("CAN", "WLD", "other", 10.0, "announced")], id="goods-ending-in-ing-are-no-participle"),
    pytest.param("Beijing removed a 25% levy on Canadian canola oil.", [("CHN", "CAN", "agriculture", 25.0, "removed")],
                 id="an-oil-that-is-food"),
    pytest.param("U.S. tariffs of 25% on Canada took effect, with Canadian energy products facing a lower 10% rate, while the "
                 "levy on Chinese goods was doubled to 20%.",
                 [("USA", "CAN", "all", 25.0, "in_effect"), ("USA", "CAN", "energy", 10.0, "in_effect"),
                  ("USA", "CHN", "all", 20.0, "announced")], id="goods-of-a-clause-of-their-own-are-not-the-rates-before"),
    pytest.param("Beijing set tariffs of 15% on chicken, wheat and corn and 10% on soybeans and pork.",
                 [("CHN", "WLD", "agriculture", 15.0, "announced"), ("CHN", "WLD", "agriculture", 10.0, "announced")],
                 id="a-list-of-rates-each-on-a-list-of-goods"),
    pytest.param("The U.S. had earlier imposed a 35 pct tariff on Canadian cedar shakes and shingles, and Ottawa responded with "
                 "duties of up to 10 pct on U.S. steel.",
                 [("USA", "CAN", "lumber", 35.0, "announced"), ("CAN", "USA", "steel", 10.0, "announced")],
                 id="and-a-new-subject-with-a-past-verb-is-a-clause"),
    pytest.param("Japan will let in 70,000 tonnes of U.S. rice at a 5% tariff.", [("JPN", "USA", "agriculture", 5.0, "announced")],
                 id="a-country-that-lets-goods-in-at-a-rate-levies-it"),
    pytest.param("Korea will cut duties on U.S. cars to 40 pct from 55 pct, while those on wine will drop to 45 pct from 70 pct.",
                 [("KOR", "USA", "autos", 40.0, "announced"), ("KOR", "USA", "autos", 55.0, "removed"),
                  ("KOR", "USA", "agriculture", 45.0, "announced"), ("KOR", "USA", "agriculture", 70.0, "removed")],
                 id="a-clause-naming-no-country-keeps-the-last-rates-parties"),
]


@pytest.mark.parametrize("sentence", [
    "The EU proposed a 15% duty on Japanese printers after finding they were dumped on the European market.",
    "The U.S. set a 20% duty on Chinese steel pipes, citing dumping by Chinese mills.",
], ids=["found-to-be-dumped", "citing-dumping-by"])
def test_a_duty_on_goods_sold_below_cost_is_anti_dumping(sentence):
    assert project(extract("tariffs", sentence), ("rate_pct", "measure"))[0][1] == "anti_dumping"


@pytest.mark.parametrize("sentence,expected", [
    ("Analysts expect growth to slow to about 4.5% in 2025 as U.S. tariffs bite.", []),
    ("Export growth slowed as a 25% import tariff took hold.", [25.0]),
], ids=["growth-slowing-as-tariffs-bite", "a-rate-glued-to-its-levy-noun"])
def test_a_growth_rate_near_a_tariff_word_is_no_tariff(sentence, expected):
    assert [r["rate_pct"] for r in extract("tariffs", CONTEXT + sentence)] == expected


def test_rates_listed_for_pairs_of_countries_are_each_countrys():
    rows = extract("tariffs", "Trump sets new tariffs on trading partners. He also set rates of 40% for Laos and Myanmar, "
                   "36% for Thailand and Cambodia, and 30% for South Africa.")
    assert sorted(project(rows, ("imposer", "target", "rate_pct"))) == [
        ("USA", "KHM", 36.0), ("USA", "LAO", 40.0), ("USA", "MMR", 40.0), ("USA", "THA", 36.0), ("USA", "ZAF", 30.0)]


def test_a_clause_naming_no_country_has_the_levier_of_the_clause_before():
    rows = extract("tariffs", "Canada will let in 18,500 tonnes of European cheese at no tariff, while imports above that volume "
                   "will still face a duty of 245.5%.")
    assert project(rows, ("imposer", "rate_pct")) == [("CAN", 245.5)]


def test_a_state_told_before_a_participle_clause_is_no_start_it_shares():
    rows = extract("tariffs", "Trump paused the higher duties, leaving a 10% tariff in place, while raising the levy on China to 125%.")
    assert (125.0, "announced") in project(rows, ("rate_pct", "status"))


def test_goods_at_a_rate_are_its_goods_not_those_of_the_next_levy():
    rows = extract("tariffs", "Chile will get a quota of 4,000 tonnes of frozen salmon at 8 pct duty and lower levies on barley.")
    assert project(rows, ("target", "sector_text", "rate_pct")) == [("CHL", "salmon", 8.0)]


@pytest.mark.parametrize("sentence,expected", CASES)
def test_tariff_sentences(sentence, expected):
    assert sorted(project(extract("tariffs", sentence), KEYS)) == sorted(expected)


def test_qualifiers_and_measure():
    rows = extract("tariffs", "Officials expect retaliatory duties of up to 40 pct on European wine.")
    assert project(rows, ("target", "sector", "rate_pct", "qualifier", "measure")) == [
        ("EUU", "agriculture", 40.0, "at_most", "retaliatory")
    ]


def test_effective_date_resolves_against_published():
    rows = extract("tariffs", "The 25% tariff on Korean cars is set to take effect on June 3.")
    assert rows[0]["status"] == "scheduled"
    assert str(rows[0]["effective_date"]) == "2025-06-03"


def test_day_of_a_statement_is_not_an_effective_date():
    rows = extract("tariffs", "Ottawa said on Thursday it would levy a 25 percent counter-tariff on U.S. steel.")
    assert project(rows, ("imposer", "target", "sector", "measure", "status", "effective_date")) == [
        ("CAN", "USA", "steel", "retaliatory", "announced", None)
    ]


def test_each_rate_keeps_its_own_goods_and_date():
    rows = extract("tariffs", "Seoul set a 30% tariff on U.S. pork, effective June 3, and a 10% duty on American ethanol.")
    got = sorted(project(rows, ("rate_pct", "sector", "effective_date")), key=str)
    assert [(r, sec, str(d)) for r, sec, d in got] == [(10.0, "energy", "None"), (30.0, "agriculture", "2025-06-03")]
    assert [r["status"] for r in rows if r["rate_pct"] == 30.0] == ["scheduled"]


def test_quote_covers_each_sector_distinctly():
    rows = extract("tariffs", "Canada put a 25 pct surtax on U.S. steel and aluminum.")
    assert [r["sector"] for r in rows] == ["steel", "aluminum"]
    assert len({r["quote"] for r in rows}) == 2


def test_sectors_named_before_the_rate_get_distinct_quotes():
    rows = extract("tariffs", "Under the accord, U.S. duties on Korean steel and aluminium remain at 50%.")
    assert sorted(project(rows, ("sector", "status"))) == [("aluminum", "in_effect"), ("steel", "in_effect")]
    assert len({r["quote"] for r in rows}) == 2  # two rows, two spans: their fact ids differ


def test_proposing_body_is_the_imposer():
    rows = extract("tariffs", "The European Commission proposed counter-tariffs of up to 25% on U.S. motorcycles and bourbon.")
    assert sorted(project(rows, ("imposer", "target", "sector", "measure", "status"))) == [
        ("EUU", "USA", "agriculture", "retaliatory", "sought"), ("EUU", "USA", "autos", "retaliatory", "sought"),
    ]


def test_the_country_that_faces_a_tariff_is_its_target():
    rows = extract("tariffs", "Norway faces a 15% tariff, one of the lower rates announced, after talks ended without a deal.")
    assert project(rows, ("imposer", "target", "rate_pct")) == [("USA", "NOR", 15.0)]


def test_a_list_of_goods_then_the_next_rate():
    rows = extract("tariffs", "Ottawa set surtaxes of 20% on U.S. bourbon and orange juice and 15% on diesel and farm machinery, "
                              "which took effect on June 2.")
    got = sorted((r["rate_pct"], r["sector"], str(r["effective_date"])) for r in rows)
    assert got == [(15.0, "energy", "2025-06-02"), (15.0, "machinery", "2025-06-02"), (20.0, "agriculture", "2025-06-02")]


def test_no_country_named_means_every_country():
    rows = extract("tariffs", "Imported furniture could face tariffs of 30% under the new order.")
    assert project(rows, ("imposer", "target", "rate_pct")) == [("USA", "WLD", 30.0)]


def test_a_dateline_day_is_not_an_effective_date():
    rows = extract("tariffs", "OTTAWA, July 2 (Test Wire) - Canada will impose a 25% tariff on U.S. boats from July 20.")
    assert project(rows, ("imposer", "target", "status", "effective_date"))[0][:3] == ("CAN", "USA", "scheduled")
    assert str(rows[0]["effective_date"]) == "2025-07-20"
    rows = extract("tariffs", "SEOUL, July 2 - South Korea said it set a 10% duty on Chinese steel plates.")
    assert project(rows, ("imposer", "target", "effective_date")) == [("KOR", "CHN", None)]


def test_a_date_after_an_old_rate_dates_the_new_one():
    rows = extract("tariffs", "Duties on Thai rice will be cut to 12% from 30%, effective June 20.")
    got = [(r["rate_pct"], r["status"], str(r["effective_date"])) for r in rows]
    assert got == [(12.0, "scheduled", "2025-06-20"), (30.0, "removed", "None")]


def test_bounds_baseline_and_signing_day():
    rows = extract("tariffs", "Peru faces duties as high as 45% on its copper exports to the United States.")
    assert project(rows, ("imposer", "target", "rate_pct", "qualifier")) == [("USA", "PER", 45.0, "at_most")]
    rows = extract("tariffs", CONTEXT + "A 12% baseline tariff stays in place for countries not named in the order.")
    assert project(rows, ("imposer", "target", "measure", "status")) == [("USA", "WLD", "baseline", "in_effect")]
    rows = extract("tariffs", "The president on Tuesday signed an order setting a 30% tariff on Chilean wine.")
    assert project(rows, ("imposer", "target", "rate_pct", "effective_date")) == [("USA", "CHL", 30.0, None)]
    rows = extract("tariffs", "Peru and the United States agreed on Monday that a 10% tariff will apply to Peruvian grapes.")
    assert project(rows, ("imposer", "target", "rate_pct", "effective_date")) == [("USA", "PER", 10.0, None)]


def test_rate_word_after_the_tariff_sentence():
    # fertilizer is a farm input, not a farm product: a named good outside the vocabulary, "other"
    rows = extract("tariffs", "Washington set new tariffs on Canadian goods on Friday. Fertilizer and lumber would stay at a 10% rate, an official said.")
    assert project(rows, ("target", "sector", "rate_pct")) == [("CAN", "other", 10.0), ("CAN", "lumber", 10.0)]
    text = ("Washington already charges a 10% baseline tariff on most EU imports. "
            "President Donald Trump has threatened to raise the rate on EU goods to 30% from August 1.")
    assert project(extract("tariffs", text), ("target", "rate_pct", "status")) == [("EUU", 10.0, "in_effect"), ("EUU", 30.0, "scheduled")]
    assert extract("tariffs", "The central bank raised its tariff forecasts. The policy rate on deposits rose to 3%.") == []


def test_goods_that_would_face_a_rate_are_not_yet_taxed():
    rows = extract("tariffs", "The European Commission listed American goods that would face tariffs of up to 30% if talks fail.")
    assert project(rows, ("imposer", "target", "rate_pct", "qualifier", "status")) == [("EUU", "USA", 30.0, "at_most", "announced")]


def test_pay_a_rate_with_no_tariff_word():
    # a country that pays, is charged or gets a rate, right after a tariff sentence
    rows = extract("tariffs", "The new tariff schedule was published on Friday. India will pay 25%, the order said.")
    assert project(rows, ("imposer", "target", "rate_pct")) == [("USA", "IND", 25.0)]
    text = ("The order sets 39% duties on goods from Switzerland.\n\nIndia will be charged 25%. South Africa gets 30%, "
            "the highest in its region.")
    assert project(extract("tariffs", text), ("target", "rate_pct")) == [("CHE", 39.0), ("IND", 25.0), ("ZAF", 30.0)]
    # not a share or a sum paid in a sentence that does not follow tariffs
    assert extract("tariffs", "Oil prices rose on Friday. Saudi Arabia gets 40% of its revenue from crude.") == []


def test_a_countrys_rate_in_a_list_of_rates_is_the_rate_it_pays():
    text = ("The order raises the tariff on Swiss goods to 39%. Canada's rate rises to 35% from 25%, "
            "while Taiwan's rate was set at 20% and Vietnam's at 20%.")
    assert project(extract("tariffs", text), ("imposer", "target", "rate_pct", "status")) == [
        ("USA", "CHE", 39.0, "announced"), ("USA", "CAN", 35.0, "announced"), ("USA", "CAN", 25.0, "removed"),
        ("USA", "TWN", 20.0, "announced"), ("USA", "VNM", 20.0, "announced")]


def test_old_rate_after_a_date_and_a_second_clause_with_its_own_subject():
    rows = extract("tariffs", "Duties on Thai goods will rise to 36% from Aug. 1, up from the 18% rate set in April and later suspended.")
    assert project(rows, ("rate_pct", "status", "effective_date")) == [(36.0, "scheduled", dt.date(2025, 8, 1)), (18.0, "suspended", None)]
    rows = extract("tariffs", "A 30% levy on imported trucks took effect on May 2, and Seoul has sought an exemption from the truck tariffs.")
    assert project(rows, ("sector", "status", "effective_date")) == [("autos", "in_effect", dt.date(2025, 5, 2))]


def test_tariff_in_another_sense_in_an_article_without_trade():
    text = ("Venezuela's biggest power company will meet its creditors on Monday. It is seeking a 40 pct increase in "
            "industrial tariffs. A 20 pct tariff increase introduced in March brought in little.")
    assert extract("tariffs", text) == []
    # the same sentences in an article that speaks of trade are read
    traded = text.replace("biggest power company will meet its creditors", "exporters will meet their creditors")
    assert project(extract("tariffs", traded), ("target", "rate_pct")) == [("VEN", 20.0)]


def test_duties_on_the_imports_the_article_is_about_are_on_their_country():
    text = ("The Commerce Department will set final dumping duties on Peruvian asparagus. "
            "A preliminary duty of 6.2 pct was set in March on the imports, worth 300 mln dlrs a year.")
    assert project(extract("tariffs", text), ("imposer", "target", "rate_pct", "measure")) == [("USA", "PER", 6.2, "anti_dumping")]


def test_the_levies_of_a_country_the_article_shows_changing_its_own_duties():
    text = ("KOREA PLANS TO CUT DUTIES ON COCOA IMPORTS. Duties on cocoa were cut to 15 pct from 28.5 pct in 2019. "
            "Washington has been demanding a cut to five pct, equal to its own duties.")
    assert project(extract("tariffs", text), ("imposer", "target", "rate_pct", "status")) == [
        ("KOR", "WLD", 15.0, "announced"), ("KOR", "WLD", 28.5, "removed"), ("KOR", "WLD", 5.0, "sought")]


def test_the_islands_import_tariffs_are_its_own_and_a_speaking_country_is_no_target():
    text = ("Chile will further reduce import tariffs on 900 products. "
            "Australia has said the country's import tariffs, still as high as 35 pct on some goods, were too high.")
    assert project(extract("tariffs", text), ("imposer", "target", "rate_pct")) == [("CHL", "WLD", 35.0)]


def test_own_duties_on_one_countrys_goods_and_an_actor_as_the_subject():
    text = ("The U.S. Commerce Department cut its duties on imported canned tuna from Ecuador. "
            "Duties of 7.5 pct had been set in May.")
    assert project(extract("tariffs", text), ("imposer", "target", "rate_pct")) == [("USA", "ECU", 7.5)]
    text = ("Japan said it would complain if Reagan imposed the tariffs on its chips. "
            "Those 100 pct duties are to be levied on 250 mln dlrs of Japanese products.")
    assert project(extract("tariffs", text), ("imposer", "target")) == [("USA", "JPN")]


def test_a_rate_the_new_one_replaced_is_removed():
    rows = extract("tariffs", "A spokesman said the U.S. tariffs on Japanese chips - up from four pct - were a warning.")
    assert project(rows, ("rate_pct", "status")) == [(4.0, "removed")]


def test_the_rate_of_a_domestic_tax_before_it_is_not_a_later_duty():
    text = ("The finance minister said the budget would raise the sales tax on goods and services by five points "
            "to 25 pct and impose duty on imported luxury cars.")
    assert extract("tariffs", CONTEXT + text) == []
    assert project(extract("tariffs", CONTEXT + "Canada will raise its tariff on U.S. steel to 25 pct."), ("imposer", "rate_pct")) == [("CAN", 25.0)]


def test_a_sector_rate_listed_after_a_baseline_is_no_baseline():
    rows = extract("tariffs", "Washington already charges a 10% baseline tariff on most EU imports and 50% on European steel.")
    assert project(rows, ("sector", "measure", "rate_pct", "status")) == [
        ("all", "baseline", 10.0, "in_effect"), ("steel", "sectoral", 50.0, "in_effect")]


def test_country_rates_in_an_article_about_reciprocal_tariffs_are_reciprocal():
    text = ("Trump set new reciprocal tariff rates on Thursday. Goods from Switzerland will face a 39% duty. "
            "Analysts predict that duties on Indian goods will stay near 25%.")
    rows = extract("tariffs", text)
    assert project(rows, ("target", "rate_pct", "measure")) == [("CHE", 39.0, "reciprocal"), ("IND", 25.0, "unspecified")]
    # the same rate in an article that never speaks of reciprocal tariffs keeps no measure
    rows = extract("tariffs", "Goods from Switzerland will face a 39% duty from next week.")
    assert project(rows, ("target", "measure")) == [("CHE", "unspecified")]


def test_the_verb_of_an_earlier_rate_does_not_name_a_later_rates_target():
    text = "Goods from Switzerland will face a 39% duty, and analysts predict any new duties on India will stay near 25%."
    assert project(extract("tariffs", text), ("target", "rate_pct")) == [("CHE", 39.0), ("IND", 25.0)]


def test_goods_of_the_next_rate_after_and_a_tariff_noun():
    # the tariff noun that opens the next item ("and tariffs on parts to 15%") is the next rate's, not this one's
    rows = extract("tariffs", "Duties on Japanese cars will rise to 25% and tariffs on parts to 15% from July 9.")
    assert project(rows, ("sector", "rate_pct")) == [("autos", 25.0), ("auto_parts", 15.0)]
    rows = extract("tariffs", "China will impose tariffs of 15% on U.S. coal, while duties on crude oil rise to 10%.")
    assert project(rows, ("imposer", "sector", "rate_pct")) == [("CHN", "energy", 15.0), ("CHN", "energy", 10.0)]


def test_a_prediction_governs_the_rate_after_it():
    # a cue that opens a new clause (", and analysts predict") goes to the rate after it, not the nearer one before
    text = "Goods from Switzerland will face a 39% duty, and analysts predict any new duties on India will stay near 25%."
    assert project(extract("tariffs", text), ("rate_pct", "status")) == [(39.0, "announced"), (25.0, "expected")]


def test_a_country_right_before_the_tariff_noun_levies_it_and_ranges_share_goods():
    text = ("Canada will impose 25% tariffs on U.S. imports, responding to U.S. duties of 25% on Canadian goods. "
            "The U.S. also doubled its additional tariff on Chinese goods to 20%.")
    assert project(extract("tariffs", text), ("imposer", "target", "rate_pct")) == [
        ("CAN", "USA", 25.0), ("USA", "CAN", 25.0), ("USA", "CHN", 20.0)]
    rows = extract("tariffs", "China said it would levy additional tariffs of 10% to 15% on some U.S. farm products from March 10.",
                   published=dt.date(2025, 3, 4))
    assert project(rows, ("sector", "rate_pct", "status", "effective_date")) == [
        ("agriculture", 10.0, "scheduled", dt.date(2025, 3, 10)), ("agriculture", 15.0, "scheduled", dt.date(2025, 3, 10))]


def test_the_goods_after_the_old_rate_are_the_new_rates_too():
    rows = extract("tariffs", "The order lifted duties to 100 pct from roughly five pct on Japanese colour TV sets.")
    assert project(rows, ("sector", "rate_pct", "status")) == [("electronics", 100.0, "announced"), ("electronics", 5.0, "removed")]


@pytest.mark.parametrize("text", [
    "Brazil hits back at Washington. Brasilia will put a 25% tariff on American wheat.",
    "Brasilia struck back and put a 25% tariff on American wheat.",
    "Brazil responded to the new U.S. levies with a 25% tariff on American wheat.",
    "In a tit-for-tat move, Brazil will put a 25% tariff on American wheat.",
    "Brasilia struck back, putting a 25% tariff on American wheat.",
], ids=["hits-back", "struck-back", "responded-with-duties", "tit-for-tat", "putting-after-the-subject"])
def test_a_country_that_hits_back_retaliates(text):
    rows = extract("tariffs", text, published=dt.date(2025, 4, 4))
    assert project(rows, ("imposer", "target", "sector", "measure")) == [("BRA", "USA", "agriculture", "retaliatory")]


def test_us_reciprocal_rates_told_with_the_retaliation_they_met_stay_reciprocal():
    text = ("Brazil hits back at Washington with a 25% tariff on American wheat. The U.S. reciprocal order set rates of "
            "20% for Peru and 30% for Chile.")
    rows = extract("tariffs", text, published=dt.date(2025, 4, 4))
    assert project(rows, ("imposer", "target", "measure")) == [
        ("BRA", "USA", "retaliatory"), ("USA", "PER", "reciprocal"), ("USA", "CHL", "reciprocal")]


def test_a_response_that_is_no_levy_is_no_retaliation():
    # (a guard: answering a question is not retaliating)
    rows = extract("tariffs", "Brazil responded to questions with a statement. Brasilia put a 25% tariff on American wheat.",
                   published=dt.date(2025, 4, 4))
    assert project(rows, ("measure",)) == [("unspecified",)]


def test_goods_after_an_abbreviated_imposer_and_a_rate_in_retaliation():
    rows = extract("tariffs", "One case in point is the 15 per cent duty the U.S. slapped on Canadian softwood shipments.")
    assert project(rows, ("imposer", "target", "sector", "rate_pct")) == [("USA", "CAN", "lumber", 15.0)]
    rows = extract("tariffs", "Reagan decided to impose 100 pct tariffs on Japanese goods in retaliation for unfair practices.")
    assert project(rows, ("target", "measure")) == [("JPN", "retaliatory")]


def test_the_imposer_carried_over_does_not_depend_on_the_hash_seed():
    # two countries named as imposers once each: the carried-over one must not follow set order (PYTHONHASHSEED)
    import subprocess
    import sys
    from pathlib import Path
    code = ("import sys; sys.path.insert(0, 'tests'); from helpers import extract; "
            "print([r['imposer'] for r in extract('tariffs', 'Importers braced. U.S. duties stay at 30% and China\\'s levy "
            "on U.S. goods at 10%. A 20% duty on chips remains in place.')])")
    root = Path(__file__).resolve().parent.parent
    outs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root,
                           env={"PYTHONHASHSEED": str(seed), "PATH": "/usr/bin:/bin"}, check=True).stdout for seed in range(1, 7)}
    assert len(outs) == 1, outs


def test_a_deal_ceiling_on_one_partys_goods_is_the_other_partys_levy():
    text = ("The United States and the European Union agreed on Sunday to a deal that sets a 15% tariff ceiling on most "
            "EU goods, averting a threatened 30% rate.")
    assert project(extract("tariffs", text), ("imposer", "target", "rate_pct")) == [("USA", "EUU", 15.0), ("USA", "EUU", 30.0)]


def test_a_us_law_names_the_imposer_and_a_measure_word_past_another_country_is_not_this_rates():
    text = "The EU cut its car tariff. Pharmaceuticals could face duties of up to 15% once a Section 232 investigation ends."
    assert project(extract("tariffs", CONTEXT + text), ("imposer", "sector", "rate_pct")) == [("USA", "pharmaceuticals", 15.0)]
    text = "Trump kept U.S. duties on Chinese goods at 30% and China's retaliatory levy on U.S. goods at 10%."
    assert project(extract("tariffs", text), ("imposer", "rate_pct", "measure")) == [("USA", 30.0, "unspecified"), ("CHN", 10.0, "retaliatory")]


def test_a_proposal_to_lift_duties_to_a_range():
    text = ("Mexico's government proposed raising tariffs on cars imported from China to 50%. "
            "The proposal would also lift duties on textiles and toys to between 10% and 50%.")
    rows = extract("tariffs", text)
    assert project(rows, ("sector", "rate_pct", "status"))[1:] == [
        ("textiles", 10.0, "sought"), ("other", 10.0, "sought"), ("textiles", 50.0, "sought"), ("other", 50.0, "sought")]


def test_a_rate_started_in_a_past_year_is_not_scheduled():
    rows = extract("tariffs", "The U.S. put duties on imported heavy trucks from June 1982, beginning at 38.5 pct.",
                   published=dt.date(1987, 3, 1))
    assert project(rows, ("rate_pct", "status")) == [(38.5, "announced")]
    rows = extract("tariffs", "The U.S. will impose a 25 pct tariff on Japanese cars from April 2026.", published=dt.date(2025, 9, 1))
    assert project(rows, ("rate_pct", "status")) == [(25.0, "scheduled")]


@pytest.mark.parametrize("sentence,expected", [
    ("Japan cut its duties on chocolate and biscuits to 18 pct.", [("agriculture", "chocolate")]),
    # one row per sector: two goods outside the named sectors make one "other" row
    ("Canada set a 12 pct duty on U.S. cigarettes and cosmetics.", [("other", "cigarettes")]),
    ("India doubled its tariff on walnuts and shoes to 100 pct.", [("agriculture", "walnuts"), ("textiles", "shoes")]),
], ids=["food", "other-goods", "nuts-and-shoes"])
def test_named_goods_have_their_sector(sentence, expected):
    assert project(extract("tariffs", sentence, published=dt.date(2025, 7, 1)), ("sector", "sector_text")) == expected


def test_a_plan_is_a_schedule_only_when_it_changes_duties_and_its_weekday_is_to_come():
    pub = dt.date(2025, 7, 23)  # a Wednesday
    rows = extract("tariffs", "Nissan plans to build trucks in Ohio to offset the 25 pct U.S. import tax on cars.", published=pub)
    assert project(rows, ("rate_pct", "status")) == [(25.0, "announced")]
    rows = extract("tariffs", "The president kept to his plan to sign an order on Friday slapping 40 pct tariffs on Peruvian copper.",
                   published=pub)
    assert project(rows, ("rate_pct", "status", "effective_date")) == [(40.0, "scheduled", dt.date(2025, 7, 25))]
    rows = extract("tariffs", "The 40 pct tariffs on Peruvian copper came into force on Monday.", published=pub)
    assert project(rows, ("status", "effective_date")) == [("in_effect", dt.date(2025, 7, 21))]
    rows = extract("tariffs", "Chile's 15 pct duty on Chinese steel takes effect in October.", published=pub)
    assert project(rows, ("imposer", "target", "status")) == [("CHL", "CHN", "scheduled")]


def test_a_weekday_a_change_to_come_starts_on_is_the_next_one():
    pub = dt.date(2025, 7, 23)  # a Wednesday
    rows = extract("tariffs", "Washington will lift its duties on Brazilian beef to 40% from 10% starting Monday.", published=pub)
    assert project(rows, ("rate_pct", "status", "effective_date")) == [(40.0, "scheduled", dt.date(2025, 7, 28)), (10.0, "removed", None)]
    # (not a day something was said: the deal's day is past)
    rows = extract("tariffs", "Thai goods will face a 19% tariff under a deal announced on Monday.", published=pub)
    assert project(rows, ("rate_pct", "status", "effective_date")) == [(19.0, "announced", None)]
    # a start told in the past is the last one, and in force
    rows = extract("tariffs", "The 40% duty on Brazilian beef took effect starting Monday.", published=pub)
    assert project(rows, ("rate_pct", "status", "effective_date")) == [(40.0, "in_effect", dt.date(2025, 7, 21))]


@pytest.mark.parametrize("sentence,expected", [
    ("South Korea and Vietnam secured a 20% rate under deals struck in July.",
     [("USA", "KOR", "all", 20.0, "announced"), ("USA", "VNM", "all", 20.0, "announced")]),
    ("Turkey is set to see its rate rise to 40% on Sept. 1 as a penalty for buying Iranian oil.",
     [("USA", "TUR", "all", 40.0, "scheduled")]),
    ("Chile faces a 30% duty on most goods, though copper and wine are exempt.", [("USA", "CHL", "all", 30.0, "in_effect")]),
    ("Peru has until Sept. 1 to strike a deal or duties on its goods could climb from the current 20%.",
     [("USA", "PER", "all", 20.0, "in_effect")]),
    ("The Bank of Korea kept its rate at 2.5% as tariffs weigh on exports.", []),
], ids=["secured-a-rate", "its-rate-and-a-penalty-reason", "exempt-goods-are-not-the-rates", "the-current-rate-and-a-deadline",
        "a-central-banks-rate"])
def test_rates_countries_get_and_what_is_not_their_goods(sentence, expected):
    rows = extract("tariffs", CONTEXT + "U.S. duties on goods rose. " + sentence, published=dt.date(2025, 8, 7))
    assert project(rows, KEYS) == expected
    assert all(r["effective_date"] is None for r in rows if "until" in sentence)


def test_a_country_before_the_noun_is_taxed_when_someone_else_imposes_and_a_changer_of_duties_levies_them():
    text = ("Trump raises Brazil levy to 60%, pauses others\n\n"
            "Brasilia responded by lifting its own tariffs on American goods to 40% from 15%.")
    rows = extract("tariffs", CONTEXT + text, published=dt.date(2025, 8, 1))
    assert project(rows, ("imposer", "target", "rate_pct")) == [("USA", "BRA", 60.0), ("BRA", "USA", 40.0), ("BRA", "USA", 15.0)]
    rows = extract("tariffs", "In March, Chile reduced import tariffs of up to 30 pct on some 900 foreign products.",
                   published=dt.date(2025, 5, 1))
    assert project(rows, ("imposer", "target", "rate_pct")) == [("CHL", "WLD", 30.0)]


@pytest.mark.parametrize("sentence,expected", [
    ("The EU has long complained about Korean steelmakers, and the Commission said in a statement on Monday that "
     "it would impose 18 pct anti-dumping duties on Korean steel wire.", [("EUU", "KOR", 18.0)]),
    ("Brazil is weighing its response to the U.S. measures, and officials signalled on Friday that they would "
     "levy 30% counter-tariffs on American ethanol.", [("BRA", "USA", 30.0)]),
], ids=["it-is-the-eu", "they-are-brazil"])
def test_a_pronoun_imposing_is_the_sentences_subject(sentence, expected):
    rows = extract("tariffs", sentence, published=dt.date(2025, 8, 7))
    assert project(rows, ("imposer", "target", "rate_pct")) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("The duties follow the trade panel's final ruling of June 3 and add a 4.2 pct countervailing duty on "
     "Vietnamese shrimp.", None),
    ("Citing its May 30 decision, Ottawa will apply a 25 pct surtax on U.S. steel from July 1.", dt.date(2025, 7, 1)),
], ids=["a-rulings-date", "a-decisions-date-and-a-start"])
def test_the_date_of_a_ruling_or_decision_is_no_effective_date(sentence, expected):
    rows = extract("tariffs", sentence, published=dt.date(2025, 6, 20))
    assert [r["effective_date"] for r in rows] == [expected]


@pytest.mark.parametrize("text,expected", [
    # goods no country is named for, in a story about several countries: from everywhere, a US sector tariff
    ("Trump adds levies on boats and pianos\n\nThe United States will charge a 20% tariff on imported boats and "
     "a 15% tariff on yachts, the White House said. The new duties start next month. Peru already faces a 10% duty "
     "on its goods. Peru's president called it unfair and Peruvian exporters asked for help.",
     [("USA", "WLD", "other", "sectoral", 20.0), ("USA", "WLD", "other", "sectoral", 15.0),
      ("USA", "PER", "all", "unspecified", 10.0)]),
    # the country the opening is about still owns them
    ("Peru braces for U.S. duties\n\nPeru's exporters expect the worst. Tariffs of 25% on autos took effect, "
     "the ministry said.", [("USA", "PER", "autos", "sectoral", 25.0)]),
], ids=["several-countries", "the-opening-names-one"])
def test_goods_of_no_named_country_are_the_leads_country_or_everyones(text, expected):
    rows = extract("tariffs", text, published=dt.date(2025, 9, 1))
    assert project(rows, ("imposer", "target", "sector", "measure", "rate_pct")) == expected


def test_a_country_keeping_duties_levies_them_and_they_are_in_force():
    pub = dt.date(2025, 9, 26)
    rows = extract("tariffs", "Mexico scrapped most of its levies on U.S. goods on Sept. 1 but kept 20% counter-duties on "
                   "American pork.", published=pub)
    assert project(rows, ("imposer", "target", "measure", "status")) == [("MEX", "USA", "retaliatory", "in_effect")]
    rows = extract("tariffs", "Chile's copper has been hit with a 50% levy since Aug. 1, after Washington raised the rate.",
                   published=pub)
    assert project(rows, ("target", "status", "effective_date")) == [("CHL", "in_effect", dt.date(2025, 8, 1))]
    rows = extract("tariffs", "The U.S. will impose a 25% tariff on imported tractors from next Wednesday.", published=pub)
    assert project(rows, ("status", "effective_date")) == [("scheduled", dt.date(2025, 10, 1))]


@pytest.mark.parametrize("sentence,expected", [
    ("Korea wants the U.S. to cut its 25% tariff on Korean ships to 10%.", [(25.0, "in_effect"), (10.0, "sought")]),
    ("Economists expect Washington to lower the 40% levy on Laotian goods to 20%.", [(40.0, "in_effect"), (20.0, "expected")]),
    ("Ottawa is set to cut its 30% surtax on U.S. boats to 10% from Nov. 1.", [(30.0, "in_effect"), (10.0, "scheduled")]),
    ("The White House paused the higher rates on imports for 90 days, leaving a 10% universal duty in place.", [(10.0, "in_effect")]),
], ids=["sought-target", "expected-target", "scheduled-target", "what-a-pause-leaves"])
def test_the_rate_a_change_would_reach_and_the_rate_it_changes(sentence, expected):
    rows = extract("tariffs", sentence, published=dt.date(2025, 10, 10))
    assert project(rows, ("rate_pct", "status")) == expected


def test_the_old_rate_of_a_retaliatory_change_is_retaliatory_too():
    rows = extract("tariffs", "Ottawa responded by raising its own duties on American whiskey to 60% from 25%.", published=dt.date(2025, 4, 10))
    assert project(rows, ("imposer", "target", "measure", "rate_pct")) == [("CAN", "USA", "retaliatory", 60.0), ("CAN", "USA", "retaliatory", 25.0)]


def test_a_clause_opening_with_its_verb_has_the_sentences_subject_past_a_dateline():
    text = ("BRASILIA, Aug 6 (Reuters) - Brazil ended most of its curbs on U.S. imports on Wednesday, "
            "leaving an 18% duty on American ethanol in place.")
    rows = extract("tariffs", text, published=dt.date(2025, 8, 6))
    assert project(rows, ("imposer", "target", "rate_pct", "status")) == [("BRA", "USA", 18.0, "in_effect")]


def test_no_country_levies_its_own_exports_and_coordinated_goods_are_each_taxed():
    rows = extract("tariffs", "Norwegian officials want to lower the 15% tariff on Norwegian goods that took effect on Aug. 7.",
                   published=dt.date(2025, 8, 20))
    assert project(rows, ("imposer", "target", "rate_pct", "status")) == [("USA", "NOR", 15.0, "in_effect")]
    rows = extract("tariffs", "The court ruling also covers 35% duties on Chilean and Peruvian copper.", published=dt.date(2025, 8, 20))
    assert project(rows, ("imposer", "target", "rate_pct")) == [("USA", "CHL", 35.0), ("USA", "PER", 35.0)]
    assert all(r["quote"] for r in rows)


def test_an_across_the_board_surcharge_is_a_baseline():
    rows = extract("tariffs", "Lawmakers proposed a 10 pct across the board import surcharge.", published=dt.date(1987, 3, 1))
    assert project(rows, ("target", "measure", "status")) == [("WLD", "baseline", "sought")]


@pytest.mark.parametrize("text,expected", [
    ("Trump raised tariffs on Korean goods as part of a package for dozens of economies, effectively adding 10% on "
     "top of existing duties for many goods.", [("KOR", 10.0)]),
    ("Korea wins lower US car tariff\n\nSeoul welcomed the deal on Thursday. The 15% cap will cover, retroactively, "
     "shipments made since August 7, when higher duties on scores of economies came into effect.", [("KOR", 15.0)]),
    ("The U.S. imposed a 10% tariff on imports from all countries.", [("WLD", 10.0)]),
], ids=["a-named-country-before-a-vague-many", "another-levys-economies", "the-rates-own-all-countries"])
def test_a_world_phrase_is_the_target_only_when_it_is_the_rates_own(text, expected):
    rows = extract("tariffs", text, published=dt.date(2025, 9, 5))
    assert project(rows, ("target", "rate_pct")) == expected


def test_old_rates_share_the_new_rates_goods_and_changes_by_an_average_are_no_rates():
    text = ("Korea will cut import tariffs on about 800 farm and fishery products by an average of 15 pct from January. "
            "The tariff on walnuts will be lowered to 30 pct from 45 pct, and that on honey to 20 pct from 35 pct.")
    rows = extract("tariffs", text, published=dt.date(1987, 6, 2))
    assert project(rows, ("sector_text", "rate_pct", "status")) == [
        ("walnuts", 30.0, "announced"), ("walnuts", 45.0, "removed"), ("honey", 20.0, "announced"), ("honey", 35.0, "removed")]
    assert all(r["sector_text"] != "None" for r in rows)


def test_makers_of_a_country_are_no_goods_and_an_immediate_start_is_in_force():
    rows = extract("tariffs", "Other Korean makers will pay anti-dumping duties of 12.5 pct.", published=dt.date(1987, 2, 26))
    assert project(rows, ("sector", "rate_pct")) == [("all", 12.5)]
    rows = extract("tariffs", "Mexico's 12 pct countervailing duty on U.S. sorghum takes effect immediately.", published=dt.date(1987, 4, 14))
    assert project(rows, ("imposer", "target", "status")) == [("MEX", "USA", "in_effect")]


def test_a_levy_on_a_countrys_own_output_stays_domestic_when_named_again():
    text = ("The government may ease the production levy on old oil from Norwegian fields. "
            "Producers said returns would rise if the levy was cut to 60 pct. "
            "Norway also charges a 10 pct duty on imported crude.")
    rows = extract("tariffs", text, published=dt.date(1987, 3, 25))
    assert project(rows, ("imposer", "rate_pct")) == [("NOR", 10.0)]


@pytest.mark.parametrize("text,expected", [
    ("The UK had faced a 20% tariff announced in April that was cut to 10% during negotiations.",
     [("USA", "GBR", 20.0, "removed"), ("USA", "GBR", 10.0, "announced")]),  # (the 20% was cut: no longer in force)
    ("Korea and the United States reached an agreement on Sunday that sets a 15% tariff on most Korean goods, averting a "
     "25% rate threatened from Aug. 1.", [("USA", "KOR", 15.0, "announced"), ("USA", "KOR", 25.0, "scheduled")]),
    ("Trump signed an order on tariffs on imports. Brazil's tariff will rise to 50% from 10% on Friday for goods not "
     "exempted, while Laos faces 40% and Peru 10%.",
     # (a rise on a weekday, told in the future: the Friday to come, so scheduled)
     [("USA", "BRA", 50.0, "scheduled"), ("USA", "BRA", 10.0, "removed"), ("USA", "LAO", 40.0, "in_effect"),
      ("USA", "PER", 10.0, "in_effect")]),
    ("Ottawa said it would impose 25% tariffs on American goods immediately.", [("CAN", "USA", 25.0, "in_effect")]),
], ids=["had-faced-and-during-negotiations", "a-rate-averted-shares-no-schedule", "a-countrys-tariff-that-rises",
        "immediately"])
def test_who_faces_what_and_when(text, expected):
    rows = extract("tariffs", text, published=dt.date(2025, 7, 28))
    assert project(rows, ("imposer", "target", "rate_pct", "status")) == expected
    assert all(r["effective_date"] is None for r in rows if "Sunday" in text)


def test_the_day_a_tariff_was_announced_is_no_effective_date():
    rows = extract("tariffs", "Beijing announced tariffs of 15% on U.S. chicken on Tuesday.", published=dt.date(2025, 3, 5))
    assert [r["effective_date"] for r in rows] == [None]
    rows = extract("tariffs", "Beijing announced tariffs of 15% on U.S. chicken, effective Monday.", published=dt.date(2025, 3, 5))
    assert [r["effective_date"] for r in rows] == [dt.date(2025, 3, 3)]


def test_a_rate_applying_in_the_meantime_is_in_force_beside_a_paused_one():
    text = "The 26% tariff on Indian goods has been paused until July 9, with a 10% levy applying in the meantime."
    rows = extract("tariffs", text, published=dt.date(2025, 5, 26))
    assert project(rows, ("target", "rate_pct", "status")) == [("IND", 26.0, "suspended"), ("IND", 10.0, "in_effect")]


@pytest.mark.parametrize("sentence,expected", [
    ("Korea's tariff on imported pork is 30 pct, compared with 8 pct for New Zealand lamb.",
     [("WLD", "pork", 30.0, "announced"), ("NZL", "lamb", 8.0, "announced")]),
    ("Korea's tariff on imported pork is 30 pct, compared with 8 pct a year ago.",
     [("WLD", "pork", 30.0, "announced"), ("WLD", "pork", 8.0, "removed")]),
    ("The EC raised duties on Korean typewriters to 18 pct from 10 pct.", [("KOR", "typewriters", 18.0, "announced"),
                                                                        ("KOR", "typewriters", 10.0, "removed")]),
], ids=["a-rate-set-beside-on-other-goods", "an-earlier-rate-compared", "office-machines"])
def test_a_compared_rate_on_goods_of_its_own_is_no_old_rate(sentence, expected):
    rows = extract("tariffs", sentence, published=dt.date(1987, 4, 20))
    assert project(rows, ("target", "sector_text", "rate_pct", "status")) == expected


@pytest.mark.xfail(strict=True, reason="an agency of a country as the subject ('The Peruvian trade ministry ... implementation of a "
                                       "10 pct tariff') is not read as that country; the default imposer is used")
def test_an_agency_of_a_country_levies_its_tariff():
    text = ("The Peruvian trade ministry has told Washington that the recent implementation of a 10 pct tariff on "
            "vegetable oils was not aimed at U.S. soybean oil.")
    rows = extract("tariffs", text, published=dt.date(1987, 3, 10))
    assert project(rows, ("imposer", "target")) == [("PER", "WLD")]


def test_an_item_after_including_belongs_to_the_rates_before():
    text = ("The White House sent letters on Monday setting tariff rates from 20% to 35% starting Aug. 1, including "
            "30% on Peru and Chile.")
    rows = extract("tariffs", text, published=dt.date(2025, 7, 9))
    assert [r for r in project(rows, ("target", "rate_pct", "status")) if r[1] == 30.0] == [
        ("PER", 30.0, "scheduled"), ("CHL", 30.0, "scheduled")]


@pytest.mark.parametrize("text,expected", [
    ("Korea hit with extra 20% U.S. duty over Iranian crude, lifting total to 45%",
     [("USA", "KOR", "all", 20.0, "announced"), ("USA", "KOR", "all", 45.0, "announced")]),
    ("Washington will impose an additional 20% tariff on Korean goods over Seoul's purchases of Iranian crude.",
     [("USA", "KOR", "all", 20.0, "announced")]),
    ("Colombia slapped with 40% tariff over deportation row", [("USA", "COL", "all", 40.0, "announced")]),
    ("The deal was signed in Brussels. Wine and cheese from the 27-nation bloc will face a 15% tariff.",
     [("USA", "EUU", "agriculture", 15.0, "announced")]),
    ("Talks with the EU stalled. The bloc will impose retaliatory tariffs of 25% on U.S. motorcycles.",
     [("EUU", "USA", "autos", 25.0, "announced")]),
    ("The Soviet bloc faces a 30% tariff, the EU said.", [("USA", "RUS", "all", 30.0, "in_effect")]),
    ("The earlier 10% tariff on Mexican goods kicked in on Monday.", [("USA", "MEX", "all", 10.0, "in_effect")]),
], ids=["the-reason-over-names-no-goods-nor-target", "over-purchases-is-no-sector", "headline-slapped-with-is-the-target",
        "the-bloc-is-the-eu-named-in-the-article", "the-bloc-imposes", "not-the-soviet-bloc", "kicked-in-is-in-force"])
def test_reasons_headline_passives_and_the_bloc(text, expected):
    rows = extract("tariffs", CONTEXT + text, published=dt.date(2025, 8, 7))
    assert project(rows, KEYS) == expected


def test_no_more_than_is_a_cap():
    rows = extract("tariffs", CONTEXT + "Most Korean exports to the U.S. will face a tariff of no more than 15%.",
                   published=dt.date(2025, 8, 7))
    assert project(rows, ("imposer", "target", "rate_pct", "qualifier")) == [("USA", "KOR", 15.0, "at_most")]


def test_a_rate_for_countries_in_an_article_on_tariffs_and_a_cue_past_a_comma():
    text = ("Trump sets new tariffs on a dozen partners\n\n"
            "WASHINGTON, July 9 - President Trump said he would impose a 40% tariff on imports from Peru starting "
            "August 1, well above the 10% rate he had announced for the country in April.\n\n"
            "Peru's trade minister said he would seek talks.\n\n"
            "Trump also sent letters setting a 35% rate for Kenya and Bolivia, and 20% for Uruguay.")
    rows = extract("tariffs", text, published=dt.date(2025, 7, 9))
    assert project(rows, KEYS) == [
        ("USA", "PER", "all", 40.0, "scheduled"), ("USA", "PER", "all", 10.0, "announced"),
        ("USA", "KEN", "all", 35.0, "announced"), ("USA", "BOL", "all", 35.0, "announced"),
        ("USA", "URY", "all", 20.0, "announced")]
    # without tariffs in the headline or lead, a rate for a country is no duty
    other = text.replace("Trump sets new tariffs on a dozen partners", "Trump speaks").replace(
        "impose a 40% tariff on imports from Peru", "visit Peru")
    assert [r for r in extract("tariffs", other, published=dt.date(2025, 7, 9)) if r["rate_pct"] in (35.0, 20.0)] == []


def test_a_time_clause_shares_no_status():
    text = (CONTEXT + "Mexico announced retaliatory tariffs of 10% on U.S. pork on Tuesday, hours after an extra 25% "
            "U.S. duty on Mexican steel took effect, raising the total to 50%.")
    rows = extract("tariffs", text, published=dt.date(2025, 3, 4))
    assert project(rows, ("imposer", "target", "rate_pct", "status"))[:2] == [("MEX", "USA", 10.0, "announced"),
                                                                              ("USA", "MEX", 25.0, "in_effect")]


@pytest.mark.parametrize("text,expected", [
    ("The 30 pct duty Washington set on Japanese goods was a plain case of trade retaliation, officials said.",
     [("USA", "JPN", 30.0, "retaliatory")]),
    ("Last year's 12 pct duty on Brazilian steel was imposed on grounds the mills were unfairly subsidized.",
     [("USA", "BRA", 12.0, "countervailing")]),
    ("Mexico announced retaliatory tariffs of 20% on U.S. pork on Tuesday, hours after an extra 25% U.S. duty on "
     "Mexican goods took effect.", [("MEX", "USA", 20.0, "retaliatory"), ("USA", "MEX", 25.0, "unspecified")]),
], ids=["retaliation-named-in-the-clause", "subsidized-goods-countervailing", "another-rates-retaliatory-is-not-this-ones"])
def test_the_measure_a_clause_names_as_the_reason(text, expected):
    rows = extract("tariffs", CONTEXT + text, published=dt.date(1987, 6, 1))
    assert project(rows, ("imposer", "target", "rate_pct", "measure")) == expected


@pytest.mark.parametrize("text,expected", [
    ("SEOUL, Nov 3 (Newswire) - Tariffs on Korean cars entering the United States fell to 15% on Monday from 25%.",
     [("USA", "KOR", "autos", 15.0, "in_effect"), ("USA", "KOR", "autos", 25.0, "removed")]),
    ("Under the deal, Korea avoided the 25% reciprocal tariff that Trump had threatened.", [("USA", "KOR", "all", 25.0, "announced")]),
    ("Trump announced a 100% tariff on branded drugs, 25% on heavy trucks.",
     [("USA", "WLD", "pharmaceuticals", 100.0, "announced"), ("USA", "WLD", "autos", 25.0, "announced")]),
    ("A 31% U.S. tariff on Norwegian imports took effect. The rate compares with 15% for the European Union and 10% for Britain.",
     [("USA", "NOR", "all", 31.0, "in_effect"), ("USA", "EUU", "all", 15.0, "announced"), ("USA", "GBR", "all", 10.0, "announced")]),
    ("Steel is Norway's main export to the U.S., but Trump has threatened tariffs of up to 200% on the sector.",
     [("USA", "NOR", "steel", 200.0, "announced")]),
], ids=["a-tariff-word-after-a-dateline-dash-and-an-old-rate-past-a-day", "the-country-that-avoided-a-tariff-is-its-target",
        "the-goods-an-earlier-rate-took-are-not-the-next-ones", "rates-for-countries-after-a-tariff-sentence",
        "the-sector-named-before"])
def test_datelines_avoided_rates_lists_and_the_sector(text, expected):
    rows = extract("tariffs", CONTEXT + text, published=dt.date(2025, 11, 3))
    assert project(rows, KEYS) == expected


def test_a_cap_at_a_rate_is_the_most_it_can_be():
    rows = extract("tariffs", CONTEXT + "The deal with Washington caps U.S. tariffs on Korean chips at 15%.", published=dt.date(2025, 11, 3))
    assert project(rows, ("imposer", "target", "sector", "rate_pct", "qualifier")) == [("USA", "KOR", "semiconductors", 15.0, "at_most")]


def test_those_on_stands_for_the_duties_and_a_headline_proposal_is_sought():
    text = (CONTEXT + "Duties on imported cars will drop to 40 pct from 55 pct, while those on wine will fall to 45 pct "
            "from 70 pct, a spokesman said.")
    rows = extract("tariffs", text, published=dt.date(1988, 3, 1))
    assert project(rows, ("sector", "rate_pct", "status")) == [("autos", 40.0, "announced"), ("autos", 55.0, "removed"),
                                                               ("agriculture", 45.0, "announced"), ("agriculture", 70.0, "removed")]
    rows = extract("tariffs", "EC PROPOSES 12 PCT DUTY ON JAPANESE COPIERS", published=dt.date(1988, 3, 1))
    assert project(rows, ("imposer", "target", "rate_pct", "status")) == [("EUU", "JPN", 12.0, "sought")]


def test_a_deadline_extended_suspends_the_rate():
    rows = extract("tariffs", CONTEXT + "Trump extended the deadline for a 40% tariff on Korean goods to Sept. 1.", published=dt.date(2025, 7, 7))
    assert project(rows, KEYS) == [("USA", "KOR", "all", 40.0, "suspended")]


@pytest.mark.parametrize("text,expected", [
    ("Canada said it would put a 20% counter-tariff on U.S. appliances, after Washington raised its own levy on Canadian "
     "goods to 45% from 35% last month.",
     [("CAN", "USA", "other", 20.0, "announced"), ("USA", "CAN", "all", 45.0, "announced"),
      ("USA", "CAN", "all", 35.0, "removed")]),
    ("Vietnam won a 60-day reprieve from a threatened 46% tariff, leaving the existing 10% rate in force.",
     [("USA", "VNM", "all", 46.0, "suspended"), ("USA", "VNM", "all", 10.0, "in_effect")]),
    ("The president said he would not pause the 30% tariffs on South African goods due to start on Friday.",
     [("USA", "ZAF", "all", 30.0, "scheduled")]),
    ("Trump halts steel duties for 60 days, hikes Brazil levy to 60%",
     [("USA", "BRA", "all", 60.0, "announced")]),
], ids=["a-clause-after-a-comma-with-its-own-subject", "what-a-reprieve-leaves-is-the-same-levy",
        "a-denied-cue-is-no-cue", "a-second-predicate-has-its-own-status"])
def test_clauses_of_their_own_and_denied_cues(text, expected):
    rows = extract("tariffs", text, published=dt.date(2025, 8, 4))
    assert project(rows, KEYS) == expected


def test_an_opening_naming_many_countries_gives_no_default_target():
    text = ("Trump set new tariff rates for imports from Vietnam, Laos, Cambodia and Myanmar on Monday, effective Aug. 1. "
            "He also threatened tariffs as high as 250% on pharmaceuticals.")
    rows = extract("tariffs", text, published=dt.date(2025, 7, 8))
    assert project(rows, ("target", "sector", "rate_pct")) == [("WLD", "pharmaceuticals", 250.0)]


@pytest.mark.parametrize("text,expected", [
    ("U.S. PUTS 100 PCT DUTIES ON BRAZILIAN GOODS IN STEEL DISPUTE", [("USA", "BRA", "all", 100.0, "announced")]),
    ("Washington will keep its 35 pct tariff on Canadian softwood lumber until Ottawa ends the subsidies.",
     [("USA", "CAN", "lumber", 35.0, "in_effect")]),
], ids=["a-dispute-is-the-reason-not-the-goods", "keeping-a-rate-is-in-effect"])
def test_a_dispute_is_no_goods_and_a_kept_rate_is_in_force(text, expected):
    rows = extract("tariffs", CONTEXT + text, published=dt.date(1987, 6, 2))
    assert project(rows, KEYS) == expected


def test_the_ordinary_customs_duty_is_no_trade_remedy():
    text = ("The EC imposed an anti-dumping duty of 20 pct on Korean video recorders. "
            "The Community already charges a 14 pct customs duty on the recorders.")
    rows = extract("tariffs", text, published=dt.date(1987, 6, 2))
    assert project(rows, ("rate_pct", "measure")) == [(20.0, "anti_dumping"), (14.0, "unspecified")]


def test_the_tariff_of_the_sentence_before_is_on_its_goods():
    text = ("Canada imposed duties on imports of U.S. corn in 1986, starting at 67 pct. "
            "The duty for the 1987/88 crop year is set at 42 pct. Officials said Ottawa planned to cut the duty to 30 pct.")
    rows = extract("tariffs", text, published=dt.date(1987, 5, 4))
    assert project(rows, ("imposer", "target", "sector", "rate_pct")) == [
        ("CAN", "USA", "agriculture", 67.0), ("CAN", "USA", "agriculture", 42.0), ("CAN", "USA", "agriculture", 30.0)]


def test_a_definite_tariff_after_a_sentence_naming_other_countries_is_not_inherited():
    text = ("Canada imposed duties on imports of U.S. corn in 1986, starting at 67 pct. "
            "The tariff for Brazilian shoes is 20 pct.")
    rows = extract("tariffs", text, published=dt.date(1987, 5, 4))
    assert project(rows, ("target", "sector", "rate_pct")) == [("USA", "agriculture", 67.0), ("BRA", "textiles", 20.0)]


@pytest.mark.parametrize("text", [
    "The EC subjects Thai cassava to a preferential six pct import levy.",
    "Bangkok has gained from an EC quota scheme that subjects Thai cassava to a preferential six pct import levy.",
], ids=["subject-of-subjects", "subject-of-a-relative-clause"])
def test_a_farm_commodity_before_the_rate_is_the_goods(text):
    rows = extract("tariffs", CONTEXT + text, published=dt.date(1987, 5, 4))
    assert project(rows, ("imposer", "target", "sector", "rate_pct")) == [("EUU", "THA", "agriculture", 6.0)]


def test_a_rate_in_an_aside_does_not_part_the_goods_from_the_next_rate():
    text = CONTEXT + "Under the order, Korean beef, which faced a 22.6% tariff, would now be taxed at 37.6%."
    rows = extract("tariffs", text, published=dt.date(2025, 8, 7))
    assert project(rows, ("target", "sector", "rate_pct")) == [("KOR", "agriculture", 22.6), ("KOR", "agriculture", 37.6)]


def test_the_headline_party_of_a_trade_deal_levies_its_rates():
    text = ("EC AGREES TRADE DEAL WITH CHILE\n\nThe deal gives Chile an extra quota of 2,000 tonnes of frozen salmon "
            "at a 6 pct duty, officials said.")
    rows = extract("tariffs", text, published=dt.date(1987, 10, 20))
    assert project(rows, ("imposer", "target", "sector", "rate_pct")) == [("EUU", "CHL", "agriculture", 6.0)]


@pytest.mark.parametrize("text,expected", [
    ("The 100 pct tariffs are to be applied to Japanese exports including power tools and television sets.",
     [("machinery", 100.0), ("electronics", 100.0)]),
    ("The lower rate, which includes the existing 2.5% duty on Korean cars, also applies to auto parts.",
     [("autos", 2.5)]),
], ids=["applied-to-the-goods", "a-rate-in-an-aside-takes-its-goods-inside-it"])
def test_goods_a_rate_is_applied_to_and_goods_inside_an_aside(text, expected):
    rows = extract("tariffs", CONTEXT + text, published=dt.date(1987, 4, 17))
    assert project(rows, ("sector", "rate_pct")) == expected


@pytest.mark.parametrize("text,expected", [
    ("Tariffs of 50% on Korean steel are not part of the deal and will remain in place.", [("steel", 50.0, "in_effect")]),
    ("Korean cars will also be taxed at 15% under the deal.", [("autos", 15.0, "announced")]),
    ("Under the order signed on Thursday, Korean cars will now be taxed at 15%.", [("autos", 15.0, "in_effect")]),
    ("Korean cars will be taxed at 15%, a rate that includes the existing 2.5% duty.",
     [("autos", 15.0, "announced"), ("autos", 2.5, "in_effect")]),
], ids=["will-remain-in-place", "will-be-taxed-is-to-come", "will-now-be-taxed-is-in-force", "a-rate-that-includes-a-duty"])
def test_rates_to_come_rates_kept_and_a_rates_parts(text, expected):
    rows = extract("tariffs", CONTEXT + text, published=dt.date(2025, 7, 31))
    assert project(rows, ("sector", "rate_pct", "status")) == expected


def test_a_rate_without_goods_in_an_anti_dumping_case_is_on_the_cases_product():
    text = ("The U.S. Commerce Department set a final anti-dumping duty of 2.1 pct on Brazilian frozen concentrated "
            "orange juice. A preliminary duty of 6.3 pct had been set in October.")
    rows = extract("tariffs", text, published=dt.date(1987, 3, 10))
    assert project(rows, ("target", "sector", "measure", "rate_pct")) == [
        ("BRA", "agriculture", "anti_dumping", 2.1), ("BRA", "agriculture", "anti_dumping", 6.3)]


@pytest.mark.parametrize("text,expected", [
    ("The order also sets a 15% ceiling on most other Korean goods.", [("all", 15.0, "at_most")]),
    ("Korean chips will also be subject to the 15% cap, officials said.", [("semiconductors", 15.0, "at_most")]),
    ("Korean pharmaceuticals, which were exempt from the 25% levy, face a review.", [("all", 25.0, "exact")]),
], ids=["a-ceiling-is-the-most", "a-cap-is-the-most", "goods-exempt-from-a-rate-are-not-its-goods"])
def test_ceilings_and_goods_exempt_from_a_rate(text, expected):
    rows = extract("tariffs", "Washington and Seoul struck a deal on tariffs. " + text, published=dt.date(2025, 9, 5))
    assert project(rows, ("sector", "rate_pct", "qualifier")) == expected


@pytest.mark.parametrize("text,expected", [
    ("Swiss tariff cut to 15% in deal with Washington", [("USA", "CHE", 15.0)]),
    ("Japanese tariffs on U.S. beef will fall to 20% under a deal with Washington.", [("JPN", "USA", 20.0)]),
], ids=["a-countrys-tariff-in-a-deal-with-the-us-is-the-us-levy", "unless-the-goods-are-american"])
def test_a_demonym_tariff_in_a_deal_with_washington(text, expected):
    rows = extract("tariffs", CONTEXT + text, published=dt.date(2025, 11, 14))
    assert project(rows, ("imposer", "target", "rate_pct")) == expected


@pytest.mark.parametrize("text,expected", [
    ("U.S. SANCTIONS AGAINST BRAZIL TAKE EFFECT\n\nThe United States imposed sanctions on Brazil in a software dispute. "
     "The 100 pct tariffs on 200 mln dlrs of Brazilian goods took effect on Monday.", [("USA", "BRA", "retaliatory")]),
    ("Ottawa answers Washington with counter-tariffs\n\nCanada will put a 25% levy on U.S. goods. "
     "The 35% U.S. tariff on Canadian goods took effect on Friday.",
     [("CAN", "USA", "retaliatory"), ("USA", "CAN", "unspecified")]),
], ids=["the-us-retaliating-makes-its-levy-retaliatory", "a-levy-the-other-side-answers-is-not"])
def test_a_us_levy_on_all_goods_is_retaliatory_when_the_us_retaliates(text, expected):
    rows = extract("tariffs", text, published=dt.date(1987, 4, 20))
    assert project(rows, ("imposer", "target", "measure")) == expected


def test_goods_after_a_dash_aside_with_the_old_rate_are_both_rates():
    text = ("The duties of 100 pct - up from about four pct - are to be applied to Brazilian computer parts and power "
            "tools.")
    rows = extract("tariffs", CONTEXT + text, published=dt.date(1987, 4, 17))
    assert project(rows, ("sector", "rate_pct", "status")) == [
        ("electronics", 100.0, "announced"), ("machinery", 100.0, "announced"),
        ("electronics", 4.0, "removed"), ("machinery", 4.0, "removed")]


@pytest.mark.parametrize("text,expected", [
    ("Lumber imports from Canada slid 28 pct owing to a 15 pct duty on imports from Canada, officials noted.",
     [("USA", "CAN", "lumber", 15.0, "announced")]),
    ("Cattle shipments dropped after Tokyo set a 50 pct duty on shipments from Australia.",
     [("JPN", "AUS", "agriculture", 50.0, "announced")]),
    ("Overall purchases from Canada slipped 4 pct owing to a 15 pct duty on imports from Canada.",
     [("USA", "CAN", "all", 15.0, "announced")]),
    ("Canada dropped its 25 pct tariff on U.S. steel.", [("CAN", "USA", "steel", 25.0, "removed")]),
], ids=["the-imports-the-sentence-opens-with", "a-flow-of-trade-that-dropped-is-no-removal", "total-imports-are-all-goods",
        "a-country-that-dropped-its-tariff"])
def test_the_goods_a_sentence_opens_with_and_a_trade_flow_that_dropped(text, expected):
    rows = extract("tariffs", text, published=dt.date(1987, 3, 10))
    assert project(rows, KEYS) == expected


@pytest.mark.parametrize("text,expected", [
    ("Beijing will raise its tariffs on all U.S. imports to 70% from 30%, retaliating after Washington lifted its own "
     "levy on Chinese goods to 95%.",
     [("CHN", "USA", 70.0, "announced"), ("CHN", "USA", 30.0, "removed"), ("USA", "CHN", 95.0, "announced")]),
    ("Washington lifted its 95% levy on Chinese goods.", [("USA", "CHN", 95.0, "removed")]),
    ("Later, the president said he would pause the higher tariffs on most trading partners, lowering them to a universal "
     "10%, while raising the duty on China to 120% effective immediately.",
     [("USA", "WLD", 10.0, "announced"), ("USA", "CHN", 120.0, "in_effect")]),
    ("Beijing hits back with 70% tariffs on U.S. goods as Trump pauses other levies", [("CHN", "USA", 70.0, "announced")]),
], ids=["lifted-to-is-a-raise-in-a-clause-of-its-own", "lifted-a-levy-is-a-removal", "participle-clauses-have-the-subject-before",
        "a-headlines-clause-without-a-comma"])
def test_lifted_to_a_rate_and_clauses_that_open_with_a_participle(text, expected):
    rows = extract("tariffs", "Trade war news. " + text, published=dt.date(2025, 4, 10))
    assert project(rows, ("imposer", "target", "rate_pct", "status")) == expected


def test_a_tariff_whose_impact_is_expected_is_not_itself_expected():
    text = "Economists expect the economy to slow in the third quarter as the impact of the 15% U.S. tariff on Korean goods takes hold."
    rows = extract("tariffs", text, published=dt.date(2025, 8, 15))
    assert project(rows, KEYS) == [("USA", "KOR", "all", 15.0, "announced")]


@pytest.mark.parametrize("text,expected", [
    ("The agreement lowers the 25% tariff rate on Korean cars to 15%.",
     [("USA", "KOR", "autos", 25.0, "removed"), ("USA", "KOR", "autos", 15.0, "announced")]),
    ("The agreement lowers the 25% tariff rate on Korean cars to 15% and sets a 15% reciprocal rate on other Korean "
     "goods, instead of the 25% Trump had threatened from Aug. 1.",
     [("USA", "KOR", "autos", 25.0, "removed"), ("USA", "KOR", "autos", 15.0, "announced"),
      ("USA", "KOR", "all", 15.0, "announced"), ("USA", "KOR", "all", 25.0, "removed")]),
    ("The United States raised its tariff on Canadian goods to 35% from 25% on Aug. 1.",
     [("USA", "CAN", "all", 35.0, "scheduled"), ("USA", "CAN", "all", 25.0, "removed")]),
], ids=["a-rate-lowered-to-another-is-replaced-and-the-new-one-has-its-goods",
        "the-date-of-a-threat-set-against-the-new-rate-is-the-threats", "the-date-after-an-old-rate-is-the-new-ones"])
def test_a_rate_changed_to_another_and_whose_date_a_day_is(text, expected):
    rows = extract("tariffs", text, published=dt.date(2025, 7, 23))
    assert project(rows, KEYS) == expected


def test_goods_ranging_from_some_to_others_are_the_goods():
    text = ("The President will levy 100 pct duties on 250 mln dlrs of Japanese products ranging from laptops and "
            "radios to camera lenses.")
    rows = extract("tariffs", text, published=dt.date(1987, 4, 17))
    assert project(rows, ("target", "sector", "rate_pct")) == [("JPN", "electronics", 100.0)]


@pytest.mark.parametrize("text,expected", [
    ("CHILE WELCOMES U.S. DUTY CUT ON RASPBERRIES. Chile's exporters said they never had the intention of practising "
     "dumping of frozen raspberries. The U.S. cut to 2.5 pct the duty on one exporter. Duties of 9.1 pct had been set "
     "last October.", [("agriculture", "anti_dumping", 2.5), ("agriculture", "anti_dumping", 9.1)]),
    ("TOKYO BREAKS CHIP PACT. Japan did not keep a pledge to end the dumping of memory chips in other "
     "markets. Washington unveiled 100 pct duties on 250 mln dlrs of Japanese electronic products.",
     [("electronics", "unspecified", 100.0)]),
], ids=["a-case-named-by-its-charge", "dumping-as-the-subject-of-a-pact-is-no-case"])
def test_an_article_on_a_dumping_charge_is_a_trade_remedy_case(text, expected):
    rows = extract("tariffs", text, published=dt.date(1987, 4, 20))
    assert project(rows, ("sector", "measure", "rate_pct")) == expected


def test_a_countrys_rate_later_in_an_article_whose_lead_is_about_tariffs():
    text = ("Laos faces 40% U.S. tariff from next week\n\nThe White House on Tuesday ordered a 40% tariff on goods from "
            "Laos.\n\nThe order takes effect in seven days. Medicines remain exempt.\n\nMyanmar was hit with a similar "
            "40% rate last week, while Cambodia faces 19% and Thailand 19%.")
    rows = extract("tariffs", text, published=dt.date(2025, 8, 7))
    assert [(r[1], r[3]) for r in project(rows, KEYS)][-3:] == [("MMR", 40.0), ("KHM", 19.0), ("THA", 19.0)]


def test_a_verb_of_levying_a_rate_on_goods_after_a_tariff_sentence():
    text = "Trump imposed a 50% tariff on copper pipes from Aug. 1. The U.S. already charges 25% on imported lumber."
    rows = extract("tariffs", text, published=dt.date(2025, 7, 31))
    assert project(rows, ("sector", "rate_pct", "status")) == [("other", 50.0, "scheduled"), ("lumber", 25.0, "in_effect")]


def test_a_levy_on_own_output_whose_cut_would_boost_exports_is_no_tariff():
    text = ("The producers want a cut in the government's maximum levy on old oil from Bass Strait. The maximum 75 pct "
            "levy on old oil is not appropriate, he said. Cutting the maximum levy rate to 65 pct would create higher "
            "self-sufficiency, increase revenue, boost exports and encourage exploration, he said.")
    assert extract("tariffs", text, published=dt.date(1987, 3, 10)) == []


def test_where_goods_sell_is_not_the_target_of_a_duty():
    text = ("Profits should rise on good sales of printers in Europe and on expectations the U.S. will lift its 100 pct "
            "import duty on printers.")
    rows = extract("tariffs", text, published=dt.date(1987, 6, 10))
    assert project(rows, ("imposer", "target")) == [("USA", "WLD")]


@pytest.mark.parametrize("sentence,expected", [
    ("Car prices rose due to the 25% tariff on Japanese autos imposed in March.", "announced"),
    ("Exporters cut shipments due to a 20% levy on Chinese furniture, a trade group said.", "announced"),
    ("The 25% duty on Korean steel is due to take effect on July 1.", "scheduled"),
    ("Washington is due to impose a 30% duty on Thai shrimp next week.", "scheduled"),
], ids=["due-to-a-cause", "due-to-a-levy", "due-to-take-effect", "due-to-impose"])
def test_due_to_is_a_schedule_only_before_a_verb(sentence, expected):
    assert [r["status"] for r in extract("tariffs", CONTEXT + sentence)] == [expected]


@pytest.mark.parametrize("sentence,expected", [
    ("The 15% tariff on Mexican tomatoes will double to 30% on July 1.",
     [("agriculture", 15.0, "in_effect"), ("agriculture", 30.0, "scheduled")]),
    ("The 10% duty on Chinese steel rose to 20% in March.", [("steel", 10.0, "removed"), ("steel", 20.0, "announced")]),
    ("Canada's 8 pct levy on U.S. lumber is set to climb to 14 pct.", [("lumber", 8.0, "in_effect"), ("lumber", 14.0, "scheduled")]),
], ids=["will-double-to", "rose-to", "set-to-climb-to"])
def test_a_levy_that_moves_to_a_new_rate_keeps_its_goods(sentence, expected):
    assert project(extract("tariffs", CONTEXT + sentence), ("sector", "rate_pct", "status")) == expected


def test_a_rate_in_a_relative_clause_does_not_hide_the_next_rate_from_its_levy():
    rows = extract("tariffs", "Steelmakers said the U.S. duty on Mexican steel, which stood at 25% until Tuesday, will now be 50%.",
                   published=dt.date(2025, 6, 4))
    assert project(rows, ("imposer", "target", "sector", "rate_pct")) == [("USA", "MEX", "steel", 25.0), ("USA", "MEX", "steel", 50.0)]


@pytest.mark.parametrize("sentence", [
    "Canada said it would respond with countermeasures, including a 25% surtax on some U.S. steel products from July 1.",
    "Brussels will retaliate with a 25% levy on U.S. motorcycles.",
], ids=["respond-with", "retaliate-with"])
def test_the_one_who_responds_with_a_levy_imposes_it(sentence):
    rows = extract("tariffs", "Washington doubled tariffs on steel imports. " + sentence, published=dt.date(2025, 6, 4))
    assert project(rows, ("imposer", "target", "rate_pct")) == [("CAN" if "Canada" in sentence else "EUU", "USA", 25.0)]


@pytest.mark.parametrize("sentence,expected", [
    ("Economists said the 50% U.S. tariff on Brazilian goods, in force since Wednesday, could cut growth by half a point.",
     "in_effect"),
    ("Analysts said the 30% U.S. tariff on Brazilian goods could rise further.", "expected"),
], ids=["an-aside-in-force-before-a-modal", "a-modal-of-the-rate-itself"])
def test_a_rate_said_in_force_in_an_aside_is_in_force_whatever_it_may_do(sentence, expected):
    assert [r["status"] for r in extract("tariffs", sentence, published=dt.date(2025, 8, 29))] == [expected]


def test_a_rate_set_off_by_a_comma_after_the_word_rate():
    text = ("Brussels imposed provisional duties of up to 35.3% on electric cars made in China. "
            "Geely faces a lower rate, 18.8%, while the rest pay 35.3%.")
    rows = extract("tariffs", text, published=dt.date(2024, 7, 4))
    assert [r["rate_pct"] for r in rows] == [35.3, 18.8, 35.3]


@pytest.mark.parametrize("text,expected", [
    ("Thailand deal lowers tariff to 19%", [("USA", "THA", 19.0)]),
    ("Korea trade pact cuts car tariff to 15%", [("USA", "KOR", 15.0)]),
    ("Thailand lowers tariff on U.S. pork to 10%", [("THA", "USA", 10.0)]),
], ids=["a-country-naming-a-deal", "a-country-naming-a-trade-pact", "a-country-that-lowers-its-own"])
def test_a_country_that_names_a_deal_is_no_subject(text, expected):
    assert project(extract("tariffs", text, published=dt.date(2025, 7, 3)), ("imposer", "target", "rate_pct")) == expected


def test_rates_joined_by_or_share_their_cues_and_measure():
    rows = extract("tariffs", "Trump said most other trading partners should expect blanket tariffs of 12% or 18%.", published=dt.date(2025, 7, 11))
    assert project(rows, ("rate_pct", "measure", "status")) == [(12.0, "baseline", "expected"), (18.0, "baseline", "expected")]


@pytest.mark.parametrize("text,expected", [
    ("Austrian steel makers said they were alarmed after Washington set a 27% duty on imports from Austria.", [("all", 27.0)]),
    ("Austrian lumber producers face a 27% duty on imports from Austria.", [("lumber", 27.0)]),
], ids=["makers-who-speak-of-a-rate", "producers-who-pay-it"])
def test_producers_who_speak_of_a_rate_on_all_goods_give_it_no_sector(text, expected):
    assert project(extract("tariffs", text, published=dt.date(2025, 8, 1)), ("sector", "rate_pct")) == expected


def test_a_sentence_that_turns_to_another_story_takes_no_measure_of_the_articles_case():
    text = ("Mexico set a countervailing duty of 8 pct on Brazilian steel pipe, the ministry said. "
            "Separately, Mexico said it would cut its tariff on Brazilian coffee to 5 pct.")
    rows = extract("tariffs", text, published=dt.date(1987, 6, 3))
    assert project(rows, ("sector", "rate_pct", "measure")) == [("steel", 8.0, "countervailing"), ("agriculture", 5.0, "unspecified")]


def test_a_country_whose_rate_stays_keeps_the_goods_of_the_levy_just_told():
    text = ("U.S. duties on imported copper and lumber rose to 40% on Monday. "
            "Australia was spared the increase and will stay at 20% for now.")
    rows = extract("tariffs", text, published=dt.date(2025, 6, 4))
    assert project(rows, ("imposer", "target", "sector", "rate_pct", "status")) == [
        ("USA", "WLD", "other", 40.0, "in_effect"), ("USA", "WLD", "lumber", 40.0, "in_effect"),
        ("USA", "AUS", "other", 20.0, "in_effect"), ("USA", "AUS", "lumber", 20.0, "in_effect")]


def test_a_modern_us_sector_levy_stays_sectoral_in_an_article_about_retaliation():
    text = ("Washington raised its tariff on Canadian aluminum to 50% last week. "
            "Canada already applies counter-tariffs of 25% on some U.S. goods.")
    rows = extract("tariffs", text, published=dt.date(2025, 6, 4))
    assert ("USA", "CAN", "aluminum", 50.0, "sectoral") in project(rows, ("imposer", "target", "sector", "rate_pct", "measure"))


def test_retaliation_vowed_after_a_levy_is_no_reason_for_it():
    rows = extract("tariffs", "Ottawa vowed retaliation after Washington raised its tariff on Canadian aluminum to 50%.",
                   published=dt.date(2025, 6, 4))
    assert project(rows, ("imposer", "target", "sector", "rate_pct", "measure")) == [("USA", "CAN", "aluminum", 50.0, "sectoral")]


def test_goods_taxed_at_a_rate_later_in_an_article_whose_lead_is_about_tariffs():
    text = ("Washington sets 30% tariff on Peruvian goods. The United States will impose a 30% tariff on imports from Peru "
            "from March 1.\n\nOfficials in Lima gave no comment on the talks. Copper and wheat, currently taxed at 5%, keep that rate.")
    rows = extract("tariffs", text, published=dt.date(2025, 2, 3))
    assert ("USA", "PER", "agriculture", 5.0, "in_effect") in project(rows, ("imposer", "target", "sector", "rate_pct", "status"))


@pytest.mark.parametrize("published,measure", [(dt.date(2025, 3, 4), "unspecified"), (dt.date(1987, 3, 4), "retaliatory")],
                         ids=["modern-us-levy-is-not-retaliation", "1987-us-levy-in-a-sanctions-story-is"])
def test_a_us_sector_levy_in_an_article_about_another_countrys_retaliation(published, measure):
    text = "Beijing vowed counter-tariffs on Monday. Washington already charges a 20% duty on Chinese bicycles."
    rows = extract("tariffs", text, published=published)
    assert project(rows, ("imposer", "target", "rate_pct", "measure")) == [("USA", "CHN", 20.0, measure)]


@pytest.mark.parametrize("text,status", [
    ("Economists said the 30% U.S. tariff on Thai goods could shave half a point off growth.", "announced"),
    ("A 30% U.S. tariff on Thai goods could follow if talks fail.", "expected"),
    ("Analysts said the 30% U.S. tariff on Thai goods could lower Thailand's growth this year.", "announced"),
    ("Analysts said the 30% U.S. tariff on Thai goods may stoke inflation in America.", "announced"),
], ids=["a-modal-of-the-levys-effect", "a-modal-of-the-levy-itself", "could-lower-growth", "may-stoke-inflation"])
def test_a_modal_of_what_a_levy_does_is_no_forecast_of_the_levy(text, status):
    rows = extract("tariffs", text, published=dt.date(2025, 8, 1))
    assert project(rows, ("target", "rate_pct", "status")) == [("THA", 30.0, status)]


@pytest.mark.parametrize("text", [
    "Washington warned that any retaliation would be met with higher duties. Peru was told its rate would be 20%.",
    "Washington said it would raise duties further if Lima retaliates. Peru was told its rate would be 20%.",
], ids=["any-retaliation", "if-it-retaliates"])
def test_a_retaliation_only_warned_against_makes_no_article_about_retaliation(text):
    rows = extract("tariffs", text, published=dt.date(2025, 7, 8))
    assert project(rows, ("imposer", "target", "rate_pct", "measure")) == [("USA", "PER", 20.0, "unspecified")]


def test_a_rate_named_beside_a_warning_against_retaliation_is_not_retaliatory():
    rows = extract("tariffs", "Washington sent tariff letters on Monday. The letter set a 20% rate for Peru and warned that any "
                   "retaliation would be met with more.", published=dt.date(2025, 7, 8))
    assert project(rows, ("imposer", "target", "measure")) == [("USA", "PER", "unspecified")]


@pytest.mark.parametrize("text,expected", [
    ("Lima scrambles as 20% levy letter arrives", [("USA", "PER")]),
    ("Lima imposed a 20% levy on Chilean wine.", [("PER", "CHL")]),  # (a guard: the verb of levying between them)
], ids=["another-verb-between", "imposing-verb-between"])
def test_a_country_before_a_rate_levies_it_only_through_a_verb_of_levying(text, expected):
    rows = extract("tariffs", text, published=dt.date(2025, 7, 8))
    assert project(rows, ("imposer", "target")) == expected


@pytest.mark.parametrize("text", [
    "Seoul wants the tariff on its cars lowered to 12%.",
    "Seoul had sought to have the car levy cut to 12%.",
], ids=["wants-it-lowered", "sought-to-have-it-cut"])
def test_a_country_that_wants_a_levy_changed_does_not_levy_it(text):
    rows = extract("tariffs", text, published=dt.date(2025, 7, 8))
    assert project(rows, ("imposer", "target", "rate_pct", "status")) == [("USA", "KOR", 12.0, "sought")]


@pytest.mark.parametrize("verb", ["were each handed", "got", "were hit with", "were given"])
def test_countries_handed_a_bare_rate_in_an_article_about_tariffs(verb):
    text = f"Washington sent new tariff letters on Monday. Peru and Chile {verb} 32%."
    rows = extract("tariffs", text, published=dt.date(2025, 7, 8))
    assert project(rows, ("imposer", "target", "rate_pct")) == [("USA", "PER", 32.0), ("USA", "CHL", 32.0)]


@pytest.mark.parametrize("text", [
    "Peruvian wine has paid a 15% duty since March.",
    "Peruvian wine has been paying a 15% duty.",
], ids=["has-paid-since", "has-been-paying"])
def test_goods_that_have_paid_a_levy_pay_a_levy_in_force(text):
    rows = extract("tariffs", text, published=dt.date(2025, 7, 8))
    assert project(rows, ("target", "rate_pct", "status")) == [("PER", 15.0, "in_effect")]


def test_the_old_rate_said_to_be_collected_now_is_in_force_until_the_new_one_starts():
    text = "Peruvian goods will face a 30% tariff from August 1, up from the 10% baseline rate now being collected."
    rows = extract("tariffs", text, published=dt.date(2025, 7, 8))
    assert project(rows, ("rate_pct", "status")) == [(30.0, "scheduled"), (10.0, "in_effect")]


def test_a_country_cutting_its_own_duties_taxes_goods_from_everywhere_not_its_partner_in_friction():
    text = ("Seoul will cut import duties on 90 products from July to ease trade friction with the United States. "
            "The duty on plywood will stay at 8 pct.")
    rows = extract("tariffs", text, published=dt.date(1987, 5, 4))
    assert project(rows, ("imposer", "target", "sector", "rate_pct")) == [("KOR", "WLD", "lumber", 8.0)]


@pytest.mark.parametrize("text", [
    "Washington has asked Seoul to scrap its 40 pct tariff on beef.",
    "The U.S. pressed Korea to lower its 40 pct tariff on beef.",
], ids=["asked-to-scrap", "pressed-to-lower"])
def test_a_country_asked_to_end_its_levy_levies_it_and_it_is_in_force(text):
    rows = extract("tariffs", text, published=dt.date(1987, 5, 4))
    assert project(rows, ("imposer", "rate_pct", "status")) == [("KOR", 40.0, "in_effect")]


def test_a_rate_the_article_gave_as_a_levy_taxes_goods_named_later():
    text = ("A 30% U.S. tariff on Peruvian goods took effect on Monday. Copper was first thought to be covered but later "
            "exempted. Textiles and machinery all face the full 30% rate.")
    rows = extract("tariffs", text, published=dt.date(2025, 8, 7))
    assert ("PER", "textiles", 30.0) in project(rows, ("target", "sector", "rate_pct"))
    assert ("PER", "machinery", 30.0) in project(rows, ("target", "sector", "rate_pct"))


def test_a_rate_a_country_hoped_to_secure_is_sought():
    text = "A 30% U.S. tariff on Peruvian goods took effect on Monday. Peru had hoped to secure a rate of 10%."
    rows = extract("tariffs", text, published=dt.date(2025, 8, 7))
    assert ("PER", 10.0, "sought") in project(rows, ("target", "rate_pct", "status"))


def test_a_rate_a_country_pays_is_in_force():
    text = "A 30% U.S. tariff on Peruvian goods took effect on Monday. Chile, which struck a deal, pays 10%."
    rows = extract("tariffs", text, published=dt.date(2025, 8, 7))
    assert ("CHL", 10.0, "in_effect") in project(rows, ("target", "rate_pct", "status"))


@pytest.mark.parametrize("headline,status", [
    ("Lima braces as 30% US tariff takes effect", "in_effect"),
    ("30% US tariff on Peru takes effect Aug 1", "scheduled"),
    ("30% US tariff on Peru will take effect", "scheduled"),
], ids=["news-of-the-start", "a-start-on-a-date", "a-start-to-come"])
def test_a_headline_telling_a_levy_takes_effect(headline, status):
    text = headline + "\n\nThe levy covers most Peruvian goods."
    rows = extract("tariffs", text, published=dt.date(2025, 7, 28))
    assert project(rows, ("rate_pct", "status"))[:1] == [(30.0, status)]


@pytest.mark.parametrize("text,expected", [
    ("Trade officials said the 35% duty on Korean steel could be modified if Seoul curbs shipments.", (35.0, "in_effect")),
    ("The 25% tariff on Chilean copper could be lifted next month.", (25.0, "in_effect")),
    ("A 25% tariff on Chilean copper could be imposed next month.", (25.0, "expected")),
    ("The 25% tariff on Chilean copper was lifted on Monday.", (25.0, "removed")),
], ids=["could-be-modified", "could-be-lifted", "a-levy-to-come", "a-levy-lifted"])
def test_a_change_that_may_come_to_a_levy_leaves_it_in_force(text, expected):
    rows = extract("tariffs", text, published=dt.date(2025, 6, 2))
    assert project(rows, ("rate_pct", "status")) == [expected]


@pytest.mark.parametrize("text,expected", [
    ("Lima put a 12 pct tariff on vegetable oils, whether crude or refined.", [("agriculture", "vegetable oils")]),
    ("Lima put a 12 pct tariff on crude palm oil.", [("agriculture", "palm oil")]),
    ("Lima put a 12 pct tariff on crude oil.", [("energy", "crude")]),  # (a guard)
], ids=["crude-or-refined-farm-oils", "crude-palm-oil", "crude-oil"])
def test_crude_describing_a_farm_oil_is_no_petroleum(text, expected):
    rows = extract("tariffs", text, published=dt.date(1987, 6, 2))
    assert project(rows, ("sector", "sector_text")) == expected


def test_its_levy_in_a_clause_without_a_subject_is_the_sentence_subjects_and_not_dated_by_the_other_clause():
    text = "Mexico will drop most of its counter-tariffs on U.S. goods from Oct. 1 but will keep its 20% duties on American pork."
    rows = extract("tariffs", text, published=dt.date(2025, 9, 20))
    assert project(rows, ("imposer", "target", "rate_pct", "status")) == [("MEX", "USA", 20.0, "in_effect")]


def test_its_total_rate_is_the_rate_a_country_pays():
    # (a guard: "its ... rate" is not a levy of the country's own)
    rows = extract("tariffs", "Peru also faces a 10% surcharge, bringing its total tariff rate to 20%.", published=dt.date(2025, 9, 20))
    assert project(rows, ("imposer", "target", "rate_pct")) == [("USA", "PER", 10.0), ("USA", "PER", 20.0)]


def test_a_levy_the_move_eliminates_is_removed():
    rows = extract("tariffs", "The move eliminates Mexico's 20% duties on U.S. pork.", published=dt.date(2025, 9, 20))
    assert project(rows, ("imposer", "target", "status")) == [("MEX", "USA", "removed")]


def test_a_countrys_own_goods_that_face_a_rate_are_taxed_by_another():
    text = ("Mexico will keep its 20% duties on American pork. "
            "Officials declined to comment further. Mexican avocados not covered by the pact face a 10% rate.")
    rows = extract("tariffs", text, published=dt.date(2025, 9, 20))
    assert project(rows, ("imposer", "target", "rate_pct")) == [("MEX", "USA", 20.0), ("USA", "MEX", 10.0)]


def test_a_levy_on_a_country_that_levies_nothing_in_a_story_of_retaliation_is_not_retaliatory():
    text = ("Mexico hit back at Washington with 20% counter-tariffs on U.S. pork. "
            "Mexico has also imposed a 15% duty on some Chinese steel products.")
    rows = extract("tariffs", text, published=dt.date(2025, 9, 20))
    assert project(rows, ("target", "rate_pct", "measure")) == [("USA", 20.0, "retaliatory"), ("CHN", 15.0, "unspecified")]


@pytest.mark.parametrize("verb", ["edged up", "ticked down", "slid", "rebounded"])
def test_a_flow_that_changed_by_a_percentage_despite_tariffs_is_no_rate(verb):
    text = f"Peru's economy grew in the quarter. Its exports {verb} 2.0 percent despite the tariffs."
    assert extract("tariffs", text, published=dt.date(2025, 8, 15)) == []


def test_a_rate_lowered_for_a_while_is_paused_and_the_lower_one_paid_meanwhile():
    text = ("Peru has been hit by a 30 percent levy on its goods, which has been temporarily lowered to 10 percent during "
            "a 90-day pause that ends on July 9.")
    rows = extract("tariffs", text, published=dt.date(2025, 5, 31))
    assert project(rows, ("rate_pct", "status", "effective_date")) == [(30.0, "suspended", None), (10.0, "in_effect", None)]


def test_makers_in_countries_named_before_an_aside_face_a_capped_rate():
    text = ("Washington set new sector tariffs on Thursday. Drugmakers in Peru and Chile, which signed pacts with "
            "Washington, will face no more than 12%.")
    rows = extract("tariffs", text, published=dt.date(2025, 9, 26))
    assert project(rows, ("imposer", "target", "sector", "rate_pct", "qualifier")) == [
        ("USA", "PER", "pharmaceuticals", 12.0, "at_most"), ("USA", "CHL", "pharmaceuticals", 12.0, "at_most")]


def test_a_start_said_of_all_the_rates_listed_before_it():
    text = ("Washington will put a 20% tariff on Peruvian trucks, a 40% tariff on Peruvian cabinets and a 10% tariff "
            "on Peruvian sofas, all starting next week.")
    rows = extract("tariffs", text, published=dt.date(2025, 9, 26))
    assert project(rows, ("rate_pct", "status")) == [(20.0, "scheduled"), (40.0, "scheduled"), (10.0, "scheduled")]


def test_the_normal_duty_in_a_dumping_case_is_no_anti_dumping_duty():
    text = ("The EC proposed a provisional anti-dumping duty of 22 pct on Korean microwave ovens. "
            "The ovens currently face the EC's normal import tariff of 5.1 pct.")
    rows = extract("tariffs", text, published=dt.date(1987, 6, 3))
    assert project(rows, ("rate_pct", "measure")) == [(22.0, "anti_dumping"), (5.1, "unspecified")]


def test_a_rate_set_below_another_does_not_share_that_ones_start():
    text = ("Washington and Lima reached a deal on tariffs. The deal sets a 10% rate on other Peruvian goods, below the 30% "
            "Washington had threatened to impose from Aug. 1.")
    rows = extract("tariffs", text, published=dt.date(2025, 7, 23))
    assert project(rows, ("rate_pct", "status")) == [(10.0, "announced"), (30.0, "scheduled")]


def test_the_old_rate_after_down_from_is_on_the_new_rates_goods():
    text = "Washington will impose a 15% tariff on imports of Peruvian vehicles, down from the 25% now in place."
    rows = extract("tariffs", text, published=dt.date(2025, 7, 23))
    assert project(rows, ("sector", "rate_pct")) == [("autos", 15.0), ("autos", 25.0)]


@pytest.mark.parametrize("published,expected", [
    (dt.date(2025, 7, 4), dt.date(2025, 7, 4)),  # a Friday: that day
    (dt.date(2025, 7, 5), dt.date(2025, 7, 11)),  # (a guard) a Saturday: the Friday to come
], ids=["the-articles-own-weekday", "a-weekday-already-past"])
def test_a_start_on_the_articles_own_weekday_is_that_day(published, expected):
    text = "The United States said its 30% tariff on imported trucks takes effect on Friday."
    rows = extract("tariffs", text, published=published)
    assert [(r["status"], r["effective_date"]) for r in rows] == [("scheduled", expected)]


@pytest.mark.parametrize("text,published,expected", [
    ("U.S. duties on imported lumber and copper doubled to 40% on Monday, hurting mills abroad.", dt.date(2025, 8, 4),
     [("in_effect", dt.date(2025, 8, 4))] * 2),
    ("The U.S. levy on imported trucks was raised to 35% on Monday.", dt.date(2025, 8, 5), [("in_effect", dt.date(2025, 8, 4))]),
    ("The U.S. levy on imported trucks will be raised to 35% on Monday.", dt.date(2025, 8, 1),
     [("scheduled", dt.date(2025, 8, 4))]),  # (a guard: a day to come)
], ids=["doubled-on-the-day", "was-raised-on-a-past-day", "will-be-raised"])
def test_a_levy_that_moved_to_a_rate_on_a_day_now_past_is_in_force(text, published, expected):
    rows = extract("tariffs", text, published=published)
    assert [(r["status"], r["effective_date"]) for r in rows] == expected


def test_a_headlines_rate_is_quoted_within_the_headline():
    text = ("Washington doubles lumber and copper tariffs to 40%\n\n"
            "U.S. duties on imported lumber and copper doubled to 40% on Monday.")
    rows = extract("tariffs", text, published=dt.date(2025, 8, 4))
    head = text[:text.index("\n")]
    assert [r["quote"] for r in rows[:2]] == ["lumber and copper tariffs to 40%", "copper tariffs to 40%"]
    assert all(r["quote"] in head for r in rows[:2])


def test_a_countrys_rate_after_its_figure_is_the_rate_it_pays():
    text = ("Washington paused its higher reciprocal tariffs for 90 days. Cambodia had been hit with a 49% rate. "
            "Thailand's 36% rate was also put on hold.")
    rows = extract("tariffs", text, published=dt.date(2025, 4, 10))
    assert project(rows, ("imposer", "target", "rate_pct"))[-1] == ("USA", "THA", 36.0)


def test_a_headline_rate_of_a_country_that_levies_its_own_later_is_the_rate_it_pays():
    text = ("Trump pauses most tariffs; Mexico rate lifted to 60%\n\n"
            "Mexico City earlier raised its own tariffs on all U.S. goods to 45%, effective Friday.")
    rows = extract("tariffs", text, published=dt.date(2025, 4, 10))
    assert project(rows, ("imposer", "target", "rate_pct")) == [("USA", "MEX", 60.0), ("MEX", "USA", 45.0)]


@pytest.mark.parametrize("text,expected", [
    ("U.S. tariffs rose on Thursday. Goods from Norway and the European Union face 15% under deals struck last month.",
     [("NOR", 15.0), ("EUU", 15.0)]),
    ("U.S. tariffs rose on Thursday. Norway, Iceland and the United Kingdom face 10%.",
     [("NOR", 10.0), ("ISL", 10.0), ("GBR", 10.0)]),
], ids=["and-the-bloc", "list-ending-with-the"])
def test_countries_listed_with_the_before_the_last_each_pay_the_rate(text, expected):
    rows = extract("tariffs", text, published=dt.date(2025, 8, 7))
    assert project(rows, ("target", "rate_pct")) == expected


@pytest.mark.parametrize("text,status", [
    ("Washington raised the duty on Brazilian imports to 60% with immediate effect.", "in_effect"),
    ("Washington cut the duty on Brazilian imports to 20%, effective immediately.", "in_effect"),
    ("Washington raised the duty on Brazilian imports to 60%.", "announced"),  # (a guard)
], ids=["with-immediate-effect", "effective-immediately", "no-start-said"])
def test_a_new_rate_that_starts_immediately_is_in_force(text, status):
    rows = extract("tariffs", text, published=dt.date(2025, 4, 10))
    assert [r["status"] for r in rows] == [status]


def test_a_rate_added_to_the_one_before_is_on_the_same_goods():
    text = "New U.S. tariffs took effect on Thursday. Peru faces a 10% reciprocal rate plus an additional 25%."
    rows = extract("tariffs", text, published=dt.date(2025, 8, 7))
    assert project(rows, ("imposer", "target", "rate_pct")) == [("USA", "PER", 10.0), ("USA", "PER", 25.0)]


def test_the_levy_named_by_a_rate_just_told_keeps_its_country_and_goods():
    text = ("Washington exempted farm goods from its tariffs on Friday. Colombian flowers had faced a combined tariff of 35%, "
            "including a 25% levy over a diplomatic row. The 25% duty remains in place for now.")
    rows = extract("tariffs", text, published=dt.date(2025, 11, 14))
    assert project(rows, ("imposer", "target", "sector", "rate_pct", "status"))[-1] == (
        "USA", "COL", "agriculture", 25.0, "in_effect")


@pytest.mark.parametrize("text,expected", [
    ("Washington paused its higher tariffs on imports for 90 days. During the pause, most partners will face a reduced "
     "levy of 10%.", [(10.0, "in_effect")]),
    ("Washington paused its higher tariffs on imports for 90 days. For the duration of the truce, goods from Peru pay a 10% "
     "duty.", [(10.0, "in_effect")]),
    ("Peru was hit with a 30% levy on imports, which has been cut to 10% during a 90-day pause.",
     [(30.0, "suspended"), (10.0, "in_effect")]),  # (a guard: the levy paused)
], ids=["during-the-pause", "for-the-duration-of-the-truce", "the-levy-paused"])
def test_the_rate_paid_during_a_pause_is_in_force(text, expected):
    rows = extract("tariffs", text, published=dt.date(2025, 4, 10))
    assert project(rows, ("rate_pct", "status")) == expected


@pytest.mark.parametrize("text,expected", [
    ("The EC said it would impose anti-dumping duties of 30 pct on Korean printers. The duties, which take effect on "
     "July 1, replace the normal EC import tariff of 4.9 pct on the products.",
     [(30.0, "anti_dumping", "announced"), (4.9, "unspecified", "in_effect")]),
    ("The EC imposed anti-dumping duties of 30 pct on Korean printers last year. They replaced the normal import tariff "
     "of 4.9 pct on the products.",
     [(30.0, "anti_dumping", "announced"), (4.9, "unspecified", "removed")]),
], ids=["replace-the-normal-tariff", "replaced-the-normal-tariff"])
def test_the_normal_tariff_a_new_duty_replaces_is_in_force_until_then(text, expected):
    rows = extract("tariffs", text, published=dt.date(1987, 6, 9))
    assert project(rows, ("rate_pct", "measure", "status")) == expected


@pytest.mark.parametrize("text,expected", [
    ("Seoul will raise duties on American beef to 40%, officials said on Monday, after Washington lifted its levy on "
     "Korean washing machines to 50% from 20%.",
     [("KOR", "USA", 40.0), ("USA", "KOR", 50.0), ("USA", "KOR", 20.0)]),
    ("Brazil retaliates with 30% duties as U.S. raises levy to 50%",
     [("BRA", "USA", 30.0), ("USA", "BRA", 50.0)]),
], ids=["its-levy-in-an-after-clause-with-its-own-subject", "a-headlines-as-clause-opens-with-its-subject"])
def test_a_clause_that_opens_with_its_own_subject_has_that_levier(text, expected):
    rows = extract("tariffs", text, published=dt.date(2025, 8, 8))
    assert project(rows, ("imposer", "target", "rate_pct")) == expected


@pytest.mark.parametrize("text,expected", [
    ("Mexican tomatoes continue to face a 17% duty.", "in_effect"),
    ("Mexican tomatoes are set to face a 17% duty.", "scheduled"),  # (a guard)
], ids=["continue-to-face", "set-to-face"])
def test_goods_that_continue_to_face_a_rate_pay_it_now(text, expected):
    assert [r["status"] for r in extract("tariffs", text)] == [expected]


@pytest.mark.parametrize("text,published,expected", [
    ("Seoul will lower its tariff on oranges to 15% from 30% from next March.", dt.date(1987, 9, 2),
     [(15.0, "scheduled"), (30.0, "removed")]),
    ("Seoul will lower its tariff on oranges from 30% to 15% starting next month.", dt.date(2025, 9, 2),
     [(30.0, "removed"), (15.0, "scheduled")]),
    ("Seoul will lower its tariff on oranges from 30% to 15% starting Oct. 1.", dt.date(2025, 9, 2),
     [(30.0, "removed"), (15.0, "scheduled")]),
    ("Seoul lowered its tariff on oranges to 15% from 30% last March.", dt.date(2025, 9, 2),
     [(15.0, "announced"), (30.0, "removed")]),  # (a guard: a month past)
], ids=["from-next-month-name", "starting-next-month", "the-start-is-the-new-rates", "a-month-past"])
def test_a_month_to_come_a_new_rate_starts_from_schedules_it(text, published, expected):
    rows = extract("tariffs", text, published=published)
    assert project(rows, ("rate_pct", "status")) == expected


def test_the_average_rate_a_cut_starts_from_is_replaced():
    rows = extract("tariffs", "Seoul will cut import duties on some 300 farm goods from an average of 8.1 pct to 6.5 pct.",
                   published=dt.date(1987, 9, 2))
    assert project(rows, ("rate_pct", "status")) == [(8.1, "removed"), (6.5, "announced")]


def test_a_sector_word_before_another_qualifies_it():
    rows = extract("tariffs", "Seoul's tariff on leather shoes, now 30 pct, stays.", published=dt.date(1987, 9, 2))
    assert project(rows, ("sector", "sector_text", "rate_pct", "status")) == [("textiles", "shoes", 30.0, "in_effect")]


def test_a_start_told_before_a_participle_clause_holds_past_an_aside_that_says_imposed():
    text = ("A further 20% U.S. duty on Brazilian goods took effect on Monday, lifting the total levy to 60%, "
            "among the steepest rates Washington has imposed this year.")
    rows = extract("tariffs", text, published=dt.date(2025, 8, 13))
    assert project(rows, ("rate_pct", "status")) == [(20.0, "in_effect"), (60.0, "in_effect")]


@pytest.mark.parametrize("text,expected", [
    ("Exporters in Chile face a 10% U.S. tariff.\n\nOfficials in Santiago declined to comment. For comparison, Peru's rate "
     "stands at 10% and Colombia's at 10%.", [("CHL", 10.0, "in_effect"), ("PER", 10.0, "in_effect"), ("COL", 10.0, "in_effect")]),
    ("Exporters in Chile face a 10% U.S. tariff.\n\nOfficials in Santiago declined to comment. Peru's rate of inflation hit 3%.",
     [("CHL", 10.0, "in_effect")]),  # (a guard: another rate)
], ids=["a-countrys-rate-stands-at", "a-rate-of-something-else"])
def test_a_countrys_rate_later_in_a_tariff_story(text, expected):
    rows = extract("tariffs", text, published=dt.date(2025, 8, 13))
    assert project(rows, ("target", "rate_pct", "status")) == expected


def test_a_rate_with_the_name_of_its_measure_after_a_tariff_sentence():
    text = ("A 20% U.S. duty on Brazilian goods took effect on Monday. The penalty comes on top of the 10% reciprocal rate "
            "that took effect on Aug. 7.")
    rows = extract("tariffs", text, published=dt.date(2025, 8, 13))
    assert project(rows, ("target", "rate_pct", "measure", "effective_date"))[-1] == ("BRA", 10.0, "reciprocal", dt.date(2025, 8, 7))


@pytest.mark.parametrize("text,expected", [
    ("Washington will levy 100% on imported chips. Korea and Taiwan said their chip exports would be capped at 20%.",
     [("USA", "WLD", 100.0), ("USA", "KOR", 20.0), ("USA", "TWN", 20.0)]),
    ("Washington will levy 100% on imported medicines. Korea said its drug exports would be capped at 20%.",
     [("USA", "WLD", 100.0), ("USA", "KOR", 20.0)]),
], ids=["exports-of-two-countries-capped", "a-drug-export-capped"])
def test_exports_capped_at_a_rate_pay_it(text, expected):
    rows = extract("tariffs", text, published=dt.date(2025, 9, 26))
    assert project(rows, ("imposer", "target", "rate_pct")) == expected
    assert rows[-1]["qualifier"] == "at_most"


def test_a_rate_compared_as_lower_than_is_not_a_levy_to_be_cut():
    text = ("Korea and the United States struck a deal that sets a 15% tariff on Korean goods, lower than the 25% rate "
            "Washington had threatened to impose from Aug. 1.")
    rows = extract("tariffs", text, published=dt.date(2025, 7, 31))
    assert project(rows, ("rate_pct", "status")) == [(15.0, "announced"), (25.0, "scheduled")]


def test_the_parts_of_a_rate_joined_by_and_are_on_its_goods():
    text = ("The pact lowers the duty on Korean cars to 15% from 27.5%, which combines a 25% sectoral tariff "
            "and an existing 2.5% duty.")
    rows = extract("tariffs", text, published=dt.date(2025, 7, 31))
    assert project(rows, ("sector", "rate_pct")) == [("autos", 15.0), ("autos", 27.5), ("autos", 25.0), ("autos", 2.5)]


def test_its_hyphenated_levy_after_a_verb_that_is_no_imposing_one_is_the_subjects():
    rows = extract("tariffs", "Beijing lifted its counter-tariffs on U.S. farm goods to 40% from 15%.", published=dt.date(2025, 4, 10))
    assert project(rows, ("imposer", "target", "rate_pct")) == [("CHN", "USA", 40.0), ("CHN", "USA", 15.0)]


@pytest.mark.parametrize("text,expected", [
    ("Washington paused most new tariffs on imports for 90 days. Duties of 25% on steel are not affected by the pause.", "in_effect"),
    ("Washington paused most new tariffs on imports for 90 days. Duties of 25% on steel are exempt from the suspension.", "in_effect"),
    ("Washington paused most new tariffs on imports for 90 days. Duties of 25% on steel are part of the pause.", "suspended"),
], ids=["not-affected-by-the-pause", "exempt-from-the-suspension", "part-of-the-pause"])
def test_levies_a_pause_leaves_alone_stay_in_force(text, expected):
    rows = extract("tariffs", text, published=dt.date(2025, 4, 10))
    assert [r["status"] for r in rows if r["rate_pct"] == 25.0] == [expected]


def test_a_planned_increase_is_a_noun_not_the_verb_of_the_country_before_it():
    text = ("Trump said he would give Canada 60 more days to strike a deal, delaying a planned increase in tariffs "
            "on Canadian goods to 40%.")
    rows = extract("tariffs", text, published=dt.date(2025, 7, 31))
    assert project(rows, ("imposer", "target", "rate_pct", "status")) == [("USA", "CAN", 40.0, "suspended")]


@pytest.mark.parametrize("text,expected", [
    ("Korea shaken by 25% U.S. tariff rate", [("USA", "KOR", 25.0)]),
    ("Seoul cut tariffs on beef by 10 pct.", []),  # (a guard: a cut by)
], ids=["the-agent-of-a-passive", "a-cut-by"])
def test_a_rate_after_by_is_a_levy_only_when_its_noun_follows(text, expected):
    rows = extract("tariffs", text, published=dt.date(2025, 8, 1))
    assert project(rows, ("imposer", "target", "rate_pct")) == expected


def test_goods_of_the_headlines_bloc_are_not_taxed_by_it_in_a_story_of_its_own_duties():
    text = ("UK and US strike deal setting 10% tariff on most British goods\n\n"
            "Britain agreed to scrap its tariffs on U.S. beef, which average about 12%.")
    rows = extract("tariffs", text, published=dt.date(2025, 5, 8))
    assert project(rows, ("imposer", "target", "rate_pct"))[0] == ("USA", "GBR", 10.0)


def test_goods_that_pay_a_rate_now_in_an_aside_have_it_alone():
    text = "The 15% rate will also apply to Korean cars, now taxed at 25%, and to any future U.S. duties on chips."
    rows = extract("tariffs", text, published=dt.date(2025, 7, 31))
    assert project(rows, ("sector", "rate_pct", "status")) == [("autos", 15.0, "announced"), ("autos", 25.0, "in_effect")]


def test_the_rate_agreed_for_a_country_far_from_the_tariff_word():
    text = ("Norway was hit with a 25% tariff on its exports to the United States, one of the steepest rates set by "
            "Washington this week, well above the 15% agreed for Japan.")
    rows = extract("tariffs", text, published=dt.date(2025, 8, 1))
    assert project(rows, ("target", "rate_pct")) == [("NOR", 25.0), ("JPN", 15.0)]


def test_a_pronoun_clause_of_the_countrys_aim_says_nothing_of_the_rate():
    text = ("U.S. duties on imported copper doubled to 50% on Monday. Chile was spared and remains at 25% while it "
            "seeks a quota.")
    rows = extract("tariffs", text, published=dt.date(2025, 8, 4))
    assert project(rows, ("target", "rate_pct", "status"))[-1] == ("CHL", 25.0, "in_effect")


def test_countries_that_follow_a_rate_in_a_ranking_pay_the_next_rate():
    text = ("Higher U.S. tariffs on imports took effect on Thursday. Iraq faces the steepest rate, 35%, followed by "
            "Serbia and Algeria at 30%.")
    rows = extract("tariffs", text, published=dt.date(2025, 8, 7))
    assert sorted(project(rows, ("imposer", "target", "rate_pct"))) == [
        ("USA", "DZA", 30.0), ("USA", "IRQ", 35.0), ("USA", "SRB", 30.0)]


def test_goods_now_charged_a_rate_and_those_from_another_country_pay_now():
    text = ("Higher U.S. tariffs on imports took effect on Thursday. Imports from Norway are now charged 15%, "
            "and those from Chile 10%.")
    rows = extract("tariffs", text, published=dt.date(2025, 8, 7))
    assert project(rows, ("target", "rate_pct", "status")) == [("NOR", 15.0, "in_effect"), ("CHL", 10.0, "in_effect")]


def test_the_day_a_deal_was_announced_by_a_named_person_is_no_start():
    text = "Thai goods will face a 19% U.S. tariff under a deal announced by President Donald Trump on Friday."
    rows = extract("tariffs", text, published=dt.date(2025, 8, 1))
    assert project(rows, ("rate_pct", "effective_date")) == [(19.0, None)]


def test_a_levy_another_country_answered_in_the_same_sentence_is_no_retaliation():
    text = ("OSLO, May 4 - Norway said it would cut its duties on U.S. apples to five pct from 12 pct, easing its "
            "retaliation.\n\nThe U.S. imposed a 20 pct tariff on Norwegian salmon last year, and Norway retaliated "
            "with duties on U.S. apples.")
    rows = extract("tariffs", text, published=dt.date(1987, 5, 4))
    assert project(rows, ("imposer", "rate_pct", "measure"))[-1][:2] == ("USA", 20.0)
    assert rows[-1]["measure"] != "retaliatory"


def test_a_rate_an_actor_had_announced_for_a_country_set_against_the_new_one():
    text = ("Norway was hit with a 25% tariff on its exports to the United States on Thursday.\n\n"
            "The rate, due to take effect on Aug. 7, compares with the 18% Trump had announced for Norwegian goods in April.")
    rows = extract("tariffs", text, published=dt.date(2025, 8, 1))
    assert project(rows, ("target", "rate_pct", "status", "effective_date"))[-1] == ("NOR", 18.0, "announced", None)


def test_the_ends_of_a_range_share_its_start():
    rows = extract("tariffs", "Brussels said its duties on Korean ball bearings, which take effect on May 4, range from 6 pct "
                              "for one maker to 31 pct for the others.", published=dt.date(2025, 4, 10))
    assert [(r["rate_pct"], str(r["effective_date"])) for r in rows] == [(6.0, "2025-05-04"), (31.0, "2025-05-04")]


@pytest.mark.parametrize("sentence", [
    "Seoul moved to eliminate duties on U.S. beef under a pact in which Washington caps its tariff on Korean cars at 15%.",
    "Seoul moved to eliminate duties on U.S. beef, part of a pact under which Washington caps its tariff on Korean cars at 15%.",
], ids=["in-which", "under-which"])
def test_the_levying_verb_nearest_the_rate_names_its_levier(sentence):
    # (and the other clause's "eliminate" is no state of the capped rate)
    rows = extract("tariffs", sentence, published=dt.date(2025, 8, 28))
    assert project(rows, ("imposer", "target", "sector", "rate_pct", "status")) == [("USA", "KOR", "autos", 15.0, "announced")]


def test_countries_in_an_aside_of_the_subject_neither_levy_nor_pay():
    text = ("SEOUL TO CUT DUTIES ON FRUIT\n\nSouth Korea will cut its duty on oranges to 30 pct from 50 pct. "
            "The cuts, part of a deal to ease friction with the United States and Australia, will also lower the duty on "
            "grapes to 24 pct.")
    rows = extract("tariffs", text, published=dt.date(1987, 9, 22))
    assert project(rows, ("imposer", "target", "sector_text", "rate_pct")) == [
        ("KOR", "WLD", "oranges", 30.0), ("KOR", "WLD", "oranges", 50.0), ("KOR", "WLD", "grapes", 24.0)]


def test_a_body_many_countries_have_is_the_articles_leviers_and_its_sending_day_no_start():
    text = ("Colombia plans new duties. Colombia's government proposed raising its tariff on imported tyres to 35% from "
            "15%. The bill, sent to Congress on Tuesday, would also set a 25% duty on ceramic tiles.")
    rows = extract("tariffs", text, published=dt.date(2025, 4, 10))
    assert project(rows, ("imposer", "rate_pct", "effective_date")) == [
        ("COL", 35.0, None), ("COL", 15.0, None), ("COL", 25.0, None)]


def test_congress_in_an_article_on_us_levies_is_the_united_states():  # (a guard)
    text = "The U.S. raised its tariff on Chinese tyres to 35%. A bill before Congress would set a 25% duty on Chinese tiles."
    rows = extract("tariffs", text)
    assert project(rows, ("imposer", "target", "rate_pct")) == [("USA", "CHN", 35.0), ("USA", "CHN", 25.0)]


def test_a_month_compared_with_is_no_start():
    rows = extract("tariffs", CONTEXT + "The U.S. duty on Chilean copper is now 50%, up from March's 25%.")
    assert [r["status"] for r in rows if r["rate_pct"] == 25.0] == ["announced"]  # (not scheduled: "from March" is no start)


def test_a_country_naming_a_deal_pays_its_rate_in_an_article_on_its_own_cuts_too():
    text = ("Laos deal sets 18% tariff\n\nVIENTIANE, July 3 (Desk) - The United States will charge an 18% tariff on goods "
            "from Laos under a trade deal, the White House said. Laos said it would cut its tariffs on U.S. farm goods to 5%.")
    rows = extract("tariffs", text, published=dt.date(2025, 7, 3))
    assert project(rows, ("imposer", "target", "rate_pct"))[0] == ("USA", "LAO", 18.0)  # the headline's row


def test_goods_no_list_names_keep_their_words_and_generic_plurals_are_none():
    rows = extract("tariffs", CONTEXT + "Chile will cut its tariff on bicycles to 6 pct, and on umbrellas to 4 pct.")
    assert project(rows, ("sector", "sector_text")) == [("other", "bicycles"), ("other", "umbrellas")]
    rows = extract("tariffs", CONTEXT + "Chile will cut its tariff on some models to 6 pct.")  # (a guard)
    assert project(rows, ("sector", "sector_text")) == [("all", None)]


def test_a_countrys_exporters_before_a_rate_pay_it():
    text = ("Korea's exporters cheer 15% tariff deal\n\nSEOUL, July 31 (Desk) - Shares of Korean carmakers rose on "
            "Thursday after Seoul and Washington agreed on a deal.")
    rows = extract("tariffs", text, published=dt.date(2025, 7, 31))
    assert project(rows, ("imposer", "target", "rate_pct")) == [("USA", "KOR", 15.0)]
