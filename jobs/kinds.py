"""What each kind of admin job does. An app declares its kinds in its `admin_jobs.py` and registers them:

    class MoveApplications(BatchJob):
        name = "careers.move_applications"
        ...

    move_applications = register(MoveApplications())

Two shapes of work, each safe when Celery delivers a task twice (workers acknowledge after running, so a
killed worker's task comes back):
- `BatchJob`, for work with effects (a move that notifies the applicant): each batch commits together with the
  job's progress, so a second delivery carries on after the last committed batch and never repeats an item.
- `SpreadsheetExport`, for an export: nothing happens until the file is complete, so a second delivery
  simply starts again. Rows come from the list's own index view, as for an immediate download.
"""

import csv
import io
import tempfile

from openpyxl import Workbook

from django.core.files import File
from django.db import transaction
from django.utils.module_loading import import_string
from django.utils.translation import gettext, ngettext

from wagtail.admin.views.mixins import ExcelDateFormatter

from audit.services import Action, record
from jobs.models import AdminJob

_kinds = {}


def register(kind):
    """Make a kind known by its `name` (the value stored in AdminJob.kind), for the worker that runs its jobs."""
    _kinds[kind.name] = kind
    return kind


def kind_of(job):
    return _kinds[job.kind]


def list_view(viewset, request=None):
    """The index view of a ModelViewSet, set up as for a request to its list (`request`: with its query string,
    whose filters, search and order it applies): a job works on what the list shows, by the list's own code."""
    view_function = viewset.index_view
    view = view_function.view_class(**view_function.view_initkwargs)
    if request is not None:
        view.setup(request)
    return view


class JobKind:
    name = ""  # stored on each job; never rename one while jobs of it may be waiting
    title = ""  # the progress page's heading
    permission = ""  # needed to start the job, and still needed to see it and its file
    batch_size = 200

    def start(self, *, by, items, parameters=None):
        """Record a job on `items` (primary keys, in the list's order) and hand it to Celery after the commit."""
        from jobs.tasks import queue

        items = list(items)
        job = AdminJob.objects.create(
            kind=self.name, requested_by=by, items=items, total=len(items), parameters=parameters or {}
        )
        transaction.on_commit(lambda: queue(job.pk))
        return job

    def run(self, job):
        raise NotImplementedError

    def summary(self, job):
        """What came of a finished job, in a sentence for the progress page."""
        return ""

    def return_url(self, job):
        """Where the person goes back to (the list they started from)."""
        return ""

    def batches(self, items):
        for start in range(0, len(items), self.batch_size):
            yield items[start : start + self.batch_size]


class BatchJob(JobKind):
    """Work with effects, item by item, `batch_size` at a time. Subclasses define `process`."""

    def process(self, job, batch):
        """Deal with the items of `batch` (inside the batch's transaction); return how many were skipped."""
        raise NotImplementedError

    def run(self, job):
        while True:
            with transaction.atomic():
                # The lock and the `done` read under it make each batch happen once, even if two workers hold
                # the same job (one presumed dead that was only slow).
                locked = AdminJob.objects.select_for_update().get(pk=job.pk)
                batch = locked.items[locked.done : locked.done + self.batch_size]
                if not batch:
                    return
                skipped = self.process(locked, batch)
                locked.save_progress(done=locked.done + len(batch), skipped=locked.skipped + skipped)


class SpreadsheetExport(JobKind):
    """A list's CSV or XLSX file, for lists too long to build while the person waits. `viewset` is the dotted
    path of the list's ModelViewSet: its index view (`list_export`, headings, value formats) writes the rows,
    exactly as it does for an immediate download."""

    viewset = ""
    formats = {
        "csv": "text/csv",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    }

    def index_view(self):
        return list_view(import_string(self.viewset))

    def run(self, job):
        view = self.index_view()
        export_format = job.parameters["format"]
        job.save_progress(done=0, skipped=0)  # a second delivery starts the file again
        with tempfile.TemporaryFile() as output:
            write = self._write_xlsx if export_format == "xlsx" else self._write_csv
            write(job, view, output)
            output.seek(0)
            job.finish(file=File(output), name=f"{view.get_filename()}.{export_format}")

    def _rows(self, job, view):
        """Each record's row, batch by batch, saving the job's progress after each batch."""
        queryset = view.get_base_queryset()
        done = skipped = 0
        for batch in self.batches(job.items):
            records = queryset.in_bulk(batch)
            for pk in batch:
                if pk in records:
                    yield view.to_row_dict(records[pk])
                else:
                    skipped += 1  # deleted (or purged) since the job was asked for
            done += len(batch)
            job.save_progress(done=done, skipped=skipped)

    def _write_csv(self, job, view, output):
        text = io.TextIOWrapper(output, encoding="utf-8", newline="")
        writer = csv.DictWriter(text, fieldnames=view.list_export)
        queryset = view.get_base_queryset()
        writer.writerow({field: view.get_heading(queryset, field) for field in view.list_export})
        for row in self._rows(job, view):
            view.write_csv_row(writer, row)
        text.flush()
        text.detach()  # leave `output` open for saving

    def _write_xlsx(self, job, view, output):
        workbook = Workbook(write_only=True, iso_dates=True)
        worksheet = workbook.create_sheet(title="Sheet1")
        worksheet.append(view.get_heading(view.get_base_queryset(), field) for field in view.list_export)
        date_format = ExcelDateFormatter().get()
        for row in self._rows(job, view):
            worksheet.append(view.generate_xlsx_row(worksheet, row, date_format=date_format))
        workbook.save(output)

    def record_download(self, job, user):
        """The file leaving is the export of personal data, as an immediate download is (ccpcr.admin_records)."""
        model = self.index_view().model
        rows = job.total - job.skipped
        record(Action.EXPORTED, str(model._meta.verbose_name_plural), by=user, detail=f"{rows} (admin job {job.pk})")

    def summary(self, job):
        rows = job.total - job.skipped
        text = ngettext("The file has %(rows)s row.", "The file has %(rows)s rows.", rows) % {"rows": rows}
        if job.skipped:
            text += " " + gettext("%(skipped)s were deleted since the export was asked for.") % {"skipped": job.skipped}
        return text
