"""Applying for a vacancy, following one's applications, and HR's review: private CVs, one application per
person, clear refusals for bad files, and nobody reading anyone else's application."""

import io
import zipfile

import pytest
from allauth.account.models import EmailAddress

from django.contrib.auth.models import Group
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile

from careers.models import Application, DocumentDownload
from notifications.models import Notification
from tests.factories import ApplicationFactory, VacancyIndexPageFactory, VacancyPageFactory, translate
from tests.reading import english_words, soup, visible_text

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def docx(extra_bytes=0):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
        if extra_bytes:
            archive.writestr("word/media/padding.bin", b"\0" * extra_bytes)
    return buffer.getvalue()


def upload(content=PDF, name="cv.pdf", content_type="application/pdf"):
    return SimpleUploadedFile(name, content, content_type=content_type)


@pytest.fixture
def vacancy(home):
    careers = VacancyIndexPageFactory(parent=home)
    return VacancyPageFactory(
        parent=careers,
        screening_questions=[("yes_no", {"question": "Can you work weekends?", "help_text": "", "required": True})],
    )


def make_user(django_user_model, email, verified=True):
    user = django_user_model.objects.create_user(username=email, email=email, password="a long passphrase")
    EmailAddress.objects.create(user=user, email=email, verified=verified, primary=True)
    return user


@pytest.fixture
def applicant(django_user_model):
    return make_user(django_user_model, "dara@example.org")


def application_data(**overrides):
    data = {
        "full_name": "Dara Sok",
        "phone": "+855 12 345 678",
        "province": "svay-rieng",
        "khmer_level": "fluent",
        "english_level": "good",
        "cover_letter": "I have worked with children for three years.",
        "question_0": "yes",
        "consent": "on",
        "cv": upload(),
    }
    data.update(overrides)
    return data


def apply_url(vacancy, language="en"):
    return f"/{language}/careers/{vacancy.slug}/apply/"


def test_an_applicant_applies_with_a_pdf_and_both_sides_are_told(
    client, vacancy, applicant, settings, django_capture_on_commit_callbacks
):
    client.force_login(applicant)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(apply_url(vacancy), application_data(), follow=True)

    application = Application.objects.get()
    assert application.answers == [{"question": "Can you work weekends?", "answer": "yes"}]
    assert application.privacy_notice_version and application.consented_at
    document = application.documents.get()
    assert document.file.path.startswith(str(settings.PRIVATE_MEDIA_ROOT))
    assert document.file.read() == PDF and document.original_name == "cv.pdf"
    assert "We have received your application." in visible_text(response)
    assert sorted(message.to[0] for message in mail.outbox) == ["dara@example.org", "hr@ccpcr.org.kh"]


def test_applying_in_khmer_sends_the_confirmation_in_khmer(
    client, vacancy, applicant, home_km, django_capture_on_commit_callbacks
):
    translate(vacancy.get_parent(), "km", title="ឱកាសការងារ", intro="")
    translate(vacancy, "km", title="បុគ្គលិកសង្គមកិច្ច", intro="ការងារ")
    client.force_login(applicant)
    form_page = client.get(apply_url(vacancy, "km"))
    assert english_words(form_page, names=["Can", "you", "work", "weekends"]) == []

    with django_capture_on_commit_callbacks(execute=True):
        client.post(apply_url(vacancy, "km"), application_data())

    confirmation = next(message for message in mail.outbox if message.to == ["dara@example.org"])
    assert "បុគ្គលិកសង្គមកិច្ច" in confirmation.subject
    assert "/km/careers/my-applications/" in confirmation.body


def test_a_second_try_or_a_double_click_makes_no_second_application_or_email(
    client, vacancy, applicant, django_capture_on_commit_callbacks
):
    client.force_login(applicant)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(apply_url(vacancy), application_data())
        response = client.post(apply_url(vacancy), application_data(cv=upload()), follow=True)

    assert Application.objects.count() == 1
    assert Notification.objects.count() == 2 and len(mail.outbox) == 2
    assert "You have already applied for this vacancy." in visible_text(response)


@pytest.mark.parametrize(
    ("cv", "message"),
    [
        (upload(b"<html><script>alert(1)</script></html>", "cv.pdf"), "Please upload a PDF or Word document"),
        (upload(b"MZ\x90\x00" + b"\0" * 200, "cv.pdf", "application/pdf"), "Please upload a PDF or Word document"),
        (upload(PDF + b"\0" * (5 * 1024 * 1024), "big.pdf"), "files may be at most 5"),
        (upload(docx(extra_bytes=60 * 1024 * 1024), "cv.docx", "application/msword"), "too large once opened"),
        (upload(b"PK\x03\x04broken", "cv.docx"), "Please upload a PDF or Word document"),
    ],
    ids=["html-called-pdf", "renamed-executable", "oversized", "zip-bomb-docx", "broken-zip"],
)
def test_files_are_judged_by_content_and_size_and_the_rest_of_the_form_is_kept(client, vacancy, applicant, cv, message):
    client.force_login(applicant)
    response = client.post(apply_url(vacancy), application_data(cv=cv))

    assert response.status_code == 200
    assert message in visible_text(response)
    page = soup(response)
    assert page.select_one("input[name=full_name]")["value"] == "Dara Sok"
    assert "three years" in page.select_one("textarea[name=cover_letter]").get_text()
    assert not Application.objects.exists()


def test_a_word_document_is_accepted(client, vacancy, applicant):
    client.force_login(applicant)
    client.post(apply_url(vacancy), application_data(cv=upload(docx(), "cv.docx", "application/octet-stream")))
    assert Application.objects.get().documents.get().file_type == "docx"


def test_a_cv_is_required(client, vacancy, applicant):
    client.force_login(applicant)
    data = application_data()
    del data["cv"]
    response = client.post(apply_url(vacancy), data)
    assert "This field is required." in soup(response).select_one("#id_cv_error").get_text()
    assert not Application.objects.exists()


def test_a_closed_vacancy_takes_no_applications(client, vacancy, applicant):
    import datetime

    vacancy.closing_date = datetime.date(2020, 1, 1)
    vacancy.save_revision().publish()
    client.force_login(applicant)

    shown = client.get(apply_url(vacancy))
    posted = client.post(apply_url(vacancy), application_data())

    assert shown.status_code == posted.status_code == 410
    assert "This vacancy is closed." in visible_text(shown)
    assert not soup(shown).select("form.form")
    assert not Application.objects.exists()


def test_signing_in_and_a_verified_email_come_before_applying(client, vacancy, django_user_model):
    anonymous = client.get(apply_url(vacancy))
    assert anonymous.status_code == 302 and "/accounts/login/" in anonymous["Location"]

    client.force_login(make_user(django_user_model, "new@example.org", verified=False))
    unverified = client.post(apply_url(vacancy), application_data())
    assert not Application.objects.exists()
    assert unverified.status_code == 200 and not soup(unverified).select("input[name=cv]")


def test_applicants_see_their_stage_in_plain_words_and_can_withdraw(client, vacancy, applicant):
    client.force_login(applicant)
    client.post(apply_url(vacancy), application_data())
    application = Application.objects.get()

    listing = visible_text(client.get("/en/careers/my-applications/"))
    client.post(f"/en/careers/my-applications/{application.pk}/withdraw/")

    assert "We have received your application." in listing
    application.refresh_from_db()
    assert application.stage == Application.Stage.WITHDRAWN
    assert application.stage_changes.get().by == applicant
    assert "You withdrew this application." in visible_text(client.get("/en/careers/my-applications/"))


def test_applicants_can_delete_their_application_and_documents(client, vacancy, applicant):
    client.force_login(applicant)
    client.post(apply_url(vacancy), application_data())
    path = Application.objects.get().documents.get().file.path

    client.post(f"/en/careers/my-applications/{Application.objects.get().pk}/delete/")

    assert not Application.objects.exists()
    import os

    assert not os.path.exists(path)


def test_nobody_can_touch_another_applicants_application(client, vacancy, applicant, django_user_model):
    client.force_login(applicant)
    client.post(apply_url(vacancy), application_data())
    application = Application.objects.get()
    client.force_login(make_user(django_user_model, "other@example.org"))

    assert client.post(f"/en/careers/my-applications/{application.pk}/withdraw/").status_code == 404
    assert client.post(f"/en/careers/my-applications/{application.pk}/delete/").status_code == 404
    assert "Dara" not in visible_text(client.get("/en/careers/my-applications/"))
    application.refresh_from_db()
    assert application.stage == Application.Stage.RECEIVED


@pytest.fixture
def submitted(client, vacancy, applicant):
    client.force_login(applicant)
    client.post(apply_url(vacancy), application_data(full_name='<img src=x onerror="alert(1)">'))
    client.logout()
    return Application.objects.get()


def staff(django_user_model, group):
    user = django_user_model.objects.create_user(username=group, email=f"{group}@ccpcr.org.kh", password="x")
    user.groups.add(Group.objects.get(name=group))
    return user


def test_hr_reviews_downloads_and_moves_an_application(
    client, submitted, django_user_model, django_capture_on_commit_callbacks
):
    hr = staff(django_user_model, "HR")
    client.force_login(hr)
    listing = client.get("/admin/careers_application/")
    inspect = client.get(f"/admin/careers_application/inspect/{submitted.pk}/")
    document = submitted.documents.get()
    download = client.get(f"/admin/careers/documents/{document.pk}/")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/admin/careers/applications/{submitted.pk}/move/",
            {"stage": "screening", "note": "Strong CV", "announce": ""},
        )
        client.post(
            f"/admin/careers/applications/{submitted.pk}/move/",
            {"stage": "interview", "note": "", "announce": "on"},
        )

    assert (
        listing.status_code == 200
        and b"&lt;img src=x" in listing.content
        and b"<img src=x onerror" not in listing.content
    )
    assert b"Can you work weekends?" in inspect.content
    assert b"".join(download.streaming_content) == PDF
    assert download["Content-Disposition"].startswith("attachment")
    assert DocumentDownload.objects.get().by == hr
    submitted.refresh_from_db()
    assert submitted.stage == Application.Stage.INTERVIEW
    assert [change.note for change in submitted.stage_changes.all()] == ["Strong CV", ""]
    announced = [message for message in mail.outbox if message.to == ["dara@example.org"]]
    assert len(announced) == 1 and "interview" in announced[0].body


def test_hr_exports_applications_as_csv(client, submitted, django_user_model):
    client.force_login(staff(django_user_model, "HR"))
    response = client.get("/admin/careers_application/?export=csv")
    assert response["Content-Type"].startswith("text/csv")
    assert b"dara@example.org" in b"".join(response.streaming_content)


def test_a_name_written_as_a_spreadsheet_formula_is_exported_as_text(client, vacancy, django_user_model):
    ApplicationFactory(vacancy=vacancy, full_name='=HYPERLINK("http://evil.example","Dara")', phone="+855 12 345 678")
    client.force_login(staff(django_user_model, "HR"))

    exported = b"".join(client.get("/admin/careers_application/?export=csv").streaming_content).decode()

    assert "'=HYPERLINK" in exported and ",=HYPERLINK" not in exported
    assert "'+855 12 345 678" in exported


def test_the_pipeline_refuses_impossible_moves(submitted):
    with pytest.raises(ValueError):
        submitted.move_to(Application.Stage.HIRED)


@pytest.mark.parametrize(
    "path",
    ["/admin/careers_application/", "/admin/careers_application/inspect/{pk}/", "/admin/careers/documents/{document}/"],
)
def test_editors_cannot_see_applications_or_cvs(client, submitted, django_user_model, path):
    client.force_login(staff(django_user_model, "Editors"))
    response = client.get(path.format(pk=submitted.pk, document=submitted.documents.get().pk))
    assert response.status_code in (302, 403)
    assert b"Dara" not in response.content and b"%PDF" not in response.content


def test_no_url_reaches_a_cv_without_hr_permission(client, submitted, applicant, settings):
    document = submitted.documents.get()
    assert client.get(f"/admin/careers/documents/{document.pk}/").status_code == 302  # anonymous: login first
    client.force_login(applicant)
    assert client.get(f"/admin/careers/documents/{document.pk}/").status_code in (302, 403)
    assert client.get(f"/media/{document.file.name}", follow=True).status_code == 404
    assert not str(settings.PRIVATE_MEDIA_ROOT).startswith(str(settings.MEDIA_ROOT))


def test_hr_keeps_internal_notes_the_applicant_never_sees(client, submitted, applicant, django_user_model):
    client.force_login(staff(django_user_model, "HR"))
    client.post(f"/admin/careers/applications/{submitted.pk}/notes/", {"text": "Call referee <b>first</b>"})
    inspect = client.get(f"/admin/careers_application/inspect/{submitted.pk}/")
    assert b"Call referee &lt;b&gt;first&lt;/b&gt;" in inspect.content
    client.force_login(applicant)
    assert "Call referee" not in visible_text(client.get("/en/careers/my-applications/"))
    client.force_login(staff(django_user_model, "Editors"))
    client.post(f"/admin/careers/applications/{submitted.pk}/notes/", {"text": "Editor was here"})
    assert submitted.notes.count() == 1


def test_hr_moves_all_the_applications_a_filter_shows_at_once(
    client, vacancy, django_user_model, django_capture_on_commit_callbacks
):
    for number in range(3):
        client.force_login(make_user(django_user_model, f"applicant{number}@example.org"))
        client.post(apply_url(vacancy), application_data(province="kandal" if number else "takeo"))
    Application.objects.filter(province="takeo").update(stage=Application.Stage.WITHDRAWN)
    client.force_login(staff(django_user_model, "HR"))

    listing = client.get("/admin/careers_application/?province=kandal")
    confirm = client.get("/admin/careers/applications/move/?province=kandal")
    with django_capture_on_commit_callbacks(execute=True):  # the move is a Celery job, queued after the commit
        client.post("/admin/careers/applications/move/?province=kandal", {"stage": "screening", "note": "First read"})
        everyone = client.post("/admin/careers/applications/move/", {"stage": "screening"})  # the withdrawn one stays

    assert b"/admin/careers/applications/move/?province=kandal" in listing.content
    assert "2 applications are shown" in visible_text(confirm)
    stages = dict(Application.objects.values_list("province", "stage").order_by("province"))
    assert sorted(Application.objects.values_list("stage", flat=True)) == ["screening", "screening", "withdrawn"]
    assert stages["takeo"] == "withdrawn"
    assert all(a.stage_changes.count() == 1 for a in Application.objects.filter(province="kandal"))
    assert "0 applications moved; 3 could not move there" in visible_text(client.get(everyone["Location"]))


def test_editors_cannot_move_applications_in_bulk(client, submitted, django_user_model):
    client.force_login(staff(django_user_model, "Editors"))
    response = client.post("/admin/careers/applications/move/", {"stage": "rejected"})
    assert response.status_code in (302, 403)
    submitted.refresh_from_db()
    assert submitted.stage == Application.Stage.RECEIVED


def test_the_hr_list_opens_each_application_and_takes_the_same_queries_for_more_rows(
    client, vacancy, django_user_model
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(staff(django_user_model, "HR"))

    def listing_with(count):
        while Application.objects.count() < count:
            ApplicationFactory(vacancy=vacancy)
        client.get("/admin/careers_application/")
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/admin/careers_application/")
        return len(queries), response

    few, _ = listing_with(2)
    more, response = listing_with(12)
    assert few == more
    first = Application.objects.first()
    links = [a["href"] for a in soup(response).select("table a[href]")]
    assert f"/admin/careers_application/inspect/{first.pk}/" in links
    assert not any("/edit/" in link for link in links)


def test_hr_filtering_by_a_vacancy_sees_the_applications_made_in_both_languages(
    client, vacancy, home_km, django_user_model
):
    translate(vacancy.get_parent(), "km", title="ឱកាសការងារ")
    khmer_vacancy = translate(vacancy, "km", title="បុគ្គលិកសង្គមកិច្ច")
    for number, page in enumerate([vacancy, khmer_vacancy]):
        ApplicationFactory(vacancy=page, full_name=f"Applicant {number}", email=f"applicant{number}@example.org")
    ApplicationFactory(vacancy=VacancyPageFactory(parent=vacancy.get_parent(), slug="accountant"), full_name="Other")
    client.force_login(staff(django_user_model, "HR"))

    listing = visible_text(client.get("/admin/careers_application/", {"vacancy": vacancy.pk}))

    assert "Applicant 0" in listing and "Applicant 1" in listing
    assert "Other" not in listing
