"""`manage.py seed_demo` builds the bilingual demo site, and a second run creates nothing new."""

import pytest

from django.core.management import call_command

from wagtail.models import Page

from pages.models import NewsPage, SiteDocument, SiteImage, StoryPage
from tests.reading import english_words

# Names the Khmer demo content writes in Latin letters, as Khmer writers do.
NAMES_IN_CONTENT = ["USAID", "CTIP", "Winrock International", "LT", "DV"]


def counts():
    return {
        "pages": Page.objects.count(),
        "images": SiteImage.objects.count(),
        "documents": SiteDocument.objects.count(),
    }


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_seed_demo_builds_both_languages_and_is_idempotent(client):
    call_command("seed_demo")
    first = counts()
    call_command("seed_demo")

    assert counts() == first
    assert NewsPage.objects.filter(locale__language_code="en").not_type(StoryPage).count() >= 6
    assert StoryPage.objects.filter(locale__language_code="km").count() == 2
    assert first["documents"] >= 4
    khmer = Page.objects.filter(locale__language_code="km", depth__gt=1)
    english = Page.objects.filter(locale__language_code="en", depth__gt=1)
    assert khmer.count() == english.count()
    assert all(page.live for page in khmer)

    home = client.get("/km/")
    assert home.status_code == 200
    assert english_words(home, NAMES_IN_CONTENT) == []
    for path in ("/km/news/", "/km/documents/", "/km/careers/", "/km/volunteer/", "/km/contact/", "/km/about/"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert english_words(response, NAMES_IN_CONTENT) == [], path
    report = SiteDocument.objects.first()
    assert client.get(report.url)["Content-Type"] == "application/pdf"
