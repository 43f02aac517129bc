from app.core.sentences import SumyTokenizer, split_sentences, tokenize_words


def pieces(text):
    return [text[a:b] for a, b in split_sentences(text)]


def test_abbreviations_do_not_end_sentences():
    text = (
        "Dr. Lee met Mrs. Kay and Prof. Olu at St. Mary's on Jan. 5. "
        "Acme Inc. and Bolt Ltd. signed, e.g. the deal No. 4, i.e. the big one. It rained."
    )
    assert pieces(text) == [
        "Dr. Lee met Mrs. Kay and Prof. Olu at St. Mary's on Jan. 5.",
        "Acme Inc. and Bolt Ltd. signed, e.g. the deal No. 4, i.e. the big one.",
        "It rained.",
    ]


def test_single_letter_after_title_stays_in_sentence():
    text = "Known as Dr. M, the former premier spoke. Dr. M later left."
    assert pieces(text) == ["Known as Dr. M, the former premier spoke.", "Dr. M later left."]


def test_abbreviation_followed_by_sentence_starter_splits():
    assert pieces("Prices rose in the U.S. The euro fell.") == [
        "Prices rose in the U.S.",
        "The euro fell.",
    ]


def test_initials_and_quotes():
    text = 'J. R. Hart said "We are ready." Then he left! Was it true? Nobody knew.'
    assert pieces(text) == [
        'J. R. Hart said "We are ready."',
        "Then he left!",
        "Was it true?",
        "Nobody knew.",
    ]


def test_offsets_are_relative_to_the_whole_text():
    text = "Intro line\nFirst one. Second one."
    spans = split_sentences(text, 11, len(text))
    assert [text[a:b] for a, b in spans] == ["First one.", "Second one."]


def test_no_punctuation_and_blank():
    assert pieces("no punctuation here at all") == ["no punctuation here at all"]
    assert split_sentences("   ") == []


def test_words_drop_punctuation():
    assert tokenize_words("Hello, world! It's 5 o'clock.") == [
        "Hello",
        "world",
        "It",
        "'s",
        "5",
        "o'clock",
    ]


def test_sumy_tokenizer_interface():
    tok = SumyTokenizer()
    assert tok.to_sentences("One. Two.") == ("One.", "Two.")
    assert tok.to_words("One two.") == ("One", "two")


def test_two_initials_before_a_name_do_not_end_the_sentence():
    text = (
        "The crew used the J.T. Harlow telescope on the ridge. "
        "A novel by P.K. Amsel came out in May. "
        "The office moved to the U.S. The staff followed. "
        "She met A.B. Then they left."
    )
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "The crew used the J.T. Harlow telescope on the ridge.",
        "A novel by P.K. Amsel came out in May.",
        "The office moved to the U.S.",
        "The staff followed.",
        "She met A.B.",
        "Then they left.",
    ]


def test_punkt_matches_untimed_and_splits_as_nltks_own_punkt():
    """Punkt's fixed patterns run on the `regex` engine directly, not through nltk.redos's
    per-call timer, and it still splits exactly as nltk's stock Punkt with our parameters."""
    from nltk import redos
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    from app.core.sentences import ABBREVIATIONS, SENTENCE_STARTERS, _punkt

    ours = _punkt()
    language = ours._lang_vars
    patterns = [
        language.period_context_re(),
        language._word_tokenizer_re(),
        language.re_boundary_realignment,
        ours._Token._RE_NUMERIC,
        ours._Token._RE_ELLIPSIS,
        ours._Token._RE_INITIAL,
        ours._Token._RE_ALPHA,
    ]
    assert not any(isinstance(p, redos.TimedPattern) for p in patterns)

    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    params.sent_starters = set(SENTENCE_STARTERS)
    stock = PunktSentenceTokenizer(params)
    text = (
        "Dr. Ana Kole met the U.S. team at 9 a.m. on Jan. 5. They talked (briefly.) "
        '"Is it over?" she asked... Nobody knew! The vote was 3.5 to 2, said Mr. J. Ruiz. '
        "Café owners – «les patrons» – wrote: “We wait.” Then 1,200 people left.\u2019 Next."
    )
    assert list(ours.span_tokenize(text)) == list(stock.span_tokenize(text))
    assert ours.tokenize(text) == stock.tokenize(text)
