"""Round 39 (issue 11 item 3): "a spokeswoman for Corby's": a firm's name that ends in "'s"
after "for" or "at" is the body the role belongs to, not an owner cut off ("Sondland's").
Sentences are our own; the test fails on c5365c1."""

from __future__ import annotations

from functools import partial

from tests.core.facts.quotes.speakers_of import speakers_of

speakers = partial(speakers_of, "Retail news\n\n")


def test_a_spokeswoman_for_a_firm_named_with_s_is_the_speaker() -> None:
    body = (
        "The grocer Hallam's will close six stores in Wales. “Trading has been hard all year,” "
        "a spokeswoman for Hallam's said."
    )
    assert speakers(body) == ["a spokeswoman for Hallam's"]
