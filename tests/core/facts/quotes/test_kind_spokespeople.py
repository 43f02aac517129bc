"""Round 45 (issue 11): "a company spokesman" after a body spoke. Sentences are our own; the
first test fails on the commit before, the other is a guard.

'Tarnwick Dairies said ... "...," a company spokeswoman said': the body's kind stands between
"a" and "spokeswoman"; she speaks for the body that spoke just before when "the company" may
name it ("a union spokeswoman" after a firm, or a firm that did not speak, leave her as written).
"""

from __future__ import annotations

from tests.core.facts.quotes.speakers_of import speakers_of

_FIRM = "Tarnwick Dairies said on Tuesday it would stop collecting milk from 40 farms. "


def test_a_kind_spokeswoman_after_a_body_spoke_is_the_bodys() -> None:
    text = _FIRM + '"We did not take this lightly," a company spokeswoman said.'
    assert speakers_of("", text) == ["a spokeswoman for Tarnwick Dairies"]


def test_guard_a_spokeswoman_of_another_kind_stays_as_written() -> None:
    text = _FIRM + '"We did not take this lightly," a union spokeswoman said.'
    assert speakers_of("", text) == ["a union spokeswoman"]
    quiet = "Tarnwick Dairies met farmers on Tuesday. "
    text = quiet + '"We did not take this lightly," a company spokeswoman said.'
    assert speakers_of("", text) == ["a company spokeswoman"]
