"""The public pages under /<lang>/report-a-concern/."""

from django.urls import path

from safeguarding import views

urlpatterns = [
    path("", views.report, name="report_concern"),
    path("thank-you/", views.thanks, name="report_concern_thanks"),
]
