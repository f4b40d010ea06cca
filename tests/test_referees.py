"""Referees: a link that works once, expires, cannot be forged and can be cancelled by sending a new one; answers
that only coordinators read; clear errors; the request in the volunteer's language; and a concern that cannot be
waved through without a note."""

import datetime
import json
from types import SimpleNamespace

import pytest

from django.core import mail, signing
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from notifications.models import Notification
from tests.factories import (
    RefereeFactory,
    UserFactory,
    VolunteerApplicationFactory,
    VolunteerProfileFactory,
    translate,
)
from tests.reading import english_words, english_words_in_text, soup, visible_text
from volunteers.models import Referee, ScreeningEvent

HOSTILE = "<script>alert(1)</script>"
NAMES = ["Sophea", "Chan", "Mr", "Kosal"]


@pytest.fixture
def application(opportunity, volunteer):
    return VolunteerApplicationFactory(opportunity=opportunity, volunteer=volunteer)


@pytest.fixture
def referee(application):
    return RefereeFactory(application=application, name="Mr Kosal", email="kosal@example.org")


@pytest.fixture
def coordinator(db):
    return UserFactory(username="coordinator", email="coordinator@ccpcr.org.kh", is_staff=True, is_superuser=True)


def answers(**overrides):
    data = {
        "how_known": "I was her teacher at Baray high school.",
        "known_for": "Five years",
        "suitability": "Patient and kind; the younger pupils trusted her.",
        "has_concerns": "no",
        "concerns": "",
    }
    data.update(overrides)
    return data


def answer(referee, **overrides):
    """The referee's answers as the form would save them."""
    data = answers(**overrides)
    data["has_concerns"] = data["has_concerns"] == "yes"
    return referee.record_answers(**data)


def the_form(response):
    """The referee's form on a page (the header's search form is not it)."""
    return soup(response).select("form[method=post]")


def html_page(html):
    """An email's HTML, read as english_words reads a page."""
    return SimpleNamespace(content=html.encode())


def stored_answers(referee):
    referee.refresh_from_db()
    return (referee.how_known, referee.known_for, referee.suitability, referee.has_concerns, referee.concerns)


def test_a_referee_answers_and_the_volunteer_and_the_coordinator_are_told(
    client, referee, application, django_capture_on_commit_callbacks
):
    form_page = client.get(referee.link_path())
    assert "A reference for Sophea Chan" in visible_text(form_page)
    assert "Dear Mr Kosal" in visible_text(form_page)
    assert "How do you know Sophea Chan?" in visible_text(form_page)
    assert the_form(form_page)

    with django_capture_on_commit_callbacks(execute=True):
        thanks = client.post(referee.link_path(), answers())

    assert "Thank you. We have received your reference." in visible_text(thanks)
    assert not the_form(thanks)
    assert stored_answers(referee) == (
        "I was her teacher at Baray high school.",
        "Five years",
        "Patient and kind; the younger pupils trusted her.",
        False,
        "",
    )
    assert referee.answered_at is not None
    assert application.events.get().kind == ScreeningEvent.Kind.REFERENCE_ANSWERED
    assert sorted(message.to[0] for message in mail.outbox) == ["sophea@example.org", "volunteers@ccpcr.org.kh"]
    to_volunteer = next(message for message in mail.outbox if message.to == ["sophea@example.org"])
    assert to_volunteer.subject == "Mr Kosal has sent your reference"
    assert "/en/volunteer/my-applications/" in to_volunteer.body
    to_coordinator = next(message for message in mail.outbox if message.to == ["volunteers@ccpcr.org.kh"])
    assert to_coordinator.subject == "Reference to review: Sophea Chan"
    assert reverse("volunteers_application:inspect", args=[application.pk]) in to_coordinator.body


def test_a_referee_link_works_once(client, referee, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(referee.link_path(), answers())
    sent = Notification.objects.count()
    first_answers = stored_answers(referee)

    again = client.get(referee.link_path())
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        replayed = client.post(referee.link_path(), answers(how_known="Someone else typed this.", has_concerns="yes"))

    for page in (again, replayed):
        assert "This reference has already been sent, so the link no longer works." in visible_text(page)
        assert not the_form(page)
        assert "How do you know" not in visible_text(page)
    assert stored_answers(referee) == first_answers
    assert Notification.objects.count() == sent and not callbacks
    assert ScreeningEvent.objects.filter(kind=ScreeningEvent.Kind.REFERENCE_ANSWERED).count() == 1


def test_two_tabs_sending_at_once_store_only_the_first_answers(referee, django_capture_on_commit_callbacks):
    first_tab, second_tab = Referee.objects.get(pk=referee.pk), Referee.objects.get(pk=referee.pk)

    with django_capture_on_commit_callbacks(execute=True):
        assert answer(first_tab, known_for="Five years") is True
        assert answer(second_tab, known_for="Ten years") is False

    assert stored_answers(referee)[1] == "Five years"
    assert len(mail.outbox) == 2  # the volunteer and the coordinator, once


def test_an_expired_link_says_so_and_takes_no_answers(client, referee, django_capture_on_commit_callbacks):
    referee.link_expires_at = timezone.now() - datetime.timedelta(minutes=1)
    referee.save()

    opened = client.get(referee.link_path())
    with django_capture_on_commit_callbacks(execute=True):
        posted = client.post(referee.link_path(), answers())

    for page in (opened, posted):
        assert "This link has expired." in visible_text(page)
        assert "we will send you a new link" in visible_text(page)
        assert not the_form(page)
    referee.refresh_from_db()
    assert referee.answered_at is None and stored_answers(referee) == ("", "", "", None, "")
    assert not Notification.objects.exists() and not mail.outbox


def b64(value):
    return signing.b64_encode(json.dumps(value, separators=(",", ":")).encode()).decode()


def payload_and_signature(token):
    return token.rsplit(":", 1)


TAMPERED = {
    "nonsense": lambda a, b: "not-a-token",
    "truncated": lambda a, b: a.token[:-3],
    "signature-changed": lambda a, b: a.token[:-1] + ("A" if a.token[-1] != "A" else "B"),
    "payload-changed-to-b": lambda a, b: f"{b64([b.pk, a.nonce])}:{payload_and_signature(a.token)[1]}",
    "a-signature-on-b-payload": lambda a, b: f"{payload_and_signature(b.token)[0]}:{payload_and_signature(a.token)[1]}",
    "no-signature": lambda a, b: payload_and_signature(a.token)[0],
    "unsigned-json": lambda a, b: json.dumps([a.pk, a.nonce]),
    # Signed with the site's secret but with another referee's nonce: a link we never sent.
    "b-with-a-nonce": lambda a, b: signing.Signer(salt="volunteers.referee").sign_object([b.pk, a.nonce]),
    "signed-for-another-purpose": lambda a, b: signing.Signer(salt="something.else").sign_object([a.pk, a.nonce]),
}


@pytest.mark.parametrize("tamper", TAMPERED.values(), ids=list(TAMPERED))
def test_a_forged_mangled_or_truncated_link_is_not_found(client, application, tamper):
    referee_a = RefereeFactory(application=application, name="Mr Kosal", email="kosal@example.org")
    referee_b = RefereeFactory(application=application, name="Ms Bopha", email="bopha@example.org")
    token = tamper(referee_a, referee_b)
    url = f"/en/volunteer/reference/{token}/"

    opened = client.get(url)
    posted = client.post(url, answers())

    for page in (opened, posted):
        assert page.status_code == 404
        assert "Page not found" in visible_text(page)
        assert "Sophea" not in visible_text(page) and "Kosal" not in visible_text(page)
    assert not Referee.objects.filter(answered_at__isnull=False).exists()


def test_a_new_link_cancels_the_old_one_and_is_emailed(
    client, referee, application, coordinator, django_capture_on_commit_callbacks
):
    old_path = referee.link_path()
    referee.requested_at = timezone.now() - datetime.timedelta(days=30)
    referee.link_expires_at = timezone.now() - datetime.timedelta(days=9)
    referee.reminders_sent = 2
    referee.save()
    assert "This link has expired." in visible_text(client.get(old_path))

    with django_capture_on_commit_callbacks(execute=True):
        referee.renew_link(by=coordinator)

    referee.refresh_from_db()
    assert client.get(old_path).status_code == 404
    assert client.post(old_path, answers()).status_code == 404
    new_path = referee.link_path()
    assert new_path != old_path
    assert "How do you know Sophea Chan?" in visible_text(client.get(new_path))
    assert referee.link_expires_at > timezone.now() and referee.reminders_sent == 0
    [message] = mail.outbox
    assert message.to == ["kosal@example.org"]
    assert new_path in message.body and old_path not in message.body
    event = application.events.get()
    assert (event.kind, event.by, event.text) == (ScreeningEvent.Kind.REFERENCE_RENEWED, coordinator, "Mr Kosal")


def test_a_referee_who_has_answered_gets_no_new_link(referee, coordinator, django_capture_on_commit_callbacks):
    answer(referee)
    path = referee.link_path()

    with django_capture_on_commit_callbacks(execute=True) as callbacks, pytest.raises(ValidationError) as refusal:
        referee.renew_link(by=coordinator)

    assert refusal.value.code == "answered"
    referee.refresh_from_db()
    assert referee.link_path() == path
    assert not callbacks and not mail.outbox
    assert not ScreeningEvent.objects.filter(kind=ScreeningEvent.Kind.REFERENCE_RENEWED).exists()


def test_yes_to_the_concerns_question_needs_a_reason(client, referee, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(referee.link_path(), answers(has_concerns="yes", concerns="   "))

    assert "Please correct the errors below." in visible_text(response)
    concerns = soup(response).select_one("textarea[name=concerns]")
    assert concerns["aria-invalid"] == "true"
    error = soup(response).select_one(f"#{concerns['id']}_error")
    assert f"{concerns['id']}_error" in concerns["aria-describedby"].split()
    assert error.get_text(strip=True) == "Please tell us the reason."
    # The rest of what the referee wrote is still there.
    assert "I was her teacher at Baray high school." in soup(response).select_one("textarea[name=how_known]").text
    assert soup(response).select_one("input[name=has_concerns][value=yes]").has_attr("checked")
    referee.refresh_from_db()
    assert referee.answered_at is None and stored_answers(referee) == ("", "", "", None, "")
    assert not mail.outbox


def test_a_concern_and_its_reason_are_stored_and_no_concern_keeps_no_reason(
    client, application, django_capture_on_commit_callbacks
):
    worried = RefereeFactory(application=application, email="kosal@example.org")
    reassured = RefereeFactory(application=application, email="bopha@example.org")

    with django_capture_on_commit_callbacks(execute=True):
        client.post(worried.link_path(), answers(has_concerns="yes", concerns="He was dismissed from a school."))
        client.post(reassured.link_path(), answers(has_concerns="no", concerns="Typed before changing my mind."))

    assert stored_answers(worried)[3:] == (True, "He was dismissed from a school.")
    assert stored_answers(reassured)[3:] == (False, "")


def test_hostile_answers_are_stored_as_text_and_shown_escaped_to_the_coordinator(
    client, referee, application, coordinator
):
    payload = f"{HOSTILE}<img src=x onerror=alert(2)>"
    client.post(referee.link_path(), answers(how_known=payload, has_concerns="yes", concerns=payload))

    assert stored_answers(referee)[0] == payload and referee.concerns == payload
    client.force_login(coordinator)
    inspect = client.get(reverse("volunteers_application:inspect", args=[application.pk]))
    assert inspect.status_code == 200
    assert payload in visible_text(inspect)  # read as text...
    assert b"&lt;script&gt;alert(1)&lt;/script&gt;" in inspect.content
    assert b"<script>alert(1)</script>" not in inspect.content  # ...never run
    assert b"<img src=x onerror" not in inspect.content


def test_names_the_volunteer_typed_are_shown_as_text_to_the_referee(
    client, opportunity, django_capture_on_commit_callbacks
):
    hostile_volunteer = VolunteerProfileFactory(full_name=f"Sophea {HOSTILE}").user
    application = VolunteerApplicationFactory(opportunity=opportunity, volunteer=hostile_volunteer)
    referee = RefereeFactory(application=application, name="Kosal <b onmouseover=alert(3)>", email="k@example.org")

    with django_capture_on_commit_callbacks(execute=True):
        referee.ask()
    page = client.get(referee.link_path())

    assert f"A reference for Sophea {HOSTILE}" in visible_text(page)
    assert b"<script>alert(1)</script>" not in page.content and b"<b onmouseover" not in page.content
    [message] = mail.outbox
    html = message.alternatives[0][0]
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html
    assert "<b onmouseover" not in html


def test_a_referee_of_a_khmer_application_is_asked_in_khmer(
    client, opportunity, volunteering, application, home_km, django_capture_on_commit_callbacks
):
    # Depends on the Khmer catalogue (locale/km) translating the reference request and the referee's form.
    translate(volunteering, "km", title="ស្ម័គ្រចិត្ត")
    translate(opportunity, "km", title="អ្នកសម្របសម្រួលក្លឹបកុមារ", intro="ជួយក្លឹបកុមារនៅកំពង់ធំ។")
    application.language = "km"
    application.save()
    referee = RefereeFactory(application=application, name="Mr Kosal", email="kosal@example.org")

    with django_capture_on_commit_callbacks(execute=True):
        referee.ask()

    [message] = mail.outbox
    path = referee.link_path()
    assert path.startswith("/km/volunteer/reference/") and f"http://testserver{path}" in message.body
    assert "អ្នកសម្របសម្រួលក្លឹបកុមារ" in message.body
    assert english_words_in_text(message.subject, names=NAMES) == []
    assert english_words_in_text(message.body, names=NAMES) == []
    assert english_words(html_page(message.alternatives[0][0]), names=NAMES) == []
    form_page = client.get(path)
    assert the_form(form_page)
    assert english_words(form_page, names=NAMES) == []


def test_a_concern_cannot_be_marked_reviewed_without_a_note(referee, application, coordinator):
    answer(referee, has_concerns="yes", concerns="He was dismissed from a school.")

    for note in ("", "   "):
        with pytest.raises(ValidationError) as refusal:
            referee.mark_reviewed(by=coordinator, note=note)
        assert refusal.value.code == "concern-needs-note"
    referee.refresh_from_db()
    assert referee.reviewed_at is None
    assert not application.events.filter(kind=ScreeningEvent.Kind.REFERENCE_REVIEWED).exists()

    referee.mark_reviewed(by=coordinator, note="Called the school: a dispute about pay, not about children.")

    referee.refresh_from_db()
    assert referee.reviewed_at is not None and referee.reviewed_by == coordinator
    event = application.events.get(kind=ScreeningEvent.Kind.REFERENCE_REVIEWED)
    assert (event.by, event.text) == (coordinator, referee.name)
    assert event.note == "Called the school: a dispute about pay, not about children."


def test_a_reference_without_a_concern_is_reviewed_without_a_note_but_only_once_answered(
    referee, application, coordinator
):
    with pytest.raises(ValidationError) as refusal:
        referee.mark_reviewed(by=coordinator)
    assert refusal.value.code == "unanswered"

    answer(referee)
    referee.mark_reviewed(by=coordinator)
    referee.mark_reviewed(by=coordinator)  # a second click records nothing more

    referee.refresh_from_db()
    assert referee.reviewed_by == coordinator
    assert application.events.filter(kind=ScreeningEvent.Kind.REFERENCE_REVIEWED).count() == 1


def test_the_volunteer_sees_that_a_referee_answered_but_never_the_answers(
    client, referee, application, volunteer, django_capture_on_commit_callbacks
):
    other = RefereeFactory(application=application, name="Ms Bopha", email="bopha@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            referee.link_path(),
            answers(
                how_known="Her neighbour in Baray.",
                suitability="Not sure she is patient enough.",
                has_concerns="yes",
                concerns="She once left her little brother alone all night.",
            ),
        )

    client.force_login(volunteer)
    page = visible_text(client.get("/en/volunteer/my-applications/"))

    assert "Mr Kosal has sent a reference." in page
    assert f"We are waiting for a reference from {other.name}." in page
    for secret in ("Her neighbour in Baray", "patient enough", "little brother", "Five years"):
        assert secret not in page
    to_volunteer = next(message for message in mail.outbox if message.to == ["sophea@example.org"])
    assert "little brother" not in to_volunteer.body and "patient enough" not in to_volunteer.body
