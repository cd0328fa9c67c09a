"""normalize_arabic and words: matching Arabic and French as people type them."""

import pytest

from moucharaka.core.text import normalize_arabic, words


@pytest.mark.parametrize(
    "typed, normal",
    [
        ("أحمد", "احمد"),  # hamza above
        ("إبراهيم", "ابراهيم"),  # hamza below
        ("آمال", "امال"),  # madda
        ("ٱلله", "الله"),  # wasla
        ("مدرسة", "مدرسه"),  # taa marbuta
        ("مستشفى", "مستشفي"),  # alef maqsura
        ("مسؤول", "مسوول"),  # waw with hamza
        ("رئيس", "رييس"),  # yaa with hamza
        ("مُحَمَّدٌ", "محمد"),  # tashkeel
        ("العـــربيـة", "العربيه"),  # tatweel
        ("ﻻ", "لا"),  # presentation form
        ("١٢٣ ۴۵", "123 45"),  # Arabic-Indic and Persian digits
        ("  Éclairage   PUBLIC\tà\nLarache ", "eclairage public a larache"),
        ("", ""),
    ],
)
def test_it_normalises(typed, normal):
    assert normalize_arabic(typed) == normal


def test_it_makes_spellings_of_one_phrase_equal():
    spellings = ["الإنارة العمومية", "الانارة العموميه", "الإِنَارَة العُمُومِيَّة", "الإنـارة العمومية"]
    assert len({normalize_arabic(s) for s in spellings}) == 1


def test_it_is_idempotent():
    once = normalize_arabic("إصلاحُ الطُّرُقِ في المدينة")
    assert normalize_arabic(once) == once


def test_words_drops_short_and_common_words_and_the_article():
    assert words("إصلاح الإنارة العمومية في شارع محمد الخامس") == [
        "اصلاح",
        "اناره",
        "عموميه",
        "شارع",
        "محمد",
        "خامس",
    ]
    assert words("Réparer l'éclairage public dans la rue") == [
        "reparer",
        "eclairage",
        "public",
        "rue",
    ]
    assert words("بالمدرسة والحديقة للأطفال") == ["مدرسه", "حديقه", "اطفال"]
    assert words("في من على 2024") == []


def test_words_keeps_short_words_whole_after_the_article():
    assert words("الله") == ["الله"]  # removing ال would leave two letters
    assert words("إنارة الإنارة") == ["اناره"]  # no duplicates
