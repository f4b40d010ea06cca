"""The safeguarding leads' side, in the Wagtail admin: the concerns list, one concern's page, and the
action that moves it on with a note. Everything needs the permissions the "Safeguarding leads" group holds
(safeguarding/migrations); editors, HR and volunteer coordinators have none of them."""

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

from ccpcr.admin_records import RecordInspectView, RecordViewSet
from safeguarding.models import Concern

CHANGE = "safeguarding.change_concern"


class ConcernFilterSet(WagtailFilterSet):
    received_at = django_filters.DateFromToRangeFilter(label=_("Received between"), widget=DateRangePickerWidget)

    class Meta:
        model = Concern
        fields = ["status", "child_in_danger", "language", "received_at"]


class HandleForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=Concern.Status.choices)
    note = forms.CharField(
        label=_("Note"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("What you did or decided. Required to close the concern."),
    )


class ConcernInspectView(RecordInspectView):
    template_name = "safeguarding/admin/concern_inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            handle_form=HandleForm(initial={"status": self.object.status}),
            can_change=self.request.user.has_perm(CHANGE),
        )
        return context


class ConcernViewSet(RecordViewSet):
    model = Concern
    icon = "warning"
    menu_label = _("Concerns")
    menu_order = 240
    add_to_admin_menu = True
    inspect_view_class = ConcernInspectView
    filterset_class = ConcernFilterSet
    search_fields = ["what_happened", "where", "who_is_involved", "reporter_name", "reporter_contact"]
    list_display = [
        "__str__",  # the title column, linking to the concern's page
        "child_in_danger",
        "status",
        "language",
        DateColumn("received_at", label=_("Received")),
        Column("handled_by", label=_("Handled by"), accessor="handled_by"),
    ]
    inspect_view_fields = [
        "what_happened",
        "when",
        "where",
        "who_is_involved",
        "child_in_danger",
        "reporter_name",
        "reporter_contact",
        "language",
        "received_at",
        "status",
        "handled_by",
        "handled_at",
    ]
    list_related = ["handled_by"]


concern_viewset = ConcernViewSet("safeguarding_concern")


@never_cache
@require_POST
def handle(request, pk):
    """A lead changes a concern's status and adds a note; the model refuses closing without a note."""
    if not request.user.has_perm(CHANGE):
        raise PermissionDenied
    concern = get_object_or_404(Concern, pk=pk)
    form = HandleForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose a status, and keep the note under 5,000 characters."))
    else:
        try:
            concern.handle(status=form.cleaned_data["status"], by=request.user, note=form.cleaned_data["note"])
        except ValidationError as refusal:
            for message in refusal.messages:
                messages.error(request, message)
        else:
            messages.success(request, _("The concern is now “%(status)s”.") % {"status": concern.get_status_display()})
    return redirect(concern_viewset.get_url_name("inspect"), pk)
