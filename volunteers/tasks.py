"""Volunteers' jobs run by Celery beat: reminding referees, and the retention purge of screening records."""

import logging
from datetime import timedelta

from celery import shared_task

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from volunteers.models import Referee, ScreeningEvent, ScreeningPurge, VolunteerApplication

logger = logging.getLogger(__name__)

STILL_SCREENING = [VolunteerApplication.Stage.APPLIED, VolunteerApplication.Stage.SCREENING]


@shared_task
def remind_referees():
    """Remind each referee who has not answered once per VOLUNTEERS_REFERENCE_REMINDER_DAYS while their link
    works. A reminder is keyed by its period, so running this twice in a day sends nothing twice."""
    now = timezone.now()
    every = timedelta(days=settings.VOLUNTEERS_REFERENCE_REMINDER_DAYS)
    waiting = Referee.objects.filter(
        answered_at__isnull=True,
        link_expires_at__gt=now,
        requested_at__lte=now - every,
        application__stage__in=STILL_SCREENING,
    ).select_related("application__opportunity", "application__volunteer__volunteer_profile")
    for referee in waiting:
        with transaction.atomic():
            # Read again under a lock: a coordinator may have sent a new link, or the referee answered, since.
            referee = waiting.select_for_update(of=("self",)).filter(pk=referee.pk).first()
            if referee is None:
                continue
            period = (now - referee.requested_at) // every
            if referee.reminders_sent < period:
                referee.remind(period)
                Referee.objects.filter(pk=referee.pk).update(reminders_sent=period)


@shared_task
def purge_screening_records_past_retention():
    """Delete police checks, referees' answers and coordinators' notes of volunteers declined, withdrawn or
    finished more than VOLUNTEERS_RETENTION_DAYS ago, and record how many (never whose)."""
    cutoff = timezone.now() - timedelta(days=settings.VOLUNTEERS_RETENTION_DAYS)
    closed_long_ago = VolunteerApplication.objects.filter(
        stage__in=VolunteerApplication.CLOSED_STAGES, stage_changed_at__lt=cutoff, screening_purged_at__isnull=True
    ).select_related("police_check")
    applications = references = police_checks = 0
    with transaction.atomic():
        for application in closed_long_ago:
            if police_check := application.police_check_or_none:
                police_check.delete()  # the file, then the row
                police_checks += 1
            for referee in application.referees.filter(answered_at__isnull=False, answers_purged_at__isnull=True):
                referee.purge_answers()
                references += 1
            # Notes may repeat what a referee said, and details name files and referees; who did what, and
            # when, stays.
            application.events.exclude(note="").update(note="")
            application.events.exclude(kind=ScreeningEvent.Kind.STAGE).update(text="")
            application.screening_purged_at = timezone.now()
            application.save(update_fields=["screening_purged_at"])
            applications += 1
        if applications:
            ScreeningPurge.objects.create(applications=applications, references=references, police_checks=police_checks)
    logger.info("Purged screening records of %s applications", applications)
