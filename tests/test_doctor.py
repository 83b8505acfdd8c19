"""When-to-see-a-doctor rules: each applies to a diary built to meet it, and not to a near miss."""
import pandas as pd
import pytest

from cramplog.analyse import doctor, indicators
from cramplog.schema import REGIONS, make_diary
from tests.helpers import ROOT, source_text

SOURCE_KEYS = set(pd.read_csv(ROOT / "data" / "sources.csv", dtype="str")["key"])


def diary(*rows):
    day0 = pd.Timestamp("2026-01-05")  # a Monday
    return make_diary([{"date": (day0 + pd.Timedelta(days=i)).date().isoformat(), "location": "calf", **r}
                       for i, r in enumerate(rows)])


def applied(df) -> dict[str, int]:
    return {r.id: r.entries for r in doctor.see_a_doctor(df)}


def test_ordinary_calf_cramps_meet_no_rule_and_the_message_stays_calm():
    df = diary({"duration_min": 2, "context": "asleep", "trigger": "none", "remedy": "stretching",
                "remedy_helped": "yes", "twitching": True, "weakness": False})
    assert doctor.see_a_doctor(df) == []
    text = doctor.none_apply_text().lower()
    assert "weakness" in text and ("wasting" in text or "smaller or thinner" in text)


def test_long_cramps_over_ten_minutes_only():
    assert applied(diary({"duration_min": 10.5}, {"duration_min": 25}, {"duration_min": 3})) == {"long_cramps": 2}
    assert applied(diary({"duration_min": 10.0})) == {}


def test_weakness_and_twitching_with_weakness_on_the_same_entry():
    assert applied(diary({"weakness": True, "twitching": True}, {"weakness": True})) == {
        "weakness": 2, "twitching_with_weakness": 1}
    # twitching and weakness on different days: weakness applies, the combination does not
    assert applied(diary({"weakness": True, "twitching": False}, {"twitching": True})) == {"weakness": 1}
    assert applied(diary({"twitching": True}, {"twitching": True})) == {}


@pytest.mark.parametrize("region", ["chest", "upper arm", "forearm", "abdomen"])
def test_chest_arms_and_belly(region):
    assert applied(diary({"location": region})) == {"chest_arms_belly": 1}


@pytest.mark.parametrize("region", ["calf", "foot", "toes", "thigh", "hamstring", "shin", "back", "neck",
                                    "hand", "fingers", "shoulder"])
def test_places_the_guidance_does_not_name_are_not_in_that_rule(region):
    # MSD names the chest, arms and belly: a hand is not counted as an arm (issue 13)
    assert applied(diary({"location": region})) == {}


def test_widespread_cramps_in_three_parts_of_the_body_in_one_week():
    # calf (legs) Monday, hand (arms) Tuesday, back (trunk) Wednesday: three parts in one week
    spread = diary({"location": "calf"}, {"location": "hand"}, {"location": "back"})
    assert applied(spread) == {"widespread": 3}
    # the same places in different weeks, or three places all in the legs: not widespread
    weeks_apart = make_diary([{"date": d, "location": p} for d, p in
                              (("2026-01-05", "calf"), ("2026-01-12", "hand"), ("2026-01-19", "back"))])
    assert applied(weeks_apart) == {}
    assert applied(diary({"location": "calf"}, {"location": "thigh"}, {"location": "foot"},
                         {"location": "toes"})) == {}
    assert applied(diary({"location": "calf"}, {"location": "hand"}, {"location": None})) == {}


def test_widespread_parts_cover_every_named_place_once():
    (rule,) = [r for r in indicators.rules()["rule"] if r["id"] == "widespread"]
    places = [p for part in rule["parts"].values() for p in part]
    assert sorted(places) == sorted(r for r in REGIONS if r != "other")


def nights(per_week: list[int]):
    rows = [{"date": (pd.Timestamp("2026-01-05") + pd.Timedelta(weeks=w, days=d)).date().isoformat(),
             "location": "calf", "context": "asleep"} for w, n in enumerate(per_week) for d in range(n)]
    return make_diary(rows)


def test_frequent_cramps_that_disturb_sleep():
    assert applied(nights([3, 0, 4])) == {"frequent_at_night": 7}
    assert applied(nights([3, 1, 2])) == {}  # only one week with 3 or more
    assert applied(nights([2] * 10)) == {}  # never 3 in a week
    awake = make_diary([{**r, "context": "at rest"} for r in nights([3, 3]).to_dict("records")])
    assert applied(awake) == {}


def test_not_eased_by_stretching_needs_two_entries_where_stretching_did_not_help():
    no = {"remedy": "stretching", "remedy_helped": "no"}
    assert applied(diary(no, no, {"remedy": "stretching", "remedy_helped": "yes"})) == {"not_eased_by_stretching": 2}
    assert applied(diary(no)) == {}
    assert applied(diary({"remedy": "massage", "remedy_helped": "no"}, {"remedy": "massage", "remedy_helped": "no"})) == {}


def test_new_medicine():
    assert applied(diary({"trigger": "new medication"}, {"trigger": "exercise"})) == {"new_medicine": 1}


def test_diary_with_date_and_location_only():
    df = make_diary([{"date": "2026-01-05", "location": "forearm"}, {"date": "2026-01-06", "location": "calf"}])
    assert applied(df) == {"chest_arms_belly": 1}
    assert doctor.see_a_doctor(make_diary([{"date": "2026-01-05"}])) == []
    assert doctor.see_a_doctor(make_diary([])) == []


def test_every_rule_cites_a_source_named_in_the_evidence_notes():
    evidence = source_text("evidence.md", "checks that every doctor rule cites a source named in the evidence notes")
    for rule in indicators.rules()["rule"]:
        for name in rule["source"].split(";"):
            assert name.strip() == "Source article" or name.split()[0] in evidence, (rule["id"], name)


def test_every_rule_is_complete_and_cites_a_listed_source():
    rules = indicators.rules()
    ids = [r["id"] for r in rules["rule"]]
    assert len(ids) == len(set(ids)) == 8
    for rule in rules["rule"]:
        assert rule["indicator"] in rules["indicator"], rule["id"]
        assert rule["reason"].strip() and rule["source"].strip()
        for name in rule["source"].split(";"):  # each a key of sources.csv, from the evidence notes
            assert name.strip() in SOURCE_KEYS, (rule["id"], name)
    for spec in rules["indicator"].values():
        for column, test in {**spec["when"], **spec.get("among", {})}.items():
            if "in" in test and column == "location":
                assert set(test["in"]) <= set(REGIONS)
