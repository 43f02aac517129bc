"""Datelines: the place and agency a paragraph opens with, and nothing more."""

from __future__ import annotations

from app.core.datelines import dateline_prefix


def test_dateline_prefix_covers_the_place_and_agency_only() -> None:
    text = "BERGEN (Wire) - The ferry line opened on Monday."
    assert text[: dateline_prefix(text)] == "BERGEN (Wire) - "
    assert dateline_prefix("Ana said - quietly - that it was over.") == 0


def test_a_sites_domain_opening_a_paragraph_is_a_dateline() -> None:
    text = "Harbournews.net - Ferry crews voted on Monday to accept the offer."
    assert text[: dateline_prefix(text)] == "Harbournews.net - "
    assert dateline_prefix("Example.com is a site that sells boats.") == 0


def test_an_agency_alone_in_brackets_opens_a_dateline_in_any_of_its_names() -> None:
    for agency in ("AP", "UPI", "Associated Press", "Agence France-Presse"):
        text = f"({agency}) - Ferry crews voted on Monday."
        assert text[: dateline_prefix(text)] == f"({agency}) - "
    assert dateline_prefix("(Harbour crews) - voted on Monday.") == 0
