"""Internal errors are logged with their traceback in one file, which stays bounded."""

from __future__ import annotations

from app.core import logfile
from app.core.errors import KeyfactsError
from app.core.formats import FormatError
from app.core.loading import LoadError
from app.core.summarize import SummaryError


def test_engine_errors_share_one_base():
    for error in (LoadError, FormatError, SummaryError):
        assert issubclass(error, KeyfactsError)
    assert issubclass(SummaryError, ValueError)  # kept for callers that caught it as one


def test_the_log_folder_follows_the_environment(log_dir):
    assert logfile.log_path() == log_dir / "keyfacts.log"


def test_the_default_folder_is_the_users_log_folder(monkeypatch):
    import platformdirs

    monkeypatch.delenv(logfile.LOG_DIR_VARIABLE)
    expected = platformdirs.user_log_dir("keyfacts", appauthor=False)
    assert str(logfile.log_path().parent) == expected


def test_traceback_and_context_are_appended(log_dir):
    def fail():
        raise RuntimeError("first")

    for _ in range(2):
        try:
            fail()
        except RuntimeError as error:
            message = logfile.internal_error_message(error, "article.txt")
    path = log_dir / "keyfacts.log"
    assert message == f"internal error: details in {path}"
    text = path.read_text(encoding="utf-8")
    assert text.count("Traceback (most recent call last)") == 2
    assert text.count("internal error: article.txt") == 2 and "in fail" in text


def test_the_log_is_cut_back_when_it_grows(log_dir, monkeypatch):
    monkeypatch.setattr(logfile, "MAX_LOG_BYTES", 2000)
    for i in range(100):
        logfile.log_internal_error(RuntimeError(f"error {i}"))
    path = log_dir / "keyfacts.log"
    assert path.stat().st_size < 4000
    assert "error 99" in path.read_text(encoding="utf-8")


def test_an_unwritable_log_folder_still_gives_the_message(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(logfile.LOG_DIR_VARIABLE, str(blocker / "log"))
    path = logfile.log_internal_error(RuntimeError("x"))
    assert path == blocker / "log" / "keyfacts.log"
