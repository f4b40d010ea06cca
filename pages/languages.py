"""Where a visitor lands in another language: that language's home page, or the page at the same address."""

from django.http import Http404

from wagtail.models import Page, Site


def home_page(request, language_code):
    """The live home page of the request's site in `language_code`, or None."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    return site.root_page.get_translations(inclusive=True).live().filter(locale__language_code=language_code).first()


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
