"""Every catalogue is complete in Arabic and French, and every compiled catalogue matches
its source: an untranslated or fuzzy string would show English on an Arabic page."""

import gettext
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = sorted(
    path
    for path in [
        *ROOT.glob("locale/*/LC_MESSAGES/django.po"),
        *ROOT.glob("moucharaka/**/locale/*/LC_MESSAGES/django.po"),
    ]
)


def by_language(language):
    return [path for path in CATALOGUES if path.parent.parent.name == language]


def test_there_are_catalogues():
    assert len(by_language("ar")) >= 4


@pytest.mark.parametrize("path", by_language("ar") + by_language("fr"), ids=str)
def test_arabic_and_french_are_complete(path):
    po = polib.pofile(str(path))
    missing = [e.msgid for e in po if not e.obsolete and (not e.translated() or e.fuzzy)]
    assert not missing, f"{path}: {len(missing)} untranslated or fuzzy, e.g. {missing[:3]}"


@pytest.mark.parametrize("path", CATALOGUES, ids=str)
def test_compiled_catalogues_match_their_source(path):
    po = polib.pofile(str(path))
    assert "EXPRESSION" not in po.metadata.get("Plural-Forms", ""), "plural forms unset"
    with open(path.with_suffix(".mo"), "rb") as mo:
        compiled = gettext.GNUTranslations(mo)._catalog
    for entry in po.translated_entries():
        key = entry.msgid if not entry.msgctxt else f"{entry.msgctxt}\x04{entry.msgid}"
        if entry.msgid_plural:
            key = (key, 0)
            expected = entry.msgstr_plural[0]
        else:
            expected = entry.msgstr
        assert compiled.get(key) == expected, f"{path}: {entry.msgid!r} not compiled"
