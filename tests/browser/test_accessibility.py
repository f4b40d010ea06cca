"""axe-core finds no WCAG 2.2 A/AA violation on any public page type, in English or in Khmer, including the
forms as they look with their errors shown and the pages of people with an account. Each page also has one
<h1>, fits a 320 px screen with no control hidden under something, and breaks no Content-Security-Policy rule."""

import pytest
from playwright.sync_api import expect

from careers.models import VacancyPage
from tests.browser.axe import describe, violations
from tests.browser.layout import phone_layout_problems
from tests.browser.public_site import build_public_site
from tests.factories import (
    ApplicationFactory,
    CVFactory,
    OpportunityPageFactory,
    RefereeFactory,
    VacancyPageFactory,
    VolunteerApplicationFactory,
    VolunteerProfileFactory,
)
from volunteers.models import OpportunityPage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

SEARCH_WORD = {"en": "children", "km": "កុមារ"}


def submit_empty(page):
    """Send the page's main form untouched, as someone who pressed the button too early."""
    page.locator("main form.form button[type=submit]").click()
    expect(page.locator("main .form-errors")).to_be_visible()


def pages_to_audit(slugs, language):
    """(name, address, what to do there first) for each public page type."""
    return [
        ("home", "/", None),
        ("standard page", f"/{slugs['about']}/", None),
        ("news index", f"/{slugs['news']}/", None),
        ("news article", f"/{slugs['news']}/{slugs['article']}/", None),
        ("case story", f"/{slugs['news']}/{slugs['story']}/", None),
        ("document library", f"/{slugs['documents']}/", None),
        ("contact form", f"/{slugs['contact']}/", None),
        ("contact form with errors", f"/{slugs['contact']}/", submit_empty),
        ("search results", f"/search/?q={SEARCH_WORD[language]}", None),
        ("vacancy index", f"/{slugs['careers']}/", None),
        ("vacancy", f"/{slugs['careers']}/{slugs['vacancy']}/", None),
        ("volunteering index", f"/{slugs['volunteering']}/", None),
        ("opportunity", f"/{slugs['volunteering']}/{slugs['opportunity']}/", None),
        ("report a concern", "/report-a-concern/", None),
        ("report a concern with errors", "/report-a-concern/", submit_empty),
        ("log in", "/accounts/login/", None),
        ("log in with errors", "/accounts/login/", submit_empty),
        ("sign up", "/accounts/signup/", None),
        ("sign up with errors", "/accounts/signup/", submit_empty),
        ("page not found", "/no-such-page/", None),
    ]


def signed_in_pages(slugs):
    """The pages of someone with an account: applying, following applications, the volunteer's profile."""
    opportunity = f"/{slugs['volunteering']}/{slugs['opportunity']}"
    return [
        ("apply form", f"/{slugs['careers']}/{slugs['vacancy']}/apply/", None),
        ("apply form with errors", f"/{slugs['careers']}/{slugs['vacancy']}/apply/", submit_empty),
        ("my job applications", "/careers/my-applications/", None),
        ("volunteer profile", "/volunteer/profile/", None),
        ("volunteer apply form", f"{opportunity}/apply/", None),
        ("volunteer apply form with errors", f"{opportunity}/apply/", submit_empty),
        ("my volunteering", "/volunteer/my-applications/", None),
        ("child-protection policy", "/volunteer/policy/", None),
        ("password change", "/accounts/password/change/", None),
    ]


def someone_who_applied(slugs, language):
    """A volunteer with a profile, a job application with its CV and a volunteer application; the path of the
    form their referee opens."""
    volunteer = VolunteerProfileFactory().user
    vacancy = VacancyPage.objects.get(slug=slugs["vacancy"], locale__language_code="en")
    other_job = VacancyPageFactory(parent=vacancy.get_parent(), slug="driver", title="Driver")
    CVFactory(application=ApplicationFactory(applicant=volunteer, vacancy=other_job, language=language))
    opportunity = OpportunityPage.objects.get(slug=slugs["opportunity"], locale__language_code="en")
    other_role = OpportunityPageFactory(parent=opportunity.get_parent(), slug="shelter-helper", child_contact="none")
    applied = VolunteerApplicationFactory(volunteer=volunteer, opportunity=other_role, language=language)
    referee = RefereeFactory(application=applied)
    return volunteer, referee.link_path().removeprefix(f"/{language}")


def audit(page, language, pages):
    found = {}
    for name, path, action in pages:
        page.goto(f"/{language}{path}")
        expect(page.locator("html")).to_have_attribute("lang", language)
        if action:
            action(page)
        problems = describe(violations(page))
        if page.locator("h1").count() != 1:  # axe counts this as best practice; people need it to find their way
            problems += f"\nheadings: {page.locator('h1').count()} <h1> where one names the page"
        layout = phone_layout_problems(page)
        if layout:
            problems += f"\n{layout}"
        if problems:
            found[f"{name} ({page.url})"] = problems
    return found


@pytest.mark.parametrize("language", ["en", "km"])
def test_every_public_page_type_passes_axe(page, sign_in, home, home_km, language):
    slugs = build_public_site(home, home_km)

    volunteer, reference_form = someone_who_applied(slugs, language)
    refused = []  # the browser's own report of anything the Content-Security-Policy blocked (inline style...)
    page.on("console", lambda message: "Content Security Policy" in message.text and refused.append(message.text))

    found = audit(page, language, pages_to_audit(slugs, language))
    found |= audit(page, language, [("referee's form", reference_form, None)])
    sign_in(volunteer)
    found |= audit(page, language, signed_in_pages(slugs))

    report = "\n\n".join(f"{name}\n{problems}" for name, problems in found.items())
    assert not found, f"WCAG A/AA violations in {len(found)} page(s):\n\n{report}"
    assert not refused, "\n".join(refused)
