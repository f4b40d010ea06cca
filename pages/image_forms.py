"""The admin's image form. Whether a photo shows a child, and whether consent is held or faces are obscured,
decides whether pages using it may be published, so those answers are a safeguarding lead's to give."""

from django.utils.translation import gettext_lazy as _

from wagtail.images.forms import BaseImageForm

from pages import safeguarding

# (field, the value only a safeguarding lead may set it to)
LEADS_ONLY = [("consent_on_file", True), ("faces_obscured", True), ("shows_child", False)]


class SiteImageForm(BaseImageForm):
    def __init__(self, *args, user=None, **kwargs):
        self.user = user
        super().__init__(*args, user=user, **kwargs)

    def clean(self):
        cleaned_data = super().clean()
        if safeguarding.is_safeguarding_lead(self.user):
            return cleaned_data
        for name, value in LEADS_ONLY:
            if name in self.changed_data and cleaned_data.get(name) == value:
                self.add_error(name, _("Only a safeguarding lead can change this. Ask them to check the photo."))
        for name in ("consent_date", "consent_document"):
            if name in self.changed_data:
                self.add_error(name, _("Only a safeguarding lead can record consent."))
        return cleaned_data
