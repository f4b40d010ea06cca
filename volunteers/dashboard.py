"""The volunteer coordinators' panels on the admin dashboard: volunteers by screening stage, and the
references still awaited. Drawn as bar charts (ccpcr.charts); shown only to people who may see volunteer
applications. Each panel asks the database one question, however many volunteers and referees there are.
"""

from datetime import timedelta
from urllib.parse import urlencode

from django.conf import settings
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext, ngettext

from wagtail.admin.ui.components import Component

from ccpcr.charts import Row, bar_chart, rows_by_stage
from volunteers.models import Referee, VolunteerApplication
from volunteers.tasks import STILL_SCREENING


def volunteers_list(**filters):
    """The coordinators' list of volunteer applications, filtered as a bar says."""
    url = reverse("volunteers_application:index")
    return f"{url}?{urlencode(filters)}" if filters else url


class ScreeningStagePanel(Component):
    """How many volunteer applications stand at each stage now, in the stages' order; each bar opens the
    coordinators' list filtered to that stage."""

    name = "volunteers_by_stage"
    template_name = "volunteers/admin/dashboard_screening_stages.html"
    order = 140

    def get_context_data(self, parent_context):
        rows, total = rows_by_stage(VolunteerApplication, volunteers_list)
        return {"chart": bar_chart(rows) if total else None, "applications": total}


class ReferencesOutstandingPanel(Component):
    """Referees asked and not yet answered, for volunteers still being screened, by how long they have
    waited, in steps of the reminder period (so each step is one more reminder sent), and those whose link
    has expired: they will not answer until a coordinator sends a new link from the volunteer's page."""

    name = "volunteers_references_outstanding"
    template_name = "volunteers/admin/dashboard_references_outstanding.html"
    order = 141

    def get_context_data(self, parent_context):
        now = timezone.now()
        step = settings.VOLUNTEERS_REFERENCE_REMINDER_DAYS
        one_step_ago, two_steps_ago = now - timedelta(days=step), now - timedelta(days=2 * step)
        link_works = Q(link_expires_at__gt=now)
        waiting = Referee.objects.filter(answered_at__isnull=True, application__stage__in=STILL_SCREENING)
        counts = waiting.aggregate(
            recent=Count("pk", filter=link_works & Q(requested_at__gt=one_step_ago)),
            longer=Count("pk", filter=link_works & Q(requested_at__lte=one_step_ago, requested_at__gt=two_steps_ago)),
            longest=Count("pk", filter=link_works & Q(requested_at__lte=two_steps_ago)),
            expired=Count("pk", filter=~link_works),
        )
        rows = [
            Row(
                ngettext("Asked less than %(days)s day ago", "Asked less than %(days)s days ago", step)
                % {"days": step},
                counts["recent"],
            ),
            Row(gettext("Asked %(from)s to %(to)s days ago") % {"from": step, "to": 2 * step - 1}, counts["longer"]),
            Row(gettext("Asked %(days)s days ago or more") % {"days": 2 * step}, counts["longest"]),
            Row(gettext("Link expired"), counts["expired"]),
        ]
        total = sum(counts.values())
        return {"chart": bar_chart(rows) if total else None, "references": total}


def add_panels(request, panels):
    """The construct_homepage_panels hook (volunteers/wagtail_hooks.py): coordinators' panels, for them only."""
    if request.user.has_perm("volunteers.view_volunteerapplication"):
        panels.extend([ScreeningStagePanel(), ReferencesOutstandingPanel()])
