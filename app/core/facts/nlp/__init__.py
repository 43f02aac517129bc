"""The language layer the fact extractors share: tagged tokens, noun phrases, clause subjects.

`tagger` tags words with Penn Treebank tags from a small averaged perceptron trained on UD English
EWT (weights in `app.resources.models`, CC BY-SA 4.0), read on first use; `chunks` reads noun
phrases and each clause's subject and main verb from those tags.
"""
