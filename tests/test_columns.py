"""Unweaving a text dump's side-by-side columns (a page laid out with a table) into one column after another."""

from __future__ import annotations

from search.cleaning import clean_text
from search.cleaning.columns import unweave_columns

NAV = ["Nation", "Business", "Technology", "Arts & Living", "Sports", "Opinion", "Community", "Jobs"]
ARTICLE = [
    "01-14-2008 15:45",
    "   Sahel Golfer Wins Seventh Title in Honolulu",
    "",
    "HONOLULU _ A golfer from Bamako won the Sony Open on Sunday,",
    "beating the defending champion by three shots and clinching",
    "his seventh career title on the tour.",
    "",
    "The 38-year-old finished at a four-round total of 14-under",
    "266 at the country club while the champion posted 269.",
    "",
    "He began the day with a four-shot lead after opening with",
    "rounds of 64, 65 and 66, and shot a 71 in the last round.",
]
SIDE = [
    "•  Ministers Meet on Grain",
    "•  Ferry Service Resumes",
    "•  Port Strike Ends",
    "•  Budget Passes",
    "•  Rains Come Early",
    "•  Market Reopens",
]


def _table_dump() -> str:
    """Three columns side by side, as a text browser prints a table layout (menu, article, sidebar)."""
    rows = []
    for k in range(len(ARTICLE)):
        nav = NAV[k] if k < len(NAV) else ""
        side = SIDE[k] if k < len(SIDE) else ""
        rows.append(f"●  {nav:<20}   {ARTICLE[k]:<62}   {side}".rstrip())
    return "\n".join(["Sahel Times", "", *rows, "", "© 2008 Sahel Times"])


def test_side_by_side_columns_are_read_one_after_the_other() -> None:
    out = [line.strip() for line in unweave_columns(_table_dump()).split("\n")]
    assert out.index("●  Jobs") < out.index("Sahel Golfer Wins Seventh Title in Honolulu") < out.index(SIDE[0])
    # the article's paragraphs, wrapped at the column's width, are one line each again
    assert (
        "HONOLULU _ A golfer from Bamako won the Sony Open on Sunday, beating the defending champion by three "
        "shots and clinching his seventh career title on the tour."
    ) in out
    assert out[-1] == "© 2008 Sahel Times"


def test_a_table_layout_page_gives_its_headline_and_article() -> None:
    page = clean_text(_table_dump())
    assert page.title == "Sahel Golfer Wins Seventh Title in Honolulu"
    assert page.date == "2008-01-14"
    assert page.paragraphs[0].startswith("HONOLULU _ A golfer from Bamako won the Sony Open on Sunday, beating")
    assert not any("Ministers Meet" in p for p in page.paragraphs)


def test_pages_without_columns_are_unchanged() -> None:
    prose = "The council approved the budget on Tuesday after a long debate about schools and roads. " * 4
    page = "\n".join(["Sahel Times", "  • Home   • News   • Sport", "", "Council passes the budget", "", prose, prose])
    assert unweave_columns(page) == page
    # a wide article column prints whole paragraphs a line: its sidebar's pieces stay after them
    wide = "\n".join(f"{prose:<380}   • Teaser headline number {n}" for n in range(10))
    assert unweave_columns(wide) == wide


def test_lines_with_scattered_wide_gaps_are_no_columns() -> None:
    words = ["ab", "cde", "fghij", "k"]
    rows = [
        "   ".join(" ".join(words[(k + j) % 4] for j in range(1 + (k + n) % 3)) for n in range(40)) for k in range(300)
    ]
    text = "\n".join(rows)
    assert unweave_columns(text) == text  # the gaps never line up over many lines
    indented = "\n".join("    " + "word " * 150 for _ in range(300))
    assert unweave_columns(indented) == indented  # a common left margin is no gutter
