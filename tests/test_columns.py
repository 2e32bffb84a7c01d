"""Unweaving a text dump's side-by-side columns (a page laid out with a table) into one column after another."""

from __future__ import annotations

import pytest

from search.cleaning import clean_text, columns
from search.cleaning.columns import rejoin_narrow_wrap, unweave_columns

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


STORY = [
    "England bowling ace Sajid Mahmood will soon be turning his hand to",
    "acting.",
    "",
    "The 26 year-old former pupil is one of a host of past and present",
    "international cricketers who will take roles as extras in a movie.",
    "",
    "Some are describing the $11 million blockbuster as the biggest cricket",
    "film ever made, with Mahmood calling it the equivalent of a classic.",
    "",
    "With cameos from Australian stars such as Mike Hussey, Brett Lee and",
    "Shane Watson, the film follows the story of a young man who escapes",
    "a life of poverty to play international cricket for his country.",
    "",
    "It is being shot at various locations in India and Australia - and",
    "Mahmood plays his part at the Sydney Cricket Ground this summer.",
]


def _narrow_cell_dump() -> str:
    """An old page's article in a narrow fixed-width cell: indented by the cells left of it and wrapped at 70
    characters, a sidebar of short teasers in the same margin above it."""
    teasers = ["Get 7p off the current", "edition of the paper", "", "Check out our video", "section. Click HERE."]
    column = [*teasers, "", "Pace star Saj's Bollywood adventure", "By Graham Hardcastle", "", *STORY]
    return "\n".join(["Bolton Times", "", *[f"{' ' * 20}{line}".rstrip() for line in column]])


def test_a_narrow_cell_s_wrapped_paragraphs_are_joined_again() -> None:
    text = rejoin_narrow_wrap(_narrow_cell_dump())
    assert " " * 20 + STORY[0] + " acting." in text.split("\n")
    assert "With cameos from Australian stars such as Mike Hussey, Brett Lee and Shane Watson, the film" in text
    assert "Get 7p off the current\n" in text  # short lines under the margin's width were not wrapped
    page = clean_text(_narrow_cell_dump())
    assert page.title == "Pace star Saj's Bollywood adventure"
    assert page.author == "Graham Hardcastle"
    assert page.paragraphs[0] == f"{STORY[0]} acting."


def test_lines_that_would_fit_more_words_are_not_wrapped() -> None:
    # headlines of a list in one margin: each could have held the next line's first word, so none was cut
    listed = [
        "Ministers meet in Bamako to discuss grain prices and the harvest outlook",
        "Ferry service resumes on the river after three weeks of repairs",
        "Port strike ends after the union and the operator reach a deal",
        "Budget passes after a marathon session of the regional council",
        "Rains come early to the south and farmers welcome the change",
        "Market reopens in the old town after the fire of last winter",
        "Schools open again after the long holiday in the capital",
    ]
    text = "\n".join(["    " + line for line in listed] + ["    " + "a wider line of the same margin " * 3])
    assert rejoin_narrow_wrap(text) == text
    wide = "\n".join([STORY[0] + " " + "and more words of a wide paragraph " * 6, *STORY])
    assert rejoin_narrow_wrap(wide) == wide  # a wide margin prints whole paragraphs a line


MENU = ["LOCAL NEWS", "Education", "Obituaries", "Traffic", "Military news", "Discussion", "Live chats", "ARCHIVE"]
MENU += ["Headlines", "Multimedia", "Back issues", "FEATURED NEWS", "Nation news", "Showtimes", "Projects", "Weather"]
MENU += ["Beaches", "Columnists", "Galleries", "Video", "Blogs"]
SPORTS = [
    "Posted at 6:18 a.m., Tuesday, January 8, 2008",
    "Top seed Bondarenko falls in Hobart tourney",
    "Associated Press",
    "",
    "HOBART, Australia - Eleni Daniilidou upset top-seeded Alona",
    "Bondarenko of Ukraine 6-3, 6-3 in a second-round match today at",
    "the Hobart International in front of a small crowd.",
    "",
    "It was Daniilidou's first win in three attempts against the",
    "Ukrainian, who had beaten her twice on hard courts last year.",
    "",
    "I stayed very tough today, especially in the mental part, the",
    "Greek said. I was able to mix it up a bit and play a little bit",
    "of slice and come into the net when the chance was there.",
]


def test_a_long_menu_entry_across_the_gutter_ends_the_columns_before_it() -> None:
    # an ad's placeholder far right keeps a free run open past the article, so the block went on past the entry
    rows = [f"  {MENU[k]:<18}  {SPORTS[k] if k < len(SPORTS) else ''}".rstrip() for k in range(len(MENU))]
    rows[0] = f"{rows[0]:<100}[ad_flag_top]"
    rows += ["  Reader services and subscription offers for our readers", "  Help page", "  Contact us"]
    page = clean_text("\n".join(["The Hobart Advertiser", "", *rows, "", "© 2008 The Hobart Advertiser"]))
    assert page.title == "Top seed Bondarenko falls in Hobart tourney"
    assert page.author == "Associated Press"
    assert page.paragraphs[0].startswith("HOBART, Australia - Eleni Daniilidou upset top-seeded Alona Bondarenko of")


def test_a_page_of_scattered_gaps_is_weighed_a_bounded_number_of_times(monkeypatch: pytest.MonkeyPatch) -> None:
    weighed = []
    prose_column = columns._has_prose_column
    monkeypatch.setattr(columns, "_has_prose_column", lambda *a: weighed.append(1) or prose_column(*a))
    words = ["ab", "cde", "fghij", "k"]
    rows = [
        "   ".join(" ".join(words[(k + j) % 4] for j in range(1 + (k + n) % 3)) for n in range(40)) for k in range(3000)
    ]
    unweave_columns("\n".join(rows))
    assert 0 < len(weighed) <= columns.MAX_BLOCK_CHECKS  # every line would open a block to weigh otherwise


def test_a_headline_over_its_deck_in_a_column_is_not_joined_to_it() -> None:
    """'… Steroid Report' with room left for 'Newspaper' stands over its deck; a headline the browser wrapped (the
    next word did not fit) and the wrapped paragraph below are joined as before."""
    headline = "Entertainers Named In New York Prosecutor's Steroid Report"
    deck = "Newspaper says entertainers named in New York prosecutor's steroid report"
    para = ["ALBANY, N.Y. (AP) - A multi-state probe linking some professional athletes to", "steroid use is widening."]
    assert columns._rejoined([headline, deck, "", *para]) == [headline, deck, "", " ".join(para)]
    wrapped = ["Council Approves The Budget After A Long And Heated Debate At The Old City", "Hall On Monday Night"]
    assert columns._rejoined([*wrapped, "", *para])[0] == " ".join(wrapped)
