"""Ingest of templated copy, and an editor labelling beside it.

Part 1, linear time: a JSONL feed of templated one-sentence articles ("Police said that
N people were hurt ... in district D"), every claim a near-duplicate of thousands, is
ingested at 5k / 10k / 20k lines (and 200k with --full) into a fresh SQLite file; prints
seconds and microseconds per line. Linear means the per-line cost stays flat.

Part 2, short write locks: while the 20k-line feed and then the BBC corpus are ingested,
another process labels a claim in a loop through ``store.review.set_label`` (what
``workbench label`` runs), one label every 20 ms. Prints how many labels were saved,
how many failed ("database is locked"), and their latency p50 / p99 / max (goal: no
failures, p99 under 1 s).

Baseline beside it: the same ingest with the near-duplicate work per claim unbounded
(``CANDIDATES_PER_CLAIM = None``), the old behaviour, up to --baseline-lines (2.5k).

    python bench/write_lock.py [--full] [--jobs N]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
CORPUS = REPO.parent / "shared" / "data" / "bbc_news.jsonl"

from workbench.ingest.readers import Overrides  # noqa: E402
from workbench.ingest.runner import ingest  # noqa: E402
from workbench.store import corpus, open_database  # noqa: E402

TEMPLATE = "Police said that {n} people were hurt when a bus crashed on the main road in district {d} on Sunday."


def templated_feed(folder: Path, lines: int) -> Path:
    path = folder / f"templated-{lines}.jsonl"
    with path.open("w", encoding="utf-8") as feed:
        for number in range(lines):
            feed.write(json.dumps({"text": TEMPLATE.format(n=number % 9 + 2, d=number)}) + "\n")
    return path


def timed_ingest(db_file: Path, feeds: list[Path], jobs: int) -> tuple[float, str]:
    db = open_database(str(db_file))
    try:
        started = time.perf_counter()
        summary = ingest(db, [str(f) for f in feeds], Overrides(), jobs=jobs)
        return time.perf_counter() - started, summary.line()
    finally:
        db.dispose()


def label_loop(db_file: str, stop, results) -> None:  # type: ignore[no-untyped-def]
    """Another editor: label one claim over and over, timing each save."""
    from workbench.store.review import set_label

    db = open_database(db_file)
    latencies: list[float] = []
    failures: list[str] = []
    labels = ("attributed", "reported")
    with db.session() as session:
        claim_id = session.execute(__import__("sqlalchemy").text("select min(id) from claims")).scalar()
    while not stop.is_set():
        started = time.perf_counter()
        try:
            set_label(db, claim_id, labels[len(latencies) % 2], "bench")
            latencies.append(time.perf_counter() - started)
        except Exception as exc:  # noqa: BLE001 - counted and shown
            failures.append(str(exc).splitlines()[0])
        time.sleep(0.02)
    db.dispose()
    results.put((latencies, failures))


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true", help="also 200k lines (several minutes)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--baseline-lines", type=int, default=2_500,
                        help="unbounded matching only up to this many lines (it is quadratic)")
    args = parser.parse_args()
    sizes = sorted({1_000, args.baseline_lines, 5_000, 10_000, 20_000}) + ([200_000] if args.full else [])
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        print("templated feed, one claim per line; time per line should stay flat")
        print(f"{'lines':>8} {'bounded s':>10} {'us/line':>8}   {'unbounded s':>11} {'us/line':>8}")
        for lines in sizes:
            feed = templated_feed(folder, lines)
            seconds, line = timed_ingest(folder / f"t{lines}.db", [feed], args.jobs)
            row = f"{lines:>8} {seconds:>10.1f} {seconds / lines * 1e6:>8.0f}"
            if lines <= args.baseline_lines:
                saved = corpus.CANDIDATES_PER_CLAIM
                corpus.CANDIDATES_PER_CLAIM = None  # type: ignore[assignment]
                try:
                    base, _ = timed_ingest(folder / f"u{lines}.db", [feed], args.jobs)
                finally:
                    corpus.CANDIDATES_PER_CLAIM = saved
                row += f"   {base:>11.1f} {base / lines * 1e6:>8.0f}"
            print(row + f"   ({line})", flush=True)

        print("\nlabel loop beside the 20k-line feed and the BBC corpus")
        db_file = folder / "editors.db"
        seed = open_database(str(db_file))
        ingest(seed, [str(REPO / "seeds")], jobs=1)
        seed.dispose()
        context = multiprocessing.get_context("spawn")
        stop, results = context.Event(), context.Queue()
        editor = context.Process(target=label_loop, args=(str(db_file), stop, results))
        editor.start()
        time.sleep(2)
        feeds = [templated_feed(folder, 20_000)] + ([CORPUS] if CORPUS.exists() else [])
        seconds, line = timed_ingest(db_file, feeds, args.jobs)
        stop.set()
        latencies, failures = results.get()
        editor.join()
        print(f"ingest: {seconds:.1f} s ({line})")
        print(f"labels saved: {len(latencies)}, failed: {len(failures)}"
              + (f" (first: {failures[0]})" if failures else ""))
        print(f"label latency: p50 {percentile(latencies, 0.5) * 1000:.0f} ms, "
              f"p99 {percentile(latencies, 0.99) * 1000:.0f} ms, max {max(latencies) * 1000:.0f} ms (goal: p99 < 1000 ms)")
    print(f"peak RSS: this process {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB, "
          f"largest child {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
