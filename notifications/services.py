"""Record a notification with the change that causes it; Celery sends it after the commit.

    notify("careers/application_received", to=user.email, language="km", key=f"application-received:{pk}",
           context={"name": ..., "vacancy": ...})

Saving never depends on the broker or the mail server: if the broker is down, the row waits and the
periodic sweep (notifications.tasks.sweep) hands it over when the broker is back.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation

from .models import Notification

logger = logging.getLogger(__name__)

# Publishing to a broker that is down or hangs gives up quickly; the sweep tries again later.
PUBLISH_RETRY_POLICY = {"max_retries": 1, "interval_start": 0, "interval_step": 0.5, "interval_max": 0.5}


def notify(template, *, to, language, key, context=None):
    """Record one notification (once per `key`) in the current transaction and queue it after commit."""
    return _record(key, template=template, to=to, language=language, context=context or {})


def notify_rendered(message, *, language, key):
    """Record an email that is already rendered (subject, text, optional HTML), one row per recipient."""
    alternatives = getattr(message, "alternatives", [])  # a plain EmailMessage has none
    html = next((content for content, mimetype in alternatives if mimetype == "text/html"), "")
    for address in message.to:
        _record(
            f"{key}:{address}", to=address, language=language, subject=message.subject, body=message.body, html=html
        )


def _record(key, **fields):
    notification, created = Notification.objects.get_or_create(key=key, defaults=fields)
    if created:
        transaction.on_commit(lambda: hand_to_celery(notification.pk))
    return notification


def hand_to_celery(notification_id):
    """Queue the delivery task; a broker that is down is logged, not raised: the sweep will retry."""
    from .tasks import deliver

    try:
        deliver.apply_async((notification_id,), retry=True, retry_policy=PUBLISH_RETRY_POLICY)
    except Exception:  # kombu raises many kinds of connection errors; none may reach the person saving
        logger.warning("Broker unavailable; notification %s waits for the sweep", notification_id, exc_info=True)


def render(notification):
    """The email of a notification, in the recipient's language: text with an HTML alternative."""
    if notification.template:
        context = {**notification.context, "site_url": settings.WAGTAILADMIN_BASE_URL}
        with translation.override(notification.language):
            subject = " ".join(render_to_string(f"email/{notification.template}/subject.txt", context).split())
            text = render_to_string(f"email/{notification.template}/body.txt", context)
            html = render_to_string(f"email/{notification.template}/body.html", context)
    else:
        subject, text, html = notification.subject, notification.body, notification.html
    message = EmailMultiAlternatives(
        subject=subject,
        body=text,
        to=[notification.to],
        headers={"Message-ID": f"<{notification.key.replace(':', '.')}.{notification.pk}@ccpcr.notifications>"},
    )
    if html:
        message.attach_alternative(html, "text/html")
    return message
