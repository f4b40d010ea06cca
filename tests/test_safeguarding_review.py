"""A page never goes live with a photo of a child without consent, wherever the photo sits on the page, and a
story (or any page about a child) goes live only when a safeguarding lead approves it."""

import datetime

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone

from wagtail.models import Page, WorkflowState
from wagtail.rich_text import RichText
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, rich_text, streamfield

from pages.demo.review import publish
from pages.safeguarding import SAFEGUARDING_LEADS, SAFEGUARDING_REVIEW, PublishingRefused
from tests.factories import ImageFactory, NewsIndexPageFactory, NewsPageFactory, StandardPageFactory, StoryPageFactory
from tests.reading import visible_text

REVIEW_MESSAGE = "This page is about a child: it goes live only when a safeguarding lead approves it."


@pytest.fixture
def news(home):
    return NewsIndexPageFactory(parent=home)


@pytest.fixture
def child_photo(db):
    return ImageFactory(title="Girl at the shelter gate", shows_child=True)


@pytest.fixture
def editor(db):
    # An administrator: even someone who may publish anything cannot publish past these rules.
    return get_user_model().objects.create_superuser("editor", "editor@ccpcr.org.kh", "a long passphrase")


@pytest.fixture
def lead(db):
    user = get_user_model().objects.create_user("lead", "lead@ccpcr.org.kh", "a long passphrase", is_staff=True)
    user.groups.add(Group.objects.get(name=SAFEGUARDING_LEADS))
    return user


def edit_form(client, page):
    """The page's edit form as the editor's browser would send it back (StreamFields are drawn by JavaScript,
    so their fields are written here)."""
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form").copy()
    streams = {"body": streamfield([("paragraph", rich_text("<p>Staff welcomed them.</p>"))])}
    if hasattr(page, "related_documents"):
        streams["related_documents"] = streamfield([])
    for name, value in nested_form_data(streams).items():
        data[name] = value
    return data


def press(client, page, button, **changes):
    data = edit_form(client, page)
    for name, value in changes.items():
        data[name] = value
    data[button] = "1"
    return client.post(f"/admin/pages/{page.pk}/edit/", data)


def refusal_of(page):
    with pytest.raises(PublishingRefused) as refusal:
        page.save_revision().publish()
    return " ".join(refusal.value.messages)


def test_editor_cannot_publish_a_page_whose_lead_image_shows_an_unconsented_child(client, editor, home, child_photo):
    page = StandardPageFactory(parent=home, live=False)
    client.force_login(editor)

    response = press(client, page, "action-publish", lead_image=str(child_photo.pk))

    assert "“Girl at the shelter gate” shows a child without consent on file" in response.content.decode()
    page.refresh_from_db()
    assert not page.live


def test_a_draft_with_an_unconsented_child_photo_is_saved(client, editor, home, child_photo):
    page = StandardPageFactory(parent=home, live=False)
    client.force_login(editor)

    press(client, page, "action-draft", lead_image=str(child_photo.pk))

    page.refresh_from_db()
    assert page.get_latest_revision().as_object().lead_image == child_photo


@pytest.mark.parametrize("where", ["social image", "image block", "rich text"])
def test_an_unconsented_child_photo_anywhere_on_the_page_stops_publishing(home, child_photo, where):
    page = StandardPageFactory(parent=home, live=False)
    if where == "social image":
        page.social_image = child_photo
    elif where == "image block":
        page.body = [("image", {"image": child_photo, "caption": ""})]
    else:
        page.body = [
            ("paragraph", RichText(f'<p>Hello</p><embed embedtype="image" id="{child_photo.pk}" format="left"/>'))
        ]

    assert "“Girl at the shelter gate” shows a child" in refusal_of(page)
    page.refresh_from_db()
    assert not page.live


@pytest.mark.parametrize("record", [{"faces_obscured": True}, {"consent_on_file": True, "consent_date": "2025-01-10"}])
def test_consent_or_obscured_faces_let_the_page_go_live(home, child_photo, record):
    for name, value in record.items():
        setattr(child_photo, name, value)
    child_photo.save()
    page = StandardPageFactory(parent=home, live=False, lead_image=child_photo)

    page.save_revision().publish()

    page.refresh_from_db()
    assert page.live


def test_a_story_cannot_be_published_directly_even_from_a_shell(news):
    story = StoryPageFactory(parent=news, live=False)

    assert REVIEW_MESSAGE in refusal_of(story)
    story.refresh_from_db()
    assert not story.live


def test_the_editor_sees_no_publish_button_on_a_story_and_pressing_it_is_refused(client, editor, news):
    story = StoryPageFactory(parent=news, live=False)
    client.force_login(editor)

    form = client.get(f"/admin/pages/{story.pk}/edit/").content.decode()
    response = press(client, story, "action-publish")

    assert 'name="action-publish"' not in form
    assert f"Submit to {SAFEGUARDING_REVIEW}" in form
    assert REVIEW_MESSAGE in response.content.decode()
    story.refresh_from_db()
    assert not story.live


def test_a_story_waits_for_the_safeguarding_lead_and_goes_live_when_approved(client, editor, lead, news):
    story = StoryPageFactory(parent=news, live=False)
    client.force_login(editor)

    press(client, story, "action-submit")

    story.refresh_from_db()
    state = story.current_workflow_state
    assert (state.workflow.name, state.status, story.live) == (
        SAFEGUARDING_REVIEW,
        WorkflowState.STATUS_IN_PROGRESS,
        False,
    )

    client.force_login(lead)
    task_state = state.current_task_state
    client.post(f"/admin/pages/workflow/action/{story.pk}/approve/{task_state.pk}/", {"comment": ""})

    story.refresh_from_db()
    assert story.live
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED


def test_an_approved_story_edited_afterwards_needs_a_new_review(news):
    story = StoryPageFactory(parent=news, live=False)
    story.save_revision()
    publish(story)

    story.intro = "DV 009 now studies at a secondary school."
    assert REVIEW_MESSAGE in refusal_of(story)
    assert Page.objects.get(pk=story.pk).specific.intro != story.intro


def test_a_news_page_marked_about_a_child_goes_to_the_safeguarding_review(news):
    article = NewsPageFactory(parent=news, live=False, about_a_child=True)
    ordinary = NewsPageFactory(parent=news, live=False)

    assert article.get_workflow().name == SAFEGUARDING_REVIEW
    assert ordinary.get_workflow().name != SAFEGUARDING_REVIEW  # the tree's own workflow, Wagtail's default
    assert REVIEW_MESSAGE in refusal_of(article)
    ordinary.save_revision().publish()


def test_only_a_safeguarding_lead_may_say_a_page_is_no_longer_about_a_child(client, news):
    article = NewsPageFactory(parent=news, about_a_child=True)
    editor = get_user_model().objects.create_user("plain-editor", "e@ccpcr.org.kh", "pw", is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)

    data = edit_form(client, article)
    del data["about_a_child"]
    data["action-draft"] = "1"
    response = client.post(f"/admin/pages/{article.pk}/edit/", data)

    article.refresh_from_db()
    assert "Only a safeguarding lead can decide that a page is no longer about a child." in response.content.decode()
    assert article.get_latest_revision() is None or article.get_latest_revision().as_object().about_a_child


def test_a_scheduled_publication_no_longer_allowed_is_cancelled_and_the_others_still_go_live(home, child_photo):
    due = timezone.now() - timezone.timedelta(minutes=5)
    ordinary = StandardPageFactory(parent=home, live=False)
    risky = StandardPageFactory(parent=home, live=False, lead_image=child_photo)
    revisions = [ordinary.save_revision(), risky.save_revision()]
    for revision in revisions:
        revision.approved_go_live_at = due
        revision.save()

    call_command("publish_scheduled")

    ordinary.refresh_from_db()
    risky.refresh_from_db()
    assert (ordinary.live, risky.live) == (True, False)
    revisions[1].refresh_from_db()
    assert revisions[1].approved_go_live_at is None


def test_approving_a_story_whose_photo_lost_its_consent_is_refused_with_a_message(
    client, editor, lead, news, child_photo
):
    child_photo.consent_on_file, child_photo.consent_date = True, datetime.date(2026, 1, 5)
    child_photo.save()
    story = StoryPageFactory(parent=news, live=False, lead_image=child_photo)
    client.force_login(editor)
    press(client, story, "action-submit")
    story.refresh_from_db()
    task_state = story.current_workflow_state.current_task_state
    child_photo.consent_on_file, child_photo.consent_date = False, None  # consent withdrawn during review
    child_photo.save()

    client.force_login(lead)
    response = client.post(
        f"/admin/pages/workflow/action/{story.pk}/approve/{task_state.pk}/",
        {"comment": ""},
        HTTP_REFERER="http://testserver/admin/",
        follow=True,
    )

    assert response.status_code == 200
    assert "shows a child without consent on file" in visible_text(response)
    story.refresh_from_db()
    assert not story.live
