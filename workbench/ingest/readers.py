"""Readers: files, folders, JSONL feeds and stdin in; ``ArticleRecord`` or ``ReadProblem`` out.

Each bad input becomes one ``ReadProblem`` naming the file (and line) so the others
still go in; nothing here raises for bad data.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from workbench.store.articles import ArticleRecord
from workbench.ingest.clean import (
    drop_boilerplate,
    looks_like_headline,
    normalise,
    split_dateline,
    tidy_paragraphs,
)

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
FEED_SUFFIXES = {".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
MAX_FILE_BYTES = 50 * 1024 * 1024


@dataclass(slots=True)
class ReadProblem:
    origin: str
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


@dataclass(slots=True)
class Overrides:
    """Command-line metadata that wins over what the file says."""

    title: str | None = None
    published: date | None = None
    url: str | None = None
    outlet: str | None = None

    def apply(self, article: ArticleRecord) -> ArticleRecord:
        changes = {k: v for k, v in (("title", self.title), ("published", self.published),
                                     ("url", self.url), ("outlet", self.outlet)) if v is not None}
        return replace(article, **changes) if changes else article


class InputError(ValueError):
    """Bad input; the message names the field."""


def read_inputs(targets: list[str]) -> Iterator[ArticleRecord | ReadProblem]:
    for target in targets:
        if target == "-":
            yield from _read_stdin()
        elif target.startswith(("http://", "https://")):
            yield from _read_url(target)
        else:
            path = Path(target)
            if path.is_dir():
                files = sorted(p for p in path.rglob("*") if p.is_file() and _is_supported(p))
                if not files:
                    yield ReadProblem(target, "folder holds no .txt, .md, .jsonl or .html files")
                for file in files:
                    yield from read_file(file)
            elif path.exists():
                yield from read_file(path)
            else:
                yield ReadProblem(target, "no such file or folder")


def _is_supported(path: Path) -> bool:
    if any(part.startswith(".") for part in path.parts[-1:]):
        return False
    suffix = path.suffix.lower()
    return suffix in TEXT_SUFFIXES or suffix in FEED_SUFFIXES or suffix in HTML_SUFFIXES


def read_file(path: Path) -> Iterator[ArticleRecord | ReadProblem]:
    origin = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            yield ReadProblem(origin, f"file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
            return
        raw = path.read_bytes()
    except OSError as exc:
        yield ReadProblem(origin, f"cannot read: {exc.strerror or exc}")
        return
    suffix = path.suffix.lower()
    if suffix in FEED_SUFFIXES:
        yield from read_jsonl(raw, origin)
        return
    text = decode_text(raw, origin)
    if isinstance(text, ReadProblem):
        yield text
    elif suffix in HTML_SUFFIXES:
        yield from _read_html(text, origin)
    else:
        yield article_from_text(text, origin)


def decode_text(raw: bytes, origin: str) -> str | ReadProblem:
    if not raw.strip():
        return ReadProblem(origin, "empty file")
    if b"\x00" in raw[:8192]:
        return ReadProblem(origin, "binary file (contains NUL bytes), not article text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return ReadProblem(origin, f"not UTF-8 text (undecodable byte at offset {exc.start})")


def _read_stdin() -> Iterator[ArticleRecord | ReadProblem]:
    raw = sys.stdin.buffer.read()
    text = decode_text(raw, "<stdin>")
    if isinstance(text, ReadProblem):
        yield text
    elif text.lstrip().startswith("{"):
        yield from read_jsonl(raw, "<stdin>")
    else:
        yield article_from_text(text, "<stdin>")


def _read_html(text: str, origin: str) -> Iterator[ArticleRecord | ReadProblem]:
    try:
        from workbench.ingest.html import article_from_html
    except ImportError:
        yield ReadProblem(origin, "HTML ingest is not available in this version")
        return
    yield article_from_html(text, origin)


def _read_url(url: str) -> Iterator[ArticleRecord | ReadProblem]:
    try:
        from workbench.ingest.web import article_from_url
    except ImportError:
        yield ReadProblem(url, "URL ingest is not available in this version")
        return
    yield article_from_url(url)


def article_from_text(text: str, origin: str) -> ArticleRecord | ReadProblem:
    """Plain text or Markdown, with optional YAML front matter between ``---`` lines."""
    text = normalise(text)
    meta: dict[str, Any] = {}
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        if end == -1:
            return ReadProblem(origin, "front matter opened with --- but never closed")
        try:
            loaded = yaml.safe_load(text[4:end])
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" (line {mark.line + 2})" if mark else ""
            return ReadProblem(origin, f"front matter is not valid YAML{where}")
        if loaded is not None and not isinstance(loaded, dict):
            return ReadProblem(origin, "front matter must be key: value pairs")
        meta = loaded or {}
        text = text[text.find("\n", end + 1) + 1:] if text.find("\n", end + 1) != -1 else ""
    try:
        article = _article_from_fields(meta, text, origin, from_file=True)
    except InputError as exc:
        return ReadProblem(origin, str(exc))
    return article


def read_jsonl(raw: bytes, origin: str) -> Iterator[ArticleRecord | ReadProblem]:
    """One article per line; a bad line is reported with its number and skipped."""
    if not raw.strip():
        yield ReadProblem(origin, "empty file")
        return
    for number, line in enumerate(raw.splitlines(), start=1):
        where = f"{origin}:{number}"
        if not line.strip():
            continue
        try:
            record = json.loads(line.decode("utf-8-sig"))
        except UnicodeDecodeError:
            yield ReadProblem(where, "not UTF-8 text")
            continue
        except json.JSONDecodeError as exc:
            yield ReadProblem(where, f"malformed JSON ({exc.msg})")
            continue
        if not isinstance(record, dict):
            yield ReadProblem(where, "expected a JSON object per line")
            continue
        body = record.get("text", record.get("body"))
        if not isinstance(body, str) or not body.strip():
            yield ReadProblem(where, "field 'text' (or 'body') is missing or empty")
            continue
        try:
            yield _article_from_fields(record, normalise(body), where, from_file=False)
        except InputError as exc:
            yield ReadProblem(where, str(exc))


def _article_from_fields(meta: dict[str, Any], text: str, origin: str, from_file: bool) -> ArticleRecord:
    title = _optional_str(meta, "title")
    lines = text.strip("\n").split("\n")
    if title is None and lines:
        first = lines[0].lstrip("# ").strip() if lines[0].startswith("#") else lines[0]
        if (lines[0].startswith("#") or looks_like_headline(first)) and len(lines) > 1:
            title = first
            lines = lines[1:]
    elif title is not None and lines and lines[0].lstrip("# ").strip() == title:
        lines = lines[1:]  # the headline repeated as the first line (BBC feed style)
    body = tidy_paragraphs(drop_boilerplate("\n".join(lines)))
    dateline, body = split_dateline(body)
    if not body.strip():
        raise InputError("no article text after cleaning")
    return ArticleRecord(
        body=body,
        origin=origin,
        title=title,
        published=parse_published(meta.get("published", meta.get("date"))),
        url=_optional_str(meta, "url"),
        outlet=_optional_str(meta, "outlet"),
        author=_optional_str(meta, "author"),
        dateline=dateline,
    )


def _optional_str(meta: dict[str, Any], key: str) -> str | None:
    value = meta.get(key)
    if value is None:
        return None
    if isinstance(value, (list, dict)):
        raise InputError(f"field '{key}' must be text")
    value = normalise(str(value)).strip()
    return value or None


def parse_published(value: Any) -> date | None:
    """Accept a date, an ISO date or datetime string; anything else names the field."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        return date.fromisoformat(text[:10]) if len(text) >= 10 else date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        raise InputError(f"field 'published' is not a date: {text[:40]!r} (use YYYY-MM-DD)") from None
