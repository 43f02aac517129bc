"""Quotes: direct quotations and who said them.

`extract(document)` is the room's entry. The parts are private:

- `_marks`: quotation-mark spans (straight, curly, guillemets, nested, across paragraphs);
- `_filter`: marked spans that are not quotations (titles, scare quotes, nicknames);
- `_speakers`: the attribution cue around a quote ("said X", "X said:", "according to X");
- `_speaker_names`: a cue's words -> the speaker's name (pronouns, titles, affiliations);
- `_people`: the people an article names, for short forms and pronouns; `_lexicon`: word lists;
- `_extract`: the pass over the article that ties these together.
"""

from app.core.facts.quotes._extract import extract

__all__ = ["extract"]
