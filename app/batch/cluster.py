"""The Dask back end: a `LocalCluster` on 127.0.0.1, or an existing scheduler.

Needs the optional extra `keyfacts[cluster]` (dask + distributed). Every worker loads the engine
once, when it joins (`EnginePlugin.setup`), and keeps it for all its tasks (the engine module's
process-wide state); tasks carry a few items each, and a bounded window of them is in flight.
Run workers with one thread each (`--nthreads 1`): the engine is pure Python, so threads in one
worker would share one core.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Self

from distributed import Client, LocalCluster, WorkerPlugin

from app.batch.engine import warm_up


class EnginePlugin(WorkerPlugin):
    """Loads the Keyfacts engine when a worker starts (and on workers that join later)."""

    name = "keyfacts-engine"

    def setup(self, worker: Any) -> None:
        warm_up()


class DaskBackend:
    """Submits tasks to Dask: `workers` local processes, or the cluster at `scheduler`."""

    # Dask spends a few ms of CPU per task (scheduler, worker, messages): 16 articles a task
    # bring that to about 3 ms an article (benchmarks/RESULTS.md), against 4 for the pool.
    chunk_size = 16

    def __init__(self, workers: int | None = None, scheduler: str | None = None) -> None:
        self._cluster: LocalCluster | None = None
        if scheduler is not None:
            self._client = Client(scheduler)
        else:
            self._cluster = LocalCluster(
                n_workers=workers or 1,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address=None,
                # Shutdown races log errors; task failures come back as results anyway.
                silence_logs=logging.CRITICAL,
            )
            self._client = Client(self._cluster)
        self._client.register_plugin(EnginePlugin())
        self.workers = max(1, sum(self._client.nthreads().values()))

    @property
    def client(self) -> Client:
        """The Dask client (to inspect the cluster)."""
        return self._client

    def submit(self, fn: Callable[..., Any], /, *args: Any) -> Any:
        return self._client.submit(fn, *args, pure=False)

    def run_again(self, fn: Callable[..., Any], /, *args: Any) -> Any:
        return self.submit(fn, *args).result()

    def close(self) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
