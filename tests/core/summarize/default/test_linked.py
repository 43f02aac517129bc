"""Sentences that go together: a question with its answer, a quotation over several sentences."""

from __future__ import annotations

import numpy as np
import pytest

from app.core.document import Document
from app.core.options import SummaryLength
from app.core.summarize import summarize, sumy_document
from app.core.summarize.default._method import build
from app.core.summarize.default._quotations import quoted_passages
from app.core.summarize.default._select import select
from app.core.summarize.default._text import linked_flags, reading_flags

ARTICLE = """Rocket firms race to the Moon

Space agencies are hiring private firms to carry cargo to the Moon this decade, officials said on Monday.
Why? Because space travel and landing on rocky ground are anything but easy for a single agency.
The agency has picked five firms for its lunar cargo contract, which is worth up to 2 billion dollars.
The chief said: "We want more landers. We want them soon. And we want them cheap." Analysts agreed.
Each firm will now bid for delivery orders, the first of which is due to fly in the spring of next year.
Critics said the plan relies too heavily on firms that have never landed anything on the Moon before.
"""  # noqa: E501


def _flags(texts: list[str], paragraphs: list[int] | None = None):  # type: ignore[no-untyped-def]
    paragraphs = paragraphs or [0] * len(texts)
    return linked_flags(texts, paragraphs, [reading_flags(t) for t in texts])


def test_a_question_and_its_answer_are_linked() -> None:
    flags = _flags(["Why did it fail?", "Because the fuel froze in the night.", "Work goes on."])
    assert flags[0].needs_next and not flags[0].continues
    assert flags[1].continues and flags[1].backward
    assert not flags[2].continues and not flags[2].needs_next


def test_a_quotation_over_sentences_is_linked_until_it_closes() -> None:
    texts = ['She said: "We start now.', "We finish in May.", 'Then we rest," she added.', "Done."]
    flags = _flags(texts)
    assert [g.continues for g in flags] == [False, True, True, False]
    assert all(g.backward for g in flags[1:3])
    # Whole or out: the sentence that opens the quotation cannot stand alone either.
    assert [g.needs_next for g in flags] == [True, True, False, False]


def test_a_quotation_does_not_run_into_the_next_paragraph() -> None:
    flags = _flags(['He said: "We start now.', "The vote is in May."], [0, 1])
    assert not flags[1].continues


def test_whole_quotes_and_apostrophes_do_not_link() -> None:
    flags = _flags(['"We start now," she said.', "The players' union agreed.", "It's done."])
    assert not any(g.needs_next or g.continues for g in flags)


def test_single_quotations_over_sentences_are_linked() -> None:
    # British news quotes with single marks; each passage stays whole.
    texts = [
        "The coach said: 'We have trained all winter.",
        "We are ready for the final,' he told the club's radio.",
        "The final is on Sunday.",
        "'If the rain stops, we will play.",
        "Otherwise we wait.' The board agreed.",
    ]
    assert quoted_passages(texts, [0] * 5) == [(0, 1), (3, 4)]
    flags = _flags(texts)
    assert flags[1].continues and flags[0].needs_next
    assert not flags[2].continues and not flags[2].needs_next
    # Apostrophes, titles and plurals open none.
    others = [
        "The players' union met the club's owner about 'The Big Match ' on TV.",
        "She called the plan 'a mess.'",
        "Fans said it's fine; rock 'n' roll played on.",
        "The Gunners ' defence held.",
        "Nothing else happened.",
    ]
    assert quoted_passages(others, [0] * 5) == []


@pytest.mark.parametrize("count", range(1, 11))
def test_summary_never_splits_a_question_or_a_quotation(count: int) -> None:
    document = Document.from_text(ARTICLE)
    chosen = {s.index for s in summarize(document, "default", SummaryLength(sentences=count))}
    texts = [s.text for s in document.sentences]
    question = texts.index("Why?")
    assert (question in chosen) == (question + 1 in chosen)
    passage = [i for i, t in enumerate(texts) if "landers" in t or "soon." in t or "cheap" in t]
    assert len(passage) == 3
    # The quoted passage is taken whole or not at all.
    assert len(chosen & set(passage)) in (0, 3)


QUOTED = """Town votes on a new bridge

The town council voted on Tuesday to build a new bridge over the river by the end of 2027.
The mayor said: "This bridge will carry ten thousand cars a day across the river. It is long overdue."
Work on the bridge over the river will start in the spring and cost the town 30 million euros.
But the mayor added: "Every car on the bridge is a car out of the old town. We can do it."
Shops in the old town welcomed the vote on the bridge, which they had asked for since 2019.
A group of residents said they would go to court to stop the bridge from being built there.
"""  # noqa: E501


@pytest.mark.parametrize("count", range(1, 9))
def test_a_quotation_is_never_left_open_nor_opens_without_its_antecedent(count: int) -> None:
    document = Document.from_text(QUOTED)
    chosen = {s.index for s in summarize(document, "default", SummaryLength(sentences=count))}
    texts = [s.text for s in document.sentences]
    for opener in (i for i, t in enumerate(texts) if ': "' in t):
        assert (opener in chosen) == (opener + 1 in chosen), (count, sorted(chosen))
    but = next(i for i, t in enumerate(texts) if t.startswith("But"))
    assert but not in chosen or but - 1 in chosen


def test_a_lead_after_a_teaser_question_stands_alone() -> None:
    texts = ["Ever slept on a night train to the sea?", "The rail firm restarted night trains."]
    flags = _flags(texts)
    assert not flags[0].needs_next and not flags[1].continues
    answered = _flags(["Is it worth it?", "Yes, say most of the riders asked."])
    assert answered[0].needs_next and answered[1].continues


UNIT = (
    "The port of Westmouth reopened its north quay after a month of repairs.\n"
    "Fishing boats lined up at dawn to unload the first catch in weeks.\n"
    'But the harbour master warned: "The south quay needs the same work. '
    'It will close in the autumn."\n'
    "Prices at the fish market fell by a fifth on the first morning.\n"
)


def unit_choice(scores: list[float], count: int) -> list[int]:
    """`select` on the UNIT text with the given sentence scores, in article order."""
    model, _ = sumy_document(Document.from_text(UNIT))
    features = build()._features(model)
    assert [g.needs_next for g in features.flags] == [False, False, True, False, False]
    return sorted(select(features, np.array(scores), 0.0, 1.1, count))


def test_a_quoted_passage_is_one_unit_worth_its_mean() -> None:
    # The quotation's opening sentence scores best but the rest of it scores nothing: the unit
    # (with the sentence its "But" points back to) is worth its mean, 1.6 and then 1.5, and
    # loses to the two best single sentences.
    assert unit_choice([0.1, 1.8, 3.0, 0.0, 1.7], 3) == [0, 1, 4]
    # Worth more, it comes whole, with that antecedent even though the antecedent scores low.
    assert unit_choice([0.1, 0.2, 3.0, 2.5, 1.0], 3) == [1, 2, 3]
    # Never the opening sentence without the rest, even when the unit does not fit.
    assert 2 not in unit_choice([0.1, 1.0, 3.0, 2.5, 1.0], 2)


def test_a_bare_quotation_after_its_speaker_goes_with_that_sentence() -> None:
    texts = [
        "The mayor defended the budget on Tuesday.",
        '"We have cut what we could," she told the council.',
        '"There is nothing left to cut."',
        '"Nothing at all."',
    ]
    flags = _flags(texts)
    assert flags[2].backward  # its speaker is named in the sentence before only
    assert not flags[0].backward
    assert flags[1].backward  # "she told the council": her name is in the sentence before
    # One quotation after another: the chain leads back to the named speaker.
    assert flags[3].backward


def test_a_bare_quotation_in_a_new_paragraph_or_after_narration_stands_alone() -> None:
    texts = ['"We have cut what we could," she said.', '"There is nothing left to cut."']
    assert not _flags(texts, [0, 1])[1].backward
    narration = ["The council met for four hours.", '"There is nothing left to cut."']
    assert not _flags(narration)[1].backward


SENATE_ARTICLE = """Senators clash over border funding as shutdown deadline nears

WASHINGTON — Senate leaders traded accusations on Wednesday over a stalled spending bill, with less than a week left before federal agencies run out of money.

Senator Ruth Calloway, the majority leader, accused her opponents of holding the budget hostage. "They want a wall or nothing," she told reporters outside the chamber. "The American people deserve better than a hostage negotiation."

The minority leader, Senator Dale Whitcomb, said his party would not back a bill that cut money for border security. "We have offered a reasonable compromise three times," he said in a statement. "Each time, the answer has been no."

The White House has proposed a $4.2 billion package for border technology and hiring 2,000 new agents. Aides to the president said he would veto any bill that left the money out.

Two moderate senators, Karen Vogel and Tom Aldana, have drafted a stopgap measure that would keep agencies open until March while talks continue. Vogel said the plan had support from at least ten members of each party. "Nobody wins a shutdown," she said.

A vote on the stopgap could come as early as Friday, according to two aides familiar with the schedule.
"""  # noqa: E501


def test_a_summary_never_holds_a_bare_quotation_without_its_speaker() -> None:
    document = Document.from_text(SENATE_ARTICLE)
    for count in (1, 2, 3, 4, 5):
        texts = [s.text for s in summarize(document, "default", SummaryLength(sentences=count))]
        for k, sentence in enumerate(texts):
            if sentence.startswith('"Each time'):
                assert k > 0 and texts[k - 1].startswith('"We have offered'), texts


def test_a_quotation_whose_speaker_is_only_a_pronoun_goes_with_the_sentence_before() -> None:
    texts = [
        "Dr Ada Finch, who ran the trial, said the effect was large.",
        '"We did not expect it," she said.',
        '"The size surprised us," said Finch.',
        '"Nobody saw it coming," he added, "least of all the funders."',
    ]
    flags = _flags(texts)
    assert flags[1].backward and flags[3].backward
    assert not flags[0].backward and not flags[2].backward  # a named speaker stands alone


def test_a_passage_that_ends_on_a_pronoun_speaker_opens_backwards() -> None:
    said = ['"We bake at four.', 'Nothing about it is quick," he said.', "The shop opens at eight."]
    assert [g.backward for g in _flags(said)] == [True, True, False]
    named = ['"We bake at four.', 'Nothing about it is quick," said Hallam.', "It opens at eight."]
    assert not _flags(named)[0].backward  # the passage names its speaker itself


BAKERY = """Bakery owner wins national bread prize

A baker from a small market town has won the national prize for the best sourdough loaf, beating more than 300 entrants from across the country.

The shop belongs to Peter Hallam and his sister.

The judges praised the loaf's crust and its open, even crumb.

"Winning the national sourdough prize is the proudest day of my years as a baker. Every sourdough loaf in the bakery is made by hand, and the prize belongs to the whole town," he said.

The prize comes with a cash award and a year of flour from a mill in the north.

The competition was founded in 1998 and is run by a trade association of millers.

Last year's winner came from a village bakery on the coast.
"""  # noqa: E501


@pytest.mark.parametrize("count", range(1, 8))
def test_a_passage_said_by_he_comes_only_after_he_is_named(count: int) -> None:
    document = Document.from_text(BAKERY)
    texts = [s.text for s in summarize(document, "default", SummaryLength(sentences=count))]
    quoted = [k for k, t in enumerate(texts) if t.startswith('"Winning')]
    # Before, the passage was one unit whose head did not open backwards: at 3 to 6 sentences
    # it came without any sentence naming its speaker.
    assert not quoted or any("Hallam" in t for t in texts[: quoted[0]]), texts
