"""Private pages and documents stay private when which ones are private is kept with the site's data
(pages/privacy.py): a change of privacy holds from the next request on."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from tests.factories import DocumentFactory, NewsIndexPageFactory, NewsPageFactory, StandardPageFactory
from tests.reading import soup, visible_text


@pytest.fixture
def site_data_kept(site_data_kept, site_settings):
    return site_data_kept


@pytest.fixture
def about(home):
    about = StandardPageFactory(parent=home, title="About", slug="about", intro="Children in our care.")
    StandardPageFactory(parent=about, title="History", slug="history", intro="Since 1994, children.")
    return about


def asks_for_a_login(response):
    return response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_a_page_made_private_after_it_was_served_asks_for_a_login_at_once(client, about, site_data_kept):
    assert client.get("/en/about/history/").status_code == 200

    PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.LOGIN)

    assert asks_for_a_login(client.get("/en/about/history/"))
    assert asks_for_a_login(client.get("/en/about/"))


def test_a_password_protected_page_shows_wagtails_password_form(client, about, site_data_kept):
    client.get("/en/about/")
    PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.PASSWORD, password="x")

    page = client.get("/en/about/history/")

    assert page.status_code == 200
    assert "Since 1994" not in visible_text(page)
    assert page.context["form"].fields["password"]


def test_the_right_password_opens_a_protected_page(client, about, site_data_kept):
    restriction = PageViewRestriction.objects.create(
        page=about, restriction_type=PageViewRestriction.PASSWORD, password="shelter"
    )
    client.get("/en/about/history/")
    history = about.get_children().get()

    client.post(
        reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, history.pk]),
        {"password": "shelter", "return_url": "/en/about/history/"},
    )

    assert "Since 1994" in visible_text(client.get("/en/about/history/"))


def test_a_page_made_public_again_is_served_at_once(client, about, site_data_kept):
    restriction = PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.LOGIN)
    assert asks_for_a_login(client.get("/en/about/history/"))

    restriction.delete()

    assert client.get("/en/about/history/").status_code == 200


def test_an_alias_of_a_private_page_is_private_wherever_it_stands(client, home, about, site_data_kept):
    """Wagtail's own lookup decides under an alias; the alias, made after the site's data was kept, is known."""
    history = about.get_children().get().specific
    PageViewRestriction.objects.create(page=history, restriction_type=PageViewRestriction.LOGIN)
    public_section = StandardPageFactory(parent=home, title="Our work", slug="our-work")
    client.get("/en/our-work/")

    history.create_alias(parent=public_section, update_slug="our-history")

    assert asks_for_a_login(client.get("/en/our-work/our-history/"))
    assert "Our history" not in visible_text(client.get("/en/our-work/"))


def test_a_new_alias_is_in_the_menu_at_once(client, home, about, site_data_kept):
    about.show_in_menus = True
    about.save_revision().publish()
    client.get("/en/")

    about.create_alias(parent=home, update_slug="who-we-are")

    assert "/en/who-we-are/" in [link["href"] for link in soup(client.get("/en/")).select(".site-nav a")]


def test_private_articles_leave_the_news_and_the_search_at_once(client, home, site_data_kept):
    news = NewsIndexPageFactory(parent=home, slug="news")
    NewsPageFactory(parent=news, title="Bavet crossing", slug="bavet", intro="Children came home.")
    assert "Bavet crossing" in visible_text(client.get("/en/news/"))
    assert "Bavet crossing" in visible_text(client.get("/en/search/", {"q": "children"}))

    PageViewRestriction.objects.create(page=news, restriction_type=PageViewRestriction.LOGIN)

    assert "Bavet crossing" not in visible_text(client.get("/en/"))
    assert "Bavet crossing" not in visible_text(client.get("/en/search/", {"q": "children"}))


def test_documents_of_a_collection_made_private_leave_the_search_at_once(client, home, site_data_kept):
    board = Collection.get_first_root_node().add_child(name="Board papers")
    DocumentFactory(title="Board minutes", description="Children's services budget.", collection=board)
    assert "Board minutes" in visible_text(client.get("/en/search/", {"q": "budget"}))

    CollectionViewRestriction.objects.create(collection=board, restriction_type=CollectionViewRestriction.LOGIN)

    assert "Board minutes" not in visible_text(client.get("/en/search/", {"q": "budget"}))


def test_once_kept_serving_a_page_asks_nothing_about_privacy(client, about, site_data_kept):
    PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.LOGIN)
    public_page = StandardPageFactory(parent=about.get_parent(), title="Contact", slug="contact")
    client.get(public_page.url)

    with CaptureQueriesContext(connection) as queries:
        assert client.get(public_page.url).status_code == 200

    asked = " ".join(query["sql"] for query in queries.captured_queries)
    assert "wagtailcore_pageviewrestriction" not in asked
