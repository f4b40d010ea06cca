"""The language switcher takes a visitor from a page to its translation and back, each name in its own language."""

import re

import pytest
from playwright.sync_api import expect

from tests.factories import StandardPageFactory, paragraph, translate

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_the_language_switcher_goes_to_the_khmer_translation_and_back(page, home, home_km):
    about = StandardPageFactory(parent=home, title="About CCPCR", slug="about")
    translate(about, "km", title="អំពី CCPCR", intro="យើងជានរណា", body=paragraph("CCPCR ការពារកុមារ។"))
    switcher = page.get_by_role("navigation", name="Language")

    page.goto("/en/about/")
    khmer = switcher.get_by_role("link", name="ភាសាខ្មែរ")
    expect(khmer).to_have_attribute("lang", "km")
    khmer.click()

    expect(page).to_have_url(re.compile(r"/km/about/$"))
    expect(page.locator("html")).to_have_attribute("lang", "km")
    expect(page.get_by_role("heading", level=1)).to_have_text("អំពី CCPCR")
    switcher = page.get_by_role("navigation", name="ភាសា")
    english = switcher.get_by_role("link", name="English")
    expect(english).to_have_attribute("lang", "en")
    english.click()

    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text("About CCPCR")
    expect(page).to_have_url(re.compile(r"/en/about/$"))
