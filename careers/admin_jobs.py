"""HR's long jobs on applications (jobs/): the export of a long list, and the move of every application a
list shows. Both start from the applications list in the admin (careers/admin_views.py)."""

from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from audit.services import Action, record
from careers.models import Application
from jobs.kinds import BatchJob, SpreadsheetExport, register


def _list_url(job):
    """The applications list with the filters and search the job was started from."""
    query = job.parameters.get("query", "")
    return reverse("careers_application:index") + (f"?{query}" if query else "")


class ExportApplications(SpreadsheetExport):
    name = "careers.export_applications"
    title = _("Export of applications")
    permission = "careers.view_application"
    viewset = "careers.admin_views.application_viewset"

    def return_url(self, job):
        return _list_url(job)


class MoveApplications(BatchJob):
    """Each application goes through Application.move_to, the pipeline's one rule, so its history, its
    notification (one per stage change) and the audit trail are those of a single move. An application that
    may not go there (hired, withdrawn, already there) is counted and left as it is."""

    name = "careers.move_applications"
    title = _("Move of applications")
    permission = "careers.change_application"

    def process(self, job, batch):
        stage, by = job.parameters["stage"], job.requested_by
        # Locked, so a colleague's move of one of them waits for this batch instead of crossing it.
        applications = Application.objects.select_for_update(of=("self",)).select_related("vacancy").in_bulk(batch)
        skipped = 0
        for pk in batch:
            application = applications.get(pk)
            if application is None or not application.can_move_to(stage):
                skipped += 1
                continue
            application.move_to(stage, by=by, note=job.parameters["note"], announce=job.parameters["announce"])
            record(Action.CHANGED, application, by=by, detail=f"moved to {stage} (all shown, admin job {job.pk})")
        return skipped

    def summary(self, job):
        return gettext("%(moved)s applications moved; %(skipped)s could not move there and were left as they were.") % {
            "moved": job.done - job.skipped,
            "skipped": job.skipped,
        }

    def return_url(self, job):
        return _list_url(job)


export_applications = register(ExportApplications())
move_applications = register(MoveApplications())
