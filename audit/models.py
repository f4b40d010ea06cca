"""The audit trail of personal data: who viewed, downloaded, exported, changed, deleted or purged which
application, volunteer record, consent form or concern, and when. Append-only: a row is never changed or
deleted, by the code (here) or, on PostgreSQL, by the database itself (migration 0001)."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class AppendOnlyQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise PermissionDenied("The audit trail is append-only")

    def delete(self):
        raise PermissionDenied("The audit trail is append-only")


class AuditEvent(models.Model):
    class Action(models.TextChoices):
        VIEWED = "viewed", _("Viewed")
        DOWNLOADED = "downloaded", _("Downloaded")
        EXPORTED = "exported", _("Exported")
        CHANGED = "changed", _("Changed")
        DELETED = "deleted", _("Deleted")
        PURGED = "purged", _("Purged")

    at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    # Not a constraint: deleting a staff account must not rewrite (or be stopped by) the trail.
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("who"),
        null=True,
        blank=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
    )
    actor_name = models.CharField(_("who"), max_length=254, help_text=_("As they were called at the time."))
    action = models.CharField(_("what"), max_length=12, choices=Action.choices)
    subject_type = models.CharField(_("kind of record"), max_length=100)
    subject_id = models.CharField(_("record id"), max_length=64, blank=True)
    subject = models.CharField(_("record"), max_length=255)
    detail = models.CharField(_("detail"), max_length=255, blank=True)

    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = _("audit event")
        verbose_name_plural = _("audit trail")
        indexes = [models.Index(fields=["subject_type", "subject_id"], name="audit_by_subject")]

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_name} {self.action} {self.subject}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise PermissionDenied("The audit trail is append-only")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionDenied("The audit trail is append-only")
