"""Cheap language guess from stopword counts, and from the script for languages written without spaces."""

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
"""Function words of the languages the cleaner's own rules know (byline and brand rules read them too)."""
_MORE_STOPWORDS = {
    "ro": "și şi în cu pe din că care este să fost pentru mai sunt acest fi iar după avut unei",
    "hu": "a az és hogy nem egy van meg csak már mint volt azt ezt sem után pedig lett",
    "id": "yang dan ini itu dengan untuk dari tidak dalam akan pada juga karena ada oleh bisa sudah",
    "cs": "se je že jako ale by pro jsou byl také které podle když jeho však",
    "pl": "się że jest jak ale przez dla od oraz został które jego był tym",
    "sv": "och att det som på är av för med till den inte har om ett också även eller från när efter",
    "no": "og ikke er av til det som på med har seg fra etter også blir",
    "da": "og ikke er af til det som på med har sig fra efter også bliver",
    "tr": "ve bir bu için ile olarak çok daha ama gibi sonra kadar olan var değil",
    "ca": "els amb és per més dels als seva aquest també però perquè molt seus aquesta això",
    "fi": "ja on ei että se hän oli mutta kun myös tai ovat sen kuin ole joka",
    "ru": "и в не на что с по это как из к но он за то от для все так",
    "uk": "і в не на що з до це та як за від у але для й його",
    "el": "και το η να του της με σε που τα για ο την των στο δεν από",
    "ar": "في من على أن إلى عن التي الذي مع هذا كان ما لا أو قال",
}
"""Function words of more languages, for the language guess only."""
_SETS = {lang: frozenset(words.split()) for lang, words in {**_STOPWORDS, **_MORE_STOPWORDS}.items()}
_WORD_RE = re.compile(r"[^\W\d_]+")
_UNSPACED_RE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")


def _unspaced_script(text: str, letters: int) -> str | None:
    """'ja', 'ko' or 'zh' when a third of the ``letters`` or more are kana, hangul or Chinese characters."""
    chars = _UNSPACED_RE.findall(text)
    if not letters or len(chars) <= letters / 3:
        return None
    hangul = sum(1 for c in chars if c >= "\uac00")
    kana = sum(1 for c in chars if c <= "\u30ff")
    if hangul > len(chars) / 2:
        return "ko"
    return "ja" if kana > (len(chars) - hangul) / 10 else "zh"


def detect_language(text: str, *, min_hits: int = 8) -> str | None:
    """ISO 639-1 code of the dominant language of text, or None when unsure."""
    text = text[:20000]
    words = _WORD_RE.findall(text)
    by_script = _unspaced_script(text, sum(map(len, words)))
    if by_script:
        return by_script
    if len(words) < 5:
        return None
    counts = Counter(w.lower() for w in words)
    # when some languages have several of their function words in the text, only they compete: one frequent
    # word that other languages write too ('a' in Hungarian) makes no Portuguese
    scores: dict[str, int] = {}
    strong: dict[str, int] = {}
    for lang, stop in _SETS.items():
        hits = [counts[w] for w in stop if w in counts]
        scores[lang] = sum(hits)
        if len(hits) >= MIN_DISTINCT_STOPWORDS:
            strong[lang] = scores[lang]
    scores = strong or scores
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    best, best_score = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    if best_score < min(min_hits, max(2, len(words) // 6)) or best_score < 1.5 * second:
        return None
    return best


MIN_DISTINCT_STOPWORDS = 4
"""When some languages have at least this many of their different function words in the text, only they compete
for the guess."""
