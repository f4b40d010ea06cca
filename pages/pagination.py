from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import QuerySet


def page_of(request, items, per_page, count=None):
    """The page of `items` that `?page=` asks for; a bad or too-large number gives the first or last page.
    `count`, when known, spares counting the items.

    Past the first page of a queryset, the page is found among the items' ids alone and only its own items
    are read in full: otherwise the database sorts whole rows (an article's body too) to reach a deep page,
    such as page 500 of the news.
    """
    paginator = Paginator(items, per_page)
    if count is not None:
        paginator.count = count
    try:
        page = paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        page = paginator.page(1)
    except EmptyPage:
        page = paginator.page(paginator.num_pages)
    if isinstance(items, QuerySet) and page.number > 1:
        ids = list(items.values_list("pk", flat=True)[page.start_index() - 1 : page.end_index()])
        page.object_list = list(items.filter(pk__in=ids))
    return page
