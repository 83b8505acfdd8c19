"""What bench_pages.py prints beside the Charts ratio: how long Streamlit took to find its server from a deep link."""
from benchmarks.bench_pages import HEALTH_JS, deep_link_probe


class _Page:
    """A page whose resource timings list health checks started at these ms."""

    def __init__(self, starts: list[float]):
        self.starts = starts

    def evaluate(self, script: str) -> list[float]:
        assert script == HEALTH_JS
        return self.starts


def test_a_deep_link_probe_runs_from_the_first_health_check_to_the_last():
    assert deep_link_probe(_Page([812.5, 935.5])) == 0.123  # /charts: a 404, then the root 100 ms later


def test_a_page_opened_at_the_root_asks_once_and_waits_nothing():
    assert deep_link_probe(_Page([790.0])) == 0.0


def test_no_health_check_seen_counts_as_no_wait():
    assert deep_link_probe(_Page([])) == 0.0
