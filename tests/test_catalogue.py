"""The Khmer catalogue is complete: every string of the templates and code has a reviewed Khmer translation."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

REPOSITORY = Path(__file__).resolve().parents[1]
CATALOGUE = REPOSITORY / "locale" / "km" / "LC_MESSAGES" / "django.po"
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]")
KEPT_AS_IS = {"CCPCR"}


def entries():
    return [entry for entry in polib.pofile(str(CATALOGUE)) if not entry.obsolete]


def translations(entry):
    return list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]


def test_every_entry_is_translated_and_none_is_fuzzy():
    catalogue = polib.pofile(str(CATALOGUE))
    assert catalogue.untranslated_entries() == []
    assert catalogue.fuzzy_entries() == []
    assert catalogue.metadata["Plural-Forms"] == "nplurals=1; plural=0;"


def test_each_translation_is_khmer_and_keeps_its_placeholders():
    problems = []
    for entry in entries():
        for text in translations(entry):
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(entry.msgid)):
                problems.append(f"placeholders differ: {entry.msgid!r}")
            if entry.msgid not in KEPT_AS_IS and not re.search("[\u1780-\u17ff]", text):
                problems.append(f"not Khmer: {entry.msgid!r} -> {text!r}")
    assert problems == []


def test_catalogue_holds_every_string_the_code_marks_for_translation(tmp_path):
    """Run makemessages over a copy of the project and compare: a new string without Khmer fails here."""
    if shutil.which("xgettext") is None:
        if os.environ.get("CI"):
            pytest.fail("GNU gettext is required in CI (.ci/run installs it)")
        pytest.skip("GNU gettext (xgettext) is not installed")
    shutil.copytree(
        REPOSITORY,
        tmp_path,
        dirs_exist_ok=True,
        ignore=shutil.ignore_patterns(".*", "var", "node_modules", "*.mo", "__pycache__", "*.egg-info"),
    )
    (tmp_path / "copy_settings.py").write_text(
        "from ccpcr.settings.test import *  # noqa\nfrom pathlib import Path\n"
        "LOCALE_PATHS = [Path(__file__).parent / 'locale']\n"
    )
    subprocess.run(  # noqa: S603 - our own interpreter and arguments
        [sys.executable, "-m", "django", "makemessages", "-l", "km", "--no-obsolete", "-v", "0"],
        cwd=tmp_path,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "copy_settings", "PYTHONPATH": str(tmp_path)},
        check=True,
    )
    extracted = {entry.msgid for entry in polib.pofile(str(tmp_path / "locale/km/LC_MESSAGES/django.po"))}
    missing = extracted - {entry.msgid for entry in entries() if entry.translated()}
    assert missing == set(), "Run `make messages-update` and translate these strings"
