"""HR's side of the careers portal, in the Wagtail admin: the applications list with filters, search and
CSV export, one application's full record, moving it through the pipeline, and logged document downloads.
Moving every application a list shows, and exporting a long list, are jobs a Celery worker does while HR
watches their progress (careers/admin_jobs.py).

Everything here needs the model permissions that the HR group holds (careers/migrations); editors have none.
"""

import django_filters

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.widgets.button import HeaderButton

from audit.services import Action, record
from careers.admin_jobs import export_applications, move_applications
from careers.models import Application, ApplicationDocument, ApplicationNote, DocumentDownload, VacancyPage
from ccpcr.admin_records import InspectOnlyIndexView, RecordInspectView, RecordViewSet, StageForm
from jobs.kinds import list_view
from jobs.views import ExportInBackground


class ApplicationFilterSet(WagtailFilterSet):
    vacancy = django_filters.ModelChoiceFilter(
        label=_("Vacancy"),
        queryset=VacancyPage.objects.filter(locale__language_code="en").order_by("title"),
        method="filter_vacancy",
    )
    submitted_at = django_filters.DateFromToRangeFilter(label=_("Submitted between"), widget=DateRangePickerWidget)

    class Meta:
        model = Application
        fields = ["vacancy", "stage", "province", "language", "submitted_at"]

    def filter_vacancy(self, queryset, name, vacancy):
        """Applications made through the English page and through its translations: one vacancy to HR."""
        return queryset.filter(vacancy_key=vacancy.translation_key) if vacancy else queryset


class MoveForm(StageForm):
    announce = forms.BooleanField(label=_("Tell the applicant by email"), required=False)


class NoteForm(forms.Form):
    text = forms.CharField(label=_("Internal note"), max_length=5000, widget=forms.Textarea(attrs={"rows": 3}))


class ApplicationInspectView(RecordInspectView):
    template_name = "careers/admin/application_inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        application = self.object
        context.update(
            documents=application.documents.all(),
            history=application.stage_changes.select_related("by"),
            notes=application.notes.select_related("by"),
            note_form=NoteForm(),
            move_form=MoveForm(record=application) if Application.NEXT_STAGES.get(application.stage) else None,
            can_download=self.request.user.has_perm("careers.download_application_documents"),
            can_move=self.request.user.has_perm("careers.change_application"),
        )
        return context


class ApplicationIndexView(ExportInBackground, InspectOnlyIndexView):
    export_job = export_applications

    @cached_property
    def header_buttons(self):
        buttons = super().header_buttons
        if self.request.user.has_perm("careers.change_application"):
            query = self.request.GET.urlencode()
            buttons.append(
                HeaderButton(
                    _("Move all shown"),
                    url=reverse("careers_bulk_move") + (f"?{query}" if query else ""),
                    icon_name="resubmit",
                )
            )
        return buttons


class ApplicationViewSet(RecordViewSet):
    model = Application
    icon = "group"
    menu_label = _("Applications")
    menu_order = 250
    add_to_admin_menu = True
    inspect_view_class = ApplicationInspectView
    index_view_class = ApplicationIndexView
    filterset_class = ApplicationFilterSet
    search_fields = ["full_name", "email", "phone"]
    list_display = [
        "full_name",
        Column("vacancy", label=_("Vacancy"), accessor="vacancy"),
        "stage",
        "province",
        "language",
        DateColumn("submitted_at", label=_("Submitted")),
    ]
    list_export = [
        "full_name",
        "email",
        "phone",
        "province",
        "vacancy",
        "stage",
        "khmer_level",
        "english_level",
        "language",
        "submitted_at",
    ]
    export_filename = "applications"
    inspect_view_fields = [
        "vacancy",
        "stage",
        "full_name",
        "email",
        "phone",
        "province",
        "khmer_level",
        "english_level",
        "cover_letter",
        "language",
        "submitted_at",
        "privacy_notice_version",
        "consented_at",
    ]
    list_related = ["vacancy"]


application_viewset = ApplicationViewSet("careers_application")


def shown_applications(request):
    """The applications HR's list shows for this request's query string, found by the list's own view (its
    filters, search and order), so a move of "all shown" acts on exactly what HR saw."""
    return list_view(application_viewset, request).get_queryset()


@never_cache
def download_document(request, pk):
    """Serve an applicant's document to HR, and record who downloaded it."""
    if not request.user.has_perm("careers.download_application_documents"):
        raise PermissionDenied
    document = get_object_or_404(ApplicationDocument.objects.select_related("application"), pk=pk)
    DocumentDownload.objects.create(
        document=document, by=request.user, description=f"{document.application} · {document.original_name}"
    )
    record(Action.DOWNLOADED, document.application, by=request.user, detail=document.get_kind_display())
    return document.as_attachment()


@require_POST
def move_application(request, pk):
    if not request.user.has_perm("careers.change_application"):
        raise PermissionDenied
    application = get_object_or_404(Application, pk=pk)
    form = MoveForm(request.POST, record=application)
    if form.is_valid():
        application.move_to(
            form.cleaned_data["stage"],
            by=request.user,
            note=form.cleaned_data["note"],
            announce=form.cleaned_data["announce"],
        )
        record(Action.CHANGED, application, by=request.user, detail=f"moved to {application.stage}")
        messages.success(
            request, _("The application has moved to “%(stage)s”.") % {"stage": application.get_stage_display()}
        )
    else:
        messages.error(request, _("This application cannot move there."))
    return redirect(application_viewset.get_url_name("inspect"), pk)


@require_POST
def add_note(request, pk):
    if not request.user.has_perm("careers.change_application"):
        raise PermissionDenied
    application = get_object_or_404(Application, pk=pk)
    form = NoteForm(request.POST)
    if form.is_valid():
        ApplicationNote.objects.create(application=application, text=form.cleaned_data["text"], by=request.user)
        record(Action.CHANGED, application, by=request.user, detail="note added")
        messages.success(request, _("Your note has been added."))
    return redirect(application_viewset.get_url_name("inspect"), pk)


class BulkMoveForm(forms.Form):
    stage = forms.ChoiceField(label=_("Move to"), choices=[(s, s.label) for s in Application.Stage if s != "received"])
    note = forms.CharField(label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 3}))
    announce = forms.BooleanField(label=_("Tell the applicants by email"), required=False)


def bulk_move(request):
    """Move every application the list shows (same filters and search) to one stage, as a job: HR follows its
    progress, and learns how many could not go there (hired, withdrawn ...) and were left where they were."""
    if not request.user.has_perm(move_applications.permission):
        raise PermissionDenied
    applications = shown_applications(request)
    form = BulkMoveForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        job = move_applications.start(
            by=request.user,
            items=applications.values_list("pk", flat=True),
            parameters={**form.cleaned_data, "query": request.GET.urlencode()},
        )
        return redirect(job.get_absolute_url())
    return render(
        request,
        "careers/admin/bulk_move.html",
        {"form": form, "applications": applications[:200], "count": applications.count()},
    )
