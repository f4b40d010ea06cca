"""Careers in a real browser: an applicant applies in Khmer with a CV, and HR moves the application on."""

import pytest
from playwright.sync_api import expect

from django.contrib.auth.models import Group
from django.utils import translation
from django.utils.translation import gettext

from careers.models import Application
from tests.browser.axe import assert_accessible
from tests.factories import (
    ApplicationFactory,
    CVFactory,
    UserFactory,
    VacancyIndexPageFactory,
    VacancyPageFactory,
    translate,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
WEEKENDS = {"question": "Can you work weekends?", "help_text": "", "required": True}


def km(text):
    """What a Khmer reader sees for an interface string: the Khmer catalogue's translation."""
    with translation.override("km"):
        return gettext(text)


@pytest.fixture
def vacancy(home, home_km):
    careers = VacancyIndexPageFactory(parent=home)
    translate(careers, "km", title="ឱកាសការងារ")
    vacancy = VacancyPageFactory(parent=careers, slug="social-worker", screening_questions=[("yes_no", WEEKENDS)])
    translate(
        vacancy,
        "km",
        title="បុគ្គលិកសង្គមកិច្ច",
        intro="ចូលរួមជាមួយក្រុមការងារនៅមណ្ឌលបាវិត។",
        screening_questions=[("yes_no", {**WEEKENDS, "question": "តើអ្នកអាចធ្វើការថ្ងៃចុងសប្ដាហ៍បានទេ?"})],
    )
    return vacancy


def test_an_applicant_applies_in_khmer_with_a_cv_and_is_thanked_in_khmer(page, vacancy):
    UserFactory(email="dara@example.org")

    page.goto("/km/accounts/login/")
    page.get_by_label(km("Email")).fill("dara@example.org")
    page.get_by_label(km("Password")).fill("a long passphrase")
    page.locator("main").get_by_role("button", name=km("Log in")).click()
    page.goto("/km/careers/social-worker/")
    page.get_by_role("link", name=km("Apply for this job")).first.click()
    page.get_by_label(km("full name")).fill("ដារា សុខ")
    page.get_by_label(km("phone")).fill("+855 12 345 678")
    page.get_by_label(km("province")).select_option("svay-rieng")
    page.get_by_label(km("Khmer")).select_option("fluent")
    page.get_by_label(km("English")).select_option("good")
    page.get_by_label(km("cover letter")).fill("ខ្ញុំបានធ្វើការជាមួយកុមារបីឆ្នាំ។")
    page.get_by_label(km("Your CV")).set_input_files({"name": "cv.pdf", "mimeType": "application/pdf", "buffer": PDF})
    page.get_by_role("group", name="តើអ្នកអាចធ្វើការថ្ងៃចុងសប្ដាហ៍បានទេ?").get_by_label(km("Yes")).check()
    page.get_by_label(
        km("I have read the privacy notice and agree that CCPCR keeps my application to assess it.")
    ).check()
    page.get_by_role("button", name=km("Send my application")).click()

    thanks = km("Thank you. Your application has been received; we have sent you an email.")
    expect(page.get_by_role("status")).to_contain_text(thanks)
    expect(page.locator("html")).to_have_attribute("lang", "km")
    expect(page.get_by_role("main")).to_contain_text("បុគ្គលិកសង្គមកិច្ច")
    assert_accessible(page)
    application = Application.objects.get()
    assert (application.full_name, application.language) == ("ដារា សុខ", "km")
    assert application.vacancy.translation_key == vacancy.translation_key
    assert application.documents.get(kind="cv").file.read() == PDF


def test_hr_moves_an_application_to_screening_and_sees_the_new_stage(page, sign_in, vacancy):
    application = ApplicationFactory(vacancy=vacancy, full_name="Dara Sok")
    CVFactory(application=application)
    hr = UserFactory(username="hr", email="hr@ccpcr.org.kh")
    hr.groups.add(Group.objects.get(name="HR"))
    sign_in(hr)

    page.goto("/admin/careers_application/")
    page.get_by_role("link", name="Dara Sok").click()
    page.get_by_label("Move to").select_option(label="Screening")
    page.get_by_label("Note:", exact=True).fill("A strong CV: invite to the written test.")
    page.get_by_role("button", name="Move", exact=True).click()

    expect(page.get_by_text("The application has moved to “Screening”.")).to_be_visible()
    expect(page.locator("main")).to_contain_text("Received → Screening")
    application.refresh_from_db()
    assert application.stage == Application.Stage.SCREENING
    assert application.stage_changes.get().note == "A strong CV: invite to the written test."
