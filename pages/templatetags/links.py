"""Wagtail's `{% pageurl %}` (`{% load links %}`, after `wagtailcore_tags`), remembering the addresses it works out.

Working out a page's address takes Wagtail about 0.1 ms: it reverses its serving view with the page's path,
under the page's language. The thirty vacancies of the careers page cost 3 ms a visit, and the ten results of
a search or a news page 1 ms. Yet the address follows from a handful of values and nothing else: the page's
`url_path`, the sites' root paths (which site, address and language each tree of pages belongs to), the site
asked for and the active language. So each process keeps what Wagtail worked out for the last `MOST` of
them, keyed by all four: a page moved or renamed has another `url_path`, and a change to the sites gives
other root paths, so neither is served an old address.

Pages of a type with its own `get_url` or `get_url_parts`, and a template rendered without a request (an
email), get Wagtail's own tag.
"""

from django import template
from django.utils import translation

from wagtail.models import Page, Site
from wagtail.templatetags.wagtailcore_tags import pageurl as wagtail_pageurl

from ccpcr.kept import Kept

register = template.Library()

MOST = 5000


@register.simple_tag(takes_context=True)
def pageurl(context, page, fallback=None):
    request = context.get("request")
    if not isinstance(page, Page) or request is None or not _routed_as_wagtail_does(type(page)):
        return wagtail_pageurl(context, page, fallback)
    return page_address(page, request)


def _routed_as_wagtail_does(page_class):
    return page_class.get_url is Page.get_url and page_class.get_url_parts is Page.get_url_parts


_kept = Kept(MOST)  # start again rather than grow: a crawler may read every page once


def page_address(page, request):
    """`page.get_url(request)`, worked out once per process for each page's path, site, root paths and
    language."""
    site = Site.find_for_request(request)  # kept on the request
    root_paths = tuple(page._get_site_root_paths(request))  # kept on the request, as Wagtail keeps them
    key = (page.url_path, site.pk if site else None, root_paths, translation.get_language())
    address = _kept.get(key)
    if address is None:
        address = page.get_url(request=request)
        if address is None:  # not routable: asked again each time, as Wagtail would
            return None
        _kept.keep(key, address)
    return address
