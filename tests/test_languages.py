"""Visitors land in their language, can switch to the same page in the other, and search engines see both."""

import pytest

from tests.factories import NewsIndexPageFactory, NewsPageFactory, StandardPageFactory, translate
from tests.reading import english_words, soup, visible_text


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [("km-KH,km;q=0.9,en;q=0.8", "/km/"), ("km", "/km/"), ("en-GB,en;q=0.9", "/en/"), ("fr-FR", "/en/"), ("", "/en/")],
)
def test_root_redirects_by_browser_language(client, home_km, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected


def test_switcher_and_hreflang_point_at_the_translation(client, home, home_km):
    about = StandardPageFactory(parent=home, title="About", slug="about")
    translate(about, "km", title="អំពីយើង", intro="អំពី CCPCR", body=[])

    page = soup(client.get("/en/about/"))

    switcher = {link["hreflang"]: link["href"] for link in page.select(".language-switcher a")}
    assert switcher == {"km": "/km/about/"}
    assert page.select_one('.language-switcher [aria-current="true"]').get_text() == "English"
    assert page.select_one('.language-switcher a[hreflang="km"]').get_text() == "ភាសាខ្មែរ"
    alternates = {link["hreflang"]: link["href"] for link in page.select('link[rel="alternate"][hreflang]')}
    assert alternates == {
        "en": "http://testserver/en/about/",
        "km": "http://testserver/km/about/",
        "x-default": "http://testserver/en/about/",
    }


def test_switcher_on_an_untranslated_page_leads_to_the_other_home_page(client, home, home_km):
    StandardPageFactory(parent=home, title="Only in English", slug="only-english")
    page = soup(client.get("/en/only-english/"))
    assert page.select_one('.language-switcher a[hreflang="km"]')["href"] == "/km/"
    assert not page.select('link[rel="alternate"][hreflang="km"]')


def test_english_only_page_under_km_is_a_khmer_404_offering_the_english_page(client, home, home_km):
    news = NewsIndexPageFactory(parent=home)
    translate(news, "km", title="ព័ត៌មាន", intro="")
    article = NewsPageFactory(parent=news, title="Partners meet in Svay Rieng")

    response = client.get(f"/km/news/{article.slug}/")

    assert response.status_code == 404
    assert soup(response).html["lang"] == "km"
    offer = soup(response).select_one('main a[hreflang="en"]')
    assert offer["href"] == article.url
    assert "Partners meet in Svay Rieng" in offer.get_text()
    offer.decompose()
    assert english_words(response) == []


def test_mistyped_address_is_a_404_in_the_visitors_language(client, home, home_km):
    khmer = client.get("/km/no-such-page/")
    english = client.get("/en/no-such-page/")
    assert khmer.status_code == english.status_code == 404
    assert "រកមិនឃើញទំព័រ" in visible_text(khmer)
    assert english_words(khmer) == []
    assert "Page not found" in visible_text(english)


def test_server_error_page_is_in_the_visitors_language(client, home, home_km, settings):
    from django.utils import translation

    from pages.views import server_error

    with translation.override("km"):
        response = server_error(None)
    assert response.status_code == 500
    assert english_words(response) == []


def test_sitemap_lists_both_languages_with_alternates(client, home, home_km):
    about = StandardPageFactory(parent=home, title="About", slug="about")
    translate(about, "km", title="អំពីយើង")

    response = client.get("/sitemap.xml")

    xml = response.content.decode()
    assert response.status_code == 200
    assert "<loc>http://localhost/en/about/</loc>" in xml
    assert "<loc>http://localhost/km/about/</loc>" in xml
    assert '<xhtml:link rel="alternate" hreflang="km" href="http://localhost/km/about/"/>' in xml


def test_robots_txt_points_at_the_sitemap_and_keeps_crawlers_out_of_the_admin(client, db):
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert "Disallow: /admin/" in response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()


def test_admin_stays_in_english_for_a_khmer_browser(client, db):
    response = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="km", follow=True)
    assert response.request["PATH_INFO"] == "/en/accounts/login/"  # staff log in through allauth, in English
    assert soup(response).html["lang"] == "en"


def test_a_form_posted_without_its_csrf_token_is_refused_in_the_visitors_language(home_km):
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post("/km/search/", {"q": "x"})
    assert response.status_code == 403
    assert soup(response).html["lang"] == "km"
    assert english_words(response) == []
