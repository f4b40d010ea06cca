"""Search finds pages in the visitor's language and never fails on odd input."""

import threading

import khmercut
import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page
from wagtail.search.utils import parse_query_string

from ccpcr.search import khmer_words
from tests.factories import (
    DocumentFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    OpportunityIndexPageFactory,
    OpportunityPageFactory,
    StandardPageFactory,
    StoryPageFactory,
    VacancyIndexPageFactory,
    VacancyPageFactory,
    paragraph,
    root_collection,
    translate,
)
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


# Khmer is written without spaces: the index and the query are cut into words the same way (ccpcr.search).

RETURN_HOME_KM = "កុមារចំនួនម្ភៃប្រាំនាក់បានត្រឡប់មកផ្ទះវិញតាមរយៈមជ្ឈមណ្ឌលស្នាក់នៅបណ្តោះអាសន្នបាវិត។បុគ្គលិកបានស្វាគមន៍ពួកគេដោយអាហារនិងការប្រឹក្សា។"


@pytest.fixture
def khmer_article(home, home_km):
    news = NewsIndexPageFactory(parent=home)
    translate(news, "km", title="ព័ត៌មាន")
    article = NewsPageFactory(parent=news, title="Children return home", slug="children-return-home")
    return translate(
        article,
        "km",
        title="កុមារត្រឡប់មកផ្ទះវិញ",
        intro="យើងការពារកុមារពីការជួញដូរ និងការកេងប្រវ័ញ្ចផ្លូវភេទ",
        # An invisible zero-width space, as editors paste from word processors, sits inside the sentence.
        body=paragraph(RETURN_HOME_KM.replace("មជ្ឈមណ្ឌល", "មជ្ឈ\u200bមណ្ឌល")),
    )


@pytest.mark.parametrize(
    "word",
    [
        "មជ្ឈមណ្ឌល",  # a word from the middle of the body, where a zero-width space was pasted
        "ស្វាគមន៍",  # a word from the middle of the second sentence
        "បុគ្គលិក ស្វាគមន៍",  # two words typed with a space
        "បុគ្គលិកបានស្វាគមន៍",  # the same words typed as Khmer is written, without one
        "ជួញដូរ",  # "to traffic", inside the compound ការជួញដូរ ("trafficking") in the introduction
    ],
)
def test_a_khmer_word_inside_a_khmer_article_finds_it(client, khmer_article, word):
    assert result_titles(client.get("/km/search/", {"q": word})) == ["កុមារត្រឡប់មកផ្ទះវិញ"]


def test_khmer_words_are_found_whichever_way_the_subscript_da_is_spelled(client, home, home_km):
    page = StandardPageFactory(parent=home, title="Statement", slug="statement")
    translate(page, "km", title="សេចក្ដីថ្លែងការណ៍", intro="ការការពារកុមារ")  # ្ដ (da)
    assert result_titles(client.get("/km/search/", {"q": "សេចក្តីថ្លែងការណ៍"})) == ["សេចក្ដីថ្លែងការណ៍"]  # ្ត (ta)


def test_a_khmer_search_that_misses_a_word_finds_nothing(client, khmer_article):
    assert result_titles(client.get("/km/search/", {"q": "មជ្ឈមណ្ឌល អាកាសយានដ្ឋាន"})) == []


def test_english_search_finds_other_forms_of_a_word(client, home):
    StandardPageFactory(parent=home, title="Our shelters", slug="shelters", intro="Children sheltered by CCPCR.")
    assert result_titles(client.get("/en/search/", {"q": "sheltering children"})) == ["Our shelters"]


def test_a_khmer_page_is_not_found_from_the_english_search(client, khmer_article):
    assert result_titles(client.get("/en/search/", {"q": "មជ្ឈមណ្ឌល"})) == []


def test_vacancies_and_volunteer_opportunities_are_found_in_khmer(client, home, home_km):
    careers = VacancyIndexPageFactory(parent=home)
    translate(careers, "km", title="ការងារ")
    vacancy = VacancyPageFactory(parent=careers, slug="social-worker")
    translate(vacancy, "km", title="បុគ្គលិកសង្គមកិច្ច", description="<p>ស្វាគមន៍កុមារដែលត្រឡប់មកពីវៀតណាម។</p>")
    volunteering = OpportunityIndexPageFactory(parent=home)
    translate(volunteering, "km", title="ស្ម័គ្រចិត្ត")
    opportunity = OpportunityPageFactory(parent=volunteering, slug="child-club")
    translate(opportunity, "km", title="អ្នកសម្របសម្រួលក្លឹបកុមារ", role="ដឹកនាំល្បែងនិងមេរៀនសម្រាប់ក្លឹបកុមារ")

    assert result_titles(client.get("/km/search/", {"q": "វៀតណាម"})) == ["បុគ្គលិកសង្គមកិច្ច"]
    assert result_titles(client.get("/km/search/", {"q": "មេរៀន"})) == ["អ្នកសម្របសម្រួលក្លឹបកុមារ"]


def document_titles(response):
    return [link.get_text(" ", strip=True) for link in soup(response).select(".search-documents .document-link__title")]


def test_public_documents_are_found_by_their_khmer_title_and_english_description(client, home, home_km):
    DocumentFactory(
        title="Annual report 2024",
        khmer_title="របាយការណ៍ប្រចាំឆ្នាំ២០២៤",
        description="What our shelters did for trafficked children.",
    )
    restricted = root_collection().add_child(name="Board papers")
    restricted.view_restrictions.create(restriction_type="login")
    DocumentFactory(title="Board minutes", khmer_title="កំណត់ហេតុប្រជុំប្រចាំឆ្នាំ", collection=restricted)

    assert document_titles(client.get("/km/search/", {"q": "ប្រចាំឆ្នាំ"})) == ["របាយការណ៍ប្រចាំឆ្នាំ២០២៤"]
    assert document_titles(client.get("/en/search/", {"q": "trafficking"})) == ["Annual report 2024"]


def suggestions(response):
    return [link.get_text(strip=True) for link in soup(response).select(".search-suggestions a")]


@pytest.mark.parametrize(("language", "unfinished"), [("km", "កុមារត្រឡ"), ("en", "children ret")])
def test_when_nothing_matches_pages_whose_titles_begin_with_the_words_are_suggested(
    client, khmer_article, language, unfinished
):
    response = client.get(f"/{language}/search/", {"q": unfinished})
    assert result_titles(response) == []
    title = {"km": "កុមារត្រឡប់មកផ្ទះវិញ", "en": "Children return home"}[language]
    assert suggestions(response) == [title]


def test_the_admin_search_finds_a_khmer_word_inside_a_title(admin_client, khmer_article):
    """The admin searches titles as you type (Wagtail's autocompletion), cut into words like the site's."""
    DocumentFactory(title="Annual report 2024", khmer_title="របាយការណ៍ប្រចាំឆ្នាំ២០២៤")

    pages = visible_text(admin_client.get("/admin/pages/search/", {"q": "ផ្ទះ"}))
    documents = visible_text(admin_client.get("/admin/documents/", {"q": "ប្រចាំឆ្នាំ"}))

    assert "កុមារត្រឡប់មកផ្ទះវិញ" in pages
    assert "Annual report 2024" in documents


def search_queries(client, query):
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/en/search/", {"q": query}).status_code == 200
    return len(queries)


def test_the_search_page_makes_as_many_queries_for_many_results_as_for_few(client, home):
    """Whatever the mix of page types among the results: their summaries come in one query."""
    news = NewsIndexPageFactory(parent=home)
    NewsPageFactory(parent=news, intro="Children came home through Bavet.")
    DocumentFactory(description="How children come home.")
    search_queries(client, "children")  # the first request of all loads the site's settings once
    few = search_queries(client, "children")

    for _ in range(6):
        NewsPageFactory(parent=news, intro="Children came home through Bavet.")
        StandardPageFactory(parent=home, intro="Children need a safe home.")
        StoryPageFactory(parent=news, intro="DV 009 is a child who came home.")
        DocumentFactory(description="How children come home.")

    assert search_queries(client, "children") == few


def test_results_show_each_pages_introduction_whatever_its_type(client, home):
    news = NewsIndexPageFactory(parent=home)
    NewsPageFactory(parent=news, title="Bavet", intro="Twenty-five children came home.")
    StandardPageFactory(parent=home, title="Shelter", intro="A safe home for children.")

    results = soup(client.get("/en/search/", {"q": "children"})).select(".search-results li p")

    assert sorted(result.get_text() for result in results) == [
        "A safe home for children.",
        "Twenty-five children came home.",
    ]


def test_a_common_word_shows_the_best_matches_and_asks_for_another_word(client, home, settings, monkeypatch):
    monkeypatch.setattr("pages.views.MOST_RESULTS", 3)
    for _ in range(4):
        StandardPageFactory(parent=home, intro="Children need a safe home.")

    response = client.get("/en/search/", {"q": "children"})

    assert len(result_titles(response)) == 3
    assert "The 3 pages that best match “children”. Add a word to find fewer." in visible_text(response)


# A word on thousands of pages: PostgreSQL ranks only a shortlist of them (ccpcr.search.PostgreSQLShortlist).


@pytest.fixture
def postgresql_only():
    if connection.vendor != "postgresql":
        pytest.skip("SQLite ranks every page that matches; only PostgreSQL shortlists them")


@pytest.fixture
def two_ranked(monkeypatch):
    monkeypatch.setattr("pages.views.MOST_RANKED", 2)


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("children", ["Children", "Children come home", "Shelter", "The shelter's children come home"]),
        ("children home", ["Children come home", "Shelter", "The shelter's children come home"]),
        ('"children come"', ["Children come home", "The shelter's children come home"]),
    ],
)
def test_when_no_more_pages_match_than_are_ranked_every_one_is_ranked_as_before(
    client, home, monkeypatch, query, found
):
    """On PostgreSQL, the shortlist's own ranking (`PostgreSQLShortlist.best_matches`) orders pages exactly as
    modelsearch's search does: by title, weighed by its length, and by text."""
    monkeypatch.setattr("pages.views.MOST_RANKED", 4)
    StandardPageFactory(parent=home, title="Children", slug="children", intro="Children in our care.")
    StandardPageFactory(parent=home, title="Shelter", slug="shelter", intro="A home for children, children.")
    StandardPageFactory(parent=home, title="Children come home", slug="come-home", intro="From Vietnam.")
    StandardPageFactory(
        parent=home, title="The shelter's children come home", slug="long", intro="Children come home to Svay Rieng."
    )
    _filters, terms = parse_query_string(query, operator="and")
    ranked = [page.title for page in Page.objects.live().filter(locale=home.locale).search(terms)]

    assert result_titles(client.get("/en/search/", {"q": query})) == ranked
    assert sorted(ranked) == found


def test_when_more_pages_match_than_are_ranked_those_with_the_words_in_the_shortest_titles_are(
    client, home, postgresql_only, two_ranked
):
    StandardPageFactory(parent=home, title="Children come home", slug="come-home", intro="From Vietnam.")
    StandardPageFactory(parent=home, title="Children at school in Phnom Penh", slug="school", intro="Lessons.")
    StandardPageFactory(parent=home, title="Children", slug="children", intro="In our care.")
    StandardPageFactory(parent=home, title="Shelter", slug="shelter", intro="Children, children, children.")

    assert sorted(result_titles(client.get("/en/search/", {"q": "children"}))) == ["Children", "Children come home"]


def test_when_titles_do_not_fill_the_shortlist_the_newest_other_matches_join_them(
    client, home, postgresql_only, two_ranked
):
    StandardPageFactory(parent=home, title="Children", slug="children", intro="In our care.")
    StandardPageFactory(parent=home, title="Shelter", slug="shelter", intro="Children, children, children.")
    StandardPageFactory(parent=home, title="Bavet", slug="bavet", intro="Twenty-five children came home.")

    # Ranking every match would put Shelter, which says "children" three times, before Bavet.
    assert result_titles(client.get("/en/search/", {"q": "children"})) == ["Children", "Bavet"]


def test_a_shortlisted_khmer_search_ranks_the_shortest_khmer_titles(client, home, home_km, postgresql_only, two_ranked):
    for number, title in enumerate(["កុមារត្រឡប់មកផ្ទះវិញ", "កុមារ", "កុមារនៅសាលារៀន"]):
        page = StandardPageFactory(parent=home, title=f"Page {number}", slug=f"page-{number}")
        translate(page, "km", title=title, intro="កុមារ")

    assert sorted(result_titles(client.get("/km/search/", {"q": "កុមារ"}))) == ["កុមារ", "កុមារនៅសាលារៀន"]


def test_a_shortlisted_search_makes_as_many_queries_when_titles_fill_the_shortlist_as_when_they_do_not(
    client, home, postgresql_only, two_ranked
):
    StandardPageFactory(parent=home, title="Shelter", slug="shelter", intro="Children in our care.")
    search_queries(client, "children")  # the first request of all loads the site's settings once
    text_only = search_queries(client, "children")

    StandardPageFactory(parent=home, title="Children", slug="children", intro="In our care.")
    StandardPageFactory(parent=home, title="Children come home", slug="come-home", intro="From Vietnam.")
    StandardPageFactory(parent=home, title="Children at school in Phnom Penh", slug="school", intro="Lessons.")

    assert search_queries(client, "children") == text_only
    assert sorted(result_titles(client.get("/en/search/", {"q": "children"}))) == ["Children", "Children come home"]


def test_a_second_search_of_the_same_shape_shortlists_its_own_words(client, home, postgresql_only, two_ranked):
    for title in ["Children", "Children come home", "Children at school in Phnom Penh"]:
        StandardPageFactory(parent=home, title=title, intro="In our care.")
    for title in ["Shelter", "Shelter in Poipet", "The shelter's kitchen garden"]:
        StandardPageFactory(parent=home, title=title, intro="A home for a while.")
    assert sorted(result_titles(client.get("/en/search/", {"q": "children"}))) == ["Children", "Children come home"]

    assert sorted(result_titles(client.get("/en/search/", {"q": "shelter"}))) == ["Shelter", "Shelter in Poipet"]
    assert sorted(result_titles(client.get("/en/search/", {"q": "children come"}))) == ["Children come home"]


@pytest.mark.parametrize("query", ['"children come"', "children come"])
def test_a_quoted_phrase_is_shortlisted_as_words_are(client, home, postgresql_only, monkeypatch, query):
    monkeypatch.setattr("pages.views.MOST_RANKED", 1)
    StandardPageFactory(parent=home, title="Children come home", slug="come-home", intro="From Vietnam.")
    StandardPageFactory(parent=home, title="Bavet", slug="bavet", intro="Children come home through Bavet.")
    StandardPageFactory(parent=home, title="Safety", slug="safety", intro="Children need a home to come to.")

    assert result_titles(client.get("/en/search/", {"q": query})) == ["Children come home"]


def test_khmer_is_cut_into_words_by_many_searches_at_once(monkeypatch):
    """As in a fresh web worker whose threads all search at once: the first of them opens khmercut's tagger."""
    texts = [f"កុមារ{'ការពារ' * number}សិទ្ធិ" for number in range(1, 9)]
    for _round in range(5):
        khmer_words.cache_clear()
        monkeypatch.setattr(khmercut, "tagger", None)
        barrier, failures = threading.Barrier(len(texts)), []

        def cut(text, barrier=barrier, failures=failures):
            barrier.wait()
            try:
                assert "កុមារ" in khmer_words(text)
            except Exception as error:  # noqa: BLE001 - any failure in a thread is reported below
                failures.append(error)

        threads = [threading.Thread(target=cut, args=(text,)) for text in texts]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert failures == []
