"""Language-general patterns for page furniture: promos, share bars, comments, footers, captions.

Every pattern describes a kind of furniture many sites share; none names a particular outlet.
"""

from __future__ import annotations

import functools
import re

_I = re.IGNORECASE

READ_MORE_RE = re.compile(
    r"^[\[(]?\s*(?:read (?:more|also|next|this)|also read|read:|see also|also see|also on\b|more:|"
    r"related:|related stories:|related article:|recommended:|watch:|watch now:|listen:|"
    r"lire (?:aussi|également|la suite)|à lire (?:aussi|également)|voir aussi|lisez aussi|"
    r"lesen sie (?:auch|mehr)|mehr zum thema|auch auf|siehe auch|weiterlesen|"
    r"lee (?:también|más)|leer más|ver también|leggi anche|vedi anche|leia (?:também|mais)|veja também|"
    r"lees ook|les også|læs også|läs också|czytaj (?:też|także|również)|click here|continue reading|keep reading|"
    r"full story|more on this|"
    r"(?:check out|see|find|discover|get) (?:more|all(?: the)?(?: latest)?) (?:\w+ ){0,2}(?:articles|stories|news|"
    r"coverage) (?:on|at|from)\b)\b",
    _I,
)
APPEAL_RE = re.compile(
    r"(?:\bclick here to (?:support|donate|subscribe|contribute)\b|^(?:please )?(?:support|donate to) "
    r"(?:our|independent|quality) (?:\w+ )?(?:journalism|reporting|newsroom)\b|^do you (?:rely on|value|like) "
    r"(?:\w+ ){0,3}(?:reporting|journalism)\?|"
    r"^(?:do you have|have you got|got) an? (?:news |story )?tip(?: for us)?\s*\?|"
    r"^corrections?\s*:\s*if you (?:are aware of|see|spot|find|notice)\b|"
    r"^(?:please )?(?:report|send) (?:any )?(?:typos|errors|mistakes)(?: and corrections)? to\b|"
    r"^unterstütz\w* (?:sie )?(?:unsere|uns)\b.{0,40}\b(?:arbeit|journalismus|abo)|^si llegaste hasta (?:acá|aquí)|"
    r"^подписывайтесь на наш|"
    r"^(?:got|have you got|do you have) a story\s*\?|^for more stories like this\b|"
    r"^(?:like|liked|enjoy|enjoyed|love) (?:this|the) (?:story|article|post|piece)\s*\?\s*(?:share|send|tell)\b|"
    r"^(?:did you (?:like|enjoy) this (?:story|article)|hat ihnen (?:dieser|der) (?:artikel|beitrag) gefallen)\s*\?"
    r".{0,80}\b(?:support|donat\w*|spende\w*|unterstütz\w*|abonn\w*|subscrib\w*|mitglied|member)|"
    r"^add (?:\S+ ){1,4}as (?:a )?preferred source on google|^follow (?:\S+ ){1,4}on google news\b|"
    r"\bsupport (?:our|independent|quality) (?:[\w-]+ ){1,3}(?:journalism|reporting)\b|"
    r"^fehler (?:auf \S+ |im (?:text|artikel) )?entdeckt\s*\?|\bsollten ihnen fehler aufgefallen sein|"
    r"^(?:schicken|senden) sie uns ihr feedback|^inhaltliches feedback\s*\?|"
    r"^(?:vous avez|avez-vous) (?:repéré|remarqué|trouvé) une (?:erreur|faute)|"
    r"^¿(?:has visto|encontraste|detectaste) (?:un|algún) error|"
    # a tip line or a plea for money in other words ('Have a news tip? Email us at …', 'If you value our reporting,
    # please consider supporting us', 'Jetzt spenden!', 'Soutenez-nous en vous abonnant')
    r"^(?:have|got) a (?:news |story )?tip\s*\?|\bplease consider (?:supporting|donating to|subscribing to|"
    r"making a (?:donation|contribution) to) (?:us|our|the work of)\b|"
    r"\bjetzt (?:spenden|unterstützen)\b|\bsoutenez[- ]nous\b|^faites un don\b)",
    _I,
)
"""A reader appeal ("Do you rely on X reporting? Click here to support it.", "Got a news tip?", "Report typos and
corrections to …", "Fehler auf x.de entdeckt?", "Got a story? Get in touch …")."""

RELATED_HEADER_RE = re.compile(
    r"^(?:(?:related|similar|more|other|latest|recent|recommended|popular|trending|top|further)\s+"
    r"(?:news|posts?|articles?|stories|links|content|coverage|reads?|videos?|topics|headlines|"
    r"from\b.*|in\b.*|on\b.*|about\b.*|like this)|"
    r"most (?:read|popular|viewed|shared|watched|commented|recent)(?:\s.*)?|"
    r"(?:what to )?read next|up next|next up(?: in\b.*)?|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|"
    r"(?:we )?recommend(?:ed)?(?: for you)?|trending(?: now| news| stories)?|editor(?:s|s'|'s|’s)? ?picks?|"
    r"don'?t miss|must (?:read|watch)|popular(?: articles| now| posts)?|in case you missed it|"
    r"around the web|from the web|sponsored(?: links| content| stories)?|promoted(?: links| stories)?|"
    r"partner (?:news|content)|(?:the )?latest(?: news| stories| headlines)?|top stories|news latest|"
    r"more (?:stories|news|articles|videos)(?: (?:from|about|on|in)\b.*)?|also in .*|elsewhere on .*|"
    r"sur le même sujet|dans la même rubrique|à lire aussi|les plus (?:lus|partagés|commentés)|"
    r"articles? (?:liés|similaires)|nos lecteurs ont aimé|"
    r"das könnte sie auch interessieren|auch interessant|weitere (?:artikel|themen)|meistgelesen|ähnliche artikel|"
    r"mehr zum thema.*|(?:die )?\w*redaktion empfiehlt|(?:our |the )?editors recommend|"
    r"empfehlungen der redaktion|zum (?:selben|gleichen) thema|unsere (?:auswahl|empfehlungen)|our picks|"
    r"(?:audio und )?videos? zum thema|(?:weitere |andere )?(?:artikel|beiträge) (?:aus|in) der (?:gleichen|selben) "
    r"kategorie|(?:more |other )?(?:articles|posts|stories) (?:from|in) (?:the same|this) category|"
    r"(?:mehr|weitere|aktuelle) (?:nachrichten|meldungen|artikel|beiträge|videos|news)(?: (?:aus|zu|von|zum|zur)\b.*)?|"
    r"mehr (?:aus|von|zum|zur) .*|"
    r"(?:otras|más) noticias(?: de\b.*)?|altre notizie|autres articles|plus d['’]articles|"
    r"noticias? relacionadas?|te puede interesar|lo más leído|más noticias|"
    r"articoli correlati|potrebbe interessarti|notícias? relacionadas?|(?:as )?mais lidas(?: agora)?|más leídas|"
    r"leia (?:também|mais)|"
    r"neueste (?:beiträge|artikel|nachrichten|meldungen|kommentare|videos)|lo último|últim[oa]s (?:noticias|artículos|"
    r"notícias|entradas)|derni(?:ers|ères) (?:articles|actualités|nouvelles|infos)(?: de la (?:thématique|rubrique|"
    r"catégorie)\b.*)?|ultime notizie|ultimi articoli|"
    r"ähnliche (?:beiträge|nachrichten|meldungen|themen)|meistgesehen|relaterte (?:artikler|saker)|relaterade artiklar|"
    r"gerelateerde artikelen|you may have missed|"
    r"related|recommended stories|more from .*)\s*:?$",
    _I,
)

TAG_HEADER_RE = re.compile(
    r"^(?:tags?|topics|tagged(?: with)?|related (?:topics|tags)|filed under|categories|category|"
    r"keywords|subjects|read more stories about|more about|themen|schlagwörter|schlagworte|"
    r"mots[- ]clés|thèmes|sujets|etiquetas|temas|argomenti|parole chiave|places in this story|"
    r"people in (?:the|this) story|organizations in this story|themenseiten zu diesem artikel|"
    r"(?:more )?topics (?:in|of) this (?:article|story))\s*:?(?:\s.*)?$",
    _I,
)
TAG_INLINE_RE = re.compile(r"^(?:tags?|tagged|filed under|topics|keywords|schlagwörter|mots[- ]clés)\s*:\s*\S", _I)

SHARE_RE = re.compile(
    r"^(?:share(?: (?:this|on|via|the|article|story|permalink)\b.*)?|tweet|email|e-mail|mail|print|"
    r"print article|facebook|twitter|x|whatsapp|linkedin|pinterest|reddit|telegram|tumblr|"
    r"messenger|flipboard|google\+?|copy link|copy url|get short url|short url|permalink.*|"
    r"send|save|bookmark(?: it)?|like|reblog|pin it|more options|resize text|text size|"
    r"teilen|drucken|partager|imprimer|envoyer|compartir|imprimir|condividi|stampa|"
    # 'Share this article' in other languages
    r"(?:diesen |den )?(?:artikel|beitrag) teilen|partager (?:cet |l['’])article|"
    r"compartir (?:este artículo|esta noticia)|condividi (?:questo articolo|l['’]articolo)|deel (?:dit|het) artikel|"
    r"compartilh(?:e|ar)(?: (?:este|esta) (?:artigo|notícia|matéria))?|"
    r"follow(?: us)?(?: on .*)?|follow @\S+|share on \w+|share via \w+|share this (?:article|story)|"
    r"(?:teilen|merken|drucken|share|print|save|tweet|e-?mail){2,}|"
    r"\d+\s*shares?|comments?|\d+)\s*$",
    _I,
)

_SHARE_ROW_TEXT = """
    facebook twitter x xing linkedin whatsapp telegram pinterest reddit tumblr flipboard messenger threads bluesky
    mastodon vk mail email e-mail print share tweet comment comments adjust save copy link sms
"""
SHARE_ROW_WORDS = frozenset(_SHARE_ROW_TEXT.split())
"""The buttons of a share bar, one word each."""
SHARE_ROW_MIN = 3
SHARE_ROW_MAX = 12
"""A share bar shows at least three and at most twelve buttons."""


def share_words_row(text: str) -> bool:
    """A row of three or more share buttons and nothing else ('Facebook Twitter Xing LinkedIn Whatsapp Mail',
    'Share Adjust Comment Print')."""
    words = text.lower().split()
    return SHARE_ROW_MIN <= len(words) <= SHARE_ROW_MAX and all(w in SHARE_ROW_WORDS for w in words)


COMMENTS_RE = re.compile(
    r"^[\[(]?\s*(?:\d+\s+)?(?:comments?(?: so far| \(\d+\))?|leave a (?:reply|comment)(?: cancel reply)?|"
    r"post a comment|kommentar verfassen(?: antwort abbrechen)?|laisser un commentaire(?: annuler la réponse)?|"
    # a comment form's header and its cancel link, as blog software prints them in other languages
    r"(?:schreibe|hinterlasse) einen kommentar(?: antworten abbrechen)?|deja (?:un comentario|una respuesta)"
    r"(?: cancelar (?:la )?respuesta)?|lascia un commento(?: annulla risposta)?|deixe (?:um comentário|uma resposta)"
    r"(?: cancelar resposta)?|geef een reactie(?: reactie annuleren)?|"
    r"(?:dein|ihr|your|votre|tu|il tuo|seu) (?:kommentar|comment|commentaire|comentario|commento|comentário)|"
    r"click here to cancel reply|hier klicken, um das antworten abzubrechen|"
    r"(?:top|best|most|highest|newest|latest|featured|popular)(?: rated| liked| voted| recent| popular)? comments|"
    r"(?:read|see|view|show) all(?: \d+)? comments|"
    r"add (?:a )?comment|join the (?:conversation|discussion)|show comments|view comments|"
    r"load comments|comment policy|discussion policy|commentaires?|réagir|kommentare?(?: lesen.*| öffnen)?|"
    r"comentarios?|commenti|comentar|commenter|commentare|kommentieren|"
    r"what people are saying.*|reader comments|conversation|"
    r"\d+\s+comments?(?: so far)?|jump into a conversation|facebook conversations|"
    r"you must be logged in to .*|log in to comment|sign in to comment|comments from (?:our )?(?:\w+ ){0,3}readers|"
    r"(?:one|no|\d+) (?:responses?|thoughts?|replies) (?:to|on) [“\"«‘'].{1,200}[”\"»’'])\s*\.{0,3}\s*[\])]?\s*$",
    _I,
)
COMMENTS_LINE_RE = re.compile(
    r"^(?:pingback:|trackback:|this site uses akismet|comments are (?:subject|closed|moderated)|"
    r"comment count on this article|your email address will not be published|"
    # a comment form's signed-in line ('You are commenting using your WordPress.com account. ( Log Out / Change )')
    r"you are commenting using your |du kommentierst mit deinem |vous commentez à l[’']aide de votre |"
    r"estás comentando usando tu |stai commentando usando il tuo |"
    r"um (?:hier )?(?:kommentieren zu können|zu kommentieren)\b|"
    r"\d+\s*comments?\.\s*(?:click to view|share your thoughts)|welcome to our (?:new )?(?:and improved )?comments|"
    # the comment section's house rules ('Please keep comments on topic.', 'Bitte achten Sie darauf, dass Ihre
    # Kommentare themenbezogen sind.')
    r"(?:please )?keep (?:your |all )?comments (?:on[- ]topic|civil|respectful|relevant)|"
    r"bitte achten sie darauf, dass (?:ihre|deine) kommentare|"
    r"you (?:will )?(?:need|have) to (?:register|log ?in|sign ?in|be logged in) (?:before|to) "
    r"(?:adding a |post(?:ing)? a )?comment|typed comments will be lost|"
    r"(?:please )?read our (?:comment|community) (?:policy|guidelines)|report this comment\b|"
    # a comment's controls or header ending with its report link ('Quote | Report this post', 'Jack 5 hours ago
    # Report Abuse'); a headline ending 'report abuse' has no bar or age before it
    r"(?:.{0,60}(?:\||\bago) )?report (?:this )?(?:post|comment|abuse)$|"
    r".{0,80}\b(?:19|20)\d\d\b.{0,20}\b[0-2]?\d[:.h][0-5]\d\b.{0,40}\b"
    r"(?:wrote|said|says|commented|schrieb|a écrit)\s*:$)",
    _I,
)

ENTRY_FOOTER_RE = re.compile(
    r"\b(?:this (?:entry|post)|diesem (?:eintrag|beitrag)|cette entrée|cet article|esta entrada|questo articolo)\b"
    r".{0,40}\brss[- ]?2\.0\b|"
    r"\b(?:comments and pings are (?:currently )?closed|kommentare und pings sind (?:derzeit )?geschlossen|"
    r"les commentaires et (?:les )?pings sont (?:actuellement )?fermés|"
    r"(?:los )?comentarios y (?:los )?pings están (?:actualmente )?cerrados|"
    r"leave a response, or trackback|bookmark the permalink|lesezeichen (?:auf|für) den permalink|"
    r"(?:ajoutez|mettez) ce permalien|marque-pages? (?:avec|pour) (?:le|ce) permalien|"
    r"guarda (?:el|este) enlace permanente|aggiungi ai segnalibri il permalink)\b|"
    r"^(?:this entry was posted (?:in|on)|dieser (?:beitrag|eintrag) wurde .{0,120}"
    r"(?:veröffentlicht|abgelegt|gespeichert)|cette entrée a été publiée|esta entrada fue publicada)\b|"
    r"^(?:posted|filed) (?:in|under) .{1,120}\|\s*(?:tagged .{1,200}\|\s*)?"
    r"(?:leave a comment|\d+ comments?|comments? (?:off|closed))",
    _I,
)
"""The closing line of a blog post's template, about the post rather than in it ('This entry was posted on Monday
… and is filed under News. You can follow any responses to this entry through the RSS 2.0 feed.', 'Posted in
News | Tagged harbour | Leave a comment', 'Kommentare und Pings sind derzeit geschlossen.'): blog software prints
it under every post, in the blog's language."""
ENTRY_FOOTER_MAX_CHARS = 400
_ENTRY_FOOTER_HINTS = (
    "rss", "ping", "trackback", "permal", "enlace permanente", "entry was posted", "wurde", "entrée a été",
    "entrada fue", "|",
)  # fmt: skip
"""Every wording of :data:`ENTRY_FOOTER_RE` holds one of these (lower case): a cheap test before the pattern."""

NEW_WINDOW_TAIL_RE = re.compile(
    r"[(\[]?\s*(?:opens in (?:a )?new (?:window|tab)|öffnet (?:sich )?in (?:einem|einem neuen|neuem|neuen) "
    r"(?:fenster|tab)|öffnet im neuen (?:fenster|tab)|(?:s['’]ouvre dans une )?nouvelle (?:fenêtre|onglet)|"
    r"(?:se )?abre en (?:una )?nueva (?:ventana|pestaña)|si apre in una nuova (?:finestra|scheda)|"
    r"(?:abre|abrir) (?:em|numa) nova (?:janela|aba)|opent in (?:een )?nieuw (?:venster|tabblad))\s*[)\]]?\s*$",
    _I,
)
"""A whole line that ends by warning that it opens in a new window ('IT-Koordinator/in (w/m/d) Deutsches Zentrum
für Luft- und Raumfahrt (öffnet im neuen Fenster)', 'Sunday TimesOpens in new window'): a link's label (a job
advert, a sister site, a share button), which screen-reader text gives away; a paragraph carries such a link
inside it, not at its end."""
NEW_WINDOW_MAX_CHARS = 300
_NEW_WINDOW_HINTS = (
    "window", "tab", "fenster", "fenêtre", "onglet", "ventana", "pestaña", "finestra", "scheda", "janela", "aba",
    "venster",
)  # fmt: skip
"""Every wording of :data:`NEW_WINDOW_TAIL_RE` ends on one of these nouns (lower case): a cheap test first."""

COOKIE_RE = re.compile(
    r"\bcookies?\b.{0,160}\b(?:use|using|uses|accept|consent|agree|policy|experience|browsing|browser|"
    r"continu|settings|assume|improve|switched off|necessary for the website)|"
    r"\b(?:use|using|uses|accept|consent)\b.{0,80}\bcookies?\b|"
    r"^(?:accept(?: all)?(?: cookies)?|accept & close|i agree|got it|ok|agree|allow cookies|"
    r"privacy & cookies policy|cookie (?:policy|settings|preferences)|cookies? (?:akzeptieren|zustimmen)|"
    r"(?:aceptar|accepter|accetta|aceitar|akzeptieren|zustimmen|alle akzeptieren|tout accepter|aceptar todo)"
    r"(?: (?:las|les|i|os|todas las|todos los))? ?(?:cookies?|todo|tout|alle)?"
    r"(?: (?:cookies? )?(?:akzeptieren|zustimmen))?"
    r"(?:\s*[|·-]?\s*(?:leer más|en savoir plus|mehr erfahren|saiba mais|per saperne di più|read more|"
    r"más información|plus d'informations|weitere informationen))?)\s*$",
    _I,
)

MORE_LINK = (
    r"(?:(?:read |learn |see )?more|mehr(?: lesen)?|weiterlesen|lire (?:la suite|plus)|leer más|ver más|leia mais|"
    r"continue reading|czytaj (?:więcej|dalej))"
)
"""The words of a bare 'more' link ('Read more', 'mehr', 'Lire la suite'), as a regex group."""
ENDS_WITH_MORE_LINK_RE = re.compile(
    r"[.!?…]\s+(?:"
    + MORE_LINK
    + r"|en savoir plus|saiba mais|les mer|läs mer|læs mere|lees meer|lue lisää|leggi (?:tutto|di più)|devamını oku)"
    r"\s*[»›>…]*$",
    re.IGNORECASE,
)
"""A sentence with a 'more' link glued after it ('… dine data på denne nettsiden.  Les mer'): a teaser or a
notice, never a headline."""

CHINESE_RIGHTS_NOTICE = "版权所有|版權所有"
"""'All rights reserved' in simplified and traditional Chinese, often glued to the holder's name."""
RIGHTS_NOTICE = (
    r"all rights reserved|tous droits r[ée]serv[ée]s|alle rechte vorbehalten|todos los derechos reservados|"
    r"tutti i diritti riservati|wszelkie prawa zastrzeżone|todos os direitos reservados|tots els drets reservats|"
    r"alle rechten voorbehouden|alle rettigheder forbeholdes|alle rettigheter reservert|"
    r"alla rättigheter förbehållna|kaikki oikeudet pidätetään|sva prava (?:pridržana|zadržana|zaštićena)|"
    r"vse pravice pridržane|všetky práva vyhradené|všechna práva vyhrazena|toate drepturile (?:sunt )?rezervate|"
    r"minden jog fenntartva|visos teisės saugomos|visas tiesības aizsargātas|kõik õigused kaitstud|"
    r"tüm hakları saklıdır|все права защищены|всі права захищені|όλα τα δικαιώματα (?:διατηρούνται|κατοχυρωμένα)|"
    rf"כל הזכויות שמורות|hak cipta dilindungi undang-undang|{CHINESE_RIGHTS_NOTICE}"
)
"""'All rights reserved' in the languages of the pages we read (a regular expression's alternatives)."""

FOOTER_RE = re.compile(
    rf"{RIGHTS_NOTICE}|materiał chroniony prawem autorskim|"
    r"\bdo not sell (?:or share )?my personal information\b|\bright to opt[- ]out of the sale\b|"
    r"^(?:your privacy choices|privacy(?: policy| notice)?|terms(?: of (?:use|service))?|"
    r"terms (?:and|&) conditions|contact(?: us)?|about(?: us)?|advertise(?: with us)?|careers|"
    r"sitemap|site map|imprint|impressum|help|faq|rss(?: feeds?)?|newsletters?|subscribe(?: now| today)?|sign in|"
    r"sign up(?: now| today| here)?|log ?in|log ?out|register|back to top|skip to (?:main )?content|menu|search|close|"
    # the skip link to the content in other languages
    r"(?:direkt )?zum inhalt(?: springen| der seite)?|aller au contenu(?: principal)?|ir al contenido(?: principal)?|"
    r"vai al contenuto(?: principale)?|pular para o conteúdo(?: principal)?|przejdź do (?:treści|zawartości)|"
    r"naar (?:de )?(?:hoofd)?inhoud|перейти к (?:содержимому|содержанию)|"
    r"gå till? (?:sidens |sidans )?(?:hovedinnhold|hovedindhold|huvudinnehåll)(?:et)?|siirry (?:sivun )?pääsisältöön|"
    r"home|mentions légales|données personnelles|datenschutz(?:erklärung|hinweis)?|kontakt)\s*$",
    _I,
)
COPYRIGHT_RE = re.compile(r"(?:©|\(c\)|\bcopyright\b)", _I)

AD_RE = re.compile(
    r"^(?:\[[^\]]{1,60}\]\s*)?"  # the ad network's logo before the label ('[logo-x-180x22]ADVERTISEMENT')
    r"(?:advertisement(?:\s+\d{1,2})?|advertising|ad|ads|anzeige|publicité|publicidad|pubblicità|sponsored|"
    r"close (?:advertising|advertisement|ad)|"
    r"report this ad|skip ad|paid (?:partner|content)|promoted(?: by.*)?|sponsored by.*|"
    r"(?:the )?(?:story|article) continues below(?: advertisement)?|continue reading below|ad choices|"
    r"(?:poniżej|dalsza) (?:dalsza )?część artykułu(?: poniżej)?|weiter nach der anzeige|"
    r"la suite après (?:cette |la )?publicité|el artículo continúa (?:abajo|después de la publicidad))\s*:?\s*$",
    _I,
)

NEWSLETTER_RE = re.compile(
    r"^(?:sign up|subscribe|get|join)\b.{0,80}\b(?:newsletter|inbox|email|alerts?)|"
    r"newsletter|\bsubscribe (?:now|today|to)\b|please support us|disabling your ad ?blocker|"
    r"^thank you for (?:signing up|subscribing)|"
    r"^(?:je m['’]abonne|abonnez-vous|jetzt (?:abonnieren|abo (?:abschließen|testen))|suscr[íi]bete|"
    r"assine (?:já|agora))\b|"
    r"support (?:our|independent) journalism",
    _I,
)
NEWSLETTER_MAX_WORDS = 10
"""A line that only mentions a newsletter is a sign-up box when it is this short; a longer sentence must
start like one ("Sign up for …"), speak to the reader ("you can manage your newsletters") or name the site's own
("… sign up for our newsletters"), or it is the story talking about a newsletter."""
_NEWSLETTER_START_RE = re.compile(
    r"^(?:sign up|subscribe|get (?:the|our)|join|please support us|thank you for (?:signing up|subscribing))\b", _I
)
_POLITE_YOU = r"Sie|Ihr\w*|Ihnen|[Vv]ous|[Vv]otre"
"""The reader addressed politely in German and French (case-sensitive: 'sie' is 'she')."""
_TO_THE_READER_RE = re.compile(
    rf"(?i:\byour?\b|\bour (?:free )?(?:[\w-]+ )?newsletters?\b)|\b(?:{_POLITE_YOU}|du|dir|dich|dein\w*|vos)\b"
)
"""A newsletter box speaking to the reader or naming the site's own newsletter; German 'du' counts here (next to
'newsletter' it is no French article)."""

CAPTION_LABEL_RE = re.compile(
    r"^(?:(?:image|media|photo|picture|video)\s+)?caption\s*[,:]?$|^(?:bildunterschrift|légende|pie de foto|didascalia)"
    r"\s*:?$",
    re.IGNORECASE,
)
"""A caption's label printed on a line of its own ('Image caption,' for screen readers): the next line is the
caption."""
CAPTION_START_RE = re.compile(
    r"^(?:file\s*[-–—:]\s*|file photo|(?:image|media|photo|video) caption|"
    r"in this (?:\w+ )?(?:photo|image|picture|handout|file|undated|"
    r"screenshot|still|video)|this (?:\w+ )?(?:photo|image|picture)|pictured:|photo:|image:|credit:|"
    r"picture:|foto:|bild:|photograph:|caption|(?:photo|image|picture|foto|bild) (?:by|von|de|par)\s|"
    r"illustration:|\(photo\b|\(image\b|view (?:photos|gallery)|"
    r"open (?:this )?(?:photo|image|picture) in (?:the )?gallery|"
    r"click to (?:enlarge|expand)|\d+\s*(?:/|of)\s*\d+$|image \d+ of)",
    _I,
)
CAPTION_END_RE = re.compile(
    r"(?:(?i:\((?=[^()]*[\s/])(?:[^()]{0,80}\b(?:photo|photos|foto|fotos|image|images|imagen|bild|picture|"
    r"credit|crédit|afp|ap|reuters|getty|epa|file|handout|via)\b[^()]{0,80})(?<![.!?])\)|"
    r"(?:credit|photo(?:graph)?|image|picture|source|foto(?:graf[ií]a)?|bild|crédit)\s*:\s*(?:[^.!?]|\.(?=[a-z]{2,6}\b)){1,80}|"
    r"(?:image|photo|picture|video) source\s*,\s*[^.!?]{1,80})|"  # 'Image source, Getty Images'
    r"\b(?:via|by)\s+[\w.&/ -]{0,40}(?:commons|images?|photos?|wikimedia|wikicommons|flickr|"
    r"shutterstock|getty|afp|reuters|ap|epa)|getty images|istockphoto(?:\.com)?|"
    r"/\s*(?:afp|ap|reuters|getty|epa|flickr|shutterstock|istock|dpa|imago|unsplash|wikimedia|efe|ansa|"
    r"picture[- ]alliance|keystone|xinhua|sipa|abaca|zuma|alamy)\b[^.!?]{0,40}|"
    r"\b(?:EFE|dpa|ANSA|Xinhua|EPA|AFP|AP|Reuters|Getty Images|Keystone|Imago|IANS|PTI|ANI)\s*$|"
    r"\b(?:AFP|AP|Reuters|EPA|Getty)(?: Photo)?(?:/[^.!?]{1,40})?|"
    r"[—–-]\s*(?:pictures?|photos?|images?|fotos?|bild(?:er)?)\s+(?:by|von|de|par|por)\s+[\w.'’ -]{2,40}|"
    r"(?-i:\b(?:APA|ANP|AAP|PA|TT|NTB|SDA|KEYSTONE|BELGA|LUSA|ANSA|DPA|EFE|KNA|EPD|TASS|RIA|AA|IANS|PTI|ANI|"
    r"XINHUA|KCNA|SIPA|ABACA|ZUMA|MAXPPP|HANDOUT|POOL)/[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,2})|"
    r"(?-i:\((?:[A-ZÀ-ÖØ-Þ][\w.'’-]+ ){1,3}[A-ZÀ-ÖØ-Þ][\w.'’-]+\s*/\s*[^()/@]{2,60}(?<![.!?])\)))\s*\)?\s*$",
    _I,
)
"""How a caption ends: its picture's credit ('… (AP Photo/Jane Roe)', '… Getty Images', '… (Adel Hana/The Associated
Press)': a photographer's name and an agency or paper in brackets)."""
IMAGE_KIND_END_RE = re.compile(
    r"\((?:bildmontage|fotomontage|symbolbild|symbolfoto|archivbild|archivfoto|file photo|file image|"
    r"photo illustration|illustration|image d['’]archive|photo d['’]archive|imagen de archivo|foto de archivo|"
    r"foto d['’]archivio|immagine d['’]archivio)\)\.?$",
    _I,
)
"""What kind of picture a caption describes, in brackets at its end ('… (Symbolbild)', '… (file photo).')."""
CREDIT_ONLY_RE = re.compile(
    r"^(?:©|\(c\)|photo|photos|image|images|credit|source|foto|bild|crédit|picture|illustration|"
    r"(?:image|photo|picture|video) source|"
    r"(?:animation|illustration|graphic|video|photography)(?: shot| edited| shot/edited| produced)? by)"
    r"\s*[:/]?\s*[\w .,&'’/|-]{0,60}$",
    _I,
)

TICKER_RE = re.compile(
    r"^(?:breaking(?: news)?|live|just in|latest|flash|en direct|eilmeldung|ticker|news ticker)\s*:?$", _I
)

ARTICLE_END_RE = re.compile(
    r"^(?:the views (?:and opinions )?expressed|this (?:article|story|version|report) (?:was|has been) "
    r"(?:originally|first)|(?:first|originally) published (?:on|in|at)\b|"
    r"this article (?:is|was) (?:republished|reproduced)|"
    r"contributed to this report\.?$)",
    _I,
)

_UI_TEXT = """
    email e-mail follow comments comment share shares print subscribe subscribed sign signing login log register
    newsletter newsletters loading gallery click thanks thank join menu search advertisement advertising ad ads
    cookie cookies playback unsupported caption opt account instagram facebook twitter youtube whatsapp linkedin
    pinterest telegram reddit powered sponsored related read watch listen download app apps password username privacy
    terms edit reply like tweet skip toggle navigation logout submit close open accept settings notifications alerts
    premium offer trial free save bookmark copy link links more next previous back top home continue enlarge
    anzeige werbung teilen abonnieren anmelden kommentare kommentar drucken weiterlesen mehr suche schließen
    partager commentaires commentaire abonner abonnez connecter connexion publicité lire suite fermer
    compartir comentarios comentario suscríbete suscribirse publicidad leer más cerrar iniciar sesión
    compartilhe compartilhar comentários assine publicidade leia continua depois aceptar accept acepto abonne
    abonnement s'abonner abonnieren akzeptieren
    udostępnij komentarze reklama zaloguj czytaj więcej
"""
UI_WORDS = frozenset(_UI_TEXT.split())
"""Words of page controls and prompts in several languages (buttons, share bars, sign-in, paging)."""


_PHRASE_OPENER_TEXT = """
    zur zum im am vom beim für mit und oder auf aus bei nach über unter gegen ohne
    of for with and to from at on into about
    dans pour avec sur et ou chez sans sous entre
    para con y o en sin sobre entre
    per con e o su tra fra senza
    com e ou em sem sobre
    kein keine keinen keinem keiner nicht not aucun aucune ningún ninguna nessun nessuna nenhum nenhuma
"""
PHRASE_OPENERS = frozenset(_PHRASE_OPENER_TEXT.split())
"""Prepositions, conjunctions and negations that open phrases, never a person's name (name particles such as
'de', 'van', 'von', 'da', 'le' are not among them) nor a site's name on their own ('Zum' of 'Zum Shop', 'Kein
Cyberterrorismus')."""


NAV_WORDS = frozenset(
    [
        "home",
        "news",
        "world",
        "politics",
        "business",
        "sport",
        "sports",
        "opinion",
        "culture",
        "tech",
        "technology",
        "science",
        "health",
        "entertainment",
        "lifestyle",
        "travel",
        "video",
        "videos",
        "photos",
        "photo",
        "more",
        "menu",
        "search",
        "login",
        "register",
        "subscribe",
        "live",
        "latest",
        "economy",
        "local",
        "national",
        "international",
        "markets",
        "weather",
        "obituaries",
        "podcasts",
        "newsletter",
        "newsletters",
        "contact",
        "about",
        "sections",
        "section",
        "trending",
        "features",
        "analysis",
        "blog",
        "blogs",
        "premium",
    ]
)


_COOKIE_HINTS = ("cookie", "accept", "agree", "got it", "ok", "acept", "akzept", "aceit", "accett", "zustimm")
_NEWSLETTER_HINTS = (
    "sign up",
    "signing up",
    "subscri",
    "get ",
    "join",
    "newsletter",
    "support",
    "ad blocker",
    "adblocker",
    "abonn",
    "abo ",
    "suscr",
    "assine",
)


_APP_RE = re.compile(r"(?i:\bapps?\b|-app\b)|App\b")
_APP_GET_RE = re.compile(
    r"^\W*(?:download|descárgal[oa]|jetzt (?:die )?app)\b|\bdownload our\b|\b(?:herunterladen|installieren)\W*$|"
    r"\b(?:android|ios) (?:and|und|y|et|&) (?:android|ios)\b",
    _I,
)
_APP_STORE_RE = re.compile(r"app ?store|google play|play store", _I)
APP_PROMO_MAX_CHARS = 300
"""A line this short naming an app and telling the reader to get it ('Download the app', 'Die Tagesspiegel-App …
Hier gratis herunterladen', 'Hier geht es zur neuen WAZ-News-App – für Android und iOS'), or a row of store badges
('App Store Google Play'), promotes the site's app; an article's sentence naming a store ('… im Mac App Store') or
a download ('Users can now download the app') does not."""
APP_BADGE_CHARS = 60
"""A row of store badges is this short (a sentence naming a store is longer, in any script)."""


def _app_promotion(text: str, folded: str) -> bool:
    """See :data:`APP_PROMO_MAX_CHARS` (``folded``: the text in lower case)."""
    if "pp" not in folded and "play" not in folded:
        return False
    if _APP_RE.search(text) and (
        _APP_GET_RE.search(text) or ("download" in folded and _READER_PRONOUN_RE.search(text) is not None)
    ):
        return True
    return len(text) <= APP_BADGE_CHARS and _APP_STORE_RE.search(text) is not None


SUBSCRIPTION_RE = re.compile(
    r"\b(?:abonnee|abonnent\w*|abonné\w*|abo|digital-abo|subscri(?:ber|ption)s?|suscrip\w+|suscriptor\w*|"
    r"abbonat\w*|assinante\w*|eingeloggt\w*|inloggen|log(?:ged)? in|sign(?:ed)? in|registriert\w*|registrati)\b|会員",
    _I,
)
_READER_PRONOUN_RE = re.compile(
    rf"\b(?:[Yy]ou|[Yy]our|{_POLITE_YOU}|[Jj]e|[Jj]ij|[Tt]us?|[Uu]sted|[Tt]e)\b|ください|いただけ|ご利用"
)
"""The reader addressed in a paywall's notice (not French 'du': beside 'abonnés' it is an article; Japanese 'ご利用',
the reader's use, honorific)."""
_PAYWALL_NOTE_RE = re.compile(
    r"^(?:this|the) (?:article|content|story|post) is (?:only )?(?:for|available to|reserved for|exclusive to) "
    r"(?:paying |our )?(?:subscribers|members|premium)|^you have \d+ free (?:articles?|stories) (?:left|remaining)|"
    r"^(?:dieser|der) (?:artikel|beitrag|inhalt) ist (?:nur|exklusiv) für (?:abonnenten|abonnentinnen|abonnierende|"
    r"mitglieder)|^(?:ce contenu|cet article) est réservé aux abonnés|"
    r"^diesen (?:artikel|beitrag) gibt es auch als audio",
    _I,
)
"""A paywall's or a player's note on the article, which names no reader ('This article is for subscribers only',
'Dieser Artikel ist nur für Abonnenten', 'Diesen Artikel gibt es auch als Audio')."""
SUBSCRIPTION_MAX_CHARS = 300
"""A line this short that names a subscription, an account or logging in and speaks to the reader ('Als abonnee
lees je ook alle plusartikels', 'Aktuell sind Sie nicht eingeloggt', 'Tu suscripción se está usando en otro
dispositivo') is the site's paywall or account notice. Articles about subscriptions seldom say 'you'."""


AFFILIATE_RE = re.compile(
    r"\b(?:may|might|could|will) (?:earn|receive|get|make) (?:an? )?(?:small )?(?:affiliate )?commission\b", _I
)
"""An affiliate-link notice anywhere in a line ('… Postmedia may earn an affiliate commission from purchases')."""
DISCLAIMER_RE = re.compile(
    r"^\W{0,3}(?:note(?: to (?:our )?readers)?\s*:\s*)?"
    r"(?:(?:editorial |advertiser |affiliate )?(?:disclaimer|disclosure)\s*:|editorial note\s*:|"
    r"(?:psst\W+)?if you (?:choose to )?(?:buy|purchase) (?:something|an item|a product|anything) (?:from|through|via)|"
    r"(?:we |this (?:site|website|article|post) |[\w-]+\.[a-z]{2,}(?:\.[a-z]{2})? )(?:may )?(?:earns?|receives?|gets?) "
    r"(?:a )?(?:small )?(?:commission|cut|share of (?:sales|revenue))|"
    r"this (?:article|post|story|page) (?:contains|may contain|includes) affiliate links|"
    # the page's note on the article's age or section, above or below its headline
    r"this (?:article|story|content|post) is (?:more than|over) (?:\w+ ){1,2}old$|"
    r"dieser (?:artikel|beitrag) ist (?:mehr als|über) (?:\w+ ){1,2}alt$|"
    r"cet article (?:a|date de) (?:plus de )?\w+ (?:ans|mois)$|"
    r"sie lesen (?:einen|den) (?:artikel|beitrag) aus (?:der|dem) (?:rubrik|ressort|bereich)\b)",
    _I,
)
"""Editorial and affiliate disclaimers ("Editorial Disclaimer: …", "If you buy something through our links …"),
and the page's note on the article's age ('This article is more than 2 years old')."""


WIDGET_RE = re.compile(
    r"^(?:enable|turn on|activate) javascript|\bplease (?:enable|turn on|activate) javascript|"
    r"\b(?:enable|turn on) javascript (?:in your browser|to "
    r"(?:view|see|use|watch|read|continue))|"
    r"^(?:\[[^\]]{1,40}\]\s*)?(?:this \w+ )?(?:requires? javascript|javascript (?:is )?(?:currently )?(?:required|"
    r"disabled|deaktiviert))|(?:aktivieren sie|aktiviere) (?:bitte )?javascript|activ(?:ez|er) (?:le )?javascript|"
    r"^(?:habilita|activa|attiva|ative) (?:el |il |o )?javascript|"
    r"^empfohlener (?:redaktioneller )?inhalt$|^externer? inhalt\b|\bexterne[nr]? inhalte? (?:anzeigen|laden|erlauben)|"
    r"an dieser stelle finde(?:n sie|st du) (?:einen )?externen? inhalt|"
    r"einverstanden, dass mir (?:der |die )?(?:externen? )?inhalte?\b|an drittplattformen übermittelt|"
    r"^(?:a )?welcome email is on its way|check your (?:junk|spam) folder|will soon be in your inbox|"
    r"^by (?:providing|entering) your email(?: address)?,? you|"
    r"^(?:loading|wird geladen|chargement en cours|cargando)(?:\s*\.{3}|…)?$|^try refreshing your browser|"
    r"^(?:submitting|sending|invalid email(?: address)?)(?:\s*\.{3}|…|\.|!)?$|"
    r"\bplease (?:enter|provide) a valid email(?: address)?\b|"
    r"^this (?:site|page|form) is protected by recaptcha\b|"
    r"^\d{1,2}\s*(?:min(?:ute)?s?\.?|minuten?)\s*(?:read|reading time|lesezeit|lesedauer|de lecture|de lectura|"
    r"di lettura|de leitura|leestijd)$|"
    r"^(?:lesezeit|lesedauer|reading time|temps de lecture|tiempo de lectura|leestijd)\s*:?\s*\d{1,2}\s*min|"
    # an embed's skip links and stand-ins ('Skip twitter post, 1', 'End of YouTube post', 'Allow Instagram content?',
    # 'This content can also be viewed on the site it originates from.', Czech 'Následuje obsah vložený z jiného
    # webu'), a box's toggles ('Box aufklappen Box zuklappen') and a player's or gallery's label ('Back to video')
    r"^(?:skip|end of) (?:past )?(?:(?!to\b)\w+ )?(?:post|content|video|tweet|embed)s?\b[\s,.\d]*$|"
    r"^allow \w+ content\??$|\bcontent can also be viewed on the site it originates from\b|"
    r"\bobsah vložený z jiného webu\b|"
    r"^(?:(?:box|inhalt|text|infobox|mehr) (?:aufklappen|zuklappen|ausklappen|einklappen)\s*){1,2}$|"
    r"^back to (?:video|gallery|slideshow)$|^(?:article|story) content$|^view (?:images?|photos?|gallery)$|"
    r"^(?:show|see|view|vis|se|voir|ver|mostra|mostrar|toon) (?:more|mer|plus|más|mais|di più|meer)\s*"
    r"(?:show|see|view|vis|se|voir|ver|mostra|mostrar|toon) (?:less|mindre|moins|menos|di meno|minder)$|"
    r"^mehr anzeigen\s*weniger anzeigen$|"
    # an embedded post's link to its platform, a player's fallback text, a picture's zoom link, an unfilled embed
    r"^(?:view this (?:post|photo|video) on (?:instagram|facebook|tiktok|twitter|x)|"
    r"sieh dir diesen beitrag auf instagram an|voir cette publication sur instagram|"
    r"ver esta publicación en instagram)$|"
    r"^(?:a post shared by|ein beitrag geteilt von|une publication partagée par|"
    r"una publicación compartida por)\s.{1,80}\(@[\w.]{1,30}\)|"
    r"\b(?:your browser (?:does not|doesn['’]t|cannot|can['’]t) (?:support|play)|"
    r"(?:dein|ihr) browser (?:kann|unterstützt) (?:dieses|das|kein)\w* video)|"
    r"^(?:view|see) (?:full[- ]size|larger|full) (?:image|photo|picture)$|^embed\(https?://|"
    # a blog's like button and its count, as the template prints it before its script runs
    r"^%d (?:bloggers?|bloggern) (?:like|gefällt)|^(?:like this|gefällt mir|j['’]aime ceci|me gusta esto)\s*:$",
    _I,
)
"""Notices of the page's widgets, often between paragraphs: JavaScript required, embedded content waiting for
consent or skipped, a newsletter's confirmation, a form's reCAPTCHA notice, 'Loading…', the reading time ('3 Min
Lesezeit'), a box's toggles."""
_LANGUAGE_NAMES = (
    "english|french|german|spanish|italian|portuguese|arabic|chinese|japanese|russian|dutch|"
    "anglais|français|allemand|espagnol|italien|portugais|arabe|chinois|japonais|russe|"
    "inglés|francés|alemán|español|italiano|portugués|inglese|francese|tedesco|spagnolo|"
    "inglês|francês|alemão|espanhol|português|englisch|deutsch|französisch|spanisch|italienisch"
)
ARTICLE_TOOLS_RE = re.compile(
    r"^(?:social sharing|(?:artikel|beitrag) teilen|(?:leave a comment )?share this (?:item|article|story) "
    r"(?:on|via) \w+\b.*)$|"
    r"\b(?:purchase licensing rights|reprints? (?:and|&) permissions|die rechte an diesem artikel erwerben)\b|"
    r"\b(?:has|have|was) not been edited by (?:\S+ ){1,4}staff\b|\bredaktionell nicht bearbeitet\b|"
    r"\bpublished from a syndicated (?:news )?feed\b|"
    # a link to the same article in another language ('Lire ce contenu en français', 'Read this article in English')
    r"^(?:read|lire|leer|leggi|ler) (?:this|ce|cet|cette|este|esta|questo|questa|o|a) "
    r"(?:content|contenu|article|story|artículo|articolo|artigo|contenido|contenuto|conteúdo) "
    rf"(?:in|en|em) (?:{_LANGUAGE_NAMES})$|^(?:diesen|den) (?:artikel|beitrag) (?:auf|in) (?:{_LANGUAGE_NAMES}) lesen$|"
    rf"^(?:read|lire|leia|lea|leggi) (?:in|en|em) (?:{_LANGUAGE_NAMES})$",
    _I,
)
"""What follows an article: a share bar spelt out for screen readers ('Share this item on Facebook'), reprint
rights for sale, a wire story's 'not edited by our staff' note; a link to the article in another language."""
IMAGE_FILE_RE = re.compile(r"^(?:placeholder image[- ]?\d*|[\w-]+\.(?:jpe?g|png|gif|webp|svg|avif))$", _I)
"""What a text browser prints for a picture it cannot show: its file name ('x3rpxxz-O.jpg', 'Placeholder image-1')."""
_FILE_SLUG_RE = re.compile(
    r"^(?=\S*\d)(?=\S*[A-Za-z])(?:[A-Za-z0-9]+_[A-Za-z0-9_]+|[A-Za-z]{1,12}\d{5,}|"
    r"[A-Za-z0-9]*\d{4,}[A-Za-z0-9]*(?:-[A-Za-z0-9]+){2,}|[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*-[A-Za-z0-9]*\d{4,}[A-Za-z0-9]*)$"
)
FILE_SLUG_MIN_CHARS = 6


def file_slug(text: str) -> bool:
    """A picture's name without its extension, printed as its alt text: one token of letters and digits joined by
    underscores ('IMG_5301', '141205_7WONDERS_SpaceStation'), letters before a long number ('Mvd6613453') or
    groups with a long number among them ('49077828-2195548690509948-273035103981010944-n'); no article sentence
    or subheading is one ('COVID-19', 'F-35' have no such number)."""
    t = text.strip()
    return len(t) >= FILE_SLUG_MIN_CHARS and _FILE_SLUG_RE.match(t) is not None


FORM_CONTROL_RE = re.compile(r"^(?:\[[ xX*]?\]|\([ *oO]?\))\s*\S")
"""A line a text browser prints for a check box or radio button ('[ ] Show external content', '( )Yes')."""


BREADCRUMB_SEP_RE = re.compile(r"\s+(?:»|›|>|/|→)\s+")
"""The separator between the crumbs of a breadcrumb trail ('Home » World » Africa')."""


_NON_LETTERS_RE = re.compile(r"[\W_]+")


def letters_key(text: str) -> str:
    """Only the letters and digits of ``text``, case-folded: two printings that differ in spaces, punctuation or
    case ('MyraP. Saefong' / 'Myra P. Saefong') share it."""
    return _NON_LETTERS_RE.sub("", text.casefold())


CELL_GAP_RE = re.compile(r"\s{3,}")
"""A wide gap of spaces between two cells of a table row the text browser printed on one line."""
CASE_TURN_RE = re.compile(r"(?<=[a-zà-öø-ÿ])(?=[A-ZÀ-ÖØ-Þ])")
"""Where a small letter meets a capital inside a word ('Home|Sports|Latest' in 'HomeSportsLatest')."""


def cell_row(text: str) -> bool:
    """A row of three or more short cells printed apart by wide gaps ('हिंदी न्यूज़    समाचार     देश'): a menu or a
    breadcrumb laid out as a table, not a headline."""
    cells = CELL_GAP_RE.split(text.strip())
    return len(cells) >= 3 and all(len(c.split()) <= 3 for c in cells)


def breadcrumb_trail(text: str) -> bool:
    """A whole line of three or more short crumbs ('Home › Incidents › Data leaks › Article'), or of two short ones
    with an arrow between: navigation, with no headline at its end to strip the crumbs from."""
    parts = BREADCRUMB_SEP_RE.split(text)
    if len(parts) == 2 and _ARROW_SEP_RE.search(text):
        return all(len(p.split()) <= 2 and len(p) <= 20 for p in parts)  # 'News > World', '新闻频道 > 中国新闻'
    return len(parts) >= 3 and all(len(p.split()) <= 4 for p in parts) and "«" not in text


_ARROW_SEP_RE = re.compile(r"\s(?:»|›|>|→)\s")
"""A separator that only a trail uses: two crumbs with one between them are a trail too (a slash may be a
headline's)."""


_LINK_SEP_RE = re.compile(r"\s+(?:[-|·•–]|/{1,2})\s+")
MIN_LINK_SEGMENTS = 6


def link_run(text: str) -> bool:
    """True for a line of short link labels run together ("Education - Urdu News - Car Prices - Live TV - …"):
    six or more segments of at most five words, most of them one to three words, no year, and no sentence at
    the end."""
    if text.count(" ") < 2 * (MIN_LINK_SEGMENTS - 1) or text.rstrip().endswith((".", "?", "!", '"', "”")):
        return False
    parts = _LINK_SEP_RE.split(text.strip(" -|·•/–"))
    if len(parts) < MIN_LINK_SEGMENTS or _YEAR_RE.search(text):
        return False  # a dated line of sections is the article's meta line, read by the date rules
    sizes = sorted(len(p.split()) for p in parts)
    return sizes[-1] <= 5 and sizes[len(sizes) // 2] <= 3


_CONSENT_TERMS_RE = re.compile(
    r"\b(?:cookies?|personal (?:information|data)|opt[- ]?out|consent|your (?:browser|device|preferences)|"
    r"third[- ]part(?:y|ies)|cookie-einstellungen|datenschutz-?einstellungen|personenbezogenen? daten|zustimmung|"
    r"einwilligung|drittanbieter[n]?|données personnelles|consentement|datos personales|consentimiento|"
    r"(?:targeted|interest-based|personali[sz]ed) (?:ads|advertising|advertisements)|"
    r"privacy (?:settings|controls|preferences)|tracking technologies|"
    # a consent platform's purposes and cookie categories ('Store and/or access information on a device', 'These
    # cookies are strictly necessary …')
    r"personally identifiable|(?:online|device|unique) identifiers?|legitimate interests?|"
    r"(?:advertising|ad|content) (?:profiles?|partners)|strictly necessary|(?:these|such|performance|functional|"
    r"targeting|analytics?) cookies|precise (?:geolocation|location)|on this service|your activity|"
    r"presented to you|(?:advertising|content) (?:measurement|personali[sz]ation)|audience research)\b",
    _I,
)
_READER_ADDRESS_RE = re.compile(
    r"\b(?:you|your|we|our|us|(?-i:Sie|Ihre[nmrs]?)|wir|uns|unsere[nmrs]?|vous|votre|nous|notre)\b", _I
)
CONSENT_MIN_TERMS = 3
CONSENT_MIN_CHARS = 200
CONSENT_DIALOG_CHARS = 400
"""Consent text this long is a consent dialog (it ends the article); shorter, down to ``CONSENT_MIN_CHARS``, it is
a notice that may stand in for an embed between paragraphs."""
_CONSENT_HINTS = (
    "cookie",
    "consent",
    "personal",
    "targeted",
    "interest-based",
    "datenschutz",
    "third",
    "opt",
    "zustimm",
    "einwillig",
    "personenbezog",
    "dritt",
    "données",
    "datos",
    "privacy",
    "tracking",
    "identifi",
    "legitimate",
    "strictly",
    "precise",
    "profile",
    "partners",
    "service",
    "activity",
    "presented",
    "measurement",
    "audience",
)
"""Stems of the consent terms (:data:`_CONSENT_TERMS_RE`), looked for before the regular expressions run: every
term but 'your browser/device/preferences' holds one, and :func:`consent_text` needs three different terms."""
WIDGET_OPENING_MAX = 700
"""A widget notice up to this long is furniture when it opens with a notice pattern ('Ich bin damit einverstanden,
dass mir der externe Inhalt angezeigt wird. …') …"""
WIDGET_OPENING_SPAN = 160
"""… which is looked for in this many of its first characters."""


def _consent_hint(text: str) -> bool:
    """Cheap test before :func:`consent_text`: a consent word in the part of the line it reads."""
    head = text[:1200].lower()
    return any(h in head for h in _CONSENT_HINTS)


def consent_text(text: str) -> bool:
    """True for a long paragraph of a consent dialog: it speaks to the reader ('you', 'we') about cookies, personal
    information, opting out and third parties, at least ``CONSENT_MIN_TERMS`` different such terms."""
    head = text[:1200]
    terms = {m.group(0).lower().replace("-", " ") for m in _CONSENT_TERMS_RE.finditer(head)}  # 'third-party' once
    return len(terms) >= CONSENT_MIN_TERMS and len(_READER_ADDRESS_RE.findall(head)) >= 2


PICTURE_TEXT_RE = re.compile(r"^\[(?!\d+\])[^\]\s]{1,40}\](?=[A-Z“\"‘'])")
"""A picture's placeholder glued to its description ('[grey-place]A map entitled …', '[1/5]Reuters visuals
journalist …'): inside the article, the picture's caption or alt text (none of the 11 such lines of the
development pages is article text); above it, a headline may be printed so ('[2cc5e7ad-5]Council votes …')."""
PICTURE_TEXT_MIN_CHARS = 40


def picture_text(text: str) -> bool:
    """Whether a line is a picture's placeholder glued to its description (see ``PICTURE_TEXT_RE``)."""
    return len(text) >= PICTURE_TEXT_MIN_CHARS and PICTURE_TEXT_RE.match(text) is not None


@functools.lru_cache(maxsize=8192)
def furniture_reason(text: str) -> str | None:
    """The kind of page furniture a whole line is, or None when it may be content.

    Only looks at the line itself; context rules (runs of short lines, repeated titles, bylines)
    live in :mod:`search.cleaning.body`.
    """
    t = text.strip()
    if not t:
        return None
    low = t[:400]
    n = len(t)
    folded = low.lower()
    if COMMENTS_RE.match(low) or COMMENTS_LINE_RE.match(low):
        return "comments"
    if n < ENTRY_FOOTER_MAX_CHARS and any(h in folded for h in _ENTRY_FOOTER_HINTS) and ENTRY_FOOTER_RE.search(low):
        return "comments"  # the post's template closes it, over its responses
    if n < 400 and any(h in folded for h in _COOKIE_HINTS) and COOKIE_RE.search(low):
        return "cookie notice"
    if n >= CONSENT_MIN_CHARS and _consent_hint(t) and consent_text(t):
        # a shorter one is often an embed's placeholder between paragraphs, not the dialog below the article
        return "cookie notice" if n >= CONSENT_DIALOG_CHARS else "widget notice"
    widget = WIDGET_RE.search(low if n < 300 else low[:WIDGET_OPENING_SPAN]) if n < WIDGET_OPENING_MAX else None
    if widget and (n < 300 or widget.start() < 40):
        return "widget notice"  # a long notice counts when it opens with the pattern
    if n < 300 and ARTICLE_TOOLS_RE.search(low):
        return "article tools"
    if n < 80 and (IMAGE_FILE_RE.match(low) or file_slug(t)):
        return "image placeholder"
    if n < 200 and FORM_CONTROL_RE.match(low):
        return "form control"
    if READ_MORE_RE.match(low) or (
        n < NEW_WINDOW_MAX_CHARS and any(h in folded for h in _NEW_WINDOW_HINTS) and NEW_WINDOW_TAIL_RE.search(t)
    ):
        return "read-more link"
    if DISCLAIMER_RE.match(low) or (n < 400 and "commission" in folded and AFFILIATE_RE.search(low)):
        return "disclaimer"
    if n < 300 and APPEAL_RE.search(low):
        return "appeal"
    if n < SUBSCRIPTION_MAX_CHARS and (
        (SUBSCRIPTION_RE.search(low) and _READER_PRONOUN_RE.search(low)) or _PAYWALL_NOTE_RE.match(low)
    ):
        return "subscription notice"
    if n < APP_PROMO_MAX_CHARS and _app_promotion(low, folded):
        return "app promotion"
    if TAG_INLINE_RE.match(low):
        return "tag list"
    if n >= SCRIPT_MIN_CHARS and script_like(t):
        return "script"
    if t.count("#") >= SOCIAL_POST_HASHTAGS and len(HASHTAG_RE.findall(t)) >= SOCIAL_POST_HASHTAGS:
        return "social post"
    if link_run(t):
        return "navigation"
    if n < 60:
        if RELATED_HEADER_RE.match(low):
            return "related links"
        if TAG_HEADER_RE.match(low):
            return "tag list"
        if AD_RE.match(low):
            return "advertisement"
        if n < 50 and SHARE_RE.match(low):
            return "share bar"
    if n < 120 and share_words_row(t):
        return "share bar"
    if n < 200:
        if (len(t.split()) < 25 and COPYRIGHT_RE.search(low)) or FOOTER_RE.search(low):
            return "footer"
        if (
            any(h in folded for h in _NEWSLETTER_HINTS)
            and NEWSLETTER_RE.search(low)
            and (
                len(t.split()) <= NEWSLETTER_MAX_WORDS
                or _NEWSLETTER_START_RE.match(low)
                or _TO_THE_READER_RE.search(low)
            )
        ):
            return "newsletter"
        if n < 40 and TICKER_RE.match(low):
            return "ticker"
    if n < GLUED_FURNITURE_CHARS and CASE_TURN_RE.search(t):
        return glued_furniture(t)
    return None


GLUED_FURNITURE_CHARS = 80
"""A line at most this long may be pieces of furniture glued together."""


def glued_furniture(text: str) -> str | None:
    """The reason of the first piece when a short line is pieces of furniture the text browser printed without a
    space between them ('Diesen Artikel teilenKommentare': a share button and the comments link), every piece
    furniture on its own; None when one piece may be content."""
    pieces = CASE_TURN_RE.split(text)
    reasons = [furniture_reason(piece) for piece in pieces]
    return reasons[0] if len(pieces) >= 2 and all(reasons) else None


SCRIPT_MIN_CHARS = 120
"""A line at least this long can be judged as program text by its characters alone."""
SCRIPT_SYMBOL_SHARE = 0.05
"""Program text: at least this share of its characters are code symbols ('{}();=&|<>+') …"""
SCRIPT_WORD_SHARE = 0.5
"""… and under this share of its characters are in plain words ('parentElement&&e.body.removeChild(a),' is not
one); prose, even prose with an aside in brackets, has far more."""
_CODE_SYMBOL_RE = re.compile(r"[{}();=&|<>+]")
SCRIPT_SAMPLE_CHARS = 2000
"""How much of a long line is judged."""
_PLAIN_WORD_RE = re.compile(r"[(\"'„“«¿¡]*[^\W\d_]+(?:[-'’][^\W\d_]+)*[.,;:!?)\"'”»…]*")


def script_like(text: str) -> bool:
    """True for a long line of program text or markup ('0?(a.parentElement&&e.body.removeChild(a),…'), which a
    text browser prints when a page's script leaks into its text: no reader reads it as a sentence. A code
    sample in a technical article is dropped too when its line is as dense."""
    sample = text[:SCRIPT_SAMPLE_CHARS]
    n = len(sample)
    if not sample.isascii() or len(_CODE_SYMBOL_RE.findall(sample)) < SCRIPT_SYMBOL_SHARE * n:
        return False
    return sum(len(tok) for tok in sample.split() if _PLAIN_WORD_RE.fullmatch(tok)) < SCRIPT_WORD_SHARE * n


HASHTAG_RE = re.compile(r"(?<![\w&#/])#[^\W\d_]\w*")
"""A hashtag ('#abnehmen2019'); not '#1', an HTML entity or a link's anchor."""
SOCIAL_POST_HASHTAGS = 5
"""A line with this many hashtags is a social-media post or its caption (a feed beside the article, or tags
under a post), never an article paragraph: no paragraph of any development set's truth has so many."""


_RESERVED_RE = re.compile(r"reserv|riserv|vorbehalten|zastrzeż|prawa|rights|derechos|diritti|direitos", _I)
CREDIT_MAX_WORDS = 6
"""A line opening with '©' and at most this many words, without a year, may be a picture's credit."""


def short_credit(text: str) -> bool:
    """True for a short '© X' line without a year or reserved rights ('© n-tv.de', '© Matt Campbell / DPA'): a
    picture's credit when it sits between paragraphs, though the same shape also ends some pages."""
    head = text.strip()[:200]
    m = COPYRIGHT_RE.search(head)
    return (
        m is not None
        and m.start() <= 2
        and len(head.split()) <= CREDIT_MAX_WORDS
        and not _YEAR_RE.search(head)
        and not _RESERVED_RE.search(head)
    )


def is_barrier(reason: str | None, text: str) -> bool:
    """True for furniture that reliably marks the end of the article (comments, footer, cookies)."""
    if reason in {"comments", "cookie notice"}:
        return True
    if reason != "footer":
        return False
    head = text[:300]
    if "rights reserved" in head.lower():
        return True
    m = COPYRIGHT_RE.search(head)
    if m is None or _PHOTO_CREDIT_RE.search(head):
        return False
    # '© 2024 X' / 'X © 2024' is the footer; a credit after a caption ('… the river. © Jane Roe', '… in July
    # 2021. — © BELGA': the year is the caption's, before the mark) is not.
    return m.start() <= 2 or bool(_YEAR_RE.search(head, m.start()))


_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")


_PHOTO_CREDIT_RE = re.compile(
    r"^\W{0,3}(?:(?:photo|image|foto|bild|picture|imagen)s?\s+(?:©|\(c\)|copyright)|(?:©|\(c\)|copyright)\s*"
    r"(?:(?:photo|image|foto|bild|picture|imagen)s?\b|getty|shutterstock|istock|imago|ap\b|afp\b|reuters|dpa\b|"
    r"epa\b))(?!.*\b(?:19|20)\d\d\b)",
    _I,
)
"""A photo credit with a copyright sign ('© Bild: Werk', 'Image copyright Reuters'): inside the article, not
the page's footer (which names a year or reserves rights)."""


_CAPTION_END_TAIL = 220
"""CAPTION_END_RE matches at most ~180 characters, so only the end of a line is searched."""


_PICTURE_POSITION_RE = re.compile(
    r"\b[A-ZÀ-ÖØ-Þ][\w’'-]+ \((?:left|right|centre|center|links|rechts|mitte|izquierda|derecha|centro|"
    r"à gauche|à droite|au centre|sinistra|destra|l|r|c|L|R|C|l\.|r\.)\)"
)


def names_picture_positions(text: str) -> bool:
    """True for a line naming people by where they stand in a picture ('Tyson Fury (l) und Oleksandr Usyk',
    'Zelensky (left) may be forced to fire Syrsky (right)'): a caption, whatever else it says; no headline."""
    return "(" in text and _PICTURE_POSITION_RE.search(text[:300]) is not None


_CAPTION_BUTTON_RE = re.compile(r"(?<=\S)\s+(?:close|enlarge|expand|hide caption|toggle caption)$", re.I)
"""The button a picture viewer prints after its caption ('… | AP Photo Close')."""


@functools.lru_cache(maxsize=8192)
def caption_like(text: str) -> bool:
    """True for photo captions and credits (by their opening words or a trailing credit)."""
    t = _CAPTION_BUTTON_RE.sub("", text.strip()[:600])
    if not t:
        return False
    if CAPTION_START_RE.match(t):
        return True
    if CREDIT_ONLY_RE.match(t) and len(t.split()) <= 8:
        return True
    if IMAGE_KIND_END_RE.search(t[-40:]):
        return True
    if t.endswith((".", "!", "?", "”", '"')):
        return False
    return bool(CAPTION_END_RE.search(t[-_CAPTION_END_TAIL:] if len(t) > _CAPTION_END_TAIL else t))


BIO_RE = re.compile(
    r"^(?!(?:This|That|These|Those|It|There|Here|What|Which|Such|The) )(?:[A-ZÀ-ÖØ-Þ][\w'’.-]+ ){1,3}"
    r"(?:is|was|has been|writes|covers|reports)\b.{0,80}\b(?:journalist|reporter|correspondent|editor|writer|"
    r"columnist|contributor|author|freelance|producer|based in|covering|graduate|former)\b",
)
"""An author bio sentence, loosely ('Jane Roe has been a reporter since 2004 …', 'She is a freelance writer …'; a
sentence opening on 'This', 'It' or 'The' is about something else: 'This is good news for former players'):
dropped near the article's end and kept out of the story's prose when authors are weighed; :data:`WRITER_BIO_RE`
is the strict, multilingual form that names the writer."""


WRITER_BIO_RE = re.compile(
    r"^(?P<name>(?:[A-ZÀ-ÖØ-Þ][\w'’.-]+ ){1,3}?[A-ZÀ-ÖØ-Þ][\w'’-]+)(?: \[[^\]]{0,40}\] (?P=name))? "
    r"(?:is|was|has been|est|était|ist|war|es|fue|è|era|é|foi) (?:an? |une? |ein(?:e)? |una? )?"
    r"(?:\w+ ){0,2}(?i:journalist|reporter|correspondent|editor|writer|columnist|contributor|"
    r"journaliste|rédacteur|rédactrice|chroniqueur|chroniqueuse|correspondante?|"
    r"journalistin|redakteurin|redakteur|korrespondent(?:in)?|autorin|autor|"
    r"periodista|redactora?|corresponsal|columnista|giornalista|jornalista|repórter)\b",
)
"""A writer's bio sentence ('Titiou Lecoq est journaliste indépendante …', 'Jane Roe is a reporter …'),
the portrait's alt text between the name and its repetition allowed."""
