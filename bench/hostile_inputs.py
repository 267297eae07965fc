"""Each attack of issue 15 in its own ``workbench ingest`` process, beside a good article.

For every input: the exit status (goal 1), the error lines (goal exactly one, naming the
input), whether the good article beside it was stored (goal yes), wall time, and the
peak RSS of the process (goal under 300 MB). The baseline row ingests the good article
alone, so the attacks' memory can be read against it.

    python bench/hostile_inputs.py
"""

from __future__ import annotations

import json
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GOOD = REPO / "seeds" / "taliban-china-kabul.txt"
SENTENCE = "The council said on Monday that the budget for the new bridge rose by 12 percent last year. "


def attacks(folder: Path) -> tuple[list[tuple[str, list[str], str | None]], str]:
    """(name, ingest arguments, stdin file) for each case, and the deep JSON text."""
    def write(name: str, data: str | bytes) -> str:
        path = folder / name
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        return str(path)

    laughs = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'] + [
        f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    fifo = folder / "pipe.txt"
    os.mkfifo(fifo)
    sparse = folder / "sparse.txt"
    with sparse.open("wb") as handle:
        handle.truncate(10 * 1024**3)
    deep_json = '{"text": "x", "n": ' + "[" * 100_000 + "]" * 100_000 + "}\n"
    return [
        ("baseline: the good article alone", [], None),
        ("YAML billion laughs in published:", [write("laughs.md", "---\n" + "\n".join(laughs) + "\npublished: *a9\n---\nText.\n")], None),
        ("YAML flow collections 20k deep", [write("deep.md", "---\ntitle: " + "[" * 20_000 + "]" * 20_000 + "\n---\nText.\n")], None),
        ("/dev/zero", ["/dev/zero"], None),
        ("FIFO nobody writes to", [str(fifo)], None),
        ("10 GB sparse file", [str(sparse)], None),
        ("stdin: 60 MB of zeros", ["-"], "zeros"),
        ("JSON integer of 4,301 digits", [write("bigint.jsonl", '{"text": "x", "n": ' + "9" * 4301 + "}\n")], None),
        ("JSON arrays 100k deep", [write("deep.jsonl", deep_json)], None),
        ("JSON arrays 100k deep on stdin", ["-"], "deep"),
        ('"url": Infinity', [write("inf.jsonl", '{"text": "The mayor resigned.", "url": Infinity}\n')], None),
        ("50 MB single-line text file", [write("line.txt", SENTENCE * (50 * 1024 * 1024 // len(SENTENCE)))], None),
        ("article at the 0.5 MB limit", [write("half-mb.txt", "Budget\n" + SENTENCE * (500_000 // len(SENTENCE)))], None),
        ("UTF-16 file with BOM (stored: exit 0)", [str(folder / "utf16.txt")], None),
    ], deep_json


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        cases, deep_json = attacks(folder)
        # the UTF-16 case: rewrite it as UTF-16
        utf16 = folder / "utf16.txt"
        utf16.write_bytes(("Budget\n" + SENTENCE * 3).encode("utf-16"))
        (folder / "zeros").write_bytes(b"\0" * (60 * 1024 * 1024))
        (folder / "deep").write_text(deep_json, encoding="utf-8")
        print(f"{'input':<40} {'exit':>4} {'errors':>6} {'good stored':>11} {'seconds':>7} {'peak RSS':>9}  first error")
        for title, args, stdin in cases:
            db = folder / f"{abs(hash(title))}.db"
            command = [sys.executable, "-m", "workbench", "--db", str(db), "ingest", "--jobs", "1", *args, str(GOOD)]
            before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            started = time.perf_counter()
            with open(folder / stdin if stdin else os.devnull, "rb") as feed:
                done = subprocess.run(command, cwd=REPO, stdin=feed, capture_output=True, text=True, timeout=600)
            seconds = time.perf_counter() - started
            # ru_maxrss of children is the largest so far; a run that did not raise it used less
            peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            shown = f"{peak / 1024:.0f} MB" if peak > before else f"<= {before / 1024:.0f} MB"
            errors = [line for line in done.stderr.splitlines() if line.startswith("error:")]
            traceback = "Traceback" in done.stderr
            with sqlite3.connect(db) as connection:
                good = connection.execute("select count(*) from articles where origin = ?", (str(GOOD),)).fetchone()[0]
            first = (errors[0][:70] if errors else ("TRACEBACK" if traceback else ""))
            print(f"{title:<40} {done.returncode:>4} {len(errors):>6} {'yes' if good else 'NO':>11} {seconds:>7.1f} "
                  f"{shown:>9}  {first}", flush=True)


if __name__ == "__main__":
    main()
