"""One strict DataFrameModel per table, with bounds and vocabularies (SPEC.md)."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
import pyarrow as pyarrow_mod
from pandera.typing.pandas import Series

ISO3 = r"^[A-Z]{3}$"
PERIOD = r"^\d{4}(?:-\d{2}(?:-\d{2})?|Q[1-4])?$"
QUALIFIERS = ["exact", "approx", "at_least", "at_most"]
SECTORS = [
    "all", "autos", "auto_parts", "steel", "aluminum", "semiconductors", "electronics",
    "pharmaceuticals", "agriculture", "energy", "lumber", "textiles", "machinery", "other",
]
MEASURES = ["reciprocal", "baseline", "sectoral", "retaliatory", "anti_dumping", "countervailing", "safeguard", "unspecified"]
STATUSES = ["in_effect", "announced", "suspended", "scheduled", "expected", "sought", "removed"]
FX_KINDS = ["level", "low", "high", "forecast", "assumed"]
TANKAN_CATEGORIES = [
    "large_manufacturers", "large_non_manufacturers", "mid_manufacturers", "mid_non_manufacturers",
    "small_manufacturers", "small_non_manufacturers", "all_enterprises",
]
GDP_BASES = ["annualized_qoq", "qoq", "yoy", "annual"]
GDP_ESTIMATES = ["actual", "consensus", "forecast"]
UNITS_FIXED = ["percent", "percentage_point", "basis_point", "count", "other"]


class Provenance(pa.DataFrameModel):
    """Columns every fact table carries: where each row came from."""

    fact_id: Series[str] = pa.Field(unique=True, str_matches=r"^[0-9a-f]{16,64}$", description="stable id of the row")
    doc_id: Series[str] = pa.Field(description="file name without .txt")
    doc_sha256: Series[str] = pa.Field(str_matches=r"^[0-9a-f]{64}$", description="SHA-256 of the raw file bytes")
    char_start: Series[int] = pa.Field(ge=0, description="start offset of the quote in the decoded text")
    char_end: Series[int] = pa.Field(ge=0, description="end offset of the quote in the decoded text")
    quote: Series[str] = pa.Field(str_length={"min_value": 1}, description="text[char_start:char_end]")
    sentence: Series[str] = pa.Field(description="the sentence that holds the quote")
    rule: Series[str] = pa.Field(str_matches=r"^[a-z_]+\.[a-z_]+$", description="id of the extraction rule")
    etl_version: Series[str] = pa.Field(description="version of the package that built the row")

    @pa.dataframe_check(description="char_end > char_start")
    @classmethod
    def span_order(cls, df: pd.DataFrame) -> pd.Series:
        return df["char_end"] > df["char_start"]

    class Config:
        strict = True
        ordered = False


class Tariffs(Provenance):
    imposer: Series[str] = pa.Field(str_matches=ISO3, description="alpha-3 of the country levying the tariff")
    target: Series[str] = pa.Field(str_matches=ISO3, description="alpha-3 of the taxed country, WLD for all")
    sector: Series[str] = pa.Field(isin=SECTORS, description="sector vocabulary of SPEC.md")
    sector_text: Series[str] = pa.Field(nullable=True, description="the words the text used")
    measure: Series[str] = pa.Field(isin=MEASURES)
    rate_pct: Series[float] = pa.Field(gt=0, le=1000, description="tariff rate in percent")
    qualifier: Series[str] = pa.Field(isin=QUALIFIERS)
    status: Series[str] = pa.Field(isin=STATUSES)
    effective_date: Series[pa.Date] = pa.Field(nullable=True, description="when it starts or started")


class FxRates(Provenance):
    base: Series[str] = pa.Field(str_matches=ISO3, description="ISO 4217 base currency")
    quote_ccy: Series[str] = pa.Field(str_matches=ISO3, description="ISO 4217; units of quote_ccy per one base")
    rate: Series[float] = pa.Field(gt=0, lt=100_000)
    kind: Series[str] = pa.Field(isin=FX_KINDS)
    period: Series[str] = pa.Field(nullable=True, str_matches=PERIOD)

    @pa.dataframe_check(description="base differs from quote_ccy")
    @classmethod
    def distinct_pair(cls, df: pd.DataFrame) -> pd.Series:
        return df["base"] != df["quote_ccy"]

    @pa.dataframe_check(description="USD/JPY within 50-500")
    @classmethod
    def usdjpy_bounds(cls, df: pd.DataFrame) -> pd.Series:
        pair = (df["base"] == "USD") & (df["quote_ccy"] == "JPY")
        return ~pair | df["rate"].between(50, 500)


class TreasuryHoldings(Provenance):
    holder: Series[str] = pa.Field(str_matches=ISO3)
    amount_usd: Series[float] = pa.Field(ge=1e8, le=5e13, description="US dollars held")
    qualifier: Series[str] = pa.Field(isin=QUALIFIERS)
    period: Series[str] = pa.Field(nullable=True, str_matches=PERIOD)


class Tankan(Provenance):
    category: Series[str] = pa.Field(isin=TANKAN_CATEGORIES)
    value: Series[int] = pa.Field(ge=-100, le=100, description="diffusion index")
    survey: Series[str] = pa.Field(nullable=True, str_matches=r"^\d{4}-(?:03|06|09|12)$")
    horizon: Series[str] = pa.Field(isin=["current", "outlook"])
    estimate: Series[str] = pa.Field(isin=["actual", "consensus"])


class Gdp(Provenance):
    country: Series[str] = pa.Field(str_matches=ISO3)
    period: Series[str] = pa.Field(nullable=True, str_matches=r"^\d{4}(?:Q[1-4])?$")
    change_pct: Series[float] = pa.Field(ge=-50, le=50)
    basis: Series[str] = pa.Field(isin=GDP_BASES)
    estimate: Series[str] = pa.Field(isin=GDP_ESTIMATES)


class Mentions(Provenance):
    value: Series[float] = pa.Field(description="scales applied")
    unit: Series[str] = pa.Field(str_matches=r"^(?:percent|percentage_point|basis_point|count|other|[A-Z]{3})$")
    unit_text: Series[str] = pa.Field(description="the unit as written")
    qualifier: Series[str] = pa.Field(isin=QUALIFIERS)
    direction: Series[str] = pa.Field(nullable=True, isin=["up", "down"])
    range_role: Series[str] = pa.Field(nullable=True, isin=["low", "high"])

    @pa.check("value", description="finite")
    @classmethod
    def finite(cls, s: pd.Series) -> pd.Series:
        return s.abs() < float("inf")


class Documents(pa.DataFrameModel):
    doc_id: Series[str] = pa.Field(unique=True)
    doc_sha256: Series[str] = pa.Field(nullable=True)
    path: Series[str]
    published: Series[pa.Date] = pa.Field(nullable=True)
    publisher: Series[str] = pa.Field(nullable=True)
    title: Series[str] = pa.Field(nullable=True)
    language: Series[str] = pa.Field(nullable=True)
    n_chars: Series[int] = pa.Field(ge=0)
    n_bytes: Series[int] = pa.Field(ge=0)
    encoding: Series[str] = pa.Field(nullable=True)
    n_replaced: Series[int] = pa.Field(ge=0)
    status: Series[str]
    reason: Series[str] = pa.Field(nullable=True)
    body_start: Series[int] = pa.Field(ge=0)
    body_end: Series[int] = pa.Field(ge=0)
    n_furniture_lines: Series[int] = pa.Field(ge=0)
    n_foreign_lines: Series[int] = pa.Field(ge=0)

    class Config:
        strict = True


class Rejects(pa.DataFrameModel):
    table: Series[str]
    fact_id: Series[str] = pa.Field(nullable=True)
    doc_id: Series[str] = pa.Field(nullable=True)
    column: Series[str] = pa.Field(nullable=True)
    check: Series[str]
    failure: Series[str] = pa.Field(nullable=True)
    row_json: Series[str]

    class Config:
        strict = True


MODELS: dict[str, type[pa.DataFrameModel]] = {
    "documents": Documents,
    "tariffs": Tariffs,
    "fx_rates": FxRates,
    "treasury_holdings": TreasuryHoldings,
    "tankan": Tankan,
    "gdp": Gdp,
    "mentions": Mentions,
    "rejects": Rejects,
}

PROVENANCE_COLUMNS = list(Provenance.to_schema().columns)

_ARROW = {"str": pyarrow_mod.string(), "int64": pyarrow_mod.int64(), "float64": pyarrow_mod.float64(), "date": pyarrow_mod.date32()}


def arrow_schema(table: str) -> pyarrow_mod.Schema:
    """The Parquet schema of a table, derived from its DataFrameModel."""
    schema = MODELS[table].to_schema()
    fields = []
    for name, col in schema.columns.items():
        key = str(col.dtype).lower()
        typ = _ARROW["date"] if "date" in key else _ARROW.get(key, pyarrow_mod.string())
        meta = {b"description": (col.description or "").encode()}
        fields.append(pyarrow_mod.field(name, typ, nullable=bool(col.nullable), metadata=meta))
    return pyarrow_mod.schema(fields)


def validate(table: str, df: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(valid rows, failure cases). Every failing row and check is reported (lazy)."""
    model = MODELS[table]
    try:
        return model.validate(df, lazy=True), pd.DataFrame()
    except pa.errors.SchemaErrors as err:
        fc = err.failure_cases.copy()
        bad_idx = set(fc["index"].dropna().astype(int).tolist()) if "index" in fc else set()
        good = df.drop(index=[i for i in bad_idx if i in df.index])
        if len(good) == len(df):
            # a schema-level failure (missing column, wrong dtype): nothing can be trusted
            return df.iloc[0:0], fc
        good_checked, more = validate(table, good)
        return good_checked, pd.concat([fc, more], ignore_index=True) if len(more) else fc

