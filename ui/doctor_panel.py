"""The calm "when to see a doctor" panel shown beside the user's own diary (compare and overview pages)."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from cramplog.analyse import doctor
from cramplog.base.lang import tr
from cramplog.present import doctor_text


def _bullets(lines: list[str]) -> str:
    return "\n".join(f"- {line}" for line in lines)


def _reasons(reasons: list[doctor.Reason]) -> None:
    st.markdown(doctor.wording("panel_intro"))
    for heading, group in doctor_text.by_urgency(reasons):
        st.subheader(heading, anchor=False)
        for r in group:
            st.markdown(f"- {doctor_text.reason_text(r)}  \n  :small[{doctor_text.rests_on(r)}]")  # what it rests on, set apart


def show_doctor_panel(df: pd.DataFrame, scope: str | None = None) -> None:
    """The guidance reasons this diary meets, most urgent first, with entry counts and sources; then what
    could not be checked and why, and what a diary cannot show. `scope` names the part of the diary `df`
    holds (a filtered period), shown under the title."""
    reasons = doctor.see_a_doctor(df)
    with st.container(border=True):
        st.header(doctor.wording("panel_title"), anchor=False)
        if scope:
            st.caption(tr("Entries looked at: {scope}", scope=scope))
        if reasons:
            _reasons(reasons)
        else:
            st.markdown(doctor.none_apply_text(df))
        if missing := doctor.not_checked(df):
            st.markdown(f"**{doctor.wording('not_checked_title')}**\n\n"
                        + _bullets(doctor_text.not_checked_lines(missing)))
        st.markdown(f"**{doctor.wording('yourself_title')}**\n\n" + _bullets(doctor_text.check_yourself_lines()))
        st.caption(doctor.wording("always"))
