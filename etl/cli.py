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
    b.add_argument("--quiet", action="store_true", help="no progress output (the summary line is always printed)")

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
    summary = build(args.corpus, args.out, workers=workers, progress=not args.quiet and sys.stderr.isatty())
    print(summary.line())
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
