import json

import pytest

from app.batch.items import BatchItem, iter_folder, iter_glob, iter_inputs, iter_manifest


def test_folder_is_walked_recursively_in_sorted_order_without_hidden_files(tmp_path):
    for name in ["b.txt", "a.txt", "sub/c.html", "sub/deeper/d.txt", ".hidden", ".git/x.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    items = list(iter_folder(tmp_path))
    assert [i.id for i in items] == ["a.txt", "b.txt", "sub/c.html", "sub/deeper/d.txt"]
    assert items[2].path == str(tmp_path / "sub" / "c.html")


def test_folder_is_a_lazy_stream(tmp_path):
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    stream = iter_inputs(str(tmp_path))
    assert not isinstance(stream, list | tuple)
    assert next(iter(stream)).id == "a.txt"


def test_glob_matches_files_only(tmp_path):
    (tmp_path / "one.html").write_text("x", encoding="utf-8")
    (tmp_path / "dir.html").mkdir()
    (tmp_path / "two.txt").write_text("x", encoding="utf-8")
    assert [i.id for i in iter_glob(str(tmp_path / "*.html"))] == [str(tmp_path / "one.html")]


def test_manifest_rows_of_every_kind_and_bad_lines(tmp_path):
    rows = [
        json.dumps({"id": "t", "text": "Some text."}),
        json.dumps({"id": 7, "path": "pages/p.html"}),
        json.dumps({"id": "u", "url": "http://127.0.0.1:9/page"}),
        "",
        "{not json",
        json.dumps(["a list"]),
        json.dumps({"text": "no id"}),
        json.dumps({"id": "both", "text": "a", "path": "b"}),
    ]
    manifest = tmp_path / "in.jsonl"
    manifest.write_text("\n".join(rows) + "\n", encoding="utf-8")
    items = list(iter_manifest(manifest))
    assert items[:3] == [
        BatchItem(id="t", text="Some text."),
        BatchItem(id=7, path=str(tmp_path / "pages" / "p.html")),
        BatchItem(id="u", url="http://127.0.0.1:9/page"),
    ]
    assert [i.id for i in items[3:]] == ["in.jsonl:5", "in.jsonl:6", "in.jsonl:7", "both"]
    assert all(i.error for i in items[3:])


def test_inputs_tell_folder_manifest_glob_and_file_apart(tmp_path):
    (tmp_path / "m.jsonl").write_text('{"id": 1, "text": "x"}\n', encoding="utf-8")
    assert list(iter_inputs(str(tmp_path / "m.jsonl"))) == [BatchItem(id=1, text="x")]
    assert [i.id for i in iter_inputs(str(tmp_path / "*.jsonl"))] == [str(tmp_path / "m.jsonl")]
    with pytest.raises(FileNotFoundError):
        iter_inputs(str(tmp_path / "missing"))
