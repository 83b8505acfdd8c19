"""A small Flesch-Kincaid grade level (US school grade) for the readability tests: words, sentences and an
estimate of syllables by vowel groups, as the formula's own published method counts them."""
from __future__ import annotations

import re

WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)|\n+")


def syllables(word: str) -> int:
    """Vowel groups, less a silent final e, at least one."""
    w = word.lower().replace("’", "'")
    groups = re.findall(r"[aeiouy]+", w)
    n = len(groups)
    if w.endswith("e") and not w.endswith(("le", "ee", "ye")) and n > 1:
        n -= 1
    if w.endswith(("ed", "es")) and n > 1 and not re.search(r"[td]ed$|[sxz]es$|[cs]hes$|ges$|ces$", w):
        n -= 1
    return max(1, n)


def plain(markdown: str) -> str:
    """Markdown as read: no citations in brackets, link targets, emphasis marks or list bullets."""
    # (Caress 2016) anywhere, and a source named at the end of a line: (NHS inform)
    text = re.sub(r"\([^()]*\d{4}[^()]*\)| \([A-Z][^()]*\)$", "", markdown, flags=re.M)
    text = re.sub(r"\]\([^)]*\)", "]", text)
    return re.sub(r"[*_#>`\[\]]|^\s*- ", "", text, flags=re.M)


def counts(text: str, word: re.Pattern, syllables_of) -> tuple[float, float] | None:
    """(words per sentence, syllables per word) of markdown as read; None when it has no words."""
    text = plain(text)
    words = word.findall(text)
    sentences = [s for s in SENTENCE_END.split(text) if word.search(s)]
    if not words:
        return None
    return len(words) / max(1, len(sentences)), sum(syllables_of(w) for w in words) / len(words)


def grade(text: str) -> float:
    """0.39 x words per sentence + 11.8 x syllables per word - 15.59."""
    found = counts(text, WORD, syllables)
    if found is None:
        return 0.0
    per_sentence, per_word = found
    return round(0.39 * per_sentence + 11.8 * per_word - 15.59, 1)


def longest_sentence(text: str) -> int:
    return max((len(WORD.findall(s)) for s in SENTENCE_END.split(plain(text))), default=0)


# Reading ease in each language, each on Flesch's 0-100 scale (higher is easier; 60-70 is plain language):
# (constant, per words-per-sentence, per syllables-per-word). English: Flesch 1948; German: Amstad 1978;
# French: Kandel & Moles 1958; Spanish: Szigriszt-Pazos 1993 (the INFLESZ scale).
EASE = {"en": (206.835, 1.015, 84.6), "de": (180.0, 1.0, 58.5), "fr": (207.0, 1.015, 73.6),
        "es": (206.835, 1.0, 62.3)}
VOWELS = {"en": "aeiouy", "de": "aeiouyäöü", "fr": "aeiouyàâäéèêëîïôöùûüœæ", "es": "aeiouáéíóúü"}
WORD_ANY = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def syllables_in(word: str, code: str) -> int:
    """Vowel groups in the language's vowels; French drops a silent final e (or es), as speakers do."""
    if code == "en":
        return syllables(word)
    w = word.lower()
    n = len(re.findall(f"[{VOWELS[code]}]+", w))
    if code == "fr" and n > 1 and re.search(r"[^aeiouy]es?$", w):
        n -= 1
    return max(1, n)


def ease(text: str, code: str) -> float:
    """The language's reading ease of `text` (markdown as read)."""
    found = counts(text, WORD_ANY, lambda w: syllables_in(w, code))
    if found is None:
        return 100.0
    per_sentence, per_word = found
    constant, a, b = EASE[code]
    return round(constant - a * per_sentence - b * per_word, 1)
