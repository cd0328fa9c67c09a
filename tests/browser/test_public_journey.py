"""Platform home → commune → news article, in Arabic and French, accessible."""

from datetime import date

import pytest

from moucharaka.core.cms.models import NewsArticlePage, NewsIndexPage
from moucharaka.core.testing.factories import CommuneFactory
from moucharaka.core.testing.sites import build_site


@pytest.fixture
def site_with_news(transactional_db):
    larache = CommuneFactory(
        slug="larache", name_fr="Larache", name_ar="العرائش", population_2024=133731
    )
    home = build_site(larache)["larache"]
    index = NewsIndexPage.objects.child_of(home).get()
    article = index.add_child(
        instance=NewsArticlePage(
            title="ورشة تشاورية حول ميثاق المشاركة المواطنة",
            slug="atelier",
            date=date(2023, 12, 7),
            intro="ورشة مع جمعيات المجتمع المدني.",
        )
    )
    article.save_revision().publish()
    return larache


@pytest.mark.parametrize(
    "lang, commune_name, direction",
    [("ar", "العرائش", "rtl"), ("fr", "Larache", "ltr")],
)
def test_it_walks_from_the_platform_to_an_article(
    page, live_server, site_with_news, axe_clean, lang, commune_name, direction
):
    page.goto(f"{live_server.url}/{lang}/")
    assert page.locator("html").get_attribute("lang") == lang
    assert page.locator("html").get_attribute("dir") == direction
    axe_clean(page)

    page.get_by_role("link", name=commune_name).first.click()
    page.wait_for_url(f"**/{lang}/larache/")
    assert page.locator("html").get_attribute("dir") == direction
    axe_clean(page)

    page.get_by_role("link", name="ورشة تشاورية حول ميثاق المشاركة المواطنة").first.click()
    page.wait_for_url(f"**/{lang}/larache/news/atelier/")
    expected_date = "7 دجنبر 2023" if lang == "ar" else "7 décembre 2023"
    assert expected_date in page.content()
    axe_clean(page)


def test_it_switches_language_and_keeps_the_page(page, live_server, site_with_news):
    page.goto(f"{live_server.url}/ar/larache/")
    page.get_by_role("link", name="Français").click()
    page.wait_for_url("**/fr/larache/")
    assert page.locator("html").get_attribute("lang") == "fr"
