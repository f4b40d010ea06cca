"""A volunteer's profile: who they are, what they offer, and whom to call in an emergency."""

from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from careers.models import Level

ADULT_AGE = 18


class VolunteerProfile(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="volunteer_profile")
    full_name = models.CharField(_("full name"), max_length=150)
    date_of_birth = models.DateField(_("date of birth"))
    nationality = models.CharField(_("nationality"), max_length=80)
    phone = models.CharField(_("phone"), max_length=30)
    khmer_level = models.CharField(_("Khmer"), max_length=10, choices=Level.choices)
    english_level = models.CharField(_("English"), max_length=10, choices=Level.choices)
    other_languages = models.CharField(
        _("other languages"), max_length=200, blank=True, help_text=_("With your level, e.g. “French: good”.")
    )
    skills = models.TextField(_("skills and experience"), max_length=3000)
    availability = models.TextField(_("availability"), max_length=1000, help_text=_("Which days and hours, from when."))
    emergency_contact_name = models.CharField(_("emergency contact's name"), max_length=150)
    emergency_contact_relationship = models.CharField(_("their relationship to you"), max_length=80)
    emergency_contact_phone = models.CharField(_("emergency contact's phone"), max_length=30)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("volunteer profile")
        verbose_name_plural = _("volunteer profiles")

    def __str__(self):
        return self.full_name

    def clean(self):
        super().clean()
        today = timezone.localdate()
        if self.date_of_birth and not date(1900, 1, 1) <= self.date_of_birth < today:
            raise ValidationError({"date_of_birth": _("Please enter your real date of birth.")})

    def age(self, on=None):
        on = on or timezone.localdate()
        born = self.date_of_birth
        return on.year - born.year - ((on.month, on.day) < (born.month, born.day))

    @property
    def is_adult(self):
        return self.age() >= ADULT_AGE
