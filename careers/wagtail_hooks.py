from django.urls import path

from wagtail import hooks

from careers import dashboard
from careers.admin_views import add_note, application_viewset, bulk_move, download_document, move_application


@hooks.register("register_admin_viewset")
def register_application_viewset():
    return application_viewset


@hooks.register("register_admin_urls")
def register_careers_admin_urls():
    return [
        path("careers/documents/<int:pk>/", download_document, name="careers_download_document"),
        path("careers/applications/<int:pk>/move/", move_application, name="careers_move_application"),
        path("careers/applications/<int:pk>/notes/", add_note, name="careers_add_note"),
        path("careers/applications/move/", bulk_move, name="careers_bulk_move"),
    ]


@hooks.register("construct_homepage_panels")
def add_hr_dashboard_panels(request, panels):
    """HR's charts on the dashboard, for HR only (careers/dashboard.py)."""
    dashboard.add_panels(request, panels)
