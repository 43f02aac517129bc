import io
import sys

from app.batch.progress import Progress


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_a_bar_on_a_terminal_and_messages_above_it(monkeypatch):
    stderr = Terminal()
    monkeypatch.setattr(sys, "stderr", stderr)
    with Progress(total=3, unit="file") as progress:
        progress.update()
        progress.write("keyfacts-cli: x.txt: the file is empty")
    shown = stderr.getvalue()
    assert "1/3" in shown and "keyfacts-cli: x.txt: the file is empty\n" in shown


def test_nothing_but_messages_when_not_a_terminal(monkeypatch):
    stderr = io.StringIO()
    monkeypatch.setattr(sys, "stderr", stderr)
    with Progress(total=3) as progress:
        progress.update(3)
        progress.write("one failure")
    assert stderr.getvalue() == "one failure\n"
