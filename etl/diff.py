"""Row-level differences between two builds of the dataset.

Each side is an output folder or a git revision (``HEAD~1`` reads ``output/``
as it was committed there). Rows are matched on their key (``fact_id`` for the
fact tables, ``doc_id`` for documents, the whole row for rejects); a row whose
key is on both sides but whose values differ is *changed*, and the columns
that differ are listed.
"""

from __future__ import annotations

import hashlib
import io
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from etl.errors import EtlError

TABLES = ("documents", "tariffs", "fx_rates", "treasury_holdings", "tankan", "gdp", "mentions", "rejects")


def key_columns(table: str) -> list[str]:
    if table == "documents":
        return ["doc_id"]
    if table == "rejects":
        return ["_key"]
    return ["fact_id"]


def keyed(table: str, df: pd.DataFrame) -> pd.DataFrame:
    """The table indexed by its row key (rejects get a hash of the whole row)."""
    df = df.copy()
    if table == "rejects":
        cols = sorted(df.columns)
        df["_key"] = [
            hashlib.sha256("\x1f".join(str(v) for v in row).encode()).hexdigest()[:20]
            for row in df[cols].itertuples(index=False, name=None)
        ]
    key = key_columns(table)[0]
    df = df.drop_duplicates(subset=[key]).set_index(key, drop=True)
    return df.sort_index(kind="stable")


class Side:
    """One side of a diff: a folder of Parquet tables, or ``output/`` at a git revision."""

    def __init__(self, spec: str, data: str = "output") -> None:
        self.spec = spec
        self.folder: Path | None = None
        self.rev: str | None = None
        self.data = data.strip("/")
        if Path(spec).is_dir():
            self.folder = Path(spec)
            return
        try:
            ok = subprocess.run(["git", "rev-parse", "--verify", "--quiet", f"{spec}^{{commit}}"],
                                capture_output=True, text=True, check=False)
        except FileNotFoundError:
            raise EtlError(f"{spec!r} is not a folder, and git is not installed to read it as a revision") from None
        if ok.returncode != 0:
            raise EtlError(f"{spec!r} is neither an output folder nor a git revision")
        self.rev = ok.stdout.strip()
        top = subprocess.run(["git", "rev-parse", "--show-prefix"], capture_output=True, text=True, check=True)
        self.prefix = top.stdout.strip()

    def label(self) -> str:
        return str(self.folder) if self.folder else f"{self.spec}:{self.data}"

    def read_bytes(self, name: str) -> bytes | None:
        if self.folder is not None:
            p = self.folder / name
            return p.read_bytes() if p.exists() else None
        r = subprocess.run(["git", "show", f"{self.rev}:{self.prefix}{self.data}/{name}"], capture_output=True, check=False)
        return r.stdout if r.returncode == 0 else None

    def table(self, table: str) -> pd.DataFrame | None:
        if self.folder is not None:
            from etl.pipeline import load  # rolls back an interrupted swap first

            return load(self.folder, table) if (self.folder / f"{table}.parquet").exists() else None
        raw = self.read_bytes(f"{table}.parquet")
        return None if raw is None else pq.read_table(io.BytesIO(raw)).to_pandas()


@dataclass
class TableDiff:
    table: str
    added: pd.DataFrame
    removed: pd.DataFrame
    changed: dict[str, list[str]] = field(default_factory=dict)  # key -> columns that differ
    old: pd.DataFrame | None = None
    new: pd.DataFrame | None = None
    columns_added: list[str] = field(default_factory=list)
    columns_removed: list[str] = field(default_factory=list)

    @property
    def equal(self) -> bool:
        return not (len(self.added) or len(self.removed) or self.changed or self.columns_added or self.columns_removed)

    def summary(self) -> str:
        cols = sorted({c for cs in self.changed.values() for c in cs})
        line = f"{self.table}: {len(self.added)} added, {len(self.removed)} removed, {len(self.changed)} changed"
        if cols:
            line += f" ({', '.join(cols)})"
        if self.columns_added:
            line += f"; new columns {', '.join(self.columns_added)}"
        if self.columns_removed:
            line += f"; dropped columns {', '.join(self.columns_removed)}"
        return line


def _same(a: pd.Series, b: pd.Series) -> pd.Series:
    both_na = a.isna() & b.isna()
    eq = (a == b).fillna(False).astype(bool)
    return eq | both_na


def diff_frames(table: str, old: pd.DataFrame | None, new: pd.DataFrame | None) -> TableDiff:
    empty = pd.DataFrame()
    if old is None and new is None:
        return TableDiff(table, empty, empty)
    o = keyed(table, old if old is not None else new.iloc[0:0])  # type: ignore[union-attr]
    n = keyed(table, new if new is not None else old.iloc[0:0])  # type: ignore[union-attr]
    added = n.loc[n.index.difference(o.index, sort=False)].sort_index()
    removed = o.loc[o.index.difference(n.index, sort=False)].sort_index()
    common = o.index.intersection(n.index, sort=False).sort_values()
    shared_cols = [c for c in n.columns if c in o.columns]
    changed: dict[str, list[str]] = {}
    if len(common):
        oc, nc = o.loc[common, shared_cols], n.loc[common, shared_cols]
        diffmask = pd.DataFrame({c: ~_same(oc[c].astype(object), nc[c].astype(object)) for c in shared_cols}, index=common)
        for key, row in diffmask[diffmask.any(axis=1)].iterrows():
            changed[str(key)] = [c for c in shared_cols if row[c]]
    return TableDiff(
        table, added, removed, changed, o, n,
        columns_added=[c for c in n.columns if c not in o.columns],
        columns_removed=[c for c in o.columns if c not in n.columns],
    )


def diff(old: Side, new: Side, tables: tuple[str, ...] = TABLES) -> list[TableDiff]:
    out = []
    for t in tables:
        a, b = old.table(t), new.table(t)
        if a is None and b is None:
            continue
        out.append(diff_frames(t, a, b))
    if not out:
        raise EtlError(f"no tables in {old.label()} or {new.label()}")
    return out


def _brief(row: pd.Series, width: int = 100) -> str:
    skip = {"sentence", "doc_sha256", "etl_version", "row_json"}
    parts = [f"{k}={v}" for k, v in row.items() if k not in skip and not (v is None or (isinstance(v, float) and pd.isna(v)))]
    text = " ".join(parts)
    return text if len(text) <= width else text[: width - 1] + "…"


def render(diffs: list[TableDiff], summary_only: bool = False, limit: int = 0) -> Iterator[str]:
    """Lines for the terminal: a summary line per table, then + / - / ~ rows."""
    for d in diffs:
        yield d.summary()
        if summary_only or d.equal:
            continue
        shown = 0
        for sign, frame in (("+", d.added), ("-", d.removed)):
            for key, row in frame.iterrows():
                if limit and shown >= limit:
                    break
                yield f"  {sign} {key}  {_brief(row)}"
                shown += 1
        for key, cols in d.changed.items():
            if limit and shown >= limit:
                break
            assert d.old is not None and d.new is not None
            what = "; ".join(f"{c}: {d.old.at[key, c]!r} -> {d.new.at[key, c]!r}" for c in cols)
            yield f"  ~ {key}  {what}"
            shown += 1
        total = len(d.added) + len(d.removed) + len(d.changed)
        if limit and total > shown:
            yield f"  … {total - shown} more (use --limit 0 for all)"


def table_of(columns: list[str]) -> str | None:
    """Which table a Parquet file holds, from its columns (git hands textconv a temp
    file name); None when the columns match no table of this version."""
    from etl.schemas import MODELS

    have = set(columns)
    for name, model in MODELS.items():
        if set(model.to_schema().columns) == have:
            return name
    return None


def _keying(table: str | None, columns: list[str]) -> str:
    """The table whose row key fits: its own, else by the columns present (a file
    from another version still renders, keyed on fact_id, doc_id or the whole row)."""
    if table is not None:
        return table
    if "fact_id" in columns:
        return "tariffs"
    return "documents" if "doc_id" in columns else "rejects"


def text_lines(path: Path) -> Iterator[str]:
    """A stable text form of one Parquet table for ``git diff``: rows sorted by
    key, one ``column: value`` line each, so a changed value is one changed line."""
    try:
        t = pq.read_table(path)
    except Exception as e:  # not Parquet, truncated, ...: say so instead of a traceback
        yield f"(not a readable Parquet file: {type(e).__name__}: {e})"
        return
    df = t.to_pandas()
    table = table_of(list(df.columns))
    meta = t.schema.metadata or {}
    version = meta.get(b"schema_version", b"?").decode()
    yield f"# {table or 'a table of another version'}: {len(df)} rows, {len(df.columns)} columns, schema {version}"
    k = keyed(_keying(table, list(df.columns)), df)
    for key, row in k.iterrows():
        yield f"[{key}]"
        for col, v in row.items():
            if col == "_key":
                continue
            if v is None or (isinstance(v, float) and pd.isna(v)) or v is pd.NaT:
                v = "null"
            yield f"  {col}: {v}"
