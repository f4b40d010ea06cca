"""Data at scale for the benchmarks, written in bulk: thousands of live pages, tens of thousands of applications.

Adding pages one by one (treebeard's add_child, a revision, a publish) takes tens of milliseconds each; 20,000
pages would take most of an hour. Here the rows are computed as normal creation would leave them (the same
tree path arithmetic, url_path, locale and translation key, live and published) and inserted a thousand at a
time, then indexed for search through the search backend's own bulk indexing.

What bulk pages do not get: revisions (a live page is served from its own row; Wagtail needs revisions only to
edit, compare or roll back) and wagtail-localize's translation sources (an editor would see the Khmer twins as
translations made with Wagtail's own "translate", not as synced ones). Neither is read by the public site.
"""

import contextlib
import functools
import uuid

import common  # noqa: F401  (sets Django up for the bench database before anything below is imported)

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from wagtail.models import Page
from wagtail.search.backends import get_search_backend

BATCH = 1000


def clone_pages(template, parent, count, fields_for, translation_keys=None):
    """Add `count` live copies of the specific page `template` as the last children of `parent`.

    `fields_for(n)` gives the fields of the n-th copy that differ from the template (it must give a `slug`
    unique among the parent's children). `translation_keys`, if given, are the copies' translation keys, so
    copies under a Khmer parent become the translations of copies made earlier under the English one.
    Returns the new pages' primary keys, in order."""
    model = type(template)
    if len(model._meta.get_parent_list()) != 1:
        raise ValueError(f"{model.__name__} must inherit from Page directly (one table below it)")
    own_fields = [field for field in model._meta.local_concrete_fields if not field.primary_key]
    page_fields = [field for field in Page._meta.concrete_fields if not field.primary_key]
    parent = Page.objects.get(pk=parent.pk)
    now = timezone.now()
    tag_links = _tag_links(template)

    copies = []
    for n in range(count):
        fields = fields_for(n)
        values = {field.attname: getattr(template, field.attname) for field in page_fields + own_fields}
        values.update(
            path=Page._get_path(parent.path, parent.depth + 1, parent.numchild + n + 1),
            depth=parent.depth + 1,
            numchild=0,
            translation_key=translation_keys[n] if translation_keys else uuid.uuid4(),
            live=True,
            has_unpublished_changes=False,
            first_published_at=now,
            last_published_at=now,
            latest_revision_created_at=now,
            latest_revision_id=None,
            live_revision_id=None,
            locked=False,
            locked_at=None,
            locked_by_id=None,
            alias_of_id=None,
            url_path=f"{parent.url_path}{fields['slug']}/",
        )
        values.update(fields)
        values["draft_title"] = fields.get("draft_title", values["title"])
        copies.append(model(**values))

    with transaction.atomic():
        # The Page rows first (PostgreSQL returns their ids), then the specific rows that point at them.
        Page.objects.bulk_create(copies, batch_size=BATCH)
        for copy in copies:
            copy.page_ptr_id = copy.id
        fields = [model._meta.pk, *own_fields]
        for start in range(0, len(copies), BATCH):
            # bulk_create refuses multi-table models; this is the single INSERT it would have made per batch.
            model._base_manager._insert(copies[start : start + BATCH], fields=fields)
        if tag_links:
            through, tag_ids = tag_links
            through.objects.bulk_create(
                [through(content_object_id=copy.id, tag_id=tag_id) for copy in copies for tag_id in tag_ids],
                batch_size=BATCH * 5,
            )
        Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + count)
    return [copy.id for copy in copies]


def _tag_links(template):
    """(through model, tag ids) when the template has tags, so that copies carry the same ones."""
    tagged = getattr(template, "tagged_items", None)
    if tagged is None:
        return None
    return tagged.model, list(tagged.values_list("tag_id", flat=True))


def index_pages(model, pks):
    """Index pages for search as a publish would, through the search backend's bulk indexing."""
    backend = get_search_backend()
    with _text_analysis_memoised():
        for start in range(0, len(pks), 500):
            chunk = list(model.objects.filter(pk__in=pks[start : start + 500]).order_by("pk"))
            backend.add_bulk(model, chunk)


@contextlib.contextmanager
def _text_analysis_memoised():
    """The site's search analysis (ccpcr.search: Khmer segmentation, English stems) takes some 10 ms a page and
    gives the same words for the same text. Copies share their template's text, so for the duration of the
    bulk indexing each distinct text is analysed once: the same index entries, written some twenty times
    faster."""
    from ccpcr import search

    analyse = getattr(search, "indexed_text", None)
    if analyse is None:  # the analysis has moved: index without the shortcut
        yield
        return
    search.indexed_text = functools.lru_cache(maxsize=None)(analyse)
    try:
        yield
    finally:
        search.indexed_text = analyse


def add_applications(count):
    """Add job applications up to `count` in all, each from its own applicant (one per person per vacancy),
    spread over every vacancy."""
    from careers.models import Application, VacancyPage

    users = get_user_model()
    missing = count - Application.objects.count()
    if missing <= 0:
        return
    offset = users.objects.count()
    unusable = make_password(None)
    users.objects.bulk_create(
        [
            users(username=f"a{offset + n}", email=f"a{offset + n}@example.org", password=unusable)
            for n in range(missing)
        ],
        batch_size=2000,
    )
    applicants = users.objects.order_by("-pk")[:missing]
    pages = list(VacancyPage.objects.all())
    Application.objects.bulk_create(
        [
            Application(
                vacancy=pages[number % len(pages)],
                vacancy_key=pages[number % len(pages)].translation_key,
                applicant=applicant,
                full_name=f"Applicant {number}",
                email=applicant.email,
                phone="012345678",
                province="kandal",
                cover_letter="Hello",
                khmer_level="fluent",
                english_level="basic",
                privacy_notice_version="bench",
                consented_at=timezone.now(),
                language="km",
            )
            for number, applicant in enumerate(applicants)
        ],
        batch_size=2000,
    )
