"""The rules on the text of one line (`classify_line`) or of one sentence inside a body
paragraph (`classify_sentence`), and a byline glued to a paragraph's start (`byline_prefix`).

Each rule needs a telltale (a "By" byline, a date with nothing else, a heading's shape), so the
article's own sentences are not lost.
"""

from __future__ import annotations

import re

from app.core.datelines import dateline_prefix
from app.core.furniture._kinds import FurnitureKind

_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_CLOCK = re.compile(r"\b\d{1,2}[:.h]\d\d\b|\b\d{1,2}\s?(?:a\.?m|p\.?m)\b", re.IGNORECASE)
_NUMERIC_DATE = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b")
_MONTH_WORD = re.compile(rf"\b(?:{_MONTHS})\b\.?", re.IGNORECASE)
_TIMESTAMP_WORDS = re.compile(
    rf"\b(?:{_MONTHS}|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|"
    r"fri(?:day)?|sat(?:urday)?|sun(?:day)?|a\.?m|p\.?m|utc|gmt|bst|cet|cest|[a-z]?[ecmp][sd]t|"
    r"published|updated|posted|last|modified|on|at|am|um|as|de|del|le|el|the|of|"
    r"ago|hours?|minutes?|mins?|days?|weeks?|st|nd|rd|th)\b\.?",
    re.IGNORECASE,
)
LETTERS = re.compile(r"[^\W\d_]+")
# Sentence-final punctuation at the end of a line (closing quotes and brackets allowed).
FINAL = re.compile(r"[.!?…:;,]['\"’”»)\]]*\s*$")
_BYLINE = re.compile(
    r"^(?:(?:written|words|text|story|reporting|reported|tested|reviewed|interview|photos?|"
    r"pictures?)\s+)?by\s*:?\s+(?=[^\W\d_])",
    re.IGNORECASE,
)
# Capitalised words after "By" that start a sentence, not a name ("By Monday, ...").
_NOT_NAMES = frozenset(
    "the a an this that these those then now monday tuesday wednesday thursday friday saturday "
    "sunday january february march april may june july august september october november "
    "december next last early late far contrast comparison law order car train air plane "
    "doing using making taking".split()
)
# An author's note: "Ana Ruiz is a reporter for the Gazette covering ..."
_AUTHOR_NOTE = re.compile(
    r"^(?:[A-Z][\w.'’-]+\s+){1,3}(?:is|was)\s+an?\s+(?:[\w-]+\s+){0,4}?"
    r"(?:reporter|correspondent|writer|columnist|editor|journalist|contributor)\b"
)
_BYLINE_LABEL = re.compile(r"^(?:author|authors|writer|reporter|correspondent)s?\s*:\s*\S", re.I)
_CREDIT = re.compile(
    r"\bcontributed\s+(?:\w+\s+){0,3}?(?:reporting|to\s+(?:this|the)\s+(?:report|story|article))"
    r"|^\(?\s*(?:additional\s+)?(?:reporting|writing|editing|research)\s+by\b"
    r"|^contributing\s*:"
    r"|^.{0,60}\b(?:is|are)\s+written\s+by\b"
    r"|^(?:this\s+(?:article|story|piece)\s+)?(?:was\s+)?originally\s+(?:published|appeared)\s+"
    r"(?:on|in|at)\b"
    r"|^(?:©|\(c\)|copyright\s*(?:©|\(c\))?\s*(?:19|20)\d\d)"
    r"|\ball rights? reserved\b",
    re.IGNORECASE,
)
# A word each of the credit patterns holds: most sentences hold none, and searching the pattern
# itself at every position is slow (about 25 µs a sentence; a 1 MB article has 10,000).
_CREDIT_WORDS = (
    "contribut", "reporting", "writing", "editing", "research", "written", "originally", "(c)",
    "copyright", "right",
)  # fmt: skip
_CAPTION = re.compile(
    r"^(?:image|photo|picture|video|graphic|media)\s+(?:caption|copyright|credit|source)s?\b"
    r"|^[(\[]?\s*(?:photo(?:graph)?|picture|image|credit|caption|"
    r"pictured(?:\s+(?:above|below|left|right))?)\s*:"
    r"|^\[?\s*(?:사진|写真|照片|foto|photo)\s*="
    r"|\((?:photo|image|picture|file photo)\s*:[^)]*\)\s*$"
    r"|\b(?:getty images|afp(?:/getty)?|ap photo|reuters|shutterstock|alamy|epa)\s*\)?\s*$"
    r"|\b(?-i:REUTERS|AFP|AP|EPA)/(?-i:[A-Z])"
    r"|\b(?:photos?|images?|pictures?|photography)\s*(?:©|\(c\))",
    re.IGNORECASE,
)
_RELATED = re.compile(
    r"^(?:related(?:\s+(?:articles?|stories|coverage|links?|content|reading))?|"
    r"(?:read|see)\s+(?:more|also|next|this)|also\s+read|more\s+(?:on|from|about)\b[^:]{0,40}|"
    r"more|source|sources|recommended|watch|listen|trending|don'?t\s+miss|must\s+read|"
    r"you\s+(?:may|might)\s+also\s+like|most\s+(?:read|popular|viewed)|top\s+stories|"
    r"more\s+stories|further\s+reading|tags|tagged|(?:related\s+)?topics|filed\s+under|categories)"
    r"\s*(?::|$|\s[-–—|]\s)"
    r"|^more\s+great\s+\w+\s+stories\b"
    r"|^(?:follow|like)\s+(?:us|@?\w+(?:\s+\w+){0,3})\s+on\s+(?:facebook|twitter|instagram|x|"
    r"linkedin|youtube|tiktok)\b"
    r"|^(?:sign\s+up|subscribe)\s+(?:for|to)\b"
    r"|^take\s+a\s+look\s+if\s+you\s+haven.t\s+read\b"
    r"|^click\s+here\b",
    re.IGNORECASE,
)
# The controls and notices a copied web page carries, alone on their line: share and save
# buttons, a media player's notice, an advertisement's label.
_CONTROL = re.compile(
    r"^(?:share(?:\s+(?:this|on|via)(?:\s+\w+)?)?|close(?:\s+(?:panel|menu|window))?|"
    r"copy\s+link|link\s+copied|save(?:\s+(?:article|story|for\s+later))?|print(?:\s+this)?|"
    r"\d*\s*comments?(?:\s+\(\d+\))?|listen(?:\s+to\s+this\s+(?:article|story))?|"
    r"advertisement|advert|sponsored(?:\s+content)?|skip\s+advert|"
    r"media\s+playback\s+is\s+(?:unsupported|not\s+supported)\s+on\s+your\s+device|"
    r"(?:this\s+)?video\s+(?:is\s+)?(?:unavailable|can\s?not\s+be\s+played)|"
    r"loading(?:\.\.\.|…)?|show\s+more|back\s+to\s+top|skip\s+to\s+(?:main\s+)?content|"
    r"page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|continued\s+(?:on|from)\s+page\s+\d{1,4})"
    r"\s*[.!]?$",
    re.IGNORECASE,
)
# A row of share buttons: "Facebook Twitter WhatsApp Email".
_SHARE_BUTTONS = frozenset(
    "facebook twitter x whatsapp email e-mail linkedin pinterest reddit messenger telegram "
    "flipboard tumblr print sms bluesky threads copy link".split()
)
# "3 hours ago", "Published 2 days ago": a relative timestamp.
_AGO = re.compile(
    r"^(?:(?:published|updated|posted|last\s+updated)\s*:?\s*)?(?:\d{1,3}|an?|one)\s+"
    r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago\.?$",
    re.IGNORECASE,
)
# A timestamp's label alone on its line, its date on the next ("Published" / "3 hours ago").
_TIMESTAMP_LABEL = re.compile(
    r"^(?:published|updated|posted|last\s+updated|first\s+published)\s*:?$", re.IGNORECASE
)
# "Storm floods the harbour road [VIDEO]": a teaser headline with its tag in capitals.
_TEASER_TAG = re.compile(r"\[(?-i:[A-Z][A-Z ]{1,19})\]\s*\|?$")
# "— Ana Ruiz (@anaruiz) March 3, 2024": the signature line of an embedded post.
_EMBED_CREDIT = re.compile(r"^[-–—]\s*.{1,80}\(@\w{1,30}\)")
_SENTENCE_END = re.compile(r"[.!?]['\"’”»)\]]*\s+['\"‘“(]?[A-Z]")
# "[Gazette]", "(Wire Service)": a source named alone in brackets.
_BRACKETED_SOURCE = re.compile(r"^[\[(][^\])]{1,40}[\])]\.?$")
# An e-mail's or newsletter's notices: how to read it, why it came, how to stop it.
_NOTICE = re.compile(
    r"^(?:(?:view|read|open)\s+(?:this|the|it)?\s*(?:e-?mail|newsletter|message)?\s*"
    r"(?:in|on)\s+(?:your|a|the)\s+(?:web\s+)?browser|"
    r"(?:having\s+)?trouble\s+(?:viewing|reading|seeing)\s+this\b|"
    r"(?:you\s+(?:are\s+receiving|received|get)|this\s+(?:e-?mail|message|newsletter)\s+was\s+"
    r"sent\s+to)\b|"
    r"unsubscribe\b|(?:update|manage|change)\s+(?:your\s+)?(?:e-?mail\s+)?"
    r"(?:preferences|subscription)|forward\s+(?:this\s+)?(?:e-?mail\s+)?to\s+a\s+friend)",
    re.IGNORECASE,
)
_NOTICE_MAX_WORDS = 30
# A letter's or newsletter's greeting on a line of its own: "Dear readers,", "Hi all".
_SALUTATION = re.compile(
    r"^(?:dear|hi|hello|hey|greetings)(?:\s+[\w'’.-]+){0,4}\s*[,:!]?$", re.IGNORECASE
)
# A signature line ("-- WORRIED IN OSLO") or an all-capitals sign-off of a letter.
_SIGNATURE = re.compile(r"^(?:--|—|–)\s*[^\W\d_][^a-z]{2,60}$")
_NUMBERED = re.compile(r"^\d{1,2}[.)]\s+")
LIST_ITEM = re.compile(r"^(?:[-*•·]|\d{1,2}[.)])\s")
# Words that stay lower-case in a title-cased heading.
_MINOR = frozenset(
    "a an the and or but nor of in on at to for by with from as into vs via per is are was be "
    "de la le les el du des y et und der die das von".split()
)
_HEADING_MAX_WORDS = 12
_HEADING_MAX_CHARS = 90
_TIMESTAMP_MAX_WORDS = 14


# A byline and date glued to the start of a paragraph by extraction ("Headline by Ana Ruiz
# Monday, March 3, 2024 Prices rose ..."): what comes before the date's end is furniture.
_GLUED_BYLINE = re.compile(
    r"^.{0,160}?\bby\s+(?:[A-Z][\w'’.-]+\s+){1,3}"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    rf"(?:(?:{_MONTHS})\.?\s+\d{{1,2}},?|\d{{1,2}}\s+(?:{_MONTHS})\.?,?)\s+(?:19|20)\d\d\b"
    r"\s*[-–—|:]?\s+(?=[A-Z])",
    re.IGNORECASE,
)


def byline_prefix(text: str) -> int:
    """The length of a byline-and-date glued to the start of `text`, else 0."""
    match = _GLUED_BYLINE.match(text)
    if match is None:
        return 0
    head = match.group(0)
    by = re.search(r"\bby\s", head, re.IGNORECASE)
    if by is None or not _is_byline(head[by.start() :], 40):
        return 0
    return match.end()


def classify_line(line: str, hint: FurnitureKind | None = None) -> FurnitureKind | None:
    """The furniture kind of a whole line (paragraph), or None for body text.

    Args:
        line: the line, stripped.
        hint: what the page's structure says the line is (a web page's `<h2>`, `<figcaption>`
            ...), which wins over the text rules.
    """
    if hint is not None:
        return hint
    body = line.strip().lstrip("|").strip()
    if not body:
        return None
    words = body.split()
    if _RELATED.match(body):
        return FurnitureKind.RELATED
    if _CONTROL.match(body) or _is_share_row(words) or _is_menu(body):
        return FurnitureKind.CONTROL
    if _NOTICE.match(body) and len(words) <= _NOTICE_MAX_WORDS:
        return FurnitureKind.CONTROL
    if _SALUTATION.match(body):
        return FurnitureKind.GREETING
    if _AGO.match(body) or _TIMESTAMP_LABEL.match(body):
        return FurnitureKind.TIMESTAMP
    if len(words) <= 20 and _TEASER_TAG.search(body) and not _SENTENCE_END.search(body):
        return FurnitureKind.RELATED
    if _BYLINE_LABEL.match(body) or _is_byline(body, 16):
        return FurnitureKind.BYLINE
    if _AUTHOR_NOTE.match(body) and len(words) <= 40:
        return FurnitureKind.BYLINE
    # The word counts first: the patterns search the whole line, and a long one is never either.
    credit = _credit(body) if len(words) <= 40 else None
    # A credit after another sentence ("... in June. Ana Ruiz contributed reporting.") is
    # furniture for its own sentence only (`classify_sentence`).
    if credit and not _SENTENCE_END.search(body, 0, credit.start()):
        return FurnitureKind.CREDIT
    if _EMBED_CREDIT.match(body) or (_BRACKETED_SOURCE.match(body) and len(words) <= 5):
        return FurnitureKind.CREDIT
    if len(words) <= 40 and _CAPTION.search(body):
        return FurnitureKind.CAPTION
    if _is_timestamp(body):
        return FurnitureKind.TIMESTAMP
    if _SIGNATURE.match(body) and len(words) <= 8:
        return FurnitureKind.BYLINE
    if _is_bare_dateline(body):
        return FurnitureKind.DATELINE
    if is_heading(body):
        return FurnitureKind.HEADING
    return None


def classify_sentence(sentence: str) -> FurnitureKind | None:
    """The furniture kind of a sentence inside a body paragraph, or None.

    Only kinds that are unmistakable inside running text: credits ("Ana Ruiz contributed
    reporting."), source and read-more lines ("SOURCE: ...", "Read more: ..."), bylines.
    """
    body = sentence.strip()
    words = body.split()
    if len(words) <= 30 and _credit(body):
        return FurnitureKind.CREDIT
    if _RELATED.match(body) and len(words) <= 30:
        return FurnitureKind.RELATED
    if _is_byline(body, 8) or (_SIGNATURE.match(body) and len(words) <= 8):
        return FurnitureKind.BYLINE
    return None


def _credit(body: str) -> re.Match[str] | None:
    """A credit's match in `body` ("Ana Ruiz contributed reporting"), or None."""
    # An ASCII text without any of the words cannot match (a non-ASCII one may: "©", and
    # case-insensitive letters such as "ſ").
    if body.isascii():
        lower = body.lower()
        if not any(word in lower for word in _CREDIT_WORDS):
            return None
    return _CREDIT.search(body)


def _is_share_row(words: list[str]) -> bool:
    """Two or more share buttons and nothing else ("Facebook Twitter WhatsApp Email")."""
    count = 0
    for word in words:
        name = word.strip(",|·•").lower()
        if name and name not in _SHARE_BUTTONS:
            return False  # the first other word decides (a body line's first word, mostly)
        count += bool(name)
    return count >= 2


# The separators of a site's menu or breadcrumb trail ("Home | News | Sport", "News > UK").
_MENU_SEPARATOR = re.compile(r"\s+[|>›»/]\s+")
_MENU_ITEM = re.compile(r"[A-Z&][\w&'’.-]*(?:\s+[\w&'’.-]+){0,2}")


def _is_menu(body: str) -> bool:
    """A site's menu or breadcrumb trail: three or more short capitalised items between the
    same separator ("Home | News | Sport"), or two when the first is "Home" ("Home > World");
    a headline with its site's name ("Storm closes the pier | Harbour Gazette") has a long
    item and stays."""
    items = _MENU_SEPARATOR.split(body.strip(" |"))
    if len(items) < 2 or len({m.group() for m in _MENU_SEPARATOR.finditer(body)}) != 1:
        return False
    if len(items) == 2 and items[0].lower() != "home":
        return False
    return all(_MENU_ITEM.fullmatch(item) for item in items)


def _is_timestamp(body: str) -> bool:
    """A date or time with nothing but date words around it ("Updated 11:28 AM, May 3")."""
    words = body.split()
    if len(words) > _TIMESTAMP_MAX_WORDS:
        return False
    dated = _YEAR.search(body) or _CLOCK.search(body) or _NUMERIC_DATE.search(body)
    if not dated:
        return False
    if not (_CLOCK.search(body) or _MONTH_WORD.search(body) or _NUMERIC_DATE.search(body)):
        return False
    rest = _TIMESTAMP_WORDS.sub(" ", body)
    rest = _BYLINE_TAIL.sub(" ", rest)
    left = [w for w in LETTERS.findall(rest) if len(w) > 1]
    # A few words may remain in a language whose date words we do not list ("às", "um"); with
    # both a date and a time of day, a weekday and a month name in it may remain too.
    both = (_YEAR.search(body) or _NUMERIC_DATE.search(body)) and _CLOCK.search(body)
    return len(left) <= (4 if both else 2)


# "... by Ana Ruiz" after a timestamp: the line is still furniture.
_BYLINE_TAIL = re.compile(r"\bby\s+(?:[A-Z][\w'.-]*\s*){1,4}$")


def _is_bare_dateline(body: str) -> bool:
    """A dateline alone on its line: "OSLO, Norway" is not enough; "OSLO (Reuters) -" is."""
    n = dateline_prefix(body + " x")
    return n > 0 and not body[n:].strip()


def _is_byline(body: str, max_words: int) -> bool:
    """ "By Ana Ruiz", "By Staff Reporter, 3 March 2024", "Tested by: Tom Hale | Price: ..."."""
    match = _BYLINE.match(body)
    if match is None or len(body.split()) > max_words:
        return False
    name = re.split(r"[,|;:(]|\s[-–—]\s|\s(?:and|for|in|on|at)\s", body[match.end() :])[0]
    words = [w.strip(".'’") for w in name.split()[:4]]
    if not words or words[0].lower() in _NOT_NAMES:
        return False
    return all(w[:1].isupper() for w in words if w)


def is_heading(body: str) -> bool:
    """A heading's shape: short, no sentence-final stop, capitals or title case.

    "Power and Performance", "WHAT YOU NEED", "How Will Prices Change?" are headings; a short
    sentence ("Prices rose.") or a fragment in sentence case ("and then the rain") is not.
    """
    if len(body) > _HEADING_MAX_CHARS:
        return False
    numbered = _NUMBERED.match(body)
    if numbered is not None:  # "1) Title of the first item", "2. Results"
        body = body[numbered.end() :]
    elif LIST_ITEM.match(body):
        return False
    words = body.split()
    if not words or len(words) > _HEADING_MAX_WORDS:
        return False
    letters = "".join(LETTERS.findall(body))
    if len(letters) < 3:
        return False
    if body.endswith("?"):
        stripped = body
    elif FINAL.search(body):
        return False
    else:
        stripped = body
    if letters.isupper():
        return True
    if not any(c.isalpha() for c in body if c.isupper() or c.islower()):
        return False  # a script without case: no heading shape to read
    if not letters[0].isupper():
        return False
    core = [w for w in (re.sub(r"^\W+|\W+$", "", w) for w in stripped.split()) if w]
    core = [w for w in core if not w.isdigit()]
    content = [w for w in core[1:] if w.lower() not in _MINOR]
    if not content:
        return len(core) >= 2 and not body.endswith("?")
    capitalised = sum(1 for w in content if w[0].isupper() or w[0].isdigit())
    return capitalised / len(content) >= 0.75
