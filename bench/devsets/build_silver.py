#!/usr/bin/env python3
"""Build a "silver" evaluation set of real saved news/blog pages from the test data of public
extraction projects (bare git dirs, read with `git show`, nothing is checked out).

Sources (each optional; a missing one is skipped and recorded in the manifest):
    --trafilatura DIR   adbar/trafilatura   tests/cache/*.html(.gz)   URLs: tests/realworld_tests.py MOCK_PAGES
    --htmldate DIR      adbar/htmldate      tests/cache/*.html        URLs: tests/*.py MOCK_PAGES
    --goose3 DIR        goose3/goose3       tests/data/**/X.html + X.json (url, expected title/authors/
                                            publish_date/cleaned_text)
    --newspaper DIR     codelucas/newspaper tests/data/html/*.html    URLs: tests/data/fulltext_url_list.txt,
                                            expected title/authors/date of cnn_article from unit_tests.py
    --dragnet DIR       dragnet-org/dragnet test/datafiles/**/*.html

Evaluation-page sources (a separate set, never mixed with the sources above):
    --trafilatura-eval DIR  adbar/trafilatura  tests/eval/*   URLs: tests/evaldata.json (file -> URL)
    --htmldate-eval DIR     adbar/htmldate     tests/eval/*, tests/test_set/*   URLs and hand-checked
                                               publication dates: tests/eval_default.json,
                                               tests/eval_mediacloud_2020.json

Mercury's fixtures (two more separate sets, split by registered domain with --domain-half even|odd):
    --mercury DIR           postlight/parser   fixtures/*.html   URLs and expected title/author/date_published:
                                               src/extractors/custom/<domain>/index.test.js

For every kept page this writes <out>/articles/<id>/{page.html,page.txt,truth.json} and
<out>/manifest.json (commits, id -> source, every skipped file with its reason).

Usage:
    .venv/bin/python bench/devsets/build_silver.py \
        --trafilatura /work/.mirror/adbar+trafilatura/repo --htmldate /work/.mirror/adbar+htmldate/repo \
        --goose3 /work/.mirror/goose3+goose3/repo --newspaper /work/.mirror/codelucas+newspaper/repo \
        --dragnet /work/.mirror/dragnet-org+dragnet/repo [--out ../devsets/silver]
    .venv/bin/python bench/devsets/build_silver.py \
        --trafilatura-eval /work/.mirror/adbar+trafilatura/repo --htmldate-eval /work/.mirror/adbar+htmldate/repo \
        --exclude-sets ../devsets/silver ../devsets/fundus --max-per-domain 2 \
        --out ../devsets/silver_eval --prefix v
    .venv/bin/python bench/devsets/build_silver.py --mercury /work/.mirror/postlight+parser/repo \
        --domain-half even --exclude-sets ../devsets/fundus ../devsets/silver ../devsets/silver_eval \
        ../shared/cleaning-dev --max-per-domain 2 --min-body 600 --checked bench/devsets/checked_mercury.json \
        --out ../devsets/mercury --prefix m          # --domain-half odd ... --out ../devsets/mercury_eval --prefix w

--checked FILE.json holds hand-checked truth that outlives the machine: {"<repo>:<path>": {"date": "2016-12-06",
"author": null, ...}} replaces those truth fields (title, outlet, date, author, alternatives, notes) of that
page; {"skip": "<reason>"} drops it.

Python 3.11, stdlib + lxml + trafilatura; needs `git` and `w3m` on PATH.
"""

from __future__ import annotations

import argparse
import ast
import email.utils
import gzip
import hashlib
import html as htmllib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

import lxml.html
import trafilatura

MIN_LINES = 30  # page.txt lines
MIN_BODY_CHARS = 500  # trafilatura body; shorter pages are stubs, error or index pages
MAX_PER_DOMAIN = 3
GOOSE_FULL_RATIO = 0.7  # goose3 cleaned_text is used as body only if it is this long relative to trafilatura's
W3M_CMD = (
    "w3m -dump -cols 1000 -T text/html -I {charset} -O UTF-8 page.html"
    " | LC_ALL=C.UTF-8 sed -E 's/[[:space:]]+$//; s/^(━{{80}})━+$/\\1/' > page.txt"
)

# Reserved for evaluation elsewhere: never take pages from these (also when copied into other repos).
EXCLUDE_PATH_RE = re.compile(
    r"readability|scrapinghub|article-extraction-benchmark|combined|test-pages|(?:^|[/._-])aeb(?:[/._-]|$)", re.I
)
HASH_GZ_RE = re.compile(r"(?:^|/)[0-9a-f]{64}\.html?(?:\.gz)?$", re.I)

ARTICLE_TYPES = {
    "article",
    "newsarticle",
    "blogposting",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "reviewnewsarticle",
    "backgroundnewsarticle",
    "askpublicnewsarticle",
}
NON_ARTICLE_LD = {
    "product",
    "collectionpage",
    "itemlist",
    "discussionforumposting",
    "qapage",
    "faqpage",
    "profilepage",
    "searchresultspage",
    "event",
    "jobposting",
    "store",
    "offer",
}
NON_ARTICLE_OG = {
    "website",
    "product",
    "profile",
    "book",
    "music.song",
    "music.album",
    "video.movie",
    "video.other",
    "place",
    "business.business",
    "og:product",
    "product.item",
}

# Pages that pass the metadata rules but are not a single news/blog article (or vice versa), decided
# by reading them once; key = "<repo>:<path>".  Values starting with "skip" drop the page, "keep"
# keeps a page that has no article metadata.
T, H, G, N = (
    "adbar/trafilatura:tests/cache/",
    "adbar/htmldate:tests/cache/",
    "goose3/goose3:tests/data/",
    "codelucas/newspaper:tests/data/html/",
)
OVERRIDES: dict[str, str] = {
    # article metadata, but not a news/blog article
    H + "acredis.com.augenlidstraffung.html": "skip: clinic service page",
    H + "creativecommons.org.html": "skip: organisation 'about' page",
    H + "pferde.projekte.de.html": "skip: organisation projects page",
    H + "viehbacher.com.forderungsbetreibung.html": "skip: law firm service page",
    T + "viehbacher.com.steuerrecht.html": "skip: law firm service page",
    T + "austria.info.radfahren.html": "skip: tourism guide page",
    T + "en.wikipedia.org.tsne.html": "skip: encyclopedia entry",
    T + "adac.de.kindersitze.html": "skip: og:title is a slug, no usable title metadata",
    G + "content/test_allnewlyrics1.html": "skip: song lyrics page",
    G + "images/test_base64_image.html": "skip: goose3 image fixture (page edited for the test)",
    N + "recipe.com2.html": "skip: og:title and <title> lack the headline, no usable title metadata",
    N + "backstage.com2.html": "skip: directory page (link to a schools database)",
    N + "bhg.com2.html": "skip: video page",
    N + "gulflive.com2.html": "skip: video page (press release text under a video)",
    # no (or only og:type=website) metadata, but clearly one news/blog article
    H + "blog.python.org.html": "keep: single blog post (no article metadata)",
    H + "kinra.de.html": "keep: single blog post (no article metadata)",
    H + "blog.todamax.net.html": "keep: single blog post (no article metadata)",
    H + "jovelstefan.de.parken.html": "keep: single blog post (no article metadata)",
    H + "klimawandel-global.de.html": "keep: single blog post (no article metadata)",
    H + "kurz.at.wasserstoff.html": "keep: single magazine article (no article metadata)",
    H + "tagesausblick.de.dow.html": "keep: single market analysis article (no article metadata)",
    H + "transgen.de.aktuell.html": "keep: single news article (og:type=website)",
    H + "wara-enforcement.org.guinee.html": "keep: single news article (no article metadata)",
    H + "weltwoche.ch.html": "keep: single interview article (og:type=website)",
    H + "eza.gv.at.html": "keep: single press release (no article metadata)",
    T + "de.creativecommons.org.endlich.html": "keep: single blog post (no article metadata)",
    T + "piratenpartei-mv.de.grundeinkommen.html": "keep: single blog post (no article metadata)",
    T + "psl.eu.luniversite.html": "keep: single news article (no article metadata)",
    T + "sauvonsluniversite.com.spip.html": "keep: single article (no article metadata)",
    T + "sonntag-sachsen.de.emanuel.html": "keep: single news article (no article metadata)",
    T + "creativecommons.at.faircoin.html": "keep: single blog post (no article metadata)",
    T + "womencantalksports.com.top10.html": "keep: single blog post (no article metadata)",
    N + "chinese_article.html": "keep: single news article (no article metadata)",
    N + "graziadaily.co.uk1.html": "keep: single news article (og:type=blog)",
    N + "reuters.com1.html": "keep: single news article (no article metadata)",
    N + "spanish_article.html": "keep: single news article (no article metadata)",
    N + "thedebrief.co.uk1.html": "keep: single news article (og:type=blog)",
    G + "content/test_msn1.html": "keep: single news article (no article metadata)",
    G + "content/test_businessWeek1.html": "keep: single magazine article (no article metadata)",
}

# evaluation pages (--trafilatura-eval / --htmldate-eval), read once by hand in the sample; trafilatura and
# htmldate share many tests/eval files, so each decision holds for both copies
EVAL_SKIPS = {
    "tests/eval/0ac0531f1f0543f4a3f68159e5fd1875.html": "skip: shopping deal listing",
    "tests/eval/archive.org.dzs-clan.de.html": "skip: club home page (archived)",
    "tests/eval/auswaertiges-amt.de-Italien.html": "skip: travel advice reference page",
    "tests/eval/backenmachtgluecklich.de.zitronenkuchen.html": "skip: recipe",
    "tests/eval/bettycrocker.com.pineapple.html": "skip: recipe",
    "tests/eval/creativecommons.ch.wie.html": "skip: organisation information page",
    "tests/eval/bernau-live.de-Veranstaltungstipps.html": "skip: event listing",
    "tests/eval/energiehoch3.de.lexikon.energieversorgung.html": "skip: glossary entry",
    "tests/eval/d43f330cbaf74e92b9aec85e937cb904.html": "skip: forum thread",
    "tests/eval/eatsmarter.de.porridge.html": "skip: recipe",
    "tests/eval/echte-demokratie-jetzt.de.blog.html": "skip: blog index page",
    "tests/eval/harddecor.at.denkmaler.html": "skip: company portfolio page",
    "tests/eval/haustiermagazin.com-katzenspielzeug.html": "skip: product comparison",
    "tests/eval/infocomcgt.fr.caisse.html": "skip: organisation information page",
    "tests/eval/mindmegette.hu.levagott.html": "skip: recipe",
    "tests/eval/pointofsail-kiel.de.wilson.html": "skip: shop page",
    "tests/eval/siegfried-marcus-berufsschule.at.kft.html": "skip: school information page",
    "tests/eval/travanto.de.ferienhaus-feinen.html": "skip: holiday rental listing",
    "tests/test_set/1676646261.html": "skip: tweet page",
    "tests/test_set/1721884119.html": "skip: Google News redirect URL, not the page's address",
}
# Mercury's fixtures (--mercury), each read once: the non-articles among those that pass the rules
MERCURY_OVERRIDES = {
    "biorxiv.org.html": "skip: preprint abstract page (scholarly record)",
    "bookwalker.jp.html": "skip: e-book shop page",
    "clinicaltrials.gov.html": "skip: clinical-trial record",
    "genius.com.html": "skip: song lyrics page",
    "github.com.html": "skip: code hosting page",
    "jvndb.jvn.jp.html": "skip: vulnerability database record",
    "pastebin.com.html": "skip: paste site (fiction pasted as text)",
    "twitter.com.html": "skip: tweet page",
    "www.oreilly.co.jp.html": "skip: book shop page",
    "www.sanwa.co.jp.html": "skip: product release on a manufacturer's shop site",
    "www.youtube.com.html": "skip: video page",
    "deadspin.com--video.html": "skip: video page",
    "www.vulture.com--content-test.html": "skip: another save of the article of www.vulture.com.html",
    "medium.com--another.html": "keep: single blog post (no article metadata)",
}
for _path, _why in MERCURY_OVERRIDES.items():
    OVERRIDES["postlight/parser:fixtures/" + _path] = _why
for _path, _why in EVAL_SKIPS.items():
    for _repo in ("adbar/trafilatura", "adbar/htmldate"):
        OVERRIDES[f"{_repo}:{_path}"] = _why

BLOG_HOSTS = {
    "wordpress.com",
    "blogspot.com",
    "blogspot.fr",
    "blogspot.de",
    "typepad.com",
    "tumblr.com",
    "hypotheses.org",
}
SLD = {
    "co.uk",
    "com.au",
    "au.com",
    "co.jp",
    "com.br",
    "co.nz",
    "co.za",
    "com.ar",
    "com.mx",
    "co.in",
    "ac.uk",
    "org.uk",
    "gov.uk",
    "com.cn",
    "com.tw",
    "co.kr",
    "or.jp",
    "ne.jp",
    "com.pa",
    "com.tn",
    "com.ve",
    "gv.at",
    "ac.at",
    "co.il",
    "com.sg",
    "com.hk",
    "com.tr",
    "com.es",
    "wp.pl",
}


# ----------------------------------------------------------------------------- git
class Repo:
    def __init__(self, name: str, git_dir: str, rev: str = "HEAD"):
        self.name, self.git_dir = name, git_dir
        self.commit = self._git("rev-parse", f"{rev}^{{commit}}").decode().strip()
        self.date = self._git("log", "-1", "--format=%cI", self.commit).decode().strip()

    def _git(self, *args: str) -> bytes:
        return subprocess.run(["git", "--git-dir", self.git_dir, *args], check=True, capture_output=True).stdout

    def ls(self, path: str) -> list[str]:
        out = self._git("-c", "core.quotePath=false", "ls-tree", "-r", "-z", "--name-only", self.commit, "--", path)
        return [p for p in out.decode("utf-8").split("\0") if p]

    def show(self, path: str) -> bytes:
        return self._git("show", f"{self.commit}:{path}")


# ----------------------------------------------------------------------------- small helpers
def clean(s) -> str | None:
    if s is None:
        return None
    if not isinstance(s, str):
        s = str(s)
    for _ in range(3):  # some sites double- or triple-encode entities in meta content
        if "&" in s and re.search(r"&(#\d+|#x[0-9a-f]+|[a-z]+);", s, re.I):
            s = htmllib.unescape(s)
    s = " ".join(s.replace("\u00a0", " ").split())
    return s or None


def norm(s: str | None) -> str:
    """Comparison key (as score.py: NFKC, casefold, quotes/dashes mapped, spaces collapsed)."""
    if not s:
        return ""
    s = unicodedata.normalize("NFKC", s).casefold()
    s = re.sub(r"[\u2018\u2019\u201a\u201b\u2032\u00b4`]", "'", s)
    s = re.sub(r"[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]", '"', s)
    s = re.sub(r"[\u2010-\u2015\u2212]", "-", s)
    return " ".join(s.split())


def alnum(s: str | None) -> str:
    return re.sub(r"\W+", "", norm(s))


def base_domain(url: str | None) -> str | None:
    if not url:
        return None
    host = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower().rstrip(".")
    if not host:
        return None
    parts = host.split(".")
    n = 3 if ".".join(parts[-2:]) in SLD | BLOG_HOSTS else 2
    return ".".join(parts[-n:])


def url_key(url: str | None) -> str | None:
    if not url:
        return None
    u = urlsplit(url if "//" in url else "//" + url)
    host = (u.hostname or "").lower()
    host = host[4:] if host.startswith("www.") else host
    path = re.sub(r"/(index\.html?)?$", "", u.path or "")
    q = "&".join(p for p in (u.query or "").split("&") if p and not p.startswith(("utm_", "iref=", "ref=")))
    return f"{host}{path}" + (f"?{q}" if q else "")


# ----------------------------------------------------------------------------- charset
CHARSET_RE = re.compile(rb"<meta[^>]+?charset\s*=\s*[\"']?\s*([A-Za-z0-9_\-:.]+)", re.I)
XML_ENC_RE = re.compile(rb"^\s*<\?xml[^>]+encoding\s*=\s*[\"']([A-Za-z0-9_\-.]+)", re.I)


def declared_charset(raw: bytes) -> tuple[str, str]:
    """(charset for w3m -I, how it was found)."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return "UTF-8", "BOM"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16", "BOM"
    m = CHARSET_RE.search(raw[:200000])
    if m:
        return m.group(1).decode("ascii"), "meta"
    m = XML_ENC_RE.search(raw[:500])
    if m:
        return m.group(1).decode("ascii"), "xml declaration"
    return "UTF-8", "default"


def charset_contradicted(raw: bytes, charset: str) -> bool:
    """A single-byte charset is declared, but the file is valid UTF-8 with multi-byte sequences
    (re-saved test pages)."""
    if charset.lower().replace("_", "-") in ("utf-8", "utf8", "utf-16"):
        return False
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return re.search(rb"[\xc2-\xf4][\x80-\xbf]", raw) is not None


def decode(raw: bytes, charset: str) -> str:
    try:
        return raw.decode(charset, errors="replace")
    except LookupError:
        return raw.decode("utf-8", errors="replace")


# ----------------------------------------------------------------------------- metadata
def ld_objects(tree) -> list[dict]:
    out: list[dict] = []

    def walk(o):
        if isinstance(o, list):
            for x in o:
                walk(x)
        elif isinstance(o, dict):
            out.append(o)
            for k in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement", "hasPart"):
                if k in o:
                    walk(o[k])

    for s in tree.xpath('//script[contains(translate(@type,"LDJSON","ldjson"),"ld+json")]'):
        txt = (s.text or "").strip()
        txt = re.sub(r"^\s*(<!--|//\s*<!\[CDATA\[|<!\[CDATA\[)", "", txt)
        txt = re.sub(r"(-->|//\s*\]\]>|\]\]>)\s*$", "", txt).strip()
        if not txt:
            continue
        try:
            data = json.loads(txt, strict=False)
        except ValueError:
            try:
                data = json.loads(re.sub(r",\s*([}\]])", r"\1", txt), strict=False)
            except ValueError:
                continue
        walk(data)
    return out


def ld_types(o: dict) -> set[str]:
    t = o.get("@type")
    ts = t if isinstance(t, list) else [t]
    return {str(x).rsplit("/", 1)[-1].lower() for x in ts if x}


def ld_names(v, by_id: dict) -> list[str]:
    """Person/organisation names of a JSON-LD author/publisher value; URLs are not names."""
    out: list[str] = []
    for x in v if isinstance(v, list) else [v]:
        if isinstance(x, dict):
            if "name" not in x and x.get("@id") in by_id:
                x = by_id[x["@id"]]
            n = x.get("name")
            if isinstance(n, list):
                n = n[0] if n else None
            n = clean(n) if isinstance(n, str) else None
        else:
            n = clean(x) if isinstance(x, str) else None
        if n and not re.match(r"^(https?:|www\.|/)", n, re.I):
            out.append(n)
    return out


URL_LIKE = re.compile(r"^(https?:|www\.|/)", re.I)


def is_name(v: str) -> bool:
    """A byline-like value: not a URL, @handle, user name with digits/underscores or a domain."""
    return (
        bool(v)
        and not URL_LIKE.match(v)
        and not re.search(r"@|_|\d|\w\.(com|de|net|org|fr|es|co|at|ch|uk|info|it)\b", v, re.I)
    )


def metas(tree) -> dict[str, list[str]]:
    m: dict[str, list[str]] = defaultdict(list)
    for el in tree.xpath("//meta"):
        key = el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv")
        val = el.get("content")
        if key and val is not None:
            v = clean(val)
            if v:
                m[key.strip().lower()].append(v)
    return m


def date_of(s: str | None) -> str | None:
    """Calendar date as written (no time-zone conversion)."""
    if not s:
        return None
    s = s.strip()
    m = (
        re.match(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])", s)
        or re.match(r"^(\d{4})/(\d{1,2})/(\d{1,2})(?:$|\D)", s)
        or re.match(r"^(\d{4})(\d{2})(\d{2})(?:$|[T\s]?\d)", s)
    )
    if m:
        y, mo, d = map(int, m.groups())
    else:
        try:
            dt = email.utils.parsedate_to_datetime(s)
            y, mo, d = dt.year, dt.month, dt.day
        except (TypeError, ValueError, IndexError):
            dt = None
            for fmt in ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%a %b %d %H:%M:%S %Z %Y", "%d.%m.%Y", "%m/%d/%Y"):
                try:
                    dt = datetime.strptime(re.sub(r"\s+(EDT|EST|PDT|PST|CDT|CST)\s+", " UTC ", s), fmt)
                    break
                except ValueError:
                    continue
            if dt is None:
                return None
            y, mo, d = dt.year, dt.month, dt.day
    if not (1990 <= y <= 2030 and 1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


URL_DATE_RE = re.compile(r"/((?:19|20)\d\d)[/-](\d\d?)[/-](\d\d?)(?:[/_.-]|$)|/((?:19|20)\d\d)(\d\d)(\d\d)(?:/|$)")
URL_MONTH_RE = re.compile(r"/((?:19|20)\d\d)[/-](\d\d)(?:/|$)")


def url_date(url: str | None) -> tuple[str | None, str | None]:
    """(YYYY-MM-DD, YYYY-MM) found in the URL path."""
    if not url:
        return None, None
    path = urlsplit(url).path
    m = URL_DATE_RE.search(path)
    if m:
        y, mo, d = map(int, [g for g in m.groups() if g])
        if 1 <= mo <= 12 and 1 <= d <= 31:
            return f"{y:04d}-{mo:02d}-{d:02d}", f"{y:04d}-{mo:02d}"
    m = URL_MONTH_RE.search(path)
    if m and 1 <= int(m.group(2)) <= 12:
        return None, f"{m.group(1)}-{m.group(2)}"
    return None, None


MONTHS = {}
for i, names in enumerate(
    [
        "january jan janvier janv enero ene januar jän",
        "february feb février févr febrero febr februar",
        "march mar mars marzo märz mrz",
        "april apr avril avr abril",
        "may mai mayo",
        "june jun juin junio juni",
        "july jul juillet juil julio juli",
        "august aug août agosto ago",
        "september sep sept septembre septiembre",
        "october oct octobre octubre oktober okt",
        "november nov novembre noviembre",
        "december dec décembre déc diciembre dic dezember dez",
    ],
    1,
):
    for n in names.split():
        MONTHS[n] = i
_MON = "|".join(sorted(MONTHS, key=len, reverse=True))
PRINTED_RES = [  # (regex, group order y m d), month names or numbers
    (re.compile(rf"\b({_MON})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b", re.I), (3, 1, 2)),
    (
        re.compile(
            rf"\b(\d{{1,2}})(?:\.|er|st|nd|rd|th)?\s+(?:de\s+)?({_MON})\.?,?\s+(?:de\s+)?((?:19|20)\d\d)\b", re.I
        ),
        (3, 2, 1),
    ),
    (re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b"), (1, 2, 3)),
    (re.compile(r"\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\b"), (3, 2, 1)),
    (re.compile(r"\b(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\b"), (3, 1, 2)),
]


# more forms, only for Mercury's dates (the near-date rule of make_truth picks among them): CJK and
# year-first (2019年4月11日, 2019/04/11, 2019.04.11), day-first 18/03/2019, US 10/13/16, and the month-name
# and ISO forms glued to the neighbouring text ("BroadwayWorld.comOct. 13, 2016", "20163:33 PM", "谢若含2017-03-01")
MORE_PRINTED_RES = [
    (re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"), (1, 2, 3)),
    (re.compile(r"(?<![\d.])((?:19|20)\d\d)[/.](\d{1,2})[/.](\d{1,2})(?![\d.])"), (1, 2, 3)),
    (re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)(?![\d/])"), (3, 2, 1)),
    (re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d\d)(?![\d/])"), (3, 1, 2)),
    (
        re.compile(
            rf"(?:(?<![A-Za-z])|(?<=[a-z])(?=[A-Z]))((?i:{_MON}))\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+"
            r"((?:19|20)\d\d)(?=\d{1,2}:\d\d|\D|$)"
        ),
        (3, 1, 2),
    ),
    (re.compile(r"(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)"), (1, 2, 3)),
]


def printed_dates_at(txt: str, more: bool = False) -> dict[str, list[int]]:
    """Calendar dates written in the page text (a few common English/German/French/Spanish forms; with
    more also the MORE_PRINTED_RES forms) -> the offsets where they are written."""
    out: dict[str, list[int]] = defaultdict(list)
    for rx, (iy, im, idd) in PRINTED_RES + (MORE_PRINTED_RES if more else []):
        for m in rx.finditer(txt):
            y, mo, d = m.group(iy), m.group(im), m.group(idd)
            mo = int(mo) if mo.isdigit() else MONTHS.get(mo.lower())
            y = int(y) + (2000 if len(y) == 2 else 0)
            if mo and 1 <= mo <= 12 and 1 <= int(d) <= 31 and 1900 <= y <= 2099:
                k = f"{y:04d}-{mo:02d}-{int(d):02d}"
                if more:  # (kept as it was for the other sources' truth: no calendar check there)
                    try:
                        datetime.strptime(k, "%Y-%m-%d")
                    except ValueError:
                        continue
                out[k].append(m.start())
    return out


def printed_dates(txt: str) -> set[str]:
    """Calendar dates written in the page text (a few common English/German/French/Spanish forms)."""
    return set(printed_dates_at(txt))


def days_apart(a: str, b: str) -> int:
    return abs((datetime.strptime(a, "%Y-%m-%d") - datetime.strptime(b, "%Y-%m-%d")).days)


DATE_METAS = [
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "publishdate",
    "publish-date",
    "publish_date",
    "pubdate",
    "publication_date",
    "originalpublicationdate",
    "article.published",
    "sailthru.date",
    "parsely-pub-date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "dc.date",
    "dcterms.date",
    "date",
]


def page_meta(tree) -> dict:
    """Everything the truth is taken from, with its provenance."""
    m = metas(tree)
    objs = ld_objects(tree)
    by_id = {o["@id"]: o for o in objs if isinstance(o.get("@id"), str)}
    arts = [o for o in objs if ld_types(o) & ARTICLE_TYPES]
    art = arts[0] if arts else {}
    all_types = set().union(*[ld_types(o) for o in objs]) if objs else set()
    micro = {t.rsplit("/", 1)[-1].lower() for t in tree.xpath("//@itemtype")}
    html_el = tree.getroot() if hasattr(tree, "getroot") else tree
    lang = html_el.get("lang") or html_el.get("{http://www.w3.org/XML/1998/namespace}lang") or ""
    lang = lang.strip()[:2].lower() if re.match(r"^[A-Za-z]{2}(?:$|[-_])", lang.strip()) else None
    t_el = tree.xpath("//title")
    publisher = ld_names(art.get("publisher"), by_id) if art else []
    if not publisher:
        for o in objs:
            if "publisher" in o:
                publisher = ld_names(o["publisher"], by_id)
                if publisher:
                    break
    headline = art.get("headline") or art.get("name") if art else None
    if isinstance(headline, list):
        headline = headline[0] if headline else None
    canon = tree.xpath('//link[translate(@rel,"CANONICL","canonicl")="canonical"]/@href')
    return {
        "og_type": (m.get("og:type") or [None])[0],
        "ld_types": sorted(all_types),
        "ld_article": bool(art),
        "micro_types": sorted(micro),
        "ld_headline": clean(headline) if isinstance(headline, str) else None,
        "og_title": (m.get("og:title") or [None])[0],
        "html_title": clean(t_el[0].text_content()) if t_el else None,
        "og_site_name": next((v for v in m.get("og:site_name", []) if not URL_LIKE.match(v)), None),
        "ld_publisher": next((v for v in publisher if not URL_LIKE.match(v)), None),
        "ld_date": date_of(art.get("datePublished") if isinstance(art.get("datePublished"), str) else None),
        "ld_authors": [n for n in ld_names(art.get("author"), by_id) if is_name(n)] if art else [],
        "meta_dates": [(k, date_of(m[k][0])) for k in DATE_METAS if k in m and date_of(m[k][0])],
        "meta_author": [
            (k, v)
            for k in ("author", "article:author", "dc.creator", "sailthru.author", "byl")
            for v in m.get(k, [])
            if is_name(v)
        ],
        "url": (m.get("og:url") or [None])[0] or (canon[0] if canon else None),
        "lang": lang,
    }


# ----------------------------------------------------------------------------- truth
SEP_RE = re.compile(r"^(.*\S)\s+[|\-\u2013\u2014:\u00b7»]\s+(\S.*)$")


def strip_site(title: str | None, outlet: str | None, domain: str | None) -> tuple[str | None, str | None]:
    """Remove a trailing " | Site" / " - Site" when Site is the outlet (or, without outlet, the domain)."""
    if not title:
        return title, None
    m = SEP_RE.match(title)
    if not m:
        return title, None
    head, site = m.groups()
    if outlet and alnum(site) == alnum(outlet):
        return head, site
    dom = (domain or "").split(".")[0]
    if not outlet and domain and alnum(site) in {alnum(domain), dom, alnum("www." + domain)}:
        return head, site
    return title, None


TITLE_SEP_RE = re.compile(r"(\s+[|\-\u2013\u2014\u00bb\u00ab\u2039\u203a:\u00b7/]\s+|:\s+)")


def title_variants(title: str) -> list[str]:
    """The title and its runs of " | "-separated parts, longest first (for finding the printed headline)."""
    parts = TITLE_SEP_RE.split(title)
    segs, seps = parts[0::2], parts[1::2]
    out = []
    longest = max(range(len(segs)), key=lambda i: len(segs[i].strip()))
    for n in range(len(segs), 0, -1):
        for i in range(0, len(segs) - n + 1):
            v = segs[i]
            for k in range(i + 1, i + n):
                v += seps[k - 1] + segs[k]
            v = v.strip()
            # the headline is the longest part, or the first part when that is a good share of the title
            if not (i <= longest < i + n or (i == 0 and len(v) >= 0.35 * len(title))):
                continue
            if v and (len(v.split()) >= 2 or len(v) >= 12) and v not in out:
                out.append(v)
    return out


TITLE_PARTS_RE = re.compile(r"\s+[|\-\u2013\u2014\u00bb:\u00b7]\s+|\s*[\uff5c\uff1a_\uff20@]\s*|:\s+")


def title_brand(html_title: str, domain: str | None, headline: str | None) -> str | None:
    """The part of a <title> that names the site ("Headline - Gothamist", "Headline：IPA ..."): a short part,
    not the headline, whose letters contain the domain's name or are contained in it."""
    label = alnum((domain or "").split(".")[0])
    if len(label) < 3:
        return None
    for part in TITLE_PARTS_RE.split(html_title):
        a = alnum(part)
        if not a or len(part) > 40 or (headline and (a in alnum(headline) or alnum(headline) in a)):
            continue
        if label in a or (len(a) >= 4 and a in label):
            return part.strip()
    return None


def split_authors(names: list[str]) -> list[str]:
    out: list[str] = []
    for n in names:
        n = re.sub(r"^by\s+", "", n, flags=re.I).strip()
        if n and norm(n) not in {norm(x) for x in out}:
            out.append(n)
    return out


def paragraphs(text: str | None) -> str:
    return "\n\n".join(p.strip() for p in re.split(r"\n+", text or "") if p.strip())


def make_truth(cand: dict, meta: dict, body_traf: str, page_txt: str) -> dict:
    notes, alts = [], defaultdict(list)
    exp = cand.get("expected") or {}
    domain = base_domain(cand["page_url"])

    # outlet
    outlet, outlet_src = None, None
    if meta["og_site_name"]:
        outlet, outlet_src = meta["og_site_name"], "og:site_name"
    elif meta["ld_publisher"]:
        outlet, outlet_src = meta["ld_publisher"], "JSON-LD publisher.name"
    if outlet and meta["ld_publisher"] and norm(meta["ld_publisher"]) != norm(outlet):
        alts["outlet"].append(meta["ld_publisher"])
    if not outlet and cand.get("outlet_from_title") and meta["html_title"]:
        outlet = title_brand(meta["html_title"], domain, exp.get("title"))
        outlet_src = "<title> part naming the domain" if outlet else None

    # title
    cands = [("JSON-LD headline", meta["ld_headline"]), ("og:title", meta["og_title"]), ("<title>", meta["html_title"])]
    title, title_src = next(((v, k) for k, v in cands if v), (None, None))
    if exp.get("title"):
        title, title_src = clean(exp["title"]), f"{cand['src_name']} expected title"
    title_raw = title
    title, site = strip_site(title, outlet, domain)
    if site:
        title_src += f' minus trailing "{site}"'
        if not outlet:
            alts["outlet"] += [None, site]
            notes.append(f'outlet alternative "{site}" from the title suffix')
    for _, v in cands:
        v2, _ = strip_site(v, outlet, domain)
        for x in (v2,):
            if x and norm(x) != norm(title) and norm(x) not in map(norm, alts["title"]):
                alts["title"].append(x)
    if title_raw and norm(title_raw) != norm(title) and norm(title_raw) not in map(norm, alts["title"]):
        alts["title"].append(title_raw)
    # the headline as displayed: when the metadata title is not printed in page.txt, use the metadata
    # variant that is (another title source, or the title with site/section parts cut off)
    ntxt = norm(page_txt)
    if title and norm(title) not in ntxt:
        lines = {norm(re.sub(r"^[#*•\s]+", "", ln)) for ln in page_txt.splitlines() if ln.strip()}
        variants = [v for t in [title] + alts["title"] for v in title_variants(t)]
        pick = next((v for v in variants if norm(v) in lines), None) or next(
            (v for v in variants if len(v.split()) >= 3 and norm(v) in ntxt), None
        )
        if pick:
            alts["title"] = [title] + [a for a in alts["title"] if norm(a) != norm(pick)]
            notes.append(f"title: the {title_src} value is not printed; the printed variant is used")
            title_src += " -> printed variant"
            title = pick

    # date
    date, date_src = None, None
    if meta["ld_date"]:
        date, date_src = meta["ld_date"], "JSON-LD datePublished"
    elif meta["meta_dates"]:
        date, date_src = meta["meta_dates"][0][1], f"meta {meta['meta_dates'][0][0]}"
    if exp.get("publish_date") and date_of(exp["publish_date"]):
        d = date_of(exp["publish_date"])
        if date and d != date:
            alts["date"].append(date)
        date, date_src = d, f"{cand['src_name']} expected publish_date"
    # Mercury's date_published is an instant in UTC (or its UTC day), and a US evening is the next day in
    # UTC: the page's own day is the date printed next to it (the metadata date when that is printed too),
    # else the page's metadata date, else the UTC day
    shown_at = None
    if exp.get("published_utc") and date_of(exp["published_utc"]):
        d_utc, meta_date, meta_src = date_of(exp["published_utc"]), date, date_src
        shown_at = printed_dates_at(page_txt, more=True)
        # printed dates within a day of Mercury's, the one written nearest to the headline first
        at = page_txt.find(title) if title and title in page_txt else 0
        near = sorted(
            (d for d in shown_at if days_apart(d, d_utc) <= 1),
            key=lambda d: (min(abs(p - at) for p in shown_at[d]), d),
        )
        via = f"{cand['src_name']} expected date_published {exp['published_utc']}"
        if meta_date in near:
            date, date_src = meta_date, f"printed on the page (= {meta_src}; {via})"
        elif near:
            date, date_src = near[0], f"printed on the page (the printed date within a day of {via} nearest the title)"
        elif meta_date and days_apart(meta_date, d_utc) <= 1:
            date, date_src = meta_date, f"{meta_src} (not printed; {via})"
        else:
            date, date_src = d_utc, f"UTC day of {via} (not printed)"
            if meta_date:
                notes.append(f"metadata date {meta_date} is not within a day of Mercury's date")
        if len(near) > 1:
            notes.append("several printed dates within a day of Mercury's: " + ", ".join(near))
        if date != d_utc and d_utc not in near and meta_date != d_utc:
            notes.append(f"Mercury's UTC day {d_utc} is not the page's day")
    for k, d in meta["meta_dates"]:
        if d != date and d not in alts["date"] and k != "date":
            alts["date"].append(d)
    if meta["ld_date"] and meta["ld_date"] != date and meta["ld_date"] not in alts["date"]:
        alts["date"].append(meta["ld_date"])
    # cross-check with a date in the URL and the dates printed on the page: some sites put a stale
    # site-wide or "modified" date in their metadata
    u_day, u_month = url_date(cand["page_url"])
    shown = set(shown_at) if shown_at is not None else printed_dates(page_txt)
    if date and u_day and days_apart(date, u_day) > 1:
        if date in shown:
            if u_day in shown:
                alts["date"].append(u_day)
        elif u_day in shown:
            notes.append(f"metadata date {date} ({date_src}) is not printed, the URL date is; URL date used")
            alts["date"] = [d for d in alts["date"] if d != u_day and days_apart(d, u_day) <= 1]
            date, date_src = u_day, "URL path, printed on the page (metadata date contradicted)"
        else:
            notes.append(f"URL date {u_day} differs from the metadata date")
            alts["date"].append(u_day)
    elif (
        date
        and not u_day
        and u_month
        and date not in shown
        and abs((int(date[:4]) * 12 + int(date[5:7])) - (int(u_month[:4]) * 12 + int(u_month[5:]))) > 6
    ):
        inmonth = sorted({d for d in shown if d[:7] == u_month})
        notes.append(f"metadata date {date} ({date_src}) is stale: not printed and far from the URL month {u_month}")
        alts["date"] = []
        if len(inmonth) == 1:
            date, date_src = inmonth[0], "printed on the page in the URL month (metadata date stale)"
        else:
            date, date_src = None, "none (metadata date stale)"
    elif not date and u_day:
        date, date_src = u_day, "URL path (no date metadata)"
    if date and date not in shown:  # time-zone shifted metadata: the printed day next to it is fine too
        for d in sorted(shown):
            if days_apart(d, date) == 1 and d not in alts["date"]:
                alts["date"].append(d)

    # author
    author, author_src, author_null_ok = None, None, False
    if exp.get("authors"):
        names = split_authors(exp["authors"])
        pos = {n: (page_txt.find(n) if n in page_txt else 10**9) for n in names}
        names.sort(key=lambda n: pos[n])
        author, author_src = ", ".join(names), f"{cand['src_name']} expected authors"
    elif meta["ld_authors"]:
        author, author_src = ", ".join(split_authors(meta["ld_authors"])), "JSON-LD author"
    elif meta["meta_author"]:
        k, v = meta["meta_author"][0]
        author, author_src, author_null_ok = ", ".join(split_authors([v])), f"meta {k}", True
    if author:
        others = []
        if meta["ld_authors"]:
            others.append(", ".join(split_authors(meta["ld_authors"])))
        others += [", ".join(split_authors([v])) for _, v in meta["meta_author"]]
        for o in others:
            if o and norm(o) != norm(author) and norm(o) not in map(norm, [a for a in alts["author"] if a]):
                alts["author"].append(o)
        names = [n.strip() for n in author.split(",")]
        if not author_null_ok and not all(norm(n) in norm(page_txt) for n in names if n):
            author_null_ok = True
            notes.append("author not printed verbatim in page.txt, so null is an alternative")
        if author_null_ok:
            alts["author"].append(None)

    # body
    gtext = paragraphs(exp.get("cleaned_text"))
    if gtext and len(gtext) >= GOOSE_FULL_RATIO * len(body_traf):
        body, body_src = gtext, "goose3 expected cleaned_text"
    else:
        body, body_src = body_traf, f"trafilatura {trafilatura.__version__} extract(favor_precision)"
        if gtext:
            notes.append(f"goose3 cleaned_text is only a prefix ({len(gtext)} chars), not used")

    srcs = [
        f"title={title_src}",
        f"outlet={outlet_src}",
        f"date={date_src}",
        f"author={author_src}",
        f"body={body_src}",
    ]
    return {
        "title": title,
        "outlet": outlet,
        "date": date,
        "author": author or None,
        "body": body,
        "alternatives": {k: v for k, v in alts.items() if v},
        "lang": meta["lang"],
        "url": cand["page_url"],
        "notes": "silver: " + "; ".join(srcs + notes),
    }


# ----------------------------------------------------------------------------- classification
PLACEHOLDER_HOSTS = {"example.com", "exemple.com", "go.com", "foo.bar"}


def page_url(cand: dict, meta: dict, raw: bytes) -> str | None:
    """The page's URL: the one the test data names, except goose3 fixtures (placeholder or reused
    URLs) where the page's own og:url / canonical link wins, and test URLs whose site name the page
    never mentions (a label, not the page's address)."""
    own = meta["url"] if meta["url"] and re.match(r"^https?://", meta["url"]) else None
    given = cand.get("url")
    if given and base_domain(given) in PLACEHOLDER_HOSTS:
        given = None
    if given and base_domain(given).split(".")[0].encode() not in raw.lower():
        given = None
    if cand["src_name"] == "goose3" and own:
        return own
    return given or own


def classify(cand: dict, meta: dict, body_len: int, min_body: int = MIN_BODY_CHARS) -> tuple[bool, str]:
    key = cand["key"]
    url = cand["page_url"] or ""
    if key in OVERRIDES and not (OVERRIDES[key].startswith("keep") and body_len < min_body):
        return OVERRIDES[key].startswith("keep"), OVERRIDES[key]
    path = urlsplit(url).path if url else ""
    og = (meta["og_type"] or "").lower()
    types = set(meta["ld_types"])
    micro = set(meta["micro_types"])
    art = meta["ld_article"] or og == "article" or bool(micro & ARTICLE_TYPES)
    if url and path.strip("/") in ("", "index.html", "index.php", "home") and not urlsplit(url).query:
        return False, "skip: home page URL"
    if body_len < min_body:
        return False, f"skip: extracted body only {body_len} chars"
    if art:
        return True, "keep: article metadata (" + ", ".join(
            x
            for x in [
                f"og:type={og}" if og else "",
                "JSON-LD " + "/".join(sorted(types & ARTICLE_TYPES)) if meta["ld_article"] else "",
                "microdata " + "/".join(sorted(micro & ARTICLE_TYPES)) if micro & ARTICLE_TYPES else "",
            ]
            if x
        ) + ")"
    if og in NON_ARTICLE_OG or types & NON_ARTICLE_LD:
        return False, f"skip: non-article metadata (og:type={og or '-'}, JSON-LD {sorted(types) or '-'})"
    if cand.get("article_hint"):
        return True, f"keep: no article metadata, {cand['article_hint']}"
    # no metadata at all: only clear single articles (dated or story-id URL and a substantial text)
    if (
        re.search(r"/(19|20)\d\d[/-]\d\d?[/-]|/(19|20)\d\d/|[-_/]\d{5,}|story|article|news|blog|/p/", path, re.I)
        and body_len >= 1500
    ):
        return True, "keep: no article metadata, article URL and long single text"
    return False, "skip: no article metadata and not clearly a single article"


# ----------------------------------------------------------------------------- sources
def mock_pages(repo: Repo, pyfiles: list[str]) -> dict[str, str]:
    """filename -> URL from MOCK_PAGES = {url: filename} dicts in the test modules."""
    out: dict[str, str] = {}
    for f in pyfiles:
        try:
            mod = ast.parse(repo.show(f).decode("utf-8"))
        except Exception:
            continue
        for node in ast.walk(mod):
            if (
                isinstance(node, ast.Assign)
                and any(getattr(t, "id", None) == "MOCK_PAGES" for t in node.targets)
                and isinstance(node.value, ast.Dict)
            ):
                for k, v in zip(node.value.keys, node.value.values):
                    if isinstance(k, ast.Constant) and isinstance(v, ast.Constant):
                        out.setdefault(v.value, k.value)
    return out


def src_adbar(repo: Repo, src_name: str) -> list[dict]:
    urls = mock_pages(repo, [p for p in repo.ls("tests") if re.match(r"tests/[^/]+\.py$", p)])
    out = []
    for p in repo.ls("tests/cache"):
        if re.search(r"\.html?(\.gz)?$", p):
            out.append({"path": p, "url": urls.get(p.rsplit("/", 1)[1].removesuffix(".gz"))})
    return out


def src_goose3(repo: Repo, src_name: str) -> list[dict]:
    files = set(repo.ls("tests/data"))
    out = []
    for p in sorted(files):
        if p.endswith(".html"):
            exp, url = {}, None
            j = p[:-5] + ".json"
            if j in files:
                d = json.loads(repo.show(j))
                exp = {
                    k: v
                    for k, v in (d.get("expected") or {}).items()
                    if k in ("title", "authors", "publish_date", "cleaned_text") and v
                }
                url = d.get("url") or None
            out.append({"path": p, "url": url, "expected": exp})
    return out


def src_newspaper(repo: Repo, src_name: str) -> list[dict]:
    def base(url):  # tests/unit_tests.py get_base_domain
        dom = urlsplit(url).hostname or ""
        n = 3 if ".".join(dom.split(".")[-2:]) in ("co.uk", "com.au", "au.com") else 2
        return ".".join(dom.split(".")[-n:])

    urls, counter = {}, Counter()
    for u in repo.show("tests/data/fulltext_url_list.txt").decode().split("\n"):
        if u.strip():
            b = base(u.strip())
            counter[b] += 1
            urls[f"{b}{counter[b]}.html"] = u.strip()
    ut = repo.show("tests/unit_tests.py").decode("utf-8")
    exp_cnn = {}
    m = re.search(r"def test_parse_html\(self\):(.*?)\n    @print_test", ut, re.S)
    if m:
        body = m.group(1)
        a = re.search(r"AUTHORS = (\[.*?\])", body, re.S)
        t = re.search(r"TITLE = ('.*?')\n", body)
        d = re.search(r"assertEqual\('(\d{4}-\d\d-\d\d)[^']*',\s*str\(self\.article\.publish_date\)", body)
        exp_cnn = {
            "authors": ast.literal_eval(a.group(1)) if a else None,
            "title": ast.literal_eval(t.group(1)) if t else None,
            "publish_date": d.group(1) if d else None,
        }
        exp_cnn = {k: v for k, v in exp_cnn.items() if v}
        u = re.search(r"url='(http[^']+)'\s*\n?\s*'([^']*)'", ut)
        cnn_url = (u.group(1) + u.group(2)) if u else None
    # url = '...' next to mock_resource_with('<name>', 'html') in the same test function
    for fn in ast.walk(ast.parse(ut)):
        if isinstance(fn, ast.FunctionDef):
            u = [
                n.value.value
                for n in ast.walk(fn)
                if isinstance(n, ast.Assign)
                and isinstance(n.value, ast.Constant)
                and any(getattr(t, "id", None) == "url" for t in n.targets)
                and isinstance(n.value.value, str)
            ]
            names = [
                n.args[0].value
                for n in ast.walk(fn)
                if isinstance(n, ast.Call)
                and getattr(n.func, "id", None) == "mock_resource_with"
                and len(n.args) == 2
                and isinstance(n.args[0], ast.Constant)
                and getattr(n.args[1], "value", None) == "html"
            ]
            if len(u) == 1 and len(names) == 1 and u[0].startswith("http"):
                urls.setdefault(names[0] + ".html", u[0])
    out = []
    for p in repo.ls("tests/data/html"):
        name = p.rsplit("/", 1)[1]
        if name == "cnn_article.html":
            out.append({"path": p, "url": cnn_url, "expected": exp_cnn})
        elif p.endswith(".html"):
            out.append({"path": p, "url": urls.get(name)})
    return out


def src_dragnet(repo: Repo, src_name: str) -> list[dict]:
    return [{"path": p, "url": None} for p in repo.ls("test/datafiles") if re.search(r"\.html?$", p)]


def annotated_files(repo: Repo, json_path: str) -> dict[str, dict]:
    """file name -> {"url": ..., "date": ...} from an evaluation annotation file {url: {"file": ..., ...}}."""
    try:
        data = json.loads(repo.show(json_path))
    except (subprocess.CalledProcessError, ValueError):
        return {}
    out: dict[str, dict] = {}
    for url, v in data.items():
        if isinstance(v, dict) and v.get("file"):
            date = v.get("date") if isinstance(v.get("date"), str) else None  # a few are NaN
            out.setdefault(v["file"], {"url": url, "date": date})
    return out


def eval_dir_files(repo: Repo, folder: str, annotated: dict[str, dict]) -> list[str]:
    """HTML files of an evaluation folder: *.htm(l)(.gz), plus annotated files without such a suffix."""
    return [p for p in repo.ls(folder) if re.search(r"\.html?(\.gz)?$", p, re.I) or p.rsplit("/", 1)[1] in annotated]


def src_trafilatura_eval(repo: Repo, src_name: str) -> list[dict]:
    """trafilatura's evaluation pages (tests/eval); URLs from tests/evaldata.json. Its title/author/date
    fields are not used (provenance undocumented): truth comes from the page metadata as for tests/cache."""
    ann = annotated_files(repo, "tests/evaldata.json")
    return [
        {"path": p, "url": (ann.get(p.rsplit("/", 1)[1]) or {}).get("url")}
        for p in eval_dir_files(repo, "tests/eval", ann)
    ]


def src_htmldate_eval(repo: Repo, src_name: str) -> list[dict]:
    """htmldate's evaluation pages (tests/eval, tests/test_set) with their URL and hand-checked
    publication date (tests/eval_default.json, tests/eval_mediacloud_2020.json) as expected date."""
    out = []
    for folder, json_path in (
        ("tests/eval", "tests/eval_default.json"),
        ("tests/test_set", "tests/eval_mediacloud_2020.json"),
    ):
        ann = annotated_files(repo, json_path)
        for p in eval_dir_files(repo, folder, ann):
            a = ann.get(p.rsplit("/", 1)[1]) or {}
            out.append(
                {"path": p, "url": a.get("url"), "expected": {"publish_date": a["date"]} if a.get("date") else {}}
            )
    return out


JS_TOKEN_RE = re.compile(
    r"(?P<comment>//[^\n]*|/\*.*?\*/)"
    r"|(?P<str>'(?:\\.|[^'\\\n])*'|\"(?:\\.|[^\"\\\n])*\"|`(?:\\.|[^`\\])*`)"
    r"|(?P<name>[A-Za-z_$][\w$]*)"
    r"|(?P<punct>\S)",
    re.S,
)
JS_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}


def js_string(lit: str) -> str | None:
    """Value of a JavaScript string literal; None for a template literal with ${...}."""
    body = lit[1:-1]
    if lit[0] == "`" and "${" in body:
        return None

    def esc(m: re.Match) -> str:
        e = m.group(1)
        if e[0] in "ux":
            return chr(int(e[1:].strip("{}"), 16))
        if e[0] == "\n":  # line continuation
            return ""
        return JS_ESCAPES.get(e, e)

    return re.sub(r"\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|\n|.)", esc, body, flags=re.S)


def js_tokens(src: str) -> list[tuple[str, str]]:
    """(kind, value) tokens of a test module: kind is "str" (decoded; None if not constant), "name" or
    "punct"; comments are dropped. Good enough for the test files, not a JavaScript parser."""
    out = []
    for m in JS_TOKEN_RE.finditer(src):
        kind = m.lastgroup
        if kind == "str":
            out.append(("str", js_string(m.group())))
        elif kind != "comment":
            out.append((kind, m.group()))
    return out


def js_const(toks: list[tuple[str, str]], i: int) -> tuple[str | None, int]:
    """A constant string expression ('a' + 'b' ...) starting at token i: (value, index after it)."""
    val, j = None, i
    while j < len(toks) and toks[j][0] == "str" and toks[j][1] is not None:
        val = (val or "") + toks[j][1]
        if j + 2 < len(toks) and toks[j + 1] == ("punct", "+") and toks[j + 2][0] == "str":
            j += 2
        else:
            j += 1
            break
    return val, j


MERCURY_FIELDS = {"title": "title", "author": "author", "date_published": "date", "new_date_published": "date"}


def js_findings(toks: list[tuple[str, str]], a: int, b: int, found: dict) -> None:
    """The page URL (url / articleUrl / uri = '...') and assert.equal(title | author | date_published...,
    '...') values in toks[a:b]; the first of each wins."""
    for i in range(a, b):
        kind, v = toks[i]
        if kind != "name":
            continue
        if v in ("url", "articleUrl", "uri") and i + 1 < b and toks[i + 1] == ("punct", "="):
            u, _ = js_const(toks, i + 2)
            if u and u.startswith("http"):
                found.setdefault("url", u)
        elif v == "assert" and toks[i + 1 : i + 4] == [("punct", "."), ("name", "equal"), ("punct", "(")]:
            j, depth, expr = i + 4, 0, []
            while j < b and not (depth == 0 and toks[j] in (("punct", ","), ("punct", ")"))):
                if toks[j][0] == "punct":
                    depth += {"(": 1, "[": 1, ")": -1, "]": -1}.get(toks[j][1], 0)
                expr.append(toks[j])
                j += 1
            if j >= b or toks[j] != ("punct", ",") or not expr or expr[0][0] != "name":
                continue
            val, k = js_const(toks, j + 1)
            if val is None or k >= b or toks[k] not in (("punct", ")"), ("punct", ",")):
                continue
            field = MERCURY_FIELDS.get(expr[0][1])
            # title, author: the value itself; date: also date_published.split('T')[0]
            if field and (len(expr) == 1 or field == "date"):
                found.setdefault(field, val)


def mercury_expectations(src: str) -> dict[str, dict]:
    """fixture path -> {"url", "title", "author", "date"} from one extractor test module. A fixture read
    (readFileSync('./fixtures/X.html')) owns the largest { } block around it that reads no other fixture;
    when that block is a beforeAll/beforeEach body, also the sibling blocks (its it(...) tests) that read
    no fixture themselves."""
    toks = js_tokens(src)
    blocks, stack = [], []
    for i, t in enumerate(toks):
        if t == ("punct", "{"):
            stack.append(i)
        elif t == ("punct", "}") and stack:
            blocks.append((stack.pop(), i))
    reads = []  # (token index, fixture path)
    for i, (kind, v) in enumerate(toks):
        if kind == "name" and v == "readFileSync" and i + 2 < len(toks) and toks[i + 2][0] == "str":
            m = re.match(r"^\./(fixtures/[^/]+\.html?)$", toks[i + 2][1] or "")
            if m:
                reads.append((i, m.group(1)))

    def fixtures_in(a: int, b: int) -> set[str]:
        return {f for i, f in reads if a < i < b}

    out: dict[str, dict] = {}
    for i, fx in reads:
        chain = sorted(((a, b) for a, b in blocks if a < i < b), key=lambda ab: ab[1] - ab[0])
        chain.append((-1, len(toks)))  # the module itself
        n = 0
        while n + 1 < len(chain) and fixtures_in(*chain[n + 1]) == {fx}:
            n += 1
        ranges = [chain[n]]
        head = [v for _, v in toks[max(0, chain[n][0] - 8) : chain[n][0]]]
        if n + 1 < len(chain) and ("beforeAll" in head or "beforeEach" in head):
            pa, pb = chain[n + 1]
            ranges += [
                (a, b)
                for a, b in blocks
                if pa < a < b < pb
                and not fixtures_in(a, b)
                and not any(pa < a2 < a and b < b2 < pb for a2, b2 in blocks)  # direct children only
            ]
        found = out.setdefault(fx, {})
        for a, b in ranges:
            js_findings(toks, a + 1, b, found)
    return out


def src_mercury(repo: Repo, src_name: str) -> list[dict]:
    """postlight/parser (Mercury) fixtures/*.html; URL and expected title/author/date_published from the
    custom extractors' tests (src/extractors/custom/<domain>/index.test.js). Mercury's date_published is
    an instant in UTC (or the UTC day): make_truth takes the day the page prints near it."""
    exp: dict[str, dict] = {}
    for p in repo.ls("src/extractors/custom"):
        if p.endswith("/index.test.js"):
            for fx, d in mercury_expectations(repo.show(p).decode("utf-8")).items():
                for k, v in d.items():
                    exp.setdefault(fx, {}).setdefault(k, v)
    out = []
    for p in repo.ls("fixtures"):
        if not re.search(r"\.html?$", p):
            continue
        e = exp.get(p, {})
        expected, notes = {}, []
        if e.get("title"):
            expected["title"] = e["title"]
        if e.get("author"):
            # Mercury's author is what its selectors found: a byline, or sometimes a profile URL, a label
            # ("著者：…", "Politik · …"), a bio or an e-mail; only name-like values are taken
            names = [n for n in re.split(r"\s*,\s*|\s*&\s*|\s+and\s+", clean(e["author"]) or "") if n]
            if names and all(is_name(n) and len(n) <= 40 and not re.search(r"[|·•●：:（(《/\\]", n) for n in names):
                expected["authors"] = names
            else:
                notes.append(f"Mercury's author {e['author']!r} is not a byline of names, not used")
        if e.get("date") and date_of(e["date"]):
            expected["published_utc"] = e["date"]
        # a custom extractor whose test expects an author or a publication date was written for articles
        hint = "Mercury's test expects an author or date" if e.get("author") or e.get("date") else None
        out.append(
            {
                "path": p,
                "url": e.get("url"),
                "expected": expected,
                "notes": notes,
                "article_hint": hint,
                "cap_rank": 0 if expected else 1,  # pages with Mercury's expected values first
                "outlet_from_title": True,  # old pages: often no og:site_name, but "Headline - Site" titles
            }
        )
    return out


SOURCES = [  # option, repo name, lister
    ("trafilatura", "adbar/trafilatura", src_adbar),
    ("htmldate", "adbar/htmldate", src_adbar),
    ("goose3", "goose3/goose3", src_goose3),
    ("newspaper", "codelucas/newspaper", src_newspaper),
    ("dragnet", "dragnet-org/dragnet", src_dragnet),
]
# the projects' evaluation pages: a separate set (--out elsewhere, --prefix v), never mixed with SOURCES
EVAL_SOURCES = [
    ("trafilatura-eval", "adbar/trafilatura", src_trafilatura_eval),
    ("htmldate-eval", "adbar/htmldate", src_htmldate_eval),
]
# Mercury's fixtures: two more separate sets, one per --domain-half
MERCURY_SOURCES = [("mercury", "postlight/parser", src_mercury)]
SOURCE_GROUPS = [SOURCES, EVAL_SOURCES, MERCURY_SOURCES]
CHECKED_FIELDS = ("title", "outlet", "date", "author", "alternatives", "notes")


def domain_half(domain: str) -> str:
    """The half of a registered domain, "even" or "odd" by the parity of its sha1 (fixed, page-independent)."""
    return "odd" if int(hashlib.sha1(domain.encode()).hexdigest(), 16) % 2 else "even"


def load_checked(path: str) -> dict[str, dict]:
    """Hand-checked truth: {"<repo>:<path>": {field: value}} for the CHECKED_FIELDS (they replace the
    machine-made values) and "skip": "<reason>" (the page is dropped)."""
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    if not isinstance(data, dict):
        raise SystemExit(f"{path}: not a JSON object")
    for ref, v in data.items():
        bad = set(v) - set(CHECKED_FIELDS) - {"skip"} if isinstance(v, dict) else {"(not an object)"}
        if bad:
            raise SystemExit(f"{path}: {ref}: unknown fields {sorted(bad)}")
        d = v.get("date")
        if d is not None and not re.match(r"^\d{4}-\d\d-\d\d$", d):
            raise SystemExit(f"{path}: {ref}: date must be YYYY-MM-DD or null")
        if "alternatives" in v and not isinstance(v["alternatives"], dict):
            raise SystemExit(f"{path}: {ref}: alternatives must be an object")
    return data


def sample_pages(kept: list[tuple], n: int | None) -> tuple[list[tuple], list[tuple]]:
    """(sample, rest): the n pages whose sha256("<repo>:<path>") is smallest, in their original order
    (deterministic, independent of the order and of the other candidates); all pages when n is None."""
    if n is None or len(kept) <= n:
        return kept, []
    chosen = set(sorted(hashlib.sha256(k[0]["key"].encode()).hexdigest() for k in kept)[:n])
    sample = [k for k in kept if hashlib.sha256(k[0]["key"].encode()).hexdigest() in chosen]
    return sample, [k for k in kept if hashlib.sha256(k[0]["key"].encode()).hexdigest() not in chosen]


def set_domains(set_dirs: list[str]) -> set[str]:
    """Registered domains of every page of existing sets: the `url` of each articles/*/truth.json and
    the URL fields of the manifest's page list (`items` / `articles`; skipped pages are not counted)."""
    urls: list[str] = []
    for d in set_dirs:
        for t in sorted(Path(d, "articles").glob("*/truth.json")):
            urls.append(json.loads(t.read_text(encoding="utf-8")).get("url") or "")
        mf = Path(d, "manifest.json")
        if mf.is_file():
            m = json.loads(mf.read_text(encoding="utf-8"))
            for item in (m.get("items") or []) + (m.get("articles") or []):
                urls += [v for k, v in item.items() if k.endswith("url") and isinstance(v, str)]
    return {dom for u in urls if u.startswith("http") and (dom := base_domain(u))}


# ----------------------------------------------------------------------------- main
def w3m_dump(workdir: str, charset: str) -> None:
    env = dict(os.environ, LANG="C.UTF-8")
    subprocess.run(
        ["bash", "-c", W3M_CMD.format(charset=charset)],
        cwd=workdir,
        check=True,
        env=env,
        stdin=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def extract_body(text: str) -> str:
    out = trafilatura.extract(text, include_comments=False, include_tables=False, favor_precision=True)
    return paragraphs(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    for opt, name, _ in SOURCES:
        ap.add_argument(f"--{opt}", metavar="GIT_DIR", help=f"bare git dir of {name}")
    for opt, name, _ in EVAL_SOURCES:
        ap.add_argument(f"--{opt}", metavar="GIT_DIR", help=f"bare git dir of {name} (evaluation pages, separate set)")
    for opt, name, _ in MERCURY_SOURCES:
        ap.add_argument(f"--{opt}", metavar="GIT_DIR", help=f"bare git dir of {name} (fixtures, separate set)")
    ap.add_argument("--rev", default="HEAD")
    # beside the checkout, never inside it: the pages belong to their publishers
    ap.add_argument("--out", default=str(Path(__file__).resolve().parents[3] / "devsets" / "silver"))
    ap.add_argument("--review", help="also write a TSV of every candidate and its decision here")
    ap.add_argument("--prefix", default="s", help="page id prefix (ids <prefix>001...)")
    ap.add_argument("--max-pages", type=int, help="keep a fixed pseudo-random sample of this many pages")
    ap.add_argument("--max-per-domain", type=int, default=MAX_PER_DOMAIN, help="pages per registered domain")
    ap.add_argument(
        "--exclude-sets",
        nargs="+",
        default=[],
        metavar="SET_DIR",
        help="skip pages whose registered domain occurs in these sets (truth.json url, manifest page list)",
    )
    ap.add_argument(
        "--domain-half",
        choices=["even", "odd"],
        help="keep only pages whose registered domain falls in this half (parity of its sha1): the two halves "
        "make a development and a holdout set with no domain in common",
    )
    ap.add_argument("--min-body", type=int, default=MIN_BODY_CHARS, help="least extracted body length (chars)")
    ap.add_argument("--checked", metavar="FILE.json", help="hand-checked truth fields by source ref (load_checked)")
    args = ap.parse_args(argv)
    given = [g for g in SOURCE_GROUPS if any(getattr(args, opt.replace("-", "_")) for opt, _, _ in g)]
    if len(given) > 1:
        ap.error("the evaluation-page and Mercury sources each build a separate set: do not mix source groups")
    group = given[0] if given else SOURCES
    excluded_domains = set_domains(args.exclude_sets)
    max_per_domain = args.max_per_domain
    checked = load_checked(args.checked) if args.checked else {}

    repos, skipped_sources, cands = {}, [], []
    for opt, name, lister in group:
        gd = getattr(args, opt.replace("-", "_"))
        if not gd or not os.path.isdir(gd):
            skipped_sources.append({"source": name, "reason": "no git dir given" if not gd else f"not found: {gd}"})
            print(f"source {name}: skipped ({skipped_sources[-1]['reason']})", file=sys.stderr)
            continue
        repo = Repo(name, gd, args.rev)
        repos[name] = repo
        for c in lister(repo, opt):
            c.update(repo=repo, src_name=opt, key=f"{name}:{c['path']}")
            cands.append(c)
    # in source-path order; a lister may rank some candidates first for the per-domain cap (cap_rank)
    cands.sort(key=lambda c: (c.get("cap_rank", 0), c["key"]))

    tmp = tempfile.mkdtemp(prefix="silver-")
    skipped, kept = [], []
    seen_url, seen_hash, seen_body, per_domain = {}, {}, {}, Counter()
    for ci, c in enumerate(cands):
        key = c["key"]
        if EXCLUDE_PATH_RE.search(c["path"]) or HASH_GZ_RE.search(c["path"]):
            skipped.append({"source": key, "reason": "excluded: reserved benchmark path"})
            continue
        raw = c["repo"].show(c["path"])
        if c["path"].endswith(".gz"):
            raw = gzip.decompress(raw)
        charset, cs_how = declared_charset(raw)
        if charset_contradicted(raw, charset):
            skipped.append(
                {
                    "source": key,
                    "reason": f"skip: declares {charset} but the bytes are UTF-8 (page.txt would be mojibake)",
                }
            )
            continue
        text = decode(raw, charset)
        try:
            tree = lxml.html.document_fromstring(text.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8"))
            meta = page_meta(tree.getroottree())
        except Exception as e:  # empty or broken documents
            skipped.append({"source": key, "reason": f"skip: unparsable ({type(e).__name__})"})
            continue
        c["page_url"] = page_url(c, meta, raw)
        if args.domain_half:
            dom = base_domain(c["page_url"]) if c["page_url"] and re.match(r"^https?://", c["page_url"]) else None
            if not dom:
                skipped.append({"source": key, "reason": "skip: no URL, the domain half cannot be told", "url": None})
                continue
            if domain_half(dom) != args.domain_half:
                skipped.append(
                    {"source": key, "reason": f"skip: domain {dom} is in the other half", "url": c["page_url"]}
                )
                continue
        if excluded_domains:
            doms = {base_domain(u) for u in (c["page_url"], meta["url"]) if u and re.match(r"^https?://", u)}
            if not doms:
                skipped.append({"source": key, "reason": "skip: no URL, the domain cannot be checked", "url": None})
                continue
            if doms & excluded_domains:
                skipped.append(
                    {
                        "source": key,
                        "reason": f"skip: domain {min(doms & excluded_domains)} is in an existing set",
                        "url": c["page_url"],
                    }
                )
                continue
        body = extract_body(text)
        ok, why = classify(c, meta, len(body), args.min_body)
        row = {
            "source": key,
            "reason": why,
            "url": c["page_url"],
            "title": meta["og_title"] or meta["html_title"],
            "og_type": meta["og_type"],
            "ld": "/".join(meta["ld_types"]),
            "body_len": len(body),
        }
        if ok and isinstance(checked.get(key), dict) and checked[key].get("skip"):
            ok, why = False, f"skip (checked by hand): {checked[key]['skip']}"
            row["reason"] = why
        if not ok:
            skipped.append(row)
            continue
        h = hashlib.sha256(raw).hexdigest()
        uks = {k for k in (url_key(c["page_url"]), url_key(meta["url"])) if k}
        bk = hashlib.sha256(norm(body).encode()).hexdigest()
        if h in seen_hash:
            skipped.append(dict(row, reason=f"duplicate: same bytes as {seen_hash[h]}"))
            continue
        if uks & set(seen_url):
            skipped.append(dict(row, reason=f"duplicate: same URL as {seen_url[min(uks & set(seen_url))]}"))
            continue
        if bk in seen_body:
            skipped.append(dict(row, reason=f"duplicate: same article text as {seen_body[bk]}"))
            continue
        dom = base_domain(c["page_url"])
        if dom and per_domain[dom] >= max_per_domain:
            skipped.append(dict(row, reason=f"skip: already {max_per_domain} pages from {dom}"))
            continue
        work = os.path.join(tmp, str(ci))
        os.makedirs(work)
        with open(os.path.join(work, "page.html"), "wb") as f:
            f.write(raw)
        w3m_dump(work, charset)
        with open(os.path.join(work, "page.txt"), encoding="utf-8", errors="replace") as f:
            page_txt = f.read()
        nlines = page_txt.count("\n")
        if nlines < MIN_LINES:
            skipped.append(dict(row, reason=f"skip: page.txt has {nlines} lines"))
            continue
        seen_hash[h] = seen_body[bk] = key
        for uk in uks:
            seen_url[uk] = key
        if dom:
            per_domain[dom] += 1
        truth = make_truth(c, meta, body, page_txt)
        truth["notes"] += "".join(f"; {n}" for n in c.get("notes", []))
        truth["notes"] += f"; charset={charset} ({cs_how}); selection: {why[6:]}"
        fix = {k: v for k, v in (checked.get(key) or {}).items() if k in CHECKED_FIELDS}
        if fix:
            truth.update(fix)
            if "notes" not in fix:
                truth["notes"] += "; checked by hand: " + ", ".join(k for k in CHECKED_FIELDS if k in fix)
        kept.append((c, work, truth, row))

    kept.sort(key=lambda k: k[0]["key"])
    kept, rest = sample_pages(kept, args.max_pages)
    skipped += [
        dict(row, reason=f"skip: not in the sample of {args.max_pages} pages (--max-pages)") for *_, row in rest
    ]

    # write the set (ids in sorted order of source path)
    art_dir = os.path.join(args.out, "articles")
    if os.path.isdir(art_dir):
        shutil.rmtree(art_dir)
    os.makedirs(art_dir)
    manifest_items = []
    for n, (c, work, truth, row) in enumerate(kept, 1):
        sid = f"{args.prefix}{n:03d}"
        d = os.path.join(art_dir, sid)
        shutil.copytree(work, d)
        repo = c["repo"]
        t = {
            "id": sid,
            **truth,
            "source": {
                "collection": repo.name,
                "repo": repo.name,
                "path": c["path"],
                "commit": repo.commit,
                "ref": f"{repo.name}:{c['path']}",
            },
        }
        order = ["id", "title", "outlet", "date", "author", "body", "alternatives", "lang", "url", "notes", "source"]
        with open(os.path.join(d, "truth.json"), "w", encoding="utf-8") as f:
            json.dump({k: t[k] for k in order}, f, ensure_ascii=False, indent=2)
            f.write("\n")
        manifest_items.append({"id": sid, "source": c["key"], "url": truth["url"], "selection": row["reason"]})
        row["id"] = sid
    shutil.rmtree(tmp)

    counts = Counter(c["repo"].name for c, *_ in kept)
    checked_summary = {
        "file": os.path.basename(args.checked or ""),
        "entries": len(checked),
        "applied": sum(1 for c, *_ in kept if checked.get(c["key"])),
        "skipped": sum(1 for r in skipped if r["reason"].startswith("skip (checked by hand)")),
        "unknown_refs": sorted(set(checked) - {c["key"] for c in cands}),
    }
    for ref in checked_summary["unknown_refs"]:
        print(f"--checked: {ref} is not a candidate of this build", file=sys.stderr)
    cand_counts = Counter(c["repo"].name for c in cands)
    manifest = {
        "sources": {
            n: {"commit": r.commit, "commit_date": r.date, "candidates": cand_counts[n], "kept": counts[n]}
            for n, r in repos.items()
        },
        "skipped_sources": skipped_sources,
        "trafilatura_version": trafilatura.__version__,
        "pages": len(kept),
        **({"checked": checked_summary} if args.checked else {}),
        **({"domain_half": args.domain_half} if args.domain_half else {}),
        "items": manifest_items,
        "skipped": skipped,
    }
    with open(os.path.join(args.out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
        f.write("\n")
    if args.review:
        with open(args.review, "w", encoding="utf-8") as f:
            for _, _, truth, row in kept:
                f.write(
                    "\t".join(
                        str(x)
                        for x in [
                            row["id"],
                            row["source"],
                            row["url"],
                            truth["title"],
                            truth["outlet"],
                            truth["date"],
                            truth["author"],
                            row["body_len"],
                            row["reason"],
                        ]
                    )
                    + "\n"
                )
            for row in skipped:
                f.write(
                    "\t".join(
                        str(row.get(x)) for x in ["reason", "source", "url", "title", "og_type", "ld", "body_len"]
                    )
                    + "\n"
                )
    print(f"{len(kept)} pages written to {art_dir}", file=sys.stderr)
    for n in repos:
        print(f"  {n}: {counts[n]} of {cand_counts[n]} candidates", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
