"""Every public page costs the same number of database queries whether it shows 3 things or 30.

A page that asks the database once more for every article, document, partner or photo gets slower as CCPCR
publishes more; one that asks a fixed number of times does not. Each page is measured with FEW of everything
it lists or shows (articles with lead photos, stories, documents, vacancies open and closed, opportunities,
partners with logos, menu entries; photos, documents, calls to action, related documents and tags in the
article, the story and the standard page), then again with MANY, in English and in Khmer.

Wagtail keeps renditions in the cache as well as the database. Here that cache keeps nothing, so a photo shown
twice costs what two photos cost (the items share a few photos, which keeps the test quick), and the rest of
the cache is emptied before each measured request: the count is what a visitor costs when the cache is cold.
"""

import datetime

import pytest

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.rich_text import RichText

from pages.demo.review import publish
from pages.models import SiteDocument
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
    VacancyIndexPageFactory,
    VacancyPageFactory,
    translate,
)

FEW, MANY = 3, 30

# Every public page type, by its address under /<language>/.
PAGES = {
    "home": "",
    "news index": "news/",
    "news article": "news/children-return-home/",
    "case story": "news/better-education/",
    "standard page": "about/",
    "document library": "documents/",
    "vacancy index": "careers/",
    "vacancy": "careers/social-worker/",
    "opportunity index": "volunteer/",
    "opportunity": "volunteer/child-club/",
    "contact page": "contact/",
    # Results of one page type: `specific()` costs a query per page type among the results (at most as many
    # as there are page types), not per result; one type keeps the count comparable.
    "search results": "search/?q=repatriation",
}


def queries_of(client, path):
    """Database queries of one request for `path`, after a first request has made any missing renditions."""
    assert client.get(path).status_code == 200, path
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200, path
    return len(queries)


def queries_of_every_page(client, language):
    return {name: queries_of(client, f"/{language}/{path}") for name, path in PAGES.items()}


class Site:
    """The pages of PAGES in English and Khmer, and `add(count)` to give each of them `count` more things."""

    def __init__(self, home, home_km):
        self.homes = {"en": home, "km": home_km}
        news = NewsIndexPageFactory(parent=home)
        self.news = {"en": news, "km": translate(news, "km", title="ព័ត៌មាន")}
        category = NewsCategoryFactory()
        self.categories = {"en": category, "km": translate(category, "km", name="ការធ្វើមាតុភូមិនិវត្តន៍")}
        article = NewsPageFactory(
            parent=news, slug="children-return-home", category=category, lead_image=ImageFactory()
        )
        self.articles = {"en": article, "km": translate(article, "km", title="កុមារត្រឡប់មកផ្ទះវិញ")}
        story = StoryPageFactory(parent=news, slug="better-education", lead_image=ImageFactory())
        self.story = {"en": story, "km": translate(story, "km", title="ការអប់រំល្អ ជីវិតល្អ")}
        about = StandardPageFactory(parent=home, slug="about", lead_image=ImageFactory(), show_in_menus=True)
        self.about = {"en": about, "km": translate(about, "km", title="អំពីយើង")}
        library = DocumentLibraryPageFactory(parent=home)
        translate(library, "km", title="ឯកសារ")
        careers = VacancyIndexPageFactory(parent=home)
        self.careers = {"en": careers, "km": translate(careers, "km", title="ការងារ")}
        translate(VacancyPageFactory(parent=careers, slug="social-worker"), "km", title="បុគ្គលិកសង្គម")
        volunteering = OpportunityIndexPageFactory(parent=home)
        self.volunteering = {"en": volunteering, "km": translate(volunteering, "km", title="ស្ម័គ្រចិត្ត")}
        opportunity = OpportunityPageFactory(parent=volunteering, slug="child-club")
        translate(opportunity, "km", title="អ្នកសម្របសម្រួលក្លឹបកុមារ")
        translate(ContactPageFactory(parent=home), "km", title="ទំនាក់ទំនង")
        for locale in (home.locale, home_km.locale):
            FooterTextFactory(locale=locale)
        self.count = 0
        self.images = []
        self.add(FEW)

    def add(self, count):
        """`count` more of everything every page lists or shows, in both languages."""
        numbers = range(self.count, self.count + count)
        self.count += count
        for number in numbers:
            DocumentFactory(title=f"Report {number}")
            for language, home in self.homes.items():
                NewsPageFactory(
                    parent=self.news[language],
                    title=f"Children return home {language} {number}",
                    intro="Twenty-five children came home through Bavet: a repatriation.",
                    lead_image=self.image(number),
                    category=self.categories[language],
                )
                StoryPageFactory(
                    parent=self.news[language], title=f"Story {language} {number}", lead_image=self.image(number)
                )
                VacancyPageFactory(parent=self.careers[language], title=f"Vacancy {language} {number}")
                VacancyPageFactory(
                    parent=self.careers[language],
                    title=f"Closed vacancy {language} {number}",
                    closing_date=datetime.date(2024, 1, 1),
                )
                OpportunityPageFactory(parent=self.volunteering[language], title=f"Opportunity {language} {number}")
                PartnerFactory(name=f"Partner {language} {number}", logo=self.image(number), locale=home.locale)
                StandardPageFactory(parent=home, title=f"Programme {language} {number}", show_in_menus=True)
        self._fill_bodies()

    def image(self, number):
        """One of three photos: every item still loads its own image, and renditions are made only once."""
        if len(self.images) < 3:
            self.images.append(ImageFactory())
        return self.images[number % len(self.images)]

    def _fill_bodies(self):
        """As many photos, paragraphs, documents, calls to action (to the English page, which leads to its
        translation on a Khmer page) and tags in the article, the story and the standard page."""
        documents = list(SiteDocument.objects.order_by("pk"))
        for pages in (self.articles, self.story, self.about):
            for page in pages.values():
                page = type(page).objects.get(pk=page.pk)
                page.body = [
                    block
                    for number in range(self.count)
                    for block in [
                        ("image", {"image": self.image(number), "caption": f"Photo {number}"}),
                        ("paragraph", RichText(f"<p>Paragraph {number}.</p>")),
                        ("document", {"document": documents[number], "title": ""}),
                        (
                            "call_to_action",
                            {
                                "heading": "Volunteer",
                                "text": "",
                                "page": self.volunteering["en"],
                                "button_label": "Join us",
                            },
                        ),
                    ]
                ]
                if hasattr(page, "related_documents"):
                    page.related_documents = [("document", document) for document in documents]
                    page.tags.set([f"tag-{number}" for number in range(self.count)])
                page.save_revision()
                publish(page)


@pytest.fixture
def site(home, home_km, settings):
    settings.CACHES = {**settings.CACHES, "renditions": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    return Site(home, home_km)


@pytest.mark.parametrize("language", ["en", "km"])
def test_every_public_page_costs_the_same_queries_with_3_or_30_of_everything(client, site, language):
    with_few = queries_of_every_page(client, language)
    site.add(MANY - FEW)
    with_many = queries_of_every_page(client, language)
    assert with_many == with_few
