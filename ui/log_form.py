"""The quick form of "Log a cramp": it records only what was noted, dated now on the user's clock."""
from __future__ import annotations

import streamlit as st

from cramplog import schema
from cramplog.diary import entries
from ui import flash
from ui.clock import local_now
from ui.entry_editor import reset_editor
from ui.state import get_diary, set_diary

_NONE = "not noted"
SEVERITIES = tuple(range(11))
YES_NO = {"yes": True, "no": False, _NONE: None}  # the three answers to "afterwards, did you notice"
OWN_DIARY_NAME = "My diary (logged in CrampLog)"


def _ask(column: str) -> str:
    return schema.BY_NAME[column].prompt  # every question is worded once, in the column spec


def _choose(column: str) -> str | None:
    return st.selectbox(_ask(column), schema.VOCABULARIES[column], index=None, placeholder=_NONE)


def _yes_no(column: str) -> bool | None:
    """Yes, no, or not noted (the default): an unanswered question is not a "no"."""
    answer = st.segmented_control(_ask(column), tuple(YES_NO), default=_NONE, required=True, width="stretch")
    return YES_NO[answer or _NONE]


def cramp_form() -> dict | None:
    """The quick form, one column with big controls; returns the new entry when it is submitted."""
    with st.form("log_cramp", clear_on_submit=True, enter_to_submit=False):
        when_day, when_time = st.columns(2)
        now = local_now()
        day = when_day.date_input(_ask("date"), value=now.date(), format="YYYY-MM-DD", key="log.day")
        clock = when_time.time_input(_ask("time"), value=now.time().replace(second=0, microsecond=0), step=300,
                                     key="log.time")
        location = st.selectbox(_ask("location"), schema.REGIONS, index=None, placeholder="choose a body part")
        detail = st.text_input(_ask("location_detail"), max_chars=200)
        side = st.segmented_control(_ask("side"), schema.SIDES, width="stretch")
        severity = st.pills(_ask("severity"), SEVERITIES, key="log.severity")
        duration = st.number_input(_ask("duration_min"), min_value=0.0, max_value=24 * 60.0, value=None,
                                   step=0.5, placeholder="e.g. 2")
        context = _choose("context")
        trigger = _choose("trigger")
        remedy = _choose("remedy")
        helped = st.segmented_control(_ask("remedy_helped"), schema.HELPED, width="stretch")
        st.caption("Afterwards, did you notice:")
        twitching = _yes_no("twitching")
        weakness = _yes_no("weakness")
        stiffness = _yes_no("stiffness_after")
        numbness, swelling = _yes_no("numbness"), _yes_no("swelling")
        notes = st.text_area(_ask("notes"), max_chars=2000, height=80)
        submitted = st.form_submit_button("Save this cramp", type="primary", width="stretch",
                                          icon=":material/add_circle:")
    if not submitted:
        return None
    return {
        "date": day.isoformat(), "time": clock.strftime("%H:%M") if clock else None,
        "location": location or ("other" if detail.strip() else None),
        "location_detail": detail.strip() or None, "side": side, "severity": None if severity is None else float(severity),
        "duration_min": duration, "context": context, "trigger": trigger, "remedy": remedy,
        "remedy_helped": helped, "twitching": twitching, "weakness": weakness,
        "stiffness_after": stiffness, "numbness": numbness, "swelling": swelling, "notes": notes.strip() or None,
    }


def save_entry(record: dict) -> None:
    """Add the entry to the diary; the first one puts the demo away (and says so, in a flash message)."""
    before = get_diary()
    base = None if before.is_demo else before.df
    set_diary(entries.add_entry(base, record), OWN_DIARY_NAME if before.is_demo else before.name)
    reset_editor()
    place = " ".join(str(v) for v in (record.get("side"), record.get("location")) if v) or "a cramp"
    flash.add("success", f"Saved: {place} on {record['date']} at {record['time']}.", ":material/check_circle:")
    if before.is_demo:
        flash.add("info", "This is your first entry, so the demo diary has been put away: from now on the app "
                  "shows **your own diary**.", ":material/swap_horiz:")


