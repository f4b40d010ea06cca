"""One admin job: what kind, who asked, on what, how far it has gone, and what came of it."""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from private_files.uploads import RandomName, private_storage

# A finished job's file (an export of personal data) is deleted this long after it was made.
FILE_LIFETIME = timedelta(days=1)
# A job that has not moved for this long lost its worker (or never reached one): it is handed to Celery again.
STALLED_AFTER = timedelta(minutes=10)


class AdminJobQuerySet(models.QuerySet):
    def stalled(self, now=None):
        """Jobs waiting or running without progress for STALLED_AFTER: the broker was down, or the worker died."""
        now = now or timezone.now()
        return self.filter(
            status__in=[AdminJob.Status.QUEUED, AdminJob.Status.RUNNING], updated_at__lt=now - STALLED_AFTER
        )

    def with_old_files(self, now=None):
        """Finished jobs whose file has outlived FILE_LIFETIME."""
        now = now or timezone.now()
        return self.exclude(result="").filter(finished_at__lt=now - FILE_LIFETIME)


class AdminJob(models.Model):
    """Work a person started in the admin and a Celery worker does in batches (see jobs.kinds).

    `items` are the records it works on, as the list showed them when the person started it, so the job does
    what they saw even if the list changes meanwhile; `done` counts how many have been dealt with, `skipped`
    how many of those could not be (an application that may not move there, a record deleted meanwhile).
    """

    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting for a worker")
        RUNNING = "running", _("Running")
        DONE = "done", _("Finished")
        FAILED = "failed", _("Failed")

    kind = models.CharField(_("kind"), max_length=60)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("asked by"), on_delete=models.CASCADE, related_name="admin_jobs"
    )
    parameters = models.JSONField(_("parameters"), default=dict, blank=True)
    items = models.JSONField(_("items"), default=list, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.QUEUED)
    total = models.PositiveIntegerField(_("total"), default=0)
    done = models.PositiveIntegerField(_("done"), default=0)
    skipped = models.PositiveIntegerField(_("skipped"), default=0)
    result = models.FileField(_("file"), storage=private_storage, upload_to=RandomName("jobs"), blank=True)
    result_name = models.CharField(_("file name"), max_length=100, blank=True)
    error = models.TextField(_("error"), blank=True)
    created_at = models.DateTimeField(_("asked at"), default=timezone.now)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    updated_at = models.DateTimeField(_("last progress"), default=timezone.now)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    objects = AdminJobQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("admin job")
        verbose_name_plural = _("admin jobs")

    def __str__(self):
        return f"{self.kind} {self.pk}"

    def get_absolute_url(self):
        return reverse("jobs_progress", args=[self.pk])

    @property
    def is_finished(self):
        return self.status in (self.Status.DONE, self.Status.FAILED)

    def claim(self):
        """Take the job for this worker: true for one caller only, when it waits, or when it runs but has stalled
        (its worker died and the task came back). A second delivery of a task that is still running does nothing."""
        now = timezone.now()
        waiting = Q(status=self.Status.QUEUED) | Q(status=self.Status.RUNNING, updated_at__lt=now - STALLED_AFTER)
        taken = AdminJob.objects.filter(waiting, pk=self.pk).update(
            status=self.Status.RUNNING, started_at=self.started_at or now, updated_at=now
        )
        if taken:
            self.refresh_from_db()
        return bool(taken)

    def save_progress(self, *, done, skipped):
        self.done, self.skipped, self.updated_at = done, skipped, timezone.now()
        self.save(update_fields=["done", "skipped", "updated_at"])

    def finish(self, *, file=None, name=""):
        """Done; with its file (a temporary file of the export) kept in private storage, if it made one."""
        if file is not None:
            self.result.delete(save=False)  # a stalled first attempt that finished after all
            self.result.save(name, file, save=False)
            self.result_name = name
        self.status, self.finished_at = self.Status.DONE, timezone.now()
        self.items = []  # the list of records is no longer needed, and may be long
        self.save()

    def fail(self, error):
        self.status, self.error, self.finished_at = self.Status.FAILED, str(error)[:2000], timezone.now()
        self.save(update_fields=["status", "error", "finished_at"])

    def delete_file(self):
        self.result.delete(save=False)
        self.save(update_fields=["result"])


@receiver(post_delete, sender=AdminJob)
def delete_the_file_with_the_job(sender, instance, **kwargs):
    """However a job goes (with its staff account, too), its file of personal data goes with it."""
    instance.result.delete(save=False)
