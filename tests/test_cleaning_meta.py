"""Synthetic checks of the metadata rules (outlet, bylines, dates) on small made-up dumps."""

from __future__ import annotations

import pytest

from search.cleaning import clean_text
from search.cleaning.lines import normalise_input, split_lines
from search.cleaning.meta_outlet import canon, copyright_holder, pick_outlet, site_candidates
from tests.story_pages import story_page


def _lines(text: str):
    return split_lines(normalise_input(text))


def test_canon_groups_spellings_of_one_brand() -> None:
    assert canon("Houston Chronicle") == canon("HoustonChronicle.com")
    assert canon("The Daily Planet") == canon("Daily Planet")
    assert canon("Homes & Gardens") == canon("Homes and Gardens")


def test_copyright_holder_drops_years_and_company_suffixes() -> None:
    assert copyright_holder("© 2021 Daily Planet Media Inc. All rights reserved.") == "Daily Planet Media"
    assert copyright_holder("Copyright © 2019-2023 The Gotham Gazette") == "The Gotham Gazette"
    assert copyright_holder("© Foto: Hans Meier") is None or "Hans" in copyright_holder("© Foto: Hans Meier")
    # the owner's affiliates after its name
    line = "© 2015 Gotham News and Media Limited or its affiliated companies. All rights reserved."
    assert copyright_holder(line) == "Gotham News and Media"
    assert copyright_holder("© 2024 Daily Planet, Inc. and/or its affiliates. All Rights Reserved.") == "Daily Planet"


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("Stars on the dreams they want to accomplish: 'To have kids and a serene love'© Gotham", None),
        ("Seen during a photoshoot in New York. (Photo by Jane Roe/GC Images)© Gotham", None),
        # a picture's label before the sign: the photographer's credit closing a caption
        ("The minister visited her at work. Bild © Jane Roe (gz)", None),
        ("A view of the harbour at dawn. Photo: © Jane Roe", None),
        ("Daily Planet© 2024", "Daily Planet"),  # the site's name glued before a dated notice
        ("Copyright © 2017 Daily Planet. All rights reserved.", "Daily Planet"),
    ],
)
def test_a_sign_glued_to_or_labelled_in_a_caption_names_the_pictures_owner(line: str, holder: str | None) -> None:
    assert copyright_holder(line) == holder


def test_outlet_from_masthead_domain_and_copyright() -> None:
    page = "\n".join(
        [
            "Gotham Gazette",
            "",
            "  • News",
            "  • Sport",
            "",
            "Mayor opens new bridge over the river",
            "",
            "By Jane Roe",
            "",
            "The mayor opened the bridge on Monday. " * 5,
            "",
            "More from Gotham Gazette",
            "Visit gothamgazette.com for more.",
            "© 2023 Gotham Gazette. All rights reserved.",
        ]
    )
    assert pick_outlet(_lines(page), None, ["Jane Roe"], "Mayor opens new bridge over the river") == "Gotham Gazette"


def test_no_outlet_when_the_page_names_none() -> None:
    page = "Mayor opens new bridge over the river\n\n" + "The mayor opened the bridge on Monday. " * 8
    assert pick_outlet(_lines(page)) is None


def test_outlet_never_raises_on_odd_input() -> None:
    for text in ["", "\n\n\n", "©", "© ©", "x" * 5000, "a.com " * 300, "| | |\n" * 50]:
        pick_outlet(_lines(text))


def test_byline_glued_prefix_doubled_names_and_junk() -> None:
    from search.cleaning.bylines import parse_byline, parse_name_line

    assert parse_byline("ByJane Roe") == ["Jane Roe"]
    assert parse_byline("By Jane RoeJane Roe") == ["Jane Roe"]
    assert parse_byline("By Our Foreign Staff") == ["Our Foreign Staff"]
    assert parse_name_line("View Images") is None
    assert parse_name_line("Social Sharing") is None


def test_published_cue_date() -> None:
    from search.cleaning.dates import published_cue_date

    assert published_cue_date([("Menu", 1), ("Published Nov 8, 2023 at 5:01 a.m. ET", 6)]) == "2023-11-08"
    assert published_cue_date([("Veröffentlicht am 19.10.2019, 15:30 Uhr", 3)]) == "2019-10-19"
    assert published_cue_date([("Nov 8, 2023", 2)]) is None


def test_ad_server_hosts_are_never_the_outlet() -> None:
    from search.cleaning.meta_outlet import _AD_HOST_RE

    for host in ("ad-emea.doubleclick.net", "adservice.google.com", "widgets.outbrain.com", "Taboola"):
        assert _AD_HOST_RE.search(host), host
    for brand in ("Houston Chronicle", "The Adelaide Advertiser", "Criterion Daily", "Admiral News"):
        assert not _AD_HOST_RE.search(brand), brand


def test_masthead_logo_and_doubled_brand_lines_name_the_brand() -> None:
    from search.cleaning.meta_outlet import brand_in_logo

    assert brand_in_logo("[Gotham Gazette-logo]") == "Gotham Gazette"
    assert brand_in_logo("Metro Ledger Logo") == "Metro Ledger"
    assert brand_in_logo("PlanetDaily PlanetDaily") == "PlanetDaily"
    assert brand_in_logo("Metro Ledger Metro Ledger Logo") == "Metro Ledger"
    assert brand_in_logo("Mayor opens new bridge") is None
    assert brand_in_logo("the the") is None
    assert brand_in_logo("Metro Ledger Logo - Home") == "Metro Ledger"
    assert brand_in_logo("Logo der Stadtzeitung") == "Stadtzeitung"


def test_a_logo_alt_text_printed_twice_and_a_masthead_with_a_lower_case_first_word() -> None:
    """'Logo junge Welt Logo junge Welt': the logo's alt text twice, a name whose first word is lower case (as a few
    mastheads are written); without the word 'logo' such a line names nothing."""
    from search.cleaning.meta_outlet import brand_in_logo

    assert brand_in_logo("Logo Stadt Anzeiger Logo Stadt Anzeiger") == "Stadt Anzeiger"
    assert brand_in_logo("Logo junge Welt Logo junge Welt") == "junge Welt"
    assert brand_in_logo("der Freitag Logo") == "der Freitag"
    assert brand_in_logo("junge Welt junge Welt") is None
    assert brand_in_logo("taz logo taz logo") == "taz"  # one lower-case word: only from a logo printed twice
    assert brand_in_logo("site logo") is None
    assert brand_in_logo("read More Logo") is None


def test_a_logo_file_name_names_the_brand_only_in_the_masthead() -> None:
    from search.cleaning.meta_outlet import brand_in_logo_file

    assert brand_in_logo_file("[Stadtmagazin_logo_4357e3d31987cb] Ein Magazin der Beispiel Medien") == "Stadtmagazin"
    assert brand_in_logo_file("[logo_main]") is None
    body = "The mayor opened the bridge on Monday and spoke for an hour to the crowd outside. " * 4
    top = ["[Stadtmagazin_logo_4357e3d31987cb]", "", "  • Start", "  • Politik", "", "Mayor Opens Bridge", ""]
    footer = "Newsletter von Stadtmagazin"  # the one other mention: alone it is too weak
    page = clean_text("\n".join([*top, body, "", body, "", "[Partei-logo-jpg]", "", body, "", footer]))
    assert page.outlet == "Stadtmagazin"


def test_short_domain_brands_keep_their_suffix_and_cdn_hosts_fold_into_the_site() -> None:
    # "AB.com" is not the common word "ab"/"about": the domain is the name.
    assert canon("About.com") == "aboutcom" and canon("About.com") != canon("About")
    assert canon("cdn.gothamgazette.com") == canon("gothamgazette.com") == canon("Gotham Gazette")


def test_outlet_prefers_the_spaced_name_of_a_domain_brand_and_reads_photo_credits() -> None:
    body = "The mayor opened the bridge on Monday and spoke for an hour. " * 5
    page = "\n".join(
        [
            "GothamGazette.com",
            "",
            "Mayor opens new bridge over the river",
            "",
            body,
            "",
            "The bridge at dawn. (Jane Roe/Gotham Gazette)",
            "",
            body,
            "",
            "About Gotham Gazette",
            "© 2023 GothamGazette.com",
        ]
    )
    assert pick_outlet(_lines(page), None, [], "Mayor opens new bridge over the river") == "Gotham Gazette"


def test_byline_keeps_the_dot_of_an_initial_or_suffix() -> None:
    from search.cleaning.bylines import parse_byline

    assert parse_byline("By Perry Bacon Jr.") == ["Perry Bacon Jr."]
    assert parse_byline("By Nicolas Gutierrez C.") == ["Nicolas Gutierrez C."]
    assert parse_byline("By Jane Roe.") == ["Jane Roe"]


def _page_with_credit(credit: str) -> str:
    prose = "The mayor opened the new bridge over the river on Monday morning, and crowds lined both banks. "
    return "\n\n".join(
        [
            "Gotham Gazette",
            "Mayor opens new bridge over the river",
            credit,
            "March 3, 2024",
            prose * 3,
            "Jane Roe has been a Gotham Gazette reporter since 2004, covering city hall and transport.",
            prose.replace("Monday", "Tuesday") * 3,
            prose.replace("mayor", "governor") * 3,
        ]
    )


def test_portrait_alt_text_around_a_name_is_a_byline_and_a_bio_does_not_make_it_the_subject() -> None:
    from search.cleaning import clean_text

    assert clean_text(_page_with_credit("Jane Roe headshot")).author == "Jane Roe"
    assert clean_text(_page_with_credit("Profile picture for user Jane Roe")).author == "Jane Roe"
    assert clean_text(_page_with_credit("icon Jane Roe")).author == "Jane Roe"  # the alt text of a small icon
    # an avatar's alt text before the printed name, then the time: 'Avatar for Jane Roe Jane Roe | Jun 10 2025'
    assert clean_text(_page_with_credit("Avatar for Jane Roe Jane Roe | 8:48 am PT")).author == "Jane Roe"


def _page_with_name_far_above(name_lines: list[str]) -> str:
    prose = "The mayor opened the new bridge over the river on Monday morning, and crowds lined both banks. "
    head = ["Gotham Gazette", *name_lines, "  • facebook\n  • tweet\n  • email\n  • print", "Nothing to See Here"]
    return story_page(
        [*head, "03.03.24", "Mayor opens new bridge over the river", "A summary of the story in one sentence."], prose
    )


def test_a_name_printed_twice_above_the_head_is_the_byline_but_a_list_of_doubled_teasers_is_not() -> None:
    """A portrait's alt text and then the link print the writer's name twice in a row, even some lines above the
    headline; a teaser list that prints every headline twice is no byline."""
    from search.cleaning import clean_text

    assert clean_text(_page_with_name_far_above(["Michael Tomasky", "Michael Tomasky"])).author == "Michael Tomasky"
    assert clean_text(_page_with_name_far_above(["Michael Tomasky"])).author is None
    teasers = ["Floods close the coast road", "Máté Gyula", "Council votes on budget"]
    assert clean_text(_page_with_name_far_above([t for t in teasers for _ in (1, 2)])).author is None


def test_a_name_among_list_items_gives_way_to_a_credit_line_of_its_own() -> None:
    """The first name-shaped line under the headline is a list item ('• Rio de Janeirolocalização': a place with
    its icon's label glued on); the writer's own line under the list is the byline."""
    from search.cleaning import clean_text

    prose = "The institute bought the archive of three old newspapers, doubling its collection of photographs. "
    page = story_page(
        [
            "Home / Cultura",
            "Instituto Moreira Salles adquire arquivo dos Diários Associados",
            "  • 25/10/2016 22h54publicação\n  • Rio de Janeirolocalização",
            "Paulo Virgílio - Repórter da Agência Brasil",
        ],
        prose,
    )
    assert clean_text(page).author == "Paulo Virgílio"


def test_a_name_right_over_the_headline_under_the_date_is_the_byline() -> None:
    """'20 May 2010' / 'Music and TV' / 'Richard Beck' / headline: the writer's name over the headline; the headline
    itself is never the byline."""
    from search.cleaning import clean_text

    prose = "In June 1985, a magazine published a cover story about a police drama and why viewers loved it. "
    page = story_page(
        [
            "  • Current Issue\n  • Archives\n  • Subscribe",
            "20 May 2010\nMusic and TV\nRichard Beck",
            "Treasure Island",
            "How TV serials achieved the status of art",
            "[image]",
            "  • Bookmark and Share\n  • Print",
        ],
        prose,
    )
    assert clean_text(page).author == "Richard Beck"


def test_by_alone_on_its_line_credits_the_name_on_the_next_even_inside_the_body() -> None:
    from search.cleaning import clean_text

    prose = "The mayor opened the new bridge over the river on Monday morning, and crowds lined both banks. "
    page = "\n".join(
        [
            "  • Home",
            "  • Sport",
            "",
            "Sport",
            "",
            "Mayor opens new bridge over the river",
            "",
            "The city finally has its second crossing after a decade of delays and two cancelled tenders",
            "",
            "  • Share",
            "  •",
            "  •  Comments",
            "",
            "  • 22:30, 9 MAY 2020",
            "  • Updated22:38, 9 MAY 2020",
            "",
            prose * 3,
            "",
            "By",
            "Jane Roe",
            "",
            prose.replace("Monday", "Tuesday") * 3,
        ]
    )
    assert clean_text(page).author == "Jane Roe"


def test_photo_desk_credit_names_the_brand_not_the_desk() -> None:
    from search.cleaning.meta_outlet import _strip_name

    assert _strip_name("Gotham Gazette Photo") == "Gotham Gazette"
    assert _strip_name("Gotham Gazette Videos") == "Gotham Gazette"
    assert _strip_name("Photo Gazette") == "Photo Gazette"


HARBOUR = (
    "The council met on Monday and agreed a new plan for the harbour, which officials said would bring "
    "jobs and visitors, though some residents worried about traffic and noise near the old quay. "
)
FIRE = (
    "Fire crews in Basel worked through the night on Tuesday after a blaze broke out in a warehouse near the "
    "Rhine, the city's police said, adding that nobody was hurt and that Basel's old town was never at risk. "
)


def _story_page(story: str, top: list[str], bottom: list[str]) -> str:
    """A menu and headline, four paragraphs of ``story``, then ``bottom``."""
    return "\n".join([*top, "", story * 2, "", story, "", story, "", *bottom])


@pytest.mark.parametrize(
    ("story", "top", "bottom", "not_outlet"),
    [
        pytest.param(  # the person the story is about, never shown as the site's name
            "Senator Okafor said on Monday that the budget would pass. Okafor told reporters that Okafor's plan "
            "had support, and aides to Okafor said the vote was close, while Okafor is a veteran of such fights. ",
            ["PlanetDaily Logo", "", "  • Politics", "  • Sports", "", "Budget Vote Looms"],
            ["Contact Okafor"],
            "Okafor",
            id="story-subject",
        ),
        pytest.param(  # the headline's subject that the story keeps naming
            "The agency said on Monday that the probe had reached the asteroid. Engineers at NASA said the craft "
            "was healthy, and NASA will share images next week, officials told reporters at the briefing. ",
            ["  • NASA", "  • Space", "  • Science", "", "NASA Probe Reaches Asteroid"],
            ["  • Impressum", "  • NASA", "", "© 2023 Sternwarte Verlag"],
            "NASA",
            id="headline-subject",
        ),
        pytest.param(  # a menu label the prose writes in lower case
            "The horses ran at dawn on Saturday and the trainers said the horses were ready for the big race, "
            "while owners watched the horses from the stands with coffee in hand and hope in their hearts. ",
            ["  • Horses", "  • Racing", "  • Results", "", "Dawn Gallop Ahead Of Derby"],
            ["  • Horses", "  • Racing"],
            "Horses",
            id="common-word",
        ),
        pytest.param(  # a web address seen only at the page's edges
            HARBOUR,
            [
                "Follow us: pic.twitter.com/harbourdesk",
                "",
                "  • Politics",
                "  • Sports",
                "",
                "Council Backs Harbour Plan",
            ],
            ["Share on pic.twitter.com"],
            "pic.twitter.com",
            id="edge-address",
        ),
        pytest.param(  # a place in the menus
            FIRE,
            ["  • Kultur", "  • Basel", "  • Zürich", "", "Warehouse Fire Under Control"],
            ["  • Basel", "  • Zürich", "  • Kontakt", "", "Telebasel App"],
            "Basel",
            id="place",
        ),
        pytest.param(  # the publisher that only the copyright line names
            HARBOUR,
            ["  • Politik", "  • Sport", "", "Council Backs Harbour Plan"],
            ["About Harbour Gazette", "", "© 2023 Coastline Media, Inc. All rights reserved."],
            "Coastline Media",
            id="copyright-company",
        ),
    ],
)
def test_names_that_are_not_the_outlet(story: str, top: list[str], bottom: list[str], not_outlet: str) -> None:
    page = clean_text(_story_page(story, top, bottom))
    assert page.title == top[-1]
    assert page.outlet != not_outlet


def test_a_name_the_sites_own_address_spells_is_kept_though_it_is_a_common_word_and_a_place() -> None:
    story = HARBOUR.replace("the old quay", "the old metro station")
    top = ["  • News", "  • Sport", "", "Council Backs Harbour Plan"]
    bottom = ["Follow Metro on Twitter", "", "Visit metro.co.uk for more news", "", "  • Privacy"]
    assert clean_text(_story_page(story, top, bottom)).outlet == "Metro"


def test_the_story_age_is_a_date_line_when_it_is_the_only_one() -> None:
    from search.cleaning.textdump import meta_lines

    lines = _lines("News\n\nCouncil plans a long road ahead for ferries\n\nJane Roe|Published 15 hours ago\n\nBody")
    assert meta_lines(lines, list(range(len(lines)))) == {4: "date"}
    teasers = "\n\n".join(f"Teaser headline number {k} about ferries\nCity  / {k} h ago" for k in range(1, 4))
    lines = _lines(teasers)
    assert meta_lines(lines, list(range(len(lines)))) == {}  # ages under every teaser are not the article's


def test_a_copyright_line_alone_at_the_foot_still_names_the_site() -> None:
    """The page states its owner in the notice: the best candidate is taken under the usual bar when a
    copyright line names it, and footer links glued to the name go ('Deutsche WelleDatenschutzImpressum')."""
    from search.cleaning.meta_outlet import OUTLET_THRESHOLD, score, site_candidates

    story = " ".join(["Der Gemeinderat hat den Plan für die neue Fähre nach langer Debatte am Dienstag gebilligt."] * 3)
    top = ["Anmelden", "", "  • Inland", "  • Ausland", "  • Sport", "", "Neue Fähre für den See", "", story, ""]
    foot = ["  • Inland", "  • Ausland", "", "© 2026 Tagesplanet - Alle Rechte vorbehalten"]
    page = "\n".join([*top, story + " Das berichtete Tagesplanet am Montag.", "", *foot])
    lines = _lines(page)
    scores = {form: score(feats) for form, feats in site_candidates(lines)}
    assert scores["Tagesplanet"] < OUTLET_THRESHOLD  # the case this rule is for
    assert pick_outlet(lines) == "Tagesplanet"
    assert copyright_holder("© 2024 Deutsche WelleDatenschutzImpressumErklärung zur Barrierefreiheit") == (
        "Deutsche Welle"
    )
    assert copyright_holder("© 2024 WinFuture.de") == "WinFuture.de"
    assert copyright_holder("© 2019 NYDailyNews.com. All rights reserved.") == "NYDailyNews.com"  # one glued word


def test_a_common_word_that_holds_the_copyright_is_the_site() -> None:
    """'Traveller': the prose writes 'traveller' in lower case, but '© 2016 Traveller Media, Inc.' makes the word
    the name of the site behind the notice, so it stays a candidate."""
    story = " ".join(["Every traveller knows the ferry is late when the council debates the timetable again."] * 3)
    page = (
        f"Sign in\n\nFerry timetable changes again\n\n{story}\n\nGive one year of Traveller for $5\n\n"
        "Advertise Contact Us Staff Contribute Traveller Partner\n\nCopyright © 2016 Traveller Media, Inc. "
        "All rights reserved.\n"
    )
    kept = dict(site_candidates(_lines(page), None, [], "Ferry timetable changes again"))
    assert "Traveller" in kept and kept["Traveller"]["copy_core"] == 1.0


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("  • Prawa autorskie © PLANETA Sp. z o.o. S.K.A.", "PLANETA"),
        ("© 2020 Planeta spol. s r.o. Všechna práva vyhrazena.", "Planeta"),
        ("© Planeta Media S.p.A. Tutti i diritti riservati", "Planeta Media"),
    ],
)
def test_a_company_form_with_full_stops_ends_the_holder(line: str, holder: str) -> None:
    """'Sp. z o.o.', 'spol. s r.o.', 'S.p.A.': the holder's name ends at the company form, not at its full stop."""
    assert copyright_holder(line) == holder


@pytest.mark.parametrize("line", ["Copyright and Trade Mark Notice", "© and Privacy Policy"])
def test_a_link_to_the_sites_notices_names_no_copyright_holder(line: str) -> None:
    assert copyright_holder(line) is None
