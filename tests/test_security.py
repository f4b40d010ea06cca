"""Hardened headers, caches and forms: a strict CSP on every public page in both languages and a workable one
in the admin, no browser cache for personal pages, CSRF on every form, safe names for uploads, a rate limit on
the contact form, and `check --deploy` clean with the production settings."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from wagtail.contrib.forms.models import FormSubmission
from wagtail.rich_text import RichText

from careers.models import Application
from tests.factories import (
    ContactPageFactory,
    DocumentFactory,
    DocumentLibraryPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    OpportunityIndexPageFactory,
    OpportunityPageFactory,
    RefereeFactory,
    UserFactory,
    VacancyIndexPageFactory,
    VacancyPageFactory,
    VolunteerApplicationFactory,
    VolunteerProfileFactory,
    translate,
)
from tests.reading import soup, visible_text
from tests.test_contact import message
from volunteers.models import Referee, VolunteerApplication

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
REPOSITORY = Path(__file__).resolve().parents[1]


def directives(response, header="Content-Security-Policy"):
    """The response's CSP as {directive: [values]}."""
    policy = {}
    for part in response[header].split(";"):
        name, *values = part.split()
        policy[name] = values
    return policy


@pytest.fixture
def public_site(home, home_km):
    """One page of every public type, each with its Khmer translation. Returns their paths."""
    news = NewsIndexPageFactory(parent=home)
    article = NewsPageFactory(parent=news, slug="return")
    library = DocumentLibraryPageFactory(parent=home)
    DocumentFactory(title="Annual report 2024")
    careers = VacancyIndexPageFactory(parent=home)
    vacancy = VacancyPageFactory(parent=careers, slug="social-worker")
    volunteering = OpportunityIndexPageFactory(parent=home)
    opportunity = OpportunityPageFactory(parent=volunteering, slug="child-club")
    contact = ContactPageFactory(parent=home)
    for page in (news, article, library, careers, vacancy, volunteering, opportunity):
        translate(page, "km", title=f"{page.title} ខ្មែរ")
    translate(contact, "km", title="ទំនាក់ទំនងយើង", intro=RichText("<p>សូមសរសេរមកយើង។</p>"))
    rest = ["", "news/", "news/return/", "documents/", "careers/", "careers/social-worker/", "volunteer/"]
    rest += ["volunteer/child-club/", "search/?q=children", "contact/"]
    return [f"/{language}/{path}" for language in ("en", "km") for path in rest]


def test_every_public_page_in_both_languages_sends_the_strict_policy_and_the_usual_headers(client, public_site):
    for path in public_site:
        response = client.get(path)
        assert response.status_code == 200, path

        policy = directives(response)
        assert policy["default-src"] == ["'self'"], path
        assert policy["script-src"] == ["'self'"], path
        assert policy["style-src"] == ["'self'"], path
        assert policy["object-src"] == ["'none'"] and policy["base-uri"] == ["'none'"], path
        assert policy["frame-ancestors"] == ["'none'"] and policy["form-action"] == ["'self'"], path
        assert "'unsafe-inline'" not in response["Content-Security-Policy"], path
        assert response["X-Frame-Options"] == "DENY", path
        assert response["X-Content-Type-Options"] == "nosniff", path
        assert response["Referrer-Policy"] == "strict-origin-when-cross-origin", path
        assert response["Cross-Origin-Opener-Policy"] == "same-origin", path
        for feature in ("camera", "microphone", "geolocation", "payment"):
            assert f"{feature}=()" in response["Permissions-Policy"], path
        assert "no-store" not in response.get("Cache-Control", ""), path


def test_public_pages_have_no_inline_script_or_style_for_the_policy_to_block(client, public_site):
    for path in public_site:
        page = soup(client.get(path))
        assert not page.select("style, [style]"), path
        assert not [attribute for tag in page.find_all(True) for attribute in tag.attrs if attribute.startswith("on")]
        for script in page.select("script"):
            # JSON-LD is a data block: browsers never run it, so script-src does not apply to it.
            assert script.get("src") or script.get("type") == "application/ld+json", path


def test_the_admin_gets_its_own_looser_policy_and_still_renders(client, home):
    editor = get_user_model().objects.create_superuser("editor", "editor@ccpcr.org.kh", "a long passphrase")
    client.force_login(editor)

    dashboard = client.get("/admin/")
    edit = client.get(f"/admin/pages/{home.pk}/edit/")

    for response in (dashboard, edit):
        assert response.status_code == 200
        policy = directives(response)
        assert "'unsafe-inline'" in policy["script-src"]
        assert policy["frame-ancestors"] == ["'self'"]  # the editor frames its own preview
        assert policy["object-src"] == ["'none'"]
        assert "no-store" in response["Cache-Control"]
    assert soup(edit).select_one("form#page-edit-form")


def test_the_admin_preview_may_be_framed_by_the_admin_only(client, home):
    editor = get_user_model().objects.create_superuser("editor", "editor@ccpcr.org.kh", "a long passphrase")
    client.force_login(editor)

    preview = client.get(f"/admin/pages/{home.pk}/edit/preview/")

    assert preview["X-Frame-Options"] == "SAMEORIGIN"  # Wagtail's own override of our DENY
    assert directives(preview)["frame-ancestors"] == ["'self'"]


def test_documents_are_served_inert(client, home):
    document = DocumentFactory(title="Annual report 2024")
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Disposition"].startswith("inline")  # a PDF: read in the browser's viewer

    spreadsheet = DocumentFactory(title="Budget", file=SimpleUploadedFile("budget.csv", b"a,b\n=1+1,2\n"))
    assert client.get(spreadsheet.url)["Content-Disposition"].startswith("attachment")


def test_risky_document_and_image_types_are_not_accepted():
    assert not {"zip", "doc", "xls", "ppt", "html", "htm", "svg", "js"} & set(settings.WAGTAILDOCS_EXTENSIONS)
    assert "svg" not in settings.WAGTAILIMAGES_EXTENSIONS
    assert settings.WAGTAIL_PRIVATE_PAGE_OPTIONS == {"SHARED_PASSWORD": False}
    assert settings.WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS == {"SHARED_PASSWORD": False}


@pytest.fixture
def member(db):
    return VolunteerProfileFactory(user__email="sophea@example.org").user


@pytest.mark.parametrize(
    "path",
    [
        "/en/accounts/email/",
        "/km/accounts/password/change/",
        "/en/careers/my-applications/",
        "/en/careers/social-worker/apply/",
        "/km/careers/social-worker/apply/",
        "/en/volunteer/profile/",
        "/en/volunteer/my-applications/",
        "/km/volunteer/policy/",
        "/en/volunteer/child-club/apply/",
    ],
)
def test_pages_with_personal_data_are_never_cached(client, public_site, member, policy, path):
    client.force_login(member)
    response = client.get(path)
    assert response.status_code == 200, path
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


def test_sign_in_and_a_referees_form_are_never_cached_either(client, opportunity, volunteer):
    referee = RefereeFactory(application=VolunteerApplicationFactory(opportunity=opportunity, volunteer=volunteer))
    for path in ("/en/accounts/login/", referee.link_path()):
        response = client.get(path)
        assert response.status_code == 200, path
        assert "no-store" in response["Cache-Control"], path


def run_with_production_settings(*arguments):
    """manage.py in a fresh process with the production settings and the variables they require."""
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "ccpcr.settings.production",
        "DJANGO_SECRET_KEY": "k" * 10 + "9f#Lq2@xVb7!Zr4$Tn8^Wm1&Hc6*Jd3(Ps5)Ye0_Ga" + "u" * 10,
        "ALLOWED_HOSTS": "www.ccpcr.org.kh",
        "DATABASE_URL": "postgres://ccpcr@127.0.0.1:5432/ccpcr",
        "CELERY_BROKER_URL": "redis://127.0.0.1:6379/0",
        "EMAIL_URL": "smtp+tls://web:secret@mail.ccpcr.org.kh:587",
        "WAGTAILADMIN_BASE_URL": "https://www.ccpcr.org.kh",
    }
    return subprocess.run(  # noqa: S603 - our own manage.py with fixed arguments
        [sys.executable, "manage.py", *arguments],
        cwd=REPOSITORY,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_is_clean_with_the_production_settings():
    result = run_with_production_settings("check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_cookies_are_host_only_and_secure():
    result = run_with_production_settings(
        "shell",
        "--no-imports",
        "-c",
        "from django.conf import settings as s; print(s.SESSION_COOKIE_NAME, s.CSRF_COOKIE_NAME, "
        "s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SESSION_COOKIE_HTTPONLY, s.SESSION_COOKIE_PATH, "
        "s.CSRF_COOKIE_PATH, s.SESSION_COOKIE_DOMAIN, s.CSRF_COOKIE_DOMAIN)",
    )
    assert result.stdout.split() == [
        "__Host-sessionid",
        "__Host-csrftoken",
        *["True"] * 3,
        *["/"] * 2,
        *["None"] * 2,
    ], result.stderr


@pytest.fixture
def csrf_client():
    return Client(enforce_csrf_checks=True)


def refused_for_csrf(response):
    return response.status_code == 403 and "The form could not be sent" in visible_text(response)


def test_a_contact_message_without_the_csrf_token_is_refused(csrf_client, home):
    contact = ContactPageFactory(parent=home)
    assert refused_for_csrf(csrf_client.post(contact.url, message()))
    assert not FormSubmission.objects.exists()


def test_an_application_without_the_csrf_token_is_refused(csrf_client, home):
    vacancy = VacancyPageFactory(parent=VacancyIndexPageFactory(parent=home), slug="social-worker")
    csrf_client.force_login(UserFactory(email="dara@example.org"))
    response = csrf_client.post(
        f"/en/careers/{vacancy.slug}/apply/",
        {"full_name": "Dara Sok", "consent": "on", "cv": SimpleUploadedFile("cv.pdf", PDF)},
    )
    assert refused_for_csrf(response)
    assert not Application.objects.exists()


def test_a_volunteer_application_without_the_csrf_token_is_refused(csrf_client, opportunity, policy, volunteer):
    csrf_client.force_login(volunteer)
    response = csrf_client.post(f"/en/volunteer/{opportunity.slug}/apply/", {"motivation": "To help."})
    assert refused_for_csrf(response)
    assert not VolunteerApplication.objects.exists()


def test_a_reference_without_the_csrf_token_is_refused(csrf_client, opportunity, volunteer):
    referee = RefereeFactory(application=VolunteerApplicationFactory(opportunity=opportunity, volunteer=volunteer))
    response = csrf_client.post(
        referee.link_path(),
        {"how_known": "Her teacher", "known_for": "Five years", "suitability": "Kind", "has_concerns": "no"},
    )
    assert refused_for_csrf(response)
    assert Referee.objects.get().answered_at is None


def test_a_cv_named_to_climb_out_of_its_folder_is_stored_under_a_random_name_inside_private_storage(
    client, home, settings
):
    vacancy = VacancyPageFactory(parent=VacancyIndexPageFactory(parent=home), slug="social-worker")
    client.force_login(UserFactory(email="dara@example.org"))

    client.post(
        f"/en/careers/{vacancy.slug}/apply/",
        {
            "full_name": "Dara Sok",
            "phone": "+855 12 345 678",
            "province": "svay-rieng",
            "khmer_level": "fluent",
            "english_level": "good",
            "cover_letter": "I have worked with children for three years.",
            "consent": "on",
            "cv": SimpleUploadedFile("../../etc/passwd.pdf", PDF, content_type="application/pdf"),
        },
    )

    stored = Path(Application.objects.get().documents.get().file.path).resolve()
    private = Path(settings.PRIVATE_MEDIA_ROOT).resolve()
    assert stored.is_relative_to(private)
    assert "passwd" not in stored.name and ".." not in stored.parts
    assert re.fullmatch(r"[0-9a-f]{32}", stored.name)
    assert stored.read_bytes() == PDF


def test_the_contact_form_answers_429_in_khmer_after_too_many_posts(client, home, home_km, settings):
    settings.CONTACT_FORM_RATE_LIMIT = "3/h"
    contact = ContactPageFactory(parent=home)
    contact_km = translate(contact, "km", title="ទំនាក់ទំនងយើង", intro=RichText("<p>សូមសរសេរមកយើង។</p>"))

    for _ in range(3):
        assert client.post(f"/km/{contact_km.slug}/", message()).status_code == 200
    refused = client.post(f"/km/{contact_km.slug}/", message())

    assert refused.status_code == 429
    assert soup(refused).html["lang"] == "km"
    assert "ព្យាយាមច្រើនដងពេក" in visible_text(refused)
    assert FormSubmission.objects.count() == 3
    # Another address still gets through.
    other = client.post(f"/km/{contact_km.slug}/", message(), REMOTE_ADDR="203.0.113.9")
    assert other.status_code == 200
