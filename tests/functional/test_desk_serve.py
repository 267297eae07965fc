"""``workbench serve``: the review screen over HTTP and a websocket (textual-serve), and in Chromium."""

from __future__ import annotations

import asyncio
import base64
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import REPO, SEED_ARTICLE

TITLE = "Senior Taliban Leader Meets Chinese Ambassador"
SCREENSHOT_COPY = os.environ.get("WORKBENCH_SERVE_SCREENSHOT")  # keep the screenshot to look at


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def served(tmp_path_factory):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("serve")
    target = str(folder / "desk.db")
    run = [sys.executable, "-c", "from workbench.cli import main; main()", "--db", target]
    subprocess.run([*run, "ingest", str(SEED_ARTICLE)], check=True, capture_output=True, cwd=REPO)
    port = free_port()
    env = {**os.environ, "WORKBENCH_CONFIG": str(folder / "none.toml")}
    server = subprocess.Popen([*run, "serve", "--port", str(port), "--reviewer", "ana"], cwd=folder, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(url + "/", timeout=2) as response:
                page = response.read().decode("utf-8")
            break
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                pytest.fail(f"workbench serve did not answer: {server.stdout.read().decode(errors='replace')}")
            time.sleep(0.3)
    yield url, page, folder
    os.killpg(server.pid, signal.SIGTERM)
    try:
        server.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait()


def test_the_page_answers_on_localhost(served):
    url, page, _ = served
    assert "<html" in page.lower()
    assert f"ws://{url.removeprefix('http://')}/ws" in page  # the terminal's websocket, on this server


def test_the_websocket_runs_the_review_screen(served):
    import aiohttp

    url, _, _ = served

    async def screen() -> str:
        seen = ""
        async with aiohttp.ClientSession() as session, session.ws_connect(f"{url}/ws?width=120&height=36") as ws:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                try:
                    message = await ws.receive(timeout=5)
                except asyncio.TimeoutError:
                    continue
                if message.type == aiohttp.WSMsgType.TEXT:
                    seen += message.data
                elif message.type == aiohttp.WSMsgType.BINARY:
                    seen += message.data.decode("utf-8", "replace")
                else:
                    break
                plain = re.sub(r"\x1b\[[0-9;?$]*[a-zA-Z]", "", seen)
                if TITLE[:20] in plain and "reviewer ana" in plain:
                    return plain
        return re.sub(r"\x1b\[[0-9;?$]*[a-zA-Z]", "", seen)

    plain = asyncio.run(screen())
    assert "reviewer ana" in plain and "Articles" in plain and "Claims" in plain
    assert TITLE[:20] in plain  # the articles list came from the database


async def chromium_screenshot(browser: str, url: str, out: Path, ready_js: str, timeout: float = 90) -> str:
    """Open ``url`` in headless Chromium (DevTools protocol), wait until ``ready_js`` is true, save a
    PNG screenshot to ``out`` and return the page's text. 3D APIs are off, so the terminal
    (xterm.js) draws with its DOM renderer and its text can be read back."""
    import json
    import tempfile

    import aiohttp

    port = free_port()
    profile = tempfile.mkdtemp(prefix="workbench-chromium-")
    process = subprocess.Popen(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-3d-apis", "--hide-scrollbars",
         "--no-first-run", f"--remote-debugging-port={port}", f"--user-data-dir={profile}",
         "--window-size=1280,800", "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/json", timeout=2) as response:
                    targets = json.load(response)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                await asyncio.sleep(0.3)
        page = next(target for target in targets if target["type"] == "page")
        async with aiohttp.ClientSession() as session, session.ws_connect(
            page["webSocketDebuggerUrl"], max_msg_size=0
        ) as ws:
            counter = 0

            async def call(method: str, **params: object) -> dict:  # type: ignore[type-arg]
                nonlocal counter
                counter += 1
                asked = counter
                await ws.send_json({"id": asked, "method": method, "params": params})
                while True:
                    message = json.loads((await ws.receive(timeout=timeout)).data)
                    if message.get("id") == asked:
                        return message.get("result", {})

            await call("Page.enable")
            await call("Page.navigate", url=url)
            while time.monotonic() < deadline:
                ready = await call("Runtime.evaluate", expression=ready_js, returnByValue=True)
                if ready.get("result", {}).get("value"):
                    break
                await asyncio.sleep(0.5)
            await asyncio.sleep(1.5)  # let the last frame paint
            shot = await call("Page.captureScreenshot", format="png")
            out.write_bytes(base64.b64decode(shot["data"]))
            text = await call("Runtime.evaluate", expression="document.body.innerText", returnByValue=True)
            return str(text.get("result", {}).get("value", ""))
    finally:
        process.terminate()
        process.wait(timeout=15)
        shutil.rmtree(profile, ignore_errors=True)


def test_headless_chromium_renders_the_review_screen(served, tmp_path):
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        pytest.skip("Chromium is not installed (Debian: apt-get install chromium)")
    url, _, _ = served
    shot = tmp_path / "review.png"
    ready = f"document.body.innerText.includes({TITLE[:20]!r})"
    text = asyncio.run(chromium_screenshot(browser, f"{url}/?fontsize=14", shot, ready))
    if SCREENSHOT_COPY:
        shutil.copy(shot, SCREENSHOT_COPY)
    assert "reviewer ana" in text and TITLE[:20] in text and "Claims" in text, text[:500]
    assert "a Attrib" in text  # the key bar of the review screen
    png = shot.read_bytes()
    assert png.startswith(b"\x89PNG") and len(png) > 40_000  # the splash alone is ~13 KB


def test_serve_defaults_to_localhost_and_warns_on_a_public_address(cli, monkeypatch, db_path):
    import textual_serve.server

    started: list[dict[str, object]] = []

    class Recording:
        def __init__(self, command: str, **options: object) -> None:
            started.append({"command": command, **options})

        def serve(self) -> None:
            pass

    monkeypatch.setattr(textual_serve.server, "Server", Recording)
    assert cli("serve").exit_code == 0
    assert started[0]["host"] == "127.0.0.1" and started[0]["port"] == 8000
    assert f"--db {db_path} review" in started[0]["command"]
    quiet = cli("serve", "--host", "localhost", "--port", "9001", "--reviewer", "ana")
    assert "warning" not in quiet.output and started[1]["command"].endswith("review --reviewer ana")  # type: ignore[union-attr]
    public = cli("serve", "--host", "0.0.0.0", "--public-url", "https://desk.example.org")
    assert "warning: serving on 0.0.0.0" in public.output and started[2]["public_url"] == "https://desk.example.org"
    assert cli("serve", "--port", "70000").exit_code == 2


def test_a_busy_port_is_one_line(cli):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        result = cli("serve", "--port", str(taken.getsockname()[1]))
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output and result.output.strip().splitlines()[-1].startswith("Error:")
