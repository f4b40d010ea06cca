"""Spam protection for the contact form: a hidden honeypot field and a signed 'form shown at' time.

A person never sees the honeypot and takes more than a few seconds to write; a bot fills every field
and posts at once. Both checks fail with a message in the visitor's language and keep what was typed.
"""

import time

from django import forms
from django.core import signing
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.forms.forms import BaseForm, FormBuilder

MINIMUM_SECONDS_TO_FILL = 3
MAXIMUM_AGE_SECONDS = 60 * 60 * 24
HONEYPOT_FIELD = "website"
TIMESTAMP_FIELD = "form_shown"
_SALT = "pages.contact.form-shown"


class SpamProtectedForm(BaseForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[HONEYPOT_FIELD] = forms.CharField(
            required=False,
            label=_("Leave this field empty"),
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )
        self.fields[TIMESTAMP_FIELD] = forms.CharField(
            required=False,
            widget=forms.HiddenInput,
            initial=_stamp(),
        )

    def clean(self):
        try:
            return self._check_for_spam(super().clean())
        except forms.ValidationError:
            # Shown again with a fresh timestamp and an empty trap, so that a person can simply resend.
            self.data = self.data.copy()
            self.data[TIMESTAMP_FIELD] = _stamp()
            self.data[HONEYPOT_FIELD] = ""
            raise

    def _check_for_spam(self, cleaned_data):
        if cleaned_data.pop(HONEYPOT_FIELD, ""):
            raise forms.ValidationError(_("Your message looks automated and was not sent."), code="honeypot")
        try:
            shown_at = int(signing.Signer(salt=_SALT).unsign(cleaned_data.pop(TIMESTAMP_FIELD, "")))
        except (signing.BadSignature, ValueError):
            raise forms.ValidationError(_("Your message looks automated and was not sent."), code="forged") from None
        seconds = time.time() - shown_at
        if seconds > MAXIMUM_AGE_SECONDS:
            raise forms.ValidationError(_("This form was open too long. Please send it again."), code="expired")
        if seconds < MINIMUM_SECONDS_TO_FILL:
            raise forms.ValidationError(
                _("That was very fast. Please check your message and send it again."), code="too-fast"
            )
        return cleaned_data


def _stamp():
    """The signed time at which a form is shown."""
    return signing.Signer(salt=_SALT).sign(str(int(time.time())))


class ContactFormBuilder(FormBuilder):
    """Editors' contact form fields, spam-protected, telling browsers which fields hold the visitor's name,
    email or phone so they can fill them in (WCAG 1.3.5). A field is known by its machine name, which every
    language's version of the form shares ("your_name", "email", "phone_number"...)."""

    PURPOSES = {"name": "name", "email": "email", "phone": "tel"}

    def get_form_class(self):
        return type("ContactForm", (SpamProtectedForm,), self.formfields)

    def create_singleline_field(self, field, options):
        form_field = super().create_singleline_field(field, options)
        for word, purpose in self.PURPOSES.items():
            if word in field.clean_name.split("_"):
                form_field.widget.attrs["autocomplete"] = purpose
                break
        return form_field

    def create_email_field(self, field, options):
        form_field = super().create_email_field(field, options)
        form_field.widget.attrs["autocomplete"] = "email"
        return form_field
