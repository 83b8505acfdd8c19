"""A diary table kept by a person (CSV, spreadsheet, form responses): every row is a cramp.

Columns are placed by their names (any of the spec's header words, a question's key words, the user's mapping);
without a date column, a column whose values are dates is used. Columns left unplaced are kept as written.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from cramplog.base.canonical import CRAMP_FREE_COLUMN, restore_text  # "yes": a day kept without cramps
from cramplog.base.lang import tr, tr_later
from cramplog.base.words import number, plural
from cramplog.read import parse_dates as dates
from cramplog.read import parse_values as values
from cramplog.read.convert_cells import Finding
from cramplog.read.formats import base
from cramplog.read.headers import date_phrase_rank, header_key, is_timestamp, match_headers
from cramplog.read.problems import Severity
from cramplog.read.result import Format
from cramplog.read.source import Source
from cramplog.read.text_table import TextColumn, Unusable

NAME = Format.DIARY_TABLE
CRAMP_FREE_ROW = tr_later("a day marked cramp-free (no cramp that day)")
HEADERLESS = tr_later("The first row holds values, not column names. Add a header row such as "
                      "date,time,location,severity above your cramps; the template on this page shows one.")


def recognise(keys: list[str]) -> bool:
    return True  # the fallback: any table not recognised as an app's export


def adapt(source: Source, choices: base.Choices) -> base.Adapted:
    headers, every_row, free = _without_cramp_free_rows(source)
    texts = every_row if free is None else [column.take(np.flatnonzero(~free)) for column in every_row]
    placed = _place(headers, texts, choices)
    findings, stamp = _stamp_for_empty_dates(headers, texts, placed)
    hint = dates.order_hint(headers[placed["date"]])
    unplaced = [i for i in range(len(headers)) if i not in placed.values() and texts[i].filled().any()]
    columns = {headers[i]: name for name, i in sorted(placed.items(), key=lambda kv: kv[1])}
    if stamp is not None:  # the form's Timestamp gave the date of the answers that left it empty: it was used
        columns[headers[stamp]] = "date"
    return base.Adapted(
        cells={name: texts[i] for name, i in placed.items()}, keep=slice(None) if free is None else np.flatnonzero(~free),
        columns=columns, date_hint=hint,
        extra=[(headers[i], texts[i]) for i in unplaced],  # by position: two columns may share a name
        unused=[h for i, h in enumerate(headers) if i not in placed.values() and i != stamp],
        summary=_summary(source, free), findings=findings,
        skipped={tr(CRAMP_FREE_ROW): int(free.sum())} if free is not None and free.any() else {},
        kept_dates=None if free is None else every_row[placed["date"]].take(np.flatnonzero(free)).series())


def _summary(source: Source, free: np.ndarray | None) -> str:
    """"A diary table: 12 rows, each a cramp", or with the cramps and the days marked cramp-free counted."""
    if free is None:
        return tr("A diary table: {rows}, each a cramp", rows=plural(source.rows, "row"))
    return tr("A diary table: {rows}, {cramps} cramps and {free} days marked cramp-free", rows=plural(source.rows, "row"),
              cramps=number(int((~free).sum())), free=number(int(free.sum())))


def _without_cramp_free_rows(source: Source) -> tuple[list[str], list[TextColumn], np.ndarray | None]:
    """(headers, every row's texts, which rows are cramp-free days or None) for CrampLog's own column of
    cramp-free days (see base/canonical.py), which is left out of the headers and texts; a file without it
    is all cramps, as always."""
    headers = list(source.headers)
    texts = [_unguard(column) for column in source.cells[:len(headers)]]
    at = next((i for i, h in enumerate(headers) if header_key(h) == header_key(CRAMP_FREE_COLUMN)), None)
    if at is None:
        return headers, texts, None
    free = values.yes_no(texts[at].series()).fillna(False).to_numpy(bool)
    del headers[at], texts[at]
    return headers, texts, free


def _stamp_for_empty_dates(headers: list[str], texts: list[TextColumn],
                           placed: dict[str, int]) -> tuple[list[Finding], int | None]:
    """A form's answer with the cramp's date left empty takes the day the form was sent (its Timestamp), with a
    warning; only the day: the time it was sent is not the cramp's time. Returns the warnings and the Timestamp
    column's position when it gave a date (None when it gave none)."""
    at = placed["date"]
    stamp = next((i for i, h in enumerate(headers) if is_timestamp(h) and i not in placed.values()), None)
    empty = ~texts[at].filled()
    if stamp is None or date_phrase_rank(headers[at]) is None or not (empty & texts[stamp].filled()).any():
        return [], None
    day = texts[stamp].series().str.extract(r"^\s*(\S+)")[0].fillna("")
    used = empty & day.ne("").to_numpy(bool)
    texts[at] = TextColumn.of(texts[at].series().where(~used, day))
    return [Finding(used, "date", Severity.WARNING,
                    tr_later("The cramp's date was left empty; the day the form was sent ({value}) was used."))], stamp


def _place(headers: list[str], texts: list[TextColumn], choices: base.Choices) -> dict[str, int]:
    """Canonical column -> file column index; raises Unusable when no column can hold the date."""
    placed = match_headers(headers, choices.mapping)
    user_date = "date" in (choices.mapping or {}).values()
    order = choices.date_order
    if "date" in placed and not user_date and date_phrase_rank(headers[placed["date"]]) is not None:
        # A date question whose answers are not dates ("Day of week": Monday) gives the date back to the Timestamp.
        stamp = next((i for i, h in enumerate(headers) if is_timestamp(h) and i not in placed.values()), None)
        if stamp is not None and not _mostly_dates(texts[placed["date"]], order, share=0.5):
            placed["date"] = stamp
    if "date" not in placed:
        if dates.parse_dates(pd.Series(headers, dtype="str"), order).date.notna().any():
            raise Unusable(tr(HEADERLESS))
        guess = next((i for i, column in enumerate(texts)
                      if i not in placed.values() and _mostly_dates(column, order)), None)
        if guess is None:
            raise Unusable(_no_date_message(headers))
        placed["date"] = guess
    return placed


def _unguard(column: TextColumn) -> TextColumn:
    """Undo the apostrophe a formula-safe export puts before text like '=1+2 (exact round trip)."""
    if not column.texts.str.startswith("'").any():
        return column
    return TextColumn.of(pd.Series(column.texts.map(restore_text).to_numpy()[column.codes], dtype="str"))


def _mostly_dates(column: TextColumn, order, share: float = 0.8) -> bool:
    """At least `share` of the first 200 filled cells are dates."""
    sample = column.take(slice(0, 200)).series()
    sample = sample[sample.ne("")]
    return bool(len(sample)) and dates.parse_dates(sample, order).date.notna().mean() >= share


def _no_date_message(headers: list[str]) -> str:
    return tr("No column holds dates. The columns found are: {columns}. Name your date column 'date' (or pick it in "
              "the mapping step), with dates like 2026-04-01.", columns=", ".join(headers[:12]))
