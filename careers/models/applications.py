"""Applications: plain Django models, never pages. The pipeline's rules live here, not in views."""

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from careers.provinces import Province
from private_files.documents import PrivateDocument
from private_files.uploads import RandomName, private_storage

# Bump when the privacy notice changes; each application records the version its applicant agreed to.
PRIVACY_NOTICE_VERSION = "2026-11"


class Level(models.TextChoices):
    NONE = "none", _("None")
    BASIC = "basic", _("Basic")
    GOOD = "good", _("Good")
    FLUENT = "fluent", _("Fluent or native")


class Application(models.Model):
    class Stage(models.TextChoices):
        RECEIVED = "received", _("Received")
        SCREENING = "screening", _("Screening")
        INTERVIEW = "interview", _("Interview")
        OFFER = "offer", _("Offer")
        HIRED = "hired", _("Hired")
        REJECTED = "rejected", _("Not selected")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    # Where an application may go next. Rejected, hired and withdrawn are final.
    NEXT_STAGES = {
        Stage.RECEIVED: [Stage.SCREENING, Stage.REJECTED, Stage.WITHDRAWN],
        Stage.SCREENING: [Stage.INTERVIEW, Stage.REJECTED, Stage.WITHDRAWN],
        Stage.INTERVIEW: [Stage.OFFER, Stage.REJECTED, Stage.WITHDRAWN],
        Stage.OFFER: [Stage.HIRED, Stage.REJECTED, Stage.WITHDRAWN],
    }

    vacancy = models.ForeignKey(
        "careers.VacancyPage", verbose_name=_("vacancy"), on_delete=models.PROTECT, related_name="applications"
    )
    # The same for the English and Khmer pages of a vacancy: one application per person per vacancy.
    vacancy_key = models.UUIDField(editable=False)
    applicant = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("applicant"), on_delete=models.CASCADE, related_name="applications"
    )
    full_name = models.CharField(_("full name"), max_length=150)
    email = models.EmailField(_("email"))
    phone = models.CharField(_("phone"), max_length=30)
    province = models.CharField(_("province"), max_length=20, choices=Province.choices)
    cover_letter = models.TextField(_("cover letter"), max_length=5000)
    khmer_level = models.CharField(_("Khmer"), max_length=10, choices=Level.choices)
    english_level = models.CharField(_("English"), max_length=10, choices=Level.choices)
    answers = models.JSONField(_("answers to screening questions"), default=list, blank=True)
    privacy_notice_version = models.CharField(_("privacy notice version"), max_length=20)
    consented_at = models.DateTimeField(_("consented at"))
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    stage = models.CharField(_("stage"), max_length=10, choices=Stage.choices, default=Stage.RECEIVED)
    submitted_at = models.DateTimeField(_("submitted"), default=timezone.now)

    class Meta:
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        ordering = ["-submitted_at"]
        # HR's list sorts by date and filters by stage and province over tens of thousands of rows.
        indexes = [
            models.Index(fields=["-submitted_at"], name="application_newest_first"),
            models.Index(fields=["stage", "-submitted_at"], name="application_by_stage"),
            models.Index(fields=["province"], name="application_by_province"),
        ]
        constraints = [models.UniqueConstraint(fields=["applicant", "vacancy_key"], name="one_application_per_vacancy")]
        permissions = [("download_application_documents", _("Can download applicants' documents"))]

    def __str__(self):
        return f"{self.full_name} · {self.vacancy.title}"

    def save(self, *args, **kwargs):
        self.vacancy_key = self.vacancy.translation_key
        super().save(*args, **kwargs)

    def can_move_to(self, stage):
        return stage in self.NEXT_STAGES.get(self.stage, [])

    @transaction.atomic
    def move_to(self, stage, *, by=None, note="", announce=False):
        """Move along the pipeline, recording who, when and why; tell the applicant when `announce`."""
        if not self.can_move_to(stage):
            raise ValueError(f"An application cannot go from {self.stage} to {stage}")
        previous, self.stage = self.stage, stage
        self.save(update_fields=["stage"])
        change = StageChange.objects.create(application=self, from_stage=previous, to_stage=stage, by=by, note=note)
        if announce:
            from careers.services import my_applications_path
            from notifications.services import notify

            notify(
                "careers/stage_changed",
                to=self.email,
                language=self.language,
                key=f"application-stage:{change.pk}",
                context={
                    "name": self.full_name,
                    "vacancy": self.vacancy.title,
                    "stage": stage,
                    "my_applications_path": my_applications_path(self.language),
                },
            )
        return change

    @property
    def can_withdraw(self):
        return self.can_move_to(self.Stage.WITHDRAWN)


class ApplicationDocument(PrivateDocument):
    class Kind(models.TextChoices):
        CV = "cv", _("CV")
        OTHER = "other", _("Other document")

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="documents")
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    file = models.FileField(_("file"), storage=private_storage, upload_to=RandomName("applications"))

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documents")


class StageChange(models.Model):
    """The pipeline's history: every move, by whom, when, with HR's note."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="stage_changes")
    from_stage = models.CharField(_("from"), max_length=10, choices=Application.Stage.choices)
    to_stage = models.CharField(_("to"), max_length=10, choices=Application.Stage.choices)
    note = models.TextField(_("note"), blank=True)
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
        ordering = ["at"]
        verbose_name = _("stage change")
        verbose_name_plural = _("stage changes")

    def __str__(self):
        return f"{self.from_stage} → {self.to_stage}"


class ApplicationNote(models.Model):
    """HR's internal note on an application. Never shown to the applicant."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="notes")
    text = models.TextField(_("note"), max_length=5000)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(_("at"), default=timezone.now)

    class Meta:
        ordering = ["at"]
        verbose_name = _("internal note")
        verbose_name_plural = _("internal notes")

    def __str__(self):
        return self.text[:50]


class DocumentDownload(models.Model):
    """Who downloaded which applicant's document, and when. Kept when the document is purged."""

    document = models.ForeignKey(ApplicationDocument, null=True, on_delete=models.SET_NULL, related_name="downloads")
    description = models.CharField(_("document"), max_length=255)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(_("at"), default=timezone.now)

    class Meta:
        ordering = ["-at"]
        verbose_name = _("document download")
        verbose_name_plural = _("document downloads")

    def __str__(self):
        return f"{self.description} · {self.at:%Y-%m-%d %H:%M}"


class ApplicationPurge(models.Model):
    """A record that the retention purge deleted a vacancy's applications: what, how many, when."""

    vacancy = models.CharField(_("vacancy"), max_length=255)
    applications = models.PositiveIntegerField(_("applications"))
    documents = models.PositiveIntegerField(_("documents"))
    at = models.DateTimeField(_("at"), default=timezone.now)

    class Meta:
        ordering = ["-at"]
        verbose_name = _("application purge")
        verbose_name_plural = _("application purges")

    def __str__(self):
        return f"{self.vacancy}: {self.applications}"
