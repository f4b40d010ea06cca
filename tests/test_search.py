"""Search finds pages in the visitor's language and never fails on odd input."""

import pytest

from tests.factories import StandardPageFactory, paragraph, translate
from tests.reading import soup, visible_text


@pytest.fixture
def shelter(home, home_km):
    page = StandardPageFactory(
        parent=home, title="Long-term shelter", slug="shelter", intro="A safe home in Phnom Penh for children."
    )
    translate(page, "km", title="ជម្រករយៈពេលវែង", intro="ផ្ទះមានសុវត្ថិភាពនៅភ្នំពេញ", body=paragraph("ជម្រក"))
    return page


def result_titles(response):
    return [link.get_text(strip=True) for link in soup(response).select(".search-results h2 a")]


def test_search_finds_a_page_in_the_visitors_language_only(client, shelter):
    assert result_titles(client.get("/en/search/", {"q": "shelter"})) == ["Long-term shelter"]
    assert result_titles(client.get("/km/search/", {"q": "shelter"})) == []


def test_search_says_when_nothing_was_found(client, shelter):
    response = client.get("/en/search/", {"q": "zebra"})
    assert "Nothing was found for “zebra”." in visible_text(response)


@pytest.mark.parametrize(
    "query",
    [
        '"unbalanced',
        "AND OR NOT",
        "*:* -)(",
        "shelter" * 200,
        "a\x00b",
        "' OR 1=1 --",
        "<script>alert(1)</script>",
        "   ",
    ],
)
def test_malformed_queries_get_an_answer_not_an_error(client, shelter, query):
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200
    assert b"<script>alert(1)</script>" not in response.content


def test_search_page_without_a_query_shows_the_form(client, shelter):
    page = soup(client.get("/km/search/"))
    assert page.select_one("main form[role=search] input[name=q]")
    assert page.html["lang"] == "km"
