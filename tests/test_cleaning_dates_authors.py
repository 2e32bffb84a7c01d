"""Date and byline extraction: many formats and languages, published vs updated, lists, glued text."""

from __future__ import annotations

import pytest

from search.cleaning import bylines, clean_text
from search.cleaning.bylines import (
    is_bare_by,
    name_like,
    parse_byline,
    parse_name_line,
    split_names,
    without_outlet_tail,
)
from search.cleaning.dates import find_dates, first_date, has_time_of_day, is_clock_line
from search.cleaning.lines import split_lines
from search.cleaning.meta_author import author_box, name_over_role
from search.cleaning.meta_date import closing_date_line, labelled_date_after
from tests.story_pages import numbered_paragraphs

PROSE = (
    "The city council approved the new budget on Tuesday after a long debate about schools, roads and "
    "the future of public transport in the region, officials said in a statement."
)
PROSE2 = (
    "Opposition members argued that the plan would raise taxes for families while doing little for the "
    "neighbourhoods that need help most, and they promised to keep fighting it."
)
PROSE3 = (
    "The treasurer said the figures would be released in the coming weeks and defended the forecasts, while local "
    "groups welcomed the extra money for clinics and said they would watch how it is spent."
)


def _page(*parts: str) -> str:
    return "\n\n".join(parts)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("December 15, 20163:33 PM ET", "2016-12-15"),
        ("by Gotham TimesNovember 21, 202501747", "2025-11-21"),  # the views' count glued to the year
        # published and updated dates glued together by a blog theme
        ("20 janvier 202020 janvier 2020évaluation, HCERES 0 Comment", "2020-01-20"),
        ("28. Juli 201928. Juli 2019", "2019-07-28"),
        ("30.01.202430. Januar 2024", "2024-01-30"),  # the numeric date glued to its written-out twin
        ("12.03.202412.03.2024", "2024-03-12"),
        ("Posted on 2019年4月13日 by doumae", "2019-04-13"),
        ("1 Декабря 2020 14:02", "2020-12-01"),
        ("12. MÄR 2025 18:03", "2025-03-12"),  # the German abbreviation (CLDR 'Mär')
        ("April 10, 20233 years Dizindaba 142 Views", "2023-04-10"),  # the year glued to the age of the story
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
        ("13 gusht 2020, 09:08", "2020-08-13"),  # month names of every CLDR locale, inside whole dates
        ("الجمعة 8 فيفري 2019", "2019-02-08"),
        ("Συνελήφθη 19 Αυγούστου 2020", "2020-08-19"),
        ("19:35 | 10 Ιαν. 2020", "2020-01-10"),  # Greek and Russian three-letter abbreviations
        ("3 июн. 2021", "2021-06-03"),
        ("ora: 11:15, 09 iun 2013 [vizite] 1428", "2013-06-09"),  # Romanian and Hungarian abbreviations
        ("2017. jún. 2. 20:48", "2017-06-02"),
        ("Lydia Dishman 05.24.16 5:42 AM", "2016-05-24"),  # a two-digit year behind a name, with its clock time
        ("Por Jane Roe em 20:47 de 25/06/19", "2019-06-25"),  # the clock time before the two-digit-year date
    ],
)
def test_more_date_formats(text: str, iso: str) -> None:
    assert first_date(text) == iso


def test_month_without_day_or_year_is_no_date() -> None:
    assert find_dates("may 3") == []
    assert find_dates("Ratio 3:45 of 05/06/19 users") == []  # a time then a fraction inside running text
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


def test_an_abbreviated_update_label_marks_the_update() -> None:
    """'28. Juni 2025 - 16.03 Uhr' / 'Akt.: 29. Juni 2025 - 21.18 Uhr': 'Akt.' is short for 'aktualisiert'."""
    page = clean_text(
        _page(
            "Politik",
            "Jane Roe",
            "28. Juni 2025 - 16.03 Uhr",
            "Akt.: 29. Juni 2025 - 21.18 Uhr",
            "Gewerkschaften demonstrieren Stärke und Einheit gegenüber der Regierung",
            PROSE,
            PROSE2,
        )
    )
    assert page.date == "2025-06-28"


def test_a_date_indented_deep_by_the_text_browser_is_read() -> None:
    # a table cell far to the right: the dump prints almost 500 spaces before the date, its time and the writer
    pad = " " * 495
    head = "\n".join(f"{pad}{cell}" for cell in ("News", "5/24/2016", "02:05 PM", "Jane Roe"))
    page = clean_text(_page(head, "Council passes budget after marathon session", PROSE, PROSE2, PROSE3))
    assert page.date == "2016-05-24"


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


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Byby JOSH HASKELL, DAVID CAPLAN and PATRICK REEVELL", ["Josh Haskell", "David Caplan", "Patrick Reevell"]),
        ("Wednesday January 18, 2017 10:44 am PST by Juli Clover", ["Juli Clover"]),
        ("Von: Adrian Padeanu", ["Adrian Padeanu"]),
        ("Ein Artikel von Pamela Sladky | 27.01.2022 - 12:45", ["Pamela Sladky"]),
        ("Von [ef7] Lisa Borch", ["Lisa Borch"]),
        ("Domenica 19 Aprile 2020 di Carla Massi", ["Carla Massi"]),
        ("Автор: Віталій Шабунін", ["Віталій Шабунін"]),
        ("von Nadja Demel13.12.2022 - 08:13 Uhr", ["Nadja Demel"]),
        ("By Jo Haskell, DAVID CAPLAN, PATRICK REEVELL December", ["Jo Haskell", "David Caplan", "Patrick Reevell"]),
        ("By Sam Stein Senior Politics Editor", ["Sam Stein"]),
        ("Updated by Jane Roe on March 3, 2015, 2:10 p.m. ET @janeroe", ["Jane Roe"]),
        ("Oleh : Maya Sofia", ["Maya Sofia"]),  # Indonesian and Malay 'by'
        ("Von dpa 30.04.2024, 18:58", ["dpa"]),  # a wire agency as it writes itself, in lower case
        ("Oleh Maya Sofia", ["Maya Sofia"]),
        ("Penulis    : Nabilla Tashandra", ["Nabilla Tashandra"]),  # 'writer:'
        ("By Dan Oakes Justice Editor", ["Dan Oakes"]),  # a beat the list lacks, after a given name and surname
        ("By Mary Ann Smith Editor", ["Mary Ann Smith"]),
        ("by RTT Staff Writer", ["RTT Staff Writer"]),  # a desk's credit: no writer's name before the job title
        ("By Jane Roe Staff Writer", ["Jane Roe"]),
        ("By Ron Dicker General Assignment Reporter", ["Ron Dicker"]),
        ("By Mary Ann Smith", ["Mary Ann Smith"]),
        ("By Theresa May", ["Theresa May"]),
        ("Par LILIAN ALEMAGNA, LAURE BRETTON Envoyés spéciaux à Toulouse", ["Lilian Alemagna", "Laure Bretton"]),
        ("By Jane Roe and John Doe Special correspondents", ["Jane Roe", "John Doe"]),
        ("by Stephanie Pappas, Live Science Contributor | October 31, 2014", ["Stephanie Pappas"]),
        ("By Lena deCasparis", ["Lena deCasparis"]),
        ("AUTHOR / Sierra Kilpatrick", ["Sierra Kilpatrick"]),
        ("Von Katharina Schmidt Kategorien: Mode 6. November 2023, 15:25 Uhr", ["Katharina Schmidt"]),
        ("By Drew DeSilverLeave a comment", ["Drew DeSilver"]),
        ("By James O'Donnellarchive page", ["James O'Donnell"]),  # the link to the writer's archive
        ("By Julie Sedivy Illustration by Sarah Mazzetti November 5, 2015", ["Julie Sedivy"]),  # the artist's credit
        ("BY JANE ANN ROE Senior reporter jroe@example.com", ["Jane Ann Roe"]),  # three names, then the role
        # a row of labelled fields, the date's label glued to the name; a name ending in 'on' without the labels
        ("Posted By: Hannah Curranon: March 02, 2022In: Education, Local News", ["Hannah Curran"]),
        ("By Tom Nixon: 12 March 2022", ["Tom Nixon"]),
        ("APBy JORDAN ROBERTSON and RACHEL METZ", ["Jordan Robertson", "Rachel Metz"]),
        ("Author Ben Knight", ["Ben Knight"]),
        ("Autorin/Autor Roman Goncharenko", ["Roman Goncharenko"]),  # the German label for either
        ("Avatar photo by Logan C. Ritchie November 8, 2023 | 6:03 pm", ["Logan C. Ritchie"]),
        ("By Marcus De GuzmanView More Articles", ["Marcus De Guzman"]),
        ("Par Loïc Le Clerc", ["Loïc Le Clerc"]),
        ("Par Jean Dupont le 30 septembre", ["Jean Dupont"]),
        ("Edited by Swati Bhasin (with inputs from Agencies)", ["Swati Bhasin"]),
        ("All IndiaEdited by Swati Bhasin (with inputs from Agencies)Updated: April 07, 2020", ["Swati Bhasin"]),
        ("By Sophie FosterTravel News Reporter", ["Sophie Foster"]),  # a section glued to the surname
        ("Von Ulrich ExnerKorrespondent", ["Ulrich Exner"]),
        ("By Ronald McDonald", ["Ronald McDonald"]),
        ("By Alex Bozarjian KTRK", ["Alex Bozarjian"]),
        ("By Mike Isaac New York Times ,May 3, 2016, 2:58 p.m.", ["Mike Isaac"]),  # the paper glued after the name
        ("By Peter Nickeas Tribune reporter", ["Peter Nickeas"]),  # a job title in lower case, the paper before it
        ("Linda AmianiLinda Amiani by Linda Amiani", ["Linda Amiani"]),  # portrait and name glued, then 'by'
        ("By Jane Roe Staff writer", ["Jane Roe"]),
        ("Posted: 5 September 2013 By: Jane Roe", ["Jane Roe"]),  # the label's colon after a dated lead
        ("Par Jeanne Roux I Publié le 9 Juin 2016", ["Jeanne Roux"]),  # a capital I as the separator bar
        ("By SCHUYLER DIXON AP Sports WriterAssociated Press", ["Schuyler Dixon"]),  # the agency glued after the title
        ("Por GloboEsporte.comSão Paulo", ["GloboEsporte.com São Paulo"]),  # a place glued after a web address
        ("By Carolyn SaidUpdated April 25, 2016 4:38 p.m.", ["Carolyn Said"]),  # the date's label glued to the name
        ("Von Jane RoeAktualisiert am 03.04.2020", ["Jane Roe"]),
        # a text browser's columns: the writer, the city, the print edition
        ("By Sonal Khetarpal   Delhi     Print Edition: June 5, 2016", ["Sonal Khetarpal"]),
        ("By Jane Roe Baker Street", ["Jane Roe Baker Street"]),  # no paper's word at the end
        ("By John Smith III", ["John Smith III"]),
        # the writer's portrait caption, then the byline, each with the writer's newsroom after a comma
        ("Jane Roe, Northeast Example Media Group By Jane Roe, Northeast Example Media Group EX.com", ["Jane Roe"]),
        # a blog theme's labels: 'Posted on' the date, 'Author' the writer, then the comment count
        ("Posted on July 28, 2019 Author Jane Roe 4 Comments", ["Jane Roe"]),
        ("By Euronews with Agencies", ["Euronews with Agencies"]),  # a desk credit shared with the agencies
        ("From Reuters", ["Reuters"]),  # a story run from a news agency
        ("王煌忠／台中報導", ["王煌忠"]),  # a Chinese credit: who, a slash, where from, 'reports'
        ("社會中心／綜合報導", ["社會中心"]),
        ("From London", None),
        # the story's age in other languages after the name
        ("Piše: P. Mucović prije 26 minuta", ["P. Mucović"]),
        ("Von Jane Roe vor 2 Stunden", ["Jane Roe"]),
        ("Por Juan Pérez hace 3 horas", ["Juan Pérez"]),
        ("Posted on28. Juli 201928. Juli 2019AuthorJane Roe4 Kommentare", ["Jane Roe"]),
        # a label naming the text and what else the writer did
        ("Text und Interview: Jane Roe", ["Jane Roe"]),
        ("Text & Fotos: Jane Roe", ["Jane Roe"]),
        # a compound surname after 'e' or 'y' is one name; a second writer has a given name; a wire agency is a
        # credit of its own, 'Agencias' none
        ("Por José Volta e Pinto", ["José Volta e Pinto"]),
        ("Por Juan Ortega y Gasset", ["Juan Ortega y Gasset"]),
        ("Por Ana Lima e Pedro Souza", ["Ana Lima", "Pedro Souza"]),
        ("Por Ana Lima y Agencias", ["Ana Lima"]),
        ("Por Ana Lima y EFE", ["Ana Lima", "EFE"]),
        # 'written by' in other languages
        ("geschrieben von Jane Roe", ["Jane Roe"]),
        ("Écrit par Jeanne Roux", ["Jeanne Roux"]),
        ("scritto da Mario Rossi", ["Mario Rossi"]),
        # the serial comma before the last writer's 'and'
        ("By Jane Roe, John Doe, and Ann Poe, CNN", ["Jane Roe", "John Doe", "Ann Poe"]),
        ("Von Jane Roe, John Doe, und Ann Poe", ["Jane Roe", "John Doe", "Ann Poe"]),
        # Japanese labels: the poster, the writer
        ("投稿者 Jane Roe", ["Jane Roe"]),
        ("執筆者：山田太郎", ["山田太郎"]),
    ],
)
def test_more_byline_forms(text: str, names: list[str] | None) -> None:
    assert parse_byline(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Die Rede von Angela Merkel",
        "A post shared by Spice Girls (@spicegirls) on Jun 16, 2019",
        "Stromnetz / Photo by Fré Sonneveld on Unsplash",
        "Fotos: Jane Roe",  # the pictures' credit alone
        "筆者がこれらの発表を報じていく中で",  # 'the writer' as a sentence's subject
        "Video shot/edited by Jennifer Hahn.",
        "A file photograph shows the minister speaking in Shah Alam on November 19, 2024. — Picture by Yusof Mat Isa",
    ],
)
def test_credits_that_are_not_bylines(text: str) -> None:
    assert not parse_byline(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Mark Hicks, The Detroit News Published 7:40 p.m. ET March 17, 2020", ["Mark Hicks"]),
        ("Evgenia Karp Zuletzt geändert am 06.11.2023", ["Evgenia Karp"]),
        ("Taylor Hatmaker @tayhatmaker / 6 days", ["Taylor Hatmaker"]),
        ("AFP 30 avril 2015 à 07:19", ["AFP"]),
        ("PTI, Washington,", ["PTI"]),
        ("Robert Burns, AP Writer", ["Robert Burns"]),
        ("Janelle Hessig 9:46 am Sat Dec 12, 2020", ["Janelle Hessig"]),
        ("Le Monde with AFP", ["Le Monde with AFP"]),
        ("Diana Resnik mit AP", ["Diana Resnik"]),  # a writer helped by an agency: the writer is the byline
        # the date's label before the date, the writer after it
        ("Artikel veröffentlicht am 28. April 2024, 14:26 Uhr, Tobias Költzsch", ["Tobias Költzsch"]),
        ("Published April 28, 2024, 2:26 pm, Jane Roe", ["Jane Roe"]),
        ("Published on April 28, 2024", None),
        ("2.03.2018von Dennis Ziesecke", ["Dennis Ziesecke"]),  # the date, then a byline with its marker glued on
        ("Jane Roe with Reuters", ["Jane Roe"]),
        ("Fahad Shabbir (@FahadShabbir) 12 minutes ago Wed 29th April 2020", ["Fahad Shabbir"]),
        ("AFP/The Local", ["AFP", "The Local"]),
        ("Denis Staunton China Correspondent, in Seoul", ["Denis Staunton"]),
        ("WriterLos Angeles", None),  # a job title glued to the city, under the writer's name
        ("Jetzt Spenden", None),  # 'donate now': a button's label
        ("Now Playing", None),
        ("Web Desk On May 4, 2021", ["Web Desk"]),  # the date's preposition, capitalised
        ("Laiq Ur Rehman On Jun 2, 2021 Last updated Jun 2, 2021", ["Laiq Ur Rehman"]),
        ("Jane Roe on Monday, May 4, 2021", ["Jane Roe"]),
        ("Olivia Solon in San Francisco and agencies", ["Olivia Solon"]),  # the agencies credited beside her
        ("Jen MillsPublished Jul 17, 2024, 11:21am|Updated Jul 17, 2024, 6:39pm", ["Jen Mills"]),
        ("Jono Galuszka14:40, Feb 17 2021", ["Jono Galuszka"]),  # the clock glued to the surname
        ("Nizaar Kinsella2 minutes ago", ["Nizaar Kinsella"]),
        ("Greg Iacurci@GregIacurci", ["Greg Iacurci"]),
        ("Mary Ann Smith Senior Writer", ["Mary Ann Smith"]),
        ("Julia Vergin | Clare Roth", ["Julia Vergin", "Clare Roth"]),  # two people, not a name and a label
        ("S. Fernández / N. Val", ["S. Fernández", "N. Val"]),  # initials, and a slash between the writers
        ("Jane Roe / Reuters", ["Jane Roe"]),
        ("EFE Barcelona Actualitzada el 13/02/2017 13:18", ["EFE Barcelona"]),  # 'updated' in Catalan
        ("Jan de Vries Bijgewerkt op 3 maart", ["Jan de Vries"]),
        ("Jane Roe | John Smith | Reuters", ["Jane Roe"]),
        ("Sarah Hinger, Staff Attorney, ACLU Racial Justice Program", ["Sarah Hinger"]),  # 'Staff' is her job here
        ("Adam Vidler and AP", ["Adam Vidler", "AP"]),  # a writer sharing the credit with a wire agency
        # the portrait's alt text, the name, a contact link and the story's age
        ("Paige McCartney Paige McCartney Send an email 20 hours ago", ["Paige McCartney"]),
        # writers with the place they report from
        ("Associated Press in Valencia", ["Associated Press"]),
        ("Jon Henley in Paris and Sam Jones in Madrid", ["Jon Henley", "Sam Jones"]),
        ("NATALIYA VASILYEVA", ["Nataliya Vasilyeva"]),
        # the paper's correspondents as a desk credit, then the paper, the place and the date
        ("HT Correspondents, Gotham Times  Srinagar, July 19, 2013", ["HT Correspondents"]),
        ("Our Correspondent", ["Our Correspondent"]),
        # the writer beside the outlet's name, after or before it
        ("Vinnie Iyer Sporting News", ["Vinnie Iyer"]),
        ("GOTHAM Sports Mike Garafolo", ["Mike Garafolo"]),
        # two writers, then their institution
        ("Colin Manning, Hayley J. Fowler, Newcastle University", ["Colin Manning", "Hayley J. Fowler"]),
        ("Zimbili Vilakazi|Published 15 hours ago", ["Zimbili Vilakazi"]),  # the pipe printed without spaces
        # the writer after the date and time, then the comment count
        ("07.11.23 - 10:11 | Stefan Eiselin 0 Kommentare", ["Stefan Eiselin"]),
        ("May 4, 2023 Jane Roe 4 Comments", ["Jane Roe"]),  # in capitals, opening with a known given name
        # a dateline row closed by a full stop: the date, its time, the writer and the place
        ("09 de febrero de 2017. 17:18h Francisco Velasco,  Madrid.", ["Francisco Velasco"]),
        ("Články - Martin Malý - Různé - 14.3.2011", ["Martin Malý"]),  # section, writer, section, date
        # date, section and two writers printed with no separator, in a row of pipes
        ("26 listopada 2022 | Plus Minus | Piotr Litka Tomasz Krzyżak", ["Piotr Litka", "Tomasz Krzyżak"]),
        ("26 listopada 2022 | Plus Minus | Piotr Litka", ["Piotr Litka"]),
        # the weekday that opens the date is no part of the name, in any language
        ("Radoslav Dejanović utorak, 4. kolovoza 2020. u 06:00", ["Radoslav Dejanović"]),
        ("Jane Roe Tuesday, 4 August 2020", ["Jane Roe"]),
        # a role, or the name's Latin spelling, in brackets; a second writer with a known given name
        ("Chus del Pino, Martí Abad (Enviado especial)", ["Chus del Pino", "Martí Abad"]),
        ("Дэвид Джексон (David Jackson)", ["Дэвид Джексон"]),
        ("Jane Roe, San Francisco", ["Jane Roe"]),  # a place, not a second writer
        ("NZZ-Redaktion 18.07.2024, 11.08 Uhr 7 min", ["NZZ-Redaktion"]),  # the desk in one hyphenated word
        ("Utpal Dholakia Ph.D.", ["Utpal Dholakia"]),  # an academic degree after the name
        ("Jane Roe, MD", ["Jane Roe"]),
    ],
)
def test_bare_credit_lines(text: str, names: list[str]) -> None:
    assert parse_name_line(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("王文", ["王文"]),  # alone on its line
        ("石佳/中国青年报", ["石佳"]),  # before the paper it writes for
        ("渡辺洋介2025年1月13日 21時37分", ["渡辺洋介"]),  # glued to the date
        ("佐々木一郎 2025年1月13日", ["佐々木一郎"]),  # the repeat mark 々 belongs to the name
        ("[avatar]明敏 2025-02-23 12:59:28 来源：量子位", ["明敏"]),  # a portrait's placeholder, then date and source
        ("新規登録", None),  # 'sign up': no family name opens it
        ("正在加载", None),  # 'loading'
        ("印刷", None),  # 'print': 印 is a family name too rare to count
        ("王文中国人民大学重阳金融研究院执行院长", None),  # a name glued to an institution and a title
        ("石佳说这是一个问题", None),  # a sentence
    ],
)
def test_a_name_in_chinese_characters_is_a_credit_when_a_family_name_opens_it(text: str, names: list[str]) -> None:
    """A credit line in Chinese characters (Chinese or Japanese): two to four characters that open with a common
    family name, alone or before a date or the paper; common words of the page's furniture are no name."""
    assert parse_name_line(text) == names


def test_a_writers_code_glued_to_the_name_is_no_part_of_it() -> None:
    """'Autoři: fdvFrantišek Dvořák': a hidden code printed without a space before a known given name is dropped; a
    credit word glued the same way ('byJoseph F. Kovar') and words that are no given name ('iPhone') stay."""
    assert parse_byline("Autoři: fdvFrantišek Dvořák, Jakub Heller") == ["František Dvořák", "Jakub Heller"]
    assert parse_byline("byJoseph F. Kovar on April 29, 2016, 7:31 pm EDT") == ["Joseph F. Kovar"]
    assert parse_byline("By iPhone Reviewer") == []


def test_a_labelled_author_box_names_its_writers_where_the_text_runs_on_into_teasers() -> None:
    """'Autoři: Jana Roe, John Doe' under the text, when the region goes on past it into teasers: the plural label
    in the page's language counts, and every writer it names."""
    story = numbered_paragraphs(8)
    teasers = [f"Teaser caption {k} tells what happened in another town on that day." for k in range(6)]
    lines = split_lines("\n\n".join([*story, "Autoři: Jana Roe, John Doe", *teasers]))
    nonblank = [i for i, ln in enumerate(lines) if ln.text]
    assert author_box(lines, nonblank, nonblank[0], nonblank[-1]) == ["Jana Roe", "John Doe"]
    lines = split_lines("\n\n".join([*story, "Autorzy: Redakcja Sportowa", *teasers]))
    nonblank = [i for i, ln in enumerate(lines) if ln.text]
    assert author_box(lines, nonblank, nonblank[0], nonblank[-1]) == []  # a desk, not people


@pytest.mark.parametrize(
    ("label", "names"),
    [
        ("Redaktion: Jana Roe und John Doe", ["Jana Roe", "John Doe"]),
        ("Rédaction : Jeanne Dupont", ["Jeanne Dupont"]),
        ("Redaktion: Politik und Wirtschaft", []),  # the desk's sections, no people
    ],
)
def test_the_newsrooms_label_under_the_text_names_the_people_who_wrote_it(label: str, names: list[str]) -> None:
    """'Redaktion: Jana Roe und John Doe' after the article: the people the newsroom's label names are the writers."""
    story = numbered_paragraphs(8)
    lines = split_lines("\n\n".join([*story, label, "Mehr zum Thema", "  • Another story from the town"]))
    nonblank = [i for i, ln in enumerate(lines) if ln.text]
    assert author_box(lines, nonblank, nonblank[0], nonblank[7]) == names


def test_a_tag_with_its_count_in_brackets_is_no_credit() -> None:
    """'CSS (68)' under the date row is a tag and its number of articles; a bracketed role is another matter."""
    assert parse_name_line("CSS (68)", beside_date=True) is None
    assert parse_name_line("Jane Roe (Enviada especial)", beside_date=True) == ["Jane Roe"]


def test_a_sentence_opening_with_a_number_is_no_dateline_row() -> None:
    assert parse_name_line("12 people died in Madrid.") is None
    assert parse_name_line("News - Paris - 14.3.2011") is None  # a meta row without a writer


def test_name_and_beat_role_beside_a_date() -> None:
    """Next to a date line, two capitalised words before a beat and a newsroom role are the writer, even when the
    given name is not a known one; away from a date, or with no beat, they are not."""
    assert parse_name_line("Thabo Mokone Parliamentary editor", beside_date=True) == ["Thabo Mokone"]
    assert parse_name_line("Thabo Mokone Parliamentary editor") is None
    assert parse_name_line("Live Science Contributor", beside_date=True) is None
    # a longer title, and one that names who runs a desk
    assert parse_name_line("Wyn Tegid Deputy Content Hub Director", beside_date=True) == ["Wyn Tegid"]
    assert parse_name_line("Wyn Tegid Deputy Content Hub Director") is None


def test_a_writer_beside_the_date_may_report_from_a_place_the_list_lacks() -> None:
    assert parse_name_line("Lorna Siggins in Blacksod", beside_date=True) == ["Lorna Siggins"]
    assert parse_name_line("Lorna Siggins in Blacksod") is None
    assert parse_name_line("Protests in Blacksod", beside_date=True) is None  # no given name


@pytest.mark.parametrize("text", ["The White House", "The Guardian"])
def test_an_institution_on_its_own_line_is_no_bare_credit(text: str) -> None:
    assert parse_name_line(text) is None
    assert parse_name_line("The Associated Press") == ["The Associated Press"]


@pytest.mark.parametrize("text", ["Protests in Paris", "Climate Protests in Paris", "Mary Smith in Wonderland"])
def test_events_in_places_are_no_located_bylines(text: str) -> None:
    assert bylines._located_writers(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Digitale Arbeit",
        "Dringlicher Appell",
        "Who We Are",
        "BMW",
        "KOMMENTAR Bürgermeisterwahl in Petersberg",
        "Site Links:",
        "HomeWorld News",
        'Andrés Iniesta: "Los recuerdos son mágicos"',
        "Pauschale Gehaltserhöhungen und Vergünstigungen werden zum Eigentor",
        "Fot. Lukasz Nowaczyk / Agencja Gazeta",
        "Live Science Contributor",
        "Umbau des Weissen Hauses –",  # a kicker running on into the headline below
        "Font Size",  # a page control
        "Autoplay OnOff",  # a video player's switch
        "Order Reprints",
        "North Korea 09:31 August 20, 2019",  # a place and a date: the dateline
        "New York",
        "ACTU NATIONALE",
        "Blackberry-Logo Blackberry-Logo",  # a picture's alt text
        "March 3, 2020 Paris",  # a date and a place: a dateline  # a section label in capitals: no given name opens it
    ],
)
def test_headings_and_ui_lines_are_not_names(text: str) -> None:
    assert parse_name_line(text) is None


@pytest.mark.parametrize(
    ("parts", "author"),
    [
        # a bare byline with a newsroom title above the headline
        (
            (
                "Lena deCasparis | Contributing Writer | 5 days ago",
                "&nbsp",
                "Council Approves Budget After Long Debate",
                "The Debrief: schools, roads and buses will get more money next year",
                "Share This",
            ),
            "Lena deCasparis",
        ),
        # a credit line with a date under a standfirst is the byline, not a subheading between paragraphs
        (
            (
                "Council Approves Budget After Long Debate",
                "Schools, roads and buses will get more money next year, after a debate that lasted the whole night.",
                "07.11.23 - 10:11 | Stefan Eiselin 0 Kommentare",
            ),
            "Stefan Eiselin",
        ),
        # a name printed over the date above the headline
        (("Jane Roe\n02-11-2023 13:29", "Council Approves Budget After Long Debate"), "Jane Roe"),
    ],
)
def test_bare_credit_lines_around_the_headline(parts: tuple[str, ...], author: str) -> None:
    page = clean_text(_page("  • Home\n  • World", *parts, PROSE, PROSE2))
    assert page.author == author


def test_a_heading_above_the_headline_is_no_byline() -> None:
    page = clean_text(_page("  • Home\n  • World", "Neil Patrick", "Council Approves Budget After Long Debate", PROSE))
    assert page.author is None


_TEASERS = "\n".join(f"  • Council story number {k} of the week" for k in range(16))


@pytest.mark.parametrize(
    "box",
    [
        "Kommentar von\n\nJane Roe\n\nRedakteurin",
        "Autor*in\n[svg]Jane Roe (Medizinredakteurin. M.A. Kommunikation)",
        "  • Author: Jane Roe",
        "AUTHOR / Jane Roe",
    ],
)
def test_author_box_after_the_article(box: str) -> None:
    """With no byline at the top, the writer an author box names under its label below the article (past its
    related links) counts."""
    page = clean_text(_page("Council Approves Budget After Long Debate", PROSE, PROSE2, PROSE3, _TEASERS, box))
    assert page.author == "Jane Roe"


def test_an_author_box_names_only_a_person() -> None:
    text = _page("Council Approves Budget After Long Debate", PROSE, PROSE2, PROSE3, _TEASERS, "Author:\nSmart Living")
    assert clean_text(text).author is None


@pytest.mark.parametrize(
    ("bio", "author"),
    [
        ("Titiou Lecoq [portrait] Titiou Lecoq est journaliste indépendante et blogueuse.", "Titiou Lecoq"),
        ("Jane Roe is a senior reporter covering the city council.", "Jane Roe"),
        ("Daily Planet is a newspaper that employs many a journalist.", None),  # no name of two words
    ],
)
def test_a_writers_bio_below_the_article_names_the_author(bio: str, author: str | None) -> None:
    page = clean_text(_page("Council Approves Budget After Long Debate", PROSE, PROSE2, PROSE3, _TEASERS, bio))
    assert page.author == author


def test_a_bio_sentence_inside_the_story_is_no_byline() -> None:
    story = "Jane Roe is a reporter who was detained at the border last week, her editor said on Monday night."
    page = clean_text(_page("Council Approves Budget After Long Debate", PROSE, story, PROSE2, PROSE3, _TEASERS))
    assert page.author is None


def test_byline_after_a_german_date() -> None:
    page = clean_text(
        _page("Council Approves Budget After Long Debate", "22. Dezember 2019 von Jane Roe", PROSE, PROSE2)
    )
    assert (page.author, page.date) == ("Jane Roe", "2019-12-22")


def test_byline_found_when_the_headline_is_missed() -> None:
    page = clean_text(
        _page("  • Home\n  • World", "Von: Adrian Padeanu", "19.10.2019, 15:30 Uhr", PROSE, PROSE2, PROSE)
    )
    assert page.author == "Adrian Padeanu"


def test_subject_of_the_story_is_not_the_author() -> None:
    page = clean_text(
        _page(
            "The most successful actors of all time",
            "Neil Patrick Harris",
            "Neil Patrick Harris has starred in many shows and films, the council said on Tuesday after a long "
            "debate about schools, roads and the future of public transport in the region.",
            PROSE2,
        )
    )
    assert page.author is None


def test_same_day_and_month_is_not_ambiguous() -> None:
    assert first_date("03/03/2020") == "2020-03-03"


def test_desk_credit_beside_a_dateline() -> None:
    page = clean_text(
        _page("Council passes budget after marathon session", "AFP", "March 3, 2020 10:00 AM", PROSE, PROSE2)
    )
    assert page.author == "AFP"
    assert page.date == "2020-03-03"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Di Mario Rossi", ["Mario Rossi"]),
        ("Texto: Ana Souza", ["Ana Souza"]),
        ("Af Ritzau", ["Ritzau"]),
        ("Written by: Lester Holloway", ["Lester Holloway"]),
        ("Posted by: Ed de Leon on February 18, 2020 in Showbiz", ["Ed de Leon"]),
        ("By Cat Lafuente/June 12, 2020 9:49 am EST/Updated: Aug. 18, 2020", ["Cat Lafuente"]),
        ("---- by Kenneth Surin", ["Kenneth Surin"]),
        ("👤by Kenneth Surin  Comments 📅31.03.2025 16:56:46", ["Kenneth Surin"]),  # an icon before the credit
        ("Interview: Julia Lauter", ["Julia Lauter"]),
        ("By Politics.co.uk staff", ["Politics.co.uk staff"]),  # a desk credit in lower case
        ("كتب ضحى عرفة", ["ضحى عرفة"]),  # Arabic 'wrote'
        ("كتبت أسماء نصار", ["أسماء نصار"]),  # … in the feminine, not 'كتب' + 'ت'
        ("حوار: آسيا العتروس", ["آسيا العتروس"]),  # 'interview:'
        ("이용민 기자 | 2020-03-04 16:52:59", ["이용민"]),  # Korean 'reporter' after the name
        ("2020-10-04 15:05聯合報記者林宸誼／即時報導", ["林宸誼"]),  # Chinese 'reporter' before the name
        ("文● オカモト／ASCII編集部", ["オカモト"]),  # Japanese 'text by'
    ],
)
def test_marker_words_in_more_languages(text: str, names: list[str]) -> None:
    assert parse_byline(text) == names


def test_first_published_after_updated_on_one_line() -> None:
    page = clean_text(
        _page(
            "Council passes budget after marathon session",
            "By Jane Roe",
            "Updated March 5, 2020, first published March 3, 2020",
            PROSE,
            PROSE2,
        )
    )
    assert page.date == "2020-03-03"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("10/11/2022 08:00 AM EDT", "2022-10-11"),
        ("10/11/2022 at 8:00 a.m. ET", "2022-10-11"),
        ("02/11/2023 02:00pm GMT", "2023-11-02"),
        ("05/06/2021 12:30 (CET)", "2021-06-05"),
    ],
)
def test_time_zone_settles_an_ambiguous_numeric_date(text: str, iso: str) -> None:
    assert first_date(text) == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Veröffentlicht am 19.10.19 um 14:34 Uhr", "2019-10-19"),
        ("04.05.20 14:50", "2020-05-04"),
        ("30/10/23 | StarsInsider", "2023-10-30"),
        ("Kultur| 19.10.19", "2019-10-19"),
        ("10.11.96", "1996-11-10"),
        ("12.22.14", "2014-12-22"),
        ("First Posted: 08-13-10 06:12 PM", "2010-08-13"),
        ("mardi 10.12.19", "2019-12-10"),  # after a weekday
        ("Do 25.04.24 | 14:07 Uhr | Von Eva Kirchner", "2024-04-25"),  # after an abbreviated one opening the row
        ("dpa Palma, Mallorca15.04.25 09:56", "2025-04-15"),  # glued to the place before it, with its time
    ],
)
def test_two_digit_years_on_date_lines(text: str, iso: str) -> None:
    assert first_date(text) == iso


@pytest.mark.parametrize(
    "text",
    [
        "Health Sleep 27/10/23",
        "posted with amazlet at 19.03.02",
        "Python 3.10.12 was released",
        "11/08/23 5:19pm",
        "01-09-17",
        "call 555-12-34",
        "Jane Do 25.04.24",  # 'Do' is a name here, not Thursday
        "Firmware v10.12.23",  # a version glued to its letter, with no time after it
    ],
)
def test_two_digit_years_elsewhere_are_no_dates(text: str) -> None:
    assert first_date(text) is None


def test_ambiguous_numeric_date_without_a_zone_is_no_guess() -> None:
    assert first_date("10/11/2022 08:00") is None
    assert first_date("10/11/2022 08:00 XYZ") is None


def test_numeric_order_from_other_dates_on_the_page() -> None:
    page = clean_text(
        _page(
            "Council passes budget after marathon session",
            "By Jane Roe",
            "07/05/2022",
            PROSE,
            PROSE2,
            "Page built 25/05/2022",
        )
    )
    assert page.date == "2022-05-07"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("By Jane Roe, The Associated Press", ["Jane Roe"]),
        ("By Hillel ItalieThe Associated Press", ["Hillel Italie"]),
        ("By Jane Roe and John Smith, Associated Press", ["Jane Roe", "John Smith"]),
        ("By Jane Roe, Reuters", ["Jane Roe"]),
        ("By Reuters", ["Reuters"]),
        ("By Our Foreign Staff", ["Our Foreign Staff"]),
        # an agency joined to the writer by 'and' wrote the story with them
        ("By Adam Vidler and AP", ["Adam Vidler", "AP"]),
        ("Par Le Figaro et AFP", ["Le Figaro", "AFP"]),
    ],
)
def test_people_before_a_desk_credit_are_the_byline(text: str, names: list[str]) -> None:
    assert parse_byline(text) == names


def test_bare_line_with_several_names() -> None:
    line = "Christal Hayes, Michael Collins, Nicholas Wu | USA TODAY"
    assert parse_name_line(line) == ["Christal Hayes", "Michael Collins", "Nicholas Wu"]
    assert parse_name_line("Jane Roe, New York") == ["Jane Roe"]
    assert parse_byline("By AMANDA SEITZ and BEATRICE DUPUY The Associated Press") == ["Amanda Seitz", "Beatrice Dupuy"]


def test_a_share_buttons_label_is_no_desk_beside_the_date() -> None:
    assert parse_name_line("FB", beside_date=True) is None  # the Facebook button among 'FB', 'line', 'A+'
    assert parse_name_line("AFP", beside_date=True) == ["AFP"]


def test_role_after_a_bare_name_is_not_a_desk() -> None:
    assert parse_name_line("Jane Roe, Staff Writer") == ["Jane Roe"]
    assert parse_name_line("Our Foreign Staff") == ["Our Foreign Staff"]


def test_dated_sidebar_list_is_not_the_date() -> None:
    sidebar = _page(
        "Latest",
        "Other story one\nMarch 1, 2020",
        "Other story two\nFebruary 28, 2020",
        "Other story three\nFebruary 27, 2020",
    )
    page = clean_text(
        _page(sidebar, "Council passes budget after marathon session", "By Jane Roe", PROSE, PROSE2, PROSE)
    )
    assert page.date is None


def test_body_opening_dateline() -> None:
    page = clean_text(
        _page("Council passes budget after marathon session", "WASHINGTON, March 3, 2020 — " + PROSE, PROSE2)
    )
    assert page.date == "2020-03-03"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("By Orhan Coskun and Suleiman Al-Khalidi Reuters", ["Orhan Coskun", "Suleiman Al-Khalidi"]),
        ("By Jane Q. Roe AFP", ["Jane Q. Roe"]),
        ("By Ann Reuters", ["Ann Reuters"]),  # two words: a surname, not a glued credit
    ],
)
def test_agency_glued_after_the_writers_is_a_credit(text: str, names: list[str]) -> None:
    assert parse_byline(text) == names


def test_the_pages_own_brand_glued_after_a_name_is_dropped() -> None:
    assert without_outlet_tail(["Timothy H.J. Nerozzi Fox News", "Jane Roe"], "Fox News") == [
        "Timothy H.J. Nerozzi",
        "Jane Roe",
    ]
    assert without_outlet_tail(["Fox News"], "Fox News") == ["Fox News"]  # a desk credit stays
    assert without_outlet_tail(["Jane Roe"], None) == ["Jane Roe"]


def test_names_stacked_one_per_line_under_a_lone_by() -> None:
    page = clean_text(
        _page(
            "  • Home\n  • World", "Council approves the budget", "By\nDavid Brand\nand\nRamsey Khalifeh", PROSE, PROSE2
        )
    )
    assert page.author == "David Brand, Ramsey Khalifeh"
    assert "Ramsey Khalifeh" not in page.body and "and" not in page.paragraphs


def test_one_writer_per_line_under_a_lone_by() -> None:
    writers = "Lucy ThorntonNews Reporter\nTim HanlonNews Reporter\nPhoebe Tonks\nJoseph Gamp"
    byline = f"By\n{writers}\nUpdated 20:49, 5 Aug 2024"
    page = clean_text(_page("  • Home\n  • World", "Council approves the budget", byline, PROSE, PROSE2))
    assert page.author == "Lucy Thornton, Tim Hanlon, Phoebe Tonks, Joseph Gamp"
    assert page.paragraphs == [PROSE, PROSE2]


def test_a_writers_social_handle_between_stacked_names_is_skipped() -> None:
    byline = "By\nApril Roach\n@aprilroach28\nDaniel O'Mahony\n01 October 2020"
    page = clean_text(_page("  • Home\n  • World", "Council approves the budget", byline, PROSE, PROSE2))
    assert page.author == "April Roach, Daniel O'Mahony"


def test_a_sentence_saying_yesterday_is_story_not_dateline() -> None:
    quote = (
        "“The drug was in her system, there was no antidote, and she had taken eight,” her mother said in a "
        "statement yesterday."
    )
    page = clean_text(_page("Council approves the budget", "Jane Roe", "2 hours ago", quote, PROSE, PROSE2))
    assert page.paragraphs[0] == quote
    assert [d.reason for d in page.dropped if d.text == "2 hours ago"] == ["dateline"]


def test_a_subheading_between_paragraphs_is_not_a_byline() -> None:
    page = clean_text(_page("Council passes budget after a long session", PROSE, "Langfristiger Stellenabbau", PROSE2))
    assert page.author is None
    assert "Langfristiger Stellenabbau" in page.paragraphs


def test_an_author_label_alone_takes_the_name_on_the_next_line_only() -> None:
    page = clean_text(_page("Council passes budget after a long session", "L'AUTEUR\nJane Roe", PROSE, PROSE2))
    assert page.author == "Jane Roe"
    assert is_bare_by("Ein Kommentar von") and is_bare_by("Analysis by")  # the piece's kind, then "by"
    assert is_bare_by("Author of the article:")
    page = clean_text(_page("Council passes budget after a long session", "Author of the article:\nJane Roe", PROSE))
    assert page.author == "Jane Roe"
    assert not is_bare_by("Presented by") and not is_bare_by("Photos by")
    bio = "Jane Roe is a freelance reporter and blogger who has covered city politics, schools and transport " * 2
    page = clean_text(_page("Council passes budget after a long session", "By", bio.strip(), "TOPICS", PROSE, PROSE2))
    assert page.author != "TOPICS"


def test_the_attribution_of_an_embedded_post_is_no_byline() -> None:
    assert parse_name_line("— Scottish Government (@scotgov) December 29, 2014") is None


@pytest.mark.parametrize("name", ["Eman AbdElRahman", "Ronald McDonald", "LaToya MacArthur"])
def test_names_with_capitals_inside_a_word_are_names(name: str) -> None:
    assert parse_name_line(name) == [name]


@pytest.mark.parametrize("label", ["Featured Galleries", "Advanced Search"])
def test_a_header_of_pictures_or_a_search_link_is_no_name(label: str) -> None:
    assert not name_like(label, explicit=False)
    assert not name_like(label, explicit=True)


def test_author_followed_by_a_word_is_no_byline() -> None:
    assert parse_byline("Author interviews are great") is None


@pytest.mark.parametrize(
    "line", ["GET OUR NEWS BY E-MAIL", "By E-mail", "BY FAX", "Order by phone", "by our Tax", "by our Tax Specialist"]
)
def test_a_way_to_send_things_after_by_is_no_writer(line: str) -> None:
    assert not parse_byline(line)
    assert parse_byline("By AFP") == ["AFP"]  # an acronym in capitals still is a credit
    assert parse_byline("By Our Correspondent") == ["Our Correspondent"]  # a desk's credit


def test_a_newsletter_box_over_the_headline_gives_no_writer() -> None:
    page = clean_text(_page("GET OUR NEWS BY E-MAIL", "Council approves the budget", "By Jane Roe", PROSE, PROSE2))
    assert page.author == "Jane Roe"


@pytest.mark.parametrize(
    "line",
    [
        "Business Buzz",
        "Auto News",
        "Weekly Address",
        "Neuer Bereich",
        "La Ciudad",
        "HomeSportsLatest Sports News",  # a breadcrumb trail glued into one word
    ],
)
def test_section_and_series_labels_are_no_bare_bylines(line: str) -> None:
    assert parse_name_line(line) is None


def test_a_credit_whose_name_the_story_uses_as_a_common_word_stands() -> None:
    story = (
        "The local council voted on Monday to keep the old library open, a spokesman told AFP, after a long "
        "campaign by local residents who said the building was the heart of the town's cultural life. "
    )
    top = ["  • News", "  • Sport", "", "Town Keeps Its Old Library", "", "AFP/The Local", ""]
    page = clean_text("\n".join([*top, "Published: 28 Apr, 2020", "", story * 2, "", story, "", story]))
    assert page.author == "AFP, The Local"


def test_the_byline_under_a_reprint_of_the_headline_below_the_pictures() -> None:
    head = "Council passes budget after a long session"
    caption = (
        "Members of the city council listen to the mayor during the budget debate in the town hall on Tuesday "
        "evening, before the final vote."
    )
    crumbs = f"  • Home\n  • Politics\n  • {head}"
    pictures = "\n".join([caption, f"{caption} Photo: Jane Doe/AP"] * 3)
    page = clean_text(_page(crumbs, pictures + "\nPolitics\n29.11.2024", head, "Editor\nBy John Roe", PROSE, PROSE2))
    assert page.author == "John Roe"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ben Walsh Become a fan benjamin.walsh@example.com", "Ben Walsh"),
        ("Mary Ann Smith msmith@example.org", "Mary Ann Smith"),
        ("Contact us at news@example.com", None),
        ("John Smith said to write to jane@example.com", None),  # the address is someone else's
    ],
)
def test_a_name_beside_its_own_email_address_is_a_byline(text: str, name: str | None) -> None:
    assert bylines.name_with_own_email(text) == name


def test_the_writers_contact_line_above_the_headline_gives_the_byline() -> None:
    contact = "Ben Walsh Headshot\n\nBen Walsh Become a fan ben.walsh@example.com"
    page = clean_text(_page("  • Home\n  • World", contact, "Council approves the budget", PROSE, PROSE2))
    assert page.author == "Ben Walsh"


@pytest.mark.parametrize(
    ("credit", "author"),
    [
        ("Budget Care Today", None),  # 'care' and 'today' are words the story writes in lower case
        ("Yellow Vests", None),
        ("Metro Budget News Service", "Metro Budget News Service"),  # a desk credit keeps its 'news'
        ("Kab Niang", "Kab Niang"),  # an unknown given name, with no common word after it
        ("Lena Care", "Lena Care"),  # a known given name
        ("Zur Playlist Anhören", None),  # a phrase opening with a preposition
        ("With Our Partners", None),
        ("Kein Cyberterrorismus", None),  # 'no cyberterrorism': a negation opens no name
        ("Van Ngoc Tran", "Van Ngoc Tran"),  # a name particle is no preposition
    ],
)
def test_a_bare_credit_line_that_reads_as_a_phrase_of_the_page_is_no_byline(credit: str, author: str | None) -> None:
    story = (
        "Families said the care their children receive today is better than a year ago, and that the yellow "
        "vests worn by volunteers at the budget news service made them easy to find."
    )
    page = clean_text(
        _page(
            "  • Home\n  • World",
            "Council Approves Budget After Long Debate",
            credit,
            "12 March 2024",
            story,
            PROSE,
            PROSE2,
        )
    )
    assert page.author == author


def test_phrase_not_name_needs_a_lower_case_word_of_the_page() -> None:
    words = bylines.lowercase_words("the data shows that ads remove value")
    assert bylines.phrase_not_name(["Example Data"], words)
    assert not bylines.phrase_not_name(["Example Data"], frozenset())
    assert not bylines.phrase_not_name(["The Associated Press"], bylines.lowercase_words("associated press"))


def test_caseless_names_need_a_marker_and_stacked_credits_join() -> None:
    assert parse_name_line("폰트 확대축소 뉴스듣기") is None  # page controls in a script without capitals
    credits = "배윤경 기자\n\n이상현 기자\n\n한수진 기자"
    page = clean_text(_page("  • Home\n  • World", "Council approves the budget", credits, PROSE, PROSE2))
    assert page.author == "배윤경, 이상현, 한수진"


def test_a_word_in_a_months_place_is_no_date_unless_cldr_names_a_month() -> None:
    assert find_dates("Posted 12 words 2020") == []
    assert find_dates("3 gusht") == []  # a whole date only


def test_a_bylines_comment_count_is_not_part_of_the_name() -> None:
    assert parse_byline("By Jane Roe No Comments") == ["Jane Roe"]
    assert parse_byline("By Jane Roe 4 Comments") == ["Jane Roe"]


def test_a_byline_name_is_cut_to_the_part_printed_alone() -> None:
    """'By Brian Jackson WordPress' (a category glued on) is 'Brian Jackson' when the author box prints that."""
    story = "\n\n".join(numbered_paragraphs(8))
    head = "Home\n\nA headline for the story of the day\n\nBy Jane Roe WordPress"
    page = f"{head}\n\n{story}\n\nAbout the author\n\nJane Roe\n"
    assert clean_text(page).author == "Jane Roe"
    assert clean_text(page.replace("\n\nJane Roe\n", "\n")).author == "Jane Roe WordPress"


def test_a_posts_meta_list_after_the_article_dates_it() -> None:
    """'Author: Jane Roe' / 'Published: 03 December 2019' under the post: the one labelled date in reach counts;
    a list of other posts, each with its own 'Published:' line, dates nothing."""
    story = "\n\n".join(f"Paragraph {k} of the post explains how the code runs faster today." for k in range(8))
    meta = "  • Author: Jane Roe\n  • Published: 03 December 2019\n  • Rss"
    tags = "\n".join(f"  • Tag number {k}" for k in range(12))
    page = f"Home\n\nPerformant Python in practice\n\n{story}\n\n{tags}\n\n{meta}\n"
    assert clean_text(page).date == "2019-12-03"
    others = "\n\nOther post one\n\nPublished: 05 December 2019\n\nOther post two\n\nPublished: 07 December 2019\n"
    assert clean_text(page + others).date is None


@pytest.mark.parametrize("label", ["Publié le 20 juin 2025 à 11:06", "Published: 20 June 2025"])
def test_a_labelled_date_at_the_foot_of_a_region_that_runs_on_into_teasers_dates_it(label: str) -> None:
    """'par Jane Roe' / 'Publié le 20 juin 2025 à 11:06' under the text (the label with or without a colon), when
    the region goes on past it into teasers' captions: the one labelled date from the body's start on counts."""
    story = numbered_paragraphs(8)
    teasers = [f"Teaser caption {k} tells what happened in another town on that day. © Jane Roe" for k in range(3)]
    lines = split_lines("\n\n".join([*story, "par Jane Roe", label, *teasers]))
    nonblank = [i for i, ln in enumerate(lines) if ln.text]
    assert labelled_date_after(lines, nonblank, nonblank[0], nonblank[-1], True) == "2025-06-20"


@pytest.mark.parametrize(
    "meta",
    [
        "Von Jane Roe am 21/02/2021. Abgelegt unter Politik. Kommentare und Pings sind derzeit geschlossen.",
        "Posted by Jane Roe on February 21, 2021 in Politics | 3 Comments and 2 trackbacks so far",
    ],
)
def test_a_posts_meta_line_after_the_text_dates_it(meta: str) -> None:
    """The post's meta line under a list of related posts ('Von X am 21/02/2021. Abgelegt unter …'): the date
    right after the writer's name counts, however long the line runs on; two such lines (other posts) date nothing."""
    story = numbered_paragraphs(8)
    related = [f" {k}. Another story from the town" for k in range(1, 5)]
    lines = split_lines("\n\n".join([*story, *related, meta]))
    nonblank = [i for i, ln in enumerate(lines) if ln.text]
    assert labelled_date_after(lines, nonblank, nonblank[0], nonblank[7], True) == "2021-02-21"
    lines = split_lines("\n\n".join([*story, meta, meta.replace("21", "23", 1)]))
    nonblank = [i for i, ln in enumerate(lines) if ln.text]
    assert labelled_date_after(lines, nonblank, nonblank[0], nonblank[7], True) is None
    # a sentence of the story that names someone by a date is no meta line
    lines = split_lines("\n\n".join([*story, "A speech by the mayor on February 21, 2021 drew a crowd."]))
    nonblank = [i for i, ln in enumerate(lines) if ln.text]
    assert labelled_date_after(lines, nonblank, nonblank[0], nonblank[7], True) is None


def test_a_date_line_closing_the_article_dates_it() -> None:
    """'5 gennaio 2025 ( modifica il 6 gennaio 2025 | 15:24)' right under the last paragraph dates the article
    (its first date: the second is the update's) when nothing around the headline does; two such lines do not."""
    story = "\n\n".join(numbered_paragraphs(8))
    closing = "5 gennaio 2025 ( modifica il 6 gennaio 2025 | 15:24)"
    page = f"Home\n\nA headline for the story of the day\n\n{story}\n\n{closing}\n\n© RIPRODUZIONE RISERVATA\n"
    assert clean_text(page).date == "2025-01-05"
    lines = split_lines(f"{story}\n\n{closing}\n\n7 gennaio 2025")
    nonblank = [i for i, ln in enumerate(lines) if ln.text]
    last_paragraph = nonblank[7]
    assert closing_date_line(lines, nonblank[:9], last_paragraph, True) == "2025-01-05"
    assert closing_date_line(lines, nonblank, last_paragraph, True) is None
    # a numeric date that reads both ways is read in the page's order ('le 01/12/2017', day first in French)
    lines = split_lines(f"{story}\n\nle 01/12/2017 à 15h45\n\nRetour au flash info")
    nonblank = [i for i, ln in enumerate(lines) if ln.text]
    assert closing_date_line(lines, nonblank, nonblank[7], True) == "2017-12-01"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("14 January '15, 11:57pm", "2015-01-14"), ("Posted Jan. 14 ’15", "2015-01-14"), ("the class of '15", None)],
)
def test_a_year_cut_short_by_an_apostrophe(text: str, expected: str | None) -> None:
    assert first_date(text) == expected


@pytest.mark.parametrize("line", ["Remove Ads", "Report Chapter", "New Year's Resolutions Guide"])
def test_page_controls_and_possessive_phrases_are_no_bare_names(line: str) -> None:
    assert parse_name_line(line) is None


@pytest.mark.parametrize("line", ["Jane Roe Tips meg", "Jane Roe Folgen", "Jane Roe Follow", "Jane Roe Send an email"])
def test_a_contact_link_after_a_bare_name_is_not_part_of_it(line: str) -> None:
    assert parse_name_line(line, beside_date=True) == ["Jane Roe"]


def test_a_credit_row_with_a_date_names_the_writer_even_when_the_story_quotes_them() -> None:
    """'Jane Rowland | 29 December 2022 | HR World' under the headline credits the writer; that the first
    paragraph quotes her too ('…, says Jane Rowland, lead scientist at …') does not make her the story's subject."""
    quote = (
        "What organisations can expect in 2023 is the subject of a new study, says Jane Rowland, lead scientist at a "
        "consultancy in Berlin, who surveyed five hundred firms in the spring."
    )
    text = _page("Five HR trends for 2023", "Jane Rowland | 29 December 2022 | HR World", quote, PROSE, PROSE2, PROSE3)
    page = clean_text(text)
    assert page.author == "Jane Rowland"
    assert page.date == "2022-12-29"


def test_desk_credits_after_a_desk_credit_are_no_org_tail() -> None:
    """'Jane Roe, Reuters' names Jane Roe; in 'Agenzia Planet, Redazione Planet' (an agency and its newsroom, both
    desk credits) there is no person for the newsroom to trail."""
    assert split_names("Jane Roe, Reuters", explicit=True) == ["Jane Roe"]
    assert split_names("Agenzia Planet, Redazione Planet", explicit=True) == ["Agenzia Planet", "Redazione Planet"]


@pytest.mark.parametrize("posters", [3, 4])
def test_the_posters_of_a_comment_thread_are_no_byline(posters: int) -> None:
    """Three or more names with a date on their line under the article are readers' comments, not the writer's
    credit; the writer's own credit row above the headline stands."""
    thread = []
    for name in ["Robert Schleif", "Thomin Weller", "Justus Liebig", "Anna Berger"][:posters]:
        thread += [f"{name} / 08.11.2023 / 10:14", "Ein sehr guter Text, danke dafür. Genau so sieht es aus."]
    text = _page(
        "Jane Roe / 07.11.2023 / 09:30 / Foto: Imago / Seite ausdrucken",
        "Council approves the budget",
        PROSE,
        PROSE2,
        PROSE3,
        "Kommentare",
        *thread,
    )
    assert clean_text(text).author == "Jane Roe"


@pytest.mark.parametrize("copies", [1, 2])
def test_a_name_captioning_a_portrait_above_its_credit_is_no_byline(copies: int) -> None:
    """'Donald Trump' printed above 'Foto: REUTERS/…' (once, or twice as the picture's alt text and its caption) is
    the caption of his portrait; the bare name under the picture is the writer."""
    text = _page(
        "Iran turns down a second round of talks",
        "Published: 19.04.2026 19:05",
        *["Donald Trump"] * copies,
        "Foto: REUTERS/Nathan Howard",
        "Ada Michalak",
        PROSE,
        PROSE2,
        PROSE3,
    )
    assert clean_text(text).author == "Ada Michalak"


def test_a_name_under_a_lone_photo_credit_label_is_the_pictures_credit() -> None:
    """'Foto:' alone on its line, then 'Andrew Harnik / AP': the photographer and agency of the picture above."""
    head = ("Fed admits failures in the bank's supervision", "Fed vice chair Michael Barr at a hearing", "Foto:")
    assert clean_text(_page(*head, "Andrew Harnik / AP", PROSE, PROSE2, PROSE3)).author is None


def test_a_name_as_alt_text_over_its_caption_with_a_pipe_and_credit_is_no_byline() -> None:
    """'Tomáš Weisner' then 'Tomáš Weisner | Foto: Milan Kammermayer': a picture's alt text and its caption with the
    credit after a pipe; the page signs the story with the agency above and no one is the writer here. The same
    name alone with no credit under it is the writer."""
    caption = ["Tomáš Weisner", "Tomáš Weisner | Foto: Milan Kammermayer"]
    head = ("Sparta held the game but Viking's defence was heroic", "before 6 minutes")
    assert clean_text(_page(*head, *caption, PROSE, PROSE2, PROSE3)).author is None
    assert clean_text(_page(*head, "Tomáš Weisner", PROSE, PROSE2, PROSE3)).author == "Tomáš Weisner"


@pytest.mark.parametrize(
    "line",
    ["9. September 2025 um 15:46 Uhr / Jane Roe", "March 3, 2024 at 9:15 am | Jane Roe", "07.11.23 - 10:11 | Jane Roe"],
)
def test_a_date_and_time_before_the_writers_name(line: str) -> None:
    """The time after a date ('um 15:46 Uhr', 'at 9:15 am') and a slash are separators before the writer's name."""
    assert parse_name_line(line) == ["Jane Roe"]


def test_a_byline_at_the_end_of_a_long_meta_row_is_found() -> None:
    """'Council, News, Top Story 1 | Published: 5 hours ago | … | Written by Jane Roe': the byline is one
    segment of the row, far from its start; a row with two such segments names nobody."""
    row = "Council, Local News, Top Story 1 | Published: 5 hours ago | Last Updated: 5 hours ago | Written by Jane Roe"
    assert clean_text(_page("Council approves the budget", row, PROSE, PROSE2, PROSE3)).author == "Jane Roe"
    from search.cleaning.meta_author import _byline_segment

    assert _byline_segment(row + " | Reported by Tom Poe") is None
    assert _byline_segment(row + " | Photos by Tom Poe") == ["Jane Roe"]  # a photo credit is no byline


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "Birgit Baumann Anna Giulia Fink Jan Michael Marchart",
            ["Birgit Baumann", "Anna Giulia Fink", "Jan Michael Marchart"],
        ),
        ("Sarah Miller David Brown", ["Sarah Miller", "David Brown"]),
        ("Dan Jervis-BardyThe West Australian", None),  # a name glued to the outlet's
        ("Peter Paul Rubens Museum Opens Today", None),
    ],
)
def test_linked_names_printed_without_separators_are_split_at_given_names(line: str, names: list[str] | None) -> None:
    from search.cleaning.bylines import _glued_names

    assert _glued_names(line) == names


def test_name_signed_under_the_last_paragraph_is_the_author() -> None:
    head = ("  • Home\n  • News", "Council approves the new budget after a long debate", "14.05.2025, 20:28")
    story = [f"{p} Paragraph {k} adds more detail." for k in range(4) for p in (PROSE, PROSE2, PROSE3)]
    tail = ("Copy link", "  • Facebook\n  • Twitter", "Related news", "  • Budget talks stall\n  • Schools wait")
    assert clean_text(_page(*head, *story, "Lê Phương", *tail)).author == "Lê Phương"
    # up to four writers sign together
    three = "Ярослав Кузишин, Антон Зелинский, Карина Гасимова"
    assert clean_text(_page(*head, *story, three, *tail)).author == three
    five = "Jane Roe, John Doe, Mary Major, Richard Miles, Anna Berg"
    assert clean_text(_page(*head, *story, five, *tail)).author is None  # a list of names, not a signature
    # a heading under the story is no signature: the page writes its words in lower case
    more = "Here is what the budget talks mean for you, and why the talks took so long this year, in one list:"
    assert clean_text(_page(*head, more, *story, "Budget Talks", *tail)).author is None
    # a signature in capitals, and a heading in capitals whose words the page writes in lower case
    assert clean_text(_page(*head, *story, "DINI TEJA", *tail)).author == "Dini Teja"
    assert clean_text(_page(*head, more, *story, "BUDGET TALKS", *tail)).author is None
    # a gallery's title over its picture credit ('Remembering Prince' / 'Launch Gallery' / 'Getty')
    assert clean_text(_page(*head, *story, "Remembering Prince", "Launch Gallery", "Getty", *tail)).author is None


def test_names_signed_under_the_last_paragraph_before_a_share_row_are_the_authors() -> None:
    """'Jana Nováková, Petr Svoboda Share on Facebook Share on X Print …': the share row printed on the writers' line
    under the story is cut off; one or two names signed there are the authors."""
    head = ("  • Home\n  • News", "Council approves the new budget after a long debate", "14.05.2025, 20:28")
    story = [f"{p} Paragraph {k} adds more detail." for k in range(4) for p in (PROSE, PROSE2, PROSE3)]
    tail = ("Related news", "  • Budget talks stall\n  • Schools wait")
    share = " Share on Facebook Share on X Share on LinkedIn Print Copy link [                    ] Copy Close"
    signed = clean_text(_page(*head, *story, "Jana Nováková, Petr Svoboda" + share, *tail))
    assert signed.author == "Jana Nováková, Petr Svoboda"
    assert clean_text(_page(*head, *story, "Jana Nováková" + share, *tail)).author == "Jana Nováková"
    assert parse_name_line("Jane Roe Sdílet na Facebooku Sdílet na Twitteru") == ["Jane Roe"]


def test_a_time_zone_after_the_clock_is_no_desk() -> None:
    assert parse_name_line("May 24, 2016, 11:44am PDT Updated May 24, 2016, 11:52am PDT") is None
    assert parse_name_line("May 24, 2016 EDT", beside_date=True) is None
    assert parse_name_line("AFP May 24, 2016") == ["AFP"]


def test_the_headline_rules_date_stands_when_the_scorer_has_no_candidate() -> None:
    """A metered page whose byline line (with the date) opens the short text: the learned scorer finds no date
    candidate there, and the date the headline rules read stands."""
    story = (
        "Project members are (from left) Susan Wu, Laura Gomez, Erica Baker and Tracy Chou, who met in the city last "
        "spring to plan the group's first steps."
    )
    page = (
        "Search The Daily Planet\nSign In\nSUBSCRIBE NOWStarting at $1\n\n"
        "Women in tech band together to track diversity, after hours\n\n<?EM-dummyText [Drophead goes here] ?>\n\n"
        f"By Jane Roe New York Times ,May 3, 2016, 2:58 p.m.\n\n\n\n{story}\n{story}\n\n"
        "To continue reading, please login or subscribe.\n\nGet 6 Months of Unlimited Access for $1\n"
    )
    assert clean_text(page).date == "2016-05-03"


def test_a_toolbar_item_is_no_writer_and_stacked_names_are_all_writers() -> None:
    """'Maior Menor' (font-size buttons) between other buttons is no name; writers printed one per line in
    capitals under it are all named, and the bureau line under them is not."""
    toolbar = "  • Url curta\n  • Maior Menor\n  • Erramos?"
    credit = "BRUNO SORAGGI\nRAFAEL BALAGO\nDE SÃO PAULO"
    page = _page("Council passes budget after marathon session", toolbar, credit, "02/10/2016 19h48", PROSE, PROSE2)
    assert clean_text(page).author == "Bruno Soraggi, Rafael Balago"
    # a writer's portrait item beside the name item is no toolbar
    page = _page("Council passes budget", "  • Bilde av Per-Erik Ofstad\n\n  • Per-Erik Ofstad", "5. august", PROSE)
    assert clean_text(page).author == "Per-Erik Ofstad"


def test_names_printed_twice_with_other_spacing_are_one() -> None:
    assert bylines.distinct_names(["Myra P. Saefong", "Victor Reklaitis", "MyraP. Saefong"]) == [
        "Myra P. Saefong",
        "Victor Reklaitis",
    ]


def test_writers_with_their_job_titles_after_a_dash() -> None:
    """'Anders Skjerdingstad – Journalist i Paris' is a credit line (never the headline); two of them with a
    portrait between name both writers."""
    assert bylines.writer_with_role("Anders Skjerdingstad – Journalist i Paris Journalist i Paris")
    assert not bylines.writer_with_role("Council votes – reporter says")
    assert not bylines.writer_with_role("Jane Roe, journalist, dies at 80")
    head = "Council passes budget after marathon session"
    credits = "Mathias Hagen – Journalist Journalist\n[yH5BAEAAAA]\nAnders Skjerdingstad – Journalist i Paris"
    page = clean_text(_page("  • Home\n  • News", head, "[portrait]", credits, "Publisert 05.08.2024", PROSE, PROSE2))
    assert page.title == head
    assert page.author == "Mathias Hagen, Anders Skjerdingstad"


def test_a_sentence_opening_with_the_indonesian_word_for_by_is_no_byline() -> None:
    assert not parse_byline("Oleh karena itu, pemerintah menaikkan harga")  # 'therefore'


def test_the_byline_rows_date_wins_a_tie_with_a_broadcast_date_after_the_article() -> None:
    """'Do 25.04.24 | 14:07 Uhr | Von Eva Kirchner' under the headline; 'Sendung: Radio, 24.04.2024, 15:10 Uhr'
    (when it went on air) after the article."""
    prose = "Die Gemeinde hat am Mittwoch beschlossen, die Fähre über den Fluss ab dem Sommer wieder fahren zu lassen. "
    page = "\n\n".join(
        [
            "  • Start\n  • Nachrichten\n  • Sport",
            "Fähre fährt ab Sommer wieder",
            "Do 25.04.24 | 14:07 Uhr | Von Eva Kirchner",
            prose * 3,
            prose.replace("Mittwoch", "Dienstag") * 3,
            prose.replace("Sommer", "Herbst") * 3,
            "Sendung: Antenne Brandenburg, 24.04.2024, 15:10 Uhr",
        ]
    )
    assert clean_text(page).date == "2024-04-25"


def test_the_date_beside_the_byline_wins_over_the_mastheads_date_of_today() -> None:
    """'June 20, 2023' over the menu is the day the page was saved; 'by Jane Roe' / 'June 19, 2023' under the
    headline dates the article, even rated lower; a date with nothing better beside a byline stands."""
    from search.cleaning.meta_date import FEATURES, _beside_the_byline

    def feats(**kw: float) -> dict[str, float]:
        return {**dict.fromkeys(FEATURES, 0.0), **kw}

    masthead = (0.98, "2023-06-20", feats(dateish=1.0, latest=1.0, rule=1.0), 15)
    signed = (0.84, "2023-06-19", feats(dateish=1.0, byline_near=1.0, after_title=1.0), 32)
    assert _beside_the_byline(masthead, [masthead, signed])[1] == "2023-06-19"
    unsigned = (0.84, "2023-06-19", feats(dateish=1.0, after_title=1.0), 32)
    assert _beside_the_byline(masthead, [masthead, unsigned])[1] == "2023-06-20"


def test_the_date_under_the_headline_wins_over_the_mastheads_date_of_today_with_no_byline() -> None:
    """'20 June 2023 Saint Silvère 12°C' over the menu is the day the page was saved (the latest date on it); with
    no byline anywhere, the date on the share row two lines under the headline dates the article. The same row
    after two paragraphs of the story is too far from the headline to overrule the masthead."""
    menu = ["News", "Politics", "Business", "Sport", "Culture", "Science", "Weather", "Opinion", "Podcasts", "Games"]
    prose = (
        "The city council voted on Tuesday to widen the tram network, after two years of hearings in which residents "
        "argued over the cost of the new lines and the trees that would have to go. "
    )
    body = [prose * 3, prose.replace("Tuesday", "Monday") * 3, prose.replace("trees", "shops") * 3]
    headline = "Council votes to widen the tram network"
    standfirst = "Two new lines will reach the northern suburbs by 2027, the council said after a long debate."
    masthead = "20 June 2023 Saint Silvère 12°C, Cloudy"
    share_row = (
        "INTERVIEW Prague 15:13 19 June 2023 Share on Facebook Share on X Share on LinkedIn Print Copy link "
        "Short link [                    ] Copy to clipboard Close"
    )
    page = "\n\n".join([masthead, *menu, headline, standfirst, share_row, *body])
    assert clean_text(page).date == "2023-06-19"
    far = "\n\n".join([masthead, *menu, headline, standfirst, *body[:2], share_row, body[2]])
    assert clean_text(far).date == "2023-06-20"


def test_a_caption_printed_twice_does_not_make_the_date_line_an_item_of_a_dated_list() -> None:
    """The date under the headline, then a picture's alt text and caption (the same line twice, with the day the
    photo was taken): two lines, one caption, no list of dated items."""
    caption = "Adriane Burnett reads to her son in Birmingham, Alabama, April 14, 2024."
    prose = "Child care costs have risen faster than wages, and mothers without degrees are leaving work, data show. "
    page = "\n\n".join(
        [
            "  • Home\n  • USA\n  • World",
            "America's child care crisis is holding back moms",
            "April 28, 2024 3:00 AM",
            "  • By Associated Press",
            caption,
            caption,
            "Share",
            prose * 3,
            "FILE - A family at home on March 1, 2024.",
            prose.replace("faster", "more slowly") * 3,
            prose.replace("data", "surveys") * 3,
        ]
    )
    assert clean_text(page).date == "2024-04-28"


@pytest.mark.parametrize(
    "line",
    [
        "Autoři: Jana Nováková, Petr Svoboda",
        "Autorzy: Jana Nováková, Petr Svoboda",
        "Autoren: Jana Nováková, Petr Svoboda",
        "Authors: Jana Nováková, Petr Svoboda",
    ],
)
def test_a_plural_authors_label_opens_a_byline(line: str) -> None:
    """'Autoři:', 'Autorzy:', 'Autoren:': the label of a byline with more than one writer."""
    assert parse_byline(line) == ["Jana Nováková", "Petr Svoboda"]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("作者：左依", ["左依"]),
        ("作者: 左依", ["左依"]),
        ("作者：张三、李四", ["张三", "李四"]),
        ("撰文：张三，李四", ["张三", "李四"]),
    ],
)
def test_a_chinese_author_label_opens_a_byline(line: str, names: list[str]) -> None:
    """'作者：' (author) and '撰文：' (written by) label a Chinese byline; writers are parted by '、' or '，'."""
    assert parse_byline(line) == names


def test_a_menu_link_to_the_authors_page_labels_no_byline() -> None:
    """'• Authors' in the menu links the page of the site's writers; the next entry ('• Store') is no writer. A plural
    label counts only with its colon ('Autoren: …')."""
    menu = "Main Menu\n\n  • Home\n  • The Point\n  • Authors\n  • Store\n  • Who We Are\n  • Donate"
    page = _page(menu, "Council approves the new budget after a long debate", PROSE, PROSE2, PROSE3)
    assert clean_text(page).author != "Store"


def test_a_sentence_calling_someone_an_author_is_no_byline() -> None:
    """'Author Jane Roe, from Kensington, said she …' is running text about a writer of novels; 'Author Jane Roe' alone
    on its line is a credit."""
    sentence = "Author Jane Roe, from Kensington, said she started reading regency romance because it felt close."
    assert parse_byline(sentence) is None
    assert parse_byline("Author Jane Roe") == ["Jane Roe"]


@pytest.mark.parametrize(
    ("credit", "author"),
    [
        ("Quelle: dpa Sport", "dpa"),
        ("Bron: BELGA", "BELGA"),
        ("Zdroj: ČTK", "ČTK"),
        ("Source: Statistics Office", None),  # a chart's source, no news agency
    ],
)
def test_a_news_agency_named_as_the_source_is_the_author(credit: str, author: str | None) -> None:
    """A story taken whole from the wire names no writer: the agency its source credit names is the author."""
    head = ("  • Home\n  • News", "Council approves the new budget after a long debate", "14.05.2025, 20:28")
    story = [f"{p} Paragraph {k} adds more detail." for k in range(4) for p in (PROSE, PROSE2, PROSE3)]
    tail = ("Related news", "  • Budget talks stall\n  • Schools wait")
    assert clean_text(_page(*head, credit, *story, *tail)).author == author
    # the agency's logo printed twice over the story is no writer's name line
    assert clean_text(_page(*head[:2], "ČTK ČTK", head[2], *story, *tail)).author is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Publisert: 05.08.24 kl. 14:47", "2024-08-05"),
        ("Julkaistu 05.08.24 klo 14.47", "2024-08-05"),
        ("Gepubliceerd 05.08.24", "2024-08-05"),
        ("רועי קייס  פורסם:  24.01.14 , 07:34", "2014-01-24"),
        ("Опубликовано: 24.01.14 07:34", "2014-01-24"),
        ("Health Sleep 27/10/23", None),  # a teaser's tail: a two-digit year needs a date word or a separator
    ],
)
def test_a_two_digit_year_after_a_published_word_in_many_languages_and_before_kl(text: str, iso: str | None) -> None:
    found = find_dates(text, dayfirst=True)
    assert (found[0][2] if found else None) == iso


def test_a_published_word_in_any_language_ends_the_byline() -> None:
    """'Published' and 'updated' after the writer's name end it, in every language the date rules read them in
    (one list, ``dates.PUBLISHED_WORDS``)."""
    from search.cleaning.html import _meta_names

    assert _meta_names("רועי קייס וסוכנויות הידיעות פורסם", []) == ["רועי קייס וסוכנויות הידיעות"]
    assert parse_byline("Von Jana Nováková Aktualizováno dnes") == ["Jana Nováková"]
    assert parse_byline("By Jane Roe Julkaistu tänään") == ["Jane Roe"]
    assert parse_name_line("Jane Roe Opublikowano 12.03.2024") == ["Jane Roe"]


def test_an_initialled_credit_is_spelled_out_by_the_name_beside_it() -> None:
    """The writer's full name, then the same writer initialled with the date ('M. Locklear|01.07.19'): the full name."""
    head = "Council passes budget after marathon session\n\nThe vote ended a week of talks."
    page = clean_text(_page(head, "Mallory Locklear\nM. Locklear|01.07.19\n@mallorylocklear", PROSE, PROSE2, PROSE3))
    assert page.author == "Mallory Locklear"
    # another writer's initial is left alone
    page = clean_text(_page(head, "Mallory Locklear\nJ. Locklear|01.07.19", PROSE, PROSE2, PROSE3))
    assert "J. Locklear" in (page.author or "")


def test_numbers_that_read_both_ways_follow_the_date_the_page_spells_out() -> None:
    """'01.07.19' reads as 1 July in Europe; the page spelling out 'January 7th, 2019' shows it means 7 January."""
    head = "Council passes budget after marathon session\n\nThe vote ended a week of talks."
    page = clean_text(_page(head, "Jane Roe|01.07.19", PROSE, PROSE2, "Jane Roe\nJanuary 7th, 2019", PROSE3))
    assert page.date == "2019-01-07"
    page = clean_text(_page(head, "Jane Roe|01.07.19", PROSE, PROSE2, PROSE3))
    assert page.date == "2019-07-01"


def test_an_author_box_with_the_job_title_under_the_name_names_the_writer() -> None:
    """After the article: the writer's name, the job title under it (a German compound too)."""
    head = "Council passes budget after marathon session\n\nThe vote ended a week of talks."
    box = "  • Politik\n  • Asien\n\nGeorg Blume\n\nAuslandskorrespondent Indien\n\nArtikel zum Thema"
    assert clean_text(_page(head, PROSE, PROSE2, PROSE3, box)).author == "Georg Blume"
    # a place under a name is no job title
    box = "  • Politik\n  • Asien\n\nGeorg Blume\n\nNeu-Delhi, Indien\n\nArtikel zum Thema"
    assert clean_text(_page(head, PROSE, PROSE2, PROSE3, box)).author is None


def test_an_explicit_credit_over_a_job_title_names_the_writer_where_the_text_runs_on_into_teasers() -> None:
    """'par Jane Roe' / 'Rédactrice' under the text, when the region goes on past it into teasers' captions: the
    author box from the body's start on names the writer, after any box past the region's end."""
    story = numbered_paragraphs(8)
    teasers = [f"Teaser caption {k} tells what happened in another town on that day. © Jane Roe" for k in range(6)]
    lines = split_lines("\n\n".join([*story, "par Jane Roe", "Rédactrice", *teasers]))
    nonblank = [i for i, ln in enumerate(lines) if ln.text]
    assert name_over_role(lines, nonblank, nonblank[0], nonblank[-1]) == ["Jane Roe"]
    lines = split_lines("\n\n".join([*story, "par Jane Roe", "Rédactrice", *teasers, "John Doe", "Reporter"]))
    nonblank = [i for i, ln in enumerate(lines) if ln.text]
    assert name_over_role(lines, nonblank, nonblank[0], nonblank[-3]) == ["John Doe"]


def test_a_page_without_a_date_at_the_article_takes_its_own_teasers_date() -> None:
    """A list of the site's stories prints this story's teaser with its date; the article prints none."""
    headline = "Council passes budget after marathon session"
    latest = (
        f"Latest News\n\n[council]\n\n{headline}\n\n20 February, 2024\n[boss]\n\n"
        "Harbour ferry timetable changes next month\n\n19 February, 2024"
    )
    most_read = "Most Read\n\n" + "\n\n".join(f" {k}. Another story about the harbour, part {k}" for k in range(1, 9))
    page = clean_text(_page(headline, "By Jane Roe", PROSE, PROSE2, PROSE3, most_read, latest))
    assert page.date == "2024-02-20"
    others = latest.replace(headline, "Other news from the region")
    assert clean_text(_page(headline, "By Jane Roe", PROSE, PROSE2, PROSE3, most_read, others)).date is None


def test_an_interviewers_speaker_labels_do_not_make_them_the_subject() -> None:
    """An interview: the interviewer's name over the date, then 'Jane Rowland: question?' paragraphs. The speaker
    labels are no prose about the interviewer, so the name stays the byline."""
    q1 = "Jane Rowland: You have spoken about the illness in public for years now. Why did you decide to do it at all?"
    a1 = (
        "Maria Lopez: Because I hope my story helps someone. When I heard the diagnosis I believed I was saved, "
        "because at last the chaos had a name and a treatment that doctors could explain to me and my family."
    )
    q2 = "Jane Rowland: And your family, how did they take the news when you told them about the diagnosis?"
    a2 = (
        "Maria Lopez: Slowly, and with a lot of fear at first, but they learned with me over the following months "
        "and today they are the first to notice when something starts to go wrong again at home."
    )
    page = _page(
        "interview", "Jane Rowland\n16.04.2023", "Maria Lopez: I remember the sound of slamming doors", q1, a1, q2, a2
    )
    assert clean_text(page).author == "Jane Rowland"


def test_a_print_issues_date_is_not_the_storys() -> None:
    """A magazine prints its issue's cover dates above the story's own date line: the issue is not the story."""
    head = "Council passes budget after marathon session"
    cover = "Cover of December 25, 2023/January 1, 2024, Issue"
    menu = "  • About\n  • Events\n  • Contact Us"
    stand = "He told the truth about the threat. The others will never do that."
    top = _page(menu, "Current Issue", cover, "Politics / January 11, 2024", head, stand, "Jane Roe")
    page = _page(top, PROSE, PROSE2, PROSE3, cover, "December 25, 2023/January 1, 2024, Issue")
    assert clean_text(page).date == "2024-01-11"


def test_on_alone_is_no_publication_cue_inside_a_caption() -> None:
    """'… shows Jane Roe, left, on Aug. 7, 2024 and John Doe on July 31, 2024. (Photo/Agency)': the photos'
    dates, not the story's; a page printing no date of its own has none."""
    head = "Council passes budget after marathon session"
    caption = (
        "This combination of photos shows council leader Jane Roe, left, on Aug. 7, 2024 and treasurer John Doe "
        "at a town hall on July 31, 2024. (Photo/Gotham Agency)"
    )
    assert clean_text(_page(head, "By Jane Roe", caption, PROSE, PROSE2, PROSE3)).date is None
    assert clean_text(_page(head, "By Jane Roe", "Published on Sept. 3, 2024", caption, PROSE, PROSE2)).date == (
        "2024-09-03"
    )


def test_a_bare_name_between_the_date_and_the_body_is_the_byline_though_the_story_names_it() -> None:
    credit = (
        "The station's team coverage throughout the day will include reports from Keith Mills, Brett Hollander, "
        "Jane Wykeham and the voice of the team."
    )
    page = clean_text(
        _page(
            "Council passes budget after marathon session",
            "Wednesday, June 05, 2013\nJane Wykeham",
            PROSE,
            credit,
            PROSE2,
            "The council chamber on Tuesday evening (Station photo by Jane Wykeham)",
            PROSE3,
        )
    )
    assert page.author == "Jane Wykeham"


def test_a_bare_list_entry_without_a_given_name_is_a_link_not_a_byline() -> None:
    from search.cleaning.meta_author import FEATURES, _unknown_listed

    listed = {**dict.fromkeys(FEATURES, 0.0), "bare": 1.0, "in_list": 1.0, "doubled": 1.0}
    assert _unknown_listed(("Firefox Aurora",), listed)  # '• Firefox Aurora' twice in a list of links
    assert not _unknown_listed(("Jane Wykeham",), listed)
    assert not _unknown_listed(("AFP",), listed)  # an agency's initials are a credit
    assert not _unknown_listed(("Firefox Aurora",), {**listed, "in_list": 0.0})


@pytest.mark.parametrize(
    ("row", "author"),
    [
        (
            "polemika 05.01.2023, 14:11",
            "Marta Kowalczyk",
        ),  # a short date row: the credit, though the headline names her
        # a sentence with a date in the row's place: the name is the story's subject (a picture's title)
        ("Na konferencji 05.01.2023 w Krakowie Marta Kowalczyk odpowiedziała swoim krytykom", None),
    ],
)
def test_a_bare_name_under_the_headline_and_a_date_row_is_the_byline_though_the_headline_names_it(
    row: str, author: str | None
) -> None:
    page = clean_text(
        _page(
            "Menu\n\n  • Opinie\n  • Kraj\n  • Świat",
            "Kowalczyk do Nowaka: wierzący są w stanie uwierzyć w cokolwiek",
            f"{row}\nMarta Kowalczyk",
            "2 ZDJĘCIA\nŚw. Mikołaj\n\nŚw. Mikołaj (Andrea Piacquadio / Pexels)",
            PROSE,
            PROSE2,
            PROSE3,
        )
    )
    assert page.author == author


def test_a_date_read_both_ways_is_not_after_the_page_s_own_day() -> None:
    story = _page("Council approves the budget", "Tucson, Arizona | Published: 01.09.2008", PROSE, PROSE2)
    assert clean_text(_page("Tue, January 15, 2008", "  • News\n  • Sports", story)).date == "2008-01-09"
    assert clean_text(story).date == "2008-09-01"  # a dotted date reads day first without other evidence


def test_a_long_dated_list_above_the_article_does_not_crowd_out_its_date() -> None:
    """Seventy dated deals listed above the headline (more dates than are weighed) leave the date under the
    headline in reach: the dates nearest the body are the ones weighed."""
    deals = "\n".join(
        f"  • Deal number {k} of the week\n    Published Nov {k % 28 + 1}, 2024 | 4:32 PM" for k in range(70)
    )
    story = "\n\n".join(numbered_paragraphs(8))
    head = (
        "News\n\n  • Previous\n  • Next\n\nA headline for the story of the day\n\nA dek under the headline\n\nJane Roe"
    )
    page = f"Home\n\n{deals}\n\n{head}\nJan 9, 2025 5:33 PM EST 9 comments\n\n{story}\n"
    assert clean_text(page).date == "2025-01-09"


def test_the_order_of_numeric_dates_is_read_from_the_whole_page() -> None:
    """'Published 07/08/2025' reads both ways; the page's list of other stories far below the article
    ('… 06/27/2025') prints month first, so it is 8 July."""
    story = "\n\n".join(numbered_paragraphs(8))
    tail = "\n\n".join(f"Link {k} to the site's terms and other pages" for k in range(12))
    others = "\n\n".join(f"Another story number {k} about gaming handhelds 06/2{k}/2025" for k in range(3, 8))
    page = (
        f"Home\n\nA headline for the story of the day\n\nJane Roe, Published 07/08/2025\n\n{story}\n\n{tail}\n\n"
        f"Related\n\n{others}\n"
    )
    assert clean_text(page).date == "2025-07-08"


def test_a_credit_with_the_headline_glued_after_it_is_a_pictures_credit() -> None:
    """'Autor: AGO Poszukiwany 31-latek …': a picture's credit, then its alt text (the headline); the writer is the
    name printed over the date line."""
    story = "\n\n".join(numbered_paragraphs(8))
    headline = "Poszukiwany 31-latek na widok policjantów wyskoczył z okna"
    head = (
        f"  • Kielce\n  • Kalisz\n\nDaily Planet\n\n{headline}\n\ni\n\n\nAutor: AGO {headline}\n\nThe chase\n\n"
        f"{headline}\n\nJane Roe\nJane Roe\n2025-02-17 12:01\nWas this article interesting? Share it!\n"
    )
    assert clean_text(f"{head}\n\n{story}\n").author == "Jane Roe"


def test_a_date_that_reads_both_ways_is_read_as_the_page_spells_it_out() -> None:
    """'05/12/2020 - 00:00' under the headline reads both ways; the page's list of events spells out 'May 12, 2020',
    so it is 12 May (with no such date on the page, it stays unread)."""
    story = "\n\n".join(numbered_paragraphs(8))
    events = "Upcoming events\n\nFarmers market\nMay 12, 2020 - 10:00\n\nCouncil meeting\nMay 15, 2020 - 07:00"
    head = "Home\n\nCouncil approves the budget after a long debate\n\nby Jane Roe\n\n05/12/2020 - 00:00"
    assert clean_text(f"{head}\n\n{story}\n\n{events}\n").date == "2020-05-12"
    assert clean_text(f"{head}\n\n{story}\n").date is None


def test_an_icon_fonts_glyph_beside_the_byline_is_no_text() -> None:
    """'👤by Jane Roe \ue718 Comments 📅31.03.2025': the private-use glyph of an icon font prints nothing; the
    byline under the headline is read through it."""
    story = "\n\n".join(numbered_paragraphs(8))
    head = (
        "Home\n\nCouncil approves the budget after a long debate\n\n👤by Jane Roe \ue718 Comments 📅31.03.2025 16:56:46"
    )
    page = clean_text(f"{head}\n\n{story}\n\nSide Display Panel\n\n{story}\n")
    assert page.author == "Jane Roe"


def test_the_writers_segment_of_a_credit_row_with_a_reviewer_is_the_byline() -> None:
    """'Medically reviewed by John Doe, CPT — Written by Jane Roe — Updated on November 5, 2020': the reviewer is
    no writer; the segment 'Written by' names the byline."""
    story = "\n\n".join(numbered_paragraphs(8))
    row = "Medically reviewed by John Doe, CPT — Written by Jane Roe — Updated on November 5, 2020"
    page = clean_text(f"Home\n\nTry this: exercises for back pain\n\n[500x500_Da]\n{row}\n\n  • Safety\n\n{story}\n")
    assert page.author == "Jane Roe"


def test_a_dotted_date_reads_month_first_on_a_page_whose_dotted_dates_are_month_first() -> None:
    """'Published 10.05.2025' reads both ways; the page's other dotted dates ('10.23.2025') settle it as 5 October.
    Without them it reads day first, as dotted dates mostly do."""
    story = _page("Council approves the budget", "Tucson, Arizona | Published: 10.05.2025", PROSE, PROSE2)
    more = "More stories\n\n  • Storm hits the coast\n    10.23.2025\n  • Schools reopen\n    10.14.2025"
    assert clean_text(_page(story, more)).date == "2025-10-05"
    assert clean_text(story).date == "2025-05-10"


def test_a_byline_of_a_writer_with_an_agency_names_the_writer_and_a_desk_keeps_the_agency() -> None:
    """'Von Diana Resnik mit AP': the writer, as with 'and agencies'; 'By Euronews with Agencies' is one desk
    credit, and so is 'Le Monde with AFP' though 'Le' is a given name too."""
    assert parse_byline("Von Diana Resnik mit AP") == ["Diana Resnik"]
    assert parse_byline("By Euronews with Agencies") == ["Euronews with Agencies"]
    assert parse_byline("By Le Monde with AFP") == ["Le Monde with AFP"]


def test_an_author_label_after_the_byline_marker_is_no_part_of_the_name() -> None:
    """'von Autor: Georg Holzer': the marker, then the label, then the writer."""
    assert parse_byline("von Autor: Georg Holzer") == ["Georg Holzer"]
    assert parse_byline("By Author: Jane Roe") == ["Jane Roe"]


def test_a_credit_printed_twice_without_a_break_names_the_writer_once() -> None:
    """'Author: Julia FranzAuthor: Julia Franz': the label is no part of the name."""
    assert parse_byline("Author: Julia FranzAuthor: Julia Franz") == ["Julia Franz"]
    assert parse_byline("By Jane Roe By Jane Roe") == ["Jane Roe"]


def test_by_and_a_date_opening_a_sentence_is_no_byline() -> None:
    """'By July 2001, BackRub had been renamed Google': 'by that time', no writer; a given name that is also a
    month's ('By June Smith') still is one."""
    assert parse_byline("By July 2001, BackRub had been renamed Google and was doing really well.") is None
    assert parse_byline("By Mai 2020 wurde das Werk geschlossen") is None
    assert parse_byline("By June Smith") == ["June Smith"]


def test_a_title_in_capitals_glued_to_the_surname_is_no_part_of_the_name() -> None:
    """'Gina TrapaniCEO' under the standfirst, 'By Jane RoeAP': the job title or agency glued on in capitals."""
    assert parse_name_line("Gina TrapaniCEO") == ["Gina Trapani"]
    assert parse_byline("By Jane RoeAP") == ["Jane Roe"]
    assert parse_name_line("Jane DeSilva") == ["Jane DeSilva"]  # one turn of case inside a surname stays


def test_the_headline_printed_again_under_a_breadcrumb_is_no_writer() -> None:
    """'Home › Silver Society – The young old people' / 'Silver Society – The young old people' / date | writer:
    the second printing of the headline is not a bare name line 'Silver Society'."""
    head = (
        "Home › Silver Society – The young old people\n\nSilver Society – The young old people\n18/03/2019 | Jane Roe"
    )
    body = "\n\n".join(
        f"Paragraph {k} tells how older workers stay on in the firm for longer than before." for k in range(6)
    )
    page = clean_text(f"  • Home\n  • Product\n\n{head}\n\n{body}\n")
    assert page.author is None or "Silver Society" not in page.author


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Donnerstag, 15.2.2018, 19:51", True),
        ("Posted at 9:05 by jdoe", True),
        ("Version 15.20 is out", False),  # a dotted number
        ("Video 1:02:33", False),  # a video's length
        ("Score 3:1", False),  # minutes have two digits
    ],
)
def test_a_time_of_day_is_printed_with_a_colon(text: str, expected: bool) -> None:
    assert has_time_of_day(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Heute, 11:07 Uhr", True), ("Today 9:15 am", True), ("11.07", True), ("Um 11:07 Uhr kam er", False)],
)
def test_a_clock_line_is_a_time_of_day_alone(text: str, expected: bool) -> None:
    assert is_clock_line(text) is expected


def test_a_byline_over_the_dateline_stands_in_for_a_kicker_the_story_is_about() -> None:
    """'Tribunal Supremo' under the headline reads as a bare name, but the story is about it; the name over the
    date line, which the story never mentions, is the writer. Letters ('FTWM', an avatar's 'PA') would not be."""
    p1 = (
        "El juez del Tribunal Supremo ha citado a declarar en calidad de investigado al consejero de Hacienda de la "
        "ciudad, para el próximo 29 de enero, al considerar que los indicios recogidos por la unidad de policía "
        "apuntan a su participación directa en la venta de los terrenos del puerto, según el auto al que ha tenido "
        "acceso este diario."
    )
    p2 = (
        "El magistrado investiga si el número uno de la consejería filtró u ordenó filtrar datos reservados respecto "
        "del constructor que compró los terrenos, socio del alcalde, y si lo hizo para favorecer a su empresa frente "
        "a las otras cuatro que se presentaron al concurso público del año pasado."
    )
    head = [
        "El juez cita como investigado al consejero por la venta de los terrenos del puerto",
        "Tribunal Supremo",
        "El magistrado ve indicios contra el consejero, amplía la investigación a su número dos y señala a la alcaldía",
    ]
    dateline = "13/01/2025 10:22 Actualizado a 13/01/2025 15:43"
    assert clean_text("\n\n".join([*head, "Carlota Guindal", dateline, p1, p2])).author == "Carlota Guindal"
    assert clean_text("\n\n".join([*head, "FTWM", dateline, p1, p2])).author is None


def test_ages_written_with_words_and_in_other_languages_are_relative() -> None:
    """A comment's age: 'an hour ago', 'Hace una hora', 'vor einer Stunde', 'há 3 horas', '3 ore fa'; the same words
    with no time unit after them are prose ('hace una buena labor', 'vor einer Wahl')."""
    from search.cleaning.dates import is_relative

    for age in (
        "an hour ago",
        "Hace una hora",
        "Hace unos minutos",
        "vor einer Stunde",
        "há 3 horas",
        "3 ore fa",
        "un'ora fa",
    ):
        assert is_relative(age), age
    assert not is_relative("El fiscal hace una buena labor") and not is_relative("Kurz vor einer Wahl")


def test_of_two_dates_on_one_meta_line_the_earlier_is_the_publication() -> None:
    """'December 10, 2021April 9, 2019 by Jane Roe': the theme prints the change before the publication, with no
    label on either; a story is published before it is changed."""
    page = clean_text(
        _page(
            "Council passes budget after marathon session", "December 10, 2021April 9, 2019 by Jane Roe", PROSE, PROSE2
        )
    )
    assert page.date == "2019-04-09"
