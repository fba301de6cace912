"""Helpers shared by the extractors: clauses, cue attachment, parentheticals."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from etl import lexicon as lx
from etl.numbers import Mention

_F = regex.VERBOSE | regex.IGNORECASE | regex.V0

CLAUSE_BREAK = regex.compile(
    r";|,?\s+(?:but|although|though|whereas|while)\s+|,\s+(?:yet|and\s+then)\s+|\s+—\s+(?=\w+\s+\w+)"
    # "paused the tariffs, leaving a 10% duty in place", "paused until July 9, with a 10% levy applying": what is
    # left is said of in a clause of its own
    r"|,\s+(?=(?:leaving|keeping)\s|with\s+(?:a|an|the)\s+[^,;]{0,40}?(?:applying|remaining|in\s+place|in\s+force|in\s+effect)\b)"
    # ", and Tokyo has sought ...": "and" before a new subject with its own verb starts a clause
    # (", and Ottawa responded with duties ...": a past verb too)
    # (a name of up to four words: ", and Prime Minister Mark Carney said ...")
    r"|,\s+and\s+(?=(?:the\s+)?(?-i:[\p{Lu}])[\w.'’-]*(?:\s+(?-i:[\p{Lu}])[\w.'’-]*){0,3}\s+(?:has|have|had|will|would|is|are|was|were|said|says|could|can|may|might"
    r"|(?-i:[a-z])\w*ed)\s)"
    # ", after Washington raised its levy ...": a time or reason clause with a subject and verb of its own (not
    # "after March 1", "as Japanese carmakers"); also after a participle (", retaliating after Washington lifted ...")
    r"|(?:,|(?<=,\s+(?-i:[a-z])\w*ing))\s+(?=(?:after|before|when|as|because|since|until)\s+(?:the\s+)?(?-i:[\p{Lu}])[\w.'’-]*(?:\s+(?-i:[\p{Lu}])[\w.'’-]*){0,3}"
    r"\s+(?:(?-i:[a-z])\w*ed|has|have|had|will|would|is|are|was|were|said|says|could|can|may|might)\s)"
    # "sets a 15% rate on other goods, instead of the 25% threatened from Aug. 1": the other rate's phrase is its own
    r"|,\s+(?=(?:instead\s+of|rather\s+than)\s)"
    # "expect the economy to slow as the impact of the 15% tariff takes hold": the tariff is in a clause of its own
    r"|\s+(?=as\s+the\s+(?:impact|effect|effects|hit|burden|cost|costs|pain)\s+of\s)"
    # a headline's clause without a comma: "China hits back with 84% tariffs as Trump pauses other levies"
    r"|\s+(?=(?:as|while)\s+(?:the\s+)?(?-i:[\p{Lu}])[\w.'’-]*(?:\s+(?-i:[\p{Lu}])[\w.'’-]*){0,3}\s+"
    + lx.alternation(lx.LEVY_CHANGE_VERBS + lx.CLAUSE_VERBS) + r"\s)"
    # "pauses higher tariffs for 90 days, raises China levy to 125%": a second predicate of the same subject
    r"|,\s+(?=" + lx.alternation(lx.LEVY_CHANGE_VERBS) + r"\s)",
    _F,
)
_ASIDE = r"(?:[^,;.]|\.(?=\d))"  # a character of an aside between commas (a decimal point is one: "a 26.4% tariff")
#: an item of a list of goods: a few words, none a preposition ("textiles", "frozen fish fillets")
_LIST_ITEM = r"(?!(?:from|to|at|on|in|for|by|with|of|and|or)\s)[\w-]+(?:\s+(?!(?:from|to|at|on|in|for|by|with|of|and|or)\s)[\w-]+){0,2}"
_PAREN = regex.compile(
    # (a wire's spaced hyphens around a lower-case aside: "the duties of 60 pct - up from some eight pct - will be")
    r"\([^()]{0,200}\)|—[^—]{0,200}—|–\s[^–]{0,200}\s–|\s-\s(?=[a-z])[^-\n]{3,60}?\s-\s(?=[a-z])"
    r"|,\s+(?:which|where)\s+" + _ASIDE + r"{0,160},"  # ("Belgium, where some Chinese accounts sit, held ...")
    r"|,\s+(?:claiming|saying|citing|according\s+to|led\s+by)\s+" + _ASIDE + r"{0,120},"
    # examples, to the end of a list they open: ", including steel, textiles and plastics,"
    r"|(?P<ex>,\s+(?:including|such\s+as|like)\s+"
    r"(?:(?:" + _LIST_ITEM + r",\s+)+" + _LIST_ITEM + r",?\s+(?:and|or)\s+" + _LIST_ITEM + r"," + r"|" + _ASIDE + r"{0,120},))"
    # an appositive about the subject: "Belgium, often seen as a custodian for Chinese accounts, held ..."
    r"|,\s+(?:(?:often|widely|long|sometimes|also|generally|usually)\s+)?"
    r"(?:seen|regarded|thought|considered|believed|described|viewed|known)\s+(?:as|to\s+be|to)\s+" + _ASIDE + r"{0,120},"
    # how a figure is measured: "Britain's GDP, measured by output, rose ...", "GNP, adjusted for inflation, fell ..."
    r"|,\s+(?:as\s+)?(?:measured|calculated|adjusted|expressed|valued)\s+(?:by|in|for|on|at)\s+" + _ASIDE + r"{1,60},"
    # "The cuts, part of a package to ease friction with the United States, will also ..."
    r"|(?<=^\W*(?:The|These|Those|This|Such)\s+[\w-]+(?:\s+[\w-]+)?),\s+(?:(?:a|the|one)\s+)?(?:key\s+|main\s+|central\s+)?part\s+of\s+"
    + _ASIDE + r"{0,120},",
    _F,
)
#: the country an article is about, named by a noun: "the island's", "the country's", "the nation's"
SELF_POSSESSIVE_WORDS = r"(?<![\w])the\s+" + lx.alternation(lx.SELF_NOUNS) + r"['’]s"
#: forecasters and what they had expected: "Economists polled by Reuters had forecast", "analysts had predicted"
FORECASTERS_EXPECTED_WORDS = (r"(?:Economists|Analysts|Forecasters|Markets?)\s+(?:[\w-]+\s+){0,3}?(?:had\s+)?"
                              r"(?:expected|forecast|predicted|estimated|projected|looked\s+for)\b")
#: a when-clause that re-anchors the time before it: "the highest since May 2, when it was 843.90", "the weakest since
#: 1975, when GNP shrank 1.1 pct": the time is that clause's figure's, not only a comparison
WHEN_AFTER = regex.compile(r",?\s+when(?![\w])", _F)
ANAPHOR = regex.compile(r"(?<![\w])(?:these|those|them|they|it|its|such|the\s+(?:duties|tariffs|levies|rate|rates))(?![\w])", _F)

#: a change still to come of the levies just told: "could raise them", "plans to widen the duties"
CHANGE_TO_COME = regex.compile(
    r"(?<![\w])(?:could|would|will|may|might|plans?\s+to|intends?\s+to|threaten(?:s|ed)?\s+to|wants?\s+to)\s+(?:\w+\s+){0,2}?"
    r"(?:raise|increase|widen|expand|extend|broaden|hike|double|triple|lift|cut|lower|reduce|remove|scrap|drop|end)\s+"
    r"(?:them|it|these|those|the\s+(?:duties|tariffs|levies))(?![\w])", _F)


def last_match(pattern: regex.Pattern[str], text: str, lo: int, hi: int) -> regex.Match[str] | None:
    """The last match of pattern in text[lo:hi]."""
    found = None
    for x in pattern.finditer(text, lo, hi):
        found = x
    return found


def mask_parentheticals(s: str, keep_examples: bool = False) -> str:
    """Same-length copy with parenthetical asides blanked out (but for examples, with ``keep_examples``:
    the goods of "1,400 products, including steel, textiles and plastics," are those listed)."""
    return _PAREN.sub(lambda m: m.group(0) if keep_examples and m.group("ex") else " " * len(m.group(0)), s)


SUBORDINATE_START = regex.compile(
    r"\W*(?:although|though|even\s+though|while|whereas|if|when|after|before|since|despite|as)\s[^,;]{3,120},", _F
)


def clauses(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Clause spans of a sentence (offsets into text)."""
    out: list[tuple[int, int]] = []
    start = lo
    sub = SUBORDINATE_START.match(text, lo, hi)
    if sub:
        out.append((lo, sub.end() - 1))
        start = sub.end()
    for m in CLAUSE_BREAK.finditer(text, start, hi):
        if m.start() > start:
            out.append((start, m.start()))
        start = m.end()
    out.append((start, hi))
    return out


def clause_of(cl: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for a, b in cl:
        if a <= pos < b or pos == b:
            return a, b
    return cl[-1]


def attach(cues: list[tuple[int, int, str]], targets: Sequence[Mention], text: str, lo: int, hi: int) -> dict[int, list[str]]:
    """Give each cue to the nearest target mention in its clause.

    A clause that holds no target passes its cues on to the previous clause's
    mentions only when it points back at them ("... although most of these
    duties have been suspended").
    Returns {index of target: [cue labels]}.
    """
    cl = clauses(text, lo, hi)
    out: dict[int, list[str]] = {}
    # "the 25% duties Ottawa has applied since March, and could expand them": a modal of a change still to come of
    # the levies just told tells nothing of their state
    to_come = [c.span() for c in CHANGE_TO_COME.finditer(text, lo, hi)]
    for a, b, label in cues:
        if any(x <= a < y for x, y in to_come):
            continue
        ca, cb = clause_of(cl, a)
        inside = [i for i, m in enumerate(targets) if ca <= m.start < cb]
        if not inside:
            # (nor an aim of the country a pronoun names: "remains at 25% while it negotiates quotas")
            if not ANAPHOR.search(text, ca, cb) or CHANGE_TO_COME.search(text, ca, cb) or label == "sought":
                continue  # (not "..., and the minister said Oslo could raise them": a change to come, not their state)
            inside = [i for i, m in enumerate(targets) if m.start < ca]
            if not inside:
                continue
        best = min(inside, key=lambda i: (a - targets[i].end) if a >= targets[i].end else (targets[i].start - b))
        left = [i for i in inside if targets[i].end <= a]
        right = [i for i in inside if targets[i].start >= b]
        if left and right:
            # between two figures, a cue goes with the one no comma parts it from ("a 50% tariff ... starting
            # August 1, far above the 10% rate"), whichever is nearer
            lc, rc = "," in text[targets[left[-1]].end:a], "," in text[b:targets[right[0]].start]
            if lc != rc:
                best = right[0] if lc else left[-1]
        if left and right and _RELATIVE_OF_LEFT.fullmatch(text, targets[left[-1]].end, a):
            # "A 25% tariff that was due on Aug. 1 will be cut to 15%": a cue in a relative clause is its noun's
            best = left[-1]
        elif targets[best].end <= a and _CLAUSE_BREAK.search(text, targets[best].end, a):
            # "a 39% duty, and analysts predict ... near 25%": a cue that opens a new clause governs what follows it
            later = [i for i in inside if targets[i].start >= b]
            if later:
                best = later[0]
        out.setdefault(best, []).append(label)
    return out


_RELATIVE_OF_LEFT = regex.compile(
    r"\s*(?:[\w-]+\s+){0,3}?(?:that|which)\s+(?:(?:was|were|is|are|had|has|have)\s+(?:been\s+)?)?", regex.IGNORECASE)
_CLAUSE_BREAK = regex.compile(r",\s*(?:and|but|while|whereas)\s", regex.IGNORECASE)


def find_cues(patterns: dict[str, regex.Pattern[str]], text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    cues = []
    for label, pat in patterns.items():
        for m in pat.finditer(text, lo, hi):
            cues.append((m.start(), m.end(), label))
    return sorted(cues)


def share_coordinated(labels: dict[int, list[str]], targets: Sequence[Mention], text: str, lo: int, hi: int) -> None:
    """Rates joined by "and" / "along with" in one clause share their cues when one has none."""
    cl = clauses(text, lo, hi)
    for k in range(len(targets) - 1):
        a, b = targets[k], targets[k + 1]
        if clause_of(cl, a.start) != clause_of(cl, b.start):
            continue
        gap = text[a.end:b.start]
        if len(gap) > 80 or not COORD.search(gap) or CONTRAST.search(gap):
            continue  # (not "a 15% tariff on EU goods, averting a 30% rate threatened from Aug. 1": one rate instead of the other)
        if labels.get(k) and not labels.get(k + 1):
            labels[k + 1] = [x for x in labels[k] if x != "removed"]
        elif labels.get(k + 1) and not labels.get(k):
            labels[k] = [x for x in labels[k + 1] if x != "removed"]


#: a verb that reports a statement ("said", "announced"): what it dates or governs was said, not done
REPORTING_VERB = regex.compile(lx.alternation(lx.REPORTING_VERBS), _F)
#: a word that turns to a clause of its own: "... to five pct but we needed growth", "; while the euro ..."
CLAUSE_TURN = regex.compile(r";|(?<![\w])(?:but|while|whereas|although|though|because)(?![\w])", _F)
COORD = regex.compile(r"(?<![\w])(?:and|or|along\s+with|as\s+well\s+as|plus)(?![\w])|,", _F)
#: (nor a time clause: "on Tuesday, hours after an additional 10% duty took effect")
CONTRAST = regex.compile(
    # (nor a relative clause: "covers Korean cars, which currently face a 25% duty")
    # ("a 15% rate on other goods, below the 25% threatened from Aug. 1": one rate set against the other)
    r"(?<![\w])(?:avert\w*|instead|rather|replac\w*|(?<!(?:those|goods|imports|products|shipments)\s+)from|versus|compared|than|unlike|down|up|after|before|when|since|until|which"
    # ("will also apply to European cars, now taxed at 27.5%": the rate the goods pay now, not the new one)
    r"|below|above|under|over|beneath|short\s+of|now|currently)(?![\w])", _F)



#: a word that sets one figure against another ("147.35 yen, up from 146.90", "two pct after eight pct",
#: "against 1.5180/90 in Europe"): a time or market told on one side of it is not the other side's
COMPARED_WORD = regex.compile(r"(?<![\w])(?:after|follow(?:ed|ing|s)|from|against|compared|versus|vs\.?|than|instead\s+of)(?![\w])", _F)


#: a figure that is supposed rather than reported, matched right to left from the figure:
#: a counterfactual ("would have grown by 3.5 pct", "could have paid a 10% duty") ...
COUNTERFACTUAL_BEFORE = regex.compile(
    r"(?<![\w])(?:would|might|could|should)\s+(?:not\s+)?have\s+(?!to\s)(?:\w+\s+){0,4}$", _F | regex.REVERSE
)
#: ... a requirement ("would have had to climb about 1.4 pct", "would have to expand 2.3 pct", "needs to grow 3%") ...
REQUIREMENT_BEFORE = regex.compile(
    r"(?<![\w])(?:(?:would|will|must|might)\s+(?:\w+\s+)?(?:have\s+had|have|had)\s+to|needs?\s+to)\s+(?:\w+\s+){0,3}$",
    _F | regex.REVERSE,
)
#: ... an indirect question ("asked whether a rate of 148 reflected the fundamentals") ...
QUESTION_BEFORE = regex.compile(r"(?<![\w])whether\s+[^,;:.]{0,60}$", _F | regex.REVERSE)
#: ... a condition ("if the dollar falls to about 140 yen, shares may rally"; not "asked if") ...
CONDITION_BEFORE = regex.compile(
    r"(?<![\w])(?<!(?:asked|wondered|whether)\s)(?:if|unless|should\s+the)\s+(?:[^,;:.]|\.(?=\d)){0,80}$", _F | regex.REVERSE)
#: ... a denied possibility ("the government could not fix the rate at 35 to one dollar") ...
DENIED_BEFORE = regex.compile(
    r"(?<![\w])(?:(?:could|would|will|can|may|might)\s+not|cannot|can['’]t|won['’]t|couldn['’]t|wouldn['’]t)\s+[^,;:.]{0,60}$",
    _F | regex.REVERSE)
#: a failure to stop it is no denial: "could not stop the dollar from falling to 141.50 yen" (it fell there)
FAILED_TO_STOP = regex.compile(
    r"(?<![\w])(?:could|would|can|did|were|was)\s*(?:not|n['’]t)\s+(?:be\s+)?(?:prevent|stop|halt|stem|avert|check|keep)\w*"
    r"\s+[^,;:.]{0,40}?(?<![\w])from\s+[^,;:.]{0,40}$", _F)
#: ... or a counterfactual after it ("a four or five pct duty might have been easier to accept")
COUNTERFACTUAL_AFTER = regex.compile(r"[^,;:.]{0,30}?(?<![\w])(?:would|might|could)\s+(?:not\s+)?have\s+been(?![\w])", _F)


def supposed(text: str, m: Mention, lo: int, hi: int, requirement: bool = True, question: bool = False,
             condition: bool = False) -> bool:
    """True when the figure is supposed (a counterfactual), and, if asked, required, asked
    about, a condition or a denied possibility, rather than reported. A tariff that importers "will have to pay" is a real one, and
    "unclear whether the 25% tariff will apply" names a real rate, so those two are optional."""
    a = max(lo, m.start - 90)
    return bool(
        COUNTERFACTUAL_BEFORE.match(text, a, m.start) or COUNTERFACTUAL_AFTER.match(text, m.end, hi)
        or (requirement and REQUIREMENT_BEFORE.match(text, a, m.start))
        or (question and QUESTION_BEFORE.match(text, a, m.start))
        or (condition and (CONDITION_BEFORE.match(text, a, m.start) or (
            DENIED_BEFORE.match(text, a, m.start) and not FAILED_TO_STOP.search(text, a, m.start))))
    )
