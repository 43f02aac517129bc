"""Key facts: dates, quotes and initiatives, each located by character offsets."""

from app.core.facts.model import DateFact, Fact, InitiativeFact, QuoteFact

__all__ = ["DateFact", "Fact", "InitiativeFact", "QuoteFact"]
