"""Beat's volunteers jobs: referees who have not answered are reminded once per period while their link works,
and the screening records of long-closed applications (police checks, referees' answers) are purged, files
first, with a record of how many and never whose."""

import datetime
import os

import pytest

from django.core import mail
from django.db.models import F
from django.urls import reverse
from django.utils import timezone

from notifications.models import Notification
from private_files.uploads import private_storage
from tests.factories import (
    PoliceCheckFactory,
    RefereeFactory,
    VolunteerApplicationFactory,
    VolunteerProfileFactory,
)
from tests.reading import visible_text
from volunteers.models import PoliceCheck, Referee, ScreeningPurge
from volunteers.tasks import purge_screening_records_past_retention, remind_referees

DAY = datetime.timedelta(days=1)


@pytest.fixture(autouse=True)
def periods(settings):
    settings.VOLUNTEERS_REFERENCE_REMINDER_DAYS = 7
    settings.VOLUNTEERS_REFERENCE_LINK_DAYS = 21
    settings.VOLUNTEERS_RETENTION_DAYS = 30


def application_from(opportunity, name, stage="applied", changed_days_ago=0):
    return VolunteerApplicationFactory(
        opportunity=opportunity,
        volunteer=VolunteerProfileFactory(full_name=name).user,
        stage=stage,
        stage_changed_at=timezone.now() - changed_days_ago * DAY,
    )


def asked(application, email, days_ago, **fields):
    """A referee asked `days_ago` days ago, whose link expires as it would have then."""
    requested_at = timezone.now() - days_ago * DAY
    fields = {"requested_at": requested_at, "link_expires_at": requested_at + 21 * DAY, **fields}
    return RefereeFactory(application=application, email=email, **fields)


def days_pass(days):
    """Move every referee's clock back, as if `days` had gone by."""
    Referee.objects.update(
        requested_at=F("requested_at") - days * DAY, link_expires_at=F("link_expires_at") - days * DAY
    )


def reminders():
    return [(message.to[0], message.subject) for message in mail.outbox]


def test_a_referee_is_reminded_once_per_period(opportunity, django_capture_on_commit_callbacks):
    referee = asked(application_from(opportunity, "Sophea Chan"), "kosal@example.org", days_ago=8)

    with django_capture_on_commit_callbacks(execute=True):
        remind_referees()
        remind_referees()  # beat may run twice the same day
    assert reminders() == [("kosal@example.org", "Reminder: a reference for Sophea Chan")]
    assert referee.link_path() in mail.outbox[0].body

    days_pass(5)  # 13 days: still the first period
    with django_capture_on_commit_callbacks(execute=True):
        remind_referees()
    assert len(mail.outbox) == 1

    days_pass(2)  # 15 days: the second period
    with django_capture_on_commit_callbacks(execute=True):
        remind_referees()
        remind_referees()
    assert reminders() == [("kosal@example.org", "Reminder: a reference for Sophea Chan")] * 2
    referee.refresh_from_db()
    assert referee.reminders_sent == 2
    assert Notification.objects.filter(to="kosal@example.org").count() == 2


def test_only_referees_still_awaited_are_reminded(opportunity, django_capture_on_commit_callbacks):
    waiting = application_from(opportunity, "Sophea Chan", stage="screening")
    asked(waiting, "awaited@example.org", days_ago=8)
    asked(waiting, "asked-lately@example.org", days_ago=6)
    asked(waiting, "answered@example.org", days_ago=8, answered_at=timezone.now() - DAY, how_known="Teacher")
    asked(waiting, "expired@example.org", days_ago=22)
    asked(waiting, "cut-short@example.org", days_ago=8, link_expires_at=timezone.now() - DAY)
    asked(application_from(opportunity, "Dara Sok", stage="withdrawn"), "withdrawn@example.org", days_ago=8)
    asked(application_from(opportunity, "Vanna Keo", stage="declined"), "declined@example.org", days_ago=8)
    asked(application_from(opportunity, "Bopha Lim", stage="approved"), "approved@example.org", days_ago=8)

    with django_capture_on_commit_callbacks(execute=True):
        remind_referees()

    assert [to for to, _ in reminders()] == ["awaited@example.org"]
    assert list(Referee.objects.filter(reminders_sent__gt=0).values_list("email", flat=True)) == ["awaited@example.org"]


def test_a_new_link_starts_its_reminders_afresh(opportunity, django_user_model, django_capture_on_commit_callbacks):
    coordinator = django_user_model.objects.create_user("coordinator", "coordinator@ccpcr.org.kh", "a passphrase")
    referee = asked(application_from(opportunity, "Sophea Chan"), "kosal@example.org", days_ago=8)
    with django_capture_on_commit_callbacks(execute=True):
        remind_referees()
        referee.renew_link(by=coordinator)
        remind_referees()  # the new link was sent today: no reminder yet
    assert [subject for _, subject in reminders()] == [
        "Reminder: a reference for Sophea Chan",
        "A reference for Sophea Chan, who wants to volunteer with CCPCR",
    ]
    mail.outbox.clear()

    days_pass(8)
    with django_capture_on_commit_callbacks(execute=True):
        remind_referees()

    referee.refresh_from_db()
    [reminder] = mail.outbox
    assert reminder.subject == "Reminder: a reference for Sophea Chan"
    assert referee.link_path() in reminder.body and referee.reminders_sent == 1


def screened(opportunity, name, stage, changed_days_ago):
    """An application with a police check, a referee who answered and one who did not."""
    application = application_from(opportunity, name, stage=stage, changed_days_ago=changed_days_ago)
    PoliceCheckFactory(application=application)
    slug = name.split()[0].lower()
    RefereeFactory(
        application=application,
        email=f"{slug}-teacher@example.org",
        answered_at=timezone.now() - 60 * DAY,
        how_known="Her teacher",
        known_for="Five years",
        suitability="Kind and patient",
        has_concerns=True,
        concerns="Once late to class",
    )
    RefereeFactory(application=application, email=f"{slug}-neighbour@example.org")
    return application


def answers_of(application):
    return [
        (r.how_known, r.known_for, r.suitability, r.has_concerns, r.concerns, r.answers_purged_at is not None)
        for r in application.referees.filter(answered_at__isnull=False)
    ]


KEPT_ANSWERS = [("Her teacher", "Five years", "Kind and patient", True, "Once late to class", False)]
PURGED_ANSWERS = [("", "", "", None, "", True)]


def test_screening_records_of_long_closed_applications_are_purged_files_first(opportunity):
    old_declined = screened(opportunity, "Sophea Chan", "declined", changed_days_ago=31)
    old_withdrawn = application_from(opportunity, "Dara Sok", stage="withdrawn", changed_days_ago=45)
    RefereeFactory(application=old_withdrawn, answered_at=timezone.now() - 50 * DAY, how_known="Neighbour")
    recent_declined = screened(opportunity, "Vanna Keo", "declined", changed_days_ago=29)
    long_active = screened(opportunity, "Bopha Lim", "active", changed_days_ago=400)
    old_file = old_declined.police_check.file
    old_path, old_name = old_file.path, old_file.name
    kept_paths = [application.police_check.file.path for application in (recent_declined, long_active)]
    assert os.path.exists(old_path)
    for application in (old_declined, recent_declined):
        application.record("reference-reviewed", text="Her teacher", note="The teacher says she was once late.")

    purge_screening_records_past_retention()

    assert list(old_declined.events.values_list("kind", "text", "note")) == [("reference-reviewed", "", "")]
    assert recent_declined.events.get().note == "The teacher says she was once late."

    assert not os.path.exists(old_path) and not private_storage().exists(old_name)
    assert not PoliceCheck.objects.filter(application=old_declined).exists()
    assert answers_of(old_declined) == PURGED_ANSWERS
    assert answers_of(old_withdrawn) == PURGED_ANSWERS
    for application, path in zip((recent_declined, long_active), kept_paths, strict=True):
        assert os.path.exists(path)
        assert PoliceCheck.objects.get(application=application).file.read() == b"%PDF-1.4\n%%EOF\n"
        assert answers_of(application) == KEPT_ANSWERS
        application.refresh_from_db()
        assert application.screening_purged_at is None
    # The applications themselves, and who the referees were, remain for the coordinators' history.
    old_declined.refresh_from_db()
    assert old_declined.screening_purged_at is not None and old_declined.referees.count() == 2
    purge = ScreeningPurge.objects.get()
    assert (purge.applications, purge.references, purge.police_checks) == (2, 2, 1)

    purge_screening_records_past_retention()

    assert ScreeningPurge.objects.count() == 1
    assert answers_of(recent_declined) == KEPT_ANSWERS and answers_of(long_active) == KEPT_ANSWERS
    assert all(os.path.exists(path) for path in kept_paths)


def test_a_purged_reference_is_shown_as_deleted_to_the_coordinator(client, opportunity, django_user_model):
    application = screened(opportunity, "Sophea Chan", "declined", changed_days_ago=31)
    purge_screening_records_past_retention()
    coordinator = django_user_model.objects.create_superuser("coordinator", "coordinator@ccpcr.org.kh", "pass")
    client.force_login(coordinator)

    page = visible_text(client.get(reverse("volunteers_application:inspect", args=[application.pk])))

    assert "The answers were deleted on" in page
    assert "Kind and patient" not in page and "Once late to class" not in page
    assert "No police check." in page
