"""Overview and Charts in the real app: every chart with its takeaway for the demo diary, messages
for odd diaries, and filters that stay put when the user switches pages."""
import datetime as dt
import re

import pytest

from cramplog.base.canonical import to_csv_bytes
from cramplog.diary.demo import load_demo
from cramplog.present import dashboard
from cramplog.schema import make_diary
from tests.dashboard_data import ODD_DIARIES
from tests.helpers import PAGES, open_filters, outline, page_text, refilter
from ui.notes import markdown_text
from ui.state import DIARY_KEY, SessionDiary

CHARTS, OVERVIEW = "pages/charts.py", "pages/overview.py"


def _own(df, name="my-diary.csv"):
    return {DIARY_KEY: SessionDiary(df, name, False)}


def _metrics(at) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def test_charts_page_shows_all_nine_charts_with_takeaways_and_data(open_page):
    at = open_page(CHARTS)
    assert not at.exception
    assert len(at.get("plotly_chart")) == len(dashboard.chart_infos()) == 9
    markdown = [m.value for m in at.markdown]
    demo = load_demo()
    for info in dashboard.chart_infos():
        assert f"**{markdown_text(dashboard.build_chart(info.key, demo).takeaway)}**" in markdown, info.key
    assert [e.label for e in at.expander].count("Show data") == 9
    assert "demo diary" in page_text(at) and "no diagnosis" in page_text(at)


def test_a_charts_data_table_is_sent_when_its_show_data_is_opened(open_page):
    # Closed, the nine "Show data" panels send no table: the browser then never loads the table viewer
    # before the charts are drawn (issue 20). Opened, each shows the numbers its chart plots.
    at = open_page(CHARTS)
    assert len(at.dataframe) == 0
    at.session_state["data_timeline"] = True  # what opening the first panel does
    at.run()
    assert not at.exception
    assert len(at.dataframe) == 1 and "Cramps" in at.dataframe[0].value.columns
    for info in dashboard.chart_infos():
        at.session_state[f"data_{info.key}"] = True
    at.run()
    assert len(at.dataframe) >= 9  # the numbers each chart plots
    assert max(len(df.value) for df in at.dataframe) < 400  # aggregated, not the raw entries


def test_overview_shows_key_numbers_of_the_demo(open_page):
    at = open_page(OVERVIEW)
    assert not at.exception
    numbers = _metrics(at)
    assert numbers["Cramps"] == str(len(load_demo()))
    assert set(numbers) == {"Cramps", "Cramps a week", "Median severity (0–10)", "Median duration (min)",
                            "Nights woken", "Body regions"}
    assert "A median is the middle value: half of the cramps were shorter (or milder)" in page_text(at)


@pytest.mark.parametrize("name", list(ODD_DIARIES))
def test_odd_diaries_get_messages_not_errors(open_page, name):
    make, drawable = ODD_DIARIES[name]
    at = open_page(CHARTS, _own(make()))
    assert not at.exception
    assert len(at.get("plotly_chart")) == len(drawable)
    messages = [i.value for i in at.info if "Not enough data" in i.value or "No entries" in i.value
                or "None of these entries" in i.value]
    assert len(messages) == 9 - len(drawable)
    overview = open_page(OVERVIEW, _own(make()))
    assert not overview.exception


def test_filters_are_kept_when_switching_pages(open_page):
    at = refilter(open_page(OVERVIEW), regions=["calf"], dates=(dt.date(2026, 6, 1), dt.date(2026, 6, 30)))
    demo = load_demo()
    june_calf = demo[(demo["location"] == "calf") & (demo["date"].dt.month == 6)]
    assert _metrics(at)["Cramps"] == str(len(june_calf))

    at.switch_page(CHARTS).run()
    assert "calf" in at.expander[0].label and "1 Jun 2026 – 30 Jun 2026" in at.expander[0].label
    open_filters(at)
    assert at.multiselect(key="dashboard_regions").value == ["calf"]
    assert at.date_input(key="dashboard_range").value == (dt.date(2026, 6, 1), dt.date(2026, 6, 30))
    body = next(m.value for m in at.markdown if m.value.startswith("**Calf had the most"))
    assert f"(100% of {len(june_calf)})" in body

    at.switch_page(OVERVIEW).run()
    assert _metrics(at)["Cramps"] == str(len(june_calf))
    assert "calf" in at.expander[0].label


def test_a_new_diary_starts_with_everything_shown(open_page):
    at = refilter(open_page(OVERVIEW), regions=["foot"])
    at.switch_page("pages/my_diary.py").run()  # a new diary arrives the way a user brings one
    at.file_uploader[0].upload("other.csv", to_csv_bytes(load_demo().iloc[:50]), "text/csv").run()
    open_filters(at.switch_page(OVERVIEW).run())
    assert at.multiselect(key="dashboard_regions").value == []
    assert _metrics(at)["Cramps"] == "50"


def test_show_everything_undoes_the_filters(open_page):
    at = refilter(open_page(CHARTS), regions=["hand"])
    assert "hand" in at.expander[0].label
    refilter(at, button="Show everything")
    assert at.multiselect(key="dashboard_regions").value == []
    assert "all body regions" in at.expander[0].label


def test_overview_compares_with_the_period_just_before(open_page):
    at = open_page(OVERVIEW)
    assert all(not m.delta for m in at.metric)  # the whole demo: nothing earlier to compare with
    refilter(at, dates=(dt.date(2026, 7, 1), dt.date(2026, 9, 27)))
    demo = load_demo()
    now = demo[demo["date"] >= "2026-07-01"]
    before = demo[(demo["date"] >= "2026-04-03") & (demo["date"] <= "2026-06-30")]  # the 89 days before
    cramps = next(m for m in at.metric if m.label == "Cramps")
    assert cramps.value == str(len(now)) and cramps.delta == f"{len(now) - len(before):+d}"


def test_a_half_picked_date_range_keeps_the_last_full_one(open_page):
    # In the browser a range is picked in two clicks; after the first, the charts must not jump.
    at = refilter(open_page(OVERVIEW), dates=(dt.date(2026, 6, 1), dt.date(2026, 6, 30)))
    june = _metrics(at)["Cramps"]
    refilter(at, dates=(dt.date(2026, 5, 1),))
    assert not at.exception
    assert _metrics(at)["Cramps"] == june


def test_overview_data_table_says_dash_not_none_where_there_is_no_earlier_period(open_page):
    at = open_page(OVERVIEW)  # the demo: no earlier period to compare with
    shown = at.dataframe[0].value
    assert shown["Previous period"].tolist() == ["–"] * 6 and shown["Change"].tolist() == ["–"] * 6
    assert shown["This period"].iloc[0] == str(len(load_demo()))


def test_overview_tiles_come_first_and_the_comparison_is_one_short_line_under_them(open_page):
    """Issue 23 item 7: on a phone the first thing under the filter is the numbers, not why there is no comparison."""
    at = open_page(OVERVIEW)
    order = [(kind, text) for kind, text in outline(at) if kind in ("metric", "caption")]
    first_tile = next(i for i, (kind, _) in enumerate(order) if kind == "metric")
    note_at = next(i for i, (_, text) in enumerate(order) if text.startswith("No change figures"))
    assert first_tile < note_at
    note = next(c.value for c in at.caption if c.value.startswith("No change figures"))
    assert note == "No change figures: the diary does not reach back before these dates."
    assert len(note) < 80


def test_a_tile_over_too_few_days_shows_the_days_not_an_odd_rate(open_page):
    four_days = make_diary([{"date": f"2026-01-0{d}", "location": "calf"} for d in (1, 2, 4)])
    at = open_page(OVERVIEW, _own(four_days))
    shown = {m.label: m.value for m in at.metric}
    assert shown["Cramps"] == "3" and shown["Days covered"] == "4" and "Cramps a week" not in shown


# What Streamlit's markdown makes the browser download before a page settles:
# - an emoji code (its frontend's own pattern) loads its emoji library, about 260 kB; the demo's "between 22:00
#   and 06:00: 142" did;
# - emphasis (*words* or _words_) draws in italics and loads a second font, 138 kB; the citations did. Bold
#   (**words**) uses the font already loaded.
EMOJI_CODE = re.compile(r":(?!material/|streamlit:)[\w+-][\w_+-]*:")
ITALIC = re.compile(r"(?<![*\w\\])\*(?![*\s])[^*\n]+?(?<![\s*\\])\*(?![*\w])|(?<![\w\\])_(?!\s)[^_\n]+?(?<!\s)_(?!\w)")
COSTLY = {"emoji code": EMOJI_CODE, "italics": ITALIC}


@pytest.mark.parametrize("page", [path for path, _ in PAGES])
def test_no_words_on_a_page_load_the_emoji_library_or_the_italic_font(open_page, page):
    at = open_page(page)
    shown = [m.value for m in at.markdown] + [c.value for c in at.caption] + [e.label for e in at.expander]
    found = {what: [text for text in shown if pattern.search(text)] for what, pattern in COSTLY.items()}
    assert found == {what: [] for what in COSTLY}


def test_the_italics_check_finds_emphasis_but_not_bold():
    assert ITALIC.search("a fact *(Stephens 2017)*") and ITALIC.search("see _Load your diary_ first")
    assert not ITALIC.search("**Load your diary** and 2 * 3 * 4, snake_case_name, a * b")
