"""What the upload page shows about a file: the format help, the counts, the problems and a preview."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from cramplog.analyse.tables import NOT_NOTED
from cramplog.base.words import plural
from cramplog.present import diary_format
from cramplog.present.values_read import values_read
from cramplog.read.load import LoadResult
from cramplog.schema import HEADINGS

PREVIEW_ROWS, PROBLEM_ROWS = 20, 500
VALUES_READ_KEY = "cramplog.values_read"  # how the file shown last turned words into numbers, for the summary
# The reason right after the line number, in rows tall enough to wrap, so a phone shows it without scrolling.
PROBLEM_COLUMNS = {
    "line": st.column_config.NumberColumn("Line", width="small", format="%d"),
    "message": st.column_config.TextColumn("What happened", width=260),  # fits a phone beside Line
    "column": st.column_config.TextColumn("Column"),
    "value": st.column_config.TextColumn("Value"),
    "severity": st.column_config.TextColumn("Kind"),
}
WRAPPED_ROW_HEIGHT = 92  # Streamlit wraps cell text only in rows taller than 4rem
# Headed as the column spec heads them; the date without a midnight time.
# What a warning can mean, said once for the counts and the problem list.
WARNING_MEANS = ("A warning keeps the row and says how one of its values was read: left empty, or read by the rule "
                 "its message states (a range, an “over” value, the day a form was sent).")
PREVIEW_COLUMNS = {**HEADINGS, "date": st.column_config.DateColumn(HEADINGS["date"], format="YYYY-MM-DD")}


def format_help() -> None:
    with st.expander("The diary format: columns and accepted values", icon=":material/table:"):
        st.markdown("One row per cramp, with a header row. Only **date** is required; the other columns are "
                    "optional and may come in any order. Comma, semicolon or tab separated files from Excel, "
                    "Google Sheets, Numbers or a notes app all work, in any common encoding.")
        st.dataframe(diary_format.format_table(), hide_index=True, width="stretch")
        st.download_button("Download the template (CSV)", diary_format.template_bytes(),
                           file_name="cramplog_template.csv", mime="text/csv", icon=":material/download:")


def summary(result: LoadResult) -> None:
    loaded, rejected, warnings = st.columns(3)
    loaded.metric("Rows loaded", f"{result.rows_loaded:,}")
    rejected.metric("Rows rejected", f"{result.rows_rejected:,}")
    warnings.metric("Warnings", f"{result.warnings:,}")
    st.caption(f"{plural(result.rows_read, 'row')} read, entries {result.dated()}. "
               f"Rejected rows have no usable date or more cells than the header. {WARNING_MEANS}")
    said = st.session_state[VALUES_READ_KEY] = values_read(result.format)
    if said:  # words became numbers: say so here, and in the summary's footnote
        st.info(said, icon=":material/swap_horiz:")


def problems(result: LoadResult) -> None:
    if not result.problems:
        st.success("Every row was read without a problem.", icon=":material/check:")
        return
    st.header("What could not be used")
    table = result.problems_frame()
    workbook = result.sheet is not None
    columns = {**PROBLEM_COLUMNS, "line": st.column_config.NumberColumn("Row", width="small", format="%d")
               } if workbook else PROBLEM_COLUMNS
    st.dataframe(table.head(PROBLEM_ROWS), hide_index=True, width="stretch", column_order=list(PROBLEM_COLUMNS),
                 column_config=columns, row_height=WRAPPED_ROW_HEIGHT)
    shown = f"The first {PROBLEM_ROWS} of {len(table):,} problems. " if len(table) > PROBLEM_ROWS else ""
    where = ("Rows are the sheet's own row numbers." if workbook
             else "Line numbers are the file's own: the header is line 1.")
    st.caption(f"{shown}{where} An error means the row was not loaded. {WARNING_MEANS}")


def _cell(value: object) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)):
        return NOT_NOTED
    if isinstance(value, bool):
        return "yes" if value else "no"
    return f"{value:g}" if isinstance(value, float) else str(value)


def preview_table(df: pd.DataFrame) -> pd.DataFrame:
    """The entries as the log form words them: "not noted" where a value is missing (not "None"), yes/no."""
    out = df.copy()
    for column in out.columns.drop("date", errors="ignore"):
        out[column] = [_cell(v) for v in out[column].astype(object)]
    return out


def preview(result: LoadResult) -> None:
    st.header("Your diary as CrampLog reads it")
    st.caption(f"The first {min(PREVIEW_ROWS, len(result.df))} of {len(result.df):,} entries.")
    st.dataframe(preview_table(result.df.head(PREVIEW_ROWS)), hide_index=True, width="stretch",
                 column_config=PREVIEW_COLUMNS)
