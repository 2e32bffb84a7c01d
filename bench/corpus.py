"""Write a realistic, deterministic corpus of raw text dumps for the benchmarks.

Usage::

    .venv/bin/python bench/corpus.py N DIR [--seed 1] [--workers 2] [--config config.yaml]

Each page imitates what ``w3m -dump`` prints for a news page (the format of ``seeds/*.txt``): site
furniture (menus, tickers, share bars, "Read more" promos, photo captions, related-story lists,
comments, cookie notices, footers) around an article body of 300–1,500 words. There are about 40
outlets with their own layouts and date formats, publication dates 2019–2025, the gazetteer's entities
at realistic rates (alias spellings, possessives, capitals) and about 10 % French pages.

Page ``i`` depends only on ``(seed, i)``, so a corpus is the same on every machine and a single page
can be re-made (:func:`page`) — the benchmark uses that to change 1 % of a corpus and restore it.
Files go to ``DIR/NNN/NNNNNN_<hash>.txt`` (1,000 per folder); ``DIR/.bench-corpus.json`` (skipped by
the indexer, which ignores dot files) records the seed and, per page, the facts the query
benchmark draws its queries from.
"""

from __future__ import annotations

import argparse
import bisect
import hashlib
import json
import os
import random
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field, replace
from itertools import accumulate
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

CORPUS_VERSION = "1"
"""Bumped whenever the generator's output changes, so cached corpora are re-made."""
MANIFEST = ".bench-corpus.json"
PER_FOLDER = 1000
FRENCH_SHARE = 0.10

# --- vocabulary ------------------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    """The whitespace-separated words of ``text`` (keeps long word lists readable)."""
    return text.split()


_EN_FUNCTION = _words(
    "the of and to in a that for on is with was as by at from it are be has have this said which its "
    "their not an or but had were been also who will would after more than over about into could they "
    "two new one last other some all since there when while under against between during because most"
)

_EN_NEWS = _words(
    "government minister ministry foreign security military army troops forces president junta "
    "transition transitional authorities officials cooperation relations partnership agreement talks "
    "visit meeting conference statement spokesperson sanctions economic economy trade wheat fertilizer "
    "fuel oil gold mining mine exports imports aid humanitarian crisis conflict attack attacks militants "
    "jihadists insurgents terrorism terrorist counterterrorism operation operations mission peacekeeping "
    "peacekeepers withdrawal deployment mercenaries contractors instructors equipment helicopters aircraft "
    "drones weapons arms deliveries delegation ambassador embassy diplomat diplomats diplomacy sovereignty "
    "colonial influence region regional continent international community western partners allies "
    "election elections constitution referendum coup coups officers colonel general power political "
    "politics opposition civilians civilian villagers village villages northern central southern border "
    "borders desert capital city town province district residents population refugees displaced famine "
    "drought prices inflation budget loan debt investment investors infrastructure energy nuclear "
    "electricity railway road roads grain shipments port ports deal deals summit bloc membership "
    "suspension suspended resolution vote council assembly parliament lawmakers decree decision decisions "
    "report reports investigation human rights abuses killings massacre allegations evidence witnesses "
    "journalists media broadcaster radio television press freedom ban banned suspended newspaper "
    "statement statements support supporting strategic bilateral multilateral interests stability "
    "instability violence clashes fighting offensive ambush convoy base bases camp camps airport "
    "patrol patrols soldiers soldier killed wounded injured captured released hostages negotiations "
    "mediation ceasefire peace accord accords framework roadmap timetable transition period months "
    "weeks year years week day days morning evening night tuesday wednesday thursday friday monday "
    "saturday sunday january february march april may june july august september october november "
    "december analysts experts observers critics supporters protesters demonstrators rally protest "
    "protests crowd crowds flag flags banners streets square national independence unity africa "
    "african russian malian french european american chinese turkish ukrainian nigerien burkinabe"
)

_EN_VERBS = _words(
    "said announced confirmed denied warned stressed welcomed rejected criticised condemned praised "
    "urged called accused signed agreed pledged promised reaffirmed insisted noted added told explained "
    "claimed reported described discussed reviewed launched suspended extended expelled recalled met "
    "visited received hosted backed opposed questioned dismissed acknowledged"
)

_FR_FUNCTION = _words(
    "le la les des et un une du est dans pour que qui sur au pas par avec plus ont été aux ce de en à "
    "il elle ils se sa son ses leur leurs mais ou où lors depuis entre contre après avant selon sous "
    "comme cette ces tout tous très aussi ainsi donc"
)

_FR_NEWS = _words(
    "gouvernement ministre ministère affaires étrangères sécurité militaire armée troupes forces "
    "président junte transition autorités coopération relations partenariat accord entretiens visite "
    "réunion conférence déclaration porte-parole sanctions économie commerce blé engrais carburant "
    "pétrole or mines exportations aide humanitaire crise conflit attaque attaques terroristes "
    "terrorisme opération mission retrait déploiement mercenaires instructeurs équipements hélicoptères "
    "avions drones armes livraisons délégation ambassadeur ambassade diplomate diplomatie souveraineté "
    "influence région continent communauté internationale partenaires alliés élections constitution "
    "référendum coup officiers colonel général pouvoir politique opposition civils village villages "
    "nord centre sud frontière désert capitale ville population réfugiés déplacés sécheresse prix "
    "budget investissement infrastructures énergie électricité route routes céréales sommet bloc "
    "suspension résolution vote conseil assemblée décret décision rapport enquête droits homme "
    "exactions journalistes médias radio télévision liberté presse soutien stratégique bilatéral "
    "intérêts stabilité violences combats offensive embuscade convoi base camp aéroport patrouille "
    "soldats tués blessés otages négociations médiation cessez-le-feu paix feuille route calendrier "
    "mois semaines année jours matin soir lundi mardi mercredi jeudi vendredi samedi dimanche janvier "
    "février mars avril mai juin juillet août septembre octobre novembre décembre analystes experts "
    "observateurs manifestants manifestation rassemblement drapeaux rues place nationale indépendance "
    "unité africaine africain russe malien malienne maliens français européenne"
)

_FR_VERBS = [
    "a " + verb
    for verb in _words(
        "déclaré annoncé confirmé démenti averti souligné salué rejeté critiqué condamné appelé accusé signé "
        "promis réaffirmé insisté rappelé expliqué indiqué affirmé"
    )
]

_SYLLABLES = _words(
    "ba be bi bo bou da de di do dou ka ke ki ko kou ma me mi mo mou na ne ni no nou sa se si so sou "
    "ta te ti to tou ra re ri ro rou la le li lo lou ga go gou fa fo fou ya yo wa dia kan ban sam "
    "kar tim bel dor gal mar sin tar vol zen ash ber cal dun fen gor hal jin kel lum mon nar por quil "
    "rud sol tov urn vel wyn xan yor zul"
)


def _tail_vocabulary(size: int, seed: int) -> list[str]:
    """A long tail of made-up words (names, places, rare words) so the vocabulary grows like news text."""
    rng = random.Random(f"tail:{seed}")
    words: set[str] = set()
    out: list[str] = []
    while len(out) < size:
        word = "".join(rng.choice(_SYLLABLES) for _ in range(rng.choice((2, 2, 3, 3, 3, 4))))
        if word not in words:
            words.add(word)
            out.append(word)
    return out


def _zipf_cum(n: int, s: float = 1.05) -> list[float]:
    return list(accumulate(1.0 / (rank**s) for rank in range(1, n + 1)))


# --- outlets ---------------------------------------------------------------------------------------

_EN_SECTIONS = _words(
    "News Politics Economy Business World Africa Sports Culture Opinion Analysis Features Video Podcasts "
    "Health Technology Environment Science Investigations Interviews Photos Live"
)
_FR_SECTIONS = _words("Actualité Politique Économie Société Monde Afrique Sport Culture Opinions Analyses Vidéos Santé")

_EN_OUTLET_WORDS = (
    [
        "Sahel",
        "Bamako",
        "West Africa",
        "Niger River",
        "Savanna",
        "Continental",
        "Pan-African",
        "Eurasia",
        "Global",
        "Harmattan",
        "Timbuktu",
        "Atlantic",
        "Meridian",
        "Frontline",
        "Crescent",
    ],
    [
        "Times",
        "Post",
        "Herald",
        "Monitor",
        "Tribune",
        "Daily",
        "Observer",
        "Review",
        "Insider",
        "Wire",
        "Dispatch",
        "Journal",
        "Chronicle",
        "Report",
        "Express",
    ],
)
_FR_OUTLET_NAMES = [
    "Le Courrier du Sahel",
    "Bamako Matin",
    "L'Écho du Fleuve",
    "Mali Nouvelles",
    "Le Journal de Kayes",
    "La Voix du Sahel",
]
_DATE_STYLES_EN = ("dmy_short_time", "dmy_long_at", "mdy_long", "iso", "dmy_slash", "weekday_mdy", "updated")
_DATE_STYLES_FR = ("fr_long", "fr_publie", "dmy_slash")


@dataclass(frozen=True)
class Outlet:
    """One outlet's brand and page layout."""

    name: str
    domain: str
    lang: str
    weight: float
    date_style: str
    sections: tuple[str, ...]
    nested_menu: bool
    ticker: bool
    share_bar: bool
    byline_outlet: bool  # "By <outlet>" instead of a person
    title_suffix: bool  # "Headline – Outlet" in the title line
    breadcrumb: bool
    comments: bool
    cookie: bool
    related: bool
    author_bio: bool
    tags: bool
    read_more_style: str
    reporters: tuple[str, ...] = field(default=())


_EN_FIRST = _words(
    "John Amadou Sarah Moussa Fatoumata Ibrahim Laura David Aminata Oumar Claire Peter Mariam Boubacar Anna"
)
_EN_LAST = _words(
    "Traoré Keita Coulibaly Smith Diallo Sidibé Johnson Touré Brown Sangaré Walker Maïga Cissé Evans Konaté"
)


def build_outlets() -> list[Outlet]:
    """The ~40 outlets: the three named in ``config.yaml`` plus invented ones, with Zipf-like output."""
    rng = random.Random("outlets:v1")
    names: list[tuple[str, str]] = [
        ("Al Mayadeen English", "en"),
        ("Africa Times", "en"),
        ("Une Plume du Mali", "en"),  # a Malian outlet that publishes in English (see seeds/)
    ]
    seen = {n for n, _ in names}
    while len(names) < 34:
        name = f"The {rng.choice(_EN_OUTLET_WORDS[0])} {rng.choice(_EN_OUTLET_WORDS[1])}"
        if rng.random() < 0.4:
            name = name[4:]
        if name not in seen:
            seen.add(name)
            names.append((name, "en"))
    names += [(n, "fr") for n in _FR_OUTLET_NAMES]
    outlets: list[Outlet] = []
    for rank, (name, lang) in enumerate(names, 1):
        domain = "".join(ch for ch in name.lower().replace("the ", "") if ch.isalnum()) + ".com"
        styles = _DATE_STYLES_FR if lang == "fr" else _DATE_STYLES_EN
        reporters = tuple(f"{rng.choice(_EN_FIRST)} {rng.choice(_EN_LAST)}" for _ in range(rng.randint(2, 7)))
        outlets.append(
            Outlet(
                name=name,
                domain=domain,
                lang=lang,
                weight=1.0 / rank**0.8,
                date_style=rng.choice(styles),
                sections=tuple(rng.sample(_FR_SECTIONS if lang == "fr" else _EN_SECTIONS, rng.randint(5, 11))),
                nested_menu=rng.random() < 0.4,
                ticker=rng.random() < 0.3,
                share_bar=rng.random() < 0.6,
                byline_outlet=rng.random() < 0.25,
                title_suffix=rng.random() < 0.35,
                breadcrumb=rng.random() < 0.2,
                comments=rng.random() < 0.45,
                cookie=rng.random() < 0.5,
                related=rng.random() < 0.75,
                author_bio=rng.random() < 0.3,
                tags=rng.random() < 0.4,
                read_more_style=rng.choice(("Read more: ", "READ ALSO: ", "Also read: ", "See also ", "Related: "))
                if lang == "en"
                else rng.choice(("Lire aussi : ", "À lire aussi : ", "LIRE AUSSI : ")),
                reporters=reporters,
            )
        )
    # Scale the French outlets' output so that FRENCH_SHARE of the pages are French.
    en = sum(o.weight for o in outlets if o.lang == "en")
    fr = sum(o.weight for o in outlets if o.lang == "fr")
    scale = FRENCH_SHARE / (1 - FRENCH_SHARE) * en / fr
    return [replace(o, weight=o.weight * scale) if o.lang == "fr" else o for o in outlets]


# --- entities --------------------------------------------------------------------------------------

# Share of pages that mention an entity (the corpus is coverage of Mali–Russia relations); entities of
# the gazetteer not listed here get _DEFAULT_RATE.
_ENTITY_RATES = {
    "Mali": 0.92,
    "Russia": 0.62,
    "Bamako": 0.45,
    "France": 0.38,
    "Moscow": 0.33,
    "Africa": 0.40,
    "Sergey Lavrov": 0.22,
    "Abdoulaye Diop": 0.18,
    "Assimi Goïta": 0.28,
    "Wagner Group": 0.27,
    "Vladimir Putin": 0.20,
    "United Nations": 0.25,
    "ECOWAS": 0.16,
    "MINUSMA": 0.12,
    "Sahel": 0.30,
    "Niger": 0.18,
    "Burkina Faso": 0.16,
    "FAMa": 0.10,
    "Ukraine": 0.12,
    "Emmanuel Macron": 0.08,
    "Yevgeny Prigozhin": 0.06,
    "Operation Barkhane": 0.07,
    "European Union": 0.08,
    "African Union": 0.07,
    "Alliance of Sahel States": 0.06,
    "Kidal": 0.06,
    "Sadio Camara": 0.05,
    "Paris": 0.08,
    "Libya": 0.04,
    "Syria": 0.04,
    "Ibrahim Boubacar Keita": 0.04,
    "G5 Sahel": 0.03,
    "National Transitional Council": 0.03,
    "Malick Diaw": 0.02,
    "State Duma": 0.02,
    "St. Petersburg": 0.03,
    "Takuba": 0.015,
    "IAEA": 0.01,
    "Eritrea": 0.01,
    "Laureen Fagan": 0.005,
}
_DEFAULT_RATE = 0.02


@dataclass(frozen=True)
class _Entity:
    name: str
    type: str
    aliases: tuple[str, ...]
    rate: float


def _gazetteer(config_path: Path | None) -> list[_Entity]:
    from search.config import load_config

    config = load_config(config_path or REPO / "config.yaml")
    return [
        _Entity(e.name, e.type, tuple(e.all_names), _ENTITY_RATES.get(e.name, _DEFAULT_RATE)) for e in config.entities
    ]


def _spell(rng: random.Random, entity: _Entity, french: bool) -> str:
    """One way a page writes the entity: canonical name mostly, aliases, capitals, possessives."""
    names = entity.aliases
    if french:
        fr = [a for a in names if any(ch in a for ch in "éèêïôù") or a.endswith(("ie", "e", "ou"))]
        name = rng.choice(fr) if fr and rng.random() < 0.6 else rng.choice(names)
    else:
        name = names[0] if rng.random() < 0.55 else rng.choice(names)
    roll = rng.random()
    if roll < 0.03:
        name = name.upper()
    elif roll < 0.06 and "ï" in name:
        name = name.replace("ï", "i")
    if not french and entity.type != "organisation" and rng.random() < 0.12:
        name += rng.choice(("'s", "’s"))
    return name


# --- text ------------------------------------------------------------------------------------------

_MONTHS_EN = _words("January February March April May June July August September October November December")
_MONTHS_FR = _words("janvier février mars avril mai juin juillet août septembre octobre novembre décembre")
_WEEKDAYS_EN = _words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")

_EN_SUBJECTS = (
    "The minister",
    "The government",
    "The transitional authorities",
    "Officials in {P}",
    "Analysts",
    "The junta",
    "Diplomats in {P}",
    "A spokesperson for {O}",
    "Residents of {P}",
    "{E}",
    "{E}",
    "{E}",
    "Western governments",
    "The delegation",
    "Military sources",
    "Local officials",
    "Observers",
    "The foreign ministry",
    "Human rights groups",
    "The army",
    "Security forces",
)
_EN_OBJECTS = (
    "the new security agreement",
    "sanctions imposed by {O}",
    "the withdrawal of French troops",
    "talks with {E}",
    "deliveries of wheat, fuel and fertilizer",
    "the presence of Russian instructors",
    "the timetable for elections",
    "attacks in the north of the country",
    "a strategic partnership with {P}",
    "the end of the peacekeeping mission",
    "its relations with {P}",
    "military cooperation with {P}",
    "the security situation in {P}",
    "reports of abuses against civilians",
    "the decision to leave {O}",
    "new helicopters and combat aircraft",
    "the fight against terrorism",
    "economic ties with {P}",
    "a joint statement on regional security",
    "the role of foreign contractors",
)
_EN_ADJUNCTS = (
    "on {D}",
    "in {P}",
    "during a press conference in {P}",
    "according to a statement",
    "last {M}",
    "amid growing tensions",
    "after talks in {P}",
    "in an interview with state television",
    "before the summit",
    "at the end of a two-day visit",
    "earlier this month",
    "on the sidelines of the meeting",
    "in a televised address",
    "according to local sources",
    "despite Western criticism",
)
_FR_SUBJECTS = (
    "Le ministre",
    "Le gouvernement",
    "Les autorités de la transition",
    "Des responsables à {P}",
    "Les analystes",
    "La junte",
    "{E}",
    "{E}",
    "{E}",
    "La délégation",
    "Des sources sécuritaires",
    "Les partenaires occidentaux",
    "Le porte-parole du gouvernement",
    "L'armée malienne",
)
_FR_OBJECTS = (
    "le nouvel accord de sécurité",
    "les sanctions imposées par {O}",
    "le retrait des troupes françaises",
    "les entretiens avec {E}",
    "les livraisons de blé et d'engrais",
    "la présence d'instructeurs russes",
    "le calendrier électoral",
    "les attaques dans le nord du pays",
    "le partenariat stratégique avec {P}",
    "la fin de la mission de paix",
    "la coopération militaire avec {P}",
    "la situation sécuritaire à {P}",
    "la lutte contre le terrorisme",
    "les relations économiques avec {P}",
)
_FR_ADJUNCTS = (
    "le {D}",
    "à {P}",
    "lors d'une conférence de presse à {P}",
    "selon un communiqué",
    "en {M} dernier",
    "sur fond de tensions",
    "après des entretiens à {P}",
    "dans un entretien à la télévision nationale",
    "à l'issue d'une visite de deux jours",
    "selon des sources locales",
    "malgré les critiques occidentales",
)
_EN_QUOTES = (
    "We will continue to work together to strengthen our cooperation",
    "The situation on the ground has improved considerably",
    "Nobody will dictate to us how to defend our country",
    "This partnership is based on mutual respect and shared interests",
    "Sanctions only hurt the most vulnerable people",
    "Our forces have regained control of the area",
)
_FR_QUOTES = (
    "Nous allons continuer à renforcer notre coopération",
    "La situation sur le terrain s'est nettement améliorée",
    "Personne ne nous dictera comment défendre notre pays",
    "Ce partenariat repose sur le respect mutuel",
)
_GENERIC = {
    "person": (
        ("the minister", "the president", "the spokesperson", "a senior official", "the ambassador"),
        ("le ministre", "le président", "le porte-parole", "un haut responsable", "l'ambassadeur"),
    ),
    "place": (
        ("the capital", "the region", "the north", "the country", "the border area"),
        ("la capitale", "la région", "le nord", "le pays", "la zone frontalière"),
    ),
    "organisation": (
        ("the regional bloc", "the international community", "the peacekeeping mission"),
        ("le bloc régional", "la communauté internationale", "la mission de paix"),
    ),
}
_HEADLINES_EN = (
    "{E} meets {E2} in {P}",
    "{P} and {P2} reaffirm bilateral support",
    "{O} extends sanctions on {P}",
    "{E} warns of new attacks in {P}",
    "Russian instructors arrive in {P}",
    "{P} expels French ambassador",
    "{E} signs security deal with {P2}",
    "Inside the battle for {P}",
    "Why {P} turned to {P2}",
    "{O} mission ends in {P}",
    "{E} says {P} will not bow to pressure",
    "Wheat and fuel deliveries reach {P}",
    "{P} junta postpones elections",
    "Analysis: what {E} wants in the {S}",
)
_HEADLINES_FR = (
    "{E} reçoit {E2} à {P}",
    "{P} et {P2} réaffirment leur partenariat",
    "{O} prolonge les sanctions contre {P}",
    "{E} met en garde contre de nouvelles attaques",
    "Des instructeurs russes arrivent à {P}",
    "{P} : la junte reporte les élections",
    "Ce que {E} attend du {S}",
)


class Generator:
    """Makes page ``i`` of a corpus for a given seed; cheap to build, deterministic per page."""

    def __init__(self, seed: int = 1, config_path: Path | None = None) -> None:
        self.seed = seed
        self.outlets = build_outlets()
        self._outlet_cum = list(accumulate(o.weight for o in self.outlets))
        self.entities = _gazetteer(config_path)
        self._places = [e for e in self.entities if e.type == "place"] or self.entities
        self._orgs = [e for e in self.entities if e.type == "organisation"] or self.entities
        self._people = [e for e in self.entities if e.type == "person"] or self.entities
        self.tail = _tail_vocabulary(40000, seed)
        self._tail_cum = _zipf_cum(len(self.tail))
        self._en_common = _EN_NEWS + _EN_VERBS
        self._fr_common = _FR_NEWS + _FR_VERBS
        self._en_common_cum = _zipf_cum(len(self._en_common), 0.7)
        self._fr_common_cum = _zipf_cum(len(self._fr_common), 0.7)
        # Publication dates: 2019-01-01 .. 2025-12-31, weighted towards 2022–2024.
        self._year_cum = list(accumulate((0.05, 0.07, 0.10, 0.20, 0.24, 0.20, 0.14)))

    # -- metadata -----------------------------------------------------------------------------------

    def _date(self, rng: random.Random) -> tuple[int, int, int]:
        year = 2019 + bisect.bisect_left(self._year_cum, rng.random() * self._year_cum[-1])
        month = rng.randint(1, 12)
        day = rng.randint(1, 28 if month == 2 else 30)
        return year, month, day

    @staticmethod
    def _format_date(style: str, date: tuple[int, int, int], rng: random.Random) -> str:
        y, m, d = date
        hh, mm = rng.randint(6, 22), rng.randint(0, 59)
        if style == "dmy_short_time":
            return f"{d} {_MONTHS_EN[m - 1][:3]} {y} {hh:02d}:{mm:02d}"
        if style == "dmy_long_at":
            return f"{d} {_MONTHS_EN[m - 1]} {y} at {(hh - 1) % 12 + 1}:{mm:02d} {'am' if hh < 12 else 'pm'}"
        if style == "mdy_long":
            return f"{_MONTHS_EN[m - 1]} {d}, {y}"
        if style == "iso":
            return f"{y:04d}-{m:02d}-{d:02d}"
        if style == "dmy_slash":
            return f"{d:02d}/{m:02d}/{y}"
        if style == "weekday_mdy":
            import datetime as dt

            return f"{_WEEKDAYS_EN[dt.date(y, m, d).weekday()]}, {_MONTHS_EN[m - 1]} {d}, {y}"
        if style == "updated":
            return f"Published {_MONTHS_EN[m - 1][:3]} {d}, {y} | Updated {_MONTHS_EN[m - 1][:3]} {d}, {y}"
        if style == "fr_long":
            return f"{d} {_MONTHS_FR[m - 1]} {y}"
        if style == "fr_publie":
            return f"Publié le {d} {_MONTHS_FR[m - 1]} {y} à {hh}h{mm:02d}"
        return f"{y:04d}-{m:02d}-{d:02d}"

    # -- prose --------------------------------------------------------------------------------------

    def _fill(self, rng: random.Random, template: str, french: bool, mentions: list[_Entity]) -> str:
        """Fill a template's slots with the page's entities ({E} person, {P} place, {O} organisation).

        A slot whose type the page does not mention gets a generic phrase, so the page mentions exactly
        the entities drawn for it (at the rates of ``_ENTITY_RATES``).
        """

        def ent(kind: str) -> str:
            own = [e for e in mentions if e.type == kind]
            if not own:
                return rng.choice(_GENERIC[kind][french])
            return _spell(rng, rng.choice(own), french)

        out = template
        while "{E}" in out:
            out = out.replace("{E}", ent("person"), 1)
        out = out.replace("{E2}", ent("person"))
        while "{P}" in out:
            out = out.replace("{P}", ent("place"), 1)
        out = out.replace("{P2}", ent("place")).replace("{O}", ent("organisation")).replace("{S}", "Sahel")
        months = _MONTHS_FR if french else _MONTHS_EN
        if "{D}" in out:
            day = f"{rng.randint(1, 28)} {rng.choice(months)}" if french else rng.choice(_WEEKDAYS_EN)
            out = out.replace("{D}", day)
        return out.replace("{M}", rng.choice(months))

    def _filler(self, rng: random.Random, french: bool, n: int) -> str:
        """A clause of ``n`` words: common news words, function words and the long-tail vocabulary."""
        common, cum = (self._fr_common, self._fr_common_cum) if french else (self._en_common, self._en_common_cum)
        function = _FR_FUNCTION if french else _EN_FUNCTION
        words: list[str] = []
        tail = rng.choices(self.tail, cum_weights=self._tail_cum, k=n)
        news = rng.choices(common, cum_weights=cum, k=n)
        for k in range(n):
            roll = rng.random()
            if roll < 0.45:
                words.append(rng.choice(function))
            elif roll < 0.82:
                words.append(news[k])
            else:
                words.append(tail[k])
        return " ".join(words)

    def _sentence(self, rng: random.Random, french: bool, mentions: list[_Entity]) -> str:
        subjects, objects, adjuncts = (
            (_FR_SUBJECTS, _FR_OBJECTS, _FR_ADJUNCTS) if french else (_EN_SUBJECTS, _EN_OBJECTS, _EN_ADJUNCTS)
        )
        roll = rng.random()
        if roll < 0.08:
            quote = rng.choice(_FR_QUOTES if french else _EN_QUOTES)
            who = self._fill(rng, rng.choice(subjects), french, mentions)
            verb = rng.choice(_FR_VERBS) if french else rng.choice(_EN_VERBS)
            open_q, close_q = ("« ", " »") if french else ("“", "”")
            return f"{open_q}{quote}, {self._filler(rng, french, rng.randint(4, 12))}{close_q}, {who} {verb}."
        subject = self._fill(rng, rng.choice(subjects), french, mentions)
        verb = rng.choice(_FR_VERBS) if french else rng.choice(_EN_VERBS)
        obj = self._fill(rng, rng.choice(objects), french, mentions)
        parts = [subject, verb, obj]
        if rng.random() < 0.6:
            parts.append(self._fill(rng, rng.choice(adjuncts), french, mentions))
        if roll < 0.75:
            joiner = (
                rng.choice((", et ", ", ce qui ", ", alors que "))
                if french
                else rng.choice((", and ", ", which ", ", while ", " as "))
            )
            parts.append(joiner.strip(" ,") + " " + self._filler(rng, french, rng.randint(6, 22)))
        text = " ".join(parts)
        return text[0].upper() + text[1:] + "."

    def _body(self, rng: random.Random, french: bool, mentions: list[_Entity], words: int) -> list[str]:
        paragraphs: list[str] = []
        count = 0
        while count < words:
            sentences = [self._sentence(rng, french, mentions) for _ in range(rng.randint(1, 5))]
            paragraph = " ".join(sentences)
            paragraphs.append(paragraph)
            count += paragraph.count(" ") + 1
        return paragraphs

    def _headline(self, rng: random.Random, french: bool, mentions: list[_Entity]) -> str:
        template = rng.choice(_HEADLINES_FR if french else _HEADLINES_EN)
        text = self._fill(rng, template, french, mentions)
        return text[0].upper() + text[1:]

    # -- the page -----------------------------------------------------------------------------------

    def page(self, i: int) -> tuple[str, str, dict[str, object]]:
        """Page ``i``: its path relative to the corpus folder, its text, and its facts (for queries)."""
        rng = random.Random(f"page:{self.seed}:{i}")
        outlet = self.outlets[bisect.bisect_left(self._outlet_cum, rng.random() * self._outlet_cum[-1])]
        french = outlet.lang == "fr"
        date = self._date(rng)
        mentions = [e for e in self.entities if rng.random() < e.rate]
        others = [e for e in self.entities if rng.random() < e.rate]  # what the promos and tickers mention
        words = int(min(1500, max(300, rng.lognormvariate(6.45, 0.45))))
        title = self._headline(rng, french, mentions)
        body = self._body(rng, french, mentions, words)
        lines: list[str] = []
        add = lines.append

        # Header: brand, language switch, menus.
        add(outlet.name)
        add("")
        if rng.random() < 0.5:
            add("  • " + ("EN" if french else rng.choice(("Ar", "Fr", "Es"))))
            add("  • x")
        add(outlet.name if rng.random() < 0.5 else outlet.domain)
        add("")
        for section in outlet.sections:
            add(f"  • {section}")
            if outlet.nested_menu and rng.random() < 0.3:
                for sub in rng.sample(outlet.sections, min(3, len(outlet.sections))):
                    add(f"    • {sub}")
        add("")
        if outlet.ticker:
            add("BREAKING" if not french else "EN DIRECT")
            for _ in range(rng.randint(3, 9)):
                add(self._headline(rng, french, others) + " " + self._filler(rng, french, rng.randint(3, 10)))
            add("")
        if outlet.breadcrumb:
            section = rng.choice(outlet.sections)
            add(f"{'Accueil' if french else 'Home'} » {section} » {title}")
            add("")
        add(f"{title} – {outlet.name}" if outlet.title_suffix else title)
        add("")
        if outlet.share_bar:
            for item in rng.sample(("Facebook", "Twitter", "WhatsApp", "Telegram", "Email", "Print"), 4):
                add(f"  • {item}")
            add("")
        date_text = self._format_date(outlet.date_style, date, rng)
        author: str | None = None
        if outlet.byline_outlet:
            add(f"  • {'Par' if french else 'By'} {outlet.name}")
            add(f"  • {date_text}")
        else:
            author = rng.choice(outlet.reporters)
            sep = " - " if rng.random() < 0.5 else "\n"
            add(f"{'Par' if french else 'By'} {author}{sep}{date_text}")
        if rng.random() < 0.4:
            add(f"{rng.randint(2, 9)} {'min de lecture' if french else 'Min Read'}")
        add("")
        if rng.random() < 0.5:
            add(f"  • {title}")
            add("    " + self._caption(rng, french, mentions))
            add("")

        # Body with inline furniture: promos, captions, ads.
        for k, paragraph in enumerate(body):
            add(paragraph)
            add("")
            if k and k % rng.randint(3, 6) == 0:
                roll = rng.random()
                if roll < 0.45:
                    add(outlet.read_more_style + self._headline(rng, french, mentions))
                elif roll < 0.7:
                    add(self._caption(rng, french, mentions))
                elif roll < 0.8:
                    add("Advertisement" if not french else "Publicité")
                else:
                    add(f"{'Voir aussi' if french else 'See also'}  {self._headline(rng, french, others)}")
                add("")

        # Footer furniture.
        if outlet.tags:
            names = ", ".join(_spell(rng, e, french) for e in mentions[:5]) or "Africa"
            add(f"{'Mots-clés' if french else 'Tags'}: {names}")
            add("")
        if outlet.author_bio and author:
            add(author)
            add("")
            add(
                f"{author.split()[0]} {'est journaliste à' if french else 'is a reporter for'} {outlet.name}. "
                + self._filler(rng, french, rng.randint(15, 40))
                + "."
            )
            add("")
        if outlet.related:
            add(
                rng.choice(("Related Posts", "Read Next", "More from " + outlet.name, "You may also like"))
                if not french
                else rng.choice(("Sur le même sujet", "À lire aussi", "Dans la même rubrique"))
            )
            add("")
            for _ in range(rng.randint(3, 8)):
                if rng.random() < 0.5:
                    add(self._caption(rng, french, others))
                add(rng.choice(outlet.sections))
                add("")
                add(self._headline(rng, french, others))
                add("")
        if outlet.comments:
            count = rng.randint(0, 6)
            add(f"{count} {'commentaires' if french else 'Comments'}")
            add("")
            for _ in range(count):
                add(f"{rng.choice(_EN_FIRST)} {'dit' if french else 'says'}:")
                add(f"{date_text}")
                add(self._filler(rng, french, rng.randint(8, 40)).capitalize() + ".")
                add("")
            add("Laisser un commentaire" if french else "Leave a Reply")
            add("")
            add(
                "Ce site utilise Akismet pour réduire les indésirables."
                if french
                else "This site uses Akismet to reduce spam. Learn how your comment data is processed."
            )
            add("")
        if outlet.cookie:
            add(
                "Ce site utilise des cookies pour améliorer votre expérience. Accepter En savoir plus"
                if french
                else "This website uses cookies to improve your experience. We'll assume you're ok with this, "
                "but you can opt-out if you wish. Accept Read More"
            )
            add("")
        add(f"© {date[0]} {outlet.name}. {'Tous droits réservés' if french else 'All Rights Reserved'}.")
        add("")
        for item in rng.sample(("Privacy Policy", "About Us", "Contact Us", "Authors", "Advertise", "Terms of Use"), 4):
            add(f"  • {item}")
        if rng.random() < 0.3:
            add("Android")
            add("iOS")
        text = "\n".join(lines)
        digest = hashlib.blake2b(f"{self.seed}:{i}".encode(), digest_size=8).hexdigest()
        rel = f"{i // PER_FOLDER:03d}/{i:06d}_{digest}.txt"
        facts = {
            "outlet": outlet.name,
            "date": f"{date[0]:04d}-{date[1]:02d}-{date[2]:02d}",
            "lang": outlet.lang,
            "entities": sorted(e.name for e in mentions),
            "words": words,
        }
        return rel, text, facts

    def _caption(self, rng: random.Random, french: bool, mentions: list[_Entity]) -> str:
        if french:
            return f"{self._headline(rng, True, mentions)} (Photo d'archives / AFP)"
        start = rng.choice(("In this handout photo released by the ministry, ", "FILE - ", "Photo: ", ""))
        credit = rng.choice(("(AP)", "(Reuters)", "(AFP)", "via Wikicommons", "(Photo: Getty Images)"))
        return f"{start}{self._headline(rng, False, mentions)} {credit}"


# --- writing ---------------------------------------------------------------------------------------


@dataclass
class CorpusInfo:
    """What ``DIR/.bench-corpus.json`` records."""

    version: str
    seed: int
    count: int
    outlets: list[str]
    entities: list[str]
    pages: list[dict[str, object]]
    bytes: int = 0


def _write_range(args: tuple[int, int, int, str, str | None]) -> tuple[list[dict[str, object]], int]:
    seed, start, stop, root, config_path = args
    gen = Generator(seed, Path(config_path) if config_path else None)
    facts: list[dict[str, object]] = []
    total = 0
    made: set[str] = set()
    for i in range(start, stop):
        rel, text, info = gen.page(i)
        path = Path(root) / rel
        folder = str(path.parent)
        if folder not in made:
            path.parent.mkdir(parents=True, exist_ok=True)
            made.add(folder)
        data = text.encode("utf-8")
        path.write_bytes(data)
        total += len(data)
        facts.append({"path": rel, **info})
    return facts, total


def write_corpus(
    count: int, root: Path, seed: int = 1, workers: int | None = None, config_path: Path | None = None
) -> CorpusInfo:
    """Write ``count`` pages under ``root`` (reusing it when it already holds this exact corpus)."""
    root = Path(root)
    existing = load_info(root)
    if (
        existing is not None
        and existing.count == count
        and existing.seed == seed
        and existing.version == CORPUS_VERSION
    ):
        return existing
    root.mkdir(parents=True, exist_ok=True)
    workers = workers or min(os.cpu_count() or 1, 8)
    step = max(100, min(2000, count // (workers * 4) or 1))
    jobs = [
        (seed, s, min(count, s + step), str(root), str(config_path) if config_path else None)
        for s in range(0, count, step)
    ]
    pages: list[dict[str, object]] = []
    total = 0
    if workers > 1 and len(jobs) > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            for facts, size in pool.map(_write_range, jobs):
                pages.extend(facts)
                total += size
    else:
        for job in jobs:
            facts, size = _write_range(job)
            pages.extend(facts)
            total += size
    gen = Generator(seed, config_path)
    info = CorpusInfo(
        version=CORPUS_VERSION,
        seed=seed,
        count=count,
        outlets=[o.name for o in gen.outlets],
        entities=[e.name for e in gen.entities],
        pages=pages,
        bytes=total,
    )
    (root / MANIFEST).write_text(json.dumps(asdict(info)), encoding="utf-8")
    return info


def load_info(root: Path) -> CorpusInfo | None:
    """The corpus manifest of ``root``, or None when there is none (or it is unreadable)."""
    try:
        data = json.loads((Path(root) / MANIFEST).read_text(encoding="utf-8"))
        return CorpusInfo(**data)
    except (OSError, ValueError, TypeError):
        return None


def main(argv: list[str] | None = None) -> int:
    """``corpus.py N DIR``: write the corpus and print a one-line summary."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int, help="number of pages")
    parser.add_argument("dir", type=Path, help="output folder")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--config", type=Path, default=None, help="gazetteer (default: the repo's config.yaml)")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    info = write_corpus(args.count, args.dir, args.seed, args.workers, args.config)
    french = sum(1 for p in info.pages if p["lang"] == "fr")
    print(
        f"{info.count} pages, {info.bytes / 1e6:.1f} MB, {french / max(1, info.count):.0%} French, "
        f"{len({p['outlet'] for p in info.pages})} outlets in {args.dir} ({time.perf_counter() - start:.1f} s)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
