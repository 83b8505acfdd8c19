"""Doctor summary & download: choose a period, see its key numbers, download the report and the diary.

The summary is made in the language the page is read in (its file name stays English, like the diary's)."""
import streamlit as st

from cramplog.analyse.key_numbers import key_numbers as period_key_numbers
from cramplog.base import lang
from cramplog.base.lang import tr, tr_later
from cramplog.diary.filters import date_bounds, filter_diary
from cramplog.write.report import ABOUT_FIELDS, build_report, key_numbers
from ui.keeping import download_diary_button, keep_reminder
from ui.notes import diary_source, not_a_diagnosis
from ui.router import through_router
from ui.state import get_diary
from ui.upload_view import VALUES_READ_KEY

through_router()

ABOUT = {  # field: (how the form asks, an example); the summary labels them in the third person (report.json)
    "name": (tr_later("Your name"), ""),
    "born": (tr_later("Date of birth or age"), tr_later("e.g. 12 March 1961, or 64")),
    "medicines": (tr_later("Medicines you take now"), tr_later("names and doses, as on the box")),
    "questions": (tr_later("What you would like to ask"), tr_later("e.g. Could one of my medicines cause these?")),
}


def about_you() -> dict[str, str]:
    """The optional details a doctor needs on the page, typed here only for this summary (never stored)."""
    with st.expander(tr("Add your details for the doctor (optional)"), icon=":material/badge:"):
        st.caption(tr("Printed at the top of the summary. Leave any of them empty; they are not kept anywhere."))
        return {field: (st.text_area if field in ("medicines", "questions") else st.text_input)(
                    tr(ABOUT[field][0]), placeholder=tr(ABOUT[field][1]) if ABOUT[field][1] else "", max_chars=500,
                    key=f"report.about.{field}")
                for field in ABOUT_FIELDS}


def summary_maker(diary, start, end, name: str, about: dict[str, str], read: str):
    """The report, made when the button is pressed (on another thread: the page's language is passed along)."""
    speaking = lang.current()

    def made() -> str:
        with lang.speaking(speaking):
            return build_report(diary.df, start=start, end=end, name=name, about=about, values_read=read)
    return made


st.title(tr("Doctor summary & download"))
diary = get_diary()
not_a_diagnosis()
diary_source(diary)
keep_reminder()

bounds = date_bounds(diary.df)
if bounds is None:
    st.info(tr("This diary has no dated entries yet. Log a cramp or load your diary first."), icon=":material/info:")
else:
    st.header(tr("A one-page summary for an appointment"))
    st.write(tr("Choose the period to bring. On its first printed page the summary shows what is notable (what "
                "changed, and any reasons to see a doctor), its key numbers, a timeline, where the cramps were and "
                "what the diary shows next to the usual patterns; every entry follows."))
    first, last = st.columns(2)
    start = first.date_input(tr("From"), value=bounds[0], min_value=bounds[0], max_value=bounds[1], format="YYYY-MM-DD")
    end = last.date_input(tr("To"), value=bounds[1], min_value=bounds[0], max_value=bounds[1], format="YYYY-MM-DD")
    if start > end:
        st.error(tr("The start date is after the end date: choose a start on or before the end."),
                 icon=":material/event_busy:")
    else:
        period = filter_diary(diary.df, start, end)
        numbers = key_numbers(period_key_numbers(diary.df, start, end))  # each count with its base, as printed
        st.subheader(tr("Key numbers for this period"))
        st.table({tr("Key number"): [label for label, _ in numbers], tr("Value"): [value for _, value in numbers]},
                 hide_index=True)
        name = "" if diary.is_demo else diary.name
        about = about_you()
        read = "" if diary.is_demo else st.session_state.get(VALUES_READ_KEY, "")  # an import's words as numbers
        st.download_button(
            tr("Download the summary (HTML)"), data=summary_maker(diary, start, end, name, about, read),
            file_name=f"cramplog-summary-{start}-to-{end}.html", mime="text/html", on_click="ignore",
            icon=":material/description:", type="primary", width="stretch", disabled=period.empty)
        st.caption(tr("The file works offline and loads nothing from the internet. To print it or keep a PDF, "
                      "open it in your browser and choose **Print**, then **Save as PDF**: the summary fills the "
                      "first page and the entries follow. (CrampLog makes no PDF itself: doing that on the "
                      "server would need extra programs, and every browser already saves pages as PDF.)"))

st.header(tr("Keep your diary"))
st.write(tr("The CSV file has every entry; loading it on **Load your diary** brings your diary back exactly."))
download_diary_button(diary, key="report_download_diary")
