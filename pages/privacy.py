"""Which pages and documents are private, kept with the site's data instead of asked for on every request.

Wagtail reads the view restrictions whenever it serves a page (the page's ancestors, then their restrictions:
two queries), whenever a list keeps to public pages (`.public()`: one more), and a document search asks which
collections are private. These change only when an editor changes a page's or a collection's privacy, which
starts a new generation of the site's data (pages/cache.py), as publishing, moving, deleting and making an
alias of a page do. Every process reads the generation on every request, so a page made private is private at
once everywhere.

An alias shows its source page and takes the source's restrictions, whatever section it stands in. Where an
alias is on the way to a page, Wagtail's own lookup decides.
"""

from django.db.models import Q

from wagtail.models import Collection, Page, PageViewRestriction

from pages.cache import per_request, site_data


def view_restrictions(request):
    """Every page view restriction, with its page: the same for every visitor until an editor changes one."""
    return site_data(request, "view-restrictions", lambda: list(PageViewRestriction.objects.select_related("page")))


def public(request, pages):
    """Wagtail's `pages.public()`: the pages outside every private section (asked of the database without a
    request, as in a feed)."""
    if request is None:
        return pages.public()
    private = Q()
    for restriction in view_restrictions(request):
        private |= pages.descendant_of_q(restriction.page, inclusive=True)
    return pages.exclude(private) if private else pages


def remember_view_restrictions(request, page):
    """Tell `page`, about to be served, the restrictions on it and its ancestors, as Wagtail's
    `get_view_restrictions()` would find them (CCPCR's pages answer with them: pages.models.BasePage)."""
    if any(page.path.startswith(path) for path in alias_paths(request)):
        return
    page.view_restrictions_kept = [
        per_request(restriction)
        for restriction in view_restrictions(request)
        if page.path.startswith(restriction.page.path)
    ]


def kept_view_restrictions(page):
    """The restrictions `remember_view_restrictions` told `page`, as the queryset Wagtail's
    `get_view_restrictions()` returns, already read (a filtered or reordered copy asks the database); or None."""
    kept = getattr(page, "view_restrictions_kept", None)
    if kept is None:
        return None
    restrictions = PageViewRestriction.objects.filter(pk__in=[restriction.pk for restriction in kept])
    restrictions._result_cache = kept
    return restrictions


def private_collections(request=None):
    """The ids of the collections with a view restriction and of those inside them, whose documents only some
    may download (kept with the site's data when there is a request)."""

    def read():
        private = Q()
        for path in Collection.objects.filter(view_restrictions__isnull=False).values_list("path", flat=True):
            private |= Q(path__startswith=path)
        return list(Collection.objects.filter(private).values_list("pk", flat=True)) if private else []

    return read() if request is None else site_data(request, "private-collections", read)


def alias_paths(request):
    """The paths of the pages that are aliases of others (the pages below one are reached through it)."""
    return site_data(
        request, "alias-paths", lambda: list(Page.objects.filter(alias_of__isnull=False).values_list("path", flat=True))
    )
