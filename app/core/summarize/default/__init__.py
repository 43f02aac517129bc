"""Keyfacts' own summariser (`build()`), in parts:

- `_method`: the sumy-shaped summariser, its weights and scoring;
- `_graph`: sparse TF-IDF and windowed, position-aware centrality;
- `_select`: the choice from scores (greedy MMR, repeats, opener pairs);
- `_cover`: lead-style summaries chosen as the best-covering readable set;
- `_text`: sentence-level reading checks (boilerplate, openers, fragments) and their links;
- `_quotations`: quotations over sentences (where one opens, runs on and closes);
- `_prose`: what is not prose (list and table rows, stat lines, scraps, no-comment lines).

Importing this package loads numpy and scipy: the registry imports it only when a summary runs.
"""

from app.core.summarize.default._method import KeyfactsSummarizer, build

__all__ = ["KeyfactsSummarizer", "build"]
