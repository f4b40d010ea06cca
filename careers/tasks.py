"""Careers jobs run by Celery beat: vacancies closing tomorrow, the daily digest, and the retention purge."""

import logging
from collections import defaultdict
from datetime import timedelta

from celery import shared_task

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from audit.services import Action, record
from careers.models import Application, ApplicationPurge, VacancyPage
from notifications.services import notify

logger = logging.getLogger(__name__)


def _one_per_vacancy(vacancies):
    """English and Khmer pages of a vacancy are one vacancy to HR: keep the first page of each."""
    seen = {}
    for vacancy in vacancies.order_by("pk"):
        seen.setdefault(vacancy.translation_key, vacancy)
    return list(seen.values())


@shared_task
def announce_vacancies_closing_tomorrow():
    tomorrow = timezone.localdate() + timedelta(days=1)
    for vacancy in _one_per_vacancy(VacancyPage.objects.open().filter(closing_date=tomorrow)):
        notify(
            "careers/vacancy_closing",
            to=vacancy.hr_contact,
            language="en",
            key=f"vacancy-closing:{vacancy.translation_key}:{tomorrow.isoformat()}",
            context={
                "vacancy": vacancy.title,
                "applications": Application.objects.filter(vacancy_key=vacancy.translation_key).count(),
            },
        )


@shared_task
def send_daily_digest():
    """Each HR contact hears of yesterday's new applications to their vacancies, once a day."""
    since = timezone.now() - timedelta(days=1)
    new = Application.objects.filter(submitted_at__gte=since).select_related("vacancy")
    by_contact = defaultdict(lambda: defaultdict(int))
    for application in new:
        by_contact[application.vacancy.hr_contact][application.vacancy.title] += 1
    today = timezone.localdate().isoformat()
    for contact, counts in by_contact.items():
        notify(
            "careers/daily_digest",
            to=contact,
            language="en",
            key=f"digest:{contact}:{today}",
            context={
                "vacancies": sorted(counts.items()),
                "total": sum(counts.values()),
                "admin_path": reverse("careers_application:index"),
            },
        )


@shared_task
def purge_applications_past_retention():
    """Delete the applications (documents first) of vacancies closed more than CAREERS_RETENTION_DAYS ago."""
    cutoff = timezone.localdate() - timedelta(days=settings.CAREERS_RETENTION_DAYS)
    closed_long_ago = VacancyPage.objects.filter(closing_date__lt=cutoff).values_list("translation_key", flat=True)
    for key in set(closed_long_ago):
        with transaction.atomic():
            applications = Application.objects.filter(vacancy_key=key).select_related("vacancy")
            first = applications.first()
            if first is None:
                continue
            documents = 0
            for application in applications:
                for document in application.documents.all():
                    document.delete()  # the file, then the row
                    documents += 1
            count = applications.count()
            ApplicationPurge.objects.create(vacancy=first.vacancy.title, applications=count, documents=documents)
            record(Action.PURGED, f"{count} applications", detail=f"{documents} documents; vacancy {first.vacancy.pk}")
            applications.delete()
        logger.info("Purged %s applications and %s documents of %s", count, documents, first.vacancy.title)
