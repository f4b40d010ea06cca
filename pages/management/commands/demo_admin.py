"""`python manage.py demo_admin`: demo staff accounts for a local demo, and how to log in. Never for production.

- admin: a superuser;
- hr: in the HR group (applications, CVs);
- editor: in the Editors group (pages, news, documents; no applications);
- coordinator and coordinator2: in the Volunteer coordinators group. Two, because a police check must be
  verified by a coordinator other than the one who approves the volunteer;
- safeguarding: in the Safeguarding leads group (reviews stories, reads consent forms and reported concerns).
"""

import os
import secrets

from allauth.account.models import EmailAddress

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

ACCOUNTS = [
    ("admin", None),
    ("hr", "HR"),
    ("editor", "Editors"),
    ("coordinator", "Volunteer coordinators"),
    ("coordinator2", "Volunteer coordinators"),
    ("safeguarding", "Safeguarding leads"),
]


class Command(BaseCommand):
    help = "Create (or reset) the local demo staff accounts and print their credentials. Refused unless DEBUG is on."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("demo_admin is for local development only (DEBUG is off).")
        password_file = settings.BASE_DIR / "var" / "demo-admin-password"
        password_file.parent.mkdir(parents=True, exist_ok=True)
        if not password_file.exists():
            password_file.write_text(secrets.token_urlsafe(12))
        password = password_file.read_text().strip()
        for username, group in ACCOUNTS:
            email = f"{username}@ccpcr.example"
            user, _ = get_user_model().objects.get_or_create(username=username, defaults={"email": email})
            user.is_active = user.is_staff = True
            user.is_superuser = group is None
            user.set_password(password)
            user.save()
            if group:
                user.groups.set([Group.objects.get(name=group)])
            EmailAddress.objects.update_or_create(
                user=user, email=user.email, defaults={"verified": True, "primary": True}
            )
        port = os.environ.get("PORT", "8000")
        self.stdout.write(
            self.style.SUCCESS(
                f"Admin: http://127.0.0.1:{port}/admin/  log in with <user>@ccpcr.example, users: admin "
                f"(everything), hr (applications), editor (content), coordinator and coordinator2 (volunteers), "
                f"safeguarding (reviews, concerns)  password: {password}"
            )
        )
