"""The volunteers' own pages under /<lang>/volunteer/, beside the opportunity pages Wagtail serves there
(OpportunityPage refuses these slugs)."""

from django.urls import path

from volunteers import views

urlpatterns = [
    path("profile/", views.profile, name="volunteer_profile"),
    path("my-applications/", views.my_volunteering, name="my_volunteering"),
    path("my-applications/<int:pk>/withdraw/", views.withdraw, name="withdraw_volunteer_application"),
    path("my-applications/<int:pk>/delete/", views.delete_application, name="delete_volunteer_application"),
    path("my-applications/delete-everything/", views.delete_data, name="delete_volunteer_data"),
    path("policy/", views.policy, name="child_protection_policy"),
    path("reference/<str:token>/", views.reference, name="reference"),
]
