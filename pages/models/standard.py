from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from pages.blocks import BodyBlock

from .base import BasePage, about_a_child_field, image_field


class StandardPage(BasePage):
    """An ordinary page: About us, a programme, Donate ..."""

    intro = models.TextField(_("introduction"), blank=True)
    lead_image = image_field(_("lead image"))
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    about_a_child = about_a_child_field()

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("about_a_child"),
        FieldPanel("intro"),
        FieldPanel("lead_image"),
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = _("standard page")
