"""Score a built dataset against a gold file, as SPEC.md "Gold files and scoring" says.

Per document and table, predicted rows are merged on the table's key fields
(duplicate mentions of one fact become one fact); a merged fact matches a gold
fact when every key field agrees (a gold list accepts any of its values;
treasury amounts agree within 1%). Matching is one-to-one. Every document of
the built corpus counts: a fact from a document with no gold rows is an extra.
Attribute accuracy is over matched facts: an attribute is right when every
merged mention's value is acceptable.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from etl.errors import EtlError
from etl.pipeline import load

KEYS: dict[str, tuple[str, ...]] = {
    "tariffs": ("imposer", "target", "sector", "rate_pct"),
    "fx_rates": ("base", "quote_ccy", "rate"),
    "treasury_holdings": ("holder", "amount_usd"),
    "tankan": ("category", "value"),
    "gdp": ("country", "change_pct"),
}
ATTRS: dict[str, tuple[str, ...]] = {
    "tariffs": ("status", "measure", "qualifier"),
    "fx_rates": ("kind", "period"),
    "treasury_holdings": ("qualifier",),
    "tankan": ("survey", "horizon", "estimate"),
    "gdp": ("period", "basis", "estimate"),
}


def _norm(v: Any) -> Any:
    if v is None:
        return None
    if isinstance(v, float) and math.isnan(v):
        return None
    if hasattr(v, "isoformat"):
        return v.isoformat()
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return float(v)
    return v


def _accepts(gold: Any, value: Any, tolerance: float = 0.0) -> bool:
    options = gold if isinstance(gold, list) else [gold]
    value = _norm(value)
    for o in options:
        o = _norm(o)
        if isinstance(o, float) and isinstance(value, float):
            if (tolerance and abs(value - o) <= tolerance * abs(o)) or abs(value - o) < 1e-9:
                return True
        elif o == value:
            return True
    return False


@dataclass
class Merged:
    key: tuple[Any, ...]
    rows: list[dict[str, Any]]


@dataclass
class TableScore:
    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0
    attr_right: int = 0
    attr_total: int = 0
    misses: list[dict[str, Any]] = field(default_factory=list)
    extras: list[dict[str, Any]] = field(default_factory=list)
    wrong_attrs: list[dict[str, Any]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def attr_accuracy(self) -> float:
        return self.attr_right / self.attr_total if self.attr_total else 1.0


@dataclass
class Report:
    tables: dict[str, TableScore]
    total: TableScore

    def as_dict(self) -> dict[str, Any]:
        def d(s: TableScore) -> dict[str, Any]:
            return {"precision": s.precision, "recall": s.recall, "f1": s.f1, "attr_accuracy": s.attr_accuracy,
                    "tp": s.tp, "n_pred": s.n_pred, "n_gold": s.n_gold}
        return {"overall": d(self.total), **{t: d(s) for t, s in self.tables.items()}}


def read_gold(path: Path) -> list[dict[str, Any]]:
    if not Path(path).exists():
        raise EtlError(f"gold file {path} does not exist")
    out = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            raise EtlError(f"{path}:{n}: not JSON ({e.msg})") from None
        if row.get("table") not in KEYS:
            raise EtlError(f"{path}:{n}: unknown table {row.get('table')!r}")
        out.append(row)
    return out


def _merge(table: str, rows: list[dict[str, Any]]) -> list[Merged]:
    groups: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    for r in rows:
        key = tuple(_norm(r[k]) for k in KEYS[table])
        groups.setdefault(key, []).append(r)
    return [Merged(k, v) for k, v in groups.items()]


def _key_match(table: str, gold: dict[str, Any], key: tuple[Any, ...]) -> bool:
    for name, value in zip(KEYS[table], key):
        tol = 0.01 if (table, name) == ("treasury_holdings", "amount_usd") else 0.0
        if not _accepts(gold.get(name), value, tol):
            return False
    return True


def score(gold_rows: list[dict[str, Any]], out: Path) -> Report:
    docs = load(out, "documents")
    doc_ids = set(docs["doc_id"])
    pred: dict[str, pd.DataFrame] = {t: load(out, t) for t in KEYS}
    scores = {t: TableScore() for t in KEYS}
    for t in KEYS:
        df = pred[t]
        by_doc: dict[str, list[dict[str, Any]]] = {}
        for rec in df.to_dict("records"):
            r = {str(k): v for k, v in rec.items()}
            by_doc.setdefault(r["doc_id"], []).append(r)
        golds: dict[str, list[dict[str, Any]]] = {}
        for g in gold_rows:
            if g["table"] == t:
                golds.setdefault(g["doc_id"], []).append(g)
        for doc in sorted(doc_ids | set(golds)):
            merged = _merge(t, by_doc.get(doc, []))
            gl = golds.get(doc, [])
            s = scores[t]
            s.n_pred += len(merged)
            s.n_gold += len(gl)
            used: set[int] = set()
            for g in gl:
                hit = next((k for k, m in enumerate(merged) if k not in used and _key_match(t, g, m.key)), None)
                if hit is None:
                    s.misses.append(g)
                    continue
                used.add(hit)
                s.tp += 1
                for a in ATTRS[t]:
                    if a not in g:
                        continue
                    s.attr_total += 1
                    bad = [r[a] for r in merged[hit].rows if not _accepts(g[a], r[a])]
                    if bad:
                        s.wrong_attrs.append({"doc_id": doc, "attribute": a, "gold": g[a], "predicted": sorted({str(_norm(b)) for b in bad}),
                                              "evidence": g.get("evidence")})
                    else:
                        s.attr_right += 1
            for k, m in enumerate(merged):
                if k not in used:
                    r = m.rows[0]
                    s.extras.append({"doc_id": doc, **dict(zip(KEYS[t], m.key)), "quote": r["quote"], "rule": r["rule"]})
    total = TableScore()
    for s in scores.values():
        total.tp += s.tp
        total.n_pred += s.n_pred
        total.n_gold += s.n_gold
        total.attr_right += s.attr_right
        total.attr_total += s.attr_total
    return Report(scores, total)


def render(report: Report, name: str, details: bool = True) -> str:
    lines = [f"{'table':<18} {'P':>6} {'R':>6} {'F1':>6} {'attr':>6}  tp/pred/gold"]
    for t, s in [*report.tables.items(), ("overall", report.total)]:
        lines.append(f"{t:<18} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.attr_accuracy:6.3f}  {s.tp}/{s.n_pred}/{s.n_gold}")
    if details:
        for t, s in report.tables.items():
            for g in s.misses:
                keys = {k: g.get(k) for k in KEYS[t]}
                lines.append(f"MISS  {t} {g['doc_id']} {keys} | {g.get('evidence', '')}")
            for e in s.extras:
                lines.append(f"EXTRA {t} {e['doc_id']} {e} ")
            for w in s.wrong_attrs:
                lines.append(f"ATTR  {t} {w['doc_id']} {w['attribute']}: gold {w['gold']} got {w['predicted']} | {w['evidence']}")
    o = report.total
    lines.append(f"{name}: P={o.precision:.3f} R={o.recall:.3f} F1={o.f1:.3f} attr={o.attr_accuracy:.3f}")
    return "\n".join(lines)
