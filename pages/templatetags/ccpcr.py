"""Template tags shared by every public template: the language switcher, hreflang links, footer data."""

import json

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import translate_url
from django.utils import translation
from django.utils.html import _json_script_escapes as _JSON_SCRIPT_ESCAPES
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from wagtail.models import Page

from pages.cache import site_data, site_data_in_language
from pages.languages import current_site, home_page
from pages.models import ContactDetails, FooterText, Partner

register = template.Library()


@register.simple_tag(takes_context=True)
def language_versions(context):
    """One entry per language: where the switcher leads for the current page, and whether it is a translation.

    For a Wagtail page this is its live translation; when there is none, that language's home page.
    For other views (search, 404) it is the same address under the other language prefix.
    """
    request = context["request"]
    page = context.get("page")
    current = translation.get_language()
    # The head (hreflang links) and the switcher both ask: work it out once per request.
    remembered = getattr(request, "_language_versions", {})
    key = (page.pk if isinstance(page, Page) else None, current)
    if key not in remembered:
        if isinstance(page, Page) and page.pk:  # the same for every visitor until something is published
            remembered[key] = site_data(
                request, f"versions:{page.pk}:{current}", lambda: _language_versions(request, page, current)
            )
        else:  # search, 404: the visitor's own address under the other prefix
            remembered[key] = _language_versions(request, page, current)
        request._language_versions = remembered
    return remembered[key]


def _language_versions(request, page, current):
    versions = []
    translations = {}
    if isinstance(page, Page) and page.pk:
        translations = {
            p.locale.language_code: p for p in page.get_translations(inclusive=True).live().select_related("locale")
        }
    for code, name in settings.LANGUAGES:
        if translations:
            translated = translations.get(code)
            url = translated.get_url(request) if translated else _home_url(request, code)
        else:
            translated = None
            url = translate_url(request.get_full_path(), code)
        versions.append(
            {"code": code, "name": name, "url": url, "is_current": code == current, "is_translation": bool(translated)}
        )
    return versions


def _home_url(request, language_code):
    home = home_page(request, language_code)
    return home.get_url(request) if home else f"/{language_code}/"


@register.simple_tag(takes_context=True)
def footer_text(context):
    return site_data_in_language(
        context["request"],
        "footer",
        lambda language: FooterText.objects.filter(locale__language_code=language).first(),
    )


@register.simple_tag(takes_context=True)
def full_url(context, page):
    """A page's address with scheme and host, or "" for anything else (a form, search results). Worked out
    from the request's own site data, once per page, where `page.full_url` reads the shared cache each time."""
    return (page.get_full_url(request=context.get("request")) or "") if isinstance(page, Page) else ""


@register.simple_tag(takes_context=True)
def contact_details(context):
    """The site's contact details (a setting), kept with the site's data."""
    request = context["request"]
    site = current_site(request)
    return site and site_data(request, f"contact:{site.pk}", lambda: ContactDetails.for_site(site))


@register.simple_tag(takes_context=True)
def partners(context):
    """The partners in the current language, with their logos' renditions: one query each, however many."""
    return site_data_in_language(
        context["request"],
        "partners",
        lambda language: list(
            Partner.objects.filter(locale__language_code=language)
            .select_related("logo")
            .prefetch_related("logo__renditions")
        ),
    )


@register.simple_tag(takes_context=True)
def home_url(context):
    return _home_url(context["request"], translation.get_language())


@register.simple_tag(takes_context=True)
def menu_pages(context):
    """The home page's children marked 'show in menus', in the current language, as (page, its address, is
    current) triples: current is the one the visitor is in (the page itself or a page below it). The pages and
    their addresses are kept with the site's data."""
    request = context["request"]
    home = home_page(request, translation.get_language())
    if home is None:
        return []
    current = context.get("page")
    items = site_data(
        request,
        f"menu-links:{home.pk}",
        lambda: [(page, page.get_url(request)) for page in home.get_children().live().in_menu().public()],
    )
    return [(item, url, isinstance(current, Page) and current.path.startswith(item.path)) for item, url in items]


@register.filter
def text_language(text):
    """ "km" for text with Khmer letters, else "en": for `lang` on text not written in the page's language,
    such as the title of an English report listed on a Khmer page."""
    return "km" if any("\u1780" <= character <= "\u17ff" for character in str(text)) else "en"


@register.simple_tag(takes_context=True)
def job_posting_json(context, vacancy):
    """The vacancy's schema.org JobPosting as a JSON-LD script, escaped like json_script."""
    data = json.dumps(vacancy.job_posting(context["request"]), cls=DjangoJSONEncoder).translate(_JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(data))  # noqa: S308 - escaped above  # nosec B308, B703
