"""Initiatives: projects, schemes, launches and plans, with who is behind them.

`extract(document)` is the room's entry. The parts are private:

- `_chunk`: tokens and noun-phrase chunks; `_candidates`: phrases that may be undertakings;
- `_trigger`: the verb or noun that makes a phrase an undertaking, and its status;
- `_actor`: who is behind it; `_senses`: word senses that are not undertakings (sport, ...);
- `_merge`: overlapping candidates; `_comments`: reader comments at a page's end;
- `_lexicon`: word lists; `_extract`: scoring and the pass over the article.
"""

from app.core.facts.initiatives._extract import extract

__all__ = ["extract"]
