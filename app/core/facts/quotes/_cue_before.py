"""Who is quoted, from the words before the opening mark: "X said: '...'", "X told the BBC
'...'", "According to X, '...'", "X criticised the plan, saying '...'", "A lesson from X: '...'".

The words after the closing mark, and the readers both sides share, are in `_speakers`.
"""

from __future__ import annotations

import re

from app.core.facts.nlp.appositions import (
    aside_start,
    name_after_apposition,
    name_before_apposition,
    name_before_open_apposition,
)
from app.core.facts.nlp.clauses import intro_end
from app.core.facts.nlp.lexicon import NAME_WORD, roles, speech_verbs, titles
from app.core.facts.nlp.tagger import tag_sentence
from app.core.facts.quotes._person_nouns import someone_by_ending
from app.core.facts.quotes._phrases import (
    WINDOW,
    Cue,
    after_preposition,
    before_auxiliaries,
    subject_after,
    subject_before,
)
from app.core.facts.quotes._speaker_shape import reads_as_name_or_role
from app.core.facts.quotes._speakers import (
    clause_subject,
    introduced_by_relative,
    inverts,
    opening_subject,
    verb_regex,
)
from app.core.facts.quotes._voice import (
    introduces,
    is_passive,
    is_written,
    noun_subject,
    passive_agent,
)

# How many words a participle that introduces a quotation stands before it at most ("adding,",
# "telling the crowd,", "describing the plan as").
_PARTICIPLE_REACH = 4
# Participles that report speech whatever follows them ("saying it was time to hear the '...'").
_REPORTING_PARTICIPLES = frozenset(
    "saying adding arguing claiming insisting warning noting writing telling".split()
)
_MAX_APPOSITION_WORDS = 16
# A subordinate clause with a subject and a finite verb of its own ("where 50 protesters had
# gathered", "while the crowd was singing"), between a clause's subject and its participle.
_SUBORDINATE_CLAUSE = re.compile(
    r"\b(?:where|while|whereas|when|because)\s+[^,;]*?\b(?:had|has|have|was|were|is|are)\b"
)
_STRONG = frozenset({"said", "says", "told", "tells", "added", "adds", "asked", "wrote"})
# Words after which a speech verb's form is an adjective, not the clause's verb ("an alleged").
_ADJECTIVE_AFTER = frozenset("a an the his her its their our my your this that these those".split())
# Verbs whose object is the one spoken to ("told Fox News", "asked the minister").
_ADDRESSING = frozenset("told tells tell asked asks ask urged urges reminded reminds".split())
# "As Politico reported, '": an opening "as" clause whose comma leads straight into the quotation.
_AS_REPORTED = re.compile(r"\s*As\s[^,]+,\s*$")
# A "who" clause set off by commas right before the verb: "The official, who ..., said".
_WHO_ASIDE = re.compile(r",[ \u00a0]+who\b[^,;:!?\"“”]{1,120},[ \u00a0]*$")
# One lower-case noun between a subject and its verb ("One European | banker | said").
_LOWER_HEAD = re.compile(r"[ \u00a0]+([a-z]+)[ \u00a0]*")
# An aside opened by a participle right before the verb: ", speaking outside the clinic, ".
_PARTICIPLE_ASIDE = re.compile(r",[ \u00a0]+[a-z]+ing\b[^,;:!?\"“”]{1,120},[ \u00a0]*$")
# What opens a description ("a banker", "another analyst", "one trader").
_DESCRIBING = frozenset("the a an one another".split())
# A description opening the clause, set off by an aside ("But a banker, who asked not to be
# named, said"; "A patient, speaking outside the clinic, said"): a "who" says the noun is a
# person even where the roles lexicon lacks it.
_DESCRIBED_HEAD = re.compile(
    r"[ \u00a0]*(?:(?:But|And|Yet)[ \u00a0]+)?((?:[Aa]n?|[Oo]ne|[Aa]nother)"
    r"(?:[ \u00a0]+[a-z][a-z-]*){1,3})[ \u00a0]*"
)
# A relative clause opening right before the verb: "..., who told him", "- who later said".
_RELATIVE_WHO = re.compile(r"[,—–-][ \u00a0]+who[ \u00a0]+(?:[a-z]+ly[ \u00a0]+|also[ \u00a0]+)?$")
# A name (one to five capitalised words, after a lower-case word or a comma, or opening the
# window) ending right before a point.
_NAME_BEFORE = re.compile(
    r"(?:^\s*|(?<=[a-z,][ \u00a0]))(" + NAME_WORD + r"(?:[ \u00a0]" + NAME_WORD + r"){0,4})$"
)
# A preposition (and "the") right before a name: "in the", "at", "for the" (not "of": "the
# widow of Ana Ruiz, who").
_PREPOSITION_BEFORE = re.compile(
    r"[ \u00a0](?:in|at|for|from|with|on)[ \u00a0](?:the[ \u00a0])?$", re.IGNORECASE
)
# A described person ending right before a point: "the Mexican president", "the council's
# leader", "a local teacher".
_ROLE_BEFORE = re.compile(r"\b((?:[Tt]he|[Aa]n?)[ \u00a0](?:[\w'’-]+[ \u00a0]){0,3}[a-z]+)$")


def _relative_head(text: str, lo: int, before: str, verb: int) -> Cue:
    """Who a relative clause ("..., who said") that ends `before` (text[lo:lo+len(before)])
    is about: the inverted speaker of a speech verb before it ('"...," said Ana Ruiz, the
    firm's chief, who added'), a name, or a person described ("the Mexican president") right
    before it; else the relative pronoun itself (at `verb`'s clause), which resolves to no one
    ("critics in the US, who described it as")."""
    before = before.rstrip()
    strong = [m for m in verb_regex().finditer(before) if m.group().lower() in _STRONG]
    if strong and text[: lo + strong[-1].start()].rstrip()[-1:] in (",", '"', "”", "'", "’"):
        inverted = subject_after(text, lo + strong[-1].end(), lo + len(before))
        if inverted is not None and reads_as_name_or_role(inverted.phrase):
            return inverted
    head = _NAME_BEFORE.search(before) or _ROLE_BEFORE.search(before)
    linked = _PREPOSITION_BEFORE.search(before, 0, head.start(1)) if head is not None else None
    owner = _NAME_BEFORE.search(before[: linked.start()]) if linked is not None else None
    if owner is not None and owner.group(1)[:1].isupper():
        # "writes Ana Ruiz in the Daily Courier, who says": a name after a preposition is the
        # phrase's object; "who" is about the name the phrase follows ("the backing of Ana
        # Ruiz, who": hers).
        head = owner
    if head is not None and (head.group(1)[:1].isupper() or _role_head(head.group(1))):
        return Cue(head.group(1), lo + head.start(1), lo + head.end(1))
    at = text.rfind("who", 0, verb)
    return Cue("who", at, at + 3)


def _role_head(phrase: str) -> bool:
    """Whether the last word of `phrase` names one person's role ("president", "teacher")."""
    head = phrase.split()[-1].lower()
    return head in roles() or head in titles()


# "A lesson from Jane Doe: '...'": a name and a colon right before the quotation.
_COLON_NAME = re.compile(r"(" + NAME_WORD + r"(?:[ \u00a0]" + NAME_WORD + r"){0,4}):\s*$")


def cue_before(text: str, lo: int, start: int) -> Cue | None:
    """A speaker cue in the words before an opening quotation mark (from `lo`, same sentence)."""
    lo = max(lo, start - WINDOW)
    window = text[lo:start]
    last = None
    last_strong = None
    for match in verb_regex().finditer(window):
        if _clause_after_report(text, lo + match.end(), start):
            # 'X reported, his wife whispered to him: "..."': the clause after the comma
            # introduces the quotation; what X reported is the scene.
            return cue_before(text, lo + match.end() + 1, start)
        if (
            match.group().endswith("ing")
            and match.group() not in _REPORTING_PARTICIPLES
            and len(window[match.end() :].split()) > _PARTICIPLE_REACH
        ):
            continue  # "By declaring their assets, people can ...": not what introduces it
        if (
            match.group().endswith("ed")
            and window[: match.start()].split()[-1:]
            and window[: match.start()].split()[-1].lower() in _ADJECTIVE_AFTER
        ):
            # "for being an alleged 'traitor'", "the charged term": an adjective ("tweeted a
            # warning: '...'" keeps its noun, what the subject said).
            continue
        last = match
        if match.group().lower() in _STRONG:
            last_strong = match
    # A plain speech verb ("said") wins over a weaker one after it ("He added the government
    # had pledged ..."): the quotation belongs to the one who said; unless the weaker one stands
    # right before the quotation ('X said it was fine as the heckler yelled: "..."').
    # "When Trump suggested ..., Rubio fired back:": a verb inside an opening subordinate clause
    # is not the one that introduces the quotation.
    main = intro_end(text, lo, start) - lo
    later_verb = (
        last is not None
        and last_strong is not None
        and last is not last_strong
        and last_strong.start() >= main
        and introduces(window, last)
    )
    if not later_verb:
        last = last_strong or last
    if last is not None and _AS_REPORTED.match(window) and "," not in window[: last.start()]:
        # "As Politico reported, '...'" / "As Ana Ruiz put it last year, '...'": the clause's
        # subject is the speaker when nothing stands between its comma and the quotation.
        return subject_before(text, lo, lo + last.start())
    if last is not None and last.start() < main and not window[last.end() :].strip(" ,:\u00a0"):
        # 'When someone in the audience shouted, "Cruz," Beck joked': the opening clause's verb
        # stands right before the quotation, its object; that clause's subject says it.
        return subject_before(text, lo, lo + last.start())
    if last is not None and last.start() < main:
        later = list(verb_regex().finditer(window, main))
        if not later:
            return clause_subject(text, lo, start)
        strong = [m for m in later if m.group().lower() in _STRONG]
        last = (strong or later)[-1]
    if last is not None and _relative_clause(window, last):
        return None  # 'the note Ana wrote was "kind"': the note is, Ana does not say it here
    according = window.rfind("according to ")
    opener = window.rfind("According to ")
    if opener > according and (last is None or opener > last.start()):
        # "According to Ana Ruiz, '...'" / "According to his aunt, Ana Ruiz, '...'": a sentence
        # opened so gives its speaker by name; "According to the newspaper, '...'": a definite
        # description is resolved as after "the newspaper said" ("his aunt" alone is not).
        after = subject_after(text, lo + opener + len("According to "), start)
        if after is None or not after.phrase[:1].islower():
            return after
        apposed = name_after_apposition(text, after.end, start)
        if apposed is not None:
            return Cue(apposed.text, apposed.start, apposed.end)
        return after if after.phrase.lower().startswith("the ") else None
    if according >= 0 and (last is None or according > last.start()):
        return subject_after(text, lo + according + len("according to "), start)
    if last is not None and is_passive(text, lo, lo + last.start(), lo + last.end()):
        # 'X was asked by host Y, "..."': Y speaks; 'X was asked, "..."': nobody we can name.
        return passive_agent(text, lo + last.end(), start)
    noun = noun_subject(text, lo, lo + last.start(), last.group()) if last is not None else None
    if noun is not None and last is not None:
        # 'X issued a statement saying "..."': X speaks; 'X held up a sign saying': the sign.
        return clause_subject(text, lo, lo + last.start()) if is_written(noun) else None
    if last is None:
        # "A lesson from Jane Doe: '...'": a name and a colon right before the quotation.
        named = _COLON_NAME.search(window)
        # Only after "from"/"by", a dash, or as the whole lead ("HEADLINE - Jane Doe:"): "a
        # blunt message to Trump:" is not his.
        lead = window[: named.start(1)].split() if named is not None else []
        if named is not None and (not lead or lead[-1].lower() in ("from", "by", "-", "—", "–")):
            return Cue(named.group(1), lo + named.start(1), lo + named.end(1))
        if window.rstrip().endswith(":"):
            if introduced_by_relative(window):
                return None
            # "In city after city, Perez lobbies for a higher wage: '...'": the clause's named
            # subject introduces the quotation.
            subject = clause_subject(text, lo, start)
            if subject is not None and _COORDINATED.search(text, subject.end, start):
                return None  # "X has a deal, and Y will be left to wonder:": Y's, not X's
            if subject is not None and subject.phrase[:1].isupper():
                return subject
        return None
    # "the state, suggests Mr Davies, could act as ...": a cue set off by commas ("X, a
    # delegate, told Fox News, '...'": after "told" comes the one spoken to, not the speaker).
    if window[: last.start()].endswith(", ") and last.group().lower() not in _ADDRESSING:
        after = subject_after(text, lo + last.end(), start)
        if (
            after is not None
            and text.startswith(",", after.end)
            and after.phrase[:1].isupper()
            and reads_as_name_or_role(after.phrase)
        ):
            return after
    # "..., said Mr Smith: '" puts the speaker after the verb; but after a subject of its own
    # ('Ana Ruiz asked the crowd "..."') an addressing verb's object is the one spoken to.
    addressed = last.group().lower() in _ADDRESSING and (
        subject_before(text, lo, lo + last.start()) is not None
        or clause_subject(text, lo, lo + last.start()) is not None
    )
    if inverts(last.group()) and not addressed and not _named_before(window[: last.start()]):
        after = subject_after(text, lo + last.end(), start)
        rest = text[after.end : start] if after is not None else ""
        if (
            after is not None
            and (rest.strip(" ,:—–-\u00a0.") == "" or _apposition_then_quote(rest))
            and reads_as_name_or_role(after.phrase)
        ):
            return after
    set_off = window[: last.start()].rstrip().endswith(",")
    if last.group() in _REPORTING_PARTICIPLES and not set_off:
        # "X answered on Facebook writing": the name before the participle is where, not who.
        set_off = _after_object(text, lo, lo + last.start())
    if last.group().endswith("ing") and set_off:
        # "X criticised the plan, saying ...": the subject of the clause, however far back.
        opening = opening_subject(text, lo, lo + last.start())
        if opening is None or _SUBORDINATE_CLAUSE.search(text, opening.end, lo + last.start()):
            # "X spoke near the hall, where 50 protesters had gathered, chanting '...'": the
            # participle may be the later clause's subject's as well as X's: nobody is sure.
            return None
        return Cue(opening.text, opening.start, opening.end)
    relative = _RELATIVE_WHO.search(window[: last.start()])
    if relative is not None:
        # "Tom Reed met the mayor, who told him '...'", "attacked by critics, who described it
        # as '...'": the relative's head speaks, never the sentence's own subject.
        return _relative_head(text, lo, window[: relative.start()], lo + relative.end())
    aside = aside_start(text, lo, before_auxiliaries(text, lo, lo + last.start()))
    if aside is not None:
        # "Sam Ortiz, head of Harbour Media - which manages Ella Brandt - said": the aside is
        # about Ella Brandt; the subject ends where it opens.
        return _subject_before_aside(text, lo, aside)
    apposed = name_before_apposition(text, lo, before_auxiliaries(text, lo, lo + last.start()))
    if apposed is not None:
        return Cue(apposed.text, apposed.start, apposed.end)
    who = _WHO_ASIDE.search(text, lo, before_auxiliaries(text, lo, lo + last.start()))
    if who is not None:
        # "The 58-year-old, who started there as an apprentice, added:": the description the
        # "who" clause is set off from (a name before one is the apposition's, above).
        described = subject_before(text, lo, who.start()) or _described_head(text, lo, who.start())
        if described is not None and described.phrase.lower().split()[0] in _DESCRIBING:
            return described
    if _AND_BEFORE_VERB.search(window, 0, last.start()) and _after_quoted_words(text, lo):
        # 'X denied he had ever "attacked" Governor Dean, and said he "...": the window opens
        # after quoted words inside a clause, so what stands before ", and said" is that
        # clause's object, not the subject the coordinated verb shares.
        return None
    subject = subject_before(text, lo, lo + last.start())
    if subject is not None and subject.phrase.lower().startswith("what "):
        # "in what host Ana Ruiz called the ...": "what" opens the clause; its subject follows.
        cut = len("what ")
        subject = Cue(subject.phrase[cut:], subject.start + cut, subject.end)
    finite = not last.group().endswith("ing")  # "with Trump yelling": Trump does yell
    if subject is not None and finite and after_preposition(text, lo, subject.start):
        subject = None  # "Another source speaking to Fox News said": Fox News is an object
    if subject is None and not later_verb:
        # (After a later verb, the clause's subject is the earlier verb's, not this one's.)
        # "Talks have stalled, but Ian Ayre, the chief executive, last week said": the subject
        # of the clause the verb is in, after the last one joined to it.
        # ("..., but added:" has no subject of its own: the first clause's speaks.)
        begin = lo
        for joined in _JOINED.finditer(text, lo, lo + last.start()):
            begin = joined.end()
        subject = clause_subject(text, begin, lo + last.start()) if begin > lo else None
        if subject is None:
            subject = clause_subject(text, lo, lo + last.start())
        if subject is not None and _own_subject_unread(window, subject.end - lo, last):
            # 'She said a flight attendant told passengers: "..."': the verb before the
            # quotation has a subject of its own that could not be read; the clause's subject
            # only reports what that one said.
            return None
        if subject is not None and subject.phrase.lower() in _DESCRIBING - {"the"}:
            # "One patient, a retired teacher, said": the word lists stop at a noun they lack;
            # the description runs to the comma that sets off the aside (else "One" is kept, and
            # names no one).
            comma = text.find(",", subject.end, lo + last.start())
            subject = (_described_head(text, lo, comma) if comma >= 0 else None) or subject
        if subject is not None:
            subject = _run_on_to_head(text, subject, lo + last.start())
        if subject is None:
            # "A patient, speaking outside the clinic, said": a description set off by a
            # participle aside, its noun naming someone ("patient", a role).
            subject = _participle_aside_head(text, lo, lo + last.start())
    return subject


def _run_on_to_head(text: str, subject: Cue, verb: int) -> Cue:
    """ "One European banker said": the word lists stop after the capitalised modifier ("One
    European"); an indefinite description runs on over the lower-case noun that stands right
    before the verb, when that noun names someone (a role, or an ending such as "-er")."""
    words = subject.phrase.split()
    if len(words) < 2 or words[0].lower() not in _DESCRIBING - {"the"}:
        return subject
    if not words[-1][:1].isupper():
        return subject
    head = _LOWER_HEAD.fullmatch(text, subject.end, verb)
    if head is None:
        return subject
    if not _names_someone(head.group(1)):
        return subject
    return Cue(text[subject.start : head.end(1)], subject.start, head.end(1))


def _participle_aside_head(text: str, lo: int, verb: int) -> Cue | None:
    """The description ("A patient", "One trader") that is the whole clause before an aside
    opened by a participle ("..., speaking outside the clinic, said"), when its noun names
    someone (a role, or an ending such as "-er", "-ent"); else None."""
    aside = _PARTICIPLE_ASIDE.search(text, lo, verb)
    if aside is None:
        return None
    head = _described_head(text, lo, aside.start())
    if head is None:
        return None
    return head if _names_someone(head.phrase.split()[-1]) else None


def _names_someone(noun: str) -> bool:
    """Whether `noun` names someone: a role, or an ending such as "-er", "-ent"."""
    return noun in roles() or someone_by_ending(noun)


def _own_subject_unread(window: str, begin: int, verb: re.Match[str]) -> bool:
    """Whether the verb has a subject of its own after a verb of saying in window[begin:] ("said
    a flight attendant told"): a lower-case noun stands right before it (not "and", "but", an
    adverb or another verb: "said ... and added", "He added: said")."""
    before = window[begin : verb.start()].split()
    if not before or not before[-1].isalpha() or not before[-1].islower():
        return False
    if before[-1] in _NOT_SUBJECT_ENDS or before[-1].endswith("ly"):
        return False
    return any(
        said.group().lower() in _STRONG
        for said in verb_regex().finditer(window, begin, verb.start())
    )


# Words that end no subject of a verb of their own: coordinators and adverbs ("and added").
_NOT_SUBJECT_ENDS = frozenset("and but or nor then also later again still once first".split())


def _subject_before_aside(text: str, lo: int, aside: int) -> Cue | None:
    """The subject that ends where an aside opens at `aside`: the name of an apposition ("Sam
    Ortiz, head of Harbour Media,"), else the phrase right before it ("Harbour Media")."""
    if text[aside] == ",":
        apposed = name_before_apposition(text, lo, aside + 1)
    else:
        apposed = name_before_open_apposition(text, lo, aside)
    if apposed is not None:
        return Cue(apposed.text, apposed.start, apposed.end)
    # "A spokesman for the Harbour Trust (HT), which ..., said": the clause's opening subject,
    # when it runs up to the aside; "Ana Ruiz, a fellow who now works at the Harbour Institute,
    # which ..., said": the name the description (with a clause of its own) is set off from.
    opening = clause_subject(text, lo, aside)
    if opening is not None and (
        text.startswith(",", opening.end) or _only_names(text[opening.end : aside])
    ):
        return opening
    return subject_before(text, lo, aside)


def _only_names(words: str) -> bool:
    """Whether `words` hold only capitalised words, links and a parenthesis (" for the Harbour
    Society (HS)"): the rest of a body's name after a subject cut short at a link."""
    return all(w[:1].isupper() or w in _NAME_LINKS for w in re.findall(r"[\w'’&.-]+", words))


_NAME_LINKS = frozenset("for of at the and in on".split())


def _named_before(words: str) -> bool:
    """Whether a capitalised word ends the words before a speech verb, past the sentence's first
    word ("Tom Archer, economist at Global Data said the bank "..."": the bank is what Archer
    reported on, not a speaker set after the verb), or a pronoun subject does ("He will say")."""
    tokens = words.split()
    if _PRONOUN_BEFORE.search(words):
        return True  # "He will say Conservatives "..."": he says it; they are what he reports
    return len(tokens) > 1 and tokens[-1][:1].isupper() and tokens[-1][-1:].isalnum()


# A personal pronoun as the subject right before a speech verb, with its auxiliaries.
_PRONOUN_BEFORE = re.compile(
    r"(?:^|[\s,;:])(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)"
    r"(?:\s+(?:will|would|could|should|may|might|must|can|did|does|do|has|have|had|also))*\s*$"
)


def _clause_after_report(text: str, position: int, start: int) -> bool:
    """Whether a speech verb at `position` is set off by a comma and followed by a clause of
    its own that introduces the quotation with a colon ("X reported, his wife whispered to him:
    "): the verb reports the scene, and the quotation is the later clause's subject's."""
    rest = text[position:start].rstrip(" \u00a0")
    if not rest.startswith(",") or not rest.endswith(":") or "," in rest[1:]:
        return False
    tags = [t.tag for t in tag_sentence(text, position + 1, start)]
    return (
        len(tags) >= _CLAUSE_WORDS
        and tags[0]
        in (
            "DT",
            "PRP$",
            "PRP",
            "NNP",
        )
        and any(tag in ("VBD", "VBZ", "VBP") for tag in tags[1:])
    )


_CLAUSE_WORDS = 3


def _after_quoted_words(text: str, lo: int) -> bool:
    """Whether `lo` follows quoted words that end no sentence ('had ever "attacked" |'): a
    closing quotation mark with no full stop, question or exclamation mark inside it."""
    before = text[max(0, lo - 3) : lo].rstrip(" \u00a0")
    return before.endswith(_CLOSERS) and not before[:-1].endswith((".", "?", "!", ","))


_CLOSERS = ("”", "’", '"', "'")
# A verb coordinated with the clause before it: "..., and said", "... and told".
_AND_BEFORE_VERB = re.compile(r"[\w.’']+,?[ \u00a0]+and[ \u00a0]+$")


def _after_object(text: str, lo: int, position: int) -> bool:
    """Whether the words before `position` end with a verb's object or a prepositional phrase
    that holds a name ("responded on Facebook", "wrote to Tom Vance"), not with a subject."""
    words = text[lo:position].split()
    run = 0
    while run < len(words) and words[-1 - run][:1].isupper():
        run += 1
    if run == 0 or run == len(words):
        return False
    return words[-1 - run].lower() in _OBJECT_LINKS


_OBJECT_LINKS = frozenset("on to at in via with from for about".split())


def _relative_clause(window: str, verb: re.Match[str]) -> bool:
    """Whether the speech verb ends a relative clause whose head is the real subject: a copula
    follows it ("the letter Ana wrote was ..."), and no "what" opens it ("what she said was")."""
    after = window[verb.end() :].split()[:1]
    if not after or after[0].lower() not in _COPULAS:
        return False
    before = [w.lower() for w in window[: verb.start()].split()[-4:]]
    return not any(w in ("what", "all") for w in before)


_COPULAS = frozenset("was is were are".split())
# A second clause joined to the first ("..., and the firm will ...", "...; the firm ...").
_COORDINATED = re.compile(r",[ \u00a0]+(?:and|but|while|so)[ \u00a0]|;")
# The same, and "but" with no comma before it ("... resume until May but Ian Dale said").
_JOINED = re.compile(r",[ \u00a0]+(?:and|but|while|so)[ \u00a0]|;|[ \u00a0]but[ \u00a0]")


def _apposition_then_quote(rest: str) -> bool:
    """Whether `rest`, between an inverted speaker and the quotation, is an apposition set off
    by commas ("Said Ana Ruiz, who grew up here, '...'"), with no verb of speech in it."""
    words = rest.strip().rstrip(",:").split()
    return (
        rest.lstrip().startswith(",")
        and rest.rstrip().endswith((",", ":"))
        and 0 < len(words) <= _MAX_APPOSITION_WORDS
        and not any(w.strip(",").lower() in speech_verbs() for w in words)
    )


def _described_head(text: str, lo: int, aside: int) -> Cue | None:
    """The description that is the whole clause before an aside ("A banker, who ...", "A
    patient, speaking ..."), or None; its last word must be a noun, not an adverb or a verb
    ("The one who ...")."""
    head = _DESCRIBED_HEAD.fullmatch(text, lo, aside)
    if head is None:
        return None
    last = head.group(1).split()[-1]
    if last.endswith(("ly", "ed", "ing")) or last in _DESCRIBING:
        return None
    return Cue(head.group(1), head.start(1), head.end(1))
