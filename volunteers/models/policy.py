"""CCPCR's child-protection policy, in versions, and each volunteer's acknowledgement of a version.

A policy is a translatable snippet. A change of substance is published as a new policy with a new version and
date, never as an edit: every volunteer is then asked to acknowledge the new version before approval."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import RichTextField
from wagtail.models import Locale, TranslatableMixin
from wagtail_localize.fields import SynchronizedField


class ChildProtectionPolicyQuerySet(models.QuerySet):
    def in_force(self, today=None):
        return self.filter(in_force_from__lte=today or timezone.localdate())


class ChildProtectionPolicy(TranslatableMixin, models.Model):
    version = models.CharField(
        _("version"), max_length=20, help_text=_("e.g. “2026-1”. Publish a new policy for a new version.")
    )
    in_force_from = models.DateField(_("in force from"))
    summary = RichTextField(
        _("what volunteers agree to"),
        features=["bold", "italic", "ol", "ul", "h3", "link"],
        help_text=_("Shown to every volunteer before they acknowledge the policy."),
    )
    document = models.ForeignKey(
        "pages.SiteDocument",
        verbose_name=_("the full policy"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = ChildProtectionPolicyQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("version"), FieldPanel("in_force_from")]),
        FieldPanel("summary"),
        FieldPanel("document"),
    ]
    override_translatable_fields = [SynchronizedField("version"), SynchronizedField("in_force_from")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("child-protection policy")
        verbose_name_plural = _("child-protection policies")
        ordering = ["-in_force_from", "-pk"]

    def __str__(self):
        return f"{_('Child-protection policy')} {self.version}"

    @classmethod
    def current(cls):
        """The version in force today, in the active language when it has been translated; None if none is."""
        policy = cls.objects.in_force().filter(locale=Locale.get_default()).first()
        return policy.localized if policy else None

    def clean(self):
        super().clean()
        saved = type(self).objects.filter(pk=self.pk, locale=Locale.get_default()).first()
        if saved and saved.version == self.version and saved.summary != self.summary and saved.acknowledgements():
            raise ValidationError(
                {
                    "version": _(
                        "Volunteers have acknowledged this version. To change what it says, give it a new version: "
                        "everyone will be asked to acknowledge it."
                    )
                }
            )

    def acknowledgements(self):
        return PolicyAcknowledgement.objects.filter(policy_key=self.translation_key, version=self.version)

    def acknowledged_by(self, user):
        return self.acknowledgements().filter(user=user).exists()


class PolicyAcknowledgement(models.Model):
    """A volunteer's account acknowledged one version of the policy, in one language, at one moment."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="policy_acknowledgements")
    policy = models.ForeignKey(
        ChildProtectionPolicy, verbose_name=_("policy"), on_delete=models.PROTECT, related_name="+"
    )
    # The same for every translation of a policy: acknowledging a version once in either language is enough.
    policy_key = models.UUIDField(editable=False)
    version = models.CharField(_("version"), max_length=20)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    at = models.DateTimeField(_("acknowledged at"), default=timezone.now)

    class Meta:
        verbose_name = _("policy acknowledgement")
        verbose_name_plural = _("policy acknowledgements")
        constraints = [
            models.UniqueConstraint(fields=["user", "policy_key", "version"], name="one_acknowledgement_per_version")
        ]

    def __str__(self):
        return f"{self.user} · {self.version}"

    def save(self, *args, **kwargs):
        self.policy_key, self.version = self.policy.translation_key, self.policy.version
        super().save(*args, **kwargs)


def has_acknowledged_current_policy(user):
    policy = ChildProtectionPolicy.current()
    return policy is not None and policy.acknowledged_by(user)
