from django.db import models, transaction
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

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
    ]

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        pass


class ContactPage(AbstractEmailForm, BasePage):
    """A contact form built by editors. Submissions are stored, then mailed by Celery to `to_address`."""

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

    def process_form_submission(self, form):
        # Store first; mail only once the submission is committed, from a Celery worker.
        submission = self.get_submission_class().objects.create(form_data=form.cleaned_data, page=self)
        if self.to_address:
            from pages.tasks import send_contact_submission

            transaction.on_commit(lambda: send_contact_submission.delay(submission.pk))
        return submission
