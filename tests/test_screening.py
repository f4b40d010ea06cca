"""Screening in the Wagtail admin: the approval rule holds from every door (the model, the admin view), the
police check needs a second coordinator, and only coordinators see volunteers' records."""

import datetime

import pytest

from django.contrib.auth.models import Group
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone

from tests.factories import (
    ChildProtectionPolicyFactory,
    OpportunityPageFactory,
    PoliceCheckFactory,
    RefereeFactory,
    UserFactory,
    VolunteerApplicationFactory,
)
from tests.reading import visible_text
from volunteers.models import Check, ScreeningEvent, VolunteerApplication
from volunteers.services import acknowledge_policy


def staff(username, group):
    user = UserFactory(username=username, is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def coordinator(db):
    return staff("coordinator", "Volunteer coordinators")


@pytest.fixture
def second_coordinator(db):
    return staff("coordinator2", "Volunteer coordinators")


def application_for(volunteering, child_contact, stage="screening"):
    opportunity = OpportunityPageFactory(parent=volunteering, slug=f"role-{child_contact}", child_contact=child_contact)
    return VolunteerApplicationFactory(opportunity=opportunity, stage=stage)


def answered_and_reviewed_references(application, by):
    for _ in range(2):
        referee = RefereeFactory(application=application, answered_at=timezone.now(), suitability="Kind and reliable.")
        referee.mark_reviewed(by=by)


def screened_except_police_check(volunteering, policy, coordinator):
    """A direct-contact application with the policy acknowledged, references reviewed and an interview held."""
    application = application_for(volunteering, "direct")
    acknowledge_policy(application.volunteer, policy, language="en")
    answered_and_reviewed_references(application, coordinator)
    application.record_interview(by=coordinator)
    PoliceCheckFactory(application=application)
    return application


def inspect_url(application):
    return f"/admin/volunteers_application/inspect/{application.pk}/"


def test_approval_with_a_check_missing_is_refused_by_the_model(volunteering, policy, coordinator):
    application = application_for(volunteering, "direct")
    with pytest.raises(ValidationError) as refusal:
        application.move_to("approved", by=coordinator)
    assert "Missing check: Police check verified by a second coordinator." in refusal.value.messages
    assert "Missing check: Interview held." in refusal.value.messages
    application.refresh_from_db()
    assert application.stage == "screening"


def test_each_level_of_contact_with_children_requires_its_own_checks(volunteering):
    none, indirect, direct = (application_for(volunteering, level) for level in ("none", "indirect", "direct"))
    assert none.required_checks() == [Check.POLICY, Check.REFERENCES]
    assert indirect.required_checks() == [Check.POLICY, Check.REFERENCES, Check.POLICE_CHECK]
    assert direct.required_checks() == [
        Check.POLICY,
        Check.REFERENCES,
        Check.POLICE_CHECK,
        Check.INTERVIEW,
        Check.ADULT,
    ]


def test_a_volunteer_without_contact_with_children_is_approved_once_policy_and_references_are_done(
    volunteering, policy, coordinator
):
    application = application_for(volunteering, "none")
    acknowledge_policy(application.volunteer, policy, language="en")
    answered_and_reviewed_references(application, coordinator)
    application.move_to("approved", by=coordinator)
    assert VolunteerApplication.objects.get().stage == "approved"


def test_the_coordinator_who_verified_the_police_check_cannot_also_approve(
    volunteering, policy, coordinator, second_coordinator
):
    application = screened_except_police_check(volunteering, policy, coordinator)
    application.police_check.verify(by=coordinator)

    with pytest.raises(ValidationError) as refusal:
        application.move_to("approved", by=coordinator)
    assert "You verified the police check yourself: another coordinator must approve." in refusal.value.messages

    application.move_to("approved", by=second_coordinator)
    assert VolunteerApplication.objects.get().stage == "approved"


def test_nobody_verifies_their_own_police_check(volunteering, policy):
    application = application_for(volunteering, "indirect")
    police = PoliceCheckFactory(application=application)
    with pytest.raises(ValidationError):
        police.verify(by=application.volunteer)
    police.refresh_from_db()
    assert police.verified_at is None


def test_a_minor_is_never_approved_for_direct_contact(volunteering, policy, coordinator, second_coordinator):
    application = screened_except_police_check(volunteering, policy, coordinator)
    application.police_check.verify(by=second_coordinator)
    profile = application.volunteer.volunteer_profile
    profile.date_of_birth = datetime.date.today().replace(year=datetime.date.today().year - 16)
    profile.save()
    with pytest.raises(ValidationError) as refusal:
        application.move_to("approved", by=coordinator)
    assert refusal.value.messages == ["Missing check: Volunteer is 18 or over."]


def test_a_new_policy_version_must_be_acknowledged_before_approval(volunteering, policy, coordinator):
    application = application_for(volunteering, "none")
    acknowledge_policy(application.volunteer, policy, language="en")
    answered_and_reviewed_references(application, coordinator)
    ChildProtectionPolicyFactory(version="2026-2", in_force_from=datetime.date.today())
    with pytest.raises(ValidationError):
        application.move_to("approved", by=coordinator)


def test_stages_follow_the_path_and_skip_nothing(volunteering, coordinator):
    application = application_for(volunteering, "none", stage="applied")
    with pytest.raises(ValidationError):
        application.move_to("approved", by=coordinator)
    with pytest.raises(ValidationError):
        application.move_to("active", by=coordinator)
    application.move_to("screening", by=coordinator)
    assert list(application.events.values_list("kind", "text")) == [("stage", "Applied → Screening")]


def test_in_the_admin_approval_is_refused_until_a_second_coordinator_verifies_the_police_check(
    client, volunteering, policy, coordinator, second_coordinator, django_capture_on_commit_callbacks
):
    application = screened_except_police_check(volunteering, policy, coordinator)
    client.force_login(coordinator)

    response = client.post(f"/admin/volunteers/applications/{application.pk}/move/", {"stage": "approved"}, follow=True)
    assert "Missing check: Police check verified by a second coordinator." in visible_text(response)

    client.post(f"/admin/volunteers/applications/{application.pk}/police-check/verify/")
    response = client.post(f"/admin/volunteers/applications/{application.pk}/move/", {"stage": "approved"}, follow=True)
    assert "You verified the police check yourself: another coordinator must approve." in visible_text(response)
    application.refresh_from_db()
    assert application.stage == "screening"

    client.force_login(second_coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/volunteers/applications/{application.pk}/move/",
            {"stage": "approved", "note": "Welcome aboard."},
            follow=True,
        )
    assert "The application has moved to “Approved”." in visible_text(response)
    application.refresh_from_db()
    assert application.stage == "approved"
    approval = next(message for message in mail.outbox if message.to == [application.email])
    assert "approved" in approval.subject


def test_the_coordinator_is_told_once_when_every_check_is_complete(
    volunteering, policy, coordinator, second_coordinator, django_capture_on_commit_callbacks
):
    application = screened_except_police_check(volunteering, policy, coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        application.police_check.verify(by=second_coordinator)
        application.record(ScreeningEvent.Kind.NOTE, by=coordinator, note="All in order.")
        application.alert_coordinator_if_ready()
    alerts = [message for message in mail.outbox if message.subject.startswith("Screening complete")]
    assert len(alerts) == 1 and alerts[0].to == ["volunteers@ccpcr.org.kh"]


def test_a_reference_that_raises_a_concern_needs_a_note_to_be_reviewed(client, volunteering, coordinator):
    application = application_for(volunteering, "direct")
    referee = RefereeFactory(
        application=application, answered_at=timezone.now(), has_concerns=True, concerns="Left a job suddenly."
    )
    client.force_login(coordinator)
    url = f"/admin/volunteers/applications/{application.pk}/referees/{referee.pk}/review/"
    response = client.post(url, {"note": "  "}, follow=True)
    assert "This referee raised a concern: write down what you found and decided." in visible_text(response)
    client.post(url, {"note": "Spoke to the referee: a family emergency. No risk to children."})
    referee.refresh_from_db()
    assert referee.reviewed_by == coordinator
    assert application.events.get(kind="reference-reviewed").note.startswith("Spoke to the referee")


def test_a_coordinator_sees_the_checklist_the_answers_and_the_history(client, volunteering, policy, coordinator):
    application = screened_except_police_check(volunteering, policy, coordinator)
    client.force_login(coordinator)
    text = visible_text(client.get(inspect_url(application)))
    assert "Done: Child-protection policy acknowledged (current version)" in text
    assert "Missing: Police check verified by a second coordinator" in text
    assert "Kind and reliable." in text
    assert "Interview held" in text


def test_downloading_a_police_check_is_for_coordinators_and_is_written_in_the_history(
    client, volunteering, coordinator
):
    application = application_for(volunteering, "indirect")
    PoliceCheckFactory(application=application)
    client.force_login(coordinator)
    response = client.get(f"/admin/volunteers/applications/{application.pk}/police-check/")
    assert response["Content-Disposition"].startswith("attachment")
    assert "no-store" in response["Cache-Control"]
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    event = application.events.get(kind="police-check-downloaded")
    assert event.by == coordinator


@pytest.mark.parametrize("group", ["HR", "Editors"])
def test_hr_and_editors_cannot_open_volunteers_records(client, volunteering, group):
    application = application_for(volunteering, "indirect")
    RefereeFactory(application=application, answered_at=timezone.now(), suitability="Secret opinion.")
    PoliceCheckFactory(application=application)
    client.force_login(staff("someone", group))

    assert client.get("/admin/volunteers_application/").status_code in (302, 403)
    inspect = client.get(inspect_url(application))
    assert inspect.status_code in (302, 403) and b"Secret opinion." not in inspect.content
    download = client.get(f"/admin/volunteers/applications/{application.pk}/police-check/")
    assert download.status_code in (302, 403) and not download.has_header("Content-Disposition")
    client.post(f"/admin/volunteers/applications/{application.pk}/police-check/verify/")
    assert application.police_check.__class__.objects.get().verified_at is None
    assert not application.events.exists()


def test_coordinators_keep_the_child_protection_policy_and_editors_do_not(client, policy):
    client.force_login(staff("coordinator", "Volunteer coordinators"))
    listing = client.get("/admin/snippets/volunteers/childprotectionpolicy/")
    assert "2026-1" in visible_text(listing)
    assert client.get("/admin/snippets/volunteers/childprotectionpolicy/add/").status_code == 200

    client.force_login(staff("editor", "Editors"))
    assert client.get("/admin/snippets/volunteers/childprotectionpolicy/").status_code in (302, 403)


def test_the_coordinators_list_takes_the_same_number_of_queries_for_more_volunteers(client, volunteering, coordinator):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    opportunity = OpportunityPageFactory(parent=volunteering, slug="club")
    client.force_login(coordinator)

    def queries_with(count):
        while VolunteerApplication.objects.count() < count:
            VolunteerApplicationFactory(opportunity=opportunity)
        client.get("/admin/volunteers_application/")
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/admin/volunteers_application/")
        assert visible_text(response).count("Child club facilitator") >= count
        return len(queries)

    assert queries_with(2) == queries_with(12)


def test_an_editor_lowering_the_contact_with_children_lowers_no_checks(volunteering, policy, coordinator):
    application = application_for(volunteering, "direct")
    acknowledge_policy(application.volunteer, policy, language="en")
    answered_and_reviewed_references(application, coordinator)
    opportunity = application.opportunity
    opportunity.child_contact = "none"
    opportunity.save_revision().publish()

    application = VolunteerApplication.objects.get(pk=application.pk)
    assert application.child_contact == "direct"
    with pytest.raises(ValidationError) as refusal:
        application.move_to("approved", by=coordinator)
    assert "Missing check: Police check verified by a second coordinator." in refusal.value.messages


def test_a_coordinator_cannot_screen_their_own_application_or_read_their_referees(client, volunteering, coordinator):
    opportunity = OpportunityPageFactory(parent=volunteering, slug="club")
    own = VolunteerApplicationFactory(opportunity=opportunity, volunteer=coordinator, stage="screening")
    referee = RefereeFactory(application=own, answered_at=timezone.now(), suitability="Honest opinion.")
    PoliceCheckFactory(application=own)
    client.force_login(coordinator)

    assert "Honest opinion." not in visible_text(client.get(inspect_url(own)))
    refused = (302, 403)  # Wagtail answers a refusal in the admin with a redirect and a message
    assert client.post(f"/admin/volunteers/applications/{own.pk}/referees/{referee.pk}/review/").status_code in refused
    assert client.post(f"/admin/volunteers/applications/{own.pk}/interview/").status_code in refused
    download = client.get(f"/admin/volunteers/applications/{own.pk}/police-check/")
    assert download.status_code in refused and not download.has_header("Content-Disposition")
    referee.refresh_from_db()
    assert referee.reviewed_at is None and not own.events.exists()


def test_two_coordinators_verifying_at_once_make_one_verification(volunteering, coordinator, second_coordinator):
    application = application_for(volunteering, "indirect")
    first = PoliceCheckFactory(application=application)
    second = type(first).objects.get(pk=first.pk)  # the same check, loaded by another coordinator
    first.verify(by=coordinator)
    second.verify(by=second_coordinator)
    assert type(first).objects.get().verified_by == coordinator
    assert application.events.filter(kind="police-check-verified").count() == 1


def test_the_admin_offers_no_form_to_edit_or_delete_a_volunteers_application(client, volunteering, coordinator):
    application = application_for(volunteering, "none")
    client.force_login(coordinator)
    assert client.get(f"/admin/volunteers_application/edit/{application.pk}/", follow=True).status_code == 404
    assert client.post(f"/admin/volunteers_application/delete/{application.pk}/", follow=True).status_code == 404
    assert client.get("/admin/volunteers_application/new/", follow=True).status_code == 404
    assert VolunteerApplication.objects.filter(pk=application.pk).exists()


def test_a_volunteer_withdrawing_is_told_to_the_coordinator(client, volunteering, django_capture_on_commit_callbacks):
    application = application_for(volunteering, "none", stage="applied")
    client.force_login(application.volunteer)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/km/volunteer/my-applications/{application.pk}/withdraw/")
    [alert] = [message for message in mail.outbox if message.to == ["volunteers@ccpcr.org.kh"]]
    assert alert.subject == "Application withdrawn: Sophea Chan"
    assert application.events.get().text == "Applied → Withdrawn"  # in English, for the admin
