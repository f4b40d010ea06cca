from django.urls import path

from wagtail import hooks

from jobs.views import download, progress, status


@hooks.register("register_admin_urls")
def register_job_urls():
    return [
        path("jobs/<int:pk>/", progress, name="jobs_progress"),
        path("jobs/<int:pk>/status/", status, name="jobs_status"),
        path("jobs/<int:pk>/file/", download, name="jobs_download"),
    ]
