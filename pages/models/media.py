"""CCPCR's own image and document models (set from the start: Wagtail cannot swap them painlessly later)."""

import os

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import models
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail.documents.models import AbstractDocument, DocumentQuerySet
from wagtail.documents.models import Document as WagtailDocument
from wagtail.images.models import AbstractImage, AbstractRendition
from wagtail.images.models import Image as WagtailImage
from wagtail.search import index

from ccpcr.search import AnalysedSearch
from pages.image_metadata import without_metadata
from pages.privacy import private_collections
from pages.renditions import image_filter
from private_files.uploads import RandomName, attachment, private_storage, validate_document


class ConsentDocumentInput(forms.ClearableFileInput):
    """The consent form's file input. Django's own input links to the file's URL; a consent form has none, so
    this one links to the admin view that checks the permission and serves it as a download."""

    def is_initial(self, value):
        # Django asks the file for its URL to decide; a private file has none.
        return bool(value and getattr(value, "name", None))

    def render(self, name, value, attrs=None, renderer=None):
        file_input = forms.FileInput().render(name, None, attrs, renderer)
        image = getattr(value, "instance", None)
        if not self.is_initial(value) or image is None or image.pk is None:
            return file_input
        checkbox_name = self.clear_checkbox_name(name)
        checkbox_id = self.clear_checkbox_id(checkbox_name)
        return format_html(
            '<p>{on_file} <a href="{url}">{download}</a></p>'
            '<p><input type="checkbox" name="{checkbox_name}" id="{checkbox_id}"> '
            '<label for="{checkbox_id}">{remove}</label></p><p>{replace}</p>{file_input}',
            on_file=_("A consent form is on file."),
            url=reverse("pages_consent_document", args=[image.pk]),
            download=_("Download it (safeguarding leads only)"),
            checkbox_name=checkbox_name,
            checkbox_id=checkbox_id,
            remove=_("Remove the consent form"),
            replace=_("Replace it with:"),
            file_input=file_input,
        )


class ConsentDocumentField(models.FileField):
    """A signed consent form: in private storage under a random name, never given a URL."""

    def formfield(self, **kwargs):
        return super().formfield(**{"widget": ConsentDocumentInput, **kwargs})


class SiteImage(AbstractImage):
    """A photo or graphic. `description` (from Wagtail) is its alt text; `credit` names the photographer.

    A photo of a child records whether the child's (or guardian's) consent is on file, or whether faces are
    obscured: pages using a photo of a child with neither cannot be published (`pages.safeguarding`).
    Every uploaded file loses its EXIF, XMP and comments when saved (`pages.image_metadata`)."""

    credit = models.CharField(_("credit"), max_length=255, blank=True, help_text=_("Photographer or source."))
    shows_child = models.BooleanField(
        _("shows a child"),
        default=False,
        help_text=_("Tick if a child can be seen in this photo, even in the background."),
    )
    consent_on_file = models.BooleanField(
        _("consent on file"),
        default=False,
        help_text=_(
            "Tick only when a signed consent form for this photo is kept by CCPCR. Pages showing a child "
            "cannot be published without consent, unless faces are obscured."
        ),
    )
    consent_date = models.DateField(
        _("consent date"), null=True, blank=True, help_text=_("The date the consent form was signed.")
    )
    consent_document = ConsentDocumentField(
        _("consent form"),
        storage=private_storage,
        upload_to=RandomName("consent-forms"),
        blank=True,
        help_text=_("The signed consent form (PDF or Word). Kept privately: only safeguarding leads can download it."),
    )
    faces_obscured = models.BooleanField(
        _("faces obscured"),
        default=False,
        help_text=_("Tick if no child can be recognised: faces blurred, turned away or out of the frame."),
    )

    admin_form_fields = (
        *WagtailImage.admin_form_fields,
        "credit",
        "shows_child",
        "consent_on_file",
        "consent_date",
        "consent_document",
        "faces_obscured",
    )

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")
        permissions = [("view_consent_document", _("Can download consent forms of images"))]

    def clean(self):
        super().clean()
        errors = {}
        if self.consent_on_file and not self.consent_date:
            errors["consent_date"] = _("Enter the date the consent form was signed.")
        if not self.consent_on_file and (self.consent_date or self.consent_document):
            errors["consent_on_file"] = _(
                "A consent date or form is recorded: tick “consent on file”, or remove the date and the form."
            )
        if self.consent_document and not self.consent_document._committed:
            try:
                validate_document(self.consent_document)
            except ValidationError as error:
                errors["consent_document"] = error.messages
        if errors:
            raise ValidationError(errors)

    def get_rendition(self, filter):
        # Through get_renditions, which does not write a rendition found among the prefetched ones back to the
        # cache: Wagtail's own get_rendition does, a Redis write for each `{% image %}` of each request.
        (rendition,) = self.get_renditions(filter).values()
        return rendition

    def get_renditions(self, *filters):
        return super().get_renditions(*map(image_filter, filters))

    @property
    def may_be_published(self):
        """False for a photo of a child with neither consent on file nor faces obscured."""
        return not self.shows_child or self.consent_on_file or self.faces_obscured

    def save(self, *args, **kwargs):
        # Here, not in a form, so that every way an image arrives (the admin's upload, the multiple uploader,
        # an import or the seed) loses its metadata before the file reaches the disk.
        if self.file and not self.file._committed:
            self._remove_file_metadata()
        super().save(*args, **kwargs)

    def _remove_file_metadata(self):
        self.file.open()
        self.file.seek(0)
        cleaned = without_metadata(self.file.read())
        if cleaned is None:
            self.file.seek(0)
            return
        name = os.path.basename(self.file.name)
        self.file = ContentFile(cleaned, name=name)  # also sets width and height from the upright picture
        self._set_image_file_metadata()

    def delete(self, *args, **kwargs):
        if self.consent_document:
            self.consent_document.delete(save=False)
        return super().delete(*args, **kwargs)

    def consent_document_download(self):
        """The consent form as a download: never inline, never cached."""
        file_type = validate_document(self.consent_document)
        return attachment(
            self.consent_document, filename=f"consent-form-image-{self.pk}.{file_type}", file_type=file_type
        )


class SiteRendition(AbstractRendition):
    image = models.ForeignKey(SiteImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class SiteDocumentQuerySet(DocumentQuerySet):
    def public(self, request=None):
        """Documents anyone may download: none in a collection with a view restriction, which covers the
        collections inside it too (pages.privacy, which keeps them with the site's data given the request)."""
        # By collection (a field the search index can filter on), so that search results obey it too.
        return self.exclude(collection__in=private_collections(request))


class SiteDocument(AnalysedSearch, AbstractDocument):
    """A downloadable file: a report, a policy, a newsletter. Listed by the document library."""

    class Category(models.TextChoices):
        ANNUAL_REPORT = "annual-report", _("Annual report")
        POLICY = "policy", _("Policy")
        RESEARCH = "research", _("Research")
        NEWSLETTER = "newsletter", _("Newsletter")
        OTHER = "other", _("Other")

    class Language(models.TextChoices):
        ENGLISH = "en", "English"
        KHMER = "km", "ភាសាខ្មែរ"
        BOTH = "both", _("English and Khmer")

    description = models.TextField(_("description"), blank=True)
    # Documents are files, not translated pages: a Khmer title and description let Khmer readers know what
    # an English report is about, and name a Khmer document in Khmer.
    khmer_title = models.CharField(_("title in Khmer"), max_length=255, blank=True)
    khmer_description = models.TextField(_("description in Khmer"), blank=True)
    category = models.CharField(_("category"), max_length=20, choices=Category.choices, default=Category.OTHER)
    language = models.CharField(_("language"), max_length=4, choices=Language.choices, default=Language.ENGLISH)
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)

    objects = SiteDocumentQuerySet.as_manager()

    admin_form_fields = (
        *WagtailDocument.admin_form_fields,
        "description",
        "khmer_title",
        "khmer_description",
        "category",
        "language",
        "year",
    )

    search_fields = [
        *AbstractDocument.search_fields,
        index.SearchField("description"),
        index.SearchField("khmer_title"),
        index.AutocompleteField("khmer_title"),  # the admin's document search looks in titles
        index.SearchField("khmer_description"),
        index.FilterField("category"),
        index.FilterField("language"),
        index.FilterField("year"),
    ]

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def save(self, *args, **kwargs):
        # The admin's upload form records size and hash; documents made in code (seed, imports) need it too.
        if self.file and self.file_size is None:
            self._set_document_file_metadata()
        super().save(*args, **kwargs)

    @property
    def display_title(self):
        """The title in the reader's language when the document has one."""
        if translation.get_language() == "km" and self.khmer_title:
            return self.khmer_title
        return self.title

    @property
    def display_description(self):
        if translation.get_language() == "km" and self.khmer_description:
            return self.khmer_description
        return self.description

    @property
    def file_type(self):
        """The file's type as a reader knows it: PDF, DOCX ..."""
        return self.file_extension.upper()

    @property
    def languages(self):
        """Language codes a reader can read this document in."""
        return ["en", "km"] if self.language == self.Language.BOTH else [self.language]
