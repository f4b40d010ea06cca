"""A keyboard user can skip to the content, always sees where the focus is, and reaches a field from the
summary of a form's errors (WCAG 2.4.1, 2.4.7, 3.3.1)."""

import pytest
from playwright.sync_api import expect

from tests.factories import ContactPageFactory, StandardPageFactory, paragraph, translate

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

FOCUS_INDICATOR = """() => {
    const style = getComputedStyle(document.activeElement);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    return outline || style.boxShadow !== 'none';
}"""


@pytest.mark.parametrize(
    ("language", "skip"), [("en", "Skip to main content"), ("km", "រំលងទៅខ្លឹមសារចម្បង")], ids=["en", "km"]
)
def test_the_first_tab_offers_to_skip_to_the_main_content(page, home, home_km, language, skip):
    about = StandardPageFactory(parent=home, slug="about", body=paragraph('Read <a href="/en/">our news</a>.'))
    translate(about, "km", title="អំពីយើង", body=paragraph('អាន<a href="/km/">ព័ត៌មាន</a>។'))
    page.goto(f"/{language}/about/")

    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name=skip)
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_in_viewport()
    page.keyboard.press("Enter")

    expect(page.get_by_role("main")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.get_by_role("main").get_by_role("link").first).to_be_focused()


def test_every_element_reached_by_tab_shows_that_it_has_the_focus(page, home):
    StandardPageFactory(parent=home, title="About CCPCR", slug="about", show_in_menus=True)
    page.goto("/en/about/")

    reached = []
    page.keyboard.press("Tab")
    while page.evaluate("() => document.activeElement !== document.body") and len(reached) < 30:
        reached.append(page.evaluate("() => document.activeElement.outerHTML.slice(0, 80)"))
        assert page.evaluate(FOCUS_INDICATOR), f"no visible focus on {reached[-1]} (after {len(reached) - 1} others)"
        page.keyboard.press("Tab")
    assert len(reached) >= 7  # the skip link, brand, language, menu, search box and button, footer links


def test_the_error_summary_links_to_each_field_to_correct(page, home):
    ContactPageFactory(parent=home)
    page.goto("/en/contact/")
    page.get_by_label("Your name").fill("Sokha")
    page.get_by_role("button", name="Send message").click()

    summary = page.get_by_role("alert")
    expect(summary.get_by_role("link")).to_have_text(["Your email", "Message"])
    summary.get_by_role("link", name="Your email").click()
    email = page.get_by_label("Your email")
    expect(email).to_be_focused()
    expect(email).to_have_attribute("aria-invalid", "true")
    expect(email).to_have_accessible_description("This field is required.")


def test_a_group_of_radio_buttons_is_described_by_its_help_and_its_error(page, home):
    page.goto("/en/report-a-concern/")
    page.get_by_role("button", name="Send my report").click()

    group = page.get_by_role("group", name="Is a child in danger right now?")
    expect(group).to_have_accessible_description(
        "If yes, call the police on 117 or the child helpline on 1280 first, then tell us here. This field is required."
    )
