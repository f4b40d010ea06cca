"""Editors translate with wagtail-localize; its background jobs run on Celery through our job backend."""

import pytest

from django.contrib.auth import get_user_model
from django.core import signing
from django.urls import reverse

from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation

from ccpcr.localize import CeleryJobBackend, run_localize_job
from tests.factories import NewsIndexPageFactory, NewsPageFactory
from tests.reading import visible_text

RAN = []


def remember(*args, **kwargs):
    RAN.append((args, kwargs))


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("editor", "editor@ccpcr.org.kh", "a long passphrase")


def test_job_backend_runs_a_job_through_celery_after_commit(editor, django_capture_on_commit_callbacks):
    RAN.clear()
    with django_capture_on_commit_callbacks(execute=True):
        CeleryJobBackend({}).enqueue(remember, [1, [editor], "two"], {"user": editor})
        assert RAN == []  # nothing runs before the request's transaction commits
    assert [((1, [editor], "two"), {"user": editor})] == RAN


def test_a_forged_job_is_refused():
    with pytest.raises(signing.BadSignature):
        run_localize_job("gASVAAAAAAAAAAA=:forged")


def test_editor_translates_a_news_section_with_its_articles_into_khmer(
    client, editor, home, home_km, django_capture_on_commit_callbacks
):
    news = NewsIndexPageFactory(parent=home)
    article = NewsPageFactory(parent=news, title="Partners meet in Svay Rieng", intro="A meeting.")
    client.force_login(editor)

    with django_capture_on_commit_callbacks(execute=True):  # the subtree job is queued after the commit
        response = client.post(
            reverse("wagtail_localize:submit_page_translation", args=[news.pk]),
            {"locales": [home_km.locale.pk], "include_subtree": "on"},
        )

    assert response.status_code == 302
    article_km = Page.objects.get(translation_key=article.translation_key, locale__language_code="km")
    assert not article_km.live  # a draft until the editor has translated it

    # The editor fills in the Khmer strings in wagtail-localize's editor, then publishes.
    translation = Translation.objects.get(source__object_id=article.translation_key, target_locale=home_km.locale)
    khmer = {"Partners meet in Svay Rieng": "ដៃគូជួបប្រជុំគ្នានៅស្វាយរៀង", "A meeting.": "កិច្ចប្រជុំមួយ។"}
    for segment in translation.source.stringsegment_set.select_related("string", "context"):
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=home_km.locale,
            context=segment.context,
            data=khmer.get(segment.string.data, "ខ្លឹមសារ"),
        )
    translate_news = Translation.objects.get(source__object_id=news.translation_key, target_locale=home_km.locale)
    for segment in translate_news.source.stringsegment_set.select_related("string", "context"):
        StringTranslation.objects.create(
            translation_of=segment.string, locale=home_km.locale, context=segment.context, data="ព័ត៌មាន"
        )
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes on commit
        translate_news.save_target(user=editor, publish=True)
        translation.save_target(user=editor, publish=True)

    assert "ដៃគូជួបប្រជុំគ្នានៅស្វាយរៀង" in visible_text(client.get(f"/km/news/{article.slug}/"))
