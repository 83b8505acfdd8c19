"""A Flaredown export: several people; only one person's cramps, and a cramp tracked as 0 is not a cramp."""
from tests.helpers import accounted, load

ME = "QEVuQwEAWRNGnuTRqXG2996KSkTIEw=="


def test_several_people_and_no_choice_asks_whose_diary():
    r = load("flaredown.csv")
    assert r.format == "Flaredown" and r.rows_loaded == 0 and accounted(r)
    assert "3 people" in r.unusable and "--person" in r.unusable
    assert r.people == {ME: 10, "QEVuQwEAVzSHyFrwqvEf8ggmRbBmWw==": 3, "QEVuQwEAXJ1n2d6tEUs1Vr2dWmC6Qw==": 2}


def test_one_persons_cramps_with_the_rest_counted_by_reason():
    r = load("flaredown.csv", person=ME)
    assert not r.unusable and accounted(r)
    assert (r.rows_read, r.rows_loaded, r.rows_rejected, r.rows_skipped) == (15, 3, 1, 11)
    assert r.skipped["a row of another person in the file"] == 5 and r.skipped["a cramp tracked as 0 (none that day)"] == 1
    assert r.names_used == ["Leg cramps", "leg cramp"]  # not "Stomach cramps"
    assert r.df["severity"].tolist()[:2] == [7.5, 10.0]  # 3 and 4 of 0-4, x2.5
    assert "level 3 of 0-4" in r.df["notes"].iloc[0]


def test_another_person_whose_condition_is_muscle_cramps():
    r = load("flaredown.csv", person="QEVuQwEAXJ1n2d6tEUs1Vr2dWmC6Qw==")
    assert r.rows_loaded == 2 and r.names_used == ["Muscle cramps"] and accounted(r)


def test_menstrual_cramps_and_spasms_are_not_muscle_cramps_by_default():
    r = load("flaredown.csv", person="QEVuQwEAVzSHyFrwqvEf8ggmRbBmWw==")
    assert r.rows_loaded == 0 and "Menstrual cramps (1)" in r.unusable and accounted(r)
    chosen = load("flaredown.csv", person="QEVuQwEAVzSHyFrwqvEf8ggmRbBmWw==", names=["Muscle spasms"])
    assert chosen.rows_loaded == 1 and not chosen.unusable


def test_an_unknown_person_is_named_in_the_message():
    assert "nobody" in load("flaredown.csv", person="nobody").unusable.casefold()


def test_chosen_names_tracked_only_as_0_say_that_no_row_is_a_cramp():
    r = load("flaredown.csv", person=ME, names=["Ulcerative colitis"])
    assert r.rows_loaded == 0 and r.rows_skipped == r.rows_read == 15 and accounted(r)
    assert r.unusable.startswith("None of the 15 rows is a cramp") and "1 — a cramp tracked as 0" in r.unusable
