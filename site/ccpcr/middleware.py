from django.conf import settings
from django.utils import translation


class AdminInDefaultLanguageMiddleware:
    """Keep the Wagtail admin in English whatever the browser asks for.

    Wagtail has no Khmer catalogue; without this, a Khmer browser would get an admin with our own
    field names in Khmer and everything else in English.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith("/admin/"):
            translation.activate(settings.LANGUAGE_CODE)
            request.LANGUAGE_CODE = settings.LANGUAGE_CODE
        return self.get_response(request)
