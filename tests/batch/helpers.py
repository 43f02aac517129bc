"""Shared by the batch tests: the plain CLI's JSON, and rows read back."""

from __future__ import annotations

import json

from app import cli


def cli_json(capsys, paths) -> list[dict]:
    """What `keyfacts-cli --format json PATH...` prints, one object per good file."""
    capsys.readouterr()
    cli.main(["--format", "json", *map(str, paths)])
    out = capsys.readouterr().out
    return [json.loads(line) for line in out.splitlines()]


def read_rows(path) -> list[dict]:
    with open(path, encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def without_id(row: dict) -> dict:
    return {key: value for key, value in row.items() if key != "id"}
