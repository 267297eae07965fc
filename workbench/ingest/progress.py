"""Ingest with a rich progress bar on stderr when there are more than a handful of inputs."""

from __future__ import annotations

import sys

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from workbench.ingest.readers import Overrides, ReadProblem
from workbench.ingest.runner import IngestSummary, ingest
from workbench.store.articles import SaveResult
from workbench.store.engine import Database

PROGRESS_AFTER = 5


def run_ingest_with_progress(
    db: Database, targets: list[str], overrides: Overrides, force: bool, jobs: int | None = None
) -> IngestSummary:
    console = Console(stderr=True)
    if not console.is_terminal:
        return ingest(db, targets, overrides, force, jobs=jobs)
    with Progress(
        TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=console, transient=True,
    ) as progress:
        task = progress.add_task("ingest", total=None)
        seen = 0

        def tick(_origin: str, _result: SaveResult | ReadProblem) -> None:
            nonlocal seen
            seen += 1
            if seen > PROGRESS_AFTER:
                progress.update(task, completed=seen)

        return ingest(db, targets, overrides, force, on_result=tick, jobs=jobs)
