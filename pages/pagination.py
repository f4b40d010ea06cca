from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator


def page_of(request, items, per_page):
    """The page of `items` that `?page=` asks for; a bad or too-large number gives the first or last page."""
    paginator = Paginator(items, per_page)
    try:
        return paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)
