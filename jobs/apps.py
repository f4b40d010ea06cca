from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules


class JobsConfig(AppConfig):
    name = "jobs"
    verbose_name = "Admin jobs"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Each app says what its jobs do in its own `admin_jobs.py` (careers/admin_jobs.py). A Celery worker
        # never loads the admin's hooks, so the kinds are found here, in every process alike.
        autodiscover_modules("admin_jobs")
