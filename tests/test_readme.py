"""The pandas session in README.md runs, and prints what the README says it prints."""

from __future__ import annotations

import doctest
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_readme_pandas_session() -> None:
    cwd = os.getcwd()
    os.chdir(ROOT)  # the session reads output/ relative to the project
    try:
        result = doctest.testfile(str(ROOT / "README.md"), module_relative=False,
                                  optionflags=doctest.NORMALIZE_WHITESPACE, verbose=False)
    finally:
        os.chdir(cwd)
    assert result.attempted >= 5
    assert result.failed == 0
