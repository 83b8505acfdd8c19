"""Across every format, any rows at all: rows_read = loaded + rejected + skipped, and skipped adds up by reason."""
import csv
import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cramplog.read.load import INTERNAL_ERROR, load_diary
from tests.workbooks import ods, xlsx

NAMES = st.sampled_from(["Leg cramps", "Headache", "Stomach cramps", "Cramp", "Wadenkrampf", "", " Muscle cramps "])
DATES = st.sampled_from(["2026-04-01", "22nd Sep 2020", "31st Sep 2020", "", "soon", "2015-11-26", "0001-01-01"])
WORDS = st.text(alphabet="abc ,|()\"'0123456789:-", max_size=8)
PEOPLE = st.sampled_from(["u1", "u2", "u3"])


def bearable(draw):
    rows = draw(st.lists(st.tuples(DATES, st.sampled_from(["am", "03:00", "", "pre", "25:99"]),
                                   st.sampled_from(["Symptom", "Mood", "Sleep", ""]), st.sampled_from(["1", "2", "9", ""]),
                                   st.tuples(NAMES, st.sampled_from(["", " (Mild)", " (Severe)", " (x)"])), WORDS), max_size=15))
    return ["date", "weekday", "time of day", "category", "rating/amount", "detail", "notes"], [
        [d, "Monday", t, c, r, n + lvl, w] for d, t, c, r, (n, lvl), w in rows]


def flaredown(draw):
    rows = draw(st.lists(st.tuples(PEOPLE, DATES, st.sampled_from(["Symptom", "Condition", "Tag", "Weather", ""]),
                                   NAMES, st.sampled_from(["0", "1", "4", "", "2 x 25.0 mg"])), max_size=15))
    return ["user_id", "age", "sex", "country", "checkin_date", "trackable_id", "trackable_type", "trackable_name",
            "trackable_value"], [[u, "", "", "", d, "1", k, n, v] for u, d, k, n, v in rows]


def daylio(draw):
    rows = draw(st.lists(st.tuples(DATES, st.sampled_from(["10:00 pm", "18:52", ""]),
                                   st.lists(NAMES, max_size=3), WORDS), max_size=15))
    return ["full_date", "date", "weekday", "time", "mood", "activities", "note_title", "note"], [
        [d, "1 April", "Monday", t, "meh", " | ".join(a), "", w] for d, t, a, w in rows]


def symptom_shark(draw):
    rows = draw(st.lists(st.tuples(PEOPLE, DATES, NAMES, st.sampled_from(["", "7", "Mild", "12", "x"])), max_size=15))
    return ["ParticipantID", "ParticipantIdentifier", "Date", "Symptom", "Severity"], [
        [p, p, d, n, s] for p, d, n, s in rows]


def diary(draw):
    rows = draw(st.lists(st.tuples(DATES, NAMES, WORDS), max_size=15))
    return ["date", "location", "notes"], [list(r) for r in rows]


@st.composite
def any_format(draw):
    header, rows = draw(st.sampled_from([bearable, flaredown, daylio, symptom_shark, diary]))(draw)
    if draw(st.booleans()):
        return draw(st.sampled_from([xlsx, ods]))([("Sheet1", [header, *rows])])
    out = io.StringIO()
    csv.writer(out, quoting=draw(st.sampled_from([csv.QUOTE_ALL, csv.QUOTE_MINIMAL]))).writerows([header, *rows])
    return out.getvalue().encode(draw(st.sampled_from(["utf-8", "cp1252"])), errors="replace")


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_format(), st.sampled_from([None, ["headache"], ["Leg cramps", "Cramp"]]), st.sampled_from([None, "u1"]))
def test_every_row_of_every_format_is_accounted_for(data, names, person):
    r = load_diary(data, names=names, person=person)
    assert not (r.unusable or "").startswith(INTERNAL_ERROR), r.unusable
    assert r.rows_read == r.rows_loaded + r.rows_rejected + r.rows_skipped
    assert r.rows_skipped == sum(r.skipped.values()) and all(n > 0 for n in r.skipped.values())
    assert len(r.df) == r.rows_loaded == len(r.lines)
    assert r.rows_rejected == len({p.line for p in r.problems if p.severity == "error"})
