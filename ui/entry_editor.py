"""The checked table editor of "Log a cramp": correct or delete entries, and undo the last deletion."""
from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd
import streamlit as st

from cramplog import schema
from cramplog.base import lang
from cramplog.base.lang import tr, tr_later, tr_n
from cramplog.base.words import n_entries
from cramplog.diary import entries
from cramplog.diary.entries import check_edits
from cramplog.diary.filters import date_bounds, filter_diary
from ui import flash
from ui.state import SessionDiary, revision, set_diary

_EDITOR_VERSION = "log.editor_version"
_UNDO = "log.undo"  # an Undo: the diary as it was before the last save that deleted entries
_MARKDOWN_SPECIAL = re.compile(r"[\\`*_{}\[\]()<>#+\-.!|~:$=]")

# What the table needs beyond the column spec: input rules that only an editor has.
_LOWEST, _HIGHEST = schema.SEVERITY_RANGE
_EDITOR_RULES = {
    "time": {"help": tr_later("24-hour clock, HH:MM"), "validate": r"^([01]\d|2[0-3]):[0-5]\d$"},
    "severity": {"min_value": _LOWEST, "max_value": _HIGHEST, "step": 0.5},
    "duration_min": {"min_value": 0},
}


def _editor_column(spec: schema.ColumnSpec):
    """One editor column from the column spec: its heading, its kind and (for a choice) its values, in the
    language in use. A choice cell shows its value translated and stores the English value itself."""
    rules = {k: tr(v) if k == "help" else v for k, v in _EDITOR_RULES.get(spec.name, {}).items()}
    heading = tr(spec.heading)
    if spec.kind == schema.Kind.DATE:
        return st.column_config.DateColumn(heading, format="YYYY-MM-DD", required=spec.name in schema.REQUIRED)
    if spec.kind == schema.Kind.CHOICE:  # in English the options are their own labels: no format_func needed
        shown = None if lang.current() == lang.SOURCE else schema.shown
        return st.column_config.SelectboxColumn(heading, options=spec.values, format_func=shown)
    if spec.kind == schema.Kind.NUMBER:  # the scale beside the heading unless the heading already names it
        scale = "" if spec.shown_as.lower() in spec.heading.lower() else f" {tr(spec.shown_as)}"
        return st.column_config.NumberColumn(heading + scale, format="%g", **rules)
    if spec.kind == schema.Kind.YES_NO:
        return st.column_config.CheckboxColumn(heading)
    return st.column_config.TextColumn(heading, **rules)


def editor_columns() -> dict:
    """The editor's columns, worded in the language in use (made on every run: the language may change)."""
    return {spec.name: _editor_column(spec) for spec in schema.SPEC}


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
        st.error(tr("These changes can't be saved yet:") + "\n\n" + "\n".join(f"- {plain(p)}" for p in problems),
                 icon=":material/error:")
        return None
    return checked


def _of(shown: int, total: int) -> str:
    """"1 of 1 entry", "50 of 120 entries": the noun agrees with the whole it counts."""
    return tr_n(total, "{shown} of {n} entry", "{shown} of {n} entries", shown=lang.number(shown))


@dataclass(frozen=True)
class Undo:
    before: SessionDiary  # the diary before the save
    deleted: int          # how many entries that save deleted
    revision: int         # the diary's revision right after it: any later change retires the undo


def _undo() -> None:
    undo: Undo = st.session_state.pop(_UNDO)
    set_diary(undo.before.df, undo.before.name)
    reset_editor()
    flash.add("success", lambda: tr("{entries} put back.", entries=n_entries(undo.deleted)),
              ":material/undo:")


def undo_button() -> None:
    """Offered after a save that deleted entries, until the diary changes in another way."""
    undo: Undo | None = st.session_state.get(_UNDO)
    if undo and undo.revision == revision():
        st.button(tr("Undo the last deletion ({entries})", entries=n_entries(undo.deleted)), icon=":material/undo:",
                  on_click=_undo)


def correct_entries(diary: SessionDiary, latest: int) -> None:
    """The diary's entries in an editor (the latest ones, or a chosen period); saves only checked edits."""
    shown = entries.latest(diary.df, latest)
    bounds = date_bounds(diary.df)
    if bounds and len(diary.df) > latest:
        latest_ones, choose = tr("Latest {count}", count=lang.number(latest)), tr("Choose dates")
        choice = st.segmented_control(tr("Entries shown"), [latest_ones, choose], default=latest_ones, required=True,
                                      width="stretch")
        if choice == choose:
            period = st.date_input(tr("From – to"), value=bounds, min_value=bounds[0], max_value=bounds[1])
            if len(period) == 2:
                shown = filter_diary(diary.df, *period)
    st.caption(tr("{entries} shown. Tap a cell to change it; tick a row's box and use the bin icon to delete it. "
                  "Changes are checked before they are saved.", entries=_of(len(shown), len(diary.df))))
    edited = st.data_editor(shown, key=editor_key(), num_rows="dynamic",
                            hide_index=True, column_config=editor_columns(), width="stretch")
    if not has_edits():
        return
    checked = validate_edits(edited)
    save, discard = st.columns(2)
    if save.button(tr("Save changes"), type="primary", width="stretch", icon=":material/check:",
                   disabled=checked is None):
        deleted = len(st.session_state[editor_key()].get("deleted_rows") or [])
        set_diary(entries.replace_entries(diary.df, shown.index, checked), diary.name)
        st.session_state[_UNDO] = Undo(diary, deleted, revision()) if deleted else None
        reset_editor()
        st.rerun()
    if discard.button(tr("Discard changes"), width="stretch"):
        reset_editor()
        st.rerun()
