"""A contact message travels the real path: saved, handed to Redis after commit, sent by a worker over SMTP."""

import pytest

from wagtail.contrib.forms.models import FormSubmission

from tests.factories import ContactPageFactory
from tests.real_services import celery_worker, require_redis, smtp_server
from tests.test_contact import message

pytestmark = [pytest.mark.real_services, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_contact_message_is_mailed_by_a_real_worker(client, home, settings):
    require_redis()
    contact = ContactPageFactory(parent=home)
    with smtp_server() as (mailbox, port), celery_worker():
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port

        response = client.post(contact.url, message(message="Please call me about volunteering."))

        assert response.status_code == 200
        assert FormSubmission.objects.filter(page=contact).count() == 1
        assert mailbox.received.wait(timeout=30), "the worker never delivered the message"

    delivered = mailbox.messages[0]
    assert delivered.rcpt_tos == ["info@ccpcr.org.kh"]
    assert b"Please call me about volunteering." in delivered.content
