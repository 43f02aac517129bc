"""nltk is imported without scipy.stats, which stays importable afterwards (fresh interpreters)."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def run(code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return result.stdout.strip()


def test_nltk_is_imported_without_scipy_stats() -> None:
    out = run(
        """
        import sys
        from app.core.nltk_import import import_nltk
        import_nltk()
        from app.core.sentences import split_sentences, tokenize_words
        from app.core.summarize import stop_words
        split_sentences("One sentence here. Another one.")
        tokenize_words("Some words.")
        stop_words()
        print("nltk" in sys.modules, "scipy.stats" in sys.modules,
              any(type(f).__name__ == "_SkipInThread" for f in sys.meta_path))
        import scipy.stats
        print(callable(scipy.stats.fisher_exact))
        """
    )
    assert out.splitlines() == ["True False False", "True"]


def test_nltk_that_needs_scipy_stats_is_imported_plainly() -> None:
    # Pretend the first import fails for want of scipy.stats: the import is retried without the
    # skip, so nltk still loads.
    out = run(
        """
        import importlib, sys
        from app.core import nltk_import
        real = importlib.import_module
        calls = []
        def fake(name, *args):
            if name == "nltk":
                calls.append(name)
            if calls == ["nltk"] and name == "nltk":
                import nltk.tokenize  # half an import, as a real failure would leave
                raise ImportError("scipy.stats is skipped while nltk is imported")
            return real(name, *args)
        importlib.import_module = fake
        nltk_import.import_nltk()
        importlib.import_module = real
        print(calls, "nltk" in sys.modules, "scipy.stats" in sys.modules,
              any(type(f).__name__ == "_SkipInThread" for f in sys.meta_path))
        """
    )
    assert out == "['nltk', 'nltk'] True True False"


def test_a_second_call_does_nothing() -> None:
    out = run(
        """
        import sys
        import nltk
        from app.core.nltk_import import import_nltk
        before = list(sys.meta_path)
        import_nltk()
        print(sys.meta_path == before)
        """
    )
    assert out == "True"


def test_only_the_importing_thread_is_refused_scipy_stats() -> None:
    # While nltk is imported in one thread (the GUI's worker), another thread that imports
    # scipy.stats gets it; the importing thread does not.
    out = run(
        """
        import sys, threading
        from app.core import nltk_import
        results = {}
        def other():
            import scipy.stats
            results["other"] = callable(scipy.stats.fisher_exact)
        with nltk_import._scipy_stats_hidden_from_this_thread():
            try:
                import scipy.stats
            except ImportError:
                results["this"] = "refused"
            thread = threading.Thread(target=other)
            thread.start(); thread.join()
        print(results["other"], results["this"], len(sys.meta_path) == len(set(sys.meta_path)),
              any(type(f).__name__ == "_SkipInThread" for f in sys.meta_path))
        """
    )
    assert out == "True refused True False"
