"""Headline choice: the learned candidate scorer and its helpers, on small synthetic pages."""

from __future__ import annotations

import pytest

from search.cleaning import clean_text
from search.cleaning.lines import Line, split_lines
from search.cleaning.meta_title import _variants, keyword_row
from search.cleaning.title import (
    _spaced_printing,
    _whole_line,
    norm_key,
    split_suffix,
    strip_breadcrumb,
    unglue_crumbs,
)
from tests.story_pages import story_page
from tests.test_cleaning_body import PROSE, PROSE2, PROSE3

BODY = "\n\n".join(
    [
        "The city council voted on Tuesday to expand the harbour ferry service to three new stops along the river,"
        " a plan that had been debated for more than two years.",
        "Supporters said the ferries would cut commuting times for thousands of residents who now depend on"
        " crowded buses, while critics warned about the cost of the new landing stages.",
        "The first new stop is expected to open next spring, officials said, and the service will run every"
        " twenty minutes during the morning and evening rush hours.",
        "Council members also asked the transport department to publish a yearly report on ridership and"
        " delays so that residents can judge whether the expansion works as promised.",
    ]
)


def _page(header: str) -> str:
    menu = "\n".join(f"  • {w}" for w in ("Home", "News", "Sport", "Business", "Culture", "Weather"))
    return f"{menu}\n\n{header}\n\n{BODY}\n\nShare this article\n"


def test_headline_above_byline_and_date() -> None:
    page = clean_text(_page("Council votes to expand harbour ferry service\n\nBy Jane Roe\n\nMarch 3, 2024"))
    assert page.title == "Council votes to expand harbour ferry service"


def test_ui_and_caption_lines_are_not_chosen() -> None:
    header = (
        "Enlarge this image\n\nCouncil votes to expand harbour ferry service\n\n"
        "A ferry leaves the harbour at dawn. (Photo: John Doe/AP)\n\nBy Jane Roe"
    )
    assert clean_text(_page(header)).title == "Council votes to expand harbour ferry service"


def test_glued_kicker_variant_when_the_headline_is_printed_alone() -> None:
    keys = {norm_key("Council votes to expand harbour ferry service"): [3]}
    forms = _variants(
        "Transport Council votes to expand harbour ferry service", split_suffix, strip_breadcrumb, norm_key, keys
    )
    assert ("tail", "Council votes to expand harbour ferry service") in forms


def test_glued_byline_and_french_colon_variants() -> None:
    forms = _variants(
        "Council votes to expand the ferry service , by Jane Roe", split_suffix, strip_breadcrumb, norm_key, {}
    )
    assert ("byline_tail", "Council votes to expand the ferry service") in forms
    forms = _variants(
        "Covid-19 et infox : comment une rumeur devient réalité", split_suffix, strip_breadcrumb, norm_key, {}
    )
    assert [kind for kind, _ in forms] == ["full"]
    forms = _variants("Israel schickt Panzer in Norden von Rafah", split_suffix, strip_breadcrumb, norm_key, {})
    assert "byline_tail" not in [kind for kind, _ in forms]  # one word after 'von' is the headline's own
    # a possessive after 'by' belongs to the headline ('… Developed by China's Army'), no writer's name has one
    forms = _variants(
        "Harbour ferry plan was Developed by Council's Transport Board", split_suffix, strip_breadcrumb, norm_key, {}
    )
    assert "byline_tail" not in [kind for kind, _ in forms]


def test_breadcrumb_split_needs_short_crumbs() -> None:
    assert strip_breadcrumb("Home » Politics » Council votes to expand ferry service") == (
        "Council votes to expand ferry service"
    )
    text = "Colonel accusé pour « vol aggravé » : vers la projection de la vidéo"
    assert strip_breadcrumb(text) == text
    text = "Record of the Week: Luboku, ‘Pale Blue Dot / Lift Off’"
    assert strip_breadcrumb(text) == text
    # the trail's own label before the first crumb is no crumb
    assert strip_breadcrumb("You are here: Home » Politics » Council votes on ferry") == "Council votes on ferry"
    assert strip_breadcrumb("Du befindest dich hier: Home » Gesellschaft » „Neuer Vorstand“") == "„Neuer Vorstand“"


def test_split_suffix() -> None:
    assert split_suffix("Council votes to expand ferry service | City Herald") == (
        "Council votes to expand ferry service",
        "City Herald",
    )
    assert split_suffix("Ferry service opens – il manifesto")[1] == "il manifesto"
    # the headline's own ending after a dash is no site name
    for text in (
        "Everyone is talking about the new ferry – 17 favourite responses",
        "Council votes on the ferry plan – what we know so far",
    ):
        assert split_suffix(text) == (text, None)


@pytest.mark.parametrize(
    "text",
    ["", "\n\n\n", "x" * 5000, "[img]\n" * 300, "Headline only", "• a\n• b\n" * 500, "\x00\ud800 weird"],
)
def test_never_raises(text: str) -> None:
    page = clean_text(text)
    assert page.title is None or isinstance(page.title, str)


def test_a_standfirst_repeated_as_the_lead_is_recognised() -> None:
    from search.cleaning.title import _opens_the_body

    standfirst = "Coal has been in a slow-motion death spiral over the past ten years"
    text = f"Despite everything, emissions dipped\n\n{standfirst}\n\nBy Jane Roe\n\n{standfirst}. Coal fell again."
    lines = split_lines(text)
    nonblank = [i for i, ln in enumerate(lines) if ln.text]
    assert _opens_the_body(lines, nonblank, nonblank[1])
    assert not _opens_the_body(lines, nonblank, nonblank[0])


def test_a_short_kicker_right_above_a_longer_headline_is_recognised() -> None:
    from search.cleaning.title import _kicker_above

    text = "Gaming in der Cloud\n\nCloud-Gaming im Test: Jetzt ist Amazon Luna dabei\n\nBy Jane Roe"
    lines = split_lines(text)
    nonblank = [i for i, ln in enumerate(lines) if ln.text]
    assert _kicker_above(lines, nonblank, nonblank[0], nonblank[1])
    assert not _kicker_above(lines, nonblank, nonblank[1], nonblank[2])
    # one word more, but twice the characters: still a kicker over its headline
    lines = split_lines("Krieg in der Ukraine\n\nUkrainische Gegenoffensive: Ziele, Chancen, Risiken")
    assert _kicker_above(lines, [0, 2], 0, 2)
    lines = split_lines("Council votes again\n\nBudget passes easily now")
    assert not _kicker_above(lines, [0, 2], 0, 2)


@pytest.mark.parametrize(
    ("headline", "standfirst"),
    [
        (
            "Strong tornadoes possible in severe storm outbreak in central states",
            "Strong tornadoes are possible across the central states both Friday and Saturday",
        ),
        ("Woman's body found on popular beach", "The woman's identity is not known, say police"),
    ],
)
@pytest.mark.parametrize(
    "meta", ["[55d797a4-a]\nBy Jane Roe\nApril 26, 2024 at 11:24 a.m. EDT", "By Jane Roe\n\nApril 26, 2024"]
)
def test_a_close_call_between_a_headline_and_the_longer_standfirst_under_it_goes_to_the_headline(
    headline: str, standfirst: str, meta: str
) -> None:
    page = clean_text(_page(f"Weather Extreme Weather Climate\n\n{headline}\n\n{standfirst}\n\n{meta}"))
    assert page.title == headline


def test_only_a_headline_shaped_line_takes_the_place_of_the_line_under_it() -> None:
    from search.cleaning.title import _headline_over_standfirst

    dek = "The council voted on Tuesday to add three stops along the river after two years of debate"
    assert _headline_over_standfirst("Ferry service to expand to three new stops", dek)
    assert not _headline_over_standfirst("Gaming in der Cloud", dek)  # a kicker: too few words
    assert not _headline_over_standfirst("coronavirus new york city news today", dek)  # a tag line, no capital
    assert not _headline_over_standfirst(dek, "Ferry service to expand to three new stops")  # longer than below


@pytest.mark.parametrize(
    ("line", "is_tags"),
    [
        ("La République en marche, Justice, Emmanuel Macron", True),
        ("Posted in Brookhaven, DeKalb, News", True),
        ("Mali, Russia reaffirm bilateral support, oppose western-led sanctions", False),
        ("Mali, Russia, France Agree Deal", False),
        ("Lavrov, Diop Meet In Moscow, Agree On Grain", False),
    ],
)
def test_a_line_of_topic_tags_is_no_headline(line: str, is_tags: bool) -> None:
    from search.cleaning.title import tag_list_like

    assert tag_list_like(line) is is_tags


@pytest.mark.parametrize(
    ("line", "is_credit"),
    [
        ("BBC Mundo, Ciudad de México", True),
        ("Jane Roe, Berlin", True),
        ("Estados Unidos, destino de talento mexicano", False),
        ("Hamas, Israel", False),  # one word before the comma: a headline may list two names
        ("Mali, Russia reaffirm bilateral support", False),
        # a desk's name, then the rest of its credit
        ("Redaktion / Pressemitteilung des Max-Planck-Instituts für Astronomie", True),
        ("Staff | Reuters", True),
        ("Team spirit: how the council kept its budget", False),
    ],
)
def test_a_desk_or_writer_and_their_place_is_no_headline(line: str, is_credit: bool) -> None:
    from search.cleaning.meta_title import not_a_headline

    assert not_a_headline(line) is is_credit


@pytest.mark.parametrize(
    ("header", "title"),
    [
        # the kicker and the rest of the headline printed as two lines, the second opening with the colon
        (
            "Harbour plans\n: Council votes to expand the ferry service\n\nBy Jane Roe",
            "Harbour plans: Council votes to expand the ferry service",
        ),
        # a long line above, past a blank line, is no kicker
        (
            "Harbour plans for the next ten years were debated again at the council\n\n"
            ": Council votes to expand the ferry service\n\nBy Jane Roe",
            "Council votes to expand the ferry service",
        ),
        # the kicker's colon printed without its space, an image's file name glued to the end
        (
            "Harbour plans:Council votes to expand the ferry service[7fc20280-b]\n\nBy Jane Roe",
            "Harbour plans: Council votes to expand the ferry service",
        ),
        # a bracketed label in capitals is part of the headline
        (
            "Council votes to expand the ferry service [VIDEO]\n\nBy Jane Roe",
            "Council votes to expand the ferry service [VIDEO]",
        ),
    ],
)
def test_headline_spans_printed_apart_or_glued_are_put_back_together(header: str, title: str) -> None:
    assert clean_text(_page(header)).title == title


def test_an_image_with_its_detail_view_link_is_no_headline() -> None:
    from search.cleaning.title import candidate_ok

    image_link, headline = split_lines("[2cc5e7ad-5]Detailansicht öffnen\n[2cc5e7ad-5]Council votes to expand ferries")
    assert not candidate_ok(image_link)
    assert candidate_ok(headline)


@pytest.mark.parametrize(
    ("first", "second", "twin"),
    [
        ("A crowd of people at the castle", "A crowd of people at the castle (Image: Getty Images)", True),
        ("Verstappen y Russell, durante la vuelta.", "Verstappen y Russell, durante la vuelta.AFP", True),
        ("Council votes to expand ferries", "Council votes to expand ferries | The Harbour Times", False),
        ("Council votes to expand ferries", "Council votes to expand ferries", False),
        ("Council votes", "Council votes (Image: Getty)", False),  # too short to tell
        (
            "Council votes to expand ferries",
            "Council votes to expand ferries after two years of debate in which residents, traders and the"
            " harbour board argued",
            False,
        ),
    ],
)
def test_a_picture_text_printed_again_with_its_credit_is_a_caption(first: str, second: str, twin: bool) -> None:
    from search.cleaning.meta_title import caption_twin

    lines = split_lines(f"{first}\n\n{second}")
    nonblank = [i for i, ln in enumerate(lines) if ln.text]
    assert caption_twin(lines, nonblank, 0) is twin


def test_the_alt_text_above_a_credited_caption_is_no_headline() -> None:
    header = (
        "Travel\n\n'I sell theme park holidays - booking the right day could save you thousands'\n\n"
        "Jane Roe Travel Reporter\n\nBookmark\n\n"
        "A crowd of people at the castle in the theme park in Florida\n\n"
        "A crowd of people at the castle in the theme park in Florida (Image: LightRocket via Getty Images)"
    )
    title = "'I sell theme park holidays - booking the right day could save you thousands'"
    assert clean_text(_page(header)).title == title


def test_template_lines_and_credited_captions_are_no_headline_candidates() -> None:
    template = "Updated [hour]:[minute] [AMPM] [timezone], [monthFull] [day], [year]"
    caption = "A ferry leaves the harbour at dawn on Tuesday, March 3, 2024. (AP Photo/John Doe)"
    texts = _candidate_texts(f"Council votes to expand harbour ferry service\n\n{template}\n\n{caption}")
    assert "Council votes to expand harbour ferry service" in texts
    assert template not in texts and caption not in texts


def test_a_headline_printed_twice_with_its_label_is_no_template() -> None:
    """One '[Werbung]' label printed twice (a doubled heading) is no template with two unfilled slots."""
    headline = "TOP 5 Fashion Must Haves 2018 [Werbung]"
    texts = _candidate_texts(f"MajkasWelt\n\nFashion, Lifestyle und Travel Blog\n\n{headline}{headline}")
    assert headline + headline in texts


@pytest.mark.parametrize(
    ("line", "positions"),
    [
        ("Sabine Leutheusser-Schnarrenberger (links) und Margot Friedländer", True),
        ("Tyson Fury (l) und Oleksandr Usyk vor dem Kampf", True),
        ("Zelensky (left) may be forced to fire Syrsky (right)", True),
        ("Apple (AAPL) shares fall after the iPhone launch", False),
        ("Council votes (again) to expand the ferry service", False),
    ],
)
def test_a_picture_caption_naming_positions_is_no_headline_candidate(line: str, positions: bool) -> None:
    from search.cleaning.patterns import names_picture_positions

    assert names_picture_positions(line) is positions
    assert _is_candidate(line) is not positions


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Die Hinterlassenschaften des Demoraves im vergangenen September (Foto: a100stoppen.de)", True),
        ("Los manifestantes frente al Congreso (Imagen: archivo EFE)", True),
        ("Le maire devant la mairie (Crédit : Jean Dupont)", True),
        ("Sinwar greets his supporters in Gaza City, in April 2022. (Adel Hana/The Associated Press)", True),
        ("Fans wait outside the stadium on Friday. (Evan Buhler / MONTREAL GAZETTE)", True),
        ("De overstromingen grijpen haar zwaar aan. (Tekst gaat verder onder de foto.)", False),
        ("Open functions.php (please make a backup of this file first!)", False),
        ("The agency's offices in Canary Wharf, London. Photo: Shutterstock.com", True),  # a credit with an address
        ("Packing punch … Jane Roe in The Ferry Photograph: Allstar/Cinetext Collection/Allstar", True),
        ("El alcalde ante el ayuntamiento. Fotografía: Juan Pérez", True),
        ("Jane RoeImage source, Example Media", True),  # the picture's source glued after the name shown
    ],
)
def test_a_credit_in_brackets_marks_a_caption_in_any_language(line: str, caption: bool) -> None:
    """A bracketed credit names the picture in the page's language, or its photographer and agency; a bracketed
    sentence is the article's own."""
    from search.cleaning.patterns import caption_like

    assert caption_like(line) is caption
    assert _is_candidate(line) is not caption


@pytest.mark.parametrize(
    "line",
    [
        "Arne Sjöström | 29. Dezember 2022 | HR-Welt",  # the article's metadata row
        "Letzte Aktualisierung am 2.02.2022 / Bei den Verlinkungen handelt es sich um Affiliate Links",
        "What organisations can expect from the ferry service in 2024:",  # a subheading that opens a list
    ],
)
def test_a_meta_row_or_a_line_ending_in_a_colon_is_no_headline_candidate(line: str) -> None:
    """A row with a date between bars or slashes is the article's metadata, and no headline ends with a colon."""
    texts = _candidate_texts(f"Council votes to expand harbour ferry service\n\n{line}")
    assert "Council votes to expand harbour ferry service" in texts
    assert line not in texts


@pytest.mark.parametrize(
    ("line", "candidate"),
    [
        ("Seit Kurzem schmückt ein Graffitigemälde die Wände der Stiftung.", False),  # a standfirst
        ("A bottle of rosé on the sunny terrace.", False),  # a caption
        ("Bottle of La Vieille Ferme 2025 Rosé.", False),  # a caption: a word with an accent is no abbreviation
        ("Nikki Haley to Resign as Trump’s Ambassador to the U.N.", True),
        ("Colder Temperatures Forecast for Wed. after Cold Wave Alert Tues.", True),
        ("And the winner is...", True),
    ],
)
def test_a_full_stop_ends_no_headline_unless_an_abbreviation_ends_it(line: str, candidate: bool) -> None:
    assert _is_candidate(line) is candidate


def test_the_opening_of_the_first_paragraph_cut_by_an_ellipsis_is_no_headline() -> None:
    """A share card prints the first paragraph's opening, an ellipsis and the byline glued on: not a headline."""
    teaser = "The city council voted on Tuesday to expand the harbour ferry service to three new stops…By Jane Roe"
    texts = _candidate_texts(f"Council votes to expand harbour ferry service\n\n{teaser}")
    assert "Council votes to expand harbour ferry service" in texts
    assert not any(t.startswith("The city council voted") for t in texts)


@pytest.mark.parametrize(
    ("line", "candidate"),
    [
        ("Keir Starmer / Labour Party", False),  # the article's topics
        ("Anti colonialisme / Anti impérialisme", False),
        ("Record of The Week: Luboku, ‘Pale Blue Dot / Lift Off’", True),  # a headline naming a record
    ],
)
def test_a_row_of_short_topics_joined_by_slashes_is_no_headline(line: str, candidate: bool) -> None:
    texts = _candidate_texts(f"{line}\n\nCouncil votes to expand harbour ferry service")
    assert (line in texts) is candidate
    assert ("Labour Party" in texts) is False


@pytest.mark.parametrize(
    "trail",
    [
        "Home › Incidents › Data leaks › Article",
        "ホーム › インシデント・事故 › インシデント・情報漏えい › 記事",
        "新闻频道 > 中国新闻",  # two crumbs with an arrow between
        "News > World",
    ],
)
def test_a_breadcrumb_trail_is_no_headline(trail: str) -> None:
    """Neither the trail nor its tail after the first crumb ('Incidents › Data leaks › Article') is a candidate."""
    texts = _candidate_texts(f"{trail}\n\nCouncil votes to expand harbour ferry service")
    assert not {t for t in texts if t in trail}


def test_a_headline_at_the_end_of_a_breadcrumb_stays_a_candidate() -> None:
    texts = _candidate_texts("Home » World » Council votes to expand ferry service")
    assert "Council votes to expand ferry service" in texts


def test_a_headline_with_a_date_but_no_separators_stays_a_candidate() -> None:
    line = "Andacht zur Friedensdekade in der Kaiser-Wilhelm-Gedächtniskirche, 11. November 2021, 18 Uhr"
    assert line in _candidate_texts(line)


def _is_candidate(line: str) -> bool:
    """Whether ``line`` is a headline candidate printed above the ferry story's headline."""
    return line in _candidate_texts(f"{line}\n\nCouncil votes to expand harbour ferry service")


def _candidate_texts(header: str) -> set[str]:
    """The headline candidates' texts of a page with ``header`` above the ferry story."""
    from search.cleaning import title
    from search.cleaning.meta_title import title_candidates

    lines = split_lines(_page(header))
    nonblank = [i for i, ln in enumerate(lines) if ln.text]
    first = next(i for i in nonblank if lines[i].text.startswith("The city council"))
    keys = title.page_keys(lines, nonblank)
    found = title_candidates(
        lines, first, {}, keys, nonblank, {}, title.norm_key, title.split_suffix, title.strip_breadcrumb, set()
    )
    return {text for text, _, _ in found}


def _dump(text: str) -> tuple[list[Line], list[int]]:
    """The lines of a small text dump and the indices of the non-blank ones."""
    lines = split_lines(text)
    return lines, [i for i, ln in enumerate(lines) if ln.text]


def test_a_cut_or_prefixed_copy_of_the_headline_gives_way_to_its_whole_line() -> None:
    text = (
        "BHG.com/Videos///How to Hang a Christmas Wreath\n\nHow to Hang a Christmas Wreath\n\n"
        "Council to expand the harbour ferry...\n\nCouncil to expand the harbour ferry service\n\nBody starts here."
    )
    lines, nonblank = _dump(text)
    body = nonblank[-1]
    assert _whole_line(lines, nonblank, body, lines[0].text, 0) == ("How to Hang a Christmas Wreath", 2)
    cut = nonblank[2]
    assert _whole_line(lines, nonblank, body, lines[cut].text, cut)[0] == "Council to expand the harbour ferry service"
    whole = nonblank[3]
    assert _whole_line(lines, nonblank, body, lines[whole].text, whole) == (lines[whole].text, whole)


def test_a_breadcrumb_of_menu_words_glued_before_the_headline_gives_way_to_its_own_line() -> None:
    text = (
        "  • Society\n  • Community\n  • Travel\n\n"
        "Home Society Community Interview with the new ferry captain\n\n"
        "Interview with the new ferry captain\n\nBody starts here."
    )
    lines, nonblank = _dump(text)
    glued, own = nonblank[3], nonblank[4]
    assert _whole_line(lines, nonblank, nonblank[-1], lines[glued].text, glued) == (lines[own].text, own)
    # words that are not the page's menu items stay part of the headline
    kicker = split_lines(text.replace("Home Society Community", "Exclusive: Ferry Chief"))
    assert _whole_line(kicker, nonblank, nonblank[-1], kicker[glued].text, glued)[1] == glued


def test_a_headline_ending_in_an_ellipsis_is_not_cut_to_its_teaser_copy() -> None:
    text = (
        "  • When grenades become a strategy for the doctrine of public...\n\n"
        "When grenades become a strategy for the doctrine of public order…\n\nBody starts here."
    )
    lines, nonblank = _dump(text)
    head = nonblank[1]
    cut = "When grenades become a strategy for the doctrine of public"
    assert _whole_line(lines, nonblank, nonblank[-1], cut, head) == (lines[head].text.strip(), head)
    teaser = nonblank[0]
    assert _whole_line(lines, nonblank, nonblank[-1], lines[teaser].text, teaser)[1] == head


@pytest.mark.parametrize(
    ("line", "ok"),
    [
        ("City Voice > News > Features >", False),
        ("Home » Politics »", False),
        ("Dot / Lift Off: a new space race", True),
        ("Council votes to expand harbour ferry service", True),
        ("請同意我們的隱私權規範，才能啟用聽新聞的功能。", False),  # a sentence, ending in a full stop
        ("鄭文燦：多元方案解決蛋荒預估3月初緩解", True),
        ("Harbour_Ferry_Service", False),  # a picture's file name
    ],
)
def test_a_breadcrumb_trail_ending_in_its_separator_is_no_headline_candidate(line: str, ok: bool) -> None:
    from search.cleaning.title import candidate_ok

    assert candidate_ok(split_lines(line)[0]) is ok


@pytest.mark.parametrize(
    ("line", "ok"),
    [
        ("The paper is part of a media group that is responsible for your data here.  Read more", False),
        ("Avisen er en del av et mediekonsern som er ansvarlig for dine data.  Les mer", False),
        ("Le site utilise vos données pour mesurer l'audience. En savoir plus »", False),
        ("Eat Less, Move More", True),  # 'More' inside a headline, after no sentence
        ("Why the harbour ferry needs more", True),
    ],
)
def test_a_sentence_with_a_more_link_glued_after_it_is_no_headline_candidate(line: str, ok: bool) -> None:
    """Neither the rule scorer nor the learned scorer weighs it."""
    from search.cleaning.title import candidate_ok

    assert candidate_ok(split_lines(line)[0]) is ok
    assert (line in _candidate_texts(f"{line}\n\nCouncil votes to expand harbour ferry service")) is ok


def test_spaced_printing_of_a_glued_kicker_wins() -> None:
    glued = '"Es wird bald beginnen"Trump spricht über Bodeneinsätze'
    spaced = '"Es wird bald beginnen": Trump spricht über Bodeneinsätze'
    cands = [(glued, 12, {}), ("Politik", 11, {}), (spaced, 8, {}), ("Es wird bald beginnen", 7, {})]
    assert _spaced_printing(cands, glued, 12) == (spaced, 8)
    # a separator is no word: 'Headline |' is not a better printing of 'Headline'
    cands = [("Feuerwehrleute sollen später in Pension", 3, {}), ("Feuerwehrleute sollen später in Pension |", 5, {})]
    assert _spaced_printing(cands, "Feuerwehrleute sollen später in Pension", 3) == (
        "Feuerwehrleute sollen später in Pension",
        3,
    )


def test_a_kicker_printed_with_its_colon_in_a_list_at_the_top_wins() -> None:
    """The kicker and the headline printed with a space over the story, and the same words with the kicker's colon
    only in a list at the top of the page (no headline candidate there): the colon's print. The same line printed
    inside the story is a teaser, and the story must still start under the headline."""
    from search.cleaning import clean_text

    spaced = "Ausschuss zur Ahrtal-Flut Zwei Rücktritte und viele offene Fragen"
    colon = "Ausschuss zur Ahrtal-Flut: Zwei Rücktritte und viele offene Fragen"
    story = "\n\n".join(
        f"Absatz {k}: Der Ausschuss hat nach vielen Sitzungen seine Beweisaufnahme beendet, und die Fraktionen "
        f"streiten nun über den Bericht, der im Herbst vorgelegt werden soll. Teil {k} der Debatte folgt."
        for k in range(4)
    )
    crumbs = "\n".join(f"  • {name}" for name in ("Startseite", "Inland", "Innenpolitik", colon))
    menu = "\n".join(f"  • Rubrik {k} Untermenü einblenden" for k in range(80))
    page = f"{crumbs}\n\n{menu}\n\n{spaced}\n\n12.05.2024, 14:03 Uhr\n\n{story}\n"
    assert clean_text(page).title == colon
    teaser_in_story = page.replace(f"  • {colon}", "").replace("Teil 2 der Debatte folgt.", f"Teil 2.\n\n{colon}")
    assert clean_text(teaser_in_story).body.startswith("Absatz 0")


def test_a_kicker_ending_in_an_exclamation_mark_glued_to_the_headline_goes() -> None:
    """'Wow, wow, wow!Manuela Reimann: Hochzeit in Bayern!': two spans printed without a space, the kicker ending in
    '!' or '?'; a headline that keeps its space after the mark keeps its first words, and a headline of fewer
    than three words after the mark stays whole."""
    from search.cleaning import clean_text

    story = "\n\n".join(
        f"Absatz {k}: Das Paar hat am Wochenende in einem kleinen Ort in Oberbayern geheiratet, und die Gäste "
        f"feierten bis in die Nacht in der alten Scheune am See. Teil {k} der Geschichte folgt."
        for k in range(4)
    )

    def title(headline: str) -> str | None:
        return clean_text(f"  • Start\n  • Stars\n\n{headline}\n\n12.05.2024, 14:03 Uhr\n\n{story}\n").title

    assert title("Wow, wow, wow!Manuela Reimann: Hochzeit in Bayern!") == "Manuela Reimann: Hochzeit in Bayern!"
    assert title("Wer hätte das gedacht?Konny Reimann feiert Hochzeit") == "Konny Reimann feiert Hochzeit"
    assert title("Wow, wow, wow! Manuela Reimann feiert Hochzeit") == "Wow, wow, wow! Manuela Reimann feiert Hochzeit"
    assert title("Endlich geschafft!Hochzeit gefeiert") == "Endlich geschafft!Hochzeit gefeiert"


def test_a_hyphen_is_a_word_break_as_good_as_a_space() -> None:
    """'Your comfy-chic holiday outfit' (the headline) and 'Your comfy chic holiday outfit' printed again lower
    down: the same words, so the pick stays."""
    hyphen, space = "Your comfy-chic holiday outfit, illustrated", "Your comfy chic holiday outfit, illustrated"
    cands = [(hyphen, 16, {}), (space, 29, {})]
    assert _spaced_printing(cands, hyphen, 16) == (hyphen, 16)


def test_a_kicker_printed_with_its_colon_wins_over_the_print_with_a_space() -> None:
    """'Rückbau von Atomkraftwerk Kühltürme von AKW Gundremmingen gesprengt' (the kicker and the headline in two
    spans, printed with a space) and the same words printed elsewhere with the kicker's colon: the colon's print."""
    spaced = "Rückbau von Atomkraftwerk Kühltürme von AKW Gundremmingen gesprengt"
    colon = "Rückbau von Atomkraftwerk: Kühltürme von AKW Gundremmingen gesprengt"
    cands = [(spaced, 12, {}), ("Bayern", 11, {}), (colon, 16, {})]
    assert _spaced_printing(cands, spaced, 12) == (colon, 12)  # the words of the print below, the headline's place
    assert _spaced_printing(cands, colon, 16) == (colon, 16)


def test_headline_far_above_the_body_over_a_gallery() -> None:
    """Menus printed twice at the top repeat many short lines; the headline printed twice above a long gallery
    must still be among the far candidates."""
    sections = [f"{w} {k}" for k in range(2) for w in ("World", "Sport", "Business", "Culture", "Travel", "Science")]
    menu = "\n".join([*sections, "Press Releases", "My Account", "Newsletters", "Podcasts"])
    headline = "Council votes to expand harbour ferry service"
    slides = "\n\n".join(
        f"{k} of 14\n\nA ferry leaves landing stage {k} on the river, Monday, Sept. {k}, 2024, in the city."
        " (AP Photo/Jo Doe)"
        "\n\nRead More\n\nLink copied\n\nEmail\n\nFacebook"
        for k in range(1, 15)
    )
    page = f"{menu}\n\n{menu}\n\nPolitics\n\n{headline}\n\n{headline}\n\n{slides}\n\nBy Jane Roe\n\n{BODY}\n"
    assert clean_text(page).title == headline


def test_unglue_crumbs() -> None:
    assert unglue_crumbs("GlobalInnovationThe world needs more spaceports") == "The world needs more spaceports"
    assert unglue_crumbs("ZprávyByznysB2BRoky v důchodu tráví Češi") == "Roky v důchodu tráví Češi"
    assert unglue_crumbs("Plain headline with no seam") == "Plain headline with no seam"
    assert unglue_crumbs("NewsSport Two words") == "NewsSport Two words"  # too few words after the seam


def test_headline_printed_again_beats_the_standfirst_under_it() -> None:
    """A headline printed once more at the top, glued to its trail, is the headline over the question below it."""
    headline = "The harbour needs more ferries. The council wants to help"
    standfirst = "Can a small city build a ferry service from scratch?"
    page = (
        f"CityTransport{headline}\n\n  • Home\n  • News\n  • Sport\n\nFeatures\n\n{headline}\n\n{standfirst}\n\n"
        f"By Jane Roe\n\n{BODY}\n"
    )
    assert clean_text(page).title == headline


def _joined(template: str, *items: tuple[str, str]) -> str:
    """The items of a list of teasers, each printed by ``template``, a blank line between them."""
    return "\n\n".join(template.format(*item) for item in items)


def test_teaser_cards_are_not_the_headline() -> None:
    """A list of picture-and-headline cards above the article (and again below it) is a teaser list."""
    cards = _joined(
        "[{}]\n\n{}",
        ("ammo-deal", "Arms maker will supply rifle ammunition to Asia for billions"),
        ("phone-repair", "Right to repair: new rules for phones, washing machines and fridges"),
        ("work-injury", "Injured at work: how to claim compensation and what you are owed"),
        ("tower", "Tallest project in the group's history: 52 floors on the Thames"),
    )
    headline = "Pensioners spend their years at the doctor's, and it is getting worse"
    page = (
        f"  • Home\n  • News\n  • Business\n\n{cards}\n\nBreadcrumbs\n\n{headline}\n\nJane Roe\n9:51\n\n"
        f"[photo-1]\nPhoto: Shutterstock\n\n{BODY}\n\nMore from Business\n\n{cards}\n"
    )
    assert clean_text(page).title == headline


def test_a_list_of_dated_teasers_is_not_the_headline() -> None:
    """'More From …': a date line over each teaser's headline, then the story's own headline and byline. Neither a
    teaser nor the short section line between the list and the headline (under a teaser's date) is the headline."""
    teasers = _joined(
        "{}\n{}",
        ("Feb 28, 2023,12:00pm EST", "Increase Website Performance With Three Metrics"),
        ("Sep 8, 2022,08:00am EDT", "Overview Of How To Build A Ferry - It Is Simpler Than You Think"),
        ("Jul 18, 2022,01:33pm EDT", "Harbour Startups Showing Resilience In A Time Of Storms"),
        ("May 6, 2021,06:30am EDT", "Take The Ferry? How Trust In Councils Shapes Commuting"),
    )
    headline = "Council Votes To Expand Harbour Ferry Service"
    page = (
        f"Subscribe\nSign In\n\nMore From Example\n\n\n{teasers}\nEdit Story\nExample Transport\n\n"
        f"{headline}\n\nJane Roe\nFormer Contributor\nOpinions expressed by contributors are their own.\n"
        f"Sep 30, 2015,11:12am EDT\n\n{BODY}\n"
    )
    assert clean_text(page).title == headline


def test_a_headline_over_its_standfirst_with_a_comment_count_between() -> None:
    """'1 comment bubble on white' (the count's icon) between the headline and the longer standfirst."""
    head = "EMC makes a LEAP forward with Virtustream and more"
    stand = "Announcement overload? Oh, you'll love it just as much as Big Mickey Dell"
    byline = "icon Chris Mellor\n\nTue 3 May 2016 // 14:00 UTC\n\n[ad]"
    page = f"  • Data Centre\n  • Storage\n\n{head}\n\n1 comment bubble on white\n\n{stand}\n\n{byline}\n\n{BODY}\n"
    assert clean_text(page).title == head


def test_a_short_headline_under_its_kicker_and_over_its_standfirst() -> None:
    """A German paper's kicker ('Dachzeile') over a headline no longer than it, then the standfirst: the middle line
    is the headline. A headline over a longer deck, or with its byline under it, stays."""
    standfirst = (
        "Absolute Minderheit: Im Park treffen sich jetzt jeden Sonntag die Gegner der Fähre. Sie blicken neidisch "
        "auf die Bewegung in der Nachbarstadt, die schon drei Häfen geschlossen hat."
    )
    nav = "  • Politik\n  • Wirtschaft\n\n"
    page = f"{nav}Protestkultur in Japan nach der Katastrophe\n\nFähre? Nein danke!\n\n{standfirst}\n\n{BODY}\n"
    assert clean_text(page).title == "Fähre? Nein danke!"
    deck = "Der Stadtrat will drei neue Haltestellen am Hafen bauen und die Preise für Pendler senken"
    page = f"{nav}Stadtrat stimmt für mehr Fähren\n\n{deck}\n\n{standfirst}\n\n{BODY}\n"
    assert clean_text(page).title == "Stadtrat stimmt für mehr Fähren"
    page = f"{nav}Stadtrat stimmt für mehr Fähren am Hafen\n\nVon Jane Roe\n\n{standfirst}\n\n{BODY}\n"
    assert clean_text(page).title == "Stadtrat stimmt für mehr Fähren am Hafen"


def test_a_list_of_teasers_each_printed_twice_is_not_the_headline() -> None:
    """Each teaser's picture text and link print the same headline twice in a row; the story's own headline, under
    the list, is printed once with its date under it."""
    teasers = _joined(
        "{}\n\n{}",
        *[
            (text, text)
            for text in (
                "Made in Harbour Town: craft beers are coming now",
                "Another film success: we may win an award again",
                "Ferry fans demand a jury for the song contest",
                "Mick Smith soars, a racing seat on the horizon",
            )
        ],
    )
    headline = "Council approves the budget"
    page = f"{teasers}\n\n#local\n#council\n\n{headline}\n\nexample.com\n\n2017. április 2. 20:48\n\n{BODY}\n"
    assert clean_text(page).title == headline


def test_a_short_headline_over_its_standfirst_under_the_date() -> None:
    """A magazine prints the date (and section) above a short headline and its longer standfirst."""
    top = "  • Subscribe\n  • Donate\n  • About\n\n20 May 2010\nTransport\n\n"
    page = f"{top}Harbour Lights\n\nHow the city learned to love its ferries again\n\n[image]\n\n{BODY}\n"
    assert clean_text(page).title == "Harbour Lights"
    # a kicker over a news headline has the date under the headline
    page = f"  • Home\n\nTransport\n\nCouncil votes to expand harbour ferry service\n\n20 May 2010\n\n{BODY}\n"
    assert clean_text(page).title == "Council votes to expand harbour ferry service"


@pytest.mark.parametrize(
    ("upper", "lower", "expected"),
    [
        (
            "Ferries Are Back in Fashion as Councils Court Nostalgic Commuters",
            "‘Ferry. It’s how we get to work’ slogan returns in a social-media campaign",
            True,
        ),
        ("Council votes to expand the harbour ferry service", "The plan adds three stops along the river", False),
        ("Stadtrat stimmt für den Ausbau der Fähren am Hafen", "Der Plan sieht neue Haltestellen am Fluss vor", False),
    ],
)
def test_title_case_headline_over_sentence_case_standfirst(upper: str, lower: str, expected: bool) -> None:
    from search.cleaning.title import _title_case_over_sentence_case

    assert _title_case_over_sentence_case(upper, lower) is expected


def test_a_row_of_cells_is_no_headline() -> None:
    """A breadcrumb laid out as a table prints its cells apart by wide gaps."""
    from search.cleaning.patterns import cell_row

    assert cell_row("हिंदी न्यूज़    समाचार     देश")
    assert not cell_row("Council votes to expand harbour ferry service")
    page = f"  • Home\n\nNews    Transport     City\n\nCouncil votes to expand harbour ferry service\n\n{BODY}\n"
    assert clean_text(page).title == "Council votes to expand harbour ferry service"


def test_a_feed_of_alerts_filled_from_one_template_is_no_article_text() -> None:
    """Weather alerts printed one under the other above the headline are a feed, not the story's first paragraph."""
    counties = "Adams, Bedford, Blair, Cambria, Cumberland, Dauphin, Franklin, Fulton, Huntingdon, Juniata, Lebanon"
    alerts = "\n".join(
        f"Winter {'Weather Advisory' if n % 2 == 0 else 'Storm Watch'} issued March {2 + n % 2} at {n + 1}:39PM EST "
        f"expiring March {4 + n % 2} at 10:00PM EST in effect for: {counties}"
        for n in range(9)
    )
    headline = "Poll: most residents back the harbour ferry plan"
    page = (
        f"  • Home\n  • News\n\n9\nWeather Alerts\n\n{alerts}\n9\nWeather Alerts\n[  ] [Site] [Search]\n"
        f"{headline}\n\n\nJane Roe\n9:16 PM, Feb 27, 2015\n\n{BODY}\n"
    )
    cleaned = clean_text(page)
    assert cleaned.title == headline
    assert not any("Advisory" in p for p in cleaned.paragraphs)


def test_a_headline_of_two_sentences_in_title_case_is_no_prose() -> None:
    """'I Was Exposed To The Virus In Singapore. Here's What Their Response Looks Like.' ends in a full stop and has
    two sentences, but every long word is capitalised: a headline, not the story's first paragraph. A sentence-case
    line of the same length is prose."""
    headline = "I Was Exposed To The Virus In Singapore. Here's What Their Rapid Response Looks Like."
    lines = split_lines(f"{headline}\n\nI was exposed to the virus in Singapore, and here is what the response was.")
    assert not lines[0].is_prose
    assert lines[-1].is_prose
    editions = "Canada U.K. Australia Brazil España France Ελλάδα (Greece) India Italia 日本 (Japan) Maghreb Quebec"
    standfirst = "Singapore is lauded for its contact tracing and testing. But there's a cost."
    top = f"U.S. Edition\n\n{editions}\n\nCORONAVIRUS\n\n04/16/2020 10:31 am ET"
    page = f"{top}\n\n{headline}\n\n{standfirst}\n\nBy Jane Roe\n\n{BODY}\n"
    assert clean_text(page).title == headline


def test_the_writers_name_over_the_headline_is_no_short_headline() -> None:
    """'News June 18, 2019' / 'Aaron Colen' / the headline: the short line over the headline is the writer, whose
    name the page prints alone again under the picture; a short headline over its standfirst is printed once."""
    headline = "After the mayor berates the council, the crowd chants and the station cuts away from the speech"
    top = "News June 18, 2019\n\nJane Roe"
    page = f"{top}\n\n{headline}\n\n'There is a lot of news back there'\n\nJoe Doe/Getty Images\n\nJane Roe\n\n{BODY}\n"
    assert clean_text(page).title == headline


def test_a_headline_far_above_the_body_is_judged_by_the_byline_under_it(monkeypatch) -> None:
    """Between the headline with its byline and the story may lie a video player and a share menu of many
    lines: the scorer still sees the byline and the date under that far headline."""
    from search.cleaning import title

    seen: list[tuple[str, dict[str, float]]] = []
    real = title.title_candidates

    def spy(*args: object, **kwargs: object) -> list:
        out = real(*args, **kwargs)
        seen.extend((text, feats) for text, _, feats in out)
        return out

    monkeypatch.setattr(title, "title_candidates", spy)
    story = " ".join(["The council approved the ferry plan after a long debate on Tuesday, officials said."] * 3)
    share = "\n".join(f"  □ Share option {i}" for i in range(60))
    headline = "Ferry plan wins council approval after long debate"
    top = f"• News\n• Sport\n\n{headline}\n\nBy Jane Roe\nPublished Jun 05, 2026\n\n{share}\n"
    page = f"{top}\n{headline} Back to video\n\nLoading...\n\n‘A long wait’: harbour master\n\n{story}\n\n{story}\n"
    page += f"\nMost read\n\n 1. {headline}\n 2. Harbour fees rise again\n"
    clean_text(page)
    far = [feats for text, feats in seen if text == headline and feats["d_far"]]
    assert far and far[0]["meta_next"] == 1.0


def test_a_share_row_over_the_headline_is_never_the_headline() -> None:
    """'Print Email Facebook Twitter More' right above the headline, whose words the video caption that opens the
    story repeats: the headline is not a standfirst under the share row."""
    story = [
        "Video: WARNING: This video contains footage some viewers may find distressing. CCTV footage shows a "
        "council officer closing the harbour gate at night. (Daily Planet)",
        "Shocking video has emerged of a council officer closing the harbour gate on fishermen returning late.",
        "But the fishermen said that more damning than the closure was the handling of the matter by the council "
        "afterwards, which took months.",
        "It comes after a joint investigation by the paper which revealed other cases of gates closed early across "
        "the region this year.",
        "Despite the footage, senior officials deemed the officer's conduct was not serious enough for a formal "
        "warning to be issued by the board.",
    ]
    headline = "CCTV footage shows council officer closing harbour gate on returning fishermen"
    share = "Print Email Facebook Twitter More"
    head = ["  • Health\n  • Arts\n  • Analysis", share, headline, "By Jane Roe and John Doe"]
    page = "\n\n".join([*head, "Updated 45 minutes agoSun 20 Jan 2019, 9:44pm", *story, share])
    assert clean_text(page).title == headline


def test_a_caption_is_twinned_with_its_alt_text_in_either_order() -> None:
    """'Smoke over the square (Reuters)' / 'Smoke over the square': the caption with its credit may come before
    the picture's alt text; a headline under the lead picture whose alt text it is ('Headline [pic-640]') is
    still a headline."""
    from search.cleaning.lines import normalise_input
    from search.cleaning.meta_title import caption_twin

    def twin(text: str, k: int) -> bool:
        lines = split_lines(normalise_input(text))
        nonblank = [i for i, ln in enumerate(lines) if ln.text]
        return caption_twin(lines, nonblank, k)

    assert twin("Smoke over the main square at noon ()\nSmoke over the main square at noon\n", 1)
    assert twin("Smoke over the main square at noon\nSmoke over the main square at noon (Reuters)\n", 0)
    assert not twin("Council approves the new budget [wd640-o]\nCouncil approves the new budget\n", 1)
    # a count of comments after the headline's link: that line is the twin, the plain one the headline
    assert twin("Council approves the new budget 1\n\nCouncil approves the new budget\n", 0)
    assert not twin("Council approves the new budget 1\n\nCouncil approves the new budget\n", 1)


@pytest.mark.parametrize(
    ("line", "offer"),
    [
        ("Begleite uns — 30 Tage kostenlos Mehr über Krautreporter", True),
        ("Try it: 14 days free, then $5 a month", True),
        ("Council approves the new budget after 30 days of talks", False),
    ],
)
def test_a_trial_offer_is_no_headline(line: str, offer: bool) -> None:
    from search.cleaning.meta_title import not_a_headline

    assert not_a_headline(line) is offer


@pytest.mark.parametrize(
    ("line", "refused"),
    [
        (
            "The decision not to chew out Moon paid off big dividends immediately as his impact in the   Rumors: Who",
            True,
        ),
        ("Council Approves The Budget After A Long Debate At City Hall   Sports", False),  # a headline beside a cell
        ("The decision not to chew out Moon paid off big dividends immediately as his impact in the", False),
    ],
)
def test_a_paragraphs_line_cut_beside_another_columns_cell_is_no_headline(line: str, refused: bool) -> None:
    from search.cleaning.meta_title import not_a_headline

    assert not_a_headline(line) is refused


@pytest.mark.parametrize(
    ("line", "keywords"),
    [
        ("In this article: gear, github, internet, microsoft, private, services", True),
        ("Simicska Lajos, simicska, sivalkodás, fidesz, jobbik", True),  # no label: one item more
        ("Tags: Mali, Russia, Wagner", False),  # capitalised tags are tag_list_like's matter
        ("Cheap, fast, good: pick two", False),
        ("Mali, Russia, France, Niger sign a security pact", False),
        ("Bread, milk, eggs: what costs more this winter", False),
    ],
)
def test_a_row_of_lower_case_keywords_is_no_headline(line: str, keywords: bool) -> None:
    assert keyword_row(line) is keywords
    assert _is_candidate(line) is not keywords


@pytest.mark.parametrize(
    ("line", "meta_row"),
    [
        ("編集部編集部  - Google Chrome,ツール,ブラウザ 昨日, 09:00 pm", True),  # writer, tags, 'yesterday', time
        ("Jane Roe - Politics, Council Today, 14:11", True),
        ("Council meets at 9:30 to vote on the budget for 2024", False),
        ("Blast at 3:15 p.m. shakes the harbour district", False),
    ],
)
def test_a_row_ending_in_a_clock_time_is_no_headline(line: str, meta_row: bool) -> None:
    from search.cleaning.meta_title import not_a_headline

    assert not_a_headline(line) is meta_row


def test_a_close_call_goes_to_the_headline_over_its_shorter_subtitle(monkeypatch: pytest.MonkeyPatch) -> None:
    import search.cleaning.title as title_module

    head = "Sahelote is a seriously nostalgic indie, taking us back to 2001's Quito"
    sub = "With lots of football, coming next year"
    rows = "POPRZEDNI ARTYKUŁ Z WYDANIA NASTĘPNY ARTYKUŁ Z WYDANIA"
    prose = "The first-person game explores football's impact on the city and on the people who lived there. " * 3
    learned = {sub: 3.3, head: 3.2, rows: 3.2}  # the learned scorer's close call: the subtitle just ahead
    candidates = title_module.title_candidates

    def marked(*args: object, **kwargs: object) -> list[tuple[str, int, dict[str, float]]]:
        found = candidates(*args, **kwargs)
        for text, _, feats in found:
            feats["_test_score"] = learned.get(text, 0.0)
        return found

    monkeypatch.setattr(title_module, "title_candidates", marked)
    monkeypatch.setattr(title_module, "candidate_score", lambda feats: feats.get("_test_score", 0.0))
    art = "[Kids play football in the street in the key art]"
    page = "\n\n".join(["Gaming Post", head, sub, art, "By Jane Roe", "Published on May 12, 2023", prose, prose])
    assert clean_text(page).title == head
    # a row of links in capitals over the headline is no headline however close the call
    page = "\n\n".join(["Gaming Post", rows, sub, art, "By Jane Roe", "Published on May 12, 2023", prose, prose])
    assert clean_text(page).title == sub
    # nor is a line over a headline signed right under it (the last of a list of teasers)
    page = "\n\n".join(["Gaming Post", head, sub, "By Jane Roe", "Published on May 12, 2023", prose, prose])
    assert clean_text(page).title == sub


def test_a_row_of_links_between_bars_is_no_headline_over_the_story() -> None:
    prose = "The striker could earn a greater fortune in Madrid than in Manchester, his agent told reporters. " * 3
    page = "\n".join(
        [
            "Sahel Argus",
            "Breaking News",
            "Print Edition",
            "News | Opinion | Entertainment | Sport",
            "",
            "Ronaldo could earn greater fortune at Real",
            "",
            "30 December 2007, 12:38",
            "",
            prose,
            "",
            prose,
        ]
    )
    assert clean_text(page).title == "Ronaldo could earn greater fortune at Real"


def test_a_label_s_cell_before_the_headline_s_is_not_part_of_it() -> None:
    # a table row: the sidebar's label, a wide gap, then the headline in the article's cell
    header = (
        " More Breaking International     Council votes to expand harbour ferry service\n Sunday 30th December, 2007"
    )
    assert clean_text(_page(header)).title == "Council votes to expand harbour ferry service"
    forms = _variants("Ferry service   A guide to the new stops", split_suffix, strip_breadcrumb, norm_key, {})
    assert forms[0] == ("full", "A guide to the new stops")


@pytest.mark.parametrize(
    "caption",
    ["Ilustrasi mengupil", "Ilustración de la costa", "Ilustração da costa", "Illustrazione della costa"],
)
def test_the_word_for_illustration_marks_a_pictures_text_in_many_languages(caption: str) -> None:
    """A line naming an illustration in the page's language ('Ilustrasi …', Indonesian) counts as a picture's text
    for the headline scorer, as 'Illustration' and 'Photo' do."""
    from search.cleaning.meta_title import _IMAGE_RE

    assert _IMAGE_RE.search(caption)
    assert not _IMAGE_RE.search("Ilustrasikan masa depan")  # a longer word that opens the same way


def test_the_time_of_an_update_over_the_headline_is_no_short_headline() -> None:
    """'28. Juni 2025 - 16.03 Uhr' / 'Akt.: 29. Juni 2025 - 21.18 Uhr' / headline: the second line is the time of an
    update under the date, not a short headline over a standfirst."""
    header = (
        "Jane Roe\n\n28. Juni 2025 - 16.03 Uhr\n\nAkt.: 29. Juni 2025 - 21.18 Uhr\n\n"
        "Der 9. Juli naht: Gewerkschaften demonstrieren Stärke und Einheit gegenüber der Regierung"
    )
    assert clean_text(_page(header)).title == (
        "Der 9. Juli naht: Gewerkschaften demonstrieren Stärke und Einheit gegenüber der Regierung"
    )


def test_the_reading_time_over_the_headline_is_no_short_headline() -> None:
    """'Jane Roe' / 'Jan 3, 2018' / '7 min read' / headline: the reading time is page furniture, not a short
    headline over a standfirst."""
    header = "Jane Roe\n\nJan 3, 2018\n\n7 min read\n\nFlag Attributes in Android — How to Use Them"
    assert clean_text(_page(header)).title == "Flag Attributes in Android — How to Use Them"


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("Zur mobilen Ansicht wechseln »", False),  # a link with its arrow
        ("Solidify your Python web skills in two days at PyCon US 2013 »", False),
        ("Read the full report ›", False),
        ("« Nous sommes en guerre »", True),  # a quotation, closed by its guillemet
    ],
)
def test_a_link_ending_in_an_arrow_is_no_headline(line: str, headline: bool) -> None:
    from search.cleaning.meta_title import not_a_headline

    assert not_a_headline(line) is not headline


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Lire ce contenu en français", True),  # the same article in another language
        ("Read this article in English", True),
        ("Leia em Português", True),
        ("Diesen Artikel auf Englisch lesen", True),
        ("Read this story in full", True),  # a 'read more' link, not a language's
        ("Read in Moscow, the report was met with silence", False),
    ],
)
def test_a_link_to_the_article_in_another_language_is_furniture(line: str, furniture: bool) -> None:
    from search.cleaning.patterns import furniture_reason

    assert bool(furniture_reason(line)) is furniture


def test_a_headline_with_crumbs_in_front_gives_way_to_its_own_printing_under_it() -> None:
    """'InfoQ Homepage News Chrome's Never-Slow Mode' / 'HTML5' / "Chrome's Never-Slow Mode": the words in front
    are a breadcrumb whose separators the text browser dropped; a kicker with its colon is left alone, and so is a
    printing too far under the pick."""
    from search.cleaning.title import _headline_printed_without_crumbs

    headline = "Council votes to expand the harbour ferry service"
    for crumbs, gap, moved in [("Sahel Daily Homepage News", 1, True), ("Harbour:", 1, False), ("News", 6, False)]:
        text = f"{crumbs} {headline}\n\n" + "Transport\n\n" * gap + f"{headline}\n"
        lines, nonblank = _dump(text)
        cands = [(lines[i].text, i, {}) for i in nonblank]
        picked = _headline_printed_without_crumbs(lines, nonblank, cands, lines[0].text, 0)
        assert (picked == (headline, nonblank[-1])) is moved
    # the name alone after the story's first paragraph is a picture's caption, not the headline printed again
    headline = "Meet the harbour artist Jane Roe"
    prose = (
        "Jane Roe paints the ferries of the harbour, and this year her work fills the old customs house on the quay."
    )
    lines, nonblank = _dump(f"{headline}\n\nBy John Doe\n\n{prose}\n\nJane Roe\n")
    cands = [(lines[i].text, i, {}) for i in nonblank]
    assert _headline_printed_without_crumbs(lines, nonblank, cands, headline, 0) == (headline, 0)


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("HomeLatestBaseballFootballBasketballHockeyGolfSoccerThe Mourning AfterWrestling", False),
        ("McDonald's raises prices on its iPhone app and YouTube channel", True),  # one case turn per word
    ],
)
def test_a_menu_glued_without_spaces_is_no_headline(line: str, headline: bool) -> None:
    from search.cleaning.meta_title import not_a_headline

    assert not_a_headline(line) is not headline


def test_a_teaser_card_elsewhere_shows_which_line_is_the_headline() -> None:
    """Headline, a picture's caption, then the standfirst over the story; the 'Most read' list prints the same
    headline with the standfirst under it: the upper line is the headline, though the scorer liked the lower one."""
    from search.cleaning.title import _teaser_pair_elsewhere, page_keys

    headline = "Council wants a seasoned operator to run the harbour ferry"
    standfirst = "The transport office is seeking bids for a firm to manage its new ferry and keep it busy all year"
    text = (
        f"{headline}\n\nRendering of the ferry\nA rendering of the new ferry.\n(Council)\n\n{standfirst}\n\n"
        f"Story text here.\n\nMost read\n\n 1. Transport\n    {headline}\n    {standfirst}\n"
    )
    lines, nonblank = _dump(text)
    keys = page_keys(lines, nonblank)
    upper, lower = nonblank[0], nonblank[4]
    assert _teaser_pair_elsewhere(keys, nonblank, headline, upper, standfirst, lower)
    assert not _teaser_pair_elsewhere(keys, nonblank, standfirst, lower, headline, upper)
    label = text.replace(f"    {headline}\n    {standfirst}", f"    Transport\n    {standfirst}")  # a section label
    lines, nonblank = _dump(label.replace(headline, "Transport", 1))
    keys = page_keys(lines, nonblank)
    assert not _teaser_pair_elsewhere(keys, nonblank, "Transport", nonblank[0], standfirst, nonblank[4])


def test_a_bracketed_note_and_the_rows_of_a_fact_box_are_no_headline() -> None:
    """A review's headline over its byline, then a spec sheet ('Available Lengths: 178, 186 cm' …) and an editor's
    note in square brackets: the scorer liked a row and the note, each nearer the story; neither is a headline."""
    rows = "\n\n".join(
        [
            "Ski: 2021-2022 Line Outline, 186 cm",
            "Available Lengths: 178, 186 cm",
            "Stated Weight per Ski: 2030 grams",
            "Stated Dimensions: 150-117-142 mm",
            "Core: Paulownia/Maple + Fiberglass Laminate",
            "Factory Recommended Mount Point: -4.2 cm from center; 87.9 cm from tail",
            "Test Locations: Crested Butte, CO; Wasatch Range, UT",
            "Days Skied: ~12",
        ]
    )
    note = "[Note: Our review was conducted on the 19/20 Outline, which was not changed for 20/21, apart from art.]"
    prose = (
        "The Outline is a playful freeride ski with a soft flex pattern, and it turned out to be far more capable in "
        "steep and variable snow than its friendly feel on groomers would suggest to most of our reviewers."
    )
    text = f"  • Reviews\n  • Store\n\n2021-2022 Line Outline\n\nApril 9, 2019 by Luke Koppa\n\n{rows}\n\n{note}\n\n"
    page = clean_text(text + "\n\n".join([prose] * 4) + "\n")
    assert page.title == "2021-2022 Line Outline"


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # between rows of a spec sheet, and the sheet's first row
        ("Available Lengths: 178, 186 cm\n\n{line}\n\nCore: Paulownia/Maple\n", True),
        ("Council report\n\n{line}\n\nAvailable Lengths: 178, 186 cm\n\nCore: Paulownia/Maple\n", True),
        # a kicker's headline under teasers of the same shape, and one over its audio link and time stamp
        ("Kaiserschnitt: Letzte Chance für Kuh\n\nWasser: Wie viel säuft die Sau?\n\n{line}\n\nText.\n", False),
        ("AUDIO: Seltenes Ereignis (1 Min)\n\n{line}\n\nStand: 28.04.2023 16:11 Uhr\n\nText.\n", False),
    ],
)
def test_a_row_of_a_fact_box_is_told_from_a_kickers_headline(text: str, row: bool) -> None:
    from search.cleaning.meta_title import _field_table

    lines, nonblank = _dump(text.format(line="Stated Dimensions: 150-117-142 mm"))
    pos = next(k for k, i in enumerate(nonblank) if lines[i].text.startswith("Stated"))
    assert _field_table(lines, nonblank, {}, pos) is row


def test_the_brackets_of_an_empty_comment_form_do_not_push_the_headline_out_of_reach() -> None:
    """The headline and byline, then a comment form of sixty empty text fields ('[      ]', a line each) over the
    body: the window of candidates still opens above the headline, as the lines without a letter are not counted.
    Counting them put the headline out of reach on a real page, and a teaser under the form won."""
    from search.cleaning.meta_title import WINDOW_BEFORE, _window_top

    fields = ["Name(required) [                    ]", *["[                    ]"] * 60, "[Submit »]"]
    head = ["Publisher and retailer make peace over book pricing", "By Jane Roe", *fields, "December 18, 2014"]
    lines, nonblank = _dump("\n".join(head) + "\n\nThe publisher announced a settlement with the retailer.\n")
    body_pos = len(nonblank) - 1
    assert body_pos > WINDOW_BEFORE  # the fields alone would fill a window that counted them
    assert _window_top(lines, nonblank, body_pos) == 0
    words = [f"Line {k} of a menu" for k in range(WINDOW_BEFORE + 5)]
    lines, nonblank = _dump("\n".join(words) + "\n\nThe publisher announced a settlement with the retailer.\n")
    assert _window_top(lines, nonblank, len(nonblank) - 1) == len(nonblank) - 1 - WINDOW_BEFORE


def test_a_pictures_title_over_its_caption_is_no_headline_under_a_kicker() -> None:
    """Headline, then a picture's title and its caption (with the photographer's credit) over the byline: the
    picture's title is shorter than the headline and a long line follows it, as a short headline under a kicker
    has its standfirst; but a caption is no standfirst, so the headline stands."""
    headline = "Republican senator rips the governor over his State of the State speech"
    caption = (
        "Senator Michael Doherty, shown questioning a state Supreme Court justice during his June confirmation "
        "hearing, today ripped into the governor over his State of the State speech (Ed Murray/The Star-Ledger)"
    )
    prose = (
        "The governor's speech on Tuesday pushed one of the state's most conservative senators over the edge, "
        "leading to the harshest criticism of the governor from a member of his own party in years. "
    )
    head = ["  • News\n  • Politics", headline, f"State Supreme Court hearings\n{caption}\nPrint", "By Matt Friedman"]
    page = clean_text(story_page(head, prose))
    assert page.title == headline
    standfirst = "The senator says the governor sold himself to the voters as a reformer and then never changed a thing"
    kicker = clean_text(story_page(["  • News", "Trenton", "Senator rips the governor", standfirst * 2], prose))
    assert kicker.title == "Senator rips the governor"


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("Erstes Bild: So könnte die Duisburger Seilbahn aussehen", True),
        ("Neues Foto: Prinz William zeigt sich mit seinen drei Kindern", True),
        ("Die Stadt plant eine Seilbahn. Bild: Gebag", False),  # a caption with its credit
        ("Seilbahn über dem Hafen Foto: picture alliance / dpa / Bernd Thissen", False),
        ("Foto: Max Mustermann", False),
    ],
)
def test_a_kicker_that_names_a_picture_is_no_caption(line: str, headline: bool) -> None:
    """'Erstes Bild: So könnte …' ends like a caption's credit ('Bild: …'), but the credit is a clause of five
    words or more after a kicker of one or two words: a headline. A real credit still marks a caption."""
    from search.cleaning.meta_title import not_a_headline

    assert not_a_headline(line) is not headline


def test_a_headline_with_a_picture_kicker_is_not_passed_over_for_a_subheading() -> None:
    """The page's headline opens with 'Erstes Bild:'; read as a caption it was no candidate, and a subheading
    inside the story became the title and cut the paragraphs above it out of the body."""
    headline = "Erstes Bild: So könnte die Duisburger Seilbahn aussehen"
    subheading = "Seilbahn Duisburg: Haltestelle an der ehemaligen Richthalle und Trassenverlauf"
    prose = (
        "Die städtische Entwicklungsgesellschaft zeigt erste Visualisierungen der geplanten Seilbahn, die vom "
        "Hauptbahnhof bis zum neuen Quartier im Süden der Stadt führen soll. "
    )
    text = story_page(["  • Home\n  • Städte", headline, "08.03.2024, 18:59 Uhr", "Von Philipp Wahl"], prose)
    first, rest = text.split("Meanwhile, ", 1)
    page = clean_text(f"{first}{subheading}\n\nMeanwhile, {rest}")
    assert page.title == headline
    assert page.body.startswith("Die städtische")


def test_teaser_cards_of_picture_headline_and_date_are_no_headline() -> None:
    """Under the article's head, a 'Related Video' list of two cards, each a labelled picture, a headline and its
    date: the last card sat nearer the body than the article's headline and won. Two cards make a list; the
    article's headline stands. One card alone (a picture over a headline and its date) is not a list."""
    from search.cleaning.meta_title import _dated_picture_card

    headline = "Indonesia expands search for missing AirAsia jet, U.S. sends warship"
    cards = (
        "Related Video\n\nVideo[video_overlay_140]\n\nFamilies turn to prayer for missing AirAsia flight\n\n"
        "Mon, Dec 29 2014\nVideo[video_overlay_140]\n\nPope Francis prays for AirAsia missing plane, Greece ferry "
        "disaster\n\nSun, Dec 28 2014\n\nRelated Topics"
    )
    prose = (
        "Countries around Asia on Tuesday stepped up the search for an AirAsia plane carrying 162 people that is "
        "presumed to have crashed into the sea off Indonesia, as a U.S. warship joined the effort. "
    )
    head = ["  • Article\n  • Comments (0)", headline, "By Fergus Jensen", "JAKARTA Tue Dec 30, 2014 9:21am IST", cards]
    assert clean_text(story_page(head, prose)).title == headline
    lines, nonblank = _dump(cards)
    flags = {i: "date" for i in nonblank if lines[i].text.endswith("2014")}
    pos = next(k for k, i in enumerate(nonblank) if lines[i].text.startswith("Pope"))
    assert _dated_picture_card(lines, nonblank, flags, pos)
    one = cards.split("\nVideo[video_overlay_140]\n\nPope")[0]
    lines, nonblank = _dump(one)
    flags = {i: "date" for i in nonblank if lines[i].text.endswith("2014")}
    pos = next(k for k, i in enumerate(nonblank) if lines[i].text.startswith("Families"))
    assert not _dated_picture_card(lines, nonblank, flags, pos)


def test_a_title_case_headline_under_a_section_label_is_no_standfirst() -> None:
    """'Jun 3, 2014' / 'Sales/Marketing' / a headline in title case: a short line under the date over a longer one
    is a magazine's headline over its standfirst ('Treasure Island' / 'How TV serials achieved the status of art'),
    but a line in title case is a headline itself, and the short line over it its section's label."""
    prose = (
        "Jessica Livingston, a founding partner of a startup investor, said that founders tend to treat sales as "
        "an afterthought, and that the companies which do well are the ones that sell from the first day. "
    )
    head = ["  • Home\n  • Blogs", "1:26 pm ET\nJun 3, 2014", "Sales/Marketing"]
    headline = "Jessica Livingston: Why Startups Need to Focus on Sales, Not Marketing"
    page = clean_text(story_page([*head, headline, "  • Article\n  • Comments (23)"], prose))
    assert page.title == headline
    standfirst = "How founders learn to sell before they learn to market"
    page = clean_text(story_page([*head, standfirst, "  • Article\n  • Comments (23)"], prose))
    assert page.title == "Sales/Marketing"


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Some of the biggest states the president carried are poised to lose electoral votes. | AP Photo Close", True),
        ("The mayor at the opening of the bridge on Monday. Photo: Jane Roe Enlarge", True),
        ("The mayor at the opening of the bridge on Monday. (Reuters) Hide caption", True),
        ("Why the council voted to close", False),  # a headline ending on the verb
        ("Doors close", False),
    ],
)
def test_a_caption_keeps_its_credit_when_the_viewer_prints_its_button_after_it(line: str, caption: bool) -> None:
    """A picture viewer prints its button ('Close', 'Enlarge', 'Hide caption') after the caption's credit; the
    credit still ends the caption, so the caption is no headline (it won over '2012 map takes unfamiliar shape')."""
    from search.cleaning.patterns import caption_like

    assert caption_like(line) is caption
    assert _is_candidate(line) is not caption


def test_a_headline_over_its_comment_count_wins_over_a_shorter_standfirst() -> None:
    """Headline, then its comment count ('New, 74 comments'), then a shorter standfirst over the byline: the
    standfirst sat right over the byline and won; the count is printed under the headline, so the line over it is
    the headline, though longer than the line under the count, and opening with a brand in camel case."""
    headline = "iOS 13 will fix the FaceTime eye contact problem"
    prose = (
        "Apple is testing a feature that makes it look as though you are looking straight at the camera during a "
        "video call, even when your eyes are on the screen, according to testers of the new software. "
    )
    head = ["  • Tech\n  • iOS", headline, "New, 74 comments", "Fake eye contact for improved intimacy"]
    page = clean_text(story_page([*head, "By Jon Porter Jul 3, 2019, 4:22am EDT", "Share this story"], prose))
    assert page.title == headline


@pytest.mark.parametrize(
    ("text", "opens"),
    [("iOS 13 will fix the problem", True), ("eBay sells its stake in the firm", True), ("in other news", False)],
)
def test_a_headline_may_open_with_a_brand_in_camel_case(text: str, opens: bool) -> None:
    from search.cleaning.title import _opens_as_headline

    assert _opens_as_headline(text) is opens


@pytest.mark.parametrize(
    ("lower", "rival_score", "taken"),
    [
        ("Aussies seal series win in MCG draw", 2.1, True),
        ("Aussies seal series win in MCG draw", 1.5, False),  # too far behind the pick
        ("Architect and designer craft a majestic modern sanctuary in the desert for a family of five", 2.1, False),
        ("30 December 2014 10:01 Melbourne", 2.1, False),  # a dateline, no headline
        ("Facebook Icon Twitter Icon LinkedIn Icon", 2.1, False),  # the share buttons' names
    ],
)
def test_the_headline_under_the_picks_kicker_is_taken_though_not_the_runner_up(
    lower: str, rival_score: float, taken: bool
) -> None:
    """'CommBank Test Series v India' (a series' label, printed three times on the page) won over the headline right
    under it, which came third behind a teaser; the kicker check only looked at the runner-up. A headline under
    the pick's kicker is taken when it is a whole line within the margin, short, without the buttons' words and no
    dateline."""
    from search.cleaning.patterns import UI_WORDS  # the words the candidates' 'ui_any' feature counts
    from search.cleaning.title import _headline_under_kicker

    lines, nonblank = _dump(
        f"CommBank Test Series v India\n\n{lower}\n\nAndrew Ramsey\n\nHeroics from Johnson and Harris\n"
    )

    def feats(text: str) -> dict[str, float]:
        return {"ui_any": float(any(w.lower() in UI_WORDS for w in text.split()))}

    cands = [(lines[i].text, i, feats(lines[i].text)) for i in nonblank]
    scored = [(3.8, 0), (2.3, 3), (rival_score, 1), (0.5, 2)]
    found = _headline_under_kicker(lines, nonblank, cands, scored, nonblank[0])
    assert found == ((lower, nonblank[1]) if taken else None)


@pytest.mark.parametrize("notice", ["This article is more than 2 years old", "Sie lesen einen Artikel aus der Rubrik"])
@pytest.mark.parametrize("below", [True, False])
def test_a_note_on_the_articles_age_is_no_headline(notice: str, below: bool) -> None:
    """The page's note on the article's age or section, printed under the byline or over the headline, is a
    notice: the headline stays the headline and the note is dropped as a disclaimer."""
    head = ["Council approves the budget", "By Jane Roe", notice] if below else [notice, "Council approves the budget"]
    page = clean_text("\n\n".join(["  • Home\n  • World", *head, PROSE, PROSE2, PROSE3]))
    assert page.title == "Council approves the budget"
    assert ("disclaimer", notice) in {(d.reason, d.text) for d in page.dropped}


@pytest.mark.parametrize(
    "notice",
    [
        "This article is for subscribers only",
        "You have 3 free articles left this month",
        "Dieser Artikel ist nur für Abonnenten",
        "Ce contenu est réservé aux abonnés",
        "Diesen Artikel gibt es auch als Audio",
        "First published on Tue 12 Mar 2024 10.00 GMT",
    ],
)
@pytest.mark.parametrize("where", ["under the byline", "over the byline"])
def test_a_notice_or_date_under_a_short_headline_does_not_make_it_a_kicker(notice: str, where: str) -> None:
    """A short headline over a longer line reads like a kicker over its headline; a paywall's or player's notice,
    a date line or a byline is never the headline under it, and the headline's byline between them rules it out."""
    head = ["By Jane Roe", notice] if where == "under the byline" else [notice, "By Jane Roe"]
    page = clean_text("\n\n".join(["  • Home\n  • World", "Council approves the budget", *head, PROSE, PROSE2, PROSE3]))
    assert page.title == "Council approves the budget"
    assert page.paragraphs == [PROSE, PROSE2, PROSE3]


def test_a_kicker_over_a_longer_headline_still_gives_way_to_it() -> None:
    """The guards leave the kicker rule itself alone: 'Krieg in der Ukraine' over its headline is a label."""
    headline = "Ukrainische Gegenoffensive: Ziele, Chancen und Risiken"
    page = clean_text("\n\n".join(["  • Home\n  • World", "Krieg in der Ukraine", headline, PROSE, PROSE2, PROSE3]))
    assert page.title == headline
