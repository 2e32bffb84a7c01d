"""Finding the outlet (site brand) from repeated brand lines, title suffixes and copyright lines."""

from __future__ import annotations

import functools
import re
from collections import Counter

from search.cleaning.dates import find_dates, month_day_span
from search.cleaning.lines import Line
from search.cleaning.meta_outlet import pick_outlet
from search.cleaning.patterns import NAV_WORDS, furniture_reason
from search.cleaning.title import SUFFIX_SEP_RE, UI_WORDS, norm_key

_UI_EXTRA = frozenset(
    [
        "all",
        "undo",
        "back",
        "next",
        "previous",
        "close",
        "ok",
        "yes",
        "no",
        "more",
        "less",
        "show",
        "hide",
        "top",
        "bottom",
        "loading",
    ]
)

_COPYRIGHT_RE = re.compile(r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?P<rest>.{2,120})", re.IGNORECASE)
_YEARS_RE = re.compile(r"\b(?:19|20)\d\d\b(?:\s*[-–—]\s*(?:19|20)\d\d\b)?\s*[,.]?")
_CORP_RE = re.compile(
    r"[,.]?\s*\b(?:inc|llc|ltd|limited|plc|gmbh|ag|sa|s\.a|sarl|srl|corp|corporation|co|company|"
    r"group|media group|holdings|communications|interactive|networks?|enterprises|publishing|"
    r"publications|newspapers|media|medien|médias|pvt|private|l\.l\.c)\b\.?",
    re.IGNORECASE,
)
_TAIL_RE = re.compile(
    r"\s*(?:all rights reserved|tous droits réservés|alle rechte vorbehalten|todos los derechos reservados|"
    r"\||-|–|—|\.|,|;|this material|terms|privacy).*$",
    re.IGNORECASE,
)
_EDITOR_OF_RE = re.compile(
    r"\b(?:is|was) (?:the |an? )?(?:\w+ )?(?:editor|editor-in-chief|founder|publisher|reporter|correspondent)"
    r"(?: at| of| for) (?P<name>(?:The )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4})"
)
_BRAND_TOKEN_RE = re.compile(r"^[A-Z0-9À-Þ][\w.&'’!-]*$")
_SMALL = frozenset(["the", "of", "and", "&", "de", "du", "la", "le", "des", "el", "en", "on", "in", "for", "news"])


@functools.lru_cache(maxsize=8192)
def brand_like(text: str) -> bool:
    """True for a short Title-Case name such as 'The Berkshire Eagle' or 'Al Mayadeen English'."""
    t = text.strip()
    tokens = t.split()
    if not 1 <= len(tokens) <= 5 or len(t) > 40 or len(t) < 2:
        return False
    if t.lower() in NAV_WORDS or furniture_reason(t) or find_dates(t) or month_day_span(t):
        return False
    if (len(t) < 3 and not t.isupper()) or any(tok.lower() in UI_WORDS or tok.lower() in _UI_EXTRA for tok in tokens):
        return False
    if not re.search(r"[^\W\d_]{2}", t):
        return False
    caps = 0
    for tok in tokens:
        if tok.lower() in _SMALL:
            continue
        if not _BRAND_TOKEN_RE.match(tok):
            return False
        caps += 1
    return caps >= 1


@functools.lru_cache(maxsize=8192)
def copyright_holder(text: str) -> str | None:
    """'© 2019 Sputnik. All rights reserved' -> 'Sputnik'; corporate suffixes are dropped."""
    m = _COPYRIGHT_RE.search(text[:300])
    if not m:
        return None
    rest = _YEARS_RE.sub(" ", m.group("rest"))
    rest = re.sub(r"^\s*(?:by|©)\s+", "", rest.strip(), flags=re.IGNORECASE)
    rest = _TAIL_RE.sub("", rest).strip()
    rest = re.sub(r"\s*\([^)]*\)", "", rest)
    prev = None
    while prev != rest:
        prev = rest
        rest = re.sub(_CORP_RE.pattern + r"\s*$", "", rest, flags=re.IGNORECASE).strip(" ,.")
    rest = _YEARS_RE.sub(" ", rest).strip(" ,.-–")
    rest = " ".join(rest.split())
    return rest if rest and brand_like(rest) else None


_NAME = (
    r"(?P<name>(?:The |the )?[A-Z0-9][\w.&'’!-]*"
    r"(?: (?:[A-Z0-9][\w.&'’!-]*|&|and|of|de|du|la|le|der|die|das)){0,4})"
)
_CONTEXTS = [
    re.compile(p)
    for p in (
        r"\bmore (?:from|on|at) " + _NAME,
        r"\b(?:follow|like|subscribe to|sign up for|search|about|contact|join|support|download) " + _NAME,
        r"\b(?:go to|back to|visit) (?:the )?" + _NAME + r" (?:home ?page|website|site)",
        r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d\s*(?:[-–]\s*(?:19|20)\d\d\s*)?)?,?\s*" + _NAME,
        r"\b(?:the|die|der|le|la) " + _NAME + r" (?:app|newsletter|privacy policy|team)\b",
        r"\b" + _NAME + r" (?:staff writer|staff reporter|staff|contributor)\b",
    )
]
_DOMAIN_RE = re.compile(
    r"(?:^|\s)(?P<name>[A-Za-z0-9-]{2,30}\.(?:com|net|org|co\.uk|com\.au|de|fr|es|it|ca|in|ch|at|nl))\b"
)
_DROP_TAIL_RE = re.compile(r"\s+(?:on|in|at|for|and|&|of|de|du|la|le|der|die|das)$")


def _canon(name: str) -> str:
    """Comparison form of a brand: casefolded, leading 'the' and trailing TLD dropped, no spaces."""
    key = norm_key(name)
    key = re.sub(r"^the\s+", "", key)
    key = re.sub(r"\.(?:com|net|org|co\.uk|com\.au|de|fr|es|it|ca|in|ch|at|nl)$", "", key)
    return key.replace(" ", "")


def _context_candidates(lines: list[Line], title_index: int | None) -> Counter[str]:
    """Brand names seen in brand contexts ("More from X", "© 2019 X", "X staff writer", masthead lines)."""
    found: Counter[str] = Counter()
    nonblank = [ln for ln in lines if ln.text]
    edge = set(range(min(12, len(nonblank)))) | set(range(max(0, len(nonblank) - 30), len(nonblank)))
    for k, ln in enumerate(nonblank):
        t = ln.scan[:300]
        if brand_like(t) and not ln.bullet and not ln.in_list:
            found[t] += 2 if k in edge else 1
        holder = copyright_holder(t) if len(t) < 300 else None
        if holder:
            found[holder] += 2
        for m in _DOMAIN_RE.finditer(t):
            found[m.group("name")] += 1
        if ln.words > 12:
            continue  # brand contexts are link texts and credits, not sentences
        for pat in _CONTEXTS:
            for m in pat.finditer(t):
                name = _DROP_TAIL_RE.sub("", m.group("name").strip(" .,:;"))
                name = _CORP_TAIL_RE.sub("", name).strip(" ,.")
                if brand_like(name) and name.lower() not in _CONTEXT_STOP:
                    found[name] += 2
    return found


_CORP_TAIL_RE = re.compile(r"(?:,?\s+(?:inc|llc|ltd|limited|plc|gmbh|ag|corp|co)\.?)+$", re.IGNORECASE)
_CONTEXT_STOP = frozenset(
    [
        "us",
        "me",
        "facebook",
        "twitter",
        "instagram",
        "youtube",
        "linkedin",
        "pinterest",
        "google",
        "tiktok",
        "whatsapp",
        "rss",
        "email",
        "the",
        "this",
        "our",
        "all",
        "more",
        "news",
        "home",
        "search",
        "privacy",
        "terms",
        "cookies",
    ]
)


def find_outlet(
    lines: list[Line], title_suffix: str | None, title_index: int | None, authors: list[str] | None = None
) -> str | None:
    """The site brand, or None when the page does not state one clearly.

    Candidates come from brand contexts (masthead/footer lines, "More from X", "Follow X", "© X",
    "X staff writer", domain names) and a title suffix; each is scored by how many independent
    mentions it has on the page. A single weak mention is not enough.
    """
    title = lines[title_index].text if title_index is not None and 0 <= title_index < len(lines) else None
    picked = pick_outlet(lines, title_suffix, authors, title)
    if picked:
        return picked
    for ln in lines:
        if ln.text and len(ln.text) < 400:
            m = _EDITOR_OF_RE.search(ln.text)
            if m and brand_like(m.group("name")):
                return m.group("name").strip()
    return None


def find_outlet_rules(
    lines: list[Line], title_suffix: str | None, title_index: int | None, authors: list[str] | None = None
) -> str | None:
    """The earlier hand-weighted outlet rules (kept for comparison in benchmarks)."""
    texts = [ln.text for ln in lines]
    full = "\n".join(t[:2000] for t in texts if t)
    suffix_counts: Counter[str] = Counter()
    for t in texts:
        if not t or len(t) > 300:
            continue
        parts = SUFFIX_SEP_RE.split(t)
        if len(parts) >= 2 and len(parts[0].split()) >= 3 and brand_like(parts[-1].strip()):
            suffix_counts[_canon(parts[-1].strip())] += 1

    cands = _context_candidates(lines, title_index)
    if title_suffix and brand_like(title_suffix):
        cands[title_suffix] += 3
    groups: dict[str, list[str]] = {}
    weight: Counter[str] = Counter()
    person_keys = {_canon(part) for a in authors or [] for part in a.split() if len(a.split()) >= 2}
    author_keys = {_canon(a) for a in authors or []}
    head = lines[: title_index if title_index is not None else 12]
    top = {_canon(ln.text) for ln in head if ln.text}
    for name, w in cands.items():
        key = _canon(name)
        if len(key) < 2 or key in person_keys or (key in author_keys and key not in top):
            continue
        groups.setdefault(key, []).append(name)
        weight[key] += w + 2 * suffix_counts[key]
    best: tuple[float, str] | None = None
    for key in [k for k, _ in weight.most_common(40)]:
        names = groups[key]
        forms = sorted(names, key=lambda n: (-cands[n], n.lower().startswith("the "), len(n)))
        form = forms[0]
        pattern = re.escape(form.split(".")[0] if "." in form and " " not in form else form)
        mentions = len(re.findall(r"(?<![\w.])" + pattern + r"(?![\w])", full))
        score = weight[key] + 0.5 * min(mentions, 8)
        if score < 4 or mentions < 2 or weight[key] < 2:
            continue
        if best is None or score > best[0]:
            best = (score, form)
    if best:
        return best[1]
    for t in texts:
        if t and len(t) < 400:
            m = _EDITOR_OF_RE.search(t)
            if m and brand_like(m.group("name")):
                return m.group("name").strip()
    return None
