"""The Charts page in German, French and Spanish: figure titles, axes, legends, hover texts, weekday and month
names, numbers and takeaways in the language in use, and no English figure kept from before a switch."""
from __future__ import annotations

import json

import pandas as pd
import pytest

from cramplog.analyse import tables
from cramplog.base import lang
from cramplog.diary.demo import load_demo
from cramplog.present import body_map, dashboard, figures_time, figures_what, takeaways
from cramplog.schema import make_diary

CHARTS = "pages/charts.py"


@pytest.fixture(scope="module")
def demo():
    return load_demo()


def _spec(element) -> dict:
    return json.loads(element.proto.spec)


def test_the_timeline_speaks_german_with_local_numbers_and_dates(demo):
    with lang.speaking("de"):
        fig = figures_time.timeline_figure(tables.counts_over_time(demo, "W"), "W")
    assert [t.name for t in fig.data] == ["Krämpfe pro Woche", "Durchschnitt über 4 Wochen", "Median der Stärke"]
    assert fig.layout.yaxis.title.text == "Krämpfe" and fig.layout.yaxis2.title.text == "Stärke"
    assert "Krämpfe" in fig.data[0].hovertemplate and "cramps" not in fig.data[0].hovertemplate
    assert fig.data[0].customdata[0] == "30. März 2026"  # the first week's Monday, as German writes it
    assert fig.layout.separators == ",."  # "7,5" on the axes and in the hover texts
    assert list(fig.layout.xaxis.ticktext)[:2] == ["Apr. 2026", "Juni 2026"]  # plotly's own ticks are English only


def test_the_calendar_names_german_weekdays_from_monday_and_german_months():
    diary = make_diary([{"date": "2026-02-04"}, {"date": "2026-02-27"}])
    with lang.speaking("de"):
        fig = figures_time.calendar_figure(tables.calendar_counts(diary))
    assert list(fig.data[0].y) == ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]
    assert list(fig.layout.xaxis.ticktext) == ["2. Feb.", "9. Feb.", "16. Feb.", "23. Feb."]
    assert "Mi. 4. Feb. 2026" in {d for row in fig.data[0].customdata for d in row if isinstance(d, str)}


def test_hours_and_weekdays_in_french(demo):
    with lang.speaking("fr"):
        heat = figures_time.hour_weekday_figure(tables.hour_weekday_counts(demo))
    assert list(heat.data[0].x) == ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
    assert heat.layout.yaxis.title.text == "heure de la journée"


def test_what_the_cramps_were_like_in_spanish(demo):
    with lang.speaking("es"):
        dist = figures_what.distributions_figure(tables.severity_counts(demo), tables.duration_counts(demo))
        context = figures_what.context_trigger_figure(tables.context_counts(demo), tables.trigger_counts(demo))
        remedies = figures_what.remedies_figure(tables.remedy_helped_counts(demo))
    assert [a.text for a in dist.layout.annotations][:2] == ["intensidad (0–10)", "duración (minutos)"]
    assert dist.layout.yaxis.title.text == "calambres"
    assert "calambres" in context.data[0].hovertemplate and context.layout.xaxis2.title.text == "calambres"
    assert all(t.name.startswith("ayudó: ") for t in remedies.data)


def test_the_body_map_labels_its_sides_in_german():
    fig = body_map.body_figure(pd.DataFrame({"region": ["calf"], "side": ["left"], "count": [3]}))
    with lang.speaking("de"):
        german = body_map.body_figure(pd.DataFrame({"region": ["calf", "jaw"], "side": ["left", None],
                                                    "count": [1200, 3]}))
    texts = [a.text for a in german.layout.annotations]
    assert "Rechts" in texts and "Links" in texts and any("Von vorn" in t for t in texts)
    hover = next(t for t in german.data if t.meta == body_map.HIGHLIGHT_META).hovertext
    assert any(h.endswith("links: 1.200 Krämpfe") for h in hover)  # German thousands and plural
    assert any("(Seite nicht notiert)" in h for h in hover)
    assert body_map.highlighted(german)[("calf", "left")] == 1200  # what is drawn stays canonical
    assert "Left" in [a.text for a in fig.layout.annotations]  # English is untouched


def test_takeaways_speak_the_language_with_local_numbers():
    with lang.speaking("de"):
        said = takeaways.distributions(pd.Series([4.0, 5.0]), pd.Series([1.5, 2.0]))
    assert said.startswith("Der Median der Stärke war 4,5 von 10") and "1,8 Minuten" in said
    with lang.speaking("fr"):
        assert takeaways.time_of_day(0, 0, 3).startswith("Aucune heure notée (")


def test_messages_and_show_data_headings_in_french():
    one_day = make_diary([{"date": "2026-03-01"}, {"date": "2026-03-01"}])
    with lang.speaking("fr"):
        message = dashboard.build_chart("timeline", one_day).message
        table = dashboard.readable(pd.DataFrame({"weekday": ["Mon"], "count": [1]}))
    assert message.startswith("Pas encore assez de données pour ce graphique")
    assert list(table.columns) == ["Jour de la semaine", "Crampes"] and table.iloc[0, 0] == "lun."


def test_the_charts_page_in_spanish(open_page):
    at = open_page(CHARTS)
    at.query_params["lang"] = "es"
    at.run()
    assert not at.exception
    with lang.speaking("es"):
        titles = [info.title for info in dashboard.chart_infos()]  # the charts file's titles, in Spanish
    assert [h.value for h in at.header] == titles
    first = _spec(at.get("plotly_chart")[0])
    assert first["layout"]["yaxis"]["title"]["text"] == "calambres"
    assert [t["name"] for t in first["data"]][:2] == ["calambres por semana", "promedio de 4 semanas"]
    assert [e.label for e in at.expander].count("Mostrar los datos") == 9
    assert not any(m.value.startswith("**192 cramps") for m in at.markdown)


def test_the_sessions_charts_are_not_served_in_english_after_a_switch_to_french(open_page):
    at = open_page(CHARTS)
    assert _spec(at.get("plotly_chart")[0])["data"][0]["name"] == "cramps per week"
    at.query_params["lang"] = "fr"
    at.run()
    assert not at.exception
    names = [_spec(chart)["data"][0].get("name") for chart in at.get("plotly_chart")]
    assert names[0] == "crampes par semaine" and "cramps per week" not in names
    at.query_params["lang"] = "en"
    at.run()
    assert _spec(at.get("plotly_chart")[0])["data"][0]["name"] == "cramps per week"


@pytest.mark.parametrize("code", ["de", "fr", "es"])
def test_every_chart_builds_in_each_language(demo, code):
    with lang.speaking(code):
        for info in dashboard.chart_infos():
            result = dashboard.build_chart(info.key, demo)
            assert result.figure is not None and result.takeaway, info.key
