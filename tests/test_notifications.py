"""The outbox: one row per event, sent once, retried with back-off, swept up when something was lost."""

from datetime import timedelta
from smtplib import SMTPServerDisconnected
from unittest import mock

import pytest

from django.core import mail
from django.utils import timezone

from notifications.models import CLAIM_TIMEOUT, Notification
from notifications.services import notify, render
from notifications.tasks import deliver, sweep

CONTACT = {"page_title": "Contact us", "subject": "", "fields": [["Message", "<b>Hello</b>"]]}


def contact_notification(key="contact-submission:1", language="en", **fields):
    return Notification.objects.create(
        key=key,
        template="pages/contact_submission",
        to="info@ccpcr.org.kh",
        language=language,
        context=CONTACT,
        **fields,
    )


def test_notify_records_once_per_key_and_sends_after_commit(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        notify("pages/contact_submission", to="a@example.org", language="en", key="k:1", context=CONTACT)
        notify("pages/contact_submission", to="a@example.org", language="en", key="k:1", context=CONTACT)

    assert Notification.objects.count() == 1
    assert len(callbacks) == 1
    assert len(mail.outbox) == 1
    assert Notification.objects.get().status == Notification.Status.SENT


def test_nothing_is_queued_when_the_change_is_rolled_back(db, django_capture_on_commit_callbacks):
    from django.db import transaction

    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        notify("pages/contact_submission", to="a@example.org", language="en", key="k:2", context=CONTACT)
        raise RuntimeError("the application could not be saved")
    assert callbacks == [] and not Notification.objects.exists()


def test_a_task_delivered_twice_sends_once(db):
    notification = contact_notification()
    deliver(notification.pk)
    deliver(notification.pk)
    assert len(mail.outbox) == 1
    notification.refresh_from_db()
    assert notification.status == Notification.Status.SENT and notification.attempts == 1


def test_a_refused_send_waits_longer_each_time_then_goes(db):
    notification = contact_notification()
    with mock.patch("django.core.mail.backends.locmem.EmailBackend.send_messages", side_effect=SMTPServerDisconnected):
        deliver(notification.pk)
        notification.refresh_from_db()
        first_wait = notification.next_attempt_at - timezone.now()
        Notification.objects.filter(pk=notification.pk).update(next_attempt_at=timezone.now())
        deliver(notification.pk)
        notification.refresh_from_db()
        second_wait = notification.next_attempt_at - timezone.now()

    assert notification.status == Notification.Status.PENDING and notification.attempts == 2
    assert timedelta(seconds=20) < first_wait < second_wait
    assert mail.outbox == []
    Notification.objects.filter(pk=notification.pk).update(next_attempt_at=timezone.now())
    assert sweep() == 1
    assert len(mail.outbox) == 1


def test_sweep_picks_up_due_and_abandoned_rows_only(db):
    due = contact_notification("a")
    contact_notification("later", next_attempt_at=timezone.now() + timedelta(minutes=5))
    abandoned = contact_notification(
        "abandoned", status=Notification.Status.SENDING, claimed_at=timezone.now() - CLAIM_TIMEOUT * 2
    )
    contact_notification("in-flight", status=Notification.Status.SENDING, claimed_at=timezone.now())
    contact_notification("sent", status=Notification.Status.SENT)

    assert set(Notification.objects.due().values_list("pk", flat=True)) == {due.pk, abandoned.pk}
    assert sweep() == 2
    assert sorted(message.to[0] for message in mail.outbox) == ["info@ccpcr.org.kh"] * 2


def test_mail_is_rendered_in_the_recipients_language_with_text_and_html(db):
    message = render(contact_notification(language="km"))
    assert "ទម្រង់" in message.body or any("\u1780" <= c <= "\u17ff" for c in message.body)
    assert "<b>Hello</b>" in message.body  # plain text is not HTML-escaped
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html" and "&lt;b&gt;Hello&lt;/b&gt;" in html
    assert 'lang="km"' in html


def test_the_message_id_is_the_same_for_every_attempt(db):
    notification = contact_notification()
    assert render(notification).extra_headers["Message-ID"] == render(notification).extra_headers["Message-ID"]
