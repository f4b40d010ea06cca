"""The notification outbox: every email the site sends is first a row here, saved with the change that causes it."""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# A claimed row whose worker has not finished within this time is presumed dead and is sent again.
CLAIM_TIMEOUT = timedelta(minutes=10)
MAX_ATTEMPTS = 10


class NotificationQuerySet(models.QuerySet):
    def due(self, now=None):
        """Rows a sweep should hand to Celery: pending and due, or claimed by a worker that vanished."""
        now = now or timezone.now()
        return self.filter(
            Q(status=Notification.Status.PENDING, next_attempt_at__lte=now)
            | Q(status=Notification.Status.SENDING, claimed_at__lt=now - CLAIM_TIMEOUT, attempts__lt=MAX_ATTEMPTS)
        )


class Notification(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        SENDING = "sending", _("Sending")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")

    key = models.CharField(_("key"), max_length=200, unique=True, help_text=_("One notification per event."))
    template = models.CharField(_("template"), max_length=100, blank=True, help_text=_("Empty: sent as stored."))
    to = models.EmailField(_("to"))
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    context = models.JSONField(_("context"), default=dict, blank=True)
    # Messages rendered when they were recorded (django-allauth renders its own) keep their text here.
    subject = models.CharField(_("subject"), max_length=255, blank=True)
    body = models.TextField(_("text"), blank=True)
    html = models.TextField(_("HTML"), blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    next_attempt_at = models.DateTimeField(_("next attempt"), default=timezone.now)
    claimed_at = models.DateTimeField(_("claimed"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    objects = NotificationQuerySet.as_manager()

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        indexes = [models.Index(fields=["status", "next_attempt_at"])]

    def __str__(self):
        return self.key

    def claim(self):
        """Take this row for sending. True for exactly one caller, however many workers try at once."""
        now = timezone.now()
        taken = (
            Notification.objects.due(now)
            .filter(pk=self.pk)
            .update(status=self.Status.SENDING, claimed_at=now, attempts=F("attempts") + 1)
        )
        if taken:
            self.refresh_from_db()
        return bool(taken)

    def mark_sent(self):
        self.status, self.sent_at, self.last_error = self.Status.SENT, timezone.now(), ""
        self.save(update_fields=["status", "sent_at", "last_error"])

    def mark_failed_attempt(self, error):
        """Put the row back for a later attempt, waiting longer each time; give up after MAX_ATTEMPTS."""
        delay = retry_delay(self.attempts)
        self.last_error = str(error)[:2000]
        self.next_attempt_at = timezone.now() + delay
        self.status = self.Status.FAILED if self.attempts >= MAX_ATTEMPTS else self.Status.PENDING
        self.save(update_fields=["last_error", "next_attempt_at", "status"])
        return delay


def retry_delay(attempts):
    """30 s, 1 min, 2 min ... capped at 1 hour."""
    return timedelta(seconds=min(30 * 2 ** max(attempts - 1, 0), 3600))
