"""Admin views of public content that need more than Wagtail's own: an image's consent form."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.views.decorators.cache import never_cache

from wagtail.log_actions import log

from audit.services import Action, record
from pages.models import SiteImage

CONSENT_DOWNLOADED = "ccpcr.consent_form.download"


@never_cache
def download_consent_document(request, pk):
    """Serve an image's signed consent form to a safeguarding lead as a download, and record who took it."""
    if not request.user.has_perm("pages.view_consent_document"):
        raise PermissionDenied
    image = get_object_or_404(SiteImage, pk=pk)
    if not image.consent_document:
        raise PermissionDenied
    response = image.consent_document_download()
    log(instance=image, action=CONSENT_DOWNLOADED, user=request.user)
    record(Action.DOWNLOADED, image, by=request.user, detail="consent form")
    return response
