"""Home: the answer a worried visitor comes for first (cramps are common, ALS is rare), two big ways on
(should I see a doctor, log a cramp), then what CrampLog is for, where to start and the privacy promise."""
import streamlit as st

from cramplog.base.lang import tr, tr_later
from cramplog.base.words import n_entries
from cramplog.present import content
from cramplog.present.wording import fill
from ui import keeping, notes
from ui.router import through_router
from ui.state import get_diary

through_router()

ACTIONS = (  # the two big buttons under the first box: page, label, icon
    ("pages/see_a_doctor.py", tr_later("Should I see a doctor?"), ":material/stethoscope:"),
    ("pages/log.py", tr_later("Log a cramp"), ":material/edit_note:"),
)


def show_section(section: content.Section, values: dict[str, str] | None = None) -> None:
    st.header(section.heading)
    st.markdown(fill(section.markdown, values or {}))
    for link in section.links:
        st.page_link(link["page"], label=link["label"], icon=link["icon"])


st.title(tr("Welcome to CrampLog"))
st.caption(tr("A private cramp diary: patterns, charts and a summary for your doctor."))
lead = content.section("home", "lead")
with st.container(border=True, key="home_lead"):  # the base rate first, before any figure about ALS
    st.header(lead.heading)
    st.markdown(lead.markdown)
with st.container(key="home_actions", horizontal=True):  # large targets; they stack on a narrow phone
    for target, label, icon in ACTIONS:
        st.page_link(target, label=tr(label), icon=icon, width="stretch")
notes.not_a_diagnosis()

show_section(content.section("home", "what_als"))  # ALS explained where Home first names it
show_section(content.section("home", "figures"))
show_section(content.section("home", "what"))
diary = get_diary()  # where to start depends on the diary actually shown: the demo, or the person's own
if diary.is_demo:
    show_section(content.section("home", "start"))
else:
    where = tr("kept in this browser") if keeping.is_on() else diary.name
    show_section(content.section("home", "start_own"), {"diary": f"{where}, {n_entries(len(diary.df))}"})

st.header(tr("Your privacy"))
st.container(border=True).markdown(f":material/lock: {notes.privacy_text(keeping.is_on())}")
