"""HR's panels on the admin dashboard: applications per open vacancy, where applications stand in the
pipeline, and how long hiring takes. Drawn as bar charts (ccpcr.charts); shown only to people who may see job
applications. Each panel asks the database a fixed number of questions, however many applications there are.
"""

from collections import defaultdict
from datetime import timedelta
from statistics import median
from urllib.parse import urlencode

from django.conf import settings
from django.db.models import Count
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import ngettext

from wagtail.admin.ui.components import Component

from careers.models import Application, StageChange, VacancyPage
from ccpcr.charts import Row, bar_chart, rows_by_stage, top_rows

TOP_VACANCIES = 8
HIRES_SINCE = timedelta(days=365)


def applications_list(**filters):
    """HR's list of applications, filtered as a bar says."""
    url = reverse("careers_application:index")
    return f"{url}?{urlencode(filters)}" if filters else url


def one_page_per_vacancy(pages):
    """{translation key: page}: the English and Khmer pages of a vacancy are one vacancy to HR. The English
    page stands for it where there is one, as HR's filter by vacancy lists English pages."""
    chosen = {}
    for page in pages.select_related("locale").order_by("pk"):
        if page.translation_key not in chosen or page.locale.language_code == settings.LANGUAGE_CODE:
            chosen[page.translation_key] = page
    return chosen


def whole_days(days):
    """Rounded half up: 12.5 days read as 13."""
    return int(days + 0.5)


def days_text(days):
    return ngettext("%(days)s day", "%(days)s days", days) % {"days": days}


class ApplicationsPerVacancyPanel(Component):
    """Applications to each open vacancy, in both languages together: the largest few, the others summed."""

    name = "hr_applications_per_vacancy"
    template_name = "careers/admin/dashboard_applications_per_vacancy.html"
    order = 130

    def get_context_data(self, parent_context):
        vacancies = one_page_per_vacancy(VacancyPage.objects.open())
        counts = dict(
            Application.objects.filter(vacancy_key__in=list(vacancies))
            .order_by()
            .values_list("vacancy_key")
            .annotate(Count("pk"))
        )
        rows = [
            Row(page.title, counts.get(key, 0), url=applications_list(vacancy=page.pk))
            for key, page in vacancies.items()
        ]

        def others(count):
            return ngettext("%(count)s other vacancy", "%(count)s other vacancies", count) % {"count": count}

        total = sum(counts.values())
        return {
            "chart": bar_chart(top_rows(rows, TOP_VACANCIES, others)) if total else None,
            "vacancies": len(vacancies),
            "applications": total,
        }


class PipelinePanel(Component):
    """How many applications stand at each stage now, in the pipeline's order. Each bar opens HR's list
    filtered to that stage, so the figure and the list always agree. Applications of long-closed vacancies
    leave these figures when the retention purge deletes them."""

    name = "hr_pipeline"
    template_name = "careers/admin/dashboard_pipeline.html"
    order = 131

    def get_context_data(self, parent_context):
        rows, total = rows_by_stage(Application, applications_list)
        return {"chart": bar_chart(rows) if total else None, "applications": total}


class TimeToHirePanel(Component):
    """The median number of days from an application's arrival to its move to "hired", per vacancy, for the
    hires of the last twelve months; the slowest first.

    Per vacancy rather than per month: CCPCR hires a few people a year, so most months would hold one hire or
    none, and a monthly median of one is noise. Per vacancy, HR sees which posts were slow to fill, and each
    bar opens that vacancy's hired applications. The median, not the mean, so one post left open for months
    does not hide how long the others took."""

    name = "hr_time_to_hire"
    template_name = "careers/admin/dashboard_time_to_hire.html"
    order = 132

    def get_context_data(self, parent_context):
        hires = StageChange.objects.filter(
            to_stage=Application.Stage.HIRED, at__gte=timezone.now() - HIRES_SINCE
        ).values_list("application__vacancy_key", "application__submitted_at", "at")
        days_by_vacancy = defaultdict(list)
        for key, submitted_at, hired_at in hires:
            days_by_vacancy[key].append((hired_at - submitted_at) / timedelta(days=1))
        vacancies = one_page_per_vacancy(VacancyPage.objects.filter(translation_key__in=list(days_by_vacancy)))
        rows = []
        for key, days in days_by_vacancy.items():
            middle = whole_days(median(days))
            page = vacancies[key]
            url = applications_list(vacancy=page.pk, stage=Application.Stage.HIRED.value)
            rows.append(Row(page.title, middle, url=url, text=days_text(middle), note=str(len(days))))
        every_hire = [day for days in days_by_vacancy.values() for day in days]
        return {
            "chart": bar_chart(sorted(rows, key=lambda row: (-row.value, row.label))),
            "hires": len(every_hire),
            "median": days_text(whole_days(median(every_hire))) if every_hire else "",
            "retention_days": settings.CAREERS_RETENTION_DAYS,
        }


def add_panels(request, panels):
    """The construct_homepage_panels hook (careers/wagtail_hooks.py): HR's panels, for HR only."""
    if request.user.has_perm("careers.view_application"):
        panels.extend([ApplicationsPerVacancyPanel(), PipelinePanel(), TimeToHirePanel()])
