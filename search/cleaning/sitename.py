"""The outlet of a saved HTML page: the metadata's site name, tidied into the brand the page prints.

Metadata site names come in many shapes: the brand ('The Verge'), the brand with a tagline ('Boxen1.com -
aktuelle Boxen News'), the company ('Utopia GmbH'), a bare domain when the page declares none
('newyorker.com', which trafilatura falls back to) or a headline. The page's own text decides between
them and the text rules' outlet.
"""

from __future__ import annotations

import re
from collections import Counter

from search.cleaning.meta_outlet import brand_like, copyright_holder, strip_corporate
from search.cleaning.patterns import CHINESE_RIGHTS_NOTICE, NAV_WORDS, RIGHTS_NOTICE
from search.cleaning.wordlists import fold, is_place_name

_SECOND_LEVEL = ("co", "com", "org", "net", "ac", "gov", "edu", "or", "ne", "go")
"""Labels under a country's top-level domain that a site registers beneath ('co' of bbc.co.uk)."""
_DOMAIN_RE = re.compile(
    r"^(?:www\d?\.)?(?P<label>[\w-]+)(?P<more>(?:\.[\w-]+)*?)\.(?:(?:" + "|".join(_SECOND_LEVEL) + r")\.[a-z]{2}|"
    r"[a-z]{2,6})$",
    re.IGNORECASE,
)
_TAGLINE_SEP_RE = re.compile(r"\s+(?:[-–—|:·•»]|::)\s+")
_RUN_RE = re.compile(
    r"(?<![\w.])[A-Z0-9][\w&!+-]*(?:['’][\w&!+-]+)?(?:\s+(?:(?:of|in|and|de|la|du|des|di|del|für|&)\s+)?"
    r"[A-Z0-9][\w&!+-]*(?:['’][\w&!+-]+)?){0,5}"
)
"""A run of capitalised words (small linking words allowed), where a spelled-out brand is looked for."""
_SMALL_WORDS = frozenset(["of", "in", "and", "de", "la", "du", "des", "di", "del", "für", "&"])
MAX_SITE_WORDS = 6


def _squash(text: str) -> str:
    """Letters and digits only, case- and accent-folded ('Portal Spożywczy' and 'Portalspozywczy' agree)."""
    return re.sub(r"[\W_]+", "", fold(text)).casefold()


def _spelled_out(label: str, text: str) -> str | None:
    """The page's most frequent spelling of a domain label ('newyorker' -> 'The New Yorker'), if any."""
    key = _squash(label)
    if len(key) < 3:
        return None
    forms: Counter[str] = Counter()
    head = text[:200_000]
    for m in _RUN_RE.finditer(head):
        words = [re.sub(r"['’]s$", "", w) for w in m.group(0).split()]  # "CNET’s" names CNET
        for a in range(len(words)):
            if words[a] in _SMALL_WORDS:
                continue
            joined = ""
            for b in range(a, len(words)):
                joined += _squash(words[b])
                if not key.startswith(joined):
                    break
                if joined == key and words[b] not in _SMALL_WORDS:
                    start = a - 1 if a > 0 and words[a - 1] == "The" else a
                    forms[" ".join(words[start : b + 1])] += 1
    if not forms:
        return None
    return max(forms.items(), key=lambda kv: (kv[1], " " in kv[0], len(kv[0])))[0]


def _marked_more(spelled: str, name: str) -> bool:
    """True when ``spelled`` writes more capitals or more accented letters than ``name`` ('NacióDigital' over
    the handle 'Naciodigital'): the page's own spelling of a name that metadata wrote as a handle."""
    capitals = sum(ch.isupper() for ch in spelled) - sum(ch.isupper() for ch in name)
    accents = sum(not ch.isascii() for ch in spelled) - sum(not ch.isascii() for ch in name)
    return (capitals > 0 and accents >= 0) or (accents > 0 and capitals >= 0)


def _cut_inside_a_word(short: str, full: str) -> bool:
    """True when ``short`` spells the start of ``full`` and stops inside one of its words ('SputnikInt' of
    'Sputnik International'), not at a word's end ('CNET' of 'CNET News', 'About' of 'About.com')."""
    key = _squash(short)
    done = ""
    for word in re.findall(r"[^\W_]+", full):
        word = word.casefold()
        if len(done) < len(key) < len(done) + len(word):
            return (done + word).startswith(key)
        done += word
        if not key.startswith(done):
            return False
    return False


def _subdomain_label(name: str, host: str) -> bool:
    """True when ``name`` only spells a label of ``host`` in front of its registered name ('hosted' of
    hosted.ap.org, not 'theverge' of www.theverge.com)."""
    labels = [lab for lab in host.casefold().split(".") if lab]
    if labels[:1] in (["www"], ["m"], ["amp"]):
        labels = labels[1:]
    tail = 3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL else 2
    return len(labels) > tail and _squash(name) in {_squash(lab) for lab in labels[:-tail]}


_PUBLICATION_WORDS = frozenset(
    [
        "ediciones",
        "edições",
        "edizioni",
        "editions",
        "edition",
        "diario",
        "diário",
        "periódico",
        "periodico",
        "jornal",
        "revista",
        "gazeta",
        "газета",
        "журнал",
        "grupo",
        "gruppo",
        "groupe",
        "group",
        "verlag",
        "editora",
        "editorial",
        "journal",
        "newspaper",
    ]
)
"""Words that say what kind of publication or publisher a name is ('Ediciones EL PAÍS', 'Газета «Коммерсантъ»')."""


_NEWSROOM_WORDS = ("redaktion", "redaccion", "redazione", "redactie", "redakcja", "newsroom")
"""A newsroom's word a handle glues to the brand ('golemredaktion')."""


def _variant_of(name: str, printed: str) -> bool:
    """True when the metadata site name is a variant of the brand the page prints: a handle ('Grazia_Live' of
    'Grazia Daily', 'golemredaktion' of 'Golem.de'), the brand behind a word for a publication or a publisher
    ('Ediciones EL PAÍS' of 'EL PAÍS')."""
    if " " not in name and _squash(name) in {_squash(_TLD_RE.sub("", printed)) + word for word in _NEWSROOM_WORDS}:
        return True  # 'golemredaktion': the newsroom's handle of 'Golem.de'
    if "_" in name and " " not in name:
        head = name.split("_")[0]
        dotted = name.replace("_", ".").casefold() == printed.casefold()  # 'Motor_At' for 'motor.at'
        return dotted or (len(head) >= 3 and printed.split()[0].casefold() == head.casefold())
    words = name.split()
    return (
        len(words) >= 2
        and words[0].casefold() in _PUBLICATION_WORDS
        and " ".join(words[1:]).strip('«»"“”').casefold() == printed.strip('«»"“”').casefold()
    )


_PUBLISHER_TAIL_RE = re.compile(
    r"(?:\s+(?:verlags?-?|vertriebs?|und|and|&|media|medien|publishing|publications|premium|group|gruppe|digital))+$",
    re.IGNORECASE,
)


_SHORT_LABEL = 3
"""A domain's label this short ('net' in 'Net.hr') is a common word alone: the address is the name."""
_RIGHTS_RE = re.compile(rf"(?i:{RIGHTS_NOTICE}|저작권자)\.?")
"""A rights notice after the name ('www.chinanews.com, 版权所有')."""
_GLUED_RIGHTS_RE = re.compile(rf"(?<=[^\s,])(?:{CHINESE_RIGHTS_NOTICE})$")
"""A Chinese rights notice written without a space after the name ('人民网版权所有')."""
_PAREN_TAIL_RE = re.compile(r"\s*[(（][^()（）]{2,40}[)）]$")
"""A second name in brackets after the brand ('Voice of America (VOA News)', '央视网(cctv.com)')."""


def _without_address(name: str) -> str:
    """'DER SPIEGEL, Hamburg, Germany' -> 'DER SPIEGEL': the publisher's town and country after the name go, and
    so do a rights notice and the publishing company named beside the title."""
    name = _GLUED_RIGHTS_RE.sub("", name) or name  # '人民网版权所有': the notice glued to the name
    parts = [p.strip() for p in name.split(",")]
    while len(parts) > 1 and (is_place_name(parts[-1]) or _RIGHTS_RE.fullmatch(parts[-1])):
        parts.pop()
    brands = [p for p in parts if not _COMPANY_RE.search(p)]
    if len(parts) > 1 and len(brands) == 1:
        return brands[0]  # 'Springer Medizin Verlag GmbH, Ärzte Zeitung': the company, then its title
    return ", ".join(parts)


_PUBLISHER_LEAD_RE = re.compile(
    r"^(?:ediciones|editora|editorial|éditions|edizioni|grupo|groupe|gruppo|mediehuset|mediahuset)\s+", re.I
)


def _without_publisher_lead(name: str) -> str:
    """'Ediciones EL PAÍS' -> 'EL PAÍS': the publishing house's word before the title it publishes."""
    rest = _PUBLISHER_LEAD_RE.sub("", name)
    return rest if rest != name and brand_like(rest) else name


_COMPANY_RE = re.compile(
    r"\b(?:verlag|gmbh|inc|ltd|llc|plc|s\.?a\.?|ag|corp(?:oration)?|company|publishing)\b\.?", re.IGNORECASE
)


def _without_publisher_tail(name: str, text: str) -> str:
    """'TAZ Verlags- und Vertriebs' -> 'TAZ', 'Healthline Media' -> 'Healthline', 'TimesLIVE Premium' ->
    'TimesLIVE': the publishing company's or the paid edition's words after a brand the page prints."""
    base = _PUBLISHER_TAIL_RE.sub("", name).strip()
    if not re.search(r"[^\W\d_]", base):
        return name  # '404 Media': a number alone is no name
    if base != name and len(_squash(base)) >= 3 and base.casefold() in text[:200_000].casefold():
        return base
    return name


_TLD_RE = re.compile(r"\.(?:[a-z]{2,3}|co\.[a-z]{2})$", re.IGNORECASE)


def _brand_form(name: str, printed: str) -> str:
    """Of two spellings that differ by a web address ending, the one without it ('Le Monde', 'MDR'), unless
    that is a place or a common word ('Canada.com', 'About.com')."""
    bare, dotted = (name, printed) if not _TLD_RE.search(name) else (printed, name)
    if is_place_name(bare) or bare.casefold() in NAV_WORDS:
        return dotted
    return bare


def _same_with_tld(name: str, printed: str) -> bool:
    """True when the two differ only by a web address ending ('Le Monde.fr' / 'Le Monde', 'Canada' /
    'Canada.com')."""
    a, b = _TLD_RE.sub("", name), _TLD_RE.sub("", printed)
    return (a != name or b != printed) and _squash(a) == _squash(b) and bool(_squash(a))


_URL_RE = re.compile(r"^https?://(?:www\d?\.)?(?P<host>[\w.-]+\.[a-z]{2,})(?P<path>/[^\s?#]*)?(?:[?#]\S*)?$", re.I)
_SOCIAL_HOSTS = frozenset(
    ["twitter.com", "x.com", "facebook.com", "instagram.com", "youtube.com", "linkedin.com", "tiktok.com", "t.me"]
)
_COPYRIGHT_MARK_RE = re.compile(r"©|\(c\)|\bcopyright\b|^(?:19|20)\d\d\s", re.IGNORECASE)


def _meta_value(name: str, text: str) -> str | None:
    """A metadata site name as a name: a web address is its host ('https://pawszilla.com/' -> 'pawszilla.com'),
    a social network's profile address is the handle as the page spells it ('…/DERFARANG/' -> 'DER FARANG',
    'twitter.com/onmeda_de' -> 'Onmeda'), else none, and a copyright notice is its holder ('Copyright (c) CondéNet
    2015' -> 'CondéNet', '2020 Propellets Austria' -> 'Propellets Austria')."""
    url = _URL_RE.match(name)
    if url:
        host = url.group("host").lower()
        if host in _SOCIAL_HOSTS or host.endswith(tuple("." + h for h in _SOCIAL_HOSTS)):
            handle = (url.group("path") or "/").strip("/").split("/")[0]
            return _spelled_out(re.split(r"[_.]", handle)[0], text) if handle else None
        return host
    if _COPYRIGHT_MARK_RE.search(name):
        holder = copyright_holder(name if not name[:1].isdigit() else "© " + name)
        if holder:
            return holder
    return name


_ON_SITE_RE = re.compile(r"\s(?:on|at|auf|sur|en)\s+(?P<domain>(?:www\.)?[\w-]+(?:\.[\w-]+)+)$", re.IGNORECASE)


_LEGAL_FORM_RE = re.compile(
    r"(?i)\b(?:gmbh|inc|ltd|llc|ag|s\.?a|s\.?l|plc|corp|co|kg|ab|as|oy|b\.?v|n\.?v|s\.?p\.?a|s\.?r\.?l|pty|limited)\b"
)
"""A company's legal form."""


def _without_corporate_word(name: str, text: str) -> str:
    """The name without its company form ('Nikkei Inc' -> 'Nikkei'), unless the page prints the short form only
    inside the full one: 'Fast Company' is the magazine's name, not 'Fast' with a company form."""
    short = strip_corporate(name) or name
    if short == name or len(name) > 60 or _LEGAL_FORM_RE.search(name[len(short) :]):
        return short  # a legal form ('GmbH', 'Inc') is never part of the name
    page = text[:200_000]
    whole = len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", page))
    alone = len(re.findall(rf"(?<!\w){re.escape(short)}(?!\w)", page))
    return name if whole and alone == whole else short


_ARCHIVE_HOST_RE = re.compile(r"(?:web\.)?archive\.(?:org|today|ph|is|li|vn|md)|webcache\.googleusercontent\.com")
"""Web archives and caches a page may be saved from (the Wayback Machine, archive.today, Google's cache)."""


_SOURCE_WORD_RE = re.compile(r"^(?:from|via|on|at)\s+(?=\S)", re.IGNORECASE)
"""A word that introduces the site at the end of a title ('… - from planet-f1.com'), no part of its name."""


def without_www(host: str) -> str:
    """A host or domain without its leading 'www.' ('www2.example.org' -> 'example.org')."""
    return re.sub(r"^www\d?\.", "", host)


_TITLE_SEP_RE = re.compile(r"\s+(?:[-–—|·•»«]|::)\s+|\s*[：｜]\s*|(?<=\S):\s+")
"""What joins a site's name and the headline in a page's <title> ('高木浩光＠自宅の日記 - 改正NICT法が…',
'てくろぐ: 2019年のスマホ…', '…に関する注意喚起：IPA 独立行政法人 情報処理推進機構')."""
_QUOTED_RE = re.compile(r"^[\"'«»‹›„“”‘’「『].*[\"'«»‹›“”‘’」』]$")
TITLE_SITE_MAX_WORDS = 6
TITLE_SITE_SCAN_LINES = 120
"""The site's part of the <title> must be printed alone on one of the page's first lines (its masthead)."""


def site_in_title(
    page_title: str | None, headline: str | None, other_headlines: list[str | None], text: str
) -> str | None:
    """The site's name in the page's <title>, for a page whose metadata names no site: the part beside a part
    that is a headline (``headline``, the one the page's text gives, or one of ``other_headlines``: metadata,
    <h1>s), when the page prints it alone near its top (its masthead). Without that print a part may be the
    headline's kicker ('Ukraine war: …'); the text's headline itself is never the site ('Two More Gunned Down -
    Tribune242' with a logo <h1> 'Tribune242')."""
    if not page_title:
        return None
    parts = [p.strip() for p in _TITLE_SEP_RE.split(page_title, maxsplit=1)]
    if len(parts) != 2 or not all(parts):
        return None
    heads = {_squash(h) for h in [headline, *other_headlines] if h}
    text_head = _squash(headline or "")
    top = {_squash(ln) for ln in text.splitlines()[:TITLE_SITE_SCAN_LINES] if ln.strip()}
    for site, head in (parts, parts[::-1]):
        if (
            _squash(head) in heads
            and _squash(site) != text_head
            and not _DOMAIN_RE.match(head)  # an address is no headline
            and len(site.split()) <= TITLE_SITE_MAX_WORDS
            and not _QUOTED_RE.match(site)  # '«Evnukkmakeren»': a quotation is the headline's kicker
            and _squash(site) in top
        ):
            return site
    return None


def site_name(
    meta: str | None, text_outlet: str | None, text: str, title: str | None, host: str | None = None
) -> str | None:
    """The page's brand from the metadata site name ``meta``, the text rules' ``text_outlet`` and the page
    ``text``: a domain gives way to its spelled-out form; a tagline, a company suffix and a headline go, and so
    does the name of a subdomain of the page's ``host`` ('Hosted' on hosted.ap.org)."""
    name = _meta_value(" ".join(meta.split()), text) if meta else None
    if name:
        name = _SOURCE_WORD_RE.sub("", name)  # 'from planet-f1.com' (the end of a <title>): the address
    if not name or _ARCHIVE_HOST_RE.fullmatch(name.casefold()):
        return text_outlet  # a page saved from a web archive: the archive's address is no site name
    if host and text_outlet and _subdomain_label(name, host):
        return text_outlet
    if text_outlet and _variant_of(name, text_outlet):
        return text_outlet
    if text_outlet and "." in text_outlet and "." not in name and _squash(name) == _squash(text_outlet):
        return text_outlet  # 'VIVAcoid': the address the page prints ('VIVA.co.id') with its dots lost
    if (title and _squash(name) == _squash(title)) or not re.search(r"[^\W\d_]", name):
        return text_outlet  # a headline or a year is no site name
    if text_outlet and _cut_inside_a_word(name, text_outlet):
        return text_outlet  # 'SputnikInt' is a handle of 'Sputnik International'
    on_site = _ON_SITE_RE.search(name)
    if on_site:
        name = on_site.group("domain")  # 'Belize News and Opinion on www.breakingbelizenews.com': the site's address
    dom = _DOMAIN_RE.match(name)
    if dom:
        labels = [dom.group("label"), *[lab for lab in dom.group("more").split(".") if lab]]
        labels = [labels[-1], *labels[:-1]]  # the registered name first ('japan.cnet.com' is CNET's)
        if text_outlet and _squash(text_outlet) in {_squash(name), *(_squash(lab) for lab in labels)}:
            return text_outlet
        tld = name.rsplit(".", 1)[-1]
        if len(tld) > 3 and tld.isalpha():  # 'jungle.world': a word for a top-level domain may be the name's
            spelled = _spelled_out(labels[0] + tld, text)
            if spelled and " " in spelled:
                return spelled
        for label in labels:  # 'lostinjit.blogspot.com': else the first label the page spells out
            spelled = _spelled_out(label, text)
            if spelled and len(label) <= _SHORT_LABEL and " " not in spelled:
                break  # 'Net' for 'Net.hr': a word this short is the name only with its ending
            if spelled:
                return spelled
        printed = _squash(text_outlet or "")
        if len(printed) >= 4 and _squash(labels[0]).startswith(printed):
            return text_outlet  # 'prospectmagazine.co.uk' is the site of the 'Prospect' the page prints
        return without_www(name)
    if " " not in name and len(name) >= 6:
        spelled = _spelled_out(name, text)  # 'JamaicaGleaner', 'Timesofisrael': a handle of the printed name
        if spelled and (" " in spelled or (name[1:].islower() and _marked_more(spelled, name))):
            return spelled  # (a handle in lower case is also no spelling: 'Naciodigital' of 'NacióDigital')
    segments = _TAGLINE_SEP_RE.split(name)
    if len(segments) >= 2 and brand_like(segments[0]):
        # 'Boxen1.com - aktuelle Boxen News': the brand comes first, unless the page never names it and names a
        # later part ('Noticias de El Salvador - La Prensa Gráfica').
        parts = [p for p in segments if brand_like(p)]
        folded = text[:200_000].casefold()
        named = [p for p in parts[1:] if p.casefold() in folded]
        name = named[0] if named and parts[0].casefold() not in folded else parts[0]
    name = _without_corporate_word(name, text)
    bare = _PAREN_TAIL_RE.sub("", name)
    name = bare if bare != name and brand_like(bare) else name
    name = _without_publisher_lead(name)
    name = _without_address(name)
    name = _without_publisher_tail(name, text)
    if text_outlet and _same_with_tld(name, text_outlet):
        return _brand_form(name, text_outlet)
    if len(name.split()) > MAX_SITE_WORDS:
        return text_outlet or name
    dom = _DOMAIN_RE.match(name)
    if dom and text_outlet and _squash(text_outlet) == _squash(dom.group("label")):
        return text_outlet
    return without_www(name) if dom else name
