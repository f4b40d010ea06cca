from django.urls import path

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from volunteers import admin_views, dashboard

register_snippet(admin_views.ChildProtectionPolicyViewSet)


@hooks.register("register_admin_viewset")
def register_volunteer_application_viewset():
    return admin_views.application_viewset


@hooks.register("register_admin_urls")
def register_volunteers_admin_urls():
    prefix = "volunteers/applications/<int:pk>"
    return [
        path(f"{prefix}/move/", admin_views.move, name="volunteers_move"),
        path(f"{prefix}/notes/", admin_views.add_note, name="volunteers_add_note"),
        path(f"{prefix}/interview/", admin_views.record_interview, name="volunteers_record_interview"),
        path(f"{prefix}/police-check/", admin_views.download_police_check, name="volunteers_download_police_check"),
        path(f"{prefix}/police-check/verify/", admin_views.verify_police_check, name="volunteers_verify_police_check"),
        path(
            f"{prefix}/referees/<int:referee_pk>/review/",
            admin_views.review_reference,
            name="volunteers_review_reference",
        ),
        path(
            f"{prefix}/referees/<int:referee_pk>/new-link/",
            admin_views.renew_reference_link,
            name="volunteers_renew_reference_link",
        ),
    ]


@hooks.register("construct_homepage_panels")
def add_coordinator_dashboard_panels(request, panels):
    """Coordinators' charts on the dashboard, for them only (volunteers/dashboard.py)."""
    dashboard.add_panels(request, panels)
