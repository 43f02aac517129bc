import re

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from app.core.formats.reflow import reflow_lines, reflow_text, wrap_width

PARAGRAPH_ONE = (
    "The harbour board met on Tuesday evening to settle the question of the new breakwater, "
    "which fishermen have asked for since the storm of the previous winter tore away half of "
    "the old stone pier and left the inner moorings open to the swell."
)
PARAGRAPH_TWO = (
    "Engineers presented three designs. The cheapest would reuse the fallen stone, while the "
    "dearest would add a concrete apron and a lamp at the end for boats coming home after dark."
)


def wrap(paragraph: str, width: int = 70) -> list[str]:
    lines, line = [], ""
    for word in paragraph.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return [*lines, line]


def wrapped_text(width: int = 70) -> str:
    return "\n".join(
        ["Harbour news", "", *wrap(PARAGRAPH_ONE, width), "", *wrap(PARAGRAPH_TWO, width)]
    )


def test_hard_wrapped_text_is_reflowed_into_one_line_per_paragraph():
    assert reflow_text(wrapped_text()).split("\n") == [
        "Harbour news",
        "",
        PARAGRAPH_ONE,
        "",
        PARAGRAPH_TWO,
    ]


def test_every_common_wrap_width_is_detected():
    for width in (60, 64, 72, 76, 80):
        assert wrap_width(wrapped_text(width).split("\n")) is not None, width
        assert PARAGRAPH_ONE in reflow_text(wrapped_text(width))


def test_one_paragraph_per_line_is_kept_as_written():
    text = f"Harbour news\n{PARAGRAPH_ONE}\n{PARAGRAPH_TWO}\n"
    assert reflow_text(text) == text


def test_short_lines_such_as_a_poem_or_list_are_kept():
    poem = "Roses are red,\nviolets are blue,\nthe pier is broken\nand the boats are too.\n"
    assert reflow_text(poem) == poem


def test_list_items_and_short_sentence_ends_keep_their_breaks():
    lines = [*wrap(PARAGRAPH_ONE), "- first item of a list", "- second item", *wrap(PARAGRAPH_TWO)]
    out = reflow_lines(lines, 70)
    assert out == [PARAGRAPH_ONE, "- first item of a list", "- second item", PARAGRAPH_TWO]


def test_a_wrapped_text_with_a_list_is_still_read_as_wrapped():
    items = ["- a new breakwater by May", "- a lamp at the pier's end", "- a slipway", "- a crane"]
    intro = "The board listed its plans:"
    text = "\n".join(["Harbour news", "", *wrap(PARAGRAPH_ONE), "", intro, *items])
    text += "\n\n" + "\n".join(wrap(PARAGRAPH_TWO))
    assert reflow_text(text).split("\n") == [
        "Harbour news", "", PARAGRAPH_ONE, "", intro, *items, "", PARAGRAPH_TWO
    ]  # fmt: skip


def test_hyphens_at_line_ends_are_kept_in_plain_text_and_dropped_for_typeset_text():
    lines = ["a well-", "known harbour"]
    assert reflow_lines(lines, 70) == ["a well-known harbour"]
    assert reflow_lines(["the break-", "water was built"], 70, drop_hyphens=True) == [
        "the breakwater was built"
    ]


def test_plain_text_drops_a_line_end_hyphen_only_on_evidence():
    # The word written whole elsewhere, or an ending that is no word: a typesetter's hyphen.
    lines = [
        "The ferry company said it would retire two of its four ves-",
        "sels next year and sell the old terminal to the council, while",
        "the new vessels would be built at a yard in the north. The re-",
        "fit of the harbour office will go ahead as planned, it said, and a",
        "long-",
        "term lease on the quay will be signed with the harbour trust.",
    ]
    assert reflow_lines(lines, 70, written={"vessels", "refit", "the"}) == [
        "The ferry company said it would retire two of its four vessels next year and sell "
        "the old terminal to the council, while the new vessels would be built at a yard in "
        "the north. The refit of the harbour office will go ahead as planned, it said, and a "
        "long-term lease on the quay will be signed with the harbour trust."
    ]
    assert reflow_lines(["the old branch-", "es were sold"], 70) == ["the old branches were sold"]
    # A hyphenated word broken at its second hyphen is joined where the line broke.
    assert reflow_lines(["a well-estab-", "lished firm"], 70, written={"well-established"}) == [
        "a well-established firm"
    ]
    # Written with its hyphen elsewhere: a compound, even if also written whole.
    assert reflow_lines(["a re-", "fit"], 70, written={"re-fit", "refit"}) == ["a re-fit"]


def test_wrapped_plain_text_loses_its_typesetters_hyphens():
    text = "\n".join(
        [
            "The ferry company said it would retire two of its four ves-",
            "sels next year and sell the old terminal to the council, while",
            "the new vessels would be built at a yard in the north of the",
            "county, and a long-",
            "term lease on the quay will be signed with the harbour trust.",
        ]
    )
    assert reflow_text(text) == (
        "The ferry company said it would retire two of its four vessels next year and sell "
        "the old terminal to the council, while the new vessels would be built at a yard in "
        "the north of the county, and a long-term lease on the quay will be signed with the "
        "harbour trust."
    )


def test_reflow_is_idempotent():
    once = reflow_text(wrapped_text())
    assert reflow_text(once) == once


# Lines of words and punctuation, wrapped or not, with blank lines between some of them.
LINES = st.lists(
    st.one_of(
        st.just(""),
        st.text(alphabet="abc xyz.-!?\t", max_size=90),
        st.lists(
            st.sampled_from(["harbour", "pier", "boat", "a", "the", "well-"]), max_size=16
        ).map(" ".join),
    ),
    max_size=30,
)


@settings(max_examples=200, deadline=None)
@given(LINES)
def test_reflow_keeps_every_character_but_whitespace_and_is_idempotent(lines):
    text = "\n".join(lines)
    once = reflow_text(text)
    assert _only_line_end_hyphens_gone(text, once)
    assert reflow_text(once) == once


def _only_line_end_hyphens_gone(text: str, reflowed: str) -> bool:
    """Whether `reflowed` has `text`'s characters but whitespace, less some line-end hyphens."""
    before = re.sub(r"-[ \t]*\n", "\x00", text)  # a hyphen that ends a line, marked
    before, after = "".join(before.split()), "".join(reflowed.split())
    kept_all = before.replace("\x00", "-")
    pattern = "".join("-?" if ch == "\x00" else re.escape(ch) for ch in before)
    return after == kept_all or re.fullmatch(pattern, after) is not None


@st.composite
def wrapped_paragraphs(draw):
    width = draw(st.integers(55, 80))
    # At least three lines per paragraph: fewer is too little evidence of wrapping to act on.
    words = st.sampled_from(["harbour", "pier", "boats", "storm.", "well-", "Next"])
    paragraphs = draw(st.lists(st.lists(words, min_size=45, max_size=80), min_size=2, max_size=5))
    lines = []
    for paragraph in paragraphs:
        lines += [*wrap(" ".join(paragraph), width), ""]
    return "\n".join(lines), paragraphs


@settings(max_examples=100, deadline=None)
@given(wrapped_paragraphs())
def test_wrapped_paragraphs_come_back_one_per_line(case):
    text, paragraphs = case
    # Prose: few lines end a sentence (text with most lines ending one is not re-flowed).
    lines = [line for line in text.split("\n") if line]
    assume(sum(line.endswith(".") for line in lines) <= 0.3 * len(lines))
    once = reflow_text(text)
    assert "".join(once.split()) == "".join(text.split())
    assert reflow_text(once) == once
    blocks = [block for block in once.split("\n\n") if block.strip()]
    assert ["".join(block.split()) for block in blocks] == ["".join(p) for p in paragraphs]
    assert max(len(line) for line in once.split("\n")) > max(len(line) for line in text.split("\n"))


def test_quoted_email_lines_reflow_among_themselves():
    quoted = ["> " + line for line in wrap(PARAGRAPH_TWO, 68)]
    text = "\n".join(["On Monday Sam wrote:", *quoted, ">", *wrap(PARAGRAPH_ONE, 70), "", "Sam"])
    lines = [*wrap(PARAGRAPH_ONE, 70), *wrap(PARAGRAPH_TWO, 70)]  # enough lines to look wrapped
    text = "\n".join(lines) + "\n\n" + text
    out = reflow_text(text).split("\n")
    assert "> " + PARAGRAPH_TWO in out
    assert PARAGRAPH_ONE in out


def test_one_sentence_per_line_of_wrap_like_length_is_not_taken_for_wrapped():
    lines = [
        "The harbour board met on Tuesday evening to settle the breakwater question.",
        "Fishermen have asked for a new breakwater since the storm of last winter.",
        "The storm tore away half of the old stone pier and opened the moorings.",
        "Engineers presented three designs to the board and to the public gallery.",
        "The cheapest design would reuse the fallen stone from the old stone pier.",
        "A vote is expected at the next meeting of the board in the spring of the year.",
    ]
    text = "\n".join(lines)
    assert wrap_width(lines) is None
    assert reflow_text(text) == text


def test_a_short_heading_over_its_paragraph_keeps_its_line():
    body = (
        "The town of Brackley opened a new library wing on Monday, and the council said the\n"
        "building will stay open until nine every weekday evening from the start of next month,\n"
        "with a reading room and a children's corner paid for by a local trust and volunteers.\n"
    )
    text = "Town opens new library wing\n" + body + "Opening hours\n" + body
    lines = reflow_text(text).split("\n")
    assert lines[0] == "Town opens new library wing"
    assert lines[1].startswith("The town of Brackley") and lines[1].endswith("volunteers.")
    assert lines[2] == "Opening hours"


def test_a_short_line_that_does_not_read_as_a_heading_is_still_joined():
    text = (
        "The council met on Monday to discuss the plans for the new library wing, and after a\n"
        "long debate it voted to approve the budget of two million pounds for the building and\n"
        "the new reading room, with the work to start in the spring and end in the autumn of\n"
        "next year, the mayor said.\n"
    )
    assert reflow_text(text).count("\n") == 1  # one paragraph (and the final newline)


WRAPPED_FROM_A_FRAGMENT = """Harwick councillors Ana Ruiz and
Tom Lee voted against the ferry plan on Monday night, saying that the cost of
the new quay had doubled in a year and that nobody had asked the islanders.

The mayor said the plan would go ahead in spring whatever the vote, because the
money had been promised by the regional government and could not be moved.

A public meeting about the quay will be held in the school hall next week, the
council said, and anyone who lives on the island will be allowed to speak.
"""


def test_a_short_first_line_that_ends_mid_phrase_is_joined_when_wrapped():
    text = reflow_text(WRAPPED_FROM_A_FRAGMENT)
    assert text.startswith("Harwick councillors Ana Ruiz and Tom Lee voted against")


def test_a_broken_first_line_is_joined_in_text_that_is_not_wrapped():
    text = "Harwick councillors Ana Ruiz and\nTom Lee voted against the plan.\nThe mayor did not."
    assert reflow_text(text) == (
        "Harwick councillors Ana Ruiz and Tom Lee voted against the plan.\nThe mayor did not."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Dear Ms Hart,\nThank you for your letter.\nYours, Tom",
        "Ferry plan approved\nThe council approved the plan.\nMore follows.",
    ],
)
def test_a_greeting_or_headline_first_line_is_kept(text):
    assert reflow_text(text) == text


def test_joining_a_broken_first_line_leaves_nothing_for_a_second_reflow():
    # The first paragraph's short lines are joined as a broken first line; the second
    # paragraph then looks wrapped on its own, so it is re-flowed in the same call.
    text = (
        "well- a harbour harbour a\nboat a a\npier\npier pier\n"
        "the harbour pier the boat the pier harbour\n\n"
        "harbour boat the well- a harbour pier the a the pier a\n"
        "boat boat boat boat harbour well- boat well- the\n"
        "pier a boat well- pier harbour boat boat\n!"
    )
    once = reflow_text(text)
    assert reflow_text(once) == once
    assert once.count("\n") < text.count("\n") - 5


def test_a_timestamp_or_byline_under_a_wrapped_headline_stays_a_line_of_its_own():
    # Round 35: at a narrow wrap the headline is no "short" line, and "Updated ..." was joined
    # to it: the title read "... on Quay Street Updated 09:15, 3 March 2026" and the page's
    # date was lost.
    text = (
        "Ferry company adds late sailing on Quay Street\n"
        "Updated 09:15, 3 March 2026\n"
        "\n"
        "By Ana Ruiz\n"
        "\n"
        "The ferry company will add a late sailing from the\n"
        "harbour to the island on Fridays from April, after\n"
        "a petition signed by more than two thousand people\n"
        "who work late shifts in the town.\n"
    )
    lines = reflow_text(text).split("\n")
    assert lines[:2] == [
        "Ferry company adds late sailing on Quay Street",
        "Updated 09:15, 3 March 2026",
    ]
    assert "By Ana Ruiz" in lines
    assert any(
        line.startswith("The ferry company will add a late sailing from the harbour")
        for line in lines
    )
