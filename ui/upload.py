"""Loading a file as the diary: read it with the user's answers, then add it to the diary or replace it."""
from __future__ import annotations

import streamlit as st

from cramplog.base.lang import tr, tr_later, tr_n
from cramplog.base.words import n_entries
from cramplog.diary.merge import add_entries
from cramplog.read.load import LoadResult
from cramplog.read.parse_dates import DAY_FIRST, MONTH_FIRST
from cramplog.read.result import Format
from cramplog.schema import COLUMNS
from ui import flash, import_choices, keeping, state
from ui.state import SessionDiary

ROUND_KEY = "cramplog.upload_round"      # a new round gives an empty uploader (after "clear my data")
APPLIED_KEY = "cramplog.applied_upload"  # which upload + choices the session's diary came from
LEAVE = tr_later("(leave as it is)")
ORDER_LABELS = {DAY_FIRST: tr_later("Day first: 03/04/2026 is 3 April 2026"),
                MONTH_FIRST: tr_later("Month first: 03/04/2026 is March 4, 2026")}
ADD, REPLACE = tr_later("Add these entries to my diary"), tr_later("Replace my diary with this file")
REPLACE_DEMO = "replace the demo"


def upload_round() -> int:
    return st.session_state.get(ROUND_KEY, 0)


def uploader():
    return st.file_uploader(tr("Your diary file (CSV, TSV, TXT, Excel or OpenDocument spreadsheet, or an export of "
                               "Bearable, Flaredown, Daylio or Symptom Shark)"),
                            # .json is accepted only to say which CSV export to load instead (never read)
                            type=["csv", "tsv", "txt", "xlsx", "xls", "xlsm", "ods", "json"],
                            key=f"upload-{upload_round()}")


def _clear_my_data() -> None:
    state.clear_diary()
    st.session_state.pop(APPLIED_KEY, None)
    st.session_state[ROUND_KEY] = upload_round() + 1
    flash.add("success", tr("Your data was cleared from this session. The demo diary is showing again."),
              ":material/delete:")


def clear_button() -> None:
    """Back to the demo. While the diary is kept on this device, forgetting it (with a confirmation) comes first."""
    if not keeping.is_on():
        st.button(tr("Clear my data"), icon=":material/delete:", on_click=_clear_my_data,
                  help=tr("Forget the diary you loaded in this session and go back to the demo diary."))


def _mapping_step(result: LoadResult) -> dict[str, str]:
    """Let the user say what an unrecognised column holds; returns file header -> canonical column."""
    no_date = bool(result.unusable and result.format is Format.DIARY_TABLE)  # every column is offered, to name the date
    headers = result.headers if no_date else result.unplaced_columns
    if not headers:
        return {}
    st.header(tr("Which column holds the date?") if no_date else tr("Columns CrampLog did not recognise"))
    st.caption(tr("Say what each column holds and the file is read again. Columns left as they are stay in "
                  "your diary unchanged."))
    import_choices.proposals(headers)
    mapping = {}
    for header in headers:
        choice = st.selectbox(tr("Column “{header}” holds", header=header), [LEAVE, *COLUMNS],
                              format_func=lambda c: tr(LEAVE) if c == LEAVE else c, key=f"map-{upload_round()}-{header}")
        if choice != LEAVE:
            mapping[header] = choice
    return mapping


def read_with_answers(data: bytes) -> tuple[LoadResult, str | None, tuple]:
    """The file read with the user's answers: sheet, person, cramp names, columns and date order (each asked
    only when the file needs it). Returns the result, the date order and all the answers."""
    picks = import_choices.pick(data, upload_round())
    with st.spinner(tr("Reading your diary…")):
        result = import_choices.read(data, None, (), picks)
    mapping = tuple(sorted(_mapping_step(result).items()))
    if mapping:
        with st.spinner(tr("Reading your diary again with your columns…")):
            result = import_choices.read(data, None, mapping, picks)
    order = None
    if result.ambiguous_dates:
        order = st.radio(tr("Every date in your file can be read two ways. How are your dates written?"),
                         list(ORDER_LABELS), format_func=lambda o: tr(ORDER_LABELS[o]), index=None,
                         key=f"order-{upload_round()}")
        if order:
            with st.spinner(tr("Reading your dates…")):
                result = import_choices.read(data, order, mapping, picks)
    return result, order, (order, mapping, picks)


def _apply(result: LoadResult, name: str, before: SessionDiary, choice: str | None) -> tuple | None:
    """Make the file the diary; returns what to tell (see `_news`), None over the demo."""
    if choice == ADD:
        merged = add_entries(before.df, result.df)
        state.set_diary(merged.df, before.name)
        return ADD, merged.added, merged.already_there
    state.set_diary(result.df, name)
    return (REPLACE,) if choice == REPLACE else None  # over the demo: no news


def _news(told: tuple) -> str:
    """What adding or replacing did, said in the language in use when it is shown (kept over reruns)."""
    if told[0] == REPLACE:
        return tr("Your diary was replaced by this file.")
    _, added, there = told
    return tr_n(there, "Added {entries} to your diary; {n} was already in it and skipped.",
                "Added {entries} to your diary; {n} were already in it and skipped.", entries=n_entries(added))


def _ask(before: SessionDiary, file_id: str) -> str | None:
    if before.is_demo:
        return REPLACE_DEMO
    choice = st.radio(tr("You already have a diary ({entries}). What should this file do?",
                         entries=n_entries(len(before.df))),
                      [ADD, REPLACE], format_func=tr, index=None, key=f"add-or-replace-{upload_round()}-{file_id}")
    if choice is None:
        st.info(tr("Choose whether to add these entries or replace your diary; nothing changes until you do."),
                icon=":material/help:")
    return choice


def make_it_the_diary(result: LoadResult, upload, answers: tuple) -> bool:
    """Apply a read file: straight away over the demo, else after "add or replace?". True once applied.

    Reading the same file again with other answers (columns, date order) re-applies it to the diary it
    was first applied to, with the same choice, instead of asking again.
    """
    done = st.session_state.get(APPLIED_KEY)
    if done is None or done["file"] != upload.file_id:
        before = state.get_diary()
        choice = _ask(before, upload.file_id)
        if choice is None:
            return False
        done = {"file": upload.file_id, "answers": None, "before": before, "choice": choice}
    if done["answers"] != answers:
        done = {**done, "answers": answers, "message": _apply(result, upload.name, done["before"], done["choice"])}
        st.session_state[APPLIED_KEY] = done
    if done["message"]:
        st.success(_news(done["message"]), icon=":material/library_add:")
    return True
