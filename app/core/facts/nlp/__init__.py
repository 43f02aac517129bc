"""The language layer the fact extractors share: tokens with part-of-speech tags (and chunks).

`tagger` tags words with Penn Treebank tags from a small averaged perceptron trained on UD English
EWT (weights in `app.resources.models`, CC BY-SA 4.0); nothing is loaded until first used.
"""
