"""Initiatives: an actor shown as the article's own text writes it.

"TARNVIK, the Norwegian ferry operator, said ... Tarnvik will also ...": the opening shouts the
name in capitals, the body writes "Tarnvik"; the reader sees "Tarnvik". A name the text only
ever writes in capitals ("NASA") stays so.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one


def test_a_name_shouted_at_the_opening_is_shown_as_the_body_writes_it() -> None:
    text = (
        "TARNVIK, the Norwegian ferry operator, said on Monday it would build a £90m terminal "
        "at Bergen. Tarnvik carried two million passengers last year."
    )
    assert _one(text, "terminal").actor == "Tarnvik"


def test_a_name_only_in_capitals_stays_in_capitals() -> None:
    text = "NASA said on Monday it would build a £90m launch tower in Florida."
    assert _one(text, "launch tower").actor == "NASA"
