"""data/doctor_rules.toml, read once: every threshold, night hour and rule the numbers use comes from here.

A clinician's edit to the TOML changes every page, the CLI and the report, because nothing else
keeps its own copy of a limit.
"""
from __future__ import annotations

import tomllib
from functools import cache

from cramplog import paths
from cramplog.base import lang
from cramplog.base.lang import tr

RULES_PATH = paths.data_file("doctor_rules.toml")


@cache
def rules() -> dict:
    """The reviewed indicators, course thresholds, night hours, limits, doctor rules and wording."""
    with RULES_PATH.open("rb") as f:
        return tomllib.load(f)


def night_hours() -> frozenset[int]:
    """Hours of the day (0-23) that count as night, e.g. 22, 23, 0 ... 5."""
    night = rules()["night"]
    first, last = night["first_hour"], night["last_hour"]
    if first > last:  # the night runs past midnight
        return frozenset(h for h in range(24) if h >= first or h <= last)
    return frozenset(range(first, last + 1))


def night_text() -> str:
    """"between 22:00 and 06:00": the night hours as a reader sees them."""
    night = rules()["night"]
    return tr("between {start} and {end}", start=f"{night['first_hour']:02d}:00",
              end=f"{(night['last_hour'] + 1) % 24:02d}:00")


def min_span_days() -> int:
    """Below this many days covered, a rate a week is not given."""
    return int(rules()["limits"]["min_span_days"])


def rule_numbers(rule: dict) -> dict[str, float]:
    """The numbers a doctor rule's reason may name: its own (per_week, min_weeks, min_parts, min_entries)
    and its indicator's limit (`above`)."""
    own = {k: v for k, v in rule.items() if isinstance(v, int | float) and not isinstance(v, bool)}
    tests = rules()["indicator"][rule["indicator"]]["when"].values()
    return own | {k: v for test in tests for k, v in test.items() if k == "above"}


def reason_text(rule: dict, key: str = "reason") -> str:
    """The rule's reason (or its `ours`, `title` or `also`), in the language in use, with its placeholders
    ("{above} minutes") filled from the rule's own numbers: "10", "7.5" (a whole number never as "10.0";
    "7,5" where a comma is the decimal sign)."""
    text = tr(rule[key]) if rule.get(key) else ""
    return text.format_map({k: _rule_number(v) for k, v in rule_numbers(rule).items()})


def _rule_number(value: float) -> str:
    return f"{value:g}" if lang.current() == lang.SOURCE else lang.number(value, 2)


def wording(key: str) -> str:
    """A sentence of the file's [wording] (the panel's title, "none apply" ...) in the language in use."""
    return tr(rules()["wording"][key])


def not_recorded(column: str) -> str:
    """Why a rule needing `column` could not be checked: "no durations recorded", in the language in use."""
    return tr(rules()["not_recorded"][column])


SHOWN_RULE_KEYS = ("title", "reason", "ours", "also")


def shown_texts() -> list[str]:
    """Every English text of doctor_rules.toml a person reads: each rule's title, reason, `ours` and `also`, the
    [not_recorded] reasons and the [wording] sentences."""
    texts = [rule[key] for rule in rules()["rule"] for key in SHOWN_RULE_KEYS if rule.get(key)]
    texts += [*rules()["not_recorded"].values(), *rules()["wording"].values()]
    return list(dict.fromkeys(texts))


def columns_needed(rule: dict) -> list[str]:
    """The diary columns a rule cannot be checked without: its indicator's and its own `needs`."""
    indicator = rules()["indicator"][rule["indicator"]]
    tested = [*indicator.get("among", {}), *indicator["when"]]
    return list(dict.fromkeys(tested + rule.get("needs", [])))


def threshold(indicator: str, test: str = "above") -> float:
    """The number an indicator tests against (for wording such as "over 10 minutes")."""
    (only,) = rules()["indicator"][indicator]["when"].values()
    return only[test]
