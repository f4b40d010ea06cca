"""Volunteer opportunities: translatable pages under /<lang>/volunteer/. How close a role comes to children
(`child_contact`) decides which screening checks a volunteer must pass before approval."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Locale
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from careers.provinces import Province, province_name
from pages.blocks import BodyBlock
from pages.models.base import BasePage, RecruitingPage
from pages.pagination import page_of
from pages.params import choice_param
from pages.privacy import public

OPPORTUNITIES_PER_PAGE = 20
# Addresses under /<lang>/volunteer/ that belong to the volunteers' own pages (volunteers/urls.py).
RESERVED_SLUGS = {"profile", "my-applications", "policy", "reference"}


class ChildContact(models.TextChoices):
    """From the least to the most contact with children."""

    NONE = "none", _("No contact with children")
    INDIRECT = "indirect", _("Indirect contact with children")
    DIRECT = "direct", _("Direct contact with children")

    @classmethod
    def strictest(cls, *levels):
        return max(levels, key=cls.values.index)


class PlaceType(models.TextChoices):
    SHELTER = "shelter", _("Shelter")
    TRANSIT_CENTRE = "transit-centre", _("Transit centre")
    OFFICE = "office", _("Office")
    COMMUNITY = "community", _("Community and schools")


class OpportunityIndexPage(BasePage):
    """Lists open opportunities, filtered by province, kind of place and contact with children."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    subpage_types = ["volunteers.OpportunityPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("volunteering index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        fields = {
            "province": ("province", Province),
            "place": ("place_type", PlaceType),
            "contact": ("child_contact", ChildContact),
        }
        chosen = {name: choice_param(request, name, choices.values) for name, (_, choices) in fields.items()}
        filters = {field: chosen[name] for name, (field, _) in fields.items() if chosen[name]}
        opportunities = public(request, OpportunityPage.objects.child_of(self)).open().filter(**filters)
        context.update(
            opportunities=page_of(request, opportunities.order_by("closing_date", "title"), OPPORTUNITIES_PER_PAGE),
            chosen=chosen,
            provinces=Province.choices,
            place_types=PlaceType.choices,
            contact_levels=ChildContact.choices,
        )
        return context


class OpportunityPage(RecruitingPage):
    """One way to volunteer with CCPCR: what the role is, where, for how long, and what screening it needs."""

    intro = models.TextField(_("introduction"), help_text=_("One or two sentences shown in the list."))
    role = models.CharField(_("role"), max_length=160, help_text=_("What the volunteer does, in a few words."))
    place_type = models.CharField(_("kind of place"), max_length=20, choices=PlaceType.choices)
    province = models.CharField(_("province"), max_length=20, choices=Province.choices, default=Province.PHNOM_PENH)
    place = models.CharField(_("place"), max_length=120, blank=True, help_text=_("e.g. “Poipet transit centre”."))
    duration = models.CharField(_("duration"), max_length=120, help_text=_("e.g. “Three to six months”."))
    minimum_commitment = models.CharField(
        _("minimum commitment"), max_length=160, help_text=_("e.g. “Two afternoons a week for three months”.")
    )
    schedule = models.CharField(_("schedule"), max_length=160, blank=True)
    skills = models.TextField(_("skills wanted"), blank=True)
    languages = models.CharField(_("languages wanted"), max_length=160, blank=True)
    number_of_places = models.PositiveSmallIntegerField(_("number of places"), default=1)
    closing_date = models.DateField(_("closing date"), help_text=_("Applications close by themselves after this day."))
    child_contact = models.CharField(
        _("contact with children"),
        max_length=10,
        choices=ChildContact.choices,
        help_text=_(
            "Decides the screening: indirect contact needs a verified police check, direct contact also an "
            "interview and a volunteer of 18 or over."
        ),
    )
    body = StreamField(BodyBlock(), verbose_name=_("description"), blank=True)
    coordinator_contact = models.EmailField(
        _("volunteer coordinator's email"), help_text=_("Told of new applications and completed checks.")
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("role"),
                FieldRowPanel([FieldPanel("place_type"), FieldPanel("province")]),
                FieldPanel("place"),
                FieldRowPanel([FieldPanel("duration"), FieldPanel("minimum_commitment")]),
                FieldPanel("schedule"),
                FieldRowPanel([FieldPanel("number_of_places"), FieldPanel("closing_date")]),
            ],
            _("The role"),
        ),
        MultiFieldPanel(
            [FieldPanel("skills"), FieldPanel("languages"), FieldPanel("child_contact")], _("Who we are looking for")
        ),
        FieldPanel("body"),
        FieldPanel("coordinator_contact"),
    ]
    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        SynchronizedField("place_type"),
        SynchronizedField("province"),
        # Screening depends on these: a translator cannot change them, and the English page decides.
        SynchronizedField("child_contact", overridable=False),
        SynchronizedField("coordinator_contact", overridable=False),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("role"),
        index.SearchField("skills"),
        index.SearchField("body"),
        index.FilterField("closing_date"),
    ]
    parent_page_types = ["volunteers.OpportunityIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("volunteer opportunity")
        verbose_name_plural = _("volunteer opportunities")

    def get_province_display(self):
        return province_name(self.province)

    def clean(self):
        super().clean()
        if self.slug in RESERVED_SLUGS:
            raise ValidationError({"slug": _("This address is used by the volunteers' own pages. Choose another.")})
        if self.number_of_places == 0:
            raise ValidationError({"number_of_places": _("An opportunity has at least one place.")})

    @cached_property
    def screening_level(self):
        """The contact with children that decides screening: the source (English) page's, so a translation
        that has not been synchronised yet never asks for less."""
        source = self.get_translation_or_none(Locale.get_default())
        return ChildContact.strictest(self.child_contact, source.child_contact if source else self.child_contact)

    @property
    def needs_police_check(self):
        return self.screening_level in (ChildContact.INDIRECT, ChildContact.DIRECT)

    @property
    def adults_only(self):
        return self.screening_level == ChildContact.DIRECT

    def apply_view(self, request):
        from volunteers.views import apply

        return apply(request, self)
