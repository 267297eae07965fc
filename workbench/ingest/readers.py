"""Readers: files, folders, JSONL feeds and stdin in; ``ArticleRecord`` or ``ReadProblem`` out.

Each bad input becomes one ``ReadProblem`` naming the file (and line) so the others
still go in; nothing here raises for bad data, and nothing here can be made to use
unbounded memory or time:

- only regular files are opened (a FIFO, device or socket is refused by name, so
  ``/dev/zero`` or a pipe nobody writes to cannot hang the run), and at most
  ``Limits.input_bytes`` are read from a file or stdin, whatever ``st_size`` says;
- one article's text, and one JSONL line, is at most ``Limits.article_bytes`` (a text
  file is not even read past four bytes a character of it, an HTML file past 20 times it);
- JSON numbers are bounded (``MAX_INT_DIGITS``) and finite (no ``NaN``/``Infinity``),
  nesting deeper than Python's recursion limit is refused;
- YAML front matter is parsed with a safe loader that refuses aliases (no "billion
  laughs") and nesting deeper than ``MAX_YAML_DEPTH``;
- UTF-8, UTF-16 and UTF-32 with a byte order mark are decoded.
"""

from __future__ import annotations

import codecs
import json
import math
import os
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

import yaml

from workbench.ingest.limits import MAX_ARTICLE_BYTES, MAX_FILE_BYTES, MB  # noqa: F401 - re-exported
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
MAX_INT_DIGITS = 30
MAX_YAML_DEPTH = 32
MAX_FRONT_MATTER_CHARS = 64 * 1024
READ_CHUNK = 1024 * 1024
_BOMS = (  # UTF-32 first: its little-endian mark starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True, slots=True)
class Limits:
    """How much one input may hold: a file or stdin, and one article (or JSONL line) in it."""

    input_bytes: int = MAX_FILE_BYTES
    article_bytes: int = MAX_ARTICLE_BYTES


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


def read_inputs(targets: list[str], limits: Limits | None = None) -> Iterator[ArticleRecord | ReadProblem]:
    limits = limits or Limits()
    for target in targets:
        if target == "-":
            yield from _guarded("<stdin>", _read_stdin(limits))
        elif target.startswith(("http://", "https://")):
            yield from _guarded(target, _read_url(target))
        else:
            yield from _guarded(target, _read_path(Path(target), limits))


def _guarded(origin: str, items: Iterator[ArticleRecord | ReadProblem]) -> Iterator[ArticleRecord | ReadProblem]:
    """A reader that trips over something unforeseen costs its own input, never the run."""
    try:
        yield from items
    except RecursionError:
        yield ReadProblem(origin, "nested too deeply to read")
    except MemoryError:
        yield ReadProblem(origin, "too large to read in memory")
    except Exception as exc:  # noqa: BLE001 - one bad input must not end the run
        yield ReadProblem(origin, f"could not read ({type(exc).__name__}: {_first_line(exc)})")


def _read_path(path: Path, limits: Limits) -> Iterator[ArticleRecord | ReadProblem]:
    target = str(path)
    try:
        is_dir = path.is_dir()
    except OSError as exc:
        yield ReadProblem(target, f"cannot read: {exc.strerror or exc}")
        return
    if is_dir:
        files = sorted(p for p in path.rglob("*") if _is_supported(p) and not _is_dir(p))
        if not files:
            yield ReadProblem(target, "folder holds no .txt, .md, .jsonl or .html files")
        for file in files:
            yield from _guarded(str(file), read_file(file, limits))
    elif path.exists() or path.is_symlink():
        yield from read_file(path, limits)
    else:
        yield ReadProblem(target, "no such file or folder")


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False


def _is_supported(path: Path) -> bool:
    if any(part.startswith(".") for part in path.parts[-1:]):
        return False
    suffix = path.suffix.lower()
    return suffix in TEXT_SUFFIXES or suffix in FEED_SUFFIXES or suffix in HTML_SUFFIXES


def _not_regular(mode: int) -> str | None:
    """Why a file of this mode is not read, or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    for test, name in ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a folder")):
        if test(mode):
            return name
    return "not a regular file"


def _size(n: int) -> str:
    return f"{n / MB:g} MB" if n >= MB else f"{n / 1024:g} kB"


def read_regular_file(path: Path, max_bytes: int) -> bytes | str:
    """The bytes of a regular file, or why not (one phrase).

    The file is checked before it is opened (a FIFO would block ``open``, a device
    never ends) and again after (it may have been swapped); at most ``max_bytes + 1``
    bytes are read, so a file that grows, or lies about its size, cannot get past it.
    """
    fd = _open_regular(path)
    if isinstance(fd, str):
        return fd
    try:
        info = os.fstat(fd)
        if info.st_size > max_bytes:
            return f"file is larger than {_size(max_bytes)} ({_size(info.st_size)}); raise the limit with --max-size"
        with os.fdopen(fd, "rb", closefd=False) as handle:
            raw = _read_at_most(handle, max_bytes)
    except OSError as exc:
        return f"cannot read: {exc.strerror or exc}"
    finally:
        os.close(fd)
    if raw is None:
        return f"file is larger than {_size(max_bytes)}; raise the limit with --max-size"
    return raw


def _open_regular(path: Path) -> int | str:
    """A read descriptor on a regular file, or why not: checked before it is opened (a FIFO
    would block ``open``, a device never ends) and again after (it may have been swapped)."""
    try:
        kind = _not_regular(os.stat(path).st_mode)
        if kind:
            return f"{kind}, not a regular file; only regular files are read"
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        return f"cannot read: {exc.strerror or exc}"
    try:
        kind = _not_regular(os.fstat(fd).st_mode)
    except OSError as exc:
        os.close(fd)
        return f"cannot read: {exc.strerror or exc}"
    if kind:
        os.close(fd)
        return f"{kind}, not a regular file; only regular files are read"
    return fd


def stream_jsonl_file(path: Path, limits: Limits | None = None) -> Iterator[ArticleRecord | ReadProblem]:
    """A JSONL feed of any size, one record at a time: memory holds one line (at most
    ``limits.article_bytes``; a longer line is reported by number and skipped unread).

    Feeds in UTF-16 or UTF-32 (a byte order mark) are decoded whole, up to ``--max-size``.
    """
    limits = limits or Limits()
    origin = str(path)
    fd = _open_regular(path)
    if isinstance(fd, str):
        yield ReadProblem(origin, fd)
        return
    try:
        with os.fdopen(fd, "rb", closefd=False) as handle:
            head = handle.read(4)
            if _bom_encoding(head) not in (None, "utf-8-sig"):
                handle.seek(0)
                raw = _read_at_most(handle, limits.input_bytes)
                if raw is None:
                    yield ReadProblem(origin, f"file is larger than {_size(limits.input_bytes)}; "
                                              "raise the limit with --max-size")
                else:
                    yield from read_jsonl(raw, origin, limits)
                return
            handle.seek(0)
            yield from _jsonl_lines(handle, origin, limits)
    except OSError as exc:
        yield ReadProblem(origin, f"cannot read: {exc.strerror or exc}")
    finally:
        os.close(fd)


def _jsonl_lines(handle: BinaryIO, origin: str, limits: Limits) -> Iterator[ArticleRecord | ReadProblem]:
    number = 0
    anything = False
    while True:
        line = handle.readline(limits.article_bytes + 1)
        if not line:
            break
        number += 1
        where = f"{origin}:{number}"
        if number == 1 and b"\x00" in line[:8192]:
            yield ReadProblem(origin, "binary file (contains NUL bytes), not a JSONL feed")
            return
        complete = line.endswith(b"\n")
        body = line.rstrip(b"\r\n") if complete else line
        if len(body) > limits.article_bytes:
            while not complete:  # skip the rest of the line, a chunk at a time
                rest = handle.readline(READ_CHUNK)
                complete = not rest or rest.endswith(b"\n")
            yield ReadProblem(where, f"line is longer than {_size(limits.article_bytes)}; "
                                     "raise the limit with --max-article-size")
            anything = True
            continue
        if not body.strip():
            continue
        anything = True
        yield _record_from_line(body, where)
    if not anything:
        yield ReadProblem(origin, "empty file")


def _read_at_most(handle: BinaryIO, max_bytes: int) -> bytes | None:
    """Everything up to EOF, or None when there is more than ``max_bytes``."""
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = handle.read(min(READ_CHUNK, max_bytes + 1 - total))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
        if total > max_bytes:
            return None


def read_file(path: Path, limits: Limits | None = None) -> Iterator[ArticleRecord | ReadProblem]:
    limits = limits or Limits()
    origin = str(path)
    suffix = path.suffix.lower()
    # A text file is one article: more than 4 bytes a character past the article limit is
    # refused before it is read and decoded (a 50 MB one-line file costs nothing).
    # An HTML page is one article in markup: up to 20 times the article limit (10 MB).
    if suffix in FEED_SUFFIXES:
        yield from stream_jsonl_file(path, limits)  # any size, a record at a time
        return
    else:
        cap = min(limits.input_bytes, (20 if suffix in HTML_SUFFIXES else 4) * limits.article_bytes + 4)
    raw = read_regular_file(path, cap)
    if isinstance(raw, str):
        if cap < limits.input_bytes and raw.startswith("file is larger than"):
            raw = (f"page is larger than {_size(cap - 4)}; raise the limit with --max-article-size"
                   if suffix in HTML_SUFFIXES else
                   f"article text is longer than {limits.article_bytes:,} characters; "
                   "raise the limit with --max-article-size")
        yield ReadProblem(origin, raw)
        return
    if suffix in FEED_SUFFIXES:
        yield from read_jsonl(raw, origin, limits)
        return
    text = decode_text(raw, origin)
    if isinstance(text, ReadProblem):
        yield text
    elif (problem := _article_too_long(text, origin, limits)) is not None:
        yield problem
    elif suffix in HTML_SUFFIXES:
        yield from _read_html(text, origin)
    else:
        yield article_from_text(text, origin)


def _article_too_long(text: str, origin: str, limits: Limits) -> ReadProblem | None:
    if len(text) <= limits.article_bytes:
        return None
    return ReadProblem(origin, f"article text is longer than {limits.article_bytes:,} characters; "
                               "raise the limit with --max-article-size")


def _bom_encoding(raw: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return encoding
    return None


def decode_text(raw: bytes, origin: str) -> str | ReadProblem:
    encoding = _bom_encoding(raw)
    if encoding is None:
        if b"\x00" in raw[:8192]:
            return ReadProblem(origin, "binary file (contains NUL bytes), not article text")
        encoding = "utf-8"
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        name = "UTF-8" if encoding == "utf-8" else encoding.upper()
        return ReadProblem(origin, f"not {name} text (undecodable byte at offset {exc.start})")
    if encoding != "utf-8" and "\x00" in text[:8192]:
        return ReadProblem(origin, "binary file (contains NUL characters), not article text")
    if not text.strip():
        return ReadProblem(origin, "empty file")
    return text


def _read_stdin(limits: Limits) -> Iterator[ArticleRecord | ReadProblem]:
    raw = _read_at_most(sys.stdin.buffer, limits.input_bytes)
    if raw is None:
        yield ReadProblem("<stdin>", f"input is larger than {_size(limits.input_bytes)}; raise the limit with --max-size")
        return
    text = decode_text(raw, "<stdin>")
    if isinstance(text, ReadProblem):
        yield text
    elif text.lstrip().startswith("{"):
        yield from read_jsonl(raw, "<stdin>", limits)
    elif (problem := _article_too_long(text, "<stdin>", limits)) is not None:
        yield problem
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
        if end - 4 > MAX_FRONT_MATTER_CHARS:
            return ReadProblem(origin, f"front matter is longer than {MAX_FRONT_MATTER_CHARS // 1024} kB")
        try:
            loaded = load_front_matter(text[4:end])
        except InputError as exc:
            return ReadProblem(origin, str(exc))
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


class _FrontMatterLoader(yaml.SafeLoader):
    """The safe loader without aliases (a "billion laughs" expands nothing) and with a depth cap."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent, index):  # type: ignore[no-untyped-def]
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise InputError(f"front matter uses a YAML alias (*{event.anchor}, line {event.start_mark.line + 2}); "
                             "aliases are not allowed")
        self._depth += 1
        try:
            if self._depth > MAX_YAML_DEPTH:
                raise InputError(f"front matter is nested deeper than {MAX_YAML_DEPTH} levels")
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def load_front_matter(text: str) -> Any:
    """YAML front matter, safely: no aliases, bounded depth; ``InputError`` names the problem."""
    loader = _FrontMatterLoader(text)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise InputError(f"a number has {len(text.lstrip('-')):,} digits (at most {MAX_INT_DIGITS})")
    return int(text)


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise InputError(f"number {text[:20]} is out of range")
    return value


def _no_constant(name: str) -> float:
    raise InputError(f"{name} is not a number JSON allows")


def parse_json_record(text: str) -> Any:
    """``json.loads`` with bounded integers, finite numbers only, and deep nesting refused.

    Raises ``InputError`` (the message says what is wrong) or ``json.JSONDecodeError``.
    """
    try:
        return json.loads(text, parse_int=_bounded_int, parse_float=_finite_float, parse_constant=_no_constant)
    except RecursionError:
        raise InputError("JSON nested too deeply") from None


def read_jsonl(raw: bytes, origin: str, limits: Limits | None = None) -> Iterator[ArticleRecord | ReadProblem]:
    """One article per line; a bad line is reported with its number and skipped."""
    limits = limits or Limits()
    encoding = _bom_encoding(raw)
    if encoding not in (None, "utf-8-sig"):
        text = decode_text(raw, origin)  # UTF-16/32: lines are only found after decoding
        if isinstance(text, ReadProblem):
            yield text
            return
        raw = text.encode("utf-8")
    if not raw.strip():
        yield ReadProblem(origin, "empty file")
        return
    start = 0
    number = 0
    while start < len(raw):
        end = raw.find(b"\n", start)
        end = len(raw) if end == -1 else end
        line, start, number = raw[start:end], end + 1, number + 1
        where = f"{origin}:{number}"
        if len(line) > limits.article_bytes:
            yield ReadProblem(where, f"line is longer than {_size(limits.article_bytes)}; "
                                     "raise the limit with --max-article-size")
            continue
        if not line.strip():
            continue
        yield _record_from_line(line, where)


def _record_from_line(line: bytes, where: str) -> ArticleRecord | ReadProblem:
    try:
        record = parse_json_record(line.decode("utf-8-sig"))
    except UnicodeDecodeError:
        return ReadProblem(where, "not UTF-8 text")
    except json.JSONDecodeError as exc:
        return ReadProblem(where, f"malformed JSON ({exc.msg})")
    except InputError as exc:
        return ReadProblem(where, str(exc))
    if not isinstance(record, dict):
        return ReadProblem(where, "expected a JSON object per line")
    body = record.get("text", record.get("body"))
    if not isinstance(body, str) or not body.strip():
        return ReadProblem(where, "field 'text' (or 'body') is missing or empty")
    try:
        return _article_from_fields(record, normalise(body), where, from_file=False)
    except InputError as exc:
        return ReadProblem(where, str(exc))


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
    if isinstance(value, float) and not math.isfinite(value):
        raise InputError(f"field '{key}' must be text, not {value}")
    if not isinstance(value, (str, int, float, date)) or isinstance(value, bool):
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
    if not isinstance(value, (str, int)) or isinstance(value, bool):
        raise InputError("field 'published' is not a date (use YYYY-MM-DD)")
    text = str(value).strip()[:100]
    try:
        return date.fromisoformat(text[:10]) if len(text) >= 10 else date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        raise InputError(f"field 'published' is not a date: {text[:40]!r} (use YYYY-MM-DD)") from None


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0][:200] if text else type(exc).__name__
