"""Typed, frozen facts. The pandas frame is built from these at the edge.

A fact carries only what the extractor knows: its span and rule, plus the
table's own fields. Provenance that can be derived (quote, sentence text,
document hash, fact_id) is filled in by :mod:`etl.pipeline` from the offsets,
so ``text[char_start:char_end] == quote`` holds by construction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from typing import Any, ClassVar


@dataclass(frozen=True, slots=True, kw_only=True)
class Fact:
    table: ClassVar[str] = ""
    char_start: int
    char_end: int
    sent_start: int
    sent_end: int
    rule: str

    def values(self) -> dict[str, Any]:
        """The table's own columns (provenance excluded)."""
        names = _OWN_FIELDS.get(type(self))
        if names is None:
            skip = {"char_start", "char_end", "sent_start", "sent_end", "rule"}
            names = _OWN_FIELDS[type(self)] = tuple(f.name for f in fields(self) if f.name not in skip)
        return {n: getattr(self, n) for n in names}


_OWN_FIELDS: dict[type[Fact], tuple[str, ...]] = {}  # each class's own columns, listed once


@dataclass(frozen=True, slots=True, kw_only=True)
class Tariff(Fact):
    table: ClassVar[str] = "tariffs"
    imposer: str
    target: str
    sector: str
    sector_text: str | None
    measure: str
    rate_pct: float
    qualifier: str
    status: str
    effective_date: dt.date | None


@dataclass(frozen=True, slots=True, kw_only=True)
class FxRate(Fact):
    table: ClassVar[str] = "fx_rates"
    base: str
    quote_ccy: str
    rate: float
    kind: str
    period: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class TreasuryHolding(Fact):
    table: ClassVar[str] = "treasury_holdings"
    holder: str
    amount_usd: float
    qualifier: str
    period: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class Tankan(Fact):
    table: ClassVar[str] = "tankan"
    category: str
    value: int
    survey: str | None
    horizon: str
    estimate: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Gdp(Fact):
    table: ClassVar[str] = "gdp"
    country: str
    period: str | None
    change_pct: float
    basis: str
    estimate: str


@dataclass(frozen=True, slots=True, kw_only=True)
class MentionFact(Fact):
    table: ClassVar[str] = "mentions"
    value: float
    unit: str
    unit_text: str
    qualifier: str
    direction: str | None
    range_role: str | None


FACT_TYPES: tuple[type[Fact], ...] = (Tariff, FxRate, TreasuryHolding, Tankan, Gdp, MentionFact)
