"""The review screen on 1,000,000 claims over 20,000 articles, driven by Textual's Pilot.

    python bench/tui.py [--claims N] [--articles N] [--samples N]

Builds ``bench/.cache/tui-1m.db`` once (schema by the migrations, rows by executemany in
big batches; about a third of the claims labelled, one finding per article) and reuses it.
Measures, headless at 140x40: first paint (app start to the first claims on screen),
then the median latency from key to updated screen of a cursor move (``j``), a label
(``a``: row relabelled and cursor advanced; the write itself lands in a worker, timed
separately as "label saved"), a page down, and filtering to unlabeled (``ctrl+u``), and the
peak resident memory. The same steps on a 5,000-claim database are the baseline printed beside
each figure: the ratio shows what the million rows cost. Goals: first paint <= 1 s, each
key <= 50 ms median, memory <= 300 MB.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import random
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from workbench.store import open_database  # noqa: E402
from workbench.tui.app import ReviewApp  # noqa: E402

CACHE = Path(__file__).resolve().parent / ".cache"
LABELS = ("attributed", "reported", "unverified", "contradictory")
WORDS = ("officials minister said reported according the of government talks embassy security "
         "Kabul Beijing troops week statement ministry spokesperson agency Tuesday percent million").split()
SIZE = (140, 40)
BATCH = 50_000


def build_database(path: Path, claims: int, articles: int) -> None:
    """Schema from the migrations (open_database), rows straight through sqlite3."""
    open_database(str(path)).dispose()
    rng = random.Random(7)
    per_article = max(1, claims // articles)
    con = sqlite3.connect(path)
    con.execute("PRAGMA synchronous = OFF")
    now = "2021-08-24 12:00:00.000000"
    claim_rows: list[tuple[object, ...]] = []
    article_rows: list[tuple[object, ...]] = []
    finding_rows: list[tuple[object, ...]] = []
    claim_id = 0

    def flush() -> None:
        con.executemany(
            "INSERT INTO articles (id, title, outlet, published, body, content_hash, ingested_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)", article_rows)
        con.executemany(
            'INSERT INTO claims (id, article_id, seq, text, start, "end", sentence_index, suggested_label, '
            "suggestion_reason, label, reviewer, labeled_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            claim_rows)
        con.executemany(
            "INSERT INTO findings (kind, claim_id, other_claim_id, explanation, status, created_at) "
            "VALUES (?, ?, ?, ?, 'open', ?)", finding_rows)
        con.commit()
        article_rows.clear()
        claim_rows.clear()
        finding_rows.clear()

    for article_id in range(1, articles + 1):
        texts = [" ".join(rng.choices(WORDS, k=rng.randint(8, 18))).capitalize() + "." for _ in range(per_article)]
        body = "\n".join(texts)
        article_rows.append((article_id, f"Article {article_id}: " + " ".join(rng.choices(WORDS, k=5)),
                             rng.choice(("Wire", "Daily", "Herald")), "2021-08-24", body,
                             hashlib.sha256(f"{article_id}{body}".encode()).hexdigest(), now))
        offset = 0
        first = claim_id + 1
        for seq, text in enumerate(texts, 1):
            claim_id += 1
            label = rng.choice(LABELS) if rng.random() < 0.33 else None
            claim_rows.append((claim_id, article_id, seq, text, offset, offset + len(text), seq - 1,
                               rng.choice(LABELS), "synthetic", label, "bench" if label else None,
                               now if label else None, 1))
            offset += len(text) + 1
        finding_rows.append(("contradiction", first, first + 1, "synthetic disagreement", now))
        if len(claim_rows) >= BATCH:
            flush()
    flush()
    con.execute("ANALYZE")
    con.close()


class Screen:
    """Times from a key to the next screen update that shows its effect.

    Keys go straight to the driver (as a terminal would send them), not through
    ``Pilot.press``, whose idle detection sleeps in 20 ms steps. A screen update is a
    call of ``App._display`` (headless runs still compose every update; they skip the write).
    """

    def __init__(self, app: ReviewApp) -> None:
        self.app = app
        self.updates: list[float] = []
        original = app._display

        def recording(screen: object, renderable: object) -> None:
            original(screen, renderable)  # type: ignore[arg-type]
            if renderable is not None:
                self.updates.append(time.perf_counter())

        app._display = recording  # type: ignore[method-assign]

    async def shown(self, condition: Callable[[], bool], since: float, timeout: float = 20.0) -> float:
        """Seconds from ``since`` to the first update after ``condition`` held."""
        deadline = time.perf_counter() + timeout
        while not condition():
            if time.perf_counter() > deadline:
                raise TimeoutError("the screen did not update")
            await asyncio.sleep(0.0002)
        held = time.perf_counter()
        while not self.updates or self.updates[-1] < held:
            if time.perf_counter() > deadline:
                raise TimeoutError("the screen did not update")
            await asyncio.sleep(0.0002)
        return next(t for t in self.updates if t >= held) - since

    async def key(self, key: str, condition: Callable[[], bool]) -> float:
        from textual import events

        event = events.Key(key, key if len(key) == 1 else None)
        event.set_sender(self.app)
        start = time.perf_counter()
        assert self.app._driver is not None
        self.app._driver.send_message(event)
        return (await self.shown(condition, start)) * 1000

    async def quiet(self) -> None:
        """Let workers and refreshes finish before the next sample."""
        while any(not worker.is_finished for worker in self.app.workers) or not self.app.writes.idle:
            await asyncio.sleep(0.001)
        await asyncio.sleep(0.02)


async def measure(path: Path, samples: int) -> dict[str, float]:
    db = open_database(str(path))
    figures: dict[str, float] = {}
    start = time.perf_counter()
    app = ReviewApp(db, reviewer="bench", refresh_seconds=3600)
    async with app.run_test(size=SIZE):
        screen = Screen(app)
        queue = app.queue
        figures["first paint (s)"] = await screen.shown(
            lambda: bool(queue.rows) and app.detail is not None, start)
        await screen.quiet()

        moves = []
        for _ in range(samples):
            before = queue.cursor
            moves.append(await screen.key("j", lambda: queue.cursor != before))
            await screen.quiet()
        figures["cursor move (ms)"] = statistics.median(moves)

        pages = []
        for _ in range(samples // 2):
            first_id = queue.current.id if queue.current else 0
            pages.append(await screen.key(
                "pagedown", lambda: queue.current is not None and queue.current.id != first_id))
            await screen.quiet()
        figures["page down (ms)"] = statistics.median(pages)

        labels, saved = [], []
        for _ in range(samples):
            await screen.key("right_square_bracket", lambda: queue.current is not None and queue.current.label is None)
            await screen.quiet()
            target = queue.current.id  # type: ignore[union-attr]
            start = time.perf_counter()
            labels.append(await screen.key("a", lambda: queue.current is not None and queue.current.id != target))
            while not app.writes.idle:
                await asyncio.sleep(0.0005)
            saved.append((time.perf_counter() - start) * 1000)
            await screen.quiet()
        figures["label (ms)"] = statistics.median(labels)
        figures["label saved (ms)"] = statistics.median(saved)

        filters = []
        for _ in range(samples // 2):
            before = app.generation
            await screen.key("V", lambda: app.shown_generation == app.generation > before)
            await screen.quiet()
            before = app.generation
            filters.append(await screen.key("ctrl+u", lambda: app.shown_generation == app.generation > before))
            assert all(row.label is None for row in queue.rows[:50])
            await screen.quiet()
        figures["filter to unlabeled (ms)"] = statistics.median(filters)
    db.dispose()
    return figures


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--samples", type=int, default=40)
    args = parser.parse_args()

    CACHE.mkdir(exist_ok=True)
    big = CACHE / ("tui-1m.db" if (args.claims, args.articles) == (1_000_000, 20_000)
                   else f"tui-{args.claims}-{args.articles}.db")
    if not big.exists():
        print(f"building {big} ({args.claims:,} claims, {args.articles:,} articles) ...", flush=True)
        started = time.perf_counter()
        partial = big.with_suffix(".part")
        for leftover in CACHE.glob(partial.name + "*"):
            leftover.unlink()
        build_database(partial, args.claims, args.articles)
        partial.rename(big)
        print(f"built in {time.perf_counter() - started:.0f} s", flush=True)
    with tempfile.TemporaryDirectory() as folder:
        small = Path(folder) / "small.db"
        build_database(small, 5_000, 100)
        baseline = asyncio.run(measure(small, args.samples))
    rss_small = peak_rss_mb()
    # A labelled copy would drift run to run; labels written by the bench stay (about
    # 40 claims a run out of a million), which does not change the figures.
    figures = asyncio.run(measure(big, args.samples))
    rss_big = peak_rss_mb()

    goals = {"first paint (s)": 1.0, "cursor move (ms)": 50, "page down (ms)": 50, "label (ms)": 50,
             "filter to unlabeled (ms)": 50}
    print(f"\n{'metric':<26}{'1M claims':>12}{'5k claims':>12}{'ratio':>8}   goal")
    for name, value in figures.items():
        base = baseline[name]
        goal = goals.get(name)
        verdict = "" if goal is None else (f"<= {goal:g}  " + ("ok" if value <= goal else "MISSED"))
        print(f"{name:<26}{value:>12.3f}{base:>12.3f}{value / base if base else float('nan'):>8.2f}   {verdict}")
    print(f"{'peak RSS (MB)':<26}{rss_big:>12.0f}{rss_small:>12.0f}{rss_big / rss_small:>8.2f}   <= 300  "
          + ("ok" if rss_big <= 300 else "MISSED"))


if __name__ == "__main__":
    main()
