"""The status of an undertaking from the verb that governs it: its kind, tense and aspect.

"will launch", "is to launch", "plans to launch" -> planned; "would/could/should launch", "wants
to launch" -> proposed; "is launching" -> ongoing; "launched", "has launched", "was launched"
-> the verb's own result (launched, announced, proposed, planned, ongoing, completed,
cancelled: `lexicon` kinds); "agreed/promised to launch" -> announced; "managed to launch",
"helped launch", "was able to launch" -> done (the verb's own result, "completed" for a
running one).
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.facts.initiatives._lexicon import Verb, VerbKind
from app.core.facts.initiatives._phrasing import _TIME_HEADS
from app.core.facts.model import InitiativeStatus
from app.core.facts.nlp.tagger import Token

_DONE: dict[VerbKind, InitiativeStatus] = {
    "create": "launched",
    "announce": "announced",
    "propose": "proposed",
    "plan": "planned",
    "run": "ongoing",
    "agree": "completed",
    "cancel": "cancelled",
    "change": "launched",
}
_FUTURE = frozenset("will shall 'll wo".split())
_CONDITIONAL = frozenset("would could should might may must 'd".split())
# Verbs (or adjectives) that govern an infinitive: "plans to", "wants to", "agreed to".
_PLANNING = frozenset(
    """plan plans planned planning intend intends intended aim aims aimed prepare prepares
    preparing set due expected expects going hope hopes hoped is are""".split()
)
_PROPOSING = frozenset(
    """want wants wanted propose proposes proposed seek seeks sought urge urged urges call
    calls called suggest suggests suggested whether""".split()
)  # "decide whether to begin talks": still to be decided, as a proposal is
_COMMITTING = frozenset(
    "agreed agree agrees promised promise promises pledged pledge vowed vow decided".split()
)
# Past verbs (or "was able") whose infinitive says the thing was done: "managed to complete its
# purchase", "helped conduct the study", "was able to finance its purchase". Not "tried",
# "failed", "offered", "threatened": those say nothing of whether it was done.
_IMPLICATIVE = frozenset("managed helped enabled succeeded able".split())
_WAS = frozenset("was were".split())
_BE = frozenset("is are was were be been being am 's 're".split())
_CHAIN = frozenset({"MD", "RB", "RBR", "TO", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ"})
_REACH = 6
# Words of the chain whatever their tag ("due" and "to" are often tagged JJ and IN).
_CHAIN_WORDS = frozenset("to not due set likely expected ready poised able whether".split())


def verb_status(tokens: Sequence[Token], verb: int, entry: Verb) -> InitiativeStatus:
    """The status an undertaking takes from the verb of undertaking at `tokens[verb]`."""
    if entry.kind == "cancel":
        return "cancelled"
    chain: list[str] = []
    k = verb - 1
    while (
        k >= 0
        and verb - k <= _REACH
        and (tokens[k].tag in _CHAIN or tokens[k].text.lower() in _CHAIN_WORDS)
    ):
        chain.append(tokens[k].text.lower())
        k -= 1
    governed = "to" in chain
    governor = (
        chain[chain.index("to") + 1] if governed and chain.index("to") + 1 < len(chain) else ""
    )
    if any(w in _FUTURE for w in chain) or governor in _PLANNING:
        return "planned"
    if chain and chain[-1] == "would" and "not" not in chain and reported_will(tokens, k + 1):
        return "planned"  # "Velantis said it would spend $3bn on a factory": its "will"
    if any(w in _CONDITIONAL for w in chain) or governor in _PROPOSING:
        return "proposed"
    if governor in _COMMITTING:
        return "announced"
    if _implied_done(chain, governed, governor):
        done = _DONE[entry.kind]  # "managed to fund its purchase": done, not running
        return "completed" if done == "ongoing" else done
    tag = tokens[verb].tag
    if tag == "VBG" and chain and chain[0] in _BE:
        # "is building", "are developing"; but "is considering a scheme", "is planning a
        # bid": what is being planned is still to be done
        return "planned" if entry.kind == "plan" else "ongoing"
    if governed and ranked_copula(tokens, verb) is not None:
        # "became the first country to ban X": it was done (as "to have developed X" says)
        return _DONE[entry.kind]
    if governed and chain[0] == "have" and tag in {"VBN", "VBD"}:
        return _DONE[entry.kind]  # "the states to have signed treaties": done, not to be done
    if governed or tag == "VB":
        return "planned"  # an infinitive under a verb not listed: still to be done
    return _DONE[entry.kind]


def _implied_done(chain: list[str], governed: bool, governor: str) -> bool:
    """Whether the chain before the verb (nearest word first) says it was done: "managed to",
    "helped (to)", "was able to" (see `_IMPLICATIVE`)."""
    if not governed:
        return bool(chain) and chain[0] == "helped"  # "helped conduct the study"
    if governor == "able":
        after = chain.index("to") + 2
        return after < len(chain) and chain[after] in _WAS
    return governor in _IMPLICATIVE


# Past verbs that report what someone said they will do: "said it would", "announced that the
# council would".
_REPORTING = frozenset("said announced confirmed added stated promised pledged".split())
_SUBJECT_TAGS = frozenset({"PRP", "NNP", "NNPS", "NN", "NNS", "DT", "JJ", "POS"})
_SUBJECT_REACH = 5
_WHEN = frozenset("on in last this earlier yesterday today".split())


def reported_will(tokens: Sequence[Token], would: int) -> bool:
    """Whether the "would" at `would` is a reported "will": its clause is what a past verb of
    saying reports, with the clause's own subject between ("Velantis said it would spend",
    "the council announced that the scheme would start"): the plan as its owner stated it, not
    a proposal or a condition."""
    k = would - 1
    while k >= 0 and would - k <= _SUBJECT_REACH and tokens[k].tag in _SUBJECT_TAGS:
        k -= 1
    if k == would - 1:
        return False  # no subject of its own: "... and would spend"
    if k >= 0 and tokens[k].text.lower() == "that":
        k -= 1
    stop = max(-1, k - _SUBJECT_REACH)
    while k > stop and (tokens[k].text.lower() in _TIME_HEADS | _WHEN):
        k -= 1  # "said on Thursday it would"
    return k >= 0 and tokens[k].text.lower() in _REPORTING


# Laws and plans still to be made law or put in hand: "would" after their own name is a
# proposal ("The Clean Rivers Bill would give regulators powers"), not a reported "will".
_PROPOSED_BY_NATURE = frozenset("bill bills amendment amendments motion motions".split())


def subject_status(tokens: Sequence[Token], end: int, head: str) -> InitiativeStatus | None:
    """The status an undertaking named as the subject of a modal takes from it, the modal
    standing at `end` (an adverb between): "The Home Start Scheme will open" -> planned; "the
    Clean Rivers Bill would give" -> proposed; "the scheme would open" after a past verb of
    saying -> planned (a reported "will"); None when no modal follows."""
    k = end
    while k < len(tokens) and tokens[k].tag in {"RB", "RBR"}:
        k += 1
    if k + 1 >= len(tokens) or tokens[k].tag != "MD" or tokens[k + 1].text.lower() == "not":
        return None
    word = tokens[k].text.lower()
    if word in _FUTURE:
        return "planned"
    if word != "would" and word in _CONDITIONAL:
        return "proposed"
    if word != "would":
        return None
    if head not in _PROPOSED_BY_NATURE and reported_will(tokens, k):
        return "planned"  # "the minister said the Home Start Scheme would open in March"
    return "proposed"


# Copulas and ranks of "X is one of the firms to ...", "X became the first country to ...".
_COPULAS = frozenset("is was are were became becomes become 's".split())
_RANKS = frozenset("first only last latest second third".split())
_RANK_REACH = 10  # tokens between the copula and "to"


def ranked_copula(tokens: Sequence[Token], verb: int) -> int | None:
    """ "Sonaptic is one of a number of firms to have developed X", "Norland became the first
    country to ban Y": the index of the copula by which the infinitive at `verb` ranks its
    subject among those who did it (that subject is who acts, and it was done); None for any
    other infinitive."""
    k = verb - 1
    if k >= 1 and tokens[k].text.lower() in {"have", "be"}:
        k -= 1  # "to have developed"
    if k < 2 or tokens[k].text.lower() != "to":
        return None
    ranked = False
    for m in range(k - 1, max(-1, k - _RANK_REACH), -1):
        word = tokens[m].text.lower()
        if word in _COPULAS:
            return m if ranked else None
        if tokens[m].tag.startswith("VB") or tokens[m].tag == "MD" or word in {",", ";"}:
            return None
        ranked = ranked or word in _RANKS or (word == "one" and tokens[m + 1].text == "of")
    return None
