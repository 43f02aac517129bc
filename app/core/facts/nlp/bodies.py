"""Whether a name the name finder leaves untyped reads as a body's, by how the sentence uses it.

"Sonaptic", "WeWork", "Aguas Argentinas": a firm's name has no organisation word, so
`names.name_kind` cannot type it, and a one-word name is no person either. The sentence often
says what it is (`reads_as_body`):

- a noun for a body right before it ("British firm Sonaptic", "telco BT") or set off after it
  ("Tesco, the retailer,", "Vendia, a software company that");
- a spokesperson or what only a body has, right after it ("a WeWork spokesperson", "Tesco
  shares");
- what a body owns after its possessive ("WeWork's founder", "Tesco's shares");
- a statement it issues, or "it" referring back to it ("Tesco said in a statement", "Uber said
  it would").

`discourse.Discourse` is the only user: it then records the name as an organisation, so that a
later "the company", "it" or "its" finds it; and what it was described as (`described_as`:
"ABN Amro, the country's largest bank," for a later "the bank"), and descriptions of bodies the
tracker reads around names (`DESCRIBED_BODY`: "the ferry operator, X"; `DESCRIBED_NEW`: "the
trade group for the insurers", no name at all).
"""

from __future__ import annotations

import re

from app.core.facts.nlp.lexicon import titles
from app.core.facts.nlp.name_kinds import is_first_name
from app.core.facts.nlp.names import Name

# Nouns that stand for an organisation named before ("the firm said").
ORGANISATION_NOUNS = frozenset(
    """firm company group organisation organization ministry department agency bank club
    council party government union charity association body institute authority regulator
    watchdog commission committee team side retailer airline carrier network broadcaster
    newspaper paper publisher maker manufacturer giant operator business corporation trust
    foundation society university college school hospital hospice museum league chain
    supermarket grocer insurer lender carmaker automaker drugmaker chipmaker housebuilder
    brewer utility""".split()
)
# A description of a body right before a name, set off by a comma or not: "the ferry
# operator, ", "the charity ".
DESCRIBED_BODY = re.compile(
    r"\b(?:[Tt]he|[Ii]ts)\s+(?:[a-z][\w-]*\s+){0,3}("
    + "|".join(sorted(ORGANISATION_NOUNS))
    + r"),?\s+$"
)
# A body described, not named, as its clause's subject: "the trade group for the insurers".
DESCRIBED_NEW = re.compile(
    r"[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}("
    + "|".join(sorted(ORGANISATION_NOUNS))
    + r")\s+(?:for|of|representing)\s"
)
# Nouns for a kind of firm, said of a firm as "firm" is ("telco BT", "the carmaker").
FIRM_WORDS = frozenset(
    """telco carmaker automaker drugmaker chipmaker supermarket brewer miner insurer lender
    retailer conglomerate startup start-up grocer housebuilder utility""".split()
)
# Nouns that describe a body right before its name: not "party" or "side" ("the side Chelsea"
# is rare, "the party" before a name mostly a party-goer), nor "paper" ("paper Ana Ruiz wrote").
_BEFORE_NAME = (ORGANISATION_NOUNS | FIRM_WORDS | {"provider", "developer"}) - {
    "party",
    "side",
    "paper",
    "body",
    "team",
}
_NOUN = "(?:" + "|".join(sorted(_BEFORE_NAME, key=len, reverse=True)) + ")"
_DESCRIBED_BEFORE = re.compile(r"(?<![\w'’-])" + _NOUN + r"\s+$")
# What may follow the noun of a description set off after a name: its end, a relative clause,
# or "of" and a few words closed by a comma before the name's verb ("Brennock Foods, the maker
# of Golden Crust bread, said"; not "X, the owner of Y, and Z").
_APPOSITION_END = (
    r"(?=[,.;:)]|\s+(?:that|which|based|owned|whose|with|in)\b"
    r"|\s+of\s+(?:[\w'’&-]+\s+){0,4}?[\w'’&-]+,\s+(?!and\b|or\b|but\b)[a-z])"
)
# "Vendia, the software company," / "Vendia, a British firm that ...": described after it.
_DESCRIBED_AFTER = re.compile(
    r",\s+(?:the|a|an)\s+(?:(?!of\b|and\b|the\b)[\w-]+\s+){0,3}" + _NOUN + _APPOSITION_END
)
# The noun of such a description, owners' words allowed ("ABN Amro, the Netherlands' largest
# bank,"), or of one right before the name ("Dutch bank ABN Amro").
_APPOSED_NOUN = re.compile(
    r",\s+(?:the|a|an)\s+(?:(?!of\b|and\b|the\b)[\w'’-]+\s+){0,3}(" + _NOUN + ")" + _APPOSITION_END
)
# The noun right after a name that it heads ("the GMB union", "the Unite union").
_NOUN_AFTER = re.compile(r"\s+(" + _NOUN + r")\b")
_NOUN_BEFORE = re.compile(r"(?<![\w'’-])(" + _NOUN + r")\s+$")
_SPOKESPERSON = re.compile(r"\s+(?:spokesman|spokeswoman|spokesperson|spokespeople)\b")
# What only a body has, right after its name ("Tesco shares", "Quillmark boss Ana Ruiz").
_COMPOUND = re.compile(
    r"\s+(?:shares|stock|shareholders|boss|bosses|chairman|chairwoman|executives|employees"
    r"|stores)\b"
)
# What a body owns or is made of, after its possessive ("WeWork's founder").
_BELONGINGS = frozenset(
    """founder founders shares share stock profits profit revenue revenues sales earnings
    shareholders investors board headquarters subsidiary subsidiaries parent employees staff
    workers customers stores shops branches factories plants website chief boss chairman
    chairwoman spokesman spokeswoman spokesperson executives bosses""".split()
)
_POSSESSIVE = re.compile(r"['’]s?\s+")
_LOWER_WORD = re.compile(r"[a-z-]+")
# "Uber said it would", "Tesco said in a statement", "Vendia announced on Monday that it".
_SAID_IT = re.compile(
    r"\s+(?:has\s+|had\s+)?(?:said|says|announced|announces|confirmed|confirms|stated|states)"
    r"\s+(?:on\s+\w+\s+|last\s+\w+\s+|(?:this|that)\s+\w+\s+)?(?:that\s+)?(?:it\b|its\b|in\s+a\s+"
    r"(?:statement|filing|release|press\s+release)\b)"
)

# What only a regulator does to a firm, right after its name ("Ofwat has fined Southvale Water",
# "Ofcom fined the broadcaster"): the name is a body's, one "the regulator" may stand for.
_FINES = re.compile(r"\s+(?:has\s+|had\s+|have\s+)?(?:fined|fines)\s+(?!him\b|her\b|them\b)")


# A role and a person's name right after a name: "Orchard Ventures partner Leo Marchetti",
# "Kestrel Labs founder Ana Ruiz": the name before is the person's employer. The role is one or
# two lower-case words ending on a title or a word for someone who does something ("partner",
# "investor", "analyst"); the person's name opens on a first name (`_employs`).
_ROLE_THEN_NAME = re.compile(
    r"\s+(?:[a-z][a-z-]+\s+)?(?P<role>[a-z][a-z-]+)\s+(?P<first>[A-Z][a-z]+)\s+[A-Z][a-z'’-]+"
)
_DOER = re.compile(r"[a-z-]{2,}(?:er|or|ist|ian|ant|ent|eer)")
_NO_ROLE = frozenset(
    """after never under over other either neither whether rather later ever sent went spent
    meant want recent current""".split()
)


def _employs(after: str) -> bool:
    """Whether the text after a name is a role and a person's name (`_ROLE_THEN_NAME`)."""
    m = _ROLE_THEN_NAME.match(after)
    if m is None or not is_first_name(m["first"]):
        return False
    role = m["role"]
    return role in titles() or (_DOER.fullmatch(role) is not None and role not in _NO_ROLE)


def reads_as_body(text: str, start: int, end: int, name: Name) -> bool:
    """Whether sentence text[start:end] uses `name` (untyped, no person's) as a body's."""
    before = text[max(start, name.start - 40) : name.start]
    if _DESCRIBED_BEFORE.search(before):
        return True
    after = text[name.end : min(end, name.end + 120)]
    if name.possessive:
        # "WeWork's founder", "Tesco's new chief executive": up to three words after it.
        mark = _POSSESSIVE.match(after)
        owned = after[mark.end() :].split()[:3] if mark is not None else []
        for word in owned:
            if not _LOWER_WORD.fullmatch(word.rstrip(",.;:")):
                break
            if word.rstrip(",.;:") in _BELONGINGS:
                return True
        return False
    return bool(
        _DESCRIBED_AFTER.match(after)
        or _SPOKESPERSON.match(after)
        or _COMPOUND.match(after)
        or _SAID_IT.match(after)
        or _FINES.match(after)
        or (_employs(after) and not _lone_opening_word(text, start, name))
    )


def _lone_opening_word(text: str, start: int, name: Name) -> bool:
    """Whether `name` is one word opening its sentence, capitalised perhaps only for that
    ("Regulator chief Ian Moss")."""
    return " " not in name.text and not text[start : name.start].strip()


def described_as(text: str, start: int, end: int, name: Name) -> str | None:
    """The noun for a body that sentence text[start:end] describes `name` with, right before it
    or set off after it ("Dutch bank ABN Amro", "ABN Amro, the Netherlands' largest bank,"),
    or None."""
    before = _NOUN_BEFORE.search(text, max(start, name.start - 40), name.start)
    if before is not None:
        return before.group(1).lower()
    after = _APPOSED_NOUN.match(text[name.end : min(end, name.end + 120)]) or _NOUN_AFTER.match(
        text[name.end : min(end, name.end + 40)]
    )
    if after is None and _FINES.match(text, name.end, end):
        return "regulator"  # "Ofwat has fined Southvale Water": what it does says what it is
    return after.group(1).lower() if after is not None else None
