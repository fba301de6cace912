"""Pandera schemas of the output tables, one DataFrameModel per table.

This folder installs as ``etl.schemas`` (see pyproject's package-dir), never
as a top-level ``schemas`` module.
"""

from etl.schemas.tables import MODELS, PROVENANCE_COLUMNS, arrow_schema, validate

__all__ = ["MODELS", "PROVENANCE_COLUMNS", "arrow_schema", "validate"]
