"""The desk's commands (issue 14): agreement, disagreements, assign, history, comment, serve.

Registered on the ``workbench`` group by ``workbench.cli``; each opens the database the
same way and turns bad input into one line.
"""

from __future__ import annotations

import json
from typing import Any

import click

from workbench.cli import ID, database_from, one_line_errors, reviewer_option
from workbench.config import load_settings, reviewer_name
from workbench.analysis.sanitize import one_line


def print_table(*args: Any, **kwargs: Any) -> None:
    """``clitable.print_table``, loaded (with rich) only by the commands that print a table."""
    from workbench.clitable import print_table as printed

    printed(*args, **kwargs)


def _ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


@click.command()
@click.option("--article", "article_id", type=ID, help="Only this article's claims.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.pass_context
@one_line_errors
def agreement(ctx: click.Context, article_id: int | None, as_json: bool) -> None:
    """How alike reviewers label: per pair of reviewers the claims both labelled, observed
    agreement, Cohen's kappa and a confusion table; across all, Krippendorff's alpha (nominal)."""
    from workbench.store.agreement import store_agreement

    with database_from(ctx) as db, db.session() as session:
        found = store_agreement(session, article_id)
    if as_json:
        click.echo(json.dumps(found.to_json(), ensure_ascii=False, indent=2))
        return
    click.echo(f"claims labelled by two or more reviewers: {found.claims}; "
               f"Krippendorff's alpha (nominal): {_ratio(found.alpha)}")
    print_table(
        ["reviewers", "shared", "agreed", "observed", "kappa"],
        [[f"{p.first} / {p.second}", p.shared, p.agreed, _ratio(p.observed), _ratio(p.kappa)] for p in found.pairs],
        empty="no claim has been labelled by two reviewers",
        flex=0,
    )
    for pair in found.pairs:
        labels = [label for label, row in pair.confusion.items()
                  if sum(row.values()) or any(r.get(label) for r in pair.confusion.values())]
        click.echo(f"\n{pair.first} (rows) vs {pair.second} (columns)")
        print_table([""] + labels, [[a] + [pair.confusion[a].get(b, 0) for b in labels] for a in labels],
                    empty="", flex=0)


@click.command()
@click.option("--article", "article_id", type=ID, help="Only this article's claims.")
@click.option("--all", "include_settled", is_flag=True, help="Adjudicated claims too.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.pass_context
@one_line_errors
def disagreements(ctx: click.Context, article_id: int | None, include_settled: bool, as_json: bool) -> None:
    """The adjudication queue: claims whose reviewers' labels differ, with every judgement and
    note. Settle one with ``workbench label ID LABEL --final``."""
    from workbench.store.agreement import disagreements as find

    with database_from(ctx) as db, db.session() as session:
        rows = find(session, article_id, include_settled)
    if as_json:
        click.echo(json.dumps([row.to_json() for row in rows], ensure_ascii=False, indent=2))
        return
    print_table(
        ["id", "art", "seq", "final", "judgements", "text"],
        [[r.claim_id, r.article_id, r.seq, (r.final_label or "-") + (" (final)" if r.adjudicated_by else ""),
          "; ".join(f"{j.reviewer}: {j.label or '-'}" + (f" ({j.note})" if j.note else "") for j in r.judgements),
          r.text] for r in rows],
        empty="no claim has differing judgements",
        flex=5,
        wrap_flex=True,
    )


@click.command()
@click.option("--article", "article_ids", type=ID, multiple=True, metavar="ID", help="An article to assign (repeat).")
@click.option("--to", "to", metavar="NAME", help="The reviewer who gets them.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@reviewer_option
@click.pass_context
@one_line_errors
def assign(ctx: click.Context, article_ids: tuple[int, ...], to: str | None, as_json: bool,
           reviewer: str | None) -> None:
    """Assign articles to a reviewer: their claims become that reviewer's queue
    (``workbench claims --reviewer NAME``). Without ``--article``/``--to``, list the assignments."""
    from workbench.store.judgements import assign_articles, assignments

    if bool(article_ids) != bool(to):
        raise click.UsageError("give both --article ID (one or more) and --to NAME, or neither to list")
    with database_from(ctx) as db:
        added: list[int] = []
        if article_ids and to:
            added = assign_articles(db, list(article_ids), to, reviewer_name(reviewer, load_settings()))
        with db.session() as session:
            rows = assignments(session, to)
    if article_ids:
        rows = [row for row in rows if row[0] in article_ids]
    if as_json:
        click.echo(json.dumps([{"article_id": a, "reviewer": r, "assigned_by": by, "at": at.isoformat(),
                                "new": a in added and r == to} for a, r, by, at in rows],
                              ensure_ascii=False, indent=2))
        return
    if article_ids:
        click.echo(f"assigned to {to}: {len(added)} new, {len(article_ids) - len(added)} already theirs")
    print_table(["article", "reviewer", "assigned by", "at"],
                [[a, r, by, at.isoformat(timespec="seconds")] for a, r, by, at in rows],
                empty="nothing is assigned", flex=1)


@click.command()
@click.argument("claim_id", type=ID)
@click.argument("text")
@reviewer_option
@click.pass_context
@one_line_errors
def comment(ctx: click.Context, claim_id: int, text: str, reviewer: str | None) -> None:
    """Add a comment to a claim's thread (the conversation; the note stays your rationale)."""
    from workbench.store.history import add_comment

    who = reviewer_name(reviewer, load_settings())
    with database_from(ctx) as db:
        comment_id = add_comment(db, claim_id, who, text)
    click.echo(f"claim {claim_id}: comment {comment_id} by {one_line(who)}")


@click.command()
@click.argument("claim_id", type=ID)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.pass_context
@one_line_errors
def history(ctx: click.Context, claim_id: int, as_json: bool) -> None:
    """A claim's audit trail as a timeline: who changed what, from and to, when; comments too."""
    from workbench.store.history import claim_history

    with database_from(ctx) as db, db.session() as session:
        entries = claim_history(session, claim_id)
    if as_json:
        click.echo(json.dumps([entry.to_json() for entry in entries], ensure_ascii=False, indent=2))
        return
    print_table(["when", "what"], [[e.at.isoformat(timespec="seconds"), e.describe()] for e in entries],
                empty=f"claim {claim_id} has no history yet", flex=1, wrap_flex=True)


LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


def review_command(db_target: str, reviewer: str | None) -> str:
    """The shell command textual-serve runs for each browser: this Python, ``workbench review``."""
    import os
    import shlex
    import sys

    if "://" not in db_target:  # a SQLite path: the same file whatever folder the server starts in
        db_target = os.path.abspath(db_target)
    args = [sys.executable, "-c", "from workbench.cli import main; main()", "--db", db_target, "review"]
    if reviewer:
        args += ["--reviewer", reviewer]
    return shlex.join(args)


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Only this machine by default; see the README before widening it.")
@click.option("--port", type=click.IntRange(min=1, max=65535), default=8000, show_default=True, help="Port.")
@click.option("--public-url", metavar="URL",
              help="The address browsers use, when a reverse proxy is in front (e.g. https://desk.example.org).")
@reviewer_option
@click.pass_context
@one_line_errors
def serve(ctx: click.Context, host: str, port: int, public_url: str | None, reviewer: str | None) -> None:
    """Serve the review screen to a browser (textual-serve): each page opened runs its own
    ``workbench review`` on this database. There is no login: keep it on localhost, or put a
    reverse proxy with authentication in front (README)."""
    from textual_serve.server import Server

    from workbench.cli import CliState

    with database_from(ctx):  # opened (and upgraded) once here: a bad database is one line, not a broken page
        pass
    state: CliState = ctx.find_object(CliState)  # type: ignore[assignment]
    if host not in LOCAL_HOSTS:
        click.echo(f"warning: serving on {host}: anyone who can reach this address can review; "
                   "there is no login (put a reverse proxy with authentication in front)", err=True)
    Server(review_command(state.db_target, reviewer), host=host, port=port, title="Fact-claim workbench",
           public_url=public_url).serve()


COMMANDS: list[Any] = [agreement, disagreements, assign, comment, history, serve]


def register(group: click.Group) -> None:
    for command in COMMANDS:
        group.add_command(command)
