"""The admin's side of jobs: a job's progress page (and the status it polls), its file, and the index-view mixin
that turns the export of a long list into a job.

A job is the business of the person who asked for it alone, while they hold the permission it needs: anyone
else gets a 404, as if it did not exist.
"""

from django.http import Http404, HttpResponseNotAllowed, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from jobs.kinds import kind_of
from jobs.models import AdminJob
from private_files.uploads import attachment


def _own_job(request, pk):
    job = get_object_or_404(AdminJob, pk=pk, requested_by=request.user)
    kind = kind_of(job)
    if not request.user.has_perm(kind.permission):
        raise Http404
    return job, kind


def progress_text(job):
    """The "120 of 1,000" of the progress page, with the state when it is not simply running."""
    counts = _("%(done)s of %(total)s") % {
        "done": number_format(job.done, force_grouping=True),
        "total": number_format(job.total, force_grouping=True),
    }
    if job.status == AdminJob.Status.RUNNING:
        return counts
    return f"{job.get_status_display()}: {counts}"


@never_cache
def progress(request, pk):
    """The job's progress bar and "n of N", kept current by jobs/progress.js; its result or error once finished."""
    job, kind = _own_job(request, pk)
    return TemplateResponse(
        request,
        "jobs/progress.html",
        {
            "job": job,
            "title": kind.title,
            "text": progress_text(job),
            "summary": kind.summary(job) if job.status == AdminJob.Status.DONE else "",
            "return_url": kind.return_url(job),
        },
    )


@never_cache
def status(request, pk):
    job, _kind = _own_job(request, pk)
    return JsonResponse(
        {
            "status": job.status,
            "done": job.done,
            "total": job.total,
            "text": progress_text(job),
            "finished": job.is_finished,
        }
    )


@never_cache
def download(request, pk):
    """The job's file, to the person who asked for it only, recorded in the audit trail as an export."""
    job, kind = _own_job(request, pk)
    if not job.result:
        raise Http404
    kind.record_download(job, request.user)
    export_format = job.parameters["format"]
    return attachment(job.result, filename=job.result_name, content_type=kind.formats[export_format])


class ExportInBackground:
    """For an admin index view with exports: a list longer than `export_in_background_over` rows is not built
    while the person waits; they are asked to start a job (`export_job`, a SpreadsheetExport of the same list)
    and taken to its progress page. Shorter lists download at once, through Wagtail's own export."""

    export_job = None
    export_in_background_over = 1000

    def get(self, request, *args, **kwargs):
        if self.is_export:
            count = self.get_queryset().count()
            if count > self.export_in_background_over:
                return TemplateResponse(
                    request,
                    "jobs/start_export.html",
                    {"count": count, "format": request.GET["export"].upper(), "title": self.export_job.title},
                )
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        if not self.is_export:
            return HttpResponseNotAllowed(["GET"])
        query = request.GET.copy()
        export_format = query.pop("export")[-1]
        job = self.export_job.start(
            by=request.user,
            items=self.get_queryset().values_list("pk", flat=True),
            parameters={"format": export_format, "query": query.urlencode()},
        )
        return redirect(job.get_absolute_url())
