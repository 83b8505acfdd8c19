"""Names people give the diary's columns, in English, German, French, Spanish, Italian and Dutch.

Compared after `normal.header_key`, so case, spacing, punctuation and units in brackets don't matter.
"""
from __future__ import annotations

# Other names for each canonical column (its own name counts too), as they would be typed.
HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "date": (
        "day", "timestamp", "time stamp", "datetime", "date time", "date and time", "when", "entry date", "datum",
        "date heure", "fecha", "data", "zeitstempel", "horodateur", "marca temporal", "informazioni cronologiche",
        "tijdstempel", "tag", "jour", "día", "dia", "giorno", "dag",
    ),
    "time": (
        "hour", "clock", "time of day", "start time", "uhrzeit", "zeit", "heure", "hora", "ora", "orario", "tijd",
        "tijdstip",
    ),
    "location": (
        "muscle", "muscles", "where", "body part", "bodypart", "place", "site", "area", "region", "muscle group",
        "cramp location", "location of cramp", "muskel", "körperteil", "körperstelle", "körperregion", "stelle",
        "ort", "lieu", "endroit", "partie du corps", "músculo", "musculo", "zona", "parte del cuerpo", "muscolo",
        "parte del corpo", "spier", "lichaamsdeel", "plek", "plaats",
    ),
    "location_detail": (
        "location details", "where exactly",
    ),
    "side": (
        "which side", "left right", "left or right", "laterality", "seite", "körperseite", "côté", "cote", "lado",
        "lato", "kant", "zijde",
    ),
    "severity": (
        "pain", "intensity", "score", "pain level", "pain score", "how bad", "rating", "severity score", "strength",
        "schmerz", "stärke", "intensität", "schmerzstärke", "douleur", "intensité", "dolor", "intensidad",
        "severidad", "intensità", "dolore", "gravità", "intensiteit", "pijn", "ernst", "sterkte",
    ),
    "duration_min": (
        "duration", "length", "how long", "minutes", "mins", "duration minutes", "duration mins", "time it lasted",
        "lasted", "dauer", "durée", "duree", "duración", "duracion", "durata", "duur", "minuten",
    ),
    "context": (
        "activity", "situation", "doing", "what were you doing", "circumstances", "setting", "tätigkeit", "activité",
        "actividad", "attività", "activiteit", "bezigheid",
    ),
    "trigger": (
        "triggers", "cause", "causes", "possible trigger", "possible cause", "auslöser", "ursache", "déclencheur",
        "cause possible", "desencadenante", "causa", "oorzaak", "aanleiding",
    ),
    "remedy": (
        "remedies", "treatment", "relief", "what i did", "action", "remedy used", "maßnahme", "massnahme",
        "behandlung", "remède", "remede", "traitement", "remedio", "tratamiento", "rimedio", "trattamento",
        "remedie", "behandeling",
    ),
    "remedy_helped": (
        "helped", "did it help", "it helped", "remedy worked", "worked", "effective", "geholfen", "hat geholfen",
        "efficace", "a aidé", "ayudó", "funcionó", "ha aiutato", "geholpen",
    ),
    "twitching": (
        "twitch", "twitches", "fasciculation", "fasciculations", "muscle twitching", "zuckungen", "faszikulationen",
        "muskelzucken", "fasciculaciones", "fascicolazioni", "spiertrekkingen",
    ),
    "weakness": (
        "weak", "muscle weakness", "weakness next day", "schwäche", "faiblesse", "debilidad", "debolezza", "zwakte",
    ),
    "stiffness_after": (
        "stiffness", "stiff after", "stiff", "stiffness afterwards", "soreness after", "steifheit", "raideur",
        "rigidez", "rigidità", "stijfheid",
    ),
    "numbness": (
        "numb", "loss of feeling", "pins and needles", "taubheit", "taubheitsgefühl", "engourdissement",
        "entumecimiento", "intorpidimento", "gevoelloosheid",
    ),
    "swelling": (
        "swollen", "redness", "swelling or redness", "schwellung", "gonflement", "hinchazón", "gonfiore", "zwelling",
    ),
    "notes": (
        "note", "comments", "comment", "remarks", "details", "description", "memo", "notizen", "bemerkung",
        "bemerkungen", "kommentar", "anmerkung", "remarques", "remarque", "commentaire", "notas", "nota",
        "comentarios", "observaciones", "commenti", "osservazioni", "opmerkingen", "opmerking", "notities",
    ),
}

# A question header ("How bad was it (0-10)?") is placed by its key words, first rule first: "What were you
# doing when it started?" is about the activity, not the date.
QUESTION_WORDS: tuple[tuple[str, frozenset[str]], ...] = tuple((column, frozenset(words.split())) for column, words in (
    ("context", "doing activity tätigkeit gemacht faisiez faisais hacías hacia facevi deed"),
    ("remedy", "help helped relief geholfen aidé soulagé ayudó alivio aiutato geholpen"),
    ("severity", "bad severe painful intense intensity stark schlimm douloureux fuerte forte erg"),
    ("duration_min", "long last lasted duration dauerte duré duró durato duurde"),
    ("side", "side seite côté lado lato kant"),
    ("location", "where muscle body wo où dónde dove waar"),
    ("notes", "else noticed notice notes comments sonst remarqué notado notato opgemerkt"),
))

# A form's "Timestamp" is when the answer was sent; a question about the cramp's date says more.
TIMESTAMP_WORDS = ("timestamp", "time stamp", "zeitstempel", "horodateur", "marca temporal", "informazioni cronologiche",
                   "tijdstempel")
# Words that make a header the date's, best first; a clock word beside a lesser one makes it the time's.
DATE_WORDS = (frozenset({"date", "datum", "fecha", "data"}), frozenset({"day", "tag", "jour", "día", "giorno", "dag"}),
              frozenset({"when", "wann", "quand", "cuándo", "quando", "wanneer"}))
CLOCK_WORDS = {"time", "hour", "clock"}

