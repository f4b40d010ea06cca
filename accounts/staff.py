"""Staff accounts are the keys to children's stories and people's CVs and police checks, so they carry more
than a password: a second factor (TOTP from allauth.mfa, with recovery codes) before the admin opens, and a
session that ends after STAFF_SESSION_IDLE_MINUTES without activity or STAFF_SESSION_MAX_HOURS in all.
Staff are people who may use the Wagtail admin (`wagtailadmin.access_admin`)."""

import time

from allauth.account.authentication import get_authentication_records
from allauth.mfa.models import Authenticator

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

STARTED, SEEN = "staff_session_started", "staff_session_seen"


def is_staff_member(user):
    return user.is_authenticated and (user.is_superuser or user.has_perm("wagtailadmin.access_admin"))


def has_second_factor(user):
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def used_second_factor(request):
    """Whether this session's login included the second factor (allauth records each step of a login)."""
    return any(record.get("method") == "mfa" for record in get_authentication_records(request, request.user))


class StaffSecurityMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if is_staff_member(request.user):
            if self.session_has_expired(request):
                logout(request)
                messages.info(request, _("Your session has ended. Please log in again."))
                return redirect(f"{reverse('account_login')}?{urlencode({'next': request.get_full_path()})}")
            if settings.STAFF_MFA_REQUIRED and request.path.startswith("/admin/"):
                if not has_second_factor(request.user):
                    messages.warning(
                        request,
                        _("Staff accounts need a second factor. Set up an authenticator app to open the admin."),
                    )
                    return redirect("mfa_activate_totp")
                if not used_second_factor(request):
                    # A login that skipped the code (any path but allauth's): log in again, with it.
                    logout(request)
                    messages.info(request, _("Please log in with your password and your authenticator code."))
                    return redirect(f"{reverse('account_login')}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)

    @staticmethod
    def session_has_expired(request):
        now = int(time.time())
        started = request.session.setdefault(STARTED, now)
        seen = request.session.get(SEEN, now)
        expired = (
            now - seen > settings.STAFF_SESSION_IDLE_MINUTES * 60
            or now - started > settings.STAFF_SESSION_MAX_HOURS * 3600
        )
        request.session[SEEN] = now
        return expired
