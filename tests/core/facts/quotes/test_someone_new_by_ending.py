"""Round 45 (issue 11): someone new and unnamed, named by what they do, speaks. Sentences are
our own; the first three tests fail on the commit before, the others are guards.

- "A florist said:", "said one beekeeper": an indefinite description whose noun names someone by
  its ending ("-er", "-ist", "-or", "-ian", "-ant", "-ent") is a person speaking when a verb of
  speech stands right beside it, though the roles lexicon lacks the noun;
- "A senior Northern diplomat, speaking ..., said": the subject runs on past a capitalised
  modifier to its lower-case head (was cut to "A senior Northern").
"""

from __future__ import annotations

from tests.core.facts.quotes.speakers_of import speakers_of

_LEAD = "Flower prices at the Carrow market doubled in a week. "


def test_an_agent_noun_the_lexicon_lacks_speaks_before_the_verb() -> None:
    text = _LEAD + 'A florist said: "I cannot sell a single rose at that price."'
    assert speakers_of("", text) == ["A florist"]
    text = _LEAD + 'One retired beekeeper said: "The spring came too early."'
    assert speakers_of("", text) == ["One retired beekeeper"]


def test_an_agent_noun_the_lexicon_lacks_speaks_after_the_verb() -> None:
    text = _LEAD + '"I cannot sell a single rose at that price," said a florist.'
    assert speakers_of("", text) == ["a florist"]
    aside = _LEAD + '"The spring came too early," said a beekeeper, who asked not to be named.'
    assert speakers_of("", aside) == ["a beekeeper"]


def test_a_subject_runs_on_past_a_capitalised_modifier_to_its_head() -> None:
    text = (
        "Talks on the fishing treaty stalled in Bergen. A senior Northern diplomat, speaking "
        'on condition of anonymity, said: "Nobody will sign this week."'
    )
    assert speakers_of("", text) == ["A senior Northern diplomat"]


def test_guard_a_written_thing_by_such_an_ending_is_no_person() -> None:
    for thing in ("A poster", "A newspaper", "An agreement", "A computer"):
        text = _LEAD + f'{thing} said: "Prices will fall."'
        assert speakers_of("", text) == [None], thing


def test_guard_the_agent_noun_refers_back_and_is_left_to_the_tracker() -> None:
    text = _LEAD + 'The florist said: "I cannot sell a single rose at that price."'
    assert speakers_of("", text) == [None]
