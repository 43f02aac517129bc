"""Round 45 (issue 11): "the Norwegian" after one Norwegian was introduced. Sentences are our
own; the first test fails on the commit before, the other is a guard.

"Sofie Brandt, a Danish rower, ... the Dane said": the one person the article introduced by that
nationality (before the name, or in an apposition after it; "the Dutchman" from "Dutch", "the
Dane" from "Danish"); with none, or two, no one.
"""

from __future__ import annotations

from tests.core.facts.quotes.speakers_of import speakers_of


def test_the_national_is_the_one_person_introduced_so() -> None:
    text = (
        "Sofie Brandt, a Danish rower, won the final in Poznan ahead of Pia Laine. "
        '"The wind helped me," the Dane said.'
    )
    assert speakers_of("", text) == ["Sofie Brandt"]
    text = (
        "Pia Laine finished behind the Dutch sculler Joost Keller in Poznan. "
        '"I went too early," the Dutchman said.'
    )
    assert speakers_of("", text) == ["Joost Keller"]


def test_guard_the_national_with_two_or_none_introduced_is_no_one() -> None:
    two = (
        "Danish rower Sofie Brandt beat Danish rower Ida Holm in Poznan. "
        '"The wind helped me," the Dane said.'
    )
    assert speakers_of("", two) == [None]
    none = 'Sofie Brandt won the final in Poznan. "The wind helped me," the Dane said.'
    assert speakers_of("", none) == [None]
