"""Ingest with a rich progress bar on stderr once there are more than a handful of inputs."""

from __future__ import annotations

from rich.console import Console
from rich.progress import MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from workbench.analysis.sanitize import one_line
from workbench.ingest.readers import Limits, Overrides, ReadProblem
from workbench.ingest.runner import IngestSummary, ingest
from workbench.store.articles import SaveResult
from workbench.store.engine import Database

PROGRESS_AFTER = 5


def run_ingest_with_progress(
    db: Database, targets: list[str], overrides: Overrides, force: bool, jobs: int | None = None,
    limits: Limits | None = None,
) -> IngestSummary:
    console = Console(stderr=True)
    if not console.is_terminal:
        return ingest(db, targets, overrides, force, jobs=jobs, limits=limits)
    # Inputs stream (a folder or feed is never counted up front), so the bar counts what is done.
    progress = Progress(
        SpinnerColumn(), TextColumn("ingesting"), MofNCompleteColumn(), TextColumn("{task.fields[last]}", markup=False),
        TimeElapsedColumn(), console=console, transient=True,
    )
    task = progress.add_task("ingest", total=None, last="")
    seen = 0

    def tick(origin: str, _outcome: SaveResult | ReadProblem) -> None:
        nonlocal seen
        seen += 1
        if seen == PROGRESS_AFTER + 1:
            progress.start()
        progress.update(task, completed=seen, last=one_line(origin)[-40:])

    try:
        return ingest(db, targets, overrides, force, on_result=tick, jobs=jobs, limits=limits)
    finally:
        progress.stop()
