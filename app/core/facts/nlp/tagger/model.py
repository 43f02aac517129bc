"""The tagger's trained weights: the shipped model file, read once, and its layout in memory.

`load_model()` reads the package's gzip-compressed JSON weights (`app.resources.models`,
trained by `tools/train_tagger.py`) on its first call, once, under a lock (never at import
time); `read_model(data)` reads any such file, its number lists in slices so that no one call
holds the GIL long.
"""

from __future__ import annotations

import gzip
import json
import threading
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import numpy as np
import numpy.typing as npt

from app.core.facts.nlp.tagger.feature_rows import FeatureRows
from app.core.facts.nlp.tagger.features import shape

MODEL_PACKAGE = "app.resources.models"
MODEL_FILE = "tagger-ewt.json.gz"


@dataclass(frozen=True, slots=True)
class TaggerModel:
    """The trained weights.

    Attributes:
        index: feature -> its row in `weights`.
        weights: one row of per-tag weights for each feature, and a last row of zeros that
            the features the model does not know fall back on.
        tags: every tag the model can give, in the order of the weights' columns.
        tagdict: frequent words whose tag never varies in training -> that tag.
        extras: the optional feature groups the model was trained with (see
            `features.features`).
    """

    index: dict[str, int]
    weights: npt.NDArray[np.float32]
    tags: tuple[str, ...]
    tagdict: dict[str, str]
    extras: frozenset[str]
    rows: FeatureRows = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "rows", FeatureRows(self.index, self.weights, self.extras, shape))


_model: TaggerModel | None = None
_lock = threading.Lock()


def load_model() -> TaggerModel:
    """The shipped model, read from the package on the first call (thread-safe, once)."""
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                _model = read_model(
                    resources.files(MODEL_PACKAGE).joinpath(MODEL_FILE).read_bytes()
                )
    return _model


# The model's lists of whole numbers (1.5 MB of JSON each).
_NUMBER_LISTS = frozenset({"rows", "cols", "values"})
_JSON = json.JSONDecoder()
_SEPARATORS = " \t\n\r,:"
_NUMBERS_PER_CALL = 1 << 16  # characters of a number list parsed in one call


def _json_in_parts(text: str, number_lists: frozenset[str]) -> dict[str, Any]:
    """A JSON object parsed value by value, its lists of whole numbers in slices, with numpy.

    `json.loads` parses the whole 5 MB model in one call that holds the GIL for 60-90 ms, so
    the first analysis froze the GUI thread that long. Here the longest call is a few ms, and
    the number lists (most of the file) are read as numpy arrays, 2x faster than as Python ints.

    Raises:
        ValueError, IndexError: `text` is not a JSON object laid out as expected.
    """
    found: dict[str, Any] = {}
    at = text.index("{") + 1
    while True:
        while text[at] in _SEPARATORS:
            at += 1
        if text[at] == "}":
            return found
        key, at = _JSON.raw_decode(text, at)
        while text[at] in _SEPARATORS:
            at += 1
        if key in number_lists and text[at] == "[":
            end = text.index("]", at)
            found[key] = _whole_numbers(text, at + 1, end)
            at = end + 1
        else:
            found[key], at = _JSON.raw_decode(text, at)


def _whole_numbers(text: str, start: int, end: int) -> npt.NDArray[np.int64]:
    """The comma-separated whole numbers in text[start:end], a slice at a time."""
    parts = []
    while start < end:
        stop = text.find(",", min(start + _NUMBERS_PER_CALL, end), end)
        stop = end if stop < 0 else stop
        piece = text[start:stop]
        if any(mark in piece for mark in ".eE"):
            raise ValueError("not whole numbers")
        parts.append(np.fromstring(piece, dtype=np.int64, sep=","))
        start = stop + 1
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)


def read_model(data: bytes) -> TaggerModel:
    """A model from the bytes of a gzip-compressed JSON weights file.

    The file holds the feature names, the tags, and the non-zero weights as three parallel
    lists: feature number, tag number, weight in thousandths.
    """
    text = gzip.decompress(data).decode("utf-8")  # zlib lets other threads run meanwhile
    try:
        raw = _json_in_parts(text, _NUMBER_LISTS)
    except (ValueError, IndexError):  # not laid out as expected: read it whole
        raw = json.loads(text)
    features: list[str] = raw["features"]
    tags: list[str] = raw["tags"]
    weights = np.zeros((len(features) + 1, len(tags)), dtype=np.float32)
    rows, cols = np.asarray(raw["rows"]), np.asarray(raw["cols"])
    weights[rows, cols] = np.asarray(raw["values"], dtype=np.float32) / 1000
    return TaggerModel(
        index={feature: row for row, feature in enumerate(features)},
        weights=weights,
        tags=tuple(tags),
        tagdict=raw["tagdict"],
        extras=frozenset(raw.get("extras", ())),
    )
