"""The language layer every fact kind shares: tags, chunks, names, clauses, the discourse.

- `tagger`: Penn Treebank tags from a small averaged perceptron trained on UD English EWT
  (weights in `app.resources.models`, CC BY-SA 4.0); nothing is loaded until first used; a
  package whose parts are `tagger.features` (what it reads of a word in context),
  `tagger.feature_rows` (their weight rows, looked up once), `tagger.model` (the weights, read
  once) and `tagger.corrections` (the grammar's corrections to the model's tags);
- `chunks`: noun phrases and clause subjects / main verbs over tagged tokens;
- `phrases`: those noun phrases with head, possessor and body, and the subject of any verb
  (finite or not: "plans to launch"), for the initiatives;
- `lexicon`: word lists (titles, roles, organisation words, places, first names, speech verbs)
  and the capitalised-run pattern names are read from;
- `names`: names typed as person, organisation or place (`find_names`, `name_kind`);
- `clauses`, `appositions`: the subject a clause opens with, "NAME, DESCRIPTION,";
- `discourse`: one tracker of who and what the article has named, for "he", "Mr X", "the firm"
  (`Discourse`); `mentions`: how it reads one name in its sentence (subject or not, a person or
  not) and matches a misspelt surname; `bodies`: whether a sentence uses an untyped name as a
  body's ("British firm Sonaptic", "WeWork's founder"); `organisations`: the bodies the tracker
  has read; `entities`: what it remembers (an entity, a mention); `title_surnames`: a surname
  that is a title too ("Lord disagreed"); `unnamed_people`: someone brought in by a noun alone
  ("Grey's lawyer said"); `object_pronouns`: "her" as the object of a name's verb ("Ozzy gave
  her"), never that name's "she".

Modules are imported by their own path (`from app.core.facts.nlp.names import find_names`).
"""
