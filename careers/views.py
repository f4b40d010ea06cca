"""Applying for a vacancy and following one's applications. Every rule lives in careers.services."""

from allauth.account.decorators import verified_email_required

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from audit.services import Action, record
from careers.forms import ApplicationForm
from careers.models import Application, VacancyPage
from careers.services import (
    AlreadyApplied,
    VacancyClosed,
    delete_application_data,
    existing_application,
    submit_application,
)
from careers.services import withdraw as withdraw_application


def apply(request, vacancy):
    """/<lang>/careers/<vacancy>/apply/: signed in with a verified email, one application per vacancy."""
    return verified_email_required(_apply)(request, vacancy)


def _apply(request, vacancy):
    if not VacancyPage.objects.open().filter(pk=vacancy.pk).exists():
        return render(request, "careers/vacancy_closed.html", {"page": vacancy}, status=410)
    previous = existing_application(request.user, vacancy)
    if previous:
        messages.info(request, _("You have already applied for this vacancy."))
        return redirect("my_applications")
    form = ApplicationForm(request.POST or None, request.FILES or None, vacancy=vacancy)
    if request.method == "POST" and form.is_valid():
        try:
            submit_application(vacancy=vacancy, applicant=request.user, form=form, language=translation.get_language())
        except AlreadyApplied:
            messages.info(request, _("You have already applied for this vacancy."))
        except VacancyClosed:
            return render(request, "careers/vacancy_closed.html", {"page": vacancy}, status=410)
        else:
            messages.success(request, _("Thank you. Your application has been received; we have sent you an email."))
        return redirect("my_applications")
    return render(request, "careers/apply.html", {"page": vacancy, "form": form})


@login_required
def my_applications(request):
    applications = (
        Application.objects.filter(applicant=request.user).select_related("vacancy").prefetch_related("documents")
    )
    return render(request, "careers/my_applications.html", {"applications": applications})


@login_required
@require_POST
def withdraw(request, pk):
    application = get_object_or_404(Application, pk=pk, applicant=request.user)
    if application.can_withdraw:
        withdraw_application(application, by=request.user)
        messages.success(request, _("Your application has been withdrawn."))
    return redirect("my_applications")


@login_required
@require_POST
def delete_data(request, pk):
    application = get_object_or_404(Application, pk=pk, applicant=request.user)
    record(Action.DELETED, application, by=request.user, detail="by the applicant")
    delete_application_data(application)
    messages.success(request, _("Your application and its documents have been deleted."))
    return redirect("my_applications")
