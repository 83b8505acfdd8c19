"""Load your diary: upload a file, see what happened to every row, and make it the diary every page shows."""
import streamlit as st

from cramplog.present import diary_format
from cramplog.read.dates import DAY_FIRST, MONTH_FIRST
from cramplog.read.load import LoadResult
from cramplog.schema import COLUMNS
from ui import import_choices, notes, state
from ui.router import through_router

through_router()

ROUND_KEY = "cramplog.upload_round"      # a new round gives an empty uploader (after "clear my data")
APPLIED_KEY = "cramplog.applied_upload"  # which upload + choices the session's diary came from
CLEARED_KEY = "cramplog.cleared"
LEAVE = "(leave as it is)"
ORDER_LABELS = {DAY_FIRST: "Day first: 03/04/2026 is 3 April 2026",
                MONTH_FIRST: "Month first: 03/04/2026 is March 4, 2026"}
PREVIEW_ROWS, PROBLEM_ROWS = 20, 500
# The reason right after the line number, in rows tall enough to wrap, so a phone shows it without scrolling.
PROBLEM_COLUMNS = {
    "line": st.column_config.NumberColumn("Line", width="small", format="%d"),
    "message": st.column_config.TextColumn("What happened", width=260),  # fits a phone beside Line
    "column": st.column_config.TextColumn("Column"),
    "value": st.column_config.TextColumn("Value"),
    "severity": st.column_config.TextColumn("Kind"),
}
WRAPPED_ROW_HEIGHT = 92  # Streamlit wraps cell text only in rows taller than 4rem
PREVIEW_COLUMNS = {"date": st.column_config.DateColumn(format="YYYY-MM-DD")}  # no midnight time


def clear_my_data() -> None:
    state.clear_diary()
    st.session_state.pop(APPLIED_KEY, None)
    st.session_state[ROUND_KEY] = st.session_state.get(ROUND_KEY, 0) + 1
    st.session_state[CLEARED_KEY] = True


def clear_button() -> None:
    st.button("Clear my data", icon=":material/delete:", on_click=clear_my_data,
              help="Forget the diary you loaded in this session and go back to the demo diary.")


def format_help() -> None:
    with st.expander("The diary format: columns and accepted values", icon=":material/table:"):
        st.markdown("One row per cramp, with a header row. Only **date** is required; the other columns are "
                    "optional and may come in any order. Comma, semicolon or tab separated files from Excel, "
                    "Google Sheets, Numbers or a notes app all work, in any common encoding.")
        st.dataframe(diary_format.format_table(), hide_index=True, width="stretch")
        st.download_button("Download the template (CSV)", diary_format.template_bytes(),
                           file_name="cramplog_template.csv", mime="text/csv", icon=":material/download:")


def mapping_step(result: LoadResult) -> dict[str, str]:
    """Let the user say what an unrecognised column holds; returns file header -> canonical column."""
    no_date = bool(result.unusable and result.format == "diary table")  # every column is offered, to name the date
    headers = result.headers if no_date else result.unplaced_columns
    if not headers:
        return {}
    st.subheader("Which column holds the date?" if no_date else "Columns CrampLog did not recognise")
    st.caption("Say what each column holds and the file is read again. Columns left as they are stay in "
               "your diary unchanged.")
    import_choices.proposals(headers)
    mapping = {}
    for header in headers:
        choice = st.selectbox(f"Column “{header}” holds", [LEAVE, *COLUMNS], key=f"map-{upload_round()}-{header}")
        if choice != LEAVE:
            mapping[header] = choice
    return mapping


def upload_round() -> int:
    return st.session_state.get(ROUND_KEY, 0)


def summary(result: LoadResult) -> None:
    loaded, rejected, warnings = st.columns(3)
    loaded.metric("Rows loaded", f"{result.rows_loaded:,}")
    rejected.metric("Rows rejected", f"{result.rows_rejected:,}")
    warnings.metric("Warnings", f"{result.warnings:,}")
    st.caption(f"{result.rows_read:,} rows read, dated {result.first_date} to {result.last_date}. "
               "Rejected rows have no usable date or more cells than the header; a warning means one value "
               "was left empty and the rest of the row kept.")


def problems(result: LoadResult) -> None:
    if not result.problems:
        st.success("Every row was read without a problem.", icon=":material/check:")
        return
    st.subheader("What could not be used")
    table = result.problems_frame()
    st.dataframe(table.head(PROBLEM_ROWS), hide_index=True, width="stretch", column_order=list(PROBLEM_COLUMNS),
                 column_config=PROBLEM_COLUMNS, row_height=WRAPPED_ROW_HEIGHT)
    shown = f"The first {PROBLEM_ROWS} of {len(table):,} problems. " if len(table) > PROBLEM_ROWS else ""
    st.caption(f"{shown}Line numbers are the file's own: the header is line 1. An error means the row was not "
               "loaded; a warning means only that value was left empty.")


st.title("Load your diary")
st.caption(notes.PRIVACY + " Nothing is written to disk and no usage statistics are sent anywhere.")
if st.session_state.pop(CLEARED_KEY, False):
    st.success("Your data was cleared from this session. The demo diary is showing again.", icon=":material/delete:")
format_help()

upload = st.file_uploader("Your diary file (CSV, TSV, TXT, Excel or OpenDocument spreadsheet, or an export of "
                          "Bearable, Flaredown, Daylio or Symptom Shark)",
                          type=["csv", "tsv", "txt", "xlsx", "xls", "xlsm", "ods"],
                          key=f"upload-{upload_round()}")
if upload is None:
    diary = state.get_diary()
    notes.diary_source(diary)
    if not diary.is_demo:
        clear_button()
else:
    data = upload.getvalue()
    picks = import_choices.pick(data, upload_round())
    with st.spinner("Reading your diary…"):
        result = import_choices.read(data, None, (), picks)
    mapping = mapping_step(result)
    if mapping:
        with st.spinner("Reading your diary again with your columns…"):
            result = import_choices.read(data, None, tuple(sorted(mapping.items())), picks)
    order = None
    if result.ambiguous_dates:
        order = st.radio("Every date in your file can be read two ways. How are your dates written?",
                         list(ORDER_LABELS), format_func=ORDER_LABELS.get, index=None,
                         key=f"order-{upload_round()}")
        if order:
            with st.spinner("Reading your dates…"):
                result = import_choices.read(data, order, tuple(sorted(mapping.items())), picks)
    if result.unusable:
        st.error(result.unusable, icon=":material/error:")
        if result.problems:
            problems(result)
        notes.diary_source(state.get_diary())
    elif result.ambiguous_dates and order is None:
        st.info("Choose how your dates are written to finish loading. CrampLog does not guess, because the "
                "wrong choice would move cramps to other months.", icon=":material/help:")
        notes.diary_source(state.get_diary())
    else:
        applied = (upload.file_id, order, tuple(sorted(mapping.items())), picks)
        if st.session_state.get(APPLIED_KEY) != applied:
            state.set_diary(result.df, upload.name)
            st.session_state[APPLIED_KEY] = applied
        summary(result)
        import_choices.skipped_note(result)
        notes.diary_source(state.get_diary())
        problems(result)
        st.subheader("Your diary as CrampLog reads it")
        st.caption(f"The first {min(PREVIEW_ROWS, len(result.df))} of {len(result.df):,} entries.")
        st.dataframe(result.df.head(PREVIEW_ROWS), hide_index=True, width="stretch", column_config=PREVIEW_COLUMNS)
        clear_button()
notes.not_a_diagnosis()
