"""Lead-ins: short sentences that announce what the next one says and say nothing alone.

News often opens a reaction with a sentence of a group's mood and gives the substance after it:
"Shopkeepers were less enthusiastic." before a shopkeeper's complaint, "Not everyone agrees."
before a critic's words. Such a sentence covers a summary's main words cheaply, but read alone it
tells nothing: who, and what they think, is in the next sentence.

A lead-in, in general terms (`is_lead_in`), is a short sentence (at most `MAX_WORDS` words) with
no name, number or quotation, whose subject is a group (a bare plural: "Farmers on the coast",
or a quantifier: "Not everyone", "Some", "Others", "Many residents") and whose predicate is a
state or attitude with nothing after it: a linking verb and an adjective or participle ("were
less enthusiastic", "are worried", "is convinced"), or a lone verb ("disagree"). It reads as a
lead-in only when the sentence after it elaborates (`elaborates`): it quotes or reports what
someone said, or goes on with a part of the group ("Some ...", "One ...", "They ..."). The
summarizer then takes it only together with that sentence (`_text.linked_flags` sets
`needs_next`), never alone.
"""

from __future__ import annotations

import re

# Beyond this many words a sentence has room for content of its own.
MAX_WORDS = 8

_LEADING = "\"'`‘’“”«»([{ -–—*•#"
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
# A group as a subject: a quantifier ("Not everyone", "Some", "Others", "Many local firms") or a
# bare plural, alone or after one word that is no determiner ("Farmers", "Bus operators").
_QUANTIFIER = (
    r"(?:Not\s+)?(?:everyone|everybody|all|some|others|many|few|most|several|both|neither|"
    r"Everyone|Everybody|All|Some|Others|Many|Few|Most|Several|Both|Neither)"
)
_HEAD = (
    rf"(?:(?P<quantifier>{_QUANTIFIER}(?:\s+[a-z][\w'’-]*)?)|"
    r"(?P<group>[A-Z][\w'’-]*(?:\s+[a-z][\w'’-]*)?))"
)
# Words that end in "s" but are no plural noun, and words before a noun that make it definite
# ("The operators": a group named before, or a thing, as often as a mood's subject).
_NOT_GROUP = frozenset(
    "this his its is was has as thus yes perhaps always sometimes besides unless whereas hers "
    "ours theirs us less across towards afterwards nevertheless meanwhile whereupon the a an "
    "that these those her their our my your it there what".split()
)
# What may follow the head: a place or kind in a short prepositional phrase ("on the coast").
_MODIFIER = (
    r"(?:\s+(?:on|in|of|at|from|near|across|around|outside|inside|with|along|behind)"
    r"(?:\s+[a-z][\w'’-]*){1,3})?"
)
# A linking verb, then degree words ("less", "not", "deeply"), then one adjective or participle.
_LINKING = (
    r"(?:is|are|was|were|(?:has|have|had)\s+been|will\s+be|would\s+be|seem|seems|seemed|"
    r"appear|appears|appeared|remain|remains|remained|look|looks|looked|sound|sounds|sounded|"
    r"feel|feels|felt|grew|become|became|stay|stayed)"
)
_DEGREE = r"(?:not|less|more|far|much|rather|very|so|too|quite|also|still|now|even|\w+ly)"
# (Not a progressive: "Bus fares are rising." tells a change, which is news.)
_STATE = re.compile(
    rf"{_HEAD}{_MODIFIER}\s+{_LINKING}(?:\s+{_DEGREE})*\s+(?![a-z]+ing\b)[a-z][\w-]*\s*\."
)
# After a quantifier alone, one verb is an attitude too ("Not everyone agrees.", "Some
# residents objected."); after a bare plural it is as often an event ("Shares fell."), left out.
_ATTITUDE = re.compile(rf"{_HEAD}\s+[a-z][\w-]*\s*\.")
# A sentence that elaborates a lead-in: it quotes or reports someone, or goes on with a part of
# the group or the group itself.
_SPEECH = re.compile(r"\b(?:said|says|say|told|tells|added|adds|argued|argues|warned|warns)\b")
_QUOTATION = re.compile(r"[\"“”«»]|(?:^|\s)['‘][A-Z]")
_PART = re.compile(r"(?:Some|One|Others|Many|Most|They|Their|A\s+few)\b")


def is_lead_in(text: str) -> bool:
    """Whether the sentence is a group's state or attitude and nothing else ("Critics
    disagree.", "Residents were less enthusiastic."): see the module docstring."""
    body = text.strip().lstrip(_LEADING)
    words = _WORD.findall(body)
    if not 2 <= len(words) <= MAX_WORDS or _QUOTATION.search(text) or re.search(r"\d", body):
        return False
    if any(word[:1].isupper() for word in words[1:]):
        return False  # a name ("Not everyone in Leeds agrees.") says who
    body = body.rstrip()
    match = _STATE.fullmatch(body)
    if match is None:
        match = _ATTITUDE.fullmatch(body)
        if match is None or match.group("quantifier") is None:
            return False
    group = match.group("group")
    if group is None:
        return True
    words = group.lower().split()
    plural = words[-1]
    return (
        plural.endswith("s")
        and not plural.endswith("ss")
        and len(plural) > 3
        and _NOT_GROUP.isdisjoint(words)
    )


def elaborates(text: str) -> bool:
    """Whether the sentence after a lead-in says what it announced: it quotes or reports
    someone, or goes on with a part of the group ("Some ...", "One ...", "They ...")."""
    body = text.strip().lstrip(_LEADING)
    return bool(_SPEECH.search(text) or _QUOTATION.search(text) or _PART.match(body))
