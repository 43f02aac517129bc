"""Lead-ins: a group's mood that announces the next sentence is never a summary's alone."""

from __future__ import annotations

import pytest

from app.core.document import Document
from app.core.options import SummaryLength
from app.core.summarize import summarize
from app.core.summarize.default._lead_in import elaborates, is_lead_in
from app.core.summarize.default._text import linked_flags, reading_flags

# Our own article: the third sentence is a short lead-in whose substance is the quotation after it.
ARTICLE = """Town plans free buses for every rider

The mayor of Eastbridge has unveiled a plan to make every bus in the city free to ride from next spring.
The free buses would be paid for by a new levy on car parks at large shopping centres.
Bus operators were less enthusiastic.
"We would lose control of our own routes and our fares overnight," said Dana Holt, who runs one of the firms.
The council expects the free buses to carry a third more riders in their first year.
Shoppers at the market were mostly pleased with the plan, though some worried about crowded buses.
The levy on car parks will be debated by the full council in March before a final vote.
The mayor said the city had studied free bus schemes in three other European cities before deciding.
Drivers' unions have asked for talks about shifts and pay on the busiest routes.
A spokesman for the largest shopping centre said the levy would drive customers to out-of-town stores.
The council's transport committee will publish its full costings next month.
Campaigners for cleaner air welcomed the plan and called for more electric buses on the routes.
Similar schemes elsewhere have cut car traffic in town centres by about a tenth.
"""  # noqa: E501


@pytest.mark.parametrize(
    "text",
    [
        "Bus operators were less enthusiastic.",
        "Dairy farmers on the low fields are worried.",
        "Not everyone is convinced.",
        "Economists were divided.",
        "Others seemed far more cautious.",
        "Many parents remain unconvinced.",
        "Some residents objected.",
    ],
)
def test_a_groups_mood_and_nothing_else_is_a_lead_in(text: str) -> None:
    assert is_lead_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "The bridge was closed.",  # a thing, not a group
        "Ticket prices are rising.",  # a change is news
        "Shares fell.",  # a plural and a verb: as often an event
        "Voters are angry about the new tax.",  # it says what about
        "Not everyone in Hollowmere agrees.",  # a name says who
        "Teachers were promised 4% more.",  # a number says how much
        "Unions were 'deeply troubled'.",  # a quotation is someone's words
        "Parents are worried that the school will close before the summer term ends.",
        "It was less enthusiastic.",  # no group
    ],
)
def test_what_says_something_alone_is_no_lead_in(text: str) -> None:
    assert not is_lead_in(text)


def test_what_elaborates_a_lead_in() -> None:
    assert elaborates('"It will ruin us," said one grower.')
    assert elaborates("Some said the levy was unfair.")
    assert elaborates("They want the council to think again.")
    assert not elaborates("The council meets again in March.")


def _flags(texts: list[str], paragraphs: list[int]):  # type: ignore[no-untyped-def]
    return linked_flags(texts, paragraphs, [reading_flags(t) for t in texts])


def test_a_lead_in_needs_the_sentence_that_says_who_and_what() -> None:
    texts = [
        "The county will sell its old depot to a housing firm.",
        "Neighbours were less enthusiastic.",
        '"Nobody asked us about the traffic," said Ola Brandt, who lives next door.',
    ]
    flags = _flags(texts, [0, 0, 1])  # across a paragraph break too
    assert flags[1].needs_next
    # The sentence after it stands alone: it is not tied to the lead-in.
    assert not flags[2].continues and not flags[2].backward
    assert not flags[0].needs_next


def test_a_short_state_before_plain_narration_is_left_alone() -> None:
    texts = ["Neighbours were less enthusiastic.", "The depot will close in May."]
    assert not _flags(texts, [0, 0])[0].needs_next


def test_the_summary_passes_over_a_lead_in_alone() -> None:
    document = Document.from_text(ARTICLE)
    for count in (3, 4, 5):
        chosen = [s.text for s in summarize(document, "default", SummaryLength(count))]
        assert len(chosen) == count
        if "Bus operators were less enthusiastic." in chosen:
            after = chosen[chosen.index("Bus operators were less enthusiastic.") + 1 :]
            assert after and after[0].startswith('"We would lose control')
