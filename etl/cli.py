"""Command line: a thin layer over :mod:`etl.pipeline` and :mod:`etl.evaluate`.

Domain errors print one line and exit 2; there is never a traceback for a
problem the user can fix.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from etl import __version__
from etl.errors import EtlError

TABLES_HELP = "documents, tariffs, fx_rates, treasury_holdings, tankan, gdp, mentions, rejects"

EXIT_HELP = """exit codes:
  0  the build finished (files set aside for bad input are recorded in the
     documents table with a status and reason, and listed in the summary)
  1  --strict and at least one file was set aside, or rows failed validation
     (see the rejects table; --allow-rejects makes that exit 0)
  2  the build could not run (no such folder, no .txt files, another build
     holds the output folder)"""


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="etl",
        description="Build, evaluate and inspect a dataset of numeric facts (tariffs, FX rates, "
        "Treasury holdings, Tankan, GDP, and every number) read from news articles.",
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    b = sub.add_parser(
        "build", help="read a folder of *.txt articles and write the Parquet tables",
        description="Read every *.txt article in --corpus (with its optional manifest.csv) and write "
        f"one Parquet file per table ({TABLES_HELP}) into --out, atomically.",
        epilog=EXIT_HELP, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    b.add_argument("--corpus", required=True, type=Path, help="folder of *.txt articles and optional manifest.csv")
    b.add_argument("--out", required=True, type=Path, help="output folder for the Parquet tables")
    b.add_argument("--workers", type=int, default=1, help="worker processes (default 1; 0 = all cores); output bytes do not depend on it")
    b.add_argument("--strict", action="store_true", help="exit 1 when any file is set aside")
    b.add_argument("--allow-rejects", action="store_true", help="exit 0 even when rows failed validation (they are still in rejects)")
    b.add_argument("--quiet", action="store_true", help="no progress bar (it shows only when stderr is a terminal; the summary line is always printed)")
    b.add_argument("--cache", type=Path, default=Path(os.environ.get("ETL_CACHE_DIR", ".etl-cache")),
                   help="folder of per-document results keyed by (doc sha256, etl version, rules hash); "
                   "unchanged documents are not extracted again (default: $ETL_CACHE_DIR or .etl-cache)")
    b.add_argument("--no-cache", action="store_true", help="extract every document, neither reading nor writing the cache")
    b.add_argument("--engine", choices=["local", "dask"], default="local",
                   help="local: worker processes on this machine (default); dask: a Dask cluster "
                   "(pip install '.[dask]'), a LocalCluster of --workers processes unless --scheduler is given")
    b.add_argument("--scheduler", metavar="ADDRESS", help="with --engine dask: an existing scheduler, e.g. tcp://host:8786 "
                   "(its workers must see --corpus and --cache at the same paths)")
    b.add_argument("--stats", type=Path, metavar="FILE", help="also write the build's figures (stages, seconds, peak memory) as JSON")

    e = sub.add_parser(
        "eval", help="score a built dataset against a gold .jsonl file",
        description="Precision, recall and F1 per table and overall, attribute accuracy, then every "
        "miss, extra and wrong attribute, scored as SPEC.md says. --out must hold a build of the "
        "corpus the gold file describes.",
    )
    e.add_argument("--gold", required=True, type=Path, help="gold facts, one JSON object a line")
    e.add_argument("--out", required=True, type=Path, help="folder with the built tables")
    e.add_argument("--summary", action="store_true", help="print only the score table and the one-line summary")
    e.add_argument("--json", action="store_true", help="print the scores as JSON")

    s = sub.add_parser(
        "show", help="print a table readably",
        description=f"Print one table ({TABLES_HELP}) as text, sorted and stable, without provenance columns "
        "unless --all is given.",
    )
    s.add_argument("table", help="table name")
    s.add_argument("--out", type=Path, default=Path("output"), help="folder with the built tables (default: output)")
    s.add_argument("--all", action="store_true", help="include provenance columns")
    s.add_argument("--limit", type=int, default=0, help="print at most this many rows (0: all)")

    d = sub.add_parser(
        "diff", help="row-level differences between two builds (folders or git revisions)",
        description="Compare two builds table by table. OLD and NEW are output folders or git revisions "
        "(`etl diff HEAD~1 HEAD` reads --data at both). Rows are matched on fact_id (doc_id for "
        "documents): prints a summary line per table, then + added, - removed and ~ changed rows "
        "with the columns that differ.",
        epilog="exit codes:\n  0  no differences\n  1  the builds differ\n  2  a side could not be read",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    d.add_argument("old", help="output folder or git revision")
    d.add_argument("new", help="output folder or git revision (default: the working folder --data)", nargs="?")
    d.add_argument("--data", default="output", help="the output folder inside the repository, for git revisions (default: output)")
    d.add_argument("--table", action="append", choices=TABLES_HELP.split(", "), help="only this table (repeatable)")
    d.add_argument("--summary", action="store_true", help="only the one-line summary per table")
    d.add_argument("--limit", type=int, default=50, help="rows shown per table (default 50; 0: all)")

    t = sub.add_parser(
        "textconv", help="print one Parquet file as sorted text (the git diff driver)",
        description="Print a Parquet table as stable, sorted text: one block per row, one `column: value` "
        "line per cell. Used by git as a textconv driver so `git diff` shows rows; set it up with "
        "`make git-setup` (see README).",
    )
    t.add_argument("file", type=Path, help="a .parquet file")

    r = sub.add_parser(
        "report", help="write report.md with charts and summary tables from the built tables",
        description="Read the tables in --data and write --out/report.md with PNG charts (tariff rates "
        "over time by sector and status, USD/JPY levels, Tankan indexes, GDP changes) and summary "
        "tables. Every number comes from the Parquet tables.",
    )
    r.add_argument("--out", required=True, type=Path, help="folder for report.md and the charts")
    r.add_argument("--data", type=Path, default=Path("output"), help="folder with the built tables (default: output)")
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "build":
            return _build(args)
        if args.command == "eval":
            return _eval(args)
        if args.command == "show":
            return _show(args)
        if args.command == "diff":
            return _diff(args)
        if args.command == "textconv":
            return _textconv(args)
        if args.command == "report":
            return _report(args)
    except EtlError as e:
        print(f"etl: error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("etl: interrupted; the output folder was left as it was", file=sys.stderr)
        return 130
    return 2


def _build(args: argparse.Namespace) -> int:
    from etl.pipeline import build

    workers = args.workers if args.workers > 0 else (os.cpu_count() or 1)
    if args.scheduler and args.engine != "dask":
        raise EtlError("--scheduler needs --engine dask")
    summary = build(args.corpus, args.out, workers=workers, progress=not args.quiet and sys.stderr.isatty(),
                    cache=None if args.no_cache else args.cache, engine=args.engine, scheduler=args.scheduler)
    print(summary.line())
    if args.stats:
        args.stats.write_text(json.dumps(summary.as_dict(), indent=1) + "\n")
    for note in summary.notes:
        print(f"note: {note}")
    if summary.n_rejects:
        print(f"{summary.n_rejects} row(s) failed validation: see {args.out / 'rejects.parquet'}", file=sys.stderr)
        if not args.allow_rejects:
            return 1
    if args.strict and summary.set_aside:
        return 1
    return 0


def _eval(args: argparse.Namespace) -> int:
    from etl.evaluate import read_gold, render, score

    report = score(read_gold(args.gold), args.out)
    if args.json:
        print(json.dumps(report.as_dict(), indent=2))
    else:
        print(render(report, args.gold.stem, details=not args.summary))
    return 0


def _show(args: argparse.Namespace) -> int:
    import pandas as pd

    from etl.pipeline import load
    from etl.schemas import PROVENANCE_COLUMNS

    df = load(args.out, args.table)
    if not args.all:
        df = df[[c for c in df.columns if c not in PROVENANCE_COLUMNS or c in ("doc_id", "quote")]]
    sort = [c for c in ("doc_id", "char_start", "fact_id") if c in df.columns]
    if args.all and sort:
        df = df.sort_values(sort, kind="stable")
    if args.limit:
        df = df.head(args.limit)
    with pd.option_context("display.max_rows", None, "display.max_columns", None, "display.width", 200,
                           "display.max_colwidth", 60):
        print(df.to_string(index=False) if len(df) else f"(table {args.table} is empty)")
    return 0


def _diff(args: argparse.Namespace) -> int:
    from etl.diff import TABLES, Side, diff, render

    old = Side(args.old, args.data)
    new = Side(args.new if args.new else args.data, args.data)
    diffs = diff(old, new, tuple(args.table) if args.table else TABLES)
    print(f"--- {old.label()}\n+++ {new.label()}")
    for line in render(diffs, summary_only=args.summary, limit=args.limit):
        print(line)
    return 0 if all(d.equal for d in diffs) else 1


def _textconv(args: argparse.Namespace) -> int:
    from etl.diff import text_lines

    if not args.file.is_file():
        raise EtlError(f"no such file: {args.file}")
    out = sys.stdout
    for line in text_lines(args.file):
        out.write(line + "\n")
    return 0


def _report(args: argparse.Namespace) -> int:
    from etl.report import write_report

    path = write_report(args.data, args.out)
    print(f"wrote {path}")
    return 0
