"""Re-wrapped repeats and pull-quotes: removed with their reason, the full copy kept."""

from __future__ import annotations

import json

from app.core.dedup import Reason, remove_duplicates

PARAGRAPH = (
    "The harbour town opened a solar ferry line on Monday, linking its port to the island "
    "of Carrow for the first time in eleven years."
)
QUOTED = '"We will never go back to diesel boats on this route," said the mayor, Ana Ruiz.'
OTHER = "Islanders have waited ten years for a cleaner and faster ferry to the harbour."
CONTROL = "Tickets for the new line go on sale at the harbour office from next week."


def removed_besides_a_control(text: str) -> tuple[object, ...]:
    """What is removed from `text` besides a plain repeat added at its end (which must go, so a
    check that nothing else goes cannot pass with duplicate removal switched off)."""
    result = remove_duplicates(f"{text.rstrip()}\n{CONTROL}\n{CONTROL}\n")
    assert result.removed and result.removed[-1].text.strip() == CONTROL
    return tuple(result.removed[:-1])


def test_paragraph_repeated_hard_wrapped_is_removed() -> None:
    wrapped = (
        "The harbour town opened a solar ferry line on Monday, linking its port\n"
        "to the island of Carrow for the first time in eleven years."
    )
    text = f"Ferry line opens\n\n{PARAGRAPH}\n{OTHER}\n{wrapped}\n"
    result = remove_duplicates(text)
    assert result.text == f"Ferry line opens\n\n{PARAGRAPH}\n{OTHER}\n"
    assert {r.reason for r in result.removed} == {Reason.REWRAPPED}
    assert all("paragraph 1" in r.detail for r in result.removed)


def test_hard_wrapped_paragraph_repeated_on_one_line_is_removed() -> None:
    wrapped = (
        "The harbour town opened a solar ferry line on Monday,\n"
        "linking its port to the island of Carrow\n"
        "for the first time in eleven years."
    )
    text = f"{wrapped}\n\n{OTHER}\n\n{PARAGRAPH}\n"
    result = remove_duplicates(text)
    assert result.text.rstrip("\n") == f"{wrapped}\n\n{OTHER}"
    assert [r.reason for r in result.removed] == [Reason.REWRAPPED]


def test_lines_that_only_share_a_start_are_kept() -> None:
    changed = PARAGRAPH.replace("eleven", "twelve")
    text = f"{PARAGRAPH}\n{OTHER}\n{changed[:70]}\n{changed[70:]}\n"
    assert removed_besides_a_control(text) == ()


def test_pull_quote_is_removed_and_the_paragraph_kept() -> None:
    pull = "We will never go back to diesel boats on this route - Ana Ruiz"
    text = f"Ferry line opens\n{PARAGRAPH}\n{pull}\n{QUOTED}\n{OTHER}\n"
    result = remove_duplicates(text)
    assert result.text == f"Ferry line opens\n{PARAGRAPH}\n{QUOTED}\n{OTHER}\n"
    (removal,) = result.removed
    assert removal.reason == Reason.PULL_QUOTE == "pull-quote"
    assert removal.detail == "pull-quote of paragraph 2"
    # The reason serialises as the plain string.
    assert json.loads(json.dumps({"reason": removal.reason})) == {"reason": "pull-quote"}


def test_pull_quote_of_a_sentence_inside_a_paragraph() -> None:
    pull = "“The crossing takes twenty minutes in calm weather.”"
    text = f"{PARAGRAPH} The crossing takes twenty minutes in calm weather.\n{pull}\n{OTHER}\n"
    result = remove_duplicates(text)
    assert [r.reason for r in result.removed] == [Reason.PULL_QUOTE]
    assert pull not in result.text


def test_a_headline_inside_the_first_paragraph_is_no_pull_quote() -> None:
    title = "Harbour town opened a solar ferry line on Monday"
    text = f"{title}\n{PARAGRAPH}\n{OTHER}\n"
    assert removed_besides_a_control(text) == ()


def test_a_clause_or_a_cut_off_copy_is_no_pull_quote() -> None:
    clause = "Linking its port to the island of Carrow for the first time in eleven years."
    assert removed_besides_a_control(f"{PARAGRAPH}\n{clause}\n{OTHER}\n") == ()
    teaser = f"{PARAGRAPH} {OTHER[:40]}..."
    result = remove_duplicates(f"{teaser}\n{PARAGRAPH}\n")
    assert PARAGRAPH in result.text.splitlines()


def test_short_or_different_lines_are_no_pull_quotes() -> None:
    text = f"{PARAGRAPH}\nSolar ferry line\n{OTHER}\nThe harbour town opened a wind farm.\n"
    assert removed_besides_a_control(text) == ()


def test_a_teasers_paragraph_is_not_taken_for_a_pull_quote() -> None:
    # Found by the teaser property test: the middle line is both the teaser's second paragraph
    # and the opening of the line after it; removing it as a pull-quote left the teaser's
    # report pointing at a paragraph that was gone.
    text = "the the the\nthe the the the “new” “new”\nthe the the the “new” “new” the\n"
    teaser = "the the the the the the the “new”..."
    result = remove_duplicates(teaser + "\n" + text)
    assert result.text.split("\n")[:3] == text.split("\n")[:3]
    assert all(r.reason != Reason.PULL_QUOTE for r in result.removed)


def test_a_rewrapped_repeat_whose_copy_a_teaser_took_is_left_for_the_next_pass() -> None:
    # Found by the idempotence property test: lines 3-4 repeat lines 1-2 with other breaks, but
    # line 2 is itself a teaser and goes; the repeat must not point at a removed paragraph.
    text = (
        "the\nthe the the the ... the\nthe the the the ...\nthe the the the ...\n"
        "the the the the ... the the the the the ..."
    )
    result = remove_duplicates(text)
    assert result.removed
    assert all(result.original[r.start : r.end] == r.text for r in result.removed)
    assert remove_duplicates(result.text).removed == ()


def test_a_pull_quote_is_found_however_many_paragraphs_share_its_opening() -> None:
    # Forty paragraphs open like the pull-quote; only the last one holds it.
    others = [f"The ferry line said on day {n} that crossings ran late." for n in range(40)]
    source = "The ferry line said on Monday that fares will fall by a tenth. Crews agreed."
    pull = "The ferry line said on Monday that fares will fall by a tenth."
    text = "Ferry line opens\n" + "\n".join([*others, source, pull]) + "\n"
    result = remove_duplicates(text)
    assert [r.reason for r in result.removed] == [Reason.PULL_QUOTE]
    assert result.removed[0].text.strip() == pull
    assert source in result.text


def test_a_pull_quote_of_a_pull_quote_goes_with_the_longest_copy_kept() -> None:
    whole = "Fares will fall by a tenth in May. Crews agreed to the plan at once. Ana smiled."
    middle = "Fares will fall by a tenth in May. Crews agreed to the plan at once."
    short = "Fares will fall by a tenth in May."
    text = f"Ferry line opens\n{PARAGRAPH}\n{short}\n{whole}\n{middle}\n{OTHER}\n"
    result = remove_duplicates(text)
    assert sorted(r.text.strip() for r in result.removed) == sorted([short, middle])
    assert whole in result.text


def test_a_line_is_folded_once_across_passes(monkeypatch):
    from app.core.dedup import _rewrap

    # The text loses a repeat in the first pass, so a second pass reads the same lines again.
    line = "The ferry to Kesmark leaves twice a day from the north pier, said the harbour master."
    quote = "The ferry to Kesmark leaves twice a day."
    text = "Ferries\n" + "\n".join([line, "Timetables change in May.", quote, line]) + "\n"
    _rewrap._words.cache_clear()
    remove_duplicates(text)
    info = _rewrap._words.cache_info()
    assert info.hits > 0
    assert info.misses <= len(set(text.splitlines()))


def test_a_paragraph_an_updated_copy_extends_is_a_contained_repeat_not_a_pull_quote() -> None:
    short = "The pier reopened on Friday. Its owner thanked the volunteers who repaired it."
    longer = f"{short} A ferry will call there again from June, Mr. Ruiz said."
    text = f"Pier news\n\n{short}\n\nThe town council met on Monday.\n\n{longer}\n"
    result = remove_duplicates(text)
    [removal] = result.removed
    assert removal.reason == Reason.CONTAINED == "contained-repeat"
    assert removal.detail == "repeated whole inside paragraph 2", removal.detail
    assert longer in result.text
    # One sentence again on a line of its own is still a pull-quote, an abbreviation or not.
    quote = '"Mr. Ruiz kept his word on the pier," said one volunteer.'
    text = f"Pier news\n\nThe pier reopened. {quote} Boats came back.\n\n{quote}\n"
    assert [r.reason for r in remove_duplicates(text).removed] == [Reason.PULL_QUOTE]
