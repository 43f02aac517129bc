import io
import sys

import pytest

from app import cli
from tests.fixtures.generated import write_articles
from tests.fixtures.web_server import serve, standard_routes


def run(capsys, monkeypatch, argv, stdin=b""):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    capsys.readouterr()
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_two_jobs_print_exactly_what_one_job_prints(capsys, monkeypatch, tmp_path, fmt):
    for name in ("http_proxy", "HTTP_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    with serve(standard_routes()) as base:
        one, two = _one_and_two(capsys, monkeypatch, tmp_path, fmt, base + "/story")
    assert one[0] == 1 and one[1].count("Ashford Vale") > 3 and "twice a day" in one[1]
    assert two == one
    assert one[2].count("\n") == 2 and "bad.txt" in one[2] and "missing.txt" in one[2]


def _one_and_two(capsys, monkeypatch, tmp_path, fmt, url):
    files = write_articles(tmp_path, 9)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    argv = [*files[:4], bad, "-", url, tmp_path / "missing.txt", *files[4:]]
    stdin = files[0].read_bytes()
    one = run(capsys, monkeypatch, ["--format", fmt, "--jobs", "1", *argv], stdin)
    two = run(capsys, monkeypatch, ["--format", fmt, "--jobs", "2", *argv], stdin)
    return one, two


def test_jobs_zero_means_every_core_and_negative_is_refused(capsys, monkeypatch, tmp_path):
    (path,) = write_articles(tmp_path, 1)
    code, out, _ = run(capsys, monkeypatch, ["--jobs", "0", "--format", "json", path])
    assert code == 0 and out.count("\n") == 1
    with pytest.raises(SystemExit) as exit_:
        cli.main(["--jobs", "-1", str(path)])
    assert exit_.value.code == 2
