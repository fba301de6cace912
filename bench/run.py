"""Benchmark: build speed, scaling, memory, cache, against a regex floor.

    make bench                       # Reuters-21578 from ../shared
    make bench CORPUS=path/to/folder # any folder of *.txt (+ manifest.csv)
    python bench/run.py --help

Every build runs in its own process (``python -m etl build --stats``), so its
peak RSS is its own: the main process, and the largest worker process. All
figures are measured in this run on this machine; timings are noisy, so the
ratios (to the floor, between worker counts, between corpus sizes) taken in
one run are what compare over time. Results go to bench/results.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
FLOOR = regex.compile(r"[-+]?\d[\d,]*(?:\.\d+)?%?")
STAGES = ("catalog", "read", "layout", "extract", "cache", "validate", "write", "package")
# An article written for the benchmark (not from any source): the one new document of the day.
NEW_ARTICLE = (
    "Test Wire: Chile sets duties on imported steel\n\n"
    "SANTIAGO, May 2 - Chile will impose a provisional 15.2% tariff on steel bars from China from June 1, "
    "the trade ministry said on Thursday. The peso firmed to 940.5 per dollar.\n"
)


def texts(corpus: Path) -> list[str]:
    from etl.documents import decode

    return [decode(p.read_bytes())[0] for p in sorted(corpus.glob("*.txt"))]


def floor(corpus: Path) -> dict[str, float]:
    t0 = time.perf_counter()
    ts = texts(corpus)
    t1 = time.perf_counter()
    n = sum(len(FLOOR.findall(t)) for t in ts)
    t2 = time.perf_counter()
    return {"read_s": t1 - t0, "scan_s": t2 - t1, "tokens": n, "docs": len(ts), "chars": sum(map(len, ts))}


def run_build(corpus: Path, out: Path, workers: int, extra: list[str] | None = None) -> dict:
    stats = out.parent / f"{out.name}.stats.json"
    cmd = [sys.executable, "-m", "etl", "build", "--corpus", str(corpus), "--out", str(out), "--quiet",
           "--workers", str(workers), "--stats", str(stats), *(extra or ["--no-cache"])]
    t0 = time.perf_counter()
    r = subprocess.run(cmd, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - t0
    if r.returncode not in (0, 1):
        raise SystemExit(f"build failed ({r.returncode}): {r.stderr.strip()}")
    s = json.loads(stats.read_text())
    s["wall"] = wall
    s["cmd"] = " ".join(["python -m etl build", *cmd[4:]]).replace(str(corpus), "CORPUS").replace(str(out.parent), "TMP")
    s["facts"] = sum(v for k, v in s["rows"].items() if k != "documents")
    return s


def scaled_corpus(src: Path, dst: Path, times: int) -> None:
    """The same articles under new ids, ``times`` over (and the manifest to match)."""
    dst.mkdir(parents=True)
    files = sorted(src.glob("*.txt"))
    manifest = (src / "manifest.csv").read_text(encoding="utf-8").splitlines() if (src / "manifest.csv").exists() else []
    rows = [manifest[0]] if manifest else []
    for k in range(times):
        for p in files:
            shutil.copyfile(p, dst / f"x{k:02d}_{p.name}")
        rows += [f"x{k:02d}_{line}" for line in manifest[1:]]
    if rows:
        (dst / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")


def quantulum(corpus: Path, n_docs: int) -> dict | None:
    try:
        from quantulum3 import parser
    except ImportError:
        return None
    ts = texts(corpus)[:n_docs]
    t0 = time.perf_counter()
    n = sum(len(parser.parse(t)) for t in ts)
    dt_ = time.perf_counter() - t0
    return {"docs": len(ts), "seconds": dt_, "quantities": n, "chars": sum(map(len, ts))}


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def fmt_stage_table(s: dict, mb: float) -> list[str]:
    lines = ["| stage | seconds | share | MB/s | docs/s |", "|---|---|---|---|---|"]
    total = sum(s["stages"].get(k, 0.0) for k in STAGES) or 1.0
    for k in STAGES:
        v = s["stages"].get(k, 0.0)
        if v <= 0:
            continue
        lines.append(f"| {k} | {v:.2f} | {v / total:.0%} | {mb / v:.1f} | {s['n_docs'] / v:,.0f} |")
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "reuters21578")
    ap.add_argument("--scale", type=int, default=20, help="size of the large corpus, in copies of --corpus (0: skip)")
    ap.add_argument("--repeat", type=int, default=3, help="clean builds per worker count; the median is reported")
    ap.add_argument("--quantulum-docs", type=int, default=500, help="documents given to quantulum3 (it is slow)")
    ap.add_argument("--results", type=Path, default=ROOT / "bench" / "results.md")
    args = ap.parse_args()
    corpus = args.corpus.resolve()
    if not corpus.is_dir():
        raise SystemExit(f"no corpus at {corpus}: pass --corpus (make bench CORPUS=...)")
    cores = os.cpu_count() or 1
    print(f"corpus {corpus} on {cores} cores", flush=True)

    fl = floor(corpus)
    mb = fl["chars"] / 1e6
    print(f"floor: {fl['docs']} docs, {mb:.1f} MB, {fl['tokens']} number tokens in {fl['scan_s']:.2f} s "
          f"(+{fl['read_s']:.2f} s to read)", flush=True)

    work = Path(tempfile.mkdtemp(prefix="etl-bench-"))
    try:
        # 1 worker and all cores, alternating, so a slow spell of the machine hits both
        ones, alls = [], []
        for k in range(max(1, args.repeat)):
            ones.append(run_build(corpus, work / f"w1_{k}", 1))
            alls.append(run_build(corpus, work / f"wn_{k}", cores))
            print(f"run {k + 1}: 1 worker {ones[-1]['wall']:.1f} s, {cores} workers {alls[-1]['wall']:.1f} s", flush=True)
        same = all((work / "w1_0" / f).read_bytes() == (work / f"wn_{k}" / f).read_bytes()
                   for k in range(len(alls)) for f in os.listdir(work / "w1_0") if not f.startswith("."))
        one = sorted(ones, key=lambda s: s["wall"])[len(ones) // 2]
        alln = sorted(alls, key=lambda s: s["wall"])[len(alls) // 2]
        one["walls"] = [round(s["wall"], 1) for s in ones]
        alln["walls"] = [round(s["wall"], 1) for s in alls]

        # incremental: a copy of the corpus (it must gain a file), a cache folder
        inc = work / "inc_corpus"
        shutil.copytree(corpus, inc)
        cache = ["--cache", str(work / "cache")]
        cold = run_build(inc, work / "inc", cores, cache)
        warm = run_build(inc, work / "inc", cores, cache)
        (inc / "zz_bench_new.txt").write_text(NEW_ARTICLE, encoding="utf-8")
        plus1 = run_build(inc, work / "inc", cores, cache)
        run_build(inc, work / "inc_ref", cores)  # the same corpus, clean and without cache: to compare bytes
        inc_same = all((work / "inc" / f"{t}.parquet").read_bytes() == (work / "inc_ref" / f"{t}.parquet").read_bytes()
                       for t in ("documents", "tariffs", "fx_rates", "treasury_holdings", "tankan", "gdp", "mentions", "rejects"))
        print(f"cache: cold {cold['wall']:.1f} s, warm {warm['wall']:.1f} s, one new {plus1['wall']:.1f} s", flush=True)
        shutil.rmtree(inc)

        big = None
        if args.scale > 1:
            scaled_corpus(corpus, work / "big_corpus", args.scale)
            big = run_build(work / "big_corpus", work / "big", cores)
            print(f"{args.scale}x: {big['wall']:.1f} s", flush=True)
            shutil.rmtree(work / "big_corpus")
            shutil.rmtree(work / "big")
        q = quantulum(corpus, args.quantulum_docs)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    # ---------------------------------------------------------------- report
    def rate(s: dict) -> str:
        return (f"{s['n_docs'] / s['wall']:,.0f} | {mb / s['wall']:.2f} | {s['facts'] / s['wall']:,.0f} | "
                f"{s['wall']:.1f} | {s['peak_rss_mb']:.0f} | {s['peak_rss_worker_mb']:.0f}")

    L = [
        "# Benchmark results",
        "",
        f"Written by `bench/run.py` on {dt.date.today().isoformat()}: {cores} cores ({cpu_model()}), "
        f"Python {platform.python_version()}, {platform.system()} {platform.machine()}. Every figure below was "
        "measured in this one run; timings on a shared machine are noisy, so compare the ratios.",
        "",
        f"Corpus: `{corpus.name}`, {fl['docs']:,} documents, {mb:.1f} MB of text (decoded characters), "
        f"{alln['facts']:,} rows in the fact tables (mentions included).",
        "",
        "## End to end",
        "",
        "| build | docs/s | MB/s | facts/s | wall s | peak RSS main MB | peak RSS largest worker MB |",
        "|---|---|---|---|---|---|---|",
        f"| 1 worker | {rate(one)} |",
        f"| {cores} workers | {rate(alln)} |",
        "",
        f"* Each row is the median of {len(one['walls'])} clean builds, run alternately: 1 worker "
        f"{one['walls']} s, {cores} workers {alln['walls']} s.",
        f"* Speed-up with {cores} workers: **{one['wall'] / alln['wall']:.2f}x** (median over median; per pair: "
        f"{', '.join(f'{a / b:.2f}x' for a, b in zip(one['walls'], alln['walls'], strict=True))}; "
        f"same output bytes in every run: {'yes' if same else 'NO'}).",
        f"* MB/s per core: {mb / one['wall']:.2f} (1 worker), {mb / alln['wall'] / cores:.2f} ({cores} workers).",
        f"* Regex floor (`{FLOOR.pattern}` over the decoded texts, one core): {fl['scan_s']:.2f} s scan "
        f"({mb / fl['scan_s']:.0f} MB/s, {fl['tokens']:,} tokens); reading and decoding the files takes "
        f"{fl['read_s']:.2f} s more.",
        f"* **Pipeline / floor: {alln['wall'] / fl['scan_s']:.0f}x** ({cores} workers vs the scan), "
        f"{alln['wall'] / (fl['scan_s'] + fl['read_s']):.0f}x against read + scan. The target is 10x.",
        "",
        "## Per stage (1 worker)",
        "",
        "Seconds inside each stage, summed over documents; MB/s and docs/s are what that stage alone would sustain.",
        "",
        *fmt_stage_table(one, mb),
        "",
        f"## Per stage ({cores} workers)",
        "",
        "read, layout, extract and cache are summed over the worker processes (CPU-seconds); catalog, validate, "
        "write and package run in the main process.",
        "",
        *fmt_stage_table(alln, mb),
        "",
        "## Incremental builds (cache in a fresh folder)",
        "",
        "| build | wall s | from cache | note |",
        "|---|---|---|---|",
        f"| clean (cold cache) | {cold['wall']:.1f} | {cold['n_cached']} | extracts everything, fills the cache |",
        f"| warm, nothing changed | {warm['wall']:.1f} | {warm['n_cached']} | same bytes; dataset version unchanged |",
        f"| one new article | {plus1['wall']:.1f} | {plus1['n_cached']} | only the new article is extracted |",
        "",
        f"The one-new-article build equals a clean build without cache: {'yes' if inc_same else 'NO'} (all eight tables, byte for byte).",
        "",
    ]
    if big is not None:
        L += [
            f"## {args.scale}x corpus (same articles under new ids, generated in a temp folder)",
            "",
            "| corpus | documents | wall s | s per 1,000 docs | peak RSS main MB | peak RSS largest worker MB |",
            "|---|---|---|---|---|---|",
            f"| 1x | {alln['n_docs']:,} | {alln['wall']:.1f} | {1000 * alln['wall'] / alln['n_docs']:.2f} | "
            f"{alln['peak_rss_mb']:.0f} | {alln['peak_rss_worker_mb']:.0f} |",
            f"| {args.scale}x | {big['n_docs']:,} | {big['wall']:.1f} | {1000 * big['wall'] / big['n_docs']:.2f} | "
            f"{big['peak_rss_mb']:.0f} | {big['peak_rss_worker_mb']:.0f} |",
            "",
            f"* Time grew {big['wall'] / alln['wall']:.1f}x for {args.scale}x the documents "
            f"(linear would be {args.scale}x).",
            f"* Peak RSS of the main process at {args.scale}x is **{big['peak_rss_mb'] / alln['peak_rss_mb']:.2f}x** "
            f"that at 1x; of the largest worker, {big['peak_rss_worker_mb'] / max(1.0, alln['peak_rss_worker_mb']):.2f}x "
            "(target: within 1.3x).",
            "",
        ]
    L += ["## Side by side: quantulum3", ""]
    if q is None:
        L += ["quantulum3 is not installed (`pip install '.[bench]'`); skipped.", ""]
    else:
        ours = one["n_docs"] / one["wall"]
        theirs = q["docs"] / q["seconds"]
        L += [
            f"quantulum3 parsed the first {q['docs']} documents ({q['chars'] / 1e6:.2f} MB) in {q['seconds']:.1f} s: "
            f"{theirs:.0f} docs/s, {q['chars'] / 1e6 / q['seconds']:.3f} MB/s, {q['quantities']:,} quantities. "
            f"This pipeline on one core: {ours:.0f} docs/s over the whole corpus, with every table, validation and "
            f"Parquet included: **{ours / theirs:.1f}x** quantulum3's rate.",
            "",
        ]
    L += [
        "## Commands",
        "",
        "```sh",
        f"make bench CORPUS={args.corpus}   # = python bench/run.py --corpus ... --scale {args.scale}",
        f"{one['cmd']}",
        f"{alln['cmd']}",
        f"{cold['cmd']}",
        "```",
        "",
    ]
    args.results.write_text("\n".join(L), encoding="utf-8")
    print("\n".join(L))


if __name__ == "__main__":
    main()
