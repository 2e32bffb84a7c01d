"""Cleaner for saved HTML pages: trafilatura extracts the body and metadata; our text rules fill gaps.

trafilatura is imported lazily (it is slow to import), and only the page's own structured metadata
gives the date (no free-text guessing), so a date is never a guess dressed as a fact.
"""

from __future__ import annotations

import re

from search.model import CleanedPage

_BLOCK_TAGS = ("p", "head", "item", "quote", "row", "cell", "code")
_ROLE_SUFFIX = re.compile(r"\b(?:writer|correspondent|reporter|editor|staff|contributor|columnist)\b", re.I)


def clean_html(html: str) -> CleanedPage:
    """Clean a saved HTML page into title, outlet, date, author, paragraphs and language."""
    import trafilatura

    try:
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
    fallback = _text_fallback(html)
    if doc is None:
        return fallback
    paragraphs, headings = _paragraphs(doc)
    title = _clean(doc.title) or fallback.title
    if paragraphs and title and _same(paragraphs[0], title):
        paragraphs = paragraphs[1:]
        headings = [i - 1 for i in headings if i > 0]
    if not paragraphs:
        paragraphs, headings = fallback.paragraphs, fallback.headings
    return CleanedPage(
        title=title,
        outlet=_clean(doc.sitename) or fallback.outlet,
        date=_iso_date(doc.date) or fallback.date,
        author=_authors(doc.author) or fallback.author,
        paragraphs=paragraphs,
        headings=headings,
        lang=_lang(doc.language) or _detect_lang(paragraphs) or fallback.lang,
        dropped=[],
    )


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


def _text_fallback(html: str) -> CleanedPage:
    """Render the page to text lines and run the text-dump cleaner over them."""
    from search.cleaning.textdump import clean_text

    try:
        import lxml.html

        root = lxml.html.document_fromstring(html.encode("utf-8", "replace"))
        for bad in root.xpath("//script|//style|//noscript|//template"):
            bad.drop_tree()
        for block in root.xpath("//p|//div|//br|//li|//h1|//h2|//h3|//h4|//tr|//article|//section|//header|//footer"):
            block.tail = "\n" + (block.tail or "")
        text = root.text_content()
    except Exception:
        text = re.sub(r"<[^>]+>", "\n", html)
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return clean_text("\n".join(lines))


def _clean(value: object) -> str | None:
    if not value or not isinstance(value, str):
        return None
    text = " ".join(value.split())
    return text or None


def _same(a: str, b: str) -> bool:
    def norm(s: str) -> str:
        return re.sub(r"\W+", "", s).casefold()

    return norm(a) == norm(b)


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
    return ", ".join(names) or None


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
