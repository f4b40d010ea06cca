"""Concerns about a child's safety, reported by anyone through the public form, read and handled only by
CCPCR's safeguarding leads (the "Safeguarding leads" group, safeguarding/migrations) and administrators."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

SAFEGUARDING_LEADS = "Safeguarding leads"


class Concern(models.Model):
    class ChildInDanger(models.TextChoices):
        YES = "yes", _("Yes, a child is in danger now")
        NO = "no", _("No")
        NOT_SURE = "not-sure", _("I am not sure")

    class Status(models.TextChoices):
        NEW = "new", _("New")
        IN_PROGRESS = "in-progress", _("In progress")
        CLOSED = "closed", _("Closed")

    what_happened = models.TextField(
        _("What happened?"),
        max_length=5000,
        help_text=_("Tell us what you saw, heard or were told, in your own words."),
    )
    when = models.CharField(
        _("When did it happen?"), max_length=200, blank=True, help_text=_("A date or a rough time is enough.")
    )
    where = models.CharField(
        _("Where did it happen?"),
        max_length=200,
        blank=True,
        help_text=_("A province, town or kind of place is enough."),
    )
    who_is_involved = models.TextField(
        _("Who is involved?"),
        max_length=2000,
        blank=True,
        help_text=_(
            "You do not need to name a child: use initials or a description (for example, “a girl of about 12”)."
        ),
    )
    child_in_danger = models.CharField(
        _("Is a child in danger right now?"), max_length=10, choices=ChildInDanger.choices
    )
    reporter_name = models.CharField(
        _("Your name"), max_length=200, blank=True, help_text=_("Optional: you may report without giving your name.")
    )
    reporter_contact = models.CharField(
        _("How can we contact you?"),
        max_length=200,
        blank=True,
        help_text=_("Optional: a phone number or an email address, if you would like us to be able to reach you."),
    )
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    received_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    # What the safeguarding leads do with it.
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.NEW)
    note = models.TextField(_("handling notes"), blank=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("handled by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    handled_at = models.DateTimeField(_("last handled"), null=True, blank=True)

    class Meta:
        verbose_name = _("concern")
        verbose_name_plural = _("concerns")
        ordering = ["-received_at"]

    def __str__(self):
        # Never the content: this name appears in breadcrumbs, logs and page titles.
        return _("Concern #%(number)s") % {"number": self.pk}

    @property
    def is_urgent(self):
        return self.child_in_danger == self.ChildInDanger.YES

    def handle(self, *, status, by, note=""):
        """A lead moves the concern on and writes what was done. Notes are added, never replaced, and a
        concern is closed only with a note saying what was done."""
        note = note.strip()
        if status not in self.Status.values:
            raise ValidationError(_("Choose a status."))
        if status == self.Status.CLOSED and not note:
            raise ValidationError(_("Write what was done before closing the concern."))
        with transaction.atomic():
            # Locked and re-read, so that two leads writing at once both keep their notes.
            current = type(self).objects.select_for_update().get(pk=self.pk)
            now = timezone.now()
            if note:
                by_name = by.get_full_name() or by.get_username()
                heading = f"{timezone.localtime(now):%Y-%m-%d %H:%M} · {by_name} · {self.Status(status).label}"
                current.note = f"{current.note}\n\n{heading}\n{note}".strip()
            current.status, current.handled_by, current.handled_at = status, by, now
            current.save(update_fields=["status", "note", "handled_by", "handled_at"])
        self.status, self.note, self.handled_by, self.handled_at = current.status, current.note, by, now
