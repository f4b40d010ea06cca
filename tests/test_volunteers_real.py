"""The volunteers' mails on the real path: Redis as broker, a Celery worker and an SMTP server on loopback.
A volunteer applies in Khmer; the volunteer, the coordinator and both referees get their mail from the
worker; a referee follows the link in the mail they received, answers, and the volunteer hears of it."""

import email
import re
from email.policy import default

import pytest

from tests.factories import (
    ChildProtectionPolicyFactory,
    OpportunityIndexPageFactory,
    OpportunityPageFactory,
    VolunteerProfileFactory,
    translate,
)
from tests.real_services import celery_worker, require_redis, smtp_server, wait_until
from tests.test_notifications_real import use_smtp
from tests.test_volunteer_applications import application_data
from volunteers.models import Referee

pytestmark = [pytest.mark.real_services, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def text_of(delivered):
    message = email.message_from_bytes(delivered.content, policy=default)
    return message["Subject"], message.get_body(preferencelist=("plain",)).get_content()


def mails_to(mailbox, address):
    return [text_of(delivered) for delivered in mailbox.messages if delivered.rcpt_tos == [address]]


def test_a_volunteer_applies_in_khmer_and_a_referee_answers_from_the_mail_they_received(
    client, home, home_km, settings
):
    require_redis()
    volunteering = OpportunityIndexPageFactory(parent=home)
    translate(volunteering, "km", title="ស្ម័គ្រចិត្ត")
    opportunity = OpportunityPageFactory(parent=volunteering, slug="club")
    translate(opportunity, "km", title="អ្នកសម្របសម្រួលក្លឹបកុមារ")
    ChildProtectionPolicyFactory()
    volunteer = VolunteerProfileFactory(user__email="sophea@example.org").user
    client.force_login(volunteer)

    with smtp_server() as (mailbox, port), celery_worker():
        use_smtp(settings, port)
        client.post("/km/volunteer/club/apply/", application_data())
        assert wait_until(lambda: len(mailbox.messages) == 4), f"{len(mailbox.messages)} of 4 mails arrived"

        subject, body = mails_to(mailbox, "kosal@example.org")[0]
        assert "ស្ម័គ្រចិត្ត" in body
        path = re.search(r"https?://[^/\s]+(/km/volunteer/reference/\S+/)", body).group(1)
        form = client.get(path)
        assert "ស្ម័គ្រចិត្ត" in form.content.decode()
        client.post(
            path,
            {"how_known": "ខ្ញុំជាគ្រូរបស់នាង។", "known_for": "៥ ឆ្នាំ", "suitability": "ល្អណាស់", "has_concerns": "no"},
        )
        # The volunteer hears the reference arrived, and the coordinator that it waits for review.
        assert wait_until(lambda: len(mailbox.messages) == 6), f"{len(mailbox.messages)} of 6 mails arrived"

    assert Referee.objects.get(email="kosal@example.org").is_answered
    assert sorted(delivered.rcpt_tos[0] for delivered in mailbox.messages) == sorted(
        [
            "sophea@example.org",
            "sophea@example.org",
            "volunteers@ccpcr.org.kh",
            "volunteers@ccpcr.org.kh",
            "kosal@example.org",
            "bopha@example.org",
        ]
    )
    received, body = mails_to(mailbox, "sophea@example.org")[1]
    assert "Mr Kosal" in received and "/km/volunteer/my-applications/" in body
