"""Vacancies: translatable pages under /<lang>/careers/. 'Open' is decided in one place: ClosingDateQuerySet.open()."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from careers.blocks import ScreeningQuestionsBlock
from careers.provinces import Province, province_name
from pages.admin_forms import SafeguardedPageForm
from pages.cache import site_data
from pages.models.base import BasePage, RecruitingPage
from pages.pagination import in_order, page_of
from pages.params import choice_param
from pages.privacy import public

RICH_TEXT = ["bold", "italic", "link", "ol", "ul", "h3"]
VACANCIES_PER_PAGE = 20


class VacancyForm(SafeguardedPageForm):
    def clean(self):
        cleaned_data = super().clean()
        low, high = cleaned_data.get("salary_minimum"), cleaned_data.get("salary_maximum")
        if low is not None and high is not None and low > high:
            self.add_error("salary_maximum", _("The maximum salary cannot be lower than the minimum."))
        if cleaned_data.get("show_salary") and low is None and high is None:
            self.add_error("show_salary", _("Enter a salary range to show it."))
        return cleaned_data


class VacancyIndexPage(BasePage):
    """Lists open vacancies, filtered by province and type, then recently closed ones marked as closed."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    subpage_types = ["careers.VacancyPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("vacancy index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        vacancies = public(request, VacancyPage.objects.child_of(self))
        chosen = {
            "province": choice_param(request, "province", Province.values),
            "type": choice_param(request, "type", VacancyPage.EmploymentType.values),
        }
        filters = {"province": chosen["province"], "employment_type": chosen["type"]}
        filters = {field: value for field, value in filters.items() if value}
        today = timezone.localdate()
        # Which vacancies are listed changes with a publish (a new generation) or a new day (a new name).
        order = site_data(
            request,
            f"vacancy-order:{self.pk}:{chosen['province']}:{chosen['type']}:{today.isoformat()}",
            lambda: {
                "open": list(
                    vacancies.open(today)
                    .filter(**filters)
                    .order_by("closing_date", "title")
                    .values_list("pk", flat=True)
                ),
                "closed": list(
                    vacancies.closed(today)
                    .filter(**filters)
                    .order_by("-closing_date")
                    .values_list("pk", flat=True)[:10]
                ),
            },
        )
        # What the list shows of a vacancy, and no more: its descriptions are most of a row (3 ms for 30).
        listed = vacancies.only("title", "url_path", "intro", "province", "employment_type", "closing_date")
        context.update(
            open_vacancies=page_of(request, listed, VACANCIES_PER_PAGE, order["open"]),
            closed_vacancies=in_order(listed, order["closed"]),
            chosen=chosen,
            provinces=Province.choices,
            employment_types=VacancyPage.EmploymentType.choices,
        )
        return context


class VacancyPage(RecruitingPage):
    """One job at CCPCR: what it is, who can do it, how selection runs, and what HR asks every applicant."""

    class EmploymentType(models.TextChoices):
        FULL_TIME = "full-time", _("Full-time")
        PART_TIME = "part-time", _("Part-time")
        CONTRACT = "contract", _("Fixed-term contract")
        INTERNSHIP = "internship", _("Internship")

    # schema.org JobPosting employmentType values
    SCHEMA_EMPLOYMENT_TYPES = {
        "full-time": "FULL_TIME",
        "part-time": "PART_TIME",
        "contract": "CONTRACTOR",
        "internship": "INTERN",
    }

    intro = models.TextField(_("introduction"), help_text=_("One or two sentences shown in the list of vacancies."))
    department = models.CharField(_("department"), max_length=120, blank=True)
    province = models.CharField(_("province"), max_length=20, choices=Province.choices, default=Province.PHNOM_PENH)
    place = models.CharField(
        _("place"), max_length=120, blank=True, help_text=_("Town or office, e.g. “Bavet transit centre”.")
    )
    employment_type = models.CharField(
        _("employment type"), max_length=20, choices=EmploymentType.choices, default=EmploymentType.FULL_TIME
    )
    number_of_posts = models.PositiveSmallIntegerField(_("number of posts"), default=1)
    salary_minimum = models.DecimalField(
        _("minimum monthly salary (USD)"), max_digits=8, decimal_places=2, null=True, blank=True
    )
    salary_maximum = models.DecimalField(
        _("maximum monthly salary (USD)"), max_digits=8, decimal_places=2, null=True, blank=True
    )
    show_salary = models.BooleanField(_("show the salary range"), default=False)
    closing_date = models.DateField(_("closing date"), help_text=_("The vacancy closes by itself after this day."))
    description = RichTextField(_("description"), features=RICH_TEXT)
    requirements = RichTextField(_("requirements"), features=RICH_TEXT)
    selection_process = RichTextField(_("how selection runs"), features=RICH_TEXT, blank=True)
    screening_questions = StreamField(
        ScreeningQuestionsBlock(), verbose_name=_("screening questions"), blank=True, use_json_field=True
    )
    safeguarding_statement = RichTextField(
        _("safeguarding statement"),
        features=RICH_TEXT,
        help_text=_("What the successful candidate must provide and sign to work near children."),
    )
    hr_contact = models.EmailField(_("HR contact"), help_text=_("Told of every new application."))

    base_form_class = VacancyForm

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("department"),
                FieldRowPanel([FieldPanel("province"), FieldPanel("place")]),
                FieldRowPanel([FieldPanel("employment_type"), FieldPanel("number_of_posts")]),
                FieldPanel("closing_date"),
            ],
            _("The post"),
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("salary_minimum"), FieldPanel("salary_maximum")]), FieldPanel("show_salary")],
            _("Salary"),
        ),
        FieldPanel("description"),
        FieldPanel("requirements"),
        FieldPanel("selection_process"),
        FieldPanel("screening_questions"),
        FieldPanel("safeguarding_statement"),
        FieldPanel("hr_contact"),
    ]
    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        SynchronizedField("hr_contact"),
        SynchronizedField("province"),
        SynchronizedField("employment_type"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("description"),
        index.SearchField("requirements"),
        index.FilterField("closing_date"),
        index.FilterField("province"),
    ]
    parent_page_types = ["careers.VacancyIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("vacancy")
        verbose_name_plural = _("vacancies")

    def get_province_display(self):
        return province_name(self.province)

    def clean(self):
        super().clean()
        if self.number_of_posts == 0:
            raise ValidationError({"number_of_posts": _("A vacancy has at least one post.")})

    def apply_view(self, request):
        from careers.views import apply

        return apply(request, self)

    def job_posting(self, request=None):
        """schema.org JobPosting for search engines, with every property Google requires."""
        posting = {
            "@context": "https://schema.org/",
            "@type": "JobPosting",
            "title": self.title,
            "description": str(self.description) + str(self.requirements),
            "datePosted": (self.first_published_at or timezone.now()).date().isoformat(),
            "validThrough": f"{self.closing_date.isoformat()}T23:59:59+07:00",
            "employmentType": self.SCHEMA_EMPLOYMENT_TYPES[self.employment_type],
            "totalJobOpenings": self.number_of_posts,
            "directApply": True,
            "hiringOrganization": {
                "@type": "Organization",
                "name": str(settings.ORGANISATION_NAME),
                "sameAs": settings.WAGTAILADMIN_BASE_URL,
            },
            "jobLocation": {
                "@type": "Place",
                "address": {
                    "@type": "PostalAddress",
                    "addressLocality": self.place or self.get_province_display(),
                    "addressRegion": self.get_province_display(),
                    "addressCountry": "KH",
                },
            },
            "url": self.get_full_url(request),
        }
        if self.show_salary and (self.salary_minimum or self.salary_maximum):
            value = {"@type": "QuantitativeValue", "unitText": "MONTH"}
            if self.salary_minimum:
                value["minValue"] = float(self.salary_minimum)
            if self.salary_maximum:
                value["maxValue"] = float(self.salary_maximum)
            posting["baseSalary"] = {"@type": "MonetaryAmount", "currency": "USD", "value": value}
        posting["description"] = posting["description"] or strip_tags(self.intro)
        return posting
