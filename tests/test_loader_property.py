"""For any bytes at all, the loader answers (never raises) and accounts for every row it read."""
import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cramplog.read.load import INTERNAL_ERROR, load_diary

CELL = st.text(alphabet=string.ascii_letters + string.digits + " ./:-'\"=\t\n\r,;éß", max_size=12)
DATES = st.sampled_from(["2026-04-01", "01.04.2026", "04/01/2026", "03/04/2026", "31/12/2026", "", "soon"])


def check(result):
    assert result.rows_read == result.rows_loaded + result.rows_rejected + result.rows_skipped
    assert len(result.df) == result.rows_loaded == len(result.lines)
    assert not (result.unusable or "").startswith(INTERNAL_ERROR), result.unusable
    for problem in result.problems:
        assert problem.severity in ("error", "warning")
        assert problem.line is None or problem.line >= 2


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_arbitrary_bytes(data):
    check(load_diary(data))


@st.composite
def csv_shaped(draw):
    delimiter = draw(st.sampled_from([",", ";", "\t"]))
    header = draw(st.lists(st.sampled_from(["date", "time", "location", "severity", "duration", "twitching",
                                            "notes", "Wann", "side", ""]), min_size=1, max_size=6))
    rows = draw(st.lists(st.tuples(DATES, st.lists(CELL, max_size=8)), max_size=12))
    lines = [delimiter.join(header)] + [delimiter.join([d, *cells]) for d, cells in rows]
    text = draw(st.sampled_from(["\n", "\r\n"])).join(lines) + draw(st.sampled_from(["", "\n"]))
    return text.encode(draw(st.sampled_from(["utf-8", "utf-16", "cp1252"])), errors="replace")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(csv_shaped(), st.sampled_from([None, "day-first", "month-first"]))
def test_csv_shaped_text(data, order):
    check(load_diary(data, date_order=order))
