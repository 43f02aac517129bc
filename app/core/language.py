"""Whether an article reads as English: the summary's stemmer and every key-fact rule are English.

A user who opens an article in another language still gets an extractive summary (sentences are
sentences), but the dates, speakers and initiatives are read with English grammar, so most will
be missing. The app says so instead of leaving an empty or odd facts pane unexplained.

Two signs, both cheap and needing no data: most of the letters are of another script (Cyrillic,
Hangul, kana, Arabic ...), or the commonest function words of another Latin-script language
(French "le/les/des", Spanish "el/los/del", German "der/und/nicht" ...) clearly outnumber
English's ("the", "of", "and" ...). In running English prose a few dozen function words are a
fifth to two fifths of all tokens; in French or German prose English's cover well under a tenth,
and theirs as much as English's do in English. A text with few function words of any language
(a page of sports scores, a list of names) is given the benefit of the doubt: it is English
unless another language says otherwise. A language identifier (langdetect, lingua) would name
the language, but brings profiles of megabytes to answer a yes/no question these signs answer.
`benchmarks/bench_language.py` measures the check on the English dev sets and the web pages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The commonest English function words (each among the top few dozen in any English corpus).
_ENGLISH = frozenset(
    """the of and to is that for it was with as he be by at this are from his have or
    had not but they which you were her she their been has would there we will an
    what when who its more can said than them these also into about our after could""".split()
)
# The commonest function words of French, Spanish, Portuguese, Italian, German and Dutch, leaving
# out those that are also English words or common in English names ("a", "die", "in", "on",
# "per", "van", "met", "is", "as", "no", "la", "de").
_OTHER = frozenset(
    """le les des du une est et pas pour que qui dans sur avec ce il elle sont au aux
    el los las del una es y por para con se su al como más pero
    o os do da dos das um uma é e não em no na ao
    di che è della delle degli dei gli sono anche nel nella alla non un lo si più ma questo
    der das und ist nicht ein eine mit von zu den dem auf für sich auch
    het een en dat niet op te zijn voor""".split()
)
_WORD = re.compile(r"[^\W\d_]+")
# Enough to judge; a longer text is judged on its first `SAMPLE_WORDS` words.
MIN_WORDS = 40
MIN_LETTERS = 200
SAMPLE_WORDS = 3000
# A text is in another script when more than this share of its letters are not Latin.
OTHER_SCRIPT = 0.5
# Another Latin-script language when its function words are at least `OTHER_SHARE` of the words
# and outnumber English's `OTHER_RATIO` times (English prose: English 0.12-0.40, other under
# 0.05; French or German prose the other way round: bench_language.py).
OTHER_SHARE = 0.08
OTHER_RATIO = 2.0


@dataclass(frozen=True, slots=True)
class LanguageCheck:
    """The result of the check.

    Attributes:
        english: False only when the text clearly reads as another language.
        english_share: share of the sampled words that are English function words.
        other_share: share that are function words of another Latin-script language.
        other_script: share of the sampled letters that are not Latin.
    """

    english: bool
    english_share: float = 0.0
    other_share: float = 0.0
    other_script: float = 0.0


def _latin(char: str) -> bool:
    code = ord(char)
    return code < 0x250 or 0x1E00 <= code < 0x1F00  # Basic to Extended-B, Extended Additional


def check_english(text: str) -> LanguageCheck:
    """Whether `text` reads as English: True unless another language or script clearly shows."""
    words: list[str] = []
    for match in _WORD.finditer(text):
        words.append(match.group().lower())
        if len(words) >= SAMPLE_WORDS:
            break
    letters = [c for word in words for c in word]
    if len(letters) < MIN_LETTERS:
        return LanguageCheck(english=True)
    other_script = sum(not _latin(c) for c in letters) / len(letters)
    if len(words) < MIN_WORDS:
        return LanguageCheck(english=other_script <= OTHER_SCRIPT, other_script=other_script)
    english = sum(word in _ENGLISH for word in words) / len(words)
    other = sum(word in _OTHER for word in words) / len(words)
    foreign = other >= OTHER_SHARE and other >= OTHER_RATIO * english
    return LanguageCheck(
        english=not foreign and other_script <= OTHER_SCRIPT,
        english_share=english,
        other_share=other,
        other_script=other_script,
    )
