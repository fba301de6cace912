"""Run the extractors on a sentence or short article written for the test."""

from __future__ import annotations

import datetime as dt
from typing import Any

from etl.context import parse_document
from etl.extractors import EXTRACTORS

PUBLISHED = dt.date(2025, 5, 16)


def extract(table: str, text: str, published: dt.date | None = PUBLISHED) -> list[dict[str, Any]]:
    doc = parse_document("t", text, published)
    out = []
    for f in EXTRACTORS[table](doc):
        assert text[f.char_start:f.char_end], "empty quote"
        row = f.values()
        row["quote"] = text[f.char_start:f.char_end]
        out.append(row)
    return out


def project(rows: list[dict[str, Any]], keys: tuple[str, ...]) -> list[tuple[Any, ...]]:
    return [tuple(r[k] for k in keys) for r in rows]
