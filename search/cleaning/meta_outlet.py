"""Outlet (site brand) candidates with general page features, scored by a small linear model.

Candidates come from copyright lines, title-like lines with a site suffix, domain names, short
standalone brand lines, brand contexts ("Follow X", "More from X", "X App") and the shared first
words of navigation items ("X Sport", "X Money", …). Names that refer to the same brand ("Houston
Chronicle", "HoustonChronicle.com") are grouped by a canonical key. Each group gets features that do
not depend on any particular outlet (how often and where it is mentioned, whether a domain on the
page spells it, whether it holds the copyright, …) and a logistic score; the best group wins when its
probability clears a threshold, otherwise the page states no clear brand and the answer is None.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence

from search.cleaning.acronyms import INITIALS_WORD_RE, acronym_letters, printed_expansion, spells
from search.cleaning.bylines import WIRE_AGENCIES
from search.cleaning.dates import day_and_month, find_dates, month_day_span
from search.cleaning.lang import _STOPWORDS
from search.cleaning.lines import Line
from search.cleaning.meta_common import logistic
from search.cleaning.meta_outlet_weights import OUTLET_BIAS, OUTLET_THRESHOLD, OUTLET_WEIGHTS
from search.cleaning.patterns import (
    CASE_TURN_RE,
    NAV_WORDS,
    PHRASE_OPENERS,
    RIGHTS_NOTICE,
    UI_WORDS,
    furniture_reason,
)
from search.cleaning.wordlists import is_given_name, is_place_name

MAX_LINES = 1500
"""Only this many non-blank lines are examined (head and tail of very long pages)."""


def _words(text: str) -> list[str]:
    return text.split()


_SUFFIX_SEP_RE = re.compile(r"\s+(?:[|–—·•:]{1,2}|-{1,2}|::)\s+")
_CLOSING_QUOTES = frozenset("»”\"’'“«")
"""Marks that close a quotation (also the reversed guillemet and opening quote some languages close with)."""
_TLD = (
    r"(?:(?:com?|org|net|gov|edu|ac)\.[a-z]{2}|com|net|org|info|news|eu|cat|online|media|press|blog|today|"
    r"(?!js\b|sh\b|rb\b|gz\b|ts\b|cs\b)[a-z]{2})"
)
"""A web address's last part: a generic ending, or a country's two letters (not a script's file ending)."""
_DOMAIN_RE = re.compile(
    r"(?<![\w@.-])(?:https?://)?(?:www\d?\.)?(?P<name>(?:[A-Za-z0-9][A-Za-z0-9-]{0,40}\.){1,2}" + _TLD + r")(?![\w-])",
)
_TLD_TAIL_RE = re.compile(r"\." + _TLD + r"$", re.IGNORECASE)
_COPYRIGHT_RE = re.compile(
    r"(?:©|\(c\)|\bcopyright\b)(?:\s*(?:©|\(c\)|\bcopyright\b))*\s*(?P<rest>.{2,160})", re.IGNORECASE
)
"""'© 2024 X', 'Copyright © X' and '© Copyright 2024 X'."""
_COPYRIGHT_AFTER_RE = re.compile(r"^(?P<name>.{2,60}?)\s*(?:©|\(c\))\s*(?i:copyright\s*)?(?:19|20)\d\d")
_YEARS_RE = re.compile(r"\b(?:19|20)\d\d\b(?:\s*[-–—/]\s*(?:19|20)?\d\d\b)?\s*[,.]?")
_CORP_RE = re.compile(
    r"(?:[,.]?\s+(?:inc|llc|l\.l\.c|ltd|limited|plc|gmbh|ag|sa|s\.a|s\.l|sarl|srl|spa|s\.p\.a|corp|corporation|co|"
    r"company|pvt|private|bv|nv|as|a/s|ab|oy|kg|se|a\.ş|gmbh & co\. kg|sp\. z o\.o|sp z o\.o|ggmbh|e\.v|"
    r"zrt|kft|nyrt|bt|s\.r\.o|spol\. s r\.o|a\.s|tbk|oü|aps|sas|ltda|bhd|sdn bhd|pty|d\.o\.o|doo|d\.d|s\.r\.l|"
    r"s\.l\.u|llp|partners|ltd\. şti|şti|jsc|pjsc|sia)\.?)+$",
    re.IGNORECASE,
)
_TAIL_RE = re.compile(
    rf"\s*(?:{RIGHTS_NOTICE}|rights reserved|derechos reservados|direitos reservados|diritti riservati|"
    r"droits réservés|著作権|무단전재|"  # in Japanese and Korean (no space before it)
    r"\||\s-\s|\s[·•]\s|–|—|\.\s|,\s|;|\s/\s|this material|terms|privacy|powered by|"
    r"(?:and/)?or (?:its|one of its) (?:affiliated companies|affiliates|subsidiaries|licensors)).*$",
    re.IGNORECASE,
)
_RIGHTS_LEAD_RE = re.compile(rf"^[\s.,:;-]*(?:{RIGHTS_NOTICE})[\s.,:;-]*", re.IGNORECASE)
"""A rights notice before the holder's name ('© 2020. Sva prava pridržana Večernji list d.o.o.')."""
_NAME_JOINERS = ("&", "and", "of", "de", "du", "la", "le", "der", "die", "das", "y", "e", "del", "des")
"""Small words a context's name may hold between its capitalised words ('Marks and Spencer', 'Corriere della …')."""
_NAME = (
    r"(?P<name>(?:[Tt]he |[Ll][ae] |[Ll]'|[Dd]ie |[Dd]er |[Dd]as |[Ee]l )?[A-Z0-9ÀÉÖÜ][\w.&'’!+-]*"
    r"(?: (?:[A-Z0-9ÀÉÖÜ][\w.&'’!+-]*|" + "|".join(_NAME_JOINERS) + r")){0,4})"
)
_NOT_AFTER_JOINER = "".join(f"(?<! {w})" for w in _NAME_JOINERS)
"""Not right after a name's joining word: the name then ends in it ('Audio & Podcasts', 'Lieblinge der Redaktion')."""
_CONTEXTS = [
    re.compile(p)
    for p in (
        # not the tail of a compound ('Star-Wars-Angeboten von Lego' are a shop's offers, not the site's)
        r"(?<![\w-])(?:(?i:more (?:from|on|at)|popular on|trending on|top stories on|also on)|"
        r"[Ff]ollow|[Ll]ike|[Ss]ubscribe to|[Ss]ign up for|[Aa]bout|[Cc]ontact|[Jj]oin|"
        r"[Ss]upport|[Dd]ownload|[Ww]elcome to|[Gg]o to|[Cc]onnect [Ww]ith|[Ss]tay [Cc]onnected [Ww]ith|"
        r"[Bb]ack to|[Vv]isit|[Ss]earch|[Ww]ork (?:at|for)|"
        r"[Aa]dvertise (?:on|with|in)|[Ff]eedback to|[Ss]hop|[Ee]rschienen (?:in|bei)|[Ss]uivez|[Ss]íguenos en|"
        r"[Ff]olge|[Ff]olgen [Ss]ie|[Ss]egui|[Vv]olg|[Ff]ölj|[Ff]ølg|"
        r"[Ll]og in with|[Ss]ign in with|[Ee]xplore|[Pp]lay|[Nn]achrichten (?:von|der)|[Nn]ews from|"
        r"[Nn]ewsletter (?:von|of|de|der)|(?:[Ll]a )?[Aa]pp (?:de|von|der)|[Aa]ngeboten? (?:von|der)|"
        r"[Ee]-?mails? from|[Ss]ign in to access|[Rr]etrouvez|[Aa]bonniere|[Nn]otifications from|"
        # 'About', 'Welcome to', 'Back to' and 'Visit' in other languages
        r"Über|À propos de|Acerca de|Sobre|Om|Informazioni su|Bienvenue sur|Bienvenid[oa] a|Willkommen bei|"
        r"Benvenut[oi] su|Welkom bij|Välkommen till|Velkommen til|Zurück zu|Retour à|Volver a|Torna a|Voltar para|"
        r"Besök|Besuchen Sie|Tipsa|SIGN UP FOR|SUBSCRIBE TO|FOLLOW|"
        # the site's note on its standards ('Why you can trust X', 'Pourquoi faire confiance à X')
        r"[Ww]hy (?:you can |you should |should you |to )?trust|[Pp]ourquoi (?:vous pouvez )?faire confiance à) "
        r"(?:the |THE |us on |US ON )?" + _NAME,
        r"(?<!\w)(?<!\b[Aa]uf )(?<!\b[Oo]n )(?<!\b[Ee]n )(?<!\b[Ss]ur )"  # 'Teilen auf Xing Teilen auf LinkedIn'
        r"(?:(?:[Gg]et|GET|[Dd]ownload|[Ii]nstall|[Tt]ry) )?"  # 'Get The Local App': the verb is no part of it
        + _NAME
        + _NOT_AFTER_JOINER  # the joining word makes the service part of a menu entry, not the name's
        + r" (?:(?:iPad |iPhone |Android |[Mm]obile )?[Aa]pp|[Nn]ewsletters?|[Ss]hop|[Ss]tore|[Ss]taff|[Tt]eam|"
        r"[Ee]ditors?|[Ii]nsider|[Pp]lus|[Pp]remium|"
        r"[Aa]rchives?|[Pp]odcasts?|[Rr]edaktion|[Rr]édaction|[Rr]edacción|"
        r"(?:on|auf|sur|en) (?:Facebook|Twitter|Instagram|WhatsApp|Whatsapp|YouTube|TikTok|Telegram|LinkedIn)|"
        r"[Ss]tartseite|[Hh]omepage|[Hh]ome [Pp]age|[Cc]rossword|[Ee]-?[Pp]aper|[Nn]ewsroom)\b",
        # the site's account of itself ('X is part of the Y Network', 'X is a daily newspaper'), not any 'X is a …'
        _NAME + r" (?:is|ist|est|es) (?:part of|Teil (?:der|des|von)|(?:a|an|ein|eine|une?) (?:[\w-]+ ){0,3}"
        r"(?:publication|newspaper|magazine|news (?:site|website|outlet|service)|Zeitung|Magazin|journal|quotidien))\b",
        r"\b[Ww]arum (?:Sie|du) (?:dem |der |den )?" + _NAME + r" vertrauen (?:können|kannst)\b",
        # 'WAZ-Newsletter', 'SN-Shop' (not 'Ski' in 'SN-Ski-Podcast')
        r"(?<![\w-])(?P<name>[A-Z][\w.&'’!+]*)-(?:[Nn]ewsletter|App|Abo|Digitalabo|Podcast|Redaktion|Shop|Archiv|Card)\b",
        r"\b(?:part of|a division of|published by|a publication of|edition of) (?:the )?" + _NAME,
        r"\b(?:©|\(c\)|[Cc]opyright)\s*(?:©\s*)?(?:(?:19|20)\d\d\s*(?:[-–]\s*(?:19|20)?\d\d\s*)?)?,?\s*"
        r"(?!(?:19|20)\d\d\b)" + _NAME,  # not the year itself ('Copyright © 2017. All rights reserved.')
    )
]
_LINK_VERB_CONTEXT = _CONTEXTS[0]
"""The context of a link that opens with a verb or preposition before the site's name ('Follow X', 'More from X')."""
_EDITION_TAIL_RE = re.compile(r"\s+(?:Daily|Weekly|Morning|Evening|Today|Briefing|Digest|Update)$")
"""The edition of a site's newsletter after its name ('Gothamist Daily', 'Sahel Wire Morning')."""
_POSSESSIVE_ON_RE = re.compile(r"(?<=['’]s) [a-z]")
"""A name with its possessive and the sentence going on ('… know about Nintendo’s first iPhone game'): prose naming
something, not a link to the site's page about itself."""
_CREDITED_BEFORE_RE = re.compile(r"\b[Bb]y (?:[\w&.'’-]+ ){0,2}$")
"""A credit's 'by' right before a name, or before the name it is coordinated with ('by KPF and ')."""
_STAFF_END_RE = re.compile(r"\b(?:[Ee]ditors?|[Ss]taff|[Tt]eam|[Nn]ewsroom|[Rr]edaktion|[Rr]édaction|[Rr]edacción)$")
"""The site's own people after its name ('Macworld's Editors', 'Daily Planet Staff')."""


_SUBJECT_BEFORE_RE = re.compile(r"[^\s.!?:|•·–—-] [A-Z][\w’'&.-]* $")
"""A capitalised word right before a context's verb written in lower case, after another word (not opening the
line, a sentence or a cell): the verb has a subject ('… Stewart Copeland join Choir! Choir! Choir!'), a sentence
and no link to the site's own page. A capitalised verb may be a title-case label ('Get Even More From Bustle')."""


_TWO_WORDS_BEFORE_RE = re.compile(r"\w[\w'’,]* [\w'’,]+ $")
"""Two words or more of the line before its 'About': a headline's or a sentence's preposition ('The Small Miracle You
Haven't Heard About …', 'Learn more about …'), not the label of a link to the site's page about itself ('About X',
'More About X'); of 162 such hits on the dev sets, none named the site."""


def _verb_inside_a_sentence(text: str, m: re.Match[str]) -> bool:
    """The verb or preposition of a link context ``m`` reads as part of a sentence or a headline, no link's label:
    a lower-case verb after its subject (see :data:`_SUBJECT_BEFORE_RE`), or 'About' after two words or more (see
    :data:`_TWO_WORDS_BEFORE_RE`)."""
    start = m.start()
    if text[start].islower() and _SUBJECT_BEFORE_RE.search(text, 0, start):
        return True
    return m.group(0)[:6].casefold() == "about " and _TWO_WORDS_BEFORE_RE.search(text, 0, start) is not None


def _credit_to_makers(text: str, m: re.Match[str]) -> bool:
    """The context ``m`` follows a credit's 'by' ('Rendering of the tower by KPF and ParkFowler Plus'): the makers of
    a picture, not a service of the site; the site's own people ('Picked by Macworld's Editors') still name it."""
    return bool(_CREDITED_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())) and not _STAFF_END_RE.search(
        m.group(0)
    )


_PROSE_CONTEXT = re.compile(
    r"(?:\[[ xX*]?\]\s*)?" + _NAME + r" (?:would like to|is supported by|is published|respects your privacy|"
    # 'X uses cookies' in the languages of the pages read ('L'Ara.cat utilitza "cookies"')
    r"(?:uses|utilise|utiliza|usa|verwendet|nutzt|utilitza|gebruikt|använder|bruker|bruger|używa|používá|"
    r"utilizează) (?:de |des |les |els |plików )?[\"“”«»']?(?:[Cc]ookies?|cookie-uri)|"
    r"is (?:a|an|the) (?:[\w-]+ ){0,3}(?:publication|newspaper|magazine|news (?:site|website|outlet|service)))\b"
)
"""Privacy and cookie notices that start with the site's name ('X uses cookies', 'X would like to keep you …'), and
the site's account of itself ('X is a daily publication covering …')."""
_MATERIALS_RE = re.compile(
    r"\b[Aa]ll " + _NAME + r" (?:materials?|content|articles|stories) (?:(?:are|is) )?(?:©|\(c\)|[Cc]opyright)"
)
"""The site's notice over its own content ('All Times Union materials copyright 1996-2008, Capital Newspapers …')."""
_TRADEMARK_RE = re.compile(r"[\"“](?P<name>[^\"“”]{2,60})[\"”] is a (?:registered )?trademark\b")
"""The site's notice on its own name, quoted ('"Daily Star" is a registered trademark. All rights reserved.'); an
unquoted name in such a notice is as often a sister brand or an index ('CBS Sports is a trademark of …')."""
_AFFILIATE_RE = re.compile(
    r"(?:^|[.!?]\s+)(?:(?:[Aa]ffiliate |[Ss]ome )?(?:links|purchases|sales) (?:on|from|through) )?"
    + _NAME
    + r" (?:may|might|can|could|will) (?:earn|receive|collect) (?:us )?(?:a |an )?(?:small )?"
    r"(?:affiliate |referral )?(?:commissions?|compensation|portion|share|fees?|revenue)\b"
)
"""A shopping disclaimer naming the site, anywhere in a line ('… Rights. X may earn a portion of sales')."""

_STAFF_BIO_RE = re.compile(
    r"\b(?:is|has been) (?:an?|the) (?:[\w-]+ ){0,4}(?:reporter|correspondent|writer|editor|journalist|columnist|"
    r"producer|contributor|critic|analyst)s? (?:for|at|with) " + _NAME
)
_TOLD_RE = re.compile(
    r"\b(?:told|explained to|confirmed to|said to|wrote to|speaking to|in an interview with|in a statement to|"
    r"a request for comment from) " + _NAME
)
"""The site as the one a source speaks to ('… said Saikat Ray, VP analyst at Gartner, told TechCrunch'); counted
only for a name told twice or more, since a story may cite one interview a broadcaster got."""
TOLD_MIN = 2


def _surname_on_page(name: str, page: str) -> bool:
    """True when ``page`` also writes ``name`` after a given name ('Larry Page' … 'told Page'): a person."""
    return any(is_given_name(m.group(1)) for m in re.finditer(r"(\w+) " + re.escape(name) + r"\b", page))


_COVERS_BIO_RE = re.compile(r"\b(?:covers|writes|reports|blogs) (?:[\w’'-]+ ){0,5}?for " + _NAME)
"""An author's note naming the site ('X is a breaking news reporter for NBC News.', 'X covers the Toronto Raptors
for Hoopsworld'); a former employer is told in the past tense."""

_SMALL = frozenset(_words("the of and & de du la le l' des el en on in for y e del der die das di da do dos i a und "))
_GENERIC = NAV_WORDS | frozenset(
    _words(
        "us me my your facebook twitter instagram youtube linkedin pinterest google tiktok whatsapp telegram rss "
        "email e-mail this our all privacy terms cookies advertisement anzeige werbung reklama publicidad "
        "publicité pubblicità ads ad adchoices close cerrar schließen fermer menü suche buscar rechercher share teilen "
        "compartir partager partilhar compartilhar condividi delen dela del jaa udostępnij paylaş sdílet "
        "print mail app apps shop store help faq imprint impressum kontakt datenschutz "
        "sitemap archive archiv abonnieren assine abonnez suscríbete inicio accueil startseite portada capa "
        "edition editions edição edición edizione ausgabe "
        "the a an it we you they he she i iphone android apple amazon kindle ios windows "
        "sponsored partner partners deals jobs careers events media press "
        "policy submit opens donate notice act what or re fw fwd aw "
        "life style food money autos cars motoring music books arts education environment climate "
        "rights reserved riproduzione riservata derechos reservados droits réservés vorbehalten "
        "article articles artikel artikkel artículo articolo artigo profile profil perfil profilo "
        # a section's name in the page's language, as NAV_WORDS has them in English
        "politik kultur wirtschaft fußball fussball meinung gesellschaft wissen lokales nachrichten "
        "politique économie société actualités política cultura economía sociedad deportes opinión noticias "
        "politica economia esteri cronaca spettacoli notizie esportes desporto notícias "
        "politiek cultuur economie binnenland buitenland nieuws politikk økonomi nyheter nyheder innenriks "
        "utenriks indland udland gündem ekonomi siyaset "
    )
)
_GENERIC = (
    _GENERIC
    | frozenset(w for ws in _STOPWORDS.values() for w in ws.split())
    | frozenset(_words("main by mehr más plus più mais with von für menu menü navigation "))
    # pronouns, adverbs of place and time, interface verbs and legal forms: never a brand on their own
    | frozenset(
        _words(
            "je tu nous vous ils elles ich du wir ihr yo tú nosotros here there ici là hier dort aquí "
            "now jetzt maintenant ahora ora agora "  # 'Play Now', 'Jetzt abonnieren': a button's adverb
            "open close load charger laden cargar reply répondre antworten responder "
            "síguenos síganos seguinos seguici suivez folgen folge xing "
            "limited inc ltd llc gmbh corp corporation company plc "
            # settings, consent, 'top', 'home', 'news' and 'latest' in other languages and scripts
            "settings einstellungen réglages paramètres ajustes impostazioni configurações inställningar "
            "innstillinger indstillinger consent choices homepage トップ ホーム ニュース 뉴스 홈 mới nhất trang chủ "
            # 'like', 'reply', 'share', 'comments', 'log in', 'home' in Portuguese and Chinese
            "curtir curta 回复 分享 评论 登录 注册 首页 返回 "
            # sections in Chinese, Japanese and Korean: news, live, politics, economy, society, world, military,
            # sport, entertainment, technology, culture, video
            "新闻 新聞 资讯 时政 直播 政治 经济 經濟 経済 财经 社会 社會 国际 國際 国際 国内 "
            "军事 軍事 体育 體育 娱乐 科技 文化 视频 スポーツ 정치 경제 사회 국제 스포츠 연예 "
            # a picture's label, and a web-analytics pixel's alt text
            "foto fotos photo photos imagen imagem image images picture dcsimg "
        )
    )
)
_UI = frozenset(
    [
        "undo",
        "back",
        "next",
        "previous",
        "close",
        "ok",
        "yes",
        "no",
        "show",
        "hide",
        "top",
        "bottom",
        "loading",
        "read",
        "watch",
        "listen",
        "follow",
        "folge",
        "folgen",
        "suivez",
        "segui",
        "seguici",
        "síguenos",
        "volg",
        "följ",
        "følg",
        "sign",
        "log",
        "click",
        "view",
        "comments",
        "comment",
        "share",
        "print",
        "subscribe",
        "download",
        "login",
        "account",
        "password",
    ]
)
_CASELESS = "\u0590-\u06ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0e7f"
"""Scripts without capital letters (Hebrew, Arabic, Japanese kana, CJK, Hangul, Thai): any word may be a name."""
_BRAND_TOKEN_RE = re.compile(
    r"^\d{1,2}/\d{1,2}$|^[A-Z0-9À-ÖØ-ÞĀ-ŽА-ЯЁЄІЇЎΑ-Ω][\w.&'’!+-]*$|^[" + _CASELESS + r"][\w.&'’!+-]*$|"
    r"^[a-z0-9][a-z0-9]*[A-Z0-9][\w.]*$|^[a-z0-9-]+\.[a-z.]{2,6}$"
)
_BYLINE_WORDS = frozenset(["by", "von", "par", "por", "di", "door", "przez", "av"])
"""Words that open a byline."""
_WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)
_LOWER_WORD_RE = re.compile(r"(?<![\w./@-])[^\W\d_A-ZÀ-ÖØ-Þ]{3,}(?![\w./@-])")
"""A lower-case word of prose, not part of an address or a domain."""


_WWW_RE = re.compile(r"^(?:https?://)?(?:www\d?\.)")
"""A URL scheme and ``www.`` in front of a host name."""
_HOST_PREFIX_RE = re.compile(
    r"^(?:cdn\d*|img\d*|images?|static\d*|media|assets|m|amp|mobile)\.(?=[a-z0-9-]+\.[a-z.]+$)", re.IGNORECASE
)
"""Infrastructure host names in front of a site's domain ('cdn.motor1.com' is motor1.com)."""


@functools.lru_cache(maxsize=16384)
def canon(name: str) -> str:
    """Comparison key: casefolded, accents, a leading article, a TLD, punctuation and spaces dropped."""
    t = unicodedata.normalize("NFKD", name.strip().casefold())
    t = "".join(c for c in t if not unicodedata.combining(c))
    t = _WWW_RE.sub("", t)
    t = _HOST_PREFIX_RE.sub("", t)
    bare = _TLD_TAIL_RE.sub("", t)
    if bare != t and (len(re.sub(r"[\W_]+", "", bare)) < 3 or bare in _GENERIC):
        bare = t  # "AL.com", "About.com": the domain is the name, its first label alone is a common word
    t = bare.replace("&", " and ")
    t = re.sub(r"^(?:the|le|la|l'|die|der|das|el)\s+", "", t)
    return re.sub(r"[\W_]+", "", t)


_MONTH_YEAR_RE = re.compile(r"^[^\W\d_]+\.?\s+(?:19|20)\d\d$")
"""'Juni 2016', 'March 2020': an archive month, not a name."""


_ARTICLE_WORD_RE = re.compile(r"^The [A-Z][a-z]+$")
"""A capitalised word after 'The' ('The Local'): a name, though the word alone is a menu's ('Local')."""


@functools.lru_cache(maxsize=16384)
def brand_like(text: str) -> bool:
    """True for a short name-shaped string ('The Berkshire Eagle', 'CNNMoney', 'sputniknews.com')."""
    t = text.strip()
    tokens = t.split()
    if not 1 <= len(tokens) <= 6 or len(t) > 48 or len(t) < 2:
        return False
    low = t.lower()
    if (
        low in NAV_WORDS
        or low in _GENERIC
        or find_dates(t)
        or month_day_span(t)
        or day_and_month(t)
        or _MONTH_YEAR_RE.match(t)
    ):
        return False
    if furniture_reason(t) and not _DOMAIN_RE.fullmatch(t):
        return False
    if any(tok.lower().strip(".,:!") in _UI for tok in tokens) and not (len(tokens) > 1 and tokens[0].endswith("!")):
        return False  # ('OK! Magazine' is a title with its exclamation mark, not an OK button)
    if all(tok.lower() in _GENERIC or tok.lower() in NAV_WORDS for tok in tokens) and not _ARTICLE_WORD_RE.match(t):
        return False
    if not re.search(r"[^\W\d_]{2}", t) and not t.isupper():
        return False
    if t[-1] in ",:;(" or t[0] in "-–—(,.:;":
        return False
    if len(tokens) >= 2 and tokens[0].lower() in _BYLINE_WORDS:
        return False  # a byline ('By Jane Doe'), not a brand
    caps = 0
    for tok in tokens:
        if tok.lower() in _SMALL:
            continue
        if not _BRAND_TOKEN_RE.match(tok):
            return False
        caps += 1
    return caps >= 1 and tokens[-1].lower() not in _SMALL - {"&"}


_MASTHEAD_RE = re.compile(r"^(?:[ldLD]['’])?[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:['’&-][^\W\d_]+)?(?: (?:&|[^\W\d_]+)){0,3}$")


def masthead_like(text: str) -> bool:
    """A short name line at the very top that :func:`brand_like` refuses for its small words or elision
    ('Mein schöner Garten', "l'Opinion"), but no menu word, date or sentence."""
    t = text.strip()
    if len(t) > 32 or not _MASTHEAD_RE.match(t):
        return False
    low = t.lower()
    tokens = low.split()
    if low in NAV_WORDS or any(tok in _UI or tok in NAV_WORDS or tok in _GENERIC for tok in tokens):
        return False
    return not furniture_reason(t)  # 'Direkt zum Inhalt': the skip link to the content


COMPANY_PREFIXES = ("PT", "ООО", "ОАО", "АО", "ЗАО", "ТОВ")
"""Company forms written before the name ('PT Tempo Inti Media', 'ООО «УП Медиа Плюс»')."""
_HOLDER_LEAD_RE = re.compile(
    r"^(?:(?:جميع )?الحقوق محفوظة (?:ل|لـ)\s*(?:مؤسسة|شركة|جريدة|صحيفة|موقع)?\s*|"
    r"(?:Internet|Online|Web)?[Rr]edaktion(?: der| des| von)? (?=[A-ZÄÖÜ])|"
    rf"(?:{'|'.join(COMPANY_PREFIXES)})(?: +(?=[\"«„“]?[A-ZА-ЯЁІЇЄ])|(?=[\"«„“])))"
)
"""Words before the holder's name: 'الحقوق محفوظة لمؤسسة X' (rights reserved to the house X), 'Internetredaktion X'."""


_DOTTED_CORP_RE = re.compile(
    r"(?<=\w)\s+(?:sp\.\s?z\s?o\.\s?o\.?|spol\.\s?s\s?r\.\s?o\.?|s\.\s?r\.\s?o\.?|s\.\s?p\.\s?a\.?|s\.\s?a\.?|"
    r"a\.\s?s\.?|e\.\s?v\.?|d\.\s?o\.\s?o\.?)(?:\s+(?:s\.\s?k\.\s?a|sp\.\s?k|sp\.\s?j)\.?)?(?=[\s,;|]|$)",
    re.IGNORECASE,
)
"""Company forms written with full stops ('Sp. z o.o. S.K.A.', 'spol. s r.o.', 'S.p.A.', 'e.V.'), which the
holder's tail would otherwise be cut at."""


@functools.lru_cache(maxsize=8192)
def copyright_holder(text: str) -> str | None:
    """'© 2019 Sputnik. All rights reserved' -> 'Sputnik'; corporate suffixes are dropped."""
    m = _COPYRIGHT_RE.search(text[:300])
    m2 = _COPYRIGHT_AFTER_RE.match(text[:300])
    if m and (_glued_picture_credit(text, m) or _PICTURE_LABEL_BEFORE_RE.search(text, 0, m.start())):
        return None
    if m and not (m2 and _ONLY_YEARS_RE.match(m.group("rest"))):
        rest = m.group("rest")
    elif m2:  # 'Anadolu Ajansı © 2026', 'X.gl © Copyright 2024. All rights reserved.': the name comes first
        rest = m2.group("name")
    else:
        return None
    rest = _UNFILLED_YEAR_RE.sub("", _YEARS_RE.sub(" ", rest))
    rest = _without_glued_links(rest)
    rest = re.sub(r"^\s*(?:by|©|\(c\))\s+", "", rest.strip(), flags=re.IGNORECASE)
    rest = _HOLDER_LEAD_RE.sub("", _RIGHTS_LEAD_RE.sub("", rest))
    rest = _DOTTED_CORP_RE.sub(" | ", rest)  # the holder ends there, not at its full stops: 'X Sp. z o.o. S.K.A.'
    rest = _TAIL_RE.sub("", rest).strip()
    rest = re.sub(r"\s*\([^)]*\)", "", rest)
    rest = re.sub(r"\s+(?:a|an)\s+[A-Z][\w&.' -]*\s+(?:company|brand|business)\b.*$", "", rest, flags=re.IGNORECASE)
    site, slash, company = rest.partition("/")
    if slash and "/" not in company and brand_like(site) and brand_like(company) and not company.isupper():
        rest = site.strip()  # 'RedState.com/Salem Media': the site, then its company (but 'RFE/RL' is one name)
    prev = None
    while prev != rest:
        prev = rest
        rest = _CORP_RE.sub("", rest).strip(" ,.")
        rest = _YEARS_RE.sub(" ", rest).strip(" ,.-–©")
    rest = " ".join(rest.split())
    if _CONNECTOR_LEAD_RE.match(rest):
        return None  # 'Copyright and Trade Mark Notice': a link to the site's notices, no holder
    return rest if rest and (brand_like(rest) or _lower_tail_brand(rest)) else None


_UNFILLED_YEAR_RE = re.compile(r"^\s*0\s+(?=\S)")
"""A year the page's script never filled in ('© 0 Reuters. All Rights Reserved.')."""
_CONNECTOR_LEAD_RE = re.compile(r"^(?:and|or|&|und|et|y|e|of)\s")
"""A small word that joins names, opening what follows a copyright sign: the rest of a link's label."""


_PICTURE_LABEL = (
    r"(?:foto|fotos|photo|photos|photograph|photography|fotografia|fotografía|fotografie|bild|picture|image|imagen|"
    r"credit|credits|crédit|crédito)"
)
"""The words that label a picture's credit ('Foto:', 'Photo', 'Credit')."""
_PICTURE_LABEL_BEFORE_RE = re.compile(rf"\b{_PICTURE_LABEL}\s*:?\s*$", re.IGNORECASE)
"""A picture's label right before the copyright sign ('… an ihrem Arbeitsplatz. Bild © Roman Warschauer (hr)',
'Photo: © Jane Roe'): the picture's owner, not the site's."""


def _glued_picture_credit(text: str, m: re.Match[str]) -> bool:
    """A '©' glued to the end of a caption with no year after it names the picture's owner ('… a serene love'© Gotham',
    '(Photo by Jane Roe/Agency)© Agency'), not the site's."""
    return (
        m.group(0)[:1] == "©"
        and m.start() > 0
        and not text[m.start() - 1].isspace()
        and not _YEARS_RE.match(m.group("rest").lstrip("© "))
    )


_GLUED_LINKS_RE = re.compile(
    r"(?<=[a-zà-öø-ÿ])(?=(?P<first>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)(?P<second>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+))"
)
"""Where a lower-case letter runs straight into two capitalised words glued together: footer links run into each
other ('WelleDatenschutzImpressum'), where a brand's camel case has one ('NYDailyNews.com')."""


def _without_glued_links(rest: str) -> str:
    """The notice's text up to the footer links the text browser glued to it ('Deutsche WelleDatenschutzImpressum'
    -> 'Deutsche Welle'): cut where a word runs into two glued link words (``_GENERIC``), not inside a name written
    in camel case ('WinFuture', 'NYDailyNews.com')."""
    for m in _GLUED_LINKS_RE.finditer(rest):
        if m.group("first").casefold() in _GENERIC and m.group("second").casefold() in _GENERIC:
            return rest[: m.start()]
    return rest


def _title_before_sign(text: str) -> str | None:
    """The title printed before a notice that names its publisher ('Psychology Today © 1991-2016 Sussex Publishers,
    LLC'): the site's own name, beside the company's."""
    m = _COPYRIGHT_AFTER_RE.match(text[:300])
    if m is None:
        return None
    name = m.group("name").strip(" |·•-–—")
    return name if brand_like(name) and len(name.split()) <= 4 else None


_ONLY_YEARS_RE = re.compile(
    r"^(?:(?:©|\(c\)|copyright)\s*)*(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?\s*(?:$|\.(?:\s|$)|\|)", re.I
)
"""The rest of a notice that holds only its years ('© 2026', '© Copyright 2024. All rights reserved.')."""


def _lower_tail_brand(text: str) -> bool:
    """A holder whose later words are lower case, as names are written in many languages ('Украинская правда',
    'Gazeta pomorska'): the first word has a capital and :func:`brand_like` takes it alone."""
    tokens = text.split()
    return (
        2 <= len(tokens) <= 3
        and text[0].isupper()
        and brand_like(tokens[0])
        and all(t.isalpha() and t.islower() for t in tokens[1:])
    )


_LOGO_RE = re.compile(
    r"^\[?(?:(?P<name>[^\[\]]{2,40}?)[\s_-]+(?i:logo)|(?i:logo)(?:\s*[:–-]\s*|\s+)(?i:(?:of|der|des|de la|du|de)\s+)?"
    r"(?P<after>[^\[\]:]{2,40}?))\]?"
    r"(?:\s*[-–|]\s*(?i:home|homepage|startseite|accueil|inicio|zur startseite))?$"
)
"""A masthead image's alt text: 'Haustiermagazin Logo', 'Logo: X', 'Logo der Ärzte Zeitung', 'X Logo - Home'."""
_LOGO_FILE_RE = re.compile(r"^\[(?P<name>[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ0-9]{2,30})[_-](?i:logo)(?:[_-][\w-]*)?\]")
"""A masthead image printed as its file name: '[Industriemagazin_logo_4357…] Ein Magazin der …'."""
_DOUBLED_RE = re.compile(r"^(?P<name>\S.{1,88}?)\s*(?P=name)$", re.IGNORECASE)
_CREDIT_RE = re.compile(
    r"(?:^|[(\[]|[,;]\s|(?:[Pp]hoto|[Ii]mage|[Ff]oto|[Bb]ild|[Cc]redit)s?:?\s)\s*"
    r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}\s?/\s?(?P<name>[A-Z][\w.&'’!-]*(?: [A-Z][\w.&'’!-]*){0,3})\s*(?:[)\]]|$)"
)

_DATELINE_RE = re.compile(
    r"^(?P<name>[A-Z][\w.&'’!-]*(?: [A-Z][\w.&'’!-]*){0,3})(?:, [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)?"
    r" \((?P<paren>[A-Z][\w.&'’ -]{1,30})\)\s*"
    r"(?:(?P<dash>[-–—])|[Ff]irst published|[Uu]pdated|[Pp]ublished)"
)
"""A dateline credit at the start of a line: 'CNNMoney (New York) First published …' names the brand first,
'BERLIN (dpa) -' and 'MANILA, Nov. 24 (Xinhua) --' in brackets after the place (and the day)."""
_CORP_WORDS = frozenset(
    _words(
        "holdings holding media publications publishing publishers group grupo gruppe groupe verlag verlage "
        "verlagsgruppe associados ventures communications interactive network networks enterprises newspapers "
        "medien médias broadcasting corporation company companies inc llc ltd gmbh limited plc digital internet "
        "editora editorial éditions edizioni ediciones edições mediengruppe medienhaus entertainment newspaper "
        # Greek company forms ('ΑΛΤΕΡ ΕΓΚΟ Α.Ε.')
        "α.ε ε.π.ε μ.ε.π.ε ο.ε ι.κ.ε"
    )
)
"""Words of a publisher company's name ('NYP Holdings', 'Vox Media'), rarely of the brand printed on the page."""


def _merge_glued_article(cands: dict[str, _Cand]) -> None:
    """'TheHuffingtonPost.com' is 'The Huffington Post': a key that is another's with a glued leading 'the'
    joins that candidate (its forms and evidence pooled)."""
    for key in [k for k in cands if k.startswith("the") and k[3:] in cands]:
        src, dst = cands.pop(key), cands[key[3:]]
        dst.forms.update(src.forms)
        dst.feats.update(src.feats)
        dst.first = min(dst.first, src.first)
        dst.edge += src.edge
        dst.masthead |= src.masthead


_LOWER_NAME_RE = re.compile(r"^[a-zà-öø-ÿ][\w.'’-]*(?: [\w.'’-]+){0,2}$")
"""A name of one to three words that starts in lower case ('taz', 'der Freitag')."""


def _page_domains(nonblank: Sequence[Line], examined: Iterable[int]) -> dict[int, list[str]]:
    """The web addresses on each examined line (by position in ``nonblank``)."""
    found: dict[int, list[str]] = {}
    for k in examined:
        text = nonblank[k].text[:400]
        if "." in text:
            doms = [m.group("name") for m in _DOMAIN_RE.finditer(text)]
            if doms:
                found[k] = doms
    return found


def _lower_site_names(domains: Iterable[str]) -> Callable[[str], bool]:
    """A test for names written in lower case that the page's web addresses (``domains``) spell ('taz' beside
    taz.de, 't-online' beside t-online.de, 'der Freitag' beside freitag.de): :func:`brand_like` wants a capital,
    and a lower-case word is only a brand when a domain on the page says so."""
    labels = {label for dom in domains if len(label := canon(dom)) >= 3 and label not in _GENERIC}

    def lower_site_name(text: str) -> bool:
        t = text.strip()
        return bool(labels) and len(t) <= 30 and bool(_LOWER_NAME_RE.match(t)) and canon(t) in labels

    return lower_site_name


def _in_menu(nonblank: Sequence[Line], k: int) -> bool:
    """True when line ``k`` sits among other one- to three-word lines (a menu), not alone like a masthead."""
    near = [nonblank[i] for i in (k - 2, k - 1, k + 1, k + 2) if 0 <= i < len(nonblank)]
    return sum(1 for ln in near if ln.words <= 3) >= 3


def _publisher_core(holder: str) -> str | None:
    """The brand inside a publisher's name: 'JUNGE FREIHEIT Verlag' -> 'JUNGE FREIHEIT', 'Grupo La Razón' ->
    'La Razón'; None when the name has no corporate word at either end."""
    toks = holder.split()
    lo, hi = 0, len(toks)
    while hi - lo > 1 and toks[hi - 1].casefold().strip(".,&") in _CORP_WORDS:
        hi -= 1
    while hi - lo > 1 and toks[lo].casefold() in _CORP_WORDS:
        lo += 1
    while hi - lo > 1 and toks[hi - 1].casefold() in _SMALL:
        hi -= 1
    if (lo, hi) == (0, len(toks)):
        return None
    core = " ".join(toks[lo:hi])
    return core if brand_like(core) else None


def brand_in_logo_file(text: str) -> str | None:
    """The brand in a logo image's file name ('[Industriemagazin_logo_4357…]'), else None. Only the masthead's
    counts: the article's own images ('[UFDG-logo-jpg]') are named the same way."""
    m = _LOGO_FILE_RE.match(text.strip())
    return m.group("name") if m and brand_like(m.group("name")) else None


def brand_in_logo(text: str, name_ok: Callable[[str], bool] = brand_like) -> str | None:
    """The brand named by a masthead image or a doubled masthead line: '[CNNMoney-logo]', 'FiveThirtyEight
    FiveThirtyEight', 'Observer Observer Logo'; else None. ``name_ok`` tells a name (default :func:`brand_like`)."""
    t = _GLUED_LOGOS_RE.split(text.strip(), maxsplit=1)[0]  # 'X LogoOwner Group Logo': the first is the masthead
    doubled = False
    while (m := _DOUBLED_RE.match(t)) is not None:  # 'Logo X Logo X': the logo's alt text printed twice
        t, doubled = m.group("name").strip(), True
    m = _LOGO_RE.match(t)
    if m:
        t = (m.group("name") or m.group("after")).strip(" -_")
    logo = m is not None
    while (m := _DOUBLED_RE.match(t)) is not None:  # printed twice, or four times: 'XX XX'
        t, doubled = m.group("name").strip(), True
    if not doubled and not logo:
        return None
    t = _APP_TAIL_RE.sub("", t) or t  # 'Humor Times AppHumor Times App': the app's link beside the masthead
    if logo and doubled and t.isalpha() and t.islower() and len(t) >= 2 and t not in _GENERIC:
        return t  # 'taz logo taz logo': a lower-case masthead, its logo's alt text printed twice
    return t if name_ok(t) or (logo and _lower_head_brand(t)) else None


_GLUED_LOGOS_RE = re.compile(r"(?<=\s[Ll]ogo)(?=[A-Z])")
_APP_TAIL_RE = re.compile(r"(?<=\w)\s+(?:App|APP|app)$")


def _lower_head_brand(text: str) -> bool:
    """A name a logo's alt text spells with a lower-case first word and capitals after it ('junge Welt', 'der
    Freitag'), as some mastheads are written."""
    tokens = text.split()
    return (
        2 <= len(tokens) <= 3
        and tokens[0].isalpha()
        and tokens[0].islower()
        and all(tok[:1].isupper() for tok in tokens[1:])
        and brand_like(text[0].upper() + text[1:])
    )


_PLACEHOLDER_RE = re.compile(r"\[[\w.-]*\d[\w.-]*\]|\[[a-z][\w.-]*\]")
"""A picture the text browser shows by its file's name ('[arrow2]', '[ico]'): no words of the page."""
_SEG_RE = re.compile(r"\s+[|–—:»›·•/-]\s+|[|»›·•,;:()\[\]„“”\"]|\s{2,}")


def _runs(seg: str) -> list[str]:
    """Maximal runs of capitalised tokens (small connectors allowed inside), at most 4 tokens."""
    toks = seg.split()
    out: list[str] = []
    cur: list[str] = []
    for tok in [*toks, ""]:
        if tok and (_BRAND_TOKEN_RE.match(tok) or (cur and tok.lower() in _SMALL)):
            cur.append(tok)
            continue
        while cur and cur[-1].lower() in _SMALL:
            cur.pop()
        if cur and len(cur) <= 4:
            run = " ".join(cur)
            if brand_like(run):
                out.append(run)
        cur = []
    return out


def _coordinated(name: str) -> list[str]:
    """Two names of two words or more joined by 'and' ('Subscribe to Daily Mirror and Sunday Mirror newspapers'),
    each on its own; one name with 'and' inside stays whole ('Marks and Spencer', 'Town and Country')."""
    left, sep, right = name.partition(" and ")
    if sep and len(left.split()) >= 2 and len(right.split()) >= 2:
        return [left, right]
    return [name]


def strip_corporate(name: str) -> str:
    """A company name without its legal form ('Utopia GmbH' -> 'Utopia', 'Raw Story Media, Inc.' -> 'Raw Story
    Media', 'Polityka Sp. z o.o. S.K.A.' -> 'Polityka', '株式会社日本経済新聞社' -> '日本経済新聞': a Japanese
    newspaper company is named by its paper)."""
    name = _CORP_RE.sub("", _DOTTED_CORP_RE.sub("", name)).strip(" ,.")
    if "社" in name:
        name = _JA_CORP_RE.sub("", name)
    return name


_JA_CORP_RE = re.compile(r"^株式会社\s*|\s*株式会社$|(?<=新聞)社$")


_LOWER_ARTICLE_RE = re.compile(
    r"^(?:the|der|die|das|des|dem|den|le|la|les|el|los|las) (?=[A-ZÀ-ÖØ-Þ0-9]\S* [A-ZÀ-ÖØ-Þ])"
)


_INITIALS_RE = re.compile(r"^(?:[A-Z]\.){2,}$")
"""A name of dotted initials ('F.A.Z.'), whose last dot is its own."""


_GLUED_FOOTER_LINK_RE = re.compile(
    r"(?<=[a-z])(?:About|Contact|Advertise|Privacy|Terms|Help|Careers|Jobs|Subscribe|Home|Newsletters?|Sitemap|"
    r"Impressum|Imprint|Kontakt)\b.*$"
)
"""A footer link glued to the name before it ('About EngadgetAbout our Ads'): the link is no part of the name."""


_TRAILING_SMALL_WORD_RE = re.compile(r"\s+(?:on|in|at|for|" + "|".join(_NAME_JOINERS) + r")$")
"""A preposition or joining word a context's name ends in ('Follow Marks and', 'Sign up for')."""
_RIGHTS_OPENING_RE = re.compile(r"\s+(?:All(?: Rights)?|ALL(?: RIGHTS)?|Alle(?: Rechte)?|Tous|Todos|Tutti)$")
"""The opening words of a rights notice the name's five words ran into ('© 2019 Notice Support Center All Rights
Reserved' gives 'Notice Support Center All Rights')."""


def _strip_name(name: str) -> str:
    """A context's name without the punctuation, small words and articles around it, and corporate forms."""
    name = name.strip(" ,:;!'’\"")
    if _INITIALS_RE.match(name):
        return name
    name = name.strip(" .,:;!'’\"")
    name = _GLUED_FOOTER_LINK_RE.sub("", name)
    name = _TRAILING_SMALL_WORD_RE.sub("", _RIGHTS_OPENING_RE.sub("", name))
    name = re.sub(r"'s$|’s$", "", name)
    name = _LOWER_ARTICLE_RE.sub("", name)  # 'App der Freie Presse': the article is the sentence's, not the brand's
    # "X Photo Staff" credits X's photo desk; 'SIGN UP FOR THE X NEWSLETTER' names X
    name = re.sub(r"\s+(?:[Pp]hotos?|[Vv]ideos?|[Nn]ewsletters?|NEWSLETTERS?)$", "", name)
    return strip_corporate(name)


FEATURES = (
    "copyright",
    "suffix",
    "suffix_rep",
    "domain_eq",
    "domain_part",
    "context",
    "standalone_top",
    "standalone_bottom",
    "standalone_mid",
    "nav_prefix",
    "mentions",
    "prose_share",
    "first_pos",
    "tokens1",
    "allcaps",
    "generic",
    "author",
    "domain_only",
    "long",
    "person_like",
    "ngram",
    "sources",
    "top_dom",
    "edge_lines",
    "whole_seg",
    "in_title",
    "prose_mentions",
    "logo",
    "credit",
    "corp_word",
    "copy_only",
    "dateline",
    "menu_share",
    "copy_core",
    "first_line",
    "unprinted",
    "lower_word",
    "told",  # unweighted: only exempts a name sources speak to from the story-only test
)


class _Cand:
    __slots__ = ("edge", "feats", "first", "forms", "key", "masthead")

    def __init__(self, key: str, first: int) -> None:
        self.key = key
        self.first = first
        self.edge = 0
        self.forms: Counter[str] = Counter()
        self.feats: Counter[str] = Counter()
        self.masthead: set[str] = set()
        """Spellings printed as the page's first name line or at the top on their own."""


MAX_MIDDLE_NOTICES = 3
"""Copyright lines read between the page's edges (more are pictures' credits)."""


def outlet_candidates(
    lines: Sequence[Line],
    title_suffix: str | None = None,
    authors: Sequence[str] | None = None,
    title: str | None = None,
) -> list[tuple[str, dict[str, float]]]:
    """Candidate brand names with their feature vectors (display form, features)."""
    nonblank = [ln for ln in lines if ln.text]
    if len(nonblank) > MAX_LINES:
        nonblank = nonblank[: MAX_LINES // 2] + nonblank[-MAX_LINES // 2 :]
    n = len(nonblank)
    cands: dict[str, _Cand] = {}

    def add(name: str, feat: str, w: float = 1.0, form_w: int = 1) -> _Cand | None:
        name = _HOST_PREFIX_RE.sub("", " ".join(name.split()))
        key = canon(name)
        if key in _GENERIC and _ARTICLE_WORD_RE.match(name):
            key = "the" + key  # 'The Local': a common word with its article is a name
        if len(key) < 2 or key in _GENERIC or len(key) > 40:
            return None
        c = cands.get(key)
        if c is None:
            c = cands[key] = _Cand(key, cur[0])
        if cur[1]:
            c.edge += 1
        c.forms[name] += form_w
        c.feats[feat] += w
        if feat in ("standalone_top", "first_line"):
            c.masthead.add(name)
        return c

    domains: Counter[str] = Counter()
    suffix_seen: Counter[str] = Counter()
    first_tokens: Counter[str] = Counter()
    cur = [0, False]
    first_line_seen = False
    if n <= 2 * EDGE_LINES:
        examined: Sequence[int] = range(n)
    else:  # the page's edges, and a dated copyright line between them (a footer with more page under it; a
        # picture's credit has no year)
        middle = [
            k
            for k in range(EDGE_LINES, n - EDGE_LINES)
            if "©" in nonblank[k].text[:400] and _YEARS_RE.search(nonblank[k].text[:400])
        ]
        examined = [*range(EDGE_LINES), *middle[:MAX_MIDDLE_NOTICES], *range(n - EDGE_LINES, n)]
    line_domains = _page_domains(nonblank, examined)
    lower_site_name = _lower_site_names(dom for doms in line_domains.values() for dom in doms)

    def name_ok(text: str) -> bool:
        return brand_like(text) or lower_site_name(text)

    for k in examined:
        ln = nonblank[k]
        t = ln.text[:400]
        if "®" in t or "™" in t:
            t = t.replace("®", "").replace("™", "")  # 'The Register® — Biting the hand …': the mark is no part of it
        if "::" in t:
            t = _ELEMENT_MARK_RE.sub("", t).strip()  # '[INS::INS]': an ad slot the text browser marks
            if not t:
                continue
        cur[0] = k
        cur[1] = k < 12 or k >= n - 20
        short = ln.words <= 14
        edge_top = k < 25
        edge_bottom = k >= n - 40
        # a lower-case name only from a logo line with words ('taz logo'), not a glued file name ('logo-thestar')
        logo = brand_in_logo(t, name_ok if " " in t.strip() else brand_like) if short and len(t) <= 90 else None
        if logo is None and edge_top and t[:1] == "[":
            logo = brand_in_logo_file(t)
        if logo:
            add(logo, "logo", 1.0, 3)
            if not first_line_seen and k < 30:
                first_line_seen = True  # the masthead is the logo: the lines under it are no masthead
                add(logo, "first_line", 1.0, 1)
        elif short and name_ok(t) and not _DOUBLED_RE.match(t):
            if not ln.in_list:
                feat = "standalone_top" if edge_top else "standalone_bottom" if edge_bottom else "standalone_mid"
                c = add(t, feat, 1.0, 2)
                if c is not None and _in_menu(nonblank, k):
                    c.feats["menu"] += 1
            if not first_line_seen and k < 30:
                first_line_seen = True
                add(t, "first_line", 1.0, 1)
        elif not first_line_seen and k < 3 and masthead_like(t):
            first_line_seen = True  # 'Mein schöner Garten', "l'Opinion": a name line with small words
            add(t, "first_line", 1.0, 1)
        elif ln.bullet is not None:
            first_line_seen = True  # a menu ('• Kultur', '• Basel'): its later entries are no masthead
        if "©" in t or "(c)" in t.lower() or "opyright" in t:
            holder = copyright_holder(t)
            if holder:
                add(holder, "copyright", 1.0, 3)
                core = _publisher_core(holder)
                if core:
                    add(core, "copy_core", 1.0, 1)
            titled = _title_before_sign(t)
            if titled and titled != holder:
                add(titled, "copyright", 1.0, 3)
        for dom in line_domains.get(k, ()):
            if not re.search(r"[a-z]{2}", dom.lower().split(".")[0]):
                continue
            domains[dom.lower()] += 1
            add(dom, "domain_only", 1.0, 0)
        if len(ln.text) <= 300 and ln.bullet is None and not ln.in_list:  # a menu's 'Courses - Partner' is a link
            parts = _SUFFIX_SEP_RE.split(t)
            if len(parts) >= 2:
                tail = parts[-1].strip()
                head_words = len(" ".join(parts[:-1]).split())
                quoted = parts[-2].rstrip()[-1:] in _CLOSING_QUOTES  # a pull quote's speaker: '« … » – Jane Roe'
                if head_words >= 3 and name_ok(tail) and not quoted:
                    add(tail, "suffix", 1.0, 2)
                    suffix_seen[canon(tail)] += 1
                head = parts[0].strip()
                if len(parts) == 2 and len(parts[1].split()) >= 4 and brand_like(head) and len(head.split()) <= 3:
                    add(head, "suffix", 0.5, 1)
                    if not first_line_seen and k < 3:
                        first_line_seen = True  # 'VnExpress - Báo tiếng Việt …' opening the page: the masthead
                        add(head, "first_line", 1.0, 1)
        if ln.words <= 10 and len(t) <= 160:
            seen_runs: set[str] = set()
            for seg in _SEG_RE.split(_PLACEHOLDER_RE.sub(" ", t)):
                for run in _runs(seg):
                    if run not in seen_runs:
                        seen_runs.add(run)
                        c = add(run, "ngram", 1.0, 1)
                        if c is not None and run == seg.strip():
                            c.feats["whole"] += 1
        m = None if short else _PROSE_CONTEXT.match(t)
        names = [m.group("name")] if m else []
        if "may " in t or "might " in t or "can " in t or "could " in t or "will " in t:
            names += [a.group("name") for a in _AFFILIATE_RE.finditer(t)]
        if " for " in t or " at " in t or " with " in t:
            for bio_re in (_STAFF_BIO_RE, _COVERS_BIO_RE):
                names += [a.group("name").split(". ")[0] for a in bio_re.finditer(t)]
        if "All " in t or "all " in t:
            names += [a.group("name") for a in _MATERIALS_RE.finditer(t)]
        if "trademark" in t:
            names += [a.group("name") for a in _TRADEMARK_RE.finditer(t)]
        for raw in names:
            name = _strip_name(raw)
            if brand_like(name):
                add(name, "context", 1.0, 1)
        if short:
            for pat in _CONTEXTS:
                for m in pat.finditer(t):
                    if _credit_to_makers(t, m) or _POSSESSIVE_ON_RE.match(t, m.end()):
                        continue
                    if pat is _LINK_VERB_CONTEXT and _verb_inside_a_sentence(t, m):
                        continue
                    raw = m.group("name")
                    if "ewsletter" in m.group(0) or "EWSLETTER" in m.group(0):
                        raw = _EDITION_TAIL_RE.sub("", raw)  # 'the Gothamist Daily newsletter': the site's daily
                    for name in _coordinated(_strip_name(raw)):
                        if brand_like(name):
                            add(name, "context", 1.0, 1)
            toks = t.split()
            if 2 <= len(toks) <= 5 and (ln.bullet is not None or ln.in_list or k < 40 or k >= n - 60):
                first_tokens[toks[0]] += 1
                if len(toks) >= 3:
                    first_tokens[" ".join(toks[:2])] += 1
    for k, ln in enumerate(nonblank):
        if "(" in ln.text[:60]:
            m = _DATELINE_RE.match(ln.text)
            if m:
                cur[0], cur[1] = k, False
                name = _strip_name(m.group("paren" if m.group("dash") else "name"))
                if brand_like(name):
                    add(name, "dateline", 1.0, 1)
        if "/" in ln.text and ln.words <= 40:
            cur[0], cur[1] = k, False
            for m in _CREDIT_RE.finditer(ln.text[:400]):
                name = _strip_name(m.group("name"))
                if brand_like(name):
                    add(name, "credit", 1.0, 1)
    for tok, cnt in first_tokens.items():
        named = lower_site_name(tok) or (brand_like(tok) and not tok.islower())
        if cnt >= 3 and tok.lower() not in _GENERIC and named:
            c = add(tok, "nav_prefix", math.log1p(cnt), 1)
            if c is not None:
                c.forms[tok] -= 1  # a prefix alone is weak evidence of the displayed form
    if title_suffix and brand_like(title_suffix):
        add(title_suffix, "suffix", 1.0, 2)
    told: Counter[str] = Counter()
    for ln in nonblank:
        if ln.words > 14 and (" to " in ln.text or "told " in ln.text or " with " in ln.text):
            told.update(_strip_name(m.group("name")) for m in _TOLD_RE.finditer(ln.text))
    told_names = [name for name, cnt in told.items() if cnt >= TOLD_MIN and brand_like(name)]
    page = "\n".join(ln.text for ln in nonblank) if told_names else ""
    for name in told_names:
        if not _surname_on_page(name, page):
            c = add(name, "context", 1.0, 1)
            if c is not None:
                c.feats["told"] = 1

    _merge_glued_article(cands)

    # Domain evidence: a candidate spelled by a domain on the page.
    dom_keys = {canon(d): d for d in domains}
    dom_labels = {
        canon(d.split(".")[-2] if d.count(".") >= 2 and not re.search(r"\.co\.|\.com\.", d) else d) for d in domains
    }
    dom_labels |= set(dom_keys)
    title_key = canon(title or "")
    kickers = _title_kickers(nonblank, title)
    top_dom = canon(domains.most_common(1)[0][0]) if domains else ""
    author_keys = {canon(a) for a in authors or []}
    photographers = _photographers(lines)
    author_parts = {canon(p) for a in authors or [] if len(a.split()) >= 2 for p in a.split()}

    raw_short = "\n".join(ln.text[:300] for ln in nonblank if ln.words <= 14)
    raw_prose = "\n".join(ln.text[:2000] for ln in nonblank if ln.words > 14)
    full_short, full_prose = raw_short.casefold(), raw_prose.casefold()
    lower_words = set(_LOWER_WORD_RE.findall(raw_prose))
    out: list[tuple[str, dict[str, float]]] = []
    ranked = sorted(cands.values(), key=lambda c: -_prior(c))
    ranked = ranked[:MAX_CANDS] + [c for c in ranked[MAX_CANDS:] if any(c.feats[k] for k in _KEEP)]
    for c in ranked:
        f = c.feats
        key = c.key
        form = _display_form(c)
        feats: dict[str, float] = dict.fromkeys(FEATURES, 0.0)
        feats["copyright"] = min(f["copyright"], 2)
        feats["suffix"] = min(f["suffix"], 1)
        feats["suffix_rep"] = math.log1p(suffix_seen[key]) if suffix_seen[key] >= 2 else 0.0
        feats["domain_eq"] = 1.0 if key in dom_labels else 0.0
        feats["domain_part"] = (
            1.0
            if not feats["domain_eq"]
            and len(key) >= 3
            and any(d.startswith(key) or key.startswith(d) for d in dom_labels if len(d) >= 3)
            else 0.0
        )
        feats["context"] = math.log1p(f["context"])
        feats["standalone_top"] = min(f["standalone_top"], 3)
        feats["standalone_bottom"] = min(f["standalone_bottom"], 3)
        feats["standalone_mid"] = math.log1p(f["standalone_mid"])
        feats["nav_prefix"] = f["nav_prefix"]
        needle = form.split(".")[0] if _DOMAIN_RE.fullmatch(form) else form
        if len(needle) <= _SHORT_NEEDLE and not needle.islower():
            # 'UP', 'NYP': counted as written, or every 'up' and 'nypost' would count
            m_short, m_prose = raw_short.count(needle), raw_prose.count(needle)
        else:
            spaced = CASE_TURN_RE.sub(" ", needle).casefold() if " " not in needle else ""
            needle = needle.casefold()
            m_short = full_short.count(needle) if len(needle) >= 2 else 0
            m_prose = full_prose.count(needle) if len(needle) >= 2 else 0
            if spaced and spaced != needle:  # 'DailyStar' is also written 'Daily Star'
                m_short += full_short.count(spaced)
                m_prose += full_prose.count(spaced)
        feats["mentions"] = math.log1p(m_short + m_prose)
        feats["prose_share"] = m_prose / (m_short + m_prose) if m_short + m_prose else 0.0
        feats["first_pos"] = c.first / max(n, 1)
        feats["sources"] = sum(
            1 for k in ("copyright", "suffix", "context", "standalone_top", "standalone_bottom", "nav_prefix") if f[k]
        )
        feats["top_dom"] = 1.0 if top_dom and (key == top_dom or (len(key) >= 3 and top_dom.startswith(key))) else 0.0
        feats["edge_lines"] = math.log1p(c.edge)
        feats["whole_seg"] = math.log1p(f["whole"])
        feats["in_title"] = 1.0 if (title_key and key in title_key) or key in kickers else 0.0
        feats["prose_mentions"] = math.log1p(m_prose)
        feats["logo"] = min(f["logo"], 2)
        feats["credit"] = math.log1p(f["credit"])
        feats["dateline"] = min(f["dateline"], 2)
        standalone = f["standalone_top"] + f["standalone_bottom"] + f["standalone_mid"]
        feats["menu_share"] = f["menu"] / standalone if standalone else 0.0
        feats["first_line"] = 1.0 if f["first_line"] else 0.0
        feats["copy_core"] = 1.0 if f["copy_core"] and not f["copyright"] else 0.0
        feats["corp_word"] = 1.0 if any(tok.casefold().strip(".,") in _CORP_WORDS for tok in form.split()[1:]) else 0.0
        feats["copy_only"] = (
            1.0 if f["copyright"] and not feats["domain_eq"] and not any(f[k] for k in _PRINTED) else 0.0
        )
        feats["tokens1"] = 1.0 if len(form.split()) == 1 else 0.0
        # Only named in running text or n-grams ('Biden', 'Coronavirus'): never shown as the site's name.
        feats["unprinted"] = 0.0 if feats["domain_eq"] or any(f[k] for k in _SHOWN) else 1.0
        feats["told"] = 1.0 if f["told"] else 0.0
        # 'Mayor', 'Support': a single word the prose also writes in lower case is a common word
        feats["lower_word"] = 1.0 if feats["tokens1"] and form.istitle() and form.casefold() in lower_words else 0.0
        letters = [ch for ch in form if ch.isalpha()]
        feats["allcaps"] = 1.0 if letters and all(ch.isupper() for ch in letters) and len(letters) > 3 else 0.0
        feats["generic"] = 1.0 if any(tok.lower() in _GENERIC for tok in form.split()) else 0.0
        masthead = f["standalone_top"] > 0 and f["standalone_bottom"] > 0
        feats["author"] = 1.0 if (key in author_keys or key in author_parts) and not masthead else 0.0
        only_domain = all(k == "domain_only" for k, v in f.items() if v)
        feats["domain_only"] = 1.0 if only_domain else 0.0
        feats["ngram"] = math.log1p(f["ngram"])
        feats["long"] = 1.0 if len(form.split()) >= 4 else 0.0
        toks = form.split()
        feats["person_like"] = (
            1.0
            if len(toks) in (2, 3) and all(tk[:1].isupper() and tk[1:].islower() and tk.isalpha() for tk in toks)
            else 0.0
        )
        if feats["person_like"] and key in photographers:
            continue  # 'Foto: Adrià Costa', and '… | Adrià Costa' under other pictures: a photographer, not the site
        out.append((form, feats))
    return out


_ELEMENT_MARK_RE = re.compile(r"\[[A-Z]+::[A-Z]+\]")
"""How the text browser marks an empty element such as an ad slot ('[INS::INS]')."""
_PHOTO_CREDIT_RE = re.compile(
    rf"\b{_PICTURE_LABEL}"
    r"\s*:\s*(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]+(?: [A-ZÀ-ÖØ-Þ][\w'’-]+){1,2})(?:\s+(?:via|on|auf|sur|en)\s+\w+)?\s*$",
    re.IGNORECASE,
)
"""A picture's credit naming one person at the end of a line ('Foto: Adrià Costa', 'Director de fotografia: …',
'Credit: Jane Roe via YouTube')."""


def _photographers(lines: Sequence[Line]) -> set[str]:
    """Comparison keys of the people the page credits for its pictures."""
    out: set[str] = set()
    for ln in lines:
        if ln.text and ":" in ln.text:
            m = _PHOTO_CREDIT_RE.search(ln.text[-120:])
            if m:
                out.add(canon(m.group("name")))
    return out


MAX_CANDS = 60
_SHORT_NEEDLE = 4
"""Names this short are counted case-sensitively (they are parts of many other words)."""
_KEEP = ("copyright", "copy_core", "logo", "dateline", "context")
"""Candidates from these sources are scored even beyond the first ``MAX_CANDS``."""
_SHOWN = ("copyright", "copy_core", "logo", "suffix", "standalone_top", "standalone_bottom", "dateline", "first_line")
"""Sources that show a name as the site's own (not only inside sentences or menus)."""
_PRINTED = ("standalone_top", "standalone_bottom", "standalone_mid", "logo", "suffix", "nav_prefix", "dateline")
"""Sources showing that the page prints a name as a brand (not only in a copyright line)."""


EDGE_LINES = 150
"""Candidates are read from this many non-blank lines at the top and at the bottom of the page."""
_PRIOR = {"logo": 3.0, "copyright": 3.0, "suffix": 2.0, "context": 1.5, "standalone_top": 1.5, "standalone_bottom": 1.5}


def _prior(c: _Cand) -> float:
    return sum(_PRIOR.get(k, 1.0) * min(v, 5.0) for k, v in c.feats.items())


def _display_form(c: _Cand) -> str:
    """The way the page writes the brand: its most frequent spelling (on a tie, the one printed as the masthead:
    first name line or alone at the top); a domain spelling gives way to the same name written with spaces
    ('Houston Chronicle' for 'HoustonChronicle.com')."""
    pool = [(w, f) for f, w in c.forms.items() if w > 0] or [(w, f) for f, w in c.forms.items()]
    pool.sort(
        key=lambda wf: (
            -wf[0],
            wf[1] not in c.masthead,
            wf[1].isupper(),
            bool(_DOMAIN_RE.fullmatch(wf[1])),
            -len(wf[1]),
        )
    )
    best = pool[0][1]
    if best.endswith(".") and best[:-1] in c.forms:
        best = best[:-1]  # 'Thought Catalog.' at a sentence's end beside 'Thought Catalog': the full stop is no part
    if best[:1].islower() and not _DOMAIN_RE.fullmatch(best):
        capital = [f for _, f in pool if f[:1].isupper()]
        if capital:  # 'salon logo' twice beside 'Salon.com' in the copyright line: the name has a capital
            best = capital[0]
    if _DOMAIN_RE.fullmatch(best) and best.rsplit(".", 1)[-1].casefold() in _SERVICE_TLDS:
        # 'kicker.tv' beside 'kicker.de': the address of the site's TV service, not the site's own
        label = best.rsplit(".", 1)[0].casefold()
        own = [f for _, f in pool if f != best and _DOMAIN_RE.fullmatch(f) and f.rsplit(".", 1)[0].casefold() == label]
        if own:
            best = own[0]
    if " " not in best:
        label = _TLD_TAIL_RE.sub("", _WWW_RE.sub("", best)).casefold()
        # the spaced name, also with the article the page's own lines give it ('The Daily Caller' beside the
        # masthead's 'DailyCaller'), the form the page uses most first
        spaced = [
            f
            for _, f in pool
            if " " in f
            and label in (f.replace(" ", "").casefold(), _LEAD_THE_RE.sub("", f).replace(" ", "").casefold())
        ]
        if spaced:
            return spaced[0]
        if best.isalnum() or _DOMAIN_RE.fullmatch(best):
            # 'RFERL' of a handle or 'ExpressNews.com' beside 'RFE/RL', 'Express-News': the name's own marks
            marked = [f for _, f in pool if _NAME_MARK_RE.search(f) and not _DOMAIN_RE.fullmatch(f)]
            if marked:
                return marked[0]
    return best


_LEAD_THE_RE = re.compile(r"^The (?=\S+ )")
"""The article opening a name of two words or more ('The Daily Caller'), which a masthead glued into one word drops."""
_NAME_MARK_RE = re.compile(r"\w[/&'’-]\w")
"""A mark inside a name ('RFE/RL', 'Times-Standard', 'AT&T'): a spelling no web address or handle can write."""


_SERVICE_TLDS = frozenset(_words("tv radio fm video shop store app jobs blog podcast"))
"""Top-level domains that name a service of the site ('kicker.tv', 'x.shop'), not the site."""


_WEIGHT_FLOOR = {"suffix_rep": 1.5, "dateline": 2.5}
"""Signals the silver training pages cannot teach, kept at least this strong: their dumps rarely repeat the
<title> line with its site suffix, and rarely print a dateline credit ('X (City) First published …')."""


def score(feats: dict[str, float]) -> float:
    """Logistic probability that a candidate is the page's brand."""
    z = OUTLET_BIAS + sum(max(OUTLET_WEIGHTS.get(k, 0.0), _WEIGHT_FLOOR.get(k, -99.0)) * v for k, v in feats.items())
    return logistic(z)


_AD_HOST_RE = re.compile(
    r"(?i)(?:^|[.\-])(?:doubleclick|googlesyndication|googleadservices|googletagmanager|adservice|adnxs|taboola|"
    r"outbrain|criteo|scorecardresearch|amazon-adsystem|adsystem|adserver|pubmatic|rubiconproject|moatads|"
    r"quantcast|comscore|chartbeat|hotjar)(?:[.\-]|$)"
)
"""Ad-serving and tracking hosts and vendors: printed by text browsers from iframes and from the alt text of a
tracking pixel ('Quantcast' alone on the first line), never the page's brand."""


_SERVICE_WORDS = (_GENERIC - NAV_WORDS) | frozenset(
    _words("video videos tv podcast podcasts photos fotos gallery radio audio play live")
)
"""Generic words that name a site's service ('X Jobs', 'X Archive', 'X Shop', 'X Videos', 'X Live'), not an
edition of the brand."""


_PHOTO_AGENCIES = frozenset(
    canon(name)
    for name in (
        "Getty Images",
        "Getty",
        "Shutterstock",
        "IMAGO",
        "imago images",
        "iStock",
        "iStockphoto",
        "Alamy",
        "EPA",
        "picture alliance",
        "picture-alliance",
        "Keystone",
        "Depositphotos",
        "Adobe Stock",
        "Unsplash",
        "Pixabay",
        "Wikimedia Commons",
        "Dreamstime",
        "123RF",
        "Pexels",
        "Bildagentur",
        "Colourbox",
    )
)
"""Stock and press photo agencies: their names fill picture credits and copyright notices, never the site's."""


_NEVER_ALONE = (
    frozenset(
        _words(
            "logo sie expandieren expand collapse ausklappen einklappen reklam reklame reclame nieuws nyheter uutiset "
            "deutsch english français español italiano português türkçe polski nederlands русский українська"
        )
    )
    | PHRASE_OPENERS
)
"""Words that are never a site's name on their own: a logo's alt text, a pronoun, a control ('Expandieren'), an
advertisement label ('REKLAM'), a section ('Nieuws'), the entries of a language switcher ('Deutsch'), a
preposition (:data:`~search.cleaning.patterns.PHRASE_OPENERS`: 'Zum' of 'Zum Shop')."""
_PUBLICATION_KINDS = frozenset(["paper", "e-paper", "epaper", "newspaper"])
"""What kind of publication the site is ('Our Paper', 'E-Paper'), never its name on its own."""


STORY_SHARE = 0.8
"""A name that running text holds at least this share of the mentions of, and that is never shown as the
site's name, is what the story is about ('Biden')."""
HEADLINE_STORY_SHARE = 0.5
"""The same for a name in the headline that running text holds at least half of the mentions of ('NASA')."""


def _not_the_site(form: str, feats: dict[str, float]) -> bool:
    """Candidates no hand-checked page's brand looks like (checked on the gold dev and fresh pages): the story's
    subject (see ``STORY_SHARE``), a web address seen only as such at the page's edges ('pic.twitter.com'),
    a single common word the prose writes in lower case, with no "About X" or "X newsletter" around it and not the
    core of the copyright holder's name ('© 2016 Traveller Media, Inc.'), a
    place ('Basel', 'NEW YORK') that no logo, copyright line or first line shows as the site's name, and a
    company named only by the copyright line ('© 2016 Vox Media, Inc.': the publisher behind the site); also a
    photo agency, a lone word that is never a name (``_NEVER_ALONE``), a page control ('Toggle Menu', unless a
    logo, copyright line or web address shows it), a phrase cut off after a small word ('Join Our'), a thing of the
    page named with 'this' ('Download This File') and a name
    only repeated in the story and its teasers, never shown as anything's name nor at the page's top or bottom,
    nor a teaser's title tail (see :func:`_teasers_title_tail`). A name the page's own web address spells
    ('Metro' on metro.co.uk) is never a common word or a place."""
    if feats["copyright"] > 0 and feats["corp_word"] > 0 and feats["copy_only"] > 0:
        return True
    folded = form.casefold()
    if canon(form) in _PHOTO_AGENCIES or folded in _PUBLICATION_KINDS or folded in _NEVER_ALONE:
        return True
    if _page_control(form) and not (feats["logo"] or feats["copyright"] or feats["domain_eq"]):
        return True
    words = folded.split()
    if len(words) >= 2 and words[-1] in _OPEN_ENDINGS:
        return True  # 'Feeling Beautiful And Loved With', 'Donate Join Our': a phrase cut off, not a name
    if len(words) >= 2 and words[0] in _POSSESSIVES:
        return True  # 'Our Free App', 'Unsere Newsletter': the site speaking of its own things
    if len(words) == 2 and words[0] in _DEMONSTRATIVES:
        return True  # 'Download This File', 'Share This Story': a thing on the page, not its name
    if feats["domain_only"] > 0 and feats["edge_lines"] > 0:
        return True
    if _menu_word_only(feats):
        return True  # 'Meilleur', 'Últimas': the first word of many menu entries ('Meilleur smartphone'), nothing more
    if _DOMAIN_RE.fullmatch(form) and _TLD_TAIL_RE.sub("", folded).split(".")[-1] in _PLATFORMS:
        return True  # 'google.com' in a cookie notice's list of hosts
    if _DOMAIN_RE.fullmatch(form) and _SERVICE_HOST_RE.match(folded):
        return True  # 'jobsnortheast.co.uk', 'motorswales.co.uk': a partner's job board or car ads, not the site
    if _POSTCODE_PLACE_RE.match(form) and is_place_name(_POSTCODE_PLACE_RE.sub("", form)):
        return True  # '75013 Paris' from the publisher's postal address
    if not feats["domain_eq"]:
        shown = feats["logo"] or feats["copyright"] or feats["first_line"]
        if not shown and "." not in form and is_place_name(form):
            return True
        if feats["lower_word"] and not (feats["context"] or feats["copy_core"]):
            return True
    if _teasers_title_tail(feats):
        return True  # 'Bill Russell's Impact on the Game | W. Kamau Bell' in a video list half way down the page
    if feats["unprinted"] > 0 and not (feats["sources"] or feats["edge_lines"] or feats["domain_eq"]):
        return True  # only repeated in the story and its teasers ('Gazastreifen', 'Prince Harry'), never presented
    if feats["told"]:
        return False  # the one sources speak to ('… told The Namibian'), though only named in the story
    share = feats["prose_share"]
    if feats["in_title"] > 0:
        return share >= HEADLINE_STORY_SHARE
    return feats["unprinted"] > 0 and share >= STORY_SHARE


SUFFIX_HEAD_SHARE = 0.3
"""A site's name after its pages' titles ('Headline | Site') is first printed in this first share of the page."""
_BRAND_SOURCES = (
    "copyright", "domain_eq", "context", "logo", "first_line", "standalone_top", "standalone_mid",
    "standalone_bottom", "dateline", "credit",
)  # fmt: skip


def _teasers_title_tail(feats: dict[str, float]) -> bool:
    """A name known only as the tail of a 'Headline | Name' line first printed below the page's first
    ``SUFFIX_HEAD_SHARE`` (a video's or teaser's title and its guest or series, 'Shocking Epstein Past Revealed'),
    and shown nowhere else as a brand: not the site. A site signs its title at the top of the page."""
    return feats["suffix"] > 0 and feats["first_pos"] > SUFFIX_HEAD_SHARE and not any(feats[k] for k in _BRAND_SOURCES)


def _menu_word_only(feats: dict[str, float]) -> bool:
    """A name only seen as the first word of menu entries, never shown as a name, never in a brand's context nor
    in the page's web address, and not written in capitals as an acronym or a logo's lettering ('POLITICO')."""
    if not (feats["nav_prefix"] > 0 and feats["unprinted"] > 0 and feats["sources"] <= 1):
        return False
    return not any(feats[k] for k in ("context", "domain_part", "domain_eq", "top_dom", "allcaps", "copy_core"))


_PLATFORMS = frozenset(
    _words(
        "google facebook twitter x youtube instagram linkedin pinterest tiktok whatsapp telegram apple microsoft "
        "wikipedia wikimedia wordpress gravatar gstatic googleapis cloudflare jquery w3 mozilla"
    )
)
"""Web platforms whose addresses every page carries (cookie notices, embeds, share links): never a news site."""
_SERVICE_HOST_RE = re.compile(r"^(?:www\.)?(?:jobs|motors|homes|dating|tickets|shop)[a-z]{3,}\.")
"""A web address naming a service and a region ('jobsnortheast.co.uk', 'homeswales.co.uk'): a partner site of
classified ads."""
_POSTCODE_PLACE_RE = re.compile(r"^\d{4,5}\s+")
"""A postal code before a town's name ('75013 Paris')."""


_CONTROL_WORDS = UI_WORDS | frozenset(
    _words(
        "please wait primary secondary sections section soumettre connectez-vous connectez vous toggle private "
        "anzeigen consent"
    )
)
"""Words of the page's controls and prompts ('Toggle Menu', 'PLEASE WAIT', 'Soumettre Commentaire')."""


_DEMONSTRATIVES = frozenset(_words("this that these those diesen diese dieses ce cette este esta questo questa"))
_POSSESSIVES = frozenset(
    _words(
        "our your my unsere unser unseren notre nos votre vos nuestra nuestro nuestros nuestras nostra nostro nostri "
        "nossa nosso nossos onze vår vårt våre vores nasz nasza nasze naše náš"
    )
)
"""Possessive pronouns a name never opens with ('Our Free App')."""
_OPEN_ENDINGS = frozenset(
    _words("with and of the our to for from in on at by your my de la le les du des der die das und et con")
)
"""Words a name never ends with: a phrase that runs on ('Stories from', 'Join Our')."""


def _page_control(form: str) -> bool:
    """True for a name made of control words (one other word allowed in three or more): a button or a prompt
    ('PLEASE WAIT', 'Primary Menu Sections', 'CONTINUA DEPOIS DA PUBLICIDADE'), not a brand ('Philstar Home')."""
    toks = form.casefold().split()
    allowed = 1 if len(toks) >= 3 else 0
    for tok in toks:
        if tok.strip(".,:;!?()") not in _CONTROL_WORDS:
            allowed -= 1
            if allowed < 0:
                return False
    return bool(toks)


_KICKER_RE = re.compile(r"^(?P<kicker>.{2,40}?)\s*(?:[|:–—-]|›|»)\s*$")


def _title_kickers(nonblank: Sequence[Line], title: str | None) -> set[str]:
    """Keys of what a line prints before the headline with a separator ('Smarter Living|How to …'): a section
    or a kicker, never the site (none of the 377 development pages names its outlet so)."""
    if not title or len(title) < 15:
        return set()
    kickers = set()
    for ln in nonblank:
        i = ln.text.find(title)
        if i > 0:
            m = _KICKER_RE.match(ln.text[:i].strip())
            if m and len(m.group("kicker").split()) <= 4:
                kickers.add(canon(m.group("kicker")))
    return kickers


def site_candidates(
    lines: Sequence[Line],
    title_suffix: str | None = None,
    authors: Sequence[str] | None = None,
    title: str | None = None,
) -> list[tuple[str, dict[str, float]]]:
    """The candidates the scorer weighs: :func:`outlet_candidates` without ad hosts and names that are never
    the site (see :func:`_not_the_site`). The outlet trainer fits on exactly these."""
    return _site_only(outlet_candidates(lines, title_suffix, authors, title))


def _site_only(cands: list[tuple[str, dict[str, float]]]) -> list[tuple[str, dict[str, float]]]:
    """The candidates without ad hosts and names that are never the site."""
    return [(form, feats) for form, feats in cands if not _AD_HOST_RE.search(form) and not _not_the_site(form, feats)]


COPYRIGHT_THRESHOLD = 0.25
"""The best candidate's lower bar when a copyright line names it: the page states its owner, and a notice
alone at the foot of the page ('© 2026 Landesspiegel - Alle Rechte vorbehalten') scores low."""


def pick_outlet(
    lines: Sequence[Line],
    title_suffix: str | None = None,
    authors: Sequence[str] | None = None,
    title: str | None = None,
) -> str | None:
    """The page's brand, or None when no candidate is convincing."""
    every = outlet_candidates(lines, title_suffix, authors, title)
    scored = [(score(feats), form, feats) for form, feats in _site_only(every)]
    if not scored:
        return None
    p, form, best = max(scored, key=lambda x: x[0])
    if best["author"] > 0 and not best["copyright"]:
        p, form, best = _copyright_over_byline((p, form, best), scored)
    own_address = best["domain_eq"] and best["top_dom"]  # the agency's own site ('Bloomberg' on bloomberg.com)
    if _wire(form) and not any(best[k] for k in _MASTHEAD_SOURCES) and not own_address:
        p, form, best = _site_over_wire((p, form, best), scored)
    picked = form
    if p < OUTLET_THRESHOLD and not (best["copyright"] > 0 and p >= COPYRIGHT_THRESHOLD):
        return None
    holder = _holder_spelling_out(form, best, [(f, ft) for _, f, ft in scored])
    if holder:
        return _tidy_form(holder)
    form = _page_spelling(_brand_of_services(form, [f for _, f, _ in scored]), lines)
    stand_in = (
        _title_of_company(form, best, scored, p)
        or _masthead_of_company(form, best, scored, p)
        or _address_over_owner(form, best, scored, p)
        or _spelled_out_initials(form, scored, p)
        or (
            _spelled_out_initials(form, [(score(ft), f, ft) for f, ft in every], p, glued_only=True)
            if INITIALS_WORD_RE.match(form)
            else None
        )
        or printed_expansion(form, lines)
    )
    if stand_in:
        return _tidy_form(stand_in)
    longer = _masthead_spelling_out(form, best, scored, p)
    if longer:
        return _tidy_form(longer)
    whole = _never_alone(form, best, every) if form == picked else None
    return _tidy_form(whole or _field_cut_address(form, lines) or form)


MASTHEAD_SHARE = 0.4
"""A masthead that spells a pick out must score at least this share of the pick."""
_NAME_PARTS_RE = re.compile(r"[ -]")


def _masthead_spelling_out(
    form: str, feats: dict[str, float], scored: Sequence[tuple[float, str, dict[str, float]]], p: float
) -> str | None:
    """The masthead that spells the pick out with one more word, after a space or a hyphen ('X English', 'X News',
    'ERP-News' where links and prose say 'X' or 'ERP'): printed alone at the page's top no later than the pick,
    scoring at least ``MASTHEAD_SHARE`` of it. A masthead comes first on the page, so a longer name seen only further
    down is a section ('X Channel'), and a service ('X Jobs', 'X Videos') is not an edition."""
    parts = len(_NAME_PARTS_RE.split(form))
    for q, longer, other in scored:
        longer_parts = _NAME_PARTS_RE.split(longer)
        if (
            (longer.startswith(form + " ") or longer.startswith(form + "-"))
            and len(longer_parts) == parts + 1
            and longer_parts[-1].casefold() not in _SERVICE_WORDS
            and other["standalone_top"] > 0
            and other["first_pos"] <= feats["first_pos"]
            and q >= MASTHEAD_SHARE * p
        ):
            return longer
    return None


_WIRE_FULL_NAMES = frozenset(
    ["associated press", "the associated press", "the ap", "agence france-presse", "press association"]
)
"""Agencies' names as they sign their notices ('Copyright 2024 The AP'), beside the short ones of WIRE_AGENCIES."""


def _wire(form: str) -> bool:
    """True for a news agency's name ('Associated Press', 'Reuters', 'AFP')."""
    folded = form.casefold()
    return folded in WIRE_AGENCIES or folded in _WIRE_FULL_NAMES


def _site_over_wire(
    best: tuple[float, str, dict[str, float]], scored: Sequence[tuple[float, str, dict[str, float]]]
) -> tuple[float, str, dict[str, float]]:
    """A news agency picked for its notice on a wire story ('Copyright 2008 Associated Press. All rights …'), not
    for a masthead, gives way to the best other candidate the page presents as its own in a phrase ('All Times
    Union materials copyright …', 'Follow X'), when that one is convincing too."""
    wire = best[1].casefold()
    own = [
        c
        for c in scored
        if not _wire(c[1])
        and not c[1].casefold().startswith(wire)  # 'Associated Press. All' of the notice itself
        and c[2]["context"] > 0
        and c[0] >= OUTLET_THRESHOLD
    ]
    return max(own, key=lambda c: c[0]) if own else best


def _field_cut_address(form: str, lines: Sequence[Line]) -> str | None:
    """The web address a pick is the start of when the page prints the pick alone only cut off by a form field's
    width ('[Search SouthCoastTod]' beside 'SouthCoastToday.com'): every time it ends, the field's bracket follows."""
    if " " in form or len(form) < 6:
        return None
    cut = re.compile(rf"(?<!\w){re.escape(form)}(?P<next>.?)")
    seen = False
    addresses: list[str] = []
    for ln in lines:
        if form not in ln.text:
            continue
        for m in cut.finditer(ln.text):
            after = m.group("next")
            if after == "]":
                seen = True
            elif not after.isalnum():
                return None  # printed whole somewhere: no cut name
        addresses += [m.group("name") for m in _DOMAIN_RE.finditer(ln.text) if m.group("name").startswith(form)]
    return addresses[0] if seen and addresses else None


def _copyright_over_byline(
    pick: tuple[float, str, dict[str, float]], scored: Sequence[tuple[float, str, dict[str, float]]]
) -> tuple[float, str, dict[str, float]]:
    """A pick that is the article's byline (an organisation writing as a guest, 'Syrian Archive') gives way to
    the copyright line's holder when the scorer rates that nearly as high: the site that publishes the guest."""
    held = [c for c in scored if c[2]["copyright"] > 0 and c[0] >= OUTLET_THRESHOLD and c[0] >= 0.8 * pick[0]]
    return max(held, key=lambda c: c[0]) if held else pick


def _never_alone(form: str, feats: dict[str, float], cands: Sequence[tuple[str, dict[str, float]]]) -> str | None:
    """The longer candidate the pick is only ever printed inside ('Fast' from 'Subscribe to Fast Company', whose
    last word a company suffix had cut off): it is mentioned exactly as often as the pick. A pick ending in a hyphen
    was cut at a form field's width ('[Search Valley Times-]'): the candidate that goes on from it is the name."""
    for longer, lf in cands:
        if form.endswith("-") and longer.startswith(form) and len(longer) > len(form):
            return longer
        if (
            longer.startswith(form + " ")
            and len(longer.split()) <= len(form.split()) + 2
            and lf["mentions"] == feats["mentions"]
        ):
            return longer
    return None


def _brand_of_services(form: str, forms: Sequence[str]) -> str:
    """'NRK' for 'NRK TV' when the page also names another of the brand's services ('NRK Radio'): the pick is one
    service of the site, the shared name is the site."""
    words = form.split()
    if len(words) < 2 or words[-1].casefold() not in _SERVICE_WORDS:
        return form
    brand = " ".join(words[:-1])
    for other in forms:
        rest = other[len(brand) :].split() if other.startswith(brand + " ") else []
        if other != form and len(rest) == 1 and rest[0].casefold() in _SERVICE_WORDS:
            return brand
    return form


_MASTHEAD_SOURCES = ("logo", "standalone_top", "first_line")
"""Sources that print a name as the page's masthead."""
STAND_IN_SHARE = 0.5
"""A name that stands in for the pick (the title of a publishing company, the words of an acronym) must score at
least this share of the pick's score."""


def _title_of_company(
    form: str, feats: dict[str, float], scored: Sequence[tuple[float, str, dict[str, float]]], p: float
) -> str | None:
    """The title a publishing company picked from the copyright line publishes ('Listin Diario' for 'EDITORA
    LISTIN DIARIO'), when the logo or masthead prints it and it scores at least ``STAND_IN_SHARE`` of the pick."""
    core = _publisher_core(form) if feats["copyright"] else None
    if not core:
        return None
    for q, other, other_feats in scored:
        if canon(other) == canon(core) and q >= STAND_IN_SHARE * p and any(other_feats[k] for k in _MASTHEAD_SOURCES):
            return other
    return None


def _masthead_of_company(
    form: str, feats: dict[str, float], scored: Sequence[tuple[float, str, dict[str, float]]], p: float
) -> str | None:
    """The masthead a media company picked from the copyright line publishes ('The Age' for 'Fairfax Media'):
    a name printed alone at both the top and the bottom of the page, or as its logo, scoring at least
    ``STAND_IN_SHARE`` of the pick, when the pick is a company (a corporate word in its name) the page never shows
    as its masthead. An owner without a corporate word that only the copyright line names ('© 2026 Tamedia'), that
    the story never names and no brand's context presents ('About X'), gives way to the name that opens the page
    and stands alone at its top and bottom."""
    if not (feats["copyright"] and (feats["corp_word"] or feats["copy_only"])) or any(
        feats[k] for k in _MASTHEAD_SOURCES
    ):
        return None
    for q, other, other_feats in sorted(scored, key=lambda c: -c[0]):
        if other == form or q < STAND_IN_SHARE * p or other_feats["corp_word"]:
            continue
        both_edges = other_feats["standalone_top"] and other_feats["standalone_bottom"]
        if feats["corp_word"] and (both_edges or other_feats["logo"]):
            return other
        if both_edges and other_feats["first_line"] and not (feats["prose_mentions"] or feats["context"]):
            return other  # an owner only the copyright line names, under the masthead opening and closing the page
    return None


OWN_CONTEXTS = math.log1p(2)
"""A copyright holder seen in more brand contexts than this (the notice itself is one) is named as the site's own."""


def _address_over_owner(
    form: str, feats: dict[str, float], scored: Sequence[tuple[float, str, dict[str, float]]], p: float
) -> str | None:
    """The page's own address ('WJBF.COM': the domain its links mostly point to, printed at the page's edges) over
    an owner named only by the copyright line ('© 2008 Media General'), when the address scores at least
    ``STAND_IN_SHARE`` of it; a news agency's notice over its wire story stands."""
    if not (feats["copyright"] and feats["copy_only"]) or any(feats[k] for k in _MASTHEAD_SOURCES) or _wire(form):
        return None
    if feats["context"] > OWN_CONTEXTS:
        return None  # the page also names the holder as its own ('The Globe and Mail App'): no mere owner
    holder = canon(form)
    for q, other, other_feats in scored:
        own = other_feats["domain_eq"] and other_feats["top_dom"] and other_feats["edge_lines"]
        # a holder that spells the address out ('The Scranton Times-Tribune', thetimes-tribune.com) is the site
        spelled = canon(other.rsplit(".", 1)[0]).removeprefix("the") in holder
        if other != form and own and q >= STAND_IN_SHARE * p and not spelled:
            return other
    return None


def _spelled_out_initials(
    form: str, scored: Sequence[tuple[float, str, dict[str, float]]], p: float, glued_only: bool = False
) -> str | None:
    """The candidate a picked acronym abbreviates ('New York Post' for 'NYP' or 'NYPost', 'Vanity Fair' for
    'VF.com', 'VentureBeat' for 'VB'): it :func:`~search.cleaning.acronyms.spells` the acronym (a word glued to the
    initials ends it), and it scores at least ``STAND_IN_SHARE`` of the pick, holds the page's copyright, or
    (initials glued to a word) is printed alone on a line. With ``glued_only``, only initials glued to a word are
    spelled out: ``scored`` then holds every candidate, also those that are never the site alone ('New York Post'
    only in a menu). :func:`~search.cleaning.acronyms.printed_expansion` reads the printed lines instead, for names
    that are no candidate at all."""
    glued = INITIALS_WORD_RE.match(form)
    letters = glued.group("letters") if glued else None if glued_only else acronym_letters(form)
    if not letters:
        return None
    tail = glued.group("word") if glued else None
    for q, other, feats in sorted(scored, key=lambda c: -c[0]):
        printed = any(feats[k] for k in ("standalone_top", "standalone_mid", "standalone_bottom", "logo"))
        if other == form or not (q >= STAND_IN_SHARE * p or feats["copyright"] > 0 or (tail and printed)):
            continue
        if tail:
            head, _, last = other.rpartition(" ")
            if last == tail and spells(head, letters):
                return other
        elif spells(other, letters):
            return other
    return None


_SHOWN_AS_BRAND = ("standalone_top", "logo", "first_line", "domain_eq", "suffix")


def _holder_spelling_out(
    form: str, feats: dict[str, float], others: Sequence[tuple[str, dict[str, float]]]
) -> str | None:
    """The copyright holder whose name holds the pick's words ('Zeitung' in 'Frankfurter Allgemeine Zeitung', 'The
    Globe' in 'The Globe and Mail'): the pick is that name cut short, unless the page shows the pick itself as a
    brand (masthead, logo, web address) or the holder is a company ('Guardian News & Media')."""
    if any(feats[k] for k in _SHOWN_AS_BRAND):
        return None
    words = form.casefold().split()
    for holder, hf in others:
        hw = holder.casefold().split()
        if (
            hf["copyright"] > 0
            and not hf["corp_word"]
            and len(hw) > len(words)
            and any(hw[i : i + len(words)] == words for i in range(len(hw) - len(words) + 1))
        ):
            return holder
    return None


_FOOTER_LINK_WORDS = frozenset(
    _words(
        "impressum datenschutz datenschutzerklärung kontakt agb imprint privacy contact sitemap mentions légales "
        "logo image icon home homepage startseite anasayfa accueil inicio portada"
    )
)
"""Footer links a text browser prints on the brand's line ('MajkasWelt Impressum Datenschutz'), and the words of a
logo's alt text or link after the brand ('Utopia Image', 'MYNET ANASAYFA')."""
_ARTICLE_ACRONYM_RE = re.compile(r"^(?:Der|Die|Das) (?=[A-ZÄÖÜ][A-ZÄÖÜ0-9]+$)")


def _page_spelling(form: str, lines: Sequence[Line]) -> str:
    """The brand as the page spells it most often when the pick splits one word ('Tech Radar' from 'Welcome to
    Tech Radar club', where the masthead, links and credits print 'TechRadar'); a web address's lower case
    ('rawstory.com') is no spelling of the name."""
    words = form.split()
    if not 2 <= len(words) <= 3 or not all(w.isalpha() for w in words):
        return form
    joined = "".join(words)
    glued = re.compile(rf"(?<!\w){re.escape(joined)}(?!\w)", re.IGNORECASE)
    spaced = re.compile(rf"(?<!\w){re.escape(form)}(?!\w)", re.IGNORECASE)
    found: Counter[str] = Counter()
    times_spaced = 0
    for ln in lines:
        if ln.text:
            found.update(m.group(0) for m in glued.finditer(ln.text) if not m.group(0).islower())
            times_spaced += len(spaced.findall(ln.text))
    if not found:
        return form
    spelling, times = found.most_common(1)[0]
    return spelling if times > times_spaced else form


def _tidy_form(form: str) -> str:
    """The brand without a sentence's article before an acronym ('Der ADAC' -> 'ADAC'), menu words printed after
    it on the same line ('MajkasWelt Impressum Datenschutz' -> 'MajkasWelt') or the 'www.' of a web address, which
    is no part of any name ('www.planet.com' -> 'planet.com')."""
    if form[:4].casefold() == "www." and _DOMAIN_RE.fullmatch(form[4:].lower()):
        return form[4:]
    form = _ARTICLE_ACRONYM_RE.sub("", form)
    toks = form.split()
    while len(toks) > 1 and toks[-1].casefold() in _FOOTER_LINK_WORDS:
        toks.pop()
    return " ".join(toks) if len(toks) < len(form.split()) and brand_like(" ".join(toks)) else form
