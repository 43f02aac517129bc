"""Tests for app.core.facts.nlp.chunks: noun phrases, subjects and main verbs from tags."""

from __future__ import annotations

from app.core.facts.nlp.chunks import Chunked, _codes, chunked, clauses, noun_phrases
from app.core.facts.nlp.tagger import Token, tag_sentence


def phrases(sentence: str) -> list[str]:
    return [c.text for c in noun_phrases(tag_sentence(sentence), sentence)]


def subjects(sentence: str) -> list[tuple[str | None, str]]:
    return [
        (c.subject.text if c.subject else None, c.verb.text)
        for c in clauses(tag_sentence(sentence), sentence)
    ]


def test_noun_phrases_take_determiners_adjectives_and_possessives():
    found = phrases("The regional council unveiled a new cycling scheme for Dunmore's schools.")
    assert "The regional council" in found
    assert "a new cycling scheme" in found
    assert "Dunmore's schools" in found
    assert "unveiled" not in " ".join(found)


def test_participle_before_a_noun_is_a_modifier_but_not_after_a_verb():
    assert "the proposed bridge" in phrases("They rejected the proposed bridge.")
    found = phrases("The mayor has proposed changes.")
    assert "changes" in found
    assert not any("proposed" in p for p in found)


def test_chunk_offsets_point_into_the_text():
    text = "First line.\nLena Park, 41, bought three old barns."
    start = text.index("Lena")
    tokens = tag_sentence(text, start, len(text))
    for chunk in noun_phrases(tokens, text):
        assert text[chunk.start : chunk.end] == chunk.text
        assert tokens[chunk.first].start == chunk.start
        assert tokens[chunk.last].end == chunk.end


def test_subject_is_the_noun_phrase_before_the_finite_verb():
    assert subjects("The city council approved the budget.") == [("The city council", "approved")]


def test_main_verb_is_the_last_of_the_group():
    ((subject, verb),) = subjects("The ministry has not yet announced its decision.")
    assert subject == "The ministry"
    assert verb == "announced"


def test_subject_reached_back_across_an_apposition():
    sentence = "Tomas Berg, head of the rowing club, said the boats were new."
    found = clauses(tag_sentence(sentence), sentence)
    assert found[0].subject is not None and found[0].subject.text == "Tomas Berg"
    assert found[0].apposition is not None
    assert found[0].apposition.text == "head of the rowing club"
    assert found[0].verb.text == "said"
    assert (found[1].subject.text if found[1].subject else None) == "the boats"


def test_subject_spans_a_prepositional_chain():
    ((subject, verb),) = subjects("A spokesman for the bakery said nothing.")
    assert (subject, verb) == ("A spokesman for the bakery", "said")


def test_a_clause_opened_by_that_is_not_part_of_the_subject():
    assert subjects("The mayor said on Monday that the ferry was late.") == [
        ("The mayor", "said"),
        ("the ferry", "was"),
    ]


def test_inverted_attribution_after_a_quotation():
    sentence = "“We are ready,” said Inga Holm."
    found = clauses(tag_sentence(sentence), sentence)
    last = found[-1]
    assert last.verb.text == "said"
    assert last.inverted
    assert last.subject is not None and last.subject.text == "Inga Holm"
    assert found[0].subject is not None and found[0].subject.text == "We"


def test_name_before_the_verb_after_a_quotation_is_not_inverted():
    sentence = "“We are ready,” Inga Holm said."
    last = clauses(tag_sentence(sentence), sentence)[-1]
    assert last.subject is not None and last.subject.text == "Inga Holm"
    assert not last.inverted


def test_coordinated_verb_shares_the_subject():
    assert subjects("The club sold its ground and moved to a new town.") == [
        ("The club", "sold"),
        ("The club", "moved"),
    ]


def test_pronoun_subject_and_no_subject():
    assert subjects("She resigned.") == [("She", "resigned")]
    assert subjects("Resigned.") == []


def test_works_on_hand_made_tags():
    text = "Acme builds ships"
    tokens = [
        Token("Acme", 0, 4, "NNP"),
        Token("builds", 5, 11, "VBZ"),
        Token("ships", 12, 17, "NNS"),
    ]
    (clause,) = clauses(tokens, text)
    assert clause.subject is not None and clause.subject.text == "Acme"
    assert clause.verb.text == "builds"
    assert [c.text for c in noun_phrases(tokens, text)] == ["Acme", "ships"]


def test_inverted_role_then_name_gives_the_name_as_apposition():
    sentence = "“It will close,” said the bakery's chief executive, Ana Ruiz."
    last = clauses(tag_sentence(sentence), sentence)[-1]
    assert last.inverted
    assert last.subject is not None and last.subject.text == "the bakery's chief executive"
    assert last.apposition is not None and last.apposition.text == "Ana Ruiz"


def test_relative_clause_is_skipped_and_is_no_apposition():
    sentence = "The mill, which employs forty people, will close next year."
    last = clauses(tag_sentence(sentence), sentence)[-1]
    assert last.verb.text == "close"
    assert last.subject is not None and last.subject.text == "The mill"
    assert last.apposition is None


def test_no_inversion_without_a_quotation():
    sentence = "The 41-year-old, who arrived in 2019, has signed a new contract."
    last = clauses(tag_sentence(sentence), sentence)[-1]
    assert not last.inverted
    assert last.subject is not None and last.subject.text == "The 41-year-old"


def test_a_full_verb_ends_the_group_before_its_complement():
    assert subjects("The players kept running.") == [("The players", "kept")]
    assert subjects("The bridge has been rebuilt.") == [("The bridge", "rebuilt")]


def test_a_finite_verb_right_after_a_full_verb_starts_its_own_clause():
    found = subjects("What the mayor said is true.")
    assert ("the mayor", "said") in found
    assert [verb for _, verb in found] == ["said", "is"]


def test_codes_give_one_letter_per_token_and_o_for_a_tag_without_a_code():
    tokens = [Token(w, 0, 0, tag) for w, tag in [("the", "DT"), ("ferry", "NN"), ("!", "UH")]]
    assert _codes(tokens) == "DNo"
    assert _codes([]) == ""


def test_an_ampersand_between_capitalised_words_joins_one_name():
    found = phrases("Hale & Corwin opened a studio in Leeds.")
    assert "Hale & Corwin" in found
    assert subjects("Hale & Corwin opened a studio in Leeds.")[0][0] == "Hale & Corwin"


def test_and_joins_a_bodys_name_after_an_article():
    found = phrases("Officials from the Rail and Harbour Authority met the mayor.")
    assert "the Rail and Harbour Authority" in found
    found = phrases("It faces a Fisheries and Coast Commission review of its permits.")
    assert "a Fisheries and Coast Commission review" in found
    # Two names stay two: no article before the first, or no body's noun ending the second.
    found = phrases("The talks between Norway and Iceland Airways ended.")
    assert "Norway" in found  # no article before "Norway": two parties
    found = phrases("Ireland and the Harbour Commission signed it.")
    assert "Ireland" in found and "the Harbour Commission" in found
    found = phrases("the Kestrel and Finch shops closed.")
    assert "the Kestrel" in found  # the right-hand names end in no body's noun


def test_and_joins_the_subjects_of_a_bodys_name_after_of():
    sentence = "The Office of Water and Coastal Works has opened a depot."
    assert subjects(sentence)[0][0] == "The Office of Water and Coastal Works"
    sentence = "Tarnia's Ministry of Mines, Forests and Rivers has drafted a code."
    assert subjects(sentence)[0][0] == "Tarnia's Ministry of Mines, Forests and Rivers"
    # No body's head before "of": two parties, and the last one is the subject.
    sentence = "Leaders of Norway, Finland and Estonia have drafted a code."
    assert subjects(sentence)[0][0] != "Leaders of Norway, Finland and Estonia"


def test_a_short_name_in_brackets_after_the_subject_is_skipped():
    sentence = "The Port Authority of Lorne (PAL) has opened a depot."
    assert subjects(sentence)[0] == ("The Port Authority of Lorne", "opened")


def test_clauses_read_the_chunks_they_are_given():
    text = "The harbour board, which met on Friday, approved a longer pier."
    tokens = tag_sentence(text)
    reading = chunked(tokens, text)
    assert reading.codes == _codes(tokens)
    assert list(reading.noun_phrases) == noun_phrases(tokens, text)
    shared = clauses(tokens, text, reading)
    assert shared == clauses(tokens, text)
    assert [c.subject.text for c in shared if c.subject] == ["The harbour board"]
    # The phrases come from the reading passed in: with none, no clause has a subject.
    bare = clauses(tokens, text, Chunked(reading.codes, ()))
    assert [c.verb.text for c in bare] == [c.verb.text for c in shared]
    assert all(c.subject is None for c in bare)


def test_ahead_of_is_a_preposition_not_a_noun():
    found = phrases("She sold three to the city council ahead of the vote.")
    assert "the city council" in found


def test_a_time_phrase_between_subject_and_verb_is_skipped():
    assert subjects("The port board last month approved a longer pier.")[0] == (
        "The port board",
        "approved",
    )
    assert subjects("Tamsin Mills this week closed two depots.")[0] == ("Tamsin Mills", "closed")


def test_a_time_phrase_after_a_preposition_is_no_subject() -> None:
    assert subjects("Corvale, the bakery chain, on Friday opened a depot in Derby.")[0] == (
        "Corvale",
        "opened",
    )
    assert subjects("Ticket sales in April fell sharply.")[0] == ("Ticket sales", "fell")


def test_a_participle_after_a_noun_that_takes_an_object_is_the_past_tense() -> None:
    # As the tagger may read it: "signed" a participle (VBN) with no auxiliary before it.
    words = [
        ("The", "DT"), ("Danish", "JJ"), ("government", "NN"), ("signed", "VBN"),
        ("an", "DT"), ("agreement", "NN"), (".", "."),
    ]  # fmt: skip
    text = " ".join(w for w, _ in words)
    tokens, at = [], 0
    for word, tag in words:
        tokens.append(Token(word, at, at + len(word), tag))
        at += len(word) + 1
    found = [(c.verb.text, c.subject.text if c.subject else None) for c in clauses(tokens, text)]
    assert found == [("signed", "The Danish government")]
    passive = [("The", "DT"), ("deal", "NN"), ("signed", "VBN"), ("in", "IN"), ("May", "NNP")]
    text = " ".join(w for w, _ in passive)
    tokens, at = [], 0
    for word, tag in passive:
        tokens.append(Token(word, at, at + len(word), tag))
        at += len(word) + 1
    assert clauses(tokens, text) == []


def test_a_participle_clause_after_a_noun_is_no_subject() -> None:
    sentence = (
        "A shaky video showing a crowd of fans chasing two stewards on a car park ramp has "
        "been shared."
    )
    last = clauses(tag_sentence(sentence), sentence)[-1]
    assert last.subject is None or not last.subject.text.startswith("chasing")


def test_a_day_name_after_a_common_noun_is_a_time_not_part_of_the_phrase() -> None:
    sentence = "The medical board published a report Thursday listing claims against a dentist."
    found = phrases(sentence)
    assert "a report" in found
    assert not any("Thursday" in p for p in found)


def test_a_relative_clause_unset_by_commas_is_passed_over_for_the_subject() -> None:
    assert ("A nurse", "said") in subjects(
        "A nurse who works on the stroke ward said the deal fell short."
    )
    assert ("A fan", "said") in subjects("A fan who met striker Tom Oakes on Monday said so.")


def test_a_name_after_that_stays_its_own_clause_subject() -> None:  # a guard
    # The tagger may read "that" as a relative pronoun and "defender" as a verb.
    found = subjects("The club were boosted by the news that defender Tom Oakes is on the verge.")
    assert ("Tom Oakes", "is") in found


def test_modifiers_set_off_by_a_comma_share_one_noun():
    assert "a three-year, £40m upgrade" in phrases("The trust began a three-year, £40m upgrade.")
    assert "a slow, costly review" in phrases("Ministers ordered a slow, costly review.")


def test_a_comma_after_an_opening_adjective_still_ends_it():
    found = phrases("Worse, several small firms closed.")
    assert "several small firms" in found
    assert not any(p.startswith("Worse") for p in found)
