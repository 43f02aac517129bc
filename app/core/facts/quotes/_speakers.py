"""Who is quoted: the speech cue next to a quotation (the phrase itself is read by `_phrases`).

A speaker phrase is found from the words around a quotation ("..., said Mr Smith", "..., he
added", "Ms Jones told the BBC: ...", "said the firm's chief executive, Ana Ruiz"); turning the
phrase into the name the article uses is `_speaker_names.resolve`. This module reads the words
after a closing mark (`cue_after`) and holds what both sides share (the speech verbs, which of
them may stand before their subject, a clause's opening subject); the words before an opening
mark are read by `_cue_before`.

Rules and lexicons were tuned on bbc-facts-dev and PolNeAR train/dev (honestly: by reading errors,
never by matching specific articles). Every regular expression runs on a bounded window (at most
`WINDOW` characters), so the cost per quotation is constant.
"""

from __future__ import annotations

import re
from functools import cache

from app.core.facts.nlp.appositions import (
    Span,
    name_after_apposition,
    name_before_age,
    name_before_apposition,
    name_before_open_apposition,
)
from app.core.facts.nlp.clauses import clause_subject_at, subject_at
from app.core.facts.nlp.lexicon import (
    NAME_RUN,
    NOT_NAMES,
    PRONOUNS,
    speech_verbs,
    titles,
)
from app.core.facts.quotes._person_nouns import NOT_A_PERSON
from app.core.facts.quotes._phrases import (
    DETERMINER_WORDS,
    MAX_SUBJECT_TOKENS,
    TOKEN,
    WINDOW,
    Cue,
    before_auxiliaries,
    breaks_sentence,
    is_role_phrase,
    subject_after,
    subject_before,
)
from app.core.facts.quotes._speaker_shape import marked_name, reads_as_name_or_role
from app.core.facts.quotes._voice import (
    is_passive,
    passive_agent,
)

# "a source, who was not allowed to speak on the record," before a speech verb.
_RELATIVE_APPOSITION = re.compile(r"([^,;:\"“”]{3,80}),\s+(?:who|whom|whose)\b[^;:\"“”]{1,120},")
_DASHES = frozenset("—―–")
# Verbs that may come before their subject ("..., said Mr Smith"); "accused X" may not.
_INVERTABLE = frozenset(
    """said says added adds asked asks continued wrote writes explained insisted warned argued
    replied responded declared noted recalled concluded""".split()
)
# Speech verbs whose object comes right after them ("accused the minister", "called it"): never
# inverted. Any other finite speech verb may stand before its subject ('"...," scoffed X').
_OBJECT_FIRST = frozenset(
    """told tells accused called calls described describes criticised criticized denied urged
    urges charged charges branded promised promises pledged vowed""".split()
)


@cache
def verb_regex() -> re.Pattern[str]:
    """The compiled speech-verb alternation (built once from the lexicon)."""
    # Inverted verbs also open sentences ("Said Ms Ellis: ..."); other verbs are matched in lower
    # case only, so that "States" in "United States" is not a verb.
    forms = speech_verbs() | {verb.capitalize() for verb in _INVERTABLE}
    verbs = sorted(forms, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(v) for v in verbs) + r")\b")


def inverts(verb: str) -> bool:
    """Whether a speech verb may come before its subject ('"...," scoffed Ana Ruiz')."""
    lower = verb.lower()
    if lower in _INVERTABLE:
        return True
    return verb.islower() and not lower.endswith("ing") and lower not in _OBJECT_FIRST


# Verbs that name what follows them ("a group called 'X'", "a scheme dubbed Y") as well as
# report speech; `_NAMED_AFTER`: a quotation mark or a capitalised word right after the verb
# (or after "the").
_NAMING = frozenset("called dubbed named labelled labeled termed".split())
_NAMED_AFTER = re.compile("\\s+(?:the\\s+)?[\"“‘'A-Z]")


def cue_after(text: str, start: int, stop: int) -> Cue | None:
    """A speaker cue right after a closing quotation mark: ', said X' or ', X said'."""
    stop = min(stop, start + WINDOW)
    window = text[start:stop]
    lead = len(window) - len(window.lstrip(" ,—―–-\u00a0"))
    if lead == len(window):
        return None
    if window.startswith(".", lead) and not window.startswith("..", lead):
        # 'Sky promised to cover it "in a way no other broadcaster could". The BBC denied ...':
        # the full stop after the closing mark ends the sentence, and a new subject in the
        # next one reports something else; "he" or "she" goes on with the same person ('... to
        # face up to "painful realities". He said the level was right').
        following = cue_after(text, start + lead + 1, stop)
        return following if following is not None and _continues(following) else None
    if window[:lead].strip(" ,\u00a0")[-1:] in _DASHES:
        # '"..." ― Jane Doe.': a dash and a bare name sign the quotation.
        name = NAME_RUN.match(window, lead)
        rest = window[name.end() :].strip(" .,\u00a0") if name is not None else "x"
        if name is not None and not rest:
            return Cue(name.group(), start + name.start(), start + name.end())
    if window.startswith("according to ", lead):
        # '"...," according to Judicial Watch.'; '"...," according to a statement from its
        # owner, Vitrex Glass.': the name the description is set off from names the speaker.
        after = subject_after(text, start + lead + len("according to "), stop)
        if after is not None and after.phrase[:1].islower():
            apposed = name_after_apposition(text, after.end, stop)
            if apposed is not None:
                return Cue(apposed.text, apposed.start, apposed.end)
        return after
    came = _CAME_FROM.match(window, lead)
    if came is not None:
        # '"...," came the reply from the port's owner': whom the answer came from speaks.
        return subject_after(text, start + came.end(), stop)
    run_on = _run_on_subject(text, start + lead, stop)
    if run_on is not None:
        return run_on
    verb = verb_regex().search(window, lead)
    if verb is None or breaks_sentence(window[lead : verb.start()]):
        comma = "," in text[max(0, start - 3) : start] + window[:lead]
        return _signature(window, lead, start) if comma else None
    before = window[lead : verb.start()].strip()
    if not before:
        if not inverts(verb.group()):
            return None
        after = subject_after(text, start + verb.end(), stop)
        if after is not None:
            # "..., said the firm's chief executive, Ana Ruiz.": the name set off after the role.
            named = name_after_apposition(text, after.end, stop + WINDOW)
            if named is not None and (is_role_phrase(after.phrase) or _describes_one(after.phrase)):
                return Cue(named.text, named.start, named.end)
            if marked_name(text, after.end) and " " not in after.phrase:
                return after  # '"...," said Which?, which ...': a name with its own mark
            return after if reads_as_name_or_role(after.phrase) else None
        # '"..." announced in May, said Ana Ruiz': the quoted words run on into their own
        # clause, and the cue set off by a comma comes after it.
        verb = verb_regex().search(window, verb.end())
        if verb is None:
            return None
        before = window[lead : verb.start()].strip()
        if not before.endswith(",") or breaks_sentence(before):
            return None
    if breaks_sentence(before):
        return None
    if verb.group().lower() in _NAMING and _NAMED_AFTER.match(text, start + verb.end()):
        # '"...," a site run by a group called "Fair Vote"': the verb names something; no one
        # says the quotation.
        return None
    if is_passive(text, start + lead, start + verb.start()):
        return passive_agent(text, start + verb.end(), stop)  # '"...?" Vance was asked.'
    if before.endswith(",") and inverts(verb.group()):
        # '"..." that Sanders can win, said Ana Ruiz': the quotation runs on into its clause.
        after = subject_after(text, start + verb.end(), stop)
        if (
            after is not None
            and reads_as_name_or_role(after.phrase)
            and after.phrase.lower() not in NOT_NAMES  # "..., Donald Trump, said Sunday"
        ):
            return after
    # '"...," Ana Ruiz, head of operations at Nordline, tells ...': the name, not Nordline.
    # ('"...," Ana Ruiz, a fellow at Nordline, has said': the auxiliary is not in the apposition.)
    subject_end = before_auxiliaries(text, start + lead, start + verb.start())
    apposed = name_before_age(text, start + lead, subject_end) or name_before_apposition(
        text, start + lead, subject_end
    )
    if apposed is not None:
        return Cue(apposed.text, apposed.start, apposed.end)
    relative = _RELATIVE_APPOSITION.fullmatch(before)
    if relative is not None and reads_as_name_or_role(relative.group(1)):
        # '"...," an intelligence source, who was not allowed to speak, told ...'
        begin = start + lead + relative.start(1)
        return Cue(relative.group(1), begin, begin + len(relative.group(1)))
    if len(TOKEN.findall(before)) > MAX_SUBJECT_TOKENS:
        # '"...," Ana Ruiz, an analyst at Nordline told ...': the apposition's closing comma left
        # out; the name opens the words and the description runs to the verb.
        opened = name_before_open_apposition(text, start + lead, subject_end)
        return Cue(opened.text, opened.start, opened.end) if opened is not None else None
    opened = name_before_open_apposition(text, start + lead, subject_end)
    if opened is not None:
        # '"...," Ana Ruiz, from Nordline told Reuters': the name, not the firm.
        return Cue(opened.text, opened.start, opened.end)
    if (
        before.islower()
        and len(before.split()) <= _NOUN_WORDS
        and "," not in before
        and _modifies_noun(text, window, lead, start)
    ):
        return None  # 'the "failing" agency noting ...': the quoted word qualifies the noun
    if _HEARD_FROM.match(text, start + verb.end(), stop):
        return None  # '"...," Ruiz recalled her neighbour saying': the neighbour's, unnamed
    return subject_before(text, start + lead, start + verb.start())


# Someone else as the object of the reporting verb, and what they said: "recalled her neighbour
# saying", "quoted him as saying", "heard Tom Reed tell": the quotation is theirs.
_HEARD_FROM = re.compile(
    r"[ \u00a0]+(?:[\w'’-]+[ \u00a0]+){1,4}?(?:as[ \u00a0]+)?"
    r"(?:saying|telling|shouting|asking|warning|say|tell|shout)\b"
)


def _continues(cue: Cue) -> bool:
    """Whether a cue opening the next sentence goes on with the same person ("He said")."""
    return cue.phrase.lower() in ("he", "she")


def _run_on_subject(text: str, lo: int, stop: int) -> Cue | None:
    """'"..." there and in the states that vote in March, the memo stated.': the quoted words
    run on in lower case into their own clause, and a reporting clause set off by a comma ends
    the sentence, its subject before its verb (the twin of '..., said Ana Ruiz' below). The
    subject is the words between the last comma and that closing verb, when they read as a
    speaker."""
    first = TOKEN.match(text, lo)
    if first is None or first.start() != lo or not first.group()[:1].islower():
        return None  # '"...," Ana Ruiz, the senator from Ohio said': her apposition, no run-on
    if first.group() in PRONOUNS or first.group() in DETERMINER_WORDS:
        return None  # '"...," he said', '"..." the senator said': a clause of its own
    end = _SENTENCE_END.search(text, lo, stop)
    if end is None:
        return None
    verbs = list(verb_regex().finditer(text, lo, end.start()))
    if not verbs or text[verbs[-1].end() : end.start()].strip(" \u00a0"):
        return None
    verb = verbs[-1]
    comma = text.rfind(",", lo, verb.start())
    if comma < 0 or breaks_sentence(text[lo:comma]) or _QUOTE_MARK.search(text, lo, comma):
        return None
    words = text[comma + 1 : verb.start()].strip()
    if not words or len(TOKEN.findall(words)) > MAX_SUBJECT_TOKENS:
        return None
    if not reads_as_name_or_role(words) or words.lower() in NOT_NAMES:
        return None
    begin = text.index(words, comma + 1)
    return Cue(words, begin, begin + len(words))


_SENTENCE_END = re.compile(r"[.!?]")
_QUOTE_MARK = re.compile('["“”«»]')


def _modifies_noun(text: str, window: str, lead: int, start: int) -> bool:
    """Whether the quoted words stand before a bare lower-case noun with no punctuation at all
    between ('the "failing" agency noting', 'an "excellent" plan'): they qualify the noun, and
    the noun is no speaker."""
    closing = text[max(0, start - _MARK_REACH) : start].rstrip(_MARKS)
    if closing[-1:] in _SPEECH_ENDS or any(c in _SPEECH_ENDS for c in window[:lead]):
        return False
    word = TOKEN.match(window, lead)
    if word is None or word.start() != lead:
        return False
    lower = word.group().lower()
    return (
        word.group()[:1].islower()
        and lower not in PRONOUNS
        and lower not in DETERMINER_WORDS
        and lower not in NOT_NAMES  # "and", "when", "in": the sentence goes on
        and lower not in _LINK_WORDS
    )


_SPEECH_ENDS = frozenset(",.?!:;—―–-")
_MARKS = " \u00a0\"'“”‘’«»"
_MARK_REACH = 6
_NOUN_WORDS = 3
_LINK_WORDS = frozenset("of to into onto from with without about over under than like via".split())


# What opens a description of one person set off before their name ("one regular, Pat Moyo").
_ONE_OF = frozenset({"a", "an", "the", "one", "another"})
_DESCRIPTION_WORDS = 4


def _describes_one(phrase: str) -> bool:
    """A short lower-case noun phrase for one person, before their name: "one regular",
    "another shopper", "a passer-by", "the union's organiser", "Aslef's regional organiser" (a
    role phrase is `is_role_phrase`)."""
    words = phrase.split()
    if not 1 < len(words) <= _DESCRIPTION_WORDS:
        return False
    first, rest = words[0], words[1:]
    owner = _OWNER.fullmatch(first) is not None
    if first.lower() not in _ONE_OF and not owner:
        return False
    # One owner may stand inside ("the union's organiser"); the head is a lower-case noun.
    owners = [w for w in rest if _OWNER.fullmatch(w)]
    plain = [w for w in rest if not _OWNER.fullmatch(w)]
    return (
        len(owners) + owner <= 1
        and bool(plain)
        and not _OWNER.fullmatch(rest[-1])
        and all(w.replace("-", "").isalpha() and w.islower() for w in plain)
        and rest[-1].lower() not in NOT_A_PERSON
    )


# An owner's word: "union's", "Aslef's", "its" is no owner here (a body speaks through it).
_OWNER = re.compile(r"[A-Za-z][\w-]*['’]s")


def _signature(window: str, lead: int, start: int) -> Cue | None:
    """'"...," Mr Bootle.': a comma, then a person's name that ends the sentence (a title or two
    words), signs the quotation even without a verb."""
    name = NAME_RUN.match(window, lead)
    if name is None or not window[name.end() :].startswith("."):
        return None
    words = name.group().split()
    opener = words[0].lower().rstrip(".")
    if len(words) < 2 or (opener in NOT_NAMES and opener not in titles()):
        return None
    return Cue(name.group(), start + name.start(), start + name.end())


def introduced_by_relative(words: str) -> bool:
    """Whether `words`, which end with a colon, end with a relative clause set off by a comma
    ("..., the site for the drive, which carries this note:"): what introduces the quotation
    is the thing "which" stands for, not the clause's subject."""
    return _RELATIVE_COLON.search(words) is not None


_RELATIVE_COLON = re.compile(r",[ \u00a0]+which[ \u00a0][^,;:]*:\s*$")


def clause_subject(text: str, lo: int, hi: int) -> Cue | None:
    """The subject at the start of a clause ("Ms Jones praised the police and said: ...")."""
    subject = opening_subject(text, lo, hi)
    return Cue(subject.text, subject.start, subject.end) if subject is not None else None


def opening_subject(text: str, lo: int, hi: int) -> Span | None:
    """The subject a clause opens with: read from the words (`nlp.clauses.subject_at`), and cut
    where the grammar ends the same phrase sooner ("Ana Ruiz answered the critics": the words
    run on over "answered the critics", which the tagger reads as a verb and its object)."""
    words = subject_at(text, lo, hi)
    if words is None:
        return None
    grammar = clause_subject_at(text, lo, hi)
    if (
        grammar is not None
        and grammar.start == words.start
        and grammar.end < words.end
        and text[grammar.end : words.end].split()[0].islower()
    ):
        return grammar
    if (
        grammar is not None
        and grammar.start == words.start
        and grammar.end > words.end
        and words.text.split()[0].lower() in _DETERMINERS_OPENING
        and words.text.split()[-1][:1].isupper()
        and _LOWER_NOUNS.fullmatch(text, words.end, grammar.end) is not None
    ):
        # "A senior Western diplomat": the word lists stop at the lower-case noun after a
        # capitalised modifier; the grammar's phrase runs on to its head.
        return grammar
    return words


# '"...," came the reply from': an answer said to come from someone, who speaks.
_CAME_FROM = re.compile(
    r"came[ \u00a0]+(?:the|a|an)[ \u00a0]+(?:[a-z]+[ \u00a0]+)?"
    r"(?:reply|response|answer|retort|rejoinder)[ \u00a0]+from[ \u00a0]+"
)
_DETERMINERS_OPENING = frozenset({"a", "an", "one", "another", "the"})
_LOWER_NOUNS = re.compile(r"(?:[ \u00a0]+[a-z]+){1,2}")
