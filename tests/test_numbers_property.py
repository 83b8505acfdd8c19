"""Issue 12: every summary number against a plain pandas reference written here on its own, over
generated diaries (gaps, duplicates, one entry, years apart, columns never filled in), and the
Overview, the summary, the report's tiles and the Charts takeaway agreeing for the same period.

The reference knows the rules as a reader of data/doctor_rules.toml would: over 10 minutes, a rate
only over 7 days or more, weeks from Monday, the later half of the weeks against the earlier half."""
from __future__ import annotations

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cramplog.analyse import periods
from cramplog.analyse.key_numbers import key_numbers as key_numbers_of
from cramplog.analyse.summary import summarise
from cramplog.present import dashboard, key_numbers
from cramplog.schema import REGIONS, make_diary
from cramplog.write.report import key_numbers as report_tiles

BASE = pd.Timestamp("2026-01-05")
OPTIONAL = ("location", "severity", "duration_min", "context", "trigger", "remedy", "remedy_helped",
            "twitching", "weakness")


def _maybe(values):
    return st.one_of(st.none(), st.sampled_from(values))


ROW = st.fixed_dictionaries({
    "day": st.one_of(st.integers(0, 70), st.integers(0, 4000)),  # weeks apart, or years apart
    "location": _maybe(["calf", "foot", "hand", "thigh", "tongue", "other"]),
    "severity": _maybe([0.0, 1.0, 3.0, 5.0, 6.0, 10.0]),
    "duration_min": _maybe([0.5, 1.0, 2.5, 10.0, 10.5, 30.0]),
    "context": _maybe(["asleep", "at rest", "during activity", "after activity"]),
    "trigger": _maybe(["none", "exercise", "heat"]),
    "remedy": _maybe(["stretching", "massage", "none"]),
    "remedy_helped": _maybe(["yes", "partly", "no"]),
    "twitching": _maybe([True, False]),
    "weakness": _maybe([True, False]),
})


@st.composite
def diaries(draw):
    rows = draw(st.lists(ROW, min_size=1, max_size=30))
    rows = [dict(r) for r in rows + rows[: draw(st.integers(0, len(rows)))]]  # some entries twice
    for column in draw(st.sets(st.sampled_from(OPTIONAL))):  # columns never filled in
        for row in rows:
            row[column] = None
    records = [{"date": (BASE + pd.Timedelta(days=r.pop("day"))).date().isoformat(), **r} for r in rows]
    span = max(r["date"] for r in records)
    start = draw(st.one_of(st.none(), st.integers(-10, 80).map(lambda d: (BASE + pd.Timedelta(days=d)).date())))
    end = draw(st.one_of(st.none(), st.integers(0, 90).map(lambda d: (BASE + pd.Timedelta(days=d)).date())))
    if start and end and start > end:
        start, end = end, start
    return make_diary(records), start, end, span


# --- The reference, in plain pandas ---

def _share(hit: pd.Series, looked_at: pd.Series):
    n, of = int((hit & looked_at).sum()), int(looked_at.sum())
    return (round(n / of, 3) if of else None), {"n": n, "of": of}


def _trend(sel: pd.DataFrame, first: pd.Timestamp, last: pd.Timestamp) -> str:
    cramps, covered, per_day = {}, {}, sel["date"].value_counts().to_dict()
    for day in pd.date_range(first, last):
        monday = day - pd.Timedelta(days=day.weekday())
        covered[monday] = covered.get(monday, 0) + 1
        cramps[monday] = cramps.get(monday, 0) + per_day.get(day, 0)
    weeks = sorted(covered)
    if len(weeks) < 4 or len(sel) < 8:
        return "too little data"
    half = len(weeks) // 2
    early, late = weeks[:half], weeks[-half:]
    earlier = sum(cramps[w] for w in early) / sum(covered[w] for w in early) * 7
    later = sum(cramps[w] for w in late) / sum(covered[w] for w in late) * 7
    if later >= earlier * 1.5 and later > earlier:
        return "rising"
    if later <= earlier / 1.5 and later < earlier:
        return "falling"
    return "steady"


def reference(df: pd.DataFrame, start, end) -> dict:
    first = max(df["date"].min(), pd.Timestamp(start)) if start else df["date"].min()
    last = min(df["date"].max(), pd.Timestamp(end)) if end else df["date"].max()
    covered_days = (last - first).days + 1 if first <= last else 0
    sel = df[(df["date"] >= first) & (df["date"] <= last)] if covered_days else df.iloc[:0]
    out = {"entries": len(sel), "days_covered": covered_days,
           "cramps_per_week": round(len(sel) / covered_days * 7, 2) if covered_days >= 7 else None}
    counts = sel["location"].dropna().value_counts()
    out["regions"] = {r: int(counts[r]) for r in sorted(counts.index, key=lambda r: (-counts[r], REGIONS.index(r)))}
    filled = sel.notna()
    yes = {c: sel[c].fillna(False).astype(bool) for c in ("twitching", "weakness")}
    out["share_over_10_min"], over = _share(sel["duration_min"] > 10, filled["duration_min"])
    out["share_no_trigger"], no_trigger = _share(sel["trigger"] == "none", filled["trigger"])
    out["share_at_rest_or_asleep"], rest = _share(sel["context"].isin(["asleep", "at rest"]), filled["context"])
    out["share_twitching"], twitching = _share(yes["twitching"], filled["twitching"])
    stretched = (sel["remedy"] == "stretching") & filled["remedy_helped"]
    out["share_stretching_helped"], helped = _share(sel["remedy_helped"].isin(["yes", "partly"]), stretched)
    out["bases"] = {"share_over_10_min": over, "share_no_trigger": no_trigger, "share_at_rest_or_asleep": rest,
                    "share_twitching": twitching, "share_stretching_helped": helped}
    out["weakness_entries"] = int(yes["weakness"].sum()) if filled["weakness"].any() else None
    for key, column in (("median_duration_min", "duration_min"), ("median_severity", "severity")):
        out[key] = round(float(sel[column].median()), 2) if filled[column].any() else None
    out["trend"] = _trend(sel, first, last) if covered_days else "too little data"
    return out


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(diaries())
def test_every_summary_number_matches_the_reference(case):
    df, start, end, _ = case
    got, expected = summarise(df, start, end), reference(df, start, end)
    assert {k: got[k] for k in expected} == expected


# --- The surfaces agree ---

@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(diaries())
def test_overview_summary_report_and_takeaway_agree(case):
    df, start, end, _ = case
    period = periods.covered(df, start, end)
    if period is None:
        return
    numbers = summarise(df, start, end)
    tiles = dict(report_tiles(key_numbers_of(df, start, end)))
    overview = key_numbers.key_numbers_text(key_numbers_of(df, period.start, period.end), None)
    shown = dict(zip(overview["measure"], overview["this_period"]))
    assert shown["Cramps"] == tiles["Entries"] == f"{numbers['entries']:,}"
    if numbers["cramps_per_week"] is None:
        assert shown["Cramps a week"] == tiles["Cramps a week"]
        assert tiles["Cramps a week"].startswith(f"{numbers['entries']:,} cramp") and "over" in tiles["Cramps a week"]
    else:  # the same figure, written the same way ("7", never "7.0" on one surface and "7" on another)
        assert shown["Cramps a week"] + " a week" == tiles["Cramps a week"]
    for measure, tile, unit in (("Median severity (0–10)", "Median severity (0–10)", ""),
                                ("Median duration (min)", "Median duration", " min")):
        assert (shown[measure] == "–") == (tiles[tile] == "not recorded")
        if shown[measure] != "–":
            assert shown[measure] + unit == tiles[tile]
    base = numbers["bases"]["share_over_10_min"]
    if base["of"]:
        assert tiles["Lasting over 10 min"].endswith(f"({base['n']:,} of {base['of']:,})")
    entries = df[period.holds(df["date"])]
    timeline = dashboard.build_chart("timeline", entries, period).takeaway
    if timeline and numbers["cramps_per_week"] is not None:
        assert f" {tiles['Cramps a week']}" in timeline
