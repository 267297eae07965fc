"""SIGKILL during ingest, again and again: the database stays whole and a rerun completes it."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import REPO
from workbench.analysis import analyse_article

KILL_RUNS = 20
ARTICLES = 100

SUBJECTS = ["The council", "The ministry", "A spokesperson", "The union", "Officials", "The company", "Police"]
VERBS = ["said", "announced", "confirmed", "denied", "reported", "warned"]
OBJECTS = ["the budget rose", "the bridge will close", "talks resumed on Monday", "prices fell last month",
           "the plant opened in May", "three people were hurt", "the vote was delayed"]


def synthetic_feed(path: Path, count: int) -> dict[str, int]:
    """A JSONL feed of distinct articles; returns each body's expected claim count."""
    rng = random.Random(20210825)
    expected: dict[str, int] = {}
    with path.open("w", encoding="utf-8") as feed:
        for number in range(count):
            sentences = [
                f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} that {rng.choice(OBJECTS)} in district {number}-{i}."
                for i in range(rng.randint(6, 30))
            ]
            body = " ".join(sentences)
            feed.write(json.dumps({"title": f"Story {number}", "text": body, "published": "2021-08-25"}) + "\n")
            expected[body] = len(analyse_article(body).claims)
    return expected


def check_whole(db_path: Path, expected: dict[str, int]) -> int:
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("pragma integrity_check").fetchall() == [("ok",)]
        if not connection.execute("select 1 from sqlite_master where type = 'table' and name = 'articles'").fetchall():
            return 0  # killed during start-up, before the schema was made: nothing stored, nothing half-stored
        articles = connection.execute(
            "select a.body, count(c.id) from articles a left join claims c on c.article_id = a.id group by a.id"
        ).fetchall()
    for body, claims in articles:
        assert claims == expected[body], "an article was stored without all of its claims"
    return len(articles)


def run_ingest(db_path: Path, feed: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "workbench", "--db", str(db_path), "ingest", "--jobs", "2", str(feed)],
        cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
    )


def test_sigkill_at_random_points_never_leaves_half_an_article(tmp_path):
    feed = tmp_path / "feed.jsonl"
    expected = synthetic_feed(feed, ARTICLES)
    # Time one whole run first, and when its first article landed, so the kills spread over the
    # storing part of a run on this machine, loaded or not (start-up and analysis of the first
    # batch take a share of the run that depends on the machine).
    started = time.monotonic()
    reference = run_ingest(tmp_path / "reference.db", feed)
    first_stored = wait_for_first_article(tmp_path / "reference.db", reference) - started
    assert reference.wait(timeout=300) == 0
    full_run = time.monotonic() - started
    assert check_whole(tmp_path / "reference.db", expected) == ARTICLES

    rng = random.Random(8)
    stored_counts = []
    for run in range(KILL_RUNS):
        db_path = tmp_path / f"crash-{run}.db"  # each kill starts from nothing, so each lands somewhere new
        process = run_ingest(db_path, feed)
        if run % 4 == 3:
            time.sleep(rng.uniform(0.05, 0.97) * full_run)  # anywhere, start-up included
        else:
            wait_for_first_article(db_path, process)
            time.sleep(rng.uniform(0.0, 0.9) * max(full_run - first_stored, 0.1))
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        process.wait(timeout=60)
        stored_counts.append(check_whole(db_path, expected) if db_path.exists() else 0)
        if run % 5 == 4:
            rerun_completes_without_duplicates(db_path, feed, expected)
    print(f"\narticles stored when each SIGKILL landed (of {ARTICLES}): {stored_counts}; one full run {full_run:.1f} s")
    assert sum(0 < n < ARTICLES for n in stored_counts) >= KILL_RUNS // 4, f"too few kills mid-ingest: {stored_counts}"


def wait_for_first_article(db_path: Path, process: subprocess.Popen[bytes]) -> float:
    """When the first article is committed (or the process ends): polled, read-only."""
    while process.poll() is None:
        if db_path.exists():
            try:
                with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=0.1) as connection:
                    if connection.execute("select count(*) from articles").fetchone()[0] > 0:
                        break
            except sqlite3.Error:
                pass  # not created yet, or busy
        time.sleep(0.02)
    return time.monotonic()


def rerun_completes_without_duplicates(db_path: Path, feed: Path, expected: dict[str, int]) -> None:
    final = run_ingest(db_path, feed)
    _, err = final.communicate(timeout=300)
    assert final.returncode == 0, err.decode()
    assert check_whole(db_path, expected) == ARTICLES
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("select count(distinct content_hash), count(*) from articles").fetchall() == [
            (ARTICLES, ARTICLES)
        ]
