"""The batch on Dask: a LocalCluster of two worker processes on 127.0.0.1."""

import pytest

pytest.importorskip("distributed", reason="Dask is optional: pip install 'keyfacts[cluster]'")

from app.batch.cluster import DaskBackend
from app.batch.items import iter_folder
from app.batch.run import run_batch
from tests.batch.helpers import cli_json, read_rows, without_id
from tests.fixtures.generated import write_articles


def engine_loaded(dask_worker):
    """On a worker: whether the engine plugin set it up (the engine loaded when it joined)."""
    from app.batch import engine

    return "keyfacts-engine" in dask_worker.plugins and engine._warm


@pytest.mark.slow
def test_200_files_on_two_dask_workers_give_the_cli_json_file_for_file(tmp_path, capsys):
    write_articles(tmp_path / "in", 200)
    items = list(iter_folder(tmp_path / "in"))
    out = tmp_path / "out.jsonl"
    with DaskBackend(workers=2) as backend:
        assert backend.workers == 2
        stats = run_batch(iter(items), out, backend)
        loaded = backend.client.run(engine_loaded)
    assert list(loaded.values()) == [True, True]
    assert (stats.done, stats.failed) == (200, 0)
    rows = read_rows(out)
    assert [row["id"] for row in rows] == [item.id for item in items]
    assert [without_id(row) for row in rows] == cli_json(capsys, [i.path for i in items])
