"""When-to-see-a-doctor rules: each applies to a diary built to meet it, and not to a near miss."""
import pandas as pd
import pytest

from cramplog.analyse import doctor, guidance, indicators
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
    df = diary({"duration_min": 2, "context": "asleep", "trigger": "exercise", "remedy": "stretching",
                "remedy_helped": "yes", "twitching": False, "weakness": False, "numbness": False,
                "swelling": False, "severity": 5})
    assert doctor.see_a_doctor(df) == []
    assert [m.id for m in doctor.not_checked(df)] == ["disturbed_sleep", "frequent"]  # one day is too short
    text = doctor.none_apply_text().lower()
    assert "weakness" in text and ("wasting" in text or "smaller or thinner" in text)


def test_long_cramps_over_ten_minutes_only():
    assert applied(diary({"duration_min": 10.5}, {"duration_min": 25}, {"duration_min": 3})) == {"long_cramps": 2}
    assert applied(diary({"duration_min": 10.0})) == {}


def test_weakness_and_twitching_each_apply_on_their_own_and_say_how_soon():
    both = doctor.see_a_doctor(diary({"weakness": True, "twitching": True}, {"weakness": True}))
    assert [(r.id, r.entries, r.urgency) for r in both] == [("weakness", 2, "straight away"),
                                                          ("twitching", 1, "straight away")]
    (alone,) = doctor.see_a_doctor(diary({"twitching": True}, {"twitching": False}))
    assert alone.id == "twitching" and "usually harmless" in alone.also  # the evidence's reassurance beside it
    assert set(alone.also_source.split("; ")) == {"Blexrud 1993", "Filippakis 2018", "Mattiuzzi 2024"}
    assert applied(diary({"weakness": False, "twitching": False})) == {}


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


def test_cramps_that_disturb_sleep_on_two_nights_a_week():
    assert applied(nights([2, 0, 3])) == {"disturbed_sleep": 5}
    assert applied(nights([2, 1, 1])) == {}  # only one week with 2 or more nights
    assert applied(nights([1] * 10)) == {}  # never 2 in a week
    awake = make_diary([{**r, "context": "at rest"} for r in nights([2, 2]).to_dict("records")])
    assert applied(awake) == {}


def test_frequent_cramps_on_three_days_a_week_and_the_threshold_is_labelled_as_cramplogs():
    rows = nights([3, 3])
    frequent = {r.id: r for r in doctor.see_a_doctor(make_diary([{**r, "context": "at rest"}
                                                               for r in rows.to_dict("records")]))}
    assert set(frequent) == {"frequent"} and "CrampLog's own" in frequent["frequent"].ours
    assert applied(make_diary([{**r, "context": "at rest"} for r in nights([2, 2, 2]).to_dict("records")])) == {}


def test_not_eased_by_stretching_needs_two_entries_where_stretching_did_not_help():
    no = {"remedy": "stretching", "remedy_helped": "no"}
    assert applied(diary(no, no, {"remedy": "stretching", "remedy_helped": "yes"})) == {"not_eased_by_stretching": 2}
    assert applied(diary(no)) == {}
    assert applied(diary({"remedy": "massage", "remedy_helped": "no"}, {"remedy": "massage", "remedy_helped": "no"})) == {}


def test_new_medicine_alcohol_and_fluid_loss_with_how_soon():
    found = doctor.see_a_doctor(diary({"trigger": "new medication"}, {"trigger": "exercise"},
                                      {"trigger": "alcohol"}, {"trigger": "dehydration"}))
    assert [(r.id, r.urgency) for r in found] == [("fluid_loss", "straight away"),
                                                   ("new_medicine", "within a day or two"),
                                                   ("alcohol", "within a day or two")]


def test_diary_with_date_and_location_only():
    df = make_diary([{"date": "2026-01-05", "location": "forearm"}, {"date": "2026-01-06", "location": "calf"}])
    assert applied(df) == {"chest_arms_belly": 1}
    assert doctor.see_a_doctor(make_diary([{"date": "2026-01-05"}])) == []
    assert doctor.see_a_doctor(make_diary([])) == []


def test_every_rule_cites_a_source_named_in_the_evidence_notes():
    evidence = source_text("evidence.md", "checks that every doctor rule cites a source named in the evidence notes")
    for rule in indicators.rules()["rule"]:
        for name in guidance.rule_sources(rule["id"]).split(";"):
            assert name.strip() == "Source article" or name.split()[0] in evidence, (rule["id"], name)


def test_every_rule_is_complete_and_cites_a_listed_source():
    rules = indicators.rules()
    ids = [r["id"] for r in rules["rule"]]
    assert len(ids) == len(set(ids)) == 16
    for rule in rules["rule"]:
        assert rule["indicator"] in rules["indicator"], rule["id"]
        assert rule["reason"].strip() and rule["title"].strip()
        for name in guidance.rule_sources(rule["id"]).split(";"):  # each a key of sources.csv, from the notes
            assert name.strip() in SOURCE_KEYS, (rule["id"], name)
    for spec in rules["indicator"].values():
        for column, test in {**spec["when"], **spec.get("among", {})}.items():
            if "in" in test and column == "location":
                assert set(test["in"]) <= set(REGIONS)
