"""Bad input: every file is recorded with a status and a reason; the build finishes for the rest."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from etl.pipeline import build, load

GOOD = "The dollar closed at 151.40 yen on Friday, and a 25% tariff on cars remains in effect.\n"


def corpus(tmp_path: Path, files: dict[str, bytes], manifest: str | None = None) -> Path:
    c = tmp_path / "corpus"
    c.mkdir()
    (c / "good.txt").write_text(GOOD)
    for name, data in files.items():
        (c / name).write_bytes(data)
    if manifest is not None:
        (c / "manifest.csv").write_text(manifest)
    return c


def docs(tmp_path: Path, c: Path) -> dict[str, dict]:
    out = tmp_path / "out"
    build(c, out)
    assert "good" in load(out, "fx_rates")["doc_id"].tolist(), "the good file must still be read"
    rows = load(out, "documents").to_dict("records")
    return {r["doc_id"]: {k: (None if isinstance(v, float) and v != v else v) for k, v in r.items()} for r in rows}


CASES = [
    ("invalid-utf8", "Na\u00efve tariff of 25% on steel.".encode() + b"\xff\xfe\n", "ok", "invalid byte"),
    ("stray-byte-ascii", b"Tariff of 25% \xff on steel.\n", "ok", "not valid UTF-8"),
    ("utf16-bom", "Tariff of 25% on steel.\n".encode("utf-16"), "ok", None),
    ("latin1", "Caf\u00e9 tariff of 25% on steel.\n".encode("latin-1"), "ok", None),
    ("nul-binary", b"\x00\x01\x02\x03" * 200, "binary", "binary"),
    ("empty", b"", "empty", "empty"),
    ("whitespace", b"  \n\t\n  ", "empty", "empty"),
    ("html", b"<!DOCTYPE html><html><body><p>Tariff 25%</p></body></html>", "html", "HTML"),
    ("crlf-cr", b"Title\r\rThe dollar closed at 151.40 yen.\r\nA 25% tariff.\r", "ok", None),
    ("mixed-scripts", "Tariffs rose.\n\u7f8e\u5143\u6307\u6578\u8dcc\u7a7f97.0\n\u5186\u5b89\u304c\u9032\u3080\nThe yen held at 145.\n".encode(), "ok", None),
    ("fullwidth", "A \uff12\uff15\uff05 tariff on Korean steel took effect.\n".encode(), "ok", None),
]


@pytest.mark.parametrize("name,data,status,reason", CASES, ids=[c[0] for c in CASES])
def test_bad_files_are_recorded(tmp_path: Path, name: str, data: bytes, status: str, reason: str | None) -> None:
    d = docs(tmp_path, corpus(tmp_path, {f"{name}.txt": data}))
    assert d[name]["status"] == status
    if reason:
        assert reason.lower() in (d[name]["reason"] or "").lower()


def test_fullwidth_digits_parse(tmp_path: Path) -> None:
    c = corpus(tmp_path, {"fw.txt": "The 25% tariff on Korean steel, or \uff12\uff15\uff05 as written there, took effect.\n".encode()})
    build(c, tmp_path / "out")
    rates = load(tmp_path / "out", "mentions").query("doc_id == 'fw'")["value"].tolist()
    assert rates.count(25.0) == 2


def test_manifest_problems(tmp_path: Path) -> None:
    manifest = (
        "doc_id,published,publisher,language,title,extra\n"
        "good,2025-05-16,P,en,T,x\n"
        "good,2025-05-17,P,en,T,x\n"
        "ghost,2025-05-16,P,en,T,x\n"
        "bad,not-a-date,P,en,T,x\n"
    )
    d = docs(tmp_path, corpus(tmp_path, {"bad.txt": GOOD.encode()}, manifest))
    assert d["ghost"]["status"] == "missing_file"
    assert "bad published date" in d["bad"]["reason"]
    assert "duplicate doc_id" in d["good"]["reason"]
    assert str(d["good"]["published"]) == "2025-05-16"


def test_manifest_missing_leaves_dates_unresolved(tmp_path: Path) -> None:
    c = corpus(tmp_path, {})
    (c / "rel.txt").write_text("The dollar fell to 139.88 yen last month.\n")
    out = tmp_path / "out"
    build(c, out)
    fx = load(out, "fx_rates").set_index("doc_id")
    import pandas as pd

    assert pd.isna(fx.loc["rel", "period"])


def test_names_differing_only_in_case(tmp_path: Path) -> None:
    d = docs(tmp_path, corpus(tmp_path, {"Story.txt": GOOD.encode(), "story.txt": GOOD.encode()}))
    statuses = sorted(d[k]["status"] for k in ("Story", "story"))
    assert statuses == ["duplicate_id", "ok"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file(tmp_path: Path) -> None:
    c = corpus(tmp_path, {"locked.txt": GOOD.encode()})
    (c / "locked.txt").chmod(0)
    d = docs(tmp_path, c)
    assert d["locked"]["status"] == "unreadable"


def test_unreadable_file_as_directory(tmp_path: Path) -> None:
    c = corpus(tmp_path, {})
    (c / "folder.txt").mkdir()
    d = docs(tmp_path, c)
    assert d["folder"]["status"] == "not_a_file"


def test_symlink_outside_is_not_followed(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("A 99% tariff on everything.\n")
    c = corpus(tmp_path, {})
    (c / "link.txt").symlink_to(secret)
    d = docs(tmp_path, c)
    assert d["link"]["status"] == "symlink_outside"


def test_missing_and_empty_corpus_fail_clearly(tmp_path: Path) -> None:
    for args, msg in (([str(tmp_path / "nope")], "does not exist"), ([str(tmp_path)], "no *.txt")):
        r = subprocess.run([sys.executable, "-m", "etl", "build", "--corpus", *args, "--out", str(tmp_path / "o")],
                           capture_output=True, text=True)
        assert r.returncode == 2 and msg in r.stderr and "Traceback" not in r.stderr


def test_cli_summary_and_strict(tmp_path: Path) -> None:
    c = corpus(tmp_path, {"empty.txt": b"", "bin.txt": b"\x00" * 100})
    cmd = [sys.executable, "-m", "etl", "build", "--corpus", str(c), "--out", str(tmp_path / "o")]
    r = subprocess.run(cmd, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert "1 ok, 2 set aside: 1 binary, 1 empty" in r.stdout and "Traceback" not in r.stderr
    s = subprocess.run([*cmd, "--strict"], capture_output=True, text=True)
    assert s.returncode == 1


def test_concurrent_build_fails_clearly(tmp_path: Path) -> None:
    import fcntl

    c = corpus(tmp_path, {})
    out = tmp_path / "o"
    out.mkdir()
    fd = os.open(out / ".etl-build.lock", os.O_CREAT | os.O_RDWR)
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        r = subprocess.run([sys.executable, "-m", "etl", "build", "--corpus", str(c), "--out", str(out)], capture_output=True, text=True)
        assert r.returncode == 2 and "another build" in r.stderr
        assert not (out / "documents.parquet").exists()
    finally:
        os.close(fd)


def test_unreadable_file_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same as test_unreadable_file, for runs as root: reading raises PermissionError."""
    c = corpus(tmp_path, {"locked.txt": GOOD.encode()})
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    d = docs(tmp_path, c)
    assert d["locked"]["status"] == "unreadable" and "Permission denied" in d["locked"]["reason"]


def test_50mb_single_line_is_set_aside_quickly(tmp_path: Path) -> None:
    import time

    c = corpus(tmp_path, {})
    with open(c / "huge.txt", "wb") as f:
        chunk = b"The 25% tariff on cars remains in effect and the dollar rose to 145.20 yen " * 1000
        while f.tell() < 50 * 1024 * 1024:
            f.write(chunk)
    t0 = time.perf_counter()
    d = docs(tmp_path, c)
    assert time.perf_counter() - t0 < 30
    assert d["huge"]["status"] == "too_large" and "limit" in d["huge"]["reason"]


def test_rejected_rows_are_reported_and_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from etl import cli
    from etl.extractors import EXTRACTORS
    from etl.facts import Gdp

    def bad(doc):  # an extractor bug: a GDP change far out of bounds
        yield Gdp(char_start=0, char_end=3, sent_start=0, sent_end=10, rule="gdp.actual", country="JPN", period="2025Q1",
                  change_pct=999.0, basis="qoq", estimate="actual")

    monkeypatch.setitem(EXTRACTORS, "gdp", bad)
    c = corpus(tmp_path, {})
    out = tmp_path / "o"
    assert cli.main(["build", "--corpus", str(c), "--out", str(out), "--no-cache"]) == 1
    rejects = load(out, "rejects")
    assert rejects["table"].tolist() == ["gdp"]
    assert "change_pct" in rejects["column"].tolist()[0] and "999" in rejects["row_json"].tolist()[0]
    assert len(load(out, "gdp")) == 0
    assert cli.main(["build", "--corpus", str(c), "--out", str(out), "--allow-rejects", "--no-cache"]) == 0
