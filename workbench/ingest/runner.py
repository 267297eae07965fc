"""Ingest: read, analyse, store — each article in its own transaction."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from workbench.analysis import analyse_article
from workbench.analysis.model import ArticleAnalysis
from workbench.ingest.readers import Overrides, ReadProblem, read_inputs
from workbench.store.articles import ArticleRecord, SaveResult, content_hash, find_article_by_hash, save_article
from workbench.store.engine import Database


@dataclass
class IngestSummary:
    added: int = 0
    skipped: int = 0
    reanalysed: int = 0
    failed: int = 0
    claims: int = 0
    problems: list[str] = field(default_factory=list)
    results: list[tuple[str, SaveResult]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.failed == 0

    def line(self) -> str:
        parts = [f"{self.added} added", f"{self.skipped} skipped (already stored)"]
        if self.reanalysed:
            parts.append(f"{self.reanalysed} re-analysed")
        parts += [f"{self.failed} failed", f"{self.claims} claims"]
        return ", ".join(parts)


def analyse_record(record: ArticleRecord) -> ArticleAnalysis:
    return analyse_article(record.body, record.published)


def store_record(db: Database, record: ArticleRecord, analysis: ArticleAnalysis, force: bool) -> SaveResult:
    return db.write_with_retry(lambda session: save_article(session, record, analysis, force=force))


def ingest(
    db: Database,
    targets: list[str],
    overrides: Overrides | None = None,
    force: bool = False,
    on_result: Callable[[str, SaveResult | ReadProblem], None] | None = None,
) -> IngestSummary:
    summary = IngestSummary()
    for item in _records(targets, overrides or Overrides()):
        if isinstance(item, ReadProblem):
            summary.failed += 1
            summary.problems.append(str(item))
            if on_result:
                on_result(item.origin, item)
            continue
        if not force:
            with db.session() as session:
                existing = find_article_by_hash(session, content_hash(item.body))
            if existing is not None:
                result = SaveResult(existing, "skipped", 0)
                _count(summary, item.origin, result, on_result)
                continue
        try:
            analysis = analyse_record(item)
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop the rest
            problem = ReadProblem(item.origin, f"analysis failed: {type(exc).__name__}: {exc}")
            summary.failed += 1
            summary.problems.append(str(problem))
            if on_result:
                on_result(item.origin, problem)
            continue
        result = store_record(db, item, analysis, force)
        _count(summary, item.origin, result, on_result)
    return summary


def _records(targets: list[str], overrides: Overrides) -> Iterable[ArticleRecord | ReadProblem]:
    for item in read_inputs(targets):
        yield item if isinstance(item, ReadProblem) else overrides.apply(item)


def _count(
    summary: IngestSummary,
    origin: str,
    result: SaveResult,
    on_result: Callable[[str, SaveResult | ReadProblem], None] | None,
) -> None:
    setattr(summary, result.status, getattr(summary, result.status) + 1)
    summary.claims += result.claims if result.status != "skipped" else 0
    summary.results.append((origin, result))
    if on_result:
        on_result(origin, result)
