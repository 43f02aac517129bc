"""Tests for app.core.facts.nlp.tagger: the shipped part-of-speech tagger (its tokens and tags; its
features, weights and corrections have tests of their own, test_features, test_model and
test_corrections)."""

from __future__ import annotations

import itertools
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.facts.nlp import tagger
from app.core.facts.nlp.tagger import tag_sentence, tag_words, tokenize
from app.core.facts.nlp.tagger.model import load_model


def tags_of(sentence: str) -> dict[str, str]:
    return {t.text: t.tag for t in tag_sentence(sentence)}


def test_proper_nouns_past_tense_and_determiners():
    tags = tags_of("Marta Okonkwo opened the new clinic in Lagos last week.")
    assert tags["Marta"] == "NNP"
    assert tags["Okonkwo"] == "NNP"
    assert tags["opened"] == "VBD"
    assert tags["the"] == "DT"
    assert tags["clinic"] == "NN"
    assert tags["Lagos"] == "NNP"
    assert tags["."] == "."


def test_verb_forms_modals_and_plurals():
    tags = tags_of("The councils will announce two schemes that they have planned.")
    assert tags["councils"] == "NNS"
    assert tags["will"] == "MD"
    assert tags["announce"] == "VB"
    assert tags["two"] == "CD"
    assert tags["schemes"] == "NNS"
    assert tags["planned"] == "VBN"


def test_context_decides_between_noun_and_verb():
    assert tags_of("They plan to build a bridge.")["plan"] == "VBP"
    assert tags_of("The plan was costly.")["plan"] == "NN"


def test_offsets_point_into_the_whole_text():
    text = (
        "Intro line.\n“We don’t sell,” Mr. Brandt told U.S. reporters about the £4.5bn "
        "well-known deal."
    )
    start = text.index("“")
    tokens = tag_sentence(text, start, len(text))
    assert tokens[0].start == start
    for token in tokens:
        assert text[token.start : token.end] == token.text
    words = [t.text for t in tokens]
    assert all(a.end <= b.start for a, b in itertools.pairwise(tokens))
    assert words.count(".") == 1
    assert words[:5] == ["“", "We", "do", "n’t", "sell"]
    assert "Mr." in words and "U.S." in words and "well-known" in words
    assert {t.text: t.tag for t in tokens}["Brandt"] == "NNP"


def test_tokenize_splits_clitics_and_keeps_abbreviations():
    text = "It's the firm's plan, isn't it? Dr. Ruiz (of Acme Inc.) said 1,200 jobs... a@b.org"
    words = [text[s:e] for s, e in tokenize(text)]
    assert words[:6] == ["It", "'s", "the", "firm", "'s", "plan"]
    assert words[7:11] == ["is", "n't", "it", "?"]
    assert "Dr." in words and "Inc." in words and "1,200" in words and "..." in words
    assert "a@b.org" in words


def test_a_number_or_hyphenated_age_keeps_its_possessive_whole():
    text = "the 66-year-old's cell and 2005's budget"
    words = [text[s:e] for s, e in tokenize(text)]
    assert words == ["the", "66-year-old", "'s", "cell", "and", "2005", "'s", "budget"]


def test_tag_words_gives_one_tag_per_word():
    words = ["She", "said", "no", "."]
    assert len(tag_words(words)) == len(words)
    assert tag_words([]) == []


def test_no_nltk_data_needed_and_nothing_loaded_at_import(tmp_path):
    code = (
        "import sys\n"
        "from app.core.facts.nlp import tagger\n"
        "from app.core.facts.nlp.tagger import model as tagger_model\n"
        "assert tagger_model._model is None, 'loaded at import'\n"
        "tokens = tagger.tag_sentence('Anna bought a red kite.')\n"
        "print(' '.join(t.tag for t in tokens))\n"
        "assert 'nltk' not in sys.modules, 'nltk imported'\n"
    )
    env = {"NLTK_DATA": str(tmp_path), "PATH": "", "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["NNP", "VBD", "DT", "JJ", "NN", "."]


@pytest.mark.parametrize("word", ["1997", "3.5", "well-known", "“", "’s"])
def test_odd_words_get_a_tag(word):
    (tag,) = tag_words([word])
    assert tag in load_model().tags


def test_an_initial_before_an_ellipsis_keeps_the_ellipsis():
    assert [t.text for t in tag_sentence("Z...", 0, 4)] == ["Z", "..."]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aZ9 .,'’\"“”-$%\n\tçé_@:/")), max_size=60))
def test_tokens_cover_every_mark_in_order(text):
    tokens = tag_sentence(text, 0, len(text))
    assert all(text[t.start : t.end] == t.text and t.text.strip() == t.text for t in tokens)
    assert all(a.end <= b.start for a, b in itertools.pairwise(tokens))
    assert "".join(t.text for t in tokens) == "".join(text.split())


def test_a_word_given_as_a_name_is_a_proper_noun_and_its_verb_a_verb():
    sentence = "Velastic offers its chips in software."
    assert tags_of(sentence)["Velastic"] != "NNP"  # read as an adjective ("-ic") alone
    tagged = {t.text: t.tag for t in tag_sentence(sentence, names={0})}
    assert tagged["Velastic"] == "NNP"
    assert tagged["offers"] == "VBZ"


def test_curly_and_straight_quotes_give_the_same_tags():
    curly = tag_words(["“", "We", "won’t", "stop", ",", "”", "she", "said", "."])
    straight = tag_words(['"', "We", "won't", "stop", ",", '"', "she", "said", "."])
    assert curly == straight


def test_a_period_after_a_word_that_is_no_abbreviation_stays_a_token_of_its_own():
    text = "Ask Dr. Ruiz. She met J. Doe at noon. The end..."
    words = [text[s:e] for s, e in tokenize(text)]
    assert words[:6] == ["Ask", "Dr.", "Ruiz", ".", "She", "met"]
    assert words[6:] == ["J.", "Doe", "at", "noon", ".", "The", "end", "..."]


def test_a_token_is_a_named_tuple_of_its_text_offsets_and_tag():
    text = "Gulls nested on the pier."
    token = tagger.tag_sentence(text)[0]
    word, start, end, tag = token
    assert (word, start, end) == ("Gulls", 0, 5) and tag == token.tag
    assert token._replace(tag="NNS") == tagger.Token("Gulls", 0, 5, "NNS")


def test_an_adjective_after_an_amount_with_no_noun_to_describe_is_the_noun() -> None:
    tokens = tag_sentence("The port approved a £240m terminal to build wind farms.")
    assert [t.tag for t in tokens if t.text == "terminal"] == ["NN"]


def _tags(sentence: str) -> list[tuple[str, str]]:
    return [(t.text, t.tag) for t in tag_sentence(sentence)]


def test_a_verb_in_s_after_a_singular_subject_before_its_object() -> None:
    assert ("plans", "VBZ") in _tags("The institute plans a trial of meal timing.")
    assert ("plans", "VBZ") in _tags("Sony plans a new console.")


def test_a_plural_noun_after_the_verb_stays_a_noun() -> None:
    """Guard: once the clause has its verb, "plans" after a noun is a noun."""
    assert ("plans", "NNS") in _tags("The council approved the housing plans a week ago.")


def test_tokens_are_built_without_a_python_call_per_word(monkeypatch) -> None:
    from app.core.facts.nlp import tagger

    text = "The ferry board approved two new crossings on Friday."
    expected = tagger.tag_sentence(text)

    def refused(*args: object) -> None:
        raise AssertionError("Token.__new__ called")

    monkeypatch.setattr(tagger.Token, "__new__", refused)
    tokens = tagger.tag_sentence(text)
    assert tokens == expected and all(type(t) is tagger.Token for t in tokens)
    assert [t.text for t in tokens][:3] == ["The", "ferry", "board"]
