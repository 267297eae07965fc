"""Parallel ingest of the BBC corpus into a fresh SQLite file, beside the analysis alone.

Prints articles/s for both in the same run (alternating passes, best of each), the database overhead as a share of the
analysis time (goal <= 30%), and peak memory of this process and its workers (goal
<= 300 MB).

    python bench/ingest.py [--jobs N] [--limit N]
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from workbench.ingest.readers import Overrides, ReadProblem, read_inputs  # noqa: E402
from workbench.ingest.runner import _analysed, default_jobs, ingest  # noqa: E402
from workbench.store import open_database  # noqa: E402

CORPUS = REPO.parent / "shared" / "data" / "bbc_news.jsonl"
NOMINAL_DATE = date(2005, 6, 1)  # the corpus carries no dates


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=default_jobs())
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles (0 = all)")
    parser.add_argument("--repeat", type=int, default=2, help="passes of each (best is kept)")
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} is not present on this machine")
        return
    feed = CORPUS
    if args.limit:
        feed = Path(tempfile.mkdtemp()) / "bbc-head.jsonl"
        with CORPUS.open(encoding="utf-8") as source, feed.open("w", encoding="utf-8") as head:
            for _, line in zip(range(args.limit), source):
                head.write(line)
    overrides = Overrides(published=NOMINAL_DATE)

    # Alternate the two, best of each: on a shared machine one slow pass says little.
    analysis_runs, ingest_runs = [], []
    for _ in range(args.repeat):
        started = time.perf_counter()
        records = (overrides.apply(r) for r in read_inputs([str(feed)]) if not isinstance(r, ReadProblem))
        analysed = sum(1 for _ in _analysed(records, args.jobs))
        analysis_runs.append(time.perf_counter() - started)

        with tempfile.TemporaryDirectory() as folder:
            db = open_database(str(Path(folder) / "bench.db"))
            started = time.perf_counter()
            summary = ingest(db, [str(feed)], overrides, jobs=args.jobs)
            ingest_runs.append(time.perf_counter() - started)
            size = (Path(folder) / "bench.db").stat().st_size
            db.dispose()
    analysis_seconds, ingest_seconds = min(analysis_runs), min(ingest_runs)

    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    overhead = (ingest_seconds - analysis_seconds) / analysis_seconds
    print(f"jobs: {args.jobs}; articles read: {analysed}")
    print(f"analysis alone : {analysis_seconds:7.2f} s  {analysed / analysis_seconds:7.1f} articles/s"
          f"  (runs: {', '.join(f'{t:.1f}' for t in analysis_runs)})")
    print(f"full ingest    : {ingest_seconds:7.2f} s  {(summary.added + summary.skipped) / ingest_seconds:7.1f} articles/s"
          f"  ({summary.line()}; db {size / 1e6:.1f} MB; runs: {', '.join(f'{t:.1f}' for t in ingest_runs)})")
    print(f"database overhead: {overhead:+.0%} of analysis time (goal <= 30%); ratio ingest/analysis {ingest_seconds / analysis_seconds:.2f}")
    print(f"peak RSS: main {own:.0f} MB, largest worker {workers:.0f} MB (goal <= 300 MB)")


if __name__ == "__main__":
    main()
