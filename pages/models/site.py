"""Site-wide facts editors keep: contact details and social links (settings), footer text and partners (snippets)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .base import image_field


@register_setting(icon="site")
class ContactDetails(BaseSiteSetting):
    """How to reach CCPCR. The same in every language; the address in words lives in the footer text."""

    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("email"), blank=True)
    facebook_url = models.URLField(_("Facebook"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    linkedin_url = models.URLField(_("LinkedIn"), blank=True)
    telegram_url = models.URLField(_("Telegram"), blank=True)

    panels = [
        MultiFieldPanel([FieldPanel("phone"), FieldPanel("email")], _("Contact")),
        MultiFieldPanel(
            [
                FieldPanel("facebook_url"),
                FieldPanel("youtube_url"),
                FieldPanel("linkedin_url"),
                FieldPanel("telegram_url"),
            ],
            _("Social media"),
        ),
    ]

    class Meta:
        verbose_name = _("contact details")

    def social_links(self):
        links = [
            ("Facebook", self.facebook_url),
            ("YouTube", self.youtube_url),
            ("LinkedIn", self.linkedin_url),
            ("Telegram", self.telegram_url),
        ]
        return [(name, url) for name, url in links if url]


@register_snippet
class FooterText(TranslatableMixin, models.Model):
    """The words at the foot of every page, one per language."""

    about = models.TextField(_("about CCPCR"))
    address = models.TextField(_("address"))

    panels = [FieldPanel("about"), FieldPanel("address")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer text")
        verbose_name_plural = _("footer text")

    def __str__(self):
        return str(_("Footer text"))


@register_snippet
class Partner(TranslatableMixin, index.Indexed, models.Model):
    """An organisation CCPCR works with, shown on the home page."""

    name = models.CharField(_("name"), max_length=160)
    description = models.TextField(_("description"), blank=True)
    url = models.URLField(_("website"), blank=True)
    logo = image_field(_("logo"))
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("url"),
        SynchronizedField("logo"),
        SynchronizedField("sort_order"),
    ]
    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("url"),
        FieldPanel("logo"),
        FieldPanel("sort_order"),
    ]
    search_fields = [index.SearchField("name"), index.FilterField("locale_id")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name
