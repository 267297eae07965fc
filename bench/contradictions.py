"""Planted contradictions found, and false alarms on look-alike pairs, through ingest and export.

Scores ``../shared/data/contradictions_dev.jsonl`` (48 wire-style articles nobody on the
project wrote: 40 planted conflicts, 121 consistent look-alike pairs) the way a user
meets the finder: ``workbench ingest`` into a fresh database, ``workbench export
--format jsonl``, then, for every planted pair, whether a conflict finding links a claim
overlapping phrase ``a`` with a claim overlapping phrase ``b``.

- found: a planted conflict linked by a finding of its kind (temporal/numeric);
  "any kind" also counts a finding of the other kind.
- false alarms: consistent pairs linked by any conflict finding.
- other findings: conflict findings that touch no labelled pair (read them: some are
  real conflicts the suite does not label, some are noise).

The previous version's figures (commit 2131eb6, before the event model) are printed
beside the new ones; they cannot be recomputed in this process because that code is gone.

Usage: python bench/contradictions.py [--data PATH] [--show-misses] [--show-alarms]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "contradictions_dev.jsonl"
CONFLICT_KINDS = {"temporal": "temporal_conflict", "numeric": "numeric_conflict"}
PREVIOUS = {"temporal": (0, 24), "numeric": (0, 16), "false_alarms": 0, "other": 0}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--show-alarms", action="store_true")
    args = parser.parse_args()
    if not args.data.exists():
        print(f"skipped: {args.data} not found")
        return 0
    records = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()]
    exported = _ingest_and_export(records)
    score = score_records(records, exported)
    _print(score, args)
    return 0


def _ingest_and_export(records: list[dict]) -> list[dict]:
    with tempfile.TemporaryDirectory() as folder:
        feed = Path(folder) / "dev.jsonl"
        with feed.open("w", encoding="utf-8") as out:
            for r in records:
                article = {"title": r["title"], "text": r["text"], "published": r["published"],
                           "outlet": r["outlet"], "url": f"https://example.invalid/{r['id']}"}
                out.write(json.dumps(article) + "\n")
        db = str(Path(folder) / "bench.db")
        workbench = [sys.executable, "-m", "workbench", "--db", db]
        for command in (["ingest", str(feed)], ["export", "--format", "jsonl"]):
            result = subprocess.run([*workbench, *command], capture_output=True)
            if result.returncode != 0:
                raise SystemExit(f"workbench {command[0]} failed: {result.stderr.decode(errors='replace').strip()}")
    return [json.loads(line) for line in result.stdout.decode("utf-8").splitlines() if line.strip()]


def score_records(records: list[dict], exported: list[dict]) -> dict:
    by_article: dict[str, list[dict]] = {}
    for row in exported:
        by_article.setdefault(row["article"]["url"].rsplit("/", 1)[-1], []).append(row)
    found: Counter[str] = Counter()
    found_any: Counter[str] = Counter()
    planted: Counter[str] = Counter()
    misses, alarms, others = [], [], []
    consistent_total = 0
    for record in records:
        rows = by_article.get(record["id"], [])
        links = _conflict_links(rows)
        labelled: set[tuple[int, int]] = set()
        for conflict in record["conflicts"]:
            planted[conflict["kind"]] += 1
            kinds = _kinds_between(record["text"], rows, links, conflict["a"], conflict["b"], labelled)
            if CONFLICT_KINDS[conflict["kind"]] in kinds:
                found[conflict["kind"]] += 1
            else:
                misses.append((record["id"], conflict))
            if kinds:
                found_any[conflict["kind"]] += 1
        # A finding that links a planted conflict is right even where a consistent pair
        # falls in the same two claims: only the other findings can be false alarms.
        planted_links = set(labelled)
        alarm_links = {pair: value for pair, value in links.items() if pair not in planted_links}
        for pair in record["consistent"]:
            consistent_total += 1
            if _kinds_between(record["text"], rows, alarm_links, pair["a"], pair["b"], labelled):
                alarms.append((record["id"], pair, _explanations(rows, alarm_links, record["text"], pair)))
        for key, (kind, explanation) in links.items():
            if key not in labelled:
                others.append((record["id"], kind, explanation))
    return {"found": found, "found_any": found_any, "planted": planted, "misses": misses, "alarms": alarms,
            "consistent": consistent_total, "others": others}


def _conflict_links(rows: list[dict]) -> dict[tuple[int, int, str], tuple[str, str]]:
    links = {}
    for row in rows:
        for finding in row["findings"]:
            if finding["kind"] in CONFLICT_KINDS.values():
                other = finding["with_claim_id"] if finding["with_claim_id"] is not None else row["claim_id"]
                pair = tuple(sorted((row["claim_id"], other)))
                links[(*pair, finding["kind"])] = (finding["kind"], finding["explanation"])
    return links


def _claims_over(text: str, rows: list[dict], phrase: str) -> set[int]:
    start = text.find(phrase)
    end = start + len(phrase)
    return {row["claim_id"] for row in rows if row["start"] < end and start < row["end"]}


def _kinds_between(text, rows, links, a, b, labelled: set) -> set[str]:
    left, right = _claims_over(text, rows, a), _claims_over(text, rows, b)
    kinds = set()
    for pair, (kind, _) in links.items():
        if (pair[0] in left and pair[1] in right) or (pair[1] in left and pair[0] in right):
            kinds.add(kind)
            labelled.add(pair)
    return kinds


def _explanations(rows, links, text, pair) -> list[str]:
    left, right = _claims_over(text, rows, pair["a"]), _claims_over(text, rows, pair["b"])
    return [e for (x, y, _), (_, e) in links.items() if {x, y} & left and {x, y} & right]


def _print(score: dict, args: argparse.Namespace) -> None:
    print(f"{'':28} {'previous':>10} {'now':>10}")
    total_found = total_planted = 0
    for kind in ("temporal", "numeric"):
        n, p = score["found"][kind], score["planted"][kind]
        total_found, total_planted = total_found + n, total_planted + p
        prev = PREVIOUS[kind]
        print(f"{kind + ' conflicts found':28} {f'{prev[0]}/{prev[1]}':>10} {f'{n}/{p}':>10}")
    prev_total = PREVIOUS["temporal"][0] + PREVIOUS["numeric"][0]
    print(f"{'all conflicts found':28} {f'{prev_total}/40':>10} {f'{total_found}/{total_planted}':>10}")
    any_kind = sum(score["found_any"].values())
    print(f"{'  ... by a finding of any kind':28} {'':>10} {f'{any_kind}/{total_planted}':>10}")
    alarms = len(score["alarms"])
    consistent = score["consistent"]
    print(f"{'false alarms (consistent)':28} {PREVIOUS['false_alarms']:>10} {f'{alarms}/{consistent}':>10}")
    print(f"{'other conflict findings':28} {PREVIOUS['other']:>10} {len(score['others']):>10}")
    print("goal: >= 34 of 40 found, <= 2 false alarms on the consistent pairs")
    if args.show_misses:
        print("\nmissed:")
        for article, conflict in score["misses"]:
            print(f"  {article} [{conflict['kind']}] {conflict['a']!r} / {conflict['b']!r}")
    if args.show_alarms:
        print("\nfalse alarms:")
        for article, pair, explanations in score["alarms"]:
            print(f"  {article} {pair['a']!r} / {pair['b']!r}")
            for e in explanations:
                print(f"      {e.splitlines()[0]}")
        print("\nother findings:")
        for article, kind, explanation in score["others"]:
            print(f"  {article} {kind}: {explanation.splitlines()[0]}")


if __name__ == "__main__":
    raise SystemExit(main())
