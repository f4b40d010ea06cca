import pytest

from django.conf import settings
from django.core.cache import cache
from django.utils import translation

from wagtail.models import Locale, Page, Site

from pages.models import ContactDetails
from tests.factories import (
    ChildProtectionPolicyFactory,
    HomePageFactory,
    OpportunityIndexPageFactory,
    OpportunityPageFactory,
    VolunteerProfileFactory,
    translate,
)


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"


@pytest.fixture
def locales(db):
    english, _ = Locale.objects.get_or_create(language_code="en")
    khmer, _ = Locale.objects.get_or_create(language_code="km")
    return {"en": english, "km": khmer}


@pytest.fixture
def home(locales):
    """An English home page as the default site's root, in place of Wagtail's welcome page."""
    root = Page.get_first_root_node()
    Page.objects.filter(depth=2).delete()
    root.refresh_from_db()
    home = HomePageFactory(parent=root)
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "CCPCR"}
    )
    return home


@pytest.fixture
def home_km(home):
    return translate(
        home,
        "km",
        title="ទំព័រដើម",
        hero_heading="ការពារកុមារកម្ពុជាតាំងពីឆ្នាំ ១៩៩៤",
        hero_text="យើងការពារកុមារពីការជួញដូរ ការកេងប្រវ័ញ្ច និងការរំលោភបំពាន។",
    )


@pytest.fixture(autouse=True)
def empty_cache_between_tests():
    """Rate limits count in the cache; one test's posts must not use up the next test's allowance."""
    cache.clear()


@pytest.fixture
def site_data_kept(settings):
    """What every page shows kept in the shared cache (pages/cache.py, `site_data`), the page cache off: pages
    are made afresh, from what is kept."""
    settings.PAGE_CACHE_SECONDS = 0
    settings.SHARED_CACHE = True


@pytest.fixture
def site_settings(home):
    """The site's settings (contact details), made now: Wagtail makes them the first time a page reads them, and
    making them forgets every kept page and everything kept with the site's data."""
    return ContactDetails.for_site(Site.objects.get(is_default_site=True))


@pytest.fixture(autouse=True)
def english_between_tests():
    """A request under /km/ leaves Khmer active in this thread; each test starts in the default language."""
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def volunteering(home):
    """The volunteering index, /en/volunteer/."""
    return OpportunityIndexPageFactory(parent=home)


@pytest.fixture
def opportunity(volunteering):
    """An open opportunity with direct contact with children, /en/volunteer/child-club/."""
    return OpportunityPageFactory(parent=volunteering, slug="child-club", child_contact="direct")


@pytest.fixture
def policy(locales):
    """The child-protection policy in force, version 2026-1."""
    return ChildProtectionPolicyFactory()


@pytest.fixture
def volunteer(db):
    """Sophea Chan, with a verified address and a volunteer profile."""
    return VolunteerProfileFactory(user__email="sophea@example.org").user
