"""Playwright fixtures: Debian's Chromium, headless, against pytest-django's live server."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page, sync_playwright

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
# Without the background-networking flags Chromium tries to reach Google's hosts, which this closed
# network refuses; the rest keep a root, GPU-less CI machine happy.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (see .ci/run)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


class ConsoleErrors(list[str]):
    """Errors the page logged to the console or threw, collected as they happen."""

    def attach(self, page: Page) -> None:
        def on_console(message: ConsoleMessage) -> None:
            if message.type == "error":
                self.append(f"console: {message.text}")

        page.on("console", on_console)
        page.on("pageerror", lambda error: self.append(f"pageerror: {error}"))


@pytest.fixture
def console_errors() -> ConsoleErrors:
    return ConsoleErrors()


@pytest.fixture
def page(browser: Browser, live_server, console_errors: ConsoleErrors) -> Iterator[Page]:
    context = browser.new_context(base_url=live_server.url, viewport={"width": 390, "height": 844})
    context.set_default_timeout(10_000)
    page = context.new_page()
    console_errors.attach(page)
    yield page
    context.close()
    # Every browser test fails on what the Content-Security-Policy refused (an inline script or
    # style, an hx-on attribute), whether or not it checks the console itself.
    refused = [error for error in console_errors if "Content Security Policy" in error]
    assert not refused, "\n".join(refused)
