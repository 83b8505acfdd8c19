"""The report's "cramps over time" as a small static SVG: drawn here, in Python, without a browser or a
charting library, so the summary stays a few hundred kilobytes and prints the same everywhere. It draws
the numbers the app's timeline chart draws (`tables.counts_over_time`): bars per week or day and their
rolling average. Its words (legend, months) are in the language in use."""
from __future__ import annotations

import math
from xml.sax.saxutils import escape

import pandas as pd

from cramplog.analyse.periods import Freq
from cramplog.base import lang
from cramplog.base.lang import tr
from cramplog.present.figures_time import BLUE, SKY

WIDTH, HEIGHT = 400, 150
LEFT, RIGHT, TOP, BOTTOM = 28, 6, 8, 34  # room for the count axis on the left, dates and legend below


def _nice_top(largest: float) -> int:
    """An axis top at or above `largest` that divides into easy steps (5, 10, 20, 25, 50 ...)."""
    if largest <= 5:
        return 5
    step = 10 ** math.floor(math.log10(largest))
    return int(next(m * step for m in (1, 2, 2.5, 5, 10) if m * step >= largest))


def _month(when: pd.Timestamp) -> str:
    """"Apr 2026", the local way: "Apr. 2026", "avr. 2026", "abr 2026"."""
    if lang.current() == lang.SOURCE:
        return f"{when:%b %Y}"
    from babel.dates import format_skeleton

    return format_skeleton("yMMM", when, locale=lang.current())


def _legend(freq: Freq) -> str:
    """A bar's swatch with what a bar counts, the average's line with its window."""
    bars, window = ((tr("cramps per week"), tr("average over 4 weeks")) if freq == Freq.WEEK
                    else (tr("cramps per day"), tr("average over 7 days")))
    y = HEIGHT - 6
    return (f'<rect x="{LEFT}" y="{y - 7}" width="9" height="7" fill="{SKY}"/>'
            f'<text x="{LEFT + 12}" y="{y}" class="tick">{escape(bars)}</text>'
            f'<line x1="{LEFT + 120}" x2="{LEFT + 134}" y1="{y - 3}" y2="{y - 3}" stroke="{BLUE}" '
            f'stroke-width="2"/><text x="{LEFT + 138}" y="{y}" class="tick">{escape(window)}</text>')


def _x_labels(periods: pd.Series, x_of) -> list[str]:
    """A label at the first bar of each month (every other month when there are more than 6)."""
    months = periods.dt.to_period("M")
    firsts = [i for i in range(len(periods)) if i == 0 or months.iloc[i] != months.iloc[i - 1]]
    every = 2 if len(firsts) > 6 else 1
    return [f'<text x="{x_of(i):.1f}" y="{HEIGHT - BOTTOM + 11}" class="tick">{escape(_month(periods.iloc[i]))}</text>'
            for i in firsts[::every]]


def timeline_svg(table: pd.DataFrame, freq: Freq, title: str) -> str:
    """The SVG markup (numbers and dates only, escaped): bars, the average line, axes and a legend."""
    n = len(table)
    top = _nice_top(float(table["cramps"].max() or 1))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    slot = plot_w / max(n, 1)
    x_of = lambda i: LEFT + slot * (i + 0.5)  # noqa: E731 (a bar's centre)
    y_of = lambda v: TOP + plot_h * (1 - v / top)  # noqa: E731
    bars = [f'<rect x="{x_of(i) - slot * 0.4:.1f}" y="{y_of(v):.1f}" width="{slot * 0.8:.1f}" '
            f'height="{plot_h - (y_of(v) - TOP):.1f}" fill="{SKY}"/>' for i, v in enumerate(table["cramps"])
            if pd.notna(v)]  # a week or day nobody kept (issue 19) has no bar, not a bar of 0
    line = " ".join(f"{x_of(i):.1f},{y_of(v):.1f}" for i, v in enumerate(table["rolling_avg"]) if pd.notna(v))
    ticks = [f'<text x="{LEFT - 3}" y="{y_of(v) + 3:.1f}" class="tick" text-anchor="end">{lang.number(v)}</text>'
             f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y_of(v):.1f}" y2="{y_of(v):.1f}" class="grid"/>'
             for v in (0, top / 2, top)]
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
            f'aria-label="{escape(title, {chr(34): "&quot;"})}" class="timeline-svg">'
            + "".join(ticks) + "".join(bars)
            + f'<polyline points="{line}" fill="none" stroke="{BLUE}" stroke-width="2"/>'
            + "".join(_x_labels(table["period"], x_of)) + _legend(freq) + "</svg>")
