from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import QuerySet


def page_of(request, items, per_page, order=None):
    """The page of `items` that `?page=` asks for; a bad or too-large number gives the first or last page.

    `order`, when known (the ids of all the items, in order), spares counting and sorting them: the page's
    items are read by their ids. Otherwise, past the first page of a queryset, the page is found among the
    items' ids alone and only its own items are read in full: else the database sorts whole rows (an
    article's body too) to reach a deep page, such as page 500 of the news.
    """
    paginator = Paginator(items if order is None else order, per_page)
    try:
        page = paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        page = paginator.page(1)
    except EmptyPage:
        page = paginator.page(paginator.num_pages)
    if order is not None:
        page.object_list = in_order(items, page.object_list)
    elif isinstance(items, QuerySet) and page.number > 1:
        page.object_list = in_order(
            items, list(items.values_list("pk", flat=True)[page.start_index() - 1 : page.end_index()])
        )
    return page


def in_order(items, ids):
    """The items of queryset `items` with these ids, in their order (those no longer among `items` left out)."""
    found = items.in_bulk(ids)
    return [found[pk] for pk in ids if pk in found]
