"""Words that make a symptom's name a muscle cramp, and words that make it another kind of cramp, in English,
German, French, Spanish, Italian and Dutch (matched against the name after `str.casefold`)."""
from __future__ import annotations

from cramplog.base.lang import tr_later

# Parts of words: "cramp" covers cramps, crampe(s), crampo, crampi; "kramp" covers Krampf and Dutch kramp.
CRAMP_WORDS = ("cramp", "charley horse", "charlie horse", "kramp", "krämpf", "calambre")
# Word starts (regular expressions) that make a cramp not a muscle cramp, in English, German, French, Spanish,
# Italian and Dutch: "menstru" covers menstrual, menstruelles, menstruales, Menstruation, menstruatie; "gastr" is
# gastric, gastrique, not the gastrocnemius (a calf muscle).
GUT_WORDS = (
    # stomach, belly, gastric, intestinal
    "stomach", "tummy", "belly", "gastr(?!ocnem)", "gástr", "intestin", "colic", "kolik", "bauch", "magen", "darm", "estomac",
    "ventre", "estómago", "estomago", "vientre", "barriga", "panza", "stomaco", "pancia", "buik", "maag",
    # abdominal
    "abdom", "addom", "unterleib", "unterbauch", "onderbuik",
)
PERIOD_WORDS = (
    # menstrual, period, premenstrual (PMS), uterine, ovulation
    "menstru", "mestru", "prémenstru", "premenstru", "premestru", r"pms\b", r"spm\b", "period(?!ic)", "períod",
    "regel", "règles", "regla", r"ciclo\b", "ongesteld", "ut[eé]r", "gebärmutter", "baarmoeder", "ovula", "eisprung",
)
NOT_MUSCLE_WORDS = GUT_WORDS + PERIOD_WORDS
# Why a name with a cramp word was left out, for each group of words above.
LEFT_OUT_BECAUSE = {"gut": tr_later("stomach, belly or abdominal"), "period": tr_later("menstrual or period")}
# A spasm may be what a person calls their muscle cramps: suggested when no name is read as a cramp, never by default.
SPASM_WORDS = ("spasm",)  # spasm(s), Spasmus, spasme, espasmo, spasmo
# The kinds the words above leave out, as the upload page and the command line's help say them.
NOT_MUSCLE_KINDS = tr_later("stomach, belly, gastric, intestinal, abdominal, menstrual, period, PMS, uterine or "
                            "ovulation cramps")
# Cramp words (and "muscle") taken out of a name to find the place it states: "Calf cramps" -> calf.
NAME_FILLER = (r"cramp\w*|krampf\w*|krämpfe?|kramp|calambres?|charley horse|charlie horse|muscles?|muskel")
