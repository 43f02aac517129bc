"""The Keyfacts engine: plain typed Python, never Qt."""
