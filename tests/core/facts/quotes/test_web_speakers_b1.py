"""Quote speakers on web prose, round 9 (issue 11): causes read on the web tuning pages, each
fixed by a general mechanism and tested with sentences written for these tests."""

from __future__ import annotations

from functools import partial

from tests.core.facts.quotes.speakers_of import speakers_of

TITLE = "Harbour raid ends well\n\n"


speakers = partial(speakers_of, TITLE)


def test_a_carrying_clause_whose_verb_the_tagger_misreads_still_names_its_speaker() -> None:
    # Out of context the tagger reads "ordered" as a participle and "shouts" as a plural noun;
    # a clause standing as a sentence has a finite verb, so the last word is it.
    body = (
        "Guards climbed the stairs and knocked at the cabin door.\n\n"
        '"Open up! Harbour watch!" an officer shouts.\n\n'
        "The skipper stayed silent.\n\n"
        '"Arms up! Show me your arms!" an officer ordered. "Walk out slowly."'
    )
    assert speakers(body) == ["an officer", "an officer", "an officer"]


def test_said_the_actor_after_the_verb_points_back_to_the_person_named() -> None:
    # "the actor" after an inverted verb reads as a speaker like "the spokesman" does.
    body = (
        "Tom Varley has left the quiz show after two rounds.\n\n"
        "“We tried hard,” Varley said on Monday.\n\n"
        "“You never know why, that is what I tell my kids,” said the actor. “It is life.”"
    )
    assert speakers(body) == ["Tom Varley", "Tom Varley", "Tom Varley"]


def test_a_name_that_renames_a_noun_inside_an_apposition_is_not_the_subject() -> None:
    # "the elder cousin of the bank's heir, Marcus," describes Peter Gale; Marcus is the heir.
    body = (
        "Dr Peter Gale, the 70-year-old elder cousin of heir to the family bank, Marcus, has "
        "told friends that the talk was a “total triumph”.\n\n"
        "The bank's heir, Marcus Gale, said the talk was “long”."
    )
    assert speakers(body) == ["Peter Gale", "Marcus Gale"]


def test_a_quotation_run_on_into_a_clause_takes_the_cue_set_off_after_it() -> None:
    # '"..." announced in May, said X': the first verb belongs to the quoted words' clause;
    # the cue is the one after the comma, not the people who spoke in the sentence before.
    body = (
        "Two aides briefed on the talks said the mayor has decided to wait.\n\n"
        '"The mayor wants room to move. More than the small plan" announced in May, said Ana '
        "Ruiz, a scholar at the Lund institute."
    )
    assert speakers(body) == ["Ana Ruiz"]


def test_a_colon_after_a_relative_clause_introduces_the_things_words_not_the_subjects() -> None:
    # "which carries the following note:" introduces the site's words: Ana Ruiz, the sentence's
    # subject and the last speaker, did not say them.
    body = (
        "Ana Ruiz opened the drive on Monday. “It works,” Ruiz wrote.\n\n"
        "She then shared a link to the drive's site, which carries the following note:\n\n"
        "“The valley has a problem. We can fix it together.”"
    )
    assert speakers(body) == ["Ana Ruiz", None]


def test_what_a_named_host_described_as_is_the_hosts_words() -> None:
    # "described as" is passive after a bare noun ("a man described as"), not when "what" and
    # its own subject stand before it.
    body = (
        "Tom Varley has left the quiz show.\n\n"
        "Varley was voted off in what host Ana Ruiz described as the “toughest call of the year.”"
    )
    assert speakers(body) == ["Ana Ruiz"]
