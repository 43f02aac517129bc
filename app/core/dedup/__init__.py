"""Duplicate removal: the first step of every analysis, returning what it removed and why.

`remove_duplicates` is the room's one entry; its parts live in private modules:

- `_remove`: the passes over lines (repeats, near-repeats, teasers) and the result type;
- `_text`: lines and their typography-folded comparison keys;
- `_teaser`: cut-off teasers ("the first paragraphs run together ...");
- `_within`: a body repeated inside one line ("body body").
"""

from app.core.dedup._remove import (
    DedupResult,
    Removal,
    RemovalReason,
    keep_all,
    remove_duplicates,
)

__all__ = ["DedupResult", "Removal", "RemovalReason", "keep_all", "remove_duplicates"]
