"""News articles and case stories, their index with feeds, and news categories."""

from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import StreamField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField

from pages.blocks import BodyBlock
from pages.cache import site_data
from pages.pagination import page_of
from pages.params import text_param
from pages.privacy import public
from pages.renditions import CARD_PICTURE, renditions_for

from .base import BasePage, about_a_child_field, image_field

NEWS_PER_PAGE = 10
# What a list of articles shows of each (includes/article_card.html, pages/feeds.py): any other field read
# from a list costs a query per article (tests/test_query_counts.py would say so).
LISTED_FIELDS = [
    "title",
    "url_path",
    "content_type",
    "first_published_at",
    "last_published_at",
    "date",
    "category",
    "intro",
    "lead_image",
]


def listed(articles):
    """`articles` as lists show them, newest first: only LISTED_FIELDS, with their photos and the renditions
    their cards use."""
    return (
        articles.only(*LISTED_FIELDS)
        .select_related("lead_image")
        .prefetch_related(renditions_for("lead_image__renditions", CARD_PICTURE))
        .order_by("-date", "-pk")
    )


@register_snippet
class NewsCategory(TranslatableMixin, models.Model):
    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80, allow_unicode=False)

    translatable_fields = [TranslatableField("name"), SynchronizedField("slug")]
    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("news category")
        verbose_name_plural = _("news categories")
        ordering = ["name"]

    def __str__(self):
        return self.name


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey("pages.NewsPage", on_delete=models.CASCADE, related_name="tagged_items")


class NewsIndexPage(RoutablePageMixin, BasePage):
    """Lists news articles and stories, newest first, ten to a page; offers RSS and Atom feeds."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    subpage_types = ["pages.NewsPage", "pages.StoryPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index page")

    def articles(self, request=None):
        """Live public articles and stories under this index, newest first, ready to list (in cards and feeds):
        read without their bodies, most of a row."""
        return listed(public(request, NewsPage.objects.child_of(self).live())).select_related("category")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        articles = self.articles(request)
        categories = site_data(  # snippets: saving one starts a new generation
            request,
            f"news-categories:{self.locale_id}",
            lambda: list(NewsCategory.objects.filter(locale_id=self.locale_id)),
        )
        slug = text_param(request, "category")
        category = next((category for category in categories if category.slug == slug), None) if slug else None
        if category:
            articles = articles.filter(category=category)
        tag = text_param(request, "tag")
        if tag:
            articles = articles.filter(tags__slug=tag)
            order = None
        else:  # the same for every visitor until something is published (not per tag: any text may be asked)
            order = site_data(
                request,
                f"news-order:{self.pk}:{category.pk if category else ''}",
                lambda: list(articles.values_list("pk", flat=True)),
            )
        page_of_articles = page_of(request, articles, NEWS_PER_PAGE, order)
        context.update(articles=page_of_articles, categories=categories, category=category, tag=tag)
        return context

    @path("feed/", name="rss")
    def rss_feed(self, request):
        from pages.feeds import NewsFeed

        return NewsFeed(self)(request)

    @path("feed/atom/", name="atom")
    def atom_feed(self, request):
        from pages.feeds import AtomNewsFeed

        return AtomNewsFeed(self)(request)


class NewsPage(BasePage):
    """A news article: date, category, tags, a lead photo with caption, body and related documents."""

    date = models.DateField(_("date"), default=timezone.localdate)
    category = models.ForeignKey(
        NewsCategory,
        verbose_name=_("category"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    tags = ClusterTaggableManager(through=NewsPageTag, blank=True, verbose_name=_("tags"))
    intro = models.TextField(_("introduction"), help_text=_("One or two sentences shown in lists and feeds."))
    lead_image = image_field(_("lead image"))
    lead_image_caption = models.CharField(_("lead image caption"), max_length=255, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"))
    related_documents = StreamField(
        [("document", DocumentChooserBlock(label=_("Document"), icon="doc-full"))],
        verbose_name=_("related documents"),
        blank=True,
    )
    about_a_child = about_a_child_field()

    article_panels = [
        MultiFieldPanel([FieldPanel("date"), FieldPanel("category"), FieldPanel("tags")], _("About this article")),
        FieldPanel("intro"),
        MultiFieldPanel([FieldPanel("lead_image"), FieldPanel("lead_image_caption")], _("Lead image")),
        FieldPanel("body"),
        FieldPanel("related_documents"),
    ]
    content_panels = [*BasePage.content_panels, FieldPanel("about_a_child"), *article_panels]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    parent_page_types = ["pages.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")
        # Lists are newest first (the home page, the news index): read in this order, not sorted each time.
        indexes = [models.Index(fields=["-date", "-page_ptr"], name="newspage_newest_first")]

    @property
    def is_story(self):
        """True for a case story; works on plain NewsPage rows from a listing without another query."""
        return self.specific_class is StoryPage

    @classmethod
    def latest(cls, request, locale, count=3):
        """The newest live public articles and stories in a language, for the home page."""
        return list(listed(public(request, cls.objects.live()).filter(locale=locale))[:count])


class StoryPage(NewsPage):
    """A case story. The child is named only by a case code, never by name or village. A safeguarding lead
    approves every story before it goes live (`pages.safeguarding`)."""

    case_code = models.CharField(
        _("case code"),
        max_length=12,
        validators=[
            RegexValidator(
                r"^[A-Z]{2,4} \d{3}$",
                _("Use a case code like “DV 009”: two to four capital letters, a space, three digits."),
            )
        ],
        help_text=_("How the story identifies the child, e.g. “DV 009”. Never a name, a nickname or a village."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("case_code"), *NewsPage.article_panels]
    override_translatable_fields = [*BasePage.override_translatable_fields, SynchronizedField("case_code")]
    parent_page_types = ["pages.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("case story")
        verbose_name_plural = _("case stories")

    @property
    def needs_safeguarding_review(self):
        """A case story is always about a child: it goes live only through the safeguarding review."""
        return True
