"""The Keyfacts desktop app: Qt lives here and only here (`app.core` never imports it).

Modules that pull in nltk, sumy, numpy or scipy (the analysis pipeline) are imported lazily inside
the worker, so the window paints before the engine has loaded.
"""
