"""Costs on a full store beside an empty one (issue 16): ingest of a new batch, one article,
the flagged view, search, first screen and ``suggest``.

The full store is built once from BBC-like articles and cached outside the repository
(``--cache``, default /tmp/workbench-bench): each synthetic article takes the sentences of
a few BBC articles of one category; most sentences are reworded (a third of their words
swapped for corpus words), some are kept word for word (near-duplicates across articles)
and some of those get another number (numeric conflicts), so the store holds findings as a
newsroom's does. Every measurement runs on a copy of the cached store (brought to the schema
head first, untimed) and on an empty store in the same run, and prints the ratio.

    python bench/store_scale.py [--articles 50000] [--batch 2000] [--jobs 2] [--build-only]

A bigger store is built on a copy of the largest smaller cached one (same seeds per chunk).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
CORPUS = REPO.parent / "shared" / "data" / "bbc_news.jsonl"
NUMBER = re.compile(r"\b\d+(?:\.\d+)?\b")


def bbc() -> list[dict]:
    with CORPUS.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def synthetic_articles(count: int, seed: int) -> list[dict]:
    """``count`` BBC-like articles: sentences of 2-3 articles of one category, mostly reworded."""
    rng = random.Random(seed)
    articles = bbc()
    by_category: dict[str, list[list[str]]] = {}
    vocabulary: list[str] = []
    for article in articles:
        paragraphs = [p.strip() for p in article["text"].split("\n") if p.strip()][1:]
        by_category.setdefault(article["category"], []).append(paragraphs)
        vocabulary += [w for w in re.findall(r"\b[a-z]{4,}\b", article["text"][:400])]
    categories = sorted(by_category)
    made = []
    for number in range(count):
        pool = by_category[categories[number % len(categories)]]
        paragraphs = [p for source in rng.sample(pool, 3) for p in source[: rng.randint(3, 6)]]
        rng.shuffle(paragraphs)
        out = []
        for paragraph in paragraphs[:12]:
            roll = rng.random()
            if roll < 0.80:  # reworded: another outlet's sentence on the same story
                words = paragraph.split()
                for _ in range(max(1, len(words) // 3)):
                    words[rng.randrange(len(words))] = rng.choice(vocabulary)
                paragraph = " ".join(words)
            elif roll < 0.83:  # the same sentence with another figure
                paragraph = NUMBER.sub(lambda m: str(int(float(m.group(0))) + rng.randint(1, 9)), paragraph, count=1)
            out.append(paragraph)
        title = f"Report {number}: " + " ".join(rng.sample(vocabulary, 4))
        made.append({"title": title, "text": "\n\n".join(out), "outlet": f"Outlet {number % 37}",
                     "published": f"2005-{number % 12 + 1:02d}-{number % 28 + 1:02d}"})
    return made


def write_feed(path: Path, records: list[dict]) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record) + "\n")
    return path


def workbench(*args: str, db: Path) -> tuple[float, float, str]:
    """Run ``workbench --db DB ARGS`` in its own process: (seconds, peak RSS MB of it and its workers, stdout)."""
    wrapper = (
        "import resource, subprocess, sys, time; t = time.perf_counter(); "
        "p = subprocess.run(sys.argv[1:], capture_output=True, text=True); "
        "print(repr((time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, "
        "p.stdout[-4000:], p.returncode, p.stderr[-2000:])))"
    )
    command = [sys.executable, "-c", wrapper, sys.executable, "-c", "from workbench.cli import main; main()",
               "--db", str(db), *args]
    env = {**os.environ, "WORKBENCH_CONFIG": "/nonexistent/workbench.toml"}
    out = subprocess.run(command, capture_output=True, text=True, env=env, check=True).stdout
    seconds, rss, stdout, code, stderr = eval(out)  # noqa: S307 - our own repr
    if code not in (0, 1):
        raise SystemExit(f"workbench {' '.join(args)} failed ({code}): {stderr}")
    return seconds, rss, stdout


CHUNK = 5000  # articles per ingest run while building; chunk k is seeded k * CHUNK + 1


def cached_store(cache: Path, articles: int, jobs: int) -> Path:
    """The cached store of ``articles`` articles, built once.

    A bigger store resumes from the largest smaller cached store that ends on a chunk
    boundary: it is copied and the remaining chunks are ingested with the seeds a build
    from scratch would use, so the result holds the same articles in the same order.
    """
    path = cache / f"store-{articles}.db"
    if path.exists():
        return path
    cache.mkdir(parents=True, exist_ok=True)
    building = path.with_suffix(".building.db")
    for stale in cache.glob(building.name + "*"):
        stale.unlink()
    smaller = [size for size in cached_sizes(cache) if size < articles and size % CHUNK == 0]
    resumed = max(smaller, default=0)
    if resumed:
        with sqlite3.connect(cache / f"store-{resumed}.db") as source, sqlite3.connect(building) as target:
            source.backup(target)  # consistent even if the source still has a WAL beside it
        print(f"  resuming from the cached {resumed}-article store", flush=True)
    started = time.perf_counter()
    for start in range(resumed, articles, CHUNK):
        feed = write_feed(cache / "chunk.jsonl", synthetic_articles(min(CHUNK, articles - start), seed=start + 1))
        workbench("ingest", "--jobs", str(jobs), str(feed), db=building)
        print(f"  built {min(start + CHUNK, articles)}/{articles} articles in {time.perf_counter() - started:.0f} s",
              flush=True)
    (cache / "chunk.jsonl").unlink(missing_ok=True)
    with sqlite3.connect(building) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    building.rename(path)
    return path


def cached_sizes(cache: Path) -> list[int]:
    """Article counts of the finished stores in ``cache`` (``store-N.db``)."""
    return sorted(int(m.group(1)) for p in cache.glob("store-*.db") if (m := re.fullmatch(r"store-(\d+)\.db", p.name)))


def upgraded(path: Path) -> None:
    """Bring a copy of a cached store to the schema head before anything is timed (a cached
    store may be older than the workbench measured; the upgrade is no part of the figures)."""
    from alembic import command

    from workbench.store.engine import create_database_engine
    from workbench.store.migrate import alembic_config, is_at_head

    db = create_database_engine(str(path))
    if not is_at_head(db):
        command.upgrade(alembic_config(db), "head")
    db.dispose()


def timed(work, repeat: int = 3) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


def reads(path: Path) -> dict[str, float]:
    """Review-screen reads in this process: flagged view, search, first screen."""
    from workbench.store import open_database
    from workbench.store.browse import articles_after, claims_after, count_claims, search_claims, store_totals
    from workbench.store.queries import get_article

    from sqlalchemy import text

    db = open_database(str(path))
    figures = {}
    with db.session() as session:
        figures["flagged view (first page + count)"] = timed(
            lambda: (claims_after(session, None, "flagged", 0, 100), count_claims(session, None, "flagged")))
        figures["flagged page only"] = timed(lambda: claims_after(session, None, "flagged", 0, 100))
        figures["search 'prime minister'"] = timed(lambda: search_claims(session, "prime minister"))
        figures["search typo 'govrnment'"] = timed(lambda: search_claims(session, "govrnment"), repeat=1)
        newest = session.execute(text("select max(id) from articles")).scalar()
        figures["one article's counts (!N)"] = timed(lambda: get_article(session, newest))
        figures["first screen (articles, claims, totals)"] = timed(
            lambda: (articles_after(session, 0, 100), claims_after(session, None, None, 0, 100), store_totals(session)))
    db.dispose()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=50_000, help="articles in the full store (default 50000)")
    parser.add_argument("--batch", type=int, default=2_000, help="articles in the new batch ingested (default 2000)")
    parser.add_argument("--jobs", type=int, default=2, help="ingest worker processes (default 2)")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/workbench-bench"), help="where the store is cached")
    parser.add_argument("--build-only", action="store_true", help="build (or resume) the cached store, measure nothing")
    arguments = parser.parse_args()

    full = cached_store(arguments.cache, arguments.articles, arguments.jobs)
    if arguments.build_only:
        print(f"cached store: {full}")
        return
    with sqlite3.connect(full) as connection:
        claims, findings = (connection.execute(f"select count(*) from {t}").fetchone()[0] for t in ("claims", "findings"))
    print(f"full store: {arguments.articles} articles, {claims} claims, {findings} findings ({full})")
    print(f"load average at start: {' '.join(f'{x:.1f}' for x in os.getloadavg())} ({os.cpu_count()} cores)", flush=True)
    with tempfile.TemporaryDirectory(dir=arguments.cache) as folder:
        work = Path(folder)
        batch = write_feed(work / "batch.jsonl", synthetic_articles(arguments.batch, seed=10**9))
        one = write_feed(work / "one.jsonl", synthetic_articles(1, seed=10**9 + 7))
        rows = []
        results: dict[str, dict[str, float]] = {}
        for name in ("empty", "full"):
            store = work / f"{name}.db"
            if name == "full":
                shutil.copyfile(full, store)
                upgraded(store)
            seconds, rss, out = workbench("ingest", "--jobs", str(arguments.jobs), str(batch), db=store)
            per_article = seconds / arguments.batch * 1000
            one_seconds, _, _ = workbench("ingest", str(one), db=store)
            with sqlite3.connect(store) as connection:
                claim_id = connection.execute("select id from claims order by id desc limit 1 offset 5").fetchone()[0]
            runs = [workbench("suggest", str(claim_id), "--json", db=store) for _ in range(3)]
            suggest_seconds, suggest_rss = min(r[0] for r in runs), max(r[1] for r in runs)  # best time of 3
            results[name] = {"ingest per article (ms)": per_article, "ingest peak RSS (MB)": rss,
                             "one article (s)": one_seconds, "suggest (s)": suggest_seconds,
                             "suggest peak RSS (MB)": suggest_rss,
                             **{k + " (s)": v for k, v in reads(store).items()}}
            print(f"  {name}: {out.strip().splitlines()[-1]}", flush=True)
        for key in results["empty"]:
            empty, full_value = results["empty"][key], results["full"][key]
            rows.append((key, empty, full_value, full_value / empty if empty else float("nan")))
    print(f"\nload average at end: {' '.join(f'{x:.1f}' for x in os.getloadavg())} ({os.cpu_count()} cores)")
    print(f"\n{'':45} {'empty':>10} {'full':>10} {'ratio':>7}")
    for key, empty, full_value, ratio in rows:
        print(f"{key:45} {empty:10.3f} {full_value:10.3f} {ratio:6.2f}x")


if __name__ == "__main__":
    main()
