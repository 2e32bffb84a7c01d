"""Tests for the article cleaner: the seed pages and small synthetic cases of its general rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from search.cleaning import clean_text
from search.cleaning.bylines import parse_byline
from search.cleaning.dates import find_dates, first_date
from search.cleaning.lang import detect_language
from search.model import CleanedPage

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _seed(prefix: str) -> CleanedPage:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    return clean_text(path.read_text(encoding="utf-8"))


# seed, title, outlet, date, accepted authors
SEED_TABLE = [
    (
        "000",
        "Mali, Russia reaffirm bilateral support, oppose western-led sanctions",
        "Al Mayadeen English",
        "2023-02-07",
        {"Al Mayadeen English", None},
    ),
    ("001", "Mali’s foreign ministry in Moscow confirms partner changes", None, None, {None}),
    ("002", "Mali Foreign Minister Meets With Russia’s Lavrov", None, None, {None}),
    (
        "003",
        "Lavrov: Counterterrorism efforts in Mali succeed with Russian support",
        "Africa Times",
        "2023-02-07",
        {"Laureen Fagan"},
    ),
    ("004", "Fight against terrorism: Malians and Russians hard at work", "Une Plume du Mali", None, {None}),
]

BODY_CHECKS = [
    (
        "000",
        ["Bamako-Moscow axis", "via anti-Russian sanctions"],
        [
            "BREAKING",
            "Araghchi",
            "Read more",
            "Related News",
            "Most Read",
            "Read Next",
            "In this handout photo",
            "All Rights Reserved",
            "Privacy Policy",
        ],
    ),
    (
        "001",
        ["Wagner organization"],
        ["Related Posts", "russia's foreign minister sergei lavrov meets with mali's minister"],
    ),
    (
        "003",
        ["We will certainly continue this cooperation", "withdrawal of an international defense coalition"],
        ["Image: Mali MFA", "freelance journalist", "Comment", "Pingback", "Akismet"],
    ),
    (
        "004",
        ["Alliance of Sahel States", "lease of life"],
        [
            "Home »",
            "by admin",
            "Wikicommons",
            "READ ALSO",
            "See also",
            "You may also like",
            "Leave a Comment",
            "cookies",
        ],
    ),
]


@pytest.mark.parametrize(("seed", "title", "outlet", "date", "authors"), SEED_TABLE)
def test_seed_metadata(seed: str, title: str, outlet: str | None, date: str | None, authors: set) -> None:
    page = _seed(seed)
    assert page.title == title
    assert page.outlet == outlet
    assert page.date == date
    assert page.author in authors


@pytest.mark.parametrize(("seed", "present", "absent"), BODY_CHECKS)
def test_seed_body(seed: str, present: list[str], absent: list[str]) -> None:
    body = _seed(seed).body
    for phrase in present:
        assert phrase in body
    for phrase in absent:
        assert phrase not in body


def test_seed_002_whole_text_without_title() -> None:
    page = _seed("002")
    source = next(SEEDS.glob("002_*.txt")).read_text(encoding="utf-8")
    paragraphs = [p.strip() for p in source.split("\n\n") if p.strip()]
    assert page.paragraphs == paragraphs[2:]
    assert page.title not in page.body


def test_seed_004_subheadings() -> None:
    page = _seed("004")
    headings = [page.paragraphs[i] for i in page.headings]
    assert any("Mutual support" in h for h in headings)
    assert "Rise of the FAMa" in headings


@pytest.mark.parametrize("seed", ["000", "001", "002", "003", "004"])
def test_seed_paragraphs_come_from_input_in_order(seed: str) -> None:
    source = next(SEEDS.glob(f"{seed}_*.txt")).read_text(encoding="utf-8")
    flat = " ".join(source.split())
    page = _seed(seed)
    pos = 0
    for para in page.paragraphs:
        found = flat.find(para, pos)
        assert found >= 0, para[:60]
        pos = found + len(para)
    assert page.lang == "en"


@pytest.mark.parametrize("seed", ["000", "003", "004"])
def test_seed_dropped_lines_are_accounted_for(seed: str) -> None:
    source = next(SEEDS.glob(f"{seed}_*.txt")).read_text(encoding="utf-8").replace("\xa0", " ").split("\n")
    page = _seed(seed)
    for d in page.dropped:
        assert 1 <= d.line <= len(source)
        assert d.text in source[d.line - 1]
        assert d.reason
    kept_or_dropped = {d.line for d in page.dropped}
    body = page.body
    for no, raw in enumerate(source, 1):
        if raw.strip() and no not in kept_or_dropped:
            assert " ".join(raw.split()).lstrip("• ") in body


# --- general rules on small synthetic pages -------------------------------------------------

PROSE = (
    "The council approved the new budget on Tuesday after a long debate that lasted into the night. "
    "Members said the plan would fund schools, roads and clinics across the region for two years."
)


def _page(*parts: str) -> str:
    return "\n\n".join(parts)


def test_menu_runs_and_footer_are_dropped() -> None:
    text = _page(
        "  • Home\n  • World\n  • Politics\n  • Sport",
        "Council passes budget after marathon session",
        "By Jane Roe and John Smith",
        "March 3, 2021",
        PROSE,
        "The committee will meet again in June to review how the money is spent, and the mayor promised that every "
        "district would see its share before the end of the summer.",
        "Related Articles",
        "Another headline here\n\nA second headline there",
        "© 2021 Example Daily. All rights reserved.",
    )
    page = clean_text(text)
    assert page.title == "Council passes budget after marathon session"
    assert page.author == "Jane Roe, John Smith"
    assert page.date == "2021-03-03"
    assert len(page.paragraphs) == 2
    reasons = {d.text: d.reason for d in page.dropped}
    assert reasons["Home"] == "navigation"
    assert reasons["Related Articles"] == "related links"
    assert reasons["By Jane Roe and John Smith"] == "byline"


def test_generic_usernames_are_not_authors() -> None:
    assert parse_byline("by admin") == []
    assert parse_byline("By the way, this is a sentence that goes on") is None
    assert parse_byline("Par Marie Dupont - 7 février 2023") == ["Marie Dupont"]
    assert parse_byline("Von HANS MÜLLER und Eva Schmidt") == ["Hans Müller", "Eva Schmidt"]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("7 Feb 2023 17:41", "2023-02-07"),
        ("Published: Wednesday, November 20, 2019 8:22AM EST", "2019-11-20"),
        ("30 avril 2015 à 07:19", "2015-04-30"),
        ("08.04.2015 12:46", "2015-04-08"),
        ("3. März 2022", "2022-03-03"),
        ("2019-11-20T08:00:00Z", "2019-11-20"),
        ("AgencyDecember 2, 2016", "2016-12-02"),
    ],
)
def test_dates_in_many_formats(text: str, iso: str) -> None:
    assert first_date(text) == iso


def test_relative_and_ambiguous_dates_are_not_guessed() -> None:
    assert first_date("2 hours ago") is None
    assert find_dates("07/05/2022") == []
    assert find_dates("07/05/2022", dayfirst=True)[0][2] == "2022-05-07"
    page = clean_text(_page("Budget passes", "Updated 2 hours ago", PROSE, PROSE))
    assert page.date is None


def test_date_in_body_prose_is_not_the_publication_date() -> None:
    page = clean_text(_page("Budget passes in the city", "On Wednesday February 28, 2024, " + PROSE, PROSE))
    assert page.date is None


def test_site_suffix_repeated_on_title_lines_is_the_outlet() -> None:
    page = clean_text(
        _page(
            "Home » Budget passes after a long night – The Example Post",
            "Budget passes after a long night – The Example Post",
            PROSE,
            PROSE,
        )
    )
    assert page.title == "Budget passes after a long night"
    assert page.outlet == "The Example Post"


def test_language_detection() -> None:
    assert detect_language(PROSE) == "en"
    assert detect_language("Le conseil a approuvé le budget mardi après un long débat dans la nuit et les élus") == "fr"
    assert (
        detect_language("Der Rat hat den Haushalt am Dienstag nach einer langen Debatte in der Nacht beschlossen")
        == "de"
    )
    assert detect_language("12345 67890") is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A kormány szerint a tervet még az idén elfogadják, és az ellenzék azt mondta, hogy nem támogatja", "hu"),
        ("Pemerintah mengatakan bahwa rencana yang baru itu akan dibahas dengan DPR pada bulan depan dan juga", "id"),
        ("Guvernul a anunțat că planul care a fost aprobat este pentru anul acesta și mai sunt discuții", "ro"),
        ("Правительство заявило, что план будет принят в этом году, но оппозиция не согласна и все так", "ru"),
        ("政府は来年度の予算案を閣議決定した。防衛費は過去最大となる見通しだ。", "ja"),
        ("国务院常务会议研究部署进一步扩大内需的政策措施，会议指出要稳定就业", "zh"),
        ("정부는 내년도 예산안을 국무회의에서 의결했다고 밝혔다", "ko"),
    ],
)
def test_language_detection_in_more_languages(text: str, lang: str) -> None:
    """Languages whose dates are written day first ('08-06-2013' is 8 June) and that the lang: filter should find."""
    assert detect_language(text, min_hits=4) == lang


def test_one_frequent_shared_word_names_no_language() -> None:
    """Hungarian writes 'a' as often as Portuguese does: that alone makes no Portuguese."""
    assert detect_language("a kormány a tervet a parlament a héten a bizottság a miniszter a") != "pt"


@pytest.mark.parametrize(
    "junk",
    [
        "",
        "\x00\x00\x00",
        "\n\n\n",
        "a" * 1_000_000,
        "•\n" * 5000,
        bytes(range(256)).decode("latin-1"),
        "((((" * 10000,
    ],
)
def test_never_raises(junk: str) -> None:
    page = clean_text(junk)
    assert isinstance(page, CleanedPage)
