"""The quick form of "Log a cramp": it records only what was noted, dated now on the user's clock.

On a phone the quick case ("a calf cramp last night, severity 6") needs no scrolling: when, where, side
and how bad come first, the common places head the list, and every other question is folded under
"More details"."""
from __future__ import annotations

import datetime as dt

import streamlit as st

from cramplog import schema
from cramplog.analyse.tables import NOT_NOTED
from cramplog.base.lang import tr, tr_later
from cramplog.diary import entries
from cramplog.schema import shown
from ui import flash
from ui.clock import local_now
from ui.entry_editor import reset_editor
from ui.state import get_diary, set_diary

_NONE = NOT_NOTED  # worded as the charts and the upload preview word it
SEVERITIES = tuple(range(11))
YES_NO = {"yes": True, "no": False, _NONE: None}  # the answers to "afterwards, did you notice"
OWN_DIARY_NAME = tr_later("My diary (logged in CrampLog)")  # kept in English; SessionDiary.shown_name says it
COMMON_PLACES = ("calf", "foot", "thigh", "toes", "hand")  # where most cramps are: first in the list
PLACES = COMMON_PLACES + tuple(r for r in schema.REGIONS if r not in COMMON_PLACES)
NOW, LAST_NIGHT = tr_later("Now"), tr_later("Last night")  # the shortcut's values; shown with tr
MORE_DETAILS = tr_later("More details (all optional)")
_YES_NO_COLUMNS = tuple(spec.name for spec in schema.SPEC if spec.kind == "yes/no")  # asked after the cramp
_CHOICES = ("context", "trigger", "remedy")
# "both calves"; a place not listed here reads "neck, both sides".
_BOTH = {"calf": tr_later("both calves"), "foot": tr_later("both feet"), "toes": tr_later("both toes"),
         "fingers": tr_later("both fingers"), "hand": tr_later("both hands"), "thigh": tr_later("both thighs"),
         "shin": tr_later("both shins"), "hamstring": tr_later("both hamstrings"), "hip": tr_later("both hips"),
         "buttock": tr_later("both buttocks"), "shoulder": tr_later("both shoulders"),
         "upper arm": tr_later("both upper arms"), "forearm": tr_later("both forearms"),
         "jaw": tr_later("both sides of the jaw")}


def _ask(column: str) -> str:
    return tr(schema.BY_NAME[column].prompt)  # every question is worded once, in the column spec


def _choose(column: str) -> str | None:
    """One of the column's values, shown in the language in use; the English value is what is saved."""
    return st.selectbox(_ask(column), schema.VOCABULARIES[column], index=None, placeholder=tr(_NONE),
                        format_func=shown)


def _yes_no(column: str) -> bool | None:
    """Yes, no, or not noted (the default): an unanswered question is not a "no"."""
    answer = st.segmented_control(_ask(column), tuple(YES_NO), default=_NONE, required=True, width="stretch",
                                  format_func=shown)
    return YES_NO[answer or _NONE]


def _when_help() -> str:
    return tr("{now} saves the date and time below (change them for an earlier cramp). {last_night} saves the "
              "night just gone, dated the evening it began, with no time noted.", now=tr(NOW), last_night=tr(LAST_NIGHT))


def _when(now: dt.datetime) -> tuple[str, dt.date, dt.time | None]:
    """The shortcut (Now or Last night), then the date and time fields; a future date cannot be chosen."""
    when = st.segmented_control(tr("When was it?"), (NOW, LAST_NIGHT), default=NOW, required=True, width="stretch",
                                help=_when_help(), key="log.when", format_func=tr)
    with st.container(horizontal=True, key="log_when_fields"):  # side by side, even on a phone
        day = st.date_input(_ask("date"), value=now.date(), max_value=now.date(), format="YYYY-MM-DD", key="log.day")
        clock = st.time_input(_ask("time"), value=now.time().replace(second=0, microsecond=0), step=300,
                              key="log.time")
    return when or NOW, day, clock


def _details() -> dict:
    """The optional questions, folded away so the quick case fits one phone screen."""
    with st.expander(tr(MORE_DETAILS), icon=":material/expand_more:"):
        found = {"location_detail": st.text_input(_ask("location_detail"), max_chars=200).strip() or None}
        found["duration_min"] = st.number_input(_ask("duration_min"), min_value=0.0, max_value=24 * 60.0,
                                                value=None, step=0.5, placeholder=tr("e.g. 2"))
        for column in _CHOICES:
            found[column] = _choose(column)
        found["remedy_helped"] = st.segmented_control(_ask("remedy_helped"), schema.HELPED, width="stretch",
                                                      format_func=shown)
        st.caption(tr("Afterwards, did you notice:"))
        for column in _YES_NO_COLUMNS:
            found[column] = _yes_no(column)
        found["notes"] = st.text_area(_ask("notes"), max_chars=2000, height=80).strip() or None
    return found


def cramp_form() -> dict | None:
    """The quick form, one column with big controls; returns the new entry when it is submitted and
    its date and time are not in the future (a future one is refused, saying why)."""
    now = local_now()
    with st.form("log_cramp", clear_on_submit=True, enter_to_submit=False, border=False):
        when, day, clock = _when(now)
        location = st.selectbox(_ask("location"), PLACES, index=None, placeholder=tr("choose a body part"),
                                format_func=shown)
        side = st.segmented_control(_ask("side"), schema.SIDES, width="stretch", format_func=shown)
        severity = st.pills(_ask("severity"), SEVERITIES, key="log.severity")
        details = _details()
        submitted = st.form_submit_button(tr("Save this cramp"), type="primary", width="stretch",
                                          icon=":material/add_circle:")
    if not submitted:
        return None
    if when == LAST_NIGHT:
        day, clock = now.date() - dt.timedelta(days=1), None
    if clock is not None and dt.datetime.combine(day, clock) > now + dt.timedelta(minutes=1):
        st.error(tr("Not saved: {day} at {time} is still to come. Choose a time that has passed.",
                    day=day.isoformat(), time=clock.strftime("%H:%M")), icon=":material/event_busy:")
        return None
    return {**details, "date": day.isoformat(), "time": clock.strftime("%H:%M") if clock else None,
            "location": location or ("other" if details["location_detail"] else None), "side": side,
            "severity": None if severity is None else float(severity)}


def place_words(side: str | None, location: str | None) -> str:
    """"right calf", "both calves", "neck, both sides", or "a cramp" when no place was noted (in the language in
    use: "Wade rechts", "beide Waden")."""
    if not location:
        return tr("a cramp")
    if side == "both":
        return tr(_BOTH[location]) if location in _BOTH else tr("{place}, both sides", place=shown(location))
    if side == "left":
        return tr("left {place}", place=shown(location))
    if side == "right":
        return tr("right {place}", place=shown(location))
    return shown(location)


def save_entry(record: dict) -> None:
    """Add the entry to the diary; the first one puts the demo away (and says so, in a flash message)."""
    before = get_diary()
    base = None if before.is_demo else before.df
    set_diary(entries.add_entry(base, record), OWN_DIARY_NAME if before.is_demo else before.name)
    reset_editor()
    flash.add("success", lambda: saved_words(record), ":material/check_circle:")
    if before.is_demo:
        flash.add("info", lambda: tr("This is your first entry, so the demo diary has been put away: from now on "
                                     "the app shows **your own diary**."), ":material/swap_horiz:")


def saved_words(record: dict) -> str:
    """"Saved: right calf on 2026-03-02 at 06:15." in the language in use."""
    what = place_words(record.get("side"), record.get("location"))
    if record["time"]:
        return tr("Saved: {what} on {day} at {time}.", what=what, day=record["date"], time=record["time"])
    return tr("Saved: {what} on {day} (time not noted).", what=what, day=record["date"])
