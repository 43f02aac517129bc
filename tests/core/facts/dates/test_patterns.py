"""The date rules' anchors: written for a fast scan, they find exactly what they were written to."""

from __future__ import annotations

from app.core.facts.dates._patterns import _RULES, RULES, _branches

# Our own sentences, with every anchor word in several cases and some near misses.
TEXT = (
    "Last Week, the week before, WEEK 3: in Spring and spring 2020 and SPRING; this Summer, "
    "late summer, the Fall and a fall; Autumn, autumn; Winter winter. Yesterday, today, "
    "Tomorrow and TONIGHT at midnight. The Quarter, the quarter and a Half; a Year-ago figure, "
    "a year-earlier one, the Decade and decade, the Century, the 1990s, the 'eighties. "
    "Recent, recently, the Past, a past, the Future, in the long term, at a Later date, soon, "
    "Soon. At the End of May, the end, the Beginning, the Start, mid-March, the Middle, the "
    "Turn of the century, Earlier in 2004, later in June. Nineteen eighty-four, two thousand "
    "and six. Christmas, New Year, Q3 2004, H1, FY05, the weekend, Weekend, the fiscal year, "
    "that Day, that morning, 12/10/2004, 2004-05, Monday, MONDAY, Sept. 4, 4 Sept."
)


def test_the_fast_anchors_find_the_same_spans_as_the_anchors_as_written() -> None:
    compared = 0
    for (name, written, _, _), (_, fast, _, _) in zip(_RULES, RULES, strict=True):
        found = [m.span() for m in written.finditer(TEXT)]
        assert [m.span() for m in fast.finditer(TEXT)] == found, name
        compared += bool(found)
    assert compared >= 20  # the text exercises nearly every anchor


def test_anchors_are_split_at_their_top_level_bars_only() -> None:
    assert _branches(r"[Ww]eek|to(?:day|night)|a\|b|[|x]") == [
        "[Ww]eek",
        "to(?:day|night)",
        r"a\|b",
        "[|x]",
    ]


def test_a_relative_unit_is_looked_for_only_in_windows_holding_a_relative_word(
    monkeypatch,
) -> None:
    import datetime

    from app.core.facts.dates import _extract

    tried: list[str] = []

    class Counted:
        def __init__(self, pattern):
            self.pattern = pattern

        def finditer(self, text: str, lo: int, hi: int):
            tried.append(text[lo:hi])
            return self.pattern.finditer(text, lo, hi)

    rules = [
        (name, anchor, Counted(pattern) if name == "relative_unit" else pattern, handler)
        for name, anchor, pattern, handler in RULES
    ]
    monkeypatch.setattr(_extract, "RULES", rules)
    day = datetime.date(2026, 12, 7)
    text = "The ferry has run for 40 years and carries 300 people a week."
    assert _extract.scan(text, reference_date=day) == []
    assert tried == []  # "years", "week" but no "last", "next", "this" ...: not tried
    text = "Last year the ferry ran at a loss and it will stop next month."
    found = [(text[f.start : f.end], f.value) for f in _extract.scan(text, reference_date=day)]
    assert found == [("Last year", "2025"), ("next month", "2027-01")]
    assert tried
    tried.clear()
    # Beyond ASCII the pattern decides: re matches "thiſ" (long s) as "this" ignoring case.
    text = "The ferry carried more people thiſ year."
    assert [f.value for f in _extract.scan(text, reference_date=day)] == ["2026"]
    assert tried
