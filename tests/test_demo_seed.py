"""`make run` seeds the demo on every start: it must be complete and idempotent.

Seeding takes several seconds, so each test seeds once and checks a whole area.
"""

from django.core.management import call_command
from wagtail.models import Page

from moucharaka.core.accounts.models import CommuneRole, Supervisor, User
from moucharaka.core.cms.models import CommuneHomePage, StandardPage
from moucharaka.core.territories.models import Commune

DEMO_SLUGS = {"larache", "ouezzane", "taroudant", "beni-mellal", "naour", "tanger"}


def seed():
    with open("/dev/null", "w") as devnull:
        call_command("seed_demo", stdout=devnull)


def snapshot():
    return (
        Page.objects.count(),
        User.objects.count(),
        CommuneRole.objects.across_communes().count(),
        Commune.objects.filter(is_active=True).count(),
    )


def test_it_is_idempotent(db):
    seed()
    before = snapshot()
    seed()
    assert snapshot() == before


def test_it_seeds_real_communes_sites_staff_and_supervisors(db, client):
    seed()
    active = Commune.objects.filter(is_active=True)
    assert set(active.values_list("slug", flat=True)) == DEMO_SLUGS
    naour = active.get(slug="naour")
    assert naour.commune_type == Commune.Type.RURAL and naour.legal_population < 35_000
    assert active.get(slug="tanger").has_arrondissements
    assert active.get(slug="tanger").districts.count() == 4
    assert active.get(slug="larache").population_2024 == 133_731

    for slug in DEMO_SLUGS:
        assert CommuneHomePage.objects.filter(commune__slug=slug).count() == 4
        for lang in ("ar", "fr", "zgh", "en"):
            assert client.get(f"/{lang}/{slug}/").status_code == 200, (lang, slug)
        assert client.get(f"/ar/{slug}/news/").status_code == 200

    charter = StandardPage.objects.get(slug="charter-text", locale__language_code="ar")
    assert "ميثاق" in charter.title
    assert "charte" in client.get("/fr/ouezzane/charter-text/").content.decode().lower()
    # No Tamazight text yet: the Arabic original is served.
    assert charter.title in client.get("/zgh/ouezzane/charter-text/").content.decode()
    # The charter module links to it and shows the indicators.
    page = client.get("/fr/ouezzane/charter/").content.decode()
    assert "/fr/ouezzane/charter-text/" in page and "Indicateurs" in page

    admin = User.objects.get(email="administrator.larache@demo.moucharaka.ma")
    assert admin.check_password("moucharaka-demo")
    larache = active.get(slug="larache")
    assert (
        CommuneRole.objects.for_commune(larache).filter(user=admin, role="administrator").exists()
    )
    assert Supervisor.objects.filter(level="national").exists()
    assert Supervisor.objects.get(level="province").province.code == "05.091"
    client.force_login(admin)
    assert client.get("/admin/").status_code == 200
