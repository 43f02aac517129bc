"""Quotes: direct quotations and who said them.

`extract(document)` is the room's entry. The parts are private:

- `_marks`: quotation-mark spans (straight, curly, guillemets, nested, across paragraphs);
- `_filter`: marked spans that are not quotations (titles, scare quotes, nicknames);
- `_speakers`: the attribution cue after a quote ("..., said X", "..., X added") and what both
  sides share; `_cue_before`: the cue before it ("X said: '...'", "According to X, '...'");
- `_closing_clause`: a few quoted words in a sentence a reporting clause closes (", X said.");
- `_voice`: whether a speech verb's subject speaks (passives, "a sign saying", a later verb);
- `_phrases`: the speaker phrase read next to a speech verb;
- `_speaker_shape`: whether words read as a speaker (a name, a role, a described person);
- `_clause_cue`: a speaker read from the grammar when the lexicon has no verb ('"?" X pressed');
- `_speaker_names`: a cue's words -> the person or body it names, or None;
- `_described_speaker`: "he"/"she" whose nearest antecedent is an unnamed person described as
  a clause's subject ("The city's planning officer ... said") is that description, the one
  introduced with its title, or no one ("The health secretary ... praised it");
- `_person_descriptions`: whether a clause subject describes one person ("a spokeswoman for
  the trust"), is owned ("his wife"), named ("Ana Ruiz") or brings in someone new;
- `_someone_described`: someone described, not named, between two quotations, so that the
  later one carries on no earlier speaker ("His wife was not convinced.");
- `_pull_quotes`: a quotation the page repeats as a paragraph of its own, read as a copy;
- `_pieces`: the quoted pieces of the body and their quotation groups;
- `_context`: a whole-sentence quotation with no cue of its own, given its speaker by context;
- `_fragments`: a few quoted words inside a sentence, given the sentence's speaker;
- `_extract`: the pass over the article that ties these together.

Names, clause subjects, appositions, the tagger and the discourse tracker ("he", "Mr X", "the
firm") come from the shared layer, `app.core.facts.nlp`.
"""

from app.core.facts.quotes._extract import extract

__all__ = ["extract"]
