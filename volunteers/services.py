"""What happens when someone applies to volunteer, acknowledges the policy, withdraws or deletes their data:
one function each, used by the views, the admin and the tests alike. Screening rules live on the models."""

from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import translation

from volunteers.models import (
    ChildProtectionPolicy,
    OpportunityPage,
    PoliceCheck,
    PolicyAcknowledgement,
    Referee,
    VolunteerApplication,
    VolunteerProfile,
)


class OpportunityClosed(Exception):
    pass


class NotEligible(Exception):
    """The volunteer cannot take this role (a minor applying for direct contact with children)."""


class AlreadyApplied(Exception):
    def __init__(self, application):
        super().__init__("already applied")
        self.application = application


def my_volunteering_path(language):
    with translation.override(language):
        return reverse("my_volunteering")


def existing_application(volunteer, opportunity):
    return VolunteerApplication.objects.filter(volunteer=volunteer, opportunity_key=opportunity.translation_key).first()


def may_apply(profile, opportunity):
    """Direct contact with children is for adults only."""
    return not opportunity.adults_only or profile.is_adult


@transaction.atomic
def acknowledge_policy(user, policy, *, language):
    """Record that `user` acknowledged this version of the policy (once per version, whatever the language)."""
    acknowledgement, _ = PolicyAcknowledgement.objects.get_or_create(
        user=user,
        policy_key=policy.translation_key,
        version=policy.version,
        defaults={"policy": policy, "language": language},
    )
    for application in user.volunteer_applications.filter(stage__in=["applied", "screening"]):
        application.alert_coordinator_if_ready()
    return acknowledgement


@transaction.atomic
def submit_volunteer_application(*, opportunity, volunteer, form, language):
    """Save a valid VolunteerApplicationForm: the application, the police check, the policy acknowledgement,
    the two referees, and the mails this causes (the volunteer, the coordinator, each referee), all at once.

    Raises OpportunityClosed, NotEligible, or AlreadyApplied (a double click or a replayed form): never a
    second record, never a second email.
    """
    if not OpportunityPage.objects.open().filter(pk=opportunity.pk).exists():
        raise OpportunityClosed
    if not may_apply(volunteer.volunteer_profile, opportunity):
        raise NotEligible
    application = VolunteerApplication(
        opportunity=opportunity, volunteer=volunteer, motivation=form.cleaned_data["motivation"], language=language
    )
    try:
        with transaction.atomic():
            application.save()
    except IntegrityError:
        raise AlreadyApplied(existing_application(volunteer, opportunity)) from None
    if upload := form.cleaned_data.get("police_check"):
        PoliceCheck.objects.create(application=application, **PoliceCheck.fields_for(upload))
    if form.cleaned_data.get("acknowledge_policy"):
        acknowledge_policy(volunteer, form.policy, language=language)
    referees = [Referee.objects.create(application=application, **details) for details in form.referees()]
    application.tell_volunteer("volunteers/application_received", key=f"volunteer-received:{application.pk}")
    application.tell_coordinator("volunteers/new_application", key=f"volunteer-new:{application.pk}")
    for referee in referees:
        referee.ask()
    return application


def current_policy_to_acknowledge(user):
    """The policy in force if `user` has not acknowledged it yet, else None."""
    policy = ChildProtectionPolicy.current()
    return policy if policy and not policy.acknowledged_by(user) else None


def withdraw(application, *, by):
    return application.move_to(VolunteerApplication.Stage.WITHDRAWN, by=by, note="Withdrawn by the volunteer")


@transaction.atomic
def delete_volunteer_application(application):
    """Delete an application with its police check (the file first), referees and history."""
    if police_check := application.police_check_or_none:
        police_check.delete()
    application.delete()


@transaction.atomic
def delete_volunteer_data(user):
    """Delete what the volunteers portal holds about `user` and may delete: applications that `can_delete`
    (with police checks and referees' answers) and, when none is kept, the acknowledgements and the profile.
    The account itself stays (it may hold job applications). Returns how many applications are kept."""
    kept = 0
    for application in user.volunteer_applications.all():
        if application.can_delete:
            delete_volunteer_application(application)
        else:
            kept += 1
    if not kept:
        PolicyAcknowledgement.objects.filter(user=user).delete()
        VolunteerProfile.objects.filter(user=user).delete()
    return kept
