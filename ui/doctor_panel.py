"""The calm "when to see a doctor" panel shown beside the user's own diary (compare and overview pages)."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from cramplog.analyse import doctor
from cramplog.base.words import n_entries


def show_doctor_panel(df: pd.DataFrame, scope: str | None = None) -> None:
    """List the guidance reasons this diary meets, with entry counts and sources, in neutral styling.

    `scope` names the part of the diary `df` holds (a filtered period), shown under the title."""
    reasons = doctor.see_a_doctor(df)
    with st.container(border=True):
        st.header(doctor.wording("panel_title"), anchor=False)
        if scope:
            st.caption(f"Entries looked at: {scope}")
        if not reasons:
            st.markdown(doctor.none_apply_text())
            return
        st.markdown(doctor.wording("panel_intro"))
        for r in reasons:
            st.markdown(f"- {r.reason}  \n  *{n_entries(r.entries)} in your diary · Source: {r.source}*")
        st.caption(doctor.wording("always"))
