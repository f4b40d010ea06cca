"""The machine's real Redis, a real Celery worker and a real SMTP server on loopback, for tests that need them.

Locally, a test that needs Redis is skipped when Redis is not running; in CI (CI=true) it fails instead.
"""

import contextlib
import os
import socket
import threading

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
    """Collects what the SMTP server receives."""

    def __init__(self):
        self.messages = []
        self.received = threading.Event()

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
        self.messages.append(envelope)
        self.received.set()
        return "250 Message accepted for delivery"


@contextlib.contextmanager
def smtp_server():
    mailbox = Mailbox()
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
