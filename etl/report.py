"""A readable report of a built dataset: report.md with PNG charts.

Every figure is computed here from the Parquet tables (nothing is typed in),
so the report always matches the dataset it was made from. Charts are drawn
with matplotlib's headless Agg backend and saved without a timestamp, so the
same tables give the same files.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd

from etl.errors import EtlError

FACT_TABLES = ("tariffs", "fx_rates", "treasury_holdings", "tankan", "gdp")
STATUS_MARKERS = {
    "in_effect": "o", "announced": "^", "scheduled": "s", "expected": "D",
    "sought": "v", "suspended": "x", "removed": "X",
}


def load_tables(data: Path) -> dict[str, pd.DataFrame]:
    from etl.pipeline import ALL_TABLES, load

    if not (Path(data) / "documents.parquet").exists():
        raise EtlError(f"no dataset in {data} (run `etl build` first, or pass --data)")
    return {t: load(data, t) for t in ALL_TABLES}


def with_dates(facts: pd.DataFrame, docs: pd.DataFrame) -> pd.DataFrame:
    """Adds `published` (the article's date) and `date` (the fact's own date when it
    has one: a tariff's effective date, a day-level FX period; else published)."""
    pub = docs.set_index("doc_id")["published"]
    out = facts.copy()
    out["published"] = pd.to_datetime(out["doc_id"].map(pub))
    own = pd.Series(pd.NaT, index=out.index, dtype="datetime64[ns]")
    if "effective_date" in out:
        own = pd.to_datetime(out["effective_date"])
    elif "period" in out:
        own = pd.to_datetime(out["period"].where(out["period"].str.len() == 10), errors="coerce")
    out["date"] = own.fillna(out["published"])
    return out


def _md_table(df: pd.DataFrame) -> str:
    if df.empty:
        return "_(no rows)_\n"

    def cell(v: Any) -> str:
        if v is None or (isinstance(v, float) and pd.isna(v)) or v is pd.NaT:
            return ""
        if isinstance(v, pd.Timestamp):
            return v.strftime("%Y-%m-%d")
        if isinstance(v, float):
            return f"{v:g}"
        return str(v).replace("|", "\\|").replace("\n", " ")

    head = "| " + " | ".join(str(c) for c in df.columns) + " |"
    rule = "|" + "|".join("---" for _ in df.columns) + "|"
    rows = ["| " + " | ".join(cell(v) for v in r) + " |" for r in df.itertuples(index=False, name=None)]
    return "\n".join([head, rule, *rows]) + "\n"


def counts_per_table(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    return pd.DataFrame({"table": list(tables), "rows": [len(df) for df in tables.values()]})


def counts_per_article(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    docs = tables["documents"]
    out = docs[["doc_id", "published", "status"]].copy()
    for t in FACT_TABLES:
        n = tables[t]["doc_id"].value_counts()
        out[t] = out["doc_id"].map(n).fillna(0).astype(int)
    return out.sort_values("doc_id").reset_index(drop=True)


def latest_tariffs(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """The most recent rate reported for each (imposer, target, sector, status):
    latest by date, then by article and position so ties are stable."""
    t = with_dates(tables["tariffs"], tables["documents"])
    if t.empty:
        return pd.DataFrame(columns=["imposer", "target", "sector", "status", "rate_pct", "date", "doc_id"])
    t = t.sort_values(["date", "published", "doc_id", "char_start"], kind="stable")
    last = t.groupby(["imposer", "target", "sector", "status"], sort=True).tail(1)
    last = last.sort_values(["imposer", "target", "sector", "status"], kind="stable")
    return last[["imposer", "target", "sector", "status", "rate_pct", "date", "doc_id"]].reset_index(drop=True)


def usdjpy(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    fx = with_dates(tables["fx_rates"], tables["documents"])
    fx = fx[(fx["base"] == "USD") & (fx["quote_ccy"] == "JPY")]
    fx = fx.sort_values(["date", "doc_id", "char_start"], kind="stable")
    return fx[["date", "rate", "kind", "period", "doc_id"]].reset_index(drop=True)


def tankan_table(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    k = tables["tankan"].sort_values(["survey", "category", "horizon", "estimate", "doc_id", "char_start"], kind="stable")
    return k[["survey", "category", "horizon", "estimate", "value", "doc_id"]].reset_index(drop=True)


def gdp_table(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    g = tables["gdp"].sort_values(["country", "period", "basis", "estimate", "doc_id", "char_start"], kind="stable")
    return g[["country", "period", "basis", "estimate", "change_pct", "doc_id"]].reset_index(drop=True)


def _figure() -> Any:
    try:
        import matplotlib
    except ImportError:
        raise EtlError("etl report needs matplotlib: pip install 'etl[report]' (make report installs it)") from None

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams.update({"svg.hashsalt": "etl", "figure.dpi": 100, "font.size": 9})
    fig, ax = plt.subplots(figsize=(8, 4.5))
    return plt, fig, ax


def _save(plt: Any, fig: Any, path: Path) -> None:
    fig.tight_layout()
    fig.savefig(path, format="png", metadata={"Software": None})
    plt.close(fig)


def _finish(plt: Any, fig: Any, ax: Any, path: Path, title: str, xlabel: str, ylabel: str, dates: bool = False) -> None:
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    if dates:
        fig.autofmt_xdate()
    _save(plt, fig, path)


def _empty(ax: Any, what: str) -> None:
    ax.text(0.5, 0.5, f"no {what} in this dataset", ha="center", va="center", transform=ax.transAxes)


def chart_tariffs(tables: dict[str, pd.DataFrame], path: Path) -> None:
    plt, fig, ax = _figure()
    t = with_dates(tables["tariffs"], tables["documents"]).dropna(subset=["date"])
    sectors = sorted(t["sector"].unique())
    colors = {s: plt.get_cmap("tab10")(i % 10) for i, s in enumerate(sectors)}
    for (status, sector), g in t.groupby(["status", "sector"], sort=True):
        ax.scatter(g["date"], g["rate_pct"], marker=STATUS_MARKERS.get(str(status), "o"), color=colors[sector],
                   s=40, alpha=0.8, label=f"{sector} · {status}")
    if t.empty:
        _empty(ax, "tariff rates")
    else:
        ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1), title="sector · status (marker)")
    _finish(plt, fig, ax, path, "Tariff rates reported, by sector (colour) and status (marker)",
            "effective date, else the article's published date", "rate (%)", dates=True)


def chart_usdjpy(tables: dict[str, pd.DataFrame], path: Path) -> None:
    plt, fig, ax = _figure()
    fx = usdjpy(tables).dropna(subset=["date"])
    for kind, g in fx.groupby("kind", sort=True):
        ax.scatter(g["date"], g["rate"], label=str(kind), s=30, alpha=0.8)
    if fx.empty:
        _empty(ax, "USD/JPY levels")
    else:
        ax.legend(title="kind")
    _finish(plt, fig, ax, path, "USD/JPY levels mentioned (yen per dollar)",
            "day named in the text, else the article's published date", "JPY per USD", dates=True)


def chart_tankan(tables: dict[str, pd.DataFrame], path: Path) -> None:
    plt, fig, ax = _figure()
    k = tables["tankan"]
    k = k[k["estimate"] == "actual"]
    piv = k.pivot_table(index="survey", columns=["category", "horizon"], values="value", aggfunc="last").sort_index()
    if piv.empty:
        _empty(ax, "Tankan readings")
    else:
        piv.columns = [f"{col[0]} ({col[1]})" for col in piv.columns]
        piv.plot.bar(ax=ax, rot=0)
        ax.axhline(0, color="black", linewidth=0.8)
        ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1))
    _finish(plt, fig, ax, path, "Tankan diffusion indexes (actual readings) by survey and category",
            "survey (year-month)", "index (% good minus % bad)")


def chart_gdp(tables: dict[str, pd.DataFrame], path: Path) -> None:
    plt, fig, ax = _figure()
    g = tables["gdp"].dropna(subset=["period"])
    g = g.assign(label=g["country"] + " " + g["period"] + "\n" + g["basis"] + ", " + g["estimate"])
    g = g.drop_duplicates("label", keep="last").sort_values(["period", "country", "label"])
    if g.empty:
        _empty(ax, "GDP changes with a period")
    else:
        ax.bar(range(len(g)), g["change_pct"], color=["tab:green" if v >= 0 else "tab:red" for v in g["change_pct"]])
        ax.set_xticks(range(len(g)), list(g["label"]), fontsize=7, rotation=30, ha="right")
        ax.axhline(0, color="black", linewidth=0.8)
    ax.set_title("GDP change by country and period")
    ax.set_ylabel("change (%)")
    _save(plt, fig, path)


def _section(heading: str, *blocks: str) -> list[str]:
    """Markdown lines: the heading, then each block after a blank line (tables end with their own newline)."""
    out = [heading]
    for block in blocks:
        out += ["", block]
    return out if blocks[-1].endswith("\n") else [*out, ""]


def write_report(data: Path, out: Path) -> Path:
    tables = load_tables(Path(data))
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    charts = {
        "tariffs.png": chart_tariffs, "usdjpy.png": chart_usdjpy,
        "tankan.png": chart_tankan, "gdp.png": chart_gdp,
    }
    for name, draw in charts.items():
        draw(tables, out / name)
    docs = tables["documents"]
    n_ok = int((docs["status"] == "ok").sum())
    md = [
        "# Dataset report",
        "",
        f"Made by `etl report` from the dataset tables: {len(docs)} documents "
        f"({n_ok} ok), {sum(len(tables[t]) for t in FACT_TABLES)} facts in the five fact tables (numeric mentions not counted). Every number below is read "
        "from the Parquet tables.",
        "",
        *_section("## Tariff rates over time", "![tariff rates](tariffs.png)"),
        *_section("### Latest rate per imposer, target, sector and status", _md_table(latest_tariffs(tables))),
        *_section("## USD/JPY levels", "![USD/JPY](usdjpy.png)", _md_table(usdjpy(tables))),
        *_section("## Tankan", "![Tankan](tankan.png)", _md_table(tankan_table(tables))),
        *_section("## GDP change", "![GDP](gdp.png)", _md_table(gdp_table(tables))),
        *_section("## Rows per table", _md_table(counts_per_table(tables))),
        *_section("## Facts per article", _md_table(counts_per_article(tables))),
    ]
    path = out / "report.md"
    path.write_text("\n".join(md), encoding="utf-8")
    return path
