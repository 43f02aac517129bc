"""Real-world and hostile inputs: the bad-input corpus and property tests of the pipeline.

Every input gets a result or a one-line message; nothing raises anything else. The corpus runs
through the CLI (exit 1 and one line naming the file and the reason); the properties run the
pipeline on generated text with a bounded number of examples (the long run is
benchmarks/fuzz.py).
"""

import json
import os
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import cli
from app.core.analysis import analyze
from app.core.dedup import remove_duplicates
from app.core.export import to_json_dict
from app.core.loading import (
    MAX_BYTES,
    LoadedText,
    LoadError,
    load_bytes,
    load_path,
    loaded_from_text,
)
from app.core.options import AnalysisOptions
from tests.core.formats.makers import make_pdf, make_zip_bomb

ARTICLE = (
    "Council approves river path\n"
    "The council approved a new river path on 12 March 2024, the mayor said.\n"
    '"It will open next spring," said Ana Ruiz, who leads the parks team.\n'
    "The path will run for four miles between the mill and the old ferry landing.\n"
)


def run_cli(capsys, *argv):
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_failure(capsys, path, reason):
    code, out, err = run_cli(capsys, path)
    assert code == 1 and out == ""
    assert err.count("\n") == 1, err
    assert err.startswith(f"keyfacts-cli: {path}: "), err
    assert reason.lower() in err.lower(), err
    assert "Traceback" not in err and "internal error" not in err


# --- the bad-input corpus -------------------------------------------------------------------

REFUSED = {
    "empty.txt": (b"", "empty"),
    "blank.txt": (b"  \n \t\r\n   \n", "empty"),
    "photo.txt": (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(range(256)), "PNG image"),
    "archive.txt": (b"PK\x03\x04\x14\0\0\0" + bytes(300), "ZIP archive"),
    "program.txt": (b"\x7fELF\x02\x01\x01\0" + bytes(300), "executable"),
    "program.exe": (b"MZ\x90\0\x03\0\0\0" + bytes(300), "executable"),
    "noise.bin": (bytes(range(256)) * 16, "binary"),
    "corrupt.pdf": (b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\ntrailer", "PDF"),
    "truncated.pdf": (make_pdf([["Some text that is cut off."]])[:180], "PDF"),
    "scan.pdf": (make_pdf([[], []]), "no text layer"),
    "bomb.docx": (make_zip_bomb(size=300 * 1024 * 1024), "zip bomb"),
    "notword.docx": (b"This is not a zip file at all.", "not really a .docx"),
    "empty.html": (b"<html><head><title></title></head><body></body></html>", "text"),
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_refused_input_gets_one_line_naming_the_file_and_reason(capsys, tmp_path, name):
    data, reason = REFUSED[name]
    path = tmp_path / name
    path.write_bytes(data)
    assert_one_line_failure(capsys, path, reason)


def test_a_directory(capsys, tmp_path):
    assert_one_line_failure(capsys, tmp_path, "directory")


def test_a_symlink_loop(capsys, tmp_path):
    loop = tmp_path / "loop.txt"
    os.symlink(loop, loop)
    assert_one_line_failure(capsys, loop, "loops")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this platform")
def test_a_named_pipe_is_refused_without_blocking(capsys, tmp_path):
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    assert_one_line_failure(capsys, pipe, "not a regular file")


def test_a_missing_file(capsys, tmp_path):
    assert_one_line_failure(capsys, tmp_path / "gone.txt", "no such file")


def test_a_file_that_vanishes_between_choosing_and_reading(capsys, tmp_path, monkeypatch):
    path = tmp_path / "vanishing.txt"
    path.write_text(ARTICLE)
    real_open = type(path).open

    def vanish_then_open(self, *args, **kwargs):
        self.unlink()  # gone after stat() saw it
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(type(path), "open", vanish_then_open)
    assert_one_line_failure(capsys, path, "disappeared")


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0,
    reason="runs as root (as in CI): chmod 000 does not stop root reading; "
    "test_permission_denied_simulated covers the message",
)
def test_permission_denied(capsys, tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text(ARTICLE)
    path.chmod(0)
    try:
        assert_one_line_failure(capsys, path, "permission denied")
    finally:
        path.chmod(0o600)


def test_permission_denied_simulated(capsys, tmp_path, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text(ARTICLE)

    def deny(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(type(path), "open", deny)
    assert_one_line_failure(capsys, path, "permission denied")


def test_a_100_mb_file_is_refused_by_size_without_reading_it(capsys, tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: takes no disk space
        handle.truncate(100 * 1024 * 1024)
    assert_one_line_failure(capsys, path, f"the limit is {MAX_BYTES // (1024 * 1024)} MB")


ACCEPTED = {
    "utf16.txt": ARTICLE.encode("utf-16-le"),
    "utf16bom.txt": ARTICLE.encode("utf-16"),
    "latin1.txt": ARTICLE.replace("Ana Ruiz", "Inés Muñoz").encode("latin-1"),
    "mixed.txt": ARTICLE.replace("\n", "\r\n", 2).replace("\n", "\r", 1).encode(),
    "nopunct.txt": b"river path news\nthe council approved a path along the river\n" * 5,
    # Letters only: words holding digits would make it a stat line, which no summary takes.
    "onesentence.txt": (
        " ".join("word" + "abcdefghij"[i % 10] + "klmnopqrst"[i // 10 % 10] for i in range(7000))
        + "."
    ).encode(),
    "duplicates.txt": ("The same line again and again here.\n" * 50).encode(),
    "nested.html": (
        "<html><body>" + "<div>" * 10_000 + "<p>The council approved a new river path.</p>"
        "</div>" * 10_000 + "</body></html>"
    ).encode(),
}


@pytest.mark.parametrize("name", sorted(ACCEPTED))
def test_accepted_input_gets_a_result(capsys, tmp_path, name):
    path = tmp_path / name
    path.write_bytes(ACCEPTED[name])
    code, out, err = run_cli(capsys, "--format", "json", path)
    assert code == 0 and err == "", err
    data = json.loads(out)
    assert data["text"].strip()
    assert_offsets_valid(data)


def test_utf16_and_latin1_text_decode_to_the_words_written(tmp_path):
    for name in ("utf16.txt", "utf16bom.txt", "latin1.txt"):
        path = tmp_path / name
        path.write_bytes(ACCEPTED[name])
        text = load_path(path).text
        assert "Council approves river path" in text
    assert "Inés Muñoz" in load_path(tmp_path / "latin1.txt").text


def test_only_duplicates_keeps_one_copy(tmp_path):
    result = remove_duplicates(ACCEPTED["duplicates.txt"].decode())
    assert result.text.count("The same line again") == 1


@pytest.mark.parametrize(
    "text",
    [
        # Found by benchmarks/fuzz.py: a subject made of characters str.split() drops.
        "ᩅ⍣ᒇ\u1b4eⒺஞ≺ѹ\u1a9aպᤃ⊉ైⵌ⢆ឮͺPlan the. plan nfbqat.",
        "\u202bשלום עולם.\u202c\nمرحبا بالعالم. 😀🏳️‍🌈\x00\x1b[31m",
    ],
)
def test_regressions_from_fuzzing(text):
    data = to_json_dict(analyze(loaded_from_text(text, "fuzz")))
    assert_offsets_valid(data)


def test_one_long_sentence_is_not_lost():
    text = ACCEPTED["onesentence.txt"].decode()
    analysis = analyze(loaded_from_text(text, "long"))
    assert analysis.summary and len(analysis.summary[0].text) > 40_000


# --- properties -------------------------------------------------------------------------------


def assert_offsets_valid(data):
    text = data["text"]
    spans = list(data["summary"])
    for kind in ("dates", "quotes", "initiatives"):
        spans += data["facts"][kind]
    for item in spans:
        assert 0 <= item["start"] <= item["end"] <= len(text), item
        assert text[item["start"] : item["end"]] == item["text"], item


def assert_removals_valid(original, data):
    for removal in data["dedup"]["removed"]:
        assert original[removal["start"] : removal["end"]] == removal["text"]


WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=9)
SENTENCES = st.lists(WORDS, min_size=3, max_size=12).map(
    lambda words: " ".join(words).capitalize() + "."
)


@st.composite
def articles_with_duplicates(draw):
    """(text, paragraphs): distinct paragraphs with some repeated further down, in order."""
    sentences = draw(st.lists(SENTENCES, min_size=1, max_size=12, unique=True))
    paragraphs, i = [], 0
    while i < len(sentences):
        size = draw(st.integers(1, 3))
        paragraphs.append(" ".join(sentences[i : i + size]))
        i += size
    lines = list(paragraphs)
    for _ in range(draw(st.integers(0, 4))):
        lines.insert(draw(st.integers(0, len(lines))), draw(st.sampled_from(paragraphs)))
    separator = draw(st.sampled_from(["\n", "\n\n"]))
    return separator.join(lines), paragraphs


PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(articles_with_duplicates())
def test_duplicate_removal_is_idempotent(case):
    text, _ = case
    once = remove_duplicates(text).text
    assert remove_duplicates(once).text == once


@PROPERTY
@given(articles_with_duplicates())
def test_duplicate_removal_keeps_order_and_every_unique_sentence(case):
    text, paragraphs = case
    cleaned = remove_duplicates(text).text
    # Every paragraph survives exactly once, in its first order of appearance.
    positions = [cleaned.find(p) for p in paragraphs]
    assert all(p >= 0 for p in positions)
    first_seen = sorted(paragraphs, key=text.find)
    assert sorted(paragraphs, key=cleaned.find) == first_seen
    for sentence in {s + "." for p in paragraphs for s in p.split(". ")}:
        sentence = sentence.replace("..", ".")
        if text.count(sentence) == 1:
            assert sentence in cleaned


UNICODE = st.text(
    alphabet=st.characters(codec=None, exclude_categories=()),  # everything, surrogates too
    max_size=400,
)
MIXED = st.lists(
    st.one_of(
        UNICODE,
        SENTENCES,
        st.sampled_from(
            [
                "\u202bשלום עולם.\u202c",
                "مرحبا بالعالم.",
                "😀🏳️‍🌈 emoji.",
                '"Quoted words," she said on 3 May.',
                "\x00\x01\x1b[31m",
                "\ud800 lone \udfff",
                "\n\n",
                "\r\n",
                "…",
            ]
        ),
    ),
    max_size=12,
).map("".join)


@PROPERTY
@given(MIXED)
def test_pipeline_never_raises_on_arbitrary_unicode(text):
    try:
        loaded = loaded_from_text(text, "fuzz")
    except LoadError:
        return
    analysis = analyze(loaded, AnalysisOptions())
    data = to_json_dict(analysis)
    json.dumps(data, ensure_ascii=False).encode("utf-8")  # lone surrogates were replaced
    assert_offsets_valid(data)
    assert_removals_valid(loaded.text, data)


SUFFIXES = st.sampled_from([".txt", ".html", ".pdf", ".docx", ".rtf", ".md", ""])


@PROPERTY
@given(st.binary(max_size=2000), SUFFIXES)
def test_loading_arbitrary_bytes_gives_text_or_a_load_error(data, suffix):
    try:
        loaded = load_bytes(data, "fuzz", suffix)
    except LoadError as error:
        assert str(error) and "\n" not in str(error)
        return
    assert isinstance(loaded, LoadedText) and loaded.text.strip()
    assert_offsets_valid(to_json_dict(analyze(loaded)))
