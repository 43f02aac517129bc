"""The initiatives' whole-text patterns (who leads or speaks for a body) and the checks for
"you" open on a letter the engine can skip ahead to, with the same matches as their "\\b" and
case-blind forms (speed, round 43b; the skipping test fails on 0fc0fa7). Sentences are our
own."""

from __future__ import annotations

import re
from re import _compiler, _parser  # the engine's own reading of where a pattern may start

import pytest

from app.core.facts.initiatives import _actor, _extract

_PATTERNS = [
    _actor._BODY_ROLE_NAME,
    _actor._NAME_ROLE_OF_BODY,
    _actor._SPOKES_BEFORE,
    _actor._SPOKES_AFTER,
    _extract._YOU,
    _extract._SECOND_PERSON,
]


def _skips_ahead(pattern: re.Pattern[str]) -> bool:
    """Whether the engine knows the characters a match can open on (a literal or a set)."""
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    return bool(
        _compiler._get_literal_prefix(parsed, pattern.flags)[0]
        or _compiler._get_charset_prefix(parsed, pattern.flags)
    )


@pytest.mark.parametrize("pattern", _PATTERNS, ids=lambda p: p.pattern[:24])
def test_each_pattern_skips_ahead(pattern: re.Pattern[str]) -> None:
    assert _skips_ahead(pattern)


def test_guard_leaders_and_spokespeople_as_before() -> None:
    text = (
        "Marlow Rail chief executive Ida Brandt said the line would reopen. Sarah Vale, head of "
        "Tessel Foods, agreed. SPOKESWOMAN Dana Pike declined to comment, and ſpokesman Ivo "
        "Lund said little. Ula Marsh, a senior spokesperson, did. xMarlow boss Ian Hale did not."
    )
    assert _actor.affiliations(text) == {
        "Ida Brandt": "Marlow Rail",
        "Sarah Vale": "Tessel Foods",
    }
    assert _actor.spokespeople(text) == {"Dana Pike", "Ivo Lund", "Ula Marsh"}


def test_guard_you_as_a_word_in_any_case() -> None:
    assert _extract._YOU.search("Then YOU pay") and _extract._YOU.search("you")
    assert not _extract._YOU.search("bayou youth _you you_")
    assert _extract._SECOND_PERSON.search("Mind YOURSELF") and _extract._SECOND_PERSON.search(
        "ask Yours"
    )
    assert not _extract._SECOND_PERSON.search("Yourselves and byour")
