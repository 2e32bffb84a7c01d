"""Recognising bylines ("By X and Y", "Par X", bare name lines) and pulling out the names."""

from __future__ import annotations

import re
from collections.abc import Iterable

from search.cleaning.dates import MONTHS, PUBLISHED_WORDS, find_dates, month_day_span, mostly_date
from search.cleaning.lang import _STOPWORDS
from search.cleaning.patterns import CASE_TURN_RE, NAV_WORDS, PHRASE_OPENERS, letters_key
from search.cleaning.wordlists import is_given_name, is_place_name, is_weekday_name, opens_with_han_family_name

_BY_RE = re.compile(
    r"^(?:by\s*(?=by\b))?(?:By(?=[A-Z](?:[a-z]+|\.[A-Z]\.)\s+[A-Z])|(?:(?:written|reported|edited|text|story|words|posted|updated)\s+by:?|by|par|von|por|door|"
    # 'written by' and 'posted by' in other languages
    r"(?:geschrieben|verfasst|veröffentlicht)\s+von|(?:écrit|rédigé|publié)\s+par|(?:escrito|publicado)\s+por|"
    r"(?:scritto|pubblicato)\s+da|geschreven\s+door)\s+|"
    r"(?-i:Oleh)\s+(?=[A-Z])|"
    r"di\s+(?-i:(?=[A-Z]\w+\s+[A-Z]))|(?-i:Af|Av|AF|AV)\s+|"
    r"(?:autor(?:in|a)?|author|auteur|authors|autoren|auteurs|autores|autori|autoři|autorzy|"  # and the plurals
    r"texte|texto|text|by|von|par|por|door|di|av|af|автор|авторы|piše|pisze|interview|"
    r"oleh|penulis|wartawan|pewarta)"
    r"\s*:\s*|"
    r"(?:text|texte|texto|words|interview)\s*(?:und|and|&|et|y|e|/)\s*(?:interview|fotos?|photos?|bilder?|images?)\s*:\s*|"
    r"(?:author|auteur|autor(?:in)?)\s+/\s+|(?-i:(?:Author|AUTHOR|(?:Autorin/|Autor/)?Autor(?:in)?|Auteur)\s+(?=[A-Z][\w'’.-]+\s+[A-Z]))|"
    r"(?:كتبت|كتب|بقلم|حوار|إعداد|تحرير)(?:\s*:\s*|\s+)|文\s*[●・／/:：]\s*|(?:投稿者|著者|執筆者|筆者|作者|撰文)\s*[:：]\s*|投稿者\s+)"
    r"(?P<rest>.+)$",
    re.IGNORECASE,
)
_GENRE_WORDS = (
    r"artikel|article|beitrag|bericht|text|texte|story|reportage|report|kommentar|commentaire|analyse|analysis|"
    r"interview|column|kolumne|gastbeitrag"
)
"""What a credit line may call the piece before 'by' ('Kommentar von', 'Analysis by')."""
_BY_PREFIX_ONLY_RE = re.compile(
    r"^(?:by|par|von|por|(?:about the |l['’]|el |über den |der |la )?"
    r"(?:author|auteur|autor|autorin|autora|autrice|autor\*in|autor:in|autor_in)"
    r"(?: of (?:the|this) (?:article|story|post))?|"
    rf"(?:(?:ein|eine|un|une|an?) )?(?:{_GENRE_WORDS}) (?:by|von|par|de|por|di))"
    r"\s*:?$",
    re.IGNORECASE,
)
_CUT_RE = re.compile(
    r"\s[-–—|•·/]\s|[|•·@(\[／]|\s[-–—]$|\s{3,}|\d|\b(?-i:le|am)\b|"
    rf"\b(?:follow|last|on|at|for|in|from|special to|exclusive to|{PUBLISHED_WORDS})\b|[:;]|"
    r"\s(?:illustrations?|photos?|photographs?|pictures?|images?|graphics?|fotos?|bilder?)\s+(?:by|von|par|por)\s|"
    r"\s(?-i:prije|pre|pred|před|hace|há|vor|il y a|för)\s+(?=\d)",  # the story's age: 'prije 26 minuta'
    re.IGNORECASE,
)
_CONJUNCTION = r"(?:and|&|et|und|y|e|en|og|och|i)"
_SPLIT_RE = re.compile(rf"\s*[,，、]\s*(?:{_CONJUNCTION}\s+)?|\s*;\s*|\s+{_CONJUNCTION}\s+")
"""Where a byline's names part: a comma (with the serial comma's 'and' after it: 'A, B, and C'), a semicolon, an
'and'."""
_SPLIT_KEEP_RE = re.compile(f"({_SPLIT_RE.pattern})")
""":data:`_SPLIT_RE` keeping the separators in the split's result."""
_PARTICLES = frozenset(
    [
        "de",
        "da",
        "di",
        "do",
        "dos",
        "das",
        "del",
        "della",
        "der",
        "den",
        "van",
        "von",
        "vom",
        "zu",
        "la",
        "le",
        "du",
        "des",
        "al",
        "el",
        "bin",
        "ibn",
        "ben",
        "y",
        "e",
        "st",
        "st.",
        "mc",
        "mac",
        "ter",
    ]
)
_NEWSROOM_ROLES = (
    r"writer|reporter|correspondent|editor|contributor|columnist|producer|journalist|rédacteur|rédactrice|"
    r"journaliste|redakteur|redakteurin|korrespondent|korrespondentin|periodista|corresponsal|giornalista|"
    r"envoyée?s?|envoyés|correspondante?s?"
)
"""Job titles of the people who write the news ('China Correspondent', 'Contributing Writer')."""
NEWSROOM_ROLE_RE = re.compile(rf"\b(?:{_NEWSROOM_ROLES})s?\b", re.IGNORECASE)
_ROLE_RE = re.compile(
    rf"\b(?:{_NEWSROOM_ROLES}|chief|analyst|photographer|intern|senior|associate|special|national|political|"
    r"president|presidente|präsident|minister|ministro|ministre|chancellor|kanzler|senator|senador|governor|"
    r"gobernador|mayor|alcalde|maire|bürgermeister|prefeito|prefeita)s?\b",
    re.IGNORECASE,
)
_DESK_RE = re.compile(
    r"\b(?:staff|bureau|desk|team|agencies|agencias|agências|agenzie|agenzia|agences|agenturen|newsroom|wire|wires|"
    r"reporters|correspondents|rédaction|redaktion|redacción|redação|redazione)\b",
    re.IGNORECASE,
)


def desk_credit_line(text: str) -> bool:
    """A desk's name, then a separator and the rest of a credit ('Redaktion / Pressemitteilung des MPIA', 'Staff |
    Reuters'): a credit line, not a headline."""
    m = _CREDIT_SEP_RE.search(text)
    return m is not None and _DESK_RE.fullmatch(text[: m.start()].strip()) is not None


_CREDIT_SEP_RE = re.compile(r"\s+[/|]\s+|:\s+")
"""The first separator of a credit line (' / ', ' | ', ': ')."""


_GENERIC = frozenset(
    [
        "admin",
        "administrator",
        "administrador",
        "editor",
        "editors",
        "editorial",
        "webmaster",
        "author",
        "authors",
        "guest",
        "user",
        "users",
        "anonymous",
        "anon",
        "root",
        "staff",
        "redaction",
        "rédaction",
        "redaktion",
        "redazione",
        "redacción",
        "team",
        "unknown",
        "contributor",
        "contributors",
        "moderator",
        "system",
        "support",
        "sitename",
        "website",
        "site",
        "blog",
        "blogger",
        "news",
        "home",
        "menu",
        "share",
        "comments",
        "comment",
        "follow",
        "subscribe",
        "search",
        "login",
        "live",
        "more",
        "sections",
        "breaking",
        "video",
        "videos",
        "photo",
        "photos",
        "sponsored",
        "advertisement",
        "tweet",
        "print",
        "email",
    ]
)
_SOCIAL = frozenset(
    [
        "facebook",
        "twitter",
        "messenger",
        "whatsapp",
        "gmail",
        "linkedin",
        "pinterest",
        "reddit",
        "telegram",
        "tumblr",
        "instagram",
        "youtube",
        "google",
        "flipboard",
        "email",
        "mail",
        "print",
        "share",
        "copy",
        "link",
        "rss",
        "viber",
        "line",
        "wechat",
        "fb",
    ]
)


def _words(text: str) -> list[str]:
    return text.split()


_IMAGE_WORDS = frozenset(["logo", "icon", "image", "bild", "foto", "photo", "avatar"])
"""Words that end a picture's alt text after a hyphen ('Blackberry-Logo', 'Autor-Bild')."""
GLUED_HUMPS = 2
"""A word with this many small-to-capital turns may be words glued together ('HomeSportsLatest')."""


def _glued_words(token: str) -> bool:
    """True for words of a page glued into one ('HomeSportsLatest'): ``GLUED_HUMPS`` small-to-capital turns and a
    menu word among the pieces ('AbdElRahman' and 'McDonald' are names)."""
    if len(CASE_TURN_RE.findall(token)) < GLUED_HUMPS:
        return False
    return any(piece.lower() in _GENERIC or piece.lower() in _NOT_NAME_WORDS for piece in CASE_TURN_RE.split(token))


_CONTACT_CHANNELS = frozenset(_words("e-mail email mail phone telephone fax sms text post letter"))
"""Ways to send or receive something ('by e-mail', 'by fax'): after 'by' alone, no writer (an acronym in capitals
is one otherwise)."""
_NOT_NAME_WORDS = frozenset(
    _words(
        """
    view images image social sharing share related roundup get alerts about this project network photograph
    photo photos foto fotos courtesy page like inside plus highlights empfehlung unsere kategorien kategorie
    übersetzt bilder bild video videos publicidade publicidad werbung anzeige reklama advertisement sponsored
    enviar imprimir more mehr all alle home menu sign subscribe newsletter follow contact comments
    click read watch listen continue continua depois recuperar gallery galleries galerie featured search credit credits
    source quelle
    getty reuters/getty shutterstock images/getty logo icon headshot avatar profile author autor bio
    screen shot screenshot capture pro previous next story loading error transcript hide show tweet teilen
    twittern partilhar compartir partager condividi udostępnij actualizado aktualisiert updated mitglied member
    fot fot. articles article post posts guest log login logout stories account konto compte cuenta
    modal trigger checked verified reviewed toggle button impressum menü menú your that what how why when with actually
    remove ads chapter autoplay reprints reprint playlist
    """
    )
)
_NAME_TOKEN_RE = re.compile(r"^(?=[^\W\d_])[\w'’.\-]*$")
_ACRONYM_RE = re.compile(r"^[A-Z]{2,6}$")
_TIME_ZONES = frozenset(
    _words(
        "ET PT CT MT EST EDT CST CDT MST MDT PST PDT AKST AKDT HST GMT UTC BST IST CET CEST EET EEST WET WEST MSK "
        "JST KST HKT SGT WIB AEST AEDT ACST AWST NZST NZDT SAST WAT EAT"
    )
)
"""Time-zone abbreviations printed after a clock time: never a byline's desk."""
_GLUED_PARTICLE_RE = re.compile(r"^(?:de|da|di|du|del|van|von|le|la|d['’])[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]")
"""A surname with its particle glued on ('deCasparis', 'vanDyke', "d'Alembert")."""


def _clean_token_case(name: str) -> str:
    """Title-case names written in capitals ("DANICA KIRKA" -> "Danica Kirka"), keep acronyms."""
    tokens = name.split()
    if len(tokens) == 1 and _ACRONYM_RE.match(tokens[0]):
        return name
    if all(t.isupper() or not t.isalpha() for t in tokens) and any(len(t) > 2 for t in tokens):
        return " ".join(t.capitalize() if t.isupper() else t for t in tokens)
    return name


_RULE_LEAD_RE = re.compile(r"^[-–—=_*]{2,}\s*")
"""A rule of dashes before a credit ('---- by Jane Roe')."""
_ICON_LEAD_RE = re.compile(r"^[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]+\s*")
"""An icon (an emoji or a dingbat) before a credit ('👤by Jane Roe')."""


_DESK_WORDS = frozenset(["staff", "team", "desk", "bureau", "newsroom", "reporters", "editors"])


def _caseless(ch: str) -> bool:
    """A letter of a script without capitals (Arabic, Han, Hangul, Kana): its names cannot be told by case."""
    return ch.isalpha() and not ch.isupper() and not ch.islower()


_CJK_REPORTER_RE = re.compile(
    r"(?:^|[\s|·,])(?P<ko>[가-힣]{2,4}) ?기자(?=$|[\s|·,])"
    r"|(?:記者|记者) ?(?P<zh>[\u4e00-\u9fff]{2,3})(?=$|[／/\s（(]|報導|报道)"
)
"""A reporter's credit in Korean ('이용민 기자 | 2020-03-04') or Chinese ('聯合報記者林宸誼／即時報導')."""


_CJK_REPORT_CREDIT_RE = re.compile(r"^(?P<who>[\u4e00-\u9fff]{2,6}) ?[／/] ?[\u4e00-\u9fff]{0,6}(?:報導|报道)$")
"""A Chinese credit line without 'reporter': the writer's or desk's name, a slash, where from, 'reports'."""


_DESK_COMPOUND_RE = re.compile(
    r"^[A-ZÀ-ÖØ-Þ][\w.]{0,20}-(?i:redaktion|redaction|rédaction|redacción|redação|redazione|desk)$"
)
"""A desk credit in one hyphenated word ('NZZ-Redaktion', 'IN-Redaktion')."""


def name_like(part: str, *, explicit: bool) -> bool:
    """True when part looks like a person's name or a desk credit.

    ``explicit`` is True when it followed a "By"-style marker (then single acronyms and
    one-word desk names such as "Reuters" are fine).
    """
    tokens = part.split()
    if not 1 <= len(tokens) <= 5 or len(part) > 60:
        return False
    if part.lower() in _GENERIC or (tokens[0].lower() in {"the"} and len(tokens) == 1):
        return False
    junk = any(
        tok.endswith(("'s", "’s"))  # "New Year's Guide": a possessive, not a name
        or tok.lower().strip(".,+") in _SOCIAL
        or tok.lower().strip(".,:") in _NOT_NAME_WORDS
        or any(piece in _IMAGE_WORDS for piece in tok.lower().split("-")[1:])  # 'Blackberry-Logo': an image's alt
        for tok in tokens
    )
    if junk and not (explicit and len(tokens) == 1 and tokens[0].isupper()):
        return False
    if any(_glued_words(tok) for tok in tokens):
        return False  # 'HomeSportsLatest Sports News': crumbs glued into one word
    if tokens[0] == "our" and not (tokens[-1].lower() in _DESK_WORDS or _ROLE_RE.fullmatch(tokens[-1])):
        return False  # 'by our Tax' of an ad's sentence; 'by our correspondent' is a desk's credit
    if len(tokens) == 1 and tokens[0].lower() in _CONTACT_CHANNELS:
        return False  # 'GET OUR NEWS BY E-MAIL', 'BY FAX': how to reach the site, not who wrote
    caps = 0
    for k, tok in enumerate(tokens):
        low = tok.lower()
        if low in _PARTICLES or (explicit and k and k == len(tokens) - 1 and low in _DESK_WORDS):
            continue  # 'By Politics.co.uk staff': a desk credit written in lower case
        if low in {"our", "the"} and tok is tokens[0]:
            continue
        if (
            not _NAME_TOKEN_RE.match(tok)
            or "__" in tok
            or not (tok[0].isupper() or (explicit and _caseless(tok[0])) or _GLUED_PARTICLE_RE.match(tok))
        ):
            return False
        caps += 1
    if caps == 0:
        return False
    if len(tokens) == 1:
        tok = tokens[0]
        if _DESK_COMPOUND_RE.match(tok):
            return True  # 'NZZ-Redaktion': the site's desk, written as one word
        if _ACRONYM_RE.match(tok):
            return tok.lower() not in _GENERIC
        return explicit and tok.lower() not in _GENERIC and len(tok) > (1 if _caseless(tok[0]) else 2)
    return not all(t.lower() in _GENERIC for t in tokens)


_JOINED_AGENCY_RE = re.compile(r"\s(?:and|et|und|y|e|en|og|och|i|&)\s+(?:the\s+)?\w+\W*$", re.IGNORECASE)
"""The last credit joined to the writers by 'and' ('Jane Roe and AP', 'Le Figaro et AFP'): a wire agency so
joined wrote the story with them, where 'Jane Roe, Reuters' names the writer's employer (and 'y Agencias' no
agency in particular)."""


_LETTER_I_BAR_RE = re.compile(r"(?<=[a-zà-öø-ÿ])\s+I\s+(?=[A-ZÀ-ÖØ-Þ])")
"""A capital I printed as a separator bar ('Par Lara Charmeil I Publié le 9 Juin 2016')."""


def split_names(rest: str, *, explicit: bool) -> list[str]:
    """Names in the remainder of a byline ("A, B and C - 7 Feb 2023" -> [A, B, C])."""
    rest = _GLUED_THE_RE.sub(", ", _EMAIL_RE.sub(" | ", rest.strip()[:300]))
    rest = _LETTER_I_BAR_RE.sub(" | ", _GLUED_UI_RE.sub("", rest))
    cut = len(rest)
    dates = find_dates(rest)
    if dates:
        cut = min(cut, dates[0][0])
    md = month_day_span(rest)
    if md:
        cut = min(cut, md[0])
    m = _CUT_RE.search(rest)
    if m:
        cut = min(cut, m.start())
    rest = rest[:cut].strip(" ,-–—:/")
    if not rest:
        return []
    parts = [_trim_part(p) for p in _compound_surnames(rest) if p.strip(" .,")]
    names: list[str] = []
    for i, part in enumerate(parts):
        if i > 0 and _ROLE_RE.search(part):
            part = _before_role(part)
            if not part:
                break
        part = _before_junk(part)
        ok = name_like(part, explicit=explicit)
        if not ok and i == 0 and _ROLE_RE.search(part):
            # 'Peter Nickeas Tribune reporter'; after 'By' any name before a described role ('… Senior reporter')
            paper_role = _before_paper_role(part) or (_before_role(part) if explicit else "")
            ok = bool(paper_role) and name_like(paper_role, explicit=explicit)
            part = paper_role or part
        if not ok:
            if i == 0:
                return []
            break
        names.append(_clean_token_case(_without_glued_label(_without_role_tail(undouble_name(part)))))
    if (
        len(names) >= 2
        and _is_org_credit(names[-1])
        and any(len(n.split()) >= 2 and not _DESK_RE.search(n) for n in names[:-1])
        and not (names[-1].casefold() in WIRE_AGENCIES and _JOINED_AGENCY_RE.search(rest))
    ):
        names.pop()  # "Jane Roe, Reuters" / "Jane Roe, The Associated Press": the people are the byline
    if names:
        names[-1] = _without_agency_tail(names[-1])
    return names


def _compound_surnames(rest: str) -> list[str]:
    """The byline split at commas and 'and' words, but a name whose last surname follows 'e' or 'y' ('José Volta e
    Pinto', 'José Ortega y Gasset') stays whole: a second writer would have a given name too ('Ana Lima e Pedro
    Souza'), and an agency ('y EFE', 'y Agencias') is a credit of its own."""
    pieces = _SPLIT_KEEP_RE.split(rest)  # part, separator, part, …
    parts = [pieces[0]]
    for sep, part in zip(pieces[1::2], pieces[2::2], strict=True):
        joiner = sep.strip()
        if joiner in ("e", "y") and len(parts[-1].split()) >= 2 and _lone_surname(part):
            parts[-1] = f"{parts[-1]} {joiner} {part}"
        else:
            parts.append(part)
    return parts


def _lone_surname(part: str) -> bool:
    """One capitalised word that is no desk credit or acronym ('Pinto', not 'EFE' or 'Agencias')."""
    word = part.strip(" .")
    return len(word.split()) == 1 and word[:1].isupper() and not word.isupper() and not _DESK_RE.search(word)


_TITLE_WORDS = frozenset(
    _words(
        "senior chief deputy executive managing associate assistant contributing staff politics political business "
        "sports foreign special investigative digital news science health tech technology economics entertainment "
        "education legal national international general assignment lead principal regional local city culture arts "
        "opinion features breaking white house senate congressional fashion beauty travel food climate"
    )
)
"""Words of a job title printed after a name ('Senior Politics Editor', 'General Assignment Reporter')."""
_AMBIGUOUS_MONTHS = frozenset(["may", "mai", "mayo", "maio", "mars", "juni", "juli", "june", "july"])


_PORTRAIT_LEAD_RE = re.compile(r"^(?:avatar|author|profile) (?:photo|image|picture)\s+(?=by\s)", re.IGNORECASE)
_AGENCY_DESK_RE = re.compile(
    r"^(?P<agency>AFP|AP|Reuters|dpa|DPA|EFE|ANSA|APA|PTI|IANS|Xinhua|TASS)\s?/\s?(?P<desk>\S.*)$"
)
"""A wire agency sharing the credit with the site's desk ('AFP/The Local')."""
_GLUED_CREDIT_BY_RE = re.compile(
    r"^(?:[A-Z]{2,4}|.{1,40}?[a-z])(?=(?:By|(?:Edited|Written|Reported) by)\s+[A-Z][\w'’.-]+\s+[A-Z])"
)
"""An agency logo's text or a section label glued before the byline ('APBy Jane Roe', 'All IndiaEdited by Jane
Roe')."""
_GLUED_UI_RE = re.compile(
    r"(?<=[a-z])(?:Leave a (?:[Cc]omment|[Rr]eply)|Comments?|Share(?: this)?|Follow|Email|View (?:More |All )?"
    r"(?:Articles|Posts|Stories|Profile)|More (?:Articles|Posts|Stories)|(?:[Aa]rchive|[Aa]uthor|[Pp]rofile) page)\b.*$"
)
"""A widget label glued after the last name ('Drew DeSilverLeave a comment', "James O'Donnellarchive page")."""
_SHARE_ROW_TAIL_RE = re.compile(
    r"\s+(?i:share|teilen|partager|compartir|compartilhar|partilhar|condividi|delen|dela|jaa|udostępnij|paylaş|"
    r"sdílet|zdieľať|podeli|podijeli|megosztás|поделиться)"
    r"(?: (?i:on|auf|sur|en|na|su|op|på|em|w|via|no|в))? "
    r"(?:Facebook|Facebooku|Twitter|Twitteru|X|LinkedIn|WhatsApp)\b.*$"
)
"""A share row printed on the writer's line after the article ('Jane Roe Share on Facebook Share on X Print …',
'Jana Nováková Sdílet na Facebooku …')."""


def without_share_row(text: str) -> str:
    """``text`` without a share row printed after the writer's name (:data:`_SHARE_ROW_TAIL_RE`)."""
    return _SHARE_ROW_TAIL_RE.sub("", text) or text


_LABELLED_ROW_RE = re.compile(
    r"^(?P<head>(?i:posted by|written by|by|author):\s*\S.{1,60}?[a-z])on:\s*(?=\d|[A-Z][a-z]+\.? \d)"
)
"""A row of labelled fields, the date's label glued to the name ('Posted By: Jane Roeon: March 02, 2022In: News')."""


def _before_junk(part: str) -> str:
    """'Katharina Schmidt Kategorien' -> 'Katharina Schmidt': a name of two words or more before a page label."""
    tokens = part.split()
    for k in range(2, len(tokens)):
        low = tokens[k].lower().strip(".,:+")
        if low in _NOT_NAME_WORDS or low in _SOCIAL:
            return " ".join(tokens[:k])
    return part


def _before_role(part: str) -> str:
    """'LAURE BRETTON Envoyés spéciaux à Toulouse' -> 'LAURE BRETTON': the name before a job title described in
    running words; '' otherwise ('Live Science Contributor' is a credit, not a name and a title)."""
    tokens = part.split()
    for k in range(1, min(len(tokens), 5)):
        if _ROLE_RE.fullmatch(tokens[k]) or tokens[k].lower() in _TITLE_WORDS:
            described = any(tok[:1].islower() for tok in tokens[k:])
            return " ".join(tokens[:k]) if k >= 2 and described else ""
    return ""


def _before_paper_role(part: str) -> str:
    """'Peter Nickeas Tribune reporter' -> 'Peter Nickeas', 'Jane Roe Staff writer' -> 'Jane Roe': a two-word name
    (a known given name first) before a job title in lower case, the paper's name maybe in between; '' otherwise."""
    head = _before_role(part).split()
    if len(head) == 3 and _ORG_TAIL_RE.fullmatch(head[-1]):
        head = head[:2]
    return " ".join(head) if len(head) == 2 and is_given_name(head[0]) else ""


_DESK_HEAD_RE = re.compile(r"(?i:director|manager|head|lead|chief)")
"""Who runs a desk ('Deputy Content Hub Director'): a newsroom job when the title has a word before it and the
line sits next to the date line."""


def _name_before_newsroom_role(part: str, beside_date: bool = False) -> str:
    """'Denis Staunton China Correspondent' -> 'Denis Staunton': a given name and a surname before a newsroom job
    title (up to two capitalised words, a beat or a place, may lead into it); '' otherwise ('Live Science
    Contributor' is a desk credit: 'Live' is no given name). Next to a date line a two-word name needs no known
    given name when a beat leads into the role, which may be written in lower case ('Thabo Mokone Parliamentary
    editor'); there a desk's head counts too ('Steffan Rhys Deputy Content Hub Director')."""
    tokens = part.split()
    if (
        beside_date
        and 4 <= len(tokens) <= 6
        and (NEWSROOM_ROLE_RE.fullmatch(tokens[-1]) or (len(tokens) >= 5 and _DESK_HEAD_RE.fullmatch(tokens[-1])))
        and all(t[:1].isupper() for t in tokens[2:-1])
        and all(t[:1].isupper() and t[1:].islower() and t.isalpha() for t in tokens[:2])
    ):
        return " ".join(tokens[:2])
    if not 3 <= len(tokens) <= 6 or not is_given_name(tokens[0]):
        return ""
    middle = re.fullmatch(r"[A-Z]\.", tokens[1]) or (is_given_name(tokens[1]) and tokens[2].lower() not in _TITLE_WORDS)
    name_len = 3 if len(tokens) >= 5 and middle else 2
    role = tokens[name_len:]
    if (
        not 1 <= len(role) <= 3
        or not NEWSROOM_ROLE_RE.fullmatch(role[-1])
        or not all(tok[:1].isupper() for tok in tokens)
    ):
        return ""
    return " ".join(tokens[:name_len])


_GLUED_CAPS_RE = re.compile(r"^(?P<head>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,})(?P<tail>[A-Z]{2,5})$")
_GLUED_LABEL_RE = re.compile(r"^(?P<head>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,})(?P<tail>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,})$")


def _without_glued_label(name: str) -> str:
    """'Ulrich ExnerKorrespondent' -> 'Ulrich Exner', 'Sophie FosterTravel' -> 'Sophie Foster': a job title, a
    section or a social network printed without a space after the surname ('DeSilver', 'McDonald' stay)."""
    tokens = name.split()
    caps = _GLUED_CAPS_RE.match(tokens[-1]) if len(tokens) >= 2 else None
    if caps is not None:  # 'Gina TrapaniCEO', 'Jane RoeAP': a title or credit in capitals
        return " ".join([*tokens[:-1], caps.group("head")])
    m = _GLUED_LABEL_RE.match(tokens[-1]) if len(tokens) >= 2 else None
    if m is None:
        return name
    tail = m.group("tail").lower()
    if tail in NAV_WORDS or tail in _SOCIAL or tail in _TITLE_WORDS or NEWSROOM_ROLE_RE.fullmatch(tail):
        return " ".join([*tokens[:-1], m.group("head")])
    return name


def _without_role_tail(name: str) -> str:
    """'Sam Stein Senior Politics Editor' -> 'Sam Stein'; 'Patrick Reevell December' -> 'Patrick Reevell': a job
    title or a month glued after a name of two words or more is not part of it, nor a beat word between a given
    name with a surname and the job title ('Dan Oakes Justice Editor'); a desk's credit stays whole ('RTT Staff
    Writer')."""
    tokens = name.split()
    if len(tokens) >= 3 and tokens[-1].lower() in MONTHS and tokens[-1].lower() not in _AMBIGUOUS_MONTHS:
        tokens.pop()
    if len(tokens) >= 3 and _ROLE_RE.fullmatch(tokens[-1]):
        if len(tokens) == 3 and tokens[1].lower() == "staff":
            return name  # 'RTT Staff Writer': a desk's credit, no writer's name before a job title
        tokens.pop()
        while len(tokens) > 2 and (tokens[-1].lower() in _TITLE_WORDS or _ROLE_RE.fullmatch(tokens[-1])):
            tokens.pop()
        if (
            len(tokens) == 3
            and is_given_name(tokens[0])
            and not is_given_name(tokens[1])
            and not re.fullmatch(r"[A-Z]\.?", tokens[1])
            and tokens[1].lower() not in _PARTICLES
        ):
            tokens.pop()  # 'Dan Oakes Justice Editor': the beat the list lacks, after a given name and a surname
    return " ".join(tokens)


WIRE_AGENCIES = frozenset(
    _words(
        "reuters afp ap dpa epa efe ansa apa kyodo xinhua tass pti ians upi bloomberg anp belga sda čtk ctk pap ntb "
        "ritzau stt mti hina tanjug bta agerpres lusa yonhap sid kna epd aap"
    )
)
"""News agencies, whose name a byline often prints glued after the writers ("By Jane Roe Reuters")."""


def _without_agency_tail(name: str) -> str:
    """'Jane Q. Roe Reuters' -> 'Jane Q. Roe', 'Alex Bozarjian KTRK' -> 'Alex Bozarjian': a wire agency or a
    station's call letters glued after a person's name is a credit."""
    tokens = name.split()
    if len(tokens) >= 3 and tokens[-1].lower().strip("().") in WIRE_AGENCIES:
        return " ".join(tokens[:-1])
    last = tokens[-1] if tokens else ""
    if (
        len(tokens) >= 3
        and _CALL_SIGN_RE.match(last)
        and not _ROMAN_RE.match(last)
        and all(t[:1].isupper() and not t.isupper() for t in tokens[:-1])
    ):
        return " ".join(tokens[:-1])
    return _without_paper_tail(name)


def _without_paper_tail(name: str) -> str:
    """'Mike Isaac New York Times' -> 'Mike Isaac': a publication's name of two words or more (its last word a
    paper's: 'Times', 'Post', 'Journal') glued after a person's name of two or three words."""
    tokens = name.split()
    if not 4 <= len(tokens) <= 7 or not is_given_name(tokens[0]):
        return name
    for cut in (2, 3):
        tail = tokens[cut:]
        if len(tail) >= 2 and all(t[:1].isupper() for t in tail) and _ORG_TAIL_RE.search(" ".join(tail)):
            return " ".join(tokens[:cut])
    return name


_CALL_SIGN_RE = re.compile(r"^[A-Z]{3,5}$")
_ROMAN_RE = re.compile(r"^(?:I{1,3}|IV|VI{0,3}|IX|X)$")


def without_outlet_tail(names: list[str], outlet: str | None) -> list[str]:
    """Names without the page's own brand glued after them ('Jane Roe Fox News' on a Fox News page)."""
    if not outlet:
        return names
    brand = outlet.casefold().split()
    out: list[str] = []
    for name in names:
        tokens = name.split()
        if len(tokens) >= len(brand) + 2 and [t.casefold() for t in tokens[-len(brand) :]] == brand:
            name = " ".join(tokens[: -len(brand)])
        out.append(name)
    return out


_WRITER_ROLE_SPLIT_RE = re.compile(r"\s+[–—-]\s+")


def writer_with_role(text: str) -> str | None:
    """The writer's name of a line that sets the name and a job title apart by a dash ('Anders Skjerdingstad –
    Journalist i Paris'), else None: a credit line, not a headline. The title opens with the newsroom role, at most
    two capitalised words before it."""
    parts = _WRITER_ROLE_SPLIT_RE.split(text.strip(), maxsplit=1)
    if len(parts) != 2 or not person_name(parts[0], 3) or not all(w[:1].isupper() for w in parts[0].split()):
        return None
    role = parts[1].split()
    head = next((k for k, w in enumerate(role[:3]) if NEWSROOM_ROLE_RE.fullmatch(w.strip(",."))), None)
    if head is None or not all(w[:1].isupper() for w in role[:head]) or len(role) > 8:
        return None
    return parts[0].strip()


def distinct_names(names: Iterable[str]) -> list[str]:
    """The names in order, each once: spellings that differ only in spaces, dots or case are one name ('Myra P.
    Saefong' and 'MyraP. Saefong', printed glued in an author box)."""
    seen: set[str] = set()
    out: list[str] = []
    for name in names:
        key = letters_key(name)
        if key not in seen:
            seen.add(key)
            out.append(name)
    return out


def as_printed_alone(names: list[str], line_texts: Iterable[str]) -> list[str]:
    """Names cut to the part the page prints on a line of its own ('Brian Jackson WordPress' from a byline with
    its category glued on -> 'Brian Jackson', printed alone in the author box); two words at least."""
    long_names = [name for name in names if len(name.split()) >= 3]
    if not long_names:
        return names
    alone = {t.strip() for t in line_texts if 2 <= len(t.split()) < 6}
    out: list[str] = []
    for name in names:
        tokens = name.split()
        cut = next((k for k in range(len(tokens) - 1, 1, -1) if " ".join(tokens[:k]) in alone), None)
        out.append(" ".join(tokens[:cut]) if cut and name not in alone else name)
    return out


_KEEP_DOT_RE = re.compile(r"(?:\b[A-Z]|\b(?:Jr|Sr|St))\.$")
"""A name ending in an initial or a suffix keeps its dot ("Perry Bacon Jr.", "Nicolas Gutierrez C.")."""


_DEGREE_TAIL_RE = re.compile(r",?\s+(?:Ph\.\s?D\.?|PhD|M\.D\.?|MD|MBA|J\.D\.?|D\.Phil\.?|M\.Sc\.?|MSc)$")
"""An academic degree after a name ('Utpal Dholakia Ph.D.'): the writer's, not part of the name."""


def _trim_part(part: str) -> str:
    """A byline piece without surrounding spaces and commas, an academic degree after the name, and a sentence's
    final dot."""
    part = _DEGREE_TAIL_RE.sub("", part.strip(" ,"))
    while part.endswith(".") and not _KEEP_DOT_RE.search(part):
        part = part[:-1].rstrip(" ,")
    return part.lstrip(".")


def _is_org_credit(part: str) -> bool:
    tokens = part.split()
    return len(tokens) == 1 or tokens[0].lower() == "the" or bool(_DESK_RE.search(part) or _ORG_TAIL_RE.search(part))


_ORG_TAIL_RE = re.compile(
    r"\b(?:press|news|agency|agencia|agence|agentur|times|post|herald|journal|tribune|media|online|digital|"
    r"newswire|network|magazine|daily|gazette|zeitung|presse|prensa|stampa|group|newspapers|publishing|"
    r"publications|broadcasting|television|radio|university|universität|université|universidad|università|"
    r"college|institute|institut|instituto|foundation|stiftung|fondation|fundación)$|"
    r"^(?:university|universität|université|universidad|università|institute|institut|instituto) |"
    r"\b[\w-]+\.(?:com|org|net|co\.uk|com\.au|[a-z]{2})$",
    re.IGNORECASE,
)
"""The last word of a publication's or an institution's name ('Example Times', 'Newcastle University')."""


_GLUED_THE_RE = re.compile(r"(?:(?<=[a-z])|(?<=\w)\s+)(?=(?:The|THE)\s[A-Z])")
_GLUED_RE = re.compile(r"^(?P<a>.+?)\s*(?P=a)$")


def undouble_name(name: str) -> str:
    """'Olaf KempinOlaf Kempin' / 'Jane Roe Jane Roe' -> the name once."""
    squeezed = " ".join(name.split())
    m = _GLUED_RE.match(squeezed)
    if m and len(m.group("a").split()) >= 2:
        return m.group("a").strip()
    return squeezed


_MID_BY_RE = re.compile(
    r"(?:^|\s|\|)(?:By|BY|Par|Von|Por|by|par|von|por|di|door|av|af):?\s+(?=[A-ZÀ-ÖØ-Þ])|"
    r"(?:(?<=\s)|(?<=\d))(?:Author|Autor|Autorin|Auteur)\s*(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ])"
)
"""'by' inside a credit line, or the 'Author' label a blog theme prints after the date ('Posted on July 28,
2019Author Jane Roe')."""
_LEAD_WORDS_RE = re.compile(
    rf"\b(?:{_GENRE_WORDS}|publicado|publié|posted|published|veröffentlicht)\s*$",
    re.IGNORECASE,
)
_CREDIT_LEAD_RE = re.compile(
    r"\b(?:photos?|photographs?|pictures?|fotos?|fot|bild|bilder|image|images|video|videos|illustration|illustrations|"
    r"grafik|graphic|"
    r"credit|credits|quelle|source|shared|geteilt|partagé|compartido|shot|edited)\b",
    re.IGNORECASE,
)
_INLINE_PLACEHOLDER_RE = re.compile(r"\[[^\]]{0,40}\]\s*")
_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")


_GLUED_ROLES = r"Writer|Reporter|Correspondent|Editor|Columnist|Contributor"
_GLUED_DATE_LABEL = rf"(?<=[a-zß-öø-ÿ])(?=[A-ZÀ-ÖØ-Þ])(?=(?i:{PUBLISHED_WORDS})\b)"
_GLUE_SEAM_RE = re.compile(
    rf"\b(?:{_GLUED_ROLES})(?=[A-Z][a-z])|[a-z]\.(?:com|org|net)(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ])|{_GLUED_DATE_LABEL}"
)
"""Where a byline's parts were printed without a space: after a job title, after a web address, before the date's
'Updated' label ('Carolyn SaidUpdated April 25'). (A date's 'on:' label glued to the surname, 'Hannah Curranon:
March 02', is left: 'Jane Johnson: March 2' reads the same.)"""
_SEAM_HINT_RE = re.compile(rf"{_GLUED_ROLES}|\.com|\.org|\.net|{_GLUED_DATE_LABEL}")
"""The cheap test before the two patterns around it."""
_ROLE_AGENCY_TAIL_RE = re.compile(
    r"\b(?P<role>Writer|Editor|Reporter)\s+(?:The\s+)?(?:Associated Press|Reuters|Agence France-Presse|AFP|Bloomberg)$"
)
"""The agency named again after the writer's job title ('By Jane Roe AP Sports Writer Associated Press')."""


def _sentence_after_label(text: str) -> bool:
    """A long line ending as a sentence does: running text, not a credit line after a bare 'Author' label."""
    return len(text.split()) > SENTENCE_LABEL_WORDS and text.rstrip(" \"'”’»").endswith((".", "!", "?"))


_AUTHOR_WORDS = frozenset(["author", "autor", "autorin", "auteur"])
_LABEL_AFTER_MARKER_RE = re.compile(r"(\w+)\s?:\s*")
SENTENCE_LABEL_WORDS = 12
"""More words than this after a label with no colon, ending in a full stop, are a sentence."""


_GLUED_CODE_RE = re.compile(
    r"(?<![\w'’.-])(?P<code>[a-z]{2,4})(?P<name>[A-ZÀ-ÖØ-ÞČŘŠŽĽŤŇĎĚŮŚŁŻŹĆŃ][a-zà-öø-ÿčřšžľťňďěůśłżźćń]{2,})"
)
"""A writer's code in lower case glued to their given name ('fdvFrantišek Dvořák'): a text browser prints a hidden
span's text without a space."""
_GLUED_CODE_HINT_RE = re.compile(r"[a-z][A-ZÀ-ÖØ-ÞČŘŠŽĽŤŇĎĚŮŚŁŻŹĆŃ]")


def _without_glued_code(m: re.Match[str]) -> str:
    """The given name without the code glued before it, when the rest is a known given name ('iPhone' stays)."""
    code = m.group("code")
    keep = code in _GLUED_WORDS or not is_given_name(m.group("name"))
    return m.group(0) if keep else m.group("name")


_GLUED_WORDS = frozenset(_words("by von par por di da de van af av od ze"))
"""Credit words a text browser may glue to the name they introduce ('byJoseph Kovar'): no writer's code."""


def parse_byline(text: str) -> list[str] | None:
    """Names from an explicit byline ("By X", "Par X", "Von X"), [] for a byline with junk, else None.

    A capitalised "By X" after a short lead ("Jane Roe | jroe@site.com By Jane Roe") or after the writer's
    portrait caption ("Jane Roe, Example Media Group By Jane Roe, Example Media Group") counts too.
    """
    t = text.strip()
    if len(t) > 250:
        return None
    once = undouble_name(t)
    if len(once) < len(" ".join(t.split())):
        t = once  # 'Author: Jane RoeAuthor: Jane Roe': the credit printed twice, glued
    if "[" in t:
        t = _INLINE_PLACEHOLDER_RE.sub("", t).strip()
    t = _GLUED_CREDIT_BY_RE.sub("", t)
    if _SEAM_HINT_RE.search(t):
        t = _GLUE_SEAM_RE.sub(r"\g<0> ", t)  # 'AP Sports WriterAssociated Press', 'GloboEsporte.comSão Paulo'
        t = _ROLE_AGENCY_TAIL_RE.sub(r"\g<role>", t)
    t = _LABELLED_ROW_RE.sub(r"\g<head> on: ", t)
    t = _PORTRAIT_LEAD_RE.sub("", t)  # 'Avatar photo by Jane Roe': the writer's portrait, then the byline
    t = _RULE_LEAD_RE.sub("", t)  # '---- by Jane Roe'
    t = _ICON_LEAD_RE.sub("", t)  # '👤by Jane Roe', '✍️ By Jane Roe'
    if _GLUED_CODE_HINT_RE.search(t):
        t = _GLUED_CODE_RE.sub(_without_glued_code, t)  # 'Autoři: fdvJana Roe': the writer's code, then the name
    if _COMMENT_TAIL_HINT_RE.search(t[-16:]):
        t = _COMMENT_COUNT_TAIL_RE.sub("", t)  # 'By Jane Roe No Comments'
    wire = _FROM_AGENCY_RE.match(t)
    if wire and wire.group("agency").casefold() in WIRE_AGENCIES:
        return [wire.group("agency")]  # 'From Reuters': a story the site runs from a news agency
    report = _CJK_REPORT_CREDIT_RE.match(t)
    if report:
        return [report.group("who")]  # '王煌忠／台中報導', '社會中心／綜合報導': the writer or desk, where, 'reports'
    cjk = _CJK_REPORTER_RE.search(t) if len(t) <= 80 else None
    if cjk:
        if cjk.group("zh"):
            return [cjk.group("zh")]
        return [m.group("ko") for m in _CJK_REPORTER_RE.finditer(t) if m.group("ko")]  # '배윤경 기자 이상현 기자'
    m = _BY_RE.match(t)
    if not m:
        mid = _MID_BY_RE.search(t)
        if mid is None or mid.start() == 0 or len(t.split()) > 25:
            return None
        lead = t[: mid.start()]
        dated_lead = bool(find_dates(lead))
        if _CREDIT_LEAD_RE.search(lead):
            return None  # "Photo by X", "A post shared by X", "Video edited by X"
        lead_ok = dated_lead or (len(lead.split()) <= 3 and bool(_LEAD_WORDS_RE.search(lead)))
        echo = lead.split(",")[0].strip()
        echo = undouble_name(echo) or echo  # the writer's portrait and name, glued ('Linda AmianiLinda Amiani')
        echoed = len(echo.split()) >= 2 and t[mid.end() :].startswith(echo)
        if mid.group().strip(" |")[0].islower() and not (lead_ok or echoed):
            return None  # "… von Angela Merkel" in a sentence; "March 3, 2020 by Jane Roe" is a byline
        if not (_EMAIL_RE.search(lead) or "|" in lead or len(lead.split()) <= 4 or lead_ok or echoed):
            return None
        return split_names(t[mid.end() :], explicit=True) or None
    rest = m.group("rest")
    label_after_marker = _LABEL_AFTER_MARKER_RE.match(rest)
    if label_after_marker and label_after_marker.group(1).casefold() in _AUTHOR_WORDS:
        rest = rest[label_after_marker.end() :]  # 'von Autor: Jane Roe': the marker, then the label
    if not rest[:1].isalpha() and not rest.startswith(("'", "’")):
        return None
    first, _, after = rest.partition(" ")
    if first.lower().rstrip(".,") in MONTHS and after[:1].isdigit():
        return None  # 'By July 2001, BackRub had been renamed Google': by that time, no writer
    label = t[: m.start("rest")].strip()
    if label.casefold() in _AUTHOR_WORDS and label[:1].isupper() and _sentence_after_label(t):
        return None  # 'Author Jane Roe, from Kensington, said she …': the story calls her an author
    shared_with_agency = _with_agency(rest.strip(), explicit=True)
    if shared_with_agency:
        return shared_with_agency
    names = split_names(rest, explicit=True)
    agency = None if names else _lone_agency(rest)
    if agency:
        return [agency]
    if not names and len(rest.split()) > 3:
        return None  # "By the way, …" is a sentence, not a byline
    return names


_FROM_AGENCY_RE = re.compile(r"^(?:From|FROM|Via|VIA)\s+(?P<agency>\w+)$")
"""A line crediting the agency a story comes from ('From Reuters', 'Via AP'); only a known agency counts."""


def _lone_agency(rest: str) -> str | None:
    """A wire agency alone after the byline marker, as it writes itself, perhaps in lower case ('Von dpa
    30.04.2024, 18:58'), with nothing but the date after it."""
    words = rest.split(maxsplit=1)
    if not words or words[0].strip(",.").casefold() not in WIRE_AGENCIES:
        return None
    tail = words[1] if len(words) > 1 else ""
    return words[0].strip(",.") if not tail.strip() or mostly_date(tail) else None


_WITH_AGENCY_RE = re.compile(
    r"^(?P<desk>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}) (?:with|avec|mit|con|com) "
    r"(?:AFP|AP|Reuters|dpa|DPA|EFE|ANSA|APA|Agencies|agencies|agences|Agenturen)$"
)
"""A desk credit shared with a news agency ('Le Monde with AFP', 'Redaktion mit dpa')."""
_ARTICLE_WORDS = frozenset(["the", "le", "la", "les", "l'", "die", "der", "das", "el", "il", "lo", "los", "las"])


def _with_agency(text: str, explicit: bool) -> list[str] | None:
    """The credit of a line that names a writer or desk and the news agency it worked with: the desk with the
    agency as one credit ('Le Monde with AFP', 'Euronews with Agencies'), a person alone ('Diana Resnik mit AP',
    as with 'Jane Roe and agencies'); None for any other line."""
    wire = _WITH_AGENCY_RE.match(text)
    if wire is None or not name_like(wire.group("desk"), explicit=explicit):
        return None
    desk = wire.group("desk")
    if person_name(desk, 3) and desk.split()[0].casefold() not in _ARTICLE_WORDS:
        return [desk]
    return [text]


_NAME_LINE_CUT_RE = re.compile(
    r"\s*\|\s*|\s[•·/]\s|\s[-–—]\s|\s\(?@\w|(?:\s|(?<=[a-z]))[0-2]?\d:[0-5]\d\b|"
    rf"\s(?:{PUBLISHED_WORDS})\b|"
    # glued to the surname: 'Jen MillsPublished Jul 17', 'Greg Iacurci@GregIacurci', 'Dylan Jones5 hours ago',
    # 'Jono Galuszka14:40, Feb 17 2021'
    r"(?-i:(?<=[a-z])(?:Published|Posted|Updated|Veröffentlicht|Aktualisiert|Publicado|Publié)\b)|(?<=[a-z])@\w|"
    r"(?:(?<=[a-z])|\s)\d{1,2}\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?|std\.|stunden|minuten|tagen?)\b",
    re.IGNORECASE,
)


_CONTACT_TAIL_RE = re.compile(
    r"(?:\s+(?:[Ss]end an? )?(?:[Ee]-?mail|[Ff]ollow|[Ff]olgen|[Ss]uivre|[Ss]eguir|[Ss]egui|[Tt]ips|[Kk]ontakt)"
    r"(?: (?:me|meg|mig|mir|the author))?)?"
    r"(?:\s+\d{1,2} ?(?:minutes?|mins?|hours?|hrs?|days?|weeks?) ago)?$"
)
"""A contact link and the story's age after a writer's name ('Jane Roe Send an email 20 hours ago', 'Jane Roe Tips
meg': tip me, 'Jane Roe Folgen')."""


_IN_PLACE_RE = re.compile(r"^(?P<who>[A-Z][^,|:]{2,50}?) in (?P<place>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2})$")
_WIRE_NAMES = frozenset(
    ["associated press", "reuters", "agence france-presse", "afp", "ap", "press association", "pa media", "dpa"]
)


def _located_writers(text: str, beside_date: bool = False) -> list[str] | None:
    """Writers each followed by where they report from ('Jon Henley in Paris and Sam Jones in Madrid',
    'Associated Press in Valencia'): a person's name or a wire agency before 'in' and a known place. Next to a
    date line, one writer with a known given name may report from a place the list lacks ('Lorna Siggins in
    Blacksod')."""
    names: list[str] = []
    parts = re.split(r"\s+(?:and|&)\s+|,\s+", text)
    for part in parts:
        m = _IN_PLACE_RE.match(part.strip())
        if m is None:
            return None
        who = m.group("who").strip()
        if not is_place_name(m.group("place")) and not (
            beside_date and len(parts) == 1 and len(who.split()) in (2, 3) and is_given_name(who.split()[0])
        ):
            return None
        if not (person_name(who, 3) or who.casefold() in _WIRE_NAMES):
            return None
        names.append(who)
    return names or None


_EMAIL_LOCAL_RE = re.compile(r"\b([\w.+-]{2,40})@[\w-]+(?:\.[\w-]+)+\b")
_LEADING_NAME_RE = re.compile(r"^([A-ZÀ-ÖØ-Þ][\w'’-]+(?: [A-ZÀ-ÖØ-Þ][\w'’.-]*){1,2})\b")


def name_with_own_email(text: str) -> str | None:
    """The name that opens a line carrying that person's e-mail address ('Ben Walsh Become a fan
    benjamin.walsh@example.com', 'Jane Roe jroe@example.com'): the address names the surname and starts with
    the given name or its initial."""
    m = _EMAIL_LOCAL_RE.search(text)
    lead = _LEADING_NAME_RE.match(text)
    if m is None or lead is None:
        return None
    local = m.group(1).casefold()
    words = lead.group(1).split()
    for n in (3, 2):
        if len(words) >= n:
            given, surname = words[0].casefold(), words[n - 1].casefold().strip(".")
            if len(surname) >= 3 and surname in local and local.startswith(given[0]):
                return " ".join(words[:n])
    return None


def parse_name_line(
    text: str, *, beside_date: bool = False, page_lower: frozenset[str] = frozenset()
) -> list[str] | None:
    """Names from a bare credit line such as "Robert Burns, AP Writer" or "PTI, Washington".

    ``beside_date``: the line sits next to a dateline, so a lone acronym ("AFP") may be a desk credit.
    ``page_lower``: the words the page writes in lower case (:func:`lowercase_words`); a line that reads as a
    phrase of the page (:func:`phrase_not_name`) is no credit.
    """
    names = _name_line(text, beside_date)
    return None if names and phrase_not_name(names, page_lower) else names


_DATE_FIRST_RE = re.compile(r"^\d{1,2}[./ ]")
"""A line that opens with a day: a dateline row when it holds a date there."""


_PAREN_TAIL_RE = re.compile(r"(?<=[^\W\d_])\s+\((?=[^()]*[^\W\d_])[^()@]{2,40}\)$")
"""A role or the name's Latin spelling in brackets after the writers ('Chus del Pino (Enviado especial)', 'Дэвид
Джексон (David Jackson)'); a handle ('(@janeroe)') is another matter, and a count ('CSS (68)': a tag and its
articles) is no role."""


_DATE_PREPOSITIONS = frozenset(["on", "am", "vom", "le", "el", "il", "em", "op"])
"""The word that introduces a date after a name ('Jane Roe On May 4, 2021', 'Jane Roe am 3. Mai 2021')."""
_PUBLISHED_LEAD_RE = re.compile(
    rf"\s*(?:\w+\s+)?(?:{PUBLISHED_WORDS})(?:\s+(?:{'|'.join(_DATE_PREPOSITIONS)}))?\s*:?\s*", re.IGNORECASE
)
"""The label before a date ('Published on', 'Artikel veröffentlicht am'), perhaps after one word."""


_AND_AGENCIES_TAIL_RE = re.compile(
    r"\s+(?:and|&|et|und|y|e|en|og|och|i)\s+(?:the\s+)?(?:news\s+)?(?:agencies|agences|agenturen|agencias|agenzie|"
    r"agências|agentschappen|byråer|wires)$",
    re.IGNORECASE,
)
"""The agencies credited beside the writer ('Olivia Solon in San Francisco and agencies'): the writer is the byline."""


def _without_weekday_tail(head: str) -> str:
    """The text before a date without the weekday or preposition that opens the date ('Jane Roe utorak, ',
    'Jane Roe On ' -> 'Jane Roe')."""
    words = head.rstrip(" ,").rsplit(None, 1)
    if len(words) == 2 and is_weekday_name(words[1]):
        head = words[0]
        words = head.rstrip(" ,").rsplit(None, 1)
    return words[0] if len(words) == 2 and words[1].casefold() in _DATE_PREPOSITIONS else head


_PAPER_CORRESPONDENTS_RE = re.compile(r"^(?:[A-Z]{2,5}|Our|OUR) (?:[Cc]orrespondents?|[Rr]eporters?|CORRESPONDENTS?)$")
"""A desk credit of the paper's correspondents ('HT Correspondents', 'Our Correspondent'), not a writer's job title."""


_HAN_NAME_RE = re.compile(
    r"^(?:\[[^\]]{0,20}\]\s*)?(?P<name>(?:[\u4e00-\u9fff]\u3005?){2,4})(?P<rest>(?:\s*[/／]\s*|\s+|(?=\d{4}[-年./]))\S.*)?$"
)
"""A name in Chinese characters alone on its line, or before a date or its paper ('渡辺洋介2025年1月13日 21時37分',
'石佳/中国青年报', '[head]明敏 2025-02-23 12:59:28 来源：量子位'); the repeat mark 々
counts with the character before it ('佐々木一郎'))."""
_HAN_SOURCE_RE = re.compile(r"^\s*[/／]\s*[^\s/／]{2,12}$")


def _han_name(t: str) -> list[str] | None:
    """The name of a credit line in Chinese characters (see :data:`_HAN_NAME_RE`) that opens with a common family
    name; None otherwise."""
    m = _HAN_NAME_RE.match(t)
    if m is None or not opens_with_han_family_name(m.group("name")):
        return None
    rest = m.group("rest") or ""
    if rest and not _HAN_SOURCE_RE.match(rest):
        dates = find_dates(rest)
        if not dates or dates[0][0] > 1:
            return None
    return [m.group("name")]


def _name_line(text: str, beside_date: bool) -> list[str] | None:
    """:func:`parse_name_line` before the phrase check."""
    t = text.strip()
    t = _DEGREE_TAIL_RE.sub("", t) or t  # 'Utpal Dholakia Ph.D.': the degree, then the line's checks
    t = without_share_row(t)
    if t.endswith(".") and _DATE_FIRST_RE.match(t):
        t = t[:-1]  # '09 de febrero de 2017. 17:18h Jane Roe, Madrid.': a dateline row, not a sentence
    if not t or len(t) > 120 or t.endswith((".", "?", "!", "–", "—", ":")) or _BY_RE.match(t):
        return None  # a line ending in a dash or colon runs on into the next one ('Umbau des Weissen Hauses –')
    t = _GLUED_UI_RE.sub("", t)
    if len(t.split()) <= 4:
        t = _without_glued_label(t)  # 'Gina TrapaniCEO': her title glued to the surname
    if _SEAM_HINT_RE.search(t):
        t = _GLUE_SEAM_RE.sub(r"\g<0> ", t)  # 'WriterLos Angeles': a job title glued to the city
    t = undouble_name(_CONTACT_TAIL_RE.sub("", t)) or t
    t = _PAREN_TAIL_RE.sub("", t) or t
    t = _AND_AGENCIES_TAIL_RE.sub("", t) or t
    located = _located_writers(t, beside_date)
    if located:
        return located
    han = _han_name(t)
    if han:
        return han
    if t.startswith(("—", "–", "- ")) and "(@" in t:
        return None  # '— Jane Roe (@janeroe) May 4, 2023': the attribution of an embedded post
    shared = _AGENCY_DESK_RE.match(t)
    if shared and name_like(shared.group("desk"), explicit=True):
        return [shared.group("agency"), shared.group("desk")]
    shared_with_agency = _with_agency(t, explicit=False)
    if shared_with_agency:
        return shared_with_agency
    # Keep what comes before a date; the rest of the line must be short.
    dates = find_dates(t)
    head = _without_weekday_tail(t[: dates[0][0]]) if dates else t
    if dates and _PUBLISHED_LEAD_RE.fullmatch(head):
        head = ""  # 'Artikel veröffentlicht am 28. April 2024, 14:26 Uhr, Jane Roe': the date's label, not a name
    if dates and not head.strip(" |-–—·•,"):
        head = _COMMENT_COUNT_TAIL_RE.sub("", _TIME_LEAD_RE.sub("", t[dates[-1][1] :]))  # 'DATE | Jane Roe 0 Comments'
        marked = parse_byline(head) if _BY_RE.match(head) else None
        if marked:
            return marked  # '2.03.2018von Jane Roe': the date, then a byline with its marker
    for sep in (" - ", "|") if dates else ():
        row = [seg.strip() for seg in head.split(sep) if seg.strip()]
        found = [who for who in map(_row_writers, row) if who]
        if len(row) >= 2 and len(found) == 1:
            # 'Články - Martin Malý - Různé - 14.3.2011', '26 listopada 2022 | Plus Minus | Piotr Litka': a meta row
            # of section, writer and date
            return found[0]
    people = [_one_person(p.strip()) for p in _PIPE_RE.split(head.strip(" |")) if p.strip()]
    if len(people) >= 2 and all(people):
        return [p for p in people if p]  # 'Julia Vergin | Clare Roth'
    beside = _name_beside_outlet(head.strip())
    if beside:
        return beside
    glued = _glued_names(head.strip())
    if glued:
        return glued
    head = _NAME_LINE_CUT_RE.split(head)[0].strip(" ,-–—|")
    if not head:
        return None
    parts = [p.strip() for p in re.split(r"\s*,\s*", head) if p.strip()]
    desk = [
        p
        for p in parts
        if _PAPER_CORRESPONDENTS_RE.match(p)
        or (_DESK_RE.search(p) and not _ROLE_RE.search(p) and name_like(p, explicit=False))
    ]
    if desk and not (desk[0] != parts[0] and _one_person(parts[0])):
        return [desk[0]]  # 'PTI, Washington'; but in 'Sarah Hinger, Staff Attorney' the 'staff' part is her job
    first = _name_before_newsroom_role(parts[0], beside_date) or parts[0]
    if _ROLE_RE.search(first) or (_DESK_RE.search(first) and len(parts) > 1):
        return None
    names = split_names(first, explicit=False)
    if not names or not _plausible_bare(first, names) or all(is_place_name(nm) for nm in names):
        return None  # 'North Korea 09:31 August 20, 2019' is a dateline, not a writer
    rest = parts[1:]
    extra: list[str] = []
    org_after = False
    while rest and len(names[-1].split()) >= 2 and len(rest[0].split()) >= 2 and not _ROLE_RE.search(rest[0]):
        more = split_names(rest[0], explicit=False)
        org_after = bool(more) and _is_org_credit(more[0])
        if not more or not _plausible_bare(rest[0], more) or org_after:
            break
        extra.extend(more)
        rest = rest[1:]
    if (
        len(extra) >= 2
        or (org_after and len(extra) == 1 and person_name(extra[0], 4))
        or (len(extra) == 1 and is_given_name(extra[0].split()[0]) and not is_place_name(extra[0]))
    ):
        # "Jane Roe, John Smith, Ann Lee | Site" (two names could be "Name, City"); one more writer before their
        # institution ('…, Hayley J. Fowler, Newcastle University'), or one whose given name is a known one
        names.extend(extra)
    else:
        rest = parts[1:]
    if rest and not (_ROLE_RE.search(rest[0]) or len(rest[0].split()) <= 3):
        return None
    if len(names) == 1 and names[0] in _TIME_ZONES:
        return None  # 'May 24, 2016, 11:44am PDT': the clock's zone, not a desk
    lone_acronym = beside_date and bool(_ACRONYM_RE.match(names[0])) and names[0].lower() not in NAV_WORDS
    if len(names) == 1 and len(names[0].split()) == 1 and not (dates or rest or lone_acronym):
        return None  # a lone word ("BMW", "EU") is a credit only with a date or a place beside it
    if len(names) == 1 and names[0].startswith("The ") and not _ORG_TAIL_RE.search(names[0]):
        return None  # 'The White House': an institution the story names; 'The Associated Press' is a credit
    return names


_STOP = frozenset(" ".join(_STOPWORDS.values()).split()) - _PARTICLES
_NOT_GIVEN_NAME_RE = re.compile(
    r"(?:ung|ungen|heit|keit|schaft|tion|tionen|ismus|ität|isch|ische|ischen|isches|ischer|licher|liche|lichen|ale|ige|"
    r"ierte|ción|ciones|sión|dad|mente|ería|ticker|zone)$",
    re.IGNORECASE,
)


_CONNECTORS = frozenset(["and", "&", "und", "et", "y", "e", "en", "og", "och", "i"])
_GLUED_WORDS_RE = re.compile(r"^[A-Z][a-z]{3,}[A-Z][a-z]{3,}$")
"""Two words run together ("HomeWorld" from a menu), not a name such as "McDonald" or "DeSantis"."""


_PIPE_RE = re.compile(r"\s+[|/]\s+")
_TIME_LEAD_RE = re.compile(
    r"^[\s|,·•/–—.-]*(?:(?:(?:um|at|à|a las|alle|om|kl\.?|klo\.?)\s+)?[0-2]?\d[:.h][0-5]\d"
    r"(?:\s*(?:[ap]\.?m\.?|uhr|h))?)?[\s|,·•/–—-]*",
    re.IGNORECASE,
)
"""The time and separators between a date and the writer's name after it ('07.11.23 - 10:11 | Jane Roe', '9. September
2025 um 15:46 Uhr / Jane Roe')."""
_COMMENT_COUNT_TAIL_RE = re.compile(
    r"\s*(?:\d+|no|keine)\s*(?:comments?|kommentare?|commentaires?|comentarios?|commenti|reacties|reactions?)\s*$",
    re.IGNORECASE,
)
"""The comment count a blog prints after the writer's name ('Jane Roe 4 Comments', 'Jane Roe 0 Kommentare')."""
_COMMENT_TAIL_HINT_RE = re.compile(r"(?i)omment|omentari|reacti")
"""The cheap test on a line's last characters before :data:`_COMMENT_COUNT_TAIL_RE` runs."""


_PAGE_LOWER_WORD_RE = re.compile(r"(?<![\w.@/-])[^\W\d_A-ZÀ-ÖØ-Þ]{4,}(?![\w@/.-])")
_CREDIT_WORDS = frozenset(
    _words("news press service services report reports today times daily media network online post wire agency")
)
"""Words of a desk or publication credit ('Metric Media News Service', 'Miami Today') that a page also writes in
lower case without making the credit a phrase."""


def lowercase_words(text: str) -> frozenset[str]:
    """The words of four letters or more that ``text`` writes in lower case (common words, not names)."""
    return frozenset(_PAGE_LOWER_WORD_RE.findall(text))


_NOW_WORDS = frozenset(["now", "jetzt", "maintenant", "ahora", "agora", "adesso"])
"""'Now' opening a button's label ('Jetzt Spenden', 'Now Playing'): a call to act, never a name."""


def phrase_not_name(names: list[str] | tuple[str, ...], page_lower: frozenset[str]) -> bool:
    """True when a bare credit line reads as a phrase of the page, not a name: a name of two words or more,
    not opening with a known given name, 'The' or 'Our', and no desk credit, with a later word the page
    writes in lower case elsewhere ('Plant Care Today', 'Escucha La Noticia', 'Yellow Vests')."""
    for nm in names:
        toks = nm.split()
        if (
            len(toks) < 2
            or is_given_name(toks[0])
            or toks[0].lower() in ("the", "our")
            or _DESK_RE.search(nm)
            or NEWSROOM_ROLE_RE.search(nm)
        ):
            continue
        if toks[0].lower() in PHRASE_OPENERS or toks[0].lower() in _NOW_WORDS:
            return True  # 'Zur Playlist Anhören', 'Jetzt Spenden': no name opens with a preposition or 'now'
        if any(t.lower() in page_lower and t.lower() not in _CREDIT_WORDS for t in toks[1:] if t[:1].isupper()):
            return True
    return False


def person_name(name: str, max_words: int) -> bool:
    """True for a person's name: two to ``max_words`` words, the first a given name ('Clare Roth', not 'Live
    Science' or 'The White House')."""
    words = name.split()
    return 2 <= len(words) <= max_words and is_given_name(words[0])


_CAMEL_GLUE_RE = re.compile(r"[a-zà-öø-ÿ]{2}[A-ZÀ-ÖØ-Þ]")


_NEWS_WORDS = frozenset(
    _words(
        "news sports sport times post herald journal tribune press daily magazine network radio tv today online "
        "media chronicle gazette observer telegraph star standard express mail"
    )
)


_CREDIT_ENDINGS = frozenset(_words("service services agency wire desk staff bureau team"))


def _name_beside_outlet(text: str) -> list[str] | None:
    """A writer printed beside the outlet's name, before or after it ('Vinnie Iyer Sporting News', 'FOX Sports Mike
    Garafolo'): the person's two words, one of them a known given name first, and a name of news words around them;
    else None."""
    tokens = text.split()
    if not 3 <= len(tokens) <= 6 or not all(tok[:1].isupper() for tok in tokens):
        return None
    if tokens[-1].casefold() in _CREDIT_ENDINGS:
        return None  # 'Metro Budget News Service' is a desk
    for name, rest in ((tokens[:2], tokens[2:]), (tokens[-2:], tokens[:-2])):
        if (
            is_given_name(name[0])
            and not is_given_name(rest[0])
            and not any(tok.casefold() in _NEWS_WORDS for tok in name)
            and any(tok.casefold() in _NEWS_WORDS for tok in rest)
            and _one_person(" ".join(name))
        ):
            return [" ".join(name)]
    return None


def _glued_names(text: str) -> list[str] | None:
    """'Birgit Baumann Anna Giulia Fink Jan Michael Marchart' (linked names printed with no separator): split
    before each given name that follows two or more words. Every part must be one person's name of two or three
    words that starts with a known given name; else None."""
    tokens = text.split()
    if not 4 <= len(tokens) <= 9 or not all(tok[:1].isupper() and not _CAMEL_GLUE_RE.search(tok) for tok in tokens):
        return None  # 'Dan Jervis-BardyThe West Australian': a name glued to the outlet, not to another name
    parts: list[list[str]] = [[tokens[0]]]
    for tok in tokens[1:]:
        if is_given_name(tok) and len(parts[-1]) >= 2:
            parts.append([tok])
        else:
            parts[-1].append(tok)
    if len(parts) < 2:
        return None
    for part in parts:
        if not 2 <= len(part) <= 3 or not is_given_name(part[0]):
            return None
    names = [name for name in (_one_person(" ".join(part)) for part in parts) if name]
    return names if len(names) == len(parts) else None


def _row_writers(part: str) -> list[str] | None:
    """The writers a part of a meta row names: one person whose given name is a known one, or several whose
    names are printed with no separator ('Piotr Litka Tomasz Krzyżak'); else None."""
    who = _one_person(part)
    if who and is_given_name(who.split()[0]):
        return [who]
    return _glued_names(part)


def _one_person(part: str) -> str | None:
    """The name when a part of a credit line is one person's name of two or three words, else None."""
    names = split_names(part, explicit=False)
    if (
        len(names) == 1
        and (person_name(names[0], 3) or _INITIAL_NAME_RE.fullmatch(names[0]))
        and _plausible_bare(part, names)
    ):
        return names[0]
    return None


_INITIAL_NAME_RE = re.compile(r"[A-ZÀ-ÖØ-Þ]\.(?: ?[A-ZÀ-ÖØ-Þ]\.)? [A-ZÀ-ÖØ-Þ][\w'’-]+")
"""A given name's initial and a surname ('S. Fernández', 'N. Val')."""


def _plausible_bare(head: str, names: list[str]) -> bool:
    """Stricter checks for a name line without a "By" marker (subheadings and captions look alike)."""
    if ":" in head:
        return False
    head_tokens = head.replace(",", " ").split()
    if len(head_tokens) >= 2 and all(t.lower() in WIRE_AGENCIES for t in head_tokens):
        return False  # 'ČTK ČTK': an agency's logo printed twice, no writer's name
    if (
        len(head_tokens) >= 2
        and head.isupper()
        and not is_given_name(head_tokens[0])
        and not _DESK_RE.search(head)
        and not any(t.lower() in WIRE_AGENCIES for t in head_tokens)
    ):
        return False  # 'ACTU NATIONALE', 'ARKIVA E LAJMEVE': a section label in capitals, not a writer
    covered = {t.lower().strip(".,") for t in " ".join(names).split()}
    rest = [t for t in head_tokens if t.lower().strip(".,") not in covered]
    if any(t.lower() not in _CONNECTORS and t.lower() not in WIRE_AGENCIES for t in rest):
        return False  # "KOMMENTAR Bürgermeisterwahl in Petersberg": the line goes on after the "name"
    for nm in names:
        toks = nm.split()
        if any(t.lower() in _STOP for t in toks[1:] if t.lower() != "the") or any(
            _GLUED_WORDS_RE.match(t) for t in toks
        ):
            return False
        if toks[0].lower() in _STOP and toks[0].lower() not in ("the", "our"):
            return False
        if len(toks) > 1 and (
            (_NOT_GIVEN_NAME_RE.search(toks[0]) and not is_given_name(toks[0])) or toks[0].lower() in _SECTION_WORDS
        ):
            return False
    return True


_SECTION_WORDS = frozenset(
    _words(
        "business auto autos weekly daily news sport sports world school health tech money travel food style culture "
        "music film politics opinion local national international breaking live video photo photos weekend "
        "morning evening special top monday tuesday wednesday thursday friday saturday sunday neuer neue neues das "
        "der die le la les el los las nouveau nouvelle font text print"
    )
)
"""Words that open a section or series label ('Business Buzz', 'Weekly Address', 'Neuer Bereich') or a page control
('Font Size', 'Text Size'), never a given name on a bare credit line."""


def is_bare_by(text: str) -> bool:
    """True for a line that is only the word "By"/"Par"/"Von" (the name follows on the next line)."""
    return bool(_BY_PREFIX_ONLY_RE.match(text.strip()))
