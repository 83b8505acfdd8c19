"""Figure builders for what the cramps were like: severity, duration, context, triggers, remedies."""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from cramplog.analyse.rules import threshold
from cramplog.analyse.tables import DURATION_EDGES, DURATION_LABELS, NOT_NOTED
from cramplog.base.lang import tr
from cramplog.base.words import number
from cramplog.present.figures_time import BLUE, GREY, ORANGE, SKY, VERMILLION, hover, style
from cramplog.present.wording import pct

HELPED_COLOURS = {"yes": BLUE, "partly": SKY, "no": ORANGE, NOT_NOTED: GREY}


def distributions_figure(severity: pd.DataFrame | None, duration: pd.DataFrame | None) -> go.Figure:
    """Cramps per severity step and per duration band; a dashed mark where the rules' limit is passed.
    Either table may be None when that measure was not recorded."""
    panels = [p for p in (("severity", severity), ("duration", duration)) if p[1] is not None]
    titles = [tr("severity (0–10)") if name == "severity" else tr("duration (minutes)") for name, _ in panels]
    fig = make_subplots(rows=len(panels), cols=1, vertical_spacing=0.2, subplot_titles=titles)
    for i, (name, table) in enumerate(panels, start=1):
        if name == "severity":
            fig.add_trace(go.Bar(x=table["severity"], y=table["cramps"], marker_color=SKY, showlegend=False,
                                 hovertemplate=hover(tr("severity {value}: {count} cramps", value="%{x}",
                                                        count="%{y}"))), row=i, col=1)
            fig.update_xaxes(dtick=1, range=[-0.5, 10.5], row=i, col=1)
        else:
            fig.add_trace(go.Bar(x=table["minutes"], y=table["cramps"], marker_color=BLUE, showlegend=False,
                                 hovertemplate=hover(tr("{minutes} min: {count} cramps", minutes="%{x}",
                                                        count="%{y}"))), row=i, col=1)
            fig.update_xaxes(type="category", categoryorder="array", categoryarray=list(DURATION_LABELS),
                             row=i, col=1)
            limit = threshold("long_cramp")  # the mark sits after the last band ending at the limit
            mark = sum(edge <= limit for edge in DURATION_EDGES[1:]) - 0.5
            fig.add_vline(x=mark, line=dict(color=VERMILLION, dash="dash", width=2), row=i, col=1,
                          annotation_text=tr("{minutes} min", minutes=number(limit)), annotation_position="top right")
        fig.update_yaxes(title_text=tr("cramps"), rangemode="tozero", row=i, col=1)
    return style(fig, 200 + 190 * len(panels))


def context_trigger_figure(contexts: pd.DataFrame | None, triggers: pd.DataFrame | None) -> go.Figure:
    """Horizontal bars: cramps per context, then per trigger (named triggers coloured, "none" grey)."""
    panels = [p for p in (("context", contexts), ("trigger", triggers)) if p[1] is not None]
    titles = [tr("when it started") if name == "context" else tr("trigger noted") for name, _ in panels]
    heights = [max(len(t), 1) for _, t in panels]
    fig = make_subplots(rows=len(panels), cols=1, vertical_spacing=0.16, subplot_titles=titles,
                        row_heights=heights)
    for i, (name, table) in enumerate(panels, start=1):
        colours = [GREY if (name == "trigger" and v == "none") else (BLUE if name == "context" else ORANGE)
                   for v in table[name]]
        fig.add_trace(go.Bar(y=[tr(v) for v in table[name]], x=table["cramps"], orientation="h",
                             marker_color=colours, showlegend=False, customdata=[pct(s, 1) for s in table["share"]],
                             hovertemplate=hover(tr("{label}: {count} cramps ({share})", label="%{y}", count="%{x}",
                                                    share="%{customdata}"))),
                      row=i, col=1)
        fig.update_yaxes(autorange="reversed", type="category", row=i, col=1)
        fig.update_xaxes(rangemode="tozero", row=i, col=1)
    fig.update_xaxes(title_text=tr("cramps"), row=len(panels), col=1)
    return style(fig, 120 + 30 * sum(heights))


def remedies_figure(table: pd.DataFrame) -> go.Figure:
    """One stacked bar per remedy tried: how often it helped, partly helped, did not, or was not noted."""
    fig = go.Figure()
    for answer, colour in HELPED_COLOURS.items():
        if answer == NOT_NOTED and not table[answer].any():
            continue
        said = tr(answer) if answer != NOT_NOTED else tr("not noted")
        fig.add_trace(go.Bar(y=[tr(r) for r in table["remedy"]], x=table[answer], orientation="h",
                             name=tr("helped: {answer}", answer=said) if answer != NOT_NOTED else said,
                             marker_color=colour,
                             hovertemplate=hover(tr("{remedy}, helped {answer}: {count}", remedy="%{y}",
                                                    answer=said, count="%{x}"))))
    fig.update_yaxes(autorange="reversed", type="category")
    fig.update_xaxes(rangemode="tozero")  # no axis title: it would collide with the legend on a phone
    style(fig, 170 + 44 * len(table))
    fig.update_layout(barmode="stack", legend_traceorder="normal")  # legend reads yes, partly, no
    return fig
