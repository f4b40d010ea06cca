"""Where a visitor lands in another language: that language's home page, or the page at the same address."""

from django.http import Http404
from django.utils import translation

from wagtail.models import Locale, Page, Site

from pages.cache import per_request, site_data, site_data_in_language


def current_site(request):
    """The request's Wagtail site, kept with the site's data (Wagtail's own lookup asks the database on every
    request), and handed to Wagtail: Site.find_for_request() answers with it for the rest of the request.

    So are the sites' root paths, which every page address is worked out from: Wagtail reads them from the
    shared cache once per request, and once more for each page asked for its address without the request
    (`page.url`). Changing a site or a home page's slug starts a new generation, as Wagtail forgets its own."""
    if not hasattr(request, "_wagtail_site"):
        key = f"site:{request.get_host()}:{request.get_port()}"
        request._wagtail_site = per_request(site_data(request, key, lambda: Site.find_for_request(request)))
        request._wagtail_cached_site_root_paths = site_data(request, "site-root-paths", Site.get_site_root_paths)
    return request._wagtail_site


def home_page(request, language_code):
    """The live home page of the request's site in `language_code`, or None. Asked by the menu, the logo's
    link, the language switcher and the routing of every page: looked up once per request and language, and
    kept with the site's data."""
    remembered = getattr(request, "_home_pages", {})
    if language_code not in remembered:
        site = current_site(request)
        remembered[language_code] = site and per_request(
            site_data(request, f"home:{site.pk}:{language_code}", lambda: _home_page(site, language_code))
        )
        request._home_pages = remembered
    return remembered[language_code]


def _home_page(site, language_code):
    return site.root_page.get_translations(inclusive=True).live().filter(locale__language_code=language_code).first()


def active_locale(request):
    """The Locale of the current language (Wagtail's `Locale.get_active()`, kept with the site's data)."""
    return per_request(site_data_in_language(request, "locale", Locale.objects.get_for_language))


def page_at(request, language_code, path):
    """The live page at `path` (the part after /en/ or /km/) in `language_code`'s tree, or None.

    Page.find_for_request() can't serve here: it remembers the route of the request being served.
    """
    home = home_page(request, language_code)
    if home is None:
        return None
    try:
        page, _args, _kwargs = home.specific.route(request, [part for part in path.split("/") if part])
    except Http404:
        return None
    if not isinstance(page, Page) or not page.live or page.get_view_restrictions().exists():
        return None
    return page


def in_current_language(pages):
    """Where a link to each of `pages` should lead a visitor in the current language: {page id: page}.

    Its live translation in that language; else the page itself; None when that is not live. The same as
    asking each `page.localized` and `.live`, in one query however many pages (`localized` asks once per page).
    """
    pages = [page for page in pages if page is not None]
    if not pages:
        return {}
    translations = {
        translation_.translation_key: translation_
        for translation_ in Page.objects.filter(
            translation_key__in={page.translation_key for page in pages},
            locale__language_code=translation.get_language(),
        )
    }
    targets = {}
    for page in pages:
        translated = translations.get(page.translation_key)
        target = translated if translated is not None and translated.live else page
        targets[page.pk] = target if target.live else None
    return targets
