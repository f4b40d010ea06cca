"""django-allauth, the CCPCR way: its emails go through the notification outbox (so Celery sends them,
after commit, never lost), in the language the visitor was using."""

import uuid

from allauth.account.adapter import DefaultAccountAdapter

from django.urls import reverse
from django.utils import translation

from notifications.services import notify_rendered


class AccountAdapter(DefaultAccountAdapter):
    def get_login_redirect_url(self, request):
        """After logging in, applicants and volunteers land on their applications, in their language."""
        return reverse("my_applications")

    def get_signup_redirect_url(self, request):
        """Where a new member lands once signed up and confirmed (the address is kept from sign-up, so it is
        in the language they signed up in)."""
        return self.get_login_redirect_url(request)

    def get_email_verification_redirect_url(self, email_address):
        """After confirming an address, stay in the language of the confirmation link (allauth's default, "/",
        would choose a language from the browser instead)."""
        if self.request.user.is_authenticated:
            return self.get_login_redirect_url(self.request)
        return reverse("account_login")

    def send_mail(self, template_prefix, email, context):
        message = self.render_mail(template_prefix, email, context)
        notify_rendered(
            message,
            language=translation.get_language() or "en",
            key=f"account:{template_prefix.rsplit('/', 1)[-1]}:{uuid.uuid4()}",
        )
