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
    text = re.sub(r"\*\([^)]*\)\*|\([^()]*\d{4}[^()]*\)", "", markdown)  # (Caress 2016), *(NHS ...)*
    text = re.sub(r"\]\([^)]*\)", "]", text)
    return re.sub(r"[*_#>`\[\]]|^\s*- ", "", text, flags=re.M)


def grade(text: str) -> float:
    """0.39 x words per sentence + 11.8 x syllables per word - 15.59."""
    text = plain(text)
    words = WORD.findall(text)
    sentences = [s for s in SENTENCE_END.split(text) if WORD.search(s)]
    if not words:
        return 0.0
    per_sentence = len(words) / max(1, len(sentences))
    per_word = sum(syllables(w) for w in words) / len(words)
    return round(0.39 * per_sentence + 11.8 * per_word - 15.59, 1)


def longest_sentence(text: str) -> int:
    return max((len(WORD.findall(s)) for s in SENTENCE_END.split(plain(text))), default=0)
