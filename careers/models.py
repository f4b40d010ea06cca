"""Vacancies. The first cut: enough for the site and demo content; applications arrive with the careers portal."""

import datetime

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from pages.blocks import BodyBlock
from pages.models.base import BasePage


class VacancyQuerySet(PageQuerySet):
    def open(self, today=None):
        """Live vacancies whose closing date has not passed: the one test of 'open' used everywhere."""
        today = today or timezone.localdate()
        return self.live().filter(closing_date__gte=today)


class VacancyIndexPage(BasePage):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    subpage_types = ["careers.VacancyPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("vacancy index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        vacancies = VacancyPage.objects.child_of(self).live().public().order_by("closing_date")
        today = timezone.localdate()
        context["open_vacancies"] = [v for v in vacancies if v.closing_date >= today]
        context["closed_vacancies"] = [v for v in vacancies if v.closing_date < today]
        return context


class VacancyPage(BasePage):
    intro = models.TextField(_("introduction"))
    department = models.CharField(_("department"), max_length=120, blank=True)
    location = models.CharField(_("location"), max_length=120, blank=True)
    closing_date = models.DateField(_("closing date"), default=datetime.date.today)
    body = StreamField(BodyBlock(), verbose_name=_("description"), blank=True)

    objects = PageManager.from_queryset(VacancyQuerySet)()

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldPanel("department"),
        FieldPanel("location"),
        FieldPanel("closing_date"),
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["careers.VacancyIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("vacancy")
        verbose_name_plural = _("vacancies")

    @property
    def is_open(self):
        return self.live and self.closing_date >= timezone.localdate()
