"""The Learn pages' content: read from data/ (learn.json, comparison.csv, sources.csv), pure.

Text lives in the data files so writers can edit it without touching code; every fact carries
short citation keys that resolve to a full reference in sources.csv.
"""
from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from cramplog import paths
from cramplog.present.wording import MEDIAN_NOTE, NOT_RECORDED, fill

DATA = paths.DATA
LEARN_PATH = DATA / "learn.json"
COMPARISON_PATH = DATA / "comparison.csv"
SOURCES_PATH = DATA / "sources.csv"

COMPARISON_IDS: tuple[str, ...] = (
    "where", "widespread", "when", "triggers", "duration", "frequency", "stretching", "twitching",
    "weakness", "course",
)

# Column headings of the displayed comparison table, in order.
TABLE_COLUMNS: dict[str, str] = {
    "feature": "Feature",
    "common": "Common cramps",
    "als": "With ALS / motor neuron disease",
    "article_says": "The article says",
    "evidence_says": "The evidence says",
    "citation": "Sources",
}
YOURS_COLUMN = "Your diary"
# Placeholders a Learn point may use instead of writing out a sentence kept once in code.
TEXT_VALUES = {"median_note": MEDIAN_NOTE}


@dataclass(frozen=True)
class Section:
    id: str
    heading: str
    markdown: str  # bullet list, each point followed by its short citations
    caption: str = ""
    style: str = ""  # "" or "reassure"
    links: tuple[dict, ...] = ()


def split_keys(citation: object) -> list[str]:
    """'Caress 2016; Naylor 1994' -> ['Caress 2016', 'Naylor 1994']."""
    if not isinstance(citation, str):
        return []
    return [k.strip() for k in citation.split(";") if k.strip()]


def cite(keys: list[str]) -> str:
    return f"*({'; '.join(keys)})*" if keys else ""


@lru_cache(maxsize=1)
def _learn() -> dict:
    return json.loads(LEARN_PATH.read_text(encoding="utf-8"))


def sections(page: str) -> list[Section]:
    """The prose sections of one Learn page, ready to render as markdown."""
    out = []
    for s in _learn()[page]:
        lines = [f"- {fill(p['text'], TEXT_VALUES)} {cite(p['cite'])}".rstrip() for p in s["points"]]
        out.append(Section(s["id"], s["heading"], "\n".join(lines), s.get("caption", ""),
                           s.get("style", ""), tuple(s.get("links", ()))))
    return out


def section(page: str, section_id: str) -> Section:
    return next(s for s in sections(page) if s.id == section_id)


def load_sources() -> pd.DataFrame:
    return pd.read_csv(SOURCES_PATH, dtype="str")


def load_comparison() -> pd.DataFrame:
    return pd.read_csv(COMPARISON_PATH, dtype="str")


def comparison_table(yours: Mapping[str, str] | None = None) -> pd.DataFrame:
    """The side-by-side table as displayed: one row per feature, readable column headings.

    With `yours` (cells keyed by row id), a "Your diary" column is added after the feature (the
    report's two-column summary uses it); ids it lacks read "not recorded" (the column is headed "Your diary").
    """
    rows = load_comparison().set_index("id").loc[list(COMPARISON_IDS)]
    table = rows[list(TABLE_COLUMNS)].rename(columns=TABLE_COLUMNS)
    if yours is not None:
        cells = [str(yours[i]) if yours.get(i) not in (None, "") else NOT_RECORDED for i in rows.index]
        table.insert(1, YOURS_COLUMN, cells)
    return table.reset_index(drop=True)


def your_diary_table(yours: Mapping[str, str]) -> pd.DataFrame:
    """Feature and "Your diary" only: the user's pattern in a block of its own, apart from the ALS column."""
    return comparison_table(yours)[[TABLE_COLUMNS["feature"], YOURS_COLUMN]]


def comparison_styler(table: pd.DataFrame) -> pd.io.formats.style.Styler:
    """The table with a minimum column width, so a phone scrolls it sideways instead of squeezing it."""
    return table.style.set_table_styles([
        {"selector": "th, td", "props": "min-width: 7rem; vertical-align: top;"},
    ])


def comparison_cards(table: pd.DataFrame) -> list[str]:
    """One markdown block per feature ("**Column:** text" lines): the phone-friendly view of the table."""
    cards = []
    for row in table.to_dict("records"):
        feature = row.pop(TABLE_COLUMNS["feature"])
        cards.append(f"### {feature}\n" + "\n".join(f"- **{col}:** {text}" for col, text in row.items()))
    return cards


def citation_keys_used() -> set[str]:
    """Every short citation key used in the Learn content (learn.json and comparison.csv)."""
    keys = {k for c in load_comparison()["citation"] for k in split_keys(c)}
    for page in _learn().values():
        for s in page:
            keys.update(k for p in s["points"] for k in p["cite"])
    return keys


def _reference(row) -> str:
    """'**Key**: full citation. Online: address (date).' for one sources.csv row."""
    text = f"- **{row.key}**: {row.citation}"
    if isinstance(row.address, str) and row.address:
        text += f" Online: <{row.address}>"
        text += f" ({row.date})." if isinstance(row.date, str) and row.date else "."
    return text


def _further(src: pd.DataFrame) -> pd.Series:
    return src["further_reading"].fillna("").str.strip() != ""


def sources_markdown() -> str:
    """The references cited in CrampLog, in full, in the order of sources.csv (the source article first)."""
    src = load_sources()
    return "\n".join(_reference(r) for r in src[~_further(src)].itertuples(index=False))


def further_reading_markdown() -> str:
    """References not cited beside a fact, each with a line on what it adds."""
    src = load_sources()
    return "\n".join(f"{_reference(r)} *{r.further_reading}*" for r in src[_further(src)].itertuples(index=False))
