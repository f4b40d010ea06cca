"""Finding the page an address leads to, in one query instead of two for every level.

Wagtail routes /en/news/an-article/ from the home page down, one level at a time: it asks the database for
the child with the next slug, then again for that child's own type, and so on, four queries for an article
and more below. `route_below` asks once for every page the address could pass through (by slug and depth,
which the page table indexes), picks out the chain from the home page down, and asks once more for the type
of the page that answers.

Before that, Wagtail finds the site and its home page in the visitor's language: four more queries for
what only an edit changes. `serve` takes both from the site's data (pages/cache.py), and the home page's
children too (each section's index: the news, careers...), so that routing to one of those asks only for
its type. It hands Wagtail's own serve view the route, the way Wagtail keeps it on the request, and tells
the page its view restrictions, from the site's data too (pages/privacy.py); Wagtail does the rest
(checking them, hooks, the page's own serve). Were Wagtail to stop reading those request attributes, it
would simply route by itself again: slower, never wrong (tests/test_routing.py counts the queries).

The answer is the one Wagtail's own routing gives: a page on the way that routes part of the address itself
(a news index's feeds, a vacancy's application form) answers for the rest of it; a slug that leads nowhere
is a 404; the page found must be live.
"""

from django.db.models import Q
from django.http import Http404
from django.utils import translation

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page
from wagtail.views import serve as wagtail_serve

from pages.cache import per_request, site_data
from pages.languages import home_page
from pages.privacy import remember_view_restrictions

# Levels below the home page that one query looks through; the site's tree is four deep.
DEEPEST = 12


def serve(request, path):
    """Wagtail's serve view (the same address pattern), with the site and the route found as above (finding
    the home page hands Wagtail the site too, also when there is no home page in this language)."""
    home = home_page(request, translation.get_language())
    if home is not None and not hasattr(request, "_wagtail_route_for_request"):
        route = request._wagtail_route_for_request = _route_from(home, request, path)
        if route is not None:
            remember_view_restrictions(request, route[0])
    return wagtail_serve(request, path)


def _route_from(home, request, path):
    """What Page.route_for_request gives, from the live home page in the visitor's language."""
    path_components = [component for component in path.split("/") if component]
    try:
        if not path_components:  # the home page itself, as its own type
            return _specific(home).route(request, [])
        if len(path_components) == 1:  # a section of the site: the news, careers, volunteering...
            return _specific(_section(request, home, path_components[0])).route(request, [])
        return route_below(home, request, path_components)
    except Http404:
        return None


def _section(request, home, slug):
    """The home page's live child at `slug`, its parent known. The home page's children (each section's index
    page) are kept with the site's data, as the menu is: routing to one then asks only for its own type."""
    sections = site_data(
        request, f"sections:{home.pk}", lambda: {page.slug: page for page in home.get_children().live()}
    )
    if slug not in sections:
        raise Http404
    section = per_request(sections[slug])
    section._cached_parent_obj = home
    return section


def route_below(parent, request, path_components):
    """Wagtail's `Page.route` from `parent`, a page that routes no address of its own."""
    if not path_components or len(path_components) > DEEPEST:
        # An address deeper than any page: Wagtail's own routing, which gives up at the first missing level.
        return Page.route(parent, request, path_components)
    candidates = list(
        Page.objects.filter(
            Q(
                *(Q(depth=parent.depth + level, slug=slug) for level, slug in enumerate(path_components, 1)),
                _connector=Q.OR,
            ),
            path__startswith=parent.path,
        )
    )
    page = parent
    for level, slug in enumerate(path_components, 1):
        child = next((candidate for candidate in candidates if _is_child(candidate, page, slug)), None)
        if child is None:
            raise Http404
        child._cached_parent_obj = page  # as Wagtail does: asking for the parent costs no query
        page = child
        rest = path_components[level:]
        if rest and _answers_for(page, rest):
            return _specific(page).route(request, rest)
    return _specific(page).route(request, [])


def _specific(page):
    """The page as its own type, with what its own foreign keys lead to (its photos, an article's category)
    in the same query: every page shows them."""
    page_type = page.specific_class
    if page_type is None:
        return page.specific
    own_links = [
        field.name
        for field in page_type._meta.get_fields()
        if field.many_to_one
        and field.concrete
        and field.model is not Page  # Wagtail's own links: owner, revisions, locale...
        and not issubclass(field.related_model, Page)
    ]
    specific = page_type.objects.select_related(*own_links).get(pk=page.pk)
    if hasattr(page, "_cached_parent_obj"):
        specific._cached_parent_obj = page._cached_parent_obj
    return specific


def _is_child(candidate, parent, slug):
    return candidate.slug == slug and candidate.depth == parent.depth + 1 and candidate.path.startswith(parent.path)


def _answers_for(page, rest):
    """Whether `page` routes `rest` (the rest of the address) itself, rather than leading on to a child."""
    page_type = page.specific_class
    if page_type is None or page_type.route is Page.route:
        return False
    if page_type.route is RoutablePageMixin.route:
        # What RoutablePageMixin.route does before it leads on to a child, without first loading the page.
        try:
            page_type.get_resolver().resolve("/" + "".join(f"{component}/" for component in rest))
        except Http404:
            return False
        return page.live
    return True  # routing of its own that we can't look into: let it decide
