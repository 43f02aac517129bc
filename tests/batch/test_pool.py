import os
from concurrent.futures.process import BrokenProcessPool

import pytest

from app.batch.pool import InlineBackend, ProcessBackend, resolve_jobs


def test_the_pool_starts_again_after_a_worker_dies():
    with ProcessBackend(1) as backend:
        with pytest.raises(BrokenProcessPool):
            backend.submit(os._exit, 3).result()
        assert backend.submit(pow, 2, 5).result() == 32
        assert backend.run_again(pow, 3, 2) == 9


def test_inline_backend_keeps_errors_in_the_future():
    future = InlineBackend().submit(int, "not a number")
    with pytest.raises(ValueError):
        future.result()


def test_zero_jobs_is_every_core():
    assert resolve_jobs(0) >= 1 and resolve_jobs(3) == 3
