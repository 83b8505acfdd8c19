"""The doctor summary: one self-contained HTML page to print or save as PDF, the entries after it.

Shaped for a clinician (issue 23): titled with the period, the person's own details if they gave them, a
"Notable" box first (what changed, the companions with their bases, the reasons to see a doctor), then the
key numbers, a timeline and where the cramps were, in the third person throughout.

Works offline and stays small: the timeline is a static SVG drawn in Python (no charting library is
inlined), and nothing (script, font, style, image) is loaded from the network. The page is a Jinja2
template (templates/report.html) with autoescaping on: every piece of diary text is escaped, so a note can
never become markup, a link or a script; only the SVG, drawn here from numbers, is passed in as markup.
The numbers and sentences come from the same builders the app pages use; this module only lays them out.

The report is made in the language in use when it is made (`lang.speaking`): its own words (data/report.json
and the texts below) go through `tr`, the diary's canonical values are shown translated, its own words
(notes, places in the person's words) as written.
"""
from __future__ import annotations

import datetime as dt
import functools
import json
import re
from collections.abc import Mapping
from pathlib import Path

import jinja2
import pandas as pd
from markupsafe import Markup

from cramplog import paths
from cramplog.analyse import doctor, periods, tables
from cramplog.analyse.indicators import Count
from cramplog.analyse.key_numbers import KeyNumbers
from cramplog.analyse.key_numbers import key_numbers as period_key_numbers
from cramplog.analyse.rules import threshold
from cramplog.base import lang
from cramplog.base.canonical import canonical_cells
from cramplog.base.lang import tr, tr_later, tr_n
from cramplog.base.words import number
from cramplog.diary.filters import filter_diary
from cramplog.present import content, dashboard, doctor_text, your_diary
from cramplog.present.key_numbers import counted_over_note
from cramplog.present.wording import MEDIAN_NOTE, NOT_RECORDED, RATE_LABEL, long_day, pct, rate_text, share_of, value_text
from cramplog.schema import BY_NAME, COLUMNS, HEADINGS, SIDES, Kind
from cramplog.write import notable
from cramplog.write.svg_timeline import timeline_svg

WORDING_PATH = paths.data_file("report.json")
TEMPLATES = Path(__file__).resolve().parent / "templates"
# What the person may fill in before making the summary (all optional), in the order shown.
ABOUT_FIELDS = ("name", "born", "medicines", "questions")
# Entries table: the canonical columns shown together in one cell, headed by the first one's heading in the
# column spec. The browser sizes the columns to their words (report.css keeps headings on one line).
_ENTRY_CELLS = (
    ("date",), ("time",), ("location", "location_detail"), ("side",), ("severity",), ("duration_min",),
    ("context",), ("trigger",), ("remedy", "remedy_helped"), ("twitching",), ("weakness",),
    ("stiffness_after",), ("notes",),
)
ENTRY_COLUMNS = tuple((HEADINGS[cols[0]], cols) for cols in _ENTRY_CELLS)  # English: shown through tr()
# The report speaks about the person, not to them: the app's shared sentences say "you" and "your". Each
# language's patterns, in order: a pattern (case kept as written) and what replaces it. German "Sie",
# French "vous" would change the verb too, so only their possessives are turned ("Ihr Tagebuch" -> "das
# Tagebuch", "votre journal" -> "le journal"); Spanish "usted" takes the third person's verb already.
_THIRD_PERSON = {
    "en": ((r"\byour diary\b", "the diary"), (r"\bYour diary\b", "The diary"), (r"\byour (first|last)\b", r"the \1"),
           (r"\byou were\b", "the patient was"),
           (r"\byour\b", "the patient's"), (r"\bYour\b", "The patient's"),
           (r"\byou\b", "the patient"), (r"\bYou\b", "The patient")),
    "de": ((r"\bIhr Tagebuch\b", "das Tagebuch"), (r"\bIhre\b", "die"), (r"\bIhrem\b", "dem"), (r"\bIhren\b", "den"),
           (r"\bIhrer\b", "der"), (r"\bIhres\b", "des")),
    "fr": ((r"\bvotre journal\b", "le journal"), (r"\bVotre journal\b", "Le journal"),
           (r"\bvotre (première|dernière)\b", r"la \1"), (r"\bvotre (premier|dernier)\b", r"le \1"),
           (r"\bvos\b", "ses"), (r"\bVos\b", "Ses")),
    "es": ((r"\bsu diario\b", "el diario"), (r"\bSu diario\b", "El diario"), (r"\ba usted\b", "al paciente"),
           (r"\bde usted\b", "del paciente"), (r"\busted\b", "el paciente"), (r"\bUsted\b", "El paciente")),
}


@functools.cache
def wording() -> dict:
    """The report's own words in English, as data/report.json holds them (`words()` translates them)."""
    return json.loads(WORDING_PATH.read_text(encoding="utf-8"))


def words() -> dict[str, str]:
    """The report's own words in the language in use."""
    return {key: tr(text) for key, text in wording().items()}


def shown_texts() -> list[str]:
    """Every English text of data/report.json a reader sees (the catalogues translate them)."""
    return list(wording().values())


def _capital(match: re.Match, words: str) -> str:
    """German's "Ihre" is capitalised everywhere: its "die" only at the start of a sentence."""
    said = match.expand(words)
    before = match.string[:match.start()].rstrip()
    return said[:1].upper() + said[1:] if not before or before[-1] in ".!?" else said


def third_person(text: str) -> str:
    """"Cramps woke you" -> "Cramps woke the patient"; "not recorded in your diary" -> "... in the diary"."""
    code = lang.current()
    for pattern, words in _THIRD_PERSON.get(code, ()):
        text = (re.sub(pattern, lambda m, w=words: _capital(m, w), text) if code == "de"
                else re.sub(pattern, words, text))
    return text


def _period(diary: pd.DataFrame, start: dt.date | None, end: dt.date | None) -> str:
    dates = diary["date"].dropna()
    first = start or (dates.min().date() if len(dates) else None)
    last = end or (dates.max().date() if len(dates) else None)
    if first is None:
        return tr("no dated entries")
    return long_day(first) if first == last else tr("{first} to {last}", first=long_day(first), last=long_day(last))


def _share(c: Count) -> str:
    """"5% (7 of 150)": the share with the count it rests on."""
    return tr(NOT_RECORDED) if c.share is None else share_of(c.n, c.of)


def _rate(numbers: KeyNumbers) -> str:
    if not numbers.days_covered:
        return tr(NOT_RECORDED)  # the period lies outside the diary's days
    return rate_text(numbers.cramps_per_week, numbers.entries, numbers.rate_days)


def _under_tiles(numbers: KeyNumbers) -> str:
    """The line under the tiles: which days the rates are over ("Kept on 71 of 309 days; 3 gaps (longest 118
    days); ...", or that every day was counted), then the median note."""
    note = tr(MEDIAN_NOTE)
    return f"{third_person(counted_over_note(numbers))} {note}" if numbers.days_covered else note


def _weakness(c: Count) -> str:
    """"0 of 36": the entries noting weakness, of those that say yes or no."""
    return tr("{n} of {of}", n=number(c.n), of=number(c.of)) if c.of else tr(NOT_RECORDED)


# The tiles' labels, in English: `key_numbers` shows them in the language in use, `tile_bases` keys on them.
ENTRIES, SEVERITY, DURATION = tr_later("Entries"), tr_later("Median severity (0–10)"), tr_later("Median duration")
WEAKNESS = tr_later("Entries noting weakness")


def _places(numbers: KeyNumbers) -> str:
    """"calf 124, foot 20": the top two regions, and any tied with them."""
    regions = list(numbers.regions)  # most first, ties in vocabulary order
    shown = [(r, n) for r, n in regions if n >= regions[min(1, len(regions) - 1)][1]] if regions else []
    return ", ".join(f"{tr(r)} {number(n)}" for r, n in shown) or tr(NOT_RECORDED)


def key_numbers(numbers: KeyNumbers) -> list[tuple[str, str]]:
    """(label, value) tiles from the period's key numbers: the record the Overview and the CLI read."""
    return [
        (tr(ENTRIES), number(numbers.entries)),
        (tr(RATE_LABEL), _rate(numbers)),
        (tr(SEVERITY), value_text(numbers.median_severity)),
        (tr(DURATION), value_text(numbers.median_duration_min, " min")),
        (tr("Lasting over {minutes} min", minutes=number(threshold("long_cramp"))), _share(numbers.over_10_min)),
        (tr("Asleep or at rest"), _share(numbers.at_rest_or_asleep)),
        (tr("Most noted places"), _places(numbers)),
        (tr(WEAKNESS), _weakness(numbers.weakness)),
    ]


def tile_bases(diary: pd.DataFrame) -> dict[str, str]:
    """What a tile's figure rests on, printed under its label (as `key_numbers` shows it): "of 180 entries
    with one"."""
    def of(column: str) -> str:
        if column not in diary.columns:
            return ""
        return tr_n(int(diary[column].notna().sum()), "of {n} entry with one", "of {n} entries with one")
    return {tr(SEVERITY): of("severity"), tr(DURATION): of("duration_min"),
            tr(WEAKNESS): tr("of those that say yes or no")}


def _timeline(diary: pd.DataFrame, covered: periods.Period | None, title: str) -> dict:
    """The timeline as SVG markup (drawn here from numbers: the one thing marked safe) and its takeaway."""
    result = dashboard.build_chart("timeline", diary, covered)
    if result.figure is None:
        return {"svg": None, "takeaway": "", "message": result.message or ""}
    freq = periods.choose_freq(diary, covered)
    svg = timeline_svg(tables.counts_over_time(diary, freq, covered), freq, title)
    return {"svg": Markup(svg), "takeaway": result.takeaway, "message": ""}


def _body(diary: pd.DataFrame) -> dict:
    """Where the cramps were, as a table a printer keeps readable (the app draws a body map): region, each
    side and the total, most first; or the body chart's own message when there is too little to show."""
    message = dashboard.build_chart("body", diary).message
    if message:
        return {"rows": [], "message": message}
    counts = tables.region_side_counts(diary)
    rows = []
    for region, group in counts.groupby("region", sort=False):
        by_side = {s: int(group.loc[group["side"] == s, "count"].sum()) for s in SIDES}
        unsided = int(group.loc[group["side"].isna(), "count"].sum())
        total = int(group["count"].sum())
        cells = [number(by_side[s]) if by_side[s] else "" for s in SIDES] + [number(unsided) if unsided else ""]
        rows.append((total, [tr(str(region)), *cells, f"{number(total)} ({pct(total, len(diary))})"]))
    return {"rows": [row for _, row in sorted(rows, key=lambda r: -r[0])], "message": ""}  # ties: head to toe


def _comparison(diary: pd.DataFrame, period: periods.Period | None) -> list[tuple[str, str]]:
    table = content.your_diary_table(your_diary.your_column(diary, period))  # feature, then the diary's words
    return [(str(f), third_person(str(y))) for f, y in table.itertuples(index=False)]  # headings in any language


def _cell(column: str, text: str) -> str:
    """A canonical cell as a reader of the language in use reads it: a value of the diary's vocabularies
    translated, a number written the local way; the person's own words and the ISO date as written."""
    if not text or lang.current() == lang.SOURCE:
        return text
    kind = BY_NAME[column].kind
    if kind in (Kind.CHOICE, Kind.YES_NO):
        return tr(text)
    return number(float(text), 3) if kind == Kind.NUMBER else text


def _entry_rows(diary: pd.DataFrame) -> list[list[str]]:
    """One list of cell texts per entry, by date and time, in ENTRY_COLUMNS order (escaped by the template)."""
    position = {c: i for i, c in enumerate(COLUMNS)}
    ordered = diary.sort_values(["date", "time"], kind="stable", na_position="first")
    rows = []
    for cells in canonical_cells(ordered, formula_safe=False):
        row = []
        for _, cols in ENTRY_COLUMNS:
            parts = [_cell(c, cells[position[c]]) for c in cols if cells[position[c]]]
            row.append(" – ".join(parts) if cols[0] != "remedy" or len(parts) < 2
                       else tr("{remedy} (helped:\u00a0{helped})", remedy=parts[0], helped=parts[1]))  # never split
        rows.append(row)
    return rows


def _about(about: Mapping[str, str] | None) -> list[tuple[str, str]]:
    """The details the person chose to give, labelled; nothing when they gave none."""
    labels = {k: tr(wording()[f"about_{k}"]) for k in ABOUT_FIELDS}
    given = {k: str(v).strip() for k, v in (about or {}).items() if k in labels and str(v or "").strip()}
    return [(labels[k], given[k]) for k in ABOUT_FIELDS if k in given]


CROWDED = 5  # reasons and could-not-check lines from which the summary prints smaller, to stay on one page


def _crowded(diary: pd.DataFrame) -> bool:
    return len(doctor.see_a_doctor(diary)) + len(doctor.not_checked(diary)) >= CROWDED


def _reason_rows(diary: pd.DataFrame) -> list[tuple[str, str]]:
    """(how soon, the reasons of that level in brief), most urgent first: one line a level keeps the page short."""
    return [(heading, doctor_text.in_brief(group)) for heading, group in doctor_text.by_urgency(doctor.see_a_doctor(diary))]


def build_report(df: pd.DataFrame, *, start: dt.date | None = None, end: dt.date | None = None,
                 name: str = "", about: Mapping[str, str] | None = None, values_read: str = "") -> str:
    """The whole report as one HTML document for the diary's entries from `start` to `end` (inclusive).
    `name`: the diary's file, named in the footnote only; `about`: the person's optional details
    (ABOUT_FIELDS); `values_read`: how an import turned words into numbers, for the footnote."""
    w = words()
    diary = filter_diary(df, start, end).reset_index(drop=True)
    covered = periods.covered(df, start, end)  # the days of the period the diary covers: rates are over these
    numbers = period_key_numbers(df, start, end)
    return _template().render(
        tr=tr, tr_n=tr_n, number=number, lang=lang.current(),  # the template's own words and numbers
        w=w, period=_period(diary, start, end), days=covered.days if covered else 0, made=long_day(dt.date.today()),
        about=_about(about), changes=notable.changes(diary, covered),
        reasons=_reason_rows(diary), crowded=_crowded(diary), doctor_always=third_person(doctor.wording("always")),
        doctor_none=third_person(doctor.none_apply_text(diary)),
        not_checked=[third_person(line) for line in doctor_text.not_checked_lines(doctor.not_checked(diary))],
        tiles=key_numbers(numbers), bases=tile_bases(diary), median_note=_under_tiles(numbers),
        timeline=_timeline(diary, covered, w["timeline"]), body=_body(diary),
        comparison=_comparison(diary, covered), name=name, values_read=values_read,
        columns=[tr(heading) for heading, _ in ENTRY_COLUMNS], entries=_entry_rows(diary),
    ) + "\n"


@functools.cache
def _template() -> jinja2.Template:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                             undefined=jinja2.StrictUndefined, keep_trailing_newline=False)
    return env.get_template("report.html")
