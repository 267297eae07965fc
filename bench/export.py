"""CSV export of 1,000,000 claims, timed beside ``sqlite3 -csv`` selecting the same columns.

    python bench/export.py [--claims N] [--db PATH]

Reuses a database under ``bench/.cache/`` that already holds at least N claims (the
TUI bench's, for instance); otherwise builds ``bench/.cache/export-N.db``: 50 claims an
article, with attribution, time expressions, labels, findings and source links spread
through them. The baseline is the sqlite3 shell writing the same 21 columns, its list
cells built with json_each and group_concat. Goal: ours within 2x of it.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from workbench.export import ExportFilters  # noqa: E402
from workbench.export.progress import run_export_with_progress  # noqa: E402
from workbench.store import open_database  # noqa: E402

CACHE = Path(__file__).resolve().parent / ".cache"
CLAIMS_PER_ARTICLE = 50
LABELS = ("attributed", "reported", "unverified", "contradictory")
WORDS = ("officials minister said reported according the of government talks embassy security "
         "Kabul Beijing troops week statement ministry spokesperson agency Tuesday percent million").split()

# The same 21 columns as workbench/export/csv_export.py, in SQL.
BASELINE_SQL = """
SELECT a.id, a.title, a.url, a.outlet, a.published, c.id, c.seq, c.text, c.suggested_label,
  c.suggestion_reason, c.label, c.reviewer, c.labeled_at,
  json_extract(c.attribution, '$.source'), json_extract(c.attribution, '$.cue'),
  (SELECT group_concat(value, ' > ') FROM json_each(c.attribution, '$.chain')),
  (SELECT group_concat(json_extract(value, '$.text') || ' = ' || json_extract(value, '$.earliest')
     || '..' || json_extract(value, '$.latest'), '; ') FROM json_each(c.time_expressions)),
  (SELECT group_concat(f.kind || ' with claim '
     || CASE WHEN f.claim_id = c.id THEN f.other_claim_id ELSE f.claim_id END || ': ' || f.explanation, ' | ')
     FROM findings f WHERE f.claim_id = c.id OR f.other_claim_id = c.id),
  (SELECT group_concat(coalesce(s.url, s.title) || ' (' || l.stance || ')', ' | ')
     FROM claim_sources l LEFT JOIN sources s ON s.id = l.source_id WHERE l.claim_id = c.id),
  (SELECT group_concat(s.url || ': ' || json_extract(l.quote_check, '$.status'), ' | ')
     FROM claim_sources l LEFT JOIN sources s ON s.id = l.source_id
     WHERE l.claim_id = c.id AND l.quote_check IS NOT NULL),
  c.note
FROM claims c JOIN articles a ON a.id = c.article_id
ORDER BY c.article_id, c.seq
"""


def claim_count(path: Path) -> int:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            return conn.execute("SELECT count(*) FROM claims").fetchone()[0]
    except sqlite3.Error:
        return 0


def find_or_build(claims: int, explicit: str | None) -> Path:
    if explicit:
        return Path(explicit)
    CACHE.mkdir(exist_ok=True)
    for candidate in sorted(CACHE.glob("*.db")):
        if claim_count(candidate) >= claims:
            return candidate
    path = CACHE / f"export-{claims}.db"
    print(f"building {path} ({claims:,} claims) ...", flush=True)
    started = time.perf_counter()
    build(path, claims)
    print(f"built in {time.perf_counter() - started:.0f} s", flush=True)
    return path


def build(path: Path, claims: int) -> None:
    path.unlink(missing_ok=True)
    open_database(str(path)).dispose()  # the real schema, through the migrations
    rng = random.Random(7)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous = OFF")
    articles = max(1, claims // CLAIMS_PER_ARTICLE)
    with conn:
        conn.executemany(
            "INSERT INTO articles (id, title, outlet, url, published, body, content_hash, origin, ingested_at)"
            " VALUES (?, ?, ?, ?, ?, '', ?, 'bench', '2021-08-30 09:00:00.000000')",
            ((i, f"Article {i}: {' '.join(rng.choices(WORDS, k=6))}", "Bench News",
              f"https://news.example/{i}", f"2021-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", f"{i:064x}")
             for i in range(1, articles + 1)),
        )
        conn.executemany(
            "INSERT INTO sources (id, title, url, text, sha256, retrieved_at) VALUES (?, ?, ?, '', ?, "
            "'2021-08-30 09:00:00.000000')",
            ((i, f"Source {i}", f"https://source.example/{i}", f"{i:064x}") for i in range(1, 2001)),
        )
        conn.executemany(
            "INSERT INTO claims (id, article_id, seq, text, start, end, sentence_index, attribution,"
            " time_expressions, suggested_label, suggestion_reason, label, reviewer, labeled_at, note)"
            " VALUES (?, ?, ?, ?, 0, 100, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (_claim(rng, i) for i in range(1, claims + 1)),
        )
        conn.executemany(
            "INSERT INTO findings (kind, claim_id, other_claim_id, explanation, status, created_at)"
            " VALUES ('temporal_conflict', ?, ?, 'the dates do not overlap', 'open', '2021-08-30 09:00:00.000000')",
            ((i, i + 1) for i in range(1, claims, 40)),
        )
        conn.executemany(
            "INSERT INTO claim_sources (claim_id, source_id, stance, quote_check, created_at)"
            " VALUES (?, ?, ?, ?, '2021-08-30 09:00:00.000000')",
            ((i, rng.randint(1, 2000), rng.choice(("supports", "refutes", "context")),
              json.dumps({"status": "verbatim", "score": 100}) if i % 60 == 0 else None)
             for i in range(1, claims + 1, 20)),
        )
    conn.execute("ANALYZE")
    conn.close()


def _claim(rng: random.Random, claim_id: int) -> tuple[object, ...]:
    article = (claim_id - 1) // CLAIMS_PER_ARTICLE + 1
    seq = (claim_id - 1) % CLAIMS_PER_ARTICLE + 1
    attribution = None
    if rng.random() < 0.6:
        attribution = json.dumps({"source": "the ministry", "cue": "said", "kind": "indirect", "anonymous": False,
                                  "hedges": [], "chain": ["Reuters", "the ministry"], "source_type": "organisation"})
    times = json.dumps(
        [{"text": "last month", "start": 3, "end": 13, "value": "2021-07", "earliest": "2021-07-01",
          "latest": "2021-07-31", "granularity": "month", "relative": None}] * rng.choice((0, 0, 1, 2))
    )
    label = rng.choice(LABELS) if rng.random() < 0.3 else None
    return (
        claim_id, article, seq, " ".join(rng.choices(WORDS, k=rng.randint(12, 30))) + ".", seq - 1,
        attribution, times, "attributed" if attribution else "unverified", "source 'the ministry' (said)",
        label, "bench" if label else None, "2021-08-31 12:00:00.000000" if label else None,
        "checked by phone" if rng.random() < 0.02 else None,
    )


def time_ours(path: Path, out: Path) -> tuple[float, int]:
    db = open_database(str(path))
    started = time.perf_counter()
    count = run_export_with_progress(db, "csv", str(out), ExportFilters())  # what `workbench export -o` runs
    elapsed = time.perf_counter() - started
    db.dispose()
    return elapsed, count


def time_sqlite3(path: Path, out: Path) -> float | None:
    shell = shutil.which("sqlite3")
    if shell is None:
        return None
    started = time.perf_counter()
    with out.open("wb") as handle:
        subprocess.run([shell, "-csv", "-header", str(path), BASELINE_SQL], stdout=handle, check=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--db", help="Use this database instead of the cache.")
    parser.add_argument("--repeat", type=int, default=2, help="Alternating runs of each; the best counts.")
    args = parser.parse_args()
    path = find_or_build(args.claims, args.db)
    print(f"database: {path} ({claim_count(path):,} claims)")
    if shutil.which("sqlite3") is None:
        print("sqlite3 -csv: NOT MEASURED - the sqlite3 shell is not installed (apt-get install sqlite3)")
    ours_runs: list[float] = []
    base_runs: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        ours_out, base_out = Path(folder) / "ours.csv", Path(folder) / "sqlite3.csv"
        time_sqlite3(path, base_out)  # warm the page cache for both
        for _ in range(args.repeat):  # alternate, so a busy moment on the machine hits both sides
            baseline = time_sqlite3(path, base_out)
            if baseline is not None:
                base_runs.append(baseline)
            ours, count = time_ours(path, ours_out)
            ours_runs.append(ours)
        rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        best = min(ours_runs)
        print(f"workbench export --format csv: {best:6.2f} s  {count:,} rows  "
              f"{ours_out.stat().st_size / 1e6:,.0f} MB  ({count / best:,.0f} claims/s, peak RSS {rss_mb:.0f} MB)"
              f"  runs: {', '.join(f'{r:.1f}' for r in ours_runs)}")
        if not base_runs:
            return
        base = min(base_runs)
        print(f"sqlite3 -csv (same columns):   {base:6.2f} s  {base_out.stat().st_size / 1e6:,.0f} MB"
              f"  runs: {', '.join(f'{r:.1f}' for r in base_runs)}")
        print(f"ratio ours/sqlite3: {best / base:.2f}x (goal <= 2x)")


if __name__ == "__main__":
    main()
