"""Month names and their abbreviations in English, German, French, Spanish, Italian and Dutch, each to the
English abbreviation pandas reads ("märz" -> "mar")."""
from __future__ import annotations

MONTHS = {
    "jan": "january jänner janvier janv enero ene gennaio gen januari",
    "feb": "february februar février fevrier févr fevr febrero febbraio februari",
    "mar": "march märz maerz mär mrz mars marzo maart mrt",
    "apr": "april avril avr abril abr aprile",
    "may": "mai mayo maggio mag mei",
    "jun": "june juni juin junio giugno giu",
    "jul": "july juli juillet juil julio luglio lug",
    "aug": "august août aout agosto ago augustus",
    "sep": "september sept septembre septiembre setiembre settembre set",
    "oct": "october oktober okt octobre octubre ottobre ott",
    "nov": "november novembre noviembre",
    "dec": "december dezember dez décembre déc decembre diciembre dic dicembre",
}
MONTH_WORDS = {word: month for month, words in MONTHS.items() for word in (month, *words.split())}
