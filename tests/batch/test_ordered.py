from concurrent.futures import Future

from app.batch.ordered import chunked, ordered_map


class Recorder:
    """A back end whose futures finish in reverse order of submission, counting in flight."""

    def __init__(self):
        self.in_flight = 0
        self.most = 0

    def submit(self, task):
        self.in_flight += 1
        self.most = max(self.most, self.in_flight)
        future = Future()
        recorder = self

        class Deferred:
            def result(self):
                recorder.in_flight -= 1
                if task == "boom":
                    raise RuntimeError("worker died")
                future.set_result(task * 2)
                return future.result()

        return Deferred()


def test_results_in_input_order_with_a_bounded_window():
    recorder = Recorder()
    tasks = iter(range(100))  # an iterator: consumed lazily
    seen = []
    for task, result in ordered_map(recorder.submit, tasks, 5, lambda t, e: None):
        seen.append((task, result))
    assert seen == [(n, n * 2) for n in range(100)]
    assert recorder.most == 5


def test_a_failed_future_gives_the_failure_result_and_the_rest_go_on():
    recorder = Recorder()
    out = list(ordered_map(recorder.submit, ["a", "boom", "c"], 2, lambda t, e: f"failed: {e}"))
    assert out == [("a", "aa"), ("boom", "failed: worker died"), ("c", "cc")]


def test_chunked_is_lazy_and_keeps_the_tail():
    assert list(chunked(iter(range(7)), 3)) == [(0, 1, 2), (3, 4, 5), (6,)]
