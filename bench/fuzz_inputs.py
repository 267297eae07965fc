"""10,000 hostile inputs through ingest's readers and the CLI: 0 tracebacks, bounded memory.

The inputs are the families issue 15 was attacked with, drawn at random (seeded): JSON
nested up to 100k deep, integers up to 10k digits, NaN/Infinity and overflowing floats,
YAML "billion laughs" and 20k-deep flow collections in front matter, text in UTF-8/16/32
with and without byte order marks, random bytes, over-long lines, FIFOs, device
symlinks (/dev/zero, /dev/null), folders and dangling links named like articles.

All of them go through ``read_inputs`` (what ``ingest`` and ``source add`` read with);
every 50th batch of 100 also goes through ``workbench ingest`` and ``workbench source
add`` in-process (CliRunner). Prints inputs read, stored and refused, tracebacks (goal
0) and peak RSS (goal under 300 MB) beside the RSS of reading one ordinary article.

    python bench/fuzz_inputs.py [--count N] [--seed S]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import tempfile
import traceback
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from workbench.ingest.readers import Limits, ReadProblem, read_inputs  # noqa: E402

GOOD = "The council said on Monday that the bridge would close for repairs in May."
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "latin-1"]


def hostile(rng: random.Random, folder: Path, number: int) -> Path:
    kind = rng.choice(["nested", "number", "constant", "laughs", "deep-yaml", "encoding", "bytes", "long-line",
                       "fifo", "device", "folder", "dangling", "good"])
    name = folder / f"{number}-{kind}"
    record = {"text": GOOD, "title": f"Story {number}"}
    if kind == "nested":
        depth = rng.choice([10, 1000, 5000, 100_000])
        line = json.dumps(record)[:-1] + ', "x": ' + "[" * depth + "]" * depth + "}"
        return _write(name.with_suffix(".jsonl"), line)
    if kind == "number":
        line = json.dumps(record)[:-1] + f', "{rng.choice(["url", "n", "published"])}": ' + "9" * rng.choice([20, 4301, 10_000]) + "}"
        return _write(name.with_suffix(".jsonl"), line)
    if kind == "constant":
        value = rng.choice(["NaN", "Infinity", "-Infinity", "1e999", "-1e400"])
        return _write(name.with_suffix(".jsonl"), json.dumps(record)[:-1] + f', "url": {value}' + "}")
    if kind == "laughs":
        levels = rng.randint(2, 10)
        lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'] + [
            f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, levels)]
        return _write(name.with_suffix(".md"), "---\n" + "\n".join(lines) + f"\npublished: *a{levels - 1}\n---\n{GOOD}\n")
    if kind == "deep-yaml":
        depth = rng.choice([10, 40, 1000, 20_000])
        return _write(name.with_suffix(".md"), "---\ntitle: " + "[" * depth + "]" * depth + f"\n---\n{GOOD}\n")
    if kind == "encoding":
        path = name.with_suffix(rng.choice([".txt", ".jsonl"]))
        text = json.dumps(record) + "\n" if path.suffix == ".jsonl" else f"Headline\n{GOOD}\n"
        path.write_bytes(text.encode(rng.choice(ENCODINGS), errors="replace"))
        return path
    if kind == "bytes":
        path = name.with_suffix(rng.choice([".txt", ".jsonl", ".md", ".html"]))
        path.write_bytes(rng.randbytes(rng.randint(0, 4096)))
        return path
    if kind == "long-line":
        return _write(name.with_suffix(".jsonl"), json.dumps({"text": "word " * 30_000}))
    if kind == "fifo":
        path = name.with_suffix(".txt")
        os.mkfifo(path)
        return path
    if kind == "device":
        path = name.with_suffix(".txt")
        path.symlink_to(rng.choice(["/dev/zero", "/dev/null", "/dev/urandom"]))
        return path
    if kind == "folder":
        path = name.with_suffix(".txt")
        path.mkdir()
        return path
    if kind == "dangling":
        path = name.with_suffix(".md")
        path.symlink_to(folder / "nowhere")
        return path
    return _write(name.with_suffix(".txt"), f"Story {number}\n{GOOD} Officials said {number} roads shut.\n")


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=15)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    limits = Limits(input_bytes=1024 * 1024, article_bytes=64 * 1024)  # small, so the bench stays quick
    list(read_inputs([str(REPO / "seeds")]))
    baseline_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    from click.testing import CliRunner

    from workbench.cli import main as cli

    read = refused = tracebacks = cli_runs = 0
    with tempfile.TemporaryDirectory() as name:
        root = Path(name)
        for batch in range((args.count + 99) // 100):
            folder = root / f"batch{batch}"
            folder.mkdir()
            paths = [hostile(rng, folder, batch * 100 + i) for i in range(min(100, args.count - batch * 100))]
            for path in paths:
                try:
                    for item in read_inputs([str(path)], limits):
                        if isinstance(item, ReadProblem):
                            refused += 1
                            assert "\n" not in str(item)
                        else:
                            read += 1
                except BaseException:  # noqa: BLE001 - what this bench counts
                    tracebacks += 1
                    if tracebacks <= 3:
                        traceback.print_exc()
            if batch % 50 == 0:
                runner = CliRunner()
                db = str(root / "fuzz.db")
                for command in (["ingest", "--jobs", "1", "--max-size", "1", "--max-article-size", "0.0625",
                                 *map(str, paths)],
                                *(["source", "add", str(p)] for p in paths[:20])):
                    result = runner.invoke(cli, ["--db", db, *command])
                    cli_runs += 1
                    if result.exit_code not in (0, 1) or "Traceback" in result.output or (
                            result.exception and not isinstance(result.exception, SystemExit)):
                        tracebacks += 1
                        print(f"CLI {command[:2]}: exit {result.exit_code}: {result.output[-500:]}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"inputs: {args.count}; articles read: {read}; problems reported, one line each: {refused}; CLI runs: {cli_runs}")
    print(f"tracebacks: {tracebacks} (goal 0)")
    print(f"peak RSS: {peak:.0f} MB (goal < 300 MB); after reading the seed article alone: {baseline_rss:.0f} MB")


if __name__ == "__main__":
    main()
