"""Initiatives: projects, schemes, launches and plans, with who is behind them.

`extract(document)` is the room's entry. It reads the shared language layer (`facts.nlp`:
tagger, chunks and `phrases`, names, discourse); its parts are private:

- `_extract`: merging repeated mentions and the pass over the article;
- `_candidates`: finding candidates in a sentence (whole noun phrases a verb of undertaking takes
  or an undertaking noun heads, policy gerunds, an action verb and its object under an intention);
- `_scoring`: scoring a phrase as a candidate, with its actor and status;
- `_phrasing`: tagging a sentence and a phrase's extent (complements, coordinated objects,
  negation);
- `_actor`: who is behind it (verb subject, by-agent, possessor, through the discourse);
- `_status`: the status from the verb's kind, tense and aspect (`InitiativeStatus`);
- `_weights`: the scoring weights, each with its reason;
- `_senses`: word senses that are no undertakings (sport, broadcasts, figures);
- `_comments`: reader comments at a page's end; `_lexicon`: the word lists.
"""

from app.core.facts.initiatives._extract import extract

__all__ = ["extract"]
