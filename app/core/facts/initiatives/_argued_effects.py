"""Effects argued for or against a thing: "Insurers opposed the bill, arguing that it would raise
premiums", "The union backed the plan, saying it would create 300 jobs" list no undertaking.
What "would" do in a clause given as the reason for a stance is what the one who takes it says
the thing will cause, no one's plan; and "it" there is the thing, not a body.

Read on the tags: a modal whose clause follows a participle of arguing ("arguing", "warning",
"saying", "claiming", ..., with or without "that") set off by a comma after a clause whose
finite verb is one of opposing (whatever the modal's subject); or one of backing, when the
modal's subject is "it" and the object backed is a plan, a bill or a deal.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.facts.nlp.tagger import Token

_ARGUING = frozenset(
    "arguing warning saying claiming insisting complaining contending noting".split()
)
_OPPOSING = frozenset(
    """oppose opposes opposed criticise criticises criticised criticize criticizes
    criticized reject rejects rejected attack attacks attacked condemn condemns condemned
    fight fights fought challenge challenges challenged resist resists resisted object
    objects objected slam slams slammed denounce denounces denounced""".split()
)
_BACKING = frozenset(
    """back backs backed support supports supported welcome welcomes welcomed praise praises
    praised defend defends defended endorse endorses endorsed""".split()
)
# Heads of what a stance is taken on: "backed the plan, saying it would ...".
_THINGS = frozenset(
    """plan plans proposal proposals bill bills law legislation deal agreement scheme
    measure policy reform reforms merger takeover partnership move decision sale contract
    changes""".split()
)
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_SUBJECT_REACH = 6  # tokens of the clause's subject between "that" and the modal


def argued_effect(tokens: Sequence[Token], modal: int) -> bool:
    """Whether the modal at `modal` opens what someone argues for or against (see the
    module)."""
    k = modal - 1
    while k > 0 and modal - k <= _SUBJECT_REACH and tokens[k].text.lower() not in _ARGUING:
        if tokens[k].text in {",", ";", ":"} or tokens[k].tag in _FINITE:
            return False
        k -= 1
    if k < 2 or tokens[k].text.lower() not in _ARGUING or tokens[k - 1].text != ",":
        return False
    stance = next((m for m in range(k - 2, -1, -1) if tokens[m].tag in _FINITE), None)
    if stance is None:
        return False
    word = tokens[stance].text.lower()
    if word in _OPPOSING:
        return True
    it = tokens[modal - 1].text.lower() in {"it", "this"}
    return (
        word in _BACKING
        and it
        and any(t.text.lower() in _THINGS for t in tokens[stance + 1 : k - 1])
    )
