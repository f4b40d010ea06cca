"""Sending the outbox: one task per notification, and a periodic sweep for anything left behind."""

import logging

from celery import shared_task

from .models import Notification
from .services import hand_to_celery, render

logger = logging.getLogger(__name__)

SWEEP_BATCH = 500


@shared_task(acks_late=True)
def deliver(notification_id):
    """Send one notification. The row is claimed first, so a task delivered twice sends once."""
    notification = Notification.objects.filter(pk=notification_id).first()
    if notification is None or not notification.claim():
        return
    try:
        render(notification).send()
    except Exception as error:  # SMTP refusals and timeouts, but also a broken template: never stuck in SENDING
        # Back on the shelf with a later next_attempt_at; the sweep sends it again when that time comes.
        delay = notification.mark_failed_attempt(error)
        logger.warning("Sending %s failed (%r); next attempt in %s", notification.key, error, delay, exc_info=True)
        return
    notification.mark_sent()


@shared_task(expires=60)
def sweep():
    """Hand to Celery every notification that is due and not on its way: after a broker outage, a lost
    task, or a worker killed while sending."""
    due = list(Notification.objects.due().values_list("pk", flat=True)[:SWEEP_BATCH])
    for notification_id in due:
        hand_to_celery(notification_id)
    return len(due)
