"""HTML files and URLs: main text and metadata in, page furniture and failures out.

Pages are served by ``http.server`` on 127.0.0.1 in a thread; nothing leaves the machine.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from workbench.ingest.html import article_from_html
from workbench.ingest.readers import ReadProblem
from workbench.ingest.web import article_from_url, fetch_page
from workbench.store.articles import ArticleRecord

ARTICLE_SENTENCE = "Abdul Salam Hanafi met with the Chinese Ambassador to Afghanistan Wang Yu in Kabul on Tuesday"
PAGE = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Taliban leader meets Chinese envoy | Example News</title>
<meta property="og:title" content="Taliban leader meets Chinese envoy in Kabul">
<meta property="og:site_name" content="Example News">
<meta name="author" content="Jane Reporter">
<meta property="article:published_time" content="2021-08-31T09:00:00Z">
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World politics and diplomacy</a></li>
<li><a href="/sport">Sport results and fixtures</a></li><li><a href="/subscribe">Subscribe to our newsletter</a></li></ul></nav></header>
<main><article>
<h1>Taliban leader meets Chinese envoy in Kabul</h1>
<p>Kabul: {ARTICLE_SENTENCE}, a Taliban spokesperson said.</p>
<p>"They discussed the security of the Chinese embassy and diplomats, the current situation in Afghanistan,
bilateral relations and China's humanitarian assistance," the spokesperson wrote.</p>
<p>China has kept the embassy in Kabul open after the Taliban took control of the Afghan capital more than a week ago.</p>
<p>Share this story</p>
</article></main>
<aside><h2>Most read</h2><ul><li><a href="/a">Celebrity chef opens a new restaurant downtown</a></li></ul></aside>
<footer><p>Copyright 2021 Example News. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
<div id="cookie-banner" class="cookie-consent"><p>We use cookies to improve your experience on our site.</p>
<button>Accept all cookies</button></div>
</body></html>
"""
FURNITURE = ("Home", "World politics", "Sport results", "Subscribe", "Most read", "Celebrity chef", "Copyright",
             "Privacy", "cookies", "Share this story")


class _Handler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - keep test output clean
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        if self.path == "/slow.html":
            time.sleep(3)
        if self.path == "/no-type":
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"\x89PNG\r\n\x1a\n" + b"\x00" * 200)
            return
        super().do_GET()


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that gave up (timeout, size limit) breaks the pipe: expected here


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Base URL of a local server over a folder holding the test pages."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    root = tmp_path / "site"
    root.mkdir()
    (root / "story.html").write_text(PAGE, encoding="utf-8")
    (root / "slow.html").write_text(PAGE, encoding="utf-8")
    (root / "big.html").write_text(PAGE + "<p>" + "padding " * 40_000 + "</p>", encoding="utf-8")
    (root / "notes.txt").write_text("plain text, not a page\n", encoding="utf-8")
    server = _QuietServer(("127.0.0.1", 0), partial(_Handler, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _assert_clean_article(record: ArticleRecord | ReadProblem) -> ArticleRecord:
    assert isinstance(record, ArticleRecord), record
    assert ARTICLE_SENTENCE in record.body
    for furniture in FURNITURE:
        assert furniture not in record.body, furniture
    assert record.title == "Taliban leader meets Chinese envoy in Kabul"
    assert not record.body.startswith(record.title)
    assert (record.outlet, record.author, record.dateline) == ("Example News", "Jane Reporter", "Kabul")
    assert record.published is not None and record.published.isoformat() == "2021-08-31"
    return record


def test_html_text_is_the_article_without_page_furniture() -> None:
    _assert_clean_article(article_from_html(PAGE, "story.html"))


def test_a_page_without_article_text_is_a_problem() -> None:
    problem = article_from_html("<html><body><nav><a href='/'>Home</a></nav></body></html>", "empty.html")
    assert isinstance(problem, ReadProblem) and problem.origin == "empty.html"


def test_ingest_of_a_served_page_stores_the_article_only(site: str, cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("ingest", f"{site}/story.html")
    assert result.exit_code == 0, result.output
    (article,) = json.loads(cli("articles", "--json").stdout)
    assert article["title"] == "Taliban leader meets Chinese envoy in Kabul"
    assert article["outlet"] == "Example News"
    assert article["published"] == "2021-08-31"
    assert article["url"] == f"{site}/story.html"
    claims = json.loads(cli("claims", "--json").stdout)
    text = " ".join(c["text"] for c in claims)
    assert ARTICLE_SENTENCE in text
    for furniture in FURNITURE:
        assert furniture not in text, furniture


def test_ingest_of_an_html_file(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "story.html"
    path.write_text(PAGE, encoding="utf-8")
    assert cli("ingest", str(path)).exit_code == 0
    (article,) = json.loads(cli("articles", "--json").stdout)
    assert (article["title"], article["outlet"]) == ("Taliban leader meets Chinese envoy in Kabul", "Example News")


@pytest.mark.parametrize("command", [["ingest"], ["source", "add"]])
def test_a_404_url_exits_1_with_one_line_and_stores_nothing(site: str, cli, command: list[str]) -> None:  # type: ignore[no-untyped-def]
    result = cli(*command, f"{site}/missing.html")
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [f"error: {site}/missing.html: HTTP 404 Not Found"]
    assert "Traceback" not in result.output
    assert json.loads(cli("articles", "--json").stdout) == []
    assert json.loads(cli("source", "list", "--json").stdout) == []


def test_a_url_that_is_not_html_is_refused(site: str, cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("ingest", f"{site}/notes.txt")
    assert result.exit_code == 1
    assert result.stderr.strip() == f"error: {site}/notes.txt: not an HTML page (content type text/plain)"


def test_a_body_without_content_type_that_is_not_html_is_refused(site: str) -> None:
    problem = fetch_page(f"{site}/no-type")
    assert isinstance(problem, ReadProblem) and "not an HTML page" in problem.message


def test_a_page_over_the_size_limit_is_refused(site: str) -> None:
    problem = article_from_url(f"{site}/big.html", max_bytes=100_000)
    assert isinstance(problem, ReadProblem)
    assert problem.message.startswith("page is larger than 98 kB")


def test_a_slow_server_times_out(site: str) -> None:
    started = time.monotonic()
    problem = article_from_url(f"{site}/slow.html", timeout=0.5)
    assert isinstance(problem, ReadProblem) and problem.message == "timed out after 0.5s"
    assert time.monotonic() - started < 2.5


def test_nothing_listening_is_one_line(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("ingest", "http://127.0.0.1:9/story.html")
    assert result.exit_code == 1
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("error: http://127.0.0.1:9/story.html: cannot connect")


def test_source_add_from_a_url_keeps_the_page_metadata(site: str, cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("source", "add", f"{site}/story.html")
    assert result.exit_code == 0, result.output
    (source,) = json.loads(cli("source", "list", "--json").stdout)
    assert source["title"] == "Taliban leader meets Chinese envoy in Kabul"
    assert source["publisher"] == "Example News"
    assert source["url"] == f"{site}/story.html"
    assert source["published"] == "2021-08-31"
