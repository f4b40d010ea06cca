from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.generic import RedirectView

from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from careers import views as careers_views
from pages import routing
from pages import views as pages_views
from pages.sitemaps import BilingualSitemap

urlpatterns = [
    # Staff log in through allauth (rate limits, second factor); Wagtail's own login form is never offered.
    path("admin/login/", RedirectView.as_view(pattern_name="account_login", query_string=True)),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": BilingualSitemap}}, name="sitemap"),
    path("robots.txt", pages_views.robots_txt, name="robots_txt"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Everything a visitor reads lives under /en/ or /km/; LocaleMiddleware sends `/` to one of them.
urlpatterns += i18n_patterns(
    path("search/", pages_views.search, name="search"),
    path("accounts/", include("allauth.urls")),
    path("careers/my-applications/", careers_views.my_applications, name="my_applications"),
    path("careers/my-applications/<int:pk>/withdraw/", careers_views.withdraw, name="withdraw_application"),
    path("careers/my-applications/<int:pk>/delete/", careers_views.delete_data, name="delete_application"),
    path("volunteer/", include("volunteers.urls")),
    path("report-a-concern/", include("safeguarding.urls")),
    # Wagtail's front-end login (for private pages) is allauth's too: one login, with its limits and MFA.
    path(
        "_util/login/",
        RedirectView.as_view(pattern_name="account_login", query_string=True),
        name="wagtailcore_login",  # Wagtail reverses it when a private page asks for a login
    ),
    # Wagtail's own URLs, but pages are served through pages/routing.py (the site and the route from what is
    # kept), under Wagtail's pattern and name.
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        wagtail_views.authenticate_with_password,
        name="wagtailcore_authenticate_with_password",
    ),
    re_path(wagtail_urls.serve_pattern, routing.serve, name="wagtail_serve"),
)

handler404 = "pages.views.page_not_found"
handler500 = "pages.views.server_error"
