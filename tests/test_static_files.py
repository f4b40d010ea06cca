"""Static files leave compressed and fingerprinted, so a phone downloads each one once and keeps it for good.

`collectstatic` runs here with the storage production uses (settings/base.py; dev and test serve files as
they are), on our own static/ folder only, which keeps it quick: Wagtail's admin files go the same way.
"""

import json
import re

import pytest

from django.conf import settings
from django.core.management import call_command
from django.test import Client, override_settings

from ccpcr.settings import base as production_settings

FOREVER = "max-age=315360000, public, immutable"


@pytest.fixture(scope="module")
def static_root(tmp_path_factory):
    """A STATIC_ROOT collected with the production storage, and the site set up to serve it as production does."""
    root = tmp_path_factory.mktemp("static")
    with override_settings(
        STATIC_ROOT=root,
        STORAGES={**settings.STORAGES, "staticfiles": production_settings.STORAGES["staticfiles"]},
        STATICFILES_FINDERS=["django.contrib.staticfiles.finders.FileSystemFinder"],
        WHITENOISE_AUTOREFRESH=False,
        WHITENOISE_USE_FINDERS=False,
    ):
        call_command("collectstatic", interactive=False, verbosity=0)
        yield root


def hashed_name(static_root, name):
    return json.loads((static_root / "staticfiles.json").read_text())["paths"][name]


def test_collected_files_carry_their_hash_and_compressed_copies(static_root):
    stylesheet = hashed_name(static_root, "css/site.css")
    font = hashed_name(static_root, "fonts/noto-sans-khmer-khmer-400-normal.woff2")

    assert re.fullmatch(r"css/site\.[0-9a-f]{12}\.css", stylesheet)
    assert re.fullmatch(r"fonts/noto-sans-khmer-khmer-400-normal\.[0-9a-f]{12}\.woff2", font)
    original = (static_root / stylesheet).stat().st_size
    for compressed in (f"{stylesheet}.gz", f"{stylesheet}.br"):
        assert (static_root / compressed).stat().st_size < original / 2
    # The stylesheet asks for the fonts by their hashed names, so they are kept for good too; woff2 is
    # compressed already and gets no second copy.
    assert font.removeprefix("fonts/") in (static_root / stylesheet).read_text()
    assert not (static_root / f"{font}.gz").exists()


def test_a_fingerprinted_file_is_served_compressed_and_kept_for_good(static_root, db):
    stylesheet = hashed_name(static_root, "css/site.css")
    client = Client()  # a new client sets up WhiteNoise for this STATIC_ROOT

    hashed = client.get(f"/static/{stylesheet}", HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    plain = client.get("/static/css/site.css", HTTP_ACCEPT_ENCODING="gzip")

    assert hashed.status_code == 200 and hashed["Content-Encoding"] == "br"
    assert hashed["Cache-Control"] == FOREVER
    assert plain.status_code == 200 and plain["Content-Encoding"] == "gzip"
    assert "immutable" not in plain["Cache-Control"]  # its content may change under the same name
    hashed.close(), plain.close()


def test_pages_link_the_fingerprinted_stylesheet(static_root, client, home):
    stylesheet = hashed_name(static_root, "css/site.css")
    assert f'href="/static/{stylesheet}"' in client.get("/en/").content.decode()
