"""The public site under load: `make bench` (after careers and volunteers). Prints figures; asserts nothing.

1. Seeds the bench database (PostgreSQL, BENCH_DATABASE_URL): the bilingual demo content, grown to 10 news
   articles and 10 vacancies in each language and 100 applications; counts the queries of every page.
2. Grows it in bulk (bench/bulk.py) to 10,000 articles in each language (20,000 pages, indexed for search),
   200 vacancies in each language and 50,000 applications; counts the queries again and times the HR list.
3. Serves it with gunicorn and the production settings, once without the page cache (PAGE_CACHE_SECONDS=0) and
   once with it (600), and loads each page over loopback with wrk (8 connections, 10 s) beside a static file
   served by the same server, the ceiling.
4. Runs Lighthouse (mobile preset) on a Khmer article served by the cached server.
5. Prints the table and the targets, each PASS or FAIL.

`--lighthouse` runs only step 4 (seeding the demo content first if the database has none).
`--again [--only TEXT]` runs only step 3 without the page cache, on the data an earlier full run left, for the
pages whose name contains TEXT: a quick way to see what a change to the code does to the uncached figures.
Queries are counted in this process, through Django's test client, with the production settings and the page
cache off, so every page really asks the database.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote, urlsplit

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
VAR = ROOT / "var"
BIN = Path(sys.executable).parent
DATABASE_URL = os.environ.setdefault("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/ccpcr_bench")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/3")
PORT = int(os.environ.get("BENCH_PORT", "8701"))
# The sizes of the issue; smaller ones (e.g. BENCH_ARTICLES=100) make a quick trial run of the harness.
ARTICLES = int(os.environ.get("BENCH_ARTICLES", "10000"))
VACANCIES = int(os.environ.get("BENCH_VACANCIES", "200"))
APPLICATIONS = int(os.environ.get("BENCH_APPLICATIONS", "50000"))
ENGLISH_WORD, KHMER_WORD = "children", "កុមារ"
# As in production (README): sync workers, (2 × cores) + 1 of them, gunicorn's own rule. Each request goes to
# whichever worker is free. A sync worker closes the connection after each response, as behind the proxy,
# so wrk connects again each time (on loopback, a fraction of a millisecond). Keep-alive workers (gthread, 4
# processes × 2 threads) gave more requests a second but a p95 of 1.5 to 2.7 times the p50 against 1.3 to 1.4
# here: a kept-alive connection stays with one process, and when three of the eight land on a worker with
# two threads, one waits. BENCH_GUNICORN overrides, to compare.
GUNICORN = os.environ.get("BENCH_GUNICORN", "--worker-class sync --workers 5").split()
WRK_SECONDS, WARM_SECONDS = int(os.environ.get("BENCH_WRK_SECONDS", "10")), 3

# The production settings, as a server would have them (every required value set; nothing is mailed).
PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "ccpcr.settings.production",
    "DJANGO_SECRET_KEY": "bench-only-not-a-secret-" + "x" * 32,
    "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
    "DATABASE_URL": DATABASE_URL,
    "CELERY_BROKER_URL": REDIS_URL,
    "EMAIL_URL": "smtp://127.0.0.1:2525",
    "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{PORT}",
    "SECURE_SSL_REDIRECT": "false",
    "STATIC_ROOT": str(VAR / "bench-static"),
    "MEDIA_ROOT": str(VAR / "bench-media"),
    "PRIVATE_MEDIA_ROOT": str(VAR / "bench-private"),
    "LOG_LEVEL": "WARNING",
}
# This process: the same, but its own cache, no page cache (queries are what we count) and Celery tasks run
# in place (seed_demo publishes its Khmer pages through wagtail-localize's jobs).
IN_PROCESS = {"CACHE_URL": "locmemcache://", "PAGE_CACHE_SECONDS": "0", "CELERY_TASK_ALWAYS_EAGER": "true"}
os.environ.update(PRODUCTION)
os.environ.update(IN_PROCESS)

STARTED = time.monotonic()


def python_reference_ms():
    """How long a fixed piece of pure Python takes here (best of five), to compare the figures of machines."""
    timings = []
    for _ in range(5):
        started = time.perf_counter()
        sum(number * number for number in range(3_000_000))
        timings.append((time.perf_counter() - started) * 1000)
    return min(timings)


def progress(message):
    print(f"[{time.monotonic() - STARTED:6.0f} s] {message}", flush=True)


if not DATABASE_URL.startswith("postgres"):
    sys.exit("bench/public_site.py runs on PostgreSQL, as production does: set BENCH_DATABASE_URL=postgres://…")

from common import empty_database, measure  # noqa: E402  (sets Django up with the settings above)

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402


class Site:
    """The pages the benchmark visits, found in the demo content, and how to grow the content around them."""

    def __init__(self):
        from wagtail.models import Locale

        from careers.models import VacancyIndexPage, VacancyPage
        from pages.models import HomePage, NewsIndexPage, NewsPage

        self.en, self.km = Locale.objects.get(language_code="en"), Locale.objects.get(language_code="km")
        self.news = {locale: NewsIndexPage.objects.get(locale=locale) for locale in (self.en, self.km)}
        self.careers = {locale: VacancyIndexPage.objects.get(locale=locale) for locale in (self.en, self.km)}
        english = list(NewsPage.objects.exact_type(NewsPage).filter(locale=self.en).order_by("path").specific())
        self.article_pairs = [(page, page.get_translation(self.km).specific) for page in english]
        vacancy = VacancyPage.objects.filter(locale=self.en).order_by("path").first()
        self.vacancy_pair = (vacancy, vacancy.get_translation(self.km))
        khmer_article = self.article_pairs[0][1]
        self.paths = {
            "home page (en)": HomePage.objects.get(locale=self.en).url,
            "home page (km)": HomePage.objects.get(locale=self.km).url,
            "news index (en)": self.news[self.en].url,
            "news index, page 500 (en)": f"{self.news[self.en].url}?page=500",
            "news article (km)": khmer_article.url,
            "vacancy index (en)": self.careers[self.en].url,
            "vacancy (en)": vacancy.url,
            f"search '{ENGLISH_WORD}' (en)": f"/en/search/?q={ENGLISH_WORD}",
            f"search '{KHMER_WORD}' (km)": f"/km/search/?q={quote(KHMER_WORD)}",
        }
        self.khmer_article = khmer_article.url
        self.oldest_demo_date = min(page.date for page, _ in self.article_pairs)

    def article_count(self):
        from pages.models import NewsPage

        return NewsPage.objects.filter(locale=self.en).count()

    def grow_articles(self, total):
        """Articles in each language up to `total`, older than the demo's, copies of its articles in turn."""
        import datetime

        from bulk import index_pages

        from pages.models import NewsPage

        start = self.article_count()
        count = total - start
        if count <= 0:
            return
        pairs = self.article_pairs

        def fields(n, language):
            number = start + n + 1
            source = pairs[n % len(pairs)][0 if language == "en" else 1]
            return {
                "title": f"{source.title} ({number})",
                "slug": f"{source.slug}-{number}",
                "date": self.oldest_demo_date - datetime.timedelta(days=(start + n) // 3 + 1),
            }

        english = self._clone_in_turn(pairs, 0, self.news[self.en], count, lambda n: fields(n, "en"))
        keys = dict(NewsPage.objects.filter(pk__in=english).values_list("pk", "translation_key"))
        khmer = self._clone_in_turn(
            pairs, 1, self.news[self.km], count, lambda n: fields(n, "km"), [keys[pk] for pk in english]
        )
        index_pages(NewsPage, english + khmer)

    def grow_vacancies(self, total):
        """Vacancies in each language up to `total`: one in five open, the others closed in the past."""
        import datetime

        from bulk import clone_pages, index_pages

        from django.utils import timezone

        from careers.models import VacancyPage

        start = VacancyPage.objects.filter(locale=self.en).count()
        count = total - start
        if count <= 0:
            return
        today = timezone.localdate()

        def fields(n, source):
            number = start + n + 1
            closing = today + datetime.timedelta(days=30 + n % 30) if n % 5 == 0 else today - datetime.timedelta(n + 1)
            return {"title": f"{source.title} ({number})", "slug": f"{source.slug}-{number}", "closing_date": closing}

        english_source, khmer_source = self.vacancy_pair
        english = clone_pages(english_source, self.careers[self.en], count, lambda n: fields(n, english_source))
        keys = dict(VacancyPage.objects.filter(pk__in=english).values_list("pk", "translation_key"))
        khmer = clone_pages(
            khmer_source, self.careers[self.km], count, lambda n: fields(n, khmer_source), [keys[pk] for pk in english]
        )
        index_pages(VacancyPage, english + khmer)

    @staticmethod
    def _clone_in_turn(pairs, side, parent, count, fields_for, translation_keys=None):
        """clone_pages for each template in turn (copy n comes from template n % len), keeping the order."""
        from bulk import clone_pages

        pks = [None] * count
        for number, pair in enumerate(pairs):
            positions = list(range(number, count, len(pairs)))
            if not positions:
                continue
            made = clone_pages(
                pair[side],
                parent,
                len(positions),
                lambda k, positions=positions: fields_for(positions[k]),
                [translation_keys[p] for p in positions] if translation_keys else None,
            )
            for position, pk in zip(positions, made, strict=True):
                pks[position] = pk
        return pks


def count_queries(site, client):
    """Queries of one request (after a warm-up) and the median in-process time, for every page."""
    figures = {}
    for name, path in site.paths.items():
        figures[name] = measure(client, path, secure=True)
    return figures


def hr_client():
    """A test client logged in as HR staff, with a second factor recorded in the session as allauth does, so
    the production settings' staff checks pass as they would for a real login."""
    from allauth.mfa.models import Authenticator

    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    hr, _ = get_user_model().objects.get_or_create(username="bench-hr", defaults={"email": "hr@bench.example"})
    hr.groups.add(Group.objects.get(name="HR"))
    Authenticator.objects.get_or_create(user=hr, type=Authenticator.Type.TOTP, defaults={"data": {"secret": "x"}})
    client = Client()
    client.force_login(hr)
    session = client.session
    session["account_authentication_methods"] = [
        {"method": "password", "at": time.time(), "email": hr.email},
        {"method": "mfa", "at": time.time(), "type": "totp"},
    ]
    session["account_authentication_methods_user"] = str(hr.pk)
    session.save()
    return client, session.session_key


class Server:
    """gunicorn serving the site with the production settings on 127.0.0.1."""

    def __init__(self, page_cache_seconds):
        self.page_cache_seconds = page_cache_seconds
        self.log = VAR / f"bench-gunicorn-cache-{page_cache_seconds}.log"
        self.process = None

    def __enter__(self):
        import redis

        redis.Redis.from_url(REDIS_URL).flushdb()
        environment = {key: value for key, value in os.environ.items() if key not in IN_PROCESS}
        environment.update(PRODUCTION, CACHE_URL=REDIS_URL, PAGE_CACHE_SECONDS=str(self.page_cache_seconds))
        self.process = subprocess.Popen(  # noqa: S603  (our own command line, nothing from outside)
            [
                str(BIN / "gunicorn"),
                "bench.media_wsgi:application",
                "--bind",
                f"127.0.0.1:{PORT}",
                *GUNICORN,
                "--log-level",
                "warning",
                "--error-logfile",
                str(self.log),
            ],
            cwd=ROOT,
            env=environment,
        )
        deadline = time.monotonic() + 60
        while True:
            try:
                fetch("/en/")
                return self
            except (OSError, urllib.error.URLError):
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"gunicorn did not answer; see {self.log}") from None
                time.sleep(0.5)

    def __exit__(self, *exc):
        self.process.terminate()
        self.process.wait(timeout=30)

    def wait_until_idle(self, timeout=120):
        """Let the workers finish what wrk left queued (slow pages keep them busy after wrk stops), so that
        one run's backlog is not measured as the next page's latency."""
        deadline = time.monotonic() + timeout
        before = self.cpu_seconds()
        while time.monotonic() < deadline:
            time.sleep(0.5)
            now = self.cpu_seconds()
            if now - before < 0.05:
                return
            before = now

    def cpu_seconds(self):
        """CPU time used so far by gunicorn's master and workers."""
        total = 0
        for entry in Path("/proc").iterdir():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except (OSError, IndexError):
                continue
            if entry.name == str(self.process.pid) or fields[1] == str(self.process.pid):
                total += int(fields[11]) + int(fields[12])
        return total / os.sysconf("SC_CLK_TCK")


HEADERS = {"Host": "127.0.0.1", "X-Forwarded-Proto": "https", "Accept-Encoding": "gzip, br"}


def fetch(path, headers=None):
    request = urllib.request.Request(f"http://127.0.0.1:{PORT}{path}", headers={**HEADERS, **(headers or {})})
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310  (our own server on loopback)
        return response.status, dict(response.headers), response.read()


def wrk(path, seconds=WRK_SECONDS, connections=8, headers=None):
    """requests/s, p50 and p95 (ms) of `connections` connections for `seconds`."""
    command = [
        shutil.which("wrk") or "/usr/bin/wrk",
        "-t2" if connections > 1 else "-t1",
        f"-c{connections}",
        f"-d{seconds}s",
        "--timeout",
        "10s",
    ]
    command += ["--latency", "-s", str(BENCH / "wrk_report.lua")]
    for name, value in {**HEADERS, **(headers or {})}.items():
        command += ["-H", f"{name}: {value}"]
    output = subprocess.run(  # noqa: S603
        [*command, f"http://127.0.0.1:{PORT}{path}"], capture_output=True, text=True, check=True
    ).stdout
    report = json.loads(next(line for line in output.splitlines() if line.startswith("{")))
    return {
        "rate": report["requests"] / (report["duration_us"] / 1e6),
        "p50": report["p50_us"] / 1000,
        "p95": report["p95_us"] / 1000,
        "errors": report["bad_status"] + report["socket_errors"],
    }


def load(server, paths, label, headers=None, connections=8):
    """wrk on every path: each one answers 200 first, then a warm-up, then the measured run. Notes the machine's
    load average before each run (other work on the machine shows there) and whether the page cache served it."""
    figures = {}
    for name, path in paths.items():
        status, _headers, _body = fetch(path, headers)
        if status != 200:
            raise RuntimeError(f"{path} answered {status}")
        wrk(path, WARM_SECONDS, connections, headers)
        server.wait_until_idle()
        machine_load = os.getloadavg()[0]
        result = figures[name] = wrk(path, connections=connections, headers=headers)
        server.wait_until_idle()
        result["load"] = machine_load
        result["cache"] = fetch(path, headers)[1].get("X-Page-Cache", "")
        progress(
            f"  {label:9} {name:26} {result['rate']:7.0f} req/s  p50 {result['p50']:6.1f}  p95 {result['p95']:6.1f} ms"
            f"  (load average {machine_load:.1f}{', page cache ' + result['cache'] if result['cache'] else ''})"
        )
    return figures


def static_path():
    manifest = json.loads((Path(settings.STATIC_ROOT) / "staticfiles.json").read_text())
    return settings.STATIC_URL + manifest["paths"]["css/site.css"]


LIGHTHOUSE_ATTEMPTS = 3


def lighthouse(url, runs=3):
    """Lighthouse's mobile preset (simulated throttling) on `url`, `runs` times: the median run's scores and its
    failing audits. Installs Lighthouse into var/lighthouse with npm the first time."""
    prefix = VAR / "lighthouse"
    binary = prefix / "node_modules" / ".bin" / "lighthouse"
    chrome = os.environ.get("CHROME_PATH") or shutil.which("chromium") or shutil.which("google-chrome")
    if not chrome or not shutil.which("npm"):
        return None, "Lighthouse skipped: it needs chromium (CHROME_PATH) and npm"
    if not binary.exists():
        progress("installing Lighthouse with npm into var/lighthouse")
        subprocess.run(  # noqa: S603
            [
                shutil.which("npm"),
                "install",
                "--silent",
                "--no-audit",
                "--no-fund",
                "--prefix",
                str(prefix),
                "lighthouse@12",
            ],
            check=True,
        )
    flags = "--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update "
    flags += "--disable-sync"
    reports = []
    for run in range(runs):
        output = VAR / f"bench-lighthouse-{run}.json"
        # Lighthouse now and then fails to record the page load ("NO_NAVSTART ... Please run Lighthouse
        # again"): a run is tried again, and only one that fails every time ends the Lighthouse check, not
        # the benchmark, whose table is printed all the same.
        for attempt in range(1, LIGHTHOUSE_ATTEMPTS + 1):
            finished = subprocess.run(  # noqa: S603
                [
                    str(binary),
                    url,
                    "--only-categories=performance,accessibility",
                    "--output=json",
                    f"--output-path={output}",
                    f"--chrome-flags={flags}",
                    "--quiet",
                ],
                env={**os.environ, "CHROME_PATH": chrome},
                check=False,
            )
            if finished.returncode == 0:
                break
            progress(f"  Lighthouse run {run + 1} failed (exit status {finished.returncode}), try {attempt}")
        else:
            return None, f"FAIL  Lighthouse failed {LIGHTHOUSE_ATTEMPTS} times in a row on {url}: see its output above"
        reports.append(json.loads(output.read_text()))
        progress(f"  Lighthouse run {run + 1}: performance {score(reports[-1], 'performance')}")
    reports.sort(key=lambda report: score(report, "performance"))
    return reports[len(reports) // 2], [score(report, "performance") for report in reports]


def score(report, category):
    return round(report["categories"][category]["score"] * 100)


def failing_audits(report):
    """(category, weighed in the score?, audit title, what it found) for every audit below a full score."""
    found = []
    for category in ("performance", "accessibility"):
        for reference in report["categories"][category]["auditRefs"]:
            audit = report["audits"][reference["id"]]
            if audit["score"] is not None and audit["score"] < 1:
                found.append((category, reference["weight"] > 0, audit["title"], audit.get("displayValue", "")))
    return found


def print_lighthouse(url, report, performance_runs):
    print(f"\nLighthouse 12, mobile preset (simulated slow 4G and 4× CPU slowdown), {url}\n")
    print(
        f"performance    {score(report, 'performance')}  (runs: {', '.join(map(str, performance_runs))}; median shown)"
    )
    print(f"accessibility  {score(report, 'accessibility')}")
    metrics = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift"]
    print(
        "metrics        "
        + ", ".join(f"{report['audits'][m]['title']} {report['audits'][m]['displayValue']}" for m in metrics)
    )
    failing = failing_audits(report)
    for category, weighed, title, value in failing:
        kind = "scored" if weighed else "diagnostic, not in the score"
        print(f"  below full score ({category}, {kind}): {title} {value}".rstrip())
    if not failing:
        print("  no audit below full score")
    target_a11y = score(report, "accessibility") == 100
    target_perf = score(report, "performance") >= 90
    print(f"{'PASS' if target_a11y else 'FAIL'}  accessibility 100 on a Khmer article")
    print(f"{'PASS' if target_perf else 'FAIL'}  performance ≥ 90 on a Khmer article (mobile preset)")


def lighthouse_only():
    from pages.models import NewsPage

    call_command("collectstatic", interactive=False, verbosity=0)
    if not NewsPage.objects.exists():
        progress("seeding the demo content")
        call_command("seed_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
    site = Site()
    Client().get(site.khmer_article, secure=True)  # its image renditions, made before the server starts
    with Server(page_cache_seconds=600):
        fetch(site.khmer_article)  # in the page cache, as it would be for most visitors
        url = f"http://127.0.0.1:{PORT}{site.khmer_article}"
        report, runs = lighthouse(url)
    if report is None:
        print(runs)
    else:
        print_lighthouse(url, report, runs)


def load_again(only):
    """The uncached load alone, on the data a full run seeded (nothing is emptied or seeded)."""
    site = Site()
    if site.article_count() < ARTICLES:
        sys.exit(f"--again needs the data of a full run: {site.article_count():,} articles of {ARTICLES:,}")
    call_command("collectstatic", interactive=False, verbosity=0)
    everything = {**site.paths, "static file (site.css)": static_path()}
    paths = {name: path for name, path in everything.items() if only in name}
    progress(f"this machine's speed: a fixed piece of pure Python took {python_reference_ms():.0f} ms")
    progress(f"gunicorn {' '.join(GUNICORN)}, PAGE_CACHE_SECONDS=0: wrk -c8 -d{WRK_SECONDS}s per page")
    with Server(page_cache_seconds=0) as server:
        load(server, paths, "uncached")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lighthouse", action="store_true", help="only the Lighthouse run")
    parser.add_argument("--no-lighthouse", action="store_true", help="everything but the Lighthouse run")
    parser.add_argument("--again", action="store_true", help="only the uncached load, on an earlier run's data")
    parser.add_argument("--only", default="", help="with --again: the pages whose name contains this")
    options = parser.parse_args()
    if options.lighthouse:
        return lighthouse_only()
    if options.again:
        return load_again(options.only)

    progress("collectstatic into var/bench-static")
    call_command("collectstatic", interactive=False, verbosity=0, clear=True)
    progress(f"emptying and migrating {urlsplit(DATABASE_URL).path.lstrip('/')}, then seed_demo")
    empty_database()
    started = time.monotonic()
    call_command("seed_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
    seed_demo_seconds = time.monotonic() - started
    site = Site()
    from bulk import add_applications

    site.grow_articles(10)
    site.grow_vacancies(10)
    add_applications(100)
    client = Client()
    progress("counting queries at 10 articles and 10 vacancies in each language, 100 applications")
    small = count_queries(site, client)
    hr, session_key = hr_client()
    hr_small = measure(hr, "/admin/careers_application/", secure=True)

    progress(f"growing to {ARTICLES:,} articles in each language ({2 * ARTICLES:,} pages), in bulk")
    started = time.monotonic()
    site.grow_articles(ARTICLES)
    articles_seconds = time.monotonic() - started
    started = time.monotonic()
    site.grow_vacancies(VACANCIES)
    add_applications(APPLICATIONS)
    careers_seconds = time.monotonic() - started
    progress(f"  articles written and indexed in {articles_seconds:.0f} s")
    progress(f"  vacancies and applications in {careers_seconds:.0f} s")
    progress("checking the bulk pages: they render, and search finds them")
    checks = verify(site, client)
    # Explicitly: the database may run without autovacuum (this machine's does), and the bulk indexing leaves a
    # dead row behind for every search index entry it rewrote.
    progress("VACUUM ANALYZE, as autovacuum would soon after such an insert; counting queries again")
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    large = count_queries(site, client)
    hr_large = measure(hr, "/admin/careers_application/", secure=True)

    paths = {**site.paths, "static file (site.css)": static_path()}
    runs = {}
    for label, seconds in (("uncached", 0), ("cached", 600)):
        progress(f"gunicorn {' '.join(GUNICORN)}, PAGE_CACHE_SECONDS={seconds}: wrk -c8 -d{WRK_SECONDS}s per page")
        with Server(page_cache_seconds=seconds) as server:
            runs[label] = load(server, paths, label)
            if label == "uncached":
                cookie = {"Cookie": f"{settings.SESSION_COOKIE_NAME}={session_key}"}
                hr_list = {"HR list": "/admin/careers_application/"}
                hr_http = load(server, hr_list, "HR", cookie, connections=1)["HR list"]
            elif not os.environ.get("BENCH_NO_LIGHTHOUSE") and not options.no_lighthouse:
                progress("Lighthouse on the Khmer article (3 runs)")
                url = f"http://127.0.0.1:{PORT}{site.khmer_article}"
                lighthouse_result = (url, *lighthouse(url))

    print_report(
        paths,
        runs,
        small,
        large,
        seeding=(seed_demo_seconds, articles_seconds, careers_seconds),
        checks=checks,
        hr=(hr_small, hr_large, hr_http),
    )
    if "lighthouse_result" in locals():
        url, report, performance_runs = lighthouse_result
        if report is None:
            print(f"\n{performance_runs}")
        else:
            print_lighthouse(url, report, performance_runs)
    progress("done")


def verify(site, client):
    """A bulk article in each language renders with its title, and search finds the bulk pages."""
    from wagtail.models import Page

    from pages.models import NewsPage

    found = []
    for locale in (site.en, site.km):
        page = NewsPage.objects.filter(locale=locale, slug__endswith=f"-{ARTICLES}").get()
        response = client.get(page.url, secure=True)
        assert response.status_code == 200 and page.title in response.content.decode(), page.url
    for word, locale in ((ENGLISH_WORD, site.en), (KHMER_WORD, site.km)):
        found.append((word, Page.objects.live().filter(locale=locale).search(word).count()))
    return found


def print_report(paths, runs, small, large, seeding, checks, hr):
    print(f"\nPublic site benchmark on PostgreSQL, gunicorn {' '.join(GUNICORN)}, wrk -t2 -c8 -d{WRK_SECONDS}s")
    print(f"page cache: PAGE_CACHE_SECONDS=600 (cached) and 0 (uncached); {page_cache_note()}")
    demo, articles, careers = seeding
    print(
        f"seeding: demo content {demo:.0f} s; {ARTICLES:,} articles × 2 languages in bulk, indexed, {articles:.0f} s; "
        f"{VACANCIES} vacancies × 2 and {APPLICATIONS:,} applications {careers:.0f} s"
    )
    print("search finds: " + "; ".join(f"'{word}' {count:,} pages" for word, count in checks))
    print(
        f"queries @10: 10 articles and 10 vacancies in each language; @{ARTICLES:,}: {ARTICLES:,} articles and "
        f"{VACANCIES} vacancies\n"
    )
    header = [
        "page",
        "cached req/s",
        "p50 ms",
        "p95 ms",
        "uncached req/s",
        "p50 ms",
        "p95 ms",
        "queries @10",
        f"queries @{ARTICLES:,}",
        f"in-process ms @10 → @{ARTICLES:,}",
    ]
    rows = []
    for name in paths:
        cached, uncached = runs["cached"][name], runs["uncached"][name]
        rows.append(
            [
                name,
                f"{cached['rate']:.0f}",
                f"{cached['p50']:.1f}",
                f"{cached['p95']:.1f}",
                f"{uncached['rate']:.0f}",
                f"{uncached['p50']:.1f}",
                f"{uncached['p95']:.1f}",
                str(small[name][0]) if name in small else "–",
                str(large[name][0]) if name in large else "–",
                f"{small[name][1]:.0f} → {large[name][1]:.0f}" if name in large else "–",
            ]
        )
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, ["-" * width for width in widths], *rows]:
        print("  ".join(cell.ljust(widths[0]) if i == 0 else cell.rjust(widths[i]) for i, cell in enumerate(row)))
    pages = [name for name in paths if name in large]
    errors = [f"{name} ({label})" for label in runs for name, r in runs[label].items() if r["errors"]]
    if errors:
        print(f"\nnon-2xx answers or socket errors during: {', '.join(errors)}")
    not_kept = [name for name in pages if runs["cached"][name]["cache"] != "hit"]
    if not_kept:
        print(f"\nnot served from the page cache on the cached server: {', '.join(not_kept)}")
    loads = [r["load"] for label in runs for r in runs[label].values()]
    print(f"\n1-minute load average of the machine before the runs: {min(loads):.1f} to {max(loads):.1f} on 2 cores")
    print(f"this machine's speed: a fixed piece of pure Python took {python_reference_ms():.0f} ms")

    hr_small, hr_large, hr_http = hr
    print(f"\nHR application list (/admin/careers_application/) at {APPLICATIONS:,} applications")
    print(f"  queries: {hr_small[0]} at 100 applications, {hr_large[0]} at {APPLICATIONS:,}")
    print(f"  server time in process: median {hr_large[1]:.1f} ms (100 applications: {hr_small[1]:.1f} ms)")
    print(
        f"  over HTTP, 1 client: p50 {hr_http['p50']:.1f} ms, p95 {hr_http['p95']:.1f} ms ({hr_http['rate']:.0f} req/s)"
    )
    print("\nTargets")
    changed = [f"{name} {small[name][0]} → {large[name][0]}" for name in pages if small[name][0] != large[name][0]]
    verdict(
        not changed, f"queries per page identical at 10 and {ARTICLES:,} articles", "; ".join(changed) or "all equal"
    )
    static_rate = runs["cached"]["static file (site.css)"]["rate"]
    slow = [
        f"{name} {runs['cached'][name]['rate']:.0f}" for name in pages if runs["cached"][name]["rate"] < static_rate / 2
    ]
    verdict(
        not slow,
        f"cached pages ≥ half the static file's rate ({static_rate:.0f} / 2 = {static_rate / 2:.0f} req/s)",
        "below: " + "; ".join(slow) if slow else "all at or above",
    )
    late = [f"{name} {runs['uncached'][name]['p95']:.0f} ms" for name in pages if runs["uncached"][name]["p95"] >= 150]
    verdict(
        not late,
        "uncached pages p95 < 150 ms at 8 clients on 2 cores",
        "over: " + "; ".join(late) if late else "all under",
    )


def verdict(passed, target, detail):
    print(f"{'PASS' if passed else 'FAIL'}  {target}: {detail}")


def page_cache_note():
    if hasattr(settings, "PAGE_CACHE_SECONDS"):
        return "the setting exists"
    return "NOTE: settings have no PAGE_CACHE_SECONDS yet, so 'cached' runs without a page cache"


if __name__ == "__main__":
    sys.exit(main())
