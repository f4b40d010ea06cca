"""Anonymous visitors get pages already made, never someone else's, and never an old page after a publish."""

from types import SimpleNamespace

import pytest

from django.core.cache import caches
from django.core.cache.backends.dummy import DummyCache
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from wagtail.models import Site

from pages import cache as page_cache
from pages.cache import site_data
from pages.models import ContactDetails
from tests.factories import (
    ContactPageFactory,
    FooterTextFactory,
    NewsCategoryFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    StandardPageFactory,
    UserFactory,
    translate,
)
from tests.reading import soup, visible_text


@pytest.fixture(autouse=True)
def page_cache_on(settings, site_settings):
    settings.PAGE_CACHE_SECONDS = 600


@pytest.fixture
def about(home, home_km):
    about = StandardPageFactory(parent=home, title="About CCPCR", slug="about")
    translate(about, "km", title="អំពី CCPCR")
    return about


def test_a_second_anonymous_visit_is_served_without_the_database(client, about, django_assert_num_queries):
    first = client.get("/en/about/")
    with django_assert_num_queries(0):
        second = client.get("/en/about/")

    assert first["X-Page-Cache"] == "miss" and second["X-Page-Cache"] == "hit"
    assert "About CCPCR" in visible_text(second)
    assert second.content == first.content
    # The security headers are written for each response, not kept with the page.
    assert "Content-Security-Policy" in second and second["X-Frame-Options"] == "DENY"


def test_publishing_a_page_shows_its_new_text_everywhere_at_once(client, home):
    news = NewsIndexPageFactory(parent=home)
    article = NewsPageFactory(parent=news, title="33 people return from Vietnam", slug="return")
    client.get("/en/news/"), client.get("/en/news/return/")

    article.title = "35 people return from Vietnam"
    article.save_revision().publish()

    assert "35 people return from Vietnam" in visible_text(client.get("/en/news/"))
    assert "35 people return from Vietnam" in visible_text(client.get("/en/news/return/"))


def test_an_unpublished_page_is_gone_at_once(client, about):
    assert client.get("/en/about/").status_code == 200

    about.unpublish()

    assert client.get("/en/about/").status_code == 404


def test_editing_the_footer_text_or_the_contact_details_shows_at_once(client, about):
    footer = FooterTextFactory(about="CCPCR protects Cambodia's children.")
    client.get("/en/about/")

    footer.about = "CCPCR has protected Cambodia's children since 1994."
    footer.save()
    details = ContactDetails.for_site(Site.objects.get(is_default_site=True))
    details.phone = "+855 23 987 654"
    details.save()

    text = visible_text(client.get("/en/about/"))
    assert "CCPCR has protected Cambodia's children since 1994." in text
    assert "+855 23 987 654" in text


def test_khmer_and_english_pages_are_kept_apart(client, about):
    for _ in range(2):
        english, khmer = client.get("/en/about/"), client.get("/km/about/")

    assert english["X-Page-Cache"] == khmer["X-Page-Cache"] == "hit"
    assert "About CCPCR" in visible_text(english) and 'lang="en"' in english.content.decode()
    assert "អំពី CCPCR" in visible_text(khmer) and 'lang="km"' in khmer.content.decode()


def test_each_address_with_its_query_is_kept_apart(client, home):
    news = NewsIndexPageFactory(parent=home)
    for day in range(1, 13):
        NewsPageFactory(parent=news, title=f"Article of day {day}", date=f"2025-01-{day:02d}")
    for _ in range(2):
        first, second = client.get("/en/news/"), client.get("/en/news/?page=2")

    assert first["X-Page-Cache"] == second["X-Page-Cache"] == "hit"
    assert titles(first) == [f"Article of day {day}" for day in range(12, 2, -1)]
    assert titles(second) == ["Article of day 2", "Article of day 1"]


def titles(response):
    return [heading.get_text(strip=True) for heading in soup(response).select(".article-card h3")]


def test_a_logged_in_visitor_is_never_served_a_kept_page_nor_has_theirs_kept(client, about):
    client.force_login(UserFactory())
    signed_in = client.get("/en/about/")
    client.logout()
    client.cookies.clear()
    anonymous = client.get("/en/about/")
    client.force_login(UserFactory())
    signed_in_again = client.get("/en/about/")

    assert "X-Page-Cache" not in signed_in and "X-Page-Cache" not in signed_in_again
    assert anonymous["X-Page-Cache"] == "miss"  # nothing was kept from the signed-in visit


@pytest.mark.parametrize("path", ["/en/contact/", "/en/accounts/login/", "/en/report-a-concern/"])
def test_pages_with_a_form_or_personal_data_are_never_kept(client, home, path):
    ContactPageFactory(parent=home)

    responses = [client.get(path) for _ in range(2)]

    assert [response.status_code for response in responses] == [200, 200]
    assert all("X-Page-Cache" not in response for response in responses)
    assert all(b"csrfmiddlewaretoken" in response.content for response in responses)


def test_nothing_is_kept_when_the_page_cache_is_off(client, about, settings):
    settings.PAGE_CACHE_SECONDS = 0
    responses = [client.get("/en/about/") for _ in range(2)]
    assert all("X-Page-Cache" not in response for response in responses)


class CacheDown:
    """A cache server that does not answer."""

    def __getattr__(self, name):
        def fail(*args, **kwargs):
            raise ConnectionError("The cache is not answering")

        return fail


def test_pages_are_served_and_published_while_the_cache_is_down(client, about, monkeypatch):
    monkeypatch.setattr("pages.cache.cache", CacheDown())

    about.title = "About us"
    about.save_revision().publish()
    response = client.get("/en/about/")

    assert response.status_code == 200 and "About us" in visible_text(response)
    assert "X-Page-Cache" not in response


# What every page shows (home page, menu, footer, partners, language versions) is kept too, for the pages that are
# not: a logged-in visitor's, or every page when the page cache is off.


def queries_for(client, path):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


def test_what_every_page_shows_is_asked_of_the_database_once(client, about, site_data_kept):
    FooterTextFactory(about="CCPCR protects Cambodia's children.")
    first = queries_for(client, "/en/about/")

    second = queries_for(client, "/en/about/")

    assert second < first
    assert "CCPCR protects Cambodia's children." in visible_text(client.get("/en/about/"))


def test_kept_menu_footer_and_language_links_follow_each_publish_and_edit(client, about, site_data_kept):
    footer = FooterTextFactory(about="CCPCR protects Cambodia's children.")
    programmes = StandardPageFactory(parent=about.get_parent(), title="Programmes", slug="programmes")
    client.get("/en/about/"), client.get("/en/programmes/")

    footer.about = "CCPCR has protected Cambodia's children since 1994."
    footer.save()
    StandardPageFactory(parent=about.get_parent(), title="Partners", slug="partners", show_in_menus=True)
    translate(programmes, "km", title="កម្មវិធី")

    page = soup(client.get("/en/about/"))
    assert "CCPCR has protected Cambodia's children since 1994." in page.select_one("footer").get_text()
    assert "Partners" in [link.get_text(strip=True) for link in page.select(".site-nav a")]
    switcher = soup(client.get("/en/programmes/")).select_one("a[hreflang=km]")
    assert switcher["href"] == "/km/programmes/"


def test_the_kept_calls_to_action_follow_each_publish(client, home, home_km, site_data_kept):
    volunteer = StandardPageFactory(parent=home, title="Volunteer", slug="volunteer")
    home.volunteer_text, home.volunteer_page = "Give your time to children in Cambodia.", volunteer
    home.save_revision().publish()
    home_km.volunteer_text, home_km.volunteer_page = "ចំណាយពេលវេលារបស់អ្នកសម្រាប់កុមារ។", volunteer
    home_km.save_revision().publish()
    action = ".card--action a"
    assert soup(client.get("/km/")).select_one(action)["href"] == "/en/volunteer/"  # no Khmer page yet

    translate(volunteer, "km", title="ស្ម័គ្រចិត្ត")

    assert soup(client.get("/km/")).select_one(action)["href"] == "/km/volunteer/"
    assert soup(client.get("/en/")).select_one(action)["href"] == "/en/volunteer/"


def test_a_process_asks_the_shared_cache_for_what_every_page_shows_once(client, about, site_data_kept, monkeypatch):
    FooterTextFactory(about="CCPCR protects Cambodia's children.")
    client.get("/en/about/")
    backend = type(caches["default"])
    asked = []
    real_get = backend.get

    def get(cache, key, *args, **kwargs):
        asked.append(key)
        return real_get(cache, key, *args, **kwargs)

    monkeypatch.setattr(backend, "get", get)

    page = client.get("/en/about/")

    assert "CCPCR protects Cambodia's children." in visible_text(page)
    assert asked == [page_cache.GENERATION_KEY]  # which may have changed since; not the sites' root paths either


def test_kept_addresses_follow_a_change_of_the_site(client, about, site_data_kept):
    canonical = 'link[rel="canonical"]'
    assert soup(client.get("/en/about/")).select_one(canonical)["href"] == "http://localhost/en/about/"

    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "www.ccpcr.org.kh", 443
    site.save()

    assert soup(client.get("/en/about/")).select_one(canonical)["href"] == "https://www.ccpcr.org.kh/en/about/"


def test_the_kept_number_of_news_pages_follows_each_publish(client, home, site_data_kept):
    news = NewsIndexPageFactory(parent=home, slug="news")
    for number in range(20):
        NewsPageFactory(parent=news, title=f"Article {number}", slug=f"article-{number}")
    assert "Page 1 of 2" in visible_text(client.get("/en/news/"))

    NewsPageFactory(parent=news, title="Article 20", slug="article-20", live=False).save_revision().publish()

    assert "Page 1 of 3" in visible_text(client.get("/en/news/"))
    assert "Article 0" in visible_text(client.get("/en/news/?page=3"))


def test_the_kept_news_categories_follow_each_edit(client, home, site_data_kept):
    news = NewsIndexPageFactory(parent=home, slug="news")
    NewsCategoryFactory(name="Repatriation", slug="repatriation")
    NewsPageFactory(parent=news, title="Return through Bavet", category=None)
    assert "Repatriation" in soup(client.get("/en/news/")).select_one(".filters").get_text()

    prevention = NewsCategoryFactory(name="Prevention", slug="prevention")
    NewsPageFactory(
        parent=news, title="Safe migration classes", category=prevention, live=False
    ).save_revision().publish()

    page = visible_text(client.get("/en/news/?category=prevention"))
    assert "Safe migration classes" in page and "Return through Bavet" not in page
    assert "Prevention" in soup(client.get("/en/news/")).select_one(".filters").get_text()


def test_a_deep_page_of_kept_news_reads_its_articles_by_id_and_loses_an_unpublished_one_at_once(
    client, home, site_data_kept
):
    news = NewsIndexPageFactory(parent=home, slug="news")
    articles = [
        NewsPageFactory(parent=news, title=f"Article {number}", slug=f"article-{number}", date=f"2025-01-{number:02d}")
        for number in range(1, 26)
    ]
    client.get("/en/news/")  # keeps the order of the articles
    first_page = queries_for(client, "/en/news/")

    assert queries_for(client, "/en/news/?page=3") == first_page  # no sorting of every article to reach it
    assert "Article 1" in visible_text(client.get("/en/news/?page=3"))

    articles[0].unpublish()

    third = visible_text(client.get("/en/news/?page=3"))
    assert "Article 1" not in third
    assert "Page 3 of 3" in third


def test_with_a_cache_that_keeps_nothing_a_process_keeps_nothing(site_data_kept, monkeypatch):
    monkeypatch.setattr(page_cache, "cache", DummyCache("dummy", {}))  # no generation either

    assert site_data(RequestFactory().get("/en/"), "menu", lambda: "old menu") == "old menu"
    assert site_data(RequestFactory().get("/en/"), "menu", lambda: "new menu") == "new menu"


def test_a_process_reads_the_shared_cache_again_after_a_while(site_data_kept, monkeypatch):
    clock = SimpleNamespace(now=0.0)
    monkeypatch.setattr(page_cache, "time", SimpleNamespace(monotonic=lambda: clock.now))
    assert site_data(RequestFactory().get("/en/"), "menu", lambda: "menu") == "menu"
    caches["default"].delete(f"site-data:{page_cache.generation()}:menu")  # as if it expired there

    assert site_data(RequestFactory().get("/en/"), "menu", lambda: "rebuilt") == "menu"  # still this process's
    clock.now += page_cache.IN_PROCESS_SECONDS + 1
    assert site_data(RequestFactory().get("/en/"), "menu", lambda: "rebuilt") == "rebuilt"
