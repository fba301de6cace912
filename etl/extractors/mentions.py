"""The mentions table: every number the article body states."""

from __future__ import annotations

from collections.abc import Iterator

from etl.context import ParsedDoc
from etl.facts import MentionFact


def extract(doc: ParsedDoc) -> Iterator[MentionFact]:
    for i, sent in enumerate(doc.sentences):
        for m in doc.mentions[i]:
            yield MentionFact(
                char_start=m.start, char_end=m.end, sent_start=sent.start, sent_end=sent.end,
                rule="mentions.number" if not m.range_role else f"mentions.range_{m.range_role}",
                value=m.value, unit=m.unit, unit_text=m.unit_text, qualifier=m.qualifier,
                direction=m.direction, range_role=m.range_role,
            )
