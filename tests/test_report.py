"""etl report: real charts of the data, and every figure in report.md equal to pandas on the tables."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from etl.cli import main

ROOT = Path(__file__).resolve().parents[1]
CHARTS = ("tariffs.png", "usdjpy.png", "tankan.png", "gdp.png")

pytest.importorskip("matplotlib")


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("report")
    assert main(["report", "--data", str(ROOT / "output"), "--out", str(out)]) == 0
    return out


def _section(md: str, heading: str) -> list[list[str]]:
    """The rows of the first Markdown table after a heading."""
    part = md.split(heading, 1)[1]
    rows = []
    for line in part.splitlines():
        if line.startswith("|"):
            rows.append([c.strip() for c in line.strip("|").split(" | ")])
        elif rows:
            break
    return rows[2:]  # drop the header and the rule


def _table(name: str) -> pd.DataFrame:
    return pq.read_table(ROOT / "output" / f"{name}.parquet").to_pandas()


@pytest.mark.parametrize("name", CHARTS)
def test_charts_are_real_images_of_the_data(report: Path, name: str) -> None:
    import matplotlib.image as mpimg

    path = report / name
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    img = mpimg.imread(path)
    assert img.shape[0] >= 300 and img.shape[1] >= 600
    # more than a blank canvas with an axis: many distinct colours are drawn
    colours = {tuple(px) for px in (img[::4, ::4, :3] * 255).astype(int).reshape(-1, 3)}
    assert len(colours) > 20
    assert f"]({name})" in (report / "report.md").read_text()


def test_chart_shows_no_data_message_when_a_table_is_empty(tmp_path: Path) -> None:
    from etl.report import chart_gdp, load_tables

    tables = load_tables(ROOT / "output")
    tables["gdp"] = tables["gdp"].iloc[0:0]
    chart_gdp(tables, tmp_path / "gdp.png")
    assert (tmp_path / "gdp.png").stat().st_size > 1000


def test_rows_per_table_equal_the_parquet_files(report: Path) -> None:
    rows = dict(_section((report / "report.md").read_text(), "## Rows per table"))
    for table, n in rows.items():
        assert int(n) == pq.read_metadata(ROOT / "output" / f"{table}.parquet").num_rows


def test_latest_tariff_per_sector_and_status(report: Path) -> None:
    t = _table("tariffs")
    docs = _table("documents").set_index("doc_id")
    t["when"] = pd.to_datetime(t["effective_date"]).fillna(pd.to_datetime(t["doc_id"].map(docs["published"])))
    expected = {}
    for key, g in t.groupby(["imposer", "target", "sector", "status"]):
        g = g.sort_values(["when", "doc_id", "char_start"])
        expected[key] = (g["rate_pct"].iloc[-1], g["when"].iloc[-1].strftime("%Y-%m-%d"))
    got = _section((report / "report.md").read_text(), "### Latest rate per imposer")
    assert len(got) == len(expected)
    for imposer, target, sector, status, rate, date, _doc in got:
        assert (float(rate), date) == expected[(imposer, target, sector, status)]


def test_per_article_counts(report: Path) -> None:
    got = _section((report / "report.md").read_text(), "## Facts per article")
    assert len(got) == len(_table("documents"))
    tables = ["tariffs", "fx_rates", "treasury_holdings", "tankan", "gdp"]
    counts = {t: _table(t)["doc_id"].value_counts() for t in tables}
    for row in got:
        doc = row[0]
        assert [int(x) for x in row[3:]] == [int(counts[t].get(doc, 0)) for t in tables]


def test_usdjpy_tankan_gdp_values(report: Path) -> None:
    md = (report / "report.md").read_text()
    fx = _table("fx_rates")
    fx = fx[(fx.base == "USD") & (fx.quote_ccy == "JPY")]
    assert sorted(float(r[1]) for r in _section(md, "## USD/JPY levels")) == sorted(fx["rate"])
    assert sorted(int(r[4]) for r in _section(md, "## Tankan")) == sorted(_table("tankan")["value"])
    assert sorted(float(r[4]) for r in _section(md, "## GDP change")) == sorted(_table("gdp")["change_pct"])
    header = re.search(r"(\d+) documents \((\d+) ok\), (\d+) facts", md)
    assert header is not None
    assert int(header.group(1)) == len(_table("documents"))
    assert int(header.group(3)) == sum(len(_table(t)) for t in ("tariffs", "fx_rates", "treasury_holdings", "tankan", "gdp"))


def test_committed_report_matches_the_committed_dataset(report: Path) -> None:
    assert (ROOT / "report" / "report.md").read_text() == (report / "report.md").read_text()
    for name in CHARTS:
        assert (ROOT / "report" / name).exists()


def test_report_without_a_dataset_is_a_clean_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "--data", str(tmp_path), "--out", str(tmp_path / "r")]) == 2
    assert "no dataset" in capsys.readouterr().err
