"""Initiatives: projects, schemes, launches and plans, with who is behind them.

`extract(document)` is the room's entry. It reads the shared language layer (`facts.nlp`:
tagger, chunks and `phrases`, names, discourse); its parts are private:

- `_extract`: merging repeated mentions and the pass over the article;
- `_candidates`: finding candidates in a sentence (whole noun phrases a verb of undertaking takes
  or an undertaking noun heads, policy gerunds, an action verb and its object under an intention);
- `_scoring`: scoring a phrase as a candidate, with its actor and status;
- `_phrasing`: tagging a sentence and a phrase's extent (complements, coordinated objects,
  negation); `_relatives`: a relative clause as a complement ("a bill that would cap X");
- `_actor`: who is behind it (verb subject, by-agent, possessor, through the discourse);
- `_status`: the status from the verb's kind, tense and aspect (`InitiativeStatus`);
- `_weights`: the scoring weights, each with its reason;
- `_senses`: word senses that are no undertakings (sport, broadcasts, figures);
- `_comments`: reader comments at a page's end; `_lexicon`: the word lists;
- `_prefilter`: which sentences are worth tagging at all (a word-level test);
- `_candidate`: a candidate (one mention and its evidence) and the verb that governs it;
- `_gates`: phrases that are never an undertaking (a body that exists, an outlet, a person);
- `_titled_names`: a law or scheme called by its title ("the Clean Rivers Bill");
- `_rejections`: plans rejected, turned down or ruled out (cancelled, no actor);
- readers of one kind of candidate each: `_intended` (an action under an intention: "plans
  to shut 40 depots"), `_gerunds` (policy gerunds: "calls for scrapping fees"), `_legal`
  (lawsuits and investigations by their verb), `_clause_places` (a phrase before a participle,
  a relative clause's antecedent);
- who acts: `_clause_actors` (a clause's subject, the reporter) and `_described_bodies` ("it"
  for a body its own sentence describes);
- `_merging`: one item per undertaking and per stretch of text.
"""

from app.core.facts.initiatives._extract import extract

__all__ = ["extract"]
