"""A name told by the description set beside it: "the National Tree Census, a project that
aims to record every tree", "Clean Streets, a scheme to ...". The head of the apposition says
that the name is an undertaking (a head of weight 3: project, programme, scheme, initiative,
campaign, ...), and its clause says what it does, so the name is listed, as the object of a
verb of undertaking would be; the description is not listed apart from it.
"""

from __future__ import annotations

from dataclasses import replace

from app.core.facts.initiatives._scoring import _Scorer
from app.core.facts.nlp.names import NameKind, read_name
from app.core.facts.nlp.phrases import PROPER_TAGS

# Words after the description's head that say what the undertaking does: "a project that
# aims to", "a scheme which pays", "a campaign to".
_SAYS_WHAT = frozenset("that which to".split())
_SURE = 3  # the least head weight that names an undertaking by itself ("scheme", "project")


class _AppositionReader(_Scorer):
    """Reads names told by an undertaking described beside them in one sentence."""

    def _apposed_descriptions(self) -> None:
        """List each capitalised name followed by ", a <undertaking head> that/which/to ..."
        (see the module), with no actor and an unknown status: the description says what it
        is, not who runs it."""
        tokens = self.tokens
        for name in self.phrases:
            comma = name.end
            if name.start in self.found or comma + 1 >= len(tokens) or tokens[comma].text != ",":
                continue
            body = tokens[name.body : name.end]
            if len(body) < 2 or not all(t.tag in PROPER_TAGS for t in body):
                continue
            described = self.by_start.get(comma + 1)
            if described is None or tokens[described.start].text.lower() not in {"a", "an"}:
                continue
            if described.body != described.head or described.end >= len(tokens):
                continue  # "a two-year pilot project": sized, told apart from the name
            head = self.lex.heads.get(tokens[described.head].text.lower())
            if head is None or head.weight < _SURE:
                continue
            if tokens[described.end].text.lower() not in _SAYS_WHAT:
                continue
            found = read_name(self.text, body[0].start, body[-1].end)
            if found is not None and found.kind in {NameKind.PERSON, NameKind.PLACE}:
                continue
            self.listed[name.start] = ("unknown", None, self.w.verb_object)
            self.add(name, None)
            cand = self.found.get(name.start)
            if cand is not None:
                self.found[name.start] = replace(cand, described=True)
            self.found[described.start] = None
