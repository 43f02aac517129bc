"""Effects argued for or against a thing: "Insurers opposed the bill, arguing that it would raise
premiums", "The union backed the plan, saying it would create 300 jobs" list no undertaking.
What "would" do in a clause given as the reason for a stance is what the one who takes it says
the thing will cause, no one's plan; and "it" there is the thing, not a body.

Read on the tags: a modal whose clause follows a participle of arguing ("arguing", "warning",
"saying", "claiming", ..., with or without "that") set off by a comma after a clause whose
finite verb is one of opposing (whatever the modal's subject); or one of backing, when the
modal's subject is "it" and the object backed is a plan, a bill or a deal. Also a thing a
person put forward and then speaks of as "it": "Mayor Jo Park, who proposed the measure last
spring, said it would cut emissions" (a person is "who", "he" or "she", never "it", so "it" is
the measure, and what it would do is its effect).
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
# Verbs that report what a person says of the thing: "said it would", "says that it will".
_SAYING = frozenset(
    "said says added adds argued argues claimed claims insisted insists believes believed".split()
)
# Words that stand for a person, never for a thing: "who", "he", "she".
_PERSONS = frozenset("who he she".split())
_SUBJECT_REACH = 6  # tokens of the clause's subject between "that" and the modal


def argued_effect(tokens: Sequence[Token], modal: int) -> bool:
    """Whether the modal at `modal` opens what someone argues for or against (see the
    module)."""
    if _said_of_a_thing(tokens, modal):
        return True
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


def _said_of_a_thing(tokens: Sequence[Token], modal: int) -> bool:
    """Whether the modal at `modal` follows "<said> (that) it" where the one who says it is a
    person ("who", "he", "she") whose own clause before names a thing of `_THINGS`: "Jo Park,
    who proposed the measure, said it would cut emissions"."""
    if modal < 3 or tokens[modal - 1].text.lower() != "it":
        return False
    k = modal - 2
    if tokens[k].text.lower() == "that":
        k -= 1
    if k < 1 or tokens[k].text.lower() not in _SAYING or tokens[k].tag not in _FINITE:
        return False
    person = next((m for m in range(k - 1, -1, -1) if tokens[m].text.lower() in _PERSONS), None)
    if person is None:
        return False
    between = tokens[person + 1 : k]
    if any(t.text.lower() in {"it", "its"} or t.tag in {"NNP", "NNPS"} for t in between):
        return False  # another thing "it" may be
    return any(t.text.lower() in _THINGS and t.tag in {"NN", "NNS"} for t in between)
