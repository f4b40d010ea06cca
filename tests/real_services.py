"""The machine's real Redis, a real Celery worker and a real SMTP server on loopback, for tests that need them.

Locally, a test that needs Redis is skipped when Redis is not running; in CI (CI=true) it fails instead.
"""

import asyncio
import contextlib
import os
import signal
import socket
import subprocess
import sys
import threading
import time

import kombu.pools
import pytest
from aiosmtpd.controller import Controller
from celery.contrib.testing.worker import start_worker

from ccpcr.celery import app as celery_app


def require_redis():
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=1).close()
    except OSError:
        if os.environ.get("CI"):
            pytest.fail("Redis must be running on 127.0.0.1:6379 in CI")
        pytest.skip("Redis is not running on 127.0.0.1:6379")


class Mailbox:
    """Collects what the SMTP server receives. `refuse` first answers that many messages with a temporary
    error; `stall` makes the server hang before accepting a recipient until `release` is set."""

    def __init__(self, refuse=0, stall=False):
        self.messages = []
        self.received = threading.Event()
        self.refuse = refuse
        self.refused = 0
        self.stall = stall
        self.stalled = threading.Event()
        self.release = threading.Event()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802 - aiosmtpd hook
        if self.stall and not self.release.is_set():
            self.stalled.set()
            await asyncio.get_running_loop().run_in_executor(None, self.release.wait, 60)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
        if self.refused < self.refuse:
            self.refused += 1
            return "451 4.3.0 Mailbox busy, try again later"
        self.messages.append(envelope)
        self.received.set()
        return "250 Message accepted for delivery"


@contextlib.contextmanager
def smtp_server(**behaviour):
    mailbox = Mailbox(**behaviour)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield mailbox, port
    finally:
        controller.stop()


@contextlib.contextmanager
def celery_worker():
    """A Celery worker in this process, taking tasks from the real Redis broker (CELERY_BROKER_URL of the
    test settings). Tasks run eagerly in other tests; here they go through the broker."""
    celery_app.conf.task_always_eager = False
    try:
        celery_app.control.purge()  # nothing left over from an interrupted run
        with start_worker(celery_app, pool="solo", perform_ping_check=False, shutdown_timeout=10):
            yield
    finally:
        celery_app.conf.task_always_eager = True


@contextlib.contextmanager
def broker_at(url):
    """Publish tasks for real to `url` (e.g. a closed port, to play a broker that is down), then go back."""
    previous = celery_app.conf.broker_url
    _switch_broker(url)
    celery_app.conf.task_always_eager = False
    try:
        yield
    finally:
        celery_app.conf.task_always_eager = True
        _switch_broker(previous)


def _switch_broker(url):
    celery_app.conf.broker_url = url
    # Celery and kombu keep connection and producer pools made with the old URL; drop them.
    celery_app._pool = None
    celery_app.amqp._producer_pool = None
    kombu.pools.reset()


def require_postgresql(settings):
    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        if os.environ.get("CI"):
            pytest.fail("CI runs the tests on PostgreSQL")
        pytest.skip("a worker in another process needs a database server (set DATABASE_URL to PostgreSQL)")


@contextlib.contextmanager
def worker_process(settings, smtp_port):
    """`celery worker` in its own process, on the test database and the real Redis, mailing to `smtp_port`.
    Yields the process so a test can kill it."""
    database = settings.DATABASES["default"]
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.worker_settings",
        "WORKER_DATABASE_NAME": database["NAME"],
        "WORKER_SMTP_PORT": str(smtp_port),
        "TEST_CELERY_BROKER_URL": celery_app.conf.broker_url,
    }
    celery_app.conf.task_always_eager = False  # publish to Redis for that worker
    celery_app.control.purge()
    process = subprocess.Popen(  # noqa: S603 - our own interpreter and arguments
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "ccpcr",
            "worker",
            "--pool=solo",
            "--loglevel=warning",
            "--without-heartbeat",
            "--without-mingle",
            "--without-gossip",
        ],
        env=env,
        start_new_session=True,
    )
    try:
        yield process
    finally:
        celery_app.conf.task_always_eager = True
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


def kill(process):
    """Kill a worker the hard way, as the kernel's OOM killer or a pulled plug would."""
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()


def wait_until(condition, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False
