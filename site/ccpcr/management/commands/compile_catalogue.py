"""`python manage.py compile_catalogue`: compile locale/*/LC_MESSAGES/*.po into .mo files.

Django's compilemessages needs GNU gettext's msgfmt; this needs only polib, so a machine with nothing but
Python can build the site in Khmer.
"""

import polib

from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Compile the project's gettext catalogues (.po) into .mo files, without GNU gettext."

    def handle(self, *args, **options):
        for locale_path in settings.LOCALE_PATHS:
            for po_path in sorted(locale_path.glob("*/LC_MESSAGES/*.po")):
                catalogue = polib.pofile(str(po_path))
                catalogue.save_as_mofile(str(po_path.with_suffix(".mo")))
                self.stdout.write(
                    f"{po_path.relative_to(settings.BASE_DIR)}: {catalogue.percent_translated()}% translated"
                )
