"""pytest: SQLite in memory unless DATABASE_URL is set (CI sets PostgreSQL), mail kept in memory."""

from .base import *  # noqa: F403
from .base import BASE_DIR, env

SECRET_KEY = "test-only-not-secret"
DEBUG = False
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]

DATABASES = {"default": env.db("DATABASE_URL", default="sqlite://:memory:")}

EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Tests see each change at once; tests/test_page_cache.py turns the page cache on.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=0)
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # fast hashing; tests only
# Tests log staff in with force_login; tests/test_staff_security.py turns the second factor on.
STAFF_MFA_REQUIRED = False

# Tasks run in the calling process unless a test starts a real worker (tests/real_services.py), which
# uses its own Redis database so it never meets a development worker's messages.
CELERY_TASK_ALWAYS_EAGER = True
CELERY_BROKER_URL = env("TEST_CELERY_BROKER_URL", default="redis://127.0.0.1:6379/15")
CELERY_TASK_EAGER_PROPAGATES = True

MEDIA_ROOT = BASE_DIR / "var" / "test-media"
PRIVATE_MEDIA_ROOT = BASE_DIR / "var" / "test-private"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"

# Serve static files straight from the apps and static/, no collectstatic needed.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
