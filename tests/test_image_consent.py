"""Photos lose their location and camera metadata on upload, and record a child's consent: a consent form is
kept privately and only safeguarding leads download it."""

import io

import pytest
from PIL import Image

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.core.files.uploadedfile import SimpleUploadedFile

from pages.demo.pdfs import report_pdf
from pages.models import SiteImage
from pages.safeguarding import SAFEGUARDING_LEADS
from tests.factories import ImageFactory

GPS_IFD = 0x8825
ORIENTATION = 0x0112
CAMERA_SERIAL = 0xA431


def photo_with_location(width=60, height=30):
    """A JPEG as a phone writes it: GPS position, camera serial, and 'turn me 90°' in its EXIF."""
    exif = Image.Exif()
    exif[ORIENTATION] = 6
    exif[0x010F] = "PhoneMaker"
    exif.get_ifd(0x8769)[CAMERA_SERIAL] = "SN-123456"
    gps = exif.get_ifd(GPS_IFD)
    gps[1], gps[2], gps[3], gps[4] = "N", (11.0, 33.0, 2.0), "E", (104.0, 55.0, 1.0)
    out = io.BytesIO()
    Image.new("RGB", (width, height), (180, 90, 40)).save(out, format="JPEG", exif=exif)
    return out.getvalue()


def stored_picture(image):
    image.refresh_from_db()
    with image.file.open("rb") as stored:
        picture = Image.open(io.BytesIO(stored.read()))
        picture.load()
    return picture


@pytest.fixture
def admin_client(client, db):
    client.force_login(get_user_model().objects.create_superuser("admin", "admin@ccpcr.org.kh", "passphrase"))
    return client


def test_the_test_photo_really_carries_a_location():
    exif = Image.open(io.BytesIO(photo_with_location())).getexif()
    assert exif.get_ifd(GPS_IFD)[1] == "N"


def test_a_photo_uploaded_in_the_admin_loses_its_location_and_stays_upright(admin_client):
    upload = SimpleUploadedFile("family.jpg", photo_with_location(), content_type="image/jpeg")
    admin_client.post("/admin/images/add/", {"title": "Family visit", "file": upload, "collection": 1})

    picture = stored_picture(SiteImage.objects.get(title="Family visit"))
    assert dict(picture.getexif()) == {}
    assert picture.size == (30, 60)  # turned as its orientation said, so no tag is needed any more


def test_a_photo_from_the_multiple_uploader_loses_its_location(admin_client):
    upload = SimpleUploadedFile("village.jpg", photo_with_location(), content_type="image/jpeg")
    admin_client.post("/admin/images/multiple/add/", {"files[]": upload})

    image = SiteImage.objects.get()
    assert dict(stored_picture(image).getexif()) == {}
    assert (image.width, image.height) == (30, 60)


def test_a_photo_saved_in_code_loses_its_location(db):
    image = SiteImage(title="Imported", file=ImageFile(io.BytesIO(photo_with_location()), name="imported.jpg"))
    image._set_image_file_metadata()
    image.save()

    assert stored_picture(image).getexif().get_ifd(GPS_IFD) == {}
    assert image.file_size == image.file.size


def test_consent_on_file_needs_the_date_it_was_signed(db):
    image = ImageFactory(shows_child=True, consent_on_file=True)

    with pytest.raises(ValidationError) as refusal:
        image.full_clean()
    assert refusal.value.message_dict["consent_date"] == ["Enter the date the consent form was signed."]


def test_a_consent_date_or_form_without_consent_ticked_is_refused(db):
    image = ImageFactory(shows_child=True, consent_date="2025-03-01")

    with pytest.raises(ValidationError) as refusal:
        image.full_clean()
    assert "tick “consent on file”" in refusal.value.message_dict["consent_on_file"][0]


def test_a_consent_form_that_is_not_a_document_is_refused(db):
    image = ImageFactory(shows_child=True, consent_on_file=True, consent_date="2025-03-01")
    image.consent_document = SimpleUploadedFile("consent.pdf", b"MZ\x90\x00 not a pdf", content_type="application/pdf")

    with pytest.raises(ValidationError) as refusal:
        image.full_clean()
    assert "consent_document" in refusal.value.message_dict


@pytest.fixture
def image_with_consent_form(admin_client, settings):
    image = ImageFactory(title="Boy reading", shows_child=True)
    form = SimpleUploadedFile(
        "Consent Sokha Chan.pdf", report_pdf("Consent", [{"heading": "Consent", "text": "Signed by the guardian."}])
    )
    admin_client.post(
        f"/admin/images/{image.pk}/",
        {
            "title": image.title,
            "collection": image.collection_id,
            "description": "A boy reads",
            "credit": "CCPCR",
            "shows_child": "on",
            "consent_on_file": "on",
            "consent_date": "2025-03-01",
            "consent_document": form,
        },
    )
    image.refresh_from_db()
    return image


def test_a_consent_form_is_kept_privately_under_a_random_name(image_with_consent_form, settings, admin_client):
    image = image_with_consent_form
    assert image.consent_document.name.startswith("consent-forms/")
    assert "Sokha" not in image.consent_document.name
    assert (settings.PRIVATE_MEDIA_ROOT / image.consent_document.name).exists()
    with pytest.raises(ValueError):
        image.consent_document.url  # noqa: B018 - a private file has no address
    page = admin_client.get(f"/admin/images/{image.pk}/").content.decode()
    assert f"/admin/images/{image.pk}/consent-form/" in page
    assert image.consent_document.name not in page


def test_only_a_safeguarding_lead_downloads_a_consent_form(image_with_consent_form, client):
    url = f"/admin/images/{image_with_consent_form.pk}/consent-form/"
    editor = get_user_model().objects.create_user("editor", "editor@ccpcr.org.kh", "pw", is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    lead = get_user_model().objects.create_user("lead", "lead@ccpcr.org.kh", "pw", is_staff=True)
    lead.groups.add(Group.objects.get(name=SAFEGUARDING_LEADS))

    client.force_login(editor)
    refused = client.get(url)
    client.force_login(lead)
    download = client.get(url)

    assert refused.status_code in (302, 403) and not refused.get("Content-Disposition")
    assert download["Content-Disposition"].startswith("attachment;")
    assert download["Content-Type"] == "application/pdf"
    assert b"".join(download.streaming_content).startswith(b"%PDF")


def test_only_a_safeguarding_lead_can_say_a_child_photo_is_consented_or_no_longer_shows_a_child(client, db):
    from tests.factories import ImageFactory

    photo = ImageFactory(title="Girl at the shelter gate", shows_child=True)
    editor = get_user_model().objects.create_user("editor", "editor@ccpcr.org.kh", "pw", is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    lead = get_user_model().objects.create_user("lead", "lead@ccpcr.org.kh", "pw", is_staff=True)
    lead.groups.add(Group.objects.get(name=SAFEGUARDING_LEADS))
    form = {"title": photo.title, "collection": photo.collection_id, "tags": "", "shows_child": ""}

    client.force_login(editor)
    for change in ({}, {"shows_child": "on", "faces_obscured": "on"}):
        response = client.post(f"/admin/images/{photo.pk}/", {**form, **change})
        assert "Only a safeguarding lead can change this." in response.content.decode()
    photo.refresh_from_db()
    assert photo.shows_child and not photo.faces_obscured and not photo.may_be_published

    client.force_login(lead)
    response = client.post(f"/admin/images/{photo.pk}/", {**form, "shows_child": "on", "faces_obscured": "on"})
    assert response["Location"] == "/admin/images/"
    photo.refresh_from_db()
    assert photo.faces_obscured and photo.may_be_published
