"""A build killed at any point leaves the previous dataset; a re-run completes."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from etl.pipeline import ALL_TABLES, build, load

ROOT = Path(__file__).resolve().parents[2]

KILL_IN_SWAP = """
import os, signal, sys
import etl.pipeline as p
real = os.replace
calls = {"n": 0}
def replace(a, b):
    real(a, b)
    if str(b).endswith(".parquet") and ".etl-swap" not in str(b):
        calls["n"] += 1
        if calls["n"] == int(sys.argv[3]):
            os.kill(os.getpid(), signal.SIGKILL)
p.os.replace = replace
p.build(sys.argv[1], sys.argv[2])
"""


def snapshot(out: Path) -> dict[str, bytes]:
    return {t: (out / f"{t}.parquet").read_bytes() for t in ALL_TABLES}


@pytest.fixture
def two_corpora(tmp_path: Path) -> tuple[Path, Path]:
    a = tmp_path / "a"
    b = tmp_path / "b"
    a.mkdir()
    b.mkdir()
    (a / "one.txt").write_text("The dollar closed at 151.40 yen. A 25% tariff on cars remains in effect.\n")
    (b / "one.txt").write_text("The dollar closed at 139.10 yen. A 10% tariff on steel remains in effect.\n")
    (b / "two.txt").write_text("Germany's GDP shrank 0.3 pct in the first quarter.\n")
    return a, b


@pytest.mark.parametrize("kill_after", [1, 3, len(ALL_TABLES) - 1])
def test_sigkill_during_the_swap_rolls_back(tmp_path: Path, two_corpora: tuple[Path, Path], kill_after: int) -> None:
    a, b = two_corpora
    out = tmp_path / "out"
    build(a, out)
    before = snapshot(out)
    r = subprocess.run([sys.executable, "-c", KILL_IN_SWAP, str(b), str(out), str(kill_after)], cwd=ROOT)
    assert r.returncode == -signal.SIGKILL
    assert load(out, "documents")["doc_id"].tolist() == ["one"]  # reading recovers first
    assert snapshot(out) == before
    build(b, out)  # a re-run completes normally
    assert sorted(load(out, "documents")["doc_id"]) == ["one", "two"]


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL])
def test_signal_during_a_build_leaves_previous_output(tmp_path: Path, two_corpora: tuple[Path, Path], sig: int) -> None:
    a, _ = two_corpora
    out = tmp_path / "out"
    build(a, out)
    before = snapshot(out)
    big = tmp_path / "big"
    big.mkdir()
    text = (ROOT / "seeds" / "003_48df2dfc749e10e2.txt").read_text()
    for k in range(400):
        (big / f"d{k:04d}.txt").write_text(text)
    p = subprocess.Popen([sys.executable, "-m", "etl", "build", "--corpus", str(big), "--out", str(out), "--quiet"], cwd=ROOT)
    time.sleep(1.5)
    p.send_signal(sig)
    p.wait(timeout=60)
    load(out, "documents")  # recovers if the signal hit the swap
    after = snapshot(out)
    if after != before:  # the build had already finished: then it must be the whole new dataset
        assert len(load(out, "documents")) == 400
    build(a, out)
    assert snapshot(out) == before
