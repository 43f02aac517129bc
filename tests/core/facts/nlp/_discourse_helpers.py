"""Helpers shared by the tracker's tests: feed our own text sentence by sentence and read who a
mention stands for."""

from __future__ import annotations

import re

from app.core.facts.nlp.discourse import Discourse


def fed(text: str) -> Discourse:
    discourse = Discourse()
    for match in re.finditer(r"[^.]+\.", text):
        discourse.add_sentence(text, match.start(), match.end())
    return discourse


def name_at(discourse: Discourse, mention: str, text: str, marker: str) -> str | None:
    entity = discourse.resolve(mention, text.index(marker))
    return entity.name if entity is not None else None
