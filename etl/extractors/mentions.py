"""The mentions table: every number the article body states."""

from __future__ import annotations

from collections.abc import Iterator

from etl.context import ParsedDoc
from etl.facts import MentionFact
from etl.numbers import Mention


def _unit(doc: ParsedDoc, m: Mention) -> str:
    """The mention's unit; a currency noun several countries use ("20 pesos", "5 mln francs") is the article's."""
    if m.is_money:
        words = m.unit_text.split()
        if len(words) == 1 or (len(words) == 2 and words[0] == m.scale_text):
            return doc.shared_currency(words[-1]) or m.unit
    return m.unit


def extract(doc: ParsedDoc) -> Iterator[MentionFact]:
    for i, sent in enumerate(doc.sentences):
        for m in doc.mentions[i]:
            yield MentionFact(
                char_start=m.start, char_end=m.end, sent_start=sent.start, sent_end=sent.end,
                rule="mentions.number" if not m.range_role else f"mentions.range_{m.range_role}",
                value=m.value, unit=_unit(doc, m), unit_text=m.unit_text, qualifier=m.qualifier,
                direction=m.direction, range_role=m.range_role,
            )
