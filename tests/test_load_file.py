"""load_diary reads an open file as it reads bytes: the command line hands it the file, so that a large
diary's bytes can go once its table is read instead of staying in memory beside the diary (issue 20)."""
import io

from cramplog.read.load import load_diary
from tests.helpers import ROOT


def test_an_open_file_loads_the_same_diary_as_its_bytes():
    data = (ROOT / "data" / "demo_diary.csv").read_bytes()
    with (ROOT / "data" / "demo_diary.csv").open("rb") as file:
        from_file = load_diary(file)
    from_bytes = load_diary(data)
    assert from_file.rows_loaded == from_bytes.rows_loaded > 0
    assert from_file.df.equals(from_bytes.df)
    assert from_file.problems == from_bytes.problems


def test_a_bad_file_object_gets_the_same_clear_message_as_its_bytes():
    bad = b"date,severity\nnot a date,5\n"
    assert load_diary(io.BytesIO(bad)).unusable == load_diary(bad).unusable
    assert load_diary(io.BytesIO(bad)).unusable
