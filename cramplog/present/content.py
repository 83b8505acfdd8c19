"""The Learn pages' content: read from data/ (learn.json, comparison.csv, sources.csv), pure.

Text lives in the data files so writers can edit it without touching code; every fact carries
short citation keys that resolve to a full reference in sources.csv. The files are read in English (cached) and
every text a person reads is translated with tr() as it is returned; ids, citation keys, addresses and the
published references stay as written. `shown_texts()` lists those English texts for the catalogues.
"""
from __future__ import annotations

import html
import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from cramplog import paths
from cramplog.base.lang import tr, tr_later
from cramplog.present.wording import MEDIAN_NOTE, NOT_RECORDED, fill

DATA = paths.DATA
LEARN_PATH = DATA / "learn.json"
COMPARISON_PATH = DATA / "comparison.csv"
SOURCES_PATH = DATA / "sources.csv"

COMPARISON_IDS: tuple[str, ...] = (
    "where", "widespread", "when", "triggers", "duration", "frequency", "stretching", "twitching",
    "weakness", "course",
)

# Column headings of the displayed comparison table, in order (English; the table shows them through tr:
# `heading(column)`).
TABLE_COLUMNS: dict[str, str] = {
    "feature": tr_later("Feature"),
    "common": tr_later("Common cramps"),
    "als": tr_later("With ALS / motor neuron disease"),
    "article_says": tr_later("The article says"),
    "evidence_says": tr_later("The evidence says"),
    "citation": tr_later("Sources"),
}
YOURS_COLUMN = tr_later("Your diary")
# The comparison's columns a person reads as text (the citation column holds keys, kept as written).
TEXT_COLUMNS: tuple[str, ...] = ("feature", "common", "als", "article_says", "evidence_says")
# Placeholders a Learn point may use instead of writing out a sentence kept once in code.
TEXT_VALUES = {"median_note": MEDIAN_NOTE}


def heading(column: str) -> str:
    """A displayed table's column heading in the language in use: a TABLE_COLUMNS key, or "yours"."""
    return tr(YOURS_COLUMN if column == "yours" else TABLE_COLUMNS[column])


def _text_values() -> dict[str, str]:
    return {name: tr(text) for name, text in TEXT_VALUES.items()}


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
    """A fact's sources as "(Stephens 2017; Xu 2020)": upright, as in-text citations are, which also spares the
    pages the italic font's download (138 kB)."""
    return f"({'; '.join(keys)})" if keys else ""


@lru_cache(maxsize=1)
def _learn() -> dict:
    return json.loads(LEARN_PATH.read_text(encoding="utf-8"))


def sections(page: str) -> list[Section]:
    """The prose sections of one Learn page, ready to render as markdown."""
    out, values = [], _text_values()
    for s in _learn()[page]:
        lines = [f"- {fill(tr(p['text']), values)} {cite(p['cite'])}".rstrip() for p in s["points"]]
        links = tuple({**link, "label": tr(link["label"])} for link in s.get("links", ()))
        out.append(Section(s["id"], tr(s["heading"]), "\n".join(lines), tr(s["caption"]) if s.get("caption") else "",
                           s.get("style", ""), links))
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
    table = rows[list(TABLE_COLUMNS)].copy()
    for column in TEXT_COLUMNS:
        table[column] = table[column].map(tr)
    table = table.rename(columns={column: heading(column) for column in TABLE_COLUMNS})
    if yours is not None:
        cells = [str(yours[i]) if yours.get(i) not in (None, "") else tr(NOT_RECORDED) for i in rows.index]
        table.insert(1, heading("yours"), cells)
    return table.reset_index(drop=True)


def your_diary_table(yours: Mapping[str, str]) -> pd.DataFrame:
    """Feature and "Your diary" only: the user's pattern in a block of its own, apart from the ALS column."""
    return comparison_table(yours)[[heading("feature"), heading("yours")]]


def comparison_styler(table: pd.DataFrame) -> pd.io.formats.style.Styler:
    """The table with a minimum column width, so a phone scrolls it sideways instead of squeezing it."""
    return table.style.set_table_styles([
        {"selector": "th, td", "props": "min-width: 7rem; vertical-align: top;"},
    ])


def comparison_cards(table: pd.DataFrame) -> list[str]:
    """One markdown block per feature ("**Column:** text" lines): the phone-friendly view of the table."""
    cards = []
    for row in table.to_dict("records"):
        feature = row.pop(heading("feature"))
        cards.append(f"### {feature}\n" + "\n".join(f"- **{col}:** {text}" for col, text in row.items()))
    return cards


def citation_keys_used() -> set[str]:
    """Every short citation key used in the Learn content (learn.json and comparison.csv)."""
    keys = {k for c in load_comparison()["citation"] for k in split_keys(c)}
    for page in _learn().values():
        for s in page:
            keys.update(k for p in s["points"] for k in p["cite"])
    return keys


def _online(row) -> bool:
    return isinstance(row.address, str) and bool(row.address)


def _reference(row) -> str:
    """'**Key**: full citation. Online: address (date).' for one sources.csv row. A row without an address is
    described in words and read in the language in use; a published reference stays as published."""
    shown = tr(row.citation)
    if shown == row.citation:  # a published title stays in English, marked so: a screen reader reads it in English
        shown = f'<span lang="en">{html.escape(row.citation, quote=False)}</span>'  # (shown with HTML on)
    if not _online(row):
        return f"- **{row.key}**: {shown}"
    date = f" ({tr(row.date)})" if isinstance(row.date, str) and row.date else ""
    return f"- **{row.key}**: {shown} " + tr("Online: {address}{date}.", address=f"<{row.address}>", date=date)


def _further(src: pd.DataFrame) -> pd.Series:
    return src["further_reading"].fillna("").str.strip() != ""


def sources_markdown() -> str:
    """The references cited in CrampLog, in full, in the order of sources.csv (the source article first)."""
    src = load_sources()
    return "\n".join(_reference(r) for r in src[~_further(src)].itertuples(index=False))


def further_reading_markdown() -> str:
    """References not cited beside a fact, each with a line on what it adds."""
    src = load_sources()
    return "\n".join(f"{_reference(r)} *{tr(r.further_reading)}*" for r in src[_further(src)].itertuples(index=False))


def _learn_texts() -> list[str]:
    texts = []
    for page in _learn().values():
        for s in page:
            texts += [s["heading"], s.get("caption", ""), *(p["text"] for p in s["points"])]
            texts += [link["label"] for link in s.get("links", ())]
    return texts


def shown_texts() -> list[str]:
    """Every English text of learn.json, comparison.csv and sources.csv a person reads (for the catalogues)."""
    comparison = load_comparison().set_index("id").loc[list(COMPARISON_IDS)]
    src = load_sources().fillna("")
    texts = _learn_texts() + [t for column in TEXT_COLUMNS for t in comparison[column]]
    texts += [r.citation for r in src.itertuples(index=False) if not _online(r)]
    texts += [t for t in src["further_reading"] if t.strip()] + [t for t in src["date"] if t.strip()]
    return list(dict.fromkeys(t for t in texts if t))
