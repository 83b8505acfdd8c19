"""What a file may need the user to say before it becomes their diary: which sheet, whose diary (a file of
several people), which names are muscle cramps, and, for a column not recognised, the closest canonical one.

`pick` shows only the questions this file raises and returns the answers as `Picks`, which the page passes to
`read` (cached per session and language, like every read of a user's file: its messages are in the language in
use).
"""
from __future__ import annotations

import hashlib
from typing import NamedTuple

import streamlit as st

from cramplog.base import lang
from cramplog.base.lang import tr
from cramplog.base.words import plural
from cramplog.read.headers import propose_column
from cramplog.read.lexicon.cramps import NOT_MUSCLE_KINDS
from cramplog.read.load import LoadResult, load_diary

NAME_BOXES_TALL = 12  # more names than this scroll inside a box, so the page stays short on a phone


class Picks(NamedTuple):
    sheet: str | None = None
    person: str | None = None
    names: tuple[str, ...] | None = None  # None: the default cramp names


def read(data: bytes, date_order: str | None, mapping: tuple[tuple[str, str], ...], picks: Picks) -> LoadResult:
    """The file read with these answers, its messages in the language in use."""
    return _read(data, date_order, mapping, picks, lang.current())


@st.cache_data(scope="session", show_spinner=False, max_entries=8)
def _read(data: bytes, date_order: str | None, mapping: tuple[tuple[str, str], ...], picks: Picks,
          language: str) -> LoadResult:
    # Session scope: one person's diary is never served to another session. The language is in the key, as the
    # result's messages are written in it.
    with lang.speaking(language):
        return load_diary(data, date_order=date_order, mapping=dict(mapping), sheet=picks.sheet, person=picks.person,
                          names=picks.names)


def pick(data: bytes, upload_round: int) -> Picks:
    """Ask what this file needs (sheet, person, cramp names) and return the answers."""
    tag = f"{upload_round}-{hashlib.sha1(data).hexdigest()[:12]}"
    result = read(data, None, (), Picks())
    recognised = st.empty()  # filled last, with the counts for the person and names chosen
    sheet = _sheet(result, tag)
    if sheet != result.sheet:
        result = read(data, None, (), Picks(sheet=sheet))
    if result.sheet is not None:
        st.caption(tr("Read from the sheet “{sheet}”: the line numbers below are that sheet's row numbers.",
                      sheet=result.sheet))
    person = _person(result, tag)
    if person is not None:
        result = read(data, None, (), Picks(sheet, person))
    names = _names(result, tag)
    if names is not None:
        result = read(data, None, (), Picks(sheet, person, names))
    if result.format and result.format.is_app_export:
        recognised.info(f"{result.summary}.", icon=":material/fact_check:")
    return Picks(sheet, person, names)


def _sheet(result: LoadResult, tag: str) -> str | None:
    if len(result.sheets) < 2:
        return result.sheet
    return st.selectbox(tr("Which sheet holds your diary?"), result.sheets, index=result.sheets.index(result.sheet)
                        if result.sheet in result.sheets else 0, key=f"sheet-{tag}",
                        help=tr("The first sheet with data is read unless you choose another."))


def _person(result: LoadResult, tag: str) -> str | None:
    if not result.people:
        return None
    said = {person.ids[0]: person.said() for person in result.people_listed}  # most rows first
    return st.selectbox(tr("This file holds the diaries of {people} people. Whose diary is yours?",
                           people=lang.number(len(said))), list(said),
                        index=None, placeholder=tr("Choose a person"), key=f"person-{tag}", format_func=said.get,
                        help=tr("Each person with their identifier, how many rows they have and their first and last "
                                "date."))


def _names(result: LoadResult, tag: str) -> tuple[str, ...] | None:
    """One tick box per name found, ticked for the names read as muscle cramps by default."""
    if not result.names_found:
        return None
    default = set(result.names_used or [])
    st.header(tr("Which of these are your muscle cramps?"))
    st.caption(tr("Every name in the file, with how many rows carry it. Names with a cramp word are ticked, except "
                  "{kinds}. Only ticked rows become cramps; the rest are counted as skipped.",
                  kinds=tr(NOT_MUSCLE_KINDS)))
    box = st.container(height=420 if len(result.names_found) > NAME_BOXES_TALL else "content")
    ticked = tuple(name for i, (name, rows) in enumerate(result.names_found.items())
                   if box.checkbox(f"{name} ({_rows(rows)})", value=name in default, key=f"name-{tag}-{i}"))
    return None if set(ticked) == default else ticked


def _rows(n: int) -> str:
    return plural(n, "row")


def skipped_note(result: LoadResult) -> None:
    """The rows skipped, by reason, so nothing is dropped silently."""
    if result.rows_skipped:
        st.caption(result.skipped_text())


def proposals(headers: list[str]) -> None:
    """For columns not recognised, the canonical column whose name is closest in spelling."""
    close = [(header, column) for header in headers if (column := propose_column(header))]
    if close:
        st.caption(tr("Closest names: {names}.", names="; ".join(tr("“{header}” looks like **{column}**", header=h,
                                                                    column=c) for h, c in close)))
