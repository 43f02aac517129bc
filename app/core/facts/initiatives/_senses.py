"""Word-sense checks that tell an undertaking from a look-alike with the same head noun.

A few general English collocations decide (word lists in resources/lexicons/
initiatives_senses.txt): a "campaign" or "deal" with sport words in front is a season or a
player's contract, "TV programmes" are broadcasts, a "drugs ban" is a sanction on a person,
"Nortel Networks" (a capitalised plural after a name) is a company. An article dense with words
of play is a match or transfer report.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.facts.initiatives._lexicon import Lexicon, plural, singular
from app.core.facts.nlp.tagger import Token

_WORD = re.compile(r"[a-z][a-z-]*")
# Words of play per 100 words from which an article is a match or transfer report (187 of 249
# bbc-dev sport reports reach it, 3 of 837 other articles).
_SPORT_DENSITY = 1.2
# Tags of the words of a plain noun phrase after "in" ("in annual pre-tax profits").
_IN_PHRASE_TAGS = frozenset("DT PRP$ JJ JJR JJS NN NNS NNP NNPS CD".split())
_BROADCAST_HEADS = frozenset("programme programmes program programs channel channels".split())
# A fund is an undertaking ("a £40m fund for start-ups"); uncounted "funds" are money ("raise
# funds for the appeal", "public funds"): counted ("two new funds") they are funds again.
_MONEY_PLURALS = frozenset({"funds"})
# Occasions (initiatives_heads.txt leaves events out, yet lists these for what someone sets up,
# scraps or proposes): "called for a wider public debate on party funding", "set up face-to-face
# meetings", "scrapped daily press briefings" are undertakings; "take part in a TV debate", "ten
# minutes into the hour-long debate", "the meeting on reform" are events.
OCCASIONS = frozenset("debate meeting summit briefing".split())
_MAKING_OCCASIONS = frozenset({"propose", "create", "cancel", "plan"})
# Occasions one asks to attend: "will seek an urgent meeting with the minister", "called for a
# summit on water" ask to be heard, no undertaking; a body that holds, sets up or scraps one
# still makes it (round 36).
_ATTENDED = frozenset({"meeting", "summit"})
# Verbs of asking for something (forms): "proposed a summit" or "offered a meeting" still sets
# one up.
_ASKING = frozenset(
    """seek seeks sought seeking demand demands demanded demanding want wants wanted wanting
    urge urges urged urging call calls called calling push pushes pushed pushing request
    requests requested requesting""".split()
)


# A club's grounds and buildings: in a match or transfer report they are what they are in any
# other article ("a new training ground", "build six pitches and an indoor centre"), unlike its
# deals, bids, talks and campaigns, which there are nearly always a player's or a season's.
_GROUNDS = frozenset(
    """ground stadium stand centre center facility pitch academy arena complex clubhouse gym
    pavilion scoreboard roof""".split()
)
_GROUND_KEYS = _GROUNDS | {singular(plural(w)) for w in _GROUNDS}


def sport_sense_possible(head: str) -> bool:
    """Whether a candidate with `head` (singular, or "verb:noun" for a verb phrase: "build:
    pitche", as `singular` reads "pitches") may be sport in a match or transfer report:
    anything but a club's grounds and buildings."""
    return head.rpartition(":")[2] not in _GROUND_KEYS


def sport_report(text: str, lex: Lexicon) -> bool:
    """True for a match or transfer report (dense with words of play)."""
    # Line by line: one `findall` over a 1 MB article holds the GIL for 30 ms (the GUI waits).
    play = lex.senses["sport_doc"]
    words = hits = 0
    for line in text.split("\n"):
        found = _WORD.findall(line.lower())
        words += len(found)
        hits += sum(1 for w in found if w in play)
    return words > 0 and hits * 100 >= _SPORT_DENSITY * words


def aired_on(tokens: Sequence[Token], head: int, end: int, lex: Lexicon) -> bool:
    """ "Bill O'Reilly's program on Fox News", "a show on CNN": a programme or channel
    (`_BROADCAST_HEADS`) followed by "on" and a name that is a broadcaster's (a word of
    broadcasting in it, or capitals alone) is a broadcast; not "a programme on Tyneside"."""
    if tokens[head].text.lower() not in _BROADCAST_HEADS or end + 1 >= len(tokens):
        return False
    if tokens[end].text.lower() != "on":
        return False
    k = end + 1
    while k < len(tokens) and tokens[k].tag in {"NNP", "NNPS"}:
        word = tokens[k].text
        if word.lower() in lex.senses["broadcast"] | _NETWORK_WORDS or _NETWORK.fullmatch(word):
            return True
        k += 1
    return False


# Words of a network's name besides those of broadcasting: "Channel Nine", "Sky One".
_NETWORK_WORDS = frozenset("channel channels network".split())
_NETWORK = re.compile(r"[A-Z]{2,4}")  # "CNN", "ITV", "BBC"


def other_sense(tokens: Sequence[Token], body: int, head: int, lex: Lexicon) -> bool:
    """True when the head is used in a sense that is no undertaking, judged by its modifiers."""
    mods = {t.text.lower() for t in tokens[body:head]}
    s = lex.senses
    word = tokens[head].text.lower()
    if word in _MONEY_PLURALS and not any(t.tag == "CD" for t in tokens[body:head]):
        return "new" not in mods  # "raise vital funds for a hospice": money, no undertaking
    if mods & (s["sport"] | s["game"]):
        return True  # "league campaign", "relegation zone", "transfer deal"
    if word in _BROADCAST_HEADS and mods & s["broadcast"]:
        return True  # "TV programmes", "music channel"
    if word in _BROADCAST_HEADS and mods & s["software"]:
        return True  # "its e-mail program": software, not a scheme
    if word in {"service", "services"} and mods & s["ceremony"]:
        return True  # "a public memorial service": a ceremony
    if word in {"facility", "facilities"} and mods & s["finance"]:
        return True  # "its credit facilities": a loan, no undertaking
    if word in {"cap", "caps"} and _appearances(tokens[body:head], word):
        return True  # "his 50th cap", "won five caps for Wales": games for a side, no limit
    if word in {"ban", "bans"} and mods & s["sanction"]:
        return True  # "a two-year drugs ban": a sanction on a person
    if word in s["firm_suffix"] and tokens[head].text[0].isupper() and head > body:
        return True  # "Nortel Networks": a company's name
    if _named_kind(tokens, body, head, lex):
        return True  # "news site Kestrel Review": a site's name, no review
    if word in s["figure_head"] and mods & (s["figure"] | s["results"]):
        return True  # "a double-digit increase", "a sales rise": a figure, no undertaking
    return bool(mods & s["reception"] and word in {"review", "reviews"})


# A numbered ordinal: "50th", "21st", "3rd".
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)$")


def _appearances(mods: Sequence[Token], word: str) -> bool:
    """Whether "cap" with these modifiers counts games played for a side: an ordinal ("his
    50th cap") or a number of caps ("five caps"); a limit is one cap on something ("a £5
    cap", "a 10% cap")."""
    if any(_ORDINAL.match(t.text.lower()) for t in mods):
        return True
    return word == "caps" and any(
        t.tag == "CD" and t.text[:1] not in "£$€" and not t.text.endswith("%") for t in mods
    )


def _named_kind(tokens: Sequence[Token], body: int, head: int, lex: Lexicon) -> bool:
    """True for a capitalised name right after the common noun that says what kind of thing it
    is, inside the phrase or just before it ("news site Kestrel Review", "the carmaker Delmont
    Motors"): the name is one of that kind, whatever its last word; a name after an
    undertaking noun ("the project Tern Lake") stays one."""
    if not tokens[head].text[:1].isupper():
        return False
    first = head
    while first > body and tokens[first - 1].text[:1].isupper():
        first -= 1
    if first == 0 or tokens[first].text[:1].islower():
        return False
    kind = tokens[first - 1]
    return (
        kind.tag in {"NN", "NNS"}
        and kind.text.islower()
        and singular(kind.text.lower()) not in lex.heads
    )


def figure_complement(tokens: Sequence[Token], head: int, end: int, lex: Lexicon) -> bool:
    """True for "an increase in retail prices": the head's complement names a result. An
    "in" phrase counts even where the name does not take it ("a 26% rise in annual profits")."""
    s = lex.senses
    if tokens[head].text.lower() not in s["figure_head"]:
        return False
    if end == head + 1 and end < len(tokens) and tokens[end].text.lower() == "in":
        end += 1
        while end < len(tokens) and tokens[end].tag in _IN_PHRASE_TAGS:
            end += 1
    words = {t.text.lower() for t in tokens[head + 1 : end]}
    return bool(words & (s["figure"] | s["results"]))


def occasion(head: str, verb_kind: str | None, verb_word: str = "") -> bool:
    """Whether the singular head `head` names an event, not an undertaking: an occasion
    (`OCCASIONS`) that no verb proposing, setting up or scrapping it governs (`verb_kind`, None
    for none or for a verb it is the subject of: "the summit opens on Monday"), or a meeting or
    summit someone seeks, demands or calls for (`_ATTENDED`, the verb `verb_word` lower-cased)."""
    if head in _ATTENDED and verb_kind == "propose" and verb_word in _ASKING:
        return True  # "sought an urgent meeting with the minister": asked for, not held
    return head in OCCASIONS and verb_kind not in _MAKING_OCCASIONS
