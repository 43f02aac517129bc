import json

from app.batch.items import BatchItem, iter_folder, iter_manifest
from app.batch.pool import InlineBackend
from app.batch.run import run_batch
from tests.batch.helpers import cli_json, read_rows, without_id
from tests.fixtures.generated import write_articles
from tests.fixtures.web_server import closed_port, serve, standard_routes


def test_corrupt_files_get_error_rows_and_the_others_match_the_cli(tmp_path, capsys):
    good = write_articles(tmp_path / "in", 4)
    (tmp_path / "in" / "article-00001b.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (tmp_path / "in" / "article-00002b.txt").write_bytes(b"")
    out = tmp_path / "out.jsonl"
    stats = run_batch(iter_folder(tmp_path / "in"), out, InlineBackend())
    rows = read_rows(out)
    assert [r["id"] for r in rows] == [
        "article-00000.txt",
        "article-00001.txt",
        "article-00001b.png",
        "article-00002.txt",
        "article-00002b.txt",
        "article-00003.txt",
    ]
    assert (stats.done, stats.failed) == (4, 2)
    assert set(rows[2]) == {"id", "error"} and "PNG" in rows[2]["error"]
    assert set(rows[4]) == {"id", "error"} and "empty" in rows[4]["error"]
    good_rows = [without_id(r) for r in rows if "error" not in r]
    assert good_rows == cli_json(capsys, good)


def test_resume_skips_finished_ids_and_rewrites_a_cut_line(tmp_path):
    write_articles(tmp_path / "in", 6)
    clean = tmp_path / "clean.jsonl"
    run_batch(iter_folder(tmp_path / "in"), clean, InlineBackend(), chunk_size=2)
    lines = clean.read_text(encoding="utf-8").splitlines(keepends=True)
    killed = tmp_path / "killed.jsonl"
    killed.write_text("".join(lines[:2]) + lines[2][: len(lines[2]) // 2], encoding="utf-8")
    stats = run_batch(iter_folder(tmp_path / "in"), killed, InlineBackend(), chunk_size=2)
    assert (stats.skipped, stats.done) == (2, 4)
    assert killed.read_bytes() == clean.read_bytes()
    again = run_batch(iter_folder(tmp_path / "in"), killed, InlineBackend())
    assert (again.skipped, again.done) == (6, 0)
    assert killed.read_bytes() == clean.read_bytes()


def test_manifest_text_url_and_bad_rows(tmp_path, monkeypatch):
    for name in ("http_proxy", "HTTP_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    with serve(standard_routes()) as base:
        rows = [{"id": "page", "url": base + "/story"}]
        run_batch(rows_of(tmp_path, rows), tmp_path / "web.jsonl", InlineBackend())
    (page,) = read_rows(tmp_path / "web.jsonl")
    assert page["source"] == base + "/story" and "twice a day" in page["text"]
    manifest = tmp_path / "in.jsonl"
    rows = [
        {"id": "t1", "text": "Harbour opens. The harbour opened on Monday, the mayor said."},
        {"id": "u1", "url": closed_port() + "nothing-listens-here"},
        {"id": "t1", "text": "A second row with the same id."},
        {"id": 2, "text": "   "},
    ]
    manifest.write_text("\n".join(map(json.dumps, rows)) + "\nnot json\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    warnings = []
    stats = run_batch(iter_manifest(manifest), out, InlineBackend(), warn=warnings.append)
    written = read_rows(out)
    assert [r["id"] for r in written] == ["t1", "u1", 2, "in.jsonl:5"]
    assert written[0]["source"] == "t1" and written[0]["summary"]
    assert set(written[1]) == {"id", "error"} and "refused" in written[1]["error"]
    assert all(set(r) == {"id", "error"} for r in written[1:])
    assert stats.duplicates == 1 and "t1" in warnings[0]


def rows_of(tmp_path, rows):
    manifest = tmp_path / "rows.jsonl"
    manifest.write_text("\n".join(map(json.dumps, rows)) + "\n", encoding="utf-8")
    return iter_manifest(manifest)


def test_an_item_that_crashes_its_worker_gets_an_error_row_alone(tmp_path):
    class DyingBackend(InlineBackend):
        """Every chunk fails as if its worker died; run_again works except for "bad"."""

        def submit(self, fn, /, *args):
            future = super().submit(lambda: 1 / 0)
            return future

        def run_again(self, fn, /, *args):
            if args[0].id == "bad":
                raise RuntimeError("process died")
            return fn(*args)

    items = [BatchItem(id="ok", text="A harbour opened on Monday."), BatchItem(id="bad", text="x")]
    out = tmp_path / "out.jsonl"
    stats = run_batch(items, out, DyingBackend(), chunk_size=2)
    rows = read_rows(out)
    assert "summary" in rows[0]
    assert set(rows[1]) == {"id", "error"} and "process died" in rows[1]["error"]
    assert (stats.done, stats.failed) == (1, 1)
