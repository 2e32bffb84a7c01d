"""Legacy code pages: the charset a page declares, and the Latin code page a page without one is read in."""

import pytest

from search.charsets import best_latin_page, declared_charset
from search.reading import decode

POLISH = "Wierzący są w stanie uwierzyć w cokolwiek. Jacek był w Krakowie, może się zmieni, żeby ściana łączyła."
WESTERN = [
    "Goïta reçoit la délégation à Bamako. Élysée, crème brûlée, façade, où l’on dîne.",
    "¿Qué pasó? ¡Año nuevo! Señor Muñoz está aquí con el niño pequeño.",
    "Straße, Größe, übermäßig schön für Jürgen und Österreich.",
    "“Goïta’s envoy” costs 5 € — talks resume in Bamako.",
]


@pytest.mark.parametrize(
    ("head", "codec"),
    [
        ('<meta charset="ISO-8859-2">', "iso8859-2"),
        ('<meta http-equiv="Content-Type" content="text/html; charset=windows-1250" />', "cp1250"),
        ("<?xml version='1.0' encoding='iso-8859-1'?>", "cp1252"),  # browsers read Latin-1 as Windows-1252
        ('<meta charset="utf-8">', None),
        ('<meta charset="no-such-charset">', None),
        ("<title>no declaration</title>", None),
    ],
)
def test_the_declared_charset_is_found(head: str, codec: str | None) -> None:
    assert declared_charset(f"<html><head>{head}</head><body>x</body></html>".encode()) == codec


def test_a_page_is_read_in_the_charset_it_declares() -> None:
    """An ISO-8859-2 page says so in its head: its Polish letters come out right, not as 'Wierz±cy s±'."""
    html = f'<html><head><meta charset="ISO-8859-2"><title>{POLISH}</title></head><body><p>{POLISH}</p></body></html>'
    assert POLISH in decode(html.encode("iso8859_2"))


@pytest.mark.parametrize("codec", ["cp1250", "iso8859_2"])
def test_central_european_text_without_a_declaration_reads_right(codec: str) -> None:
    """A text dump in a Central European code page: Windows-1252 would print 'by³o' for 'było'."""
    data = POLISH.encode(codec)
    assert best_latin_page(data) == codec
    assert decode(data) == POLISH


@pytest.mark.parametrize("text", WESTERN)
def test_western_text_stays_windows_1252(text: str) -> None:
    """French, Spanish ('¿Qué'), German and typographic quotes read as Windows-1252, as before."""
    assert best_latin_page(text.encode("cp1252")) == "cp1252"
    assert decode(text.encode("cp1252")) == text
