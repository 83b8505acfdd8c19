"""The language CrampLog answers in: which one is in use, its catalogue, and numbers, dates and plurals.

English is the source. Every text is written in English where it belongs (code or a content file) and
`tr()` looks it up, word for word, in the language's catalogue, data/lang/<code>.json. A text
the catalogue lacks is shown in English (tests/test_catalogues.py fails on it before anyone sees it).

The language in use is a context variable, set by `speaking()` (the command line's --lang, the report, a test);
where none is set, the shell that registered with `ask()` is asked (the Streamlit session's choice), so nothing
beneath has to pass it along. Values stored in a diary stay English
(canonical); only what is shown goes through here.
"""
from __future__ import annotations

import datetime as dt
import json
import numbers
import os
import string
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache

from cramplog import paths

LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch", "fr": "Français", "es": "Español"}
SOURCE = "en"
CATALOGUES = paths.DATA / "lang"
_IN_USE: ContextVar[str | None] = ContextVar("cramplog_language", default=None)
_asked: list[Callable[[], str | None]] = []  # where a shell keeps the language, asked when none is set here


def code(tag: object) -> str:
    """'de-AT', 'de_DE.UTF-8' or 'FR' -> a supported language code; anything else -> English."""
    head = str(tag or "").replace("_", "-").split("-")[0].split(".")[0].strip().lower()
    return head if head in LANGUAGES else SOURCE


def from_environment() -> str:
    """The command line's default: the LANG environment variable ("de_DE.UTF-8" -> "de")."""
    return code(os.environ.get("LANG"))


def current() -> str:
    """The language set in this thread (`speaking`), else the one the shell keeps, else English."""
    chosen = _IN_USE.get()
    if chosen is None and _asked:
        chosen = _asked[0]()
    return chosen or SOURCE


def ask(where: Callable[[], str | None]) -> None:
    """Let a shell say where it keeps the language: the Streamlit shell's session, read even by a button's
    callback, which runs before the page's run has set anything."""
    _asked[:] = [where]


@contextmanager
def speaking(lang: str) -> Iterator[None]:
    """Answer in `lang` inside the block: the report made in the language chosen, a test in German."""
    token = _IN_USE.set(code(lang))
    try:
        yield
    finally:
        _IN_USE.reset(token)


@cache
def catalogue(lang: str) -> dict[str, str | dict[str, str]]:
    """English text -> its translation in `lang` (a plural's value maps CLDR forms to texts): data/lang/<lang>.json."""
    path = CATALOGUES / f"{lang}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def _fill(text: str, values: dict) -> str:
    return text.format(**values) if values else text


def tr(text: str, /, **values: object) -> str:
    """`text` in the language in use, with its {placeholders} filled."""
    lang = current()
    found = text if lang == SOURCE else catalogue(lang).get(text, text)
    if isinstance(found, dict):  # a plural entry asked for without a count: its general form
        found = found.get("other", text)
    return _fill(found, values)


def tr_n(n: float, one: str, other: str, /, **values: object) -> str:
    """The form of `one`/`other` that goes with `n` in the language in use ({n} is filled with `n` as
    `number` words it). The catalogue keys a plural by its English singular and maps CLDR forms to texts."""
    values = {"n": number(n, 1), **values}
    lang = current()
    if lang == SOURCE:
        return _fill(one if values["n"] == "1" else other, values)
    forms = catalogue(lang).get(one)
    if not isinstance(forms, dict):
        return _fill(one if values["n"] == "1" else other, values)
    from babel import Locale  # imported on first use: `check` in English starts without Babel

    form = Locale.parse(lang).plural_form(abs(float(n)))
    return _fill(forms.get(form, forms.get("other", other)), values)


def number(value: float, decimals: int = 1) -> str:
    """At most `decimals` places, no trailing zeros, thousands grouped, never "1.4e+06", the local way:
    "1,234.5", "1.234,5", "1 234,5"."""
    if current() == SOURCE:
        text = f"{value:,}" if isinstance(value, numbers.Integral) else f"{float(value):,.{decimals}f}"
        if "." in text:
            text = text.rstrip("0").rstrip(".")
        return "0" if text == "-0" else text
    from babel.numbers import format_decimal

    pattern = "#,##0" + ("." + "#" * decimals if decimals else "")
    text = format_decimal(round(float(value), decimals), format=pattern, locale=current())
    return "0" if text in ("-0", "\u22120") else text


def day(when: dt.date, long: bool = False) -> str:
    """"4 Jan 2026" / "4 January 2026"; "4. Jan. 2026", "4 janv. 2026", "4 ene 2026" the local way."""
    if current() == SOURCE:
        return f"{when.day} {when:%B %Y}" if long else f"{when.day} {when:%b %Y}"
    from babel.dates import format_skeleton

    return format_skeleton("yMMMMd" if long else "yMMMd", when, locale=current())


def first_weekday() -> int:
    """0 for Monday, 6 for Sunday: where the local week starts (the calendar's first row)."""
    from babel import Locale

    return 0 if current() == SOURCE else Locale.parse(current()).first_week_day


def placeholders(text: str) -> set[str]:
    """The {names} a text fills: a translation must fill the same ones."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def tr_later(text: str) -> str:
    """Marks a text kept in a constant for the catalogues; `tr()` translates it where it is shown."""
    return text
