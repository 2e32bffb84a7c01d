"""Finding calendar dates in short lines, in several languages and layouts."""

from __future__ import annotations

import datetime as _dt
import re

MONTHS: dict[str, int] = {}
"""Month name (lowercase, without a trailing dot) -> month number, for en/fr/de/es/it/pt/nl."""

_MONTH_NAMES = {
    1: "january jan janvier janv januar jänner jän enero ene gennaio gen janeiro januari",
    2: "february feb febr février févr fevrier fevr februar febrero febbraio fevereiro fev februari",
    3: "march mar mars märz maerz marzo março marco maart mrt",
    4: "april apr avril avr abril aprile",
    5: "may mai mayo maggio mag maio mei",
    6: "june jun juin juni junio giugno giu junho",
    7: "july jul juillet juil juli julio luglio lug julho",
    8: "august aug août aout agosto ago augustus",
    9: "september sep sept septembre septiembre setiembre settembre set setembro",
    10: "october oct octobre oktober okt octubre ottobre ott outubro out",
    11: "november nov novembre noviembre novembro",
    12: "december dec décembre déc decembre dezember dez diciembre dic dicembre dezembro",
}
for _num, _names in _MONTH_NAMES.items():
    for _name in _names.split():
        MONTHS[_name] = _num

# Short, ambiguous abbreviations only count when written with a capital (or followed by a dot).
_RISKY = {"mar", "may", "mai", "jun", "jul", "set", "out", "gen", "ago", "dic", "mag", "dez", "ene", "fev"}


def _month_alternation() -> str:
    forms: set[str] = set()
    for name in MONTHS:
        forms.add(name.capitalize())
        forms.add(name.upper())
        if name not in _RISKY:
            forms.add(name)
    return "|".join(sorted((re.escape(f) for f in forms), key=len, reverse=True))


_MON = _month_alternation()
# Left edge: not inside a word, except a camel-case join such as "PressDecember".
_LEFT = r"(?:(?<![^\W\d_])|(?<=[a-z])(?=[A-ZÀ-Ý]))"
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th|er|º|\.)?"
_YEAR = r"(?P<y>(?:19|20)\d\d)(?:(?!\d)|(?=[0-3]?\d\.\s))"
_MON_G = rf"{_LEFT}(?P<m>{_MON})(?![^\W\d_])\.?"

_PATTERNS = [
    # 2019-11-20, 2019/11/20
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)[-/.](?P<m>[01]?\d)[-/.](?P<d>[0-3]?\d)(?!\d)"),
    # 20 November 2019, 20. November 2019, 20 de noviembre de 2019, 20 Nov, 2019
    re.compile(rf"(?<!\d){_DAY}\s*(?:de\s+)?{_MON_G},?\s*(?:de\s+)?{_YEAR}"),
    # November 20, 2019 / Nov. 20 2019 / Wednesday November 20th, 2019
    re.compile(rf"{_MON_G}\s*{_DAY},?\s+(?:de\s+)?{_YEAR}"),
    # 20.11.2019 (day first)
    re.compile(r"(?<![\d.])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d)(?!\d)"),
    # 20/11/2019 or 11/20/2019 (only when unambiguous)
    re.compile(r"(?<![\d/])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>(?:19|20)\d\d)(?!\d)"),
]

_RELATIVE_RE = re.compile(
    r"\b(?:\d+\s*(?:min(?:ute)?s?|hours?|hrs?|h|days?|weeks?|months?)\s+ago|yesterday|today|"
    r"il y a|vor \d+|hace \d+)\b",
    re.IGNORECASE,
)
_MONTH_DAY_RE = re.compile(rf"{_MON_G}\s*[0-3]?\d(?!\d)")
"""A month name followed by a day (no year needed) — used to cut bylines such as 'By X March 18'."""

MIN_YEAR = 1990
MAX_YEAR = _dt.date.today().year + 1


def _month_number(token: str) -> int | None:
    return MONTHS.get(token.lower().rstrip("."))


def find_dates(text: str, *, dayfirst: bool | None = None) -> list[tuple[int, int, str]]:
    """All dates in text as ``(start, end, 'YYYY-MM-DD')``, leftmost first, without overlaps.

    ``dayfirst`` settles numeric dates such as 07/05/2022 that read both ways (True: 7 May);
    None leaves them out.
    """
    text = text[:2000]
    found: list[tuple[int, int, str]] = []
    for pat in _PATTERNS:
        for m in pat.finditer(text):
            gd = m.groupdict()
            try:
                year = int(gd["y"])
                if "a" in gd and gd.get("a") is not None:
                    a, b = int(gd["a"]), int(gd["b"])
                    if a > 12 >= b:
                        day, month = a, b
                    elif b > 12 >= a:
                        day, month = b, a
                    elif dayfirst is None:
                        continue  # ambiguous and no hint: never guess
                    else:
                        day, month = (a, b) if dayfirst else (b, a)
                else:
                    mon = gd["m"]
                    month = int(mon) if mon.isdigit() else (_month_number(mon) or 0)
                    day = int(gd["d"])
                value = _dt.date(year, month, day)
            except (ValueError, TypeError, KeyError):
                continue
            if not MIN_YEAR <= value.year <= MAX_YEAR:
                continue
            s, e = m.span()
            if any(s < fe and fs < e for fs, fe, _ in found):
                continue
            found.append((s, e, value.isoformat()))
    found.sort()
    return found


def first_date(text: str) -> str | None:
    """The first date in text as ``YYYY-MM-DD`` or None."""
    found = find_dates(text)
    return found[0][2] if found else None


def is_relative(text: str) -> bool:
    """True for relative timestamps such as '2 hours ago'."""
    return bool(_RELATIVE_RE.search(text[:300]))


def month_day_span(text: str) -> tuple[int, int] | None:
    """Span of the first 'Month Day' group (year optional) in text, or None."""
    m = _MONTH_DAY_RE.search(text[:500])
    return m.span() if m else None


_TIME_RE = re.compile(
    r"(?<!\d)[0-2]?\d[:h.][0-5]\d(?::[0-5]\d)?\s*(?:[ap]\.?\s?m\.?|AM|PM)?(?:\s*(?:[A-Z]{2,4}|GMT[+-]?\d*|UTC))?",
    re.IGNORECASE,
)
_DATE_WORDS_RE = re.compile(
    r"\b(?:published|posted|updated|last updated|modified|on|at|date|le|am|um|mis à jour|publié|"
    r"actualizado|publicado|aktualisiert|veröffentlicht|stand|first published|à|the|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|"
    r"freitag|samstag|sonntag|ist|est|edt|cst|cdt|pst|pdt|gmt|utc|cet|cest|bst)\b",
    re.IGNORECASE,
)


def residue_after_dates(text: str) -> str:
    """Text with dates, times and date-ish words removed (to judge whether a line is only a date)."""
    text = text[:600]
    for s, e, _ in reversed(find_dates(text)):
        text = text[:s] + " " + text[e:]
    text = _TIME_RE.sub(" ", text)
    text = _DATE_WORDS_RE.sub(" ", text)
    return text


_PUBLISHED_CUE_RE = re.compile(
    r"\b(?:published|posted|first published|publié|publiée|veröffentlicht|publicado|pubblicato|opublikowano|"
    r"erschienen)\b\s*:?",
    re.IGNORECASE,
)
MAX_CUE_LINES = 400


def published_cue_date(texts: list[tuple[str, int]], *, dayfirst: bool | None = None) -> str | None:
    """The date right after a "Published"/"Veröffentlicht"-style cue in short lines, or None.

    ``texts`` holds (line text, word count) pairs in page order; only the first few hundred are read.
    """
    for text, words in texts[:MAX_CUE_LINES]:
        if words > 30:
            continue
        m = _PUBLISHED_CUE_RE.search(text[:200])
        if not m:
            continue
        found = find_dates(text[m.start() : m.start() + 200], dayfirst=dayfirst)
        if found and found[0][0] < 40:
            return found[0][2]
    return None
