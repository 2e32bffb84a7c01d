"""Cleaner for saved HTML pages: trafilatura extracts the body and metadata; our text rules fill gaps.

trafilatura is imported lazily (it is slow to import), and only the page's own structured metadata
gives the date (no free-text guessing), so a date is never a guess dressed as a fact.
"""

from __future__ import annotations

import re
import warnings

from search.cleaning.bylines import parse_byline, person_name, split_names, without_outlet_tail
from search.cleaning.dates import MONTHS, WEEKDAY_ABBREVIATIONS_EN, find_dates
from search.cleaning.lines import split_lines
from search.cleaning.meta_outlet import COMPANY_PREFIXES, copyright_holder
from search.cleaning.patterns import COPYRIGHT_RE, NAV_WORDS
from search.cleaning.sitename import site_in_title, site_name, without_www
from search.cleaning.textbrowser import w3m_dump
from search.cleaning.textdump import clean_text
from search.model import CleanedPage

_ROLE_SUFFIX = re.compile(r"\b(?:writer|correspondent|reporter|editor|staff|contributor|columnist)\b", re.I)
_PERSON_RE = re.compile(r"[^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*){1,3}|[\uac00-\ud7af]{2,4}|[\u4e00-\u9fff]{2,4}")
"""A personal name: two to four words made of letters, or two to four Hangul or Han characters ('배윤경',
'渡辺洋介'), written without spaces."""

_BLOCK_TAGS = ("p", "head", "item", "quote", "row", "cell", "code")


def clean_html(html: str) -> CleanedPage:
    """Clean a saved HTML page into title, outlet, date, author, paragraphs and language."""
    import trafilatura

    try:
        with warnings.catch_warnings():  # dateutil warns about time-zone names it cannot place
            warnings.simplefilter("ignore")
            doc = trafilatura.bare_extraction(
                html,
                with_metadata=True,
                favor_precision=True,
                include_comments=False,
                include_tables=False,
                date_extraction_params={"extensive_search": False, "original_date": True},
            )
    except Exception:  # trafilatura can choke on pathological markup; fall back to text rules
        doc = None
    dumped = w3m_dump(_linear_tables(html))  # the text rules were built on w3m's layout; lxml's is the fallback
    text, h1s, page_title = _render(html, layout=dumped is None)
    text = dumped or text
    fallback = clean_text(text)
    if doc is None:
        return fallback
    paragraphs, headings = _paragraphs(doc)
    sitename, meta_headline, host = _clean(doc.sitename), _clean(doc.title), _clean(doc.hostname)
    meta_site = sitename
    if meta_site is None or (host and meta_site == without_www(host)):
        # no name, or only the host's (trafilatura's stand-in): the <title> may spell the site's name out
        in_title = site_in_title(page_title, fallback.title, [meta_headline, *h1s], text)
        if in_title:  # (trafilatura may have taken that part of the <title> for the headline)
            meta_site, meta_headline = in_title, None
    outlet = site_name(meta_site, fallback.outlet, text, meta_headline, host)
    if sitename and _key(sitename) in {_key(h1) for h1 in h1s}:
        sitename = None  # metadata that gives the headline as the site's name: no name to cut from the title
    brands = [outlet, fallback.outlet, sitename]
    meta_title = _headline_or_none(_without_site(_clean(doc.title), brands)) or _without_site(page_title, brands)
    meta_title = _title_tag_over_widget(meta_title, _without_site(page_title, brands), h1s)
    meta_title = _without_crumb_section(meta_title, text)
    title = _headline(meta_title, fallback.title, [h for h in h1s if _without_site(h, brands)], text)
    title = _story_headline(title, fallback.title, paragraphs[:LEAD_PARAGRAPHS])
    lead = 1 if paragraphs and title and _same(paragraphs[0], title) else 0
    while len(paragraphs) - lead > 1 and _meta_line(paragraphs[lead]):
        lead += 1  # the byline and the date above the article ('By Jane Roe', 'March 3, 2024')
    paragraphs, headings = paragraphs[lead:], [i - lead for i in headings if i >= lead]
    text_words = _words(fallback.paragraphs)
    if not paragraphs or (text_words >= MIN_TEXT_WORDS and _words(paragraphs) < SHORT_EXTRACT_SHARE * text_words):
        # trafilatura kept a fragment (a teaser, the first section): the text rules' article is the page's
        paragraphs, headings = fallback.paragraphs, fallback.headings
    return CleanedPage(
        title=title,
        outlet=outlet,
        # The date and byline printed on the page (text rules) beat the metadata's: a metadata date is often
        # the UTC day or the last update, and a metadata author often carries the agency or a site account
        # (it is kept only when it reads as people's names).
        date=fallback.date or _iso_date(doc.date),
        author=_byline(_clean(doc.author), fallback.author, _brands_for_byline(brands, fallback.outlet), text),
        paragraphs=paragraphs,
        headings=headings,
        lang=_lang(doc.language) or _detect_lang(paragraphs) or fallback.lang,
        dropped=[],
    )


META_LINE_WORDS = 12


_TABLE_TAG_RE = re.compile(r"<(/?)(?:table|tbody|thead|tfoot|tr|td|th)\b[^>]*>", re.IGNORECASE)


_TABLE_EDGE_RE = re.compile(r"<(/?)table\b", re.IGNORECASE)


def _linear_tables(html: str) -> str:
    """A page laid out with tables in tables (an older site's menu, article and sidebar columns) with every
    cell as a block one under the other: printed side by side, the columns' lines would interleave. A page
    without nested tables keeps its tables (a row of 'Writer : Jane Roe | Editor : …' stays one line)."""
    depth = 0
    for m in _TABLE_EDGE_RE.finditer(html):
        depth = max(depth - 1, 0) if m.group(1) else depth + 1
        if depth >= 2:
            return _TABLE_TAG_RE.sub(lambda t: f"<{t.group(1)}div>", html)
    return html


def _meta_line(text: str) -> bool:
    """A short paragraph that is only a byline or a date, as trafilatura keeps them at the body's top."""
    if len(text.split()) > META_LINE_WORDS:
        return False
    if parse_byline(text):
        return True
    dates = find_dates(text)
    return bool(dates) and len(re.sub(r"[\W\d_]+", " ", text[: dates[0][0]] + text[dates[0][1] :]).split()) <= 3


SHORT_EXTRACT_SHARE = 1 / 3
"""trafilatura's body is taken unless it has fewer than this share of the words of the text rules' body …"""
MIN_TEXT_WORDS = 150
"""… and the text rules' body has at least this many words."""


def _words(paragraphs: list[str]) -> int:
    return sum(len(p.split()) for p in paragraphs)


def _paragraphs(doc: object) -> tuple[list[str], list[int]]:
    """Paragraph texts (and which are subheadings) from trafilatura's XML body."""
    body = getattr(doc, "body", None)
    paragraphs: list[str] = []
    headings: list[int] = []
    if body is None:
        text = getattr(doc, "text", "") or ""
        return [" ".join(line.split()) for line in text.split("\n") if line.strip()], []
    for element in body.iter(*_BLOCK_TAGS):
        if element.tag in ("row",):
            continue
        if any(parent.tag in _BLOCK_TAGS and parent.tag != "quote" for parent in element.iterancestors()):
            continue
        text = " ".join("".join(element.itertext()).split())
        if not text:
            continue
        if element.tag == "head":
            headings.append(len(paragraphs))
        paragraphs.append(text)
    return paragraphs, headings


def _render(html: str, layout: bool = True) -> tuple[str, list[str], str | None]:
    """The page as text lines (a rough text-browser dump; empty without ``layout``), the texts of its ``<h1>``
    elements and its ``<title>``."""
    h1s: list[str] = []
    page_title: str | None = None
    try:
        import lxml.html

        # The text is already decoded: tell libxml2 so, or it reads bytes before a late <meta charset> as Latin-1.
        parser = lxml.html.HTMLParser(encoding="utf-8")
        root = lxml.html.document_fromstring(html.encode("utf-8", "replace"), parser=parser)
        for bad in root.xpath("//script|//style|//noscript|//template"):
            bad.drop_tree()
        h1s = [" ".join(h.text_content().split()) for h in root.xpath("//h1")]
        page_title = _clean(root.findtext(".//title"))
        if not layout:
            return "", [h for h in h1s if h], page_title
        # Lay blocks out as a text browser does (the text rules read layout): paragraphs and headings between
        # blank lines, list items as bullets, other blocks on lines of their own.
        for block in root.xpath(
            "//div|//br|//tr|//article|//section|//header|//footer|//ul|//ol|//figure|//figcaption|//nav|//aside"
        ):
            block.tail = "\n" + (block.tail or "")
        for block in root.xpath("//p|//h1|//h2|//h3|//h4|//h5|//h6|//blockquote"):
            block.text = "\n\n" + (block.text or "")
            block.tail = "\n\n" + (block.tail or "")
        for block in root.xpath("//li"):
            block.text = "\n  • " + (block.text or "").lstrip()
            block.tail = "\n" + (block.tail or "")
        text = root.text_content()
    except Exception:
        text = re.sub(r"<[^>]+>", "\n", html)
    lines = [_layout_line(line) for line in text.split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
    return re.sub(r"(?m)^(  • .*)\n\n(?=  • )", r"\1\n", text), [h for h in h1s if h], page_title


def _layout_line(line: str) -> str:
    """One rendered line with its spaces collapsed; a list bullet keeps its indent."""
    text = " ".join(line.split())
    if text == "•":
        return ""
    return "  " + text if text.startswith("• ") else text


LEAD_PARAGRAPHS = 4
"""The article's first paragraphs, which a headline shares words with."""
_CONTENT_WORD_RE = re.compile(r"[^\W\d_]{4,}")


def _stem(word: str) -> str:
    """A word's first five letters, folded: 'cyberattaques' and 'cyberattaque', 'crashes' and 'crash' meet."""
    return word.casefold()[:5]


def _story_headline(title: str | None, text_title: str | None, lead: list[str]) -> str | None:
    """The text rules' headline when the title found so far shares no word (by its stem) with the article's first
    paragraphs and the text rules' one shares several: the site's own title ('El Paso/Las Cruces News, Weather,
    Sports and Entertainment - KDBC 4') or a box's heading ('NEXT RACE - 16th March'), not the story's."""
    if not title or not text_title or _key(title) == _key(text_title):
        return title
    words = {_stem(w) for p in lead for w in _CONTENT_WORD_RE.findall(p)}
    shown = {_stem(w) for w in _CONTENT_WORD_RE.findall(title)}
    told = {_stem(w) for w in _CONTENT_WORD_RE.findall(text_title)}
    if words and not shown & words and len(told & words) >= 2:
        return text_title
    return title


def _title_tag_over_widget(meta_title: str | None, tag_title: str | None, h1s: list[str]) -> str | None:
    """The page's ``<title>`` when the metadata title is one of several ``<h1>`` (a widget's 'Sponsored Links')
    while the ``<title>`` opens with another ``<h1>`` ('Bay Area DUI Arrests Down - News Story - KNTV')."""
    if not meta_title or not tag_title:
        return meta_title
    meta_key, tag_key = _key(meta_title), _key(tag_title)
    keys = [_key(h1) for h1 in h1s if len(h1.split()) >= 2]
    if meta_key in keys and any(k and k != meta_key and tag_key.startswith(k) for k in keys):
        return tag_title
    return meta_title


def _headline(meta_title: str | None, text_title: str | None, h1s: list[str], text: str = "") -> str | None:
    """The headline as displayed: the ``<h1>`` that the metadata title starts with ('X' of 'X | Site'),
    else the text rules' title when an ``<h1>`` shows it, else the metadata title; never a section's label of a few
    words that the page's menu lists, where the text rules read a longer headline (:func:`_section_label`)."""
    shown = _shown_headline(meta_title, text_title, h1s)
    if shown and text_title and _section_label(shown, text_title) and _menu_entry(shown, text):
        return text_title
    return shown


_TAIL_AFTER_SEPARATOR_RE = re.compile(r"\s+[-|–—·•]{1,2}\s+\S")
"""A separator and what follows it in a ``<title>`` ('… - HOOPSWORLD', '… | Sport'); a colon opens a headline's
second part instead."""


def _shown_headline(meta_title: str | None, text_title: str | None, h1s: list[str]) -> str | None:
    """:func:`_headline` before a section's label gives way."""
    meta_key = _key(meta_title or "")
    for h1 in h1s:
        if meta_key and len(h1.split()) >= 2 and _key(h1) and meta_key.startswith(_key(h1)):
            return h1
    if text_title and _key(text_title) in {_key(h1) for h1 in h1s}:
        return text_title
    if (
        text_title
        and meta_title
        and meta_title.casefold().startswith(text_title.casefold())
        and _TAIL_AFTER_SEPARATOR_RE.match(meta_title, len(text_title))
    ):
        return text_title  # the headline as the page prints it, without the section or site after it
    lone = [h1 for h1 in h1s if len(h1.split()) >= 3]
    if len(lone) == 1 and len(h1s) <= 2 and _headline_or_none(lone[0]):
        if meta_key and _key(lone[0]).endswith(meta_key):
            return meta_title  # the <h1> is the same headline behind a kicker ('Preps | …', '"Quote" / …')
        return lone[0]  # the page shows one headline; the metadata's may be written for search engines
    return meta_title or text_title


SECTION_LABEL_WORDS = 3
"""A title this short may be a section's label ('Football', 'UA Sports') rather than the story's headline."""


def _section_label(shown: str, text_title: str) -> bool:
    """A title of a few words ('Football', 'UA Sports') where the text rules read a longer headline that does not
    hold it: the page's section, not its story."""
    return (
        not _UNSPACED_SCRIPT_RE.search(shown)  # Chinese or Japanese: a headline's words are not counted by spaces
        and len(shown.split()) <= SECTION_LABEL_WORDS
        and len(text_title.split()) > len(shown.split())
        and _key(shown) not in _key(text_title)
    )


def _menu_entry(label: str, text: str) -> bool:
    """True when the page's text lists ``label`` as an entry of a menu: a list item of its own ('  • Football') or
    one of the links of a row between bars ('Home | Tucson Region | UA Sports | Sports')."""
    folded = label.casefold()
    for line in text.splitlines():
        if folded not in line.casefold():
            continue
        item = line.strip().lstrip("•□◦▪*-").strip()
        if item.casefold() == folded and item != line.strip():
            return True
        if line.count("|") >= 2 and any(part.strip().casefold() == folded for part in line.split("|")):
            return True
    return False


_UNSPACED_SCRIPT_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


_SITE_SEPARATORS = (" | ", "｜", " – ", " — ", " - ", " :: ", " · ", " » ")


def _without_site(title: str | None, brands: list[str | None]) -> str | None:
    """The title without a leading or trailing part that names the site ('X | Site', 'SITE | X'); None when
    the title is the site's name alone."""
    keys = {_key(b) for b in brands if b and len(_key(b)) >= 3}
    if not title or not keys:
        return title

    def names_site(part: str) -> bool:
        k = _key(part)
        # The part is the brand, or a short label holding it ('DOMRADIO.DE' for 'domradio'), not a sentence
        # that happens to mention it.
        return bool(k) and any(k in b or (b in k and len(b) >= 0.6 * len(k)) for b in keys)

    if names_site(title):
        return None  # the site's name is no headline ('Global Voices Online' for 'GlobalVoices')
    for sep in _SITE_SEPARATORS:
        if sep not in title:
            continue
        head, _, tail = title.rpartition(sep)
        if head.strip() and names_site(tail) and not names_site(head):
            return head.strip()
        lead, _, rest = title.partition(sep)
        if rest.strip() and names_site(lead) and not names_site(rest):
            return rest.strip()
    return title


SECTION_WORDS = 3
"""A section named after the headline in the metadata title is this short ('X - Digital Lifestyle')."""


def _without_crumb_section(title: str | None, text: str) -> str | None:
    """The title without a section after it that the page prints as a crumb of its breadcrumb trail ('Jeremy
    Clarkson ripped off - Digital Lifestyle' beside 'Digital Lifestyle > News', once the site is cut)."""
    if not title:
        return title
    short_lines: list[str] | None = None  # the page's lines short enough for a trail, split once
    for sep in _SITE_SEPARATORS:
        head, found, tail = title.rpartition(sep)
        tail = tail.strip()
        if not (found and head.strip() and 1 <= len(tail.split()) <= SECTION_WORDS):
            continue
        if short_lines is None:
            short_lines = [line for line in text.splitlines() if len(line) < CRUMB_LINE_CHARS]
        if _printed_as_crumb(tail, short_lines):
            return head.strip()
    return title


def _printed_as_crumb(label: str, lines: list[str]) -> bool:
    """True when one of ``lines`` is a breadcrumb trail with ``label`` as one of its crumbs."""
    crumb = re.compile(rf"(?:^|[>»›/|])\s*{re.escape(label)}\s*(?:[>»›/|]|$)", re.IGNORECASE)
    folded = label.casefold()
    return any(_CRUMB_SEP_RE.search(line) and crumb.search(line.strip()) for line in lines if folded in line.casefold())


CRUMB_LINE_CHARS = 200
"""A breadcrumb trail is a line shorter than this."""
_CRUMB_SEP_RE = re.compile(r"[>»›/|]")


_NOT_A_HEADLINE_RE = re.compile(
    r"\blogo\b|^(?:follow us|sign in|log in|subscribe|menu|search|skip to|home|no (?:matches|results))\b",
    re.IGNORECASE,
)


def _headline_or_none(title: str | None) -> str | None:
    """None for a metadata title that is a logo's alt text or an interface label, not a headline."""
    if title and len(title.split()) <= 6 and _NOT_A_HEADLINE_RE.search(title):
        return None
    return title


def _key(text: str) -> str:
    return re.sub(r"\W+", "", text).casefold()


def _clean(value: object) -> str | None:
    if not value or not isinstance(value, str):
        return None
    text = " ".join(value.split())
    return text or None


def _same(a: str, b: str) -> bool:
    return _key(a) == _key(b)


def _iso_date(value: object) -> str | None:
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        return value.strip()
    return None


def _authors(value: object) -> str | None:
    """Byline names joined with ", "; job titles after ";" and e-mail addresses are dropped."""
    text = _clean(value)
    if not text:
        return None
    names: list[str] = []
    for part in re.split(r"\s*[;|]\s*", text):
        if not part or "@" in part or "http" in part or _ROLE_SUFFIX.search(part):
            continue
        if part.isupper():
            part = part.title()
        if part not in names:
            names.append(part)
    if not names or not all(_PERSON_RE.fullmatch(name) for name in names):
        return None  # a site account, a desk or an agency tag: only people's names are taken from metadata
    return ", ".join(names)


def _same_person(key: str, printed_keys: set[str]) -> bool:
    """True when a metadata name (as a key) is a printed one, perhaps with more glued on: the site after it
    ('Adam Aaronson PhillyVoice Staff') or a label before it ('Interview Julia Lauter')."""
    return key in printed_keys or any(len(k) >= 6 and (key.startswith(k) or key.endswith(k)) for k in printed_keys)


def _brands_for_byline(brands: list[str | None], text_outlet: str | None) -> list[str | None]:
    """The site's names a metadata byline is checked against (the outlet first), without the text rules' outlet
    when it lost to the site name and reads as a person's name: a writer's name the text rules took for the
    brand must stay a byline."""
    if text_outlet and brands and brands[0] != text_outlet and person_name(text_outlet, 3):
        return [b for b in brands if b != text_outlet]
    return brands


HOLDER_LINES = 80
"""How many lines at the end of the page are read for the copyright holder."""


def _without_publisher(names: list[str], text: str) -> list[str]:
    """The metadata's names without the company the page's copyright lines name ('Condé Nast, Scott Gilbertson'
    beside '© 2024 Condé Nast. All rights reserved.'): the publisher beside its writers is no writer. A name alone
    stays (a personal blog's '© 2024 Jane Roe' is its writer's)."""
    if len(names) < 2:
        return names
    holders = {
        _key(holder)
        for line in text.splitlines()[-HOLDER_LINES:]
        if len(line) < 1000 and COPYRIGHT_RE.search(line)
        for holder in [copyright_holder(line)]
        if holder
    }
    return [n for n in names if _key(n) not in holders] or names


def _byline(meta: str | None, printed: str | None, brands: list[str | None], text: str) -> str | None:
    """The byline: the one printed on the page (text rules) when the metadata names one of the same people
    (the printed form is the fuller one), else the metadata's people when the page prints them all, else
    whichever there is."""
    names = _without_publisher(_meta_names(meta, brands), text)
    if printed and names:
        printed_keys = {_key(n) for n in printed.split(", ")}
        # the same people, the metadata's form perhaps with the site glued on ('Adam Aaronson PhillyVoice Staff')
        if any(_same_person(_key(n), printed_keys) for n in names):
            return printed
    if names and printed and _only_in_lists(names, text):
        return printed  # the metadata took names from a menu of other stories ('Dan Friedman' under a teaser)
    if names:
        page = _key(text)
        if all(_key(n) in page for n in names):
            shown = [form for form in (_printed_form(n, text) for n in names) if not _DOMAIN_FORM_RE.match(form)]
            return ", ".join(shown) if shown else printed  # the page prints them as a site address
    if printed:
        return printed
    account = _authors(meta)
    if not account:
        return None
    people = account.split(", ")
    if any(_org_like(name, brands) for name in people):
        return None  # 'Stuttgarter Zeitung', 'Nikkei Inc', 'Mdr De': the site or its company, not a writer
    found = [_find_printed(name, text) for name in people]
    if not all(found):
        return None  # the metadata names someone the page never prints: no byline is shown
    return ", ".join(_as_printed(name, form) for name, form in zip(people, found, strict=True))


def _only_in_lists(names: list[str], text: str) -> bool:
    """True when the page prints each of ``names`` only in list items (a bullet's line or the lines under it),
    never on a line outside a list: teasers' writers in a menu of other stories, not the article's."""
    lines = split_lines(text)
    for name in names:
        found = [ln for ln in lines if name in ln.text]
        if not found or not all(ln.bullet is not None or ln.in_list for ln in found):
            return False
    return True


_ORG_LAST_WORDS = frozenset(
    ["inc", "ltd", "llc", "gmbh", "ag", "sa", "corp", "plc", "group", "de", "com", "net", "org", "media", "tbk"]
)
_ORG_FIRST_WORDS = frozenset(form.casefold() for form in COMPANY_PREFIXES)
"""Company forms written before the name ('PT Viva Media Baru', 'ООО …')."""


def _org_like(name: str, brands: list[str | None]) -> bool:
    """True for a metadata author that names the site or an organisation rather than a person."""
    key = _key(name)
    return any(b and _key(b) and (_key(b) in key or key in _key(b)) for b in brands) or _company_like(name)


def _company_like(name: str) -> bool:
    """True for a name ending like a company's or a web address ('… Consulting Group', 'Nikkei Inc.', 'Mdr De',
    'Kompas Cyber Media'), or opening with a company form ('PT.Viva Media Baru')."""
    words = name.casefold().replace(".", " ").split()
    return bool(words) and (words[-1] in _ORG_LAST_WORDS or (len(words) >= 2 and words[0] in _ORG_FIRST_WORDS))


_DOMAIN_FORM_RE = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)+$")
"""A name the page prints as a site address ('wien.ORF', 'inform.kz')."""
_WEB_NAME_RE = re.compile(r"(?i)^www\b|\b(?:com|org|net|info|at|de|fr|ch|uk|co)$")
"""A site address read as a person's name from the metadata ('Tennisnet Com', 'Www Mrsadiq Info')."""


def _printed_form(name: str, text: str) -> str:
    """The metadata name as the page prints it: 'Leah C Stokes' -> 'Leah C. Stokes', 'Greentech LIVE
    Redaktion' -> 'Greentech.LIVE Redaktion', 'Christian Stadtfeld' -> 'Christian P. Stadtfeld'."""
    return _as_printed(name, _find_printed(name, text))


def _as_printed(name: str, found: str | None) -> str:
    """The page's spelling ``found`` of a metadata name, unless it differs only in case (or was not found)."""
    if found is None:
        return name
    return found if found.casefold() != name.casefold() or found == name else name


def _find_printed(name: str, text: str) -> str | None:
    """Where the page prints the name, allowing a middle initial and dots ('Christian P. Stadtfeld'), or None."""
    tokens = [re.escape(tok.strip(".")) for tok in name.split() if tok.strip(".")]
    if not tokens:
        return None
    pattern = r"(?:\.?\s*(?:[A-Z]\.\s*)?|[.\s]+)".join(tokens)
    if len(tokens[-1]) == 1:
        pattern += r"\.?"  # a closing initial with its full stop ('Juan Carlos Muñoz C.')
    m = re.search(rf"(?<!\w){pattern}(?!\w)", text, re.IGNORECASE)
    return " ".join(m.group(0).split()) if m else None


def _meta_names(meta: str | None, brands: list[str | None]) -> list[str]:
    """People named by the metadata author field, without 'By', the site's name or one-word accounts."""
    if not meta:
        return []
    meta = meta.replace(";", ",").replace("|", ",")
    if any(part.strip().casefold() in _FILE_PHOTO_MARKS for part in meta.split(",")):
        return []  # 'Kevork Djansezian; File': a file photo's credit, not the story's writer
    names = parse_byline(meta) or split_names(meta, explicit=True)
    for brand in brands:
        names = without_outlet_tail(names, brand)
    brand_keys = {_key(_LEADING_THE_RE.sub("", b)) for b in brands if b}
    names = [_without_section_tail(n) for n in names if not _calendar_words(n)]
    return [
        n
        for n in names
        if len(n.split()) >= 2
        and _key(_LEADING_THE_RE.sub("", n)) not in brand_keys  # 'The Honolulu Advertiser' for 'Honolulu Advertiser'
        and not _WEB_NAME_RE.search(n)
        and not _company_like(n)
    ]


_FILE_PHOTO_MARKS = frozenset(["file", "file photo", "archive", "archive photo"])
"""Marks of a picture from the archive in a credit ('Jane Roe, file'): the metadata author is a photographer."""
_LEADING_THE_RE = re.compile(r"^(?:the|The|THE)\s+")


_DAY_ABBREVIATIONS = frozenset(day.casefold() for day in WEEKDAY_ABBREVIATIONS_EN)


def _calendar_words(name: str) -> bool:
    """'Tue Aug': a date's day and month read as a metadata author, not a name."""
    words = [w.strip(".,").casefold() for w in name.split()]
    return bool(words) and all(w in MONTHS or w in _DAY_ABBREVIATIONS for w in words)


def _without_section_tail(name: str) -> str:
    """'Kelly Sheridan News' -> 'Kelly Sheridan': a metadata author read across the section label printed under
    the name; two words at least stay."""
    tokens = name.split()
    while len(tokens) >= 3 and tokens[-1].casefold() in NAV_WORDS:
        tokens.pop()
    return " ".join(tokens)


def _lang(value: object) -> str | None:
    if isinstance(value, str) and re.fullmatch(r"[a-z]{2}(?:[-_][A-Za-z]{2})?", value):
        return value[:2]
    return None


def _detect_lang(paragraphs: list[str]) -> str | None:
    try:
        from search.cleaning.lang import detect_language
    except ImportError:
        return None
    return detect_language("\n".join(paragraphs[:20]))
