"""Loads Morocco's regions, provinces, communes and arrondissements from `data/`.

The files are HCP data (RGPH 2014 and 2024) shipped with the project; see
`data/SOURCES.md`. Every row is joined on its HCP `code`, never on a name (names are
not unique: there are three communes called Oulad Aissa).

The load is idempotent: a second run creates and updates nothing. Names, types and
populations that changed in the files are updated. Some fields belong to the platform,
not to HCP, and the load never touches them: a commune's `slug` (its URLs are
permanent), `is_active`, `hostname` and `name_zgh`.
"""

from __future__ import annotations

import csv
import time
from collections import Counter
from pathlib import Path

from django.db import models, transaction
from django.utils.text import slugify

from moucharaka.core.territories.models import (
    Commune,
    CommuneAlias,
    District,
    Province,
    Region,
)

DATA_DIR = Path(__file__).resolve().parent / "data"
BATCH_SIZE = 500
SLUG_MAX_LENGTH = Commune._meta.get_field("slug").max_length

Counts = dict[str, int]


def load_territories(*, stdout=None, data_dir: Path | str | None = None) -> dict[str, Counts]:
    """Create or update every territory; returns `{level: {"created": n, "updated": n}}`.

    `data_dir` defaults to the app's `data/` folder (tests point it at a modified copy).
    """
    data_dir = Path(data_dir) if data_dir is not None else DATA_DIR
    started = time.perf_counter()
    rows = read_csv(data_dir / "territories.csv")
    by_level: dict[str, list[dict]] = {"region": [], "province": [], "commune": []}
    for row in rows:
        if row["level"] not in by_level:
            raise ValueError(f"territories.csv: unknown level {row['level']!r}")
        by_level[row["level"]].append(row)
    arrondissements = [
        row
        for row in read_csv(data_dir / "arrondissements.csv")
        # Casablanca's "préfectures d'arrondissements" group its arrondissements; the
        # platform has no use for that intermediate level.
        if row["level"] == "arrondissement"
    ]
    slug_overrides = {row["code"]: row["slug"] for row in read_csv(data_dir / "slugs.csv")}
    aliases = read_csv(data_dir / "aliases.csv")

    with transaction.atomic():
        counts = {
            "regions": sync_regions(by_level["region"]),
            "provinces": sync_provinces(by_level["province"]),
            "communes": sync_communes(by_level["commune"], by_level["province"], slug_overrides),
            "districts": sync_arrondissements(arrondissements),
            "aliases": sync_aliases(aliases),
        }

    if stdout is not None:
        summary = ", ".join(
            f"{level} {c['created']} created/{c['updated']} updated" for level, c in counts.items()
        )
        stdout.write(f"Territories: {summary} ({time.perf_counter() - started:.2f}s)")
    return counts


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            {key: (value or "").strip() for key, value in row.items()}
            for row in csv.DictReader(handle)
        ]


def population(value: str) -> int | None:
    return int(value) if value else None


def source_tokens(source: str) -> dict[str, str]:
    """`"a; hcp_type=prefecture; pop2024=hcp-2024"` → `{"hcp_type": "prefecture", …}`."""
    tokens = (token.strip() for token in source.split(";"))
    return dict(token.split("=", 1) for token in tokens if "=" in token)


def sync(model: type[models.Model], wanted: dict, existing: dict) -> Counts:
    """Create the missing rows of `wanted` and update the changed ones.

    `wanted` maps a key to the field values (attnames, e.g. `region_id`) the row must
    have; `existing` maps the same keys to the rows already in the database.
    """
    to_create, to_update, changed_fields = [], [], set()
    for key, values in wanted.items():
        obj = existing.get(key)
        if obj is None:
            to_create.append(model(**values))
            continue
        changed = [name for name, value in values.items() if getattr(obj, name) != value]
        if changed:
            for name in changed:
                setattr(obj, name, values[name])
            changed_fields.update(changed)
            to_update.append(obj)
    if to_create:
        model.objects.bulk_create(to_create, batch_size=BATCH_SIZE)
    if to_update:
        fields = sorted(model._meta.get_field(name).name for name in changed_fields)
        model.objects.bulk_update(to_update, fields, batch_size=BATCH_SIZE)
    return {"created": len(to_create), "updated": len(to_update)}


def id_by_code(model: type[models.Model]) -> dict[str, int]:
    return dict(model.objects.values_list("code", "id"))


def sync_regions(rows: list[dict]) -> Counts:
    wanted = {
        row["code"]: {
            "code": row["code"],
            "name_fr": row["name_fr"],
            "name_ar": row["name_ar"],
            "population_2014": population(row["population_2014"]),
            "population_2024": population(row["population_2024"]),
        }
        for row in rows
    }
    return sync(Region, wanted, Region.objects.in_bulk(field_name="code"))


def sync_provinces(rows: list[dict]) -> Counts:
    regions = id_by_code(Region)
    wanted = {}
    for row in rows:
        kind = source_tokens(row["source"]).get("hcp_type")
        if kind not in Province.Kind.values:
            raise ValueError(f"province {row['code']}: no valid hcp_type in source ({kind!r})")
        wanted[row["code"]] = {
            "code": row["code"],
            "region_id": regions[row["parent_code"]],
            "kind": kind,
            "name_fr": row["name_fr"],
            "name_ar": row["name_ar"],
            "population_2014": population(row["population_2014"]),
            "population_2024": population(row["population_2024"]),
        }
    return sync(Province, wanted, Province.objects.in_bulk(field_name="code"))


def sync_communes(rows: list[dict], province_rows: list[dict], overrides: dict) -> Counts:
    provinces = id_by_code(Province)
    existing = Commune.objects.in_bulk(field_name="code")
    unknown = set(overrides) - {row["code"] for row in rows}
    if unknown:
        raise ValueError(f"slugs.csv: unknown commune codes {sorted(unknown)}")
    new_slugs = commune_slugs(
        [row for row in rows if row["code"] not in existing],
        name_counts=Counter(slugify(row["name_fr"]) for row in rows),
        province_names={row["code"]: row["name_fr"] for row in province_rows},
        overrides=overrides,
    )
    wanted = {}
    for row in rows:
        if row["commune_type"] not in Commune.Type.values:
            raise ValueError(f"commune {row['code']}: unknown type {row['commune_type']!r}")
        wanted[row["code"]] = {
            "code": row["code"],
            "province_id": provinces[row["parent_code"]],
            "name_fr": row["name_fr"],
            "name_ar": row["name_ar"],
            "commune_type": row["commune_type"],
            "population_2014": population(row["population_2014"]),
            "population_2024": population(row["population_2024"]),
        }
        if row["code"] in new_slugs:
            wanted[row["code"]]["slug"] = new_slugs[row["code"]]
    return sync(Commune, wanted, existing)


def commune_slugs(
    new_rows: list[dict], *, name_counts: Counter, province_names: dict, overrides: dict
) -> dict[str, str]:
    """Slugs for communes about to be created; existing communes keep theirs forever.

    `slugify(name_fr)`, unless `slugs.csv` gives the usual spelling (Taroudant, not HCP's
    Taroudannt). A name shared by several communes in the file gets the province's name
    appended on every one of them (ajdir-al-hoceima, ajdir-taza), as does a name whose
    slug is already taken; a numeric suffix settles any remaining clash.
    """
    used = set(Commune.objects.values_list("slug", flat=True))
    reserved = set(overrides.values())
    slugs = {}
    for row in sorted(new_rows, key=lambda row: row["code"]):
        slug = overrides.get(row["code"])
        if slug is None or slug in used:
            base = slugify(row["name_fr"]) or "commune"
            if name_counts[base] > 1 or base in used or base in reserved:
                province = slugify(province_names[row["parent_code"]])
                base = fit(base, f"-{province}")
            slug, number = base, 2
            while slug in used or slug in reserved:
                slug, number = fit(base, f"-{number}"), number + 1
        used.add(slug)
        slugs[row["code"]] = slug
    return slugs


def fit(base: str, suffix: str) -> str:
    return base[: SLUG_MAX_LENGTH - len(suffix)].rstrip("-") + suffix


def sync_arrondissements(rows: list[dict]) -> Counts:
    """Arrondissements become the `District` rows of their commune, keyed on their code.

    A district the demo seeder or a commune created with the same Arabic name and no
    code is adopted (given the code) rather than duplicated.
    """
    communes = id_by_code(Commune)
    commune_ids = {communes[row["commune_code"]] for row in rows}
    existing, uncoded = {}, {}
    for district in District.objects.filter(commune_id__in=commune_ids):
        if district.code:
            existing[(district.commune_id, district.code)] = district
        else:
            uncoded[(district.commune_id, district.name_ar)] = district
    wanted = {}
    for row in rows:
        commune_id = communes[row["commune_code"]]
        key = (commune_id, row["code"])
        wanted[key] = {
            "commune_id": commune_id,
            "code": row["code"],
            "name_ar": row["name_ar"],
            "name_fr": row["name_fr"],
            "population_2024": population(row["population_2024"]),
        }
        if key not in existing and (commune_id, row["name_ar"]) in uncoded:
            existing[key] = uncoded[(commune_id, row["name_ar"])]
    return sync(District, wanted, existing)


def sync_aliases(rows: list[dict]) -> Counts:
    """Aliases in the file are created or re-pointed; others (added by hand) are kept."""
    communes = id_by_code(Commune)
    unknown = {row["code"] for row in rows} - set(communes)
    if unknown:
        raise ValueError(f"aliases.csv: unknown commune codes {sorted(unknown)}")
    wanted = {
        row["alias"]: {"alias": row["alias"], "commune_id": communes[row["code"]]} for row in rows
    }
    return sync(CommuneAlias, wanted, CommuneAlias.objects.in_bulk(field_name="alias"))
