"""What happens when someone applies, withdraws or asks us to delete their data: one function each, used
by the views, the admin and the tests alike."""

from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation

from careers.models import PRIVACY_NOTICE_VERSION, Application, ApplicationDocument, VacancyPage
from notifications.services import notify


class VacancyClosed(Exception):
    pass


class AlreadyApplied(Exception):
    def __init__(self, application):
        super().__init__("already applied")
        self.application = application


def my_applications_path(language):
    with translation.override(language):
        return reverse("my_applications")


def existing_application(applicant, vacancy):
    return Application.objects.filter(applicant=applicant, vacancy_key=vacancy.translation_key).first()


@transaction.atomic
def submit_application(*, vacancy, applicant, form, language):
    """Save a valid ApplicationForm with its documents, and the two notifications it causes, all at once.

    Raises VacancyClosed for a vacancy that is not open, AlreadyApplied for a second application (a double
    click, a replayed form): never a second record, never a second email.
    """
    if not VacancyPage.objects.open().filter(pk=vacancy.pk).exists():
        raise VacancyClosed
    application = form.save(commit=False)
    application.vacancy = vacancy
    application.applicant = applicant
    application.email = applicant.email
    application.answers = form.answers()
    application.privacy_notice_version = PRIVACY_NOTICE_VERSION
    application.consented_at = timezone.now()
    application.language = language
    try:
        with transaction.atomic():
            application.save()
    except IntegrityError:
        raise AlreadyApplied(existing_application(applicant, vacancy)) from None
    for kind, upload in form.documents():
        ApplicationDocument.objects.create(application=application, kind=kind, **ApplicationDocument.fields_for(upload))
    notify(
        "careers/application_received",
        to=application.email,
        language=language,
        key=f"application-received:{application.pk}",
        context={
            "name": application.full_name,
            "vacancy": vacancy.title,
            "my_applications_path": my_applications_path(language),
        },
    )
    notify(
        "careers/new_application",
        to=vacancy.hr_contact,
        language="en",
        key=f"application-new:{application.pk}",
        context={
            "name": application.full_name,
            "vacancy": vacancy.title,
            "admin_path": reverse("careers_application:inspect", args=[application.pk]),
        },
    )
    return application


def withdraw(application, *, by):
    return application.move_to(Application.Stage.WITHDRAWN, by=by, note="Withdrawn by the applicant")


@transaction.atomic
def delete_application_data(application):
    """Delete an application, its documents (files first) and its history, at the applicant's request."""
    for document in application.documents.all():
        document.delete()
    application.delete()
