import csv
import io
import shutil

import pytest
from django.core.management import call_command

from moucharaka.core.territories.loader import DATA_DIR, load_territories
from moucharaka.core.territories.models import Commune, District, Province, Region

pytestmark = pytest.mark.django_db

NOTHING_CHANGED = {"created": 0, "updated": 0}

# The communes of the demo and of our seeds: their slugs are in URLs, so they are fixed.
DEMO_SLUGS = {
    "01.331.01.03": "larache",
    "01.405.01.09": "ouezzane",
    "09.541.01.13": "taroudant",
    "05.091.01.01": "beni-mellal",
    "05.091.07.11": "naour",
    "01.511.01.0": "tanger",
}


def data_copy(tmp_path):
    data_dir = tmp_path / "data"
    shutil.copytree(DATA_DIR, data_dir)
    return data_dir


def edit_territories(data_dir, edit):
    """Rewrite `territories.csv` in `data_dir` with `edit(rows)` applied to its rows."""
    path = data_dir / "territories.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        fieldnames, rows = reader.fieldnames, list(reader)
    edit(rows)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fieldnames)
        writer.writeheader()
        writer.writerows(rows)


def row_of(rows, code):
    return next(row for row in rows if row["code"] == code)


def test_it_loads_every_level(territories):
    assert territories == {
        "regions": {"created": 12, "updated": 0},
        "provinces": {"created": 75, "updated": 0},
        "communes": {"created": 1503, "updated": 0},
        "districts": {"created": 41, "updated": 0},
        "aliases": {"created": 16, "updated": 0},
    }
    assert Region.objects.count() == 12
    assert Province.objects.count() == 75
    assert Commune.objects.count() == 1503


def test_it_types_communes_as_hcp_counts_them(territories):
    types = Commune.Type
    with_arrondissements = Commune.objects.filter(commune_type=types.WITH_ARRONDISSEMENTS)
    assert Commune.objects.exclude(commune_type=types.RURAL).count() == 221
    assert with_arrondissements.count() == 6
    assert Commune.objects.filter(commune_type=types.RURAL).count() == 1282
    assert sorted(with_arrondissements.values_list("name_fr", flat=True)) == [
        "Casablanca",
        "Fès",
        "Marrakech",
        "Rabat",
        "Salé",
        "Tanger",
    ]


def test_it_reads_the_province_kind_from_the_source_column(territories):
    assert Province.objects.filter(kind=Province.Kind.PREFECTURE).count() == 13
    assert Province.objects.filter(kind=Province.Kind.PROVINCE).count() == 62
    assert Province.objects.get(code="01.511").kind == Province.Kind.PREFECTURE  # Tanger-Assilah
    assert Province.objects.get(code="09.541").kind == Province.Kind.PROVINCE  # Taroudannt


def test_it_links_each_level_to_its_parent(territories):
    tanger = Commune.objects.select_related("province__region").get(code="01.511.01.0")
    assert tanger.province.code == "01.511"
    assert tanger.province.region.code == "01"
    assert tanger.province.region.population_2024 == 4_030_222


def test_it_stores_a_blank_population_as_null(territories):
    mijik = Commune.objects.get(code="12.391.05.05")
    assert mijik.population_2014 is None
    assert mijik.population_2024 == 646


def test_it_is_idempotent(territories):
    assert load_territories() == {
        level: NOTHING_CHANGED
        for level in ("regions", "provinces", "communes", "districts", "aliases")
    }


def test_it_applies_a_changed_population(territories):
    Commune.objects.filter(code="01.331.01.03").update(population_2024=1)
    Region.objects.filter(code="01").update(population_2024=1)

    counts = load_territories()

    assert counts["communes"] == {"created": 0, "updated": 1}
    assert counts["regions"] == {"created": 0, "updated": 1}
    assert Commune.objects.get(code="01.331.01.03").population_2024 == 133_731
    assert Region.objects.get(code="01").population_2024 == 4_030_222


def test_it_leaves_platform_fields_alone(territories):
    Commune.objects.filter(code="01.331.01.03").update(
        is_active=True, hostname="www.larache.ma", name_zgh="ⵍⵄⵔⴰⵢⵛ"
    )
    Commune.objects.filter(code="01.405.01.09").update(is_active=False)

    load_territories()

    larache = Commune.objects.get(code="01.331.01.03")
    assert (larache.is_active, larache.hostname, larache.name_zgh) == (
        True,
        "www.larache.ma",
        "ⵍⵄⵔⴰⵢⵛ",
    )
    assert Commune.objects.get(code="01.405.01.09").is_active is False


def test_it_does_not_activate_communes(territories):
    assert not Commune.objects.filter(is_active=True).exists()


def test_it_gives_the_demo_communes_their_usual_slugs(territories):
    found = dict(Commune.objects.filter(code__in=DEMO_SLUGS).values_list("code", "slug"))
    assert found == DEMO_SLUGS


def test_it_makes_slugs_unique_with_the_province_name(territories):
    slugs = list(Commune.objects.values_list("slug", flat=True))
    assert len(set(slugs)) == len(slugs) == 1503
    ajdirs = Commune.objects.filter(name_fr="Ajdir").order_by("code")
    assert list(ajdirs.values_list("slug", flat=True)) == ["ajdir-al-hoceima", "ajdir-taza"]
    assert not Commune.objects.filter(slug="ajdir").exists()
    assert Commune.objects.get(code="05.081.03.07").slug == "ait-mhamed"  # Ait M'hamed: ASCII


def test_it_keeps_a_slug_when_the_name_changes(territories, tmp_path):
    data_dir = data_copy(tmp_path)
    edit_territories(data_dir, lambda rows: row_of(rows, "01.331.01.03").update(name_fr="Foo"))

    counts = load_territories(data_dir=data_dir)

    larache = Commune.objects.get(code="01.331.01.03")
    assert counts["communes"] == {"created": 0, "updated": 1}
    assert (larache.name_fr, larache.slug) == ("Foo", "larache")


def test_it_gives_a_new_commune_a_slug_that_does_not_take_an_existing_one(territories, tmp_path):
    def add_a_second_larache(rows):
        new_row = dict(row_of(rows, "09.541.03.21"))  # a rural commune of Taroudannt
        new_row.update(code="09.541.03.99", name_fr="Larache", population_2014="")
        rows.append(new_row)

    data_dir = data_copy(tmp_path)
    edit_territories(data_dir, add_a_second_larache)

    counts = load_territories(data_dir=data_dir)

    assert counts["communes"] == {"created": 1, "updated": 0}
    assert Commune.objects.get(code="09.541.03.99").slug == "larache-taroudannt"
    assert Commune.objects.get(code="01.331.01.03").slug == "larache"


def test_it_makes_tangers_arrondissements_its_districts(territories):
    tanger = Commune.objects.get(slug="tanger")
    districts = dict(tanger.districts.values_list("name_fr", "population_2024"))
    assert districts == {
        "Bni Makada": 567_465,
        "Médina": 343_535,
        "Souani": 111_772,
        "Mghogha": 252_656,
    }
    assert tanger.districts.get(name_fr="Bni Makada").code == "01.511.01.03"
    assert sum(districts.values()) == tanger.population_2024


def test_it_loads_only_arrondissements_as_districts(territories):
    assert District.objects.count() == 41
    assert set(District.objects.values_list("commune__commune_type", flat=True)) == {
        Commune.Type.WITH_ARRONDISSEMENTS
    }
    casablanca = Commune.objects.get(code="06.141.01.0")
    assert casablanca.districts.count() == 16
    # Casablanca's préfectures d'arrondissements (06.141.01.00 and so on) are skipped.
    assert not District.objects.filter(code__endswith="0", commune=casablanca).exists()


def test_it_adopts_a_district_created_without_a_code(territories):
    tanger = Commune.objects.get(slug="tanger")
    tanger.districts.filter(code="01.511.01.03").delete()
    handmade = District.objects.create(commune=tanger, name_ar="بني مكادة", name_fr="Beni Makada")

    counts = load_territories()

    handmade.refresh_from_db()
    assert counts["districts"] == {"created": 0, "updated": 1}
    assert (handmade.code, handmade.name_fr) == ("01.511.01.03", "Bni Makada")


def test_it_loads_aliases_by_code(territories):
    taroudannt = Commune.objects.get(code="09.541.01.13")
    assert set(taroudannt.aliases.values_list("alias", flat=True)) == {"Taroudant"}
    beni_mellal = Commune.objects.get(code="05.091.01.01")
    assert set(beni_mellal.aliases.values_list("alias", flat=True)) == {
        "Beni Mellal",
        "Beni-Mellal",
        "Béni-Mellal",
    }


def test_it_runs_as_a_management_command(territories):
    out = io.StringIO()
    call_command("load_territories", stdout=out)
    assert "communes 0 created/0 updated" in out.getvalue()
