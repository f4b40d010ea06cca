"""Reporting a concern about a child: anyone can, in either language; only safeguarding leads (and
administrators) read it; the leads hear that one arrived, never what it says, by email."""

import time

import pytest

from django.contrib.auth.models import Group
from django.core import mail, signing
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from pages.forms import _SALT, TIMESTAMP_FIELD
from safeguarding.models import Concern
from tests.factories import ConcernFactory, UserFactory
from tests.reading import english_words, soup, visible_text

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def shown_seconds_ago(seconds):
    return signing.Signer(salt=_SALT).sign(str(int(time.time() - seconds)))


def report(**overrides):
    data = {
        "what_happened": "A girl of about 14 told me her employer keeps her passport and does not pay her.",
        "when": "Last week",
        "where": "Bavet",
        "who_is_involved": "A girl, initials K.S.; the owner of a karaoke shop.",
        "child_in_danger": "not-sure",
        "reporter_name": "",
        "reporter_contact": "",
        "website": "",
        TIMESTAMP_FIELD: shown_seconds_ago(60),
    }
    data.update(overrides)
    return data


def staff(username, group, **fields):
    user = UserFactory(username=username, is_staff=True, **fields)
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def lead(db):
    return staff("lead", "Safeguarding leads")


def inspect_url(concern):
    return f"/admin/safeguarding_concern/inspect/{concern.pk}/"


def handle_url(concern):
    return f"/admin/safeguarding/concerns/{concern.pk}/handle/"


def all_mail_text(message):
    return " ".join([message.subject, message.body, *(content for content, _ in message.alternatives)])


def test_a_visitor_reports_in_khmer_anonymously_and_the_report_is_stored(client, home_km, lead):
    data = report(what_happened="ក្មេងស្រីម្នាក់ត្រូវបានគេបង្ខំឱ្យធ្វើការនៅពេលយប់។", where="បាវិត")
    response = client.post("/km/report-a-concern/", data, follow=True)

    assert response.redirect_chain[-1][0] == "/km/report-a-concern/thank-you/"
    concern = Concern.objects.get()
    assert concern.what_happened == "ក្មេងស្រីម្នាក់ត្រូវបានគេបង្ខំឱ្យធ្វើការនៅពេលយប់។"
    assert concern.where == "បាវិត"
    assert (concern.language, concern.status, concern.reporter_name, concern.reporter_contact) == ("km", "new", "", "")
    # The thank-you page says nothing of what was sent.
    assert "ក្មេងស្រី" not in visible_text(response)


def test_the_khmer_form_and_thank_you_page_have_no_english_words(client, home_km):
    assert english_words(client.get("/km/report-a-concern/")) == []
    assert english_words(client.get("/km/report-a-concern/thank-you/?danger=yes")) == []
    empty = client.post(
        "/km/report-a-concern/", report(what_happened="", child_in_danger="", when="", where="", who_is_involved="")
    )
    assert english_words(empty) == []


def test_the_form_says_first_to_call_the_police_or_the_child_helpline(client, home):
    text = visible_text(client.get("/en/report-a-concern/"))
    assert "call the police on 117, or the child helpline on 1280" in text
    assert "You do not need to name the child" in text


def test_a_child_in_danger_is_told_again_to_call_1280_on_the_thank_you_page(client, home, lead):
    response = client.post("/en/report-a-concern/", report(child_in_danger="yes"), follow=True)
    assert "call the police on 117, or the child helpline on 1280" in visible_text(response)
    assert Concern.objects.get().is_urgent


def test_the_thank_you_page_says_what_happens_next(client, home, lead):
    response = client.post("/en/report-a-concern/", report(), follow=True)
    text = visible_text(response)
    assert "What happens next" in text
    assert "safeguarding leads have been told" in text


def test_each_active_lead_gets_one_mail_without_the_content(client, home, lead, django_capture_on_commit_callbacks):
    second = staff("lead2", "Safeguarding leads")
    staff("former-lead", "Safeguarding leads", is_active=False)
    staff("editor", "Editors")

    with django_capture_on_commit_callbacks(execute=True):
        client.post("/en/report-a-concern/", report(reporter_name="Dara", reporter_contact="012 345 678"))
    concern = Concern.objects.get()

    assert sorted(message.to[0] for message in mail.outbox) == sorted([lead.email, second.email])
    for message in mail.outbox:
        text = all_mail_text(message)
        assert f"#{concern.pk}" in message.subject
        assert f"/admin/safeguarding_concern/inspect/{concern.pk}/" in message.body
        for secret in ["passport", "karaoke", "K.S.", "Bavet", "Last week", "Dara", "012 345 678"]:
            assert secret not in text
    keys = set(concern.__class__._meta.apps.get_model("notifications", "Notification").objects.values_list("key"))
    assert keys == {(f"concern:{concern.pk}:{lead.pk}",), (f"concern:{concern.pk}:{second.pk}",)}


def test_with_no_safeguarding_lead_the_administrators_are_told(client, home, django_capture_on_commit_callbacks):
    admin = UserFactory(username="admin", is_staff=True, is_superuser=True)
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/en/report-a-concern/", report())
    assert [message.to for message in mail.outbox] == [[admin.email]]


def test_hostile_markup_is_stored_as_text_and_shown_escaped(client, home, lead):
    client.post("/en/report-a-concern/", report(what_happened=HOSTILE, who_is_involved=HOSTILE))
    concern = Concern.objects.get()
    assert concern.what_happened == HOSTILE

    client.force_login(lead)
    page = client.get(inspect_url(concern))
    assert HOSTILE.encode() not in page.content
    assert HOSTILE in visible_text(page)
    assert not soup(page).select("img[onerror]")


def test_an_empty_form_shows_clear_errors_and_stores_nothing(client, home):
    response = client.post("/en/report-a-concern/", report(what_happened="", child_in_danger=""))
    page = soup(response)
    assert "Please correct the errors below." in visible_text(response)
    errors = {
        field.select_one("label, legend").get_text(" ", strip=True): field for field in page.select(".field--error")
    }
    assert any(label.startswith("What happened?") for label in errors)
    assert any(label.startswith("Is a child in danger right now?") for label in errors)
    assert all("This field is required." in field.get_text() for field in errors.values())
    assert not Concern.objects.exists()


def test_a_report_too_long_is_refused_and_kept_to_correct(client, home):
    response = client.post("/en/report-a-concern/", report(what_happened="x" * 5001, where="y" * 201))
    text = visible_text(response)
    assert "Ensure this value has at most 5000 characters (it has 5001)." in text
    assert "Ensure this value has at most 200 characters (it has 201)." in text
    assert soup(response).select_one("textarea[name=what_happened]").get_text().strip() == "x" * 5001
    assert not Concern.objects.exists()


def test_a_filled_honeypot_or_a_form_sent_at_once_is_refused(client, home):
    trapped = client.post("/en/report-a-concern/", report(website="http://spam.example"))
    assert "looks automated" in visible_text(trapped)
    too_fast = client.post("/en/report-a-concern/", report(**{TIMESTAMP_FIELD: shown_seconds_ago(0)}))
    assert "That was very fast." in visible_text(too_fast)
    assert not Concern.objects.exists()


def test_a_post_without_csrf_token_is_refused(home):
    response = Client(enforce_csrf_checks=True).post("/en/report-a-concern/", report())
    assert response.status_code == 403
    assert not Concern.objects.exists()


def test_the_form_and_thank_you_page_are_never_stored_by_caches(client, home):
    for url in ["/en/report-a-concern/", "/en/report-a-concern/thank-you/"]:
        assert "no-store" in client.get(url)["Cache-Control"]


@pytest.mark.parametrize("group", ["Editors", "HR", "Volunteer coordinators"])
def test_other_staff_cannot_see_the_menu_the_list_or_a_concern(client, db, group):
    concern = ConcernFactory(what_happened="A secret account of what happened.")
    client.force_login(staff("someone", group))

    assert b"/admin/safeguarding_concern/" not in client.get("/admin/").content
    listing = client.get("/admin/safeguarding_concern/")
    assert listing.status_code in (302, 403) and b"secret account" not in listing.content
    inspect = client.get(inspect_url(concern))
    assert inspect.status_code in (302, 403) and b"secret account" not in inspect.content
    handled = client.post(handle_url(concern), {"status": "closed", "note": "Closed by someone else."})
    assert handled.status_code in (302, 403)
    concern.refresh_from_db()
    assert (concern.status, concern.note, concern.handled_by) == ("new", "", None)


def test_a_lead_reads_a_concern_and_closes_it_with_a_note(client, lead):
    concern = ConcernFactory(child_in_danger="yes")
    client.force_login(lead)

    assert b"/admin/safeguarding_concern/" in client.get("/admin/").content
    listing = soup(client.get("/admin/safeguarding_concern/?status=new"))
    assert listing.select_one(f'a[href="{inspect_url(concern)}"]').get_text(strip=True) == f"Concern #{concern.pk}"
    page = visible_text(client.get(inspect_url(concern)))
    assert "sells flowers near the market" in page
    assert "The reporter said a child was in danger" in page

    refused = client.post(handle_url(concern), {"status": "closed", "note": ""}, follow=True)
    assert "Write what was done before closing the concern." in visible_text(refused)
    concern.refresh_from_db()
    assert concern.status == "new"

    client.post(handle_url(concern), {"status": "in-progress", "note": "Called the provincial DoSVY."})
    closed = client.post(
        handle_url(concern), {"status": "closed", "note": "The child is safe in the shelter."}, follow=True
    )
    assert "The concern is now “Closed”." in visible_text(closed)
    concern.refresh_from_db()
    assert (concern.status, concern.handled_by) == ("closed", lead)
    assert "Called the provincial DoSVY." in concern.note and "The child is safe in the shelter." in concern.note


def test_an_administrator_can_read_a_concern(client, db):
    concern = ConcernFactory()
    client.force_login(UserFactory(username="admin", is_staff=True, is_superuser=True))
    assert "sells flowers near the market" in visible_text(client.get(inspect_url(concern)))


def test_the_admin_offers_no_form_to_add_edit_or_delete_a_concern(client, db):
    concern = ConcernFactory()
    client.force_login(UserFactory(username="admin", is_staff=True, is_superuser=True))
    assert client.get("/admin/safeguarding_concern/new/", follow=True).status_code == 404
    assert client.get(f"/admin/safeguarding_concern/edit/{concern.pk}/", follow=True).status_code == 404
    assert client.post(f"/admin/safeguarding_concern/delete/{concern.pk}/", follow=True).status_code == 404
    assert Concern.objects.filter(pk=concern.pk).exists()


def test_every_page_links_to_the_form_in_its_language(client, home_km):
    for language in ["en", "km"]:
        footer = soup(client.get(f"/{language}/")).select_one("footer")
        assert footer.select_one(f'a[href="/{language}/report-a-concern/"]')


def test_the_leads_list_takes_the_same_number_of_queries_for_more_concerns(client, lead):
    client.force_login(lead)

    def queries_with(count):
        ConcernFactory.create_batch(count, handled_by=lead)
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/admin/safeguarding_concern/").status_code == 200
        return len(queries)

    assert queries_with(2) == queries_with(6)
