"""Ingest: read, analyse, store.

Analysis runs in worker processes (all cores by default); this process is the one
writer. Records stream through a bounded window, so memory stays flat however long
the feed. Articles are written in small batches, each batch one transaction holding
only whole articles: a crash loses at most the batch in flight, and a rerun skips
what was stored (content hash) and completes the rest.

The write lock is held only to store: analysis and the near-duplicate lookups in the
store's index run in the workers (each with its own read connection), which also read the
outlets of the articles they match (a duplicate from the same outlet is re-use) and encode
the index rows; this process matches only the run's newest articles in memory (bounded
work per claim) before the transaction opens, and inside it only inserts finished rows, so
an editor labelling beside a long ingest waits for one short batch at most. A record that
fails anywhere (reading, analysis, storing) is reported and skipped; the rest of its batch
is stored. The summary counts only what was committed.
Ctrl-C stops the workers at once and commits the articles already analysed; workers
ignore Ctrl-C themselves and exit when their parent dies.
"""

from __future__ import annotations

import contextlib
import itertools
import multiprocessing
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from multiprocessing import get_context

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from workbench.analysis.model import ArticleAnalysis
from workbench.analysis.pipeline import analyse_or_explain
from workbench.ingest import collector
from workbench.ingest.readers import Limits, Overrides, ReadProblem, read_inputs
from workbench.store.articles import (
    ARTICLE_BY_HASH,
    ArticleRecord,
    SaveResult,
    content_hash,
    encoded_claim_rows,
    save_article,
)
from workbench.analysis.neardup import NearDuplicate
from workbench.store.corpus import (
    CANDIDATES_PER_CLAIM,
    MATCHES_PER_CLAIM,
    ArticleMatches,
    CrossArticleMatcher,
    article_outlets,
    as_reuse,
)
from workbench.store.engine import Database, create_database_engine
from workbench.store.neardup_index import (
    EncodedIndexRows,
    StoredNearDuplicates,
    delete_index,
    encoded_index_rows,
    index_rows,
    insert_index,
)

BATCH_ARTICLES = 25
BATCH_CLAIMS = 2_000  # a batch of long articles is flushed sooner: the write lock stays short
WINDOW_PER_JOB = 64  # enough queued work that the workers never wait while the writer flushes
Outcome = SaveResult | ReadProblem
ResultCallback = Callable[[str, Outcome], None]


@dataclass
class IngestSummary:
    added: int = 0
    skipped: int = 0
    reanalysed: int = 0
    failed: int = 0
    claims: int = 0
    findings: int = 0
    problems: list[str] = field(default_factory=list)
    interrupted: bool = False  # stopped by Ctrl-C; what is counted was committed

    @property
    def ok(self) -> bool:
        return self.failed == 0

    def line(self) -> str:
        parts = [f"{self.added} added", f"{self.skipped} skipped (already stored)"]
        if self.reanalysed:
            parts.append(f"{self.reanalysed} re-analysed")
        parts += [f"{self.failed} failed", f"{self.claims} claims"]
        if self.findings:
            parts.append(f"{self.findings} cross-article findings")
        line = ", ".join(parts)
        if self.interrupted:
            line = f"interrupted: {line} committed; the rest was not stored (run it again to go on)"
        return line

    def count(self, origin: str, outcome: Outcome, on_result: ResultCallback | None) -> None:
        if isinstance(outcome, ReadProblem):
            self.failed += 1
            self.problems.append(str(outcome))
        else:
            setattr(self, outcome.status, getattr(self, outcome.status) + 1)
            self.claims += outcome.claims if outcome.status != "skipped" else 0
        if on_result:
            on_result(origin, outcome)


@dataclass(slots=True)
class PreparedArticle:
    """What an analysis worker sends back: the analysis, its claim rows and their
    near-duplicate index rows, ready to write, and each claim's near-duplicates among the
    stored claims, already told apart as duplicates or re-use (``None`` when not looked up)."""

    analysis: ArticleAnalysis
    rows: list[tuple[Any, ...]]
    digest: str
    stored: list[list[NearDuplicate]] | None = None
    index_rows: list[EncodedIndexRows | None] = field(default_factory=list)


@dataclass
class StoreLookup:
    """A read connection to the persistent near-duplicate index, one per process."""

    db: Database
    index: StoredNearDuplicates
    force: bool = False


_WORKER_LOOKUP: StoreLookup | None = None


def prepare_article(
    body: str, published: date | None, lookup: StoreLookup | None = None, outlet: str | None = None
) -> PreparedArticle | str:
    """Runs in a worker process: analysis, near-duplicate sketches, encoded claim and index rows,
    and the claims' near-duplicates in the store (``lookup``, else the worker's own, if any),
    each told apart as a duplicate or the article's ``outlet`` re-using its own sentence."""
    analysis = analyse_or_explain(body, published, sketch_claims=True)
    if isinstance(analysis, str):
        return analysis
    rows = encoded_claim_rows(analysis)
    analysis.sentences = []  # not stored; no need to pickle them back
    digest = content_hash(body)
    lookup = lookup or _WORKER_LOOKUP
    stored = None
    if lookup is not None and analysis.claim_sketches:
        stored = _stored_matches(lookup, analysis.claim_sketches, digest, (outlet or "").strip())
    return PreparedArticle(analysis, rows, digest, stored, encoded_index_rows(analysis.claim_sketches or []))


def _stored_matches(lookup: StoreLookup, sketches: list[Any], digest: str, outlet: str) -> list[list[NearDuplicate]]:
    """Each claim's best matches among the stored claims, with the outlets of their articles
    read here, in the worker, rather than by the writer."""
    with lookup.db.engine.connect() as connection:
        group = None
        if lookup.force:  # a re-analysed article's own old claims are no duplicates of it
            group = connection.scalar(ARTICLE_BY_HASH, {"digest": digest})
            connection.rollback()
        found, article_of = lookup.index.find(connection, sketches, group, CANDIDATES_PER_CLAIM)
        found = [matches[:MATCHES_PER_CLAIM] for matches in found]
        outlets = {}
        if outlet and any(found):
            outlets = article_outlets(connection, {article_of[m.other_id] for ms in found for m in ms})
            connection.rollback()  # end the read snapshot
    return [[as_reuse(m, outlet, outlets.get(article_of[m.other_id], "")) for m in ms] for ms in found]


def _start_worker(target: str, force: bool, parent: int) -> None:
    """A worker's set-up: Ctrl-C is the parent's to handle, the worker dies with its parent, its
    garbage collector runs less often, and it opens its own read connection to the near-duplicate index."""
    global _WORKER_LOOKUP
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    collector.relax()  # the worker is ingest's own: its collector at an unhurried pace (see collector)
    _die_with(parent)
    if target:
        _WORKER_LOOKUP = StoreLookup(create_database_engine(target), StoredNearDuplicates(), force)


def _die_with(parent: int) -> None:
    """Exit as soon as the parent process is gone (killed, not only stopped cleanly)."""
    import threading
    import time

    def watch() -> None:
        while True:
            time.sleep(0.2)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def ingest(
    db: Database,
    targets: list[str],
    overrides: Overrides | None = None,
    force: bool = False,
    on_result: ResultCallback | None = None,
    jobs: int | None = None,
    cross_article: bool = True,
    limits: Limits | None = None,
) -> IngestSummary:
    summary = IngestSummary()
    pending = _new_records(db, targets, overrides or Overrides(), force, summary, on_result, limits)
    jobs = jobs or default_jobs()
    # Articles a worker may analyse before the ones ahead of it are committed: the window of
    # queued work and a batch the writer has not flushed yet. Those the writer matches in memory.
    unseen = jobs * WINDOW_PER_JOB + 2 * BATCH_ARTICLES
    matcher = CrossArticleMatcher(db, keep_articles=unseen) if cross_article else None
    lookup = StoreLookup(db, StoredNearDuplicates(), force) if cross_article else None
    writer = _BatchWriter(db, force, summary, on_result, matcher)
    analysed = _analysed(pending, jobs, lookup)
    _CTRL_C.summary = summary
    with collector.relaxed(), _CTRL_C:  # the writer's collector at an unhurried pace (see collector)
        try:
            for record, prepared in analysed:
                if isinstance(prepared, str):
                    summary.count(record.origin, ReadProblem(record.origin, prepared), on_result)
                else:
                    writer.add(record, prepared)
        except KeyboardInterrupt:
            # Ctrl-C: the workers are gone (``_analysed``); the articles analysed so far are
            # committed, the rest is left for a rerun (which skips what is stored).
            summary.interrupted = True
            analysed.close()
        writer.flush()
    return summary


class _CtrlC:
    """Ctrl-C during an ingest. A KeyboardInterrupt raised inside the process pool's own locks
    (``submit``) can leave its shutdown waiting forever, so a press there is held until the
    submission is done; anywhere else it interrupts at once."""

    def __init__(self) -> None:
        self.pressed = False
        self._holding = 0
        self._previous: object = None
        self.summary: IngestSummary | None = None
        self._timer: threading.Timer | None = None

    def __enter__(self) -> _CtrlC:
        self.pressed, self._holding = False, 0
        try:
            self._previous = signal.signal(signal.SIGINT, self._press)
        except ValueError:  # not the main thread: leave Ctrl-C as it is
            self._previous = None
        return self

    def _press(self, signum: int, frame: object) -> None:
        if not self.pressed:
            # A safety net: whatever the interrupted code is waiting for, the run ends within
            # HARD_STOP seconds; what was committed stays (a transaction in flight rolls back).
            self._timer = threading.Timer(HARD_STOP, self._hard_stop)
            self._timer.daemon = True
            self._timer.start()
        self.pressed = True
        if not self._holding:
            raise KeyboardInterrupt

    def _hard_stop(self) -> None:
        for child in multiprocessing.active_children():
            child.kill()
        summary = self.summary
        if summary is not None:
            summary.interrupted = True
            print(summary.line(), flush=True)
        os._exit(130)

    @contextlib.contextmanager
    def held(self) -> Iterator[None]:
        self._holding += 1
        try:
            yield
        finally:
            self._holding -= 1
        if self.pressed and not self._holding:
            raise KeyboardInterrupt

    def __exit__(self, *exc: object) -> None:
        if self._timer is not None:
            self._timer.cancel()  # the run ended by itself
            self._timer = None
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)  # type: ignore[arg-type]


HARD_STOP = 2.0  # seconds after Ctrl-C before the run is ended whatever it waits for
_CTRL_C = _CtrlC()


def _new_records(
    db: Database,
    targets: list[str],
    overrides: Overrides,
    force: bool,
    summary: IngestSummary,
    on_result: ResultCallback | None,
    limits: Limits | None = None,
) -> Iterator[ArticleRecord]:
    """Readable records not stored yet (all of them with ``force``); problems are counted here."""
    seen: set[str] = set()
    with db.engine.connect() as connection:
        for item in read_inputs(targets, limits):
            if isinstance(item, ReadProblem):
                summary.count(item.origin, item, on_result)
                continue
            record = overrides.apply(item)
            digest = content_hash(record.body)
            existing = None
            if digest not in seen and not force:
                existing = connection.scalar(ARTICLE_BY_HASH, {"digest": digest})
                connection.rollback()  # end the read snapshot so the WAL can be checkpointed
            if digest in seen or existing is not None:
                summary.count(record.origin, SaveResult(existing or 0, "skipped", 0), on_result)
                continue
            seen.add(digest)
            yield record


def _analysed(
    records: Iterable[ArticleRecord], jobs: int, lookup: StoreLookup | None = None
) -> Iterator[tuple[ArticleRecord, PreparedArticle | str]]:
    """Analysis in order of input; a process pool only once there is more than one article.

    Each worker looks its articles' claims up in the store's near-duplicate index through
    its own read connection (``lookup`` says where and up to which claim)."""
    iterator = iter(records)
    first = next(iterator, None)
    if first is None:
        return
    second = next(iterator, None)
    if second is None or jobs <= 1:
        for record in itertools.chain((first,), () if second is None else (second,), iterator):  # streamed
            yield record, _prepared_here(record, lookup)
        return
    window: deque[tuple[ArticleRecord, Future[PreparedArticle | str]]] = deque()
    # Spawned, not forked: no open database connection is copied into a worker.
    setup = ("", False) if lookup is None else (lookup.db.url, lookup.force)
    pool = ProcessPoolExecutor(
        max_workers=jobs, mp_context=get_context("spawn"), initializer=_start_worker, initargs=(*setup, os.getpid())
    )
    try:
        for record in (first, second):
            window.append((record, _submit(pool, record)))
        for record in iterator:
            window.append((record, _submit(pool, record)))
            if len(window) >= jobs * WINDOW_PER_JOB:
                done_record, future = window.popleft()
                yield done_record, _result(future)
        while window:
            done_record, future = window.popleft()
            yield done_record, _result(future)
    except BaseException:
        # Ctrl-C (or the consumer stopping early): do not wait for the queued articles.
        _stop_pool(pool)
        raise
    pool.shutdown(wait=True)


def _submit(pool: ProcessPoolExecutor, record: ArticleRecord) -> Future[PreparedArticle | str]:
    with _CTRL_C.held():  # Ctrl-C waits for the pool's locks to be let go
        return pool.submit(prepare_article, record.body, record.published, None, record.outlet)


def _stop_pool(pool: ProcessPoolExecutor) -> None:
    """Cancel what is queued and end the workers now, not after the articles in flight."""
    processes = list(getattr(pool, "_processes", {}).values())  # no public handle on them
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(timeout=1)


def _prepared_here(record: ArticleRecord, lookup: StoreLookup | None = None) -> PreparedArticle | str:
    try:
        return prepare_article(record.body, record.published, lookup, record.outlet)
    except Exception as exc:  # noqa: BLE001 - analyse_or_explain catches analysis bugs; this is the rest
        return f"analysis failed: {type(exc).__name__}: {_first_line(exc)}"


def _result(future: Future[PreparedArticle | str]) -> PreparedArticle | str:
    """A worker's answer; a worker that died or raised costs only its own article."""
    try:
        return future.result()
    except Exception as exc:  # noqa: BLE001 - e.g. BrokenProcessPool, an unpicklable result
        return f"analysis failed: {type(exc).__name__}: {_first_line(exc)}"


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0][:200] if text else type(exc).__name__


class _BatchWriter:
    """The one writer: bounded batches, each one short transaction.

    Near-duplicate matching for a batch runs before its transaction opens; inside it
    only rows are written. When a batch fails, its articles are stored one by one so
    only the article at fault is lost.
    """

    def __init__(
        self,
        db: Database,
        force: bool,
        summary: IngestSummary,
        on_result: ResultCallback | None,
        matcher: CrossArticleMatcher | None,
    ) -> None:
        self.db = db
        self.force = force
        self.summary = summary
        self.on_result = on_result
        self.matcher = matcher
        self.batch: list[tuple[ArticleRecord, PreparedArticle]] = []
        self._claims = 0

    def add(self, record: ArticleRecord, prepared: PreparedArticle) -> None:
        self.batch.append((record, prepared))
        self._claims += len(prepared.rows)
        if len(self.batch) >= BATCH_ARTICLES or self._claims >= BATCH_CLAIMS:
            self.flush()

    def flush(self) -> None:
        if not self.batch:
            return
        batch, self.batch, self._claims = self.batch, [], 0
        try:
            matches = self._matches(batch)
            results, findings = self._write(
                lambda session: self._save_all(session, batch, matches)
            )
        except KeyboardInterrupt:
            self.batch = batch + self.batch  # rolled back whole: the caller flushes it again
            if self.matcher is not None:
                self.matcher.rolled_back()
            raise
        except Exception:  # noqa: BLE001 - one article broke the batch: the rest still go in
            if self.matcher is not None:
                self.matcher.rolled_back()  # matching may have failed half-way, before any write
            results, findings = [], 0
            for record, prepared in batch:
                outcome, found = self._save_alone(record, prepared)
                results.append(outcome)
                findings += found
        self.summary.findings += findings  # only what committed
        for (record, _prepared), outcome in zip(batch, results):
            self.summary.count(record.origin, outcome, self.on_result)

    def _matches(self, batch: list[tuple[ArticleRecord, PreparedArticle]]) -> list[ArticleMatches | None]:
        """Cross-article matches of a batch, found outside the write lock."""
        if self.matcher is None:
            return [None] * len(batch)
        groups: dict[str, int] = {}
        if self.force:  # a re-analysed article's own old claims are no duplicates of it
            digests = [prepared.digest for _, prepared in batch]
            with self.db.session() as session:
                groups = {d: i for d in digests if (i := session.scalar(ARTICLE_BY_HASH, {"digest": d})) is not None}
        return [self.matcher.match(prepared.analysis, groups.get(prepared.digest), prepared.stored, record.outlet)
                for record, prepared in batch]

    def _save_all(
        self, session: Session, batch: list[tuple[ArticleRecord, PreparedArticle]],
        matches: list[ArticleMatches | None],
    ) -> tuple[list[Outcome], int]:
        results: list[Outcome] = []
        findings = 0
        forms: list[tuple[int, int, str]] = []
        keys: list[tuple[int, int, int, int]] = []
        for (record, prepared), found in zip(batch, matches):
            result, added = self._save(session, record, prepared, found)
            results.append(result)
            findings += added
            if result.status != "skipped" and prepared.index_rows:
                article_forms, article_keys = index_rows(result.article_id, result.claim_ids, prepared.index_rows)
                forms += article_forms
                keys += article_keys
        insert_index(session.connection(), forms, keys)  # the batch's rows at once, in key order
        if self.matcher is not None:
            self.matcher.refresh_suggestions(session)
        return results, findings

    def _save(
        self, session: Session, record: ArticleRecord, prepared: PreparedArticle, found: ArticleMatches | None
    ) -> tuple[SaveResult, int]:
        result = save_article(
            session, record, prepared.analysis, force=self.force, encoded_rows=prepared.rows, digest=prepared.digest
        )
        if result.status == "skipped":
            return result, 0
        if result.status == "reanalysed":  # kept claims have rows already; the batch writes them anew
            delete_index(session.connection(), result.claim_ids)
        if self.matcher is None or found is None:
            return result, 0
        return result, self.matcher.record(session, found, result.claim_ids)

    def _write(self, work):  # type: ignore[no-untyped-def]
        """A write transaction that keeps the cross-article index in step with what committed."""
        try:
            result = self.db.write_with_retry(work)
        except BaseException:
            if self.matcher is not None:
                self.matcher.rolled_back()
            raise
        if self.matcher is not None:
            self.matcher.committed()
        return result

    def _save_alone(self, record: ArticleRecord, prepared: PreparedArticle) -> tuple[Outcome, int]:
        try:
            found = self._matches([(record, prepared)])
            results, findings = self._write(lambda session: self._save_all(session, [(record, prepared)], found))
            return results[0], findings
        except SQLAlchemyError as exc:
            return ReadProblem(record.origin, f"could not store: {_first_line(exc)}"), 0
        except Exception as exc:  # noqa: BLE001 - reported, and the run goes on
            return ReadProblem(record.origin, f"could not store ({type(exc).__name__}: {_first_line(exc)})"), 0
