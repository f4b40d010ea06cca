"""Settings of a Celery worker that a test starts in another process (tests/real_services.py)."""

import os

from ccpcr.settings.test import *  # noqa: F403
from ccpcr.settings.test import DATABASES

DATABASES["default"]["NAME"] = os.environ["WORKER_DATABASE_NAME"]
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "127.0.0.1"
EMAIL_PORT = int(os.environ["WORKER_SMTP_PORT"])
CELERY_TASK_ALWAYS_EAGER = False
