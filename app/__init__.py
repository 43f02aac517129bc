"""Keyfacts: offline extractive summaries and key facts for articles."""

__version__ = "0.1.0"
