"""Volunteer applications and their screening. Who may be approved is decided here, in `move_to`, so the
admin, a shell and a test all meet the same rule: every check the opportunity's contact with children
requires must be complete, and the police check verified by a coordinator other than the one approving."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from private_files.documents import PrivateDocument
from private_files.uploads import RandomName, private_storage

from .opportunities import ChildContact
from .policy import ChildProtectionPolicy, has_acknowledged_current_policy

REFERENCES_NEEDED = 2


class Check(models.TextChoices):
    POLICY = "policy", _("Child-protection policy acknowledged (current version)")
    REFERENCES = "references", _("Two references received and reviewed")
    POLICE_CHECK = "police-check", _("Police check verified by a second coordinator")
    INTERVIEW = "interview", _("Interview held")
    ADULT = "adult", _("Volunteer is 18 or over")


# The closer a role comes to children, the more a volunteer must pass before approval.
REQUIRED_CHECKS = {
    ChildContact.NONE: [Check.POLICY, Check.REFERENCES],
    ChildContact.INDIRECT: [Check.POLICY, Check.REFERENCES, Check.POLICE_CHECK],
    ChildContact.DIRECT: [Check.POLICY, Check.REFERENCES, Check.POLICE_CHECK, Check.INTERVIEW, Check.ADULT],
}


class VolunteerApplication(models.Model):
    class Stage(models.TextChoices):
        APPLIED = "applied", _("Applied")
        SCREENING = "screening", _("Screening")
        APPROVED = "approved", _("Approved")
        DECLINED = "declined", _("Declined")
        WITHDRAWN = "withdrawn", _("Withdrawn")
        ACTIVE = "active", _("Volunteering")
        FINISHED = "finished", _("Finished")

    NEXT_STAGES = {
        Stage.APPLIED: [Stage.SCREENING, Stage.DECLINED, Stage.WITHDRAWN],
        Stage.SCREENING: [Stage.APPROVED, Stage.DECLINED, Stage.WITHDRAWN],
        Stage.APPROVED: [Stage.ACTIVE, Stage.WITHDRAWN],
        Stage.ACTIVE: [Stage.FINISHED],
    }
    # Stages after which screening records are kept only for the retention period.
    CLOSED_STAGES = [Stage.DECLINED, Stage.WITHDRAWN, Stage.FINISHED]
    # Stages the volunteer hears about by email.
    ANNOUNCED_STAGES = [Stage.APPROVED, Stage.DECLINED]

    opportunity = models.ForeignKey(
        "volunteers.OpportunityPage",
        verbose_name=_("opportunity"),
        on_delete=models.PROTECT,
        related_name="applications",
    )
    # The same for the English and Khmer pages: one application per person per opportunity.
    opportunity_key = models.UUIDField(editable=False)
    volunteer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("volunteer"),
        on_delete=models.CASCADE,
        related_name="volunteer_applications",
    )
    # The opportunity's contact with children when they applied: an editor lowering it later lowers nothing.
    child_contact = models.CharField(_("contact with children"), max_length=10, choices=ChildContact.choices)
    motivation = models.TextField(_("why you want to volunteer with CCPCR"), max_length=3000)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    stage = models.CharField(_("stage"), max_length=10, choices=Stage.choices, default=Stage.APPLIED)
    submitted_at = models.DateTimeField(_("submitted"), default=timezone.now)
    stage_changed_at = models.DateTimeField(_("stage changed"), default=timezone.now)
    interviewed_at = models.DateTimeField(_("interviewed"), null=True, blank=True)
    interviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    screening_purged_at = models.DateTimeField(_("screening records purged"), null=True, blank=True)

    class Meta:
        verbose_name = _("volunteer application")
        verbose_name_plural = _("volunteer applications")
        ordering = ["-submitted_at"]
        # The coordinators' list sorts by date, and filters by stage.
        indexes = [
            models.Index(fields=["-submitted_at"], name="volunteer_application_newest"),
            models.Index(fields=["stage", "-submitted_at"], name="volunteer_application_by_stage"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["volunteer", "opportunity_key"], name="one_volunteer_application")
        ]
        permissions = [
            ("read_references", _("Can read referees' answers")),
            ("download_police_check", _("Can download police checks")),
        ]

    def __str__(self):
        return f"{self.full_name} · {self.opportunity.title}"

    def save(self, *args, **kwargs):
        self.opportunity_key = self.opportunity.translation_key
        if not self.child_contact:
            self.child_contact = self.opportunity.screening_level
        super().save(*args, **kwargs)

    @property
    def profile(self):
        return getattr(self.volunteer, "volunteer_profile", None)

    @property
    def full_name(self):
        return self.profile.full_name if self.profile else self.volunteer.email

    full_name.fget.short_description = _("volunteer")

    @property
    def email(self):
        return self.volunteer.email

    @property
    def police_check_or_none(self):
        return getattr(self, "police_check", None)

    # The checklist

    @property
    def screening_level(self):
        """The stricter of the level when they applied and the opportunity's level now."""
        return ChildContact.strictest(self.child_contact, self.opportunity.screening_level)

    def required_checks(self):
        return REQUIRED_CHECKS[self.screening_level]

    def completed_checks(self, approver=None):
        """The checks this application has passed. With `approver`, a police check that person verified
        does not count: a second coordinator must have looked at it."""
        done = set()
        if has_acknowledged_current_policy(self.volunteer):
            done.add(Check.POLICY)
        if self.referees.filter(answered_at__isnull=False, reviewed_at__isnull=False).count() >= REFERENCES_NEEDED:
            done.add(Check.REFERENCES)
        police_check = self.police_check_or_none
        if police_check and police_check.verified_at and (approver is None or police_check.verified_by != approver):
            done.add(Check.POLICE_CHECK)
        if self.interviewed_at:
            done.add(Check.INTERVIEW)
        if self.profile and self.profile.is_adult:
            done.add(Check.ADULT)
        return done

    def missing_checks(self, approver=None):
        done = self.completed_checks(approver)
        return [check for check in self.required_checks() if check not in done]

    def checklist(self):
        """(check, done) for each required check, in order: what the coordinator and the volunteer see."""
        done = self.completed_checks()
        return [(check, check in done) for check in self.required_checks()]

    # Moving through the stages

    def can_move_to(self, stage):
        return stage in self.NEXT_STAGES.get(self.stage, [])

    @property
    def can_withdraw(self):
        return self.can_move_to(self.Stage.WITHDRAWN)

    @property
    def can_delete(self):
        """A volunteer may delete an application before any decision, unless a referee raised a concern.
        Decided ones are kept until the retention purge: deleting them would let someone erase a
        safeguarding concern, or the record of who worked with children, and apply again."""
        undecided = self.stage in (self.Stage.APPLIED, self.Stage.SCREENING, self.Stage.WITHDRAWN)
        return undecided and not self.referees.filter(has_concerns=True).exists()

    def approval_problems(self, approver):
        """Why `approver` may not approve this application now; empty when they may."""
        problems = [_("Missing check: %(check)s.") % {"check": check.label} for check in self.missing_checks(approver)]
        police_check = self.police_check_or_none
        if police_check and police_check.verified_at and police_check.verified_by == approver:
            problems.append(_("You verified the police check yourself: another coordinator must approve."))
        if approver is not None and approver == self.volunteer:
            problems.append(_("Nobody can approve their own application."))
        return problems

    @transaction.atomic
    def move_to(self, stage, *, by, note=""):
        """Move to `stage`, recording who and why; refuse with ValidationError when the rules do not allow it."""
        current = type(self).objects.select_for_update().get(pk=self.pk)  # two coordinators at the same moment
        self.stage = current.stage
        if not self.can_move_to(stage):
            raise ValidationError(
                _("A volunteer application cannot go from “%(from)s” to “%(to)s”."),
                params={"from": self.get_stage_display(), "to": self.Stage(stage).label},
                code="not-allowed",
            )
        if stage == self.Stage.APPROVED and (problems := self.approval_problems(by)):
            raise ValidationError(problems, code="screening-incomplete")
        previous, self.stage, self.stage_changed_at = self.stage, stage, timezone.now()
        self.save(update_fields=["stage", "stage_changed_at"])
        with translation.override(settings.LANGUAGE_CODE):  # the history is read in the (English) admin
            text = f"{self.Stage(previous).label} → {self.Stage(stage).label}"
        event = self.record(ScreeningEvent.Kind.STAGE, by=by, text=text, note=note)
        if stage in self.ANNOUNCED_STAGES:
            self.tell_volunteer(f"volunteers/{stage}", key=f"volunteer-stage:{event.pk}")
        if stage == self.Stage.WITHDRAWN:
            self.tell_coordinator("volunteers/withdrawn", key=f"volunteer-withdrawn:{self.pk}")
        return event

    # Screening steps a coordinator takes

    def record_interview(self, *, by, note=""):
        if self.interviewed_at:
            return
        self.interviewed_at, self.interviewed_by = timezone.now(), by
        self.save(update_fields=["interviewed_at", "interviewed_by"])
        self.record(ScreeningEvent.Kind.INTERVIEW, by=by, note=note)
        self.alert_coordinator_if_ready()

    def record(self, kind, *, by=None, text="", note=""):
        return ScreeningEvent.objects.create(application=self, kind=kind, by=by, text=str(text), note=note)

    # Notifications

    def tell_volunteer(self, template, *, key, **context):
        from notifications.services import notify
        from volunteers.services import my_volunteering_path

        notify(
            template,
            to=self.email,
            language=self.language,
            key=key,
            context={
                "name": self.full_name,
                "opportunity": self.opportunity_title(self.language),
                "my_volunteering_path": my_volunteering_path(self.language),
                **context,
            },
        )

    def tell_coordinator(self, template, *, key, **context):
        from django.urls import reverse

        from notifications.services import notify

        notify(
            template,
            to=self.opportunity.coordinator_contact,
            language=settings.LANGUAGE_CODE,  # the admin, where coordinators work, is in English
            key=key,
            context={
                "name": self.full_name,
                "opportunity": self.opportunity_title(settings.LANGUAGE_CODE),
                "admin_path": reverse("volunteers_application:inspect", args=[self.pk]),
                **context,
            },
        )

    def alert_coordinator_if_ready(self):
        """Once every required check is complete, the coordinator hears that the application awaits a decision."""
        if self.stage in (self.Stage.APPLIED, self.Stage.SCREENING) and not self.missing_checks():
            # Once per policy version: a new version reopens the policy check, and closing it again is news.
            policy = ChildProtectionPolicy.current()
            self.tell_coordinator(
                "volunteers/checks_complete", key=f"volunteer-checks-complete:{self.pk}:{policy.version}"
            )

    def opportunity_title(self, language):
        """The opportunity's title in `language` when it has a live translation there."""
        with translation.override(language):
            page = self.opportunity.localized
        return page.title


class PoliceCheck(PrivateDocument):
    """The volunteer's police check: kept privately, and verified by a coordinator who is not the volunteer."""

    application = models.OneToOneField(VolunteerApplication, on_delete=models.CASCADE, related_name="police_check")
    file = models.FileField(_("file"), storage=private_storage, upload_to=RandomName("police-checks"))
    uploaded_at = models.DateTimeField(_("uploaded"), default=timezone.now)
    verified_at = models.DateTimeField(_("verified"), null=True, blank=True)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("verified by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("police check")
        verbose_name_plural = _("police checks")

    def verify(self, *, by, note=""):
        if by == self.application.volunteer:
            raise ValidationError(_("Nobody can verify their own police check."), code="own")
        now = timezone.now()
        # Two coordinators clicking at once: one verification, by whoever was first.
        if not PoliceCheck.objects.filter(pk=self.pk, verified_at__isnull=True).update(verified_at=now, verified_by=by):
            self.refresh_from_db()
            return
        self.verified_at, self.verified_by = now, by
        self.application.record(ScreeningEvent.Kind.POLICE_CHECK_VERIFIED, by=by, note=note)
        self.application.alert_coordinator_if_ready()


class ScreeningEvent(models.Model):
    """The screening history: each stage change, check, note and download, by whom and when."""

    class Kind(models.TextChoices):
        STAGE = "stage", _("Stage changed")
        NOTE = "note", _("Note")
        REFERENCE_ANSWERED = "reference-answered", _("Reference received")
        REFERENCE_REVIEWED = "reference-reviewed", _("Reference reviewed")
        REFERENCE_RENEWED = "reference-renewed", _("New reference link sent")
        POLICE_CHECK_VERIFIED = "police-check-verified", _("Police check verified")
        POLICE_CHECK_DOWNLOADED = "police-check-downloaded", _("Police check downloaded")
        INTERVIEW = "interview", _("Interview held")

    application = models.ForeignKey(VolunteerApplication, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(_("what"), max_length=30, choices=Kind.choices)
    text = models.CharField(_("details"), max_length=255, blank=True)
    note = models.TextField(_("note"), max_length=5000, blank=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    at = models.DateTimeField(_("at"), default=timezone.now)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("screening event")
        verbose_name_plural = _("screening events")

    def __str__(self):
        return f"{self.get_kind_display()} {self.text}".strip()


class ScreeningPurge(models.Model):
    """A record that the retention purge deleted screening records: how many, when. Names nobody."""

    applications = models.PositiveIntegerField(_("applications"))
    references = models.PositiveIntegerField(_("references"))
    police_checks = models.PositiveIntegerField(_("police checks"))
    at = models.DateTimeField(_("at"), default=timezone.now)

    class Meta:
        ordering = ["-at"]
        verbose_name = _("screening purge")
        verbose_name_plural = _("screening purges")

    def __str__(self):
        return f"{self.at:%Y-%m-%d}: {self.applications}"
