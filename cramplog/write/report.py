"""The doctor summary: one self-contained HTML page to print or save as PDF, the entries after it.

Works offline: plotly's script is inlined once and nothing (script, font, style, image) is loaded
from the network. The page is a Jinja2 template (templates/report.html) with autoescaping on: every
piece of diary text is escaped, so a note can never become markup, a link or a script; only the
plotly figures, made here, are passed in as markup. The numbers, charts and sentences come from the
same builders the app pages use; this module only lays them out.
"""
from __future__ import annotations

import datetime as dt
import functools
import json
from pathlib import Path

import jinja2
import pandas as pd
import plotly.graph_objects as go
from markupsafe import Markup

from cramplog import paths
from cramplog.analyse import doctor, periods
from cramplog.analyse.rules import threshold
from cramplog.analyse.summary import summarise
from cramplog.diary.filters import filter_diary
from cramplog.present import content, dashboard, doctor_text, your_diary
from cramplog.present.wording import MEDIAN_NOTE, NOT_RECORDED, long_day, number, rate_text, share_of, value_text
from cramplog.schema import COLUMNS, HEADINGS
from cramplog.write.csv_export import canonical_cells

WORDING_PATH = paths.data_file("report.json")
TEMPLATES = Path(__file__).resolve().parent / "templates"
# Charts fill their column (side by side on paper, one under the other on a phone) at this height in
# CSS pixels, which keeps the summary on one A4 or Letter page at 12 mm margins.
CHART_HEIGHT = 170
PLOTLY_CONFIG = {"displaylogo": False, "displayModeBar": False, "responsive": False, "showSendToCloud": False}
# Entries table: the canonical columns shown together in one cell (headed by the first one's heading in the
# column spec) and the cell's width in % of the page.
_ENTRY_CELLS = (
    (("date",), 9.5), (("time",), 5.5), (("location", "location_detail"), 8.5), (("side",), 5), (("severity",), 7),
    (("duration_min",), 7), (("context",), 8), (("trigger",), 8), (("remedy", "remedy_helped"), 10),
    (("twitching",), 6.5), (("weakness",), 6.5), (("stiffness_after",), 5), (("notes",), 13.5),
)
ENTRY_COLUMNS = tuple((HEADINGS[cols[0]], cols, width) for cols, width in _ENTRY_CELLS)


@functools.cache
def wording() -> dict[str, str]:
    return json.loads(WORDING_PATH.read_text(encoding="utf-8"))


def _day(day: dt.date | pd.Timestamp) -> str:
    return long_day(day)


def _period(diary: pd.DataFrame, start: dt.date | None, end: dt.date | None) -> str:
    dates = diary["date"].dropna()
    first = start or (dates.min().date() if len(dates) else None)
    last = end or (dates.max().date() if len(dates) else None)
    if first is None:
        return "no dated entries"
    return _day(first) if first == last else f"{_day(first)} to {_day(last)}"


def _share(numbers: dict, key: str) -> str:
    """"5% (7 of 150)": the share with the count it rests on."""
    base = numbers["bases"][key]
    return NOT_RECORDED if numbers[key] is None else share_of(base["n"], base["of"])


def _rate(numbers: dict) -> str:
    if not numbers["days_covered"]:
        return NOT_RECORDED  # the period lies outside the diary's days
    return rate_text(numbers["cramps_per_week"], numbers["entries"], numbers["days_covered"])


def key_numbers(numbers: dict) -> list[tuple[str, str]]:
    """(label, value) tiles from the same summary the CLI prints, for the same period."""
    regions = list(numbers["regions"].items())  # most first, ties in vocabulary order
    shown = [(r, n) for r, n in regions if n >= regions[min(1, len(regions) - 1)][1]] if regions else []
    top = ", ".join(f"{r} {n}" for r, n in shown) or NOT_RECORDED  # the top two, and any tied with them
    return [
        ("Entries", f"{numbers['entries']:,}"),
        ("Cramps a week", _rate(numbers)),
        ("Median severity (0–10)", value_text(numbers["median_severity"])),
        ("Median duration", value_text(numbers["median_duration_min"], " min")),
        (f"Lasting over {number(threshold('long_cramp'))} min", _share(numbers, "share_over_10_min")),
        ("Asleep or at rest", _share(numbers, "share_at_rest_or_asleep")),
        ("Most noted places", top),
        ("Entries noting weakness", value_text(numbers["weakness_entries"])),
    ]


class _Charts:
    """Turns figures into HTML, inlining plotly's script with the first one only."""

    def __init__(self) -> None:
        self.script_included = False

    def figure(self, result: dashboard.ChartResult, height: int, div_id: str) -> Markup | None:
        """The figure as a plotly div (our own markup and script: the one thing marked safe), or None."""
        if result.figure is None:
            return None
        fig = go.Figure(result.figure)
        # A template of its own: importing streamlit (as the app does) switches plotly's default to one
        # whose spacing crowds these small print-sized axes.
        fig.update_layout(template="plotly_white", autosize=True, width=None, height=height,
                          margin=dict(l=8, r=8, t=8, b=8), paper_bgcolor="white", plot_bgcolor="white",
                          font=dict(size=10))
        fig.update_annotations(font_size=9)  # the body map's notes must fit the narrow print column
        div = fig.to_html(full_html=False, include_plotlyjs=not self.script_included, include_mathjax=False,
                          config=PLOTLY_CONFIG, div_id=div_id, default_width="100%", default_height=f"{height}px")
        self.script_included = True
        return Markup(div)

    def chart(self, key: str, result: dashboard.ChartResult, title: str, width: str) -> dict:
        return {"id": key, "title": title, "width": width, "figure": self.figure(result, CHART_HEIGHT, key),
                "takeaway": result.takeaway, "message": result.message or ""}


def _body_map(diary: pd.DataFrame) -> dashboard.ChartResult:
    result = dashboard.build_chart("body", diary)
    if result.figure is not None:  # room under the figure for its notes at the report's small size
        result.figure.update_yaxes(range=[-2.9, 10.6])
    return result


def _comparison(diary: pd.DataFrame, period: periods.Period | None) -> list[tuple[str, str]]:
    table = content.comparison_table(your_diary.your_column(diary, period))
    return [(str(f), str(y)) for f, y in zip(table["Feature"], table[content.YOURS_COLUMN])]


def _entry_rows(diary: pd.DataFrame) -> list[list[str]]:
    """One list of cell texts per entry, in ENTRY_COLUMNS order (escaped by the template)."""
    position = {c: i for i, c in enumerate(COLUMNS)}
    rows = []
    for cells in canonical_cells(diary, formula_safe=False):
        row = []
        for _, cols, _width in ENTRY_COLUMNS:
            parts = [cells[position[c]] for c in cols if cells[position[c]]]
            row.append(" – ".join(parts) if cols[0] != "remedy" or len(parts) < 2
                       else f"{parts[0]} (helped: {parts[1]})")
        rows.append(row)
    return rows


def _reason_rows(diary: pd.DataFrame) -> list[tuple[str, str]]:
    """(how soon, the reasons of that level in brief), most urgent first: one line a level keeps the page short."""
    return [(heading, doctor_text.in_brief(group)) for heading, group in doctor_text.by_urgency(doctor.see_a_doctor(diary))]


def build_report(df: pd.DataFrame, *, start: dt.date | None = None, end: dt.date | None = None,
                 name: str = "") -> str:
    """The whole report as one HTML document for the diary's entries from `start` to `end` (inclusive)."""
    w = wording()
    diary = filter_diary(df, start, end).reset_index(drop=True)
    covered = periods.covered(df, start, end)  # the days of the period the diary covers: rates are over these
    charts = _Charts()
    timeline = dashboard.build_chart("timeline", diary, covered)
    return _template().render(
        w=w, name=name, period=_period(diary, start, end), made=_day(dt.date.today()),
        tiles=key_numbers(summarise(df, start, end)), median_note=MEDIAN_NOTE,
        charts=[charts.chart("timeline", timeline, w["timeline"], "wide"),
                charts.chart("body-map", _body_map(diary), w["body"], "narrow")],
        reasons=_reason_rows(diary), doctor_always=doctor.wording("always"),
        doctor_none=doctor.none_apply_text(diary),
        not_checked=doctor_text.not_checked_lines(doctor.not_checked(diary)),
        comparison=_comparison(diary, covered),
        columns=[(heading, width) for heading, _, width in ENTRY_COLUMNS], entries=_entry_rows(diary),
    ) + "\n"


@functools.cache
def _template() -> jinja2.Template:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                             undefined=jinja2.StrictUndefined, keep_trailing_newline=False)
    return env.get_template("report.html")
