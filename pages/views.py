"""The public views that are not Wagtail pages: search, robots.txt and the error pages (404, 429, 500)."""

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from wagtail.documents import get_document_model
from wagtail.models import Locale, Page
from wagtail.search.utils import parse_query_string

from pages.languages import page_at
from pages.pagination import page_of
from pages.params import text_param

SEARCH_RESULTS_PER_PAGE = 10
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
        pages = Page.objects.live().public().filter(locale=Locale.get_active())
        # Parsed into terms and "phrases" so that stray quotes or operators never reach the database raw.
        _filters, terms = parse_query_string(query, operator="and")
        results = page_of(request, pages.specific().search(terms), SEARCH_RESULTS_PER_PAGE)
        documents = []
        if results.number == 1:
            documents = list(get_document_model().objects.public().search(terms)[:DOCUMENTS_SHOWN])
        suggestions = []
        if not results and not documents:
            suggestions = list(pages.autocomplete(query)[:SUGGESTIONS_SHOWN])
        context.update(results=results, documents=documents, suggestions=suggestions)
    return render(request, "pages/search.html", context)


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
