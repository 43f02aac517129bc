"""The Dates group shows readable dates, not TIMEX3 codes; the codes stay in the tooltip.

QA found raw forms ("--09-30", "2027-SU", "2026-Q2", "199X") in the detail column.
"""

from __future__ import annotations

import re

_RAW_TIMEX = re.compile(
    r"^(--\d\d-\d\d|\d{4}-(\d\d|Q\d|H\d|SP|SU|FA|WI|W\d+.*)|\d{3}X|[A-Z]+_REF)$"
)


def _date_rows(window):  # type: ignore[no-untyped-def]
    return [i for i in window.facts_view.fact_items() if i.parent().text(0).startswith("Dates")]


def test_dates_read_as_words_and_keep_the_raw_value_in_the_tooltip(loaded):
    rows = {item.text(0): item for item in _date_rows(loaded)}
    # The library article says "in the spring of 2027" and "in March 2026".
    spring, march = rows["the spring of 2027"], rows["March 2026"]
    assert spring.text(1) == "spring 2027"
    assert march.text(1) == "March 2026"
    assert "spring 2027 (2027-SP, 2027)" in spring.toolTip(1)
    assert "March 2026 (2026-03)" in march.toolTip(1)
    assert not [i.text(1) for i in rows.values() if _RAW_TIMEX.match(i.text(1))]
