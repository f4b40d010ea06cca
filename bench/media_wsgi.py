"""The site's own WSGI application (ccpcr.wsgi) for the benchmark's gunicorn, with /media/ served beside it.

In production the proxy serves uploaded images from MEDIA_ROOT and Django never sees those requests; here there
is no proxy, so WhiteNoise stands in for it, only under MEDIA_URL, so that Lighthouse's browser gets the
article's photos as a visitor's would. Every other request goes to ccpcr.wsgi untouched. `autorefresh` finds
renditions made after the server started.
"""

from whitenoise import WhiteNoise

from django.conf import settings

from ccpcr.wsgi import application as site

application = WhiteNoise(site, root=settings.MEDIA_ROOT, prefix=settings.MEDIA_URL, autorefresh=True)
