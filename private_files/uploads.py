"""Personal documents: accepted by what they contain (PDF, DOC, DOCX), never by name or declared type, no
larger than MAX_UPLOAD_SIZE, kept in private storage under a random name, served as an attachment."""

import os
import uuid
import zipfile

import filetype

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import FileSystemStorage
from django.http import FileResponse
from django.template.defaultfilters import filesizeformat
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _

MAX_UPLOAD_SIZE = 5 * 1024 * 1024
ACCEPTED = {
    "pdf": "application/pdf",
    "doc": "application/msword",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
# A DOCX is a zip; one that unpacks to more than this is refused (a "zip bomb").
MAX_UNPACKED_DOCX = 50 * 1024 * 1024


class PrivateStorage(FileSystemStorage):
    """Files under PRIVATE_MEDIA_ROOT, which no URL reaches: only download views that check a permission and
    log the download serve them (through `attachment`). The location is read when used, not at start-up."""

    def __init__(self):
        super().__init__(base_url=None)

    @property
    def base_location(self):
        return settings.PRIVATE_MEDIA_ROOT

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        raise ValueError("Private files have no URL")


def private_storage():
    return PrivateStorage()


@deconstructible
class RandomName:
    """`upload_to` for private files: a folder and a random name, so nothing of the person's file name
    (their name, a path) reaches the disk."""

    def __init__(self, folder):
        self.folder = folder

    def __call__(self, instance, filename):
        return f"{self.folder}/{uuid.uuid4().hex}"

    def __eq__(self, other):
        return isinstance(other, RandomName) and other.folder == self.folder


def attachment(file, *, filename, file_type="", content_type=None):
    """A download response for a private file: never shown inline, never sniffed, never cached. `file_type` is a
    checked upload's type; files we made ourselves (an export) give their `content_type`."""
    response = FileResponse(
        file.open("rb"),
        as_attachment=True,
        filename=filename,
        content_type=content_type or ACCEPTED.get(file_type, ACCEPTED["pdf"]),
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


def validate_document(upload):
    """Raise ValidationError unless `upload` is a PDF, DOC or DOCX of at most MAX_UPLOAD_SIZE. Returns its type."""
    if upload.size > MAX_UPLOAD_SIZE:
        raise ValidationError(
            _("This file is %(size)s; files may be at most %(limit)s."),
            params={"size": filesizeformat(upload.size), "limit": filesizeformat(MAX_UPLOAD_SIZE)},
            code="too-large",
        )
    upload.seek(0)
    head = upload.read(8192)
    upload.seek(0)
    kind = filetype.guess(head)
    extension = kind.extension if kind else None
    if extension == "zip" and _is_docx(upload):
        extension = "docx"
    if extension not in ACCEPTED:
        raise ValidationError(
            _("Please upload a PDF or Word document (PDF, DOC or DOCX). This file is not one."), code="type"
        )
    if extension == "docx":
        _check_unpacked_size(upload)
    return extension


def _is_docx(upload):
    try:
        with zipfile.ZipFile(upload) as archive:
            return "word/document.xml" in archive.namelist()
    except zipfile.BadZipFile:
        return False
    finally:
        upload.seek(0)


def _check_unpacked_size(upload):
    try:
        with zipfile.ZipFile(upload) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
    except zipfile.BadZipFile:
        raise ValidationError(
            _("This Word document is damaged. Please save it again and upload it."), code="damaged"
        ) from None
    finally:
        upload.seek(0)
    if unpacked > MAX_UNPACKED_DOCX:
        raise ValidationError(
            _("This Word document is too large once opened. Please save it again as a PDF."), code="bomb"
        )
