"""Loading and validating ``config.yaml``: corpus folders, outlet names, the entity gazetteer, keys.

Errors name the file, the line and the key (:class:`ConfigError`), so a user can fix them at once.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from search.resources import bundled_config_path, bundled_seeds_path
from search.textnorm import fold

ENTITY_TYPES = ("person", "place", "organisation")
TOP_LEVEL_KEYS = ("corpus", "outlets", "entities", "keys")
ENTITY_KEYS = ("name", "type", "aliases")


class ConfigError(Exception):
    """A configuration problem, located by file, line and key."""

    def __init__(self, path: Path | str, line: int | None, key: str, message: str) -> None:
        self.path = str(path)
        self.line = line
        self.key = key
        self.message = message
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {key}: {message}" if key else f"{where}: {message}")


@dataclass(frozen=True)
class EntityDef:
    """One gazetteer entry: canonical name, type and aliases (the name itself is always an alias)."""

    name: str
    type: str
    aliases: tuple[str, ...] = ()

    @property
    def all_names(self) -> tuple[str, ...]:
        """The canonical name followed by every alias."""
        return (self.name, *self.aliases)


@dataclass
class Config:
    """The validated configuration."""

    path: Path
    corpus: list[Path] = field(default_factory=list)
    outlets: dict[str, tuple[str, ...]] = field(default_factory=dict)
    entities: list[EntityDef] = field(default_factory=list)
    keys: dict[str, str] = field(default_factory=dict)
    key_lines: dict[str, int] = field(default_factory=dict)

    def canonical_outlet(self, outlet: str | None) -> str | None:
        """Map an outlet spelling to its configured canonical name (case-insensitive)."""
        if not outlet:
            return outlet
        folded = outlet.casefold().strip()
        for name, aliases in self.outlets.items():
            if folded == name.casefold() or folded in (a.casefold() for a in aliases):
                return name
        return outlet

    def cleaning_fingerprint(self) -> str:
        """A hash of the config that changes how pages are cleaned (outlet names)."""
        return _digest({k: list(v) for k, v in sorted(self.outlets.items())})

    def entities_fingerprint(self) -> str:
        """A hash of the gazetteer: when it changes, articles are re-tagged (not re-cleaned)."""
        return _digest([[e.name, e.type, list(e.aliases)] for e in self.entities])


def _digest(data: object) -> str:
    return hashlib.sha1(json.dumps(data, sort_keys=True).encode()).hexdigest()[:16]


def config_path_from_env(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The config file to use: ``--config``, then ``MALI_TUI_CONFIG``, then the bundled default."""
    if explicit:
        return Path(explicit)
    env = os.environ.get("MALI_TUI_CONFIG")
    if env:
        return Path(env)
    return bundled_config_path()


def load_config(path: str | os.PathLike[str] | None = None) -> Config:
    """Read and validate a config file; raise :class:`ConfigError` on any problem."""
    cfg_path = config_path_from_env(path)
    try:
        text = cfg_path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(cfg_path, None, "", "file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(cfg_path, None, "", f"cannot read: {exc}") from None
    return parse_config(text, cfg_path)


def parse_config(text: str, cfg_path: Path) -> Config:
    """Validate config text; ``cfg_path`` names the file in errors and anchors relative paths."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc)
        raise ConfigError(cfg_path, line, "", f"not valid YAML: {problem}") from None
    config = Config(path=cfg_path)
    if root is None:
        return config
    top = _mapping(root, cfg_path, "(top level)")
    for key, (key_node, _value) in top.items():
        if key not in TOP_LEVEL_KEYS:
            raise ConfigError(
                cfg_path, _line(key_node), key, f"unknown key (expected one of: {', '.join(TOP_LEVEL_KEYS)})"
            )
    if "corpus" in top:
        config.corpus = _corpus(top["corpus"][1], cfg_path)
    else:
        config.corpus = [bundled_seeds_path()]
    if "outlets" in top:
        config.outlets = _outlets(top["outlets"][1], cfg_path)
    if "entities" in top:
        config.entities = _entities(top["entities"][1], cfg_path)
    if "keys" in top:
        config.keys, config.key_lines = _keys(top["keys"][1], cfg_path)
    return config


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _mapping(node: yaml.Node, path: Path, key: str) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    if isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:null":
        return {}
    if not isinstance(node, yaml.MappingNode):
        raise ConfigError(path, _line(node), key, "expected a mapping (key: value)")
    result: dict[str, tuple[yaml.Node, yaml.Node]] = {}
    for key_node, value in node.value:
        name = _string(key_node, path, key)
        if name in result:
            raise ConfigError(path, _line(key_node), f"{key}.{name}", "duplicate key")
        result[name] = (key_node, value)
    return result


def _sequence(node: yaml.Node, path: Path, key: str) -> list[yaml.Node]:
    if isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:null":
        return []
    if not isinstance(node, yaml.SequenceNode):
        raise ConfigError(path, _line(node), key, "expected a list")
    return list(node.value)


def _string(node: yaml.Node, path: Path, key: str) -> str:
    if not isinstance(node, yaml.ScalarNode) or node.tag == "tag:yaml.org,2002:null":
        raise ConfigError(path, _line(node), key, "expected a text value")
    text = str(node.value).strip()
    if not text:
        raise ConfigError(path, _line(node), key, "must not be empty")
    return text


def _corpus(node: yaml.Node, path: Path) -> list[Path]:
    folders: list[Path] = []
    for i, item in enumerate(_sequence(node, path, "corpus")):
        value = _string(item, path, f"corpus[{i}]")
        if value == "bundled:seeds":
            folders.append(bundled_seeds_path())
        else:
            folder = Path(os.path.expanduser(value))
            folders.append(folder if folder.is_absolute() else (path.parent / folder))
    return folders


def _outlets(node: yaml.Node, path: Path) -> dict[str, tuple[str, ...]]:
    outlets: dict[str, tuple[str, ...]] = {}
    for name, (_key_node, value) in _mapping(node, path, "outlets").items():
        items = _sequence(value, path, f"outlets.{name}")
        outlets[name] = tuple(_string(v, path, f"outlets.{name}") for v in items)
    return outlets


def _entities(node: yaml.Node, path: Path) -> list[EntityDef]:
    entities: list[EntityDef] = []
    owner: dict[str, str] = {}
    for i, item in enumerate(_sequence(node, path, "entities")):
        where = f"entities[{i}]"
        fields = _mapping(item, path, where)
        for key, (key_node, _value) in fields.items():
            if key not in ENTITY_KEYS:
                raise ConfigError(
                    path, _line(key_node), f"{where}.{key}", f"unknown key (expected {', '.join(ENTITY_KEYS)})"
                )
        if "name" not in fields:
            raise ConfigError(path, _line(item), f"{where}.name", "missing")
        name = _string(fields["name"][1], path, f"{where}.name")
        where = f"entities[{i}] ({name})"
        if "type" not in fields:
            raise ConfigError(path, _line(item), f"{where}.type", "missing")
        kind = _string(fields["type"][1], path, f"{where}.type")
        if kind not in ENTITY_TYPES:
            raise ConfigError(
                path, _line(fields["type"][1]), f"{where}.type", f"{kind!r} is not one of {', '.join(ENTITY_TYPES)}"
            )
        aliases: list[str] = []
        if "aliases" in fields:
            for alias_node in _sequence(fields["aliases"][1], path, f"{where}.aliases"):
                aliases.append(_string(alias_node, path, f"{where}.aliases"))
        for alias_node_name, line_node in [(name, fields["name"][1])] + [(a, fields["aliases"][1]) for a in aliases]:
            key = fold(alias_node_name)
            if key in owner and owner[key] != name:
                raise ConfigError(
                    path,
                    _line(line_node),
                    f"{where}.aliases",
                    f"alias {alias_node_name!r} is already claimed by entity {owner[key]!r}",
                )
            owner[key] = name
        entities.append(EntityDef(name=name, type=kind, aliases=tuple(aliases)))
    return entities


def _keys(node: yaml.Node, path: Path) -> tuple[dict[str, str], dict[str, int]]:
    keys: dict[str, str] = {}
    lines: dict[str, int] = {}
    for binding_id, (key_node, value) in _mapping(node, path, "keys").items():
        keys[binding_id] = _string(value, path, f"keys.{binding_id}")
        lines[binding_id] = _line(key_node)
    return keys, lines
