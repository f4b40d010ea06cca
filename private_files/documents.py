"""What every personal document (an applicant's CV, a volunteer's police check) records, and how it leaves."""

import os

from django.db import models
from django.utils.translation import gettext_lazy as _

from private_files.uploads import RandomName, attachment, private_storage


class PrivateDocument(models.Model):
    """A document a person gave us, in private storage under a random name. Subclasses give `file` their own
    folder. Deleting the row deletes the file."""

    file = models.FileField(_("file"), storage=private_storage, upload_to=RandomName("documents"))
    original_name = models.CharField(_("original name"), max_length=255)
    file_type = models.CharField(_("file type"), max_length=10)
    size = models.PositiveIntegerField(_("size"))

    class Meta:
        abstract = True

    def __str__(self):
        return self.original_name

    @staticmethod
    def fields_for(upload):
        """The fields of a document made from an upload checked by `validate_document`."""
        return {
            "file": upload,
            "original_name": os.path.basename(upload.name)[:255] or "document",
            "file_type": upload.checked_type,
            "size": upload.size,
        }

    def delete(self, *args, **kwargs):
        self.file.delete(save=False)
        return super().delete(*args, **kwargs)

    def as_attachment(self):
        return attachment(self.file, filename=self.original_name, file_type=self.file_type)
