"""Security headers Django does not send by itself, and the client address that rate limits count by.

- `ContentSecurityPolicyMiddleware`: django-csp's middleware, with the admin's looser policy under /admin/.
- `PermissionsPolicyMiddleware`: turns off the browser features the site never uses.
- `NoStoreMiddleware`: pages with personal data (accounts, applications, references, the admin) are
  never kept by a browser's or a proxy's cache, so the back button on a shared computer shows nothing.
- `client_ip`: the visitor's address behind `TRUSTED_PROXY_COUNT` proxies, for django-ratelimit.

The policies themselves are settings (`site/ccpcr/settings/base.py`, "Security headers").
"""

import re

from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config

from django.conf import settings
from django.utils.cache import add_never_cache_headers

ADMIN_PREFIX = "/admin/"


def _is_admin(request):
    return request.path_info.startswith(ADMIN_PREFIX)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """The public policy everywhere, `ADMIN_CONTENT_SECURITY_POLICY` under /admin/.

    Wagtail's admin (and the page previews it frames) needs inline scripts and styles; the public site
    has none, so it gets the strict policy. A view can still override either with django-csp's decorators.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and _is_admin(request):
            return PolicyParts(
                config=default_config(settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]),
                update=parts.update,
                replace=parts.replace,
                nonce=parts.nonce,
            )
        return parts


class PermissionsPolicyMiddleware:
    """Send `Permissions-Policy` from settings.PERMISSIONS_POLICY: {feature: [allowed origins]}."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = ", ".join(
            f"{feature}=({' '.join(origins)})" for feature, origins in settings.PERMISSIONS_POLICY.items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.header)
        return response


def _sensitive_paths():
    languages = "|".join(re.escape(code) for code, _name in settings.LANGUAGES)
    return re.compile(
        rf"^{re.escape(ADMIN_PREFIX)}"
        rf"|^/(?:{languages})/(?:"
        r"accounts/"
        r"|careers/my-applications/"
        r"|volunteer/(?:profile|my-applications|policy|reference)/"
        # A vacancy's or an opportunity's application form, wherever editors put the page.
        r"|(?:[^/]+/)+apply/"
        r")"
    )


class NoStoreMiddleware:
    """`Cache-Control: no-store, private` on every page that shows or takes personal data."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.sensitive = _sensitive_paths()

    def __call__(self, request):
        response = self.get_response(request)
        if self.sensitive.match(request.path_info):
            add_never_cache_headers(response)
        return response


def client_ip(request):
    """The visitor's address: REMOTE_ADDR, or the one our own proxies saw, never one the client wrote.

    Each of the `TRUSTED_PROXY_COUNT` proxies in front of the site appends the address it received the
    request from to X-Forwarded-For, so the visitor's address is that many entries from the right;
    anything further left came from the client and could be forged to dodge a rate limit.
    """
    count = settings.TRUSTED_PROXY_COUNT
    if count:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= count:
            return forwarded[-count]
    return request.META["REMOTE_ADDR"]


def rate(setting_name):
    """A django-ratelimit rate read from settings at request time, so deployments and tests can change it."""

    def rate_from_settings(group, request):
        return getattr(settings, setting_name)

    return rate_from_settings
