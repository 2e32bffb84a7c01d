"""Outlet candidates: general brand contexts, publisher names, non-Latin brands."""

import math

import pytest

from search.cleaning import clean_text
from search.cleaning.acronyms import printed_expansion, spells
from search.cleaning.lines import normalise_input, split_lines
from search.cleaning.meta_outlet import FEATURES, _publisher_core, brand_like, outlet_candidates
from tests.story_pages import numbered_paragraphs


def _forms(text: str) -> dict[str, dict[str, float]]:
    return dict(outlet_candidates(split_lines(normalise_input(text))))


STORY = " ".join(["The council approved the ferry plan after a long debate on Tuesday."] * 3)
"""A paragraph of running text for the synthetic pages."""


def _feats(**kw: float) -> dict[str, float]:
    """A candidate's features: every one zero but those given."""
    return {**dict.fromkeys(FEATURES, 0.0), **kw}


def test_publisher_core_drops_corporate_words() -> None:
    assert _publisher_core("Grupo La Razón") == "La Razón"
    assert _publisher_core("Daily Planet Verlag") == "Daily Planet"
    assert _publisher_core("Daily Planet Ediciones") == "Daily Planet"
    assert _publisher_core("Daily Planet") is None


def test_cyrillic_and_caseless_names_are_brand_like() -> None:
    assert brand_like("ТАСС")
    assert brand_like("اليوم السابع")
    assert not brand_like("the cat")


@pytest.mark.parametrize("text", ["10 Ιανουαρίου", "5. März", "Ιαν. 10"])
def test_a_day_and_month_is_no_brand(text: str) -> None:
    """A date without its year, in any language the month names cover."""
    assert not brand_like(text)
    assert brand_like("Channel 4") and brand_like("Mai 68")  # a number beside a word that is no month


def test_cookie_notice_names_the_site() -> None:
    long_tail = " ".join(["word"] * 20)
    forms = _forms(f"Headline here\n\n[ ] Daily Planet would like to keep you informed {long_tail}\n")
    assert forms["Daily Planet"]["context"] > 0


@pytest.mark.parametrize(
    "notice",
    [
        "L'Ara.cat utilitza \"cookies\" per millorar l'experiència de navegació. Si segueixes navegant entendrem que ho"
        " acceptes. Més Informació",
        "Daily Planet gebruikt cookies om de website goed te laten werken en om het gebruik van de website te"
        " analyseren.",
        "Daily Planet używa plików cookies, aby ułatwić korzystanie z serwisu i analizować ruch na stronie.",
    ],
)
def test_a_cookie_notice_in_other_languages_names_the_site(notice: str) -> None:
    forms = _forms(f"Headline here\n\n{STORY}\n\n{notice}\n")
    assert any(feats["context"] for form, feats in forms.items() if form in {"Ara.cat", "L'Ara.cat", "Daily Planet"})


def test_a_catalan_web_address_is_an_address() -> None:
    forms = _forms(f"Headline here\n\nara.cat\n\n{STORY}\n\nara.cat\n")
    assert "ara.cat" in {form.casefold() for form in forms}


def test_the_sites_account_of_itself_names_the_site() -> None:
    about = (
        "Daily Planet is a daily publication covering digital marketing industry news, trends, strategies and tactics"
        " for digital marketers, with special features and site announcements."
    )
    forms = _forms(f"Headline here\n\n{STORY}\n\n{about}\n")
    assert forms["Daily Planet"]["context"] > 0
    forms = _forms(f"Headline here\n\n{STORY}\n\nThe council is a body of twelve members elected for four years.\n")
    assert not any(feats["context"] for feats in forms.values())


def test_dateline_credit_is_a_candidate() -> None:
    forms = _forms("Headline here\n\nPlanetMoney (New York) First published March 1, 2016: 1:28 AM ET\n")
    assert forms["PlanetMoney"]["dateline"] > 0


def test_copyright_holder_in_a_long_line_is_kept() -> None:
    nav = "\n".join(f"Section{i} Topic{i}" for i in range(90))
    forms = _forms(f"{nav}\n\nCopyright © Daily Planet. All rights reserved. {' '.join(['x'] * 30)}\n")
    assert forms["Daily Planet"]["copyright"] > 0


def test_the_year_of_a_copyright_notice_is_no_candidate() -> None:
    """'Copyright © 2017. All rights reserved.' names no holder: the year and the notice's first word are not read
    as one ('2017. All')."""
    forms = _forms(f"Headline here\n\n{STORY}\n\nCopyright © 2017. All rights reserved.\n")
    assert not [form for form, feats in forms.items() if "2017" in form and feats["context"]]


def test_a_year_the_page_never_filled_in_is_no_part_of_the_copyright_holder() -> None:
    """'© 0 Reuters': the page's script prints the year as 0; a brand that opens with a number stays whole."""
    from search.cleaning.meta_outlet import copyright_holder

    assert copyright_holder("© 0 Reuters. All Rights Reserved.") == "Reuters"
    assert copyright_holder("© 2024 20 Minuten") == "20 Minuten"


def test_masthead_in_a_list_and_menu_items() -> None:
    page = "Skip to main content\n\n  •\n\n    Daily Planet\n\n  • Menu\n\nZebras\nLizards\nOtters\nFalcons\nBeetles\n"
    forms = _forms(page)
    assert forms["Daily Planet"]["first_line"] == 1.0
    assert forms["Otters"]["menu_share"] == 1.0


def test_glued_article_domain_joins_the_spelled_name() -> None:
    page = "The Daily Planet\n\nSome headline for the page\n\nCopyright 2015 TheDailyPlanet.com, Inc.\n"
    forms = _forms(page)
    assert "TheDailyPlanet.com" not in forms
    assert forms["The Daily Planet"]["copyright"] > 0


def test_masthead_spelling_wins_a_tie() -> None:
    from search.cleaning.meta_outlet import pick_outlet

    body = "The council met on Monday and voted on the budget for the year. " * 5
    page = "\n".join(
        [
            "Daily Planet",
            "",
            "Council votes on the budget",
            "",
            body,
            "",
            "Read more from The Daily Planet",
            "About Daily Planet",
            "© 2023 The Daily Planet",
        ]
    )
    lines = split_lines(normalise_input(page))
    assert pick_outlet(lines, None, [], "Council votes on the budget") == "Daily Planet"


@pytest.mark.parametrize(
    ("first_item", "outlet"),
    [
        ("Daily Planet English", "Daily Planet English"),  # an edition: the masthead spells the brand out
        ("Daily Planet Videos", "Daily Planet"),  # a service of the site, like 'Daily Planet Jobs'
        ("Daily Planet Podcasts", "Daily Planet"),
        ("Daily Planet Live", "Daily Planet"),  # its live coverage
    ],
)
def test_a_longer_name_at_the_top_is_an_edition_unless_it_names_a_service(first_item: str, outlet: str) -> None:
    from search.cleaning.meta_outlet import pick_outlet

    body = "The council met on Monday and voted on the budget for the year. " * 5
    page = "\n".join(
        [
            f"  • {first_item}",
            "  • Please Donate to Daily Planet",
            "",
            "Council votes on the budget",
            "",
            body,
            "",
            "Visit the Daily Planet Store",
            "Daily Planet Stats",
            "© 2023 Daily Planet",
        ]
    )
    assert pick_outlet(split_lines(normalise_input(page)), None, [], "Council votes on the budget") == outlet


def test_dateline_credit_names_the_bracket_after_a_place_and_skips_a_party() -> None:
    forms = _forms("Headline here\n\nSPRINGFIELD (Planet Wire) — The mayor said on Monday\n")
    assert forms["Planet Wire"]["dateline"] > 0
    assert "SPRINGFIELD" not in forms or not forms["SPRINGFIELD"]["dateline"]
    forms = _forms("Headline here\n\nJane Roe (XYZ): «A quote about the vote»\n")
    assert "XYZ" not in forms or not forms["XYZ"]["dateline"]
    forms = _forms("Headline here\n\n    MANILA, Nov. 24 (Planet Wire) -- The mayor said on Monday\n")
    assert forms["Planet Wire"]["dateline"] > 0  # the day between the place and the bracket


def test_logo_alt_text_before_the_name_is_a_logo() -> None:
    forms = _forms("Logo: Daily Planet\n\nSome headline for the page\n\nLogo Evening Star\n")
    assert forms["Daily Planet"]["logo"] > 0
    assert forms["Evening Star"]["logo"] > 0


def test_masthead_with_small_words_is_a_first_line() -> None:
    assert (
        _forms("Mein schöner Garten\n\n  • Facebook\n  • Instagram\n\nSome headline for the page\n")[
            "Mein schöner Garten"
        ]["first_line"]
        == 1.0
    )
    assert (
        _forms("*\nl'Opinion\nSe connecter S'abonner\n\nSome headline for the page\n")["l'Opinion"]["first_line"] == 1.0
    )


def test_a_topic_named_only_in_the_text_is_not_shown_as_a_brand() -> None:
    teasers = "Biden to visit Ohio\n\nWhat Biden said\n\nBiden: the plan\n"
    forms = _forms(f"Daily Planet\n\nSome headline for the page\n\n{teasers}")
    assert forms["Biden"]["unprinted"] == 1.0
    assert forms["Daily Planet"]["unprinted"] == 0.0


def test_a_logo_line_names_the_brand_without_the_word_logo() -> None:
    forms = _forms("Motor1.com Logo\n\nSome headline for the page\n")
    assert forms["Motor1.com"]["logo"] > 0
    shown = forms.get("Motor1.com Logo", {})
    assert not any(shown.get(k) for k in ("standalone_top", "first_line", "logo"))


def test_brands_with_an_exclamation_mark_or_a_slash_number() -> None:
    assert brand_like("OK! Magazine")
    assert brand_like("24/7 Wall St.")
    assert not brand_like("OK!")
    assert not brand_like("Accept OK")


def test_pronouns_interface_verbs_legal_forms_and_archive_months_are_no_brands() -> None:
    for word in ("Je", "Here", "Open", "Charger", "Limited", "Juni 2016"):
        assert not brand_like(word), word
    assert brand_like("La Presse")


def test_a_parent_company_clause_leaves_the_copyright_holder() -> None:
    from search.cleaning.meta_outlet import copyright_holder

    assert copyright_holder("© 2023 Healthline Media a Red Ventures Company. All rights reserved") == "Healthline Media"


def test_a_lower_case_article_before_a_brand_is_the_sentences() -> None:
    forms = _forms("Headline here\n\nMehr Lesekomfort mit der Freie Presse App!\n")
    assert "Freie Presse" in forms and "der Freie Presse" not in forms
    forms = _forms("Headline here\n\nder Freitag App\n")  # a brand written with its own lower-case article
    assert "der Freitag" in forms


def test_a_copyright_sign_before_the_word_copyright_names_the_holder() -> None:
    forms = _forms("Headline here\n\n© Copyright 2024 The Globe and Mail Inc. All rights reserved.\n")
    assert forms["The Globe and Mail"]["copyright"] > 0


def test_a_masthead_printed_four_times_is_undoubled() -> None:
    from search.cleaning.meta_outlet import brand_in_logo

    assert brand_in_logo("Diario La RazónDiario La Razón Diario La RazónDiario La Razón") == "Diario La Razón"
    assert brand_in_logo("FiveThirtyEight FiveThirtyEight") == "FiveThirtyEight"
    long_name = "The Trussville Tribune"  # four printings make a line longer than two of a shorter name
    assert brand_in_logo(f"{long_name}{long_name} {long_name}{long_name}") == long_name


def test_a_media_house_in_the_copyright_line_is_a_company() -> None:
    forms = _forms("Headline here\n\n© 2024 Planet Mediengruppe. All rights reserved.\n")
    assert forms["Planet Mediengruppe"]["corp_word"] == 1.0
    forms = _forms("Headline here\n\n© 2024 Nine Entertainment Co. All rights reserved.\n")
    assert forms["Nine Entertainment"]["corp_word"] == 1.0
    forms = _forms("Headline here\n\n© 2024 ΑΛΤΕΡ ΕΓΚΟ Α.Ε\n")  # a Greek company form
    assert forms["ΑΛΤΕΡ ΕΓΚΟ Α.Ε"]["corp_word"] == 1.0


def test_the_picked_brand_loses_a_sentence_article_footer_links_and_www() -> None:
    from search.cleaning.meta_outlet import _tidy_form, copyright_holder, strip_corporate

    assert _tidy_form("Der ADAC") == "ADAC"
    assert _tidy_form("Die Zeit") == "Die Zeit"  # an article that is part of the name stays
    assert _tidy_form("Planet Welt Impressum Datenschutz") == "Planet Welt"
    assert _tidy_form("CBS News") == "CBS News"
    assert _tidy_form("Utopia Image") == "Utopia"  # a logo's alt text
    assert _tidy_form("MYNET ANASAYFA") == "MYNET"  # the logo's link to the home page
    assert _tidy_form("www.dailyplanet.co.id") == "dailyplanet.co.id"  # 'www.' is no part of a name
    assert _tidy_form("WWW.PLANET.COM") == "PLANET.COM"
    assert _tidy_form("Www Planet") == "Www Planet"  # a name, not an address
    assert strip_corporate("Planet Medya A.Ş") == "Planet Medya"
    assert strip_corporate("Axel Planet SE") == "Axel Planet"
    # rights-reserved notices in other languages are no brand
    for notice in ("RIPRODUZIONE RISERVATA", "Derechos Reservados"):
        assert not brand_like(notice)
    assert copyright_holder("© 2024 Daily Planet") == "Daily Planet"


def test_a_photo_agency_in_picture_credits_is_not_the_site() -> None:
    from search.cleaning.meta_outlet import pick_outlet

    text = f"Ferry plan approved\n\n{STORY}\n\nFoto: © Getty Images\n\n© 2024 Getty Images\n"
    assert pick_outlet(split_lines(normalise_input(text))) != "Getty Images"
    assert pick_outlet(split_lines(normalise_input(text.replace("Getty Images", "Daily Planet")))) == "Daily Planet"


def test_copyright_holders_lose_rights_notices_and_desk_words() -> None:
    from search.cleaning.meta_outlet import copyright_holder

    assert copyright_holder("© 2023 PLANET BLOG TOUS DROITS RESERVES") == "PLANET BLOG"
    assert copyright_holder("© 2020 الحقوق محفوظة لمؤسسة أخبار اليوم") == "أخبار اليوم"
    assert copyright_holder("© 2021 Internetredaktion Stadt Planet") == "Stadt Planet"
    assert copyright_holder("© 1997-2019 网易公司版权所有 About NetEase") == "网易公司"  # 'all rights reserved', glued


def test_a_short_pick_inside_the_copyright_holders_name_gives_way_to_it() -> None:
    from search.cleaning.meta_outlet import _holder_spelling_out

    holder = ("Lindauer Planet Zeitung", _feats(copyright=1.0))
    company = ("Planet Zeitung Media Group", _feats(copyright=1.0, corp_word=1.0))
    assert _holder_spelling_out("Zeitung", _feats(mentions=1.0), [holder]) == "Lindauer Planet Zeitung"
    assert _holder_spelling_out("Zeit", _feats(mentions=1.0), [holder]) is None  # whole words only
    assert _holder_spelling_out("Zeitung", _feats(mentions=1.0), [company]) is None
    assert _holder_spelling_out("Zeitung", _feats(standalone_top=1.0), [holder]) is None  # the masthead stands


def test_a_camel_case_masthead_counts_its_spaced_mentions_and_paper_is_no_brand() -> None:
    from search.cleaning.meta_outlet import pick_outlet

    menu = "\n".join(f"  • {w}" for w in ("Our Paper", "Paper Archive", "Planet Star Sunday", "Horoscopes"))
    page = f"PlanetStar\n\n{menu}\n\nFerry plan approved\n\n{STORY} Planet Star readers agreed.\n\nPaper\n"
    forms = _forms(page)
    assert forms["PlanetStar"]["mentions"] > 1.0  # written once, and twice as "Planet Star"
    assert pick_outlet(split_lines(normalise_input(page))) != "Paper"


def test_brand_context_survives_a_long_menu() -> None:
    """A name seen once in a brand context ('X Homepage', the logo link) stays a candidate on a page whose menus
    offer more candidates than are scored."""
    menu = "\n".join(f"  • Section{chr(65 + k // 26)}{chr(97 + k % 26)} Pages" for k in range(80))
    forms = _forms(f"Daily Planet Homepage\n\n{menu}\n\nHeadline here\n")
    assert forms["Daily Planet"]["context"] > 0


def test_more_brand_contexts() -> None:
    """Self-references in other forms: a German genitive, a hyphenated compound, a sign-in prompt."""
    text = "Headline here\n\nZu weiteren Angeboten der DW springen\n\nJetzt zum WAZ-Newsletter anmelden\n"
    forms = _forms(text + "\nSign in to access Harper’s Magazine\n")
    assert forms["DW"]["context"] > 0 and forms["WAZ"]["context"] > 0
    assert forms["Harper’s Magazine"]["context"] > 0
    forms = _forms("Headline here\n\nGet The Gotham Gazette App\n")  # the verb before an app is no part of it
    assert forms["The Gotham Gazette"]["context"] > 0 and "Get The Gotham Gazette" not in forms


def test_only_a_sites_account_of_itself_is_a_brand_context() -> None:
    """'Grazia Daily is part of the Bauer Network' and 'The Gotham Gazette is a daily newspaper' are a site speaking
    of itself; 'Aloe Vera is a natural remedy for burns' and 'Zendaya is a fashion superstar' are what a story is
    about."""
    text = (
        "Headline here\n\nSahel Wire is part of the Bauer Media Network\n\n"
        "The Gotham Gazette is a daily newspaper\n\nAloe Vera is a natural remedy for burns\n\n"
        "Zendaya is a fashion superstar.\n"
    )
    forms = _forms(text)
    assert forms["Sahel Wire"]["context"] > 0 and forms["The Gotham Gazette"]["context"] > 0
    assert not forms.get("Aloe Vera", {}).get("context") and not forms.get("Zendaya", {}).get("context")


def test_a_name_joined_to_the_service_by_a_small_word_is_no_brand_context() -> None:
    """'Radio & Podcasts' and 'Lieblinge der Redaktion' are menu entries, the joining word makes the service part of
    the entry; 'Sahel Wire Podcasts' names the site's podcasts."""
    forms = _forms("Headline here\n\n  • Radio & Podcasts\n  • Lieblinge der Redaktion\n\nSahel Wire Podcasts\n")
    assert forms["Sahel Wire"]["context"] > 0
    assert not forms.get("Radio", {}).get("context") and not forms.get("Lieblinge", {}).get("context")


def test_a_quoted_name_in_the_trademark_notice_is_a_brand_context() -> None:
    """'"The Sahel Wire" is a registered trademark of SahelWire.com, Inc.' in the long footer line names the site
    in a brand context; an unquoted name in such a notice is as often a sister brand or an index
    ('Dow Jones is a trademark of …') and adds nothing."""
    notice = (
        'Copyright ©2015 SahelWire.com, Inc. "The Sahel Wire" is a registered trademark of SahelWire.com, Inc. '
        "All rights reserved."
    )

    def site(page: str) -> dict[str, float]:  # shown as 'The Sahel Wire' or 'SahelWire.com'
        return next(feats for form, feats in _forms(page).items() if "sahel" in form.casefold())

    quoted = site(f"Headline here\n\n{STORY}\n\n{notice}\n")["context"]
    unquoted = site(f"Headline here\n\n{STORY}\n\n{notice.replace(chr(34), '')}\n")["context"]
    assert quoted > 0 and unquoted == 0


def test_a_context_word_at_the_end_of_a_compound_is_no_brand_context() -> None:
    """'Zu den Star-Wars-Angeboten von Lego' lists a shop's offers; 'Weitere Angebote von Sahel Wire' are the
    site's own."""
    forms = _forms("Headline here\n\nZu den Star-Wars-Angeboten von Lego\n\nWeitere Angebote von Sahel Wire\n")
    assert forms["Sahel Wire"]["context"] > 0
    assert not forms.get("Lego", {}).get("context")


def test_a_context_verb_after_a_subject_is_no_link_label() -> None:
    """'Patti Smith and Stewart Copeland join Choir! Choir! Choir!': the verb in lower case has a subject, a
    sentence naming a band; 'Join Sahel Wire', '• Follow Sahel Wire' and the title-case label 'Get Even More From
    Sahel Wire' are links to the site's own pages."""
    forms = _forms(
        "Headline here\n\nPatti Smith and Stewart Copeland join Choir Nation for a song\n\n"
        "Join Sahel Wire\n\n  • Follow Sahel Wire\n\nGet Even More From Sahel Wire — Sign Up For The Newsletter\n"
    )
    assert forms["Sahel Wire"]["context"] == pytest.approx(math.log1p(3))
    assert not forms.get("Choir Nation", {}).get("context")


def test_two_names_joined_by_and_in_a_context_are_two_candidates() -> None:
    """'Subscribe to Daily Mirror and Sunday Mirror newspapers' names two papers; 'Marks and Spencer' is one name."""
    forms = _forms(
        "Headline here\n\nSubscribe to Daily Mirror and Sunday Mirror newspapers\n\nFollow Marks and Spencer\n"
    )
    assert forms["Daily Mirror"]["context"] > 0 and forms["Sunday Mirror"]["context"] > 0
    assert "Daily Mirror and Sunday Mirror" not in forms
    assert forms["Marks and Spencer"]["context"] > 0


def test_social_follow_lines_name_the_brand_not_the_verb() -> None:
    """'X auf Facebook' names the site; 'Teilen auf X' and 'Síguenos en X' are a share bar and a follow prompt."""
    text = "Headline here\n\nFolgst du schon 20 Minuten auf Whatsapp?\n\nHol dir die 20 Minuten App!\n\n"
    forms = _forms(text + "Teilen auf Facebook Teilen auf Xing Teilen auf LinkedIn\n\nSíguenos en Twitter\n")
    assert forms["20 Minuten"]["context"] > 1  # log1p of two mentions
    assert not any(form in forms for form in ("die 20 Minuten", "Xing Teilen", "Síguenos", "Teilen"))
    forms = _forms("Headline here\n\n  • Folge Daily Planet auf Facebook\n  • Folge Daily Planet auf Twitter\n")
    assert forms["Daily Planet"]["context"] > 0
    assert "Folge Daily Planet" not in forms  # the verb is no part of the name


def test_page_controls_are_not_the_site() -> None:
    """A button or a prompt printed as a line of its own is no brand; a brand beside one control word is."""
    from search.cleaning.meta_outlet import _page_control

    for control in ("Toggle Menu", "PLEASE WAIT", "Primary Menu Sections", "Soumettre Commentaire", "Login"):
        assert _page_control(control)
    for brand in ("Philstar Home", "Daily Planet", "Scan PREMIUM"):
        assert not _page_control(brand)


def test_a_phrase_that_runs_on_is_not_the_site() -> None:
    """A candidate ending in a small word ('Join Our', 'Loved With') is a phrase cut off, not a brand."""
    from search.cleaning.meta_outlet import pick_outlet

    text = "Donate Join Our\n\nHeadline here for the day\n\n" + "Some words of the story here. " * 20
    assert pick_outlet(split_lines(normalise_input(text))) != "Donate Join Our"


def test_words_that_are_never_a_site_on_their_own() -> None:
    """A logo's alt text, a language switcher's entry or a control word alone is no brand."""
    from search.cleaning.meta_outlet import _not_the_site, brand_like

    forms = _forms("Logo\n\nDeutsch\n\nHeadline here\n\nExpandieren\n")
    assert all(_not_the_site(word, forms[word]) for word in ("Logo", "Deutsch", "Expandieren"))
    # 'Share' and 'Edition' in other languages
    forms = _forms("Partilhar\n\nCondividi\n\nEdição\n\nAdChoices\n\nHeadline here\n")
    sites = {word for word, feats in forms.items() if not _not_the_site(word, feats)}
    assert sites.isdisjoint({"Partilhar", "Condividi", "Edição", "AdChoices"})  # and the ad industry's label
    # a section's name or the word 'Article' in the page's language
    forms = _forms("Artikel\n\nKultur\n\nPOLITIK\n\nNyheter\n\nHeadline here\n")
    sites = {word for word, feats in forms.items() if not _not_the_site(word, feats) and brand_like(word)}
    assert sites.isdisjoint({"Artikel", "Kultur", "POLITIK", "Nyheter"})
    # 'Settings', 'Consent choices', 'Top', 'News', 'Latest', 'Like', 'Share', 'Reply' in other languages and scripts
    words = ("Inställningar", "Consent choices", "トップ", "뉴스", "Mới nhất", "Curtir", "分享", "回复")
    words += ("Foto", "DCSIMG")  # a picture's label, a web-analytics pixel
    words += ("新闻", "军事", "经济", "스포츠")  # sections in Chinese and Korean
    words += ("Life", "Style", "Money", "Books")  # and in English
    forms = _forms("\n\n".join(words) + "\n\nHeadline here\n")
    sites = {word for word, feats in forms.items() if not _not_the_site(word, feats) and brand_like(word)}
    assert sites.isdisjoint(words)
    assert brand_like("Die Welt") and brand_like("Le Monde") and brand_like("El País")


def test_a_brand_split_in_one_sentence_takes_the_pages_usual_spelling() -> None:
    from search.cleaning.meta_outlet import _page_spelling

    page = "TechPlanet TechPlanet the experts\n\nWelcome to Tech Planet club !\n\nSearch TechPlanet\n\ntechplanet.com"
    lines = split_lines(normalise_input(page))
    assert _page_spelling("Tech Planet", lines) == "TechPlanet"
    once = split_lines(normalise_input("Welcome to Tech Planet club !\n\nAbout Tech Planet\n\nTechPlanet"))
    assert _page_spelling("Tech Planet", once) == "Tech Planet"  # the split spelling is the page's usual one
    lower = split_lines(normalise_input("Welcome to Tech Planet club !\n\ntechplanet.com\n\ntechplanet.com"))
    assert _page_spelling("Tech Planet", lower) == "Tech Planet"  # a web address is no spelling of the name


def test_a_lower_case_name_counts_when_the_pages_web_address_spells_it() -> None:
    """'taz logo' and menu entries 'taz Talk', 'taz zahl ich' name the site when taz.de is its address; the same
    lower-case word without that address, or a glued file name ('logo-thestar'), is no brand."""
    menu = "  • zeitung logo\n  • zeitung Talk\n  • zeitung zahl ich\n  • zeitung als Newsletter\n\nHeadline here\n\n"
    with_domain = _forms(menu + "Fehler auf zeitung.de entdeckt?\n")
    assert with_domain["zeitung"]["logo"] > 0 and with_domain["zeitung"]["nav_prefix"] > 0
    assert "zeitung" not in _forms(menu)
    glued = _forms("logo-thedaily\n\nHeadline here\n\nthedaily.com\n")
    assert all(feats["logo"] == 0 for feats in glued.values())


@pytest.mark.parametrize(
    ("name", "letters", "expected"),
    [
        ("The New York Post", "NYP", True),  # a leading article is no initial
        ("Schweizer Radio und Fernsehen", "SRF", True),
        ("The Times-Tribune", "TT", False),  # one hyphenated word has one initial
        ("VentureBeat", "VB", True),
        ("NEW YORK POST", "NYP", False),  # capitals print menus, not names
        ("New York Post Daily", "NYP", False),  # the whole name, not its start
        ("New Jersey", "NJ", False),  # a place
    ],
)
def test_a_name_spells_an_acronym_with_its_capitalised_words(name: str, letters: str, expected: bool) -> None:
    assert spells(name, letters) is expected


def test_a_lower_case_spelling_gives_way_to_one_with_a_capital() -> None:
    page = "salon logo\n\nsalon logo\n\nHeadline here\n\n© 2023 Salon.com, LLC. All rights reserved.\n"
    assert "Salon.com" in _forms(page)


def test_a_picked_acronym_gives_way_to_the_name_it_abbreviates() -> None:
    from search.cleaning.meta_outlet import _spelled_out_initials

    scored = [(0.9, "DPN", _feats()), (0.6, "Daily Planet News", _feats()), (0.8, "Metropolis", _feats())]
    assert _spelled_out_initials("DPN", scored, 0.9) == "Daily Planet News"
    assert _spelled_out_initials("DPN.com", scored, 0.9) == "Daily Planet News"
    weak = [(0.9, "DPN", _feats()), (0.3, "Daily Planet News", _feats())]
    assert _spelled_out_initials("DPN", weak, 0.9) is None  # too weak to stand in
    assert _spelled_out_initials("Metropolis", scored, 0.8) is None
    # one word in camel case spells the acronym with its capitals; the copyright's holder stands in however weak
    held = [(0.8, "VB", _feats()), (0.2, "VentureBeat", _feats(copyright=1.0)), (0.7, "VB.com", _feats())]
    assert _spelled_out_initials("VB", held, 0.8) == "VentureBeat"
    assert _spelled_out_initials("VB", [(0.8, "VB", _feats()), (0.2, "VentureBeat", _feats())], 0.8) is None
    assert _spelled_out_initials("RT", [(0.8, "RT", _feats()), (0.7, "RT.com", _feats(copyright=1.0))], 0.8) is None


def test_initials_glued_to_a_word_give_way_to_the_name_printed_alone() -> None:
    from search.cleaning.meta_outlet import _spelled_out_initials

    # 'DPNews' (the web address's label) abbreviates 'Daily Planet News', printed alone on a line of the menu
    printed = [(0.9, "DPNews", _feats()), (0.06, "Daily Planet News", _feats(standalone_mid=1.1))]
    assert _spelled_out_initials("DPNews", printed, 0.9) == "Daily Planet News"
    assert (
        _spelled_out_initials("DPNews", [(0.9, "DPNews", _feats()), (0.06, "Daily Planet News", _feats())], 0.9) is None
    )
    other_word = [(0.9, "DPNews", _feats()), (0.06, "Daily Planet Times", _feats(standalone_mid=1.1))]
    assert _spelled_out_initials("DPNews", other_word, 0.9) is None
    # over every candidate (also those never the site alone) only initials glued to a word are spelled out
    held = [(0.9, "DPN", _feats()), (0.2, "Daily Planet Network", _feats(copyright=1.0))]
    assert _spelled_out_initials("DPN", held, 0.9) == "Daily Planet Network"
    assert _spelled_out_initials("DPN", held, 0.9, glued_only=True) is None
    assert _spelled_out_initials("DPNews", printed, 0.9, glued_only=True) == "Daily Planet News"


def test_a_name_written_with_its_own_marks_beats_a_handle_spelling() -> None:
    from search.cleaning.meta_outlet import _Cand, _display_form

    cand = _Cand("dprl", 0)
    cand.forms.update({"DPRL": 3, "DP/RL": 2})  # 'DPRL profile', 'DPRL #…' of a feed beside 'Visit DP/RL'
    assert _display_form(cand) == "DP/RL"
    cand = _Cand("valleytimes", 0)
    cand.forms.update({"ValleyTimes.com": 3, "Times-Standard": 0})
    assert _display_form(cand) == "ValleyTimes.com"  # a spelling never printed with weight is no evidence


def test_platform_addresses_postal_addresses_and_prepositions_are_not_the_site() -> None:
    from search.cleaning.meta_outlet import _not_the_site, copyright_holder

    forms = _forms(
        "Zum Shop\n\nZum Shop\n\nHeadline here\n\n4 rue Guyton • 75013 Paris\n\n"
        "Host(s) doubleclick.net, google.com, gstatic.com\n\nRead more on de.wikipedia.org\n"
    )
    for form in ("Zum", "75013 Paris", "google.com", "de.wikipedia.org"):
        assert form in forms and _not_the_site(form, forms[form]), form
    assert copyright_holder("GFR Media© Derechos Reservados 2022") is None  # no holder, not 'Derechos Reservados'


def test_a_partner_site_of_classified_ads_is_not_the_site() -> None:
    from search.cleaning.meta_outlet import _not_the_site

    forms = _forms("SahelLive\n\nHeadline here\n\njobssahel.co.uk\n\nmotorsbamako.co.uk\n\nbamakonews.co.uk\n")
    for form in ("jobssahel.co.uk", "motorsbamako.co.uk"):
        assert form in forms and _not_the_site(form, forms[form]), form
    assert not _not_the_site("bamakonews.co.uk", forms["bamakonews.co.uk"])


def test_a_publishing_company_in_the_copyright_line_gives_way_to_its_title_in_the_logo() -> None:
    from search.cleaning.meta_outlet import pick_outlet

    story = "\n\n".join(numbered_paragraphs(6))
    holder = "EDITORA DAILY PLANET"
    footer = f"© 2024 {holder}. Todos los derechos reservados.\n\n{holder}\n\n© {holder}"
    page = f"[Daily Planet logo]\n\nHeadline of the day here\n\n{story}\n\n{footer}\n"
    assert pick_outlet(split_lines(normalise_input(page))) == "Daily Planet"
    without_logo = page.replace("[Daily Planet logo]", "Home")
    assert pick_outlet(split_lines(normalise_input(without_logo))) == "EDITORA DAILY PLANET"


def test_one_of_a_brands_services_gives_way_to_the_brand() -> None:
    """'Harbour TV' beside 'Harbour Radio' in the page's menu are two services of the site 'Harbour'; a lone
    'Harbour TV' is not cut, and 'My Profile' (a page control in two everyday words) is no site."""
    from search.cleaning.meta_outlet import _brand_of_services, brand_like

    assert _brand_of_services("Harbour TV", ["Harbour TV", "Harbour Radio", "Weather"]) == "Harbour"
    assert _brand_of_services("Harbour TV", ["Harbour TV", "Harbour Times"]) == "Harbour TV"
    assert _brand_of_services("Harbour Times", ["Harbour Times", "Harbour Radio"]) == "Harbour Times"
    assert not brand_like("My Profile")
    assert brand_like("Your Harbour")


def test_a_service_address_gives_way_to_the_sites_own() -> None:
    """'dailyplanet.tv' beside 'dailyplanet.de': the first is the address of the site's TV service."""
    text = "Wie möchtest du dailyplanet.de nutzen?\n\n  • dailyplanet.tv\n  • Sport\n\nHeadline\n\n  • dailyplanet.tv\n"
    forms = _forms(text + "\nauf dailyplanet.de bleiben\n")
    assert "dailyplanet.de" in forms
    assert "dailyplanet.tv" not in forms


def test_a_photographer_credited_under_pictures_is_not_the_site() -> None:
    """'… | Jana Novak' under several pictures looks like a site suffix; 'Foto: Jana Novak' shows who it is."""
    from search.cleaning.meta_outlet import site_candidates

    captions = "\n\n".join(f"Crowds at the harbour on day {k} | Jana Novak" for k in range(1, 5))
    for credit in ("Foto: Jana Novak", "Credit: Jana Novak via YouTube"):
        text = f"Headline here\n\n{captions}\n\nA mural at the quay. {credit}\n\n© 2024 Daily Planet\n"
        forms = dict(site_candidates(split_lines(normalise_input(text))))
        assert "Jana Novak" not in forms
        assert "Daily Planet" in forms


def test_an_ad_slot_mark_names_no_site() -> None:
    """The text browser prints an empty ad element as '[INS::INS]', many times a page."""
    forms = _forms("[INS::INS]\n\nHeadline here\n\n[INS::INS]\n[INS::INS]\n\nDaily Planet\n\n[INS::INS]\n")
    assert "INS" not in forms
    assert "Daily Planet" in forms


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("Daily Planet Ajansı © 2026", "Daily Planet Ajansı"),
        ("Planet.gl © Copyright 2024. All rights reserved.", "Planet.gl"),
        ("Copyright © 2023, Daily Planet | Terms of Service", "Daily Planet"),  # the name after the years stays
        ("Mirror.com © 1996-2024 The Daily Planet", "The Daily Planet"),
    ],
)
def test_a_notice_with_only_years_after_the_sign_names_the_holder_before_it(line: str, holder: str) -> None:
    from search.cleaning.meta_outlet import copyright_holder

    assert copyright_holder(line) == holder


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("© 2015 Planet.hu Zrt. Minden jog fenntartva", "Planet.hu"),  # Hungarian, Czech, Indonesian company forms
        ("© Daily Planet s.r.o. 2019", "Daily Planet"),
        ("Copyright © 2016 PT Planet Inti Media Tbk", "Planet Inti Media"),
        ("© 2020 PTI Planet", "PTI Planet"),  # a name that starts with the letters of a company form
    ],
)
def test_company_forms_of_more_countries_leave_the_holder(line: str, holder: str) -> None:
    from search.cleaning.meta_outlet import copyright_holder

    assert copyright_holder(line) == holder


def test_a_holder_written_with_lower_case_later_words_is_a_name() -> None:
    from search.cleaning.meta_outlet import copyright_holder

    assert copyright_holder('© 2000-2026, Украинская правда, ООО "УП Медиа Плюс". Все права защищены.') == (
        "Украинская правда"
    )
    assert copyright_holder("© Planet Manifest fundacional | Qui som | Avís legal") is None  # a footer's links


def test_a_pick_only_ever_printed_inside_a_longer_name_is_that_name() -> None:
    """'Subscribe to Fast Company': the company suffix cut off gives 'Fast', which the page never prints alone."""
    from search.cleaning.meta_outlet import pick_outlet

    text = f"Ferry plan approved\n\n{STORY}\n\nSubscribe to Planet Company\n\nFollow Planet Company on Facebook\n"
    assert pick_outlet(split_lines(normalise_input(text))) == "Planet Company"
    alone = text + "\n\nPlanet makes news.\n"  # printed alone once: the short name stands
    assert pick_outlet(split_lines(normalise_input(alone))) == "Planet"


def test_a_reply_prefix_of_comment_titles_is_no_brand() -> None:
    """'Re: …' heads every reply in a comment thread: the most frequent capitalised word of the page, no site."""
    assert not brand_like("Re")
    assert not brand_like("Fwd")


def test_a_site_address_signing_the_first_paragraphs_dateline_is_the_site() -> None:
    from search.cleaning import clean_text

    page = f"  • Home\n  • Sport\n\nFerry plan approved at last\n\nPLANET.CO, Jakarta - {STORY}\n\n{STORY}\n"
    assert clean_text(page).outlet == "PLANET.CO"
    page = f"  • Home\n  • Sport\n\nFerry plan approved at last\n\nJAKARTA - {STORY}\n\n{STORY}\n"
    assert clean_text(page).outlet != "JAKARTA"  # a place, no site address


def test_a_name_only_repeated_in_the_story_and_its_teasers_is_not_the_site() -> None:
    """'Gazastreifen' in every teaser and paragraph, never presented as a name (no logo, copyright line, context,
    masthead, address, nor a line at the page's top or bottom)."""
    from search.cleaning.meta_outlet import _not_the_site

    story_word = _feats(unprinted=1.0, mentions=3.6, prose_share=0.67, ngram=1.4, tokens1=1.0)
    assert _not_the_site("Gazastreifen", story_word)
    assert not _not_the_site("Daily Planet", {**story_word, "edge_lines": 1.1})  # printed at the page's edge
    assert not _not_the_site("Daily Planet", {**story_word, "sources": 1.0, "context": 0.7})


def test_a_pick_that_is_the_byline_gives_way_to_the_copyright_holder_rated_nearly_as_high() -> None:
    """An organisation writing as a guest ('By Syrian Archive') is not the site that publishes it."""
    from search.cleaning.meta_outlet import _copyright_over_byline

    guest = (0.93, "Syrian Archive", _feats(author=1.0, domain_eq=1.0))
    holder = (0.84, "Bellingcat", _feats(copyright=1.0))
    assert _copyright_over_byline(guest, [guest, holder])[1] == "Bellingcat"
    weak = (0.5, "Bellingcat", _feats(copyright=1.0))
    assert _copyright_over_byline(guest, [guest, weak])[1] == "Syrian Archive"  # rated far lower: the pick stays


def test_a_menu_entry_naming_a_partner_is_no_title_suffix() -> None:
    """'• Cursos de Idiomas - Infoidiomas' links a partner site; 'Council votes on budget - Gotham Gazette' alone on
    its line ends with the site's name."""
    forms = _forms("  • Home\n  • Cursos de Idiomas - Infoidiomas\n\nCouncil votes on the budget - Gotham Gazette\n")
    assert forms["Gotham Gazette"]["suffix"] > 0
    assert "Infoidiomas" not in forms or forms["Infoidiomas"]["suffix"] == 0


def test_the_title_before_a_notice_naming_its_publisher_is_a_copyright_candidate() -> None:
    """'Psychology Today © 1991-2016 Sussex Publishers, LLC': the site's title beside the company's notice."""
    forms = _forms("Headline here\n\nPsychology Today © 1991-2016 Sussex Publishers, LLC | Privacy\n")
    assert forms["Psychology Today"]["copyright"] > 0
    assert forms["Sussex Publishers"]["copyright"] > 0


def test_a_dated_copyright_line_in_the_middle_of_a_long_page_is_read() -> None:
    """A footer with more page under it (a long list after it) still names the site; a picture's undated credit in
    the middle does not count."""
    menu = "\n".join(f"  • Section {k}" for k in range(200))
    tail = "\n".join(f"  • Link {k}" for k in range(200))
    forms = _forms(f"{menu}\n\nHeadline here\n\n© BELGA\n\nGotham Gazette © 2016 Planet Publishers\n\n{tail}\n")
    assert forms["Gotham Gazette"]["copyright"] > 0
    assert "BELGA" not in forms or forms["BELGA"]["copyright"] == 0


def test_a_link_to_the_homepage_is_no_brand() -> None:
    """'Go to Homepage' beside the logo links the front page; it names no site."""
    forms = _forms("The Gotham Post Menu Search\nGo to Homepage\n\nHeadline here\n\n2019 The Gotham Post, INC.\n")
    assert "Homepage" not in forms


def test_a_name_cut_at_a_form_fields_width_is_the_whole_name() -> None:
    """'[Search Gotham Times-]': the text browser cut the search box's text at its width; the name it began is the
    one the masthead and the copyright line print whole."""
    from search.cleaning.meta_outlet import _never_alone

    assert _never_alone("Gotham Times-", _feats(mentions=1.6), [("Gotham Times-News", _feats(mentions=1.4))]) == (
        "Gotham Times-News"
    )
    assert _never_alone("Gotham Times", _feats(mentions=1.6), [("Gotham Times-News", _feats(mentions=1.4))]) is None


def test_a_logo_on_the_first_line_is_the_masthead_not_the_menu_under_it() -> None:
    """'Gotham Gazette Logo' opens the page; the first menu entry under it ('• EDITORS' BLOG') is a section."""
    forms = _forms("Gotham Gazette Logo\n\n  • EDITORS' BLOG\n  • NEWS\n  • ALL\n\nHeadline here\n\n" + STORY + "\n")
    assert forms["Gotham Gazette"]["first_line"] > 0
    assert "EDITORS' BLOG" not in forms or forms["EDITORS' BLOG"]["first_line"] == 0


def test_connect_with_names_the_site() -> None:
    """'Connect With Mic' over the footer's social links: the site asks to be followed, as in 'Follow X'."""
    forms = _forms(f"Ferry plan approved\n\n{STORY}\n\nConnect With Mic\n\n  • Facebook\n  • Twitter\n")
    assert forms["Mic"]["context"] > 0


@pytest.mark.parametrize(
    "line", ["Zum Inhalt der Seite", "Direkt zum Inhalt", "Aller au contenu principal", "Gå til sidens hovedinnhold"]
)
def test_a_skip_link_in_any_language_is_no_brand(line: str) -> None:
    """The skip link to the content ('Zum Inhalt der Seite') opens many pages: page furniture, never the site."""
    feats = _forms(f"{line}\n\nHeadline here\n\n{STORY}\n").get(line, {})
    assert not feats.get("standalone_top") and not feats.get("first_line")


def test_the_brand_before_a_hyphenated_service_name() -> None:
    """'SN-Shop', 'SN-Archiv', 'F.A.Z.-Archiv' name the site (its initials keep their last dot); in 'Der SN-Ski-Podcast'
    the word between two hyphens ('Ski') is the podcast's subject, not a brand."""
    menu = "  • SN-Shop\n  • SN-Archiv\n  • F.A.Z.-Archiv\n  • Der SN-Ski-Podcast"
    forms = _forms(f"Headline here\n\n{STORY}\n\n{menu}\n")
    assert forms["SN"]["context"] > 0
    assert forms["F.A.Z."]["context"] > 0
    assert "Ski" not in forms


def test_a_name_opened_by_a_possessive_and_an_app_link_beside_the_masthead() -> None:
    """'☆ Our Free App: …' is the site speaking of its app, no name; 'Gotham Times AppGotham Times App' (the app's
    link printed twice at the top) names the site without the word 'App'."""
    from search.cleaning.meta_outlet import _site_only, brand_in_logo

    forms = dict(
        _site_only(list(_forms(f"Headline here\n\n{STORY}\n\n  • Our Free App: ‘The News in Cartoons!’\n").items()))
    )
    assert "Our Free App" not in forms and "Our Free" not in forms
    assert brand_in_logo("Gotham Times AppGotham Times App") == "Gotham Times"


def test_a_copyright_holder_of_site_and_company_parted_by_a_slash_is_the_site() -> None:
    """'Copyright GothamPost.com/Planet Media': the site, then the company that owns it; a company form in two
    languages ('GmbH/Srl') goes with it; 'RFE/RL' is one name, not 'RFE'."""
    from search.cleaning.meta_outlet import copyright_holder

    assert copyright_holder("Copyright GothamPost.com/Planet Media. All Rights Reserved.") == "GothamPost.com"
    assert copyright_holder("2025 ® © Die Neue Stadtzeitung GmbH/Srl Impressum | Privacy") == "Die Neue Stadtzeitung"
    assert copyright_holder("© 2019 RFE/RL, Inc. All Rights Reserved.") != "RFE"


@pytest.mark.parametrize(
    ("notice", "holder"),
    [
        ("© 2020. Sva prava pridržana Planetni list d.o.o. Publitzer CMS", "Planetni list"),
        ("Copyright © All rights reserved. Ferry Valley Tribune", "Ferry Valley Tribune"),
        ("© 2023 Planeta Zilei. Toate drepturile rezervate.", "Planeta Zilei"),
        ("© 2022 Dnevni Planet d.d.", "Dnevni Planet"),
        ("© 2021 Gezegen Haber Ltd. Şti. Tüm hakları saklıdır.", "Gezegen Haber"),
    ],
)
def test_a_rights_notice_before_or_after_the_holder_in_many_languages(notice: str, holder: str) -> None:
    """The notice may open the rest of the line ('All rights reserved. X'), and legal forms of other countries
    ('d.o.o.', 'Ltd. Şti.') are no part of the name."""
    from search.cleaning.meta_outlet import copyright_holder

    assert copyright_holder(notice) == holder


@pytest.mark.parametrize("address", ["planetni.hr", "www.planeta.lt", "planet.com.py"])
def test_a_country_domain_on_the_page_spells_the_site(address: str) -> None:
    """Web addresses under any country's two letters count, not only the common ones; a script's file name
    ('app.js') is no address."""
    forms = _forms(f"{address}\n\nHeadline here\n\n{STORY}\n\napp.js\n")
    assert forms[address]["domain_eq"] == 1.0
    assert forms.get("app.js", {}).get("domain_eq", 0.0) == 0.0


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Tipsa oss · Om Dagsplaneten", "Dagsplaneten"),
        ("À propos de Planète Matin", "Planète Matin"),
        ("Willkommen bei Tagesplanet", "Tagesplanet"),
        ("Would you like to receive news notifications from Daily Planet?", "Daily Planet"),
        ("  • Why you can trust Daily Planet", "Daily Planet"),
        ("Warum Sie dem Tagesplanet vertrauen können", "Tagesplanet"),
        ("Pourquoi faire confiance à Planète Matin ?", "Planète Matin"),
    ],
)
def test_about_welcome_and_notifications_name_the_site_in_many_languages(line: str, name: str) -> None:
    """'About X', 'Welcome to X', 'notifications from X' and the note on its standards ('Why you can trust X') in
    the page's language name the site."""
    forms = _forms(f"Headline here\n\n{STORY}\n\n{line}\n")
    assert forms[name]["context"] > 0


def test_a_name_and_tagline_opening_the_page_is_the_masthead() -> None:
    """'PlanetExpress - Báo tiếng Việt nhiều người xem nhất …' as the first line: the name before the tagline is
    the masthead; the same line further down is only a title's suffix."""
    tagline = "PlanetExpress - Báo tiếng Việt nhiều người xem nhất Thứ tư, 22/10/2025"
    assert _forms(f"{tagline}\n\nHeadline here\n\n{STORY}\n")["PlanetExpress"]["first_line"] == 1.0
    assert _forms(f"• Home\n\nHeadline here\n\n{STORY}\n\n{tagline}\n")["PlanetExpress"]["first_line"] == 0.0


def test_a_common_word_with_its_article_is_a_name() -> None:
    """'The Local' is a brand though 'Local' alone is a menu's entry; other menu words stay no brand."""
    assert brand_like("The Local") and not brand_like("Local") and not brand_like("Home")
    page = f"The Local\n\n• Local\n• News\n\nHeadline here\n\n{STORY}\n\nThe Local\n\nGet The Local App\n"
    assert _forms(page)["The Local"]["standalone_top"] > 0


def test_a_pictures_file_name_in_the_menus_is_no_name() -> None:
    """'• 党政[arrow2]': the arrow picture's file name beside every menu entry is no brand the page prints."""
    menu = "\n".join(f"  • Topic{k}[arrow2]" for k in range(6))
    forms = _forms(f"Daily Planet\n\n{menu}\n\nHeadline here\n\n{STORY}\n")
    assert "arrow2" not in forms and "Daily Planet" in forms


def test_a_shopping_disclaimer_names_the_site_inside_a_footer_line() -> None:
    """'… Privacy Rights. Planet Weekly may earn a portion of sales …' names the site mid-line; 'we may earn'
    and a reader who 'will receive' mail name nothing."""
    footer = (
        "© 2024 Big Publishing Group. All rights reserved. Use of this site constitutes acceptance of our terms "
        "and Your California Privacy Rights. Planet Weekly may earn a portion of sales from products bought here."
    )
    forms = _forms(f"Headline here\n\n{STORY}\n\n{footer}\n")
    assert forms["Planet Weekly"]["context"] > 0
    # a short notice above the headline, naming the site after 'Affiliate links on'
    note = "Affiliate links on Planet Weekly may earn us a commission. Learn more."
    assert _forms(f"{note}\n\nHeadline here\n\n{STORY}\n")["Planet Weekly"]["context"] > 0
    other = "When you buy through links on our site, we may earn a commission. Subscribers will receive mail daily."
    forms = _forms(f"Headline here\n\n{STORY}\n\n{other}\n")
    assert not any(f["context"] for f in forms.values())


@pytest.mark.parametrize("line", ["Popular on Planet Weekly", "Trending on Planet Weekly", "Also on Planet Weekly"])
def test_popular_on_names_the_site(line: str) -> None:
    """A list headed 'Popular on X' or 'Trending on X' names the site."""
    assert _forms(f"Headline here\n\n{STORY}\n\n{line}\n\n  • Another story\n")["Planet Weekly"]["context"] > 0


def test_a_footer_link_glued_to_the_name_is_cut_off() -> None:
    """'About PlanetWeeklyAbout our Ads': the glued link is no part of the name."""
    forms = _forms(f"Headline here\n\n{STORY}\n\nAbout PlanetWeeklyAbout our AdsAdvertiseFAQ\n")
    assert forms["PlanetWeekly"]["context"] > 0 and "PlanetWeeklyAbout" not in forms


def test_a_section_printed_before_the_headline_is_a_kicker_not_the_site() -> None:
    """'Smart Living|How to see what the internet knows about you': what a line prints before the headline
    with a separator is a section, so it counts as part of the title; a name printed alone does not."""
    title = "How to see what the internet knows about you"
    page = f"Smart Living\n\nSmart Living|{title}\n\n{STORY}\n\nBest of Smart Living\n"
    forms = dict(outlet_candidates(split_lines(normalise_input(page)), None, [], title))
    assert forms["Smart Living"]["in_title"] == 1.0
    page = f"Smart Living\n\n{title}\n\n{STORY}\n\nBest of Smart Living\n"
    forms = dict(outlet_candidates(split_lines(normalise_input(page)), None, [], title))
    assert forms["Smart Living"]["in_title"] == 0.0


def test_the_first_of_two_glued_logos_is_the_masthead() -> None:
    """'Gotham Chronicle LogoGotham Newspapers Logo': the site's logo and its owner's, glued by the text
    browser; the first names the site."""
    forms = _forms(f"Gotham Chronicle LogoGotham Newspapers Logo\n\nHeadline here\n\n{STORY}\n")
    assert forms["Gotham Chronicle"]["logo"] > 0 and forms["Gotham Chronicle"]["first_line"] == 1.0


@pytest.mark.parametrize(
    "note",
    [
        "Jane Roe is a breaking news reporter for Gotham Daily. She covers the harbour.",
        "Roe covers national politics for Gotham Daily. She is based in Des Moines, Iowa.",
        "Jane Roe writes about science and health for Gotham Daily. Write to her at jane@example.org.",
    ],
)
def test_an_authors_note_names_the_site_they_report_for(note: str) -> None:
    """'Jane Roe is a breaking news reporter for Gotham Daily. She …' and 'Roe covers national politics for
    Gotham Daily' name the site; a past employer does not."""
    assert _forms(f"Headline here\n\n{STORY}\n\n{note}\n")["Gotham Daily"]["context"] > 0
    past = "Jane Roe was a reporter for Gotham Daily before she joined us."
    assert _forms(f"Headline here\n\n{STORY}\n\n{past}\n").get("Gotham Daily", {}).get("context", 0.0) == 0.0


def test_a_trademark_sign_is_no_part_of_the_masthead() -> None:
    """'The Gazette® — Biting the hand that feeds you' opening the page: the name before the tagline is the
    masthead, without its trademark sign."""
    forms = _forms(f"Skip to content\nThe Gazette® — Biting the hand that feeds you\n\nHeadline here\n\n{STORY}\n")
    assert forms["The Gazette"]["first_line"] == 1.0


@pytest.mark.parametrize("line", ["The Gazette iPad app", "The Gazette iPhone App", "Get the Gazette mobile app"])
def test_a_device_app_names_the_site(line: str) -> None:
    """'X iPad app' is the site's app as much as 'X App'."""
    forms = _forms(f"Headline here\n\n{STORY}\n\n{line}\n")
    assert any(f["context"] for name, f in forms.items() if name.endswith("Gazette"))


def test_a_sign_up_prompt_in_capitals_names_the_site() -> None:
    """'SIGN UP FOR THE GazetteANGLE NEWSLETTER!' names the site as 'Sign up for the X newsletter' does."""
    forms = _forms(f"Headline here\n\n{STORY}\n\nSIGN UP FOR THE GazetteANGLE NEWSLETTER!\n")
    assert forms["GazetteANGLE"]["context"] > 0


def test_a_thing_of_the_page_named_with_this_is_no_site() -> None:
    """'Download This File' three times under a podcast: 'This File' is a thing on the page, never its name."""
    from search.cleaning.meta_outlet import site_candidates

    page = f"Headline here\n\n{STORY}\n\n" + "Download This File\n\n" * 3 + "About Gotham Radio\n"
    kept = dict(site_candidates(split_lines(normalise_input(page))))
    assert "This File" not in kept and "Gotham Radio" in kept


def test_a_media_company_gives_way_to_the_masthead_it_publishes() -> None:
    from search.cleaning.meta_outlet import _masthead_of_company

    company = _feats(copyright=1.0, corp_word=1.0, standalone_mid=1.1)
    masthead = _feats(standalone_top=1.0, standalone_bottom=1.0, standalone_mid=1.6)
    scored = [(0.98, "Planet Media", company), (0.93, "The Daily Planet", masthead), (0.6, "Planet", _feats())]
    assert _masthead_of_company("Planet Media", company, scored, 0.98) == "The Daily Planet"
    # a masthead printed only at the top, or scoring under half the pick, or a pick the page shows as its masthead
    top_only = [(0.98, "Planet Media", company), (0.93, "The Daily Planet", _feats(standalone_top=1.0))]
    assert _masthead_of_company("Planet Media", company, top_only, 0.98) is None
    weak = [(0.98, "Planet Media", company), (0.4, "The Daily Planet", masthead)]
    assert _masthead_of_company("Planet Media", company, weak, 0.98) is None
    shown = _feats(copyright=1.0, corp_word=1.0, logo=1.0)
    assert _masthead_of_company("Planet Media", shown, [(0.98, "Planet Media", shown), *scored[1:]], 0.98) is None


def test_an_owner_only_the_copyright_line_names_gives_way_to_the_masthead_opening_and_closing_the_page() -> None:
    """'© 2026 Planetmedia' with no corporate word: the name that opens the page and stands alone at its top and
    bottom is the site; a logo alone is not enough, nor is a masthead when the story itself names the owner or a
    brand's context presents it."""
    from search.cleaning.meta_outlet import _masthead_of_company

    owner = _feats(copyright=1.0, copy_only=1.0)
    masthead = _feats(standalone_top=1.0, standalone_bottom=1.0, first_line=1.0)
    scored = [(0.55, "Planetmedia", owner), (0.47, "Tages-Planet", masthead)]
    assert _masthead_of_company("Planetmedia", owner, scored, 0.55) == "Tages-Planet"
    logo = [(0.79, "Planetmedia", owner), (0.74, "Chicago", _feats(logo=1.0, first_line=1.0))]
    assert _masthead_of_company("Planetmedia", owner, logo, 0.79) is None
    named = _feats(copyright=1.0, copy_only=1.0, prose_mentions=1.1)
    assert _masthead_of_company("Planetmedia", named, [(0.55, "Planetmedia", named), scored[1]], 0.55) is None
    presented = _feats(copyright=1.0, copy_only=1.0, context=1.1)  # 'About Planetmedia': the site itself
    assert _masthead_of_company("Planetmedia", presented, [(0.55, "Planetmedia", presented), scored[1]], 0.55) is None


def test_a_close_button_is_no_masthead_before_the_name() -> None:
    from search.cleaning.meta_outlet import masthead_like

    assert not masthead_like("×")  # the multiplication sign sits among the capital letters of Latin-1
    assert not masthead_like("÷")
    forms = _forms(f"×\n\n\nSahel-Anzeiger\n\nInstallieren\n\nHeadline here\n\n{STORY}\n")
    assert forms["Sahel-Anzeiger"]["first_line"] == 1.0


def test_a_name_cut_by_a_search_field_gives_way_to_the_address_it_starts() -> None:
    from search.cleaning.meta_outlet import _field_cut_address

    lines = split_lines(normalise_input("  • SahelCoastToday.com/Blogs\n\n[Search SahelCoastTod] [2012-searc]\n"))
    assert _field_cut_address("SahelCoastTod", lines) == "SahelCoastToday.com"
    printed = split_lines(normalise_input("SahelCoastTod\n\n  • SahelCoastToday.com/Blogs\n\n[Search SahelCoastTod]\n"))
    assert _field_cut_address("SahelCoastTod", printed) is None  # printed whole once: no cut name
    assert _field_cut_address("SahelCoastTod", split_lines(normalise_input("[Search SahelCoastTod]\n"))) is None


def test_a_word_only_opening_menu_entries_is_no_site() -> None:
    from search.cleaning.meta_outlet import _not_the_site

    menu_word = _feats(nav_prefix=3.2, mentions=3.6, ngram=3.0, sources=1.0, tokens1=1.0, unprinted=1.0)
    assert _not_the_site("Meilleur", menu_word)  # 'Meilleur smartphone', 'Meilleur PC', … and nothing more
    assert not _not_the_site("POLITICO", {**menu_word, "allcaps": 1.0})  # a logo's lettering in capitals
    assert not _not_the_site("Fortune", {**menu_word, "context": 1.1, "sources": 2.0})  # 'Subscribe to Fortune'
    assert not _not_the_site("GlobalVoices", {**menu_word, "domain_part": 1.0, "top_dom": 1.0})


def test_a_wire_story_s_notice_gives_way_to_the_site_s_own() -> None:
    from search.cleaning.meta_outlet import pick_outlet

    story = "\n\n".join(numbered_paragraphs(6))
    notice = "Copyright 2008 Associated Press. All rights reserved. This material may not be published."
    footer = (
        "All Sahel Times materials copyright 1996-2008, Sahel Newspapers Division of The Sahel Corporation, Bamako."
    )
    promo = "50% off Sahel Times home delivery. Subscribe today!"
    page = f"  • Home\n  • News\n\n{promo}\n\nHeadline of the day here\n\n{story}\n\n{notice}\n\n{footer}\n"
    assert pick_outlet(split_lines(normalise_input(page))) == "Sahel Times"
    # the agency's own site shows its name at the top: it stays
    own = f"Associated Press\n\n{page}"
    assert pick_outlet(split_lines(normalise_input(own))) == "Associated Press"


def test_a_wire_notice_signed_the_ap_gives_way_too() -> None:
    """'Copyright 2024 The AP. All rights reserved' under a picture: 'The AP' is the agency as it signs its
    notices, so the site named in a phrase of its own ('Follow Sahel Times') is kept."""
    from search.cleaning.meta_outlet import pick_outlet

    story = "\n\n".join(numbered_paragraphs(6))
    credit = "Copyright 2024 The AP. All rights reserved"
    own = "Follow Sahel Times\n\nSubscribe to Sahel Times\n\nSahel Times newsletter"
    page = f"  • Home\n  • News\n\nHeadline of the day here\n\n{credit}\n\n{story}\n\n{own}\n"
    assert pick_outlet(split_lines(normalise_input(page))) == "Sahel Times"


@pytest.mark.parametrize(
    ("line", "name", "context"),
    [
        ("Why You Should Care About Greece Again", "Greece Again", False),
        ("Learn more about Sahel Wire and its history", "Sahel Wire", False),
        ("More About Sahel Wire", "Sahel Wire", True),
        ("About Sahel Wire", "Sahel Wire", True),
    ],
)
def test_about_deep_in_a_line_is_a_headlines_preposition(line: str, name: str, context: bool) -> None:
    """'About X' and 'More About X' label a link to the site's page about itself; 'About' after two words or more
    is a headline's or a sentence's preposition."""
    forms = _forms(f"Headline here\n\n{STORY}\n\n  • {line}\n")
    assert (forms.get(name, {}).get("context", 0.0) > 0) is context


def test_a_news_agency_on_its_own_site_is_the_site() -> None:
    """Reuters's notice on a page whose links mostly go to reuters.com: the agency's own site, not a wire story on
    another's, so it does not give way to a name from a teaser ('Why You Should Care About Greece Again')."""
    from search.cleaning.meta_outlet import pick_outlet

    story = "\n\n".join(numbered_paragraphs(6))
    teasers = "\n".join(
        f"  • Why You Should Care About Greece Again\n  • http://www.reuters.com/article/{k}" for k in range(3)
    )
    page = (
        f"  • Home\n  • http://www.reuters.com/news\n\nHeadline of the day here\n\n{story}\n\nMore stories\n\n"
        f"{teasers}\n\nCopyright 2024 Reuters. All rights reserved\n"
    )
    assert pick_outlet(split_lines(normalise_input(page))) == "Reuters"


def test_partners_is_a_company_form_of_the_copyright_holder() -> None:
    """'Copyright © 2016, D Magazine Partners, Inc.': the company behind the magazine; the name is 'D Magazine'."""
    from search.cleaning.meta_outlet import copyright_holder

    assert copyright_holder("Copyright © 2016, Sahel Magazine Partners, Inc. All Rights Reserved.") == "Sahel Magazine"


@pytest.mark.parametrize(
    ("notice", "name"),
    [
        ("Copyright © 2019 NOTICE SUPPORT CENTER All Rights Reserved.", "NOTICE SUPPORT CENTER"),
        ("Copyright 2016 Sahel Daily News All Rights Reserved", "Sahel Daily News"),
        ("Copyright 2021 Landesspiegel Online Alle Rechte vorbehalten", "Landesspiegel Online"),
    ],
)
def test_a_copyright_context_stops_before_the_rights_notice(notice: str, name: str) -> None:
    """The name after a copyright sign takes up to five capitalised words: it must not run into the notice's
    own 'All Rights' ('NOTICE SUPPORT CENTER All Rights')."""
    forms = _forms(f"Headline here\n\n{STORY}\n\n{notice}\n")
    assert forms.get(name, {}).get("context", 0.0) > 0
    assert not [form for form in forms if form.startswith(name + " ")]


@pytest.mark.parametrize(
    "quote", ["« La centrale est à proximité de plusieurs villes. »", '"The plant is close to town."']
)
def test_a_pull_quotes_speaker_is_no_site_suffix(quote: str) -> None:
    """'« La centrale est à proximité de plusieurs villes. » – Monique Corbeil': the speaker of a quotation, not the
    site's name after a headline."""
    forms = _forms(f"Headline here\n\n{STORY}\n\n{quote} – Jane Roe\n\n{STORY}\n")
    assert forms.get("Jane Roe", {}).get("suffix", 0.0) == 0.0


def test_a_credit_to_a_pictures_makers_is_no_service_of_the_site() -> None:
    """'Rendering of Fulton Bond by KPF and ParkFowler Plus' under each picture: the architects credited, not the
    site's 'Plus' edition; 'Picked by Gotham Daily's Editors' is the site's."""
    captions = "\n\n".join(f"Rendering {k} of the tower by Roe Studio and ParkFowler Plus" for k in range(4))
    forms = _forms(f"Daily Planet\n\nHeadline here\n\n{STORY}\n\n{captions}\n\n{STORY}\n")
    assert not [form for form, feats in forms.items() if "ParkFowler" in form and feats["context"]]
    # the site's own people after 'by' still name it
    forms = _forms(f"Daily Planet\n\nHeadline here\n\n{STORY}\n\nPicked by Gotham Daily's Editors\n\n{STORY}\n")
    assert forms["Gotham Daily"]["context"] > 0


def test_the_pages_own_address_wins_over_an_owner_named_only_by_the_copyright_line() -> None:
    """'WJBF.COM: Coverage You Can Count On' / 'Copyright © 2008 Media General, Inc.': the company that owns the
    station is named only by the notice; the site is its address. A holder the page also offers services of is the
    site itself ('The Globe and Mail' on a page whose job ads come from 'eluta.ca')."""
    story = "\n\n".join(numbered_paragraphs(8))
    head = "Entertainment News on WJBF.com\n\n[entertainm]\n\nCouncil approves the budget after a long debate"
    foot = "WJBF.COM: Coverage You Can Count On\nCopyright © 2008 Media General, Inc. All Rights Reserved"
    assert clean_text(f"{head}\n\n{story}\n\n{foot}\n").outlet == "WJBF.COM"
    # a holder the page also names as its own ('Media General App') is no mere owner: the address does not win
    own = foot + "\n\n  • Get the Media General App\n  • Media General Newsletters\n"
    assert clean_text(f"{head}\n\n{story}\n\n{own}\n").outlet == "Media General"


def test_the_site_sources_speak_to_is_the_outlet() -> None:
    """'… Saikat Ray, VP analyst at Gartner, explained to TechCrunch': the site a story's sources speak to, though the
    page never shows its name; told twice or more, and never a person's surname ('told Page' beside 'Larry Page')."""
    quotes = "\n\n".join(
        f"“Point {k} of the plan was always the hard one to sell,” Jane Roe, an analyst, {verb} Sahel Wire."
        for k, verb in enumerate(["told", "explained to", "said in an interview with"])
    )
    page = f"  • Home\n  • News\n\nVendors aim to remain relevant in a world of agents\n\n{STORY}\n\n{quotes}\n"
    assert clean_text(page).outlet == "Sahel Wire"
    once = f"  • Home\n  • News\n\nVendors aim to remain relevant\n\n{STORY}\n\n{quotes.split(chr(10))[0]}\n"
    assert clean_text(once).outlet is None  # one interview another outlet got
    person = page.replace("Sahel Wire", "Page") + f"\n{STORY}\n\nLarry Page came back to run the company.\n"
    assert clean_text(person).outlet != "Page"


def test_a_sentences_full_stop_is_no_part_of_the_name() -> None:
    """'Learn more about working with Thought Catalog.' beside 'Thought Catalog': the longer spelling wins a tie,
    but not by the full stop of the sentence it ended; dotted initials keep their dot."""
    from search.cleaning.meta_outlet import _Cand, _display_form

    cand = _Cand("sahelwire", 0)
    cand.forms.update({"Sahel Wire.": 1, "Sahel Wire": 1, "sahelwire.com": 0})
    assert _display_form(cand) == "Sahel Wire"
    initials = _Cand("faz", 0)
    initials.forms.update({"F.A.Z.": 1})
    assert _display_form(initials) == "F.A.Z."


def test_on_a_tie_the_name_wins_over_its_web_address() -> None:
    """'The surfer talks to HelloGiggles' once and 'HelloGiggles.com is part of …' once: the name, not the address."""
    from search.cleaning.meta_outlet import _Cand, _display_form

    cand = _Cand("sahelwire", 0)
    cand.forms.update({"SahelWire": 1, "SahelWire.com": 1})
    assert _display_form(cand) == "SahelWire"
    cand.forms["SahelWire.com"] += 1  # written more often as its address: the address
    assert _display_form(cand) == "SahelWire.com"


def test_a_masthead_glued_into_one_word_is_spelled_as_the_page_writes_it_with_its_article() -> None:
    """The masthead prints 'DailyCaller'; the copyright line and a link write 'The Daily Caller' and 'Daily Caller
    Store': the spaced name with its article, as the page writes it most often; an address spelled with its
    article ('TheSahelTimes.com') still gives way to 'The Sahel Times'."""
    from search.cleaning.meta_outlet import _Cand, _display_form

    cand = _Cand("sahelcaller", 0)
    cand.forms.update({"SahelCaller": 7, "The Sahel Caller": 3, "Sahel Caller": 1})
    assert _display_form(cand) == "The Sahel Caller"
    address = _Cand("thesaheltimes", 0)
    address.forms.update({"TheSahelTimes.com": 3, "The Sahel Times": 1})
    assert _display_form(address) == "The Sahel Times"


def test_a_copyright_holder_ends_at_a_middle_dot() -> None:
    """'© Copyright 2010 - 2015. The Daily Caller · Version 3.01.': the dot sets the holder apart from the rest."""
    from search.cleaning.meta_outlet import copyright_holder

    assert copyright_holder("© Copyright 2010 - 2015. The Sahel Caller · Version 3.01.") == "The Sahel Caller"
    assert copyright_holder("© 2024 Sahel Wire • Impressum • Datenschutz") == "Sahel Wire"


def test_a_possessive_going_on_is_prose_not_a_link_about_the_site() -> None:
    """'Everything you need to know about Nintendo’s first iPhone game' is no 'About X' link; 'About Ars' is."""
    teasers = (
        "  • Super Mario Run: Everything you need to know about Nintendo’s first iPhone game\n  • About Sahel Wire"
    )
    forms = _forms(f"Headline here\n\n{STORY}\n\n{teasers}\n")
    assert not forms.get("Nintendo", {}).get("context")
    assert forms["Sahel Wire"]["context"] > 0


def test_a_newsletters_edition_and_the_sentences_article_are_no_part_of_the_name() -> None:
    """'Get the Gothamist Daily newsletter and don't miss a moment': the site is 'Gothamist'."""
    line = "News never sleeps. Get the Sahel Wire Daily newsletter and don't miss a moment."
    forms = _forms(f"Headline here\n\n{STORY}\n\n{line}\n")
    assert forms["Sahel Wire"]["context"] > 0
    assert not [form for form in forms if "Daily" in form or form.startswith("the ")]


def _page_lines(*parts: str) -> list:
    return split_lines(normalise_input("\n\n".join(parts)))


@pytest.mark.parametrize(
    ("acronym", "parts", "expected"),
    [
        ("NYP", ["New York Post", STORY, "New York Post"], "New York Post"),
        ("LTO", ["LTO.de - Legal Tribune Online - Aktuelles aus Recht und Justiz", STORY], "Legal Tribune Online"),
        ("SRF", ["Schweizer Radio und Fernsehen, zur Startseite", STORY], "Schweizer Radio und Fernsehen"),
        (
            "F.A.Z.",
            [STORY] * 11 + ["Frankfurter Allgemeine Zeitung", "© Frankfurter Allgemeine Zeitung GmbH 2001 - 2024"],
            "Frankfurter Allgemeine Zeitung",
        ),
        # a company name printed once under the footer is not the brand readers know
        ("TMZ", [STORY, *[STORY] * 10, "©2022 EHM PRODUCTIONS,INC. ALL RIGHTS RESERVED", "Thirty Mile Zone"], None),
        # declined inside a sentence ('zur Süddeutschen Zeitung') it is no name as printed
        (
            "SZ",
            [STORY] * 11 + ["Er kam 2001 zur Süddeutschen Zeitung.", "Laut der Süddeutschen Zeitung geht es."],
            None,
        ),
        ("Reuters", ["Reuters Editorial Unit", STORY], None),
        # a web address's short form is an acronym too
        ("SP.de", ["Sahel Post", STORY, "Mehr von der Sahel Post"], "Sahel Post"),
        # a place spells a place's abbreviation, not a site's, however often it is printed
        ("NJ.com", ["New Jersey news", STORY, "New Jersey politics", "New Jersey weather"], None),
    ],
    ids=["twice", "masthead", "connector", "dotted", "footer-once", "declined", "no-acronym", "address", "place"],
)
def test_an_acronym_outlet_is_spelled_out_where_the_page_names_it(
    acronym: str, parts: list[str], expected: str | None
) -> None:
    assert printed_expansion(acronym, _page_lines(*parts)) == expected


def test_a_title_tail_printed_only_in_the_lower_half_is_no_site() -> None:
    """'Bill Russell's Impact on the Game | W. Kamau Bell' in a list of videos half way down the page: the tail of
    a teaser's title, not the site signing its own; the same tail at the top of the page is the site's."""
    from search.cleaning.meta_outlet import pick_outlet

    teaser = "Ferry Crossings Through the Years | Harbour Stories"
    menu = "\n\n".join(["Home", "World", "Sport"])
    stories = [f"{STORY} Part {k}." for k in range(8)]
    low = split_lines(normalise_input("\n\n".join([menu, "Ferry plan approved", *stories, teaser, teaser, STORY])))
    assert _forms("\n\n".join(ln.text for ln in low if ln.text))["Harbour Stories"]["suffix"] > 0
    assert pick_outlet(low) is None
    top = split_lines(normalise_input("\n\n".join([menu, teaser, teaser, "Ferry plan approved", *stories])))
    assert pick_outlet(top) == "Harbour Stories"


@pytest.mark.parametrize("button", ["Play Now", "Play Ahora", "Play Maintenant"])
def test_a_buttons_adverb_is_no_brand(button: str) -> None:
    """'Play Now' under each game of a puzzle box: 'Now' follows a brand's verb but is no name."""
    forms = _forms("\n\n".join(["Headline here", STORY, *[button] * 3]))
    assert button.split()[-1] not in {form for form, feats in forms.items() if feats["context"] > 0}


def test_a_masthead_spells_out_the_pick_with_one_more_word() -> None:
    """'ERP-News' alone at the page's top, where links and prose say 'ERP': the masthead is the name; a longer
    name seen only further down is a section, and a service is no edition."""
    from search.cleaning.meta_outlet import _masthead_spelling_out

    pick = _feats(first_pos=0.06)
    hyphened = [(0.9, "ERP", pick), (0.8, "ERP-News", _feats(standalone_top=1.0, first_pos=0.04))]
    assert _masthead_spelling_out("ERP", pick, hyphened, 0.9) == "ERP-News"
    spaced = [(0.9, "Sahel", pick), (0.5, "Sahel English", _feats(standalone_top=1.0, first_pos=0.01))]
    assert _masthead_spelling_out("Sahel", pick, spaced, 0.9) == "Sahel English"
    lower = [(0.9, "ERP", pick), (0.8, "ERP-News", _feats(standalone_top=1.0, first_pos=0.5))]
    assert _masthead_spelling_out("ERP", pick, lower, 0.9) is None
    service = [(0.9, "ERP", pick), (0.8, "ERP-Videos", _feats(standalone_top=1.0, first_pos=0.04))]
    assert _masthead_spelling_out("ERP", pick, service, 0.9) is None


@pytest.mark.parametrize("vendor", ["Quantcast", "comScore", "Chartbeat", "static.chartbeat.com"])
def test_a_tracking_pixels_alt_text_is_no_site(vendor: str) -> None:
    """A measurement vendor's tracking pixel prints its alt text alone on the page's first and last lines (mercury
    m021 picked 'Quantcast' so): the vendor is on many sites and is none of them."""
    from search.cleaning.meta_outlet import _site_only

    masthead = _feats(standalone_top=2.0, first_line=1.0, edge_lines=1.8)
    assert _site_only([(vendor, masthead), ("Daily Planet", masthead)]) == [("Daily Planet", masthead)]
