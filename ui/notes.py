"""Short notes repeated on many pages: not a diagnosis, the base rate, privacy, whose data is shown."""
from __future__ import annotations

import streamlit as st

from cramplog.base.lang import tr, tr_later
from cramplog.base.words import n_entries
from cramplog.present import content
from ui.state import SessionDiary

# English constants (shown through tr): other surfaces quote them.
NOT_A_DIAGNOSIS = tr_later(
    "CrampLog describes patterns in a diary; it cannot tell ALS from common cramps and gives no "
    "diagnosis. For most people cramps are harmless; if you already have a diagnosis, your care team can "
    "help with cramps too. If something worries you, a clinician can examine you."
)
PRIVACY = tr_later(  # shown with tr() (issue 22)
    "Your diary stays in this browser session only: nothing is saved on the server and it is gone "
    "when you close the tab, unless you download it or switch on “Keep my diary on this device”."
)
KEPT_PRIVACY = tr_later(
    "Your diary is kept in this browser's own storage on this device, never on CrampLog's server. "
    "Anyone who uses this browser profile can open it."
)


def markdown_text(text: str) -> str:
    """Words for st.markdown as they are: a colon is escaped, so a time such as "06:00: 142" is not taken for an
    emoji code (which would also make the browser load the emoji library, about 260 kB)."""
    return text.replace(":", "\\:")


def privacy_text(kept_here: bool) -> str:
    """Where the diary lives right now: the session only, or this browser's storage as well."""
    return tr(KEPT_PRIVACY if kept_here else PRIVACY)


def not_a_diagnosis() -> None:
    st.info(tr(NOT_A_DIAGNOSIS), icon=":material/info:")


def base_rate() -> None:
    """Cramps are common, ALS is rare: the numbers a frightened reader needs before anything else."""
    section = content.section("base_rate", "base_rate")
    box = st.container(border=True)
    box.header(section.heading)
    box.markdown(section.markdown)


def learn_page_lead() -> None:
    """How Home and every Learn page about ALS open: the base rate, then the not-a-diagnosis note."""
    base_rate()
    not_a_diagnosis()


def diary_source(diary: SessionDiary) -> None:
    """Say whose data the page shows; the demo is always labelled as synthetic."""
    if diary.is_demo:
        st.warning(
            tr("You are looking at the **demo diary**: made-up entries, not a real person's. "
               "Load or log your own under **My cramps**."),
            icon=":material/science:",
        )
    else:
        st.caption(tr("Showing your diary: {name} ({entries}).", name=diary.name, entries=n_entries(len(diary.df))))
