"""data/guidance.csv, read once: every item of the health services' "when to see a doctor" guidance and
its one home in CrampLog (a rule computed from the diary, a question the log form asks so a rule can use
it, or a line the person checks themselves), with how soon the guidance says to go.

A rule's urgency and sources come from here, not from the rules file: a rule is as urgent as the most
urgent item it follows, and cites the sources of those items.
"""
from __future__ import annotations

from functools import cache

import pandas as pd

from cramplog import paths
from cramplog.base.lang import tr

GUIDANCE_PATH = paths.data_file("guidance.csv")
# How soon, in the guidance's own terms, most urgent first.
URGENCIES: tuple[str, ...] = ("straight away", "within a day or two", "at an ordinary appointment")
HOMES: tuple[str, ...] = ("rule", "question", "check yourself")


@cache
def items() -> pd.DataFrame:
    """One row per guidance item: id, source, guidance, urgency, home, rule, question, check_yourself."""
    return pd.read_csv(GUIDANCE_PATH, dtype="str", keep_default_na=False)


def urgency_rank(urgency: str) -> int:
    return URGENCIES.index(urgency)


def rule_urgency(rule_id: str) -> str:
    """The most urgent level among the guidance items this rule follows."""
    followed = items()[items()["rule"] == rule_id]["urgency"]
    return min(followed, key=urgency_rank)


def rule_sources(rule_id: str) -> str:
    """The sources of the items this rule follows, each once, the most urgent item's first."""
    followed = items()[items()["rule"] == rule_id]
    ordered = followed.iloc[followed["urgency"].map(urgency_rank).argsort(kind="stable")]
    keys = [k.strip() for cell in ordered["source"] for k in cell.split(";")]
    return "; ".join(dict.fromkeys(keys))


def check_yourself() -> list[tuple[str, str, str]]:
    """(urgency, what to look out for, source) for what a diary cannot show, most urgent first. The line is in
    the language in use; the urgency stays the file's English (say it with `urgency_text`), the source its key."""
    lines = items()[items()["home"] == "check yourself"]
    rows = [(u, tr(line), src) for u, line, src in zip(lines["urgency"], lines["check_yourself"], lines["source"])]
    return sorted(rows, key=lambda row: urgency_rank(row[0]))


def urgency_text(urgency: str) -> str:
    """"within a day or two" as the reader reads it."""
    return tr(urgency)


def shown_texts() -> list[str]:
    """Every English text of guidance.csv a person reads: each item's guidance, check-yourself line and urgency."""
    table = items()
    texts = [*table["guidance"], *table["check_yourself"], *table["urgency"]]
    return list(dict.fromkeys(t for t in texts if t))
