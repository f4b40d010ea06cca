"""Notifications on the real path: Redis as broker, Celery workers, an SMTP server on loopback.

Never lost: a message saved while the broker is down goes out when it is back. Never twice: a worker
killed while sending, or an SMTP server that refuses at first, still ends with exactly one message.
"""

import pytest

from django.utils import timezone

from wagtail.contrib.forms.models import FormSubmission

from notifications.models import CLAIM_TIMEOUT, Notification
from notifications.tasks import sweep
from tests.factories import ContactPageFactory
from tests.reading import visible_text
from tests.real_services import (
    broker_at,
    celery_worker,
    kill,
    require_postgresql,
    require_redis,
    smtp_server,
    wait_until,
    worker_process,
)
from tests.test_contact import message

pytestmark = [pytest.mark.real_services, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

BROKER_DOWN = "redis://127.0.0.1:1/15"  # nothing listens on port 1


@pytest.fixture
def contact(home, settings):
    require_redis()
    return ContactPageFactory(parent=home)


def use_smtp(settings, port):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port


def test_contact_message_is_mailed_by_a_real_worker(client, contact, settings):
    with smtp_server() as (mailbox, port), celery_worker():
        use_smtp(settings, port)
        response = client.post(contact.url, message(message="Please call me about volunteering."))

        assert response.status_code == 200
        assert mailbox.received.wait(timeout=30), "the worker never delivered the message"

    # Read once the worker is done: on SQLite (in memory, shared between threads) a read here while the worker
    # claims the message would make its write fail with "table is locked".
    assert FormSubmission.objects.filter(page=contact).count() == 1
    delivered = mailbox.messages[0]
    assert delivered.rcpt_tos == ["info@ccpcr.org.kh"]
    assert b"Please call me about volunteering." in delivered.content


def test_a_message_sent_while_the_broker_is_down_goes_out_when_it_is_back(client, contact, settings):
    with smtp_server() as (mailbox, port):
        use_smtp(settings, port)
        with broker_at(BROKER_DOWN):
            response = client.post(contact.url, message())

        assert "Thank you, we will reply soon." in visible_text(response)
        assert FormSubmission.objects.filter(page=contact).count() == 1
        assert Notification.objects.get().status == Notification.Status.PENDING

        with celery_worker():  # the broker is back; beat's sweep finds what waited
            sweep.delay()
            assert mailbox.received.wait(timeout=30)
            assert wait_until(lambda: Notification.objects.get().status == Notification.Status.SENT)

    assert len(mailbox.messages) == 1


def test_an_smtp_server_that_refuses_at_first_gets_the_message_once(client, contact, settings):
    with smtp_server(refuse=1) as (mailbox, port), celery_worker():
        use_smtp(settings, port)
        client.post(contact.url, message())
        assert wait_until(lambda: Notification.objects.get().attempts == 1)
        notification = Notification.objects.get()
        assert wait_until(lambda: Notification.objects.get().last_error != "")
        notification.refresh_from_db()
        assert notification.status == Notification.Status.PENDING
        assert "451" in notification.last_error
        assert notification.next_attempt_at > timezone.now()

        Notification.objects.update(next_attempt_at=timezone.now())  # the back-off has passed
        sweep.delay()
        sweep.delay()  # two sweeps racing still send once
        assert mailbox.received.wait(timeout=30)
        assert wait_until(lambda: Notification.objects.get().status == Notification.Status.SENT)

    assert len(mailbox.messages) == 1
    assert mailbox.refused == 1


def test_a_worker_killed_while_sending_leaves_exactly_one_message(client, contact, settings):
    require_postgresql(settings)
    with smtp_server(stall=True) as (mailbox, port):
        use_smtp(settings, port)
        with worker_process(settings, port) as worker:
            client.post(contact.url, message())
            assert mailbox.stalled.wait(timeout=60), "the worker never started sending"
            kill(worker)  # mid-conversation with the SMTP server
        mailbox.release.set()

        notification = Notification.objects.get()
        assert notification.status == Notification.Status.SENDING and mailbox.messages == []

        # Later, the claim has timed out; beat's sweep hands the message to a new worker.
        Notification.objects.update(claimed_at=timezone.now() - CLAIM_TIMEOUT * 2)
        with worker_process(settings, port):
            sweep()
            assert mailbox.received.wait(timeout=60)
            assert wait_until(lambda: Notification.objects.get().status == Notification.Status.SENT)

    assert len(mailbox.messages) == 1
    assert Notification.objects.get().attempts == 2
