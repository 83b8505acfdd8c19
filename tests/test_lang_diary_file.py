"""Issue 22: a diary's file is the same in every language, so a file saved in a German session loads in a French
one unchanged; only what is shown is translated."""
from __future__ import annotations

import pytest

from cramplog.base import lang
from cramplog.base.canonical import to_csv_bytes
from cramplog.diary.demo import load_demo
from cramplog.read.load import load_diary


@pytest.mark.parametrize("saved_in,read_in", [("de", "fr"), ("es", "en"), ("fr", "de")])
def test_a_file_saved_in_one_language_loads_in_another_unchanged(saved_in, read_in):
    english = to_csv_bytes(load_demo())
    with lang.speaking(saved_in):
        saved = to_csv_bytes(load_demo())
    assert saved == english  # headers and values stay the canonical English words
    with lang.speaking(read_in):
        result = load_diary(saved)
    assert not result.problems and len(result.df) == len(load_demo())
    assert to_csv_bytes(result.df) == english
