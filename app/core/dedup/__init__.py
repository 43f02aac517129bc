"""Duplicate removal: the first step of every analysis, returning what it removed and why.

`remove_duplicates` is the room's one entry; its parts live in private modules:

- `_remove`: the passes over lines (repeats, near-repeats, teasers);
- `_result`: the result type (removals, their reasons, the offset map back to the original);
- `_text`: lines and their typography-folded comparison keys;
- `_teaser`: cut-off teasers ("the first paragraphs run together ...");
- `_within`: a body repeated inside one line ("body body");
- `_rewrap`: paragraphs repeated with other line breaks, and pull-quotes.
"""

from app.core.dedup._remove import remove_duplicates
from app.core.dedup._result import DedupResult, Reason, Removal, keep_all

__all__ = ["DedupResult", "Reason", "Removal", "keep_all", "remove_duplicates"]
