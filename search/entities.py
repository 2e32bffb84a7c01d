"""Finding gazetteer entities in text with one compiled matcher for the whole gazetteer.

Matching is whole-word, case- and accent-insensitive, alias-aware and possessive-tolerant
("Russia’s" yields "Russia"). Short all-capital aliases (acronyms such as "UN" or "AU") match only
in capitals, so the French words "un" and "au" are not taken for organisations.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from search.config import EntityDef
from search.model import EntityMention
from search.textnorm import fold


def _is_acronym(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return 0 < len(letters) <= 5 and all(c.isupper() for c in letters)


def _trie_pattern(words: Iterable[str]) -> str:
    """A regex matching any of ``words``; a trie keeps it fast for hundreds of aliases."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else f"{body}?"
        return body

    return build(trie)


@dataclass
class EntityMatcher:
    """Finds mentions of configured entities; build once per gazetteer and reuse."""

    entities: list[EntityDef]

    def __post_init__(self) -> None:
        self._by_folded: dict[str, EntityDef] = {}
        self._by_exact: dict[str, EntityDef] = {}
        for entity in self.entities:
            for alias in entity.all_names:
                if _is_acronym(alias):
                    self._by_exact.setdefault(alias, entity)
                else:
                    self._by_folded.setdefault(fold(alias), entity)
        self._folded_re = self._compile(self._by_folded, re.IGNORECASE)
        self._exact_re = self._compile(self._by_exact, 0)
        self._names = {fold(e.name): e for e in self.entities}
        for key, entity in self._by_folded.items():
            self._names.setdefault(key, entity)
        for key, entity in self._by_exact.items():
            self._names.setdefault(fold(key), entity)

    @staticmethod
    def _compile(table: dict[str, EntityDef], flags: int) -> re.Pattern[str] | None:
        if not table:
            return None
        return re.compile(r"(?<!\w)(?:" + _trie_pattern(table) + r")(?!\w)", flags)

    def find(self, text: str) -> list[EntityMention]:
        """Every mention in ``text``, in order, with character spans into ``text``."""
        mentions: list[EntityMention] = []
        taken: list[tuple[int, int]] = []
        if self._folded_re is not None:
            folded = fold(text)
            for match in self._folded_re.finditer(folded):
                entity = self._by_folded[match.group(0).lower()]
                mentions.append(EntityMention(entity.name, entity.type, match.start(), match.end()))
                taken.append((match.start(), match.end()))
        if self._exact_re is not None:
            for match in self._exact_re.finditer(text):
                start, end = match.span()
                if any(s < end and start < e for s, e in taken):
                    continue
                entity = self._by_exact[match.group(0)]
                mentions.append(EntityMention(entity.name, entity.type, start, end))
        mentions.sort(key=lambda m: m.start)
        return mentions

    def resolve(self, name: str) -> EntityDef | None:
        """The entity a user means by ``name`` (canonical name or any alias, accents optional)."""
        return self._names.get(fold(name.strip()))

    def by_name(self) -> dict[str, EntityDef]:
        """Entities keyed by canonical name."""
        return {e.name: e for e in self.entities}
