"""Initiatives: an occasion (a debate, a meeting, a summit, a briefing) is an event, no
undertaking, unless a verb proposes, sets up or scraps it ("called for a wider public debate");
the topic of a meeting is no undertaking of anyone's.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _texts


def test_the_topic_of_a_meeting_is_no_undertaking() -> None:
    text = "Tuesday's meeting on Kurdish reform is being hosted by the Norwegian prime minister."
    assert _texts(text) == []


def test_an_occasion_that_opens_is_an_event() -> None:
    text = "The Greens' annual summit on climate finance opens in Paris on Monday."
    assert _texts(text) == []
    # One someone calls for is a proposal.
    texts = _texts("The union called for a wider public debate on nurses' pay.")
    assert texts == ["wider public debate on nurses' pay"]


def test_a_cancelled_meeting_is_named_not_its_topic() -> None:
    text = "The mayor's weekly meeting on housing reform was cancelled because of the snow."
    assert _texts(text) == ["weekly meeting on housing reform"]
