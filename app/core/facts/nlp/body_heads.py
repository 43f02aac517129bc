"""Which description may stand for which body: "the regulator" for the "Civil Aviation
Authority", never for "Southvale Water"; "the club" for no league, "the union" for no body
whose name lacks "union"; "the newspaper" for a name that says it is one ("The Harbour Post").

Read from a body's name and what the article described it as; `may_name(head, name)` answers for
one pair, and `organisations.Organisations` uses the same word lists to find the body "the
<head>" stands for.
"""

from __future__ import annotations

from collections.abc import Collection

from app.core.facts.nlp.lexicon import firm_endings

# Organisation nouns that are part of names ("the Ministry of Defence" -> "the ministry").
NAMED_HEADS = frozenset(
    """ministry department council bank party commission trust foundation society university
    college hospital museum league union""".split()
)
# Of those, the ones a body's name always holds: "the council" is no body named without
# "council", even one the article made a subject ("Police Scotland said ... the council will"),
# where "Labour said ... the party" and "Barclays said ... the bank" are.
NAMED_ONLY = frozenset(
    "ministry department council university college hospital museum union".split()
)
# "the newspaper" is a body whose name says it is one ("The Harbour Post"), not any body named
# last (a lobby group the paper wrote about); one introduced as "the newspaper, X," is found
# before this look-up.
PRESS_HEADS = frozenset({"newspaper", "paper"})
PRESS_NAMES = frozenset(
    """times post journal herald gazette news tribune telegraph guardian mail star sun chronicle
    daily observer independent express mirror globe examiner inquirer record standard courier
    bulletin dispatch press review weekly magazine monitor register sentinel ledger""".split()
)


# Words that say what kind of body a name names ("Premier League", "University of Leeds"): such a
# body is "the <noun>" only for its own kind ("the club" is no league, "the firm" no university).
# Each kind maps to the nouns that may stand for it ("the group" for the "Tenants League"); "the
# body"/"the organisation" stand for any.
_KIND_NOUNS: dict[str, frozenset[str]] = {
    kind: frozenset(nouns.split())
    for kind, nouns in {
        "league": "league group",
        "university": "university college school institution",
        "college": "college school institution",
        "school": "school college",
        "hospital": "hospital trust",
        "hospice": "hospice charity",
        "court": "court",
        "museum": "museum gallery institution",
        "church": "church",
        "union": "union group",
        "association": "association group union",
        "party": "party",
        "club": "club team side group",
        "council": "council authority",
        "ministry": "ministry department government",
        "department": "department ministry government agency",
        "parliament": "parliament",
        "congress": "congress",
        "senate": "senate",
        "airport": "airport",
        "board": "board authority",
        "charity": "charity group trust foundation",
    }.items()
}
_ANY_BODY = frozenset({"body", "organisation", "organization", "institution"})
# Descriptions said only of a body whose name or description says it is of their kind: "the
# regulator" / "the watchdog" of the "Civil Aviation Authority" or of "Ofwat, the water
# regulator,", never a firm or charity named since; "the authority" of a council named before
# the bodies the sentences between named. "Office" says so opening a name ("Office for
# Students") or closing one of three words or more ("National Audit Office"), not a department's
# or a firm's of two ("Home Office", "Post Office").
_REGULATOR_WORDS = frozenset(
    "regulator watchdog authority commission commissioner ombudsman agency inspectorate".split()
)
_SAID_OF: dict[str, frozenset[str]] = {
    "regulator": _REGULATOR_WORDS,
    "watchdog": _REGULATOR_WORDS,
    "authority": frozenset("authority council board".split()),
    # "the government" is a government, a ministry or a department, never a news agency or a
    # firm named last ("... IRNA said. '...,' the government said").
    "government": frozenset(
        "government ministry department administration cabinet executive treasury".split()
    ),
}
# Of those, the ones no body named otherwise may be ("the regulator" is no water firm).
SAID_ONLY = frozenset({"regulator", "watchdog", "government", "authority"})


def says(head: str, name: list[str], nouns: Collection[str] = (), kinds: bool = True) -> bool:
    """Whether a body's `name` and what it was described as, `nouns` (lower case), say it is
    "the <head>"; `kinds`: by the words of its kind (`_SAID_OF`), else by the head itself."""
    if not name:
        return False
    if head in SAID_ONLY and "office" in (name[0], name[-1] if len(name) > 2 else ""):
        return True  # "Office of Rail and Road", "National Audit Office"
    bare = {w.removesuffix("'s").removesuffix("’s") for w in name}
    said = _SAID_OF.get(head, {head}) if kinds or head in SAID_ONLY else {head}
    return not said.isdisjoint(bare.union(nouns))


# Last words that make a name a firm's ("Rovers Holdings", "Dunmore Foods", "Vendia Homes Ltd",
# with `lexicon.firm_endings`): such a body is no "the school", "the charity", "the club", "the
# agency" (the kinds of `_KIND_NOUNS` but "group" and "institution", which are said of firms).
_FIRM_LAST = frozenset(
    """ltd inc corp co plc llc company holdings partners capital securities industries motors
    airlines airways energy homes developments estates""".split()
)
_NOT_FIRMS = frozenset(_KIND_NOUNS).union(*_KIND_NOUNS.values()) - {"group", "institution"}


def other_kind(head: str, words: list[str], nouns: Collection[str] = ()) -> bool:
    """Whether a name of `words` (and what the article described it as, `nouns`) says it names
    a kind of body that "the <head>" cannot be.

    A name holding the head is of its kind, unless the name's own head noun (its last kind
    word before any "of") is another kind: the "University and College Union" is a union, and
    no "the university". A firm's name ("Rovers Holdings") is no other kind's."""
    if head in _ANY_BODY:
        return False
    if (
        head in _NOT_FIRMS
        and len(words) > 1
        and (words[-1] in _FIRM_LAST or words[-1] in firm_endings())
        and head not in words
        and head not in nouns
    ):
        return True
    words = [*words, *nouns]
    if head in words:
        before_of = words[: words.index("of")] if "of" in words else words
        own = [w for w in before_of if w in _KIND_NOUNS]
        return bool(own) and own[-1] != head and head not in _KIND_NOUNS[own[-1]]
    return any(head not in _KIND_NOUNS[w] for w in words if w in _KIND_NOUNS)


def may_name(head: str, name: str) -> bool:
    """Whether "the <head>" may stand for the body called `name`: no other kind ("the club" is
    no "Football Association"), and a name that holds the head where such bodies always do
    ("the union" is no "Network Rail", "the council" no "Police Scotland")."""
    words = name.lower().split()
    if head in SAID_ONLY and not says(head, words):
        return False  # "the regulator" is no "Southvale Water"
    return not other_kind(head, words) and (head not in NAMED_ONLY or head in words)
