"""The diary as it is kept in a browser's own storage: a small versioned envelope around the canonical CSV.

`pack` makes the value a browser stores; `unpack` reads one back through the same loader as an upload, so a
kept diary is validated exactly like a file. A value this code did not write (another app, a damaged copy,
a newer CrampLog) is refused with a plain reason and loads nothing. A later format adds a step to
`MIGRATIONS` that turns the previous version's envelope into the next one.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

from cramplog.base.canonical import to_csv_bytes
from cramplog.base.lang import tr
from cramplog.base.words import n_entries, number
from cramplog.read.load import load_diary

FORMAT = "cramplog.kept-diary"
VERSION = 1
# version n -> a function turning a version-n envelope into a version n+1 envelope (none needed yet).
MIGRATIONS: dict[int, Callable[[dict], dict]] = {}


@dataclass(frozen=True)
class Kept:
    """A kept value read back: the diary (None when keeping is on but no own diary was made yet)."""
    df: pd.DataFrame | None
    name: str
    changed: dt.datetime | None
    downloaded: dt.datetime | None = None  # when the diary was last downloaded (None: never, or not recorded)


class Unreadable(ValueError):
    """The stored value is not a CrampLog diary this version can read; the message says why, plainly."""


def pack(df: pd.DataFrame | None, name: str, changed: dt.datetime, downloaded: dt.datetime | None = None) -> dict:
    """The value to store: version, when it last changed and was last downloaded, the diary's name and entry
    count, its CSV text."""
    return {
        "format": FORMAT, "version": VERSION, "changed": changed.isoformat(timespec="milliseconds"),
        "downloaded": downloaded.isoformat(timespec="milliseconds") if downloaded else None,
        "name": name, "entries": 0 if df is None else len(df),
        "csv": None if df is None else to_csv_bytes(df).decode("utf-8"),
    }


def _migrated(value: dict) -> dict:
    version = value.get("version")
    if not isinstance(version, int) or version < 1:
        raise Unreadable(tr("it has no version number CrampLog knows"))
    if version > VERSION:
        raise Unreadable(tr("it was saved by a newer version of CrampLog"))
    while version < VERSION:
        value, version = MIGRATIONS[version](value), version + 1
    return value


def _changed(text: object) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(text) if isinstance(text, str) else None
    except ValueError:
        return None


def unpack(value: object) -> Kept:
    """The diary in a stored value, validated like an upload; raises `Unreadable` for anything else."""
    if not isinstance(value, dict) or value.get("format") != FORMAT:
        raise Unreadable(tr("it is not a CrampLog diary"))
    value = _migrated(value)
    name, csv, count = value.get("name"), value.get("csv"), value.get("entries")
    if not isinstance(name, str) or not isinstance(count, int) or not (csv is None or isinstance(csv, str)):
        raise Unreadable(tr("parts of it are missing"))
    stamps = _changed(value.get("changed")), _changed(value.get("downloaded"))
    if csv is None:
        return Kept(None, name, *stamps)
    result = load_diary(csv.encode("utf-8"))
    if result.unusable:
        raise Unreadable(tr("its entries could not be read ({why})", why=result.unusable))
    if result.problems or len(result.df) != count:
        raise Unreadable(tr("it should hold {entries} but {read} read back cleanly", entries=n_entries(count),
                              read=number(len(result.df))))
    return Kept(result.df, name, *stamps)
