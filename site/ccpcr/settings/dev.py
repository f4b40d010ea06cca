"""Local development: `make run`. Debug on, mail to files in var/mail/, an embedded broker on disk."""

from .base import *  # noqa: F403
from .base import BASE_DIR, env

DEBUG = env.bool("DJANGO_DEBUG", default=True)
SECRET_KEY = env("DJANGO_SECRET_KEY", default="dev-only-not-secret")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default=f"http://127.0.0.1:{env.int('PORT', default=8000)}")

# No Redis needed: kombu's filesystem transport passes messages through var/broker/ between the
# web process, the worker and beat. CELERY_BROKER_URL still wins when it is set.
_broker_dir = BASE_DIR / "var" / "broker"
CELERY_BROKER_URL = env("CELERY_BROKER_URL", default="filesystem://")
# The demo staff accounts open the admin without an authenticator app; STAFF_MFA_REQUIRED=true tries it.
STAFF_MFA_REQUIRED = env.bool("STAFF_MFA_REQUIRED", default=False)
if CELERY_BROKER_URL == "filesystem://":
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(_broker_dir),
        "data_folder_out": str(_broker_dir),
        "processed_folder": str(_broker_dir / "processed"),
        "control_folder": str(_broker_dir / "control"),  # kombu's default is ./control, beside manage.py
        "store_processed": False,
    }

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Serve static files straight from the apps and static/, no collectstatic needed.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
