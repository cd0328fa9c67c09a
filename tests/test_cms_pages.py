"""The model website: platform home, commune homes, news, languages and fallbacks."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from moucharaka.core.cms.models import CommuneHomePage, NewsArticlePage, NewsIndexPage
from moucharaka.core.registry.manifests import ModuleManifest, registry
from moucharaka.core.registry.services import module_enable
from moucharaka.core.testing.factories import CommuneFactory
from moucharaka.core.testing.sites import build_site


@pytest.fixture
def sites(commune_a, commune_b):
    return build_site(commune_a, commune_b)


def add_article(home: CommuneHomePage, title: str, day: date) -> NewsArticlePage:
    index = NewsIndexPage.objects.child_of(home).get()
    article = index.add_child(
        instance=NewsArticlePage(
            title=title, slug=f"a-{day.isoformat()}-{NewsArticlePage.objects.count()}", date=day
        )
    )
    article.save_revision().publish()
    return article


def test_it_lists_active_communes_on_the_platform_home(client, sites, commune_a):
    CommuneFactory(name_fr="Dormante", slug="dormante", is_active=False)
    response = client.get("/ar/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'lang="ar"' in html and 'dir="rtl"' in html
    assert commune_a.name_ar in html
    assert "/ar/commune-a/" in html
    assert "Dormante" not in html and "dormante" not in html


@pytest.mark.parametrize("query", ["الجماعة أ", "Commune A", "commune a"])
def test_it_finds_a_commune_by_arabic_or_french_name(client, sites, query):
    response = client.get("/fr/", {"q": query})
    communes = list(response.context["communes_page"].object_list)
    assert [c.slug for c in communes] == ["commune-a"]


def test_it_filters_communes_by_region(client, sites, commune_a, commune_b):
    response = client.get("/fr/", {"region": commune_b.province.region.code})
    assert [c.slug for c in response.context["communes_page"]] == ["commune-b"]


def test_it_serves_the_commune_home_in_each_language(client, sites, commune_a):
    ar = client.get("/ar/commune-a/").content.decode()
    fr = client.get("/fr/commune-a/").content.decode()
    zgh = client.get("/zgh/commune-a/").content.decode()
    assert f"جماعة {commune_a.name_ar}" in ar and 'dir="rtl"' in ar
    assert "Commune de Commune A" in fr and 'lang="fr"' in fr and 'dir="ltr"' in fr
    # No Tamazight translation yet: the page is an alias of the Arabic one.
    assert f"جماعة {commune_a.name_ar}" in zgh and 'lang="zgh"' in zgh and 'dir="ltr"' in zgh


def test_it_answers_404_in_the_visitors_language_for_an_unknown_commune(client, sites):
    response = client.get("/fr/nulle-part/")
    assert response.status_code == 404
    html = response.content.decode()
    assert 'lang="fr"' in html and 'dir="ltr"' in html


def test_it_shows_tiles_and_navigation_from_the_registry(client, sites, commune_a):
    manifest = ModuleManifest(
        key="tilemodule", label="Tile module for tests", urls="moucharaka.core.testing.empty_urls"
    )
    with registry.temporarily(manifest):
        assert "Tile module for tests" not in client.get("/fr/commune-a/").content.decode()
        module_enable(commune=commune_a, key="tilemodule")
        html = client.get("/fr/commune-a/").content.decode()
        assert "Tile module for tests" in html
        assert "/fr/commune-a/tilemodule/" in html
        assert "Tile module for tests" not in client.get("/fr/commune-b/").content.decode()
    # Uninstalled module code: the instance stays but nothing is shown.
    assert "Tile module for tests" not in client.get("/fr/commune-a/").content.decode()


def test_it_dates_news_in_moroccan_arabic(client, sites, commune_a):
    add_article(sites["commune-a"], "ورشة تشاورية", date(2023, 12, 7))
    html = client.get("/ar/commune-a/").content.decode()
    assert "ورشة تشاورية" in html
    assert "7 دجنبر 2023" in html


def test_it_publishes_articles_under_their_commune_only(client, sites):
    article = add_article(sites["commune-a"], "خبر أ", date(2024, 2, 13))
    assert client.get(article.url).status_code == 200
    assert "خبر أ" not in client.get("/ar/commune-b/").content.decode()


def count_queries(client, url) -> int:
    client.get(url)  # warm Wagtail's cached site root paths
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_it_runs_a_bounded_number_of_queries_on_the_platform_home(client, sites):
    few = count_queries(client, "/ar/")
    extra = [CommuneFactory() for _ in range(10)]
    build_site(*extra)
    assert count_queries(client, "/ar/") == few


def test_it_runs_a_bounded_number_of_queries_on_the_commune_home(client, sites):
    add_article(sites["commune-a"], "خبر 1", date(2024, 1, 1))
    few = count_queries(client, "/ar/commune-a/")
    for day in range(2, 8):
        add_article(sites["commune-a"], f"خبر {day}", date(2024, 1, day))
    assert count_queries(client, "/ar/commune-a/") == few


def test_it_keeps_editors_in_their_communes_subtree(client, sites, member, outsider):
    home_a = sites["commune-a"]
    home_a_fr = home_a.get_translation(Locale.objects.get(language_code="fr"))
    client.force_login(member)
    assert client.get(f"/admin/pages/{home_a.pk}/edit/").status_code == 200
    assert client.get(f"/admin/pages/{home_a_fr.pk}/edit/").status_code == 200
    client.force_login(outsider)
    for page in (home_a, home_a_fr):
        response = client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code in (302, 403)


def test_it_gives_pages_made_by_code_an_arabic_fallback_in_every_locale(client, sites):
    article = add_article(sites["commune-a"], "خبر بدون ترجمة", date(2024, 3, 1))
    slug = article.slug
    for lang in ("fr", "zgh", "en"):
        response = client.get(f"/{lang}/commune-a/news/{slug}/")
        assert response.status_code == 200, lang
        assert "خبر بدون ترجمة" in response.content.decode()
