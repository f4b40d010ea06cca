from django.urls import path

from wagtail import hooks

from safeguarding import admin_views


@hooks.register("register_admin_viewset")
def register_concern_viewset():
    return admin_views.concern_viewset


@hooks.register("register_admin_urls")
def register_safeguarding_admin_urls():
    return [path("safeguarding/concerns/<int:pk>/handle/", admin_views.handle, name="safeguarding_handle")]
