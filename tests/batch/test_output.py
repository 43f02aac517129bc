import json

from app.batch.items import id_key
from app.batch.output import resume


def test_resume_cuts_a_partial_last_line_and_returns_the_done_ids(tmp_path):
    out = tmp_path / "out.jsonl"
    good = [json.dumps({"id": "a", "text": "x"}), json.dumps({"id": 3, "error": "bad"})]
    out.write_text("\n".join(good) + "\n" + '{"id": "c", "text": "cut o', encoding="utf-8")
    assert resume(out) == {id_key("a"), id_key(3)}
    assert out.read_text(encoding="utf-8") == "\n".join(good) + "\n"


def test_resume_keeps_complete_lines_it_cannot_read(tmp_path):
    out = tmp_path / "out.jsonl"
    text = 'not json\n{"id": "a"}\n'
    out.write_text(text, encoding="utf-8")
    assert resume(out) == {id_key("a")}
    assert out.read_text(encoding="utf-8") == text


def test_no_output_yet_means_nothing_done(tmp_path):
    assert resume(tmp_path / "none.jsonl") == set()


def test_ids_of_different_types_stay_apart():
    assert id_key(7) != id_key("7")
