"""The page cache: public pages kept ready-made for anonymous visitors, forgotten whenever content changes.

Most visitors read the same news and programme pages without logging in; a page already made is served from
the shared cache (Redis in production, `CACHE_URL`) without touching the database. For `PAGE_CACHE_SECONDS`
(0 turns it off), and only when nothing in the page can belong to one person:

- only GET and HEAD requests under a language prefix (/en/, /km/), from visitors who carry no session
  cookie (nobody logged in, nobody in the middle of something) and no pending message;
- only 200 responses made for GET, that set no cookie, hold no CSRF token (every form that posts: contact,
  apply, report a concern, accounts) and no CSP nonce, and do not say `Cache-Control: private`, `no-store`
  or `no-cache` (NoStoreMiddleware says `no-store` on every page with personal data).

Pages are kept under their full address, with the language prefix and the query string, so /en/ and /km/,
or page 2 of the news, are kept apart. Served pages say `X-Page-Cache: hit`; newly kept ones `miss`.

Any publish, unpublish, move or deletion of a page, a new alias of one, and any save or deletion of something
pages show (snippets such as footer text, partners and news categories; settings such as contact details;
images, documents, collections, view restrictions, sites and locales) forgets every kept page at once. A page's
title and photo appear on many others (the home page, the news list, menus, the language switcher of its
translations, search results, feeds), so working out which addresses one change touches would be fragile,
and an editor who unpublishes a page about a child must see it gone everywhere at once. Publishing happens
a few times a day; making each page once more afterwards costs little.

Forgetting works by a new "generation" rather than by emptying the cache: each kept page records the
generation it was made in and is served only while that is the current one. That works the same in every
process sharing the cache, costs a hit one round trip (the page and the generation are read together), and
leaves the rate-limit counts in the same Redis alone. Old pages are overwritten or simply expire.

Why not wagtail-cache (CodeRed; it supports Wagtail 7): it forgets nothing by itself when snippets or settings
change, empties its whole cache backend to forget (in Redis, the rate-limit counts too, unless given a
database of its own), keeps its list of addresses in one cache entry that concurrent processes overwrite, and
stores pages for visitors with a CSRF cookie. The rules above fit in this module.
"""

import copy
import hashlib
import logging
import threading
import time
import uuid

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.utils import translation
from django.utils.cache import cc_delim_re

from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import BaseViewRestriction, Collection, Locale, Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail.snippets.models import get_snippet_models

logger = logging.getLogger(__name__)

GENERATION_KEY = "page-cache:generation"
HEADER = "X-Page-Cache"
NOT_SHARED = {"private", "no-store", "no-cache"}


class PageCacheMiddleware:
    """Serve anonymous visitors pages already made, and keep the ones that may be kept (see the module).

    Placed after the security headers' middleware, which then add their headers to pages from the cache too,
    and before NoStoreMiddleware, whose `no-store` it must see."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.prefixes = tuple(f"/{code}/" for code, _name in settings.LANGUAGES)

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        if not seconds or not self.may_serve(request):
            return self.get_response(request)
        key = page_key(request)
        try:
            # One round trip: the page as kept, and the generation it must belong to.
            found = cache.get_many([GENERATION_KEY, key])
            current = found.get(GENERATION_KEY) or generation()
        except Exception:  # the cache is down: the site still answers, each page made afresh
            logger.exception("Page cache unavailable")
            return self.get_response(request)
        kept = found.get(key)
        request._cache_generation = current  # site_data() below needs it too: no second round trip
        if kept is not None and kept["generation"] == current:
            return from_cache(kept)
        response = self.get_response(request)
        if may_keep(request, response):
            try:
                cache.set(key, to_cache(response, current), seconds)
            except Exception:
                logger.exception("Page cache unavailable")
            else:
                response[HEADER] = "miss"
        return response

    def may_serve(self, request):
        return (
            request.method in ("GET", "HEAD")
            and request.path_info.startswith(self.prefixes)
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and CookieStorage.cookie_name not in request.COOKIES
        )


def may_keep(request, response):
    """Whether a response to an anonymous visitor is the same for everyone (see the module)."""
    cache_control = {
        part.split("=")[0].strip().lower() for part in cc_delim_re.split(response.get("Cache-Control", ""))
    }
    return (
        request.method == "GET"
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")  # the page holds a CSRF token
        and getattr(request, "_csp_nonce", None) is None  # the page holds this response's CSP nonce
        and not (cache_control & NOT_SHARED)
        and not (hasattr(request, "user") and request.user.is_authenticated)
    )


def page_key(request):
    """The cache key of a page: its full address (scheme, host, path with language prefix, query string).
    HEAD is answered with what GET kept."""
    return "page-cache:" + hashlib.sha256(request.build_absolute_uri().encode()).hexdigest()


SITE_DATA_SECONDS = 24 * 60 * 60
# What each process keeps beside the shared cache (see site_data): at most this many values (a page's language
# versions are one each, so a crawler reading every page would otherwise grow it without end), for at most this
# many seconds (should a publish fail to reach the shared cache, a process forgets the old menu anyway).
IN_PROCESS_MOST = 2000
IN_PROCESS_SECONDS = 60
_MISSING = object()


def site_data(request, name, build):
    """What every page shows and only an edit changes (the home page, the menu, the footer, the partners):
    `build()`'s result, kept in the shared cache under the current generation, so it is forgotten with the
    pages on any publish or edit. Uncached pages (a logged-in visitor's, or all of them when PAGE_CACHE_SECONDS
    is 0) are then made without asking the database for it again. Built afresh when the cache is not shared
    between processes (settings.SHARED_CACHE), or not answering.

    Each process also keeps what it read for the current generation, so a page asks the shared cache only
    for the generation, once. The values are shared by the requests (threads) of a process: never change
    one; hand a request a copy where it might (`per_request`). A new release reads what the last one kept
    until something is published: give a value a new `name` when what it holds changes shape."""
    if not settings.SHARED_CACHE:
        return build()
    try:
        if not hasattr(request, "_cache_generation"):
            request._cache_generation = generation()
        in_process = _in_process.values_for(request._cache_generation)
        if name in in_process:
            return in_process[name]
        key = f"site-data:{request._cache_generation}:{name}"
        value = cache.get(key, _MISSING)
    except Exception:
        logger.exception("Page cache unavailable")
        return build()
    if value is _MISSING:
        value = build()
        try:
            cache.set(key, value, SITE_DATA_SECONDS)
        except Exception:
            logger.exception("Page cache unavailable")
    if len(in_process) < IN_PROCESS_MOST:
        in_process[name] = value
    return value


def site_data_in_language(request, name, build):
    """`site_data` for what differs by language: `build(language)` for the current language."""
    language = translation.get_language()
    return site_data(request, f"{name}:{language}", lambda: build(language))


def per_request(instance):
    """A copy of a model instance from `site_data` for one request, so that what the request caches on it
    (related objects, `.specific`) stays the request's own. Django copies the field cache along."""
    if instance is None:
        return None
    copied = copy.copy(instance)
    copied._state.fields_cache = {}
    return copied


class _InProcess:
    """This process's copy of the current generation's site data: a new generation, or its age, starts it
    empty. Without a generation (a cache that keeps nothing) it keeps nothing."""

    def __init__(self):
        self.generation, self.started, self.values = _MISSING, 0, {}
        self.lock = threading.Lock()

    def values_for(self, generation):
        if generation is None:
            return {}
        with self.lock:
            if generation != self.generation or time.monotonic() - self.started > IN_PROCESS_SECONDS:
                self.generation, self.started, self.values = generation, time.monotonic(), {}
            return self.values


_in_process = _InProcess()


def generation():
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        # First use, or the cache lost it: start a generation no page was kept under.
        cache.add(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
        generation = cache.get(GENERATION_KEY)
    return generation


def to_cache(response, generation):
    """A page made in `generation`: served only while that generation is the current one."""
    return {
        "generation": generation,
        "status": response.status_code,
        "headers": list(response.items()),
        "content": response.content,
    }


def from_cache(kept):
    response = HttpResponse(kept["content"], status=kept["status"])
    for name, value in kept["headers"]:
        response[name] = value
    response[HEADER] = "hit"
    return response


def forget_all_pages():
    """Forget every kept page; each is made afresh for its next visitor. Again once the change is committed,
    so that a page made from the old content meanwhile is not kept. Whatever PAGE_CACHE_SECONDS says here: the
    process that publishes (a Celery worker, a shell) may not be one that serves pages."""
    _new_generation()
    transaction.on_commit(_new_generation)


def _new_generation():
    try:
        cache.set(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
    except Exception:
        # A publish must not fail because the cache is down; nothing is served from it meanwhile, and a cache
        # that comes back empty holds nothing old. One restarted with its data may serve old pages until
        # they expire (PAGE_CACHE_SECONDS): the log says so.
        logger.exception("Page cache unavailable: pages kept before this change may be served until they expire")


def shown_on_pages(model):
    """Whether saving or deleting a `model` row can change what a public page shows."""
    return (
        issubclass(
            model,
            (
                BaseSiteSetting,
                BaseGenericSetting,
                AbstractImage,
                AbstractDocument,
                Collection,
                BaseViewRestriction,
                Site,
                Locale,
            ),
        )
        or model in get_snippet_models()
    )


def _on_page_change(sender, **kwargs):
    forget_all_pages()


def _on_save_or_delete(sender, instance, **kwargs):
    # Saving a page is only a draft until it is published (page_published); deleting it takes it away. A new
    # alias is live at once, showing its source page (and pages/privacy.py leaves pages under it to Wagtail).
    if shown_on_pages(sender) or (
        isinstance(instance, Page)
        and (kwargs["signal"] is post_delete or (kwargs.get("created") and instance.alias_of_id))
    ):
        forget_all_pages()


def connect_signals():
    """Called once when the app is ready (pages/apps.py)."""
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(_on_page_change, dispatch_uid="page-cache")
    post_save.connect(_on_save_or_delete, dispatch_uid="page-cache-save")
    post_delete.connect(_on_save_or_delete, dispatch_uid="page-cache-delete")
