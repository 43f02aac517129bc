"""Scanning a long text a piece at a time gives exactly the matches of one scan."""

import itertools
import re

import pytest

from app.core.facts.nlp.pieces import finditer_in_pieces

WORDS = re.compile(r"\b([A-Z]\w+(?:\s[A-Z]\w+)*),\s+a\s+spokesman\b")


def spans(matches):
    return [(m.span(), m.groups()) for m in matches]


TEXT = (
    "Ann Lee, a spokesman for the firm. Bo Ray,\na spokesman.X Yu, a spokesman"
    " said so. Nobody, a spokesmanship. Al Bo Cy,  a spokesman. Dee, a spokesman"
)


@pytest.mark.parametrize("size", [1, 2, 5, 13, 40, 10_000])
def test_same_matches_as_one_scan_whatever_the_piece_size(size):
    assert spans(finditer_in_pieces(WORDS, TEXT, size=size)) == spans(WORDS.finditer(TEXT))


def test_a_word_boundary_at_a_piece_start_reads_the_character_before_it():
    # "X Yu" follows a "." directly: a piece starts there, and `\b` must still see the "."
    # (a sliced piece would agree by accident; "aX Yu" must not match as "X Yu").
    text = "Ab.X Yu, a spokesman. zaX Yu, a spokesman"
    pattern = re.compile(r"(?<=a)X Yu, a spokesman")
    expected = spans(pattern.finditer(text))
    assert expected  # the look-behind at "zaX" matches
    for size in range(1, 12):
        assert spans(finditer_in_pieces(pattern, text, size=size)) == expected


def test_pieces_are_bounded_by_the_size_and_end_after_a_cut():
    calls = []

    class Recording:
        def finditer(self, text, pos, endpos):
            calls.append((pos, endpos))
            return WORDS.finditer(text, pos, endpos)

    text = "Word after word. " * 2_000
    list(finditer_in_pieces(Recording(), text, size=1_000))
    assert calls[0][0] == 0 and calls[-1][1] == len(text)
    assert all(end == start for (_, end), (start, _) in itertools.pairwise(calls))
    assert all(end - start <= 1_000 + len("Word after word. ") for start, end in calls)
    assert all(text[end - 1] == "." for _, end in calls[:-1])
