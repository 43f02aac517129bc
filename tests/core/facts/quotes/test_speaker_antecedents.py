"""Round 15 (issue 11 item 3): "he"/"she" and "the <office>" went to someone who was not the
speaker: a name used only to qualify a noun ("Lib Dem leaders"), a person named again inside
what the sentence's subject reported ("X said that Mr Y had told him ..."), a deputy taken for
the office holder. Sentences are our own."""

from __future__ import annotations

from functools import partial

from tests.core.facts.quotes.speakers_of import speakers_of

speakers = partial(speakers_of, "Harbour news\n\n")


def test_a_name_before_a_plural_role_noun_is_no_one() -> None:
    # "Green Lab" qualifies "councillors": no one called Green Lab may be "she" (the spokeswoman
    # speaks, unnamed).
    body = (
        "The plan was backed by both Green Lab councillors at the meeting.\n\n"
        "A Harbour Board spokeswoman confirmed the ferry would stop in May. "
        "“No date was set for the last crossing,” she said."
    )
    assert speakers(body) == [None]


def test_a_band_before_its_singer_is_not_the_singer() -> None:
    body = (
        "Velvet Harbour frontman Olek Marsz has asked the council for rehearsal rooms.\n\n"
        "“Young bands need somewhere loud to practise,” he said."
    )
    assert speakers(body) == ["Olek Marsz"]


def test_he_after_a_sentence_whose_subject_reports_on_someone_else() -> None:
    # Orrin is the subject; Mr Pell is named inside what Orrin denied, so "He" is Orrin.
    body = (
        "Hal Orrin leads the opposition. Ned Pell and Tam Kessel sit on his front bench.\n\n"
        "But Mr Orrin denied Mr Pell, his transport spokesman, had said the plans “stink”. "
        "He also said he was sure Mr Kessel would “set out the position” next week."
    )
    assert speakers(body) == ["Ned Pell", "Hal Orrin"]


def test_a_name_in_an_opening_phrase_is_not_the_subject() -> None:
    # Mr Orrin is only named in the opening phrase: the subject, Mr Kessel, goes on.
    body = (
        "Hal Orrin met Tam Kessel in the capital.\n\n"
        "At a news conference after talks with Mr Orrin, Mr Kessel said the visit was “a sign of "
        "real support”. He added: “Your help at the port will not be forgotten.”"
    )
    assert speakers(body) == ["Tam Kessel", "Tam Kessel"]


def test_a_deputy_prime_minister_is_not_the_prime_minister() -> None:
    body = (
        "Prime Minister Hal Orrin met the unions on Monday.\n\n"
        "Deputy Prime Minister Tam Kessel said the talks had gone well. But the prime minister "
        "said the reports of a rift were “a load of nonsense”."
    )
    assert speakers(body) == ["Hal Orrin"]


def test_a_colon_lead_without_a_speech_verb_takes_no_speaker_from_before() -> None:
    # The keeper "denied" the striker (no speech); the coach's line is introduced by words the
    # cue finder does not read, so neither the keeper nor anyone else is given.
    body = (
        "Harbour lost at home. Once again Vasko denied the Dunmore striker.\n\n"
        "- Dunmore coach Ida Lund: “We were the better side for an hour.”"
    )
    assert speakers(body) == [None]


def test_a_question_put_on_a_ballot_is_not_the_last_speakers() -> None:
    body = (
        "“The port belongs to the town,” Mayor Ida Lund said on Monday. "
        "The question on the ballot is: “Should the harbour board be sold?”"
    )
    assert speakers(body) == ["Ida Lund", None]


def test_a_colon_lead_that_carries_the_story_on_keeps_the_speaker() -> None:
    body = (
        "“We will not sell the port,” Ida Lund told the council in May.\n\n"
        "Then, a week later on the radio: “The port may have to be sold.”"
    )
    assert speakers(body) == ["Ida Lund", "Ida Lund"]


def test_a_name_before_a_possessive_role_noun_is_no_one() -> None:
    body = (
        "Tomas Reeve joined the squad on Monday.\n\n"
        "And with 30 caps and a Marlow Cup winner's medal to his name, Reeve can help the younger "
        "players. “I was in awe of the old hands when I came in,” he added."
    )
    assert speakers(body) == ["Tomas Reeve"]


def test_a_name_before_champion_or_counterpart_is_no_one() -> None:
    assert speakers(
        "Triple Harbour champion Ines Varga won the 800m on Sunday. “My training has not gone "
        "well,” she said."
    ) == ["Ines Varga"]
    assert speakers(
        "Marlow won 2-1 at home. But Reeve's Dunmore counterpart Olek Marsz was in no mood to "
        "celebrate. He said: “We failed to score a third.”"
    ) == ["Olek Marsz"]


def test_a_title_opened_by_a_capital_article_is_no_one() -> None:
    body = (
        "Singer Tomas Reeve has premiered his film in Berlin. The film, A Quiet Harbour, tells "
        "the story of his career. “I am still going to be making music,” he said."
    )
    assert speakers(body) == ["Singer Tomas Reeve"]
