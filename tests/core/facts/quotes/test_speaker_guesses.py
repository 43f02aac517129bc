"""Wrong speakers found on the tuning data (issue 11, item 3), each with sentences written for
these tests: a phrase that only looks like a speaker gives none, a short name goes to the person
it usually means, and a run of quotations stops at a newly introduced speaker."""

from __future__ import annotations

from app.core.document import Document
from app.core.facts.quotes import extract

TITLE = "Harbour office reopens\n\n"


def speakers(body: str) -> list[str | None]:
    found = extract(Document.from_text(TITLE + body))
    assert found, "no quotation found"
    return [q.speaker for q in found]


def test_a_state_abbreviation_before_a_quotation_is_no_speaker() -> None:
    # "Fresno, Calif., an account ...": the comma after the place's short form ends a subject.
    body = (
        "In the days after nine people were hurt in Fresno, Calif., an anonymous account "
        "praised the attack online: “We are coming for you all, every one of you.”"
    )
    assert speakers(body) == [None]


def test_a_real_short_name_before_a_quotation_still_speaks() -> None:
    body = "Ana Ruiz met voters in Dayton. Ruiz said: “We are coming back to every town.”"
    assert speakers(body) == ["Ana Ruiz"]
