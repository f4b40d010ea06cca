from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = _("Public content")

    def ready(self):
        from pages.cache import connect_signals

        connect_signals()  # publishing and editing forget the pages kept for anonymous visitors
