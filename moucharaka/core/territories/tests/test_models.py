import pytest
from django.utils import translation

from moucharaka.core.territories.models import Commune

pytestmark = pytest.mark.django_db


def test_it_gives_the_latest_legal_population(territories):
    assert Commune.objects.get(slug="tanger").legal_population == 1_275_428
    assert Commune(population_2014=33_000, population_2024=None).legal_population == 33_000
    assert Commune().legal_population is None


def test_it_knows_which_communes_have_arrondissements(territories):
    assert Commune.objects.get(slug="tanger").has_arrondissements
    assert not Commune.objects.get(slug="larache").has_arrondissements
    assert not Commune.objects.get(slug="naour").has_arrondissements


def test_it_finds_a_commune_by_alias(territories):
    commune = Commune.objects.get(aliases__alias="Taroudant")
    assert (commune.code, commune.name_fr, commune.slug) == (
        "09.541.01.13",
        "Taroudannt",
        "taroudant",
    )
    assert Commune.objects.get(aliases__alias__iexact="tangier").slug == "tanger"


@pytest.mark.parametrize(
    ("language", "expected"),
    [("ar", "تارودانت"), ("fr", "Taroudannt"), ("en", "Taroudannt"), ("zgh", "تارودانت")],
)
def test_it_names_a_commune_in_the_active_language(territories, language, expected):
    commune = Commune.objects.get(slug="taroudant")
    with translation.override(language):
        assert commune.name == expected
        assert str(commune) == expected


def test_it_uses_the_tamazight_name_when_there_is_one(territories):
    commune = Commune.objects.get(slug="taroudant")
    commune.name_zgh = "ⵜⴰⵔⵓⴷⴰⵏⵜ"
    with translation.override("zgh"):
        assert commune.name == "ⵜⴰⵔⵓⴷⴰⵏⵜ"
    with translation.override("ar"):
        assert commune.name == "تارودانت"
    with translation.override("fr"):
        assert commune.name == "Taroudannt"


def test_it_names_districts_and_provinces_in_the_active_language(territories):
    tanger = Commune.objects.get(slug="tanger")
    with translation.override("fr"):
        assert tanger.province.name == "Tanger-Assilah"
        assert tanger.districts.get(code="01.511.01.03").name == "Bni Makada"
    with translation.override("ar"):
        assert tanger.province.name == "طنجة-أصيلة"
        assert tanger.districts.get(code="01.511.01.03").name == "بني مكادة"
