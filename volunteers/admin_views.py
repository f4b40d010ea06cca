"""The volunteer coordinators' side, in the Wagtail admin: applications with their screening checklist,
referees' answers, the police check, notes and history, and the steps of screening.

Each step calls the model, which holds the rules; a refusal (approval with a check missing, a police check
verified by the person approving) comes back as a message on the application's page. Everything here needs
the permissions the "Volunteer coordinators" group holds (volunteers/migrations); editors and HR have none.
"""

from functools import wraps

import django_filters

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.snippets.views.snippets import SnippetViewSet

from audit.services import Action, record
from ccpcr.admin_records import RecordInspectView, RecordViewSet, StageForm
from volunteers.models import (
    ChildContact,
    ChildProtectionPolicy,
    OpportunityPage,
    ScreeningEvent,
    VolunteerApplication,
)

CHANGE = "volunteers.change_volunteerapplication"


class VolunteerApplicationFilterSet(WagtailFilterSet):
    opportunity = django_filters.ModelChoiceFilter(
        label=_("Opportunity"),
        queryset=OpportunityPage.objects.filter(locale__language_code="en").order_by("title"),
    )
    submitted_at = django_filters.DateFromToRangeFilter(label=_("Submitted between"), widget=DateRangePickerWidget)

    class Meta:
        model = VolunteerApplication
        fields = ["opportunity", "stage", "child_contact", "language", "submitted_at"]


class NoteForm(forms.Form):
    note = forms.CharField(label=_("Note"), required=False, max_length=5000, widget=forms.Textarea(attrs={"rows": 2}))


class VolunteerApplicationInspectView(RecordInspectView):
    template_name = "volunteers/admin/application_inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        application, user = self.object, self.request.user
        own = application.volunteer == user  # a coordinator who volunteers sees their record as a volunteer would
        context.update(
            profile=application.profile,
            checklist=application.checklist(),
            screening_level=ChildContact(application.screening_level).label,
            referees=application.referees.select_related("reviewed_by"),
            police_check=application.police_check_or_none,
            history=application.events.select_related("by"),
            move_form=StageForm(record=application) if application.NEXT_STAGES.get(application.stage) else None,
            can_change=user.has_perm(CHANGE) and not own,
            can_read_references=user.has_perm("volunteers.read_references") and not own,
            can_download=user.has_perm("volunteers.download_police_check") and not own,
        )
        return context


class VolunteerApplicationViewSet(RecordViewSet):
    model = VolunteerApplication
    icon = "user"
    menu_label = _("Volunteers")
    menu_order = 260
    add_to_admin_menu = True
    inspect_view_class = VolunteerApplicationInspectView
    filterset_class = VolunteerApplicationFilterSet
    search_fields = ["volunteer__email", "volunteer__volunteer_profile__full_name"]
    list_display = [
        "full_name",
        Column("opportunity", label=_("Opportunity"), accessor="opportunity"),
        "child_contact",
        "stage",
        DateColumn("submitted_at", label=_("Submitted")),
    ]
    list_export = ["full_name", "email", "opportunity", "stage", "language", "submitted_at"]
    export_filename = "volunteer-applications"
    inspect_view_fields = ["opportunity", "stage", "motivation", "language", "submitted_at"]
    list_related = ["opportunity", "volunteer__volunteer_profile"]


application_viewset = VolunteerApplicationViewSet("volunteers_application")


class ChildProtectionPolicyViewSet(SnippetViewSet):
    model = ChildProtectionPolicy
    icon = "doc-full"
    menu_label = _("Child-protection policy")
    list_display = ["version", "in_force_from"]


def screening_step(view):
    """A coordinator's POST on one application: permission checked, the model's refusal shown as a message,
    and back to the application's page."""

    @never_cache
    @require_POST
    @wraps(view)
    def step(request, pk, **kwargs):
        if not request.user.has_perm(CHANGE):
            raise PermissionDenied
        application = get_object_or_404(
            VolunteerApplication.objects.select_related("opportunity", "volunteer__volunteer_profile"), pk=pk
        )
        if application.volunteer == request.user:
            raise PermissionDenied  # nobody screens their own application
        try:
            done = view(request, application, **kwargs)
        except ValidationError as refusal:
            for message in refusal.messages:
                messages.error(request, message)
        else:
            record(Action.CHANGED, application, by=request.user, detail=view.__name__.replace("_", " "))
            messages.success(request, done)
        return redirect(application_viewset.get_url_name("inspect"), pk)

    return step


def _note(request):
    form = NoteForm(request.POST)
    return form.cleaned_data["note"] if form.is_valid() else ""


@screening_step
def move(request, application):
    form = StageForm(request.POST, record=application)
    if not form.is_valid():
        raise ValidationError(_("This application cannot move there."))
    application.move_to(form.cleaned_data["stage"], by=request.user, note=form.cleaned_data["note"])
    return _("The application has moved to “%(stage)s”.") % {"stage": application.get_stage_display()}


@screening_step
def add_note(request, application):
    if not (note := _note(request).strip()):
        raise ValidationError(_("Write a note first."))
    application.record(ScreeningEvent.Kind.NOTE, by=request.user, note=note)
    return _("Your note has been added.")


@screening_step
def review_reference(request, application, referee_pk):
    if not request.user.has_perm("volunteers.read_references"):
        raise PermissionDenied
    referee = get_object_or_404(application.referees, pk=referee_pk)
    referee.mark_reviewed(by=request.user, note=_note(request))
    return _("The reference from %(name)s is marked as reviewed.") % {"name": referee.name}


@screening_step
def renew_reference_link(request, application, referee_pk):
    referee = get_object_or_404(application.referees, pk=referee_pk)
    referee.renew_link(by=request.user)
    return _("A new link has been sent to %(name)s; the old one no longer works.") % {"name": referee.name}


@screening_step
def verify_police_check(request, application):
    if not request.user.has_perm("volunteers.download_police_check"):
        raise PermissionDenied  # verifying means having opened it
    police_check = application.police_check_or_none
    if police_check is None:
        raise ValidationError(_("There is no police check to verify."))
    police_check.verify(by=request.user, note=_note(request))
    return _("The police check is marked as verified by you.")


@screening_step
def record_interview(request, application):
    application.record_interview(by=request.user, note=_note(request))
    return _("The interview is recorded.")


@never_cache
def download_police_check(request, pk):
    """Serve a volunteer's police check to a coordinator, and record the download in the application's history."""
    if not request.user.has_perm("volunteers.download_police_check"):
        raise PermissionDenied
    application = get_object_or_404(VolunteerApplication.objects.select_related("police_check"), pk=pk)
    police_check = application.police_check_or_none
    if police_check is None or application.volunteer == request.user:
        raise PermissionDenied
    application.record(ScreeningEvent.Kind.POLICE_CHECK_DOWNLOADED, by=request.user, text=police_check.original_name)
    record(Action.DOWNLOADED, application, by=request.user, detail="police check")
    return police_check.as_attachment()
