"""Publish Khmer translations of demo content through wagtail-localize, as an editor's translation would be.

Each translation is a real wagtail-localize Translation: editors find the Khmer pages and snippets
synchronised with their English sources and can go on translating them in the admin.
"""

import html

from django.db import transaction

from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from pages import safeguarding
from pages.demo.review import publish


class MissingKhmerError(LookupError):
    pass


def translation_table(*content):
    """English text -> Khmer text, from every {"en": ..., "km": ...} found in `content`."""
    table = {}

    def walk(value):
        if isinstance(value, dict):
            if set(value) == {"en", "km"}:
                table[value["en"].strip()] = value["km"].strip()
            else:
                for item in value.values():
                    walk(item)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item)

    walk(content)
    return table


@transaction.atomic
def publish_translation(instance, locale, table):
    """Translate `instance` into `locale` with the strings of `table` and publish it; return the translation.

    An instance already translated into `locale` is returned as it is: running the seed again changes nothing.
    """
    existing = instance.get_translation_or_none(locale)
    if existing is not None:
        return existing
    source, _ = TranslationSource.get_or_create_from_instance(instance)
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale, defaults={"enabled": True})
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": _khmer_for(segment.string.data, table), "translation_type": "manual"},
        )
    # A Khmer story is reviewed like its English source: saved as a draft, then approved (pages.demo.review).
    needs_review = isinstance(instance, Page) and safeguarding.needs_review(instance.specific)
    translation.save_target(publish=not needs_review)
    translated = instance.get_translation(locale)
    if isinstance(translated, Page) and not translated.live:
        publish(translated.specific)
    return translated


def _khmer_for(data, table):
    english = html.unescape(data).strip()
    if english in table:
        return html.escape(table[english], quote=False)
    if not any(character.isalpha() for character in english):
        return data  # figures such as "3,150+" read the same in both languages
    raise MissingKhmerError(f"No Khmer text for: {english!r}")
