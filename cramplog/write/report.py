"""The doctor summary: one self-contained HTML page to print or save as PDF, the entries after it.

Works offline: plotly's script is inlined once and nothing (script, font, style, image) is loaded
from the network. Every piece of diary text goes through `html.escape`, so a note can never become
markup, a link or a script. The numbers, charts and sentences come from the same builders the app
pages use; this module only lays them out.
"""
from __future__ import annotations

import datetime as dt
import functools
import json
from html import escape
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go

from cramplog import paths
from cramplog.analyse import doctor, periods
from cramplog.analyse.rules import threshold
from cramplog.analyse.summary import summarise
from cramplog.diary.filters import filter_diary
from cramplog.present import content, dashboard, your_diary
from cramplog.present.wording import NOT_RECORDED, long_day, n_entries, number, rate_text, share_of, value_text
from cramplog.schema import COLUMNS
from cramplog.write.csv_export import canonical_cells

WORDING_PATH = paths.data_file("report.json")
CSS_PATH = Path(__file__).resolve().parent / "report.css"
# Chart sizes in CSS pixels chosen to fit side by side on A4 / Letter portrait at 12 mm margins.
TIMELINE_SIZE = (430, 200)
BODY_SIZE = (250, 200)
PLOTLY_CONFIG = {"displaylogo": False, "displayModeBar": False, "responsive": False, "showSendToCloud": False}
# Entries table: (heading, canonical columns shown together in one cell).
# Entries table: (heading, canonical columns shown together in one cell, width in % of the page).
ENTRY_COLUMNS = (
    ("Date", ("date",), 9.5), ("Time", ("time",), 5.5), ("Where", ("location", "location_detail"), 8.5),
    ("Side", ("side",), 5), ("Severity", ("severity",), 7), ("Minutes", ("duration_min",), 7),
    ("When", ("context",), 8), ("Trigger", ("trigger",), 8), ("Remedy", ("remedy", "remedy_helped"), 10),
    ("Twitch", ("twitching",), 5.5), ("Weak", ("weakness",), 5), ("Stiff after", ("stiffness_after",), 5),
    ("Notes", ("notes",), 16),
)


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
    regions = list(numbers["regions"].items())
    top = ", ".join(f"{r} {n}" for r, n in regions[:2]) or NOT_RECORDED
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


def _tiles(pairs: list[tuple[str, str]]) -> str:
    cells = "".join(f'<div class="tile"><div class="num">{escape(v)}</div><div class="lbl">{escape(k)}</div></div>'
                    for k, v in pairs)
    return f'<div class="tiles">{cells}</div>'


class _Charts:
    """Turns figures into HTML, inlining plotly's script with the first one only."""

    def __init__(self) -> None:
        self.script_included = False

    def html(self, result: dashboard.ChartResult, size: tuple[int, int], div_id: str) -> str:
        if result.figure is None:
            return f'<p class="muted">{escape(result.message or "")}</p>'
        fig = go.Figure(result.figure)
        fig.update_layout(width=size[0], height=size[1], margin=dict(l=8, r=8, t=8, b=8),
                          paper_bgcolor="white", plot_bgcolor="white", font=dict(size=10))
        fig.update_annotations(font_size=9)  # the body map's notes must fit the narrow print column
        div = fig.to_html(full_html=False, include_plotlyjs=not self.script_included, include_mathjax=False,
                          config=PLOTLY_CONFIG, div_id=div_id, default_width=f"{size[0]}px",
                          default_height=f"{size[1]}px")
        self.script_included = True
        takeaway = f'<p class="takeaway">{escape(result.takeaway)}</p>' if result.takeaway else ""
        return f'<div class="chart">{div}</div>{takeaway}'


def _body_map(diary: pd.DataFrame) -> dashboard.ChartResult:
    result = dashboard.build_chart("body", diary)
    if result.figure is not None:  # room under the figure for its notes at the report's small size
        result.figure.update_yaxes(range=[-2.9, 10.6])
    return result


def _comparison(diary: pd.DataFrame, period: periods.Period | None) -> str:
    table = content.comparison_table(your_diary.your_column(diary, period))
    rows = "".join(f"<tr><th>{escape(str(f))}</th><td>{escape(str(y))}</td></tr>"
                   for f, y in zip(table["Feature"], table[content.YOURS_COLUMN]))
    return f'<table class="compare"><tbody>{rows}</tbody></table>'


def _doctor(diary: pd.DataFrame) -> str:
    reasons = doctor.see_a_doctor(diary)
    if not reasons:
        return f"<p>{escape(doctor.none_apply_text())}</p>"
    items = "".join(
        f"<li>{escape(r.reason)} <span class=\"muted\">({n_entries(r.entries)}; "
        f"{escape(r.source)})</span></li>" for r in reasons)
    return (f'<p class="muted">{escape(wording()["doctor_intro"])}</p><ul class="reasons">{items}</ul>'
            f"<p>{escape(doctor.wording('always'))}</p>")


def _entries_table(diary: pd.DataFrame) -> str:
    if diary.empty:
        return f"<p>{escape(wording()['no_entries'])}</p>"
    position = {c: i for i, c in enumerate(COLUMNS)}
    widths = "".join(f'<col style="width:{w}%">' for _, _, w in ENTRY_COLUMNS)
    head = "".join(f"<th>{escape(h)}</th>" for h, _, _ in ENTRY_COLUMNS)
    body = []
    for cells in canonical_cells(diary, formula_safe=False):
        row = []
        for _, cols, _width in ENTRY_COLUMNS:
            parts = [cells[position[c]] for c in cols if cells[position[c]]]
            text = " – ".join(parts) if cols[0] != "remedy" or len(parts) < 2 else f"{parts[0]} (helped: {parts[1]})"
            row.append(f"<td>{escape(text)}</td>")
        body.append("<tr>" + "".join(row) + "</tr>")
    return (f'<table class="entries"><colgroup>{widths}</colgroup><thead><tr>{head}</tr></thead>'
            f'<tbody>{"".join(body)}</tbody></table>')


def build_report(df: pd.DataFrame, *, start: dt.date | None = None, end: dt.date | None = None,
                 name: str = "") -> str:
    """The whole report as one HTML document for the diary's entries from `start` to `end` (inclusive)."""
    w = wording()
    diary = filter_diary(df, start, end).reset_index(drop=True)
    covered = periods.covered(df, start, end)  # the days of the period the diary covers: rates are over these
    charts = _Charts()
    made = dt.date.today()
    whose = f" — {escape(name)}" if name else ""
    period = escape(_period(diary, start, end))
    sections = [
        f'<header><h1>{escape(w["title"])}{whose}</h1>'
        f'<p class="period">Period: <strong>{period}</strong> · made {escape(_day(made))}</p></header>',
        f'<p class="note">{escape(w["not_a_diagnosis"])}</p>',
        f'<h2>{escape(w["key_numbers"])}</h2>{_tiles(key_numbers(summarise(df, start, end)))}',
        '<div class="charts">'
        f'<section class="wide"><h2>{escape(w["timeline"])}</h2>'
        f'{charts.html(dashboard.build_chart("timeline", diary, covered), TIMELINE_SIZE, "timeline")}</section>'
        f'<section class="narrow"><h2>{escape(w["body"])}</h2>'
        f'{charts.html(_body_map(diary), BODY_SIZE, "body-map")}</section></div>',
        f'<h2>{escape(w["doctor"])}</h2>{_doctor(diary)}',
        f'<h2>{escape(w["comparison"])}</h2>{_comparison(diary, covered)}'
        f'<p class="muted">{escape(w["comparison_note"])}</p>',
        f'<section class="entries-page"><h2>{escape(w["entries"])} ({len(diary):,})</h2>'
        f'<p class="muted">{escape(w["entries_note"])}</p>{_entries_table(diary)}</section>',
        f'<footer><p class="muted">{escape(w["footer"])} {escape(w["print_hint"])}</p></footer>',
    ]
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        f"<title>{escape(w['title'])}{whose}</title><style>{CSS_PATH.read_text(encoding='utf-8')}</style>"
        "</head><body><main>" + "\n".join(sections) + "</main></body></html>\n"
    )
