from django_ratelimit.decorators import ratelimit

from django.db import models, transaction
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from ccpcr.security import rate
from notifications.services import notify
from pages.admin_forms import SafeguardedFormPageForm
from pages.forms import ContactFormBuilder

from .base import BasePage


class FormField(TranslatableMixin, AbstractFormField):
    """A field of the contact form. Translatable, so the Khmer form has Khmer labels."""

    page = ParentalKey("pages.ContactPage", on_delete=models.CASCADE, related_name="form_fields")

    # Translations keep the field's machine name, so every language's submissions line up in one table.
    translatable_fields = [
        TranslatableField("label"),
        TranslatableField("help_text"),
        TranslatableField("choices"),
        TranslatableField("default_value"),
        SynchronizedField("clean_name"),
        SynchronizedField("field_type"),
        SynchronizedField("required"),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        pass


class ContactPage(AbstractEmailForm, BasePage):
    """A contact form built by editors. Submissions are stored, then mailed by Celery to `to_address`."""

    base_form_class = SafeguardedFormPageForm

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    thank_you_text = RichTextField(_("thank-you text"), blank=True, features=["bold", "italic", "link"])

    form_builder = ContactFormBuilder
    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        SynchronizedField("to_address"),
        SynchronizedField("from_address"),
    ]

    content_panels = [
        *AbstractEmailForm.content_panels,
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            _("Email"),
        ),
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("contact page")

    # Each address may send CONTACT_FORM_RATE_LIMIT messages, valid or not; more get the 429 page.
    @method_decorator(ratelimit(group="pages.contact", key="ip", rate=rate("CONTACT_FORM_RATE_LIMIT"), method="POST"))
    def serve(self, request, *args, **kwargs):
        return super().serve(request, *args, **kwargs)

    def process_form_submission(self, form):
        """Store the submission and, in the same transaction, a notification for each address in `to_address`."""
        with transaction.atomic():
            submission = self.get_submission_class().objects.create(form_data=form.cleaned_data, page=self)
            fields = [
                (field.label, submission.get_data().get(field.clean_name, "")) for field in self.get_form_fields()
            ]
            for address in [address.strip() for address in self.to_address.split(",") if address.strip()]:
                notify(
                    "pages/contact_submission",
                    to=address,
                    language=self.locale.language_code,
                    key=f"contact-submission:{submission.pk}:{address}",
                    context={"page_title": self.title, "subject": self.subject, "fields": fields},
                )
        return submission
