"""Beat's careers jobs: HR hears of vacancies closing tomorrow and of new applications once a day; personal
data of long-closed vacancies is purged, documents first, and the purge is recorded."""

import datetime
import os

import pytest

from django.core import mail
from django.utils import timezone

from careers.models import Application, ApplicationPurge, DocumentDownload
from careers.tasks import announce_vacancies_closing_tomorrow, purge_applications_past_retention, send_daily_digest
from tests.factories import VacancyIndexPageFactory, VacancyPageFactory, translate
from tests.test_applications import application_data, apply_url, make_user

TODAY = timezone.localdate()


@pytest.fixture
def careers(home):
    return VacancyIndexPageFactory(parent=home)


def apply(client, vacancy, user):
    client.force_login(user)
    client.post(apply_url(vacancy), application_data())


def test_hr_hears_once_of_a_vacancy_closing_tomorrow_whatever_its_translations(
    careers, home_km, django_capture_on_commit_callbacks
):
    vacancy = VacancyPageFactory(parent=careers, title="Social worker", closing_date=TODAY + datetime.timedelta(days=1))
    translate(careers, "km", title="ការងារ")
    translate(vacancy, "km", title="បុគ្គលិកសង្គមកិច្ច")
    VacancyPageFactory(parent=careers, title="Cook", closing_date=TODAY + datetime.timedelta(days=5))

    with django_capture_on_commit_callbacks(execute=True):
        announce_vacancies_closing_tomorrow()
        announce_vacancies_closing_tomorrow()  # beat may run twice

    assert [message.subject for message in mail.outbox] == ["Closing tomorrow: Social worker"]


def test_daily_digest_counts_new_applications_per_vacancy(
    client, careers, django_user_model, django_capture_on_commit_callbacks
):
    vacancy = VacancyPageFactory(parent=careers, title="Social worker")
    for number in range(3):
        apply(client, vacancy, make_user(django_user_model, f"applicant{number}@example.org"))
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        send_daily_digest()
        send_daily_digest()

    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject == "3 new applications"
    assert "Social worker: 3" in mail.outbox[0].body


def test_applications_of_long_closed_vacancies_are_purged_documents_first(client, careers, django_user_model, settings):
    settings.CAREERS_RETENTION_DAYS = 30
    old = VacancyPageFactory(parent=careers, title="Old post")
    recent = VacancyPageFactory(parent=careers, title="Recent post")
    apply(client, old, make_user(django_user_model, "a@example.org"))
    apply(client, recent, make_user(django_user_model, "b@example.org"))
    old_document = Application.objects.get(vacancy=old).documents.get()
    DocumentDownload.objects.create(document=old_document, description="CV")
    path = old_document.file.path
    for vacancy, days_ago in ((old, 31), (recent, 29)):
        vacancy.closing_date = TODAY - datetime.timedelta(days=days_ago)
        vacancy.save_revision().publish()

    purge_applications_past_retention()

    assert list(Application.objects.values_list("vacancy__title", flat=True)) == ["Recent post"]
    assert not os.path.exists(path)
    record = ApplicationPurge.objects.get()
    assert (record.vacancy, record.applications, record.documents) == ("Old post", 1, 1)
    assert DocumentDownload.objects.get().description == "CV"  # the audit trail outlives the document
