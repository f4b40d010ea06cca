"""Who may open what: every staff role against every view and download of personal data. Each role sees
only its part of the admin; a "no" never shows the data, whatever the status code."""

import pytest

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile

from tests.factories import (
    ApplicationFactory,
    ConcernFactory,
    CVFactory,
    ImageFactory,
    OpportunityIndexPageFactory,
    OpportunityPageFactory,
    PoliceCheckFactory,
    RefereeFactory,
    UserFactory,
    VacancyIndexPageFactory,
    VacancyPageFactory,
    VolunteerApplicationFactory,
)

ROLES = ["Editors", "Moderators", "Safeguarding leads", "HR", "Volunteer coordinators", "Administrators"]


@pytest.fixture
def records(home):
    """One job application with a CV, one volunteer application with a police check and a referee's answer."""
    from django.utils import timezone

    vacancy = VacancyPageFactory(parent=VacancyIndexPageFactory(parent=home))
    application = ApplicationFactory(vacancy=vacancy, full_name="Dara Applicant", cover_letter="Hello")
    cv = CVFactory(application=application, file__data=b"%PDF-1.4 CV of Dara\n")
    opportunity = OpportunityPageFactory(parent=OpportunityIndexPageFactory(parent=home))
    volunteering = VolunteerApplicationFactory(opportunity=opportunity)
    PoliceCheckFactory(application=volunteering)
    RefereeFactory(application=volunteering, answered_at=timezone.now(), suitability="Private view of the referee")
    image = ImageFactory(shows_child=True, consent_on_file=True, consent_date=timezone.localdate())
    image.consent_document.save("consent.pdf", ContentFile(b"%PDF-1.4 consent of a parent\n"), save=True)
    concern = ConcernFactory()
    return {"application": application, "cv": cv, "volunteering": volunteering, "image": image, "concern": concern}


def places(records):
    """(what, address, what only the allowed role may see) for each sensitive place."""
    application, cv, volunteering = records["application"], records["cv"], records["volunteering"]
    return {
        "job applications": ("/admin/careers_application/", "Dara Applicant"),
        "a job application": (f"/admin/careers_application/inspect/{application.pk}/", "Hello"),
        "a CV": (f"/admin/careers/documents/{cv.pk}/", "%PDF-1.4 CV of Dara"),
        "job applications export": ("/admin/careers_application/?export=csv", "Dara Applicant"),
        "volunteer applications": ("/admin/volunteers_application/", "Sophea Chan"),
        "referees' answers": (
            f"/admin/volunteers_application/inspect/{volunteering.pk}/",
            "Private view of the referee",
        ),
        "a police check": (f"/admin/volunteers/applications/{volunteering.pk}/police-check/", "%PDF"),
        "volunteer applications export": ("/admin/volunteers_application/?export=csv", "Sophea Chan"),
        "the audit trail": ("/admin/audit_trail/", "Audit trail"),
        "a consent form": (f"/admin/images/{records['image'].pk}/consent-form/", "consent of a parent"),
        "reported concerns": (f"/admin/safeguarding_concern/inspect/{records['concern'].pk}/", "sells flowers"),
    }


ALLOWED = {
    "job applications": {"HR"},
    "a job application": {"HR"},
    "a CV": {"HR"},
    "job applications export": {"HR"},
    "volunteer applications": {"Volunteer coordinators"},
    "referees' answers": {"Volunteer coordinators"},
    "a police check": {"Volunteer coordinators"},
    "volunteer applications export": {"Volunteer coordinators"},
    "the audit trail": {"Administrators"},
    "a consent form": {"Safeguarding leads"},
    "reported concerns": {"Safeguarding leads"},
}


def content(response):
    if response.streaming:
        return b"".join(response.streaming_content).decode(errors="replace")
    return response.content.decode()


@pytest.mark.parametrize("role", ROLES)
def test_each_role_opens_only_its_own_part_of_the_admin(client, records, role):
    person = UserFactory(username=role.lower().replace(" ", "-"))
    person.groups.add(Group.objects.get(name=role))
    client.force_login(person)
    seen = {}
    for what, (address, secret) in places(records).items():
        response = client.get(address)
        seen[what] = response.status_code == 200 and secret in content(response)
        if not seen[what]:
            assert secret not in content(response), (role, what)
    assert {what for what, opened in seen.items() if opened} == {
        what for what, roles in ALLOWED.items() if role in roles
    }
