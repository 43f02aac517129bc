"""Import nltk without its one slow optional dependency (scipy.stats), once, before anyone else.

`import nltk` runs the package's `__init__`, which imports `nltk.collocations` and through it
`nltk.metrics.association`, whose only use of scipy is `scipy.stats.fisher_exact`, a Fisher test
for collocations. Importing scipy.stats alone takes about 0.4 s, two thirds of nltk's import
time and most of the wait for the first analysis after start-up. nltk already guards that
import (`try: from scipy.stats import fisher_exact / except ImportError: ...`) and Keyfacts never
uses collocations, so while nltk is first imported, scipy.stats is made unimportable; after
that it imports normally for anyone who wants it. Should a future nltk need scipy.stats for
real, the import is simply retried the ordinary way.

The side effect is contained: `import_nltk` is the only place that touches `sys.meta_path`; it
does so once, under a lock, and removes its finder in a `finally`. The finder refuses
scipy.stats only to the thread that is importing nltk (the GUI imports the engine in a worker
thread), so another thread that imports scipy.stats meanwhile gets it as usual.

Call `import_nltk()` before the first import of nltk or sumy (sumy imports nltk).
"""

from __future__ import annotations

import importlib
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib.abc import MetaPathFinder
from importlib.machinery import ModuleSpec
from types import ModuleType

_SKIPPED = "scipy.stats"
_lock = threading.Lock()


class _SkipInThread(MetaPathFinder):
    """Refuses `scipy.stats` and its submodules to one thread (nltk falls back without them)."""

    def __init__(self, thread: int) -> None:
        self._thread = thread

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None,
        target: ModuleType | None = None,
    ) -> ModuleSpec | None:
        skipped = fullname == _SKIPPED or fullname.startswith(_SKIPPED + ".")
        if skipped and threading.get_ident() == self._thread:
            raise ImportError(f"{fullname} is skipped while nltk is imported")
        return None


@contextmanager
def _scipy_stats_hidden_from_this_thread() -> Iterator[None]:
    skip = _SkipInThread(threading.get_ident())
    sys.meta_path.insert(0, skip)
    try:
        yield
    finally:
        sys.meta_path.remove(skip)


def import_nltk() -> None:
    """Import nltk, skipping scipy.stats unless something already imported it."""
    with _lock:
        if "nltk" in sys.modules:
            return
        try:
            with _scipy_stats_hidden_from_this_thread():
                importlib.import_module("nltk")
        except ImportError:
            # nltk itself needed scipy.stats: drop what half-imported and import it plainly.
            for name in [n for n in sys.modules if n == "nltk" or n.startswith("nltk.")]:
                del sys.modules[name]
            importlib.import_module("nltk")
