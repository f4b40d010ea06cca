"""The contact form keeps what people send, mails it through Celery, and turns bots away politely."""

import time

import pytest

from django.core import mail, signing

from wagtail.contrib.forms.models import FormSubmission
from wagtail.rich_text import RichText

from pages.forms import _SALT, TIMESTAMP_FIELD
from tests.factories import ContactPageFactory, translate
from tests.reading import english_words, soup, visible_text


def shown_seconds_ago(seconds):
    return signing.Signer(salt=_SALT).sign(str(int(time.time() - seconds)))


def message(**overrides):
    data = {
        "your_name": "Dara",
        "your_email": "dara@example.org",
        "message": "I would like to volunteer at the shelter.",
        "website": "",
        TIMESTAMP_FIELD: shown_seconds_ago(60),
    }
    data.update(overrides)
    return data


@pytest.fixture
def contact(home):
    return ContactPageFactory(parent=home)


def test_a_message_is_stored_and_mailed_after_commit(client, contact, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(contact.url, message())

    assert "Thank you, we will reply soon." in visible_text(response)
    submission = FormSubmission.objects.get(page=contact)
    assert submission.get_data()["message"] == "I would like to volunteer at the shelter."
    assert "website" not in submission.form_data and TIMESTAMP_FIELD not in submission.form_data
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["info@ccpcr.org.kh"]
    assert "Your email: dara@example.org" in mail.outbox[0].body


def test_a_filled_honeypot_is_refused_and_nothing_is_stored(client, contact):
    response = client.post(contact.url, message(website="http://spam.example"))
    assert "Your message looks automated and was not sent." in visible_text(response)
    assert not FormSubmission.objects.exists()


def test_a_form_sent_within_seconds_is_refused_but_keeps_what_was_typed(client, contact):
    response = client.post(contact.url, message(**{TIMESTAMP_FIELD: shown_seconds_ago(0)}))
    assert "That was very fast." in visible_text(response)
    assert soup(response).select_one("textarea").get_text().strip() == "I would like to volunteer at the shelter."
    assert not FormSubmission.objects.exists()


@pytest.mark.parametrize("stamp", ["", "12345", "123:forged-signature", "x" * 5000])
def test_a_missing_or_forged_timestamp_is_refused(client, contact, stamp):
    response = client.post(contact.url, message(**{TIMESTAMP_FIELD: stamp}))
    assert response.status_code == 200
    assert "Your message looks automated and was not sent." in visible_text(response)
    assert not FormSubmission.objects.exists()


def test_a_stale_form_asks_to_send_again(client, contact):
    response = client.post(contact.url, message(**{TIMESTAMP_FIELD: shown_seconds_ago(2 * 24 * 3600)}))
    assert "This form was open too long." in visible_text(response)


def test_missing_and_malformed_fields_get_messages_beside_them(client, contact):
    response = client.post(contact.url, message(your_name="", your_email="not-an-email"))
    page = soup(response)
    assert "This field is required." in page.select_one(".field--error").get_text()
    assert "Enter a valid email address." in visible_text(response)
    assert not FormSubmission.objects.exists()


def test_khmer_form_errors_are_in_khmer(client, contact, home_km):
    contact_km = translate(
        contact,
        "km",
        title="ទំនាក់ទំនងយើង",
        intro=RichText("<p>សូមសរសេរមកយើង។</p>"),
        thank_you_text=RichText("<p>សូមអរគុណ។</p>"),
    )
    for field in contact_km.form_fields.all():
        field.label = {"your_name": "ឈ្មោះ", "your_email": "អ៊ីមែល", "message": "សារ"}[field.clean_name]
        field.save()

    response = client.post(
        f"/km/{contact_km.slug}/", message(your_name="", your_email="not-an-email", message="ខ្ញុំចង់ស្ម័គ្រចិត្ត")
    )

    assert response.status_code == 200
    assert english_words(response) == []
    assert soup(response).select_one("input[name=your_email]")["aria-invalid"] == "true"
    assert not FormSubmission.objects.exists()


def test_hostile_text_is_stored_as_typed_and_shown_escaped(client, contact, django_capture_on_commit_callbacks):
    hostile = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    with django_capture_on_commit_callbacks(execute=True):
        client.post(contact.url, message(your_name=hostile, message=hostile * 3))
    assert FormSubmission.objects.get().get_data()["your_name"] == hostile
    response = client.post(contact.url, message(your_name=hostile, your_email="bad"))
    assert b"<script>alert" not in response.content
    assert b"&lt;script&gt;" in response.content


def test_the_form_shown_carries_a_signed_timestamp_and_a_hidden_trap(client, contact):
    page = soup(client.get(contact.url))
    stamp = page.select_one(f'input[name="{TIMESTAMP_FIELD}"]')["value"]
    assert signing.Signer(salt=_SALT).unsign(stamp).isdigit()
    assert page.select_one(".field--trap input[name=website]")["tabindex"] == "-1"


def test_errors_are_announced_with_their_field(client, contact):
    response = client.post(contact.url, message(your_email="not-an-email"))
    email = soup(response).select_one("input[name=your_email]")
    assert email["aria-invalid"] == "true"
    error_id = email["aria-describedby"].split()[-1]
    assert "Enter a valid email address." in soup(response).select_one(f"#{error_id}").get_text()


def test_a_refused_form_can_be_sent_again_straight_away(client, contact):
    refused = client.post(contact.url, message(website="autofilled by the browser"))
    page = soup(refused)
    resend = {field["name"]: field.get("value", "") for field in page.select("form input[name]")}
    resend.update(your_name="Dara", your_email="dara@example.org", message="Hello again")
    assert resend["website"] == ""
    signed_at = int(signing.Signer(salt=_SALT).unsign(resend[TIMESTAMP_FIELD]))
    resend[TIMESTAMP_FIELD] = signing.Signer(salt=_SALT).sign(str(signed_at - 10))  # the person took 10 s
    client.post(contact.url, resend)
    assert FormSubmission.objects.count() == 1


def test_browsers_are_told_which_fields_hold_the_visitors_name_and_email(client, contact):
    form = soup(client.get(contact.url)).select_one("main form")
    assert form.select_one("input[name=your_name]")["autocomplete"] == "name"
    assert form.select_one("input[name=your_email]")["autocomplete"] == "email"
    assert not form.select_one("textarea[name=message]").get("autocomplete")
