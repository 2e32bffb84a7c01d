"""Acronym outlets and the names they abbreviate ('NYP' -> 'New York Post', 'SRF' -> 'Schweizer Radio und
Fernsehen', 'VB' -> 'VentureBeat'): the one test that a name spells a site's initials, used both on the outlet
scorer's candidates (:func:`~search.cleaning.meta_outlet.pick_outlet`) and on the page's printed lines."""

from __future__ import annotations

import re
from collections.abc import Sequence

from search.cleaning.lines import Line
from search.cleaning.wordlists import is_place_name

ACRONYM_RE = re.compile(r"^(?P<letters>(?:[A-ZÀ-ÖØ-Þ]\.?){2,5}?)(?:\.[a-z]{2,3})?$")
"""A site's initials, maybe dotted or with a web address's ending ('NYP', 'F.A.Z.', 'VF.com')."""
INITIALS_WORD_RE = re.compile(r"^(?P<letters>[A-Z]{2,4})(?P<word>[A-Z][a-z]{2,})$")
"""Initials glued to a word ('NYPost', 'NYTimes'): a handle's or web address's short form of a name."""
_CAMEL_CASE_RE = re.compile(r"(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+){2,5}")
"""One word of capitalised parts ('VentureBeat'): its capitals may be the site's acronym."""
_CONNECTOR_WORDS = (
    "the of and & de du des del della di da do dos la le l' el en on in for der die das für et y e i a und"
)
_CONNECTORS = frozenset(_CONNECTOR_WORDS.split())
"""Small words a spelled-out name may hold between its capitalised words ('Schweizer Radio und Fernsehen')."""
_NAME_WORD_RE = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]*")
_EDGE_MARKS = ',.;:()"“”«»'
ACRONYM_SCAN_CHARS = 400
"""How much of each line is searched for an acronym's spelled-out name."""
SPELLED_OUT_PRINTS = 2
"""A spelled-out name printed this many times is the page's name for the acronym ..."""
MASTHEAD_LINES = 10
"""... as is one printed in the page's first this many non-blank lines."""


def acronym_letters(form: str) -> str | None:
    """The initials of an acronym outlet without dots or web address ('F.A.Z.' -> 'FAZ', 'VF.com' -> 'VF'), else
    None."""
    m = ACRONYM_RE.match(form)
    return m.group("letters").replace(".", "") if m else None


def spelled_from(words: Sequence[str], start: int, letters: str) -> str | None:
    """The phrase from ``words[start]`` on whose capitalised words spell ``letters`` in order, with connecting
    words between them but not at either end, or None. All-capital words spell nothing: a menu in capitals
    ('NEWS YOUR PICKS') is no name."""
    taken: list[str] = []
    k = 0
    pos = start
    while k < len(letters) and pos < len(words):
        word = words[pos].strip(_EDGE_MARKS)
        if not word:
            return None
        if _NAME_WORD_RE.fullmatch(word) and word[0] == letters[k] and not word.isupper():
            taken.append(word)
            k += 1
        elif taken and word.casefold() in _CONNECTORS:
            taken.append(word)
        else:
            return None
        pos += 1
    return " ".join(taken) if k == len(letters) else None


def spells(name: str, letters: str) -> bool:
    """Whether the whole of ``name`` spells ``letters`` ('The New York Post' spells 'NYP'; a leading article is
    no initial), or its capitals do when it is one word in camel case ('VentureBeat' spells 'VB'). A place's name
    spells a place's abbreviation, not a site's ('New Jersey' is no name for NJ.com)."""
    if is_place_name(name):
        return False
    words = name.split()
    while words and words[0].casefold() in _CONNECTORS:
        words = words[1:]
    if words and spelled_from(words, 0, letters) == " ".join(w.strip(_EDGE_MARKS) for w in words):
        return True
    return bool(_CAMEL_CASE_RE.fullmatch(name)) and "".join(ch for ch in name if ch.isupper()) == letters


def printed_expansion(form: str, lines: Sequence[Line]) -> str | None:
    """The name an acronym outlet stands for where the page prints it as a name of its own ('NYP' -> 'New York
    Post', 'LTO' -> 'Legal Tribune Online'): a phrase :func:`spelled_from` the acronym, printed at least
    ``SPELLED_OUT_PRINTS`` times or in the masthead (the page's first ``MASTHEAD_LINES`` lines); else None. A
    company name printed once in the footer ('Thirty Mile Zone' under TMZ's copyright line) is not the brand
    readers know, a phrase after a lower-case word is inside a sentence, maybe declined ('zur Süddeutschen
    Zeitung'), and a place ('New Jersey' for NJ.com) is no site."""
    letters = acronym_letters(form)
    if not letters:
        return None
    counts: dict[str, int] = {}
    top: set[str] = set()
    printed = 0
    for ln in lines:
        if not ln.text:
            continue
        printed += 1
        words = ln.text[:ACRONYM_SCAN_CHARS].split()
        for start in range(len(words)):
            if start and words[start - 1][:1].islower():
                continue
            phrase = spelled_from(words, start, letters)
            if phrase and not is_place_name(phrase):
                counts[phrase] = counts.get(phrase, 0) + 1
                if printed <= MASTHEAD_LINES:
                    top.add(phrase)
    named = [phrase for phrase, n in counts.items() if n >= SPELLED_OUT_PRINTS or phrase in top]
    return max(named, key=lambda phrase: counts[phrase]) if named else None


__all__ = ["acronym_letters", "printed_expansion", "spelled_from", "spells"]
