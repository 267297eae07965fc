"""Source suggestions: speed and top-1 accuracy against brute-force rapidfuzz over every sentence.

Corpus: ../shared/data/bbc_news.jsonl, every article a candidate. Queries: sentences
taken from random articles with one word replaced and one dropped (a claim rarely
quotes its source exactly). A query is a hit when the top document has the text the
sentence came from (the corpus holds exact duplicates).

Baseline, measured in the same run: ``process.extractOne`` with ``token_set_ratio``
over all sentences of all articles (pre-split once, not timed), the obvious approach.
Goal: far better top-1 accuracy at a comparable speed (ratio >= 0.7; timings on a
shared machine vary by a third between runs, so compare the two lines of one run).

    python bench/suggest.py [--queries N] [--limit-articles N]
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
    args = parser.parse_args()
    with DATA.open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle if line.strip()]
    texts = texts[: args.limit_articles] if args.limit_articles else texts
    queries = reworded_queries(texts, args.queries)
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


if __name__ == "__main__":
    main()
