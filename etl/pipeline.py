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
import pickle
import resource
import shutil
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from etl import SCHEMA_VERSION, __version__, documents
from etl.catalog import Catalog, Entry
from etl.context import parse_document
from etl.errors import EtlError
from etl.extractors import EXTRACTORS
from etl.facts import Fact

if TYPE_CHECKING:  # the heavy libraries are imported when first needed (see _tabular)
    import pandas as pd
from etl.text import layout

FACT_TABLES = ("tariffs", "fx_rates", "treasury_holdings", "tankan", "gdp", "mentions")
ALL_TABLES = ("documents", *FACT_TABLES, "rejects")
ROW_GROUP = 50_000  #: rows per Parquet row group
VALIDATE_BATCH = 10_000  #: rows validated at a time
#: time a document may take before it is set aside as ``timeout``: a base plus a rate per MB
BUDGET_SECONDS = 30.0
BUDGET_SECONDS_PER_MB = 30.0
#: the documents table's columns: every DocInfo field but the text (a test checks them against the schema)
DOC_COLUMNS = [f.name for f in dataclasses.fields(documents.DocInfo) if f.name != "text"]


def _tabular() -> None:
    """Import pandas, pyarrow and pandera. Worker processes never need them, so
    build() starts its workers first and imports these while they work."""
    import pyarrow.parquet  # noqa: F401

    import etl.package  # noqa: F401
    import etl.schemas  # noqa: F401


@dataclass
class DocResult:
    doc: dict[str, Any]
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    #: seconds spent per stage on this document (read, layout, extract) and whether the cache served it
    timings: dict[str, float] = field(default_factory=dict)
    cached: bool = False


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


def _distinct_ids(rows: list[dict[str, Any]], info: documents.DocInfo, table: str) -> list[dict[str, Any]]:
    """Rows one rule read from one span (a rate on the two goods of the sentence before) get distinct ids:
    the second and later, in the order the extractor gave them, count their place into the id."""
    seen: dict[str, int] = {}
    for r in rows:
        n = seen.get(r["fact_id"], 0)
        seen[r["fact_id"]] = n + 1
        if n:
            r["fact_id"] = fact_id(info.doc_id, info.doc_sha256, table, r["char_start"], r["char_end"], f"{r['rule']}#{n}")
    return rows


def doc_row(info: documents.DocInfo) -> dict[str, Any]:
    d = {k: getattr(info, k) for k in DOC_COLUMNS}
    d["path"] = Path(info.path).name  # relative to the corpus folder: the same wherever it is built
    d["doc_sha256"] = info.doc_sha256 or None
    return d


@lru_cache(maxsize=1)
def rules_hash() -> str:
    """A hash of the code that turns a document into rows (the etl package and the
    schemas): any change to a rule, word list or schema gives a new hash."""
    root = Path(__file__).resolve().parent
    files = {f.resolve() for f in root.rglob("*.py")} | {f.resolve() for f in (root / "schemas").glob("*.py")}
    parts = sorted((f.name, hashlib.sha256(f.read_bytes()).hexdigest()) for f in files)
    h = hashlib.sha256(json.dumps(parts).encode())
    return h.hexdigest()


def cache_key(info: documents.DocInfo, meta: documents.ManifestRow | None) -> str:
    """(doc sha256, etl_version, rules hash), plus what else the rows depend on: the
    doc_id (in fact_id and every row) and the manifest row (published dates resolve
    relative time expressions)."""
    m = dataclasses.asdict(meta) if meta else None
    raw = json.dumps([info.doc_sha256, __version__, rules_hash(), info.doc_id, m], default=str, sort_keys=True)
    return hashlib.sha256(raw.encode()).hexdigest()


def _cache_get(cache: Path, key: str) -> DocResult | None:
    path = cache / key[:2] / f"{key}.pkl"
    try:
        with open(path, "rb") as fh:
            doc, rows = pickle.load(fh)
    except FileNotFoundError:
        return None
    except Exception:  # a damaged entry is ignored and rewritten
        return None
    return DocResult(doc, rows, cached=True)


def _cache_put(cache: Path, key: str, res: DocResult) -> None:
    folder = cache / key[:2]
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".{key}.{os.getpid()}.tmp"
        with open(tmp, "wb") as fh:
            pickle.dump((res.doc, res.rows), fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, folder / f"{key}.pkl")
    except OSError:
        pass  # a cache that cannot be written only makes the next build slower


def process_one(path: str, meta: documents.ManifestRow | None, cache: str | None = None) -> DocResult:
    """Read one file and extract every table's rows. Never raises."""
    t0 = time.perf_counter()
    info = documents.read(Path(path), meta)
    t_read = time.perf_counter()
    key = None
    if cache and info.status == "ok":
        key = cache_key(info, meta)
        hit = _cache_get(Path(cache), key)
        if hit is not None:
            hit.timings = {"read": t_read - t0, "cache": time.perf_counter() - t_read}
            return hit
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in FACT_TABLES}
    t_layout = t_read
    if info.status == "ok":
        try:
            lay = layout(info.text)
            t_layout = time.perf_counter()
            info.body_start, info.body_end = lay.body_start, lay.body_end
            info.n_furniture_lines, info.n_foreign_lines = lay.n_furniture_lines, lay.n_foreign_lines
            budget = BUDGET_SECONDS + BUDGET_SECONDS_PER_MB * len(info.text) / 1e6
            doc = parse_document(info.doc_id, info.text, info.published, lay)
            for table, extract in EXTRACTORS.items():
                got = _distinct_ids([fact_row(f, info) for f in extract(doc)], info, table)
                got.sort(key=lambda r: (r["char_start"], r["char_end"], r["rule"], r["fact_id"]))
                rows[table] = got
                if time.perf_counter() - t_read > budget:
                    info.status = "timeout"
                    info.reason = f"over the time budget of {budget:.0f} s (after {table}); rows dropped"
                    rows = {t: [] for t in FACT_TABLES}
                    break
        except Exception as e:  # a bug must not stop the build; the file is set aside with the reason
            info.status = "error"
            info.reason = f"extraction failed: {type(e).__name__}: {e}"
            rows = {t: [] for t in FACT_TABLES}
    t_end = time.perf_counter()
    res = DocResult(doc_row(info), rows, {"read": t_read - t0, "layout": t_layout - t_read, "extract": t_end - t_layout})
    if key is not None and info.status == "ok":
        _cache_put(Path(cache), key, res)  # type: ignore[arg-type]
    return res


def process_entries(entries: list[Entry], cache: str | None = None) -> list[DocResult]:
    """A chunk of catalog entries: files are read and extracted, entries set aside
    become their documents row. The unit of work for worker processes and Dask."""
    return [DocResult(doc_row(e.aside)) if e.aside else process_one(e.path, e.meta, cache) for e in entries]


class TableWriter:
    """Validates rows in batches and streams them into one Parquet file.

    Rows are validated every ``VALIDATE_BATCH`` rows, as they arrive, and written
    in row groups of ``ROW_GROUP`` rows: little is left to do when the last
    document is in, so a parallel build does not end with a long serial tail.
    """

    def __init__(self, table: str, path: Path, metadata: dict[bytes, bytes]) -> None:
        self.table = table
        self.path = path
        self.metadata = metadata
        self.schema: Any = None
        self.buffer: list[dict[str, Any]] = []
        self.ready: list[pd.DataFrame] = []  #: validated rows not yet written
        self.n_ready = 0
        self.writer: Any = None
        self.n_rows = 0
        self.seconds = {"validate": 0.0, "write": 0.0}
        self.rejects: list[dict[str, Any]] = []
        self.extra_metadata: dict[bytes, bytes] = {}

    def add(self, rows: Iterable[dict[str, Any]]) -> None:
        self.buffer.extend(rows)
        if len(self.buffer) >= VALIDATE_BATCH:
            self.flush()

    def flush(self, final: bool = False) -> None:
        """Validate the buffered rows; write every full row group (all rows when final)."""
        rows, self.buffer = self.buffer, []
        if rows:
            from etl.schemas import validate

            t0 = time.perf_counter()
            df = frame(self.table, rows)
            good, failures = validate(self.table, df)
            if len(failures):
                self.rejects.extend(reject_rows(self.table, df, failures))
            # fact_id is unique within a batch (pandera); across batches it cannot repeat, since it
            # hashes the doc_id, doc_ids are unique, and a document's rows never straddle two batches
            if len(good):
                self.ready.append(good)
                self.n_ready += len(good)
            self.seconds["validate"] += time.perf_counter() - t0
        if self.n_ready >= ROW_GROUP or (final and self.n_ready):
            t1 = time.perf_counter()
            import pandas as pd

            df = pd.concat(self.ready, ignore_index=True) if len(self.ready) > 1 else self.ready[0]
            n = len(df) if final else len(df) - len(df) % ROW_GROUP
            self._write(df.iloc[:n])
            rest = df.iloc[n:]
            self.ready, self.n_ready = ([rest] if len(rest) else []), len(rest)
            self.seconds["write"] += time.perf_counter() - t1

    def _write(self, df: pd.DataFrame | None) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        from etl.schemas import arrow_schema

        if self.writer is None:
            self.schema = arrow_schema(self.table).with_metadata(self.metadata)
            self.writer = pq.ParquetWriter(self.path, self.schema, compression="zstd", write_statistics=True)
        if df is not None and len(df):
            # columns to Arrow straight from the validated frame (the rows' own values, typed by the schema)
            table = pa.Table.from_pandas(df, schema=self.schema, preserve_index=False)
            self.writer.write_table(table, row_group_size=ROW_GROUP)
            self.n_rows += len(df)

    def close(self) -> None:
        self.flush(final=True)
        if self.writer is None:
            self._write(None)
        assert self.writer is not None
        if self.extra_metadata:
            self.writer.add_key_value_metadata(self.extra_metadata)
        self.writer.close()


def frame(table: str, rows: list[dict[str, Any]]) -> pd.DataFrame:
    """Rows to a DataFrame with the dtypes the schema expects."""
    import pandas as pd

    from etl.schemas import MODELS

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
    import pandas as pd

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
    #: what the benchmark reads: seconds per stage (summed over workers), text volume, cache hits, memory
    stages: dict[str, float] = field(default_factory=dict)
    n_chars: int = 0
    n_bytes: int = 0
    n_cached: int = 0
    workers: int = 1
    engine: str = "local"
    peak_rss_mb: float = 0.0
    peak_rss_worker_mb: float = 0.0

    def line(self) -> str:
        aside = sum(self.set_aside.values())
        why = ", ".join(f"{n} {k}" for k, n in sorted(self.set_aside.items()))
        facts = ", ".join(f"{t} {n}" for t, n in self.rows.items() if t not in ("documents", "rejects"))
        cached = f"{self.n_cached} from cache; " if self.n_cached else ""
        return (
            f"{self.n_ok} ok, {aside} set aside{': ' + why if why else ''}; {facts}; "
            f"{self.n_rejects} rejects; {cached}dataset {self.version}; {self.seconds:.1f} s"
        )

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


CHUNK = 32  #: documents per unit of work sent to a worker
WINDOW = 16  #: chunks in flight per worker: enough to keep workers busy while the main process writes


def _chunks(entries: Iterator[Entry], size: int = CHUNK) -> Iterator[list[Entry]]:
    while chunk := list(islice(entries, size)):
        yield chunk


def ordered(submit: Callable[[list[Entry]], Future[list[DocResult]]], chunks: Iterator[list[Entry]],
            window: int) -> Iterator[DocResult]:
    """Results in input order, with at most ``window`` chunks in flight, so memory
    stays bounded however long the corpus is and however slow the consumer."""
    pending: list[Future[list[DocResult]]] = []
    for chunk in chunks:
        pending.append(submit(chunk))
        if len(pending) >= window:
            yield from pending.pop(0).result()
    for fut in pending:
        yield from fut.result()


def _results(entries: Iterator[Entry], workers: int, cache: str | None, engine: str = "local",
             scheduler: str | None = None) -> Iterator[DocResult]:
    if engine == "dask":
        from etl.engines import dask_results

        yield from dask_results(_chunks(entries), workers, cache, scheduler)
        return
    if workers <= 1:
        for e in entries:
            yield from process_entries([e], cache)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from ordered(lambda c: pool.submit(process_entries, c, cache), _chunks(entries), window=WINDOW * workers)


def _peak_rss_mb(who: int) -> float:
    # ru_maxrss is in KiB on Linux; for RUSAGE_CHILDREN it is the largest child, not a sum
    return resource.getrusage(who).ru_maxrss / 1024


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


def build(corpus: Path, out: Path, workers: int = 1, progress: bool = False, cache: Path | None = None,
          engine: str = "local", scheduler: str | None = None) -> BuildSummary:
    """Build every table from ``corpus`` into ``out``.

    Documents stream through in doc_id order (the catalog is on disk, at most a
    few chunks are in flight, tables are written in row groups), so memory does
    not grow with the corpus. ``cache`` reuses the rows of documents already
    extracted by the same code; ``engine="dask"`` sends chunks to a Dask cluster
    (a LocalCluster of ``workers`` processes, or ``scheduler``). The bytes
    written are the same for any workers, cache state or engine.
    """
    t0 = time.perf_counter()
    corpus, out = Path(corpus), Path(out)
    if engine not in ("local", "dask"):
        raise EtlError(f"unknown engine {engine!r} (local or dask)")
    out.mkdir(parents=True, exist_ok=True)
    summary = BuildSummary(workers=workers, engine=engine)
    stages = {k: 0.0 for k in ("catalog", "read", "layout", "extract", "cache", "validate", "write", "package")}
    with BuildLock(out):
        recover(out)
        tmp = out / f".tmp-build-{os.getpid()}"
        if tmp.exists():
            shutil.rmtree(tmp)
        tmp.mkdir()
        try:
            catalog = Catalog(corpus, tmp / "catalog.sqlite")
            summary.notes = catalog.notes
            n_read, n_entries = catalog.count()
            if n_entries == 0:
                raise EtlError(f"no *.txt files in {corpus}")
            stages["catalog"] = time.perf_counter() - t0
            meta = {b"schema_version": SCHEMA_VERSION.encode(), b"etl_version": __version__.encode()}
            writers = {t: TableWriter(t, tmp / f"{t}.parquet", meta) for t in ALL_TABLES if t != "rejects"}
            inputs = hashlib.sha256()
            bar = _progress_bar(n_entries, progress)
            try:
                results = _results(catalog.entries(), workers, str(cache) if cache else None, engine, scheduler)
                for n_seen, res in enumerate(results):
                    if n_seen == 0:
                        _tabular()  # the workers are running by now: overlap these imports with them
                    d = res.doc
                    writers["documents"].add([d])
                    inputs.update(f"{d['doc_id']}\t{d['doc_sha256'] or ''}\n".encode("utf-8", "surrogateescape"))
                    summary.n_docs += 1
                    if d["status"] == "ok":
                        summary.n_ok += 1
                        summary.n_chars += d["n_chars"]
                        summary.n_bytes += d["n_bytes"]
                    else:
                        summary.set_aside[d["status"]] = summary.set_aside.get(d["status"], 0) + 1
                    summary.n_cached += res.cached
                    for k, v in res.timings.items():
                        stages[k] += v
                    for t, rows in res.rows.items():
                        writers[t].add(rows)
                    if bar is not None:
                        bar.update(1)
            finally:
                if bar is not None:
                    bar.close()
                catalog.close()
            digest = inputs.hexdigest().encode()
            rejects: list[dict[str, Any]] = []
            for t, w in writers.items():
                w.extra_metadata = {b"inputs_sha256": digest}
                w.close()
                summary.rows[t] = w.n_rows
                rejects.extend(w.rejects)
                stages["validate"] += w.seconds["validate"]
                stages["write"] += w.seconds["write"]
            rejects.sort(key=lambda r: (r["table"], str(r["doc_id"]), str(r["fact_id"]), str(r["column"]), r["check"]))
            rw = TableWriter("rejects", tmp / "rejects.parquet", {**meta, b"inputs_sha256": digest})
            rw.add(rejects)
            rw.close()
            summary.n_rejects = len(rejects)
            tp = time.perf_counter()
            counts = {t: writers[t].n_rows for t in ALL_TABLES if t != "rejects"} | {"rejects": rw.n_rows}
            from etl import package

            summary.version = package.write(tmp, out, {t: counts[t] for t in ALL_TABLES})
            stages["package"] = time.perf_counter() - tp
            swap_in(tmp, out, [f"{t}.parquet" for t in ALL_TABLES] + [package.PACKAGE, package.CHANGELOG])
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    summary.rows = {t: summary.rows.get(t, 0) for t in ALL_TABLES if t not in ("documents", "rejects")}
    summary.rows["documents"] = summary.n_docs
    summary.stages = {k: round(v, 4) for k, v in stages.items()}
    summary.seconds = time.perf_counter() - t0
    summary.peak_rss_mb = _peak_rss_mb(resource.RUSAGE_SELF)
    summary.peak_rss_worker_mb = _peak_rss_mb(resource.RUSAGE_CHILDREN)
    return summary


def _progress_bar(total: int, enabled: bool) -> Any:
    """A tqdm bar on stderr (the caller decides: only for a terminal, not --quiet)."""
    if not enabled:
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    try:
        width = os.get_terminal_size(sys.stderr.fileno()).columns
    except (OSError, ValueError):
        width = 0
    if width:  # follow the terminal's width as it is resized
        return tqdm(total=total, unit="doc", desc="documents", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)
    # a terminal that reports no size (some pseudo-terminals): a fixed width
    return tqdm(total=total, unit="doc", desc="documents", file=sys.stderr, ncols=100, nrows=24, smoothing=0.1)


def load(out: Path, table: str) -> pd.DataFrame:
    if (Path(out) / SWAP_DIR / "JOURNAL").exists():
        with BuildLock(Path(out)):
            recover(Path(out))
    import pyarrow.parquet as pq

    path = Path(out) / f"{table}.parquet"
    if not path.exists():
        raise EtlError(f"no table {table!r} in {out} (run `etl build` first)")
    return pq.read_table(path).to_pandas()

