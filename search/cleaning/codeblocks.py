"""Listings inside an article: a tutorial's code, printed between its paragraphs.

A text browser prints a page's ``<pre>`` blocks line by line: short lines full of brackets, semicolons and
operators that read like neither prose nor a menu. Scored as lines, a listing breaks the article's run and its
lines fall to the rules for furniture (an XML tag reads as a picture's placeholder, a line of capitals as a
ticker). A block of such lines right under a paragraph is the article's own listing: kept whole, in order.
"""

from __future__ import annotations

import re
from functools import lru_cache

from search.cleaning.lines import Line

CODE_MIN_LINES = 3
"""A listing has at least this many lines that look like code ..."""
CODE_SHARE = 0.6
"""... and they make at least this share of each of its groups of lines (comments and '...' fill the rest)."""
CODE_GAP = 2
"""Blank lines that may part two groups of one listing (between a listing's functions)."""
CODE_SYMBOL_SHARE = 0.08
"""A line of code has at least this share of its non-space characters as brackets, operators and punctuation."""
CODE_MAX_CHARS = 240
"""Longer lines are paragraphs, whatever they quote."""

_CODE_SIGN_RE = re.compile(
    r"""[;{}(,\[]\s*$                                   # ends a statement or opens a block
    |^[{})\]]                                          # closes a block
    |^(?://|/\*|\*/|\#!|\#include\b|<!--|</?[A-Za-z][\w.:-]*(?:\s|/?>|$))  # comment, shebang, markup tag
    |=>|->|::|:=|==|!=|\+=|&&|\|\|                     # operators prose never prints
    |[A-Za-z_]\w*\((?:[^()\s]*\)|.*\)[:;]?$)                # a call: name(args)
    |\$[A-Za-z_]                                       # a shell or PHP variable (not a price)
    |\w\\\w                                            # a namespace path (Symfony\\Component)
    |^"[^"]+"\s*:                                       # a JSON key
    |\w\s*=\s*["'\d\[{(<]                              # an assignment or attribute
    |^(?:import|from|def|class|return|var|let|const|public|private|protected|static|function|func|fn|package
        |echo|sudo|npm|pip|git|cd|SELECT|INSERT|UPDATE)\b\s+\S
    """,
    re.X,
)
_SYMBOL_RE = re.compile(r"""[{}()\[\];=<>$\\|&*+#@/:"'`,.~^%!?_-]""")
_STATEMENT_RE = re.compile(
    r"^(?://|/\*|\*/|<!--|import [\w.]+(?: as \w+)?$|from [\w.]+ import \w|(?:async )?def \w+\(|class \w+[(:]"
    r"|(?:var|let|const) \w+ =|@[A-Za-z_][\w.]*(?:\(.*\))?$"
    r"|\$ [a-z][\w.-]*(?: |$)|(?:[|│] +)*(?:[|├└]--|[├└]──) ?\S)"
)
"""Lines that only code starts so (comments, imports, definitions, decorators, a shell prompt's command, a branch
of a directory tree), however few brackets they print."""
_CLOSERS_RE = re.compile(r"^[\[\]]*[{}();,][{}()\[\];,]*$")
"""A line of closing brackets ('});', '],'); a lone '[' or ']' is a text field's frame, not code."""
_FURNITURE_RE = re.compile(
    r"\{[*|{%#]|[*|}%]\}|\[INS::|\[ *\*? *\]|^[\[\] ]+$|^\]\s|\[https?://$|^(?!return\b)[^\W\d_][^=;{}<>$]*\[$"
)
"""Unfilled template slots ('{* backButton *}', '{{ title }}', '{| count |}') and form fields ('E-mail [',
'] Last name [', '[*] Weekly', a lone '[' or ']' framing a text box): a page's furniture, not a listing."""


@lru_cache(maxsize=8192)
def code_like(text: str) -> bool:
    """True for a line that reads like source code or a configuration line."""
    s = text.strip()
    if not s or len(s) > CODE_MAX_CHARS or _FURNITURE_RE.search(s):
        return False
    if _STATEMENT_RE.match(s) or _CLOSERS_RE.match(s):
        return True
    if not _CODE_SIGN_RE.search(s):
        return False
    dense = s.replace(" ", "")
    return len(_SYMBOL_RE.findall(dense)) >= max(2.0, CODE_SYMBOL_SHARE * len(dense))


def _groups(lines: list[Line]) -> list[list[int]]:
    """Runs of consecutive non-blank lines, as lists of indices."""
    out: list[list[int]] = []
    for i, ln in enumerate(lines):
        if not ln.text:
            continue
        if out and out[-1][-1] == i - 1:
            out[-1].append(i)
        else:
            out.append([i])
    return out


def _code_group(lines: list[Line], group: list[int]) -> bool:
    """A group of lines, mostly not list items, that mostly look like code. A source line the text browser split
    into columns ('avatar'        => 'man1.png',) counts once, as code when any of its cells is."""
    if sum(1 for i in group if lines[i].bullet is not None) * 2 > len(group):
        return False  # a list (a block comment's ' * ' lines are a few among code)
    rows: dict[int, bool] = {}
    for i in group:
        rows[lines[i].no] = rows.get(lines[i].no, False) or code_like(lines[i].raw)
    return sum(rows.values()) >= CODE_SHARE * len(rows)


def _introduces(ln: Line) -> bool:
    """A paragraph, or a line that announces what follows ('Now the corresponding route:')."""
    return ln.is_prose or (ln.words >= 2 and ln.text.endswith(":"))


def code_block_lines(lines: list[Line]) -> set[int]:
    """Indices of the lines of listings: chains of code-like groups (up to ``CODE_GAP`` blank lines apart), each right
    under a line of prose that introduces it. A page shows it prints listings with one of at least ``CODE_MIN_LINES``
    lines of code; its shorter ones count then too."""
    groups = _groups(lines)
    blocks: list[tuple[list[int], int]] = []
    k = 0
    while k < len(groups):
        if not _code_group(lines, groups[k]):
            k += 1
            continue
        chain = [groups[k]]
        while (
            k + len(chain) < len(groups)
            and groups[k + len(chain)][0] - chain[-1][-1] <= CODE_GAP + 1
            and _code_group(lines, groups[k + len(chain)])
        ):
            chain.append(groups[k + len(chain)])
        if k > 0 and _introduces(lines[groups[k - 1][-1]]):
            block = [i for g in chain for i in g]
            blocks.append((block, sum(1 for i in block if code_like(lines[i].raw))))
        k += len(chain)
    if not any(count >= CODE_MIN_LINES for _, count in blocks):
        return set()
    return {i for block, _ in blocks for i in block}
