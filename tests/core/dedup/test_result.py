"""The result type of duplicate removal: its removals and the offset map, built by hand here."""

from __future__ import annotations

import pytest

from app.core.dedup._result import DedupResult, Reason, Removal, keep_all

KEPT = "The ferry runs at noon.\n"
COPY = "The ferry runs at noon.\n"
TAIL = "Tickets cost two pounds.\n"
ORIGINAL = KEPT + COPY + TAIL


def _without_the_copy() -> DedupResult:
    start = len(KEPT)
    removal = Removal(
        start, start + len(COPY), COPY, Reason.REPEAT, (0, len(KEPT)), "repeat of paragraph 1"
    )
    return DedupResult(ORIGINAL, KEPT + TAIL, (removal,))


def test_the_kept_spans_are_what_the_removals_leave() -> None:
    result = _without_the_copy()
    assert result.kept == ((0, len(KEPT)), (len(KEPT + COPY), len(ORIGINAL)))
    assert "".join(ORIGINAL[a:b] for a, b in result.kept) == result.text


def test_a_cleaned_offset_maps_past_the_removal() -> None:
    result = _without_the_copy()
    tail = result.text.index("Tickets")
    assert result.to_original(tail) == ORIGINAL.index("Tickets")
    assert result.to_original(3) == 3
    assert result.to_original(len(result.text)) == len(ORIGINAL)
    with pytest.raises(IndexError):
        result.to_original(len(result.text) + 1)


def test_an_end_offset_does_not_jump_over_the_removal_after_it() -> None:
    result = _without_the_copy()
    end = len("The ferry runs at noon.")
    assert result.to_original_end(end) == end
    assert result.to_original_span(0, end) == (0, end)
    assert result.to_original_end(0) == 0


def test_a_span_across_the_removal_is_two_original_pieces() -> None:
    result = _without_the_copy()
    start, end = result.text.index("noon"), result.text.index("two")
    pieces = result.original_pieces(start, end)
    assert len(pieces) == 2
    assert "".join(ORIGINAL[a:b] for a, b in pieces) == result.text[start:end]


def test_keep_all_removes_nothing_and_maps_every_offset_to_itself() -> None:
    result = keep_all(ORIGINAL)
    assert result.text == ORIGINAL and result.removed == ()
    assert result.kept == ((0, len(ORIGINAL)),)
    assert [result.to_original(i) for i in range(5)] == [0, 1, 2, 3, 4]


def test_a_reason_is_the_string_the_json_says() -> None:
    assert Reason.REPEAT == "repeat" and Reason.PULL_QUOTE == "pull-quote"
    assert str(Reason.TEASER) == "teaser"
