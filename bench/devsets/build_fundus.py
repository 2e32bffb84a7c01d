#!/usr/bin/env python3
"""Build an evaluation set of real news pages from fundus's parser test data.

Source: the public GitHub repository flairNLP/fundus (bare git dir, read with `git show`).
For every tests/resources/parser/test_data/<country>/<Publisher>_<date>.html.gz this writes

    <out>/articles/<id>/page.html   decompressed test page, bytes unchanged
    <out>/articles/<id>/page.txt    w3m dump (same command as shared/cleaning-dev)
    <out>/articles/<id>/truth.json  silver truth from fundus's expected values

plus <out>/manifest.json (source commit, id -> source file, parser version, skips).

Usage:
    .venv/bin/python bench/devsets/build_fundus.py <fundus git dir> [--rev HEAD] [--out DIR]

Stdlib + lxml only.
"""

from __future__ import annotations

import argparse
import ast
import gzip
import html as htmllib
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import lxml.html

TEST_DATA = "tests/resources/parser/test_data"
PUBLISHERS = "src/fundus/publishers"
MIN_LINES = 30
W3M_CMD = (
    "w3m -dump -cols 1000 -T text/html -I {charset} -O UTF-8 page.html"
    " | LC_ALL=C.UTF-8 sed -E 's/[[:space:]]+$//; s/^(━{{80}})━+$/\\1/' > page.txt"
)
NOTES = "silver: fundus expected values; outlet from fundus publisher name"


# ----------------------------------------------------------------------------- git helpers
class Repo:
    def __init__(self, git_dir: str, rev: str):
        self.git_dir = git_dir
        self.commit = self._git("rev-parse", f"{rev}^{{commit}}").decode().strip()

    def _git(self, *args: str) -> bytes:
        return subprocess.run(["git", "--git-dir", self.git_dir, *args], check=True, capture_output=True).stdout

    def ls(self, path: str) -> list[str]:
        out = self._git("ls-tree", "-r", "--name-only", self.commit, "--", path)
        return out.decode().splitlines()

    def show(self, path: str) -> bytes:
        return self._git("show", f"{self.commit}:{path}")


# ----------------------------------------------------------------------------- publishers
def _str_set(node: ast.AST) -> list[str]:
    if isinstance(node, (ast.Set, ast.List, ast.Tuple)):
        return [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
    return []


URL_SOURCES = {"RSSFeed", "Sitemap", "NewsMap"}


def _source_calls(node: ast.AST, where: str) -> list[ast.Call]:
    """The URL-source constructor calls of a Publisher's `sources=` expression."""
    if isinstance(node, (ast.List, ast.Tuple)):
        return [c for e in node.elts for c in _source_calls(e, where)]
    if isinstance(node, ast.BinOp):
        return _source_calls(node.left, where) + _source_calls(node.right, where)
    if isinstance(node, (ast.ListComp, ast.GeneratorExp)):
        return _source_calls(node.elt, where)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in URL_SOURCES:
        return [node]
    raise ValueError(f"{where}: cannot read sources ({ast.dump(node)[:80]})")


def parse_publishers(repo: Repo, country: str) -> dict[str, dict]:
    """enum member name -> {"name": display name, "languages": sorted list}"""
    src = repo.show(f"{PUBLISHERS}/{country}/__init__.py").decode("utf-8")
    tree = ast.parse(src)
    result: dict[str, dict] = {}
    for cls in tree.body:
        if not isinstance(cls, ast.ClassDef):
            continue
        if not any(isinstance(k.value, ast.Name) and k.value.id == "PublisherGroup" for k in cls.keywords):
            continue
        default_language = None
        for stmt in cls.body:
            if (
                isinstance(stmt, ast.Assign)
                and len(stmt.targets) == 1
                and isinstance(stmt.targets[0], ast.Name)
                and stmt.targets[0].id == "default_language"
                and isinstance(stmt.value, ast.Constant)
            ):
                default_language = stmt.value.value
        for stmt in cls.body:
            if not (
                isinstance(stmt, ast.Assign)
                and len(stmt.targets) == 1
                and isinstance(stmt.targets[0], ast.Name)
                and isinstance(stmt.value, ast.Call)
                and isinstance(stmt.value.func, ast.Name)
                and stmt.value.func.id == "Publisher"
            ):
                continue
            kw = {k.arg: k.value for k in stmt.value.keywords}
            name = kw.get("name")
            if not (isinstance(name, ast.Constant) and isinstance(name.value, str)):
                raise ValueError(f"{country}: cannot read name of {stmt.targets[0].id}")
            langs: set[str] = set()
            sources = kw.get("sources")
            if sources is not None:
                for node in _source_calls(sources, f"{country}.{stmt.targets[0].id}"):
                    src_kw = {k.arg: k.value for k in node.keywords}
                    if "languages" in src_kw:
                        langs.update(_str_set(src_kw["languages"]))
                    elif default_language:
                        # a URL source without explicit languages gets the group default
                        langs.add(default_language)
            if not langs and default_language:
                langs.add(default_language)
            result[stmt.targets[0].id] = {"name": name.value, "languages": sorted(langs)}
    return result


# ----------------------------------------------------------------------------- html helpers
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.I)


def meta_charset(raw: bytes) -> str | None:
    m = META_CHARSET.search(raw[:20000])
    return m.group(1).decode("ascii").lower() if m else None


def page_charset(raw: bytes) -> tuple[str, str | None]:
    """(charset for w3m -I, declared meta charset). Bytes that are valid UTF-8 are read as UTF-8
    (fundus stores every test page re-encoded as UTF-8); otherwise the meta charset is used."""
    declared = meta_charset(raw)
    try:
        raw.decode("utf-8")
        return "UTF-8", declared
    except UnicodeDecodeError:
        if not declared:
            raise ValueError("page is not UTF-8 and declares no charset") from None
        return declared, declared


def parse_html(raw: bytes, charset: str):
    parser = lxml.html.HTMLParser(encoding="utf-8" if charset.upper() == "UTF-8" else charset)
    return lxml.html.document_fromstring(raw, parser=parser)


def first_attr(doc, xpaths: list[str]) -> str | None:
    for xp in xpaths:
        for v in doc.xpath(xp):
            v = str(v).strip()
            if v:
                return v
    return None


def page_url(doc) -> str | None:
    return first_attr(
        doc,
        [
            "//link[translate(@rel,'CANONICAL','canonical')='canonical']/@href",
            "//meta[translate(@property,'OGURL','ogurl')='og:url']/@content",
            "//meta[translate(@name,'OGURL','ogurl')='og:url']/@content",
        ],
    )


def og_site_name(doc) -> str | None:
    v = first_attr(
        doc,
        [
            "//meta[translate(@property,'OGSITENAME_','ogsitename_')='og:site_name']/@content",
            "//meta[translate(@name,'OGSITENAME_','ogsitename_')='og:site_name']/@content",
        ],
    )
    return htmllib.unescape(v) if v else None


def html_lang(doc) -> str | None:
    v = doc.get("lang") or doc.get("{http://www.w3.org/XML/1998/namespace}lang")
    return v.strip().lower().replace("_", "-").split("-")[0] if v and v.strip() else None


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    s = s.replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).strip().casefold()


def doc_text(doc) -> str:
    parts = [doc.text_content()]
    parts += [str(v) for v in doc.xpath("//meta/@content")]
    return norm(" ".join(parts))


# ----------------------------------------------------------------------------- truth
def body_text(body: dict) -> str:
    paras: list[str] = []
    for p in body.get("summary") or []:
        paras.append(p)
    for sec in body.get("sections") or []:
        paras.extend(sec.get("headline") or [])
        paras.extend(sec.get("paragraphs") or [])
    paras = [p.strip() for p in paras if p and p.strip()]
    return "\n\n".join(paras)


def version_key(name: str) -> tuple[int, ...]:
    return tuple(int(x) for x in re.findall(r"\d+", name))


# ----------------------------------------------------------------------------- main
def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("git_dir", help="bare git dir of flairNLP/fundus")
    ap.add_argument("--rev", default="HEAD")
    ap.add_argument("--out", default=str(Path(__file__).resolve().parents[3] / "devsets" / "fundus"))
    args = ap.parse_args()

    repo = Repo(args.git_dir, args.rev)
    out = Path(args.out)
    art_dir = out / "articles"
    if art_dir.exists():
        shutil.rmtree(art_dir)
    art_dir.mkdir(parents=True)

    files = repo.ls(TEST_DATA)
    pages: dict[tuple[str, str], list[str]] = defaultdict(list)  # (country, publisher) -> html files
    for f in files:
        rel = f[len(TEST_DATA) + 1 :]
        parts = rel.split("/")
        if len(parts) == 2 and parts[1].endswith(".html.gz"):
            publisher = parts[1][: -len(".html.gz")].split("_", 1)[0]
            pages[(parts[0], publisher)].append(parts[1])

    publishers: dict[str, dict[str, dict]] = {}
    meta_infos: dict[str, dict] = {}
    warnings: list[str] = []
    candidates = []  # (country, publisher, file, version, expected)
    for (country, publisher), htmls in sorted(pages.items()):
        if country not in publishers:
            publishers[country] = parse_publishers(repo, country)
            meta_infos[country] = json.loads(repo.show(f"{TEST_DATA}/{country}/meta.info"))
        expected_all = json.loads(repo.show(f"{TEST_DATA}/{country}/{publisher}.json"))
        versions = sorted(expected_all, key=version_key)
        # fundus picks the parser version by crawl date; versions are ordered by VALID_UNTIL and
        # each version has exactly one test page, so the i-th oldest page belongs to the i-th version.
        htmls_by_date = sorted(htmls, key=lambda h: meta_infos[country][h]["crawl_date"])
        if len(versions) != len(htmls_by_date):
            raise ValueError(f"{country}/{publisher}: {len(versions)} versions but {len(htmls)} pages")
        for h, v in zip(htmls_by_date, versions):
            candidates.append((country, publisher, h, v, expected_all[v]))

    candidates.sort(key=lambda c: (c[0], c[1], c[2]))
    kept, skipped = [], []
    counter = 0
    for country, publisher, fname, version, exp in candidates:
        pub = publishers[country].get(publisher)
        if pub is None:
            # test data without a registered publisher: fundus's own tests don't exercise it
            skipped.append(
                {
                    "source": f"{country}/{fname}",
                    "version": version,
                    "reason": f"no publisher {publisher!r} in {PUBLISHERS}/{country}/__init__.py",
                }
            )
            continue
        raw = gzip.decompress(repo.show(f"{TEST_DATA}/{country}/{fname}"))
        charset, declared = page_charset(raw)
        if declared and declared.replace("-", "").replace("_", "") not in ("utf8",) and charset == "UTF-8":
            warnings.append(f"{country}/{fname}: meta charset {declared!r} but bytes are UTF-8; read as UTF-8")
        doc = parse_html(raw, charset)

        # version sanity: the expected title should occur in the page
        if norm(exp["title"]) not in doc_text(doc):
            warnings.append(f"{country}/{fname} ({version}): expected title not found in html")

        tmp = art_dir / f"_tmp_{counter}"
        tmp.mkdir()
        (tmp / "page.html").write_bytes(raw)
        env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8")
        subprocess.run(
            ["bash", "-c", "set -o pipefail; " + W3M_CMD.format(charset=charset)], cwd=tmp, check=True, env=env
        )
        txt = (tmp / "page.txt").read_text("utf-8")
        n_lines = len(txt.splitlines())
        src = f"{country}/{fname}"
        if n_lines < MIN_LINES:
            shutil.rmtree(tmp)
            skipped.append(
                {"source": src, "version": version, "reason": f"page.txt has {n_lines} lines (< {MIN_LINES})"}
            )
            continue

        counter += 1
        aid = f"g{counter:03d}"
        if counter > 999:
            raise ValueError("more than 999 pages")
        pd = exp.get("publishing_date")
        date = pd[:10] if isinstance(pd, str) and re.match(r"\d{4}-\d{2}-\d{2}", pd) else None
        authors = [a.strip() for a in (exp.get("authors") or []) if a and a.strip()]
        langs = pub["languages"]
        if len(langs) == 1:
            lang = langs[0]
        else:
            hl = html_lang(doc)
            lang = hl if hl in langs else None
        url = page_url(doc) or meta_infos[country][fname].get("url")
        truth = {
            "id": aid,
            "title": exp["title"].strip().strip("\u200b\ufeff").strip(),
            "outlet": pub["name"],
            "date": date,
            "author": ", ".join(authors) if authors else None,
            "body": body_text(exp["body"]),
            "alternatives": {},
            "lang": lang,
            "url": url,
            "notes": NOTES,
        }
        site = og_site_name(doc)
        if site and norm(site) != norm(pub["name"]):
            truth["alternatives"]["outlet"] = [site]
        (tmp / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", "utf-8")
        tmp.rename(art_dir / aid)
        kept.append(
            {
                "id": aid,
                "source": src,
                "publisher": publisher,
                "version": version,
                "charset": charset,
                "lines": n_lines,
                "crawl_url": meta_infos[country][fname].get("url"),
            }
        )

    manifest = {
        "source": "https://github.com/flairNLP/fundus",
        "commit": repo.commit,
        "pages": len(kept),
        "countries": sorted({k["source"].split("/")[0] for k in kept}),
        "skipped": skipped,
        "warnings": warnings,
        "articles": kept,
    }
    (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", "utf-8")
    print(f"commit {repo.commit}: {len(kept)} pages written, {len(skipped)} skipped")
    for s in skipped:
        print(f"  skipped {s['source']}: {s['reason']}")
    for w in warnings:
        print(f"  warning {w}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
