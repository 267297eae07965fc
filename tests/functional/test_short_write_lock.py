"""Ingest holds the write lock only to store (issue 15, item 3): cross-article matching runs
before the transaction opens, with bounded work per claim, so templated copy stays linear."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from workbench.analysis.neardup import NearDuplicateIndex

TEMPLATE = "Police said that {n} people were hurt when a bus crashed on the main road in district {d} on Sunday."


def test_lookups_judge_a_bounded_number_of_candidates_however_full_a_bucket(monkeypatch):
    from workbench.analysis import neardup

    index = NearDuplicateIndex()
    for number in range(3000):
        index.add(number, TEMPLATE.format(n=number % 7 + 2, d=number), group=number)
    judged: list[int] = []
    real_extract = neardup.process.extract

    def extract(query, choices, **kwargs):  # type: ignore[no-untyped-def]
        judged.append(len(choices))
        return real_extract(query, choices, **kwargs)

    monkeypatch.setattr(neardup.process, "extract", extract)
    bounded = index.find_prepared(index.prepare(TEMPLATE.format(n=3, d=99999)), group="new", max_candidates=240)
    assert judged[-1] <= 240
    assert bounded and all(m.score >= index.threshold for m in bounded)
    index.find_prepared(index.prepare(TEMPLATE.format(n=3, d=99999)), group="new")  # unbounded: as before
    assert judged[-1] == 3000


def _feed(path: Path, count: int) -> None:
    with path.open("w", encoding="utf-8") as feed:
        for number in range(count):
            feed.write(json.dumps({"title": f"Crash {number}", "text": TEMPLATE.format(n=number % 9 + 2, d=number)}) + "\n")


def test_matching_runs_while_the_write_lock_is_free(db, db_path, tmp_path, monkeypatch):
    from workbench.ingest.runner import ingest
    from workbench.store import corpus

    feed = tmp_path / "templated.jsonl"
    _feed(feed, 60)
    real_match = corpus.CrossArticleMatcher.match
    lock_free: list[bool] = []

    def match(self, analysis, group=None, *args, **kwargs):  # type: ignore[no-untyped-def]
        probe = sqlite3.connect(db_path, timeout=0, isolation_level=None)
        try:
            probe.execute("BEGIN IMMEDIATE")  # fails at once if the ingest writer held the lock
            probe.execute("ROLLBACK")
            lock_free.append(True)
        except sqlite3.OperationalError:
            lock_free.append(False)
        finally:
            probe.close()
        return real_match(self, analysis, group, *args, **kwargs)

    monkeypatch.setattr(corpus.CrossArticleMatcher, "match", match)
    summary = ingest(db, [str(feed)], jobs=1)
    assert summary.added == 60 and summary.ok
    assert len(lock_free) == 60 and all(lock_free)
    # templated copy still finds its near-duplicates, a few per claim
    assert 0 < summary.findings <= 3 * 60


def test_an_editor_can_label_between_batches_of_a_long_ingest(cli, db_path, tmp_path, monkeypatch):
    """While ingest runs, the write lock is free between batches: a label from another
    connection goes through at once (no busy wait) and is never lost."""
    from workbench.ingest import runner

    assert cli("ingest", str(Path(__file__).resolve().parents[2] / "seeds")).exit_code == 0
    claim_id = sqlite3.connect(db_path).execute("select min(id) from claims").fetchone()[0]
    feed = tmp_path / "templated.jsonl"
    _feed(feed, 120)
    monkeypatch.setattr(runner, "BATCH_ARTICLES", 10)
    real_flush = runner._BatchWriter.flush
    labelled: list[str] = []

    def flush(self):  # type: ignore[no-untyped-def]
        real_flush(self)
        label = ("attributed", "reported")[len(labelled) % 2]
        editor = sqlite3.connect(db_path, timeout=0, isolation_level=None)
        try:
            editor.execute("BEGIN IMMEDIATE")
            editor.execute("update claims set label = ? where id = ?", (label, claim_id))
            editor.execute("COMMIT")
            labelled.append(label)
        finally:
            editor.close()

    monkeypatch.setattr(runner._BatchWriter, "flush", flush)
    result = cli("ingest", "--jobs", "1", str(feed))
    assert result.exit_code == 0, result.output
    assert len(labelled) >= 12
    assert sqlite3.connect(db_path).execute("select label from claims where id = ?", (claim_id,)).fetchone() == (labelled[-1],)
