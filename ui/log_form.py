"""The widgets of "Log a cramp": the quick form and the checked table editor."""
from __future__ import annotations

import re

import pandas as pd
import streamlit as st

from cramplog import schema
from cramplog.diary import entries
from cramplog.diary.entries import check_edits
from cramplog.diary.filters import date_bounds, filter_diary
from ui import flash
from ui.clock import local_now
from ui.state import SessionDiary, get_diary, set_diary

_EDITOR_VERSION = "log.editor_version"
_MARKDOWN_SPECIAL = re.compile(r"[\\`*_{}\[\]()<>#+\-.!|~:$=]")
_NONE = "not noted"
SEVERITIES = tuple(range(11))
YES_NO = {"yes": True, "no": False, _NONE: None}  # the three answers to "afterwards, did you notice"
OWN_DIARY_NAME = "My diary (logged in CrampLog)"

EDITOR_COLUMNS = {
    "date": st.column_config.DateColumn("Date", format="YYYY-MM-DD", required=True),
    "time": st.column_config.TextColumn("Time", help="24-hour clock, HH:MM", validate=r"^([01]\d|2[0-3]):[0-5]\d$"),
    "location": st.column_config.SelectboxColumn("Where", options=schema.REGIONS),
    "location_detail": st.column_config.TextColumn("Where exactly"),
    "side": st.column_config.SelectboxColumn("Side", options=schema.SIDES),
    "severity": st.column_config.NumberColumn("Severity 0–10", min_value=0, max_value=10, step=0.5, format="%g"),
    "duration_min": st.column_config.NumberColumn("Minutes", min_value=0, format="%g"),
    "context": st.column_config.SelectboxColumn("When", options=schema.CONTEXTS),
    "trigger": st.column_config.SelectboxColumn("Trigger", options=schema.TRIGGERS),
    "remedy": st.column_config.SelectboxColumn("Remedy", options=schema.REMEDIES),
    "remedy_helped": st.column_config.SelectboxColumn("Helped", options=schema.HELPED),
    "twitching": st.column_config.CheckboxColumn("Twitching"),
    "weakness": st.column_config.CheckboxColumn("Weakness"),
    "stiffness_after": st.column_config.CheckboxColumn("Stiff after"),
    "notes": st.column_config.TextColumn("Notes"),
}


def _choose(label: str, options: tuple[str, ...]) -> str | None:
    return st.selectbox(label, options, index=None, placeholder=_NONE)


def _yes_no(label: str) -> bool | None:
    """Yes, no, or not noted (the default): an unanswered question is not a "no"."""
    answer = st.segmented_control(label, tuple(YES_NO), default=_NONE, required=True, width="stretch")
    return YES_NO[answer or _NONE]


def cramp_form() -> dict | None:
    """The quick form, one column with big controls; returns the new entry when it is submitted."""
    with st.form("log_cramp", clear_on_submit=True, enter_to_submit=False):
        when_day, when_time = st.columns(2)
        now = local_now()
        day = when_day.date_input("Date", value=now.date(), format="YYYY-MM-DD", key="log.day")
        clock = when_time.time_input("Time", value=now.time().replace(second=0, microsecond=0), step=300,
                                     key="log.time")
        location = st.selectbox("Where was the cramp?", schema.REGIONS, index=None, placeholder="choose a body part")
        detail = st.text_input("Where exactly (your own words, optional)", max_chars=200)
        side = st.segmented_control("Side", schema.SIDES, width="stretch")
        severity = st.pills("How bad (0 = barely, 10 = worst imaginable); not noted unless you choose",
                            SEVERITIES, key="log.severity")
        duration = st.number_input("How long, in minutes", min_value=0.0, max_value=24 * 60.0, value=None,
                                   step=0.5, placeholder="e.g. 2")
        context = _choose("What were you doing?", schema.CONTEXTS)
        trigger = _choose("Possible trigger", schema.TRIGGERS)
        remedy = _choose("What did you try?", schema.REMEDIES)
        helped = st.segmented_control("Did it help?", schema.HELPED, width="stretch")
        st.caption("Afterwards, did you notice:")
        twitching = _yes_no("Twitching in the muscle")
        weakness = _yes_no("Weakness (harder to grip, lift or walk)")
        stiffness = _yes_no("Stiffness")
        notes = st.text_area("Notes (optional)", max_chars=2000, height=80)
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
        "stiffness_after": stiffness, "notes": notes.strip() or None,
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


def plain(text: str) -> str:
    """Text shown literally inside markdown: a typed value never becomes a link or formatting."""
    return _MARKDOWN_SPECIAL.sub(r"\\\g<0>", text.replace("\n", " ").replace("\r", " "))


def editor_key() -> str:
    # A new key gives a fresh editor: old cell edits must never be replayed onto a changed diary.
    return f"log.editor.{st.session_state.get(_EDITOR_VERSION, 0)}"


def reset_editor() -> None:
    st.session_state[_EDITOR_VERSION] = st.session_state.get(_EDITOR_VERSION, 0) + 1


def has_edits() -> bool:
    state = st.session_state.get(editor_key()) or {}
    return any(state.get(k) for k in ("edited_rows", "added_rows", "deleted_rows"))


def validate_edits(edited: pd.DataFrame) -> pd.DataFrame | None:
    """The edited entries checked by the loader's rules; shows every problem and returns None if any."""
    checked, problems = check_edits(edited)
    if problems:
        st.error("These changes can't be saved yet:\n\n" + "\n".join(f"- {plain(p)}" for p in problems),
                 icon=":material/error:")
        return None
    return checked


def correct_entries(diary: SessionDiary, latest: int) -> None:
    """The diary's entries in an editor (the latest ones, or a chosen period); saves only checked edits."""
    shown = entries.latest(diary.df, latest)
    bounds = date_bounds(diary.df)
    if bounds and len(diary.df) > latest:
        choice = st.segmented_control("Entries shown", [f"Latest {latest}", "Choose dates"],
                                      default=f"Latest {latest}", required=True, width="stretch")
        if choice == "Choose dates":
            period = st.date_input("From – to", value=bounds, min_value=bounds[0], max_value=bounds[1])
            if len(period) == 2:
                shown = filter_diary(diary.df, *period)
    st.caption(f"{len(shown):,} of {len(diary.df):,} entries shown. Tap a cell to change it; tick a row's "
               "box and use the bin icon to delete it. Changes are checked before they are saved.")
    edited = st.data_editor(shown, key=editor_key(), num_rows="dynamic",
                            hide_index=True, column_config=EDITOR_COLUMNS, width="stretch")
    if not has_edits():
        return
    checked = validate_edits(edited)
    save, discard = st.columns(2)
    if save.button("Save changes", type="primary", width="stretch", icon=":material/check:",
                   disabled=checked is None):
        set_diary(entries.replace_entries(diary.df, shown.index, checked), diary.name)
        reset_editor()
        st.rerun()
    if discard.button("Discard changes", width="stretch"):
        reset_editor()
        st.rerun()
