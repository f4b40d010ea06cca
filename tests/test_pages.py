"""Every page type renders in English and in Khmer, showing what a visitor came for."""

import re

import pytest

from tests.factories import (
    ContactPageFactory,
    DocumentFactory,
    DocumentLibraryPageFactory,
    FooterTextFactory,
    ImageFactory,
    NewsCategoryFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    OpportunityIndexPageFactory,
    OpportunityPageFactory,
    PartnerFactory,
    StandardPageFactory,
    StoryPageFactory,
    paragraph,
    translate,
)
from tests.reading import english_words, soup, visible_text


@pytest.fixture
def news(home, home_km):
    index = NewsIndexPageFactory(parent=home)
    return index, translate(index, "km", title="ព័ត៌មាន", intro="សកម្មភាពថ្មីៗ")


def test_home_page_shows_mission_impact_news_and_calls_to_action(client, home, news):
    index, _ = news
    volunteer = OpportunityIndexPageFactory(parent=home)
    home.hero_image = ImageFactory()
    home.impact = [("figures", [{"figure": "3,150+", "label": "children helped since 1994"}])]
    home.volunteer_text, home.volunteer_page = "Give your time to children in Cambodia.", volunteer
    home.save_revision().publish()
    NewsPageFactory(parent=index, title="33 people return from Vietnam")
    PartnerFactory(name="Winrock International")

    response = client.get("/en/")

    text = visible_text(response)
    assert "Protecting Cambodia's children since 1994" in text
    assert "3,150+ children helped since 1994" in text
    assert "33 people return from Vietnam" in text
    assert "Give your time to children in Cambodia." in text
    assert "Winrock International" in text
    assert soup(response).select_one(".hero picture source[type='image/webp']")


def test_the_home_pages_kept_news_follows_each_publish_and_unpublish_in_its_own_language(
    client, home, news, site_data_kept
):
    index, index_km = news
    bavet = NewsPageFactory(parent=index, title="33 people return through Bavet")
    translate(bavet, "km", title="មនុស្ស ៣៣ នាក់ត្រឡប់មកវិញតាមច្រកបាវិត")
    assert "33 people return through Bavet" in visible_text(client.get("/en/"))

    NewsPageFactory(parent=index, title="A new shelter in Svay Rieng")
    shown = visible_text(client.get("/en/"))
    assert "A new shelter in Svay Rieng" in shown
    assert "33 people return through Bavet" in shown

    bavet.unpublish()
    shown = visible_text(client.get("/en/"))
    assert "33 people return through Bavet" not in shown
    assert "A new shelter in Svay Rieng" in shown
    assert "មនុស្ស ៣៣ នាក់ត្រឡប់មកវិញតាមច្រកបាវិត" in visible_text(client.get("/km/"))


def test_khmer_home_page_is_entirely_in_khmer(client, home_km):
    FooterTextFactory()
    response = client.get("/km/")
    assert response.status_code == 200
    assert soup(response).html["lang"] == "km"
    assert "ការពារកុមារកម្ពុជាតាំងពីឆ្នាំ ១៩៩៤" in visible_text(response)
    assert english_words(response) == []


def test_standard_page_in_both_languages(client, home, home_km):
    about = StandardPageFactory(parent=home, title="About CCPCR", slug="about")
    translate(about, "km", title="អំពី CCPCR", intro="យើងជានរណា", body=paragraph("CCPCR ការពារកុមារ។"))

    english = visible_text(client.get("/en/about/"))
    khmer = client.get("/km/about/")

    assert "About CCPCR" in english and "CCPCR has protected children since 1994." in english
    assert "CCPCR ការពារកុមារ។" in visible_text(khmer)
    assert english_words(khmer) == []


def test_news_index_lists_articles_newest_first_with_pagination(client, home, news):
    index, _ = news
    for day in range(1, 13):
        NewsPageFactory(parent=index, title=f"Article of day {day}", date=f"2025-01-{day:02d}")

    first = visible_text(client.get("/en/news/"))
    second = visible_text(client.get("/en/news/?page=2"))

    assert first.index("Article of day 12") < first.index("Article of day 3")
    assert "Article of day 2" not in first and "Article of day 2" in second
    assert "Page 2 of 2" in second


def test_news_index_survives_a_nonsense_page_number(client, news):
    response = client.get("/en/news/?page=abc%00")
    assert response.status_code == 200


def test_news_index_filters_by_category_and_tag(client, home, news):
    index, _ = news
    repatriation = NewsCategoryFactory()
    NewsPageFactory(parent=index, title="Return through Bavet", category=repatriation)
    tagged = NewsPageFactory(parent=index, title="Chicken raising training")
    tagged.tags.add("livelihoods")
    tagged.save_revision().publish()

    by_category = visible_text(client.get("/en/news/?category=repatriation"))
    by_tag = visible_text(client.get("/en/news/?tag=livelihoods"))

    assert "Return through Bavet" in by_category and "Chicken raising training" not in by_category
    assert "Chicken raising training" in by_tag and "Return through Bavet" not in by_tag


def test_news_article_shows_date_category_photo_caption_credit_and_documents(client, home, news):
    index, _ = news
    report = DocumentFactory(title="Annual report 2024")
    article = NewsPageFactory(
        parent=index,
        title="33 people return from Vietnam",
        category=NewsCategoryFactory(),
        lead_image=ImageFactory(credit="Sokha Chan"),
        lead_image_caption="Staff welcome families at the Bavet transit centre",
        related_documents=[("document", report)],
    )

    response = client.get(article.url)

    text = visible_text(response)
    assert "4 November 2025" in text
    assert "Repatriation" in text
    assert "Staff welcome families at the Bavet transit centre" in text
    assert "Photo: Sokha Chan" in text
    assert "Annual report 2024" in text and "PDF" in text
    assert soup(response).select_one('meta[property="og:image"]')["content"].startswith("http")


def test_khmer_news_article_dates_and_labels_are_khmer(client, home, news):
    index, index_km = news
    article = NewsPageFactory(parent=index)
    translate(article, "km", title="កុមារត្រឡប់មកផ្ទះវិញ", intro="កុមារ ២៥ នាក់", body=paragraph("បុគ្គលិកស្វាគមន៍ពួកគេ។"))

    response = client.get(f"/km/news/{article.slug}/")

    assert "វិច្ឆិកា" in visible_text(response)  # November
    assert english_words(response) == []


def test_case_story_names_the_child_only_by_case_code(client, home, news):
    index, _ = news
    story = StoryPageFactory(parent=index, case_code="DV 009")
    text = visible_text(client.get(story.url))
    assert "Case story · DV 009" in text


def test_case_code_must_look_like_a_case_code(home, news):
    from django.core.exceptions import ValidationError

    index, _ = news
    story = StoryPageFactory.build(case_code="Srey Mom", title="A story", slug="a-story")
    with pytest.raises(ValidationError) as error:
        index.add_child(instance=story)
    assert "case_code" in error.value.message_dict


def test_rss_and_atom_feeds_list_articles_in_the_index_language(client, home, news):
    index, index_km = news
    article = NewsPageFactory(parent=index, title="Children return home")
    translate(article, "km", title="កុមារត្រឡប់មកផ្ទះវិញ")

    rss = client.get("/en/news/feed/")
    atom = client.get("/km/news/feed/atom/")

    assert rss["Content-Type"].startswith("application/rss+xml")
    assert b"<title>Children return home</title>" in rss.content
    assert b"<language>en</language>" in rss.content
    assert atom["Content-Type"].startswith("application/atom+xml")
    assert 'xml:lang="km"' in atom.content.decode()
    assert "កុមារត្រឡប់មកផ្ទះវិញ" in atom.content.decode()


def test_document_library_shows_type_size_and_filters(client, home):
    library = DocumentLibraryPageFactory(parent=home)
    DocumentFactory(title="Annual report 2023", year=2023)
    DocumentFactory(title="Child protection policy", category="policy", language="both", year=2024)
    DocumentFactory(title="Newsletter in Khmer", category="newsletter", language="km", year=2024)

    def listed(query=""):
        response = client.get(library.url + query)
        assert response.status_code == 200
        return [title.get_text(strip=True) for title in soup(response).select(".documents .document-link__title")]

    first = soup(client.get(library.url)).select_one(".documents .document-link__meta").get_text()
    assert "PDF" in first and "KB" in first
    assert listed("?category=policy") == ["Child protection policy"]
    assert sorted(listed("?language=km")) == ["Child protection policy", "Newsletter in Khmer"]
    assert listed("?year=2023") == ["Annual report 2023"]
    assert len(listed("?year=<script>&category=x&language=fr")) == 3


def test_document_library_hides_documents_of_restricted_collections(client, home):
    from wagtail.models import Collection, CollectionViewRestriction

    root = Collection.get_first_root_node()
    private = root.add_child(name="Board papers")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    DocumentFactory(title="Board minutes", collection=private)
    library = DocumentLibraryPageFactory(parent=home)

    assert "Board minutes" not in visible_text(client.get(library.url))


def test_document_download_is_served_as_pdf(client, db):
    document = DocumentFactory()
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content).startswith(b"%PDF-")


def test_contact_page_shows_its_form(client, home):
    contact = ContactPageFactory(parent=home)
    page = soup(client.get(contact.url))
    labels = [label.get_text(" ", strip=True) for label in page.select("form label")]
    assert "Your email (required)" in labels


def test_volunteer_opportunities_render(client, home):
    volunteer = OpportunityIndexPageFactory(parent=home)
    OpportunityPageFactory(parent=volunteer)
    assert "Child club facilitator" in visible_text(client.get("/en/volunteer/"))


def test_khmer_case_story_opportunity_and_contact_pages_are_in_khmer(client, home, news, home_km):
    from wagtail.rich_text import RichText

    index, _ = news
    story = StoryPageFactory(parent=index)
    translate(story, "km", title="ការអប់រំល្អ ជីវិតល្អ", intro="DV 009 រស់នៅជម្រក", body=paragraph("សូមអរគុណ"))
    volunteer = OpportunityIndexPageFactory(parent=home)
    opportunity = OpportunityPageFactory(parent=volunteer)
    translate(volunteer, "km", title="ស្ម័គ្រចិត្ត", intro="")
    translate(
        opportunity,
        "km",
        title="អ្នកសម្របសម្រួលក្លឹបកុមារ",
        intro="ជួយក្លឹបកុមារ",
        role="ដឹកនាំល្បែង",
        place="ស្រុកបារាយណ៍",
        duration="ប្រាំមួយខែ",
        minimum_commitment="មួយរសៀលក្នុងមួយសប្ដាហ៍",
    )
    contact = ContactPageFactory(parent=home)
    contact_km = translate(
        contact, "km", title="ទំនាក់ទំនងយើង", intro=RichText("<p>សរសេរមកយើង</p>"), thank_you_text=RichText("<p>អរគុណ</p>")
    )
    for field in contact_km.form_fields.all():
        field.label = "ឈ្មោះ"
        field.save()

    for path in (f"/km/news/{story.slug}/", "/km/volunteer/", f"/km/volunteer/{opportunity.slug}/", "/km/contact/"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert english_words(response, names=["DV"]) == [], path
    badge = soup(client.get(f"/km/news/{story.slug}/")).select_one(".badge").get_text()
    assert "DV 009" in badge and re.search("[\u1780-\u17ff]", badge)


@pytest.mark.parametrize("path", ["/en/", "/en/news/", "/km/news/", "/en/documents/", "/en/search/?q=children"])
def test_public_pages_take_the_same_number_of_queries_with_more_content(client, home, news, path):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    index, _ = news
    DocumentLibraryPageFactory(parent=home)

    def queries():
        client.get(path)  # warm caches shared by every request
        with CaptureQueriesContext(connection) as captured:
            assert client.get(path).status_code == 200
        return len(captured)

    NewsPageFactory(parent=index, lead_image=ImageFactory())
    DocumentFactory()
    with_little = queries()
    for _ in range(8):
        NewsPageFactory(parent=index, lead_image=ImageFactory(), category=NewsCategoryFactory())
        DocumentFactory()
        PartnerFactory()
    assert queries() == with_little
