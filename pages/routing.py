"""Finding the page an address leads to, in one query instead of two for every level.

Wagtail routes /en/news/an-article/ from the home page down, one level at a time: it asks the database for
the child with the next slug, then again for that child's own type, and so on, four queries for an article
and more below. `route_below` asks once for every page the address could pass through (by slug and depth,
which the page table indexes), picks out the chain from the home page down, and asks once more for the type
of the page that answers.

The answer is the one Wagtail's own routing gives: a page on the way that routes part of the address itself
(a news index's feeds, a vacancy's application form) answers for the rest of it; a slug that leads nowhere
is a 404; the page found must be live.
"""

from django.db.models import Q
from django.http import Http404

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page


def route_below(parent, request, path_components):
    """Wagtail's `Page.route` from `parent`, a page that routes no address of its own."""
    if not path_components:
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
            return page.specific.route(request, rest)
    return page.specific.route(request, [])


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
