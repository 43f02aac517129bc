"""A noun that stands for a person named before ("the striker", "the veteran forward") is the
subject of the speech verb after it, as a role is ("the manager said"): the tracker reads whom
it means. Cut off by quotation marks ('the "Avatar" star posted'), the bare noun says nothing,
and the quotation's own cue after it speaks (`_phrases.subject_before`)."""

from __future__ import annotations

from tests.core.facts.quotes.speakers_of import speakers_of


def test_the_striker_said_is_the_player_named_before() -> None:
    body = (
        "Leon Marsh fears he will be blamed if Rovers lose on Saturday.\n\n"
        "Marsh will lead the side in place of the injured Tom Reed. And the striker said: "
        '"If we lose, it will be my fault."'
    )
    assert speakers_of("", body) == ["Leon Marsh"]


def test_a_person_noun_with_a_modifier_after_the_quotation() -> None:
    body = (
        "Leon Marsh fears he will be blamed if Rovers lose on Saturday.\n\n"
        '"I know people will criticise me," the veteran forward added.'
    )
    assert speakers_of("", body) == ["Leon Marsh"]


def test_a_noun_cut_off_by_a_title_in_marks_leaves_the_pronoun_cue() -> None:
    # A guard (passes before the change): "star" alone after '"Avatar"' is no speaker.
    body = (
        "Ann Hale said her husband had taken her last name. After the news spread, the "
        '"Avatar" star posted a long message about it: "Men, you will not vanish by taking '
        'a new surname," she wrote.'
    )
    assert speakers_of("", body) == ["Ann Hale"]
