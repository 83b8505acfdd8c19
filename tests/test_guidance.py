"""Issue 18, item 1: every item of the health services' guidance (evidence.md, "When to see a doctor") has
exactly one home in data/guidance.csv (a rule, a question the log form asks for a rule, or a line the
person checks themselves), and every rule follows at least one item. Item 2: each says how soon."""
from __future__ import annotations

import re

import pandas as pd
import pytest

from cramplog import schema
from cramplog.analyse import doctor, guidance, rules
from tests.helpers import ROOT, source_text

SOURCE_KEYS = set(pd.read_csv(ROOT / "data" / "sources.csv", dtype="str")["key"])
ITEMS = guidance.items()
RULES = {r["id"]: r for r in rules.rules()["rule"]}

# Each condition the evidence notes' guidance names, as (words from the notes, the item that gives it a home).
# A new bullet in the notes fails test_every_guidance_bullet_is_mapped until it is added here and in the table.
MAPPED = {
    "NHS \"Leg cramps\": cramps that disturb sleep": ["nhs_sleep", "nhs_numbness", "nhs_swelling", "nhs_long"],
    "NHS inform (Scotland)": ["nhsi_frequent", "nhsi_quality", "nhsi_shrinking", "nhsi_weaker"],
    "Mayo Clinic": ["mayo_severe", "mayo_swelling", "mayo_weakness", "mayo_frequent", "mayo_self_care",
                    "mayo_no_cause"],
    "MedlinePlus \"Muscle cramps\": severe": ["medlineplus_severe", "medlineplus_frequent",
                                             "medlineplus_stretching", "medlineplus_long", "medlineplus_swelling",
                                             "medlineplus_weakness"],
    "MSD Manual": ["msd_chest_arms_belly", "msd_weakness", "msd_loss_of_feeling", "msd_twitches", "msd_fluid_loss",
                   "msd_walking", "msd_new_medicine", "msd_alcohol"],
    "NHS \"Leg cramps\" (current page)": ["nhs_earlier_long", "nhs_earlier_tetanus", "nhs_earlier_toxins"],
    "MedlinePlus (\"Muscle cramps\", A.D.A.M.": ["medlineplus_unexplained", "medlineplus_twitches"],
}


def guidance_bullets() -> list[str]:
    evidence = source_text("evidence.md", "checks that every bullet of the evidence notes' guidance has a home")
    section = evidence.split("## When to see a doctor")[1].split("\n## ")[0]
    return [b.strip() for b in re.split(r"\n- ", "\n" + section) if b.strip() and not b.startswith("(")][1:]


def test_every_guidance_bullet_is_mapped_to_items():
    bullets = guidance_bullets()
    assert len(bullets) == len(MAPPED) == 7
    for bullet in bullets:
        (key,) = [k for k in MAPPED if bullet.startswith(k)]
        assert set(MAPPED[key]) <= set(ITEMS["id"]), key
    mapped = [i for ids in MAPPED.values() for i in ids]
    assert sorted(mapped) == sorted(ITEMS["id"].drop(ITEMS.index[ITEMS["id"] == "article_widespread"]))


@pytest.mark.parametrize("item", ITEMS.to_dict("records"), ids=list(ITEMS["id"]))
def test_each_item_has_exactly_one_home_and_says_how_soon(item):
    assert item["urgency"] in guidance.URGENCIES and item["home"] in guidance.HOMES
    assert all(k.strip() in SOURCE_KEYS for k in item["source"].split(";"))
    if item["home"] == "check yourself":
        assert item["check_yourself"] and not item["rule"] and not item["question"]
        return
    assert item["rule"] in RULES and not item["check_yourself"]
    needs = rules.columns_needed(RULES[item["rule"]])
    if item["home"] == "question":  # a yes/no question the log form asks, and the rule reads it
        assert schema.BY_NAME[item["question"]].kind == "yes/no" and item["question"] in needs
    else:
        assert not item["question"]


def test_every_rule_follows_a_guidance_item():
    assert set(RULES) == set(ITEMS["rule"]) - {""}


def test_urgency_is_said_in_the_guidance_terms_and_our_own_numbers_are_labelled():
    for rule_id, rule in RULES.items():
        urgency = guidance.rule_urgency(rule_id)
        text = rules.reason_text(rule)
        if urgency != "at an ordinary appointment":
            assert urgency in text, rule_id  # "straight away", "within a day or two", said plainly
        own = "per_week" in rule or "min_parts" in rule or rule.get("min_entries", 1) > 1
        assert own == bool(rule.get("ours")), rule_id  # a number the guidance does not give is CrampLog's
    assert guidance.rule_urgency("twitching") == "straight away"  # the MSD Manual's "right away"
    assert guidance.rule_urgency("long_cramps") == "at an ordinary appointment"  # the NHS's GP visit


def test_the_check_yourself_lines_are_on_the_panel_most_urgent_first():
    lines = guidance.check_yourself()
    assert [u for u, _, _ in lines] == sorted((u for u, _, _ in lines), key=guidance.urgency_rank)
    assert any("walk" in line for _, line, _ in lines) and any("tetanus" in line for _, line, _ in lines)
    assert doctor.wording("yourself_title")


def test_the_log_form_asks_every_question_a_rule_reads(open_page):
    """The questions of guidance.csv are on "Log a cramp", worded once in the column spec; weakness is asked
    as still there the next day, so the soreness any cramp leaves is not logged as weakness."""
    at = open_page("pages/log.py")
    asked = {c.label for c in at.segmented_control}
    questions = set(ITEMS.loc[ITEMS["home"] == "question", "question"])
    assert questions == {"weakness", "numbness", "swelling"}
    assert {schema.BY_NAME[q].prompt for q in questions} <= asked
    assert "next day" in schema.BY_NAME["weakness"].prompt and "soreness" in schema.BY_NAME["weakness"].prompt
