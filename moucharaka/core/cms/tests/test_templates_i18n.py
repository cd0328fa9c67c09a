"""Languages on the public site: Moroccan dates, lang/dir on every page, the switcher."""

import re
from datetime import date

import pytest
from django.utils import translation
from django.utils.formats import date_format
from wagtail.models import Locale, Page, Site

from moucharaka.core.cms.models import CommuneHomePage, PlatformHomePage
from moucharaka.core.registry.manifests import ModuleManifest, registry
from moucharaka.core.registry.models import ModuleInstance


def html_tag(content: str) -> str:
    return re.search(r"<html[^>]*>", content).group(0)


# --- Dates ------------------------------------------------------------------------------


def test_it_formats_dates_with_moroccan_arabic_month_names():
    with translation.override("ar"):
        assert date_format(date(2023, 12, 7)) == "7 دجنبر 2023"
        assert date_format(date(2024, 7, 15)) == "15 يوليوز 2024"
        assert date_format(date(2024, 8, 3)) == "3 غشت 2024"
        assert date_format(date(2025, 5, 20)) == "20 ماي 2025"
        assert date_format(date(2025, 9, 1)) == "1 شتنبر 2025"
        assert date_format(date(2025, 11, 1)) == "1 نونبر 2025"


def test_it_uses_moroccan_names_in_every_arabic_month_format():
    # F (MONTHS), E (alt. month), N (abbrev. month), b (MONTHS_3).
    with translation.override("ar"):
        assert date_format(date(2024, 8, 3), "F|E|N|b") == "غشت|غشت|غشت|غشت"
        assert date_format(date(2024, 6, 3), "F|E|N|b") == "يونيو|يونيو|يونيو|يونيو"


def test_it_writes_arabic_dates_with_western_digits():
    with translation.override("ar"):
        formatted = date_format(date(2023, 12, 7))
    assert not re.search("[\u0660-\u0669]", formatted)


def test_it_formats_french_dates():
    with translation.override("fr"):
        assert date_format(date(2023, 12, 7)) == "7 décembre 2023"
        assert date_format(date(2024, 8, 3)) == "3 août 2024"


def test_it_formats_tamazight_dates_in_tifinagh():
    with translation.override("zgh"):
        assert date_format(date(2023, 12, 7)) == "7 ⴷⵓⵊⴰⵏⴱⵉⵔ 2023"
        assert date_format(date(2024, 7, 15)) == "15 ⵢⵓⵍⵢⵓⵣ 2024"


# --- lang and dir on every page --------------------------------------------------------


@pytest.mark.django_db
def test_it_renders_the_404_page_in_french_left_to_right(client):
    response = client.get("/fr/this-does-not-exist/")
    assert response.status_code == 404
    content = response.content.decode()
    assert html_tag(content) == '<html lang="fr" dir="ltr">'
    assert "Page introuvable" in content
    assert 'href="/fr/"' in content


@pytest.mark.django_db
def test_it_renders_the_404_page_in_arabic_right_to_left(client):
    response = client.get("/ar/this-does-not-exist/")
    assert response.status_code == 404
    content = response.content.decode()
    assert html_tag(content) == '<html lang="ar" dir="rtl">'
    assert "الصفحة غير موجودة" in content


@pytest.mark.django_db
def test_it_renders_tamazight_pages_left_to_right(client):
    response = client.get("/zgh/this-does-not-exist/")
    assert response.status_code == 404
    content = response.content.decode()
    assert html_tag(content) == '<html lang="zgh" dir="ltr">'
    with translation.override("zgh"):
        title = translation.gettext("Page not found")
    assert re.search("[\u2d30-\u2d7f]", title)  # written in Tifinagh
    assert f"<h1>{title}</h1>" in content


@pytest.mark.django_db
def test_it_renders_english_pages_in_english(client):
    content = client.get("/en/accounts/login/").content.decode()
    assert html_tag(content) == '<html lang="en" dir="ltr">'
    assert "Skip to main content" in content


# --- Language switcher -----------------------------------------------------------------


def switcher(content: str) -> str:
    return re.search(r'<nav class="languages".*?</nav>', content, re.S).group(0)


@pytest.mark.django_db
def test_it_switches_language_on_a_non_page_url(client):
    content = client.get("/ar/accounts/login/").content.decode()
    nav = switcher(content)
    assert 'href="/fr/accounts/login/" lang="fr" hreflang="fr" dir="ltr"' in nav
    assert 'href="/zgh/accounts/login/" lang="zgh" hreflang="zgh"' in nav
    assert 'href="/en/accounts/login/"' in nav
    current = re.search(r"<a [^>]*aria-current[^>]*>([^<]*)</a>", nav)
    assert current.group(1) == "العربية"
    assert 'hreflang="ar"' in current.group(0)
    for name in ("العربية", "Français", "ⵜⴰⵎⴰⵣⵉⵖⵜ", "English"):
        assert name in nav


@pytest.mark.django_db
def test_it_keeps_the_query_string_when_switching_language(client):
    content = client.get("/fr/accounts/login/?next=/fr/").content.decode()
    assert 'href="/ar/accounts/login/?next=/fr/"' in switcher(content)


@pytest.fixture
def site_tree(db, commune_a):
    """A platform home and commune A's home, in Arabic, aliased in fr, zgh and en."""
    locales = {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code in ("ar", "fr", "zgh", "en")
    }
    root = Page.get_first_root_node()
    home = root.add_child(
        instance=PlatformHomePage(title="مشاركة", slug="moucharaka", locale=locales["ar"])
    )
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()
    commune_home = home.add_child(
        instance=CommuneHomePage(
            title="الجماعة أ", slug=commune_a.slug, commune=commune_a, locale=locales["ar"]
        )
    )
    for code in ("fr", "zgh", "en"):
        home.copy_for_translation(locales[code], alias=True)
        commune_home.copy_for_translation(locales[code], alias=True)
    return commune_home


def test_it_links_each_language_to_the_translation_of_a_cms_page(client, site_tree):
    response = client.get("/fr/commune-a/")
    assert response.status_code == 200
    content = response.content.decode()
    assert html_tag(content) == '<html lang="fr" dir="ltr">'
    nav = switcher(content)
    assert 'href="/ar/commune-a/" lang="ar" hreflang="ar" dir="rtl"' in nav
    assert 'href="/zgh/commune-a/" lang="zgh"' in nav
    assert '<link rel="alternate" hreflang="en" href="/en/commune-a/">' in content


def test_it_marks_arabic_text_of_an_untranslated_page(client, site_tree):
    content = client.get("/zgh/commune-a/").content.decode()
    assert html_tag(content) == '<html lang="zgh" dir="ltr">'
    assert '<h1 lang="ar" dir="rtl">الجماعة أ</h1>' in content


def test_it_shows_a_friendly_empty_state_without_modules(client, site_tree):
    content = client.get("/fr/commune-a/").content.decode()
    assert "n'a pas encore ouvert de service de participation" in content


def test_it_shows_module_tiles_and_navigation(client, site_tree, commune_a):
    manifest = ModuleManifest(
        key="testmod", label="Module de test", urls="moucharaka.urls", description="Essai"
    )
    with registry.temporarily(manifest):
        ModuleInstance.unscoped.create(commune=commune_a, key="testmod")
        content = client.get("/fr/commune-a/").content.decode()
    assert content.count('href="/fr/commune-a/testmod/"') == 2  # header nav + tile
    assert "Module de test" in content
    assert "Essai" in content
