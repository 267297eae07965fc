"""The ``workbench`` command: ingest, review, label, export, sources and database care.

Every command opens the database named by ``--db`` (else ``WORKBENCH_DB``, else
``./workbench.db``), upgrading its schema to head first. Errors are one line on stderr
and exit status 1; tracebacks are for bugs only.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from functools import wraps
from typing import TYPE_CHECKING, Any, TypeVar

import click

from workbench.analysis.model import LABELS
from workbench.analysis.sanitize import one_line
from workbench.config import ConfigError, database_target, load_settings, reviewer_name
from workbench.store import open_database
from workbench.store.errors import DatabaseError, ReviewError, VersionConflict

if TYPE_CHECKING:  # SQLAlchemy is loaded by the commands that open a Database, not by this module
    from workbench.store import Database
from workbench.store.vocabulary import CLAIM_STATUSES, FINDING_KINDS, FLAGGED, STANCES, UNLABELED

F = TypeVar("F", bound=Callable[..., Any])
LABEL_FILTERS = (*LABELS, UNLABELED, FLAGGED)
# Ids are database integers: anything past 64 bits is refused by click in one line, not by the driver.
ID = click.IntRange(min=1, max=2**63 - 1)


class CliState:
    def __init__(self, db_target: str | None) -> None:
        self.db_target = database_target(db_target)
        self._db: Database | None = None

    def database(self) -> Database:
        if self._db is None:
            self._db = open_database(self.db_target)
            for warning in self._db.warnings:
                click.echo(f"warning: {warning}", err=True)
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()


def fail(message: str) -> None:
    raise click.ClickException(message)


def one_line_errors(func: F) -> F:
    """Database and input errors become one line and exit status 1, never a traceback."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except (DatabaseError, ReviewError, ConfigError, VersionConflict) as exc:
            fail(str(exc))
        except sqlite3.Error as exc:  # read through store.sqlite_reader
            fail(f"database error: {_first_line(exc)}")
        except OSError as exc:
            fail(describe_os_error(exc))
        except Exception as exc:
            if _is_sqlalchemy_error(exc, "OperationalError"):
                fail(f"database error: {_first_line(exc.orig or exc)}")  # type: ignore[attr-defined]
            if _is_sqlalchemy_error(exc):
                fail(f"database error: {_first_line(exc)}")
            raise

    return wrapper  # type: ignore[return-value]


def _is_sqlalchemy_error(exc: BaseException, kind: str = "SQLAlchemyError") -> bool:
    """True for SQLAlchemy's errors (of ``kind``), without importing it: none can be raised
    before it is loaded."""
    errors = sys.modules.get("sqlalchemy.exc")
    return errors is not None and isinstance(exc, getattr(errors, kind))


@contextmanager
def reader_from(ctx: click.Context) -> Iterator[Database | sqlite3.Connection]:
    """For a command that only reads: a plain ``sqlite3`` connection when ``--db`` is a SQLite
    file at the schema head (no SQLAlchemy to import), else the database opened as usual."""
    from workbench.store.sqlite_reader import sqlite_reader_at_head

    state: CliState = ctx.find_object(CliState)  # type: ignore[assignment]
    connection = sqlite_reader_at_head(state.db_target)
    if connection is None:
        yield state.database()
        return
    try:
        yield connection
    finally:
        connection.close()


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return one_line(text.splitlines()[0]) if text else type(exc).__name__


def describe_os_error(exc: OSError) -> str:
    """An operating system error in one line: "disk full" said plainly, the file named."""
    import errno

    where = f"{one_line(str(exc.filename))}: " if exc.filename else ""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return f"{where}disk full (no space left on the device)"
    return f"{where}{exc.strerror or _first_line(exc)}"


def size_limit_options(func: F) -> F:
    """--max-size and --max-article-size: how much one input may hold."""
    from workbench.ingest.limits import MAX_ARTICLE_BYTES, MAX_FILE_BYTES, MB

    func = click.option(
        "--max-article-size", type=click.FloatRange(min=0, min_open=True), default=MAX_ARTICLE_BYTES / MB,
        show_default=True, metavar="MB", help="Longest article (or JSONL line) read, in MB of text.",
    )(func)
    return click.option(
        "--max-size", type=click.FloatRange(min=0, min_open=True), default=MAX_FILE_BYTES / MB, show_default=True,
        metavar="MB", help="Largest file (or stdin) read, in MB.",
    )(func)


def limits_from(max_size: float, max_article_size: float) -> Any:
    from workbench.ingest.readers import MB, Limits

    return Limits(input_bytes=int(max_size * MB), article_bytes=int(max_article_size * MB))


def iso_date(_ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (use YYYY-MM-DD)", param=param) from None


def reviewer_option(func: F) -> F:
    return click.option(
        "--reviewer", help="Who is reviewing (else WORKBENCH_REVIEWER, the settings file, or the OS user)."
    )(func)


@contextmanager
def database_from(ctx: click.Context) -> Iterator[Database]:
    state: CliState = ctx.find_object(CliState)  # type: ignore[assignment]
    yield state.database()


@contextmanager
def database_as_found(ctx: click.Context) -> Iterator[Database]:
    """The database without upgrading it: for the commands that look at or do the upgrade."""
    from workbench.store.engine import create_database_engine

    state: CliState = ctx.find_object(CliState)  # type: ignore[assignment]
    database = create_database_engine(state.db_target)
    try:
        yield database
    finally:
        database.dispose()


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    "db_target",
    metavar="PATH_OR_URL",
    help="Database: a SQLite file path or a SQLAlchemy URL (default: WORKBENCH_DB or ./workbench.db).",
)
@click.version_option(package_name="fact-claim-workbench")
@click.pass_context
def main(ctx: click.Context, db_target: str | None) -> None:
    """Fact-claim workbench: split articles into claims, see who says what and when, review, export.

    With no command, opens the review screen.
    """
    state = CliState(db_target)
    ctx.obj = state
    ctx.call_on_close(state.close)
    if ctx.invoked_subcommand is None:
        ctx.invoke(review)


# --- ingest and browse -------------------------------------------------------------------


@main.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--published", callback=iso_date, metavar="YYYY-MM-DD", help="Publication date for these articles.")
@click.option("--title", help="Title (overrides the file's own).")
@click.option("--url", help="Canonical URL of the article.")
@click.option("--outlet", help="Outlet that published it.")
@click.option("--force", is_flag=True, help="Re-analyse articles already stored, keeping reviewers' work.")
@click.option("--jobs", type=click.IntRange(min=1), default=None, help="Analysis processes (default: all cores).")
@size_limit_options
@click.pass_context
@one_line_errors
def ingest(
    ctx: click.Context,
    paths: tuple[str, ...],
    published: date | None,
    title: str | None,
    url: str | None,
    outlet: str | None,
    force: bool,
    jobs: int | None,
    max_size: float,
    max_article_size: float,
) -> None:
    """Store articles and their claims: .txt, .md (front matter), .jsonl, .html, folders, URLs, - for stdin.

    An article already stored (same text) is skipped; bad inputs are reported one line
    each and the rest still go in. Exit status 1 when anything failed. Only regular files
    are read (not FIFOs or devices), each up to --max-size.
    """
    from workbench.ingest.progress import run_ingest_with_progress
    from workbench.ingest.readers import Overrides

    with database_from(ctx) as db:
        summary = run_ingest_with_progress(
            db, list(paths), Overrides(title=title, published=published, url=url, outlet=outlet), force, jobs,
            limits=limits_from(max_size, max_article_size),
        )
    for problem in summary.problems:
        click.echo(f"error: {one_line(problem)}", err=True)  # file names can carry escapes too
    click.echo(summary.line())
    if summary.interrupted:
        ctx.exit(130)
    if not summary.ok:
        ctx.exit(1)


@main.command()
@click.option("--sort", "order", type=click.Choice(("id", "findings", "unreviewed", "newest", "outlet")),
              default="id", show_default=True,
              help="findings: most open findings first; unreviewed: least reviewed first; newest: by date.")
@click.option("--outlet", help="Only articles whose outlet contains this text (any case).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.pass_context
@one_line_errors
def articles(ctx: click.Context, order: str, outlet: str | None, as_json: bool) -> None:
    """List stored articles with their review progress: where to start."""
    from workbench.store.browse import articles_sorted

    with database_from(ctx) as db, db.session() as session:
        rows = articles_sorted(session, order, outlet=outlet, limit=10**9)
    if as_json:
        click.echo(json.dumps([_article_json(a) for a in rows], ensure_ascii=False, indent=2))
        return
    from workbench.clitable import print_table

    print_table(
        ["id", "title", "outlet", "published", "claims", "reviewed", "open", "confirmed"],
        [
            [a.id, a.title or "(untitled)", a.outlet or "", a.published_text(), a.claims,
             f"{a.reviewed}/{a.claims}", a.open_findings, a.confirmed_findings]
            for a in rows
        ],
        empty="no articles yet: try `workbench ingest seeds/`",
    )


def _article_json(a: Any) -> dict[str, Any]:
    return {
        "id": a.id,
        "title": a.title,
        "outlet": a.outlet,
        "url": a.url,
        "published": a.published.isoformat() if a.published else None,
        "published_inferred": a.published_inferred.to_json() if a.published_inferred else None,
        "claims": a.claims,
        "reviewed": a.reviewed,
        "open_findings": a.open_findings,
        "confirmed_findings": a.confirmed_findings,
    }


@main.command()
@click.option("--article", "article_id", type=ID, help="Only this article's claims.")
@click.option("--label", type=click.Choice(LABEL_FILTERS), help="Only claims with this label, unlabeled or flagged.")
@click.option("--sort", "order", type=click.Choice(("id", "priority")), default="id", show_default=True,
              help="priority: the claims most worth checking first (unlabeled ones unless --label), with a score.")
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True,
              help="With --sort priority: how many to show.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.option("--reviewer", "assigned_to", metavar="NAME", help="Only claims of articles assigned to NAME.")
@click.option("--judged-by", "judged_by", metavar="NAME", help="Only claims NAME has labelled.")
@click.option("--status", type=click.Choice(CLAIM_STATUSES), help="Only claims with this review status.")
@click.pass_context
@one_line_errors
def claims(
    ctx: click.Context, article_id: int | None, label: str | None, order: str, limit: int, as_json: bool,
    assigned_to: str | None = None, judged_by: str | None = None, status: str | None = None,
) -> None:
    """List claims with their suggested and reviewed labels, or the most check-worthy first."""
    from workbench.store.browse import priority_claims
    from workbench.store.queries import list_claims

    desk = {"assigned_to": assigned_to, "judged_by": judged_by, "status": status}
    with database_from(ctx) as db, db.session() as session:
        if order == "priority":
            if any(desk.values()):
                fail("--reviewer, --judged-by and --status list claims in id order (not with --sort priority)")
            rows = priority_claims(session, article_id, label, limit=limit)
        else:
            rows = list_claims(session, article_id=article_id, label=label, **desk)  # type: ignore[arg-type]

    if as_json:
        items = []
        for c in rows:
            item = {"id": c.id, "article_id": c.article_id, "seq": c.seq, "text": c.text,
                    "suggested_label": c.suggested_label, "label": c.label, "flagged": c.flagged,
                    "finding": {"status": c.finding_status, "kind": c.finding_kind} if c.flagged else None,
                    "status": c.status}
            if c.priority is not None:
                item.update(priority=c.priority, priority_reasons=list(c.priority_reasons))
            items.append(item)
        click.echo(json.dumps(items, ensure_ascii=False, indent=2))
        return
    from workbench.clitable import print_table

    marks = {"open": "!", "confirmed": "×"}
    if order == "priority":
        print_table(
            ["id", "art", "seq", "score", "!", "text"],
            [[c.id, c.article_id, c.seq, c.priority, marks.get(c.finding_status or "", ""), c.text] for c in rows],
            empty="no unlabeled claims match",
            flex=5,
            wrap_flex=True,
        )
        return
    print_table(
        ["id", "art", "seq", "suggested", "label", "status", "!", "text"],
        [[c.id, c.article_id, c.seq, c.suggested_label or "", c.label or "", c.status.replace("_", " "),
          marks.get(c.finding_status or "", ""), c.text]
         for c in rows],
        empty="no claims match",
        flex=7,
        wrap_flex=True,
    )


@main.command()
@click.argument("claim_id", type=ID)
@click.argument("label", type=click.Choice((*LABELS, "none")))
@click.option("--note", help="Set the claim's note as well.")
@click.option("--final", is_flag=True,
              help="Adjudicate: set the claim's final label whatever the judgements say (none: hand it back).")
@reviewer_option
@click.pass_context
@one_line_errors
def label(
    ctx: click.Context, claim_id: int, label: str, note: str | None, final: bool, reviewer: str | None
) -> None:
    """Set your label on a claim (``none`` clears it), writing an audit row.

    Each reviewer's label is their own judgement; the claim's final label is the latest one
    given until ``--final`` settles it (see ``workbench disagreements``).
    """
    from workbench.store.review import set_label, set_note

    who = reviewer_name(reviewer, load_settings())
    with database_from(ctx) as db:
        if final:
            from workbench.store.judgements import set_final_label

            old, new = set_final_label(db, claim_id, None if label == "none" else label, who)
            if note is not None:
                set_note(db, claim_id, note, who)
            click.echo(f"claim {claim_id}: final label {old or '-'} -> {new or '-'} ({who})")
            return
        change = set_label(db, claim_id, None if label == "none" else label, who)
        if note is not None:
            set_note(db, claim_id, note, who)
    click.echo(f"claim {claim_id}: label {change.old or '-'} -> {change.new or '-'} ({who})")


# --- findings -------------------------------------------------------------------------------

FINDING_STATUS_CHOICES = ("open", "confirmed", "dismissed")


def _finding_json(record: Any) -> dict[str, Any]:
    from workbench.export.cells import finding_headline

    return {**record.to_json(), "headline": finding_headline(record.kind, record.explanation)}


def _where(claim: Any) -> str:
    """``4:9`` — article 4, claim seq 9."""
    return f"{claim.article_id}:{claim.seq}"


@main.group(invoke_without_command=True)
@click.option("--article", "article_id", type=int, help="Only findings with a claim in this article.")
@click.option("--kind", "kinds", type=click.Choice(FINDING_KINDS),
              multiple=True, help="Only findings of this kind (repeat: any of them).")
@click.option("--status", "statuses", type=click.Choice(FINDING_STATUS_CHOICES), multiple=True,
              help="Only findings with this status (repeat: any of them).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON: each finding with both claims, headline and decision.")
@click.pass_context
@one_line_errors
def findings(
    ctx: click.Context, article_id: int | None, kinds: tuple[str, ...], statuses: tuple[str, ...], as_json: bool
) -> None:
    """List findings with both claims; `findings confirm|dismiss|reopen ID...` judges them.

    A confirmed finding stays flagged, counted and reported (a conflict keeps both claims
    suggested contradictory); a dismissed one is cleared. The claims are shown as
    ARTICLE:SEQ.
    """
    if ctx.invoked_subcommand is not None:
        return
    from workbench.export.cells import finding_headline
    from workbench.store.findings import list_findings

    with database_from(ctx) as db, db.session() as session:
        rows = list_findings(session, article_id=article_id, kinds=kinds, statuses=statuses)
    if as_json:
        click.echo(json.dumps([_finding_json(r) for r in rows], ensure_ascii=False, indent=2))
        return
    from workbench.clitable import print_table

    print_table(
        ["id", "status", "claim", "other", "finding"],
        [[r.id, r.status, _where(r.claim), _where(r.other) if r.other else "", finding_headline(r.kind, r.explanation)]
         for r in rows],
        empty="no findings match",
        flex=4,
        wrap_flex=True,
    )


def _judge_command(action: str, status: str) -> None:
    help_text = (
        f"{action.capitalize()} findings: set their status to {status}, writing an audit row each.\n\n"
        "Name them by id, or all findings between two articles with --article-pair A B "
        "(narrowed by --kind), e.g. `workbench findings dismiss --article-pair 3 8 --kind duplicate`."
    )

    @findings.command(action, short_help=f"{action.capitalize()} findings by id or by article pair.",
                      help=help_text)
    @click.argument("finding_ids", type=int, nargs=-1, metavar="ID...")
    @click.option("--article-pair", type=(int, int), metavar="A B",
                  help="Every finding between articles A and B (A A: inside one article).")
    @click.option("--kind", "kinds", type=click.Choice(FINDING_KINDS),
                  multiple=True, help="With --article-pair: only findings of this kind.")
    @click.option("--note", help="Why: kept with the decision in the audit trail.")
    @reviewer_option
    @click.pass_context
    @one_line_errors
    def judge(
        ctx: click.Context, finding_ids: tuple[int, ...], article_pair: tuple[int, int] | None,
        kinds: tuple[str, ...], note: str | None, reviewer: str | None,
    ) -> None:
        from workbench.store.findings import list_findings, set_findings_status

        if not finding_ids and article_pair is None:
            raise click.UsageError("name finding ids or --article-pair A B")
        who = reviewer_name(reviewer, load_settings())
        with database_from(ctx) as db:
            ids = list(finding_ids)
            if article_pair is not None:
                with db.session() as session:
                    ids += [r.id for r in list_findings(session, kinds=kinds, article_pair=article_pair)
                            if r.status != status]
                if not ids:
                    click.echo("no findings to change")
                    return
            changes = set_findings_status(db, ids, status, who, note=note)
        for change in changes:
            was = f"{change.old} -> {change.new}" if change.old != change.new else f"already {change.new}"
            click.echo(f"finding {change.finding_id}: {was} ({who})")



for _action, _status in (("confirm", "confirmed"), ("dismiss", "dismissed"), ("reopen", "open")):
    _judge_command(_action, _status)


# --- review screen ------------------------------------------------------------------------


@main.command()
@reviewer_option
@click.option("--article", "article_id", type=ID, help="Open on this article.")
@click.option("--label", "label_filter", type=click.Choice(LABEL_FILTERS), help="Show only these claims.")
@click.option("--search", help="Open on the claims matching this text (fuzzy).")
@click.option("--second", "second_review", is_flag=True,
              help="Open on the blind second review: claims colleagues labelled, their labels hidden until you give yours.")
@click.pass_context
@one_line_errors
def review(
    ctx: click.Context,
    reviewer: str | None = None,
    article_id: int | None = None,
    label_filter: str | None = None,
    search: str | None = None,
    second_review: bool = False,
) -> None:
    """Open the review screen: one key per label, findings, sources, export.

    Without --article, a reviewer with assigned articles opens on the first of them that still
    has claims without their label (their queue, ``workbench assign``).
    """
    from workbench.tui.app import ReviewApp

    settings = load_settings()
    who = reviewer_name(reviewer, settings)
    with database_from(ctx) as db:
        if article_id is None and not search:
            from workbench.store.judgements import first_assigned_article

            with db.session() as session:
                article_id = first_assigned_article(session, who)
        app = ReviewApp(
            db,
            reviewer=who,
            settings=settings,
            article_id=article_id,
            label_filter=label_filter,
            search=search,
            second_review=second_review,
        )
        app.run()


# --- database care ------------------------------------------------------------------------


@main.group()
def db() -> None:
    """Schema version, upgrades and backups."""


@db.command("upgrade")
@click.pass_context
@one_line_errors
def db_upgrade(ctx: click.Context) -> None:
    """Upgrade the schema to the newest revision (a SQLite file is backed up first)."""
    from workbench.store.migrate import current_revision, head_revision, upgrade_to_head

    with database_as_found(ctx) as database:
        before = current_revision(database)
        backup = upgrade_to_head(database)
        after = head_revision(database)
    if before == after:
        click.echo(f"already at head ({after})")
    else:
        click.echo(f"upgraded {before or 'empty database'} -> {after}" + (f"; backup at {backup}" if backup else ""))


@db.command("current")
@click.pass_context
@one_line_errors
def db_current(ctx: click.Context) -> None:
    """Print the schema revision of the database and the newest one known."""
    from workbench.store.migrate import current_revision, head_revision

    with database_as_found(ctx) as database:
        current, head = current_revision(database), head_revision(database)
    click.echo(f"{current or 'none (empty database)'}" + (" (head)" if current == head else f" (head is {head})"))


@db.command("backup")
@click.argument("target", type=click.Path(dir_okay=False, writable=True))
@click.pass_context
@one_line_errors
def db_backup(ctx: click.Context, target: str) -> None:
    """Copy the database to FILE while it is in use (SQLite online backup)."""
    from workbench.store.backup import backup_database

    with database_from(ctx) as database:
        click.echo(backup_database(database, target))


# --- export commands (workbench/export) ---------------------------------------------------


@main.command()
@click.option(
    "--format", "fmt", type=click.Choice(("csv", "jsonl", "claimreview", "markdown", "html")), default="csv",
    show_default=True, help="csv and jsonl: one claim per row/line; claimreview: JSON-LD; markdown/html: report.",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to FILE (complete or not at all).")
@click.option("--article", "article_ids", type=ID, multiple=True, metavar="ID", help="Only this article (repeat).")
@click.option("--label", "labels", type=click.Choice(LABEL_FILTERS), multiple=True,
              help="Only claims with this label, unlabeled or flagged (repeat: any of them).")
@click.option("--reviewed/--unreviewed", default=None, help="Only labelled, or only unlabelled, claims.")
@click.option("--since", callback=iso_date, metavar="YYYY-MM-DD",
              help="Only claims labelled on or after DATE, or whose article was ingested on or after it.")
@click.option("--excel", is_flag=True, help="CSV for Excel: start with a UTF-8 byte order mark.")
@click.pass_context
@one_line_errors
def export(
    ctx: click.Context,
    fmt: str,
    output: str | None,
    article_ids: tuple[int, ...],
    labels: tuple[str, ...],
    reviewed: bool | None,
    since: date | None,
    excel: bool,
) -> None:
    """Export claims with their labels, attribution, times, findings and sources; stdout without -o.

    A progress bar is shown on stderr when it is a terminal.
    """
    from workbench.export import ExportError, ExportFilters
    from workbench.export.progress import run_export_with_progress

    filters = ExportFilters(article_ids=article_ids, labels=labels, reviewed=reviewed, since=since)
    with database_from(ctx) as db:
        try:
            count = run_export_with_progress(db, fmt, output, filters, excel)
        except ExportError as exc:
            fail(str(exc))
        except BrokenPipeError:
            ctx.exit(1)  # the reader (head, less) went away; nothing left to say
    if output:
        click.echo(f"{count} claims written to {output}", err=True)


# --- evidence commands: source, link, unlink, suggest (workbench/evidence) ----------------


@main.group()
def source() -> None:
    """The source library: documents kept as snapshots to check claims against."""


@source.command("add", short_help="Store a file or web page as a source; print its id.")
@click.argument("target", metavar="PATH_OR_URL")
@click.option("--title", help="Title (overrides the document's own).")
@click.option("--url", help="Canonical URL of the source.")
@click.option("--publisher", help="Who published it (overrides the page's site name).")
@click.option("--published", callback=iso_date, metavar="YYYY-MM-DD", help="Publication date.")
@size_limit_options
@click.pass_context
@one_line_errors
def source_add(
    ctx: click.Context, target: str, title: str | None, url: str | None, publisher: str | None,
    published: date | None, max_size: float, max_article_size: float,
) -> None:
    """Store a source with its full text, sha256 and retrieval time; print its id.

    PATH_OR_URL is a .txt, .md or .html file, a .jsonl feed (one source per line), or an
    http(s) URL (fetched once; the page's main text is kept). The same text twice is
    stored once. Exit status 1 when anything could not be read.
    """
    from workbench.evidence import EvidenceError, add_source_record
    from workbench.ingest.readers import Overrides, ReadProblem, read_inputs

    overrides = Overrides(title=title, published=published, url=url, outlet=publisher)
    failed = False
    with database_from(ctx) as db:
        for item in read_inputs([target], limits_from(max_size, max_article_size)):
            if isinstance(item, ReadProblem):
                click.echo(f"error: {one_line(str(item))}", err=True)
                failed = True
                continue
            try:
                added = add_source_record(db, overrides.apply(item))
            except Exception as exc:
                if not isinstance(exc, EvidenceError) and not _is_sqlalchemy_error(exc):
                    raise
                click.echo(f"error: {one_line(item.origin)}: could not store: {_first_line(exc)}", err=True)
                failed = True
                continue
            state = "added" if added.created else "already stored"
            click.echo(f"source {added.id} {state}: {one_line(added.title) or '(untitled)'}")
    if failed:
        ctx.exit(1)


@source.command("list", short_help="List stored sources.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON: id, title, url, publisher, published, retrieved_at, sha256.")
@click.pass_context
@one_line_errors
def source_list(ctx: click.Context, as_json: bool) -> None:
    """List stored sources: id, title, publisher, publication and retrieval dates, size, URL."""
    from workbench.evidence import list_sources

    with database_from(ctx) as db:
        rows = list_sources(db)
    if as_json:
        click.echo(json.dumps([s.to_json() for s in rows], ensure_ascii=False, indent=2))
        return
    from workbench.clitable import print_table

    print_table(
        ["id", "title", "publisher", "published", "retrieved", "chars", "url"],
        [
            [s.id, s.title or "(untitled)", s.publisher or "", s.published.isoformat() if s.published else "",
             s.retrieved_at.strftime("%Y-%m-%d %H:%M"), s.chars, s.url or s.origin or ""]
            for s in rows
        ],
        empty="no sources yet: try `workbench source add FILE_OR_URL`",
    )


def _link_target(source_id: int | None, article_id: int | None) -> dict[str, int | None]:
    if (source_id is None) == (article_id is None):
        raise click.UsageError("name a SOURCE_ID or --article ARTICLE_ID (one of them)")
    return {"source_id": source_id, "article_id": article_id}


@main.command()
@click.argument("claim_id", type=ID)
@click.argument("source_id", type=ID, required=False)
@click.option("--article", "article_id", type=ID, metavar="ARTICLE_ID",
              help="Link to this stored article instead of a source.")
@click.option("--stance", type=click.Choice(STANCES), required=True,
              help="What the source does for the claim.")
@click.option("--excerpt", help="The passage of the source that matters.")
@click.option("--note", help="A note on the link.")
@reviewer_option
@click.pass_context
@one_line_errors
def link(
    ctx: click.Context, claim_id: int, source_id: int | None, article_id: int | None, stance: str,
    excerpt: str | None, note: str | None, reviewer: str | None,
) -> None:
    """Link a claim to a source (or --article) with a stance, writing an audit row.

    A claim with a direct quotation gets a quote check against the source's text
    (verbatim, close with the words that differ, or not found), stored with the link.
    Linking the same source again updates the stance.
    """
    from workbench.evidence import link_source

    target = _link_target(source_id, article_id)
    who = reviewer_name(reviewer, load_settings())
    with database_from(ctx) as db:
        change = link_source(db, claim_id, **target, stance=stance, excerpt=excerpt, note=note, who=who)
    was = f" (was {change.old_stance})" if change.old_stance and change.old_stance != stance else ""
    click.echo(f"claim {claim_id} -> {change.target}: {stance}{was} ({who})")
    if change.quote_check:
        click.echo(f"quote check: {one_line(change.quote_check.describe())}")


@main.command()
@click.argument("claim_id", type=ID)
@click.argument("source_id", type=ID, required=False)
@click.option("--article", "article_id", type=ID, metavar="ARTICLE_ID",
              help="Remove the link to this stored article instead.")
@reviewer_option
@click.pass_context
@one_line_errors
def unlink(
    ctx: click.Context, claim_id: int, source_id: int | None, article_id: int | None, reviewer: str | None
) -> None:
    """Remove a claim's link to a source (or --article), writing an audit row."""
    from workbench.evidence import unlink as unlink_source

    target = _link_target(source_id, article_id)
    who = reviewer_name(reviewer, load_settings())
    with database_from(ctx) as db:
        change = unlink_source(db, claim_id, **target, who=who)
    click.echo(f"claim {claim_id} -x- {change.target}: link removed (was {change.old_stance}) ({who})")


@main.command()
@click.argument("claim_id", type=ID)
@click.option("--limit", type=click.IntRange(min=1), default=5, show_default=True, help="How many to show.")
@click.option("--json", "as_json", is_flag=True,
              help="Print JSON: objects with source_id or article_id, score and passage, best first.")
@click.pass_context
@one_line_errors
def suggest(ctx: click.Context, claim_id: int, limit: int, as_json: bool) -> None:
    """Rank stored sources and other articles by how well they match a claim.

    Each is scored (0-100) by its best-matching passage: the claim's quotation aligned
    inside it, the claim's key terms, and fuzzy word overlap. Other articles' passages are
    their stored claims, looked up in the full-text index among the newest 60,000 claims
    (about 3,000 articles), so a suggestion takes as long in a large store as in a small one.
    Link one with `workbench link`.
    """
    from workbench.evidence.suggest import suggest_sources

    with reader_from(ctx) as db:
        rows = suggest_sources(db, claim_id, limit=limit)
    if as_json:
        click.echo(json.dumps([s.to_json() for s in rows], ensure_ascii=False, indent=2))
        return
    from workbench.clitable import print_table

    print_table(
        ["score", "target", "title", "linked", "passage"],
        [
            [f"{s.score:.1f}", f"source {s.source_id}" if s.source_id is not None else f"article {s.article_id}",
             s.title or "(untitled)", s.linked_stance or "", s.passage]
            for s in rows
        ],
        empty="no stored source or other article matches this claim",
        flex=4,
        wrap_flex=True,
    )


# --- the desk (issue 14): commands in workbench/cli_desk.py ---------------------------------
from workbench import cli_desk  # noqa: E402  (imports this module's helpers)

cli_desk.register(main)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
