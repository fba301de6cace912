"""Corpus scale: the cache, the Dask engine, bounded streaming, progress output."""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import sys
from concurrent.futures import Future
from pathlib import Path

import pytest

from etl import pipeline
from etl.catalog import Catalog
from etl.cli import main
from etl.pipeline import ALL_TABLES, build

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"

# Short articles written for these tests (not from any source).
EXTRA = {
    "zz_a": "Seoul, June 3 (Test Wire) - South Korea's economy grew 0.6% in the first quarter from the previous quarter.\n",
    "zz_b": "The dollar traded at 148.20 yen on Friday, after the United States set a 15% tariff on imported furniture.\n",
    "zz_c": "Brazil said it holds $220 billion of U.S. Treasury securities, down from $229 billion a month earlier.\n",
}


def _files(folder: Path) -> dict[str, bytes]:
    return {t: (folder / f"{t}.parquet").read_bytes() for t in ALL_TABLES} | {
        n: (folder / n).read_bytes() for n in ("datapackage.json", "CHANGELOG.md")
    }


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    c = tmp_path_factory.mktemp("scale") / "corpus"
    shutil.copytree(SEEDS, c)
    for name, text in EXTRA.items():
        (c / f"{name}.txt").write_text(text, encoding="utf-8")
    return c


@pytest.fixture(scope="module")
def clean(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("clean")
    build(corpus, out)
    return out


def test_cache_warm_build_is_byte_identical_and_extracts_nothing(
        corpus: Path, clean: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    s1 = build(corpus, tmp_path / "cold", cache=cache)
    assert s1.n_cached == 0 and any(cache.rglob("*.pkl"))
    assert _files(tmp_path / "cold") == _files(clean)

    calls: list[str] = []
    real = pipeline.parse_document
    monkeypatch.setattr(pipeline, "parse_document", lambda *a, **k: calls.append(a[0]) or real(*a, **k))
    s2 = build(corpus, tmp_path / "warm", cache=cache)
    assert calls == [] and s2.n_cached == s2.n_ok
    assert _files(tmp_path / "warm") == _files(clean)


def test_one_new_article_is_the_only_one_extracted(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    c = tmp_path / "corpus"
    shutil.copytree(corpus, c)
    cache = tmp_path / "cache"
    build(c, tmp_path / "out", cache=cache)
    (c / "zz_new.txt").write_text("Mexico's GDP rose 1.2% in 2024, the statistics agency said on Monday.\n", encoding="utf-8")
    calls: list[str] = []
    real = pipeline.parse_document
    monkeypatch.setattr(pipeline, "parse_document", lambda *a, **k: calls.append(a[0]) or real(*a, **k))
    s = build(c, tmp_path / "out", cache=cache)
    assert calls == ["zz_new"]
    monkeypatch.undo()
    build(c, tmp_path / "fresh")  # a clean build without any cache
    for t in ALL_TABLES:
        assert (tmp_path / "out" / f"{t}.parquet").read_bytes() == (tmp_path / "fresh" / f"{t}.parquet").read_bytes(), t
    assert s.n_cached == s.n_ok - 1


def test_cache_key_changes_with_the_manifest_and_the_code(tmp_path: Path) -> None:
    from etl.documents import DocInfo, ManifestRow

    info = DocInfo("a", "a.txt", doc_sha256="0" * 64)
    k = pipeline.cache_key(info, None)
    assert k != pipeline.cache_key(info, ManifestRow(publisher="X"))
    assert k != pipeline.cache_key(DocInfo("b", "b.txt", doc_sha256="0" * 64), None)
    pipeline.rules_hash.cache_clear()
    try:
        real = pipeline.rules_hash()
        assert len(real) == 64
    finally:
        pipeline.rules_hash.cache_clear()


def test_a_damaged_cache_entry_is_ignored(corpus: Path, clean: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    build(corpus, tmp_path / "a", cache=cache)
    for p in cache.rglob("*.pkl"):
        p.write_bytes(b"not a pickle")
    s = build(corpus, tmp_path / "b", cache=cache)
    assert s.n_cached == 0
    assert _files(tmp_path / "b") == _files(clean)


def test_workers_give_the_same_bytes(corpus: Path, clean: Path, tmp_path: Path) -> None:
    build(corpus, tmp_path / "w2", workers=2)
    assert _files(tmp_path / "w2") == _files(clean)


def test_dask_local_cluster_gives_the_same_bytes(corpus: Path, clean: Path, tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    s = build(corpus, tmp_path / "dask", workers=2, engine="dask")
    assert s.engine == "dask" and s.n_ok == len(list(corpus.glob("*.txt")))
    assert _files(tmp_path / "dask") == _files(clean)


def test_dask_unreachable_scheduler_is_a_clean_error(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("distributed")
    rc = main(["build", "--corpus", str(corpus), "--out", str(tmp_path / "o"), "--engine", "dask",
               "--scheduler", "tcp://127.0.0.1:9", "--no-cache"])
    assert rc == 2
    assert "cannot reach the Dask scheduler" in capsys.readouterr().err


def test_ordered_window_keeps_order_and_bounds_work_in_flight() -> None:
    in_flight: list[int] = []
    peak = 0

    def submit(chunk: list[int]) -> Future[list[int]]:
        nonlocal peak
        in_flight.append(chunk[0])
        peak = max(peak, len(in_flight))
        f: Future[list[int]] = Future()
        f.set_result([x * 10 for x in chunk])
        return f

    def chunks() -> itertools.chain[list[int]]:
        return itertools.chain.from_iterable([[i, i + 1]] for i in range(0, 200, 2))

    got = []
    for r in pipeline.ordered(submit, iter(chunks()), window=3):  # type: ignore[arg-type]
        got.append(r)
        if r % 20 == 10:  # a result of a chunk's second item: that chunk is done
            in_flight.pop(0)
    assert got == [x * 10 for x in range(200)]
    assert peak <= 4


def test_catalog_streams_in_doc_id_order_with_manifest_rows(tmp_path: Path) -> None:
    c = tmp_path / "c"
    c.mkdir()
    for name in ("b", "a", "c", "B"):
        (c / f"{name}.txt").write_text("The dollar rose.\n")
    (c / "manifest.csv").write_text("doc_id,published,publisher\nb,2024-01-02,X\nzz,2024-01-03,Y\nb,2024-01-09,Z\n")
    cat = Catalog(c, tmp_path / "cat.sqlite")
    got = [(e.doc_id, e.aside.status if e.aside else "read", e.meta.publisher if e.meta else None) for e in cat.entries()]
    assert got == [("B", "read", None), ("a", "read", None), ("b", "duplicate_id", "X"), ("c", "read", None),
                   ("zz", "missing_file", "Y")]
    assert cat.count() == (3, 5)
    cat.close()


def test_summary_line_and_stats_file(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    rc = main(["build", "--corpus", str(corpus), "--out", str(tmp_path / "o"), "--quiet", "--no-cache",
               "--stats", str(tmp_path / "s.json")])
    assert rc == 0
    captured = capsys.readouterr()
    assert "ok, 0 set aside" in captured.out and captured.err == ""
    stats = json.loads((tmp_path / "s.json").read_text())
    assert stats["n_ok"] == 8 and stats["n_chars"] > 0 and stats["peak_rss_mb"] > 0
    assert set(stats["stages"]) >= {"read", "layout", "extract", "validate", "write"}


def test_progress_bar_only_on_a_terminal(corpus: Path, tmp_path: Path) -> None:
    """stderr is a pipe here: no bar, only the summary line on stdout."""
    r = subprocess.run([sys.executable, "-m", "etl", "build", "--corpus", str(corpus), "--out", str(tmp_path / "o"),
                        "--no-cache"], capture_output=True, text=True, check=False)
    assert r.returncode == 0 and "ok, 0 set aside" in r.stdout
    assert "documents" not in r.stderr and "doc/s" not in r.stderr


def _terminal() -> tuple[int, int]:
    """A pseudo-terminal of 24 rows by 100 columns, like a user's."""
    import fcntl
    import pty
    import struct
    import termios

    try:
        master, slave = pty.openpty()
    except OSError as e:  # a sandbox without /dev/ptmx
        pytest.skip(f"no pseudo-terminal here: {e}")
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    return master, slave


def _drain(master: int) -> str:
    chunks = []
    os.set_blocking(master, False)
    while True:
        try:
            b = os.read(master, 65536)
        except (BlockingIOError, OSError):  # nothing more (EIO once the other end is closed)
            break
        if not b:
            break
        chunks.append(b)
    os.close(master)
    return b"".join(chunks).decode(errors="replace")


def test_progress_bar_on_a_terminal(corpus: Path, tmp_path: Path) -> None:
    pytest.importorskip("pty")
    if not hasattr(os, "openpty"):
        pytest.skip("no pseudo-terminal")
    master, slave = _terminal()
    args = [sys.executable, "-m", "etl", "build", "--corpus", str(corpus), "--no-cache"]
    r = subprocess.run([*args, "--out", str(tmp_path / "o")], stdout=subprocess.PIPE, stderr=slave, check=False)
    os.close(slave)
    err = _drain(master)
    assert r.returncode == 0
    assert "documents" in err and "8/8" in err
    # --quiet silences it even on a terminal
    master, slave = _terminal()
    r = subprocess.run([*args, "--out", str(tmp_path / "q"), "--quiet"], stdout=subprocess.PIPE, stderr=slave, check=False)
    os.close(slave)
    quiet_err = _drain(master)
    assert r.returncode == 0 and "8/8" not in quiet_err


def test_documents_columns_are_the_docinfo_fields() -> None:
    from etl.schemas import MODELS

    assert set(pipeline.DOC_COLUMNS) == set(MODELS["documents"].to_schema().columns)


def test_workers_do_not_import_the_table_libraries() -> None:
    """The per-document work needs no pandas, pyarrow or pandera (build imports them while workers run)."""
    code = "import sys, etl.pipeline; print(sorted(m for m in ('pandas', 'pyarrow', 'pandera') if m in sys.modules))"
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert r.stdout.strip() == "[]"


def test_dask_existing_scheduler_gives_the_same_bytes(corpus: Path, clean: Path, tmp_path: Path) -> None:
    """--scheduler: the build connects to a cluster it did not start (here one on localhost)."""
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        rc = main(["build", "--corpus", str(corpus), "--out", str(tmp_path / "o"), "--engine", "dask",
                   "--scheduler", cluster.scheduler_address, "--no-cache", "--quiet"])
        assert rc == 0
        assert len(cluster.workers) == 2  # the build closed its client, not the cluster
    assert _files(tmp_path / "o") == _files(clean)


def test_rows_are_validated_in_batches_and_written_in_full_row_groups(
    corpus: Path, clean: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Small batches and row groups: the same rows come out, row groups are full but the
    last, and a bad row in any batch goes to rejects without losing its neighbours."""
    import pyarrow.parquet as pq

    monkeypatch.setattr(pipeline, "VALIDATE_BATCH", 7)
    monkeypatch.setattr(pipeline, "ROW_GROUP", 20)
    out = tmp_path / "small"
    build(corpus, out)
    for t in ALL_TABLES:
        assert pipeline.load(out, t).equals(pipeline.load(clean, t)), t
    sizes = [pq.ParquetFile(out / "mentions.parquet").metadata.row_group(i).num_rows
             for i in range(pq.ParquetFile(out / "mentions.parquet").num_row_groups)]
    assert len(sizes) > 2 and set(sizes[:-1]) == {20} and 0 < sizes[-1] <= 20

    w = pipeline.TableWriter("fx_rates", tmp_path / "fx.parquet", {})
    good = pipeline.load(clean, "fx_rates").to_dict("records")
    bad = dict(good[0], fact_id="not-hex", doc_id="zz_bad")
    w.add(good[:1])
    w.add([bad])
    w.add(good[1:])
    w.close()
    assert w.n_rows == len(good) and [r["fact_id"] for r in w.rejects] == ["not-hex"]
    assert pipeline.load(tmp_path, "fx").equals(pipeline.load(clean, "fx_rates"))
