"""What the words around a date candidate say: tense, quantities, sentence starts.

The rules look only at a small window around a candidate (a few words, or its clause), so the
whole scan stays linear in the length of the text.
"""

from __future__ import annotations

import datetime
import enum
import functools
import re
from dataclasses import dataclass

from app.core.facts.dates._clause import (
    CLEARLY_A_VERB,
    ED,
    REPORTING,
    SAME_FORM_VERBS,
    SCHEDULED_WORD,
    TENSE,
    expects_ahead,
    in_own_clause,
    opens_coordinated_clause,
    tense_words,
)
from app.core.facts.dates._governing import (
    facing_present,
    is_present_perfect,
    present_after_aside,
    present_verb_between,
)
from app.core.facts.dates._lexicon import MONTH_FULL_RE, MONTHS, WEEKDAY_RE, WEEKDAYS

_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’.-]*)[\s,]*$")
_NEXT_WORD = re.compile(r" +([A-Za-z][\w'’-]*)")
_WORD_AFTER = re.compile(r"^[\s,]*([A-Za-z][\w'’-]*)")
# A past verb right before a date's preposition governs it: "met in December", "was elected on
# Nov. 2", "rose 4% in March" is not (the object stands between); a participle of what is still
# to come ("a scheduled Dec. 15 start", "planned for") is not past, nor one after "be" ("rules to
# be published in December", "will be held on").
_PAST_JUST_BEFORE = re.compile(
    r"\b(?<!\bbe\s)(?:was|were|had\s+been|met|held|took\s+place|began|ended|died|opened|closed|"
    r"(?!(?:scheduled|planned|expected|proposed|intended|slated|needed)\b)" + ED + ")"
    r"\s+(?:in|on|during|last|early\s+in|late\s+in)?\s*$",
    re.IGNORECASE,
)
# "On patrol since March": the date a state began is behind us, whatever verb follows; so is
# the date a pay rise is "backdated to", even one that "will be" backdated.
_SINCE = re.compile(r"\b(?:since|back-?dated\s+to)\s*$", re.IGNORECASE)
# What may stand between a past verb and a date it governs: its object or a phrase of
# nouns, numbers, determiners and prepositions ("appointed to the cabinet in", "closed 600
# schools in"), no new verb ("to open",
# "that", "which"), no comma.
_GOVERNS_THROUGH = re.compile(
    r"(?:\s+(?:to\s+(?=(?:the|a|an|his|her|its|their|[A-Z])\b))?"
    r"(?!(?:to|that|which|who|and|or|but|when|if|as|because|while|after|before|until)\b)"
    r"(?:[A-Za-z][\w'’-]*|[£$€]?\d[\d,.]*[mbk]?)){0,5}\s+(?:in|on|during|by)\s*"
)
# An "-ed" word, or a past whose form is its present ("the river burst its banks", read as a
# past after its subject by `_clause`), with an object right after it is an active past verb,
# no adjective or reduced relative ("The firm hired 40 staff", "a storm closed the schools"; not
# "the report published in January"): a determiner, an owner or a number opens the object.
_TAKES_AN_OBJECT = re.compile(
    r"(?:(?<=ed)|" + "|".join(f"(?<=\\b{verb})" for verb in SAME_FORM_VERBS) + r")"
    r"\s+(?:(?:a|an|the|its|his|her|their|our|some|more|nearly|almost|about|over)\b|[£$€\d])"
)
# A past verb of expecting or intending: the event it looks to may still be ahead.
_EXPECTING = re.compile(
    r"(?:expected|hoped|planned|intended|aimed|wanted|promised|pledged|vowed)$", re.IGNORECASE
)
# Past verbs of permitting, deciding or agreeing whose "to" infinitive tells what was to
# follow ("allowed councils to charge", "agreed to buy", "voted to close"), and of hoping or
# intending ("hoped to finish").
_PROSPECTIVE = re.compile(
    r"(?:allowed|permitted|authori[sz]ed|enabled|cleared|agreed|decided|voted|approved|chose|"
    r"opted|ordered|asked|urged|told|instructed|required|invited|promised|pledged|vowed|"
    r"offered|arranged|hoped|wanted|aimed|intended|expected|planned)",
    re.IGNORECASE,
)
# From such a verb to a date its infinitive governs: an object of a few words, "to" and a verb
# (not "to the ..."), and the infinitive's own words, with no comma or new clause between; the
# date's own "before", "after" or "until" may close it ("offered to meet before Christmas").
_TO_INFINITIVE_THROUGH = re.compile(
    r"(?:\s+(?!(?:that|which|who|and|or|but|when|if|as|because|while|after|before|until)\b)"
    r"[A-Za-z][\w'’-]*){0,4}\s+to\s+"
    r"(?!(?:the|a|an|his|her|its|their|our|this|that|these|those)\b)(?-i:[a-z])\w*"
    r"(?:\s+(?!(?:that|which|who|and|or|but|when|if|because|while|after|before|until)\b)"
    r"[\w'’$£€%.-]+){0,8}(?:\s+(?:before|after|until))?\s*"
)
# A noun of a decision, an agreement or a grant whose "to" infinitive tells what it is for ("a
# deal to keep the agency funded through March", "an agreement with a utility to supply units
# until June", "money to run the ferry until Easter"), closed by the end of a span or a
# deadline: the date is the infinitive's, which runs on from the deal, whatever the deal's verb.
_PURPOSE_SPAN = re.compile(
    r"\b(?:deal|agreement|contract|accord|settlement|plan|bill|law|measure|motion|resolution|"
    r"budget|package|fund|funding|money|grant|loan|permission|approval|licen[cs]e|powers|bid|"
    r"offer|pledge|promise|commitment|decision|vote|scheme|programme|program|stopgap)s?"
    r"(?:\s+(?!(?:that|which|who|and|or|but|when|if|as|because|while|after|before|until)\b)"
    r"[A-Za-z][\w'’-]*){0,4}\s+to\s+"
    r"(?!(?:the|a|an|his|her|its|their|our|this|that|these|those)\b)(?-i:[a-z])\w*"
    r"(?:\s+(?!(?:that|which|who|and|or|but|when|if|because|while|after|before|until)\b)"
    r"[\w'’$£€%.-]+(?:,\d{3})*){0,8}?\s+(?:through|thru|until|till|by|into)\s*$",
    re.IGNORECASE,
)
# A date that modifies the noun after it ("Thursday's fight", "the March vote"): the noun's
# time, not the time of a verb's event.
_MODIFIES_A_NOUN = re.compile(
    r"['’]s\b|\s+(?!(?:then|in|at|on|of|and|or|but|when|before|after|during|with|for|to|is|"
    r"was|until|from|as|if|next|last|this|that|so|while|because|since|unless|under)\b)"
    r"(?-i:[a-z])"
)
# What may stand between a past verb and the "until" that runs on from it ("remained closed
# until", "kept the plant running until"): a few words, no comma.
_PUT_OFF = re.compile(
    r"postponed|delayed|adjourned|deferred|extended|suspended|paused|halted|frozen|froze|"
    r"closed|shut|banned|barred|stopped|blocked",
    re.IGNORECASE,
)
_JUST_BEFORE_UNTIL = re.compile(r"(?:\s+[A-Za-z]+){0,4}\s+")
# A date something is set for ("fixed a trial date of", "set the hearing for", "named 3 May
# as the deadline" is not read): a time after the setting, which news tells of lately.
_SET_FOR = re.compile(
    r"\b(?:set|fixed|booked|pencilled|penciled|named|picked|chose|agreed)\s+"
    r"(?:[A-Za-z][\w'’-]*\s+){0,4}?(?:for|(?:date|deadline)\s+of)\s*$",
    re.IGNORECASE,
)
# A day an event is set for by an active verb of setting and its object ("The court set a
# hearing for Friday", "has fixed the vote for Tuesday"): what is set is still to come (a
# passive past, "was set for Friday but was moved", says nothing of now; "set bail at £5,000 on
# Friday" is no setting for a day, nor "set a record for October", "set the tone for", which
# tell of a time done or of a measure).
_SETS_A_DAY = re.compile(
    r"\b(?<!\bwas\s)(?<!\bwere\s)(?<!\bhad\s)(?<!\bbeen\s)"
    r"(?:set|sets|fixed|fixes|booked|books|scheduled|schedules|rescheduled|reschedules)\s+"
    r"(?!(?:off|out|up|about|aside|back|in|on|at|for)\b)"
    r"(?!(?:(?:a|an|the|its|their|his|her)\s+)?(?:(?:new|fresh|all-time)\s+)?"
    r"(?:record|high|low|best|worst|mark|tone|pace|standard|benchmark|precedent|example|bar)s?\b)"
    r"(?:[A-Za-z][\w'’-]*\s+){1,4}?for\s*$",
    re.IGNORECASE,
)
# A time told before the setting in its clause ("In October the court set a hearing for
# November", "last week fixed the vote for"): the setting is placed, and so the date set may lie
# behind now; a month set keeps the nearest instance then.
_SETTING_PLACED = re.compile(
    rf"\b(?:{MONTH_FULL_RE}|{WEEKDAY_RE}|(?-i:\d{{4}})|last|ago|yesterday|earlier|previous|"
    r"then|since|after|before)\b",
    re.IGNORECASE,
)
# A present of reporting a company's results on a named day ("The firm reports full-year
# results on 14 April", "publishes its annual accounts on Thursday"): a timetable, the day
# still to come. With only a month ("reports its figures in October") the present may be a
# habit, and it is not read.
_SCHEDULED_REPORT = re.compile(
    r"\b(?-i:reports|publishes|releases|posts|announces|unveils|issues)\s+"
    r"(?:(?:its|their|the|his|her)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:results|figures|earnings|accounts|trading\s+update|update)\s+on\s*$",
    re.IGNORECASE,
)
# A present of following, with the event followed and its date as the object ("The walkout
# follows a strike in October", "comes after a vote on Friday"): news tells what a thing follows
# when that is over, so the date is behind whatever tense the clause has after it. Not "follows
# the same format in June" (a manner, not an event).
_FOLLOWS_AN_EVENT = re.compile(
    r"\b(?:follows|comes\s+after)\s+(?!(?:the\s+)?same\b)"
    r"(?:[\w'’£$€%.-]+\s+){1,6}?(?:in|on|during|at)\s*$",
    re.IGNORECASE,
)
# A phrase of "after" or "following" set off by a comma and running on to the date, with no
# tense word of its own (", after losses in", ", following a fire on").
_AFTER_ASIDE = re.compile(r",\s+(?:after|following)\b[^,]*$", re.IGNORECASE)
# A word of a time named in a clause: a month, a weekday, a season, a year.
_TIME_WORD = re.compile(
    r"\b(?:"
    + "|".join((*MONTHS, *WEEKDAYS))
    + r"|spring|summer|autumn|fall|winter|year|month|week|weekend|today|tomorrow|\d{4})\b",
    re.IGNORECASE,
)
# Where a sentence ends: its stop, before a space or the end of a paragraph.
_SENTENCE_STOP = re.compile(r"[.!?][\"'”’)]*(?=\s)")
# Where the attribution of a quotation ends: a sentence's end or another quotation mark.
_ATTRIBUTION_END = re.compile(r"[.!?](?=\s|$)|[\"“”]")
# A verb of saying or thinking right before a date that opens the reported clause as its
# subject ("said Saturday was likely to be", "expects Monday will bring").
_REPORTED_SUBJECT_BEFORE = re.compile(
    r"\b(?:said|says|say|told\s+\w+|warned|warns|predicted|predicts|expects?|believes?|believed|"
    r"thinks?|thought|added|adds|noted|insisted|hoped|hopes|feared|fears)\s+(?:that\s+)?$",
    re.IGNORECASE,
)
# "Is" or "are" right before a date ("the election is in March", "the final is on May 2"): a
# month or day not yet over. Not for a weekday, which takes the nearest ("the reopening is
# Monday", see `leaning`).
_PRESENT_JUST_BEFORE = re.compile(
    r"\b(?:is|are)\s+(?:(?:set|slated|scheduled|due|planned)\s+)?(?:in|on|for)?\s*$", re.IGNORECASE
)
# At most this many words before a date in its clause ("But on", "Late in") and it opens it.
_OPENING_WORDS = 2
# A sentence or clause ends here; the period of "a.m." or "U.S." does not end one, nor one
# followed by a number or a lower-case word ("from Sept. 14 to Thursday").
_CLAUSE_BREAK = re.compile(r"(?<!\.\w)[.!?](?=\s|$)(?!\s+[a-z0-9])|[;\"“”]|``|''")
# A word or two in quotation marks inside a clause ("levels of “severe” or “emergency” on
# Wednesday") neither ends the clause nor gives it a tense: it is read as blank.
_SHORT_QUOTE = re.compile(r"[\"“][^\"“”\n]{1,30}[\"”]")
_QUARTER_WORD = re.compile(r"\b(?:quarter|period|three\s+months)\b", re.IGNORECASE)
_WINDOW = 80
_FAR_WINDOW = 200
# What a business report says of a quarter: an amount of money, a share, a figure in millions.
_AMOUNT = re.compile(
    r"[$£€¥]\s?\d|\d\s*(?:%|percent\b|per\s+cent\b)|\b(?:million|billion|bn|mln)\b", re.IGNORECASE
)
_WORD = re.compile(r"[A-Za-z]+")


class Tense(enum.Enum):
    """The time a date's governing verb speaks of, as far as the words show it."""

    PAST = "past"
    FUTURE = "future"
    # A time set by a past decision or permission for what was to follow ("allowed councils
    # to charge more from April"): after the deciding, which news tells of lately, so the
    # instance nearest the reference date, ahead or behind.
    NEAREST = "nearest"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Context:
    """A stretch of text (one paragraph) being scanned, and the reference date.

    Attributes:
        text: the whole text; offsets point into it.
        lo: start of the stretch scanned.
        hi: end of the stretch scanned.
        ref: the date relative expressions are resolved against, or None.
    """

    text: str
    lo: int
    hi: int
    ref: datetime.date | None

    def word_before(self, pos: int) -> str:
        """The word just before `pos` (skipping spaces and commas), or ""."""
        m = _WORD_BEFORE.search(self.text, max(self.lo, pos - 40), pos)
        return m.group(1) if m else ""

    def word_after(self, pos: int) -> str:
        """The word just after `pos` (skipping spaces and commas), or ""."""
        m = _WORD_AFTER.search(self.text[pos : min(self.hi, pos + 40)])
        return m.group(1) if m else ""

    def next_word(self, pos: int) -> str:
        """The word right after `pos` with only spaces between, or "" (a comma stops it)."""
        m = _NEXT_WORD.match(self.text, pos, min(self.hi, pos + 40))
        return m.group(1) if m else ""

    def char_before(self, pos: int) -> str:
        """The first non-space character before `pos`, or "" at the start of the stretch."""
        i = pos - 1
        while i >= self.lo and self.text[i].isspace():
            i -= 1
        return self.text[i] if i >= self.lo else ""

    def starts_sentence(self, pos: int) -> bool:
        """True when `pos` begins the stretch or follows sentence-ending punctuation."""
        return self.char_before(pos) in ("", ".", "!", "?", '"', "“", "'", "`", ":", "(", "-")

    def clause(self, start: int, end: int, reach: int = _WINDOW) -> tuple[str, str]:
        """The text of the clause before (up to `reach` characters) and after (up to a window)
        a span, within the stretch."""
        left = _unquote(self.text[max(self.lo, start - reach) : start])
        right = _unquote(self.text[end : min(self.hi, end + _WINDOW)])
        breaks = list(_CLAUSE_BREAK.finditer(left))
        if breaks:
            left = left[breaks[-1].end() :]
        m = _CLAUSE_BREAK.search(right)
        if m:
            right = right[: m.start()]
        return left, right

    def quotation_around(self, pos: int) -> tuple[int, int] | None:
        """(opening mark, closing mark) of the quotation holding `pos` within the stretch, or
        None when `pos` is outside quotation marks (curly marks, or straight ones counted)."""
        text, lo, hi = self.text, self.lo, self.hi
        curly_open = text.rfind("“", lo, pos)
        if curly_open >= 0 and text.rfind("”", curly_open, pos) < 0:
            close = text.find("”", pos, hi)
            return (curly_open, close) if close >= 0 else None
        if text.count('"', lo, pos) % 2 == 1:
            close = text.find('"', pos, hi)
            return (text.rfind('"', lo, pos), close) if close >= 0 else None
        return None

    def attribution(self, opening: int, closing: int) -> str:
        """The words that attribute a quotation: the rest of its sentence after the closing
        mark (', she said on Monday.'), and the start of the sentence before the opening one
        ('The minister said on Monday: ')."""
        text = self.text
        after = text[closing + 1 : min(self.hi, closing + 1 + _WINDOW)]
        cut = _ATTRIBUTION_END.search(after)
        after = after[: cut.start()] if cut else after
        before = text[max(self.lo, opening - _WINDOW) : opening]
        ends = list(_ATTRIBUTION_END.finditer(before))
        before = before[ends[-1].end() :] if ends else before
        return before + " " + after

    def sentence_before(self, pos: int) -> str:
        """The sentence that ends before the one holding `pos` (up to a window back; it may be
        the last of the paragraph before), or ""."""
        text = self.text
        lo = max(0, pos - _FAR_WINDOW - _WINDOW)
        ends = [m.start() for m in _SENTENCE_STOP.finditer(text, lo, pos)]
        if not ends:
            return ""
        start = ends[-2] + 1 if len(ends) > 1 else lo
        return text[start : ends[-1] + 1]

    def tense(self, start: int, end: int) -> Tense:
        """The tense of the verb that governs a span, as far as the words around it show.

        Past when a past verb stands right before the date's preposition ("the board met in
        December"); future when the nearest tense word before the span in its clause (else the
        nearest after it: "On Friday, the board will meet") is a future or modal one ("should
        ease by Thursday") or the present of a scheduled event ("the tour that stops in Leeds
        on July 22") or "is" right before the date ("the election is in March"); past when the
        date opens its clause before a comma and the first verb
        after it is past ("In January, the firm hired a chief"); otherwise unknown: "the firm
        said it expects a deal in January" does not make January a past one.
        """
        return self.tense_and_word(start, end)[0]

    @staticmethod
    def is_future_word(word: str) -> bool:
        """Whether `word` (from `tense_and_word`) is a word of the future or of a scheduled
        present ("will", "plans to", "opens"), not the "until" of a span's end or a verb."""
        if word.lower() == "until":
            return False
        m = TENSE.fullmatch(word)
        return bool(m and (m["future"] or m["soon"])) or bool(SCHEDULED_WORD.fullmatch(word))

    @staticmethod
    def is_past_word(word: str) -> bool:
        """Whether `word` is a past form of a verb ("said", "published", "met")."""
        m = TENSE.fullmatch(word)
        return bool(m and m["past"])

    def tense_and_word(self, start: int, end: int) -> tuple[Tense, str]:
        """`tense`, with the tense word that decided it ("" when the words right before the
        date did: "met in", "is in", "set ... for")."""
        found, chosen = self._read_tense(start, end)
        word = chosen.group() if chosen is not None and found is not Tense.UNKNOWN else ""
        if found is Tense.UNKNOWN:
            left = self.clause(start, end)[0]
            if _PRESENT_JUST_BEFORE.search(left):
                # "the election is in March": what is, at a date, is not over
                return Tense.FUTURE, ""
            setting = _SETS_A_DAY.search(left)
            if setting is not None and not _SETTING_PLACED.search(left, 0, setting.start()):
                # "The court set a hearing for October", said in December: what is set lies
                # ahead of the setting, which news tells of when it is done (as a weekday in
                # `leaning`), so the next such month.
                return Tense.FUTURE, ""
            if _SET_FOR.search(left):
                # "The judge fixed a trial date of 13 April": the date set, not the setting.
                return Tense.NEAREST, ""
        return found, word

    def leaning(self, start: int, end: int) -> Tense:
        """Like `tense`, but a past verb anywhere near in the clause counts as past.

        For a bare weekday, which lies within a week of the article either way: "said on
        Tuesday" is the Tuesday before; with no tense word at all ("the launch is Tuesday")
        the caller takes the nearest one.
        """
        found, nearest = self._read_tense(start, end)
        if found is Tense.UNKNOWN and nearest is not None and _EXPECTING.match(nearest.group()):
            # "Campaigners had expected approval before Christmas", "hoped to finish by
            # Friday": the date is the hoped-for event's, which the past of the hoping does
            # not place; the caller takes the nearest one.
            return Tense.UNKNOWN
        if found is Tense.UNKNOWN and _SETS_A_DAY.search(self.clause(start, end)[0]):
            # "The court set a hearing for Friday": the day set lies ahead of the setting,
            # which news tells of when it is done, so the next such day (a month keeps the
            # nearest: see `tense_and_word`).
            return Tense.FUTURE
        if found is Tense.UNKNOWN and self._ahead_of_now(start, nearest):
            # "The family have appealed for help ahead of his funeral on Friday": what the
            # present perfect (or a clause of no tense word) tells of is up to now, and the
            # date lies ahead of it.
            return Tense.FUTURE
        present = self._present_after_perfect(start, nearest) if found is Tense.UNKNOWN else None
        if present is not None:
            # "MPs have backed the bill, which faces a final vote before Christmas", "have set
            # aside money for refunds, which begin Monday": a present verb after the present
            # perfect governs the date, which the perfect does not place; the present of an
            # event points ahead.
            return Tense.FUTURE if present == "ahead" else Tense.UNKNOWN
        return Tense.PAST if found is Tense.UNKNOWN and nearest is not None else found

    def _ahead_of_now(self, start: int, nearest: re.Match[str] | None) -> bool:
        """Whether the date at `start` follows "ahead of" (or "in the run-up to", "in time
        for") and a few words of its own, after no tense word in its clause or after a present
        perfect's participle (see `leaning`)."""
        left = self.clause(start, start, _FAR_WINDOW)[0]
        ahead = _AHEAD_OF.search(left)
        if ahead is None:
            return False
        if nearest is None:
            return True
        lo = start - len(left)
        return (
            nearest.string == left
            and nearest.end() <= ahead.start()
            and is_present_perfect(self.text, lo, lo + nearest.start())
        )

    def _present_after_perfect(self, start: int, nearest: re.Match[str] | None) -> str | None:
        """When `nearest`, the past word nearest before the date at `start` in its clause, is a
        present perfect's participle, or there is no tense word in the clause: how a finite
        present verb after it reads the date (`present_verb_between`); else None (see
        `leaning`)."""
        left = self.clause(start, start, _FAR_WINDOW)[0]
        if nearest is None:
            lo = start - len(left)
            return present_verb_between(self.text, lo, lo, start)
        if nearest.string != left:
            return None  # the tense word stands after the date
        lo = start - len(left)
        if not is_present_perfect(self.text, lo, lo + nearest.start()):
            return None
        return present_verb_between(self.text, lo, lo + nearest.end(), start)

    def _read_tense(self, start: int, end: int) -> tuple[Tense, re.Match[str] | None]:
        """`tense`, with the tense word nearest the span in its clause (None: there is none,
        or a past verb right before the date decided)."""
        # The left reaches further than the right: the clause's verb may stand well back
        # ("flights would leave on Mondays from March 30, with the third each Thursday from
        # August 6"), but the nearest tense word before the date is the one that counts.
        left, right = self.clause(start, end, _FAR_WINDOW)
        if _PAST_JUST_BEFORE.search(left) or _SINCE.search(left):
            return Tense.PAST, None
        after = tense_words(right)
        coordinated = opens_coordinated_clause(left, right, after)
        if coordinated is not None:
            # "Sagebridge said it would shed 400 roles, and in October Kintell announced it
            # was closing": the verb of the date's own clause governs it, not the "would" of
            # the clause before.
            left = left[coordinated:]
        left_words = tense_words(left)
        if _SCHEDULED_REPORT.search(left):
            # "The firm reports full-year results on 14 April": results are reported on a day
            # fixed ahead.
            return Tense.FUTURE, None
        if expects_ahead(left, left_words):
            # "A hearing is expected in the summer", "is not expected before the autumn": a
            # present passive of expectation looks ahead from now.
            return Tense.FUTURE, None
        if (
            after
            and _REPORTED_SUBJECT_BEFORE.search(left)
            and not right[: after[0][0].start()].strip()
        ):
            # "forecasters said Saturday was likely to be the hottest day": the date is the
            # subject of the reported clause, and its own verb governs it, not "said".
            chosen, future = after[0]
            return (Tense.FUTURE if future else Tense.UNKNOWN), chosen
        before = in_own_clause(left, left_words)
        if before:
            chosen, future = before[-1]
            lo = start - len(left)
            if not future and present_after_aside(self.text, lo, lo + chosen.start(), start):
                # "The mayor, who took office in January, faces a recall vote in March": the
                # past verb of the aside does not govern the date; the clause's own present
                # of an event after the aside does, and points ahead.
                return Tense.FUTURE, chosen
            if (
                future
                and len(before) > 1
                and chosen.group().lower() == "until"
                and not before[-2][1]
                and not _PUT_OFF.fullmatch(before[-2][0].group())
                and _JUST_BEFORE_UNTIL.fullmatch(left, before[-2][0].end(), chosen.start())
            ):
                if _PROSPECTIVE.fullmatch(
                    before[-2][0].group()
                ) and _TO_INFINITIVE_THROUGH.fullmatch(left, before[-2][0].end()):
                    # "promised to keep it open until March": the span is the promised
                    # infinitive's, which follows the promise (as `NEAREST` below).
                    return Tense.NEAREST, before[-2][0]
                # "The show ran until March", "were hidden until the following spring": the
                # past verb that "until" runs on from governs the date (but what was put off
                # "until Tuesday" is still to come).
                return Tense.PAST, before[-2][0]
            if future and _SCHEDULE_PARTICIPLE.search(left, 0, chosen.end()) and after:
                # "A vote scheduled for Oct. 21 was cancelled": the participle describes the
                # noun; the clause's own verb after the date says whether it is past.
                verb, ahead = after[0]
                if not ahead and _FINITE_PAST.fullmatch(verb.group()):
                    return Tense.PAST, verb
            if future and (
                _WAS_SCHEDULED.search(left, 0, chosen.end())
                or _ONCE_BEFORE.search(left, 0, chosen.start())
            ):
                # "The vote was scheduled for Oct. 21 but was delayed", "a deal once expected
                # within weeks of an October meeting": a schedule or a hope told in the past
                # says neither that the date is over nor that it is still to come.
                return Tense.UNKNOWN, chosen
            if future and chosen.group().lower() == "until" and len(before) == 1 and after:
                # "Until October, the ferry ran every hour": a span's end opening the clause
                # is governed by the clause's verb after it, and a past one puts it behind.
                verb, ahead = after[0]
                said = REPORTING.fullmatch(verb.group()) is not None
                if len(left.split()) <= _OPENING_WORDS and not ahead and verb["past"] and not said:
                    return Tense.PAST, verb
            aside = _AFTER_ASIDE.search(left, chosen.end()) if future else None
            if aside is not None and not _TIME_WORD.search(left, chosen.end(), aside.start()):
                # "The scheme is expected to save £2m, after losses in October": when the
                # future clause names no time of its own, a phrase of "after" set off by a
                # comma tells what it comes after, and the future word does not place it
                # ("will open in May, after tests in March" does: the tests lead up to May).
                return Tense.UNKNOWN, None
            if future:
                return Tense.FUTURE, chosen
            if (
                _PROSPECTIVE.fullmatch(chosen.group())
                and _TO_INFINITIVE_THROUGH.fullmatch(left, chosen.end())
                and not _MODIFIES_A_NOUN.match(right)
            ):
                # "The government allowed councils to charge more from April", "agreed to buy
                # the line in February": the date is the infinitive's, which follows the
                # permitting or agreeing; the past verb does not put it behind.
                return Tense.NEAREST, chosen
            if _PURPOSE_SPAN.search(left) and not _MODIFIES_A_NOUN.match(right):
                # "reached a deal to keep the agency funded through March": the end of what a
                # deal or a grant of late is for lies ahead.
                return Tense.FUTURE, chosen
            if (
                _GOVERNS_THROUGH.fullmatch(left, chosen.end())
                and not REPORTING.fullmatch(chosen.group())
                and (
                    CLEARLY_A_VERB.search(left, 0, chosen.end())
                    or _TAKES_AN_OBJECT.match(left, chosen.end())
                )
            ):
                # "She was appointed to the cabinet in February", "The firm hired 40 staff in
                # January": the past verb's own phrase runs on to the date.
                return Tense.PAST, chosen
            return Tense.UNKNOWN, chosen
        if _FOLLOWS_AN_EVENT.search(left):
            # "The walkout, which follows a strike in October, is set to hit clinics": the
            # event followed is over; the clause's "is set to" is the walkout's.
            return Tense.PAST, None
        if facing_present(self.text, start - len(left), start, end + len(right)):
            # "The mayor faces a recall vote in March", "The MP stands again in May": with no
            # tense word before the date in its clause, a present of facing or holding an
            # event governs it, and the event is still to come.
            return Tense.FUTURE, None
        if not after:
            return Tense.UNKNOWN, None
        chosen, future = after[0]
        if future:
            return Tense.FUTURE, chosen
        # A date set before its clause by a comma ("In January, the firm hired a chief", "But
        # on May 2, ..."): the first verb after it governs it, and a past one puts it behind.
        opens_clause = len(left.split()) <= _OPENING_WORDS and right.lstrip().startswith(",")
        return (Tense.PAST if opens_clause or coordinated is not None else Tense.UNKNOWN), chosen

    def is_future(self, start: int, end: int) -> bool:
        """True when the verb that governs a span speaks of the future (see `tense`)."""
        return self.tense(start, end) is Tense.FUTURE

    def reports_figures(self, nouns: frozenset[str], report_words: frozenset[str]) -> bool:
        """True in a business report, where "the third quarter" is of a year, not of a game:
        the stretch (a paragraph) gives money, a share or one of `nouns`, or the whole text
        uses one of `report_words` (all lower case)."""
        if _AMOUNT.search(self.text, self.lo, self.hi):
            return True
        if any(w.lower() in nouns for w in _WORD.findall(self.text, self.lo, self.hi)):
            return True
        return bool(_words_of(self.text) & report_words)

    def mentions_quarter(self, start: int, end: int) -> bool:
        """True when the sentence around a span talks of a quarter or reporting period."""
        left = self.text[max(self.lo, start - 160) : start]
        right = self.text[end : min(self.hi, end + 80)]
        return bool(_QUARTER_WORD.search(left) or _QUARTER_WORD.search(right))


# A participle of scheduling right after its noun, with no "is"/"was"/"be" before it: it
# describes the noun ("a vote scheduled for Oct. 21") rather than being the clause's verb.
_SCHEDULE_PARTICIPLE = re.compile(
    r"(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere)(?<!\bbe)(?<!\bbeen)(?<!\bbeing),?\s+"
    r"(?:originally\s+|initially\s+)?(?:scheduled|planned|slated)$",
    re.IGNORECASE,
)
# A schedule in the past tense: "was scheduled", "were originally planned".
_WAS_SCHEDULED = re.compile(
    r"\b(?:was|were|had\s+been)\s+(?:originally\s+|initially\s+)?(?:scheduled|planned|slated)$",
    re.IGNORECASE,
)
# What puts a date after the time of its clause's verb: "ahead of his funeral on", "ahead of",
# "in the run-up to", "in time for the vote on", with at most four words of its own between;
# "until", "till", "through" right before it.
_AHEAD_OF = re.compile(
    r"\b(?:ahead\s+of|in\s+the\s+run-up\s+to|in\s+time\s+for)"
    r"(?:\s+(?!(?:and|or|but|when|after|which|who|that)\b)[\w'’-]+){0,4}?(?:\s+(?:on|in|at))?\s*$"
    # The end of a span right before the date: "have extended their hours through Christmas
    # Eve", "has been shut until Friday".
    r"|\b(?:until|till|through)\s*$",
    re.IGNORECASE,
)
# "Once" right before a word of the future: a hope or a plan of the past ("once expected to",
# "was once planned"), which may no longer hold.
_ONCE_BEFORE = re.compile(r"\bonce\s+$", re.IGNORECASE)
# A finite past verb: "was", "were", "had" or a past form read by `TENSE` (not a modal).
_FINITE_PAST = re.compile(r"(?i:was|were|had)|\w+ed", re.IGNORECASE)


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


def _unquote(text: str) -> str:
    """`text` with its short quotations blanked (`_SHORT_QUOTE`); most text has no quotes."""
    return _SHORT_QUOTE.sub(_blank, text) if '"' in text or "“" in text else text


@functools.lru_cache(maxsize=4)
def _words_of(text: str) -> frozenset[str]:
    """The lower-case words of a text (read once per article; a text's hash is cached)."""
    return frozenset(w.lower() for w in _WORD.findall(text))
