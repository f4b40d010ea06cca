"""The admin dashboard's charts: HR sees its three, coordinators their two, nobody else any; each chart is an
accessible SVG with its figures also in a table, says so in a sentence when there is nothing to draw, and costs
the same number of queries with one application as with many."""

import datetime

import pytest

from django.contrib.auth.models import Group
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from careers.dashboard import ApplicationsPerVacancyPanel, PipelinePanel, TimeToHirePanel
from careers.models import Application, StageChange
from ccpcr.charts import BAR_COLOUR, Row, bar_chart
from tests.factories import (
    ApplicationFactory,
    OpportunityIndexPageFactory,
    OpportunityPageFactory,
    RefereeFactory,
    UserFactory,
    VacancyIndexPageFactory,
    VacancyPageFactory,
    VolunteerApplicationFactory,
    translate,
)
from tests.reading import soup
from volunteers.dashboard import ReferencesOutstandingPanel, ScreeningStagePanel
from volunteers.models import VolunteerApplication

HR_PANELS = ["hr-applications-per-vacancy", "hr-pipeline", "hr-time-to-hire"]
COORDINATOR_PANELS = ["volunteers-by-stage", "volunteers-references"]


def signed_in(client, role):
    person = UserFactory()
    person.groups.add(Group.objects.get(name=role))
    client.force_login(person)
    return client


def dashboard(client):
    return soup(client.get("/admin/"))


def panel(page, name):
    return page.find(id=f"{name}-section")


def figures(section):
    """{label: value} from the panel's table, as a person reading it sees them."""
    return {
        row.th.get_text(strip=True): [cell.get_text(strip=True) for cell in row.find_all("td")]
        for row in section.select("table tbody tr")
    }


def first_figures(section):
    return {label: cells[0] for label, cells in figures(section).items()}


@pytest.fixture
def careers(home):
    return VacancyIndexPageFactory(parent=home)


@pytest.fixture
def opportunity(home):
    return OpportunityPageFactory(parent=OpportunityIndexPageFactory(parent=home))


def hire(application, days):
    """`application` moved to hired `days` after it arrived."""
    Application.objects.filter(pk=application.pk).update(stage=Application.Stage.HIRED)
    StageChange.objects.create(
        application=application,
        from_stage=Application.Stage.OFFER,
        to_stage=Application.Stage.HIRED,
        at=application.submitted_at + datetime.timedelta(days=days),
    )


# Who sees what


@pytest.mark.parametrize(
    ("role", "shown"),
    [
        ("HR", HR_PANELS),
        ("Volunteer coordinators", COORDINATOR_PANELS),
        ("Editors", []),
        ("Moderators", []),
        ("Safeguarding leads", []),
        ("Administrators", []),
    ],
)
def test_each_role_sees_only_its_own_charts_on_the_dashboard(client, home, role, shown):
    page = dashboard(signed_in(client, role))
    assert {name for name in HR_PANELS + COORDINATOR_PANELS if panel(page, name)} == set(shown)


def test_an_editor_sees_no_figures_about_applicants(client, careers, opportunity):
    ApplicationFactory(vacancy=VacancyPageFactory(parent=careers, title="Social worker"))
    VolunteerApplicationFactory(opportunity=opportunity)
    response = signed_in(client, "Editors").get("/admin/")
    text = response.content.decode()
    assert "Social worker" not in text
    assert "Applications per open vacancy" not in text
    assert "References outstanding" not in text


# HR's charts


def test_hr_sees_the_applications_to_each_open_vacancy_in_both_languages_together(client, careers, home_km):
    social_worker = VacancyPageFactory(parent=careers, title="Social worker")
    accountant = VacancyPageFactory(parent=careers, title="Accountant")
    VacancyPageFactory(parent=careers, title="Driver", closing_date=datetime.date(2020, 1, 1))
    ApplicationFactory.create_batch(2, vacancy=social_worker)
    translate(careers, "km", title="ឱកាសការងារ")
    ApplicationFactory(vacancy=translate(social_worker, "km", title="បុគ្គលិកសង្គមកិច្ច"), language="km")
    ApplicationFactory(vacancy=accountant)

    section = panel(dashboard(signed_in(client, "HR")), "hr-applications-per-vacancy")

    assert first_figures(section) == {"Social worker": "3", "Accountant": "1"}
    assert "4 applications to the 2 vacancies open now" in section.get_text(" ")
    link = section.find("a", string="Social worker")
    assert link["href"] == f"/admin/careers_application/?vacancy={social_worker.pk}"
    drawn = [text.get_text() for text in section.select_one("svg.ccpcr-chart").find_all("text")]
    assert drawn == ["Social worker", "3", "Accountant", "1"]


def test_beyond_eight_vacancies_the_smallest_are_summed_in_one_bar(client, careers):
    for number in range(10):
        vacancy = VacancyPageFactory(parent=careers, title=f"Post {number:02}")
        ApplicationFactory.create_batch(number + 1, vacancy=vacancy)

    shown = first_figures(panel(dashboard(signed_in(client, "HR")), "hr-applications-per-vacancy"))

    assert list(shown) == [f"Post {number:02}" for number in range(9, 1, -1)] + ["2 other vacancies"]
    assert shown["Post 09"] == "10"
    assert shown["2 other vacancies"] == "3"  # 1 + 2


def test_hr_sees_how_many_applications_stand_at_each_stage_in_pipeline_order(client, careers):
    vacancy = VacancyPageFactory(parent=careers)
    ApplicationFactory.create_batch(3, vacancy=vacancy)
    ApplicationFactory(vacancy=vacancy).move_to(Application.Stage.SCREENING)
    ApplicationFactory(vacancy=vacancy).move_to(Application.Stage.WITHDRAWN)

    section = panel(dashboard(signed_in(client, "HR")), "hr-pipeline")

    assert first_figures(section) == {
        "Received": "3",
        "Screening": "1",
        "Interview": "0",
        "Offer": "0",
        "Hired": "0",
        "Not selected": "0",
        "Withdrawn": "1",
    }
    assert section.find("a", string="Screening")["href"] == "/admin/careers_application/?stage=screening"


def test_hr_sees_the_median_days_to_hire_per_vacancy_over_the_last_twelve_months(client, careers):
    social_worker = VacancyPageFactory(parent=careers, title="Social worker")
    accountant = VacancyPageFactory(parent=careers, title="Accountant")
    a_month_ago = timezone.now() - datetime.timedelta(days=30)
    for days in (10, 20, 40):
        hire(ApplicationFactory(vacancy=social_worker, submitted_at=a_month_ago - datetime.timedelta(days=days)), days)
    hire(ApplicationFactory(vacancy=accountant, submitted_at=a_month_ago - datetime.timedelta(days=5)), 5)
    two_years_ago = timezone.now() - datetime.timedelta(days=730)
    hire(ApplicationFactory(vacancy=accountant, submitted_at=two_years_ago), 90)  # too long ago to count

    section = panel(dashboard(signed_in(client, "HR")), "hr-time-to-hire")

    assert figures(section) == {"Social worker": ["20 days", "3"], "Accountant": ["5 days", "1"]}
    assert "the 4 hires of the last 12 months (15 days overall)" in section.get_text(" ")
    link = section.find("a", string="Accountant")["href"]
    assert link == f"/admin/careers_application/?vacancy={accountant.pk}&stage=hired"


def test_hr_is_told_in_a_sentence_when_there_is_nothing_to_draw(client, home):
    page = dashboard(signed_in(client, "HR"))

    for name, sentence in [
        ("hr-applications-per-vacancy", "No vacancy is open now."),
        ("hr-pipeline", "There are no applications yet."),
        ("hr-time-to-hire", "Nobody has been hired in the last 12 months."),
    ]:
        section = panel(page, name)
        assert sentence in section.get_text(" ")
        assert section.select_one("svg.ccpcr-chart") is None and section.table is None


def test_open_vacancies_without_applications_say_so(client, careers):
    VacancyPageFactory(parent=careers)
    section = panel(dashboard(signed_in(client, "HR")), "hr-applications-per-vacancy")
    assert "Nobody has applied yet to the vacancies open now." in section.get_text(" ")


# Coordinators' charts


def test_coordinators_see_volunteers_by_screening_stage(client, opportunity):
    VolunteerApplicationFactory.create_batch(2, opportunity=opportunity)
    VolunteerApplicationFactory(opportunity=opportunity, stage=VolunteerApplication.Stage.SCREENING)

    section = panel(dashboard(signed_in(client, "Volunteer coordinators")), "volunteers-by-stage")

    shown = first_figures(section)
    assert list(shown) == [stage.label for stage in VolunteerApplication.Stage]
    assert shown["Applied"] == "2"
    assert shown["Screening"] == "1"
    assert shown["Approved"] == "0"
    assert section.find("a", string="Screening")["href"] == "/admin/volunteers_application/?stage=screening"


def test_coordinators_see_unanswered_references_by_how_long_they_have_waited(client, opportunity, settings):
    settings.VOLUNTEERS_REFERENCE_REMINDER_DAYS = 7
    now = timezone.now()
    screening = VolunteerApplicationFactory(opportunity=opportunity, stage=VolunteerApplication.Stage.SCREENING)
    declined = VolunteerApplicationFactory(opportunity=opportunity, stage=VolunteerApplication.Stage.DECLINED)

    def asked(days_ago, application=screening, **fields):
        requested = now - datetime.timedelta(days=days_ago)
        fields.setdefault("link_expires_at", requested + datetime.timedelta(days=21))
        return RefereeFactory(application=application, requested_at=requested, **fields)

    asked(2)
    asked(3)
    asked(10)
    asked(16)
    asked(25)  # the link expired 4 days ago
    asked(1, answered_at=now)  # answered: not outstanding
    asked(2, application=declined)  # no longer screened: nobody waits for it

    section = panel(dashboard(signed_in(client, "Volunteer coordinators")), "volunteers-references")

    assert first_figures(section) == {
        "Asked less than 7 days ago": "2",
        "Asked 7 to 13 days ago": "1",
        "Asked 14 days ago or more": "1",
        "Link expired": "1",
    }
    assert "5 referees of volunteers still being screened have not answered yet" in section.get_text(" ")


def test_coordinators_are_told_in_a_sentence_when_there_is_nothing_to_draw(client, home):
    page = dashboard(signed_in(client, "Volunteer coordinators"))
    assert "Nobody has applied to volunteer yet." in panel(page, "volunteers-by-stage").get_text(" ")
    references = panel(page, "volunteers-references")
    assert "Every referee asked has answered." in references.get_text(" ")
    assert references.select_one("svg.ccpcr-chart") is None


# The drawing itself


def test_each_chart_is_an_image_named_and_described_by_its_own_title_and_description(client, careers, opportunity):
    ApplicationFactory(vacancy=VacancyPageFactory(parent=careers, title="Social worker"))
    VolunteerApplicationFactory(opportunity=opportunity)
    admin = UserFactory(is_superuser=True)
    client.force_login(admin)
    page = dashboard(client)

    charts = page.select("svg.ccpcr-chart")
    assert len(charts) == 3  # nobody hired yet, and no referee asked: those two panels say so instead
    for chart in charts:
        assert chart["role"] == "img"
        title_id, description_id = chart["aria-labelledby"].split()
        assert chart.find("title", id=title_id).get_text()
        assert chart.find("desc", id=description_id).get_text()
        assert not chart.find_all(style=True) and not chart.find_all("script")
        assert chart.find_all("rect")
        for text in chart.find_all("text"):
            assert text["fill"] == "currentColor"  # the admin's text colour, readable in both themes
    description = page.find(id="hr-applications-per-vacancy-chart-desc").get_text()
    assert "Social worker: 1." in description


def luminance(colour):
    channels = [int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


@pytest.mark.parametrize("background", ["#ffffff", "#1d1d1d"])  # Wagtail's light and dark dashboard panels
def test_bars_stand_out_from_both_admin_themes_by_at_least_three_to_one(background):
    lighter, darker = sorted((luminance(BAR_COLOUR), luminance(background)), reverse=True)
    assert (lighter + 0.05) / (darker + 0.05) >= 3


def test_bars_are_scaled_to_the_largest_and_a_small_figure_still_shows():
    chart = bar_chart([Row("Received", 1000), Row("Hired", 1), Row("Offer", 0)])
    received, hired, offer = chart.bars
    assert received.length == chart.width - 90
    assert hired.length == 2
    assert offer.length == 0
    assert [bar.text for bar in chart.bars] == ["1000", "1", "0"]
    assert bar_chart([]) is None


# Queries


def render(panel_class, user):
    request = RequestFactory().get("/admin/")
    request.user = user
    with CaptureQueriesContext(connection) as queries:
        panel_class().render_html({"request": request})
    return len(queries)


def hr_figures(careers, vacancies, per_vacancy):
    for number in range(vacancies):
        vacancy = VacancyPageFactory(parent=careers, title=f"Post {number}", slug=f"post-{per_vacancy}-{number}")
        for application in ApplicationFactory.create_batch(per_vacancy, vacancy=vacancy):
            hire(application, number + 3)


def coordinator_figures(opportunity, applications):
    for application in VolunteerApplicationFactory.create_batch(applications, opportunity=opportunity):
        RefereeFactory.create_batch(2, application=application)


@pytest.mark.parametrize("panel_class", [ApplicationsPerVacancyPanel, PipelinePanel, TimeToHirePanel])
def test_hr_charts_cost_the_same_queries_for_one_application_or_many(careers, panel_class):
    user = UserFactory(is_superuser=True)
    hr_figures(careers, vacancies=1, per_vacancy=1)
    few = render(panel_class, user)
    hr_figures(careers, vacancies=12, per_vacancy=3)
    assert render(panel_class, user) == few


@pytest.mark.parametrize("panel_class", [ScreeningStagePanel, ReferencesOutstandingPanel])
def test_coordinators_charts_cost_the_same_queries_for_one_volunteer_or_many(opportunity, panel_class):
    user = UserFactory(is_superuser=True)
    coordinator_figures(opportunity, 1)
    few = render(panel_class, user)
    coordinator_figures(opportunity, 25)
    assert render(panel_class, user) == few
