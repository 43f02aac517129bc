"""A quotation that follows a sentence in which a named person takes a stand.

    But Ana Ruiz, head of the patients' charity, attacked the decision.
    "Mothers will have to travel forty miles to give birth."

Reporters introduce a speaker with a verb of stance ("attacked", "praised", "paid tribute to",
"hit back", "disagreed") as often as with "said"; the quotation with no cue of its own that
opens the next paragraph is that person's words. `stance_subject` reads such a sentence: its
subject (a name, or a description with the name set off after it: "Her former coach, Tom Hale,")
right before one of those verbs. Only a name is taken; "The union hit back." is left to the
other routes.
"""

from __future__ import annotations

import re

from app.core.facts.nlp.appositions import name_after_apposition, name_before_apposition
from app.core.facts.quotes._phrases import Cue
from app.core.facts.quotes._speakers import clause_subject

# Verbs of stance with no speech verb's sense in the lexicon (those take the cue route).
_STANCE = re.compile(
    r"[ \u00a0]*(?:(?:also|later|quickly|swiftly|immediately)[ \u00a0]+)?"
    r"(?:attacked|praised|welcomed|defended|condemned|slammed|blasted|disagreed|rejected|"
    r"dismissed|backed|hit[ \u00a0]+back|paid[ \u00a0]+tribute|was[ \u00a0]+(?:more[ \u00a0]+)?"
    r"(?:blunt|scathing|critical|defiant|upbeat|cautious))\b"
)
# How far a description set off after the subject may run before the verb.
_APPOSITION_REACH = 120


def stance_subject(text: str, start: int, end: int) -> Cue | None:
    """The named subject of the sentence text[start:end] when a verb of stance follows it (and
    any description set off after it), else None."""
    subject = clause_subject(text, start, end)
    if subject is None:
        return None
    after = subject.end
    named: Cue | None = None
    if text.startswith(",", after):
        # "Ana Ruiz, head of the charity, attacked" / "Her coach, Tom Hale, paid tribute"
        close = text.find(",", after + 1, min(end, after + _APPOSITION_REACH))
        if close < 0:
            return None
        set_off = name_after_apposition(text, after, close + 1)
        if set_off is not None:
            named = Cue(set_off.text, set_off.start, set_off.end)
        elif name_before_apposition(text, subject.start, close + 1) is None:
            return None
        after = close + 1
    if not _STANCE.match(text, after, end):
        return None
    cue = named or subject
    if not any(word[:1].isupper() for word in cue.phrase.split()[1:]) and not (
        cue.phrase[:1].isupper() and len(cue.phrase.split()) == 1
    ):
        return None  # "The union hit back": no name
    return cue
