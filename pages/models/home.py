from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from pages.blocks import BodyBlock, FiguresBlock
from pages.cache import site_data, site_data_in_language
from pages.languages import in_current_language
from pages.routing import route_below

from .base import BasePage, image_field


def _page_link(verbose_name):
    return models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )


class HomePage(BasePage):
    """The front page: mission, impact figures, latest news and the three calls to action."""

    hero_heading = models.CharField(_("hero heading"), max_length=200)
    hero_text = models.TextField(_("hero text"), blank=True)
    hero_image = image_field(_("hero image"))
    impact = StreamField([("figures", FiguresBlock())], verbose_name=_("impact figures"), blank=True, max_num=1)
    volunteer_text = models.TextField(_("volunteer invitation"), blank=True)
    volunteer_page = _page_link(_("volunteer page"))
    careers_text = models.TextField(_("careers invitation"), blank=True)
    careers_page = _page_link(_("careers page"))
    donate_text = models.TextField(_("donate invitation"), blank=True)
    donate_page = _page_link(_("donate page"))
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel([FieldPanel("hero_heading"), FieldPanel("hero_text"), FieldPanel("hero_image")], _("Hero")),
        FieldPanel("impact"),
        MultiFieldPanel(
            [
                FieldPanel("volunteer_text"),
                FieldPanel("volunteer_page"),
                FieldPanel("careers_text"),
                FieldPanel("careers_page"),
                FieldPanel("donate_text"),
                FieldPanel("donate_page"),
            ],
            _("Calls to action"),
        ),
        FieldPanel("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        # Every address in a language starts here: found in one query, not two per level (pages/routing.py).
        return route_below(self, request, path_components)

    def get_context(self, request, *args, **kwargs):
        from .news import NewsPage

        context = super().get_context(request, *args, **kwargs)
        # The newest articles change only when something is published: kept with the site's data, their card
        # photos' renditions with them (two queries, and half the time it took to make the page).
        context["latest_news"] = site_data(
            request, f"latest-news:{self.locale_id}", lambda: NewsPage.latest(request, locale=self.locale_id, count=3)
        )
        # Where they lead changes only when something is published: kept with the site's data (two queries).
        context["calls_to_action"] = site_data_in_language(
            request, f"calls-to-action:{self.pk}", lambda _language: self.calls_to_action()
        )
        return context

    def calls_to_action(self):
        """The volunteer, careers and donate invitations, each leading to its page in this page's language."""
        actions = [
            (self.volunteer_text, _("Volunteer with us"), self.volunteer_page_id),
            (self.careers_text, _("Work with us"), self.careers_page_id),
            (self.donate_text, _("Support our work"), self.donate_page_id),
        ]
        linked = Page.objects.in_bulk([page_id for text, _label, page_id in actions if text and page_id])
        targets = in_current_language(linked.values())
        return [
            {"text": text, "label": label, "page": targets[page_id]}
            for text, label, page_id in actions
            if text and page_id in linked and targets[page_id]
        ]
