"""Import nltk without its one slow optional dependency (scipy.stats), once, before anyone else.

`import nltk` runs the package's `__init__`, which imports `nltk.collocations` and through it
`nltk.metrics.association`, whose only use of scipy is `scipy.stats.fisher_exact`, a Fisher test
for collocations. Importing scipy.stats alone takes about 0.4 s, two thirds of nltk's import
time and most of the wait for the first analysis after start-up. nltk already guards that
import (`try: from scipy.stats import fisher_exact / except ImportError: ...`) and Keyfacts never
uses collocations, so while nltk is first imported, scipy.stats is made unimportable; after
that it imports normally for anyone who wants it. Should a future nltk need scipy.stats for
real, the import is simply retried the ordinary way.

Call `import_nltk()` before the first import of nltk or sumy (sumy imports nltk).
"""

from __future__ import annotations

import importlib
import sys
import threading
from collections.abc import Sequence
from importlib.abc import MetaPathFinder
from importlib.machinery import ModuleSpec
from types import ModuleType

_SKIPPED = "scipy.stats"
_lock = threading.Lock()


class _Skip(MetaPathFinder):
    """A finder that refuses `scipy.stats` and its submodules (nltk falls back without them)."""

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None,
        target: ModuleType | None = None,
    ) -> ModuleSpec | None:
        if fullname == _SKIPPED or fullname.startswith(_SKIPPED + "."):
            raise ImportError(f"{fullname} is skipped while nltk is imported")
        return None


def import_nltk() -> None:
    """Import nltk, skipping scipy.stats unless something already imported it."""
    with _lock:
        if "nltk" in sys.modules:
            return
        skip = _Skip()
        sys.meta_path.insert(0, skip)
        try:
            importlib.import_module("nltk")
        except ImportError:
            # nltk itself needed scipy.stats: drop what half-imported and import it plainly.
            for name in [n for n in sys.modules if n == "nltk" or n.startswith("nltk.")]:
                del sys.modules[name]
            sys.meta_path.remove(skip)
            importlib.import_module("nltk")
        finally:
            if skip in sys.meta_path:
                sys.meta_path.remove(skip)
