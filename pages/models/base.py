"""What every public page shares: an image for social media previews."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField


def image_field(verbose_name, help_text=""):
    """An optional image; removing the image from the library leaves the page without it."""
    return models.ForeignKey(
        "pages.SiteImage",
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=help_text,
    )


class BasePage(Page):
    """Abstract parent of CCPCR's page types."""

    social_image = image_field(
        _("social image"), _("Shown when the page is shared on social media. Defaults to the page's lead image.")
    )

    promote_panels = [*Page.promote_panels, FieldPanel("social_image")]
    # Khmer pages keep the English slug (/km/news/...): readable in any script, and one address pattern.
    override_translatable_fields = [SynchronizedField("slug")]

    class Meta:
        abstract = True

    def get_social_image(self):
        return self.social_image or getattr(self, "lead_image", None)
