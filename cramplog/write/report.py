"""The doctor summary: one self-contained HTML page to print or save as PDF, the entries after it.

Shaped for a clinician (issue 23): titled with the period, the person's own details if they gave them, a
"Notable" box first (what changed, the companions with their bases, the reasons to see a doctor), then the
key numbers, a timeline and where the cramps were, in the third person throughout.

Works offline and stays small: the timeline is a static SVG drawn in Python (no charting library is
inlined), and nothing (script, font, style, image) is loaded from the network. The page is a Jinja2
template (templates/report.html) with autoescaping on: every piece of diary text is escaped, so a note can
never become markup, a link or a script; only the SVG, drawn here from numbers, is passed in as markup.
The numbers and sentences come from the same builders the app pages use; this module only lays them out.
"""
from __future__ import annotations

import datetime as dt
import functools
import json
import re
from collections.abc import Mapping
from pathlib import Path

import jinja2
import pandas as pd
from markupsafe import Markup

from cramplog import paths
from cramplog.analyse import doctor, periods, tables
from cramplog.analyse.indicators import Count
from cramplog.analyse.key_numbers import KeyNumbers
from cramplog.analyse.key_numbers import key_numbers as period_key_numbers
from cramplog.analyse.rules import threshold
from cramplog.base.canonical import canonical_cells
from cramplog.base.words import n_entries, number
from cramplog.diary.filters import filter_diary
from cramplog.present import content, dashboard, doctor_text, your_diary
from cramplog.present.key_numbers import counted_over_note
from cramplog.present.wording import MEDIAN_NOTE, NOT_RECORDED, RATE_LABEL, long_day, pct, rate_text, share_of, value_text
from cramplog.schema import COLUMNS, HEADINGS, SIDES
from cramplog.write import notable
from cramplog.write.svg_timeline import timeline_svg

WORDING_PATH = paths.data_file("report.json")
TEMPLATES = Path(__file__).resolve().parent / "templates"
# What the person may fill in before making the summary (all optional), in the order shown.
ABOUT_FIELDS = ("name", "born", "medicines", "questions")
# Entries table: the canonical columns shown together in one cell, headed by the first one's heading in the
# column spec. The browser sizes the columns to their words (report.css keeps headings on one line).
_ENTRY_CELLS = (
    ("date",), ("time",), ("location", "location_detail"), ("side",), ("severity",), ("duration_min",),
    ("context",), ("trigger",), ("remedy", "remedy_helped"), ("twitching",), ("weakness",),
    ("stiffness_after",), ("notes",),
)
ENTRY_COLUMNS = tuple((HEADINGS[cols[0]], cols) for cols in _ENTRY_CELLS)
# The report speaks about the person, not to them: the app's shared sentences say "you" and "your".
_THIRD_PERSON = ((r"\byour diary\b", "the diary"), (r"\bYour diary\b", "The diary"), (r"\byour (first|last)\b", r"the \1"),
                 (r"\byou were\b", "the patient was"),
                 (r"\byour\b", "the patient's"), (r"\bYour\b", "The patient's"),
                 (r"\byou\b", "the patient"), (r"\bYou\b", "The patient"))


@functools.cache
def wording() -> dict:
    return json.loads(WORDING_PATH.read_text(encoding="utf-8"))


def third_person(text: str) -> str:
    """"Cramps woke you" -> "Cramps woke the patient"; "not recorded in your diary" -> "... in the diary"."""
    for pattern, words in _THIRD_PERSON:
        text = re.sub(pattern, words, text)
    return text


def _period(diary: pd.DataFrame, start: dt.date | None, end: dt.date | None) -> str:
    dates = diary["date"].dropna()
    first = start or (dates.min().date() if len(dates) else None)
    last = end or (dates.max().date() if len(dates) else None)
    if first is None:
        return "no dated entries"
    return long_day(first) if first == last else f"{long_day(first)} to {long_day(last)}"


def _share(c: Count) -> str:
    """"5% (7 of 150)": the share with the count it rests on."""
    return NOT_RECORDED if c.share is None else share_of(c.n, c.of)


def _rate(numbers: KeyNumbers) -> str:
    if not numbers.days_covered:
        return NOT_RECORDED  # the period lies outside the diary's days
    return rate_text(numbers.cramps_per_week, numbers.entries, numbers.rate_days)


def _under_tiles(numbers: KeyNumbers) -> str:
    """The line under the tiles: which days the rates are over ("Kept on 71 of 309 days; 3 gaps (longest 118
    days); ...", or that every day was counted), then the median note."""
    return f"{third_person(counted_over_note(numbers))} {MEDIAN_NOTE}" if numbers.days_covered else MEDIAN_NOTE


def _weakness(c: Count) -> str:
    """"0 of 36": the entries noting weakness, of those that say yes or no."""
    return f"{c.n:,} of {c.of:,}" if c.of else NOT_RECORDED


def key_numbers(numbers: KeyNumbers) -> list[tuple[str, str]]:
    """(label, value) tiles from the period's key numbers: the record the Overview and the CLI read."""
    regions = list(numbers.regions)  # most first, ties in vocabulary order
    shown = [(r, n) for r, n in regions if n >= regions[min(1, len(regions) - 1)][1]] if regions else []
    top = ", ".join(f"{r} {n}" for r, n in shown) or NOT_RECORDED  # the top two, and any tied with them
    return [
        ("Entries", f"{numbers.entries:,}"),
        (RATE_LABEL, _rate(numbers)),
        ("Median severity (0–10)", value_text(numbers.median_severity)),
        ("Median duration", value_text(numbers.median_duration_min, " min")),
        (f"Lasting over {number(threshold('long_cramp'))} min", _share(numbers.over_10_min)),
        ("Asleep or at rest", _share(numbers.at_rest_or_asleep)),
        ("Most noted places", top),
        ("Entries noting weakness", _weakness(numbers.weakness)),
    ]


def tile_bases(diary: pd.DataFrame) -> dict[str, str]:
    """What a tile's figure rests on, printed under its label: "of 180 entries with one"."""
    def of(column: str) -> str:
        return f"of {n_entries(int(diary[column].notna().sum()))} with one" if column in diary.columns else ""
    return {"Median severity (0–10)": of("severity"), "Median duration": of("duration_min"),
            "Entries noting weakness": "of those that say yes or no"}


def _timeline(diary: pd.DataFrame, covered: periods.Period | None, title: str) -> dict:
    """The timeline as SVG markup (drawn here from numbers: the one thing marked safe) and its takeaway."""
    result = dashboard.build_chart("timeline", diary, covered)
    if result.figure is None:
        return {"svg": None, "takeaway": "", "message": result.message or ""}
    freq = periods.choose_freq(diary, covered)
    svg = timeline_svg(tables.counts_over_time(diary, freq, covered), freq, title)
    return {"svg": Markup(svg), "takeaway": result.takeaway, "message": ""}


def _body(diary: pd.DataFrame) -> dict:
    """Where the cramps were, as a table a printer keeps readable (the app draws a body map): region, each
    side and the total, most first; or the body chart's own message when there is too little to show."""
    message = dashboard.build_chart("body", diary).message
    if message:
        return {"rows": [], "message": message}
    counts = tables.region_side_counts(diary)
    rows = []
    for region, group in counts.groupby("region", sort=False):
        by_side = {s: int(group.loc[group["side"] == s, "count"].sum()) for s in SIDES}
        unsided = int(group.loc[group["side"].isna(), "count"].sum())
        total = int(group["count"].sum())
        rows.append((total, [str(region), *(str(by_side[s] or "") for s in SIDES), str(unsided or ""),
                             f"{total:,} ({pct(total, len(diary))})"]))
    return {"rows": [row for _, row in sorted(rows, key=lambda r: -r[0])], "message": ""}  # ties: head to toe


def _comparison(diary: pd.DataFrame, period: periods.Period | None) -> list[tuple[str, str]]:
    table = content.comparison_table(your_diary.your_column(diary, period))
    return [(str(f), third_person(str(y))) for f, y in zip(table["Feature"], table[content.YOURS_COLUMN])]


def _entry_rows(diary: pd.DataFrame) -> list[list[str]]:
    """One list of cell texts per entry, by date and time, in ENTRY_COLUMNS order (escaped by the template)."""
    position = {c: i for i, c in enumerate(COLUMNS)}
    ordered = diary.sort_values(["date", "time"], kind="stable", na_position="first")
    rows = []
    for cells in canonical_cells(ordered, formula_safe=False):
        row = []
        for _, cols in ENTRY_COLUMNS:
            parts = [cells[position[c]] for c in cols if cells[position[c]]]
            row.append(" – ".join(parts) if cols[0] != "remedy" or len(parts) < 2
                       else f"{parts[0]} (helped:\u00a0{parts[1]})")  # "(helped: partly)" never split
        rows.append(row)
    return rows


def _about(about: Mapping[str, str] | None) -> list[tuple[str, str]]:
    """The details the person chose to give, labelled; nothing when they gave none."""
    labels = {k: wording()[f"about_{k}"] for k in ABOUT_FIELDS}
    given = {k: str(v).strip() for k, v in (about or {}).items() if k in labels and str(v or "").strip()}
    return [(labels[k], given[k]) for k in ABOUT_FIELDS if k in given]


CROWDED = 5  # reasons and could-not-check lines from which the summary prints smaller, to stay on one page


def _crowded(diary: pd.DataFrame) -> bool:
    return len(doctor.see_a_doctor(diary)) + len(doctor.not_checked(diary)) >= CROWDED


def _reason_rows(diary: pd.DataFrame) -> list[tuple[str, str]]:
    """(how soon, the reasons of that level in brief), most urgent first: one line a level keeps the page short."""
    return [(heading, doctor_text.in_brief(group)) for heading, group in doctor_text.by_urgency(doctor.see_a_doctor(diary))]


def build_report(df: pd.DataFrame, *, start: dt.date | None = None, end: dt.date | None = None,
                 name: str = "", about: Mapping[str, str] | None = None, values_read: str = "") -> str:
    """The whole report as one HTML document for the diary's entries from `start` to `end` (inclusive).
    `name`: the diary's file, named in the footnote only; `about`: the person's optional details
    (ABOUT_FIELDS); `values_read`: how an import turned words into numbers, for the footnote."""
    w = wording()
    diary = filter_diary(df, start, end).reset_index(drop=True)
    covered = periods.covered(df, start, end)  # the days of the period the diary covers: rates are over these
    numbers = period_key_numbers(df, start, end)
    return _template().render(
        w=w, period=_period(diary, start, end), days=covered.days if covered else 0, made=long_day(dt.date.today()),
        about=_about(about), changes=notable.changes(diary, covered),
        reasons=_reason_rows(diary), crowded=_crowded(diary), doctor_always=third_person(doctor.wording("always")),
        doctor_none=third_person(doctor.none_apply_text(diary)),
        not_checked=[third_person(line) for line in doctor_text.not_checked_lines(doctor.not_checked(diary))],
        tiles=key_numbers(numbers), bases=tile_bases(diary), median_note=_under_tiles(numbers),
        timeline=_timeline(diary, covered, w["timeline"]), body=_body(diary),
        comparison=_comparison(diary, covered), name=name, values_read=values_read,
        columns=[heading for heading, _ in ENTRY_COLUMNS], entries=_entry_rows(diary),
    ) + "\n"


@functools.cache
def _template() -> jinja2.Template:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                             undefined=jinja2.StrictUndefined, keep_trailing_newline=False)
    return env.get_template("report.html")
