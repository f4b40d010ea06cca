"""Addresses lead where Wagtail's own routing leads them, in fewer queries (pages/routing.py)."""

import pytest

from django.db import connection
from django.http import Http404
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import resolve, reverse

from wagtail import views as wagtail_views
from wagtail.models import Page, PageViewRestriction

from tests.factories import (
    NewsIndexPageFactory,
    NewsPageFactory,
    StandardPageFactory,
    VacancyIndexPageFactory,
    VacancyPageFactory,
    translate,
)


def wagtail_route(home, path):
    """Where Wagtail's own Page.route leads, level by level: (page id, view name) or 404."""
    return _outcome(lambda: Page.route(home, RequestFactory().get(path), _components(path)))


def our_route(home, path):
    return _outcome(lambda: home.route(RequestFactory().get(path), _components(path)))


def _components(path):
    return [component for component in path.split("/") if component]


def _outcome(route):
    try:
        page, args, _kwargs = route()
    except Http404:
        return "404"
    view = args[0].__name__ if args else None
    return page.pk, view


@pytest.fixture
def tree(home):
    """A site with a little of everything: routable pages (the news feeds, a vacancy's form), a draft, a page
    whose slug is also a feed's address, and pages with the same slug in other places."""
    about = StandardPageFactory(parent=home, title="About", slug="about")
    StandardPageFactory(parent=about, title="History", slug="history")
    StandardPageFactory(parent=about, title="Draft", slug="draft", live=False)
    news = NewsIndexPageFactory(parent=home, slug="news")
    NewsPageFactory(parent=news, title="Shelter", slug="shelter")
    NewsPageFactory(parent=news, title="Feed", slug="feed")
    StandardPageFactory(parent=home, title="Shelter elsewhere", slug="shelter")
    careers = VacancyIndexPageFactory(parent=home, slug="careers")
    VacancyPageFactory(parent=careers, title="Social worker", slug="social-worker")
    hidden = StandardPageFactory(parent=home, title="Hidden", slug="hidden", live=False)
    StandardPageFactory(parent=hidden, title="Under a draft", slug="under")
    return home


ADDRESSES = [
    "/",
    "/about/",
    "/about/history/",
    "/about/draft/",
    "/about/nowhere/",
    "/about/history/deeper/",
    "/news/",
    "/news/shelter/",
    "/news/feed/",
    "/news/feed/atom/",
    "/news/feed/nothing/",
    "/news/nowhere/",
    "/shelter/",
    "/careers/",
    "/careers/social-worker/",
    "/careers/social-worker/apply/",
    "/careers/social-worker/nothing/",
    "/hidden/",
    "/hidden/under/",
    "/nowhere/",
    "/nowhere/about/",
]


@pytest.mark.parametrize("path", ADDRESSES)
def test_an_address_leads_where_wagtail_would_lead_it(tree, path):
    assert our_route(tree, path) == wagtail_route(tree, path)


def test_the_news_feed_answers_before_an_article_with_the_same_slug(tree):
    _page, view = our_route(tree, "/news/feed/")
    assert view == "rss_feed"


def test_the_same_address_in_khmer_leads_to_the_khmer_page(tree, home_km):
    about_km = translate(Page.objects.get(slug="about").specific, "km", title="អំពីយើង")
    home_km.refresh_from_db()
    assert our_route(home_km, "/about/") == (about_km.pk, None)
    assert our_route(home_km, "/about/") == wagtail_route(home_km, "/about/")


def test_an_article_is_found_in_two_queries_however_deep(tree):
    wagtail_queries, our_queries = _queries(tree, "/news/shelter/")
    assert our_queries == 2
    assert wagtail_queries > our_queries


def _queries(home, path):
    counts = []
    for route in (wagtail_route, our_route):
        home = Page.objects.get(pk=home.pk).specific
        with CaptureQueriesContext(connection) as queries:
            route(home, path)
        counts.append(len(queries))
    return counts


def test_serving_a_page_asks_nothing_of_the_site_or_its_home_page_once_they_are_kept(
    client, tree, site_settings, site_data_kept
):
    client.get("/en/news/shelter/")

    with CaptureQueriesContext(connection) as queries:
        page = client.get("/en/news/shelter/")

    assert page.status_code == 200
    assert "Shelter" in page.content.decode()
    asked = " ".join(query["sql"] for query in queries.captured_queries)
    assert "wagtailcore_site" not in asked
    assert "wagtailcore_locale" not in asked


def test_a_section_is_found_in_one_query_once_the_sections_are_kept(client, tree, site_settings, site_data_kept):
    client.get("/en/careers/")

    with CaptureQueriesContext(connection) as queries:
        page = client.get("/en/careers/")

    assert page.status_code == 200
    routing = [query["sql"] for query in queries.captured_queries if "careers_vacancyindexpage" in query["sql"]]
    assert len(routing) == 1  # its own type; no query for the pages along the address
    assert not [query for query in queries.captured_queries if '"wagtailcore_page"."slug" = ' in query["sql"]]


def test_kept_sections_follow_each_publish(client, tree, site_data_kept):
    client.get("/en/about/")
    about = Page.objects.get(slug="about")

    about.unpublish()
    assert client.get("/en/about/").status_code == 404

    programmes = StandardPageFactory(parent=tree, title="Programmes", slug="programmes", live=False)
    programmes.save_revision().publish()
    assert "Programmes" in client.get("/en/programmes/").content.decode()


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/en/", 200),
        ("/en/about/", 200),
        ("/en/careers/", 200),
        ("/en/hidden/", 404),
        ("/en/about/history/", 200),
        ("/en/about/draft/", 404),
        ("/en/nowhere/", 404),
        ("/en/news/feed/", 200),
    ],
)
def test_served_addresses_answer_as_before(client, tree, site_data_kept, path, status):
    assert client.get(path).status_code == status
    assert client.get(path).status_code == status  # and again, from what is kept


def test_without_a_khmer_home_page_khmer_addresses_lead_into_the_english_pages_as_wagtail_does(client, tree):
    page = client.get("/km/about/history/")

    assert page.status_code == 200
    assert "History" in page.content.decode()


def test_without_a_khmer_home_page_kept_data_leads_khmer_addresses_into_the_english_pages(client, tree, site_data_kept):
    for _visit in range(2):
        page = client.get("/km/about/history/")
        assert page.status_code == 200
        assert "History" in page.content.decode()


def test_a_private_page_still_asks_for_a_login_when_served_from_kept_data(client, tree, site_data_kept):
    about = Page.objects.get(slug="about")
    PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.LOGIN)

    for _visit in range(2):
        page = client.get("/en/about/history/")
        assert page.status_code == 302
        assert "/accounts/login/" in page["Location"]


def test_wagtails_password_form_for_private_pages_keeps_its_address():
    match = resolve(reverse("wagtailcore_authenticate_with_password", args=[1, 2]))

    assert match.func is wagtail_views.authenticate_with_password


def test_an_address_deeper_than_any_page_is_not_found(client, tree, site_data_kept):
    assert client.get("/en/" + "about/" * 40).status_code == 404
