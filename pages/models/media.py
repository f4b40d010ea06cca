"""CCPCR's own image and document models (set from the start: Wagtail cannot swap them painlessly later)."""

from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.documents.models import AbstractDocument
from wagtail.documents.models import Document as WagtailDocument
from wagtail.images.models import AbstractImage, AbstractRendition
from wagtail.images.models import Image as WagtailImage
from wagtail.search import index


class SiteImage(AbstractImage):
    """A photo or graphic. `description` (from Wagtail) is its alt text; `credit` names the photographer."""

    credit = models.CharField(_("credit"), max_length=255, blank=True, help_text=_("Photographer or source."))

    admin_form_fields = (*WagtailImage.admin_form_fields, "credit")

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")


class SiteRendition(AbstractRendition):
    image = models.ForeignKey(SiteImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class SiteDocument(AbstractDocument):
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
