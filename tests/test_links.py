"""`{% pageurl %}` from `{% load links %}` gives the address Wagtail's own tag gives, and a new one whenever
what an address follows from changes (pages/templatetags/links.py)."""

import re
from pathlib import Path

import pytest

from django.conf import settings
from django.template import engines
from django.test import RequestFactory
from django.utils import translation

from wagtail.models import Page, Site

from ccpcr.kept import Kept
from pages.templatetags import links
from tests.factories import StandardPageFactory, publish, translate


def address(library, page, host="localhost"):
    """What `{% pageurl page %}` writes, with `library` loaded after Wagtail's tags (or Wagtail's alone)."""
    template = engines["django"].from_string(f"{{% load wagtailcore_tags {library} %}}{{% pageurl page %}}")
    return template.render({"page": page}, RequestFactory().get("/", HTTP_HOST=host))


@pytest.fixture(autouse=True)
def nothing_kept(monkeypatch):
    monkeypatch.setattr(links, "_kept", Kept(links.MOST))


@pytest.fixture
def shelter(home):
    return StandardPageFactory(parent=home, title="Shelter", slug="shelter")


def test_an_address_is_what_wagtail_writes_in_either_language(home_km, shelter):
    shelter_km = translate(shelter, "km", title="មណ្ឌលស្នាក់នៅ")

    for page in (home_km.get_parent().specific, shelter, home_km, shelter_km, Page.objects.get(pk=shelter_km.pk)):
        for language in ("en", "km"):
            with translation.override(language):
                assert address("links", page) == address("", page)
                assert address("links", page) == address("", page)  # and once kept

    assert address("links", shelter) == "/en/shelter/"
    assert address("links", shelter_km) == "/km/shelter/"


def test_a_renamed_page_is_given_its_new_address(shelter):
    assert address("links", shelter) == "/en/shelter/"

    shelter.slug = "phnom-penh-shelter"
    publish(shelter)
    renamed = Page.objects.get(pk=shelter.pk)

    assert address("links", renamed) == "/en/phnom-penh-shelter/"
    assert address("links", renamed) == address("", renamed)


def test_a_page_made_the_root_of_another_site_is_given_that_sites_address(shelter):
    other = "shelter.example.org"
    assert address("links", shelter, host=other) == "/en/shelter/"  # an unknown host is the default site

    Site.objects.create(hostname=other, port=80, root_page=shelter, site_name="Shelter")
    shelter = Page.objects.get(pk=shelter.pk)

    assert address("links", shelter, host=other) == address("", shelter, host=other)
    assert address("links", shelter, host=other) != "/en/shelter/"
    assert address("links", shelter) == address("", shelter)


def test_a_new_address_of_a_site_gives_its_pages_new_addresses_seen_from_another_site(home, shelter):
    other = "shelter.example.org"
    Site.objects.create(hostname=other, port=80, root_page=shelter, site_name="Shelter")
    about = StandardPageFactory(parent=home, title="About us", slug="about")
    assert address("links", about, host=other) == "http://localhost/en/about/"

    Site.objects.filter(is_default_site=True).update(hostname="ccpcr.org.kh")
    Site.clear_site_root_paths_cache()  # as saving a site in the admin does

    assert address("links", about, host=other) == "http://ccpcr.org.kh/en/about/"


def test_a_page_outside_every_site_has_no_address(home):
    elsewhere = StandardPageFactory(parent=Page.get_first_root_node(), title="Elsewhere", slug="elsewhere")

    assert address("links", elsewhere) == address("", elsewhere) == "None"
    assert links._kept == {}


def test_every_template_that_writes_page_addresses_uses_the_kept_ones():
    templates = Path(settings.BASE_DIR, "templates")
    for template in templates.rglob("*.html"):
        text = template.read_text()
        if "{% pageurl" not in text:
            continue
        loads = " ".join(re.findall(r"{% load ([^%]*) %}", text)).split()
        assert "links" in loads, template
        assert loads.index("links") > loads.index("wagtailcore_tags"), template
