"""Indicators, the open-data export and the public register: no personal data."""

import datetime

from django.utils import timezone

from moucharaka.core.registry.manifests import registry
from moucharaka.core.registry.models import ModuleInstance
from moucharaka.modules.petitions import selectors, services
from moucharaka.modules.petitions.models import Petition

from .conftest import (
    association_data,
    examine,
    make_association,
    make_deposited,
    make_draft,
    make_open,
)


def decide(commune, petition, officer, *, admissible=True, accepted=None, days=10):
    services.petition_bureau_decide(
        commune=commune, petition=petition, actor=officer, admissible=admissible, reasons="r"
    )
    Petition.objects.for_commune(commune).filter(pk=petition.pk).update(
        bureau_decided_at=petition.deposited_at + datetime.timedelta(days=days)
    )
    if accepted is not None:
        examine(commune, petition, officer)
        services.petition_council_decide(
            commune=commune, petition=petition, actor=officer, accepted=accepted, deliberation="d"
        )


def test_it_computes_the_charter_indicators(commune_a, commune_b, cndp_a, mandatary, officer):
    accepted = make_deposited(commune_a, mandatary, threshold=1)
    decide(commune_a, accepted, officer, accepted=True, days=10)
    rejected = make_deposited(commune_a, mandatary, threshold=1)
    decide(commune_a, rejected, officer, accepted=False, days=30)
    inadmissible = make_deposited(commune_a, mandatary, threshold=1)
    decide(commune_a, inadmissible, officer, admissible=False, days=120)  # late
    make_deposited(commune_a, mandatary, threshold=1)  # waiting, not yet due
    association = make_association(commune_a, mandatary)
    by_association = services.petition_draft_create(
        commune=commune_a,
        mandatary=mandatary,
        kind=Petition.Kind.ASSOCIATION,
        **association_data(association),
    )
    services.petition_deposit(commune=commune_a, petition=by_association, actor=mandatary)
    make_open(commune_a, mandatary)  # not filed
    make_draft(commune_a, mandatary)  # not filed

    assert selectors.petitions_filed_by_citizens(commune=commune_a) == 4
    assert selectors.petitions_filed_by_associations(commune=commune_a) == 1
    assert selectors.petitions_admissible(commune=commune_a) == 2
    assert selectors.petitions_accepted(commune=commune_a) == 1
    assert selectors.median_days_to_decision(commune=commune_a) == 30.0
    assert selectors.share_answered_in_time(commune=commune_a) == round(2 / 3, 3)
    assert selectors.petitions_filed_by_citizens(communes=[commune_a, commune_b]) == 4
    assert selectors.petitions_filed_by_citizens(commune=commune_b) == 0
    assert selectors.median_days_to_decision(commune=commune_b) is None


def test_it_filters_indicators_by_period(commune_a, cndp_a, mandatary):
    make_deposited(commune_a, mandatary, threshold=1)
    year = timezone.localdate().year
    this_year = (
        datetime.datetime(year, 1, 1, tzinfo=datetime.UTC),
        datetime.datetime(year + 1, 1, 1, tzinfo=datetime.UTC),
    )
    last_year = (datetime.datetime(year - 1, 1, 1, tzinfo=datetime.UTC), this_year[0])
    assert selectors.petitions_filed_by_citizens(commune=commune_a, period=this_year) == 1
    assert selectors.petitions_filed_by_citizens(commune=commune_a, period=last_year) == 0


def test_it_registers_indicators_and_export_in_the_manifest():
    manifest = registry.get("petitions")
    assert set(manifest.indicators) == {
        "petitions_filed_by_citizens",
        "petitions_filed_by_associations",
        "petitions_admissible",
        "petitions_accepted",
        "petitions_median_days_to_decision",
        "petitions_answered_in_time",
    }
    assert manifest.exports["petitions"] is selectors.petition_rows
    assert manifest.ledger_kinds == ["petition_signed", "petition_filed"]
    assert "petitions_officer" in manifest.roles


def test_it_exports_no_personal_data(commune_a, cndp_a, mandatary):
    petition = make_deposited(commune_a, mandatary, threshold=1)
    make_draft(commune_a, mandatary, title="Brouillon")
    [row] = selectors.petition_rows(commune=commune_a)
    assert row["id"] == petition.pk and row["signatures"] == 1
    flat = " ".join(map(str, row.values()))
    assert "Amina" not in flat and "Orangers" not in flat and "AB" not in flat
    assert "mandatary" not in " ".join(row)


def test_it_shows_the_register_without_drafts(commune_a, cndp_a, mandatary):
    make_draft(commune_a, mandatary)
    opened = make_open(commune_a, mandatary)
    deposited = make_deposited(commune_a, mandatary, threshold=1)
    assert set(selectors.public_petitions(commune_a)) == {opened, deposited}
    assert list(selectors.public_petitions(commune_a, status="collecting")) == [opened]
    assert selectors.status_counts(commune_a) == {"collecting": 1, "deposited": 1}


def test_it_lists_overdue_petitions(commune_a, cndp_a, mandatary):
    petition = make_deposited(commune_a, mandatary, threshold=1)
    assert list(selectors.public_petitions(commune_a, status="overdue")) == []
    Petition.objects.for_commune(commune_a).filter(pk=petition.pk).update(
        decision_deadline=timezone.localdate() - datetime.timedelta(days=1)
    )
    petition.refresh_from_db()
    assert list(selectors.public_petitions(commune_a, status="overdue")) == [petition]
    assert petition.is_overdue and petition.deadline_status == "overdue"


def test_it_reads_the_communes_rules(commune_a, petitions_on):
    assert selectors.commune_rules(commune_a) == selectors.CommuneRules(200, 200, 3, 3)
    ModuleInstance.objects.for_commune(commune_a).filter(key="petitions").update(
        settings={"threshold": 300, "decision_months": 1}
    )
    assert selectors.commune_rules(commune_a) == selectors.CommuneRules(200, 300, 3, 1)
