"""What the upload page shows about a file: the format help, the counts, the problems and a preview."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from cramplog.analyse.tables import NOT_NOTED
from cramplog.base.lang import tr, tr_later
from cramplog.base.words import number, plural
from cramplog.present import diary_format
from cramplog.present.values_read import values_read
from cramplog.read.load import LoadResult
from cramplog.schema import HEADINGS, VOCABULARIES

PREVIEW_ROWS, PROBLEM_ROWS = 20, 500
VALUES_READ_KEY = "cramplog.values_read"  # how the file shown last turned words into numbers, for the summary
PROBLEM_ORDER = ["line", "message", "column", "value", "severity"]
WRAPPED_ROW_HEIGHT = 92  # Streamlit wraps cell text only in rows taller than 4rem
# What a warning can mean, said once for the counts and the problem list.
WARNING_MEANS = tr_later("A warning keeps the row and says how one of its values was read: left empty, or read by "
                         "the rule its message states (a range, an “over” value, the day a form was sent).")
KINDS = {"error": tr_later("error"), "warning": tr_later("warning")}  # a problem's severity, as the table says it
FORMAT_HEADINGS = {"column": tr_later("Column"), "holds": tr_later("Holds"), "values": tr_later("Values"),
                   "also_accepted": tr_later("Also accepted")}


def problem_columns(workbook: bool) -> dict:
    """The reason right after the line number, in rows tall enough to wrap, so a phone shows it without
    scrolling; a workbook's problems are placed by the sheet's row."""
    return {
        "line": st.column_config.NumberColumn(tr("Row") if workbook else tr("Line"), width="small", format="%d"),
        "message": st.column_config.TextColumn(tr("What happened"), width=260),  # fits a phone beside Line
        "column": st.column_config.TextColumn(tr("Column")),
        "value": st.column_config.TextColumn(tr("Value")),
        "severity": st.column_config.TextColumn(tr("Kind")),
    }


def preview_columns() -> dict:
    """Headed as the column spec heads them; the date without a midnight time."""
    headings = {name: tr(heading) for name, heading in HEADINGS.items()}
    return {**headings, "date": st.column_config.DateColumn(headings["date"], format="YYYY-MM-DD")}


def format_help() -> None:
    with st.expander(tr("The diary format: columns and accepted values"), icon=":material/table:"):
        st.markdown(tr("One row per cramp, with a header row. Only **date** is required; the other columns are "
                       "optional and may come in any order. Comma, semicolon or tab separated files from Excel, "
                       "Google Sheets, Numbers or a notes app all work, in any common encoding."))
        st.dataframe(diary_format.format_table(), hide_index=True, width="stretch",
                     column_config={name: tr(heading) for name, heading in FORMAT_HEADINGS.items()})
        st.download_button(tr("Download the template (CSV)"), diary_format.template_bytes(),
                           file_name="cramplog_template.csv", mime="text/csv", icon=":material/download:")


def summary(result: LoadResult) -> None:
    loaded, rejected, warnings = st.columns(3)
    loaded.metric(tr("Rows loaded"), number(result.rows_loaded))
    rejected.metric(tr("Rows rejected"), number(result.rows_rejected))
    warnings.metric(tr("Warnings"), number(result.warnings))
    st.caption(tr("{rows} read, entries {dated}. Rejected rows have no usable date or more cells than the header.",
                  rows=plural(result.rows_read, "row"), dated=result.dated()) + " " + tr(WARNING_MEANS))
    said = st.session_state[VALUES_READ_KEY] = values_read(result.format)
    if said:  # words became numbers: say so here, and in the summary's footnote
        st.info(said, icon=":material/swap_horiz:")


def problems(result: LoadResult) -> None:
    if not result.problems:
        st.success(tr("Every row was read without a problem."), icon=":material/check:")
        return
    st.header(tr("What could not be used"))
    table = result.problems_frame()
    table["severity"] = [tr(KINDS.get(kind, kind)) for kind in table["severity"]]
    workbook = result.sheet is not None
    st.dataframe(table.head(PROBLEM_ROWS), hide_index=True, width="stretch", column_order=PROBLEM_ORDER,
                 column_config=problem_columns(workbook), row_height=WRAPPED_ROW_HEIGHT)
    said = [tr("The first {shown} of {count} problems.", shown=number(PROBLEM_ROWS), count=number(len(table)))
            ] if len(table) > PROBLEM_ROWS else []
    said += [tr("Rows are the sheet's own row numbers.") if workbook
             else tr("Line numbers are the file's own: the header is line 1."),
             tr("An error means the row was not loaded."), tr(WARNING_MEANS)]
    st.caption(" ".join(said))


def _cell(value: object, vocabulary: bool) -> str:
    """A value as the log form words it; a vocabulary word (calf, left, asleep) in the language in use."""
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)):
        return tr(NOT_NOTED)
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if isinstance(value, float):
        return number(value, 4)
    return tr(str(value)) if vocabulary else str(value)


def preview_table(df: pd.DataFrame) -> pd.DataFrame:
    """The entries as the log form words them: "not noted" where a value is missing (not "None"), yes/no, the
    vocabulary's words and numbers in the language in use; the user's own words (notes, a place's detail) as
    written."""
    out = df.copy()
    for column in out.columns.drop("date", errors="ignore"):
        vocabulary = column in VOCABULARIES
        out[column] = [_cell(v, vocabulary) for v in out[column].astype(object)]
    return out


def preview(result: LoadResult) -> None:
    st.header(tr("Your diary as CrampLog reads it"))
    st.caption(tr("The first {shown} of {count} entries.", shown=number(min(PREVIEW_ROWS, len(result.df))),
                  count=number(len(result.df))))
    st.dataframe(preview_table(result.df.head(PREVIEW_ROWS)), hide_index=True, width="stretch",
                 column_config=preview_columns())
