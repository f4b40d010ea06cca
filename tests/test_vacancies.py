"""Vacancies: open until their closing date and then closed everywhere, filterable, described for Google."""

import datetime
import json

import pytest

from django.utils import timezone

from careers.models import VacancyPage
from tests.factories import VacancyIndexPageFactory, VacancyPageFactory, translate
from tests.reading import english_words, soup, visible_text

TODAY = timezone.localdate()
YESTERDAY = TODAY - datetime.timedelta(days=1)


@pytest.fixture
def careers(home):
    return VacancyIndexPageFactory(parent=home)


def listed(response, section):
    heading = next(h for h in soup(response).select("main h2") if h.get_text(strip=True) == section)
    listing = heading.find_next_sibling(["ul"])
    return [link.get_text(strip=True) for link in listing.select("h3 a, li > a")] if listing else []


def test_a_vacancy_closes_by_itself_after_its_closing_date(careers):
    closes_today = VacancyPageFactory(parent=careers, title="Closes today", closing_date=TODAY)
    VacancyPageFactory(parent=careers, title="Closed yesterday", closing_date=YESTERDAY)

    assert list(VacancyPage.objects.open()) == [closes_today]
    assert list(VacancyPage.objects.open(today=TODAY + datetime.timedelta(days=1))) == []


def test_index_lists_open_vacancies_and_shows_closed_ones_as_closed(client, careers):
    VacancyPageFactory(parent=careers, title="Social worker")
    VacancyPageFactory(parent=careers, title="Shelter cook", closing_date=YESTERDAY)

    response = client.get(careers.url)

    assert listed(response, "Open vacancies") == ["Social worker"]
    assert listed(response, "Closed vacancies") == ["Shelter cook"]
    assert "Closed" in soup(response).select_one(".badge").get_text()


def test_the_kept_index_follows_each_publish_and_closes_a_vacancy_by_itself_the_next_day(
    client, careers, site_data_kept, monkeypatch
):
    VacancyPageFactory(parent=careers, title="Social worker", closing_date=TODAY)
    assert listed(client.get(careers.url), "Open vacancies") == ["Social worker"]

    VacancyPageFactory(parent=careers, title="Shelter cook", closing_date=TODAY, live=False).save_revision().publish()
    assert listed(client.get(careers.url), "Open vacancies") == ["Shelter cook", "Social worker"]

    monkeypatch.setattr(timezone, "localdate", lambda *args: TODAY + datetime.timedelta(days=1))
    response = client.get(careers.url)
    assert "There are no open vacancies at the moment." in visible_text(response)
    assert sorted(listed(response, "Closed vacancies")) == ["Shelter cook", "Social worker"]


def test_index_filters_by_province_and_type_and_ignores_nonsense(client, careers):
    VacancyPageFactory(parent=careers, title="Social worker", province="svay-rieng", employment_type="full-time")
    VacancyPageFactory(parent=careers, title="Club facilitator", province="kampong-thom", employment_type="part-time")

    assert listed(client.get(careers.url + "?province=kampong-thom"), "Open vacancies") == ["Club facilitator"]
    assert listed(client.get(careers.url + "?type=full-time"), "Open vacancies") == ["Social worker"]
    assert len(listed(client.get(careers.url + "?province=<x>&type=1%27"), "Open vacancies")) == 2


def test_vacancy_page_shows_the_post_and_salary_only_when_switched_on(client, careers):
    vacancy = VacancyPageFactory(parent=careers, salary_minimum=450, salary_maximum=600, show_salary=False)
    hidden = visible_text(client.get(vacancy.url))
    vacancy.show_salary = True
    vacancy.save_revision().publish()
    shown = visible_text(client.get(vacancy.url))

    assert "Bavet transit centre, Svay Rieng" in shown
    assert "US dollars" not in hidden
    assert "450–600 US dollars a month" in shown
    assert "Two references and a police check are required." in shown


def test_vacancy_page_describes_itself_to_google_as_a_job_posting(client, careers):
    vacancy = VacancyPageFactory(parent=careers, number_of_posts=2, salary_minimum=450, show_salary=True)
    script = soup(client.get(vacancy.url)).select_one('script[type="application/ld+json"]')
    posting = json.loads(script.string)

    assert posting["@type"] == "JobPosting"
    for required in ("title", "description", "datePosted", "hiringOrganization", "jobLocation", "validThrough"):
        assert posting[required], required
    assert posting["jobLocation"]["address"]["addressCountry"] == "KH"
    assert posting["employmentType"] == "FULL_TIME"
    assert posting["baseSalary"]["value"]["minValue"] == 450


def test_job_posting_json_cannot_break_out_of_its_script(client, careers):
    vacancy = VacancyPageFactory(parent=careers, title="</script><script>alert(1)</script>")
    assert b"</script><script>alert(1)" not in client.get(vacancy.url).content


def test_closed_vacancy_says_so_and_leaves_the_sitemap(client, careers):
    vacancy = VacancyPageFactory(parent=careers, closing_date=YESTERDAY)
    response = client.get(vacancy.url)
    assert "This vacancy is closed." in visible_text(response)
    assert not soup(response).select('script[type="application/ld+json"]')
    assert vacancy.url not in client.get("/sitemap.xml").content.decode()


def test_khmer_vacancy_page_is_in_khmer(client, careers, home_km):
    translate(careers, "km", title="ឱកាសការងារ", intro="")
    vacancy = VacancyPageFactory(parent=careers, show_salary=True, salary_minimum=450, salary_maximum=600)
    translate(
        vacancy,
        "km",
        title="បុគ្គលិកសង្គមកិច្ច",
        intro="ចូលរួមជាមួយក្រុមការងារ",
        place="មណ្ឌលបាវិត",
        description="<p>ស្វាគមន៍កុមារ</p>",
        requirements="<p>បទពិសោធន៍</p>",
        selection_process="<p>ការសម្ភាសន៍</p>",
        safeguarding_statement="<p>លិខិតបញ្ជាក់ពីប៉ូលិស</p>",
    )
    assert english_words(client.get(f"/km/careers/{vacancy.slug}/")) == []
    assert english_words(client.get("/km/careers/")) == []


def test_editors_cannot_save_a_salary_range_upside_down(client, careers, django_user_model):
    from careers.models.vacancies import VacancyForm

    form_class = VacancyPage.get_edit_handler().get_form_class()
    assert issubclass(form_class, VacancyForm)
    vacancy = VacancyPageFactory(parent=careers)
    form = form_class(
        instance=vacancy,
        parent_page=careers,
        for_user=django_user_model.objects.create_superuser("hr", "hr@example.org", "x"),
        data={"salary_minimum": "600", "salary_maximum": "400", "show_salary": "on", "screening_questions-count": "0"},
    )
    form.is_valid()
    assert "The maximum salary cannot be lower than the minimum." in form.errors["salary_maximum"]
