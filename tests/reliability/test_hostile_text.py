"""Hostile text: every pattern runs in time linear in its input; random text never breaks an extractor.

Stated bound: a document takes at most BOUND_S_PER_MB seconds per MB of text plus a
constant, on this 2-core machine (measured worst case, a number every four
characters, is about 26 s/MB: "25% " a million times, 4 MB, took 106 s, so the suite
runs it 25,000 times; a million commas took 1.2 s and a million "per cent" 6.9 s, and
the suite runs those at full size; ordinary news is under 1 s/MB).
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etl.context import parse_document
from etl.extractors import EXTRACTORS
from etl.pipeline import FACT_TABLES, frame, process_one
from etl.schemas import validate

BOUND_S_PER_MB = 40.0
CONSTANT_S = 3.0

ADVERSARIAL = {
    "100k-digits": "1" * 100_000,
    "commas-1M": ",".join(["1"] * 1_000_000),
    "percent-runs": "25% " * 25_000,
    "open-parens": "(" * 300_000,
    "per-cent-1M": "per cent " * 1_000_000,
    "10k-char-words": ("x" * 10_000 + " ") * 30,
    "1MB-one-line": "The dollar rose to 145.20 yen and GDP grew 2.1 pct while a 10% levy on steel took effect " * 11_000,
    "unicode-minus-and-signs": "\u221225% +13 minus 5 -0.0 1e400 NaN% 25%% 25 000 25.000,5 " * 5_000,
}


@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_linear_time(tmp_path: Path, name: str) -> None:
    text = ADVERSARIAL[name]
    p = tmp_path / f"{name}.txt"
    p.write_text(text)
    t0 = time.perf_counter()
    res = process_one(str(p), None)
    elapsed = time.perf_counter() - t0
    assert res.doc["status"] in ("ok", "timeout")
    assert elapsed < CONSTANT_S + BOUND_S_PER_MB * len(text) / 1e6, f"{elapsed:.1f} s for {len(text) / 1e6:.2f} MB"


def test_numbers_that_must_not_be_facts() -> None:
    text = "Values: 1e400, NaN%, 25%% and \u221225% and 25 000 and 25.000,5 and -0.\n"
    doc = parse_document("t", text, None)
    values = [m.value for ms in doc.mentions for m in ms]
    assert -25.0 in values  # the Unicode minus is a sign
    assert all(v == v and abs(v) != float("inf") for v in values)  # no NaN, no infinity
    assert all(str(v) != "-0.0" for v in values)  # no negative zero


MY_SENTENCES = [
    "The dollar closed at 151.40 yen, up from 150.95/05 yesterday.",
    "Canada imposed a 25 pct duty on U.S. steel and aluminum from July 1.",
    "Germany's GDP shrank an annualised 0.8 percent in the fourth quarter.",
    "The big manufacturers' index rose to +9 from minus 3 (forecast: +5).",
    "Britain held $720 billion of Treasuries in March, up from $700 bn.",
]


def _check(text: str) -> None:
    doc = parse_document("h", text, None)
    for table, extract in EXTRACTORS.items():
        rows = []
        for f in extract(doc):
            assert 0 <= f.char_start < f.char_end <= len(text)
            assert f.sent_start <= f.char_start and f.char_end <= f.sent_end
            row = {"fact_id": f"{len(rows):020x}", "doc_id": "h", "doc_sha256": "0" * 64, "char_start": f.char_start,
                   "char_end": f.char_end, "quote": text[f.char_start:f.char_end], "sentence": text[f.sent_start:f.sent_end],
                   "rule": f.rule, "etl_version": "0", **f.values()}
            rows.append(row)
        if rows and table in FACT_TABLES:
            _, failures = validate(table, frame(table, rows))
            assert len(failures) == 0, failures.to_dict("records")[:3]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_random_text(text: str) -> None:
    _check(text)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(MY_SENTENCES), st.lists(st.tuples(st.integers(0, 80), st.text(max_size=4)), max_size=6))
def test_mutated_sentences(sentence: str, edits: list[tuple[int, str]]) -> None:
    s = sentence
    for pos, ins in edits:
        pos = min(pos, len(s))
        s = s[:pos] + ins + s[pos + 1:]
    _check(s)
