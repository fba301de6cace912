"""The Frictionless Data Package descriptor and the dataset changelog.

Every build writes ``datapackage.json`` next to the tables: one resource per
table (path, bytes, sha256, row count, Table Schema generated from the
pandera models), the input articles as ``sources``, the dataset ``version``
and the ``etl_version``.

The dataset version follows semver, decided by comparing the new build with
the one already in the output folder (:mod:`etl.diff`):

* MAJOR: a column was removed or changed type, or a vocabulary lost a value;
* MINOR: columns, vocabulary values, documents or rows were added;
* PATCH: rows were only corrected or removed;
* unchanged when the tables are the same bytes (rebuilding is idempotent).

Each new version adds an entry, made from the diff, at the top of
``CHANGELOG.md``. A build into an empty folder starts at 1.0.0.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from etl import SCHEMA_VERSION, __version__
from etl.diff import Side, TableDiff, diff_frames
from etl.schemas import MODELS

PACKAGE = "datapackage.json"
CHANGELOG = "CHANGELOG.md"
FIRST_VERSION = "1.0.0"
CHANGELOG_HEAD = (
    "# Dataset changelog\n\n"
    "One entry per dataset version, newest first, written by `etl build` from the row-level\n"
    "diff against the previous build (`etl diff` shows the rows). Versions follow semver:\n"
    "MAJOR when a column or vocabulary changes incompatibly, MINOR when data is added,\n"
    "PATCH for corrections.\n"
)

_TYPES = {"str": "string", "int64": "integer", "float64": "number", "date": "date"}
_PRIMARY = {"documents": ["doc_id"], "rejects": []}
_TITLES = {
    "documents": "Every input file, with its status (ok or why it was set aside)",
    "tariffs": "Tariff rates by imposer, target, sector, measure and status",
    "fx_rates": "Exchange-rate levels, lows, highs, forecasts and assumptions",
    "treasury_holdings": "Holdings of US Treasury securities by holder",
    "tankan": "Bank of Japan Tankan diffusion indexes",
    "gdp": "GDP change by country, period, basis and estimate",
    "mentions": "Every numeric mention with its unit (the layer under the extractors)",
    "rejects": "Rows that failed validation, with the failed check",
}


def table_schema(table: str) -> dict[str, Any]:
    """A Frictionless Table Schema generated from the table's pandera model."""
    schema = MODELS[table].to_schema()
    fields: list[dict[str, Any]] = []
    for name, col in schema.columns.items():
        key = str(col.dtype).lower()
        f: dict[str, Any] = {"name": name, "type": "date" if "date" in key else _TYPES.get(key.split("[")[0], "string")}
        if col.description:
            f["description"] = col.description
        c: dict[str, Any] = {}
        if not col.nullable:
            c["required"] = True
        if col.unique:
            c["unique"] = True
        for chk in col.checks:
            st = chk.statistics
            if chk.name == "isin":
                c["enum"] = list(st["allowed_values"])
            elif chk.name == "str_matches":
                c["pattern"] = st["pattern"].lstrip("^").rstrip("$")
            elif chk.name == "greater_than_or_equal_to":
                c["minimum"] = st["min_value"]
            elif chk.name == "less_than_or_equal_to":
                c["maximum"] = st["max_value"]
            elif chk.name == "greater_than":
                c["exclusiveMinimum"] = st["min_value"]
            elif chk.name == "less_than":
                c["exclusiveMaximum"] = st["max_value"]
            elif chk.name == "str_length" and st.get("min_value"):
                c["minLength"] = st["min_value"]
        if c:
            f["constraints"] = c
        fields.append(f)
    out: dict[str, Any] = {"fields": fields, "missingValues": []}
    pk = _PRIMARY.get(table, ["fact_id"])
    if pk:
        out["primaryKey"] = pk
    if table not in ("documents", "rejects"):
        out["foreignKeys"] = [{"fields": ["doc_id"], "reference": {"resource": "documents", "fields": ["doc_id"]}}]
    return out


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def resource(folder: Path, table: str, rows: int) -> dict[str, Any]:
    path = folder / f"{table}.parquet"
    return {
        "name": table,
        "title": _TITLES.get(table, table),
        "path": path.name,
        "format": "parquet",
        "mediatype": "application/vnd.apache.parquet",
        "bytes": path.stat().st_size,
        "hash": f"sha256:{sha256_file(path)}",
        "rows": rows,
        "schema": table_schema(table),
    }


def schema_change(old: dict[str, Any] | None, new: dict[str, Any]) -> str | None:
    """'major', 'minor' or None comparing two descriptors' Table Schemas."""
    if old is None:
        return None
    kind: str | None = None
    before = {r["name"]: r.get("schema", {}) for r in old.get("resources", [])}
    for res in new["resources"]:
        prev = before.get(res["name"])
        if prev is None:
            kind = "minor"
            continue
        pf = {f["name"]: f for f in prev.get("fields", [])}
        nf = {f["name"]: f for f in res["schema"]["fields"]}
        if set(pf) - set(nf):
            return "major"
        if set(nf) - set(pf):
            kind = "minor"
        for name, f in nf.items():
            if name not in pf:
                continue
            if f["type"] != pf[name]["type"]:
                return "major"
            old_enum = set(pf[name].get("constraints", {}).get("enum", []))
            new_enum = set(f.get("constraints", {}).get("enum", []))
            if old_enum - new_enum and new_enum:
                return "major"
            if new_enum - old_enum and old_enum:
                kind = "minor"
    if set(before) - {r["name"] for r in new["resources"]}:
        return "major"
    return kind


def bump(version: str, part: str) -> str:
    major, minor, patch = (int(x) for x in version.split("."))
    if part == "major":
        return f"{major + 1}.0.0"
    if part == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def _read_json(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else None
    except (OSError, ValueError):
        return None


def _sources(tmp: Path) -> Iterator[dict[str, Any]]:
    """The input articles, streamed from the new documents table (already in doc_id order)."""
    pf = pq.ParquetFile(tmp / "documents.parquet")
    for batch in pf.iter_batches(batch_size=10_000, columns=["doc_id", "path", "doc_sha256", "status"]):
        for r in batch.to_pylist():
            yield {"title": r["doc_id"], "path": r["path"], "sha256": r["doc_sha256"], "status": r["status"]}


_json = json.JSONEncoder(ensure_ascii=False).encode  #: one scalar as JSON ("text", null, 3)


def _dump(descriptor: dict[str, Any], sources: Iterable[dict[str, Any]], path: Path) -> None:
    """json.dumps(indent=1) of the descriptor with its sources written one by one
    (a corpus of a million articles is never one list in memory)."""
    text = json.dumps({**descriptor, "sources": "\0SOURCES\0"}, indent=1, ensure_ascii=False)
    head, tail = text.split('"\\u0000SOURCES\\u0000"')
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(head + "[")
        first = True
        for src in sources:
            # what json.dumps(src, indent=1) gives for a flat dict, indented one level more
            item = "{\n   " + ",\n   ".join(f"{_json(k)}: {_json(v)}" for k, v in src.items()) + "\n  }"
            fh.write(("\n  " if first else ",\n  ") + item)
            first = False
        fh.write(("\n ]" if not first else "]") + tail + "\n")


def write(tmp: Path, out: Path, tables: dict[str, int]) -> str:
    """Write datapackage.json and CHANGELOG.md into ``tmp`` (the new build) by
    comparing it with ``out`` (the previous build). Returns the dataset version."""
    descriptor: dict[str, Any] = {
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": "news-numeric-facts",
        "title": "Numeric facts read from news articles",
        "description": "Tariff rates, exchange rates, US Treasury holdings, Tankan indexes and GDP "
        "changes extracted by rules from plain-text news, with provenance for every row.",
        "version": FIRST_VERSION,
        "etl_version": __version__,
        "schema_version": SCHEMA_VERSION,
        "resources": [resource(tmp, t, n) for t, n in tables.items()],
    }
    old = _read_json(out / PACKAGE)
    changelog_old = (out / CHANGELOG).read_text(encoding="utf-8") if (out / CHANGELOG).exists() else ""
    entry_lines: list[str]
    if old is None or "version" not in old:
        version = FIRST_VERSION
        entry_lines = ["First version of the dataset."] + [f"- {t}: {n} rows" for t, n in tables.items()]
        changelog_old = ""
    else:
        version = str(old["version"])
        part = schema_change(old, descriptor)
        old_hashes = {r["name"]: r.get("hash") for r in old.get("resources", [])}
        diffs: list[TableDiff] = []
        prev = Side(str(out))
        for res in descriptor["resources"]:
            if old_hashes.get(res["name"]) == res["hash"]:
                continue
            d = diff_frames(res["name"], prev.table(res["name"]), Side(str(tmp)).table(res["name"]))
            if not d.equal:
                diffs.append(d)
        if part is None and diffs:
            grew = any(len(d.added) for d in diffs if d.table != "rejects")
            part = "minor" if grew else "patch"
        if part is None and any(old_hashes.get(r["name"]) != r["hash"] for r in descriptor["resources"]):
            part = "patch"  # same rows, different bytes (e.g. Parquet metadata)
        if part is not None:
            version = bump(version, part)
        entry_lines = [d.summary() for d in diffs]
        if part == "major":
            entry_lines.insert(0, "Incompatible change to the table schemas (a column or vocabulary value removed or retyped).")
        if not entry_lines and part:
            entry_lines = ["Same rows; file metadata changed."]
        entry_lines = [ln if ln.startswith("- ") or not ln[:1].islower() else f"- {ln}" for ln in entry_lines]
        if part is None:
            entry_lines = []
    descriptor["version"] = version
    _dump(descriptor, _sources(tmp), tmp / PACKAGE)
    body = changelog_old[len(CHANGELOG_HEAD):] if changelog_old.startswith(CHANGELOG_HEAD) else ""
    if entry_lines:
        status = pq.read_table(tmp / "documents.parquet", columns=["status"]).column("status").to_pylist()
        n_ok = sum(1 for s in status if s == "ok")
        head = f"\n## {version}\n\netl {__version__}, schema {SCHEMA_VERSION}; {len(status)} documents ({n_ok} ok).\n\n"
        body = head + "\n".join(entry_lines) + "\n" + body
    (tmp / CHANGELOG).write_text(CHANGELOG_HEAD + body, encoding="utf-8")
    return version
