"""Turn the text cells of placed columns into canonical values, noting every value that could not be used."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from cramplog.base.lang import tr, tr_later
from cramplog.base.words import number, plural
from cramplog.read import parse_dates as dates
from cramplog.read import parse_values as values
from cramplog.read.lexicon import values as vocab
from cramplog.read.problems import Severity
from cramplog.read.text_table import TextColumn
from cramplog.schema import SEVERITY_RANGE, VOCABULARIES, YES_NO_COLUMNS

_VOCAB_WORDS = {
    "side": vocab.SIDE_WORDS, "context": vocab.CONTEXT_WORDS, "trigger": vocab.TRIGGER_WORDS,
    "remedy": vocab.REMEDY_WORDS, "remedy_helped": vocab.HELPED_WORDS,
}


@dataclass
class Finding:
    """One kind of problem, on every row where `rows` is True."""
    rows: np.ndarray
    column: str | None
    severity: Severity  # ERROR rejects the row; WARNING blanks (or reads by a rule) the value and keeps the row
    message: str   # an English text for `tr` (marked with tr_later): may use {value}, {stored} when `stored` is
    stored: pd.Series | None = None  # given, and the names in `values`; per row, the value kept for it in words
    values: dict[str, str] = field(default_factory=dict)  # the message's other placeholders, the same for every row


@dataclass
class Columns:
    values: dict[str, pd.Series]
    findings: list[Finding] = field(default_factory=list)
    date_order_used: str | None = None
    ambiguous_dates: bool = False


def by_unique(column: TextColumn, parse: Callable[[pd.Series], pd.Series | pd.DataFrame]):
    """Parse each distinct text once and give every row its result (diaries repeat values a lot): a Series, or
    for a parse giving a DataFrame a dict of its columns."""
    return spread(parse(column.texts), column.codes)


def spread(per_text: pd.Series | pd.DataFrame, codes: np.ndarray):
    """Every row's value of a result given per distinct text (`codes`: each row's text), column by column."""
    if isinstance(per_text, pd.DataFrame):
        return {name: _take(per_text[name], codes) for name in per_text.columns}
    return _take(per_text, codes)


def _take(values: pd.Series, codes: np.ndarray) -> pd.Series:
    """The values at `codes` as a new Series, taken on the array: no index taken, nothing copied twice."""
    if isinstance(values.dtype, np.dtype):
        return pd.Series(values.to_numpy()[codes], name=values.name, copy=False)
    return pd.Series(values.array.take(codes), name=values.name, copy=False)


def text_or_missing(texts: pd.Series) -> pd.Series:
    return texts.where(texts.ne(""))


def read_columns(cells: dict[str, TextColumn], date_order: str | None, date_hint: str | None = None) -> Columns:
    """`cells` maps canonical column -> the file's texts for it; `date_hint` is the order the date
    column's name states, used when every date could be read either way."""
    out = Columns({})
    _read_date(cells["date"], date_order, out, date_hint)
    if "time" in cells:
        _read_time(cells["time"], out)
    _read_places(cells, out)
    for name, words in _VOCAB_WORDS.items():
        if name in cells:
            both = values.first_known(cells[name].texts, words)
            read = both["value"]
            _warn(out, _rows(cells[name], _filled(cells[name]) & read.isna()), name,
                  tr_later("'{value}' is not one of: {allowed}; it was left empty."),
                  values={"allowed": ", ".join(VOCABULARIES[name])})
            _warn(out, _rows(cells[name], both["several"]), name,
                  tr_later("'{value}' holds several answers; the first one CrampLog knows was kept."))
            read = spread(read, cells[name].codes)
            out.values[name] = read.fillna(out.values[name]) if name in out.values else read
    if "severity" in cells:
        _read_severity(cells["severity"], out)
    if "duration_min" in cells:
        _read_duration(cells["duration_min"], out)
    for name in YES_NO_COLUMNS:
        if name in cells:
            answer = values.yes_no(cells[name].texts)
            _warn(out, _rows(cells[name], _filled(cells[name]) & answer.isna()), name,
                  tr_later("'{value}' is not yes or no (y/n, true/false and 1/0 work too); it was left empty."))
            out.values[name] = spread(answer, cells[name].codes)
    if "notes" in cells:
        _some_text(cells["notes"], "notes", out)
    return out


def _read_places(cells: dict[str, TextColumn], out: Columns) -> None:
    if "location" in cells:
        place = values.locations(cells["location"].texts)
        out.values["location"] = spread(place["region"], cells["location"].codes)
        for name, part in (("location_detail", "detail"), ("side", "side")):
            if place[part].notna().any():  # a column no place filled is left to be added empty
                out.values[name] = spread(place[part], cells["location"].codes)
    if "location_detail" in cells:  # the user's own detail column is kept as written
        _some_text(cells["location_detail"], "location_detail", out)


def _some_text(texts: TextColumn, name: str, out: Columns) -> None:
    """A column of free text kept as written, filling the gaps of what `out` holds for it already (a place's
    detail); a column of empty cells adds nothing (the diary's frame adds its columns empty)."""
    own = text_or_missing(texts.texts)
    if own.notna().any():
        own = spread(own, texts.codes)
        out.values[name] = own.fillna(out.values[name]) if name in out.values else own


def _read_severity(texts: TextColumn, out: Columns) -> None:
    severity = values.number(texts.texts)
    low, high = SEVERITY_RANGE
    _warn(out, _rows(texts, _filled(texts) & severity.isna()), "severity",
          tr_later("'{value}' is not a number; severity is a number from 0 to 10. It was left empty."))
    outside = ~severity.between(low, high).to_numpy(bool) & severity.notna().to_numpy(bool)
    _warn(out, _rows(texts, outside), "severity", tr_later("{value} is outside the 0 to 10 scale; it was left empty."))
    out.values["severity"] = spread(severity.where(~outside), texts.codes)


def _read_duration(texts: TextColumn, out: Columns) -> None:
    read = values.durations(texts.texts)
    minutes, rule = read["minutes"], read["rule"].to_numpy()
    _warn(out, _rows(texts, _filled(texts) & minutes.isna()), "duration_min",
          tr_later("'{value}' is not a duration (write minutes like 2 or 1.5, or 90s, 1m30s, 1:30); it was left empty."))
    by_rule = (rule == "range") | (rule == "over")  # only these warnings name the value stored
    stored = spread(minutes.where(by_rule).map(minutes_text, na_action="ignore"), texts.codes) if by_rule.any() else None
    _warn(out, _rows(texts, rule == "range"), "duration_min",
          tr_later("'{value}' is a range; it was read as the middle of the range, {stored}."), stored)
    _warn(out, _rows(texts, rule == "over"), "duration_min",
          tr_later("'{value}' was read as longer than the number written; it was stored as {stored}, just over it."),
          stored)
    out.values["duration_min"] = spread(minutes, texts.codes)


def minutes_text(minutes: float) -> str:
    """A stored duration in words: "11 minutes", "2.5 minutes", "0.5167 minutes (31 seconds)"."""
    if pd.isna(minutes):
        return ""
    whole = float(minutes).is_integer()
    text = plural(int(minutes), "minute") if whole else tr("{minutes} minutes", minutes=number(minutes, 4))
    seconds = minutes * 60
    if minutes < 1 and abs(seconds - round(seconds)) < 0.01:
        text += f" ({plural(round(seconds), 'second')})"
    return text


def _read_time(texts: TextColumn, out: Columns) -> None:
    time = dates.parse_times(texts.texts)
    end_of_day = texts.texts.str.strip().str.match(dates.END_OF_DAY).to_numpy(bool)
    if end_of_day.any():  # 24:00 is midnight at the end of the row's day: 00:00 of the next
        time = time.mask(end_of_day, "00:00")
        rows = end_of_day[texts.codes]
        out.values["date"] = out.values["date"].mask(rows, out.values["date"] + pd.Timedelta(days=1))
    _warn(out, _rows(texts, _filled(texts) & time.isna()), "time",
          tr_later("'{value}' is not a time of day (use 22:15 or 10:15 PM); the time was left empty."))
    time = spread(time, texts.codes)
    out.values["time"] = time.fillna(out.values["time"]) if "time" in out.values else time


def _read_date(texts: TextColumn, order: str | None, out: Columns, hint: str | None) -> None:
    codes = texts.codes
    parsed = dates.parse_dates(texts.texts, order, hint)
    out.values["date"] = spread(parsed.date, codes)
    if parsed.time.notna().any():  # times written with the dates; else the diary's frame adds the column empty
        out.values["time"] = spread(parsed.time, codes)
    out.date_order_used, out.ambiguous_dates = parsed.order_used, parsed.ambiguous
    missing = parsed.date.isna().to_numpy(bool)[codes]
    empty = ~_filled(texts)[codes]
    wrong = parsed.wrong_order.to_numpy(bool)[codes]
    used = ORDER_WORDS[parsed.order_used or dates.MONTH_FIRST]
    other = ORDER_WORDS[dates.MONTH_FIRST if parsed.order_used == dates.DAY_FIRST else dates.DAY_FIRST]
    out.findings += [finding for finding in [
        Finding(missing & empty, "date", Severity.ERROR,
                tr_later("The date is empty, so this cramp cannot be placed in time.")),
        Finding(missing & wrong, "date", Severity.ERROR,
                tr_later("'{value}' only makes sense {other}, but the file's other dates are {used}."),
                values={"other": tr(other), "used": tr(used)}),
        Finding(missing & ~empty & ~wrong, "date", Severity.ERROR,
                tr_later("'{value}' is not a date CrampLog can read (use 2026-04-01, 01.04.2026 or 04/01/2026).")),
    ] if finding.rows.any()]


# The two orders of a numeric date, in words.
ORDER_WORDS = {dates.DAY_FIRST: tr_later("day-first (day/month/year)"),
               dates.MONTH_FIRST: tr_later("month-first (month/day/year)")}


def _filled(texts: TextColumn) -> np.ndarray:
    """Per distinct text: True when it is not an empty cell."""
    return texts.texts.to_numpy(dtype=object) != ""


def _rows(texts: TextColumn, per_text: np.ndarray | pd.Series) -> np.ndarray | None:
    """Per row, whether its text is one of those flagged; None when no text is (no row to look at)."""
    flags = per_text.to_numpy(bool) if isinstance(per_text, pd.Series) else np.asarray(per_text, bool)
    return flags[texts.codes] if flags.any() else None


def _warn(out: Columns, rows: np.ndarray | None, column: str, message: str, stored: pd.Series | None = None,
          values: dict[str, str] | None = None) -> None:
    if rows is not None and rows.any():
        out.findings.append(Finding(rows, column, Severity.WARNING, message, stored, values or {}))
