"""The public views that are not Wagtail pages: search, robots.txt and the error pages (404, 429, 500)."""

from functools import lru_cache

from django.conf import settings
from django.db import connection
from django.db.models.expressions import RawSQL
from django.http import HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from wagtail.documents import get_document_model
from wagtail.models import Page, get_page_models
from wagtail.search.backends import get_search_backend
from wagtail.search.utils import parse_query_string

from pages.languages import active_locale, page_at
from pages.pagination import in_order, page_of
from pages.params import text_param
from pages.privacy import public

SEARCH_RESULTS_PER_PAGE = 10
# The best matches shown (five pages of them). Ranked with a limit, never counted to the end: a common word can
# match thousands of articles, and counting and ranking them all took seconds (bench, 10,000 articles a
# language). A visitor who has not found it in five pages is asked for another word.
MOST_RESULTS = 50
# The pages ranked at most, shortlisted by `ccpcr.search` when more match (PostgreSQL only): ranking reads each
# page's whole text, 10,000 of them took 600 ms; 200 took 4.5 ms, 100 half that, and a search 15% less in
# all. Up to this many matches, every one is ranked; the best MOST_RESULTS of them are shown.
MOST_RANKED = 100
DOCUMENTS_SHOWN = 5
SUGGESTIONS_SHOWN = 5
MAX_QUERY_LENGTH = 200


@require_GET
def search(request):
    """Search the live public pages in the visitor's language, and the public documents (which carry an
    English and a Khmer title). Khmer and English words are analysed by `ccpcr.search`, the site's search
    backend. When nothing matches, pages whose titles begin with the words typed are suggested instead."""
    query = " ".join(text_param(request, "q", MAX_QUERY_LENGTH).split())
    context = {"query": query}
    if query:
        pages = public(request, Page.objects.live()).filter(locale=active_locale(request))
        # Parsed into terms and "phrases" so that stray quotes or operators never reach the database raw.
        _filters, terms = parse_query_string(query, operator="and")
        results = page_of(request, best_matches(pages, terms), SEARCH_RESULTS_PER_PAGE)
        read_with_summaries(results)
        documents = []
        if results.number == 1:
            documents = list(get_document_model().objects.public(request).search(terms)[:DOCUMENTS_SHOWN])
        suggestions = []
        if not results and not documents:
            suggestions = list(pages.autocomplete(query)[:SUGGESTIONS_SHOWN])
        capped = results.paginator.count == MOST_RESULTS
        context.update(results=results, documents=documents, suggestions=suggestions, capped=capped)
    return render(request, "pages/search.html", context)


def best_matches(pages, terms):
    """The ids of the MOST_RESULTS pages that best match `terms`, best first (only the ten shown are then read
    in full). When more than MOST_RANKED pages match, only a shortlist of them is ranked: those with the words
    in their title, shortest titles first, then the most recently added (the rule is
    `ccpcr.search.PostgreSQLShortlist.best_matches`)."""
    return get_search_backend().best_matches(terms, pages, MOST_RANKED, MOST_RESULTS)


def read_with_summaries(results):
    """Read the pages of `results` (their ids until now), each with its introduction as `summary`, in one query
    whatever mix of page types they are (Page's own `.specific()` would ask once per type). Only what a result
    shows is read (its address, title and description): any other field would cost a query per result."""
    if not results:
        return
    summary = RawSQL(_summary_sql(), ())  # noqa: S611  # nosec B611
    pages = Page.objects.only("title", "url_path", "search_description").annotate(summary=summary)
    results.object_list = in_order(pages, results.object_list)


@lru_cache
def _summary_sql():
    """SQL for a page's introduction, whatever its type: the first of the page types' own `intro` columns
    that holds the page, or "". The same for every search, so written once: built by Django from a subquery
    per page type, it took 5 ms a search to write. Only names of the site's own tables and columns go in."""
    quote = connection.ops.quote_name
    page_id = f"{quote(Page._meta.db_table)}.{quote('id')}"
    intros = []
    for model in get_page_models():
        for field in model._meta.get_fields(include_parents=False):
            if field.name == "intro":
                table, pk, column = quote(model._meta.db_table), quote(model._meta.pk.column), quote(field.column)
                intros.append(f"(SELECT {column} FROM {table} WHERE {pk} = {page_id})")  # noqa: S608  # nosec B608
    return "COALESCE(" + ", ".join([*intros, "''"]) + ")"


@require_GET
@cache_control(max_age=60 * 60 * 24)
def robots_txt(request):
    content = render_to_string(
        "robots.txt", {"sitemap_url": request.build_absolute_uri(reverse("sitemap"))}, request=request
    )
    return HttpResponse(content, content_type="text/plain; charset=utf-8")


def page_not_found(request, exception=None):
    """A 404 in the visitor's language that offers the page in another language when it exists there."""
    return render(request, "404.html", {"elsewhere": _same_page_in_other_languages(request)}, status=404)


def too_many_requests(request, exception=None):
    """django-ratelimit's refusal (RATELIMIT_VIEW): the 429 page in the visitor's language, nothing saved."""
    return render(request, "429.html", {"form_paused": request.method == "POST"}, status=429)


def server_error(request):
    # Kept free of database queries: the database may be why we are here.
    return HttpResponse(render_to_string("500.html"), status=500)


def _same_page_in_other_languages(request):
    """Pages at the same address under another language prefix, e.g. /en/x/ for a missing /km/x/."""
    current = translation.get_language()
    prefix = f"/{current}/"
    if not request.path.startswith(prefix):
        return []
    rest = request.path[len(prefix) :]
    found = []
    for code, name in settings.LANGUAGES:
        if code == current:
            continue
        page = page_at(request, code, rest)
        if page:
            found.append({"page": page, "language_code": code, "language_name": name})
    return found
