"""Inputs built to exhaust memory, hang, or crash the run: each is one line naming it, exit 1,
and the good file beside it is still stored (issue 15, "What failed" 1, 2 and 6)."""

from __future__ import annotations

import io
import json
import os
import signal
import sqlite3
import tracemalloc
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest

from tests.conftest import SEED_ARTICLE
from workbench.ingest.readers import Limits, ReadProblem, article_from_text, read_file, read_inputs

GOOD = "Dock workers returned on Monday, the union said.\n\nThe port reopened on Tuesday, officials said.\n"
BILLION_LAUGHS = (
    "---\n"
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    + "".join(f"{chr(98 + i)}: &{chr(98 + i)} [" + ",".join([f"*{chr(97 + i)}"] * 9) + "]\n" for i in range(8))
    + "published: *i\n---\n" + GOOD
)


def rows(db_path: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db_path) as connection:
        return connection.execute(sql).fetchall()


def errors(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [line for line in result.output.splitlines() if line.startswith("error:")]


@contextmanager
def within(seconds: float) -> Iterator[None]:
    """Fail instead of hanging the test suite (a FIFO nobody writes to blocks forever)."""

    def expired(*_: object) -> None:
        raise TimeoutError(f"still blocked after {seconds}s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def assert_one_line_and_good_stored(result, db_path: Path, bad_name: str, phrase: str) -> None:  # type: ignore[no-untyped-def]
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    bad = errors(result)
    assert len(bad) == 1, result.output
    assert bad_name in bad[0] and phrase in bad[0], bad[0]
    assert rows(db_path, "select count(*) from articles") == [(1,)]


# --- 1. one input exhausts memory or hangs ------------------------------------------------


def test_billion_laughs_front_matter_is_refused_without_expanding(cli, db_path, tmp_path):
    bomb = tmp_path / "laughs.md"
    bomb.write_text(BILLION_LAUGHS, encoding="utf-8")
    tracemalloc.start()
    try:
        problem = article_from_text(BILLION_LAUGHS, "laughs.md")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert isinstance(problem, ReadProblem) and "alias" in problem.message
    assert peak < 5 * 1024 * 1024  # 9**9 strings would be gigabytes
    result = cli("ingest", str(bomb), str(SEED_ARTICLE))
    assert_one_line_and_good_stored(result, db_path, "laughs.md", "alias")


def test_deep_yaml_flow_collections_are_refused(cli, db_path, tmp_path):
    deep = tmp_path / "deep.md"
    deep.write_text("---\ntitle: " + "[" * 20_000 + "]" * 20_000 + "\n---\n" + GOOD, encoding="utf-8")
    result = cli("ingest", str(deep), str(SEED_ARTICLE))
    assert_one_line_and_good_stored(result, db_path, "deep.md", "front matter")


def test_a_fifo_is_refused_by_name_without_blocking(cli, db_path, tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with within(20):
        result = cli("ingest", str(fifo), str(SEED_ARTICLE))
        assert_one_line_and_good_stored(result, db_path, "pipe.txt", "FIFO")
        # inside a folder too: it is named, not silently skipped and not opened
        folder = tmp_path / "feed"
        folder.mkdir()
        os.mkfifo(folder / "inbox.jsonl")
        (folder / "good.txt").write_text(GOOD, encoding="utf-8")
        result = cli("ingest", str(folder))
    assert result.exit_code == 1
    assert len(errors(result)) == 1 and "inbox.jsonl" in errors(result)[0] and "FIFO" in errors(result)[0]
    assert rows(db_path, "select count(*) from articles") == [(2,)]


def test_source_add_refuses_a_fifo_without_blocking(cli, tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with within(20):
        result = cli("source", "add", str(fifo))
    assert result.exit_code == 1
    assert len(errors(result)) == 1 and "FIFO" in errors(result)[0]


def test_dev_zero_is_refused_as_a_device(cli, db_path):
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    with within(20):
        result = cli("ingest", "/dev/zero", str(SEED_ARTICLE))
    assert_one_line_and_good_stored(result, db_path, "/dev/zero", "character device")


def test_a_huge_sparse_file_is_refused_by_size_and_the_limit_can_be_raised(cli, db_path, tmp_path):
    sparse = tmp_path / "huge.jsonl"
    with sparse.open("wb") as handle:
        handle.truncate(60 * 1024 * 1024)  # no blocks on disk; st_size says 60 MB
    # A feed streams a record at a time (any size); sixty megabytes of NUL are no feed.
    result = cli("ingest", str(sparse), str(SEED_ARTICLE))
    assert_one_line_and_good_stored(result, db_path, "huge.jsonl", "binary file")
    # a text file is one article: past four bytes a character of the article limit it is not even read
    sparse_text = tmp_path / "huge.txt"
    with sparse_text.open("wb") as handle:
        handle.truncate(60 * 1024 * 1024)
    result = cli("ingest", str(sparse_text))
    assert result.exit_code == 1 and "huge.txt" in errors(result)[0] and "--max-article-size" in errors(result)[0]
    small = tmp_path / "small.txt"
    small.write_text(GOOD * 40, encoding="utf-8")
    result = cli("ingest", "--max-size", "0.001", str(small))
    assert result.exit_code == 1 and "small.txt" in errors(result)[0] and "larger than" in errors(result)[0]
    assert cli("ingest", "--max-size", "1", str(small)).exit_code == 0


def test_a_file_that_lies_about_its_size_is_read_only_up_to_the_limit(tmp_path, monkeypatch):
    """st_size is not trusted: the read itself stops past the limit (a file still growing)."""
    path = tmp_path / "growing.txt"
    path.write_text("x" * 5000, encoding="utf-8")
    real_fstat = os.fstat

    class Shrunk:
        def __init__(self, result: os.stat_result) -> None:
            self._result = result
            self.st_size = 10

        def __getattr__(self, name: str) -> object:
            return getattr(self._result, name)

    monkeypatch.setattr(os, "fstat", lambda fd: Shrunk(real_fstat(fd)))
    (problem,) = read_file(path, Limits(input_bytes=1000))
    assert isinstance(problem, ReadProblem) and "larger than" in problem.message


class EndlessZeros(io.RawIOBase):
    """stdin as /dev/zero: never ends."""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        buffer[:] = b"\0" * len(buffer)
        return len(buffer)


def test_an_endless_stdin_stops_at_the_limit(monkeypatch):
    class Stdin:
        buffer = io.BufferedReader(EndlessZeros())

    monkeypatch.setattr("sys.stdin", Stdin)
    with within(20):
        (problem,) = read_inputs(["-"], Limits(input_bytes=256 * 1024))
    assert isinstance(problem, ReadProblem) and problem.origin == "<stdin>" and "larger than" in problem.message


def test_a_single_line_article_over_the_article_limit_is_refused(cli, db_path, tmp_path):
    long_line = tmp_path / "one-line.txt"
    long_line.write_text("The council said the budget rose. " * 70_000, encoding="utf-8")  # 2.4 MB
    result = cli("ingest", str(long_line), str(SEED_ARTICLE))
    assert_one_line_and_good_stored(result, db_path, "one-line.txt", "--max-article-size")


def test_a_jsonl_line_over_the_article_limit_is_named_by_line(cli, db_path, tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps({"text": GOOD}) + "\n" + json.dumps({"text": "x " * 1_200_000}) + "\n", encoding="utf-8"
    )
    result = cli("ingest", str(feed))
    assert result.exit_code == 1
    assert len(errors(result)) == 1 and "feed.jsonl:2" in errors(result)[0]
    assert rows(db_path, "select count(*) from articles") == [(1,)]


# --- 2. one malformed record crashes the whole run -----------------------------------------


@pytest.mark.parametrize(
    ("record", "phrase"),
    [
        ('{"text": "x", "n": ' + "9" * 4301 + "}", "digits"),
        ('{"text": "x", "n": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested too deeply"),
        ('{"text": "x", "url": Infinity}', "Infinity"),
        ('{"text": "x", "url": NaN}', "NaN"),
        ('{"text": "x", "url": 1e999}', "out of range"),
    ],
    ids=["4301-digit-int", "nested-100k", "infinity", "nan", "overflowing-float"],
)
def test_a_malformed_record_is_one_line_and_its_neighbours_are_stored(cli, db_path, tmp_path, record, phrase):
    feed = tmp_path / "feed.jsonl"
    good = json.dumps({"title": "Port strike ends", "text": GOOD})
    feed.write_text(good + "\n" + record + "\n", encoding="utf-8")
    result = cli("ingest", str(feed), str(SEED_ARTICLE))
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert len(errors(result)) == 1 and "feed.jsonl:2" in errors(result)[0] and phrase in errors(result)[0]
    assert rows(db_path, "select count(*) from articles") == [(2,)]
    # the same record through stdin
    result = cli("ingest", "-", input=record.encode())
    assert result.exit_code == 1 and "<stdin>:1" in errors(result)[0] and phrase in errors(result)[0]
    # and through source add
    source = tmp_path / "source.jsonl"
    source.write_text(record + "\n", encoding="utf-8")
    result = cli("source", "add", str(source))
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert len(errors(result)) == 1 and phrase in errors(result)[0]


def test_an_infinite_url_in_front_matter_is_refused_not_stored_as_inf(cli, db_path, tmp_path):
    article = tmp_path / "inf.md"
    article.write_text("---\nurl: .inf\n---\n" + GOOD, encoding="utf-8")
    result = cli("ingest", str(article))
    assert result.exit_code == 1 and "'url'" in errors(result)[0]
    assert rows(db_path, "select count(*) from articles") == [(0,)]


def test_a_structure_in_published_is_refused_by_field(cli, db_path, tmp_path):
    article = tmp_path / "listed.md"
    article.write_text("---\npublished: [2021, 8, 25]\n---\n" + GOOD, encoding="utf-8")
    result = cli("ingest", str(article))
    assert result.exit_code == 1 and "'published'" in errors(result)[0]


# --- 6. encodings --------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_files_with_a_byte_order_mark_are_ingested(cli, db_path, tmp_path, encoding):
    article = tmp_path / "bom.txt"
    data = GOOD.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    article.write_bytes(data)
    feed = tmp_path / "bom.jsonl"
    feed.write_bytes(json.dumps({"text": "The mayor resigned on Friday, aides said."}).encode("utf-16") + b"")
    result = cli("ingest", str(article), str(feed))
    assert result.exit_code == 0, result.output
    bodies = [body for (body,) in rows(db_path, "select body from articles order by id")]
    assert bodies[0].startswith("Dock workers returned on Monday") and "\x00" not in bodies[0]
    assert bodies[1] == "The mayor resigned on Friday, aides said."


def test_utf16_without_a_mark_is_still_refused_as_binary(tmp_path):
    article = tmp_path / "nobom.txt"
    article.write_bytes(GOOD.encode("utf-16-le"))
    (problem,) = read_file(article)
    assert isinstance(problem, ReadProblem) and "binary" in problem.message


# --- 2. failures isolated per article -------------------------------------------------------


def test_an_article_that_fails_to_store_costs_only_itself(db, tmp_path, monkeypatch):
    from workbench.ingest import runner

    folder = tmp_path / "in"
    folder.mkdir()
    for number in range(5):
        (folder / f"{number}.txt").write_text(f"Story {number} opens.\n\nThe council said {number} roads shut.\n")
    real_save = runner.save_article

    def save(session, record, *args, **kwargs):  # type: ignore[no-untyped-def]
        if record.origin.endswith("2.txt"):
            raise ValueError("a bug in storing")
        return real_save(session, record, *args, **kwargs)

    monkeypatch.setattr(runner, "save_article", save)
    summary = runner.ingest(db, [str(folder)], jobs=1)
    assert (summary.added, summary.failed) == (4, 1)
    assert len(summary.problems) == 1 and "2.txt" in summary.problems[0] and "a bug in storing" in summary.problems[0]
    with db.session() as session:
        assert session.execute(__import__("sqlalchemy").text("select count(*) from articles")).scalar() == 4


def test_an_analysis_that_raises_costs_only_its_article(db, tmp_path, monkeypatch):
    from workbench.ingest import runner

    folder = tmp_path / "in"
    folder.mkdir()
    for number in range(3):
        (folder / f"{number}.txt").write_text(f"Story {number} opens.\n\nThe council said {number} roads shut.\n")
    real = runner.prepare_article

    def prepare(body, published, *args):  # type: ignore[no-untyped-def]
        if "said 1 roads" in body:
            raise RecursionError("maximum recursion depth exceeded")
        return real(body, published, *args)

    monkeypatch.setattr(runner, "prepare_article", prepare)
    summary = runner.ingest(db, [str(folder)], jobs=1)
    assert (summary.added, summary.failed) == (2, 1)
    assert "1.txt" in summary.problems[0] and "analysis failed" in summary.problems[0]


def test_a_failed_ingest_reports_no_findings_from_rolled_back_batches(db, tmp_path, monkeypatch):
    """Two near-copies in one batch find each other; the batch then fails on the second, so the
    finding is rolled back: the summary must not count it, and none is stored."""
    from sqlalchemy import func, select

    from workbench.ingest import runner
    from workbench.store.models import FindingRow

    sentence = "Police said that three people were hurt when the old bridge over the river collapsed on Sunday."
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps({"title": "A", "text": sentence}) + "\n"
        + json.dumps({"title": "B", "text": sentence.replace("three", "five")}) + "\n",
        encoding="utf-8",
    )
    real_save = runner.save_article

    def save(session, record, *args, **kwargs):  # type: ignore[no-untyped-def]
        if record.title == "B":
            raise ValueError("disk trouble")
        return real_save(session, record, *args, **kwargs)

    monkeypatch.setattr(runner, "save_article", save)
    summary = runner.ingest(db, [str(feed)], jobs=1)
    assert (summary.added, summary.failed, summary.findings) == (1, 1, 0)
    assert "cross-article" not in summary.line()
    with db.session() as session:
        assert session.scalar(select(func.count(FindingRow.id)).where(FindingRow.kind != "temporal_conflict")) == 0


# --- 6. smaller ---------------------------------------------------------------------------


@pytest.mark.parametrize("as_json", [False, True], ids=["table", "json"])
def test_a_huge_article_id_is_one_line(cli, as_json):
    result = cli("claims", "--article", "99999999999999999999", *(["--json"] if as_json else []))
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert "99999999999999999999" in result.output and "range" in result.output
    for command in (["label", "99999999999999999999", "attributed"], ["export", "--article", "99999999999999999999"],
                    ["suggest", "99999999999999999999"], ["link", "1", "99999999999999999999", "--stance", "supports"]):
        result = cli(*command)
        assert result.exit_code == 2 and "Traceback" not in result.output, command
