import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import cli
from tests.fixtures.articles import ARTICLE, SCRAPED


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "cafe.txt"
    path.write_text(SCRAPED, encoding="utf-8")
    return path


def run(capsys, *argv):
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_lines_one_object_per_file_in_order(capsys, article, tmp_path):
    other = tmp_path / "plain.txt"
    other.write_text(ARTICLE, encoding="utf-8")
    code, out, err = run(capsys, "--format", "json", "--sentences", "2", article, other)
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert len(lines) == 2
    objects = [json.loads(line) for line in lines]
    assert [o["source"] for o in objects] == [str(article), str(other)]
    assert all(len(o["summary"]) == 2 for o in objects)
    assert objects[0]["text"] == objects[1]["text"]


def test_missing_file_is_one_line_and_others_still_print(capsys, article, tmp_path):
    missing = tmp_path / "nope.txt"
    code, out, err = run(capsys, "--format", "json", missing, article)
    assert code == 1
    assert err.count("\n") == 1 and str(missing) in err and "no such file" in err
    assert len(out.splitlines()) == 1


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"  \n\t \n", "empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG"),
        (b"PK\x03\x04" + bytes(100), "ZIP"),
    ],
)
def test_bad_files_give_a_reason(capsys, tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    code, out, err = run(capsys, path)
    assert code == 1 and out == ""
    assert err.startswith(f"keyfacts-cli: {path}: ") and reason.lower() in err.lower()
    assert "Traceback" not in err


def test_directory_is_refused(capsys, tmp_path):
    code, _, err = run(capsys, tmp_path)
    assert code == 1 and "directory" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["--ratio", "0"],
        ["--ratio", "1.5"],
        ["--sentences", "0"],
        ["--sentences", "2", "--words", "10"],
        ["--method", "nope"],
        ["--reference-date", "2024-13-01"],
        ["--format", "xml"],
        [],
    ],
)
def test_bad_arguments_exit_2(capsys, article, argv):
    with pytest.raises(SystemExit) as exit_info:
        cli.main([*argv, str(article)] if argv else [])
    assert exit_info.value.code == 2


def test_list_methods(capsys):
    code, out, _ = run(capsys, "--list-methods")
    names = [line.split()[0] for line in out.splitlines()]
    assert code == 0
    assert names[:2] == ["default", "lead"]
    assert set(names) >= {
        "lexrank",
        "lsa",
        "textrank",
        "luhn",
        "edmundson",
        "kl",
        "sumbasic",
        "reduction",
    }


def test_help_names_every_method_the_defaults_and_the_exit_statuses(capsys):
    with pytest.raises(SystemExit) as exited:
        cli.main(["--help"])
    out = " ".join(capsys.readouterr().out.split())  # argparse wraps at the terminal width
    assert exited.value.code == 0
    for name in cli.METHODS:
        assert name in out
    assert "default: text" in out and "at least one" in out and "dateline" in out
    assert "Exit status: 0 success, 2 bad arguments, 1" in out


def test_text_and_markdown_formats(capsys, article):
    code, out, _ = run(capsys, "--sentences", "1", article)
    assert code == 0 and "Summary" in out and "Key facts" in out
    code, out, _ = run(capsys, "--format", "markdown", article)
    assert code == 0 and out.startswith("# ") and "## Summary" in out


def test_keep_duplicates(capsys, article):
    code, out, _ = run(capsys, "--format", "json", "--keep-duplicates", article)
    data = json.loads(out)
    assert code == 0 and data["text"] == SCRAPED and data["dedup"]["removed"] == []


def test_reference_date_resolves_relative_dates(capsys, article):
    code, out, _ = run(capsys, "--format", "json", "--reference-date", "2024-06-10", article)
    values = {d["text"]: d["value"] for d in json.loads(out)["facts"]["dates"]}
    assert code == 0
    assert values.get("next spring", "").startswith("2025")


def test_stdin_and_installed_entry_point_without_nltk_data(tmp_path):
    """The installed command works with no NLTK data at all, reading standard input."""
    exe = Path(sys.executable).with_name("keyfacts-cli")
    if not exe.exists():
        pytest.skip("keyfacts-cli is not installed in this environment")
    empty = tmp_path / "nltk_data"
    empty.mkdir()
    env = {**os.environ, "NLTK_DATA": str(empty), "HOME": str(tmp_path)}
    result = subprocess.run(
        [str(exe), "--format", "json", "-"],
        input=SCRAPED.encode("utf-8"),
        capture_output=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr.decode()
    data = json.loads(result.stdout)
    assert data["source"] == "-" and data["summary"]


def test_python_dash_m_app_cli_runs_the_cli():
    result = subprocess.run(
        [sys.executable, "-m", "app.cli", "--list-methods"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[0] == "default"


def test_markdown_of_several_files_is_split_by_a_rule(capsys, article, tmp_path):
    code, out, _ = run(capsys, "--format", "markdown", article, article)
    assert code == 0
    assert out.count("\n\n---\n\n") == 1 and "=====" not in out
    assert out.count("## Summary") == 2


@pytest.mark.parametrize("error", [RuntimeError("boom"), ValueError("engine bug")])
def test_an_engine_bug_is_logged_and_the_other_files_still_print(
    capsys, monkeypatch, article, tmp_path, log_dir, error
):
    import app.core.analysis

    real = app.core.analysis.analyze
    broken = tmp_path / "broken.txt"
    broken.write_text(ARTICLE, encoding="utf-8")

    def analyze(loaded, *args, **kwargs):
        if loaded.source == str(broken):
            raise error
        return real(loaded, *args, **kwargs)

    monkeypatch.setattr(app.core.analysis, "analyze", analyze)
    code, out, err = run(capsys, "--format", "json", broken, article)
    log_file = log_dir / "keyfacts.log"
    assert code == 1
    assert err == f"keyfacts-cli: {broken}: internal error: details in {log_file}\n"
    assert [json.loads(line)["source"] for line in out.splitlines()] == [str(article)]
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback" in logged and f"{type(error).__name__}: {error}" in logged
    assert str(broken) in logged


def test_a_load_error_is_a_plain_line_and_not_logged(capsys, tmp_path, log_dir):
    code, _, err = run(capsys, tmp_path / "nope.txt")
    assert code == 1 and err.startswith("keyfacts-cli: ") and "internal error" not in err
    assert not log_dir.exists()


def test_a_url_argument_is_fetched_and_read_as_a_web_page(capsys, monkeypatch):
    from tests.fixtures.web_server import serve, standard_routes

    monkeypatch.delenv("http_proxy", raising=False)
    monkeypatch.delenv("HTTP_PROXY", raising=False)
    with serve(standard_routes()) as base:
        code, out, err = run(capsys, "--format", "json", base + "/moved")
    assert code == 0 and err == ""
    result = json.loads(out)
    assert result["source"] == base + "/moved"
    assert result["title"] == "Ferry timetable changes"
    assert result["meta"]["url"] == base + "/story"
    assert result["meta"]["published"] == "2024-03-12"
    assert result["meta"]["authors"] == ["Ana Ruiz"]


def test_an_unreachable_url_is_one_line_naming_it_and_exit_1(capsys, monkeypatch, article):
    from tests.fixtures.web_server import closed_port, serve, standard_routes

    monkeypatch.delenv("http_proxy", raising=False)
    monkeypatch.delenv("HTTP_PROXY", raising=False)
    address = closed_port()
    with serve(standard_routes()) as base:
        code, out, err = run(capsys, address, base + "/missing", article)
    assert code == 1
    lines = err.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"keyfacts-cli: {address}: ") and "refused" in lines[0]
    assert lines[1].startswith(f"keyfacts-cli: {base}/missing: ") and "404" in lines[1]
    assert "Summary" in out  # the file after them still prints


def test_json_has_the_meta_object_for_every_input(capsys, article):
    code, out, _ = run(capsys, "--format", "json", article)
    assert code == 0
    meta = json.loads(out)["meta"]
    assert set(meta) == {"title", "authors", "site", "published", "url"}
    assert meta["authors"] == [] and meta["site"] is None and meta["url"] is None
