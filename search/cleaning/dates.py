"""Finding calendar dates in short lines, in several languages and layouts."""

from __future__ import annotations

import datetime as _dt
import functools
import re
from collections.abc import Iterable
from pathlib import Path

MONTHS: dict[str, int] = {}
"""Month name (lowercase, without a trailing dot) -> month number, by hand: full names and abbreviations in the
languages most often seen (CLDR adds the rest, four letters or more, from month_names.txt)."""

_MONTH_NAMES = {
    1: "january jan janvier janv januar jänner jän enero ene gennaio gen janeiro januari "
    "styczeń stycznia января январь січня ledna gener ocak ocak január janv янв ιαν ian",
    2: "february feb febr février févr fevrier fevr februar febrero febbraio fevereiro fev februari "
    "luty lutego февраля февраль лютого února febrer şubat subat február фев φεβ",
    3: "march mar mars márc märz mär maerz marzo março marco maart mrt marts marzec marca марта март березня března "
    "març mart maret március μαρ",
    4: "april apr avril avr abril aprile kwiecień kwietnia апреля апрель квітня dubna abril nisan április ápr απρ",
    5: "may mai mayo maggio mag maio mei maj maja мая май травня května maig mayıs mayis május máj μαΐ μαι",
    6: "june jun juin juni junio giugno giu junho czerwiec czerwca июня июнь червня června juny haziran június "
    "июн ιουν iun jún",
    7: "july jul juillet juil juli julio luglio lug julho lipiec lipca июля июль липня července juliol temmuz "
    "július июл ιουλ iul júl",
    8: "august aug août aout agosto ago augustus augusti sierpień sierpnia августа август серпня srpna agost "
    "ağustos agustus augusztus авг αυγ",
    9: "september sep sept septembre septiembre setiembre settembre set setembro wrzesień września сентября "
    "сентябрь вересня září setembre eylül szeptember szept сен сент σεπ",
    10: "october oct octobre oktober okt octubre ottobre ott outubro out październik października октября "
    "октябрь жовтня října octubre ekim október окт οκτ",
    11: "november nov novembre noviembre novembro listopad listopada ноября ноябрь листопада listopadu kasım "
    "kasim ноя νοε",
    12: "december dec décembre déc decembre dezember dez diciembre dic dicembre dezembro grudzień grudnia "
    "декабря декабрь грудня prosince desembre desember aralık дек δεκ",
}
_ARABIC_MONTHS = {
    1: "يناير كانون الثاني",
    2: "فبراير شباط",
    3: "مارس آذار",
    4: "أبريل ابريل إبريل نيسان",
    5: "مايو أيار",
    6: "يونيو يونيه حزيران",
    7: "يوليو يوليه تموز",
    8: "أغسطس اغسطس آب",
    9: "سبتمبر أيلول",
    10: "أكتوبر اكتوبر تشرين الأول",
    11: "نوفمبر تشرين الثاني",
    12: "ديسمبر كانون الأول",
}
for _num, _names in _MONTH_NAMES.items():
    for _name in _names.split():
        MONTHS[_name] = _num
for _num, _names in _ARABIC_MONTHS.items():
    for _name in _names.split():
        if len(_name) >= 3 and _name not in ("الثاني", "الأول"):
            MONTHS[_name] = _num

# Short, ambiguous abbreviations only count when written with a capital (or followed by a dot), except
# inside a full day-month-year date.
_RISKY = {
    "mar", "may", "mai", "jun", "jul", "set", "out", "gen", "ago", "dic", "mag", "dez", "ene", "fev", "maj", "mei",
    "mart", "luty", "ekim", "maig", "aralık",
}  # fmt: skip


def _month_alternation(*, risky_lower: bool) -> str:
    forms: set[str] = set()
    for name in MONTHS:
        forms.add(name.capitalize())
        forms.add(name.upper())
        if risky_lower or name not in _RISKY:
            forms.add(name)
    return "|".join(sorted((re.escape(f) for f in forms), key=len, reverse=True))


_MON = _month_alternation(risky_lower=False)
_MON_ANY = _month_alternation(risky_lower=True)
# Left edge: not inside a word, except a camel-case join such as "PressDecember".
_LEFT = r"(?:(?<![^\W\d_])|(?<=[a-z])(?=[A-ZÀ-Ý]))"
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th|er|º|\.)?"
_YEAR = (
    r"(?P<y>(?:19|20)\d\d)(?:(?!\d)|(?=[0-3]?\d\.\s)|(?=[0-3]?\d\s[^\W\d_]{3,})|(?=[0-2]?\d:[0-5]\d)|"
    r"(?=\d{1,2}\s(?:years?|months?|weeks?|days?|hours?|minutes?|mins?)\b)|(?=\d{1,6}(?:\s|$)))"
)
"""A year, also glued to a time ('20163:33 PM'), to the relative age after it ('April 10, 20233 years ago') or to a
count of comments and views at the end of a meta row ('by Jane RoeNovember 21, 202501747')."""
_MON_G = rf"{_LEFT}(?P<m>{_MON})(?![^\W\d_])\.?"
_MON_FULL = rf"{_LEFT}(?P<m>{_MON_ANY})(?![^\W\d_])\.?"

_APOSTROPHE_YEAR = r"['’](?P<y>\d\d)(?![\w'’])"
"""A year written with its century cut off by an apostrophe ('15)."""
_SHORT_YEAR_END = (
    r"(?![\d./])(?=\s*(?:$|[|,•·–—-]|(?:um |at |à |a las |kl\.? |klo |kello )?[0-2]?\d[:.h][0-5]\d|uhr\b))"
)
"""What may follow a date with a two-digit year: the end of the line, a separator or a time ('19.10.19 14:50')."""

_WEEKDAYS_EN_FR_DE = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
)
_WEEKDAYS_ES_IT_NL = (
    r"lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|"
    r"maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
)
"""Weekday names, for the date rules' word lists (the residue list reads only the first group's)."""

PUBLISHED_WORDS = (
    r"published|posted|updated|last updated|veröffentlicht|aktualisiert|zuletzt|geändert|publiée?|publicado|"
    r"publicada|actualizado|atualizado|atualizada|mis à jour|pubblicato|aggiornato|publicat|actualizat|actualitzat|"
    r"actualitzada|gepubliceerd|bijgewerkt|publicerad|uppdaterad|publisert|oppdatert|publiceret|opdateret|"
    r"opublikowano|zaktualizowano|zveřejněno|aktualizováno|julkaistu|päivitetty|פורסם|עודכן|опубликовано|"
    r"обновлено|δημοσιεύθηκε|ενημερώθηκε|yayınlanma|güncelleme|diterbitkan|diperbarui|objavljeno|ažurirano"
)
"""'Published' and 'updated' in the languages of the pages we read (a regular expression's alternatives)."""
_SHORT_YEAR_MARKER_RE = re.compile(
    rf"am|vom|le|du|el|del|on|stand|datum|date|{PUBLISHED_WORDS}|{_WEEKDAYS_EN_FR_DE}|{_WEEKDAYS_ES_IT_NL}",
    re.IGNORECASE,
)


WEEKDAY_ABBREVIATIONS_EN = ("Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun")
"""English weekday abbreviations as printed ('Thu')."""
_WEEKDAY_ABBR_RE = re.compile(
    rf"(?:{'|'.join(WEEKDAY_ABBREVIATIONS_EN)}|Mo|Di|Mi|Do|Fr|Sa|So|Lu|Ma|Me|Je|Ve|Lun|Mar|Mer|Jeu|Ven|Sam|"
    r"Dim|Mié|Jue|Vie|Sáb|Dom|Gio|Sab)\.?,?"
)
"""An abbreviated weekday in English, German, French, Spanish or Italian, capitalised ('Do', 'Thu.', 'mié' no)."""


_CLOCK_AFTER_RE = re.compile(r"\s+[0-2]?\d[:.h][0-5]\d\b")
"""A clock time right after a date: a timestamp ('Lydia Dishman 05.24.16 5:42 AM'), even behind a name."""


def _short_year_lead(before: str) -> bool:
    """A two-digit-year date counts only at the start of a line, after a separator or after a date word
    ('Veröffentlicht am 19.10.19', '30/10/23 | Site'), not at the end of a teaser ('Health Sleep 27/10/23')."""
    before = before.rstrip(" :")
    if not before or before[-1] in "|·•–—-,(":
        return True
    *head, last = before.split()
    if _WEEKDAY_ABBR_RE.fullmatch(last) and (not head or head[-1][-1] in "|·•–—-,("):
        return True  # 'Do 25.04.24 | 14:07 Uhr': an abbreviated weekday opening the row
    if _CLOCK_BEFORE_RE.search(before):
        return True  # 'em 20:47 de 05/06/19': a timestamp's time, then its day
    return _SHORT_YEAR_MARKER_RE.fullmatch(last) is not None


_CLOCK_BEFORE_RE = re.compile(
    r"(?<![\d:.])[0-2]?\d[:h][0-5]\d(?:\s*(?:[ap]\.?m\.?|uhr|h))?(?:\s+(?:de|del|du|on|le|am|vom))?$", re.I
)
"""A clock time, perhaps with a small word, right before a two-digit-year date ('20:47 de 05/06/19')."""


def _named_month_patterns(month: str) -> list[re.Pattern[str]]:
    """The whole-date patterns with a month name (``month`` is the regex of the month group)."""
    return [
        # 20 November 2019, 20. November 2019, 20 de noviembre de 2019, 20 Nov, 2019
        re.compile(rf"(?<!\d){_DAY}\s*(?:de\s+|[،,]\s*)?{month},?\s*(?:de\s+|del\s+)?{_YEAR}"),
        # November 20, 2019 / Nov. 20 2019 / Wednesday November 20th, 2019
        re.compile(rf"{month}\s*{_DAY},?\s+(?:de\s+)?{_YEAR}"),
        # 2020. június 4.
        re.compile(rf"(?<!\d)(?P<y>(?:19|20)\d\d)\.?\s{month}\s(?P<d>[0-3]?\d)(?!\d)"),
    ]


def _cldr_months() -> dict[str, int]:
    """Month names of every CLDR locale that the lists above lack ('gusht', 'فيفري'), from month_names.txt."""
    try:
        rows = Path(__file__).with_name("month_names.txt").read_text(encoding="utf-8").split("\n")
    except OSError:
        return {}
    return {name: int(num) for name, _, num in (row.partition("\t") for row in rows if row and not row.startswith("#"))}


_CLDR_MONTHS = _cldr_months()


_ANY_WORD_MONTH = rf"{_LEFT}(?P<m>[^\W\d_]{{4,}})(?![^\W\d_])\.?"
"""Any word in a month's place; it counts when :data:`_CLDR_MONTHS` knows it (a lookup, not an alternation of
two thousand names)."""
_CLDR_MONTH_PATTERNS = _named_month_patterns(_ANY_WORD_MONTH) if _CLDR_MONTHS else []
"""Whole dates with a month name of another language ('13 gusht 2020', 'الجمعة 8 فيفري 2019'), tried only on a line
where the usual patterns find none."""


_PATTERNS = [
    # 2019-11-20, 2019/11/20, 2019-11-20T08:00, 2020. 06. 04.
    re.compile(r"(?<![\d/.])(?P<y>(?:19|20)\d\d)(?:[-/]|\.\s?)(?P<m>[01]?\d)(?:[-/]|\.\s?)(?P<d>[0-3]?\d)(?!\d)"),
    # 2019年4月13日, 2019년 4월 13일
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)\s?[年년]\s?(?P<m>[01]?\d)\s?[月월]\s?(?P<d>[0-3]?\d)\s?[日일]"),
    *_named_month_patterns(_MON_FULL),
    # 20.11.2019 (day first; month first only when the first number cannot be a month's day… see below)
    re.compile(
        r"(?<![\d.])(?P<d>[0-3]?\d)\.\s?(?P<m>[0-3]?\d)\.\s?(?P<y>(?:19|20)\d\d)"
        r"(?:(?!\d)|(?=[0-3]?\d\.\s?(?:[01]?\d\.|[^\W\d_]{3,})))"  # also glued to the next date: '30.01.202430. Januar'
    ),
    # 20/11/2019 or 11/20/2019 (only when unambiguous), also "12 / 04 / 2020" and 20-11-2019
    re.compile(r"(?<![\d/])(?P<a>[0-3]?\d)\s?([/-])\s?(?P<b>[0-3]?\d)\s?\2\s?(?P<y>(?:19|20)\d\d)(?!\d)"),
    # 19.10.19 and 11/08/23: a two-digit year, only where a date line ends or a time follows
    re.compile(rf"(?<![\w.])(?P<d>[0-3]?\d)\.(?P<m>[0-3]?\d)\.(?P<y>\d\d){_SHORT_YEAR_END}"),
    # the same glued to the place before it ('Palma, Mallorca15.04.25 09:56'), every part written with two digits
    re.compile(rf"(?<=[^\W\d_])(?P<d>[0-3]\d)\.(?P<m>[01]\d)\.(?P<y>\d\d){_SHORT_YEAR_END}"),
    re.compile(rf"(?<![\w/-])(?P<a>[0-3]?\d)([/-])(?P<b>[0-3]?\d)\2(?P<y>\d\d){_SHORT_YEAR_END}"),
    # 14 January '15, Jan. 14 '15: a two-digit year behind an apostrophe
    re.compile(rf"(?<!\d){_DAY}\s*{_MON_FULL},?\s*{_APOSTROPHE_YEAR}"),
    re.compile(rf"{_MON_FULL}\s*{_DAY},?\s+{_APOSTROPHE_YEAR}"),
]
YEARISH_RE = re.compile(r"(?:19|20)\d\d|\d[./-][0-3]?\d[./-]\d\d(?![\d./])|['’]\d\d(?![\w'’])")
"""A year of 1900–2099 (or a numeric date with a two-digit year) anywhere: the cheap test before looking for a
whole date."""
_DIGIT_RE = re.compile(r"\d")

_DOTTED = _PATTERNS[5]
_DOTTED_SHORT = _PATTERNS[7]

_RELATIVE_RE = re.compile(
    # '5 min ago', '2 hours ago', and the compact ages of comment threads ('2M ago', '3d ago', '1y ago', '4wk ago')
    r"\b(?:\d+\s*(?:s|secs?|seconds?|m|min(?:ute)?s?|hours?|hrs?|h|d|days?|w|wks?|weeks?|mos?|months?|y|yrs?|"
    r"years?)\s+ago|yesterday|today|(?:an?|one) (?:second|minute|hour|day|week|month|year) ago|"
    # the same ages in other languages ('hace una hora', 'vor einer Stunde', 'há 3 horas', '3 ore fa')
    r"il y a|vor \d+|hace \d+|vor (?:einer?|einem) (?:Sekunde|Minute|Stunde|Woche|Tag|Monat|Jahr)|"
    r"hace (?:una?|unos|unas) (?:segundos?|minutos?|horas?|días?|semanas?|mes(?:es)?|años?)|"
    r"há (?:\d+|uma?) (?:segundos?|minutos?|horas?|dias?|semanas?|mês|meses|anos?)|"
    r"(?:\d+ |un |un'|una )(?:secondi|minuti|minuto|ore|ora|giorni|giorno|settimane|mesi|anni) fa)\b",
    re.IGNORECASE,
)
_MONTH_DAY_RE = re.compile(rf"{_MON_G}\s*[0-3]?\d(?!\d)")
"""A month name followed by a day (no year needed) — used to cut bylines such as 'By X March 18'."""

MIN_YEAR = 1990
MAX_YEAR = _dt.date.today().year + 1


_ZONE_AFTER_RE = re.compile(
    r"\W{0,3}(?:at\s)?[0-2]?\d[:.][0-5]\d(?:[:.][0-5]\d)?\s?(?:[aApP]\.?[mM]\.?)?\s?\(?(?P<zone>[A-Z]{2,4})\b"
)
_MONTH_FIRST_ZONES = frozenset(
    ["ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "AKST", "AKDT", "HST"]
)
_DAY_FIRST_ZONES = frozenset(
    [
        "GMT",
        "BST",
        "UTC",
        "WET",
        "WEST",
        "CET",
        "CEST",
        "MEZ",
        "MESZ",
        "EET",
        "EEST",
        "MSK",
        "IST",
        "WAT",
        "CAT",
        "EAT",
        "SAST",
        "AEST",
        "AEDT",
        "ACST",
        "AWST",
        "NZST",
        "NZDT",
    ]
)


def _zone_order(text: str, end: int) -> bool | None:
    """Day-first (True) or month-first (False) for an ambiguous numeric date followed by a time and a time zone:
    '10/11/2022 08:00 AM EDT' is written in the United States (month first), '02/11/2023 02:00pm GMT' is not."""
    m = _ZONE_AFTER_RE.match(text, end, end + 30)
    if m is None:
        return None
    zone = m.group("zone")
    return False if zone in _MONTH_FIRST_ZONES else True if zone in _DAY_FIRST_ZONES else None


def _month_number(token: str) -> int | None:
    key = token.lower().rstrip(".")
    return MONTHS.get(key) or _CLDR_MONTHS.get(key)


_DAY_RE = re.compile(r"^(?:[1-9]|[12]\d|3[01])\.?,?$")


def day_and_month(text: str) -> bool:
    """True for a day and a month name with no year, in either order and any language ('10 Ιανουαρίου',
    '5. März', 'March 3')."""
    tokens = text.split()
    if len(tokens) != 2:
        return False
    day, month = (tokens[0], tokens[1]) if _DAY_RE.match(tokens[0]) else (tokens[1], tokens[0])
    return bool(_DAY_RE.match(day)) and _month_number(month.rstrip(",")) is not None


def find_dates(text: str, *, dayfirst: bool | None = None) -> list[tuple[int, int, str]]:
    """All dates in text as ``(start, end, 'YYYY-MM-DD')``, leftmost first, without overlaps.

    ``dayfirst`` settles numeric dates such as 07/05/2022 that read both ways (True: 7 May);
    None leaves them out.
    """
    text = text[:2000]
    if not YEARISH_RE.search(text):
        return []
    return list(_find_dates_cached(text, dayfirst))


@functools.lru_cache(maxsize=4096)
def _find_dates_cached(text: str, dayfirst: bool | None) -> tuple[tuple[int, int, str], ...]:
    """:func:`find_dates` for one line (the same lines are read by several field finders)."""
    found: list[tuple[int, int, str]] = []
    _collect(text, dayfirst, _PATTERNS, found)
    if not found:
        _collect(text, dayfirst, _CLDR_MONTH_PATTERNS, found)
    found.sort()
    return tuple(found)


def _collect(
    text: str, dayfirst: bool | None, patterns: Iterable[re.Pattern[str]], found: list[tuple[int, int, str]]
) -> None:
    """Add the dates ``patterns`` find in ``text`` to ``found`` (no overlaps)."""
    for pat in patterns:
        for m in pat.finditer(text):
            gd = m.groupdict()
            try:
                year = int(gd["y"])
                if year < 100:  # '19.10.19': this century up to next year, else the 1990s
                    if (
                        text[m.start("y") - 1] not in "'’"
                        and not _short_year_lead(text[: m.start()])
                        and not _CLOCK_AFTER_RE.match(text, m.end())
                    ):
                        continue
                    year += 2000 if year <= MAX_YEAR % 100 else 1900
                if "a" in gd and gd.get("a") is not None:
                    a, b = int(gd["a"]), int(gd["b"])
                    if a == b:
                        day = month = a
                    elif a > 12 >= b:
                        day, month = a, b
                    elif b > 12 >= a:
                        day, month = b, a
                    else:
                        order = dayfirst if dayfirst is not None else _zone_order(text, m.end())
                        if order is None:
                            continue  # ambiguous and no hint: never guess
                        day, month = (a, b) if order else (b, a)
                else:
                    mon = gd["m"]
                    month = int(mon) if mon.isdigit() else (_month_number(mon) or 0)
                    day = int(gd["d"])
                    if mon.isdigit() and pat in (_DOTTED, _DOTTED_SHORT) and (month > 12 >= day or dayfirst is False):
                        day, month = month, day  # 01.21.2020, or 01.05.2020 on a page that writes month first
                value = _dt.date(year, month, day)
            except (ValueError, TypeError, KeyError):
                continue
            if not MIN_YEAR <= value.year <= MAX_YEAR:
                continue
            s, e = m.span()
            if any(s < fe and fs < e for fs, fe, _ in found):
                continue
            found.append((s, e, value.isoformat()))


def first_date(text: str) -> str | None:
    """The first date in text as ``YYYY-MM-DD`` or None."""
    found = find_dates(text)
    return found[0][2] if found else None


def is_relative(text: str) -> bool:
    """True for relative timestamps such as '2 hours ago'."""
    return bool(_RELATIVE_RE.search(text[:300]))


def month_day_span(text: str) -> tuple[int, int] | None:
    """Span of the first 'Month Day' group (year optional) in text, or None."""
    text = text[:500]
    if not _DIGIT_RE.search(text):
        return None
    m = _MONTH_DAY_RE.search(text)
    return m.span() if m else None


_HOUR_MINUTE = r"[0-2]?\d{sep}[0-5]\d"
"""Hours and minutes, the core of every time of day below, with ``{sep}`` the separators allowed."""
_TIME_RE = re.compile(
    rf"(?<!\d){_HOUR_MINUTE.format(sep='[:h.]')}(?::[0-5]\d)?\s*(?:[ap]\.?\s?m\.?|AM|PM)?"
    r"(?:\s*(?:[A-Z]{2,4}|GMT[+-]?\d*|UTC))?",
    re.IGNORECASE,
)
"""A time of day with its seconds, half of the day and zone ('11h07', '9.15 a.m. EST'): removed from a date line."""
_COLON_TIME_RE = re.compile(rf"(?<![\d.:]){_HOUR_MINUTE.format(sep=':')}(?![\d:])")
_CLOCK_LINE_RE = re.compile(
    rf"^(?:[^\W\d_]+,?\s+)?{_HOUR_MINUTE.format(sep='[:.]')}(?:\s*(?:uhr|h|am|pm|a\.m\.|p\.m\.))?$", re.IGNORECASE
)


def has_time_of_day(text: str) -> bool:
    """Whether ``text`` prints a time of day with a colon ('Donnerstag, 15.2.2018, 19:51'); a dotted number
    ('15.20') or a longer run of colons ('1:02:33' of a video) is none."""
    return bool(_COLON_TIME_RE.search(text))


def is_clock_line(text: str) -> bool:
    """Whether ``text`` is a time of day alone or after a day's word ('Heute, 11:07 Uhr', 'Today 9:15 am')."""
    return bool(_CLOCK_LINE_RE.match(text))


_DATE_WORDS_RE = re.compile(
    r"\b(?:published|posted|updated|last updated|modified|on|at|date|le|am|um|mis à jour|publié|"
    r"actualizado|publicado|aktualisiert|veröffentlicht|stand|first published|à|the|"
    rf"{_WEEKDAYS_EN_FR_DE}|mon|tue|wed|thu|fri|sat|sun|"
    r"ist|est|edt|cst|cdt|pst|pdt|gmt|utc|cet|cest|bst)\b",
    re.IGNORECASE,
)


def residue_after_dates(text: str, *, dayfirst: bool | None = None) -> str:
    """Text with dates, times and date-ish words removed (to judge whether a line is only a date)."""
    text = text[:600]
    for s, e, _ in reversed(find_dates(text, dayfirst=dayfirst)):
        text = text[:s] + " " + text[e:]
    text = _TIME_RE.sub(" ", text)
    text = _DATE_WORDS_RE.sub(" ", text)
    return text


def mostly_date(text: str, *, dayfirst: bool | None = None) -> bool:
    """True for text that holds a date and, besides dates, times and date words, at most six words; ``dayfirst``
    reads numeric dates that read both ways ('01/12/2017') in the page's order."""
    return bool(find_dates(text, dayfirst=dayfirst)) and len(residue_after_dates(text, dayfirst=dayfirst).split()) <= 6


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
