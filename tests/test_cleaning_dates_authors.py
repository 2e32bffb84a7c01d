"""Date and byline extraction: many formats and languages, published vs updated, lists, glued text."""

from __future__ import annotations

import pytest

from search.cleaning import clean_text
from search.cleaning.dates import find_dates, first_date

PROSE = (
    "The city council approved the new budget on Tuesday after a long debate about schools, roads and "
    "the future of public transport in the region, officials said in a statement."
)
PROSE2 = (
    "Opposition members argued that the plan would raise taxes for families while doing little for the "
    "neighbourhoods that need help most, and they promised to keep fighting it."
)


def _page(*parts: str) -> str:
    return "\n\n".join(parts)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("December 15, 20163:33 PM ET", "2016-12-15"),
        ("Posted on 2019年4月13日 by doumae", "2019-04-13"),
        ("1 Декабря 2020 14:02", "2020-12-01"),
        ("Среда, 2 декабря 2020, 16:34", "2020-12-02"),
        ("19 sierpnia 2020, 5:16", "2020-08-19"),
        ("الإثنين، 24 أغسطس 2020 09:56 ص", "2020-08-24"),
        ("10. marts 2020", "2020-03-10"),
        ("Dilluns, Març 23, 2020", "2020-03-23"),
        ("2020. 06. 04. 11:27", "2020-06-04"),
        ("01.21.2020 07:00 AM", "2020-01-21"),
        ("Publié le 07 mai 2019 à 13h59", "2019-05-07"),
        ("19.10.2019, 15:30 UhrAm 8. Spieltag", "2019-10-19"),
        ("2019-11-20T08:00", "2019-11-20"),
    ],
)
def test_more_date_formats(text: str, iso: str) -> None:
    assert first_date(text) == iso


def test_month_without_day_or_year_is_no_date() -> None:
    assert find_dates("may 3") == []
    assert find_dates("in May the council met") == []


def test_published_date_wins_over_updated() -> None:
    page = clean_text(
        _page(
            "Council passes budget after marathon session",
            "By Jane Roe",
            "Updated: March 5, 2021",
            "Published: March 3, 2021",
            PROSE,
            PROSE2,
        )
    )
    assert page.date == "2021-03-03"


def test_date_found_when_the_headline_is_missed() -> None:
    page = clean_text(_page("  • Home\n  • World", "19.10.2019, 15:30 Uhr", PROSE, PROSE2, PROSE))
    assert page.date == "2019-10-19"


def test_related_list_dates_are_not_the_publication_date() -> None:
    related = "\n".join(f"  • Other story number {n}\n    March {n}, 2020" for n in range(1, 6))
    page = clean_text(_page("Council passes budget after marathon session", PROSE, PROSE2, "Related", related))
    assert page.date != "2020-03-01"


def test_date_inside_a_sentence_is_not_a_guess() -> None:
    page = clean_text(_page("Budget passes in the city", "On Wednesday February 28, 2024, " + PROSE, PROSE2))
    assert page.date is None
