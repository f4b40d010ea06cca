"""What must be true before a page goes live, for the children it is about. One place, asked by the page
form (so an editor sees why) and by `BasePage.publish` (so a shell, a scheduled publish, a translation or a
workflow approval obeys too):

- no image of a child without consent on file or faces obscured, wherever the page uses it (a chooser,
  a StreamField block, rich text);
- a page about a child (every case story, any page an editor marks so) goes live only when a safeguarding
  lead approves it in the "Safeguarding review" workflow.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail.models import ReferenceIndex, TaskState, Workflow, WorkflowState

SAFEGUARDING_LEADS = "Safeguarding leads"
SAFEGUARDING_REVIEW = "Safeguarding review"


class PublishingRefused(ValidationError):
    """A page may not go live yet; the messages say why and what to do."""


def images_used_by(page):
    """The images `page` uses, read from the instance itself so that unsaved form data or a revision counts:
    Wagtail's reference index extracts foreign keys, StreamField image blocks and rich text embeds alike."""
    from pages.models import SiteImage

    image_type = ContentType.objects.get_for_model(SiteImage).pk
    # The reference index's own extraction, used on an instance rather than on what the index last stored:
    # the index is only updated after a save, and what is checked here is about to be published.
    ids = {
        object_id
        for content_type_id, object_id, _model_path, _content_path in ReferenceIndex._extract_references_from_object(
            page
        )
        if content_type_id == image_type
    }
    return SiteImage.objects.filter(pk__in=ids).order_by("title")


def unconsented_child_images(page):
    """Images of a child on `page` with neither consent on file nor faces obscured."""
    return [image for image in images_used_by(page) if not image.may_be_published]


def image_refusals(page):
    return [
        _(
            "“%(image)s” shows a child without consent on file or faces obscured. Record the consent on the "
            "image (or obscure the faces), or choose another image, before publishing."
        )
        % {"image": image.title}
        for image in unconsented_child_images(page)
    ]


def needs_review(page):
    """True for a page that only a safeguarding lead's approval may publish."""
    return bool(getattr(page, "needs_safeguarding_review", False))


def is_safeguarding_lead(user):
    return bool(user and (user.is_superuser or user.groups.filter(name=SAFEGUARDING_LEADS).exists()))


def review_workflow():
    """The active "Safeguarding review" workflow (created by pages' migrations), or None."""
    return Workflow.objects.filter(name=SAFEGUARDING_REVIEW, active=True).first()


def review_approved(page, revision):
    """True when a safeguarding lead approved this revision: the review was submitted with it or an earlier
    revision, and finished, approved, after it was saved (a lead approves the latest version they see)."""
    return TaskState.objects.filter(
        workflow_state__in=WorkflowState.objects.for_instance(page),
        workflow_state__workflow__name=SAFEGUARDING_REVIEW,
        workflow_state__status=WorkflowState.STATUS_APPROVED,
        status=TaskState.STATUS_APPROVED,
        revision__created_at__lte=revision.created_at,
        finished_at__gte=revision.created_at,
    ).exists()


def review_refusal():
    return _(
        "This page is about a child: it goes live only when a safeguarding lead approves it. Save it, then "
        "submit it to %(workflow)s."
    ) % {"workflow": SAFEGUARDING_REVIEW}


def publishing_refusals(page, revision=None):
    """Why `page` (as it would be published, e.g. `revision.as_object()`) may not go live, as messages for the
    editor; empty when it may. Without a `revision` the page is being published directly, not approved."""
    refusals = image_refusals(page)
    if needs_review(page) and (revision is None or not review_approved(page, revision)):
        refusals.append(review_refusal())
    return refusals


class PublishingRefusedMiddleware:
    """A refusal raised while publishing from an admin screen that does not show form errors (the
    dashboard's "Approve" dialog) comes back as messages on the page the reviewer came from, not a 500."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, PublishingRefused) or not request.path.startswith("/admin/"):
            return None
        from django.contrib import messages
        from django.shortcuts import redirect
        from django.utils.http import url_has_allowed_host_and_scheme

        for message in exception.messages:
            messages.error(request, message)
        back = request.META.get("HTTP_REFERER", "")
        if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
            back = "/admin/"
        return redirect(back)
