"""Settings shared by every environment.

Every value that differs between machines comes from the environment (see the table in README.md).
`dev`, `test` and `production` import this module and change only what they must.
"""

from pathlib import Path

import environ
from celery.schedules import crontab
from csp.constants import NONE, SELF, UNSAFE_INLINE

from django.utils.translation import gettext_lazy as _

from wagtail.embeds import oembed_providers

# The repository root: manage.py, pages/, templates/ ... (this file is site/ccpcr/settings/base.py).
BASE_DIR = Path(__file__).resolve().parents[3]

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env")

SECRET_KEY = env("DJANGO_SECRET_KEY", default="")
DEBUG = env.bool("DJANGO_DEBUG", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "pages",
    "notifications",
    "accounts",
    "careers",
    "volunteers",
    "audit",
    "safeguarding",
    "jobs",
    "ccpcr",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "allauth",
    "allauth.account",
    "allauth.mfa",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # site/ccpcr/security.py: CSP (looser under /admin/), Permissions-Policy, no-store on personal pages.
    "ccpcr.security.ContentSecurityPolicyMiddleware",
    "ccpcr.security.PermissionsPolicyMiddleware",
    # pages/cache.py: pages kept for anonymous visitors; inside the security headers, outside NoStore.
    "pages.cache.PageCacheMiddleware",
    "ccpcr.security.NoStoreMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # After sessions and before common: it picks the language from the /en/ or /km/ prefix,
    # and redirects `/` by the browser's Accept-Language.
    "django.middleware.locale.LocaleMiddleware",
    "ccpcr.middleware.AdminInDefaultLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "accounts.staff.StaffSecurityMiddleware",
    "pages.safeguarding.PublishingRefusedMiddleware",
    # Turns django-ratelimit's refusal into the 429 page (RATELIMIT_VIEW) in the visitor's language.
    "django_ratelimit.middleware.RatelimitMiddleware",
]

ROOT_URLCONF = "ccpcr.urls"
WSGI_APPLICATION = "ccpcr.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# SQLite in the repository's var/ folder unless DATABASE_URL says otherwise (PostgreSQL in production and CI).
DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'var' / 'db.sqlite3'}")}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=0)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Accounts (django-allauth): sign in by email, which must be verified before applying for anything.
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = "CCPCR · "
# allauth's rate limits are on by default (login failures, sign-ups, password resets, confirmation mails);
# they count in CACHES["default"], which must be shared (Redis) when there is more than one web process.
ACCOUNT_RATE_LIMITS = {
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "confirm_email": "1/3m/key",
    "reset_password": "20/m/ip,5/m/key",
}
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
# Staff log in through allauth (its rate limits, its second-factor step), never Wagtail's own form.
WAGTAILADMIN_LOGIN_URL = WAGTAIL_FRONTEND_LOGIN_URL = "account_login"
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "CCPCR"
# accounts/staff.py: staff must have a second factor before the admin opens, and their sessions end early.
STAFF_MFA_REQUIRED = env.bool("STAFF_MFA_REQUIRED", default=True)
STAFF_SESSION_IDLE_MINUTES = env.int("STAFF_SESSION_IDLE_MINUTES", default=30)
STAFF_SESSION_MAX_HOURS = env.int("STAFF_SESSION_MAX_HOURS", default=10)

# Languages. English is the default; Khmer is labelled in Khmer wherever a language is offered.
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("km", "ភាសាខ្មែរ")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["ccpcr.formats"]
USE_I18N = True
TIME_ZONE = "Asia/Phnom_Penh"
USE_TZ = True

# wagtail-localize ships only an RQ job backend; ours hands its jobs to Celery.
WAGTAILLOCALIZE_JOBS = {"BACKEND": "ccpcr.localize.CeleryJobBackend"}
WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE = "synced"
# A new Khmer translation stays a draft until an editor has translated and published it; otherwise
# Khmer readers would meet the English text of a page nobody has translated yet.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "var" / "static")
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "var" / "media")
# CVs, police checks and consent forms: never under MEDIA_ROOT, never served by URL.
PRIVATE_MEDIA_ROOT = env.path("PRIVATE_MEDIA_ROOT", default=BASE_DIR / "var" / "private")

# Mail. EMAIL_URL is e.g. smtp://user:pass@host:587 or smtp+tls://...; without it, each message is written
# as a file in var/mail/ (EMAIL_FILE_PATH), where a developer can read it.
if env("EMAIL_URL", default=""):
    vars().update(env.email_url("EMAIL_URL"))
else:
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = env.path("EMAIL_FILE_PATH", default=BASE_DIR / "var" / "mail")
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=10)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="CCPCR <no-reply@ccpcr.org.kh>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Celery. Redis (or RabbitMQ) in production; `make run` uses an embedded broker on disk.
CELERY_BROKER_URL = env("CELERY_BROKER_URL", default="redis://127.0.0.1:6379/0")
CELERY_TASK_IGNORE_RESULT = True
CELERY_TIMEZONE = TIME_ZONE
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_CONNECTION_TIMEOUT = 5
CELERY_BROKER_TRANSPORT_OPTIONS = {"socket_connect_timeout": 5, "socket_timeout": 10, "max_retries": 3}
CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_TASK_ALWAYS_EAGER", default=False)
CELERY_BEAT_SCHEDULE = {
    # Anything the broker never got, or a killed worker left half-sent, goes out within a minute.
    "notifications-sweep": {"task": "notifications.tasks.sweep", "schedule": 60.0},
    "careers-closing-tomorrow": {
        "task": "careers.tasks.announce_vacancies_closing_tomorrow",
        "schedule": crontab(hour=8, minute=0),
    },
    "careers-daily-digest": {"task": "careers.tasks.send_daily_digest", "schedule": crontab(hour=7, minute=30)},
    "careers-retention-purge": {
        "task": "careers.tasks.purge_applications_past_retention",
        "schedule": crontab(hour=2, minute=0),
    },
    "volunteers-remind-referees": {"task": "volunteers.tasks.remind_referees", "schedule": crontab(hour=9, minute=0)},
    "volunteers-retention-purge": {
        "task": "volunteers.tasks.purge_screening_records_past_retention",
        "schedule": crontab(hour=2, minute=30),
    },
    # Admin jobs' files (exports) go a day after they were made; jobs the broker or a worker lost start again.
    "jobs-tidy": {"task": "jobs.tasks.tidy_jobs", "schedule": crontab(minute="*/10")},
}
# Applications of a vacancy are deleted this many days after it closed.
CAREERS_RETENTION_DAYS = env.int("CAREERS_RETENTION_DAYS", default=180)
# Referees' links expire after this many days; unanswered referees are reminded every REMINDER_DAYS.
VOLUNTEERS_REFERENCE_LINK_DAYS = env.int("VOLUNTEERS_REFERENCE_LINK_DAYS", default=21)
VOLUNTEERS_REFERENCE_REMINDER_DAYS = env.int("VOLUNTEERS_REFERENCE_REMINDER_DAYS", default=7)
# Referees' answers and police checks of declined, withdrawn or finished volunteers are deleted this many days
# after that last change.
VOLUNTEERS_RETENTION_DAYS = env.int("VOLUNTEERS_RETENTION_DAYS", default=365)

CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://")}
if CACHES["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache":
    CACHES["default"]["BACKEND"] = "ccpcr.cache.RedisCache"  # Django's, with one client per pool (ccpcr/cache.py)
# Whether that cache is shared by every process (Redis, CACHE_URL): only then may pages and what every page shows
# be kept in it (pages/cache.py), since a publish made in one process (a Celery worker) must reach all of them.
SHARED_CACHE = bool(env("CACHE_URL", default=""))
# Public pages kept for anonymous visitors this many seconds, forgotten on every publish (pages/cache.py); 0 turns
# it off.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=600 if SHARED_CACHE else 0)

# Wagtail
WAGTAIL_SITE_NAME = "CCPCR"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "pages.SiteImage"
WAGTAILIMAGES_IMAGE_FORM_BASE = "pages.image_forms.SiteImageForm"
WAGTAILDOCS_DOCUMENT_MODEL = "pages.SiteDocument"
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# No archives (they hide what is inside from any check) and no legacy .doc/.xls/.ppt, whose macros run in
# Office; editors save those as PDF or the modern formats. SVG is no image type: it can carry script.
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "xlsx", "ods", "pptx", "csv", "txt"]
# Only PDFs open in the browser (its viewer runs no page script); everything else is downloaded. Wagtail
# sends documents with `Content-Security-Policy: default-src 'none'` and `X-Content-Type-Options: nosniff`.
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000  # larger decompresses to gigabytes: a "decompression bomb"
# Pages and documents are restricted to signed-in people or groups, never by one password passed around.
WAGTAIL_PRIVATE_PAGE_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
# The database's own full-text search, fed with Khmer cut into words and English stems (site/ccpcr/search.py).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "ccpcr.search"}}
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# Wagtail ships no Khmer catalogue, so the admin stays in English rather than half-translated.
WAGTAILADMIN_PERMITTED_LANGUAGES = [("en", "English")]
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"

DATA_UPLOAD_MAX_NUMBER_FIELDS = 2000
# Form data other than files (Django's default, stated): a request body larger than this is refused.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440

# Security headers (site/ccpcr/security.py). The public site runs no inline script or style, so its policy
# is strict; JSON-LD (`<script type="application/ld+json">`) is data that browsers never run, so CSP does
# not apply to it. Embedded videos come only from the providers the embed finder below accepts.
EMBED_ORIGINS = ["https://www.youtube.com", "https://www.youtube-nocookie.com", "https://player.vimeo.com"]
WAGTAILEMBEDS_FINDERS = [
    {"class": "wagtail.embeds.finders.oembed", "providers": [oembed_providers.youtube, oembed_providers.vimeo]}
]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF],
        "font-src": [SELF],
        "frame-src": EMBED_ORIGINS,
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# Wagtail's admin has inline scripts and styles, frames its own previews, and asks releases.wagtail.org
# whether an upgrade is out.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF, "https://releases.wagtail.org"],
        "frame-src": [SELF, *EMBED_ORIGINS],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }
}
# Staff avatars are not fetched from Gravatar, which would learn who works in the admin.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "publickey-credentials-get",
        "usb",
        "xr-spatial-tracking",
    )
}
# Django's defaults, stated: never framed except where Wagtail's previews allow their own origin, no MIME
# sniffing, the address of a page never sent to other sites, windows opened by others cut off.
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True

# Rate limits (django-ratelimit; allauth has its own). Counted in CACHES["default"] by client_ip, which
# believes X-Forwarded-For only as far as TRUSTED_PROXY_COUNT proxies of ours wrote it.
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
ALLAUTH_TRUSTED_PROXY_COUNT = TRUSTED_PROXY_COUNT  # allauth's login limits count by the same address
RATELIMIT_IP_META_KEY = "ccpcr.security.client_ip"
RATELIMIT_VIEW = "pages.views.too_many_requests"
CONTACT_FORM_RATE_LIMIT = env("CONTACT_FORM_RATE_LIMIT", default="5/h")
# Generous: several people may report from one NGO or school connection; the limit only stops floods.
CONCERN_FORM_RATE_LIMIT = env("CONCERN_FORM_RATE_LIMIT", default="20/h")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
}

# Names used in templates and mail.
ORGANISATION_NAME = _("Cambodian Center for the Protection of Children's Rights")
LOGGING["loggers"] = {"django_tasks": {"level": "WARNING"}}
