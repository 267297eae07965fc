"""Exports: CSV, JSONL, ClaimReview JSON-LD and the editor's report (Markdown, HTML).

One entry point serves the ``workbench export`` command and the review screen's ``e`` key::

    from workbench.export import ExportFilters, write_export

    count = write_export(db, "csv", "review.csv", ExportFilters(article_ids=(3,), labels=("unlabeled",)),
                         progress=lambda done, total: ...)

``fmt`` is one of ``FORMATS``. ``out`` is a path (``str`` or ``Path``) or an open text
stream. A path is written through a temporary file in the same folder, flushed to disk
(``fsync``) and renamed into place only when the export is complete, so a failed export
never leaves a half-written file (and never truncates an older one). A symlink is written
through: its target gets the export and the link stays. A character device or FIFO
(``/dev/stdout``, ``/dev/full``) is written into as it is, never replaced; other
non-regular targets are refused. A full disk is one ``ExportError`` line. A text stream is written as it is; for CSV it
must be opened with ``newline=""`` so the CRLF line ends survive. ``excel=True`` starts
a CSV with a UTF-8 byte order mark. ``progress(done, total)`` is called from the calling
thread every ``PROGRESS_EVERY`` claims (every page of ``csv_sqlite.PAGE_SIZE`` for CSV
from SQLite) and once at the end; ClaimReview counts only
labelled claims. The return value is the number of claims written.

Everything streams: claims are read a page at a time (``rows.iter_rows``), so memory
stays flat however large the database is. Run it in a worker thread from the TUI; it
opens its own read session (one snapshot for the whole export).
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime, timezone
from functools import partial
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy.orm import Session

from workbench.export.claimreview import write_claimreview
from workbench.export.csv_export import COLUMNS, CsvLines, write_csv
from workbench.export.csv_sqlite import iter_csv_pages, sqlite_can_word
from workbench.export.jsonl import write_jsonl
from workbench.export.report import ReportHeading, write_html, write_markdown
from workbench.export.rows import LABEL_FILTERS, ExportFilters, ExportRow, count_claims, iter_rows, label_totals
from workbench.store.engine import Database

FORMATS = ("csv", "jsonl", "claimreview", "markdown", "html")
PROGRESS_EVERY = 1000
Progress = Callable[[int, int], None]


class ExportError(ValueError):
    """An export that cannot be written; the message is for the user."""


def write_export(
    db: Database,
    fmt: str,
    out: str | os.PathLike[str] | TextIO,
    filters: ExportFilters | None = None,
    progress: Progress | None = None,
    excel: bool = False,
) -> int:
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    filters = filters or ExportFilters()
    if isinstance(out, (str, os.PathLike)):
        with _replaced_on_success(Path(out)) as stream:
            return _write(db, fmt, stream, filters, progress, excel)
    return _write(db, fmt, out, filters, progress, excel)


def _write(
    db: Database, fmt: str, out: TextIO, filters: ExportFilters, progress: Progress | None, excel: bool
) -> int:
    labelled_only = fmt == "claimreview"
    with db.session() as session, session.begin():
        if fmt == "csv" and sqlite_can_word(session.connection()):
            return write_csv(_sqlite_csv_lines(session, filters, progress), out, excel=excel)
        rows: Iterable[ExportRow] = iter_rows(session, filters, labelled_only=labelled_only)
        if progress is not None:
            rows = _reporting(rows, count_claims(session, filters, labelled_only), progress)
        if fmt == "csv":
            return write_csv(rows, out, excel=excel)
        if fmt == "jsonl":
            return write_jsonl(rows, out)
        if fmt == "claimreview":
            return write_claimreview(rows, out)
        heading = ReportHeading(
            generated=datetime.now(timezone.utc), filters=filters.describe(), totals=label_totals(session, filters)
        )
        writer = write_markdown if fmt == "markdown" else write_html
        return writer(rows, out, heading, partial(_finding_records, session))


def _finding_records(session: Session, finding_ids: list[int]) -> dict[int, Any]:
    """The report's findings with both claims (and the other article), and who decided them."""
    from workbench.store.findings import list_findings

    found: dict[int, Any] = {}
    for start in range(0, len(finding_ids), 500):
        found.update((r.id, r) for r in list_findings(session, finding_ids=finding_ids[start:start + 500]))
    return found


def _sqlite_csv_lines(
    session: Session, filters: ExportFilters, progress: Progress | None
) -> Iterator[CsvLines | ExportRow]:
    """SQLite words the CSV lines itself (csv_sqlite): a page at a time, so progress goes by page."""
    if progress is None:
        return iter_csv_pages(session.connection(), filters)
    total = count_claims(session, filters)
    progress(0, total)

    def report(done: int) -> None:
        progress(done, total)

    return iter_csv_pages(session.connection(), filters, report)


def _reporting(rows: Iterable[ExportRow], total: int, progress: Progress) -> Iterator[ExportRow]:
    done = 0
    progress(0, total)
    for row in rows:
        yield row
        done += 1
        if done % PROGRESS_EVERY == 0:
            progress(done, total)
    progress(done, total)


class _replaced_on_success:
    """A text file beside ``target`` (beside the file a symlink points at) that replaces it
    on a clean exit, flushed to disk first, and vanishes otherwise."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self.real = target
        self.temp: Path | None = None
        self.stream: TextIO | None = None

    def __enter__(self) -> TextIO:
        self.real = Path(os.path.realpath(self.target.expanduser()))  # through symlinks, dangling ones too
        try:
            mode = os.stat(self.real).st_mode
        except FileNotFoundError:
            mode = None
        except OSError as exc:
            raise ExportError(f"-o {self.target}: {exc.strerror or exc}") from exc
        if mode is not None and not stat.S_ISREG(mode):
            if stat.S_ISCHR(mode) or stat.S_ISFIFO(mode):
                self.stream = self._open_stream_target(mode)
                return self.stream
            kind = "a folder" if stat.S_ISDIR(mode) else "not a regular file"
            raise ExportError(f"-o {self.target}: is {kind}; name a file to write")
        folder = self.real.parent
        if not folder.is_dir():
            raise ExportError(f"-o: folder does not exist: {folder}")
        try:
            handle, name = tempfile.mkstemp(prefix=f".{self.real.name}.", suffix=".part", dir=folder)
        except OSError as exc:
            raise ExportError(f"-o: cannot write in {folder}: {_reason(exc)}") from exc
        self.temp = Path(name)
        self.stream = os.fdopen(handle, "w", encoding="utf-8", newline="")
        return self.stream

    def _open_stream_target(self, mode: int) -> TextIO:
        """A device or FIFO is written into, never replaced (and a FIFO nobody reads is refused)."""
        try:
            fd = os.open(self.real, os.O_WRONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
        except OSError as exc:
            if exc.errno == errno.ENXIO and stat.S_ISFIFO(mode):
                raise ExportError(f"-o {self.target}: a FIFO with no reader") from exc
            raise ExportError(f"-o {self.target}: {_reason(exc)}") from exc
        os.set_blocking(fd, True)
        return os.fdopen(fd, "w", encoding="utf-8", newline="")

    def __exit__(self, exc_type: object, exc: BaseException | None, _tb: object) -> None:
        assert self.stream is not None
        try:
            if exc_type is None:
                self.stream.flush()
                if self.temp is not None:
                    os.fsync(self.stream.fileno())
            self.stream.close()
            if exc_type is None and self.temp is not None:
                # mkstemp makes the file private; give it the mode a plain new file would have.
                mode = self.real.stat().st_mode & 0o777 if self.real.exists() else 0o644
                os.chmod(self.temp, mode)
                os.replace(self.temp, self.real)
                fsync_folder(self.real.parent)
        except OSError as error:
            self._close_quietly()
            raise ExportError(f"-o {self.target}: {_reason(error)}{self._unchanged()}") from error
        finally:
            if self.temp is not None and self.temp.exists():
                self.temp.unlink()
        if isinstance(exc, OSError) and not isinstance(exc, BrokenPipeError):
            raise ExportError(f"-o {self.target}: {_reason(exc)}{self._unchanged()}") from exc

    def _close_quietly(self) -> None:
        try:
            assert self.stream is not None
            self.stream.close()
        except OSError:
            pass

    def _unchanged(self) -> str:
        if self.temp is None:
            return ""
        return "; the existing file is unchanged" if self.real.exists() else "; nothing was written"


def fsync_folder(folder: Path) -> None:
    """Make a rename durable; file systems that cannot sync a folder are let be."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _reason(exc: OSError) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "disk full (no space left on the device)"
    return exc.strerror or str(exc)


__all__ = ["COLUMNS", "FORMATS", "LABEL_FILTERS", "ExportError", "ExportFilters", "write_export"]
