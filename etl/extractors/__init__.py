"""Fact extractors, one module per fact family, each with ``extract(doc)``.

All of them read the same :class:`etl.context.ParsedDoc`; none re-scans the
text for numbers. ``EXTRACTORS`` maps a table name to its extractor.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from etl.context import ParsedDoc
from etl.extractors import fx, gdp, mentions, tankan, tariffs, treasuries
from etl.facts import Fact

Extractor = Callable[[ParsedDoc], Iterator[Fact]]

EXTRACTORS: dict[str, Extractor] = {
    "tariffs": tariffs.extract,
    "fx_rates": fx.extract,
    "treasury_holdings": treasuries.extract,
    "tankan": tankan.extract,
    "gdp": gdp.extract,
    "mentions": mentions.extract,
}
