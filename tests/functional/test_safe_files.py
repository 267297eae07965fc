"""Files written safely, and the database refusing what it cannot honour (issue 15, items 4-8):
exports through symlinks and into devices, fsync, full disks, backups, embeddable ClaimReview,
schemas from the future, and redirects kept where the user pointed."""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import stat
import threading
from functools import partial
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator

import pytest
from sqlalchemy import update

from tests.conftest import SEED_ARTICLE
from workbench.store.models import Article, Claim

HOSTILE = ['</script><script>alert(1)</script>', "</SCRIPT >", "<!-- x", "a & b > c", "\u2028line\u2029para"]


def errors(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [line for line in result.output.splitlines() if line.startswith("Error:") or line.startswith("error:")]


@pytest.fixture
def stored(cli, db_path):  # type: ignore[no-untyped-def]
    """The sample article, with hostile text in a labelled claim, its title and outlet."""
    assert cli("ingest", str(SEED_ARTICLE)).exit_code == 0
    from workbench.store import open_database

    db = open_database(str(db_path))
    with db.write() as session:
        ids = [c.id for c in session.query(Claim).order_by(Claim.id)]
        session.execute(update(Article).values(title=HOSTILE[0], outlet=HOSTILE[1], url="https://x.example/?a=1&b=<2>"))
        for claim_id, text in zip(ids, HOSTILE):
            session.execute(update(Claim).where(Claim.id == claim_id).values(
                text=text, label="reported", reviewer=HOSTILE[2], note=HOSTILE[3]))
    db.dispose()
    return ids


# --- 4. export -o through symlinks and devices, fsync, full disk ---------------------------


def test_export_writes_through_a_symlink_to_its_target(cli, stored, tmp_path):
    real = tmp_path / "reports" / "review.csv"
    real.parent.mkdir()
    real.write_text("stale\n", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    result = cli("export", "-o", str(link))
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text(encoding="utf-8").startswith("article_id,")
    assert not [p for p in real.parent.iterdir() if p.name.endswith(".part")]
    dangling = tmp_path / "new-link.csv"
    dangling.symlink_to(tmp_path / "reports" / "fresh.csv")
    assert cli("export", "-o", str(dangling)).exit_code == 0
    assert dangling.is_symlink() and (tmp_path / "reports" / "fresh.csv").read_text().startswith("article_id,")


def test_export_fsyncs_the_file_and_its_folder_before_and_after_the_rename(cli, stored, tmp_path, monkeypatch):
    calls: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        calls.append("fsync-dir" if stat.S_ISDIR(os.fstat(fd).st_mode) else "fsync-file")
        real_fsync(fd)

    def replace(src, dst):  # type: ignore[no-untyped-def]
        calls.append("rename")
        real_replace(src, dst)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    assert cli("export", "-o", str(tmp_path / "out.csv")).exit_code == 0
    assert calls == ["fsync-file", "rename", "fsync-dir"]


def test_export_to_dev_full_says_disk_full_and_leaves_the_device(cli, stored):
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    before = os.stat("/dev/full")
    result = cli("export", "-o", "/dev/full")
    assert result.exit_code == 1
    assert len(errors(result)) == 1 and "disk full" in errors(result)[0] and "Traceback" not in result.output
    after = os.stat("/dev/full")
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev and after.st_ino == before.st_ino


def test_export_refuses_a_folder_and_a_fifo_without_a_reader(cli, stored, tmp_path):
    result = cli("export", "-o", str(tmp_path))
    assert result.exit_code != 0 and "Traceback" not in result.output
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    result = cli("export", "-o", str(fifo))
    assert result.exit_code == 1 and "no reader" in errors(result)[0]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "html"])
def test_export_on_a_full_disk_is_one_line_and_keeps_the_old_file(cli, stored, tmp_path, monkeypatch, fmt):
    import workbench.export as export

    target = tmp_path / "review.out"
    target.write_text("the old report\n", encoding="utf-8")
    real_write = export._write

    def full_disk(db, fmt, out, *args):  # type: ignore[no-untyped-def]
        out.write("half a report")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(export, "_write", full_disk)
    result = cli("export", "--format", fmt, "-o", str(target))
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert len(errors(result)) == 1 and "disk full" in errors(result)[0] and "unchanged" in errors(result)[0]
    assert target.read_text(encoding="utf-8") == "the old report\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".review.out")] == []
    assert real_write is not None


def test_db_backup_on_a_full_disk_is_one_line_and_leaves_no_file(cli, stored, tmp_path, monkeypatch):
    from workbench.store import backup

    def full_disk(db, path):  # type: ignore[no-untyped-def]
        Path(path).write_bytes(b"")  # the 0-byte start a real full disk leaves
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backup, "_backup_into", full_disk)
    target = tmp_path / "copy.db"
    result = cli("db", "backup", str(target))
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert len(errors(result)) == 1 and "disk full" in errors(result)[0]
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".copy.db")] == []

    def enospc(db, path):  # type: ignore[no-untyped-def]
        Path(path).write_bytes(b"")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup, "_backup_into", enospc)
    result = cli("db", "backup", str(target))
    assert result.exit_code == 1 and "disk full" in errors(result)[0] and not target.exists()


def test_db_backup_still_copies(cli, stored, tmp_path):
    target = tmp_path / "copy.db"
    result = cli("db", "backup", str(target))
    assert result.exit_code == 0, result.output
    with sqlite3.connect(target) as connection:
        assert connection.execute("select count(*) from claims").fetchone()[0] == len(stored)


# --- 6. ClaimReview safe to embed ---------------------------------------------------------


class _Scripts(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[str] = []
        self._inside = False

    def handle_starttag(self, tag: str, attrs: object) -> None:
        self._inside = tag == "script"
        if self._inside:
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        self._inside = False

    def handle_data(self, data: str) -> None:
        if self._inside:
            self.scripts[-1] += data


def test_claimreview_on_hostile_data_embeds_in_a_page_and_parses_back(cli, stored):
    result = cli("export", "--format", "claimreview")
    assert result.exit_code == 0
    text = result.stdout
    assert "</script" not in text.lower() and "<" not in text and ">" not in text and "&" not in text
    assert "\u2028" not in text and "\u2029" not in text
    reviews = json.loads(text)
    assert sorted(r["claimReviewed"] for r in reviews) == sorted(HOSTILE)
    from workbench.export.claimreview import embeddable_json

    # the exported file as it is, and each review lifted out alone
    page = f'<html><body><script type="application/ld+json">{text}</script>' + "".join(
        f'<script type="application/ld+json">{embeddable_json(r)}</script>' for r in reviews
    ) + "<p>after</p></body></html>"
    parser = _Scripts()
    parser.feed(page)
    assert [json.loads(s) for s in parser.scripts] == [reviews, *reviews]
    assert reviews[0]["itemReviewed"]["appearance"]["url"] == "https://x.example/?a=1&b=<2>"


# --- 7. schema from the future --------------------------------------------------------------


@pytest.mark.parametrize("command", [["articles"], ["articles", "--json"], ["claims"], ["claims", "--json"],
                                     ["db", "upgrade"], ["export"], ["ingest", str(SEED_ARTICLE)]])
def test_a_database_from_a_newer_workbench_is_one_line_and_no_backup(cli, db_path, stored, command):
    with sqlite3.connect(db_path) as connection:
        connection.execute("update alembic_version set version_num = 'ffff'")
    result = cli(*command)
    assert result.exit_code == 1 and "Traceback" not in result.output
    (line,) = errors(result)
    assert "newer workbench (revision ffff)" in line and "upgrade the workbench" in line
    assert [p.name for p in db_path.parent.iterdir() if ".bak" in p.name] == []
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("select version_num from alembic_version").fetchall() == [("ffff",)]


# --- 8. redirects -----------------------------------------------------------------------------


class _Redirects(BaseHTTPRequestHandler):
    targets: dict[str, str] = {}

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass

    def do_GET(self) -> None:  # noqa: N802
        if self.path in self.targets:
            self.send_response(302)
            self.send_header("Location", self.targets[self.path])
            self.end_headers()
            return
        body = (b"<html><head><title>Port strike ends</title></head><body><article><p>Dock workers returned on "
                b"Monday, the union said.</p><p>The port reopened on Tuesday, officials said.</p></article></body></html>")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def _serve(handler: type) -> tuple[ThreadingHTTPServer, str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


@pytest.fixture
def servers(monkeypatch) -> Iterator[tuple[str, str]]:  # type: ignore[no-untyped-def]
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    first, first_url = _serve(type("Redirects", (_Redirects,), {"targets": {}}))
    other, other_url = _serve(_Redirects)
    first.RequestHandlerClass.targets.update({
        "/same": "/story.html",
        "/other-port": f"{other_url}/story.html",
        "/scheme": "ftp://127.0.0.1/story.html",
        "/https": f"https://127.0.0.1:{first.server_address[1]}/story.html",
    })
    yield first_url, other_url
    for server in (first, other):
        server.shutdown()
        server.server_close()


def test_redirects_stay_within_the_scheme_and_the_address_asked_for(servers, cli, db_path):
    from workbench.ingest.web import fetch_page

    first, _other = servers
    page = fetch_page(f"{first}/same")
    assert not hasattr(page, "message"), page
    assert page.url == f"{first}/story.html"
    for path, phrase in (("/other-port", "loopback or private"), ("/scheme", "scheme"), ("/https", "scheme")):
        result = cli("ingest", f"{first}{path}")
        assert result.exit_code == 1 and "Traceback" not in result.output
        (line,) = errors(result)
        assert f"{first}{path}" in line and "refused" in line and phrase in line, line
    assert sqlite3.connect(db_path).execute("select count(*) from articles").fetchone() == (0,)


def test_redirect_rules():
    import httpx

    from workbench.ingest.web import redirect_problem

    public = httpx.URL("https://news.example/a")
    assert redirect_problem(public, httpx.URL("https://news.example/b")) is None
    assert redirect_problem(public, httpx.URL("https://93.184.216.34/b")) is None  # another public host
    assert "scheme" in redirect_problem(public, httpx.URL("http://news.example/b"))
    for internal in ("https://127.0.0.1/x", "https://localhost:8080/x", "https://10.0.0.5/x", "https://[::1]/x",
                     "https://169.254.169.254/latest/meta-data", "https://192.168.1.1/"):
        assert "private" in redirect_problem(public, httpx.URL(internal)), internal
    local = httpx.URL("http://127.0.0.1:8000/a")
    assert redirect_problem(local, httpx.URL("http://127.0.0.1:8000/b")) is None
    assert "private" in redirect_problem(local, httpx.URL("http://127.0.0.1:9000/b"))
