"""The doctor reasons in words, the one way the panel, the report and `summary` word them: grouped by how
soon, each with what it rests on, what could not be checked and why, and what a diary cannot show."""
from __future__ import annotations

from itertools import groupby

from cramplog.analyse import doctor, guidance
from cramplog.base.lang import tr
from cramplog.base.words import n_entries


def by_urgency(reasons: list[doctor.Reason]) -> list[tuple[str, list[doctor.Reason]]]:
    """[(heading, reasons)], most urgent first: "See a doctor straight away", then the next level."""
    return [(doctor.urgency_heading(u), list(group)) for u, group in groupby(reasons, key=lambda r: r.urgency)]


def reason_text(r: doctor.Reason) -> str:
    """The reason, with the evidence's reassurance beside it where there is one (twitching on its own)."""
    also = f" {r.also} ({r.also_source})" if r.also else ""
    return r.reason + also


def with_our_number(r: doctor.Reason) -> str:
    """The reason as the report and `summary` print it: CrampLog's own number said where it has one."""
    return f"{reason_text(r)} {r.ours}".rstrip()


def rests_on(r: doctor.Reason) -> str:
    """"3 entries in your diary · Source: NHS Leg cramps", after CrampLog's own number where it has one."""
    ours = f"{r.ours} · " if r.ours else ""
    return ours + tr("{entries} in your diary · Source: {source}", entries=n_entries(r.entries), source=r.source)


def in_brief(group: list[doctor.Reason]) -> str:
    """One level of urgency in a line for a clinician: "twitching (12 entries; MSD Manual 2023); ..." """
    ours = {True: tr(", by CrampLog's own count"), False: ""}
    return "; ".join(f"{r.title}{ours[bool(r.ours)]} ({n_entries(r.entries)}; {r.source})" for r in group)


def not_checked_lines(missing: list[doctor.NotChecked]) -> list[str]:
    """"cramps over 10 minutes: no durations recorded", one per rule the diary cannot answer."""
    return [f"{m.title[:1].upper()}{m.title[1:]}: {m.why}." for m in missing]


def check_yourself_lines() -> list[str]:
    """What a diary cannot show, with how soon and the source: "Pain in the legs ... (within a day or two; MSD ...)"."""
    return [f"{line} ({guidance.urgency_text(urgency)}; {source})" for urgency, line, source in guidance.check_yourself()]
