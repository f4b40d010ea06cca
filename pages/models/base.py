"""What every public page shares (an image for social media previews), and what the pages people apply through
(vacancies, volunteer opportunities) share."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
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


class ClosingDateQuerySet(PageQuerySet):
    """Pages with a `closing_date` (vacancies, volunteer opportunities). 'Open' is decided here and nowhere
    else: the listing, the apply view, the sitemap and the Celery tasks all ask `open()`, so a page closes
    everywhere at once, by itself, after its closing date."""

    def open(self, today=None):
        return self.live().filter(closing_date__gte=today or timezone.localdate())

    def closed(self, today=None):
        return self.live().filter(closing_date__lt=today or timezone.localdate())


class RecruitingPage(RoutablePageMixin, BasePage):
    """A page people apply through at `<page>/apply/` until its `closing_date` (subclasses define that field,
    and `apply_view`). Closed pages say so and leave the sitemap."""

    objects = PageManager.from_queryset(ClosingDateQuerySet)()

    class Meta:
        abstract = True

    @property
    def is_open(self):
        return type(self).objects.open().filter(pk=self.pk).exists()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["is_open"] = self.is_open
        return context

    @re_path(r"^$")
    def page(self, request):
        return self.render(request)

    @path("apply/", name="apply")
    def apply(self, request):
        return self.apply_view(request)

    def apply_view(self, request):
        raise NotImplementedError

    def get_sitemap_urls(self, request=None):
        return super().get_sitemap_urls(request) if self.is_open else []
