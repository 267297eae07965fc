"""Time expressions on TimeBank + AQUAINT (TBAQ): found and resolved, against dateparser.

For every gold DATE expression: *found* when one of our expressions overlaps its
span, *value* when that expression's TIMEX3 value equals the gold one (resolved
against the document creation time). The relative subset (no year in the
expression) is the one the news conventions decide. The baseline is dateparser's
``search_dates`` with the same reference date, scored the same way (its point in
time is formatted at the gold value's granularity, which favours it). Speed is
measured on the BBC corpus beside a scan with dateparser on a slice.

    python bench/temporal.py
"""

from __future__ import annotations

import json
import re
import sys
import time
from datetime import date, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
_WEEK_PAD = re.compile(r"W0(\d)")
DATA = REPO.parent / "shared" / "data"

from workbench.analysis.temporal import find_time_expressions  # noqa: E402


def read_jsonl(name: str) -> list[dict]:
    with (DATA / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def score_ours(records: list[dict]) -> tuple[int, int]:
    found = resolved = 0
    for record in records:
        times = find_time_expressions(record["text"], [], date.fromisoformat(record["dct"]))
        best = _best_overlap(times, record["start"], record["end"], lambda t: (t.start, t.end))
        if best is not None:
            found += 1
            resolved += _same_value(best.value, record["value"])
    return found, resolved


def score_dateparser(records: list[dict]) -> tuple[int, int]:
    from dateparser.search import search_dates

    found = resolved = 0
    for record in records:
        base = datetime.fromisoformat(record["dct"])
        hits = search_dates(record["text"], languages=["en"],
                            settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}) or []
        spans = []
        cursor = 0
        for text, when in hits:
            start = record["text"].find(text, cursor)
            if start >= 0:
                spans.append((start, start + len(text), when))
                cursor = start + len(text)
        best = _best_overlap(spans, record["start"], record["end"], lambda s: (s[0], s[1]))
        if best is not None:
            found += 1
            resolved += _same_value(_at_granularity(best[2], record["value"]), record["value"])
    return found, resolved


def _same_value(ours: str | None, gold: str) -> bool:
    """TBAQ writes weeks both ways ("2000-W8", "2000-W08")."""
    return ours is not None and _WEEK_PAD.sub(r"W\1", ours) == _WEEK_PAD.sub(r"W\1", gold)


def _at_granularity(when: datetime, gold: str) -> str:
    if len(gold) == 4 and gold.isdigit():
        return f"{when.year}"
    if len(gold) == 7 and gold[4] == "-" and gold[5:].isdigit():
        return f"{when.year}-{when.month:02d}"
    return when.date().isoformat()


def _best_overlap(items, start: int, end: int, span_of):
    best, best_overlap = None, 0
    for item in items:
        a, b = span_of(item)
        overlap = min(b, end) - max(a, start)
        if overlap > best_overlap:
            best, best_overlap = item, overlap
    return best


def main() -> None:
    import argparse

    argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter).parse_args()
    records = [r for r in read_jsonl("temporal_tbaq.jsonl") if r["type"] == "DATE"]
    relative = [r for r in records if not r["expr_has_year"]]
    print(f"TBAQ gold DATE expressions: {len(records)} ({len(relative)} without a year)")
    for label, subset in (("all DATE", records), ("no year", relative)):
        f, v = score_ours(subset)
        bf, bv = score_dateparser(subset)
        n = len(subset)
        print(f"  {label:9} found  ours {f / n:6.1%}   dateparser {bf / n:6.1%}   ratio {f / max(bf, 1):.2f}")
        print(f"  {label:9} value  ours {v / n:6.1%}   dateparser {bv / n:6.1%}   ratio {v / max(bv, 1):.2f}")

    bbc = [r["text"] for r in read_jsonl("bbc_news.jsonl")]
    size = sum(len(t.encode()) for t in bbc) / 1e6
    started = time.perf_counter()
    count = sum(len(find_time_expressions(t, [], date(2005, 3, 1))) for t in bbc)
    ours = size / (time.perf_counter() - started)
    from dateparser.search import search_dates

    sample = bbc[:40]
    sample_size = sum(len(t.encode()) for t in sample) / 1e6
    started = time.perf_counter()
    for text in sample:
        search_dates(text, languages=["en"], settings={"RELATIVE_BASE": datetime(2005, 3, 1)})
    theirs = sample_size / (time.perf_counter() - started)
    print(f"BBC speed: ours {ours:.1f} MB/s ({count} expressions in {size:.2f} MB), "
          f"dateparser {theirs:.2f} MB/s on {len(sample)} articles; ratio {ours / theirs:.0f}x")


if __name__ == "__main__":
    main()
