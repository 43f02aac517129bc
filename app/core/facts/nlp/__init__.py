"""The language layer every fact kind shares: names, clauses, appositions, the discourse.

- `lexicon`: word lists (titles, roles, organisation words, places, first names, speech verbs)
  and the capitalised-run pattern names are read from;
- `names`: names typed as person, organisation or place (`find_names`, `name_kind`);
- `discourse`: one tracker of who and what the article has named, for "he", "Mr X", "the firm"
  (`Discourse`).

Modules are imported by their own path (`from app.core.facts.nlp.names import find_names`).
"""
