"""The site's WSGI application, for gunicorn (production settings unless DJANGO_SETTINGS_MODULE says otherwise).

Once it is loaded, with its URL patterns (otherwise loaded by the first request), what it has made (Django,
Wagtail and the site's code: about 210,000 objects) lives as long as the process. `gc.freeze()` takes all of
that out of the garbage collector's sight. Otherwise each full collection, every few hundred requests, looks
through it all again: 130 ms on the benchmark's machine, which the visitor whose request it falls in waits
for. After it, a full collection takes about 5 ms. (Each gunicorn worker loads the application and freezes
what it made for itself; with `--preload`, the workers share what the master froze.)
"""

import gc
import os

from django.core.wsgi import get_wsgi_application
from django.urls import get_resolver

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ccpcr.settings.production")

application = get_wsgi_application()
get_resolver().url_patterns  # noqa: B018 - loaded now, to be frozen with the rest
gc.freeze()
