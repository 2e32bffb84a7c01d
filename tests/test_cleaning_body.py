"""Tests for the body part of the text-dump cleaner: invariants, the line model, scripts without spaces."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from search.cleaning import body, clean_text, codeblocks, patterns, shortlines
from search.cleaning.body_weights import WEIGHTS
from search.cleaning.factlists import fact_list_lines
from search.cleaning.lines import count_words, split_lines

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

PROSE = (
    "The council approved the new budget on Tuesday after a long debate that lasted into the night. "
    "Members said the plan would fund schools, roads and clinics across the region for two years."
)
PROSE2 = (
    "Opposition members argued that the spending plan relied on optimistic forecasts of tax revenue. "
    "They asked the treasurer to publish a detailed breakdown before the second reading next month."
)
PROSE3 = (
    "The treasurer said the figures would be released in the coming weeks and defended the forecasts. "
    "Local groups welcomed the extra money for clinics but warned that staffing remained a problem."
)


def _page(*parts: str) -> str:
    return "\n\n".join(parts)


def _check_invariants(text: str) -> None:
    """Paragraphs are input text in input order; every other non-blank line is dropped with a reason."""
    page = clean_text(text)
    flat = " ".join(text.replace("\xa0", " ").split())
    pos = 0
    for para in page.paragraphs:
        para = " ".join(para.split())  # a listing keeps its line breaks and indentation
        found = flat.find(para, pos)
        assert found >= 0, para[:80]
        pos = found + len(para)
    source = text.replace("\xa0", " ").split("\n")
    dropped = {d.line for d in page.dropped}
    for d in page.dropped:
        assert d.reason
        assert 1 <= d.line <= len(source)
    body = " ".join(page.body.split())
    for no, raw in enumerate(source, 1):
        if raw.strip() and no not in dropped:
            assert " ".join(raw.split()).lstrip("•□ ") in body, raw


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_seed_invariants(path: Path) -> None:
    _check_invariants(path.read_text(encoding="utf-8"))


def test_article_with_subheading_list_and_quote_keeps_them() -> None:
    text = _page(
        "  • Home\n  • World\n  • Politics",
        "Council passes budget after marathon session",
        "By Jane Roe",
        PROSE,
        "What happens next",
        PROSE2,
        "“We will not stop here.”",
        PROSE3,
        "© 2021 Example Daily. All rights reserved.",
    )
    page = clean_text(text)
    assert PROSE in page.paragraphs and PROSE2 in page.paragraphs and PROSE3 in page.paragraphs
    assert "What happens next" in page.paragraphs
    assert page.paragraphs.index("What happens next") in page.headings
    assert "Home" not in page.body
    _check_invariants(text)


def test_the_line_under_a_caption_label_is_a_caption_and_no_headline() -> None:
    """'Image caption,' printed on its own line (a label for screen readers) names the next line a caption: it is
    neither the headline nor text of the article, though it reads like a sentence of it."""
    caption = "Mr Roe says he wanted to do something for a living that he really liked"
    inside = "The firm has 700 workers in ports around the world"
    text = _page(
        "  • Home\n  • Business",
        "The man who built a ferry firm in his basement",
        "  • Published\n    14 July 2017",
        "Jane RoeImage source, Example",
        f"Image caption,\n{caption}",
        "By Jane Roe",
        PROSE,
        f"[photo]\nImage source, Example\n\nImage caption,\n{inside}",
        PROSE2,
        PROSE3,
    )
    page = clean_text(text)
    assert page.title == "The man who built a ferry firm in his basement"
    assert caption not in page.body and inside not in page.body
    assert PROSE in page.paragraphs and PROSE3 in page.paragraphs
    _check_invariants(text)


def test_a_table_between_the_paragraphs_does_not_split_the_article() -> None:
    """A specification table (numbers in columns) between a review's paragraphs neither ends the article nor makes
    its second half the whole story."""
    rows = ["                  Model A       Model B       Model C       Model D"]
    rows += [f"{name:<18}{a:<14}{b:<14}{c:<14}{d}" for name, a, b, c, d in [
        ("Units", "16", "32", "16", "24"),
        ("Texture units", "40", "48", "32", "40"),
        ("Memory", "1024", "1024", "1024", "2048"),
        ("Frequency", "850", "775", "800", "1000"),
        ("Power", "108", "127", "55", "80"),
    ]]  # fmt: skip
    text = _page(
        "  • Home\n  • Reviews",
        "New graphics cards reviewed",
        "Julien Jay",
        "01 juin 2018 à 15h36",
        PROSE,
        "\n".join(rows),
        PROSE2,
        PROSE3,
        PROSE2.replace("the", "a"),
    )
    page = clean_text(text)
    assert page.title == "New graphics cards reviewed"
    assert PROSE in page.paragraphs and PROSE3 in page.paragraphs
    _check_invariants(text)


def test_teasers_after_the_article_are_dropped() -> None:
    teasers = [
        "Police arrest two men after a night of looting | Metro News",
        "Storm closes schools across the north | Metro News",
        "Football club names new coach for next season | Metro News",
    ]
    text = _page("Council passes budget", PROSE, PROSE2, PROSE3, *teasers)
    page = clean_text(text)
    for t in teasers:
        assert t not in page.body
    assert PROSE3 in page.paragraphs
    _check_invariants(text)


def test_teaser_summaries_with_more_links_are_dropped_but_a_last_paragraph_before_more_stays() -> None:
    summaries = [
        "Two cars collided head-on on the coast road on Monday evening, injuring a woman and a man. Police closed "
        "the road for four hours while crews cleared the wreckage and examined the scene.",
        "After two years of repairs the old public baths reopen this weekend with a new pool and a sauna. The "
        "town paid most of the bill, and the first swimmers will be allowed in on Saturday morning.",
        "Four men went on trial on Wednesday accused of selling drugs from a garden shed near the station. The "
        "court expects to hear from more than twenty witnesses before it reaches a verdict next month.",
    ]
    teasers = [part for s in summaries for part in ("Regional news in brief", s, "more")]
    text = _page("Council passes budget", PROSE, PROSE2, PROSE3, "Read more", "More from the region", *teasers)
    page = clean_text(text)
    assert PROSE3 in page.paragraphs  # one "Read more" under the article closes it
    for summary in summaries:
        assert summary not in page.body
    _check_invariants(text)


def test_japanese_prose_is_an_article() -> None:
    sentence = "政府は火曜日、新しい予算案を閣議決定し、学校や道路、診療所の整備に充てる方針を明らかにした。"
    second = "野党は歳入の見通しが楽観的すぎると批判し、来月の審議までに詳しい内訳を公表するよう求めている。"
    third = "財務担当者は数週間以内に数字を公表すると述べ、見通しは妥当だと反論した。地元団体は歓迎している。"
    text = _page("• ホーム\n• 社会\n• 経済", "予算案を閣議決定", sentence, second, third)
    page = clean_text(text)
    assert page.paragraphs == [sentence, second, third]
    assert "ホーム" not in page.body


def test_count_words_weighs_unspaced_scripts() -> None:
    assert count_words("The council approved it.") == 4
    assert count_words("政府は火曜日新しい予算案") >= 5
    assert count_words("Ça va très bien, merci") == 5


@pytest.mark.parametrize(
    ("line", "prose"),
    [
        # a menu's links run together into one long line, in Title Case, with the odd lower-case brand
        (
            "Adidas Coupons Ashley Furniture Coupons Dick's Sporting Goods Coupons DoorDash Promo Codes eBay Coupons "
            "ExpressVPN Coupons Fanatics Coupons Forever 21 Coupons Grubhub Promo Codes Home Depot Coupons Hotels.com",
            False,
        ),
        (
            "Best Backup Camera Best Car Battery Charger Best Car Cover Best Car Vacuum Best Dash Cam "
            "Best Jump Starter Best Portable Air Compressor Best Radar Detector",
            False,
        ),
        # a long sentence without its full stop, and German prose with its capitalised nouns
        (
            "The council approved the new budget on Tuesday after a long debate about schools, roads and the future "
            "of public transport in the region, officials said in a statement",
            True,
        ),
        (
            "Der Stadtrat hat am Dienstag nach einer langen Debatte über Schulen, Straßen und die Zukunft des "
            "öffentlichen Verkehrs in der Region den neuen Haushalt beschlossen, teilte die Stadt mit",
            True,
        ),
    ],
)
def test_a_long_run_of_links_in_title_case_is_no_prose(line: str, prose: bool) -> None:
    assert split_lines(line)[0].is_prose is prose


def test_line_features_are_cached_and_consistent() -> None:
    lines = split_lines("  • Menu item\n\nA short line.\n\n" + PROSE)
    assert lines[0].bullet == "•" and lines[0].text == "Menu item"
    assert not lines[0].is_prose
    assert lines[-1].is_prose and lines[-1].ends_sentence


@pytest.mark.parametrize(
    ("text", "bullet", "body"),
    [
        ("3. Schools and roads", "3.", "Schools and roads"),
        ("22. Dezember 2019 von Jane Roe", None, "22. Dezember 2019 von Jane Roe"),  # a day number opens a date
        ("1. Mai 2020", None, "1. Mai 2020"),
    ],
)
def test_ordered_items_and_dates(text: str, bullet: str | None, body: str) -> None:
    line = split_lines(text)[0]
    assert (line.bullet, line.text) == (bullet, body)


def test_model_weights_cover_the_features() -> None:
    for kind, weights in WEIGHTS.items():
        assert kind in {"short", "prose"}
        assert 0.0 < weights["_threshold"] < 1.0
        assert set(weights) - {"_threshold"} <= set(shortlines.FEATURES)
    p = shortlines.keep_probability(WEIGHTS["prose"], [0.0] * len(shortlines.FEATURES))
    assert 0.0 <= p <= 1.0


def test_rule_only_mode_still_works() -> None:
    saved = shortlines.WEIGHTS
    shortlines.WEIGHTS = None
    try:
        page = clean_text(_page("Council passes budget", PROSE, PROSE2))
    finally:
        shortlines.WEIGHTS = saved
    assert page.paragraphs == [PROSE, PROSE2]


def test_never_raises_on_odd_input() -> None:
    rng = random.Random(7)
    alphabet = "ab •□1.\n\n\t[]<>©|—“”。政府 Read more Comments" + PROSE
    for _ in range(200):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 400)))
        _check_invariants(text)
    for odd in ("", "\n" * 50, "•\n•\n•", "x" * 200_000, PROSE * 300, b"bytes \xff input", None, 12):
        clean_text(odd)  # type: ignore[arg-type]


def test_a_list_of_full_sentences_inside_the_article_is_kept() -> None:
    advice = [
        "  • When you meet a blind person, ask whether they need help before you take their arm or guide them.",
        "  • Offer your arm and walk half a step ahead, so that they can follow the movement of your body.",
        "  • Tell them where the food and the drinks are placed on the table instead of pushing plates around.",
        "  • At a bus stop, read out the number of the arriving bus, because many buses do not announce it.",
    ]
    text = _page(
        "  • Home\n  • News\n  • Sport",
        "How to help without causing harm",
        "Most people want to help but do not know how, the association says in its new guide for the public.",
        "\n".join(advice),
        PROSE,
        "  • About us\n  • Contact\n  • Privacy",
    )
    page = clean_text(text)
    for item in advice:
        assert item.strip(" •") in page.body
    assert "Privacy" not in page.body and "Sport" not in page.body
    _check_invariants(text)


@pytest.mark.parametrize(
    "credit",
    [
        "© Bild: Werk/Jane Roe",
        "© Shutterstock",
        "© Getty Images",
        "Image copyright Reuters",
        "Crowds by the stage © Jane Roe",
        "Mourners at a memorial for the victims of the floods of July 2021. — © Agency",
    ],
)
def test_a_photo_credit_with_a_copyright_sign_does_not_end_the_article(credit: str) -> None:
    text = _page(
        "  • Home\n  • News",
        "Council approves the budget",
        PROSE,
        credit,
        PROSE2,
        PROSE3,
        "© 2024 Gazette. All rights reserved",
    )
    page = clean_text(text)
    assert page.paragraphs == [PROSE, PROSE2, PROSE3]
    _check_invariants(text)


NEXT_PROSE = (
    "In the wake of the raid, party leaders rallied around the former governor and called the search an abuse "
    "of power, while prosecutors declined to say what the agents had been looking for at the house."
)
NEXT_PROSE2 = (
    "A spokesman for the bureau would not comment on the operation, and lawyers for the family said they "
    "had not been shown a warrant before the agents arrived early on Monday morning."
)
PROSE4 = (
    "Clinic staff said the money would pay for two more nurses in each town, but that hiring would take time "
    "because the region has struggled for years to attract trained people from the cities on the coast."
)
PROSE5 = (
    "The budget now goes to the regional assembly, which is expected to approve it before the summer recess "
    "despite objections from two smaller parties about the cost of the new bus lines."
)


ARTICLE = (PROSE, PROSE2, PROSE3, PROSE4, PROSE5)


def _story_then(*between: str) -> str:
    """A dated, signed article of 170 words, the given lines, then two more paragraphs."""
    return _page(
        "  • Home\n  • News",
        "Council approves the budget",
        "Jane Roe\nMarch 3, 2023",
        *ARTICLE,
        *between,
        NEXT_PROSE,
        NEXT_PROSE2,
    )


def test_a_second_story_appended_below_the_article_is_dropped() -> None:
    text = _story_then("Stories chosen for you", "Governor's house searched by federal agents\nJohn Doe\nMarch 4, 2023")
    page = clean_text(text)
    assert page.paragraphs == list(ARTICLE)
    assert any(d.reason == "next article" and d.text == NEXT_PROSE for d in page.dropped)
    _check_invariants(text)


def test_a_second_story_whose_head_is_printed_one_piece_per_line_is_dropped() -> None:
    """'Published' / '4 months ago' / 'on' / the date / 'By' / a desk's name: each piece of the next story's head on
    its own line, the byline's name under a bare 'By'."""
    head = (
        "Governor's house searched by federal agents\nPublished\n4 months ago\non\nMarch 4, 2023\nBy\nMetro News Desk"
    )
    page = clean_text(_story_then("You may like", head))
    assert page.paragraphs == list(ARTICLE)


def test_a_second_story_printed_without_its_headline_is_dropped_at_its_byline() -> None:
    """A story appended under a list of teasers whose headline the text browser did not print: its byline and
    date under the list's last 'read on' link open it."""
    text = _page(
        "Council approves the budget",
        "Jane Roe\nMarch 3, 2023",
        *LONG_ARTICLE,
        "Continue reading 5 minutes",
        "By John Doe and Mary Major\nMarch 4, 2023",
        NEXT_PROSE,
        NEXT_PROSE2,
    )
    assert clean_text(text).paragraphs == LONG_ARTICLE


def test_a_subheading_inside_the_article_does_not_end_it() -> None:
    # A subheading followed by prose, without a byline and a date, is part of the same story.
    page = clean_text(_story_then("What happens next for the clinics"))
    assert page.paragraphs[-2:] == [NEXT_PROSE, NEXT_PROSE2]


def test_a_consent_managers_cookie_text_after_the_article_is_dropped() -> None:
    notice = "These cookies are necessary for the website to function and cannot be switched off in our systems."
    _assert_only_the_article_kept((PROSE, PROSE2, notice), notice, "cookie notice")


@pytest.mark.parametrize(
    "note",
    [
        "Editorial Disclaimer: Opinions expressed here are the author's alone, not those of any bank or airline.",
        "*Psst: if you choose to purchase an item from this post, Example.com may receive a small cut.",
        "If you buy something through our links, we may earn a commission.",
        "Note to readers: if you purchase something through one of our affiliate links we may earn a commission.",
    ],
)
def test_editorial_and_affiliate_disclaimers_are_dropped(note: str) -> None:
    text = _page("Council approves the budget", PROSE, note, PROSE2, PROSE3)
    page = clean_text(text)
    assert page.paragraphs == [PROSE, PROSE2, PROSE3]
    assert [d.reason for d in page.dropped if d.text == note] == ["disclaimer"]


@pytest.mark.parametrize(
    "appeal",
    [
        "Do you have a story tip? Email: newsroom@example.com.",
        "Corrections: If you are aware of an inaccuracy or would like to report a correction, please let us know.",
        "Report typos and corrections to: corrections@example.com.",
    ],
)
def test_tip_and_correction_appeals_after_the_article_are_dropped(appeal: str) -> None:
    page = clean_text(_page("Council approves the budget", *ARTICLE, appeal))
    assert page.paragraphs == list(ARTICLE)
    assert [d.reason for d in page.dropped if d.text == appeal] == ["appeal"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Do you have a tip for the police? Detectives asked anyone who saw the car to call the station.",
        "The disclaimer was read out in court on Tuesday, and the judge asked both sides to respond in writing.",
        'One response to "the crisis" was a new law, which the minister defended in parliament on Tuesday.',
        "The newsletter, published weekly by the embassy, reported that Russian instructors arrived in Bamako.",
        "Video by bystanders showed the police car driving at high speed through the red light on Monday.",
        # subscriptions, stores and downloads, not spoken to the reader
        "The streaming service said it had added nine million subscribers in the quarter, more than expected.",
        "1Password kostet aktuell knapp 50 Euro im Mac App Store und setzt OS X 10.10 voraus.",
        "Users can now download the app for free, the company said on Tuesday.",
    ],
)
def test_a_story_sentence_with_a_furniture_word_is_article_text(sentence: str) -> None:
    """Tips, disclaimers, responses, newsletters, video credits, subscriptions and apps named inside the story's
    own sentences."""
    page = clean_text(_page("Council approves the budget", PROSE, sentence, PROSE2))
    assert sentence in page.paragraphs


def test_gallery_slides_inside_the_article_are_dropped() -> None:
    slides = [
        (
            "Police take up positions during a protest outside the metro station on June 12 in the city centre.",
            "Photo by Jane Roe/Getty Images",
        ),
        (
            "A journalist is carried away on a stretcher after being injured during the protest.",
            "Photo by John Doe/AFP",
        ),
        (
            "Demonstrators clash with police officers spraying tear gas during a protest in April.",
            "Photo by Ann Poe/AP",
        ),
    ]
    parts = ["City protests\n" + caption + "\n\n" + credit for caption, credit in slides]
    text = _page("Council approves the budget", PROSE, *parts, PROSE2, PROSE3)
    page = clean_text(text)
    assert page.paragraphs == [PROSE, PROSE2, PROSE3]
    assert {d.reason for d in page.dropped if d.text in {c for c, _ in slides}} == {"caption"}


def test_interview_speaker_labels_are_kept() -> None:
    answers = [PROSE, PROSE2, PROSE3]
    text = _page("Council approves the budget", *[f"Mayor:\n{a}" for a in answers])
    page = clean_text(text)
    for answer in answers:
        assert answer in page.paragraphs


@pytest.mark.parametrize(
    "header",
    [
        "Comments from our Foolish Readers",
        "One Response to “Council approves the budget”",
        "3 thoughts on “X”",
        "Comentar",  # the comment button over the form and thread, in Spanish, French, Italian and German
        "Commenter",
        "Commentare",
        "Kommentieren",
    ],
)
def test_comment_section_headers_end_the_article(header: str) -> None:
    comment = "I'm sorry, but the council has wasted money for years and this budget will not change anything at all."
    page = clean_text(_page("Council approves the budget", PROSE, PROSE2, header, "jroe wrote:", comment))
    assert page.paragraphs == [PROSE, PROSE2]


@pytest.mark.parametrize(
    "button", ["Aceptar cookies Leer más", "Alle akzeptieren", "Cookies akzeptieren", "Tout accepter"]
)
def test_cookie_buttons_in_other_languages_are_furniture_not_headlines(button: str) -> None:
    text = _page(button, "Gossip", "Council approves the budget", PROSE, PROSE2)
    page = clean_text(text)
    assert page.title == "Council approves the budget"
    assert [d.reason for d in page.dropped if d.text == button] == ["cookie notice"]


def test_a_numbered_list_announced_by_a_colon_is_article_text() -> None:
    items = [f"{n}. {country}" for n, country in enumerate(["Finland", "Norway", "Australia", "Canada", "Mali"], 1)]
    text = _page(
        "Council approves the budget",
        PROSE,
        "The overall rankings of the countries were as follows:\n" + "\n".join(items),
        PROSE2,
    )
    page = clean_text(text)
    assert page.paragraphs == [PROSE, "The overall rankings of the countries were as follows:", *items, PROSE2]
    _check_invariants(text)


def test_a_numbered_list_announced_under_the_last_paragraph_ends_the_article() -> None:
    """A shopping list under the story's last paragraph (and its picture) belongs to it; the promoted links
    under the list do not, and a list no sentence announces stays out."""
    items = [f"{n}. {thing}" for n, thing in enumerate(["Wrap blouse, $167", "Wool socks, $8", "Mug, $8"], 1)]
    tail = ["Sponsored Content", "Ten Movies You Should Watch Anyway FROM THE WEB"]
    text = _page(
        "Council approves the budget",
        PROSE,
        PROSE2,
        "outfit-illustration.jpg",
        "Shop the look here:",
        "\n".join(items),
        *tail,
    )
    page = clean_text(text)
    assert page.paragraphs == [PROSE, PROSE2, "Shop the look here:", *items]
    unannounced = clean_text(_page("Council approves the budget", PROSE, PROSE2, "\n".join(items), *tail))
    assert unannounced.paragraphs == [PROSE, PROSE2]
    _check_invariants(text)


def test_a_numbered_menu_without_an_announcing_sentence_is_still_dropped() -> None:
    menu = "\n".join(f"{n}. {name}" for n, name in enumerate(["Home", "World", "Sport", "Culture"], 1))
    page = clean_text(_page(menu, "Council approves the budget", PROSE, PROSE2))
    assert page.paragraphs == [PROSE, PROSE2]


JOKES = [
    ("What do you call an ant who fights crime?", "A vigilante!"),
    ("What is fast, loud and crunchy?", "A rocket chip!"),
    ("Why did the teddy bear say no to dessert?", "Because she was stuffed."),
    ("What has ears but cannot hear?", "A cornfield."),
    ("How does a vampire start a letter?", "Tomb it may concern."),
    ("What do you call a duck that gets all A's?", "A wise quacker."),
    ("What kind of tree fits in your hand?", "A palm tree!"),
]


def test_a_long_run_of_short_sentences_is_article_text() -> None:
    """Questions and answers, a poem, a dialogue: short lines, but most of them end like sentences."""
    lines = [line for n, (question, answer) in enumerate(JOKES, 1) for line in (f"{n}. {question}", answer)]
    page = clean_text(_page("Council approves the budget", PROSE, PROSE2, "\n\n".join(lines), "Terms of Use"))
    assert page.paragraphs == [PROSE, PROSE2, *lines]


def test_a_list_of_teasers_some_of_them_questions_is_no_run_of_sentences() -> None:
    questions = [f"Will the {topic} survive the winter?" for topic in ("bees", "farms", "ferries", "roads", "clinics")]
    questions += [f"Is the {topic} worth it?" for topic in ("tram", "bridge", "stadium", "library", "museum", "port")]
    questions.append("Why are the shops closed?")
    plain = [f"The {topic} in pictures" for topic in ("storm", "fair", "parade", "market", "fete", "match", "derby")]
    plain.append("Festival highlights")
    jokes = [line for n, (question, answer) in enumerate(JOKES, 1) for line in (f"{n}. {question}", answer)]
    for entries, expected in ((questions + plain, set()), (jokes, set(jokes))):
        lines = split_lines("\n\n".join(entries))
        idx = [i for i, ln in enumerate(lines) if ln.text]
        assert {lines[i].full for i in body.sentence_run_lines(lines, idx)} == expected


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Check out more articles on Example.com!", "read-more link"),
        ("Do you rely on Example reporting? Click here to support it.", "appeal"),
        ("Thank you for signing up!", "newsletter"),
        (
            "Did you know you can manage your profile and explore all of our newsletters within your account.",
            "newsletter",
        ),
        ("Do Not Sell or Share My Personal Information", "footer"),
        ("Les også: Ordføreren vil ha ny bro over fjorden", "read-more link"),
        ("Czytaj też: Rada miasta przyjęła budżet na przyszły rok", "read-more link"),
        ("CCPA Right to Opt-Out of the Sale of Your Personal Information", "footer"),
        # the site speaking: affiliate notices, appeals, newsletter prompts anywhere in the line
        (
            "Reviews and recommendations are unbiased and products are independently selected. Example Media may "
            "earn an affiliate commission from purchases made through links on this page.",
            "disclaimer",
        ),
        ("Enjoyed this story? Support our award-winning journalism by becoming a member.", "appeal"),
        ("Follow Example News on Google News to get our expert news, reviews and opinion in your feeds.", "appeal"),
        ("For the latest breaking news and stories from across the globe, sign up for our newsletters.", "newsletter"),
        # a paywall's or an account's notice to the reader
        ("Als abonnee lees je ook alle plusartikels. Je moet nog even inloggen.", "subscription notice"),
        (
            "Aktuell sind Sie nicht eingeloggt. Wenn Sie diesen Artikel verschenken wollen, brauchen Sie ein Abo.",
            "subscription notice",
        ),
        ("Tu suscripción se está usando en otro dispositivo.", "subscription notice"),
        ("記事に『リアクション』ができます。ご利用には会員登録が必要です。", "subscription notice"),
        ("If you are a print subscriber, online access is included in your subscription.", "subscription notice"),
        # the site's app and newsletter, an ad slot with its number
        ("Die Gazette-App: Nachrichten direkt auf Ihr Smartphone. Hier gratis herunterladen.", "app promotion"),
        ("Aktuelle Nachrichten aufs Handy? Hier geht es zur neuen Gazette-App – für Android und iOS.", "app promotion"),
        ("App Store Google Play", "app promotion"),
        ("Sie mögen den Tag kompakt zusammengefasst? Dann sind Sie beim täglichen Newsletter richtig.", "newsletter"),
        ("Advertisement 3", "advertisement"),
        # a sign-up form's messages
        ("Submitting...", "widget notice"),
        ("Invalid Email", "widget notice"),
        (
            "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
            "widget notice",
        ),
        ("There was an error, please provide a valid email address.", "widget notice"),
        # credited captions
        ("Lotte Tobisch at the opera ball APA/Helmut Fohringer", "caption"),
        ("Junger Mann schaut in ein Buch, um ihn herum fliegen Buchstaben (Bildmontage)", "caption"),
        ("Protesters gather outside the parliament building in the capital (file photo).", "caption"),
    ],
)
def test_furniture_between_paragraphs_is_dropped_with_its_reason(line: str, reason: str) -> None:
    _assert_only_the_article_kept((PROSE, line, PROSE2), line, reason)


def _assert_only_the_article_kept(parts: tuple[str, ...], line: str, reason: str) -> None:
    """Under a headline, ``parts`` (PROSE, PROSE2 and ``line``) clean to the two paragraphs, ``line`` dropped."""
    page = clean_text(_page("Council approves the budget", *parts))
    assert page.paragraphs == [PROSE, PROSE2]
    assert [d.reason for d in page.dropped if d.text == line] == [reason]


@pytest.mark.parametrize(
    "note",
    [
        "Welcome to our new and improved comments, which are for subscribers only.",
        "You will need to register before adding a comment.",
    ],
)
def test_comment_policies_are_comments(note: str) -> None:
    _assert_only_the_article_kept((note, PROSE, PROSE2), note, "comments")


def test_a_slash_between_two_names_at_the_end_of_a_heading_is_no_photo_credit() -> None:
    heading = "Talks at the NATO/Russia Council"
    page = clean_text(_page("Council approves the budget", PROSE, heading, PROSE2, PROSE3))
    assert heading in page.paragraphs


def test_promotion_above_the_headline_block_is_not_the_article() -> None:
    promo = "Delivered daily by 8 a.m., Money Morning examines the latest news in finance, politics and policy."
    consent = (
        "By signing up you agree to allow us to collect your user information and use it to better recommend "
        "content to you, send you email newsletters or updates from us, and share insights based on aggregated "
        "user information. You further agree to our privacy policy and terms of service. You can unsubscribe at "
        "any time and can contact us here. This site is protected by reCAPTCHA and its terms of service apply."
    )
    text = _page(
        "  • Home\n  • News",
        "Money Morning",
        promo,
        "Money Morning logo\nMoney Morning logo",
        "Money Morning",
        promo,
        consent,
        "Sign Up",
        "  • Facebook\n  • Twitter",
        "Council approves the budget",
        "By Jane Roe",
        "10/11/2022 08:00 AM EDT",
        *ARTICLE,
    )
    page = clean_text(text)
    assert page.title == "Council approves the budget"
    assert page.author == "Jane Roe"
    assert page.date == "2022-10-11"
    assert page.paragraphs == list(ARTICLE)
    _check_invariants(text)


@pytest.mark.parametrize(
    ("line", "is_links"),
    [
        ("Education - Urdu News - Car Prices - Breaking News - English News - Live TV - Horoscope - Poetry -", True),
        ("Home | News | Sport | Weather | Sounds | Bitesize", True),
        ("TRENDING: Geek Gifts // Ebola Outbreak // Spy Tech // 3D Printing // Our Planet // Fitness Trackers", True),
        ("01.12.2022 / Solar / CSP / International / Photovoltaik / Speicher / Top News / Wirtschaft", False),
        ("The team won 2 - 1 and then - after a long delay - they lost 3 - 0 to the visitors from the north", False),
    ],
)
def test_a_run_of_link_labels_is_navigation(line: str, is_links: bool) -> None:
    assert patterns.link_run(line) is is_links


def test_a_long_footer_line_of_links_does_not_outweigh_a_short_article() -> None:
    links = " - ".join(f"Section {name}" for name in "ABCDEFGHIJKLMNOPQRSTUVWXYZ") + " - Live TV - Poetry -"
    about = (
        "Example Network is the largest independent digital media house of the region, catering to the needs of "
        "its users since 1997. We provide breaking news, sports, business and entertainment coverage every day."
    )
    text = _page(
        "  • Home\n  • News",
        "Council approves the budget",
        "Jane Roe\nMarch 3, 2023",
        PROSE,
        PROSE2,
        "  • Contact Us\n  • Privacy Policy",
        "Site Links:",
        links,
        about,
    )
    page = clean_text(text)
    assert page.title == "Council approves the budget"
    assert page.paragraphs == [PROSE, PROSE2]


@pytest.mark.parametrize(
    "line",
    [
        "Image source: Getty Images.",
        "Animation by Jane Roe",
        "Video shot/edited by Jane Roe.",
        "Get the Daily Example in your inbox.",
        "Sign up via push alert",
        "Sign Up Now",
    ],
)
def test_credits_and_sign_up_lines_inside_the_article_are_dropped(line: str) -> None:
    page = clean_text(_page("Council approves the budget", PROSE, line, PROSE2, PROSE3))
    assert page.paragraphs == [PROSE, PROSE2, PROSE3]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Poniżej dalsza część artykułu", "advertisement"),
        ("Weiter nach der Anzeige", "advertisement"),
        ("La suite après cette publicité", "advertisement"),
        ("As mais lidas agora", "related links"),
        ("Mehr Nachrichten aus der Region Osnabrück / Emsland", "related links"),
        ("Aktuelle Videos aus Niedersachsen", "related links"),
        ("Otras noticias de Deportes", "related links"),
        ("Next Up In News", "related links"),
        ("The Latest", "related links"),
        ("Weitere Themen", "related links"),
        ("Neueste Beiträge", "related links"),
        ("Lo último", "related links"),
        ("Derniers articles", "related links"),
        ("Mehr aus Thüringen", "related links"),
        ("Die Sportredaktion empfiehlt", "related links"),
        ("Our editors recommend", "related links"),
        ("Zum selben Thema", "related links"),
        ("Unsere Auswahl", "related links"),
        ("Artikel aus der gleichen Kategorie:", "related links"),
        ("More posts from this category", "related links"),
        (
            "Hat Ihnen dieser Artikel gefallen? Dann unterstützen Sie uns bitte mit einer Spende, oder werden Sie "
            "Mitglied der Gothamer Nachrichten.",
            "appeal",
        ),
        ("Did you like this article? Please support us with a donation.", "appeal"),
        ("Did you like this article? The council's vote was close.", None),
        ("1 Kommentar", "comments"),
        ("Kommentare öffnen", "comments"),
        ("Top Rated Comments", "comments"),
        ("Du kommentierst mit Deinem WordPress.com-Konto. ( Abmelden / Ändern )", "comments"),
        ("You are commenting using your Twitter account. ( Log Out / Change )", "comments"),
        ("Kommentar verfassen Antwort abbrechen", "comments"),
        ("Leave a Reply Cancel reply", "comments"),
        ("Schreibe einen Kommentar Antworten abbrechen", "comments"),
        ("Dein Kommentar", "comments"),
        ("Click here to cancel reply.", "comments"),
        ("Your comment", "comments"),
        ("Um hier kommentieren zu können, musst Du einen beliebigen Namen angeben.", "comments"),
        ("Hinterlasse einen Kommentar", "comments"),
        ("Deja una respuesta Cancelar la respuesta", "comments"),
        ("Lascia un commento Annulla risposta", "comments"),
        ("Deixe um comentário Cancelar resposta", "comments"),
        ("Geef een reactie Reactie annuleren", "comments"),
        ("Schreibe einen Kommentar zu diesem Gesetz, sagt der Minister.", None),
        (
            "Take me back! 😍 #sandhotel #reykjavik #iceland #travel #worldcaptures #followmefaraway",
            "social post",
        ),
        (
            "0?(a.parentElement&&e.body.removeChild(a),setTimeout(function(){r(o)},100)):(a.parentElement&&e.body."
            'removeChild(a),t())}if("loading"===e.readyState){var o=function(){r()};e.addEventListener(o)}',
            "script",
        ),
        (
            "The minister (who spoke in Bamako on Tuesday) said the accord — signed in 2022 — would stand; the "
            "opposition (led by the former premier) said <nothing> & left.",
            None,
        ),
        ("Ranked: #1 Lagos, #2 Cairo, #3 Kinshasa, #4 Luanda, #5 Nairobi", None),
        ("The hashtags #MaliRussia and #Wagner trended in Bamako after the summit.", None),
        ("[ 234 comments ]", "comments"),
        ("Read All Comments", "comments"),
        ("Top rated stories", None),
        ("Unterstütz unsere Arbeit mit einem Abo", "appeal"),
        ("Si llegaste hasta acá...", "appeal"),
        ("Подписывайтесь на наш канал:", "appeal"),
        ("Materiał chroniony prawem autorskim - zasady przedruków określa regulamin.", "footer"),
        ("Je m’abonne dès 2,99€/mois", "newsletter"),
        ("Jetzt abonnieren", "newsletter"),
    ],
)
def test_furniture_in_other_languages(line: str, reason: str | None) -> None:
    assert patterns.furniture_reason(line) == reason


def test_numbered_subheadings_between_paragraphs_are_kept() -> None:
    article = [PROSE, "1. Clinics get more", PROSE2, "2. Bus lines wait a year", PROSE3, "3. Schools keep it", PROSE4]
    text = _page("Council approves the budget", *article)
    page = clean_text(text)
    assert page.paragraphs == article
    assert page.headings == [1, 3, 5]
    _check_invariants(text)


def test_paragraphs_indented_under_list_items_are_article_text() -> None:
    """A listicle printed as a list: each entry's paragraph is indented under its bullet."""
    entries = [("Clinics get more money", PROSE), ("Bus lines wait a year", PROSE2), ("Schools keep a share", PROSE3)]
    listed = "\n\n".join(f"  • {head}\n\n    {para}" for head, para in entries)
    text = _page("  • Home\n  • News", "Council approves the budget", "By Jane Roe", listed, "  • Contact\n  • Privacy")
    page = clean_text(text)
    assert page.title == "Council approves the budget"
    assert [p for p in page.paragraphs if p in (PROSE, PROSE2, PROSE3)] == [PROSE, PROSE2, PROSE3]
    _check_invariants(text)


@pytest.mark.parametrize(
    "header",
    [
        "Report this Comment On December 28, 2014, at 8:02 PM, Trololololo wrote:",
        "On March 3, 2020 at 10:02 am Jo said:",
    ],
)
def test_a_comment_header_ends_the_article(header: str) -> None:
    thread = "\n\n".join(f"  • {header}\n\n    {para}\n\n    {NEXT_PROSE}" for para in (PROSE4, PROSE5, PROSE3))
    page = clean_text(_page("Council approves the budget", *ARTICLE, thread))
    assert page.paragraphs == list(ARTICLE)


def test_a_sentence_that_quotes_what_someone_wrote_is_no_comment_header() -> None:
    assert patterns.furniture_reason("In a letter dated March 3, 2020, the minister wrote:") is None
    assert patterns.furniture_reason("The president said in 2019 that he wrote:") is None


def test_an_article_printed_twice_is_kept_once() -> None:
    text = _page("Council approves the budget", *ARTICLE, "  • Share", *ARTICLE)
    page = clean_text(text)
    assert page.paragraphs == list(ARTICLE)
    assert sum(d.reason == "duplicate" for d in page.dropped) >= 3


CONSENT_DIALOG = (
    "If you are a California consumer, you have the right, at any time, to direct a business that sells your"
    " personal information to third parties to not sell your personal information. This right is referred to as"
    " the right to opt-out. You may exercise your right to opt-out of the sale of your personal information"
    " through our website by clicking here. You do not have to create an account to exercise this right.",
    "When you visit our website, we store cookies on your browser to collect information. The information"
    " collected might relate to you, your preferences or your device, and is mostly used to make the site work as"
    " you expect it to and to provide a more personalized web experience. However, you can choose not to allow"
    " certain types of cookies, which may impact your experience of the site and the services we are able to"
    " offer.",
    "Please note that opting-out may not mean you will stop seeing advertisements. Additionally, in the event you"
    " opt-out, but do not opt out of interest-based advertising more generally, you may still receive"
    " advertisements tailored to your interests based upon your personal information. For more information about"
    " your rights and about our use of interest-based advertising, please see our privacy statement.",
)


def test_a_long_consent_dialog_below_a_short_article_is_no_article() -> None:
    page = clean_text(_page("Council approves the budget", PROSE, PROSE2, "Share this article", *CONSENT_DIALOG))
    assert page.paragraphs == [PROSE, PROSE2]
    assert all([d.reason for d in page.dropped if d.text == p] == ["cookie notice"] for p in CONSENT_DIALOG)


def test_a_story_about_privacy_law_is_no_consent_dialog() -> None:
    story = (
        "Under the new law, companies that sell personal information to third parties must let consumers opt out,"
        " and regulators said they would audit how websites use cookies and other tracking technologies to build"
        " profiles of readers. Lawmakers said the rules would take effect next year after a public consultation in"
        " which industry groups had argued that the costs would fall hardest on small publishers."
    )
    assert not patterns.consent_text(story)
    assert patterns.consent_text(CONSENT_DIALOG[0])


PURPOSES_DIALOG = (
    "Advertising presented to you on this service can be based on limited data, such as the website or app you are"
    " using, your non-precise location, your device type or which content you are interacting with (or have"
    " interacted with) (for example, to limit advertising frequency).",
    "Advertising presented to you on this service can be based on your advertising profiles, which can reflect your"
    " activity on this service or other websites or apps (like the forms you submit, content you look at), possible"
    " interests and personal aspects.",
    "Content presented to you on this service can be based on your content personalisation profiles, which can"
    " reflect your activity on this or other services (for instance, the forms you submit, content you look at),"
    " possible interests and personal aspects.",
    "These cookies are necessary for the website to function and cannot be switched off in our systems. They are"
    " usually only set in response to actions made by you which amount to a request for services, such as setting"
    " your privacy preferences, logging in or filling in forms. These cookies do not store any personally"
    " identifiable information.",
)


def test_a_consent_platforms_purposes_are_consent_text() -> None:
    """The standard purposes of a consent platform ('Advertising presented to you on this service …') and its cookie
    categories speak of the reader's activity, profiles and identifiers rather than of cookies and opting out."""
    assert all(patterns.consent_text(para) for para in PURPOSES_DIALOG)
    vendor = (
        "“Either we needed to build everything ourselves, or we could look for a third-party vendor that met our"
        " security guidelines,” says Souri. “We are deployed on two clouds, so this third party also had to make it"
        " possible for the service to run across them and to offer the same level of service to our customers.”"
    )
    assert not patterns.consent_text(vendor)  # 'third-party' and 'third party' are one term


def test_an_article_interrupted_by_a_gallery_and_a_list_of_links_is_one_article() -> None:
    """The lead paragraphs, a 'See also' list, the rest of the story, a gallery of pictures, and the story's end: the
    best run of prose is the end, and the paragraphs above the gallery belong to the same article."""
    links = "Veja também\n\n" + "\n".join(f"  • Another story about the ferry service, part {k}" for k in range(4))
    gallery = "\n\n".join(f"  • [ferry-{k}]\n\n    Imagem:" for k in range(24))
    text = _page(
        "  • Home\n  • Local",
        "Council passes budget after marathon session",
        "Jane Roe",
        "27/05/2019 14h09",
        PROSE,
        PROSE2,
        links,
        PROSE3,
        gallery,
        PROSE4,
        PROSE5,
        NEXT_PROSE,
        NEXT_PROSE2,
    )
    page = clean_text(text)
    assert page.paragraphs[:3] == [PROSE, PROSE2, PROSE3]
    assert page.title == "Council passes budget after marathon session"
    # a second story with its own headline and date after the gallery is no part of the first
    text = _page(
        "  • Home",
        "Council passes budget after marathon session",
        PROSE,
        gallery,
        "Harbour ferry timetable changes next month",
        "28/05/2019 10h00",
        PROSE4,
        PROSE5,
        NEXT_PROSE,
        NEXT_PROSE2,
    )
    assert PROSE not in clean_text(text).paragraphs


def test_a_short_picture_credit_between_paragraphs_does_not_end_the_article() -> None:
    video = "Residents explain how they voted - and why\nResidents explain how they voted - and why\n© n-tv.de"
    page = clean_text(_page("Council approves the budget", PROSE, video, PROSE2, PROSE3))
    assert page.paragraphs == [PROSE, PROSE2, PROSE3]
    assert [d.reason for d in page.dropped if d.text == "© n-tv.de"] == ["footer"]


@pytest.mark.parametrize(
    ("line", "credit"),
    [("© n-tv.de", True), ("© Matt Campbell / DPA", True), ("© Riproduzione riservata", False), ("© 2024 X", False)],
)
def test_only_a_short_copyright_line_without_year_or_reserved_rights_may_be_a_credit(line: str, credit: bool) -> None:
    assert patterns.short_credit(line) is credit


TEASERS = [
    f"Story {n}: {text}"
    for n, text in enumerate(
        [
            "The regional airport will add three new routes to southern Europe next summer, its director said on"
            " Monday, after passenger numbers rose for the third year in a row and two airlines asked for slots.",
            "A family-run weaving mill that has made cloth in the valley since 1850 has filed for insolvency, and"
            " its hundred workers now hope that an investor will take over the business before the winter begins.",
            "The city's hat festival returns at the end of May with street theatre, music from four countries and"
            " a market of crafts, and the organisers expect tens of thousands of visitors over the three days.",
            "Police stopped a driver on the motorway with more than a kilogram of cocaine hidden in his car, and"
            " the young man is now in custody while investigators try to find out where the drugs came from.",
        ]
    )
]


def test_a_short_article_above_a_longer_list_of_teasers_is_the_article() -> None:
    teasers = "\n\n".join(f"Headline number {n}\n\n{t}" for n, t in enumerate(TEASERS))
    footer = "© Copyright Harbour Media Verlag und Druck GmbH & Co. KG"  # the paywalled story's end
    text = _page("Council approves the budget", PROSE, PROSE2, footer, "You may also like", teasers)
    assert clean_text(text).paragraphs == [PROSE, PROSE2]


def test_a_long_article_under_a_related_header_at_the_top_is_still_the_article() -> None:
    text = _page("Related stories", "Council approves the budget", PROSE, PROSE2, PROSE3, *TEASERS)
    assert clean_text(text).paragraphs[:3] == [PROSE, PROSE2, PROSE3]


TEASER_HEADLINES = [
    "Airport adds three routes to southern Europe",
    "Weaving mill files for insolvency after 170 years",
    "Hat festival returns with music from four countries",
    "Driver held with cocaine hidden in his car",
]


@pytest.mark.parametrize("parting", [["Share", "More on this topic"], ["Read more stories"]], ids=["two", "furniture"])
def test_a_teaser_list_with_no_more_links_ends_the_body(parting: list[str]) -> None:
    teasers = [part for head, summary in zip(TEASER_HEADLINES, TEASERS) for part in (head, summary)]
    text = _page("Council approves the budget", PROSE, PROSE2, PROSE3, *parting, *teasers)
    page = clean_text(text)
    assert page.paragraphs == [PROSE, PROSE2, PROSE3]
    _check_invariants(text)


def test_a_pictures_caption_between_teasers_does_not_break_their_list() -> None:
    teasers = [part for head, summary in zip(TEASER_HEADLINES, TEASERS) for part in (head, summary)]
    teasers.insert(4, "A swimmer is pulled from the lake by a lifeguard.")
    text = _page("Council approves the budget", PROSE, PROSE2, PROSE3, "Share", "More on this topic", *teasers)
    assert clean_text(text).paragraphs == [PROSE, PROSE2, PROSE3]


@pytest.mark.parametrize("age", ["Kate Park\n18 hours ago", "Heute, 11:07 Uhr", "Today 9:15 am"])
def test_teasers_with_their_writer_and_age_under_the_headline_end_the_body(age: str) -> None:
    teasers = [part for head, summary in zip(TEASER_HEADLINES, TEASERS) for part in (head, age, summary)]
    text = _page("Council approves the budget", PROSE, PROSE2, PROSE3, "Share", "More on this topic", *teasers)
    assert clean_text(text).paragraphs == [PROSE, PROSE2, PROSE3]


def test_teaser_cards_printing_a_sentence_headline_twice_end_the_body() -> None:
    """A card prints its headline over the picture and again under the section label, and its headline may be
    a question or a sentence: the repetition makes it a headline. The text browser may print the next card's
    headline right under a summary, without a blank line."""
    headlines = [
        "Can food crops grow in the dark? Scientists are working out how.",
        "What do we owe the horseshoe crabs of the bay?",
        "The airport adds routes. Will the south follow?",
        "Is the old weaving mill in the valley really insolvent?",
    ]
    summaries = [
        "Experiments suggest that it may become possible to feed plants without light one day.",
        "Humans rely on the animal's blood for lab tests, but the full cost is still not known.",
        "Passenger numbers rose for the third year in a row, and two airlines asked for slots.",
        "A family firm that made cloth since 1850 filed for insolvency, and its workers hope for help.",
    ]
    cards = [
        f"{head}\n\n[yH5BAEAAAA]\n\n  • Science\n\n{head}\n\n{summary}" for head, summary in zip(headlines, summaries)
    ]
    text = _page("Council approves the budget", PROSE, PROSE2, PROSE3, "Read This Next", "\n".join(cards))
    assert clean_text(text).paragraphs == [PROSE, PROSE2, PROSE3]


COMMENT_TEXTS = [
    "I think the council is wrong about the clinics, because the region has waited for nurses for ten years now and"
    " the money will not buy them any sooner than the last budget did, whatever the treasurer says in public.",
    "The bus lines matter more than anything else in this plan, since half the valley has no way to reach the"
    " hospital without a car, and the assembly should have voted on them first before the schools and the roads.",
    "Nobody in the assembly seems to remember that the same promises were made two years ago, and the roads in"
    " the north are still full of holes that swallow the wheels of every truck that comes down from the pass.",
]


LONG_ARTICLE = [
    f"{PROSE} {PROSE4}",
    f"{PROSE2} {PROSE5}",
    f"{PROSE3} The assembly's finance committee will hear the treasurer again on Thursday, and its chair said"
    " that the hearing would be open to the public for the first time since the committee was set up.",
    "Teachers' unions said the money for schools was welcome but came too late for the coming year, because"
    " the hiring round for the autumn closed in March and most of the vacant posts will stay empty until"
    " the next round, which opens only after the summer, when the new budget is finally paid out.",
    "Road builders, for their part, expect the first contracts to be signed in the spring, once the regional"
    " planning office has approved the list of projects, which it must publish before the end of the year"
    " so that the firms can bid for the work on the northern roads and the bridges over the river.",
]


def test_a_post_stamped_with_its_date_and_time_is_the_article_above_longer_boilerplate() -> None:
    """A blog post signs its head with its date and time of day only ('Donnerstag, 15.2.2018, 19:51 > jdoe'),
    no 'By' line; a longer run of prose under the sidebar (a notice the page prints for printers) is not the post."""
    post = [PROSE, PROSE2, PROSE3, PROSE4, PROSE5]
    sidebar = "\n".join(f"  • Kategorie {n}" for n in range(20))
    notice = [*LONG_ARTICLE[3:], *COMMENT_TEXTS]
    text = _page(
        "Brick Challenge ist jetzt Abandonware", "Donnerstag, 15.2.2018, 19:51 > jdoe", *post, sidebar, *notice
    )
    assert clean_text(text).paragraphs == post


def test_a_short_post_above_its_comment_form_wins_over_longer_prose_below_it() -> None:
    """The article comes before its comments: a longer run under the comment form (a party's programme in the
    sidebar) is not the story, however well it scores."""
    post = [PROSE, PROSE2, PROSE3]
    form = "Leave a Reply\n\nClick here to cancel reply.\n\n[          ] Name *\n\n[          ] Email *"
    text = _page("Basic income is a human right", *post, form, "Our programme", *LONG_ARTICLE[3:], *COMMENT_TEXTS)
    assert clean_text(text).paragraphs == post


def test_a_comment_counter_in_the_head_does_not_hand_the_page_to_a_notice_above_it() -> None:
    """'0 comment' under the headline counts no comments, so it opens no comment section: the prose above it (a
    subscriber notice) does not become the article for lying above 'the comments'."""
    notice = COMMENT_TEXTS[:2]
    text = _page(*notice, "Council approves the budget", "By Jane Roe", "0 comment", *ARTICLE)
    assert clean_text(text).paragraphs == list(ARTICLE)


def test_a_comment_thread_longer_than_the_post_stays_out_of_the_body() -> None:
    """A long thread under 'Comments (35)' outscores the header's barrier; the header still ends the article."""
    thread = [
        f" {n}. {comment}\n\n    Comment by Reader {n} — 17.07, 2011 @ 13:{n:02d}"
        for n, comment in enumerate(COMMENT_TEXTS * 7, start=1)
    ]
    text = _page("Council approves the budget", *LONG_ARTICLE, "Comments (35)", *thread)
    assert clean_text(text).paragraphs == LONG_ARTICLE


def test_short_sections_under_subheadings_at_the_article_end_stay() -> None:
    sections = [part for head, summary in zip(TEASER_HEADLINES, TEASERS) for part in (head, summary)]
    text = _page("Council approves the budget", PROSE, PROSE2, PROSE3, *sections)
    page = clean_text(text)
    assert page.paragraphs[:3] == [PROSE, PROSE2, PROSE3]
    assert all(summary in page.paragraphs for summary in TEASERS)


@pytest.mark.parametrize(
    "bio",
    [
        "Jane Roe is a reporter who has covered city politics for the paper since 2004 and lives in the old town.",
        "Jane Roe kam 2004 zur Zeitung. Sie ist Absolventin der Journalistenschule und schreibt über die Stadtpolitik.",
        "Jane Roe est journaliste au service politique depuis 2004 et couvre la vie municipale de la ville.",
        "Jane Roe can be reached at jroe@example.com. Follow her on Twitter @janeroe.",  # how to reach the writer
        "You can email Jane Roe here, and read more of Jane Roe's articles here.",
    ],
)
def test_the_writers_bio_after_the_article_is_dropped(bio: str) -> None:
    page = clean_text(_page("Council approves the budget", "By Jane Roe", PROSE, PROSE2, bio))
    assert page.author == "Jane Roe"
    assert page.paragraphs == [PROSE, PROSE2]


@pytest.mark.parametrize(
    ("last", "kept"),
    [
        ("This is good news for the councillors, but bad news for the former mayor who had fought the plan.", True),
        ("It is also a relief for the former treasurer, who had warned about the deficit for many years now.", True),
        ("She is a freelance journalist based in Bamako who has covered the council for a decade now.", False),
    ],
)
def test_a_last_paragraph_opening_on_this_or_it_is_no_bio(last: str, kept: bool) -> None:
    page = clean_text(_page("Council approves the budget", "By Jane Roe", PROSE, PROSE2, last))
    assert page.paragraphs == ([PROSE, PROSE2, last] if kept else [PROSE, PROSE2])


def test_a_line_printed_twice_without_a_blank_between_is_a_pictures_alt_text_and_caption() -> None:
    caption = 'ON THE FLOOR: the council chamber during the vote on "the budget of the people" last December, 2023.'
    curly = caption.replace('"the', "“the").replace('budget"', "budget”")  # the caption's own quotation marks
    text = _page("Council approves the budget", PROSE, f"{caption}\n{curly}", PROSE2)
    page = clean_text(text)
    assert page.paragraphs == [PROSE, PROSE2]
    assert [d.reason for d in page.dropped if d.text.startswith("ON THE FLOOR")] == ["caption", "caption"]
    # a paragraph the page prints again further down is the article's, printed once
    reprint = clean_text(_page("Council approves the budget", PROSE, PROSE2, PROSE))
    assert reprint.paragraphs == [PROSE, PROSE2]


def test_a_commentary_label_above_the_headline_does_not_cost_the_article() -> None:
    text = _page(
        "  • Home\n  • Politik", "Kommentar", "Der Haushalt ist ein Kompromiss ohne Mut", "Von Jane Roe", PROSE, PROSE2
    )
    page = clean_text(text)
    assert (page.title, page.author, page.paragraphs) == (
        "Der Haushalt ist ein Kompromiss ohne Mut",
        "Jane Roe",
        [PROSE, PROSE2],
    )


def test_an_article_under_a_long_list_of_teasers_starts_at_its_signed_head() -> None:
    teaser = (
        "A file photograph shows the minister speaking to reporters at the harbour on Monday. — Picture by John Doe"
    )
    teasers = "\n\n".join(
        f"{teaser}\nMalaysia / {n} h ago\n\nTeaser headline number {n} about the port" for n in range(8)
    )
    story = [PROSE, PROSE2, PROSE3, PROSE4, PROSE5]
    text = _page(
        "  • Home\n  • News", teasers, "Council approves the budget", "By Jane Roe\nFriday, 22 Nov 2024 4:55 PM", *story
    )
    page = clean_text(text)
    assert (page.title, page.author, page.date) == ("Council approves the budget", "Jane Roe", "2024-11-22")
    assert page.paragraphs == story


def test_the_article_head_is_found_under_a_long_teaser_list() -> None:
    from search.cleaning.reanchor import article_head_start

    teaser = "A file photograph shows the minister speaking to reporters at the harbour on Monday, officials said."
    teasers = "\n\n".join(f"{teaser} {teaser}\nMalaysia / {n} h ago\n\nTeaser headline {n}" for n in range(7))
    story = [PROSE, PROSE2, PROSE3, PROSE4, PROSE5, PROSE, PROSE2, PROSE3, PROSE4]
    lines = split_lines(_page(teasers, "Council approves the budget", "By Jane Roe\nFriday, 22 Nov 2024", *story))
    nonblank = [i for i, ln in enumerate(lines) if ln.text]
    start = article_head_start(lines, nonblank, nonblank[0], nonblank[-1])
    assert lines[start].text == PROSE


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Please enable JavaScript to view this content.", "widget notice"),
        ("To view this video please enable JavaScript, and consider upgrading to a web browser", "widget notice"),
        ("Bitte aktivieren Sie JavaScript damit Sie diesen Inhalt anzeigen können.", "widget notice"),
        ("Empfohlener redaktioneller Inhalt", "widget notice"),
        ("Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.", "widget notice"),
        # a long notice that opens with the pattern
        (
            "Ich bin damit einverstanden, dass mir der externe Inhalt angezeigt wird. Damit können personenbezogene"
            " Daten an Drittplattformen übermittelt werden. Mehr Informationen dazu erhalten Sie in den"
            " Datenschutz-Einstellungen. Diese finden Sie ganz unten auf unserer Seite im Footer, sodass Sie Ihre"
            " Einstellungen jederzeit verwalten oder widerrufen können.",
            "widget notice",
        ),
        # a consent notice in German: three consent terms, spoken to the reader
        (
            "Leider lassen Ihre derzeitigen Cookie-Einstellungen eine Darstellung dieses Bereichs unserer Website"
            " nicht zu. Damit alle Bereiche und Funktionen problemlos genutzt werden können, ist die Zustimmung zu"
            " bestimmten Cookies erforderlich.",
            "widget notice",
        ),
        ("A welcome email is on its way. If you don't see it, please check your junk folder.", "widget notice"),
        ("Loading...", "widget notice"),
        ("3 Min Lesezeit", "widget notice"),
        ("[ ] Externen Inhalt anzeigen", "widget notice"),
        ("( )Ja, unbedingt.( )Nein, das wäre Zensur.", "form control"),
        ("x3rpxxz-O.jpg", "image placeholder"),
        ("TeilenMerkenDrucken", "share bar"),
        ("Share this item on Facebook facebook Share this item on X x Send this page to someone", "article tools"),
        ("Hier können Sie die Rechte an diesem Artikel erwerben.", "article tools"),
        ("This story has not been edited by NDTV staff and is auto-generated from a syndicated feed.", "article tools"),
        ("Got a story? Get in touch with our news team by emailing us.", "appeal"),
        ("Enjoyed this article? Share it with your friends!", "appeal"),
        ("Fehler auf example.de entdeckt?", "appeal"),
        ("Add Example News as a Preferred Source on Google to see more of our stories.", "appeal"),
    ],
)
def test_widget_notices_and_form_controls_are_dropped(line: str, reason: str) -> None:
    page = clean_text(_page("Council approves the budget", PROSE, line, PROSE2, PROSE3))
    assert page.paragraphs == [PROSE, PROSE2, PROSE3]
    assert [d.reason for d in page.dropped if d.text == line] == [reason]


def test_a_story_about_javascript_keeps_its_sentences() -> None:
    story = "Developers were told to enable JavaScript modules in the build before the release next week."
    assert patterns.furniture_reason(story) is None


def test_notices_between_paragraphs_do_not_split_the_article() -> None:
    """An embed waiting for consent or a picture's file name between paragraphs is dropped, but the paragraphs
    on both sides stay one article (a menu or an ad slot would weigh against it)."""
    short = "The mayor spoke briefly after the vote and thanked the members for their patience."
    lines = ["Empfohlener redaktioneller Inhalt", "Please enable JavaScript to view this content.", "x3rpxxz-O.jpg"]
    page = clean_text(_page("Council approves the budget", PROSE, short, *lines, PROSE2, PROSE3))
    assert page.paragraphs == [PROSE, short, PROSE2, PROSE3]


def test_a_rule_printed_after_a_paragraph_is_not_part_of_it() -> None:
    ruled = PROSE + "    " + "━" * 40
    page = clean_text(_page("Council approves the budget", "November 20, 2019 - 11:28", ruled, PROSE2, PROSE3))
    assert page.paragraphs == [PROSE, PROSE2, PROSE3]
    assert [ln.text for ln in split_lines("━" * 40)] == ["━" * 40]  # a rule on its own line stays a rule


def test_a_rule_printed_before_a_line_is_not_part_of_it() -> None:
    # a column's border printed beside the next column's text: the headline is the text after it
    page = clean_text(_page("━" * 30 + " Council approves the budget", "November 20, 2019 - 11:28", PROSE, PROSE2))
    assert page.title == "Council approves the budget"
    assert [ln.text for ln in split_lines("   " + "━" * 40)] == ["━" * 40]


def test_teasers_under_a_related_header_that_read_like_prose_end_the_article() -> None:
    teasers = [
        "Firefighters at work on a burning farm near the river.",
        "Barn fire on a horse farm leaves five injured",
        "Straw bales in the barn had caught fire. Horses in a stable next door were brought to safety.",
        "The new head coach sits in the stands of the stadium.",
        "Football club names new coach for the coming season",
        "The former coach of two top clubs replaces the manager who was sacked last week.",
    ]
    text = _page("Council passes budget", PROSE, PROSE2, PROSE3, PROSE, "More news from the Region Osnabrück", *teasers)
    page = clean_text(text)
    assert PROSE3 in page.paragraphs
    for t in teasers:
        assert t not in page.body
    # a box in the middle of the article, with the article going on in long paragraphs, cuts nothing
    long_para = PROSE4 + " " + PROSE5
    header = "More news from the Region Osnabrück"
    mid = _page("Council passes budget", PROSE, PROSE2, PROSE3, header, *teasers[:3], long_para)
    assert long_para in clean_text(mid).paragraphs


def test_a_pictures_description_printed_right_above_its_caption_is_dropped() -> None:
    alt = "Roof of a parked tram with visible equipment on it in a depot"
    caption = "On the older tram models the equipment sits on the roof and was not built for heat."
    text = _page("Council passes budget", PROSE, f"{alt}\n{caption}", PROSE2, PROSE3)
    page = clean_text(text)
    assert alt not in page.body
    assert PROSE2 in page.paragraphs and PROSE3 in page.paragraphs
    # a short subheading right above its paragraph stays
    sub = _page("Council passes budget", PROSE, f"Money for clinics\n{PROSE2}", PROSE3)
    assert "Money for clinics" in clean_text(sub).paragraphs


@pytest.mark.parametrize(
    "header",
    [
        "Posted by {name}, Monday 29 October 2012 at 15:4{k}",
        "{name}\n\n{k}M ago",  # a thread's compact ages: '2M ago', '3d ago'
        "{name}\n\n{k}d ago",
    ],
)
def test_a_longer_thread_of_dated_comments_below_the_article_is_not_the_article(header: str) -> None:
    comments = []
    for k, name in enumerate(["monslateamoi", "Roger", "marianne", "williamf", "Xolotl"], start=1):
        comments.append(header.format(name=name, k=k))
        comments.append(" ".join([f"I think comment {k} makes a fair point about the budget and the clinics."] * 3))
    text = _page("Council passes budget", PROSE, PROSE2, PROSE3, "Comments", *comments)
    page = clean_text(text)
    assert PROSE in page.paragraphs and PROSE3 in page.paragraphs
    assert "fair point" not in page.body


def test_a_short_signed_article_above_longer_signed_stories_is_the_article() -> None:
    text = _page(
        "  • Home\n  • World",
        "Council approves the budget after a long debate",
        "By Jane Roe",
        "Posted: Nov 20, 2020 / 05:25 PM",
        PROSE,
        PROSE2,
        "Suggest a Correction\n" + "[                    ]\n" * 20 + "Submit",
        "Share this story",
        "Storm closes schools across the north",
        "by John Smith / Nov 20, 2020",
        *TEASERS,
    )
    page = clean_text(text)
    assert page.paragraphs == [PROSE, PROSE2]
    assert (page.title, page.author) == ("Council approves the budget after a long debate", "Jane Roe")


def test_a_writers_bio_ends_the_article_and_what_follows_it_goes() -> None:
    bio = "Jane Roe is a national affairs correspondent for The Daily Planet. She has written three books."
    quote = "“The effect of these laws is going to be felt well beyond the borders of the region,” he said."
    article = [PROSE, PROSE2, PROSE3, TEASERS[2], TEASERS[3]]
    text = _page("Council approves the budget", *article, bio, quote, TEASERS[0])
    page = clean_text(text)
    assert page.paragraphs == article
    _check_invariants(text)


def test_a_sentence_about_a_reporter_late_in_the_story_is_no_bio() -> None:
    story = "Jane Roe is a reporter who covered the trial for years, and she was in court when the verdict came."
    article = [PROSE, PROSE2, PROSE3, story, *TEASERS]
    assert clean_text(_page("Council approves the budget", *article)).paragraphs == article


def test_the_bylines_writer_opening_a_bio_ends_the_article() -> None:
    bio = "Jane Roe kam 2001 zur Zeitung. Sie ist Absolventin der Journalistenschule und schreibt über Politik."
    article = [PROSE, PROSE2, PROSE3, TEASERS[2], TEASERS[3]]
    text = _page("Council approves the budget", "By Jane Roe", *article, bio, TEASERS[0])
    page = clean_text(text)
    assert page.author == "Jane Roe"
    assert page.paragraphs == article


@pytest.mark.parametrize(
    "header",
    ["Auch interessant", "Noticia relacionada", "Notícia Relacionada", "Die Redaktion empfiehlt", "Editor's Picks"],
)
def test_a_related_header_in_german_spanish_or_portuguese_is_dropped_with_its_teaser(header: str) -> None:
    """'Also interesting', the singular 'Related news' and the editors' recommendations head a teaser inside the
    article, like 'Related stories'."""
    teaser = "Weaving mill files for insolvency after 170 years"
    text = _page("Council approves the budget", PROSE, header, teaser, PROSE2, PROSE3)
    page = clean_text(text)
    assert page.paragraphs == [PROSE, PROSE2, PROSE3]
    assert {(d.text, d.reason) for d in page.dropped} >= {(header, "related links")}


def test_a_teaser_card_under_a_related_header_goes_with_it() -> None:
    """A card (summary and headline printed without a blank between them) under 'Related stories' is the other
    story's teaser, summary sentence included; the article's next paragraph stays."""
    card = (
        "The family firm hopes that an investor will take over the business before the winter begins.\n"
        "Weaving mill files for insolvency after 170 years"
    )
    text = _page("Council approves the budget", PROSE, PROSE2, "Related stories", card, PROSE3)
    assert clean_text(text).paragraphs == [PROSE, PROSE2, PROSE3]


@pytest.mark.parametrize(
    ("under_byline", "bio"),
    [
        ("Jane Roe kam 2001 zur Zeitung und berichtet seither über Verkehr und Energie.", True),
        ("Jane Roe joined the paper in 2001 and has covered transport and energy ever since.", True),
        ("Jane Roe said on Monday that the council had approved the budget after a long debate.", False),
        ("Jane was the first to see the budget, the treasurer said on Monday after the long debate.", False),
    ],
)
def test_the_writers_bio_under_the_byline_is_dropped(under_byline: str, bio: bool) -> None:
    """A bio opening with the byline's full name and a bio's verb, right under the byline, is no article text;
    a first paragraph that names the writer otherwise (or by the first name only) stays."""
    article = [PROSE, PROSE2, PROSE3, *TEASERS[:2]]
    page = clean_text(_page("Council approves the budget", "By Jane Roe", under_byline, *article))
    assert page.author == "Jane Roe"
    assert page.paragraphs == ([] if bio else [under_byline]) + article


def test_captions_given_away_by_their_credit_line_are_dropped() -> None:
    """A line printed right above a lone credit ('REUTERS'), a line printed twice over one ('© Imago/…': the
    picture's alt text and caption), and a short line over a credited caption that says the same (the alt text) are
    captions; a paragraph a blank line above a lone credit, or above a caption about something else, stays."""
    glued = "Chelsea fans produced a banner backing the captain\nREUTERS"
    twice = "A view over the harbour at dawn.\n\nA view over the harbour at dawn.\n\n© Imago/Jane Roe"
    alt = "Sweden's updated war pamphlet."
    caption = "The English version of Sweden's new war pamphlet, sent to every household (Picture: MSB)"
    short = "The mayor declined to comment on the figures."
    other = "Fans wait outside the stadium before the match on Friday night. (Jane Roe/The Daily Planet)"
    aside = "Nobody at the club would say more about the plans."
    pictures = [glued, PROSE2, twice, alt, caption, PROSE3, short, "Getty Images", TEASERS[0], aside, other]
    page = clean_text(_page("Council approves the budget", PROSE, *pictures, *TEASERS[1:3]))
    assert page.paragraphs == [PROSE, PROSE2, PROSE3, short, TEASERS[0], aside, *TEASERS[1:3]]
    dropped = {d.text: d.reason for d in page.dropped}
    assert dropped["Chelsea fans produced a banner backing the captain"] == "caption"
    assert dropped["A view over the harbour at dawn."] == dropped[alt] == "caption"


def test_a_byline_naming_only_the_writer_again_is_dropped_inside_the_article() -> None:
    """'Von Jane Roe' printed again far down the article (under a teaser of her other story) is a byline, not text."""
    article = [PROSE, PROSE2, PROSE3, *TEASERS, *(f"Part {n}: {PROSE}" for n in range(1, 4))]
    text = _page("Council approves the budget", "By Jane Roe", *article, "Von Jane Roe", f"More {PROSE2}")
    page = clean_text(text)
    assert page.author == "Jane Roe"
    assert page.paragraphs == [*article, f"More {PROSE2}"]
    assert [d.reason for d in page.dropped if d.text.endswith("Jane Roe")] == ["byline", "byline"]


def test_a_caption_with_its_agencys_rights_notice_does_not_end_the_article() -> None:
    """'… in the town hall. Jane Roe/Copyright 2026 The AP. All rights reserved.' under a picture between the
    paragraphs is the photo's credit, not the page's footer: the story goes on under it."""
    caption = "The council meets on Monday in the town hall Jane Roe/Copyright 2026 The AP. All rights reserved."
    later = (
        "The mayor said the vote would take place next week once the treasurer had published the figures, "
        "and that the clinics would learn their share of the money before the end of the month."
    )
    page = _page("  • Home\n  • News", "Council approves the new budget", PROSE, PROSE2, PROSE3, caption, later)
    cleaned = clean_text(page)
    assert "vote would take place next week" in "\n".join(cleaned.paragraphs)
    assert "All rights reserved" not in "\n".join(cleaned.paragraphs)
    # the notice alone at the page's foot still ends it
    footer = clean_text(
        _page(
            "  • Home",
            "Council approves the new budget",
            PROSE,
            PROSE2,
            "© 2026 The Daily Planet. All rights reserved.",
        )
    )
    assert "All rights reserved" not in "\n".join(footer.paragraphs)


def test_an_embedded_social_post_is_kept_with_its_attribution() -> None:
    """A post the article embeds (indented as a quotation, closed by '— Name (@handle) Date') is what the story
    quotes: its words and its author stay, in order, with the paragraphs around it. The post's date is not the
    article's."""
    post = (
        "    Council approves the budget after a night of talks, the harbour ferry gets its money at last\n\n"
        "    — Gotham Council (@gothamcouncil) July 16, 2026"
    )
    text = _page("Council passes budget after marathon session", "By Jane Roe", PROSE, post, PROSE2, PROSE3)
    page = clean_text(text)
    assert page.paragraphs == [
        PROSE,
        "Council approves the budget after a night of talks, the harbour ferry gets its money at last",
        "— Gotham Council (@gothamcouncil) July 16, 2026",
        PROSE2,
        PROSE3,
    ]
    assert page.date is None
    _check_invariants(text)


def test_an_article_laid_out_in_a_table_runs_on_past_a_box_of_related_topics() -> None:
    """A page laid out in a table indents the whole article under the menu's bullets, so every paragraph reads as a
    list item's continuation. A box of related topics between two of its paragraphs does not end it: the indented
    paragraphs below keep their paragraph's worth (not a short sentence's) and stop the box's header from
    swallowing them."""
    first = [f"      {t}" for t in (PROSE, PROSE2, PROSE3)]
    later = [
        f"      Paragraph {n} of the report says the council spent {n} million on the harbour ferry, the clinics and "
        f"the schools of the district last year, and that the treasurer expects to spend as much again."
        for n in range(2, 16)
    ]
    page = clean_text(
        _page(
            "  • Home\n  • News",
            "      Council passes budget after marathon session",
            "      By Jane Roe",
            *first,
            "      RELATED TOPICS",
            "    • Budget\n    • Council\n    • Harbour",
            *later,
        )
    )
    text = "\n".join(page.paragraphs)
    assert PROSE3 in text and "Paragraph 2 of the report" in text and "Paragraph 15 of the report" in text
    assert "RELATED TOPICS" not in text and "Harbour\n" not in text


def test_a_numbered_most_read_list_with_sentence_teasers_stays_out() -> None:
    """Under a 'Most Read' header, numbered teasers printed under their bare markers (' 1.' / '    Headline …
    Summary.') are the list's items, however much they read like sentences."""
    teasers = "\n".join(
        f" {n}.\n    The harbour ferry story number {n} that everyone in the city is reading today The council "
        f"says the ferry will run again from next month, after the treasurer found the money for its new engines."
        for n in range(1, 6)
    )
    page = clean_text(
        _page(
            "Council passes budget after marathon session", "By Jane Roe", PROSE, PROSE2, PROSE3, "Most Read", teasers
        )
    )
    text = "\n".join(page.paragraphs)
    assert PROSE3 in text and "story number" not in text


def test_a_paragraph_cut_at_the_dump_width_is_kept_whole() -> None:
    """A quoted paragraph longer than the dump's 1,000 columns is cut mid-sentence ('… For' / 'example, …'): the
    first piece is no picture's alt text over a caption, and the short rest is no stray line; both stay, joined."""
    sentence = "Spending per pupil in the county's schools has grown every year since the war, the audit says. "
    head = "    " + sentence * 9 + "And the number of administrators grew faster still, the auditors add. For"
    head += " For" * ((995 - len(head)) // 4)  # the dump's width, cut as a text browser cuts it
    assert 990 <= len(head) < 1000
    rest = "    example, the reading scores of the oldest pupils have been flat since 1992."
    page = clean_text(
        _page("Council passes budget after marathon session", "By Jane Roe", PROSE, head + "\n" + rest, PROSE2, PROSE3)
    )
    text = "\n".join(page.paragraphs)
    assert "administrators grew faster still" in text and "For example, the reading scores" in text


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("[grey-place]A map entitled “The harbour since 1949” shows the old and new ferry piers shaded red", True),
        ("[1/5]A reporter takes a selfie at the harbour in Gotham, February 11, 2023. Gotham Agency", True),
        ("[1]A footnote that the story itself numbers, with the source of the council's figures", False),
        ("[map] A map of the harbour with the old and new ferry piers marked in red and blue", False),
    ],
)
def test_a_pictures_placeholder_glued_to_its_description_is_a_caption(line: str, caption: bool) -> None:
    """'[grey-place]A map entitled …': the picture's text, not the article's."""
    assert patterns.picture_text(line) is caption
    page = clean_text(_page("Council passes budget after marathon session", "By Jane Roe", PROSE, line, PROSE2))
    assert any(d.reason == "caption" and line in d.text for d in page.dropped) is caption


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Quote | Report this post", "comments"),
        ("Harley 4 hours ago Report Abuse", "comments"),
        ("Report abuse", "comments"),
        ("Children report abuse", None),  # a headline: no bar or age before the words
        ("How to report abuse at work", None),
    ],
)
def test_a_comment_s_report_link_marks_the_comments(line: str, reason: str | None) -> None:
    assert patterns.furniture_reason(line) == reason


def test_the_article_ends_at_the_first_comment_s_controls() -> None:
    comment = (
        "as long as he does not take advice from his cousin on the finer points of driving then i think he is fine"
    )
    text = _page("Council approves the budget", PROSE, PROSE2, comment, "Quote | Report this post", PROSE3)
    assert clean_text(text).paragraphs == [PROSE, PROSE2]


def test_signed_teaser_cards_over_the_article_are_not_its_start() -> None:
    """Under a 'Mehr zum Thema' header, cards of a headline, a one-sentence summary and the writer's bare name
    come first; the article's own headline, standfirst and 'Von' byline follow. The body, title and author are the
    article's, not the first card's."""
    cards = [
        (
            "Klimakrise am Hafen: Allein gelassen mit den Sturmschäden",
            "Wegen der Klimakrise häufen sich die Stürme am Hafen, und die Anwohner tragen die Schäden ohne Hilfe.",
            "Laura Fornell",
        ),
        (
            "Fährverbot im Winter: Pendler warten auf die Brücke",
            "Seit Dezember fährt keine Fähre mehr über den Fluss, und die Brücke ist noch lange nicht gebaut.",
            "Rebecca Ratcliffe, Guill Ramos The Guardian",
        ),
        (
            "Miriam Lang über den Hafen: „Die Stadt plant an uns vorbei“",
            "Miriam Lang kritisiert, dass die Stadt den neuen Hafen ohne die Fischer plant, die dort arbeiten.",
            "Frank Brassel",
        ),
    ]
    scenes = [
        "Früh am Sonntag glänzt der Asphalt am Hafen noch nass, in der Nacht hat es geregnet",
        "Die Fischer ziehen ihre Boote an Land und flicken die Netze, die der Sturm zerrissen hat",
        "Im Rathaus berät der Stadtrat seit dem Morgen über den neuen Haushalt für die Fähre",
        "Der Kämmerer rechnet vor, dass die Brücke doppelt so teuer wird wie vor drei Jahren geplant",
        "Am Nachmittag stimmen die Fraktionen ab, und die Opposition verlässt den Saal aus Protest",
        "Auf dem Markt am Kai verkaufen die Händler den letzten Fang der Woche zu halben Preisen",
        "Am Abend läuft die alte Fähre noch einmal aus, voll besetzt mit Pendlern und Schulkindern",
    ]
    paragraphs = [
        f"Absatz {n}: {scene}, und die Leute am Hafen reden über nichts anderes." for n, scene in enumerate(scenes, 1)
    ]
    page = clean_text(
        _page(
            "  • Politik\n  • Kultur",
            "Mehr zum Thema",
            *("\n\n".join(card) for card in cards),
            "Der Stadtrat beschließt den Haushalt: Was bekommt der Hafen?",
            "Der Stadtrat hat nach langer Nacht den Haushalt beschlossen. Ein Besuch bei den Fischern am Hafen.",
            "Von Lennart Laberenz\n19.10.2025",
            *paragraphs,
        )
    )
    text = "\n".join(page.paragraphs)
    assert page.title == "Der Stadtrat beschließt den Haushalt: Was bekommt der Hafen?"
    assert page.author == "Lennart Laberenz"
    assert "Absatz 1:" in text and "Absatz 7:" in text
    assert "Sturmschäden" not in text and "Fähre mehr über den Fluss" not in text


def test_the_article_printed_again_without_paragraph_breaks_is_dropped() -> None:
    """A page that prints its article a second time under it, glued into one block, does not double the body."""
    paragraphs = [
        "The harbour ferry gets twelve million for new engines, which the mayor called overdue after two breakdowns.",
        "The clinics in the north of the city share four million, most of it for nurses hired on short contracts.",
        "Schools get less than they asked for: the treasurer cut the money for new roofs by a third this year.",
        "The opposition voted against the plan and said the forecasts for the port's income were far too rosy.",
    ]
    reprint = "".join((PROSE, PROSE2, PROSE3, *paragraphs))  # glued as the page prints it, no space between
    page = clean_text(
        _page(
            "Council passes budget after marathon session", "By Jane Roe", PROSE, PROSE2, PROSE3, *paragraphs, reprint
        )
    )
    assert page.paragraphs == [PROSE, PROSE2, PROSE3, *paragraphs]
    assert any(d.reason == "duplicate" for d in page.dropped)
    # a sentence the article itself says twice, in other words around it, stays
    step = (
        "mark an important step in the harbour's history, as the city breaks with the plans of the old port "
        "authority and chooses the ferry over the bridge."
    )
    said_twice, first = f"These remarks {step}", f"The remarks the mayor made at Monday's press conference {step}"
    again = clean_text(_page("Council passes budget", PROSE, first, PROSE2, PROSE3, *paragraphs, said_twice))
    assert said_twice in again.paragraphs and first in again.paragraphs


def test_the_article_goes_on_under_a_box_of_stories_when_the_page_says_so() -> None:
    """A numbered box of other stories breaks the article's run; the page's own note ('… but your article continues
    below.') says the article goes on under it. The paragraphs below are the article's; the box is not."""
    box = "\n".join(
        f" {n}. {headline}\n\n    {summary}\n    Local News"
        for n, (headline, summary) in enumerate(
            [
                ("Harbour ferry breaks down again", "The old ferry stopped in the middle of the river on Monday."),
                ("New school opens in the north", "Pupils moved into the new building after two years of work."),
                ("Police close the bridge at night", "Repairs to the bridge will take until the end of the summer."),
                ("Market hall gets a new roof", "Traders return to the hall after a winter in tents on the square."),
                ("Clinic hires twenty nurses", "The clinic says waiting times should fall by half this year."),
            ],
            1,
        )
    )
    later = [
        "The treasurer said the money for the ferry would come from the port's income, which rose by a fifth last "
        "year as more ships docked at the new quay.",
        "The opposition voted against the plan and said the forecasts for the port were far too rosy for a city "
        "that had lost two shipping lines in three years.",
    ]
    page = clean_text(
        _page(
            "Council passes budget after marathon session",
            "By Jane Roe",
            PROSE,
            PROSE2,
            PROSE3,
            "Advertisement\nStory continues below",
            "Trending",
            box,
            "Advertisement\nThis advertisement has not loaded yet, but your article continues below.\nArticle content",
            *later,
        )
    )
    text = "\n".join(page.paragraphs)
    assert PROSE3 in page.paragraphs and all(p in page.paragraphs for p in later)
    assert "ferry breaks down again" not in text and "twenty nurses" not in text and "waiting times" not in text
    # the part under the box is far longer: the paragraph above it is the article's too, and so is its byline
    lead = " ".join(later)
    longer = clean_text(
        _page(
            "Council passes budget after marathon session",
            "By Jane Roe",
            lead,
            "Advertisement\nStory continues below",
            "Trending",
            box,
            "Advertisement\nThis advertisement has not loaded yet, but your article continues below.\nArticle content",
            PROSE,
            PROSE2,
            PROSE3,
            PROSE4,
            PROSE5,
            *(p.replace("treasurer", "mayor") for p in (PROSE2, PROSE3, PROSE4)),
        )
    )
    assert longer.paragraphs[0] == lead and PROSE5 in longer.paragraphs
    assert "twenty nurses" not in "\n".join(longer.paragraphs) and longer.author == "Jane Roe"


def test_share_buttons_in_other_languages_and_glued_buttons_are_a_share_bar() -> None:
    """'Diesen Artikel teilen', 'Partager cet article' are 'Share this article'; 'Diesen Artikel teilenKommentare'
    and 'Partager cet articleCommentaires' are two buttons printed without a space, each furniture alone. A glued
    line with a piece that may be content ('McDonald', 'Council votesAbout the plan') stays undecided."""
    from search.cleaning.patterns import furniture_reason

    for line in ("Diesen Artikel teilen", "Partager cet article", "Diesen Artikel teilenKommentare"):
        assert furniture_reason(line) == "share bar", line
    assert furniture_reason("Partager cet articleCommentaires") == "share bar"
    assert furniture_reason("McDonald") is None and furniture_reason("Council votesAbout the plan") is None


def test_a_pictures_alt_text_and_caption_printed_side_by_side_are_dropped() -> None:
    """A gallery under the story: each picture's alt text and caption on one line, the same words twice
    ('A fallen tree is removed from a car in Odessa, Texas, on November 25. A fallen tree is removed …'). A rule of
    '━' characters is no caption."""
    shot = "A fallen tree is removed from a car in Odessa, Texas, on November 25."
    page = clean_text(_page("Storm hits the plains", PROSE, PROSE2, f"{shot} {shot}", PROSE3))
    assert "fallen tree" not in page.body
    assert any(d.reason == "caption" and "fallen tree" in d.text for d in page.dropped)
    assert not body.printed_twice_on_its_line("━" * 50)
    assert not body.printed_twice_on_its_line("Yes yes")


def test_a_list_whose_items_end_with_semicolons_is_the_articles_own() -> None:
    """'Once allocated trading sites, traders are expected to:' and short bulleted clauses ending with semicolons
    ('Operate only within designated areas;' … '; and' … '.'): the article's list, kept however short its items;
    a menu of short entries stays out."""
    items = [
        "Operate only within designated areas;",
        "Avoid restricted or prohibited spaces;",
        "Help to maintain order; and",
        "Keep their trading spaces clean.",
    ]
    bullets = "\n".join(f"  • {item}" for item in items)
    menu = "\n".join(f"  • {item}" for item in ("Trading rules", "City council", "Street markets"))
    page = clean_text(
        _page(
            "Council sets rules for street traders",
            PROSE,
            "Once allocated trading sites, traders are expected to:",
            bullets,
            PROSE2,
            menu,
            PROSE3,
        )
    )
    for item in items:
        assert item.rstrip(";.").removesuffix("; and") in page.body
    assert "Street markets" not in page.body


def test_a_listicles_numbered_sentences_between_pictures_are_kept() -> None:
    """'1. The port handled more than 1300 ships last year.' / a picture and an embed's notice / '2. …': numbered
    facts with things printed between them are the article's; a 'Most read' list of numbered headlines one under
    another is not."""
    facts = [
        "The port handled more than 1300 ships in the last year.",
        "Its debts reached 300 million dollars by the end of the summer.",
        "At least twelve thousand workers depended on its cranes and docks.",
    ]
    parts = []
    for n, fact in enumerate(facts, 1):
        parts += [f"{n}. {fact}", "[harbour-picture]", "External content not available"]
    most_read = "\n".join(f"{n}. Council meets on ferry plan number {n} today." for n in range(1, 4))
    page = clean_text(_page("Six facts about the harbour", PROSE, *parts, PROSE2, "Most read", most_read, PROSE3))
    for fact in facts:
        assert fact in page.body
    assert "ferry plan number" not in page.body


LISTING = [
    "<resources>",
    '    <declare-styleable name="MyView">',
    '        <attr name="drawBorder">',
    '            <flag name="none" value="0" />',
    '            <flag name="top" value="1" />',
    "        </attr>",
    "    </declare-styleable>",
    "</resources>",
]
SHORT_LISTING = ["private int mDrawBorder = BORDER_NONE_DEFAULT;", "setDrawBorder(BORDER_TOP | BORDER_LEFT);"]


def test_a_listing_inside_the_article_is_kept_as_printed() -> None:
    """A tutorial's code between its paragraphs is article text: the listing keeps its lines, breaks and indentation
    as one paragraph, and neither it nor a short one on the same page splits the article (an XML tag reads like a
    picture's placeholder, a line of capitals like a ticker)."""
    text = _page(
        "  • Home\n  • Tutorials\n  • About",
        "Flag attributes in custom views",
        PROSE,
        "In our values/attrs.xml file we declare the new attribute for our view like this:",
        "\n".join(LISTING),
        PROSE2,
        "Then the view sets two flags at once, combined with a bitwise operator:",
        "\n".join(SHORT_LISTING),
        PROSE3,
        "© 2026 Example Media. All rights reserved.",
    )
    page = clean_text(text)
    assert page.title == "Flag attributes in custom views"
    assert "\n".join(LISTING) in page.paragraphs
    assert "\n".join(SHORT_LISTING) in page.paragraphs
    assert page.paragraphs[0] == PROSE and page.paragraphs[-1] == PROSE3
    _check_invariants(text)


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ('    <flag name="top" value="1" />', True),
        ("$app->register(new TwigServiceProvider(), array(", True),
        ("from django.conf import settings", True),
        ("    def setUpClass(cls):", True),
        ("});", True),
        ("        'twig.path' => __DIR__.'/../views',", True),
        ('"silex/silex": "~2.0@dev",', True),
        ("$ python -m venv $VENV_PATH", True),
        ("$ deactivate", True),
        ("|   |-- site-packages/", True),
        ("$ 100 million for the new port", False),
        (PROSE, False),
        ("Washington (AP) -- The senator said on Tuesday that he would vote against the bill,", False),
        ("    Televisions,", False),
        ("$549 at REI (Men's Regular)", False),
        ("[", False),
        ("] Last name [", False),
        ("E-Mail-Adresse [", False),
        ("{* backButton *}", False),
        ("{{ message_title }}", False),
    ],
)
def test_what_reads_as_a_line_of_code(line: str, code: bool) -> None:
    assert codeblocks.code_like(line) is code


def test_a_form_or_a_template_under_a_paragraph_is_no_listing() -> None:
    """Sign-up forms and unfilled templates print brackets too; without lines of code they are no listing."""
    form = "\n".join(["E-Mail-Adresse [", "] Vorname [", "] Nachname [", "] [*] Weekly [ ] Tips [ ]", "[", "]"])
    template = "\n".join(["{* backButton *}", "{| moreInfoText |}", "{{ message_title }}", "{* /registrationForm *}"])
    for block in (form, template):
        lines = split_lines(_page(PROSE, "Sign up for our newsletter and never miss a story again:", block, PROSE2))
        assert codeblocks.code_block_lines(lines) == set()


SPECS = [
    "Stated Weight per Ski: 2030 grams",
    "Available Lengths: 178, 186 cm",
    "Core: Paulownia/Maple + Fiberglass Laminate",
    "Days Skied: ~12",
]


def test_a_fact_list_between_the_paragraphs_is_kept() -> None:
    """A review's specifications ('Label: value' lines) between its paragraphs are article text, however short."""
    text = _page(
        "  • Home\n  • Reviews",
        "Line Outline, a ski review",
        PROSE,
        "Here are the figures for the ski we tested this winter.",
        "\n".join(SPECS),
        PROSE2,
        PROSE3,
    )
    page = clean_text(text)
    assert [p for p in page.paragraphs if p in SPECS] == SPECS
    _check_invariants(text)


@pytest.mark.parametrize(
    "rows",
    [
        [  # teasers: a kicker over a whole headline
            "Gewalt gegen Frauen: Dann schreibt der Frauenhasser einen langen Brief an alle",
            "Familie: Wie radikale Rechte das Bild der Hausfrau neu erfinden und verkaufen",
            "Baufinanzierung: Experte warnt vor teuren Fehlern beim Abschluss eines Kredits",
        ],
        ["Strohtasche: Frau von hinten", "Strohtasche: Frau im Park", "Strohtasche: Frau in Orange"],  # captions
        ["Tips: 6-6.5", "• Shovels: 7-7.5", "Underfoot: 9.5"],  # a bulleted row is a list, judged as one
    ],
)
def test_rows_that_are_no_fact_list(rows: list[str]) -> None:
    lines = split_lines("\n".join(rows))
    assert fact_list_lines(lines, list(range(len(lines)))) == set()


OFFERS = ["Free shipping on every order", "10% off sales of $100 or more", "A gift card for the next visit"]


def test_a_bulleted_list_a_sentence_announces_is_kept() -> None:
    """Short bulleted items under a sentence of the article that ends with a colon are the article's own list; the
    same items under no such sentence read as a menu."""
    items = "\n".join(f"  • {item}" for item in OFFERS)
    announced = _page(
        "Shop owners test their offers",
        PROSE,
        "The shop tested whether its visitors would rather have:",
        items,
        PROSE2,
        PROSE3,
    )
    page = clean_text(announced)
    assert [p for p in page.paragraphs if p in OFFERS] == OFFERS
    _check_invariants(announced)
    menu = _page("Shop owners test their offers", PROSE, items, PROSE2, PROSE3)
    assert not set(OFFERS) & set(clean_text(menu).paragraphs)


@pytest.mark.parametrize(
    "footer",
    [
        "This entry was posted on Monday, March 5th, 2012 at 10:00 am and is filed under News. You can follow any "
        "responses to this entry through the RSS 2.0 feed. Both comments and pings are currently closed.",
        "This entry was posted in News and tagged budget. Bookmark the permalink.",
        "Posted in Uncategorized | Tagged budget, council | Leave a comment",
        "Dieser Beitrag wurde am Samstag, 3. Dezember 2011 um 10:00 Uhr veröffentlicht und unter Politik gespeichert. "
        "Sie können Kommentare zu diesem Eintrag über den RSS-2.0-Feed verfolgen.",
        "Von Redaktion am 21/02/2021. Abgelegt unter Politik. Sie können alle Antworten zu diesem Eintrag durch den "
        "RSS 2.0. Kommentare und Pings sind derzeit geschlossen.",
        "Please keep comments on topic. Comments are moderated and may take a while to appear.",
        "Bitte achten Sie darauf, dass Ihre Kommentare themenbezogen sind. Die Verantwortung für den Inhalt liegt "
        "allein bei den Verfassern.",
    ],
)
def test_a_blog_posts_closing_template_is_no_article_text(footer: str) -> None:
    """Blog software closes every post with a line about the post (its categories, its comment feed, whether
    comments are open) and the comment section's house rules: furniture under the article, in any blog."""
    page = clean_text(_page("  • Home\n  • World", "Council approves the budget", PROSE, PROSE2, PROSE3, footer))
    assert page.paragraphs == [PROSE, PROSE2, PROSE3]
    assert any(d.text.startswith(footer[:30]) for d in page.dropped)


@pytest.mark.parametrize(
    "sentence",
    [
        "Readers posted in the forum that the RSS 2.0 feed of the council had stopped working last week.",
        "The council said comments on the plan were welcome, and that its RSS 2.0 feed would carry updates.",
    ],
)
def test_a_paragraph_about_feeds_or_posting_is_kept(sentence: str) -> None:
    """Only the template's own wording is furniture: a sentence of the article that mentions posting or a feed
    stays."""
    page = clean_text(_page("  • Home\n  • World", "Council approves the budget", PROSE, sentence, PROSE2, PROSE3))
    assert sentence in page.paragraphs


def test_lines_that_open_in_a_new_window_are_links_not_paragraphs() -> None:
    """Screen-reader text at a line's end ('(opens in new window)', '(öffnet im neuen Fenster)') marks the line as
    a link's label, however long: job adverts under the article go; a paragraph with such a link inside stays."""
    inside = "The report (opens in new window) was published on Monday by the council, which said it would act soon."
    adverts = "\n\n".join(
        [
            "IT-Koordinator/in für Biodiversitätsinformatik (w/m/d) Deutsches Zentrum für Luft- und Raumfahrt e. V. "
            "(öffnet im neuen Fenster)",
            "Systems engineer for the regional water board's network and storage team in the northern district "
            "(opens in new window)",
            "Project manager for the digital marketing of a family-owned retail chain with stores in five towns "
            "(opens in new window)",
        ]
    )
    page = clean_text(_page("  • Home\n  • World", "Council approves the budget", PROSE, inside, PROSE2, adverts))
    assert page.paragraphs == [PROSE, inside, PROSE2]
    assert sum(d.reason == "read-more link" for d in page.dropped) == 3


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Skip twitter post, 1", "End of twitter post, 1"),
        ("Allow Instagram content?", "This content can also be viewed on the site it originates from."),
        (
            "Následuje obsah vložený z jiného webu. Zde jej můžete přeskočit.",
            "Přejít před obsah vložený z jiného webu.",
        ),
        ("Box aufklappen Box zuklappen", "Back to video"),
    ],
)
def test_an_embeds_skip_links_and_a_boxs_toggles_are_no_article_text(before: str, after: str) -> None:
    """What a page prints around an embedded post or a folding box (its skip links, its stand-in, its toggles) is
    dropped as a widget's notice, and the article runs on past it."""
    page = clean_text(
        _page("  • Home\n  • World", "Council approves the budget", PROSE, before, "[embed]", after, PROSE2, PROSE3)
    )
    assert page.paragraphs == [PROSE, PROSE2, PROSE3]
    assert {d.text for d in page.dropped if d.reason == "widget notice"} >= {before, after}


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("[logo-network-180x22-gre]ADVERTISEMENT", "advertisement"),  # the ad network's logo before the label
        ("Close advertising", "advertisement"),
        ("Vis mer Vis mindre", "widget notice"),  # a folding box's two toggles
        ("Show more Show less", "widget notice"),
    ],
)
def test_ad_labels_behind_a_logo_and_show_more_toggles_are_furniture(line: str, reason: str) -> None:
    """An ad slot's label stays an ad label with its network's logo glued before it, and a box's 'show more /
    show less' toggles are a widget's: neither is a paragraph, nor a subheading."""
    page = clean_text(_page("  • Home\n  • World", "Council approves the budget", PROSE, line, PROSE2, PROSE3))
    assert page.paragraphs == [PROSE, PROSE2, PROSE3]
    assert (line, reason) in {(d.text, d.reason) for d in page.dropped}


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("View this post on Instagram", "widget notice"),  # an embedded post's link to its platform
        ("Sieh dir diesen Beitrag auf Instagram an", "widget notice"),
        ("A post shared by Jane Roe (@janeroe) on Jun 16, 2019 at 7:30am PDT", "widget notice"),  # and its credit
        ("Your browser does not support the video tag.", "widget notice"),  # a player's fallback text
        ("[350]JavaScript is currently disabled in this browser. Reactivate it to view this content.", "widget notice"),
        ("View full size image", "widget notice"),
        ("%d bloggers like this:", "widget notice"),  # a like button's template, never filled in
        ("Facebook Twitter Xing LinkedIn Whatsapp Mail", "share bar"),  # a row of share buttons
        ("Share Adjust Comment Print", "share bar"),
    ],
)
def test_embed_player_and_share_button_text_is_furniture(line: str, reason: str) -> None:
    """What an embed, a player, a picture's zoom link, a like button or a row of share buttons prints is dropped
    with its reason, and the article around it stays whole."""
    page = clean_text(_page("  • Home\n  • World", "Council approves the budget", PROSE, line, PROSE2, PROSE3))
    assert page.paragraphs == [PROSE, PROSE2, PROSE3]
    assert (line, reason) in {(d.text, d.reason) for d in page.dropped}


def test_a_paragraph_naming_share_buttons_or_a_browser_stays() -> None:
    """Sentences that mention the same words are the article's."""
    sentence = "Your browser settings decide whether the council's video plays, the clerk said, not the site itself."
    page = clean_text(_page("  • Home\n  • World", "Council approves the budget", PROSE, sentence, PROSE2, PROSE3))
    assert sentence in page.paragraphs


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("IMG_5301", True),  # a camera's file name, printed as the picture's alt text
        ("141205_7WONDERS_SpaceStation", True),
        ("Mvd6613453", True),
        ("49077828-2195548690509948-273035103981010944-n", True),
        ("COVID-19", False),  # a subheading with a number in it
        ("F-35", False),
    ],
)
def test_a_pictures_file_name_between_paragraphs_is_no_subheading(line: str, dropped: bool) -> None:
    """One token joining letters and a long number, or words with underscores, is a picture's file name; short
    codes such as 'COVID-19' may head a section and are not touched."""
    assert patterns.file_slug(line) is dropped
    page = clean_text(_page("  • Home\n  • World", "Council approves the budget", PROSE, line, PROSE2, PROSE3))
    assert [p for p in page.paragraphs if p != line] == [PROSE, PROSE2, PROSE3]
    assert ((line, "image placeholder") in {(d.text, d.reason) for d in page.dropped}) is dropped


@pytest.mark.parametrize(
    ("header", "reason"),
    [
        ("Ähnliche Beiträge", "related links"),
        ("Ähnliche Nachrichten", "related links"),
        ("Meistgesehen", "related links"),
        ("Relaterte artikler", "related links"),
        ("You may have missed", "related links"),
        ("Themenseiten zu diesem Artikel:", "tag list"),
    ],
)
def test_more_languages_head_a_list_of_other_stories(header: str, reason: str) -> None:
    """The header over other stories ('similar posts', 'most seen', 'topic pages of this article') takes the
    links under it out of the article."""
    links = "Council delays vote on the harbour plan\n\nTown hall opens its doors for a weekend of music"
    page = clean_text(_page("  • Home\n  • World", "Council approves the budget", PROSE, PROSE2, PROSE3, header, links))
    assert page.paragraphs == [PROSE, PROSE2, PROSE3]
    assert (header, reason) in {(d.text, d.reason) for d in page.dropped}


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("Have a news tip? Email us at tips@example.com.", True),
        ("If you value our reporting, please consider supporting us with a donation.", True),
        ("Wir freuen uns über Ihre Unterstützung. Jetzt spenden!", True),
        ("Vous aimez nos articles ? Soutenez-nous en vous abonnant.", True),
        (
            "The charity asked people to please consider donating blood at the town hall this weekend, officials said.",
            False,
        ),
    ],
)
def test_a_plea_for_tips_or_money_after_the_article_is_an_appeal(line: str, dropped: bool) -> None:
    """The site asking for tips or support is no article text; a sentence reporting someone's plea is."""
    page = clean_text(_page("  • Home\n  • World", "Council approves the budget", PROSE, PROSE2, PROSE3, line))
    assert (line in page.paragraphs) is not dropped
    assert (("appeal", line) in {(d.reason, d.text) for d in page.dropped}) is dropped


def test_a_breaking_label_over_the_story_does_not_swallow_its_first_paragraph() -> None:
    """A ticker's label owns the headlines right under it; a blank line and then a paragraph of the story mean the
    label only flags the story, whose paragraph stays."""
    ticker = "BREAKING\nMinisters meet in the capital\nTalks on the harbour plan resume"
    page = clean_text(
        _page("  • Home", ticker, "Council approves the budget", "By Jane Roe", "Breaking News", PROSE, PROSE2)
    )
    assert page.paragraphs == [PROSE, PROSE2]
    assert "Talks on the harbour plan resume" in {d.text for d in page.dropped}
