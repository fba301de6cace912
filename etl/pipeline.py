"""Build the dataset: corpus folder -> validated Parquet tables.

Documents stream through :func:`process_one`, a pure function of (file,
manifest row) that is safe to run in worker processes; results come back in
document order, so the output is the same bytes for any number of workers.
Each table is written by a :class:`TableWriter` in row groups, validated batch
by batch; rows that fail validation go to the ``rejects`` table with their
reason. Files are written to a temporary folder and moved into place only when
the whole build has succeeded, under a lock, so an interrupted or concurrent
build never leaves a half-written dataset.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import shutil
import sys
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from etl import SCHEMA_VERSION, __version__, documents, package
from etl.context import parse_document
from etl.errors import EtlError
from etl.extractors import EXTRACTORS
from etl.facts import Fact
from etl.schemas import MODELS, arrow_schema, validate
from etl.text import layout

FACT_TABLES = ("tariffs", "fx_rates", "treasury_holdings", "tankan", "gdp", "mentions")
ALL_TABLES = ("documents", *FACT_TABLES, "rejects")
ROW_GROUP = 50_000
#: time a document may take before it is set aside as ``timeout``: a base plus a rate per MB
BUDGET_SECONDS = 30.0
BUDGET_SECONDS_PER_MB = 30.0
DOC_COLUMNS = list(MODELS["documents"].to_schema().columns)


@dataclass
class DocResult:
    doc: dict[str, Any]
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


def fact_id(doc_id: str, sha: str, table: str, start: int, end: int, rule: str) -> str:
    """Stable row id. doc_id is part of it so two identical files (a story syndicated
    twice) still give distinct rows."""
    return hashlib.sha256(f"{doc_id}|{sha}|{table}|{start}|{end}|{rule}".encode()).hexdigest()[:20]


def fact_row(f: Fact, info: documents.DocInfo) -> dict[str, Any]:
    text = info.text
    row: dict[str, Any] = {
        "fact_id": fact_id(info.doc_id, info.doc_sha256, f.table, f.char_start, f.char_end, f.rule),
        "doc_id": info.doc_id,
        "doc_sha256": info.doc_sha256,
        "char_start": f.char_start,
        "char_end": f.char_end,
        "quote": text[f.char_start:f.char_end],
        "sentence": text[f.sent_start:f.sent_end],
        "rule": f.rule,
        "etl_version": __version__,
    }
    row.update(f.values())
    return row


def doc_row(info: documents.DocInfo) -> dict[str, Any]:
    d = dataclasses.asdict(info)
    d.pop("text")
    d["path"] = Path(d["path"]).name  # relative to the corpus folder: the same wherever it is built
    d["doc_sha256"] = d["doc_sha256"] or None
    return {k: d[k] for k in DOC_COLUMNS}


def process_one(path: str, meta: documents.ManifestRow | None) -> DocResult:
    """Read one file and extract every table's rows. Never raises."""
    info = documents.read(Path(path), meta)
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in FACT_TABLES}
    if info.status == "ok":
        try:
            lay = layout(info.text)
            info.body_start, info.body_end = lay.body_start, lay.body_end
            info.n_furniture_lines, info.n_foreign_lines = lay.n_furniture_lines, lay.n_foreign_lines
            budget = BUDGET_SECONDS + BUDGET_SECONDS_PER_MB * len(info.text) / 1e6
            t0 = time.perf_counter()
            doc = parse_document(info.doc_id, info.text, info.published, lay)
            for table, extract in EXTRACTORS.items():
                got = [fact_row(f, info) for f in extract(doc)]
                got.sort(key=lambda r: (r["char_start"], r["char_end"], r["rule"], r["fact_id"]))
                rows[table] = got
                if time.perf_counter() - t0 > budget:
                    info.status = "timeout"
                    info.reason = f"over the time budget of {budget:.0f} s (after {table}); rows dropped"
                    rows = {t: [] for t in FACT_TABLES}
                    break
        except Exception as e:  # a bug must not stop the build; the file is set aside with the reason
            info.status = "error"
            info.reason = f"extraction failed: {type(e).__name__}: {e}"
            rows = {t: [] for t in FACT_TABLES}
    return DocResult(doc_row(info), rows)


class TableWriter:
    """Validates rows in batches and streams them into one Parquet file."""

    def __init__(self, table: str, path: Path, metadata: dict[bytes, bytes]) -> None:
        self.table = table
        self.path = path
        self.schema = arrow_schema(table).with_metadata(metadata)
        self.buffer: list[dict[str, Any]] = []
        self.writer: pq.ParquetWriter | None = None
        self.seen: set[str] = set()
        self.n_rows = 0
        self.rejects: list[dict[str, Any]] = []
        self.extra_metadata: dict[bytes, bytes] = {}

    def add(self, rows: Iterable[dict[str, Any]]) -> None:
        self.buffer.extend(rows)
        if len(self.buffer) >= ROW_GROUP:
            self.flush()

    def flush(self) -> None:
        rows, self.buffer = self.buffer, []
        if not rows:
            return
        df = frame(self.table, rows)
        good, failures = validate(self.table, df)
        if len(failures):
            self.rejects.extend(reject_rows(self.table, df, failures))
        keep = []
        for i in good.index:
            r = rows[i]
            fid = r.get("fact_id")
            if fid is not None and fid in self.seen:
                self.rejects.append(_reject(self.table, r, "fact_id", "unique across batches", fid))
                continue
            if fid is not None:
                self.seen.add(fid)
            keep.append(r)
        self._write(keep)

    def _write(self, rows: list[dict[str, Any]]) -> None:
        if self.writer is None:
            self.writer = pq.ParquetWriter(self.path, self.schema, compression="zstd", write_statistics=True)
        if rows:
            self.writer.write_table(pa.Table.from_pylist(rows, schema=self.schema), row_group_size=ROW_GROUP)
            self.n_rows += len(rows)

    def close(self) -> None:
        self.flush()
        if self.writer is None:
            self._write([])
        assert self.writer is not None
        if self.extra_metadata:
            self.writer.add_key_value_metadata(self.extra_metadata)
        self.writer.close()


def frame(table: str, rows: list[dict[str, Any]]) -> pd.DataFrame:
    """Rows to a DataFrame with the dtypes the schema expects."""
    schema = MODELS[table].to_schema()
    df = pd.DataFrame.from_records(rows, columns=list(schema.columns))
    for name, col in schema.columns.items():
        key = str(col.dtype).lower()
        if key == "int64":
            df[name] = df[name].astype("int64")
        elif key == "float64":
            df[name] = df[name].astype("float64")
        elif key == "str":
            df[name] = df[name].astype("object").where(df[name].notna(), None)
    return df


def _reject(table: str, row: dict[str, Any], column: str | None, check: str, failure: Any) -> dict[str, Any]:
    return {
        "table": table,
        "fact_id": row.get("fact_id"),
        "doc_id": row.get("doc_id"),
        "column": column,
        "check": check,
        "failure": None if failure is None else str(failure),
        "row_json": json.dumps(row, default=str, sort_keys=True, ensure_ascii=False),
    }


def reject_rows(table: str, df: pd.DataFrame, failures: pd.DataFrame) -> list[dict[str, Any]]:
    out = []
    for _, fc in failures.iterrows():
        idx = fc.get("index")
        row: dict[str, Any] = {str(k): v for k, v in df.loc[int(idx)].to_dict().items()} if idx is not None and not pd.isna(idx) and int(idx) in df.index else {}
        out.append(_reject(table, row, fc.get("column"), str(fc.get("check")), fc.get("failure_case")))
    return out


@dataclass
class BuildSummary:
    n_docs: int = 0
    n_ok: int = 0
    set_aside: dict[str, int] = field(default_factory=dict)
    rows: dict[str, int] = field(default_factory=dict)
    n_rejects: int = 0
    seconds: float = 0.0
    version: str = ""
    notes: list[str] = field(default_factory=list)

    def line(self) -> str:
        aside = sum(self.set_aside.values())
        why = ", ".join(f"{n} {k}" for k, n in sorted(self.set_aside.items()))
        facts = ", ".join(f"{t} {n}" for t, n in self.rows.items() if t not in ("documents", "rejects"))
        return (
            f"{self.n_ok} ok, {aside} set aside{': ' + why if why else ''}; {facts}; "
            f"{self.n_rejects} rejects; dataset {self.version}; {self.seconds:.1f} s"
        )


def _results(tasks: list[tuple[str, documents.ManifestRow | None]], workers: int) -> Iterator[DocResult]:
    if workers <= 1:
        for p, m in tasks:
            yield process_one(p, m)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(process_one, [p for p, _ in tasks], [m for _, m in tasks], chunksize=16)


class BuildLock:
    """An exclusive lock on the output folder; a second build fails clearly."""

    def __init__(self, out: Path) -> None:
        self.path = out / ".etl-build.lock"
        self.fd: int | None = None

    def __enter__(self) -> BuildLock:
        import fcntl

        self.fd = os.open(self.path, os.O_CREAT | os.O_RDWR, 0o644)
        try:
            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(self.fd)
            self.fd = None
            raise EtlError(f"another build is writing to {self.path.parent}; try again when it has finished") from None
        return self

    def __exit__(self, *exc: object) -> None:
        if self.fd is not None:
            os.close(self.fd)


SWAP_DIR = ".etl-swap"


def swap_in(tmp: Path, out: Path, names: list[str]) -> None:
    """Move new files into out so that a crash at any point can be rolled back.

    The current files are hard-linked into out/.etl-swap first and a journal is
    written; only then are the new files renamed into place. :func:`recover`
    (run before every build and every read) puts the backups back if the journal
    is still there, so out/ is always one complete dataset.
    """
    swap = out / SWAP_DIR
    shutil.rmtree(swap, ignore_errors=True)
    swap.mkdir()
    for n in names:
        if (out / n).exists():
            try:
                os.link(out / n, swap / n)
            except OSError:  # no hard links on this file system
                shutil.copy2(out / n, swap / n)
    journal = swap / "JOURNAL.tmp"
    journal.write_text("\n".join(names))
    os.replace(journal, swap / "JOURNAL")  # from here on, a crash rolls back
    for n in names:
        os.replace(tmp / n, out / n)
    os.replace(swap / "JOURNAL", swap / "DONE")  # committed
    shutil.rmtree(swap, ignore_errors=True)


def recover(out: Path) -> bool:
    """Roll back a swap that a crash interrupted. True when something was restored."""
    swap = Path(out) / SWAP_DIR
    journal = swap / "JOURNAL"
    if not journal.exists():
        shutil.rmtree(swap, ignore_errors=True)
        return False
    for n in journal.read_text().split("\n"):
        if (swap / n).exists():
            os.replace(swap / n, Path(out) / n)
        elif (Path(out) / n).exists():
            os.remove(Path(out) / n)  # the table did not exist before this build
    shutil.rmtree(swap, ignore_errors=True)
    return True


def build(corpus: Path, out: Path, workers: int = 1, progress: bool = False) -> BuildSummary:
    t0 = time.perf_counter()
    corpus, out = Path(corpus), Path(out)
    files, aside = documents.discover(corpus)
    manifest, notes = documents.read_manifest(corpus)
    have = {p.name[:-4] for p in files} | {a.doc_id for a in aside}
    for did in sorted(set(manifest) - have):
        aside.append(documents.DocInfo(did, str(corpus / f"{did}.txt"), status="missing_file", reason="listed in manifest.csv but no such file"))
    if not files and not aside:
        raise EtlError(f"no *.txt files in {corpus}")
    out.mkdir(parents=True, exist_ok=True)
    summary = BuildSummary(notes=notes)
    with BuildLock(out):
        recover(out)
        tmp = out / f".tmp-build-{os.getpid()}"
        if tmp.exists():
            shutil.rmtree(tmp)
        tmp.mkdir()
        try:
            meta = {b"schema_version": SCHEMA_VERSION.encode(), b"etl_version": __version__.encode()}
            writers = {t: TableWriter(t, tmp / f"{t}.parquet", meta) for t in FACT_TABLES}
            doc_rows: list[dict[str, Any]] = [doc_row(a) for a in aside]
            tasks = [(str(p), manifest.get(p.name[:-4])) for p in files]
            for k, res in enumerate(_results(tasks, workers), start=1):
                doc_rows.append(res.doc)
                for t, rows in res.rows.items():
                    writers[t].add(rows)
                if progress and (k % 500 == 0 or k == len(tasks)):
                    print(f"\r{k}/{len(tasks)} documents", end="", file=sys.stderr, flush=True)
            if progress:
                print(file=sys.stderr)
            doc_rows.sort(key=lambda r: r["doc_id"])
            inputs = json.dumps([[r["doc_id"], r["doc_sha256"]] for r in doc_rows], separators=(",", ":")).encode()
            rejects: list[dict[str, Any]] = []
            for t, w in writers.items():
                w.extra_metadata = {b"inputs_sha256": inputs}
                w.close()
                summary.rows[t] = w.n_rows
                rejects.extend(w.rejects)
            dw = TableWriter("documents", tmp / "documents.parquet", {**meta, b"inputs_sha256": inputs})
            dw.add(doc_rows)
            dw.close()
            rejects.extend(dw.rejects)
            rejects.sort(key=lambda r: (r["table"], str(r["doc_id"]), str(r["fact_id"]), str(r["column"]), r["check"]))
            rw = TableWriter("rejects", tmp / "rejects.parquet", {**meta, b"inputs_sha256": inputs})
            rw.add(rejects)
            rw.close()
            summary.n_rejects = len(rejects)
            counts = {"documents": len(doc_rows), **{t: writers[t].n_rows for t in FACT_TABLES}, "rejects": rw.n_rows}
            summary.version = package.write(tmp, out, counts, doc_rows)
            swap_in(tmp, out, [f"{t}.parquet" for t in ALL_TABLES] + [package.PACKAGE, package.CHANGELOG])
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    summary.n_docs = len(doc_rows)
    summary.n_ok = sum(1 for r in doc_rows if r["status"] == "ok")
    for r in doc_rows:
        if r["status"] != "ok":
            summary.set_aside[r["status"]] = summary.set_aside.get(r["status"], 0) + 1
    summary.rows["documents"] = len(doc_rows)
    summary.seconds = time.perf_counter() - t0
    return summary


def load(out: Path, table: str) -> pd.DataFrame:
    if (Path(out) / SWAP_DIR / "JOURNAL").exists():
        with BuildLock(Path(out)):
            recover(Path(out))
    path = Path(out) / f"{table}.parquet"
    if not path.exists():
        raise EtlError(f"no table {table!r} in {out} (run `etl build` first)")
    return pq.read_table(path).to_pandas()

