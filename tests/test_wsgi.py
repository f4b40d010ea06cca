"""The WSGI application gunicorn serves (ccpcr/wsgi.py): loaded whole, then out of the garbage collector's sight."""

import os
import subprocess
import sys

from django.conf import settings

LOAD = """
import gc, sys
import ccpcr.wsgi
print(gc.get_freeze_count(), "ccpcr.urls" in sys.modules)
"""


def test_the_application_is_loaded_with_its_url_patterns_and_frozen():
    result = subprocess.run(  # noqa: S603 - our own interpreter and arguments
        [sys.executable, "-c", LOAD],
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "ccpcr.settings.test"},
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )

    frozen, urls_loaded = result.stdout.split()
    assert int(frozen) > 100_000  # Django, Wagtail and the site's code: no full collection looks at them again
    assert urls_loaded == "True"
