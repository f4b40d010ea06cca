"""`{% picture %}` from `{% load images %}` writes what Wagtail's own tag writes, and a new picture whenever
the image's renditions change (pages/templatetags/images.py)."""

import pytest
from bs4 import BeautifulSoup

from django.template import engines

from tests.factories import ImageFactory

TAG = 'picture photo format-{webp,jpeg} fill-{400x225,800x450} sizes="100vw" alt=alt loading="lazy"'


def soup(html):
    return BeautifulSoup(html, "html.parser")


def render(library, photo, alt=""):
    template = engines["django"].from_string(f"{{% load {library} %}}{{% {TAG} %}}")
    return template.render({"photo": photo, "alt": alt})


@pytest.fixture
def photo(db):
    return ImageFactory(width=1600, height=900)


def test_a_picture_is_what_wagtail_writes_each_time(photo):
    first = render("images", photo)

    assert first == render("wagtailimages_tags", photo)
    assert render("images", photo) == first
    assert [source["type"] for source in soup(first).select("source")] == ["image/webp"]
    assert soup(first).select_one("img")["loading"] == "lazy"


def test_other_attributes_give_another_picture(photo):
    render("images", photo, alt="")

    described = render("images", photo, alt="Children at the Phnom Penh shelter")

    assert soup(described).select_one("img")["alt"] == "Children at the Phnom Penh shelter"


def test_a_new_focal_point_gives_new_renditions_and_a_new_picture(photo):
    before = render("images", photo)

    photo.focal_point_x, photo.focal_point_y, photo.focal_point_width, photo.focal_point_height = 1200, 450, 200, 200
    photo.save()
    after = render("images", photo)

    assert after != before
    assert after == render("wagtailimages_tags", photo)


def test_nothing_is_written_without_an_image():
    assert render("images", None) == ""
