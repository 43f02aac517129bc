"""Amounts after (or before) a point in a sentence: one scanner for "of up to 500m pounds",
"a discount of up to 25% for carers", "invest another £200m in", "will spend $2 billion to".

An amount is a few lead words ("up to", "about", "another"), then a figure: a run of words that
are numbers or sums ("£35m", "2", "$", "120m"), where some further words may follow the first
("25 per cent", "$3 billion"). Each reader asks with the lead words and further words it accepts:
what may come between "of" and a sum is not what may come between "invest" and one.
`sum_only` asks whether a stretch of words is a sum and nothing else ("will spend £2m and").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.core.facts.nlp.tagger import Token

# Names of currencies written after a figure: "500m pounds".
CURRENCY_WORDS = frozenset("pounds dollars euros yen francs".split())
# Lead words between "of" and a sum: "a buyback of up to 500m pounds", "of about $2bn".
OF_LEADS = frozenset("up to about around nearly almost some roughly more than".split())
# Lead words of an amount a name runs on to: "a discount of up to 25%", "of over £40".
RANGE_LEADS = OF_LEADS | {"over"}
# Lead words of a sum a verb spends: "invest another £20m in", "spend about $3bn on".
SPENT_LEADS = frozenset(
    "about around nearly almost some roughly another an additional extra".split()
)
# At most this many lead words before a figure.
_MOST_LEADS = 3
# Words a sum alone may hold besides its figure: "an extra $40 million", "another £2m".
_SUM_FILLERS = frozenset("a an extra another".split())
# Units written after a sum's number: "£2m", "$40 million".
_UNITS = frozenset("m bn million billion thousand".split())


@dataclass(frozen=True, slots=True)
class Amount:
    """Where an amount's figure lies: `figure` is the index of its first word (after the lead
    words), `end` one past its last; `end == figure` when no figure follows the lead words."""

    figure: int
    end: int


def is_figure(token: Token) -> bool:
    """Whether `token` is a piece of a figure: "$", "£", "2", "billion", "120m", "25%"."""
    return token.tag in {"CD", "$"} or token.text[:1] in "£$€" or token.text[:1].isdigit()


def amount_at(
    tokens: Sequence[Token],
    k: int,
    leads: frozenset[str],
    words: frozenset[str] = frozenset(),
) -> Amount:
    """The amount that starts at `k`: up to three of the lower-cased `leads`, then the figure,
    whose words after the first may also be any of the lower-cased `words` ("per cent",
    "million")."""
    j = k
    while j < len(tokens) and j - k < _MOST_LEADS and tokens[j].text.lower() in leads:
        j += 1
    figure = j
    while j < len(tokens) and (
        is_figure(tokens[j]) or (j > figure and tokens[j].text.lower() in words)
    ):
        j += 1
    return Amount(figure, j)


# Lead words of the amount a change is made by: "cut its staff by up to 500", "by between 7,000
# and 8,000", "by as much as 10%".
_BY_LEADS = RANGE_LEADS | {"between", "as", "much"}
# Words inside such an amount after its first figure: "25 per cent", "27%", "between 700 and 800".
_BY_WORDS = frozenset("% per cent percent and million billion thousand".split())


def by_amount_end(tokens: Sequence[Token], k: int) -> int | None:
    """The end of the amount after "by" at `k` - 1 ("reduce its workforce by between 700 and
    800"), or None when no figure follows; never on a dangling "and"."""
    amount = amount_at(tokens, k, _BY_LEADS, _BY_WORDS)
    end = amount.end
    if end > amount.figure and tokens[end - 1].text.lower() == "and":
        end -= 1  # "by 500 and closed ...": the amount ends before the "and"
    return end if end > amount.figure else None


def figure_start(tokens: Sequence[Token], end: int, words: frozenset[str]) -> int:
    """The index where the run of figure words (or lower-cased `words`) ending just before
    `end` starts: `end` when the word before it is neither ("will spend $2 billion to": the
    index of "$" for the end at "to")."""
    k = end
    while k > 0 and (is_figure(tokens[k - 1]) or tokens[k - 1].text.lower() in words):
        k -= 1
    return k


def sum_only(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Whether `tokens[start:end]` is a sum of money and nothing else ("£2m", "an extra $40
    million"): its words but the fillers ("an", "extra") are figure words or units, the first
    a currency sign. "will spend £2m and plans to ..." coordinates no plans with the sum."""
    words = [t for t in tokens[start:end] if t.text.lower() not in _SUM_FILLERS]
    return (
        bool(words)
        and words[0].text[:1] in "£$€"
        and all(is_figure(t) or t.text.lower() in _UNITS for t in words)
    )


def is_currency(token: Token) -> bool:
    """Whether `token` is or opens with a currency sign: "$", "£35m", "€2bn"."""
    return token.tag == "$" or token.text[:1] in "£$€"


def has_money(tokens: Sequence[Token]) -> bool:
    """Whether the words hold a sum of money rather than a count: a currency sign ("$3bn")."""
    return any(is_currency(t) for t in tokens)
