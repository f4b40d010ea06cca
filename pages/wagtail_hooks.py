from django.urls import path
from django.utils.translation import gettext_lazy as _

from wagtail import hooks

from pages import admin_views, safeguarding


@hooks.register("register_admin_urls")
def register_pages_admin_urls():
    return [
        path(
            "images/<int:pk>/consent-form/",
            admin_views.download_consent_document,
            name="pages_consent_document",
        ),
    ]


@hooks.register("register_log_actions")
def register_consent_log_actions(actions):
    actions.register_action(admin_views.CONSENT_DOWNLOADED, _("Download consent form"), _("Consent form downloaded"))


@hooks.register("construct_page_action_menu")
def publish_only_through_safeguarding_review(menu_items, request, context):
    """A page that needs the safeguarding review offers no Publish button: it goes live when a safeguarding
    lead approves it. The page form and the page's publish() refuse it as well; this only spares the click."""
    page = context.get("page")
    if page is not None and safeguarding.needs_review(page):
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]
