"""The outlet of saved HTML pages: metadata site names tidied into the brand the page prints."""

from __future__ import annotations

import pytest

from search.cleaning.sitename import site_name

PAGE = (
    "Welcome to The New Yorker. Subscribe to The New Yorker today. Bustle editors pick. "
    "Boxen1.com bringt News. Noticias de hoy por La Prensa Gráfica. Read The Times of Israel. CNET’s review. "
    "Watson für Sie. Lost in JIT, a blog. Portal Spożywczy poleca. Healthline says. The Sahel Post and Jungle World. "
    "Lees NacióSahel vandaag. Write to Bamakoville@example.org."
)


@pytest.mark.parametrize(
    ("meta", "text_outlet", "expected"),
    [
        ("newyorker.com", None, "The New Yorker"),  # a bare domain: the page's spelled-out form
        ("bustle.com", None, "Bustle"),
        ("www.20minutes.fr", "20 Minutes", "20 Minutes"),  # the text rules found the same name
        ("example.org", None, "example.org"),  # never spelled out: the domain stays
        ("Boxen1.com - aktuelle Boxen News", None, "Boxen1.com"),  # a tagline goes
        ("Noticias de El Salvador - La Prensa Gráfica", None, "La Prensa Gráfica"),  # the part the page names
        ("Utopia GmbH", None, "Utopia"),  # the legal form goes
        ("SputnikInt", "Sputnik International", "Sputnik International"),  # a handle of the printed name
        ("CNET", "CNET News", "CNET"),
        ("2015", "The Onion", "The Onion"),  # a year is no site name
        ("Timesofisrael", None, "The Times of Israel"),  # a handle the page spells out, small words and all
        ("japan.cnet.com", None, "CNET"),  # a subdomain: the registered name first
        ("lostinjit.blogspot.com", None, "Lost in JIT"),  # … else the label the page spells out
        ("watson.ch", None, "Watson"),  # a spelled name inside a longer capitalised run
        (None, "Africa Times", "Africa Times"),
        ("Grazia_Live", "Grazia Daily", "Grazia Daily"),  # a social handle of the printed brand
        ("Ediciones EL PAÍS", "EL PAÍS", "EL PAÍS"),  # the publisher's word for its editions goes
        ("Газета «Коммерсантъ»", "Коммерсантъ", "Коммерсантъ"),
        ("Hamburger Abendblatt", "Abendblatt", "Hamburger Abendblatt"),  # a city's name is the brand's own
        ("Portalspozywczy", "Portal Spożywczy", "Portal Spożywczy"),  # a handle, accents aside
        ("DER SPIEGEL, Hamburg, Germany", None, "DER SPIEGEL"),  # the publisher's address goes
        ("Healthline Media", None, "Healthline"),  # the company's word after a brand the page prints
        ("Le Monde.fr", "Le Monde", "Le Monde"),  # a web address ending goes …
        ("Canada", "Canada.com", "Canada.com"),  # … unless the rest is a place or a common word
        ("news.ORF.at", "ORF", "ORF"),  # a country domain: 'ORF' is the name, not a top-level domain
        ("Motor_At", "motor.at", "motor.at"),  # a handle spelling the site's address
        ("Springer Medizin Verlag GmbH, Ärzte Zeitung", None, "Ärzte Zeitung"),  # the company beside its title
        ("Sahel News and Opinion on www.sahelpost.com", None, "The Sahel Post"),  # a tagline naming the address
        ("jungle.world", None, "Jungle World"),  # a word for a top-level domain, spelled out by the page
        ("日本経済新聞社", None, "日本経済新聞"),  # a Japanese newspaper company is named by its paper
        ("prospectmagazine.co.uk", "Prospect", "Prospect"),  # the address of the brand the page prints
        ("Golemredaktion", "Golem.de", "Golem.de"),  # the newsroom's handle of the printed brand
        ("Voice of America (VOA News)", None, "Voice of America"),  # a second name in brackets goes
        ("www.chinanews.com, 版权所有", None, "chinanews.com"),  # so does a rights notice, and 'www.'
        ("人民网版权所有", None, "人民网"),  # a rights notice glued to the name
        ("Mediehuset Nettavisen", None, "Nettavisen"),  # 'the media house' before the paper's name
        ("Naciosahel", None, "NacióSahel"),  # a handle in lower case: the page's capitals and accents
        ("Bamakoville", None, "Bamakoville"),  # an e-mail address's spelling marks nothing more
        ("from lostinjit.blogspot.com", None, "Lost in JIT"),  # the word introducing the address at a title's end
    ],
)
def test_site_name(meta: str | None, text_outlet: str | None, expected: str) -> None:
    assert site_name(meta, text_outlet, PAGE, "Some headline") == expected


def test_a_headline_in_the_site_name_field_is_no_site_name() -> None:
    assert site_name("Some headline here", "Africa Times", PAGE, "Some headline here") == "Africa Times"


def test_a_subdomains_name_in_the_site_name_field_is_no_site_name() -> None:
    assert site_name("Hosted", "The Citizens' Voice", PAGE, "Some headline", "hosted.ap.org") == "The Citizens' Voice"
    assert site_name("The Verge", "Verge", PAGE, "Some headline", "www.theverge.com") == "The Verge"


def test_a_metadata_site_name_that_is_an_address_or_a_notice_is_read_as_a_name() -> None:
    """Metadata sometimes holds a web address, a social profile or a copyright notice where the name belongs."""
    text = "Welcome to DER FARANG\n\nNews from PawsZilla and more"
    assert site_name("https://pawszilla.com/", None, text, None) == "PawsZilla"
    assert site_name("https://www.facebook.com/DERFARANG/", None, text, None) == "DER FARANG"
    assert site_name("https://twitter.com/someone_else", "Daily Planet", text, None) == "Daily Planet"
    assert site_name("Copyright (c) Daily Planet 2015", None, text, None) == "Daily Planet"
    assert site_name("2020 Daily Planet e.V.", None, text, None) == "Daily Planet"


def test_a_publishing_houses_word_before_the_title_goes() -> None:
    text = "EL DIARIO de hoy"
    assert site_name("Ediciones EL DIARIO", None, text, None) == "EL DIARIO"
    assert site_name("Grupo Daily Planet", None, text, None) == "Daily Planet"
    assert site_name("Editorial", None, text, None) == "Editorial"  # nothing after it: the word is the name


def test_a_site_name_that_lost_the_dots_of_the_printed_address_takes_the_printed_form() -> None:
    assert site_name("PLANETcoid", "PLANET.co.id", "Explore PLANET.co.id", None) == "PLANET.co.id"


def test_a_company_form_the_page_prints_only_inside_the_name_is_part_of_it() -> None:
    """'Fast Company' is the magazine's name: the page never prints 'Fast' alone, so 'Company' stays; 'Nikkei Inc'
    is Nikkei the company, which the page names alone."""
    page = "Subscribe to Fast Company. Fast Company's newsletter. Read Nikkei Asia. Nikkei reports."
    assert site_name("Fast Company", None, page, "Some headline") == "Fast Company"
    assert site_name("Nikkei Inc", None, page, "Some headline") == "Nikkei"


def test_a_legal_form_is_never_part_of_the_name() -> None:
    """'Gotham Media GmbH' printed only whole on the page is still the company 'Gotham' with its legal form."""
    page = "Impressum: Gotham Media GmbH, Hauptstraße 1. © 2024 Gotham Media GmbH"
    assert site_name("Gotham Media GmbH", None, page, "Some headline") == "Gotham"


def test_a_short_word_keeps_its_domain_ending() -> None:
    """'Net.hr' is the site's name where the menus print 'Net': three letters alone are a common word, while a
    longer label the page prints gives way to its printed form."""
    page = "Net\n\nVijesti Sport Net\n\nNaslov članka\n\nNet.hr\n"
    assert site_name("Net.hr", None, page, "Naslov članka") == "Net.hr"
    assert site_name("dailyplanet.com", None, "Daily Planet\n\nStory text.", "Headline") == "Daily Planet"


def test_a_number_alone_is_no_name_left_by_a_publishers_word() -> None:
    """'Healthline Media' is 'Healthline' where the page prints it, but '404 Media' stays whole: '404' is no name."""
    page = "404 Media\n\nStory text about 404 errors.\n\n© 2026 404 Media. Published with Ghost.\n"
    assert site_name("404 Media", None, page, "Headline") == "404 Media"
    assert site_name("Healthline Media", None, "Healthline\n\nStory.", "Headline") == "Healthline"


@pytest.mark.parametrize("meta", ["web.archive.org", "archive.ph", "webcache.googleusercontent.com"])
def test_a_web_archives_address_is_no_site_name(meta: str) -> None:
    """A page saved from the Wayback Machine or a cache carries the archive's address as its site name: the text
    rules' brand stands, or none."""
    assert site_name(meta, "Africa Times", PAGE, "Some headline") == "Africa Times"
    assert site_name(meta, None, PAGE, "Some headline") is None


def test_a_company_form_with_full_stops_leaves_the_site_name() -> None:
    """The metadata names the company ('PLANETA Sp. z o.o. S.K.A'): the brand the page prints stands."""
    assert site_name("PLANETA Sp. z o.o. S.K.A", "PLANETA", PAGE, "Some headline") == "PLANETA"
