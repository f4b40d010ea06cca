"""Building blocks for the admin's lists of people's records (job applications, volunteer applications):
staff review them and move them through stages, but never edit what a person sent."""

from django import forms
from django.http import Http404
from django.urls import path
from django.utils.translation import gettext_lazy as _

from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet

from audit.services import Action, record

# A cell that starts like this is a formula to a spreadsheet program opening the CSV: an applicant could
# write one as their name. Wagtail's XLSX export already stores such text as text.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class InspectOnlyIndexView(IndexView):
    """Each row opens the record's inspect page; no row offers an edit form. Exports go in the audit trail,
    and a CSV never carries what a spreadsheet would run as a formula."""

    def get_edit_url(self, instance):
        return None

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if export_format == self.FORMAT_CSV and isinstance(value, str) and value.startswith(FORMULA_START):
            return f"'{value}"  # shown as the text typed, not run
        return value

    def render_to_response(self, context, **response_kwargs):
        if self.is_export:
            rows = len(context["object_list"])
            record(Action.EXPORTED, str(self.model._meta.verbose_name_plural), by=self.request.user, detail=f"{rows}")
        return super().render_to_response(context, **response_kwargs)


class RecordInspectView(InspectView):
    """A record's page, without Edit or Delete buttons: records change through their own actions. Each
    opening goes in the audit trail."""

    def get_context_data(self, **kwargs):
        record(Action.VIEWED, self.object, by=self.request.user)
        return super().get_context_data(**kwargs)

    def get_edit_url(self):
        return None

    def get_delete_url(self):
        return None


class StageForm(forms.Form):
    """Where a record may go next (its model's NEXT_STAGES), with a note for the history."""

    stage = forms.ChoiceField(label=_("Move to"))
    note = forms.CharField(label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, record, **kwargs):
        super().__init__(*args, **kwargs)
        model = type(record)
        self.fields["stage"].choices = [
            (stage, model.Stage(stage).label) for stage in model.NEXT_STAGES.get(record.stage, [])
        ]


class RecordViewSet(ModelViewSet):
    """People's records in the admin: listed, searched in the database (they are not in the site's search
    index), exported and inspected; never copied or edited. `list_related` (prefetched, so filters and search
    run on the records' own table without joins) keeps the list at a fixed number of queries."""

    index_view_class = InspectOnlyIndexView
    inspect_view_class = RecordInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    search_backend_name = None
    form_fields = []
    list_related = []

    def get_index_view_kwargs(self, **kwargs):
        queryset = self.model._default_manager.prefetch_related(*self.list_related)
        return super().get_index_view_kwargs(queryset=queryset, **kwargs)

    def get_urlpatterns(self):
        """Wagtail's add, edit and delete addresses answer 404: a whole-row form would overwrite what the
        person sent, or what a colleague just changed, and a delete would leave their files behind."""
        closed = {"add", "edit", "delete"}
        patterns = [pattern for pattern in super().get_urlpatterns() if pattern.name not in closed]
        conv = self.pk_path_converter
        return [
            *patterns,
            path("new/", self.not_here, name="add"),
            path(f"edit/<{conv}:pk>/", self.not_here, name="edit"),
            path(f"delete/<{conv}:pk>/", self.not_here, name="delete"),
        ]

    def not_here(self, request, pk=None):
        raise Http404
