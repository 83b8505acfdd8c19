"""The diary kept in a browser: a versioned value that reads back like an upload, or is refused plainly."""
from __future__ import annotations

import datetime as dt

import pytest

from cramplog.base.canonical import to_csv_bytes
from cramplog.diary import kept
from cramplog.schema import make_diary

CHANGED = dt.datetime(2026, 3, 3, 21, 15, tzinfo=dt.UTC)


def _diary():
    return make_diary([
        {"date": "2026-03-01", "time": "03:10", "location": "calf", "side": "left", "severity": 6.0,
         "twitching": True, "notes": "=woke me, \"twice\"\nthen slept"},
        {"date": "2026-03-02", "location": "other", "location_detail": "arch of the foot"},
    ])


def test_a_packed_diary_unpacks_to_the_same_entries():
    df = _diary()
    value = kept.pack(df, "My diary", CHANGED)
    assert (value["format"], value["version"], value["entries"]) == (kept.FORMAT, 1, 2)
    back = kept.unpack(value)
    assert to_csv_bytes(back.df) == to_csv_bytes(df)
    assert (back.name, back.changed) == ("My diary", CHANGED)


def test_the_day_of_the_last_download_is_kept_with_the_diary():
    downloaded = dt.datetime(2026, 2, 17, 8, 0, tzinfo=dt.UTC)
    assert kept.unpack(kept.pack(_diary(), "My diary", CHANGED, downloaded)).downloaded == downloaded
    assert kept.unpack(kept.pack(None, "Demo", CHANGED, downloaded)).downloaded == downloaded
    older = kept.pack(_diary(), "My diary", CHANGED)
    del older["downloaded"]  # kept before downloads were remembered: read as never downloaded
    assert kept.unpack(older).downloaded is None


def test_keeping_on_without_an_own_diary_stores_no_entries():
    back = kept.unpack(kept.pack(None, "Demo", CHANGED))
    assert back.df is None and back.changed == CHANGED


@pytest.mark.parametrize(("value", "reason"), [
    ("garbage", "not a CrampLog diary"),
    ({"format": "someone.else", "version": 1}, "not a CrampLog diary"),
    ({"format": kept.FORMAT, "version": 7}, "newer version"),
    ({"format": kept.FORMAT}, "no version"),
    ({"format": kept.FORMAT, "version": 1, "name": "x"}, "missing"),
])
def test_a_foreign_or_damaged_value_is_refused_with_a_reason(value, reason):
    with pytest.raises(kept.Unreadable, match=reason):
        kept.unpack(value)


def test_entries_that_do_not_read_back_cleanly_are_refused_not_half_loaded():
    value = kept.pack(_diary(), "My diary", CHANGED)
    value["csv"] = value["csv"].replace("2026-03-02", "not a date")
    with pytest.raises(kept.Unreadable, match="should hold 2 entries but 1"):
        kept.unpack(value)
    value["csv"] = ""
    with pytest.raises(kept.Unreadable, match="could not be read"):
        kept.unpack(value)


def test_an_older_version_is_migrated_step_by_step(monkeypatch):
    old = kept.pack(_diary(), "My diary", CHANGED) | {"version": 1, "title": "renamed later"}
    old.pop("name")
    monkeypatch.setattr(kept, "VERSION", 2)
    monkeypatch.setitem(kept.MIGRATIONS, 1, lambda v: {**v, "name": v.pop("title"), "version": 2})
    assert kept.unpack(old).name == "renamed later"
