"""What receiving a concern does: store it and tell the safeguarding leads that one has arrived."""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.urls import reverse

from notifications.services import notify
from safeguarding.models import SAFEGUARDING_LEADS

logger = logging.getLogger(__name__)


def safeguarding_leads():
    """Active members of the Safeguarding leads group who have an address; if there are none, the active
    administrators, so that no concern waits unseen."""
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    leads = users.filter(groups__name=SAFEGUARDING_LEADS).distinct()
    if leads.exists():
        return leads
    logger.warning("No safeguarding lead to tell about a concern; telling the administrators")
    return users.filter(is_superuser=True)


@transaction.atomic
def receive_concern(form, *, language):
    """Save a reported concern and tell each safeguarding lead, once each, after the commit. The mail says
    only that a concern arrived and where to read it: its content stays in the admin."""
    concern = form.save(commit=False)
    concern.language = language
    concern.save()
    admin_path = reverse("safeguarding_concern:inspect", args=[concern.pk])
    for lead in safeguarding_leads():
        notify(
            "safeguarding/concern_received",
            to=lead.email,
            language=settings.LANGUAGE_CODE,  # the admin, where leads read concerns, is in English
            key=f"concern:{concern.pk}:{lead.pk}",
            context={"number": concern.pk, "urgent": concern.is_urgent, "admin_path": admin_path},
        )
    return concern
