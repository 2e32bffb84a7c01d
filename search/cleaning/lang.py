"""Cheap language guess from stopword counts."""

from __future__ import annotations

import re
from collections import Counter

_STOPWORDS = {
    "en": "the and of to in is that for on with was as by at from it are be has have this said which",
    "fr": "le la les des et un une du est dans pour que qui sur au pas par avec plus ont été aux ce",
    "de": "der die und das den ist nicht ein eine mit von zu auf für sich des dem im auch wird es",
    "es": "el la los las de que y en un una por con para es del se al como más pero fue sus",
    "it": "il la di che e un una per non sono della del nel con gli ha anche alla dei questo",
    "pt": "o a os as de que e em um uma para com não do da dos das por mais foi ao",
    "nl": "de het een en van is dat op te in niet zijn voor met die ook aan er wordt",
}
_SETS = {lang: frozenset(words.split()) for lang, words in _STOPWORDS.items()}
_WORD_RE = re.compile(r"[^\W\d_]+")


def detect_language(text: str, *, min_hits: int = 8) -> str | None:
    """ISO 639-1 code of the dominant language of text, or None when unsure."""
    words = [w.lower() for w in _WORD_RE.findall(text[:20000])]
    if len(words) < 5:
        return None
    counts = Counter(words)
    scores = {lang: sum(counts[w] for w in stop) for lang, stop in _SETS.items()}
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    best, best_score = ranked[0]
    second = ranked[1][1]
    if best_score < min(min_hits, max(2, len(words) // 6)) or best_score < 1.5 * second:
        return None
    return best
