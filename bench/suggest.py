"""Source suggestions: speed and top-1 accuracy against brute-force rapidfuzz over every sentence.

Corpus: ../shared/data/bbc_news.jsonl, every article a candidate. Queries: sentences
taken from random articles with one word replaced and one dropped (a claim rarely
quotes its source exactly). A query is a hit when the top document has the text the
sentence came from (the corpus holds exact duplicates).

Baseline, measured in the same run: ``process.extractOne`` with ``token_set_ratio``
over all sentences of all articles (pre-split once, not timed), the obvious approach.
Goal: far better top-1 accuracy at a comparable speed (ratio >= 0.7; timings on a
shared machine vary by a third between runs, so compare the two lines of one run).

    python bench/suggest.py [--queries N] [--limit-articles N] [--through-store]

``--through-store``: the articles stored as sources in a scratch SQLite store and each query
ingested as an article; ``suggest`` on each query's claim (sources from the full-text index,
plain sqlite3 as the command reads) beside ranking every stored source, the way before the
index (issue 16, item 4): time per query and top-1 accuracy of both.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from rapidfuzz import fuzz, process  # noqa: E402

from workbench.analysis.segment import split_sentences  # noqa: E402
from workbench.evidence.suggest import Candidate, rank_candidates  # noqa: E402

DATA = REPO.parent / "shared" / "data" / "bbc_news.jsonl"


def reworded_queries(texts: list[str], count: int, seed: int = 6) -> list[tuple[str, int]]:
    rng = random.Random(seed)
    queries = []
    while len(queries) < count:
        index = rng.randrange(len(texts))
        sentences = [s.text for s in split_sentences(texts[index]) if 14 <= len(s.text.split()) <= 40]
        if not sentences:
            continue
        words = rng.choice(sentences).split()
        words[len(words) // 2] = "reportedly"
        del words[len(words) // 3]
        queries.append((" ".join(words), index))
    return queries


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, default=40)
    parser.add_argument("--limit-articles", type=int, default=None)
    parser.add_argument("--through-store", action="store_true",
                        help="the articles as stored sources: suggest through the full-text index beside every source")
    args = parser.parse_args()
    with DATA.open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle if line.strip()]
    texts = texts[: args.limit_articles] if args.limit_articles else texts
    queries = reworded_queries(texts, args.queries)
    if args.through_store:
        through_store(texts, queries)
        return
    candidates = [Candidate("article", i, None, t) for i, t in enumerate(texts)]

    started = time.perf_counter()
    ours = [rank_candidates(q, candidates, limit=1) for q, _ in queries]
    ours_seconds = (time.perf_counter() - started) / len(queries)
    ours_hits = sum(bool(r) and texts[r[0][0].id] == texts[i] for r, (_, i) in zip(ours, queries))

    sentences, owners = [], []
    for index, text in enumerate(texts):
        for sentence in split_sentences(text):
            sentences.append(sentence.text)
            owners.append(index)
    started = time.perf_counter()
    base = [process.extractOne(q, sentences, scorer=fuzz.token_set_ratio) for q, _ in queries]
    base_seconds = (time.perf_counter() - started) / len(queries)
    base_hits = sum(texts[owners[b[2]]] == texts[i] for b, (_, i) in zip(base, queries))

    n = len(queries)
    print(f"corpus: {len(texts)} articles, {len(sentences)} sentences; {n} reworded queries")
    print(f"suggest (ours):            {ours_seconds * 1000:8.1f} ms/query  top-1 {ours_hits}/{n} = {ours_hits / n:.0%}")
    print(f"extractOne token_set_ratio:{base_seconds * 1000:8.1f} ms/query  top-1 {base_hits}/{n} = {base_hits / n:.0%}")
    print(f"speed ratio (baseline time / ours): {base_seconds / ours_seconds:.2f}")


def through_store(texts: list[str], queries: list[tuple[str, int]]) -> None:
    import tempfile

    from workbench.evidence.library import add_source
    from workbench.evidence.suggest import suggest_sources
    from workbench.ingest.runner import ingest
    from workbench.store import open_database
    from workbench.store.sqlite_reader import sqlite_reader_at_head

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "store.db"
        db = open_database(str(path))
        source_ids: dict[int, int] = {}
        for index, text in enumerate(texts):
            added = add_source(db, text, title=f"source {index}")
            source_ids.setdefault(added.id, index)
        feed = Path(folder) / "queries.jsonl"
        feed.write_text("".join(json.dumps({"title": f"query {n}", "text": q}) + "\n" for n, (q, _) in enumerate(queries)))
        ingest(db, [str(feed)], jobs=1, cross_article=False)
        with db.engine.connect() as connection:
            claims = connection.exec_driver_sql(
                "SELECT min(c.id), c.text, a.title FROM claims c JOIN articles a ON a.id = c.article_id GROUP BY a.id"
            ).all()
        asked = [(claim_id, claim_text, int(title.split()[1])) for claim_id, claim_text, title in claims]
        every = [Candidate("source", sid, None, texts[index]) for sid, index in source_ids.items()]
        reader = sqlite_reader_at_head(str(path))
        assert reader is not None
        suggest_sources(reader, asked[0][0], limit=1)  # warm: the analysis modules are imported once
        started = time.perf_counter()
        indexed = [suggest_sources(reader, claim_id, limit=1) for claim_id, _, _ in asked]
        indexed_seconds = (time.perf_counter() - started) / len(asked)
        started = time.perf_counter()
        scanned = [rank_candidates(claim_text, every, limit=1) for _, claim_text, _ in asked]
        scanned_seconds = (time.perf_counter() - started) / len(asked)
        reader.close()
        db.dispose()
    truth = [texts[queries[n][1]] for _, _, n in asked]
    indexed_hits = sum(bool(r) and r[0].source_id is not None and texts[source_ids[r[0].source_id]] == t
                       for r, t in zip(indexed, truth))
    scanned_hits = sum(bool(r) and texts[source_ids[r[0][0].id]] == t for r, t in zip(scanned, truth))
    n = len(asked)
    print(f"store: {len(texts)} sources; {n} queries ingested as articles")
    print(f"suggest (sources from the index, sqlite3): {indexed_seconds * 1000:8.1f} ms/query  "
          f"top-1 {indexed_hits}/{n} = {indexed_hits / n:.0%}")
    print(f"every source ranked (before the index):    {scanned_seconds * 1000:8.1f} ms/query  "
          f"top-1 {scanned_hits}/{n} = {scanned_hits / n:.0%}")
    print(f"speed ratio (every source / through the index): {scanned_seconds / indexed_seconds:.1f}")


if __name__ == "__main__":
    main()
