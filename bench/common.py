"""What the benchmarks share: their own database, Django set up for it, a fresh site, timing a page, the table.

Runs on var/bench.sqlite3, or BENCH_DATABASE_URL (e.g. a PostgreSQL database that may be emptied).
"""

import os
import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ccpcr.settings.test")
os.environ["DATABASE_URL"] = os.environ.get("BENCH_DATABASE_URL", f"sqlite:///{ROOT / 'var' / 'bench.sqlite3'}")


def ensure_database(url):
    """Create a PostgreSQL bench database that does not exist yet (a fresh machine has none)."""
    if not url.startswith("postgres"):
        return
    from urllib.parse import urlsplit

    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    with psycopg.connect(parts._replace(path="/postgres").geturl(), autocommit=True) as connection:
        if not connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            connection.execute(f'CREATE DATABASE "{name}"')


ensure_database(os.environ["DATABASE_URL"])

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, reset_queries  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

settings.ALLOWED_HOSTS = ["*"]
settings.MEDIA_ROOT = ROOT / "var" / "bench-media"
settings.PRIVATE_MEDIA_ROOT = ROOT / "var" / "bench-private"


def empty_database():
    """Drop everything in the bench database and migrate it again."""
    if connection.vendor == "sqlite":
        (ROOT / "var" / "bench.sqlite3").unlink(missing_ok=True)
    else:  # an empty schema, so migrations create the root page and groups again (flush would not)
        with connection.cursor() as cursor:
            cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
    call_command("migrate", verbosity=0)
    reset_queries()


def fresh_site():
    """An empty, migrated database with a home page as the default site's root; returns the home page."""
    empty_database()

    from wagtail.models import Page, Site

    from tests.factories import HomePageFactory

    root = Page.get_first_root_node()
    Page.objects.filter(depth=2).delete()
    root.refresh_from_db()
    home = HomePageFactory(parent=root)
    Site.objects.update_or_create(is_default_site=True, defaults={"hostname": "localhost", "root_page": home})
    return home


def mail_waits_for_a_worker():
    """Requests save and answer; notifications wait for a worker that is not there (as in production)."""
    from ccpcr.celery import app

    settings.CELERY_TASK_ALWAYS_EAGER = False
    app.conf.task_always_eager = False
    app.conf.broker_url = "memory://"


def measure(client, path, repeat=5, **request):
    """Queries of one request, and the median server time of `repeat` requests, after a warm-up. `request` goes
    to every `client.get` (e.g. `secure=True` under the production settings)."""
    client.get(path, **request)
    timings = []
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as queries:
            start = time.perf_counter()
            response = client.get(path, **request)
            timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (path, response.status_code)
    return len(queries), statistics.median(timings)


def timed(action, times):
    """Median and maximum milliseconds of `action(number)` run `times` times."""
    timings = []
    for number in range(times):
        start = time.perf_counter()
        action(number)
        timings.append((time.perf_counter() - start) * 1000)
    return f"{statistics.median(timings):.1f} / {max(timings):.1f}"


def print_table(title, rows):
    width = max(len(name) for name, _ in rows)
    print(f"\n{title} on {connection.vendor}\n")
    for name, value in rows:
        print(f"{name.ljust(width)}  {value}")
