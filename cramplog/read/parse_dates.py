"""Read the dates and times people write: ISO, day-first, month-first, month names, 24 h and 12 h clocks.

Each function takes the distinct texts of a column (a str Series) and returns one result row per text;
the loader broadcasts results to every row, so work grows with distinct values, not with rows.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from cramplog.read.lexicon.months import MONTH_WORDS

DAY_FIRST, MONTH_FIRST = "day-first", "month-first"
ORDERS = (DAY_FIRST, MONTH_FIRST)

# 2026-04-01, 31.12.2026, 12/31/26 ..., then an optional time after a space, "T" or comma. RE2-safe (no backrefs).
_NUMERIC_DATE = (r"^(?P<a>\d{1,4})(?P<sep>[./-])(?P<b>\d{1,2})[./-](?P<c>\d{1,4})\.?"
                 r"(?:(?:[T ]|,\s*)+(?P<rest>.*))?$")
_TIME = (r"^(?P<h>\d{1,2})(?:[:.h](?P<m>\d{2}))?(?:[:.](?P<s>\d{2})(?:[.,]\d+)?)?\s*"
         r"(?P<ampm>[AaPp])?\.?\s*[Mm]?\.?\s*(?:Z|[+-]\d{2}:?\d{2})?$")
_MONTH_NAME = r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\b|\d)"


# "Date (dd/mm/yyyy)", "Datum (TT.MM.JJJJ)", "Fecha (DD/MM/AAAA)", "Data (GG/MM/AAAA)": the order a header states.
_ORDER_HINT = r"(?i)(?<![a-z])(([a-z])\2{0,3})[./ -](([a-z])\4{0,3})[./ -](([a-z])\6{0,3})(?![a-z])"
_DAY_LETTERS, _YEAR_LETTERS = set("dtjg"), set("yja")


def order_hint(header: str) -> str | None:
    """The day/month order a column name spells out, like "Date (dd/mm/yyyy)"; None when it states none."""
    for found in re.finditer(_ORDER_HINT, str(header)):
        tokens = [found.group(i).lower() for i in (1, 3, 5)]
        if [t[0] for t in tokens].count("m") != 1:
            continue
        # The year is four letters, or y/a (French "jj/mm/aa"); German "jj" is the year only beside "tt".
        year = [i for i, t in enumerate(tokens) if t[0] != "m" and (len(t) == 4 or t[0] in "ya")]
        if len(year) != 1:
            year = [i for i, t in enumerate(tokens) if t[0] == "j" and any(u[0] == "t" for u in tokens)]
        day = [i for i, t in enumerate(tokens) if t[0] in _DAY_LETTERS and i not in year]
        if year == [2] and len(day) == 1 and tokens[2][0] in _YEAR_LETTERS:  # year-first dates are never ambiguous
            return DAY_FIRST if day[0] < [t[0] for t in tokens].index("m") else MONTH_FIRST
    return None


@dataclass
class ParsedDates:
    date: pd.Series        # datetime64 at midnight, NaT when unreadable
    time: pd.Series        # "HH:MM" from a timestamp, NaN when the text has no time
    order_used: str | None  # the day/month order applied to numeric dates, None when none needed it
    ambiguous: bool         # every numeric date read either way: the order was assumed
    wrong_order: pd.Series  # bool: readable only in the order the rest of the file does not use


def parse_dates(texts: pd.Series, order: str | None = None, hint: str | None = None) -> ParsedDates:
    """Dates (and any time written with them) from distinct texts; `order` None means work it out.
    `hint` (the order the column's name states) settles dates that can all be read either way."""
    texts = texts.astype("str").str.strip().reset_index(drop=True)
    n = len(texts)
    parts = texts.str.extract(_NUMERIC_DATE)
    a, b, c = (pd.to_numeric(parts[k], errors="coerce") for k in ("a", "b", "c"))
    year_first = parts["a"].str.len().eq(4).fillna(False).to_numpy(bool)
    numeric = parts["a"].notna().to_numpy(bool) & ~year_first
    dotted = numeric & parts["sep"].eq(".").fillna(False).to_numpy(bool)
    only_day_first = numeric & (((a > 12) & (b <= 12)).fillna(False).to_numpy(bool) | dotted)
    only_month_first = numeric & ((b > 12) & (a <= 12)).fillna(False).to_numpy(bool) & ~dotted
    ambiguous = False
    if order not in ORDERS:
        if only_day_first.any() or only_month_first.any():
            order = DAY_FIRST if only_day_first.sum() > only_month_first.sum() else MONTH_FIRST
        elif numeric.any():
            order, ambiguous = (hint, False) if hint in ORDERS else (MONTH_FIRST, True)
        else:
            order = None
    day_first = order == DAY_FIRST
    year = np.where(year_first, a, c)
    two_digit = ~year_first & parts["c"].str.len().eq(2).to_numpy(bool)
    year = np.where(two_digit, 2000 + year, year)  # 26 is 2026 (a diary is this century); 0001 stays year 1
    month = np.where(year_first, b, a if not day_first else b)
    day = np.where(year_first, c, b if not day_first else a)
    valid_year = year_first | parts["c"].str.len().isin([2, 4]).to_numpy(bool)
    date = _from_parts(year, month, day, valid_year & (year_first | numeric))
    date, time = _with_clock(date, parts["rest"].fillna(""))
    date, time = _worded(texts, day_first, date, time)
    wrong = (only_month_first if day_first else only_day_first) if order else np.zeros(n, bool)
    return ParsedDates(date, time, order, ambiguous, pd.Series(wrong & date.isna().to_numpy(bool)))


END_OF_DAY = r"^24[:.h]?00(?:[:.]00)?$"


def _with_clock(date: pd.Series, rest: pd.Series) -> tuple[pd.Series, pd.Series]:
    """The time written after a date; "2026-03-04 24:00" is midnight at the end of that day (00:00 of the next);
    a date followed by words that are not a time ("2026-04-01 soon") is not a date."""
    if not rest.ne("").to_numpy(bool).any():  # no date has anything after it: no clock to read
        return date, pd.Series(np.nan, index=range(len(rest)), dtype="str")
    time = parse_times(rest).reindex(range(len(rest)))
    end_of_day = rest.str.match(END_OF_DAY).to_numpy(bool)
    time = time.where(rest.ne("").to_numpy(bool))
    if end_of_day.any():
        time = time.mask(end_of_day, "00:00")
        date = date.where(~end_of_day, date + pd.Timedelta(days=1))
    bad_time = rest.ne("").to_numpy(bool) & time.isna().to_numpy(bool)
    return date.where(~bad_time), time


def _worded(texts: pd.Series, day_first: bool, date: pd.Series, time: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Dates with month names, in any of six languages, for the texts not read as numbers."""
    worded = date.isna().to_numpy(bool) & texts.str.contains(r"[^\W\d_]{3}", regex=True).to_numpy(bool)
    if not worded.any():
        return date, time
    english = texts.copy()
    english[worded] = english_months(texts[worded])
    named = worded & english.str.contains(_MONTH_NAME, regex=True).to_numpy(bool)
    return _month_names(english, named, day_first, date, time) if named.any() else (date, time)
_KEEP_WORDS = {"am", "pm", "a", "p", "m"}


def english_months(texts: pd.Series) -> pd.Series:
    """'4. März 2026' -> '4 mar 2026', '4 de marzo de 2026' -> '4 mar 2026', '22nd Sep 2020' -> '22 sep 2020':
    month names of six languages in English; other words (weekdays, 'de', ordinal endings) left out."""
    def one(text: str) -> str:
        words = re.sub(r"[^\W\d_]+\.?", lambda m: _month_word(m.group(0)), text.casefold())
        return re.sub(r"(\d)\.(?=\s)", r"\1", words).strip(" ,")
    return texts.astype("str").map(one)


def _month_word(word: str) -> str:
    bare = word.rstrip(".")
    if bare in MONTH_WORDS:
        return f" {MONTH_WORDS[bare]} "
    return word if bare in _KEEP_WORDS else " "


def _from_parts(year, month, day, usable) -> pd.Series:
    frame = pd.DataFrame({"year": year, "month": month, "day": day})
    frame = frame[usable & (frame["year"] >= 1900).to_numpy(bool) & (frame["year"] <= 2200).to_numpy(bool)]
    dates = pd.to_datetime(frame, errors="coerce").astype("datetime64[us]")
    return dates.reindex(range(len(usable)))


def _month_names(texts: pd.Series, named: np.ndarray, day_first: bool, date: pd.Series, time: pd.Series):
    """'4 March 2026', 'Mar 4, 2026 10:15 PM', '4-Mar-26': rare enough to read one by one."""
    subset = texts[named]
    has_year = subset.str.contains(r"\d{4}|\d{1,2}\W+[A-Za-z]+\W+\d{2}\b", regex=True)
    subset = subset[has_year]
    # The common "4 mar 2026" (every app and language, once month names are English) at vectorised speed first.
    stamps = pd.to_datetime(subset.str.split().str.join(" "), format="%d %b %Y", errors="coerce")
    others = stamps.isna()
    if others.any():
        stamps[others] = pd.to_datetime(subset[others], format="mixed", dayfirst=day_first, errors="coerce")
    date = date.copy()
    time = time.astype(object)
    date[subset.index] = stamps.dt.normalize().astype("datetime64[us]")
    with_clock = subset.str.contains(":", regex=False) & stamps.notna()
    time[with_clock[with_clock].index] = stamps[with_clock].dt.strftime("%H:%M")
    return date, time.astype("str")


def parse_times(texts: pd.Series) -> pd.Series:
    """'22:15', '22:15:00', '10:15 PM', '10 pm', '7.30' -> 'HH:MM'; NaN for anything else (and for "")."""
    texts = texts.astype("str").str.strip().reset_index(drop=True)
    # A full timestamp in a time column: keep the clock part.
    clock = texts.str.extract(_NUMERIC_DATE)["rest"]
    texts = clock.where(clock.notna(), texts)
    parts = texts.str.extract(_TIME)
    hour = pd.to_numeric(parts["h"], errors="coerce")
    minute = pd.to_numeric(parts["m"], errors="coerce")
    ampm = parts["ampm"].str.lower()
    twelve = ampm.notna()
    ok = hour.notna() & (minute.notna() | twelve)
    ok &= ~twelve | hour.between(1, 12)
    hour = hour.where(~twelve, (hour % 12) + np.where(ampm.eq("p"), 12, 0))
    minute = minute.fillna(0)
    ok &= hour.between(0, 23) & minute.between(0, 59)
    out = (hour.fillna(0).astype(int).astype(str).str.zfill(2) + ":"
           + minute.astype(int).astype(str).str.zfill(2))
    return out.where(ok.to_numpy(bool))
