"""The volunteers' side: profile, applying, following one's applications, the policy, and the referee's form.
Every rule lives in volunteers.models and volunteers.services."""

from allauth.account.decorators import verified_email_required

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import IntegrityError, transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from audit.services import Action, record
from volunteers.forms import PolicyAcknowledgementForm, ReferenceForm, VolunteerApplicationForm, VolunteerProfileForm
from volunteers.models import ChildProtectionPolicy, OpportunityPage, Referee, VolunteerApplication, VolunteerProfile
from volunteers.services import (
    AlreadyApplied,
    NotEligible,
    OpportunityClosed,
    acknowledge_policy,
    current_policy_to_acknowledge,
    delete_volunteer_application,
    delete_volunteer_data,
    existing_application,
    submit_volunteer_application,
)
from volunteers.services import withdraw as withdraw_application


@verified_email_required
def profile(request):
    """/<lang>/volunteer/profile/: create or update one's volunteer profile, then go back where one came from."""
    instance = VolunteerProfile.objects.filter(user=request.user).first()
    form = VolunteerProfileForm(request.POST or None, instance=instance)
    next_url = request.POST.get("next") or request.GET.get("next") or ""
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = ""
    if request.method == "POST" and form.is_valid():
        form.instance.user = request.user
        try:
            with transaction.atomic():
                form.save()
        except IntegrityError:  # a double click created the profile a moment ago; this copy adds nothing
            pass
        messages.success(request, _("Your volunteer profile has been saved."))
        return redirect(next_url or "my_volunteering")
    return render(request, "volunteers/profile.html", {"form": form, "next": next_url, "is_new": instance is None})


def apply(request, opportunity):
    """/<lang>/volunteer/<opportunity>/apply/: a verified account with a profile, one application per role."""
    return verified_email_required(_apply)(request, opportunity)


def _apply(request, opportunity):
    if not OpportunityPage.objects.open().filter(pk=opportunity.pk).exists():
        return render(request, "volunteers/opportunity_closed.html", {"page": opportunity}, status=410)
    if existing_application(request.user, opportunity):
        messages.info(request, _("You have already applied for this opportunity."))
        return redirect("my_volunteering")
    if not VolunteerProfile.objects.filter(user=request.user).exists():
        messages.info(request, _("First, tell us about yourself. Then you can apply."))
        return redirect(f"{reverse('volunteer_profile')}?{urlencode({'next': request.path})}")
    policy = ChildProtectionPolicy.current()
    form = VolunteerApplicationForm(
        request.POST or None, request.FILES or None, opportunity=opportunity, volunteer=request.user, policy=policy
    )
    if request.method == "POST" and form.is_valid():
        try:
            submit_volunteer_application(
                opportunity=opportunity, volunteer=request.user, form=form, language=translation.get_language()
            )
        except AlreadyApplied:
            messages.info(request, _("You have already applied for this opportunity."))
        except OpportunityClosed:
            return render(request, "volunteers/opportunity_closed.html", {"page": opportunity}, status=410)
        except NotEligible:
            messages.error(request, _("This role is for volunteers of 18 or over."))
            return redirect(opportunity.url)
        else:
            messages.success(
                request, _("Thank you. Your application has been received; we have written to you and your referees.")
            )
        return redirect("my_volunteering")
    return render(request, "volunteers/apply.html", {"page": opportunity, "form": form, "policy": policy})


@login_required
def my_volunteering(request):
    applications = (
        VolunteerApplication.objects.filter(volunteer=request.user)
        .select_related("opportunity", "police_check", "volunteer__volunteer_profile")
        .prefetch_related("referees")
    )
    return render(
        request,
        "volunteers/my_volunteering.html",
        {
            "applications": applications,
            "profile": VolunteerProfile.objects.filter(user=request.user).first(),
            "policy_to_acknowledge": current_policy_to_acknowledge(request.user),
            "retention_days": settings.VOLUNTEERS_RETENTION_DAYS,
        },
    )


@login_required
def policy(request):
    """/<lang>/volunteer/policy/: read the policy in force and acknowledge it."""
    current = ChildProtectionPolicy.current()
    if current is None:
        raise Http404
    acknowledged = current.acknowledged_by(request.user)
    form = PolicyAcknowledgementForm(request.POST or None)
    if request.method == "POST" and not acknowledged and form.is_valid():
        acknowledge_policy(request.user, current, language=translation.get_language())
        messages.success(request, _("Thank you for acknowledging the child-protection policy."))
        return redirect("my_volunteering")
    return render(request, "volunteers/policy.html", {"policy": current, "form": form, "acknowledged": acknowledged})


@login_required
@require_POST
def withdraw(request, pk):
    application = get_object_or_404(VolunteerApplication, pk=pk, volunteer=request.user)
    if application.can_withdraw:
        withdraw_application(application, by=request.user)
        messages.success(request, _("Your application has been withdrawn."))
    return redirect("my_volunteering")


@login_required
@require_POST
def delete_application(request, pk):
    application = get_object_or_404(VolunteerApplication, pk=pk, volunteer=request.user)
    if application.can_delete:
        record(Action.DELETED, application, by=request.user, detail="by the volunteer")
        delete_volunteer_application(application)
        messages.success(
            request, _("Your application, your police check and your referees' details have been deleted.")
        )
    else:
        messages.info(request, kept_message())
    return redirect("my_volunteering")


@login_required
@require_POST
def delete_data(request):
    record(Action.DELETED, "volunteer profile and applications", by=request.user, detail="by the volunteer")
    if delete_volunteer_data(request.user):
        messages.info(request, kept_message())
    else:
        messages.success(request, _("Your volunteer profile and all your volunteer applications have been deleted."))
    return redirect("my_volunteering")


def kept_message():
    return _(
        "As our child-protection policy requires, we keep the screening records of applications we have "
        "decided on for %(days)s days, and then delete them. Everything else has been deleted."
    ) % {"days": settings.VOLUNTEERS_RETENTION_DAYS}


@never_cache
def reference(request, token):
    """/<lang>/volunteer/reference/<token>/: the referee's form, without an account. A forged or cancelled
    link is a 404; a used or expired one shows why, and no form."""
    referee = Referee.from_token(token)
    if referee is None:
        raise Http404
    application = referee.application
    context = {"referee": referee, "name": application.full_name}
    if referee.is_answered:
        return render(request, "volunteers/reference_closed.html", {**context, "reason": "answered"}, status=410)
    if referee.link_has_expired:
        return render(request, "volunteers/reference_closed.html", {**context, "reason": "expired"}, status=410)
    form = ReferenceForm(request.POST or None, volunteer_name=application.full_name)
    if request.method == "POST" and form.is_valid():
        if referee.record_answers(**form.cleaned_data):
            return render(request, "volunteers/reference_closed.html", {**context, "reason": "thanks"})
        return render(request, "volunteers/reference_closed.html", {**context, "reason": "answered"}, status=410)
    return render(request, "volunteers/reference.html", {**context, "form": form})
