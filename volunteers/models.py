"""Volunteer opportunities. The first cut: enough for the site and demo content; screening arrives with the
volunteers portal."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from pages.blocks import BodyBlock
from pages.models.base import BasePage


class OpportunityIndexPage(BasePage):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    subpage_types = ["volunteers.OpportunityPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("volunteering index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["opportunities"] = OpportunityPage.objects.child_of(self).live().public().order_by("title")
        return context


class OpportunityPage(BasePage):
    intro = models.TextField(_("introduction"))
    location = models.CharField(_("place"), max_length=120, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("description"), blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldPanel("location"),
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["volunteers.OpportunityIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("volunteer opportunity")
        verbose_name_plural = _("volunteer opportunities")
