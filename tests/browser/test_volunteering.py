"""Volunteering in a real browser: a volunteer applies, and a referee answers through the link in their mail."""

import re

import pytest
from playwright.sync_api import expect

from django.core import mail

from tests.browser.axe import assert_accessible
from volunteers.models import Referee, VolunteerApplication

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def link_in_mail_to(address):
    """The reference link (its path) in the mail sent to `address`."""
    [message] = [message for message in mail.outbox if message.to == [address]]
    return re.search(r"/en/volunteer/reference/[^/\s]+/", message.body).group()


def test_a_volunteer_applies_and_a_referee_answers_from_the_link_in_their_mail(
    page, browser, live_server, sign_in, opportunity, policy, volunteer
):
    sign_in(volunteer)
    page.goto("/en/volunteer/child-club/")
    page.get_by_role("link", name="Apply to volunteer").first.click()
    page.get_by_label("Why do you want to volunteer with CCPCR, and in this role?").fill(
        "I taught drawing to children for two years and want to help again."
    )
    for n, (name, relationship, email) in enumerate(
        [("Mr Kosal", "My teacher", "kosal@example.org"), ("Ms Bopha", "My employer", "bopha@example.org")], start=1
    ):
        page.get_by_label(f"Referee {n}: name").fill(name)
        page.get_by_label(f"Referee {n}: how they know you").fill(relationship)
        page.get_by_label(f"Referee {n}: email").fill(email)
    page.get_by_label("Your police check").set_input_files(
        {"name": "police-check.pdf", "mimeType": "application/pdf", "buffer": PDF}
    )
    page.get_by_label("I have read CCPCR's child-protection policy and will follow it.").check()
    assert_accessible(page)
    page.get_by_role("button", name="Send my application").click()

    expect(page.get_by_role("status")).to_contain_text("Your application has been received")
    assert_accessible(page)

    # The referee has no account: a browser of their own, opening the link from the mail.
    referee_browser = browser.new_context(base_url=live_server.url)
    referee_page = referee_browser.new_page()
    referee_page.goto(link_in_mail_to("kosal@example.org"))
    expect(referee_page.get_by_role("heading", level=1)).to_have_text("A reference for Sophea Chan")
    referee_page.get_by_label("How do you know Sophea Chan?").fill("I taught her art at the lycée for three years.")
    referee_page.get_by_label("For how long have you known them?").fill("Five years")
    referee_page.get_by_label("How suitable are they to volunteer with children, and why?").fill(
        "Very: patient, kind and reliable with my younger pupils."
    )
    referee_page.get_by_role(
        "group", name="Do you know of any reason this person should not work with children?"
    ).get_by_label("No").check()
    assert_accessible(referee_page)
    referee_page.get_by_role("button", name="Send my reference").click()

    expect(referee_page.get_by_role("status")).to_have_text(
        "Thank you. We have received your reference. You can close this page."
    )
    assert_accessible(referee_page)
    referee_browser.close()
    kosal = Referee.objects.get(email="kosal@example.org")
    assert kosal.answered_at is not None and kosal.has_concerns is False
    assert kosal.known_for == "Five years"
    assert not Referee.objects.get(email="bopha@example.org").answered_at
    assert VolunteerApplication.objects.get().volunteer == volunteer
