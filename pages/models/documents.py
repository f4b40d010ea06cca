from django.db import models
from django.db.models import F
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.documents import get_document_model
from wagtail.models import Collection

from pages.pagination import page_of
from pages.params import choice_param, year_param

from .base import BasePage

DOCUMENTS_PER_PAGE = 20


class DocumentLibraryPage(BasePage):
    """Reports, policies and newsletters to download, filtered by category, year and language."""

    intro = models.TextField(_("introduction"), blank=True)
    collection = models.ForeignKey(
        Collection,
        verbose_name=_("collection"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The library lists the documents of this collection and the collections inside it."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("collection")]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("document library")

    def documents(self):
        """The documents this library lists, newest first, whatever filters a visitor picks."""
        documents = get_document_model().objects.public().filter(collection__path__startswith=self.collection.path)
        return documents.order_by(F("year").desc(nulls_last=True), "title")

    def years(self):
        return sorted({year for year in self.documents().values_list("year", flat=True) if year}, reverse=True)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        Document = get_document_model()
        documents = self.documents()
        year = year_param(request)
        chosen = {
            "category": choice_param(request, "category", Document.Category.values),
            "language": choice_param(request, "language", ("en", "km")),
            "year": str(year or ""),
        }
        if chosen["category"]:
            documents = documents.filter(category=chosen["category"])
        if chosen["language"]:
            documents = documents.filter(language__in=[chosen["language"], Document.Language.BOTH])
        if year:
            documents = documents.filter(year=year)
        page_of_documents = page_of(request, documents, DOCUMENTS_PER_PAGE)
        context.update(
            documents=page_of_documents,
            chosen=chosen,
            categories=Document.Category.choices,
            languages=[("en", "English"), ("km", "ភាសាខ្មែរ")],
            years=[(year, year) for year in self.years()],
        )
        return context
