"""Production: gunicorn behind a proxy, PostgreSQL, Redis, WhiteNoise. Secrets have no defaults."""

from .base import *  # noqa: F403
from .base import env

DEBUG = False
SECRET_KEY = env("DJANGO_SECRET_KEY")  # no default: a missing key stops the start
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")
DATABASES = {"default": env.db("DATABASE_URL")}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
CELERY_BROKER_URL = env("CELERY_BROKER_URL")
# Mail must really leave the building, and links in it must point at the real site.
vars().update(env.email_url("EMAIL_URL"))
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
# `__Host-` cookies are refused by browsers unless Secure, for "/" and without a Domain: no subdomain and
# no plain-HTTP page can set or overwrite them. (The other headers are set in base.py, for every setting.)
SESSION_COOKIE_NAME = "__Host-sessionid"
CSRF_COOKIE_NAME = "__Host-csrftoken"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_PATH = CSRF_COOKIE_PATH = "/"
SESSION_COOKIE_DOMAIN = CSRF_COOKIE_DOMAIN = None
# The proxy that terminates TLS appends the visitor's address to X-Forwarded-For (see README).
TRUSTED_PROXY_COUNT = ALLAUTH_TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=1)

# django-storages (S3-compatible) can replace the default storage here; see README.

# A second factor for staff is not optional in production, whatever the environment says.
STAFF_MFA_REQUIRED = True
