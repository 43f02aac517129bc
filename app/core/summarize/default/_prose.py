"""Is a sentence prose a reader would take as a summary sentence? Shapes that are not.

Web pages hold much that the sentence splitter cuts into "sentences" but no reader would: rows
of lists and tables ("- 1 tsp cinnamon", "| 2 | M. Truex | 5035 |"), stat lines ("Rockledge
14 11 6 15 — 44", "Reyes 6 steals."), and scraps of a word or two ("Pos", "Thanks Junior!",
"Like Yahoo!."). News adds one line that says nothing: "X declined to comment." Each test here
looks at the sentence's shape only, never at what a page is about:

* a table row: two or more cell bars ("|");
* a list row: opens on a bullet, a dash or a number and has no sentence-final punctuation
  (a list item, a heading, a lead-in to a table), where a sentence would have some;
* a stat line: half or more of its tokens hold a digit;
* a lead-in: it ends on a colon ("They include:"), introducing a list it is not part of, or
  trails off on an ellipsis ("The firm confirmed this in a statement…", before the statement
  set off as a block);
* a scrap: fewer than `MIN_CONTENT_WORDS` content words (words that are not stop words; in
  a script written without spaces, every two characters count as a word). Questions are left
  to the question checks (a short prompt "Why?" goes with its answer);
* a tally: a digit and no function word ("Goals: Ruiz 68, Dunne 75.", "Kelli Reyes 6
  steals."), a line of names and numbers with no verb to hold them. English sentences have
  function words; other languages' are not in the stop list, so the summarizer asks this only
  of a text that reads as English (`app.core.language`).

The summarizer never chooses a row, stat line, lead-in or scrap (`ReadingFlags.not_prose`), as
it never chooses boilerplate; a page made only of them gets a shorter summary, not a worse one.
A scrap that goes on with the sentence before it (the end of a quotation, the answer to a
question) is never read alone, so it is not barred (`_text.linked_flags`). Tallies are barred
from every summary but a digest of most of the text (scored by `LONG` alone): bbc-dev's
references, ~40% extracts of each article, keep the line-ups and goal lines of its sports
reports, and barring them there cost 0.05 ROUGE-1 (benchmarks/RESULTS.md, "Summaries that are
not prose").
"""

from __future__ import annotations

import re

from app.core.summarize._sumy import stop_words

# Content words a sentence needs to say something on its own. 3 also barred news sentences
# ("Nothing is sacred in the team.") and cost bbc-dev 0.07 R1 (benchmarks/RESULTS.md).
MIN_CONTENT_WORDS = 2
# The share of tokens that hold a digit from which a line is a stat line, not a sentence: half
# ("mostly digits"). A third also took news sentences ("GDP grew 3.2% in 2004 and 2.8% in 2005.").
_DIGIT_SHARE = 1 / 2

_TERMINAL = re.compile(r"[.!?…]['\"’”»)\]]*\s*$")
_DIGIT = re.compile(r"\d")
_LEAD_IN = re.compile(r"(?::|…|\.\.\.)\s*$")
_LIST_START = re.compile(r"^\s*(?:[-–—•*·▪►|#>]|\(?\d)")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# Scripts written without spaces between words: Han, kana, Thai.
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# An initial ("A. Sanger"): a capital and a full stop, not the article "A". "\b[A-Z]" is written
# as a capital with no word character before it: the same matches, found by skipping to capitals.
_INITIAL = re.compile(r"[A-Z](?<!\w[A-Z])\.(?=\s)")
_QUESTION = re.compile(r"\?\s*['\"’”»)\]]*\s*$")
# "declined to comment", "did not respond to a request for comment", "could not be reached
# for comment", "was not available for comment": refusing or not answering, then "comment".
_NO_COMMENT = re.compile(
    r"\b(?:(?:declin|refus)(?:ed|es|e)(?: immediately)?(?: to)?(?: further)?|"
    r"(?:did|does|do|has|have|had|would)(?: not|n['’]t)(?: immediately)?"
    r"(?: comment| (?:respond|reply|return)\w*\b[^.;:!?]{0,40}?\b(?:for|seeking|to)\b)|"
    r"(?:could|can)(?: not|n['’]t)(?: immediately)? be reached for|"
    r"(?:was|were|is|are)(?: not|n['’]t)(?: immediately)? available for|no immediate)"
    r" comments?\b(?P<rest>[^.;:!?]*)",
    re.IGNORECASE,
)
# A no-comment line ends soon after "comment" ("... on the report", "when contacted"): past
# this many words more, the sentence says something else too.
_AFTER_COMMENT_WORDS = 6


def content_words(text: str, enough: int | None = None) -> int:
    """How many words of `text` are not stop words (unspaced scripts: two characters a word).

    With `enough`, counting stops once that many are found (all a caller needs to know).
    """
    stop = stop_words()
    count = 0
    for match in _WORD.finditer(text):  # not findall: counting may stop early
        word = match.group()
        if word.isascii():
            if not word.isdigit() and word.lower() not in stop:
                count += 1
        else:
            unspaced = len(_UNSPACED.findall(word))
            if unspaced:
                count += max(1, unspaced // 2)
            elif not word.isdigit() and word.lower() not in stop:
                count += 1
        if enough is not None and count >= enough:
            break
    return count


def has_function_word(text: str) -> bool:
    """Whether `text` holds a stop word ("the", "of", "is"): English sentences do; lists of
    names and numbers ("Kelli Reyes 6 steals.", "Goals: Ruiz 68") and headlines do not."""
    stop = stop_words()
    # finditer: the first function word ends the search (most sentences open on one).
    return any(m.group().lower() in stop for m in _WORD.finditer(_INITIAL.sub(" ", text)))


def is_tally(text: str) -> bool:
    """A line of names and numbers: it holds a digit and no function word ("Goals: Ruiz 68")."""
    return _DIGIT.search(text) is not None and not has_function_word(text)


def is_table_row(text: str) -> bool:
    """Cells of a table: two or more "|" bars."""
    return text.count("|") >= 2


def is_list_row(text: str) -> bool:
    """Opens on a bullet, dash or number, and does not end as a sentence ends."""
    return _LIST_START.match(text) is not None and _TERMINAL.search(text) is None


def is_stat_line(text: str) -> bool:
    """Half or more of the tokens hold a digit ("Harbor City 12 9 14 20 — 55")."""
    if _DIGIT.search(text) is None:
        return False
    tokens = text.split()
    # The tokens that hold a digit: `\S*\d\S*` matches each of them once, as a whole. A word of
    # letters holds none (no letter is a digit): most tokens are not searched.
    with_digit = sum(1 for t in tokens if not t.isalpha() and _DIGIT.search(t) is not None)
    return len(tokens) > 0 and with_digit >= _DIGIT_SHARE * len(tokens)


def is_scrap(text: str) -> bool:
    """Fewer than `MIN_CONTENT_WORDS` content words, and not a question ("Why?" goes with its
    answer); a "?" with no word at all is a scrap (a reader's comment page held one alone)."""
    if content_words(text, MIN_CONTENT_WORDS) >= MIN_CONTENT_WORDS:
        return False
    return _QUESTION.search(text) is None or _WORD.search(text) is None


def is_no_comment(text: str) -> bool:
    """A line that someone declined, or did not answer, to comment, and says no more."""
    if "omment" not in text and "OMMENT" not in text:  # the cheap test first
        return False
    match = _NO_COMMENT.search(text)
    return match is not None and len(match.group("rest").split()) <= _AFTER_COMMENT_WORDS


def is_lead_in(text: str) -> bool:
    """Ends on a colon ("They include:", "Final standings after 36 races:") or trails off on an
    ellipsis ("The firm confirmed this in a statement…"): it introduces a list, a table or a
    block that is not part of it, or breaks off."""
    return _LEAD_IN.search(text) is not None


def is_row(text: str) -> bool:
    """A table or list row, a stat line or a list's lead-in: a line of data, not a sentence."""
    return is_table_row(text) or is_list_row(text) or is_stat_line(text) or is_lead_in(text)


def is_not_prose(text: str) -> bool:
    """A row (`is_row`) or a scrap (module docstring): never a summary's on its own."""
    return is_row(text) or is_scrap(text)
