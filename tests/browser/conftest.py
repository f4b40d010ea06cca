"""Real-browser tests: Debian's Chromium driven by Playwright against pytest-django's live server.

Playwright's own browser download cannot run here, so the tests launch the system's Chromium
(`.ci/run` installs it). Locally, without /usr/bin/chromium, they are skipped; in CI they fail instead.
"""

import os
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright

from django.conf import settings
from django.db import connections
from django.test import Client

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
# Without the networking switches Chromium keeps calling Google's services, which a closed network answers
# with nothing but time-outs.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TIMEOUT_MS = 15_000


@pytest.fixture
def browser(live_server):
    """Chromium, started for one test and closed before its database is emptied.

    Playwright's sync API marks its event loop as running in this thread while it is started. Django then
    treats the thread as async: it refuses database calls unless DJANGO_ALLOW_ASYNC_UNSAFE is set, and it
    keeps the thread's connections apart from the ones made outside the loop. So the browser lives only for
    the test's body: the database is set up and emptied on the usual connection, the body's own connection
    is closed before the browser stops, and no test after these ones meets a running loop.
    """
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail(f"Chromium must be installed at {CHROMIUM} in CI")
        pytest.skip(f"Chromium is not installed at {CHROMIUM}")
    with pytest.MonkeyPatch.context() as patch, sync_playwright() as playwright:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
        connections.close_all()


@pytest.fixture
def context(browser, live_server):
    """A fresh browser profile (no cookies) pointed at the live server."""
    context = browser.new_context(base_url=live_server.url, viewport={"width": 1280, "height": 900})
    context.set_default_timeout(TIMEOUT_MS)
    expect.set_options(timeout=TIMEOUT_MS)
    yield context
    context.close()


@pytest.fixture
def page(context):
    return context.new_page()


@pytest.fixture
def sign_in(context, live_server):
    """Give the browser a person's session, as if they had logged in (staff need no second factor in tests)."""

    def sign_in(user):
        client = Client()
        client.force_login(user)
        session = client.cookies[settings.SESSION_COOKIE_NAME].value
        context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": live_server.url}])

    return sign_in
