"""Editors can open every form they need in the Wagtail admin."""

import pytest

from django.contrib.auth import get_user_model

from tests.factories import (
    ContactPageFactory,
    DocumentFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    StoryPageFactory,
)


@pytest.fixture
def editor_client(client, db):
    user = get_user_model().objects.create_superuser("editor", "editor@ccpcr.org.kh", "a long passphrase")
    client.force_login(user)
    return client


@pytest.mark.parametrize(
    ("model", "parent"),
    [
        ("standardpage", "home"),
        ("newsindexpage", "home"),
        ("documentlibrarypage", "home"),
        ("contactpage", "home"),
        ("newspage", "news"),
        ("storypage", "news"),
    ],
)
def test_editor_can_open_the_form_to_add_each_page_type(editor_client, home, model, parent):
    parent_page = home if parent == "home" else NewsIndexPageFactory(parent=home)
    response = editor_client.get(f"/admin/pages/add/pages/{model}/{parent_page.pk}/")
    assert response.status_code == 200


def test_editor_can_open_existing_pages_documents_and_snippets(editor_client, home):
    news = NewsIndexPageFactory(parent=home)
    for page in (
        home,
        news,
        NewsPageFactory(parent=news),
        StoryPageFactory(parent=news),
        ContactPageFactory(parent=home),
    ):
        assert editor_client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200
    document = DocumentFactory()
    response = editor_client.get(f"/admin/documents/edit/{document.pk}/")
    assert b"khmer_title" in response.content
    for listing in (
        "/admin/snippets/pages/newscategory/",
        "/admin/snippets/pages/partner/",
        "/admin/snippets/pages/footertext/",
    ):
        assert editor_client.get(listing).status_code == 200


def test_story_with_a_name_instead_of_a_case_code_is_refused_in_the_editor(editor_client, home):
    news = NewsIndexPageFactory(parent=home)
    response = editor_client.post(
        f"/admin/pages/add/pages/storypage/{news.pk}/",
        {
            "title": "A story",
            "slug": "a-story",
            "case_code": "Srey Mom",
            "date": "2025-01-01",
            "intro": "Intro",
            "body-count": "0",
            "related_documents-count": "0",
        },
    )
    assert response.status_code == 200
    assert "Use a case code like" in response.content.decode()


def test_every_body_block_has_a_preview_in_the_block_chooser(editor_client, home):
    from pages.blocks import BodyBlock
    from tests.factories import DocumentFactory, ImageFactory

    ImageFactory()
    DocumentFactory()
    for name, block in BodyBlock().child_blocks.items():
        assert block.get_template(), name
        assert block.get_preview_value() is not None or name == "video", name
