"""Celery tasks of the public site."""

from celery import shared_task

from django.core.mail import EmailMessage

from wagtail.contrib.forms.models import FormSubmission

from pages.models import ContactPage


@shared_task(autoretry_for=(OSError,), retry_backoff=30, retry_backoff_max=3600, max_retries=8)
def send_contact_submission(submission_id):
    """Mail a stored contact-form submission to the address its page names."""
    submission = FormSubmission.objects.select_related("page").get(pk=submission_id)
    page = submission.page.specific
    if not isinstance(page, ContactPage) or not page.to_address:
        return
    data = submission.get_data()
    lines = [f"{label}: {data.get(name, '')}" for name, label in page.get_data_fields()]
    EmailMessage(
        subject=page.subject or "Contact form",
        body="\n".join(lines),
        from_email=page.from_address or None,
        to=[address.strip() for address in page.to_address.split(",") if address.strip()],
    ).send()
