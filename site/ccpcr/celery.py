"""The Celery application. Tasks live beside the models they serve (pages/tasks.py, careers/tasks.py ...)."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ccpcr.settings.production")

app = Celery("ccpcr")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
