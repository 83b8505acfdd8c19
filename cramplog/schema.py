"""The canonical diary: one row per cramp, its columns, vocabularies and dtypes.

Every part of CrampLog (loader, statistics, figures, report, export) speaks this one shape.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import pandas as pd

# Body regions a location is normalised to (issue 3). Order is head-to-toe for display.
REGIONS: tuple[str, ...] = (
    "tongue", "jaw", "neck", "shoulder", "upper arm", "forearm", "hand", "fingers",
    "chest", "abdomen", "back", "hip", "buttock", "thigh", "hamstring", "shin", "calf",
    "foot", "toes", "other",
)
SIDES: tuple[str, ...] = ("left", "right", "both")
CONTEXTS: tuple[str, ...] = ("asleep", "at rest", "during activity", "after activity")
TRIGGERS: tuple[str, ...] = (
    "none", "exercise", "dehydration", "heat", "new medication", "alcohol", "pregnancy", "other",
)
REMEDIES: tuple[str, ...] = ("stretching", "massage", "fluids", "heat", "medication", "none")
HELPED: tuple[str, ...] = ("yes", "partly", "no")

@dataclass(frozen=True)
class ColumnSpec:
    """One diary column, declared once: everything else (validators, header matcher, forms, labels) derives from it."""
    name: str
    kind: str                 # "date", "text", "choice" (one of `values`), "number" or "yes/no"
    label: str                # how the column is named in words: the diary format, the comparison, the CLI
    values: tuple[str, ...] = ()        # the allowed values of a "choice" column
    header_words: tuple[str, ...] = ()  # other names people give the column (any language), compared after header_key
    shown_as: str = ""                  # how a value is shown: a unit or a scale
    short: str = ""                     # its heading in a narrow table (editor, report, chart data); else `label`
    question: str = ""                  # how the log form asks for it; else `label`

    @property
    def heading(self) -> str:
        return self.short or self.label

    @property
    def prompt(self) -> str:
        return self.question or self.label

    @property
    def dtype(self) -> str:
        return _DTYPE_OF_KIND[self.kind]


_DTYPE_OF_KIND = {"date": "datetime64[us]", "text": "str", "choice": "str", "number": "float64",
                  "yes/no": "boolean"}

# The canonical CSV, in this column order. `location_detail` keeps the user's own words for a
# location that did not map to a known region (region "other"), so nothing typed is lost.
SPEC: tuple[ColumnSpec, ...] = (
    ColumnSpec("date", "date", "Date", header_words=(
        "day", "timestamp", "time stamp", "datetime", "date time", "date and time", "when", "entry date",
        "datum", "date heure", "fecha", "data", "zeitstempel", "horodateur", "marca temporal",
        "informazioni cronologiche", "tijdstempel", "tag", "jour", "día", "dia", "giorno", "dag")),
    ColumnSpec("time", "text", "Time", shown_as="HH:MM", header_words=(
        "hour", "clock", "time of day", "start time", "uhrzeit", "zeit", "heure", "hora", "ora", "orario",
        "tijd", "tijdstip")),
    ColumnSpec("location", "choice", "Body region", REGIONS, short="Where", question="Where was the cramp?", header_words=(
        "muscle", "muscles", "where", "body part", "bodypart", "place", "site", "area", "region", "muscle group",
        "cramp location", "location of cramp", "muskel", "körperteil", "körperstelle", "körperregion", "stelle",
        "ort", "lieu", "endroit", "partie du corps", "músculo", "musculo", "zona", "parte del cuerpo", "muscolo",
        "parte del corpo", "spier", "lichaamsdeel", "plek", "plaats")),
    ColumnSpec("location_detail", "text", "Where exactly", question="Where exactly (your own words, optional)",
               header_words=("location details", "where exactly")),
    ColumnSpec("side", "choice", "Side", SIDES, header_words=(
        "which side", "left right", "left or right", "laterality", "seite", "körperseite", "côté", "cote",
        "lado", "lato", "kant", "zijde")),
    ColumnSpec("severity", "number", "Severity", shown_as="0–10",
               question="How bad (0 = none, 10 = worst you can imagine); not noted unless you choose", header_words=(
        "pain", "intensity", "score", "pain level", "pain score", "how bad", "rating", "severity score", "strength",
        "schmerz", "stärke", "intensität", "schmerzstärke", "douleur", "intensité", "dolor", "intensidad",
        "severidad", "intensità", "dolore", "gravità", "intensiteit", "pijn", "ernst", "sterkte")),
    ColumnSpec("duration_min", "number", "Duration", shown_as="minutes", short="Minutes",
               question="How long, in minutes", header_words=(
        "duration", "length", "how long", "minutes", "mins", "duration minutes", "duration mins", "time it lasted",
        "lasted", "dauer", "durée", "duree", "duración", "duracion", "durata", "duur", "minuten")),
    ColumnSpec("context", "choice", "What you were doing", CONTEXTS, short="When", question="What were you doing?", header_words=(
        "activity", "situation", "doing", "what were you doing", "circumstances", "setting", "tätigkeit",
        "activité", "actividad", "attività", "activiteit", "bezigheid")),
    ColumnSpec("trigger", "choice", "Possible trigger", TRIGGERS, short="Trigger", header_words=(
        "triggers", "cause", "causes", "possible trigger", "possible cause", "auslöser", "ursache",
        "déclencheur", "cause possible", "desencadenante", "causa", "oorzaak", "aanleiding")),
    ColumnSpec("remedy", "choice", "Remedy", REMEDIES, question="What did you try?", header_words=(
        "remedies", "treatment", "relief", "what i did", "action", "remedy used", "maßnahme", "massnahme",
        "behandlung", "remède", "remede", "traitement", "remedio", "tratamiento", "rimedio", "trattamento",
        "remedie", "behandeling")),
    ColumnSpec("remedy_helped", "choice", "Did it help", HELPED, short="Helped", question="Did it help?", header_words=(
        "helped", "did it help", "it helped", "remedy worked", "worked", "effective", "geholfen", "hat geholfen",
        "efficace", "a aidé", "ayudó", "funcionó", "ha aiutato", "geholpen")),
    ColumnSpec("twitching", "yes/no", "Twitching", question="Twitching in the muscle", header_words=(
        "twitch", "twitches", "fasciculation", "fasciculations", "muscle twitching", "zuckungen",
        "faszikulationen", "muskelzucken", "fasciculaciones", "fascicolazioni", "spiertrekkingen")),
    # Weakness still there the next day: a muscle can stay sore for up to a day after any cramp (NHS), and
    # soreness is not weakness, so the question asks about the next day.
    ColumnSpec("weakness", "yes/no", "Weakness the next day", short="Weakness",
               question="Weakness still there the next day (harder to grip, lift or walk; not just soreness)",
               header_words=("weak", "muscle weakness", "weakness next day", "schwäche", "faiblesse", "debilidad",
                             "debolezza", "zwakte")),
    ColumnSpec("stiffness_after", "yes/no", "Stiffness afterwards", short="Stiff after", question="Stiffness", header_words=(
        "stiffness", "stiff after", "stiff", "stiffness afterwards", "soreness after", "steifheit", "raideur",
        "rigidez", "rigidità", "stijfheid")),
    ColumnSpec("numbness", "yes/no", "Numbness", question="Numbness or loss of feeling", header_words=(
        "numb", "loss of feeling", "pins and needles", "taubheit", "taubheitsgefühl", "engourdissement",
        "entumecimiento", "intorpidimento", "gevoelloosheid")),
    ColumnSpec("swelling", "yes/no", "Swelling or redness", short="Swelling",
               question="Swelling, redness or warmth in that part", header_words=(
        "swollen", "redness", "swelling or redness", "schwellung", "gonflement", "hinchazón", "gonfiore",
        "zwelling")),
    ColumnSpec("notes", "text", "Notes", question="Notes (optional)", header_words=(
        "note", "comments", "comment", "remarks", "details", "description", "memo", "notizen", "bemerkung",
        "bemerkungen", "kommentar", "anmerkung", "remarques", "remarque", "commentaire", "notas", "nota",
        "comentarios", "observaciones", "commenti", "osservazioni", "opmerkingen", "opmerking",
        "notities")),
)
BY_NAME: dict[str, ColumnSpec] = {spec.name: spec for spec in SPEC}
COLUMNS: tuple[str, ...] = tuple(spec.name for spec in SPEC)
LABELS: dict[str, str] = {spec.name: spec.label for spec in SPEC}
HEADINGS: dict[str, str] = {spec.name: spec.heading for spec in SPEC}
REQUIRED: tuple[str, ...] = ("date",)
TEXT_COLUMNS: tuple[str, ...] = tuple(s.name for s in SPEC if s.kind in ("text", "choice"))
NUMBER_COLUMNS: tuple[str, ...] = tuple(s.name for s in SPEC if s.kind == "number")
YES_NO_COLUMNS: tuple[str, ...] = tuple(s.name for s in SPEC if s.kind == "yes/no")
SEVERITY_RANGE = (0.0, 10.0)

# In-memory dtypes. `date` is midnight of the day; `time` is "HH:MM" text or missing.
DTYPES: dict[str, str] = {spec.name: spec.dtype for spec in SPEC}
VOCABULARIES: dict[str, tuple[str, ...]] = {spec.name: spec.values for spec in SPEC if spec.kind == "choice"}


def empty_diary() -> pd.DataFrame:
    """A diary with every canonical column and no rows."""
    return pd.DataFrame({c: pd.Series(dtype=DTYPES[c]) for c in COLUMNS})


def conform(df: pd.DataFrame) -> pd.DataFrame:
    """Return `df` with every canonical column present, in order, with canonical dtypes.

    Missing columns are added empty; extra columns are kept after the canonical ones.
    Assumes values are already valid (the loader validates; this only shapes).
    """
    columns: dict[str, pd.Series] = {}
    for col in COLUMNS:
        dtype = DTYPES[col]
        if col not in df.columns:
            columns[col] = pd.Series(None, index=df.index, dtype=dtype)
            continue
        values = df[col]
        if col == "date":
            if values.dtype != dtype:
                values = pd.to_datetime(values, format="ISO8601").astype(dtype)
            columns[col] = values.dt.normalize()
        elif values.dtype == dtype:
            columns[col] = values  # already canonical (the loader's output): no costly round trip
        elif dtype == "float64":
            columns[col] = pd.to_numeric(values, errors="coerce").astype(dtype)
        else:
            columns[col] = values.astype("object").where(values.notna(), None).astype(dtype)
    for col in df.columns:
        if col not in columns:
            columns[col] = df[col]
    return pd.DataFrame(columns).reset_index(drop=True)


def make_diary(records: Iterable[Mapping[str, object]]) -> pd.DataFrame:
    """Build a canonical diary from already-clean records (tests, the log form, the demo)."""
    rows = list(records)
    if not rows:
        return empty_diary()
    return conform(pd.DataFrame(rows))


def is_recorded(df: pd.DataFrame, column: str) -> bool:
    """True when the diary has the column and at least one value in it."""
    return column in df.columns and bool(df[column].notna().any())
