"""Texts written in several languages (moucharaka.core.localized): the visitor's language
or its fallback (DESIGN §8), with the language it is in."""

from types import SimpleNamespace

from django.utils import translation

from moucharaka.core.localized import Localized, localized


class Item(SimpleNamespace):
    title = Localized("title")


def test_each_language_falls_back_as_design_says():
    item = Item(title_ar="عنوان", title_fr="Titre", title_zgh="", title_en="")
    for language, expected, lang in [
        ("ar", "عنوان", "ar"),
        ("fr", "Titre", "fr"),
        ("zgh", "عنوان", "ar"),
        ("en", "Titre", "fr"),
    ]:
        with translation.override(language):
            assert (item.title, item.title.lang) == (expected, lang)


def test_the_text_knows_its_direction():
    item = Item(title_ar="عنوان", title_en="Title")
    with translation.override("en"):
        assert item.title.dir == "ltr"
    assert localized(item, "title", "ar").dir == "rtl"


def test_a_missing_text_is_empty():
    assert localized(Item(), "title", "fr") == ""
