"""The project holds no article text but seeds/: test sentences and example phrases are written here.

Every run of ten or more words of the code, the tests, the benchmark and the README is looked up in the
research corpora next to the project (../shared/corpus, or $ETL_SHARED/corpus); the test is skipped where
they are absent. Ten words is long enough that a shared run is a copy, not a common phrase ("a 15 pct duty
on imports from Canada" is nine).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import regex

ROOT = Path(__file__).resolve().parent.parent
CORPORA = Path(os.environ.get("ETL_SHARED", ROOT.parent / "shared")) / "corpus"
RUN = 10
_WORD = regex.compile(r"[a-z0-9]+")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _runs(words: list[str]) -> set[str]:
    return {" ".join(words[i:i + RUN]) for i in range(len(words) - RUN + 1)}


def _project_files() -> list[Path]:
    files = [ROOT / "README.md"]
    for folder in ("etl", "tests", "bench"):
        files += sorted((ROOT / folder).rglob("*.py"))
    return [f for f in files if f.is_file()]


@pytest.mark.skipif(not CORPORA.is_dir(), reason="the research corpora (../shared/corpus) are not here")
def test_no_ten_word_run_of_the_corpora_is_in_the_project() -> None:
    where: dict[str, str] = {}
    for f in _project_files():
        for run in _runs(_words(f.read_text(encoding="utf-8"))):
            where.setdefault(run, str(f.relative_to(ROOT)))
    copied: dict[str, str] = {}
    for doc in sorted(CORPORA.rglob("*.txt")):
        for run in _runs(_words(doc.read_text(encoding="utf-8", errors="replace"))) & where.keys():
            copied.setdefault(run, f"{where[run]} <- {doc.relative_to(CORPORA)}")
    assert not copied, "corpus text in the project:\n" + "\n".join(f"  {v}: {k}" for k, v in sorted(copied.items()))
