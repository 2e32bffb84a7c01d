"""Finding the outlet (site brand) from repeated brand lines, title suffixes and copyright lines."""

from __future__ import annotations

import re
from collections import Counter

from search.cleaning.lines import Line
from search.cleaning.patterns import NAV_WORDS, furniture_reason
from search.cleaning.title import SUFFIX_SEP_RE, norm_key

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
_SMALL = frozenset("the of and & de du la le des el en on in for news".split())


def brand_like(text: str) -> bool:
    """True for a short Title-Case name such as 'The Berkshire Eagle' or 'Al Mayadeen English'."""
    t = text.strip()
    tokens = t.split()
    if not 1 <= len(tokens) <= 5 or len(t) > 40 or len(t) < 2:
        return False
    if t.lower() in NAV_WORDS or furniture_reason(t):
        return False
    if any(ch.isdigit() for ch in t) and not re.search(r"[A-Za-z]", t):
        return False
    caps = 0
    for tok in tokens:
        if tok.lower() in _SMALL:
            continue
        if not _BRAND_TOKEN_RE.match(tok):
            return False
        caps += 1
    return caps >= 1


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


def find_outlet(lines: list[Line], title_suffix: str | None, title_index: int | None) -> str | None:
    """The site brand, or None when the page does not state one clearly.

    Strongest first: a title suffix that repeats or matches a brand line; a short brand-like line
    repeated on the page (in the masthead/footer); a copyright holder; an "editor of X" bio.
    """
    texts = [ln.text for ln in lines]
    line_counts = Counter(norm_key(t) for t in texts if t and len(t) <= 60)
    suffix_counts: Counter[str] = Counter()
    suffix_raw: dict[str, str] = {}
    for t in texts:
        if not t or len(t) > 300:
            continue
        parts = SUFFIX_SEP_RE.split(t)
        if len(parts) >= 2 and len(parts[0].split()) >= 3:
            suf = parts[-1].strip()
            if brand_like(suf):
                suffix_counts[norm_key(suf)] += 1
                suffix_raw.setdefault(norm_key(suf), suf)

    holders = [h for h in (copyright_holder(t) for t in texts if t and len(t) < 300) if h]
    holder_keys = {norm_key(h) for h in holders}

    if title_suffix and brand_like(title_suffix):
        key = norm_key(title_suffix)
        if suffix_counts[key] >= 2 or line_counts[key] >= 1 or key in holder_keys:
            return title_suffix
        if any(key.split()[0] in hk.split() for hk in holder_keys if key):
            return title_suffix

    # Short brand lines that repeat (masthead + footer), preferring ones near the page top.
    n = len(lines)
    best: tuple[float, str] | None = None
    seen: set[str] = set()
    for i, ln in enumerate(lines):
        t = ln.text
        if not t or ln.bullet or ln.in_list or not brand_like(t):
            continue
        key = norm_key(t)
        if key in seen:
            continue
        seen.add(key)
        count = line_counts[key] + suffix_counts[key]
        score = 0.0
        if count >= 2:
            score += 2.0 + min(count, 4) * 0.5
        if key in holder_keys or any(key.split()[0] == hk.split()[0] for hk in holder_keys if hk):
            score += 2.5
        if title_index is not None and i > title_index:
            score -= 0.5
        if i < n * 0.1:
            score += 0.5
        if len(t.split()) == 1 and not any(c.isupper() for c in t[1:]) and count < 3:
            score -= 1.0
        if score >= 3.0 and (best is None or score > best[0]):
            best = (score, t)
    if best:
        return best[1]

    if holders:
        return holders[-1]
    for key, count in suffix_counts.most_common(1):
        if count >= 3:
            return suffix_raw[key]
    for t in texts:
        if t and len(t) < 400:
            m = _EDITOR_OF_RE.search(t)
            if m:
                return m.group("name").strip()
    return None
