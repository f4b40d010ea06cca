"""What every public page shares (an image for social media previews, the safeguarding rules for going live),
and what the pages people apply through (vacancies, volunteer opportunities) share."""

import logging

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.images.models import AbstractImage
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail_localize.fields import SynchronizedField

from ccpcr.search import AnalysedSearch
from pages import safeguarding
from pages.admin_forms import SafeguardedPageForm
from pages.privacy import kept_view_restrictions
from pages.renditions import images_in, prefetch_renditions

logger = logging.getLogger(__name__)


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


def about_a_child_field():
    """The editor's statement that a page is about a child: such a page goes live only through the
    safeguarding review (`pages.safeguarding`)."""
    return models.BooleanField(
        _("about a child"),
        default=False,
        help_text=_(
            "Tick if this page tells about a particular child. A safeguarding lead must then approve it "
            "before it goes live: save it and submit it to Safeguarding review."
        ),
    )


class BasePage(AnalysedSearch, Page):
    """Abstract parent of CCPCR's page types. None goes live with an image of a child without consent, and
    a page about a child goes live only when a safeguarding lead approves it (`pages.safeguarding`)."""

    social_image = image_field(
        _("social image"), _("Shown when the page is shared on social media. Defaults to the page's lead image.")
    )

    promote_panels = [*Page.promote_panels, FieldPanel("social_image")]
    # Khmer pages keep the English slug (/km/news/...): readable in any script, and one address pattern.
    override_translatable_fields = [SynchronizedField("slug")]
    base_form_class = SafeguardedPageForm

    class Meta:
        abstract = True

    def get_social_image(self):
        return self.social_image or getattr(self, "lead_image", None)

    def get_view_restrictions(self):
        """Wagtail's, unless the routing of the request being served already found them in the site's data."""
        kept = kept_view_restrictions(self)
        return super().get_view_restrictions() if kept is None else kept

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        prefetch_renditions(self.images_shown())
        return context

    def images_shown(self):
        """The images the page shows of its own: its image fields (lead, hero, social) and the photos in its
        StreamFields. However many photos a body has, their renditions then cost one query."""
        for field in self._meta.concrete_fields:
            if field.is_relation and issubclass(field.related_model, AbstractImage):
                if getattr(self, field.attname) is not None:
                    yield getattr(self, field.name)
            elif isinstance(field, StreamField):
                yield from images_in(getattr(self, field.name))

    @property
    def needs_safeguarding_review(self):
        return getattr(self, "about_a_child", False)

    def get_workflow(self):
        # Wagtail assigns workflows by place in the tree; the safeguarding review follows what the page is.
        if getattr(settings, "WAGTAIL_WORKFLOW_ENABLED", True) and self.needs_safeguarding_review:
            workflow = safeguarding.review_workflow()
            if workflow is not None:
                return workflow
        return super().get_workflow()

    @property
    def has_workflow(self):
        return self.get_workflow() is not None

    def publish(self, revision, *args, **kwargs):
        """Publish `revision` unless the safeguarding rules refuse it (PublishingRefused). Every way a page goes
        live passes here: the editor, a workflow approval, a translation, a scheduled publish, a shell."""
        refusals = safeguarding.publishing_refusals(revision.as_object(), revision)
        if not refusals:
            return super().publish(revision, *args, **kwargs)
        if kwargs.get("log_action") == "wagtail.publish.scheduled":
            # publish_scheduled publishes every due revision in one loop: a refused one must not stop the
            # others, nor be retried every minute. It is unscheduled, and the editor publishes it again.
            revision.approved_go_live_at = None
            revision.save(update_fields=["approved_go_live_at"])
            logger.warning("Scheduled publishing of page %s refused: %s", self.pk, " ".join(map(str, refusals)))
            return None
        raise safeguarding.PublishingRefused(refusals)


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
