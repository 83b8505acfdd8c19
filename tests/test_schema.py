"""The canonical diary shape every part of CrampLog relies on."""
import datetime as dt

import pandas as pd

from cramplog import schema


def test_make_diary_gives_every_column_in_order_with_canonical_dtypes():
    df = schema.make_diary([{"date": "2026-03-04", "location": "calf", "severity": 6, "twitching": True}])
    assert tuple(df.columns) == schema.COLUMNS
    assert {c: str(df[c].dtype) for c in df.columns} == {
        c: str(pd.Series(dtype=t).dtype) for c, t in schema.DTYPES.items()}
    assert df.loc[0, "date"] == pd.Timestamp("2026-03-04")
    assert df.loc[0, "severity"] == 6.0 and bool(df.loc[0, "twitching"]) is True
    assert pd.isna(df.loc[0, "weakness"]) and pd.isna(df.loc[0, "notes"])


def test_dates_are_midnight_of_the_day_whatever_the_input():
    df = schema.make_diary([{"date": "2026-03-04T23:59:00"}, {"date": dt.date(2026, 3, 5)}])
    assert list(df["date"]) == [pd.Timestamp("2026-03-04"), pd.Timestamp("2026-03-05")]


def test_empty_diary_has_the_columns_and_no_rows():
    df = schema.make_diary([])
    assert len(df) == 0 and tuple(df.columns) == schema.COLUMNS
    assert str(df["date"].dtype) == schema.DTYPES["date"]


def test_extra_columns_are_kept_after_the_canonical_ones():
    df = schema.conform(pd.DataFrame({"date": ["2026-01-01"], "mood": ["tired"]}))
    assert list(df.columns) == [*schema.COLUMNS, "mood"] and df.loc[0, "mood"] == "tired"


def test_vocabularies_cover_the_issue_lists():
    assert len(schema.REGIONS) == 20 and schema.REGIONS[-1] == "other"
    assert set(schema.CONTEXTS) == {"asleep", "at rest", "during activity", "after activity"}
    assert "new medication" in schema.TRIGGERS and "none" in schema.TRIGGERS
    assert schema.is_recorded(schema.make_diary([{"date": "2026-01-01", "severity": 3}]), "severity")
    assert not schema.is_recorded(schema.make_diary([{"date": "2026-01-01"}]), "severity")


def test_each_column_is_declared_once_and_the_tables_derive_from_the_spec():
    assert tuple(spec.name for spec in schema.SPEC) == schema.COLUMNS
    assert {s.name: s.values for s in schema.SPEC if s.kind == schema.Kind.CHOICE} == schema.VOCABULARIES
    assert all(schema.VOCABULARIES.values()) and set(schema.LABELS) == set(schema.COLUMNS)


def test_the_header_lexicon_names_every_column_and_no_word_names_two():
    from cramplog.read.lexicon.headers import HEADER_WORDS
    from cramplog.read.lexicon.normal import header_key

    assert list(HEADER_WORDS) == list(schema.COLUMNS)
    keys = [key for c, words in HEADER_WORDS.items() for key in {header_key(w) for w in (c, *words)}]
    assert len(keys) == len(set(keys)), "a header word names two columns"
