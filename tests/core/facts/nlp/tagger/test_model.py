"""Tests for app.core.facts.nlp.tagger.model: the tagger's weights, shipped and read once."""

from __future__ import annotations

import threading
from importlib import resources

import pytest

from app.core.facts.nlp.tagger import model as tagger_model


def test_model_file_is_package_data_with_its_notice():
    folder = resources.files(tagger_model.MODEL_PACKAGE)
    assert folder.joinpath(tagger_model.MODEL_FILE).is_file()
    notice = folder.joinpath("README.md").read_text("utf-8")
    assert "CC BY-SA 4.0" in notice and "Silveira" in notice


def test_model_loads_once_across_threads(monkeypatch):
    monkeypatch.setattr(tagger_model, "_model", None)
    seen = []
    threads = [
        threading.Thread(target=lambda: seen.append(tagger_model.load_model())) for _ in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(seen) == 4
    assert all(model is seen[0] for model in seen)


def _model_file(raw: dict, indent: int | None = None) -> bytes:
    import gzip
    import json

    compact = (",", ":") if indent is None else None  # as tools/train_tagger.py writes it
    return gzip.compress(json.dumps(raw, indent=indent, separators=compact).encode("utf-8"))


@pytest.mark.parametrize("indent", [None, 1])
def test_a_model_file_reads_the_same_in_parts_as_whole(indent):
    # Long number lists (several slices each), negative weights, and strings with brackets,
    # commas and quotes that a part-by-part reader must not take for the lists' ends.
    n = 40_000
    raw = {
        "features": [f'w[{i}], "x"' for i in range(n)],
        "tags": ["NN", "VB", "JJ"],
        "rows": list(range(n)),
        "cols": [i % 3 for i in range(n)],
        "values": [(-1) ** i * (i % 997) for i in range(n)],
        "tagdict": {"the": "DT", "]": "-RRB-"},
        "extras": ["]", ","],
    }
    model = tagger_model.read_model(_model_file(raw, indent))
    assert model.tags == ("NN", "VB", "JJ")
    assert model.index['w[7], "x"'] == 7
    assert model.tagdict == {"the": "DT", "]": "-RRB-"}
    assert model.extras == frozenset({"]", ","})
    assert model.weights.shape == (n + 1, 3)
    assert model.weights[5, 2] == pytest.approx(-0.005)
    assert model.weights[996, 0] == pytest.approx(0.996)
    expected = [(-1) ** i * (i % 997) / 1000 for i in range(n)]
    assert model.weights[range(n), [i % 3 for i in range(n)]].tolist() == pytest.approx(expected)


def test_a_model_with_fractional_weights_is_still_read():
    raw = {
        "features": ["a", "b"],
        "tags": ["NN", "VB"],
        "rows": [0, 1],
        "cols": [1, 0],
        "values": [1.5, -2.25],
        "tagdict": {},
    }
    model = tagger_model.read_model(_model_file(raw))
    assert model.weights[0, 1] == pytest.approx(0.0015)
    assert model.weights[1, 0] == pytest.approx(-0.00225)


@pytest.mark.parametrize("indent", [None, 1])
def test_the_part_by_part_reader_itself_matches_json(indent):
    import gzip

    n = 40_000
    raw = {
        "cols": [i % 3 for i in range(n)],
        "features": [f'w[{i}], "x"' for i in range(50)],
        "rows": list(range(n)),
        "values": [(-1) ** i * (i % 997) for i in range(n)],
    }
    text = gzip.decompress(_model_file(raw, indent)).decode("utf-8")
    parts = tagger_model._json_in_parts(
        text, tagger_model._NUMBER_LISTS
    )  # no fallback to json.loads
    assert parts.keys() == raw.keys()
    assert parts["features"] == raw["features"]
    for key in ("cols", "rows", "values"):
        assert parts[key].tolist() == raw[key]
