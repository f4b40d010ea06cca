"""An editor translates a page into Khmer in wagtail-localize's editor, publishes it, and visitors read it."""

import pytest
from playwright.sync_api import expect

from django.contrib.auth import get_user_model

from tests.factories import StandardPageFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def translate_next_segment(page, khmer, done):
    """Open the first segment still to translate, type the Khmer and save it (`done` segments saved before)."""
    page.get_by_role("button", name="Translate", exact=True).first.click()
    page.get_by_role("textbox").last.fill(khmer)
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.get_by_text("Translated manually")).to_have_count(done + 1)


def test_an_editor_translates_a_page_into_khmer_and_publishes_it(page, sign_in, home, home_km):
    about = StandardPageFactory(parent=home, title="About CCPCR", slug="about", intro="Who we are.")
    sign_in(get_user_model().objects.create_superuser("editor", "editor@ccpcr.org.kh", "a long passphrase"))

    page.goto(f"/admin/pages/{about.pk}/edit/")
    page.get_by_role("button", name="Actions", exact=True).click()
    page.get_by_role("link", name="Translate this page").click()
    page.get_by_label("ភាសាខ្មែរ").check()
    page.get_by_role("button", name="Submit").click()
    translate_next_segment(page, "អំពី CCPCR", done=0)
    translate_next_segment(page, "យើងជានរណា។", done=1)
    translate_next_segment(page, "CCPCR បានការពារកុមារតាំងពីឆ្នាំ ១៩៩៤។", done=2)
    page.get_by_role("button", name="Publish in").click()
    messages = page.locator(".messages")
    expect(messages).to_contain_text("Published 'អំពី CCPCR'")
    expect(messages).not_to_contain_text("missing translations")

    page.goto("/km/about/")
    expect(page.get_by_role("heading", level=1)).to_have_text("អំពី CCPCR")
    expect(page.get_by_role("main")).to_contain_text("យើងជានរណា។")
    expect(page.get_by_role("main")).to_contain_text("CCPCR បានការពារកុមារតាំងពីឆ្នាំ ១៩៩៤។")
