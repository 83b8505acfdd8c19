"""The user's clock: a moment is shown as the day it was where the user is, not on the server."""
import datetime as dt
from zoneinfo import ZoneInfo

from ui import clock


def test_a_moment_is_shown_as_the_users_own_day(monkeypatch):
    late_utc = dt.datetime(2026, 3, 3, 20, 30, tzinfo=dt.UTC)
    monkeypatch.setattr(clock, "user_zone", lambda: ZoneInfo("Pacific/Auckland"))
    assert clock.local_day(late_utc) == "4 Mar 2026"
    monkeypatch.setattr(clock, "user_zone", lambda: None)  # no time zone from the browser
    assert clock.local_day(late_utc) == "3 Mar 2026"


def test_now_follows_the_users_zone(monkeypatch):
    monkeypatch.setattr(clock, "user_zone", lambda: ZoneInfo("Pacific/Kiritimati"))  # UTC+14
    now = clock.local_now()
    expected = dt.datetime.now(dt.UTC).astimezone(ZoneInfo("Pacific/Kiritimati")).replace(tzinfo=None)
    assert now.tzinfo is None and abs(now - expected) < dt.timedelta(seconds=5)
