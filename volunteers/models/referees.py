"""Referees: two people who know the volunteer answer a few questions through a link that works once and
expires. The link carries the referee's id and a random nonce, signed with the site's secret: it cannot be
guessed or forged, and a coordinator can cancel it by sending a new one (a new nonce)."""

import secrets
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from .applications import ScreeningEvent, VolunteerApplication

LINK_SALT = "volunteers.referee"


def new_nonce():
    return secrets.token_urlsafe(16)


def link_expiry():
    return timezone.now() + timedelta(days=settings.VOLUNTEERS_REFERENCE_LINK_DAYS)


class Referee(models.Model):
    application = models.ForeignKey(VolunteerApplication, on_delete=models.CASCADE, related_name="referees")
    name = models.CharField(_("name"), max_length=150)
    relationship = models.CharField(_("relationship to you"), max_length=120)
    email = models.EmailField(_("email"))
    nonce = models.CharField(max_length=32, default=new_nonce, editable=False)
    requested_at = models.DateTimeField(_("asked on"), default=timezone.now)
    link_expires_at = models.DateTimeField(_("link expires"), default=link_expiry)
    reminders_sent = models.PositiveSmallIntegerField(_("reminders sent"), default=0)
    # The referee's answers
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)
    how_known = models.TextField(_("how do you know the volunteer?"), max_length=2000, blank=True)
    known_for = models.CharField(_("for how long?"), max_length=100, blank=True)
    suitability = models.TextField(
        _("how suitable are they for volunteering with children, and why?"), max_length=3000, blank=True
    )
    has_concerns = models.BooleanField(
        _("do you know of any reason this person should not work with children?"), null=True, blank=True
    )
    concerns = models.TextField(_("the reason"), max_length=3000, blank=True)
    # The coordinator's review
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    answers_purged_at = models.DateTimeField(_("answers purged"), null=True, blank=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("referee")
        verbose_name_plural = _("referees")
        constraints = [models.UniqueConstraint(fields=["application", "email"], name="referees_differ")]

    def __str__(self):
        return self.name

    # The link

    @property
    def token(self):
        return signing.Signer(salt=LINK_SALT).sign_object([self.pk, self.nonce])

    @classmethod
    def from_token(cls, token):
        """The referee a link belongs to, or None for a forged, mangled or cancelled link."""
        try:
            pk, nonce = signing.Signer(salt=LINK_SALT).unsign_object(token)
        except (signing.BadSignature, ValueError, TypeError):
            return None
        return cls.objects.select_related("application__opportunity").filter(pk=pk, nonce=nonce).first()

    def link_path(self):
        with translation.override(self.application.language):
            return reverse("reference", args=[self.token])

    @property
    def is_answered(self):
        return self.answered_at is not None

    @property
    def link_has_expired(self):
        return timezone.now() >= self.link_expires_at

    # Mails

    def ask(self):
        """Email the referee their link (once per link)."""
        self._mail("volunteers/reference_requested", key=f"reference-request:{self.pk}:{self.nonce}")

    def remind(self, period):
        """Remind the referee, once per reminder period (the key makes a repeat a no-op)."""
        self._mail("volunteers/reference_reminder", key=f"reference-reminder:{self.pk}:{self.nonce}:{period}")

    def _mail(self, template, *, key):
        from notifications.services import notify

        application = self.application
        notify(
            template,
            to=self.email,
            language=application.language,
            key=key,
            context={
                "referee": self.name,
                "name": application.full_name,
                "opportunity": application.opportunity_title(application.language),
                "link_path": self.link_path(),
                "expires": self.expiry_in(application.language),
            },
        )

    def expiry_in(self, language):
        with translation.override(language):
            return date_format(timezone.localtime(self.link_expires_at), "DATE_FORMAT")

    @transaction.atomic
    def renew_link(self, *, by):
        """Cancel the current link and send a new one (for an expired link, or a referee who lost the mail)."""
        # Locked, so a referee answering at this moment either lands first (and is not sent a new link) or
        # finds their old link cancelled.
        current = Referee.objects.select_for_update().get(pk=self.pk)
        if current.is_answered:
            raise ValidationError(_("This referee has already answered."), code="answered")
        self.nonce, self.requested_at, self.link_expires_at = new_nonce(), timezone.now(), link_expiry()
        self.reminders_sent = 0
        self.save(update_fields=["nonce", "requested_at", "link_expires_at", "reminders_sent"])
        self.application.record(ScreeningEvent.Kind.REFERENCE_RENEWED, by=by, text=self.name)
        self.ask()

    # Answers

    @transaction.atomic
    def record_answers(self, *, how_known, known_for, suitability, has_concerns, concerns):
        """Save the referee's answers once. Returns False, saving nothing, when the link was already used or has
        expired (two tabs, a replayed form)."""
        answered = Referee.objects.filter(
            pk=self.pk, nonce=self.nonce, answered_at__isnull=True, link_expires_at__gt=timezone.now()
        ).update(
            answered_at=timezone.now(),
            how_known=how_known,
            known_for=known_for,
            suitability=suitability,
            has_concerns=has_concerns,
            concerns=concerns if has_concerns else "",
        )
        if not answered:
            return False
        self.refresh_from_db()
        application = self.application
        application.record(ScreeningEvent.Kind.REFERENCE_ANSWERED, text=self.name)
        application.tell_volunteer(
            "volunteers/reference_received", key=f"reference-received:{self.pk}", referee=self.name
        )
        application.tell_coordinator(
            "volunteers/reference_to_review", key=f"reference-to-review:{self.pk}", referee=self.name
        )
        return True

    @transaction.atomic
    def mark_reviewed(self, *, by, note=""):
        """A coordinator has read the answers. A reference that raised a concern needs a note of the decision."""
        if not self.is_answered:
            raise ValidationError(_("This referee has not answered yet."), code="unanswered")
        if self.has_concerns and not note.strip():
            raise ValidationError(
                _("This referee raised a concern: write down what you found and decided."), code="concern-needs-note"
            )
        now = timezone.now()
        # Two coordinators reviewing at once record one review.
        if not Referee.objects.filter(pk=self.pk, reviewed_at__isnull=True).update(reviewed_at=now, reviewed_by=by):
            return
        self.reviewed_at, self.reviewed_by = now, by
        self.application.record(ScreeningEvent.Kind.REFERENCE_REVIEWED, by=by, text=self.name, note=note)
        self.application.alert_coordinator_if_ready()

    def purge_answers(self):
        self.how_known = self.known_for = self.suitability = self.concerns = ""
        self.has_concerns = None
        self.answers_purged_at = timezone.now()
        self.save()
