"""The command line: help, clean errors, exit codes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "etl", *args], capture_output=True, text=True, cwd=cwd)


def test_help_lists_every_command() -> None:
    r = run("--help")
    assert r.returncode == 0
    for cmd in ("build", "eval", "show"):
        assert cmd in r.stdout
    b = run("build", "--help")
    assert "--corpus" in b.stdout and "--out" in b.stdout and "exit codes" in b.stdout


def test_missing_corpus_is_a_clean_error(tmp_path: Path) -> None:
    r = run("build", "--corpus", str(tmp_path / "nope"), "--out", str(tmp_path / "o"))
    assert r.returncode == 2
    assert "does not exist" in r.stderr and "Traceback" not in r.stderr


def test_empty_corpus_is_a_clean_error(tmp_path: Path) -> None:
    (tmp_path / "c").mkdir()
    r = run("build", "--corpus", str(tmp_path / "c"), "--out", str(tmp_path / "o"))
    assert r.returncode == 2 and "no *.txt" in r.stderr and "Traceback" not in r.stderr


def test_build_eval_show(tmp_path: Path) -> None:
    out = tmp_path / "o"
    r = run("build", "--corpus", "seeds", "--out", str(out))
    assert r.returncode == 0, r.stderr
    assert "5 ok, 0 set aside" in r.stdout
    e = run("eval", "--gold", "tests/data/seeds_gold.jsonl", "--out", str(out))
    assert e.returncode == 0 and "overall" in e.stdout and "seeds_gold: P=" in e.stdout
    s = run("show", "tariffs", "--out", str(out))
    assert s.returncode == 0 and "rate_pct" in s.stdout and "USA" in s.stdout
    bad = run("show", "nosuch", "--out", str(out))
    assert bad.returncode == 2 and "no table" in bad.stderr


def test_bad_gold_file(tmp_path: Path) -> None:
    g = tmp_path / "g.jsonl"
    g.write_text("{not json\n")
    r = run("eval", "--gold", str(g), "--out", "output")
    assert r.returncode == 2 and "not JSON" in r.stderr
