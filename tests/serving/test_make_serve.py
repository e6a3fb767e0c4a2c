"""`make serve` as a deployment runs it: gunicorn, DEBUG off, collected and compressed static files."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(url: str, **headers: str) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    tmp = tmp_path_factory.mktemp("serve")
    port = free_port()
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(tmp),
        "SECRET_KEY": "a-long-random-key-for-this-test-only-0123456789abcdefghijklmnop",
        "DATABASE_URL": f"sqlite:///{tmp / 'db.sqlite3'}",
        "STATIC_ROOT": str(tmp / "static"),
    }
    process = subprocess.Popen(
        ["make", "--no-print-directory", "serve", f"PORT={port}", "WORKERS=2"],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if process.poll() is not None:
                output = process.stdout.read().decode() if process.stdout else ""
                pytest.fail(f"make serve exited {process.returncode}:\n{output}")
            try:
                if get(f"{base}/healthz")[0] == 200:
                    break
            except OSError:
                pass
            time.sleep(0.5)
        else:
            pytest.fail("make serve did not answer /healthz within 120 s")
        yield base
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


def test_serves_pages_with_debug_off(server: str) -> None:
    status, headers, body = get(f"{server}/")
    assert status == 200
    assert headers.get("Server", "") == ""
    status, _, body = get(f"{server}/no-such-page/")
    assert status == 404
    assert b"Traceback" not in body
    assert b"URLconf" not in body  # Django's DEBUG 404 page names the URLconf


def test_static_files_are_hashed_compressed_and_cached_for_a_year(server: str) -> None:
    _, _, page = get(f"{server}/")
    css = re.search(rb'href="(/static/[^"]+\.[0-9a-f]{12}\.css)"', page)
    assert css, "the stylesheet's name carries a content hash"
    status, headers, _ = get(f"{server}{css.group(1).decode()}", **{"Accept-Encoding": "gzip"})
    assert status == 200
    assert headers["Content-Encoding"] == "gzip"
    assert "max-age=315360000" in headers["Cache-Control"]
    assert "immutable" in headers["Cache-Control"]
