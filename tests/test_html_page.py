"""Saved HTML pages: trafilatura's body and metadata, our fallbacks, no guessed dates."""

from __future__ import annotations

from pathlib import Path

import pytest

from search.cleaning.html import clean_html
from search.config import load_config
from search.entities import EntityMatcher
from search.ingest import article_from_file

PROSE = (
    "Malian Foreign Minister Abdoulaye Diop met Sergey Lavrov in Moscow on Wednesday, and the two men spoke "
    "at length about grain deliveries, fertiliser and the security situation across the Sahel region. "
)

PAGE = f"""<!doctype html><html lang="en"><head>
<title>Diop meets Lavrov in Moscow | The Sahel Post</title>
<meta property="og:title" content="Diop meets Lavrov in Moscow">
<meta property="og:site_name" content="The Sahel Post">
<meta name="author" content="AMINATA KONE; Staff Writer">
<meta property="article:published_time" content="2024-02-28T10:00:00Z">
<script>var tracking = "Read more nonsense";</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<article><h1>Diop meets Lavrov in Moscow</h1>
<p>{PROSE}</p>
<h2>Mutual support</h2>
<p>{PROSE.replace("Wednesday", "Thursday")}</p>
<p>{PROSE.replace("grain", "wheat")}</p>
</article>
<aside><p>Aminata Kone</p></aside>
<footer><p>© 2024 The Sahel Post. All rights reserved. Privacy Policy.</p></footer>
</body></html>"""


def _article(head: str, top: str = "", footer: str = "") -> str:
    """A saved page: ``head`` in <head>, then an article of ``top`` and two paragraphs, then ``footer``."""
    body = f"<p>{PROSE}</p><p>{PROSE.replace('Wednesday', 'Thursday')}</p>"
    return f"<html><head>{head}</head><body><article>{top}{body}</article>{footer}</body></html>"


def test_html_page_metadata_and_body() -> None:
    page = clean_html(PAGE)
    assert page.title == "Diop meets Lavrov in Moscow"
    assert page.outlet == "The Sahel Post"
    assert page.date == "2024-02-28"
    assert page.author == "Aminata Kone"
    assert page.lang == "en"
    assert "Mutual support" in page.paragraphs
    assert page.paragraphs.index("Mutual support") in page.headings
    assert page.paragraphs[0].startswith("Malian Foreign Minister")
    body = page.body
    for junk in ("Home", "All rights reserved", "tracking", "Privacy Policy"):
        assert junk not in body


def test_html_without_metadata_states_none() -> None:
    page = clean_html(f"<html><body><p>{PROSE}</p><p>{PROSE}</p></body></html>")
    assert page.date is None
    assert page.author is None
    assert "Abdoulaye Diop" in page.body


def test_html_with_only_script_and_style_gives_an_empty_body() -> None:
    page = clean_html("<html><head><style>p{}</style><script>alert(1)</script></head><body></body></html>")
    assert page.body == ""


def test_htm_files_are_read_as_html(tmp_path: Path) -> None:
    path = tmp_path / "page.htm"
    path.write_text(PAGE, encoding="cp1252")
    config = load_config()
    article = article_from_file(path, config, EntityMatcher(config.entities))
    assert article.title == "Diop meets Lavrov in Moscow"
    assert {m.name for m in article.entities} >= {"Sergey Lavrov", "Abdoulaye Diop", "Moscow", "Sahel"}


def test_html_headline_is_the_h1_and_the_printed_byline_and_date_win_over_metadata() -> None:
    body = "".join(f"<p>Paragraph {i}: the ministers met in Moscow and agreed on grain.</p>" for i in range(6))
    page = clean_html(
        "<html><head><title>Ministers meet in Moscow | The Sahel Post</title>"
        '<meta property="og:title" content="Ministers meet in Moscow | The Sahel Post">'
        '<meta name="author" content="sahelpost-admin">'
        '<meta property="article:published_time" content="2024-03-01T01:00:00Z">'
        "</head><body><article><h1>Ministers meet in Moscow</h1>"
        "<p>By Jean Dupont</p><p>29 February 2024</p>"
        f"{body}</article></body></html>"
    )
    assert page.title == "Ministers meet in Moscow"
    assert page.author == "Jean Dupont"
    assert page.date == "2024-02-29"


def test_html_metadata_author_must_read_as_names() -> None:
    body = "".join(f"<p>Paragraph {i}: the ministers met in Moscow and agreed on grain.</p>" for i in range(6))
    page = clean_html(
        "<html><head><title>Ministers meet</title>"
        '<meta name="author" content="Sahel Post Digital Newsroom Team"></head>'
        f"<body><article><h1>Ministers meet</h1>{body}</article></body></html>"
    )
    assert page.author is None


def test_html_text_with_a_late_charset_declaration_has_no_mojibake() -> None:
    # The <meta charset> comes after the <title>: the headline and byline must still read as written.
    page = clean_html(
        _article(
            '<title>Goïta empfängt Lawrow in Bamako | Die Sahel-Zeitung</title><meta charset="utf-8">',
            "<h1>Goïta empfängt Lawrow in Bamako</h1><p>Von Jürgen Müller</p>",
        )
    )
    assert page.title == "Goïta empfängt Lawrow in Bamako"
    assert page.author == "Jürgen Müller"
    assert "Ã" not in repr(page)


def test_html_title_loses_the_site_name_but_not_a_headline_part() -> None:
    head = '<meta property="og:site_name" content="{site}"><title>{title}</title>'
    cases = [
        ("SAHELMAGAZIN", "SAHELMAGAZIN | Diop meets Lavrov in Moscow", "Diop meets Lavrov in Moscow"),
        ("sahelpost.de", "Diop meets Lavrov in Moscow | SAHELPOST.DE", "Diop meets Lavrov in Moscow"),
        ("Sahel Post", "Sahel Post readers ask Diop about Lavrov", "Sahel Post readers ask Diop about Lavrov"),
    ]
    for site, title, expected in cases:
        page = clean_html(_article(head.format(site=site, title=title)))
        assert page.title == expected, (site, title)


def test_html_title_loses_a_section_the_page_prints_as_a_crumb() -> None:
    head = (
        '<meta property="og:site_name" content="Sahel Post"><title>Diop meets Lavrov - {section} - Sahel Post</title>'
    )
    crumbs = "<div><a href='/'>World</a> &gt; <a href='/w'>News</a></div>"
    page = clean_html(_article(head.format(section="World"), crumbs))
    assert page.title == "Diop meets Lavrov"
    # a last part that no crumb names stays part of the headline
    page = clean_html(_article(head.format(section="and Wang Yi"), crumbs))
    assert page.title == "Diop meets Lavrov - and Wang Yi"


def _page_with_author(meta_author: str, byline: str) -> str:
    return _article(
        '<title>Diop meets Lavrov in Moscow</title><meta property="og:site_name" content="The Sahel Post">'
        f'<meta name="author" content="{meta_author}">',
        f"<h1>Diop meets Lavrov in Moscow</h1>{byline}",
        "<footer><p>Aminata Kone writes for The Sahel Post.</p></footer>",
    )


def test_html_metadata_author_loses_the_site_name_glued_to_it() -> None:
    page = clean_html(_page_with_author("Aminata Kone The Sahel Post", ""))
    assert page.author == "Aminata Kone"


def test_html_metadata_author_loses_the_section_label_printed_under_the_name() -> None:
    """The metadata author read across the label under the writer's name ('Kelly Sheridan News')."""
    from search.cleaning.html import _meta_names

    assert _meta_names("Aminata Kone News", []) == ["Aminata Kone"]
    assert _meta_names("Aminata Kone", []) == ["Aminata Kone"]  # two words stay
    assert _meta_names("– Tue Aug", []) == []  # a date's day and month
    assert _meta_names("Theresa May", []) == ["Theresa May"]
    assert _meta_names("Kevork Djansezian; File", []) == []  # a file photo's credit
    # the site's name with its article, where the brand is read without it
    assert _meta_names("The Honolulu Advertiser", ["Honolulu Advertiser"]) == []
    assert _meta_names("Theo Advertiser", ["Advertiser"]) == ["Theo Advertiser"]


def test_html_printed_byline_with_more_people_beats_the_metadata() -> None:
    page = clean_html(_page_with_author("Aminata Kone", "<p>By Aminata Kone and Moussa Traoré</p>"))
    assert page.author == "Aminata Kone, Moussa Traoré"


def test_a_headline_that_mentions_a_brand_word_is_not_taken_for_the_site_name() -> None:
    from search.cleaning.html import _without_site

    title = "Ministers meet in Moscow | The Sahel Post"
    assert _without_site(title, ["Moscow", None]) == title
    assert _without_site(title, ["The Sahel Post"]) == "Ministers meet in Moscow"
    assert _without_site("Sahel Post Moscow | Ministers meet", ["Sahel Post"]) == "Ministers meet"


def test_a_logo_or_interface_label_in_the_metadata_title_is_no_headline() -> None:
    for junk in ("SAHEL Sahel Post Logo", "Follow us on Twitter"):
        page = clean_html(
            _article(f'<meta property="og:title" content="{junk}"><title>Diop meets Lavrov in Moscow</title>')
        )
        assert page.title == "Diop meets Lavrov in Moscow", junk


def _page_with_h1(meta_title: str, h1: str) -> str:
    return _article(f'<meta property="og:title" content="{meta_title}"><title>{meta_title}</title>', f"<h1>{h1}</h1>")


def test_the_one_h1_on_the_page_beats_a_metadata_title_written_for_search_engines() -> None:
    page = clean_html(_page_with_h1("Best Sahel travel tips 2024 - Guide", "How to cross the Sahel safely"))
    assert page.title == "How to cross the Sahel safely"


def test_an_h1_with_a_kicker_in_front_of_the_metadata_title_gives_the_metadata_title() -> None:
    page = clean_html(_page_with_h1("Diop meets Lavrov in Moscow", "Diplomacy | Diop meets Lavrov in Moscow"))
    assert page.title == "Diop meets Lavrov in Moscow"


def test_the_page_text_is_laid_out_as_a_text_browser_prints_it() -> None:
    """The text rules that read bylines, dates and menus on saved pages see bullets and paragraph breaks."""
    from search.cleaning.html import _render

    text, h1s, title = _render(
        "<html><head><title>T</title></head><body><ul><li><a href='/'>Home</a></li><li>World</li></ul>"
        "<h1>Council approves the budget</h1><p>By <a href='/a'>Jane Roe</a></p><p>First paragraph.</p>"
        "<p>Second <b>paragraph</b>.</p></body></html>"
    )
    assert "  • Home\n  • World\n" in text
    assert "\n\nCouncil approves the budget\n\nBy Jane Roe\n\nFirst paragraph.\n\nSecond paragraph.\n" in text
    assert h1s == ["Council approves the budget"] and title == "T"


def test_html_metadata_author_takes_the_spelling_the_page_prints() -> None:
    page = clean_html(_page_with_author("Aminata C Kone", "<p>Story: Aminata C. Kone, Bamako</p>"))
    assert page.author == "Aminata C. Kone"


def test_html_metadata_author_that_is_a_site_address_is_no_name() -> None:
    page = clean_html(_page_with_author("Wien Orf", "<p>Quelle: wien.ORF.at/Agenturen</p>"))
    assert page.author is None


@pytest.mark.parametrize("account", ["Sahel Post", "Sahel Media Inc", "Sahelpost De"])
def test_html_metadata_author_that_names_the_site_or_a_company_is_no_byline(account: str) -> None:
    page = clean_html(_page_with_author(account, ""))
    assert page.author is None


def test_html_metadata_author_that_is_the_copyright_holder_is_no_writer() -> None:
    """'Condé Nast, Scott Gilbertson' in the metadata, '© 2024 Condé Nast' in the footer: the publisher goes."""
    page = clean_html(
        _article(
            '<title>Diop meets Lavrov in Moscow</title><meta property="og:site_name" content="The Sahel Post">'
            '<meta name="author" content="Sahara Verlag, Aminata Kone">',
            "<h1>Diop meets Lavrov in Moscow</h1>",
            "<footer><p>Aminata Kone writes for The Sahel Post.</p>"
            "<p>© 2024 Sahara Verlag. All rights reserved.</p></footer>",
        )
    )
    assert page.author == "Aminata Kone"


def test_html_metadata_author_alone_who_holds_the_copyright_is_the_writer() -> None:
    """A personal blog: '© 2024 Jane Roe' below a post the metadata says she wrote."""
    page = clean_html(
        _article(
            '<title>Diop meets Lavrov in Moscow</title><meta property="og:site_name" content="Sahel Notebook">'
            '<meta name="author" content="Jane Roe">',
            "<h1>Diop meets Lavrov in Moscow</h1>",
            "<footer><p>© 2024 Jane Roe</p></footer>",
        )
    )
    assert page.author == "Jane Roe"


def test_html_metadata_author_the_page_never_prints_is_no_byline() -> None:
    page = clean_html(_page_with_author("Moussa Traoré", ""))
    assert page.author is None  # the metadata names someone the reader never sees


def test_a_writers_name_the_text_rules_took_for_the_brand_still_counts_as_a_byline() -> None:
    from search.cleaning.html import _brands_for_byline

    brands = ["LRT", "Povilas Aleksandravičius", "LRT.lt"]
    assert _brands_for_byline(brands, "Povilas Aleksandravičius") == ["LRT", "LRT.lt"]
    assert _brands_for_byline(["Le Monde", "Le Monde", None], "Le Monde") == ["Le Monde", "Le Monde", None]


@pytest.mark.parametrize(
    ("meta_author", "box"),
    [
        ("Aminata Kone SahelPost Staff", "<p>By Aminata Kone</p><aside><p>Aminata Kone SahelPost Staff</p></aside>"),
        ("Interview Aminata Kone", "<p>Interview: Aminata Kone</p>"),  # a label before the name
    ],
)
def test_html_printed_byline_beats_the_metadata_form_with_more_glued_on(meta_author: str, box: str) -> None:
    page = clean_html(_page_with_author(meta_author, box))
    assert page.author == "Aminata Kone"


def test_html_body_that_is_a_fragment_of_the_printed_article_gives_way_to_the_text_rules(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import trafilatura

    from search.cleaning import html as html_module

    real = trafilatura.bare_extraction

    class Fragment:
        """trafilatura's result when it keeps only a teaser of the article."""

        def __init__(self, doc: object) -> None:
            self._doc = doc
            self.body = None
            self.text = "Malian Foreign Minister Abdoulaye Diop met Sergey Lavrov."

        def __getattr__(self, name: str) -> object:
            return getattr(self._doc, name)

    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *a, **k: Fragment(real(*a, **k)))
    monkeypatch.setattr(html_module, "MIN_TEXT_WORDS", 20)
    paragraphs = [
        PROSE,
        "Officials in Bamako said the agreement covers fuel as well as grain, and that the first ships are due in May.",
        "Critics of the junta warned that the deal ties the country more closely to Moscow than ever before.",
    ]
    page = clean_html(
        _article("<title>Diop meets Lavrov</title>", "<h1>Diop meets Lavrov</h1>").replace(
            f"<p>{PROSE}</p>", "".join(f"<p>{p}</p>" for p in paragraphs), 1
        )
    )
    assert paragraphs[1] in page.paragraphs and paragraphs[2] in page.paragraphs


def _with_meta_author(meta_author: str, top: str = "", footer: str = "") -> str:
    """An article whose metadata names ``meta_author``, with ``top`` under its headline and ``footer`` below."""
    head = f'<title>Diop meets Lavrov in Moscow</title><meta name="author" content="{meta_author}">'
    return _article(head, f"<h1>Diop meets Lavrov in Moscow</h1>{top}", footer)


@pytest.mark.parametrize(
    ("meta_author", "top", "footer", "expected"),
    [
        # printed with a middle initial: the printed form
        ("Aminata Kone", "", "<footer><p>(Aminata B. Kone)</p></footer>", "Aminata B. Kone"),
        # Hangul or Han names are written without spaces
        ("배윤경; 이상현", "<p>배윤경 기자 이상현 기자</p>", "", "배윤경, 이상현"),
        # a closing initial keeps its full stop
        ("Aminata Kone C.", "", "<footer><p>Aminata Kone C.</p></footer>", "Aminata Kone C."),
    ],
)
def test_html_metadata_author_as_the_page_prints_it(meta_author: str, top: str, footer: str, expected: str) -> None:
    assert clean_html(_with_meta_author(meta_author, top, footer)).author == expected


def test_html_metadata_author_that_is_a_company_is_no_byline_even_when_printed() -> None:
    page = clean_html(
        _page_with_author("Merit Designs Consulting Group", "<p>Web design by Merit Designs Consulting Group</p>")
    )
    assert page.author is None


@pytest.mark.parametrize("account", ["Kibaru Cyber Media", "PT Kibaru Warta Baru"])
def test_a_printed_byline_beats_a_metadata_author_that_is_a_company(account: str) -> None:
    """The metadata names the publishing company ('Kompas Cyber Media', 'PT.Viva Media Baru'), which the footer
    prints; the page's byline names the writer."""
    page = clean_html(
        _article(
            f'<title>Diop meets Lavrov in Moscow</title><meta name="author" content="{account}">',
            "<h1>Diop meets Lavrov in Moscow</h1><p>By Aminata Kone</p>",
            f"<footer><p>Copyright 2016 {account}</p></footer>",
        )
    )
    assert page.author == "Aminata Kone"


def test_an_h1_that_is_the_sites_longer_name_is_no_headline() -> None:
    """The page's one <h1> is the masthead ('Sahel Voices Online' of the site 'SahelVoices'); the headline is the
    <title> after the site's name."""
    page = clean_html(
        "<html><head><title>Sahel Voices Online &raquo; Mali: Diop meets Lavrov in Moscow</title>"
        '<meta property="og:site_name" content="SahelVoices"></head><body><h1 id="site-title">Sahel Voices Online</h1>'
        f'<h2 class="post-title">Mali: Diop meets Lavrov in Moscow</h2><article><p>{PROSE}</p></article></body></html>'
    )
    assert page.title == "Mali: Diop meets Lavrov in Moscow"


def test_html_metadata_naming_the_headline_as_the_site_keeps_the_headline() -> None:
    headline = "Ministers meet in Moscow as grain talks go on. The Sahel waits for an answer on fuel prices"
    body = "".join(f"<p>Paragraph {i}: the ministers met in Moscow and agreed on grain.</p>" for i in range(6))
    page = clean_html(
        f"<html><head><title>{headline} | Sahel Post</title>"
        f'<meta property="og:site_name" content="{headline}">'
        "</head><body><ul><li><a href='/a'>Markets close higher as oil prices ease after the long weekend</a></li>"
        "<li><a href='/b'>Economy avoided a recession this year, what comes in the next one</a></li></ul>"
        f"<article><h1>{headline}</h1><p>By Jean Dupont</p>{body}</article></body></html>"
    )
    assert page.title == headline


def test_html_metadata_author_taken_from_a_menu_of_other_stories_loses_to_the_byline() -> None:
    body = "".join(f"<p>Paragraph {i}: the ministers met in Moscow and agreed on grain.</p>" for i in range(6))
    menu = (
        "<ul><li>Politics<p>Government-funding bill heads to the desk</p><p>Dan Roe</p></li>"
        "<li>Business<p>How a shutdown could have saved the city</p><p>Joshua Green</p></li></ul>"
    )
    page = clean_html(
        '<html><head><title>Ministers meet in Moscow</title><meta name="author" content="Dan Roe"></head>'
        f"<body>{menu}<article><h1>Ministers meet in Moscow</h1><p>By Jane Doe</p>{body}</article></body></html>"
    )
    assert page.author == "Jane Doe"


def test_html_laid_out_with_tables_in_tables_reads_its_columns_one_after_the_other() -> None:
    nav = "".join(f"<tr><td>Section {n}</td></tr>" for n in range(12))
    side = "".join(f"<p>Other headline number {n} about the port and the ferries</p>" for n in range(8))
    story = "".join(
        f"<p>Paragraph {i}: the ministers met in Moscow on Monday and agreed on a grain corridor, officials said.</p>"
        for i in range(6)
    )
    headline = "Ministers agree on a grain corridor in Moscow"
    page = clean_html(
        "<html><head><title>Sahel Times</title></head><body><table><tr>"
        f"<td><table>{nav}</table></td>"
        f"<td><b>Nation</b> 01-14-2008 15:45<br><font size=4>{headline}</font>{story}</td>"
        f"<td>{side}</td></tr></table></body></html>"
    )
    assert page.title == headline  # not 'Section 0  Ministers agree …', the menu's cell beside it
    assert page.date == "2008-01-14"


def test_html_a_single_table_keeps_its_rows_on_one_line() -> None:
    from search.cleaning.html import _linear_tables

    row = "<table><tr><td>Writer : Jane Roe</td><td>Editor : John Doe</td></tr></table>"
    assert _linear_tables(row) == row
    nested = f"<table><tr><td>{row}</td></tr></table>"
    assert "<td" not in _linear_tables(nested) and "<table" not in _linear_tables(nested)


def test_html_a_section_s_label_as_title_and_h1_gives_way_to_the_story_s_headline() -> None:
    menu = "<ul><li><a href='/f'>Football</a></li><li><a href='/c'>Cricket</a></li></ul>"
    top = "<h1>Football</h1><p><b>Diop signs for Derby County</b></p><p>By Jane Roe</p>"
    page = clean_html(_article("<title>Football</title>", menu + top))
    assert page.title == "Diop signs for Derby County"
    # a short headline no menu lists stays, whatever line the text rules read
    story = "<h1>India in control</h1><p><b>Diop signs for Derby County</b></p><p>By Jane Roe</p>"
    page = clean_html(_article("<title>India in control</title>", story))
    assert page.title == "India in control"
    # a short headline that the text rules read too stays
    page = clean_html(_article("<title>History buffs</title>", "<h1>History buffs</h1><p>By Jane Roe</p>"))
    assert page.title == "History buffs"
    # a Chinese headline's words are not counted by its spaces
    from search.cleaning.html import _section_label

    assert _section_label("UA Sports", "Devils on cloud nine after surprising start")
    assert not _section_label("巴马科 部长会见", "热点：马里外长会见  拉夫罗夫  莫斯科会谈● 双边合作")


def test_the_title_tag_wins_over_a_widgets_h1_taken_for_the_title() -> None:
    """Metadata that took a widget's <h1> ('Sponsored Links') gives way to the <title>, which opens with the
    story's <h1>; a metadata title that is the story's own <h1> stays."""
    from search.cleaning.html import _title_tag_over_widget

    h1s = ["Bay Area DUI Arrests Down", "Sponsored Links", "Most Popular"]
    tag = "Bay Area DUI Arrests Down - News Story - KNTV"
    assert _title_tag_over_widget("Sponsored Links", tag, h1s) == tag
    assert _title_tag_over_widget("Bay Area DUI Arrests Down", tag, h1s) == "Bay Area DUI Arrests Down"
    assert _title_tag_over_widget("Sponsored Links", "Sponsored Links - KNTV", h1s) == "Sponsored Links"


def test_a_title_that_shares_no_word_with_the_lead_gives_way_to_the_text_rules_headline() -> None:
    """The site's own <title> ('El Paso/Las Cruces News, Weather, Sports and Entertainment - KDBC 4') shares no word
    with the article's first paragraphs; the headline the text rules read shares several: that one is the story's.
    A title sharing a word with the lead, or a text headline sharing fewer than two, leaves the title as it is."""
    from search.cleaning.html import _story_headline

    site = "El Paso/Las Cruces News, Weather, Sports and Entertainment - KDBC 4"
    story = "More flights, fewer crashes mark 2007 as good year for aviation safety"
    lead = ["Airlines flew more flights than ever in 2007, and the year was one of the safest for aviation on record."]
    assert _story_headline(site, story, lead) == story
    assert _story_headline("Aviation news - KDBC 4", story, lead) == "Aviation news - KDBC 4"
    assert _story_headline(site, "Good year for travellers", lead) == site


def test_a_title_that_is_the_printed_headline_and_a_tail_after_a_separator_is_the_headline() -> None:
    """'Moon Learns From His Mistake - HOOPSWORLD' where the page prints 'Moon Learns From His Mistake' (and no <h1>):
    the section or site after the separator goes; a headline's second part after a colon stays."""
    from search.cleaning.html import _shown_headline

    assert _shown_headline("Moon Learns - HOOPSWORLD", "Moon Learns", []) == "Moon Learns"
    assert _shown_headline("Lavrov: Counterterrorism efforts succeed", "Lavrov", []) == (
        "Lavrov: Counterterrorism efforts succeed"
    )


def test_a_title_sharing_a_stem_with_the_lead_stays() -> None:
    """'Cyberattaques des hôpitaux : que veulent les hackers ?' over a lead about 'une cyberattaque': the title shares
    the word's stem with the lead, so the text rules' line does not replace it."""
    from search.cleaning.html import _story_headline

    title = "Cyberattaques des hôpitaux : que veulent les hackers ?"
    lead = ["Le 20 août 2022, le Centre Hospitalier Sud Francilien de Corbeil a été victime d'une cyberattaque."]
    assert _story_headline(title, "Le Centre Hospitalier Sud Francilien de Corbeil", lead) == title


HEADLINE = "Diop meets Lavrov in Moscow"


@pytest.mark.parametrize(
    ("title", "masthead", "named"),
    [
        (f"Bamako Notes - {HEADLINE}", "Bamako Notes", True),
        (f"{HEADLINE}：Bamako Notes", "Bamako Notes", True),
        (f"Bamako Notes - {HEADLINE}", "Latest stories", False),  # not printed at the top: maybe a kicker
        (f"«Bamako Notes» - {HEADLINE}", "«Bamako Notes»", False),  # a quotation is the headline's kicker
    ],
)
def test_a_page_without_a_site_name_in_its_metadata_takes_the_one_its_title_and_masthead_give(
    title: str, masthead: str, named: bool
) -> None:
    """No og:site_name: the part of the <title> beside the headline is the site's name when the page prints it
    alone at its top (its masthead), over the copyright line of the company that hosts the page; the headline
    stays the headline."""
    html = (
        f"<html><head><title>{title}</title></head><body><header><p>{masthead}</p></header>"
        f"<article><h1>{HEADLINE}</h1><p>{PROSE}</p><p>{PROSE.replace('Wednesday', 'Thursday')}</p></article>"
        "<footer><p>Copyright © 2024 Sahel Hosting Services. All rights reserved.</p></footer></body></html>"
    )
    page = clean_html(html)
    assert page.title == HEADLINE
    assert ("Bamako Notes" in (page.outlet or "")) is named


def test_the_headline_is_never_the_site_name_even_under_a_logo_heading() -> None:
    """The site's logo as the page's <h1> and the headline under it: the <title>'s headline part is the headline,
    however the logo makes the other part look like one."""
    html = (
        f"<html><head><title>{HEADLINE} - Bamako Notes</title></head><body><header><h1>Bamako Notes</h1></header>"
        f"<article><h2>{HEADLINE}</h2><p>{PROSE}</p><p>{PROSE.replace('Wednesday', 'Thursday')}</p></article>"
        "<footer><p>Copyright © 2024 Sahel Hosting Services. All rights reserved.</p></footer></body></html>"
    )
    page = clean_html(html)
    assert page.outlet != HEADLINE
    assert page.title == HEADLINE
