"""Volunteering: the profile, applying with two referees, a police check and the policy, and following one's
applications. Clear refusals for bad input, and nobody reads anyone else's application."""

import datetime

import pytest

from django.core import mail
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.factories import (
    ChildProtectionPolicyFactory,
    OpportunityPageFactory,
    PoliceCheckFactory,
    RefereeFactory,
    UserFactory,
    VolunteerApplicationFactory,
    VolunteerProfileFactory,
    translate,
)
from tests.reading import english_words_in_text, soup, visible_text
from volunteers.models import PoliceCheck, PolicyAcknowledgement, Referee, VolunteerApplication, VolunteerProfile

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def police_check(content=PDF, name="police-check.pdf"):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def application_data(**overrides):
    data = {
        "motivation": "I taught drawing to children for two years and want to help again.",
        "referee_1_name": "Mr Kosal",
        "referee_1_relationship": "My teacher",
        "referee_1_email": "kosal@example.org",
        "referee_2_name": "Ms Bopha",
        "referee_2_relationship": "My employer",
        "referee_2_email": "bopha@example.org",
        "police_check": police_check(),
        "acknowledge_policy": "on",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def apply_url(opportunity, language="en"):
    return f"/{language}/volunteer/{opportunity.slug}/apply/"


def test_a_volunteer_applies_and_everyone_concerned_is_written_to(
    client, opportunity, policy, volunteer, django_capture_on_commit_callbacks
):
    client.force_login(volunteer)
    form_page = client.get(apply_url(opportunity))
    assert "I will never be alone with a child" in visible_text(form_page)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(apply_url(opportunity), application_data(), follow=True)

    assert "Your application has been received" in visible_text(response)
    application = VolunteerApplication.objects.get()
    assert application.volunteer == volunteer and application.stage == "applied"
    assert application.police_check.original_name == "police-check.pdf"
    assert application.police_check.file.read() == PDF
    assert [r.email for r in application.referees.all()] == ["kosal@example.org", "bopha@example.org"]
    acknowledgement = PolicyAcknowledgement.objects.get(user=volunteer)
    assert (acknowledgement.version, acknowledgement.language) == ("2026-1", "en")
    recipients = sorted(message.to[0] for message in mail.outbox)
    assert recipients == sorted(
        ["sophea@example.org", "volunteers@ccpcr.org.kh", "kosal@example.org", "bopha@example.org"]
    )
    to_referee = next(message for message in mail.outbox if message.to == ["kosal@example.org"])
    assert "Sophea Chan" in to_referee.subject
    assert "/en/volunteer/reference/" in to_referee.body


def test_applying_in_khmer_writes_to_the_volunteer_and_referees_in_khmer(
    client, home_km, opportunity, policy, volunteer, django_capture_on_commit_callbacks
):
    volunteering_km = translate(opportunity.get_parent().specific, "km", title="ស្ម័គ្រចិត្ត")
    assert volunteering_km.live
    translate(opportunity, "km", title="អ្នកសម្របសម្រួលក្លឹបកុមារ")
    client.force_login(volunteer)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(apply_url(opportunity, "km"), application_data())

    application = VolunteerApplication.objects.get()
    assert application.language == "km"
    to_volunteer = next(message for message in mail.outbox if message.to == ["sophea@example.org"])
    to_referee = next(message for message in mail.outbox if message.to == ["kosal@example.org"])
    names = ["Sophea", "Chan", "Mr", "Kosal", "CCPCR"]
    assert "អ្នកសម្របសម្រួលក្លឹបកុមារ" in to_volunteer.subject
    assert english_words_in_text(to_volunteer.body, names=names) == []
    assert english_words_in_text(to_referee.body, names=names) == []
    assert "/km/volunteer/reference/" in to_referee.body
    to_coordinator = next(message for message in mail.outbox if message.to == ["volunteers@ccpcr.org.kh"])
    assert "Child club facilitator" in to_coordinator.subject  # coordinators work in the English admin


def test_the_volunteer_is_asked_for_a_profile_first_and_comes_back_to_apply(client, opportunity, policy):
    newcomer = UserFactory(email="dara@example.org")
    client.force_login(newcomer)
    response = client.get(apply_url(opportunity), follow=True)
    assert "First, tell us about yourself" in visible_text(response)
    assert response.request["PATH_INFO"] == "/en/volunteer/profile/"

    response = client.post(
        "/en/volunteer/profile/",
        {
            "next": apply_url(opportunity),
            "full_name": "Dara Sok",
            "date_of_birth": "1999-02-03",
            "nationality": "Cambodian",
            "phone": "+855 12 111 222",
            "khmer_level": "fluent",
            "english_level": "basic",
            "skills": "Football coach for a village team.",
            "availability": "Sundays.",
            "emergency_contact_name": "Sok Lina",
            "emergency_contact_relationship": "Sister",
            "emergency_contact_phone": "+855 12 333 444",
        },
    )
    assert response.status_code == 302 and response["Location"] == apply_url(opportunity)
    assert VolunteerProfile.objects.get(user=newcomer).full_name == "Dara Sok"


def test_a_profile_refuses_a_date_of_birth_in_the_future_and_an_address_elsewhere_as_next(client, volunteer):
    client.force_login(volunteer)
    tomorrow = datetime.date.today() + datetime.timedelta(days=1)
    data = {"full_name": "Sophea Chan", "date_of_birth": tomorrow.isoformat(), "next": "https://evil.example/"}
    response = client.post("/en/volunteer/profile/", data)
    assert "Please enter your real date of birth." in visible_text(response)
    assert "evil.example" not in response.content.decode()
    assert VolunteerProfile.objects.get(user=volunteer).date_of_birth == datetime.date(1996, 4, 12)


def test_an_account_without_a_verified_email_cannot_apply(client, opportunity, policy):
    unverified = VolunteerProfileFactory(user__verified=False).user
    client.force_login(unverified)
    response = client.post(apply_url(opportunity), application_data())
    assert not VolunteerApplication.objects.exists()
    assert "Please confirm your email address" in visible_text(response)


def test_a_referee_cannot_be_the_volunteer_or_the_same_person_twice(client, opportunity, policy, volunteer):
    client.force_login(volunteer)
    response = client.post(
        apply_url(opportunity),
        application_data(referee_1_email="Sophea@Example.org", referee_2_email="bopha@example.org"),
    )
    assert "A referee must be someone else: this is your own email address." in visible_text(response)

    response = client.post(
        apply_url(opportunity),
        application_data(referee_1_email="bopha@example.org", referee_2_email="BOPHA@example.org"),
    )
    assert "Please give two different referees." in visible_text(response)
    assert not VolunteerApplication.objects.exists() and not Referee.objects.exists()
    # What the volunteer typed is still there to correct.
    assert soup(response).find("textarea", attrs={"name": "motivation"}).text.strip().startswith("I taught drawing")


def test_a_minor_cannot_apply_for_direct_contact_with_children_but_can_for_other_roles(
    client, volunteering, opportunity, policy
):
    seventeen = datetime.date.today().replace(year=datetime.date.today().year - 17) - datetime.timedelta(days=1)
    minor = VolunteerProfileFactory(date_of_birth=seventeen).user
    client.force_login(minor)
    response = client.post(apply_url(opportunity), application_data())
    assert "volunteers must be 18 or over" in visible_text(response)
    assert not VolunteerApplication.objects.exists()

    translation_role = OpportunityPageFactory(parent=volunteering, slug="translation", child_contact="none")
    client.post(apply_url(translation_role), application_data(police_check=None))
    assert VolunteerApplication.objects.get().opportunity == translation_role


def test_a_police_check_must_be_a_real_document_and_is_not_asked_when_there_is_no_contact(
    client, volunteering, opportunity, policy, volunteer
):
    client.force_login(volunteer)
    disguised = police_check(content=b"MZ\x90\x00 an executable", name="police-check.pdf")
    response = client.post(apply_url(opportunity), application_data(police_check=disguised))
    assert "Please upload a PDF or Word document" in visible_text(response)
    response = client.post(apply_url(opportunity), application_data(police_check=None))
    assert "This field is required." in visible_text(response)
    assert not VolunteerApplication.objects.exists() and not PoliceCheck.objects.exists()

    office = OpportunityPageFactory(parent=volunteering, slug="translation", child_contact="none")
    form_page = client.get(apply_url(office))
    assert soup(form_page).find("input", attrs={"name": "police_check"}) is None


def test_the_policy_is_acknowledged_once_per_version_and_asked_again_for_a_new_one(
    client, volunteering, opportunity, policy, volunteer
):
    client.force_login(volunteer)
    client.post(apply_url(opportunity), application_data())
    second_role = OpportunityPageFactory(parent=volunteering, slug="second", child_contact="indirect")
    form_page = client.get(apply_url(second_role))
    assert soup(form_page).find("input", attrs={"name": "acknowledge_policy"}) is None

    ChildProtectionPolicyFactory(version="2026-2", in_force_from=datetime.date.today())
    page = client.get("/en/volunteer/my-applications/")
    assert "has a version you have not acknowledged yet" in visible_text(page)
    assert soup(client.get(apply_url(second_role))).find("input", attrs={"name": "acknowledge_policy"})

    client.post("/en/volunteer/policy/", {"acknowledge_policy": "on"})
    versions = sorted(PolicyAcknowledgement.objects.filter(user=volunteer).values_list("version", flat=True))
    assert versions == ["2026-1", "2026-2"]
    assert "has a version you have not acknowledged yet" not in visible_text(
        client.get("/en/volunteer/my-applications/")
    )


def test_a_policy_in_force_tomorrow_is_not_yet_the_current_one(client, opportunity, policy, volunteer):
    ChildProtectionPolicyFactory(version="2027-1", in_force_from=datetime.date.today() + datetime.timedelta(days=1))
    client.force_login(volunteer)
    assert "version 2026-1" in visible_text(client.get(apply_url(opportunity)))


def test_applying_twice_keeps_one_application_and_sends_one_set_of_mails(
    client, opportunity, policy, volunteer, django_capture_on_commit_callbacks
):
    client.force_login(volunteer)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(apply_url(opportunity), application_data())
        response = client.post(apply_url(opportunity), application_data(), follow=True)
    assert "You have already applied for this opportunity." in visible_text(response)
    assert VolunteerApplication.objects.count() == 1
    assert len(mail.outbox) == 4


def test_a_closed_opportunity_takes_no_applications(client, opportunity, policy, volunteer):
    opportunity.closing_date = datetime.date.today() - datetime.timedelta(days=1)
    opportunity.save_revision().publish()
    client.force_login(volunteer)
    response = client.post(apply_url(opportunity), application_data())
    assert response.status_code == 410
    assert "This opportunity is closed." in visible_text(response)
    assert not VolunteerApplication.objects.exists()


def test_my_volunteering_shows_what_is_still_missing_but_never_a_referees_answers(client, opportunity, policy):
    application = VolunteerApplicationFactory(opportunity=opportunity)
    RefereeFactory(
        application=application,
        name="Mr Kosal",
        answered_at=datetime.datetime.now(datetime.UTC),
        suitability="Very patient with children, but often late.",
    )
    RefereeFactory(application=application, name="Ms Bopha")
    PoliceCheckFactory(application=application)
    client.force_login(application.volunteer)

    text = visible_text(client.get("/en/volunteer/my-applications/"))

    assert "Mr Kosal has sent a reference." in text
    assert "We are waiting for a reference from Ms Bopha." in text
    assert "We have your police check; a coordinator will verify it." in text
    assert "read and acknowledge the child-protection policy" in text
    assert "A coordinator will contact you to arrange an interview." in text
    assert "often late" not in text


def test_a_volunteer_cannot_withdraw_or_delete_another_volunteers_application(client, opportunity):
    application = VolunteerApplicationFactory(opportunity=opportunity)
    PoliceCheckFactory(application=application)
    client.force_login(VolunteerProfileFactory().user)
    assert client.post(f"/en/volunteer/my-applications/{application.pk}/withdraw/").status_code == 404
    assert client.post(f"/en/volunteer/my-applications/{application.pk}/delete/").status_code == 404
    application.refresh_from_db()
    assert application.stage == "applied" and application.police_check.file.read()
    assert "Sophea Chan" not in visible_text(client.get("/en/volunteer/my-applications/"))


def test_a_volunteer_withdraws_then_deletes_everything_and_the_police_check_file_goes_too(client, opportunity):
    application = VolunteerApplicationFactory(opportunity=opportunity)
    RefereeFactory(application=application)
    police = PoliceCheckFactory(application=application)
    storage, name = police.file.storage, police.file.name
    client.force_login(application.volunteer)

    response = client.post(f"/en/volunteer/my-applications/{application.pk}/withdraw/", follow=True)
    assert "Your application has been withdrawn." in visible_text(response)
    application.refresh_from_db()
    assert application.stage == "withdrawn"

    response = client.post("/en/volunteer/my-applications/delete-everything/", follow=True)
    assert "Your volunteer profile and all your volunteer applications have been deleted." in visible_text(response)
    assert not VolunteerApplication.objects.exists() and not Referee.objects.exists()
    assert not VolunteerProfile.objects.filter(user=application.volunteer).exists()
    assert not storage.exists(name)


def test_the_police_check_has_no_public_address(client, opportunity):
    police = PoliceCheckFactory(application=VolunteerApplicationFactory(opportunity=opportunity))
    with pytest.raises(ValueError):
        police.file.url  # noqa: B018
    assert client.get(f"/admin/volunteers/applications/{police.application_id}/police-check/").status_code == 302


def test_hostile_text_is_kept_as_text_and_shown_harmlessly(client, opportunity, policy, volunteer):
    client.force_login(volunteer)
    hostile = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    client.post(apply_url(opportunity), application_data(motivation=hostile, referee_1_name=hostile))
    application = VolunteerApplication.objects.get()
    assert application.motivation == hostile
    page = client.get("/en/volunteer/my-applications/").content.decode()
    assert "<script>alert" not in page and "&lt;script&gt;" in page


def test_a_khmer_page_that_says_less_contact_than_the_english_one_still_asks_for_a_police_check(
    client, home_km, opportunity, policy, volunteer
):
    translate(opportunity.get_parent().specific, "km", title="ស្ម័គ្រចិត្ត")
    translate(opportunity, "km", title="អ្នកសម្របសម្រួលក្លឹបកុមារ", child_contact="none")
    client.force_login(volunteer)
    form_page = client.get(apply_url(opportunity, "km"))
    assert soup(form_page).find("input", attrs={"name": "police_check"}) is not None
    client.post(apply_url(opportunity, "km"), application_data())
    assert VolunteerApplication.objects.get().child_contact == "direct"


def test_a_referee_address_too_long_to_store_is_refused_politely(client, opportunity, policy, volunteer):
    client.force_login(volunteer)
    long_address = "a" * 250 + "@example.org"
    response = client.post(apply_url(opportunity), application_data(referee_2_email=long_address))
    assert response.status_code == 200
    assert "Ensure this value has at most 254 characters" in visible_text(response)
    assert not VolunteerApplication.objects.exists()


def test_a_decided_application_is_kept_until_the_retention_period_even_if_the_volunteer_asks(
    client, opportunity, settings
):
    application = VolunteerApplicationFactory(opportunity=opportunity, stage="declined")
    RefereeFactory(application=application, has_concerns=True, concerns="Shouted at a child.")
    client.force_login(application.volunteer)

    page = client.get("/en/volunteer/my-applications/")
    assert "We keep the screening record of this application for 365 days" in visible_text(page)
    response = client.post(f"/en/volunteer/my-applications/{application.pk}/delete/", follow=True)
    assert "we keep the screening records of applications we have decided on for 365 days" in visible_text(response)
    client.post("/en/volunteer/my-applications/delete-everything/")
    assert VolunteerApplication.objects.filter(pk=application.pk).exists()
    assert Referee.objects.get().concerns == "Shouted at a child."
    # Nor can they apply for the same role again.
    assert "You have already applied" in visible_text(client.get(apply_url(opportunity), follow=True))


def test_an_acknowledged_policy_version_cannot_be_reworded_without_a_new_version(policy, volunteer):
    from volunteers.services import acknowledge_policy

    acknowledge_policy(volunteer, policy, language="en")
    policy.summary = "<ul><li>Something else entirely.</li></ul>"
    with pytest.raises(ValidationError) as refusal:
        policy.full_clean()
    assert "version" in refusal.value.message_dict
    policy.version = "2026-2"
    policy.full_clean()
    policy.save()
    assert not policy.acknowledged_by(volunteer)
